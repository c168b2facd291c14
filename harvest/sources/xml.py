"""Sitemaps and feeds read safely: no DTD, no entity expansion, no network, no huge trees (no XML bombs)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from lxml import etree


class UnsafeXmlError(ValueError):
    """The document declares entities (the stuff of billion-laughs and external-entity attacks); it is refused."""


_SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, dtd_validation=False
)
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


def parse_xml(body: bytes) -> etree._Element:
    """The root element of a sitemap or feed (comments dropped first, see `_without_comments`)."""
    body = _without_comments(body)
    declaration = body.find(b"<?xml ")
    if declaration > 0:  # stray output before the declaration, which must come first
        body = body[declaration:]
    if _ENTITY_DECLARATION.search(body):
        raise UnsafeXmlError("entity declarations refused")
    return etree.fromstring(body.lstrip(), _SAFE_PARSER)


def _without_comments(body: bytes) -> bytes:
    """The document without its comments, in one linear pass.

    Drupal's theme debug prints comments before `<?xml` (which makes the declaration illegal) and comments holding
    `--` (`views-view-rss--feed-1.html.twig`), which XML forbids; comments carry nothing a sitemap or feed needs.
    """
    kept, position = [], 0
    while (start := body.find(b"<!--", position)) >= 0:
        end = body.find(b"-->", start + 4)
        kept.append(body[position:start])
        position = len(body) if end < 0 else end + 3
    kept.append(body[position:])
    return b"".join(kept)


def local_name(element: etree._Element) -> str:
    return etree.QName(element).localname.lower()


def parse_lastmod(text: str | None) -> datetime | None:
    """A W3C datetime (`2024-05-01`, `2024-05-01T10:00:00+02:00`, `…Z`) as UTC; None when absent or unreadable."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
