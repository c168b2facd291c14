"""The ECCP start points of the packaged config: backed by the corpus pages, classified as listings, and enough on
their own (no sitemap, no feed) to find every event page of the sample site."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from harvest.config import Settings, SourceConfig, load_settings
from harvest.fetch.crawler import crawl
from harvest.fetch.store import iter_stored_pages
from harvest.home import HarvestHome
from harvest.sample_site import SampleSite, mirror_file, packaged_root
from harvest.sources import Link, Source, UrlKind, load_source

ECCP = "https://clustercollaboration.eu"
CORPUS_PAGES = Path(__file__).resolve().parents[1] / "corpus" / "pages"  # vendored copy of ../shared/corpus


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return load_settings(HarvestHome.resolve(tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="module")
def eccp_config(settings: Settings) -> SourceConfig:
    return next(source for source in settings.sources if source.key == "eccp")


@pytest.fixture(scope="module")
def eccp(eccp_config: SourceConfig) -> Source:
    return load_source(eccp_config)


def corpus_links() -> set[str]:
    """Every site-relative or ECCP href of the ECCP (Drupal) corpus pages, as a path."""
    paths = set()
    for page in sorted(CORPUS_PAGES.glob("dev-*.html")):
        html = page.read_text(encoding="utf-8")
        if "Drupal" not in html:  # nca.cz pages: their site-relative links are nca.cz paths
            continue
        for anchor in BeautifulSoup(html, "lxml").find_all("a", href=True):
            href = anchor["href"].replace("https://www.clustercollaboration.eu", "").replace(ECCP, "")
            if href.startswith("/"):
                paths.add(href)
    return paths


def test_every_eccp_start_listing_is_linked_from_the_corpus_pages(eccp_config: SourceConfig) -> None:
    """No invented start point: each configured listing or tag is a link on the real pages (menu, breadcrumb …)."""
    linked = corpus_links()
    assert len(eccp_config.listings) == 9
    for path in (*eccp_config.listings, *eccp_config.tags):
        assert path in linked, path


def test_start_listings_and_their_pages_are_listings_and_what_they_list_stays_events(
    eccp: Source, eccp_config: SourceConfig
) -> None:
    for path in (*eccp_config.listings, *eccp_config.tags):
        assert eccp.classify(ECCP + path) is UrlKind.LISTING, path
        assert eccp.link(f"{path}?page=2", ECCP) == Link(f"{ECCP}{path}?page=2", UrlKind.LISTING), path
        assert eccp.link(f"{path}?page=0", ECCP) == Link(f"{ECCP}{path}", UrlKind.LISTING), path  # = the first page
    # The series pages sit above event pages of the same prefix, which must stay event candidates.
    for url in (
        f"{ECCP}/events/organised-by-eccp/clusters-talks/bio-based-products",
        f"{ECCP}/event-calendar/clusters-meet-regions-lyon-france",
        f"{ECCP}/community-event/cloth-clusterxchange-netherlands",
    ):
        assert eccp.classify(url) is UrlKind.EVENT, url


def test_a_series_listing_of_the_mirror_gives_its_events_and_next_page(eccp: Source) -> None:
    url = f"{ECCP}/events/organised-by-eccp/clusters-talks"
    found = eccp.discover(Link(url, UrlKind.LISTING), (packaged_root() / mirror_file(url)).read_bytes(), "text/html")
    assert len(found.links) == 6 and all(link.kind is UrlKind.EVENT for link in found.links)
    assert found.links[0].url == f"{ECCP}/content/eu-clusters-talks-special-recap-key-policies-and-takeaways"  # newest
    assert found.next_page == Link(f"{url}?page=1", UrlKind.LISTING)
    empty_url = f"{ECCP}/community-news"
    empty = eccp.discover(
        Link(empty_url, UrlKind.LISTING), (packaged_root() / mirror_file(empty_url)).read_bytes(), "text/html"
    )
    assert empty.links == [] and empty.next_page is None and empty.problem is None


@pytest.mark.e2e
def test_the_listings_alone_find_every_event_page_of_the_sample_site(settings: Settings, tmp_path: Path) -> None:
    """With sitemaps and feeds switched off (as if they missed pages), the start listings still reach every page."""
    listings_only = dataclasses.replace(
        settings,
        sources=tuple(dataclasses.replace(source, sitemaps=(), feeds=()) for source in settings.sources),
    )
    home = HarvestHome.resolve(tmp_path / "home")
    with SampleSite() as site:
        report = crawl(home, listings_only.with_origin_map(site.origin_map))
    assert report.exit_code == 0, report.failures
    assert not report.discovery.failed and report.discovery.gone == 0
    assert report.events.pages_seen == report.events.changed == 31  # every detail page of the mirror: 24 + 7
    assert len(list(iter_stored_pages(home))) == 31
