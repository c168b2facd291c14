"""Shared helpers for the hq-* shadow held-out set: expected-record builders and the chrome of the two
ECCP markup families (T1 Drupal, T2 nca.cz Modus). Page content itself lives in the page modules."""

from __future__ import annotations

import datetime as dt
import random
import string
from zoneinfo import ZoneInfo

BXL = ZoneInfo("Europe/Brussels")
PRG = ZoneInfo("Europe/Prague")


# ------------------------------------------------------------------------------------------------ page registry


class PageList(list):
    """Page builders of one module, in id order; `@pages.add` registers one."""

    def add(self, fn):
        self.append(fn)
        return fn


# ------------------------------------------------------------------------------------------------ expected values


def bxl(stamp: str) -> str:
    """'2023-06-14 08:30' -> ISO with the Brussels offset of that date (EU summer-time rule)."""
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=BXL)
    return d.isoformat()


def prg_created(stamp: str) -> str:
    """nca.cz 'Created: DD/MM/YYYY HH:MM:SS' -> ISO with the Prague offset."""
    d = dt.datetime.strptime(stamp, "%d/%m/%Y %H:%M:%S").replace(tzinfo=PRG)
    return d.isoformat()


def sp(name: str, role: str | None, org: str | None, ec: str | None = None) -> dict:
    return {"name": name, "role": role, "organisation": org, "eurocluster": ec}


def asset(label: str, url: str, created: str | None = None) -> dict:
    return {"label": label, "url": url, "created": created}


def record(
    pid,
    url,
    template,
    lang,
    is_event,
    title,
    page_title,
    series=None,
    start=None,
    end=None,
    tz_label=None,
    speakers=(),
    euroclusters=(),
    assets=(),
    notes="",
):
    timezone = "Europe/Brussels" if (start and "T" in start) else None
    return {
        "id": pid,
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


def rnd_token(seed: str, n: int = 43, alphabet: str = string.ascii_letters + string.digits + "-_") -> str:
    r = random.Random(seed)
    return "".join(r.choice(alphabet) for _ in range(n))


# ------------------------------------------------------------------------------------------------ T1: ECCP Drupal


def twig(hook: str, suggestions: list[str], chosen: str, template: str, html: str, custom: bool = False) -> str:
    lines = ["<!-- THEME DEBUG -->", f"<!-- THEME HOOK: '{hook}' -->", "<!-- FILE NAME SUGGESTIONS:"]
    for s in suggestions:
        lines.append(("   ✅ " if s == chosen else "   ▪️ ") + s)
    lines.append("-->")
    tag = "💡 BEGIN CUSTOM TEMPLATE OUTPUT" if custom else "BEGIN OUTPUT"
    end = "END CUSTOM TEMPLATE OUTPUT" if custom else "END OUTPUT"
    lines.append(f"<!-- {tag} from '{template}' -->")
    lines.append(html)
    lines.append(f"<!-- {end} from '{template}' -->\n\n")
    return "\n".join(lines)


def t1_field(field: str, bundle: str, html: str, type_sugg: str | None = None) -> str:
    """A node field wrapped in the Twig debug comments of Drupal's field template. The body uses the theme's own
    text-with-summary template; every other field falls back to classy's field.html.twig."""
    fdash = field.replace("_", "-")
    sugg = [
        f"field--node--{fdash}--{bundle}.html.twig",
        f"field--node--{fdash}.html.twig",
        f"field--node--{bundle}.html.twig",
        f"field--{fdash}.html.twig",
    ]
    if type_sugg:
        sugg.append(type_sugg)
    sugg.append("field.html.twig")
    if type_sugg == "field--text-with-summary.html.twig":
        return twig(
            "field",
            sugg,
            type_sugg,
            "themes/custom/eccp_theme/templates/field/field--text-with-summary.html.twig",
            html,
            custom=True,
        )
    return twig("field", sugg, "field.html.twig", "core/themes/classy/templates/field/field.html.twig", html)


def t1_body(bundle: str, inner: str, field: str = "body") -> str:
    html = (
        f'<div class="clearfix text-formatted field field--name-{field.replace("_", "-")} field--type-text-with-summary '
        'field--label-hidden field__item">' + inner + "</div>"
    )
    return t1_field(field, bundle, html, "field--text-with-summary.html.twig")


def t1_banner(bundle: str, month: str, fname: str, alt: str, seed: str) -> str:
    enc = fname.replace(" ", "%20")
    html = (
        f'<div class="field field--name-field-banner-image field--type-image field--label-hidden field__item">'
        f'<img loading="eager" srcset="/sites/default/files/styles/banner_desktop/public/{month}/{enc}?itok={rnd_token(seed + "a", 8)} 1x" '
        f'src="/sites/default/files/styles/banner_desktop/public/{month}/{enc}?itok={rnd_token(seed + "b", 8)}" width="1600" height="600" '
        f'alt="{alt}" typeof="foaf:Image" class="image-style-banner-desktop" /></div>'
    )
    return t1_field("field_banner_image", bundle, html, "field--image.html.twig")


def t1_title(h1_inner: str) -> str:
    html = (
        '<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">'
        + h1_inner
        + "</span></h1>"
    )
    return twig(
        "page_title",
        ["page-title.html.twig"],
        "page-title.html.twig",
        "themes/custom/eccp_theme/templates/content/page-title.html.twig",
        html,
        custom=True,
    )


def t1_byline(author: str, date_text: str, iso: str) -> str:
    return (
        '<div class="node__meta">\n  <span class="label">Submitted by </span><span rel="schema:author" typeof="schema:Person" '
        f'property="schema:name" content="{author}" lang="" xml:lang=""><span>{author}</span></span> <span class="date">on {date_text}</span>\n'
        f'  <span property="schema:dateCreated" content="{iso}" class="hidden"></span>\n</div>\n'
    )


def t1_terms(field: str, bundle: str, label: str, items: list[tuple[int, str]]) -> str:
    rows = "\n".join(
        f'      <div class="field__item"><a href="/taxonomy/term/{tid}" hreflang="en">{name}</a></div>'
        for tid, name in items
    )
    html = (
        f'<div class="field field--name-{field.replace("_", "-")} field--type-entity-reference field--label-above">\n'
        f'    <div class="field__label">{label}</div>\n    <div class="field__items">\n{rows}\n    </div>\n</div>'
    )
    return t1_field(field, bundle, html, "field--entity-reference.html.twig")


def t1_audience(bundle: str) -> str:
    html = (
        '<div class="field field--name-og-audience field--type-og-standard-reference field--label-above">\n'
        '    <div class="field__label">Groups audience</div>\n    <div class="field__items">\n'
        '      <div class="field__item"><a href="/content/european-cluster-collaboration-platform" hreflang="en">European Cluster Collaboration Platform</a></div>\n'
        "    </div>\n</div>"
    )
    return t1_field("og_audience", bundle, html, "field--og-standard-reference.html.twig")


def t1_attachments(bundle: str, rows: list[tuple[str, str, str, str]], label: str = "Attachments") -> str:
    """Drupal file field in the 'Table of files' formatter: (href, mime, text, size)."""
    trs = []
    for i, (href, mime, text, size) in enumerate(rows):
        cls = mime.replace("/", "-").replace(".", "-")
        trs.append(
            f'    <tr class="{"odd" if i % 2 == 0 else "even"}">\n      <td><span class="file file--mime-{cls} file--{"x-office-presentation" if "presentation" in mime else ("package-x-generic" if "zip" in mime else "application-pdf")}">'
            f'<a href="{href}" type="{mime}">{text}</a></span></td>\n      <td>{size}</td>\n    </tr>'
        )
    html = (
        f'<div class="field field--name-field-attachments field--type-file field--label-above">\n'
        f'    <div class="field__label">{label}</div>\n'
        '<table data-striping="1">\n  <thead>\n    <tr>\n      <th>Attachment</th>\n      <th>Size</th>\n    </tr>\n  </thead>\n  <tbody>\n'
        + "\n".join(trs)
        + "\n  </tbody>\n</table>\n</div>"
    )
    return t1_field("field_attachments", bundle, html, "field--file.html.twig")


def t1_share(url: str, title: str) -> str:
    return (
        '<div class="share-article">\n  <h3 class="share-article__title">Share this Article</h3>\n  <ul class="share-links">\n'
        f'    <li><a class="share-links__linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener">LinkedIn</a></li>\n'
        f'    <li><a class="share-links__x" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a></li>\n'
        f'    <li><a class="share-links__facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a></li>\n'
        f'    <li><a class="share-links__email" href="mailto:?subject={title}&amp;body={url}">E-mail</a></li>\n  </ul>\n</div>\n'
    )


def t1_event_teaser(
    iso_start: str,
    label: str,
    href: str,
    title: str,
    kind: str,
    iso_end: str | None = None,
    label_end: str | None = None,
) -> str:
    date = f'<time datetime="{iso_start}" class="datetime">{label}</time>'
    if iso_end:
        date += f' - <time datetime="{iso_end}" class="datetime">{label_end}</time>'
    return (
        f'<div class="views-row"><article class="teaser teaser--event">\n  <div class="teaser__date">{date}</div>\n'
        f'  <h3 class="teaser__title"><a href="{href}" hreflang="en">{title}</a></h3>\n  <div class="teaser__type">{kind}</div>\n</article></div>'
    )


def t1_news_teaser(date: str, href: str, title: str) -> str:
    return (
        f'<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{date}</span>\n'
        f'  <h3 class="teaser__title"><a href="{href}" hreflang="en">{title}</a></h3></article></div>'
    )


def t1_sidebar(events: list[str], news: list[str]) -> str:
    out = []
    if events:
        block = (
            '<div class="block block-views block-views-blockupcoming-events-block-1">\n  <h2 class="block__title">Upcoming events</h2>\n'
            '  <div class="view view-upcoming-events view-id-upcoming_events view-display-id-block_1">\n    <div class="view-content">\n'
            + "\n".join(events)
            + '\n    </div>\n    <div class="more-link"><a href="/event-calendar">See all events</a></div>\n  </div>\n</div>'
        )
        out.append(
            twig(
                "block",
                [
                    "block--views-block--upcoming-events-block-1.html.twig",
                    "block--views-block.html.twig",
                    "block.html.twig",
                ],
                "block.html.twig",
                "core/themes/classy/templates/block/block.html.twig",
                block,
            )
        )
    if news:
        block = (
            '<div class="block block-views block-views-blocklatest-news-block-2">\n  <h2 class="block__title">Latest news</h2>\n'
            '  <div class="view view-latest-news view-id-latest_news view-display-id-block_2">\n    <div class="view-content">\n'
            + "\n".join(news)
            + "\n    </div>\n  </div>\n</div>"
        )
        out.append(
            twig(
                "block",
                [
                    "block--views-block--latest-news-block-2.html.twig",
                    "block--views-block.html.twig",
                    "block.html.twig",
                ],
                "block.html.twig",
                "core/themes/classy/templates/block/block.html.twig",
                block,
            )
        )
    return "".join(out)


T1_MENU = """<nav class="tbm we-mega-menu-nav" role="navigation" aria-label="Main navigation">
  <ul class="we-mega-menu-ul nav nav-tabs" data-menu-name="main" data-block-theme="eccp_theme" data-style="Default" data-animation="None" data-delay="" data-duration="" data-autoarrow="1" data-alwayshowsubmenu="1" data-action="hover" data-mobile-collapse="0">
      <li class="we-mega-menu-li dropdown-menu" data-level="0" data-element-type="we_mega_menu_item">
        <a class="we-mega-menu-li" title="" href="/about">About</a>
        <div class="we-mega-menu-submenu" data-element-type="we_mega_menu_submenu"><div class="we-mega-menu-submenu-inner">
         <ul class="subul">
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/about">About the ECCP</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/eu-cluster-policy">Cluster policy in the EU</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/policy-makers">Policy makers</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/faq-page">FAQ</a></li>
         </ul>
        </div></div>
      </li>
      <li class="we-mega-menu-li dropdown-menu" data-level="0" data-element-type="we_mega_menu_item">
        <a class="we-mega-menu-li" title="" href="/cluster-organisations">Cluster organisations</a>
        <div class="we-mega-menu-submenu" data-element-type="we_mega_menu_submenu"><div class="we-mega-menu-submenu-inner">
         <ul class="subul">
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/cluster-organisations">Find a cluster</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/cluster-networks">Cluster networks</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/register-your-profile">Register your profile</a></li>
         </ul>
        </div></div>
      </li>
      <li class="we-mega-menu-li dropdown-menu" data-level="0" data-element-type="we_mega_menu_item">
        <a class="we-mega-menu-li" title="" href="/euroclusters">Euroclusters</a>
        <div class="we-mega-menu-submenu" data-element-type="we_mega_menu_submenu"><div class="we-mega-menu-submenu-inner">
         <ul class="subul">
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/euroclusters">What are Euroclusters?</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/open-calls">Open calls by Euroclusters</a></li>
         </ul>
        </div></div>
      </li>
      <li class="we-mega-menu-li dropdown-menu" data-level="0" data-element-type="we_mega_menu_item">
        <a class="we-mega-menu-li" title="" href="/events">Events</a>
        <div class="we-mega-menu-submenu" data-element-type="we_mega_menu_submenu"><div class="we-mega-menu-submenu-inner">
         <ul class="subul">
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/event-calendar">Event calendar</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/events/organised-by-eccp/clusters-talks">EU Clusters Talks</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/events/organised-by-eccp/clusters-meet-regions">Clusters meet Regions</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/events/organised-by-eccp/c2lab">Cluster Collaboration Labs</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/european-cluster-conference">European Cluster Conference</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/community-event">Community events</a></li>
         </ul>
        </div></div>
      </li>
      <li class="we-mega-menu-li dropdown-menu" data-level="0" data-element-type="we_mega_menu_item">
        <a class="we-mega-menu-li" title="" href="/open-calls">Opportunities</a>
        <div class="we-mega-menu-submenu" data-element-type="we_mega_menu_submenu"><div class="we-mega-menu-submenu-inner">
         <ul class="subul">
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/search-results?type=eccp_calls">Open calls</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/partner-search">Partner search</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/clusterxchange/faqs">ClusterXchange</a></li>
         </ul>
        </div></div>
      </li>
      <li class="we-mega-menu-li dropdown-menu" data-level="0" data-element-type="we_mega_menu_item">
        <a class="we-mega-menu-li" title="" href="/knowledge-sharing">Knowledge sharing</a>
        <div class="we-mega-menu-submenu" data-element-type="we_mega_menu_submenu"><div class="we-mega-menu-submenu-inner">
         <ul class="subul">
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/knowledge-sharing/publications">Publications</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/knowledge-sharing/publications/european-cluster-panorama">European Cluster Panorama</a></li>
         </ul>
        </div></div>
      </li>
      <li class="we-mega-menu-li dropdown-menu" data-level="0" data-element-type="we_mega_menu_item">
        <a class="we-mega-menu-li" title="" href="/news">News</a>
        <div class="we-mega-menu-submenu" data-element-type="we_mega_menu_submenu"><div class="we-mega-menu-submenu-inner">
         <ul class="subul">
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/news">ECCP news</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/community-news">Community news</a></li>
          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="/newsletter">Newsletter</a></li>
         </ul>
        </div></div>
      </li>
  </ul>
</nav>"""


def t1_page(
    *,
    host: str,
    path: str,
    nid: int,
    bundle: str,
    html_title: str,
    description: str,
    article: str | None,
    breadcrumb: list[tuple[str, str | None]],
    sidebar: str,
    body_class: str | None = None,
    main_extra: str = "",
    messages: str = "",
    lang_path: str = "en",
) -> str:
    """Full ECCP Drupal page. `article` is the inner HTML of node__content (None for non-node pages: main_extra
    then carries the page content)."""
    base = f"https://{host}"
    url = base + path
    seed = f"{host}{path}{nid}"
    body_class = body_class or f"path-node page-node-type-{bundle.replace('_', '-')}"
    css = "\n".join(
        f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{rnd_token(seed + str(i))}.css?delta={i}&amp;language=en&amp;theme=eccp_theme&amp;include=eJx{rnd_token(seed + "i" + str(i), 57)}" />'
        for i in range(5)
    )
    node_sugg = (
        [f"html--node--{nid}.html.twig", "html--node--%.html.twig", "html--node.html.twig", "html.html.twig"]
        if nid
        else ["html--user--login.html.twig", "html--user.html.twig", "html.html.twig"]
    )
    head = twig(
        "html", node_sugg, "html.html.twig", "themes/custom/eccp_theme/templates/layout/html.html.twig", "", custom=True
    )
    head = head.split("\n<!-- END CUSTOM")[0]  # html template stays open until the end of the file
    out = [
        head.rstrip("\n"),
        "<!DOCTYPE html>",
        '<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">',
        "<head>",
        '<meta charset="utf-8" />',
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-X4KQWCKSUN"></script>',
        '<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("consent", "default", {"ad_storage":"denied","analytics_storage":"denied"});</script>',
    ]
    if description:
        out.append(f'<meta name="description" content="{description}" />')
    if nid:
        out += [
            f'<link rel="canonical" href="{url}" />',
            '<meta property="og:site_name" content="European Cluster Collaboration Platform" />',
            '<meta property="og:type" content="article" />',
            f'<meta property="og:url" content="{url}" />',
            f'<meta property="og:title" content="{html_title}" />',
            '<meta name="twitter:card" content="summary_large_image" />',
        ]
    out += [
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
        '<meta name="MobileOptimized" content="width" />',
        '<meta name="HandheldFriendly" content="true" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        '<link rel="icon" href="/themes/custom/eccp_theme/favicon.ico" type="image/vnd.microsoft.icon" />',
    ]
    if nid:
        out.append(f'<link rel="shortlink" href="{base}/node/{nid}" />')
    if host != "clustercollaboration.eu":
        out.append('<meta name="robots" content="noindex, nofollow" />')
    out += [
        f"<title>{html_title} | European Cluster Collaboration Platform</title>",
        css,
        f'<script src="/sites/default/files/js/js_{rnd_token(seed + "js")}.js?scope=header&amp;delta=0&amp;language=en&amp;theme=eccp_theme&amp;include=eJx{rnd_token(seed + "jsi", 40)}"></script>',
        "</head>",
        f'<body class="{body_class}">',
        '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>',
    ]
    if host != "clustercollaboration.eu":
        out.append(
            '<div class="environment-indicator" style="background:#c0392b;color:#fff;text-align:center;padding:4px">STAGING – content may differ from the live site</div>'
        )
    page = []
    account = (
        '<nav role="navigation" aria-labelledby="block-eccp-theme-account-menu-menu" id="block-eccp-theme-account-menu" class="block block-menu navigation menu--account">\n'
        '  <h2 class="visually-hidden" id="block-eccp-theme-account-menu-menu">User account menu</h2>\n'
        '  <ul class="menu"><li class="menu-item"><a href="/user/login" data-drupal-link-system-path="user/login">Log in</a></li><li class="menu-item"><a href="/register-your-profile">Register</a></li></ul>\n</nav>'
    )
    header = (
        '<header role="banner" class="header">\n  <div class="header__top"><div class="container">\n'
        '    <a class="header__ec-logo" href="https://commission.europa.eu/index_en"><img src="/themes/custom/eccp_theme/images/logo-ec--en.svg" alt="European Commission" width="172" height="48" /></a>\n    '
        + twig(
            "block",
            [
                "block--eccp-theme-account-menu.html.twig",
                "block--system-menu-block--account.html.twig",
                "block--system-menu-block.html.twig",
                "block.html.twig",
            ],
            "block--system-menu-block.html.twig",
            "core/themes/classy/templates/block/block--system-menu-block.html.twig",
            account,
        )
        + '  </div></div>\n  <div class="header__main"><div class="container">\n'
        '    <a href="/" title="Home" rel="home" class="site-logo"><img src="/themes/custom/eccp_theme/logo.svg" alt="Home" /></a>\n'
        '    <div class="site-name"><a href="/" title="Home" rel="home">European Cluster Collaboration Platform</a></div>\n'
        '    <form class="search-api-page-block-form search-form" action="/search" method="post" id="search-api-page-block-form" accept-charset="UTF-8">\n'
        '  <div class="js-form-item form-item js-form-type-search-api-autocomplete form-item-keys">\n    <label for="edit-keys" class="visually-hidden">Search</label>\n'
        '    <input title="Enter the terms you wish to search for." placeholder="Search clusters, events, news" class="form-autocomplete form-text" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" />\n  </div>\n'
        f'  <input autocomplete="off" type="hidden" name="form_build_id" value="form-{rnd_token(seed + "fb")}" />\n'
        '  <div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="search-form__submit button js-form-submit form-submit" type="submit" id="edit-submit" name="op" value="Search" /></div>\n</form>\n'
        '  </div></div>\n  <div class="header__menu"><div class="container">\n'
        + twig(
            "we_megamenu_frontend",
            ["we-megamenu-frontend.html.twig"],
            "we-megamenu-frontend.html.twig",
            "modules/contrib/we_megamenu/templates/we-megamenu-frontend.html.twig",
            T1_MENU,
        )
        + "  </div></div>\n</header>\n"
    )
    page.append('<div class="layout-container">')
    page.append(
        twig(
            "region",
            ["region--header.html.twig", "region.html.twig"],
            "region--header.html.twig",
            "themes/custom/eccp_theme/templates/layout/region--header.html.twig",
            header,
            custom=True,
        )
    )
    crumbs = "\n".join(f'    <li><a href="{h}">{t}</a></li>' if h else f"    <li>{t}</li>" for t, h in breadcrumb)
    page.append(
        '<main role="main" class="main-content">\n  <a id="main-content" tabindex="-1"></a>\n  <div class="container">'
    )
    page.append(
        twig(
            "breadcrumb",
            ["breadcrumb.html.twig"],
            "breadcrumb.html.twig",
            "core/themes/classy/templates/navigation/breadcrumb.html.twig",
            f'<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n  <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>\n  <ol>\n{crumbs}\n  </ol>\n</nav>',
        )
    )
    content = messages or '<div data-drupal-messages-fallback class="hidden"></div>'
    if article is not None:
        node_sugg = [
            f"node--{nid}--full.html.twig",
            f"node--{nid}.html.twig",
            f"node--{bundle.replace('_', '-')}--full.html.twig",
            f"node--{bundle.replace('_', '-')}.html.twig",
            "node--full.html.twig",
            "node.html.twig",
        ]
        chosen = node_sugg[2]
        node = (
            f'<article data-history-node-id="{nid}" role="article" about="/node/{nid}" class="node node--type-{bundle.replace("_", "-")} node--promoted node--view-mode-full">\n'
            f'  <div class="node__content">\n{article}  </div>\n</article>'
        )
        content += (
            '\n<div id="block-eccp-theme-content" class="block block-system block-system-main-block">\n'
            + twig("node", node_sugg, chosen, f"themes/custom/eccp_theme/templates/content/{chosen}", node, custom=True)
            + "\n</div>\n"
        )
    else:
        content += "\n" + main_extra
    page.append(
        '  <div class="layout-content">\n'
        + twig(
            "region",
            ["region--content.html.twig", "region.html.twig"],
            "region.html.twig",
            "core/themes/classy/templates/layout/region.html.twig",
            '<div class="region region-content">\n' + content + "\n</div>",
        )
        + "  </div>"
    )
    if sidebar:
        page.append('  <aside class="layout-sidebar" role="complementary">\n' + sidebar + "  </aside>")
    page.append("  </div>\n</main>")
    footer = """<footer role="contentinfo" class="footer">
  <div class="container">
    <div class="footer__cols">
      <div class="footer__col"><h2>About the platform</h2><p>The platform helps cluster organisations across Europe find partners, follow EU cluster policy and take part in events and calls. Profiles, news and events on community pages are posted by their authors.</p></div>
      <div class="footer__col"><h2>Useful links</h2><ul class="menu"><li><a href="https://single-market-economy.ec.europa.eu/">Internal Market, Industry, Entrepreneurship and SMEs</a></li><li><a href="https://eismea.ec.europa.eu/">European Innovation Council and SMEs Executive Agency</a></li><li><a href="/eu-initiatives/european-cluster-observatory">European Cluster Observatory</a></li></ul></div>
      <div class="footer__col"><h2>Follow us</h2><ul class="social"><li><a href="https://www.linkedin.com/company/european-cluster-collaboration-platform" target="_blank" rel="noopener" aria-label="LinkedIn">LinkedIn</a></li><li><a href="https://x.com/ClusterPlatform" target="_blank" rel="noopener" aria-label="X">X</a></li><li><a href="https://www.youtube.com/@clustercollaboration" target="_blank" rel="noopener" aria-label="YouTube">YouTube</a></li></ul>
        <p class="newsletter"><a class="button" href="/newsletter">Subscribe to the newsletter</a></p></div>
    </div>
    <div class="footer__bottom">
      <img src="/themes/custom/eccp_theme/images/eu-flag.svg" alt="Funded by the European Union" width="90" height="60" />
      <p class="disclaimer">Funded by the European Union. The views and opinions expressed on this platform are those of the authors and do not necessarily reflect those of the European Union. Neither the European Union nor the granting authority can be held responsible for them.</p>
      <ul class="menu menu--footer"><li class="menu-item"><a href="/content/privacy-policy">Privacy policy</a></li><li class="menu-item"><a href="/content/cookies">Cookies</a></li><li class="menu-item"><a href="/content/legal-notice">Legal notice</a></li><li class="menu-item"><a href="/contact">Contact</a></li></ul>
      <p class="copyright">&copy; European Union</p>
    </div>
  </div>
</footer>"""
    page.append(
        twig(
            "region",
            ["region--footer.html.twig", "region.html.twig"],
            "region--footer.html.twig",
            "themes/custom/eccp_theme/templates/layout/region--footer.html.twig",
            footer,
            custom=True,
        )
    )
    page.append("</div>")
    wrapper = twig(
        "page",
        (
            [f"page--node--{nid}.html.twig", "page--node--%.html.twig", "page--node.html.twig"]
            if nid
            else ["page--user--login.html.twig", "page--user.html.twig"]
        )
        + ["page.html.twig"],
        "page.html.twig",
        "themes/custom/eccp_theme/templates/layout/page.html.twig",
        "\n".join(page),
        custom=True,
    )
    out.append(
        twig(
            "off_canvas_page_wrapper",
            ["off-canvas-page-wrapper.html.twig"],
            "off-canvas-page-wrapper.html.twig",
            "core/modules/system/templates/off-canvas-page-wrapper.html.twig",
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n' + wrapper + "\n</div>\n",
        )
    )
    settings = (
        '{"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "'
        + (f"node/{nid}" if nid else path.strip("/").split("?")[0])
        + '", "currentPathIsAdmin": false, "isFront": false, "currentLanguage": "en", "currentQuery": {}}, "pluralDelimiter": "\\u0003", '
        '"suppressDeprecationErrors": true, "ajaxPageState": {"libraries": "big_pipe/big_pipe,classy/base,core/drupal.active-link,eccp_theme/global-styling,eccp_theme/node-event,eu_cookie_compliance/eu_cookie_compliance_default,extlink/drupal.extlink,we_megamenu/form.we-mega-menu-frontend", '
        '"theme": "eccp_theme", "theme_token": null}, "eu_cookie_compliance": {"cookie_policy_version": "1.0.0", "popup_enabled": true, '
        '"popup_html_info": "<div aria-labelledby=\\"popup-text\\" class=\\"eu-cookie-compliance-banner eu-cookie-compliance-banner-info\\"><div class=\\"popup-content info eu-cookie-compliance-content\\"><div id=\\"popup-text\\" class=\\"eu-cookie-compliance-message\\" role=\\"document\\"><h2>Cookies on this website<\\/h2><p>We use a few cookies to keep the site working and, if you agree, to measure how pages are used so that we can improve them.<\\/p><\\/div><div id=\\"popup-buttons\\" class=\\"eu-cookie-compliance-buttons\\"><button type=\\"button\\" class=\\"agree-button eu-cookie-compliance-secondary-button\\">Accept all cookies<\\/button><button type=\\"button\\" class=\\"decline-button eu-cookie-compliance-default-button\\">Only necessary cookies<\\/button><\\/div><\\/div><\\/div>", '
        '"popup_delay": 1000, "popup_link": "/content/cookies", "cookie_lifetime": 100, "method": "opt_in"}, "user": {"uid": 0, "permissionsHash": "'
        + rnd_token(seed + "ph", 64, string.ascii_lowercase + string.digits)
        + '"}}'
    )
    out.append(f'<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>')
    out.append(
        f'<script src="/sites/default/files/js/js_{rnd_token(seed + "f1")}.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=eccp_theme&amp;include=eJx{rnd_token(seed + "f1i", 40)}"></script>'
    )
    out += [
        "</body>",
        "</html>",
        "<!-- END CUSTOM TEMPLATE OUTPUT from 'themes/custom/eccp_theme/templates/layout/html.html.twig' -->",
        "",
    ]
    return "\n".join(out)


# ------------------------------------------------------------------------------------------------ T2: nca.cz Modus

_CSS_BLOCKS = [
    "cookie-bar",
    "site-footer",
    "site-header",
    "btn",
    "files-list",
    "news-detail",
    "box",
    "main-nav",
    "lang-switch",
    "breadcrumbs",
    "layout",
    "news-list",
]
_CSS_ELEMS = [
    "title",
    "date",
    "grid",
    "box",
    "content",
    "row",
    "card",
    "icon",
    "meta",
    "list",
    "item",
    "nav",
    "wrap",
    "label",
    "logo",
]
_CSS_PROPS = [
    "opacity:.85",
    "background:transparent",
    "line-height:1.5",
    "font-size:1rem",
    "background:#f4f6f8",
    "min-height:48px",
    "margin:0",
    "padding:0",
    "vertical-align:middle",
    "align-items:center",
    "text-transform:uppercase",
    "overflow:hidden",
    "color:#fff",
    "color:#5c5c5c",
    "display:grid",
    "display:flex",
    "gap:1rem",
    "border-radius:4px",
    "font-weight:700",
    "transition:color .2s ease-in-out",
    "letter-spacing:.02em",
    "z-index:10",
    "position:relative",
    "padding:1.25rem",
]


def modus_css(seed: str, n: int = 70) -> str:
    r = random.Random(seed)
    lines = []
    for _ in range(n):
        sel = f".{r.choice(_CSS_BLOCKS)}__{r.choice(_CSS_ELEMS)}" + r.choice(
            ["", "--dark", "--small", "--active", "--primary", ":hover", "::before"]
        )
        props = ";".join(r.sample(_CSS_PROPS, r.randint(2, 6)))
        lines.append(f"{sel}{{{props}}}")
    return "\n".join(lines)


def t2_news_item(date: str, href: str, title: str) -> str:
    return (
        f'<li class="news-list__item"><span class="news-list__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{date}</span>'
        f'<a class="news-list__link" href="{href}">{title}</a></li>'
    )


def t2_files(title: str, files: list[tuple[str, str, str, str]]) -> str:
    """(href, link title, created 'DD/MM/YYYY HH:MM:SS', icon)"""
    items = []
    for href, ttl, created, icon in files:
        items.append(
            f'      <li class="files-list__item">\n        <a class="files-list__link" href="{href}" title="{ttl}" target="_blank" download>'
            f'<svg class="icon icon--{icon}" aria-hidden="true"><use xlink:href="#icon-{icon}"></use></svg></a>\n'
            f'        <span class="files-list__meta">Created: {created}</span>\n      </li>'
        )
    return (
        f'  <section class="news-detail__files files">\n    <h2 class="files__title">{title}</h2>\n    <ul class="files-list">\n'
        + "\n".join(items)
        + "\n    </ul>\n  </section>\n"
    )


def t2_page(
    *,
    url: str,
    h1: str,
    content: str,
    files: str = "",
    clock: str | None = None,
    image: str | None = None,
    news: list[str],
    crumb: str,
    charset: str = "utf-8",
    crumb_parents: list[tuple[str, str]] | None = None,
) -> str:
    seed = url
    crumb_parents = crumb_parents if crumb_parents is not None else [("/en/news/", "News")]
    short = crumb if len(crumb) <= 60 else crumb[:60] + "…"
    parents = "".join(f' <span class="breadcrumbs__sep">/</span> <a href="{h}">{t}</a>' for h, t in crumb_parents)
    clock_html = (
        f'  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{clock}</div>\n'
        if clock
        else ""
    )
    img_html = (
        f'  <div class="news-detail__image"><img src="/files/thumbs/{image}.jpg" alt="" width="770" height="400" loading="lazy"></div>\n'
        if image
        else ""
    )
    symbols = "\n".join(
        f'<symbol id="icon-{name}" viewBox="0 0 24 24"><path d="M{random.Random(seed + name).uniform(0, 24):.2f} {random.Random(name).uniform(0, 24):.2f} L12.4 18.1 Q3.2 7.7 C14.9 2.2 L21.3 9.6Z"/></symbol>'
        for name in (
            "mail",
            "search",
            "menu",
            "close",
            "clock",
            "pin",
            "pdf",
            "doc",
            "xls",
            "zip",
            "download",
            "arrow-right",
            "facebook",
            "linkedin",
            "youtube",
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Modus | Home page</title>
<meta name="description" content="">
<meta name="author" content="Modus">
<meta property="og:title" content="Modus | Home page">
<meta property="og:type" content="website">
<meta property="og:image" content="https://www.nca.cz/assets/img/og-default.png">
<link rel="icon" type="image/png" href="/assets/img/favicon.png">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Open+Sans:wght@400;600;700&amp;display=swap">
<link rel="stylesheet" href="/assets/css/vendor.min.css?v=868">
<link rel="stylesheet" href="/assets/css/app.min.css?v=868">
<style id="critical-css">
{modus_css(seed)}
</style>
<script>document.documentElement.className=document.documentElement.className.replace('no-js','js');</script>
</head>
<body class="page page--news-detail">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">
{symbols}
</svg>
<div class="cookie-bar" id="cookie-bar" role="dialog" aria-live="polite" hidden>
  <p class="cookie-bar__text">This website uses cookies for analytics. You can allow them or keep only the ones the site needs to work.</p>
  <button class="btn btn--primary js-cookie-accept" type="button">Allow all</button> <button class="btn js-cookie-decline" type="button">Necessary only</button>
</div>
<header class="site-header">
  <div class="site-header__top container">
    <ul class="site-header__contacts"><li><svg class="icon"><use xlink:href="#icon-mail"></use></svg><a href="/en/contact/">Contact us</a></li></ul>
    <div class="lang-switch"><a href="/" hreflang="cs">CZ</a><a href="/en" hreflang="en" class="is-active">EN</a></div>
  </div>
  <div class="site-header__main container">
    <a class="site-header__logo" href="/en"><img src="/assets/img/logo-nca.svg" alt="Národní klastrová asociace – National Cluster Association" width="210" height="56"></a>
    <nav class="main-nav" aria-label="Main menu"><button class="main-nav__toggle js-menu-toggle" type="button" aria-label="Menu"><svg class="icon"><use xlink:href="#icon-menu"></use></svg></button>
      <ul class="main-nav__list"><li class="main-nav__item"><a href="/en/about-us/">About us</a><ul class="main-nav__sub"><li><a href="/en/about-us/">Who we are</a></li><li><a href="/en/about-us/board/">Board</a></li><li><a href="/en/about-us/projects/">Projects</a></li><li><a href="/en/about-us/annual-reports/">Annual reports</a></li></ul></li><li class="main-nav__item"><a href="/en/members/">Members</a><ul class="main-nav__sub"><li><a href="/en/members/">Member clusters</a></li><li><a href="/en/members/how-to-join/">How to join</a></li></ul></li><li class="main-nav__item"><a href="/en/services/">Services</a><ul class="main-nav__sub"><li><a href="/en/services/cluster-excellence/">Cluster excellence</a></li><li><a href="/en/services/internationalisation/">Internationalisation</a></li><li><a href="/en/services/training/">Training</a></li></ul></li><li class="main-nav__item is-active"><a href="/en/news/">News</a></li><li class="main-nav__item"><a href="/en/events/">Events</a></li><li class="main-nav__item"><a href="/en/contact/">Contact</a></li></ul>
    </nav>
    <form class="search-form" action="/en/search/" method="get"><input type="search" name="q" placeholder="Search" aria-label="Search"><button type="submit"><svg class="icon"><use xlink:href="#icon-search"></use></svg></button></form>
  </div>
</header>
<main class="site-main" id="main">
  <div class="container">
    <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/en">Home</a>{parents} <span class="breadcrumbs__sep">/</span> <span class="breadcrumbs__current">{short}</span></nav>
    <div class="layout layout--sidebar">
      <div class="layout__main">
<article class="news-detail">
  <h1 class="news-detail__title">{h1}</h1>
{clock_html}{img_html}  <div class="news-detail__content wysiwyg">
{content}
  </div>
{files}</article>
<div class="news-detail__back"><a class="btn btn--outline" href="/en/news/"><svg class="icon"><use xlink:href="#icon-arrow-right"></use></svg> Back to news</a></div>
      </div>
      <aside class="layout__aside">
        <section class="box box--news">
          <h2 class="box__title">Latest news</h2>
          <ul class="news-list">
{chr(10).join(news)}
          </ul>
          <a class="btn btn--outline" href="/en/news/">All news</a>
        </section>
        <section class="box box--newsletter">
          <h2 class="box__title">Newsletter</h2>
          <p>News from Czech clusters and from European cluster policy, about once a month.</p>
          <form class="newsletter-form" action="/en/newsletter/" method="post"><input type="email" name="email" placeholder="Your e-mail" required><button class="btn btn--primary" type="submit">Subscribe</button></form>
        </section>
      </aside>
    </div>
  </div>
</main>
<footer class="site-footer">
  <div class="container site-footer__cols">
    <div class="site-footer__col"><img src="/assets/img/logo-nca-white.svg" alt="NCA" width="150" height="40"><p>The National Cluster Association brings together cluster organisations from across the Czech Republic and represents them at home and in Europe.</p></div>
    <div class="site-footer__col"><h3>Quick links</h3><ul><li><a href="/en/about-us/">About us</a></li><li><a href="/en/members/">Members</a></li><li><a href="/en/services/">Services</a></li><li><a href="/en/news/">News</a></li></ul></div>
    <div class="site-footer__col"><h3>Follow us</h3><ul class="social"><li><a href="https://www.facebook.com/" aria-label="Facebook"><svg class="icon"><use xlink:href="#icon-facebook"></use></svg></a></li><li><a href="https://www.linkedin.com/" aria-label="LinkedIn"><svg class="icon"><use xlink:href="#icon-linkedin"></use></svg></a></li></ul></div>
  </div>
  <div class="site-footer__bottom container"><p>&copy; Národní klastrová asociace</p><p><a href="/en/privacy/">Privacy</a> | <a href="/en/cookies/">Cookies</a></p><p class="site-footer__made">Web: Modus</p></div>
</footer>
<script src="/assets/js/vendor.min.js?v=868"></script>
<script src="/assets/js/app.min.js?v=868"></script>
<script>window.NCA = {{"lang":"en","baseUrl":"https://www.nca.cz","cookieBar":true,"lightbox":{{"enabled":true,"loop":false}},"build":"{rnd_token(seed, 12)}"}};</script>
</body>
</html>
"""
