"""The store keeps each item's span in its line, and where each unit is mentioned, so that SQL
finds an item's words in `lines` without searching the text."""

from __future__ import annotations

from pathlib import Path

import duckdb

from plan_extract.core.text import squash
from plan_extract.store import ingest_paths, open_store
from plan_extract.store.schema import ADDED_COLUMNS, TABLE_COLUMNS


def test_items_and_unit_mentions_are_stored_with_their_spans(seeds: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "plans.duckdb") as store:
        ingest_paths(store, [seeds], workers=1)
        for table in ("targets", "tasks", "deadlines", "funding"):
            rows = store.query(
                f"SELECT i.text, substring(l.text, i.span_start + 1, i.span_end - i.span_start)"
                f" FROM {table} i JOIN lines l ON l.plan_id = i.plan_id AND l.line = i.line"
            ).rows
            assert rows, table
            assert all(text == squash(words) for text, words in rows), table
        mentions = store.query(
            "SELECT u.mentions, substring(l.text, m.span_start + 1, m.span_end - m.span_start)"
            " FROM unit_mentions m JOIN units u ON u.plan_id = m.plan_id AND u.id = m.unit_id"
            " JOIN lines l ON l.plan_id = m.plan_id AND l.line = m.line"
        ).rows
        assert mentions and all(squash(words) in surfaces for surfaces, words in mentions)
        units = store.query("SELECT count(*) FROM units").rows[0][0]
        mentioned = store.query("SELECT count(DISTINCT (plan_id, unit_id)) FROM unit_mentions")
        assert mentioned.rows[0][0] == units


def test_a_store_made_before_spans_gets_their_columns_and_takes_new_plans(
    seeds: Path, tmp_path: Path
) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    for table, columns in TABLE_COLUMNS.items():
        if table == "unit_mentions":
            continue
        old = [f'"{c}" {k}' for c, k in columns if c not in ADDED_COLUMNS.get(table, ())]
        con.execute(f"CREATE TABLE {table} ({', '.join(old)})")
    con.close()
    with open_store(db) as store:
        report = ingest_paths(store, [seeds], workers=1)
        assert (report.stored, report.failed) == (5, 0)
        spans = store.query("SELECT count(*) FROM targets WHERE span_end > span_start").rows
        assert spans[0][0] > 0
