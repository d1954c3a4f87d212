"""`ingest --cluster` called wrongly, or without the cluster extra: one line, no traceback,
nothing started; and without Dask everything else still imports and runs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from plan_extract.cli.main import main


def _main(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    """The command as its entry point runs it (errors become one line on stderr)."""
    monkeypatch.setattr(sys, "argv", ["plan-extract", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    code = exited.value.code
    return code if isinstance(code, int) else 0, capsys.readouterr().err


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("local:0", "--cluster local:N needs a number of workers N >= 1, not 'local:0'"),
        ("local:two", "--cluster local:N needs a number of workers N >= 1, not 'local:two'"),
        ("cluster.example", "--cluster takes local:N or a scheduler address tcp://host:port"),
    ],
)
def test_a_bad_cluster_address_is_a_usage_error(
    seeds: Path,
    tmp_path: Path,
    address: str,
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = str(tmp_path / "p.duckdb")
    code, stderr = _main(
        monkeypatch, capsys, "ingest", str(seeds), "--db", db, "--cluster", address
    )
    assert code == 2
    assert message in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert not (tmp_path / "p.duckdb").exists()


def test_workers_and_a_cluster_together_are_a_usage_error(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stderr = _main(
        monkeypatch, capsys, "ingest", str(seeds), "--db", str(tmp_path / "p.duckdb"),
        "--cluster", "local:2", "--workers", "2",
    )  # fmt: skip
    assert code == 2
    assert "--workers is for the local pool" in stderr


def test_without_dask_cluster_says_how_to_install_it_and_the_rest_works(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [m for m in sys.modules if m.split(".")[0] in ("dask", "distributed")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "dask", None)  # importing it now raises ImportError
    monkeypatch.setitem(sys.modules, "distributed", None)
    db = str(tmp_path / "p.duckdb")
    args = ("ingest", str(seeds), "--db", db)
    code, stderr = _main(monkeypatch, capsys, *args, "--cluster", "local:2")
    assert code == 1
    assert stderr.strip().splitlines() == [
        "plan-extract: --cluster needs the optional Dask extra: pip install 'plan-extract[cluster]'"
    ]
    code, stderr = _main(monkeypatch, capsys, *args, "--workers", "1", "-q")
    assert code == 0, stderr  # it would fail importing Dask
