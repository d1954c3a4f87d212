"""The one sniffer: what a file is, by its content first and its name second, for the command
line, ingest and the web page alike."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from files_helpers import zip_bytes
from plan_extract.core.errors import InputError
from plan_extract.read import read_bytes, sniff

ROOT = Path(__file__).resolve().parents[2]
RENDERED = ROOT / "corpus" / "plans" / "rendered"
SEED = ROOT / "corpus" / "plans" / "seeds" / "004_84ecff9abd92b8a3.txt"
DOCX = (RENDERED / "001_d694d18c5a7d837d.docx").read_bytes()
PDF = (RENDERED / "001_d694d18c5a7d837d.pdf").read_bytes()
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40
PLAIN = "Kế hoạch thực hiện công tác bình đẳng giới năm 2026.\n".encode()
MARKDOWN = "## I. MỤC ĐÍCH\n\n**Nơi nhận:**\n".encode()


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (PDF, "plan.pdf", "pdf"),
        (PDF, "plan.txt", "pdf"),
        (PDF, "plan", "pdf"),
        (DOCX, "plan.docx", "docx"),
        (DOCX, "plan.pdf", "docx"),
        (DOCX, "plan.zip", "docx"),
        (OLE, "plan.doc", "doc"),
        (OLE, "plan.txt", "doc"),
        (zip_bytes({"plans/a.txt": PLAIN}), "plans.zip", "zip"),
        (zip_bytes({"plans/a.txt": PLAIN}), "plans.docx", "zip"),
        (PLAIN, "plan.txt", "txt"),
        (PLAIN, "plan", "txt"),
        (PLAIN, "plan.md", "md"),
        (MARKDOWN, "plan.md", "md"),
        (MARKDOWN, "plan.txt", "md"),
        (MARKDOWN, "plan.markdown", "md"),
        (PLAIN.decode().encode("utf-16"), "plan.txt", "txt"),
        (b"K\xea ho\xe1ch th\xf1c hi\xean", "plan.txt", "txt"),  # 8-bit text
    ],
)
def test_the_content_decides_and_the_name_only_settles_what_it_leaves_open(
    data: bytes, name: str, kind: str
) -> None:
    assert sniff(data, name) == kind


def test_a_zip_holding_an_uncompressed_word_file_is_an_archive_by_its_directory() -> None:
    archive = zip_bytes({"plans/plan.docx": DOCX}, zipfile.ZIP_STORED)
    assert b"word/" in archive[:65536]  # the inner document's part names show in the bytes
    assert sniff(archive, "batch.zip") == "zip"
    with pytest.raises(InputError, match="ZIP archive"):
        read_bytes(archive, "batch.zip")


def test_a_word_package_needs_its_content_types_not_just_a_word_folder() -> None:
    plans = zip_bytes({"word/plan.txt": PLAIN})  # someone's folder called "word"
    assert sniff(plans, "plans.zip") == "zip"


def test_a_txt_holding_markdown_reads_exactly_as_the_same_bytes_named_md() -> None:
    data = SEED.read_bytes()
    as_txt, as_md = read_bytes(data, "plan.txt"), read_bytes(data, "plan.md")
    assert as_txt.format == as_md.format == "md"
    assert as_txt.lines == as_md.lines
    assert not any(line.text.startswith("#") for line in as_txt.lines)


def test_plain_text_reads_as_plain_text_unless_its_name_says_markdown() -> None:
    assert read_bytes(b"Line one *\nX\n", "plan.txt").lines[1].text == "X"
    assert read_bytes(b"Line one *\nX\n", "plan.md").lines[1].text == ""  # a table's X mark


def test_a_declared_format_stands_in_for_a_name() -> None:
    assert sniff(PLAIN, "<stdin>", "md") == "md"
    assert sniff(PLAIN, "<stdin>", "txt") == "txt"
    assert sniff(MARKDOWN, "<stdin>", "txt") == "md"  # content first
    assert sniff(PDF, "<stdin>", "md") == "pdf"
    with pytest.raises(InputError, match="not a valid PDF"):
        sniff(PLAIN, "<stdin>", "pdf")


@pytest.mark.parametrize(
    ("data", "name", "words"),
    [
        (b"", "plan.txt", "empty"),
        (PLAIN, "plan.pdf", "not a valid PDF file"),
        (PLAIN, "plan.docx", "not a valid DOCX file"),
        (PLAIN, "plan.xyz", "unsupported file type '.xyz'"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt", "binary"),
        (bytes(range(256)) * 4, "plan", "binary"),
    ],
)
def test_what_is_no_plan_is_refused_in_one_line(data: bytes, name: str, words: str) -> None:
    with pytest.raises(InputError, match=words) as refused:
        sniff(data, name)
    assert "\n" not in str(refused.value)


def test_a_damaged_archive_called_docx_is_left_to_the_word_reader_to_refuse() -> None:
    damaged = b"PK\x03\x04 not really an archive"
    assert sniff(damaged, "plan.docx") == "docx"
    assert sniff(damaged, "plan.zip") == "zip"
    with pytest.raises(InputError, match="Word"):
        read_bytes(damaged, "plan.docx")
