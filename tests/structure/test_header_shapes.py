"""Header and closing conventions in the shapes documents come in: a legal-database page
converted to Markdown (the two-column header and closing as `|` cells, `**` bold), a
hard-wrapped text, a draft with its blanks. The fragments are written for these tests."""

from __future__ import annotations

import textwrap

import pytest

from plan_extract import parse_text
from plan_extract.normalize.model import Line
from plan_extract.read.model import Block, Hint
from plan_extract.structure.blocks import split_rows
from plan_extract.structure.closing import read_recipients, read_signer, split_closing
from plan_extract.structure.issuer import after_frame, province_in
from plan_extract.structure.sections import find_heading

# the header of a province plan as a legal-database page prints it in Markdown
_MD_HEAD = """|
**ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
---------------
|
|
Số: 76/KH-UBND
|
{date}
|

**KẾ HOẠCH**

{title}

**I. MỤC ĐÍCH, YÊU CẦU**

1. Đẩy mạnh ứng dụng công nghệ số.

**II. TỔ CHỨC THỰC HIỆN**

1. Sở Khoa học và Công nghệ chủ trì.

|
*Nơi nhận:*
- Như trên;
- Sở Tài chính;
- Lưu: VT, KGVX.
|
{signature}
|
"""
_DATE = "*Nghệ An, ngày 21 tháng 3 năm 2026*"
_TITLE = "**Triển khai chuyển đổi số năm 2026**"


def _md(
    signature: str = "**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Lê Văn Hùng**",
    title: str = _TITLE,
    date: str = _DATE,
) -> str:
    return _MD_HEAD.format(signature=signature, title=title, date=date)


@pytest.mark.parametrize(
    ("signature", "name", "position", "authority"),
    [
        # a blank paragraph left for the signature inside the cell
        (
            "**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\n\n\n**Lê Văn Hùng**",
            "Lê Văn Hùng",
            "Chủ tịch",
            "TM. Ủy ban nhân dân",
        ),
        # the note of a signed copy set apart, not bold
        (
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký và đóng dấu)\n\nNguyễn Lộc Hà",
            "Nguyễn Lộc Hà",
            "Phó Chủ tịch",
            "KT. Chủ tịch",
        ),
        # a department's deputy head, the note in the cell
        (
            "**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\n*(Đã ký)*\n**Nguyễn Thị Thu Hà**",
            "Nguyễn Thị Thu Hà",
            "Phó Giám đốc",
            "KT. Giám đốc",
        ),
        # a head signing in his own name, the blank for the signature before his name
        ("GIÁM ĐỐC\n\n\nNguyễn Lộc Hà", "Nguyễn Lộc Hà", "Giám đốc", None),
        # the body signed for abbreviated: spelled out as running text writes it
        (
            "TM. UBND TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Lộc Hà",
            "Nguyễn Lộc Hà",
            "Phó Chủ tịch",
            "TM. Ủy ban nhân dân tỉnh, KT. Chủ tịch",
        ),
        # a draft: the form's note where the name will go, no name yet
        (
            "**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n\n*(Ký, ghi rõ họ tên)*",
            None,
            "Phó Chủ tịch",
            "KT. Chủ tịch",
        ),
        # an officer's rank before the name, on the name's line or on its own
        (
            "**KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG**\n\n\n**Thượng tá Phan Quốc Bảo**",
            "Phan Quốc Bảo",
            "Phó Chỉ huy trưởng",
            "KT. Chỉ huy trưởng",
        ),
        ("**GIÁM ĐỐC**\n\n**Thiếu tướng**\n**Phan Quốc Bảo**", "Phan Quốc Bảo", "Giám đốc", None),
        ("GIÁM ĐỐC\n\nĐẠI TÁ PHAN QUỐC BẢO", "Phan Quốc Bảo", "Giám đốc", None),
        # degrees run together before the name
        (
            "**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\n\n**BSCKII. Lò Thị Mai**",
            "Lò Thị Mai",
            "Phó Giám đốc",
            "KT. Giám đốc",
        ),
        ("**HIỆU TRƯỞNG**\n\n**ThS.KS. Lò Thị Mai**", "Lò Thị Mai", "Hiệu trưởng", None),
        # a signed copy's note printed bare: alone on its line, or before the name
        (
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐã ký\nTrịnh Minh Quân",
            "Trịnh Minh Quân",
            "Phó Chủ tịch",
            "KT. Chủ tịch",
        ),
        (
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐã ký: Trịnh Minh Quân",
            "Trịnh Minh Quân",
            "Phó Chủ tịch",
            "KT. Chủ tịch",
        ),
        (
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n[Đã ký]\nTrịnh Minh Quân",
            "Trịnh Minh Quân",
            "Phó Chủ tịch",
            "KT. Chủ tịch",
        ),
        # a deputy acting as head: the `Q.` line is his position, under a body signed for or not
        ("**Q. CHỦ TỊCH**\n\n**Trịnh Minh Quân**", "Trịnh Minh Quân", "Q. Chủ tịch", None),
        (
            "**TM. ỦY BAN NHÂN DÂN**\n**Q. CHỦ TỊCH**\n\n**Trịnh Minh Quân**",
            "Trịnh Minh Quân",
            "Q. Chủ tịch",
            "TM. Ủy ban nhân dân",
        ),
        # signing by authorisation or per procurationem, the signer's own position under it
        (
            "**TUQ. CHỦ TỊCH**\n**CHÁNH VĂN PHÒNG**\n\n**Trịnh Minh Quân**",
            "Trịnh Minh Quân",
            "Chánh Văn phòng",
            "TUQ. Chủ tịch",
        ),
        (
            "PP. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrịnh Minh Quân",
            "Trịnh Minh Quân",
            "Phó Giám đốc",
            "PP. Giám đốc",
        ),
        # a Party committee's standing deputy, for its standing committee as running text writes
        # it (header_terms.yaml own_boards)
        (
            "**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC**\n\n**Lò Thị Mai**",
            "Lò Thị Mai",
            "Phó Bí thư thường trực",
            "T/M Ban Thường vụ",
        ),
    ],
)
def test_signature_cell_of_a_converted_page(
    signature: str, name: str | None, position: str, authority: str | None
) -> None:
    document = parse_text(_md(signature), markdown=True).document
    assert document.signer is not None
    assert (document.signer.name, document.signer.position, document.signer.authority) == (
        name,
        position,
        authority,
    )
    assert document.recipients == ["Như trên", "Sở Tài chính"]


@pytest.mark.parametrize(
    "title",
    [
        # the note of the decision that issues the plan, under its title
        f"{_TITLE}\n*(Kèm theo Quyết định số 12/QĐ-UBND ngày 3/3/2026 của UBND tỉnh)*",
        f"{_TITLE}\n\n*(Kèm theo Quyết định số 12/QĐ-UBND ngày 3/3/2026 của UBND tỉnh)*",
        # a rule typed under it, joined to it or set apart
        "Triển khai chuyển đổi số năm 2026\n___________",
        "Triển khai chuyển đổi số\nnăm 2026\n\n-----------",
    ],
)
def test_what_stands_under_the_title_is_not_part_of_it(title: str) -> None:
    document = parse_text(_md(title=title), markdown=True).document
    assert document.title == "Triển khai chuyển đổi số năm 2026"


def test_title_of_a_text_file_ends_before_a_typed_rule() -> None:
    text = (
        "Số: /KH-UBND\nTân Phú, ngày 3 tháng 4 năm 2026\nKẾ HOẠCH\n"
        "Thực hiện công tác bình đẳng giới\nvà vì sự tiến bộ của phụ nữ xã Tân Phú\n"
        "giai đoạn 2026 - 2030.\n_______________\n"
        "Căn cứ Kế hoạch số 251/KH-UBND ngày 13/5/2026 của UBND tỉnh Đồng Nai;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\n"
    )
    document = parse_text(text).document
    assert document.title == (
        "Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ xã Tân Phú "
        "giai đoạn 2026 - 2030."
    )
    assert [basis.number for basis in document.basis] == ["251/KH-UBND"]


@pytest.mark.parametrize(
    ("date", "place", "issued"),
    [
        ("*Nghệ An, ngày … tháng … năm 2026*", "Nghệ An", "2026"),
        ("*Nghệ An, ngày ... tháng ... năm 2026*", "Nghệ An", "2026"),
        ("*Nghệ An, ngày      tháng 3 năm 2026*", "Nghệ An", "2026-03"),
        ("*Nghệ An, ngày …… tháng 03 năm 2026*", "Nghệ An", "2026-03"),
        # the place left blank too: dots are no place
        ("*…, ngày … tháng … năm 2026*", None, "2026"),
        ("..., ngày ... tháng ... năm 2026", None, "2026"),
    ],
)
def test_a_drafts_blank_date(date: str, place: str | None, issued: str) -> None:
    document = parse_text(_md(date=date), markdown=True).document
    assert document.place == place
    assert document.issued is not None and document.issued.iso == issued


_DECISION = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 765/QĐ-UBND
Nghệ An, ngày 21 tháng 3 năm 2026
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH
NĂM 2026
{authority}
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Lê Hồng Vinh
KẾ HOẠCH
Cải cách hành chính năm 2026
(Kèm theo Quyết định số 765/QĐ-UBND ngày 21/3/2026 của Chủ tịch UBND tỉnh)
I. MỤC ĐÍCH, YÊU CẦU
1. Nội dung.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì.
"""


@pytest.mark.parametrize(
    "authority",
    [
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
        # the head of the body decides: the line is still not the title's
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
        "GIÁM ĐỐC SỞ NỘI VỤ TỈNH NGHỆ AN",
        # a minister: a ministry needs no place
        "BỘ TRƯỞNG BỘ NỘI VỤ",
        # joined to the title's last line by a converter
        "NĂM 2026 ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
    ],
)
def test_the_authority_under_a_decisions_title_ends_it(authority: str) -> None:
    text = _DECISION.format(authority=authority)
    plan = parse_text(text.replace("NĂM 2026\nNĂM 2026", "NĂM 2026"))
    assert plan.document.title == "VỀ VIỆC BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"
    assert [basis.kind for basis in plan.document.basis] == ["luat"]
    assert [(s.number, s.kind) for s in plan.sections] == [
        ("I", "purpose"),
        ("II", "implementation"),
    ]


def test_a_caps_title_goes_on_over_its_lines_without_an_authority() -> None:
    plan = parse_text(_DECISION.format(authority="").replace("\n\n", "\n"))
    assert plan.document.title == "VỀ VIỆC BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026"


# a department's Word draft as a converted page: blank number and date, a `DỰ THẢO` mark, a rule
# under the title, a law whose name holds a comma, the signature's blank lines
_DRAFT = """|
**UBND TỈNH QUẢNG TRỊ
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
---------------
|
|
Số:      /KH-SNNMT
|
*Quảng Trị, ngày     tháng     năm 2026*
|

**DỰ THẢO**

**KẾ HOẠCH**

**Phòng, chống thiên tai và tìm kiếm cứu nạn
trên địa bàn tỉnh Quảng Trị giai đoạn 2026 - 2030**

___________

*Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19/6/2013;*

*Căn cứ Kế hoạch số 110/KH-UBND ngày 05/02/2026 của UBND tỉnh Quảng Trị;*

Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

1. Chủ động phòng ngừa.

**II. NHIỆM VỤ, GIẢI PHÁP**

1. Củng cố lực lượng.

**III. TỔ CHỨC THỰC HIỆN**

1. Chi cục Thủy lợi chủ trì.

|
**Nơi nhận:**
- UBND tỉnh (b/c);
- Lưu: VT, TL.
|
**KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC**



**Hoàng Văn Minh**
|
"""


def test_a_departments_draft() -> None:
    plan = parse_text(_DRAFT, markdown=True)
    document = plan.document
    assert (document.number, document.symbol) == (None, "KH-SNNMT")
    assert document.issuer == "Sở Nông nghiệp và Môi trường tỉnh Quảng Trị"
    assert (document.place, document.issued and document.issued.iso) == ("Quảng Trị", "2026")
    assert document.title == (
        "Phòng, chống thiên tai và tìm kiếm cứu nạn trên địa bàn tỉnh Quảng Trị "
        "giai đoạn 2026 - 2030"
    )
    assert [(b.kind, b.number) for b in document.basis] == [
        ("luat", "33/2013/QH13"),
        ("ke_hoach", "110/KH-UBND"),
    ]
    assert document.signer is not None
    assert (document.signer.name, document.signer.authority) == ("Hoàng Văn Minh", "KT. Giám đốc")
    assert [s.kind for s in plan.sections] == ["purpose", "tasks", "implementation"]


_LONG_TITLE = (
    "Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá "
    "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trên địa bàn "
    "tỉnh Nghệ An giai đoạn 2026 - 2030"
)


@pytest.mark.parametrize("width", [60, 72, 100])
def test_a_basis_line_a_hard_wrap_glued_to_the_title(width: int) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 76/KH-UBND\nNghệ An, ngày 21 tháng 3 năm 2026\n"
        f"KẾ HOẠCH\n{_LONG_TITLE}\n"
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 3/3/2026 của UBND tỉnh Nghệ An về việc triển khai "
        "các nhiệm vụ trọng tâm của tỉnh trong năm 2026 và những năm tiếp theo;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        + "1. Quán triệt đầy đủ các quan điểm, mục tiêu, nhiệm vụ và giải pháp của Nghị quyết "
        "đến toàn thể cán bộ, đảng viên và nhân dân trên địa bàn toàn tỉnh.\n"
        * 6
        + "II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ chủ trì triển khai.\n"
    )
    wrapped = "\n".join(
        piece for line in text.splitlines() for piece in textwrap.wrap(line, width) or [""]
    )
    document = parse_text(wrapped).document
    assert document.title == _LONG_TITLE
    assert [basis.number for basis in document.basis] == ["12/KH-UBND"]


# A draft a converter scrambled: the blank number, the place and the date printed in pieces, which
# the hard-wrapped prose around them joins to the kind line and the title, so no place-and-date
# line ends the issuer block; the body's first heading in capitals is still no issuing office.
_SCRAMBLED_DRAFT = """ỦY BAN NHÂN DÂN
XÃ AN HƯNG
Số:
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
An Hưng, ngày
/KH-UBND
tháng
năm 202
KẾ HOẠCH
Phòng, chống thiên tai 5 năm 2026 - 2030
Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013; Luật sửa đổi, bổ sung
một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17/6/2020;
Để chủ động ứng phó với thiên tai, giảm nhẹ thiệt hại về người và tài sản,
Ủy ban nhân dân xã An Hưng xây dựng Kế hoạch phòng, chống thiên tai 5 năm
2026 - 2030 như sau:
A. MỤC ĐÍCH YÊU CẦU
- Nâng cao nhận thức của cộng đồng về phòng, chống thiên tai trên địa bàn
xã, chủ động ứng phó kịp thời với các loại hình thiên tai.
"""


def test_a_numbered_heading_in_capitals_ends_the_issuer_block() -> None:
    assert parse_text(_SCRAMBLED_DRAFT).document.issuer == "Ủy ban nhân dân xã An Hưng"


def test_a_title_naming_a_document_in_capitals_is_not_cut() -> None:
    text = (
        "Số: 76/KH-UBND\nNghệ An, ngày 21 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Triển khai Kế hoạch Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n"
    )
    document = parse_text(text).document
    # a lead inside the title: the title goes on, the plan cites nothing
    assert document.title == "Triển khai Kế hoạch Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị"


@pytest.mark.parametrize(
    ("issuer", "expected", "province"),
    [
        # an office over the unit it serves, the other way round from `UBND TỈNH` / `SỞ ...`
        (
            "**SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH LÀO CAI**",
            "Sở Giáo dục và Đào tạo tỉnh Lào Cai",
            "Lào Cai",
        ),
        (
            "**UBND TỈNH LÀO CAI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO**",
            "Sở Giáo dục và Đào tạo tỉnh Lào Cai",
            "Lào Cai",
        ),
        # a Party committee named by its level
        ("**THÀNH ỦY HÀ NỘI**\n*", "Thành ủy Hà Nội", "Hà Nội"),
        ("**UỶ BAN NHÂN DÂN\nTỈNH LÀO CAI**", "Ủy ban nhân dân tỉnh Lào Cai", "Lào Cai"),
        # a province of two names joined by a dash (before the 2025 merger)
        (
            "**ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU**",
            "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu",
            "Bà Rịa - Vũng Tàu",
        ),
    ],
)
def test_issuer_blocks_of_converted_pages(issuer: str, expected: str, province: str) -> None:
    text = _md().replace("**ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN**", issuer)
    document = parse_text(text, markdown=True).document
    assert (document.issuer, document.province) == (expected, province)


@pytest.mark.parametrize(
    ("title", "period"),
    [
        # a running programme's span, then the plan's own year
        ("Thực hiện Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 năm 2026", (2026, 2026)),
        (
            "Triển khai Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 trên địa bàn "
            "tỉnh năm 2026",
            (2026, 2026),
        ),
        # the plan's own span first: the year after it does not replace it
        ("Thực hiện chuyển đổi số giai đoạn 2026 - 2030, trọng tâm năm 2026", (2026, 2030)),
        # no year of its own after the running span: the span stays the period
        ("Triển khai Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030", (2021, 2030)),
    ],
)
def test_period_of_a_title_naming_a_running_span(title: str, period: tuple[int, int]) -> None:
    head = "Số: 5/KH-UBND\nNghệ An, ngày 21 tháng 3 năm 2026\nKẾ HOẠCH\n"
    text = f"{head}{title}\nI. MỤC TIÊU\nNội dung.\n"
    document = parse_text(text).document
    assert document.period is not None
    assert (document.period.start_year, document.period.end_year) == period


@pytest.mark.parametrize(
    ("kind_line", "kind"),
    [("**K Ế H O Ạ C H**", "ke_hoach"), ("Q U Y Ế T Đ Ị N H", "quyet_dinh")],
)
def test_a_kind_line_spaced_out_letter_by_letter(kind_line: str, kind: str) -> None:
    text = _md().replace("**KẾ HOẠCH**", kind_line)
    document = parse_text(text, markdown=True).document
    assert (document.kind, document.title) == (kind, "Triển khai chuyển đổi số năm 2026")


def _footer(texts: list[tuple[str, Block]]) -> list[Line]:
    return [
        Line(number=index, text=text, source_lines=(index,), block=block)
        for index, (text, block) in enumerate(texts, 1)
    ]


_LEFT, _RIGHT = Block.FOOTER_LEFT, Block.FOOTER_RIGHT


@pytest.mark.parametrize(
    ("lines", "recipients", "signer"),
    [
        # as a PDF or an OCR gives the columns: the list set on one line, its last bullet cut
        # from the archive copy by the break, and the signer's name, printed lowest, set in the
        # left column by the OCR
        (
            [
                ("Nơi nhận: - UBND tỉnh (b/c); - Các đơn vị trực thuộc; -", _LEFT),
                ("Lưu: VT, NVY.", _LEFT),
                ("Nguyễn Thị Thu Hà", _LEFT),
                ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", _RIGHT),
                ("(Đã ký)", _RIGHT),
            ],
            ["UBND tỉnh (b/c)", "Các đơn vị trực thuộc"],
            ("Nguyễn Thị Thu Hà", "Phó Giám đốc", "KT. Giám đốc"),
        ),
        # a filing note under the archive copy is not the signer's
        (
            [
                ("Nơi nhận:", _LEFT),
                ("- Sở Tài chính;", _LEFT),
                ("- Lưu: VT, CT.", _LEFT),
                ("08 KH", _LEFT),
                ("KT. CHỦ TỊCH", _RIGHT),
                ("PHÓ CHỦ TỊCH", _RIGHT),
                ("Trần Chí Hùng", _RIGHT),
            ],
            ["Sở Tài chính"],
            ("Trần Chí Hùng", "Phó Chủ tịch", "KT. Chủ tịch"),
        ),
        # the same in text without columns: the typist's note (the file's path) under the
        # archive copy, then the signature's lines
        (
            [
                ("Nơi nhận:", Block.BODY),
                ("- Sở Tài chính;", Block.BODY),
                ("- Lưu: VT, NC.", Block.BODY),
                ("Thuynt\\QD102.25.", Block.BODY),
                ("KT. CHỦ TỊCH", Block.BODY),
                ("PHÓ CHỦ TỊCH", Block.BODY),
                ("Trần Chí Hùng", Block.BODY),
            ],
            ["Sở Tài chính"],
            ("Trần Chí Hùng", "Phó Chủ tịch", "KT. Chủ tịch"),
        ),
        # a PDF whose signature stands above the recipients, out of any table: the reader marks
        # only the recipients' block, the signature is text before it
        (
            [
                ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Chí Hùng", Block.BODY),
                ("Nơi nhận: - Sở Tài chính; - Lưu: VT.", _LEFT),
            ],
            ["Sở Tài chính"],
            ("Trần Chí Hùng", "Phó Chủ tịch", "TM. Ủy ban nhân dân, KT. Chủ tịch"),
        ),
    ],
)
def test_closing_columns(
    lines: list[tuple[str, Block]], recipients: list[str], signer: tuple[str, str, str]
) -> None:
    recipients_lines, signature = split_closing(_footer(lines))
    assert read_recipients(recipients_lines) == recipients
    read = read_signer(signature)
    assert read is not None
    assert (read.name, read.position, read.authority) == signer


@pytest.mark.parametrize(
    ("text", "ocr", "number"),
    [
        ("HI. TỔ CHỨC THỰC HIỆN", True, "III"),
        ("IH. KINH PHÍ THỰC HIỆN", True, "III"),
        ("H. NHIỆM VỤ, GIẢI PHÁP", True, "II"),
        # typed text keeps what it prints; a title in lower case is no top-level heading
        ("H. NHIỆM VỤ, GIẢI PHÁP", False, "H"),
        ("HI. Tổ chức thực hiện", True, None),
    ],
)
def test_a_roman_numeral_whose_strokes_ocr_read_as_h(
    text: str, ocr: bool, number: str | None
) -> None:
    hints = frozenset({Hint.OCR}) if ocr else frozenset()
    heading = find_heading(Line(number=1, text=text, source_lines=(1,), hints=hints))
    assert (heading.number if heading else None) == number


_TYPED_HEADER = """Số: 5/KH-UBND
Nghệ An, ngày 21 tháng 3 năm 2026
KẾ HOẠCH
Triển khai chuyển đổi số năm 2026
{note}
I. MỤC ĐÍCH, YÊU CẦU
1. Nội dung thứ nhất của kế hoạch được triển khai.

2. Nội dung thứ hai của kế hoạch được triển khai.

3. Nội dung thứ ba của kế hoạch được triển khai.

II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính chủ trì.
"""


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "(Kèm theo Quyết định số 12/QĐ-UBND ngày 3/3/2026 của UBND tỉnh)",
            "Triển khai chuyển đổi số năm 2026",
        ),
        # a note citing no document is the title's
        ("(lần thứ hai)", "Triển khai chuyển đổi số năm 2026 (lần thứ hai)"),
    ],
)
def test_a_header_typed_without_its_table_in_a_text_of_blank_line_paragraphs(
    note: str, title: str, markdown: bool
) -> None:
    # the body's paragraphs are set apart by blank lines, the header's lines are not: each
    # header line stays its own
    document = parse_text(_TYPED_HEADER.format(note=note), markdown=markdown).document
    assert (document.number, document.place, document.kind) == ("5/KH-UBND", "Nghệ An", "ke_hoach")
    assert document.issued is not None and document.issued.iso == "2026-03-21"
    assert document.title == title


def test_a_decisions_header_whose_columns_a_reader_could_not_part() -> None:
    # the issuer and the motto interleaved line by line, the date cut before its year
    text = (
        "ỦY BAN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ\nNGHỆ AN NGHĨA VIỆT NAM\n"
        "------- Độc lập - Tự do - Hạnh phúc\nSố: 765/QĐ-UBND Nghệ An, ngày 21 tháng 3 năm\n2026\n"
        "QUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2026\n"
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n"
    )
    document = parse_text(text).document
    assert (document.kind, document.number) == ("quyet_dinh", "765/QĐ-UBND")
    assert (document.place, document.issued and document.issued.iso) == ("Nghệ An", "2026-03-21")
    assert document.issuer == "Ủy ban nhân dân tỉnh Nghệ An"
    assert document.title == "Ban hành Kế hoạch cải cách hành chính năm 2026"


# a province plan as legal-database pages print its header table: the issuer's cell before the
# first bar, the motto wrapped after its first word, the place wrapped inside its name
_PAGE_HEAD = """{issuer}
-------
|
{motto}
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 52/KH-UBND
|
Quảng
Trị, ngày 14 tháng 4 năm 2026
|

KẾ HOẠCH

Phát triển du lịch nông thôn năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Nội dung.
"""


@pytest.mark.parametrize(
    "issuer",
    [
        # the cell printed before the table's first bar
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ",
        "ỦY\nBAN NHÂN DÂN\nTỈNH QUẢNG TRỊ",
        # the usual table, its first bar above the issuer
        "|\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ",
    ],
)
@pytest.mark.parametrize(
    "motto",
    ["CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM"],
)
def test_a_pages_header_table_wrapped_anywhere(issuer: str, motto: str) -> None:
    text = _PAGE_HEAD.format(issuer=issuer, motto=motto)
    document = parse_text(text, markdown=True).document
    assert (document.issuer, document.province) == ("Ủy ban nhân dân tỉnh Quảng Trị", "Quảng Trị")
    # the motto's first word is not the place's
    assert (document.place, document.number) == ("Quảng Trị", "52/KH-UBND")


_ROW_HEAD = """{frame}ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 61/KH-UBND | {place}, ngày 5 tháng 6 năm 2026 |
KẾ HOẠCH
BẢO VỆ MÔI TRƯỜNG NĂM 2026
{sentence}
I. MỤC ĐÍCH, YÊU CẦU
Nội dung.
"""
_ISSUES = "Ủy ban nhân dân tỉnh ban hành Kế hoạch bảo vệ môi trường năm 2026 như sau:"


@pytest.mark.parametrize(
    ("frame", "place", "sentence", "issuer", "province"),
    [
        ("", "Bình Thuận", _ISSUES, "Ủy ban nhân dân tỉnh Bình Thuận", "Bình Thuận"),
        # a page's list of related documents before the header names another province
        (
            "- 1 Kế hoạch 20/KH-UBND năm 2024 bảo vệ môi trường tỉnh Ninh Thuận\n",
            "Bình Thuận",
            _ISSUES,
            "Ủy ban nhân dân tỉnh Bình Thuận",
            "Bình Thuận",
        ),
        # the city's committee: its type from its own words
        (
            "",
            "Hải Phòng",
            _ISSUES.replace("tỉnh", "thành phố"),
            "Ủy ban nhân dân thành phố Hải Phòng",
            "Hải Phòng",
        ),
        # no words of its own: better no issuer than the block's bare first line (and a place's
        # name alone may be a commune's as well as a province's)
        ("", "Bình Thuận", "Nội dung mở đầu của kế hoạch.", None, None),
        # placed where no province is: the words name no body of that place
        ("", "Phan Rí Cửa", _ISSUES, None, None),
    ],
)
def test_a_header_row_printed_on_one_line(
    frame: str, place: str, sentence: str, issuer: str | None, province: str | None
) -> None:
    text = _ROW_HEAD.format(frame=frame, place=place, sentence=sentence)
    document = parse_text(text, markdown=True).document
    assert (document.number, document.place) == ("61/KH-UBND", place)
    assert (document.issuer, document.province) == (issuer, province)
    assert document.title == "BẢO VỆ MÔI TRƯỜNG NĂM 2026"


def test_a_decisions_authority_printed_without_its_name() -> None:
    text = _ROW_HEAD.format(frame="", place="Bình Thuận", sentence="").replace(
        "KẾ HOẠCH\nBẢO VỆ MÔI TRƯỜNG NĂM 2026\n",
        "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026\nỦY BAN NHÂN DÂN TỈNH\n",
    )
    document = parse_text(text.replace("61/KH-UBND", "61/QĐ-UBND"), markdown=True).document
    assert (document.kind, document.issuer) == ("quyet_dinh", "Ủy ban nhân dân tỉnh Bình Thuận")


@pytest.mark.parametrize("markdown", [False, True])
def test_a_header_without_its_kind_line(markdown: bool) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nSố: 14/KH-UBND\nBạc Liêu, ngày 2 tháng 3 năm 2026\n"
        "THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026\n"
        "Thực hiện Quyết định số 90/QĐ-UBND ngày 10/01/2026 của UBND tỉnh Bạc Liêu;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n"
    )
    document = parse_text(text, markdown=markdown).document
    assert (document.kind, document.title) == (
        "ke_hoach",
        "THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026",
    )
    assert [(b.kind, b.number) for b in document.basis] == [("quyet_dinh", "90/QĐ-UBND")]


def test_a_header_without_kind_line_nor_symbol_has_no_title() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nBạc Liêu, ngày 2 tháng 3 năm 2026\n"
        "THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n"
    )
    assert parse_text(text).document.title is None


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # an amending law's date follows the name of the law it amends; it prints no issuer
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở ngày "
            "29/6/2026;",
            [("luat", None, "2026-06-29", None)],
        ),
        # on its own line after a law, without its lead
        (
            "Căn cứ Luật Thủy lợi ngày 19/6/2017;\nLuật sửa đổi, bổ sung một số điều của Luật "
            "Thủy lợi ngày 15/1/2026;",
            [("luat", None, "2017-06-19", None), ("luat", None, "2026-01-15", None)],
        ),
        # a law whose name holds `của`: it prints no issuer
        (
            "Căn cứ Luật Tổ chức của Mặt trận và các đoàn thể ngày 9/6/2026;",
            [("luat", None, "2026-06-09", None)],
        ),
        # basis lines set as list items
        (
            "- Căn cứ Luật Thủy lợi ngày 19/6/2017;\n- Căn cứ Nghị định số 67/2018/NĐ-CP ngày "
            "14/5/2018 của Chính phủ;",
            [
                ("luat", None, "2017-06-19", None),
                ("nghi_dinh", "67/2018/NĐ-CP", "2018-05-14", "Chính phủ"),
            ],
        ),
        # the number word with a colon
        (
            "Căn cứ Nghị định số: 45/2026/NĐ-CP ngày 3/3/2026 của Chính phủ về thủy lợi;",
            [("nghi_dinh", "45/2026/NĐ-CP", "2026-03-03", "Chính phủ")],
        ),
        # a proposal is no basis, though the office's name holds a kind word
        (
            "Căn cứ Luật Thủy lợi ngày 19/6/2017;\nTheo đề nghị của Sở Kế hoạch và Đầu tư tại "
            "Tờ trình số 12/TTr-SKHĐT ngày 2/3/2026.",
            [("luat", None, "2017-06-19", None)],
        ),
    ],
)
def test_basis_clauses_of_real_headers(
    clause: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    text = (
        "Số: 9/KH-UBND\nNinh Bình, ngày 21 tháng 3 năm 2026\nKẾ HOẠCH\nPhát triển thủy lợi\n"
        f"{clause}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n"
    )
    basis = parse_text(text).document.basis
    assert [(b.kind, b.number, b.date and b.date.iso, b.issuer) for b in basis] == expected


@pytest.mark.parametrize(
    ("printed", "number", "symbol", "kind"),
    [
        # a normative decision's number holds its year: the symbol opens after it
        ("Số: 33/2026/QĐ-UBND", "33/2026/QĐ-UBND", "QĐ-UBND", "quyet_dinh"),
        ("Số:\n33/2026/QĐ-UBND", "33/2026/QĐ-UBND", "QĐ-UBND", "quyet_dinh"),
        ("Số: 12/KH-UBND", "12/KH-UBND", "KH-UBND", "ke_hoach"),
        ("Số: 25-KH/ĐU", "25-KH/ĐU", "KH/ĐU", "ke_hoach"),
    ],
)
def test_the_documents_own_number(printed: str, number: str, symbol: str, kind: str) -> None:
    text = f"ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\n{printed}\nCà Mau, ngày 3 tháng 4 năm 2026\nNội dung.\n"
    document = parse_text(text).document
    assert (document.number, document.symbol, document.kind) == (number, symbol, kind)


@pytest.mark.parametrize(
    ("opening", "numbers"),
    [
        # a kind in lower case without a number is a common noun: no document cited
        ("Theo thông báo của Sở Y tế, năm 2025 số ca bệnh tăng mạnh.", []),
        ("Theo kế hoạch của ngành, việc rà soát xong trong quý I.", []),
        # with its number, a lower-case kind cites a document
        ("Căn cứ văn bản số 88/SYT-NV ngày 2/3/2026 của Sở Y tế;", ["88/SYT-NV"]),
    ],
)
def test_a_kind_in_lower_case_without_its_number(opening: str, numbers: list[str]) -> None:
    text = (
        "Số: 9/KH-UBND\nNinh Bình, ngày 21 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng chống dịch\n"
        f"{opening}\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n"
    )
    assert [b.number for b in parse_text(text).document.basis] == numbers


def test_a_decision_without_kind_line_names_its_authority_below_the_date() -> None:
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 12/2026/QĐ-UBND | Tân An, ngày 3 tháng 2 năm 2026 |\n"
        "ỦY BAN NHÂN DÂN TỈNH TÂY NINH\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số.\n"
    )
    document = parse_text(text, markdown=True).document
    assert (document.kind, document.issuer) == ("quyet_dinh", "Ủy ban nhân dân tỉnh Tây Ninh")


def test_a_related_documents_list_above_the_header_hides_no_authority() -> None:
    # a legal database's page lists the documents it links above the decision it prints
    related = "".join(
        f"- {n}{name}\n"
        for n, name in enumerate(
            [
                "Luật Trồng trọt 2018",
                "Nghị định 94/2019/NĐ-CP về giống cây trồng",
                "Luật Thủy lợi 2017",
                "Quyết định 150/QĐ-TTg năm 2022 về chiến lược nông nghiệp",
                "Công văn 52/BNN-TT năm 2023 hướng dẫn chuyển đổi cơ cấu cây trồng",
            ],
            start=1,
        )
    )
    text = (
        f"{related}ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 318/QĐ-UBND | Phú Yên, ngày 9 tháng 4 năm 2024 |\n"
        "ỦY BAN NHÂN DÂN TỈNH\n"
        "Căn cứ Luật Trồng trọt ngày 19 tháng 11 năm 2018;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi cây trồng.\n"
    )
    document = parse_text(text, markdown=True).document
    assert (document.kind, document.issuer) == ("quyet_dinh", "Ủy ban nhân dân tỉnh Phú Yên")
    assert document.province == "Phú Yên"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_the_prime_minister_issues_a_decision_and_decides_under_its_title(sep: str) -> None:
    # a legal database's page wraps the block and the title; the authority follows the title
    text = sep.join(
        [
            "THỦ TƯỚNG CHÍNH\nPHỦ\n--------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|",
            "Số: 412/QĐ-TTg\n|\nHà Nội, ngày 7\ntháng 4 năm 2026\n|",
            "QUYẾT ĐỊNH\nBAN\nHÀNH KẾ HOẠCH PHÁT TRIỂN KINH TẾ BIỂN VÙNG DUYÊN HẢI TRUNG BỘ\n"
            "ĐẾN NĂM 2030\nTHỦ TƯỚNG CHÍNH PHỦ",
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2\nnăm 2025;",
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch kinh tế biển.",
        ]
    )
    document = parse_text(text).document
    assert (document.issuer, document.province) == ("Thủ tướng Chính phủ", None)
    assert document.title == (
        "BAN HÀNH KẾ HOẠCH PHÁT TRIỂN KINH TẾ BIỂN VÙNG DUYÊN HẢI TRUNG BỘ ĐẾN NĂM 2030"
    )


def test_a_title_without_kind_line_is_its_first_line() -> None:
    # the page prints the title on one line; the capitals under it are a heading of the body
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 40/KH-UBND | Hà Giang, ngày 3 tháng 2 năm 2026 |\n"
        "PHÁT TRIỂN GIAO THÔNG NÔNG THÔN NĂM 2026\n"
        "ĐÁNH GIÁ KẾT QUẢ NĂM 2025\n"
        "Năm 2025, toàn tỉnh làm mới nhiều tuyến đường.\n"
    )
    document = parse_text(text, markdown=True).document
    assert document.title == "PHÁT TRIỂN GIAO THÔNG NÔNG THÔN NĂM 2026"


@pytest.mark.parametrize(
    ("title", "period"),
    [
        # the span in a note on its own line under the title, in brackets or between dashes
        ("**Triển khai chuyển đổi số**\n\n*(Giai đoạn 2026 - 2030)*", (2026, 2030)),
        ("**Triển khai chuyển đổi số**\n\n**(năm 2027)**", (2027, 2027)),
        ("Triển khai chuyển đổi số\n\n- GIAI ĐOẠN 2026 - 2028 -", (2026, 2028)),
        # a note citing a document gives no span of its own: the title's is the period
        (
            "**Triển khai chuyển đổi số**\n*(Kèm theo Quyết định số 12/QĐ-UBND ngày 3/3/2026)*",
            None,
        ),
    ],
)
def test_the_period_in_a_note_under_the_title(title: str, period: tuple[int, int] | None) -> None:
    document = parse_text(_md(title=title), markdown=True).document
    read = document.period
    assert ((read.start_year, read.end_year) if read else None) == period
    assert document.title is not None and not document.title.endswith(")")


_MINISTRY = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
-------
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 77/QĐ-BNNMT
|
Hà Nội, ngày 9 tháng 3 năm 2026
|
QUYẾT ĐỊNH
BAN HÀNH KẾ HOẠCH KIỂM SOÁT DỊCH BỆNH THỦY SẢN NĂM 2026{glue}BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Căn cứ Luật Thú y ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm soát dịch bệnh thủy sản năm 2026.
"""


@pytest.mark.parametrize("glue", ["\n", " "])
def test_a_ministrys_decision_and_its_authority_line(glue: str) -> None:
    """The ministry's block alone names the issuer; the minister's line under the title, on its
    own or joined to the title's last line by a converter, is not the title's."""
    document = parse_text(_MINISTRY.format(glue=glue), markdown=True).document
    assert document.issuer == "Bộ Nông nghiệp và Môi trường"
    assert document.title == "BAN HÀNH KẾ HOẠCH KIỂM SOÁT DỊCH BỆNH THỦY SẢN NĂM 2026"


@pytest.mark.parametrize(
    "block",
    [
        # side by side, each block closed by the same place
        "**SỞ NỘI VỤ\nTỈNH NGHỆ AN**\n|\n**SỞ TÀI CHÍNH\nTỈNH NGHỆ AN**",
        # one block, the two offices joined by a dash over their shared place
        "**SỞ NỘI VỤ - SỞ TÀI CHÍNH\nTỈNH NGHỆ AN**",
    ],
)
def test_a_joint_plan_is_issued_by_its_first_block(block: str) -> None:
    text = _md().replace("**ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN**", block)
    assert parse_text(text, markdown=True).document.issuer == "Sở Nội vụ tỉnh Nghệ An"


@pytest.mark.parametrize(
    ("block", "issuer"),
    [
        ("**ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSỞ TÀI CHÍNH**", "Sở Tài chính tỉnh Nghệ An"),
        # the parent wrapped over its place, then the office with its own
        ("**ĐẢNG BỘ\nTỈNH NGHỆ AN\nĐẢNG ỦY\nXÃ HƯNG NGUYÊN**", "Đảng ủy xã Hưng Nguyên"),
    ],
)
def test_a_managing_body_over_its_office_is_no_joint_block(block: str, issuer: str) -> None:
    text = _md().replace("**ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN**", block)
    assert parse_text(text, markdown=True).document.issuer == issuer


_TXT_PLAN = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN LẬP\tĐộc lập - Tự do - Hạnh phúc
Số: 21/KH-UBND\tTân Lập, ngày 4 tháng 5 năm 2026
KẾ HOẠCH
Phòng chống thiên tai năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Chủ động ứng phó với bão lũ.
II. TỔ CHỨC THỰC HIỆN
Công chức địa chính theo dõi./.
{closing}"""


@pytest.mark.parametrize(
    "closing",
    [
        # one row a line, the cells split by a tab
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- UBND huyện;\tKT. CHỦ TỊCH"
        "\n- Các ban ngành xã;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\t\n\tĐỗ Thị Hạnh",
        # a recipient indented by a tab, narrower than the gap between the columns
        "Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN\n\t- UBND huyện;\t\tKT. CHỦ TỊCH"
        "\n\t- Các ban ngành xã;\t\tPHÓ CHỦ TỊCH\n\t- Lưu: VT.\n\t\t\tĐỗ Thị Hạnh",
        # tabs run together, rows whose left cell is empty or whose right cell is
        "Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN\n- UBND huyện;\t\t\tKT. CHỦ TỊCH\n- Các ban ngành xã;"
        "\n\t\t\tPHÓ CHỦ TỊCH\n\t\t\t\n\t\t\tĐỗ Thị Hạnh\n- Lưu: VT.",
    ],
)
def test_a_text_files_header_and_closing_in_tab_columns(closing: str) -> None:
    document = parse_text(_TXT_PLAN.format(closing=closing)).document
    assert (document.issuer, document.number, document.place) == (
        "Ủy ban nhân dân xã Tân Lập",
        "21/KH-UBND",
        "Tân Lập",
    )
    assert document.signer is not None
    assert document.signer.model_dump() == {
        "name": "Đỗ Thị Hạnh",
        "position": "Phó Chủ tịch",
        "authority": "TM. Ủy ban nhân dân, KT. Chủ tịch",
    }
    assert document.recipients == ["UBND huyện", "Các ban ngành xã"]


_ROWS_DECISION = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 88/QĐ-UBND | Sơn La, ngày 2 tháng 3 năm 2026 |
QUYẾT ĐỊNH
Ban hành Kế hoạch phòng cháy rừng năm 2026
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng cháy rừng năm 2026.
Điều 2. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.
{closing}
"""


@pytest.mark.parametrize(
    "closing",
    [
        # each row of the closing on a line of its own, opened by its bar or not
        "| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n| - Như Điều 2; | KT. CHỦ TỊCH |\n"
        "| - Bộ Nông nghiệp và Môi trường; | PHÓ CHỦ TỊCH |\n| - Lưu: VT. | |\n| | Vi Thị Lan |",
        "Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n- Như Điều 2; | KT. CHỦ TỊCH |\n"
        "- Bộ Nông nghiệp và Môi trường; | PHÓ CHỦ TỊCH |\n- Lưu: VT. | Vi Thị Lan |",
    ],
)
def test_a_closing_printed_one_row_a_line(closing: str) -> None:
    document = parse_text(_ROWS_DECISION.format(closing=closing), markdown=True).document
    assert document.signer is not None
    assert document.signer.model_dump() == {
        "name": "Vi Thị Lan",
        "position": "Phó Chủ tịch",
        "authority": "TM. Ủy ban nhân dân, KT. Chủ tịch",
    }
    assert document.recipients == ["Như Điều 2", "Bộ Nông nghiệp và Môi trường"]


def test_a_closing_read_as_one_table_row_of_two_cells() -> None:
    """A table reader giving the closing as one row, each cell's paragraphs joined by `;`."""
    row = Line(
        number=1,
        text="",
        source_lines=(1,),
        hints=frozenset({Hint.TABLE_ROW}),
        cells=(
            "Nơi nhận: - Sở Tài chính; - UBND các xã; - Lưu: VT.",
            "KT. CHỦ TỊCH; PHÓ CHỦ TỊCH; Đã ký; Vi Thị Lan",
        ),
    )
    recipients, signature = split_closing(split_rows([row], Block.FOOTER_LEFT, Block.FOOTER_RIGHT))
    assert read_recipients(recipients) == ["Sở Tài chính", "UBND các xã"]
    signer = read_signer(signature)
    assert signer is not None
    assert signer.model_dump() == {
        "name": "Vi Thị Lan",
        "position": "Phó Chủ tịch",
        "authority": "KT. Chủ tịch",
    }


def test_recipients_printed_as_text_under_a_signature_table() -> None:
    """The signature in a table of its own, `Nơi nhận` under it outside any table."""
    head = _md().split("|\n*Nơi nhận:*")[0]
    text = (
        f"{head}|\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n\n**Vi Thị Lan**\n|\n\n"
        "Nơi nhận:\n- Sở Tài chính;\n- UBND các xã;\n- Lưu: VT.\n"
    )
    document = parse_text(text, markdown=True).document
    assert document.signer is not None
    assert (document.signer.name, document.signer.position) == ("Vi Thị Lan", "Phó Chủ tịch")
    assert document.recipients == ["Sở Tài chính", "UBND các xã"]


# A header typed line by line, without its table (docs/domain.md, "The parts of the document":
# the issuer block and the motto, then the number and the place and date), as a converter or a
# copy from Word prints it: the issuer first or the motto first, with or without blank lines
# between the parts, a row's two cells run together on one line or set apart by spaces.
_PLAIN_BODY = """
KẾ HOẠCH

Triển khai chuyển đổi số năm 2026

Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;

I. MỤC ĐÍCH, YÊU CẦU

1. Đẩy mạnh ứng dụng công nghệ số trong các cơ quan nhà nước.

II. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ chủ trì, theo dõi việc thực hiện.
"""
_ISSUER = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"]
_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
_NUMBER_DATE = ["Số: 41/KH-UBND", "Hà Tĩnh, ngày 12 tháng 3 năm 2026"]


@pytest.mark.parametrize(
    "head",
    [
        "\n".join([*_ISSUER, *_MOTTO, *_NUMBER_DATE]),
        "\n\n".join([*_ISSUER, *_MOTTO, *_NUMBER_DATE]),
        "\n".join([*_MOTTO, *_ISSUER, *_NUMBER_DATE]),
        "\n".join(["**ỦY BAN NHÂN DÂN**", "TỈNH HÀ TĨNH", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"])
        + "\n"
        + "\n".join(["__Độc lập - Tự do - Hạnh phúc__", *_NUMBER_DATE]),
        "\n".join(f"{left} {right}" for left, right in zip(_ISSUER, _MOTTO, strict=True))
        + "\n"
        + "\n".join(_NUMBER_DATE),
        "\n".join(f"{left}        {right}" for left, right in zip(_ISSUER, _MOTTO, strict=True))
        + "\n"
        + "        ".join(_NUMBER_DATE),
    ],
    ids=["issuer-first", "blank-lines", "motto-first", "emphasis", "run-together", "spaced"],
)
def test_a_header_typed_line_by_line_reads_as_its_table(head: str) -> None:
    meta = parse_text(f"{head}\n{_PLAIN_BODY}").document
    assert meta.issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert meta.province == "Hà Tĩnh"
    assert (meta.number, meta.symbol, meta.place) == ("41/KH-UBND", "KH-UBND", "Hà Tĩnh")
    assert meta.issued is not None and meta.issued.iso == "2026-03-12"
    assert meta.title == "Triển khai chuyển đổi số năm 2026"


def test_a_title_naming_the_motto_is_no_header_row() -> None:
    """Only the lines before the kind's are the header's rows: a title in capitals naming the
    state keeps its words."""
    title = "KỶ NIỆM 81 NĂM NGÀY THÀNH LẬP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    body = _PLAIN_BODY.replace("Triển khai chuyển đổi số năm 2026", title)
    head = "\n\n".join([*_ISSUER, *_MOTTO, *_NUMBER_DATE])
    meta = parse_text(f"{head}\n{body}").document
    assert meta.title == title
    assert meta.issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh"


# a decision as legal-database pages print it: the header table's bars on lines of their own,
# which make the kind line, the title in capitals and the authority under it one wrapped line
_PAGE_DECISION = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
-------
|
CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 318/QĐ-UBND
|
Phú Yên, ngày
12 tháng 3 năm 2026
|
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN THỂ THAO CƠ SỞ
GIAI ĐOẠN 2026 - 2030
{authority}
Căn cứ Luật Thể dục, thể thao
ngày 29 tháng 11 năm 2006;
Căn cứ Quyết định số 77/QĐ-TTg
ngày 10/01/2026 của Thủ tướng Chính phủ về
phát triển thể thao quần chúng ở
các xã, phường trên địa bàn tỉnh;
Theo đề nghị của Sở Văn hóa, Thể thao và Du lịch tại
Tờ trình số 45/TTr-SVHTTDL.
{enacting}
Điều 1.
Ban hành kèm theo Quyết định này Kế hoạch phát triển thể thao cơ sở
giai đoạn 2026 - 2030.
Điều 2.
Quyết định có hiệu lực thi hành kể từ
ngày ký.
"""


@pytest.mark.parametrize(
    "authority", ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN", "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN"]
)
@pytest.mark.parametrize(
    "enacting",
    [
        "QUYẾT ĐỊNH:",  # the enacting word alone is no kind line: the joined one before it is
        "",  # an excerpt cut before it: the joined kind line alone
    ],
)
def test_a_decisions_kind_title_and_authority_a_page_joined(authority: str, enacting: str) -> None:
    text = _PAGE_DECISION.format(authority=authority, enacting=enacting).replace("\n\n", "\n")
    document = parse_text(text, markdown=True).document
    assert document.kind == "quyet_dinh"
    assert document.title == (
        "VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN THỂ THAO CƠ SỞ GIAI ĐOẠN 2026 - 2030"
    )
    assert document.period is not None
    assert (document.period.start_year, document.period.end_year) == (2026, 2030)
    assert [(basis.kind, basis.number) for basis in document.basis] == [
        ("luat", None),
        ("quyet_dinh", "77/QĐ-TTg"),
    ]
    assert document.issuer == "Ủy ban nhân dân tỉnh Phú Yên"


@pytest.mark.parametrize(
    ("citation", "issuer"),
    [
        # the `của` of the description (after `về`) names no issuer
        (
            "Căn cứ Nghị quyết số 31-NQ/TW ngày 10/5/2024 Hội nghị Trung ương về nâng cao "
            "hiệu quả hoạt động của các hợp tác xã;",
            None,
        ),
        (
            "Căn cứ Nghị quyết số 31-NQ/TW ngày 10/5/2024 của Bộ Chính trị về hợp tác xã;",
            "Bộ Chính trị",
        ),
        # `về việc` with `về` dropped, or glued to `việc`: the description opens there
        (
            "Căn cứ Nghị quyết số 31-NQ/TW ngày 10/5/2024 của Bộ Chính trị việc ban hành "
            "chương trình hợp tác xã;",
            "Bộ Chính trị",
        ),
        (
            "Căn cứ Nghị quyết số 31-NQ/TW ngày 10/5/2024 của Bộ Chính trị vềviệc hợp tác xã;",
            "Bộ Chính trị",
        ),
        # before a name, `việc` is the name's
        (
            "Căn cứ Nghị quyết số 31-NQ/TW ngày 10/5/2024 của Tổ giúp việc Ban Chỉ đạo tỉnh về "
            "hợp tác xã;",
            "Tổ giúp việc Ban Chỉ đạo tỉnh",
        ),
        # a project known by its number names the body set up for it: a kind word with a bare
        # number is the name's
        (
            "Căn cứ Nghị quyết số 31-NQ/TW ngày 10/5/2024 của Tổ công tác Đề án 06 tỉnh về "
            "hợp tác xã;",
            "Tổ công tác Đề án 06 tỉnh",
        ),
        # a comma after a body's place ends its name, the description opening without a
        # description word; a larger place after it, or a comma between lower-case words of a
        # name, does not
        (
            "Căn cứ Nghị quyết số 31-NQ/TW ngày 10/5/2024 của UBND tỉnh Đồng Tháp, rà soát hợp "
            "tác xã yếu kém;",
            "Ủy ban nhân dân tỉnh Đồng Tháp",
        ),
        (
            "Căn cứ Nghị quyết số 31-NQ/TW ngày 10/5/2024 của Ủy ban nhân dân huyện Cao Lãnh, "
            "tỉnh Đồng Tháp về hợp tác xã;",
            "Ủy ban nhân dân huyện Cao Lãnh, tỉnh Đồng Tháp",
        ),
        (
            "Căn cứ Nghị quyết số 31-NQ/TW ngày 10/5/2024 của Ban Chỉ đạo phát triển nông "
            "nghiệp, nông thôn tỉnh về hợp tác xã;",
            "Ban Chỉ đạo phát triển nông nghiệp, nông thôn tỉnh",
        ),
        # an office whose field is named by a kind word (`Kế hoạch`)
        (
            "Căn cứ Nghị quyết số 31-NQ/TW ngày 10/5/2024 của Bộ Kế hoạch và Đầu tư về hợp tác xã;",
            "Bộ Kế hoạch và Đầu tư",
        ),
        # a joint document is issued by every ministry listed after `của`
        (
            "Căn cứ Thông tư liên tịch số 31-NQ/TW ngày 10/5/2024 của Bộ Tài chính, Bộ Nông "
            "nghiệp và Môi trường hướng dẫn hợp tác xã;",
            "Bộ Tài chính, Bộ Nông nghiệp và Môi trường",
        ),
        (
            "Căn cứ Thông tư số 31-NQ/TW ngày 10/5/2024 của Bộ Tài chính, Bộ Nông nghiệp và "
            "Môi trường hướng dẫn hợp tác xã;",
            "Bộ Tài chính",
        ),
    ],
)
def test_a_basis_issuer_is_printed_before_the_description(
    citation: str, issuer: str | None
) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 15/KH-UBND\nĐồng Tháp, ngày 2 tháng 2 năm 2026\n"
        f"KẾ HOẠCH\nPhát triển hợp tác xã năm 2026\n{citation}\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n"
    )
    basis = parse_text(text).document.basis
    assert [(b.number, b.issuer) for b in basis] == [("31-NQ/TW", issuer)]


def test_a_kind_word_with_a_documents_number_after_an_issuer_opens_the_next_document() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 15/KH-UBND\nĐồng Tháp, ngày 2 tháng 2 năm 2026\n"
        "KẾ HOẠCH\nPhát triển hợp tác xã năm 2026\n"
        "Căn cứ Công văn số 12/SNN-KT ngày 3/1/2026 của Sở Nông nghiệp và Môi trường Quyết "
        "định 8/QĐ-UBND ngày 5/1/2026 của UBND tỉnh;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\n"
    )
    basis = parse_text(text).document.basis
    assert [(b.number, b.issuer) for b in basis] == [
        ("12/SNN-KT", "Sở Nông nghiệp và Môi trường"),
        ("8/QĐ-UBND", "Ủy ban nhân dân tỉnh"),
    ]


def test_a_header_without_its_date_line_takes_no_date_from_a_basis() -> None:
    # a department's web page printing the plan without its header table
    text = (
        "Kế hoạch phát triển nông thôn năm 2026\n"
        "Thực hiện Công văn số 410/BNN-VP ngày 05 tháng 12 năm 2025 của Bộ Nông nghiệp, "
        "Sở Nông nghiệp xây dựng kế hoạch năm 2026 như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nội dung.\nII. NHIỆM VỤ\n1. Nội dung.\n"
    )
    document = parse_text(text).document
    assert document.issued is None
    assert [(b.number, b.date and b.date.iso) for b in document.basis] == [
        ("410/BNN-VP", "2025-12-05")
    ]


# a decision as a legal-database page prints its header table without parting it: each cell a
# line closed by a bar, the issuer's cut to its first line, the authority under the date
_BARRED_DECISION = """ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 88/QĐ-UBND |
Yên Bái, ngày 12 tháng 3 năm 2026 |
{authority}
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Xét đề nghị của Giám đốc Sở Nội vụ,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.
"""


@pytest.mark.parametrize(
    "authority",
    ["CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"],
)
def test_the_authority_under_a_barred_header_table_names_the_issuer(authority: str) -> None:
    document = parse_text(_BARRED_DECISION.format(authority=authority)).document
    assert (document.issuer, document.province) == ("Ủy ban nhân dân tỉnh Yên Bái", "Yên Bái")


def test_the_basis_of_a_barred_decision_without_kind_line_nor_title_is_read() -> None:
    # the page dropped both: the enacting `QUYẾT ĐỊNH:` is the first kind printed, and the
    # `Căn cứ` lines above it are the basis, not the header's
    document = parse_text(_BARRED_DECISION.format(authority="ỦY BAN NHÂN DÂN TỈNH")).document
    assert (document.kind, document.title) == ("quyet_dinh", None)
    assert [(basis.kind, basis.date.iso if basis.date else None) for basis in document.basis] == [
        ("luat", "2025-06-16")
    ]


# a national body's decision in the same barred table: its block one name, wrapped or not, the
# bar after its last line; a page's frame above it may print the kind as a field's value
_BARRED_NATIONAL = """{frame}{issuer} |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 45/QĐ-TTg |
Hà Nội, ngày 9 tháng 4 năm 2026 |
PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026
{issuer}
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt Kế hoạch chuyển đổi số năm 2026.
"""


_FRAME = "Quyết định 45/QĐ-TTg năm 2026\nSố hiệu | 45/QĐ-TTg |\nLoại văn bản | Quyết định |\n"


@pytest.mark.parametrize("frame", ["", _FRAME])
@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ"),
        ("THỦ TƯỚNG CHÍNH\nPHỦ", "Thủ tướng Chính phủ"),
        ("BỘ Y TẾ", "Bộ Y tế"),
        ("ỦY BAN DÂN TỘC", "Ủy ban Dân tộc"),  # an agency of a ministry's rank
    ],
)
def test_a_national_body_alone_in_a_barred_header_table_is_the_issuer(
    frame: str, issuer: str, expected: str
) -> None:
    text = _BARRED_NATIONAL.format(frame=frame, issuer=issuer)
    document = parse_text(text).document
    assert (document.kind, document.issuer, document.province) == ("quyet_dinh", expected, None)


def test_a_cong_vans_heading_in_capitals_is_no_part_of_its_issuer() -> None:
    # a ministry's letter: no kind line, the block ends before the place and date
    text = (
        "BỘ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "---------------\nSố: 512/BYT-KCB\nV/v hướng dẫn khám sức khỏe học sinh năm học 2026-2027\n"
        "Hà Nội, ngày 10 tháng 8 năm 2026\nKính gửi: Các Sở Y tế.\n"
        "Bộ Y tế đề nghị các Sở Y tế thực hiện các nội dung sau:\n"
        "A. YÊU CẦU CHUNG\n1. Khám đúng thời gian.\n"
    )
    document = parse_text(text).document
    assert (document.kind, document.issuer) == ("cong_van", "Bộ Y tế")


# the Youth Union's central committee: its board (`BAN CHẤP HÀNH TRUNG ƯƠNG`) over the Union's
# name, the two columns joined on a line by a page, or read row by row (board, number, name,
# place); the block names no province
@pytest.mark.parametrize(
    "head",
    [
        "BAN CHẤP HÀNH TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH\n\n***\n\n"
        "Số: 31 - KH/TWĐTN-CTTN          Hà Nội, ngày 8 tháng 5 năm 2026\n",
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n\n***\n\nSố:  31  -KH/TWĐTN-CTTN\n\n"
        "ĐOÀN TNCS HỒ CHÍ MINH\n\nHà Nội, ngày   8    tháng 5 năm 2026\n",
    ],
)
def test_the_youth_unions_central_committee_issues_in_the_unions_name(head: str) -> None:
    text = head + "\nKẾ HOẠCH\nTổ chức hoạt động hè năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    document = parse_text(text).document
    assert (document.issuer, document.number, document.province) == (
        "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",
        "31-KH/TWĐTN-CTTN",
        None,
    )


def test_a_central_board_printed_without_its_body_names_no_issuer() -> None:
    text = "BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 15 - KH/TW\nHà Nội, ngày 2 tháng 3 năm 2026\n"
    text += "KẾ HOẠCH\nHọc tập nghị quyết năm 2026\n"
    assert parse_text(text).document.issuer is None


@pytest.mark.parametrize(
    ("texts", "province"),
    [
        # a province's type word naming none gives way to the next one of the line
        (
            ["Căn cứ Quyết định số 5-QĐ/TU của Đảng bộ tỉnh về giảm nghèo tỉnh Hà Tĩnh;"],
            "Hà Tĩnh",
        ),
        (
            ["Căn cứ Nghị quyết của Tỉnh ủy khóa XIX ban hành chương trình của tỉnh Nam Định"],
            "Nam Định",
        ),
        (["Căn cứ Kế hoạch của UBND tỉnh về giảm nghèo", "trên địa bàn tỉnh Hà Tĩnh"], "Hà Tĩnh"),
        (["Căn cứ Kế hoạch của UBND tỉnh về giảm nghèo trên địa bàn tỉnh"], None),
    ],
)
def test_the_province_at_any_mention_of_its_type(texts: list[str], province: str | None) -> None:
    assert province_in(texts) == province


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text, (number,)) for number, text in enumerate(texts, 1)]


def test_a_legal_databases_frame_is_cut_from_the_header() -> None:
    header = _lines(
        "Kế hoạch 9/KH-UBND năm 2020 tỉnh Hà Tĩnh",
        "Số hiệu: 9/KH-UBND Loại văn bản: Kế hoạch",
        "Nơi ban hành: Tỉnh Hà Tĩnh Người ký: Nguyễn Văn C",
        "ỦY BAN NHÂN DÂN",
        "Số: 9/KH-UBND",
    )
    assert [line.text for line in after_frame(header)] == ["ỦY BAN NHÂN DÂN", "Số: 9/KH-UBND"]


def test_one_label_is_no_frame() -> None:
    # a document's own line may hold one such word (`Người ký:` of a form): no record of a site
    header = _lines("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 9/KH-UBND", "Người ký: Nguyễn Văn C")
    assert after_frame(header) == header
