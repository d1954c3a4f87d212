"""The command line run as a user runs it: `python -m plan_extract ...` in a process of its own
(`run_cli`), or in this process (`run_in_process`, much faster: no start-up of the models)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from typing import IO


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: IO[bytes] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plan_extract", *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def stop_after_stored(process: subprocess.Popen[str], count: int, stop: int) -> str:
    """Send `stop` to a running `ingest` (CI=true: one line per file on stderr) once it has said
    `count` plans stored; the rest of its stderr once it has exited."""
    assert process.stderr is not None
    stored = 0
    for line in process.stderr:
        stored += " stored " in line
        if stored == count:
            process.send_signal(stop)
            break
    rest = process.stderr.read()
    process.wait()
    return rest


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def run_in_process(*args: str, stdin: bytes | None = None) -> Result:
    from typer.testing import CliRunner

    from plan_extract.cli.main import app

    result = CliRunner().invoke(app, list(args), input=stdin)
    return Result(result.exit_code, result.stdout, result.stderr)
