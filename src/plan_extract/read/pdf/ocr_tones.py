"""The tone marks OCR confuses on a scan, set back by the words they make.

At a scan's resolution Tesseract's Vietnamese model takes the hook above (dấu hỏi) for the acute
(dấu sắc) and back, and loses or adds the dot below (dấu nặng): `tổ chức` comes out `tố chức`,
`triển khai` `triến khai`, `thi hành` `thị hành`. A word read by OCR that makes a known word with
neither neighbour, where swapping that one mark makes a known word with a neighbour, and only one
such swap does, is given the swapped mark; two such words side by side that make no known word
together are given the marks of the one pair of swaps that does. Known words are the
two-syllable entries of the Vietnamese dictionary underthesea ships (Viet74K), read from its
file, never imported. Names and words the dictionary lacks are left as read.

Where the misread word makes a known word with a neighbour all the same (`khai thị` in `triển
khai thị hành`, `bàn tính` in `địa bàn tính`), or the meant pair is missing from the dictionary
(`hằng năm`), the dictionary cannot tell: word sequences OCR gives for others, listed in
data/read/ocr_tone_pairs.yaml each with the sequence meant, are set back wherever they stand
whole; each is one no text writes as meant (`thị hành`, `hãng năm`). The issuer's place line
(`TÍNH SƠN LA` under `ỦY BAN NHÂN DÂN`) opens with the word of its level (`issuer_levels`): read
with a misread mark there, it is set back, and so is any misreading of that word before the same
place anywhere else (`HÀNG HÓA TÍNH SƠN LA` in the title under `TĨNH SƠN LA` or `TỈNH SƠN LA`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache, partial

from pydantic import Field, model_validator

from plan_extract.core.dictionary import two_syllable_words
from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import VOWELS, respell
from plan_extract.read.model import Block, Hint, RawLine
from plan_extract.read.pdf.ocr_spaces import respace, written_apart


class TonePair(Knowledge):
    """Words OCR gives (`read`) for the words printed (`meant`), word for word."""

    read: str
    meant: str

    @model_validator(mode="after")
    def _word_for_word(self) -> TonePair:
        if len(self.read.split()) != len(self.meant.split()) or self.read == self.meant:
            raise ValueError(f"{self.read!r} → {self.meant!r}: not a word-for-word repair")
        return self


class ToneExample(Example):
    """A line read by OCR, and what it is set back to (`retoned`), or None: left as read."""

    retoned: str | None = None

    @property
    def negative(self) -> bool:
        return self.retoned is None


class TonePairs(Knowledge):
    pairs: list[TonePair] = Field(min_length=1)
    issuer_levels: list[TonePair] = Field(min_length=1)  # one word each
    examples: list[ToneExample] = Field(default_factory=list)


TONE_PAIRS = data_file("read/ocr_tone_pairs.yaml", TonePairs)
_ACUTE, _HOOK, _DOT = "\u0301", "\u0309", "\u0323"
_SWAPS = ((_ACUTE, _HOOK), (_HOOK, _ACUTE), (_DOT, ""))
_TONES = frozenset({_ACUTE, _HOOK, _DOT, "\u0300", "\u0303"})  # acute, hook, dot, grave, tilde
_SYLLABLE = re.compile(r"^(?P<lead>\W*)(?P<word>\w+)(?P<trail>\W*)$")


def _known(left: str, right: str) -> bool:
    return f"{left} {right}".casefold() in two_syllable_words()


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
    return out + _one_of_doubled(word)


def _one_of_doubled(word: str) -> list[str]:
    """The word with one of two like vowels side by side, each with a tone mark, left out: OCR
    reads one marked vowel as two with different marks (`triếển` for `triển`); a syllable has
    one tone."""
    out = []
    for at in range(len(word) - 1):
        first, second = (unicodedata.normalize("NFD", char) for char in word[at : at + 2])
        marked = all(len(char) > 1 and char[-1] in _TONES for char in (first, second))
        if marked and first[0] == second[0] and first[0].casefold() in VOWELS:
            out += [word[:at] + word[at + 1 :], word[: at + 1] + word[at + 2 :]]
    return out


def _dotted(decomposed: str) -> list[str]:
    """A word without tone mark given the dot below (`THI` → `THỊ`'s reverse, `ĐOAN` →
    `ĐOẠN`): on each of its vowels in turn, each spelled the canonical way; the dictionary
    tells which, if any, makes a word."""
    if "\u0303" in decomposed:
        return []
    out = []
    for index, char in enumerate(decomposed):
        if char.casefold() not in "aeiouy":
            continue
        at = index + 1
        while at < len(decomposed) and unicodedata.combining(decomposed[at]):
            at += 1
        dotted = respell(unicodedata.normalize("NFC", decomposed[:at] + _DOT + decomposed[at:]))
        if dotted not in out:
            out.append(dotted)
    return out


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
    return _paired(" ".join(tokens))


@cache
def _read_pairs() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """One pattern for every listed sequence as read (whole words, any case, any spacing), and
    each sequence's words as meant, by the sequence as read in lower case."""
    pairs = TONE_PAIRS.load().pairs
    alternatives = sorted((pair.read for pair in pairs), key=len, reverse=True)
    spaced = (r"\s+".join(map(_word_pattern, read.split())) for read in alternatives)
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)", re.IGNORECASE)
    return pattern, {pair.read.casefold(): pair.meant.split() for pair in pairs}


_NUMBER = "#"  # a listed word that stands for any number (`thảng #`: `thảng 6`)


def _word_pattern(word: str) -> str:
    return r"\d+" if word == _NUMBER else re.escape(word)


def _key(read: list[str]) -> str:
    return " ".join(_NUMBER if word.isdigit() else word for word in read).casefold()


def _paired(text: str) -> str:
    """`text` with each listed sequence as read set back to its words as meant, in its case."""
    pattern, meant = _read_pairs()

    def repaired(found: re.Match[str]) -> str:
        read = found.group().split()
        words = meant[_key(read)]
        return " ".join(
            like if word == _NUMBER else _cased(word, like)
            for word, like in zip(words, read, strict=True)
        )

    return pattern.sub(repaired, text)


def _cased_match(word: str, found: re.Match[str]) -> str:
    return _cased(word, found.group())


def _level_repairs(lines: list[RawLine]) -> list[tuple[re.Pattern[str], str]]:
    """For each place line of the issuer read by OCR that opens with a level's word, as printed
    or misread (`TỈNH SƠN LA`, `TÍNH SƠN LA`, `TĨNH SƠN LA`): each misreading of that word
    before that place (`HÀNG HÓA TÍNH SƠN LA` in the title, whatever the place line's own
    reading), and the word meant."""
    pairs = TONE_PAIRS.load().issuer_levels
    levels = {pair.read.casefold(): pair.meant for pair in pairs}
    levels.update({pair.meant.casefold(): pair.meant for pair in pairs})
    out = []
    for line in lines:
        if Hint.OCR not in line.hints or line.block is not Block.HEADER_LEFT:
            continue
        first, _, place = line.text.partition(" ")
        meant = levels.get(first.casefold())
        if meant is not None and any(char.isalpha() for char in place):
            misread = "|".join(re.escape(pair.read) for pair in pairs if pair.meant == meant)
            pattern = rf"(?<!\w)(?:{misread})(?=\s+{re.escape(place.strip())}(?!\w))"
            out.append((re.compile(pattern, re.IGNORECASE), meant))
    return out


def retone_ocr_lines(lines: list[RawLine]) -> list[RawLine]:
    """The lines read by OCR with the words OCR ran together parted (`ocr_spaces`, by the
    words the lines write apart where they part in several ways) and their misread tone marks
    set back; a table row's cells each on its own."""
    repairs = _level_repairs(lines)
    usage = written_apart(line.text for line in lines if Hint.OCR in line.hints)

    def retoned(text: str) -> str:
        text = retone(respace(text, usage))
        for pattern, meant in repairs:
            text = pattern.sub(partial(_cased_match, meant), text)
        return text

    out = []
    for line in lines:
        if Hint.OCR in line.hints and line.cells is not None:
            cells = tuple(retoned(cell) if cell else cell for cell in line.cells)
            line = replace(line, cells=cells, text=" | ".join(cells))
        elif Hint.OCR in line.hints and line.text:
            line = replace(line, text=retoned(line.text))
        out.append(line)
    return out


def wrong_examples(pairs: TonePairs) -> list[str]:
    return [
        f"{example.text!r} retoned to {retoned!r}, not {example.retoned or example.text!r}"
        for example in pairs.examples
        if (retoned := retone(example.text)) != (example.retoned or example.text)
    ]


TONE_PAIRS.examples_checked_by(wrong_examples)
