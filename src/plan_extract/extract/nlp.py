"""The spaCy side: a blank Vietnamese pipeline and the matchers built from the rule files.

Tokens are syllables (Vietnamese writes one syllable per space-separated word) plus numbers and
punctuation. Matching multi-syllable phrases on syllables is exact and does not depend on how a
word segmenter happens to group syllables in a given context; underthesea's word segmentation is
used where words matter, on the indicator phrases (`resolve.indicators_match.words`). Every
pattern the matchers know, with its label and id, comes from `data/extract/*.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from plan_extract.extract import lexicon
from plan_extract.extract.lean_imports import load_spacy
from plan_extract.extract.lexicon import Label

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc

_DIGIT = re.compile(r"\d")
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")


class SyllableTokenizer:
    """Splits normalized text into syllables, numbers (`1,4`, `100.000` stay whole) and symbols."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        previous_end = 0
        for match in TOKEN.finditer(text):
            if words:
                spaces[-1] = match.start() > previous_end
            words.append(match.group(0))
            spaces.append(False)
            previous_end = match.end()
        if words:
            spaces[-1] = previous_end < len(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def to_bytes(self, **_: Any) -> bytes:  # spaCy's serialization hooks: nothing to keep
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> SyllableTokenizer:
        return self


@dataclass(frozen=True, slots=True)
class Hit:
    """One pattern matched in a line: its label and id (as the data file gives them) and its
    character and token span."""

    label: Label
    id: str
    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


def outermost(hits: list[Hit]) -> list[Hit]:
    """Hits not inside a longer one (`Ủy ban MTTQ` inside `Ủy ban MTTQ Việt Nam`)."""

    def inside(hit: Hit, other: Hit) -> bool:
        return (
            other is not hit
            and other.first_token <= hit.first_token
            and hit.last_token <= other.last_token
            and other.last_token - other.first_token > hit.last_token - hit.first_token
        )

    return [hit for hit in hits if not any(inside(hit, other) for other in hits)]


@dataclass(frozen=True)
class Matchers:
    """The pipeline and the matchers of every pattern of the rule files, as spaCy's SpanRuler
    holds them: phrases in a PhraseMatcher (lower case), token patterns (dates) in a Matcher, and
    the label and id of each match key. (The SpanRuler itself builds a Span object and a span
    group for every match: it made the whole parse a quarter slower.)"""

    nlp: Language
    phrases: PhraseMatcher
    dates: Matcher  # every token pattern is a date's, and every date has a digit
    roles: dict[int, tuple[Label, str]]  # match key → (label, id)


@cache
def matchers() -> Matchers:
    """Build the pipeline and its matchers once per process."""
    spacy = load_spacy()
    from spacy.matcher import Matcher, PhraseMatcher

    nlp: Language = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = SyllableTokenizer(nlp.vocab)
    phrases: dict[str, list[str]] = {}
    tokens: dict[str, list[list[dict[str, Any]]]] = {}
    roles: dict[int, tuple[Label, str]] = {}
    for pattern in lexicon.span_patterns():
        key = repr((pattern["label"], pattern["id"]))  # the match key, as the SpanRuler makes it
        roles[nlp.vocab.strings.add(key)] = (pattern["label"], pattern["id"])
        if isinstance(pattern["pattern"], str):
            phrases.setdefault(key, []).append(pattern["pattern"])
        else:
            tokens.setdefault(key, []).append(pattern["pattern"])
    phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, texts in phrases.items():
        phrase_matcher.add(key, [nlp.make_doc(text) for text in texts])
    date_matcher = Matcher(nlp.vocab, validate=True)
    for key, patterns in tokens.items():
        date_matcher.add(key, patterns)
    return Matchers(nlp, phrase_matcher, date_matcher, roles)


@dataclass(frozen=True)
class LineParse:
    """One line's tokens and every phrase and date found in it."""

    text: str  # the normalized line
    doc: Doc
    dates: tuple[Hit, ...]
    by_label: dict[str, list[Hit]]
    words: tuple[str, ...]  # token texts, read once (cheaper than walking the Doc again)
    offsets: tuple[int, ...]  # token start offsets

    def of(self, label: lexicon.PhraseLabel) -> list[Hit]:
        return self.by_label.get(label, [])


def _hits(
    m: Matchers, words: tuple[str, ...], offsets: tuple[int, ...], found: list[tuple[int, int, int]]
) -> list[Hit]:
    hits = []
    for key, start, end in found:
        label, pattern_id = m.roles[key]
        stop = offsets[end - 1] + len(words[end - 1])
        hits.append(Hit(label, pattern_id, offsets[start], stop, start, end))
    return sorted(hits, key=lambda h: (h.start, -h.end, h.label, h.id))


def parse_lines(texts: Iterable[str]) -> Iterator[LineParse]:
    """Tokenize and match many lines at once."""
    m = matchers()
    lines = list(texts)
    for text, doc in zip(lines, m.nlp.pipe(lines), strict=True):
        words = tuple(t.text for t in doc)
        offsets = tuple(t.idx for t in doc)
        by_label: dict[str, list[Hit]] = {}
        for hit in _hits(m, words, offsets, m.phrases(doc)):
            by_label.setdefault(hit.label, []).append(hit)
        dates = _hits(m, words, offsets, m.dates(doc)) if _DIGIT.search(text) else []
        yield LineParse(text, doc, tuple(dates), by_label, words, offsets)
