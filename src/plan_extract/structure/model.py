"""The structure stage's output: the header read and the body split into its section tree."""

from __future__ import annotations

from dataclasses import dataclass, field

from plan_extract.core.contract import DocumentMeta, Section, Warning


@dataclass(slots=True)
class Structure:
    document: DocumentMeta
    sections: list[Section]
    body: tuple[int, int] | None = None  # first and last line of the numbered body
    closing_start: int | None = None  # first line of `Trên đây là ...` / Nơi nhận / signature
    warnings: list[Warning] = field(default_factory=list)

    def section_at(self, line: int) -> Section | None:
        """The deepest section whose line range holds `line`."""
        found: Section | None = None
        nodes = self.sections
        while True:
            for node in nodes:
                if node.lines[0] <= line <= node.lines[1]:
                    found = node
                    nodes = node.children
                    break
            else:
                return found
