"""Stage 4, extract: targets, responsible units, tasks, deadlines and funding."""

from __future__ import annotations

from plan_extract.core.contract import Deadline, Task
from plan_extract.extract.context import build_context
from plan_extract.extract.deadline_items import to_models
from plan_extract.extract.deadlines import find_deadlines
from plan_extract.extract.funding import find_funding
from plan_extract.extract.model import Extraction
from plan_extract.extract.nlp import one_document
from plan_extract.extract.targets import find_targets
from plan_extract.extract.units import find_units_and_tasks
from plan_extract.normalize.model import NormalizedDocument
from plan_extract.structure.model import Structure


def extract(doc: NormalizedDocument, structure: Structure) -> Extraction:
    with one_document():
        context = build_context(doc, structure)
        assigned = find_units_and_tasks(context)
        tasks, deadlines = _link(assigned.tasks, to_models(find_deadlines(context)))
        targets, unread = find_targets(context)
        funding = find_funding(context)
    return Extraction(
        targets=targets,
        units=assigned.units,
        tasks=tasks,
        deadlines=deadlines,
        funding=funding,
        warnings=[*assigned.warnings, *unread],
    )


def _link(tasks: list[Task], deadlines: list[Deadline]) -> tuple[list[Task], list[Deadline]]:
    """Give each deadline to the task on its line, else to the nearest task above it in the
    same section (`Thời gian thực hiện: ...` under `Cơ quan chủ trì: ...`); the deadline binds
    that task's lead units."""
    owned: dict[str, list[str]] = {task.id: [] for task in tasks}
    linked: list[Deadline] = []
    for deadline in deadlines:
        same_line = [t for t in tasks if t.line == deadline.line]
        above = [t for t in tasks if t.line < deadline.line and t.section == deadline.section]
        owner = same_line[0] if same_line else (above[-1] if above else None)
        if owner is not None:
            owned[owner.id].append(deadline.id)
            deadline = deadline.model_copy(update={"units": owner.lead})
        linked.append(deadline)
    return [task.model_copy(update={"deadlines": owned[task.id]}) for task in tasks], linked
