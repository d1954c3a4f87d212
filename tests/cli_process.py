"""The command line run as a user runs it: `python -m plan_extract ...` in a process of its own."""

from __future__ import annotations

import subprocess
import sys


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plan_extract", *args],
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
