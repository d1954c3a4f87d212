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
