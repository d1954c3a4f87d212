"""Lines that a hard wrap or a page break split mid-sentence, joined again.

What a text is decides how its lines join, never the name of its file:
- In any document, a line that does not end a sentence followed by one that starts in lower
  case, or with a date's figures (`trước ngày` / `30/9/2026.`), continues it (a page break or
  a wrap), across blank lines too, but for a title in capitals, which goes on only with more
  capitals (`II. NHIỆM VỤ VÀ GIẢI PHÁP` / `tổ chức ...` are two, also in a text of a paragraph
  a line); a paragraph may open with other figures (`Kết quả nổi bật` /
  blank / `6 tháng đầu năm, ...`), so across a blank line a line opening with them continues
  only a line cut before its end (a comma, a joining word, a word a target's figure follows:
  core/cut_lines.py). With no blank line between, a line opening with a capital continues one cut
  before its end (`... Phụ nữ tỉnh,` / `Tỉnh Đoàn tổ chức ...`, `... từ` / `Quý II ...`), unless
  it opens an element (below, or a title in capitals), and a line opening with a place's name
  continues one ending with its level word (`UBND huyện` / `Quảng Xương ...`, cut_places.py).
- A text that separates its paragraphs by blank lines (Markdown's convention, and most
  converters'; `separates_paragraphs`) has a paragraph in each run of lines: they are one line,
  whatever punctuation ends each.
- A text without any blank line (a converter or a copy-paste dropped them; `paragraph_breaks`)
  has no line per paragraph either: a paragraph runs on until a line that ends a sentence is
  followed by one opening with a capital, or a structural element begins (a whole bold or
  italic line is one, and so is a target's entry `(1) ...`).
- A text that puts a blank line after every line, also after one cut mid-sentence (a converter
  that sets each line as a paragraph; `double_spaced`), parts nothing by its blank lines: it
  joins as the same text without them.
- A text hard-wrapped at a width (the reader marks `WRAPPED` a line whose predecessor ran to it)
  has its cut lines continued, a cut after a sentence's end too.
- An emphasis span left open on a line (`**II. NHIỆM VỤ\\nVÀ GIẢI PHÁP**`) runs on to the
  line that closes it.
Lines the layout gave as whole paragraphs (Word, PDF: `RawDocument.paragraph_lines`) join only by
the first rule. A line that starts a structural element (numbered heading, a capital letter's
item `A. Mục tiêu chung`, bullet, a basis item `Căn cứ ...`, a công văn's addressee label
`Kính gửi: ...`, the closing, a signature line)
never continues the line before, except a range's second figure cut from its first (`giai đoạn
2026\\n- 2030`), a dashed name's second half cut from its first (`Sở Lao động\\n- Thương binh
và Xã hội`, dashed_names.py) and a date's month cut from its word (`vào ngày 10-12 tháng\\n8.
Các đơn vị ...`, cut_dates.py); a whole bold line or a
Markdown heading is an element of its own, and so is an all-capitals title before ordinary text;
nothing in the header or footer blocks is joined: those are read as blocks. A header typed line
by line (no table) has a line for each of its parts: the number line and the place and date line
join nothing, a line opening with the motto continues no line before it (`THÀNH PHỐ HỒ CHÍ MINH`
/ `CỘNG HÒA XÃ HỘI ...` are two), and the motto's whole line none after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, Protocol

from plan_extract.core.cut_lines import ends_cut, ends_phrase
from plan_extract.core.text import is_all_caps, starts_lowercase
from plan_extract.normalize.cut_dates import continues_cut_date
from plan_extract.normalize.cut_lines import continues_cut_line
from plan_extract.normalize.cut_places import names_cut_place
from plan_extract.normalize.dashed_names import cut_at_dash
from plan_extract.normalize.patterns import (
    BULLET,
    DATE_HEAD,
    RANGE_TAIL,
    TERMINAL,
    capital_item,
    closes_parenthesis,
    closing_cue,
    ends_sentence,
    enumerated,
    numbered,
    opens_basis_item,
    opens_lettered_line,
)
from plan_extract.normalize.section_words import (
    lists_phrases,
    names_kind,
    opens_with_phrase,
    phrase_spans_cut,
)
from plan_extract.read.layout_cues import (
    has_place_date,
    is_number_line,
    is_typed_rule,
    motto_line_end,
    opens_addressees,
    opens_with_motto,
)
from plan_extract.read.model import Block, Hint, RawLine

WRAP_HINTS = frozenset({Hint.WRAPPED, Hint.EMPHASIS_RUNS_ON})  # read here, kept from later stages
_PARAGRAPH_ENDS = 0.5  # the share of sentence-final lines a blank line follows in such a text
_MAX_PLACE = 40  # a place's name before the date (`Thành phố Hồ Chí Minh`, `…`)
# A header's number line or place-and-date line is short; a paragraph growing as its lines are
# joined is never one, and is not read again at each join (20,000 lines would cost N²).
_MAX_HEADER_ITEM = 160
_MIN_ENDS = 3  # fewer sentence ends say nothing about how a text separates its paragraphs
# `- 2030`: a range's second year; without blank lines, `- 100% ...` after a figure is a bullet
_YEAR_TAIL = re.compile(r"^-\s*(19|20)\d\d\b(?!\s*%)")
_ENDS_YEAR = re.compile(r"(?<!\d)(19|20)\d\d$")  # `đến năm 2030`, `ngày 30/9/2030`
_ENDS_FIGURE = re.compile(r"\d%?$")  # a range's first figure: `05`, `60%`
_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")  # `năm 2026`, the one figure a title names
_YEAR_TAIL_WIDTH = 5  # the characters `_ENDS_YEAR` and `_ENDS_FIGURE` read: a year, one before
_MAX_TITLE = 45  # an item's title; a converter cuts a paragraph's first line longer
_MIN_LINES = 10  # fewer lines say nothing about how a text cuts its paragraphs
_CUT_SHARE = 0.25  # pieces of paragraphs: half or more of the lines go on; whole ones: < 1/10
_SPACED_SHARE = 0.9  # a blank line after all but a few lines (a table, a header's rows)


Paragraphs = Literal["blank_lines", "lines", "sentences"]
"""How a text parts its paragraphs: by blank lines, one a line, or (a text without any blank
line whose lines are not whole paragraphs) only by its sentences' ends and structure."""


def paragraph_breaks(
    lines: Sequence[RawLine], markdown_marks: bool, blank_lines: bool
) -> Paragraphs:
    """How the text parts its paragraphs (`Paragraphs`). A text with blank lines parts them by
    blank lines when most of its sentence ends are followed by one (a text too short to tell
    does when it uses Markdown's marks: a `.md` name proves nothing), else it has one a line. A
    text with no blank line at all parts them by sentences when its lines are cut paragraphs
    (`cuts_paragraphs`), else it has one a line."""
    if not blank_lines:
        return "sentences" if cuts_paragraphs(lines) else "lines"
    separated = separates_paragraphs(lines)
    if separated is None:
        return "blank_lines" if markdown_marks else "lines"
    return "blank_lines" if separated else "lines"


def double_spaced(lines: Sequence[RawLine]) -> bool:
    """Whether a converter set every line as a paragraph of its own: almost every body line is
    followed by a blank line, also a line cut mid-sentence (the lines are pieces of paragraphs:
    `cuts_paragraphs`). Its blank lines part no paragraphs: the text joins as it would without
    them. A text of a paragraph a line with blank lines between has few lines going on."""
    body = [
        index
        for index, line in enumerate(lines)
        if line.block is Block.BODY and line.cells is None and line.text.strip()
    ]
    followed = sum(1 for index in body[:-1] if not lines[index + 1].text.strip())
    return (
        len(body) >= _MIN_LINES
        and followed >= (len(body) - 1) * _SPACED_SHARE
        and cuts_paragraphs(lines)
    )


def cuts_paragraphs(lines: Sequence[RawLine]) -> bool:
    """Whether the text's lines are pieces of paragraphs: many body lines are followed by one
    that opens in lower case (a sentence going on), as almost none are in a text of a paragraph
    a line. A list's item opening in lower case after its mark (`- tổ chức ...;`, `+ phát tờ
    rơi ...`, items a colon announced) is a paragraph of its own, no sentence going on: a text
    of one paragraph a line with many such items is not cut."""
    body = [
        line.text.strip()
        for line in lines
        if line.block is Block.BODY and line.cells is None and line.text.strip()
    ]
    going_on = sum(1 for text in body[1:] if starts_lowercase(text) and not BULLET.match(text))
    return len(body) >= _MIN_LINES and going_on >= len(body) * _CUT_SHARE


def separates_paragraphs(lines: Sequence[RawLine]) -> bool | None:
    """Whether the text puts a blank line after its paragraphs: most body lines that end a
    sentence are followed by a blank line (in a text of one paragraph per line, few are); None
    when the text has too few sentence ends to tell."""
    ends = followed = 0
    for line, following in zip(lines, [*lines[1:], None], strict=True):
        text = line.text.strip()
        if line.block is Block.BODY and Hint.TABLE_ROW not in line.hints and TERMINAL.search(text):
            ends += 1
            followed += following is None or not following.text.strip()
    return followed >= ends * _PARAGRAPH_ENDS if ends >= _MIN_ENDS else None


class Joinable(Protocol):
    """What the joiner reads of a line, or of the paragraph joined so far (normalize's)."""

    @property
    def text(self) -> str: ...
    @property
    def hints(self) -> frozenset[Hint]: ...
    @property
    def block(self) -> Block: ...


def continues(
    previous: Joinable, line: Joinable, blank_between: bool, paragraphs: Paragraphs
) -> bool:
    """Whether `line` is the rest of the sentence or paragraph that `previous` began;
    `paragraphs`: how the text parts its paragraphs."""
    if previous.block is not Block.BODY or line.block is not Block.BODY:
        return False
    if Hint.TABLE_ROW in previous.hints or Hint.TABLE_ROW in line.hints:
        return False
    if Hint.HEADING in line.hints:
        return False
    text, before = line.text, previous.text
    if _header_item(before) or _header_item(text) or opens_with_motto(text) or _motto(before):
        return False  # a header typed line by line: each of its lines stands alone
    if Hint.EMPHASIS_RUNS_ON in line.hints:
        return not _starts_element(text)
    if paragraphs == "sentences" and Hint.ITALIC in previous.hints:
        # a whole italic element (`*b) Thị trường ASEAN*`): only a sentence it left open goes on
        return not _starts_element(text) and _sentence_goes_on(before, text)
    wrapped = Hint.WRAPPED in line.hints
    if Hint.HEADING in previous.hints or Hint.BOLD in previous.hints:  # a heading, cut or whole
        if not blank_between and _capitals_heading_goes_on(before, text):
            return True  # `**III. TỔ CHỨC THỰC**` / `**HIỆN**`: bold closed on each line
        if paragraphs == "sentences":
            return False  # a whole element: no blank line after it, no wrap read either
        return wrapped and not ends_sentence(before) and _may_run_on(before, text)
    if not blank_between and (_joined_by_dash(before, text) or cut_at_dash(before, text)):
        return True  # a dash a wrap put first: between heading phrases, or inside a name
    if not wrapped and _item_under_heading(before, text, paragraphs):
        return False  # `II. NHIỆM VỤ` then `- phấn đấu 100% ...;`: a list's first item
    if closes_parenthesis(before, text):
        return True  # `... (GIAI ĐOẠN` then `I)`: a wrap inside a parenthesis, no item
    if RANGE_TAIL.match(text) and not _range_cut(before, text):
        return False  # `- 100% các xã ...`: a bullet opening with a figure, no range's dash
    if not blank_between and continues_cut_date(before, text):
        return True  # `hoàn thành trong` / `Quý III/2026.`, `ngày 10-12 tháng` / `8. Các ...`
    in_paragraph = paragraphs != "lines" and not blank_between
    if _starts_element(text):
        if paragraphs == "sentences" and not wrapped:
            return _range_cut(before, text) and _YEAR_TAIL.match(text) is not None
        return (wrapped or in_paragraph) and _range_cut(before, text)
    bare_number = numbered(before)
    if bare_number is not None and not bare_number.rest:
        return True  # `III.` alone: its title is on the next line
    if not blank_between and _figure_under_title(before, text):
        return False  # `2. Chỉ tiêu cụ thể` / `100% hồ sơ ...`: the heading's first item
    if not blank_between and _capitals_heading_goes_on(before, text):
        return True
    if paragraphs == "sentences" and not wrapped:
        return _runs_on_in_sentences(before, line)
    if wrapped or in_paragraph:
        return _may_run_on(before, text)
    if not blank_between and names_cut_place(before, text):
        return True  # `UBND huyện` / `Quảng Xương ...`: a place's name cut from its level
    if blank_between and _opens_paragraph_with_figure(before, text):
        return False  # `Kết quả nổi bật` / blank / `6 tháng đầu năm, ...`: a new paragraph
    if not blank_between and _cut_before_capital(before, line):
        return True  # `... Phụ nữ tỉnh,` / `Tỉnh Đoàn tổ chức ...`: cut inside a sentence
    return _sentence_goes_on(before, text) and _may_run_on(before, text)


def _cut_before_capital(before: str, line: Joinable) -> bool:
    """A line opening with a capital after one cut before its end (`continues_cut_line`: a
    comma, a joining word): a plan ends its sentences and items with a stop, so a name, a body
    or a quarter (`... từ` / `Quý II ...`) goes on, unless the line is an element without a
    number (`_unnumbered_element`, a basis item `Căn cứ ...`) or ordinary text after a title in
    capitals (`_may_run_on`)."""
    text = line.text
    return (
        text[:1].isupper()
        and continues_cut_line(before, text)
        and not _unnumbered_element(line)
        and not opens_basis_item(text)
        and _may_run_on(before, text)
    )


def _unnumbered_element(line: Joinable) -> bool:
    """A line that opens an element with no number or bullet before it: a whole bold or italic
    line, a title in capitals."""
    return _whole_emphasis(line) or is_all_caps(line.text)


def _opens_paragraph_with_figure(before: str, text: str) -> bool:
    """After a blank line, a line opening with a figure (`6 tháng đầu năm, toàn xã ...`, `100%
    điểm đến ...`) opens a paragraph, which may follow a headline without a final mark: it goes
    on with the line above only when that line was cut before its end (`ends_cut`: a comma, a
    joining word) or when the figures are a date's (`trước ngày` / `30/9/2026.`). With no blank
    line between, it goes on as a lower-case line does (`Kiểm tra mỗi năm` / `3- 4 lần.`), but
    under a heading that is a whole title (`_figure_under_title`)."""
    return (
        text[:1].isdigit()
        and DATE_HEAD.match(text) is None
        and not continues_cut_line(before, text)
    )


def _figure_under_title(before: str, text: str) -> bool:
    """A line opening with a figure (`100% hồ sơ ...`, `05 mô hình ...`) right under a numbered
    heading that names targets (data/section_kinds.yaml, objectives) in a whole title of words
    (`2. Chỉ tiêu cụ thể`, `b) Chỉ tiêu`, `II. CHỈ TIÊU CỤ THỂ`, also naming its year: `2. Mục
    tiêu đến năm 2026`): the first of the targets the heading announces (domain.md: MỤC TIÊU,
    the specific targets by field), no part of its title. A heading cut before a figure ends
    with the word leading it (`... giảm còn` / `2% ...`) and a date's figures go on (`2. Mục
    tiêu đến năm` / `2030`): `_opens_paragraph_with_figure` reads both. Other items go on as a
    sentence cut before a figure (`a) Thời gian thi đua chia thành` / `02 đợt:`), as does an
    item citing a document by its number (`2. Thông tư 05/2022/TT-BNNPTNT ngày` / `25 tháng 7
    năm 2022 ...`)."""
    heading = numbered(before)
    if heading is None or not _opens_paragraph_with_figure(before, text):
        return False
    if not names_kind(heading.rest, "objectives"):
        return False
    if any(char.isdigit() for char in _YEAR.sub("", heading.rest)):
        return False
    return _titled_item(before) or (is_all_caps(heading.rest) and not ends_cut(before))


def _sentence_goes_on(before: str, text: str) -> bool:
    """The first rule, in any document: a line that does not end a sentence followed by one
    opening in lower case or with a date's figures, or with a figure after a line cut before
    it (`... thấp còi dưới` / `15%.`: `continues_cut_line`)."""
    opens = (
        starts_lowercase(text)
        or DATE_HEAD.match(text) is not None
        or (text[:1].isdigit() and continues_cut_line(before, text))
    )
    return opens and not ends_sentence(before)


def _runs_on_in_sentences(before: str, line: Joinable) -> bool:
    """In a text without blank lines: a line goes on with the paragraph before unless it is an
    element (a whole bold or italic line is one, and so is an entry `(1) ...` of a list of
    targets) or opens with a capital after a sentence's end (a colon announces more of the same
    paragraph: `bao gồm:` / `Huân chương ...`) or after an item's short title (`_titled_item`)."""
    text = line.text
    if _whole_emphasis(line) or enumerated(text) or not _may_run_on(before, text):
        return False
    if _range_cut(before, text):
        return True
    if starts_lowercase(text) and BULLET.match(text) is None:  # `- 100% các xã` is an item
        return True
    ended = before.rstrip()
    return not ((ends_sentence(ended) and not ended.endswith(":")) or _titled_item(ended))


def _whole_emphasis(line: Joinable) -> bool:
    """A whole bold or italic line (the reader marks it so): a title or a note, set apart."""
    return Hint.BOLD in line.hints or Hint.ITALIC in line.hints


def _titled_item(text: str) -> bool:
    """`1.1. Nông nghiệp`, `a) Thể chế`: a numbered item that is a short title, which a
    paragraph opening with a capital on the next line follows. Not a label with a colon, nor a
    title with a joining word or a dash at its end, nor one naming someone (a capital after its
    first word), nor one with a comma unless it lists heading phrases (`1. Mục đích, yêu cầu`)
    or ends on a phrase that ends a headline (`2. Hạn chế, tồn tại`): each may be a sentence's
    first line cut short (`a) Xây dựng, tổ chức`, `3. Đề nghị Ủy ban Mặt trận` / `Tổ quốc
    ...`)."""
    item = numbered(text) or capital_item(text)
    if item is None or not item.rest or len(text) > _MAX_TITLE:
        return False
    words = item.rest.split()
    return (
        ":" not in item.rest
        and ("," not in item.rest or lists_phrases(item.rest) or ends_phrase(item.rest))
        and not ends_cut(text)
        and not any(word[:1].isupper() for word in words[1:])
    )


def _header_item(text: str) -> bool:
    """The number line (`Số: 12/KH-UBND`) or the place and date line (`Nghệ An, ngày 21 tháng
    3 năm 2026`: a short place, a comma, the date words, the year last) of a header typed without
    its table: each is a line of its own, also in a text that joins its paragraphs' lines."""
    if len(text) > _MAX_HEADER_ITEM:
        return False
    if is_number_line(text):
        return True
    place, comma, rest = text.strip(" *").partition(",")
    return (
        bool(comma)
        and 0 < len(place) <= _MAX_PLACE
        and not any(map(str.isdigit, place))
        and rest.rstrip(" *")[-4:].isdigit()
        and has_place_date(rest)
    )


def _motto(text: str) -> bool:
    """The motto's line(s) whole (`... Độc lập - Tự do - Hạnh phúc`): the issuer block a
    header typed line by line prints under it (`ỦY BAN NHÂN DÂN`) is no part of it."""
    if len(text) > _MAX_HEADER_ITEM:
        return False  # a paragraph run on over many lines (read once a line: kept linear)
    printed = text.rstrip(" *_")
    return opens_with_motto(printed) and motto_line_end(printed) == len(printed)


def _starts_element(text: str) -> bool:
    """A numbered heading, a lettered item (`a. Trạm Y tế ...`, `A. Mục tiêu chung`), a bullet,
    the closing, a typed rule (`_____` under a title) or a công văn's addressee label (`Kính gửi:
    ...`, read/layout_cues.py); a dash before a lower-case word is a compound's (`kinh tế\n- xã
    hội`), no bullet."""
    if BULLET.match(text):
        return not starts_lowercase(text)
    return bool(
        numbered(text)
        or opens_lettered_line(text)
        or closing_cue(text)
        or is_typed_rule(text)
        or opens_addressees(text)
    )


def _item_under_heading(before: str, text: str, paragraphs: Paragraphs) -> bool:
    """A list's item opening in lower case (`- phấn đấu 100% ...;`, `+ tổ chức ...`) under a
    numbered heading, which it never continues: a dash cutting a compound in two (`kinh tế` /
    `- xã hội`) is in capitals under a heading in capitals (`_joined_by_dash`), and is cut so
    only by a wrap (a `WRAPPED` line, not read here) or, in a text whose lines are pieces of
    paragraphs, by its converter; in a text of a paragraph a line, a heading's line is whole."""
    heading = numbered(before)
    if (
        heading is None
        or not heading.rest
        or BULLET.match(text) is None
        or _range_cut(before, text)
    ):
        return False
    if is_all_caps(text):
        return False
    return paragraphs == "lines" or is_all_caps(heading.rest)


def _capitals_heading_goes_on(before: str, text: str) -> bool:
    """`I. MỤC ĐÍCH,` then `YÊU CẦU`: a numbered heading in capitals cut before its end (on a
    comma, a dash or a joining word, or inside a heading phrase: `III. TỔ CHỨC THỰC` / `HIỆN`)
    goes on with a line in capitals that opens nothing (`A. MỤC TIÊU`, `1. ...` do); a whole
    heading (`III. KINH PHÍ`) is never glued to a caption after it."""
    heading = numbered(before)
    return (
        heading is not None
        and is_all_caps(heading.rest)
        and (ends_cut(before) or phrase_spans_cut(heading.rest, text))
        and is_all_caps(text)
        and not _starts_element(text)
    )


def _joined_by_dash(before: str, text: str) -> bool:
    """`I. MỤC ĐÍCH` then `- YÊU CẦU`: a wrap before the dash that joins two heading phrases
    (`MỤC ĐÍCH - YÊU CẦU`) leaves what looks like a bullet in capitals under the heading."""
    heading = numbered(before)
    dash, _, rest = text.partition(" ")
    return (
        heading is not None
        and is_all_caps(heading.rest)
        and dash in _DASHES
        and is_all_caps(rest)
        and opens_with_phrase(rest)
    )


_DASHES = ("-", "–")
_WORD_MARKS = ",.;:()*"  # punctuation and emphasis around a word


def _range_cut(before: str, text: str) -> bool:
    """`... giai đoạn 2026` then `- 2030 ...`, `bình quân 05` or `đạt 60%` then `- 06%/năm`: a
    range whose dash the wrap put first (a range may print its unit twice). A range runs from a
    year to a year: after one (`đến năm 2030`), a dash before another figure opens a bullet
    (`- 100% các xã ...`)."""
    if RANGE_TAIL.match(text) is None:
        return False
    tail = before[-_YEAR_TAIL_WIDTH:]  # `before` may be a paragraph joined so far: read its end
    if _ENDS_FIGURE.search(tail) is None:
        return False
    return _YEAR_TAIL.match(text) is not None or _ENDS_YEAR.search(tail) is None


def _may_run_on(before: str, text: str) -> bool:
    """Neither a structural element next, nor a basis item (`Căn cứ ...`), nor an all-capitals
    title and ordinary text (lower-case letters) on either side of the cut: two elements. A
    title in capitals goes on only with more capitals (`KẾ HOẠCH` / `PHÁT TRIỂN ...`)."""
    if _starts_element(text) or opens_basis_item(text):
        return False
    if is_all_caps(before):
        return not any(char.islower() for char in text)
    return not _title_after_running_text(before, text)


def _title_after_running_text(before: str, text: str) -> bool:
    """A line in capitals of two or more words of letters (`NHIỆM VỤ TRỌNG TÂM NĂM 2026`) after
    a word in running case: a title after a sentence. A wrap may leave a sentence's number
    (`03/NQ-CP`), its abbreviation (`UBND.`) or its symbols (`N-NO3-, H2S, TSS`) alone on a
    line, or cut a title in capitals after a word of mixed case (`5G, IoT ... TRÊN ĐỊA` /
    `BÀN ...`)."""
    last = before.rsplit(maxsplit=1)[-1:]
    return (
        any(char.islower() for char in "".join(last))
        and text[:1].isalpha()
        and is_all_caps(text)
        and _letter_words(text) > 1
    )


def _letter_words(text: str) -> int:
    """The words of `text` made of letters alone, past the punctuation around them. Counted
    last: the joiner asks it of every line, and most are no title in capitals."""
    return sum(word.strip(_WORD_MARKS).isalpha() for word in text.split())
