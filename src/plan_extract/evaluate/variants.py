"""Metamorphic variants: a gold plan rewritten as converters and editors rewrite a text must read
the same (issue 12 point 7).

A text source is rewritten eighteen ways and, where its header allows, five more: under the other
text extension (`.txt` for `.md` and back), with CRLF line ends, decomposed (NFD, as macOS and some
converters save it), hard-wrapped at 60, 72 and 100 columns under either extension, with every
blank line removed under either extension (as a converter or a copy-paste drops them), with
Markdown emphasis around its top-level headings; as a converter from Word and writers' habits print
it (evaluate/writing_habits.py: Word's text export, with `•` and `o` for the list bullets, tabs for
first-line indents and no-break spaces; `–` and `*` for bullets under indents of spaces; `+` and
`-` swapped, without blank lines; Markdown's `*` list marker for `-`; the tone of `oa`, `oe`, `uy`
on the other vowel, old orthography for new and back; a PDF converter's `●` and `▪` for the
bullets); and with its header laid out as
other converters print it (evaluate/header_layouts.py: its lines one under the other, the motto
first, a three-column pipe table, one cell a run of lines between bars, `__` for bold). Its
renderings as Word and PDF files (beside it as `<stem>.rendered.docx|pdf`, or under
corpus/plans/rendered as `<stem>.docx|pdf`; corpus/SOURCES-real.md) are variants too; a scan is
not, since OCR may misread a letter. Each variant must give the same header, top-level sections,
targets, units and deadlines as the source; where they differ, the reader or the normalizer is to
be fixed, not the variant.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from plan_extract.core.contract import DateParts, Plan
from plan_extract.evaluate.gold import load_gold, source_path
from plan_extract.evaluate.header import header_of, sections_of
from plan_extract.evaluate.header_layouts import header_layouts
from plan_extract.evaluate.writing_habits import (
    DASH_BULLETS,
    PDF_BULLETS,
    STAR_BULLETS,
    SWAPPED_BULLETS,
    WORD_BULLETS,
    bullets_as,
    indented,
    odd_spaced,
    tones_flipped,
)
from plan_extract.normalize.patterns import numbered
from plan_extract.pipeline import parse_bytes, parse_path

WIDTHS = (60, 72, 100)
TEXT_SUFFIXES = (".txt", ".md")
RENDERING_SUFFIXES = (".docx", ".pdf")
OUTLINE_FIELDS = ("header", "sections", "targets", "units", "deadlines")

Outline = dict[str, object]


@dataclass(frozen=True, slots=True)
class Variant:
    """One rewriting of a source: parsed as the bytes `data` named `name`."""

    label: str
    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Difference:
    document: str
    label: str
    fields: tuple[str, ...]  # the outline fields that differ from the source's


@dataclass
class VariantReport:
    checked: int = 0
    differences: list[Difference] = field(default_factory=list)

    @property
    def identical(self) -> int:
        return self.checked - len(self.differences)

    def render(self) -> str:
        lines = [f"{self.identical}/{self.checked} variants identical"]
        lines += [
            f"{item.document} {item.label}: {', '.join(item.fields)}" for item in self.differences
        ]
        return "\n".join(lines) + "\n"


def hard_wrapped(text: str, width: int) -> str:
    """Every line longer than `width` cut before the word that would pass it (as `fmt`,
    pandoc or an editor's hard wrap cut them); shorter lines kept as they are."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out += textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(out)


def emphasized_headings(text: str) -> str:
    """Each top-level heading (`II. NHIỆM VỤ ...`) with no marks of its own set in `**`."""
    out = []
    for line in text.split("\n"):
        heading = numbered(line.strip())
        plain = not any(mark in line for mark in "*#|_")
        out.append(
            f"**{line.strip()}**" if heading and heading.style == "roman" and plain else line
        )
    return "\n".join(out)


def without_blank_lines(text: str) -> str:
    """The text with every blank line (empty or of spaces only, as the reader counts one) taken
    out."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def rewrites(name: str, data: bytes) -> list[Variant]:
    """The rewritings of a text source named `name`."""
    stem, suffix = name.rsplit(".", 1)
    other = f"{stem}.{'txt' if suffix == 'md' else 'md'}"
    text = data.decode("utf-8-sig")
    out = [
        Variant(f"as-{other.rsplit('.', 1)[1]}", other, data),
        Variant("crlf", name, text.replace("\n", "\r\n").encode()),
        Variant("nfd", name, unicodedata.normalize("NFD", text).encode()),
        Variant("emphasis", name, emphasized_headings(text).encode()),
    ]
    for width in WIDTHS:
        wrapped = hard_wrapped(text, width).encode()
        out.append(Variant(f"wrap{width}", name, wrapped))
        out.append(Variant(f"wrap{width}-{other.rsplit('.', 1)[1]}", other, wrapped))
    compact = without_blank_lines(text).encode()
    out.append(Variant("no-blank", name, compact))
    out.append(Variant(f"no-blank-{other.rsplit('.', 1)[1]}", other, compact))
    out += [Variant(label, name, laid.encode()) for label, laid in header_layouts(text).items()]
    out += [Variant(label, name, habit.encode()) for label, habit in _habits(text).items()]
    return out


def _habits(text: str) -> dict[str, str]:
    """The text as a converter from Word and writers' habits rewrite it (writing_habits), the
    habits one converter or writer has together in one variant each."""
    word_bullets = bullets_as(text, WORD_BULLETS)
    return {
        # Word's text export: its bullet glyphs, first-line indents as tabs, no-break spaces
        "word-text": odd_spaced(indented(word_bullets, "\t")),
        # a writer's own list glyphs and indents of spaces; a paste that drops blank lines
        "bullets-dash-indent": indented(bullets_as(text, DASH_BULLETS), "    "),
        "bullets-swapped-no-blank": without_blank_lines(bullets_as(text, SWAPPED_BULLETS)),
        # a PDF converter's text: the glyphs it draws for each level
        "pdf-bullets": bullets_as(text, PDF_BULLETS),
        # a converter to Markdown (markdownify): `*` opens a list's item
        "bullets-markdown-star": bullets_as(text, STAR_BULLETS),
        "tones-flipped": tones_flipped(text),
    }


def renderings(source: Path) -> list[Path]:
    """The Word and PDF renderings of a text source that exist (not its scan)."""
    stem = source.name.rsplit(".", 1)[0]
    rendered = source.parent.parent / "rendered"
    candidates = [source.with_name(f"{stem}.rendered{suffix}") for suffix in RENDERING_SUFFIXES]
    candidates += [rendered / f"{stem}{suffix}" for suffix in RENDERING_SUFFIXES]
    return [path for path in candidates if path.is_file()]


def _date(parts: DateParts | None) -> str | None:
    return parts.iso if parts else None


def outline(plan: Plan) -> Outline:
    """What a variant must keep: header, top-level sections, targets, units and deadlines, each
    without the line numbers a rewrite moves."""
    return {
        "header": header_of(plan).model_dump(),
        "sections": [section.model_dump() for section in sections_of(plan)],
        "targets": sorted(
            (t.value, t.unit, t.comparator, t.year, t.frequency or "") for t in plan.targets
        ),
        "units": sorted((unit.name, unit.lead) for unit in plan.units),
        "deadlines": sorted(
            (d.kind, _date(d.start) or "", _date(d.end) or "", d.recurrence or "")
            for d in plan.deadlines
        ),
    }


def differing(base: Outline, other: Outline) -> tuple[str, ...]:
    return tuple(name for name in OUTLINE_FIELDS if base[name] != other[name])


def variants_of(source: Path) -> Iterator[tuple[str, Callable[[], Plan]]]:
    """Each variant of a source as (label, parse): rewrites of a text, then its renderings."""
    if source.suffix in TEXT_SUFFIXES:
        for variant in rewrites(source.name, source.read_bytes()):
            yield variant.label, partial(parse_bytes, variant.data, variant.name)
    for path in renderings(source):
        yield path.suffix.lstrip("."), partial(parse_path, path)


def check_variants(gold_files: Iterable[Path]) -> VariantReport:
    """Parse every variant of each gold file's source and compare it with the source's reading."""
    report = VariantReport()
    for gold_file in gold_files:
        source = source_path(gold_file, load_gold(gold_file))
        base = outline(parse_path(source))
        for label, parse in variants_of(source):
            report.checked += 1
            fields = differing(base, outline(parse()))
            if fields:
                report.differences.append(Difference(gold_file.stem, label, fields))
    return report
