"""Small but valid attachment files for the mirror (PDF, DOCX, ZIP), byte-for-byte reproducible."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape


def _ascii(text: str) -> str:
    """PDF base-14 fonts know Latin-1 at best; fold accents away and keep plain ASCII."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _pdf_string(text: str) -> str:
    return "(" + _ascii(text).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_document(title: str, lines: list[str], created: datetime) -> bytes:
    """A one-page PDF 1.4 with a title and a few lines of Helvetica text, and an Info dictionary."""
    text_ops = ["BT", "/F1 18 Tf", "72 770 Td", f"{_pdf_string(title)} Tj", "/F1 11 Tf"]
    for line in lines:
        text_ops += ["0 -22 Td", f"{_pdf_string(line)} Tj"]
    stream = "\n".join([*text_ops, "ET"]).encode("ascii")
    stamp = created.strftime("D:%Y%m%d%H%M%S") + (created.strftime("%z")[:3] + "'" + created.strftime("%z")[3:] + "'")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Title {_pdf_string(title)} /Producer (eccp-harvest sample site) /CreationDate ({stamp}) "
        f"/ModDate ({stamp}) >>".encode("ascii"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def zip_archive(members: list[tuple[str, bytes]], stamp: datetime) -> bytes:
    """A ZIP of the given files, every entry stamped with `stamp` (nothing else varies)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def docx_document(title: str, paragraphs: list[str], created: datetime) -> bytes:
    """A minimal WordprocessingML document (the three parts Word needs, plus core properties)."""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    title_style = '<w:pPr><w:pStyle w:val="Title"/></w:pPr>'
    runs = "".join(
        f'<w:p>{title_style if index == 0 else ""}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        for index, text in enumerate([title, *paragraphs])
    )
    iso = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    members = [
        (
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
        ),
        (
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/>'
            '<Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
            'Target="docProps/core.xml"/></Relationships>',
        ),
        (
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{namespace}"><w:body>{runs}</w:body></w:document>',
        ),
        (
            "docProps/core.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>ECCP Team</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created></cp:coreProperties>',
        ),
    ]
    return zip_archive([(name, text.encode("utf-8")) for name, text in members], created)
