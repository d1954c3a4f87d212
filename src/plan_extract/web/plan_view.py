"""What a plan's page shows: the text with marks, the panel of items, the completeness check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from plan_extract.core.contract import Plan
from plan_extract.web.checks import CheckView, check_view
from plan_extract.web.highlight import PanelGroup, RenderedLine, panel, render_lines
from plan_extract.web.i18n import Lang


@dataclass(frozen=True, slots=True)
class PlanView:
    plan_id: str
    plan: Plan
    lines: list[RenderedLine]
    groups: list[PanelGroup]
    check: CheckView


def plan_view(plan_id: str, plan: Plan, lines: Sequence[tuple[int, str]], lang: Lang) -> PlanView:
    return PlanView(
        plan_id,
        plan,
        render_lines(plan, lines),
        panel(plan, lang),
        check_view(plan_id, plan, lang),
    )
