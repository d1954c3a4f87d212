"""No input of size N costs more than a fixed multiple of what a real plan of size N costs
(issue 18): the shapes that were superlinear (20,000 short lines joined into one paragraph, a
3,000-row table, a 10,000-member zip) against the corpus's largest real plan repeated to the
same size, measured side by side in this process's CPU time (so that other work on the machine
does not count). Each was many times over before: 157 s, over 30 s and 305 s."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from plan_extract.pipeline import parse_bytes
from plan_extract.read.inputs import find_inputs
from reliability.hostile import PLAN

REAL = Path(__file__).parents[2] / "corpus/plans/real/kh-ubnd-179-f004d93b21e7fc5f.md"
MULTIPLE = 6  # measured: about 2 for the lines, 4 for the table (read a row a line)


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def _real_plan_of(size: int) -> bytes:
    real = REAL.read_bytes()
    return (real * (size // len(real) + 1))[:size]


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    parse_bytes(PLAN.encode("utf-8"), "warm.txt")  # models loaded once, outside the measures


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("lines.txt", (PLAN + "vi\n" * 20_000).encode("utf-8")),
        # one list of 20,000 items with a figure each: each item looked for its list's head
        ("bullets.txt", (PLAN + "- Đã có 5 hộ;\n" * 20_000).encode("utf-8")),
        (
            "table.md",
            (PLAN + "".join("| " + " | ".join(["ô"] * 50) + " |\n" for _ in range(3000))).encode(
                "utf-8"
            ),
        ),
    ],
)
def test_a_hostile_shape_costs_a_fixed_multiple_of_a_real_plan(name: str, data: bytes) -> None:
    hostile = _cpu(lambda: parse_bytes(data, name))
    real = _cpu(lambda: parse_bytes(_real_plan_of(len(data)), "real.md"))
    assert hostile < MULTIPLE * real, (name, len(data), hostile, real)


def test_a_zip_of_10000_members_is_read_in_a_fixed_multiple_of_a_real_plan(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for index in range(10_000):
            out.writestr(f"plans/plan-{index}.txt", PLAN.replace("12/KH", f"{index}/KH"))
    size = sum(info.file_size for info in zipfile.ZipFile(archive).infolist())

    def read_all() -> None:
        inputs = find_inputs([archive])
        assert len(inputs) == 10_000
        assert all(item.read() for item in inputs)

    members = _cpu(read_all)
    real = _cpu(lambda: parse_bytes(_real_plan_of(size), "real.md"))
    assert members < MULTIPLE * real, (size, members, real)
