"""Precision of units in lists and partners, a grid of shapes x the contexts a plan puts
them in (a numbered heading, a lettered part, a role cell of a task table, after `Đề nghị`,
hard-wrapped), the expected units written before the parser ran (corpus/ANNOTATION.md,
units): a head printed bare before the next member of its list shares the level that
member's name ends with (`Công an, Bộ Chỉ huy Quân sự tỉnh`: `Công an tỉnh`, never a bare
`Công an`); the clause after `;` is no partner's; generic nouns of a partners' list name no
body, and a colon closing them (`phối hợp với các cơ quan, đơn vị: A, B`) opens no clause."""

from __future__ import annotations

import pytest

from plan_extract.pipeline import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
{issuer}

Số: 215/KH-UBND

An Lạc, ngày 12 tháng 3 năm 2026

KẾ HOẠCH

Bảo đảm an ninh trật tự năm 2026

I. MỤC ĐÍCH, YÊU CẦU

Bảo đảm an ninh trật tự trên địa bàn.

II. TỔ CHỨC THỰC HIỆN

{body}

Trên đây là Kế hoạch bảo đảm an ninh trật tự năm 2026./.
"""
_PROVINCE, _COMMUNE = "TỈNH QUẢNG TRỊ", "XÃ AN LẠC"
_TABLE = (
    "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Tuần tra, kiểm soát | {lead} | {cooperating} | Năm 2026 |"
)
_POLICE, _ARMY = "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"
_BOTH = {_POLICE: True, _ARMY: True}
_DUTY = "Tăng cường tuần tra, kiểm soát."


def _units(issuer: str, body: str) -> dict[str, bool]:
    text = _PLAN.format(issuer=issuer, body=body)
    return {u.name: u.lead for u in parse_text(text, "kh.md").units}


@pytest.mark.parametrize(
    ("issuer", "body", "expected"),
    [
        (_PROVINCE, f"1. Công an, Bộ Chỉ huy Quân sự tỉnh\n\n{_DUTY}", _BOTH),
        (
            _PROVINCE,
            "1. Nhiệm vụ\n\na) Công an, Bộ Chỉ huy Quân sự tỉnh: tăng cường tuần tra.",
            _BOTH,
        ),
        (_PROVINCE, f"1. Đề nghị Công an, Bộ Chỉ huy Quân sự tỉnh:\n\n{_DUTY}", _BOTH),
        (_PROVINCE, f"1. Công an, Bộ Chỉ huy\nQuân sự tỉnh\n\n{_DUTY}", _BOTH),
        (
            _COMMUNE,
            f"1. Công an, Ban Chỉ huy Quân sự xã\n\n{_DUTY}",
            {"Công an xã": True, "Ban Chỉ huy Quân sự xã": True},
        ),
        (
            _PROVINCE,
            _TABLE.format(lead="Công an, Bộ Chỉ huy Quân sự tỉnh", cooperating="Sở Y tế"),
            {**_BOTH, "Sở Y tế": False},
        ),
        (
            _PROVINCE,
            _TABLE.format(lead="Sở Y tế", cooperating="Công an, Bộ Chỉ huy Quân sự tỉnh"),
            {"Sở Y tế": True, _POLICE: False, _ARMY: False},
        ),
    ],
)
def test_a_bare_head_shares_the_level_closing_its_list(
    issuer: str, body: str, expected: dict[str, bool]
) -> None:
    assert _units(issuer, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # no body of the lexicon by that head and level: the complete name only
        f"1. Viện, Bộ Chỉ huy Quân sự tỉnh\n\n{_DUTY}",
        _TABLE.format(lead="Viện, Bộ Chỉ huy Quân sự tỉnh", cooperating=""),
    ],
)
def test_a_bare_head_without_such_a_body_names_none(body: str) -> None:
    assert "Viện" not in _units(_PROVINCE, body)


_HEALTH = "Sở Y tế"
_COMMUNES = "Ủy ban nhân dân các xã, phường, đặc khu"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the clause after `;` has its own subject: no partner of the one before
        (
            "1. Sở Y tế\n\nChủ trì, phối hợp với các sở, ban, ngành tỉnh; UBND các xã, phường"
            " tổ chức tuyên truyền.",
            {_HEALTH: True, "Các sở, ban, ngành": False, _COMMUNES: True},
        ),
        (
            "1. Sở Y tế\n\nChủ trì, phối hợp với các sở, ban, ngành\ntỉnh; UBND các xã, phường"
            " tổ chức tuyên truyền.",
            {_HEALTH: True, "Các sở, ban, ngành": False, _COMMUNES: True},
        ),
        (
            "1. Nhiệm vụ\n\n- Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính; Công an tỉnh bảo"
            " đảm an ninh trật tự.",
            {_HEALTH: True, "Sở Tài chính": False, _POLICE: True},
        ),
        # generic nouns of a partners' list name no body
        (
            "1. Sở Y tế\n\nChủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức kiểm tra.",
            {_HEALTH: True},
        ),
        (
            "1. Nhiệm vụ\n\n- Sở Y tế chủ trì, phối hợp với các cơ quan, đơn vị, địa phương liên"
            " quan tổ chức kiểm tra.",
            {_HEALTH: True},
        ),
        (
            "1. Sở Y tế\n\nChủ trì, phối hợp với Sở Tài chính, các cơ quan, đơn vị liên quan và"
            " UBND các xã, phường tổ chức kiểm tra.",
            {_HEALTH: True, "Sở Tài chính": False, _COMMUNES: False},
        ),
        # a colon closing the partners' generic nouns: the bodies after it cooperate
        (
            "1. Sở Y tế\n\nChủ trì, phối hợp với các cơ quan, đơn vị: Sở Tài chính, Công an"
            " tỉnh tổ chức kiểm tra.",
            {_HEALTH: True, "Sở Tài chính": False, _POLICE: False},
        ),
    ],
)
def test_partners_stop_at_their_clause_and_generic_nouns(
    body: str, expected: dict[str, bool]
) -> None:
    assert _units(_PROVINCE, body) == expected
