"""The workbook a province office sends upward (store/workbook.py), on both backends, and from the
command line: a sheet per table with Vietnamese headers, a plan sent as two files counted once
with both original names, percentages and dates as such, the communes without a plan, the
incomplete plans, a document's reviewed values with their items marked; the same store gives
the same bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import openpyxl

from cli_process import run_cli
from corpus_files import PLANS, store_file
from plan_extract.store import open_store
from plan_extract.store.corrections import Change
from plan_extract.store.documents import file_new
from plan_extract.store.workbook import WORDS, write_province_workbook
from workbook_sheets import SHEETS

AN_GIANG = "91"
TYPED = "seeds/001_d694d18c5a7d837d.txt"  # kế hoạch 131/KH-UBND of Vĩnh Phong (31051)
WORD = "rendered/001_d694d18c5a7d837d.docx"  # the same plan, as Word
OTHER = "seeds/000_0617497f5d51b358.txt"  # kế hoạch 129/KH-UBND of Vĩnh Phong


def _records(sheet: Any) -> list[dict[str, Any]]:
    """A sheet's rows as header → cell."""
    rows = list(sheet.iter_rows())
    header = [cell.value for cell in rows[0]]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def _store(db: str) -> None:
    with open_store(db) as store:
        for relative in (TYPED, WORD, OTHER):
            store_file(store, relative)
        file_new(store)


def test_the_workbook_counts_a_plan_once_with_its_files_numbers_and_dates(
    store_db: str, tmp_path: Path
) -> None:
    _store(store_db)
    with open_store(store_db, read_only=True) as store:
        path = write_province_workbook(
            store, AN_GIANG, "gender-equality-commune", tmp_path / "a.xlsx"
        )
        again = write_province_workbook(
            store, AN_GIANG, "gender-equality-commune", tmp_path / "b.xlsx"
        )
    assert path.read_bytes() == again.read_bytes()  # byte-identical for the same store
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == SHEETS

    plans = _records(workbook["Kế hoạch"])
    assert sorted(p["Số, ký hiệu"].value for p in plans) == ["129/KH-UBND", "131/KH-UBND"]
    (plan_131,) = (p for p in plans if p["Số, ký hiệu"].value == "131/KH-UBND")
    assert plan_131["Tệp gốc"].value == "001_d694d18c5a7d837d.docx; 001_d694d18c5a7d837d.txt"
    assert plan_131["Tệp đại diện"].value == "001_d694d18c5a7d837d.docx"
    issued = plan_131["Ngày ban hành"]
    assert issued.value == dt.datetime(2026, 5, 22) and issued.number_format == "dd/mm/yyyy"
    assert plan_131["Số chỉ tiêu"].value == 6 and plan_131["Xã, phường"].value == "xã Vĩnh Phong"
    assert plan_131["Đầy đủ"].value == "Có"

    targets = _records(workbook["Chỉ tiêu"])
    assert {t["Số, ký hiệu"].value for t in targets} == {"131/KH-UBND"}  # 129 has none
    assert len(targets) == 6  # once, though sent as two files
    (seventy,) = (t for t in targets if t["Dòng"].value == 26)
    assert seventy["Giá trị"].value == 0.7 and seventy["Giá trị"].number_format == "0%"
    assert (seventy["Đơn vị tính"].value, seventy["So sánh"].value) == ("%", "≥")
    assert seventy["Lĩnh vực"].value == "Chính trị" and seventy["Năm"].value == 2030

    units = _records(workbook["Đơn vị"])
    assert {u["Vai trò"].value for u in units} <= {"Chủ trì", "Phối hợp"}
    assert "Chủ trì" in {u["Vai trò"].value for u in units}

    national = _records(workbook["So sánh chỉ tiêu quốc gia"])
    assert national and all(n["Chỉ tiêu quốc gia"].value for n in national)
    assert {n["Đạt mức quốc gia"].value for n in national} <= {"Có", "Không", None}
    assert all(
        n["Giá trị quốc gia"].number_format == "0%"
        for n in national
        if n["Đơn vị tính"].value == "%" and n["Giá trị quốc gia"].value is not None
    )

    missing = {row["Mã xã"].value for row in _records(workbook["Xã chưa gửi kế hoạch"])}
    assert "31051" not in missing and "30985" in missing  # An Biên sent none
    assert len(missing) == 102 - 1  # An Giang's communes since July 2025, but Vĩnh Phong

    incomplete = _records(workbook["Kế hoạch chưa đầy đủ"])
    assert {row["Số, ký hiệu"].value for row in incomplete} == {"129/KH-UBND"}
    assert {row["Tệp gốc"].value for row in incomplete} == {"000_0617497f5d51b358.txt"}
    assert all(row["Thiếu sót"].value for row in incomplete)


def test_the_workbook_shows_a_documents_reviewed_values_marked(
    store_db: str, tmp_path: Path
) -> None:
    """A reviewer's corrections of the file that represents the document (Word) are the
    workbook's values, marked reviewed; a correction of the document's other file (the typed
    text) stays on that file and does not show."""
    _store(store_db)
    word, typed = _plan_id(WORD), _plan_id(TYPED)
    with open_store(store_db) as store:
        machine = store.plan(word)
        assert machine is not None
        national = next(t for t in machine.targets if t.national_indicator)
        assert national.unit == "percent" and national.value != 75
        rejected = next(t for t in machine.targets if t.line != national.line)
        store.correct(word, Change("target", national.id, "value", 75), "thu")
        store.correct(word, Change("target", rejected.id, "status", "rejected"), "thu")
        store.correct(typed, Change("target", national.id, "value", 90), "lan")
        path = write_province_workbook(
            store, AN_GIANG, "gender-equality-commune", tmp_path / "r.xlsx"
        )
    workbook = openpyxl.load_workbook(path)
    mark = WORDS.load().labels["reviewed"]["yes"]
    assert mark == "đã rà soát"
    plans = {p["Số, ký hiệu"].value: p["Đã rà soát"].value for p in _records(workbook["Kế hoạch"])}
    assert plans == {"131/KH-UBND": mark, "129/KH-UBND": None}
    targets = _records(workbook["Chỉ tiêu"])
    assert len(targets) == 5  # six, one rejected
    (corrected,) = (t for t in targets if t["Dòng"].value == national.line)
    assert (corrected["Giá trị"].value, corrected["Đã rà soát"].value) == (0.75, mark)
    assert [t["Đã rà soát"].value for t in targets].count(None) == 4
    compared = _records(workbook["So sánh chỉ tiêu quốc gia"])
    values = {n["Chỉ tiêu quốc gia"].value: n["Giá trị"].value for n in compared}
    assert values[national.national_indicator] == 0.75  # not the parser's, nor the typed file's


def _plan_id(relative: str) -> str:
    return hashlib.sha256((PLANS / relative).read_bytes()).hexdigest()


def test_the_command_writes_the_workbook_and_refuses_bad_arguments(tmp_path: Path) -> None:
    db = str(tmp_path / "plans.duckdb")
    _store(db)
    out = tmp_path / "an-giang.xlsx"
    done = run_cli("export", "--format", "xlsx", "--province", AN_GIANG, "-o", str(out), "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert openpyxl.load_workbook(out).sheetnames == SHEETS
    folder = run_cli(
        "export", "--format", "xlsx", "--province", AN_GIANG, "-o", str(tmp_path / "f"), "--db", db
    )
    assert folder.returncode == 0 and (tmp_path / "f" / "province-91.xlsx").is_file()
    for arguments, message in (
        (("--format", "csv", "--province", AN_GIANG), "use --format xlsx"),
        (("--format", "xlsx", "--province", "99"), "no province has the code '99'"),
        (("--format", "xlsx", "--province", AN_GIANG, "--profile", "nope"), "no built-in profile"),
    ):
        refused = run_cli("export", *arguments, "-o", str(tmp_path / "x.xlsx"), "--db", db)
        assert refused.returncode == 2
        assert message in refused.stderr and "Traceback" not in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
