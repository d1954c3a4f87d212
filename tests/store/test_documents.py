"""One document, several files (store/documents.py), on both backends: the corpus renderings of
one plan (typed text, Word, PDF, scan) are one document whose Word file represents it; a scan
whose OCR differs a little joins by its text, another plan of the commune does not; an officer
replaces a file and deletes a document, and both stay recorded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus_files import PLANS, store_file, store_text
from plan_extract.store import ingest_paths, open_store
from plan_extract.store.documents import (
    delete_document,
    document_of,
    documents,
    file_new,
    history,
    replace_file,
    restore_document,
)

VINH_PHONG_131 = (
    "seeds/001_d694d18c5a7d837d.txt",
    "rendered/001_d694d18c5a7d837d.docx",
    "rendered/001_d694d18c5a7d837d.pdf",
    "rendered/001_d694d18c5a7d837d.scan.pdf",
)
NGHIA_SON_DRAFT = (
    "seeds/004_84ecff9abd92b8a3.txt",
    "rendered/004_84ecff9abd92b8a3.docx",
    "rendered/004_84ecff9abd92b8a3.pdf",
)
VINH_PHONG_129 = "seeds/000_0617497f5d51b358.txt"


def _ocr_like(text: str) -> str:
    """The text as an imperfect OCR gives it: a few letters misread here and there."""
    words = text.split(" ")
    for index in range(7, len(words), 41):
        words[index] = words[index].replace("n", "rn", 1).replace("i", "l", 1)
    return " ".join(words)


def test_the_renderings_of_a_plan_are_one_document_represented_by_its_word_file(
    store_db: str,
) -> None:
    with open_store(store_db) as store:
        ids = {relative: store_file(store, relative) for relative in VINH_PHONG_131}
        ids.update({relative: store_file(store, relative) for relative in NGHIA_SON_DRAFT})
        ids[VINH_PHONG_129] = store_file(store, VINH_PHONG_129)
        assert file_new(store) == 8
        assert file_new(store) == 0  # each file is filed once
        found = {d.document_id: d for d in documents(store)}
        assert len(found) == 3
        vinh_phong = found["header:31051:131-kh-ubnd:2026-05-22"]
        assert {f.plan_id for f in vinh_phong.files} == {ids[r] for r in VINH_PHONG_131}
        assert vinh_phong.representative == ids["rendered/001_d694d18c5a7d837d.docx"]
        assert vinh_phong.files[0].file_name == "001_d694d18c5a7d837d.docx"
        assert {f.matched_by for f in vinh_phong.files} == {"key"}
        (draft,) = (d for d in found.values() if d.document_id.startswith("text:"))
        assert {f.plan_id for f in draft.files} == {ids[r] for r in NGHIA_SON_DRAFT}
        assert draft.representative == ids["rendered/004_84ecff9abd92b8a3.docx"]
        counted = store.query(
            "SELECT count(DISTINCT document_id), count(*) FROM plan_documents"
        ).rows
        represented = store.query("SELECT count(*) FROM plan_documents WHERE representative")
        assert counted == [(3, 8)] and represented.rows == [(3,)]


def test_an_ingest_files_what_it_stores(store_db: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for relative in (*NGHIA_SON_DRAFT[:2], VINH_PHONG_129):
        (folder / Path(relative).name).write_bytes((PLANS / relative).read_bytes())
    with open_store(store_db) as store:
        report = ingest_paths(store, [folder], workers=1)
        assert report.stored == 3
        filed = store.query("SELECT count(*), count(DISTINCT document_id) FROM document_files")
        assert filed.rows == [(3, 2)]


def test_nearly_the_same_text_joins_its_document_and_another_plan_does_not(
    store_db: str,
) -> None:
    draft = (PLANS / NGHIA_SON_DRAFT[0]).read_text(encoding="utf-8")
    ocr = _ocr_like(draft)
    assert ocr != draft
    # another plan of Vĩnh Phong with its number blanked: a text key, the commune of plan 131
    other = re.sub(r"Số: 129/KH-UBND", "Số: /KH-UBND", (PLANS / VINH_PHONG_129).read_text())
    with open_store(store_db) as store:
        typed = store_text(store, "du-thao.txt", draft)
        vinh_phong = store_file(store, VINH_PHONG_131[0])
        assert file_new(store) == 2
        scanned = store_text(store, "du-thao-scan.txt", ocr)
        unnumbered = store_text(store, "khac.txt", other)
        file_new(store)
        joined = document_of(store, scanned)
        assert joined is not None and {f.plan_id for f in joined.files} == {typed, scanned}
        assert {f.plan_id: f.matched_by for f in joined.files}[scanned] == "text"
        alone = document_of(store, unnumbered)
        assert alone is not None and [f.plan_id for f in alone.files] == [unnumbered]
        assert document_of(store, vinh_phong) != alone
        assert len(documents(store)) == 3


def test_an_officer_replaces_a_file_and_deletes_a_document_and_both_stay_recorded(
    store_db: str,
) -> None:
    with open_store(store_db) as store:
        pdf = store_file(store, NGHIA_SON_DRAFT[2])
        txt = store_file(store, NGHIA_SON_DRAFT[0])
        other = store_file(store, VINH_PHONG_129)  # a corrected file, filed elsewhere by key
        file_new(store)
        before = document_of(store, pdf)
        assert before is not None and before.representative == txt
        after = replace_file(store, txt, other, "thu")
        assert after.document_id == before.document_id
        by_id = {f.plan_id: f for f in after.files}
        assert set(by_id) == {pdf, txt, other}
        assert (by_id[txt].replaced_by, by_id[txt].replacement) == ("thu", other)
        assert by_id[txt].replaced_at is not None and not by_id[txt].representative
        assert by_id[other].matched_by == "officer" and after.representative == other
        assert len(documents(store)) == 1  # the other file left its own document: empty, unlisted
        with pytest.raises(Exception, match="cannot replace itself"):
            replace_file(store, pdf, pdf, "thu")

        delete_document(store, after.document_id, "thu")
        deleted = document_of(store, pdf)
        assert deleted is not None and deleted.deleted_by == "thu" and deleted.deleted_at
        assert store.count_plans() == 3  # nothing erased
        live = store.query(
            "SELECT count(DISTINCT document_id) FROM plan_documents WHERE deleted_at IS NULL"
        )
        assert live.rows == [(0,)]
        restore_document(store, after.document_id, "lan")
        restored = document_of(store, pdf)
        assert restored is not None and restored.deleted_at is None
        events = history(store, after.document_id)  # every change kept, the deletion too
        assert [(e.action, e.actor) for e in events] == [
            ("replaced", "thu"),
            ("deleted", "thu"),
            ("restored", "lan"),
        ]
        assert (events[0].plan_id, events[0].replacement) == (txt, other)
        assert all(e.happened_at is not None for e in events)


def test_an_older_store_gets_its_files_filed_when_upgraded(store_db: str) -> None:
    with open_store(store_db) as store:
        ids = [store_file(store, relative) for relative in NGHIA_SON_DRAFT[:2]]
        store.write(_undo_migration_7)
    with open_store(store_db) as store:
        assert store.upgraded_from is not None and store.upgraded_from.version == 6  # 0006 applied
        assert store.schema().current
        (document,) = documents(store)
        assert {f.plan_id for f in document.files} == set(ids)
        filed = store.query("SELECT count(*) FROM document_files").rows
        assert filed == [(2,)]


def _undo_migration_7(con: object) -> None:
    """The store as a package before migration 0007 left it (with its plans)."""
    for statement in (
        "DROP VIEW plan_documents",
        "DROP TABLE document_files",
        "DROP TABLE documents",
        "DROP TABLE document_events",
        "DELETE FROM schema_migrations WHERE version = 7",
    ):
        con.execute(statement)  # type: ignore[attr-defined]
