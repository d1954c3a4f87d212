"""The store keeps each item's span in its line, and where each unit is mentioned, so that SQL
finds an item's words in `lines` without searching the text; a store made before spans gets them
from migration 3 and goes on taking plans; on both backends."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest

from plan_extract.core.text import squash
from plan_extract.store import ingest_paths, migrations, open_store, staging

_SPANNED = ("targets", "tasks", "deadlines", "funding")


def test_items_and_unit_mentions_are_stored_with_their_spans(seeds: Path, store_db: str) -> None:
    with open_store(store_db) as store:
        ingest_paths(store, [seeds], workers=1)
        for table in _SPANNED:
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
        mentioned = store.query(
            "SELECT count(*) FROM (SELECT DISTINCT plan_id, unit_id FROM unit_mentions) m"
        )
        assert mentioned.rows[0][0] == units


def _store_before_spans(
    db: str, monkeypatch: pytest.MonkeyPatch, staged: staging.StagedPlan | None = None
) -> None:
    """A store as the release before spans made it (schema 2), holding one target, and `staged`
    left staged (packed as that release packed it) as an interrupted ingest leaves it."""
    before = migrations.migrations()[:2]
    assert [m.name for m in before] == ["initial", "unique_keys"]
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "migrations", lambda: before)
        with open_store(db) as store:
            assert store.schema().version == 2
            store.query("INSERT INTO targets (plan_id, id, text) VALUES ('p1', 't1', 'old')")
            if staged is not None:
                record = _staged_before_spans(staged.record)
                store.query(
                    "INSERT INTO staged_plans VALUES ($1, $2, $3)",
                    [staged.plan_id, staged.path, record],
                )


def test_a_store_made_before_spans_is_upgraded_and_takes_new_plans(
    seeds: Path, store_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store_before_spans(store_db, monkeypatch)
    with open_store(store_db) as store:
        assert store.upgraded_from is not None and store.upgraded_from.version == 2
        assert store.schema().current and store.schema().version == 3
        old = store.query("SELECT text, span_start, span_end FROM targets WHERE plan_id = 'p1'")
        assert old.rows == [("old", None, None)]
        report = ingest_paths(store, [seeds], workers=1)
        assert (report.stored, report.failed) == (5, 0)
        spans = store.query("SELECT count(*) FROM targets WHERE span_end > span_start").rows
        assert spans[0][0] > 0
        assert store.query("SELECT count(*) FROM unit_mentions").rows[0][0] > 0


def _staged_before_spans(record: bytes) -> bytes:
    """A staged record as the release before spans packed it: no span fields, no mentions."""
    codec = staging._CODEC
    staged = pa.ipc.open_stream(pa.CompressedInputStream(pa.BufferReader(record), codec))
    table = staged.read_all().drop_columns(["unit_mentions"])
    old = [
        {name: [{k: v for k, v in row.items() if not k.startswith("span_")} for row in rows]}
        for name, rows in table.to_pylist()[0].items()
    ]
    shaped = pa.Table.from_pylist([{k: v for part in old for k, v in part.items()}])
    sink = pa.BufferOutputStream()
    with (
        pa.CompressedOutputStream(sink, codec) as compressed,
        pa.ipc.new_stream(compressed, shaped.schema) as writer,
    ):
        writer.write_table(shaped)
    return bytes(sink.getvalue().to_pybytes())


def test_a_plan_staged_before_spans_is_moved_in_after_the_upgrade(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DuckDB only: PostgreSQL keeps no staged plans (a batch is one transaction)."""
    name = "002_4110c3e47bfbcba1.txt"
    plan = staging.parse_to_staged((seeds / name).read_bytes(), name)
    db = str(tmp_path / "plans.duckdb")
    _store_before_spans(db, monkeypatch, staged=plan)
    with open_store(db) as store:  # upgrades, then moves in what the interrupted ingest staged
        assert store.upgraded_from is not None and store.upgraded_from.version == 2
        assert store.unfinished() == 0
        rows = store.query(
            "SELECT count(*), count(span_start) FROM targets WHERE plan_id = $1", [plan.plan_id]
        ).rows
        assert rows[0][0] > 0 and rows[0][1] == 0
        assert store.plan(plan.plan_id) is not None
