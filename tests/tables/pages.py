"""Hand-made archived pages for the tables and publish tests: a StoredPage and a PageRecord per page."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyarrow as pa

from harvest.fetch.store import StoredPage
from harvest.parse.record import Asset, PageRecord, Speaker
from harvest.reference import load_euroclusters
from harvest.tables.assemble import assemble_tables

T0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
CORPUS = Path(__file__).resolve().parents[1] / "corpus"  # vendored copy of ../shared/corpus
ECCP = "https://clustercollaboration.eu/content/"
NCA = "https://www.nca.cz/news/"

Page = tuple[StoredPage, PageRecord]


def site_of(url: str) -> str:
    return "eccp" if "clustercollaboration.eu" in url else "nca"


def stored(url: str, *, seen_day: int = 0, gone: bool = False, sha: str = "a" * 64, checked_day: int = 0) -> StoredPage:
    first_seen = T0 + timedelta(days=seen_day)
    return StoredPage(
        url=url,
        site=site_of(url),
        http_status=200,
        content_type="text/html",
        sha256=sha,
        fetched_at=first_seen,
        first_seen=first_seen,
        last_checked=T0 + timedelta(days=max(seen_day, checked_day), hours=1),
        last_changed=first_seen,
        gone_at=T0 + timedelta(days=30) if gone else None,
    )


def page(
    url: str,
    title: str,
    start: str | None = "2023-03-08T08:30:00+01:00",
    *,
    speakers: list[tuple[str, str | None, str | None, str | None]] = (),  # type: ignore[assignment]
    seen_day: int = 0,
    gone: bool = False,
    checked_day: int = 0,
    **fields: Any,
) -> Page:
    """One archived event page; `speakers` are (name, role, organisation, eurocluster)."""
    record = PageRecord(
        url=url,
        is_event=fields.pop("is_event", True),
        title=title,
        page_title=fields.pop("page_title", title),
        series=fields.pop("series", "EU Clusters Talks"),
        start=start,
        end=fields.pop("end", None),
        timezone="Europe/Brussels" if start and "T" in start else None,
        tz_label=fields.pop("tz_label", "CET" if start and "T" in start else None),
        speakers=[Speaker(*s) for s in speakers],
        parser_version="test-1",
        **fields,
    )
    return stored(url, seen_day=seen_day, gone=gone, checked_day=checked_day), record


def asset(label: str, url: str, created: str | None = None) -> Asset:
    return Asset(label=label, url=url, created=created)


def corpus_pages() -> list[Page]:
    """The corpus pages as a correct parser reads them (expected.jsonl), archived one second apart."""
    pages = []
    for n, expected in enumerate(expected_records()):
        record = PageRecord.from_dict(expected)
        record.parser_version = "expected"
        archived = stored(record.url, sha=f"{n:064x}")
        pages.append((archived, record))
    return pages


def corpus_archive() -> list[tuple[StoredPage, bytes]]:
    """The corpus pages as a harvest archive: (StoredPage, HTML body)."""
    archive = []
    for archived, record in corpus_pages():
        expected_id = next(e["id"] for e in expected_records() if e["url"] == record.url)
        archive.append((archived, (CORPUS / "pages" / f"{expected_id}.html").read_bytes()))
    return archive


def expected_records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (CORPUS / "expected.jsonl").read_text(encoding="utf-8").splitlines()]


def tables_of(pages: list[Page], suppressed: set[str] | frozenset[str] = frozenset()) -> dict[str, pa.Table]:
    return assemble_tables(pages, load_euroclusters(), suppressed).tables


def rows(tables: dict[str, pa.Table], name: str) -> list[dict[str, Any]]:
    return tables[name].to_pylist()
