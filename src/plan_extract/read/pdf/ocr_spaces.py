"""Words OCR ran together on a scan, parted again (data/read/ocr_spaces.yaml).

Tesseract loses the narrow space between two syllables now and then, most in a ruled table's
bold header cells and narrow justified cells (`Cơ quanchủ trì`, `cáckhu công nghiệp`): a unit's
role column is then not recognised, and a unit's name not matched. Vietnamese writes each
syllable as a word, so a token that is no syllable of the dictionary and parts in exactly one
way into the fewest that are (two, or more: `cơsởdữ`) is that many words (with the conditions
the data file gives), and a run of capitals those syllables follow (`UBNDcác`) an abbreviation
run into them. Where a token parts in several ways, the words the scan writes apart tell which
it meant (`written_apart`: `Thếthaovà` is `Thế thao và` where `thao` is written, not `Thết hao
và`). A token right
after a number is a rate whose slash OCR lost (`02 đợttháng` for `02 đợt/tháng`): no space was
printed there, and it is left as read.

Text a website or a converter gave (a law site's page, an old Word file's export) runs words
together the same way (`cơquan thường trực`, `Kếhoạch`): normalize parts them too, in a text that
shows the fault (`shows_joined_words`, a test that needs no dictionary, so that a clean text
never loads it).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from pydantic import Field

from plan_extract.core.dictionary import syllables
from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import VOWELS, respell, unmarked


class SpaceExample(Example):
    """A line read by OCR, and what it is parted to (`respaced`), or None: left as read."""

    respaced: str | None = None

    @property
    def negative(self) -> bool:
        return self.respaced is None


class OcrSpaces(Knowledge):
    initial_consonants: list[str] = Field(min_length=1)
    min_letters: int = Field(ge=1)
    joined_share: float = Field(gt=0, lt=1)
    joined_min: int = Field(ge=1)
    examples: list[SpaceExample] = Field(default_factory=list)


OCR_SPACES = data_file("read/ocr_spaces.yaml", OcrSpaces)
_TOKEN = re.compile(r"(?<!\S)(?P<lead>[^\w\s]*)(?P<word>[^\W\d_]+)(?P<trail>[^\w\s]*)(?!\S)")
_AFTER_NUMBER = re.compile(r"\d\s+$")
_WORD = re.compile(r"[^\W\d_]+")
_VOWEL_RUN = re.compile(f"[{''.join(sorted(VOWELS))}]+")


def _has_vowel(text: str) -> bool:
    return any(char in VOWELS for char in unicodedata.normalize("NFD", text))


def _parted(word: str, usage: frozenset[str]) -> str | None:
    """`word` as syllables, when it is none and parts into the fewest in exactly one way; of
    several ways, the one whose syllables the document writes apart most (`usage`), if one. A
    run of capitals before them (`UBNDcác`) is an abbreviation: parted off them too."""
    capitals = next((at for at, char in enumerate(word) if not char.isupper()), 0)
    if capitals > 1 and word[capitals:].islower():
        rest = word[capitals:]
        if rest.isascii() or respell(rest).casefold() not in syllables():
            rest = _parted(rest, usage) or ""
        return f"{word[:capitals]} {rest}" if rest else None
    if word.isascii() or not (word.islower() or (word[0].isupper() and word[1:].islower())):
        return None
    spelled = respell(word).casefold()
    if spelled in syllables() or len(spelled) != len(word):
        return None
    ways = _ways(spelled, 0)
    fewest = min((len(way) for way in ways), default=0)
    ways = [way for way in ways if len(way) == fewest]
    if len(ways) > 1:
        used = [
            sum(spelled[at:end] in usage for at, end in itertools.pairwise(way)) for way in ways
        ]
        ways = [way for way, count in zip(ways, used, strict=True) if count == max(used)]
    if len(ways) != 1:
        return None
    return " ".join(word[at:end] for at, end in itertools.pairwise(ways[0]))


def _ways(spelled: str, start: int) -> list[tuple[int, ...]]:
    """The ways to part `spelled[start:]` into syllables of the dictionary, each with a vowel
    and at least `min_letters` letters, each after the first opening with a consonant: each
    way as the places it starts a syllable, and the word's end."""
    spaces = OCR_SPACES.load()
    known = syllables()
    out: list[tuple[int, ...]] = []
    for end in range(start + spaces.min_letters, len(spelled) + 1):
        piece = spelled[start:end]
        if piece not in known or not _has_vowel(piece):
            continue
        if end == len(spelled):
            out.append((start, end))
        elif len(spelled) - end >= spaces.min_letters and spelled[end] in spaces.initial_consonants:
            out.extend((start, *way) for way in _ways(spelled, end))
    return out


def written_apart(texts: Iterable[str]) -> frozenset[str]:
    """The words `texts` write apart, in the canonical spelling, lower case: of two ways to part
    a word run together (`cáchuyện`: `các huyện` or `cá chuyện`), the document's own usage
    (`các` elsewhere, `cá` nowhere) tells which it meant."""
    return frozenset(
        respell(found["word"]).casefold() for text in texts for found in _TOKEN.finditer(text)
    )


def respace(text: str, usage: frozenset[str] = frozenset()) -> str:
    """`text` (read by OCR) with the words it ran together parted (see the module), those that
    part in several ways by the document's `usage` (`written_apart`)."""

    def parted(found: re.Match[str]) -> str:
        if _AFTER_NUMBER.search(text, 0, found.start()):
            return found.group()  # a rate whose slash was lost (`02 đợttháng`): no space meant
        two = _parted(found["word"], usage)
        return found.group() if two is None else f"{found['lead']}{two}{found['trail']}"

    return _TOKEN.sub(parted, text)


# asked of each distinct marked word of every document read: most recur from plan to plan
@lru_cache(maxsize=16384)
def _vowel_groups(word: str) -> int:
    """How many runs of vowels `word` (NFC) has (`cơquan` 2); a Vietnamese syllable has one."""
    return len(_VOWEL_RUN.findall(unmarked(word)))


def shows_joined_words(texts: Iterable[str]) -> bool:
    """Whether `texts` run words together (see the module): at least `joined_min` words, and
    `joined_share` of all, that carry a Vietnamese mark, are not in capitals and have two runs
    of vowels, so cannot be one syllable. Read without the dictionary, in any Unicode form;
    each distinct word judged once (it runs on every document)."""
    spaces = OCR_SPACES.load()
    counts = Counter(_WORD.findall(unicodedata.normalize("NFC", "\n".join(texts))))
    joined = sum(
        count
        for word, count in counts.items()
        if not word.isascii() and not word.isupper() and _vowel_groups(word) > 1
    )
    return joined >= spaces.joined_min and joined >= spaces.joined_share * counts.total()


def wrong_examples(spaces: OcrSpaces) -> list[str]:
    return [
        f"{example.text!r} respaced to {respaced!r}, not {example.respaced or example.text!r}"
        for example in spaces.examples
        if (respaced := respace(example.text)) != (example.respaced or example.text)
    ]


OCR_SPACES.examples_checked_by(wrong_examples)
