"""Whether a line goes on with one cut before its sentence's end (plan_extract.core.cut_lines,
data/cut_lines.yaml: the owner of the words, shared with the read stage's table cells), though it
opens with a capital (`... Phụ nữ tỉnh,` / `Tỉnh Đoàn tổ chức ...`, `... từ` / `Quý II đến Quý
IV năm 2026.`), or with a figure across a blank line, also after a word a target's figure
follows (`... còn` / blank / `3,5% ...`). The joiner (joining.py) asks; this stage checks the
data file's examples."""

from __future__ import annotations

import re
from functools import cache

from plan_extract.core.cut_lines import CUT_LINES, ends_cut, ends_with_word
from plan_extract.core.text import is_all_caps
from plan_extract.normalize.vocabulary import alternatives, misjoined


@cache
def _clause_lead() -> re.Pattern[str]:
    leads = alternatives(CUT_LINES.load().clause_leads)
    return re.compile(rf"[-+*\s]*(?:{leads})(?!\w)", re.IGNORECASE)


def continues_cut_line(before: str, text: str) -> bool:
    """Whether `text` goes on with `before`, cut before its end (`ends_cut`): a line opening
    with a capital, not a title in capitals nor after the comma ending a preamble clause (the
    sentence naming the plan opens with its issuer), or with a figure, which may also follow a
    word a target's figure follows (`... còn` / `3,5% ...`). Other elements (bullets, numbered
    lines, a basis item, the closing) are the joiner's to tell."""
    end = before.rstrip()
    if text[:1].isdigit():
        return ends_cut(end) or ends_with_word(end, "figure_leads")
    if end.endswith(",") and _clause_lead().match(before) is not None:
        return False  # `Để chủ động ...,` / `Ủy ban nhân dân xã ... xây dựng Kế hoạch ...`
    return text[:1].isupper() and not is_all_caps(text) and ends_cut(end)


CUT_LINES.examples_checked_by(lambda data: misjoined(data.examples, continues_cut_line))
