"""The store's tables and views, as DuckDB DDL.

Every table holding a plan's items has `plan_id` (the sha256 of the input file, as in
`plans.plan_id`) and the item's own `id` or position, so any two tables join on `plan_id`
(and `section` joins `sections.id`). Column order here is the order rows are built in
`rows.py`; `TABLE_COLUMNS` is the single list both follow.
"""

from __future__ import annotations

STORE_VERSION = "2"  # 2: spans (span_start, span_end; unit_mentions)

TABLE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "plans": (
        ("plan_id", "VARCHAR PRIMARY KEY"),
        ("path", "VARCHAR NOT NULL"),
        ("format", "VARCHAR NOT NULL"),
        ("pages", "INTEGER"),
        ("parser_version", "VARCHAR NOT NULL"),
        ("schema_version", "VARCHAR NOT NULL"),
        ("kind", "VARCHAR"),
        ("number", "VARCHAR"),
        ("symbol", "VARCHAR"),
        ("issuer", "VARCHAR"),
        ("commune", "VARCHAR"),
        ("commune_type", "VARCHAR"),
        ("commune_code", "VARCHAR"),
        ("province", "VARCHAR"),
        ("province_code", "VARCHAR"),
        ("place", "VARCHAR"),
        ("issued", "VARCHAR"),
        ("issued_year", "INTEGER"),
        ("title", "VARCHAR"),
        ("period_start", "INTEGER"),
        ("period_end", "INTEGER"),
        ("signer_name", "VARCHAR"),
        ("signer_position", "VARCHAR"),
        ("n_sections", "INTEGER NOT NULL"),
        ("n_targets", "INTEGER NOT NULL"),
        ("n_units", "INTEGER NOT NULL"),
        ("n_tasks", "INTEGER NOT NULL"),
        ("n_deadlines", "INTEGER NOT NULL"),
        ("n_funding", "INTEGER NOT NULL"),
        ("n_warnings", "INTEGER NOT NULL"),
        ("n_lines", "INTEGER NOT NULL"),
        ("plan_json", "VARCHAR NOT NULL"),
    ),
    "sections": (
        ("plan_id", "VARCHAR NOT NULL"),
        ("id", "VARCHAR NOT NULL"),
        ("parent_id", "VARCHAR"),
        ("number", "VARCHAR"),
        ("title", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("level", "INTEGER"),
        ("line_start", "INTEGER"),
        ("line_end", "INTEGER"),
        ("position", "INTEGER NOT NULL"),
    ),
    "targets": (
        ("plan_id", "VARCHAR NOT NULL"),
        ("id", "VARCHAR NOT NULL"),
        ("section", "VARCHAR"),
        ("line", "INTEGER"),
        ("text", "VARCHAR"),
        ("indicator", "VARCHAR"),
        ("domain", "VARCHAR"),
        ("value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("comparator", "VARCHAR"),
        ("year", "INTEGER"),
        ("frequency", "VARCHAR"),
        ("national_indicator", "VARCHAR"),
        ("also_at", "INTEGER[]"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
    ),
    "units": (
        ("plan_id", "VARCHAR NOT NULL"),
        ("id", "VARCHAR NOT NULL"),
        ("name", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("lead", "BOOLEAN"),
        ("in_lexicon", "BOOLEAN"),
        ("mentions", "VARCHAR[]"),
        ("sections", "VARCHAR[]"),
    ),
    # where the body mentions each unit: a line and the span of the mention in it
    "unit_mentions": (
        ("plan_id", "VARCHAR NOT NULL"),
        ("unit_id", "VARCHAR NOT NULL"),
        ("position", "INTEGER NOT NULL"),
        ("line", "INTEGER NOT NULL"),
        ("span_start", "INTEGER NOT NULL"),
        ("span_end", "INTEGER NOT NULL"),
    ),
    "tasks": (
        ("plan_id", "VARCHAR NOT NULL"),
        ("id", "VARCHAR NOT NULL"),
        ("section", "VARCHAR"),
        ("line", "INTEGER"),
        ("text", "VARCHAR"),
        ("lead", "VARCHAR[]"),
        ("cooperating", "VARCHAR[]"),
        ("deadlines", "VARCHAR[]"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
    ),
    "deadlines": (
        ("plan_id", "VARCHAR NOT NULL"),
        ("id", "VARCHAR NOT NULL"),
        ("text", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("start", "VARCHAR"),
        ("start_year", "INTEGER"),
        ("end", "VARCHAR"),
        ("end_year", "INTEGER"),
        ("recurrence", "VARCHAR"),
        ("action", "VARCHAR"),
        ("units", "VARCHAR[]"),
        ("section", "VARCHAR"),
        ("line", "INTEGER"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
    ),
    "funding": (
        ("plan_id", "VARCHAR NOT NULL"),
        ("position", "INTEGER NOT NULL"),
        ("source", "VARCHAR"),
        ("text", "VARCHAR"),
        ("section", "VARCHAR"),
        ("line", "INTEGER"),
        ("span_start", "INTEGER"),
        ("span_end", "INTEGER"),
    ),
    "warnings": (
        ("plan_id", "VARCHAR NOT NULL"),
        ("position", "INTEGER NOT NULL"),
        ("code", "VARCHAR"),
        ("message", "VARCHAR"),
        ("line", "INTEGER"),
    ),
    "lines": (
        ("plan_id", "VARCHAR NOT NULL"),
        ("line", "INTEGER NOT NULL"),
        ("text", "VARCHAR NOT NULL"),
        ("page", "INTEGER"),
    ),
}

# The tables filled from one plan, in the order they are written and deleted.
PLAN_TABLES: tuple[str, ...] = tuple(TABLE_COLUMNS)
ITEM_TABLES: tuple[str, ...] = tuple(name for name in PLAN_TABLES if name != "plans")

_FIXED_DDL = """
CREATE TABLE IF NOT EXISTS failures (
    path VARCHAR NOT NULL,
    sha256 VARCHAR,
    reason VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
-- plans committed one by one and not yet moved into the tables above (see staging.py)
CREATE TABLE IF NOT EXISTS staged_plans (
    plan_id VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    record BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS national_targets (
    indicator_id VARCHAR NOT NULL,
    domain VARCHAR,
    text_vi VARCHAR,
    text_en VARCHAR,
    unit VARCHAR,
    year INTEGER NOT NULL,
    value DOUBLE,
    comparator VARCHAR,
    direction VARCHAR
);
"""

# plan × target × the national milestone in force for the target's year (the latest catalog
# year not after it; the earliest when the target's year comes before every milestone). A target
# without a year is compared in its plan's end year. `at_least_as_ambitious` follows the
# indicator's direction: higher is better for "at least" indicators, lower for "at most".
COMPARISON_VIEW = """
CREATE OR REPLACE VIEW target_comparison AS
WITH target_years AS (
    SELECT t.*, COALESCE(t.year, p.period_end, p.issued_year) AS compared_year
    FROM targets t JOIN plans p USING (plan_id)
),
milestones AS (
    SELECT ty.plan_id, ty.id AS target_id, n.year AS national_year,
           ROW_NUMBER() OVER (
               PARTITION BY ty.plan_id, ty.id
               ORDER BY (n.year <= ty.compared_year) DESC,
                        CASE WHEN n.year <= ty.compared_year THEN -n.year ELSE n.year END
           ) AS choice
    FROM target_years ty JOIN national_targets n ON n.indicator_id = ty.national_indicator
)
SELECT
    p.plan_id, p.path, p.commune, p.commune_code, p.province, p.issuer, p.number,
    ty.id AS target_id, ty.section, ty.line, ty.text, ty.indicator, ty.domain,
    ty.value, ty.unit, ty.comparator, ty.year, ty.compared_year,
    ty.national_indicator, n.text_vi AS national_text, m.national_year,
    n.value AS national_value, n.comparator AS national_comparator, n.direction,
    CASE
        WHEN n.value IS NULL OR ty.value IS NULL THEN NULL
        WHEN n.direction = 'higher' THEN ty.value >= n.value
        WHEN n.direction = 'lower' THEN ty.value <= n.value
        WHEN n.direction = 'equal' THEN ty.value = n.value
    END AS at_least_as_ambitious
FROM target_years ty
JOIN plans p USING (plan_id)
LEFT JOIN milestones m ON m.plan_id = ty.plan_id AND m.target_id = ty.id AND m.choice = 1
LEFT JOIN national_targets n
    ON n.indicator_id = ty.national_indicator AND n.year = m.national_year;
"""

UNIT_LEADS_VIEW = """
CREATE OR REPLACE VIEW unit_roles AS
SELECT u.plan_id, p.commune, p.province, u.id AS unit_id, u.name, u.kind, u.lead
FROM units u JOIN plans p USING (plan_id);
"""


# Columns appended to tables of store version 1 (spans, version 2): a store made before gets
# them when opened, empty in the rows it holds, so it keeps working.
ADDED_COLUMNS: dict[str, tuple[str, ...]] = {
    table: ("span_start", "span_end") for table in ("targets", "tasks", "deadlines", "funding")
}


def ddl() -> str:
    """Statements creating every table and view that does not exist yet."""
    tables = [
        f"CREATE TABLE IF NOT EXISTS {name} (\n    "
        + ",\n    ".join(f'"{column}" {kind}' for column, kind in columns)
        + "\n);"
        for name, columns in TABLE_COLUMNS.items()
    ]
    kinds = {(table, column): kind for table, cs in TABLE_COLUMNS.items() for column, kind in cs}
    added = [
        f'ALTER TABLE {table} ADD COLUMN IF NOT EXISTS "{column}" {kinds[table, column]};'
        for table, columns in ADDED_COLUMNS.items()
        for column in columns
    ]
    return "\n".join([*tables, *added, _FIXED_DDL, COMPARISON_VIEW, UNIT_LEADS_VIEW])
