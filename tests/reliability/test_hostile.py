"""The hostile corpus (hostile.py) through `plan-extract parse DIR -o`, as a user runs it, under
a 2 GiB address-space limit: every input ends as its JSON or as one line on stderr, within its
time budget, and none leaks what an external entity points at or escapes the output folder.
The whole corpus is read with OCR off (`--ocr never`), and the cases that attack OCR's
rendering once more with OCR on: each is refused by the render budget (read/pdf/render_budget.py)
or read, within its time and under the same limit."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from reliability.hostile import CASES, OCR_CASES, SECRET, write_case

MEMORY_BYTES = 2 << 30
SECONDS_PER_FILE = 180  # wall time on a loaded machine (2 cores shared by many): 60 s was too tight


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    secrets = tmp_path_factory.mktemp("secrets")
    for name in CASES:
        write_case(name, folder, secrets)
    return folder


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))


def _parse(folder: Path, out: Path, ocr: str) -> tuple[Path, list[str], int]:
    """The folder parsed once: the output folder, stderr's lines, the exit code."""
    done = subprocess.run(
        [sys.executable, "-m", "plan_extract", "-q", "parse", str(folder), "-o", str(out),
         "--force", "--timeout", str(SECONDS_PER_FILE), "--ocr", ocr],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=_limit_memory,
        timeout=1800,
        env={"PATH": "/usr/bin:/bin", "CI": "true"},
    )  # fmt: skip
    return out, done.stderr.splitlines(), done.returncode


@pytest.fixture(scope="module")
def run(hostile: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], int]:
    """The whole corpus parsed once with OCR off."""
    return _parse(hostile, tmp_path_factory.mktemp("out"), "never")


@pytest.fixture(scope="module")
def run_ocr(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], int]:
    """The cases against OCR's rendering parsed with OCR on."""
    folder = tmp_path_factory.mktemp("hostile-ocr")
    for name in OCR_CASES:
        write_case(name, folder)
    return _parse(folder, tmp_path_factory.mktemp("out-ocr"), "auto")


def _inputs(folder: Path) -> list[tuple[str, str]]:
    """(name shown, output file name) of every input the folder holds."""
    from plan_extract.cli.parse import output_paths
    from plan_extract.read.inputs import find_inputs

    inputs = find_inputs([folder])
    targets = output_paths(inputs, folder.parent / "unused-out", force=True)
    return [(item.name, target.name) for item, target in zip(inputs, targets, strict=True)]


def test_every_input_ends_as_its_json_or_one_line(
    hostile: Path, run: tuple[Path, list[str], int]
) -> None:
    out, lines, code = run
    assert code == 1, lines  # some are refused, and that is said
    assert not any("Traceback" in line or "internal error" in line for line in lines), lines
    assert all(line.startswith("plan-extract: ") for line in lines), lines
    written = {path.name for path in out.iterdir()}
    for name, output in _inputs(hostile):
        said = [line for line in lines if line.startswith(f"plan-extract: {name}: ")]
        assert (output in written) != bool(said), (name, said)
        assert len(said) <= 1, said


def test_no_input_runs_past_its_time_budget(run: tuple[Path, list[str], int]) -> None:
    _, lines, _ = run
    assert not [line for line in lines if "took longer than" in line]


def test_nothing_outside_the_input_leaks_or_escapes(
    hostile: Path, run: tuple[Path, list[str], int]
) -> None:
    out, lines, _ = run
    for path in out.iterdir():
        assert SECRET not in path.read_text(encoding="utf-8"), path.name
    assert not any(SECRET in line for line in lines)
    assert not (hostile.parent / "tmp" / "escaped-plan.txt.json").exists()
    assert {path.parent for path in out.rglob("*")} == {out}  # nothing written below it


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zip-bomb-4gib.docx", "is too large"),
        ("lying-size.docx", "the Word document is malformed"),
        ("bomb-members.zip!bomb.txt", "the file is too large"),
        ("traversal-and-links.zip!link-to-passwd.txt", "a symbolic link in the archive"),
        ("ole-random.doc", "not a readable Word 97 document"),
        ("pdf-kids-loop.pdf", "its page tree is damaged"),
        ("pdf-media-box-rules.pdf", "not a readable PDF"),
        ("many-paragraphs.docx", "more than 100,000 lines"),
        ("huge-200mb.txt", "the file is too large (199 MiB"),
        ("encoding-shift-jis.txt", "no plan found in it"),
    ],
)
def test_refusals_say_why(run: tuple[Path, list[str], int], name: str, expected: str) -> None:
    _, lines, _ = run
    said = [line for line in lines if f"/{name}: " in line]
    assert len(said) == 1 and expected in said[0], said


@pytest.mark.parametrize(
    "name",
    [
        "encoding-utf32le-bom.txt",
        "encoding-utf32be-bom.txt",
        "encoding-utf32le.txt",
        "encoding-utf32be.txt",
        "encoding-utf16le.txt",
        "encoding-tcvn3.txt",
        "numbering-start-1e12-letters.docx",
        "numbering-level-1e11.docx",
        "grid-span-1e9.docx",
        "style-cycle-3000.docx",
        "rels-cycle.docx",
        "unneeded-1gib-image.docx",
        "line-1m-chars.txt",
        "numbers-huge.txt",
        "traversal-and-links.zip!ok!plan.txt",
        "nested-bombs.zip!plan.txt",
    ],
)
def test_hostile_but_readable_files_give_their_plan(
    run: tuple[Path, list[str], int], name: str
) -> None:
    out, _, _ = run
    plan = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
    assert [section["number"] for section in plan["sections"]][:2] == ["I", "II"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ocr-stream-bomb.pdf", "the PDF has no readable text"),
        ("ocr-paint-bomb.pdf", "page 1 takes longer than 30 s to draw for OCR"),
        ("ocr-pages-200-inches.pdf", "page 1 is too large to read by OCR (200 x 200 inches"),
        ("ocr-pages-40-inches.pdf", "the pages to read by OCR are too large together"),
    ],
)
def test_ocr_renders_within_its_pixel_and_time_budget(
    run_ocr: tuple[Path, list[str], int], name: str, expected: str
) -> None:
    _, lines, code = run_ocr
    assert code == 1, lines
    assert all(line.startswith("plan-extract: ") for line in lines), lines
    assert not [line for line in lines if "took longer than" in line], lines
    said = [line for line in lines if f"/{name}: " in line]
    assert len(said) == 1 and expected in said[0], lines
