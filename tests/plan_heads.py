"""The head of a small test plan (issuer, number, place and date, kind, title, purpose), for
tests that read a fragment of a plan's body under it."""

from __future__ import annotations

Issued = tuple[str, str, str, str]
"""The issuer block's two lines, the number line and the place and date line."""

COMMUNE: Issued = (
    "ỦY BAN NHÂN DÂN",
    "XÃ TÂN HƯNG",
    "Số: 52/KH-UBND",
    "Tân Hưng, ngày 3 tháng 2 năm 2026",
)
DISTRICT: Issued = (
    "ỦY BAN NHÂN DÂN",
    "HUYỆN CẦN GIUỘC",
    "Số: 18/KH-UBND",
    "Cần Giuộc, ngày 20 tháng 1 năm 2024",
)
PROVINCE: Issued = (
    "ỦY BAN NHÂN DÂN",
    "TỈNH QUẢNG TRỊ",
    "Số: 77/KH-UBND",
    "Quảng Trị, ngày 12 tháng 3 năm 2026",
)
DEPARTMENT: Issued = (
    "UBND TỈNH QUẢNG TRỊ",
    "SỞ Y TẾ",
    "Số: 9/KH-SYT",
    "Quảng Trị, ngày 5 tháng 3 năm 2026",
)


def plan_head(issued: Issued, title: str, purpose: str, section: str) -> str:
    """A plan's lines up to the heading `section`, which the body's fragment follows."""
    return "\n".join([*issued, "KẾ HOẠCH", title, "I. MỤC ĐÍCH, YÊU CẦU", purpose, section, ""])


COMMUNE_IMPLEMENTATION = plan_head(
    COMMUNE,
    "Thực hiện công tác bình đẳng giới năm 2026",
    "Nâng cao nhận thức về bình đẳng giới.",
    "II. TỔ CHỨC THỰC HIỆN",
)
"""A commune's plan on gender equality up to its implementation section's heading."""
