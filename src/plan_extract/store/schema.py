"""The store's tables (their current shape) and its views (generated, the same SQL on DuckDB and
PostgreSQL).

The tables are made and changed only by the numbered migrations (migrations.py); `TABLE_COLUMNS`
is the shape they reach, which the rows (rows.py), the staged records (staging.py) and the export
follow, and a test holds the two equal on both backends. Every table holding a plan's items has
`plan_id` (the sha256 of the input file, as in `plans.plan_id`) and the item's own `id` or
position, so any two tables join on `plan_id` (and `section` joins `sections.id`). Column order
here is the order rows are built in `rows.py`.
"""

from __future__ import annotations

TABLE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "plans": (
        ("plan_id", "VARCHAR PRIMARY KEY"),
        ("document_key", "VARCHAR"),
        ("path", "VARCHAR NOT NULL"),
        ("file_name", "VARCHAR"),
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
        ("issued", "DATE"),
        ("issued_precision", "VARCHAR"),
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

# Views are derived from the package, not data: they are replaced (with the national_targets
# rows) whenever their definition changes, and dropped while migrations run (see migrations.py).
VIEWS: tuple[str, ...] = ("target_comparison", "unit_roles", "plan_documents")


def comparison_view() -> str:
    """plan × target × the national milestone in force in the target's year, and whether the
    target is at least as ambitious: the rules of `compare.national`, written as SQL from its
    tables (the year a target is due, the milestone, the direction and the ranking)."""
    from plan_extract.compare.national import AMBITION

    cases = []
    for direction, ambition in AMBITION.items():
        unrankable = ", ".join(f"'{comparator}'" for comparator in ambition.unrankable)
        cases.append(
            f"WHEN n.direction = '{direction}' AND ty.comparator IN ({unrankable}) THEN NULL"
        )
        cases.append(f"WHEN n.direction = '{direction}' THEN ty.value {ambition.holds} n.value")
    ranking = "\n        ".join(cases)
    return f"""CREATE VIEW target_comparison AS
WITH target_years AS (
    SELECT t.*, COALESCE(t.year, p.period_end) AS compared_year
    FROM targets t JOIN plans p USING (plan_id)
),
milestones AS (
    SELECT ty.plan_id, ty.id AS target_id, max(n.year) AS national_year
    FROM target_years ty JOIN national_targets n
        ON n.national_indicator = ty.national_indicator AND n.year <= ty.compared_year
    GROUP BY ty.plan_id, ty.id
)
SELECT
    p.plan_id, p.document_key, p.path, p.commune, p.commune_code, p.province, p.issuer, p.number,
    ty.id AS target_id, ty.section, ty.line, ty.text, ty.indicator, ty.domain,
    ty.value, ty.unit, ty.comparator, ty.year, ty.compared_year,
    ty.national_indicator, n.text_vi AS national_text, m.national_year,
    n.value AS national_value, n.comparator AS national_comparator, n.direction,
    CASE
        WHEN n.value IS NULL OR ty.value IS NULL THEN NULL
        WHEN n.target_unit IS NOT NULL AND n.target_unit IS DISTINCT FROM ty.unit THEN NULL
        {ranking}
    END AS at_least_as_ambitious
FROM target_years ty
JOIN plans p USING (plan_id)
LEFT JOIN milestones m ON m.plan_id = ty.plan_id AND m.target_id = ty.id
LEFT JOIN national_targets n
    ON n.national_indicator = ty.national_indicator AND n.year = m.national_year"""


UNIT_ROLES_VIEW = """CREATE VIEW unit_roles AS
SELECT u.plan_id, p.document_key, p.commune, p.province, u.id AS unit_id, u.name, u.kind, u.lead
FROM units u JOIN plans p USING (plan_id)"""


def documents_view() -> str:
    """Each stored file with its document (store/documents.py): the document it was filed
    under (a file not filed yet, as while another process's ingest runs: its document key),
    whether it was replaced and by what, whether its document is deleted, and whether it is
    the file that represents the document: of the files not replaced, one an officer filed as
    a replacement, else the richest text source (`filing.RICHEST_FIRST`: Word, then typed
    text, then PDF), then the one with fewer parser warnings (a scan's OCR corrections are
    warnings), then more items, then plan_id."""
    from plan_extract.store.filing import RICHEST_FIRST

    ranks = " ".join(f"WHEN '{fmt}' THEN {rank}" for rank, fmt in enumerate(RICHEST_FIRST))
    return f"""CREATE VIEW plan_documents AS
WITH filed AS (
    SELECT p.plan_id, COALESCE(f.document_id, p.document_key, p.plan_id) AS document_id,
        COALESCE(f.matched_by, 'key') AS matched_by, f.filed_at, f.filed_by,
        f.replaced_at, f.replaced_by, f.replacement,
        CASE p.format {ranks} ELSE {len(RICHEST_FIRST)} END AS format_rank,
        p.n_warnings, p.n_targets + p.n_units + p.n_tasks + p.n_deadlines AS n_items
    FROM plans p LEFT JOIN document_files f USING (plan_id)
)
SELECT filed.plan_id, filed.document_id, filed.matched_by, filed.filed_at, filed.filed_by,
    filed.replaced_at, filed.replaced_by, filed.replacement, d.deleted_at, d.deleted_by,
    ROW_NUMBER() OVER (
        PARTITION BY filed.document_id
        ORDER BY CASE WHEN filed.replaced_at IS NULL THEN 0 ELSE 1 END,
            CASE WHEN filed.matched_by = 'officer' THEN 0 ELSE 1 END, filed.format_rank,
            filed.n_warnings, filed.n_items DESC, filed.plan_id
    ) = 1 AS representative
FROM filed LEFT JOIN documents d USING (document_id)"""


def view_statements() -> list[str]:
    """The statements creating every view (after `DROP VIEW IF EXISTS` of each)."""
    return [comparison_view(), UNIT_ROLES_VIEW, documents_view()]
