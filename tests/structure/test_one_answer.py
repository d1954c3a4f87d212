"""One answer per question, whichever file format or stage asks: the closing's cues, a section's
kind, a period, the section tree's walk (issue 11); and the readings that changed when the words
moved to data, each settled one way."""

from __future__ import annotations

import pytest

from plan_extract import parse_text
from plan_extract.core.contract import DocumentMeta, Section, Signer
from plan_extract.core.text import unmarked
from plan_extract.structure.basis import read_basis
from plan_extract.structure.dates import due_year, read_period, year_mentions
from plan_extract.structure.kinds import FirstPhrase, kind_of_heading
from plan_extract.structure.model import Structure, walk

SIGNED_WITHOUT_RECIPIENTS = (
    "KẾ HOẠCH\nVề bình đẳng giới năm 2026\nI. MỤC TIÊU\nTỷ lệ nữ trong cấp ủy đạt 30%\n"
    "T/M. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn A\n"
)


@pytest.mark.parametrize("markdown", [False, True])
def test_t_m_opens_the_closing_in_a_text_file_as_in_word_and_pdf(markdown: bool) -> None:
    plan = parse_text(SIGNED_WITHOUT_RECIPIENTS, markdown=markdown)
    assert plan.sections[0].lines == (3, 4)  # the signature is not in the last section
    assert plan.document.signer == Signer(
        name="Trần Văn A", position="Chủ tịch", authority="T/M. Ủy ban nhân dân"
    )


def test_a_prefix_written_without_its_dot_is_kept_as_printed() -> None:
    plan = parse_text(SIGNED_WITHOUT_RECIPIENTS.replace("T/M.", "T/M"))
    assert plan.document.signer is not None
    assert plan.document.signer.authority == "T/M Ủy ban nhân dân"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("NỘI DUNG BÁO CÁO", "tasks"),  # the leading words decide
        ("BÁO CÁO KẾT QUẢ THỰC HIỆN", "reporting"),
        ("NHIỆM VỤ VÀ KINH PHÍ THỰC HIỆN", "tasks"),
        ("II. KINH PHÍ VÀ NHIỆM VỤ", "funding"),
    ],
)
def test_the_kind_named_first_decides(heading: str, kind: str) -> None:
    assert kind_of_heading(heading) == kind


def test_the_section_tree_uses_the_same_classifier() -> None:
    plan = parse_text("I. NỘI DUNG BÁO CÁO\nKết quả.\nII. CHẾ ĐỘ BÁO CÁO\nHằng quý.\n")
    assert [s.kind for s in plan.sections] == ["tasks", "reporting"]


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("Thực hiện Chiến lược giai đoạn 2026 - 2030", (2026, 2030)),
        ("Thực hiện Đề án từ năm 2026 đến năm 2030", (2026, 2030)),  # was read as 2026 alone
        ("Thực hiện công tác bình đẳng giới năm 2026", (2026, 2026)),
        ("Triển khai Nghị quyết đến hết năm 2025", None),  # due, and no year of issue to start
        ("Triển khai Nghị quyết đến năm 2030", None),
        ("Kế hoạch tháng 5 năm 2026", None),
        ("Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững 2026-2030", (2026, 2030)),
        ("Kế hoạch 5 năm 2026 - 2030 về phát triển văn hóa", (2026, 2030)),  # not `5 năm 2026`
        ("Số hóa hồ sơ lưu trữ theo mã số 2026-2030", None),  # a number
    ],
)
def test_the_header_period(title: str, period: tuple[int, int] | None) -> None:
    found = read_period(title)
    assert (found and (found.start_year, found.end_year)) == period
    header = parse_text(f"KẾ HOẠCH\n{title}\nI. MỤC TIÊU\nNội dung.\n").document.period
    assert (header and (header.start_year, header.end_year)) == period


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("PHÁT TRIỂN HẠ TẦNG SỐ ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2050", (2025, 2030)),
        ("Thực hiện Nghị quyết từ nay đến hết năm 2026", (2025, 2026)),
        ("Thực hiện Chiến lược giai đoạn 2026 - 2030, tầm nhìn đến năm 2045", (2026, 2030)),
        ("Tổng kết công tác đến năm 2020", None),  # due before the year of issue
    ],
)
def test_a_due_year_runs_the_period_from_the_year_of_issue(
    title: str, period: tuple[int, int] | None
) -> None:
    """corpus/ANNOTATION.md: `đến năm 2030` → [year of issue, 2030]; a vision is not the period."""
    text = f"Hà Nội, ngày 3 tháng 4 năm 2025\nKẾ HOẠCH\n{title}\nI. MỤC TIÊU\nNội dung.\n"
    found = parse_text(text).document.period
    assert (found and (found.start_year, found.end_year)) == period
    assert read_period(title, 2025) == found


def test_year_mentions_in_order_of_kind() -> None:
    text = "ngày 3 tháng 4 năm 2026, giai đoạn 2021 - 2030, đến hết năm 2025, năm 2024"
    assert [(m.kind, m.first, m.last) for m in year_mentions(text)] == [
        ("dated", 2026, 2026),
        ("range", 2021, 2030),
        ("due", 2025, 2025),
        ("year", 2024, 2024),
    ]


def test_a_heading_in_capitals_sets_its_due_year() -> None:
    assert due_year("MỤC TIÊU ĐẾN NĂM 2030") == 2030
    assert due_year("Giai đoạn 2031 - 2035") == 2035
    assert due_year("Mục tiêu chung") is None


def _section(sid: str, lines: tuple[int, int], children: list[Section] | None = None) -> Section:
    return Section(
        id=sid, number=sid, title=sid, kind=None, level=1, lines=lines, children=children or []
    )


def test_one_walk_of_the_section_tree() -> None:
    tree = [
        _section(
            "I", (1, 5), [_section("1", (2, 3), [_section("a", (3, 3))]), _section("2", (4, 5))]
        ),
        _section("II", (6, 9)),
    ]
    structure = Structure(document=DocumentMeta(), sections=tree)
    assert [s.id for s in walk(tree)] == ["I", "1", "a", "2", "II"]
    assert [s.id for s in structure.sections_at(3)] == ["I", "1", "a"]
    assert [s.id for s in structure.sections_at(4)] == ["I", "2"]
    assert structure.section_at(7) is tree[1]
    assert structure.sections_at(10) == [] and structure.section_at(10) is None
    # a section's first and last lines are its own, the line before its first is not
    assert [s.id for s in structure.sections_at(6)] == ["II"]
    assert [s.id for s in structure.sections_at(5)] == ["I", "2"]
    assert [s.id for s in structure.sections_at(2)] == ["I", "1"]
    assert structure.sections_at(0) == []


def test_an_issuer_named_by_its_abbreviation_issues_the_plan() -> None:
    text = (
        "KẾ HOẠCH\nGiám sát năm 2026\nHĐND xã Hòa Bình ban hành Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH\nX.\n"
    )
    assert parse_text(text).document.issuer == "Hội đồng nhân dân xã Hòa Bình"


def test_an_issuer_ends_where_the_description_starts() -> None:
    (document,) = read_basis(
        "Căn cứ Kế hoạch số 7/KH-UBND ngày 1/2/2026 của UBND tỉnh triển khai Nghị quyết số 28/NQ-CP"
    )
    assert document.issuer == "Ủy ban nhân dân tỉnh"  # was `... tỉnh triển khai`


def test_a_signature_before_the_recipients_keeps_both() -> None:
    text = (
        "I. MỤC TIÊU\nNội dung.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn A\n"
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n"
    )
    meta = parse_text(text).document
    assert meta.signer == Signer(
        name="Trần Văn A", position="Chủ tịch", authority="TM. Ủy ban nhân dân"
    )
    assert meta.recipients == ["UBND tỉnh"]


@pytest.mark.parametrize(
    "text",
    [
        "Mục tiêu cụ thể",
        "MỤC TIÊU",
        "Nhiệm vụ và giải pháp",
        "Các mục tiêu của kế hoạch",  # a kind's phrase further on: none opens it
        "Tình hình chung",
        "",
    ],
)
def test_a_phrase_opening_a_text_is_the_one_found_at_its_start(text: str) -> None:
    """`FirstPhrase.opening` (matched at the start only) answers as `find` does at 0."""
    for fold in (str.casefold, unmarked):
        phrases = FirstPhrase({"objectives": ["mục tiêu"], "tasks": ["nhiệm vụ"]}, fold)
        found = phrases.find(text)
        assert phrases.opening(text) == (found[0] if found and found[1] == 0 else None)
    assert FirstPhrase({"tasks": ["nhiệm vụ"]}, str.casefold).opening("Nhiệm vụ 1") == "tasks"
    assert FirstPhrase({"tasks": ["nhiệm vụ"]}, str.casefold).opening("Các nhiệm vụ") is None


@pytest.mark.parametrize(
    ("title", "period"),
    [
        # the councils' term the election fills, not the plan's span (corpus/ANNOTATION.md)
        (
            "Thực hiện công tác bầu cử đại biểu Quốc hội khóa XVI và bầu cử đại biểu Hội đồng nhân "
            "dân các cấp nhiệm kỳ 2026-2031",
            None,
        ),
        ("TỔ CHỨC HỘI NGHỊ GIỚI THIỆU NGƯỜI ỨNG CỬ ĐẠI BIỂU HĐND XÃ NHIỆM KỲ 2026 - 2031", None),
        (
            "Tuyên truyền về bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 năm 2026",
            (2026, 2026),
        ),
        # a term with no election before it, and a span that is no term, stay periods
        ("Thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030", (2025, 2030)),
        ("Số hóa tài liệu bầu cử giai đoạn 2026 - 2030", (2026, 2030)),
    ],
)
def test_an_elected_term_is_no_period(title: str, period: tuple[int, int] | None) -> None:
    header = parse_text(f"KẾ HOẠCH\n{title}\nI. MỤC ĐÍCH\nNội dung.\n").document.period
    assert (header and (header.start_year, header.end_year)) == period
