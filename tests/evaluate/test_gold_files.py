"""The gold set itself: one valid file per document, in three splits, each naming a plan of the
corpus; held-out plans and their gold kept apart from everything rules are written against."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from plan_extract.core.knowledge import yaml_data
from plan_extract.evaluate.gold import load_gold, source_path

ROOT = Path(__file__).resolve().parents[2]
GOLD_ROOT = ROOT / "corpus" / "gold"
SPLITS = ("seeds", "dev", "heldout")
GOLD = sorted(GOLD_ROOT.rglob("*.yaml"))


def test_gold_lives_in_the_three_splits_only() -> None:
    assert {path.parent.relative_to(GOLD_ROOT).as_posix() for path in GOLD} == set(SPLITS)


def test_one_gold_file_per_document() -> None:
    stems = [path.stem for path in GOLD]
    assert len(stems) == len(set(stems))
    sources = [load_gold(path).source for path in GOLD]
    assert len(sources) == len(set(sources))


@pytest.mark.parametrize("path", GOLD, ids=[path.stem for path in GOLD])
def test_gold_file_loads_and_names_its_plan(path: Path) -> None:
    gold = load_gold(path)
    plan = source_path(path, gold)
    assert plan.is_file() and plan.is_relative_to(ROOT / "corpus" / "plans")
    assert path.stem in (plan.stem, plan.name)  # `x.rendered.docx.yaml` for `x.rendered.docx`
    held_out = plan.parent.name == "heldout"
    assert held_out == (path.parent.name == "heldout")


def test_gold_reads_as_the_python_loader_reads_it() -> None:
    # gold is parsed by the project's one YAML reader (libyaml's loader, for speed): the same
    # values, types and key order as PyYAML's pure-Python loader; repr tells 1 from True
    for path in GOLD:
        text = path.read_text(encoding="utf-8")
        assert repr(yaml_data(text)) == repr(yaml.load(text, Loader=yaml.SafeLoader)), path


def test_every_held_out_plan_has_held_out_gold() -> None:
    plans = {path.stem for path in (ROOT / "corpus" / "plans" / "heldout").iterdir()}
    gold = {path.stem for path in (GOLD_ROOT / "heldout").glob("*.yaml")}
    assert plans == gold


def test_split_sizes() -> None:
    sizes = {split: len(list((GOLD_ROOT / split).glob("*.yaml"))) for split in SPLITS}
    assert sizes["seeds"] == 5
    assert sizes["dev"] >= 20
    assert sizes["heldout"] >= 6


RENDERING = re.compile(r"^(?P<source>.+?)\.(?:rendered|scan)(?:\.docx|\.pdf)?$")


@pytest.mark.parametrize(
    "path",
    [path for path in GOLD if RENDERING.match(path.stem)],
    ids=[path.stem for path in GOLD if RENDERING.match(path.stem)],
)
def test_a_renderings_gold_is_its_sources(path: Path) -> None:
    """A rendering (corpus/render.py) is the same document as its source: the same gold but
    for `source` (`corpus/render.py --gold` rewrites them after the source's gold changes)."""
    match = RENDERING.match(path.stem)
    assert match
    source = path.with_name(f"{match['source']}.yaml")
    rendering, original = load_gold(path), load_gold(source)
    assert rendering.source != original.source
    assert rendering.model_dump(exclude={"source"}) == original.model_dump(exclude={"source"})
