"""Markdown markup (`#`, `**`, `*`, `|` rows) read as layout hints and kept out of the text."""

from __future__ import annotations

import re
from dataclasses import replace

from plan_extract.read.model import Hint, RawLine

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_EMPHASIS = re.compile(r"(\*\*\*|\*\*|\*|__)")


def apply_markdown_hints(lines: list[RawLine]) -> list[RawLine]:
    out: list[RawLine] = []
    for line in lines:
        text = line.text
        hints = set(line.hints)
        level: int | None = line.heading_level
        match = _HEADING.match(text)
        if match:
            level = len(match.group(1))
            hints.add(Hint.HEADING)
            text = match.group(2)
        stripped = text.strip()
        if stripped.startswith("**") and stripped.rstrip(":").endswith("**") and len(stripped) > 4:
            hints.add(Hint.BOLD)
        text = _EMPHASIS.sub("", text)
        out.append(replace(line, text=text, hints=frozenset(hints), heading_level=level))
    return out
