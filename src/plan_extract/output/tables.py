"""Typed tables and their writers: CSV, Parquet and XLSX.

A `Table` is a name, typed columns and rows of plain values. Commands that produce tabular output
(`compare`, `export`) build `Table`s and hand them to one writer per format, so every format shows
the same columns in the same order. Writers are deterministic: same tables, same bytes (the XLSX
writer pins the workbook's timestamps). pyarrow and openpyxl are imported only when writing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

ColumnType = Literal["str", "int", "float", "bool", "date"]
Value = str | int | float | bool | dt.date | None

_EPOCH = dt.datetime(2000, 1, 1)
_MIN_WIDTH = 6
_MAX_WIDTH = 60
_SHEET_NAME_MAX = 31


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType = "str"
    number_format: str | None = None  # Excel's, for the workbook's cells: "0%", "dd/mm/yyyy"


@dataclass(frozen=True)
class Table:
    """A named table: `rows` hold one value per column, `None` for a missing value;
    `formats` gives a cell (row, column index) an Excel number format other than its column's
    (a percentage among plain numbers, a date known to the month only)."""

    name: str
    columns: tuple[Column, ...]
    rows: list[tuple[Value, ...]] = field(default_factory=list)
    formats: dict[tuple[int, int], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        width = len(self.columns)
        for index, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(
                    f"table {self.name}: row {index} has {len(row)} values, expected {width}"
                )

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]

    def column(self, name: str) -> list[Value]:
        """The values of one column, in row order."""
        index = self.column_names.index(name)
        return [row[index] for row in self.rows]


def csv_text(table: Table) -> str:
    """The table as CSV text: a header row, `\\n` line ends, empty cells for missing values."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.column_names)
    for row in table.rows:
        writer.writerow(["" if value is None else _csv_cell(value) for value in row])
    return buffer.getvalue()


def _csv_cell(value: str | int | float | bool | dt.date) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_csv(table: Table, path: Path) -> None:
    """Write UTF-8 CSV with a byte-order mark, so spreadsheet programs read Vietnamese right."""
    path.write_text(csv_text(table), encoding="utf-8-sig", newline="")


def write_parquet(table: Table, path: Path) -> None:
    """Write one Parquet file with a typed column per table column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow_types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    arrays = [
        pa.array(table.column(column.name), type=arrow_types[column.type])
        for column in table.columns
    ]
    schema = pa.schema(
        [pa.field(column.name, arrow_types[column.type]) for column in table.columns]
    )
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), str(path))


def write_xlsx(tables: Sequence[Table], path: Path) -> None:
    """Write one workbook, one sheet per table: header row frozen, autofilter on, columns
    wide enough to read (capped so that long texts wrap instead of stretching the sheet)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.created = _EPOCH
    workbook.properties.modified = _EPOCH
    used: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(_sheet_name(table.name, used))
        sheet.append(table.column_names)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
        _number_formats(sheet, table)
        sheet.freeze_panes = "A2"
        if table.columns:
            last = get_column_letter(len(table.columns))
            sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
        for index, width in enumerate(column_widths(table), start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
            if width == _MAX_WIDTH:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    path.write_bytes(_deterministic_zip(_workbook_bytes(workbook)))


def _number_formats(sheet: Any, table: Table) -> None:
    """Each column's number format on its cells, then the cells' own."""
    for index, column in enumerate(table.columns, start=1):
        if column.number_format:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = column.number_format
    for (row, column_index), number_format in sorted(table.formats.items()):
        sheet.cell(row=row + 2, column=column_index + 1).number_format = number_format


def _workbook_bytes(workbook: object) -> bytes:
    """The workbook's bytes, keeping the pinned properties (`Workbook.save` stamps the time)."""
    from openpyxl.writer.excel import ExcelWriter

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()
    return buffer.getvalue()


def _deterministic_zip(data: bytes) -> bytes:
    """The same archive with every member's timestamp pinned, so equal content gives equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            pinned = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            target.writestr(pinned, source.read(info.filename))
    return out.getvalue()


def column_widths(table: Table) -> list[int]:
    """A readable width per column: its longest header or value plus a margin, within bounds
    (the header gets room for the autofilter button)."""
    widths = []
    for index, column in enumerate(table.columns):
        longest = len(column.name) + 3
        for row in table.rows:
            value = row[index]
            if value is not None:
                longest = max(longest, len(_csv_cell(value)))
        widths.append(max(_MIN_WIDTH, min(_MAX_WIDTH, longest + 2)))
    return widths


def _sheet_name(name: str, used: set[str]) -> str:
    """A valid, unique Excel sheet name: no []:*?/\\ and at most 31 characters."""
    cleaned = "".join("_" if char in "[]:*?/\\" else char for char in name)[:_SHEET_NAME_MAX]
    candidate = cleaned or "table"
    counter = 2
    while candidate.lower() in used:
        suffix = f"-{counter}"
        candidate = cleaned[: _SHEET_NAME_MAX - len(suffix)] + suffix
        counter += 1
    used.add(candidate.lower())
    return candidate


TableFormat = Literal["csv", "parquet", "xlsx"]


def write_tables(
    tables: Sequence[Table],
    out_dir: Path,
    formats: Sequence[TableFormat] = ("csv", "parquet", "xlsx"),
    workbook_name: str = "tables.xlsx",
) -> list[Path]:
    """Write every table as `<name>.csv` and `<name>.parquet`, and all of them into one workbook;
    returns the paths written, in order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for table in tables:
        if "csv" in formats:
            written.append(out_dir / f"{table.name}.csv")
            write_csv(table, written[-1])
        if "parquet" in formats:
            written.append(out_dir / f"{table.name}.parquet")
            write_parquet(table, written[-1])
    if "xlsx" in formats:
        written.append(out_dir / workbook_name)
        write_xlsx(tables, written[-1])
    return written
