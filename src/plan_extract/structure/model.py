"""The structure stage's output: the header read and the body split into its section tree."""

from __future__ import annotations

from bisect import bisect_right
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
        """The sections whose line range holds `line`, outermost first (siblings are in line
        order: each level is searched by bisection, so a plan of thousands of sections costs no
        more)."""
        chain: list[Section] = []
        nodes = self.sections
        while nodes:
            index = bisect_right(nodes, line, key=_first_line) - 1
            if index < 0 or line > nodes[index].lines[1]:
                break
            chain.append(nodes[index])
            nodes = nodes[index].children
        return chain

    def section_at(self, line: int) -> Section | None:
        """The deepest section whose line range holds `line`."""
        chain = self.sections_at(line)
        return chain[-1] if chain else None


def _first_line(section: Section) -> int:
    return section.lines[0]


def walk(sections: list[Section]) -> Iterator[Section]:
    """The sections of a tree, each before its children."""
    for section in sections:
        yield section
        yield from walk(section.children)
