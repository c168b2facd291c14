"""What every source shares: URL canonicalisation, classification by patterns, and discovery from start points.

A site module subclasses `Source`, sets its patterns and hooks, and exposes the class as `SOURCE`. Discovery parses
bodies the fetcher already downloaded (no network here): sitemaps and feeds through `harvest.sources.xml` (no entity
expansion), listings with lxml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from fnmatch import fnmatch
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import lxml.html
from lxml import etree

from harvest.config import SourceConfig
from harvest.sources.xml import UnsafeXmlError, local_name, parse_lastmod, parse_xml


class UrlKind(StrEnum):
    EVENT = "event"  # an event-candidate detail page (the parser decides whether it really is an event)
    LISTING = "listing"  # a listing or tag page with ?page=N pagination
    SITEMAP = "sitemap"
    FEED = "feed"
    ASSET = "asset"  # an attachment (fetched only with fetch_assets)
    OTHER = "other"  # not ours to fetch: log-in, search, faceted listings, anything unknown

    @property
    def is_discovery(self) -> bool:
        return self in (UrlKind.LISTING, UrlKind.SITEMAP, UrlKind.FEED)


@dataclass(frozen=True, slots=True)
class Link:
    url: str  # canonical production URL
    kind: UrlKind
    lastmod: datetime | None = None  # from the sitemap, UTC


@dataclass(slots=True)
class Discovery:
    """What one discovery page yielded."""

    links: list[Link] = field(default_factory=list)
    next_page: Link | None = None  # rel="next" of a listing (None on the last or an empty page)
    problem: str | None = None  # why nothing could be read, e.g. "xml_unsafe: entity declarations refused"


DOCUMENT_SUFFIXES = (".pdf", ".zip", ".docx", ".doc", ".pptx", ".ppt", ".xlsx", ".xls", ".odt", ".ods", ".odp")
PAGE_PARAMETER = "page"
_ABSOLUTE = re.compile(r"https?://", re.IGNORECASE)
_SLASHES = re.compile(r"/{2,}")
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.IGNORECASE)


class Source:
    """A site: subclasses list the path patterns of event pages, listings and excluded URLs."""

    event_patterns: tuple[str, ...] = ()  # regexes on the canonical path
    listing_patterns: tuple[str, ...] = ()
    feed_patterns: tuple[str, ...] = (r"/rss\.xml$", r"/feed/?$")
    sitemap_patterns: tuple[str, ...] = (r"^/sitemap[^/]*\.xml$",)
    excluded_patterns: tuple[str, ...] = (r"^/user(/|$)", r"^/search", r"^/admin(/|$)")
    excluded_query_keys: tuple[str, ...] = ()  # query keys that make a URL not ours (faceted search: "f[0]")
    keep_trailing_slash: bool = False  # for event pages; listings keep theirs (servers redirect to their own form)

    def __init__(self, config: SourceConfig) -> None:
        self.config = config
        self.key = config.key
        base = urlsplit(config.base_url)
        self.scheme, self.netloc = base.scheme, base.netloc
        self._owned_hosts: dict[str, bool] = {}
        self._links: dict[tuple[str, str], Link | None] = {}  # (path, query) → link, for this Source's lifetime
        self._compiled = {
            kind: [re.compile(p) for p in patterns]
            for kind, patterns in (
                (UrlKind.OTHER, self.excluded_patterns),
                (UrlKind.SITEMAP, self.sitemap_patterns),
                (UrlKind.FEED, self.feed_patterns),
                (UrlKind.EVENT, self.event_patterns),
                (UrlKind.LISTING, self.listing_patterns),
            )
        }
        self._start_paths = {
            self._normalise_path(p): kind
            for kind, paths in (
                (UrlKind.SITEMAP, config.sitemaps),
                (UrlKind.FEED, config.feeds),
                (UrlKind.LISTING, (*config.listings, *config.tags)),
            )
            for p in paths
        }

    # -- URLs ------------------------------------------------------------------------------------------------------

    def owns_host(self, host: str) -> bool:
        owned = self._owned_hosts.get(host)
        if owned is None:  # fnmatch over the aliases once per host, not once per link
            name = host.lower().rstrip(".")
            owned = name == self.config.host or any(fnmatch(name, alias) for alias in self.config.aliases)
            self._owned_hosts[host] = owned
        return owned

    def canonical_url(self, url: str, base: str | None = None) -> str | None:
        """The production URL of `url` (resolved against `base`), or None when it is not on this site.

        Aliases (www., staging hosts, Drupal's `http://default/`) become the base URL's scheme and host; the fragment
        goes; the path is normalised; the query is kept for `classify` (see `link` for the final form).
        """
        place = self._place(url, base)
        return None if place is None else self._url(*place)

    def _place(self, url: str, base: str | None) -> tuple[str, str] | None:
        """(normalised path, query) of `url` on this site, or None: the one parse behind every URL method."""
        url = url.strip()
        try:
            # urljoin parses both URLs; an absolute href needs neither (and would come back unchanged).
            parts = urlsplit(urljoin(base, url) if base and not _ABSOLUTE.match(url) else url)
            host = parts.hostname or ""
        except ValueError:  # e.g. an invalid IPv6 literal in a hand-written href
            return None
        if parts.scheme not in ("http", "https") or not self.owns_host(host):
            return None
        return self._normalise_path(parts.path), parts.query

    def _url(self, path: str, query: str) -> str:
        return f"{self.scheme}://{self.netloc}{path}" + (f"?{query}" if query else "")

    @staticmethod
    def _normalise_path(path: str) -> str:
        return _SLASHES.sub("/", path) if "//" in path else path or "/"

    def classify(self, url: str) -> UrlKind:
        """The kind of a canonical URL: configured start points first, then exclusions, then the site's patterns."""
        parts = urlsplit(url)
        return self._classify(parts.path, parts.query)

    def _classify(self, path: str, query: str) -> UrlKind:
        if query and self.excluded_query_keys:
            keys = [k for k, _ in parse_qsl(query, keep_blank_values=True)]
            if any(k.startswith(excluded) for k in keys for excluded in self.excluded_query_keys):
                return UrlKind.OTHER
        # Sites link many pages with and without a trailing slash: patterns and start points match either form.
        paths = (path, path.rstrip("/") or "/")
        for form in paths:
            if form in self._start_paths:
                return self._start_paths[form]
        for kind, patterns in self._compiled.items():
            if any(p.search(form) for p in patterns for form in paths):
                return kind
        if path.lower().endswith(DOCUMENT_SUFFIXES):
            return UrlKind.ASSET
        return UrlKind.OTHER

    def link(self, href: str, base: str | None = None, lastmod: datetime | None = None) -> Link | None:
        """A canonical, classified link, or None when `href` is foreign or not ours to fetch."""
        place = self._place(href, base)
        return None if place is None else self._link_at(*place, lastmod)

    def _link_at(self, path: str, query: str, lastmod: datetime | None = None) -> Link | None:
        key = (path, query)
        if key not in self._links:  # pagers repeat the same links on every page; canonicalisation repeats URLs
            self._links[key] = self._new_link(path, query)
        link = self._links[key]
        return Link(link.url, link.kind, lastmod) if link and lastmod else link

    def _new_link(self, path: str, query: str) -> Link | None:
        kind = self._classify(path, query)
        if kind is UrlKind.OTHER:
            return None
        # Only pagination survives in the query: detail pages are one page whatever the tracking parameters say.
        page = ""
        if query and kind.is_discovery:
            page = urlencode([(k, v) for k, v in parse_qsl(query) if k == PAGE_PARAMETER and v != "0"])
        if kind is UrlKind.EVENT and not self.keep_trailing_slash and len(path) > 1:
            path = path.rstrip("/")  # sites link the same page with and without it
        return Link(self._url(path, page), kind)

    def page_url(self, url: str) -> str | None:
        """The URL a page is known by (the `link` form when it is ours to fetch), or None when not on this site."""
        place = self._place(url, None)
        if place is None:
            return None
        link = self._link_at(*place)
        return link.url if link else self._url(*place)

    def start_links(self) -> list[Link]:
        links = (self.link(path, self.config.base_url) for path in self._start_paths)
        return [link for link in links if link is not None]

    # -- discovery -------------------------------------------------------------------------------------------------

    def discover(self, page: Link, body: bytes, content_type: str | None = None) -> Discovery:
        """The event pages (and next listing page, or child sitemaps) that a discovery page links to."""
        try:
            if page.kind is UrlKind.SITEMAP:
                return self._discover_sitemap(page, body)
            if page.kind is UrlKind.FEED:
                return self._discover_feed(page, body)
        except UnsafeXmlError as exc:
            return Discovery(problem=f"xml_unsafe: {exc}")
        except etree.XMLSyntaxError as exc:
            return Discovery(problem=f"xml_invalid: {exc}")
        return self._discover_listing(page, body, content_type)

    def _discover_sitemap(self, page: Link, body: bytes) -> Discovery:
        found = Discovery()
        root = parse_xml(body)
        is_index = local_name(root) == "sitemapindex"
        for entry in root:
            values = {local_name(child): (child.text or "").strip() for child in entry if isinstance(child.tag, str)}
            if not values.get("loc"):
                continue
            link = self.link(values["loc"], page.url, parse_lastmod(values.get("lastmod")))
            if link and (link.kind is UrlKind.EVENT or (is_index and link.kind is UrlKind.SITEMAP)):
                found.links.append(link)
        return found

    def _discover_feed(self, page: Link, body: bytes) -> Discovery:
        found = Discovery()
        for element in parse_xml(body).iter():
            if not isinstance(element.tag, str) or local_name(element) != "link":
                continue
            parent = element.getparent()
            if parent is None or local_name(parent) not in ("item", "entry"):
                continue  # the channel's own link
            link = self.link(element.get("href") or element.text or "", page.url)
            if link and link.kind is UrlKind.EVENT:
                found.links.append(link)
        return found

    def _discover_listing(self, page: Link, body: bytes, content_type: str | None) -> Discovery:
        found = Discovery()
        document = html_document(body, content_type)
        events = dict.fromkeys(link for link in self._main_links(document, page.url) if link.kind is UrlKind.EVENT)
        found.links = list(events)  # first-seen order, each once
        if found.links and document is not None:  # the first empty page ends the pagination, whatever its pager says
            # The head's <link rel="next"> comes first in document order, and is where CMSs put it: the whole tree
            # is searched only when the head has no usable one.
            found.next_page = self._next_page(_HEAD_NEXT(document), page) or self._next_page(_NEXT(document), page)
        return found

    def _next_page(self, elements: list[etree._Element], page: Link) -> Link | None:
        for element in elements:
            nxt = self.link(element.get("href"), page.url)
            if nxt and nxt.kind is UrlKind.LISTING and nxt.url != page.url:
                return nxt
        return None

    def asset_links(self, page_url: str, body: bytes, content_type: str | None = None) -> list[Link]:
        """Attachments linked from an event page's main region (archived only with `fetch_assets`)."""
        links = self._main_links(html_document(body, content_type), page_url)
        return list(dict.fromkeys(link for link in links if link.kind is UrlKind.ASSET))

    def _main_links(self, document: etree._Element | None, page_url: str) -> Iterator[Link]:
        """Links of the main region without its sidebars ("Upcoming events" lists pages of other sites)."""
        if document is None:
            return
        main = next(iter(_MAIN(document)), document)
        for href in _HREFS_OUTSIDE_ASIDE(main):
            link = self.link(href, page_url)
            if link is not None:
                yield link


_MAIN = etree.XPath("//main")
_HEAD_NEXT = etree.XPath("/html/head/link[@rel='next'][@href]")
_NEXT = etree.XPath("//link[@rel='next'][@href] | //a[@rel='next'][@href]")
_HREFS_OUTSIDE_ASIDE = etree.XPath(".//a[not(ancestor::aside)]/@href", smart_strings=False)
_HTML_PARSERS: dict[str, etree.HTMLParser] = {}


def html_document(body: bytes, content_type: str | None) -> etree._Element | None:
    """The parsed page, or None when there is nothing to parse.

    The bytes go to libxml2 as they are, in the declared charset (else UTF-8: ECCP's debug comments defeat
    `<meta charset>` sniffing); decoding to `str` first costs a third more. Bytes that are not valid in that
    charset take the lenient path (undecodable bytes replaced), which libxml2 alone might cut short.
    """
    match = _CHARSET.search(content_type or "")
    charset = (match.group(1) if match else "utf-8").lower()
    try:
        body.decode(charset)  # validation only: at C speed, a fraction of the parse
    except (LookupError, UnicodeDecodeError):
        return _lenient_document(body, content_type)
    try:
        parser = _HTML_PARSERS.get(charset)
        if parser is None:
            parser = _HTML_PARSERS[charset] = etree.HTMLParser(encoding=charset, remove_comments=True)
    except LookupError:  # a charset Python knows and libxml2 does not
        return _lenient_document(body, content_type)
    try:
        return etree.fromstring(body, parser)
    except (etree.LxmlError, ValueError):
        return None


def _lenient_document(body: bytes, content_type: str | None) -> etree._Element | None:
    try:
        return lxml.html.document_fromstring(decode_html(body, content_type))
    except (etree.ParserError, ValueError):
        return None


def decode_html(body: bytes, content_type: str | None) -> str:
    """Text of an HTML body: the declared charset, else UTF-8 (ECCP's debug comments defeat <meta charset> sniffing)."""
    match = _CHARSET.search(content_type or "")
    try:
        return body.decode(match.group(1) if match else "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")
