"""Word 97 (.doc): converted through LibreOffice, or a one-line error saying how to get it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_process import run_cli
from files_helpers import docx_bytes, official_docx, soffice_convert
from plan_extract.core.errors import InputError, MissingToolError
from plan_extract.read import read_bytes, read_path


@pytest.fixture(scope="session")
def word97(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A .doc made by LibreOffice from a .docx built here, with the .docx bytes."""
    folder = tmp_path_factory.mktemp("doc")
    source = folder / "plan.docx"
    data = docx_bytes(official_docx())
    source.write_bytes(data)
    return soffice_convert(source, "doc", folder), data


def test_doc_reads_like_the_docx_it_was_made_from(word97: tuple[Path, bytes]) -> None:
    path, docx_data = word97
    assert path.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    doc, _ = read_path(path)
    original = read_bytes(docx_data, "plan.docx")
    assert doc.format == "doc"
    assert [(line.block, line.text) for line in doc.lines if line.text] == [
        (line.block, line.text) for line in original.lines if line.text
    ]


def test_doc_without_libreoffice_is_a_one_line_error(
    word97: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(MissingToolError, match="apt-get install libreoffice-writer-nogui") as info:
        read_path(word97[0])
    assert "\n" not in str(info.value)


def test_cli_reports_missing_libreoffice_without_traceback(
    word97: tuple[Path, bytes], tmp_path: Path
) -> None:
    result = run_cli("parse", str(word97[0]), env={"PATH": str(tmp_path)})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "libreoffice" in result.stderr
    assert "Traceback" not in result.stderr


def test_damaged_doc_is_an_input_error() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00\x01" * 2000
    with pytest.raises(InputError):
        read_bytes(data, "broken.doc")
