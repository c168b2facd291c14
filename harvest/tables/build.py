"""`harvest build`: archive → parse (cached) → tables → staged in `home.build_dir` for `harvest publish`. No network."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from harvest.fetch.store import StoredPage, iter_stored_pages
from harvest.home import HarvestHome
from harvest.log import logger, progress
from harvest.parse import PARSER_VERSION, PageRecord, parse_page
from harvest.reference import EuroclusterIndex, euroclusters_digest, load_euroclusters
from harvest.tables.assemble import assemble_tables
from harvest.tables.checks import check_tables
from harvest.tables.parse_cache import ParseCache
from harvest.tables.staging import stage_build
from harvest.tables.suppress import read_suppressions, suppressions_digest

if TYPE_CHECKING:
    from harvest.config import Settings


@dataclass
class BuildResult:
    tables: dict[str, int]  # table → rows
    events: int
    speakers: int  # rows of people
    pages_parsed: int  # pages read from the archive (parsed now or taken from the cache)
    pages_reparsed: int  # of which parsed now (cache misses)
    warnings: dict[str, int]  # parser warning code → pages
    notes: dict[str, int] = field(default_factory=dict)  # problems the tables stage met (code → count)
    problems: list[str] = field(default_factory=list)  # failed schema checks: publish will refuse this build

    def to_dict(self) -> dict[str, Any]:
        return {
            "tables": self.tables,
            "events": self.events,
            "speakers": self.speakers,
            "pages_parsed": self.pages_parsed,
            "pages_reparsed": self.pages_reparsed,
            "warnings": self.warnings,
            "notes": self.notes,
            "problems": self.problems,
        }


def parse_safely(body: bytes, url: str, euroclusters: EuroclusterIndex) -> PageRecord:
    """The parser never raises on page content; should it still, the page becomes a warning, not a failed build."""
    try:
        return parse_page(body, url, euroclusters=euroclusters)
    except Exception as exc:
        logger.warning("parser failed on %s: %s", url, exc)
        record = PageRecord(url=url, parser_version=PARSER_VERSION)
        record.warn("parser_error", f"{type(exc).__name__}: {exc}")
        return record


def parsed_pages(
    home: HarvestHome, euroclusters: EuroclusterIndex, *, reparse: bool
) -> tuple[list[tuple[StoredPage, PageRecord]], int]:
    """Every stored page with its record, and how many were parsed now rather than taken from the cache."""
    pages: list[tuple[StoredPage, PageRecord]] = []
    reparsed = 0
    with ParseCache(home.parse_cache_db, PARSER_VERSION, euroclusters_digest(euroclusters)) as cache:
        for stored, body in progress(iter_stored_pages(home), "parsing archived pages"):
            record = None if reparse else cache.get(stored.sha256, stored.url)
            if record is None:
                record = parse_safely(body, stored.url, euroclusters)
                cache.put(stored.sha256, stored.url, record)
                reparsed += 1
            pages.append((stored, record))
        cache.forget_other_versions()
    return pages, reparsed


def build(home: HarvestHome, settings: Settings | None = None, *, reparse: bool = False) -> BuildResult:
    """Build every table of harvest/schema.py from the archive and stage it; bad pages are counted, never fatal."""
    # One reference table for the parser and the tables, read once: the parse cache is keyed by its digest, so that
    # an alias added to harvest/data/euroclusters.csv re-parses the archive on the next build.
    euroclusters = load_euroclusters()
    pages, reparsed = parsed_pages(home, euroclusters, reparse=reparse)
    warnings = Counter(code for _, record in pages for code in {w.code for w in record.warnings})
    assembled = assemble_tables(pages, euroclusters, read_suppressions(home.suppressions_file))
    problems = check_tables(assembled.tables)
    for problem in problems:
        logger.error("build: %s", problem)
    stage_build(
        home.build_dir,
        assembled.tables,
        {
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "parser_version": PARSER_VERSION,
            "euroclusters_sha256": euroclusters_digest(euroclusters),
            "pages": len(pages),
            "pages_reparsed": reparsed,
            "warnings": dict(sorted(warnings.items())),
            "notes": dict(sorted(assembled.notes.items())),
            "suppressions_sha256": suppressions_digest(home.suppressions_file),
            "withheld": assembled.withheld,  # private (the home's state dir): publish keeps these ids out of the delta
            "problems": problems,
        },
    )
    counts = {name: table.num_rows for name, table in assembled.tables.items()}
    logger.info("build: %d pages → %d events, %d people", len(pages), counts["events"], counts["people"])
    return BuildResult(
        tables=counts,
        events=counts["events"],
        speakers=counts["people"],
        pages_parsed=len(pages),
        pages_reparsed=reparsed,
        warnings=dict(sorted(warnings.items())),
        notes=dict(sorted(assembled.notes.items())),
        problems=problems,
    )
