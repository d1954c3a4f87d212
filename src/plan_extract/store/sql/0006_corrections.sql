-- Corrections (issue 17, review): an officer's changes, a layer of their own beside the
-- machine's output, which stays as the parser wrote it. One row per change, never updated but
-- to undo it (`undone_by`, `undone_at`) and never deleted, so the history stays whole.
-- * `position`: the change's number within its plan (1, 2, ...), in the order made.
-- * `item_kind`: target, unit, deadline (an item), header (the document's fields) or plan
--   (`field` reviewed: the plan marked reviewed).
-- * `item_id`: the item's id in the plan as parsed by `parser_version`; for an item added by
--   selecting its text, the id it is given.
-- * `field`: the item's field changed, `status` (confirmed or rejected) or `added`;
--   `old_value`, `new_value`: JSON.
-- * `line`, `span_start`, `span_end`, `source_text`: the source text the item stood on when the
--   change was made, by which a re-parse by a newer parser finds the item again.
CREATE TABLE corrections (
    "plan_id" VARCHAR NOT NULL,
    "position" INTEGER NOT NULL,
    "item_kind" VARCHAR NOT NULL,
    "item_id" VARCHAR,
    "field" VARCHAR NOT NULL,
    "old_value" VARCHAR,
    "new_value" VARCHAR,
    "line" INTEGER,
    "span_start" INTEGER,
    "span_end" INTEGER,
    "source_text" VARCHAR,
    "parser_version" VARCHAR NOT NULL,
    "author" VARCHAR NOT NULL,
    "made_at" TIMESTAMP NOT NULL,
    "undone_by" VARCHAR,
    "undone_at" TIMESTAMP,
    PRIMARY KEY ("plan_id", "position")
);
