"""The archived pages that the build stage reads: the hand-over from fetch to tables (no network here)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from harvest.errors import HarvestError
from harvest.fetch.archive import read_response, sha256_hex
from harvest.fetch.state import CrawlState
from harvest.home import HarvestHome
from harvest.sources.base import UrlKind


@dataclass(frozen=True, slots=True)
class StoredPage:
    """The latest good archived copy of one event-candidate detail page."""

    url: str  # canonical production URL (also in sample mode)
    site: str  # source key from the sources config ("eccp", "nca", …)
    http_status: int  # status of the archived response
    content_type: str | None
    sha256: str  # of the archived body
    fetched_at: datetime  # UTC: when the archived body was fetched
    first_seen: datetime  # UTC
    last_checked: datetime  # UTC: last 200 or 304
    last_changed: datetime  # UTC: when the body last changed
    gone_at: datetime | None  # UTC: the page answers 404/410 since then; its event stays, withdrawn


def iter_stored_pages(home: HarvestHome) -> Iterator[tuple[StoredPage, bytes]]:
    """Every stored page with its body, read from the crawl state and the WARC archive (no network).

    Only event-candidate pages with a good archived copy: listings, feeds, assets and blocked responses never are.
    A page now answering 404/410 is still yielded, with `gone_at` set, so that its event stays in the data.
    """
    if not home.state_db.exists():
        return
    state = CrawlState(home.state_db)
    try:
        pages = [
            page for page in state.pages(kind=UrlKind.EVENT.value) if page.has_copy and page.warc_offset is not None
        ]
    finally:
        state.close()
    for page in pages:
        assert page.warc_file is not None and page.warc_offset is not None and page.sha256 is not None
        http_headers, body = read_response(home.archive_dir, page.warc_file, page.warc_offset)
        if sha256_hex(body) != page.sha256:
            raise HarvestError(
                f"archive {page.warc_file}@{page.warc_offset}: body of {page.url} does not match its sha256"
            )
        stored = StoredPage(
            url=page.url,
            site=page.site,
            http_status=int(http_headers.get_statuscode() or 0),
            content_type=page.content_type,
            sha256=page.sha256,
            fetched_at=page.fetched_at or page.first_seen,
            first_seen=page.first_seen,
            last_checked=page.last_checked or page.fetched_at or page.first_seen,
            last_changed=page.last_changed or page.fetched_at or page.first_seen,
            gone_at=page.gone_at,
        )
        yield stored, body
