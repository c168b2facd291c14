"""The archived pages that the build stage reads: the hand-over from fetch to tables (no network here)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from harvest.home import HarvestHome


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
    """Every stored page with its body, read from the crawl state and the WARC archive."""
    raise NotImplementedError("implemented by the crawler (issue 4)")
