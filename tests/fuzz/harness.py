"""The fuzzing harnesses: one per reader (text, Markdown, Word, PDF) and one for the whole
pipeline, each a function of the fuzzer's bytes that asserts the promise itself: the input
becomes either a `PlanExtractError` (one line) or a plan whose JSON follows the schema, within a
time budget, never a foreign exception, a hang or a blow-up.

A harness does not stop at a finding: it keeps the input and its reason (`Findings`) and goes
on, so that one campaign reports every finding, each then kept as a regression file
(tests/fuzz/regressions/<target>/) that `test_short_run.py` replays.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import signal
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# Per input: a hang is an input that takes more than SECONDS of CPU time (the harness's process,
# every thread), or more than WAIT_SECONDS of wall time (a wait: LibreOffice for a .doc). CPU
# time, not wall time: on a loaded machine a niced campaign gets a few per cent of a core, and
# inputs read in 0.2 s of CPU took past 20 s of wall time (two such false hangs are regressions).
SECONDS = 20.0
WAIT_SECONDS = 300.0
MAX_TEXT_SEED = 4000  # text seeds are the plans' first pages: mutations of them stay quick
HELD_OUT = ("-235-", "-980-", "-1627-", "-2853-", "heldout")  # never read (see the README)
SIGNS_OF_BLOW_UP = ("needs more memory", "nests too deeply")


class Hang(BaseException):
    """Raised by the alarm: a BaseException, so that no `except Exception` can swallow it."""


@dataclass
class Findings:
    """What a campaign met: counts, and the inputs that broke the promise."""

    folder: Path | None = None
    summary_file: Path | None = None  # rewritten every `every` runs (libFuzzer exits abruptly)
    every: int = 25
    runs: int = 0
    plans: int = 0
    errors: int = 0
    found: list[str] = field(default_factory=list)
    slowest: float = 0.0
    started: float = field(default_factory=time.monotonic)

    def keep(self, target: str, data: bytes, reason: str) -> None:
        digest = hashlib.sha1(data).hexdigest()[:16]
        self.found.append(f"{target}/{digest}: {reason.splitlines()[-1]}")
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / digest).write_bytes(data)
            (self.folder / f"{digest}.txt").write_text(reason, encoding="utf-8")

    def summary(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "plans": self.plans,
            "errors": self.errors,
            "findings": self.found,
            "slowest_cpu_seconds": round(self.slowest, 2),
            "seconds": round(time.monotonic() - self.started, 1),
        }


def _alarm(_signum: int, _frame: object) -> None:
    raise Hang


def outcome(parse: Callable[[], Any]) -> tuple[str | None, bool]:
    """Run one parse: what broke the promise (None when it holds: an error in words, or a plan
    whose JSON is valid), and whether it gave a plan."""
    from plan_extract.core.errors import PlanExtractError
    from plan_extract.output.json import plan_to_json

    previous = signal.signal(signal.SIGALRM, _alarm), signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, SECONDS)
    signal.setitimer(signal.ITIMER_REAL, WAIT_SECONDS)
    try:
        plan = parse()
        text = plan_to_json(plan)
    except Hang:
        return f"hang: no answer within {SECONDS:g} s of CPU or {WAIT_SECONDS:g} s", False
    except PlanExtractError as exc:
        message = str(exc)
        if "\n" in message or not message:
            return f"error not on one line: {message!r}", False
        if any(sign in message for sign in SIGNS_OF_BLOW_UP):
            return f"blow-up: {message}", False
        return None, False
    except Exception:
        return traceback.format_exc(), False
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous[0])
        signal.signal(signal.SIGPROF, previous[1])
    return _invalid(text), True


@functools.cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _invalid(text: str) -> str | None:
    errors = list(_validator().iter_errors(json.loads(text)))
    return f"invalid JSON: {errors[0].message}" if errors else None


# --- the targets: how the fuzzer's bytes become an input --------------------------------------


def _text(data: bytes) -> Any:
    from plan_extract.pipeline import parse_bytes

    return parse_bytes(data, "fuzz.txt")


def _markdown(data: bytes) -> Any:
    from plan_extract.pipeline import parse_bytes

    return parse_bytes(data, "fuzz.md")


def docx_from_xml(document: bytes) -> bytes:
    """A Word package around a document part: the fuzzer mutates the XML itself (mutating the
    compressed package only ever breaks its checksums)."""
    from reliability.hostile import docx_package

    if document.startswith(b"NUMBERING"):  # a numbering part first, then the document
        numbering, _, document = document[len(b"NUMBERING") :].partition(b"DOCUMENT")
        return docx_package({"word/numbering.xml": numbering, "word/document.xml": document})
    return docx_package({"word/document.xml": document})


def _docx(data: bytes) -> Any:
    from plan_extract.pipeline import parse_bytes

    return parse_bytes(docx_from_xml(data), "fuzz.docx")


def _pdf(data: bytes) -> Any:
    from plan_extract.pipeline import parse_bytes
    from plan_extract.read import ReadOptions

    return parse_bytes(data, "fuzz.pdf", ReadOptions(ocr="never"))


_NAMES = ("plan.txt", "plan.md", "plan.docx", "plan.pdf", "plan.doc", "plan", "plan.zip")


def _pipeline(data: bytes) -> Any:
    """Any bytes under any name, as the command line reads a file: the first byte picks the
    name, the sniffer the reader."""
    from plan_extract.pipeline import parse_bytes
    from plan_extract.read import ReadOptions

    name = _NAMES[data[0] % len(_NAMES)] if data else "plan"
    return parse_bytes(data[1:], name, ReadOptions(ocr="never"))


TARGETS: dict[str, Callable[[bytes], Any]] = {
    "text": _text,
    "markdown": _markdown,
    "docx": _docx,
    "pdf": _pdf,
    "pipeline": _pipeline,
}


def check(target: str, data: bytes, findings: Findings) -> None:
    """One input through one target, counted, and kept when it breaks the promise."""
    started = time.process_time()
    problem, planned = outcome(lambda: TARGETS[target](data))
    findings.plans += planned
    findings.errors += problem is None and not planned
    findings.slowest = max(findings.slowest, time.process_time() - started)
    findings.runs += 1
    if problem is not None:
        findings.keep(target, data, problem)
    if findings.summary_file is not None and (
        problem is not None or findings.runs % findings.every == 0
    ):
        summary = {"target": target, **findings.summary()}
        findings.summary_file.write_text(json.dumps(summary, indent=2), encoding="utf-8")


# --- seeds from the corpus ---------------------------------------------------------------------


def _corpus_files(*suffixes: str) -> Iterator[Path]:
    for path in sorted((ROOT / "corpus" / "plans").rglob("*")):
        if path.suffix in suffixes and not any(mark in str(path) for mark in HELD_OUT):
            yield path


def seeds(target: str) -> Iterator[bytes]:
    """The corpus's plans as the target takes them: text and Markdown cut to their first pages
    (so that mutations stay quick), Word files as their document parts (and numbering), PDFs
    as small uncompressed PDFs of the text plans' first lines (the corpus's PDFs take a second
    each: a campaign of their mutations would be a hundred times shorter)."""
    if target in ("text", "markdown", "pipeline"):
        for path in _corpus_files(".txt", ".md"):
            data = path.read_bytes()
            yield data[:MAX_TEXT_SEED].decode("utf-8", "ignore").encode("utf-8")
    if target in ("docx", "pipeline"):
        for path in _corpus_files(".docx"):
            with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as package:
                document = package.read("word/document.xml")
                parts = package.namelist()
                numbering = b""
                if "word/numbering.xml" in parts:
                    numbering = package.read("word/numbering.xml")
            yield document if target == "docx" else path.read_bytes()
            if numbering and target == "docx":
                yield b"NUMBERING" + numbering + b"DOCUMENT" + document
    if target in ("pdf", "pipeline"):
        yield from _small_pdfs()


def _small_pdfs() -> Iterator[bytes]:
    from files_helpers import make_pdf

    for path in _corpus_files(".txt"):
        lines = path.read_text(encoding="utf-8").splitlines()[:40]
        ascii_lines = [line.encode("cp1252", "replace").decode("cp1252") for line in lines]
        items = [(72.0, 760.0 - 18 * i, line, "F1") for i, line in enumerate(ascii_lines) if line]
        yield make_pdf([items])
