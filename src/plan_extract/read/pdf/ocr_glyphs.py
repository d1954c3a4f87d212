"""Letters and signs OCR reads in place of the ones printed, set back where the shape of the
line leaves no doubt (data/read/ocr_glyphs.yaml).

- A top-level heading's Roman number: at a scan's resolution a stroke `I` is read as `l`, `1`,
  `|` or `!`, two strokes as `H`, `IV` as `1V`; the point after it runs into it (`IL MỤC ĐÍCH`),
  is read as a comma, or is lost. A line read by OCR, in the body, whose first token is made of
  those glyphs, with at least one that is no digit (`11.` may be the Arabic eleven), standing for
  a Roman numeral, and whose words after it are capitals, is given that numeral and its point.
  A stroke read more or less (`III` for `II`) makes a valid numeral: the headings' sequence
  tells it. Where the scan's headings in capitals make a sequence but for such misreads, and
  the run of consecutive numerals from `I` fits them with at most half of them changed, each
  takes its number in that run (a plan that has no `I`, or a heading lost, is left as read),
  but for a last heading read with the number before it: a plan may print a number twice, and
  no heading after it shows one skipped.
- A list item's letter read as a sign (`©)` for `c)`) at a line's start.
- A digit between two lower-case letters of a word (`g1á` for `giá`): no Vietnamese word or
  number is written so.
- One letter read twice as two look-alikes, one of them no Vietnamese letter (`QĐÐ` for `QĐ`,
  the second an Icelandic eth): no text prints the two side by side.
- A Markdown file's heading marks printed with it (`## KẾ HOẠCH`), read as `#`, `4#`, `#HHH`
  before the heading: no part of the text.
- The slash of a number left blank (`Số: /KH-UBND`) lost after the blank: `Số: KH-UBND`, in
  the header too.
- A table's row numbering its columns (`1 | 2 | 3 ...`, under the header) with one cell read as
  no number (`11` read as `lãi`): the others each the number of its place leave no doubt; the
  row read otherwise is taken for one of the table's, and the header over it is lost.
- A recipient's note in brackets after its name (`(b/c)`, to report) with its last letter read
  as a sign (`(b/€)`), in the closing's recipients.
- A line that is a speck or a rule read as a letter and a sign (`A,` between the issuer's
  lines, `Ử¿` under a heading): no more than three characters, one letter among them and no
  digit, and not a list's mark (`-`, `a)`): nothing is printed so on a line of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pydantic import Field

from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.numerals import roman_value, to_roman
from plan_extract.core.text import BULLET_CLASS
from plan_extract.read.layout_cues import is_number_line
from plan_extract.read.model import Block, Hint, RawLine


class GlyphExample(Example):
    """A line read by OCR, and what it is mended to (`mended`), or None: left as read."""

    mended: str | None = None

    @property
    def negative(self) -> bool:
        return self.mended is None


class OcrGlyphs(Knowledge):
    numeral_glyphs: dict[str, str] = Field(min_length=1)  # glyph → the numeral's letters
    point_glyphs: list[str] = Field(min_length=1)  # read for the point after a heading number
    item_letters: dict[str, str] = Field(min_length=1)  # sign → a list item's letter
    recipient_notes: list[str] = Field(min_length=1)  # a recipient's note, as printed
    note_lead_glyphs: dict[str, str] = Field(min_length=1)  # misread lead word → as printed
    letter_digits: dict[str, str] = Field(min_length=1)  # digit → letter inside a word
    glyphs_read_twice: dict[str, str] = Field(min_length=1)  # two look-alikes → the one printed
    heading_mark_glyphs: str = Field(min_length=1)  # what OCR reads a printed `#` mark as
    examples: list[GlyphExample] = Field(default_factory=list)
    recipient_examples: list[GlyphExample] = Field(default_factory=list)  # closing's lines


OCR_GLYPHS = data_file("read/ocr_glyphs.yaml", OcrGlyphs)
_MIN_CAPITALS = 2  # letters after a heading's number, all capitals
_NOISE_LENGTH = 3  # characters of a line read from a speck or a rule, at most
_LIST_MARK = re.compile(rf"^(?:{BULLET_CLASS}|–|\w[.)])$")
_ROMAN_HEADING = re.compile(r"^(?P<numeral>[IVX]{1,5})\. ")
_MIN_SEQUENCE = 3  # headings it takes to tell a sequence
_GLUED_HEADING = re.compile(r"(?<=[.:;])\s+(?=[IVX]{1,5}\.\s)")
_ITEM_OPENING = re.compile(r"^(?:\d{1,2}\.|-)\s+[^\W\d_]")
_COLUMN_NUMBER = re.compile(r"^(?P<open>\(?)(?P<n>\d{1,2})(?P<close>\)?)$")
_MIN_NUMBERED = 3  # columns read as their numbers, besides the one misread, at least
_MISREAD_LENGTH = 3  # characters of the misread number, at most
_BARE_SYMBOL = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")  # `KH-UBND`: letters, hyphens, no digit


@cache
def _heading_start() -> re.Pattern[str]:
    glyphs = OCR_GLYPHS.load()
    numeral = "".join(re.escape(glyph) for glyph in sorted(glyphs.numeral_glyphs))
    point = "|".join(re.escape(glyph) for glyph in sorted(glyphs.point_glyphs, key=len))
    # the space after a point may be lost too (`I.MỤC ĐÍCH`), not after a point read as a
    # letter (`ILLINOIS` is a word)
    return re.compile(
        rf"^(?P<number>[{numeral}]{{1,4}}?)"
        rf"(?:(?P<point>{point})\s+|[.,](?=[^\W\d_]{{2}})|\s+)(?=[^\W\d_])"
    )


@cache
def _item_start() -> re.Pattern[str]:
    signs = "".join(re.escape(sign) for sign in sorted(OCR_GLYPHS.load().item_letters))
    return re.compile(rf"^(?P<sign>[{signs}])\)\s")


@cache
def _recipient_note() -> tuple[re.Pattern[str], dict[str, str]]:
    """A recipient's note with its last letter read as a sign or as its capital, and each note
    by its read form less that letter (`b/`)."""
    glyphs = OCR_GLYPHS.load()
    capitals = {note[-1].upper() for note in glyphs.recipient_notes}
    signs = "".join(re.escape(sign) for sign in sorted({*glyphs.item_letters, *capitals}))
    notes = {note[:-1]: note for note in glyphs.recipient_notes}
    stems = "|".join(re.escape(stem) for stem in sorted(notes, key=len, reverse=True))
    leads = "|".join(re.escape(lead) for lead in sorted(set(glyphs.note_lead_glyphs.values())))
    return re.compile(rf"\((?P<lead>(?:{leads})\s+)?(?P<stem>{stems})(?P<sign>[{signs}])\)"), notes


@cache
def _misread_note_lead() -> re.Pattern[str]:
    """A note's lead word as misread, before a note of letters around a slash (`b/c)`)."""
    leads = "|".join(re.escape(lead) for lead in sorted(OCR_GLYPHS.load().note_lead_glyphs))
    return re.compile(rf"(?<=\()\s*(?P<lead>{leads})(?=\s+[^\W\d_]+/[^\W\d_]+\))")


def mend_recipient_notes(text: str) -> str:
    """`text` (a recipient read by OCR) with a note's last letter read as a sign set back,
    where the sign stands for that letter (`(b/€)` → `(b/c)`), or read as its capital (`(b/C)`:
    at a scan's resolution a `c` and a `C` differ only in size), and its lead word misread
    (`(đế b/c)` → `(để b/c)`)."""
    pattern, notes = _recipient_note()
    glyphs = OCR_GLYPHS.load()

    def mended(found: re.Match[str]) -> str:
        note, sign = notes[found["stem"]], found["sign"]
        if glyphs.item_letters.get(sign, sign.lower()) != note[-1]:
            return found.group()
        return f"({found['lead'] or ''}{note})"

    def lead_mended(found: re.Match[str]) -> str:
        return found.group().replace(found["lead"], glyphs.note_lead_glyphs[found["lead"]])

    return pattern.sub(mended, _misread_note_lead().sub(lead_mended, text))


@cache
def _digit_in_word() -> re.Pattern[str]:
    """A word of letters with one digit inside it."""
    digits = "".join(re.escape(digit) for digit in sorted(OCR_GLYPHS.load().letter_digits))
    return re.compile(
        rf"(?<!\w)(?P<before>[^\W\d_]+)(?P<digit>[{digits}])(?P<after>[^\W\d_]+)(?!\w)"
    )


def _numeral(read: str) -> str | None:
    """The Roman numeral the glyphs `read` stand for, None when they stand for none or may be
    an Arabic number (digits only)."""
    if read.isdigit():
        return None
    glyphs = OCR_GLYPHS.load().numeral_glyphs
    meant = "".join(glyphs[glyph] for glyph in read)
    return meant if roman_value(meant) is not None else None


def _capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= _MIN_CAPITALS and all(char.isupper() for char in letters)


def mend_heading_number(text: str) -> str:
    """`text` (a line read by OCR) with a misread Roman heading number and point set back."""
    found = _heading_start().match(text)
    if found is None or not _capitals(text[found.end() :]):
        return text
    numeral = _numeral(found["number"])
    if numeral is None or text.startswith(f"{numeral}. "):
        return text
    if found["point"] and found["point"][0].isalpha() and not numeral.endswith("I"):
        return text  # a point read as a letter runs into a stroke only: `XL.` is no `X.`
    return f"{numeral}. {text[found.end() :]}"


def mend_blank_number(text: str) -> str:
    """`text` (a line read by OCR) with the slash before a symbol set back where the number is
    left blank (`Số:      /KH-UBND`, numbered when signed): OCR loses the slash after the
    blank and reads `Số: KH-UBND`, which names no symbol."""
    label, colon, rest = text.partition(":")
    symbol = rest.strip()
    if not colon or not is_number_line(text) or not _BARE_SYMBOL.fullmatch(symbol):
        return text
    return f"{label}: /{symbol}"


def drop_heading_marks(text: str) -> str:
    """`text` (a line read by OCR) without the heading marks of a Markdown file printed as it
    is (`## KẾ HOẠCH`, `#### I. MỤC ĐÍCH`), which OCR reads as `#`, `4#`, `#HHH`: a first token
    holding a `#` and nothing but the glyphs OCR reads for it is layout, not text."""
    first, space, rest = text.partition(" ")
    marks = OCR_GLYPHS.load().heading_mark_glyphs
    if space and rest.strip() and "#" in first and all(char in marks for char in first):
        return rest.lstrip()
    return text


def mend_glyphs(text: str) -> str:
    """`text` (a line read by OCR, in the body) with its misread glyphs set back."""
    glyphs = OCR_GLYPHS.load()
    text = mend_blank_number(mend_heading_number(drop_heading_marks(text)))
    item = _item_start().match(text)
    if item is not None:
        text = glyphs.item_letters[item["sign"]] + text[1:]

    def letter(found: re.Match[str]) -> str:
        before, after = found["before"], found["after"]
        if not (before[-1].islower() and after[0].islower()):
            return found.group()
        return before + glyphs.letter_digits[found["digit"]] + after

    text = _digit_in_word().sub(letter, text)
    for twice, once in glyphs.glyphs_read_twice.items():
        text = text.replace(twice, once)
    return text


def _read_in_body(line: RawLine) -> bool:
    return Hint.OCR in line.hints and line.block is Block.BODY and line.cells is None


def _stroke_misread(read: str, meant: str) -> bool:
    """`read` is `meant`, or `meant` with a stroke (`I`) added or lost: `III` for `II`, `V`
    for `IV`."""
    return read.replace("I", "") == meant.replace("I", "") and abs(len(read) - len(meant)) <= 1


def heading_numbers(read: list[str]) -> list[str]:
    """The numbers of a scan's top-level headings, as read, set in their sequence where the
    run from `I` fits them but for strokes misread (see the module)."""
    run = [to_roman(1 + offset) for offset in range(len(read))]
    pairs = list(zip(read, run, strict=True))
    if len(read) < _MIN_SEQUENCE or not all(_stroke_misread(a, b) for a, b in pairs):
        return read
    if read[-1] == read[-2]:
        # the last heading read with the number of the one before it: no heading after it
        # shows a number skipped, and a plan may print a number twice (`V.` ... `V.`); kept,
        # it is no number changed
        run = [*run[:-1], read[-1]]
    changed = sum(number != meant for number, meant in zip(read, run, strict=True))
    return read if 2 * changed > len(read) else run


def _renumbered(lines: list[RawLine]) -> list[RawLine]:
    found = [
        (index, heading["numeral"])
        for index, line in enumerate(lines)
        if _read_in_body(line)
        and (heading := _ROMAN_HEADING.match(line.text)) is not None
        and _capitals(line.text[heading.end() :])
    ]
    numbers = heading_numbers([numeral for _, numeral in found])
    out = list(lines)
    if numbers[:1] == ["II"] and (first := _first_read_as_digit(lines, found[0][0])) is not None:
        out[first] = replace(out[first], text="I" + out[first].text[1:])
    for (index, read), number in zip(found, numbers, strict=True):
        if read != number:
            out[index] = replace(out[index], text=number + out[index].text[len(read) :])
    return out


_DIGIT_ONE_HEADING = re.compile(r"^1\. ")


def _first_read_as_digit(lines: list[RawLine], second: int) -> int | None:
    """The first heading `I.` read as `1.` (a stroke read as a digit, which alone tells no
    Roman number: `1. MỤC TIÊU CỤ THỂ` is an item's heading): the first line in capitals
    numbered `1.` before the body's first Roman heading, when that heading is `II.`."""
    return next(
        (
            index
            for index, line in enumerate(lines[:second])
            if _read_in_body(line)
            and _DIGIT_ONE_HEADING.match(line.text)
            and _capitals(line.text[3:])
        ),
        None,
    )


def is_noise_line(text: str) -> bool:
    """A line read by OCR from a speck or a rule, not from print (see the module)."""
    text = text.strip()
    letters = sum(char.isalpha() for char in text)
    return (
        0 < len(text) <= _NOISE_LENGTH
        and letters <= 1
        and not any(char.isdigit() for char in text)
        and _LIST_MARK.match(text) is None
    )


def heading_pieces(text: str) -> list[str]:
    """`text` (a paragraph read by OCR) in pieces where a top-level heading was printed inside
    it: a file whose paragraphs are parted by single line breaks, printed with its lines
    joined, runs a heading into the paragraph above (`... như sau: II. NỘI DUNG`) and the
    paragraph below into the heading (`I. MỤC ĐÍCH, YÊU CẦU 1. Tiếp tục ...`). The heading
    stands after a clause's end, its number Roman, its first two words capitals; the paragraph
    after it opens with an item's number or a dash, then a capital."""
    starts = [0] + [
        found.end()
        for found in _GLUED_HEADING.finditer(text)
        if _capitals(" ".join(text[found.end() :].split()[1:3]))
    ]
    pieces = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [part for piece in pieces for part in _heading_then_item(piece) if part]


def _heading_then_item(piece: str) -> list[str]:
    """A heading (`I. MỤC ĐÍCH, YÊU CẦU`) and the item run into it (`1. Tiếp tục ...`)."""
    words = piece.split(" ")
    if not _ROMAN_HEADING.match(piece):
        return [piece]
    for at in range(2, len(words)):
        if not _capitals(" ".join(words[1:at])):
            return [piece]
        if _ITEM_OPENING.match(" ".join(words[at : at + 2])):
            return [" ".join(words[:at]), " ".join(words[at:])]
    return [piece]


def _split_glued(line: RawLine) -> list[RawLine]:
    if not _read_in_body(line):
        return [line]
    pieces = heading_pieces(line.text)
    if len(pieces) == 1:
        return [line]
    out = []
    for piece in pieces:
        hints = line.hints - {Hint.ALL_CAPS}
        if _capitals(piece):
            hints |= {Hint.ALL_CAPS}
        out += [replace(line, text=piece, hints=hints), replace(line, text="", hints=frozenset())]
    return out[:-1]


def mend_ocr_glyphs(lines: list[RawLine]) -> list[RawLine]:
    """The lines, those read by OCR in the body with their misread glyphs set back and parted
    where a heading was printed inside them, and the lines read from specks dropped."""
    return _renumbered(
        [
            _mended(piece)
            for line in lines
            if not (Hint.OCR in line.hints and line.cells is None and is_noise_line(line.text))
            for piece in _split_glued(line)
        ]
    )


def column_numbers(cells: tuple[str, ...]) -> tuple[str, ...]:
    """The cells of a row numbering its columns with its one misread number set back: each
    other cell with text is the number of its place among them (`1`, `2` ... or `(1)`,
    `(2)` ...), the misread one is short and no number (`lãi` for `11`). Any other row as
    read."""
    filled = [index for index, cell in enumerate(cells) if cell.strip()]
    found = [_COLUMN_NUMBER.match(cells[index].strip()) for index in filled]
    wrong = [
        place
        for place, match in enumerate(found, 1)
        if match is None or int(match.group("n")) != place
    ]
    if len(wrong) != 1 or len(filled) - 1 < _MIN_NUMBERED:
        return cells
    place = wrong[0]
    misread = cells[filled[place - 1]].strip()
    if found[place - 1] is not None or len(misread) > _MISREAD_LENGTH:
        return cells
    like = next(match for match in found if match is not None)
    number = f"{like.group('open')}{place}{like.group('close')}"
    return tuple(number if index == filled[place - 1] else cell for index, cell in enumerate(cells))


def _mended(line: RawLine) -> RawLine:
    """The line with its misread glyphs set back: the line itself (not a copy) where it is no
    OCR's or nothing changes, as for every line of a text layer."""
    if Hint.OCR in line.hints and line.cells is not None:
        cells = column_numbers(line.cells)
        return line if cells == line.cells else replace(line, cells=cells, text=" | ".join(cells))
    if _read_in_body(line):
        text = mend_glyphs(line.text)
    elif Hint.OCR not in line.hints or line.cells is not None:
        return line
    else:
        text = drop_heading_marks(line.text)  # a printed Markdown file's first lines: a header
        text = mend_blank_number(text) if line.block is Block.HEADER_LEFT else text
        text = mend_recipient_notes(text) if line.block is Block.FOOTER_LEFT else text
    return line if text == line.text else replace(line, text=text)


def wrong_examples(glyphs: OcrGlyphs) -> list[str]:
    checks = [(example, mend_glyphs) for example in glyphs.examples]
    checks += [(example, mend_recipient_notes) for example in glyphs.recipient_examples]
    return [
        f"{example.text!r} mended to {mended!r}, not {example.mended or example.text!r}"
        for example, mend in checks
        if (mended := mend(example.text)) != (example.mended or example.text)
    ]


OCR_GLYPHS.examples_checked_by(wrong_examples)
