"""Documents attached to the event page: attachment tables, nca.cz "Created:" file lists, document links."""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from harvest.parse.document import DOCUMENT_EXTENSIONS, Document, HtmlElement, text_content, url_extension, url_path
from harvest.parse.record import Asset
from harvest.parse.text import squash

PRAGUE = ZoneInfo("Europe/Prague")
_NOT_ASSET_EXTENSIONS = frozenset(
    [
        ".ics",
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".svg",
        ".webp",
        ".mp4",
        ".mov",
        ".avi",
        ".webm",
        ".mp3",
        ".html",
        ".htm",
        ".php",
        ".aspx",
    ]
)
_CREATED = re.compile(
    r"(?:created|uploaded|vytvořeno|nahráno|erstellt|utworzono)\s*:?\s*(\d{1,2})[./](\d{1,2})[./](\d{4})"
    r"(?:\s*,?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?",
    re.IGNORECASE,
)
_SIZE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(bytes|[kKmMgG]i?[bB]|[kKmMgG]o)\b")
_SIZE_FACTORS = {"b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
_ATTACHMENT_HEADER = re.compile(
    r"^\s*(?:attachments?|file|files|document|documents|anhang|załącznik\w*|"
    r"plik|pièce jointe|soubor|příloha)\s*$",
    re.IGNORECASE,
)


def _is_calendar_or_media(url: str) -> bool:
    lower = url.lower()
    return (
        "method=ical" in lower
        or "/ical" in lower
        or "format=ics" in lower
        or url_extension(url) in _NOT_ASSET_EXTENSIONS
    )


def _text_after(link: HtmlElement) -> str:
    """The text that follows a link up to the next link: where "Created: …" and sizes are printed."""
    pieces = [link.tail or ""]
    node = link
    for _ in range(3):
        for sibling in node.itersiblings():
            if sibling.tag == "a" or (isinstance(sibling.tag, str) and sibling.find(".//a[@href]") is not None):
                return " ".join(pieces)
            pieces.append(text_content(sibling) if isinstance(sibling.tag, str) else "")
            pieces.append(sibling.tail or "")
        joined = " ".join(pieces).strip()
        parent = node.getparent()
        if joined or parent is None or parent.tag in ("body", "article", "main", "ul", "ol", "table", "section"):
            break
        node = parent
        pieces = [node.tail or ""]
    return " ".join(pieces)


# One of these words is in every text _CREATED matches (case-folded, as the pattern ignores case).
_CREATED_WORDS = ("created", "uploaded", "vytvořeno", "nahráno", "erstellt", "utworzono")


def _created(text: str) -> str | None:
    folded = text.casefold()
    if not any(word in folded for word in _CREATED_WORDS):
        return None  # the literal test first: the pattern, blind to case, tries every position
    match = _CREATED.search(text)
    if not match:
        return None
    day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    hour, minute, second = (int(match.group(i) or 0) for i in (4, 5, 6))
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=PRAGUE).isoformat()
    except ValueError:
        return None


def size_bytes(text: str) -> tuple[str, int] | None:
    match = _SIZE.search(text)
    if not match:
        return None
    number = float(match.group(1).replace(",", "."))
    unit = match.group(2).lower()
    factor = 1 if unit.startswith("byte") else _SIZE_FACTORS.get(unit[0], 1)
    return match.group(0), int(number * factor)


def _in_attachment_table(link: HtmlElement) -> HtmlElement | None:
    """The "Attachment | Size" table the link is a row of (its own header, not one of a table nested in it)."""
    table = next(link.iterancestors("table"), None)
    if table is None:
        return None
    header = next((th for th in table.iter("th") if next(th.iterancestors("table"), None) is table), None)
    return table if header is not None and _ATTACHMENT_HEADER.match(squash(text_content(header))) else None


_FILENAME = re.compile(r"[?&]filename=([^&#]+)", re.IGNORECASE)


def _served_extension(href: str) -> str:
    """The extension of the file a download link names in its query ("?filename=Info%20session.pdf")."""
    found = _FILENAME.search(href)
    if found is None:
        return ""
    name = unquote(found.group(1)).strip().lower()
    dot = name.rfind(".")
    return name[dot:] if dot > name.rfind("/") else ""


def find_assets(doc: Document, url: str) -> list[Asset]:
    assets: list[Asset] = []
    seen: set[str] = set()
    links = list(doc.content.iter("a"))
    tables = list(doc.root.iter("table")) if doc.has_tables else []
    for table in tables:
        if not any(a is doc.content for a in table.iterancestors()):
            links.extend(table.iter("a"))
    for box in doc.document_boxes:  # after the body's: a sidebar box of the event's documents
        links.extend(box.iter("a"))
    for link in links:
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        extension = url_extension(href)
        if not extension and "filename=" in href:  # "/document/download/…?filename=Slides.pdf": the file it sends
            extension = _served_extension(href)
        if extension in _NOT_ASSET_EXTENSIONS:
            continue
        table = _in_attachment_table(link) if tables else None
        if extension not in DOCUMENT_EXTENSIONS and table is None:
            following = link.getnext()
            nearby = (link.tail or "") + (text_content(following) if following is not None else "")
            if "reated" not in nearby and ":" not in nearby:
                continue
        try:
            absolute = doc.absolute(url, href)
        except ValueError:
            continue  # a link no browser could follow ("http://[broken")
        if absolute in seen or _is_calendar_or_media(absolute):
            continue
        after = _text_after(link)
        created = _created(after)
        if extension not in DOCUMENT_EXTENSIONS and table is None and created is None:
            continue
        label = squash(text_content(link)) or squash(link.get("title") or link.get("aria-label") or "")
        label = label or url_path(absolute).rsplit("/", 1)[-1]
        size_text = size_bytes(
            squash(text_content(link.getparent().getparent()))
            if table is not None and link.getparent() is not None and link.getparent().getparent() is not None
            else after
        )
        seen.add(absolute)
        assets.append(
            Asset(
                label=label,
                url=absolute,
                created=created,
                size=size_text[0] if size_text else None,
                size_bytes=size_text[1] if size_text else None,
            )
        )
    return assets
