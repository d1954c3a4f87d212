"""A syllable a scan's OCR cut in two by a space (`Bộ Y t ế`, `Đ ảng ủy`, `t ỉ nh`), joined
again (data/normalize/split_syllables.yaml). Every Vietnamese syllable has a vowel, so a word
of consonants only is a piece of one: it joins the word after it when that word opens with a
vowel and the two make a syllable of the dictionary, and a final consonant left alone after
the result joins it the same way. Not after a number (`5 m`: a unit) nor a word a list's letter
follows (`điểm b`), nor a word in capitals."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pydantic import Field

from plan_extract.core.dictionary import is_syllable
from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.core.text import VOWELS
from plan_extract.normalize.line_search import mend_found_lines
from plan_extract.normalize.vocabulary import NormalizedExample, misread


class SplitSyllables(Knowledge):
    initial_consonants: list[str] = Field(min_length=1)
    final_consonants: list[str] = Field(min_length=1)
    letter_words: list[str]  # a list's letter follows them (`điểm b`): no piece of a syllable
    examples: list[NormalizedExample]


SPLIT_SYLLABLES = data_file("normalize/split_syllables.yaml", SplitSyllables)


@cache
def _split() -> re.Pattern[str]:
    """An initial consonant alone (its first letter may be a capital), a space, then a word
    opening with a vowel and, maybe, a final consonant alone; not after a number."""
    data = SPLIT_SYLLABLES.load()

    def alternatives(letters: list[str]) -> str:
        return "|".join(map(re.escape, sorted(letters, key=len, reverse=True)))

    return re.compile(
        rf"(?<![\w/])(?<!\d\s)(?P<head>(?i:{alternatives(data.initial_consonants)}))"
        rf" (?P<rest>[^\W\d_]+)(?: (?P<final>{alternatives(data.final_consonants)}))?(?![\w/])"
    )


@cache
def _cue() -> re.Pattern[str]:
    """Where `_split` may match, found fast in many lines joined: the space after an initial
    consonant standing alone, then a letter. The consonants of each length are a lookbehind of
    their own width, so that the search runs from a literal space (the pattern opening with a
    lookbehind tries every position, four times as long); what `_split` asks more is asked of
    the lines found."""
    by_length: dict[int, list[str]] = {}
    for letters in SPLIT_SYLLABLES.load().initial_consonants:
        by_length.setdefault(len(letters), []).append(letters)
    behind = "|".join(
        rf"(?<=(?<![\w/])(?i:{'|'.join(map(re.escape, group))}) )"
        for _, group in sorted(by_length.items(), reverse=True)
    )
    return re.compile(rf" (?:{behind})[^\W\d_]")


@cache
def _letter_before() -> re.Pattern[str]:
    """A word a list's letter follows, ending the text before a piece (`điểm `)."""
    words = sorted(SPLIT_SYLLABLES.load().letter_words, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))}) $", re.IGNORECASE)


def _opens_with_vowel(word: str) -> bool:
    return unicodedata.normalize("NFD", word[:1].casefold())[:1] in VOWELS


def mend_split_syllables(text: str) -> str:
    """`text` with each syllable OCR cut in two by a space joined again (see the module)."""

    def joined(found: re.Match[str]) -> str:
        head, rest, final = found["head"], found["rest"], found["final"]
        word = head + rest
        if head[1:] != head[1:].lower() or not rest.islower() or not _opens_with_vowel(rest):
            return found[0]
        if _letter_before().search(text, 0, found.start()):
            return found[0]  # `điểm b ông ...`: a list's letter
        if not is_syllable(word):
            return found[0]
        if final is not None:
            return word + final if is_syllable(word + final) else f"{word} {final}"
        return word

    return _split().sub(joined, text)


def mend_split_syllables_lines(texts: list[str]) -> list[str]:
    """`mend_split_syllables` of each text, read only where a piece may stand (`_cue`)."""
    return mend_found_lines(texts, (_cue(),), mend_split_syllables)


SPLIT_SYLLABLES.examples_checked_by(
    lambda data: misread(data.examples, mend_split_syllables, lambda e: e.normalized)
)
