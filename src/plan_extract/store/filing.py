"""Filing each stored file under its document (documents.py says what a document is): the part
that runs on a writing connection, inside an ingest's or an upload's write and in migration
0007's backfill, so it imports nothing else of the store."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from plan_extract.core.text import unmarked

# The formats in which the plan's own text comes through best, first: Word keeps the author's
# paragraphs and tables, a typed text its words, a PDF what a text layer or OCR gave.
RICHEST_FIRST: tuple[str, ...] = ("docx", "doc", "md", "txt", "pdf")
# difflib's ratio of the folded words at or above which two texts are one plan's: the corpus's
# scan of plan 131/KH-UBND against its typed text gives 0.996, its PDF 0.997; two plans of the
# same commune (129 and 131) 0.19, of two communes 0.08-0.13.
SAME_TEXT = 0.9
_WORD = re.compile(r"[a-z0-9]+")


def file_documents(
    con: Any, at: dt.datetime, by: str | None = None, exclusive: bool = False
) -> int:
    """File every stored file not filed yet under its document (see the module's docstring);
    `by` is who stored them (a web account), `at` when (UTC). Returns how many were filed.
    Runs on a writing connection, in the caller's transaction. `exclusive`: no other writer
    can file at the same time (`Store.one_writer`), so plain inserts do, where PostgreSQL's
    writers need `ON CONFLICT` (on DuckDB it costs three times the insert)."""
    waiting = con.execute(
        "SELECT p.plan_id, p.document_key, p.commune_code, p.issuer, p.format, "
        "d.document_id IS NOT NULL FROM plans p LEFT JOIN documents d "
        "ON d.document_id = coalesce(p.document_key, p.plan_id) "
        "WHERE p.plan_id NOT IN (SELECT plan_id FROM document_files)"
    ).fetchall()
    waiting.sort(key=lambda row: (_rank(row[4]), row[0]))  # richest first, then by plan_id
    unless_filed = "" if exclusive else " ON CONFLICT DO NOTHING"
    new_document = f"INSERT INTO documents (document_id, created_at) VALUES ($1, $2){unless_filed}"
    new_file = (
        "INSERT INTO document_files (plan_id, document_id, matched_by, filed_at, filed_by) "
        f"VALUES ($1, $2, $3, $4, $5){unless_filed}"
    )
    created: set[str] = set()  # the documents this call made
    for plan_id, key, commune_code, issuer, _, held in waiting:
        document_id, matched_by = key or plan_id, "key"
        if not (held or document_id in created):
            similar = _same_text_document(con, plan_id, document_id, commune_code, issuer)
            if similar is not None:
                document_id, matched_by = similar, "text"
            else:
                con.execute(new_document, [document_id, at])
                created.add(document_id)
        con.execute(new_file, [plan_id, document_id, matched_by, at, by])
    return len(waiting)


def _rank(fmt: str) -> int:
    return RICHEST_FIRST.index(fmt) if fmt in RICHEST_FIRST else len(RICHEST_FIRST)


def _same_text_document(
    con: Any, plan_id: str, key: str, commune_code: str | None, issuer: str | None
) -> str | None:
    """The document of the same commune (or issuer) whose text is nearly the file's, when the
    header leaves one of the two unnamed (a `text:` key); None when there is none."""
    if commune_code is not None:
        place, value = "p.commune_code = $1", commune_code
    elif issuer is not None:
        place, value = "p.commune_code IS NULL AND p.issuer = $1", issuer
    else:
        return None
    candidates = con.execute(
        "SELECT f.document_id, min(f.plan_id) FROM document_files f JOIN plans p USING (plan_id) "
        f"WHERE {place} AND f.replaced_at IS NULL GROUP BY f.document_id ORDER BY f.document_id",
        [value],
    ).fetchall()
    candidates = [
        (document_id, other)
        for document_id, other in candidates
        if key.startswith("text:") or str(document_id).startswith("text:")
    ]
    if not candidates:
        return None
    words = _words(con, plan_id)
    best, best_ratio = None, SAME_TEXT
    for document_id, other in candidates:
        matcher = difflib.SequenceMatcher(None, words, _words(con, other), autojunk=False)
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio >= best_ratio:
            best, best_ratio = str(document_id), ratio
    return best


def _words(con: Any, plan_id: str) -> list[str]:
    """The file's text as words without marks, case or punctuation."""
    rows = con.execute("SELECT text FROM lines WHERE plan_id = $1 ORDER BY line", [plan_id])
    return _WORD.findall(unmarked(" ".join(str(text) for (text,) in rows.fetchall())))
