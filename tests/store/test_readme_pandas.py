"""The README's pandas snippet runs as written, on a store of the seeds and its Parquet export,
with pandas from the `analysis` extra (which the installed package declares)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from importlib.metadata import requires
from pathlib import Path

import pandas as pd
import pytest
from packaging.requirements import Requirement

from plan_extract.store import ingest_paths, open_store

CliRun = Callable[..., subprocess.CompletedProcess[str]]
ROOT = Path(__file__).resolve().parents[2]


def readme_pandas_snippet() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split('`pip install "plan-extract[analysis]"`', 1)[1]
    return section.split("```python", 1)[1].split("```", 1)[0]


def test_the_analysis_extra_brings_pandas() -> None:
    declared = [Requirement(text) for text in requires("plan-extract") or []]
    extra = [r.name for r in declared if r.marker and r.marker.evaluate({"extra": "analysis"})]
    assert extra == ["pandas"]


def test_the_readme_pandas_snippet_runs(
    seeds: Path, tmp_path: Path, run_cli: CliRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    docx = ROOT / "corpus" / "plans" / "rendered" / "001_d694d18c5a7d837d.docx"
    (seeds / docx.name).write_bytes(docx.read_bytes())  # a second file of one of the 5 plans
    with open_store(tmp_path / "plans.duckdb") as store:
        assert ingest_paths(store, [seeds], workers=1).stored == 6
        n_leads = store.query("SELECT count(*) FROM (SELECT unnest(lead) FROM tasks) t").rows
    db, out = str(tmp_path / "plans.duckdb"), str(tmp_path / "export")
    export = run_cli("export", "--format", "parquet", "-o", out, "--db", db)
    assert export.returncode == 0, export.stderr
    monkeypatch.chdir(tmp_path)  # the snippet names plans.duckdb and export/
    names: dict[str, object] = {}
    exec(compile(readme_pandas_snippet(), "README.md", "exec"), names)
    targets, plans, documents, dated, per_month, leads = (
        names[n] for n in ("targets", "plans", "documents", "dated", "per_month", "leads")
    )
    assert isinstance(targets, pd.DataFrame) and len(targets) > 0
    assert isinstance(plans, pd.DataFrame) and len(plans) == 6
    assert isinstance(documents, pd.DataFrame) and len(documents) == 5
    assert isinstance(dated, pd.DataFrame) and 0 < len(dated) < len(documents)
    assert isinstance(per_month, pd.Series) and per_month.sum() == 5
    assert str(per_month.index[0]).startswith("20")  # periods such as 2026-05
    assert isinstance(leads, pd.Series)
    assert leads.sum() == n_leads[0][0] > len(leads)  # one count per unit, not per joined string
    assert all(isinstance(name, str) and "; " not in name for name in leads.index)
