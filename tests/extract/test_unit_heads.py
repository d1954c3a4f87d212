"""Bodies missing from the lexicon named by the heads of national bodies (`Bộ`, `Thông tấn
xã`) and their capitalised names (Nghị định 30/2020/NĐ-CP, Phụ lục II), split where a new head
follows a comma; members of a body standing for it (`thành viên Ban Chỉ đạo ...`); and the
words those heads open that name no body."""

from __future__ import annotations

from plan_extract.pipeline import parse_text

_PLAN = """THỦ TƯỚNG CHÍNH PHỦ
KẾ HOẠCH
Thực hiện chính sách ưu đãi người có công năm 2026
Căn cứ Thông tư số 01/2025/TT-BYT ngày 10/01/2025 của Bộ Y tế;
I. MỤC ĐÍCH, YÊU CẦU
Áp dụng Bộ tiêu chí quốc gia trong rà soát hồ sơ.
II. TỔ CHỨC THỰC HIỆN
1. Bộ Quốc phòng
- Chủ trì, phối hợp rà soát hồ sơ người có công.
2. Bộ Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền về người có công.
3. Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam: Chủ trì xây dựng các chuyên mục.
4. Bộ Công an chủ trì, phối hợp với Bộ Ngoại giao hướng dẫn xác minh hồ sơ.
5. Bộ Tài chính sẽ chủ trì, phối hợp với các bộ, ngành bố trí kinh phí.
6. Xây dựng Bộ Quy tắc ứng xử của cán bộ, công chức.
7. Triển khai Bộ Luật Lao động đến người lao động.
8. Giao Bộ Nội vụ giúp Thủ tướng Chính phủ theo dõi, đôn đốc việc thực hiện.
"""

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
QUYẾT ĐỊNH
Về việc ban hành Kế hoạch công tác dân số năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch công tác dân số năm 2026.
Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế; Các thành viên Ban Chỉ đạo
công tác Dân số tỉnh chịu trách nhiệm thi hành Quyết định này./.
"""


def _units(text: str) -> set[tuple[str, bool]]:
    """The units the plan `text` names, each with whether it leads."""
    return {(unit.name, unit.lead) for unit in parse_text(text).units}


def test_national_bodies_named_by_their_heads() -> None:
    assert _units(_PLAN) == {
        ("Bộ Quốc phòng", True),  # a heading alone, its duties under it
        ("Bộ Văn hóa, Thể thao và Du lịch", True),  # the name's own `,` and `và`
        ("Đài Tiếng nói Việt Nam", True),  # a new head after `,`: another body
        ("Thông tấn xã Việt Nam", True),
        ("Bộ Công an", True),
        ("Bộ Ngoại giao", False),
        ("Bộ Tài chính", True),  # a modal is no word of the name (not `Bộ Tài chính sẽ`)
        ("Bộ Nội vụ", True),  # helping the authority (not `Bộ Nội vụ giúp Thủ tướng ...`)
    }  # no unit from the basis line, `Bộ tiêu chí`, `Bộ Quy tắc`, `Bộ Luật`


def test_members_of_a_body_stand_for_it() -> None:
    assert _units(_DECISION) == {
        ("Văn phòng Ủy ban nhân dân tỉnh", True),
        ("Sở Y tế", True),
        ("Ban Chỉ đạo công tác Dân số tỉnh", True),
    }


_PROVINCE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
KẾ HOẠCH
Thực hiện công tác người có công năm 2026
I. MỤC ĐÍCH
Bảo đảm thực hiện.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế chủ trì, phối hợp với Bộ Y tế, Sở Tài chính kiểm tra các cơ sở.
2. Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Bộ Quốc phòng rà soát hồ sơ.
"""


def test_a_ministry_is_a_province_plans_partner_not_its_unit() -> None:
    assert _units(_PROVINCE_PLAN) == {
        ("Sở Y tế", True),
        ("Sở Tài chính", False),
        ("Bộ Chỉ huy Quân sự tỉnh", True),
    }


_PROVINCE_PLAN_NATIONAL_LEAD = """ỦY BAN NHÂN DÂN
TỈNH TÂY NINH
KẾ HOẠCH
Triển khai Hiệp định phòng, chống mua bán người năm 2026
I. MỤC ĐÍCH
Bảo đảm thực hiện.
II. TỔ CHỨC THỰC HIỆN
1. Bộ Lao động - Thương binh và Xã hội chủ trì hướng dẫn hỗ trợ nạn nhân.
2. Công an tỉnh chủ trì, phối hợp với Bộ Thông tin và Truyền thông, Sở Tư pháp tuyên truyền.
"""


def test_a_ministry_of_the_lexicon_leads_in_a_province_plan_and_only_partners_drop() -> None:
    # the ministries are lexicon entries marked national (their names run on in lower case):
    # the one that leads is a unit of the province's plan, the one that only cooperates is not
    assert _units(_PROVINCE_PLAN_NATIONAL_LEAD) == {
        ("Bộ Lao động - Thương binh và Xã hội", True),
        ("Công an tỉnh", True),
        ("Sở Tư pháp", False),
    }
