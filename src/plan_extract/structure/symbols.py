"""Where a document's number and symbol start and end (`12/KH-UBND`, `136/2001/QĐ-TTg`,
`739/BNV-CTTN&BĐG`, a Party body's `01-CT/TU`, an older `136/2001/QĐ.TTg`): one pattern that
the header's own number (`Số: ...`), a cited document's number (`Căn cứ Quyết định số ...`)
and a date read after a number (`... số 12/KH-UBND ngày 05/3/2026`: the document's date) all
read with, so that no two of them cut a symbol differently."""

from __future__ import annotations

import re
from functools import cache

# a symbol's letters (`QĐ-TTg`, `NQ-HĐND`: Latin and `Đ`) and figures (`QH15`)
SYMBOL_LETTERS = "A-Za-zĐđ"
_CHARS = f"0-9{SYMBOL_LETTERS}"
# a part of a symbol, between hyphens or slashes: `&` joins two bodies' letters (`CTTN&BĐG`),
# and a `.` two parts of an older or an office's symbol (`QĐ.TTg`, `KH-UBND.VX`) where a whole
# part follows it: a full stop glued to a word (`UBND.Tiếp`) ends the symbol
_PART = rf"[{_CHARS}]+(?:&[{_CHARS}]+|\.[{_CHARS}]+(?!\w))*"
# a document's serial number, which may end with a small letter (`Nghị quyết số 30c/NQ-CP`,
# `36a/NQ-CP`: the Government numbers some resolutions so)
SERIAL = r"\d[\d.]*[a-z]?"
# a Party document's kind after its serial (`25-KH/ĐU`, `01-CT/TU`, `25-KL/TW`); a converter
# may space the joints out (`12 /KH - UBND`)
_PARTY = rf"(?:\s?-\s?(?P<party>[{SYMBOL_LETTERS}]+))?"
# a normative document's year between its serial and its symbol (`33/2026/QĐ-UBND`)
_YEAR = r"(?:\s?/\s?(?P<year>\d{4})(?=\s?/))?"
_SYMBOL = rf"\s?/\s?(?P<symbol>{_PART}(?:\s?[-/]\s?{_PART})*)"


def number_pattern(serial: str = SERIAL) -> str:
    """A document's number as a pattern (`(?P<number>...)`): `serial`, then the symbol (groups
    `party`, `year`, `symbol`). The header's own number passes a draft's serial, which may be
    blank (`Số:      /KH-UBND`)."""
    return rf"(?P<number>(?P<serial>{serial}){_PARTY}{_YEAR}{_SYMBOL})"


def number_start(serial: str = SERIAL) -> str:
    """Where a document's number starts, up to the slash its symbol follows (`8/`, `25-KH/`)."""
    return rf"{serial}{_PARTY}\s?/"


# an office's symbol printed without its number (`KH-UBND`, `GD-ĐT`)
_BARE_SYMBOL = rf"[{_CHARS}]+(?:\s?[-/]\s?{_PART})+"


def cut_before_symbol(serial: str = SERIAL) -> str:
    """A document's number up to the slash its symbol follows, its year included (`12/`,
    `33/2026/`, `25-KH/`): where a wrapped number line was cut (`Số: 12/` / `KH-UBND`)."""
    return rf"{serial}{_PARTY}{_YEAR}\s?/"


@cache
def _opening_symbol() -> re.Pattern[str]:
    return re.compile(rf"^(?P<bare>{_BARE_SYMBOL})(?![\w/.&-])")


def opening_symbol(text: str) -> str | None:
    """The symbol `text` opens with, printed without its number (`KH-UBND`, `QĐ-UBND.VP`,
    `KH-BCĐ` before what follows it on the line), as `ends_with_symbol` reads one: None for a
    word (`Covid-19`)."""
    found = _opening_symbol().match(text)
    return found["bare"] if found and _abbreviated(found["bare"]) else None


@cache
def _ends_with_symbol() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w/.&-])(?:{number_pattern()}|(?P<bare>{_BARE_SYMBOL}))\s*$")


def ends_with_symbol(text: str) -> bool:
    """Whether `text` ends with a document's symbol, spaces after it (`Quyết định số
    136/2001/QĐ.TTg `, `45/KH-UBND `, `... KH-UBND `): what follows is the document's (its
    date, `ngày ...`, its year), of no task. A number's symbol opens with a letter (`12/2026`
    is a date); one without a number is an abbreviation's (`Covid-19` is a word)."""
    found = _ends_with_symbol().search(text)
    if found is None:
        return False
    if found["bare"] is None:
        return found["symbol"][:1].isalpha()
    return _abbreviated(found["bare"])


def _abbreviated(symbol: str) -> bool:
    """A symbol without its number: in capitals or figures, its later parts opening with a
    capital (`KH-UBND`, `QĐ-TTg`)."""
    first, *rest = re.split(r"\s?[-/]\s?", symbol)
    return (first.isupper() or first.isdigit()) and all(part[:1].isupper() for part in rest)


def kind_letters(symbol: str) -> str:
    """The letters a symbol opens with, its kind's (`QĐ` of `QĐ-TTg`, of the older `QĐ.TTg`,
    `KH` of a Party body's `KH/ĐU`): up to the first joint of its parts."""
    return re.split(r"[-/.]", symbol, maxsplit=1)[0]


def issuing_symbol(symbol: str) -> str:
    """`symbol` without the suffix naming the office that drafted the document (`KH-UBND.VX`,
    `QĐ-UBND.VP` → `KH-UBND`, `QĐ-UBND`): the part before it is the issuing body's, which
    issues it (symbols printed so: the grid of tests/structure/test_symbol_grid.py)."""
    kind_and_body, dot, suffix = symbol.rpartition(".")
    if not dot or "-" not in kind_and_body or not re.fullmatch(rf"[{_CHARS}]+", suffix):
        return symbol
    return kind_and_body
