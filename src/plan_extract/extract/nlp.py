"""The spaCy side: a blank Vietnamese pipeline and the SpanRuler built from the rule files.

Tokens are syllables (Vietnamese writes one syllable per space-separated word) plus numbers and
punctuation. Matching multi-syllable phrases on syllables is exact and does not depend on how a
word segmenter happens to group syllables in a given context; underthesea's word segmentation is
used where words matter, on the indicator phrases (`resolve.indicators_match.words`). Every
pattern the ruler knows, with its label and id, comes from `data/extract/*.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, cast, get_args

from plan_extract.extract import lexicon
from plan_extract.extract.lean_imports import load_spacy
from plan_extract.extract.lexicon import Label

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import SpanRuler
    from spacy.tokens import Doc

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


_SPANS_KEY = "rules"
_DATE_LABELS: frozenset[str] = frozenset(get_args(lexicon.DateLabel))


@cache
def pipeline() -> Language:
    """A blank Vietnamese pipeline with the syllable tokenizer and one SpanRuler holding every
    pattern of the rule files (phrases matched in lower case, dates as token patterns); built
    once per process."""
    spacy = load_spacy()
    nlp: Language = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = SyllableTokenizer(nlp.vocab)
    ruler = cast(
        "SpanRuler",
        nlp.add_pipe(
            "span_ruler",
            config={"spans_key": _SPANS_KEY, "phrase_matcher_attr": "LOWER", "validate": True},
        ),
    )
    ruler.add_patterns(lexicon.span_patterns())
    return nlp


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


def parse_lines(texts: Iterable[str]) -> Iterator[LineParse]:
    """Tokenize and match many lines at once."""
    nlp = pipeline()
    lines = list(texts)
    for text, doc in zip(lines, nlp.pipe(lines), strict=True):
        hits = sorted(
            (
                Hit(span.label_, span.id_, span.start_char, span.end_char, span.start, span.end)
                for span in doc.spans[_SPANS_KEY]
            ),
            key=lambda h: (h.start, -h.end, h.label, h.id),
        )
        by_label: dict[str, list[Hit]] = {}
        for hit in hits:
            if hit.label not in _DATE_LABELS:
                by_label.setdefault(hit.label, []).append(hit)
        yield LineParse(
            text=text,
            doc=doc,
            dates=tuple(hit for hit in hits if hit.label in _DATE_LABELS),
            by_label=by_label,
            words=tuple(t.text for t in doc),
            offsets=tuple(t.idx for t in doc),
        )
