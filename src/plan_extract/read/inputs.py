"""Turning the paths a user names into the plan files to read."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from plan_extract.read import SUPPORTED_SUFFIXES


def expand_inputs(
    paths: Iterable[Path], suffixes: Collection[str] = SUPPORTED_SUFFIXES
) -> Iterator[Path]:
    """Files as named; folders walked in sorted order for the given extensions (by default
    the plan formats). A missing path is yielded as is, so that its error is reported with the
    others."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in suffixes:
                    yield child
        else:
            yield path
