"""The commands' inputs and `parse`'s outputs: .zip archives for parse, check, compare and ingest
(made by the `zip` tool, Vietnamese names kept), `-o DIR` one JSON per input named after its whole
file name, `--force`, and `-` for standard input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from cli_process import Result, run_cli, run_in_process
from files_helpers import zip_with_tool

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "plans" / "seeds"
SEED = SEEDS / "001_d694d18c5a7d837d.txt"
DOCX = ROOT / "corpus" / "plans" / "rendered" / "001_d694d18c5a7d837d.docx"
COMMUNE_FOLDER = "xã Vĩnh Phong"
PLAN_NAME = "Kế hoạch bình đẳng giới.txt"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A .zip made by the `zip` tool, as people make them on Linux: a folder with a Vietnamese
    name holding a seed plan (Vietnamese name too) and its Word rendering, and a stray picture."""
    folder = tmp_path / "in" / COMMUNE_FOLDER
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder / PLAN_NAME)
    shutil.copy(DOCX, folder / "plan.docx")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    return zip_with_tool(tmp_path / "in", tmp_path / "kế hoạch.zip")


def _one_line_error(
    result: Result | subprocess.CompletedProcess[str], code: int, *words: str
) -> None:
    assert result.returncode == code, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert all(word in result.stderr for word in words), result.stderr


def test_parse_writes_one_json_per_member_of_a_zip(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_in_process("parse", str(archive), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        f"kế hoạch.zip!{COMMUNE_FOLDER}!{PLAN_NAME}.json",
        f"kế hoạch.zip!{COMMUNE_FOLDER}!plan.docx.json",
    ]
    plan = json.loads((out / f"kế hoạch.zip!{COMMUNE_FOLDER}!{PLAN_NAME}.json").read_text())
    assert plan["source"]["path"] == f"{archive}!{COMMUNE_FOLDER}/{PLAN_NAME}"
    assert plan["document"]["number"] == "131/KH-UBND"
    assert f"kế hoạch.zip!{COMMUNE_FOLDER}/{PLAN_NAME}" in result.stdout  # the summary


def test_parse_of_a_zip_member_gives_the_same_plan_as_the_file(
    archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run_in_process("parse", str(archive), str(SEED), "-o", str(out)).returncode == 0
    member = json.loads((out / f"kế hoạch.zip!{COMMUNE_FOLDER}!{PLAN_NAME}.json").read_text())
    file = json.loads((out / f"{SEED.name}.json").read_text())
    assert member["source"].pop("path") != file["source"].pop("path")
    assert member == file


def test_outputs_are_named_after_the_whole_file_name_and_never_mixed(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(SEED, tmp_path / folder / "plan.txt")
    shutil.copy(DOCX, tmp_path / "a" / "plan.docx")
    out = tmp_path / "out"
    result = run_in_process("parse", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "plan.docx.json",
        "plan.txt-2.json",
        "plan.txt.json",
    ]
    formats = {p.name: json.loads(p.read_text())["source"]["format"] for p in out.iterdir()}
    assert formats["plan.docx.json"] == "docx"
    assert formats["plan.txt.json"] == formats["plan.txt-2.json"] == "md"


def test_an_existing_output_is_replaced_only_with_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{SEED.name}.json").write_text("kept")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    result = run_in_process("parse", str(broken), str(SEED), "-o", str(out))
    _one_line_error(result, 2, f"{SEED.name}.json", "--force")
    assert (out / f"{SEED.name}.json").read_text() == "kept"
    assert "empty" not in result.stderr  # nothing was parsed
    forced = run_in_process("parse", str(SEED), "-o", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert json.loads((out / f"{SEED.name}.json").read_text())["document"]["number"]


def test_out_must_be_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("")
    _one_line_error(run_in_process("parse", str(SEED), "-o", str(target)), 2, "not a folder")


def test_parse_reads_standard_input_by_its_content_or_its_declared_format(
    tmp_path: Path,
) -> None:
    with SEED.open("rb") as stdin:
        sniffed = run_cli("parse", "-", stdin=stdin)
    assert sniffed.returncode == 0, sniffed.stderr
    plan = json.loads(sniffed.stdout)
    assert (plan["source"]["path"], plan["source"]["format"]) == ("<stdin>", "md")
    assert plan["document"]["number"] == "131/KH-UBND"
    word = json.loads(run_in_process("parse", "-", stdin=DOCX.read_bytes()).stdout)
    assert word["source"]["format"] == "docx"
    plain = tmp_path / "plain.txt"
    plain.write_text("KẾ HOẠCH\nThực hiện chương trình\nI. MỤC ĐÍCH\n", encoding="utf-8")
    declared = run_in_process("parse", "-", "--format-in", "md", stdin=plain.read_bytes())
    assert json.loads(declared.stdout)["source"]["format"] == "md"


def test_format_in_must_name_a_format_and_go_with_standard_input() -> None:
    bad = run_in_process("parse", "-", "--format-in", "rtf", stdin=SEED.read_bytes())
    _one_line_error(bad, 2, "--format-in")
    _one_line_error(run_in_process("parse", str(SEED), "--format-in", "md"), 2, "standard input")


def test_check_takes_a_zip_and_standard_input(archive: Path) -> None:
    result = run_in_process("check", str(archive), "--format", "json")
    paths = [plan["path"] for plan in json.loads(result.stdout)["plans"]]
    assert paths == [
        f"{archive}!{COMMUNE_FOLDER}/{PLAN_NAME}",
        f"{archive}!{COMMUNE_FOLDER}/plan.docx",
    ]
    piped = run_in_process(
        "check", "-", "--format", "json", "--format-in", "txt", stdin=SEED.read_bytes()
    )
    [plan] = json.loads(piped.stdout)["plans"]
    assert (plan["path"], plan["passed"]) == ("<stdin>", True)


def test_compare_takes_a_zip(archive: Path, tmp_path: Path) -> None:
    result = run_in_process("compare", str(archive), "-o", str(tmp_path / "report"))
    assert result.returncode == 0, result.stderr
    targets = (tmp_path / "report" / "targets.csv").read_text(encoding="utf-8")
    assert f"{archive}!{COMMUNE_FOLDER}/{PLAN_NAME}" in targets


def test_ingest_keeps_the_vietnamese_names_of_a_zip_made_by_the_zip_tool(
    archive: Path, tmp_path: Path
) -> None:
    db = tmp_path / "plans.duckdb"
    result = run_cli("ingest", str(archive), "--db", str(db), env={**os.environ, "CI": "true"})
    assert result.returncode == 0, result.stderr
    con = duckdb.connect(str(db), read_only=True)
    paths = sorted(path for (path,) in con.execute("SELECT path FROM plans").fetchall())
    con.close()
    assert paths == [
        f"{archive}!{COMMUNE_FOLDER}/{PLAN_NAME}",
        f"{archive}!{COMMUNE_FOLDER}/plan.docx",
    ]
