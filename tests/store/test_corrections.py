"""Corrections, a layer over the parser's output (migration 0006), on both backends: each change
kept with who, when, old and new value; undone; applied by `Store.reviewed`; followed or flagged
after a re-parse by a newer parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan_extract.core.errors import InputError
from plan_extract.pipeline import parse_path
from plan_extract.resolve.admin import commune_candidates
from plan_extract.store import Store, ingest_paths, open_store
from plan_extract.store.corrections import Change

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "plans" / "seeds"
TARGETS = SEEDS / "001_d694d18c5a7d837d.txt"  # six targets, eight units, a deadline
AMBIGUOUS = SEEDS / "003_02093a4ea4178030.txt"  # `xã Quảng Thành`: five units of that name


def _stored(store: Store, path: Path) -> str:
    ingest_paths(store, [path], workers=1)
    return store.plans()[0].plan_id


def test_changes_apply_over_the_machine_output_which_stays(store_db: str) -> None:
    with open_store(store_db) as store:
        plan_id = _stored(store, TARGETS)
        machine = store.plan(plan_id)
        assert machine is not None
        first, second, third = machine.targets[:3]
        unit = machine.units[0]
        assert unit.lead
        store.correct(plan_id, Change("target", first.id, "value", 75), "thu")
        store.correct(plan_id, Change("target", first.id, "year", 2028), "thu")
        store.correct(plan_id, Change("target", second.id, "status", "rejected"), "thu")
        store.correct(plan_id, Change("target", third.id, "status", "confirmed"), "thu")
        change = store.correct(plan_id, Change("unit", unit.id, "role", "cooperating"), "lan")

        assert (change.position, change.author, change.old_value, change.new_value) == (
            5,
            "lan",
            "lead",
            "cooperating",
        )
        assert change.made_at is not None and change.active
        assert change.source_text == unit.name
        reviewed = store.reviewed(plan_id)
        assert reviewed is not None
        targets = {t.id: t for t in reviewed.plan.targets}
        assert (targets[first.id].value, targets[first.id].year) == (75, 2028)
        assert second.id not in targets and len(targets) == len(machine.targets) - 1
        assert next(u for u in reviewed.plan.units if u.id == unit.id).lead is False
        assert reviewed.item_reviewed("target", first.id)
        assert reviewed.item_reviewed("target", third.id)
        assert not reviewed.item_reviewed("target", machine.targets[3].id)
        assert reviewed.rejected == {("target", second.id)}
        assert store.plan(plan_id) == machine  # the parser's output is kept as it was
        assert store.plan(plan_id) == parse_path(TARGETS)


def test_a_change_is_undone_and_its_history_kept(store_db: str) -> None:
    with open_store(store_db) as store:
        plan_id = _stored(store, TARGETS)
        target = store.reviewed(plan_id).machine.targets[0]  # type: ignore[union-attr]
        store.correct(plan_id, Change("target", target.id, "value", 75), "thu")
        second = store.correct(plan_id, Change("target", target.id, "value", 80), "thu")
        assert second.old_value == 75
        version = store.corrections_version()
        undone = store.undo(plan_id, second.position, "lan")
        assert (undone.undone_by, undone.active) == ("lan", False)
        assert store.corrections_version() > version
        value = store.reviewed(plan_id).plan.targets[0].value  # type: ignore[union-attr]
        assert value == 75
        store.undo(plan_id, 1, "lan")
        reviewed = store.reviewed(plan_id)
        assert reviewed is not None
        assert reviewed.plan == reviewed.machine and not reviewed.any_review
        assert [c.new_value for c in store.corrections(plan_id)] == [75, 80]
        with pytest.raises(InputError, match="no change 2 to undo"):
            store.undo(plan_id, 2, "lan")


def test_an_item_is_added_by_selecting_its_source_text(store_db: str) -> None:
    with open_store(store_db) as store:
        plan_id = _stored(store, TARGETS)
        line, text = store.lines(plan_id)[30]
        span = (0, min(len(text), 40))
        value = {"value": 60, "unit": "percent", "comparator": ">=", "year": 2030}
        added = store.correct(plan_id, Change("target", None, "added", value, line, span), "thu")
        assert (added.item_id, added.line, added.span_start, added.span_end) == (
            "added-1",
            line,
            *span,
        )
        assert added.source_text == text[: span[1]]
        reviewed = store.reviewed(plan_id)
        assert reviewed is not None
        new = reviewed.plan.targets[-1]
        assert (new.id, new.line, new.span, new.value, new.comparator) == (
            "added-1",
            line,
            span,
            60,
            ">=",
        )
        assert reviewed.item_reviewed("target", "added-1")
        with pytest.raises(InputError, match="not within line"):
            store.correct(plan_id, Change("unit", None, "added", {}, line, (5, 5000)), "thu")
        with pytest.raises(InputError, match="lead or cooperating"):
            store.correct(
                plan_id, Change("unit", None, "added", {"role": "boss"}, line, (0, 5)), "thu"
            )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (Change("target", "t1", "value", "many"), "is a number"),
        (Change("target", "t1", "unit", "miles"), "unit is one of"),
        (Change("target", "t1", "national_indicator", "NOPE"), "no national indicator"),
        (Change("target", "t1", "text", "x"), "cannot be changed"),
        (Change("target", "t99", "value", 1), "no target 't99'"),
        (Change("deadline", "d1", "end", "2026-02-30"), "no such date"),
        (Change("header", None, "commune", "00001"), "one of the candidates"),
        (Change("plan", None, "reviewed", "yes"), "true or false"),
        (Change("task", None, "status", "confirmed"), "no kind of item"),
    ],
)
def test_a_change_that_cannot_be_made_is_refused(
    tmp_path: Path, change: Change, message: str
) -> None:
    with open_store(tmp_path / "plans.duckdb") as store:
        plan_id = _stored(store, TARGETS)
        with pytest.raises(InputError, match=message):
            store.correct(plan_id, change, "thu")
        assert store.corrections(plan_id) == []


def test_the_header_is_fixed_and_the_commune_picked_among_the_candidates(store_db: str) -> None:
    with open_store(store_db) as store:
        plan_id = _stored(store, AMBIGUOUS)
        machine = store.plan(plan_id)
        assert machine is not None and machine.document.commune is not None
        assert machine.document.commune.code is None
        candidates = commune_candidates(machine)
        assert len(candidates) == 5
        picked = candidates[2]
        store.correct(plan_id, Change("header", None, "commune", picked.code), "thu")
        store.correct(plan_id, Change("header", None, "number", "12/KH-UBND"), "thu")
        store.correct(plan_id, Change("header", None, "issued", "2024-03-05"), "thu")
        store.correct(plan_id, Change("plan", None, "reviewed", True), "thu")
        reviewed = store.reviewed(plan_id)
        assert reviewed is not None and reviewed.plan_reviewed
        meta = reviewed.plan.document
        assert meta.commune is not None
        assert (meta.commune.code, meta.commune.name, meta.province_code) == (
            picked.code,
            picked.name,
            picked.province_code,
        )
        assert (meta.number, meta.issued and meta.issued.iso) == ("12/KH-UBND", "2024-03-05")


def test_a_reparse_keeps_changes_on_the_same_text_and_flags_the_others(store_db: str) -> None:
    """The corrections are made to look made on an older parse whose items had other ids: the
    one whose source text stands where it stood follows the item now there; the one whose text
    is nowhere is flagged and not applied; an added item whose line moved is found again."""
    with open_store(store_db) as store:
        plan_id = _stored(store, TARGETS)
        machine = store.plan(plan_id)
        assert machine is not None
        first, second = machine.targets[:2]
        store.correct(plan_id, Change("target", first.id, "value", 75), "thu")
        store.correct(plan_id, Change("target", second.id, "value", 55), "thu")
        store.correct(plan_id, Change("unit", machine.units[1].id, "role", "cooperating"), "thu")
        lines = store.lines(plan_id)
        line = next(n for n, t in lines if len(t) > 20 and _unique(t[:20], lines))
        value = {"name": None, "role": "lead"}
        store.correct(plan_id, Change("unit", None, "added", value, line, (0, 20)), "thu")
        store.query("UPDATE corrections SET parser_version = '0.0.0', item_id = 'old-' || item_id")
        store.query("UPDATE corrections SET source_text = 'gone' WHERE position = 2")
        store.query("UPDATE corrections SET line = 1 WHERE position = 4")
        reviewed = store.reviewed(plan_id)
        assert reviewed is not None
        targets = {t.id: t for t in reviewed.plan.targets}
        assert targets[first.id].value == 75  # followed to the item on its text
        assert targets[second.id].value == second.value  # not applied
        assert [c.position for c in reviewed.flagged] == [2]
        assert next(u for u in reviewed.plan.units if u.id == machine.units[1].id).lead is False
        added = [u for u in reviewed.plan.units if u.id == "old-added-4"]
        assert [(u.occurrences[0].line, u.occurrences[0].span) for u in added] == [(line, (0, 20))]


def _unique(text: str, lines: list[tuple[int, str]]) -> bool:
    return sum(content.count(text) for _, content in lines) == 1


def test_corrections_outlive_the_plan_being_stored_again_by_a_newer_parser(
    store_db: str,
) -> None:
    with open_store(store_db) as store:
        plan_id = _stored(store, TARGETS)
        target = store.reviewed(plan_id).machine.targets[2]  # type: ignore[union-attr]
        store.correct(plan_id, Change("target", target.id, "value", 61), "thu")
        store.query("UPDATE plans SET parser_version = '0.0.1'")
        store.query("UPDATE corrections SET parser_version = '0.0.1'")
        assert ingest_paths(store, [TARGETS], workers=1).stored == 1  # replaced
        reviewed = store.reviewed(plan_id)
        assert reviewed is not None and reviewed.flagged == []
        assert next(t for t in reviewed.plan.targets if t.id == target.id).value == 61
        assert [c.parser_version for c in store.corrections(plan_id)] == ["0.0.1"]


def test_the_export_holds_the_corrections_beside_the_tables(store_db: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from plan_extract.store.export import export_tables

    with open_store(store_db) as store:
        plan_id = _stored(store, TARGETS)
        store.correct(plan_id, Change("target", "t1", "value", 75), "thu")
        store.undo(plan_id, 1, "lan")
        export_tables(store, "parquet", tmp_path / "out")
    table = pq.read_table(tmp_path / "out" / "corrections.parquet").to_pylist()
    assert [(r["item_id"], r["new_value"], r["author"], r["undone_by"]) for r in table] == [
        ("t1", "75", "thu", "lan")
    ]


def test_after_a_reparse_a_renamed_unit_and_an_added_item_keep_their_changes(
    store_db: str,
) -> None:
    with open_store(store_db) as store:
        plan_id = _stored(store, TARGETS)
        machine = store.plan(plan_id)
        assert machine is not None
        unit = machine.units[2]
        store.correct(plan_id, Change("unit", unit.id, "name", "Văn phòng xã"), "thu")
        renamed = store.correct(plan_id, Change("unit", unit.id, "role", "cooperating"), "thu")
        assert renamed.source_text == unit.name  # the parser's name, not the reviewer's
        line = store.lines(plan_id)[30][0]
        value = {"value": 60, "unit": "percent", "comparator": ">=", "year": 2030}
        store.correct(plan_id, Change("target", None, "added", value, line, (0, 9)), "thu")
        store.correct(plan_id, Change("target", "added-3", "value", 65), "thu")
        store.query("UPDATE corrections SET parser_version = '0.0.0'")
        reviewed = store.reviewed(plan_id)
        assert reviewed is not None and reviewed.flagged == []
        now = next(u for u in reviewed.plan.units if u.id == unit.id)
        assert (now.name, now.lead) == ("Văn phòng xã", False)
        assert next(t for t in reviewed.plan.targets if t.id == "added-3").value == 65
