"""Group commit: the web page's writes that arrive together share one transaction.

A commit waits for the disk (its sync is what makes a stored plan survive a crash) and is most
of what a small write costs, so each write (an upload's jobs queued; parsed plans stored with
their jobs' states) is put in a queue, and whichever writer finds no commit running takes
every write waiting and commits them at once; the others wait for that commit. A write alone
runs at once, so nothing is delayed to make a group; several arriving while a commit runs are
committed together by the next one. A group whose commit fails is committed again one write
at a time, so one bad write fails alone; a write is reported done only once its commit is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from plan_extract.store.staging import StagedPlan

Statement = tuple[str, Sequence[Any]]  # SQL with `$1`-style marks, and its parameters


@dataclass(slots=True)
class Write:
    """Plans to store (none: only statements) and statements to run in the same transaction."""

    plans: list[StagedPlan] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None


class GroupCommit:
    """Writes committed by `commit(plans, statements)` (one transaction), grouped."""

    def __init__(self, commit: Callable[[list[StagedPlan], list[Statement]], None]) -> None:
        self._commit = commit
        self._waiting: list[Write] = []
        self._waiting_lock = threading.Lock()
        self._committing = threading.Lock()
        self.commits = 0  # transactions committed or tried (what tests and benchmarks count)

    def write(self, writes: Sequence[Write]) -> list[BaseException | None]:
        """Commit the writes (with whatever else is waiting); returns each one's error (None:
        committed)."""
        with self._waiting_lock:
            self._waiting.extend(writes)
        with self._committing:
            with self._waiting_lock:
                group, self._waiting = self._waiting, []
            if group:
                self._run(group)
        for write in writes:  # committed by this call or by the one before
            write.done.wait()
        return [write.error for write in writes]

    def _run(self, group: list[Write]) -> None:
        try:
            self._commit_all(group)
        except Exception as exc:
            if len(group) == 1:
                group[0].error = exc
            else:  # one bad write must not fail the others: each alone
                for write in group:
                    try:
                        self._commit_all([write])
                    except Exception as alone:
                        write.error = alone
        except BaseException as exc:  # interrupted: none of them is known to be committed
            for write in group:
                write.error = exc
            raise
        finally:
            for write in group:
                write.done.set()

    def _commit_all(self, group: list[Write]) -> None:
        self.commits += 1
        plans = [plan for write in group for plan in write.plans]
        self._commit(plans, [statement for write in group for statement in write.statements])
