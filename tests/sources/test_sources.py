"""Sources: canonical URLs, classification, discovery from sitemaps, feeds and listings; a third site is a module."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from harvest.config import Settings, load_settings, settings_from_dict
from harvest.errors import UserError
from harvest.home import HarvestHome
from harvest.sources import Link, Source, UrlKind, load_source

ECCP = "https://clustercollaboration.eu"
NCA = "https://nca.cz"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return load_settings(HarvestHome.resolve(tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="module")
def eccp(settings: Settings) -> Source:
    return load_source(next(s for s in settings.sources if s.key == "eccp"))


@pytest.fixture(scope="module")
def nca(settings: Settings) -> Source:
    return load_source(next(s for s in settings.sources if s.key == "nca"))


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://www.clustercollaboration.eu/content/x", f"{ECCP}/content/x"),
        ("http://clustercollaboration.eu/content/x/#speakers", f"{ECCP}/content/x"),
        ("https://preview.clustercollaboration.eu/content/x", f"{ECCP}/content/x"),
        ("https://eccp-d10.eccp.hosted-temp.com/content/x?utm_source=news", f"{ECCP}/content/x"),
        ("http://default/sitemap.xml?page=2", f"{ECCP}/sitemap.xml?page=2"),
        (
            "/event-calendar/clusters-meet-regions-Kittila-Finland",
            f"{ECCP}/event-calendar/clusters-meet-regions-Kittila-Finland",
        ),
        ("https://example.org/content/x", None),
        ("mailto:info@clustercollaboration.eu", None),
        ("https://clustercollaboration.eu.evil.org/content/x", None),
    ],
)
def test_eccp_canonical_urls(eccp: Source, href: str, expected: str | None) -> None:
    link = eccp.link(href, ECCP + "/events")
    assert (link.url if link else None) == expected


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        (f"{ECCP}/content/eu-clusters-talks-x", UrlKind.EVENT),
        (f"{ECCP}/events/organised-by-eccp/clusters-talks/bio-based-products", UrlKind.EVENT),
        (f"{ECCP}/event-calendar/clusters-meet-regions-lyon-france", UrlKind.EVENT),
        (f"{ECCP}/community-event/cloth-clusterxchange-netherlands", UrlKind.EVENT),
        (f"{ECCP}/events/organised-by-eccp/clusters-talks", UrlKind.LISTING),  # a series listing, not an event
        (f"{ECCP}/events?page=3", UrlKind.LISTING),
        (f"{ECCP}/tags/eu-clusters-talks", UrlKind.LISTING),
        (f"{ECCP}/sitemap.xml?page=2", UrlKind.SITEMAP),
        (f"{ECCP}/rss.xml", UrlKind.FEED),
        (f"{ECCP}/sites/default/files/2023-03/agenda.pdf", UrlKind.ASSET),
        (f"{ECCP}/user/login?destination=/content/x", UrlKind.OTHER),
        (f"{ECCP}/search?keys=clusters", UrlKind.OTHER),
        (f"{ECCP}/events?f[0]=event_type:12", UrlKind.OTHER),
        (f"{ECCP}/about", UrlKind.OTHER),
    ],
)
def test_eccp_classification(eccp: Source, url: str, kind: UrlKind) -> None:
    assert eccp.classify(url) is kind


def test_only_pagination_survives_in_the_query(eccp: Source) -> None:
    assert eccp.link("/events?page=2&sort=date", ECCP) == Link(f"{ECCP}/events?page=2", UrlKind.LISTING)
    assert eccp.link("/events?page=0", ECCP) == Link(f"{ECCP}/events", UrlKind.LISTING)
    assert eccp.link("/content/x?page=2", ECCP) == Link(f"{ECCP}/content/x", UrlKind.EVENT)
    assert eccp.link("/events?f[0]=type:1&page=2", ECCP) is None


@pytest.mark.parametrize(
    "href",
    [
        "https://www.nca.cz/news/european-cluster-conference-2024-takes-place-in-brussels/",
        "https://nca.cz/news/european-cluster-conference-2024-takes-place-in-brussels",
        "/news/european-cluster-conference-2024-takes-place-in-brussels/",
    ],
)
def test_nca_news_pages_are_one_url(nca: Source, href: str) -> None:
    link = nca.link(href, NCA + "/en/news")
    assert link == Link(f"{NCA}/news/european-cluster-conference-2024-takes-place-in-brussels", UrlKind.EVENT)


def test_nca_classification(nca: Source) -> None:
    assert nca.classify(f"{NCA}/en/news?page=2") is UrlKind.LISTING
    assert nca.classify(f"{NCA}/en/about-us/projects") is UrlKind.OTHER
    assert nca.classify(f"{NCA}/files/summary.pdf") is UrlKind.ASSET
    assert nca.link("https://clustercollaboration.eu/euroclusters", NCA) is None


# -- discovery -----------------------------------------------------------------------------------------------------


def test_sitemap_index_with_the_default_host_and_debug_comments(eccp: Source) -> None:
    body = textwrap.dedent(
        """\
        <!-- THEME DEBUG -->
        <!-- BEGIN OUTPUT from 'sitemap.html.twig' -->
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>http://default/sitemap.xml?page=1</loc><lastmod>2024-05-01T10:00:00+02:00</lastmod></sitemap>
          <sitemap><loc>http://default/sitemap.xml?page=2</loc></sitemap>
          <sitemap><loc>https://example.org/sitemap.xml</loc></sitemap>
        </sitemapindex>"""
    ).encode()
    found = eccp.discover(Link(f"{ECCP}/sitemap.xml", UrlKind.SITEMAP), body)
    assert found.problem is None
    assert [link.url for link in found.links] == [f"{ECCP}/sitemap.xml?page=1", f"{ECCP}/sitemap.xml?page=2"]


def test_sitemap_urlset_gives_event_pages_with_lastmod(eccp: Source) -> None:
    body = b"""<?xml version="1.0"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>http://default/content/a</loc><lastmod>2024-05-01T10:00:00+02:00</lastmod></url>
      <url><loc>https://www.clustercollaboration.eu/event-calendar/b</loc><lastmod>2024-05-02</lastmod></url>
      <url><loc>http://default/about</loc></url>
      <url><loc>http://default/user/login</loc></url>
    </urlset>"""
    found = eccp.discover(Link(f"{ECCP}/sitemap.xml?page=1", UrlKind.SITEMAP), body)
    assert found.links == [
        Link(f"{ECCP}/content/a", UrlKind.EVENT, datetime(2024, 5, 1, 8, 0, tzinfo=UTC)),
        Link(f"{ECCP}/event-calendar/b", UrlKind.EVENT, datetime(2024, 5, 2, tzinfo=UTC)),
    ]


def test_xml_bomb_is_refused_without_expansion(eccp: Source) -> None:
    levels = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    body = f'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY l0 "lol">{levels}]><urlset><url><loc>&l9;</loc></url></urlset>'
    found = eccp.discover(Link(f"{ECCP}/sitemap.xml", UrlKind.SITEMAP), body.encode())
    assert found.links == [] and found.problem is not None and found.problem.startswith("xml_unsafe")


def test_external_entity_is_refused(eccp: Source) -> None:
    body = b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]><urlset>&x;</urlset>'
    assert eccp.discover(Link(f"{ECCP}/sitemap.xml", UrlKind.SITEMAP), body).problem.startswith("xml_unsafe")


def test_broken_xml_is_a_problem_not_an_exception(eccp: Source) -> None:
    found = eccp.discover(Link(f"{ECCP}/sitemap.xml", UrlKind.SITEMAP), b"<urlset><url>")
    assert found.problem is not None and found.problem.startswith("xml_invalid")


def test_rss_feed_after_debug_comments(eccp: Source) -> None:
    body = b"""<!-- THEME DEBUG --><!-- FILE NAME SUGGESTIONS: views-view-rss.html.twig -->
    <?xml version="1.0" encoding="utf-8"?>
    <rss version="2.0"><channel><title>ECCP</title><link>https://clustercollaboration.eu/</link>
      <item><title>A</title><link>https://clustercollaboration.eu/content/a</link></item>
      <item><title>B</title><link>http://www.clustercollaboration.eu/event-calendar/b?utm_medium=rss</link></item>
      <item><title>C</title><link>https://twitter.com/eccp</link></item>
    </channel></rss>"""
    found = eccp.discover(Link(f"{ECCP}/rss.xml", UrlKind.FEED), body)
    assert [link.url for link in found.links] == [f"{ECCP}/content/a", f"{ECCP}/event-calendar/b"]


def test_atom_feed(eccp: Source) -> None:
    body = b"""<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://clustercollaboration.eu/"/>
      <entry><link href="/content/a"/></entry></feed>"""
    found = eccp.discover(Link(f"{ECCP}/rss.xml", UrlKind.FEED), body)
    assert [link.url for link in found.links] == [f"{ECCP}/content/a"]


def listing_page(items: list[str], next_href: str | None, sidebar: list[str] = ()) -> bytes:
    links = "".join(f'<li><a href="{href}">x</a></li>' for href in items)
    side = "".join(f'<a href="{href}">y</a>' for href in sidebar)
    pager = f'<nav class="pager"><a rel="next" href="{next_href}">Next</a></nav>' if next_href else ""
    menu = '<nav><a href="/content/about-eccp">About</a></nav>'
    return f"<html><body>{menu}<main><ul>{links}</ul>{pager}<aside>{side}</aside></main></body></html>".encode()


def test_listing_gives_main_region_links_and_the_next_page(eccp: Source) -> None:
    body = listing_page(["/content/a", "/event-calendar/b", "/content/a", "/search?x"], "?page=1", ["/content/side"])
    found = eccp.discover(Link(f"{ECCP}/events", UrlKind.LISTING), body, "text/html; charset=utf-8")
    assert [link.url for link in found.links] == [f"{ECCP}/content/a", f"{ECCP}/event-calendar/b"]
    assert found.next_page == Link(f"{ECCP}/events?page=1", UrlKind.LISTING)


def test_listing_links_in_a_declared_charset_or_with_broken_utf8(eccp: Source) -> None:
    page = Link(f"{ECCP}/events", UrlKind.LISTING)
    czech = '<main><a href="/content/přehled">Přehled</a></main>'.encode("cp1250")
    found = eccp.discover(page, czech, "text/html; charset=windows-1250")
    assert [link.url for link in found.links] == [f"{ECCP}/content/přehled"]
    broken = b'<main><p>caf\xe9</p><a href="/content/a">A</a><p>\xff\xfe</p><a href="/content/b">B</a></main>'
    assert [link.url for link in eccp.discover(page, broken, "text/html").links] == [
        f"{ECCP}/content/a",
        f"{ECCP}/content/b",
    ]


def test_links_remembered_across_pages_keep_their_own_lastmod(eccp: Source) -> None:
    spring, autumn = datetime(2024, 3, 1, tzinfo=UTC), datetime(2024, 9, 1, tzinfo=UTC)
    assert eccp.link("http://default/content/a", ECCP, spring) == Link(f"{ECCP}/content/a", UrlKind.EVENT, spring)
    assert eccp.link("/content/a", f"{ECCP}/events?page=1", autumn) == Link(f"{ECCP}/content/a", UrlKind.EVENT, autumn)
    assert eccp.link("/content/a/", f"{ECCP}/events?page=2") == Link(f"{ECCP}/content/a", UrlKind.EVENT)
    assert eccp.link("?page=3", f"{ECCP}/events?page=2") == Link(f"{ECCP}/events?page=3", UrlKind.LISTING)
    assert eccp.link("?page=3", f"{ECCP}/news?page=2") == Link(f"{ECCP}/news?page=3", UrlKind.LISTING)


def test_next_page_is_the_first_usable_rel_next_in_document_order(eccp: Source) -> None:
    page = Link(f"{ECCP}/events?page=1", UrlKind.LISTING)

    def listing(head_href: str) -> bytes:
        main = '<main><a href="/content/a">A</a><a rel="next" href="?page=5">Next</a></main>'
        return f'<html><head><link rel="next" href="{head_href}"></head><body>{main}</body></html>'.encode()

    assert eccp.discover(page, listing("?page=2")).next_page == Link(f"{ECCP}/events?page=2", UrlKind.LISTING)
    # A head link back to the page itself is no next page: the pager's is.
    assert eccp.discover(page, listing("?page=1")).next_page == Link(f"{ECCP}/events?page=5", UrlKind.LISTING)


def test_an_empty_listing_page_ends_the_pagination(eccp: Source) -> None:
    found = eccp.discover(Link(f"{ECCP}/events?page=9", UrlKind.LISTING), listing_page([], "?page=10"))
    assert found.links == [] and found.next_page is None


def test_an_empty_body_is_no_crash(eccp: Source) -> None:
    assert eccp.discover(Link(f"{ECCP}/events", UrlKind.LISTING), b"").links == []


def test_asset_links_of_an_event_page(nca: Source) -> None:
    body = b"""<main><a href="/files/summary.pdf" title="Summary"></a><a href="/files/slides.pptx">Slides</a>
      <a href="https://youtube.com/watch?v=1">Video</a><aside><a href="/files/other.pdf">x</a></aside></main>"""
    links = nca.asset_links(f"{NCA}/news/x", body)
    assert [link.url for link in links] == [f"{NCA}/files/summary.pdf", f"{NCA}/files/slides.pptx"]


# -- a third site: one module and one config entry -----------------------------------------------------------------

TOY_MODULE = """
from harvest.sources.base import Source


class ToySource(Source):
    event_patterns = (r"^/agenda/[^/]+$",)
    listing_patterns = (r"^/agenda$",)


SOURCE = ToySource
"""


TOY_CONFIG = (
    '[sources.toy]\nmodule = "toy_site"\nbase_url = "https://toy.example"\naliases = ["www.toy.example"]\n'
    'listings = ["/agenda"]\n'
)


def toy_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra_config: str = "") -> HarvestHome:
    """A home whose config adds the toy site; the toy module is importable, as an operator's own module would be."""
    (tmp_path / "toy_site.py").write_text(TOY_MODULE)
    monkeypatch.syspath_prepend(str(tmp_path))
    home = HarvestHome.resolve(tmp_path / "home")
    home.config_file.write_text(extra_config + TOY_CONFIG)
    return home


def test_a_new_site_is_a_module_plus_a_config_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings(toy_home(tmp_path, monkeypatch))
    assert [s.key for s in settings.enabled_sources] == ["eccp", "nca", "toy"]
    toy = load_source(settings.enabled_sources[-1])
    assert toy.start_links() == [Link("https://toy.example/agenda", UrlKind.LISTING)]
    found = toy.discover(toy.start_links()[0], listing_page(["http://www.toy.example/agenda/spring-fair/"], None))
    assert found.links == [Link("https://toy.example/agenda/spring-fair", UrlKind.EVENT)]


def test_a_source_module_without_SOURCE_is_a_clear_error() -> None:
    settings = settings_from_dict({"sources": {"bad": {"module": "harvest.config", "base_url": "https://x.example"}}})
    with pytest.raises(UserError, match="no SOURCE class"):
        load_source(settings.sources[0])
    missing = settings_from_dict({"sources": {"gone": {"base_url": "https://x.example"}}})
    with pytest.raises(UserError, match=r"cannot import module 'harvest\.sources\.gone'"):
        load_source(missing.sources[0])


TOY_EVENT_PAGE = """<html><head><title>Spring fair | Toy Cluster</title></head><body>
<nav><a href="/">Home</a> <a href="/agenda">Agenda</a></nav>
<main><article><h1>Spring fair of the toy clusters</h1>
<p>The Toy Cluster invites you to the EU Clusters Talk “Toys for the twin transition” on 12 March 2025,
8:30 – 9:45 CET.</p>
<p>Speakers include:</p>
<ul><li>Ada Lovelace, Chief Engineer, Analytical Engines Cluster;</li>
<li>Charles Babbage, Director, Difference Lab.</li></ul>
</article></main><footer>© 2025 Toy Cluster</footer></body></html>"""


def test_a_new_site_is_crawled_and_built_with_no_change_elsewhere(tmp_path: Path, monkeypatch) -> None:
    """The toy module and its config entry, crawled over HTTP (`responses`) and built: its event is in the tables."""
    import responses

    from harvest.fetch.crawler import crawl
    from harvest.tables.build import build
    from harvest.tables.staging import read_build

    others_off = "[crawl]\ndelay = 0.0\n[sources.eccp]\nenabled = false\n[sources.nca]\nenabled = false\n"
    home = toy_home(tmp_path, monkeypatch, others_off)
    settings = load_settings(home)
    html = {"Content-Type": "text/html; charset=utf-8"}
    with responses.RequestsMock() as web:
        web.add(responses.GET, "https://toy.example/robots.txt", body="User-agent: *\nDisallow:\n")
        web.add(
            responses.GET, "https://toy.example/agenda", body=listing_page(["/agenda/spring-fair"], None), headers=html
        )
        web.add(responses.GET, "https://toy.example/agenda/spring-fair", body=TOY_EVENT_PAGE, headers=html)
        report = crawl(home, settings).to_dict()
    assert report["exit_code"] == 0 and report["by_kind"]["event"]["fetched"] == 1
    result = build(home, settings)
    assert result.events == 1
    tables = read_build(home.build_dir).tables
    [event] = tables["events"].to_pylist()
    assert event["primary_url"] == "https://toy.example/agenda/spring-fair"
    assert event["title"] == "Toys for the twin transition" and event["start_local"] == "2025-03-12T08:30:00+01:00"
    assert [p["site"] for p in tables["event_pages"].to_pylist()] == ["toy"]
    assert [a["name"] for a in tables["appearances"].to_pylist()] == ["Ada Lovelace", "Charles Babbage"]
