"""clustercollaboration.eu (Drupal 10, Twig debug on) in the mirror: the corpus pages and what a crawler needs
around them — robots.txt, the sitemap index and its two pages, the RSS feed, every event and news listing that
harvest/data/sources.toml starts from (by type, by series, news), a tag page, news pages, the log-in and error pages,
/node/N redirects and the attachments."""

# ruff: noqa: E501 (HTML templates: markup lines are kept whole, the way the CMS writes them)

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import format_datetime
from html import escape
from urllib.parse import quote, urlsplit

from harvest.sample_site.extra_pages import ECCP_NEWS, NewsPage
from harvest.sample_site.mirror import (
    BuildError,
    CorpusPage,
    DocumentLink,
    MirrorWriter,
    add_documents,
    at,
    days,
    document_bytes,
    first_paragraph,
    sidebar_dates,
)

ORIGIN = "https://clustercollaboration.eu"
SITE_NAME = "European Cluster Collaboration Platform"
LISTING_PAGE_SIZE = 6  # small, so that the sample listings have several pages
TAG_TERM = (1724, "EU Clusters Talks")  # the tag page: the term the seed's ECCP page links to
EVENT_TYPES = ("event", "community-event")
NEWS_TYPES = ("article", "news")
COMMUNITY_NEWS_TYPE = "community-news"  # no corpus page is one: /community-news is an empty view
# The series pages of the Events menu: (path, menu label, series name as the parser gives it).
SERIES_LISTINGS = (
    ("/events/organised-by-eccp/clusters-talks", "EU Clusters Talks", "EU Clusters Talks"),
    ("/events/organised-by-eccp/clusters-meet-regions", "Clusters meet Regions", "Clusters meet Regions"),
    ("/events/organised-by-eccp/c2lab", "Cluster Collaboration Labs", "C2Lab"),
    ("/european-cluster-conference", "European Cluster Conference", "European Cluster Conference"),
)
# The listings the sitemap carries (as it always has); the others are found only through the configured start
# points, like the pages a real sitemap misses.
SITEMAP_LISTINGS = ("/events", "/news", f"/taxonomy/term/{TAG_TERM[0]}")


@dataclass(frozen=True)
class Node:
    """A Drupal node of the mirror, with what listings, feeds and sitemaps show of it."""

    url: str  # as the page is known (corpus URL, www or not)
    node_id: int
    kind: str  # Drupal content type: event, community-event, article, news
    title: str
    summary: str
    published: datetime
    changed: datetime
    author: str
    start: str | None = None
    end: str | None = None
    series: str | None = None
    online: bool = False

    @property
    def path(self) -> str:
        return urlsplit(self.url).path


# --- Twig debug markup --------------------------------------------------------------------------------------------


def twig(hook: str, suggestions: Iterable[str], chosen: str, template: str, inner: str) -> str:
    """Content wrapped the way Drupal's theme debug wraps it."""
    lines = "".join(f"   {'✅' if name == chosen else '▪️'} {name}\n" for name in [*suggestions, chosen])
    kind = "💡 BEGIN CUSTOM TEMPLATE OUTPUT" if template.startswith("themes/custom/") else "BEGIN OUTPUT"
    end = "END CUSTOM TEMPLATE OUTPUT" if template.startswith("themes/custom/") else "END OUTPUT"
    return (
        f"<!-- THEME DEBUG -->\n<!-- THEME HOOK: '{hook}' -->\n<!-- FILE NAME SUGGESTIONS:\n{lines}-->\n"
        f"<!-- {kind} from '{template}' -->\n{inner}\n<!-- {end} from '{template}' -->\n"
    )


class Chrome:
    """Header and footer of the ECCP theme, taken from a corpus page so that generated pages look the same."""

    def __init__(self, html: str) -> None:
        try:
            self.header = html[html.index('<a href="#main-content"') : html.index('<main role="main"')]
            self.footer = html[html.index("</main>") + len("</main>\n") : html.index('<script type="application/json"')]
        except ValueError:
            raise BuildError("the ECCP corpus page does not have the expected Drupal layout") from None

    def page(
        self,
        *,
        path: str,
        title: str,
        content: str,
        breadcrumb: list[tuple[str, str | None]],
        body_class: str,
        sidebar: str = "",
        node_id: int | None = None,
        head_links: Iterable[tuple[str, str]] = (),
        og_type: str = "website",
    ) -> str:
        url = f"{ORIGIN}{path}"
        if node_id is not None:
            specific = [f"{{}}--node--{node_id}.html.twig", "{}--node--%.html.twig", "{}--node.html.twig"]
        else:
            specific = [f"{{}}--{re.sub(r'[^a-z0-9]+', '-', path.strip('/').lower())}.html.twig"]
        header = re.sub(
            r"(<!-- THEME HOOK: 'page' -->\n<!-- FILE NAME SUGGESTIONS:\n).*?(   ✅ page\.html\.twig)",
            lambda match: (
                match.group(1) + "".join(f"   ▪️ {name.format('page')}\n" for name in specific) + match.group(2)
            ),
            self.header,
            count=1,
            flags=re.S,
        )
        links = "".join(f'<link rel="{rel}" href="{escape(href)}" />\n' for rel, href in head_links)
        shortlink = f'<link rel="shortlink" href="{ORIGIN}/node/{node_id}" />\n' if node_id is not None else ""
        settings = (
            '{"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "'
            + (f"node/{node_id}" if node_id is not None else path.strip("/"))
            + '", "currentPathIsAdmin": false, "isFront": false, "currentLanguage": "en"}, '
            '"ajaxPageState": {"theme": "eccp_theme", "theme_token": null}, "user": {"uid": 0}}'
        )
        document = (
            "<!DOCTYPE html>\n"
            '<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  '
            'foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns# ">\n'
            "<head>\n"
            '<meta charset="utf-8" />\n'
            '<script async src="https://www.googletagmanager.com/gtag/js?id=G-ZPCRWWQ8D5"></script>\n'
            f'<meta name="description" content="{escape(title)}" />\n'
            f'<link rel="canonical" href="{escape(url)}" />\n{links}'
            f'<meta property="og:site_name" content="{SITE_NAME}" />\n'
            f'<meta property="og:type" content="{og_type}" />\n'
            f'<meta property="og:url" content="{escape(url)}" />\n'
            f'<meta property="og:title" content="{escape(title)}" />\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
            '<meta name="MobileOptimized" content="width" />\n'
            '<meta name="HandheldFriendly" content="true" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '<link rel="icon" href="/themes/custom/eccp_theme/favicon.ico" type="image/vnd.microsoft.icon" />\n'
            f"{shortlink}"
            f"<title>{escape(title)} | {SITE_NAME}</title>\n"
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_sample.css?delta=0&amp;language=en&amp;theme=eccp_theme" />\n'
            '<script src="/sites/default/files/js/js_sample.js?scope=header&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>\n'
            "</head>\n"
            f'<body class="{body_class}">\n'
            f"{header}"
            '<main role="main" class="main-content">\n  <a id="main-content" tabindex="-1"></a>\n  <div class="container">\n'
            f"{breadcrumb_html(breadcrumb)}\n"
            '  <div class="layout-content">\n'
            + twig(
                "region",
                ["region--content.html.twig"],
                "region.html.twig",
                "core/themes/classy/templates/layout/region.html.twig",
                '<div class="region region-content">\n<div data-drupal-messages-fallback class="hidden"></div>\n'
                f'<div id="block-eccp-theme-content" class="block block-system block-system-main-block">\n{content}\n</div>\n</div>',
            )
            + "  </div>\n"
            f"{sidebar}"
            "  </div>\n</main>\n"
            f"{self.footer}"
            f'<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>\n'
            '<script src="/sites/default/files/js/js_sample.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>\n'
            "</body>\n</html>"
        )
        html_suggestions = [name.format("html") for name in specific]
        return twig(
            "html",
            html_suggestions,
            "html.html.twig",
            "themes/custom/eccp_theme/templates/layout/html.html.twig",
            document,
        )


def breadcrumb_html(items: list[tuple[str, str | None]]) -> str:
    entries = "".join(
        f'    <li><a href="{href}">{escape(label)}</a></li>\n' if href else f"    <li>{escape(label)}</li>\n"
        for label, href in [("Home", "/"), *items]
    )
    nav = (
        '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n'
        f'  <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>\n  <ol>\n{entries}  </ol>\n</nav>'
    )
    return twig(
        "breadcrumb", [], "breadcrumb.html.twig", "core/themes/classy/templates/navigation/breadcrumb.html.twig", nav
    )


def page_title(title: str) -> str:
    h1 = f'<h1 class="page-title">{escape(title)}</h1>'
    return twig(
        "page_title", [], "page-title.html.twig", "themes/custom/eccp_theme/templates/content/page-title.html.twig", h1
    )


def block(name: str, title: str, rows: str, more: str = "") -> str:
    inner = (
        f'<div class="block block-views block-views-block{name.replace("_", "-")}">\n'
        f'  <h2 class="block__title">{escape(title)}</h2>\n'
        f'  <div class="view view-{name.split("-")[0].replace("_", "-")}">\n    <div class="view-content">\n{rows}    </div>\n'
        f"{more}  </div>\n</div>"
    )
    return twig(
        "block",
        [f"block--views-block--{name}.html.twig", "block--views-block.html.twig"],
        "block.html.twig",
        "core/themes/classy/templates/block/block.html.twig",
        inner,
    )


# --- teasers, pager, sidebar --------------------------------------------------------------------------------------


def _time(value: str) -> str:
    """`<time>` as the ECCP theme prints event dates (date-only values are stored at 12:00 UTC)."""
    if len(value) == 10:
        day = date.fromisoformat(value)
        return f'<time datetime="{value}T12:00:00Z" class="datetime">{day:%a, %d/%m/%Y}</time>'
    moment = datetime.fromisoformat(value)
    return f'<time datetime="{value}" class="datetime">{moment:%a, %d/%m/%Y - %H:%M}</time>'


def event_teaser(node: Node) -> str:
    when = _time(node.start) if node.start else ""
    if node.end and node.end[:10] != (node.start or "")[:10]:
        when += f" - {_time(node.end)}"
    kind = "Online" if node.online else "Physical event"
    return (
        f'<div class="views-row"><article class="teaser teaser--event">\n  <div class="teaser__date">{when}</div>\n'
        f'  <h3 class="teaser__title"><a href="{node.path}" hreflang="en">{escape(node.title)}</a></h3>\n'
        f'  <div class="teaser__type">{kind}</div>\n</article></div>\n'
    )


def news_teaser(node: Node) -> str:
    return (
        f'<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{node.published:%d %B %Y}</span>\n'
        f'  <h3 class="teaser__title"><a href="{node.path}" hreflang="en">{escape(node.title)}</a></h3>\n'
        f'  <div class="teaser__summary">{escape(node.summary)}</div></article></div>\n'
    )


def pager(current: int, last: int) -> str:
    """Drupal's full pager: zero-based `?page=N` links relative to the listing, first/previous/next/last."""

    def item(css: str, page: int, title: str, text: str, rel: str = "") -> str:
        rel_attr = f' rel="{rel}"' if rel else ""
        return f'<li class="pager__item{css}"><a href="?page={page}" title="{title}"{rel_attr}>{text}</a></li>\n'

    items = ""
    if current > 0:
        items += item(
            " pager__item--first",
            0,
            "Go to first page",
            '<span class="visually-hidden">First page</span><span aria-hidden="true">« First</span>',
        )
        items += item(
            " pager__item--previous",
            current - 1,
            "Go to previous page",
            '<span class="visually-hidden">Previous page</span><span aria-hidden="true">‹ Previous</span>',
            "prev",
        )
    for page in range(last + 1):
        if page == current:
            items += f'<li class="pager__item is-active"><a href="?page={page}" title="Current page" aria-current="page"><span class="visually-hidden">Current page</span>{page + 1}</a></li>\n'
        else:
            items += item("", page, f"Go to page {page + 1}", f'<span class="visually-hidden">Page </span>{page + 1}')
    if current < last:
        items += item(
            " pager__item--next",
            current + 1,
            "Go to next page",
            '<span class="visually-hidden">Next page</span><span aria-hidden="true">Next ›</span>',
            "next",
        )
        items += item(
            " pager__item--last",
            last,
            "Go to last page",
            '<span class="visually-hidden">Last page</span><span aria-hidden="true">Last »</span>',
        )
    nav = (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">\n'
        '  <h4 id="pagination-heading" class="visually-hidden">Pagination</h4>\n'
        f'  <ul class="pager__items js-pager__items">\n{items}  </ul>\n</nav>'
    )
    return twig(
        "pager",
        ["pager--full.html.twig"],
        "pager.html.twig",
        "core/themes/classy/templates/navigation/pager.html.twig",
        nav,
    )


def sidebar(events: list[Node], news: list[Node]) -> str:
    upcoming = block(
        "upcoming_events-block_1",
        "Upcoming events",
        "".join(event_teaser(node) for node in events[:4]),
        '    <div class="more-link"><a href="/event-calendar">See all events</a></div>\n',  # as on the real pages
    )
    latest = block(
        "latest_news-block_2",
        "Latest news",
        "".join(
            f'<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{node.published:%d %B %Y}</span>\n'
            f'  <h3 class="teaser__title"><a href="{node.path}" hreflang="en">{escape(node.title)}</a></h3></article></div>\n'
            for node in news[:3]
        ),
    )
    return f'  <aside class="layout-sidebar" role="complementary">\n{upcoming}{latest}  </aside>\n'


# --- the pages ----------------------------------------------------------------------------------------------------


def _attachment_table(links: list[tuple[DocumentLink, int]]) -> str:
    def size(count: int) -> str:  # Drupal's format_size()
        return f"{count} bytes" if count < 1024 else f"{count / 1024:.2f} KB"

    rows = "".join(
        f'  <tr class="{"odd" if index % 2 == 0 else "even"}"><td><span class="file file--mime-{mime.replace("/", "-")}">'
        f'<a href="{link.url}" type="{mime}">{escape(link.label)}</a></span></td><td>{size(length)}</td></tr>\n'
        for index, (link, length) in enumerate(links)
        for mime in [_MIME.get(link.url.rsplit(".", 1)[-1].lower(), "application/octet-stream")]
    )
    table = f'<table data-striping="1">\n  <thead><tr><th>Attachment</th><th>Size</th></tr></thead>\n  <tbody>\n{rows}  </tbody>\n</table>'
    return twig(
        "field",
        ["field--node--field-attachments--news.html.twig", "field--file.html.twig"],
        "field.html.twig",
        "core/themes/classy/templates/field/field.html.twig",
        f'<div class="field field--name-field-attachments field--type-file field--label-hidden field__items">\n{table}\n</div>',
    )


_MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "zip": "application/zip",
}


def news_page(chrome: Chrome, node: Node, news: NewsPage, attachments: str, aside: str) -> str:
    byline = (
        '<div class="node__meta">\n  <span class="label">Submitted by </span><span rel="schema:author" typeof="schema:Person" '
        f'property="schema:name" content="{node.author}" lang="" xml:lang=""><span>{node.author}</span></span> '
        f'<span class="date">on {node.published:%d %B %Y}</span>\n'
        f'  <span property="schema:dateCreated" content="{node.published.isoformat()}" class="hidden"></span>\n</div>\n'
    )
    body = twig(
        "field",
        ["field--node--body--news.html.twig", "field--node--body.html.twig", "field--body.html.twig"],
        "field--text-with-summary.html.twig",
        "themes/custom/eccp_theme/templates/field/field--text-with-summary.html.twig",
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
        + "\n".join(f"<p>{paragraph}</p>" for paragraph in news.paragraphs)
        + "</div>",
    )
    share = "".join(
        f'    <li><a class="share-links__{name}" href="{href}{ORIGIN}{node.path}" target="_blank" rel="noopener">{label}</a></li>\n'
        for name, label, href in (
            ("linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url="),
            ("x", "X", "https://twitter.com/intent/tweet?url="),
            ("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
        )
    )
    article = (
        f'<article data-history-node-id="{node.node_id}" role="article" about="/node/{node.node_id}" '
        'class="node node--type-news node--promoted node--view-mode-full">\n  <div class="node__content">\n'
        f"{page_title(node.title)}\n{byline}{body}\n{attachments}"
        '<div class="share-article">\n  <h3 class="share-article__title">Share this Article</h3>\n'
        f'  <ul class="share-links">\n{share}  </ul>\n</div>\n  </div>\n</article>'
    )
    content = twig(
        "node",
        [f"node--{node.node_id}--full.html.twig", f"node--{node.node_id}.html.twig", "node--news.html.twig"],
        "node--news--full.html.twig",
        "themes/custom/eccp_theme/templates/content/node--news--full.html.twig",
        article,
    )
    return chrome.page(
        path=node.path,
        title=node.title,
        content=content,
        breadcrumb=[("News", "/news"), (node.title, None)],
        body_class="path-node page-node-type-news",
        sidebar=aside,
        node_id=node.node_id,
        og_type="article",
    )


def listing_pages(
    chrome: Chrome,
    path: str,
    title: str,
    rows: list[str],
    aside: str,
    body_class: str,
    parents: list[tuple[str, str | None]] | None = None,
) -> list[tuple[str, str]]:
    """(URL, HTML) of each page of a Drupal view listing; page 1 is also served as `?page=0`, as Drupal does.

    `parents` are the breadcrumb entries above the listing. No rows make one page with the view's empty text.
    """
    count = max(1, math.ceil(len(rows) / LISTING_PAGE_SIZE))
    pages = []
    for index in range(count):
        links = []
        if index > 0:
            links.append(("prev", f"{ORIGIN}{path}" + (f"?page={index - 1}" if index > 1 else "")))
        if index < count - 1:
            links.append(("next", f"{ORIGIN}{path}?page={index + 1}"))
        view = (
            f'<div class="view view-{path.strip("/").replace("/", "-")} view-display-id-page_1">\n  <div class="view-content">\n'
            + "".join(rows[index * LISTING_PAGE_SIZE : (index + 1) * LISTING_PAGE_SIZE])
            + "  </div>\n"
            + ("" if rows else '  <div class="view-empty">\n    <p>No content found.</p>\n  </div>\n')
            + (pager(index, count - 1) if count > 1 else "")
            + "</div>"
        )
        content = page_title(title) + twig(
            "views_view",
            ["views-view--page-1.html.twig"],
            "views-view.html.twig",
            "core/themes/classy/templates/views/views-view.html.twig",
            view,
        )
        html = chrome.page(
            path=path,
            title=title,
            content=content,
            breadcrumb=[*(parents or []), (title, None)],
            body_class=body_class,
            sidebar=aside,
            head_links=links,
        )
        pages.append((f"{ORIGIN}{path}?page={index}", html))
        if index == 0:
            pages.append((f"{ORIGIN}{path}", html))
    return pages


def simple_page(chrome: Chrome, path: str, title: str, inner: str, body_class: str) -> str:
    return chrome.page(
        path=path, title=title, content=page_title(title) + inner, breadcrumb=[(title, None)], body_class=body_class
    )


LOGIN_FORM = """<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name">
    <label for="edit-name" class="js-form-required form-required">Username</label>
    <input autocorrect="none" autocapitalize="none" spellcheck="false" autocomplete="username" data-drupal-selector="edit-name" aria-describedby="edit-name--description" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" required="required" aria-required="true" />
    <div id="edit-name--description" class="description">Enter your European Cluster Collaboration Platform username.</div>
  </div>
  <div class="js-form-item form-item js-form-type-password form-item-pass js-form-item-pass">
    <label for="edit-pass" class="js-form-required form-required">Password</label>
    <input autocomplete="current-password" data-drupal-selector="edit-pass" aria-describedby="edit-pass--description" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" aria-required="true" />
    <div id="edit-pass--description" class="description">Enter the password that accompanies your username.</div>
  </div>
  <input autocomplete="off" data-drupal-selector="form-sample-login" type="hidden" name="form_build_id" value="form-sample-login" />
  <input data-drupal-selector="edit-user-login-form" type="hidden" name="form_id" value="user_login_form" />
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Log in" class="button js-form-submit form-submit" /></div>
</form>
<div class="item-list"><ul><li><a href="/user/register" title="Create a new user account." class="create-account-link">Create new account</a></li><li><a href="/user/password" title="Send password reset instructions via email." class="request-password-link">Reset your password</a></li></ul></div>"""


# --- feeds and robots ---------------------------------------------------------------------------------------------

ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /composer/Metapackage/README.txt
Disallow: /composer/Plugin/ProjectMessage/README.md
Disallow: /composer/Plugin/Scaffold/README.md
Disallow: /composer/Plugin/VendorHardening/README.txt
Disallow: /composer/Template/README.txt
Disallow: /modules/README.txt
Disallow: /sites/README.txt
Disallow: /themes/README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search
Disallow: /user/
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/
# Faceted search and sorted listings
Disallow: /*?f%5B*
Disallow: /*?f[*
Disallow: /*&f%5B*
Disallow: /*&f[*
Disallow: /*?sort_by=*
Disallow: /*?search_api_fulltext=*

Sitemap: https://clustercollaboration.eu/sitemap.xml
"""

_SITEMAP_XSL = '<?xml-stylesheet type="text/xsl" href="//default/sitemap_generator/default/sitemap.xsl"?>\n'


def sitemap_index(page_count: int, lastmod: datetime) -> str:
    entries = "".join(
        f"<sitemap><loc>http://default/sitemap.xml?page={page}</loc><lastmod>{lastmod.isoformat()}</lastmod></sitemap>"
        for page in range(1, page_count + 1)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{_SITEMAP_XSL}'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n'
    )


def sitemap_page(entries: list[tuple[str, datetime, str]]) -> str:
    """simple_sitemap output, with the broken `http://default` base URL of the real site."""
    urls = "".join(
        f"<url><loc>http://default{escape(quote(path, safe='/?=&%'))}</loc><lastmod>{lastmod.isoformat()}</lastmod>"
        f"<changefreq>{frequency}</changefreq><priority>{'0.7' if frequency == 'daily' else '0.5'}</priority></url>"
        for path, lastmod, frequency in entries
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{_SITEMAP_XSL}'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
        f"{urls}</urlset>\n"
    )


def rss_feed(nodes: list[Node]) -> str:
    """The front-page feed, Twig debug comments and all: they come before `<?xml`, as on the real site."""
    items = "".join(
        twig(
            "views_view_row_rss",
            ["views-view-row-rss--frontpage--feed-1.html.twig", "views-view-row-rss--feed-1.html.twig"],
            "views-view-row-rss.html.twig",
            "core/modules/views/templates/views-view-row-rss.html.twig",
            f"<item>\n  <title>{escape(node.title)}</title>\n  <link>{ORIGIN}{node.path}</link>\n"
            f"  <description>{escape(f'<p>{escape(node.summary)}</p>')}</description>\n"
            f"  <pubDate>{format_datetime(node.published)}</pubDate>\n  <dc:creator>{escape(node.author)}</dc:creator>\n"
            f'  <guid isPermaLink="false">{node.node_id} at {ORIGIN}</guid>\n</item>',
        )
        for node in nodes
    )
    channel = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<rss version="2.0" xml:base="{ORIGIN}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        f"  <channel>\n    <title>{SITE_NAME}</title>\n    <link>{ORIGIN}/</link>\n    <description></description>\n"
        f'    <language>en</language>\n    <atom:link href="{ORIGIN}/rss.xml" rel="self" type="application/rss+xml" />\n'
        f"{items}  </channel>\n</rss>"
    )
    return twig(
        "views_view_rss",
        [
            "views-view-rss--frontpage--feed-1.html.twig",
            "views-view-rss--feed-1.html.twig",
            "views-view-rss--frontpage.html.twig",
        ],
        "views-view-rss.html.twig",
        "core/modules/views/templates/views-view-rss.html.twig",
        channel,
    )


# --- the whole site -----------------------------------------------------------------------------------------------


def _corpus_node(page: CorpusPage, news_dates: dict[str, date]) -> Node:
    node_id = re.search(r'data-history-node-id="(\d+)"', page.html)
    kind = re.search(r"page-node-type-([a-z-]+)", page.html)
    if not node_id or not kind:
        raise BuildError(f"{page.id}: not a Drupal node page (no node id or content type)")
    created = re.search(r'schema:dateCreated" content="([^"]+)"', page.html)
    author = re.search(r'property="schema:name" content="([^"]+)"', page.html)
    start = page.start_day
    if created:
        published = datetime.fromisoformat(created.group(1))
    elif page.path in news_dates:
        published = at(news_dates[page.path])
    elif start:
        published = at(start - days(14))
    else:
        raise BuildError(f"{page.id}: no date to publish the page at")
    # Pages are edited after the event (recordings, summaries): the sitemap's lastmod is a week after it.
    changed = max(published, at(start + days(7), 15, 30)) if start else published
    return Node(
        url=page.url,
        node_id=int(node_id.group(1)),
        kind=kind.group(1),
        title=str(page.record["page_title"]),
        summary=first_paragraph(page.html, "field--name-body"),
        published=published,
        changed=changed,
        author=author.group(1) if author else "ECCP Team",
        start=page.record.get("start"),  # type: ignore[arg-type]
        end=page.record.get("end"),  # type: ignore[arg-type]
        series=page.record.get("series"),  # type: ignore[arg-type]
        online=bool(re.search(r'hreflang="en">Online( event)?</a>', page.html)),
    )


def listings(
    nodes: list[Node], events: list[Node], news: list[Node]
) -> list[tuple[str, str, list[str], list[tuple[str, str | None]]]]:
    """(path, title, teaser rows, breadcrumb parents) of every listing the mirror serves.

    `nodes` are all the mirror's nodes; `events` its event and community-event nodes, newest event first; `news` its
    article and news nodes, newest first. Series pages list the series' events and reports (articles), newest first.
    """
    under_events: list[tuple[str, str | None]] = [("Events", "/events")]
    series_listings = []
    for path, title, series in SERIES_LISTINGS:
        members = sorted(
            (node for node in [*events, *news] if node.series == series),
            key=lambda node: (node.start or node.published.isoformat())[:10],
            reverse=True,
        )
        series_listings.append((path, title, [teaser(node) for node in members], under_events))
    community_news = sorted(
        (node for node in nodes if node.kind == COMMUNITY_NEWS_TYPE), key=lambda n: n.published, reverse=True
    )
    return [
        ("/events", "Events", [teaser(node) for node in events if node.kind == "event"], []),
        ("/event-calendar", "Event calendar", [teaser(node) for node in events], under_events),
        *series_listings,
        ("/community-event", "Community events", [teaser(n) for n in events if n.kind == "community-event"], []),
        ("/news", "News", [teaser(node) for node in news], []),
        ("/community-news", "Community news", [teaser(node) for node in community_news], []),
        (
            f"/taxonomy/term/{TAG_TERM[0]}",
            TAG_TERM[1],
            [teaser(node) for node in events if node.series == TAG_TERM[1]],
            [],
        ),
    ]


def teaser(node: Node) -> str:
    """A node's row in a view: events show their dates, news their publication day."""
    return event_teaser(node) if node.kind in EVENT_TYPES else news_teaser(node)


def build(writer: MirrorWriter, pages: list[CorpusPage]) -> dict[str, int]:
    """Add clustercollaboration.eu to the mirror; returns counts by kind of file."""
    if not pages:
        raise BuildError("the corpus has no clustercollaboration.eu page")
    chrome = Chrome(pages[0].html)
    news_dates = sidebar_dates(
        pages, r'teaser__date">(\d\d \w+ \d{4})</span>\s*<h3 class="teaser__title"><a href="([^"]+)"', "%d %B %Y"
    )
    nodes = [_corpus_node(page, news_dates) for page in pages]
    counts = {"event pages": len(pages), "attachments": 0}
    for page, node in zip(pages, nodes, strict=True):
        writer.add(page.url, page.html, node.changed)
        counts["attachments"] += add_documents(writer, page.html, page.url, node.published)

    events = sorted((n for n in nodes if n.kind in EVENT_TYPES), key=lambda n: n.start or "", reverse=True)
    extra = [
        Node(
            url=f"{ORIGIN}{item.path}",
            node_id=item.node_id,
            kind="news",
            title=item.title,
            summary=first_paragraph(f"<p>{item.paragraphs[0]}</p>", "field--name-body"),
            published=item.published,
            changed=item.published,
            author=item.author,
        )
        for item in ECCP_NEWS
    ]
    news = sorted((n for n in [*nodes, *extra] if n.kind in NEWS_TYPES), key=lambda n: n.published, reverse=True)
    aside = sidebar(events, news)

    for item, node in zip(ECCP_NEWS, extra, strict=True):
        attached = []
        for label, file_path in item.attachments:
            link = DocumentLink(f"{ORIGIN}{quote(file_path)}", label, None)
            data = document_bytes(link, node.url, item.published)
            writer.add(link.url, data, item.published)
            attached.append((link, len(data)))
        counts["attachments"] += len(attached)
        writer.add(
            node.url,
            news_page(chrome, node, item, _attachment_table(attached) if attached else "", aside),
            node.changed,
        )
    counts["news pages"] = len(extra)

    newest = max(node.changed for node in [*nodes, *extra])
    listing_urls = []
    for path, title, rows, parents in listings([*nodes, *extra], events, news):
        body_class = f"path-{path.strip('/').split('/')[0]}"
        for url, html in listing_pages(chrome, path, title, rows, aside, body_class, parents):
            writer.add(url, html, newest)
            listing_urls.append(url)
    counts["listing pages"] = len(listing_urls)

    for path, title, inner, body_class in (
        ("/user/login", "Log in", LOGIN_FORM, "path-user"),
        ("/system/403", "Access denied", "<p>You are not authorized to access this page.</p>", "path-system"),
        ("/system/404", "Page not found", "<p>The requested page could not be found.</p>", "path-system"),
    ):
        writer.add(f"{ORIGIN}{path}", simple_page(chrome, path, title, inner, body_class), at(date(2023, 1, 9)))
    for node in [*nodes, *extra]:
        writer.redirect(f"{ORIGIN}/node/{node.node_id}", f"{ORIGIN}{node.path}")

    # Sitemap: every node by id, then the tag page and the listings (as simple_sitemap orders them), in two pages.
    entries = [(node.path, node.changed, "weekly") for node in sorted([*nodes, *extra], key=lambda n: n.node_id)]
    entries += [(path, newest, "daily") for path in SITEMAP_LISTINGS]
    half = math.ceil(len(entries) / 2)
    sitemap_pages = [entries[:half], entries[half:]]
    writer.add(f"{ORIGIN}/sitemap.xml", sitemap_index(len(sitemap_pages), newest), newest)
    for number, chunk in enumerate(sitemap_pages, start=1):
        writer.add(f"{ORIGIN}/sitemap.xml?page={number}", sitemap_page(chunk), newest)
    feed_nodes = sorted([*nodes, *extra], key=lambda n: n.published, reverse=True)[:10]
    writer.add(f"{ORIGIN}/rss.xml", rss_feed(feed_nodes), feed_nodes[0].published, "application/rss+xml; charset=utf-8")
    writer.add(f"{ORIGIN}/robots.txt", ROBOTS, at(date(2023, 1, 9)))
    counts["sitemap urls"] = len(entries)
    counts["feed items"] = len(feed_nodes)
    return counts
