from __future__ import annotations

import shutil
import subprocess
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.bench_ingest import make_corpus
from benchmarks.postgres_server import PostgresServer

from cli_process import run_cli
from files_helpers import serialize_pdf

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A folder with the five seed plans."""
    folder = tmp_path / "seeds"
    shutil.copytree(CORPUS / "plans" / "seeds", folder)
    return folder


def pdf_bomb(size: int = 100 * 1024 * 1024) -> bytes:
    """A small PDF whose one page's content stream inflates to `size` bytes."""
    stream = zlib.compress(b"0 0 m " * (size // 6), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return serialize_pdf(objects, root=1)


CliRunner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(name="run_cli")
def run_cli_fixture() -> CliRunner:
    return run_cli


@pytest.fixture(name="distinct_copies")
def distinct_copies_fixture() -> Callable[[Path, int], list[Path]]:
    return make_corpus


@pytest.fixture(name="pdf_bomb")
def pdf_bomb_fixture() -> Callable[[], bytes]:
    return pdf_bomb


# The store's and the web page's suites run on both backends: `store_db` is a fresh DuckDB file or a
# fresh database on one private PostgreSQL server started for the session
# (benchmarks/postgres_server.py).
BACKENDS = ("duckdb", "postgresql")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.remove()


@pytest.fixture(params=BACKENDS)
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store of each backend: a DuckDB path or a PostgreSQL URL."""
    if request.param == "duckdb":
        return str(tmp_path / "plans.duckdb")
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()


@pytest.fixture
def duckdb_opens(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each time a DuckDB store opens its file from now on (a connection of its own, or the
    file attached to its in-memory database), as whether it was read-only."""
    from plan_extract.store.duck import DuckDBStore

    opened: list[bool] = []
    open_file = DuckDBStore._open

    def counting_open(store: DuckDBStore, read_only: bool) -> Any:
        opened.append(read_only)
        return open_file(store, read_only)

    monkeypatch.setattr(DuckDBStore, "_open", counting_open)
    return opened
