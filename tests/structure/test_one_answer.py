"""One answer per question, whichever file format or stage asks: the closing's cues, a section's
kind, a period, the section tree's walk (issue 11); and the readings that changed when the words
moved to data, each settled one way."""

from __future__ import annotations

from plan_extract import parse_text
from plan_extract.core.contract import Section
from plan_extract.structure.model import Structure, walk


def _section(sid: str, lines: tuple[int, int], children: list[Section] | None = None) -> Section:
    return Section(
        id=sid, number=sid, title=sid, kind=None, level=1, lines=lines, children=children or []
    )


def test_one_walk_of_the_section_tree() -> None:
    tree = [
        _section(
            "I", (1, 5), [_section("1", (2, 3), [_section("a", (3, 3))]), _section("2", (4, 5))]
        ),
        _section("II", (6, 9)),
    ]
    structure = Structure(document=parse_text("x").document, sections=tree)
    assert [s.id for s in walk(tree)] == ["I", "1", "a", "2", "II"]
    assert [s.id for s in structure.sections_at(3)] == ["I", "1", "a"]
    assert [s.id for s in structure.sections_at(4)] == ["I", "2"]
    assert structure.section_at(7) is tree[1]
    assert structure.sections_at(10) == [] and structure.section_at(10) is None
