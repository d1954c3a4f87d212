"""Vietnamese numerals: decimal comma (`1,4`), thousands dot (`100.000`), leading zeros (`04`)."""

from __future__ import annotations

import re

NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def parse_number(text: str) -> int | float | None:
    """The value of a Vietnamese numeral, or None when `text` is not one."""
    if not NUMBER.match(text):
        return None
    if _THOUSANDS.match(text):
        return int(text.replace(".", ""))
    if text.count(",") + text.count(".") > 1:
        whole, _, fraction = text.replace(".", "").rpartition(",")
        text = f"{whole}.{fraction}" if whole else fraction
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() and "," not in text and "." not in text else value
