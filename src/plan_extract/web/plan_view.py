"""What a plan's page shows: the text with marks, the panel of items, the completeness check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from plan_extract.core.contract import Plan
from plan_extract.store.documents import Document, DocumentEvent
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
    document: Document | None = None  # the document the file belongs to, with its files
    replacements: list[tuple[str, str]] = field(default_factory=list)  # (plan_id, file name)
    history: list[DocumentEvent] = field(default_factory=list)  # officers' changes, oldest first


def plan_view(
    plan_id: str,
    plan: Plan,
    lines: Sequence[tuple[int, str]],
    lang: Lang,
    document: Document | None = None,
    replacements: Sequence[tuple[str, str]] = (),
    history: Sequence[DocumentEvent] = (),
) -> PlanView:
    return PlanView(
        plan_id,
        plan,
        render_lines(plan, lines),
        panel(plan, lang),
        check_view(plan_id, plan, lang),
        document,
        list(replacements),
        list(history),
    )
