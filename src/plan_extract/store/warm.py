"""Imported once by the pool's fork server: loads the parser and whatever it loads on first use
(rule tables, language models) by parsing a small plan, so that every worker forked from the
server starts ready, shares that memory, and spends its time limit on its own file only."""

from __future__ import annotations

import contextlib

from plan_extract.store.staging import parse_to_staged

_SAMPLE = """ỦY BAN NHÂN DÂN XÃ MẪU
Số: 1/KH-UBND
KẾ HOẠCH
Thực hiện công tác bình đẳng giới năm 2026
I. MỤC ĐÍCH, YÊU CẦU
II. CHỈ TIÊU
Phấn đấu đạt 75% cơ quan có lãnh đạo chủ chốt là nữ vào năm 2030.
III. TỔ CHỨC THỰC HIỆN
Văn phòng HĐND và UBND xã chủ trì, phối hợp với các ngành thực hiện trước ngày 31/12/2026.
"""

# A parser bug met here is met again, and recorded with its reason, on the first file it hits.
with contextlib.suppress(Exception):
    parse_to_staged(_SAMPLE.encode("utf-8"), "warm-up.txt")
