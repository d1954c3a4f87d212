"""Uploads are judged by the command line's own sniffer; each refusal carries the code of its
message in the page's strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from files_helpers import zip_bytes
from plan_extract.core.errors import InputError
from plan_extract.read.inputs import Archive, ZipLimits
from plan_extract.web.limits import MIB
from plan_extract.web.sniff import RejectedUploadError, refusal, sniff_upload

DOCX = Path(__file__).resolve().parents[2] / "corpus/plans/rendered/001_d694d18c5a7d837d.docx"


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"%PDF-1.7\n...", "plan.txt", "pdf"),
        (DOCX.read_bytes(), "plan.pdf", "docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "x.txt", "doc"),
        (zip_bytes({"plans/a.txt": b"plan"}), "plans.docx", "zip"),
        ("KẾ HOẠCH thực hiện".encode(), "plan", "txt"),
        ("# KẾ HOẠCH".encode(), "plan.txt", "md"),
        ("KẾ HOẠCH".encode("utf-16"), "plan", "txt"),
    ],
)
def test_kind_comes_from_the_content_first(data: bytes, name: str, kind: str) -> None:
    assert sniff_upload(data, name) == kind


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"", "plan.txt", "err_empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "plan.txt", "err_not_plan"),
        (bytes(range(256)) * 4, "plan.txt", "err_not_plan"),
        ("KẾ HOẠCH".encode(), "plan.pdf", "err_not_plan"),  # text that claims to be a PDF
        ("KẾ HOẠCH".encode(), "photo.jpg", "err_not_plan"),
    ],
)
def test_what_is_not_a_plan_is_refused_with_a_message_code(
    data: bytes, name: str, code: str
) -> None:
    with pytest.raises(RejectedUploadError) as refused:
        sniff_upload(data, name)
    assert refused.value.code == code
    assert str(refused.value)


def test_archive_refusals_carry_their_codes_and_limits() -> None:
    archive = zip_bytes({f"{i}.txt": b"x" * MIB for i in range(3)})
    with pytest.raises(InputError) as too_many:
        Archive("a.zip", archive, ZipLimits(max_members=2)).members()
    assert (refusal(too_many.value).code, refusal(too_many.value).params) == (
        "err_zip_too_many",
        {"count": 2},
    )
    with pytest.raises(InputError) as too_large:
        Archive("a.zip", archive, ZipLimits(max_total_bytes=2 * MIB)).members()
    assert (refusal(too_large.value).code, refusal(too_large.value).params) == (
        "err_zip_too_large",
        {"size": 2},
    )
    with pytest.raises(InputError) as damaged:
        Archive("a.zip", b"PK\x03\x04 damaged", ZipLimits()).members()
    assert refusal(damaged.value).code == "err_zip_bad"
