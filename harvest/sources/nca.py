"""National Cluster Association, Czech Republic (nca.cz, "Modus" CMS): English news that republish ECCP events."""

from __future__ import annotations

from harvest.sources.base import Source


class NcaSource(Source):
    # `/news/<slug>` is linked with and without a trailing slash; both are one page (canonical: without).
    event_patterns = (r"^/news/[^/]+$", r"^/en/news/[^/]+$")
    listing_patterns = (r"^/en/news$",)


SOURCE = NcaSource
