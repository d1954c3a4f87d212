"""The tone marks OCR confuses on a scan, set back by the words they make.

At a scan's resolution Tesseract's Vietnamese model takes the hook above (dấu hỏi) for the acute
(dấu sắc) and back, and loses or adds the dot below (dấu nặng): `tổ chức` comes out `tố chức`,
`triển khai` `triến khai`, `thi hành` `thị hành`. A word read by OCR that makes a known word with
neither neighbour, where swapping that one mark makes a known word with a neighbour, and only one
such swap does, is given the swapped mark; two such words side by side that make no known word
together are given the marks of the one pair of swaps that does. Known words are the
two-syllable entries of the Vietnamese dictionary underthesea ships (Viet74K), read from its
file, never imported. Names and words the dictionary lacks are left as read.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import replace
from functools import cache
from pathlib import Path

from plan_extract.core.knowledge import KnowledgeError
from plan_extract.core.text import respell
from plan_extract.read.model import Hint, RawLine

_DICTIONARY = ("corpus", "data", "Viet74K.txt")
_ACUTE, _HOOK, _DOT = "\u0301", "\u0309", "\u0323"
_SWAPS = ((_ACUTE, _HOOK), (_HOOK, _ACUTE), (_DOT, ""))
_SYLLABLE = re.compile(r"^(?P<lead>\W*)(?P<word>\w+)(?P<trail>\W*)$")


@cache
def _pairs() -> frozenset[str]:
    """The dictionary's two-syllable words, lower case, in the canonical spelling."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.origin is None:
        raise KnowledgeError("underthesea is not installed (needed for its dictionary)")
    path = Path(spec.origin).parent.joinpath(*_DICTIONARY)
    try:
        entries = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeError(f"underthesea's dictionary is missing: {path}") from exc
    return frozenset(respell(entry).casefold() for entry in entries if len(entry.split()) == 2)


def _known(left: str, right: str) -> bool:
    return f"{left} {right}".casefold() in _pairs()


def _makes_a_word(word: str, left: list[str], right: list[str]) -> bool:
    return any(_known(n, word) for n in left) or any(_known(word, n) for n in right)


def _swapped(word: str) -> list[str]:
    """The word with its one tone mark swapped for the one OCR confuses it with."""
    decomposed = unicodedata.normalize("NFD", word)
    out = []
    for read, meant in _SWAPS:
        if decomposed.count(read) == 1:
            out.append(unicodedata.normalize("NFC", decomposed.replace(read, meant)))
    if _DOT not in decomposed and not any(m in decomposed for m in (_ACUTE, _HOOK, "\u0300")):
        out += _dotted(decomposed)
    return out


def _dotted(decomposed: str) -> list[str]:
    """A word without tone mark given the dot below on its vowel (`THI` → `THỊ`'s reverse)."""
    vowels = [i for i, ch in enumerate(decomposed) if ch.casefold() in "aeiouy"]
    if len(vowels) != 1 or "\u0303" in decomposed:
        return []
    at = vowels[0] + 1
    while at < len(decomposed) and unicodedata.combining(decomposed[at]):
        at += 1
    return [unicodedata.normalize("NFC", decomposed[:at] + _DOT + decomposed[at:])]


def _cased(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def retone(text: str) -> str:
    """`text` with the misread tone marks of its words set back (see the module's docstring)."""
    tokens = text.split(" ")
    parts = [_SYLLABLE.match(token) for token in tokens]
    words = [respell(part["word"]) if part else "" for part in parts]
    for index, word in enumerate(words):
        if not word or word.isdigit():
            continue
        left = [words[index - 1]] if index > 0 and words[index - 1] else []
        right = [words[index + 1]] if index + 1 < len(words) and words[index + 1] else []
        if not left + right or _makes_a_word(word, left, right):
            continue
        fits = {
            swapped for swapped in _swapped(word.casefold()) if _makes_a_word(swapped, left, right)
        }
        if len(fits) == 1:
            part = parts[index]
            assert part is not None
            words[index] = _cased(fits.pop(), word)
            tokens[index] = f"{part['lead']}{words[index]}{part['trail']}"
    for index in range(len(words) - 1):
        first, second = words[index], words[index + 1]
        if not first or not second or first.isdigit() or second.isdigit():
            continue
        before = [words[index - 1]] if index > 0 and words[index - 1] else []
        if _known(first, second) or _makes_a_word(first, before, []):
            continue
        both = {
            (a, b)
            for a in _swapped(first.casefold())
            for b in _swapped(second.casefold())
            if _known(a, b)
        }
        if len(both) == 1:  # two marks misread side by side (`CHUYẾN ĐỐI` for `CHUYỂN ĐỔI`)
            for offset, meant in enumerate(both.pop()):
                part = parts[index + offset]
                assert part is not None
                words[index + offset] = _cased(meant, words[index + offset])
                tokens[index + offset] = f"{part['lead']}{words[index + offset]}{part['trail']}"
    return " ".join(tokens)


def retone_ocr_lines(lines: list[RawLine]) -> list[RawLine]:
    """The lines read by OCR with their misread tone marks set back."""
    return [
        replace(line, text=retone(line.text))
        if Hint.OCR in line.hints and line.text and line.cells is None
        else line
        for line in lines
    ]
