"""A text plan rewritten as a writer's habit, an editor or a converter from Word rewrites it
(issue 12, variants): the same plan, so it must read the same.

- Bullets: a plan's lists open with `-`, and the list under a bullet with `+` (docs/domain.md,
  "The parts of the document"); a converter from Word prints its list bullets as `•` and `o`,
  a PDF converter as `●` and `▪`, another writer types `+` over `-`, or an en dash `–` and
  `*`, and a converter to Markdown writes `*` for the `-` (CommonMark's list marker). Only the
  glyph that opens a line is changed, one glyph for each level, so the nesting stays as plain
  as it was; a dash inside a line (`Sở Lao động - Thương binh và Xã hội`) is left alone.
- Indentation: a converter prints a paragraph's first-line indent as a tab or spaces before
  each line of text.
- Spaces: Word exports a no-break space where the writer typed one (`02 lớp`, `Số: 12`), and
  writers type two spaces after a sentence or between words.
- Tone placement: the older orthography, which many offices still type, sets the tone of an
  open syllable in `oa`, `oe`, `uy` on its second vowel (`hoà`, `khoẻ`, `Uỷ`, `thuỷ`), the
  newer on its first (`hòa`, `khỏe`, `Ủy`, `thủy`), the spelling the plan's JSON gives
  (corpus/ANNOTATION.md, Header: new tone placement); a plan typed in either reads the same.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

# each level's glyph, as the writer or converter prints it
WORD_BULLETS: Mapping[str, str] = {"-": "•", "+": "o"}  # Word's list glyphs, as text
PDF_BULLETS: Mapping[str, str] = {"-": "●", "+": "▪"}  # a PDF converter's glyphs
SWAPPED_BULLETS: Mapping[str, str] = {"-": "+", "+": "-"}  # a writer who opens with `+`
DASH_BULLETS: Mapping[str, str] = {"-": "–", "+": "*"}  # an en dash, then a star
STAR_BULLETS: Mapping[str, str] = {"-": "*", "+": "+"}  # Markdown's `*` list marker (markdownify)
# a list item opens with a capital (a sentence, a body's name); a dash before a word in lower
# case or a figure opening a line goes on a wrapped line (`chính trị` / `- xã hội`, `05` /
# `- 06%/năm`), and is no bullet
_BULLET_LINE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<glyph>[-+])(?P<space>[ \t]+)(?P<marks>[*_]*)(?P<first>\w)"
)
# a table row, a Markdown heading (no paragraph: a converter that prints indents prints no
# `#`), a blank line
_NOT_PARAGRAPH = re.compile(r"^\s*(\||#|$)")
_INNER_SPACE = re.compile(r"(?<=\S) (?=\S)")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
# an open syllable whose last two letters are `oa`, `oe` or `uy` (marks aside), after its
# initial consonant's letters (no vowel, no figure), not after `q` (in `quý` the `u` is the
# initial's, the tone is on `y` in both orthographies)
_OPEN_GLIDE = re.compile(r"[^\W\d_aeiouy]*(?<!q)(?:oa|oe|uy)", re.IGNORECASE)
_LETTERS = re.compile(r"\w+")


def bullets_as(text: str, glyphs: Mapping[str, str]) -> str:
    """Every line that opens with a bullet `-` or `+` (then a space and a capital) opened by
    the glyph `glyphs` gives for it instead; nothing else changed."""

    def swap(found: re.Match[str]) -> str:
        if not found["first"].isupper():
            return found[0]
        return (
            found["indent"]
            + glyphs[found["glyph"]]
            + found["space"]
            + found["marks"]
            + found["first"]
        )

    return "\n".join(_BULLET_LINE.sub(swap, line, count=1) for line in text.split("\n"))


def indented(text: str, indent: str) -> str:
    """Every paragraph's line (not a blank line, a table row or a Markdown heading) with
    `indent` before it."""
    return "\n".join(
        line if _NOT_PARAGRAPH.match(line) else indent + line for line in text.split("\n")
    )


def odd_spaced(text: str) -> str:
    """In each line, of every three spaces between two words, the second doubled and the third
    a no-break space; spaces at a line's ends as they were."""

    def respace(line: str) -> str:
        count = 0

        def one(_: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return "\u00a0" if count % 3 == 0 else "  " if count % 3 == 2 else " "

        return _INNER_SPACE.sub(one, line)

    return "\n".join(respace(line) for line in text.split("\n"))


def tones_flipped(text: str) -> str:
    """Every word an open `oa`, `oe` or `uy` syllable with its tone on the other vowel: on the
    second where the newer orthography sets it on the first (`hòa` → `hoà`, `Ủy` → `Uỷ`), on
    the first where the older sets it on the second (`khoẻ` → `khỏe`); nothing else changed."""
    return _LETTERS.sub(lambda found: _flipped(found[0]), text)


def _flipped(word: str) -> str:
    letters = unicodedata.normalize("NFD", word)
    bare = "".join(ch for ch in letters if not unicodedata.combining(ch))
    if not _OPEN_GLIDE.fullmatch(bare):
        return word
    clusters = _clusters(letters)
    toned = [at for at in (-2, -1) if _TONES & set(clusters[at])]
    marks = [ch for cluster in clusters[-2:] for ch in cluster[1:] if ch not in _TONES]
    if len(toned) != 1 or marks:
        return word  # no tone, or a glide with its own marks (`oă`): not the rule's
    tone = next(ch for ch in clusters[toned[0]] if ch in _TONES)
    clusters[toned[0]] = clusters[toned[0]].replace(tone, "")
    clusters[-3 - toned[0]] += tone  # the other of the last two letters
    return unicodedata.normalize("NFC", "".join(clusters))


def _clusters(letters: str) -> list[str]:
    """A decomposed word as its letters, each with its marks."""
    out: list[str] = []
    for ch in letters:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out
