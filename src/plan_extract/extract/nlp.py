"""The spaCy side: a blank Vietnamese pipeline and the phrase matchers built from the rule files.

Tokens are syllables (Vietnamese writes one syllable per space-separated word) plus numbers and
punctuation. Matching multi-syllable phrases on syllables is exact and does not depend on how a
word segmenter happens to group syllables in a given context; underthesea's word segmentation is
used where words matter, on the indicator phrases (`extract.words`). Every phrase the matchers
know comes from `data/extract/*.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from plan_extract.core.text import respell
from plan_extract.extract import lexicon
from plan_extract.extract.lean_imports import load_spacy

if TYPE_CHECKING:
    from spacy.language import Language
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
    """One phrase matched in a line: its label (`KIND:value`) and character span."""

    label: str
    start: int
    end: int
    first_token: int
    last_token: int  # exclusive
    kind: str
    value: str


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


def _phrase_sets() -> dict[str, list[str]]:
    """Every phrase of every rule file, under its match label."""
    sets: dict[str, list[str]] = {}

    def add(label: str, phrases: Iterable[str]) -> None:
        sets.setdefault(label, []).extend(phrases)

    comparators = lexicon.COMPARATORS.load()
    for group in comparators.before:
        add(f"CMP_BEFORE:{group.comparator}", group.phrases)
    for group in comparators.after:
        add(f"CMP_AFTER:{group.comparator}", group.phrases)
    add("DECREASE:", comparators.decrease_words)
    add("ZERO:", comparators.zero_phrases)
    add("IND_HEAD:", comparators.indicator_heads)
    roles = lexicon.ROLES.load()
    add("LEAD_LABEL:", roles.lead_labels)
    add("COOP_LABEL:", roles.cooperate_labels)
    add("LEAD_WORD:", roles.lead_words)
    add("COOP_WORD:", roles.cooperate_words)
    add("REQUEST:", roles.request_words)
    add("ORG_HEAD:", roles.org_heads)
    add("NAMED_ORG:", roles.named_org_heads)
    add("GENERIC:", roles.generic_collectives)
    for freq in lexicon.FREQUENCIES.load().frequencies:
        add(f"FREQ:{freq.frequency}", freq.phrases)
    units = lexicon.TARGET_UNITS.load()
    for unit in units.units:
        add(f"TUNIT:{unit.unit}", unit.phrases)
    add("TUNIT:count", units.count_nouns)
    filters = lexicon.TARGET_FILTERS.load()
    add("VETO_BEFORE:", filters.not_target_before)
    add("BASELINE:", filters.baseline_before)
    add("CUE:", filters.target_cues)
    add("VETO_AFTER:", filters.not_target_after)
    deadlines = lexicon.DEADLINE_PHRASES.load()
    add("DL_TRIGGER:", deadlines.triggers)
    add("DL_FROM:", deadlines.range_from)
    add("DL_TO:", deadlines.range_to)
    add("DL_LABEL:", deadlines.schedule_labels)
    for source in lexicon.FUNDING_SOURCES.load().sources:
        add(f"FUND:{source.source}", source.phrases)
    for domain in lexicon.DOMAINS.load().domains:
        add(f"DOMAIN_HEAD:{domain.domain}", domain.heading)
        add(f"DOMAIN_WORD:{domain.domain}", domain.words)
    for unit_entry in lexicon.UNIT_LEXICON.load().units:
        add(f"UNIT:{unit_entry.name}", unit_entry.aliases)
    return sets


@dataclass(frozen=True)
class Matchers:
    nlp: Language
    phrases: Any  # spacy.matcher.PhraseMatcher
    dates: Any  # spacy.matcher.Matcher


def _date_patterns() -> dict[str, list[list[dict[str, Any]]]]:
    """Token shapes of dates; the words (`ngày`, `tháng`, `năm`, `quý`) are the genre's."""
    num = {"IS_DIGIT": True, "LENGTH": {"<=": 2}}
    year = {"SHAPE": "dddd"}
    slash = {"ORTH": {"IN": ["/", "-", "."]}}
    quarter = {"ORTH": {"IN": ["I", "II", "III", "IV", "1", "2", "3", "4"]}}
    return {
        "DMY": [[num, slash, num, slash, year]],
        "DM": [[num, {"ORTH": "/"}, num]],
        "WORDY": [
            [{"LOWER": "ngày"}, num, {"LOWER": "tháng"}, num, {"LOWER": "năm"}, year],
            [{"LOWER": "ngày"}, num, {"LOWER": "tháng"}, num],
        ],
        "MY": [
            [{"LOWER": "tháng"}, num, {"ORTH": "/"}, year],
            [{"LOWER": "tháng"}, num, {"LOWER": "năm"}, year],
        ],
        "QUARTER": [
            [
                {"LOWER": "quý"},
                {"TEXT": {"REGEX": r"^(I{1,3}|IV|[1-4])$"}},
                {"ORTH": {"IN": ["/", "-"]}},
                year,
            ],
            [{"LOWER": "quý"}, quarter, {"LOWER": "năm"}, year],
        ],
        "YEAR": [[{"LOWER": "năm"}, year]],
        "DAYRANGE": [
            [
                {"LOWER": "từ"},
                {"LOWER": "ngày"},
                num,
                {"LOWER": "đến"},
                {"LOWER": "ngày"},
                num,
                {"LOWER": "tháng"},
                num,
                {"LOWER": "năm"},
                year,
            ]
        ],
        "MONTHLY_DAY": [
            [{"LOWER": "ngày"}, num, {"LOWER": {"IN": ["hằng", "hàng", "mỗi"]}}, {"LOWER": "tháng"}]
        ],
    }


@cache
def matchers() -> Matchers:
    """Build the pipeline and its matchers once per process."""
    spacy = load_spacy()
    from spacy.matcher import Matcher, PhraseMatcher

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.tokenizer = SyllableTokenizer(nlp.vocab)
    phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, phrases in _phrase_sets().items():
        phrase_matcher.add(label, [nlp.make_doc(respell(p)) for p in phrases])
    date_matcher = Matcher(nlp.vocab)
    for label, patterns in _date_patterns().items():
        date_matcher.add(label, patterns)
    return Matchers(nlp=nlp, phrases=phrase_matcher, dates=date_matcher)


@dataclass(frozen=True)
class LineParse:
    """One line's tokens and every phrase and date found in it."""

    text: str  # the normalized line
    doc: Doc
    hits: tuple[Hit, ...]
    dates: tuple[Hit, ...]
    by_kind: dict[str, list[Hit]]
    words: tuple[str, ...]  # token texts, read once (cheaper than walking the Doc again)
    offsets: tuple[int, ...]  # token start offsets

    def of(self, kind: str) -> list[Hit]:
        return self.by_kind.get(kind, [])


def _hits(
    words: tuple[str, ...],
    offsets: tuple[int, ...],
    matches: Iterable[tuple[int, int, int]],
    vocab: Any,
) -> tuple[Hit, ...]:
    found = []
    for match_id, start, end in matches:
        label = vocab.strings[match_id]
        kind, _, value = label.partition(":")
        stop = offsets[end - 1] + len(words[end - 1])
        found.append(Hit(label, offsets[start], stop, start, end, kind, value))
    return tuple(sorted(found, key=lambda h: (h.start, -h.end, h.label)))


def parse_lines(texts: Iterable[str]) -> Iterator[LineParse]:
    """Tokenize and match many lines at once."""
    m = matchers()
    lines = list(texts)
    for text, doc in zip(lines, m.nlp.pipe(lines), strict=True):
        words = tuple(t.text for t in doc)
        offsets = tuple(t.idx for t in doc)
        hits = _hits(words, offsets, m.phrases(doc), m.nlp.vocab)
        by_kind: dict[str, list[Hit]] = {}
        for hit in hits:
            by_kind.setdefault(hit.kind, []).append(hit)
        yield LineParse(
            text=text,
            doc=doc,
            hits=hits,
            dates=_hits(words, offsets, m.dates(doc), m.nlp.vocab) if _DIGIT.search(text) else (),
            by_kind=by_kind,
            words=words,
            offsets=offsets,
        )
