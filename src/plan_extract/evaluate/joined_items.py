"""A plan's list items run together: each item's own lines and parts in one paragraph (issue 12).

Converted legal-database pages lose the line breaks inside an item (`<br>` and soft returns
dropped, a cell's paragraphs joined) and drafters type an item on one line, so the labelled
parts a task item carries (`- Đơn vị chủ trì: ...`, `b) Thời gian thực hiện: ...`) arrive as
one paragraph. `joined_items` rewrites a text source that way: a numbered item (`1.`, `2.1.`,
else a lettered one when no numbered item holds it) takes the paragraphs after it (its
bullets, its lettered parts, its plain paragraphs) onto its own line, with the separators
pages show, one way an item in turn: a space (marks kept: `... năm 2026 b) Địa điểm`), `. `
and `; ` (bullet marks dropped), ` - ` (marks kept or added). Never across a heading (a Roman,
a capital or a part's number, a line in capitals), a table, an article (`Điều 2.`) or the
closing, nor between two numbered items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from plan_extract.core.text import BULLET_CLASS, is_all_caps
from plan_extract.normalize.patterns import (
    BULLET,
    capital_item,
    closing_cue,
    is_closing_request,
    lettered_with_stop,
    numbered,
    opens_lettered_line,
)
from plan_extract.structure.anatomy import article_text_start

BlockKind = Literal["barrier", "item", "letter", "part"]

SEPARATORS = (" ", ". ", "; ", " - ")
_EMPHASIS = "*_#"
_BULLET_MARK = re.compile(rf"^(?P<before>[*_]*)\s*{BULLET_CLASS}\s*(?P<after>[*_]*)\s*")
_TERMINAL = ".;:,!?"


@dataclass(frozen=True, slots=True)
class _Block:
    text: str  # the paragraph's lines joined with spaces
    kind: BlockKind
    bullet: bool = False


def _plain(text: str) -> str:
    """The paragraph's text without the emphasis and heading marks around its start."""
    return text.lstrip(_EMPHASIS + " ")


def _block(lines: list[str]) -> _Block:
    """A paragraph read as a list item, a lettered item, a part of an item, or something an item
    never runs into (a heading, a table, an article, the closing)."""
    text = " ".join(line.strip() for line in lines)
    if _table(lines):
        return _Block(text, "barrier")
    plain = _plain(text)
    if (
        closing_cue(plain) is not None
        or is_closing_request(plain)
        or article_text_start(plain) is not None
    ):
        return _Block(text, "barrier")
    heading = numbered(plain)
    if heading is not None:
        if heading.style in {"dotted", "arabic"}:
            return _Block(text, "item")
        if heading.style == "letter":
            return _Block(text, "letter")
        return _Block(text, "barrier")
    if lettered_with_stop(plain):
        return _Block(text, "letter")
    if capital_item(plain):  # `A. Mục tiêu chung`: a capital letter's heading, as `A. MỤC TIÊU`
        return _Block(text, "barrier")
    if BULLET.match(plain) or BULLET.match(text):
        return _Block(text, "part", bullet=True)
    if is_all_caps(plain.rstrip(_EMPHASIS + " :")):
        return _Block(text, "barrier")
    return _Block(text, "part")


def _opens_paragraph(line: str) -> bool:
    """A line that starts a paragraph of its own, blank line or not (a plain text's lines: a
    numbered item, a lettered one or a capital letter's, as the joiner reads them: a bullet, the
    closing's `Nơi nhận:` right under the last item)."""
    plain = _plain(line.strip())
    return (
        numbered(plain) is not None
        or opens_lettered_line(plain)
        or BULLET.match(plain) is not None
        or closing_cue(plain) is not None
    )


def _paragraphs(text: str) -> list[list[str]]:
    """The text's paragraphs: runs of non-blank lines (Markdown's, a hard wrap's), a new one
    at each line that opens an item, except in a table's run (its cells' lines)."""
    runs: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip():
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    paragraphs: list[list[str]] = []
    for run in filter(None, runs):
        if _table(run):
            paragraphs.append(run)
            continue
        current: list[str] = []
        for line in run:
            if current and _opens_paragraph(line):
                paragraphs.append(current)
                current = []
            current.append(line)
        paragraphs.append(current)
    return paragraphs


def _table(lines: list[str]) -> bool:
    """A run holding a table's lines (cells between `|`, an HTML table)."""
    text = "\n".join(lines)
    bars = any(line.strip().startswith("|") or line.strip().endswith("|") for line in lines)
    return bars or re.search(r"</?(table|tr|td|th)\b", text, re.IGNORECASE) is not None


def _ended(text: str, mark: str) -> str:
    """`text` closed by `mark` (`.` or `;`) unless it ends on a colon (a label before its
    parts); a final stop or semicolon is replaced, emphasis closing it kept."""
    core = text.rstrip(_EMPHASIS + " ")
    tail = text[len(core) :].rstrip()
    if core.endswith(":"):
        return text.rstrip()
    if core[-1:] in _TERMINAL:
        core = core[:-1]
    return f"{core}{tail}{mark}"


def _unmarked(text: str) -> str:
    """A bullet's text without its mark (`**- **Triển khai` → `Triển khai`)."""
    found = _BULLET_MARK.match(text)
    if found is None:
        return text
    before, after = found.group("before"), found.group("after")
    kept = "" if before == after else before + after
    return kept + text[found.end() :]


def _run_together(pieces: list[_Block], separator: str) -> str:
    """One paragraph of an item's pieces, the parts after the first joined by `separator`."""
    out = pieces[0].text.rstrip()
    for piece in pieces[1:]:
        text = piece.text.strip()
        if separator == " ":
            out = f"{out} {text}"
        elif separator == " - ":
            if piece.kind == "part" and not piece.bullet:
                text = f"- {text}"
            out = f"{out} {text}"
        else:
            if piece.bullet:
                text = _unmarked(text)
            out = f"{_ended(out, separator.strip())} {text}"
    return out


def joined_items(text: str) -> str:
    """`text` with every list item's own paragraphs run into one (module docstring), the
    paragraphs set apart by one blank line; the paragraphs of no item kept as they were."""
    out: list[str] = []
    group: list[_Block] = []
    items = 0
    for run in _paragraphs(text.replace("\r\n", "\n")):
        block = _block(run)
        opens = block.kind == "item" or (
            block.kind == "letter" and not (group and group[0].kind == "item")
        )
        if group and (opens or block.kind == "barrier"):
            separator = SEPARATORS[items % len(SEPARATORS)]
            items += len(group) > 1
            out.append(_run_together(group, separator))
            group = []
        if opens or (group and block.kind != "barrier"):
            group.append(block)
        else:
            out.append("\n".join(run))
    if group:
        out.append(_run_together(group, SEPARATORS[items % len(SEPARATORS)]))
    return "\n\n".join(out) + "\n"
