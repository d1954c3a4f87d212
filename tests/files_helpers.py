"""Builders for the file-format tests: Word documents with numbering.xml written as Word writes
it, legacy-font runs, small hand-made PDFs (exact geometry, no external tool), and .zip archives
(written by Python, or by the `zip` tool as people make them on Linux)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from plan_extract.read.legacy import converter

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# numbering.xml in Word's own shape: abstract numbering 0 is the plan's outline (I. / 1. / a)),
# 1 is a dash bullet list, 2 a legal-style "%1.%2." list; instance 3 reuses 0 and restarts its
# second level at 5 through a lvlOverride/startOverride.
NUMBERING_XML = f"""<w:numbering xmlns:w="{W_NS}">
  <w:abstractNum w:abstractNumId="0">
    <w:nsid w:val="5C1E2A3B"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>
      <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
      <w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
      <w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:suff w:val="space"/>
      <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
      <w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/>
      <w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:nsid w:val="7D2F1E0A"/><w:multiLevelType w:val="hybridMultilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
      <w:lvlText w:val="-"/><w:lvlJc w:val="left"/>
      <w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>
      <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:nsid w:val="1B3C5D7E"/><w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/>
      <w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
      <w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="0"/>
    <w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"""


def official_docx() -> Any:
    """A plan laid out as an official document: header table, body, closing table."""
    import docx

    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 12/KH-UBND"
    header.cell(1, 1).text = "An Bình, ngày 3 tháng 2 năm 2026"
    title = document.add_paragraph()
    title.alignment = 1
    title.add_run("KẾ HOẠCH").bold = True
    document.add_paragraph("Thực hiện công tác bình đẳng giới năm 2026")
    document.add_paragraph().add_run("I. MỤC TIÊU").bold = True
    document.add_paragraph("Tỷ lệ nữ đạt từ 30% trở lên.")
    closing = document.add_table(rows=1, cols=2)
    closing.cell(0, 0).text = "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT."
    closing.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A"
    document.add_paragraph()  # Word always ends the body with a paragraph
    return document


def set_numbering(document: Any, xml: str = NUMBERING_XML) -> None:
    """Replace the document's numbering definitions with `xml`."""
    from docx.oxml import parse_xml

    root = document.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    for child in parse_xml(xml):
        root.append(child)


def number_paragraph(paragraph: Any, num_id: int, level: int) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(
        0,
        parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        ),
    )


def docx_bytes(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_legacy_paragraph(document: Any, text: str, encoding: str) -> None:
    """A paragraph typed in a legacy font: TCVN3 text in .VnTime, with the capitals .VnTime
    cannot hold in .VnTimeH (whose lowercase codes draw capitals); VNI text in VNI-Times."""
    conv = converter("tcvn3" if encoding == "tcvn3" else "vni")
    paragraph = document.add_paragraph()
    if encoding == "vni":
        paragraph.add_run(conv.encode(text)).font.name = "VNI-Times"
        return
    groups: list[tuple[str, str]] = []
    for ch in text:
        font = ".VnTimeH" if _needs_h(ch) else ".VnTime"
        if groups and groups[-1][0] == font:
            groups[-1] = (font, groups[-1][1] + ch)
        else:
            groups.append((font, ch))
    for font, chunk in groups:
        encoded = conv.encode(chunk.lower() if font == ".VnTimeH" else chunk)
        paragraph.add_run(encoded).font.name = font


def _needs_h(ch: str) -> bool:
    """A capital with a diacritic that .VnTime has no byte for."""
    return ch.isupper() and not ch.isascii() and converter("tcvn3").encode(ch) == ch


# --- minimal PDFs -----------------------------------------------------------------------------

TextItem = tuple[float, float, str, str]  # x, y (from the bottom), text, font resource name


def serialize_pdf(objects: Sequence[bytes], root: int) -> bytes:
    """PDF objects (numbered from 1 in order) written out with their cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def make_pdf(
    pages: Sequence[Sequence[TextItem]],
    *,
    media_box: tuple[float, float] = (612, 792),
    rules: Sequence[Sequence[tuple[float, float, float, float]]] = (),
    repeat_pages: int = 1,
) -> bytes:
    """A PDF with Courier text (F1 regular, F2 bold, 10 pt) at exact positions, optional
    rectangles drawn as rules, each page repeated `repeat_pages` times."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")
    tree = add(b"")
    regular = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"
    )
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold >>")
    kids: list[int] = []
    for index, items in enumerate(pages):
        ops = []
        for x0, y0, x1, y1 in rules[index] if index < len(rules) else ():
            ops.append(f"{x0} {y0} {x1 - x0} {y1 - y0} re S")
        for x, y, text, font in items:
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /{font} 10 Tf {x} {y} Td ({escaped}) Tj ET")
        stream = "\n".join(ops).encode("cp1252")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        for _ in range(repeat_pages):
            kids.append(
                add(
                    b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R "
                    b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                    % (tree, media_box[0], media_box[1], content, regular, bold)
                )
            )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids),
        len(kids),
    )
    return serialize_pdf(objects, catalog)


def soffice_convert(source: Path, target_format: str, out_dir: Path) -> Path:
    """Convert with LibreOffice (installed here and in CI); the converted file's path."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) must be installed for these tests"
    profile = (out_dir / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target_format,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    extension = target_format.split(":")[0]
    return out_dir / f"{source.stem}.{extension}"


# --- fonts without a Unicode map ----------------------------------------------------------------


def truetype_font(
    text: str, *, unicode_cmap: bool = True, glyph_names: bool = False, symbolic: bool = False
) -> tuple[bytes, dict[str, int]]:
    """A small TrueType font (a box for each glyph) with a glyph for each distinct character of
    `text`, and the glyph id of each character. `unicode_cmap`: a (3,1) cmap, glyphs named
    g1, g2...; `glyph_names`: no cmap, glyphs named by the Adobe Glyph List ('post' format 2);
    `symbolic`: as Word embeds simple fonts, a (3,0) cmap at 0xF000 + the Windows-1252 code
    and a (1,0) one at the code, glyphs named uniF0xx."""
    from fontTools.agl import UV2AGL
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    chars = sorted(set(text))
    if symbolic:
        codes = {char: char.encode("cp1252")[0] for char in chars}
        names = [f"uniF0{codes[char]:02X}" for char in chars]
    elif glyph_names:
        names = [UV2AGL.get(ord(char), f"uni{ord(char):04X}") for char in chars]
    else:
        names = [f"g{index}" for index in range(1, len(chars) + 1)]
    named = dict(zip(chars, names, strict=True))
    order = [".notdef", *names]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(order)
    if symbolic:
        builder.setupCharacterMap({0xF000 + codes[char]: name for char, name in named.items()})
    else:
        builder.setupCharacterMap({ord(char): name for char, name in named.items()})
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        if name not in ("space", "g1") or not chars[0].isspace():
            pen.moveTo((50, 0))
            pen.lineTo((50, 600))
            pen.lineTo((450, 600))
            pen.lineTo((450, 0))
            pen.closePath()
        glyphs[name] = pen.glyph()
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (500, 50) for name in order})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Boxes", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost(keepGlyphNames=glyph_names)
    font = builder.font
    if symbolic:
        from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

        mac = CmapSubtable.newSubtable(0)
        mac.platformID, mac.platEncID, mac.language = 1, 0, 0
        mac.cmap = {codes[char]: name for char, name in named.items()}
        font["cmap"].tables[0].platEncID = 0
        font["cmap"].tables = [mac, *[t for t in font["cmap"].tables if t.platformID == 3]]
    elif not unicode_cmap:
        del font["cmap"]
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue(), {char: order.index(name) for char, name in named.items()}


def pdf_with_font(text: str, program: bytes, gids: dict[str, int], *, cid: bool) -> bytes:
    """One page showing `text` in 12 pt, lines split at newlines, in an embedded TrueType font
    without /ToUnicode: a CIDFontType2 (Identity-H, Identity CIDToGIDMap: codes are glyph ids),
    or a simple symbolic TrueType font without /Encoding (codes are Windows-1252 bytes)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    page = add(b"")
    file = add(b"<< /Length %d /Length1 %d >>\nstream\n" % (len(program), len(program)) + program)
    objects[-1] += b"\nendstream"
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /ABCDEF+Boxes /Flags %d /FontBBox [0 -200 1000 800]"
        b" /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 600 /StemV 80 /FontFile2 %d 0 R >>"
        % (4 if not cid else 32, file)
    )
    if cid:
        descendant = add(
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Boxes /CIDSystemInfo"
            b" << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R"
            b" /DW 500 /CIDToGIDMap /Identity >>" % descriptor
        )
        font = add(
            b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Boxes /Encoding /Identity-H"
            b" /DescendantFonts [%d 0 R] >>" % descendant
        )
    else:
        widths = b" ".join(b"500" for _ in range(32, 256))
        font = add(
            b"<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Boxes /FirstChar 32"
            b" /LastChar 255 /Widths [%s] /FontDescriptor %d 0 R >>" % (widths, descriptor)
        )
    ops = []
    for number, line in enumerate(text.split("\n")):
        if cid:
            shown = b"<" + b"".join(b"%04X" % gids[char] for char in line) + b">"
        else:
            shown = b"<" + line.encode("cp1252").hex().encode() + b">"
        ops.append(b"BT /F1 12 Tf 72 %d Td %s Tj ET" % (700 - 20 * number, shown))
    stream = b"\n".join(ops)
    content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects[page - 1] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
        b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font)
    )
    return serialize_pdf(objects, catalog)


def composite_font(
    bases: str, marks: dict[str, str], letters: dict[str, str]
) -> tuple[bytes, list[str]]:
    """A TrueType font without cmap or glyph names, as Word's CID subsets: a box per base
    letter, a small box per mark (above the letter, or below the baseline for U+0323), and a
    composite per entry of `letters` (name → base letter + mark names). Also the glyph names
    by glyph id (the font itself keeps none): .notdef, base0, base1..., marks, letters."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    def box(x0: int, y0: int, x1: int, y1: int) -> Any:
        pen = TTGlyphPen(None)
        pen.moveTo((x0, y0))
        pen.lineTo((x0, y1))
        pen.lineTo((x1, y1))
        pen.lineTo((x1, y0))
        pen.closePath()
        return pen.glyph()

    glyphs = {".notdef": box(50, 0, 450, 600)}
    for index in range(len(bases)):
        glyphs[f"base{index}"] = box(50, 0, 450, 500 + index)
    for name, mark in marks.items():
        glyphs[name] = box(150, -200, 350, -50) if mark == "\u0323" else box(150, 600, 350, 700)
    for name, parts in letters.items():
        pen = TTGlyphPen(glyphs)
        pen.addComponent(f"base{bases.index(parts[0])}", (1, 0, 0, 1, 0, 0))
        for mark in parts[1:].split(","):
            pen.addComponent(mark, (1, 0, 0, 1, 0, 0))
        glyphs[name] = pen.glyph()
    order = list(glyphs)
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap({})
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (500, 50) for name in order})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupPost(keepGlyphNames=False)
    del builder.font["cmap"]
    buffer = io.BytesIO()
    builder.font.save(buffer)
    return buffer.getvalue(), order


# --- .zip archives ------------------------------------------------------------------------------


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """An archive written by Python's zipfile (names not in ASCII get the UTF-8 flag)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def zip_with_tool(folder: Path, archive: Path, *options: str) -> Path:
    """`zip -r` of a folder's content, as people make archives on Linux (Info-ZIP's `zip`,
    installed here and in CI): UTF-8 names, written without the UTF-8 flag."""
    tool = shutil.which("zip")
    assert tool, "the zip tool must be installed for these tests (apt-get install zip)"
    subprocess.run(
        [tool, "-q", "-r", *options, str(archive.resolve()), "."],
        cwd=folder,
        check=True,
        capture_output=True,
        env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"},
    )
    return archive


# --- scans ------------------------------------------------------------------------------------

SCAN = Path(__file__).resolve().parents[1] / "corpus/plans/rendered/001_d694d18c5a7d837d.scan.pdf"


def scan_of(pages: int) -> bytes:
    """The first `pages` pages of the corpus's scanned plan, as a PDF of their own."""
    import pypdfium2 as pdfium

    short = pdfium.PdfDocument.new()
    short.import_pages(pdfium.PdfDocument(SCAN.read_bytes()), list(range(pages)))
    buffer = io.BytesIO()
    short.save(buffer)
    return buffer.getvalue()
