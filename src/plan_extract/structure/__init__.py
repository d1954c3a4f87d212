"""Stage 3, structure: the header (issuer, number, date, title, basis, signer, recipients) and
the section tree of the body."""

from __future__ import annotations

from plan_extract.models import DocumentMeta
from plan_extract.normalize.model import NormalizedDocument
from plan_extract.structure.model import Structure


def build_structure(doc: NormalizedDocument) -> Structure:
    return Structure(document=DocumentMeta(), sections=[])
