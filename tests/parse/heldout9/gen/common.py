"""Shared helpers for the hq-* held-out pages (copied unchanged from heldout8/heldout7: time-zone arithmetic, expected
records, the ECCP Drupal and nca.cz Modus shells). Shells for the other families are in shells.py."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")
PRAGUE = ZoneInfo("Europe/Prague")


def _local(day: str, hhmm: str, zone: ZoneInfo) -> str:
    """Wall-clock time in `zone` with its offset; refuses times that do not exist or are ambiguous."""
    naive = dt.datetime.fromisoformat(f"{day}T{hhmm}" + (":00" if hhmm.count(":") == 1 else ""))
    a = naive.replace(tzinfo=zone, fold=0)
    b = naive.replace(tzinfo=zone, fold=1)
    if a.utcoffset() != b.utcoffset():
        raise ValueError(f"ambiguous or missing local time {naive} in {zone}")
    return a.isoformat()


def bx(day: str, hhmm: str) -> str:
    """Brussels wall-clock time -> ISO 8601 with the EU summer-time offset."""
    return _local(day, hhmm, BRUSSELS)


def prague_created(stamp: str) -> str:
    """nca.cz 'Created: DD/MM/YYYY HH:MM:SS' (day first, Europe/Prague) -> ISO 8601 with offset."""
    d, t = stamp.split()
    dd, mm, yyyy = d.split("/")
    return _local(f"{yyyy}-{mm}-{dd}", t, PRAGUE)


def sp(name: str, role: str | None, org: str | None, ec: str | None = None) -> dict:
    return {"name": name, "role": role, "organisation": org, "eurocluster": ec}


def asset(label: str, url: str, created: str | None = None) -> dict:
    return {"label": label, "url": url, "created": created}


def page_adder(pages: list[dict]):
    """Returns add(id, url, html, expected, encoding="utf-8", bom=False) appending one page spec to `pages`."""

    def add(page_id: str, url: str, html: str, expected: dict, encoding: str = "utf-8", bom: bool = False) -> None:
        pages.append({"id": page_id, "url": url, "html": html, "encoding": encoding, "bom": bom, "expected": expected})

    return add


def record(
    *,
    id,
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
) -> dict:
    return {
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
        "timezone": "Europe/Brussels" if (start and "T" in start) else None,
        "tz_label": tz_label,
        "speakers": list(speakers),
        "euroclusters": sorted(euroclusters),
        "assets": list(assets),
        "notes": notes,
    }


# ------------------------------------------------------------------------------------------------ filler


def css_filler(seed: int, rules: int, blocks: tuple[str, ...]) -> str:
    """Minified-looking theme CSS, like the real sites inline in <head> (bulk the parser has to skip)."""
    rnd = random.Random(seed)
    elems = [
        "title",
        "grid",
        "card",
        "meta",
        "date",
        "icon",
        "link",
        "item",
        "list",
        "row",
        "col",
        "nav",
        "menu",
        "label",
        "wrap",
        "inner",
        "teaser",
        "header",
        "footer",
        "btn",
        "form",
        "search",
        "logo",
        "aside",
    ]
    mods = ["", "", "", "--dark", "--small", "--large", "--primary", "--active"]
    states = ["", "", "", ":hover", ":focus", "::before", "::after"]
    decls = [
        "display:flex",
        "display:grid",
        "display:block",
        "display:inline-block",
        "margin:0",
        "margin:0 auto",
        "padding:0",
        "padding:1.25rem",
        "padding:.5rem 1rem",
        "gap:1rem",
        "gap:.5rem",
        "color:#1a1a1a",
        "color:#5c5c5c",
        "color:#fff",
        "background:#fff",
        "background:#f4f6f8",
        "background:transparent",
        "font-size:1rem",
        "font-size:.875rem",
        "font-size:1.125rem",
        "font-weight:600",
        "font-weight:700",
        "line-height:1.5",
        "line-height:1.25",
        "border:0",
        "border-radius:4px",
        "border-radius:50%",
        "text-transform:uppercase",
        "letter-spacing:.02em",
        "position:relative",
        "position:absolute",
        "z-index:10",
        "opacity:.85",
        "overflow:hidden",
        "width:100%",
        "max-width:1200px",
        "min-height:48px",
        "align-items:center",
        "justify-content:space-between",
        "flex-wrap:wrap",
        "white-space:nowrap",
        "transition:color .2s ease-in-out",
        "box-shadow:0 2px 8px rgba(0,0,0,.08)",
        "cursor:pointer",
    ]
    out = []
    for _ in range(rules):
        sel = f".{rnd.choice(blocks)}__{rnd.choice(elems)}{rnd.choice(mods)}{rnd.choice(states)}"
        body = ";".join(rnd.sample(decls, rnd.randint(2, 6)))
        rule = f"{sel}{{{body}}}"
        if rnd.random() < 0.05:
            rule = f"@media (min-width:{rnd.choice([576, 768, 992, 1200])}px){{{rule}}}"
        out.append(rule)
    return "\n".join(out)


def svg_sprite(seed: int, names: tuple[str, ...]) -> str:
    rnd = random.Random(seed)

    def path() -> str:
        pts = []
        for i in range(rnd.randint(8, 14)):
            cmd = rnd.choice("LLQC") if i else "M"
            pts.append(f"{cmd}{rnd.uniform(0, 25):.2f} {rnd.uniform(0, 25):.2f}")
        return " ".join(pts) + "Z"

    syms = [
        f'<symbol id="icon-{n}" viewBox="0 0 24 24"><path d="{path()}"/><path d="{path()}"/></symbol>' for n in names
    ]
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">\n'
        + "\n".join(syms)
        + "\n</svg>"
    )


# ------------------------------------------------------------------------------------------------ T1: ECCP Drupal


def twig(hook: str, suggestions: list[str], chosen: str, template_path: str, html: str) -> str:
    """Drupal theme-debug wrapper (as ECCP serves it: debug on in production)."""
    lines = "\n".join(f"   {'✅' if s == chosen else '▪️'} {s}" for s in suggestions)
    custom = template_path.startswith("themes/custom/")
    begin = "💡 BEGIN CUSTOM TEMPLATE OUTPUT" if custom else "BEGIN OUTPUT"
    end = "END CUSTOM TEMPLATE OUTPUT" if custom else "END OUTPUT"
    return f"<!-- THEME DEBUG -->\n<!-- THEME HOOK: '{hook}' -->\n<!-- FILE NAME SUGGESTIONS:\n{lines}\n-->\n<!-- {begin} from '{template_path}' -->\n{html}\n<!-- {end} from '{template_path}' -->\n\n"


def twig_field(field: str, bundle: str, ftype: str, html: str, chosen: str | None = None) -> str:
    f = field.replace("_", "-")
    sugg = [
        f"field--node--{f}--{bundle}.html.twig",
        f"field--node--{f}.html.twig",
        f"field--node--{bundle}.html.twig",
        f"field--{f}.html.twig",
        f"field--{ftype}.html.twig",
        "field.html.twig",
    ]
    chosen = chosen or "field.html.twig"
    path = (
        ("themes/custom/eccp_theme/templates/field/" + chosen)
        if chosen != "field.html.twig"
        else "core/themes/classy/templates/field/field.html.twig"
    )
    return twig("field", sugg, chosen, path, html)


def t1_title(text: str) -> str:
    return twig(
        "page_title",
        ["page-title.html.twig"],
        "page-title.html.twig",
        "themes/custom/eccp_theme/templates/content/page-title.html.twig",
        f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{text}</span></h1>',
    )


def t1_byline(author: str, day_text: str, iso: str) -> str:
    return (
        f'<div class="node__meta">\n  <span class="label">Submitted by </span><span rel="schema:author" typeof="schema:Person" '
        f'property="schema:name" content="{author}" lang="" xml:lang=""><span>{author}</span></span> <span class="date">on {day_text}</span>\n'
        f'  <span property="schema:dateCreated" content="{iso}" class="hidden"></span>\n</div>\n'
    )


def t1_body(bundle: str, html: str) -> str:
    return twig_field(
        "body",
        bundle,
        "text-with-summary",
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{html}</div>',
        chosen="field--text-with-summary.html.twig",
    )


def t1_banner(bundle: str, month_dir: str, file: str, alt: str, itok: tuple[str, str]) -> str:
    src = f"/sites/default/files/styles/banner_desktop/public/{month_dir}/{file}"
    return twig_field(
        "field_banner_image",
        bundle,
        "image",
        f'<div class="field field--name-field-banner-image field--type-image field--label-hidden field__item"><img loading="eager" '
        f'srcset="{src}?itok={itok[0]} 1x" src="{src}?itok={itok[1]}" width="1600" height="600" alt="{alt}" typeof="foaf:Image" class="image-style-banner-desktop" /></div>',
    )


def t1_terms(field: str, bundle: str, label: str, terms: list[tuple[int, str]]) -> str:
    items = "\n".join(
        f'      <div class="field__item"><a href="/taxonomy/term/{tid}" hreflang="en">{name}</a></div>'
        for tid, name in terms
    )
    f = field.replace("_", "-")
    return twig_field(
        field,
        bundle,
        "entity-reference",
        f'<div class="field field--name-{f} field--type-entity-reference field--label-above">\n    <div class="field__label">{label}</div>\n'
        f'    <div class="field__items">\n{items}\n    </div>\n</div>',
    )


def t1_audience(bundle: str) -> str:
    return twig_field(
        "og_audience",
        bundle,
        "og-standard-reference",
        '<div class="field field--name-og-audience field--type-og-standard-reference field--label-above">\n    <div class="field__label">Groups audience</div>\n'
        '    <div class="field__items">\n      <div class="field__item"><a href="/content/european-cluster-collaboration-platform" hreflang="en">European Cluster Collaboration Platform</a></div>\n    </div>\n</div>',
    )


def t1_share(url: str, title: str) -> str:
    return (
        f'<div class="share-article">\n  <h3 class="share-article__title">Share this Article</h3>\n  <ul class="share-links">\n'
        f'    <li><a class="share-links__linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener">LinkedIn</a></li>\n'
        f'    <li><a class="share-links__x" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a></li>\n'
        f'    <li><a class="share-links__facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a></li>\n'
        f'    <li><a class="share-links__email" href="mailto:?subject={title}&amp;body={url}">E-mail</a></li>\n  </ul>\n</div>\n'
    )


def t1_file_table(bundle: str, label: str, rows: list[tuple[str, str, str, str]]) -> str:
    """Drupal core 'Table of files' formatter: rows of (absolute url, mime, link text, size)."""
    trs = []
    for i, (href, mime, text, size) in enumerate(rows):
        cls = "odd" if i % 2 == 0 else "even"
        mcls = mime.replace("/", "-").replace(".", "-")
        fname = href.rsplit("/", 1)[-1]
        trs.append(
            f'      <tr class="{cls}">\n        <td><span class="file file--mime-{mcls} file--{_icon(mime)}"><a href="{href}" type="{mime}" title="{fname}">{text}</a></span></td>\n'
            f"        <td>{size}</td>\n      </tr>"
        )
    table = (
        '<table data-striping="1">\n    <thead>\n      <tr>\n        <th>Attachment</th>\n        <th>Size</th>\n      </tr>\n    </thead>\n    <tbody>\n'
        + "\n".join(trs)
        + "\n    </tbody>\n  </table>"
    )
    return twig_field(
        "field_attachments",
        bundle,
        "file",
        f'<div class="field field--name-field-attachments field--type-file field--label-above">\n  <div class="field__label">{label}</div>\n  {table}\n</div>',
        chosen="field.html.twig",
    )


def _icon(mime: str) -> str:
    if "pdf" in mime:
        return "application-pdf"
    if "sheet" in mime or "excel" in mime:
        return "x-office-spreadsheet"
    if "presentation" in mime or "powerpoint" in mime:
        return "x-office-presentation"
    if "word" in mime:
        return "x-office-document"
    return "package-x-generic"


def t1_event_teaser(
    iso_start: str,
    shown: str,
    href: str,
    title: str,
    kind: str,
    iso_end: str | None = None,
    shown_end: str | None = None,
) -> str:
    date = f'<time datetime="{iso_start}" class="datetime">{shown}</time>'
    if iso_end:
        date += f' - <time datetime="{iso_end}" class="datetime">{shown_end}</time>'
    return (
        f'<div class="views-row"><article class="teaser teaser--event">\n  <div class="teaser__date">{date}</div>\n'
        f'  <h3 class="teaser__title"><a href="{href}" hreflang="en">{title}</a></h3>\n  <div class="teaser__type">{kind}</div>\n</article></div>'
    )


def t1_news_teaser(shown: str, href: str, title: str) -> str:
    return (
        f'<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{shown}</span>\n'
        f'  <h3 class="teaser__title"><a href="{href}" hreflang="en">{title}</a></h3></article></div>'
    )


def t1_sidebar(events: list[str], news: list[str], extra: str = "") -> str:
    blk = []
    if events:
        blk.append(
            twig(
                "block",
                [
                    "block--views-block--upcoming-events-block-1.html.twig",
                    "block--views-block.html.twig",
                    "block.html.twig",
                ],
                "block.html.twig",
                "core/themes/classy/templates/block/block.html.twig",
                '<div class="block block-views block-views-blockupcoming-events-block-1">\n  <h2 class="block__title">Upcoming events</h2>\n'
                '  <div class="view view-upcoming-events view-id-upcoming_events view-display-id-block_1">\n    <div class="view-content">\n'
                + "\n".join(events)
                + '\n    </div>\n    <div class="more-link"><a href="/event-calendar">See all events</a></div>\n  </div>\n</div>',
            )
        )
    if news:
        blk.append(
            twig(
                "block",
                [
                    "block--views-block--latest-news-block-2.html.twig",
                    "block--views-block.html.twig",
                    "block.html.twig",
                ],
                "block.html.twig",
                "core/themes/classy/templates/block/block.html.twig",
                '<div class="block block-views block-views-blocklatest-news-block-2">\n  <h2 class="block__title">Latest news</h2>\n'
                '  <div class="view view-latest-news view-id-latest_news view-display-id-block_2">\n    <div class="view-content">\n'
                + "\n".join(news)
                + "\n    </div>\n  </div>\n</div>",
            )
        )
    if extra:
        blk.append(extra)
    return '  <aside class="layout-sidebar" role="complementary">\n' + "".join(blk) + "  </aside>\n"


_T1_MENU = [
    (
        "About",
        "/about",
        [
            ("About the ECCP", "/about"),
            ("Cluster policy in the EU", "/eu-cluster-policy"),
            ("Policy makers", "/policy-makers"),
            ("Social economy", "/social-economy"),
            ("FAQ", "/faq-page"),
        ],
    ),
    (
        "Cluster organisations",
        "/cluster-organisations",
        [
            ("Find a cluster", "/cluster-organisations"),
            ("Cluster networks", "/cluster-networks"),
            ("Register your profile", "/register-your-profile"),
            ("Cluster mapping", "/cluster-mapping"),
        ],
    ),
    (
        "Euroclusters",
        "/euroclusters",
        [("What are Euroclusters?", "/euroclusters"), ("Open calls by Euroclusters", "/open-calls")],
    ),
    (
        "Events",
        "/events",
        [
            ("Event calendar", "/event-calendar"),
            ("EU Clusters Talks", "/events/organised-by-eccp/clusters-talks"),
            ("Clusters meet Regions", "/events/organised-by-eccp/clusters-meet-regions"),
            ("Cluster Collaboration Labs", "/events/organised-by-eccp/c2lab"),
            ("European Cluster Conference", "/european-cluster-conference"),
            ("Community events", "/community-event"),
        ],
    ),
    (
        "Opportunities",
        "/open-calls",
        [
            ("Open calls", "/search-results?type=eccp_calls"),
            ("Partner search", "/partner-search"),
            ("ClusterXchange", "/clusterxchange/faqs"),
        ],
    ),
    (
        "Knowledge sharing",
        "/knowledge-sharing",
        [
            ("Publications", "/knowledge-sharing/publications"),
            ("Document library", "/knowledge-sharing/publications/document-library"),
            ("European Cluster Panorama", "/knowledge-sharing/publications/european-cluster-panorama"),
            ("Cluster Solutions Library", "/in-focus/policy-acceleration/cluster-solutions-library"),
        ],
    ),
    ("News", "/news", [("ECCP news", "/news"), ("Community news", "/community-news"), ("Newsletter", "/newsletter")]),
]


def _t1_menu() -> str:
    lis = []
    for label, href, subs in _T1_MENU:
        sub = "\n".join(
            f'          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="{h}">{t}</a></li>'
            for t, h in subs
        )
        lis.append(
            f'      <li class="we-mega-menu-li dropdown-menu" data-level="0" data-element-type="we_mega_menu_item">\n'
            f'        <a class="we-mega-menu-li" title="" href="{href}">{label}</a>\n'
            f'        <div class="we-mega-menu-submenu" data-element-type="we_mega_menu_submenu"><div class="we-mega-menu-submenu-inner">\n'
            f'         <ul class="subul">\n{sub}\n         </ul>\n        </div></div>\n      </li>'
        )
    nav = (
        '<nav class="tbm we-mega-menu-nav" role="navigation" aria-label="Main navigation">\n  <ul class="we-mega-menu-ul nav nav-tabs" data-menu-name="main" '
        'data-block-theme="eccp_theme" data-style="Default" data-animation="None" data-delay="" data-duration="" data-autoarrow="1" data-alwayshowsubmenu="1" '
        'data-action="hover" data-mobile-collapse="0">\n' + "\n".join(lis) + "\n  </ul>\n</nav>"
    )
    return twig(
        "we_megamenu_frontend",
        ["we-megamenu-frontend.html.twig"],
        "we-megamenu-frontend.html.twig",
        "modules/contrib/we_megamenu/templates/we-megamenu-frontend.html.twig",
        nav,
    )


def t1_page(
    *,
    node: int | None,
    bundle: str | None,
    h1_for_title: str,
    canonical: str,
    breadcrumb: list[tuple[str, str | None]],
    article_inner: str | None,
    sidebar: str,
    seed: int,
    body_class: str | None = None,
    staging: bool = False,
    cookie_banner: bool = False,
    main_override: str | None = None,
    og_type: str = "article",
    description: str | None = None,
) -> str:
    """Whole ECCP page. `article_inner` = the node's fields (hand-written per page); `main_override` replaces the
    article for non-node pages (views, forms, error pages)."""
    base = canonical.split("/", 3)[:3]
    host = "/".join(base)
    html_sugg = (
        [f"html--node--{node}.html.twig", "html--node--%.html.twig", "html--node.html.twig", "html.html.twig"]
        if node
        else ["html.html.twig"]
    )
    pre = (
        "<!-- THEME DEBUG -->\n<!-- THEME HOOK: 'html' -->\n<!-- FILE NAME SUGGESTIONS:\n"
        + "\n".join(f"   {'✅' if s == 'html.html.twig' else '▪️'} {s}" for s in html_sugg)
        + "\n-->\n<!-- 💡 BEGIN CUSTOM TEMPLATE OUTPUT from 'themes/custom/eccp_theme/templates/layout/html.html.twig' -->\n"
    )
    desc = description if description is not None else h1_for_title
    robots = '<meta name="robots" content="noindex, nofollow" />\n' if staging else ""
    rnd = random.Random(seed)
    tok = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(43))
    css = "\n".join(
        f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{"".join(rnd.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(43))}.css?delta={i}&amp;language=en&amp;theme=eccp_theme&amp;include=eJx{tok[:40]}" />'
        for i in range(5)
    )
    shortlink = f'<link rel="shortlink" href="{host}/node/{node}" />\n' if node else ""
    head = (
        f'<!DOCTYPE html>\n<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">\n'
        f'<head>\n<meta charset="utf-8" />\n{robots}'
        '<script async src="https://www.googletagmanager.com/gtag/js?id=G-X4KQWCKSUN"></script>\n'
        '<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments)};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("consent", "default", {"ad_storage":"denied","analytics_storage":"denied"});</script>\n'
        f'<meta name="description" content="{desc}" />\n<link rel="canonical" href="{canonical}" />\n'
        f'<meta property="og:site_name" content="European Cluster Collaboration Platform" />\n<meta property="og:type" content="{og_type}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n<meta property="og:title" content="{h1_for_title}" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n'
        '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        '<link rel="icon" href="/themes/custom/eccp_theme/favicon.ico" type="image/vnd.microsoft.icon" />\n'
        f"{shortlink}<title>{h1_for_title} | European Cluster Collaboration Platform</title>\n{css}\n"
        f'<script src="/sites/default/files/js/js_{tok}.js?scope=header&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>\n</head>\n'
    )
    bclass = body_class or (f"path-node page-node-type-{bundle.replace('_', '-')}" if bundle else "path-user")
    env = (
        (
            '<div id="environment-indicator" style="background-color:#b3261e;color:#fff"><div class="environment-indicator-name">STAGING – impr-0001-1260 (content may be incomplete)</div></div>\n'
        )
        if staging
        else ""
    )
    sprite = svg_sprite(
        seed, ("linkedin", "x", "youtube", "facebook", "search", "calendar", "clock", "pin", "download", "arrow")
    )
    account = twig(
        "block",
        [
            "block--eccp-theme-account-menu.html.twig",
            "block--system-menu-block--account.html.twig",
            "block--system-menu-block.html.twig",
            "block.html.twig",
        ],
        "block--system-menu-block.html.twig",
        "core/themes/classy/templates/block/block--system-menu-block.html.twig",
        '<nav role="navigation" aria-labelledby="block-eccp-theme-account-menu-menu" id="block-eccp-theme-account-menu" class="block block-menu navigation menu--account">\n'
        '  <h2 class="visually-hidden" id="block-eccp-theme-account-menu-menu">User account menu</h2>\n'
        '  <ul class="menu"><li class="menu-item"><a href="/user/login" data-drupal-link-system-path="user/login">Log in</a></li><li class="menu-item"><a href="/register-your-profile">Register</a></li></ul>\n</nav>',
    )
    form_id = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(43))
    header = twig(
        "region",
        ["region--header.html.twig", "region.html.twig"],
        "region--header.html.twig",
        "themes/custom/eccp_theme/templates/layout/region--header.html.twig",
        '<header role="banner" class="header">\n  <div class="header__top"><div class="container">\n'
        '    <a class="header__ec-logo" href="https://commission.europa.eu/index_en"><img src="/themes/custom/eccp_theme/images/logo-ec--en.svg" alt="European Commission" width="172" height="48" /></a>\n    '
        + account
        + '  </div></div>\n  <div class="header__main"><div class="container">\n'
        '    <a href="/" title="Home" rel="home" class="site-logo"><img src="/themes/custom/eccp_theme/logo.svg" alt="Home" /></a>\n'
        '    <div class="site-name"><a href="/" title="Home" rel="home">European Cluster Collaboration Platform</a></div>\n'
        '    <form class="search-api-page-block-form search-form" action="/search" method="post" id="search-api-page-block-form" accept-charset="UTF-8">\n'
        '  <div class="js-form-item form-item js-form-type-search-api-autocomplete form-item-keys">\n    <label for="edit-keys" class="visually-hidden">Search</label>\n'
        '    <input title="Enter the terms you wish to search for." placeholder="Search clusters, events, news" class="form-autocomplete form-text" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" />\n  </div>\n'
        f'  <input autocomplete="off" type="hidden" name="form_build_id" value="form-{form_id}" />\n'
        '  <input type="hidden" name="form_id" value="search_api_page_block_form" />\n'
        '  <div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="search-form__submit button js-form-submit form-submit" type="submit" id="edit-submit" name="op" value="Search" /></div>\n</form>\n'
        '  </div></div>\n  <div class="header__menu"><div class="container">\n'
        + _t1_menu()
        + "  </div></div>\n</header>\n",
    )
    crumbs = "\n".join(f'    <li><a href="{h}">{t}</a></li>' if h else f"    <li>{t}</li>" for t, h in breadcrumb)
    bc = twig(
        "breadcrumb",
        ["breadcrumb.html.twig"],
        "breadcrumb.html.twig",
        "core/themes/classy/templates/navigation/breadcrumb.html.twig",
        f'<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n  <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>\n  <ol>\n{crumbs}\n  </ol>\n</nav>',
    )
    if main_override is not None:
        content = main_override
    else:
        node_sugg = [
            f"node--{node}--full.html.twig",
            f"node--{node}.html.twig",
            f"node--{bundle}--full.html.twig",
            f"node--{bundle}.html.twig",
            "node--full.html.twig",
            "node.html.twig",
        ]
        tpl = f"node--{bundle.replace('_', '-')}--full.html.twig"
        node_sugg[2] = tpl
        content = twig(
            "node",
            node_sugg,
            tpl,
            f"themes/custom/eccp_theme/templates/content/{tpl}",
            f'<article data-history-node-id="{node}" role="article" about="/node/{node}" class="node node--type-{bundle.replace("_", "-")} node--promoted node--view-mode-full">\n'
            f'  <div class="node__content">\n{article_inner}  </div>\n</article>',
        )
    region = twig(
        "region",
        ["region--content.html.twig", "region.html.twig"],
        "region.html.twig",
        "core/themes/classy/templates/layout/region.html.twig",
        '<div class="region region-content">\n<div data-drupal-messages-fallback class="hidden"></div>\n'
        '<div id="block-eccp-theme-content" class="block block-system block-system-main-block">\n'
        + content
        + "\n</div>\n</div>",
    )
    footer = twig(
        "region",
        ["region--footer.html.twig", "region.html.twig"],
        "region--footer.html.twig",
        "themes/custom/eccp_theme/templates/layout/region--footer.html.twig",
        '<footer role="contentinfo" class="footer">\n  <div class="container">\n    <div class="footer__cols">\n'
        '      <div class="footer__col"><h2>About the platform</h2><p>The platform helps cluster organisations across Europe find partners, follow EU cluster policy and take part in events and calls. Profiles, news and events on community pages are posted by their authors.</p></div>\n'
        '      <div class="footer__col"><h2>Useful links</h2><ul class="menu"><li><a href="https://single-market-economy.ec.europa.eu/">Internal Market, Industry, Entrepreneurship and SMEs</a></li><li><a href="https://eismea.ec.europa.eu/">European Innovation Council and SMEs Executive Agency</a></li><li><a href="/eu-initiatives/european-cluster-observatory">European Cluster Observatory</a></li></ul></div>\n'
        '      <div class="footer__col"><h2>Follow us</h2><ul class="social"><li><a href="https://www.linkedin.com/company/european-cluster-collaboration-platform" aria-label="LinkedIn"><svg class="icon" aria-hidden="true"><use xlink:href="#icon-linkedin"></use></svg></a></li><li><a href="https://x.com/ClusterPlatform" aria-label="X"><svg class="icon" aria-hidden="true"><use xlink:href="#icon-x"></use></svg></a></li><li><a href="https://www.youtube.com/@clustercollaboration" aria-label="YouTube"><svg class="icon" aria-hidden="true"><use xlink:href="#icon-youtube"></use></svg></a></li></ul>\n'
        '        <p class="newsletter"><a class="button" href="/newsletter">Subscribe to the newsletter</a></p></div>\n    </div>\n'
        '    <div class="footer__bottom">\n      <img src="/themes/custom/eccp_theme/images/eu-flag.svg" alt="Funded by the European Union" width="90" height="60" />\n'
        '      <p class="disclaimer">Funded by the European Union. The views and opinions expressed on this platform are those of the authors and do not necessarily reflect those of the European Union. Neither the European Union nor the granting authority can be held responsible for them.</p>\n'
        '      <ul class="menu menu--footer"><li class="menu-item"><a href="/content/privacy-policy">Privacy policy</a></li><li class="menu-item"><a href="/content/gdpr">Data protection notice</a></li><li class="menu-item"><a href="/content/cookies">Cookies</a></li><li class="menu-item"><a href="/content/legal-notice">Legal notice</a></li><li class="menu-item"><a href="/contact">Contact</a></li></ul>\n'
        '      <p class="copyright">&copy; European Union</p>\n    </div>\n  </div>\n</footer>\n',
    )
    cookie = (
        (
            '<div role="alertdialog" aria-labelledby="popup-text" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in">\n'
            '  <div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document"><h2>Cookies on this website</h2>'
            "<p>We use a few cookies to keep the site working and, if you agree, to measure how pages are used so that we can improve them.</p>"
            '<button type="button" class="find-more-button eu-cookie-compliance-more-button">Read the cookie notice</button></div>\n'
            '  <div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept all cookies</button>'
            '<button type="button" class="decline-button eu-cookie-compliance-default-button">Only necessary cookies</button></div></div>\n</div>\n'
        )
        if cookie_banner
        else ""
    )
    current = f"node/{node}" if node else canonical.split("/", 3)[3].split("?")[0]
    settings = (
        '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "'
        + current
        + '", "currentPathIsAdmin": false, "isFront": false, "currentLanguage": "en", "currentQuery": {}}, "pluralDelimiter": "\\u0003", "suppressDeprecationErrors": true, '
        '"ajaxPageState": {"libraries": "big_pipe/big_pipe,classy/base,core/normalize,eccp_theme/global-styling,eccp_theme/header,eccp_theme/footer,eu_cookie_compliance/eu_cookie_compliance_default,extlink/drupal.extlink,we_megamenu/form.we-mega-menu-frontend", "theme": "eccp_theme", "theme_token": null}, '
        '"extlink": {"extTarget": true, "extClass": "ext", "extLabel": "(link is external)", "mailtoClass": "mailto", "mailtoLabel": "(link sends email)"}, "user": {"uid": 0, "permissionsHash": "'
        + tok.lower()
        + '"}}</script>\n'
    )
    page = twig(
        "off_canvas_page_wrapper",
        ["off-canvas-page-wrapper.html.twig"],
        "off-canvas-page-wrapper.html.twig",
        "core/modules/system/templates/off-canvas-page-wrapper.html.twig",
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
        + twig(
            "page",
            (
                [f"page--node--{node}.html.twig", "page--node--%.html.twig", "page--node.html.twig", "page.html.twig"]
                if node
                else ["page.html.twig"]
            ),
            "page.html.twig",
            "themes/custom/eccp_theme/templates/layout/page.html.twig",
            '<div class="layout-container">\n'
            + header
            + '<main role="main" class="main-content">\n  <a id="main-content" tabindex="-1"></a>\n  <div class="container">\n'
            + bc
            + '  <div class="layout-content">\n'
            + region
            + "  </div>\n"
            + sidebar
            + "  </div>\n</main>\n"
            + footer
            + "</div>",
        )
        + "</div>",
    )
    return (
        pre
        + head
        + f'<body class="{bclass}">\n{env}<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>\n'
        + sprite
        + "\n"
        + page
        + cookie
        + settings
        + f'<script src="/sites/default/files/js/js_{tok[::-1]}.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>\n'
        + "</body>\n</html>\n<!-- END CUSTOM TEMPLATE OUTPUT from 'themes/custom/eccp_theme/templates/layout/html.html.twig' -->\n"
    )


# ------------------------------------------------------------------------------------------------ T2: nca.cz (Modus)

_T2_BLOCKS = (
    "site-header",
    "main-nav",
    "news-detail",
    "news-list",
    "files-list",
    "breadcrumbs",
    "box",
    "btn",
    "layout",
    "site-footer",
    "lang-switch",
    "cookie-bar",
)


def t2_latest(items: list[tuple[str, str, str]]) -> str:
    """Latest-news sidebar rows: (dd.mm.yyyy, href, title)."""
    return "\n".join(
        f'<li class="news-list__item"><span class="news-list__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{d}</span>'
        f'<a class="news-list__link" href="{h}">{t}</a></li>'
        for d, h, t in items
    )


def t2_files(title: str, files: list[tuple[str, str, str]]) -> str:
    """Attachments: (href, title attribute, Created stamp)."""
    lis = "\n".join(
        f'      <li class="files-list__item">\n        <a class="files-list__link" href="{h}" title="{t}" target="_blank" download><svg class="icon icon--pdf" aria-hidden="true"><use xlink:href="#icon-pdf"></use></svg></a>\n'
        f'        <span class="files-list__meta">Created: {c}</span>\n      </li>'
        for h, t, c in files
    )
    return f'  <section class="news-detail__files files">\n    <h2 class="files__title">{title}</h2>\n    <ul class="files-list">\n{lis}\n    </ul>\n  </section>\n'


def t2_page(
    *,
    article: str,
    latest: str,
    breadcrumb_current: str,
    seed: int,
    charset: str = "utf-8",
    lang: str = "en",
    section: tuple[str, str] = ("News", "/en/news/"),
    newsletter_box: bool = True,
) -> str:
    css = css_filler(seed, 300, _T2_BLOCKS)
    sprite = svg_sprite(
        seed + 1,
        (
            "mail",
            "search",
            "arrow-right",
            "pdf",
            "facebook",
            "linkedin",
            "youtube",
            "phone",
            "menu",
            "close",
            "clock",
            "pin",
            "user",
            "globe",
            "download",
            "external",
        ),
    )
    news_box = (
        (
            '        <section class="box box--newsletter">\n          <h2 class="box__title">Newsletter</h2>\n'
            "          <p>News from Czech clusters and from European cluster policy, about once a month.</p>\n"
            '          <form class="newsletter-form" action="/en/newsletter/" method="post"><input type="email" name="email" placeholder="Your e-mail" required><button class="btn btn--primary" type="submit">Subscribe</button></form>\n'
            "        </section>\n"
        )
        if newsletter_box
        else ""
    )
    rnd = random.Random(seed)
    build = "".join(rnd.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" class="no-js">\n<head>\n<meta charset="{charset}">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Modus | Home page</title>\n<meta name="description" content="">\n'
        '<meta name="author" content="Modus">\n<meta property="og:title" content="Modus | Home page">\n<meta property="og:type" content="website">\n'
        '<meta property="og:image" content="https://www.nca.cz/assets/img/og-default.png">\n<link rel="icon" type="image/png" href="/assets/img/favicon.png">\n'
        '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>\n<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Open+Sans:wght@400;600;700&amp;display=swap">\n'
        f'<link rel="stylesheet" href="/assets/css/vendor.min.css?v=871">\n<link rel="stylesheet" href="/assets/css/app.min.css?v=871">\n<style id="critical-css">\n{css}\n</style>\n'
        "<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>\n"
        '<script async src="https://www.googletagmanager.com/gtag/js?id=UA-37504462-1"></script>\n'
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'UA-66123372-1', { 'anonymize_ip': true });</script>\n"
        f'</head>\n<body class="page page--news-detail">\n{sprite}\n'
        '<div class="cookie-bar" id="cookie-bar" role="dialog" aria-live="polite" hidden>\n'
        '  <p class="cookie-bar__text">This website uses cookies for analytics. You can allow them or keep only the ones the site needs to work.</p>\n'
        '  <button class="btn btn--primary js-cookie-accept" type="button">Allow all</button> <button class="btn js-cookie-decline" type="button">Necessary only</button>\n</div>\n'
        '<header class="site-header">\n  <div class="site-header__top container">\n'
        '    <ul class="site-header__contacts"><li><svg class="icon"><use xlink:href="#icon-mail"></use></svg><a href="/en/contact/">Contact us</a></li></ul>\n'
        '    <div class="lang-switch"><a href="/" hreflang="cs">CZ</a><a href="/en" hreflang="en" class="is-active">EN</a></div>\n  </div>\n'
        '  <div class="site-header__main container">\n'
        '    <a class="site-header__logo" href="/en"><img src="/assets/img/logo-nca.svg" alt="Národní klastrová asociace – National Cluster Association" width="210" height="56"></a>\n'
        '    <nav class="main-nav" aria-label="Main menu"><button class="main-nav__toggle js-menu-toggle" type="button" aria-label="Menu"><svg class="icon"><use xlink:href="#icon-menu"></use></svg></button>\n'
        '      <ul class="main-nav__list"><li class="main-nav__item"><a href="/en/about-us/">About us</a><ul class="main-nav__sub"><li><a href="/en/about-us/">Who we are</a></li><li><a href="/en/about-us/board/">Board</a></li><li><a href="/en/about-us/projects/">Projects</a></li><li><a href="/en/about-us/annual-reports/">Annual reports</a></li></ul></li>'
        '<li class="main-nav__item"><a href="/en/members/">Members</a><ul class="main-nav__sub"><li><a href="/en/members/">Member clusters</a></li><li><a href="/en/members/how-to-join/">How to join</a></li></ul></li>'
        '<li class="main-nav__item"><a href="/en/services/">Services</a><ul class="main-nav__sub"><li><a href="/en/services/cluster-excellence/">Cluster excellence</a></li><li><a href="/en/services/internationalisation/">Internationalisation</a></li><li><a href="/en/services/training/">Training</a></li></ul></li>'
        '<li class="main-nav__item is-active"><a href="/en/news/">News</a></li><li class="main-nav__item"><a href="/en/events/">Events</a></li><li class="main-nav__item"><a href="/en/contact/">Contact</a></li></ul>\n'
        '    </nav>\n    <form class="search-form" action="/en/search/" method="get"><input type="search" name="q" placeholder="Search" aria-label="Search"><button type="submit"><svg class="icon"><use xlink:href="#icon-search"></use></svg></button></form>\n'
        '  </div>\n</header>\n<main class="site-main" id="main">\n  <div class="container">\n'
        f'    <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/en">Home</a> <span class="breadcrumbs__sep">/</span> <a href="{section[1]}">{section[0]}</a> <span class="breadcrumbs__sep">/</span> <span class="breadcrumbs__current">{breadcrumb_current}</span></nav>\n'
        '    <div class="layout layout--sidebar">\n      <div class="layout__main">\n'
        + article
        + '<div class="news-detail__back"><a class="btn btn--outline" href="/en/news/"><svg class="icon"><use xlink:href="#icon-arrow-right"></use></svg> Back to news</a></div>\n'
        '      </div>\n      <aside class="layout__aside">\n        <section class="box box--news">\n          <h2 class="box__title">Latest news</h2>\n          <ul class="news-list">\n'
        + latest
        + '\n          </ul>\n          <a class="btn btn--outline" href="/en/news/">All news</a>\n        </section>\n'
        + news_box
        + '      </aside>\n    </div>\n  </div>\n</main>\n<footer class="site-footer">\n  <div class="container site-footer__cols">\n'
        '    <div class="site-footer__col"><img src="/assets/img/logo-nca-white.svg" alt="NCA" width="150" height="40"><p>The National Cluster Association brings together cluster organisations from across the Czech Republic and represents them at home and in Europe.</p></div>\n'
        '    <div class="site-footer__col"><h3>Quick links</h3><ul><li><a href="/en/about-us/">About us</a></li><li><a href="/en/members/">Members</a></li><li><a href="/en/services/">Services</a></li><li><a href="/en/news/">News</a></li></ul></div>\n'
        '    <div class="site-footer__col"><h3>Follow us</h3><ul class="social"><li><a href="https://www.facebook.com/" aria-label="Facebook"><svg class="icon"><use xlink:href="#icon-facebook"></use></svg></a></li><li><a href="https://www.linkedin.com/" aria-label="LinkedIn"><svg class="icon"><use xlink:href="#icon-linkedin"></use></svg></a></li></ul></div>\n'
        '  </div>\n  <div class="site-footer__bottom container"><p>&copy; Národní klastrová asociace</p><p><a href="/en/privacy/">Privacy</a> | <a href="/en/cookies/">Cookies</a></p><p class="site-footer__made">Web: Modus</p></div>\n</footer>\n'
        f'<script src="/assets/js/vendor.min.js?v=871"></script>\n<script src="/assets/js/app.min.js?v=871"></script>\n'
        f'<script>window.NCA = {{"lang":"en","baseUrl":"https://www.nca.cz","cookieBar":true,"lightbox":{{"enabled":true,"loop":false}},"build":"{build}"}};</script>\n'
        "</body>\n</html>\n"
    )
