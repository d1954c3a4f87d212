"""Spelling folds used for matching: old and new tone placement, dash kinds, spaces.

`fold` keeps the length of the text, so offsets found in the folded text are offsets in the
original line too.
"""

from __future__ import annotations

import re
import unicodedata

# Old-style tone placement (hoá, uỷ) to the modern one (hóa, ủy): swap the tone onto the first
# vowel of the pair. Two characters become two characters.
_TONES = "̣̀́̉̃"
_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "−": "-", "\u00a0": " ", "\t": " "})


def _retone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    base = unicodedata.normalize("NFD", second)
    tone = base[1:]
    return unicodedata.normalize("NFC", first + tone) + base[0]


_TONED = "".join(unicodedata.normalize("NFC", v + t) for v in "aeyAEY" for t in _TONES)
_OLD_TONE = re.compile(f"(?<![qQgG])([oOuU])([{_TONED}])(?![\\w])")


def fold(text: str) -> str:
    """Same length as `text`; modern tone marks, `-` for every dash, spaces for tabs."""
    text = text.translate(_DASHES)
    return _OLD_TONE.sub(_retone, text)


def slug(name: str) -> str:
    """`Phòng Văn hóa - Xã hội` → `phong-van-hoa-xa-hoi`."""
    decomposed = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def squash(text: str) -> str:
    """Collapse runs of white space and strip markdown emphasis."""
    return re.sub(r"\s+", " ", text.replace("**", "").replace("*", "")).strip()
