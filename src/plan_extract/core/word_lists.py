"""Checks every word list shares, run when a file loads (the read, normalize and structure
stages' lists alike; plan_extract.normalize.vocabulary gives them to the stages above read).

Words are compared with normalized text, so a list must spell them as normalization does (`hòa`,
not `hoà`: a word in the old spelling would never match); a phrase carries one role only (a word
read as two things makes the reading depend on which list is tried first); and lists are ordered
by the code (`longest_first`), never by the order of the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from plan_extract.core.text import respell

Role = TypeVar("Role", bound=str)


def spelled_as_normalized(words: Iterable[str]) -> None:
    """Raise ValueError naming every word not in the spelling normalization gives text."""
    odd = [word for word in words if respell(word) != word]
    if odd:
        raise ValueError(f"not in the normalized spelling (tone placement, spaces): {odd}")


def one_role_each(roles: Mapping[Role, Iterable[str]]) -> None:
    """Raise ValueError when a phrase (case aside) is listed under two roles."""
    seen: dict[str, Role] = {}
    for role, words in roles.items():
        for word in words:
            other = seen.setdefault(word.casefold(), role)
            if other != role:
                raise ValueError(f"{word!r} is listed as both {other} and {role}")


def fold(phrase: str) -> str:
    """A phrase as a word list is compared with: canonical spelling, lower case."""
    return respell(phrase).casefold()


def folded_phrases(phrases: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its folded syllables (`Các cấp` → `("các", "cấp")`)."""
    return tuple(tuple(fold(phrase).split()) for phrase in phrases)


def phrase_length_at(words: Sequence[str], token: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """The words of the longest of `phrases` (folded syllables) opening at `token`, else 0:
    the one test of a word list's phrase at a place (a body kind, a person noun, a village
    body's head)."""
    reach = max(map(len, phrases), default=0)
    folded = tuple(fold(word) for word in words[token : token + reach])
    return max((len(p) for p in phrases if folded[: len(p)] == p), default=0)


def longest_first(words: Iterable[str]) -> list[str]:
    """The words, longest first: a longer phrase is tried before a shorter one it starts with
    (`phó chủ tịch` before `chủ tịch`)."""
    return sorted(words, key=len, reverse=True)


def alternatives(words: Iterable[str]) -> str:
    """A regular expression for any of the words as written, longest first (of two phrases that
    start alike, the longer is the one matched)."""
    return "|".join(re.escape(word) for word in longest_first(words))
