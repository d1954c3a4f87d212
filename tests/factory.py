"""Plans built in code for the compare and check tests: a complete plan by default, with the
parts a test needs replaced."""

from __future__ import annotations

from typing import Any

from plan_extract.core.contract import (
    BasisDocument,
    Commune,
    DateParts,
    Deadline,
    DocumentMeta,
    Funding,
    Period,
    Plan,
    Section,
    Signer,
    Source,
    Target,
    Task,
    Unit,
    UnitKind,
)

SECTIONS = [
    Section(id="I", number="I", title="MỤC ĐÍCH, YÊU CẦU", kind="purpose", level=1, lines=(5, 8)),
    Section(id="II", number="II", title="MỤC TIÊU", kind="objectives", level=1, lines=(9, 14)),
    Section(id="III", number="III", title="NHIỆM VỤ", kind="tasks", level=1, lines=(15, 20)),
    Section(id="IV", number="IV", title="KINH PHÍ", kind="funding", level=1, lines=(21, 22)),
    Section(
        id="V", number="V", title="TỔ CHỨC THỰC HIỆN", kind="implementation", level=1,
        lines=(23, 30),
    ),
    Section(
        id="VI", number="VI", title="CHẾ ĐỘ BÁO CÁO", kind="reporting", level=1, lines=(31, 33)
    ),
]  # fmt: skip


def target(**changes: Any) -> Target:
    values: dict[str, Any] = {
        "id": "t1",
        "section": "II",
        "line": 11,
        "text": "Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 60% vào năm 2030",
        "indicator": "tỷ lệ lao động nữ làm công hưởng lương",
        "domain": "economy",
        "value": 60,
        "unit": "percent",
        "comparator": ">=",
        "year": 2030,
        "national_indicator": "ECO-1",
    }
    values.update(changes)
    return Target(**values)


def unit(id: str, name: str, kind: UnitKind, lead: bool, section: str) -> Unit:
    return Unit(id=id, name=name, kind=kind, mentions=[name], lead=lead, sections=[section])


def document(**changes: Any) -> DocumentMeta:
    values: dict[str, Any] = {
        "kind": "ke_hoach",
        "number": "131/KH-UBND",
        "symbol": "KH-UBND",
        "issuer": "Ủy ban nhân dân xã Vĩnh Phong",
        "commune": Commune(name="Vĩnh Phong", type="xã", code="30001"),
        "province": "An Giang",
        "place": "Vĩnh Phong",
        "issued": DateParts(year=2026, month=5, day=22, iso="2026-05-22"),
        "title": "Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2026 – 2030",
        "period": Period(start_year=2026, end_year=2030),
        "basis": [
            BasisDocument(
                text="Kế hoạch số 251/KH-UBND ngày 13/5/2026 của UBND tỉnh An Giang giai đoạn "
                "2026 – 2030",
                kind="ke_hoach",
                number="251/KH-UBND",
            )
        ],
        "signer": Signer(name="Huỳnh Quốc Huy", position="Chủ tịch"),
        "recipients": ["UBND tỉnh", "Lưu: VT"],
    }
    values.update(changes)
    return DocumentMeta(**values)


def plan(path: str = "plan.txt", **changes: Any) -> Plan:
    """A plan that passes every rule of the built-in profiles, but for `changes`."""
    values: dict[str, Any] = {
        "source": Source(path=path, sha256="0" * 64, format="txt", parser_version="0"),
        "document": document(),
        "sections": SECTIONS,
        "targets": [target()],
        "units": [
            unit(
                "phong-van-hoa-xa-hoi", "Phòng Văn hóa - Xã hội", "government_office", True, "V.1"
            ),
            unit("cong-an-xa", "Công an xã", "police", False, "V.2"),
        ],
        "tasks": [
            Task(
                id="k1",
                section="V.1",
                line=24,
                text="Chủ trì tham mưu triển khai Kế hoạch",
                lead=["phong-van-hoa-xa-hoi"],
                cooperating=["cong-an-xa"],
            )
        ],
        "deadlines": [
            Deadline(
                id="d1",
                text="trước ngày 15 tháng 11",
                kind="recurring",
                start=DateParts(month=11, day=15),
                recurrence="yearly",
                action="báo cáo kết quả thực hiện",
                section="VI",
                line=32,
            )
        ],
        "funding": [Funding(source="state_budget", text="Ngân sách nhà nước", section="IV")],
    }
    values.update(changes)
    return Plan(**values)
