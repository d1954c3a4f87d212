"""The documents a plan rests on: `Căn cứ ...` / `Thực hiện ...` sentences before the body.

A sentence may cite several documents, separated by `;` or listed with `,` / `và`. A document
named inside another one's description (`Kế hoạch số 251/KH-UBND ... về việc triển khai Quyết
định số 2282/QĐ-TTg ...`) is part of that description, not a basis of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from plan_extract.models import BasisDocument
from plan_extract.structure.dates import find_date
from plan_extract.structure.names import expand_abbreviations
from plan_extract.structure.terms import header_terms

_NUMBER = re.compile(
    # `số 12/KH-UBND`, `12/KH-UBND`; after the kind also `hành động số`, `phối hợp số`, `: số`
    r"(?:(?:[a-zà-ỹđ]+\s+){0,3}?:?\s*số\s*)?(?P<number>\d[\d.]*(?:\s?-\s?[A-Za-zĐđ]+)?"
    r"(?:\s?/\s?[0-9A-Za-zĐđ]+(?:\s?-\s?[0-9A-Za-zĐđ]+)*)+)",
)
_BARE_NUMBER = re.compile(r"(?<!\w)số\s*\d[\d.]*(?:\s?-\s?[A-Za-zĐđ]+)?\s?/")
_MAX_LEAD = 16  # `Các Công điện: số ...`: a citation starts a clause, after a few words at most
_ISSUER = re.compile(r"\bcủa\s+(?P<issuer>.+)")
_ISSUER_END = re.compile(
    r"\s(?:về|ban hành|phê duyệt|sửa đổi|quy định|hướng dẫn|thực hiện)\b|[,;(“\"]", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class _Citation:
    kind: str
    start: int  # where the kind word starts
    number: re.Match[str] | None


@cache
def _kind_pattern() -> re.Pattern[str]:
    words = sorted(header_terms().basis_kinds, key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w)(?P<kind>{alternatives})(?!\w)", re.IGNORECASE)


@cache
def _lead_pattern() -> re.Pattern[str]:
    leads = "|".join(re.escape(lead) for lead in header_terms().basis_leads)
    return re.compile(rf"^(?:{leads})\b\s*", re.IGNORECASE)


def is_basis_sentence(text: str) -> bool:
    return _lead_pattern().match(text) is not None


def read_basis(text: str) -> list[BasisDocument]:
    """The documents cited in one basis paragraph."""
    documents: list[BasisDocument] = []
    kind: str | None = None  # `Các Công điện: số 7/CĐ-UBND ...; số 10/CĐ-UBND ...`: kind carries on
    for clause in _clauses(text):
        clause = clause.strip()
        while _lead_pattern().match(clause):
            clause = _lead_pattern().sub("", clause, count=1)
        citations = _citations(clause, kind)
        if citations:
            kind = citations[-1].kind
        documents.extend(_clause_documents(clause, citations))
    return documents


def _clauses(text: str) -> list[str]:
    """Split at `;` and at sentence ends (a full stop after a word, then a capital)."""
    clauses: list[str] = []
    for part in text.split(";"):
        start = 0
        for stop in re.finditer(r"(?<=\w{3})\.\s+(?=\w)", part):
            if part[stop.end()].isupper():
                clauses.append(part[start : stop.start()])
                start = stop.end()
        clauses.append(part[start:])
    return clauses


def _clause_documents(clause: str, citations: list[_Citation]) -> list[BasisDocument]:
    kept: list[_Citation] = []
    for citation in citations:
        if kept:
            previous = kept[-1]
            between = clause[_end(previous) : citation.start].casefold()
            if citation.number is None or _describes(between):
                continue
        elif citation.start > _MAX_LEAD:
            break  # the clause does not cite a document: it names one in passing
        kept.append(citation)
    documents = []
    for index, citation in enumerate(kept):
        end = kept[index + 1].start if index + 1 < len(kept) else len(clause)
        documents.append(_document(clause, citation, end))
    return documents


def _citations(clause: str, kind: str | None) -> list[_Citation]:
    """Kind words with their numbers, and bare `số ...` numbers of the last kind named."""
    kinds = header_terms().basis_kinds
    found: list[_Citation] = []
    for match in _kind_pattern().finditer(clause):
        offset = match.end() + len(clause[match.end() :]) - len(clause[match.end() :].lstrip())
        number = _NUMBER.match(clause, offset)
        found.append(_Citation(kinds[match.group("kind").casefold()], match.start(), number))
    taken = [(c.start, _end(c)) for c in found]
    for bare in _BARE_NUMBER.finditer(clause):
        if any(start <= bare.start() < end for start, end in taken):
            continue
        before = [c for c in found if c.start < bare.start()]
        bare_kind = before[-1].kind if before else kind
        if bare_kind is not None:
            found.append(_Citation(bare_kind, bare.start(), _NUMBER.match(clause, bare.start())))
    return sorted(found, key=lambda citation: citation.start)


def _end(citation: _Citation) -> int:
    return citation.number.end() if citation.number else citation.start


def _describes(between: str) -> bool:
    if between.count("(") > between.count(")"):
        return True  # cited inside a parenthesis of the previous document's description
    return any(
        re.search(rf"(?<!\w){re.escape(word)}(?!\w)", between)
        for word in header_terms().description_words
    )


def _document(clause: str, citation: _Citation, end: int) -> BasisDocument:
    text = clause[citation.start : end].strip().rstrip(",;. ")
    text = re.sub(r"\s+và$", "", text)
    tail = clause[_end(citation) : end]
    number = re.sub(r"\s+", "", citation.number.group("number")) if citation.number else None
    head = _ISSUER_END.split(tail, maxsplit=1)[0] if tail else ""
    date = find_date(head) or find_date(tail[:40])
    issuer_match = _ISSUER.search(tail)
    issuer = None
    if issuer_match:
        issuer_text = _ISSUER_END.split(issuer_match.group("issuer"), maxsplit=1)[0]
        issuer_text = _kind_pattern().split(issuer_text, maxsplit=1)[0]
        issuer_text = re.sub(r"\s+(ngày\s.*|và)$", "", issuer_text.strip()).strip(" .")
        issuer = expand_abbreviations(issuer_text) or None
    return BasisDocument(text=text, kind=citation.kind, number=number, date=date, issuer=issuer)
