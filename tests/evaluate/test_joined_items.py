"""The joined-items rewriting (issue 12): a list item's own paragraphs and parts run into one
paragraph, with the separators pages print, never across a heading, a table or the closing,
nor between two numbered items."""

from __future__ import annotations

from plan_extract.evaluate.joined_items import SEPARATORS, joined_items

_TEXT = """KẾ HOẠCH

II. NHIỆM VỤ

1. Tập huấn cán bộ

- Đơn vị chủ trì: Sở Nội vụ.

- Thời gian thực hiện: năm 2026.

2. Rà soát văn bản

a) Nội dung: rà soát quy chế.

b) Đơn vị thực hiện: Sở Tư pháp.

III. TỔ CHỨC THỰC HIỆN

| STT | Nhiệm vụ |
|---|---|
| 1 | Báo cáo |

Trên đây là Kế hoạch của UBND tỉnh.
"""


def test_an_item_takes_its_parts_onto_its_line_and_stops_at_the_next_item() -> None:
    paragraphs = joined_items(_TEXT).split("\n\n")
    assert (
        paragraphs[2]
        == "1. Tập huấn cán bộ - Đơn vị chủ trì: Sở Nội vụ. - Thời gian thực hiện: năm 2026."
    )
    assert (
        paragraphs[3]
        == "2. Rà soát văn bản. a) Nội dung: rà soát quy chế. b) Đơn vị thực hiện: Sở Tư pháp."
    )


def test_headings_tables_and_the_closing_are_kept_as_they_were() -> None:
    paragraphs = joined_items(_TEXT).split("\n\n")
    assert paragraphs[:2] == ["KẾ HOẠCH", "II. NHIỆM VỤ"]
    assert paragraphs[4:] == [
        "III. TỔ CHỨC THỰC HIỆN",
        "| STT | Nhiệm vụ |\n|---|---|\n| 1 | Báo cáo |",
        "Trên đây là Kế hoạch của UBND tỉnh.\n",
    ]


def test_the_separators_go_round_item_by_item() -> None:
    items = "\n\n".join(f"{n}. Việc {n}\n\n- Chủ trì: Sở Y tế;" for n in range(1, 5))
    paragraphs = joined_items(items).rstrip("\n").split("\n\n")
    assert paragraphs == [
        "1. Việc 1 - Chủ trì: Sở Y tế;",
        "2. Việc 2. Chủ trì: Sở Y tế;",
        "3. Việc 3; Chủ trì: Sở Y tế;",
        "4. Việc 4 - Chủ trì: Sở Y tế;",
    ]
    assert SEPARATORS == (" ", ". ", "; ", " - ")


def test_a_plain_text_s_lines_are_its_paragraphs() -> None:
    text = "1. Tuyên truyền\n- Chủ trì: Hội Liên hiệp Phụ nữ xã\n2. Kiểm tra\n"
    assert joined_items(text) == (
        "1. Tuyên truyền - Chủ trì: Hội Liên hiệp Phụ nữ xã\n\n2. Kiểm tra\n"
    )


def test_the_recipients_right_under_the_last_item_stay_out_of_it() -> None:
    """A plain text's `Nơi nhận:` on the line after the last item (no blank line between, the
    signature block beside it): the closing, never a part of the item."""
    text = "2. Báo cáo kết quả\n\tNơi nhận:\n- UBND huyện;\n- Lưu: VT.\n"
    assert joined_items(text) == (
        "2. Báo cáo kết quả\n\n\tNơi nhận:\n\n- UBND huyện;\n\n- Lưu: VT.\n"
    )


def test_a_capital_letters_item_in_running_case_is_a_heading_no_part() -> None:
    """`A. Mục tiêu chung` (a capital letter's item, the joiner's `capital_item`): a heading
    above the numbered items, as `A. MỤC TIÊU` is; never a part run into the item before it,
    also on the next line of a plain text."""
    for blank in ("\n\n", "\n"):
        text = blank.join(["1. Tuyên truyền", "- Chủ trì: Hội Phụ nữ xã", "B. Mục tiêu cụ thể"])
        assert joined_items(text + "\n") == (
            "1. Tuyên truyền - Chủ trì: Hội Phụ nữ xã\n\nB. Mục tiêu cụ thể\n"
        )
    text = "2. Kiểm tra\n\nA. Nhiệm vụ chung\n\n- Rà soát hồ sơ;\n"
    assert joined_items(text) == "2. Kiểm tra\n\nA. Nhiệm vụ chung\n\n- Rà soát hồ sơ;\n"
