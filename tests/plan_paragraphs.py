"""Whole paragraphs of a commune's plan, a line each, for the joining tests to set the lines
they test among (tests/normalize/test_blank_figures.py, test_figure_bullets.py): enough text
to show how a document separates its paragraphs, or, hard-wrapped, its wrap width."""

from __future__ import annotations

PARAGRAPHS = [
    "Ủy ban nhân dân xã triển khai đồng bộ các nhiệm vụ, giải pháp nhằm nâng cao đời sống "
    "vật chất và tinh thần của nhân dân trên địa bàn xã trong năm 2026.",
    "Các thôn chủ động xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian "
    "hoàn thành và kết quả đầu ra của từng nhiệm vụ được giao.",
    "Phòng Văn hóa - Xã hội tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân xã theo quy định.",
]
CLOSING = "Các thôn báo cáo kết quả về Ủy ban nhân dân xã."  # the last paragraph
