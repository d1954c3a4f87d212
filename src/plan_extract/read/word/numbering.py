"""Word's automatic numbering (word/numbering.xml) turned back into the numbers Word displays.

python-docx gives a numbered paragraph's text without its number ("MỤC TIÊU" for "II. MỤC
TIÊU"), yet the section tree depends on it. A paragraph refers to a numbering instance (`numId`)
and a level (`ilvl`); the instance points to an abstract numbering whose levels give the start
value, the format (upperRoman, decimal, lowerLetter, bullet...) and the level text (`%1.`,
`%1.%2.`); an abstract numbering that links to a list style (`numStyleLink`) takes the
levels, and the counters, of the one the style's instance points to. Counters are kept per
abstract numbering, as Word does, and an instance's `lvlOverride/startOverride` restarts a
level the first time that instance is used. Levels and
start values are held to Word's own ranges (levels 0 to 8, starts 0 to 32767): a file that says
otherwise cannot make a number longer, or a level deeper, than Word would show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from plan_extract.core.numerals import to_roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_LEVEL = 8
MAX_START = 32767


@dataclass(frozen=True, slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    legal: bool = False


@dataclass(slots=True)
class Instance:
    abstract_id: str
    overrides: dict[int, Level] = field(default_factory=dict)
    start_overrides: dict[int, int] = field(default_factory=dict)
    used: bool = False


def _val(element: Any, name: str) -> str | None:
    child = element.find(W + name) if element is not None else None
    if child is None:
        return None
    value = child.get(W + "val")
    return None if value is None else str(value)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def level_index(value: str | None) -> int | None:
    """A level number (`ilvl`) Word knows, 0 to 8; None for any other."""
    level = _int(value, 0)
    return level if 0 <= level <= MAX_LEVEL else None


def _start(value: str | None) -> int:
    return min(max(_int(value, 1), 0), MAX_START)


def _level(lvl: Any) -> Level:
    legal = lvl.find(W + "isLgl")
    return Level(
        start=_start(_val(lvl, "start")),
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        suffix=_val(lvl, "suff") or "tab",
        legal=legal is not None and legal.get(W + "val") not in ("0", "false"),
    )


def _levels(container: Any) -> dict[int, Level]:
    levels = ((level_index(lvl.get(W + "ilvl")), lvl) for lvl in container.findall(W + "lvl"))
    return {index: _level(lvl) for index, lvl in levels if index is not None}


def to_letters(number: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa..."""
    if number <= 0:
        return str(number)
    letter = chr(ord("a") + (number - 1) % 26)
    return letter * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    formats: dict[str, Callable[[int], str]] = {
        "upperRoman": to_roman,
        "lowerRoman": lambda n: to_roman(n).lower(),
        "upperLetter": lambda n: to_letters(n).upper(),
        "lowerLetter": to_letters,
        "decimalZero": lambda n: f"{n:02d}",
    }
    return formats.get(fmt, str)(number)


class Numbering:
    """The numbering definitions of one document and the running counters."""

    def __init__(self, root: Any | None, styles: Any | None = None) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._instances: dict[str, Instance] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        linked: dict[str, str] = {}  # abstract id -> the list style it takes its levels from
        for abstract in root.findall(W + "abstractNum"):
            abstract_id = str(abstract.get(W + "abstractNumId"))
            self._abstract[abstract_id] = _levels(abstract)
            link = _val(abstract, "numStyleLink")
            if link is not None:
                linked[abstract_id] = link
        for num in root.findall(W + "num"):
            instance = Instance(abstract_id=_val(num, "abstractNumId") or "")
            for override in num.findall(W + "lvlOverride"):
                ilvl = level_index(override.get(W + "ilvl"))
                if ilvl is None:
                    continue
                start = _val(override, "startOverride")
                if start is not None:
                    instance.start_overrides[ilvl] = _start(start)
                lvl = override.find(W + "lvl")
                if lvl is not None:
                    instance.overrides[ilvl] = _level(lvl)
            self._instances[str(num.get(W + "numId"))] = instance
        for abstract_id, style_id in linked.items():
            target = self._list_style_abstract(style_id, styles)
            if target is not None and target != abstract_id:
                for instance in self._instances.values():
                    if instance.abstract_id == abstract_id:
                        instance.abstract_id = target

    def _list_style_abstract(self, style_id: str, styles: Any | None) -> str | None:
        """The abstract numbering a list style (`numStyleLink`) stands for: the style's own
        numbering instance's. A list defined by a list style has no levels of its own, and
        every list of that style counts on together, as Word shows them."""
        if styles is None:
            return None
        for style in styles.findall(W + "style"):
            if style.get(W + "styleId") != style_id or style.get(W + "type") != "numbering":
                continue
            num_id = style.find(f"{W}pPr/{W}numPr/{W}numId")
            instance = (
                self._instances.get(str(num_id.get(W + "val"))) if num_id is not None else None
            )
            return instance.abstract_id if instance is not None else None
        return None

    def _definition(self, instance: Instance, ilvl: int) -> Level | None:
        if ilvl in instance.overrides:
            return instance.overrides[ilvl]
        return self._abstract.get(instance.abstract_id, {}).get(ilvl)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the list and return the paragraph's visible label ("II.", "1.2.", "a)", "-"),
        None when the paragraph is not numbered (numId 0 or unknown)."""
        instance = self._instances.get(num_id)
        if instance is None:
            return None
        level = self._definition(instance, ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(instance.abstract_id, {})
        if not instance.used:
            instance.used = True
            for restarted, start in instance.start_overrides.items():
                counters[restarted] = start - 1
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = level.start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return level.text or None
        text = level.text
        for k in range(ilvl, -1, -1):
            placeholder = f"%{k + 1}"
            if placeholder not in text:
                continue
            definition = self._definition(instance, k) or Level()
            value = counters.get(k, definition.start)
            fmt = "decimal" if level.legal and k < ilvl else definition.fmt
            text = text.replace(placeholder, format_number(value, fmt))
        return text or None
