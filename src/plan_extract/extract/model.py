"""The extract stage's output: the items found in the text, before resolution."""

from __future__ import annotations

from dataclasses import dataclass, field

from plan_extract.core.contract import Deadline, Funding, Target, Task, Unit, Warning


@dataclass(slots=True)
class Extraction:
    targets: list[Target] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    funding: list[Funding] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
