"""Metamorphic variants (issue 12 point 7): every gold plan of the seeds and dev splits, rewritten
and rendered, reads as the plan does. The variants of all plans are parsed once, in the
module's fixture; the tests below read that one report."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan_extract.cli.main import app
from plan_extract.evaluate.gold import load_gold, source_path
from plan_extract.evaluate.header_layouts import header_layouts
from plan_extract.evaluate.report import gold_paths
from plan_extract.evaluate.variants import (
    VariantReport,
    check_variants,
    emphasized_headings,
    hard_wrapped,
    renderings,
    rewrites,
    without_blank_lines,
)

ROOT = Path(__file__).resolve().parents[2]
GOLD = [ROOT / "corpus" / "gold" / "seeds", ROOT / "corpus" / "gold" / "dev"]
SEED_000 = ROOT / "corpus" / "gold" / "seeds" / "000_0617497f5d51b358.yaml"


def test_a_hard_wrap_cuts_long_lines_only_and_keeps_every_word() -> None:
    text = "Ngắn\n" + " ".join(["một hai ba bốn năm"] * 20)
    wrapped = hard_wrapped(text, 60)
    assert wrapped.split("\n")[0] == "Ngắn"
    assert max(len(line) for line in wrapped.split("\n")) <= 60
    assert len(wrapped.split("\n")) > 2
    assert wrapped.split() == text.split()


def test_emphasis_goes_around_top_level_headings_only() -> None:
    text = "II. NHIỆM VỤ\n1. Nội dung\n**III. ĐÃ ĐẬM**\nMột câu."
    assert emphasized_headings(text).split("\n") == [
        "**II. NHIỆM VỤ**",
        "1. Nội dung",
        "**III. ĐÃ ĐẬM**",
        "Một câu.",
    ]


def test_blank_lines_and_lines_of_spaces_are_removed_and_nothing_else() -> None:
    text = "I. MỤC ĐÍCH\n\n1. Một câu.\n   \n\u00a0\nHai câu.\n"
    assert without_blank_lines(text) == "I. MỤC ĐÍCH\n1. Một câu.\nHai câu."


def test_a_text_source_has_at_least_six_rewrites() -> None:
    labels = [variant.label for variant in rewrites("a.md", b"I. A\nb\n")]
    assert len(labels) == len(set(labels)) >= 6
    assert {"as-txt", "crlf", "emphasis", "wrap60", "wrap72-txt", "wrap100"} <= set(labels)
    assert {"no-blank", "no-blank-txt", "nfd"} <= set(labels)
    assert {variant.name for variant in rewrites("a.md", b"x")} == {"a.md", "a.txt"}


# a header as a legal database's page prints it: one cell a run of lines between bars
_CELLS_HEAD = """|
**ỦY BAN NHÂN
DÂN**
XÃ AN LẠC
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
|
Số:
15/KH-UBND
|
*An Lạc, ngày 2
tháng 4 năm 2026*
|

**KẾ HOẠCH**

Phòng, chống thiên tai năm 2026
"""
_TAIL = "\n**KẾ HOẠCH**\n\nPhòng, chống thiên tai năm 2026\n"


def test_a_header_is_laid_out_as_other_converters_print_it() -> None:
    laid = header_layouts(_CELLS_HEAD)
    parts = [
        "**ỦY BAN NHÂN DÂN**",
        "XÃ AN LẠC",
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 15/KH-UBND",
        "*An Lạc, ngày 2 tháng 4 năm 2026*",
    ]
    assert laid["header-lines"] == "\n\n".join(parts) + "\n\n" + _TAIL
    motto_first = [*parts[2:4], *parts[:2], *parts[4:]]
    assert laid["header-motto-first"] == "\n\n".join(motto_first) + "\n\n" + _TAIL
    assert laid["header-table3"].split("\n")[:3] == [
        f"| {parts[0]}<br>{parts[1]} |  | {parts[2]}<br>{parts[3]} |",
        "|---|---|---|",
        f"| {parts[4]} |  | {parts[5]} |",
    ]
    cells = ["|", *parts[:2], "|", *parts[2:4], "|", "|", parts[4], "|", parts[5], "|"]
    assert laid["header-cells"] == "\n".join(cells) + "\n" + _TAIL
    assert laid["header-underscore"].startswith("__ỦY BAN NHÂN DÂN__\n\nXÃ AN LẠC\n\n__CỘNG")


@pytest.mark.parametrize(
    "head",
    [
        "Số: 15/KH-UBND\n\nAn Lạc, ngày 2 tháng 4 năm 2026\n",  # a draft: no issuer block
        "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\nAn Lạc, ngày 2 tháng 4 năm 2026\n",  # no motto
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\n"
        "An Lạc, ngày 2 tháng 4 năm 2026\n",  # not in the table's order
    ],
)
def test_a_header_not_found_whole_is_not_laid_out(head: str) -> None:
    assert header_layouts(head + _TAIL) == {}


def test_the_renderings_of_a_seed_and_of_a_real_plan_are_found_and_no_scan() -> None:
    seed = source_path(SEED_000, load_gold(SEED_000))
    assert seed.name == "000_0617497f5d51b358.txt"
    assert renderings(seed) == []
    seed_001 = seed.with_name("001_d694d18c5a7d837d.txt")
    assert [path.name for path in renderings(seed_001)] == [
        "001_d694d18c5a7d837d.docx",
        "001_d694d18c5a7d837d.pdf",
    ]
    real = ROOT / "corpus" / "plans" / "real" / "kh-ubnd-7360-6a406c1f9dfed9c3.md"
    assert [path.name for path in renderings(real)] == [
        "kh-ubnd-7360-6a406c1f9dfed9c3.rendered.pdf"
    ]


@pytest.fixture(scope="module")
def report() -> VariantReport:
    return check_variants(gold_paths(GOLD))


def test_every_variant_of_every_gold_plan_reads_as_the_plan(report: VariantReport) -> None:
    texts = [
        path
        for path in gold_paths(GOLD)
        if source_path(path, load_gold(path)).suffix in (".txt", ".md")
    ]
    assert report.checked >= 17 * len(texts) > 0
    assert report.differences == []


def test_eval_variants_prints_the_count() -> None:
    result = CliRunner().invoke(app, ["eval", "--variants", str(SEED_000)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("18/18 variants identical\n")
