"""The web app's one door to the store (`plan_extract.store`, the same one `ingest` fills).

The store is opened shared (`keep_open=False`): on DuckDB the server reads through a read-only
connection other readers share, and holds the file for writing only while storing a plan; on
PostgreSQL it uses a connection pool, and other ingests may write at the same time. FastAPI
serves requests from a pool of threads: every call here holds one lock, for one statement or
one plan's commit at most: files are parsed elsewhere (jobs.py), never under it. Plans are
immutable under their id (the sha256 of the file), so parsed `Plan`s are kept in memory once
read; the reviewers' corrections are read with them each time (`reviewed`). `generation`
changes when a plan is added or a correction made, here or by another writer, and when an
officer replaces a file or deletes a document: what was computed from the plans at one
generation stays true until the next.

A plan sent as several files (.docx, .pdf, a scan) is one document (store/documents.py): the
lists, the province and its comparison show each document once, by the file that represents it,
with that file's reviewed values, and leave deleted documents out. A correction belongs to the
file it was made on (its plan_id): it shows while that file represents its document.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from plan_extract.core.contract import Plan
from plan_extract.output.tables import Table
from plan_extract.store import Store, issued_iso, open_store
from plan_extract.store.corrections import IN_HEADER_CORRECTED, Change, Correction, Reviewed
from plan_extract.store.documents import (
    SHOWN,
    Document,
    DocumentEvent,
    DocumentFile,
    delete_document,
    document_of,
    documents,
    history,
    replace_file,
    restore_document,
)
from plan_extract.store.staging import StagedPlan
from plan_extract.store.workbook import province_workbook
from plan_extract.web.group_commit import GroupCommit, Statement, Write
from plan_extract.web.schemas import FileOut, PlanSummary

PLAN_CACHE_SIZE = 2048
_SUMMARY_COLUMNS = (
    "plan_id, commune, commune_code, province, province_code, number, issued, title, n_targets, "
    "document_id, issued_precision"
)


class Backend:
    def __init__(self, db_path: str | Path) -> None:
        self.db_path = db_path
        self._opened: Store | None = open_store(db_path, keep_open=False)
        self.takes_json = self._opened.takes_json  # how the workers pack an upload (jobs.py)
        self._lock = threading.Lock()
        self._plans: OrderedDict[str, Plan] = OrderedDict()
        self._edits = 0  # replacements and deletions made here
        self._group = GroupCommit(self._commit)

    @property
    def _store(self) -> Store:
        """The open store (opened again after `close`: an app may be started more than once).
        Callers hold the lock."""
        if self._opened is None:
            self._opened = open_store(self.db_path, keep_open=False)
        return self._opened

    @property
    def generation(self) -> tuple[int, int, int]:
        """The number of stored plans, the corrections' version and the number of officers'
        changes to documents: views computed at another generation are stale."""
        with self._lock:
            return self._store.count_plans(), self._store.corrections_version(), self._edits

    def close(self) -> None:
        with self._lock:
            if self._opened is not None:
                try:
                    self._opened.flush()
                finally:
                    self._opened.close()
                    self._opened = None

    def rows(self, sql: str, parameters: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """The rows of one query."""
        with self._lock:
            return self._store.query(sql, parameters).rows

    def execute(self, sql: str, *parameters: Sequence[Any]) -> None:
        """One writing statement (on the web page's own tables), run once for each set of
        parameters in one transaction, with whatever other writes arrive meanwhile (`commit`):
        on DuckDB, each write opens the file for writing, which costs far more than the
        statements."""
        [error] = self.commit([Write(statements=[(sql, values) for values in parameters or [[]]])])
        if error is not None:
            raise error

    def held_versions(self, plan_ids: Sequence[str]) -> dict[str, str]:
        """The parser version each of the plans is stored with (those not stored left out).
        Asked on the connection open now (a shared DuckDB store's read-only one, between its
        writes): the upload's files go to the workers next, and opening the file for writing
        (first upload after start, or after an idle second: ~15 ms) falls on their jobs' row,
        written while the files are parsed."""
        if not plan_ids:
            return {}
        marks = ", ".join(f"${n}" for n in range(1, len(plan_ids) + 1))
        sql = f"SELECT plan_id, parser_version FROM plans WHERE plan_id IN ({marks})"
        with self._lock:
            rows = self._store.read(lambda con: con.execute(sql, list(plan_ids)).fetchall())
        return {str(plan_id): str(version) for plan_id, version in rows}

    def commit(self, writes: Sequence[Write]) -> list[BaseException | None]:
        """Commit the writes (parsed plans, parsed by workers outside this lock, each filed
        under its document, and statements: what they mean to the web page, their jobs
        stored), with the writes other threads make meanwhile, in one transaction (one commit
        is most of what a write costs: group_commit.py); each write's error, None when it was
        committed."""
        return self._group.write(writes)

    def _commit(self, plans: list[StagedPlan], statements: list[Statement]) -> None:
        def run(con: Any) -> None:
            for sql, values in statements:
                con.execute(sql, list(values))

        with self._lock:
            if not plans and len(statements) == 1:  # commits on its own: no BEGIN, no COMMIT
                [(sql, values)] = statements
                self._store.write(lambda con: con.execute(sql, list(values)))
                return
            self._store.store_filed(plans, run)
            for plan in plans:
                self._plans.pop(plan.plan_id, None)

    def flush(self) -> None:
        """What the store holds back, in its tables (a shared DuckDB store's plans committed
        as their records: `Store.store_filed`): jobs.py calls it once their jobs' pages are
        told they are stored, so that the uploads wait for their commit only (any read before
        it makes it first)."""
        with self._lock:
            if self._opened is not None:
                self._opened.flush()

    def holds_back(self) -> bool:
        """Whether plans committed wait for `flush` to reach the tables."""
        with self._lock:
            return self._opened is not None and self._opened.holds_back()

    def record_failure(self, name: str, plan_id: str, reason: str) -> None:
        with self._lock:
            self._store.record_failure(name, plan_id, reason)

    def plan(self, plan_id: str) -> Plan | None:
        with self._lock:
            plan = self._plans.get(plan_id) or self._store.plan(plan_id)
            if plan is not None:
                self._plans[plan_id] = plan
                self._plans.move_to_end(plan_id)
                while len(self._plans) > PLAN_CACHE_SIZE:
                    self._plans.popitem(last=False)
        return plan

    def reviewed(self, plan_id: str) -> Reviewed | None:
        """The plan's effective values (`Store.reviewed`: the parser's plan, kept in memory,
        with the reviewers' corrections applied): what the pages, compare, check and the
        exports show."""
        machine = self.plan(plan_id)
        if machine is None:
            return None
        with self._lock:
            return self._store.reviewed(plan_id, machine)

    def correct(self, plan_id: str, change: Change, author: str) -> Correction:
        with self._lock:
            return self._store.correct(plan_id, change, author)

    def undo(self, plan_id: str, position: int, author: str) -> Correction:
        with self._lock:
            return self._store.undo(plan_id, position, author)

    def lines(self, plan_id: str) -> list[tuple[int, str]]:
        with self._lock:
            return self._store.lines(plan_id)

    def summaries(
        self, province_code: str | None = None, commune_code: str | None = None
    ) -> list[PlanSummary]:
        """The stored plans, one per document (of one province, of one commune, when a code
        is given), by commune then number: the file that represents each, with its files; a
        plan whose header a reviewer corrected (its commune picked, its number or date fixed)
        with the reviewed values, and listed where they place it."""
        conditions, params = [], []
        for column, code in (("province_code", province_code), ("commune_code", commune_code)):
            if code:
                params.append(code)
                conditions.append(f"{column} = ${len(params)}")
        where = (
            f" AND (({' AND '.join(conditions)}) OR {IN_HEADER_CORRECTED})" if conditions else ""
        )
        sql = (
            f"SELECT {_SUMMARY_COLUMNS} FROM plans {SHOWN}{where} "
            "ORDER BY commune NULLS LAST, number NULLS LAST, plan_id"
        )
        with self._lock:
            rows = self._store.query(sql, params).rows
            corrected = self._store.header_corrected()
            files = {d.document_id: d.files for d in documents(self._store)}
        fields = _SUMMARY_COLUMNS.replace("n_targets", "targets").split(", ")[:-1]
        summaries = []
        for row in rows:
            values = dict(zip(fields, row[:-1], strict=True))
            values["issued"] = issued_iso(values["issued"], row[-1])  # as the plan JSON has it
            values["files"] = [file_out(f) for f in files.get(values["document_id"], [])]
            summary = PlanSummary(**values)
            if summary.plan_id in corrected:
                summary = self._reviewed_summary(summary)
            if (province_code or summary.province_code) == summary.province_code and (
                commune_code or summary.commune_code
            ) == summary.commune_code:
                summaries.append(summary)
        if corrected:
            summaries.sort(
                key=lambda s: (
                    s.commune is None,
                    s.commune or "",
                    s.number is None,
                    s.number or "",
                    s.plan_id,
                )
            )
        return summaries

    def _reviewed_summary(self, summary: PlanSummary) -> PlanSummary:
        reviewed = self.reviewed(summary.plan_id)
        if reviewed is None:
            return summary
        meta = reviewed.plan.document
        return summary.model_copy(
            update={
                "commune": meta.commune.name if meta.commune else None,
                "commune_code": meta.commune.code if meta.commune else None,
                "province": meta.province,
                "province_code": meta.province_code,
                "number": meta.number,
                "issued": meta.issued.iso if meta.issued else None,
            }
        )

    def province_workbook(self, province_code: str, profile: str) -> list[Table]:
        """The sheets of the workbook the province's office sends upward (store/workbook.py)."""
        with self._lock:
            return province_workbook(self._store, province_code, profile)

    def document(self, plan_id: str) -> Document | None:
        """The document the stored file belongs to, with its files."""
        with self._lock:
            return document_of(self._store, plan_id)

    def replace_file(self, plan_id: str, replacement: str, by: str | None) -> Document:
        with self._lock:
            self._edits += 1
            return replace_file(self._store, plan_id, replacement, by)

    def delete_document(self, document_id: str, by: str | None) -> None:
        with self._lock:
            self._edits += 1
            delete_document(self._store, document_id, by)

    def restore_document(self, document_id: str, by: str | None) -> None:
        with self._lock:
            self._edits += 1
            restore_document(self._store, document_id, by)

    def history(self, document_id: str) -> list[DocumentEvent]:
        with self._lock:
            return history(self._store, document_id)

    def commune_of(self, plan_id: str) -> str | None:
        """The code of the stored plan's commune (None when unknown or not stored); the one a
        reviewer picked, when one did."""
        with self._lock:
            corrected = plan_id in self._store.header_corrected()
        if corrected:
            reviewed = self.reviewed(plan_id)
            commune = reviewed.plan.document.commune if reviewed else None
            return commune.code if commune else None
        found = self.rows("SELECT commune_code FROM plans WHERE plan_id = $1", [plan_id])
        return found[0][0] if found else None

    def province_reviews(self, province_code: str) -> list[Reviewed]:
        """Every document of the province, by the file representing it, reviewed (as
        `reviewed`, the corrections of all read at once)."""
        summaries = self.summaries(province_code)
        with self._lock:
            corrections = self._store.corrections_by_plan()
        found = []
        for summary in summaries:
            machine = self.plan(summary.plan_id)
            if machine is None:
                continue
            with self._lock:
                changes = corrections.get(summary.plan_id, [])
                reviewed = self._store.reviewed(summary.plan_id, machine, changes)
            if reviewed is not None:
                found.append(reviewed)
        return found

    def province_plans(self, province_code: str) -> list[tuple[str, Plan]]:
        """(plan_id, plan) of every stored plan of the province, with its effective values
        (the reviewers' corrections applied: `reviewed`)."""
        return [(r.plan_id, r.plan) for r in self.province_reviews(province_code)]

    def provinces(self) -> list[tuple[str, str | None, int]]:
        """(code, name, number of documents) of every province with a plan, by code."""
        sql = (
            f"SELECT province_code, min(province), count(*) FROM plans {SHOWN} "
            "AND province_code IS NOT NULL GROUP BY province_code ORDER BY province_code"
        )
        with self._lock:
            rows = self._store.query(sql).rows
        return [(str(code), name, int(count)) for code, name, count in rows]


def file_out(file: DocumentFile) -> FileOut:
    return FileOut(
        plan_id=file.plan_id,
        file_name=file.file_name or file.path,
        format=file.format,
        representative=file.representative,
        replaced=file.replaced_at is not None,
    )
