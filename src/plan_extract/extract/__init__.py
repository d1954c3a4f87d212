"""Stage 4, extract: targets, responsible units, tasks, deadlines and funding."""

from __future__ import annotations

from plan_extract.extract.model import Extraction
from plan_extract.normalize.model import NormalizedDocument
from plan_extract.structure.model import Structure


def extract(doc: NormalizedDocument, structure: Structure) -> Extraction:
    return Extraction()
