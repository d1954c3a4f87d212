"""The parts of a list item run together on one line (issue 12), read as the lines they were.

Converted legal-database pages and drafters put an item's parts on its heading's line: a unit
heading (`3. Phòng Văn hóa - Xã hội`), then its duties as bullets (` - Chủ trì ...`), lettered
parts (` a) ...`) or sentences (`. Phối hợp với ...`, `; ...`). `item_parts` cuts such a line
where its parts open, each part a `BodyLine` of its own (its `offset` in the line kept): the
unit rules then read the heading and each duty as they read them on lines of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from plan_extract.extract.context import EMPHASIS_TOKENS, PART_MARKS, BodyLine
from plan_extract.extract.nlp import parse_lines

STOPS = frozenset({".", ";"})
_OPENERS = PART_MARKS | STOPS  # a part opens at one only when a word follows it


def _spaced(line: BodyLine, token: int) -> bool:
    """Whether the token stands between white space (a bullet, not the dash of `5-7`)."""
    at = line.parse.offsets[token]
    end = at + len(line.parse.words[token])
    text = line.text
    return at > 0 and text[at - 1].isspace() and end < len(text) and text[end].isspace()


def _next_word(line: BodyLine, token: int) -> int | None:
    """The first token after `token` that is no emphasis mark, None at the line's end."""
    words = line.parse.words
    token += 1
    while token < len(words) and words[token] in EMPHASIS_TOKENS:
        token += 1
    return token if token < len(words) else None


def _capital(line: BodyLine, token: int | None) -> bool:
    return token is not None and line.parse.words[token][:1].isupper()


def cuts(
    line: BodyLine,
    start: int,
    inside: Callable[[], frozenset[int]],
    bullets_only: bool = False,
    clauses: bool = False,
) -> list[int]:
    """Character offsets where the parts of the line's text from token `start` on open: a
    bullet between spaces before a capital (` - Chủ trì`, kept as the part's mark; not `kinh
    tế - xã hội`, `2026 - 2030`), unless `bullets_only` an item's letter (` b) `, kept) and a
    stop or semicolon before a capital (`. Phối hợp`, the part starting at its word), with
    `clauses` a semicolon before any word (`...; chỉ đạo ...`: the clauses of a heading's duties
    run on after its colon); never inside brackets nor inside a unit's name (the tokens
    `inside` gives, `Phòng Văn hóa - Xã hội`: asked once, only where a part would open, most
    items have none)."""
    words, offsets = line.parse.words, line.parse.offsets
    found: list[int] = []
    names: frozenset[int] | None = None
    depth = 0
    for token in range(start, len(words)):
        word = words[token]
        if word == "(":
            depth += 1
        elif word == ")" and depth:
            depth -= 1
        if depth:
            continue
        if word in PART_MARKS and _spaced(line, token) and _capital(line, _next_word(line, token)):
            cut = offsets[token]
        elif bullets_only:
            continue
        elif word in STOPS and _stop_opens(line, token, clauses):
            cut = offsets[token] + 1
        elif word == ")" and token > start and _letter(line, token - 1):
            cut = offsets[token - 1]
        else:
            continue
        if names is None:
            names = inside()
        if token not in names:
            found.append(cut)
    return found


def may_cut(line: BodyLine, start: int) -> bool:
    """Whether `cuts` may find a part opening at or after token `start`: the line holds, from
    there on, a bullet or a stop with a token after it, or a closing bracket. A test in C of the
    tokens, for the many items holding none (`cuts` from any later token finds none either)."""
    words = line.parse.words
    return not (_OPENERS.isdisjoint(words[start:-1]) and ")" not in words[start:])


def _stop_opens(line: BodyLine, token: int, clauses: bool) -> bool:
    """Whether the stop or semicolon at `token` opens a part: before a capital; with `clauses`
    a semicolon before any word."""
    following = _next_word(line, token)
    if clauses and line.parse.words[token] == ";":
        return following is not None
    return _capital(line, following)


def _letter(line: BodyLine, token: int) -> bool:
    """`b` of ` b)`: one lower-case letter after white space."""
    word = line.parse.words[token]
    at = line.parse.offsets[token]
    alone = at > 0 and line.text[at - 1].isspace()
    return len(word) == 1 and word.isalpha() and word.islower() and alone


def item_parts(line: BodyLine, offsets: list[int]) -> list[BodyLine]:
    """The line cut at the character `offsets`, each piece a line of its own (white space
    around it dropped, its `offset` in the line kept); pieces without words left out."""
    return parsed_pieces(line, item_pieces(line, offsets))


def later_parts(line: BodyLine, offsets: list[int]) -> list[BodyLine]:
    """The parts of `item_parts` after the first, which is not parsed: the clauses run on
    after a heading or a duty's first clause, read apart from it (a piece parses alone as in
    a batch, so leaving the first out changes no other piece's parse)."""
    return parsed_pieces(line, item_pieces(line, offsets)[1:])


def item_pieces(line: BodyLine, offsets: list[int]) -> list[tuple[int, str]]:
    """The pieces `item_parts` makes of the line, not yet parsed: where each starts in the
    line's text, and its text."""
    bounds = [0, *offsets, len(line.text)]
    pieces: list[tuple[int, str]] = []
    for first, last in pairwise(bounds):
        text = line.text[first:last]
        stripped = text.lstrip()
        at = first + len(text) - len(stripped)
        stripped = stripped.rstrip()
        if any(ch.isalnum() for ch in stripped):
            pieces.append((at, stripped))
    return pieces


def parsed_pieces(line: BodyLine, pieces: list[tuple[int, str]]) -> list[BodyLine]:
    """`pieces` of the line (`item_pieces`), each parsed, a line of its own. A line is parsed
    alone as in a batch (`parse_lines`): the first piece may be parsed first, to read whether
    the others are wanted."""
    parses = parse_lines(text for _, text in pieces)
    return [
        replace(line, text=text, parse=parse, offset=line.offset + at)
        for (at, text), parse in zip(pieces, parses, strict=True)
    ]
