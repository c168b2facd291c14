"""Bytes → text: BOM, byte validity and the declared charset, checked against each other.

A page's `<meta charset>` is often wrong (republications copy the header of another site), and theme-debug comments
before `<!DOCTYPE>` hide it from some parsers. So the bytes decide: valid UTF-8 is UTF-8; otherwise the declared
charset and the usual single-byte European charsets compete on how plausible their text looks.
"""

from __future__ import annotations

import codecs
import re

from harvest.parse.text import without_controls as clean

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 13)) + b"\x7f"
# One byte string per control byte: `in` is a memchr, several times faster than a regex class over the page.
_CONTROL_BYTE_LIST = tuple(bytes([c]) for c in _CONTROL_BYTES)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_FALLBACKS = ("windows-1250", "iso-8859-2", "windows-1252")
_ASCII = bytes(range(0x80))
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Characters that are rare in real European text but common when single-byte text is decoded with the wrong table.
_UNLIKELY = frozenset("ìòùøðþÐÞ¹³¾¼½²¤¦¨´¸¿œŸæ¥ªº±µ×÷Ã©®»«¶§ľĽĺĹŕŔ")
# C1 controls and the unlikely characters: what `_implausibility` scores
_SUSPECT = re.compile("[\x80-\x9f" + "".join(re.escape(ch) for ch in sorted(_UNLIKELY)) + "]")


def declared_charset(head: bytes) -> str | None:
    """The charset named by `<meta>` or the XML declaration, if Python knows it."""
    at = head.find(b"charset")  # the usual spelling: found without lower-casing the whole head
    if at >= 0:
        earlier = head[:at].lower().find(b"charset")  # a "CHARSET" or "Charset" may come first
        at = earlier if earlier >= 0 else at
    else:
        lowered = head.lower()  # one copy and one search beat a search per spelling (CHARSET, Charset…)
        at = lowered.find(b"charset")
        at = lowered.find(b"encoding") if at < 0 else at
    if at < 0:
        return None
    window = head[max(0, at - 300) : at + 80]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(window)
        if match:
            name = match.group(1).decode("ascii", "replace").lower()
            try:
                return codecs.lookup(name).name
            except LookupError:
                return None
    return None


def _implausibility(text: str) -> int:
    """Lower is more plausible: replacement chars, C1 controls and odd symbols glued to letters."""
    score = text.count("\ufffd") * 20
    for found in _SUSPECT.finditer(text):  # the engine finds the few characters that count, not a loop over all
        index, ch = found.start(), found.group()
        if ch <= "\x9f":
            score += 10
        else:
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            score += 3 if (before.isalpha() or after.isalpha()) else 1
    return score


def _utf8(text: str) -> bytes:
    return clean(text).encode("utf-8", "replace")


def decode_html(data: bytes | str) -> tuple[bytes, str | None, list[str]]:
    """(the page as UTF-8 bytes, encoding it was read in, notes). Never raises; undecodable bytes become U+FFFD.

    UTF-8 bytes go to the HTML parser with a fixed encoding: faster than str, and no misleading `<meta charset>`.
    """
    notes: list[str] = []
    if isinstance(data, str):
        return _utf8(data), None, notes
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _utf8(data[len(bom) :].decode(encoding, "replace")), encoding, notes
    if any(control in data for control in _CONTROL_BYTE_LIST):
        data = data.translate(None, _CONTROL_BYTES)  # NUL and other C0 controls break the HTML parser
    declared = declared_charset(data[:32768])
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if declared and declared not in ("utf-8", "ascii"):
            notes.append(f"page declares {declared} but its bytes are UTF-8")
        return data, "utf-8", notes
    # Only the non-ASCII bytes carry evidence; score the text around them.
    sample = data.translate(None, _ASCII)[:4000]  # deleting the ASCII bytes in C, not testing each in Python
    candidates = [c for c in dict.fromkeys([declared, *_FALLBACKS]) if c and c not in ("utf-8", "ascii")]
    best = min(candidates, key=lambda enc: (_implausibility(_context_sample(data, enc, sample)), enc != declared))
    if declared and best != declared:
        notes.append(f"page declares {declared} but its bytes read as {best}")
    return _utf8(data.decode(best, "replace")), best, notes


def _context_sample(data: bytes, encoding: str, high_bytes: bytes) -> str:
    """Decode each non-ASCII byte with its neighbours so that "glued to a letter" can be judged."""
    if not high_bytes:
        return ""
    pieces: list[str] = []
    start = 0
    for _ in range(400):
        found = _HIGH_BYTE.search(data, start, start + 20000)  # the engine scans, not a loop over each byte
        if found is None:
            break
        index = found.start()
        pieces.append(data[max(0, index - 2) : index + 3].decode(encoding, "replace"))
        start = index + 1
    return " ".join(pieces)
