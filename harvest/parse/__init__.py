"""parse: HTML → PageRecord. Pure functions: no network, clock or filesystem.

`parse_page` never raises on page data: whatever cannot be found or read becomes a warning in the record.
"""

from __future__ import annotations

from harvest.parse.record import Asset, PageRecord, ParseWarning, Speaker
from harvest.reference import EuroclusterIndex

PARSER_VERSION = "1.15.0"


def parse_page(html: bytes | str, url: str, *, euroclusters: EuroclusterIndex | None = None) -> PageRecord:
    """The PageRecord of one page. `euroclusters` defaults to the table shipped with the package."""
    from harvest.parse.page import build_record

    record = PageRecord(url=url, parser_version=PARSER_VERSION)
    try:
        if euroclusters is None:
            from harvest.reference import load_euroclusters

            euroclusters = load_euroclusters()
        build_record(record, html, url, euroclusters)
    except Exception as exc:
        record.warn("parser_error", f"{type(exc).__name__}: {exc}")
    return record


__all__ = ["PARSER_VERSION", "Asset", "PageRecord", "ParseWarning", "Speaker", "parse_page"]
