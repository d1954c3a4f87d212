"""The byte-identity check of benchmarks/same_output.py tells identical dumps from changed ones."""

from __future__ import annotations

from pathlib import Path

from benchmarks.same_output import differences


def test_identical_dumps_have_no_differences_and_a_changed_byte_is_named(tmp_path: Path) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    before.mkdir()
    after.mkdir()
    for folder in (before, after):
        (folder / "a.txt.json").write_bytes(b'{"a": 1}\n')
    assert differences(before, after) == []
    (after / "a.txt.json").write_bytes(b'{"a": 2}\n')
    (before / "b.md.json").write_bytes(b"{}\n")
    assert differences(before, after) == ["a.txt.json: differs", "b.md.json: only before"]
