-- For researchers (issue 16): `plans.issued` becomes a DATE (the first day of what the document
-- gives) beside `issued_precision` (day, month or year), so that dates sort, compare and export
-- as dates. The table is made again to keep its columns in order (rows are written by
-- position); the new columns are filled from each plan's JSON by the package after this file
-- (migrations.py: `BACKFILLS`), in the same transaction.
CREATE TABLE plans_v4 (
    "plan_id" VARCHAR PRIMARY KEY,
    "path" VARCHAR NOT NULL,
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
