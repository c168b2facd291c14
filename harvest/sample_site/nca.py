"""nca.cz (the "Modus" CMS) in the mirror: the corpus pages at their /news/<slug> paths, the English news listing
(`/en/news/`, then `/en/news/?page=2` …, one-based), the projects page that links the corpus project page,
robots.txt and the attachments under /files/."""

# ruff: noqa: E501 (HTML templates: markup lines are kept whole, the way the CMS writes them)

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from urllib.parse import urlsplit

from harvest.sample_site.mirror import (
    BuildError,
    CorpusPage,
    MirrorWriter,
    add_documents,
    at,
    days,
    document_links,
    first_paragraph,
    sidebar_dates,
)

ORIGIN = "https://www.nca.cz"
LISTING = "/en/news/"
PROJECTS = "/en/about-us/projects/"
LISTING_PAGE_SIZE = 3  # small, so that the sample listing has several pages
CLOCK = '<img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">'

ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /en/search/
Disallow: /hledat/
"""


@dataclass(frozen=True)
class Item:
    url: str
    title: str
    perex: str
    published: datetime
    changed: datetime

    @property
    def path(self) -> str:
        return urlsplit(self.url).path


class Chrome:
    """Everything around `<main>` on a Modus page (the head is the same on every page: "Modus | Home page")."""

    def __init__(self, html: str) -> None:
        try:
            self.before = html[: html.index('<main class="site-main" id="main">')]
            self.after = html[html.index("</main>") :]
        except ValueError:
            raise BuildError("the nca.cz corpus page does not have the expected Modus layout") from None

    def page(
        self, breadcrumb: list[tuple[str, str | None]], main: str, aside: str, head_links: list[tuple[str, str]]
    ) -> str:
        links = "".join(f'<link rel="{rel}" href="{escape(href)}">\n' for rel, href in head_links)
        crumbs = ' <span class="breadcrumbs__sep">/</span> '.join(
            f'<a href="{href}">{escape(label)}</a>'
            if href
            else f'<span class="breadcrumbs__current">{escape(label)}</span>'
            for label, href in [("Home", "/en"), *breadcrumb]
        )
        return (
            self.before.replace("</head>", f"{links}</head>", 1)
            + '<main class="site-main" id="main">\n  <div class="container">\n'
            f'    <nav class="breadcrumbs" aria-label="Breadcrumbs">{crumbs}</nav>\n'
            '    <div class="layout layout--sidebar">\n      <div class="layout__main">\n'
            f"{main}\n      </div>\n"
            f'      <aside class="layout__aside">\n{aside}      </aside>\n    </div>\n  </div>\n' + self.after
        )


def _list_item(item: Item, with_perex: bool) -> str:
    perex = f'<p class="news-list__perex">{escape(item.perex)}</p>' if with_perex else ""
    return (
        f'<li class="news-list__item"><span class="news-list__date">{CLOCK}{item.published:%d.%m.%Y}</span>'
        f'<a class="news-list__link" href="{item.path}">{escape(item.title)}</a>{perex}</li>\n'
    )


def sidebar(items: list[Item]) -> str:
    latest = "".join(_list_item(item, False) for item in items[:5])
    return (
        '        <section class="box box--news">\n          <h2 class="box__title">Latest news</h2>\n'
        f'          <ul class="news-list">\n{latest}          </ul>\n'
        f'          <a class="btn btn--outline" href="{LISTING}">All news</a>\n        </section>\n'
    )


def _page_url(number: int) -> str:
    return f"{ORIGIN}{LISTING}{_query(number)}"


def pagination(current: int, count: int) -> str:
    """Modus pagination: one-based, page 1 without a parameter, previous/next with rel."""
    items = ""
    if current > 1:
        items += f'<li class="pagination__item pagination__item--prev"><a href="{LISTING}{_query(current - 1)}" rel="prev" aria-label="Previous">‹</a></li>\n'
    for number in range(1, count + 1):
        if number == current:
            items += f'<li class="pagination__item is-active"><span aria-current="page">{number}</span></li>\n'
        else:
            items += f'<li class="pagination__item"><a href="{LISTING}{_query(number)}">{number}</a></li>\n'
    if current < count:
        items += f'<li class="pagination__item pagination__item--next"><a href="{LISTING}{_query(current + 1)}" rel="next" aria-label="Next">›</a></li>\n'
    return f'<nav class="pagination" aria-label="Pagination"><ul class="pagination__list">\n{items}</ul></nav>'


def _query(number: int) -> str:
    return f"?page={number}" if number > 1 else ""


def _published(page: CorpusPage, stamps: dict[str, date]) -> datetime:
    """The page's own "Clock icon" stamp, else the one the sidebars of other pages show, else a week before the event."""
    own = re.search(r'news-detail__date">' + re.escape(CLOCK) + r"(\d\d\.\d\d\.\d{4})", page.html)
    if own:
        return at(datetime.strptime(own.group(1), "%d.%m.%Y").date())
    if page.path in stamps:
        return at(stamps[page.path])
    if page.start_day:
        return at(page.start_day - days(7))
    return at(date(2022, 10, 3))  # the project page: shortly after the project started


def build(writer: MirrorWriter, pages: list[CorpusPage]) -> dict[str, int]:
    """Add nca.cz to the mirror; returns counts by kind of file."""
    if not pages:
        raise BuildError("the corpus has no nca.cz page")
    chrome = Chrome(pages[0].html)
    stamps = sidebar_dates(
        pages, re.escape(CLOCK) + r'(\d\d\.\d\d\.\d{4})</span><a class="news-list__link" href="([^"]+)"', "%d.%m.%Y"
    )
    news, projects = [], []
    counts = {"event pages": 0, "other pages": 0, "attachments": 0}
    for page in pages:
        published = _published(page, stamps)
        uploads = [link.created for link in document_links(page.html, page.url) if link.created]
        changed = max([published, *uploads])  # attaching documents changes the page
        item = Item(
            page.url,
            str(page.record["page_title"]),
            first_paragraph(page.html, "news-detail__content"),
            published,
            changed,
        )
        writer.add(page.url, page.html, changed)
        counts["attachments"] += add_documents(writer, page.html, page.url, published)
        (news if page.path.startswith("/news/") else projects).append(item)
        counts["event pages" if page.record.get("is_event") else "other pages"] += 1
    news.sort(key=lambda item: item.published, reverse=True)
    aside = sidebar(news)
    newest = max(item.changed for item in news)

    count = max(1, math.ceil(len(news) / LISTING_PAGE_SIZE))
    for number in range(1, count + 1):
        rows = "".join(
            _list_item(item, True) for item in news[(number - 1) * LISTING_PAGE_SIZE : number * LISTING_PAGE_SIZE]
        )
        main = (
            '<section class="news-overview">\n  <h1 class="news-overview__title">News</h1>\n'
            f'  <ul class="news-list news-list--overview">\n{rows}  </ul>\n  {pagination(number, count)}\n</section>'
        )
        links = [("prev", _page_url(number - 1))] if number > 1 else []
        links += [("next", _page_url(number + 1))] if number < count else []
        writer.add(_page_url(number), chrome.page([("News", None)], main, aside, links), newest)
    counts["listing pages"] = count

    rows = "".join(
        f'<li class="projects-list__item"><a href="{item.path}">{escape(item.title)}</a><p>{escape(item.perex)}</p></li>\n'
        for item in projects
    )
    main = f'<section class="projects">\n  <h1 class="projects__title">Projects</h1>\n  <ul class="projects-list">\n{rows}  </ul>\n</section>'
    breadcrumb = [("About us", "/en/about-us/"), ("Projects", None)]
    writer.add(
        f"{ORIGIN}{PROJECTS}", chrome.page(breadcrumb, main, aside, []), max(item.changed for item in projects or news)
    )
    writer.add(f"{ORIGIN}/robots.txt", ROBOTS, at(date(2022, 1, 10)))
    return counts
