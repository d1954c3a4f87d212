"""Comparing plans across communes and against the national targets."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from plan_extract.compare.build import Comparison, NamedPlan, compare
from plan_extract.compare.national import Catalog
from plan_extract.compare.report import render_report
from plan_extract.output.tables import write_tables

REPORT_NAME = "report.html"
WORKBOOK_NAME = "comparison.xlsx"

__all__ = ["Comparison", "NamedPlan", "compare", "write_comparison"]


def write_comparison(plans: Sequence[NamedPlan], catalog: Catalog, out_dir: Path) -> list[Path]:
    """Write the tables (CSV, Parquet, one workbook) and the HTML report into `out_dir`."""
    comparison = compare(plans, catalog)
    written = write_tables(comparison.tables, out_dir, workbook_name=WORKBOOK_NAME)
    report = out_dir / REPORT_NAME
    report.write_text(render_report(comparison, catalog, len(plans)), encoding="utf-8")
    return [*written, report]
