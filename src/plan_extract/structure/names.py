"""Names of bodies and places as they are written in running text.

The header prints them in capitals (`ỦY BAN NHÂN DÂN` / `XÃ QUẢNG THÀNH`); the contract wants the
running-text form with abbreviations expanded (`Ủy ban nhân dân xã Quảng Thành`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from plan_extract.normalize.place_levels import level_at, place_levels
from plan_extract.structure.terms import HEADER_TERMS

_NAME_DASHES = ("-", "–")  # a dash standing alone between the two parts of a name


@dataclass(frozen=True, slots=True)
class Body:
    """An issuing body: `Ủy ban nhân dân` + unit type `xã` + unit name `Quảng Thành`."""

    organ: str
    unit_type: str | None
    unit_name: str | None
    typed: bool = True  # the unit type is printed (not in `Tỉnh ủy Lào Cai`)

    @property
    def full(self) -> str:
        unit_type = self.unit_type if self.typed else None
        return " ".join(part for part in (self.organ, unit_type, self.unit_name) if part)


def expand_abbreviations(text: str) -> str:
    for short, full in _abbreviations():
        text = short.sub(full, text)
    return text


# The data's words as compiled patterns, made once per process (a pattern built from a word at
# each call cost its escape and a lookup in `re`'s cache, a line of the header at a time).


@cache
def _abbreviations() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each abbreviation as a whole word, and its full form."""
    return tuple(
        (re.compile(rf"(?<!\w){re.escape(short)}(?!\w)"), full)
        for short, full in HEADER_TERMS.load().abbreviations.items()
    )


@cache
def _issuing_bodies() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each issuing body, the longest first, with its case-folded name opening a text."""
    organs = sorted(HEADER_TERMS.load().issuing_bodies, key=len, reverse=True)
    return tuple((organ, re.compile(rf"{re.escape(organ.casefold())}(?!\w)")) for organ in organs)


@cache
def _own_boards() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each body's own board, with its case-folded name opening a text."""
    boards = HEADER_TERMS.load().own_boards
    return tuple((board, re.compile(rf"{re.escape(board.casefold())}(?!\w)")) for board in boards)


@cache
def _level_committees() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Each Party committee named by its level, its unit type, and its case-folded name
    opening a text."""
    return tuple(
        (committee, unit_type, re.compile(rf"{re.escape(committee.casefold())}\s"))
        for committee, unit_type in HEADER_TERMS.load().level_committees.items()
    )


def sentence_case(text: str) -> str:
    text = text.strip().lower()
    return text[:1].upper() + text[1:]


def name_case(text: str) -> str:
    """An office's name printed in capitals, as written in running text: sentence case, the
    kinds of documents capitalized, numbers and symbols as printed (`Đoàn kiểm tra theo Quyết
    định số 1050/QĐ-SCT`)."""
    words = [word if re.search(r"\d", word) else word.lower() for word in text.split()]
    named = " ".join(words)
    for kind in HEADER_TERMS.load().basis_kinds:
        named = re.sub(rf"(?<!\w){re.escape(kind)}(?!\w)", kind[:1].upper() + kind[1:], named)
    return named[:1].upper() + named[1:]


def office_case(text: str) -> str | None:
    """An office's name printed in capitals, as running text writes it (Nghị định 30/2020/NĐ-CP,
    Phụ lục II): its kind as the data writes it, then a capital opening each field it works in
    (`SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH` → `Sở Văn hóa, Thể thao và Du lịch`), a unit type left
    at its end dropped (`THANH TRA TỈNH`: the place follows); None for an office of a kind the
    data does not list. A board named by its task keeps the task in lower case (`BCĐ PHÒNG,
    CHỐNG THIÊN TAI` → `Ban Chỉ đạo phòng, chống thiên tai`)."""
    terms = HEADER_TERMS.load()
    words = expand_abbreviations(text).lower().replace(",", ", ").split()
    kind = next(
        (k for k in sorted(terms.office_kinds, key=len, reverse=True) if _starts_with(words, k)),
        None,
    )
    if kind is None:
        return None
    rest = _without_level_at_end(words[len(kind.split()) :])
    by_fields = kind not in terms.task_boards
    opens = by_fields
    for index, word in enumerate(rest):
        if opens:
            rest[index] = word[:1].upper() + word[1:]
        opens = by_fields and (word in terms.field_joiners or word.endswith(","))
    named = " ".join([kind, *rest]).replace(" ,", ",")
    for plain, written in terms.name_spelling.items():
        named = re.sub(rf"(?<!\w){re.escape(plain)}(?!\w)", written, named, flags=re.IGNORECASE)
    return named


def _without_level_at_end(words: list[str]) -> list[str]:
    """An office's name without the unit type printed at its end, which the unit's name follows
    in running text (`THANH TRA TỈNH`, `BỆNH VIỆN ĐA KHOA TỈNH` / over `TỈNH HÀ TĨNH`'s
    committee: `Bệnh viện Đa khoa tỉnh Hà Tĩnh`)."""
    for level in place_levels():
        size = len(level.split())
        if len(words) >= size and " ".join(words[-size:]) == level:
            return words[:-size]
    return words


def placeless_office(name: str) -> Body | None:
    """An office whose name is whole without a place, printed alone (`BỘ Y TẾ`: a ministry
    serves the whole country)."""
    named = office_case(name)
    terms = HEADER_TERMS.load()
    if named is None or not any(named.startswith(f"{kind} ") for kind in terms.placeless_offices):
        return None
    return Body(named, None, None)


def _starts_with(words: list[str], phrase: str) -> bool:
    head = phrase.lower().split()
    return words[: len(head)] == head


def title_case(text: str) -> str:
    return " ".join(word[:1].upper() + word[1:].lower() for word in text.split())


def capitalized_run(words: list[str]) -> list[str]:
    """The leading words that start with a capital (a proper name), punctuation trimmed; a dash
    between two of them joins a two-part name (`Bà Rịa - Vũng Tàu`)."""
    run: list[str] = []
    for index, word in enumerate(words):
        if word in _NAME_DASHES and run and _capitalized(words[index + 1 : index + 2]):
            run.append(word)
            continue
        clean = word.strip(',;.:()"“”')
        if not clean or not (clean[0].isupper() or clean[0].isdigit()):
            break
        run.append(clean)
        if clean != word.rstrip():  # punctuation ends the name
            break
    return run


def _capitalized(words: list[str]) -> bool:
    return bool(words) and words[0][:1].isupper()


def parse_body(text: str) -> Body | None:
    """An issuing body from its printed name, in capitals or not (`UBND xã X`, `ỦY BAN ...`); a
    body of the whole country printed alone (`THỦ TƯỚNG CHÍNH PHỦ`) as it stands."""
    text = expand_abbreviations(" ".join(text.split()))
    folded = text.casefold()
    national = next(
        (b for b in HEADER_TERMS.load().national_bodies if b.casefold() == folded), None
    )
    if national is not None:
        return Body(national, None, None)
    board = own_board(text)
    if board is not None:
        # `BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ X`: the board, in its body's name
        body = parse_body(text[len(board) :])
        return replace(body, organ=f"{board} {body.organ}") if body else None
    for organ, opening in _issuing_bodies():
        if not opening.match(folded):
            continue
        rest = text[len(organ) :].strip()
        found = level_at(rest)
        if found is None:
            return Body(organ, None, None)
        unit_type, name = found
        run = capitalized_run(title_case(name).split() if name.isupper() else name.split())
        return Body(organ, unit_type, " ".join(run) or None)
    return _level_committee(text)


def own_board(text: str) -> str | None:
    """The body's own board `text` opens with (`Ban Thường trực Ủy ban MTTQ ...`), as the data
    writes it."""
    folded = " ".join(text.casefold().split())
    return next((board for board, opening in _own_boards() if opening.match(folded)), None)


def without_board(name: str) -> str:
    """The body a board belongs to, named after the board (`Ban Thường trực Ủy ban Mặt trận Tổ
    quốc Việt Nam xã X` → `Ủy ban Mặt trận Tổ quốc Việt Nam xã X`); a name with no board as it
    stands."""
    board = own_board(name)
    return " ".join(name.split())[len(board) :].strip() if board else name


def _level_committee(text: str) -> Body | None:
    """`TỈNH ỦY LÀO CAI`: a Party committee named by its level, then its unit's name."""
    folded = text.casefold()
    for committee, unit_type, opening in _level_committees():
        if opening.match(folded):
            name = text[len(committee) :].strip()
            run = capitalized_run(title_case(name).split() if name.isupper() else name.split())
            if run:
                return Body(committee, unit_type, " ".join(run), typed=False)
    return None
