"""A hostile corpus, made in code: every file is built by a function here, so the repository
holds no bombs and each case says what it attacks.

`CASES` maps a file name (its ending gives the reader) to the function that writes it into a
folder. The cases follow issue 18: XML entity expansion and external entities in every part of
a Word file, zip bombs (deflate and nested), lying sizes, path traversal and symbolic links in
archives, PDF page trees that lie, loop or nest deeply, huge and non-numeric MediaBoxes, fonts
with broken Unicode maps, huge text, numbers and numbering, and every text encoding.
"""

from __future__ import annotations

import functools
import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from files_helpers import serialize_pdf

MIB = 1024 * 1024
PLAN = (
    "ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện bình đẳng giới năm 2026\n"
    "I. MỤC TIÊU\nTỷ lệ nữ đạt từ 30% trở lên vào năm 2030.\n"
    "II. TỔ CHỨC THỰC HIỆN\nVăn phòng UBND xã chủ trì, báo cáo trước ngày 15/12/2026.\n"
)
SECRET = "HOSTILE-SECRET-7f3a"  # what an external entity would leak into the output

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = R_NS + "/officeDocument"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.numbering+xml"/></Types>'
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}">'
    f'<Relationship Id="rId1" Type="{OFFICE_DOCUMENT}" Target="word/document.xml"/>'
    "</Relationships>"
)
DOCUMENT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}">'
    f'<Relationship Id="rId1" Type="{R_NS}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{R_NS}/numbering" Target="numbering.xml"/>'
    "</Relationships>"
)
STYLES = f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}"/>'
NUMBERING = f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}"/>'


def paragraphs_xml(lines: list[str], ppr: str = "") -> str:
    from xml.sax.saxutils import escape

    return "".join(f"<w:p>{ppr}<w:r><w:t>{escape(line)}</w:t></w:r></w:p>" for line in lines)


def document_xml(body: str, doctype: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>'
    )


def docx_package(parts: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A Word package: the given parts over a minimal valid one."""
    package: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": document_xml(paragraphs_xml(PLAN.splitlines())),
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
    }
    package.update(parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in package.items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


# --- XML: entity expansion and external entities in every part ---------------------------------

LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(2, 10))
    + '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
)


def _with_doctype(xml: str, doctype: str, reference: str) -> str:
    """`xml` with `doctype` after its declaration and `reference` inside its root element."""
    head, _, rest = xml.partition("?>")
    close = rest.index(">", rest.index("<") + 1)
    if rest[close - 1] == "/":  # an empty root: open it to put the reference in
        tag = rest[1 : rest.index(" ")]
        rest = rest[: close - 1] + f">{reference}</{tag}>"
    else:
        rest = rest[: close + 1] + reference + rest[close + 1 :]
    return f"{head}?>{doctype}{rest}"


def _entity_docx(part: str, doctype: str, reference: str) -> bytes:
    base = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": document_xml(paragraphs_xml(PLAN.splitlines())),
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
    }
    xml = base[part]
    if part == "word/document.xml":
        lines = PLAN.splitlines()
        body = paragraphs_xml(lines) + f"<w:p><w:r><w:t>{reference}</w:t></w:r></w:p>"
        return docx_package({part: document_xml(body, doctype)})
    return docx_package({part: _with_doctype(xml, doctype, "")})


def _external_entity(secret_file: Path) -> str:
    return f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'


# --- zip archives ------------------------------------------------------------------------------


def deflate_bomb(size: int) -> bytes:
    """A raw deflate stream of `size` zero bytes (a multiple of 16 MiB, or less than that),
    made at once: after a full flush the compressor starts afresh, so one compressed chunk
    repeated is the stream of the chunk repeated."""
    chunk = min(size, 16 * MIB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = compressor.compress(bytes(chunk)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return piece * (size // chunk) + zlib.compressobj(9, zlib.DEFLATED, -15).flush()


@functools.cache
def zeros_crc(size: int) -> int:
    chunk = bytes(min(size, 16 * MIB))
    crc = 0
    for _ in range(size // len(chunk)):
        crc = zlib.crc32(chunk, crc)
    return crc


def zip_raw(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """An archive written by hand: (name, stored bytes, method, declared size, external
    attributes) per member, so that sizes may lie and methods be anything. A deflated member
    is taken for zeros (a bomb) when its CRC is computed."""
    out = bytearray()
    central = bytearray()
    for name, stored, method, declared, attributes in members:
        encoded = name.encode("utf-8")
        crc = zeros_crc(declared) if method == zipfile.ZIP_DEFLATED else zlib.crc32(stored)
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0x800, method, 0, 0, crc, len(stored), declared,
            len(encoded), 0,
        )  # fmt: skip
        out += encoded + stored
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 0x800, method, 0, 0, crc, len(stored),
            declared, len(encoded), 0, 0, 0, 0, attributes, offset,
        )  # fmt: skip
        central += encoded
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members),
                       len(central), start, 0)  # fmt: skip
    return bytes(out)


def _zip_bomb_docx() -> bytes:
    """A Word file whose document part inflates to almost 4 GiB (4 MB stored)."""
    bomb = deflate_bomb(4000 * MIB)
    good = docx_package({})
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        members = [
            (info.filename, archive.read(info), zipfile.ZIP_STORED, info.file_size, 0)
            for info in archive.infolist()
            if info.filename != "word/document.xml"
        ]
    return zip_raw([*members, ("word/document.xml", bomb, zipfile.ZIP_DEFLATED, 4000 * MIB, 0)])


def _image_docx() -> bytes:
    """A Word file with a 1 GiB image part nothing refers to (stored deflated: 1 MB)."""
    good = docx_package({})
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        members = [
            (info.filename, archive.read(info), zipfile.ZIP_STORED, info.file_size, 0)
            for info in archive.infolist()
        ]
    image = deflate_bomb(1024 * MIB)
    return zip_raw(
        [*members, ("word/media/image1.png", image, zipfile.ZIP_DEFLATED, 1024 * MIB, 0)]
    )


def _lying_size_docx() -> bytes:
    """The document part declares 100 bytes and inflates to 500 MiB."""
    good = docx_package({})
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        members = [
            (info.filename, archive.read(info), zipfile.ZIP_STORED, info.file_size, 0)
            for info in archive.infolist()
            if info.filename != "word/document.xml"
        ]
    bomb = deflate_bomb(512 * MIB)
    return zip_raw([*members, ("word/document.xml", bomb, zipfile.ZIP_DEFLATED, 100, 0)])


def _batch_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _nested_zip_bomb() -> bytes:
    """An archive of archives of bombs (42.zip in small): a plan beside ten archives, each of
    ten 100 MiB members."""
    inner = zip_raw([(f"{i}.txt", deflate_bomb(96 * MIB), 8, 96 * MIB, 0) for i in range(10)])
    members = {f"level{i}.zip": inner for i in range(10)}
    members["plan.txt"] = PLAN.encode("utf-8")
    return _batch_zip(members)


def _traversal_zip() -> bytes:
    plan = PLAN.encode("utf-8")
    symlink = (0o120777 << 16) | 0x8000
    return zip_raw(
        [
            ("../../../../tmp/escaped-plan.txt", plan, 0, len(plan), 0),
            ("/etc/absolute-plan.txt", plan, 0, len(plan), 0),
            ("link-to-passwd.txt", b"/etc/passwd", 0, 11, symlink),
            ("ok/plan.txt", plan, 0, len(plan), 0),
        ]
    )


def _bomb_member_zip() -> bytes:
    return zip_raw(
        [
            ("bomb.txt", deflate_bomb(1024 * MIB), 8, 1024 * MIB, 0),
            ("liar.txt", deflate_bomb(208 * MIB), 8, 1000, 0),
            ("plan.txt", PLAN.encode("utf-8"), 0, len(PLAN.encode("utf-8")), 0),
        ]
    )


# --- PDF ---------------------------------------------------------------------------------------

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _content(text: str = "Ke hoach thuc hien binh dang gioi nam 2026") -> bytes:
    stream = f"BT /F1 12 Tf 72 700 Td ({text}) Tj ET".encode("latin-1")
    return b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"


def _page(parent: int = 2, media_box: bytes = b"[0 0 612 792]", extra: bytes = b"") -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox %s /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> %s>>" % (parent, media_box, extra)
    )


def pdf(pages_tree: bytes, page: bytes, *more: bytes) -> bytes:
    return serialize_pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", pages_tree, page, _content(), FONT, *more], 1
    )


def _pdf_count_lie() -> bytes:
    return pdf(b"<< /Type /Pages /Kids [3 0 R] /Count 10000000 >>", _page())


def _pdf_count_lie_small() -> bytes:
    kids = b" ".join(b"3 0 R" for _ in range(5000))
    return pdf(b"<< /Type /Pages /Kids [%s] /Count 1 >>" % kids, _page())


def _pdf_kids_loop() -> bytes:
    return pdf(b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", _page())


def _pdf_kids_loop_two() -> bytes:
    return pdf(
        b"<< /Type /Pages /Kids [6 0 R] /Count 3 >>",
        _page(parent=6),
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 3 >>",
    )


def _pdf_reference_cycle() -> bytes:
    """Resources and a form XObject that refer to themselves, and an object chain that loops."""
    form = b"q /X1 Do Q"
    return pdf(
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 7 0 R] "
        b"/Resources 6 0 R >>",
        b"<< /Font << /F1 5 0 R >> /XObject << /X1 8 0 R >> /Self 6 0 R /Next 9 0 R >>",
        b"<< /Length 10 >>\nstream\n/X1 Do   \nendstream",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 6 0 R /Length %d >>"
        b"\nstream\n%s\nendstream" % (len(form), form),
        b"9 0 R",
    )


def _pdf_deep_nesting() -> bytes:
    depth = 100_000
    deep = b"[" * depth + b"]" * depth
    return pdf(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _page(extra=b"/Deep %s " % deep))


def _pdf_deep_pages() -> bytes:
    """A page tree 5,000 levels deep."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    depth = 5000
    first = 2
    for level in range(depth):
        number = first + level
        parent = b"/Parent %d 0 R " % (number - 1) if level else b""
        objects.append(b"<< /Type /Pages %s/Kids [%d 0 R] /Count 1 >>" % (parent, number + 1))
    page_number = first + depth
    objects.append(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
        b"/Resources << /Font << /F1 %d 0 R >> >> >>"
        % (page_number - 1, page_number + 1, page_number + 2)
    )
    objects += [_content(), FONT]
    return serialize_pdf(objects, 1)


def _pdf_huge_media_box() -> bytes:
    return pdf(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _page(media_box=b"[0 0 1e30 1e30]"))


def _pdf_media_box_not_numbers() -> bytes:
    return pdf(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _page(media_box=b"[0 0 (wide) /Tall]"))


def _pdf_media_box_rules() -> bytes:
    """A MediaBox with a non-number on a page with ruled lines (read by pdfplumber)."""
    lines = b"\n".join(b"%d 100 m %d 700 l S" % (x, x) for x in range(100, 500, 50))
    lines += b"\n" + b"\n".join(b"100 %d m 500 %d l S" % (y, y) for y in range(100, 700, 50))
    text = b"BT /F1 12 Tf 72 720 Td (Ke hoach thuc hien binh dang gioi nam 2026) Tj ET\n"
    stream = text + lines
    return serialize_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 /Wide] /CropBox [0 0 612 792] "
            b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            FONT,
        ],
        1,
    )


def _tounicode_font(cmap: bytes) -> bytes:
    stream = b"BT /F1 12 Tf 72 700 Td <0102030405060708090A0B0C0D0E0F101112131415> Tj ET"
    return serialize_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page(),
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        ],
        1,
    )


def _cmap(body: bytes) -> bytes:
    return (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Broken def\n1 begincodespacerange <00> <FF> endcodespacerange\n"
        + body
        + b"\nendcmap CMapName currentdict /CMap defineresource pop end end"
    )


def _pdf_surrogate_map() -> bytes:
    return _tounicode_font(_cmap(b"1 beginbfrange <01> <15> <D800> endbfrange"))


def _pdf_broken_map() -> bytes:
    return _tounicode_font(
        _cmap(b"3 beginbfchar <01> <> <02> <FFFFFFFFFFFFFFFFFFFF> <03 <41> endbfchar")
        + b"\n1 beginbfrange <00> <FF> [<0041> (x) 7] endbfrange"
    )


def _pdf_huge_map_range() -> bytes:
    return _tounicode_font(
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
        b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange\n"
        b"1 begincidrange <00000000> <FFFFFFFF> 0 endcidrange\nendcmap end end"
    )


def _pdf_stream_bomb() -> bytes:
    from conftest import pdf_bomb

    return pdf_bomb(200 * MIB)


def _pdf_paint_bomb() -> bytes:
    """A page whose content stream (5 MiB, 20 KiB compressed) fills the whole page 300,000
    times: pdfium draws it for many minutes at OCR's resolution."""
    stream = zlib.compress(b"0 0 612 792 re f\n" * 300_000, 9)
    return serialize_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream",
        ],
        1,
    )


def _pdf_blank_pages(count: int, side: int) -> bytes:
    """`count` blank pages `side` points square (14,400: 200 inches, PDF's largest)."""
    kids = b" ".join(b"%d 0 R" % (3 + page) for page in range(count))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] >>" % (side, side)
    return serialize_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
            *[page] * count,
        ],
        1,
    )


# --- Word: numbering, grid, relationships ------------------------------------------------------


def _numbering_docx(start: str, fmt: str, level: str = "0") -> bytes:
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">'
        f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="{level}"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1.%2.%3.%9."/></w:lvl></w:abstractNum>'
        f'<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="{level}">'
        f'<w:startOverride w:val="{start}"/></w:lvlOverride></w:num></w:numbering>'
    )
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    body = paragraphs_xml(PLAN.splitlines()) + paragraphs_xml(["MỤC TIÊU"] * 50, ppr)
    return docx_package({"word/numbering.xml": numbering, "word/document.xml": document_xml(body)})


def _grid_span_docx() -> bytes:
    cell = (
        '<w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr>'
        "<w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>"
    )
    table = f"<w:tbl><w:tr>{cell}{cell}</w:tr><w:tr>{cell}</w:tr></w:tbl>"
    body = paragraphs_xml(PLAN.splitlines()) + table
    return docx_package({"word/document.xml": document_xml(body)})


def _rels_cycle_docx() -> bytes:
    """Parts whose relationships point at each other (and at themselves)."""
    cycle = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}">'
        f'<Relationship Id="rId1" Type="{R_NS}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{R_NS}/numbering" Target="numbering.xml"/>'
        f'<Relationship Id="rId3" Type="{R_NS}/custom" Target="document.xml"/>'
        "</Relationships>"
    )
    back = (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_RELS}">'
        f'<Relationship Id="rId1" Type="{R_NS}/custom" Target="document.xml"/>'
        f'<Relationship Id="rId2" Type="{R_NS}/custom" Target="numbering.xml"/>'
        "</Relationships>"
    )
    return docx_package(
        {
            "word/_rels/document.xml.rels": cycle,
            "word/_rels/styles.xml.rels": back,
            "word/_rels/numbering.xml.rels": back,
        }
    )


def _deep_xml_docx() -> bytes:
    depth = 50_000
    body = paragraphs_xml(PLAN.splitlines()) + "<w:sdt><w:sdtContent>" * depth
    body += "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * depth
    return docx_package({"word/document.xml": document_xml(body)})


def _deep_tables_docx() -> bytes:
    depth = 200
    open_cell = "<w:tbl><w:tr><w:tc>"
    close_cell = "<w:p/></w:tc></w:tr></w:tbl>"
    body = paragraphs_xml(PLAN.splitlines()) + open_cell * depth
    body += "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + close_cell * depth
    return docx_package({"word/document.xml": document_xml(body)})


def _style_cycle_docx() -> bytes:
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">'
        + "".join(
            f'<w:style w:type="paragraph" w:styleId="S{i}"><w:basedOn w:val="S{(i + 1) % 3000}"/>'
            "</w:style>"
            for i in range(3000)
        )
        + "</w:styles>"
    )
    ppr = '<w:pPr><w:pStyle w:val="S0"/></w:pPr>'
    body = paragraphs_xml(PLAN.splitlines(), ppr)
    return docx_package({"word/styles.xml": styles, "word/document.xml": document_xml(body)})


def _many_paragraphs_docx() -> bytes:
    body = paragraphs_xml(PLAN.splitlines()) + "<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 400_000
    return docx_package({"word/document.xml": document_xml(body)})


# --- text --------------------------------------------------------------------------------------


def _encodings() -> dict[str, bytes]:
    """The plan in every encoding a text file may come in (and some it should not)."""
    text = PLAN
    out = {
        "utf8.txt": text.encode("utf-8"),
        "utf8-bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf16le-bom.txt": text.encode("utf-16"),
        "utf16be-bom.txt": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf16le.txt": text.encode("utf-16-le"),
        "utf16be.txt": text.encode("utf-16-be"),
        "utf32le-bom.txt": text.encode("utf-32"),
        "utf32be-bom.txt": b"\x00\x00\xfe\xff" + text.encode("utf-32-be"),
        "utf32le.txt": text.encode("utf-32-le"),
        "utf32be.txt": text.encode("utf-32-be"),
        "cp1258.txt": text.encode("cp1258", errors="replace"),
        "utf7.txt": text.encode("utf-7"),
        "gb18030.txt": text.encode("gb18030"),
        "latin1.txt": text.encode("latin-1", errors="replace"),
        "shift-jis.txt": "計画 ".encode("shift_jis") * 200,
        "ebcdic.txt": text.encode("cp500", errors="replace"),
        "utf8-surrogates.txt": b"K\xed\xa0\x80 ho\xed\xbf\xbfch\n" * 50,
        "utf8-overlong.txt": b"K\xc0\xaf ho\xe0\x80\xafch\n" * 50,
    }
    from plan_extract.read.legacy import converter

    for encoding in ("tcvn3", "vni"):
        out[f"{encoding}.txt"] = converter(encoding).encode(text).encode("latin-1", "replace")
    return out


def _write(data: bytes) -> Maker:
    return lambda _path, _secret: data


def _big_text(path: Path, _secret: Path) -> bytes:
    """200 MB of text, written to disk at `path` in pieces."""
    line = (PLAN.replace("\n", " ") + "\n").encode("utf-8")
    with path.open("wb") as stream:
        for _ in range(200 * MIB // (len(line) * 1000)):
            stream.write(line * 1000)
    return b""


# writes the case at the path given (or returns its bytes); an external entity reads the secret
Maker = Callable[[Path, Path], bytes]


def _cases() -> dict[str, Maker]:
    cases: dict[str, Maker] = {}

    def add(name: str, make: Callable[[], bytes]) -> None:
        cases[name] = lambda _path, _secret: make()

    for part in (
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
        "[Content_Types].xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
    ):
        slug = part.replace("/", "-").replace("[", "").replace("]", "").strip("-_.")
        add(f"laughs-{slug}.docx", lambda part=part: _entity_docx(part, LAUGHS, "&lol9;"))
        cases[f"xxe-{slug}.docx"] = lambda _path, secret, part=part: _entity_docx(
            part, _external_entity(secret), "&xxe;"
        )
    add("zip-bomb-4gib.docx", _zip_bomb_docx)
    add("unneeded-1gib-image.docx", _image_docx)
    add("lying-size.docx", _lying_size_docx)
    add("nested-bombs.zip", _nested_zip_bomb)
    add("traversal-and-links.zip", _traversal_zip)
    add("bomb-members.zip", _bomb_member_zip)
    add(
        "numbering-start-1e12-letters.docx", lambda: _numbering_docx("1000000000000", "lowerLetter")
    )
    add("numbering-start-1e13-roman.docx", lambda: _numbering_docx("10000000000000", "upperRoman"))
    add("numbering-start-negative.docx", lambda: _numbering_docx("-99999999999", "lowerRoman"))
    add("numbering-level-1e11.docx", lambda: _numbering_docx("3", "decimal", "100000000000"))
    add("numbering-level-negative.docx", lambda: _numbering_docx("3", "decimal", "-5"))
    add("grid-span-1e9.docx", _grid_span_docx)
    add("rels-cycle.docx", _rels_cycle_docx)
    add("deep-xml.docx", _deep_xml_docx)
    add("deep-tables.docx", _deep_tables_docx)
    add("style-cycle-3000.docx", _style_cycle_docx)
    add("many-paragraphs.docx", _many_paragraphs_docx)
    add("ole-random.doc", lambda: bytes.fromhex("d0cf11e0a1b11ae1") + bytes(range(256)) * 64)
    add("pdf-count-lie.pdf", _pdf_count_lie)
    add("pdf-count-lie-small.pdf", _pdf_count_lie_small)
    add("pdf-kids-loop.pdf", _pdf_kids_loop)
    add("pdf-kids-loop-two.pdf", _pdf_kids_loop_two)
    add("pdf-reference-cycle.pdf", _pdf_reference_cycle)
    add("pdf-deep-nesting.pdf", _pdf_deep_nesting)
    add("pdf-deep-page-tree.pdf", _pdf_deep_pages)
    add("pdf-huge-media-box.pdf", _pdf_huge_media_box)
    add("pdf-media-box-not-numbers.pdf", _pdf_media_box_not_numbers)
    add("pdf-media-box-rules.pdf", _pdf_media_box_rules)
    add("pdf-surrogate-map.pdf", _pdf_surrogate_map)
    add("pdf-broken-map.pdf", _pdf_broken_map)
    add("pdf-huge-map-range.pdf", _pdf_huge_map_range)
    cases.update(OCR_CASES)
    for name, data in _encodings().items():
        cases[f"encoding-{name}"] = _write(data)
    long_line = ("đạt 30% " * 150_000).encode("utf-8")
    add("line-1m-chars.txt", lambda: PLAN.encode("utf-8") + long_line)
    add("line-1m-no-spaces.txt", lambda: PLAN.encode("utf-8") + b"x" * 1_500_000)
    add("lines-20000-lower.txt", lambda: PLAN.encode("utf-8") + b"vi\n" * 20_000)
    add(
        "table-3000x50.md",
        lambda: (
            PLAN + "".join("| " + " | ".join(["ô"] * 50) + " |\n" for _ in range(3000))
        ).encode("utf-8"),
    )
    add(
        "numbers-huge.txt",
        lambda: (PLAN + "Tỷ lệ nữ đạt " + "9" * 5000 + "% vào năm " + "9" * 400 + ".\n"
                 + "Tỷ lệ đạt 6,3,6% và 1.2.3.4,5,6% vào năm 2030.\n" * 20).encode("utf-8"),
    )  # fmt: skip
    add(
        "numbering-deep.txt",
        lambda: (
            PLAN + "".join(".".join(["1"] * depth) + ". Mục\n" for depth in range(1, 1000))
        ).encode("utf-8"),
    )
    add(
        "headings-thousands.txt",
        lambda: (
            PLAN + "".join(f"{i}. MỤC TIÊU SỐ {i}\nNội dung.\n" for i in range(1, 20_000))
        ).encode("utf-8"),
    )
    add("nul-heavy.txt", lambda: b"\x00" * 1000 + PLAN.encode("utf-8"))
    add("control-chars.txt", lambda: bytes(range(32)) * 1000)
    cases["huge-200mb.txt"] = _big_text
    return cases


# The cases that attack OCR's rendering (read with OCR on by test_hostile.py): a content stream
# of 200 MiB, one that takes minutes to draw, three blank 200-inch pages (60,000 pixels a side
# at 300 dpi), 130 blank 40-inch pages (each within a page's pixel budget at 150 dpi, together
# past a document's).
OCR_CASES: dict[str, Maker] = {
    "ocr-stream-bomb.pdf": lambda _path, _secret: _pdf_stream_bomb(),
    "ocr-paint-bomb.pdf": lambda _path, _secret: _pdf_paint_bomb(),
    "ocr-pages-200-inches.pdf": lambda _path, _secret: _pdf_blank_pages(3, 14400),
    "ocr-pages-40-inches.pdf": lambda _path, _secret: _pdf_blank_pages(130, 2880),
}
CASES = _cases()


def write_case(name: str, folder: Path, secret_folder: Path | None = None) -> Path:
    """Write the hostile file `name` into `folder`, with the secret file an external entity
    would read in `secret_folder` (by default `folder`); its path."""
    secret_folder = secret_folder or folder
    secret = secret_folder / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    path = folder / name
    data = CASES[name](path, secret)
    if data:
        path.write_bytes(data)
    return path
