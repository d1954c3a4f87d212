"""The figures of issue 15: each a ratio of our work to a baseline doing the same work, timed
side by side in one process, rounds alternating (baseline, ours, baseline, ...), so that load
from elsewhere on the machine weighs on both alike; medians of `runs()` rounds.

`BENCH_SMALL=1` runs every benchmark at a small size (few documents, two rounds): what CI does
so the benchmarks cannot rot; its figures only show that they are computed.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


def small() -> bool:
    return os.environ.get("BENCH_SMALL", "") not in ("", "0")


def runs() -> int:
    """Rounds per figure: at least five, two at the small size."""
    return 2 if small() else int(os.environ.get("BENCH_RUNS", "5"))


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def alternate(
    baseline: Callable[[], float], ours: Callable[[], float], rounds: int | None = None
) -> tuple[list[float], list[float]]:
    """Each callable measures one round and returns its figure; called in turn, `rounds` times."""
    base: list[float] = []
    own: list[float] = []
    for _ in range(rounds or runs()):
        base.append(baseline())
        own.append(ours())
    return base, own


@dataclass(frozen=True)
class Figure:
    """One line of the report. `higher_is_better`: a rate (ratio = ours / baseline, the target
    a floor), else a cost in seconds or bytes (ratio = ours / baseline, the target a ceiling)."""

    name: str
    baseline_name: str
    unit: str
    baseline: list[float]
    ours: list[float]
    target: float | None = None
    higher_is_better: bool = True

    @property
    def ratio(self) -> float:
        return statistics.median(self.ours) / statistics.median(self.baseline)

    def line(self) -> str:
        base, own = statistics.median(self.baseline), statistics.median(self.ours)
        text = (
            f"  {self.name}: ours {own:.3g} {self.unit}, baseline ({self.baseline_name}) "
            f"{base:.3g} {self.unit}: ratio {self.ratio:.2f}x"
        )
        if self.target is not None:
            sign = ">=" if self.higher_is_better else "<="
            met = self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target
            text += f" (target {sign} {self.target}x: {'met' if met else 'NOT met'})"
        return text + f"  [medians of {len(self.ours)} alternating rounds]"


def report(figure: Figure) -> None:
    print(figure.line(), flush=True)
