"""Page chrome of the two ECCP-family markups (T1 Drupal, T2 nca.cz "Modus").

Only the chrome lives here: every page's own content (headings, bodies, speakers, attachments, sidebars) is written by
hand in pages_*.py. The chrome imitates what these CMSs print around the content, with the variations the real sites
show (node types, staging banners, sidebars, cookie banners).
"""

from __future__ import annotations

import html
import json

THEME = "themes/custom/eccp_theme/templates"
CLASSY = "core/themes/classy/templates"


def twig(hook: str, suggestions: list[str], chosen: str, path: str, custom: bool = False) -> tuple[str, str]:
    """Opening and closing Twig theme-debug comments around one render element."""
    lines = ["<!-- THEME DEBUG -->", f"<!-- THEME HOOK: '{hook}' -->", "<!-- FILE NAME SUGGESTIONS:"]
    for s in suggestions:
        lines.append(f"   {'✅' if s == chosen else '▪️'} {s}")
    lines.append("-->")
    begin = "💡 BEGIN CUSTOM TEMPLATE OUTPUT" if custom else "BEGIN OUTPUT"
    end = "END CUSTOM TEMPLATE OUTPUT" if custom else "END OUTPUT"
    lines.append(f"<!-- {begin} from '{path}' -->")
    return "\n".join(lines) + "\n", f"\n<!-- {end} from '{path}' -->\n\n"


def field(
    name: str,
    ftype: str,
    bundle: str,
    inner: str,
    label: str | None = None,
    formatter: str | None = None,
    custom_tpl: str | None = None,
    items: list[str] | None = None,
) -> str:
    """A Drupal field wrapper with its theme-debug comments.

    `inner` is used as the single item when `items` is None; with `items`, a labelled multi-item field is printed."""
    sugg = [
        f"field--node--{name}--{bundle}.html.twig",
        f"field--node--{name}.html.twig",
        f"field--node--{bundle}.html.twig",
        f"field--{name}.html.twig",
    ]
    if formatter:
        sugg.append(f"field--{formatter}.html.twig")
    sugg.append("field.html.twig")
    if custom_tpl:
        o, c = twig("field", sugg, custom_tpl, f"{THEME}/field/{custom_tpl}", custom=True)
    else:
        o, c = twig("field", sugg, "field.html.twig", f"{CLASSY}/field/field.html.twig")
    css = name.replace("_", "-")
    ftype_css = ftype.replace("_", "-")
    if items is not None:
        body = (
            f'<div class="field field--name-{css} field--type-{ftype_css} field--label-above">\n'
            f'    <div class="field__label">{label}</div>\n    <div class="field__items">\n'
            + "".join(f'      <div class="field__item">{it}</div>\n' for it in items)
            + "    </div>\n</div>"
        )
    elif label:
        body = (
            f'<div class="field field--name-{css} field--type-{ftype_css} field--label-above">\n'
            f'    <div class="field__label">{label}</div>\n<div class="field__item">{inner}</div></div>'
        )
    elif ftype == "text_with_summary":
        body = (
            f'<div class="clearfix text-formatted field field--name-{css} field--type-text-with-summary '
            f'field--label-hidden field__item">{inner}</div>'
        )
    elif ftype == "text_long":
        body = (
            f'<div class="clearfix text-formatted field field--name-{css} field--type-text-long '
            f'field--label-hidden field__item">{inner}</div>'
        )
    else:
        body = f'<div class="field field--name-{css} field--type-{ftype_css} field--label-hidden field__item">{inner}</div>'
    return o + body + c


def body_field(bundle: str, inner: str) -> str:
    return field(
        "body",
        "text_with_summary",
        bundle,
        inner,
        formatter="text-with-summary",
        custom_tpl="field--text-with-summary.html.twig",
    )


def banner(bundle: str, path: str, alt: str) -> str:
    img = (
        f'<img loading="eager" srcset="/sites/default/files/styles/banner_desktop/public/{path}?itok=Qm3x7Lp0 1x" '
        f'src="/sites/default/files/styles/banner_desktop/public/{path}?itok=Zr81bWq4" width="1600" height="600" '
        f'alt="{html.escape(alt)}" typeof="foaf:Image" class="image-style-banner-desktop" />'
    )
    return field("field_banner_image", "image", bundle, img, formatter="image")


def attachments_table(bundle: str, files: list[tuple[str, str, str, str]], name: str = "field_attachments") -> str:
    """Drupal's file table formatter: rows of (absolute url, mime, link text, size)."""
    rows = []
    for i, (url, mime, text, size) in enumerate(files):
        mcss = mime.replace("/", "-").replace(".", "-")
        rows.append(
            f'   <tr class="{"odd" if i % 2 == 0 else "even"}">\n'
            f'      <td><span class="file file--mime-{mcss} file--{mcss.split("-", 1)[1] if "-" in mcss else mcss}">'
            f'<a href="{url}" type="{mime}">{html.escape(text)}</a></span></td>\n'
            f"      <td>{size}</td>\n    </tr>\n"
        )
    o, c = twig(
        "file_formatter_table",
        ["file-formatter-table.html.twig"],
        "file-formatter-table.html.twig",
        "core/modules/file/templates/file-formatter-table.html.twig",
    )
    table = (
        o + '<table data-striping="1">\n    <thead>\n    <tr>\n      <th>Attachment</th>\n      <th>Size</th>\n'
        "    </tr>\n  </thead>\n  <tbody>\n" + "".join(rows) + "  </tbody>\n</table>" + c
    )
    return field(name, "file", bundle, table, formatter="file")


def taxonomy_field(name: str, bundle: str, label: str, terms: list[tuple[int, str]]) -> str:
    items = [f'<a href="/taxonomy/term/{tid}" hreflang="en">{html.escape(t)}</a>' for tid, t in terms]
    return field(name, "entity_reference", bundle, "", label=label, formatter="entity-reference", items=items)


def share(url: str, title: str) -> str:
    return f"""<div class="share-article">
  <h3 class="share-article__title">Share this Article</h3>
  <ul class="share-links">
    <li><a class="share-links__linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener">LinkedIn</a></li>
    <li><a class="share-links__x" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a></li>
    <li><a class="share-links__facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a></li>
    <li><a class="share-links__email" href="mailto:?subject={html.escape(title)}&amp;body={url}">E-mail</a></li>
  </ul>
</div>
"""


def byline(author: str, date_text: str, iso: str) -> str:
    return f"""<div class="node__meta">
  <span class="label">Submitted by </span><span rel="schema:author" typeof="schema:Person" property="schema:name" content="{author}" lang="" xml:lang=""><span>{author}</span></span> <span class="date">on {date_text}</span>
  <span property="schema:dateCreated" content="{iso}" class="hidden"></span>
</div>
"""


def event_teaser(href: str, title: str, when_html: str, kind: str) -> str:
    return f"""<div class="views-row"><article class="teaser teaser--event">
  <div class="teaser__date">{when_html}</div>
  <h3 class="teaser__title"><a href="{href}" hreflang="en">{html.escape(title)}</a></h3>
  <div class="teaser__type">{kind}</div>
</article></div>
"""


def news_teaser(href: str, title: str, date_text: str) -> str:
    return f"""<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{date_text}</span>
  <h3 class="teaser__title"><a href="{href}" hreflang="en">{html.escape(title)}</a></h3></article></div>
"""


def online(iso: str, shown: str) -> str:
    return f'<time datetime="{iso}" class="datetime">{shown}</time>'


def days(a_iso: str, a_shown: str, b_iso: str, b_shown: str) -> str:
    return (
        f'<time datetime="{a_iso}T12:00:00Z" class="datetime">{a_shown}</time> - '
        f'<time datetime="{b_iso}T12:00:00Z" class="datetime">{b_shown}</time>'
    )


def sidebar_block(block_id: str, title: str, rows: list[str], more: str | None = None) -> str:
    o, c = twig(
        "block",
        [f"block--views-block--{block_id}.html.twig", "block--views-block.html.twig", "block.html.twig"],
        "block.html.twig",
        f"{CLASSY}/block/block.html.twig",
    )
    view = block_id.rsplit("-block", 1)[0].replace("-", "_")
    more_html = f'    <div class="more-link"><a href="{more}">See all events</a></div>\n' if more else ""
    return (
        o + f'<div class="block block-views block-views-block{block_id}">\n'
        f'  <h2 class="block__title">{title}</h2>\n'
        f'  <div class="view view-{view.replace("_", "-")} view-id-{view} view-display-id-block_1">\n'
        '    <div class="view-content">\n' + "".join(rows) + "    </div>\n" + more_html + "  </div>\n</div>" + c
    )


MENU = """<nav class="tbm we-mega-menu-nav" role="navigation" aria-label="Main navigation">
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

COOKIE_SETTINGS = {
    "cookie_policy_version": "1.0.0",
    "popup_enabled": True,
    "popup_agreed_enabled": False,
    "popup_html_info": '<div aria-labelledby="popup-text" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info '
    'eu-cookie-compliance-banner--opt-in"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" '
    'class="eu-cookie-compliance-message" role="document"><h2>We use cookies on this site</h2><p>Some cookies are needed for '
    "the site to work; others, only with your consent, help us understand how visitors use the platform.</p><button "
    'type="button" class="find-more-button eu-cookie-compliance-more-button">More information</button></div><div '
    'id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button '
    'eu-cookie-compliance-secondary-button">I accept</button><button type="button" class="decline-button '
    'eu-cookie-compliance-default-button">I refuse</button></div></div></div>',
    "popup_link": "/content/cookies",
    "method": "opt_in",
    "cookie_lifetime": 100,
}


def eccp_page(
    *,
    url: str,
    node_id: int,
    bundle: str,
    head_title: str,
    content: str,
    sidebar: str,
    breadcrumb: list[tuple[str, str | None]],
    page_type_class: str | None = None,
    staging_banner: str = "",
    description: str | None = None,
    canonical: str | None = None,
    h1_in_content: bool = True,
) -> str:
    """A full ECCP Drupal page. `content` is the node's inner HTML (fields, title, byline), written per page."""
    host = url.split("/")[2]
    base = f"https://{host}"
    canonical = canonical or url
    node_tpl = f"node--{bundle}--full.html.twig"
    ho, hc = twig(
        "html",
        [f"html--node--{node_id}.html.twig", "html--node--%.html.twig", "html--node.html.twig", "html.html.twig"],
        "html.html.twig",
        f"{THEME}/layout/html.html.twig",
        custom=True,
    )
    po, pc = twig(
        "page",
        [f"page--node--{node_id}.html.twig", "page--node--%.html.twig", "page--node.html.twig", "page.html.twig"],
        "page.html.twig",
        f"{THEME}/layout/page.html.twig",
        custom=True,
    )
    oo, oc = twig(
        "off_canvas_page_wrapper",
        ["off-canvas-page-wrapper.html.twig"],
        "off-canvas-page-wrapper.html.twig",
        "core/modules/system/templates/off-canvas-page-wrapper.html.twig",
    )
    hro, hrc = twig(
        "region",
        ["region--header.html.twig", "region.html.twig"],
        "region--header.html.twig",
        f"{THEME}/layout/region--header.html.twig",
        custom=True,
    )
    ao, ac = twig(
        "block",
        [
            "block--eccp-theme-account-menu.html.twig",
            "block--system-menu-block--account.html.twig",
            "block--system-menu-block.html.twig",
            "block.html.twig",
        ],
        "block--system-menu-block.html.twig",
        f"{CLASSY}/block/block--system-menu-block.html.twig",
    )
    mo, mc = twig(
        "we_megamenu_frontend",
        ["we-megamenu-frontend.html.twig"],
        "we-megamenu-frontend.html.twig",
        "modules/contrib/we_megamenu/templates/we-megamenu-frontend.html.twig",
    )
    bo, bc = twig(
        "breadcrumb", ["breadcrumb.html.twig"], "breadcrumb.html.twig", f"{CLASSY}/navigation/breadcrumb.html.twig"
    )
    ro, rc = twig(
        "region",
        ["region--content.html.twig", "region.html.twig"],
        "region.html.twig",
        f"{CLASSY}/layout/region.html.twig",
    )
    no, nc = twig(
        "node",
        [
            f"node--{node_id}--full.html.twig",
            f"node--{node_id}.html.twig",
            node_tpl,
            f"node--{bundle}.html.twig",
            "node--full.html.twig",
            "node.html.twig",
        ],
        node_tpl,
        f"{THEME}/content/{node_tpl}",
        custom=True,
    )
    fo, fc = twig(
        "region",
        ["region--footer.html.twig", "region.html.twig"],
        "region--footer.html.twig",
        f"{THEME}/layout/region--footer.html.twig",
        custom=True,
    )
    crumbs = "".join(
        f'    <li><a href="{h}">{html.escape(t)}</a></li>\n' if h else f"    <li>{html.escape(t)}</li>\n"
        for t, h in breadcrumb
    )
    settings = {
        "path": {
            "baseUrl": "/",
            "pathPrefix": "",
            "currentPath": f"node/{node_id}",
            "currentPathIsAdmin": False,
            "isFront": False,
            "currentLanguage": "en",
            "currentQuery": {},
        },
        "pluralDelimiter": "\u0003",
        "suppressDeprecationErrors": True,
        "ajaxPageState": {
            "libraries": "big_pipe/big_pipe,classy/base,classy/messages,core/normalize,eccp_theme/global-styling,"
            f"eccp_theme/node-{bundle.replace('_', '-')},eu_cookie_compliance/eu_cookie_compliance_default,"
            "extlink/drupal.extlink,google_tag/gtag,we_megamenu/form.we-mega-menu-frontend",
            "theme": "eccp_theme",
            "theme_token": None,
        },
        "eu_cookie_compliance": COOKIE_SETTINGS,
        "user": {"uid": 0, "permissionsHash": "0c3b9f6d1e2a7c44b8e61d0f4f1b7a9be2d6d08c5f3ac1f1a3e7d29b4c6a5e10"},
    }
    body_class = page_type_class or f"path-node page-node-type-{bundle.replace('_', '-')}"
    return (
        ho
        + f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X4KQWCKSUN"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);</script>
<meta name="description" content="{html.escape(description or head_title)}" />
<link rel="canonical" href="{canonical}" />
<meta property="og:site_name" content="European Cluster Collaboration Platform" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{canonical}" />
<meta property="og:title" content="{html.escape(head_title)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/eccp_theme/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="shortlink" href="{base}/node/{node_id}" />
<title>{html.escape(head_title)} | European Cluster Collaboration Platform</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q8RzJ0nWm1dC4fK7pX2vT9bY3hL6sA5eG0uI.css?delta=0&amp;language=en&amp;theme=eccp_theme&amp;include=eJxdj0EOgjAQRXe9x" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_7TvKx2mP0aQ9sW3nB6cD1eF4gH8jL5rU2yZ.css?delta=1&amp;language=en&amp;theme=eccp_theme&amp;include=eJxdj0EOgjAQRXe9x" />
<script src="/sites/default/files/js/js_Yk2mN4pQ7rS0tU3vW6xZ9aB1cD4eF7gH0iJ.js?scope=header&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
{staging_banner}"""
        + oo
        + '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
        + po
        + '<div class="layout-container">\n'
        + hro
        + """<header role="banner" class="header">
  <div class="header__top"><div class="container">
    <a class="header__ec-logo" href="https://commission.europa.eu/index_en"><img src="/themes/custom/eccp_theme/images/logo-ec--en.svg" alt="European Commission" width="172" height="48" /></a>
    """
        + ao
        + """<nav role="navigation" aria-labelledby="block-eccp-theme-account-menu-menu" id="block-eccp-theme-account-menu" class="block block-menu navigation menu--account">
  <h2 class="visually-hidden" id="block-eccp-theme-account-menu-menu">User account menu</h2>
  <ul class="menu"><li class="menu-item"><a href="/user/login" data-drupal-link-system-path="user/login">Log in</a></li><li class="menu-item"><a href="/register-your-profile">Register</a></li></ul>
</nav>"""
        + ac
        + """  </div></div>
  <div class="header__main"><div class="container">
    <a href="/" title="Home" rel="home" class="site-logo"><img src="/themes/custom/eccp_theme/logo.svg" alt="Home" /></a>
    <div class="site-name"><a href="/" title="Home" rel="home">European Cluster Collaboration Platform</a></div>
    <form class="search-api-page-block-form search-form" action="/search" method="post" id="search-api-page-block-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-search-api-autocomplete form-item-keys">
    <label for="edit-keys" class="visually-hidden">Search</label>
    <input title="Enter the terms you wish to search for." placeholder="Search clusters, events, news" class="form-autocomplete form-text" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" />
  </div>
  <div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="search-form__submit button js-form-submit form-submit" type="submit" id="edit-submit" name="op" value="Search" /></div>
</form>
  </div></div>
  <div class="header__menu"><div class="container">
"""
        + mo
        + MENU
        + mc
        + """  </div></div>
</header>
"""
        + hrc
        + """<main role="main" class="main-content">
  <a id="main-content" tabindex="-1"></a>
  <div class="container">
"""
        + bo
        + f"""<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
  <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
  <ol>
{crumbs}  </ol>
</nav>"""
        + bc
        + """  <div class="layout-content">
"""
        + ro
        + """<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-eccp-theme-content" class="block block-system block-system-main-block">
"""
        + (
            no
            + f'<article data-history-node-id="{node_id}" role="article" about="/node/{node_id}" class="node node--type-{bundle.replace("_", "-")} node--promoted node--view-mode-full">\n  <div class="node__content">\n'
            + content
            + "  </div>\n</article>"
            + nc
            if h1_in_content
            else content
        )
        + """</div>
</div>"""
        + rc
        + """  </div>
  <aside class="layout-sidebar" role="complementary">
"""
        + sidebar
        + """  </aside>
  </div>
</main>
"""
        + fo
        + """<footer role="contentinfo" class="footer">
  <div class="container">
    <div class="footer__cols">
      <div class="footer__col"><h2>About the platform</h2><p>The European Cluster Collaboration Platform is the EU's online hub for cluster organisations. It is funded by the Single Market Programme and run on behalf of the European Commission.</p></div>
      <div class="footer__col"><h2>Useful links</h2><ul class="menu"><li><a href="https://single-market-economy.ec.europa.eu/">Internal Market, Industry, Entrepreneurship and SMEs</a></li><li><a href="https://eismea.ec.europa.eu/">European Innovation Council and SMEs Executive Agency</a></li></ul></div>
      <div class="footer__col"><h2>Follow us</h2><ul class="social"><li><a href="https://www.linkedin.com/company/european-cluster-collaboration-platform" target="_blank" rel="noopener" aria-label="LinkedIn">LinkedIn</a></li><li><a href="https://x.com/ClusterPlatform" target="_blank" rel="noopener" aria-label="X">X</a></li><li><a href="https://www.youtube.com/@eccp" target="_blank" rel="noopener" aria-label="YouTube">YouTube</a></li></ul>
        <p class="newsletter"><a class="button" href="/newsletter">Subscribe to the newsletter</a></p></div>
    </div>
    <div class="footer__bottom">
      <img src="/themes/custom/eccp_theme/images/eu-flag.svg" alt="Funded by the European Union" width="90" height="60" />
      <p class="disclaimer">Funded by the European Union. Views and opinions expressed are those of the author(s) only and do not necessarily reflect those of the European Union or EISMEA.</p>
      <ul class="menu menu--footer"><li class="menu-item"><a href="/content/privacy-policy">Privacy policy</a></li><li class="menu-item"><a href="/content/cookies">Cookies</a></li><li class="menu-item"><a href="/content/legal-notice">Legal notice</a></li></ul>
      <p class="copyright">&copy; European Union, 2016-2025</p>
    </div>
  </div>
</footer>
"""
        + fc
        + "</div>\n"
        + pc
        + "</div>\n"
        + oc
        + '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        + json.dumps(settings)
        + "</script>\n"
        + '<script src="/sites/default/files/js/js_Wq1eR2tY3uI4oP5aS6dF7gH8jK9lZ0xC.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>\n'
        + "</body>\n</html>\n"
        + hc.strip()
        + "\n"
    )


def eccp_title(text_html: str) -> str:
    o, c = twig(
        "page_title",
        ["page-title.html.twig"],
        "page-title.html.twig",
        f"{THEME}/content/page-title.html.twig",
        custom=True,
    )
    return (
        o + f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">'
        f"{text_html}</span></h1>" + c
    )


# ------------------------------------------------------------------------------------------------ nca.cz (Modus)

NCA_CSS = """.news-detail__title{font-size:2rem;line-height:1.25;margin:0 0 1rem}
.news-detail__date{color:#5c5c5c;font-size:.875rem;display:flex;gap:.5rem;align-items:center}
.files-list{list-style:none;margin:0;padding:0;display:grid;gap:1rem}
.files-list__item{display:flex;gap:1rem;align-items:center;border-bottom:1px solid #e3e6ea;padding:.5rem 0}
.files-list__meta{color:#5c5c5c;font-size:.875rem}
.news-list__item{display:grid;gap:.25rem;padding:.75rem 0;border-bottom:1px solid #e3e6ea}
.news-list__date{font-size:.8125rem;color:#5c5c5c;display:inline-flex;gap:.25rem}
.cookie-bar{position:fixed;bottom:0;left:0;right:0;background:#1a1a1a;color:#fff;padding:1rem;z-index:100}
.site-header__main{display:flex;justify-content:space-between;align-items:center;padding:1.25rem 0}
.main-nav__list{display:flex;gap:1.5rem;list-style:none;margin:0;padding:0;text-transform:uppercase;font-weight:600}
.layout--sidebar{display:grid;grid-template-columns:2fr 1fr;gap:2.5rem}
@media (max-width:991px){.layout--sidebar{grid-template-columns:1fr}}
.site-footer{background:#1a1a1a;color:#fff;padding:2.5rem 0}
.wysiwyg p{margin:0 0 1rem;line-height:1.6}
.wysiwyg ul{margin:0 0 1rem 1.25rem}"""


def nca_latest(items: list[tuple[str, str, str]]) -> str:
    """Latest-news sidebar rows: (dd.mm.yyyy, href, title)."""
    return "".join(
        f'<li class="news-list__item"><span class="news-list__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" '
        f'width="14" height="14">{d}</span><a class="news-list__link" href="{h}">{html.escape(t)}</a></li>\n'
        for d, h, t in items
    )


def nca_files(title: str, files: list[tuple[str, str, str, str]]) -> str:
    """Attachments: (href, title attribute, icon, 'DD/MM/YYYY HH:MM:SS')."""
    rows = "".join(
        f"""      <li class="files-list__item">
        <a class="files-list__link" href="{h}" title="{html.escape(t)}" target="_blank" download><svg class="icon icon--{icon}" aria-hidden="true"><use xlink:href="#icon-{icon}"></use></svg></a>
        <span class="files-list__meta">Created: {c}</span>
      </li>
"""
        for h, t, icon, c in files
    )
    return f"""  <section class="news-detail__files files">
    <h2 class="files__title">{title}</h2>
    <ul class="files-list">
{rows}    </ul>
  </section>
"""


def nca_page(
    *,
    heading_html: str,
    breadcrumb_current: str,
    article_inner: str,
    latest: str,
    charset: str = "utf-8",
    section: tuple[str, str] = ("News", "/en/news/"),
    body_class: str = "page page--news-detail lang-en",
    main_override: str | None = None,
    build: str = "aUo0yoM53fjH",
) -> str:
    sec_name, sec_href = section
    main = (
        main_override
        or f"""<article class="news-detail">
  <h1 class="news-detail__title">{heading_html}</h1>
{article_inner}</article>
<div class="news-detail__back"><a class="btn btn--outline" href="{sec_href}"><svg class="icon"><use xlink:href="#icon-arrow-right"></use></svg> Back to news</a></div>"""
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
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Open+Sans:wght@400;600;700&amp;display=swap">
<link rel="stylesheet" href="/assets/css/vendor.min.css?v=868">
<link rel="stylesheet" href="/assets/css/app.min.css?v=868">
<style id="critical-css">
{NCA_CSS}
</style>
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-37504462-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'UA-37504462-1', {{ 'anonymize_ip': true }});</script>
</head>
<body class="{body_class}">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">
<symbol id="icon-pdf" viewBox="0 0 24 24"><path d="M6 2h9l5 5v15H6z M14 2v6h6"/></symbol>
<symbol id="icon-doc" viewBox="0 0 24 24"><path d="M6 2h9l5 5v15H6z M9 13h6 M9 17h6"/></symbol>
<symbol id="icon-xls" viewBox="0 0 24 24"><path d="M6 2h9l5 5v15H6z M9 12l6 6 M15 12l-6 6"/></symbol>
<symbol id="icon-zip" viewBox="0 0 24 24"><path d="M6 2h9l5 5v15H6z M11 4v2 M11 8v2 M11 12v2"/></symbol>
<symbol id="icon-ppt" viewBox="0 0 24 24"><path d="M6 2h9l5 5v15H6z M9 11h4a2 2 0 010 4H9z"/></symbol>
<symbol id="icon-arrow-right" viewBox="0 0 24 24"><path d="M4 12h14 M13 6l6 6-6 6"/></symbol>
<symbol id="icon-search" viewBox="0 0 24 24"><path d="M10 4a6 6 0 100 12 6 6 0 000-12z M15 15l5 5"/></symbol>
<symbol id="icon-menu" viewBox="0 0 24 24"><path d="M3 6h18 M3 12h18 M3 18h18"/></symbol>
<symbol id="icon-mail" viewBox="0 0 24 24"><path d="M3 5h18v14H3z M3 5l9 7 9-7"/></symbol>
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
      <ul class="main-nav__list"><li class="main-nav__item"><a href="/en/about-us/">About us</a><ul class="main-nav__sub"><li><a href="/en/about-us/">Who we are</a></li><li><a href="/en/about-us/board/">Board</a></li><li><a href="/en/about-us/projects/">Projects</a></li><li><a href="/en/about-us/annual-reports/">Annual reports</a></li></ul></li><li class="main-nav__item"><a href="/en/members/">Members</a><ul class="main-nav__sub"><li><a href="/en/members/">Member clusters</a></li><li><a href="/en/members/how-to-join/">How to join</a></li></ul></li><li class="main-nav__item"><a href="/en/services/">Services</a></li><li class="main-nav__item is-active"><a href="/en/news/">News</a></li><li class="main-nav__item"><a href="/en/events/">Events</a></li><li class="main-nav__item"><a href="/en/contact/">Contact</a></li></ul>
    </nav>
    <form class="search-form" action="/en/search/" method="get"><input type="search" name="q" placeholder="Search" aria-label="Search"><button type="submit"><svg class="icon"><use xlink:href="#icon-search"></use></svg></button></form>
  </div>
</header>
<main class="site-main" id="main">
  <div class="container">
    <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/en">Home</a> <span class="breadcrumbs__sep">/</span> <a href="{sec_href}">{sec_name}</a> <span class="breadcrumbs__sep">/</span> <span class="breadcrumbs__current">{breadcrumb_current}</span></nav>
    <div class="layout layout--sidebar">
      <div class="layout__main">
{main}
      </div>
      <aside class="layout__aside">
        <section class="box box--news">
          <h2 class="box__title">Latest news</h2>
          <ul class="news-list">
{latest}          </ul>
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
    <div class="site-footer__col"><h3>Contact</h3><p>Národní klastrová asociace, z.s.<br>17. listopadu 2172/15<br>708 00 Ostrava-Poruba</p></div>
  </div>
  <div class="site-footer__bottom container"><p>&copy; Národní klastrová asociace</p><p><a href="/en/privacy/">Privacy</a> | <a href="/en/cookies/">Cookies</a></p><p class="site-footer__made">Web: Modus</p></div>
</footer>
<script src="/assets/js/vendor.min.js?v=868"></script>
<script src="/assets/js/app.min.js?v=868"></script>
<script>window.NCA = {{"lang":"en","baseUrl":"https://www.nca.cz","cookieBar":true,"lightbox":{{"enabled":true,"loop":false}},"build":"{build}"}};</script>
</body>
</html>
"""
