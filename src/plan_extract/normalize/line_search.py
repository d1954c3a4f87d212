"""The lines where a fix can apply, found by one search over all of them joined: most of a
plan's lines hold nothing a fix reads, and a regex run once in C over the whole text passes
them by far faster than a call per line."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate


def mend_found_lines(
    texts: list[str], cues: tuple[re.Pattern[str], ...], mend: Callable[[str], str]
) -> list[str]:
    """`mend` of each text in which one of `cues` finds a match, the others kept as they are.
    A cue must match only within a line (the texts are joined by line breaks) and wherever
    `mend` may change the line."""
    joined = "\n".join(texts)
    found = [match.start() for cue in cues for match in cue.finditer(joined)]
    if not found:
        return list(texts)
    starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
    chosen = {bisect_right(starts, at) - 1 for at in found}
    return [mend(text) if i in chosen else text for i, text in enumerate(texts)]
