"""A short, bounded, deterministic run of every fuzzing harness (the coverage-guided campaign is
tests/fuzz/run.py, run for a few minutes in CI by .ci/run): the corpus's seeds, mutated as the
fuzzer would (bytes flipped, cut, repeated), and every regression file the campaigns kept
(tests/fuzz/regressions/<target>/), through the promise itself: each input ends as a one-line
`PlanExtractError` or as a plan whose JSON follows the schema. The run fails as well when every
input turned into an error (a harness that only ever refuses proves nothing)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import pytest

from fuzz.harness import TARGETS, Findings, check, seeds

REGRESSIONS = Path(__file__).parent / "regressions"
SEEDS_PER_TARGET = 3
MUTANTS_PER_SEED = 4


def _mutants(seed: bytes, chance: random.Random) -> Iterator[bytes]:
    for _ in range(MUTANTS_PER_SEED):
        data = bytearray(seed)
        at = chance.randrange(len(data)) if data else 0
        kind = chance.randrange(3)
        if kind == 0:
            for _ in range(8):
                if data:
                    data[chance.randrange(len(data))] = chance.randrange(256)
        elif kind == 1:
            del data[at:]
        else:
            data[at:at] = data[at : at + chance.randrange(1, 400)] * chance.randrange(2, 20)
        yield bytes(data)


def _inputs(target: str) -> Iterator[bytes]:
    chance = random.Random(18)
    for seed in islice(seeds(target), SEEDS_PER_TARGET):
        yield seed
        yield from _mutants(seed, chance)
    for path in sorted((REGRESSIONS / target).glob("*")):
        if path.suffix != ".txt":
            yield path.read_bytes()


@pytest.mark.parametrize("target", list(TARGETS))
def test_every_input_ends_as_one_line_or_valid_json(target: str) -> None:
    findings = Findings()
    for data in _inputs(target):
        check(target, data, findings)
    assert not findings.found, findings.found
    assert findings.plans, "every input turned into an error"
    assert findings.runs == findings.plans + findings.errors
