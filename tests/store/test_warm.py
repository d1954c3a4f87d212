"""The parse workers' warm-up (store/warm.py): the fork server loads every data file the parse
reads and parses their examples, so that a worker's first real plan costs about what its later
ones do (measured in the module's docstring, not here)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from types import ModuleType

import pytest

from plan_extract.core import knowledge


@pytest.fixture(name="warm", scope="module")
def warm_fixture() -> Iterator[ModuleType]:
    from plan_extract.store import warm

    yield warm
    gc.unfreeze()  # what the fork server keeps frozen, a test process collects as usual


def test_the_warm_up_parses_the_examples_of_every_data_file_the_parse_reads(
    warm: ModuleType,
) -> None:
    examples = warm._EXAMPLES.decode()
    with_examples = [
        declared
        for declared in knowledge.registered()
        if getattr(declared.load(), "examples", None)
    ]
    paths = {declared.path for declared in with_examples}
    assert {"structure/table_columns.yaml", "header_terms.yaml"} <= paths
    for declared in with_examples:
        for example in declared.load().examples:
            assert example.text in examples, declared.path
