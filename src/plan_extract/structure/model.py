"""The structure stage's output: the header read and the body split into its section tree."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from plan_extract.core.contract import DocumentMeta, Section, Warning


@dataclass(slots=True)
class Structure:
    document: DocumentMeta
    sections: list[Section]
    body: tuple[int, int] | None = None  # first and last line of the numbered body
    closing_start: int | None = None  # first line of `Trên đây là ...` / Nơi nhận / signature
    warnings: list[Warning] = field(default_factory=list)

    def sections_at(self, line: int) -> list[Section]:
        """The sections whose line range holds `line`, outermost first."""
        return list(walk(self.sections, holding=line))

    def section_at(self, line: int) -> Section | None:
        """The deepest section whose line range holds `line`."""
        chain = self.sections_at(line)
        return chain[-1] if chain else None


def walk(sections: list[Section], holding: int | None = None) -> Iterator[Section]:
    """The sections of a tree, each before its children; with `holding`, only those whose line
    range holds that line (a section's children lie within its range, so the others are not
    entered)."""
    for section in sections:
        if holding is None or section.lines[0] <= holding <= section.lines[1]:
            yield section
            yield from walk(section.children, holding)
