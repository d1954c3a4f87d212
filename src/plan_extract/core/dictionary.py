"""The Vietnamese dictionary underthesea ships (Viet74K), read from its file, never imported:
its two-syllable words (the OCR tone repair asks whether two syllables make a word) and every
syllable its entries are written with (the OCR space repair asks whether a token is one)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from plan_extract.core.knowledge import KnowledgeError
from plan_extract.core.text import respell

_DICTIONARY = ("corpus", "data", "Viet74K.txt")


@cache
def _entries() -> tuple[str, ...]:
    """The dictionary's entries, lower case, in the canonical spelling."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.origin is None:
        raise KnowledgeError("underthesea is not installed (needed for its dictionary)")
    path = Path(spec.origin).parent.joinpath(*_DICTIONARY)
    try:
        entries = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeError(f"underthesea's dictionary is missing: {path}") from exc
    return tuple(respell(entry).casefold() for entry in entries)


@cache
def two_syllable_words() -> frozenset[str]:
    """The dictionary's two-syllable words (`tổ chức`)."""
    return frozenset(entry for entry in _entries() if len(entry.split()) == 2)


@cache
def syllables() -> frozenset[str]:
    """Every syllable the dictionary's entries are written with (`tổ`, `chức`)."""
    return frozenset(syllable for entry in _entries() for syllable in entry.split())


def is_syllable(word: str) -> bool:
    """Whether `word`, in any case and spelling, is a syllable of the dictionary."""
    return respell(word).casefold() in syllables()
