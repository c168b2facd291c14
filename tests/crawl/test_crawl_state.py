"""The crawl over a `responses` web: incrementality, gone pages, blocked copies, the archive and the stored pages.

The end-to-end tests against the sample site (real HTTP on 127.0.0.1) are in test_crawl_sample_site.py.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import responses
from requests import PreparedRequest
from warcio.archiveiterator import ArchiveIterator

from harvest.config import Settings, load_settings
from harvest.fetch.archive import iter_members, repair
from harvest.fetch.crawler import crawl
from harvest.fetch.state import CrawlState
from harvest.fetch.store import StoredPage, iter_stored_pages
from harvest.home import HarvestHome

ECCP = "https://clustercollaboration.eu"
HTML = "text/html; charset=utf-8"
Answer = tuple[int, dict[str, str], str]  # what a responses callback returns


class ToyWeb:
    """A small ECCP on `responses`: a sitemap, a listing, pages with ETags that answer conditional GETs."""

    def __init__(self, mock: responses.RequestsMock, settings: Settings) -> None:
        self.pages: dict[str, tuple[int, str]] = {}  # path → (status, body)
        self.lastmod: dict[str, str] = {}
        self.mock = mock
        mock.add_callback(responses.GET, f"{ECCP}/robots.txt", lambda r: (200, {}, "User-agent: *\nDisallow: /x/\n"))
        mock.add_callback(responses.GET, f"{ECCP}/sitemap.xml", self._sitemap)
        mock.add_callback(responses.GET, f"{ECCP}/events", self._listing)
        for source in settings.sources:  # the other start points of the config: empty listings
            for path in (*source.listings, *source.tags):
                if source.base_url + path != f"{ECCP}/events":
                    mock.add(responses.GET, source.base_url + path, body="<main></main>", content_type=HTML)
        mock.add(responses.GET, f"{ECCP}/rss.xml", body="<rss><channel></channel></rss>", content_type="text/xml")
        mock.add(responses.GET, "https://nca.cz/robots.txt", status=404)

    def page(self, slug: str, body: str, status: int = 200, lastmod: str | None = None) -> str:
        path = f"/content/{slug}"
        if path not in self.pages:
            self.mock.add_callback(responses.GET, f"{ECCP}{path}", lambda r, p=path: self._page(r, p))
        self.pages[path] = (status, body)
        if lastmod:
            self.lastmod[path] = lastmod
        return ECCP + path

    def _page(self, request: PreparedRequest, path: str) -> Answer:
        status, body = self.pages[path]
        if status != 200:
            return status, {"Content-Type": HTML}, body
        etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, ""
        return 200, {"Content-Type": HTML, "ETag": etag}, body

    def _sitemap(self, request: PreparedRequest) -> Answer:
        urls = "".join(
            f"<url><loc>http://default{path}</loc>"
            + (f"<lastmod>{self.lastmod[path]}</lastmod>" if path in self.lastmod else "")
            + "</url>"
            for path in self.pages
            if not path.startswith("/content/listed")  # those are found through the listing only
        )
        return 200, {"Content-Type": "application/xml"}, f'<?xml version="1.0"?><urlset>{urls}</urlset>'

    def _listing(self, request: PreparedRequest) -> Answer:
        links = "".join(f'<a href="{path}">x</a>' for path in self.pages if path.startswith("/content/listed"))
        return 200, {"Content-Type": HTML}, f"<main>{links}</main>"


@pytest.fixture
def home(tmp_path: Path) -> HarvestHome:
    return HarvestHome.resolve(tmp_path / "home")


@pytest.fixture
def settings(home: HarvestHome) -> Settings:
    settings = load_settings(home)
    return dataclasses.replace(settings, crawl=dataclasses.replace(settings.crawl, delay=0.0, backoff_base=0.0))


@pytest.fixture
def web(settings: Settings) -> Iterator[ToyWeb]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        yield ToyWeb(mock, settings)


def run(home: HarvestHome, settings: Settings) -> dict:
    return crawl(home, settings, sleep=lambda seconds: None).to_dict()


def stored_copy(home: HarvestHome, url: str) -> tuple[StoredPage, bytes]:
    [(stored, body)] = [(page, body) for page, body in iter_stored_pages(home) if page.url == url]
    return stored, body


def test_second_run_downloads_no_unchanged_page(web: ToyWeb, home: HarvestHome, settings: Settings) -> None:
    for n in range(3):
        web.page(f"talk-{n}", f"<h1>Talk {n}</h1>")
    web.page("listed-only", "<h1>Only in the listing</h1>")
    first = run(home, settings)
    assert first["by_kind"]["event"]["fetched"] == 4 and first["by_kind"]["event"]["changed"] == 4
    assert first["exit_code"] == 0, first["failures"]

    second = run(home, settings)
    events = second["by_kind"]["event"]
    assert (events["fetched"], events["not_modified"], events["pages_seen"]) == (0, 4, 4)
    assert second["by_kind"]["discovery"]["fetched"] >= 2  # listings and sitemaps are always fetched again

    web.page("talk-1", "<h1>Talk 1, with speakers</h1>")
    third = run(home, settings)["by_kind"]["event"]
    assert (third["fetched"], third["changed"], third["not_modified"]) == (1, 1, 3)
    bodies = {page.url: body for page, body in iter_stored_pages(home)}
    assert bodies[f"{ECCP}/content/talk-1"] == b"<h1>Talk 1, with speakers</h1>"
    assert len(bodies) == 4


def test_lastmod_skips_pages_without_validators(web: ToyWeb, home: HarvestHome, settings: Settings) -> None:
    url = web.page("talk", "<h1>Talk</h1>", lastmod="2020-01-01")
    run(home, settings)
    state = CrawlState(home.state_db)
    page = state.get(url)
    state.save([dataclasses.replace(page, etag=None, last_modified=None)])  # as if the server sent no validators
    state.close()
    events = run(home, settings)["by_kind"]["event"]
    assert events["skipped_lastmod"] == 1 and events["fetched"] == 0


def test_gone_page_stays_withdrawn(web: ToyWeb, home: HarvestHome, settings: Settings) -> None:
    url = web.page("talk", "<h1>Talk</h1>")
    run(home, settings)
    web.pages["/content/talk"] = (410, "<h1>Gone</h1>")
    report = run(home, settings)
    assert report["by_kind"]["event"]["gone"] == 1 and report["exit_code"] == 0
    stored, body = stored_copy(home, url)
    assert stored.gone_at is not None and body == b"<h1>Talk</h1>"  # the event stays, withdrawn

    web.pages["/content/talk"] = (200, "<h1>Talk</h1>")
    run(home, settings)
    assert stored_copy(home, url)[0].gone_at is None


def test_blocked_response_never_replaces_a_good_copy(web: ToyWeb, home: HarvestHome, settings: Settings) -> None:
    url = web.page("talk", "<h1>Talk</h1>")
    run(home, settings)
    web.pages["/content/talk"] = (403, "<html><title>Access denied | ECCP</title></html>")
    report = run(home, settings)
    assert report["by_kind"]["event"]["blocked"] == 1 and report["exit_code"] == 1
    assert report["failures"][0]["reason"] == "blocked_access_denied"
    stored, body = stored_copy(home, url)
    assert body == b"<h1>Talk</h1>" and stored.http_status == 200
    blocked_records = [r for r in warc_records(home) if r.http_headers and r.http_headers.get_statuscode() == "403"]
    assert len(blocked_records) == 1  # archived as evidence


def test_failed_pages_are_counted_by_reason_and_do_not_abort(web: ToyWeb, home: HarvestHome, settings) -> None:
    web.page("talk", "<h1>Talk</h1>")
    web.page("broken", "oops", status=500)
    report = run(home, settings)
    assert report["failed"] == {"http_500": 1} and report["exit_code"] == 1
    assert report["by_kind"]["event"]["changed"] == 1


def test_a_start_point_that_answers_404_is_a_failure(web: ToyWeb, home: HarvestHome, settings) -> None:
    """A listing that vanished means the config or the site changed: loud (exit 1), not a quiet 'gone'."""
    web.page("talk", "<h1>Talk</h1>")
    web.mock.replace(responses.GET, f"{ECCP}/community-news", status=404, body="<h1>Page not found</h1>")
    report = run(home, settings)
    assert report["failed"] == {"http_404": 1} and report["exit_code"] == 1
    assert report["failures"][0]["url"] == f"{ECCP}/community-news"
    assert report["by_kind"]["discovery"]["gone"] == 0


def test_nothing_fetched_exits_2(home: HarvestHome, settings: Settings) -> None:
    with responses.RequestsMock(assert_all_requests_are_fired=False):  # every request: ConnectionError
        report = run(home, settings)
    assert report["exit_code"] == 2 and set(report["failed"]) == {"robots_unavailable"}
    assert "connection" in report["failures"][0]["detail"]


def warc_records(home: HarvestHome) -> list:
    records = []
    for path in sorted(home.archive_dir.glob("*.warc.gz")):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                record.content_stream().read()
                records.append(record)
    return records


def test_archive_is_plain_gzip_with_digests_that_verify(web: ToyWeb, home: HarvestHome, settings: Settings) -> None:
    web.page("talk", "<h1>Talk</h1>" + "<p>A paragraph of the programme.</p>" * 500)
    run(home, settings)
    (path,) = home.archive_dir.glob("*.warc.gz")
    assert gzip.decompress(path.read_bytes()).startswith(b"WARC/1.0\r\nWARC-Type: warcinfo")  # any gzip reader
    with open(path, "rb") as handle:  # block and payload digests recomputed by warcio, raising on a mismatch
        records = [r for r in ArchiveIterator(handle, check_digests="raise") if r.content_stream().read() or True]
    assert {"request", "response"} <= {r.rec_type for r in records}


def test_archive_holds_requests_responses_and_revisits(web: ToyWeb, home: HarvestHome, settings: Settings) -> None:
    web.page("talk", "<h1>Talk</h1>")
    run(home, settings)
    run(home, settings)
    assert len(list(home.archive_dir.glob("*.warc.gz"))) == 2  # one file per run
    records = warc_records(home)
    types = [r.rec_type for r in records]
    assert types.count("warcinfo") == 2 and types.count("request") == types.count("response") + types.count("revisit")
    revisits = [r for r in records if r.rec_type == "revisit"]
    profiles = {r.rec_headers.get_header("WARC-Profile").rsplit("/", 1)[-1] for r in revisits}
    assert profiles == {"server-not-modified", "identical-payload-digest"}  # the 304 page; the unchanged listings
    talk = [r for r in revisits if r.rec_headers.get_header("WARC-Target-URI").endswith("/content/talk")]
    assert talk and talk[0].rec_headers.get_header("WARC-Refers-To")


def test_torn_archive_tail_is_repaired(web: ToyWeb, home: HarvestHome, settings: Settings) -> None:
    web.page("talk", "<h1>Talk</h1>")
    run(home, settings)
    [path] = home.archive_dir.glob("*.warc.gz")
    whole = path.stat().st_size
    with open(path, "ab") as handle:
        handle.write(path.read_bytes()[:300])  # the start of a record, as a kill mid-write leaves it
    assert list(iter_members(path))[-1] == whole
    assert repair(path) == 300 and path.stat().st_size == whole
    assert len(warc_records(home)) > 3


def test_state_is_wal_and_sound(web: ToyWeb, home: HarvestHome, settings: Settings) -> None:
    web.page("talk", "<h1>Talk</h1>")
    run(home, settings)
    state = CrawlState(home.state_db)
    assert state.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert state.integrity_check() == "ok"
    page = state.get(f"{ECCP}/content/talk")
    assert page.etag and page.sha256 == hashlib.sha256(b"<h1>Talk</h1>").hexdigest()
    assert page.first_seen <= page.last_fetched and page.last_changed and page.gone_at is None
    assert state.unfinished_runs() == []
    state.close()
