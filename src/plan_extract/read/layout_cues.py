"""The genre's layout cues (data/layout_cues.yaml): the words by which the readers tell the parts of
an official document's layout apart, when the layout itself (a table, a column) leaves them open:
which cell or line opens the closing block, which table is the two-column header and which of its
cells is which, and which line at a page's edge is its page number."""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import NamedTuple

from pydantic import Field, field_validator, model_validator

from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import BULLET_CLASS, is_all_caps, squash, starts_lowercase, unmarked


class CueExample(Example):
    """A line or cell, and what each cue it names must say of it (True or False)."""

    recipients: bool | None = None
    signature: bool | None = None
    motto: bool | None = None
    motto_line: bool | None = None
    number: bool | None = None
    place_date: bool | None = None
    page_number: bool | None = None
    addressees: bool | None = None
    # a header run together (paragraphs parted by a blank line): its parts, each `L: ` or `R: `
    # (left or right column) then its text, and `B: ` the body text run on after it; empty when
    # the text is no run-together header
    run_together: list[str] | None = None
    # a closing run together, the same way (`L: `, `R: ` parts)
    closing_run_together: list[str] | None = None

    @model_validator(mode="after")
    def _names_a_cue(self) -> CueExample:
        if not self.expected() and self.run_together is None and self.closing_run_together is None:
            raise ValueError(f"example {self.text!r} says nothing about any cue")
        return self

    def expected(self) -> dict[str, bool]:
        """Each cue the example names → what the cue must say of it."""
        said = {cue: getattr(self, cue) for cue in CUES}
        return {cue: value for cue, value in said.items() if value is not None}

    @property
    def negative(self) -> bool:
        return not (any(self.expected().values()) or self.run_together or self.closing_run_together)


class LayoutCues(Knowledge):
    recipients_labels: list[str]
    signature_prefixes: list[str]
    motto: list[str] = Field(min_length=1)
    motto_ends: list[str] = Field(min_length=1)
    party_motto: list[str] = Field(default_factory=list)
    number_labels: list[str] = Field(min_length=1)
    addressee_labels: list[str] = Field(min_length=1)
    date_words: list[str] = Field(min_length=1)
    page_words: list[str] = Field(min_length=1)
    examples: list[CueExample] = Field(default_factory=list)

    @model_validator(mode="after")
    def _an_end_per_motto_line(self) -> LayoutCues:
        if len(self.motto_ends) != len(self.motto):
            raise ValueError("motto_ends: one end for each of the motto's lines")
        return self

    @field_validator("number_labels")
    @classmethod
    def _no_colon(cls, labels: list[str]) -> list[str]:
        if any(":" in label for label in labels):  # is_number_line reads up to the first colon
            raise ValueError("number labels: the colon after a label is no part of it")
        return labels


LAYOUT_CUES = data_file("layout_cues.yaml", LayoutCues)


def _fold(text: str) -> str:
    """Case, spacing, emphasis marks and the kind of dash set aside: `KT . CHỦ TỊCH` reads as
    `kt. chủ tịch`, `Độc lập – Tự do` as `độc lập - tự do`."""
    folded = squash(text).casefold()
    return _SPACE_DOT.sub(".", _SPACED_DASH.sub(" - ", folded))


_SPACED_DASH = re.compile(r"\s*[-–—]\s*")
_SPACE_DOT = re.compile(r"\s+\.")


class Cue(NamedTuple):
    """A cue found at the start of a text: as printed (white space removed), and where it ends."""

    printed: str
    end: int


def is_recipients_label(text: str) -> bool:
    """`Nơi nhận:` (the recipients list opens the closing block, bottom left)."""
    return recipients_label_at(squash(text)) is not None


def is_signature_start(text: str) -> bool:
    """`TM. ỦY BAN NHÂN DÂN`, `KT. GIÁM ĐỐC`: the signature block's first line (bottom right)."""
    return signature_prefix_at(squash(text)) is not None


def recipients_label_at(text: str) -> Cue | None:
    """The `Nơi nhận` label `text` starts with, as printed, also when OCR lost its marks
    (`Noi nhận`). Normalization and the structure stage ask it of lines, the readers of cells."""
    match = _recipients_label().match(text)
    return Cue(match.group(), match.end()) if match else None


@cache
def _recipients_label() -> re.Pattern[str]:
    """Each label with every letter as spelled or without its marks, in any case."""

    def letter(char: str) -> str:
        bare = unmarked(char)
        return re.escape(char) if bare == char.casefold() else f"[{char}{bare}]"

    labels = LAYOUT_CUES.load().recipients_labels
    alternatives = ("".join(letter(char) for char in label) for label in labels)
    return re.compile(rf"(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def signature_prefix_at(text: str) -> Cue | None:
    """The signing authority `text` starts with (`TM.`, `KT.`, `T/M`): as printed, also with a
    space before the dot (`KT .`, from OCR) or a dot after a prefix written without one."""
    match = _signature_prefix().match(text)
    if match is None:
        return None
    return Cue(re.sub(r"\s+", "", match.group()), match.end())


@cache
def _signature_prefix() -> re.Pattern[str]:
    """A prefix listed with its dot needs the dot; one listed without it takes an optional dot
    and no letter after it."""
    alternatives = []
    for prefix in sorted(LAYOUT_CUES.load().signature_prefixes, key=len, reverse=True):
        letters = re.escape(prefix.removesuffix("."))
        dot = r"\s*\." if prefix.endswith(".") else r"(?:\s*\.)?(?!\w)"
        alternatives.append(letters + dot)
    return re.compile("|".join(alternatives), re.IGNORECASE)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cues = LAYOUT_CUES.load()

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(_fold(word)) for word in words)

    first, *rest = (re.escape(word.casefold()) for word in cues.date_words)
    return {
        "number": re.compile(rf"(?:{alternatives(cues.number_labels)})\s*:"),
        "place_date": re.compile(first + "".join(rf"\b.*\b{word}" for word in rest) + r"\b"),
        "page_number": re.compile(
            rf"(?:[-–—\s]*(?:(?:{alternatives(cues.page_words)})\s*)?\d{{1,4}}"
            r"(?:\s*/\s*\d{1,4})?[-–—\s]*)"
        ),
    }


def has_motto(text: str) -> bool:
    """The national motto (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc lập - Tự do - Hạnh phúc`)
    somewhere in the text: the cell or table holding it is the header's right column."""
    folded = _fold(text)
    return any(_fold(line) in folded for line in LAYOUT_CUES.load().motto)


def opens_with_motto(text: str) -> bool:
    """A line opening with one of the motto's lines as the header prints it (`CỘNG HÒA XÃ HỘI
    ...` in capitals, `Độc lập - Tự do - Hạnh phúc`, a Party body's `ĐẢNG CỘNG SẢN VIỆT NAM`;
    emphasis marks and the kind of dash set aside): the motto's own line, in a header typed
    line by line, never the rest of the line before it. Case counts: running text naming the
    state (`nước Cộng hòa xã hội ...`) does not print it so. (Most lines open with no motto
    line's first letter: they are told apart before the dashes are read; a dash, changed, never
    stands first in a motto line.)"""
    if _first_printed(text) not in _motto_initials():
        return False
    squashed = squash(text).strip("_ ")
    printed = _SPACED_DASH.sub(" - ", squashed)
    return any(printed.startswith(part) for part in _motto_lines())


# what `squash(text).strip("_ ")` drops before a line's first printed character: white space
# (`str.split`'s, which is the regex's `\s`), emphasis marks and the underscores of a rule
_UNPRINTED_LEAD = re.compile(r"[\s*_]*")


def _first_printed(text: str) -> str:
    """The first character of `squash(text).strip("_ ")` ("" for none), without squashing the
    whole line (most lines open with no motto line's first letter)."""
    lead = _UNPRINTED_LEAD.match(text)
    at = lead.end() if lead is not None else 0
    return text[at : at + 1]


@cache
def _motto_lines() -> tuple[str, ...]:
    cues = LAYOUT_CUES.load()
    return tuple(_SPACED_DASH.sub(" - ", line) for line in (*cues.motto, *cues.party_motto))


@cache
def _motto_initials() -> frozenset[str]:
    return frozenset(line[:1] for line in _motto_lines())


def motto_line_end(text: str) -> int:
    """Where the last of the motto's lines printed in `text` ends: after its last words (`VIỆT
    NAM`, `Hạnh phúc`) and the marks after them; 0 when no line of it ends there. What follows
    is no part of the motto, though the line was not read whole: its wrapped tail run into the
    place and date (`NGHĨA VIỆT NAM; Tân Phú, ngày ...`), or specks OCR read into its words
    (`Độc MƯN lập - Tự do Hạnh phúc Tân Phú, ngày ...`)."""
    ends = [found.end() for found in _motto_end().finditer(text)]
    return ends[-1] if ends else 0


@cache
def _motto_end() -> re.Pattern[str]:
    ends = (r"\s+".join(map(re.escape, end.split())) for end in LAYOUT_CUES.load().motto_ends)
    return re.compile(rf"(?<!\w)(?:{'|'.join(ends)})(?!\w)[\s,.;:\-\u2013\u2014]*", re.IGNORECASE)


def is_number_line(text: str) -> bool:
    """`Số: 12/KH-UBND`, also left blank in a draft (`Số: /KH-UBND`). Only the text up to its
    first colon is folded: the label's colon is the first (no label holds one), and folding
    never makes or moves a colon, so the rest of a long line cannot change the answer."""
    colon = text.find(":")
    return colon >= 0 and _patterns()["number"].match(_fold(text[: colon + 1])) is not None


def has_place_date(text: str) -> bool:
    """`Vĩnh Phong, ngày 15 tháng 5 năm 2026`: the date words in their order (the day may be
    blank, the parts on several lines)."""
    return _patterns()["place_date"].search(squash(text).casefold()) is not None


_TYPED_RULE = re.compile(r"^\s*([-_=*.\u2013\u2014]\s*){3,}$")


def is_typed_rule(text: str) -> bool:
    """A rule typed as characters (`-------`, `______`, `* * *`) under the issuer, the motto or
    the title: no text, whichever reader meets it."""
    return _TYPED_RULE.match(text) is not None


_CLAUSE_ENDS = ".;:!?"
_HEADING_LETTERS = 4  # letters of the shortest heading in capitals (`MỤC TIÊU` has 7)
_HEADING_NUMBER = re.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)\s?[.):-]\s")
_ITEM_MARK = re.compile(
    r"^(?:"
    + BULLET_CLASS
    + r"|\*|\(?(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|\w)\s?/?[.):-]+)(?:\s|$)"
)


def opens_item(text: str) -> bool:
    """Whether `text` opens with an item's mark: a bullet, `*`, a number or a letter with its
    stop (`a)`, `a/.`, `1.`, `II.`)."""
    return _ITEM_MARK.match(text) is not None


def continues_heading(heading: str, before: str, text: str) -> bool:
    """Whether `text`, set on the line after `before` in a heading that opens with `heading`,
    goes on with it: a numbered heading broken by hand (`II. NHIỆM VỤ` / `VÀ GIẢI PHÁP`), where
    the line before ends no clause and the two are capitals alike, or the line goes on with a
    word in lower case; a line that opens an item of its own (`a)`, `a/.`, `1.`) never does."""
    return (
        _HEADING_NUMBER.match(heading) is not None
        and before[-1:] not in _CLAUSE_ENDS
        and not opens_item(text)
        and (
            (is_all_caps(before) and is_all_caps(text))
            or (starts_lowercase(text) and text.split()[0].isalpha())
        )
    )


def opens_heading_after_clause(before: str, text: str) -> bool:
    """Whether `text`, a line in capitals set under a line of text that ends a clause, opens a
    heading of its own, however far the line above runs: in a scan, where OCR tells no bold,
    the heading under a paragraph's last line (`... cụ thể như sau:` / `I. MỤC ĐÍCH, YÊU
    CẦU`) is set at the spacing of the paragraph's lines. Not when the line above ends with a
    heading's number (`... huyện. III.` / `KINH PHÍ THỰC HIỆN`): the heading was printed inside
    the paragraph, its title wrapped onto this line, and the paragraph is parted later, at the
    number (`ocr_glyphs.heading_pieces`)."""
    return (
        before[-1:] in _CLAUSE_ENDS
        and not is_all_caps(before)
        and is_all_caps(text, least=_HEADING_LETTERS)
        and _HEADING_NUMBER_AT_END.search(before) is None
    )


# a top-level heading's number at a line's end (`... theo yêu cầu. III.`): a paragraph printed
# with a heading run into it, wrapped between the number and its title, which the line under
# it goes on with
_HEADING_NUMBER_AT_END = re.compile(r"(?:^|\s)[IVXLC]{1,6}\.$")


def is_page_number(text: str) -> bool:
    """A line that is only a page number: `2`, `- 2 -`, `Trang 2`, `2/5`."""
    return _patterns()["page_number"].fullmatch(text.casefold()) is not None


class HeaderPart(NamedTuple):
    """A part of a run-together header: its text, whether it is the right column's (the motto,
    the place and date), and which of the paragraphs it was cut from."""

    text: str
    right: bool
    source: int


class RunTogether(NamedTuple):
    """A header whose two columns were printed or read as running text: its parts, how many of
    the leading paragraphs it takes, and the text run on after the date in the last of them
    (the document's kind, `KẾ HOẠCH`, set on the same line)."""

    parts: list[HeaderPart]
    taken: int
    rest: str


_LEADING = 4  # paragraphs of the first page a run-together header may take
_INLINE_RULE = re.compile(r"[-_=\u2013\u2014]{3,}")  # the rule under a column, run into the text
_BREAK = re.compile(r"<br\s*/?>|\|", re.IGNORECASE)  # a converter's cell and line breaks, printed
_YEAR = re.compile(r"^\d{4}\W*$")
_LEFT, _MOTTO, _NUMBER, _DATE = "left", "motto", "number", "date"


def run_together_header(texts: list[str]) -> RunTogether | None:
    """The two-column header (issuer | motto, number | place and date) of a page whose columns
    were printed or read as running text, in the first page's leading paragraphs `texts`:
    `ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -
    Hạnh phúc Số: 41/KH-UBND Hà Tĩnh, ngày 12 tháng 3 năm 2026`, as a text file's header is
    printed when its layout is lost, or OCR reads columns too close to part. It is cut at the
    cues of a header line: before and after each of the motto's lines, at the number label and
    after the number, after the date's year; at a rule of typed dashes and a converter's cell
    or line break printed in the text. What stands before the motto is the issuer's (left);
    the number left, the motto and the place and date right. None unless the motto and the
    number or the date are found, within the first paragraphs."""
    words: list[tuple[str, int]] = []  # each word with its paragraph; a bar between them
    for index, text in enumerate(texts[:_LEADING]):
        words += [(word, index) for word in ["|", *_BREAK.sub(" | ", squash(text)).split()]]
    cuts, rest = _cut([word for word, _ in words])
    parts = [(_joined(w), kind, words[start][1]) for start, w, kind in cuts if w]
    parts = [(text, _DATE if _is_place_date(text) else kind, at) for text, kind, at in parts]
    kinds = {kind for _, kind, _ in parts}
    if _MOTTO not in kinds or not kinds & {_NUMBER, _DATE}:
        return None
    taken = 1 + max(at for _, kind, at in parts if kind != _LEFT)
    out: list[HeaderPart] = []
    right = False
    for text, kind, at in parts:
        if at < taken:
            right = kind in (_MOTTO, _DATE) or (kind == _LEFT and right)
            out.append(HeaderPart(text, right, at))
    rest_words = [word for word, at in words[len(words) - len(rest) :] if at == taken - 1]
    return RunTogether(out, taken, " ".join(w for w in rest_words if w != "|"))


_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def printed_line_breaks(text: str) -> list[str] | None:
    """The pieces of a column's text between a converter's line breaks printed in it
    (`ỦY BAN NHÂN DÂN<br>XÃ TÂN PHÚ<br>-------<br>Số: 45/KH-UBND`, a header cell's lines as the
    page held them, printed as one run of text), each a line of the column; None when no break
    is printed."""
    if _LINE_BREAK.search(text) is None:
        return None
    return [piece for piece in (squash(p) for p in _LINE_BREAK.split(text)) if piece]


def _joined(words: list[str]) -> str:
    """The words of a part as one text; a symbol cut at its hyphen (`KH-` / `UBND`) whole."""
    text = " ".join(words)
    return _CUT_SYMBOL.sub(lambda cut: cut[0] if cut[2].islower() else cut[1] + cut[2], text)


_CUT_SYMBOL = re.compile(r"(\w-) ([^\W\d_])")
_PLACE_WORDS = 6  # words of the longest place (`Thành phố Hồ Chí Minh`)


def _is_place_date(text: str) -> bool:
    """A place and date line, not a sentence that names a date (`Căn cứ Luật ... ngày ...`):
    before its first date word, a place of a few words, set off by a comma or all of them
    capitalized."""
    if not has_place_date(text):
        return False
    first = LAYOUT_CUES.load().date_words[0].casefold()
    words = text.split()
    place = list(itertools.takewhile(lambda word: word.casefold() != first, words))
    return (
        0 < len(place) <= _PLACE_WORDS
        and len(place) < len(words)
        and (place[-1].endswith(",") or all(word[:1].isupper() for word in place))
    )


Cut = tuple[int, list[str], str]  # where a part starts among the words, its words, its kind


def _cut(words: list[str]) -> tuple[list[Cut], list[str]]:
    """The header's parts, each with its kind, and the words after the date's year."""
    cuts: list[Cut] = [(0, [], _LEFT)]
    index = 0
    while index < len(words):
        word = words[index]
        if word == "|" or _INLINE_RULE.search(word):
            cuts.append((index + 1, [], _LEFT))
            index += 1
            continue
        ends = {_MOTTO: _motto_at(words, index), _NUMBER: _number_at(words, index)}
        kind = next((kind for kind, end in ends.items() if end), None)
        if kind is not None:
            part = [w for w in words[index : ends[kind]] if w != "|"]
            cuts += [(index, part, kind), (ends[kind], [], _LEFT)]
            index = ends[kind]
            continue
        cuts[-1][1].append(word)
        index += 1
        if _year_ends_date(cuts[-1][1]):
            return cuts, words[index:]
    return cuts, []


def _motto_at(words: list[str], index: int) -> int:
    """Where the motto's line starting at `words[index]` ends (after its last words, `VIỆT
    NAM`, `Hạnh phúc`, as far as the line runs); 0 when no line of the motto starts there."""
    cues = LAYOUT_CUES.load()
    for start, end in zip(_motto_words(cues.motto), _motto_words(cues.motto_ends), strict=True):
        found = _words_at(words, index, start)
        if not found:
            continue
        for stop in range(found, min(len(words), found + _MOTTO_LINE_WORDS)):
            ends = _words_at(words, stop, end)
            if ends:
                return ends
        return found
    return 0


_MOTTO_LINE_WORDS = 8  # words of a motto's line between its first words and its last


def _motto_words(lines: list[str]) -> list[list[str]]:
    return [[unmarked(word) for word in line.split() if not _is_dash(word)] for line in lines]


def _is_dash(word: str) -> bool:
    return all(char in "-\u2013\u2014" for char in word)


def _words_at(words: list[str], index: int, wanted: list[str]) -> int:
    """Where `wanted` (unmarked words) ends when `words` print it from `index` on, dashes
    between them left aside (`Độc lập – Tự do`); 0 when they do not."""
    position = index
    for want in wanted:
        while position < len(words) and (_is_dash(words[position]) or words[position] == "|"):
            position += 1
        if position >= len(words) or unmarked(words[position].strip(",.;:")) != want:
            return 0
        position += 1
    return position


def _number_at(words: list[str], index: int) -> int:
    """Where the number line starting at `words[index]` (`Số: 41/KH-UBND`, `Số: /KH-UBND`)
    ends: after its label and the words that hold a digit or a slash; 0 when none starts."""
    if not is_number_line(" ".join(words[index : index + 3])):
        return 0
    position = index
    while position < len(words) and ":" not in words[position]:
        position += 1
    label_end = position + 1 if words[position].endswith(":") else position
    position = label_end
    while position < len(words) and (
        any(char.isdigit() or char == "/" for char in words[position])
        or (words[position - 1].endswith("-") and words[position].isupper())  # `KH-` / `UBND`
    ):
        position += 1
    return position


def _year_ends_date(words: list[str]) -> bool:
    """The words so far are a place and date ending with its year (`năm 2026`)."""
    last_word = LAYOUT_CUES.load().date_words[-1].casefold()
    return (
        len(words) >= 2
        and _YEAR.match(words[-1]) is not None
        and words[-2].casefold() == last_word
        and _is_place_date(" ".join(words))
    )


def run_together_closing(texts: list[str]) -> tuple[list[HeaderPart], int] | None:
    """The closing (recipients | signature) of a page that printed its two columns as running
    text with a converter's breaks in it (`Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | TM. ỦY
    BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>...`), from `texts`, the paragraphs from the recipients
    label on: its pieces between breaks (a paragraph's end without a break is a wrap), the
    recipients' up to the first piece that opens with a signing authority (`TM.`, `KT.`) left,
    that piece and those after it right; with the paragraphs it takes. None unless the first
    text opens with the recipients label and the breaks and a signature are found."""
    if not texts or recipients_label_at(squash(texts[0])) is None:
        return None
    taken = len(list(itertools.takewhile(_BREAK.search, texts)))
    starts = list(itertools.accumulate((len(text) + 1 for text in texts[:taken]), initial=0))
    joined = " ".join(texts[:taken])
    pieces: list[tuple[str, int]] = []
    begin = 0
    breaks = [found.span() for found in _BREAK.finditer(joined)] + [(len(joined), len(joined))]
    for end, after in breaks:
        piece = squash(joined[begin:end])
        if piece:
            source = max(i for i, start in enumerate(starts[:taken]) if start <= begin)
            pieces.append((piece, source))
        begin = after
    signature = next(
        (i for i, (piece, _) in enumerate(pieces) if i and signature_prefix_at(piece)), None
    )
    if signature is None:
        return None
    parts = [HeaderPart(piece, i >= signature, at) for i, (piece, at) in enumerate(pieces)]
    return parts, taken


def opens_addressees(text: str) -> bool:
    """`Kính gửi: Các đơn vị.`: a công văn's or thông báo's addressee label, printed with its
    capital (or in capitals) at the line's start, then a colon or a space; it opens an element of
    its own under the subject line (`V/v ...`). In lower case the words go on a sentence."""
    printed = text.lstrip(" *_")
    return any(
        (printed.startswith(label) or printed.startswith(label.upper()))
        and not printed[len(label) : len(label) + 1].isalnum()
        for label in LAYOUT_CUES.load().addressee_labels
    )


CUES = {
    "recipients": is_recipients_label,
    "signature": is_signature_start,
    "motto": has_motto,
    "motto_line": opens_with_motto,
    "number": is_number_line,
    "place_date": has_place_date,
    "page_number": is_page_number,
    "addressees": opens_addressees,
}


def wrong_examples(cues: LayoutCues) -> list[str]:
    """Each example a cue reads wrong."""
    wrong = [
        f"{cue}({example.text!r}) should be {expected}"
        for example in cues.examples
        for cue, expected in example.expected().items()
        if CUES[cue](example.text) != expected
    ]
    for example in cues.examples:
        if example.run_together is not None:
            found = run_together_header(example.text.split("\n\n"))
            said = [] if found is None else _described(found)
            if said != example.run_together:
                wrong.append(f"run_together({example.text!r}) is {said}")
        if example.closing_run_together is not None:
            closing = run_together_closing(example.text.split("\n\n"))
            parts = [] if closing is None else closing[0]
            said = [f"{'R' if part.right else 'L'}: {part.text}" for part in parts]
            if said != example.closing_run_together:
                wrong.append(f"closing_run_together({example.text!r}) is {said}")
    return wrong


def _described(header: RunTogether) -> list[str]:
    parts = [f"{'R' if part.right else 'L'}: {part.text}" for part in header.parts]
    return parts + ([f"B: {header.rest}"] if header.rest else [])


LAYOUT_CUES.examples_checked_by(wrong_examples)
