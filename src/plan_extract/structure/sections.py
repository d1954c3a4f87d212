"""The section tree: numbered headings (`I.`, `1.`, `2.1.`, `a)`) nested by numbering style.

The numbering decides the level, not the Markdown `#` count (converters are inconsistent).
Bullets (`-`, `+`) are content lines inside a section, never sections.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from pydantic import model_validator

from plan_extract.core.contract import Section, Warning
from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.numerals import roman_value, to_roman
from plan_extract.core.text import is_all_caps
from plan_extract.normalize.model import Line
from plan_extract.normalize.patterns import LINE_STARTS, Numbered, closing_cue, numbered
from plan_extract.normalize.vocabulary import misread, spelled_as_normalized
from plan_extract.read.model import Block, Hint
from plan_extract.structure.kinds import kind_named, kind_of_heading
from plan_extract.structure.terms import HEADER_TERMS

_RANK_ROMAN, _RANK_ARABIC, _RANK_ALPHA = 0, 1, 10
# the levels above the Roman one: a capital letter (`A.`) just above it, a part label further
# out the earlier it stands in line_starts.yaml's `part_labels` (`PHẦN` above `Chương`)
_RANK_CAPITAL = -1
_MAX_TITLE_WORDS = 12  # `Tiêu đề: nội dung` is a title only when the part before `:` is short
_MIN_RUN_ON = 10  # words: a shorter heading carries no text after its title
_MIN_TITLE_WORDS = 3
# A numbered paragraph (`a) Xác định cụ thể nội dung ..., ...; ...`) is a sentence, not a heading:
# its title is its first clause, at most this many words, cut at a comma when longer.
_MAX_SENTENCE_TITLE = 20
_MIN_CLAUSE_TITLE = 5  # words before a comma for the comma to end the title
_SENTENCE_BREAK = re.compile(r"(?<=\w\w)\.(?=\s)|[:;](?=\s)|;")
_NOTE = re.compile(r"\s*\((?P<note>[^()]*)\)$")


class TitleExample(Example):
    title: str

    @property
    def negative(self) -> bool:
        """The rule leaves the text alone: all of it but a final stop is the title."""
        return self.title == self.text.rstrip(":.;, ")


class HeadingTitles(Knowledge):
    function_words: frozenset[str]
    examples: list[TitleExample]

    @model_validator(mode="after")
    def _spelled(self) -> HeadingTitles:
        spelled_as_normalized(self.function_words)
        return self


HEADING_TITLES = data_file("structure/heading_titles.yaml", HeadingTitles)


@dataclass(frozen=True, slots=True)
class Heading:
    line: int
    number: str
    title: str
    rank: int


@dataclass(slots=True)
class _Node:
    heading: Heading
    section_id: str
    end: int = 0
    children: list[_Node] = field(default_factory=list)


def find_heading(line: Line) -> Heading | None:
    """The numbered heading a body line starts with, if any (a capital letter's `A.` is one
    only where `plan_headings` finds the letters form a level)."""
    if line.block is not Block.BODY or Hint.TABLE_ROW in line.hints:
        return None
    found = numbered(line.text)
    if Hint.OCR in line.hints and (found is None or found.style == "capital"):
        found = _ocr_roman(line.text) or found
    if found is None:
        return None
    rank = {
        "part": _RANK_CAPITAL - len(LINE_STARTS.load().part_labels) + (found.label or 0),
        "capital": _RANK_CAPITAL,
        "roman": _RANK_ROMAN,
        "arabic": _RANK_ARABIC,
        "dotted": _RANK_ARABIC + found.number.count("."),
        "letter": _RANK_ALPHA,
    }[found.style]
    return Heading(line.number, found.number, heading_title(found.rest), rank)


_OCR_STROKES = re.compile(r"^(?=[IH]*H)[IH]{1,3}(?=\s?[.)/-])")  # `HI.`, `IH.`, `H.`


def _ocr_roman(text: str) -> Numbered | None:
    """A Roman numeral whose two strokes OCR read as an `H` (`HI. TỔ CHỨC THỰC HIỆN` for `III.`,
    `H. NHIỆM VỤ` for `II.`), before a title in capitals: the numeral with each `H` as `II` (the
    sequence repairs then check it)."""
    found = _OCR_STROKES.match(text)
    if found is None:
        return None
    repaired = numbered(found.group().replace("H", "II") + text[found.end() :])
    if repaired is None or repaired.style != "roman" or not is_all_caps(repaired.rest):
        return None
    return repaired


def is_part(heading: Heading) -> bool:
    """A heading above the Roman level (`PHẦN I`, `A.`): it groups the plan's sections (an
    unnumbered heading in capitals is one of them)."""
    return heading.rank < _RANK_ROMAN and bool(heading.number)


def numbered_headings(lines: list[Line]) -> dict[int, Heading]:
    """The numbered heading each line of a document starts with (`find_heading`), by line
    number: found once, for each range of the lines whose headings are asked for."""
    return {line.number: heading for line in lines if (heading := find_heading(line))}


def plan_headings(
    lines: list[Line], headings: Mapping[int, Heading], after: int = 0
) -> list[tuple[Line, Heading]]:
    """The headings of `lines` in order (`headings`: the lines' `numbered_headings`). Capital
    letters (`A. KẾT QUẢ ...`, `B. NHIỆM VỤ ...`) are a level only above the Roman one: a run
    of `A`, `B`, then the alphabet's order, whose `A` comes before any Roman heading; other
    capital letters are no headings.
    A heading printed without its title (`PHẦN THỨ HAI` alone, `III.` in Markdown) takes the
    line in capitals under it. Only the headings from `lines[after]` on: the lines before it
    are context (an unnumbered heading's line before)."""
    context, lines = lines[:after], lines[after:]
    found = [(line, h) for line in lines if (h := headings.get(line.number))]
    capitals = [h for _, h in found if h.rank == _RANK_CAPITAL]
    first_roman = next((h.line for _, h in found if h.rank == _RANK_ROMAN), None)
    run: set[int] = set()
    if capitals and (first_roman is None or capitals[0].line < first_roman):
        previous = -1
        for heading in capitals:
            place = LINE_STARTS.load().capital_letters.find(heading.number)
            step = _MAX_LETTER_STEP if previous > 0 else 1  # `A`, then `B`, then one or two on
            if not previous < place <= previous + step:
                break
            run.add(heading.line)
            previous = place
    if len(run) < _MIN_CAPITALS:
        run = set()
    kept = [(line, h) for line, h in found if h.rank != _RANK_CAPITAL or h.line in run]
    if not any(h.rank <= _RANK_ROMAN for _, h in kept):
        unnumbered = _unnumbered([*context[-1:], *lines])
        # above the numbered ones only when the first comes first (`1.` first is the top level)
        if unnumbered and (not kept or unnumbered[0][1].line < kept[0][1].line):
            kept = sorted(kept + unnumbered, key=lambda pair: pair[1].line)
    return [(line, _titled(lines, line, h)) for line, h in kept]


_MAX_UNNUMBERED_WORDS = 12


def _unnumbered(lines: list[Line]) -> list[tuple[Line, Heading]]:
    """The top-level headings of a plan that numbers none (`MỤC ĐÍCH, YÊU CẦU`, `NỘI DUNG`,
    `TỔ CHỨC THỰC HIỆN`, each alone on its line in capitals or bold): a short line set apart
    that opens with a section kind's words, between lines that are not (text, or numbered
    items: not a title's second line); two at least, else none. Number `""`."""
    found = []
    for before, line, after in zip(lines, lines[1:], lines[2:], strict=False):
        text = line.text.strip().rstrip(":.")
        if (
            line.block is Block.BODY
            and Hint.TABLE_ROW not in line.hints
            and _set_apart(line)
            and len(text.split()) <= _MAX_UNNUMBERED_WORDS
            and numbered(text) is None
            and closing_cue(text) is None
            and kind_named(text) is not None
            and all(numbered(o.text) or not _set_apart(o) for o in (before, after))
        ):
            found.append((line, Heading(line.number, "", heading_title(text), _RANK_CAPITAL)))
    return found if len(found) >= _MIN_CAPITALS else []


def _set_apart(line: Line) -> bool:
    """A line printed as a heading: in capitals, bold as a whole or a heading by its style."""
    return is_all_caps(line.text) or bool({Hint.BOLD, Hint.HEADING} & line.hints)


# the next part's letter is one or two places on in line_starts.yaml's `capital_letters`
# (Vietnamese `D`, `Đ`, `E`, `G` and Latin `D`, `E`, `F` alike)
_MAX_LETTER_STEP = 2
_MIN_CAPITALS = 2  # `A.` alone is no level


def _titled(lines: list[Line], line: Line, heading: Heading) -> Heading:
    index = line.number - lines[0].number + 1  # the line under the heading
    if heading.title or index >= len(lines):
        return heading
    below = lines[index]
    if below.block is Block.BODY and is_all_caps(below.text) and numbered(below.text) is None:
        return replace(heading, title=heading_title(below.text))
    return heading


def heading_title(rest: str) -> str:
    """The title of a heading that may carry text on the same line.

    `Các Xóm trên địa bàn xã: Tăng cường ...` → the part before the colon;
    `Mục tiêu tổng quát Tiếp tục thu hẹp ...` → the words before the capital that starts the text;
    `NHIỆM VỤ CHỦ YẾU (chi tiết tại Phụ lục)` → the capitals: a lower-case note after a heading
    printed in capitals is a remark on it, not part of its title (`(IOT)` in capitals stays).
    """
    rest = _without_note(rest.strip())
    head, colon, tail = rest.partition(":")
    if colon and tail.strip() and len(head.split()) <= _MAX_TITLE_WORDS:
        return head.strip()
    words = rest.split()
    if len(words) >= _MIN_RUN_ON:
        for index in range(_MIN_TITLE_WORDS, min(len(words) - _MIN_RUN_ON // 2, _MAX_TITLE_WORDS)):
            if _splits_title(words, index):
                return " ".join(words[:index])
    return _sentence_title(rest).rstrip(":.;,").strip()


def _sentence_title(text: str) -> str:
    """The short title of a heading line that is a whole sentence; other headings are kept whole,
    however long (a heading in capitals, or one that does not end like a sentence)."""
    text = text.strip()
    if is_all_caps(text) or not (text.endswith((".", ";")) or _SENTENCE_BREAK.search(text)):
        return text
    first = _SENTENCE_BREAK.split(text, maxsplit=1)[0].strip()
    words = first.split()
    if len(words) <= _MAX_SENTENCE_TITLE:
        return first
    head = words[:_MAX_SENTENCE_TITLE]
    depth, commas = 0, []
    for index, word in enumerate(head):
        depth += word.count("(") - word.count(")")
        if word.endswith(",") and depth <= 0 and index >= _MIN_CLAUSE_TITLE - 1:
            commas.append(index)
    if commas:
        return " ".join(head[: commas[-1] + 1])
    if depth > 0:  # a parenthesis left open: end before it
        head = head[: max(i for i, word in enumerate(head) if "(" in word)]
    while len(head) > _MIN_CLAUSE_TITLE and head[-1] in HEADING_TITLES.load().function_words:
        head = head[:-1]  # a title never ends with `của`, `và`, ...
    return " ".join(head)


def _without_note(title: str) -> str:
    note = _NOTE.search(title)
    if note and is_all_caps(title[: note.start()]) and not is_all_caps(note.group("note")):
        return title[: note.start()]
    return title


def _splits_title(words: list[str], index: int) -> bool:
    """Whether a short lower-case title ends before `words[index]`, a capital that starts the
    sentence carried on the heading's line (`Mục tiêu tổng quát Tiếp tục thu hẹp ...`)."""
    if not words[index][:1].isupper():
        return False  # the cheapest test first: it is asked at each word of each heading
    title, text = words[:index], words[index:]
    following = " ".join(text[:3]).casefold()
    if any(following.startswith(kind + " ") for kind in HEADER_TERMS.load().basis_kinds):
        return False  # `Kinh phí thực hiện Kế hoạch được ...`: a document's name, mid-sentence
    return (
        all(word[:1].islower() for word in title[1:])
        and not re.search(r"[,;.:]", " ".join(title))
        and title[-1].casefold() not in HEADING_TITLES.load().function_words
        and re.search(r"[,;.]", " ".join(text)) is not None
    )


def build_sections(
    lines: list[Line], headings: Mapping[int, Heading], start: int, end: int
) -> tuple[list[Section], list[Warning], frozenset[str]]:
    """The tree of the headings on lines `start`..`end` (1-based, inclusive; `headings`: the
    lines' `numbered_headings`), a warning for each top-level number taken as misread by OCR,
    and the ids of the sections that are parts above the Roman level (`PHẦN I`, `A.`)."""
    context = 1 if start > 1 else 0
    found = plan_headings(lines[start - 1 - context : end], headings, context)
    repaired, warnings = _ocr_numerals_repaired(found)
    roots: list[_Node] = []
    stack: list[_Node] = []
    used: set[str] = set()
    parts: set[str] = set()
    for heading in repaired:
        while stack and stack[-1].heading.rank >= heading.rank:
            stack.pop().end = heading.line - 1
        parent = stack[-1] if stack else None
        number = heading.number or str(len(roots) + 1)  # an unnumbered one: its place
        node = _Node(heading, _unique(_path(parent, number), used))
        (parent.children if parent else roots).append(node)
        stack.append(node)
        if is_part(heading):
            parts.add(node.section_id)
    for node in stack:
        node.end = end
    return [_to_section(node, 1) for node in roots], warnings, frozenset(parts)


def _ocr_numerals_repaired(
    found: list[tuple[Line, Heading]],
) -> tuple[list[Heading], list[Warning]]:
    """OCR misreads Roman numerals (`III` as `II`, `IV` as `V`): a top-level number read by OCR
    that breaks the sequence exactly where the numbers around it leave one gap (`II`, `II`, `IV`)
    is the missing number."""
    values = [roman_value(h.number) if h.rank == _RANK_ROMAN else None for _, h in found]
    top = [index for index, (_, h) in enumerate(found) if h.rank == _RANK_ROMAN]
    headings = [h for _, h in found]
    warnings: list[Warning] = []
    for before, index, after in zip(top, top[1:], top[2:], strict=False):
        previous, following = values[before], values[after]
        line = found[index][0]
        if (
            Hint.OCR in line.hints
            and previous is not None
            and following == previous + 2
            and values[index] != previous + 1
        ):
            between = f", between {found[before][1].number} and {found[after][1].number}"
            warnings.append(_renumbered(headings, index, to_roman(previous + 1), between))
    if len(top) >= _MIN_RUN_FOR_LAST:
        warnings += _last_repeat_repaired(found, headings, top[-3:])
    warnings += _misread_runs_repaired(found, headings, top)
    warnings += _misread_sequence_repaired(found, headings, top)
    return headings, warnings


def _misread_sequence_repaired(
    found: list[tuple[Line, Heading]], headings: list[Heading], top: list[int]
) -> list[Warning]:
    """A scan whose top-level numbers OCR all read from `I` on with strokes lost and none read
    right after the misread ones (`I`, `I`, `II` for I to III, bold numerals at a low
    resolution): when each differs from its place's number only by strokes, each is that
    number."""
    if not top or any(Hint.OCR not in found[index][0].hints for index in top):
        return []
    meant = [to_roman(place) for place in range(1, len(top) + 1)]
    read = [headings[index].number for index in top]
    if read == meant or any(
        _strokes(number) != _strokes(place) for number, place in zip(read, meant, strict=True)
    ):
        return []
    why = ", the top-level numbers read in strokes from I"
    return [
        _renumbered(headings, index, number, why)
        for index, number in zip(top, meant, strict=True)
        if headings[index].number != number
    ]


def _renumbered(headings: list[Heading], index: int, number: str, why: str) -> Warning:
    """Heading `index` of `headings` given the top-level `number` OCR misread, and the warning
    that says so (`why`: what showed the number)."""
    read = headings[index]
    headings[index] = replace(read, number=number)
    return Warning(
        code="section_number_ocr_corrected",
        message=f"section number read as {read.number} by OCR{why}: taken as {number}",
        line=read.line,
    )


_MIN_RUN_FOR_LAST = 3  # `I`, `II`, `II`: the sequence read right before the last number


def _last_repeat_repaired(
    found: list[tuple[Line, Heading]], headings: list[Heading], last_three: list[int]
) -> list[Warning]:
    """The last top-level number read by OCR as the one before it (`I`, `II`, `II` for `III`,
    a stroke lost), after two read in sequence, where the next number differs from it only by
    strokes, is the next number: no heading follows that would show the gap."""
    first, before, last = last_three
    line, heading = found[last]
    previous = roman_value(headings[before].number)
    if (
        Hint.OCR not in line.hints
        or previous is None
        or heading.number != headings[before].number
        or roman_value(headings[first].number) != previous - 1
    ):
        return []
    number = to_roman(previous + 1)
    if _strokes(number) != _strokes(heading.number):
        return []
    return [_renumbered(headings, last, number, f" after {headings[before].number}, the last")]


_MAX_RUN = 4  # misread numbers side by side between two read right


def _strokes(numeral: str) -> str:
    """A Roman numeral with each run of `I` as one: what OCR keeps of a bold `II` or `III`."""
    return re.sub("I+", "I", numeral)


def _misread_runs_repaired(
    found: list[tuple[Line, Heading]], headings: list[Heading], top: list[int]
) -> list[Warning]:
    """Several top-level numbers misread side by side (`I`, `I`, `II`, `IV` for I to IV):
    between two numbers that leave exactly as many gaps as there are headings between them,
    each read by OCR with a stroke more or less than its place's number, each is that number
    (in `headings`)."""
    values = [roman_value(h.number) if h.rank == _RANK_ROMAN else None for h in headings]
    warnings: list[Warning] = []
    for position, first in enumerate(top):
        for last in top[position + 3 : position + 2 + _MAX_RUN]:
            between = top[position + 1 : top.index(last)]
            low, high = values[first], values[last]
            if low is None or high is None or high - low != len(between) + 1:
                continue
            meant = [to_roman(low + offset) for offset in range(1, len(between) + 1)]
            if all(
                Hint.OCR in found[index][0].hints
                and headings[index].number != number
                and _strokes(headings[index].number) == _strokes(number)
                for index, number in zip(between, meant, strict=True)
            ):
                why = (
                    f", one of {len(between)} misread between {headings[first].number} and "
                    f"{headings[last].number}"
                )
                for index, number in zip(between, meant, strict=True):
                    values[index] = low + meant.index(number) + 1
                    warnings.append(_renumbered(headings, index, number, why))
    return warnings


def _path(parent: _Node | None, number: str) -> str:
    if parent is None:
        return number
    own = parent.heading.number + "."
    suffix = number[len(own) :] if number.startswith(own) else number
    return f"{parent.section_id}.{suffix}"


def _unique(section_id: str, used: set[str]) -> str:
    """The id, or `id~2`, `id~3` when the document repeats a number (a typing slip)."""
    candidate, counter = section_id, 2
    while candidate in used:
        candidate = f"{section_id}~{counter}"
        counter += 1
    used.add(candidate)
    return candidate


def _to_section(node: _Node, level: int, kinded: bool = True) -> Section:
    """The section of `node`; `kinded`: it gets a kind (a top-level section, or one of the
    plan's sections under a part)."""
    heading = node.heading
    return Section(
        id=node.section_id,
        number=heading.number,
        title=heading.title,
        kind=kind_of_heading(heading.title) if kinded else None,
        level=level,
        lines=(heading.line, max(node.end, heading.line)),
        children=[
            _to_section(child, level + 1, is_part(heading) and not is_part(child.heading))
            for child in node.children
        ],
    )


HEADING_TITLES.examples_checked_by(
    lambda data: misread(data.examples, heading_title, lambda e: e.title)
)
