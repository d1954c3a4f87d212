"""The library as its documentation shows it: the examples in the package's docstrings and in
the README's Library section run (doctest), `import plan_extract` stays cheap, and the
subpackages are there after it."""

from __future__ import annotations

import doctest
import re
import subprocess
import sys
from pathlib import Path

import pytest

import plan_extract

ROOT = Path(__file__).resolve().parents[1]
OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.fixture(autouse=True)
def at_the_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples name corpus/ files from there


def test_the_package_docstring_examples_run() -> None:
    results = doctest.testmod(plan_extract, optionflags=OPTIONS, report=True)
    assert results.attempted >= 15
    assert results.failed == 0


def readme_library_examples() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Library\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```pycon\n(.*?)```", section, re.DOTALL)
    assert len(blocks) == 1
    return str(blocks[0])


def test_the_readme_library_examples_run() -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(readme_library_examples(), {}, "README Library", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=OPTIONS)
    runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.attempted >= 10
    assert results.failed == 0


def in_a_fresh_process(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_importing_the_package_loads_no_stage() -> None:
    loaded = in_a_fresh_process(
        "import sys, plan_extract\n"
        "print(sorted(m for m in sys.modules if m.startswith('plan_extract.')))\n"
        "print('pydantic' in sys.modules, 'spacy' in sys.modules)"
    )
    assert loaded.splitlines() == [
        "['plan_extract.core', 'plan_extract.core.lazy', 'plan_extract.core.version']",
        "False False",
    ]


def test_a_subpackage_is_there_after_a_plain_import() -> None:
    said = in_a_fresh_process(
        "import plan_extract\n"
        "plan = plan_extract.parse_text('KẾ HOẠCH\\n')\n"
        "print(plan_extract.output.json.plan_to_json(plan) == plan_extract.to_json(plan))\n"
        "print(plan_extract.ReadOptions().ocr)"
    )
    assert said.splitlines() == ["True", "auto"]
    with pytest.raises(AttributeError, match="has no attribute 'nope'"):
        _ = plan_extract.nope  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        _ = plan_extract.output.nope
