"""The closing's cues read from data/layout_cues.yaml, one answer for every reader and stage:
the signature prefixes (`TM.`, `KT.`, `T/M`) and the recipients label (`Nơi nhận`)."""

from __future__ import annotations

import pytest

from plan_extract.read.layout_cues import (
    is_recipients_label,
    is_signature_start,
    recipients_label_at,
    signature_prefix_at,
)


@pytest.mark.parametrize(
    ("text", "printed", "end"),
    [
        ("TM. ỦY BAN NHÂN DÂN", "TM.", 3),
        ("KT. CHỦ TỊCH", "KT.", 3),
        ("T/M. ĐOÀN KIỂM TRA", "T/M.", 4),  # listed without its dot: the dot is optional
        ("T/M UỶ BAN NHÂN DÂN", "T/M", 3),
        ("TM . ỦY BAN NHÂN DÂN", "TM.", 4),  # OCR puts a space before the dot
        ("tuq. giám đốc", "tuq.", 4),
    ],
)
def test_signature_prefix_as_printed(text: str, printed: str, end: int) -> None:
    cue = signature_prefix_at(text)
    assert cue is not None and (cue.printed, cue.end) == (printed, end)
    assert is_signature_start(text)


@pytest.mark.parametrize(
    "text", ["TM ỦY BAN", "Quyết định số 12", "T/MX", "Kết quả thực hiện", "TMX. A"]
)
def test_not_a_signature_prefix(text: str) -> None:
    assert signature_prefix_at(text) is None
    assert not is_signature_start(text)


@pytest.mark.parametrize("text", ["Nơi nhận:", "NƠI NHẬN:", "Noi nhận:", "**Nơi nhận:**"])
def test_recipients_label(text: str) -> None:
    assert is_recipients_label(text)


def test_recipients_label_as_printed_and_its_end() -> None:
    assert recipients_label_at("Noi nhận: - UBND tỉnh;") == ("Noi nhận", 8)
    assert recipients_label_at("Nơi thực hiện kế hoạch") is None
    assert recipients_label_at("Nơi nhậnx") is None
