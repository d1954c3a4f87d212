"""Glyphs a PDF's fonts do not name, identified by OCR of the same pages.

A font without any Unicode information (Word's CID subsets keep neither a cmap nor glyph names)
still draws each letter with one glyph everywhere. The text layer gives the glyphs, exact
positions and word breaks; OCR of the rendered page gives letters, with occasional misreadings.
Each text-layer word holding unnamed glyphs (placeholders, see `pdf_fonts`) is paired with the
OCR word at the same place; when both have the same length and agree on the letters the text
layer does know, every placeholder gets the OCR letter at its position as a vote. A glyph takes
the letter most of its occurrences vote for, so a misreading here and there is outvoted; an
accented letter built from parts takes its parts' letters (`_by_structure`).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import replace

from plan_extract.read.pdf.fonts import (
    PLACEHOLDER_BASE,
    UNKNOWN,
    FontTable,
    GlyphShape,
    is_placeholder,
    standard_order_letter,
)
from plan_extract.read.pdf.page_layout import Word, text_of

Votes = defaultdict[str, Counter[str]]


def new_votes() -> Votes:
    return defaultdict(Counter)


def has_placeholders(words: list[Word]) -> bool:
    """A placeholder in any word (`is_placeholder`: the characters from PLACEHOLDER_BASE up),
    looked for in the words' text joined (one search of a character range for the page, a
    third of the time of its `max`)."""
    return _PLACEHOLDER.search(text_of(words, "")) is not None


_PLACEHOLDER = re.compile(f"[{chr(PLACEHOLDER_BASE)}-{chr(sys.maxunicode)}]")


def _overlap(a: Word, b: Word) -> float:
    """Shared area over the smaller box's area (0 when the boxes do not meet)."""
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.bottom, b.bottom) - max(a.top, b.top)
    if width <= 0 or height <= 0:
        return 0.0
    smaller = min((a.x1 - a.x0) * (a.bottom - a.top), (b.x1 - b.x0) * (b.bottom - b.top))
    return width * height / max(smaller, 1e-6)


def cast_votes(text_words: list[Word], ocr_words: list[Word], votes: Votes) -> None:
    """Votes from one page: its text-layer words against its OCR words."""
    for word in text_words:
        if not any(is_placeholder(char) for char in word.text):
            continue
        best = max(ocr_words, key=lambda other: _overlap(word, other), default=None)
        if best is None or _overlap(word, best) < 0.5:
            continue
        read = unicodedata.normalize("NFC", best.text)
        if len(read) != len(word.text):
            continue
        pairs = list(zip(word.text, read, strict=True))
        if any(not is_placeholder(mine) and mine != seen for mine, seen in pairs):
            continue
        for mine, seen in pairs:
            if is_placeholder(mine):
                votes[mine][seen] += 1


def _top(counts: Counter[str]) -> str:
    """The most voted letter, ties broken by the letter (deterministic)."""
    return min(counts.items(), key=lambda item: (-item[1], item[0]))[0]


def solve(votes: Votes, origins: Mapping[str, tuple[FontTable, int]]) -> dict[str, str]:
    """Each placeholder's letter: the most voted, unless its glyph is a composite whose parts
    are all identified, when the parts decide (see `_by_structure`). Fonts that number their
    glyphs alike (the regular and bold subsets of one family) pool their votes, so a glyph
    without votes of its own may take its letter from another font of the pool."""
    fonts: dict[int, tuple[FontTable, dict[int, Counter[str]]]] = {}
    for glyph, (table, code) in origins.items():
        fonts.setdefault(id(table), (table, {}))[1][code] = votes.get(glyph, Counter())
    letters: dict[int, dict[int, str]] = {}
    for tables, glyphs in _pool(list(fonts.values())):
        found = {code: _top(counts) for code, counts in glyphs.items() if counts}
        if tables[0].cid:
            known = {code: text for table in tables for code, text in table.by_code.items()}
            found.update(_by_structure(tables, glyphs, {**known, **found}))
            found = {**_standard_order(found, glyphs), **found}
        for table in tables:
            letters[id(table)] = found
    solution = {glyph: letters[id(table)].get(code) for glyph, (table, code) in origins.items()}
    return {glyph: letter for glyph, letter in solution.items() if letter is not None}


def _standard_order(found: dict[int, str], glyphs: dict[int, Counter[str]]) -> dict[int, str]:
    """Letters for glyphs without votes from the standard Macintosh glyph order, when the
    font follows it: 20 or more voted glyph ids in its range, 95% of them as it says."""
    voted = [(gid, letter) for gid, letter in found.items() if standard_order_letter(gid)]
    agree = sum(1 for gid, letter in voted if standard_order_letter(gid) == letter)
    if len(voted) < 20 or agree < 0.95 * len(voted):
        return {}
    letters = {gid: standard_order_letter(gid) for gid in glyphs if gid not in found}
    return {gid: letter for gid, letter in letters.items() if letter is not None}


def _pool(
    fonts: list[tuple[FontTable, dict[int, Counter[str]]]],
) -> list[tuple[list[FontTable], dict[int, Counter[str]]]]:
    """CID fonts grouped when their glyph ids mean the same letters: on the glyphs both have
    votes for, at least 8, the most voted letters agree for 80% or more."""
    groups: list[tuple[list[FontTable], dict[int, Counter[str]]]] = []
    for table, glyphs in fonts:
        for tables, merged in groups:
            if table.cid and tables[0].cid and _agree(glyphs, merged):
                tables.append(table)
                for code, counts in glyphs.items():
                    merged.setdefault(code, Counter()).update(counts)
                break
        else:
            groups.append(([table], {code: Counter(counts) for code, counts in glyphs.items()}))
    return groups


def _agree(one: dict[int, Counter[str]], other: dict[int, Counter[str]]) -> bool:
    common = [code for code, counts in one.items() if counts and other.get(code)]
    same = sum(1 for code in common if _top(one[code]) == _top(other[code]))
    return len(common) >= 8 and same >= 0.8 * len(common)


def _by_structure(
    tables: list[FontTable], glyphs: dict[int, Counter[str]], letters: dict[int, str]
) -> dict[int, str]:
    """Letters of composite glyphs (a base letter and its marks) from their parts.

    OCR misreads some accents of a letter the same way every time (the hook above of "ổ" lost,
    read "ô"), which votes cannot outvote. But fonts build accented letters from shared parts:
    the marks are identified by majority over every composite that uses them (each vote whose
    letter has the composite's base and as many marks as it has), then each composite reads as
    its base letter with its marks."""
    mark_votes: defaultdict[int, Counter[str]] = defaultdict(Counter)
    shapes = {gid: _shape(tables, gid) for gid in glyphs}
    letters = {**_base_letters(shapes, glyphs), **letters}
    for gid, counts in glyphs.items():
        shape = shapes[gid]
        base = letters.get(shape.components[0]) if shape.components else None
        if base is None:
            continue
        for letter, count in counts.items():
            for mark_gid, mark in _marks(shape, base, letter):
                mark_votes[mark_gid][mark] += count
    marks = {gid: _top(counts) for gid, counts in mark_votes.items()}
    voted = dict(marks)
    for shape in shapes.values():
        for part in shape.components[1:]:
            if part not in marks:
                twin = _same_shape(tables, part, voted)
                if twin is not None:
                    marks[part] = twin
    result = {}
    for gid, shape in shapes.items():
        parts = [letters.get(shape.components[0]) if shape.components else None]
        parts += [marks.get(part) for part in shape.components[1:]]
        if shape.components and all(part is not None for part in parts):
            result[gid] = unicodedata.normalize("NFC", "".join(part or "" for part in parts))
    return result


def _base_letters(shapes: dict[int, GlyphShape], glyphs: dict[int, Counter[str]]) -> dict[int, str]:
    """Letters of base glyphs seen only inside composites: the letters voted for the
    composites, without as many trailing marks as the composite has mark parts."""
    votes: defaultdict[int, Counter[str]] = defaultdict(Counter)
    for gid, counts in glyphs.items():
        parts = len(shapes[gid].components) - 1
        if parts < 1:
            continue
        for letter, count in counts.items():
            decomposed = unicodedata.normalize("NFD", letter)
            if len(decomposed) > parts:
                base = unicodedata.normalize("NFC", decomposed[:-parts])
                votes[shapes[gid].components[0]][base] += count
    return {gid: _top(counts) for gid, counts in votes.items()}


def _same_shape(tables: list[FontTable], gid: int, marks: dict[int, str]) -> str | None:
    """The mark drawn like this one: fonts draw a mark again, flatter, for capitals (the hook
    above of "Ể"), and such a mark may have no vote of its own. Silhouettes (stretched over
    the same grid) are compared by overlap over union: the closest known mark decides if it
    overlaps by 65% or more and by 15 points more than any mark of another letter."""
    mine = _silhouette(tables, gid)
    if not mine:
        return None
    best: dict[str, float] = {}
    for other, letter in sorted(marks.items()):
        theirs = _silhouette(tables, other)
        if theirs:
            overlap = len(mine & theirs) / len(mine | theirs)
            best[letter] = max(best.get(letter, 0.0), overlap)
    ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < 0.65:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.15:
        return None
    return ranked[0][0]


def _silhouette(tables: list[FontTable], gid: int) -> frozenset[tuple[int, int]] | None:
    for table in tables:
        silhouette = table.glyphs.silhouette(gid)
        if silhouette:
            return silhouette
    return None


def _shape(tables: list[FontTable], gid: int) -> GlyphShape:
    """The glyph's composition in the first subset of the group that has it."""
    for table in tables:
        shape = table.glyphs.shape(gid)
        if shape.components:
            return shape
    return GlyphShape()


def _marks(shape: GlyphShape, base: str, letter: str) -> list[tuple[int, str]]:
    """The composite's mark glyphs paired with the combining marks `letter` adds to `base`;
    empty when the letter does not fit the composite. Marks below the letter (canonical
    combining class 220) pair with the parts drawn below the baseline, the others in order."""
    decomposed, base_decomposed = (unicodedata.normalize("NFD", text) for text in (letter, base))
    rest = decomposed[len(base_decomposed) :]
    parts = list(zip(shape.components[1:], shape.below[1:], strict=True))
    if not decomposed.startswith(base_decomposed) or len(rest) != len(parts):
        return []
    if not all(unicodedata.combining(mark) for mark in rest):
        return []
    below = [mark for mark in rest if unicodedata.combining(mark) == 220]
    above = [mark for mark in rest if unicodedata.combining(mark) != 220]
    if len(below) != sum(1 for _, under in parts if under):
        return []
    return [(gid, below.pop(0) if under else above.pop(0)) for gid, under in parts]


def decipher(words: list[Word], solution: dict[str, str]) -> list[Word]:
    """The words with their placeholders replaced; one without a solution becomes U+FFFD."""
    result = []
    for word in words:
        if any(is_placeholder(char) for char in word.text):
            text = "".join(
                solution.get(char, UNKNOWN) if is_placeholder(char) else char for char in word.text
            )
            word = replace(word, text=text)
        result.append(word)
    return result
