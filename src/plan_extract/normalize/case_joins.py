"""Two words a converter ran together where the second opens with a capital (`vớiBộ Ngoại
giao`, `theoQuyết định`, `Chủ tịchHĐND`), parted again (data/normalize/case_joins.yaml): at a
lower case letter followed by a capital, when the part before is one syllable of the
dictionary, in lower case or with its first letter a capital, and the part after is one too or
an abbreviation in capitals. A name with a capital inside (`iPhone`, `VietGAP`, `IoT`) has no
such parts. The dictionary is read only for a text holding such a word."""

from __future__ import annotations

import re

from pydantic import Field

from plan_extract.core.dictionary import is_syllable
from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.normalize.line_search import mend_found_lines
from plan_extract.normalize.vocabulary import NormalizedExample, misread


class CaseJoins(Knowledge):
    min_capitals: int = Field(ge=2)
    examples: list[NormalizedExample]


CASE_JOINS = data_file("normalize/case_joins.yaml", CaseJoins)
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")  # letters only, no digit or `_` beside
# the Latin letters, Vietnamese's among them; a letter of another script sends a text the long way
_LATIN = [chr(code) for code in (*range(0x250), *range(0x1E00, 0x1F00))]
# a capital after a lower case letter: the capital first (rare: the search skips to it, where a
# pair opening with the lower case letter is tried at nearly every character)
_LATIN_PAIR = re.compile(
    "[{}](?<=[{}].)".format(
        "".join(re.escape(c) for c in _LATIN if c.isupper()),
        "".join(re.escape(c) for c in _LATIN if c.islower()),
    )
)
_OTHER_LETTER = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")


def _before_ok(part: str) -> bool:
    """One syllable in lower case or with its first letter a capital (`với`, `Bến`)."""
    return (part.islower() or (part[0].isupper() and part[1:].islower())) and is_syllable(part)


def _after_ok(part: str) -> bool:
    """One syllable opening with a capital (`Bộ`, `Tre`), or letters in capitals (`HĐND`)."""
    if not part[0].isupper():
        return False
    if part.isupper():
        return len(part) >= CASE_JOINS.load().min_capitals
    return part[1:].islower() and is_syllable(part)


def _cut(word: str) -> int | None:
    """Where `word` holds its one lower case letter followed by a capital, else None."""
    cuts = [at for at in range(1, len(word)) if word[at - 1].islower() and word[at].isupper()]
    return cuts[0] if len(cuts) == 1 else None


def mend_case_joins(text: str) -> str:
    """`text` with each two words run together at a capital parted again (see the module)."""
    if not _LATIN_PAIR.search(text) and not _OTHER_LETTER.search(text):
        return text  # most lines: no lower case letter before a capital (a search in C)
    return _WORD.sub(_parted, text)


def mend_case_joins_lines(texts: list[str]) -> list[str]:
    """`mend_case_joins` of each text, read only where its two quick searches find something."""
    return mend_found_lines(texts, (_LATIN_PAIR, _OTHER_LETTER), mend_case_joins)


def _parted(found: re.Match[str]) -> str:
    """The word `found`, parted at its capital when it is two words run together."""
    word = found.group()
    at = _cut(word)
    if at is None or not (_after_ok(word[at:]) and _before_ok(word[:at])):
        return word
    return f"{word[:at]} {word[at:]}"


CASE_JOINS.examples_checked_by(
    lambda data: misread(data.examples, mend_case_joins, lambda e: e.normalized)
)
