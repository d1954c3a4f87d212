"""Filing each stored file under its document (documents.py says what a document is): the part
that runs on a writing connection, inside an ingest's or an upload's write and in migration
0007's backfill, so it imports nothing else of the store."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Sequence
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


# A stored file as filing reads it: plan_id, document_key, commune_code, issuer, format.
Filed = tuple[str, str | None, str | None, str | None, str]


def file_documents(
    con: Any,
    at: dt.datetime,
    by: str | None = None,
    exclusive: bool = False,
    stored: Sequence[Filed] | None = None,
) -> int:
    """File every stored file not filed yet under its document (see the module's docstring);
    `by` is who stored them (a web account), `at` when (UTC). Returns how many were filed.
    Runs on a writing connection, in the caller's transaction. `stored`: only these files (the
    ones the caller just stored, as it knows them), each looked up by its key, so that the
    cost does not grow with the store; without, every plan is looked at (an ingest, a
    migration). `exclusive`: no other writer can file at the same time (`Store.one_writer`),
    so plain inserts do, where PostgreSQL's writers need `ON CONFLICT` (on DuckDB it costs
    three times the insert)."""
    if stored is None:
        sql = (
            "SELECT plan_id, document_key, commune_code, issuer, format FROM plans "
            "WHERE plan_id NOT IN (SELECT plan_id FROM document_files)"
        )
        waiting = [tuple(row) for row in con.execute(sql).fetchall()]
    else:
        waiting = list(stored)
    waiting, held = _unfiled(con, waiting, filed_check=stored is not None)
    waiting.sort(key=lambda row: (_rank(row[4]), row[0]))  # richest first, then by plan_id
    unless_filed = "" if exclusive else " ON CONFLICT DO NOTHING"
    new_documents: list[list[Any]] = []
    new_files: list[list[Any]] = []
    for plan_id, key, commune_code, issuer, _ in waiting:
        document_id, matched_by = key or plan_id, "key"
        if document_id not in held:
            if new_files:  # the text comparison reads the files filed before this one
                _insert(con, "documents", new_documents, unless_filed)
                _insert(con, "document_files", new_files, unless_filed)
                new_documents, new_files = [], []
            similar = _same_text_document(con, plan_id, document_id, commune_code, issuer)
            if similar is not None:
                document_id, matched_by = similar, "text"
            else:
                new_documents.append([document_id, at])
                held.add(document_id)
        new_files.append([plan_id, document_id, matched_by, at, by])
    _insert(con, "documents", new_documents, unless_filed)
    _insert(con, "document_files", new_files, unless_filed)
    return len(waiting)


def _unfiled(con: Any, waiting: list[Any], filed_check: bool) -> tuple[list[Any], set[str]]:
    """The files of `waiting` not filed yet (when `filed_check`: the caller did not select
    only those), and which of their documents exist: one statement, each row found by its
    key."""
    keys = sorted({str(row[1] or row[0]) for row in waiting})
    if not keys:
        return waiting, set()
    ids = [str(row[0]) for row in waiting] if filed_check else []
    sql = (
        f"SELECT 'document', document_id FROM documents WHERE document_id IN ({_marks(len(keys))})"
    )
    if ids:
        sql += (
            " UNION ALL SELECT 'file', plan_id FROM document_files "
            f"WHERE plan_id IN ({_marks(len(ids), len(keys))})"
        )
    found = con.execute(sql, [*keys, *ids]).fetchall()
    filed = {str(value) for kind, value in found if kind == "file"}
    held = {str(value) for kind, value in found if kind == "document"}
    return [row for row in waiting if str(row[0]) not in filed], held


def _marks(count: int, after: int = 0) -> str:
    return ", ".join(f"${n}" for n in range(after + 1, after + count + 1))


# The columns filing writes, by table (the others start NULL).
_FILING_COLUMNS = {
    "documents": "document_id, created_at",
    "document_files": "plan_id, document_id, matched_by, filed_at, filed_by",
}


def _insert(con: Any, table: str, rows: list[list[Any]], unless_filed: str) -> None:
    """The rows into the table in one statement (one VALUES list)."""
    if not rows:
        return
    width = len(rows[0])
    values = ", ".join(f"({_marks(width, n * width)})" for n in range(len(rows)))
    con.execute(
        f"INSERT INTO {table} ({_FILING_COLUMNS[table]}) VALUES {values}{unless_filed}",
        [value for row in rows for value in row],
    )


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
