"""The packaged mirror is complete: what a crawler discovers answers 200, and the corpus pages are all there."""

from __future__ import annotations

import filecmp
import json
import re
from pathlib import Path
from urllib.parse import urljoin

import requests
from bs4 import BeautifulSoup

from harvest.config import load_settings
from harvest.home import HarvestHome
from harvest.sample_site import SampleSite, mirror_file, packaged_root
from harvest.sample_site.build import build_mirror, main

from .conftest import CORPUS, fetch

ECCP = "https://clustercollaboration.eu"


def _corpus() -> list[dict[str, object]]:
    lines = (CORPUS / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _locs(xml: str) -> list[str]:
    return re.findall(r"<loc>([^<]+)</loc>", xml)


def _follow(site: SampleSite, session: requests.Session, first: str) -> list[str]:
    """The URLs of a paginated listing, following <link rel="next"> from the first page."""
    pages, url = [], first
    while url:
        response = fetch(site, url, session)
        assert response.status_code == 200, url
        pages.append(url)
        link = BeautifulSoup(response.text, "lxml").find("link", rel="next")
        url = link["href"] if link else None
        assert len(pages) < 20
    return pages


def _page_links(site: SampleSite, session: requests.Session, url: str, selector: str) -> list[str]:
    soup = BeautifulSoup(fetch(site, url, session).text, "lxml")
    return [urljoin(url, anchor["href"]) for anchor in soup.select(selector)]


def test_every_corpus_page_is_served_byte_for_byte(site: SampleSite, session: requests.Session) -> None:
    records = _corpus()
    assert len(records) >= 28
    for record in records:
        html = (CORPUS / "pages" / f"{record['id']}.html").read_bytes()
        assert (packaged_root() / mirror_file(str(record["url"]))).read_bytes() == html, record["id"]
        response = fetch(site, str(record["url"]), session, headers={"Accept-Encoding": "identity"})
        assert response.status_code == 200, record["url"]
        assert response.content == html


def test_sitemap_index_and_pages(site: SampleSite, session: requests.Session) -> None:
    robots = fetch(site, f"{ECCP}/robots.txt", session).text
    assert "Sitemap: https://clustercollaboration.eu/sitemap.xml" in robots
    assert "Disallow: /user/" in robots
    index = fetch(site, f"{ECCP}/sitemap.xml", session)
    assert "<sitemapindex" in index.text
    pages = _locs(index.text)
    assert pages == ["http://default/sitemap.xml?page=1", "http://default/sitemap.xml?page=2"]
    for page in pages:
        xml = fetch(site, page.replace("http://default", ECCP), session).text
        assert xml.count("<loc>") == xml.count("<lastmod>")
    urls = _sitemap_urls(site, session)
    assert urls and all(url.startswith("http://default/") for url in urls)  # the broken host of the real site
    for url in urls:
        response = fetch(site, url.replace("http://default", ECCP), session)
        assert response.status_code == 200, url
        assert response.headers["Content-Type"].startswith("text/html")
    assert len(urls) == len(set(urls)) == 27


def test_rss_feed(site: SampleSite, session: requests.Session) -> None:
    feed = fetch(site, f"{ECCP}/rss.xml", session).text
    assert feed.startswith("<!-- THEME DEBUG -->\n<!-- THEME HOOK: 'views_view_rss' -->")
    assert feed.index("<!-- THEME DEBUG -->") < feed.index("<?xml")
    links = re.findall(r"<link>([^<]+)</link>", feed)[1:]  # the first is the channel's
    assert len(links) == 10
    for link in links:
        assert fetch(site, link, session).status_code == 200, link


TEASERS = ".view-display-id-page_1 .teaser__title a"
# Configured ECCP listing → how many pages of the mirror it lists (the series pages: events and reports alike).
LISTED = {
    "/events": 12,
    "/event-calendar": 14,
    "/events/organised-by-eccp/clusters-talks": 7,
    "/events/organised-by-eccp/clusters-meet-regions": 6,
    "/events/organised-by-eccp/c2lab": 1,
    "/european-cluster-conference": 0,  # no ECCP page of the mirror is of that series (nca.cz has two)
    "/community-event": 2,
    "/news": 10,
    "/community-news": 0,  # no corpus page is community news
    "/taxonomy/term/1724": 7,
}


def test_eccp_listings_paginate_and_link_existing_pages(site: SampleSite, session: requests.Session) -> None:
    assert _follow(site, session, f"{ECCP}/events") == [f"{ECCP}/events", f"{ECCP}/events?page=1"]
    calendar = _follow(site, session, f"{ECCP}/event-calendar")
    assert calendar == [f"{ECCP}/event-calendar", f"{ECCP}/event-calendar?page=1", f"{ECCP}/event-calendar?page=2"]
    talks = f"{ECCP}/events/organised-by-eccp/clusters-talks"
    assert _follow(site, session, talks) == [talks, f"{talks}?page=1"]
    linked: dict[str, list[str]] = {}
    pagers: set[str] = set()
    for path in LISTED:
        pages = _follow(site, session, ECCP + path)
        linked[path] = [link for page in pages for link in _page_links(site, session, page, TEASERS)]
        pagers.update(link for page in pages for link in _page_links(site, session, page, ".pager__item a"))
        assert len(linked[path]) == len(set(linked[path])) == LISTED[path], path
    assert f"{ECCP}/events?page=0" in pagers  # Drupal's pager links the first page as ?page=0
    assert f"{talks}?page=0" in pagers
    # The event calendar lists every event and community event; the type listings split it.
    assert sorted(linked["/event-calendar"]) == sorted(linked["/events"] + linked["/community-event"])
    assert all("/community-event/" in link for link in linked["/community-event"])
    assert linked["/events/organised-by-eccp/c2lab"] == [
        f"{ECCP}/content/c2lab-cluj-romania-round-activities-summary-projects"
    ]
    # Listings reach every node of the sitemap (all the mirror's ECCP pages), whatever the sitemap would miss.
    nodes = {url.replace("http://default", ECCP) for url in _sitemap_urls(site, session)} - {ECCP + p for p in LISTED}
    assert len(nodes) == 24
    assert set(linked["/event-calendar"]) | set(linked["/news"]) == nodes
    for link in {*(link for links in linked.values() for link in links), *pagers}:
        assert fetch(site, link, session).status_code == 200, link
    for path in (path for path, count in LISTED.items() if not count):  # an empty view: its text, no next page
        empty = fetch(site, ECCP + path, session).text
        assert 'class="view-empty"' in empty and 'rel="next"' not in empty, path


def test_every_configured_start_point_is_served(site: SampleSite, session: requests.Session, tmp_path: Path) -> None:
    """What `harvest run --sample` requests first: every start point of the packaged config answers 200."""
    settings = load_settings(HarvestHome.resolve(tmp_path / "home"))
    eccp = next(source for source in settings.sources if source.key == "eccp")
    assert set(eccp.listings + eccp.tags) == set(LISTED)
    start_points = [
        urljoin(source.base_url, path)
        for source in settings.enabled_sources
        for path in (*source.sitemaps, *source.feeds, *source.listings, *source.tags)
    ]
    assert len(start_points) == 13
    for url in start_points:
        response = fetch(site, url, session)
        assert response.status_code == 200, url
        assert response.headers["Content-Type"].startswith(("text/html", "application/xml", "application/rss+xml"))


def _sitemap_urls(site: SampleSite, session: requests.Session) -> list[str]:
    index = fetch(site, f"{ECCP}/sitemap.xml", session).text
    return [
        url for page in _locs(index) for url in _locs(fetch(site, page.replace("http://default", ECCP), session).text)
    ]


def test_nca_listing_paginates_and_links_every_news_page(site: SampleSite, session: requests.Session) -> None:
    listing = _follow(site, session, "https://www.nca.cz/en/news/")
    assert listing == [
        "https://www.nca.cz/en/news/",
        "https://www.nca.cz/en/news/?page=2",
        "https://www.nca.cz/en/news/?page=3",
    ]
    linked = [
        link for page in listing for link in _page_links(site, session, page, ".news-list--overview .news-list__link")
    ]
    assert len(linked) == len(set(linked)) == 7
    projects = _page_links(site, session, "https://www.nca.cz/en/about-us/projects/", ".projects-list a")
    for link in [*linked, *projects]:
        page = fetch(site, link, session)
        assert page.status_code == 200, link
        assert "<title>Modus | Home page</title>" in page.text


def test_every_document_link_answers_with_a_valid_file(site: SampleSite, session: requests.Session) -> None:
    root = packaged_root()
    documents = set()
    for path in root.rglob("*.html"):
        site_key = path.relative_to(root).parts[0]
        base = ECCP if site_key == "eccp" else "https://www.nca.cz"
        for anchor in BeautifulSoup(path.read_bytes(), "lxml").find_all("a", href=True):
            url = urljoin(f"{base}/", anchor["href"])
            if url.startswith(base) and re.search(r"\.(pdf|docx|zip)$", url):
                documents.add(url)
    assert len(documents) == 15
    for url in documents:
        response = fetch(site, url, session)
        assert response.status_code == 200, url
        if url.endswith(".pdf"):
            assert response.content.startswith(b"%PDF-1.4") and response.content.rstrip().endswith(b"%%EOF")
        else:
            assert response.content.startswith(b"PK\x03\x04")


def test_non_event_pages_are_there(site: SampleSite, session: requests.Session) -> None:
    login = fetch(site, f"{ECCP}/user/login", session)
    assert 'id="user-login-form"' in login.text
    news = fetch(site, f"{ECCP}/content/critical-raw-materials-act", session).text
    assert "page-node-type-news" in news
    assert "Submitted by" in news
    assert 'class="field__label">Event Type' not in news


def test_the_build_is_deterministic_and_matches_the_packaged_mirror(tmp_path: Path) -> None:
    _, counts = build_mirror(CORPUS)
    assert counts["eccp"]["event pages"] == 20
    assert counts["nca"]["event pages"] + counts["nca"]["other pages"] == 8
    assert main(["--corpus", str(CORPUS), "--out", str(tmp_path / "mirror")]) == 0
    comparison = filecmp.dircmp(packaged_root(), tmp_path / "mirror")
    differing: list[str] = []

    def collect(node: filecmp.dircmp[str], prefix: str) -> None:
        differing.extend(prefix + name for name in node.diff_files + node.left_only + node.right_only)
        for name, child in node.subdirs.items():
            collect(child, f"{prefix}{name}/")

    collect(comparison, "")
    assert differing == [], "the packaged mirror is stale: rerun python -m harvest.sample_site.build"


def test_the_build_refuses_to_overwrite_a_folder_that_is_not_a_mirror(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me", encoding="utf-8")
    assert main(["--corpus", str(CORPUS), "--out", str(tmp_path)]) == 2
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "keep me"
