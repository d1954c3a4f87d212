"""One plan's files share a document key; original file names are kept; the sha256 of a file is
`plan_id` in every table (failures too); on both backends where the store is involved."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from plan_extract.core.errors import InputError
from plan_extract.pipeline import parse_bytes_with_lines
from plan_extract.store import ingest_bytes, open_store
from plan_extract.store.keys import file_name
from plan_extract.store.rows import plan_rows

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "corpus" / "plans"
# The same plan as typed text, Word, a PDF export and a scan; a draft without a number (its
# key comes from the text); another plan of the same commune.
DOCUMENTS = {
    "vinh-phong-131": (
        "seeds/001_d694d18c5a7d837d.txt",
        "rendered/001_d694d18c5a7d837d.docx",
        "rendered/001_d694d18c5a7d837d.pdf",
        "rendered/001_d694d18c5a7d837d.scan.pdf",
    ),
    "nghia-son-draft": (
        "seeds/004_84ecff9abd92b8a3.txt",
        "rendered/004_84ecff9abd92b8a3.docx",
        "rendered/004_84ecff9abd92b8a3.pdf",
    ),
    "vinh-phong-129": ("seeds/000_0617497f5d51b358.txt",),
}


def _key(relative: str) -> str:
    path = PLANS / relative
    plan, doc = parse_bytes_with_lines(path.read_bytes(), path.name)
    key = plan_rows(plan, doc).tables["plans"][0][1]
    assert isinstance(key, str)
    return key


def test_the_files_of_one_plan_share_its_document_key_and_others_differ() -> None:
    keys = {document: {_key(f) for f in files} for document, files in DOCUMENTS.items()}
    assert all(len(found) == 1 for found in keys.values()), keys
    assert keys["vinh-phong-131"] == {"header:31051:131-kh-ubnd:2026-05-22"}  # the scan too
    (draft,) = keys["nghia-son-draft"]
    assert draft.startswith("text:") and len(draft) == len("text:") + 16
    assert len({next(iter(found)) for found in keys.values()}) == len(DOCUMENTS)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("plans/xa-a/ke-hoach.docx", "ke-hoach.docx"),
        ("batch.zip!docs/Kế hoạch 12.pdf", "Kế hoạch 12.pdf"),
        ("outer.ZIP!inner.zip!a.txt", "a.txt"),
        ("C:\\plans\\b.txt", "b.txt"),
        ("a.md", "a.md"),
    ],
)
def test_file_name_drops_folders_and_archives(path: str, name: str) -> None:
    assert file_name(path) == name


def test_an_uploads_original_name_is_kept(store_db: str, tmp_path: Path) -> None:
    data = (PLANS / "seeds" / "001_d694d18c5a7d837d.txt").read_bytes()
    name = "Kế hoạch bình đẳng giới 2026.txt"
    with open_store(store_db) as store:
        plan_id = ingest_bytes(store, data, name)
        assert plan_id == hashlib.sha256(data).hexdigest()
        row = store.query(
            "SELECT path, file_name, document_key FROM plans WHERE plan_id = $1", [plan_id]
        ).rows
        assert row == [(name, name, "header:31051:131-kh-ubnd:2026-05-22")]
        plan = store.plan(plan_id)
        assert plan is not None and plan.source.path == name
        (summary,) = store.plans()
        assert (summary.file_name, summary.document_key) == (name, row[0][2])


def test_a_failure_is_kept_under_plan_id(store_db: str) -> None:
    data = b"\x00\x01 not a plan"
    with open_store(store_db) as store:
        with pytest.raises(InputError, match=r"^scan\.txt: "):
            ingest_bytes(store, data, "scan.txt")
        (failure,) = store.failures()
        assert failure.plan_id == hashlib.sha256(data).hexdigest()
        assert store.query("SELECT plan_id FROM failures").rows == [(failure.plan_id,)]
