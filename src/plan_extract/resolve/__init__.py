"""Stage 5, resolve: communes and provinces to official codes, targets to national indicators."""

from __future__ import annotations

from plan_extract.models import Plan


def resolve(plan: Plan) -> Plan:
    return plan
