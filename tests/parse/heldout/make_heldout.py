"""Writes the shadow held-out set: pages/<id>.html and expected.jsonl.

Each page's body is written by hand below in the markup of its site; only the chrome of a CMS that several pages share
(ECCP Drupal, nca.cz, WordPress) comes from a helper, as on the real sites. Run from anywhere:

    python tests/parse/heldout/make_heldout.py

The script checks what it can about its own expectations before writing (offsets by the EU summer-time rule, names,
titles and asset links present in the page text) and refuses to write when one is wrong.
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
import zlib
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
BRUSSELS = ZoneInfo("Europe/Brussels")
PRAGUE = ZoneInfo("Europe/Prague")
FIELDS = [
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

PAGES: list[tuple[dict, str, str]] = []  # (record, html text, encoding)


def sp(name: str, role: str | None, organisation: str | None, eurocluster: str | None = None) -> dict:
    return {"name": name, "role": role, "organisation": organisation, "eurocluster": eurocluster}


def asset(label: str, url: str, created: str | None = None) -> dict:
    return {"label": label, "url": url, "created": created}


def page(
    pid: str,
    url: str,
    template: str,
    html_text: str,
    *,
    lang: str = "en",
    is_event: bool = True,
    title: str | None = None,
    page_title: str | None = None,
    series: str | None = None,
    start: str | None = None,
    end: str | None = None,
    tz_label: str | None = None,
    speakers: list[dict] | None = None,
    euroclusters: list[str] | None = None,
    assets: list[dict] | None = None,
    notes: str = "",
    encoding: str = "utf-8",
) -> None:
    record = {
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
        "timezone": "Europe/Brussels" if start and "T" in start else None,
        "tz_label": tz_label,
        "speakers": speakers or [],
        "euroclusters": sorted(euroclusters or []),
        "assets": assets or [],
        "notes": notes,
    }
    PAGES.append((record, html_text, encoding))


# ------------------------------------------------------------------------------------------------ ECCP Drupal (T1)


def twig(hook: str, suggestions: list[str], template: str, custom: bool = False) -> str:
    lines = "\n".join(f"   {'✅' if s == suggestions[-1] else '▪️'} {s}" for s in suggestions)
    kind = "💡 BEGIN CUSTOM TEMPLATE OUTPUT" if custom else "BEGIN OUTPUT"
    return f"<!-- THEME DEBUG -->\n<!-- THEME HOOK: '{hook}' -->\n<!-- FILE NAME SUGGESTIONS:\n{lines}\n-->\n<!-- {kind} from '{template}' -->\n"


def twig_end(template: str, custom: bool = False) -> str:
    kind = "END CUSTOM TEMPLATE OUTPUT" if custom else "END OUTPUT"
    return f"<!-- {kind} from '{template}' -->\n\n"


FIELD_TWIG = "core/themes/classy/templates/field/field.html.twig"


def drupal_field(
    name: str, inner: str, node_type: str = "event", label: str | None = None, formatter: str = "field.html.twig"
) -> str:
    sugg = [
        f"field--node--{name}--{node_type}.html.twig",
        f"field--node--{name}.html.twig",
        f"field--node--{node_type}.html.twig",
        formatter,
    ]
    label_html = f'\n    <div class="field__label">{label}</div>' if label else ""
    lab = "above" if label else "hidden"
    cls = name.replace("_", "-")
    return (
        twig("field", sugg, FIELD_TWIG)
        + f'<div class="clearfix text-formatted field field--name-{cls} field--type-text-long field--label-{lab}">{label_html}\n<div class="field__item">{inner}</div></div>\n'
        + twig_end(FIELD_TWIG)
    )


def drupal_attachments(rows: list[tuple[str, str, str]], node_type: str = "event") -> str:
    body = "".join(
        f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td><span class="file file--mime-application-{href.rsplit(".", 1)[1]} file--{href.rsplit(".", 1)[1]}"> <a href="{href}" type="application/{href.rsplit(".", 1)[1]}; length={size.replace(".", "")}0">{label}</a></span></td><td>{size}</td></tr>\n'
        for i, (label, href, size) in enumerate(rows)
    )
    tpl = "core/themes/classy/templates/field/file-link.html.twig"
    return (
        twig(
            "field",
            [f"field--node--field-attachments--{node_type}.html.twig", "field--file.html.twig"],
            "core/themes/classy/templates/field/field--file.html.twig",
        )
        + '<div class="field field--name-field-attachments field--type-file field--label-hidden field__items">\n'
        + twig("file_link", ["file-link.html.twig"], tpl)
        + f'<table data-striping="1" class="responsive-enabled">\n<thead><tr><th>Attachment</th><th>Size</th></tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n</div>\n'
        + twig_end("core/themes/classy/templates/field/field--file.html.twig")
    )


def drupal_byline(who: str, when: str, iso: str) -> str:
    return (
        twig(
            "node_submitted",
            ["node--submitted.html.twig"],
            "themes/custom/eccp_theme/templates/content/node--submitted.html.twig",
            True,
        )
        + f'<div class="node__submitted">\n  <span class="label">Submitted by </span><span rel="schema:author" typeof="schema:Person" property="schema:name" content="{who}"><span>{who}</span></span> <span class="date">on {when}</span>\n  <span property="schema:dateCreated" content="{iso}" class="hidden"></span>\n</div>\n'
        + twig_end("themes/custom/eccp_theme/templates/content/node--submitted.html.twig", True)
    )


def drupal_terms(label: str, terms: list[str], name: str) -> str:
    items = "".join(
        f'      <div class="field__item"><a href="/taxonomy/term/{1700 + i * 37}" hreflang="en">{t}</a></div>\n'
        for i, t in enumerate(terms)
    )
    return (
        twig(
            "field",
            [f"field--node--{name}.html.twig", "field--entity-reference.html.twig", "field.html.twig"],
            FIELD_TWIG,
        )
        + f'<div class="field field--name-{name} field--type-entity-reference field--label-above">\n    <div class="field__label">{label}</div>\n    <div class="field__items">\n{items}    </div>\n</div>\n'
        + twig_end(FIELD_TWIG)
    )


def teaser_events(items: list[tuple[str, str, str, str]]) -> str:
    rows = "".join(
        f'<div class="views-row"><article class="teaser teaser--event">\n  <div class="teaser__date">{when}</div>\n  <h3 class="teaser__title"><a href="{href}" hreflang="en">{title}</a></h3>\n  <div class="teaser__type">{kind}</div>\n</article></div>\n'
        for when, href, title, kind in items
    )
    return (
        twig(
            "block",
            ["block--views-block--upcoming-events-block-1.html.twig", "block.html.twig"],
            "core/themes/classy/templates/block/block.html.twig",
        )
        + f'<div class="block block-views block-views-blockupcoming-events-block-1">\n  <h2 class="block__title">Upcoming events</h2>\n  <div class="view view-upcoming-events">\n    <div class="view-content">\n{rows}    </div>\n    <div class="more-link"><a href="/event-calendar">See all events</a></div>\n  </div>\n</div>\n'
        + twig_end("core/themes/classy/templates/block/block.html.twig")
    )


def teaser_news(items: list[tuple[str, str, str]]) -> str:
    rows = "".join(
        f'<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{when}</span>\n  <h3 class="teaser__title"><a href="{href}" hreflang="en">{title}</a></h3></article></div>\n'
        for when, href, title in items
    )
    return (
        twig(
            "block",
            ["block--views-block--latest-news-block-2.html.twig", "block.html.twig"],
            "core/themes/classy/templates/block/block.html.twig",
        )
        + f'<div class="block block-views block-views-blocklatest-news-block-2">\n  <h2 class="block__title">Latest news</h2>\n  <div class="view view-latest-news">\n    <div class="view-content">\n{rows}    </div>\n  </div>\n</div>\n'
        + twig_end("core/themes/classy/templates/block/block.html.twig")
    )


def drupal_page(
    *,
    url: str,
    node_id: int,
    node_type: str,
    heading: str,
    content: str,
    sidebar: str,
    head_title: str | None = None,
    breadcrumb: str = "Events",
    body_class: str | None = None,
    banner: str | None = None,
    messages: str = "",
    env_banner: str = "",
) -> str:
    """ECCP (Drupal 10, Twig debug on): debug comments before the doctype, header, main, sidebar, footer."""
    host = re.match(r"https?://[^/]+", url).group(0)
    head_title = head_title or f"{heading} | European Cluster Collaboration Platform"
    node_tpl = f"themes/custom/eccp_theme/templates/content/node--{node_type}--full.html.twig"
    banner_html = ""
    if banner:
        banner_html = (
            twig(
                "field",
                [
                    f"field--node--field-banner-image--{node_type}.html.twig",
                    "field--image.html.twig",
                    "field.html.twig",
                ],
                FIELD_TWIG,
            )
            + f'<div class="field field--name-field-banner-image field--type-image field--label-hidden field__item"><img loading="eager" src="/sites/default/files/styles/banner_desktop/public/{banner}?itok=Q{node_id % 97}xZ" width="1600" height="600" alt="{banner.rsplit("/", 1)[-1].rsplit(".", 1)[0]}" typeof="foaf:Image" class="image-style-banner-desktop" /></div>\n'
            + twig_end(FIELD_TWIG)
        )
    article = ""
    if node_type:
        article = (
            twig(
                "node",
                [
                    f"node--{node_id}--full.html.twig",
                    f"node--{node_id}.html.twig",
                    f"node--{node_type}--full.html.twig",
                ],
                node_tpl,
                True,
            )
            + f'<article data-history-node-id="{node_id}" role="article" about="/node/{node_id}" class="node node--type-{node_type} node--promoted node--view-mode-full">\n  <div class="node__content">\n'
            + banner_html
            + twig(
                "page_title",
                ["page-title.html.twig"],
                "themes/custom/eccp_theme/templates/content/page-title.html.twig",
                True,
            )
            + f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{heading}</span></h1>\n'
            + twig_end("themes/custom/eccp_theme/templates/content/page-title.html.twig", True)
            + content
            + f'<div class="share-article">\n  <h3 class="share-article__title">Share this Article</h3>\n  <ul class="share-links">\n    <li><a class="share-links__linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener">LinkedIn</a></li>\n    <li><a class="share-links__x" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a></li>\n    <li><a class="share-links__email" href="mailto:?subject={heading}&amp;body={url}">E-mail</a></li>\n  </ul>\n</div>\n'
            + "  </div>\n</article>\n"
            + twig_end(node_tpl, True)
        )
    else:
        article = f'<h1 class="page-title">{heading}</h1>\n' + content
    return (
        twig(
            "html",
            [f"html--node--{node_id}.html.twig", "html--node.html.twig", "html.html.twig"],
            "themes/custom/eccp_theme/templates/layout/html.html.twig",
            True,
        )
        + '<!DOCTYPE html>\n<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">\n<head>\n<meta charset="utf-8" />\n'
        + f'<link rel="canonical" href="{url}" />\n<meta property="og:site_name" content="European Cluster Collaboration Platform" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="{url}" />\n<meta property="og:title" content="{heading}" />\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        + f'<link rel="shortlink" href="{host}/node/{node_id}" />\n<title>{head_title}</title>\n'
        + '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_zHFv8GjsJ1bxCOpiN1VIUjDAZbM4qsGP025hOYAFTns.css?delta=0&amp;language=en&amp;theme=eccp_theme" />\n'
        + '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"en"},"eu_cookie_compliance":{"popup_enabled":true,"popup_agreed_enabled":false},"user":{"uid":0,"permissionsHash":"b3f1e2"}}</script>\n'
        + '<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>\n</head>\n'
        + f'<body class="{body_class or "path-node page-node-type-" + (node_type or "page")}">\n{env_banner}<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>\n'
        + twig(
            "page",
            [f"page--node--{node_id}.html.twig", "page--node.html.twig", "page.html.twig"],
            "themes/custom/eccp_theme/templates/layout/page.html.twig",
            True,
        )
        + '<div class="layout-container">\n<header role="banner" class="header">\n  <div class="header__top"><div class="container">\n    <a class="header__ec-logo" href="https://commission.europa.eu/index_en"><img src="/themes/custom/eccp_theme/images/logo-ec--en.svg" alt="European Commission" width="172" height="48" /></a>\n'
        + '    <nav role="navigation" class="block block-menu navigation menu--account"><ul class="menu"><li class="menu-item"><a href="/user/login">Log in</a></li><li class="menu-item"><a href="/register-your-profile">Register</a></li></ul></nav>\n  </div></div>\n'
        + '  <div class="header__main"><div class="container">\n    <a href="/" title="Home" rel="home" class="site-logo"><img src="/themes/custom/eccp_theme/logo.svg" alt="Home" /></a>\n    <div class="site-name"><a href="/" title="Home" rel="home">European Cluster Collaboration Platform</a></div>\n'
        + '    <form class="search-form" action="/search" method="post"><input type="search" name="keys" placeholder="Search clusters, events, news" /><input type="submit" value="Search" /></form>\n  </div></div>\n'
        + '  <div class="header__menu"><div class="container"><nav class="tbm we-mega-menu-nav" aria-label="Main navigation"><ul class="we-mega-menu-ul nav nav-tabs">'
        + '<li class="we-mega-menu-li"><a href="/about">About</a></li><li class="we-mega-menu-li"><a href="/cluster-organisations">Cluster organisations</a></li><li class="we-mega-menu-li"><a href="/euroclusters">Euroclusters</a></li>'
        + '<li class="we-mega-menu-li"><a href="/events">Events</a><ul class="subul"><li><a href="/event-calendar">Event calendar</a></li><li><a href="/events/organised-by-eccp/clusters-talks">EU Clusters Talks</a></li><li><a href="/events/organised-by-eccp/clusters-meet-regions">Clusters meet Regions</a></li><li><a href="/events/organised-by-eccp/c2labs">C2Labs</a></li></ul></li>'
        + '<li class="we-mega-menu-li"><a href="/news">News</a></li><li class="we-mega-menu-li"><a href="/open-calls">Open calls</a></li></ul></nav></div></div>\n</header>\n'
        + '<main role="main" class="main-content">\n  <a id="main-content" tabindex="-1"></a>\n  <div class="container">\n'
        + twig("breadcrumb", ["breadcrumb.html.twig"], "core/themes/classy/templates/navigation/breadcrumb.html.twig")
        + f'<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n  <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>\n  <ol>\n    <li><a href="/">Home</a></li>\n    <li><a href="/{breadcrumb.lower().replace(" ", "-")}">{breadcrumb}</a></li>\n    <li>{heading}</li>\n  </ol>\n</nav>\n'
        + twig_end("core/themes/classy/templates/navigation/breadcrumb.html.twig")
        + '  <div class="layout-content">\n'
        + twig(
            "region",
            ["region--content.html.twig", "region.html.twig"],
            "core/themes/classy/templates/layout/region.html.twig",
        )
        + f'<div class="region region-content">\n<div data-drupal-messages-fallback class="hidden"></div>{messages}\n<div id="block-eccp-theme-content" class="block block-system block-system-main-block">\n'
        + article
        + "</div>\n</div>\n"
        + twig_end("core/themes/classy/templates/layout/region.html.twig")
        + '  </div>\n  <aside class="layout-sidebar" role="complementary">\n'
        + sidebar
        + "  </aside>\n  </div>\n</main>\n"
        + twig(
            "region",
            ["region--footer.html.twig", "region.html.twig"],
            "themes/custom/eccp_theme/templates/layout/region--footer.html.twig",
            True,
        )
        + '<footer role="contentinfo" class="footer">\n  <div class="container">\n    <div class="footer__cols">\n      <div class="footer__col"><h2>About the platform</h2><p>The platform helps cluster organisations across Europe find partners, follow EU cluster policy and take part in events and calls.</p></div>\n'
        + '      <div class="footer__col"><h2>Useful links</h2><ul class="menu"><li><a href="https://single-market-economy.ec.europa.eu/">Internal Market, Industry, Entrepreneurship and SMEs</a></li><li><a href="https://eismea.ec.europa.eu/">European Innovation Council and SMEs Executive Agency</a></li></ul></div>\n'
        + '      <div class="footer__col"><h2>Follow us</h2><ul class="social"><li><a href="https://www.linkedin.com/company/european-cluster-collaboration-platform">LinkedIn</a></li><li><a href="https://www.youtube.com/@clustercollaboration">YouTube</a></li></ul><p class="newsletter"><a class="button" href="/newsletter">Subscribe to the newsletter</a></p></div>\n    </div>\n'
        + '    <div class="footer__bottom"><p>© European Union, 2025. The ECCP is an initiative of the European Commission, funded by the Single Market Programme.</p><ul class="menu"><li><a href="/legal-notice">Legal notice</a></li><li><a href="/privacy-policy">Privacy policy</a></li><li><a href="/cookie-policy">Cookies</a></li></ul></div>\n  </div>\n</footer>\n'
        + twig_end("themes/custom/eccp_theme/templates/layout/region--footer.html.twig", True)
        + '</div>\n<div class="eu-cookie-compliance-banner" role="dialog" aria-label="Cookie consent"><div class="popup-content"><div id="popup-text"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p></div><div id="popup-buttons"><button type="button" class="agree-button">Accept</button><button type="button" class="decline-button">No, thanks</button></div></div></div>\n'
        + '<script src="/sites/default/files/js/js_kQj2bA3x1.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>\n</body>\n</html>\n'
    )


# ------------------------------------------------------------------------------------------------ nca.cz "Modus" (T2)


def nca_page(*, url: str, heading: str, stamp: str, content: str, files: str, news: list[tuple[str, str, str]]) -> str:
    news_html = "".join(
        f'<li class="news-list__item"><span class="news-list__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{d}</span><a class="news-list__link" href="{h}">{t}</a></li>\n'
        for d, h, t in news
    )
    short = heading[:58] + "…" if len(heading) > 60 else heading
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Modus | Home page</title>\n'
        '<meta name="author" content="Modus">\n<link rel="stylesheet" href="/assets/css/vendor.min.css?v=868">\n<link rel="stylesheet" href="/assets/css/app.min.css?v=868">\n'
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-8QW2KXS1ZL');</script>\n</head>\n"
        '<body class="page page--news-detail lang-en">\n<div class="cookie-bar" id="cookie-bar" role="dialog" aria-live="polite" hidden>\n  <p class="cookie-bar__text">This website uses cookies for analytics. You can allow them or keep only the ones the site needs to work.</p>\n  <button class="btn btn--primary js-cookie-accept" type="button">Allow all</button> <button class="btn js-cookie-decline" type="button">Necessary only</button>\n</div>\n'
        '<header class="site-header">\n  <div class="site-header__top container">\n    <ul class="site-header__contacts"><li><a href="/en/contact/">Contact us</a></li></ul>\n    <div class="lang-switch"><a href="/" hreflang="cs">CZ</a><a href="/en" hreflang="en" class="is-active">EN</a></div>\n  </div>\n'
        '  <div class="site-header__main container">\n    <a class="site-header__logo" href="/en"><img src="/assets/img/logo-nca.svg" alt="Národní klastrová asociace – National Cluster Association" width="210" height="56"></a>\n'
        '    <nav class="main-nav" aria-label="Main menu"><ul class="main-nav__list"><li class="main-nav__item"><a href="/en/about-us/">About us</a></li><li class="main-nav__item"><a href="/en/members/">Members</a></li><li class="main-nav__item"><a href="/en/services/">Services</a></li><li class="main-nav__item is-active"><a href="/en/news/">News</a></li><li class="main-nav__item"><a href="/en/events/">Events</a></li><li class="main-nav__item"><a href="/en/contact/">Contact</a></li></ul></nav>\n  </div>\n</header>\n'
        f'<main class="site-main" id="main">\n  <div class="container">\n    <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/en">Home</a> <span class="breadcrumbs__sep">/</span> <a href="/en/news/">News</a> <span class="breadcrumbs__sep">/</span> <span class="breadcrumbs__current">{short}</span></nav>\n'
        '    <div class="layout layout--sidebar">\n      <div class="layout__main">\n<article class="news-detail">\n'
        f'  <h1 class="news-detail__title">{heading}</h1>\n  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{stamp}</div>\n'
        f'  <div class="news-detail__content wysiwyg">\n{content}\n  </div>\n{files}</article>\n'
        '<div class="news-detail__back"><a class="btn btn--outline" href="/en/news/">Back to news</a></div>\n      </div>\n'
        f'      <aside class="layout__aside">\n        <section class="box box--news">\n          <h2 class="box__title">Latest news</h2>\n          <ul class="news-list">\n{news_html}          </ul>\n          <a class="btn btn--outline" href="/en/news/">All news</a>\n        </section>\n      </aside>\n    </div>\n  </div>\n</main>\n'
        '<footer class="site-footer">\n  <div class="container site-footer__cols">\n    <div class="site-footer__col"><p>The National Cluster Association brings together cluster organisations from across the Czech Republic and represents them at home and in Europe.</p></div>\n'
        '    <div class="site-footer__col"><h3>Quick links</h3><ul><li><a href="/en/about-us/">About us</a></li><li><a href="/en/members/">Members</a></li><li><a href="/en/news/">News</a></li></ul></div>\n  </div>\n'
        '  <div class="site-footer__bottom container"><p>&copy; Národní klastrová asociace</p><p><a href="/en/privacy/">Privacy</a> | <a href="/en/cookies/">Cookies</a></p><p class="site-footer__made">Web: Modus</p></div>\n</footer>\n'
        '<script src="/assets/js/app.min.js?v=868"></script>\n</body>\n</html>\n'
    )


def nca_files(title: str, items: list[tuple[str, str, str, bool]]) -> str:
    """items: (label, href, created stamp, label as link text rather than title attribute)."""
    lis = ""
    for label, href, created, as_text in items:
        inner = (
            f'<svg class="icon icon--pdf" aria-hidden="true"><use xlink:href="#icon-pdf"></use></svg> {label}'
            if as_text
            else '<svg class="icon icon--pdf" aria-hidden="true"><use xlink:href="#icon-pdf"></use></svg>'
        )
        attr = "" if as_text else f' title="{label}"'
        lis += f'      <li class="files-list__item">\n        <a class="files-list__link" href="{href}"{attr} target="_blank" download>{inner}</a>\n        <span class="files-list__meta">Created: {created}</span>\n      </li>\n'
    return f'  <section class="news-detail__files files">\n    <h2 class="files__title">{title}</h2>\n    <ul class="files-list">\n{lis}    </ul>\n  </section>\n'


# ------------------------------------------------------------------------------------------------ WordPress (T3)


def wp_classic(
    *,
    url: str,
    site: str,
    tagline: str,
    lang: str,
    heading: str,
    meta: str,
    content: str,
    after: str = "",
    sidebar: str = "",
    theme: str = "astra",
    charset: str = "UTF-8",
    head_extra: str = "",
    body_class: str = "post-template-default single single-post",
) -> str:
    """A classic WordPress theme: header, <article> with entry-header/meta/content, widgets sidebar, footer."""
    host = re.match(r"https?://[^/]+", url).group(0)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{heading} &#8211; {site}</title>\n<meta name='robots' content='index, follow, max-image-preview:large' />\n"
        f'<link rel="canonical" href="{url}" />\n<meta property="og:locale" content="{lang}" />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{heading}" />\n<meta property="og:site_name" content="{site}" />\n'
        f"<link rel='stylesheet' id='{theme}-theme-css-css' href='{host}/wp-content/themes/{theme}/assets/css/minified/main.min.css?ver=4.6.4' media='all' />\n"
        f"<link rel='stylesheet' id='wp-block-library-css' href='{host}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />\n"
        f"<script src='{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n{head_extra}"
        f'<meta name="generator" content="WordPress 6.4.3" />\n</head>\n<body class="{body_class} wp-embed-responsive {theme}-theme">\n'
        f'<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n<div id="page" class="hfeed site">\n'
        f'<header id="masthead" class="site-header" itemscope itemtype="https://schema.org/WPHeader">\n  <div class="site-branding"><p class="site-title"><a href="{host}/" rel="home">{site}</a></p><p class="site-description">{tagline}</p></div>\n'
        f'  <nav id="site-navigation" class="main-navigation" aria-label="Primary"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="{host}/">Home</a></li><li class="menu-item"><a href="{host}/about/">About</a></li><li class="menu-item"><a href="{host}/members/">Members</a></li><li class="menu-item current-menu-parent"><a href="{host}/news/">News</a></li><li class="menu-item"><a href="{host}/events/">Events</a></li><li class="menu-item"><a href="{host}/contact/">Contact</a></li></ul></nav>\n</header>\n'
        f'<div id="content" class="site-content">\n<div id="primary" class="content-area"><main id="main" class="site-main">\n'
        f'<article id="post-{zlib.crc32(url.encode()) % 9000 + 1000}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-news">\n'
        f'  <header class="entry-header">\n    <h1 class="entry-title">{heading}</h1>\n    <div class="entry-meta">{meta}</div>\n  </header>\n'
        f'  <div class="entry-content">\n{content}\n  </div>\n{after}</article>\n</main></div>\n'
        f'<aside id="secondary" class="widget-area" role="complementary">\n{sidebar}</aside>\n</div>\n'
        f'<footer id="colophon" class="site-footer">\n  <div class="footer-widgets"><section class="widget widget_text"><h2 class="widget-title">Contact</h2><div class="textwidget"><p>{site}<br>info@{host.split("//")[1].removeprefix("www.")}</p></div></section></div>\n'
        f'  <div class="site-info">Copyright &copy; 2025 {site} | Powered by <a href="https://wordpress.org/">WordPress</a></div>\n</footer>\n</div>\n'
        '<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to give you the best experience. <a role="button" class="cli_settings_button">Cookie settings</a> <a role="button" id="cookie_action_close_header" class="cli-plugin-button">Accept</a></span></div>\n'
        f"<script src='{host}/wp-content/themes/{theme}/assets/js/minified/frontend.min.js?ver=4.6.4' id='{theme}-theme-js-js'></script>\n</body>\n</html>\n"
    )


def wp_widget(title: str, items: list[str], cls: str = "widget_recent_entries") -> str:
    lis = "".join(f"<li>{i}</li>\n" for i in items)
    return f'<section class="widget {cls}"><h2 class="widget-title">{title}</h2>\n<ul>\n{lis}</ul>\n</section>\n'


def wp_posted(iso: str, shown: str, author: str, views: int | None = None, prefix: str = "Posted on") -> str:
    views_html = (
        f' <span class="post-views-count"><span class="dashicons dashicons-chart-bar"></span>{views} Views</span>'
        if views
        else ""
    )
    return (
        f'<span class="posted-on">{prefix} <a href="#" rel="bookmark"><time class="entry-date published" datetime="{iso}">{shown}</time><time class="updated" datetime="{iso}">{shown}</time></a></span>'
        f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="#">{author}</a></span></span>{views_html}'
    )


# ================================================================================================ event pages

ECCP_UPCOMING_2023 = teaser_events(
    [
        (
            '<time datetime="2023-10-25T06:30:00Z" class="datetime">Wed, 25/10/2023 - 08:30</time>',
            "/content/eu-clusters-talks-blue-economy",
            "EU Clusters Talks: Blue economy and maritime clusters",
            "Online",
        ),
        (
            '<time datetime="2023-11-21T12:00:00Z" class="datetime">Tue, 21/11/2023</time> - <time datetime="2023-11-23T12:00:00Z" class="datetime">Thu, 23/11/2023</time>',
            "/content/clusters-meet-regions-iasi-romania",
            "Clusters meet Regions - Iasi, Romania",
            "Physical event",
        ),
        (
            '<time datetime="2023-12-13T07:30:00Z" class="datetime">Wed, 13/12/2023 - 08:30</time>',
            "/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
            "EU Clusters Talks Special: Recap on key policies and takeaways",
            "Online",
        ),
    ]
)

# --- ho-001: ECCP staging copy, EU Clusters Talk, CET in October, Eurocluster in a line, attachment table
URL = "https://impr-0001-1260-partners.eccp.hosted-temp.com/content/eu-clusters-talks-electromobility-clusters-driving-change"
body = """<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the&nbsp;EU Clusters Talk “Electromobility: clusters driving the change” on 11 October 2023, 8:30&nbsp;– 9:45 CET.</p>
<p>Electric vehicles, their batteries and the charging networks they need are reshaping the automotive supply chain. Clusters in the mobility ecosystem help suppliers move from combustion parts to electric drivetrains, and connect them with energy and digital companies.</p>
<p>The Talk will address:</p>
<ul>
<li>Charging infrastructure and grid integration;</li>
<li>Battery value chains in Europe;</li>
<li>Skills for the electromobility workforce.</li>
</ul>
<p>Speakers will include:</p>
<ul>
<li>Kristof Vandenberghe, Policy Officer - Mobility Unit, DG GROW, European Commission;</li>
<li>Ana Rodríguez Pérez, Project Manager, CEAGA – Galician Automotive Cluster, E-BOOST Eurocluster;</li>
<li>Jan Novotný, CEO at Moravian-Silesian Automotive Cluster;</li>
<li>Lucia Ferraro, Cluster Manager, Lombardy Mobility Cluster;</li>
<li>More TBC.</li>
</ul>
<p>This event is part of the bi-weekly online meetings that the European Cluster Collaboration Platform brings to the cluster community.</p>"""
content = (
    drupal_byline("ECCP Team", "14 September 2023", "2023-09-14T09:12:31+00:00")
    + drupal_field("body", body, label=None, formatter="field--text-with-summary.html.twig")
    + drupal_terms("Event Type", ["EU Clusters Talks", "Online event"], "field-event-type")
    + drupal_attachments(
        [
            (
                "EU Clusters Talk Electromobility - agenda.pdf",
                "/sites/default/files/2023-10/EUCT_Electromobility_agenda.pdf",
                "212.4 KB",
            ),
            ("Presentation E-BOOST.pptx", "/sites/default/files/2023-10/E-BOOST_presentation.pptx", "3.1 MB"),
        ]
    )
)
H = "EU Clusters Talks: Electromobility – clusters driving the change"
page(
    "ho-001",
    URL,
    "T1",
    drupal_page(
        url=URL,
        node_id=53417,
        node_type="event",
        heading=H,
        content=content,
        sidebar=ECCP_UPCOMING_2023,
        banner="2023-09/EUCT%20Electromobility%20banner.png",
        env_banner='<div class="environment-indicator" style="background:#c00;color:#fff">STAGING – impr-0001-1260</div>\n',
    ),
    title="Electromobility: clusters driving the change",
    page_title=H,
    series="EU Clusters Talks",
    start="2023-10-11T08:30:00+02:00",
    end="2023-10-11T09:45:00+02:00",
    tz_label="CET",
    speakers=[
        sp("Kristof Vandenberghe", "Policy Officer - Mobility Unit", "DG GROW, European Commission"),
        sp("Ana Rodríguez Pérez", "Project Manager", "CEAGA – Galician Automotive Cluster", "E-BOOST"),
        sp("Jan Novotný", "CEO", "Moravian-Silesian Automotive Cluster"),
        sp("Lucia Ferraro", "Cluster Manager", "Lombardy Mobility Cluster"),
    ],
    euroclusters=["E-BOOST"],
    assets=[
        asset(
            "EU Clusters Talk Electromobility - agenda.pdf",
            "https://impr-0001-1260-partners.eccp.hosted-temp.com/sites/default/files/2023-10/EUCT_Electromobility_agenda.pdf",
        ),
        asset(
            "Presentation E-BOOST.pptx",
            "https://impr-0001-1260-partners.eccp.hosted-temp.com/sites/default/files/2023-10/E-BOOST_presentation.pptx",
        ),
    ],
    notes="ECCP staging host (same Drupal markup as T1); 'CET' on an October date before the switch: +02:00; topic list with ';' endings right before the speakers is not speakers; 'More TBC' placeholder; 'Role at Org' line; Eurocluster in a line; 'Attachment | Size' table with a .pdf and a .pptx; byline date is not the event.",
)

# --- ho-002: ECCP preview host, body in another field, cross-month day range, registration deadline
URL = "https://preview.clustercollaboration.eu/event-calendar/clusters-meet-regions-barcelona-catalonia"
body = """<p>The Clusters meet Regions workshop of the European Cluster Collaboration Platform comes to Barcelona on 30 November – 1 December 2022, hosted by ACCIÓ, the agency for business competitiveness of the Government of Catalonia.</p>
<p>Catalonia started one of the first cluster programmes in Europe thirty years ago. The workshop looks back at what three decades of cluster policy achieved, and at how regional cluster programmes can support the green and digital transition of SMEs. After the edition in Vilnius on 26-27 April 2022, it is the second Clusters meet Regions of the year.</p>
<p>Participation is free of charge, but places are limited. Registration closes on 21 November 2022.</p>
<p><a href="https://ec.europa.eu/eusurvey/runner/CmR_Barcelona_2022">Register here</a> · <a href="/sites/default/files/2022-11/CmR_Barcelona_draft_agenda.pdf">Draft agenda (PDF)</a> · <a href="https://www.youtube.com/watch?v=3kT9pQ0zLxA">Watch the recording of the Vilnius edition</a></p>
<p><a href="/sites/default/files/2022-11/CmR%20Barcelona%20visual.jpg"><img src="/sites/default/files/styles/large/public/2022-11/CmR%20Barcelona%20visual.jpg" alt="CmR Barcelona visual" /></a></p>"""
date_field = (
    '<div class="field field--name-field-event-date field--type-daterange field--label-inline"><div class="field__label">Date</div>'
    '<div class="field__item"><time datetime="2022-11-30T12:00:00Z" class="datetime">Wed, 30/11/2022</time> - <time datetime="2022-12-01T12:00:00Z" class="datetime">Thu, 01/12/2022</time></div></div>\n'
)
content = (
    date_field
    + drupal_field("field_event_description", body, formatter="field--text-long.html.twig")
    + drupal_terms("Event Target", ["Cluster organisations", "Policy makers"], "field-event-target")
    + drupal_terms("Event Type", ["Clusters meet Regions", "Physical event"], "field-event-type")
)
H = "Clusters meet Regions – Barcelona, Catalonia"
side = teaser_events(
    [
        (
            '<time datetime="2022-12-14T07:30:00Z" class="datetime">Wed, 14/12/2022 - 08:30</time>',
            "/content/eu-clusters-talks-going-global",
            "EU Clusters Talks: Going global",
            "Online",
        ),
        (
            '<time datetime="2023-03-29T12:00:00Z" class="datetime">Wed, 29/03/2023</time> - <time datetime="2023-03-30T12:00:00Z" class="datetime">Thu, 30/03/2023</time>',
            "/event-calendar/clusters-meet-regions-kosice-slovakia",
            "Clusters meet Regions - Kosice, Slovakia",
            "Physical event",
        ),
    ]
)
page(
    "ho-002",
    URL,
    "T1",
    drupal_page(
        url=URL,
        node_id=49811,
        node_type="event",
        heading=H,
        content=content,
        sidebar=side,
        head_title=f"{H} | European Cluster Collaboration Platform (preview)",
    ),
    title=H,
    page_title=H,
    series="Clusters meet Regions",
    start="2022-11-30",
    end="2022-12-01",
    assets=[
        asset(
            "Draft agenda (PDF)",
            "https://preview.clustercollaboration.eu/sites/default/files/2022-11/CmR_Barcelona_draft_agenda.pdf",
        )
    ],
    notes="preview.clustercollaboration.eu copy; body in field--name-field-event-description, not field--name-body; range across months '30 November – 1 December 2022'; Drupal date field with placeholder 12:00Z times (date-only event); another edition's dates (26-27 April 2022) and a registration deadline in the text; one PDF asset, while the EUSurvey, YouTube and image links are not assets.",
)

# --- ho-003: WordPress classic republication, ordinal date, 'Role at Org', comments, views
URL = "https://www.baltic-construction-cluster.eu/2022/09/20/eu-clusters-talk-green-skills-construction/"
H = "EU Clusters Talk: Green skills for the construction ecosystem"
content = """<p><img class="aligncenter size-large wp-image-2231" src="https://www.baltic-construction-cluster.eu/wp-content/uploads/2022/09/EUCT-green-skills-1024x384.png" alt="EUCT green skills 19.10" width="1024" height="384" /></p>
<p>We are happy to share the invitation of the European Cluster Collaboration Platform to the next EU Clusters Talk "Green skills for a sustainable construction ecosystem", which will take place on Wednesday, 19th October 2022, 10:00 – 11:30 CEST.</p>
<p>Construction companies need workers who can install heat pumps, renovate with bio-based materials and use digital building models. The Talk will show how clusters organise training together with vocational schools and universities, and how the Pact for Skills supports them. The AEC Eurocluster will also present its training vouchers for SMEs.</p>
<p>Speakers include:</p>
<ul>
<li>Sofia Lindqvist, Policy Officer at DG GROW, European Commission</li>
<li>Tomasz Zieliński, Cluster Manager at Baltic Construction Cluster</li>
<li>Jūratė Petrauskienė, Head of Training at Lithuanian Builders Association</li>
<li>Pieter de Vries, Senior Advisor at Bouwend Nederland</li>
</ul>
<p>Participation is free. <a href="https://clustercollaboration.eu/content/eu-clusters-talks-green-skills-construction">Register on the ECCP website</a>.</p>"""
after = """<footer class="entry-footer"><span class="cat-links">Posted in <a href="#" rel="category tag">Events</a>, <a href="#" rel="category tag">News</a></span> <span class="tags-links">Tagged <a href="#" rel="tag">ECCP</a>, <a href="#" rel="tag">skills</a></span></footer>
<div class="author-box"><img alt="" src="https://secure.gravatar.com/avatar/4d1c?s=96" class="avatar" height="96" width="96" /><div class="author-box__text"><h4 class="author-box__name">About Kristina Ozola</h4><p>Kristina Ozola is the communication manager of the Baltic Construction Cluster.</p></div></div>
<div class="related-posts"><h3>Related posts</h3><ul>
<li><a href="https://www.baltic-construction-cluster.eu/2022/08/30/cluster-day-riga-2022/">Cluster Day Riga: 8 November 2022</a> <span class="date">August 30, 2022</span></li>
<li><a href="https://www.baltic-construction-cluster.eu/2022/06/14/wood-construction-study-visit-to-finland/">Wood construction study visit to Finland, 5–7 September 2022</a> <span class="date">June 14, 2022</span></li>
</ul></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;EU Clusters Talk: Green skills for the construction ecosystem&rdquo;</h2><ol class="comment-list">
<li id="comment-118" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Edgars Kalniņš</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2022-09-22T09:14:00+03:00">September 22, 2022 at 9:14 am</time></div></footer><div class="comment-content"><p>Will the recording be available afterwards?</p></div></article>
<ol class="children"><li id="comment-119" class="comment byuser bypostauthor"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Kristina Ozola</b> <span class="says">says:</span></div><div class="comment-metadata"><time datetime="2022-09-22T11:02:00+03:00">September 22, 2022 at 11:02 am</time></div></footer><div class="comment-content"><p>Yes, ECCP publishes the recordings on its YouTube channel a few days later.</p></div></article></li></ol></li>
</ol></div>
"""
side = wp_widget(
    "Recent Posts",
    [
        '<a href="#">Cluster Day Riga: 8 November 2022</a> <span class="post-date">August 30, 2022</span>',
        '<a href="#">New members joined in June</a> <span class="post-date">July 1, 2022</span>',
    ],
) + wp_widget(
    "Upcoming events",
    [
        '<a href="#">Cluster Day Riga</a> <span>Nov 8, 2022 @ 9:00 am</span>',
        '<a href="#">BIM conference Vilnius</a> <span>Dec 1, 2022</span>',
    ],
    "widget_tribe-widget-events-list",
)
page(
    "ho-003",
    URL,
    "T3",
    wp_classic(
        url=URL,
        site="Baltic Construction Cluster",
        tagline="Building together around the Baltic Sea",
        lang="en-US",
        heading=H,
        meta=wp_posted("2022-09-20T10:41:12+03:00", "September 20, 2022", "Kristina Ozola", views=237),
        content=content,
        after=after,
        sidebar=side,
    ),
    title="Green skills for a sustainable construction ecosystem",
    page_title=H,
    series="EU Clusters Talks",
    start="2022-10-19T10:00:00+02:00",
    end="2022-10-19T11:30:00+02:00",
    tz_label="CEST",
    speakers=[
        sp("Sofia Lindqvist", "Policy Officer", "DG GROW, European Commission"),
        sp("Tomasz Zieliński", "Cluster Manager", "Baltic Construction Cluster"),
        sp("Jūratė Petrauskienė", "Head of Training", "Lithuanian Builders Association"),
        sp("Pieter de Vries", "Senior Advisor", "Bouwend Nederland"),
    ],
    euroclusters=["AEC EUROCLUSTER"],
    notes="WordPress classic theme republication: 'Posted on September 20, 2022' (a month before), date in the permalink, '237 Views'; ordinal 'Wednesday, 19th October 2022, 10:00 – 11:30 CEST'; quoted title in straight quotes differs from the heading; speakers 'Name, Role at Organisation'; commenters, author box and related posts with dates are not speakers or dates; AEC Eurocluster named in prose.",
)

# --- ho-004: WordPress block theme, month-first ordinal date, 12-hour clock, two affiliations, wp-block-file
URL = "https://www.foodcluster-hungary.hu/en/eu-clusters-talk-food-security/"
H = "EU Clusters Talk on food security – May 3rd, 2023"
block = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>EU Clusters Talk on food security &#8211; May 3rd, 2023 &#8211; Hungarian Food Cluster</title>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://www.foodcluster-hungary.hu/en/eu-clusters-talk-food-security/#article","headline":"EU Clusters Talk on food security &#8211; May 3rd, 2023","datePublished":"2023-04-04T08:05:44+00:00","dateModified":"2023-04-27T13:20:10+00:00","author":{"name":"Zsófia Kiss"},"publisher":{"@id":"https://www.foodcluster-hungary.hu/#organization"}},{"@type":"WebSite","@id":"https://www.foodcluster-hungary.hu/#website","name":"Hungarian Food Cluster"}]}</script>
<style id='wp-block-library-inline-css'>.wp-block-file{font-size:.9em}.wp-block-file__button{background:#32373c;color:#fff}</style>
<link rel='stylesheet' id='global-styles-css' href='https://www.foodcluster-hungary.hu/wp-content/themes/twentytwentythree/style.css?ver=1.2' media='all' />
</head>
<body class="post-template-default single single-post postid-1873 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="https://www.foodcluster-hungary.hu" rel="home">Hungarian Food Cluster</a></p>
<nav class="is-responsive wp-block-navigation" aria-label="Main"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.foodcluster-hungary.hu/en/about/"><span class="wp-block-navigation-item__label">About</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.foodcluster-hungary.hu/en/news/"><span class="wp-block-navigation-item__label">News</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.foodcluster-hungary.hu/en/projects/"><span class="wp-block-navigation-item__label">Projects</span></a></li></ul></nav></div></header>
<main class="wp-block-group is-layout-constrained">
<div class="wp-block-group"><h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">EU Clusters Talk on food security – May 3rd, 2023</h1>
<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2023-04-04T10:05:44+02:00">April 4, 2023</time></div><div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__byline">Written by</p><p class="wp-block-post-author__name">Zsófia Kiss</p></div></div></div></div>
<figure class="wp-block-post-featured-image"><img width="1200" height="628" src="https://www.foodcluster-hungary.hu/wp-content/uploads/2023/04/food-security-talk.jpg" alt="EU Clusters Talk food security banner" /></figure>
<div class="entry-content wp-block-post-content is-layout-constrained">
<p>Mark your calendar: on May 3rd, 2023, from 8:30 am to 9:45 am CET, the European Cluster Collaboration Platform hosts the EU Clusters Talk “Food security: building resilience in the agri-food ecosystem”.</p>
<p>Droughts, energy prices and disrupted imports of fertilisers have shown how exposed European food supply chains are. Clusters connect farmers, processors and technology providers and can make those chains more robust. The B-Resilient Eurocluster will present its support for food-processing SMEs.</p>
<h2 class="wp-block-heading">Speakers</h2>
<p>Speakers will include:</p>
<ul class="wp-block-list">
<li>Dr. Helena Sousa, Head of Sector of DG AGRI, European Commission</li>
<li>Gábor Szabó, Director of the Hungarian Food Cluster</li>
<li>Marie Dubois, CEO at Vitagora, President at France Clusters</li>
<li>Lars Nygaard, Food &amp; Bio Cluster Denmark</li>
</ul>
<p>The concept note of the Talk is available below.</p>
<div class="wp-block-file"><a id="wp-block-file--media-5f0c" href="https://www.foodcluster-hungary.hu/wp-content/uploads/2023/04/EUCT-food-security-concept-note.pdf">EUCT-food-security-concept-note</a><a href="https://www.foodcluster-hungary.hu/wp-content/uploads/2023/04/EUCT-food-security-concept-note.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-5f0c">Download</a></div>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://clustercollaboration.eu/content/eu-clusters-talks-food-security">Register</a></div></div>
</div>
<div class="wp-block-group"><div class="taxonomy-category wp-block-post-terms"><a href="https://www.foodcluster-hungary.hu/en/category/events/" rel="tag">Events</a></div></div>
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link"><a href="https://www.foodcluster-hungary.hu/en/members-meeting-march-2023/" rel="prev">Members’ meeting, 28 March 2023</a></div><div class="post-navigation-link-next wp-block-post-navigation-link"><a href="https://www.foodcluster-hungary.hu/en/sial-paris-2024/" rel="next">Join us at SIAL Paris, 19–23 October 2024</a></div></nav>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group"><p class="has-text-align-center">© 2024 Hungarian Food Cluster · Designed with <a href="https://wordpress.org">WordPress</a></p></div></footer>
</div>
</body>
</html>
"""
page(
    "ho-004",
    URL,
    "T3",
    block,
    title="Food security: building resilience in the agri-food ecosystem",
    page_title=H,
    series="EU Clusters Talks",
    start="2023-05-03T08:30:00+02:00",
    end="2023-05-03T09:45:00+02:00",
    tz_label="CET",
    speakers=[
        sp("Helena Sousa", "Head of Sector", "DG AGRI, European Commission"),
        sp("Gábor Szabó", "Director", "Hungarian Food Cluster"),
        sp("Marie Dubois", "CEO; President", "Vitagora; France Clusters"),
        sp("Lars Nygaard", None, "Food & Bio Cluster Denmark"),
    ],
    euroclusters=["B-Resilient"],
    assets=[
        asset(
            "EUCT-food-security-concept-note",
            "https://www.foodcluster-hungary.hu/wp-content/uploads/2023/04/EUCT-food-security-concept-note.pdf",
        )
    ],
    notes="WordPress block theme (wp-block-*): post date April 4, 2023 and Yoast Article JSON-LD are publication dates; month-first ordinal 'May 3rd, 2023' with 12-hour 'from 8:30 am to 9:45 am CET' (+02:00); 'Role of Organisation' lines, two affiliations in one line, 'Name, Organisation' without role, honorific 'Dr.'; wp-block-file: file link plus 'Download' button to the same PDF = one asset; previous/next post links carry other dates.",
)

# --- ho-005: The Events Calendar plugin, 'July 6 @ 8:30 am - 10:00 am CEST', JSON-LD Event agreeing, calendar exports
URL = "https://www.automotive-cluster.si/event/eu-clusters-talk-digital-tools-for-cluster-management/"
H = "EU Clusters Talk: Digital tools for cluster management"
tec = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>EU Clusters Talk: Digital tools for cluster management &#8211; ACS &#8211; Automotive Cluster of Slovenia</title>
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css' href='https://www.automotive-cluster.si/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.0.6' media='all' />
<script type="application/ld+json">
[{"@context":"http://schema.org","@type":"Event","name":"EU Clusters Talk: Digital tools for cluster management","description":"&lt;p&gt;The European Cluster Collaboration Platform invites cluster managers to an EU Clusters Talk on digital tools.&lt;/p&gt;","url":"https://www.automotive-cluster.si/event/eu-clusters-talk-digital-tools-for-cluster-management/","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","startDate":"2022-07-06T08:30:00+02:00","endDate":"2022-07-06T10:00:00+02:00","location":{"@type":"VirtualLocation","url":"https://clustercollaboration.eu/"},"organizer":{"@type":"Person","name":"European Cluster Collaboration Platform","url":"https://clustercollaboration.eu"}}]
</script>
</head>
<body class="tribe_events-template-default single single-tribe_events postid-7712 tribe-events-page-template tribe-theme-generatepress events-single tribe-events-style-full">
<header class="site-header"><div class="inside-header"><div class="site-logo"><a href="https://www.automotive-cluster.si/"><img class="header-image" alt="ACS – Automotive Cluster of Slovenia" src="https://www.automotive-cluster.si/wp-content/uploads/2021/02/acs-logo.png"></a></div>
<nav class="main-navigation"><ul class="menu"><li><a href="https://www.automotive-cluster.si/about/">About ACS</a></li><li><a href="https://www.automotive-cluster.si/members/">Members</a></li><li class="current-menu-item"><a href="https://www.automotive-cluster.si/events/">Events</a></li><li><a href="https://www.automotive-cluster.si/projects/">EU projects</a></li></ul></nav></div></header>
<main id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"><img class="tribe-events-spinner-medium" src="https://www.automotive-cluster.si/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events" /></span>
<div id="tribe-events-content" class="tribe-events-single">
	<p class="tribe-events-back"><a href="https://www.automotive-cluster.si/events/"> &laquo; All Events</a></p>
	<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
	<h1 class="tribe-events-single-event-title">EU Clusters Talk: Digital tools for cluster management</h1>
	<div class="tribe-events-schedule tribe-clearfix">
		<h2><span class="tribe-event-date-start">July 6 @ 8:30 am</span> - <span class="tribe-event-time">10:00 am</span> <span class="timezone"> CEST </span></h2>
	</div>
	<div id="post-7712" class="post-7712 tribe_events type-tribe_events status-publish hentry tribe_events_cat-webinars cat_webinars">
		<div class="tribe-events-single-event-description tribe-events-content">
			<p>The European Cluster Collaboration Platform invites cluster managers to an EU Clusters Talk on digital tools. Join us online on 6 July to see how clusters use CRM systems, matchmaking platforms and data dashboards to serve their members, and what the ECCP offers for free.</p>
			<p>Speakers:<br>
			- Mojca Kranjc, Director, Automotive Cluster of Slovenia (ACS);<br>
			- Henrik Olsen, Cluster Development Manager, Cluster Excellence Denmark;<br>
			- Ilaria Conti, Project Officer, EISMEA, European Commission.</p>
			<p>The Talk is held in English. The link to the online room is sent to registered participants the day before.</p>
		</div>
		<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown"><div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text">Add to calendar</button></div>
		<div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
		<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.google.com/calendar/event?action=TEMPLATE&amp;dates=20220706T083000/20220706T100000&amp;text=EU%20Clusters%20Talk%3A%20Digital%20tools%20for%20cluster%20management&amp;trp=false&amp;ctz=Europe/Ljubljana" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Google Calendar</a></li>
		<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="webcal://www.automotive-cluster.si/event/eu-clusters-talk-digital-tools-for-cluster-management/?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">iCalendar</a></li>
		<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.automotive-cluster.si/event/eu-clusters-talk-digital-tools-for-cluster-management/?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Export .ics file</a></li>
		</ul></div></div></div></div>
		<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
			<div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title"> Details </h2><dl>
				<dt class="tribe-events-start-date-label"> Date: </dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2022-07-06"> July 6 </abbr></dd>
				<dt class="tribe-events-start-time-label"> Time: </dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2022-07-06"> 8:30 am - 10:00 am <span class="tribe-events-abbr tribe-events-time-zone published ">CEST</span></div></dd>
				<dt class="tribe-events-event-categories-label">Event Category:</dt> <dd class="tribe-events-event-categories"><a href="https://www.automotive-cluster.si/events/category/webinars/" rel="tag">Webinars</a></dd>
			</dl></div>
			<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl><dt class="tribe-common-a11y-visual-hide">Organizer name:</dt><dd class="tribe-organizer">European Cluster Collaboration Platform</dd></dl></div>
			<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title"> Venue </h2><dl><dd class="tribe-venue"> Online </dd></dl></div>
		</div>
	</div>
	<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
		<li class="tribe-events-nav-previous"><a href="https://www.automotive-cluster.si/event/acs-general-assembly-2022/"><span>&laquo;</span> ACS General Assembly 2022</a></li>
		<li class="tribe-events-nav-next"><a href="https://www.automotive-cluster.si/event/automotive-summit-ljubljana/">Automotive Summit Ljubljana <span>&raquo;</span></a></li></ul></nav></div>
	<h2 class="tribe-events-related-events-title">Related Events</h2>
	<ul class="tribe-related-events tribe-clearfix">
		<li><div class="tribe-related-event-info"><h3 class="tribe-related-events-title"><a href="https://www.automotive-cluster.si/event/automotive-summit-ljubljana/">Automotive Summit Ljubljana</a></h3>September 14 @ 10:00 am - 4:30 pm</div></li>
		<li><div class="tribe-related-event-info"><h3 class="tribe-related-events-title"><a href="https://www.automotive-cluster.si/event/eu-clusters-talk-batteries/">EU Clusters Talk: Batteries</a></h3>September 21 @ 8:30 am - 9:45 am</div></li>
	</ul>
</div>
</main>
<footer class="site-footer"><div class="inside-site-info"><div class="copyright-bar">&copy; 2022 ACS – Automotive Cluster of Slovenia, Dunajska cesta 156, 1000 Ljubljana</div></div></footer>
</body>
</html>
"""
page(
    "ho-005",
    URL,
    "T4",
    tec,
    title=H,
    page_title=H,
    series="EU Clusters Talks",
    start="2022-07-06T08:30:00+02:00",
    end="2022-07-06T10:00:00+02:00",
    tz_label="CEST",
    speakers=[
        sp("Mojca Kranjc", "Director", "Automotive Cluster of Slovenia (ACS)"),
        sp("Henrik Olsen", "Cluster Development Manager", "Cluster Excellence Denmark"),
        sp("Ilaria Conti", "Project Officer", "EISMEA, European Commission"),
    ],
    notes="The Events Calendar plugin: header 'July 6 @ 8:30 am - 10:00 am CEST' without a year (the JSON-LD Event gives 2022, agreeing); no quoted title: title = heading; speakers as '- ' lines after 'Speakers:' in one <br> paragraph; Google Calendar, webcal:// and ?ical=1 exports are not assets; related events and previous/next links carry other dates.",
)

# --- ho-006: Modern Events Calendar, '14 Dec 2022 - 14 Dec 2022' + '8:30 am - 10:00 am' without label, speakers in a table
URL = "https://www.irishclusters.ie/events/eu-clusters-talks-going-global/"
H = "EU Clusters Talks – Going global"
mec = """<!DOCTYPE html>
<html lang="en-IE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EU Clusters Talks – Going global | Cluster Ireland</title>
<link rel='stylesheet' id='mec-frontend-style-css' href='https://www.irishclusters.ie/wp-content/plugins/modern-events-calendar-lite/assets/css/frontend.min.css?ver=6.5.1' media='all' />
<link rel='stylesheet' id='divi-style-css' href='https://www.irishclusters.ie/wp-content/themes/Divi/style.min.css?ver=4.19.2' media='all' />
</head>
<body class="mec-events-template-default single single-mec-events postid-3310 et_pb_button_helper_class et_fullwidth_nav et_divi_theme">
<div id="page-container"><header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="https://www.irishclusters.ie/"><img src="https://www.irishclusters.ie/wp-content/uploads/2020/11/cluster-ireland-logo.png" alt="Cluster Ireland" id="logo" /></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li><a href="https://www.irishclusters.ie/">Home</a></li><li><a href="https://www.irishclusters.ie/clusters/">Irish clusters</a></li><li><a href="https://www.irishclusters.ie/events/">Events</a></li><li><a href="https://www.irishclusters.ie/contact/">Contact</a></li></ul></nav></div></div></header>
<div id="et-main-area"><section id="main-content" class="mec-container">
<div class="mec-wrap colorskin-custom clearfix " id="mec_skin_3310">
<article class="row mec-single-event">
	<div class="mec-events-event-image"><img width="1200" height="500" src="https://www.irishclusters.ie/wp-content/uploads/2022/11/going-global.jpg" alt="Going global banner 2022" /></div>
	<div class="col-md-8">
		<div class="mec-single-event-description mec-events-content"><h1 class="mec-single-title">EU Clusters Talks – Going global</h1>
<p>Cluster Ireland is pleased to share the invitation to the EU Clusters Talks “Going global: cluster internationalisation beyond Europe”, organised by the European Cluster Collaboration Platform on 14 December.</p>
<p>The session looks at how clusters help their members enter markets in North America, Japan and India, and at the support that the European Commission offers through the Euroclusters, the Enterprise Europe Network and the EU business missions.</p>
<h3>Speakers</h3>
<table class="speakers-table">
<thead><tr><th>Speaker</th><th>Position</th><th>Organisation</th></tr></thead>
<tbody>
<tr><td>Niamh O’Connor</td><td>Head of International Affairs</td><td>Enterprise Ireland</td></tr>
<tr><td>Rui Almeida</td><td>Executive Director</td><td>PRODUTECH – Production Technologies Cluster</td></tr>
<tr><td>Karin Weiss</td><td>Team Leader – International Cluster Cooperation</td><td>EISMEA, European Commission</td></tr>
</tbody>
</table>
<h3>Agenda</h3>
<table class="agenda-table">
<tbody>
<tr><td>8:30</td><td>Welcome and introduction</td></tr>
<tr><td>8:40</td><td>Keynote on EU tools for internationalisation</td></tr>
<tr><td>9:00</td><td>Panel discussion</td></tr>
<tr><td>9:40</td><td>Q&amp;A and wrap-up</td></tr>
</tbody>
</table>
		</div>
		<div class="mec-event-export-module mec-frontbox"><div class="mec-event-exporting"><div class="mec-export-details"><ul>
			<li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=EU+Clusters+Talks+%E2%80%93+Going+global&amp;dates=20221214T073000Z/20221214T090000Z" target="_blank">+ Add to Google Calendar</a></li>
			<li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://www.irishclusters.ie/?method=ical&amp;id=3310">+ iCal / Outlook export</a></li>
		</ul></div></div></div>
	</div>
	<div class="col-md-4">
		<div class="mec-event-info-desktop mec-event-meta mec-color-before mec-frontbox">
			<div class="mec-single-event-date"><i class="mec-sl-calendar"></i><h3 class="mec-date">Date</h3><dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label" itemprop="startDate">14 Dec 2022</span><span class="mec-end-date-label" itemprop="endDate"> - 14 Dec 2022</span></abbr></dd></dl></div>
			<div class="mec-single-event-time"><i class="mec-sl-clock " style=""></i><h3 class="mec-time">Time</h3><i class="mec-time-comment"></i><dl><dd><abbr class="mec-events-abbr">8:30 am - 10:00 am</abbr></dd></dl></div>
			<div class="mec-event-cost"><i class="mec-sl-wallet"></i><h3 class="mec-cost">Cost</h3><dl><dd class="mec-events-event-cost">Free</dd></dl></div>
			<div class="mec-single-event-location"><i class="mec-sl-location-pin"></i><h3 class="mec-events-single-section-title mec-location">Location</h3><dl><dd class="author fn org">Online</dd></dl></div>
			<div class="mec-single-event-organizer"><i class="mec-sl-home"></i><h3 class="mec-events-single-section-title">Organizer</h3><dl><dd class="mec-organizer"><h6>European Cluster Collaboration Platform</h6></dd></dl></div>
		</div>
		<div class="mec-event-info-desktop mec-frontbox"><h3>Other events</h3><ul><li><a href="https://www.irishclusters.ie/events/cluster-ireland-annual-forum-2023/">Cluster Ireland Annual Forum</a> – 09 Feb 2023</li><li><a href="https://www.irishclusters.ie/events/meet-the-buyer-cork/">Meet the buyer, Cork</a> – 22 Mar 2023</li></ul></div>
	</div>
</article>
</div>
</section>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Cluster Ireland © 2023 – Supported by Enterprise Ireland</div></div></div></footer>
</div></div>
</body>
</html>
"""
page(
    "ho-006",
    URL,
    "T4",
    mec,
    title="Going global: cluster internationalisation beyond Europe",
    page_title=H,
    series="EU Clusters Talks",
    start="2022-12-14T08:30:00+01:00",
    end="2022-12-14T10:00:00+01:00",
    tz_label=None,
    speakers=[
        sp("Niamh O’Connor", "Head of International Affairs", "Enterprise Ireland"),
        sp("Rui Almeida", "Executive Director", "PRODUTECH – Production Technologies Cluster"),
        sp("Karin Weiss", "Team Leader – International Cluster Cooperation", "EISMEA, European Commission"),
    ],
    notes="Modern Events Calendar: '14 Dec 2022 - 14 Dec 2022' (same day twice: one-day event) and '8:30 am - 10:00 am' with no zone label (tz_label null, +01:00 in December); body says '14 December' without a year; speakers in a Speaker/Position/Organisation table, followed by an agenda table with times that are not the event's times nor speakers; Google Calendar and '?method=ical' exports are not assets; 'Other events' box with dates.",
)

# --- ho-007: Eventbrite-like listing, JSON-LD in UTC 'Z', year only in JSON-LD, Keynote / Panel / Moderated by
URL = "https://www.eventbrite.be/e/eu-clusters-talk-aerospace-and-defence-tickets-845612378901"
H = "EU Clusters Talk: Autonomy, innovation and security – EU strategies for Aerospace and Defence"
eb = """<!DOCTYPE html>
<html lang="en-gb" data-theme="eds">
<head>
<meta charset="utf-8">
<title>EU Clusters Talk: Autonomy, innovation and security – EU strategies for Aerospace and Defence Tickets, Wed 17 Apr | Eventbrite</title>
<meta name="description" content="Online event hosted by the European Cluster Collaboration Platform.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"EducationEvent","name":"EU Clusters Talk: Autonomy, innovation and security – EU strategies for Aerospace and Defence","url":"https://www.eventbrite.be/e/eu-clusters-talk-aerospace-and-defence-tickets-845612378901","startDate":"2024-04-17T06:30:00Z","endDate":"2024-04-17T07:45:00Z","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","organizer":{"@type":"Organization","name":"European Cluster Collaboration Platform","url":"https://www.eventbrite.be/o/european-cluster-collaboration-platform-33871940561"},"offers":[{"@type":"Offer","price":"0.00","priceCurrency":"EUR","availabilityStarts":"2024-03-20T11:00:00Z","availabilityEnds":"2024-04-17T07:45:00Z"}]}</script>
<link rel="stylesheet" href="https://cdn.evbstatic.com/s3-build/fe/build/event-listings-app.css">
</head>
<body>
<div id="root"><div class="eds-structure"><header class="global-header" data-testid="global-header"><a href="https://www.eventbrite.be/" aria-label="Eventbrite home"><svg class="logo" viewBox="0 0 200 36"><path d="M185.6 18.2c0-1.4"/></svg></a><nav><a href="https://www.eventbrite.be/d/online/events/">Find events</a><a href="https://www.eventbrite.be/organizer/overview/">Create events</a><a href="https://www.eventbrite.be/signin/">Log in</a></nav></header>
<main class="event-listing">
<div class="event-hero"><picture><img src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F712344%2Forig.jpg" alt="EUCT Aerospace Defence 17.04"></picture></div>
<div class="event-details__main">
<div class="event-details__main-inner">
<div class="condensed-date-and-location" data-testid="condensed-date">Wednesday, April 17</div>
<h1 class="event-title css-0">EU Clusters Talk: Autonomy, innovation and security – EU strategies for Aerospace and Defence</h1>
<div class="summary"><p>A Talk on the Defence Industrial Strategy and what it means for aerospace and defence clusters.</p></div>
<section class="event-details__section" aria-labelledby="date-and-time-heading"><h2 id="date-and-time-heading">Date and time</h2><div class="date-info"><span class="date-info__full-datetime">Wednesday, April 17 · 8:30 - 9:45am CEST</span></div></section>
<section class="event-details__section"><h2>Location</h2><p class="location-info__address-text">Online event</p></section>
<section class="event-details__section"><h2>Refund Policy</h2><p>No Refunds</p></section>
<section class="event-details__section" aria-labelledby="about-this-event"><h2 id="about-this-event">About this event</h2>
<div class="eds-text--left event-description" data-testid="structured-content-rich-text">
<p>The European Defence Industrial Strategy sets out how the EU wants to strengthen its defence technological and industrial base. Clusters in the aerospace and defence ecosystem connect prime contractors with thousands of SMEs. This EU Clusters Talk discusses what the strategy means for them, and presents the two Euroclusters of the ecosystem.</p>
<p><strong>Keynote:</strong> Dr. Pierre Lefèvre, Head of Unit – Defence Industry, DG DEFIS, European Commission</p>
<p><strong>Panel:</strong></p>
<ul>
<li>Giulia Marino, Project Manager, Distretto Ligure delle Tecnologie Marine (DLTM), LEVIATAD Eurocluster</li>
<li>Stefan Hofmann, Managing Director, BavAIRia e.V., METASTARS Eurocluster</li>
<li>Elena Popescu, Cluster Manager, Romanian Aerospace Cluster</li>
</ul>
<p>Moderated by Valentino Izzo, EISMEA, European Commission</p>
<p>Objectives of the session:</p>
<ul>
<li>Understand the new defence industrial programmes</li>
<li>Learn how SMEs can enter defence supply chains</li>
<li>Meet the Euroclusters of the ecosystem</li>
</ul>
</div></section>
<section class="event-details__section"><h2>Tags</h2><ul class="tags"><li><a href="https://www.eventbrite.be/d/online/aerospace/">#aerospace</a></li><li><a href="https://www.eventbrite.be/d/online/defence/">#defence</a></li><li><a href="https://www.eventbrite.be/d/online/clusters/">#clusters</a></li></ul></section>
<section class="event-details__section organizer-info"><h2>Organised by</h2><div class="descriptive-organizer-info"><a href="https://www.eventbrite.be/o/european-cluster-collaboration-platform-33871940561">European Cluster Collaboration Platform</a><p>1.2k followers</p><button>Follow</button></div></section>
</div></div>
<aside class="conversion-bar"><div class="conversion-bar__panel-info">Free</div><div class="conversion-bar__sales-end">Sales end on 17/04/2024</div><button class="eds-btn eds-btn--fill">Get tickets</button></aside>
<section class="more-events"><h2>More events from this organiser</h2><ul>
<li><a href="https://www.eventbrite.be/e/eu-clusters-talk-space-data-tickets-861230041177">EU Clusters Talk: Space data for cluster members</a><p>Wed, May 15, 8:30 AM</p></li>
<li><a href="https://www.eventbrite.be/e/eu-clusters-talk-health-tickets-871200411723">EU Clusters Talk: Health ecosystem</a><p>Wed, Jun 12, 8:30 AM</p></li>
</ul></section>
</main>
<footer class="global-footer"><p>© 2024 Eventbrite</p><ul><li><a href="https://www.eventbrite.be/help/">Help centre</a></li><li><a href="https://www.eventbrite.be/l/legalterms/">Terms</a></li><li><a href="https://www.eventbrite.be/support/articles/en_US/How_To/eventbrite-privacy-policy">Privacy</a></li></ul></footer>
</div></div>
<script>window.__SERVER_DATA__ = {"event":{"id":"845612378901","start":{"timezone":"Europe/Brussels","local":"2024-04-17T08:30:00","utc":"2024-04-17T06:30:00Z"}}};</script>
</body>
</html>
"""
page(
    "ho-007",
    URL,
    "T4",
    eb,
    title=H,
    page_title=H,
    series="EU Clusters Talks",
    start="2024-04-17T08:30:00+02:00",
    end="2024-04-17T09:45:00+02:00",
    tz_label="CEST",
    speakers=[
        sp("Pierre Lefèvre", "Head of Unit – Defence Industry", "DG DEFIS, European Commission"),
        sp("Giulia Marino", "Project Manager", "Distretto Ligure delle Tecnologie Marine (DLTM)", "LEVIATAD"),
        sp("Stefan Hofmann", "Managing Director", "BavAIRia e.V.", "METASTARS"),
        sp("Elena Popescu", "Cluster Manager", "Romanian Aerospace Cluster"),
        sp("Valentino Izzo", None, "EISMEA, European Commission"),
    ],
    euroclusters=["LEVIATAD", "METASTARS"],
    notes="Eventbrite-like page: 'Wednesday, April 17 · 8:30 - 9:45am CEST' (no year, 12-hour with a single am) and JSON-LD startDate/endDate in UTC 'Z' (06:30Z = 08:30 Brussels); ticket sales and 'More events' dates; 'Keynote:' with honorific, 'Panel:' list with Eurocluster in lines, 'Moderated by' (moderator counts as a speaker; no role); an objectives list right after the speakers is not speakers.",
)

# --- ho-008: Joomla article, '23 & 24 October 2023', hits counter, partner list, 'Welcome by' with 'Mag.'
URL = "https://www.clusterland.at/index.php/en/news-events/184-clusters-meet-regions-upper-austria"
H = "Clusters meet Regions in Upper Austria"
joomla = """<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
	<meta charset="utf-8">
	<meta name="author" content="Redaktion">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>Clusters meet Regions in Upper Austria - Clusterland Upper Austria</title>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?5c4a1b" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"","base":""}}</script>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-layout no-task itemid-184">
	<header class="header container-header full-width">
		<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/clusterland-logo.svg" alt="Clusterland Upper Austria" width="220" height="60"></a></div></div>
		<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101"><a href="/index.php/en/">Home</a></li><li class="nav-item item-120"><a href="/index.php/en/clusters">Clusters</a></li><li class="nav-item item-184 current active"><a href="/index.php/en/news-events" aria-current="location">News &amp; Events</a></li><li class="nav-item item-190"><a href="/index.php/en/contact">Contact</a></li></ul></div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/en/">Home</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/en/news-events">News &amp; Events</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Clusters meet Regions in Upper Austria</span></li></ol></nav>
			<main>
			<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
				<meta itemprop="inLanguage" content="en-GB">
				<div class="page-header"><h2 itemprop="headline">Clusters meet Regions in Upper Austria</h2></div>
				<dl class="article-info text-muted">
					<dt class="article-info-term">Details</dt>
					<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Redaktion</span></dd>
					<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/index.php/en/news-events" itemprop="genre">News &amp; Events</a></dd>
					<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2023-08-30T10:12:44+02:00" itemprop="datePublished">Published: 30 August 2023</time></dd>
					<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:312">Hits: 312</dd>
				</dl>
				<div itemprop="articleBody" class="com-content-article__body">
					<p>On 23 &amp; 24 October 2023, Linz hosts the next Clusters meet Regions event of the European Cluster Collaboration Platform. Regional policy makers and cluster managers from all over Europe will discuss how clusters support smart production and the circular economy in manufacturing regions.</p>
					<p>Welcome by Mag. Elisabeth Gruber, Head of the Department of Economic Affairs, Province of Upper Austria.</p>
					<p>The first day is dedicated to policy sessions and peer-learning workshops; on the afternoon of 24 October participants visit the Smart Factory Lab and two member companies of the Mechatronics Cluster.</p>
					<p>The event is organised together with:</p>
					<ul>
						<li>Business Upper Austria</li>
						<li>Province of Upper Austria</li>
						<li>Clusterland Upper Austria</li>
						<li>European Cluster Collaboration Platform</li>
					</ul>
					<p>Registration is open until 9 October 2023. Participation is free of charge; travel costs are not reimbursed.</p>
				</div>
				<ul class="tags list-inline"><li class="list-inline-item tag-12 tag-list0"><a href="/index.php/en/component/tags/tag/eccp" class="btn btn-sm btn-info">ECCP</a></li></ul>
				<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/en/news-events/183-automotive-day-2023" rel="prev">Prev: Automotive Day 2023 (12 October)</a><a class="btn btn-sm btn-secondary next" href="/index.php/en/news-events/185-cleantech-mission-to-japan" rel="next">Next: Cleantech mission to Japan</a></span></nav>
			</div>
			</main>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card"><h3 class="card-header">Upcoming events</h3><div class="card-body"><ul class="mod-articles-category">
				<li><a href="/index.php/en/news-events/183-automotive-day-2023">Automotive Day 2023</a> <span class="mod-articles-category-date">12.10.2023</span></li>
				<li><a href="/index.php/en/news-events/186-plastics-innovation-forum">Plastics Innovation Forum</a> <span class="mod-articles-category-date">16.11.2023</span></li>
			</ul></div></div>
		</div>
	</div>
	<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>Clusterland Upper Austria · Hafenstraße 47-51 · 4020 Linz</p><p>Copyright © 2024 Business Upper Austria</p></div></div></footer>
	<div id="cookieBanner" class="cookie-banner"><p>This site uses cookies.</p><button>OK</button></div>
</body>
</html>
"""
page(
    "ho-008",
    URL,
    "T5",
    joomla,
    title=H,
    page_title=H,
    series="Clusters meet Regions",
    start="2023-10-23",
    end="2023-10-24",
    speakers=[sp("Elisabeth Gruber", "Head of the Department of Economic Affairs", "Province of Upper Austria")],
    notes="Joomla 4 (Cassiopeia): article heading is an <h2 itemprop=headline>; 'Published: 30 August 2023' and 'Hits: 312' are not event data; day range '23 &amp; 24 October 2023' with an entity; 'Welcome by Mag. …' is a speaker (honorific Mag. stripped); partner-organisation <ul> is not speakers; registration deadline, the site visit day and prev/next and sidebar dates are not the event's.",
)

# --- ho-009: TYPO3 news, dotted times '8.30 – 9.45 CET' in September, <h4> name + <p> role blocks, h4/p non-speakers
URL = "https://www.cluster-excellence.dk/en/news/detail/eu-clusters-talk-on-industrial-symbiosis"
H = "EU Clusters Talk on industrial symbiosis"
typo3 = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2023 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<title>Cluster Excellence Denmark: EU Clusters Talk on industrial symbiosis</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-7a1d3e0f9b3c1a7b4e55e1d3f1c2a9b8.css?1692863512" media="all">
</head>
<body id="p57" class="page-57 pagelevel-3 language-0 backendlayout-subpage layout-default">
<div class="body-bg">
<header class="navbar navbar-mainnavigation"><div class="container"><a class="navbar-brand navbar-brand-image" href="/en/"><img class="navbar-brand-logo-normal" src="/fileadmin/templates/img/cluster-excellence-denmark.svg" alt="Cluster Excellence Denmark logo" height="52" width="180"></a>
<nav id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a href="/en/about/" class="nav-link">About</a></li><li class="nav-item"><a href="/en/clusters/" class="nav-link">Danish clusters</a></li><li class="nav-item active"><a href="/en/news/" class="nav-link">News</a></li><li class="nav-item"><a href="/en/events/" class="nav-link">Events</a></li></ul></nav></div></header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/en/">Home</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/en/news/">News</a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">EU Clusters Talk on industrial symbiosis</span></li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section"><!--TYPO3SEARCH_begin--><div class="section section-default"><div class="container">
<div id="c1288" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
	<div class="header"><h1 itemprop="headline">EU Clusters Talk on industrial symbiosis</h1></div>
	<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2023-08-24">24.08.2023</time></span> <span class="news-list-category">Category: Events</span> <span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">by <span itemprop="name">Maja Lund</span></span></p></div>
	<div class="lead" itemprop="description"><p>EU Clusters Talk: “Industrial symbiosis: clusters closing the loop” – 13 September 2023, 8.30 – 9.45 CET</p></div>
	<div class="news-text-wrap" itemprop="articleBody">
		<p>When one company's waste heat, water or by-products become another company's resource, whole industrial parks cut costs and emissions. Cluster organisations are often the neutral party that brings the companies to the table.</p>
		<p>The European Cluster Collaboration Platform dedicates its next Talk to industrial symbiosis, with examples from Denmark, Poland and Italy.</p>
		<h3>Meet the speakers</h3>
		<h4>Dr. Mette Sørensen</h4>
		<p>Chief Consultant, Kalundborg Symbiosis</p>
		<h4>Paolo Ricci</h4>
		<p>Policy Officer, DG ENV, European Commission</p>
		<h4>Agnieszka Malinowska</h4>
		<p>Project Manager, Polish Circular Hotspot</p>
		<h4>Target audience</h4>
		<p>Cluster managers, SMEs, industrial park operators and regional authorities</p>
		<h4>Registration</h4>
		<p>Register on the ECCP website by 12 September 2023, 12:00.</p>
	</div>
	<div class="news-related-wrap"><div class="news-related news-related-links"><h4>Related links</h4><ul><li><a href="https://clustercollaboration.eu/events/organised-by-eccp/clusters-talks" title="EU Clusters Talks">EU Clusters Talks on the ECCP</a></li></ul></div></div>
	<div class="news-backlink-wrap"><a href="/en/news/">Back</a></div>
</div></div>
</div>
</div></div><!--TYPO3SEARCH_end--></div>
<aside class="section section-light"><div class="container"><div class="frame frame-default frame-type-news_pi1"><header><h2>Latest news</h2></header><div class="news-list-view">
	<div class="article articletype-0"><span class="news-list-date"><time datetime="2023-08-17">17.08.2023</time></span><h3><a title="Danish clusters at the European Cluster Conference" href="/en/news/detail/danish-clusters-at-ecc">Danish clusters at the European Cluster Conference</a></h3></div>
	<div class="article articletype-0"><span class="news-list-date"><time datetime="2023-06-30">30.06.2023</time></span><h3><a title="New cluster strategy 2024-2027" href="/en/news/detail/new-cluster-strategy">New cluster strategy 2024-2027</a></h3></div>
</div></div></div></aside>
<footer class="section footer-section"><div class="container"><p>Cluster Excellence Denmark · Fruebjergvej 3 · 2100 Copenhagen</p><p>&copy; 2023 Cluster Excellence Denmark</p></div></footer>
</div>
</body>
</html>
"""
page(
    "ho-009",
    URL,
    "T5",
    typo3,
    title="Industrial symbiosis: clusters closing the loop",
    page_title=H,
    series="EU Clusters Talks",
    start="2023-09-13T08:30:00+02:00",
    end="2023-09-13T09:45:00+02:00",
    tz_label="CET",
    speakers=[
        sp("Mette Sørensen", "Chief Consultant", "Kalundborg Symbiosis"),
        sp("Paolo Ricci", "Policy Officer", "DG ENV, European Commission"),
        sp("Agnieszka Malinowska", "Project Manager", "Polish Circular Hotspot"),
    ],
    notes="TYPO3 news extension: publication date 24.08.2023 in news-list-date; date and dotted times '8.30 – 9.45 CET' in the lead (September: +02:00); speakers as <h4> name + <p> 'Role, Organisation' blocks (honorific in the <h4>), followed by <h4>Target audience</h4> and <h4>Registration</h4> blocks of the same shape that are not speakers; registration deadline with a time.",
)

# --- ho-010: Wix div soup, C2Lab '14-15 March 2024', speaker cards h3 + p + p next to programme cards
URL = "https://www.clusterhub-andalucia.com/c2lab-seville-2024"
H = "C2Lab Seville 2024"
wix = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="generator" content="Wix.com Website Builder"/>
  <title>C2Lab Seville 2024 | ClusterHub Andalucía</title>
  <meta name="description" content="Cluster Collaboration Lab in Seville, 14-15 March 2024">
  <meta property="og:title" content="C2Lab Seville 2024 | ClusterHub Andalucía"/>
  <script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","clickHandlerRegistrar"],"site":{"metaSiteId":"1c4e9f52-7b0a-4c33-9f40-e1d2a8b6c7d0","isPremium":true},"requestUrl":"https://www.clusterhub-andalucia.com/c2lab-seville-2024"}</script>
  <style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">.wixui-rich-text__text{font:inherit}.font_0{font-size:46px}.font_8{font-size:16px}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-testid="inline-content" class=""><div data-testid="mesh-container-content">
  <div id="comp-lkq1" class="MW5IWV" data-testid="linkElement"><a href="https://www.clusterhub-andalucia.com" data-testid="linkElement"><img src="https://static.wixstatic.com/media/9a1b2c_logo~mv2.png" alt="ClusterHub Andalucía logo"/></a></div>
  <nav id="comp-lkq2" aria-label="Site" class="wixui-dropdown-menu"><ul><li><a href="https://www.clusterhub-andalucia.com" class="wixui-dropdown-menu__item"><p class="StylableButton2545352419__label">Home</p></a></li><li><a href="https://www.clusterhub-andalucia.com/projects" class="wixui-dropdown-menu__item"><p class="StylableButton2545352419__label">Projects</p></a></li><li><a href="https://www.clusterhub-andalucia.com/c2lab-seville-2024" class="wixui-dropdown-menu__item" aria-current="page"><p class="StylableButton2545352419__label">C2Lab 2024</p></a></li><li><a href="https://www.clusterhub-andalucia.com/contact" class="wixui-dropdown-menu__item"><p class="StylableButton2545352419__label">Contact</p></a></li></ul></nav>
</div></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content"><div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lr0a1" tabindex="-1" class="Oqnisf comp-lr0a1 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lr0a2" class="comp-lr0a2 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content"><div data-testid="mesh-container-content">
  <div id="comp-lr0a3" class="KcpHeO tz5MBS comp-lr0a3 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"><span style="color:#0B2545;" class="wixui-rich-text__text">C2Lab Seville 2024</span></h1></div>
  <div id="comp-lr0a4" class="KcpHeO tz5MBS comp-lr0a4 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">Cluster Collaboration Lab (C2Lab) &ndash; Seville, Spain</span></p><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">14-15 March 2024</span></span></p></div>
  <div id="comp-lr0a5" class="KcpHeO tz5MBS comp-lr0a5 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">The European Cluster Collaboration Platform brings its Cluster Collaboration Lab to Seville. For two days, cluster managers from aerospace, agri-food and renewable energy work in small groups on joint project ideas for the Single Market Programme and Horizon Europe, coached by experienced facilitators.</span></p><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Applications closed on 16 February 2024. Selected participants receive a confirmation e-mail by 23 February.</span></p></div>
</div></div></div></div></section>
<section id="comp-lr0b1" class="Oqnisf comp-lr0b1 wixui-section"><div id="comp-lr0b2" class="comp-lr0b2 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">Speakers</h2></div>
<div data-testid="columns" class="V5AUxf">
  <div id="comp-lr0c1" class="wixui-column-strip__column"><div data-testid="richTextElement" class="wixui-rich-text"><h3 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">Carmen Ortega</span></h3><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Managing Director</span></p><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Andalusian Aerospace Cluster</span></p></div></div>
  <div id="comp-lr0c2" class="wixui-column-strip__column"><div data-testid="richTextElement" class="wixui-rich-text"><h3 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">Ing. Tomáš Dvořák</span></h3><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Innovation Manager</span></p><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Czech Cluster Association</span></p></div></div>
  <div id="comp-lr0c3" class="wixui-column-strip__column"><div data-testid="richTextElement" class="wixui-rich-text"><h3 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">Sara Lindholm</span></h3><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Cluster Expert</span></p><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">European Cluster Collaboration Platform</span></p></div></div>
</div></section>
<section id="comp-lr0d1" class="Oqnisf comp-lr0d1 wixui-section"><div id="comp-lr0d2" class="wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">Programme highlights</h2></div>
<div data-testid="columns" class="V5AUxf">
  <div class="wixui-column-strip__column"><div data-testid="richTextElement" class="wixui-rich-text"><h3 class="font_4 wixui-rich-text__text">Project labs</h3><p class="font_8 wixui-rich-text__text">Small groups</p><p class="font_8 wixui-rich-text__text">Joint project ideas</p></div></div>
  <div class="wixui-column-strip__column"><div data-testid="richTextElement" class="wixui-rich-text"><h3 class="font_4 wixui-rich-text__text">Site visit</h3><p class="font_8 wixui-rich-text__text">Airbus San Pablo</p><p class="font_8 wixui-rich-text__text">Afternoon of day 2</p></div></div>
  <div class="wixui-column-strip__column"><div data-testid="richTextElement" class="wixui-rich-text"><h3 class="font_4 wixui-rich-text__text">Pitch session</h3><p class="font_8 wixui-rich-text__text">Final results</p><p class="font_8 wixui-rich-text__text">Feedback from the jury</p></div></div>
</div></section>
</div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div data-testid="richTextElement" class="wixui-rich-text"><p class="font_9 wixui-rich-text__text">© 2024 by ClusterHub Andalucía. Proudly created with <a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank">Wix.com</a></p></div></footer>
</div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4f1b2c.bundle.min.js" async></script>
</body>
</html>
"""
page(
    "ho-010",
    URL,
    "T5",
    wix,
    title=H,
    page_title=H,
    series="C2Lab",
    start="2024-03-14",
    end="2024-03-15",
    speakers=[
        sp("Carmen Ortega", "Managing Director", "Andalusian Aerospace Cluster"),
        sp("Tomáš Dvořák", "Innovation Manager", "Czech Cluster Association"),
        sp("Sara Lindholm", "Cluster Expert", "European Cluster Collaboration Platform"),
    ],
    notes="Wix div soup (data-testid, spans in spans): date '14-15 March 2024' alone in its own span; application deadlines; speaker cards (name in <h3>, role and organisation in two <p>s, honorific 'Ing.') followed by programme cards of the same shape that are not speakers.",
)

# --- ho-011: Squarespace-like event item, <time> elements with 12-hour clock, ECCP matchmaking
URL = "https://www.hannover-cluster-network.com/events/eu-cluster-matchmaking-hannover-messe-2023"
H = "EU Cluster Matchmaking at Hannover Messe"
sqs = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- hannover-cluster-network -->
<base href="">
<meta charset="utf-8" />
<title>EU Cluster Matchmaking at Hannover Messe &mdash; Hannover Cluster Network</title>
<meta property="og:site_name" content="Hannover Cluster Network"/>
<meta property="og:title" content="EU Cluster Matchmaking at Hannover Messe &mdash; Hannover Cluster Network"/>
<meta property="og:type" content="website"/>
<script type="text/javascript" crossorigin="anonymous" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","rollups":{},"templateVersion":"7.1","website":{"id":"5f3a2b1c9d8e7f6a5b4c3d2e","identifier":"hannover-cluster-network","timeZone":"Europe/Berlin"}};</script>
</head>
<body id="item-63e1f0a7c3d2b1a0f9e8d7c6" class="primary-button-style-solid tweak-global-animations-animation-type-flex view-item collection-type-events">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-announcement-bar-wrapper"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/" class="">Hannover Cluster Network</a></div></div>
<div class="header-nav"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/events" aria-current="page">Events</a></div><div class="header-nav-item header-nav-item--collection"><a href="/members">Members</a></div></nav></div></div></div></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="63e1f0a7c3d2b1a0f9e8d7c7">
<section class="page-section content-collection full-bleed-section collection-type-events">
<div class="content-wrapper"><div class="content"><div class="eventitem-pagination"><a href="/events/cluster-night-2023" class="eventitem-pagination-item eventitem-pagination--prev"><span class="eventitem-pagination-label">Cluster Night 2023</span></a></div>
<article class="eventitem" id="article-63e1f0a7c3d2b1a0f9e8d7c8" data-item-id="63e1f0a7c3d2b1a0f9e8d7c8">
  <div class="eventitem-column-meta">
    <h1 class="eventitem-title" data-content-field="title">EU Cluster Matchmaking at Hannover Messe</h1>
    <ul class="eventitem-meta event-meta event-meta-date-time-container">
      <li class="eventitem-meta-item eventitem-meta-date event-meta-item"><time class="event-date" datetime="2023-04-18">Tuesday, April 18, 2023</time></li>
      <li class="eventitem-meta-item eventitem-meta-time event-meta-item"><span class="event-time-12hr"><time class="event-time-12hr-start" datetime="2023-04-18">9:00 AM</time><span class="event-datetime-divider"></span><time class="event-time-12hr-end" datetime="2023-04-18">5:00 PM</time></span><span class="event-time-24hr"><time class="event-time-24hr-start" datetime="2023-04-18">09:00</time><span class="event-datetime-divider"></span><time class="event-time-24hr-end" datetime="2023-04-18">17:00</time></span></li>
    </ul>
    <ul class="eventitem-meta event-meta event-meta-address-container"><li class="eventitem-meta-item eventitem-meta-address event-meta-item"><span class="eventitem-meta-address-line eventitem-meta-address-line--title">Hannover Exhibition Grounds, Hall 2</span><span class="eventitem-meta-address-line">Messegelände</span><span class="eventitem-meta-address-line">Hannover, 30521</span><a href="http://maps.google.com?q=Messegel%C3%A4nde+Hannover" class="eventitem-meta-address-maplink" target="_blank">(map)</a></li></ul>
    <ul class="eventitem-meta event-meta event-meta-export-container"><li class="eventitem-meta-item eventitem-meta-export event-meta-item"><a href="http://www.google.com/calendar/event?action=TEMPLATE&amp;text=EU%20Cluster%20Matchmaking%20at%20Hannover%20Messe&amp;dates=20230418T070000Z/20230418T150000Z" class="eventitem-meta-export-item">Google Calendar</a><span class="eventitem-meta-export-divider"></span><a href="/events/eu-cluster-matchmaking-hannover-messe-2023?format=ical" class="eventitem-meta-export-item">ICS</a></li></ul>
  </div>
  <div class="eventitem-column-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="">During Hannover Messe, the European Cluster Collaboration Platform organises an ECCP matchmaking event for cluster organisations and their member companies. Pre-arranged meetings of 25 minutes take place at the EU Clusters lounge in Hall 2.</p>
<p class="">Book your meetings on the matchmaking platform before <strong>April 7, 2023</strong>. Participation is free, but a valid Hannover Messe ticket is required.</p>
<p class=""><a href="https://eu-cluster-matchmaking-hannover-2023.b2match.io/">Register on b2match</a></p>
</div></div></div></div></div></div></div>
</article>
<div class="eventitem-pagination"><a href="/events/hydrogen-day-2023" class="eventitem-pagination-item eventitem-pagination--next"><span class="eventitem-pagination-label">Hydrogen Day, 25 May 2023</span></a></div>
</div></div></section></article>
</main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><p class="">Hannover Cluster Network e.V. · © 2023</p></div></section></footer>
</div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script>
</body>
</html>
"""
page(
    "ho-011",
    URL,
    "T5",
    sqs,
    title=H,
    page_title=H,
    series="ECCP matchmaking",
    start="2023-04-18T09:00:00+02:00",
    end="2023-04-18T17:00:00+02:00",
    tz_label=None,
    notes="Squarespace event item: <time datetime> with the date only; 12-hour '9:00 AM'–'5:00 PM' and hidden 24-hour copies; no zone label (tz_label null, Brussels offset +02:00); meeting-booking deadline 'April 7, 2023'; Google Calendar and '?format=ical' exports are not assets; previous/next events carry other dates.",
)

# --- ho-012: hand-written static HTML, 2021, 'Name – Role – Organisation – Download presentation' lines
URL = "https://www.healthcluster.pt/en/events/eu-clusters-talks-2021-12-09.html"
H = "EU Clusters Talks – Health ecosystem: Clusters after the pandemic"
static = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Health Cluster Portugal - Events</title>
<link rel="stylesheet" type="text/css" href="../../css/style.css">
</head>
<body bgcolor="#ffffff">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><a href="../../index.html"><img src="../../img/hcp-logo.gif" alt="Health Cluster Portugal" border="0" width="300" height="80"></a></td></tr>
<tr><td colspan="2" class="menu"><a href="../../index.html">Home</a> | <a href="../about.html">About</a> | <a href="../members.html">Members</a> | <a href="index.html">Events</a> | <a href="../contact.html">Contact</a></td></tr>
<tr>
<td width="200" valign="top" class="left">
<p><b>Events 2021</b></p>
<p><a href="summit-2021.html">Health Summit 2021</a><br>18/11/2021</p>
<p><a href="eu-clusters-talks-2021-12-09.html">EU Clusters Talks</a><br>09/12/2021</p>
<p><b>Events 2022</b></p>
<p><a href="medtech-day-2022.html">MedTech Day</a><br>24/02/2022</p>
</td>
<td width="760" valign="top" class="content">
<h1>EU Clusters Talks – Health ecosystem: Clusters after the pandemic</h1>
<p><b>Thursday 9 December 2021, 10:00-11:30 CET</b><br>Online (Webex)</p>
<p>The European Cluster Collaboration Platform invited health clusters to look back at two years of pandemic: how they helped their members switch production to protective equipment and tests, and which cooperation should stay. Health Cluster Portugal presented its experience with the national network of suppliers.</p>
<p><b>Speakers</b></p>
<p>Carlos Mendes – President – Health Cluster Portugal – <a href="../../docs/2021/EUCT_20211209_HCP_Mendes.pdf">Download presentation</a></p>
<p>Dr. Ingrid Svensson – Senior Policy Officer – DG SANTE, European Commission – <a href="../../docs/2021/EUCT_20211209_SANTE_Svensson.pptx">Download presentation</a></p>
<p>Martin Keller – Cluster Manager – BioRegio STERN Management GmbH – <a href="../../docs/2021/EUCT_20211209_BioRegio_Keller.pdf">Download presentation</a></p>
<p><b>Documents</b></p>
<p><a href="../../docs/2021/EUCT_20211209_report.pdf">Event report (PDF, 1.2 MB)</a> &nbsp; <a href="https://www.youtube.com/watch?v=Hc8PzQ2x1Lw">Recording on YouTube</a></p>
</td>
</tr>
<tr><td colspan="2" class="footer"><font size="1">Health Cluster Portugal &middot; Rua de Ceuta 118 &middot; Porto &middot; &copy; 2021 &middot; Last updated: 10/12/2021</font></td></tr>
</table>
</body>
</html>
"""
D = "https://www.healthcluster.pt/docs/2021/"
page(
    "ho-012",
    URL,
    "T5",
    static,
    title=H,
    page_title=H,
    series="EU Clusters Talks",
    start="2021-12-09T10:00:00+01:00",
    end="2021-12-09T11:30:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Carlos Mendes", "President", "Health Cluster Portugal"),
        sp("Ingrid Svensson", "Senior Policy Officer", "DG SANTE, European Commission"),
        sp("Martin Keller", "Cluster Manager", "BioRegio STERN Management GmbH"),
    ],
    assets=[
        asset("Download presentation", D + "EUCT_20211209_HCP_Mendes.pdf"),
        asset("Download presentation", D + "EUCT_20211209_SANTE_Svensson.pptx"),
        asset("Download presentation", D + "EUCT_20211209_BioRegio_Keller.pdf"),
        asset("Event report (PDF, 1.2 MB)", D + "EUCT_20211209_report.pdf"),
    ],
    notes="Hand-written HTML 4 table layout, <title> is a generic site title; 'Thursday 9 December 2021, 10:00-11:30 CET' (unspaced hyphen); speaker lines 'Name – Role – Organisation – Download presentation' with the link to each slide deck (.pdf/.pptx, relative ../../ URLs) as assets; left column lists other events with DD/MM/YYYY dates; YouTube recording is not an asset; 'Last updated' footer date.",
)

# --- ho-013: AMP page, zero-padded times glued to the zone '08:30 to 09:45CET', '•' lines in one paragraph
URL = "https://www.techcluster-news.eu/amp/eu-clusters-talk-cybersecurity-smes/"
H = "EU Clusters Talk: Cybersecurity for SMEs in clusters"
amp = """<!doctype html>
<html amp lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>EU Clusters Talk: Cybersecurity for SMEs in clusters – TechCluster News</title>
<link rel="canonical" href="https://www.techcluster-news.eu/eu-clusters-talk-cybersecurity-smes/">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.techcluster-news.eu/eu-clusters-talk-cybersecurity-smes/","headline":"EU Clusters Talk: Cybersecurity for SMEs in clusters","datePublished":"2024-01-10T09:00:00+01:00","dateModified":"2024-01-10T09:00:00+01:00","author":{"@type":"Person","name":"Editorial team"},"image":{"@type":"ImageObject","url":"https://www.techcluster-news.eu/wp-content/uploads/2024/01/cyber-talk.jpg","width":1200,"height":675}}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>.amp-wp-header{background:#123;color:#fff;padding:12px}.amp-wp-article{max-width:840px;margin:0 auto}.amp-wp-meta{color:#666;font-size:.85em}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="https://www.techcluster-news.eu/amp/">TechCluster News</a></div></header>
<article class="amp-wp-article">
	<header class="amp-wp-article-header">
		<h1 class="amp-wp-title">EU Clusters Talk: Cybersecurity for SMEs in clusters</h1>
		<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">Editorial team</span></div>
		<div class="amp-wp-meta amp-wp-posted-on"><time datetime="2024-01-10T08:00:00+00:00">January 10, 2024</time></div>
	</header>
	<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="675" src="https://www.techcluster-news.eu/wp-content/uploads/2024/01/cyber-talk.jpg" class="attachment-large size-large" alt="Cyber talk 24 January" layout="responsive"></amp-img></figure>
	<div class="amp-wp-article-content">
		<p>The next EU Clusters Talk, “Cybersecurity: how clusters support SMEs”, takes place on 24 January 2024 from 08:30 to 09:45CET.</p>
		<p>The Cyber Resilience Act and the NIS2 Directive bring new obligations for many small companies. Clusters can translate them into practical steps, pool security services and train staff.</p>
		<p>Speakers:<br>
		• Nikos Papadakis, Cybersecurity Lead, Corallia Clusters Initiative;<br>
		• Eva Horváthová, Head of Unit, National Security Authority of Slovakia;<br>
		• Thomas Berger, Policy Officer – Cybersecurity Industry and Policy, DG CNECT, European Commission;<br>
		• More speakers to be confirmed.</p>
		<p><a href="https://clustercollaboration.eu/content/eu-clusters-talks-cybersecurity">Registration on the ECCP website</a></p>
	</div>
	<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="https://www.techcluster-news.eu/category/events/" rel="category tag">Events</a></div>
	<amp-social-share type="linkedin" width="40" height="40" data-param-url="https://www.techcluster-news.eu/eu-clusters-talk-cybersecurity-smes/"></amp-social-share></footer>
</article>
<section class="amp-related-posts"><h2>Read more</h2><ul><li><a href="https://www.techcluster-news.eu/amp/cyber-week-2023-recap/">Cyber Week 2023 recap (6–10 November 2023)</a></li><li><a href="https://www.techcluster-news.eu/amp/nis2-webinar-20-february/">NIS2 webinar on 20 February 2024, 14:00 CET</a></li></ul></section>
<footer class="amp-wp-footer"><div><p>&copy; 2024 TechCluster News</p><a href="#top" class="back-to-top">Back to top</a></div></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-TCN2024","config":{"G-TCN2024":{"groups":"default"}}}}</script></amp-analytics>
</body>
</html>
"""
page(
    "ho-013",
    URL,
    "T5",
    amp,
    title="Cybersecurity: how clusters support SMEs",
    page_title=H,
    series="EU Clusters Talks",
    start="2024-01-24T08:30:00+01:00",
    end="2024-01-24T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Nikos Papadakis", "Cybersecurity Lead", "Corallia Clusters Initiative"),
        sp("Eva Horváthová", "Head of Unit", "National Security Authority of Slovakia"),
        sp("Thomas Berger", "Policy Officer – Cybersecurity Industry and Policy", "DG CNECT, European Commission"),
    ],
    notes="AMP page (<html amp>, amp-img, amp-analytics, NewsArticle JSON-LD with datePublished): 'from 08:30 to 09:45CET' zero-padded and glued to the zone; '•' speaker lines in one <br> paragraph with ';' endings; 'More speakers to be confirmed' placeholder; related posts carry another event's date and time.",
)

# --- ho-014: ECCP event whose body sits in a paragraphs field, Drupal date field with <time> in UTC, Welcome / Moderator
URL = "https://clustercollaboration.eu/event-calendar/eu-clusters-talks-social-economy-clusters-and-local-green-deals"
H = "EU Clusters Talks: Social economy clusters and local green deals"
para = """<p>EU Clusters Talk “Social economy clusters and local green deals” on 21 February 2024, 8:30 – 9:45 CET.</p>
<p>Social economy enterprises – cooperatives, mutuals, associations and social enterprises – take part in local green deals together with cities and companies. Social economy clusters help them find partners and funding.</p>
<p><strong>Programme</strong></p>
<p>Welcome by Ulrike Hofmann, Deputy Head of Unit G.3 – Proximity, Social Economy, Creative Industries, DG GROW, European Commission</p>
<p>Speakers:</p>
<ul>
<li>Chiara Lombardi, Project Manager, Torino Social Impact, SocialTech4EU Eurocluster</li>
<li>Jonas Petersen, Director, Social Economy Cluster Aarhus</li>
<li>Marta Gómez, Researcher, Mondragon University</li>
</ul>
<p>Moderator: Pavel Černý, ECCP</p>"""
paragraphs_tpl = "themes/custom/eccp_theme/templates/paragraphs/paragraph--text.html.twig"
content = (
    '<div class="field field--name-field-date field--type-daterange field--label-inline"><div class="field__label">Date</div><div class="field__item">'
    '<time datetime="2024-02-21T07:30:00Z" class="datetime">Wed, 21/02/2024 - 08:30</time> - <time datetime="2024-02-21T08:45:00Z" class="datetime">09:45</time></div></div>\n'
    + twig(
        "field",
        ["field--node--field-paragraphs--event.html.twig", "field--entity-reference-revisions.html.twig"],
        "core/themes/classy/templates/field/field.html.twig",
    )
    + '<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items"><div class="field__item">\n'
    + twig("paragraph", ["paragraph--text--default.html.twig", "paragraph--text.html.twig"], paragraphs_tpl, True)
    + f'<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{para}</div></div>\n'
    + twig_end(paragraphs_tpl, True)
    + "</div></div>\n"
    + twig_end(FIELD_TWIG)
    + drupal_terms("Event Type", ["EU Clusters Talks", "Online event"], "field-event-type")
)
side = teaser_events(
    [
        (
            '<time datetime="2024-03-06T07:30:00Z" class="datetime">Wed, 06/03/2024 - 08:30</time>',
            "/content/eu-clusters-talks-critical-raw-materials",
            "EU Clusters Talks: Critical raw materials",
            "Online",
        ),
        (
            '<time datetime="2024-04-17T06:30:00Z" class="datetime">Wed, 17/04/2024 - 08:30</time>',
            "/content/eu-clusters-talk-autonomy-innovation-and-security-eu-strategies-aerospace-and",
            "EU Clusters Talk: Autonomy, innovation and security",
            "Online",
        ),
    ]
) + teaser_news(
    [("12 February 2024", "/news/social-economy-action-plan-mid-term", "Social Economy Action Plan: mid-term review")]
)
page(
    "ho-014",
    URL,
    "T1",
    drupal_page(url=URL, node_id=55120, node_type="event", heading=H, content=content, sidebar=side),
    title="Social economy clusters and local green deals",
    page_title=H,
    series="EU Clusters Talks",
    start="2024-02-21T08:30:00+01:00",
    end="2024-02-21T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp(
            "Ulrike Hofmann",
            "Deputy Head of Unit G.3 – Proximity, Social Economy, Creative Industries",
            "DG GROW, European Commission",
        ),
        sp("Chiara Lombardi", "Project Manager", "Torino Social Impact", "SocialTech4EU"),
        sp("Jonas Petersen", "Director", "Social Economy Cluster Aarhus"),
        sp("Marta Gómez", "Researcher", "Mondragon University"),
        sp("Pavel Černý", None, "ECCP"),
    ],
    euroclusters=["SocialTech4EU"],
    notes="ECCP node whose text lives in a Paragraphs field (field--name-field-paragraphs > field--name-field-text), no field--name-body; Drupal date field with <time datetime> in UTC (07:30Z = 08:30 CET) agreeing with the prose; 'Welcome by' line whose role contains commas after a dash; 'Moderator: Name, ECCP' (no role); Eurocluster in a line.",
)

# --- ho-015: ECCP event report weeks later, speakers in prose, 'we welcomed experts', next event's dates
URL = "https://clustercollaboration.eu/content/clusters-meet-regions-gdansk-blue-economy-clusters-heart-pomerania"
H = "Clusters meet Regions in Gdańsk: blue economy clusters at the heart of Pomerania"
body = """<p>On 6 and 7 June 2023, the Clusters meet Regions workshop brought more than 120 participants from 17 countries to Gdańsk, Poland, to discuss how clusters can drive a sustainable blue economy.</p>
<p>Anna Kowalska, Deputy Marshal of the Pomorskie Voivodeship, opened the event together with Marek Przeor of DG GROW, European Commission, who presented the latest developments of EU cluster policy.</p>
<figure role="group" class="caption caption-img"><img alt="CmR Gdansk panel.jpg" data-entity-type="file" src="/sites/default/files/inline-images/CmR%20Gdansk%20panel.jpg" width="800" height="450" loading="lazy" /><figcaption>Panel discussion on blue skills</figcaption></figure>
<p>In the first panel we welcomed experts from three regions. Piotr Wójcik, President of the Pomeranian Maritime Cluster, showed how shipyards and offshore wind suppliers share training centres. Ingrid Hansen, Cluster Manager at GCE Ocean Technology, explained the Norwegian approach to ocean data, and Dr. Luca Bellini, Researcher at the University of Genoa, presented the results of the MED BAN Eurocluster.</p>
<p>On the second day, participants visited the Port of Gdańsk and the Gdańsk Science and Technology Park, where start-ups pitched solutions for port logistics.</p>
<p>The next Clusters meet Regions will be held in Lyon on 12 and 13 October 2023.</p>"""
content = (
    drupal_byline("ECCP Team", "28 June 2023", "2023-06-28T14:20:05+00:00")
    + drupal_field("body", body, node_type="article", formatter="field--text-with-summary.html.twig")
    + drupal_terms("Tags", ["Clusters meet Regions", "Blue economy", "Poland"], "field-tags")
)
side = teaser_news(
    [
        ("21 June 2023", "/content/european-year-skills-recap", "European Year of Skills: recap of the June Talk"),
        (
            "05 May 2023",
            "/content/clusters-meet-regions-east-and-north-finland",
            "Clusters meet Regions East and North Finland",
        ),
    ]
)
page(
    "ho-015",
    URL,
    "T1",
    drupal_page(
        url=URL,
        node_id=52877,
        node_type="article",
        heading=H,
        content=content,
        sidebar=side,
        breadcrumb="News",
        banner="2023-06/CmR%20Gdansk%20banner.jpg",
    ),
    title=H,
    page_title=H,
    series="Clusters meet Regions",
    start="2023-06-06",
    end="2023-06-07",
    speakers=[
        sp("Anna Kowalska", "Deputy Marshal", "Pomorskie Voivodeship"),
        sp("Marek Przeor", None, "DG GROW, European Commission"),
        sp("Piotr Wójcik", "President", "Pomeranian Maritime Cluster"),
        sp("Ingrid Hansen", "Cluster Manager", "GCE Ocean Technology"),
        sp("Luca Bellini", "Researcher", "University of Genoa"),
    ],
    euroclusters=["MED BAN"],
    notes="Event report three weeks later (byline 28 June 2023); '6 and 7 June 2023'; speakers only in prose ('X, Role of Org, opened the event', 'X of Org', 'we welcomed experts… X, Role at Org, …'), one with 'Dr.'; image alt 'CmR Gdansk panel.jpg' and its caption; the next edition's dates (12 and 13 October 2023) are not this event's.",
)

# --- ho-016: nca.cz republication, role with commas, '- ' lines, attachments with Created stamps (text and title-only links)
URL = "https://www.nca.cz/news/single-market-resilience-what-clusters-need-to-know-eu-clusters-talk-24-april-2024"
H = "Single Market resilience: what clusters need to know - EU Clusters Talk, 24 April 2024"
content = """<p>The European Cluster Collaboration Platform invites you to the EU Clusters Talk "Single Market resilience: the Internal Market Emergency and Resilience Act" on 24 April 2024, 8:30 – 9:45 CET.</p>
<p>The new act gives the Commission tools to monitor supply chains and to act quickly when a crisis hits the Single Market. What does it mean for clusters and their members, and how can clusters help the Commission spot disruptions early?</p>
<p>Speakers:<br>
- Kateřina Nováková, Team Leader D.2 – Industrial forum, Alliances, Clusters, DG GROW, European Commission;<br>
- Martin Hruška, Executive Director, National Cluster Association, Czech Republic;<br>
- Sabine Meyer, Head of Supply Chain Resilience, Bayern Innovativ;<br>
- Filip Janssens, Policy Advisor, Flanders Innovation &amp; Entrepreneurship (VLAIO).</p>
<p>The Talk is free of charge. Register on the ECCP website.</p>"""
files = nca_files(
    "Attachments",
    [
        (
            "EU Clusters Talk 24 April 2024 - summary",
            "/files/eu-clusters-talk-24-04-2024-summary.pdf",
            "02/05/2024 11:04:37",
            True,
        ),
        ("Presentation - DG GROW", "/files/eu-clusters-talk-24-04-2024-dg-grow.pdf", "02/05/2024 11:04:39", False),
        (
            "Presentation - Bayern Innovativ",
            "/files/eu-clusters-talk-24-04-2024-bayern-innovativ.pptx",
            "29/04/2024 16:20:05",
            False,
        ),
    ],
)
news = [
    (
        "14.02.2024",
        "/news/support-programmes-and-funding-schemes-cluster-policies-in-the-eu-eu-clusters-talk-21-february-2024",
        "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024",
    ),
    (
        "29.04.2024",
        "/news/european-cluster-conference-2024-takes-place-in-brussels/",
        "European Cluster Conference 2024 takes place in Brussels",
    ),
    (
        "05.06.2024",
        "/news/clusters-meet-regions-graz-austria-18-19-june-2024/",
        "Clusters meet Regions - Graz, Austria, 18 - 19 June 2024",
    ),
]
page(
    "ho-016",
    URL,
    "T2",
    nca_page(url=URL, heading=H, stamp="16.04.2024", content=content, files=files, news=news),
    title="Single Market resilience: the Internal Market Emergency and Resilience Act",
    page_title=H,
    series="EU Clusters Talks",
    start="2024-04-24T08:30:00+02:00",
    end="2024-04-24T09:45:00+02:00",
    tz_label="CET",
    speakers=[
        sp(
            "Kateřina Nováková",
            "Team Leader D.2 – Industrial forum, Alliances, Clusters",
            "DG GROW, European Commission",
        ),
        sp("Martin Hruška", "Executive Director", "National Cluster Association"),
        sp("Sabine Meyer", "Head of Supply Chain Resilience", "Bayern Innovativ"),
        sp("Filip Janssens", "Policy Advisor", "Flanders Innovation & Entrepreneurship (VLAIO)"),
    ],
    assets=[
        asset(
            "EU Clusters Talk 24 April 2024 - summary",
            "https://www.nca.cz/files/eu-clusters-talk-24-04-2024-summary.pdf",
            "2024-05-02T11:04:37+02:00",
        ),
        asset(
            "Presentation - DG GROW",
            "https://www.nca.cz/files/eu-clusters-talk-24-04-2024-dg-grow.pdf",
            "2024-05-02T11:04:39+02:00",
        ),
        asset(
            "Presentation - Bayern Innovativ",
            "https://www.nca.cz/files/eu-clusters-talk-24-04-2024-bayern-innovativ.pptx",
            "2024-04-29T16:20:05+02:00",
        ),
    ],
    notes="nca.cz (Modus): 'CET' on an April date after the switch (+02:00); Clock-icon stamp 16.04.2024; '- ' lines in one <br> paragraph; role with commas 'Team Leader D.2 – Industrial forum, Alliances, Clusters'; country suffix ', Czech Republic' after an organisation (expected without it; either reading passes the 0.6 overlap); three attachments, one with link text and two title-only icon links (.pdf, .pptx), Created stamps day-first in Europe/Prague (02/05/2024 = 2 May).",
)

# --- ho-017: WordPress with the year only in the permalink; date without year; footer copyright of another year
URL = "https://www.greentech-cluster.de/en/2023/02/28/eu-clusters-talk-hydrogen-valleys/"
H = "EU Clusters Talk: Hydrogen valleys"
content = """<p>The European Cluster Collaboration Platform invites clusters and regions to the EU Clusters Talk “Hydrogen valleys: clusters powering the energy transition” on 15 March, 8:30 – 9:45 CET.</p>
<p>Hydrogen valleys bring producers, grid operators, industry and transport together in one region. Several of them grew out of cluster initiatives. The Talk presents three valleys at different stages and discusses how the Clean Hydrogen Partnership supports them.</p>
<p>Speakers will include:</p>
<p>Dr. Klaus Richter, Head of Hydrogen, GreenTech Cluster Berlin-Brandenburg</p>
<p>Eleni Georgiou, Policy Officer, DG ENER, European Commission</p>
<p>Joost van Dam, Programme Manager, HEAVENN Hydrogen Valley Northern Netherlands</p>
<p>Registration is free of charge via the ECCP website.</p>"""
side = wp_widget(
    "Latest news", ['<a href="#">GreenTech Cluster at E-world 2023</a>', '<a href="#">Annual report 2022 published</a>']
)
page(
    "ho-017",
    URL,
    "T3",
    wp_classic(
        url=URL,
        site="GreenTech Cluster",
        tagline="Clean technologies from Berlin-Brandenburg",
        lang="en-GB",
        heading=H,
        meta='<span class="cat-links">News</span>',
        content=content,
        sidebar=side,
        theme="kadence",
    ),
    title="Hydrogen valleys: clusters powering the energy transition",
    page_title=H,
    series="EU Clusters Talks",
    start="2023-03-15T08:30:00+01:00",
    end="2023-03-15T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Klaus Richter", "Head of Hydrogen", "GreenTech Cluster Berlin-Brandenburg"),
        sp("Eleni Georgiou", "Policy Officer", "DG ENER, European Commission"),
        sp("Joost van Dam", "Programme Manager", "HEAVENN Hydrogen Valley Northern Netherlands"),
    ],
    notes="WordPress theme that hides the post date: the event date '15 March, 8:30 – 9:45 CET' has no year and the year is only in the permalink (/2023/02/28/, a publication date two weeks before); the footer says 'Copyright © 2025'; speakers as plain <p> lines without bullets, followed by a non-speaker <p>.",
)

# --- ho-018: WordPress, heading date disagrees with the body (postponed), names in <strong> glued to the role
URL = "https://www.textile-cluster.pt/en/eu-clusters-talk-circular-textiles-22-november-2023/"
H = "EU Clusters Talk: Circular textiles – 22 November 2023"
content = """<p><strong>Please note the new date.</strong> The EU Clusters Talk “Circular textiles: from waste to resource” has been moved and will take place on 29 November 2023, 8:30 – 9:45 CET.</p>
<p>From 2025, EU Member States must collect textile waste separately. The Talk shows how clusters prepare sorting, recycling and new business models with their members, and presents the EuroBoosTEX Eurocluster.</p>
<p><strong>Speakers</strong></p>
<p><strong>Dr. Laura Bianchi</strong>Senior Policy Officer, DG GROW, European Commission</p>
<p><strong>Miguel Carvalho</strong>, Innovation Director, CITEVE, EuroBoosTEX Eurocluster</p>
<p><strong>Anneke Visser</strong>, Founder, Circular Fashion Lab</p>
<p>Join us on 29 November! The link to the online room will be sent after registration.</p>"""
side = wp_widget(
    "Events",
    [
        '<a href="#">Textile Innovation Day</a> <span class="post-date">December 12, 2023</span>',
        '<a href="#">Heimtextil Frankfurt</a> <span class="post-date">January 9, 2024</span>',
    ],
)
page(
    "ho-018",
    URL,
    "T3",
    wp_classic(
        url=URL,
        site="Textile Cluster Portugal",
        tagline="",
        lang="en-US",
        heading=H,
        meta=wp_posted("2023-10-25T15:02:11+01:00", "October 25, 2023", "admin", views=88),
        content=content,
        sidebar=side,
        theme="oceanwp",
    ),
    title="Circular textiles: from waste to resource",
    page_title=H,
    series="EU Clusters Talks",
    start="2023-11-29T08:30:00+01:00",
    end="2023-11-29T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Laura Bianchi", "Senior Policy Officer", "DG GROW, European Commission"),
        sp("Miguel Carvalho", "Innovation Director", "CITEVE", "EuroBoosTEX"),
        sp("Anneke Visser", "Founder", "Circular Fashion Lab"),
    ],
    euroclusters=["EuroBoosTEX"],
    notes="Heading and URL say 22 November 2023, the body gives the new date 29 November 2023 (the real one); 'Posted on October 25, 2023' and '88 Views'; speakers with the name in <strong> glued to the role without a space ('<strong>Dr. Laura Bianchi</strong>Senior Policy Officer') or followed by a comma; sidebar events with dates.",
)

# --- ho-019: schema.org JSON-LD Event disagreeing with the prose (wall time labelled UTC), 'Name, Organisation' lines
URL = "https://www.clustersofeurope.org/events/eu-clusters-talk-critical-raw-materials"
H = 'EU Clusters Talk "Critical raw materials: securing supply chains with clusters"'
ld = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Critical raw materials | Clusters of Europe</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "EU Clusters Talk: Critical raw materials",
  "startDate": "2024-03-06T08:30:00+00:00",
  "endDate": "2024-03-06T09:45:00+00:00",
  "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
  "location": {"@type": "VirtualLocation", "url": "https://clustercollaboration.eu"},
  "organizer": {"@type": "Organization", "name": "European Cluster Collaboration Platform"}
}
</script>
<link rel="stylesheet" href="/static/css/site.4b1e2f.css">
</head>
<body class="event-page">
<div class="topbar"><a class="logo" href="/">Clusters of Europe</a><ul class="nav"><li><a href="/network">Network</a></li><li><a href="/events" class="active">Events</a></li><li><a href="/insights">Insights</a></li><li><a href="/join">Join</a></li></ul></div>
<div class="event-hero"><div class="event-hero__inner"><div class="event-hero__kicker">Online · Free</div>
<h1 class="event-hero__title">EU Clusters Talk "Critical raw materials: securing supply chains with clusters"</h1>
<div class="event-hero__when">Wednesday 6 March 2024 | 8:30 – 9:45 CET</div></div></div>
<div class="event-body">
<div class="event-body__text">
<p>Europe imports most of the lithium, rare earths and magnesium that its industry needs. The Critical Raw Materials Act sets targets for extraction, processing and recycling within the EU. Clusters can link mining regions with the companies that use these materials.</p>
<h3>Speakers</h3>
<ul class="plain">
<li>Hanna Virtanen, Geological Survey of Finland (GTK)</li>
<li>Rafael Moreno, ERMA – European Raw Materials Alliance</li>
<li>Bogdan Ionescu, Romanian Mining Cluster</li>
</ul>
<p><a class="btn" href="https://clustercollaboration.eu/content/eu-clusters-talks-critical-raw-materials">Register</a> <a class="btn btn--ghost" href="/events/eu-clusters-talk-critical-raw-materials.ics">Add to calendar</a></p>
</div>
<aside class="event-body__side"><h4>Next in the series</h4><p><a href="/events/eu-clusters-talk-space">EU Clusters Talk: Space</a><br>20 March 2024, 8:30 CET</p><h4>Insights</h4><p><a href="/insights/raw-materials-map.pdf">Raw materials map of European clusters</a></p></aside>
</div>
<footer class="footer"><p>Clusters of Europe is an independent network of cluster managers. © 2024</p></footer>
</body>
</html>
"""
page(
    "ho-019",
    URL,
    "T4",
    ld,
    title="Critical raw materials: securing supply chains with clusters",
    page_title=H,
    series="EU Clusters Talks",
    start="2024-03-06T08:30:00+01:00",
    end="2024-03-06T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Hanna Virtanen", None, "Geological Survey of Finland (GTK)"),
        sp("Rafael Moreno", None, "ERMA – European Raw Materials Alliance"),
        sp("Bogdan Ionescu", None, "Romanian Mining Cluster"),
    ],
    notes="Custom CMS with a schema.org Event whose startDate/endDate put the Brussels wall time under a +00:00 offset (one hour off); the prose 'Wednesday 6 March 2024 | 8:30 – 9:45 CET' is right (+01:00) and the disagreement should be a warning; quoted title inside the <h1>; speakers 'Name, Organisation' only (role null); an .ics link is not an asset; the side box links a PDF of another publication (not this event's document) and the next Talk's date.",
)

# --- ho-020: ECCP community event, 'from 10:30 a.m. to noon (CEST)', speakers in a <dl> with Prof. Dr. / Mag. / Ing.
URL = "https://clustercollaboration.eu/community-event/webinar-financing-cluster-projects-investeu"
H = "Webinar: Financing cluster projects with InvestEU"
body = """<p>Clusterplattform Österreich invites cluster managers to a webinar on Tuesday, 11 June 2024, from 10:30 a.m. to noon (CEST).</p>
<p>InvestEU guarantees make it easier for banks to lend to innovative SMEs. The webinar explains which financial intermediaries are active in each country, how clusters can bundle demand from their members, and what a good project pipeline looks like.</p>
<p>Speakers:</p>
<dl class="speakers">
<dt>Prof. Dr. Johanna Weber</dt><dd>Professor of Innovation Finance, WU Vienna University of Economics and Business</dd>
<dt>Mag. Florian Steiner</dt><dd>Senior Investment Manager, European Investment Fund</dd>
<dt>Ing. Radek Svoboda</dt><dd>Head of Funding, Czech Aerospace Cluster</dd>
</dl>
<p>Language: English. The webinar is recorded; slides are shared with participants afterwards.</p>"""
loc = (
    '<div class="field field--name-field-location-and-date field--type-string field--label-above"><div class="field__label">Location and date</div>'
    '<div class="field__item">Online<br>11 June 2024</div></div>\n'
)
content = (
    drupal_byline("Clusterplattform Österreich", "02 May 2024", "2024-05-02T08:45:10+00:00")
    + loc
    + drupal_field("body", body, node_type="community_event", formatter="field--text-with-summary.html.twig")
)
side = teaser_events(
    [
        (
            '<time datetime="2024-06-12T06:30:00Z" class="datetime">Wed, 12/06/2024 - 08:30</time>',
            "/content/eu-clusters-talks-net-zero-industry-act",
            "EU Clusters Talks: Net-Zero Industry Act",
            "Online",
        )
    ]
)
page(
    "ho-020",
    URL,
    "T1",
    drupal_page(
        url=URL,
        node_id=56002,
        node_type="community_event",
        heading=H,
        content=content,
        sidebar=side,
        breadcrumb="Community events",
    ),
    title=H,
    page_title=H,
    series=None,
    start="2024-06-11T10:30:00+02:00",
    end="2024-06-11T12:00:00+02:00",
    tz_label="CEST",
    speakers=[
        sp("Johanna Weber", "Professor of Innovation Finance", "WU Vienna University of Economics and Business"),
        sp("Florian Steiner", "Senior Investment Manager", "European Investment Fund"),
        sp("Radek Svoboda", "Head of Funding", "Czech Aerospace Cluster"),
    ],
    notes="ECCP community event (series null, a member's webinar): 12-hour 'from 10:30 a.m. to noon (CEST)' ('noon' = 12:00); 'Location and date' field with the date only; speakers in a <dl> (name in <dt> with honorifics 'Prof. Dr.', 'Mag.', 'Ing.'; 'Role, Organisation' in <dd>); byline date and a sidebar Talk the next day are not the event's.",
)

# --- ho-021: ECCP C2Lab 'from 3 to 5 October 2023', application deadline with a time, numbered list, attachment table
URL = "https://clustercollaboration.eu/event-calendar/c2lab-skopje-north-macedonia"
H = "C2Lab – Skopje, North Macedonia"
body = """<p>The Cluster Collaboration Lab (C2Lab) will take place in Skopje from 3 to 5 October 2023. It brings together cluster managers from the Western Balkans and EU Member States to develop joint projects.</p>
<p>The C2Lab will:</p>
<ol>
<li>Match clusters with complementary strengths in ICT, agri-food and tourism;</li>
<li>Coach each team in writing a project concept;</li>
<li>Introduce funding opportunities under the Single Market Programme and IPA III.</li>
</ol>
<p>Applications must be submitted by 15 September 2023 (17:00 CEST) using the application form below. Selected participants will be informed by 22 September 2023.</p>"""
content = (
    drupal_field("body", body, formatter="field--text-with-summary.html.twig")
    + drupal_terms("Event Type", ["C2Lab", "Physical event"], "field-event-type")
    + drupal_attachments(
        [
            (
                "Call for participants C2Lab Skopje.pdf",
                "/sites/default/files/2023-08/Call_for_participants_C2Lab_Skopje.pdf",
                "402.8 KB",
            ),
            ("Application form.docx", "/sites/default/files/2023-08/C2Lab_Skopje_Application_form.docx", "38.1 KB"),
        ]
    )
)
page(
    "ho-021",
    URL,
    "T1",
    drupal_page(url=URL, node_id=52990, node_type="event", heading=H, content=content, sidebar=ECCP_UPCOMING_2023),
    title=H,
    page_title=H,
    series="C2Lab",
    start="2023-10-03",
    end="2023-10-05",
    assets=[
        asset(
            "Call for participants C2Lab Skopje.pdf",
            "https://clustercollaboration.eu/sites/default/files/2023-08/Call_for_participants_C2Lab_Skopje.pdf",
        ),
        asset(
            "Application form.docx",
            "https://clustercollaboration.eu/sites/default/files/2023-08/C2Lab_Skopje_Application_form.docx",
        ),
    ],
    notes="'from 3 to 5 October 2023' (date-only three-day event); application deadline '15 September 2023 (17:00 CEST)' has a time and zone but is not the event; numbered list of aims with ';' endings is not speakers; 'Attachment | Size' table with a .pdf and a .docx.",
)

# --- ho-022: WordPress (another theme), European Cluster Conference, month-first day range 'May 7–8, 2024', .pdf and .zip links
URL = "https://www.clusters.lu/en/news/meet-us-at-the-european-cluster-conference-2024/"
H = "Meet us at the European Cluster Conference 2024"
content = """<p>The European Cluster Conference 2024 will take place in Brussels on May 7–8, 2024. Organised by the European Commission every two years, it is the largest meeting of cluster organisations, policy makers and companies in Europe.</p>
<p>Luxembourg’s cluster team will be there with members from the materials, automotive and space clusters. Side events take place on May 6 at several venues in the city.</p>
<p>The registration deadline is April 19, 2024.</p>
<p>Useful documents: <a href="https://www.clusters.lu/wp-content/uploads/2024/03/ECC2024_programme.pdf">Conference programme</a> and <a href="https://www.clusters.lu/wp-content/uploads/2024/03/ECC2024_press_kit.zip">press kit</a>. More information on the <a href="https://single-market-economy.ec.europa.eu/events/european-cluster-conference-2024_en">European Commission website</a>.</p>"""
side = wp_widget(
    "Agenda",
    [
        '<a href="#">Materials Day 2024</a> <span>14/05/2024</span>',
        '<a href="#">Space Resources Week</a> <span>23/04/2024</span>',
    ],
)
page(
    "ho-022",
    URL,
    "T3",
    wp_classic(
        url=URL,
        site="Luxinnovation clusters",
        tagline="Luxembourg clusters",
        lang="en-GB",
        heading=H,
        meta=wp_posted("2024-03-12T10:00:00+01:00", "12 March 2024", "Clusters team", prefix="Published"),
        content=content,
        sidebar=side,
        theme="hello-elementor",
    ),
    title=H,
    page_title=H,
    series="European Cluster Conference",
    start="2024-05-07",
    end="2024-05-08",
    assets=[
        asset("Conference programme", "https://www.clusters.lu/wp-content/uploads/2024/03/ECC2024_programme.pdf"),
        asset("press kit", "https://www.clusters.lu/wp-content/uploads/2024/03/ECC2024_press_kit.zip"),
    ],
    notes="Month-first day range 'May 7–8, 2024' (en dash); side events 'May 6' without a year and the registration deadline 'April 19, 2024' are not the start; 'Published 12 March 2024'; a .pdf and a .zip link in one sentence are assets, the Commission web page is not.",
)

# --- ho-023: French page, '8h30 à 9h45 (CET)', quoted English title in guillemets, 'Eurocluster DREAM'
URL = "https://www.pole-scs.org/evenement/eu-clusters-talk-chips-act-8-fevrier-2023/"
H = "EU Clusters Talk : Chips Act, quelles opportunités pour les clusters ?"
fr = """<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EU Clusters Talk : Chips Act, quelles opportunités pour les clusters ? - Pôle SCS</title>
<link rel="stylesheet" href="https://www.pole-scs.org/wp-content/themes/scs/style.css?ver=2.3">
</head>
<body class="evenement-template-default single single-evenement">
<header class="header"><a class="header__logo" href="https://www.pole-scs.org/"><img src="https://www.pole-scs.org/wp-content/themes/scs/img/logo-scs.svg" alt="Pôle SCS – Solutions Communicantes Sécurisées"></a>
<nav class="header__nav"><ul><li><a href="https://www.pole-scs.org/le-pole/">Le pôle</a></li><li><a href="https://www.pole-scs.org/adherents/">Adhérents</a></li><li class="current"><a href="https://www.pole-scs.org/agenda/">Agenda</a></li><li><a href="https://www.pole-scs.org/projets/">Projets</a></li><li><a href="https://www.pole-scs.org/en/">EN</a></li></ul></nav></header>
<main class="main">
<article class="evenement">
<p class="evenement__cat">Webinaire · Europe</p>
<h1 class="evenement__title">EU Clusters Talk : Chips Act, quelles opportunités pour les clusters ?</h1>
<p class="evenement__meta">Publié le 19 janvier 2023</p>
<div class="evenement__content">
<p>La Plateforme européenne de collaboration des clusters (ECCP) organise l’EU Clusters Talk « Chips Act: what opportunities for clusters? » le mercredi 8 février 2023 de 8h30 à 9h45 (CET).</p>
<p>Le règlement européen sur les semi-conducteurs prévoit des lignes pilotes, des centres de compétences et un soutien aux PME. Le webinaire présentera ces instruments et le rôle que les clusters peuvent y jouer.</p>
<p>Intervenants :</p>
<ul>
<li>Laurent Girard, Directeur général, Pôle SCS, Eurocluster DREAM</li>
<li>Claire Martin, Chargée de mission, DG CNECT, Commission européenne</li>
<li>Jens Müller, Head of Cluster Management, Silicon Saxony</li>
</ul>
<p>Inscription gratuite sur le site de l’ECCP. Le webinaire se déroulera en anglais.</p>
</div>
</article>
<aside class="agenda-next"><h2>Prochains événements</h2><ul><li><a href="https://www.pole-scs.org/evenement/rencontres-scs-2023/">Rencontres SCS</a> – 16 mars 2023</li><li><a href="https://www.pole-scs.org/evenement/journee-cybersecurite/">Journée cybersécurité</a> – 4 avril 2023, 9h00</li></ul></aside>
</main>
<footer class="footer"><p>© Pôle SCS 2023 – 2000 route des Lucioles, Sophia Antipolis</p><p><a href="https://www.pole-scs.org/mentions-legales/">Mentions légales</a></p></footer>
</body>
</html>
"""
page(
    "ho-023",
    URL,
    "T5",
    fr,
    lang="fr",
    title="Chips Act: what opportunities for clusters?",
    page_title=H,
    series="EU Clusters Talks",
    start="2023-02-08T08:30:00+01:00",
    end="2023-02-08T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Laurent Girard", "Directeur général", "Pôle SCS", "DREAM"),
        sp("Claire Martin", "Chargée de mission", "DG CNECT, Commission européenne"),
        sp("Jens Müller", "Head of Cluster Management", "Silicon Saxony"),
    ],
    euroclusters=["DREAM"],
    notes="French page: 'le mercredi 8 février 2023 de 8h30 à 9h45 (CET)' (times with 'h'); official English title quoted in guillemets « … » with inner spaces; heading in French with a space before ':' and '?'; 'Publié le 19 janvier 2023'; 'Intervenants :' list; Eurocluster written after the word ('Eurocluster DREAM'); sidebar dates in French.",
)

# --- ho-024: German WordPress, 'Am 20. September 2023 von 8:30 bis 9:45 Uhr', „…“ quotes, 'Referent:innen:'
URL = "https://www.kunststoff-cluster-bw.de/aktuelles/eu-clusters-talk-kunststoffe-kreislaufwirtschaft/"
H = "EU Clusters Talk: Kunststoffe in der Kreislaufwirtschaft"
content = """<p>Am 20. September 2023 von 8:30 bis 9:45 Uhr findet der EU Clusters Talk „Plastics in a circular economy: clusters leading the change“ der Europäischen Cluster-Kooperationsplattform (ECCP) statt.</p>
<p>Rezyklate, Design for Recycling und digitale Produktpässe verändern die Kunststoffindustrie. Im Talk zeigen Cluster aus Deutschland, Spanien und Belgien, wie sie ihre Mitglieder dabei unterstützen. Außerdem stellt sich der Eurocluster POLREC vor.</p>
<p>Referent:innen:</p>
<ul>
<li>Dr. Sabine Krämer, Geschäftsführerin, Kunststoff-Cluster Baden-Württemberg</li>
<li>Luis Fernández, Projektmanager, Polymeris, POLREC Eurocluster</li>
<li>Anja Schulte, Referentin, Generaldirektion Binnenmarkt (GD GROW), Europäische Kommission</li>
</ul>
<p>Die Veranstaltung findet auf Englisch statt. Die Teilnahme ist kostenfrei, eine Anmeldung über die ECCP-Website ist erforderlich.</p>"""
side = wp_widget(
    "Neueste Beiträge",
    [
        '<a href="#">Mitgliederversammlung 2023</a> <span class="post-date">12. Juli 2023</span>',
        '<a href="#">Fakuma 2023: Gemeinschaftsstand</a> <span class="post-date">3. Juli 2023</span>',
    ],
) + wp_widget(
    "Termine",
    [
        '<a href="#">Fakuma Friedrichshafen</a> 17.–21. Oktober 2023',
        '<a href="#">Recycling-Forum</a> 9. November 2023, 10:00 Uhr',
    ],
    "widget_text",
)
page(
    "ho-024",
    URL,
    "T3",
    wp_classic(
        url=URL,
        site="Kunststoff-Cluster Baden-Württemberg",
        tagline="Netzwerk der Kunststoffbranche",
        lang="de-DE",
        heading=H,
        meta=wp_posted("2023-08-21T09:30:00+02:00", "21. August 2023", "Redaktion", prefix="Veröffentlicht am"),
        content=content,
        sidebar=side,
        theme="generatepress",
    ),
    lang="de",
    title="Plastics in a circular economy: clusters leading the change",
    page_title=H,
    series="EU Clusters Talks",
    start="2023-09-20T08:30:00+02:00",
    end="2023-09-20T09:45:00+02:00",
    tz_label=None,
    speakers=[
        sp("Sabine Krämer", "Geschäftsführerin", "Kunststoff-Cluster Baden-Württemberg"),
        sp("Luis Fernández", "Projektmanager", "Polymeris", "POLREC"),
        sp("Anja Schulte", "Referentin", "Generaldirektion Binnenmarkt (GD GROW), Europäische Kommission"),
    ],
    euroclusters=["POLREC"],
    notes="German WordPress: 'Am 20. September 2023 von 8:30 bis 9:45 Uhr' (no zone label: tz_label null, +02:00); title in „…“ quotes; 'Veröffentlicht am 21. August 2023'; 'Referent:innen:' list (one role is 'Referentin', a job title); 'Eurocluster POLREC' in prose and 'POLREC Eurocluster' in a line; German sidebar dates.",
)

# --- ho-025: German TYPO3, Clusters meet Regions 'vom 12. bis 13. Juni 2024', 'Begrüßung:' and 'Referenten:'
URL = "https://www.clusterportal-sachsen.de/aktuelles/clusters-meet-regions-in-sachsen"
H = "Clusters meet Regions in Sachsen"
de2 = """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
-->
<title>Clusters meet Regions in Sachsen - Clusterportal Sachsen</title>
<meta name="generator" content="TYPO3 CMS" />
<link rel="stylesheet" href="/typo3conf/ext/sitepackage/Resources/Public/Css/main.min.css?1712040011" media="all">
</head>
<body>
<div class="page">
<header class="page-header"><a href="/" class="logo"><img src="/fileadmin/logo-clusterportal.svg" alt="Clusterportal Sachsen" width="240" height="64"></a>
<nav class="mainnav"><ul><li><a href="/cluster/">Cluster</a></li><li class="active"><a href="/aktuelles/">Aktuelles</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<main class="content">
<div id="c4411" class="frame frame-default frame-type-textmedia frame-layout-0">
<header><h1 class="">Clusters meet Regions in Sachsen</h1></header>
<div class="ce-textpic ce-center ce-above"><div class="ce-bodytext">
<p>Die Europäische Cluster-Kooperationsplattform (ECCP) lädt vom 12. bis 13. Juni 2024 nach Dresden ein. Unter dem Motto „Mikroelektronik und Halbleiter: Cluster als Motor regionaler Innovation“ diskutieren Clustermanager, Unternehmen und Vertreter der Regionen, wie Cluster die Umsetzung des europäischen Chips Act unterstützen.</p>
<p><b>Begrüßung:</b> Dr. Carola Lindner, Abteilungsleiterin, Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr</p>
<p><b>Referenten:</b></p>
<ul>
<li>Prof. Dr. Hans-Peter Wolf, Prorektor Forschung, Technische Universität Dresden</li>
<li>Katrin Vogel, Clustermanagerin, Silicon Saxony e. V.</li>
</ul>
<p><b>Zielgruppe:</b></p>
<ul>
<li>Clustermanagerinnen und Clustermanager</li>
<li>Wirtschaftsförderungen und Landesministerien</li>
<li>Unternehmen der Halbleiterbranche</li>
</ul>
<p>Anmeldeschluss: 31. Mai 2024. Am 13. Juni 2024 ab 14:00 Uhr sind Besuche bei Unternehmen im Dresdner Norden geplant.</p>
</div></div>
</div>
</main>
<aside class="sidebar"><div class="frame frame-type-news_pi1"><h2>Weitere Meldungen</h2><ul><li><time datetime="2024-04-22">22.04.2024</time> <a href="/aktuelles/semicon-europa-2024">SEMICON Europa 2024: sächsischer Gemeinschaftsstand</a></li><li><time datetime="2024-03-15">15.03.2024</time> <a href="/aktuelles/clusterkonferenz-2024">Sächsische Clusterkonferenz am 7. November 2024</a></li></ul></div></aside>
<footer class="page-footer"><p>© 2024 Clusterportal Sachsen · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></footer>
</div>
</body>
</html>
"""
page(
    "ho-025",
    URL,
    "T5",
    de2,
    lang="de",
    title="Mikroelektronik und Halbleiter: Cluster als Motor regionaler Innovation",
    page_title=H,
    series="Clusters meet Regions",
    start="2024-06-12",
    end="2024-06-13",
    speakers=[
        sp("Carola Lindner", "Abteilungsleiterin", "Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr"),
        sp("Hans-Peter Wolf", "Prorektor Forschung", "Technische Universität Dresden"),
        sp("Katrin Vogel", "Clustermanagerin", "Silicon Saxony e. V."),
    ],
    notes="German TYPO3 text element: 'vom 12. bis 13. Juni 2024' (date-only range); the motto in „…“ is the quoted title; 'Begrüßung:' speaker before 'Referenten:' list (honorifics 'Dr.' and 'Prof. Dr.'); 'Zielgruppe:' bullet list is not speakers; 'Anmeldeschluss: 31. Mai 2024' and the company visits '13. Juni 2024 ab 14:00 Uhr' are not the event start; sidebar dates.",
)

# --- ho-026: German event plugin (The Events Calendar, de_DE), JSON-LD agreeing, 'Rolle bei Organisation', placeholder
URL = "https://www.itsowl.de/veranstaltungen/eu-clusters-talk-ki-in-clustern/"
H = "EU Clusters Talk: KI in Clustern"
de3 = """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<title>EU Clusters Talk: KI in Clustern &#8211; it’s OWL</title>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"Event","name":"EU Clusters Talk: KI in Clustern","startDate":"2024-01-17T08:30:00+01:00","endDate":"2024-01-17T09:45:00+01:00","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","location":{"@type":"VirtualLocation","url":"https://clustercollaboration.eu"}}]</script>
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css' href='https://www.itsowl.de/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.2.9' media='all' />
</head>
<body class="tribe_events-template-default single single-tribe_events events-single">
<header class="site-header"><a class="logo" href="https://www.itsowl.de/"><img src="https://www.itsowl.de/wp-content/uploads/its-owl-logo.svg" alt="it’s OWL – Intelligente Technische Systeme OstWestfalenLippe"></a><nav><ul><li><a href="https://www.itsowl.de/technologienetzwerk/">Technologie-Netzwerk</a></li><li><a href="https://www.itsowl.de/veranstaltungen/">Veranstaltungen</a></li><li><a href="https://www.itsowl.de/presse/">Presse</a></li></ul></nav></header>
<main id="tribe-events-pg-template" class="tribe-events-pg-template">
<div id="tribe-events-content" class="tribe-events-single">
	<p class="tribe-events-back"><a href="https://www.itsowl.de/veranstaltungen/"> &laquo; Alle Veranstaltungen</a></p>
	<h1 class="tribe-events-single-event-title">EU Clusters Talk: KI in Clustern</h1>
	<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">17. Januar 2024 @ 8:30</span> - <span class="tribe-event-time">9:45</span></h2></div>
	<div class="tribe-events-single-event-description tribe-events-content">
		<p>Im EU Clusters Talk „AI in clusters: from hype to practice“ zeigen Cluster aus drei Ländern, wie sie kleine und mittlere Unternehmen beim Einsatz von künstlicher Intelligenz begleiten – von der Potenzialanalyse bis zum ersten Pilotprojekt.</p>
		<p>Referent:innen:</p>
		<ul>
			<li>Dr. Julia Hartmann, Leiterin KI-Transfer bei Fraunhofer IAIS</li>
			<li>Markus Lehner, Geschäftsführer, it’s OWL Clustermanagement GmbH</li>
			<li>Weitere Referent:innen folgen.</li>
		</ul>
	</div>
	<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title"> Details </h2><dl>
		<dt class="tribe-events-start-date-label"> Datum: </dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2024-01-17"> 17. Januar 2024 </abbr></dd>
		<dt class="tribe-events-start-time-label"> Zeit: </dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2024-01-17"> 8:30 - 9:45 </div></dd>
		<dt class="tribe-events-event-categories-label">Veranstaltungskategorie:</dt> <dd class="tribe-events-event-categories"><a href="https://www.itsowl.de/veranstaltungen/kategorie/webinar/" rel="tag">Webinar</a></dd>
	</dl></div></div>
	<div class="tribe-events-c-subscribe-dropdown"><ul><li><a href="https://www.google.com/calendar/event?action=TEMPLATE&amp;dates=20240117T083000/20240117T094500">Google Kalender</a></li><li><a href="https://www.itsowl.de/veranstaltungen/eu-clusters-talk-ki-in-clustern/?ical=1">iCalendar</a></li></ul></div>
	<h2 class="tribe-events-related-events-title">Ähnliche Veranstaltungen</h2>
	<ul class="tribe-related-events"><li><h3 class="tribe-related-events-title"><a href="https://www.itsowl.de/veranstaltungen/ki-tag-owl-2024/">KI-Tag OWL</a></h3>7. März 2024 @ 9:00 - 16:00</li></ul>
</div>
</main>
<footer class="site-footer"><p>© 2024 it’s OWL Clustermanagement GmbH · Impressum · Datenschutz</p></footer>
</body>
</html>
"""
page(
    "ho-026",
    URL,
    "T4",
    de3,
    lang="de",
    title="AI in clusters: from hype to practice",
    page_title=H,
    series="EU Clusters Talks",
    start="2024-01-17T08:30:00+01:00",
    end="2024-01-17T09:45:00+01:00",
    tz_label=None,
    speakers=[
        sp("Julia Hartmann", "Leiterin KI-Transfer", "Fraunhofer IAIS"),
        sp("Markus Lehner", "Geschäftsführer", "it’s OWL Clustermanagement GmbH"),
    ],
    notes="The Events Calendar in German: header '17. Januar 2024 @ 8:30 - 9:45' (24-hour, no zone label) agreeing with the JSON-LD Event; English title quoted in „…“; 'Rolle bei Organisation' line (German 'at'); 'Weitere Referent:innen folgen.' placeholder; organisation with a curly apostrophe; related event with another date and time.",
)

# --- ho-027: Polish WordPress saved as windows-1250 (declared), '6 grudnia 2023 r., godz. 8:30–9:45 CET', 'Prelegenci:'
URL = "https://www.klaster-ict-pomorze.pl/aktualnosci/eu-clusters-talk-cyfrowy-paszport-produktu/"
H = "EU Clusters Talk: Cyfrowy paszport produktu"
content = """<p>Zapraszamy na EU Clusters Talk „Digital Product Passport: what it means for SMEs”, który odbędzie się 6 grudnia 2023 r., godz. 8:30–9:45 CET. Spotkanie organizuje Europejska Platforma Współpracy Klastrów (ECCP).</p>
<p>Cele spotkania:</p>
<ul>
<li>przedstawienie wymagań rozporządzenia w sprawie ekoprojektu;</li>
<li>wymiana doświadczeń klastrów z różnych branż;</li>
<li>prezentacja narzędzi dla MŚP.</li>
</ul>
<p>Prelegenci:</p>
<ul>
<li>dr Anna Wiśniewska, Dyrektor ds. Innowacji, Klaster ICT Pomorze</li>
<li>Paweł Zając, Prezes Zarządu, Mazowiecki Klaster ICT, Eurocluster INGENIOUS</li>
<li>Łukasz Gołębiowski, Policy Officer, DG GROW, Komisja Europejska</li>
</ul>
<p>Udział jest bezpłatny. Rejestracja na stronie ECCP.</p>"""
side = wp_widget(
    "Najnowsze wpisy",
    [
        '<a href="#">Walne zgromadzenie członków – 14 grudnia 2023 r.</a>',
        '<a href="#">Podsumowanie Infoshare 2023</a> <span class="post-date">2 czerwca 2023</span>',
    ],
)
page(
    "ho-027",
    URL,
    "T3",
    wp_classic(
        url=URL,
        site="Klaster ICT Pomorze",
        tagline="Pomorski klaster technologii informacyjnych",
        lang="pl-PL",
        heading=H,
        meta=wp_posted("2023-11-20T12:00:00+01:00", "20 listopada 2023", "Redakcja", prefix="Opublikowano"),
        content=content,
        sidebar=side,
        theme="astra",
        charset="windows-1250",
    ),
    lang="pl",
    title="Digital Product Passport: what it means for SMEs",
    page_title=H,
    series="EU Clusters Talks",
    start="2023-12-06T08:30:00+01:00",
    end="2023-12-06T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Anna Wiśniewska", "Dyrektor ds. Innowacji", "Klaster ICT Pomorze"),
        sp("Paweł Zając", "Prezes Zarządu", "Mazowiecki Klaster ICT", "INGENIOUS"),
        sp("Łukasz Gołębiowski", "Policy Officer", "DG GROW, Komisja Europejska"),
    ],
    euroclusters=["INGENIOUS"],
    encoding="cp1250",
    notes="Polish WordPress page saved as windows-1250 bytes with <meta charset=\"windows-1250\">; '6 grudnia 2023 r., godz. 8:30–9:45 CET' (genitive month, 'r.', 'godz.'); objectives list ('Cele spotkania:') with ';' endings before 'Prelegenci:' is not speakers; lower-case Polish honorific 'dr'; 'Eurocluster INGENIOUS' after the organisation; 'Opublikowano 20 listopada 2023'.",
)

# --- ho-028: Polish page, ISO-8859-2 bytes under a wrong <meta charset="utf-8">, CmR 'w dniach 18–19 kwietnia 2024 r.'
URL = "https://www.podkarpackie-klastry.pl/wydarzenia/clusters-meet-regions-rzeszow"
H = "Clusters meet Regions – Rzeszów, Podkarpacie"
pl2 = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Clusters meet Regions – Rzeszów, Podkarpacie | Podkarpackie Klastry</title>
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div id="top"><a href="/" class="logo">Podkarpackie Klastry</a>
<ul id="menu"><li><a href="/">Start</a></li><li><a href="/klastry">Klastry</a></li><li class="active"><a href="/wydarzenia">Wydarzenia</a></li><li><a href="/kontakt">Kontakt</a></li></ul></div>
<div id="content">
<div class="event">
<h1>Clusters meet Regions – Rzeszów, Podkarpacie</h1>
<p class="lead">Europejska Platforma Współpracy Klastrów (ECCP) zaprasza na warsztaty Clusters meet Regions, które odbędą się w dniach 18–19 kwietnia 2024 r. w Rzeszowie.</p>
<p>Tematem spotkania będzie przemysł lotniczy i rola klastrów w transformacji regionów przemysłowych. Drugiego dnia uczestnicy odwiedzą zakłady członków Doliny Lotniczej.</p>
<p><strong>Prelegenci:</strong></p>
<p>Prof. Krzysztof Mazur, Rektor, Politechnika Rzeszowska<br>
Małgorzata Kłos, Dyrektor Departamentu Rozwoju Regionalnego, Urząd Marszałkowski Województwa Podkarpackiego<br>
Joanna Sęk, Prezes, Stowarzyszenie Dolina Lotnicza</p>
<p>Zgłoszenia przyjmujemy do 5 kwietnia 2024 r.</p>
</div>
<div class="box"><h3>Inne wydarzenia</h3><ul><li>Dzień Klastrów Podkarpacia – 23 maja 2024 r.</li><li>Forum Gospodarcze Rzeszów – 10–11 października 2024 r.</li></ul></div>
</div>
<div id="footer">© Podkarpackie Klastry 2024 · ul. Hetmańska 120 · Rzeszów</div>
</body>
</html>
"""
page(
    "ho-028",
    URL,
    "T5",
    pl2,
    lang="pl",
    title=H,
    page_title=H,
    series="Clusters meet Regions",
    start="2024-04-18",
    end="2024-04-19",
    speakers=[
        sp("Krzysztof Mazur", "Rektor", "Politechnika Rzeszowska"),
        sp(
            "Małgorzata Kłos",
            "Dyrektor Departamentu Rozwoju Regionalnego",
            "Urząd Marszałkowski Województwa Podkarpackiego",
        ),
        sp("Joanna Sęk", "Prezes", "Stowarzyszenie Dolina Lotnicza"),
    ],
    encoding="iso-8859-2",
    notes="Bytes are ISO-8859-2 but the page declares <meta charset=\"utf-8\"> (the wrong charset; the bytes are not valid UTF-8); dashes, '©' and '·', which ISO-8859-2 lacks, are numeric references; 'w dniach 18–19 kwietnia 2024 r.' (date-only range, genitive month); speakers as <br> lines under 'Prelegenci:', honorific 'Prof.'; application deadline and other events' dates in Polish.",
)

# --- ho-029: Polish page with a UTF-8 BOM, 'dnia 12 czerwca 2024 r., godz. 10:00–11:30 CET', 'Imię – Rola – Organizacja' lines
URL = "https://www.klaster-energii.pl/pl/wydarzenia/eu-clusters-talk-net-zero-industry-act"
H = "EU Clusters Talk: klastry a akt w sprawie przemysłu neutralnego emisyjnie"
pl3 = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>EU Clusters Talk: klastry a akt w sprawie przemysłu neutralnego emisyjnie – Śląski Klaster Energii</title>
<meta name="generator" content="Joomla! - Open Source Content Management">
</head>
<body class="site com_content view-article">
<header><div class="logo"><a href="/pl/">Śląski Klaster Energii</a></div><nav><ul class="nav menu"><li><a href="/pl/o-klastrze">O klastrze</a></li><li><a href="/pl/czlonkowie">Członkowie</a></li><li class="active"><a href="/pl/wydarzenia">Wydarzenia</a></li></ul></nav></header>
<main>
<div class="item-page">
<div class="page-header"><h1>EU Clusters Talk: klastry a akt w sprawie przemysłu neutralnego emisyjnie</h1></div>
<dl class="article-info"><dd class="published">Opublikowano: 28 maja 2024</dd><dd class="hits">Odsłony: 143</dd></dl>
<div class="article-body">
<p>Europejska Platforma Współpracy Klastrów zaprasza na EU Clusters Talk „Clusters and the Net-Zero Industry Act”, który odbędzie się dnia 12 czerwca 2024 r., godz. 10:00–11:30 CET.</p>
<p>Podczas spotkania zostaną zaprezentowane nowe Euroklastry programu na lata 2024–2027, m.in. PowerUp NetZero oraz JEWEL.</p>
<p>Prelegenci:</p>
<p>Agata Lewandowska – Kierownik Projektu – Polska Izba Gospodarcza Energetyki Odnawialnej</p>
<p>Tomasz Kaczmarek – Ekspert ds. wodoru – Śląski Klaster Wodorowy</p>
<p>Ingrid Larsen – Project Officer – EISMEA, European Commission</p>
<p>Udział bezpłatny, wymagana rejestracja.</p>
</div>
</div>
</main>
<footer><p>© 2024 Śląski Klaster Energii, Katowice</p></footer>
</body>
</html>
"""
page(
    "ho-029",
    URL,
    "T5",
    pl3,
    lang="pl",
    title="Clusters and the Net-Zero Industry Act",
    page_title=H,
    series="EU Clusters Talks",
    start="2024-06-12T10:00:00+02:00",
    end="2024-06-12T11:30:00+02:00",
    tz_label="CET",
    speakers=[
        sp("Agata Lewandowska", "Kierownik Projektu", "Polska Izba Gospodarcza Energetyki Odnawialnej"),
        sp("Tomasz Kaczmarek", "Ekspert ds. wodoru", "Śląski Klaster Wodorowy"),
        sp("Ingrid Larsen", "Project Officer", "EISMEA, European Commission"),
    ],
    euroclusters=["JEWEL", "PowerUp NetZero"],
    encoding="utf-8-sig",
    notes="UTF-8 with a byte-order mark and an http-equiv Content-Type; Joomla-like 'Opublikowano: 28 maja 2024' and 'Odsłony: 143' (views); 'dnia 12 czerwca 2024 r., godz. 10:00–11:30 CET' (June: +02:00); 'Name – Role – Organisation' <p> lines; the 2024 Euroclusters PowerUp NetZero and JEWEL named in Polish prose; programme years '2024–2027' are not dates.",
)

# --- ho-030: ECCP page written with entities for every accented letter, soft hyphens and zero-width spaces in names
URL = "https://clustercollaboration.eu/content/eu-clusters-talks-creative-and-cultural-industries-thriving-ecosystem"
H = "EU Clusters Talks: Creative and cultural industries"
body = """<p>The European Cluster Collaboration Platform organises the&nbsp;EU Clusters Talk &ldquo;Creative and cultural industries: clusters for a thriving ecosystem&rdquo; on 7&nbsp;February&nbsp;2024, 8:30&nbsp;&ndash;&nbsp;9:45&nbsp;CET.</p>
<p>Design, fashion, games, music and heritage businesses are mostly micro-enterprises. Two Euroclusters support them with vouchers, training and access to new markets.</p>
<p>Speakers at this EU Clusters Talk will include:</p>
<ul>
<li>Ren&eacute;e Dubreuil, Managing Director, Cr&eacute;ati&shy;V&rsquo;Lab, CREATHRIV-EU Eurocluster;</li>
<li>J&uuml;r&shy;gen Sch&ouml;n&shy;berg, Cluster Manager, Kreativ&shy;wirtschaft Austria;</li>
<li>Katar&#237;na Hor&#8203;v&aacute;thov&aacute;, Project Officer, Veneto Creative Cluster, FRIEND-CCI Eurocluster;</li>
<li>Ji&#345;&iacute; Dvo&#345;&aacute;k, Policy Officer, DG EAC, European Commission.</li>
</ul>
<p>This event is part of the bi-weekly online meetings of the European Cluster Collaboration Platform.</p>"""
content = (
    drupal_byline("ECCP Team", "17 January 2024", "2024-01-17T11:03:00+00:00")
    + drupal_field("body", body, formatter="field--text-with-summary.html.twig")
    + drupal_terms("Event Type", ["EU Clusters Talks", "Online event"], "field-event-type")
)
side = teaser_events(
    [
        (
            '<time datetime="2024-02-21T07:30:00Z" class="datetime">Wed, 21/02/2024 - 08:30</time>',
            "/event-calendar/eu-clusters-talks-social-economy-clusters-and-local-green-deals",
            "EU Clusters Talks: Social economy clusters and local green deals",
            "Online",
        )
    ]
)
page(
    "ho-030",
    URL,
    "T1",
    drupal_page(url=URL, node_id=54871, node_type="event", heading=H, content=content, sidebar=side),
    title="Creative and cultural industries: clusters for a thriving ecosystem",
    page_title=H,
    series="EU Clusters Talks",
    start="2024-02-07T08:30:00+01:00",
    end="2024-02-07T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Renée Dubreuil", "Managing Director", "CréatiV’Lab", "CREATHRIV-EU"),
        sp("Jürgen Schönberg", "Cluster Manager", "Kreativwirtschaft Austria"),
        sp("Katarína Horváthová", "Project Officer", "Veneto Creative Cluster", "FRIEND CCI"),
        sp("Jiří Dvořák", "Policy Officer", "DG EAC, European Commission"),
    ],
    euroclusters=["CREATHRIV-EU", "FRIEND CCI"],
    notes="Every accented letter and quote written as an entity (named and numeric); &nbsp; inside the date sentence; soft hyphens (&shy;) inside names and organisations and a zero-width space (&#8203;) inside a surname must not reach the output; Euroclusters 'CREATHRIV-EU' and alias 'FRIEND-CCI' (acronym 'FRIEND CCI').",
)

# --- ho-031: ECCP online matchmaking with a registration deadline carrying a time, Eurocluster by its full name, title-only PDF link
URL = "https://clustercollaboration.eu/event-calendar/eu-cluster-matchmaking-semiconductors-and-microelectronics"
H = "EU Cluster Matchmaking: Semiconductors and microelectronics"
body = """<p><strong>Registration deadline: 10 May 2024, 23:59 CET</strong></p>
<p>The European Cluster Collaboration Platform organises an online ECCP matchmaking event for clusters and companies in semiconductors and microelectronics on 22 May 2024, 10:00 – 12:30 CET.</p>
<p>After a short introduction to the Chips Act, participants meet in pre-arranged bilateral meetings of 20 minutes. The Silicon Europe Eurocluster will present its support services for SMEs.</p>
<p>Please read the matchmaking guidelines before registering: <a href="/sites/default/files/2024-04/ECCP_Matchmaking_guidelines.pdf" title="Matchmaking guidelines"><img src="/themes/custom/eccp_theme/images/icons/pdf.svg" alt="" width="24" height="24" /></a></p>
<p><a href="https://eccp-matchmaking-semiconductors-2024.b2match.io/signup">Register on b2match</a></p>"""
content = drupal_field("body", body, formatter="field--text-with-summary.html.twig") + drupal_terms(
    "Event Type", ["Matchmaking", "Online event"], "field-event-type"
)
side = teaser_events(
    [
        (
            '<time datetime="2024-06-12T06:30:00Z" class="datetime">Wed, 12/06/2024 - 08:30</time>',
            "/content/eu-clusters-talks-net-zero-industry-act",
            "EU Clusters Talks: Net-Zero Industry Act",
            "Online",
        ),
        (
            '<time datetime="2024-06-18T12:00:00Z" class="datetime">Tue, 18/06/2024</time> - <time datetime="2024-06-19T12:00:00Z" class="datetime">Wed, 19/06/2024</time>',
            "/content/clusters-meet-regions-graz-austria",
            "Clusters meet Regions - Graz, Austria",
            "Physical event",
        ),
    ]
)
page(
    "ho-031",
    URL,
    "T1",
    drupal_page(url=URL, node_id=55777, node_type="event", heading=H, content=content, sidebar=side),
    title=H,
    page_title=H,
    series="ECCP matchmaking",
    start="2024-05-22T10:00:00+02:00",
    end="2024-05-22T12:30:00+02:00",
    tz_label="CET",
    euroclusters=["Silicon Eurocluster"],
    assets=[
        asset(
            "Matchmaking guidelines",
            "https://clustercollaboration.eu/sites/default/files/2024-04/ECCP_Matchmaking_guidelines.pdf",
        )
    ],
    notes="The first line of the body is a registration deadline with a time and zone ('10 May 2024, 23:59 CET'), the event sentence comes after it ('22 May 2024, 10:00 – 12:30 CET', +02:00); Eurocluster named by its full name 'Silicon Europe Eurocluster' (acronym 'Silicon Eurocluster'); a PDF icon link with only a title attribute (label from the title); b2match link is not an asset.",
)


# ================================================================================================ non-event pages

# --- ho-032: ECCP news item that mentions event dates and times
URL = "https://clustercollaboration.eu/news/euroclusters-one-year-support-smes"
H = "Euroclusters: one year of support for SMEs"
body = """<p>On 1 September 2022, 30 Euroclusters were launched under the Single Market Programme. One year later, they have signed up more than 2,000 SMEs for their support services and opened 45 calls for financial support to third parties.</p>
<p>The results were discussed at the EU Clusters Talk “Meet the Euroclusters” on 8 March 2023, 8:30 – 9:45 CET, and will be presented again at the European Cluster Conference.</p>
<p>A second call for Euroclusters is expected in 2024. The next EU Clusters Talk on 11 October 2023 is dedicated to electromobility.</p>"""
content = drupal_byline("ECCP Team", "04 September 2023", "2023-09-04T10:00:00+00:00") + drupal_field(
    "body", body, node_type="news", formatter="field--text-with-summary.html.twig"
)
page(
    "ho-032",
    URL,
    "T1",
    drupal_page(
        url=URL,
        node_id=53300,
        node_type="news",
        heading=H,
        content=content,
        sidebar=ECCP_UPCOMING_2023,
        breadcrumb="News",
    ),
    is_event=False,
    title=H,
    page_title=H,
    notes="NOT an event: a news item about the Euroclusters' results; it mentions a past Talk with date, time and zone and the date of the next Talk; generic '30 Euroclusters'.",
)

# --- ho-033: ECCP open call page with a deadline, time and zone, and an info session
URL = "https://clustercollaboration.eu/open-calls/ingenious-2nd-open-call-innovation-grants-energy-intensive-industries"
H = "INGENIOUS 2nd open call: innovation grants for energy-intensive industries"
body = """<p>The INGENIOUS Eurocluster opens its second call for innovation grants for SMEs in energy-intensive industries. Grants of up to EUR 60,000 support the adoption of green and digital technologies.</p>
<p><strong>Opening:</strong> 15 January 2024<br><strong>Deadline:</strong> 15 March 2024, 17:00 CET</p>
<p>An online info session takes place on 20 February 2024, 10:00 – 11:00 CET. Questions can be sent to the call helpdesk until 8 March 2024.</p>
<p><a href="/sites/default/files/2024-01/INGENIOUS_2nd_open_call_guide.pdf">Guide for applicants</a></p>"""
content = (
    '<div class="field field--name-field-deadline field--type-datetime field--label-inline"><div class="field__label">Deadline</div><div class="field__item"><time datetime="2024-03-15T16:00:00Z">Fri, 15/03/2024 - 17:00</time></div></div>\n'
    + drupal_field("body", body, node_type="open_call", formatter="field--text-with-summary.html.twig")
)
page(
    "ho-033",
    URL,
    "T1",
    drupal_page(
        url=URL, node_id=54902, node_type="open_call", heading=H, content=content, sidebar="", breadcrumb="Open calls"
    ),
    is_event=False,
    title=H,
    page_title=H,
    euroclusters=["INGENIOUS"],
    assets=[
        asset(
            "Guide for applicants",
            "https://clustercollaboration.eu/sites/default/files/2024-01/INGENIOUS_2nd_open_call_guide.pdf",
        )
    ],
    notes="NOT an event: an open call with opening and deadline dates, a deadline time with zone in a Drupal datetime field, and an info session with date and time range.",
)

# --- ho-034: ECCP event calendar listing
URL = "https://clustercollaboration.eu/event-calendar"
H = "Event calendar"
rows = "".join(
    f'<div class="views-row"><article class="teaser teaser--event"><div class="teaser__date">{when}</div><h3 class="teaser__title"><a href="{href}">{title}</a></h3><div class="teaser__type">{kind}</div><div class="teaser__summary">{summary}</div></article></div>\n'
    for when, href, title, kind, summary in [
        (
            '<time datetime="2024-04-17T06:30:00Z">Wed, 17/04/2024 - 08:30</time>',
            "/content/eu-clusters-talk-autonomy-innovation-and-security-eu-strategies-aerospace-and",
            "EU Clusters Talk: Autonomy, innovation and security",
            "Online",
            "Speakers include Pierre Lefèvre, Head of Unit, DG DEFIS.",
        ),
        (
            '<time datetime="2024-05-07T12:00:00Z">Tue, 07/05/2024</time> - <time datetime="2024-05-08T12:00:00Z">Wed, 08/05/2024</time>',
            "/content/european-cluster-conference-2024",
            "European Cluster Conference 2024",
            "Physical event",
            "Brussels, 7-8 May 2024.",
        ),
        (
            '<time datetime="2024-05-22T08:00:00Z">Wed, 22/05/2024 - 10:00</time>',
            "/event-calendar/eu-cluster-matchmaking-semiconductors-and-microelectronics",
            "EU Cluster Matchmaking: Semiconductors and microelectronics",
            "Online",
            "Bilateral meetings on b2match.",
        ),
        (
            '<time datetime="2024-06-12T06:30:00Z">Wed, 12/06/2024 - 08:30</time>',
            "/content/eu-clusters-talks-net-zero-industry-act",
            "EU Clusters Talks: Net-Zero Industry Act",
            "Online",
            "",
        ),
        (
            '<time datetime="2024-06-18T12:00:00Z">Tue, 18/06/2024</time> - <time datetime="2024-06-19T12:00:00Z">Wed, 19/06/2024</time>',
            "/content/clusters-meet-regions-graz-austria",
            "Clusters meet Regions - Graz, Austria",
            "Physical event",
            "",
        ),
    ]
)
content = (
    '<div class="view view-event-calendar view-id-event_calendar"><div class="view-filters"><form><label>Event type</label><select><option>- Any -</option><option>EU Clusters Talks</option><option>Clusters meet Regions</option></select></form></div>\n<div class="view-content">\n'
    + rows
    + '</div>\n<nav class="pager"><ul class="pager__items"><li class="pager__item is-active">1</li><li class="pager__item"><a href="?page=1">2</a></li><li class="pager__item pager__item--next"><a href="?page=1">Next ›</a></li></ul></nav></div>\n'
)
page(
    "ho-034",
    URL,
    "T1",
    drupal_page(
        url=URL, node_id=12, node_type="", heading=H, content=content, sidebar="", body_class="path-event-calendar"
    ),
    is_event=False,
    title=H,
    page_title=H,
    notes="NOT an event: the ECCP event calendar (a Views listing of five events with dates, times and a speaker name in a teaser).",
)

# --- ho-035: ECCP tag page
URL = "https://clustercollaboration.eu/tags/euroclusters"
H = "Euroclusters"
rows = "".join(
    f'<div class="views-row"><article class="teaser"><span class="teaser__date">{d}</span><h3 class="teaser__title"><a href="{h}">{t}</a></h3></article></div>\n'
    for d, h, t in [
        (
            "11 October 2023",
            "/content/eu-clusters-talks-electromobility-clusters-driving-change",
            "EU Clusters Talks: Electromobility – clusters driving the change",
        ),
        ("04 September 2023", "/news/euroclusters-one-year-support-smes", "Euroclusters: one year of support for SMEs"),
        (
            "08 March 2023",
            "/content/eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition",
            "EU Clusters Talks: Meet the Euroclusters: Initiatives for the green and digital transition",
        ),
        (
            "15 January 2024",
            "/open-calls/ingenious-2nd-open-call-innovation-grants-energy-intensive-industries",
            "INGENIOUS 2nd open call: innovation grants for energy-intensive industries",
        ),
    ]
)
content = f'<div class="taxonomy-term vocabulary-tags"><div class="field field--name-description"><p>Content tagged with Euroclusters.</p></div></div>\n<div class="view view-taxonomy-term"><div class="view-content">\n{rows}</div></div>\n'
page(
    "ho-035",
    URL,
    "T1",
    drupal_page(url=URL, node_id=1, node_type="", heading=H, content=content, sidebar="", body_class="path-taxonomy"),
    is_event=False,
    title=H,
    page_title=H,
    notes="NOT an event: a Drupal taxonomy term page listing teasers of events, news and an open call, each with a date.",
)

# --- ho-036: WordPress Eurocluster project page with durations and a kick-off meeting date
URL = "https://www.lighting-cluster.eu/projects/sileo-eurocluster/"
H = "SILEO Eurocluster"
content = """<p>SILEO – Supporting the Innovation of Lighting and furniture Ecosystems – is one of the 30 Euroclusters funded by the Single Market Programme.</p>
<table class="project-facts"><tr><th>Duration</th><td>1 September 2022 – 28 February 2025</td></tr><tr><th>Budget</th><td>EUR 2,000,000</td></tr><tr><th>Coordinator</th><td>European Lighting Cluster Alliance (ELCA)</td></tr></table>
<p>The consortium held its kick-off meeting in Milan on 27 September 2022. Its first open call for SMEs ran from 1 March to 30 April 2023.</p>
<p>Partners:</p>
<ul><li>European Lighting Cluster Alliance, Belgium</li><li>Habitat Cluster, Spain</li><li>Furniture Cluster Poland</li></ul>"""
page(
    "ho-036",
    URL,
    "T3",
    wp_classic(
        url=URL,
        site="European Lighting Cluster Alliance",
        tagline="Lighting clusters of Europe",
        lang="en-GB",
        heading=H,
        meta="",
        content=content,
        sidebar=wp_widget("Projects", ['<a href="#">SILEO</a>', '<a href="#">LightUp4Growth</a>']),
        body_class="page-template-default page",
    ),
    is_event=False,
    title=H,
    page_title=H,
    euroclusters=["SILEO"],
    notes="NOT an event: a WordPress project page; project duration '1 September 2022 – 28 February 2025', a past kick-off meeting date and an open-call period look like event dates; partner list.",
)

# --- ho-037: ECCP 'Access denied'
URL = "https://clustercollaboration.eu/content/eccp-internal-working-group-2024"
H = "Access denied"
content = '<div class="messages messages--error" role="alert"><h2 class="visually-hidden">Error message</h2>You are not authorized to access this page.</div>\n'
page(
    "ho-037",
    URL,
    "T1",
    drupal_page(
        url=URL,
        node_id=403,
        node_type="",
        heading=H,
        content=content,
        sidebar=ECCP_UPCOMING_2023,
        body_class="path-system",
    ),
    is_event=False,
    title=H,
    page_title=H,
    notes="NOT an event: Drupal 403 'Access denied' page with the 'Upcoming events' sidebar (dates and titles of other events).",
)

# --- ho-038: ECCP log-in page
URL = "https://clustercollaboration.eu/user/login?destination=/content/eu-clusters-talks-members-only-briefing"
H = "Log in"
content = """<form class="user-login-form" action="/user/login?destination=/content/eu-clusters-talks-members-only-briefing" method="post" id="user-login-form" accept-charset="UTF-8">
<div class="js-form-item form-item form-item-name"><label for="edit-name" class="js-form-required form-required">Username</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" required="required" /><div class="description">Enter your European Cluster Collaboration Platform username.</div></div>
<div class="js-form-item form-item form-item-pass"><label for="edit-pass" class="js-form-required form-required">Password</label><input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" /></div>
<input type="hidden" name="form_id" value="user_login_form" /><div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Log in" class="button js-form-submit form-submit" /></div>
</form>
<p><a href="/user/password">Reset your password</a> · <a href="/register-your-profile">Create new account</a></p>"""
page(
    "ho-038",
    URL,
    "T1",
    drupal_page(url=URL, node_id=0, node_type="", heading=H, content=content, sidebar="", body_class="path-user"),
    is_event=False,
    title=H,
    page_title=H,
    notes="NOT an event: the Drupal log-in form reached through a redirect from an event URL (the destination names an EU Clusters Talk).",
)

# --- ho-039: Cloudflare bot challenge
URL = "https://www.clustercollaboration.eu/content/clusters-meet-regions-charleroi-belgium"
cf = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript><h1 class="zone-name-title h1">www.clustercollaboration.eu</h1><h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2><div id="challenge-stage"></div><div id="challenge-body-text" class="core-msg spacer">www.clustercollaboration.eu needs to review the security of your connection before proceeding.</div></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "www.clustercollaboration.eu",cType: 'managed',cNounce: '51902',cRay: '8a1f3c2b7d9e4f01',cHash: '6b2a9c1e0f7d3a4',cUPMDTk: "\\/content\\/clusters-meet-regions-charleroi-belgium?__cf_chl_tk=Xq1.8sQ-1732608000-0-gaNycGzNDBA",cFPWv: 'b',cTTimeMs: '1000',cMTimeMs: '390000',cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/content\\/clusters-meet-regions-charleroi-belgium?__cf_chl_f_tk=Xq1.8sQ-1732608000-0-gaNycGzNDBA",md: "7nq0Zl1kA.x",cRq: {ru: 'aHR0cHM6Ly93d3cuY2x1c3RlcmNvbGxhYm9yYXRpb24uZXUvY29udGVudC9jbHVzdGVycy1tZWV0LXJlZ2lvbnMtY2hhcmxlcm9pLWJlbGdpdW0=',ra: 'TW96aWxsYS81LjA=',d: 'aGVsbG8='}};var cpo=document.createElement('script');cpo.src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8a1f3c2b7d9e4f01';window._cf_chl_opt.cOgUHash=location.hash===''&&location.href.indexOf('#')!==-1?'#':location.hash;document.getElementsByTagName('head')[0].appendChild(cpo);}());</script><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8a1f3c2b7d9e4f01</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source=challenge&amp;utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>"""
page(
    "ho-039",
    URL,
    "T5",
    cf,
    is_event=False,
    title="Just a moment...",
    page_title="www.clustercollaboration.eu",
    notes="NOT an event: Cloudflare managed challenge ('Just a moment...') served instead of a Clusters meet Regions page; the URL names an event.",
)

# --- ho-040: empty page (the body was never rendered)
URL = "https://www.nca.cz/news/eu-clusters-talk-space-data-15-may-2024"
page(
    "ho-040",
    URL,
    "T2",
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Modus | Home page</title>\n</head>\n<body>\n\n</body>\n</html>\n',
    is_event=False,
    title=None,
    page_title=None,
    notes="NOT an event: an empty document (head with nca.cz's generic <title>, empty body); the URL slug names an EU Clusters Talk with a date.",
)

# --- ho-041: WordPress 404 with an upcoming-events widget
URL = "https://www.baltic-construction-cluster.eu/2022/10/25/eu-clusters-talk-construction-digital-twins/"
H = "Oops! That page can&rsquo;t be found."
content = '<p>It looks like nothing was found at this location. Maybe try one of the links below or a search?</p>\n<form role="search" method="get" class="search-form" action="https://www.baltic-construction-cluster.eu/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s" /><input type="submit" class="search-submit" value="Search" /></form>'
side = wp_widget(
    "Upcoming events",
    [
        '<a href="#">EU Clusters Talk: Green skills</a> <span>Oct 19, 2022 @ 10:00 am - 11:30 am</span>',
        '<a href="#">Cluster Day Riga</a> <span>Nov 8, 2022 @ 9:00 am</span>',
    ],
    "widget_tribe-widget-events-list",
)
page(
    "ho-041",
    URL,
    "T3",
    wp_classic(
        url=URL,
        site="Baltic Construction Cluster",
        tagline="Building together around the Baltic Sea",
        lang="en-US",
        heading=H,
        meta="",
        content=content,
        sidebar=side,
        body_class="error404",
    ),
    is_event=False,
    title="Oops! That page can’t be found.",
    page_title="Oops! That page can’t be found.",
    notes="NOT an event: WordPress 404 page whose URL names an EU Clusters Talk; the events widget lists dates and times of other events.",
)

# --- ho-042: e-mail newsletter (Mailchimp-like) listing several events
URL = "https://us12.campaign-archive.com/?u=7f3a1b2c4d5e6f708192a3b4c&id=9e8d7c6b5a"
H = "ECCP Newsletter – March 2024"
nl = """<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ECCP Newsletter – March 2024</title>
<style type="text/css">p{margin:10px 0;padding:0}table{border-collapse:collapse}h1,h2,h3{display:block;margin:0;padding:0}.mcnTextContent{word-break:break-word}</style>
</head>
<body>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent">News, events and open calls from the European Cluster Collaboration Platform | <a href="*|ARCHIVE|*">View this email in your browser</a></td></tr></table></td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tr><td class="mcnImageContent"><img align="center" alt="ECCP newsletter header" src="https://mcusercontent.com/7f3a1b2c4d5e6f708192a3b4c/images/eccp-header.png" width="564" class="mcnImage"></td></tr></table></td></tr>
<tr><td valign="top" id="templateBody">
<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent">
<h1>ECCP Newsletter – March 2024</h1>
<p>Dear cluster community,</p>
<p>spring is full of events. Here is what is coming up:</p>
<h3>EU Clusters Talk: Critical raw materials</h3>
<p>6 March 2024, 8:30 – 9:45 CET · Online<br>Speakers include Hanna Virtanen, Geological Survey of Finland.</p>
<h3>EU Clusters Talk: Space data for cluster members</h3>
<p>20 March 2024, 8:30 – 9:45 CET · Online</p>
<h3>EU Clusters Talk: Autonomy, innovation and security</h3>
<p>17 April 2024, 8:30 – 9:45 CET · Online</p>
<h3>European Cluster Conference 2024</h3>
<p>7–8 May 2024 · Brussels. Registration deadline: 19 April 2024.</p>
<h3>Open calls</h3>
<p>INGENIOUS 2nd open call – deadline 15 March 2024, 17:00 CET.</p>
</td></tr></table>
</td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent"><em>Copyright © 2024 European Cluster Collaboration Platform, All rights reserved.</em><br>You are receiving this email because you subscribed on clustercollaboration.eu.<br><a href="*|UNSUB|*">unsubscribe from this list</a> · <a href="*|UPDATE_PROFILE|*">update subscription preferences</a></td></tr></table></td></tr>
</table>
</td></tr></table>
</center>
</body>
</html>
"""
page(
    "ho-042",
    URL,
    "T5",
    nl,
    is_event=False,
    title=H,
    page_title=H,
    notes="NOT an event: an e-mail newsletter archive listing four events with dates, times and zone labels, a speaker name and an open-call deadline.",
)

# --- ho-043: German news (not an event): open call with a deadline 'bis zum 15. Mai 2024, 17:00 Uhr' and an info webinar
URL = "https://www.clusterplattform.de/aktuelles/euroclusters-neue-ausschreibung-2024"
H = "Euroclusters: Neue Ausschreibung im Binnenmarktprogramm"
de4 = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Euroclusters: Neue Ausschreibung im Binnenmarktprogramm | Clusterplattform Deutschland</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body class="news-detail">
<header><a href="/" class="brand">Clusterplattform Deutschland</a><nav><a href="/cluster">Cluster</a> <a href="/foerderung">Förderung</a> <a href="/aktuelles" class="active">Aktuelles</a> <a href="/termine">Termine</a></nav></header>
<main>
<article>
<p class="kicker">Förderung · 04.03.2024</p>
<h1>Euroclusters: Neue Ausschreibung im Binnenmarktprogramm</h1>
<p class="teaser"><strong>Die Europäische Kommission hat die zweite Runde der Euroclusters-Ausschreibung veröffentlicht.</strong></p>
<p>Gefördert werden grenzüberschreitende Konsortien aus Clusterorganisationen, die kleine und mittlere Unternehmen bei der grünen und digitalen Transformation unterstützen. Anträge können bis zum 15. Mai 2024, 17:00 Uhr (MESZ) eingereicht werden.</p>
<p>Am 26. März 2024 von 10:00 bis 11:30 Uhr bietet die Nationale Kontaktstelle ein Informations-Webinar an. Referentin ist Dr. Petra Neumann, Nationale Kontaktstelle Binnenmarktprogramm.</p>
<p>Weitere Informationen: <a href="/fileadmin/downloads/euroclusters-2024-leitfaden.pdf">Leitfaden (PDF)</a></p>
</article>
</main>
<footer><p>© 2024 Clusterplattform Deutschland · Impressum · Datenschutz</p></footer>
</body>
</html>
"""
page(
    "ho-043",
    URL,
    "T5",
    de4,
    lang="de",
    is_event=False,
    title=H,
    page_title=H,
    assets=[
        asset("Leitfaden (PDF)", "https://www.clusterplattform.de/fileadmin/downloads/euroclusters-2024-leitfaden.pdf")
    ],
    notes="NOT an event: German news item about a funding call; deadline 'bis zum 15. Mai 2024, 17:00 Uhr (MESZ)' and an information webinar with date, time range and a speaker mentioned in passing.",
)

# --- ho-044: Polish event listing, ISO-8859-2 declared correctly
URL = "https://www.klastry.pl/wydarzenia/"
H = "Wydarzenia"
pl4 = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">
<title>Wydarzenia - Portal Klastrów</title>
</head>
<body>
<div id="naglowek"><a href="/">Portal Klastrów</a> | <a href="/klastry/">Klastry</a> | <a href="/wydarzenia/">Wydarzenia</a> | <a href="/kontakt/">Kontakt</a></div>
<div id="tresc">
<h1>Wydarzenia</h1>
<div class="wydarzenie"><h2><a href="/wydarzenia/eu-clusters-talk-dpp/">EU Clusters Talk: Cyfrowy paszport produktu</a></h2><p class="data">6 grudnia 2023 r., godz. 8:30–9:45</p><p>Spotkanie online organizowane przez ECCP.</p></div>
<div class="wydarzenie"><h2><a href="/wydarzenia/cmr-rzeszow/">Clusters meet Regions – Rzeszów</a></h2><p class="data">18–19 kwietnia 2024 r.</p><p>Warsztaty ECCP na Podkarpaciu.</p></div>
<div class="wydarzenie"><h2><a href="/wydarzenia/forum-klastrow-2024/">Forum Klastrów Polskich</a></h2><p class="data">15 października 2024 r., godz. 10:00</p><p>Doroczne spotkanie koordynatorów klastrów w Łodzi.</p></div>
<p class="stronicowanie">Strona 1 z 4 · <a href="/wydarzenia/?strona=2">następna »</a></p>
</div>
<div id="stopka">Portal Klastrów · 2024</div>
</body>
</html>
"""
page(
    "ho-044",
    URL,
    "T5",
    pl4,
    lang="pl",
    is_event=False,
    title=H,
    page_title=H,
    encoding="iso-8859-2",
    notes="NOT an event: Polish listing of three events with dates and times, ISO-8859-2 bytes declared by http-equiv.",
)

# --- ho-045: nca.cz news listing
URL = "https://www.nca.cz/en/news/"
items = "".join(
    f'<article class="news-item"><div class="news-item__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{d}</div><h2 class="news-item__title"><a href="{h}">{t}</a></h2><p class="news-item__perex">{p}</p></article>\n'
    for d, h, t, p in [
        (
            "16.04.2024",
            "/news/single-market-resilience-what-clusters-need-to-know-eu-clusters-talk-24-april-2024",
            "Single Market resilience: what clusters need to know - EU Clusters Talk, 24 April 2024",
            "The EU Clusters Talk on 24 April 2024, 8:30 – 9:45 CET, discusses the Internal Market Emergency and Resilience Act.",
        ),
        (
            "29.04.2024",
            "/news/european-cluster-conference-2024-takes-place-in-brussels/",
            "European Cluster Conference 2024 takes place in Brussels",
            "The conference takes place on 7-8 May 2024.",
        ),
        (
            "05.06.2024",
            "/news/clusters-meet-regions-graz-austria-18-19-june-2024/",
            "Clusters meet Regions - Graz, Austria, 18 - 19 June 2024",
            "Invitation to the Clusters meet Regions workshop in Graz.",
        ),
    ]
)
nca_list = nca_page(
    url=URL,
    heading="News",
    stamp="",
    content=f'<div class="news-listing">\n{items}</div>\n<nav class="pagination"><a class="is-active">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a></nav>',
    files="",
    news=[],
)
page(
    "ho-045",
    URL,
    "T2",
    nca_list,
    is_event=False,
    title="News",
    page_title="News",
    notes="NOT an event: the nca.cz news listing (Modus), three teasers with Clock-icon stamps and event dates and times in their perexes.",
)

# --- ho-046: ECCP publication page with a PDF
URL = "https://clustercollaboration.eu/publications/european-cluster-panorama-2024"
H = "European Cluster Panorama 2024"
body = """<p>The European Cluster Panorama 2024 maps more than 3,000 clusters across the EU and analyses their specialisation in the 14 industrial ecosystems. It was presented at the European Cluster Conference on 7 May 2024 in Brussels.</p>
<p>The report was prepared for the European Commission by the European Observatory for Clusters and Industrial Change.</p>
<p><a href="/sites/default/files/2024-05/European_Cluster_Panorama_2024.pdf">Download the report (PDF, 9.8 MB)</a></p>"""
content = drupal_byline("ECCP Team", "07 May 2024", "2024-05-07T09:00:00+00:00") + drupal_field(
    "body", body, node_type="publication", formatter="field--text-with-summary.html.twig"
)
page(
    "ho-046",
    URL,
    "T1",
    drupal_page(
        url=URL,
        node_id=56110,
        node_type="publication",
        heading=H,
        content=content,
        sidebar=teaser_news([("03 May 2024", "/news/ecc-2024-programme", "ECC 2024: programme published")]),
        breadcrumb="Publications",
    ),
    is_event=False,
    title=H,
    page_title=H,
    assets=[
        asset(
            "Download the report (PDF, 9.8 MB)",
            "https://clustercollaboration.eu/sites/default/files/2024-05/European_Cluster_Panorama_2024.pdf",
        )
    ],
    notes="NOT an event: a publication page with a PDF; mentions the date of the conference where the report was presented.",
)


# ================================================================================================ more event pages

# --- ho-047: WordPress event page whose sidebar carries the event's own documents; common words that are Eurocluster acronyms
URL = "https://www.crafts-textile-cluster.eu/events/webinar-digital-tools-for-craft-and-textile-smes/"
H = "Webinar: Digital tools for craft and textile SMEs"
content = """<div class="event-when"><span class="dashicons dashicons-calendar-alt"></span> Thursday 16 November 2023 | 14:00 - 15:30 CET</div>
<p>Small weaving, knitting and dyeing workshops sell more and more online. In this webinar our members show which e-commerce, design and production-planning tools worked for them – from a studio that revived ikat weaving to a jewellery maker whose web shop became the real jewel of her business.</p>
<p>Speakers:</p>
<ul>
<li>Elif Yılmaz, Founder, Ikat Atelier Antwerp</li>
<li>Tiago Ferreira, Digital Transformation Manager, Portuguese Crafts Association</li>
<li>Hanne Jacobs, Cluster Manager, Flanders Textile Cluster</li>
</ul>
<p>The slides are published after the webinar: <a href="https://www.crafts-textile-cluster.eu/wp-content/uploads/2023/11/Webinar-digital-tools-slides.PDF?ver=2">Presentation slides</a>.</p>
<p><a class="button" href="https://www.crafts-textile-cluster.eu/events/webinar-digital-tools-for-craft-and-textile-smes/ical/">Add to calendar</a></p>"""
side = (
    '<section class="widget widget_event_documents"><h2 class="widget-title">Documents for this event</h2><ul>\n'
    '<li><a href="https://www.crafts-textile-cluster.eu/wp-content/uploads/2023/10/Webinar-16-11-2023-agenda.pdf">Agenda</a></li>\n'
    '<li><a href="https://www.crafts-textile-cluster.eu/wp-content/uploads/2023/10/Digital-tools-checklist.xlsx">Self-assessment checklist (Excel)</a></li>\n'
    "</ul></section>\n"
    + wp_widget(
        "Recent news",
        [
            '<a href="#">Annual meeting 2023: report</a> <span class="post-date">October 2, 2023</span>',
            '<a href="#">New members from Ghent</a> <span class="post-date">September 18, 2023</span>',
        ],
    )
)
page(
    "ho-047",
    URL,
    "T3",
    wp_classic(
        url=URL,
        site="Crafts &amp; Textile Cluster Flanders",
        tagline="",
        lang="en-GB",
        heading=H,
        meta=wp_posted("2023-10-20T09:00:00+02:00", "October 20, 2023", "Hanne Jacobs"),
        content=content,
        sidebar=side,
        theme="neve",
        body_class="event-template-default single single-event",
    ),
    title=H,
    page_title=H,
    series=None,
    start="2023-11-16T14:00:00+01:00",
    end="2023-11-16T15:30:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Elif Yılmaz", "Founder", "Ikat Atelier Antwerp"),
        sp("Tiago Ferreira", "Digital Transformation Manager", "Portuguese Crafts Association"),
        sp("Hanne Jacobs", "Cluster Manager", "Flanders Textile Cluster"),
    ],
    assets=[
        asset(
            "Presentation slides",
            "https://www.crafts-textile-cluster.eu/wp-content/uploads/2023/11/Webinar-digital-tools-slides.PDF?ver=2",
        ),
        asset(
            "Agenda", "https://www.crafts-textile-cluster.eu/wp-content/uploads/2023/10/Webinar-16-11-2023-agenda.pdf"
        ),
        asset(
            "Self-assessment checklist (Excel)",
            "https://www.crafts-textile-cluster.eu/wp-content/uploads/2023/10/Digital-tools-checklist.xlsx",
        ),
    ],
    notes="A cluster's own webinar (series null) on a WordPress events page: 'Thursday 16 November 2023 | 14:00 - 15:30 CET'; the post author is also a speaker; 'ikat', 'Ikat Atelier' and 'jewel' are ordinary words, not the IKAT or JEWEL Euroclusters; an upper-case '.PDF?ver=2' link in the body, then the sidebar box 'Documents for this event' holding this event's agenda (.pdf) and checklist (.xlsx): documents attached to the event page, so assets (body first, then sidebar, in page order); an /ical/ link is not an asset.",
)

# --- ho-048: Polish static page in windows-1250 with NO charset declaration, the seed event, alias 'X-BUILD EU'
URL = "https://www.klaster-mazowsze.pl/aktualnosci/eu-clusters-talk-8-marca-2023.html"
H = "EU Clusters Talk: poznaj Euroklastry"
pl5 = """<html>
<head>
<title>EU Clusters Talk: poznaj Euroklastry</title>
</head>
<body>
<table width="100%"><tr><td><a href="/">Klaster Mazowsze</a></td><td align="right"><a href="/aktualnosci/">Aktualności</a> | <a href="/kontakt/">Kontakt</a></td></tr></table>
<h1>EU Clusters Talk: poznaj Euroklastry</h1>
<p>Europejska Platforma Współpracy Klastrów zaprasza na spotkanie online „Meet the Euroclusters: Initiatives for the green and digital transition”, które odbędzie się 8 marca 2023 r., godz. 8:30–9:45.</p>
<p>1 września 2022 r. rozpoczęło działalność 30 Euroklastrów. Podczas spotkania cztery z nich przedstawią swoje plany wsparcia dla MŚP.</p>
<p>Prelegenci:</p>
<ul>
<li>Marek Przeor, Team Leader - Cluster Policy, DG GROW, Komisja Europejska;</li>
<li>Ewa Rekosz, Mazovia Cluster ICT, Eurocluster INGENIOUS;</li>
<li>Josep Casamada, AEI TÈXTILS, X-BUILD EU Eurocluster;</li>
<li>Loïc Marin, CIMES, GEMSTONE Eurocluster.</li>
</ul>
<p>Zapraszamy!</p>
<p><small>Dodano: 1 marca 2023 r. · Wyświetleń: 97</small></p>
</body>
</html>
"""
page(
    "ho-048",
    URL,
    "T5",
    pl5,
    lang="pl",
    title="Meet the Euroclusters: Initiatives for the green and digital transition",
    page_title=H,
    series="EU Clusters Talks",
    start="2023-03-08T08:30:00+01:00",
    end="2023-03-08T09:45:00+01:00",
    tz_label=None,
    speakers=[
        sp("Marek Przeor", "Team Leader - Cluster Policy", "DG GROW, Komisja Europejska"),
        sp("Ewa Rekosz", None, "Mazovia Cluster ICT", "INGENIOUS"),
        sp("Josep Casamada", None, "AEI TÈXTILS", "xBUILD-EU"),
        sp("Loïc Marin", None, "CIMES", "GEMSTONE"),
    ],
    euroclusters=["GEMSTONE", "INGENIOUS", "xBUILD-EU"],
    encoding="cp1250",
    notes="windows-1250 bytes with no charset declaration at all (no meta, no BOM; 'È' and 'ï', which cp1250 lacks, as numeric references); '8 marca 2023 r., godz. 8:30–9:45' without a zone label (tz_label null, +01:00); the seed event's speakers with Polish 'Komisja Europejska' and the alias 'X-BUILD EU' (xBUILD-EU); 'Dodano: 1 marca 2023 r.' publication date, views counter and the launch date '1 września 2022 r.' are not the event.",
)

# --- ho-049: ECCP recording page of a 2022 Talk, zero-padded '08:30 - 09:30 CEST', award suffix, 'Speakers included:'
URL = "https://clustercollaboration.eu/content/eu-clusters-talks-tourism-transition-pathway-recording"
H = "EU Clusters Talks: Tourism transition pathway – recording and slides"
body = """<p>The EU Clusters Talk “Tourism: clusters on the transition pathway” took place on 21 September 2022, 08:30 - 09:30 CEST. The recording and the slides are now available.</p>
<p>Rural areas can be a dream destination for visitors who look for nature and local food, but small tourism businesses often lack the means to go green and digital. The Talk presented the transition pathway for tourism and the first activities of two Euroclusters.</p>
<p>Speakers included:</p>
<ul>
<li>Sandra Keller, Policy Officer – Tourism Unit, DG GROW, European Commission;</li>
<li>Marta Novak, CEO, Slovenian Tourism Cluster, European Cluster Manager of the Year 2022;</li>
<li>Giorgio Benetti, Project Coordinator, Venetian Cluster, EU Rural Tourism Eurocluster;</li>
<li>Eleni Kosta, Cluster Manager, Crete Tourism Cluster, IKAT Eurocluster.</li>
</ul>
<p><a href="https://www.youtube.com/watch?v=Tp4rQx8LmZ0">Watch the recording</a> · <a href="/sites/default/files/2022-09/EUCT_Tourism_slides.pdf">Slides</a> · <a href="/sites/default/files/2022-09/EUCT_Tourism_poll_results.xlsx">Poll results</a></p>"""
content = drupal_byline("ECCP Team", "28 September 2022", "2022-09-28T12:30:00+00:00") + drupal_field(
    "body", body, node_type="article", formatter="field--text-with-summary.html.twig"
)
page(
    "ho-049",
    URL,
    "T1",
    drupal_page(
        url=URL,
        node_id=50211,
        node_type="article",
        heading=H,
        content=content,
        sidebar=teaser_news(
            [
                (
                    "22 September 2022",
                    "/news/transition-pathway-tourism-one-year",
                    "Transition pathway for tourism: one year on",
                )
            ]
        ),
        breadcrumb="News",
    ),
    title="Tourism: clusters on the transition pathway",
    page_title=H,
    series="EU Clusters Talks",
    start="2022-09-21T08:30:00+02:00",
    end="2022-09-21T09:30:00+02:00",
    tz_label="CEST",
    speakers=[
        sp("Sandra Keller", "Policy Officer – Tourism Unit", "DG GROW, European Commission"),
        sp("Marta Novak", "CEO", "Slovenian Tourism Cluster"),
        sp("Giorgio Benetti", "Project Coordinator", "Venetian Cluster", "EU Rural Tourism"),
        sp("Eleni Kosta", "Cluster Manager", "Crete Tourism Cluster", "IKAT"),
    ],
    euroclusters=["EU Rural Tourism", "IKAT"],
    assets=[
        asset("Slides", "https://clustercollaboration.eu/sites/default/files/2022-09/EUCT_Tourism_slides.pdf"),
        asset(
            "Poll results", "https://clustercollaboration.eu/sites/default/files/2022-09/EUCT_Tourism_poll_results.xlsx"
        ),
    ],
    notes="Recording page a week after the Talk (byline 28 September 2022): past tense 'took place on 21 September 2022, 08:30 - 09:30 CEST' (zero-padded, spaced hyphen) and 'Speakers included:'; a role with a dash ('Policy Officer – Tourism Unit') before 'DG GROW, European Commission'; award suffix 'European Cluster Manager of the Year 2022' dropped from the organisation; Euroclusters 'EU Rural Tourism' (multi-word acronym) and 'IKAT' in lines; 'dream' in prose is not DREAM; YouTube link is not an asset, .pdf and .xlsx are.",
)

# --- ho-050: nca.cz event report in winter, prose speakers, one attachment with a winter Created stamp
URL = "https://www.nca.cz/news/we-went-to-katowice-to-attend-the-clusters-meet-regions"
H = "We went to Katowice to attend the Clusters Meet Regions"
content = """<p>On 9 – 10 November 2022, the Clusters meet Regions workshop of the European Cluster Collaboration Platform took place in Katowice, Poland. The Silesian region showed how its coal-mining areas are moving to new industries with the help of clusters.</p>
<p>Jakub Boratynski, Director of Networks and Governance, DG GROW, European Commission, opened the workshop. Ing. Petr Novák, Chairman of the Board of the National Cluster Association, presented the Czech cluster landscape in the panel on industrial transition, next to Agnieszka Wróbel, Head of the Silesian Cluster Office at the Marshal's Office of the Silesian Voivodeship.</p>
<p>The participants also visited the Katowice Special Economic Zone. The next edition will take place in Kosice on 29 &amp; 30 March 2023.</p>"""
files = nca_files(
    "Attachments",
    [
        (
            "Clusters meet Regions Katowice - presentation NCA",
            "/files/cmr-katowice-2022-presentation-nca.pdf",
            "15/11/2022 13:42:10",
            True,
        )
    ],
)
news = [
    (
        "10.05.2023",
        "/news/transition-pathway-for-textiles-for-sustainable-and-circular-value-chains-invitation-for-the-eu-clusters-talk-17-may-2023",
        "Transition Pathway for Textiles: For sustainable and circular value chains - Invitation for the EU Clusters Talk, 17 May 2023",
    ),
    (
        "15.03.2023",
        "/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023",
        "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023",
    ),
]
page(
    "ho-050",
    URL,
    "T2",
    nca_page(url=URL, heading=H, stamp="15.11.2022", content=content, files=files, news=news),
    title=H,
    page_title=H,
    series="Clusters meet Regions",
    start="2022-11-09",
    end="2022-11-10",
    speakers=[
        sp("Jakub Boratynski", "Director of Networks and Governance", "DG GROW, European Commission"),
        sp("Petr Novák", "Chairman of the Board", "National Cluster Association"),
        sp("Agnieszka Wróbel", "Head of the Silesian Cluster Office", "Marshal's Office of the Silesian Voivodeship"),
    ],
    assets=[
        asset(
            "Clusters meet Regions Katowice - presentation NCA",
            "https://www.nca.cz/files/cmr-katowice-2022-presentation-nca.pdf",
            "2022-11-15T13:42:10+01:00",
        )
    ],
    notes="nca.cz report: spaced en-dash day range '9 – 10 November 2022'; Clock-icon stamp 15.11.2022 and the next edition's date '29 &amp; 30 March 2023' are not the event; speakers in prose ('X, Role, Org, opened', 'Ing. X, Role of Org, presented', 'Y, Role at Org'); one attachment whose Created stamp is in winter (+01:00).",
)


# ================================================================================================ checks and output

INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def visible_text(markup: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup)).translate(INVISIBLE)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))


def reference_acronyms() -> set[str]:
    for candidate in (
        HERE.parents[2] / "harvest" / "data" / "euroclusters.csv",
        HERE.parents[4] / "shared" / "reference" / "euroclusters.csv",
    ):
        if candidate.exists():
            lines = candidate.read_text(encoding="utf-8").splitlines()[1:]
            return {line.split(",", 1)[0] for line in lines if line}
    return set()


def check_instant(value: str | None, zone: ZoneInfo, what: str) -> list[str]:
    if value is None or "T" not in value:
        if value is not None:
            date.fromisoformat(value)
        return []
    moment = datetime.fromisoformat(value)
    local = moment.replace(tzinfo=None).replace(tzinfo=zone)
    if moment.utcoffset() != local.utcoffset():
        return [f"{what} {value}: offset should be {local.isoformat()[-6:]} in {zone.key}"]
    return []


def check(record: dict, markup: str, acronyms: set[str]) -> list[str]:
    problems: list[str] = []
    text = visible_text(markup)
    raw = html.unescape(markup)
    if list(record) != FIELDS:
        problems.append(f"fields {list(record)}")
    problems += check_instant(record["start"], BRUSSELS, "start") + check_instant(record["end"], BRUSSELS, "end")
    if record["start"] and record["end"] and record["start"][:10] > record["end"][:10]:
        problems.append("end before start")
    if bool(record["start"] and "T" in record["start"]) != (record["timezone"] == "Europe/Brussels"):
        problems.append("timezone must be set exactly when start has a time")
    if record["tz_label"] and record["tz_label"] not in text:
        problems.append(f"tz_label {record['tz_label']} not in the page")
    for field in ("title", "page_title"):
        value = record[field]
        if value and record["is_event"] and unicodedata.normalize("NFC", value) not in text:
            problems.append(f"{field} not in the page text: {value}")
    for speaker in record["speakers"]:
        if speaker["name"] not in text:
            problems.append(f"speaker not in the page text: {speaker['name']}")
        for part in (speaker["role"], speaker["organisation"]):
            for piece in (part or "").split("; "):
                if piece and piece not in text:
                    problems.append(f"role/organisation not in the page text: {piece}")
        if speaker["eurocluster"] and speaker["eurocluster"] not in record["euroclusters"]:
            problems.append(f"speaker Eurocluster {speaker['eurocluster']} missing from euroclusters")
    for acronym in record["euroclusters"]:
        if acronyms and acronym not in acronyms:
            problems.append(f"not an acronym of the reference table: {acronym}")
    for item in record["assets"]:
        problems += check_instant(item["created"], PRAGUE, "created")
        path = re.sub(r"^https?://[^/]+", "", item["url"]).rsplit("/", 1)[-1]
        if path not in raw:
            problems.append(f"asset file not linked from the page: {path}")
        if item["label"] not in text and f'title="{item["label"]}"' not in raw:
            problems.append(f"asset label not in the page: {item['label']}")
    return problems


def write_readme_table() -> None:
    """The README's page table is the notes of the records, so that the two never disagree."""
    readme = HERE / "README.md"
    intro = readme.read_text(encoding="utf-8").split(README_TABLE_HEADING)[0]
    rows = []
    for r, _, _ in PAGES:
        notes = r["notes"].replace("|", "\\|")
        event = "yes" if r["is_event"] else "no"
        rows.append(f"| `{r['id']}` | {r['template']} | {r['lang']} | {event} | {r['url']} | {notes} |")
    header = "| id | template | lang | event | url | what it tests |\n|---|---|---|---|---|---|\n"
    readme.write_text(intro + README_TABLE_HEADING + header + "\n".join(rows) + "\n", encoding="utf-8")


README_TABLE_HEADING = "## Pages\n\n"


def main() -> int:
    acronyms = reference_acronyms()
    ids = [record["id"] for record, _, _ in PAGES]
    problems = [f"ids not ho-001… in order: {ids}"] if ids != [f"ho-{i:03d}" for i in range(1, len(ids) + 1)] else []
    for record, markup, _ in PAGES:
        problems += [f"{record['id']}: {p}" for p in check(record, markup, acronyms)]
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    pages_dir = HERE / "pages"
    pages_dir.mkdir(exist_ok=True)
    for old in pages_dir.glob("ho-*.html"):
        old.unlink()
    for record, markup, encoding in PAGES:
        # Characters a legacy code page lacks (en dash, ©) become numeric references, as browsers and CMSs write them.
        data = markup.encode(encoding, errors="xmlcharrefreplace")
        (pages_dir / f"{record['id']}.html").write_bytes(data)
    lines = [json.dumps(record, ensure_ascii=False) for record, _, _ in PAGES]
    (HERE / "expected.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_readme_table()
    events = sum(record["is_event"] for record, _, _ in PAGES)
    print(f"wrote {len(PAGES)} pages ({events} events, {len(PAGES) - events} non-events) to {pages_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
