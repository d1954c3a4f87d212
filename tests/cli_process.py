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
