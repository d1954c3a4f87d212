from __future__ import annotations

import pytest

from plan_extract.web.sniff import RejectedUploadError, sniff_upload


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (b"%PDF-1.7\n...", "plan.txt", "pdf"),
        (b"PK\x03\x04....[Content_Types].xml word/document.xml", "plan.pdf", "docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "x.txt", "doc"),
        (b"PK\x03\x04 some archive of plans", "plans.docx", "zip"),
        ("KẾ HOẠCH thực hiện".encode(), "plan.pdf", "txt"),
        ("# KẾ HOẠCH".encode(), "plan.md", "md"),
        ("KẾ HOẠCH".encode("utf-16"), "plan", "txt"),
    ],
)
def test_kind_comes_from_the_content_not_the_name(data: bytes, name: str, kind: str) -> None:
    assert sniff_upload(data, name) == kind


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "err_empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "err_not_plan"),
        (bytes(range(256)) * 4, "err_not_plan"),
        (b"K\xea ho\xe1ch th\xf1c hi\xean", "err_not_plan"),  # Latin-1, not UTF-8
    ],
)
def test_what_is_not_a_plan_is_refused_with_a_message_code(data: bytes, code: str) -> None:
    with pytest.raises(RejectedUploadError) as refused:
        sniff_upload(data, "plan.txt")
    assert refused.value.code == code
    assert str(refused.value)
