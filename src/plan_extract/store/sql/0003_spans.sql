-- Spans: where each item's words stand in its line (`span_start`, `span_end`: character offsets
-- in `lines.text`, counted from 0, end exclusive, as the plan JSON's `span`), and a table of the
-- mentions of each unit in the body (its `occurrences`: a line and a span each). Rows stored
-- before this migration keep empty spans and no mentions until a newer parser stores their plan
-- again.
ALTER TABLE targets ADD COLUMN "span_start" INTEGER;
ALTER TABLE targets ADD COLUMN "span_end" INTEGER;
ALTER TABLE tasks ADD COLUMN "span_start" INTEGER;
ALTER TABLE tasks ADD COLUMN "span_end" INTEGER;
ALTER TABLE deadlines ADD COLUMN "span_start" INTEGER;
ALTER TABLE deadlines ADD COLUMN "span_end" INTEGER;
ALTER TABLE funding ADD COLUMN "span_start" INTEGER;
ALTER TABLE funding ADD COLUMN "span_end" INTEGER;
CREATE TABLE unit_mentions (
    "plan_id" VARCHAR NOT NULL,
    "unit_id" VARCHAR NOT NULL,
    "position" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "span_start" INTEGER NOT NULL,
    "span_end" INTEGER NOT NULL
);
CREATE UNIQUE INDEX unit_mentions_key ON unit_mentions (plan_id, unit_id, position);
