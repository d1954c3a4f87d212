"""Is every corpus plan's output byte-identical to an earlier dump? A speed change must not
change a byte of what the parser writes.

    plan-extract parse corpus/plans -o /tmp/before --force     # on the code before the change
    python -m benchmarks.same_output /tmp/before               # on the code after it

Parses corpus/plans into a temporary folder as `parse -o` does, compares each JSON with the
file of the same name in the earlier dump, lists those that differ or are missing on either
side, and exits 1 if any.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).with_name("plan-extract"))


def differences(before: Path, after: Path) -> list[str]:
    names = {path.name for path in before.glob("*.json")} | {p.name for p in after.glob("*.json")}
    found = []
    for name in sorted(names):
        old, new = before / name, after / name
        if not old.exists() or not new.exists():
            found.append(f"{name}: only {'after' if new.exists() else 'before'}")
        elif old.read_bytes() != new.read_bytes():
            found.append(f"{name}: differs")
    return found


def main() -> int:
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        print("usage: python -m benchmarks.same_output BEFORE_DIR", file=sys.stderr)
        return 2
    before = Path(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="same-output-") as folder:
        after = Path(folder)
        command = [CLI, "parse", "corpus/plans", "-o", str(after), "--force", "-q"]
        subprocess.run(command, cwd=ROOT, check=False)
        found = differences(before, after)
        count = len(list(after.glob("*.json")))
    for line in found:
        print(line)
    print(f"{count} plans parsed, {len(found)} differ from {before}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
