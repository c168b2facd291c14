"""HTML → a cleaned document: page metadata, the content region and its text lines.

The content region is found the same way on every CMS: drop chrome by tag (nav, aside, footer, form…), by ARIA role
and by class/id words (menu, sidebar, cookie, share, teaser, related…), drop sections whose heading announces other
content ("Upcoming events", "Latest news"), and never drop an ancestor of the page heading. What is left is read as
lines: one per block element or `<br>`, with the markup hints the later stages need.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import lxml.html
from lxml import etree

from harvest.parse.text import squash

HtmlElement = lxml.html.HtmlElement

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "tr",
        "table",
        "thead",
        "tbody",
        "dt",
        "dd",
        "dl",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "figure",
        "figcaption",
        "pre",
        "address",
        "center",
        "details",
        "summary",
        "caption",
        "aside",
        "nav",
        "form",
        "hr",
        "body",
        "html",
    ]
)
HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

_ALWAYS_DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "select",
        "button",
        "textarea",
        "input",
        "canvas",
        "video",
        "audio",
        "map",
        "figcaption",
    ]
)
_CHROME_TAGS = frozenset(["nav", "aside", "footer", "form", "header", "menu", "dialog"])
_CHROME_ROLES = frozenset(
    [
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "dialog",
        "alertdialog",
        "search",
        "menu",
        "menubar",
        "toolbar",
        "alert",
    ]
)
_CHROME_WORDS = frozenset(
    [
        "nav",
        "navbar",
        "navigation",
        "menu",
        "menus",
        "submenu",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "sidebars",
        "footer",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
        "share",
        "sharing",
        "sharer",
        "social",
        "socials",
        "teaser",
        "teasers",
        "related",
        "recent",
        "upcoming",
        "comments",
        "comment",
        "widget",
        "widgets",
        "newsletter",
        "subscribe",
        "subscription",
        "advert",
        "advertisement",
        "ads",
        "skip",
        "pager",
        "pagination",
        "tags",
        "tagcloud",
        "byline",
        "submitted",
        "author",
        "posted",
        "postedon",
        "published",
        "updated",
        "views",
        "viewcount",
        "modal",
        "popup",
        "offcanvas",
        "masthead",
        "logo",
        "branding",
        "toolbar",
        "srOnly",
        "screenreader",
        "rating",
        "ratings",
        "print",
    ]
)
_CHROME_PAIRS = (
    ("visually", "hidden"),
    ("sr", "only"),
    ("screen", "reader"),
    ("entry", "meta"),
    ("post", "meta"),
    ("entry", "date"),
    ("post", "date"),
    ("article", "meta"),
    ("site", "title"),
    ("site", "name"),
    ("more", "link"),
    ("read", "more"),
    ("see", "also"),
    ("you", "may"),
    ("entry", "footer"),
    ("page", "meta"),
    ("node", "meta"),
    ("post", "views"),
    ("mega", "menu"),
    ("language", "switcher"),
    ("lang", "switch"),
)
_CLASS_SPLIT = re.compile(r"[^a-z0-9]+")
_SIDEBAR_HEADING = re.compile(
    r"^(?:upcoming|latest|recent|related|other|more|popular|similar|further|next|previous|our)\b.{0,30}"
    r"\b(?:events?|news|posts?|articles?|stories|items|content|webinars?)\b"
    r"|^(?:you (?:may|might) also like|read (?:also|more)|see also|share this|tags|categories|archives|follow us"
    r"|newsletter|weitere (?:beiträge|veranstaltungen|termine|news)|aktuelle (?:beiträge|termine)"
    r"|neueste beiträge|ähnliche beiträge|das könnte sie auch interessieren|zobacz (?:też|także|również)"
    r"|najnowsze|powiązane|podobne|inne wydarzenia|nadchodzące wydarzenia|aktualności"
    r"|à lire aussi|articles similaires|autres événements|prochains événements)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Line:
    """One visual line of the content region."""

    text: str
    tag: str  # tag of the nearest block element
    heading: int  # 1..6 for h1..h6, else 0
    block: HtmlElement | None
    list_item: bool
    lead_bold: str | None = None  # text of a <strong>/<b> that starts the line ("<strong>Name</strong>Role, Org")
    index: int = 0


@dataclass(slots=True)
class Document:
    root: HtmlElement
    content: HtmlElement
    lines: list[Line]
    title_tag: str | None
    og_title: str | None
    site_name: str | None
    html_lang: str | None
    json_ld: list[dict[str, Any]]
    meta_published: str | None
    microdata: dict[str, str]
    removed_text: list[str] = field(default_factory=list)  # bylines and stamps dropped as chrome (publication dates)
    headings: list[Line] = field(default_factory=list)


_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)


def parse_html(data: bytes) -> HtmlElement:
    """An lxml tree for any UTF-8 bytes, even empty or broken (an empty `<html>` then)."""
    try:
        root = lxml.html.document_fromstring(data, parser=_PARSER) if data.strip() else None
    except (etree.ParserError, ValueError):
        root = None
    if root is None:
        root = lxml.html.document_fromstring("<html><body></body></html>")
    return root


def _attr_text(value: str | None) -> str | None:
    return squash(value) if value and value.strip() else None


@lru_cache(maxsize=4096)
def _words_of(raw: str) -> frozenset[str]:
    return frozenset(w for w in _CLASS_SPLIT.split(raw.lower()) if w)


def _class_words(element: HtmlElement) -> frozenset[str]:
    klass, ident = element.get("class"), element.get("id")
    if klass is None and ident is None:
        return frozenset()
    return _words_of(f"{klass or ''} {ident or ''}")


def is_chrome(element: HtmlElement) -> bool:
    """Navigation, sidebars, footers, cookie banners, teasers, bylines: by tag, role or class/id words."""
    tag = element.tag
    if tag in _CHROME_TAGS:
        return True
    role = (element.get("role") or "").lower()
    if role in _CHROME_ROLES:
        return True
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return True
    words = _class_words(element)
    if not words:
        return False
    if words & _CHROME_WORDS:
        return True
    return any(a in words and b in words for a, b in _CHROME_PAIRS)


def _read_json_ld(root: HtmlElement) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []

    def collect(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                collect(item)
        elif isinstance(node, dict):
            objects.append(node)
            for key in ("@graph", "mainEntity", "subEvent", "itemListElement"):
                if key in node:
                    collect(node[key])

    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            collect(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue
    return objects


def _read_meta(root: HtmlElement, has_microdata: bool) -> tuple[str | None, str | None, str | None, dict[str, str]]:
    og_title = site_name = published = None
    microdata: dict[str, str] = {}
    head = root.find("head")
    for meta in (head if head is not None else root).iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if not content:
            continue
        if key == "og:title":
            og_title = og_title or _attr_text(content)
        elif key in ("og:site_name", "application-name"):
            site_name = site_name or _attr_text(content)
        elif key in ("article:published_time", "datepublished", "date", "dc.date", "dcterms.created"):
            published = published or content.strip()
    candidates = root.xpath("//*[@itemprop='startDate' or @itemprop='endDate']") if has_microdata else []
    for element in candidates:
        value = element.get("content") or element.get("datetime") or element.text_content()
        if value and value.strip():
            microdata.setdefault(element.get("itemprop"), value.strip())
    return og_title, site_name, published, microdata


_HEADING_CHROME_WORDS = frozenset(["logo", "branding", "brand", "masthead", "site", "sitename"])


def _heading_outside_chrome(heading: HtmlElement) -> bool:
    if _class_words(heading) & _HEADING_CHROME_WORDS:
        return False
    for ancestor in heading.iterancestors():
        role = (ancestor.get("role") or "").lower()
        if ancestor.tag in ("nav", "aside", "footer") or role in (
            "navigation",
            "banner",
            "contentinfo",
            "complementary",
        ):
            return False
        if ancestor.tag == "header" and _class_words(ancestor) & _HEADING_CHROME_WORDS:
            return False  # the site header (logo, site name); an article's own <header> holds its heading
    return True


def _main_heading(root: HtmlElement) -> HtmlElement | None:
    """The page heading: the first <h1> outside the chrome (site logos are sometimes an <h1> in the header)."""
    candidates = [h for h in root.iter("h1") if squash(h.text_content()) and _heading_outside_chrome(h)]
    for heading in candidates:
        if any(a.tag in ("article", "main") or (a.get("role") or "") == "main" for a in heading.iterancestors()):
            return heading
    return candidates[0] if candidates else None


_BYLINE_WORDS = frozenset(["byline", "submitted", "author", "posted", "postedon", "published", "date", "meta", "time"])


def _drop_chrome(root: HtmlElement, protected: set[HtmlElement], removed_text: list[str]) -> None:
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_ALWAYS_DROP_TAGS, with_tail=False)
    doomed: list[HtmlElement] = []
    stack = list(root)
    while stack:  # depth-first, never descending into what is dropped anyway
        element = stack.pop()
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if element not in protected and is_chrome(element):
            doomed.append(element)
            continue
        if tag in ("h2", "h3", "h4") and _SIDEBAR_HEADING.match(squash(element.text_content())):
            parent = element.getparent()
            doomed.append(parent if parent is not None and parent not in protected else element)
            continue
        stack.extend(element)
    for element in doomed:
        if element.getparent() is None:
            continue
        if _class_words(element) & _BYLINE_WORDS or element.tag == "time":
            text = squash(element.text_content())
            if text and len(text) < 300:
                removed_text.append(text)
        element.drop_tree()


def _content_root(root: HtmlElement, heading: HtmlElement | None) -> HtmlElement:
    """The article holding the heading, else <main>, else the body."""
    body = root.find("body")
    body = body if body is not None else root
    if heading is not None:
        for ancestor in heading.iterancestors():
            if ancestor.tag == "article" or (ancestor.get("role") or "").lower() == "main" or ancestor.tag == "main":
                return ancestor
    for candidate in body.iter("main", "article"):
        return candidate
    return body


class _LineBuilder:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.buffer: list[str] = []
        self.lead_bold: str | None = None

    def flush(self, block: HtmlElement | None) -> None:
        text = squash("".join(self.buffer))
        if text:
            tag = block.tag if block is not None else "p"
            list_item = tag == "li" or (block is not None and any(a.tag == "li" for a in block.iterancestors()))
            line = Line(text, tag, HEADING_LEVELS.get(tag, 0), block, list_item, self.lead_bold, len(self.lines))
            self.lines.append(line)
        self.buffer.clear()
        self.lead_bold = None

    def walk(self, element: HtmlElement, block: HtmlElement | None) -> None:
        tag = element.tag
        if not isinstance(tag, str):
            return
        is_block = tag in BLOCK_TAGS
        if is_block:
            self.flush(block)
            block = element
        elif tag == "br":
            self.flush(block)
            return
        elif tag in ("strong", "b") and not "".join(self.buffer).strip():
            self.lead_bold = squash(element.text_content()) or None
        if element.text:
            self.buffer.append(element.text)
        for child in element:
            self.walk(child, block)
            if child.tail:
                self.buffer.append(child.tail)
        if is_block:
            self.flush(block)
        elif tag in ("strong", "b") and self.lead_bold and "".join(self.buffer).strip() == self.lead_bold:
            self.buffer.append("\u2063")  # invisible separator: the bold name ends here even when glued to a role


def read_lines(element: HtmlElement) -> list[Line]:
    builder = _LineBuilder()
    builder.walk(element, None)
    builder.flush(element)
    for index, line in enumerate(builder.lines):
        line.index = index
    return builder.lines


def build_document(data: bytes) -> Document:
    """The cleaned document of a page given as UTF-8 bytes (see `decode.decode_html`)."""
    root = parse_html(data)
    head = root.find("head")
    title_element = (head if head is not None else root).find(".//title")
    title_tag = _attr_text(title_element.text_content()) if title_element is not None else None
    html_lang = _attr_text(root.get("lang") or root.get("xml:lang"))
    json_ld = _read_json_ld(root)
    og_title, site_name, meta_published, microdata = _read_meta(root, b"startDate" in data)
    heading = _main_heading(root)
    protected: set[HtmlElement] = set()
    if heading is not None:
        protected.add(heading)
        protected.update(heading.iterancestors())
    removed_text: list[str] = []
    if head is not None:
        head.drop_tree()
    _drop_chrome(root, protected, removed_text)
    content = _content_root(root, heading)
    lines = read_lines(content)
    if heading is not None and not any(line.heading == 1 for line in lines):
        # the heading sits outside the article (a page-title band above it): read it first
        lines = [Line(squash(heading.text_content()), "h1", 1, heading, False), *lines]
        for index, line in enumerate(lines):
            line.index = index
    headings = [line for line in lines if line.heading]
    return Document(
        root,
        content,
        lines,
        title_tag,
        og_title,
        site_name,
        html_lang,
        json_ld,
        meta_published,
        microdata,
        removed_text,
        headings,
    )
