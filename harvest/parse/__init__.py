"""parse: HTML → PageRecord. Pure functions: no network, clock or filesystem."""

from __future__ import annotations

from harvest.parse.record import Asset, PageRecord, ParseWarning, Speaker

PARSER_VERSION = "0.0.1"


def parse_page(html: bytes | str, url: str) -> PageRecord:
    record = PageRecord(url=url, parser_version=PARSER_VERSION)
    record.warn("not_implemented", "parser not written yet")
    return record


__all__ = ["PARSER_VERSION", "Asset", "PageRecord", "ParseWarning", "Speaker", "parse_page"]
