"""The spaCy side: a blank Vietnamese pipeline and the matchers built from the rule files.

Tokens are syllables (Vietnamese writes one syllable per space-separated word) plus numbers and
punctuation. Matching multi-syllable phrases on syllables is exact and does not depend on how a
word segmenter happens to group syllables in a given context; underthesea's word segmentation is
used where words matter, on the indicator phrases (`resolve.indicators_match.words`). Every
pattern the matchers know, with its label and id, comes from `data/extract/*.yaml`.
"""

from __future__ import annotations

import gc
import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, chain
from typing import TYPE_CHECKING, Any

from plan_extract.extract import lexicon
from plan_extract.extract.date_anchors import DateAnchors, anchored_lines, date_anchors
from plan_extract.extract.date_windows import (
    DateReach,
    LineNeeds,
    date_reach,
    line_needs,
    whole_lines,
    windowed,
    windows,
)
from plan_extract.extract.lean_imports import load_spacy
from plan_extract.extract.lexicon import Label
from plan_extract.extract.line_columns import LineColumns
from plan_extract.extract.line_tokens import LineTokens
from plan_extract.normalize.vocabulary import alternatives

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[^\w\s]")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")  # what lies between tokens, and the tokens


def syllables(text: str) -> tuple[list[str], list[bool]]:
    """Normalized text split into syllables, numbers (`1,4`, `100.000` stay whole) and symbols,
    each with whether a space follows it (spaCy's words and spaces). One split gives the
    tokens at odd places and what follows each at the even places after them (a Python step
    per token cost more than the tokenizing)."""
    parts = _TOKEN_SPLIT.split(text)
    return parts[1::2], list(map(bool, parts[2::2]))


class SyllableTokenizer:
    """spaCy's tokenizer for `syllables`."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from spacy.tokens import Doc

        words, spaces = syllables(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def to_bytes(self, **_: Any) -> bytes:  # spaCy's serialization hooks: nothing to keep
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> SyllableTokenizer:
        return self


@dataclass(slots=True, unsafe_hash=True)
class Hit:
    """One pattern matched in a line: its label and id (as the data file gives them) and its
    character and token span. Never changed once made, but not `frozen`: a plan's lines hold
    tens of thousands of hits, and a frozen dataclass is made seven times slower (its fields
    set through `object.__setattr__`); hashed by its fields as a frozen one is."""

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
    # every token pattern is a date's (see `may_hold_date`): those of bounded length, grouped
    # by their anchor, each group's matcher reading the tokens within its anchor's reach
    # (`date_reach`), the others whole lines, those holding what they need (`line_needs`)
    near_dates: tuple[tuple[DateReach, Matcher], ...]
    line_dates: tuple[LineNeeds, Matcher] | None
    date_attributes: tuple[str, ...]  # the token attributes these and the anchors read
    roles: dict[int, tuple[Label, str]]  # match key → (label, id)
    date_anchors: DateAnchors  # what a line needs for the date matchers to read it


@cache
def matchers() -> Matchers:
    """Build the pipeline and its matchers once per process."""
    spacy = load_spacy()
    from spacy.matcher import PhraseMatcher

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
    whole: dict[str, list[list[dict[str, Any]]]] = {}
    near: dict[tuple[str, tuple[str, ...]], dict[str, list[list[dict[str, Any]]]]] = {}
    for key, patterns in tokens.items():
        for elements in patterns:
            anchor = windowed(elements)
            group = whole if anchor is None else near.setdefault((anchor[1], tuple(anchor[2])), {})
            group.setdefault(key, []).append(elements)
    strings = nlp.vocab.strings
    anchors = date_anchors(
        (pattern for patterns in tokens.values() for pattern in patterns), strings
    )
    near_dates = tuple(
        (
            date_reach((p for patterns in group.values() for p in patterns), strings),
            _matcher(nlp, group),
        )
        for _, group in sorted(near.items())
    )
    line_dates = None  # spaCy's Matcher refuses a call without any pattern
    if whole:
        needs = line_needs((p for patterns in whole.values() for p in patterns), strings)
        line_dates = needs, _matcher(nlp, whole)
    attributes = {a for reach, _ in near_dates for a in reach.attributes}
    if line_dates is not None:
        attributes |= line_dates[0].attributes
    attributes |= {name for name, _ in anchors.accepted}
    built = Matchers(
        nlp, phrase_matcher, near_dates, line_dates, tuple(sorted(attributes)), roles, anchors
    )
    # spaCy, the vocabulary and the matchers live as long as the process: out of the garbage
    # collector's generations, its full collections (a few in each plan's parse) no longer walk
    # them again (the parse's own objects are still collected; store/warm.py does the same)
    gc.freeze()
    return built


def _matcher(nlp: Language, patterns: dict[str, list[list[dict[str, Any]]]]) -> Matcher:
    """A token Matcher of `patterns` by match key."""
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab, validate=True)
    for key, key_patterns in patterns.items():
        matcher.add(key, key_patterns)
    return matcher


# A phrase found in a batch of lines before it is made a `Hit`: its match key and token span in
# the batch's Doc (the matcher's own tuple, kept as it is: most are never made hits).
Found = tuple[int, int, int]


class LineParse:
    """One line's tokens and every phrase and date found in it. `doc` reads its tokens as a
    spaCy Doc would (`LineTokens`), made when a rule first asks for it; the matchers run on one
    Doc of the whole batch (the line's tokens start at its token `first`). A label's hits are
    made when a rule first asks for them (`of`): the rules read about a quarter of the phrases
    found. Its dates are its batch's (`_BatchDates`), found when a rule first reads them."""

    def __init__(
        self,
        text: str,
        spaces: list[bool],
        dates: tuple[_BatchDates, int],
        found: dict[Label, list[Found]],
        first: int,
        words: tuple[str, ...],
        offsets: tuple[int, ...],
    ) -> None:
        self.text = text  # the normalized line
        self.words = words  # token texts
        self.offsets = offsets  # token start offsets, as spaCy counts them
        self._spaces = spaces
        self._dates = dates  # its batch's dates, and its place in the batch
        self._found = found
        self._first = first
        self._hits: dict[Label, list[Hit]] = {}
        self._doc: LineTokens | None = None

    @property
    def dates(self) -> tuple[Hit, ...]:
        """The dates found in the line (DAY, MONTH, ... hits), by start, longest first."""
        batch_dates, index = self._dates
        return batch_dates.of_line(index)

    @property
    def doc(self) -> LineTokens:
        if self._doc is None:
            self._doc = LineTokens(self.words, self._spaces, self.offsets)
        return self._doc

    def of(self, label: lexicon.PhraseLabel) -> list[Hit]:
        """The hits of `label`, by start, longest first (those made before read without a
        second call: rules ask it of a line tens of times)."""
        hits = self._hits.get(label)
        if hits is not None:
            return hits
        if label not in self._found:
            return []  # most labels asked of a line (a new list each time, as `_of` gives)
        return self._of(label)

    def holds(self, labels: frozenset[lexicon.PhraseLabel]) -> bool:
        """Whether a phrase of some of `labels` was found in the line (no hit made: a test a
        rule passes lines by with, where none of them can be read)."""
        return not self._found.keys().isdisjoint(labels)

    def _of(self, label: Label) -> list[Hit]:
        hits = self._hits.get(label)
        if hits is None:
            if label not in self._found:
                return []  # a new list each time, as before hits were made when asked
            hits = _sorted_hits(self._found[label], self._first, self.words, self.offsets)
            if label == "UNIT" and "LISTED_VILLAGE" in self._found:
                hits = _with_listed_villages(hits, self._of("LISTED_VILLAGE"), self.words)
            self._hits[label] = hits
        return hits

    @property
    def by_label(self) -> dict[Label, list[Hit]]:
        """Every label's hits, the labels in the order of their first hit."""
        hits = {label: self._of(label) for label in self._found}
        return dict(sorted(hits.items(), key=lambda item: _hit_order(item[1][0])))


def _line_hits(
    m: Matchers,
    found: list[tuple[int, int, int]],
    starts: list[int],
    lines: list[tuple[list[str], tuple[int, ...]]],
) -> list[list[Hit]]:
    """The matches found in one Doc of many lines' tokens, as hits of the line they lie within
    (`_line_found`), each line's sorted by start, longest first."""
    by_line = _line_found(m, found, starts, lines)
    return [
        _sorted_hits(chain.from_iterable(by_label.values()), first, words, offsets)
        for by_label, first, (words, offsets) in zip(by_line, starts, lines, strict=True)
    ]


def _sorted_hits(
    found: Iterable[Found], first: int, words: Sequence[str], offsets: Sequence[int]
) -> list[Hit]:
    """Hits of the matches of a line whose tokens start at the batch's token `first`, by start,
    longest first."""
    roles = matchers().roles
    hits = []
    for key, start, end in found:
        first_token, last_token = start - first, end - first
        last_end = offsets[last_token - 1] + len(words[last_token - 1])
        label, id_ = roles[key]  # passed by place: a call unpacking `*roles[key]` is slower
        hits.append(Hit(label, id_, offsets[first_token], last_end, first_token, last_token))
    if len(hits) > 1:
        hits.sort(key=_hit_order)
    return hits


def _line_found(
    m: Matchers,
    found: list[tuple[int, int, int]],
    starts: list[int],
    lines: list[tuple[list[str], tuple[int, ...]]],
) -> list[dict[Label, list[Found]]]:
    """Each match found in one Doc of many lines' tokens that lies within a line (line i's
    tokens start at `starts[i]`; `lines` gives each line's words and offsets), by line and
    label, as the matcher gave it. A match across two lines is none: lines are matched apart.
    The matchers give their matches by start, so the line is looked up only when a match
    starts past the one before's (any order gives the same answer)."""
    roles = m.roles
    per_line: list[dict[Label, list[Found]]] = [{} for _ in starts]
    nexts = [*starts[1:], sys.maxsize]  # where the line after each starts
    first, after, limit = 0, 0, 0  # the line's first token, the next line's, its end
    in_line: dict[Label, list[Found]] = {}
    for match in found:
        _, start, end = match
        if not first <= start < after:
            index = bisect_right(starts, start) - 1
            first, after = starts[index], nexts[index]
            limit = first + len(lines[index][0])
            in_line = per_line[index]
        if end > limit:
            continue
        label = roles[match[0]][0]
        spans = in_line.get(label)
        if spans is None:
            in_line[label] = [match]
        else:
            spans.append(match)
    return per_line


def _with_listed_villages(units: list[Hit], listed: list[Hit], words: Sequence[str]) -> list[Hit]:
    """`units` and the villages a list of villages names by a bare word that is also a common
    word (units.yaml `listed`: `Các thôn, buôn`, `các thôn, tổ dân phố, bản`): a plural of
    villages opens the list (`Các thôn`: a village's name opening with a plural article), each
    next kind joined to the one before by a mark or a conjunction and ending its piece (the
    line's end, a mark, a conjunction, a level or place word: not `buôn bán`, `bản đồ`)."""
    lexicon_ = lexicon.UNIT_LEXICON.load()
    lists = lexicon_.lists
    villages = lexicon_.villages
    joiners = lists.conjunction_words | frozenset(lists.marks)
    closers = joiners | lists.tails | frozenset(lists.heading_marks) | {":", "."}
    by_start = {h.first_token: h for h in units if h.id in villages}
    bare = {h.first_token: h for h in listed}
    found: list[Hit] = []
    for opener in units:
        if opener.id not in villages or lexicon.fold(words[opener.first_token]) not in (
            lists.article_words
        ):
            continue
        at = opener.last_token
        while at + 1 < len(words) and lexicon.fold(words[at]) in joiners:
            word = bare.get(at + 1)
            after = word.last_token if word is not None else at + 1
            if word is not None and (after == len(words) or lexicon.fold(words[after]) in closers):
                found.append(Hit("UNIT", word.id, word.start, word.end, at + 1, after))
                at = after
            elif (village := by_start.get(at + 1)) is not None:
                at = village.last_token
            else:
                break
    if not found:
        return units
    return sorted({*units, *found}, key=_hit_order)


def _hit_order(hit: Hit) -> tuple[int, int, str, str]:
    return hit.start, -hit.end, hit.label, hit.id


def _offsets(words: list[str], spaces: list[bool]) -> tuple[int, ...]:
    """Each token's start as spaCy's `Token.idx` counts it (a token's text and one space)."""
    steps = map(int.__add__, map(len, words), map(int, spaces))
    return tuple(accumulate(steps, initial=0))[:-1]


def _batch(m: Matchers, tokens: list[tuple[list[str], list[bool]]]) -> tuple[Doc, list[int]]:
    """One Doc of the tokens of many lines, and where each line's tokens start in it."""
    from spacy.tokens import Doc

    starts: list[int] = []
    all_words: list[str] = []
    all_spaces: list[bool] = []
    for words, spaces in tokens:
        starts.append(len(all_words))
        all_words += words
        all_spaces += spaces
    return Doc(m.nlp.vocab, words=all_words, spaces=all_spaces), starts


# The lines parsed so far in the document being extracted (`one_document`), by text.
_PARSED: ContextVar[dict[str, LineParse] | None] = ContextVar("parsed_lines", default=None)


@contextmanager
def one_document() -> Iterator[None]:
    """Within it, `parse_lines` parses each distinct line text once: the extractors ask for the
    same lines several times (the body, then its table rows once per kind of column, the
    units' closing and addressees), and a line's parse depends on its text alone. Scoped to
    one document so that what is kept stays bounded and no plan's reading leaks into
    another's."""
    reset = _PARSED.set({})
    try:
        yield
    finally:
        _PARSED.reset(reset)


def parse_lines(texts: Iterable[str]) -> Iterator[LineParse]:
    """Tokenize and match many lines at once: the matchers run once over one Doc of all the
    lines' tokens, and each line keeps the matches that lie within it. Within `one_document`,
    a text parsed before is not parsed again (the same `LineParse` is given: rules only read
    it)."""
    lines = list(texts)
    parsed = _PARSED.get()
    if parsed is None:
        yield from _parse_batch(lines)
        return
    new = [text for text in dict.fromkeys(lines) if text not in parsed]
    if new:  # a batch of no line would still cost its Doc, its matchers and its arrays
        parsed.update(zip(new, _parse_batch(new), strict=True))
    for text in lines:
        yield parsed[text]


def _parse_batch(lines: list[str]) -> Iterator[LineParse]:
    m = matchers()  # first: it imports spaCy without its command line (`load_spacy`)
    tokens = [syllables(text) for text in lines]
    read = [(words, _offsets(words, spaces)) for words, spaces in tokens]
    batch, starts = _batch(m, tokens)
    phrases = _line_found(m, m.phrases(batch), starts, read)
    dates = _BatchDates((m, lines, batch, starts, tokens, read))
    for index, text in enumerate(lines):
        words, offsets = read[index]
        yield LineParse(
            text,
            tokens[index][1],
            (dates, index),
            phrases[index],
            starts[index],
            tuple(words),
            offsets,
        )


# What the dates of a batch's lines are found from (`_batch_dates`): the matchers, the lines,
# the Doc of their tokens and where each line starts in it, their tokens and spaces, their
# words and offsets.
_DateInputs = tuple[
    Matchers,
    list[str],
    "Doc",
    list[int],
    list[tuple[list[str], list[bool]]],
    list[tuple[list[str], tuple[int, ...]]],
]


class _BatchDates:
    """The dates of a batch's lines, found for all of them when a rule first reads one line's
    (`LineParse.dates`): the unit rules parse small batches of their own (an item's parts, a
    heading's clauses) and never read their dates, whose matchers cost about half of such a
    parse. Found from what the batch's phrases were (`_DateInputs`), they are the same."""

    def __init__(self, inputs: _DateInputs) -> None:
        self._inputs: _DateInputs | None = inputs
        self._by_line: dict[int, tuple[Hit, ...]] = {}

    def of_line(self, index: int) -> tuple[Hit, ...]:
        """The dates of the batch's line `index`."""
        if self._inputs is not None:
            self._by_line = _batch_dates(*self._inputs)
            self._inputs = None  # the batch's Doc and tokens are not kept past this
        return self._by_line.get(index, ())


def _batch_dates(
    m: Matchers,
    lines: list[str],
    batch: Doc,
    starts: list[int],
    tokens: list[tuple[list[str], list[bool]]],
    read: list[tuple[list[str], tuple[int, ...]]],
) -> dict[int, tuple[Hit, ...]]:
    """The date hits of a batch's lines that hold any, by line (`_dates` of the lines that may
    hold a date, `may_hold_date`, and hold a date anchor, `anchored_lines`)."""
    columns = LineColumns.read(batch, starts, m.date_attributes)
    anchored = anchored_lines(m.date_anchors, columns)
    chosen = [anchored[i] and may_hold_date(text) for i, text in enumerate(lines)]
    found = _dates(m, (batch, starts, columns), chosen, tokens, read)
    return {index: tuple(hits) for index, hits in found.items()}


@cache
def _date_cue() -> re.Pattern[str]:
    words = lexicon.DATES.load().digitless_words
    return re.compile(rf"\d|(?<!\w)(?:{alternatives(words)})(?!\w)", re.IGNORECASE)


def may_hold_date(text: str) -> bool:
    """Whether `text` may hold a date: a figure, or a word a date is written with and no figure
    (`Quý II`). The date matcher skips the other lines, most of a plan."""
    return _date_cue().search(text) is not None


def _dates(
    m: Matchers,
    every: tuple[Doc, list[int], LineColumns],
    chosen: list[bool],
    tokens: list[tuple[list[str], list[bool]]],
    read: list[tuple[list[str], tuple[int, ...]]],
) -> dict[int, list[Hit]]:
    """The date hits of the `chosen` lines (those that may hold a date), by line; `every` is
    the Doc of all the batch's lines, where each line's tokens start, and their columns. The
    bounded patterns' matchers read the windows of the chosen lines' tokens within reach of an
    anchor (`date_windows`), each anchor's patterns within its own reach only (a window around
    `tháng` is not tried with the patterns anchored on `quý`), the others the chosen lines
    holding what they need (`whole_lines`), read in the batch's Doc. Matches are counted as in
    a Doc of the chosen lines alone (their columns, `LineColumns.of_lines`: no second Doc is
    made of them), and a match two find is one."""
    indices = [index for index, wanted in enumerate(chosen) if wanted]
    if not indices:
        return {}
    batch, batch_starts, every_columns = every
    lines = [tokens[index] for index in indices]
    columns = every_columns.of_lines(chosen)
    starts: list[int] = columns.bounds[:-1].tolist()
    groups = [
        (matcher, ranges) for reach, matcher in m.near_dates if (ranges := windows(reach, columns))
    ]
    found = _window_matches(m, groups, lines, starts)
    if m.line_dates is not None:
        needs, matcher = m.line_dates
        for first, end in whole_lines(needs, columns):
            at = batch_starts[indices[bisect_right(starts, first) - 1]]  # the line's, in `batch`
            found += (
                (key, start + first, stop + first)
                for key, start, stop in matcher(batch[at : at + end - first])
            )
    in_lines = _line_hits(m, list(dict.fromkeys(found)), starts, [read[index] for index in indices])
    return dict(zip(indices, in_lines, strict=True))


def _window_matches(
    m: Matchers,
    groups: list[tuple[Matcher, list[tuple[int, int]]]],
    lines: list[tuple[list[str], list[bool]]],
    line_starts: list[int],
) -> list[tuple[int, int, int]]:
    """The matches of each matcher within its token ranges [first, end) of the Doc of `lines`
    (each within a line; line i's tokens start at `line_starts[i]`), as (key, start, end) in
    that Doc. The ranges' tokens, every group's, are one Doc of their own (one tokenization per
    batch); each matcher reads the part of its own ranges (a Span), each range apart."""
    if not groups:
        return []
    ranges = [span for _, group_ranges in groups for span in group_ranges]
    pieces = []
    for first, end in ranges:
        line = bisect_right(line_starts, first) - 1
        words, spaces = lines[line]
        at = line_starts[line]
        pieces.append((words[first - at : end - at], spaces[first - at : end - at]))
    batch, starts = _batch(m, pieces)
    ends = [*starts[1:], len(batch)]
    found = []
    piece = 0  # the group's first range
    for matcher, group_ranges in groups:
        part = batch[starts[piece] : ends[piece + len(group_ranges) - 1]]
        for key, start, end in matcher(part):  # a Span's matches count from its start
            start, end = start + part.start, end + part.start
            at = bisect_right(starts, start) - 1
            if end <= ends[at]:  # none across two ranges
                offset = ranges[at][0] - starts[at]
                found.append((key, start + offset, end + offset))
        piece += len(group_ranges)
    return found
