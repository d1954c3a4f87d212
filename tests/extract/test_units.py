"""Units a plan assigns work to, read from the genre's conventions rather than from a list of
names: a decision's articles, heads standing for their bodies, names cut at role verbs."""

from __future__ import annotations

import pytest

from plan_extract.core.contract import Plan
from plan_extract.pipeline import parse_text

DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 15/QĐ-UBND
Hòa Bình, ngày 3 tháng 4 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển thương mại điện tử
ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thương mại điện tử.
Điều 2. Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính triển khai thực hiện Kế hoạch.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
{answerable}
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn A
KẾ HOẠCH
Phát triển thương mại điện tử giai đoạn 2026 - 2030
(Kèm theo Quyết định số 15/QĐ-UBND ngày 3/4/2026 của UBND tỉnh)
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ
- Phối hợp với các cơ quan, đơn vị tổ chức tập huấn.
"""

ANSWERABLE = (
    "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Quy hoạch - Kiến trúc; Thủ trưởng các cơ quan, "
    "đơn vị thuộc tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân liên "
    "quan chịu trách nhiệm thi hành Quyết định này./."
)


def _units(plan: Plan) -> list[tuple[str, bool]]:
    return [(u.name, u.lead) for u in plan.units]


def test_a_decision_s_articles_name_lead_and_answerable_bodies_by_their_heads() -> None:
    plan = parse_text(DECISION.format(answerable=ANSWERABLE))
    assert sorted(_units(plan)) == [
        ("Các cơ quan, đơn vị", True),
        ("Sở Công Thương", True),
        ("Sở Nội vụ", True),
        ("Sở Quy hoạch - Kiến trúc", True),
        ("Sở Tài chính", False),
        ("Văn phòng Ủy ban nhân dân tỉnh", True),
        ("Ủy ban nhân dân các xã, phường, đặc khu", True),
    ]
    assigned = next(t for t in plan.tasks if t.text.startswith("Điều 2"))
    assert (assigned.lead, assigned.cooperating) == (["so-cong-thuong"], ["so-tai-chinh"])


@pytest.mark.parametrize(
    ("parties", "expected"),
    [
        # after a generic collective, the private parties share its restriction: open
        ("các cơ quan, đơn vị và tổ chức, cá nhân có liên quan", []),
        ("các cơ quan, đơn vị, các tổ chức, cá nhân liên quan", []),
        # a `;` closes the generic collective's member: the restriction is the next one's
        ("các cơ quan, đơn vị; các tổ chức, cá nhân liên quan", [("Các cơ quan, đơn vị", True)]),
    ],
)
def test_private_parties_share_the_restriction_of_a_generic_collective(
    parties: str, expected: list[tuple[str, bool]]
) -> None:
    answerable = f"Chánh Văn phòng UBND tỉnh, Thủ trưởng {parties} chịu trách nhiệm thi hành."
    plan = parse_text(DECISION.format(answerable=answerable))
    collectives = [u for u in _units(plan) if u[0].startswith("Các")]
    assert collectives == expected
    assert ("Văn phòng Ủy ban nhân dân tỉnh", True) in _units(plan)


def test_a_restriction_after_private_parties_leaves_a_kind_of_body_a_unit() -> None:
    plan = parse_text(
        _implementation(
            "1. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan",
            "- Tổ chức triển khai thực hiện Kế hoạch.",
        )
    )
    assert _units(plan) == [("Các doanh nghiệp viễn thông", True)]


def test_a_province_s_clause_names_central_agencies_and_one_ethnic_committee() -> None:
    answerable = (
        "Chánh Văn phòng UBND tỉnh, Trưởng ban Ban Dân tộc; Thủ trưởng các sở, ban, ngành, cơ "
        "quan Trung ương đóng trên địa bàn tỉnh chịu trách nhiệm thi hành Quyết định này./."
    )
    text = DECISION.format(answerable=answerable).replace("1. Sở Nội vụ", "1. Ban Dân tộc tỉnh")
    units = _units(parse_text(text))
    assert ("Các cơ quan Trung ương đóng trên địa bàn tỉnh", True) in units
    assert [u for u in units if u[0].startswith("Ban Dân tộc")] == [("Ban Dân tộc", True)]


def _implementation(*lines: str) -> str:
    """A fragment under an implementation heading."""
    return "\n".join(["I. TỔ CHỨC THỰC HIỆN", *lines])


def test_a_heading_whose_subsections_head_bodies_titles_them() -> None:
    grouped = _implementation(
        "1. Đối với Ủy ban nhân dân các cấp",
        "1.1. Ủy ban nhân dân quận, huyện:",
        "- Tổng hợp danh sách.",
        "1.2. Ủy ban nhân dân xã, phường, thị trấn:",
        "- Rà soát danh sách.",
    )
    assert _units(parse_text(grouped)) == [
        ("Ủy ban nhân dân các huyện, thị xã, thành phố", True),
        ("Ủy ban nhân dân các xã, phường, đặc khu", True),
    ]
    # subsections giving the heading's duties leave it a unit
    own = _implementation("1. Ủy ban nhân dân các cấp", "1.1. Tổng hợp danh sách.")
    assert _units(parse_text(own)) == [("Ủy ban nhân dân các cấp", True)]


ISSUED_BY_A_DEPARTMENT = """UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
Số: 12/KH-SCT
Lào Cai, ngày 3 tháng 4 năm 2026
KẾ HOẠCH
Kiểm tra an toàn vật liệu nổ công nghiệp
I. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương chủ trì, phối hợp với Sở Tài chính tổ chức kiểm tra.
2. Phòng Quản lý Công nghiệp:
- Tổng hợp danh sách đơn vị.
"""


def test_the_issuing_body_itself_is_no_unit() -> None:
    plan = parse_text(ISSUED_BY_A_DEPARTMENT)
    assert plan.document.issuer == "Sở Công Thương tỉnh Lào Cai"
    assert _units(plan) == [("Sở Tài chính", False), ("Phòng Quản lý Công nghiệp", True)]


NOTICE = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 20/TB-UBND
Hòa Bình, ngày 3 tháng 4 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc về phòng, chống dịch bệnh
Kính gửi:
- Sở Y tế;
- Trung tâm Kiểm soát bệnh tật tỉnh;
- Ban Quản lý Khu kinh tế.
Ngày 1/4/2026, Chủ tịch UBND tỉnh làm việc về phòng, chống dịch bệnh.
1. Đề nghị các đơn vị nêu trên khẩn trương triển khai các biện pháp phòng, chống dịch.
2. Tổ chức tổng kết công tác năm 2026.
"""


def test_a_semicolon_separates_the_units_of_a_heading() -> None:
    plan = parse_text(
        _implementation(
            "1. Sở Giáo dục và Đào tạo; Sở Y tế",
            "Đưa nội dung phòng chống đuối nước vào trường học.",
        )
    )
    assert _units(plan) == [("Sở Giáo dục và Đào tạo", True), ("Sở Y tế", True)]
    assert [t.text for t in plan.tasks] == ["Đưa nội dung phòng chống đuối nước vào trường học."]


def test_an_unnumbered_line_naming_only_units_heads_the_lines_under_it() -> None:
    plan = parse_text(
        _implementation(
            "1. Trách nhiệm của các cơ quan",
            "+ Công an tỉnh: bảo đảm an ninh.",
            "Sở Nội vụ:",
            "Hướng dẫn thi đua.",
            "- Tổng hợp kết quả.",
        )
    )
    assert _units(plan) == [("Công an tỉnh", True), ("Sở Nội vụ", True)]
    assert [(t.text, t.lead) for t in plan.tasks[1:]] == [
        ("Hướng dẫn thi đua.", ["so-noi-vu"]),
        ("Tổng hợp kết quả.", ["so-noi-vu"]),
    ]


def test_a_commune_committee_is_named_in_full_and_the_issuer_is_none() -> None:
    plan = parse_text(
        "\n".join(
            [
                "ỦY BAN NHÂN DÂN",
                "PHƯỜNG ĐÔNG LỄ",
                "Số: 5/KH-UBND",
                "KẾ HOẠCH",
                "Phòng chống dịch năm 2026",
                "I. TỔ CHỨC THỰC HIỆN",
                "- UBND phường Đông Lễ chủ trì, phối hợp với Trạm Y tế phường triển khai.",
                "- UBND xã Cam Hiếu phối hợp tuyên truyền.",
            ]
        )
    )
    assert plan.document.issuer == "Ủy ban nhân dân phường Đông Lễ"
    assert sorted(_units(plan)) == [("Trạm Y tế xã", False), ("Ủy ban nhân dân xã Cam Hiếu", True)]


DECISION_HOLDING_THE_PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 120/QĐ-UBND
Quảng Ngãi, ngày 10 tháng 2 năm 2026
QUYẾT ĐỊNH
Phê duyệt Kế hoạch phát triển du lịch năm 2026
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch phát triển du lịch năm 2026 với các nội dung chủ yếu sau:
1. Mục tiêu
Thu hút hai triệu lượt khách.
2. Nhiệm vụ
Phát triển sản phẩm du lịch.
Điều 2. Tổ chức thực hiện
1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Tài chính triển khai Kế hoạch.
2. UBND các xã, phường, đặc khu chủ động triển khai trên địa bàn.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, Tài chính, \
Công Thương; Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn C
"""


TASK_SECTION = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 77/KH-UBND
Bình Định, ngày 5 tháng 3 năm 2026
KẾ HOẠCH
Cải cách hành chính năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả quản lý.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Hoàn thiện thể chế
- Rà soát các văn bản quy phạm pháp luật. Đơn vị chủ trì: Sở Tư pháp; đơn vị phối hợp: {coop}.
- Số hóa hồ sơ lưu trữ; thời gian: Quý III/2026; cơ quan chủ trì: Sở Nội vụ.
"""


def test_role_labels_after_the_task_s_sentence_give_its_units() -> None:
    plan = parse_text(TASK_SECTION.format(coop="Sở Xây dựng. Báo cáo Sở Tài chính"))
    assert sorted(_units(plan)) == [
        ("Sở Nội vụ", True),
        ("Sở Tư pháp", True),
        ("Sở Xây dựng", False),
    ]
    first = next(t for t in plan.tasks if "Rà soát" in t.text)
    assert (first.lead, first.cooperating) == (["so-tu-phap"], ["so-xay-dung"])


def test_addressees_called_by_their_kind_and_named_above_lead() -> None:
    """`các Sở nêu trên`, `các cơ quan, đơn vị có tên trên`, `Quý cơ quan`: other ways a body
    refers back to the addressees it names at the start."""
    for reference in ("các Sở nêu trên", "các cơ quan, đơn vị có tên trên", "Quý cơ quan"):
        plan = parse_text(NOTICE.replace("các đơn vị nêu trên", reference))
        assert len(plan.units) == 3, reference
        assert all(unit.lead for unit in plan.units)


PLAN_WITH = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 77/KH-UBND
Bình Định, ngày 5 tháng 3 năm 2026
KẾ HOẠCH
Phát triển nông nghiệp năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả sản xuất.
{rest}
"""


def test_a_nested_or_joined_implementation_heading_gives_units_missing_from_the_lexicon() -> None:
    """`4. Tổ chức thực hiện` under a task section, `III. GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN`,
    `2. Tổ chức thực hiện` under `III. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN`: the headings under them
    name bodies as an implementation section's do (`Trung tâm Khuyến nông tỉnh`); the heading
    naming the implementation is no body itself."""
    units = "a) Sở Nội vụ\nChủ trì tổng hợp.\nb) Trung tâm Khuyến nông tỉnh\nHướng dẫn kỹ thuật.\n"
    for rest in (
        "II. NHIỆM VỤ\n1. Phát triển sản xuất\nTăng năng suất.\n4. Tổ chức thực hiện\n" + units,
        "II. GIẢI PHÁP VÀ TỔ CHỨC THỰC HIỆN\n" + units,
        "II. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN\n1. Kinh phí\nNgân sách tỉnh.\n"
        "2. Tổ chức thực hiện\n" + units,
    ):
        plan = parse_text(PLAN_WITH.format(rest=rest))
        assert sorted(_units(plan)) == [
            ("Sở Nội vụ", True),
            ("Trung tâm Khuyến nông tỉnh", True),
        ], rest


def test_bodies_that_only_cooperate_in_a_later_clause_are_not_leads() -> None:
    """`Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ phối hợp thực hiện`: one task, led by the first
    clause's subject; `phối hợp với X` after a subject still makes that subject lead."""
    rest = (
        "II. TỔ CHỨC THỰC HIỆN\n"
        "- Sở Y tế chủ trì; Sở Tài chính, Sở Nội vụ phối hợp thực hiện.\n"
        "- Sở Xây dựng chủ trì lập quy hoạch; Sở Công Thương phối hợp với Sở Tư pháp thẩm định.\n"
    )
    plan = parse_text(PLAN_WITH.format(rest=rest))
    assert sorted(_units(plan)) == [
        ("Sở Công Thương", True),
        ("Sở Nội vụ", False),
        ("Sở Tài chính", False),
        ("Sở Tư pháp", False),
        ("Sở Xây dựng", True),
        ("Sở Y tế", True),
    ]
    first = plan.tasks[0]
    assert (first.lead, first.cooperating) == (["so-y-te"], ["so-tai-chinh", "so-noi-vu"])


def test_a_request_in_the_closing_sentence_assigns_the_body_it_names() -> None:
    """`Trên đây là Kế hoạch ...; giao Sở Nội vụ theo dõi ...` gives Sở Nội vụ a task, with
    its place in the closing line; the bodies reports go to, and everybody asked to carry the
    plan out (`Yêu cầu các sở, ban, ngành ...`), are no units."""
    rest = (
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế\nChủ trì triển khai.\n"
        "Trên đây là Kế hoạch phát triển nông nghiệp năm 2026; giao Sở Nội vụ theo dõi, đôn "
        "đốc. Yêu cầu các sở, ban, ngành nghiêm túc thực hiện.\n"
        "Trong quá trình thực hiện, nếu có khó khăn, các đơn vị báo cáo về Sở Tài chính.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn B\n"
    )
    plan = parse_text(PLAN_WITH.format(rest=rest))
    assert sorted(_units(plan)) == [("Sở Nội vụ", True), ("Sở Y tế", True)]
    home = next(u for u in plan.units if u.name == "Sở Nội vụ")
    line = home.occurrences[0].line
    assert plan.tasks[-1].line == line and plan.tasks[-1].lead == ["so-noi-vu"]


COMMUNE_DECISION = """ỦY BAN NHÂN DÂN
XÃ PHÚ LỘC
Số: 31/QĐ-UBND
Phú Lộc, ngày 9 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số năm 2026
ỦY BAN NHÂN DÂN XÃ PHÚ LỘC
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
{answerable}
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn B
"""


def _commune_plan(*lines: str) -> str:
    """A fragment under the implementation heading of a commune's plan (its committee issues)."""
    head = ["ỦY BAN NHÂN DÂN", "XÃ PHÚ LỘC", "Số: 40/KH-UBND", "KẾ HOẠCH", "Phòng chống thiên tai"]
    return "\n".join([*head, "II. TỔ CHỨC THỰC HIỆN", *lines])


# Fragments and the units they assign work to, in the plan's order of first mention: one
# convention each (the case's id says which).
FRAGMENTS = [
    pytest.param(
        _implementation(
            "1. Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:",
            "2. Tổ chức kiểm tra kỹ thuật an toàn.",
        ),
        [("Phòng Quản lý Công nghiệp", True)],
        id="a_proper_name_missing_from_the_lexicon_ends_at_a_role_verb",
    ),
    # `Tổ chức`, `Báo cáo`, `Hội nghị` open with an organization word's syllable but name an
    # activity: the heading names a task, the units around it stay
    pytest.param(
        _implementation(
            "1. Sở Y tế",
            "- Chủ trì kiểm tra.",
            "2. Tổ chức kiểm tra kỹ thuật an toàn",
            "- Kiểm tra các cơ sở.",
            "3. Báo cáo kết quả thực hiện",
            "- Gửi báo cáo.",
            "4. Ủy ban nhân dân các xã, phường",
            "- Triển khai kế hoạch.",
            "5. Tổ công tác liên ngành",
            "- Kiểm tra đột xuất.",
        ),
        [
            ("Sở Y tế", True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", True),
            ("Tổ công tác liên ngành", True),
        ],
        id="a_heading_opening_with_an_activity_names_no_unit",
    ),
    # `phối hợp với các cơ quan, đơn vị` in the plan names no body: the collective counts only
    # where it is addressed as a whole.
    # a hard wrap put the dash of `Lao động - Thương binh và Xã hội` first on a line: the
    # joiner glues it back, and the bodies listed after it stay; the list under one head ends
    # where the answerable clause starts
    pytest.param(
        DECISION.format(
            answerable="Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nội vụ, Lao động\n- Thương "
            "binh và Xã hội, Tư pháp chịu trách nhiệm thi hành Quyết định này./."
        ),
        [
            ("Sở Công Thương", True),
            ("Sở Tài chính", False),
            ("Sở Lao động - Thương binh và Xã hội", True),
            ("Sở Tư pháp", True),
            ("Văn phòng Ủy ban nhân dân tỉnh", True),
            ("Sở Nội vụ", True),
        ],
        id="a_name_cut_at_its_dash_by_a_wrap_keeps_the_bodies_after_it",
    ),
    # an adverb between the authority and its request word, opening a line or a clause
    pytest.param(
        _implementation(
            "UBND tỉnh cũng giao Sở Y tế chủ trì kiểm tra; UBND tỉnh đồng thời yêu cầu Sở Công"
            " Thương phối hợp với Sở Tài chính rà soát.",
        ),
        [("Sở Công Thương", True), ("Sở Tài chính", False), ("Sở Y tế", True)],
        id="an_adverb_between_the_authority_and_its_request",
    ),
    # the committee's departments addressed as a whole in the answerable article
    pytest.param(
        DECISION.format(
            answerable="Thủ trưởng các cơ quan chuyên môn thuộc UBND tỉnh chịu trách nhiệm thi "
            "hành Quyết định này./."
        ),
        [
            ("Sở Công Thương", True),
            ("Sở Tài chính", False),
            ("Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", True),
            ("Sở Nội vụ", True),
        ],
        id="the_departments_of_the_committee_answerable_as_a_whole",
    ),
    pytest.param(
        DECISION.format(answerable=""),
        [("Sở Công Thương", True), ("Sở Tài chính", False), ("Sở Nội vụ", True)],
        id="without_the_answerable_article_its_collectives_are_no_units",
    ),
    pytest.param(
        DECISION.format(
            answerable="Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành "
            "Quyết định này."
        ),
        [("Sở Công Thương", True), ("Sở Tài chính", False), ("Sở Nội vụ", True)],
        id="an_open_collective_in_the_answerable_article_is_no_unit",
    ),
    pytest.param(
        _implementation(
            "- Giám đốc Sở Tài chính chủ trì, phối hợp với Sở Tư pháp bố trí kinh phí."
        ),
        [("Sở Tài chính", True), ("Sở Tư pháp", False)],
        id="a_head_of_a_body_stands_for_the_body_opening_an_assignment",
    ),
    pytest.param(
        _implementation(
            "1. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng",
            "- Cập nhật dữ liệu công trình.",
        ),
        [("Các doanh nghiệp hoạt động trong lĩnh vực xây dựng", True)],
        id="a_description_of_a_collective_keeps_its_verbs",
    ),
    pytest.param(
        _implementation(
            "- Tổ chức tập huấn cho cán bộ; giao Sở Y tế hướng dẫn các cơ sở y tế thực hiện."
        ),
        [("Sở Y tế", True)],
        id="a_request_word_opening_a_later_clause_assigns_its_units",
    ),
    pytest.param(
        _implementation(
            "Khắc phục hậu quả là nhiệm vụ cấp bách. Đề nghị các sở, ban, ngành và địa phương "
            "khẩn trương thực hiện."
        ),
        [],
        id="a_request_to_a_collective_joined_to_everybody_names_no_unit",
    ),
    pytest.param(
        _implementation(
            "1. Rà soát văn bản quy phạm pháp luật",
            "- Đơn vị chủ trì thực hiện: Các cơ quan, đơn vị, địa phương.",
            "- Đơn vị phối hợp: Sở Tư pháp; các sở, ngành, địa phương liên quan.",
        ),
        [("Các cơ quan, đơn vị", True), ("Sở Tư pháp", False)],
        id="a_label_list_names_a_collective_addressed_whole_not_an_open_one",
    ),
    pytest.param(
        _implementation(
            "1. Phát triển thị trường khoa học và công nghệ",
            "- Đơn vị phối hợp: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; Viện, Trường.",
        ),
        # the name is the lexicon's (its canonical name, as dev's gold names it)
        [("Liên hiệp các Hội Khoa học và Kỹ thuật", False)],
        id="a_label_list_keeps_a_name_cut_at_a_conjunction_and_drops_a_bare_head",
    ),
    pytest.param(
        _implementation(
            "1. Xúc tiến thương mại",
            "- Đơn vị phối hợp: Trung tâm Xúc tiến đầu tư, thương mại; doanh nghiệp, các hợp tác"
            " xã.",
        ),
        [("Trung tâm Xúc tiến đầu tư, thương mại", False)],
        id="a_name_continues_over_a_comma_but_not_over_a_semicolon_or_a_new_item",
    ),
    pytest.param(
        _implementation(
            "- Sở Quy hoạch - Kiến trúc chủ trì, phối hợp với Sở Du lịch Thành phố, Sở Tài chính "
            "và Trung tâm Phát triển quỹ đất triển khai thực hiện."
        ),
        [
            ("Sở Du lịch Thành phố", False),
            ("Sở Quy hoạch - Kiến trúc", True),
            ("Sở Tài chính", False),
            ("Trung tâm Phát triển quỹ đất", False),
        ],
        id="bodies_missing_from_the_lexicon_are_named_by_head_noun_and_proper_name",
    ),
    pytest.param(
        _implementation(
            "- Sở Y tế (Chi cục Dân số) phối hợp với hội nghị các ngành ban hành quy chế phối hợp."
        ),
        [("Sở Y tế", True)],
        id="head_nouns_in_common_words_or_in_parentheses_name_no_body",
    ),
    pytest.param(
        NOTICE,
        [
            ("Sở Y tế", True),
            ("Trung tâm Kiểm soát bệnh tật tỉnh", True),
            ("Ban Quản lý Khu kinh tế", True),
        ],
        id="a_notice_s_addressees_lead_when_the_body_gives_them_work_by_that_name",
    ),
    pytest.param(
        NOTICE.replace("Đề nghị các đơn vị nêu trên khẩn trương", "Khẩn trương"),
        [],
        id="addressees_the_body_does_not_refer_to_are_no_units",
    ),
    pytest.param(
        _implementation(
            "1. Rà soát văn bản quy phạm pháp luật",
            "- Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: Sở Nội vụ, Sở Tài chính.",
        ),
        [("Sở Nội vụ", False), ("Sở Tài chính", False), ("Sở Tư pháp", True)],
        id="two_role_labels_on_one_line_each_end_the_list_before",
    ),
    pytest.param(
        "\n".join(
            [
                "I. NHIỆM VỤ",
                "1. Hội Nghị Sơ Kết",
                "- Tổ chức hội nghị.",
                "II. TỔ CHỨC THỰC HIỆN",
                "1. HỘI NGHỊ TỔNG KẾT",
                "- Tổ chức tổng kết.",
                "2. Ban Quản lý dự án Đầu tư xây dựng",
                "- Triển khai các dự án.",
            ]
        ),
        [("Ban Quản lý dự án Đầu tư xây dựng", True)],
        id="headings_in_capitals_or_outside_the_implementation_name_no_unknown_body",
    ),
    pytest.param(
        _implementation(
            "2. Sở Khoa học và Công nghệ, Sở Nội vụ",
            "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ tổ chức tập huấn.",
        ),
        [("Sở Khoa học và Công nghệ", True), ("Sở Nội vụ", True)],
        id="every_unit_heading_its_subsection_leads",
    ),
    pytest.param(
        _implementation(
            "Trên cơ sở đó, Sở Tài chính tham mưu bố trí kinh phí; hướng dẫn bệnh viện, trường học "
            "thực hiện thanh toán không dùng tiền mặt."
        ),
        [("Sở Tài chính", True)],
        id="a_body_after_an_introductory_phrase_opens_an_assignment",
    ),
    pytest.param(
        _implementation(
            "- Xây dựng đề án vị trí việc làm (Sở Nội vụ chủ trì, phối hợp với Sở Tài chính; "
            "thời gian: Quý II/2026)."
        ),
        [("Sở Nội vụ", True), ("Sở Tài chính", False)],
        id="a_task_s_units_in_parentheses_after_it",
    ),
    pytest.param(
        _implementation("2. Sở Y tế phối hợp với Công an tỉnh kiểm tra cơ sở kinh doanh."),
        [("Công an tỉnh", False), ("Sở Y tế", True)],
        id="a_numbered_sentence_with_a_cooperation_word_is_no_heading_of_its_units",
    ),
    pytest.param(
        _implementation(
            "1. Bệnh viện Đa khoa khu vực Bắc Quảng Bình",
            "Khám sàng lọc cho người cao tuổi.",
            "2. Hợp tác xã Chăn nuôi Đồng Tâm",
            "Nhân rộng mô hình nuôi bò vỗ béo.",
            "3. Đảng ủy xã",
            "Lãnh đạo việc thực hiện Kế hoạch.",
        ),
        [
            ("Bệnh viện Đa khoa khu vực Bắc Quảng Bình", True),
            ("Hợp tác xã Chăn nuôi Đồng Tâm", True),
            ("Đảng ủy xã", True),
        ],
        id="head_nouns_of_the_genre_name_hospitals_cooperatives_and_party_committees",
    ),
    pytest.param(
        _implementation("- Bưu điện tỉnh phối hợp với Đảng ủy xã chuyển tài liệu đến thôn."),
        [("Bưu điện tỉnh", True), ("Đảng ủy xã", False)],
        id="a_head_noun_and_a_level_word_name_the_body_of_that_level",
    ),
    # Where `Trường Đại học Y Dược ...` ends cannot be told: it has taken the verb after it.
    pytest.param(
        _implementation(
            "- Sở Y tế chủ trì, phối hợp với Bệnh viện Đa khoa tỉnh Mộc Châu tập huấn cho y tế"
            " thôn."
        ),
        [("Sở Y tế", True)],
        id="a_name_running_in_lower_case_to_the_clause_end_is_not_taken",
    ),
    pytest.param(
        _implementation(
            "1. Trung tâm Phục vụ hành chính công xã",
            "Tiếp nhận hồ sơ trực tuyến.",
            "2. Ban CHQS xã",
            "Phối hợp với Công an xã tuần tra.",
        ),
        [
            ("Trung tâm Phục vụ hành chính công", True),
            ("Ban Chỉ huy Quân sự xã", True),
            ("Công an xã", False),
        ],
        id="the_2025_reform_s_commune_units_are_named_as_the_lexicon_names_them",
    ),
    pytest.param(
        _implementation(
            "1. Các đơn vị trực thuộc Sở",
            "Xây dựng kế hoạch chi tiết.",
            "2. Các đơn vị phối hợp",
            "- Phối hợp thực hiện.",
            "3. Các cơ quan, đơn vị có liên quan",
            "Phối hợp thực hiện.",
        ),
        [("Các đơn vị trực thuộc Sở", True)],
        id="a_generic_collective_qualified_into_a_body_heads_its_subsection",
    ),
    pytest.param(
        _implementation(
            "1. Công an tỉnh",
            "Chủ trì tham mưu.",
            "2. Hội Nông dân, tổ chức, đoàn thể có liên quan",
            "Phối hợp tuyên truyền.",
            "3. Các hội, doanh nghiệp, cá nhân liên quan",
            "Tham gia thực hiện.",
            "4. Các hội nghề nghiệp",
            "Tham gia thực hiện.",
        ),
        [("Công an tỉnh", True), ("Hội Nông dân", True), ("Các hội nghề nghiệp", True)],
        id="a_restriction_ending_a_heading_leaves_its_groups_in_common_nouns_open",
    ),
    pytest.param(
        _implementation(
            "1. Các hội nghề nghiệp: phối hợp với các sở, ngành liên quan tuyên truyền.",
        ),
        [("Các hội nghề nghiệp", True)],
        id="a_restriction_after_a_heading_s_colon_does_not_close_its_list",
    ),
    pytest.param(
        "\n".join(
            [
                "I. NHIỆM VỤ",
                "- Mở lớp tập huấn (đơn vị chủ trì: Trung tâm Khuyến nông tỉnh; đơn vị phối hợp:"
                " Sở Tài chính). Hoàn thành trong năm 2026.",
            ]
        ),
        [("Sở Tài chính", False), ("Trung tâm Khuyến nông tỉnh", True)],
        id="role_labels_in_a_parenthesis_after_a_task_end_at_its_close",
    ),
    pytest.param(
        "\n".join(["I. NHIỆM VỤ", "- Công an tỉnh theo chức năng, nhiệm vụ bảo đảm an ninh mạng."]),
        [("Công an tỉnh", True)],
        id="a_subject_s_role_verb_after_its_remit_without_commas",
    ),
    pytest.param(
        _implementation(
            "1. Phòng Văn hóa - Xã hội",
            "Tham mưu tổ chức thực hiện.",
            "2. Các đơn vị khác",
            "- Ban điều hành các tổ dân phố tổ chức họp dân.",
            "- Ban Nhân dân các ấp vận động người dân.",
        ),
        [("Phòng Văn hóa - Xã hội", True), ("Tổ dân phố", True), ("Ấp", True)],
        id="a_village_s_board_stands_for_the_villages_and_other_units_head_nothing",
    ),
    # an item giving a body its task and ending with a colon introduces its duties: the
    # partners of the bullets under it cooperate in its work; not after an item ending its
    # sentence (a full stop), whose bullets are other work
    pytest.param(
        _implementation(
            "1. Phòng Văn hóa và Thông tin chủ trì, phối hợp với các cơ quan, đơn vị liên quan thực"
            " hiện các nhiệm vụ sau:",
            "- Rà soát hồ sơ đăng ký hộ tịch.",
            "- Phối hợp với Hội Nông dân huyện phổ biến pháp luật cho nông dân.",
            "2. Phòng Y tế chủ trì, phối hợp với các đơn vị liên quan kiểm tra vệ sinh an toàn"
            " thực phẩm tại các chợ.",
            "- Phối hợp với Hội Cựu chiến binh huyện tuyên truyền.",
        ),
        [("Phòng Văn hóa và Thông tin", True), ("Hội Nông dân", False), ("Phòng Y tế", True)],
        id="an_item_giving_a_body_its_task_and_ending_with_a_colon_heads_its_duties",
    ),
    pytest.param(
        _implementation(
            "- Sở Xây dựng chủ trì, phối hợp với các sở, ngành liên quan, các chủ đầu tư, UBND cấp"
            " xã và doanh nghiệp, Hiệp hội Vận tải tỉnh rà soát bến bãi."
        ),
        [
            ("Hiệp hội Vận tải tỉnh", False),
            ("Sở Xây dựng", True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", False),
        ],
        id="a_cooperation_list_goes_on_past_generic_nouns_to_named_bodies",
    ),
    pytest.param(
        _implementation(
            "- Sở Y tế phối hợp với Sở Tài chính, kiểm tra các cơ sở, Công an tỉnh xử lý vi phạm."
        ),
        [("Sở Tài chính", False), ("Sở Y tế", True)],
        id="a_cooperation_list_ends_at_a_piece_with_a_verb",
    ),
    pytest.param(
        "\n".join(
            [
                "I. NHIỆM VỤ",
                "- Trên cơ sở Kế hoạch này, các sở, ban, ngành báo cáo kết quả hằng quý.",
                "- Tuyên truyền tại cơ quan, các trường học thực hiện tốt nội quy.",
            ]
        ),
        [("Các sở, ban, ngành", True)],
        id="a_collective_after_an_introductory_phrase_opens_an_assignment",
    ),
    pytest.param(
        DECISION.format(
            answerable="Điều 4. Giám đốc các Sở: Văn hóa, Thể thao và Du lịch, Quy hoạch - Kiến"
            " trúc; Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành."
        ),
        [
            ("Sở Công Thương", True),
            ("Sở Tài chính", False),
            ("Sở Quy hoạch - Kiến trúc", True),
            ("Sở Văn hóa, Thể thao và Du lịch", True),
            ("Sở Nội vụ", True),
        ],
        id="heads_of_bodies_listed_under_one_head_noun_answer_for_each_body",
    ),
    # `các Sở, ngành:` lists departments by their own names and other bodies by their whole
    # names (issue 12): each body the lexicon knows, not the collective of every department
    pytest.param(
        DECISION.format(
            answerable="Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở,\nngành: Tư pháp, "
            "Giáo dục và Đào tạo, Công an tỉnh, Bảo hiểm xã hội tỉnh và Thủ trưởng các cơ quan"
            " có liên quan chịu trách nhiệm thi hành Quyết định này./."
        ),
        [
            ("Sở Công Thương", True),
            ("Sở Tài chính", False),
            ("Bảo hiểm xã hội tỉnh", True),
            ("Công an tỉnh", True),
            ("Sở Giáo dục và Đào tạo", True),
            ("Sở Tư pháp", True),
            ("Văn phòng Ủy ban nhân dân tỉnh", True),
            ("Sở Nội vụ", True),
        ],
        id="a_plural_head_with_a_companion_lists_departments_and_other_bodies",
    ),
    # a body named after a movement in quotes, its name cut by a role verb inside the
    # quotation (issue 12): where the name ends cannot be told, so no body is read from it
    pytest.param(
        _implementation(
            "- Ban Chỉ đạo phong trào “Chung tay xây dựng khu dân cư an toàn” xã chủ trì tổ "
            "chức bình xét.",
            "- Sở Y tế chủ trì tổ chức khám sàng lọc.",
        ),
        [
            ("Ban Chỉ đạo phong trào “Chung tay xây dựng khu dân cư an toàn” xã", True),
            ("Sở Y tế", True),
        ],
        id="a_name_runs_to_the_end_of_its_quoted_title",
    ),
    pytest.param(
        "\n".join(
            [
                "I. KẾT QUẢ THỰC HIỆN NĂM 2025",
                "- Bệnh viện Đa khoa tỉnh chủ trì khám sàng lọc cho 2.000 người cao tuổi.",
                "II. TỔ CHỨC THỰC HIỆN",
                "1. Sở Y tế",
                "Chỉ đạo các cơ sở khám bệnh thực hiện.",
            ]
        ),
        [("Sở Y tế", True)],
        id="a_section_reviewing_what_was_done_assigns_no_work",
    ),
    pytest.param(
        "\n".join(["I. NHIỆM VỤ", "- Sở Nội vụ (cơ quan thường trực) chủ trì tổng hợp kết quả."]),
        [("Sở Nội vụ", True)],
        id="a_parenthesis_between_a_subject_and_its_role_verb",
    ),
    # A decision whose articles hold the plan (`Điều 1 ... 1. Mục tiêu ...`): its executing clause
    # (`Điều 3. ... chịu trách nhiệm thi hành`) stands among the body's lines, and still names
    # each body whose head is answerable; an open collective stays out.
    pytest.param(
        DECISION_HOLDING_THE_PLAN,
        [
            ("Sở Tài chính", True),
            ("Sở Văn hóa, Thể thao và Du lịch", True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", True),
            ("Sở Công Thương", True),
            ("Văn phòng Ủy ban nhân dân tỉnh", True),
        ],
        id="a_decision_s_executing_clause_names_answerable_bodies_wherever_the_plan_ends",
    ),
    # `Các ông (bà): ...` before the list; heads of schools and unions (`Hiệu trưởng Trường ...`,
    # `Bí thư Tỉnh đoàn`); `Thủ trưởng các ban, ngành` names no body `Ban`; an open list ending
    # `... và cá nhân có liên quan` names no collective.
    pytest.param(
        DECISION.format(
            answerable=(
                "Các ông (bà): Chánh Văn phòng UBND tỉnh; Giám đốc các sở, Thủ trưởng các ban, "
                "ngành tỉnh; Hiệu trưởng Trường Đại học Phạm Văn Đồng; Bí thư Tỉnh đoàn; Thủ "
                "trưởng các cơ quan, đơn vị và cá nhân có liên quan chịu trách nhiệm thi hành "
                "Quyết định này./."
            )
        ),
        [
            ("Sở Công Thương", True),
            ("Sở Tài chính", False),
            ("Các sở, ban, ngành", True),
            ("Trường Đại học Phạm Văn Đồng", True),
            ("Văn phòng Ủy ban nhân dân tỉnh", True),
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", True),
            ("Sở Nội vụ", True),
        ],
        id="the_answerable_list_after_an_address_by_heads_of_every_kind",
    ),
    pytest.param(
        PLAN_WITH.format(rest="II. NHIỆM VỤ\n1. Trung tâm Khuyến nông tỉnh\nHướng dẫn kỹ thuật.\n"),
        [],
        id="a_task_section_s_headings_name_no_body_missing_from_the_lexicon",
    ),
    # `- Sở Tư pháp thẩm định ...`: the verb need not be a role word; a statement about the body
    # (`Sở Y tế đã ...`) or a body missing from the lexicon whose name has no plain end (its
    # level word) assigns nothing there.
    pytest.param(
        PLAN_WITH.format(
            rest="II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Hoàn thiện thể chế\n"
            "- Sở Tư pháp thẩm định các dự thảo văn bản.\n"
            "- Sở Nội vụ, Sở Tài chính cân đối, bố trí biên chế.\n"
            "- Sở Y tế đã hoàn thành việc số hóa hồ sơ.\n"
            "- Trung tâm Khuyến nông lập danh sách hộ dân.\n"
            "Công an tỉnh đấu tranh với tội phạm mạng là nhiệm vụ trọng tâm.\n"
        ),
        [("Sở Tư pháp", True), ("Sở Nội vụ", True), ("Sở Tài chính", True)],
        id="an_item_of_a_task_section_opening_with_a_body_and_a_verb_assigns_it",
    ),
    pytest.param(
        PLAN_WITH.format(
            rest="II. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Chăm sóc sức khỏe\n"
            "- Tổ chức khám sàng lọc cho trẻ em (Sở Y tế, Sở Giáo dục và Đào tạo).\n"
            "- Định kỳ báo cáo kết quả về UBND tỉnh (Sở Nội vụ).\n"
            "- Phổ biến Luật (Sở Tư pháp) tại các trường học.\n"
        ),
        [("Sở Giáo dục và Đào tạo", True), ("Sở Y tế", True)],
        id="bodies_alone_in_a_parenthesis_ending_a_task_carry_it_out",
    ),
    # conventions read in real decisions and plans (issue 12, fifth round), written anew here
    pytest.param(
        DECISION.format(
            answerable="Các ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc Sở Xây dựng, Chủ tịch "
            "UBND các huyện, thị xã, thành phố căn cứ Quyết định thi hành."
        ),
        [
            ("Sở Công Thương", True),
            ("Sở Tài chính", False),
            ("Sở Xây dựng", True),
            ("Văn phòng Ủy ban nhân dân tỉnh", True),
            ("Ủy ban nhân dân các huyện, thị xã, thành phố", True),
            ("Sở Nội vụ", True),
        ],
        id="an_older_executing_clause_and_the_district_committees_as_a_whole",
    ),
    # issue 12, sixth round (fresh decisions): a head's title after a list under one head noun
    # opens the next member, and the formal title `Trưởng ban` before the body's whole name
    pytest.param(
        DECISION.format(
            answerable="Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Y tế, Xây dựng, Chủ tịch UBND "
            "các huyện, thị xã, thành phố và Trưởng ban Ban Tôn giáo tỉnh chịu trách nhiệm thi "
            "hành Quyết định này./."
        ),
        [
            ("Sở Công Thương", True),
            ("Sở Tài chính", False),
            ("Ban Tôn giáo tỉnh", True),
            ("Sở Xây dựng", True),
            ("Sở Y tế", True),
            ("Văn phòng Ủy ban nhân dân tỉnh", True),
            ("Ủy ban nhân dân các huyện, thị xã, thành phố", True),
            ("Sở Nội vụ", True),
        ],
        id="a_head_s_title_ends_a_head_list_and_a_formal_title_stands_for_the_body_it_names",
    ),
    pytest.param(
        _implementation(
            "Ủy ban nhân dân tỉnh giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát văn bản.",
            "Chủ tịch UBND tỉnh yêu cầu Công an tỉnh bảo đảm an ninh tại các điểm bỏ phiếu.",
        ),
        [("Sở Nội vụ", False), ("Sở Tư pháp", True), ("Công an tỉnh", True)],
        id="the_authority_before_its_request_word_asks_the_bodies_after_it",
    ),
    pytest.param(
        _implementation(
            "1. Sở Y tế",
            "Chủ trì tổ chức khám sàng lọc.",
            "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, UBND các xã, phường nghiêm túc"
            " thực hiện.",
        ),
        [("Sở Y tế", True)],
        id="the_authority_asking_a_collective_asks_everybody",
    ),
    pytest.param(
        DECISION.format(
            answerable="Chánh Văn phòng UBND tỉnh; Thủ trưởng các sở, ban, ngành, đoàn thể có "
            "liên quan chịu trách nhiệm thi hành Quyết định này."
        ),
        [
            ("Sở Công Thương", True),
            ("Sở Tài chính", False),
            ("Văn phòng Ủy ban nhân dân tỉnh", True),
            ("Sở Nội vụ", True),
        ],
        id="a_restriction_ending_a_list_of_collectives_leaves_each_open",
    ),  # an executing clause printed over several lines, each ending a member with `;`, or cut by
    # the conversion inside a name: every line up to the article's label is the list
    pytest.param(
        DECISION.format(
            answerable="Điều 4. Chánh Văn phòng UBND tỉnh;\nGiám đốc Sở Y tế; Giám đốc Sở Xây "
            "dựng;\nChủ tịch UBND các xã, phường\nchịu trách nhiệm thi hành Quyết định này./."
        ),
        [
            ("Sở Công Thương", True),
            ("Sở Tài chính", False),
            ("Văn phòng Ủy ban nhân dân tỉnh", True),
            ("Sở Xây dựng", True),
            ("Sở Y tế", True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", True),
            ("Sở Nội vụ", True),
        ],
        id="an_executing_clause_over_several_lines_lists_each_line_s_bodies",
    ),
    pytest.param(
        COMMUNE_DECISION.format(
            answerable="Điều 3.\nChánh Văn phòng HĐND và UBND xã, Trưởng phòng Kinh tế, Thủ trưởng"
            "\ncác cơ quan, đơn vị thuộc Ủy ban nhân dân xã Phú\nLộc chịu trách nhiệm thi hành "
            "Quyết định này./."
        ),
        [("Các cơ quan, đơn vị", True), ("Phòng Kinh tế", True), ("Văn phòng HĐND và UBND", True)],
        id="an_executing_clause_cut_inside_a_name_keeps_the_lines_above",
    ),
    # the commune's heads: a title repeating its body's head noun (`Trưởng phòng`), `Trưởng`
    # and `Trạm trưởng` stand for their bodies
    pytest.param(
        COMMUNE_DECISION.format(
            answerable="Điều 3. Trưởng phòng Văn hóa - Xã hội, Trưởng Công an xã, Trạm trưởng "
            "Trạm Y tế xã và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết "
            "định này./."
        ),
        [("Công an xã", True), ("Phòng Văn hóa - Xã hội", True), ("Trạm Y tế xã", True)],
        id="a_commune_head_stands_for_the_body_whose_head_noun_his_title_repeats",
    ),
    pytest.param(
        _commune_plan(
            "- Trưởng phòng Kinh tế chủ trì, phối hợp cùng Hội Nông dân xã hướng dẫn bà con.",
            "- Trưởng thôn vận động người dân gia cố nhà cửa.",
            "- Tăng trưởng kinh tế gắn với phòng chống thiên tai.",
        ),
        [("Hội Nông dân", False), ("Phòng Kinh tế", True), ("Trưởng thôn", True)],
        id="a_head_s_title_never_cuts_a_name_and_phoi_hop_cung_cooperates",
    ),
    # `Đối với X:` opens the duties of body X in the implementation section; not a group of
    # people, nor in a task section
    pytest.param(
        _commune_plan(
            "- Đối với Phòng Văn hóa - Xã hội: tham mưu UBND xã tổ chức diễn tập.",
            "- Đối với Ban Chỉ huy Quân sự xã: bố trí lực lượng ứng cứu.",
            "- Đối với các hộ dân vùng trũng: chủ động di dời tài sản.",
        ),
        [("Phòng Văn hóa - Xã hội", True), ("Ban Chỉ huy Quân sự xã", True)],
        id="a_line_on_a_body_s_duties_names_it",
    ),
    # the authority's request after an opening phrase of purpose; one to everybody names none
    pytest.param(
        _commune_plan(
            "Để kế hoạch đạt hiệu quả, UBND xã giao Phòng Kinh tế chủ trì, phối hợp với Công an "
            "xã kiểm tra các điểm sạt lở.",
            "Để kế hoạch đạt hiệu quả, UBND xã yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện.",
        ),
        [("Công an xã", False), ("Phòng Kinh tế", True)],
        id="the_authority_s_request_after_an_opening_phrase_assigns_the_bodies_named",
    ),
    # a part's own heading titles the part (`Các cơ quan, đơn vị` there is nobody); a body the
    # lexicon names there keeps its reading
    pytest.param(
        "\n".join(
            [
                "ỦY BAN NHÂN DÂN",
                "XÃ PHÚ LỘC",
                "Số: 40/KH-UBND",
                "KẾ HOẠCH",
                "Phòng chống thiên tai",
                "I. NHIỆM VỤ",
                "Gia cố đê bao.",
                "II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ",
                "1. Phòng Kinh tế",
                "- Kiểm tra đê bao.",
                "III. TRÁCH NHIỆM CỦA CÁC ĐOÀN THỂ",
                "- Vận động hội viên.",
            ]
        ),
        [("Phòng Kinh tế", True), ("Các tổ chức chính trị - xã hội", True)],
        id="a_part_s_heading_addresses_no_collective",
    ),
    # the owner of a subsection directs a body to do the work: the body leads it
    pytest.param(
        _commune_plan(
            "1. Các trường học",
            "- Chỉ đạo Đoàn Thanh niên xã tổ chức hoạt động ngoại khóa.",
            "- Chỉ đạo các tổ chuyên môn lồng ghép nội dung vào bài giảng.",
        ),
        [("Trường học", True), ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", True)],
        id="a_body_the_owner_directs_leads_the_work",
    ),
    # a letter's bullet lists bodies under one head noun, each of them the lexicon's: the
    # bodies lead, not the head's collective (`Các sở, ban, ngành`)
    pytest.param(
        "\n".join(
            [
                "UBND tỉnh chỉ đạo triển khai Luật Phòng cháy, chữa cháy như sau:",
                "- Các Sở: Xây dựng, Y tế, Giáo dục và Đào tạo; UBND các xã, phường theo"
                " chức năng, nhiệm vụ có trách nhiệm tuyên truyền, kiểm tra.",
                "- Giao Công an tỉnh chủ trì theo dõi, đôn đốc thực hiện.",
            ]
        ),
        [
            ("Sở Giáo dục và Đào tạo", True),
            ("Sở Xây dựng", True),
            ("Sở Y tế", True),
            ("Ủy ban nhân dân các xã, phường, đặc khu", True),
            ("Công an tỉnh", True),
        ],
        id="a_letter_s_bullet_lists_bodies_under_one_head",
    ),
    # the list under one head noun ends in a second colon before the bodies' duties: one unit
    # a body, no colon in a name, and not the head's collective
    pytest.param(
        "\n".join(
            [
                "UBND tỉnh chỉ đạo bảo đảm an toàn giao thông dịp cuối năm như sau:",
                "- Các Sở: Giao thông vận tải, Y tế: bố trí lực lượng trực, cấp cứu kịp thời.",
                "- Giao Công an tỉnh chủ trì tuần tra, kiểm soát.",
            ]
        ),
        [
            ("Sở Giao thông vận tải", True),
            ("Sở Y tế", True),
            ("Công an tỉnh", True),
        ],
        id="a_head_noun_list_ends_in_a_second_colon",
    ),
    # the passive naming the authority before its request word (`được UBND tỉnh giao`) gives
    # the bodies before it the work, as `được giao` does
    pytest.param(
        "\n".join(
            [
                "UBND tỉnh chỉ đạo triển khai kế hoạch phòng, chống dịch như sau:",
                "- Sở Y tế được Ủy ban nhân dân tỉnh giao chủ trì, phối hợp với Sở Tài chính bố"
                " trí kinh phí mua vắc xin.",
                "- Giao Công an tỉnh bảo đảm an ninh tại các điểm tiêm.",
            ]
        ),
        [("Sở Tài chính", False), ("Sở Y tế", True), ("Công an tỉnh", True)],
        id="the_passive_names_the_authority_giving_the_work",
    ),
    # an unnumbered sentence of a letter opening with bodies, an adverb and a role word gives
    # them the work; a statement about a body (`đã`) gives none
    pytest.param(
        "\n".join(
            [
                "UBND tỉnh chỉ đạo ứng phó mưa lũ như sau:",
                "Ủy ban nhân dân các xã, phường tiếp tục kiểm tra các điểm có nguy cơ sạt lở,"
                " chủ động di dời người dân.",
                "Sở Y tế đã tiếp tục triển khai tiêm chủng tại các điểm sơ tán.",
                "Giao Công an tỉnh bảo đảm an ninh trật tự tại các điểm sơ tán.",
            ]
        ),
        [("Ủy ban nhân dân các xã, phường, đặc khu", True), ("Công an tỉnh", True)],
        id="bodies_an_adverb_and_a_role_word_open_a_letter_s_sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENTS)
def test_the_units_a_fragment_assigns_work_to(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _units(parse_text(text)) == expected


# A commune plan's implementation headings over the village's office holders, a list of kinds of
# villages and a club (issue 12): each the plan's Word text, one paragraph a line, CRLF.
VILLAGE_HEADINGS = [
    pytest.param(
        [
            "1. Phòng Văn hóa - Xã hội",
            "Chủ trì tham mưu triển khai Kế hoạch.",
            "2. Bí thư Chi bộ, Trưởng thôn, Trưởng ban công tác Mặt trận:",
            "Vận động nhân dân thực hiện Kế hoạch.",
        ],
        [("Phòng Văn hóa - Xã hội", True), ("Trưởng thôn", True), ("Ban công tác Mặt trận", True)],
        id="a_title_whose_body_the_lexicon_lacks_leaves_the_others_of_the_heading",
    ),
    pytest.param(
        [
            "1. Các thôn, buôn",
            "Tổ chức sinh hoạt cộng đồng; phòng, chống buôn bán người.",
            "2. Các xóm, bản:",
            "Cập nhật bản đồ, phổ biến văn bản đến nhân dân.",
        ],
        [("Thôn", True), ("Buôn", True), ("Xóm", True), ("Bản", True)],
        id="a_plural_of_villages_opens_a_list_of_their_kinds",
    ),
    pytest.param(
        [
            "1. Hội Liên hiệp Phụ nữ xã",
            "Tuyên truyền trong hội viên.",
            "2. Câu lạc bộ Hội Nông dân xã",
            "Sinh hoạt định kỳ.",
            "3. Câu lạc bộ Gia đình hạnh phúc thôn Đông",
            "Sinh hoạt định kỳ.",
        ],
        [("Hội Liên hiệp Phụ nữ", True)],
        id="a_club_s_name_holds_the_names_inside_it",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), VILLAGE_HEADINGS)
def test_a_commune_plan_s_village_headings(
    lines: list[str], expected: list[tuple[str, bool]]
) -> None:
    found = _units(parse_text(_commune_plan(*lines).replace("\n", "\r\n")))
    assert sorted(found) == sorted(expected)


def test_a_school_leads_in_a_sentence_and_in_a_task_table_s_lead_column() -> None:
    """`Trường` heads a body of the naming pattern (units.yaml `single_body_heads`), one school;
    after a plural article the schools as a whole are the lexicon's, never a coined name."""
    plan = parse_text(
        _implementation(
            "1. Sở Y tế",
            "- Chủ trì thực hiện Kế hoạch.",
            "2. Các cơ sở đào tạo",
            "- Trường Cao đẳng Y tế tỉnh chủ trì đào tạo điều dưỡng viên.",
            "",
            "PHỤ LỤC",
            "",
            "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
            "|---|---|---|---|---|",
            "| 1 | Mở lớp bồi dưỡng | Trường Chính trị tỉnh | Sở Nội vụ | Quý II/2027 |",
            "| 2 | Mở ngành | Các Trường Đại học, Cao đẳng trên địa bàn | Sở Y tế | Năm 2027 |",
        )
    )
    units = _units(plan)
    assert ("Trường Cao đẳng Y tế tỉnh", True) in units
    assert ("Trường Chính trị tỉnh", True) in units
    assert not [u for u in units if "Đại học" in u[0]]


def test_a_list_under_one_head_ends_where_another_body_s_name_opens() -> None:
    """`các Sở: Tài chính, Nội vụ và UBND các xã, phường` (issue 12): the committee after `và`
    is the next body of the list, not a member `Sở UBND các xã`, in a heading, a sentence's
    partners and a task table's cooperating cell alike."""
    plan = parse_text(
        _implementation(
            "1. Các Sở: Tài chính, Nội vụ và UBND các xã, phường",
            "- Phối hợp tổ chức triển khai.",
            "2. Sở Y tế",
            "- Chủ trì, phối hợp với các Sở: Xây dựng, Tư pháp và UBND các xã, phường tập huấn.",
            "",
            "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
            "|---|---|---|---|---|",
            "| 1 | Kiểm tra | Sở Công Thương | Các Sở: Y tế, Nội vụ và UBND các xã, phường | |",
        )
    )
    units = _units(plan)
    for name in ("Sở Tài chính", "Sở Nội vụ", "Ủy ban nhân dân các xã, phường, đặc khu"):
        assert (name, True) in units
    assert ("Sở Xây dựng", False) in units
    assert ("Sở Tư pháp", False) in units
    assert not [u for u in units if "UBND" in u[0]]
    open_list = parse_text(
        _implementation(
            "1. Các Sở: Y tế, Xây dựng và các cơ quan, đơn vị liên quan",
            "- Tổ chức triển khai.",
        )
    )
    assert sorted(_units(open_list)) == [("Sở Xây dựng", True), ("Sở Y tế", True)]


def test_a_later_clause_of_a_heading_s_duty_assigns_work_to_the_bodies_opening_it() -> None:
    """`1. Sở Y tế` over `- Chủ trì ... tập huấn; Sở Nội vụ tham mưu ...`: the duty opening with
    its role word assigned work before its `;`, so bodies opening a later clause with a role
    word lead (or cooperate, `phối hợp`); not bodies a verb without role follows, nor a report's
    addressee."""
    plan = parse_text(
        _implementation(
            "1. Sở Y tế",
            "- Chủ trì, phối hợp với Sở Tài chính tập huấn; Sở Nội vụ tham mưu bố trí biên chế.",
            "- Chủ trì kiểm tra; Sở Xây dựng phối hợp thực hiện.",
            "- Tổ chức hội nghị; Sở Tư pháp được mời dự.",
            "- Chủ trì tổng kết; báo cáo kết quả về Sở Ngoại vụ.",
        )
    )
    assert sorted(_units(plan)) == [
        ("Sở Nội vụ", True),
        ("Sở Tài chính", False),
        ("Sở Xây dựng", False),
        ("Sở Y tế", True),
    ]


def test_a_role_cell_s_abbreviated_bodies_are_the_lexicon_s_or_no_unit() -> None:
    """A task table's cell printing departments by their initials: the lexicon's abbreviated
    names (`Sở TC`, `VP UBND tỉnh`) are those bodies; one it lacks (`Sở NV`) gives no unit,
    and a list of abbreviated bodies is never glued into one name with a comma inside."""
    plan = parse_text(
        _implementation(
            "1. Sở Khoa học và Công nghệ",
            "- Chủ trì thực hiện Kế hoạch.",
            "",
            "PHỤ LỤC",
            "",
            "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
            "|---|---|---|---|---|",
            "| 1 | Xây dựng cơ sở dữ liệu | Sở KH&CN | Sở TC, Sở NV, VP UBND tỉnh | Năm 2026 |",
            "| 2 | Rà soát thủ tục | Sở NV | Sở XD; Sở GN | Năm 2026 |",
        )
    )
    units = _units(plan)
    assert ("Sở Tài chính", False) in units
    assert ("Văn phòng Ủy ban nhân dân tỉnh", False) in units
    assert ("Sở Xây dựng", False) in units
    assert not [u for u in units if "," in u[0] or u[0].startswith(("Sở NV", "Sở GN"))]


@pytest.mark.parametrize(
    "line",
    [
        "- Sở Y tế chủ trì, phối hợp với các đơn vị: Sở Tài chính, Công an tỉnh tổ chức khám.",
        "- Sở Y tế chủ trì, phối hợp các cơ quan: Sở Tài chính, Công an tỉnh tổ chức khám.",
    ],
)
def test_bodies_after_a_partners_colon_cooperate(line: str) -> None:
    """`phối hợp với các đơn vị: A, B ...`: the colon closes the partners' generic noun, the
    bodies after it cooperate (no clause of their own opens there)."""
    units = _units(parse_text(_implementation("1. Nhiệm vụ cụ thể", line)))
    assert ("Sở Y tế", True) in units
    assert ("Sở Tài chính", False) in units
    assert ("Công an tỉnh", False) in units


@pytest.mark.parametrize("heading", ["2. Sở NV", "2. Sở TP", "2. Trung tâm CNTT tỉnh"])
def test_a_heading_naming_a_body_by_an_abbreviation_the_data_lacks_gives_no_unit(
    heading: str,
) -> None:
    """A heading's body named by its head noun and an abbreviation no data file expands (nor a
    level's short form alone, `Sở TP`) names no body that can be told: no unit."""
    units = _units(
        parse_text(_implementation("1. Sở Tư pháp", "- Chủ trì.", heading, "- Rà soát."))
    )
    assert units == [("Sở Tư pháp", True)]


def test_a_plural_heading_naming_the_plan_s_content_is_no_collective() -> None:
    """`2. Các nhiệm vụ cụ thể` over a task table names tasks (roles.yaml ACTIVITY_WORD), not a
    collective of bodies as `Các cơ sở nuôi trồng thủy sản` is."""
    units = _units(
        parse_text(
            _implementation(
                "1. Sở Tư pháp",
                "- Chủ trì.",
                "2. Các nhiệm vụ cụ thể",
                "- Sở Nội vụ rà soát văn bản.",
                "3. Các cơ sở nuôi trồng thủy sản",
                "- Thực hiện quan trắc.",
            )
        )
    )
    assert not [u for u in units if "nhiệm vụ" in u[0]]
    assert ("Các cơ sở nuôi trồng thủy sản", True) in units
