"""The shared table writers: CSV, Parquet, XLSX."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_extract.output.tables import Column, Table, column_widths, csv_text, write_tables

TABLE = Table(
    name="targets",
    columns=(
        Column("commune"),
        Column("value", "float"),
        Column("year", "int"),
        Column("ambitious", "bool"),
    ),
    rows=[("Xã Tân Hòa", 50.0, 2030, True), ("Phường Bến Thành", None, None, None)],
)


def test_row_width_is_checked() -> None:
    with pytest.raises(ValueError, match="row 0 has 1 values"):
        Table("t", (Column("a"), Column("b")), [("x",)])


def test_csv_text_has_header_and_empty_cells_for_missing_values() -> None:
    assert csv_text(TABLE).splitlines() == [
        "commune,value,year,ambitious",
        "Xã Tân Hòa,50.0,2030,true",
        "Phường Bến Thành,,,",
    ]


def test_parquet_keeps_types_and_nulls(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    write_tables([TABLE], tmp_path, formats=("parquet",))
    read = pq.read_table(tmp_path / "targets.parquet")
    assert [str(t) for t in read.schema.types] == ["string", "double", "int64", "bool"]
    assert read.column("year").to_pylist() == [2030, None]
    assert read.column("commune").to_pylist()[1] == "Phường Bến Thành"


def test_xlsx_has_one_sheet_per_table_frozen_header_and_filter(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    other = Table("units", (Column("unit"),), [("Công an xã",)])
    write_tables([TABLE, other], tmp_path, formats=("xlsx",))
    workbook = load_workbook(tmp_path / "tables.xlsx")
    assert workbook.sheetnames == ["targets", "units"]
    sheet = workbook["targets"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:D3"
    assert [cell.value for cell in sheet[1]] == ["commune", "value", "year", "ambitious"]
    assert sheet["A2"].value == "Xã Tân Hòa"
    assert sheet["C3"].value is None
    assert sheet.column_dimensions["A"].width >= len("Phường Bến Thành")


def test_outputs_are_byte_identical_across_runs(tmp_path: Path) -> None:
    first = write_tables([TABLE], tmp_path / "a")
    second = write_tables([TABLE], tmp_path / "b")
    assert [p.name for p in first] == ["targets.csv", "targets.parquet", "tables.xlsx"]
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name


def test_widths_are_bounded() -> None:
    table = Table("t", (Column("a"), Column("long")), [("x", "y" * 500)])
    assert column_widths(table) == [6, 60]


def test_sheet_names_are_made_valid_and_unique(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    tables = [Table("a/b" * 20, (Column("x"),)), Table("a/b" * 20, (Column("x"),))]
    write_tables(tables, tmp_path, formats=("xlsx",))
    names = load_workbook(tmp_path / "tables.xlsx").sheetnames
    assert len(names) == 2 and len(set(names)) == 2
    assert all(len(name) <= 31 and "/" not in name for name in names)
