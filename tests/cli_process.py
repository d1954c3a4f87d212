"""The command line run as a user runs it: `python -m plan_extract ...` in a process of its own
(`run_cli`), or in this process (`run_in_process`, much faster: no start-up of the models)."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
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


def deep_folder(root: Path) -> Path:
    """A folder under `root` three 200-character names deep: each file's line on an ingest's
    stderr is then over 600 bytes long, so one page of that pipe holds only a handful
    (`stop_after_stored`)."""
    return root.joinpath(*["d" * 200] * 3)


def stop_after_stored(
    command: list[str], env: dict[str, str], count: int, stop: int
) -> tuple[int, str]:
    """Run an `ingest` (CI=true: one line per file on stderr) and send it `stop` once it has
    said `count` plans stored; its exit code and the rest of its stderr once it has exited.

    Deterministic, however fast the ingest: its stderr is a pipe of one page, read a byte at a
    time, and the ingest says each plan stored before it takes the next, so when it is stopped
    it has stored at most a page of lines (and the one it is writing) more than `count`, and it
    cannot have finished: the lines it has still to write do not fit in that page (checked,
    from the file count it announces and the length of its lines)."""
    read_end, write_end = os.pipe()
    capacity = fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 1)  # the kernel's smallest: a page
    try:
        process = subprocess.Popen(command, stderr=write_end, env=env)
    finally:
        os.close(write_end)
    with os.fdopen(read_end, "rb", buffering=0) as stderr:
        total = stored = 0
        shortest = capacity
        for raw in iter(stderr.readline, b""):
            line = raw.decode()
            if line.startswith("ingesting "):
                total = int(line.split()[1])
            elif " stored " in line:
                stored += 1
                shortest = min(shortest, len(raw))
            if stored == count:
                ahead = capacity // max(1, shortest - 64) + 1  # other names may be shorter
                assert total - count > ahead, (
                    f"{total} files, stopped after {count}: the rest may fit in {capacity} bytes "
                    "of stderr and finish before the stop (use longer paths: deep_folder)"
                )
                process.send_signal(stop)
                break
        rest = stderr.read().decode()
    return process.wait(), rest


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
