"""Word 97 (.doc) files, converted to .docx through LibreOffice when it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from plan_extract.core.errors import InputError, MissingToolError

CONVERT_TIMEOUT_SECONDS = 120
INSTALL = "apt-get install libreoffice-writer-nogui"


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def is_word97(data: bytes) -> bool:
    """An OLE container that holds a Word document (its `WordDocument` stream): LibreOffice
    would import anything else, random bytes included, as some text."""
    import olefile

    try:
        with olefile.OleFileIO(data) as container:
            return bool(container.exists("WordDocument"))
    except Exception:  # olefile raises many kinds on a damaged container
        return False


def doc_to_docx(data: bytes) -> bytes:
    """Convert with `soffice --headless --convert-to docx` in a private temporary folder (its
    own user profile too, so a running LibreOffice or a locked profile does not interfere)."""
    if not is_word97(data):
        raise InputError("not a readable Word 97 document (its container holds no Word text)")
    soffice = find_soffice()
    if soffice is None:
        raise MissingToolError(f"reading .doc needs LibreOffice: {INSTALL}")
    with tempfile.TemporaryDirectory(prefix="plan-extract-doc-") as tmp:
        folder = Path(tmp)
        source = folder / "input.doc"
        source.write_bytes(data)
        command = [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            subprocess.run(
                command,
                capture_output=True,
                timeout=CONVERT_TIMEOUT_SECONDS,
                check=False,
                env={**os.environ, "HOME": tmp},
            )
        except subprocess.TimeoutExpired as exc:
            raise InputError(
                f"LibreOffice did not convert the .doc within {CONVERT_TIMEOUT_SECONDS} s"
            ) from exc
        except OSError as exc:
            raise MissingToolError(f"LibreOffice could not be started ({exc}): {INSTALL}") from exc
        target = folder / "out" / "input.docx"
        if not target.exists():
            raise InputError("not a readable Word 97 document (LibreOffice could not convert it)")
        return target.read_bytes()
