"""The comparison as one self-contained HTML page: summary, a chart per national indicator, and
the three tables. Everything is inline (styles, SVG); nothing is fetched."""

from __future__ import annotations

from importlib import resources

from plan_extract.compare.build import Comparison
from plan_extract.compare.chart import Bar, bar_chart
from plan_extract.compare.national import Catalog
from plan_extract.output.tables import Table


def indicator_charts(comparison: Comparison, catalog: Catalog) -> list[tuple[str, str, str]]:
    """(indicator id, title, svg) for each national indicator some target is linked to, in
    catalog order."""
    rows = [dict(zip(comparison.targets.column_names, row, strict=True))
            for row in comparison.targets.rows]  # fmt: skip
    linked = {row["national_indicator"] for row in rows if row["national_indicator"]}
    ordered = [i for i in catalog if i in linked] + sorted(str(i) for i in linked - set(catalog))
    charts = []
    for indicator_id in ordered:
        indicator = catalog.get(indicator_id)
        title = f"{indicator_id}: {indicator.title}" if indicator else indicator_id
        bars = [
            Bar(
                label=str(row["commune"] or row["plan"]),
                year=row["year"] if isinstance(row["year"], int) else None,
                value=float(row["value"]),  # type: ignore[arg-type]
                ambitious=row["at_least_as_ambitious"],  # type: ignore[arg-type]
            )
            for row in rows
            if row["national_indicator"] == indicator_id
        ]
        national = dict(indicator.values) if indicator else {}
        charts.append((indicator_id, title, bar_chart(title, bars, national)))
    return charts


def render_report(comparison: Comparison, catalog: Catalog, plan_count: int) -> str:
    import jinja2
    from markupsafe import Markup

    template_text = (
        resources.files("plan_extract.compare").joinpath("report.html.j2").read_text("utf-8")
    )
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = environment.from_string(template_text)
    charts = [(i, title, Markup(svg)) for i, title, svg in indicator_charts(comparison, catalog)]
    return template.render(
        plan_count=plan_count,
        target_count=len(comparison.targets.rows),
        charts=charts,
        tables=[_table_view(table) for table in comparison.tables],
    )


def _table_view(table: Table) -> dict[str, object]:
    def cell(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "✓" if value else "✗"
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)

    return {
        "name": table.name,
        "columns": table.column_names,
        "rows": [[cell(value) for value in row] for row in table.rows],
    }
