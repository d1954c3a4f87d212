-- Each row of a plan once: unique keys on every item table (a plan is written whole or not at
-- all, replacing its older copy; these make a second copy impossible, whoever writes), on the
-- national catalog and on failures (one per path). They also serve the per-plan look-ups.
-- `national_targets.target_unit`: the unit a commune target must be in to be compared with the
-- national value (see compare/national.py), NULL when any unit compares.
CREATE UNIQUE INDEX sections_key ON sections (plan_id, id);
CREATE UNIQUE INDEX targets_key ON targets (plan_id, id);
CREATE UNIQUE INDEX units_key ON units (plan_id, id);
CREATE UNIQUE INDEX tasks_key ON tasks (plan_id, id);
CREATE UNIQUE INDEX deadlines_key ON deadlines (plan_id, id);
CREATE UNIQUE INDEX funding_key ON funding (plan_id, position);
CREATE UNIQUE INDEX warnings_key ON warnings (plan_id, position);
CREATE UNIQUE INDEX lines_key ON lines (plan_id, line);
CREATE UNIQUE INDEX failures_key ON failures (path);
ALTER TABLE national_targets ADD COLUMN target_unit VARCHAR;
CREATE UNIQUE INDEX national_targets_key ON national_targets (indicator_id, year);
