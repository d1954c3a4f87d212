"""A converter's list glyphs as the bullets a plan types (data/normalize/bullet_glyphs.yaml):
Word's text export prints its list levels as `•`, `o`, `§`, `Ø`, a PDF converter as `●`, `◦`,
`▪`, `➢`; each is mapped onto the canonical glyph of its level (core/text.py `BULLETS`), one
character for one, so that every later stage reads one set of bullets and every span and column
stays where it was."""

from __future__ import annotations

from pydantic import model_validator

from plan_extract.core.knowledge import Example, Knowledge, data_file
from plan_extract.core.text import BULLETS
from plan_extract.normalize.vocabulary import misread


class BulletExample(Example):
    normalized: str | None  # the line with its glyph mapped; None: left alone

    @property
    def negative(self) -> bool:
        return self.normalized is None


class BulletGlyphs(Knowledge):
    glyphs: dict[str, str]  # a converter's glyph → the canonical bullet of its level
    before_capital: list[str]  # glyphs that are letters too: a bullet only before a capital
    examples: list[BulletExample]

    @model_validator(mode="after")
    def _one_character_each(self) -> BulletGlyphs:
        for glyph, bullet in self.glyphs.items():
            if len(glyph) != 1 or glyph in BULLETS or glyph.isspace():
                raise ValueError(f"{glyph!r}: one character, not a canonical bullet")
            if bullet not in BULLETS or len(bullet) != 1:
                raise ValueError(f"{glyph!r} → {bullet!r}: not one of {BULLETS!r}")
        for glyph in self.before_capital:
            if glyph not in self.glyphs:
                raise ValueError(f"{glyph!r}: a letter glyph not in glyphs")
        return self


BULLET_GLYPHS = data_file("normalize/bullet_glyphs.yaml", BulletGlyphs)


def with_canonical_bullet(text: str) -> str:
    """`text` (a stripped, respelled line: single spaces) with the converter's glyph opening it
    replaced by the canonical bullet of its level, where a space and a word follow the glyph
    (and, for a glyph that is a letter too, a capital: `o Phối hợp ...`, not `o nhỏ`)."""
    if len(text) < 3 or text[1] != " ":
        return text
    data = BULLET_GLYPHS.load()
    bullet = data.glyphs.get(text[0])
    if bullet is None or not text[2].isalnum():
        return text
    if text[0] in data.before_capital and not text[2].isupper():
        return text
    return bullet + text[1:]


def _mapped(text: str) -> str | None:
    mapped = with_canonical_bullet(text)
    return None if mapped == text else mapped


BULLET_GLYPHS.examples_checked_by(
    lambda data: misread(data.examples, _mapped, lambda e: e.normalized)
)
