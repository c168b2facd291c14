"""Shared helpers for the hx held-out generator: page registry, site chrome of the two sites that many pages share
(ECCP's Drupal theme and nca.cz's Modus theme — on the real web these pages do share it), and consistency checks."""

from __future__ import annotations

import csv
import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = Path("/work/shared/reference/euroclusters.csv")
BRUSSELS = ZoneInfo("Europe/Brussels")
PRAGUE = ZoneInfo("Europe/Prague")


@dataclass
class Page:
    id: str
    url: str
    template: str
    lang: str
    html: str
    record: dict
    encoding: str = "utf-8"  # bytes written to disk
    bom: bool = False
    what: str = ""  # README table line


PAGES: list[Page] = []


def sp(name: str, role: str | None = None, organisation: str | None = None, eurocluster: str | None = None) -> dict:
    return {"name": name, "role": role, "organisation": organisation, "eurocluster": eurocluster}


def asset(label: str, url: str, created: str | None = None) -> dict:
    return {"label": label, "url": url, "created": created}


def add(
    id: str,
    url: str,
    template: str,
    lang: str,
    page_html: str,
    *,
    is_event: bool,
    title,
    page_title,
    series=None,
    start=None,
    end=None,
    tz_label=None,
    speakers=(),
    euroclusters=(),
    assets=(),
    notes: str,
    encoding="utf-8",
    bom=False,
    what: str = "",
) -> None:
    timezone = "Europe/Brussels" if isinstance(start, str) and "T" in start else None
    rec = {
        "id": id,
        "url": url,
        "template": template,
        "lang": lang,
        "is_event": is_event,
        "title": title,
        "page_title": page_title,
        "series": series,
        "start": start,
        "end": end,
        "timezone": timezone,
        "tz_label": tz_label,
        "speakers": list(speakers),
        "euroclusters": sorted(euroclusters, key=str.casefold),
        "assets": list(assets),
        "notes": notes,
    }
    PAGES.append(Page(id, url, template, lang, page_html, rec, encoding, bom, what or notes))


# ------------------------------------------------------------------------------------------------ ECCP (Drupal 10)


def twig(hook: str, suggestions: list[str], chosen: str, path: str, inner: str, custom: bool = True) -> str:
    lines = ["<!-- THEME DEBUG -->", f"<!-- THEME HOOK: '{hook}' -->", "<!-- FILE NAME SUGGESTIONS:"]
    for s in suggestions:
        lines.append(f"   {'✅' if s == chosen else '▪️'} {s}")
    lines.append("-->")
    kind = "💡 BEGIN CUSTOM TEMPLATE OUTPUT" if custom else "BEGIN OUTPUT"
    end = "END CUSTOM TEMPLATE OUTPUT" if custom else "END OUTPUT"
    lines.append(f"<!-- {kind} from '{path}' -->")
    lines.append(inner)
    lines.append(f"<!-- {end} from '{path}' -->\n")
    return "\n".join(lines)


def field(name: str, ftype: str, bundle: str, inner: str, label: str | None = None, item_class: str = "") -> str:
    sugg = [
        f"field--node--{name}--{bundle}.html.twig",
        f"field--node--{name}.html.twig",
        f"field--node--{bundle}.html.twig",
        f"field--{name}.html.twig",
        f"field--{ftype}.html.twig",
        "field.html.twig",
    ]
    cname = name.replace("_", "-")
    if label:
        body = (
            f'<div class="field field--name-{cname} field--type-{ftype} field--label-above">\n'
            f'    <div class="field__label">{label}</div>\n{inner}\n</div>'
        )
    else:
        body = f'<div class="{item_class}field field--name-{cname} field--type-{ftype} field--label-hidden field__item">{inner}</div>'
    return twig(
        "field", sugg, "field.html.twig", "core/themes/classy/templates/field/field.html.twig", body, custom=False
    )


def body_field(bundle: str, inner: str) -> str:
    sugg = [
        f"field--node--body--{bundle}.html.twig",
        "field--node--body.html.twig",
        f"field--node--{bundle}.html.twig",
        "field--body.html.twig",
        "field--text-with-summary.html.twig",
        "field.html.twig",
    ]
    return twig(
        "field",
        sugg,
        "field--text-with-summary.html.twig",
        "themes/custom/eccp_theme/templates/field/field--text-with-summary.html.twig",
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
        f'field--label-hidden field__item">{inner}</div>',
    )


def eccp_upcoming(rows: list[tuple[str, str, str, str, str]]) -> str:
    """rows: (datetime attr or 'a|b', shown text, href, title, type)."""
    out = []
    for attr, shown, href, title, kind in rows:
        if "|" in attr:
            a, b = attr.split("|")
            s1, s2 = shown.split("|")
            date = (
                f'<time datetime="{a}" class="datetime">{s1}</time> - <time datetime="{b}" class="datetime">{s2}</time>'
            )
        else:
            date = f'<time datetime="{attr}" class="datetime">{shown}</time>'
        out.append(
            f'<div class="views-row"><article class="teaser teaser--event">\n  <div class="teaser__date">{date}</div>\n'
            f'  <h3 class="teaser__title"><a href="{href}" hreflang="en">{title}</a></h3>\n'
            f'  <div class="teaser__type">{kind}</div>\n</article></div>'
        )
    inner = (
        '<div class="block block-views block-views-blockupcoming-events-block-1">\n  <h2 class="block__title">Upcoming events</h2>\n'
        '  <div class="view view-upcoming-events view-id-upcoming_events view-display-id-block_1">\n    <div class="view-content">\n'
        + "\n".join(out)
        + '\n    </div>\n    <div class="more-link"><a href="/event-calendar">See all events</a></div>\n  </div>\n</div>'
    )
    return twig(
        "block",
        ["block--views-block--upcoming-events-block-1.html.twig", "block--views-block.html.twig", "block.html.twig"],
        "block.html.twig",
        "core/themes/classy/templates/block/block.html.twig",
        inner,
        custom=False,
    )


def eccp_latest_news(rows: list[tuple[str, str, str]]) -> str:
    out = [
        f'<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{d}</span>\n'
        f'  <h3 class="teaser__title"><a href="{h}" hreflang="en">{t}</a></h3></article></div>'
        for d, h, t in rows
    ]
    inner = (
        '<div class="block block-views block-views-blocklatest-news-block-2">\n  <h2 class="block__title">Latest news</h2>\n'
        '  <div class="view view-latest-news view-id-latest_news view-display-id-block_2">\n    <div class="view-content">\n'
        + "\n".join(out)
        + "\n    </div>\n  </div>\n</div>"
    )
    return twig(
        "block",
        ["block--views-block--latest-news-block-2.html.twig", "block--views-block.html.twig", "block.html.twig"],
        "block.html.twig",
        "core/themes/classy/templates/block/block.html.twig",
        inner,
        custom=False,
    )


ECCP_MENU = """<nav class="tbm we-mega-menu-nav" role="navigation" aria-label="Main navigation">
  <ul class="we-mega-menu-ul nav nav-tabs" data-menu-name="main" data-block-theme="eccp_theme">
    <li class="we-mega-menu-li dropdown-menu" data-level="0"><a class="we-mega-menu-li" href="/about">About</a>
      <div class="we-mega-menu-submenu"><ul class="subul"><li><a href="/about">About the ECCP</a></li><li><a href="/eu-cluster-policy">Cluster policy in the EU</a></li><li><a href="/faq-page">FAQ</a></li></ul></div></li>
    <li class="we-mega-menu-li dropdown-menu" data-level="0"><a class="we-mega-menu-li" href="/cluster-organisations">Cluster organisations</a>
      <div class="we-mega-menu-submenu"><ul class="subul"><li><a href="/cluster-organisations">Find a cluster</a></li><li><a href="/cluster-networks">Cluster networks</a></li><li><a href="/register-your-profile">Register your profile</a></li></ul></div></li>
    <li class="we-mega-menu-li dropdown-menu" data-level="0"><a class="we-mega-menu-li" href="/euroclusters">Euroclusters</a>
      <div class="we-mega-menu-submenu"><ul class="subul"><li><a href="/euroclusters">What are Euroclusters?</a></li><li><a href="/open-calls">Open calls by Euroclusters</a></li></ul></div></li>
    <li class="we-mega-menu-li dropdown-menu" data-level="0"><a class="we-mega-menu-li" href="/events">Events</a>
      <div class="we-mega-menu-submenu"><ul class="subul"><li><a href="/event-calendar">Event calendar</a></li><li><a href="/events/organised-by-eccp/clusters-talks">EU Clusters Talks</a></li><li><a href="/events/organised-by-eccp/clusters-meet-regions">Clusters meet Regions</a></li><li><a href="/events/organised-by-eccp/c2lab">Cluster Collaboration Labs</a></li><li><a href="/european-cluster-conference">European Cluster Conference</a></li></ul></div></li>
    <li class="we-mega-menu-li dropdown-menu" data-level="0"><a class="we-mega-menu-li" href="/open-calls">Opportunities</a></li>
    <li class="we-mega-menu-li dropdown-menu" data-level="0"><a class="we-mega-menu-li" href="/knowledge-sharing">Knowledge sharing</a></li>
    <li class="we-mega-menu-li dropdown-menu" data-level="0"><a class="we-mega-menu-li" href="/news">News</a>
      <div class="we-mega-menu-submenu"><ul class="subul"><li><a href="/news">ECCP news</a></li><li><a href="/community-news">Community news</a></li><li><a href="/newsletter">Newsletter</a></li></ul></div></li>
  </ul>
</nav>"""


def eccp_page(
    *,
    host: str,
    path: str,
    node_id: int,
    head_title: str,
    bundle: str,
    crumbs: list[tuple[str, str]],
    article: str,
    sidebar: str,
    description: str = "",
    extra_head: str = "",
    body_class: str = "",
    raw_main: str | None = None,
) -> str:
    """A full ECCP page; `article` is the inner HTML of <article class="node">; `sidebar` the aside blocks."""
    base = f"https://{host}"
    crumb_html = "\n".join(f'    <li><a href="{h}">{t}</a></li>' for t, h in crumbs)
    header = twig(
        "region",
        ["region--header.html.twig", "region.html.twig"],
        "region--header.html.twig",
        "themes/custom/eccp_theme/templates/layout/region--header.html.twig",
        f"""<header role="banner" class="header">
  <div class="header__top"><div class="container">
    <a class="header__ec-logo" href="https://commission.europa.eu/index_en"><img src="/themes/custom/eccp_theme/images/logo-ec--en.svg" alt="European Commission" width="172" height="48" /></a>
    <nav role="navigation" class="block block-menu navigation menu--account"><ul class="menu"><li class="menu-item"><a href="/user/login">Log in</a></li><li class="menu-item"><a href="/register-your-profile">Register</a></li></ul></nav>
  </div></div>
  <div class="header__main"><div class="container">
    <a href="/" title="Home" rel="home" class="site-logo"><img src="/themes/custom/eccp_theme/logo.svg" alt="Home" /></a>
    <div class="site-name"><a href="/" title="Home" rel="home">European Cluster Collaboration Platform</a></div>
    <form class="search-api-page-block-form search-form" action="/search" method="post" accept-charset="UTF-8"><label for="edit-keys" class="visually-hidden">Search</label><input placeholder="Search clusters, events, news" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" /><input type="submit" value="Search" /></form>
  </div></div>
  <div class="header__menu"><div class="container">
{ECCP_MENU}
  </div></div>
</header>""",
    )
    node = twig(
        "node",
        [
            f"node--{node_id}--full.html.twig",
            f"node--{node_id}.html.twig",
            f"node--{bundle}--full.html.twig",
            f"node--{bundle}.html.twig",
            "node--full.html.twig",
            "node.html.twig",
        ],
        f"node--{bundle}--full.html.twig",
        f"themes/custom/eccp_theme/templates/content/node--{bundle}--full.html.twig",
        f"""<article data-history-node-id="{node_id}" role="article" about="/node/{node_id}" class="node node--type-{bundle.replace("_", "-")} node--promoted node--view-mode-full">
  <div class="node__content">
{article}
<div class="share-article">
  <h3 class="share-article__title">Share this Article</h3>
  <ul class="share-links">
    <li><a class="share-links__linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={base}{path}" target="_blank" rel="noopener">LinkedIn</a></li>
    <li><a class="share-links__x" href="https://twitter.com/intent/tweet?url={base}{path}" target="_blank" rel="noopener">X</a></li>
    <li><a class="share-links__facebook" href="https://www.facebook.com/sharer/sharer.php?u={base}{path}" target="_blank" rel="noopener">Facebook</a></li>
  </ul>
</div>
  </div>
</article>""",
    )
    if raw_main is not None:
        node = raw_main
    footer = twig(
        "region",
        ["region--footer.html.twig", "region.html.twig"],
        "region--footer.html.twig",
        "themes/custom/eccp_theme/templates/layout/region--footer.html.twig",
        """<footer role="contentinfo" class="footer">
  <div class="container">
    <div class="footer__cols">
      <div class="footer__col"><h2>About the platform</h2><p>The ECCP is the European Commission's hub for cluster organisations: it helps them find partners across borders, follow EU cluster policy and join events and calls.</p></div>
      <div class="footer__col"><h2>Useful links</h2><ul class="menu"><li><a href="https://single-market-economy.ec.europa.eu/">Internal Market, Industry, Entrepreneurship and SMEs</a></li><li><a href="https://eismea.ec.europa.eu/">EISMEA</a></li></ul></div>
      <div class="footer__col"><h2>Follow us</h2><ul class="social"><li><a href="https://www.linkedin.com/company/european-cluster-collaboration-platform" aria-label="LinkedIn">in</a></li><li><a href="https://www.youtube.com/@clustercollaboration" aria-label="YouTube">yt</a></li></ul>
        <p class="newsletter"><a class="button" href="/newsletter">Subscribe to the newsletter</a></p></div>
    </div>
    <div class="footer__bottom">
      <img src="/themes/custom/eccp_theme/images/eu-flag.svg" alt="Funded by the European Union" width="90" height="60" />
      <ul class="menu menu--footer"><li class="menu-item"><a href="/content/privacy-policy">Privacy policy</a></li><li class="menu-item"><a href="/content/cookies">Cookies</a></li><li class="menu-item"><a href="/content/legal-notice">Legal notice</a></li><li class="menu-item"><a href="/contact">Contact</a></li></ul>
      <p class="copyright">&copy; European Union</p>
    </div>
  </div>
</footer>""",
    )
    html_top = twig(
        "html",
        [f"html--node--{node_id}.html.twig", "html--node--%.html.twig", "html--node.html.twig", "html.html.twig"],
        "html.html.twig",
        "themes/custom/eccp_theme/templates/layout/html.html.twig",
        "",
    ).rsplit("<!-- END", 1)[0]
    desc = html.escape(description or head_title, quote=True)
    return f"""{html_top}<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">
<head>
<meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X4KQWCKSUN"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("consent", "default", {{"ad_storage":"denied","analytics_storage":"denied"}});</script>
<meta name="description" content="{desc}" />
<link rel="canonical" href="https://clustercollaboration.eu{path}" />
<meta property="og:site_name" content="European Cluster Collaboration Platform" />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://clustercollaboration.eu{path}" />
<meta property="og:title" content="{html.escape(head_title, quote=True)}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/eccp_theme/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="shortlink" href="https://clustercollaboration.eu/node/{node_id}" />
{extra_head}<title>{head_title} | European Cluster Collaboration Platform</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_7hQd2kTqG1bYx0pLr3wVnZs9eUa4fJc6Mi8oNk5yRtB.css?delta=0&amp;language=en&amp;theme=eccp_theme" />
<script src="/sites/default/files/js/js_Lp0c9XvQk2mRz7tYb4nWs1aHe6uJd3gFi8oKx5yCwE.js?scope=header&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>
</head>
<body class="path-node page-node-type-{bundle.replace("_", "-")}{(" " + body_class) if body_class else ""}">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
{header}
<main role="main" class="main-content">
  <a id="main-content" tabindex="-1"></a>
  <div class="container">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
  <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
  <ol>
{crumb_html}
    <li>{head_title}</li>
  </ol>
</nav>
  <div class="layout-content">
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-eccp-theme-content" class="block block-system block-system-main-block">
{node}
</div>
</div>
  </div>
  <aside class="layout-sidebar" role="complementary">
{sidebar}
  </aside>
  </div>
</main>
{footer}
</div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"/","currentPath":"node/{node_id}","currentLanguage":"en"}},"eu_cookie_compliance":{{"popup_enabled":true,"popup_html_info":"<div class=\\"eu-cookie-compliance-banner\\"><h2>Cookies on this website<\\/h2><p>We use cookies to keep the site working and, with your consent, to measure how it is used.<\\/p><\\/div>"}},"user":{{"uid":0}}}}</script>
<script src="/sites/default/files/js/js_q8Tn2VxLm0Kc5RbZ1fYs7HdW4pGe9uJo3aIi6tNrOk.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>
</body>
</html>
<!-- END CUSTOM TEMPLATE OUTPUT from 'themes/custom/eccp_theme/templates/layout/html.html.twig' -->
"""


def eccp_title(text: str) -> str:
    return twig(
        "page_title",
        ["page-title.html.twig"],
        "page-title.html.twig",
        "themes/custom/eccp_theme/templates/content/page-title.html.twig",
        f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{text}</span></h1>',
    )


def eccp_banner(file: str, alt: str) -> str:
    return field(
        "field_banner_image",
        "image",
        "event",
        f'<img loading="eager" src="/sites/default/files/styles/banner_desktop/public/{file}?itok=Qx81LmZa" width="1600" height="600" alt="{alt}" typeof="foaf:Image" class="image-style-banner-desktop" />',
    )


def eccp_byline(author: str, shown: str, iso: str) -> str:
    return (
        f'<div class="node__meta">\n  <span class="label">Submitted by </span><span rel="schema:author" typeof="schema:Person" '
        f'property="schema:name" content="{author}"><span>{author}</span></span> <span class="date">on {shown}</span>\n'
        f'  <span property="schema:dateCreated" content="{iso}" class="hidden"></span>\n</div>'
    )


def eccp_terms(name: str, label: str, bundle: str, terms: list[tuple[int, str]]) -> str:
    items = "\n".join(
        f'      <div class="field__item"><a href="/taxonomy/term/{n}" hreflang="en">{t}</a></div>' for n, t in terms
    )
    return field(name, "entity-reference", bundle, f'    <div class="field__items">\n{items}\n    </div>', label=label)


def eccp_attachments(bundle: str, rows: list[tuple[str, str, str, str]]) -> str:
    """rows: (absolute url, link text, mime, size)."""
    trs = []
    for i, (url, text, mime, size) in enumerate(rows):
        fname = url.rsplit("/", 1)[-1]
        mclass = mime.replace("/", "-").replace(".", "-")
        trs.append(
            f'    <tr class="{"odd" if i % 2 == 0 else "even"}"><td><span class="file file--mime-{mclass} file--{mclass.split("-", 1)[-1]}">'
            f'<a href="{url}" type="{mime}" title="{fname}">{text}</a></span></td><td>{size}</td></tr>'
        )
    table = (
        '<table data-striping="1">\n  <thead>\n    <tr><th>Attachment</th><th>Size</th></tr>\n  </thead>\n  <tbody>\n'
        + "\n".join(trs)
        + "\n  </tbody>\n</table>"
    )
    return twig(
        "field",
        [
            f"field--node--field-attachments--{bundle}.html.twig",
            "field--node--field-attachments.html.twig",
            "field--file.html.twig",
            "field.html.twig",
        ],
        "field.html.twig",
        "core/themes/classy/templates/field/field.html.twig",
        f'<div class="field field--name-field-attachments field--type-file field--label-hidden field__items">\n{table}\n</div>',
        custom=False,
    )


# ------------------------------------------------------------------------------------------------ nca.cz (Modus)


def nca_page(
    *,
    heading: str,
    content: str,
    files: list[tuple[str, str, str]] | None,
    files_title: str = "Attachments",
    latest: list[tuple[str, str, str]],
    charset_meta: str = '<meta charset="utf-8">',
    lang_path: str = "/en",
    breadcrumb_tail: str | None = None,
    image: str = "/files/thumbs/default.jpg",
) -> str:
    """files: (href, title attribute, 'DD/MM/YYYY HH:MM:SS'); latest: (DD.MM.YYYY, href, title)."""
    files_html = ""
    if files:
        lis = "\n".join(
            f"""      <li class="files-list__item">
        <a class="files-list__link" href="{h}" title="{t}" target="_blank" download><svg class="icon icon--pdf" aria-hidden="true"><use xlink:href="#icon-pdf"></use></svg></a>
        <span class="files-list__meta">Created: {c}</span>
      </li>"""
            for h, t, c in files
        )
        files_html = f"""  <section class="news-detail__files files">
    <h2 class="files__title">{files_title}</h2>
    <ul class="files-list">
{lis}
    </ul>
  </section>"""
    latest_html = "\n".join(
        f'<li class="news-list__item"><span class="news-list__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{d}</span>'
        f'<a class="news-list__link" href="{h}">{t}</a></li>'
        for d, h, t in latest
    )
    crumb = breadcrumb_tail or (heading[:60] + "…" if len(heading) > 60 else heading)
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
{charset_meta}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Modus | Home page</title>
<meta name="author" content="Modus">
<meta property="og:title" content="Modus | Home page">
<meta property="og:image" content="https://www.nca.cz/assets/img/og-default.png">
<link rel="icon" type="image/png" href="/assets/img/favicon.png">
<link rel="stylesheet" href="/assets/css/vendor.min.css?v=871">
<link rel="stylesheet" href="/assets/css/app.min.css?v=871">
</head>
<body class="page-news-detail">
<div class="cookie-bar" id="cookie-bar" role="dialog" aria-live="polite" hidden>
  <p class="cookie-bar__text">We use cookies to measure visits. You can allow them or keep only the necessary ones.</p>
  <button class="btn btn--primary js-cookie-accept" type="button">Allow all</button> <button class="btn js-cookie-decline" type="button">Necessary only</button>
</div>
<header class="site-header">
  <div class="site-header__top container">
    <ul class="site-header__contacts"><li><a href="{lang_path}/contact/">Contact us</a></li></ul>
    <div class="lang-switch"><a href="/" hreflang="cs">CZ</a><a href="/en" hreflang="en" class="is-active">EN</a></div>
  </div>
  <div class="site-header__main container">
    <a class="site-header__logo" href="/en"><img src="/assets/img/logo-nca.svg" alt="Národní klastrová asociace – National Cluster Association" width="210" height="56"></a>
    <nav class="main-nav" aria-label="Main menu">
      <ul class="main-nav__list"><li class="main-nav__item"><a href="/en/about-us/">About us</a></li><li class="main-nav__item"><a href="/en/members/">Members</a></li><li class="main-nav__item"><a href="/en/services/">Services</a></li><li class="main-nav__item is-active"><a href="/en/news/">News</a></li><li class="main-nav__item"><a href="/en/events/">Events</a></li><li class="main-nav__item"><a href="/en/contact/">Contact</a></li></ul>
    </nav>
    <form class="search-form" action="/en/search/" method="get"><input type="search" name="q" placeholder="Search" aria-label="Search"><button type="submit">Search</button></form>
  </div>
</header>
<main class="site-main" id="main">
  <div class="container">
    <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/en">Home</a> <span class="breadcrumbs__sep">/</span> <a href="/en/news/">News</a> <span class="breadcrumbs__sep">/</span> <span class="breadcrumbs__current">{crumb}</span></nav>
    <div class="layout layout--sidebar">
      <div class="layout__main">
<article class="news-detail">
  <h1 class="news-detail__title">{heading}</h1>
  <div class="news-detail__image"><img src="{image}" alt="" width="770" height="400" loading="lazy"></div>
  <div class="news-detail__content wysiwyg">
{content}
  </div>
{files_html}
</article>
<div class="news-detail__back"><a class="btn btn--outline" href="/en/news/">Back to news</a></div>
      </div>
      <aside class="layout__aside">
        <section class="box box--news">
          <h2 class="box__title">Latest news</h2>
          <ul class="news-list">
{latest_html}
          </ul>
          <a class="btn btn--outline" href="/en/news/">All news</a>
        </section>
        <section class="box box--newsletter">
          <h2 class="box__title">Newsletter</h2>
          <p>News from Czech clusters and European cluster policy, about once a month.</p>
          <form class="newsletter-form" action="/en/newsletter/" method="post"><input type="email" name="email" placeholder="Your e-mail" required><button class="btn btn--primary" type="submit">Subscribe</button></form>
        </section>
      </aside>
    </div>
  </div>
</main>
<footer class="site-footer">
  <div class="container site-footer__cols">
    <div class="site-footer__col"><p>The National Cluster Association brings together cluster organisations from across the Czech Republic.</p></div>
    <div class="site-footer__col"><h3>Quick links</h3><ul><li><a href="/en/about-us/">About us</a></li><li><a href="/en/members/">Members</a></li><li><a href="/en/news/">News</a></li></ul></div>
  </div>
  <div class="site-footer__bottom container"><p>&copy; Národní klastrová asociace</p><p><a href="/en/privacy/">Privacy</a> | <a href="/en/cookies/">Cookies</a></p><p class="site-footer__made">Web: Modus</p></div>
</footer>
<script src="/assets/js/vendor.min.js?v=871"></script>
<script src="/assets/js/app.min.js?v=871"></script>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ checks


def acronyms() -> dict[str, str]:
    with REFERENCE.open(encoding="utf-8") as fh:
        return {row["acronym"]: row["acronym"] for row in csv.DictReader(fh)}


INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def visible_text(page_html: str) -> str:
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", page_html, flags=re.S | re.I)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text).translate(INVISIBLE)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def _offset_ok(value: str, zone: ZoneInfo) -> str | None:
    d = dt.datetime.fromisoformat(value)
    if d.tzinfo is None:
        return f"{value}: no offset"
    want = d.replace(tzinfo=None).replace(tzinfo=zone).utcoffset()
    if d.utcoffset() != want:
        return f"{value}: offset should be {want}"
    return None


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("‘", "'")).strip().casefold()


def check(page: Page) -> list[str]:
    r, problems = page.record, []
    keys = [
        "id",
        "url",
        "template",
        "lang",
        "is_event",
        "title",
        "page_title",
        "series",
        "start",
        "end",
        "timezone",
        "tz_label",
        "speakers",
        "euroclusters",
        "assets",
        "notes",
    ]
    if list(r) != keys:
        problems.append(f"keys {list(r)}")
    if not re.fullmatch(r"hx-\d{3}", r["id"]) or r["template"] not in {"T1", "T2", "T3", "T4", "T5"}:
        problems.append("id/template")
    if r["lang"] not in {"en", "de", "pl", "fr"}:
        problems.append("lang")
    text = visible_text(page.html)
    ntext = norm(text)
    for f in ("start", "end"):
        v = r[f]
        if v is None:
            continue
        if "T" in v:
            err = _offset_ok(v, BRUSSELS)
            if err:
                problems.append(f"{f} {err}")
        else:
            dt.date.fromisoformat(v)
    if r["start"] and r["end"]:
        a, b = r["start"], r["end"]
        if ("T" in a) != ("T" in b):
            problems.append("start/end kinds differ")
        elif ("T" in a and dt.datetime.fromisoformat(b) <= dt.datetime.fromisoformat(a)) or ("T" not in a and b <= a):
            problems.append("end not after start")
    if r["end"] and not r["start"]:
        problems.append("end without start")
    if r["tz_label"] and not (r["start"] and "T" in r["start"]):
        problems.append("tz_label without a time")
    if r["tz_label"] and r["tz_label"] not in text:
        problems.append("tz_label not on page")
    if r["is_event"]:
        for f in ("title", "page_title"):
            if not r[f] or norm(r[f]) not in ntext:
                problems.append(f"{f} not found in page text: {r[f]!r}")
        if r["series"] not in {
            None,
            "EU Clusters Talks",
            "Clusters meet Regions",
            "European Cluster Conference",
            "C2Lab",
            "ECCP matchmaking",
            "European Alliance Against Coronavirus",
        }:
            problems.append("series")
        if r["start"] is None:
            problems.append("event without start (intended?)")
    known = acronyms()
    for e in r["euroclusters"]:
        if e not in known:
            problems.append(f"unknown eurocluster {e}")
    for s in r["speakers"]:
        if list(s) != ["name", "role", "organisation", "eurocluster"]:
            problems.append(f"speaker keys {s}")
        if norm(s["name"]) not in ntext:
            problems.append(f"speaker name not on page: {s['name']}")
        for k in ("role", "organisation"):
            if s[k] is not None and any(norm(part) not in ntext for part in s[k].split("; ")):
                problems.append(f"speaker {k} not verbatim on page: {s[k]!r}")
        if s["eurocluster"] and s["eurocluster"] not in r["euroclusters"]:
            problems.append(f"speaker eurocluster {s['eurocluster']} missing from euroclusters")
        if re.match(r"(?i)(dr|prof|ing|mag)\b", s["name"]) or s["name"] != s["name"].strip(" .;"):
            problems.append(f"honorific/punctuation in name {s['name']}")
    for a in r["assets"]:
        if not a["url"].startswith(("https://", "http://")):
            problems.append(f"asset url not absolute {a['url']}")
        path = re.sub(r"^https?://[^/]+", "", a["url"])
        if not any(
            form in page.html for form in (a["url"], html.escape(a["url"]), path, html.escape(path), path.lstrip("/"))
        ):
            problems.append(f"asset url not in page {a['url']}")
        if a["created"]:
            err = _offset_ok(a["created"], PRAGUE)
            if err:
                problems.append(f"created {err}")
        if a["label"] and norm(a["label"]) not in ntext and html.escape(a["label"], quote=True) not in page.html:
            problems.append(f"asset label not on page {a['label']!r}")
    return problems
