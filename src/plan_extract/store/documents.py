"""One document, several files: the same plan sent as .txt, .docx, .pdf and a scan is one
document, counted once by the province page, compare and the list of stored plans.

Each stored file is filed under a document when it is stored (`filing.file_documents`, run by
`ingest` and by the web page after each upload, and by migration 0007 for the files held):

- with the document of its document key (keys.py: same issuer, number and date of issue; or,
  when the header does not name the plan fully, the same text);
- else, when its key or the other document's is a `text:` one (the header is incomplete on one
  side, as when OCR lost the number), with a document of the same commune (or issuer) whose
  text is nearly the same: at least `filing.SAME_TEXT` of their folded words in the same order
  (difflib's ratio), which a scan's OCR errors leave and another plan of the commune does not;
- else it starts a document of its own, named by its key.

Files of one batch are filed richest first, so a scan joins the document its typed text
started rather than the other way round. Which file represents a document (its header, targets
and units are the document's) is decided by the `plan_documents` view (schema.py): of the
files not replaced, the one an officer filed as a replacement, else the richest text source.
An officer may file a replacement for a file (the old file stays, marked replaced, with who,
when and by which file) and delete a document (it stays, marked deleted with who and when,
left out of every count and list; `restore_document` undoes it); each of these changes is also
kept as an event of the document's history (`history`), which nothing deletes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from plan_extract.core.errors import InputError
from plan_extract.store.db import Store, now
from plan_extract.store.filing import file_documents
from plan_extract.store.migrations import transaction

# After `FROM plans`: the documents not deleted, each by the file that represents it (more
# conditions follow with AND).
SHOWN = "JOIN plan_documents v USING (plan_id) WHERE v.representative AND v.deleted_at IS NULL"
_FILE_COLUMNS = (
    "v.plan_id, v.document_id, v.matched_by, v.representative, v.replaced_at, v.replaced_by, "
    "v.replacement, v.deleted_at, v.deleted_by, p.path, p.file_name, p.format"
)


@dataclass(frozen=True, slots=True)
class DocumentFile:
    plan_id: str
    path: str  # as ingested (`batch.zip!folder/plan.docx`) or as uploaded
    file_name: str | None  # the original file's name
    format: str
    matched_by: str  # key, text (nearly the same text) or officer (a replacement)
    representative: bool
    replaced_at: Any = None  # a datetime when replaced
    replaced_by: str | None = None
    replacement: str | None = None  # the plan_id of the file that replaced it


@dataclass(frozen=True, slots=True)
class DocumentEvent:
    """A change an officer made: `deleted`, `restored`, or `replaced` (`plan_id` by
    `replacement`)."""

    happened_at: Any  # a datetime (UTC)
    action: str
    actor: str | None
    plan_id: str | None = None
    replacement: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    document_id: str
    files: list[DocumentFile]  # the representative first, then by path
    deleted_at: Any = None  # a datetime when deleted
    deleted_by: str | None = None

    @property
    def representative(self) -> str:
        """The plan_id of the file whose parse stands for the document."""
        return self.files[0].plan_id


def file_new(store: Store, by: str | None = None) -> int:
    """`file_documents` on the store, in one transaction."""

    def write(con: Any) -> int:
        with transaction(con):
            return file_documents(con, now(), by, exclusive=store.one_writer)

    return store.write(write)


def documents(store: Store, plan_ids: Sequence[str] | None = None) -> list[Document]:
    """The documents (deleted ones too) with their files, by document_id; only those holding
    one of `plan_ids` when given."""
    sql = (
        f"SELECT {_FILE_COLUMNS} FROM plan_documents v JOIN plans p USING (plan_id) "
        "ORDER BY v.document_id, v.representative DESC, p.path, v.plan_id"
    )
    rows = store.query(sql, ours=True).rows
    found: dict[str, Document] = {}
    for row in rows:
        (plan_id, document_id, matched_by, representative, replaced_at, replaced_by) = row[:6]
        replacement, deleted_at, deleted_by, path, name, fmt = row[6:]
        document = found.setdefault(document_id, Document(document_id, [], deleted_at, deleted_by))
        document.files.append(
            DocumentFile(
                plan_id,
                path,
                name,
                fmt,
                matched_by,
                bool(representative),
                replaced_at,
                replaced_by,
                replacement,
            )
        )
    if plan_ids is None:
        return list(found.values())
    wanted = set(plan_ids)
    return [d for d in found.values() if any(f.plan_id in wanted for f in d.files)]


def document_of(store: Store, plan_id: str) -> Document | None:
    """The document a stored file belongs to; None when the file is not stored."""
    found = documents(store, [plan_id])
    return found[0] if found else None


def replace_file(store: Store, plan_id: str, replacement: str, by: str | None) -> Document:
    """File `replacement` (a stored file) in place of `plan_id` in its document: the old file
    stays, marked replaced by `by` now; returns the document as it then stands."""
    if plan_id == replacement:
        raise InputError("a file cannot replace itself")
    for wanted in (plan_id, replacement):
        if not store.query("SELECT 1 FROM plans WHERE plan_id = $1", [wanted], ours=True).rows:
            raise InputError(f"no stored file {wanted}")
    stamp = now()

    def write(con: Any) -> None:
        with transaction(con):
            file_documents(con, stamp, exclusive=store.one_writer)  # both have a row to update
            (document_id,) = con.execute(
                "SELECT document_id FROM document_files WHERE plan_id = $1", [plan_id]
            ).fetchone()
            con.execute(
                "UPDATE document_files SET replaced_at = $1, replaced_by = $2, replacement = $3 "
                "WHERE plan_id = $4",
                [stamp, by, replacement, plan_id],
            )
            _record(con, document_id, stamp, "replaced", by, plan_id, replacement)
            con.execute(
                "UPDATE document_files SET document_id = $1, matched_by = 'officer', "
                "filed_at = $2, filed_by = $3, replaced_at = NULL, replaced_by = NULL, "
                "replacement = NULL WHERE plan_id = $4",
                [document_id, stamp, by, replacement],
            )

    store.write(write)
    found = document_of(store, plan_id)
    assert found is not None
    return found


def delete_document(store: Store, document_id: str, by: str | None) -> None:
    """Mark the document deleted by `by` now: kept, with its files, and left out of counts."""
    _set_deleted(store, document_id, by, deleted=True)


def restore_document(store: Store, document_id: str, by: str | None) -> None:
    """Undo a deletion (the deletion stays in the document's history)."""
    _set_deleted(store, document_id, by, deleted=False)


def history(store: Store, document_id: str) -> list[DocumentEvent]:
    """The changes officers made to the document, oldest first."""
    rows = store.query(
        "SELECT happened_at, action, actor, plan_id, replacement FROM document_events "
        "WHERE document_id = $1 ORDER BY happened_at, action",
        [document_id],
        ours=True,
    ).rows
    return [DocumentEvent(*row) for row in rows]


def _set_deleted(store: Store, document_id: str, by: str | None, deleted: bool) -> None:
    stamp = now()

    def write(con: Any) -> None:
        with transaction(con):
            file_documents(con, stamp, exclusive=store.one_writer)
            con.execute(
                "UPDATE documents SET deleted_at = $1, deleted_by = $2 WHERE document_id = $3",
                [stamp if deleted else None, by if deleted else None, document_id],
            )
            _record(con, document_id, stamp, "deleted" if deleted else "restored", by)

    store.write(write)


def _record(
    con: Any,
    document_id: str,
    at: Any,
    action: str,
    by: str | None,
    plan_id: str | None = None,
    replacement: str | None = None,
) -> None:
    con.execute(
        "INSERT INTO document_events VALUES ($1, $2, $3, $4, $5, $6)",
        [document_id, at, action, by, plan_id, replacement],
    )
