"""HTML → a cleaned document: page metadata, the content region and its text lines.

Broken markup is repaired first where libxml2's recovery would cost the article: content that an unclosed element
nested inside navigation, a site header, a sidebar or a footer is moved back out (`_unswallow`). The content region
is found the same way on every CMS: drop chrome by tag (nav, aside, footer, form…), by ARIA role
and by class/id words (menu, sidebar, cookie, share, teaser, related…); drop boxes whose heading announces other
content ("Upcoming events", "Weitere Meldungen", "Najbliższe wydarzenia": a qualifier and a kind of content from the
word tables of `vocabulary`), where a heading is an <h2>–<h6> or a bold text that starts its block and the box is
the block it starts, else the heading's section up to the next heading of its rank; drop lists of dated links to
other pages (teasers); never drop an ancestor of the page heading. What is left is read as lines: one per block
element or `<br>`, and one per field where inline fields of one kind run into each other with no space
(`<span>CEO</span><span>Nordic Cluster</span>`), with the markup hints the later stages need. One depth-first pass
does both: it skips chrome without descending into it and reads lines while inside the content region.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from harvest.parse.dates import DATE_RE, anchored_matches
from harvest.parse.text import squash
from harvest.parse.vocabulary import (
    ATTACHED_WORDS,
    CONTENT_NOUNS,
    DOCUMENT_LINKERS,
    DOCUMENT_NOUNS,
    EVENT_NOUNS_IN_PHRASES,
    OTHER_CONTENT_PHRASES,
    OTHER_QUALIFIERS,
    alternation,
    table_words,
)

# Plain lxml elements: lxml.html's element classes cost a Python call for every element the parser hands out.
HtmlElement = etree._Element

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
        "sronly",
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
_PAIR_PARTNERS: dict[str, frozenset[str]] = {
    first: frozenset(b for a, b in _CHROME_PAIRS if a == first) for first, _ in _CHROME_PAIRS
}
_CLASS_SPLIT = re.compile(r"[^a-z0-9]+")
_ASCII_SEPARATORS = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))
_NO_WORD = frozenset([""])
# A box heading that announces other content ("Upcoming events", "Weitere Meldungen", "Najbliższe wydarzenia").
_OTHER_CONTENT_HEADING = re.compile(
    rf"^(?:{alternation(OTHER_QUALIFIERS)})\b.{{0,30}}\b(?:{alternation(CONTENT_NOUNS)})\b"
    rf"|^(?:{alternation(OTHER_CONTENT_PHRASES)})\b"
)
# A box of the event's own documents, also in a sidebar: "Event materials", "Slides of the workshop", "Unterlagen zur
# Veranstaltung", "Materiały ze spotkania", "Zugehörige Dateien". A bare "Downloads" box may hold the site's documents.
_EVENT_DOCUMENTS_HEADING = re.compile(
    rf"^(?:(?:{alternation(EVENT_NOUNS_IN_PHRASES, ATTACHED_WORDS)})\s+(?:{alternation(DOCUMENT_NOUNS)})"
    rf"|(?:{alternation(DOCUMENT_NOUNS)})\s+(?:{alternation(DOCUMENT_LINKERS)})\s+"
    rf"(?:{alternation(EVENT_NOUNS_IN_PHRASES)})s?)\s*:?$"
)
BOX_HEADING_CHARS = 80  # a longer text is a sentence, not a box heading
_BOX_HEADING_FIRST_WORDS = frozenset(
    phrase.split()[0]
    for phrase in table_words(
        OTHER_QUALIFIERS, OTHER_CONTENT_PHRASES, EVENT_NOUNS_IN_PHRASES, ATTACHED_WORDS, DOCUMENT_NOUNS
    )
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
    document_boxes: list[HtmlElement] = field(default_factory=list)  # "Event materials", wherever they sit
    base_href: str | None = None  # <base href>: what relative links are relative to
    has_tables: bool = True  # False: the page has no <table> (its walk is skipped)

    def absolute(self, url: str, href: str) -> str:
        """A link of the page as an absolute URL (against `<base href>`, itself relative to the page URL)."""
        return urljoin(urljoin(url, self.base_href) if self.base_href else url, href)


DOCUMENT_EXTENSIONS = frozenset(
    [
        ".pdf",
        ".zip",
        ".doc",
        ".docx",
        ".ppt",
        ".pptx",
        ".pps",
        ".ppsx",
        ".xls",
        ".xlsx",
        ".odt",
        ".odp",
        ".ods",
        ".rtf",
        ".csv",
        ".7z",
        ".rar",
    ]
)


def url_path(url: str) -> str:
    """The decoded path of a URL; "" for one that cannot be split (a stray "[" makes urlsplit raise)."""
    try:
        return unquote(urlsplit(url).path)
    except ValueError:
        return ""


def url_extension(url: str) -> str:
    path = url_path(url).lower()
    dot = path.rfind(".")
    return path[dot:] if dot > path.rfind("/") else ""


_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp|heic)\s*$", re.IGNORECASE)
# collect_ids=False: the parser then builds no table of id attributes, which nothing here looks up
_PARSER = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False)
_EMPTY_PAGE = b"<html><body></body></html>"


def parse_html(data: bytes) -> HtmlElement:
    """An lxml tree for any UTF-8 bytes, even empty or broken (an empty `<html>` then)."""
    root = None
    if data and not data.isspace():  # bytes.isspace needs no copy of the page, unlike strip
        try:
            root = etree.fromstring(data, parser=_PARSER)
        except (etree.LxmlError, ValueError):
            root = None
    if root is None:
        root = etree.fromstring(_EMPTY_PAGE, parser=_PARSER)
    return root


def text_content(element: HtmlElement) -> str:
    """All the text inside an element, without its tail (the XPath string value; serialising is the fast way)."""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def drop_tree(element: HtmlElement) -> None:
    """Remove an element with its children, keeping the text that follows it in place."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + element.tail
        else:
            previous.tail = (previous.tail or "") + element.tail
    parent.remove(element)


def _attr_text(value: str | None) -> str | None:
    return squash(value) if value and value.strip() else None


def _words_of(raw: str) -> frozenset[str]:
    """The words of class and id values: runs of a-z and 0-9 ("field--name-body" → field, name, body)."""
    lowered = raw.lower()
    if lowered.isascii():  # the usual case: a bytes translation and str.split beat a regex split several times
        return frozenset(lowered.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii").split())
    return frozenset(_CLASS_SPLIT.split(lowered)) - _NO_WORD


def _class_words(element: HtmlElement) -> frozenset[str]:
    klass, ident = element.get("class"), element.get("id")
    if klass is None and ident is None:
        return frozenset()
    return _words_of(f"{klass or ''} {ident or ''}")


def _chrome_words(words: frozenset[str]) -> bool:
    if not words.isdisjoint(_CHROME_WORDS):
        return True
    return any(not words.isdisjoint(_PAIR_PARTNERS[word]) for word in words.intersection(_PAIR_PARTNERS))


def is_chrome(element: HtmlElement, content_widgets: bool = False) -> bool:
    """Navigation, sidebars, footers, cookie banners, teasers, bylines: by tag, role or class/id words.
    `content_widgets`: the page builds its content of "widget" blocks (see `_heading_in_widget`), so that word alone
    is no chrome."""
    if element.tag in _CHROME_TAGS:
        return True
    klass = ident = None
    for name, value in element.items():  # one call for all attributes: cheaper than a get() per name
        if name == "class":
            klass = value
        elif name == "id":
            ident = value
        elif name == "role":
            if value.lower() in _CHROME_ROLES:
                return True
        elif name == "hidden" or (name == "aria-hidden" and value == "true"):
            return True
    if klass is None and ident is None:
        return False
    return _chrome_attributes(f"{klass or ''} {ident or ''}", content_widgets)


@lru_cache(maxsize=4096)
def _chrome_attributes(raw: str, content_widgets: bool = False) -> bool:
    """Whether class and id values name chrome; pages repeat the same values on many elements, so it is kept."""
    words = _words_of(raw)
    return _chrome_words(words - _WIDGET_WORDS if content_widgets else words)


_WIDGET_WORDS = frozenset(["widget", "widgets"])
LITTLE_TEXT = 300  # the characters of content (besides the heading) of a page whose content was taken for chrome


def _little_text(lines: list[Line]) -> bool:
    read = 0
    for line in lines:
        read += len(line.text)
        if read >= LITTLE_TEXT * 2:  # the heading may be among them: it is short
            return False
    return sum(len(line.text) for line in lines if line.heading != 1) < LITTLE_TEXT


def _read_content(reader: _Reader, root: HtmlElement, content: HtmlElement) -> None:
    if content is root:
        reader.read(root, root.tag, None, False)
        reader.flush(root, False)
    else:
        reader.scan(root)


def _heading_in_widget(heading: HtmlElement | None) -> bool:
    """Whether the page heading itself sits in a "widget" block: page builders (Elementor: "elementor-widget
    elementor-widget-text-editor") make every block of the content a widget, where a theme's widgets are its
    sidebar's. The other chrome words still count ("elementor-widget-sidebar", "…-recent-posts")."""
    if heading is None:
        return False
    for node in (heading, *heading.iterancestors()):
        klass = node.get("class")  # the literal test first: few pages have widgets
        if klass and "widget" in klass and not _WIDGET_WORDS.isdisjoint(_class_words(node)):
            return True
    return False


# Landmark elements that never belong inside navigation, a sidebar, a site header or a footer. libxml2's recovery
# from an unclosed element ("<nav><div>Home</nav><main>…") ignores the end tag of the chrome and nests the rest of
# the page inside it; a browser closes both. `_unswallow` moves the content back out, as a browser would.
_SWALLOWING_TAGS = ("nav", "aside", "header", "footer", "menu")
MAX_REPAIRS = 8  # each repair takes one landmark out of one chrome element; pages have a handful at most


def _swallowed(root: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The first landmark of the page's content inside a chrome element, with that element: a <main>, an <article>
    that holds an <h1> (sidebars list teaser articles of their own), or an <h1> outside a site header (whose logo
    may be one). Read from the few landmarks up, not from the many chrome elements down."""
    for landmark in root.iter("main", "article", "h1"):
        chrome = next(landmark.iterancestors(*_SWALLOWING_TAGS), None)
        if chrome is None:
            continue
        if landmark.tag == "h1" and chrome.tag == "header":
            continue
        if landmark.tag == "article" and next(landmark.iter("h1"), None) is None:
            continue
        return chrome, landmark
    return None


def _swallowing(landmarks: list[HtmlElement]) -> bool:
    """Whether a <main> or an <h1> of the page sits inside chrome: only then may content need `_unswallow` (an
    article that counts holds an <h1>). Most pages have none, and this look costs no walk of the page."""
    return any(next(landmark.iterancestors(*_SWALLOWING_TAGS), None) is not None for landmark in landmarks)


def _unswallow(root: HtmlElement) -> None:
    """Move content that broken markup nested inside chrome back out: the landmark and all that follows it inside
    the chrome element go right after it, in their order."""
    for _ in range(MAX_REPAIRS):
        found = _swallowed(root)
        if found is None:
            return
        chrome, landmark = found
        moved: list[HtmlElement] = [landmark, *landmark.itersiblings()]
        for ancestor in landmark.iterancestors():
            if ancestor is chrome:
                break
            moved.extend(ancestor.itersiblings())
        for element in reversed(moved):
            chrome.addnext(element)


def _reopen_main(main: HtmlElement, data: bytes) -> None:
    """Put back into <main> the blocks a stray end tag moved out of it: an extra `</div>` inside the main column
    closes the <main> with the <div> around it (in libxml2 as in a browser), and the rest of the column follows it
    outside. The blocks that start before the `</main>` of the source belong to it, by their line in the source."""
    close = data.find(b"</main>")
    if close < 0 or data.find(b"</main>", close + 1) >= 0:
        return
    close_line = data.count(b"\n", 0, close) + 1
    moved: list[HtmlElement] = []
    node = main
    while node is not None and node.tag != "body":
        for sibling in node.itersiblings():
            if not isinstance(sibling.tag, str) or (sibling.sourceline or close_line) >= close_line:
                break
            moved.append(sibling)
        else:
            node = node.getparent()
            continue
        break
    for element in moved:
        main.append(element)


def _read_json_ld(scripts: list[HtmlElement]) -> list[dict[str, Any]]:
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

    for script in scripts:
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            collect(json.loads(script.text or ""))
        except (ValueError, RecursionError):
            continue
    return objects


_META_KEYS = frozenset(  # the <meta> names read below
    [
        "og:title",
        "og:site_name",
        "application-name",
        "article:published_time",
        "datepublished",
        "date",
        "dc.date",
        "dcterms.created",
    ]
)
_MICRODATA_DATES = etree.XPath("//*[@itemprop='startDate' or @itemprop='endDate']")  # compiled once


def _read_meta(root: HtmlElement, has_microdata: bool) -> tuple[str | None, str | None, str | None, dict[str, str]]:
    og_title = site_name = published = None
    microdata: dict[str, str] = {}
    head = root.find("head")
    for meta in (head if head is not None else root).iter("meta"):
        get = meta.get
        key = (get("property") or get("name") or get("itemprop") or "").lower()
        if key not in _META_KEYS:
            continue
        content = get("content")
        if not content:
            continue
        if key == "og:title":
            og_title = og_title or _attr_text(content)
        elif key in ("og:site_name", "application-name"):
            site_name = site_name or _attr_text(content)
        elif key in ("article:published_time", "datepublished", "date", "dc.date", "dcterms.created"):
            published = published or content.strip()
    candidates = _MICRODATA_DATES(root) if has_microdata else []
    for element in candidates:
        value = element.get("content") or element.get("datetime") or text_content(element)
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


def _main_heading(h1s: list[HtmlElement]) -> HtmlElement | None:
    """The page heading: the first <h1> outside the chrome (site logos are sometimes an <h1> in the header)."""
    candidates = [h for h in h1s if squash(text_content(h)) and _heading_outside_chrome(h)]
    for heading in candidates:
        if any(a.tag in ("article", "main") or (a.get("role") or "") == "main" for a in heading.iterancestors()):
            return heading
    return candidates[0] if candidates else None


_BYLINE_WORDS = frozenset(["byline", "submitted", "author", "posted", "postedon", "published", "date", "meta", "time"])


_BOX_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "b", "strong")
BOLD_RANK = 7  # a bold text that heads a box ranks below every <h*>


def _heading_rank(element: HtmlElement) -> int:
    """h1..h6 → 1..6, a bold text or a block holding nothing but a heading or bold text → its rank, else 0."""
    tag = element.tag
    if tag in HEADING_LEVELS:
        return HEADING_LEVELS[tag]
    if tag in ("b", "strong"):
        return BOLD_RANK
    if not isinstance(tag, str) or len(element) != 1 or (element.text or "").strip() or (element[0].tail or "").strip():
        return 0
    return _heading_rank(element[0])


def _starts(element: HtmlElement, parent: HtmlElement) -> bool:
    """Whether nothing with text comes before the element in its parent."""
    if (parent.text or "").strip():
        return False
    return all(
        not (isinstance(before.tag, str) and text_content(before).strip()) and not (before.tail or "").strip()
        for before in element.itersiblings(preceding=True)
    )


def _only_child(node: HtmlElement, parent: HtmlElement) -> bool:
    """Whether the parent holds nothing but the node."""
    return len(parent) == 1 and not (parent.text or "").strip() and not (node.tail or "").strip()


def _heading_box(heading: HtmlElement, text: str, protected: set[HtmlElement]) -> list[HtmlElement]:
    """What a box heading heads: the block it starts ("<div class="widget"><h3>…</h3><ul>…"), else, in a flow of
    content, the heading and its following siblings up to the next heading of its rank or higher."""
    node = heading
    parent = node.getparent()
    # wrappers that hold nothing but the heading (<header><h2>…</h2></header>, <p><b>…</b></p>) stand for it
    while parent is not None and parent not in protected and _only_child(node, parent):
        node, parent = parent, parent.getparent()
    if parent is None:
        return [node]
    if parent not in protected and parent.tag not in ("body", "html") and _starts(node, parent):
        return [parent]
    rank = _heading_rank(node) or BOLD_RANK
    box = [node]
    for sibling in node.itersiblings():
        if isinstance(sibling.tag, str) and 0 < _heading_rank(sibling) <= rank:
            break
        box.append(sibling)
    return box


def _boxes_by_heading(root: HtmlElement, protected: set[HtmlElement]) -> tuple[set[HtmlElement], list[HtmlElement]]:
    """Boxes whose heading announces other content ("Upcoming events", "Weitere Meldungen", "Najbliższe
    wydarzenia"), and boxes whose heading announces this event's documents ("Event materials"), in page order. A
    heading is an <h2>–<h6>, or a bold text that starts its block."""
    sections: set[HtmlElement] = set()
    documents: list[HtmlElement] = []
    for heading in root.iter(*_BOX_HEADING_TAGS):
        if heading.tag in ("b", "strong"):
            parent = heading.getparent()
            if parent is None or (parent.text or "").strip():
                continue  # bold words inside a sentence
        own = heading.text or ""
        if len(heading):
            first = own.split(None, 1)
            if first and (len(first) == 2 or own[-1].isspace()) and first[0].lower() not in _BOX_HEADING_FIRST_WORDS:
                continue  # the first word ends in the heading's own text: no need to read its children
            if not first and isinstance(heading[0].tag, str):  # "<h3><a>Word …</a></h3>": the same in the first child
                inner = heading[0].text or ""
                first = inner.split(None, 1)
                if len(first) == 2 and first[0].lower() not in _BOX_HEADING_FIRST_WORDS:
                    continue
            raw = text_content(heading)
        else:
            raw = own
        words = raw.split(None, 1)
        if not words or words[0].lower() not in _BOX_HEADING_FIRST_WORDS or len(raw) > 4 * BOX_HEADING_CHARS:
            continue  # the cheap test first: most headings start with no word of the tables
        text = squash(raw)
        if not text or len(text) > BOX_HEADING_CHARS:
            continue
        lowered = text.lower()
        documents_box = _EVENT_DOCUMENTS_HEADING.match(lowered)
        if not documents_box and not _OTHER_CONTENT_HEADING.match(lowered):
            continue
        if heading.tag in ("b", "strong") and not _starts(heading, heading.getparent()):
            continue  # bold words inside a sentence
        if documents_box:
            documents.extend(_heading_box(heading, text, protected))
        elif heading in protected or not is_chrome(heading):
            sections.update(_heading_box(heading, text, protected))  # a heading that is chrome itself goes alone
    return sections, documents


# A list of links to other pages, most of them dated, is a list of teasers ("Previous editions", a calendar).
TEASER_ITEMS = 3
TEASER_CHARS = 200
_DATE_HINT = re.compile(r"\d")


def is_teaser_list(element: HtmlElement) -> bool:
    """A <ul>/<ol> of at least three short items, each a link to a page (not a document), two thirds of them
    dated."""
    items = [child for child in element if child.tag == "li"]
    if len(items) < TEASER_ITEMS:
        return False
    links = [item.find(".//a[@href]") for item in items]
    if any(link is None or url_extension(link.get("href") or "") in DOCUMENT_EXTENSIONS for link in links):
        return False
    dated = 0
    for item in items:
        text = squash(text_content(item))
        if len(text) > TEASER_CHARS:
            return False
        if _DATE_HINT.search(text) and next(anchored_matches(DATE_RE, text), None) is not None:
            dated += 1
    return dated * 3 >= len(items) * 2


class _Reader:
    """One depth-first pass over the page: chrome is noted (never entered), the content region is read as lines."""

    def __init__(self, protected: set[HtmlElement], sections: set[HtmlElement], content_widgets: bool) -> None:
        self.content: HtmlElement | None = None  # set once found (finding it asks `kept`)
        self.content_widgets = content_widgets
        self.protected = protected
        self.sections = sections
        self.doomed: list[HtmlElement] = []
        self.removed_text: list[str] = []
        self.lines: list[Line] = []
        self.buffer: list[str] = []
        self.lead_bold: str | None = None

    def dropped(self, element: HtmlElement) -> bool:
        """Chrome or a section of other content: noted for removal, with its text when it is a byline or stamp."""
        if element not in self.sections and (element in self.protected or not is_chrome(element, self.content_widgets)):
            return False
        self.doomed.append(element)
        if element.tag == "time" or _class_words(element) & _BYLINE_WORDS:
            text = squash(text_content(element))
            if text and len(text) < 300:
                self.removed_text.append(text)
        return True

    def kept(self, element: HtmlElement) -> bool:
        """Whether the pass will keep this element (neither it nor an ancestor is dropped); notes nothing."""
        for node in (element, *element.iterancestors()):
            if node in self.sections or (node not in self.protected and is_chrome(node, self.content_widgets)):
                return False
        return True

    def scan(self, element: HtmlElement) -> None:
        """Outside the content region: only find the chrome."""
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child is self.content:
                in_list = any(a.tag == "li" for a in child.iterancestors())
                self.read(child, child.tag, None, in_list)
                self.flush(child, in_list or child.tag == "li")
            elif not self.dropped(child):
                self.scan(child)

    def flush(self, block: HtmlElement | None, in_list: bool) -> None:
        if not self.buffer:  # every block flushes on entry and exit: most find nothing to join
            self.lead_bold = None
            return
        joined = "".join(self.buffer)
        text = squash(joined) if joined and not joined.isspace() else ""  # most flushes meet only indentation
        if text:
            tag = block.tag if block is not None else "p"
            list_item = block is not None and in_list
            line = Line(text, tag, HEADING_LEVELS.get(tag, 0), block, list_item, self.lead_bold, len(self.lines))
            self.lines.append(line)
        self.buffer.clear()
        self.lead_bold = None

    def _glued(self, child: HtmlElement) -> bool:
        """Whether a field's text would run into the previous field's with nothing between: "CEO" + "Nordic"."""
        if not self.buffer or not self.buffer[-1][-1:].isalpha():  # numbers glue into dates: "8" "Mar" "2023"
            return False
        return (child.text or "")[:1].isupper()

    def read(self, element: HtmlElement, tag: str, block: HtmlElement | None, in_list: bool) -> None:
        """Inside the content region. `in_list`: `block` is an <li> or inside one."""
        is_block = tag in BLOCK_TAGS
        bold = tag == "strong" or tag == "b"
        if is_block:
            self.flush(block, in_list)
            if not (block is not None and block.tag in _CELL_TAGS and _cell_wrapper(element, tag, block)):
                block, in_list = element, in_list or tag == "li"
        elif tag == "br":
            self.flush(block, in_list)
            return
        elif bold and not _after_lead_mark("".join(self.buffer).strip()):
            self.lead_bold = squash(text_content(element)) or None
        text = element.text
        if text:
            if (
                not is_block
                and self.buffer
                and self.buffer[-1][-1].isdigit()
                and (text[0].isdigit() or text[0].isupper())
            ):
                # <span>08.03.2023</span><span>08:30</span>: two numbers, not one; <span>09:00 – 09:30</span>
                # <span>Opening: …</span>: a time, then its session
                self.buffer.append(" ")
            self.buffer.append(text)
        previous_tag = None  # the tag of the previous child when nothing stands between it and the next
        for child in element:
            child_tag = child.tag
            if isinstance(child_tag, str) and (
                (child_tag == "header" and _section_header(child)) or not self.dropped(child)
            ):
                if (child_tag == "ul" or child_tag == "ol") and child not in self.protected and is_teaser_list(child):
                    self.doomed.append(child)
                else:
                    if child_tag == previous_tag and child_tag in _FIELD_TAGS and self._glued(child):
                        self.flush(block, in_list)  # <span>CEO</span><span>Nordic Cluster</span>: two fields
                    self.read(child, child_tag, block, in_list)
            tail = child.tail
            if tail:
                self.buffer.append(tail)
            previous_tag = None if tail and not tail.isspace() else child_tag
        if is_block:
            self.flush(block, in_list)
        elif (
            bold
            and self.lead_bold
            and not self.lead_bold[-1].isdigit()
            and _after_lead_mark("".join(self.buffer).strip()) == self.lead_bold
        ):
            self.buffer.append("\u2063")  # invisible separator: the bold name ends here even when glued to a role


_FIELD_TAGS = frozenset(["span", "small", "label", "time", "a"])
_CELL_TAGS = frozenset(["td", "th"])
CELL_CHARS = 300  # a cell with more text holds content laid out in a table, not one value


_CELL_WRAPPERS = frozenset(["p", "div", "table", "tbody", "thead", "tr", "td", "th"])


def _cell_wrapper(element: HtmlElement, tag: str, cell: HtmlElement) -> bool:
    """A block inside a short table cell that only wraps its text (Word's "<td><p>Name</p></td>", SharePoint's "<td><div
    class="cell">…", a one-cell table laid inside the cell): its lines are the cell's, so the table's rows are still
    read as rows. A table of several cells inside the cell is a table of its own."""
    if tag not in _CELL_WRAPPERS or len(text_content(cell)) > CELL_CHARS:
        return False
    return tag in ("p", "div") or sum(1 for _ in element.iter("td", "th")) <= 1


# A bullet written as text before a line's bold start ("- <strong>Name</strong>Role"): the bold still starts it.
_LEAD_MARKS = "•·▪◦‣●○■□►▶➢✓✔–—-*+"


def _after_lead_mark(text: str) -> str:
    """The text of a line so far without the bullet it opens with ("- Anna Berg" → "Anna Berg")."""
    if text[:1] and text[0] in _LEAD_MARKS:
        return text[1:].lstrip()
    return text


SECTION_HEADER_CHARS = 200


def _section_header(element: HtmlElement) -> bool:
    """A <header> inside the content that only heads a section ("<header><h2>Speakers</h2></header>"): its heading is
    content; a site header holds navigation and lists."""
    if element.tag != "header" or next(element.iter("h2", "h3", "h4", "h5", "h6"), None) is None:
        return False
    if next(element.iter("nav", "ul", "ol", "form"), None) is not None:
        return False
    return len(text_content(element)) <= SECTION_HEADER_CHARS


def _content_root(root: HtmlElement, heading: HtmlElement | None, kept: Callable[[HtmlElement], bool]) -> HtmlElement:
    """The article holding the heading, else the first <main> or <article> left after the chrome, else the body."""
    body = root.find("body")
    body = body if body is not None else root
    if heading is not None:
        for ancestor in heading.iterancestors():
            if ancestor.tag == "article" or (ancestor.get("role") or "").lower() == "main" or ancestor.tag == "main":
                return ancestor
    for candidate in body.iter("main", "article"):
        if kept(candidate):
            return candidate
    return body


def build_document(data: bytes) -> Document:
    """The cleaned document of a page given as UTF-8 bytes (see `decode.decode_html`)."""
    root = parse_html(data)
    head = root.find("head")
    title_element = next((head if head is not None else root).iter("title"), None)  # the first, as find(".//title")
    title_tag = _attr_text(text_content(title_element)) if title_element is not None else None
    html_lang = _attr_text(root.get("lang") or root.get("xml:lang"))
    # One walk for all that is looked up by tag before the clean-up: the landmarks (the repair's test and the page
    # heading), the scripts, and whether there is any figcaption or table. The clean-up only removes and moves
    # elements, so a page without them has none after it either, and their walks are skipped.
    landmarks: list[HtmlElement] = []
    scripts: list[HtmlElement] = []
    other_tags: set[str] = set()
    for element in root.iter("main", "h1", "script", "figcaption", "table"):
        tag = element.tag
        if tag == "main" or tag == "h1":
            landmarks.append(element)
        elif tag == "script":
            scripts.append(element)
        else:
            other_tags.add(tag)
    json_ld = _read_json_ld(scripts)
    # the XPath walks the whole page: only where the bytes hold both words (attribute names in any case)
    microdata_dates = b"startDate" in data and b"itemprop" in data.lower()
    og_title, site_name, meta_published, microdata = _read_meta(root, microdata_dates)
    mains = [element for element in landmarks if element.tag == "main"]
    if len(mains) == 1:
        _reopen_main(mains[0], data)
    if _swallowing(landmarks):
        _unswallow(root)
        landmarks = list(root.iter("h1"))
    heading = _main_heading([element for element in landmarks if element.tag == "h1"])
    protected: set[HtmlElement] = set()
    if heading is not None:
        protected.add(heading)
        protected.update(heading.iterancestors())
    base = head.find("base") if head is not None else None
    base_href = (base.get("href") or "").strip() or None if base is not None else None
    if head is not None:
        drop_tree(head)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, *_ALWAYS_DROP_TAGS, with_tail=False)
    captions = root.iter("figcaption") if "figcaption" in other_tags else ()
    for caption in [c for c in captions if _FILE_NAME.search(text_content(c))]:
        drop_tree(caption)  # an image's file name shown as its caption ("CmR Levi Jakub.jpg") is no text
    sections, document_boxes = _boxes_by_heading(root, protected)
    reader = _Reader(protected, sections, _heading_in_widget(heading))
    content = reader.content = _content_root(root, heading, reader.kept)
    _read_content(reader, root, content)
    if not reader.content_widgets and _little_text(reader.lines) and b"widget" in data:
        # nearly nothing read: a page builder's widgets may hold the content under the theme's heading
        retry = _Reader(protected, sections, True)
        retry.content = content
        _read_content(retry, root, content)
        if sum(len(line.text) for line in retry.lines) > sum(len(line.text) for line in reader.lines) * 2:
            reader = retry
    for element in reader.doomed:
        drop_tree(element)
    lines = reader.lines
    if heading is not None and not any(line.heading == 1 for line in lines):
        # the heading sits outside the article (a page-title band above it): read it first
        lines = [Line(squash(text_content(heading)), "h1", 1, heading, False), *lines]
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
        reader.removed_text,
        headings,
        document_boxes,
        base_href,
        "table" in other_tags,
    )
