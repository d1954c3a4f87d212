"""Unicode for embedded TrueType fonts that carry no /ToUnicode map, recovered from the font
program itself.

Word exports often write fonts without a /ToUnicode map: CID fonts (Type0, Identity-H, Identity
CIDToGIDMap, so a character code is a glyph id) and simple TrueType fonts without /Encoding whose
codes are Windows-1252 bytes reached through a symbolic (3,0) cmap at 0xF000 + code. pdfium then
gives, for the CID fonts, chr(glyph id) with a "unicode map error" flag, and for the simple fonts
the Mac Roman reading of the code (or chr(code), flagged). This module finds such fonts once per
document (pdfminer reads the font dictionaries; fontTools the embedded programs) and translates
pdfium's characters of those fonts only:

- a CID font's glyph id → the Unicode its embedded cmap gives the glyph, else the glyph's name
  ('post' table) through the Adobe Glyph List;
- a simple font's code → its glyph through the embedded cmap → Unicode as above, else, when the
  glyph has no meaningful name, the code read as Windows-1252 (Word's code page for these fonts).

A glyph the font program does not name becomes a placeholder (a private-use character of
plane 15, one per font and code), which `glyph_votes` may resolve from OCR of the page; one left
unresolved becomes U+FFFD, so `reader.reads_as_text` sends the page to OCR.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

UNKNOWN = "\ufffd"
PLACEHOLDER_BASE = 0xF0000
SILHOUETTE = 24
_PRIVATE_USE = range(0xE000, 0xF900)


@dataclass(frozen=True, slots=True)
class GlyphShape:
    """How a glyph is built: a composite's component glyph ids (base letter first, then marks),
    each with whether it is drawn below the baseline (a mark under the letter); empty for a
    glyph drawn with its own outline."""

    components: tuple[int, ...] = ()
    below: tuple[bool, ...] = ()


class FontTable:
    """One font's translation, built on first use: `cid` True when pdfium's characters are glyph
    ids, False when they stand for the codes of a simple font."""

    def __init__(self, cid: bool, program: bytes) -> None:
        self.cid = cid
        self.program = program
        self._by_code: dict[int, str] | None = None
        self._glyphs: GlyphUnicodes | None = None

    @property
    def glyphs(self) -> GlyphUnicodes:
        if self._glyphs is None:
            self._glyphs = GlyphUnicodes(self.program)
        return self._glyphs

    @property
    def by_code(self) -> dict[int, str]:
        if self._by_code is None:
            glyphs = self.glyphs
            self._by_code = glyphs.by_gid() if self.cid else glyphs.by_simple_code()
        return self._by_code

    def code(self, char: str, flagged: bool) -> int | None:
        """The character code behind pdfium's character; None when pdfium read it right (a CID
        font's glyph that its embedded cmap names)."""
        if self.cid:
            return ord(char) if flagged else None
        return ord(char) if flagged else _mac_roman_code(char)


def _mac_roman_code(char: str) -> int | None:
    try:
        encoded = char.encode("mac_roman")
    except UnicodeEncodeError:
        return None
    return encoded[0] if len(encoded) == 1 else None


def _untagged(name: str) -> str:
    """The base font name without its subset tag ("KERPTY+TimesNewRomanPSMT")."""
    tag, plus, rest = name.partition("+")
    return rest if plus and len(tag) == 6 and tag.isupper() else name


class GlyphUnicodes:
    """What an embedded TrueType program says about its glyphs' Unicode: its Unicode cmaps
    inverted, then the glyph names through the Adobe Glyph List (private-use results and
    names such as "glyph00054" are no answer)."""

    def __init__(self, program: bytes) -> None:
        from fontTools.ttLib import TTFont

        self.font: Any = None
        self.order: list[str] = []
        self.cmaps: list[Any] = []
        try:
            self.font = TTFont(io.BytesIO(program), lazy=True)
            self.order = self.font.getGlyphOrder()
            self.cmaps = self.font["cmap"].tables if "cmap" in self.font else []
        except Exception:  # fontTools raises many kinds on a damaged program: it tells nothing
            self.font = None
        self.by_name: dict[str, str] = {}
        for table in self.cmaps:
            if table.isUnicode():
                for code, name in sorted(table.cmap.items()):
                    if code not in _PRIVATE_USE:
                        self.by_name.setdefault(name, chr(code))

    def of_name(self, name: str) -> str | None:
        from fontTools.agl import toUnicode

        text = self.by_name.get(name) or toUnicode(name)
        if not text or any(ord(char) in _PRIVATE_USE or is_placeholder(char) for char in text):
            return None
        return unicodedata.normalize("NFC", text)

    def shape(self, gid: int) -> GlyphShape:
        """The glyph's composition (empty for a simple glyph or a font without outlines)."""
        try:
            return self._shape(gid)
        except Exception:  # a damaged glyph table
            return GlyphShape()

    def _shape(self, gid: int) -> GlyphShape:
        if self.font is None or "glyf" not in self.font or not 0 <= gid < len(self.order):
            return GlyphShape()
        glyf = self.font["glyf"]
        glyph = glyf[self.order[gid]]
        if not glyph.isComposite():
            return GlyphShape()
        ids = {name: index for index, name in enumerate(self.order)}
        components, below = [], []
        for component in glyph.components:
            part = glyf[component.glyphName]
            part.recalcBounds(glyf)
            components.append(ids[component.glyphName])
            below.append(hasattr(part, "yMax") and part.yMax + component.y <= 0)
        return GlyphShape(tuple(components), tuple(below))

    def silhouette(self, gid: int) -> frozenset[tuple[int, int]] | None:
        """A simple glyph's shape stretched over a 24×24 grid (its filled cells), to compare
        marks drawn at different sizes and with different points; None for other glyphs."""
        try:
            return self._silhouette(gid)
        except Exception:  # a damaged glyph table
            return None

    def _silhouette(self, gid: int) -> frozenset[tuple[int, int]] | None:
        from PIL import Image, ImageChops, ImageDraw

        if self.font is None or "glyf" not in self.font or not 0 <= gid < len(self.order):
            return None
        glyf = self.font["glyf"]
        glyph = glyf[self.order[gid]]
        if glyph.isComposite() or glyph.numberOfContours <= 0:
            return None
        coordinates, ends, _ = glyph.getCoordinates(glyf)
        xs, ys = [x for x, _ in coordinates], [y for _, y in coordinates]
        width, height = max(max(xs) - min(xs), 1), max(max(ys) - min(ys), 1)
        grid = Image.new("1", (SILHOUETTE, SILHOUETTE))
        start = 0
        for end in ends:
            scale_x, scale_y = (SILHOUETTE - 1) / width, (SILHOUETTE - 1) / height
            contour = [
                ((x - min(xs)) * scale_x, (max(ys) - y) * scale_y)
                for x, y in coordinates[start : end + 1]
            ]
            start = end + 1
            layer = Image.new("1", grid.size)
            if len(contour) >= 3:
                ImageDraw.Draw(layer).polygon(contour, fill=1)
            grid = ImageChops.logical_xor(grid, layer)
        return frozenset(
            (x, y) for y in range(SILHOUETTE) for x in range(SILHOUETTE) if grid.getpixel((x, y))
        )

    def by_gid(self) -> dict[int, str]:
        """Glyph id → Unicode, for the glyphs that have one."""
        named = ((gid, self.of_name(name)) for gid, name in enumerate(self.order))
        return {gid: text for gid, text in named if text is not None}

    def by_simple_code(self) -> dict[int, str]:
        """Code → Unicode for a simple font without /Encoding: code → glyph through the (3,0)
        cmap (at 0xF000 + code) or the (1,0) one, then the glyph's Unicode; a glyph without one
        reads its code as Windows-1252."""
        result: dict[int, str] = {}
        for table in self.cmaps:
            offset = {(3, 0): 0xF000, (1, 0): 0}.get((table.platformID, table.platEncID))
            if offset is None:
                continue
            for code in range(256):
                name = table.cmap.get(offset + code)
                if name is not None and code not in result:
                    text = self.of_name(name)
                    result[code] = text or bytes([code]).decode("cp1252", errors="replace")
        return result


def _font_program(font: dict[str, Any]) -> bytes | None:
    from pdfminer.pdftypes import resolve1

    descriptor = resolve1(font.get("FontDescriptor"))
    stream = resolve1(descriptor.get("FontFile2")) if isinstance(descriptor, dict) else None
    return stream.get_data() if stream is not None and hasattr(stream, "get_data") else None


def _literal(value: Any) -> str:
    from pdfminer.pdftypes import resolve1

    value = resolve1(value)
    return str(getattr(value, "name", value) or "")


def _table_for(font: dict[str, Any]) -> tuple[str, bytes, FontTable] | None:
    """The translation of a font without /ToUnicode that this module can read, else None."""
    from pdfminer.pdftypes import resolve1

    if "ToUnicode" in font:
        return None
    subtype = _literal(font.get("Subtype"))
    name = _untagged(_literal(font.get("BaseFont")))
    if subtype == "Type0" and _literal(font.get("Encoding")) == "Identity-H":
        descendants = resolve1(font.get("DescendantFonts")) or []
        cid_font = resolve1(descendants[0]) if descendants else None
        if not isinstance(cid_font, dict) or _literal(cid_font.get("Subtype")) != "CIDFontType2":
            return None
        if _literal(cid_font.get("CIDToGIDMap", "Identity")) != "Identity":
            return None
        program = _font_program(cid_font)
        if program is None:
            return None
        return name, program, FontTable(cid=True, program=program)
    if subtype == "TrueType" and "Encoding" not in font:
        program = _font_program(font)
        if program is None:
            return None
        return name, program, FontTable(cid=False, program=program)
    return None


def fonts_to_translate(data: bytes) -> dict[tuple[str, int], FontTable]:
    """The document's fonts without a Unicode map, keyed as pdfium sees them: the base name
    without subset tag and the embedded program's length. Empty for most PDFs; a file pdfminer
    cannot parse gives none (pdfium's reading stands)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    tables: dict[tuple[str, int], FontTable] = {}
    seen: set[int] = set()
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        for page in _page_resources().create_pages(document):
            resources = resolve1(page.resources) or {}
            for ref in (resolve1(resources.get("Font")) or {}).values():
                objid = getattr(ref, "objid", None)
                if objid is not None and objid in seen:
                    continue
                seen.add(objid if objid is not None else -len(seen) - 1)
                font = resolve1(ref)
                found = _table_for(font) if isinstance(font, dict) else None
                if found is not None:
                    name, program, table = found
                    tables[(name, len(program))] = table
    except Exception:  # pdfminer raises many kinds on files pdfium reads fine
        return {}
    return tables


@cache
def _page_resources() -> Any:
    """pdfminer's page, of which only the resources are read: pdfminer walks the page tree
    (inherited resources, a broken tree's pages found among the objects) and makes one for each
    page, but a page of its own reads the page's contents and boxes too, which the fonts do not
    need (a third of the time)."""
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import dict_value, resolve1

    class PageResources(PDFPage):
        def __init__(self, doc: Any, pageid: object, attrs: object, label: str | None) -> None:
            self.resources = resolve1(dict_value(attrs).get("Resources", {}))

    return PageResources


class FontTranslator:
    """Per document: rewrites pdfium's characters of the fonts without a Unicode map."""

    def __init__(self, data: bytes) -> None:
        self.tables = fonts_to_translate(data)
        self.placeholders: dict[tuple[int, int], str] = {}
        self.origins: dict[str, tuple[FontTable, int]] = {}

    def placeholder(self, table: FontTable, code: int) -> str:
        key = (id(table), code)
        if key not in self.placeholders:
            char = chr(PLACEHOLDER_BASE + len(self.placeholders))
            self.placeholders[key] = char
            self.origins[char] = (table, code)
        return self.placeholders[key]

    def translate(self, textpage: Any, text: str) -> Sequence[str]:
        """pdfium's characters, one string per character index (a glyph may read as several
        characters, such as a ligature); the text itself where no font needs translating."""
        if not self.tables:
            return text
        chars = list(text)
        import ctypes

        import pypdfium2.raw as pdfium_c

        name = ctypes.create_string_buffer(256)
        size = ctypes.c_size_t()
        by_font: dict[int | None, FontTable | None] = {}
        for index, char in enumerate(chars):
            obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
            if not obj:
                continue
            font = pdfium_c.FPDFTextObj_GetFont(obj)
            handle = ctypes.cast(font, ctypes.c_void_p).value
            if handle not in by_font:
                pdfium_c.FPDFFont_GetBaseFontName(font, name, 256)
                pdfium_c.FPDFFont_GetFontData(font, None, 0, ctypes.byref(size))
                key = (_untagged(name.value.decode("latin-1")), size.value)
                by_font[handle] = self.tables.get(key)
            table = by_font[handle]
            if table is not None:
                flagged = bool(pdfium_c.FPDFText_HasUnicodeMapError(textpage, index))
                code = table.code(char, flagged)
                if code is not None:
                    known = table.by_code.get(code)
                    chars[index] = known if known else self.placeholder(table, code)
        return chars


def standard_order_letter(gid: int) -> str | None:
    """The letter at `gid` in the standard Macintosh glyph order (the first 258 glyphs of many
    TrueType fonts, Times New Roman and Arial among them), None past it or for a non-letter."""
    from fontTools.agl import toUnicode
    from fontTools.ttLib.standardGlyphOrder import standardGlyphOrder

    if not 3 <= gid < len(standardGlyphOrder):
        return None
    text: str = toUnicode(standardGlyphOrder[gid])
    return text if len(text) == 1 else None


def is_placeholder(char: str) -> bool:
    return len(char) == 1 and ord(char) >= PLACEHOLDER_BASE
