"""`harvest crawl`: discover event pages from each source's start points, fetch them politely and incrementally,
archive every response (WARC) and keep the crawl state (SQLite).

Order of a run: repair the archive files of runs that died; discovery (sitemaps, feeds, listings and tag pages,
always re-fetched); then every event-candidate page, discovered now or known from earlier runs (conditional GET,
or skipped by sitemap lastmod); then attachments when a source has `fetch_assets`. A page that fails never aborts
the run. State rows commit in batches, each after the archive records it points at are fsynced.

`python -m harvest.fetch.crawler --home DIR [--sample-root DIR]` runs one crawl on its own (the crash tests kill it).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

from harvest.config import Settings, load_settings
from harvest.errors import HarvestError, UserError
from harvest.fetch.archive import RecordRef, Revisit, WarcArchive, read_response, repair
from harvest.fetch.http import HTML_TYPES, XML_TYPES, Exchange, Fetcher, FetchResult
from harvest.fetch.state import CrawlState, PageState
from harvest.home import HarvestHome
from harvest.log import logger, progress, setup_logging
from harvest.sources import Link, Source, UrlKind, load_source

MAX_LISTED_FAILURES = 100  # failures listed one by one in the report (all are counted)
_GONE_STATUSES = (404, 410)
_ANSWERED = {"gone_at": None, "reason": None}  # a page that answers is neither gone nor failing any more


@dataclass
class KindCounts:
    """Counts for one kind of page; `fetched` = full bodies downloaded (200), `changed` = new or changed bodies."""

    pages_seen: int = 0
    fetched: int = 0
    changed: int = 0
    not_modified: int = 0
    skipped_lastmod: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    blocked: int = 0
    gone: int = 0
    disallowed: int = 0
    moved: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "failed": dict(sorted(self.failed.items()))}


@dataclass
class CrawlReport:
    run_id: str
    started_at: datetime
    warc_file: str
    finished_at: datetime | None = None
    events: KindCounts = field(default_factory=KindCounts)  # event-candidate detail pages
    discovery: KindCounts = field(default_factory=KindCounts)  # sitemaps, feeds, listings, tag pages
    assets: KindCounts = field(default_factory=KindCounts)
    requests: int = 0  # HTTP responses archived, robots.txt, retries and redirects included
    failures: list[dict[str, str]] = field(default_factory=list)  # the first MAX_LISTED_FAILURES, with reasons
    repaired: dict[str, int] = field(default_factory=dict)  # archive file → bytes of torn tail cut off

    def counts(self, kind: UrlKind) -> KindCounts:
        return {UrlKind.EVENT: self.events, UrlKind.ASSET: self.assets}.get(kind, self.discovery)

    @property
    def totals(self) -> KindCounts:
        total = KindCounts()
        for part in (self.events, self.discovery, self.assets):
            for name, value in part.__dict__.items():
                if name == "failed":
                    total.failed.update(value)
                else:
                    setattr(total, name, getattr(total, name) + value)
        return total

    @property
    def exit_code(self) -> int:
        """0: all answered; 1: some pages failed or were blocked; 2: nothing could be fetched at all."""
        total = self.totals
        answered = total.fetched + total.not_modified + total.gone
        attempted = answered + sum(total.failed.values()) + total.blocked
        if attempted and not answered:
            return 2
        return 1 if total.failed or total.blocked else 0

    def to_dict(self) -> dict[str, Any]:
        total = self.totals.to_dict()
        return {
            "run_id": self.run_id,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            **total,
            "by_kind": {"event": self.events.to_dict(), "discovery": self.discovery.to_dict()}
            | ({"asset": self.assets.to_dict()} if self.assets.pages_seen else {}),
            "requests": self.requests,
            "warc_file": self.warc_file,
            "failures": self.failures,
            "repaired": self.repaired,
            "exit_code": self.exit_code,
        }


class Journal:
    """Archive records and the state rows that point at them: rows wait until their records are fsynced.

    Batching (at most `every` seconds between commits) keeps a zero-delay crawl from paying two fsyncs per page;
    a run killed between commits only loses rows, which the next run fetches again.
    """

    def __init__(self, archive: WarcArchive, state: CrawlState, every: float, clock: Callable[[], float]) -> None:
        self.archive, self.state, self.every, self.clock = archive, state, every, clock
        self.pending: dict[str, PageState] = {}
        self.saved = {page.url: page for page in state.pages()}  # one read up front: rows are looked up per page
        self._last = clock()

    def get(self, url: str) -> PageState | None:
        return self.pending.get(url) or self.saved.get(url)

    def put(self, page: PageState) -> None:
        self.pending[page.url] = page
        if self.clock() - self._last >= self.every:
            self.flush()

    def flush(self) -> None:
        self.archive.sync()
        if self.pending:
            placed = [self._placed(page) for page in self.pending.values()]
            self.state.save(placed)
            self.saved.update((page.url, page) for page in placed)
            self.pending.clear()
        self._last = self.clock()

    def _placed(self, page: PageState) -> PageState:
        """The row with the offset of a record written in this run (known once the archive is synced)."""
        if page.warc_offset is None and page.warc_file == self.archive.name and page.warc_record_id:
            return replace(page, warc_offset=self.archive.offset_of(page.warc_record_id))
        return page


class Crawl:
    """One run over the enabled sources."""

    def __init__(
        self,
        settings: Settings,
        state: CrawlState,
        archive: WarcArchive,
        report: CrawlReport,
        *,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.sources = [load_source(config) for config in settings.enabled_sources]
        self.state, self.archive, self.report = state, archive, report
        self.journal = Journal(archive, state, settings.crawl.commit_every, time.monotonic)
        self.fetcher = Fetcher(settings, self.canonicalize, session=session, sleep=sleep)
        self.assets_found: dict[str, dict[str, Link]] = {}  # source key → attachments seen on event pages

    def canonicalize(self, url: str) -> str | None:
        return next((c for s in self.sources if (c := s.page_url(url)) is not None), None)

    def source_of(self, url: str) -> Source | None:
        return next((s for s in self.sources if s.canonical_url(url) is not None), None)

    def run(self) -> None:
        try:
            candidates = {source.key: self.discover(source) for source in self.sources}
            for source in self.sources:
                self.fetch_known(source, UrlKind.EVENT, candidates[source.key])
            for source in self.sources:
                if source.config.fetch_assets:
                    self.fetch_known(source, UrlKind.ASSET, self.assets_found.get(source.key, {}))
        finally:
            self.journal.flush()
            self.fetcher.close()

    # -- discovery -------------------------------------------------------------------------------------------------

    def discover(self, source: Source) -> dict[str, Link]:
        """Event-candidate links of a source, from its sitemaps, feeds, listings and tag pages."""
        candidates: dict[str, Link] = {}
        queue = deque((link, 1) for link in source.start_links())
        done: set[str] = set()
        while queue:
            page, number = queue.popleft()
            if page.url in done:
                continue
            done.add(page.url)
            accept = HTML_TYPES if page.kind is UrlKind.LISTING else XML_TYPES
            result = self.fetcher.get(page.url, accept=accept)
            found = None
            if result.ok and result.response:
                found = source.discover(page, result.response.body, result.response.content_type)
                if found.problem:  # fetched but refused: an XML bomb, a broken sitemap
                    result.failure, result.detail = found.problem.split(":", 1)[0], found.problem
            if self.settle(source, page, result) is None or found is None:
                continue
            for link in found.links:
                if link.kind is UrlKind.EVENT:
                    previous = candidates.get(link.url)
                    if previous is None or (link.lastmod and (previous.lastmod or link.lastmod) <= link.lastmod):
                        candidates[link.url] = link
                elif link.kind is UrlKind.SITEMAP:
                    queue.append((link, 1))
            if found.next_page and number < source.config.max_listing_pages:
                queue.append((found.next_page, number + 1))
        logger.info("%s: %d event pages found by discovery", source.key, len(candidates))
        return candidates

    # -- detail pages ----------------------------------------------------------------------------------------------

    def fetch_known(self, source: Source, kind: UrlKind, found: Mapping[str, Link]) -> None:
        """Every page of `kind` found now or known from earlier runs (a page no longer linked may be gone)."""
        links = dict(found)
        for page in self.state.pages(site=source.key, kind=kind.value):
            if page.status != "moved" and page.url not in links:
                links[page.url] = Link(page.url, kind)
        for url in progress(sorted(links), f"{source.key}: {kind.value} pages"):
            self.fetch_page(source, links[url])

    def fetch_page(self, source: Source, link: Link) -> None:
        page = self.journal.get(link.url)
        if page is not None and self._unchanged_by_lastmod(source, page, link):
            counts = self.report.counts(link.kind)
            counts.pages_seen += 1
            counts.skipped_lastmod += 1
            self.journal.put(replace(page, status="skipped", sitemap_lastmod=link.lastmod))
            return
        result = self.fetcher.get(
            link.url, accept=HTML_TYPES if link.kind is UrlKind.EVENT else None, conditional=self._validators
        )
        body = self.settle(source, link, result)
        if source.config.fetch_assets and link.kind is UrlKind.EVENT:
            self._find_assets(source, result.final_url, body)

    def _find_assets(self, source: Source, url: str, body: bytes | None) -> None:
        """Attachments of an event page: from the body just fetched, else from its archived copy (after a 304)."""
        page = self.journal.get(url)
        content_type = page.content_type if page else None
        if body is None and page is not None and page.has_copy and page.warc_offset is not None:
            assert page.warc_file is not None
            body = read_response(self.archive.path.parent, page.warc_file, page.warc_offset)[1]
        for asset in source.asset_links(url, body or b"", content_type):
            self.assets_found.setdefault(source.key, {})[asset.url] = asset

    def _unchanged_by_lastmod(self, source: Source, page: PageState, link: Link) -> bool:
        """Sitemap lastmod says the archived copy is current. Used only for pages without validators, unless the
        source trusts lastmod: a conditional GET costs one small request and cannot be fooled by a stale sitemap."""
        if link.lastmod is None or not page.has_copy or page.gone_at or page.last_checked is None:
            return False
        if (page.etag or page.last_modified) and not source.config.trust_sitemap_lastmod:
            return False
        return link.lastmod <= page.last_checked

    def _validators(self, url: str) -> dict[str, str]:
        page = self.journal.get(url)
        if page is None or not page.has_copy or page.gone_at:
            return {}
        headers = {"If-None-Match": page.etag} if page.etag else {}
        return headers | ({"If-Modified-Since": page.last_modified} if page.last_modified else {})

    # -- outcomes --------------------------------------------------------------------------------------------------

    def settle(self, source: Source, link: Link, result: FetchResult) -> bytes | None:
        """Archive the exchanges of `result`, count its outcome, update the page's state; the body of a good 200."""
        now = datetime.now(UTC)
        url = result.final_url if result.final_url != link.url and self._same_kind(link, result.final_url) else link.url
        if url != link.url:
            self._record_move(source, link, url, now)
        previous = self.journal.get(url)
        page = previous or PageState(url=url, site=source.key, kind=link.kind.value, status="new", first_seen=now)
        # The row's new values, applied in one `replace` at the end.
        changes: dict[str, Any] = {"last_fetched": now, "sitemap_lastmod": link.lastmod or page.sitemap_lastmod}
        final_ref = self._archive(result, previous)
        counts = self.report.counts(link.kind)
        counts.pages_seen += 1
        response = result.response
        status = response.status if response else None
        failure = result.failure
        body: bytes | None = None
        if result.disallowed:
            counts.disallowed += 1
            changes |= {"status": "disallowed", "reason": result.detail}
        elif failure or (response and not result.blocked and not self._expected_status(link, status)):
            failure = failure or f"http_{status}"
            counts.failed[failure] += 1
            self._list_failure(link.url, failure, result.detail or f"HTTP {status}")
            changes |= {"status": "failed", "reason": failure, "http_status": status}
        elif result.blocked:
            counts.blocked += 1
            self._list_failure(link.url, f"blocked_{result.blocked}", result.detail or f"HTTP {status}")
            changes |= {"status": "blocked", "reason": result.blocked, "http_status": status}
        elif status in _GONE_STATUSES:
            counts.gone += 1
            changes |= {"status": "gone", "http_status": status, "gone_at": page.gone_at or now, "reason": None}
        elif status == 304:
            counts.not_modified += 1
            changes |= {"status": "not_modified", "http_status": 304, "last_checked": now, **_ANSWERED}
        else:
            assert response is not None and final_ref is not None
            counts.fetched += 1
            body = response.body
            changes |= self._body_changes(page, response, final_ref, now, counts)
        page = replace(page, **changes)
        self.journal.put(page)
        logger.debug("%s %s: %s%s", link.kind.value, link.url, page.status, f" ({page.reason})" if page.reason else "")
        return body

    def _body_changes(
        self, page: PageState, response: Exchange, ref: RecordRef, now: datetime, counts: KindCounts
    ) -> dict[str, Any]:
        digest = response.sha256
        validators = {"etag": response.header("ETag"), "last_modified": response.header("Last-Modified")}
        common = {"http_status": 200, "last_checked": now, **_ANSWERED, **validators}
        if page.has_copy and digest == page.sha256:
            return {"status": "unchanged", **common}
        counts.changed += 1
        return {
            "status": "changed",
            "sha256": digest,
            "content_type": response.content_type,
            "warc_file": ref.file,
            "warc_offset": ref.offset,
            "warc_record_id": ref.record_id,
            "warc_date": ref.date,
            "fetched_at": response.started_at,
            "last_changed": now,
            **common,
        }

    def _archive(self, result: FetchResult, previous: PageState | None) -> RecordRef | None:
        """Write every exchange; the final one as a revisit when it repeats the archived copy (304 or same digest)."""
        ref = None
        for exchange in result.exchanges:
            revisit = None
            if exchange is result.response and previous is not None and previous.has_copy and not result.blocked:
                assert previous.warc_file and previous.warc_record_id and previous.sha256
                original = RecordRef(
                    previous.warc_file, previous.warc_offset, previous.warc_record_id, previous.warc_date or ""
                )
                if exchange.status == 304:
                    revisit = Revisit("server-not-modified", original, previous.url, previous.sha256)
                elif exchange.status == 200 and exchange.sha256 == previous.sha256:
                    revisit = Revisit("identical-payload-digest", original, previous.url, previous.sha256)
            ref = self.archive.write(exchange, revisit)
            self.report.requests += 1
        return ref if result.response is not None else None

    @staticmethod
    def _expected_status(link: Link, status: int | None) -> bool:
        """200 and 304 always; 404/410 only for detail pages (gone). A start point or listing that answers 404 is a
        failure: the config or the site changed, and the operator must hear of it."""
        return status in (200, 304) or (status in _GONE_STATUSES and not link.kind.is_discovery)

    def _same_kind(self, link: Link, final_url: str) -> bool:
        source = self.source_of(final_url)
        return source is not None and source.classify(final_url) is link.kind

    def _record_move(self, source: Source, link: Link, target: str, now: datetime) -> None:
        """The asked-for URL redirects to another page of the same kind: that page takes the outcome."""
        moved = self.journal.get(link.url) or PageState(
            url=link.url, site=source.key, kind=link.kind.value, status="moved", first_seen=now
        )
        self.journal.put(replace(moved, status="moved", reason=target, last_fetched=now))
        self.report.counts(link.kind).moved += 1

    def _list_failure(self, url: str, reason: str, detail: str) -> None:
        logger.warning("%s: %s (%s)", url, reason, detail)
        if len(self.report.failures) < MAX_LISTED_FAILURES:
            self.report.failures.append({"url": url, "reason": reason, "detail": detail})


def recover(home: HarvestHome, state: CrawlState) -> dict[str, int]:
    """Cut the torn tails off the archive files of runs that died, and mark those runs finished."""
    repaired: dict[str, int] = {}
    for run_id, warc_file in state.unfinished_runs():
        path = home.archive_dir / warc_file
        if path.exists():
            dropped = repair(path)
            if dropped:
                repaired[warc_file] = dropped
                logger.warning("archive %s: cut %d bytes of a record torn by an interrupted run", warc_file, dropped)
        state.close_dead_run(run_id, datetime.now(UTC))
    return repaired


def crawl(
    home: HarvestHome,
    settings: Settings,
    *,
    session: requests.Session | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> CrawlReport:
    """One crawl of every enabled source into `home` (the caller holds the home's lock)."""
    if not settings.enabled_sources:
        raise UserError("no source is enabled in the config")
    started = datetime.now(UTC)
    run_id = f"{started:%Y%m%dT%H%M%S%fZ}-{os.getpid()}"
    state = CrawlState(home.state_db)
    try:
        repaired = recover(home, state)
        report = CrawlReport(run_id=run_id, started_at=started, warc_file=f"eccp-harvest-{run_id}.warc.gz")
        report.repaired = repaired
        # The run row comes first: a run killed at any later point has its file repaired by the next one.
        state.start_run(run_id, started, report.warc_file)
        info = {
            "operator-contact": settings.crawl.contact,
            "http-header-user-agent": settings.crawl.user_agent_header,
            "robots": "obey",
        }
        archive = WarcArchive(home.archive_dir, report.warc_file, info)
        try:
            Crawl(settings, state, archive, report, session=session, sleep=sleep).run()
        finally:
            archive.close()
        report.finished_at = datetime.now(UTC)
        state.finish_run(run_id, report.finished_at, json.dumps(report.to_dict()))
    finally:
        state.close()
    return report


def main(argv: list[str] | None = None) -> int:
    """A crawl on its own, with the home's lock: for the crash tests and for debugging."""
    parser = argparse.ArgumentParser(prog="python -m harvest.fetch.crawler", description=__doc__.split("\n")[0])
    parser.add_argument("--home", required=True)
    parser.add_argument("--config", type=Path, help="a harvest.toml overriding the packaged sources")
    parser.add_argument("--sample-root", type=Path, help="serve this sample-site folder on 127.0.0.1 and crawl it")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    args = parser.parse_args(argv)
    setup_logging(args.verbose)
    logging.getLogger("harvest").propagate = False
    try:
        from harvest.lock import HarvestLock

        home = HarvestHome.resolve(args.home)
        settings = load_settings(home, args.config)
        with HarvestLock(home.lock_file):
            if args.sample_root is None:
                report = crawl(home, settings)
            else:
                from harvest.sample_site import SampleSite

                with SampleSite(args.sample_root) as site:
                    report = crawl(home, settings.with_origin_map(site.origin_map))
    except HarvestError as exc:
        print(f"harvest: {exc}", file=sys.stderr)
        return exc.exit_code
    json.dump(report.to_dict(), sys.stdout)
    sys.stdout.write("\n")
    return report.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
