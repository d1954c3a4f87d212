-- The store as plan-extract 0.1.0 made it before migrations existed (its `store_meta` says
-- store_version 1): such a store is taken as being at this version. Written in the SQL that
-- DuckDB and PostgreSQL both read; views are not here: they are derived (see schema.py).
CREATE TABLE plans (
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
    "issued" VARCHAR,
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
CREATE TABLE sections (
    "plan_id" VARCHAR NOT NULL,
    "id" VARCHAR NOT NULL,
    "parent_id" VARCHAR,
    "number" VARCHAR,
    "title" VARCHAR,
    "kind" VARCHAR,
    "level" INTEGER,
    "line_start" INTEGER,
    "line_end" INTEGER,
    "position" INTEGER NOT NULL
);
CREATE TABLE targets (
    "plan_id" VARCHAR NOT NULL,
    "id" VARCHAR NOT NULL,
    "section" VARCHAR,
    "line" INTEGER,
    "text" VARCHAR,
    "indicator" VARCHAR,
    "domain" VARCHAR,
    "value" DOUBLE PRECISION,
    "unit" VARCHAR,
    "comparator" VARCHAR,
    "year" INTEGER,
    "frequency" VARCHAR,
    "national_indicator" VARCHAR,
    "also_at" INTEGER[]
);
CREATE TABLE units (
    "plan_id" VARCHAR NOT NULL,
    "id" VARCHAR NOT NULL,
    "name" VARCHAR,
    "kind" VARCHAR,
    "lead" BOOLEAN,
    "in_lexicon" BOOLEAN,
    "mentions" VARCHAR[],
    "sections" VARCHAR[]
);
CREATE TABLE tasks (
    "plan_id" VARCHAR NOT NULL,
    "id" VARCHAR NOT NULL,
    "section" VARCHAR,
    "line" INTEGER,
    "text" VARCHAR,
    "lead" VARCHAR[],
    "cooperating" VARCHAR[],
    "deadlines" VARCHAR[]
);
CREATE TABLE deadlines (
    "plan_id" VARCHAR NOT NULL,
    "id" VARCHAR NOT NULL,
    "text" VARCHAR,
    "kind" VARCHAR,
    "start" VARCHAR,
    "start_year" INTEGER,
    "end" VARCHAR,
    "end_year" INTEGER,
    "recurrence" VARCHAR,
    "action" VARCHAR,
    "units" VARCHAR[],
    "section" VARCHAR,
    "line" INTEGER
);
CREATE TABLE funding (
    "plan_id" VARCHAR NOT NULL,
    "position" INTEGER NOT NULL,
    "source" VARCHAR,
    "text" VARCHAR,
    "section" VARCHAR,
    "line" INTEGER
);
CREATE TABLE warnings (
    "plan_id" VARCHAR NOT NULL,
    "position" INTEGER NOT NULL,
    "code" VARCHAR,
    "message" VARCHAR,
    "line" INTEGER
);
CREATE TABLE lines (
    "plan_id" VARCHAR NOT NULL,
    "line" INTEGER NOT NULL,
    "text" VARCHAR NOT NULL,
    "page" INTEGER
);
CREATE TABLE failures (
    path VARCHAR NOT NULL,
    sha256 VARCHAR,
    reason VARCHAR NOT NULL,
    parser_version VARCHAR NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
CREATE TABLE staged_plans (
    plan_id VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    record BYTEA NOT NULL
);
CREATE TABLE store_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE national_targets (
    indicator_id VARCHAR NOT NULL,
    domain VARCHAR,
    text_vi VARCHAR,
    text_en VARCHAR,
    unit VARCHAR,
    year INTEGER NOT NULL,
    value DOUBLE PRECISION,
    comparator VARCHAR,
    direction VARCHAR
);
