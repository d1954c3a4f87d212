"""The comparison tables built from plans made in code, and the files written for them."""

from __future__ import annotations

from pathlib import Path

import factory
from plan_extract.compare import NamedPlan, compare, write_comparison
from plan_extract.compare.national import NationalIndicator
from plan_extract.core.contract import Commune
from plan_extract.output.tables import Table, Value

CATALOG = {
    "ECO-1": NationalIndicator("ECO-1", "wages", "percent", "higher", {2025: 50.0, 2030: 60.0}),
    "ECO-2": NationalIndicator("ECO-2", "farming", "percent", "lower", {2025: 30.0, 2030: 25.0}),
}  # fmt: skip


def plans() -> list[NamedPlan]:
    one = factory.plan(
        targets=[
            factory.target(id="t1", value=60, year=2030),
            factory.target(id="t2", national_indicator="ECO-2", value=28, comparator="<", line=12),
            factory.target(id="t3", national_indicator=None, value=3, unit="count", line=13),
        ]
    )
    other_doc = factory.document(commune=Commune(name="An Hưng", type="xã"), province="Hải Phòng")
    two = factory.plan(
        document=other_doc,
        targets=[
            factory.target(id="t1", value=45, year=2025),
            factory.target(id="t2", value=65, year=2030, line=20),
        ],
        units=[factory.unit("thon", "Các thôn", "village", False, "V.4")],
    )
    return [NamedPlan("a/vp.txt", one), NamedPlan("b/ah.json", two)]


def rows(table: Table, *wanted: str) -> list[tuple[Value, ...]]:
    index = [table.column_names.index(w) for w in wanted]
    return [tuple(row[i] for i in index) for row in table.rows]


def test_targets_table_has_one_row_per_plan_and_target_with_the_national_value() -> None:
    table = compare(plans(), CATALOG).targets
    got = rows(table, "plan", "commune", "commune_code", "target",
               "national_indicator", "value", "year", "national_value", "national_year",
               "at_least_as_ambitious")  # fmt: skip
    assert got == [
        ("a/vp.txt", "xã Vĩnh Phong", "30001", "t1", "ECO-1", 60.0, 2030, 60.0, 2030, True),
        ("a/vp.txt", "xã Vĩnh Phong", "30001", "t2", "ECO-2", 28.0, 2030, 25.0, 2030, False),
        ("a/vp.txt", "xã Vĩnh Phong", "30001", "t3", None, 3.0, 2030, None, None, None),
        ("b/ah.json", "xã An Hưng", None, "t1", "ECO-1", 45.0, 2025, 50.0, 2025, False),
        ("b/ah.json", "xã An Hưng", None, "t2", "ECO-1", 65.0, 2030, 60.0, 2030, True),
    ]  # fmt: skip
    assert rows(table, "province")[3] == ("Hải Phòng",)


def test_indicators_table_is_wide_with_the_target_due_last() -> None:
    table = compare(plans(), CATALOG).indicators
    assert table.column_names == ["plan", "commune", "commune_code", "province", "ECO-1", "ECO-2"]
    assert [row[4:] for row in table.rows] == [(60.0, 28.0), (65.0, None)]


def test_units_table_marks_lead_and_work_by_kind() -> None:
    table = compare(plans(), CATALOG).units
    got = rows(table, "units", "lead_units", "government_office",
               "police", "village", "health")  # fmt: skip
    assert got == [(2, 1, "lead", "work", None, None), (1, 0, None, None, "work", None)]


def test_write_comparison_writes_every_format(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    written = write_comparison(plans(), CATALOG, tmp_path)
    assert sorted(p.name for p in written) == sorted(
        [
            f"{name}.{ext}"
            for name in ("targets", "indicators", "units")
            for ext in ("csv", "parquet")
        ]
        + ["comparison.xlsx", "report.html"]
    )
    workbook = load_workbook(tmp_path / "comparison.xlsx")
    assert workbook.sheetnames == ["targets", "indicators", "units"]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
    assert workbook["targets"].max_row == 6
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.count("<svg") == 2
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html


def test_same_plans_same_bytes(tmp_path: Path) -> None:
    first = write_comparison(plans(), CATALOG, tmp_path / "1")
    second = write_comparison(plans(), CATALOG, tmp_path / "2")
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name
