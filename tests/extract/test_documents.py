"""Extraction on whole plans: the acceptance figures of the seeds."""

from __future__ import annotations

from pathlib import Path

from plan_extract.pipeline import parse_path, parse_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "plans" / "seeds"


def test_seed_002_has_sixteen_targets_with_comparator_and_year() -> None:
    plan = parse_path(next(SEEDS.glob("002_*.txt")))
    found = {(t.value, t.unit, t.comparator, t.year, t.frequency) for t in plan.targets}
    assert len(plan.targets) == 16
    assert (1.4, "ratio", "<=", 2030, None) in found
    assert (109, "per_100_girls", "=", 2030, None) in found
    assert (30, "per_100000_live_births", "<=", 2030, None) in found
    assert (25, "percent", "<", 2030, None) in found
    assert (95, "percent", ">", 2030, None) in found
    assert (4, "count", ">=", None, "quarterly") in found
    assert (0, "other", "=", 2030, None) in found
    by_value = {(t.value, t.unit): t.national_indicator for t in plan.targets}
    assert by_value[(60, "percent")] == "ECO-1"
    assert by_value[(109, "per_100_girls")] == "HEA-1"


def test_restated_figures_are_one_target_with_also_at() -> None:
    plan = parse_path(next(SEEDS.glob("001_*.txt")))
    assert len(plan.targets) == 6
    restated = {t.value: t.also_at for t in plan.targets if t.also_at}
    assert set(restated) == {70, 45, 80}


def test_units_from_a_heading_naming_several_and_a_nested_assignment() -> None:
    plan = parse_path(next(SEEDS.glob("001_*.txt")))
    names = {u.name for u in plan.units}
    assert {"Công an xã", "Trạm Y tế xã", "Trường học"} <= names
    plan = parse_path(next(SEEDS.glob("002_*.txt")))
    women = next(u for u in plan.units if u.name == "Hội Liên hiệp Phụ nữ")
    assert women.lead and women.sections


def test_a_unit_missing_from_the_lexicon_is_found_and_flagged() -> None:
    text = "\n".join(
        [
            "I. MỤC TIÊU",
            "Phấn đấu đến năm 2030 đạt 75% xã có mô hình.",
            "II. TỔ CHỨC THỰC HIỆN",
            "1. Trung tâm Phát triển quỹ đất tỉnh",
            "- Chủ trì rà soát quỹ đất; báo cáo trước ngày 15/12/2026.",
        ]
    )
    plan = parse_text(text)
    unknown = [u for u in plan.units if not u.in_lexicon]
    assert [u.name for u in unknown] == ["Trung tâm Phát triển quỹ đất tỉnh"]
    assert any(w.code == "unit_not_in_lexicon" for w in plan.warnings)
    task = next(t for t in plan.tasks if t.lead == [unknown[0].id])
    deadline = plan.deadlines[0]
    assert deadline.kind == "date" and deadline.start is not None
    assert (deadline.start.year, deadline.start.month, deadline.start.day) == (2026, 12, 15)
    assert task.deadlines == [deadline.id]


def test_funding_sources_of_the_funding_section() -> None:
    plan = parse_path(next(SEEDS.glob("001_*.txt")))
    assert [f.source for f in plan.funding] == ["state_budget", "socialization", "other_lawful"]
    assert all(f.section == "IV" for f in plan.funding)


def test_extraction_is_deterministic() -> None:
    path = next(SEEDS.glob("000_*.txt"))
    first = parse_path(path).model_dump_json()
    assert parse_path(path).model_dump_json() == first


def test_a_span_that_ended_before_the_plan_was_issued_is_no_deadline() -> None:
    text = "\n".join(
        [
            "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
            "Số: 12/KH-UBND",
            "Đắk Lắk, ngày 21 tháng 11 năm 2025",
            "KẾ HOẠCH",
            "Hỗ trợ Nhân dân bị ảnh hưởng mưa lũ",
            "I. ĐÁNH GIÁ TÌNH HÌNH",
            "- Từ ngày 15/11 đến ngày 20/11/2025, trên địa bàn tỉnh xảy ra mưa rất lớn.",
            "II. TỔ CHỨC THỰC HIỆN",
            "1. Sở Công Thương",
            "- Thực hiện cấp phát từ ngày 22/11 đến ngày 30/11/2025.",
        ]
    )
    plan = parse_text(text)
    assert [(d.kind, d.end.day if d.end else None) for d in plan.deadlines] == [("range", 30)]


def test_a_period_sub_heading_gives_its_end_year_to_a_target() -> None:
    text = "\n".join(
        [
            "KẾ HOẠCH",
            "Đổi mới công nghệ giai đoạn 2026 - 2030, định hướng đến năm 2035",
            "I. MỤC TIÊU",
            "Phấn đấu đến năm 2030 tối thiểu 60% doanh nghiệp ứng dụng công nghệ số.",
            "II. LỘ TRÌNH THỰC HIỆN",
            "1. Giai đoạn 2031 - 2035",
            "- Nâng tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến lên tối thiểu 80% toàn tỉnh.",
        ]
    )
    plan = parse_text(text)
    assert [(t.value, t.year) for t in plan.targets] == [(60, 2030), (80, 2035)]


def test_one_trigger_shared_by_two_dates_gives_two_yearly_deadlines() -> None:
    plan = parse_text(
        "\n".join(
            [
                "I. TỔ CHỨC THỰC HIỆN",
                "1. Sở Nội vụ",
                "- Báo cáo kết quả trước ngày 15/6 và ngày 15/12 hằng năm.",
                "- Báo cáo hằng tháng (trước ngày 20 hằng tháng), 6 tháng (trước ngày 16/6).",
                "- Thời gian quan trắc: từ tháng 3 đến tháng 11 hằng năm.",
                "- Số liệu tính từ ngày 15/12 năm trước đến ngày 14/12 năm báo cáo.",
            ]
        )
    )
    found = [
        (d.kind, d.start and (d.start.month, d.start.day), d.end and d.end.month, d.recurrence)
        for d in plan.deadlines
    ]
    assert found == [
        ("recurring", (6, 15), None, "yearly"),
        ("recurring", (12, 15), None, "yearly"),
        ("recurring", (None, 20), None, "monthly"),
        ("recurring", (6, 16), None, "yearly"),
        ("range", (3, None), 11, "yearly"),
    ]


def test_headings_naming_several_bodies_members_and_names_missing_from_the_lexicon() -> None:
    plan = parse_text(
        "\n".join(
            [
                "I. TỔ CHỨC THỰC HIỆN",
                "1. Ủy ban nhân dân các xã: Long Hòa, Tân Thành",
                "- Rà soát diện tích nuôi trồng.",
                "2. Đề nghị Liên minh Hợp tác xã tỉnh, Hội Nông dân tỉnh",
                "- Vận động hội viên tham gia.",
                "3. Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
                "- Tổ chức hội chợ.",
                "4. Các sở, ngành liên quan, Viện Kinh tế - Xã hội tỉnh",
                "- Cung cấp số liệu.",
            ]
        )
    )
    assert [(u.name, u.lead, u.in_lexicon) for u in plan.units] == [
        ("Ủy ban nhân dân xã Long Hòa", True, False),
        ("Ủy ban nhân dân xã Tân Thành", True, False),
        ("Hội Nông dân", True, True),
        ("Liên minh Hợp tác xã tỉnh", True, False),
        ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch", True, False),
        ("Viện Kinh tế - Xã hội tỉnh", True, False),
    ]
