"""plan-extract: Vietnamese official plans (Kế hoạch) to structured, comparable JSON.

    >>> import plan_extract
    >>> plan = plan_extract.parse("corpus/plans/seeds/001_d694d18c5a7d837d.txt")
    >>> plan.document.number, plan.document.commune.name
    ('131/KH-UBND', 'Vĩnh Phong')
    >>> print(plan_extract.to_json(plan)[:40])
    {
      "schema_version": "1.0",
      "source":

`parse` reads a file, `parse_bytes` bytes in memory, `parse_text` text; each returns a `Plan`
(a pydantic model, `plan_extract.core.contract.Plan`), and `to_json` gives the JSON that
`plan-extract parse` writes. Input that cannot be read raises
`plan_extract.core.errors.InputError`, with a one-line message.

The stages are subpackages (`plan_extract.read`, ..., `plan_extract.output`), imported when
first named, so importing the package stays cheap.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plan_extract.core.lazy import submodule
from plan_extract.core.version import __version__

if TYPE_CHECKING:
    from plan_extract.core.contract import Plan
    from plan_extract.read import ReadOptions

__all__ = ["ReadOptions", "__version__", "parse", "parse_bytes", "parse_text", "to_json"]


def parse(
    path: str | PathLike[str], options: ReadOptions | None = None, *, with_lines: bool = False
) -> Plan:
    """Parse a plan file (.txt, .md, .docx, .doc, .pdf) into a `Plan`; with `with_lines`, the
    plan carries the normalized lines (`plan.lines`) its items' `line` and `span` refer to.

    >>> import plan_extract
    >>> plan = plan_extract.parse("corpus/plans/seeds/002_4110c3e47bfbcba1.txt")
    >>> [section.kind for section in plan.sections]
    ['objectives', 'tasks', 'implementation']
    """
    from plan_extract.pipeline import parse_path

    return parse_path(Path(path), options, with_lines=with_lines)


def parse_bytes(
    data: bytes, name: str, options: ReadOptions | None = None, *, with_lines: bool = False
) -> Plan:
    """Parse a plan held in memory. The format comes from the content (PDF, Word, text) and
    else from `name`'s extension; `name` also stands for the path in `plan.source`.
    `options` are the reader's (`ReadOptions(ocr="never")` reads PDF text layers only).

    >>> import plan_extract
    >>> data = "KẾ HOẠCH\\nThực hiện công tác bình đẳng giới năm 2026\\n".encode()
    >>> plan = plan_extract.parse_bytes(data, "plan.txt", plan_extract.ReadOptions(ocr="never"))
    >>> plan.document.kind, plan.document.title, plan.source.path
    ('ke_hoach', 'Thực hiện công tác bình đẳng giới năm 2026', 'plan.txt')
    >>> plan_extract.parse_bytes(b"", "empty.txt")
    Traceback (most recent call last):
    plan_extract.core.errors.InputError: the file is empty
    """
    from plan_extract.pipeline import parse_bytes as _parse_bytes

    return _parse_bytes(data, name, options, with_lines=with_lines)


def parse_text(
    text: str, name: str = "<text>", markdown: bool = False, *, with_lines: bool = False
) -> Plan:
    """Parse a plan's text already in memory (Markdown marks read as layout with `markdown`).

    >>> import plan_extract
    >>> plan = plan_extract.parse_text("KẾ HOẠCH\\nI. MỤC TIÊU\\n1. Tỷ lệ nữ đạt 30% trở lên.\\n")
    >>> [(target.value, target.unit) for target in plan.targets]
    [(30, 'percent')]
    """
    from plan_extract.pipeline import parse_text as _parse_text

    return _parse_text(text, name, markdown, with_lines=with_lines)


def to_json(plan: Plan) -> str:
    """The plan as JSON, exactly as `plan-extract parse` writes it: the same plan, the same
    bytes (keys in the contract's order, non-ASCII kept, two-space indent, a final newline).

    >>> import plan_extract
    >>> plan = plan_extract.parse_text("KẾ HOẠCH\\n")
    >>> plan_extract.to_json(plan) == plan_extract.output.json.plan_to_json(plan)
    True
    >>> from plan_extract.core.contract import Plan
    >>> Plan.model_validate_json(plan_extract.to_json(plan)) == plan
    True
    """
    from plan_extract.output.json import plan_to_json

    return plan_to_json(plan)


def __getattr__(name: str) -> Any:
    """`ReadOptions` and the subpackages, imported when first named."""
    if name == "ReadOptions":
        from plan_extract.read import ReadOptions

        return ReadOptions
    return submodule(__name__, name)
