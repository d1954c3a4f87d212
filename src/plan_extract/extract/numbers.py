"""Vietnamese numerals: decimal comma (`1,4`), thousands dot (`100.000`), leading zeros (`04`)."""

from __future__ import annotations

import re

NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_MAX_CHARS = 24  # longer digit strings (a code, a run of digits) are no figure of a plan
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def parse_number(text: str) -> int | float | None:
    """The value of a Vietnamese numeral, or None when `text` is not one."""
    if len(text) > _MAX_CHARS or not NUMBER.match(text):
        return None
    if _THOUSANDS.match(text):
        return int(text.replace(".", ""))
    if text.count(",") + text.count(".") > 1:
        whole, _, fraction = text.replace(".", "").rpartition(",")
        if "," in whole:  # `6,3,6`: several decimal commas make no numeral
            return None
        text = f"{whole}.{fraction}" if whole else fraction
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() and "," not in text and "." not in text else value
