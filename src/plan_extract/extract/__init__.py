"""Stage 4, extract: targets, responsible units, tasks, deadlines and funding."""

from __future__ import annotations

from plan_extract.extract.context import build_context
from plan_extract.extract.deadlines import find_deadlines, to_models
from plan_extract.extract.funding import find_funding
from plan_extract.extract.model import Extraction
from plan_extract.extract.targets import find_targets
from plan_extract.extract.units import find_units_and_tasks
from plan_extract.normalize.model import NormalizedDocument
from plan_extract.structure.model import Structure


def extract(doc: NormalizedDocument, structure: Structure) -> Extraction:
    context = build_context(doc, structure)
    assigned = find_units_and_tasks(context)
    deadlines = to_models(find_deadlines(context), assigned.bound)
    return Extraction(
        targets=find_targets(context),
        units=assigned.units,
        tasks=assigned.tasks,
        deadlines=deadlines,
        funding=find_funding(context),
        warnings=assigned.warnings,
    )
