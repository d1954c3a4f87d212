"""What names a plan beyond its file: the document key its formats share, and its file name.

A plan reaches a province as a `.docx`, its `.pdf` export, a scan, or the `.txt` someone typed
from it: each is a file of its own (`plan_id`, the sha256 of its bytes), one document. The
document key is the same for all of them, so counts group by `document_key` rather than by file:

- `header:<issuer>:<number>:<date>` when the header gives the number and symbol, the date of
  issue to the day and who issued it; the issuer is the commune's official code when the commune
  was resolved (`31051`: a scan that lost the marks of `Vĩnh Phong` resolves to it too), else the
  issuer's name folded (`uy-ban-nhan-dan-tinh-lao-cai`); the number folded alike (`131-kh-ubnd`).
  The date is part of it because numbers restart every year.
- else (drafts leave the number or the day blank) `text:<16 hex digits>`: a sha256 of the
  plan's body, the lines of its section tree (all its lines when it has none), folded as above
  with everything but letters and digits left out, so that line breaks, page breaks, marks and
  the reader's layout do not count. A typed plan's `.txt`, `.md`, `.docx` and `.pdf` read alike
  and share it; a scan shares it only when OCR misreads nothing, which is why the header comes
  first.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import PurePosixPath

from plan_extract.core.contract import Plan
from plan_extract.core.text import slug, unmarked

_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
_ARCHIVE = re.compile(r"^.*\.zip!", re.IGNORECASE)  # `batch.zip!folder/plan.docx`
_TEXT_DIGITS = 16


def document_key(plan: Plan, lines: Sequence[tuple[int, str]]) -> str:
    """The plan's document key; `lines` are its normalized lines (number, text)."""
    meta = plan.document
    issuer = meta.commune.code if meta.commune and meta.commune.code else slug(meta.issuer or "")
    issued = meta.issued
    if meta.number and issuer and issued and issued.iso and issued.day and issued.month:
        return f"header:{issuer}:{slug(meta.number)}:{issued.iso}"
    first, last = _body(plan)
    body = " ".join(text for number, text in lines if first <= number <= last)
    folded = _NOT_ALPHANUMERIC.sub("", unmarked(body))
    return "text:" + hashlib.sha256(folded.encode("utf-8")).hexdigest()[:_TEXT_DIGITS]


def _body(plan: Plan) -> tuple[int, int]:
    """The lines the top-level sections span, else every line."""
    if not plan.sections:
        return 1, 2**31
    return plan.sections[0].lines[0], plan.sections[-1].lines[1]


def file_name(path: str) -> str:
    """The original file's name without its folders or archive: `batch.zip!docs/a.docx` →
    `a.docx`, `plans\\b.pdf` → `b.pdf`."""
    return PurePosixPath(_ARCHIVE.sub("", path).replace("\\", "/")).name or path
