"""Stage 5, resolve: communes and provinces to official codes, targets to national indicators.

Each resolver takes a Plan and returns a Plan; `resolve` applies them in turn.
"""

from __future__ import annotations

from plan_extract.core.contract import Plan
from plan_extract.resolve.admin import resolve_admin
from plan_extract.resolve.indicators_match import resolve_indicators


def resolve(plan: Plan) -> Plan:
    return resolve_indicators(resolve_admin(plan))
