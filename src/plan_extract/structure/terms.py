"""The words the structure stage reads, loaded from packaged data and validated."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from plan_extract.core.contract import DocumentKind, SectionKind
from plan_extract.core.knowledge import load_yaml
from plan_extract.core.text import unmarked


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DocumentKindTerm(_Data):
    kind: DocumentKind
    name: str
    symbol: str


class HeaderTerms(_Data):
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


class SectionKindRule(_Data):
    kind: SectionKind
    keywords: list[str]


class SectionKinds(_Data):
    rules: list[SectionKindRule]
    default: SectionKind
    examples: dict[str, SectionKind]
    function_words: frozenset[str]


@cache
def header_terms() -> HeaderTerms:
    return load_yaml("header_terms.yaml", HeaderTerms)


@cache
def section_kinds() -> SectionKinds:
    return load_yaml("section_kinds.yaml", SectionKinds)


def kind_of_heading(title: str) -> SectionKind:
    """A top-level section's kind from its heading's meaning; when no keyword occurs as spelled,
    they are compared without tone marks (an OCR'd `TỐ CHỨC THỰC HIỆN`)."""
    data = section_kinds()
    for fold in (str.casefold, unmarked):
        folded = fold(title)
        for rule in data.rules:
            if any(fold(keyword) in folded for keyword in rule.keywords):
                return rule.kind
    return data.default
