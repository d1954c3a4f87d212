-- For researchers (issue 16):
-- * `plans.issued` becomes a DATE (the first day of what the document gives) beside
--   `issued_precision` (day, month or year), so that dates sort, compare and export as dates;
-- * `plans.document_key`, shared by one plan's formats (store/keys.py), and `plans.file_name`,
--   the original file's name without its folders;
-- * one name per concept: the sha256 of a file is `plan_id` in every table (`failures.sha256`
--   before), a national indicator's id `national_indicator` (`national_targets.indicator_id`).
-- Tables are made again rather than altered: rows are written by position, so columns keep
-- their order, and DuckDB alters no column of an indexed table. The new columns of `plans` are
-- filled from each plan's JSON and lines by the package after this file (migrations.py:
-- `BACKFILLS`), and the national targets refilled (they are derived), in the same transaction.
CREATE TABLE plans_v4 (
    "plan_id" VARCHAR PRIMARY KEY,
    "document_key" VARCHAR,
    "path" VARCHAR NOT NULL,
    "file_name" VARCHAR,
    "format" VARCHAR NOT NULL,
    "pages" INTEGER,
    "parser_version" VARCHAR NOT NULL,
    "schema_version" VARCHAR NOT NULL,
    "kind" VARCHAR,
    "number" VARCHAR,
    "symbol" VARCHAR,
    "issuer" VARCHAR,
    "commune" VARCHAR,
    "commune_type" VARCHAR,
    "commune_code" VARCHAR,
    "province" VARCHAR,
    "province_code" VARCHAR,
    "place" VARCHAR,
    "issued" DATE,
    "issued_precision" VARCHAR,
    "issued_year" INTEGER,
    "title" VARCHAR,
    "period_start" INTEGER,
    "period_end" INTEGER,
    "signer_name" VARCHAR,
    "signer_position" VARCHAR,
    "n_sections" INTEGER NOT NULL,
    "n_targets" INTEGER NOT NULL,
    "n_units" INTEGER NOT NULL,
    "n_tasks" INTEGER NOT NULL,
    "n_deadlines" INTEGER NOT NULL,
    "n_funding" INTEGER NOT NULL,
    "n_warnings" INTEGER NOT NULL,
    "n_lines" INTEGER NOT NULL,
    "plan_json" VARCHAR NOT NULL
);
INSERT INTO plans_v4 ("plan_id", "path", "format", "pages", "parser_version", "schema_version", "kind", "number", "symbol", "issuer", "commune", "commune_type", "commune_code", "province", "province_code", "place", "issued_year", "title", "period_start", "period_end", "signer_name", "signer_position", "n_sections", "n_targets", "n_units", "n_tasks", "n_deadlines", "n_funding", "n_warnings", "n_lines", "plan_json")
SELECT "plan_id", "path", "format", "pages", "parser_version", "schema_version", "kind", "number", "symbol", "issuer", "commune", "commune_type", "commune_code", "province", "province_code", "place", "issued_year", "title", "period_start", "period_end", "signer_name", "signer_position", "n_sections", "n_targets", "n_units", "n_tasks", "n_deadlines", "n_funding", "n_warnings", "n_lines", "plan_json" FROM plans;
DROP TABLE plans;
ALTER TABLE plans_v4 RENAME TO plans;
CREATE TABLE failures_v4 (
    path VARCHAR NOT NULL,
    plan_id VARCHAR,
    reason VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
INSERT INTO failures_v4 SELECT path, sha256, reason, parser_version, failed_at FROM failures;
DROP TABLE failures;
ALTER TABLE failures_v4 RENAME TO failures;
CREATE UNIQUE INDEX failures_key ON failures (path);
DROP TABLE national_targets;
CREATE TABLE national_targets (
    national_indicator VARCHAR NOT NULL,
    domain VARCHAR,
    text_vi VARCHAR,
    text_en VARCHAR,
    unit VARCHAR,
    year INTEGER NOT NULL,
    value DOUBLE PRECISION,
    comparator VARCHAR,
    direction VARCHAR,
    target_unit VARCHAR
);
CREATE UNIQUE INDEX national_targets_key ON national_targets (national_indicator, year);
