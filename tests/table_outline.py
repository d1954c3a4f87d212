"""What a task table gives a plan, compared whole by the table tests: its units with their lead
flags, its tasks with their leads and partners by name, its deadlines."""

from __future__ import annotations

from typing import Any

from plan_extract.core.contract import Plan


def table_outline(plan: Plan) -> tuple[set[tuple[str, bool]], list[Any], list[Any]]:
    names = {unit.id: unit.name for unit in plan.units}
    tasks = [
        (task.text, [names[i] for i in task.lead], [names[i] for i in task.cooperating])
        for task in plan.tasks
    ]
    deadlines = [
        (d.kind, d.start and d.start.iso, d.end and d.end.iso, d.text) for d in plan.deadlines
    ]
    return {(unit.name, unit.lead) for unit in plan.units}, tasks, deadlines
