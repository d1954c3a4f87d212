"""The words of the header and the closing the structure stage reads (data/header_terms.yaml),
validated when loaded. Their examples are small plans read whole by the stage (see
`structure.check_header_examples`)."""

from __future__ import annotations

from typing import Any, get_args

from pydantic import model_validator

from plan_extract.core.contract import CommuneType, DocumentKind
from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.normalize.place_levels import place_levels
from plan_extract.normalize.vocabulary import one_role_each, spelled_as_normalized


class DocumentKindTerm(Knowledge):
    kind: DocumentKind
    name: str
    symbol: str


class HeaderExample(Example):
    """A plan's header and closing, and the `document` fields they must give (as dumped to
    JSON; a dict or the items of a list give only the keys they check)."""

    document: dict[str, Any]

    @property
    def negative(self) -> bool:
        return not any(value not in (None, [], "unknown") for value in self.document.values())


class HeaderTerms(Knowledge):
    document_kinds: list[DocumentKindTerm]
    kind_qualifiers: list[str]
    number_words: list[str]
    motto: list[str]
    basis_kinds: dict[str, str]
    basis_leads: list[str]
    basis_headings: list[str]
    plural_words: list[str]
    period_openers: list[str]
    period_labels: list[str]
    description_words: list[str]
    topic_forms: list[str]
    amending_words: list[str]
    named_kinds: list[str]
    proposal_words: list[str]
    issuer_words: list[str]
    directive_leads: list[str]
    directive_at: list[str]
    list_joiners: list[str]
    abbreviations: dict[str, str]
    office_kinds: list[str]
    task_boards: list[str]
    placeless_offices: list[str]
    national_bodies: list[str]
    field_offices: list[str]
    field_joiners: list[str]
    joint_markers: list[str]
    name_spelling: dict[str, str]
    commune_types: list[str]
    province_types: list[str]
    renamed_provinces: dict[str, str]
    territory_words: list[str]
    issuing_bodies: list[str]
    parent_bodies: list[str]
    own_boards: list[str]
    issuing_verbs: list[str]
    issuing_closers: list[str]
    level_committees: dict[str, str]
    positions: list[str]
    position_spelling: dict[str, str]
    archive_labels: list[str]
    database_frame_labels: list[str]
    honorifics: list[str]
    signature_notes: list[str]
    acting_prefixes: list[str]
    subject_labels: list[str]
    examples: list[HeaderExample]

    @model_validator(mode="after")
    def _consistent(self) -> HeaderTerms:
        spelled_as_normalized(
            [
                *(term.name for term in self.document_kinds),
                *self.kind_qualifiers,
                *self.number_words,
                *self.motto,
                *self.basis_kinds,
                *self.basis_leads,
                *self.basis_headings,
                *self.plural_words,
                *self.period_openers,
                *self.period_labels,
                *self.description_words,
                *self.topic_forms,
                *self.amending_words,
                *self.named_kinds,
                *self.proposal_words,
                *self.issuer_words,
                *self.directive_leads,
                *self.directive_at,
                *self.list_joiners,
                *self.abbreviations.values(),
                *self.office_kinds,
                *self.placeless_offices,
                *self.name_spelling.values(),
                *self.renamed_provinces,
                *self.renamed_provinces.values(),
                *self.territory_words,
                *self.issuing_bodies,
                *self.parent_bodies,
                *self.own_boards,
                *self.issuing_verbs,
                *self.issuing_closers,
                *self.level_committees,
                *self.positions,
                *self.position_spelling.values(),
                *self.archive_labels,
                *self.database_frame_labels,
                *self.honorifics,
                *self.signature_notes,
                *self.subject_labels,
            ]
        )
        # what opens an issuer's name: the body, a managing body, or a unit type
        one_role_each(
            {
                "issuing body": self.issuing_bodies,
                "parent body": self.parent_bodies,
                "unit type": place_levels(),
            }
        )
        # what opens a line of the header or the closing
        one_role_each(
            {
                "number": self.number_words,
                "archive": self.archive_labels,
                "subject": self.subject_labels,
                "kind": [term.name for term in self.document_kinds],
            }
        )
        _subset("commune types", self.commune_types, place_levels())
        _subset("level committees' unit types", self.level_committees.values(), place_levels())
        _subset("province types", self.province_types, place_levels())
        _subset("kinds cited by name", self.named_kinds, self.basis_kinds)
        _subset("offices named without a place", self.placeless_offices, self.office_kinds)
        _subset("offices named by their fields", self.field_offices, self.office_kinds)
        _subset("boards named by their task", self.task_boards, self.office_kinds)
        _subset("commune types", self.commune_types, get_args(CommuneType))
        _subset("position spellings", self.position_spelling, self.positions)
        odd = [k for k, v in self.position_spelling.items() if v.casefold() != k.casefold()]
        if odd:
            raise ValueError(f"a position's spelling changes more than its case: {odd}")
        _unique("document kind names", [term.name for term in self.document_kinds])
        _unique("document kind symbols", [term.symbol for term in self.document_kinds])
        return self


def _subset(name: str, listed: Any, within: Any) -> None:
    extra = sorted(set(listed) - set(within))
    if extra:
        raise ValueError(f"{name} not among {sorted(within)}: {extra}")


def _unique(name: str, values: list[str]) -> None:
    if len(set(values)) != len(values):
        raise ValueError(f"{name} repeat: {values}")


HEADER_TERMS = data_file("header_terms.yaml", HeaderTerms)
