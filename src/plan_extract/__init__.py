"""plan-extract: Vietnamese official plans (Kế hoạch) to structured, comparable JSON.

    >>> import plan_extract
    >>> plan = plan_extract.parse("corpus/plans/seeds/001_d694d18c5a7d837d.txt")
    >>> plan.document.number
    '131/KH-UBND'

The heavy pipeline is imported on first use, so importing the package stays cheap.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from plan_extract.core.version import __version__

if TYPE_CHECKING:
    from plan_extract.core.contract import Plan
    from plan_extract.read import OcrMode

__all__ = ["__version__", "parse", "parse_bytes", "parse_text"]


def parse(path: str | PathLike[str], ocr: OcrMode = "auto", *, with_lines: bool = False) -> Plan:
    """Parse a plan file (.txt, .md, .docx, .doc, .pdf) into a `Plan`; with `with_lines`, the
    plan carries the normalized lines its items' `line` and `span` refer to."""
    from plan_extract.pipeline import parse_path
    from plan_extract.read import ReadOptions

    return parse_path(Path(path), ReadOptions(ocr=ocr), with_lines=with_lines)


def parse_bytes(data: bytes, name: str, *, with_lines: bool = False) -> Plan:
    """Parse a plan held in memory as bytes; `name` gives the file type when content does not."""
    from plan_extract.pipeline import parse_bytes as _parse_bytes

    return _parse_bytes(data, name, with_lines=with_lines)


def parse_text(
    text: str, name: str = "<text>", markdown: bool = False, *, with_lines: bool = False
) -> Plan:
    """Parse a plan's text already in memory."""
    from plan_extract.pipeline import parse_text as _parse_text

    return _parse_text(text, name, markdown, with_lines=with_lines)
