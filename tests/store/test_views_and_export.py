"""The comparison view against the national catalog, `query` and `export`, on both backends."""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq
import pytest

from plan_extract.core.contract import Commune, DocumentMeta, Period, Plan, Source, Target
from plan_extract.normalize.model import Line, NormalizedDocument
from plan_extract.store import open_store
from plan_extract.store.rows import plan_rows

CliRun = Callable[..., subprocess.CompletedProcess[str]]


Spec = tuple[str, float, str, int | None]


def _plan(commune: str, targets: list[Spec], comparator: str = ">=") -> Plan:
    """A plan of `commune` (period 2026-2030) with (national indicator, value, unit, year)s; a
    target for ECO-2 or FAM-1 (lower is better) states a ceiling, the others `comparator`."""
    text = "\n".join(f"{commune} {i} {v} {y}" for i, v, _, y in targets)
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Plan(
        source=Source(path=f"{commune}.txt", sha256=sha, format="txt", parser_version="0.1.0"),
        document=DocumentMeta(
            kind="ke_hoach",
            commune=Commune(name=commune, type="xã"),
            period=Period(start_year=2026, end_year=2030),
        ),
        targets=[
            Target(
                id=f"t{n}",
                section=None,
                line=n,
                text=f"target {n}",
                indicator=None,
                domain="politics",
                value=value,
                unit=unit,  # type: ignore[arg-type]
                comparator="<=" if indicator in ("ECO-2", "FAM-1") else comparator,  # type: ignore[arg-type]
                year=year,
                national_indicator=indicator,
            )
            for n, (indicator, value, unit, year) in enumerate(targets, start=1)
        ],
    )


def _save(db: str | Path, *plans: Plan) -> None:
    with open_store(db) as store:
        for plan in plans:
            lines = [Line(n, t.text, (n,)) for n, t in enumerate(plan.targets, start=1)]
            store.save(plan_rows(plan, NormalizedDocument("txt", lines)))


@pytest.fixture
def db(store_db: str) -> str:
    _save(
        store_db,
        _plan("Xã An", [("POL-1", 70, "percent", 2030), ("ECO-2", 20, "percent", 2030)]),
        _plan("Xã Bình", [("POL-1", 80, "percent", None), ("ECO-2", 32, "percent", 2030)]),
        _plan(
            "Xã Cát",
            [
                ("POL-1", 62, "percent", 2027),
                ("FAM-1", 1.2, "ratio", 2030),
                ("POL-1", 50, "percent", 2024),
            ],
        ),
        _plan("Xã Đông", [("POL-1", 50, "count", 2030), ("ECO-1", 40, "percent", 2030)], "<="),
    )
    return store_db


def test_comparison_is_direction_aware_and_uses_the_milestone_in_force(db: str) -> None:
    with open_store(db, read_only=True) as store:
        rows = store.query(
            "SELECT commune, national_indicator, value, compared_year, national_year, "
            "national_value, at_least_as_ambitious FROM target_comparison "
            "ORDER BY commune, national_indicator, year"
        ).rows
    assert rows == [
        ("Xã An", "ECO-2", 20.0, 2030, 2030, 25.0, True),  # lower is better: 20 <= 25
        ("Xã An", "POL-1", 70.0, 2030, 2030, 75.0, False),
        ("Xã Bình", "ECO-2", 32.0, 2030, 2030, 25.0, False),
        ("Xã Bình", "POL-1", 80.0, 2030, 2030, 75.0, True),  # no year: the plan's end year
        ("Xã Cát", "FAM-1", 1.2, 2030, 2030, 1.4, True),
        ("Xã Cát", "POL-1", 50.0, 2024, None, None, None),  # before every milestone
        ("Xã Cát", "POL-1", 62.0, 2027, 2025, 60.0, True),  # 2027: the 2025 milestone holds
        ("Xã Đông", "ECO-1", 40.0, 2030, 2030, 60.0, None),  # a ceiling for a floor: no rank
        ("Xã Đông", "POL-1", 50.0, 2030, 2030, 75.0, None),  # a count against a percentage
    ]


def test_query_prints_table_csv_and_json(db: str, run_cli: CliRun) -> None:
    sql = (
        "SELECT commune, value FROM target_comparison "
        "WHERE national_indicator = 'POL-1' AND NOT at_least_as_ambitious ORDER BY commune"
    )
    table = run_cli("query", sql, "--db", db)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0].split() == ["commune", "value"]
    assert "Xã An" in table.stdout and "(1 row)" in table.stdout
    csv = run_cli("query", sql, "--db", db, "--format", "csv")
    assert csv.stdout == "commune,value\nXã An,70.0\n"
    out = run_cli("query", sql, "--db", db, "--format", "json")
    assert json.loads(out.stdout) == [{"commune": "Xã An", "value": 70.0}]


def test_a_bad_query_is_a_one_line_error(db: str, run_cli: CliRun) -> None:
    result = run_cli("query", "SELECT nothing FROM nowhere", "--db", db)
    assert result.returncode == 1
    assert result.stderr.startswith("plan-extract: query failed:")
    assert result.stderr.count("\n") == 1


def test_export_writes_every_table_in_each_format(db: str, tmp_path: Path, run_cli: CliRun) -> None:
    for fmt in ("csv", "parquet", "xlsx"):
        result = run_cli("export", "--format", fmt, "-o", str(tmp_path / fmt), "--db", db)
        assert result.returncode == 0, result.stderr
    targets = pq.read_table(tmp_path / "parquet" / "targets.parquet")
    assert targets.num_rows == 9
    assert targets.schema.field("value").type == "double"
    comparison = (tmp_path / "csv" / "target_comparison.csv").read_text(encoding="utf-8-sig")
    assert comparison.splitlines()[0].startswith("plan_id,path,commune")
    assert len(comparison.splitlines()) == 10
    workbook = openpyxl.load_workbook(tmp_path / "xlsx" / "plans.xlsx", read_only=True)
    assert workbook.sheetnames[:3] == ["plans", "sections", "targets"]
    assert "target_comparison" in workbook.sheetnames
    again = run_cli("export", "--format", "xlsx", "-o", str(tmp_path / "again.xlsx"), "--db", db)
    assert again.returncode == 0
    assert (tmp_path / "again.xlsx").read_bytes() == (tmp_path / "xlsx" / "plans.xlsx").read_bytes()
