"""A line's tokens as the rules read them: the part of spaCy's `Doc`, `Token` and `Span` they use
(text, index, offset, trailing space, lower case, digit and letter tests, slices and their text),
on plain Python lists.

Building a spaCy Doc for each line the rules look into cost more than the rest of the token
layer together (a Doc, its Token objects and their lexemes for every body line of every plan);
the rules need none of what a Doc adds (vectors, annotations, serialization). Each attribute
answers exactly what spaCy's does for the same words and spaces
(tests/extract/test_line_tokens.py compares them).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import overload


class Token:
    """One token of a line: spaCy's `Token` attributes the rules read."""

    __slots__ = ("i", "idx", "text", "whitespace_")

    def __init__(self, i: int, text: str, idx: int, space: bool) -> None:
        self.i = i
        self.text = text
        self.idx = idx  # its first character in the line's token text
        self.whitespace_ = " " if space else ""

    @property
    def lower_(self) -> str:
        return self.text.lower()

    @property
    def is_digit(self) -> bool:
        return self.text.isdigit()

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()

    def __len__(self) -> int:
        return len(self.text)


class TokenSpan:
    """Tokens [start, end) of a line, as spaCy's `Span`: iterable, with its text."""

    __slots__ = ("_end", "_start", "_tokens")

    def __init__(self, tokens: LineTokens, start: int, end: int) -> None:
        self._tokens, self._start, self._end = tokens, start, end

    def __len__(self) -> int:
        return self._end - self._start

    def __iter__(self) -> Iterator[Token]:
        tokens = self._tokens
        return (tokens[i] for i in range(self._start, self._end))

    @property
    def text(self) -> str:
        """The tokens with the spaces between them, none after the last (as spaCy's)."""
        tokens = self._tokens
        parts = []
        for i in range(self._start, self._end):
            parts.append(tokens.words[i])
            if tokens.spaces[i] and i + 1 < self._end:
                parts.append(" ")
        return "".join(parts)


class LineTokens:
    """A line's tokens, indexed and sliced as a spaCy `Doc` (negative indices count from the
    end; a slice past either end is cut to the line)."""

    __slots__ = ("_made", "offsets", "spaces", "words")

    def __init__(
        self, words: tuple[str, ...], spaces: list[bool], offsets: tuple[int, ...]
    ) -> None:
        self.words = words
        self.spaces = spaces
        self.offsets = offsets
        self._made: dict[int, Token] = {}

    def __len__(self) -> int:
        return len(self.words)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> TokenSpan: ...

    def __getitem__(self, index: int | slice) -> Token | TokenSpan:
        if isinstance(index, slice):
            if index.step not in (None, 1):
                raise ValueError("token slices take no step")
            start, end, _ = index.indices(len(self.words))
            return TokenSpan(self, start, max(start, end))
        if index < 0:
            index += len(self.words)
        token = self._made.get(index)
        if token is None:
            if not 0 <= index < len(self.words):
                raise IndexError("token index out of range")
            token = Token(index, self.words[index], self.offsets[index], self.spaces[index])
            self._made[index] = token
        return token

    def __iter__(self) -> Iterator[Token]:
        return (self[i] for i in range(len(self.words)))

    @property
    def text(self) -> str:
        """The tokens with a space after each that has one (spaCy's `Doc.text`)."""
        return "".join(
            word + " " if space else word
            for word, space in zip(self.words, self.spaces, strict=True)
        )
