"""Bar charts as inline SVG: each commune's target for one national indicator against the
national value (one dashed line per year the catalog sets). Plain markup, no scripts, so the
report works offline and renders the same everywhere."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

HEIGHT = 300
TOP, BOTTOM, LEFT, RIGHT = 24, 48, 56, 120
STEP = 96
MIN_WIDTH = 480
TICKS = 5
LABEL_CHARS = 14
COLOURS = {True: "#2e7d32", False: "#c62828", None: "#78909c"}
LINE_COLOURS = ("#1565c0", "#6a1b9a", "#ef6c00")


@dataclass(frozen=True)
class Bar:
    label: str
    year: int | None
    value: float
    ambitious: bool | None


def bar_chart(title: str, bars: Sequence[Bar], national: Mapping[int, float]) -> str:
    """An `<svg>` with one bar per target (green: at least as ambitious as the national value,
    red: weaker, grey: not comparable) and the national values as labelled dashed lines."""
    width = max(MIN_WIDTH, LEFT + RIGHT + STEP * len(bars))
    plot_height = HEIGHT - TOP - BOTTOM
    tick = _tick_step(max([*(b.value for b in bars), *national.values(), 0.0]) * 1.1)
    top_value = tick * TICKS

    def y(value: float) -> float:
        return TOP + plot_height * (1 - value / top_value)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
        f'height="{HEIGHT}" viewBox="0 0 {width} {HEIGHT}" role="img" '
        f'aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for index in range(TICKS + 1):
        value = tick * index
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{width - RIGHT}" y1="{y(value):.1f}" '
            f'y2="{y(value):.1f}" stroke="#e0e0e0"/>'
            f'<text x="{LEFT - 6}" y="{y(value) + 4:.1f}" text-anchor="end" '
            f'font-size="11">{_number(value)}</text>'
        )
    for index, bar in enumerate(bars):
        x = LEFT + STEP * index + STEP * 0.2
        top = y(bar.value)
        height = max(TOP + plot_height - top, 1.0)
        year = "" if bar.year is None else str(bar.year)
        tip = f"{bar.label} {year}: {_number(bar.value)}"
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{top:.1f}" width="{STEP * 0.6:.1f}" '
            f'height="{height:.1f}" fill="{COLOURS[bar.ambitious]}">'
            f"<title>{escape(tip)}</title></rect>"
            f'<text x="{x + STEP * 0.3:.1f}" y="{top - 4:.1f}" text-anchor="middle" '
            f'font-size="11">{_number(bar.value)}</text>'
            f'<text x="{x + STEP * 0.3:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle" '
            f'font-size="10">{escape(_short(bar.label))}</text>'
            f'<text x="{x + STEP * 0.3:.1f}" y="{HEIGHT - BOTTOM + 30}" text-anchor="middle" '
            f'font-size="10" fill="#555">{year}</text>'
        )
    for index, (national_year, value) in enumerate(sorted(national.items())):
        colour = LINE_COLOURS[index % len(LINE_COLOURS)]
        parts.append(
            f'<line class="national" x1="{LEFT}" x2="{width - RIGHT}" y1="{y(value):.1f}" '
            f'y2="{y(value):.1f}" stroke="{colour}" stroke-width="2" stroke-dasharray="6 4"/>'
            f'<text x="{width - RIGHT + 6}" y="{y(value) + 4:.1f}" font-size="11" '
            f'fill="{colour}">{national_year}: {_number(value)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _tick_step(highest: float) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) so that TICKS steps reach `highest`."""
    if highest <= 0:
        return 1.0
    raw = highest / TICKS
    magnitude = 10.0 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _number(value: float) -> str:
    return f"{value:.4g}"
