"""The pipeline: read → normalize → structure → extract → resolve → output.

Each stage has one job and a typed input and output; this module only wires them together.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from plan_extract.core.budget import time_budget
from plan_extract.core.collector import fewer_collections
from plan_extract.core.contract import NormalizedLine, Plan, Source
from plan_extract.core.errors import InputError, printable
from plan_extract.core.version import __version__
from plan_extract.extract import extract
from plan_extract.normalize import normalize
from plan_extract.normalize.model import NormalizedDocument
from plan_extract.read import ReadOptions, read_bytes, read_path
from plan_extract.read.bounds import describe, one_error
from plan_extract.read.model import RawDocument
from plan_extract.resolve import resolve
from plan_extract.structure import build_structure


def parse_path(
    path: str | Path, options: ReadOptions | None = None, *, with_lines: bool = False
) -> Plan:
    """Parse a plan file (.txt, .md, .docx, .doc, .pdf); with `with_lines`, the plan carries
    the normalized lines its items cite (`Plan.lines`)."""
    path = Path(path)
    with _one_parse(options):
        raw, data = read_path(path, options)
        return run(raw, _source(str(path), data, raw), with_lines=with_lines)


def parse_bytes(
    data: bytes, name: str, options: ReadOptions | None = None, *, with_lines: bool = False
) -> Plan:
    """Parse a plan held in memory; `name` stands in for the path and gives the extension."""
    with _one_parse(options):
        raw = read_bytes(data, name, options)
        return run(raw, _source(name, data, raw), with_lines=with_lines)


def parse_bytes_with_lines(
    data: bytes, name: str, options: ReadOptions | None = None
) -> tuple[Plan, NormalizedDocument]:
    """Like `parse_bytes`, and also the normalized document whose 1-based line numbers the
    plan's items cite (the store keeps its lines to show the document with highlights)."""
    with _one_parse(options):
        raw = read_bytes(data, name, options)
        return run_with_document(raw, _source(name, data, raw))


def parse_text(
    text: str, name: str = "<text>", markdown: bool = False, *, with_lines: bool = False
) -> Plan:
    """Parse a plan's text already in memory."""
    suffix = ".md" if markdown else ".txt"
    data = text.encode("utf-8")
    return parse_bytes(data, name if "." in name else name + suffix, with_lines=with_lines)


@contextmanager
def _one_parse(options: ReadOptions | None) -> Iterator[None]:
    """The work on one document: within its time budget, with fewer garbage collections
    (`core.collector`)."""
    seconds = options.limits.max_seconds if options is not None else None
    with time_budget(seconds), fewer_collections():
        yield


def _source(path: str, data: bytes, raw: RawDocument) -> Source:
    return Source(
        path=printable(path),
        sha256=hashlib.sha256(data).hexdigest(),
        format=raw.format,
        pages=raw.pages,
        parser_version=__version__,
    )


def run(raw: RawDocument, source: Source, *, with_lines: bool = False) -> Plan:
    plan, doc = run_with_document(raw, source)
    return plan.model_copy(update={"lines": normalized_lines(doc)}) if with_lines else plan


def normalized_lines(doc: NormalizedDocument) -> list[NormalizedLine]:
    """The normalized text as the plan JSON carries it."""
    return [
        NormalizedLine(
            number=line.number,
            text=line.text,
            source_lines=list(line.source_lines),
            page=line.page,
        )
        for line in doc.lines
    ]


def run_with_document(raw: RawDocument, source: Source) -> tuple[Plan, NormalizedDocument]:
    """The stages after reading; returns the plan and the normalized document it cites.
    `InputError` when nothing of a plan is found, or when a stage fails on this input (what
    spaCy or underthesea raise, or a fault of plan-extract's own: one line, never a traceback)."""
    with one_error(_fault):
        doc = normalize(raw)
        structure = build_structure(doc)
        extraction = extract(doc, structure)
        plan = Plan(
            source=source,
            document=structure.document,
            sections=structure.sections,
            targets=extraction.targets,
            units=extraction.units,
            tasks=extraction.tasks,
            deadlines=extraction.deadlines,
            funding=extraction.funding,
            warnings=[*doc.warnings, *structure.warnings, *extraction.warnings],
        )
        plan = resolve(plan)
    if is_empty(plan):
        raise InputError(
            "no plan found in it: no document kind, header, numbered sections, targets, units "
            "or deadlines (is it the right file, in a language and encoding plan-extract reads?)"
        )
    return plan, doc


def is_empty(plan: Plan) -> bool:
    """Nothing of a plan was found: what random bytes, another language or a wrong encoding
    give, which is better said than written out as an empty plan."""
    meta = plan.document
    return not (
        plan.sections
        or plan.targets
        or plan.units
        or plan.tasks
        or plan.deadlines
        or plan.funding
        or meta.kind != "unknown"
        or meta.number
        or meta.issuer
        or meta.title
        or meta.issued
        or meta.signer
        or meta.basis
    )


def _fault(exc: Exception) -> str:
    """A fault met on this input (what spaCy or underthesea raise, or plan-extract's own):
    reported with it, and the batch goes on."""
    return f"plan-extract failed on it ({type(exc).__name__}: {describe(exc)}); please report it"
