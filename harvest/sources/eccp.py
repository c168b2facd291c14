"""European Cluster Collaboration Platform (clustercollaboration.eu, Drupal 10)."""

from __future__ import annotations

from harvest.sources.base import Source


class EccpSource(Source):
    # Event pages live under several prefixes, old and new; the parser decides which really are events.
    event_patterns = (
        r"^/content/[^/]+",
        r"^/events/organised-by-eccp/[^/]+/[^/]+",  # one level deeper than the series listings
        r"^/event-calendar/[^/]+",
        r"^/community-event/[^/]+",
        r"^/news/[^/]+",
    )
    listing_patterns = (r"^/events$", r"^/event-calendar$", r"^/news$", r"^/tags/[^/]+$", r"^/taxonomy/term/\d+$")
    excluded_patterns = (*Source.excluded_patterns, r"^/sites/default/files/.+\.(?:png|jpe?g|gif|svg|webp)$")
    excluded_query_keys = ("f[",)  # faceted search: one listing seen through endless filter combinations


SOURCE = EccpSource
