"""The words the structure stage reads, loaded from packaged data and validated."""

from __future__ import annotations

from plan_extract.core.contract import DocumentKind, SectionKind
from plan_extract.core.knowledge import Knowledge, data_file
from plan_extract.core.text import unmarked


class DocumentKindTerm(Knowledge):
    kind: DocumentKind
    name: str
    symbol: str


class HeaderTerms(Knowledge):
    document_kinds: list[DocumentKindTerm]
    basis_kinds: dict[str, str]
    basis_leads: list[str]
    description_words: list[str]
    abbreviations: dict[str, str]
    unit_types: list[str]
    commune_types: list[str]
    province_types: list[str]
    issuing_bodies: list[str]
    parent_bodies: list[str]
    issuing_verbs: list[str]
    signer_prefixes: list[str]
    positions: list[str]
    position_spelling: dict[str, str]


class SectionKindRule(Knowledge):
    kind: SectionKind
    keywords: list[str]


class SectionKinds(Knowledge):
    rules: list[SectionKindRule]
    default: SectionKind
    examples: dict[str, SectionKind]
    function_words: frozenset[str]


HEADER_TERMS = data_file("header_terms.yaml", HeaderTerms)
SECTION_KINDS = data_file("section_kinds.yaml", SectionKinds)


def kind_of_heading(title: str) -> SectionKind:
    """A top-level section's kind from its heading's meaning; when no keyword occurs as spelled,
    they are compared without tone marks (an OCR'd `TỐ CHỨC THỰC HIỆN`)."""
    data = SECTION_KINDS.load()
    for fold in (str.casefold, unmarked):
        folded = fold(title)
        for rule in data.rules:
            if any(fold(keyword) in folded for keyword in rule.keywords):
                return rule.kind
    return data.default
