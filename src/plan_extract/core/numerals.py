"""Roman numerals, as Vietnamese documents number their top-level parts (`I.`, `II.`, ...):
written by Word's automatic numbering (read/) and checked in the section tree (structure/)."""

from __future__ import annotations

from functools import cache

_PAIRS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_LARGEST_READ = 100  # section numbers never come near it


def to_roman(number: int) -> str:
    """`number` in Roman numerals; zero and negatives as digits (Word does the same)."""
    if number <= 0:
        return str(number)
    out = []
    for value, letters in _PAIRS:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def roman_value(numeral: str) -> int | None:
    """The value of an upper-case Roman numeral written the standard way, else None."""
    return _values().get(numeral)


@cache
def _values() -> dict[str, int]:
    return {to_roman(value): value for value in range(1, _LARGEST_READ)}
