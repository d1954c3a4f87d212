"""A process tree read from Linux /proc: its members, and its CPU seconds, the one measure the
benchmarks' CPU figures share.

The CPU is read at one moment: each living thread's scheduler counter in nanoseconds
(`/proc/PID/task/TID/schedstat`, fine enough for one upload's tens of milliseconds), plus, in
clock ticks, what no living thread holds any more: the threads of a process that have ended (a
timer's thread that ran between two readings: its process's `utime`+`stime` less its living
threads') and the children it has waited for (`cutime`+`cstime`). Two readings' difference is
the CPU the tree spent between them, whichever threads and children came and went meanwhile.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(*roots: int) -> float:
    """CPU seconds (user and system) of processes `roots` and all their living descendants,
    with their ended threads and the children they have waited for."""
    return sum(_process_cpu(pid) for pid in family(*roots))


def family(*roots: int) -> set[int]:
    """Processes `roots` and all their living descendants."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                parents[int(entry.name)] = int(_stat_fields(Path(entry.path, "stat"))[1])
    members = set(roots)
    while more := {child for child, parent in parents.items() if parent in members} - members:
        members |= more
    return members


def _process_cpu(pid: int) -> float:
    """One process's CPU seconds (`tree_cpu_seconds`); 0 for one that has gone."""
    try:
        fields = _stat_fields(Path(f"/proc/{pid}/stat"))
        living_ns = living_ticks = 0
        for task in os.scandir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError):  # a thread that ended while read
                thread = _stat_fields(Path(task.path, "stat"))
                ran_ns = int(Path(task.path, "schedstat").read_text().split()[0])
                living_ns += ran_ns
                living_ticks += int(thread[11]) + int(thread[12])
    except OSError:
        return 0.0
    own_ticks = int(fields[11]) + int(fields[12])
    waited_ticks = int(fields[13]) + int(fields[14])
    ended_ticks = max(own_ticks - living_ticks, 0)
    return living_ns / 1e9 + (ended_ticks + waited_ticks) / _TICK


def _stat_fields(stat: Path) -> list[str]:
    """The fields of a `/proc/.../stat` file after the command's name (which may hold spaces
    and brackets): [0] is the state, [1] the parent, [11] `utime`, [12] `stime`, [13] `cutime`,
    [14] `cstime`."""
    text = stat.read_text()
    return text[text.rindex(")") + 2 :].split()
