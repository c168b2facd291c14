"""ECCP (Drupal 10, Twig theme debug on) page chrome, imitating clustercollaboration.eu."""

from __future__ import annotations

import hashlib

from common import esc, svg_sprite

CLASSY_FIELD = "core/themes/classy/templates/field/field.html.twig"
CLASSY_BLOCK = "core/themes/classy/templates/block/block.html.twig"


def twig(hook: str, suggestions: list[str], chosen: str, path: str, body: str, custom: bool = False) -> str:
    lines = ["<!-- THEME DEBUG -->", f"<!-- THEME HOOK: '{hook}' -->", "<!-- FILE NAME SUGGESTIONS:"]
    for s in suggestions:
        lines.append(f"   {'✅' if s == chosen else '▪️'} {s}")
    lines.append("-->")
    begin = "💡 BEGIN CUSTOM TEMPLATE OUTPUT" if custom else "BEGIN OUTPUT"
    end = "END CUSTOM TEMPLATE OUTPUT" if custom else "END OUTPUT"
    lines.append(f"<!-- {begin} from '{path}' -->")
    lines.append(body)
    lines.append(f"<!-- {end} from '{path}' -->\n\n")
    return "\n".join(lines)


def field(
    machine: str,
    ftype: str,
    bundle: str,
    body: str,
    chosen: str | None = None,
    path: str = CLASSY_FIELD,
    custom: bool = False,
) -> str:
    m = machine.replace("_", "-")
    sugg = [
        f"field--node--{m}--{bundle}.html.twig",
        f"field--node--{m}.html.twig",
        f"field--node--{bundle}.html.twig",
        f"field--{m}.html.twig",
        f"field--{ftype}.html.twig",
        "field.html.twig",
    ]
    return twig("field", sugg, chosen or "field.html.twig", path, body, custom)


def body_field(bundle: str, inner: str, machine: str = "body", ftype: str = "text-with-summary") -> str:
    cls = machine.replace("_", "-")
    html = (
        f'<div class="clearfix text-formatted field field--name-{cls} field--type-{ftype} field--label-hidden '
        f'field__item">{inner}</div>'
    )
    if machine == "body":
        return field(
            machine,
            ftype,
            bundle,
            html,
            "field--text-with-summary.html.twig",
            "themes/custom/eccp_theme/templates/field/field--text-with-summary.html.twig",
            custom=True,
        )
    return field(machine, ftype, bundle, html)


def banner(bundle: str, month: str, filename: str, alt: str) -> str:
    h = hashlib.md5(filename.encode()).hexdigest()
    src = f"/sites/default/files/styles/banner_desktop/public/{month}/{filename}"
    html = (
        f'<div class="field field--name-field-banner-image field--type-image field--label-hidden field__item">'
        f'<img loading="eager" srcset="{src}?itok={h[:8]} 1x" src="{src}?itok={h[8:16]}" width="1600" height="600" '
        f'alt="{esc(alt)}" typeof="foaf:Image" class="image-style-banner-desktop" /></div>'
    )
    return field("field_banner_image", "image", bundle, html)


def page_title(text_html: str) -> str:
    html = (
        f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">'
        f"{text_html}</span></h1>"
    )
    return twig(
        "page_title",
        ["page-title.html.twig"],
        "page-title.html.twig",
        "themes/custom/eccp_theme/templates/content/page-title.html.twig",
        html,
        custom=True,
    )


def byline(author: str, date_text: str, iso: str) -> str:
    return (
        f'<div class="node__meta">\n  <span class="label">Submitted by </span><span rel="schema:author" '
        f'typeof="schema:Person" property="schema:name" content="{esc(author)}" lang="" xml:lang=""><span>'
        f'{esc(author)}</span></span> <span class="date">on {date_text}</span>\n'
        f'  <span property="schema:dateCreated" content="{iso}" class="hidden"></span>\n</div>\n'
    )


def ref_field(machine: str, bundle: str, label: str, items: list[tuple[str, str]]) -> str:
    m = machine.replace("_", "-")
    its = "\n".join(
        f'      <div class="field__item"><a href="{href}" hreflang="en">{esc(t)}</a></div>' for href, t in items
    )
    html = (
        f'<div class="field field--name-{m} field--type-entity-reference field--label-above">\n'
        f'    <div class="field__label">{esc(label)}</div>\n    <div class="field__items">\n{its}\n    </div>\n</div>'
    )
    return field(machine, "entity-reference", bundle, html)


def event_fields(bundle: str, targets: list[str], types: list[str]) -> str:
    tids = {
        "Cluster organisations": 548,
        "Policy makers": 1081,
        "SMEs": 3225,
        "Research organisations": 1290,
        "Regional authorities": 2201,
        "Business support organisations": 2788,
    }
    type_ids = {
        "EU Clusters Talks": 2415,
        "Online event": 2075,
        "Physical event": 2076,
        "Clusters meet Regions": 2419,
        "Cluster Collaboration Labs": 2987,
        "Matchmaking": 2418,
        "Conference": 2077,
    }
    out = ref_field(
        "field_event_target", bundle, "Event Target", [(f"/taxonomy/term/{tids.get(t, 999)}", t) for t in targets]
    )
    out += ref_field(
        "field_event_type", bundle, "Event Type", [(f"/taxonomy/term/{type_ids.get(t, 998)}", t) for t in types]
    )
    return out


def share(url: str, title: str) -> str:
    return (
        f'<div class="share-article">\n  <h3 class="share-article__title">Share this Article</h3>\n  <ul class="share-links">\n'
        f'    <li><a class="share-links__linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener">LinkedIn</a></li>\n'
        f'    <li><a class="share-links__x" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a></li>\n'
        f'    <li><a class="share-links__facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a></li>\n'
        f'    <li><a class="share-links__email" href="mailto:?subject={esc(title)}&amp;body={url}">E-mail</a></li>\n'
        f"  </ul>\n</div>\n"
    )


def audience_field(bundle: str) -> str:
    html = (
        '<div class="field field--name-og-audience field--type-og-standard-reference field--label-above">\n'
        '    <div class="field__label">Groups audience</div>\n    <div class="field__items">\n'
        '      <div class="field__item"><a href="/content/european-cluster-collaboration-platform" hreflang="en">'
        "European Cluster Collaboration Platform</a></div>\n    </div>\n</div>"
    )
    return field("og_audience", "og-standard-reference", bundle, html)


def attachment_table(bundle: str, rows: list[tuple[str, str, str, str]]) -> str:
    """rows: (href, link text, mime, size)."""
    trs = []
    for i, (href, text, mime, size) in enumerate(rows):
        parity = "odd" if i % 2 == 0 else "even"
        mclass = mime.replace("/", "-").replace(".", "-")
        trs.append(
            f'    <tr class="{parity}"><td><span class="file file--mime-{mclass} file--{mclass.split("-")[-1]}">'
            f'<a href="{href}" type="{mime}">{esc(text)}</a></span></td><td>{size}</td></tr>'
        )
    table = (
        '<table data-striping="1">\n  <thead>\n    <tr><th>Attachment</th><th>Size</th></tr>\n  </thead>\n'
        "  <tbody>\n" + "\n".join(trs) + "\n  </tbody>\n</table>"
    )
    inner = twig(
        "file_link_table",
        ["file-link-table.html.twig"],
        "file-link-table.html.twig",
        "themes/custom/eccp_theme/templates/field/file-link-table.html.twig",
        table,
        custom=True,
    )
    html = (
        f'<div class="field field--name-field-attachments field--type-file field--label-above">\n'
        f'  <div class="field__label">Attachments</div>\n{inner}</div>'
    )
    return field("field_attachments", "file", bundle, html, "field--file.html.twig")


def event_teaser(href: str, title: str, when_html: str, kind: str) -> str:
    return (
        f'<div class="views-row"><article class="teaser teaser--event">\n  <div class="teaser__date">{when_html}</div>\n'
        f'  <h3 class="teaser__title"><a href="{href}" hreflang="en">{esc(title)}</a></h3>\n'
        f'  <div class="teaser__type">{kind}</div>\n</article></div>'
    )


def t_day(iso_day: str, label: str) -> str:
    return f'<time datetime="{iso_day}T12:00:00Z" class="datetime">{label}</time>'


def t_time(iso: str, label: str) -> str:
    return f'<time datetime="{iso}" class="datetime">{label}</time>'


def news_teaser(href: str, title: str, date_text: str) -> str:
    return (
        f'<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{date_text}</span>\n'
        f'  <h3 class="teaser__title"><a href="{href}" hreflang="en">{esc(title)}</a></h3></article></div>'
    )


def sidebar_block(view: str, display: str, title: str, rows: list[str], more: tuple[str, str] | None = None) -> str:
    more_html = f'\n    <div class="more-link"><a href="{more[0]}">{more[1]}</a></div>' if more else ""
    html = (
        f'<div class="block block-views block-views-block{view.replace("_", "-")}-{display.replace("_", "-")}">\n'
        f'  <h2 class="block__title">{title}</h2>\n'
        f'  <div class="view view-{view.replace("_", "-")} view-id-{view} view-display-id-{display}">\n'
        f'    <div class="view-content">\n' + "\n".join(rows) + f"\n    </div>{more_html}\n  </div>\n</div>"
    )
    return twig(
        "block",
        [
            f"block--views-block--{view.replace('_', '-')}-{display.replace('_', '-')}.html.twig",
            "block--views-block.html.twig",
            "block.html.twig",
        ],
        "block.html.twig",
        CLASSY_BLOCK,
        html,
    )


MENU = [
    (
        "/about",
        "About",
        [
            ("/about", "About the ECCP"),
            ("/eu-cluster-policy", "Cluster policy in the EU"),
            ("/policy-makers", "Policy makers"),
            ("/social-economy", "Social economy"),
            ("/faq-page", "FAQ"),
        ],
    ),
    (
        "/cluster-organisations",
        "Cluster organisations",
        [
            ("/cluster-organisations", "Find a cluster"),
            ("/cluster-networks", "Cluster networks"),
            ("/register-your-profile", "Register your profile"),
            ("/cluster-mapping", "Cluster mapping"),
        ],
    ),
    (
        "/euroclusters",
        "Euroclusters",
        [("/euroclusters", "What are Euroclusters?"), ("/open-calls", "Open calls by Euroclusters")],
    ),
    (
        "/events",
        "Events",
        [
            ("/event-calendar", "Event calendar"),
            ("/events/organised-by-eccp/clusters-talks", "EU Clusters Talks"),
            ("/events/organised-by-eccp/clusters-meet-regions", "Clusters meet Regions"),
            ("/events/organised-by-eccp/c2lab", "Cluster Collaboration Labs"),
            ("/european-cluster-conference", "European Cluster Conference"),
            ("/community-event", "Community events"),
        ],
    ),
    (
        "/open-calls",
        "Opportunities",
        [
            ("/search-results?type=eccp_calls", "Open calls"),
            ("/partner-search", "Partner search"),
            ("/clusterxchange/faqs", "ClusterXchange"),
        ],
    ),
    (
        "/knowledge-sharing",
        "Knowledge sharing",
        [
            ("/knowledge-sharing/publications", "Publications"),
            ("/knowledge-sharing/publications/document-library", "Document library"),
            ("/knowledge-sharing/publications/european-cluster-panorama", "European Cluster Panorama"),
            ("/in-focus/policy-acceleration/cluster-solutions-library", "Cluster Solutions Library"),
        ],
    ),
    ("/news", "News", [("/news", "ECCP news"), ("/community-news", "Community news"), ("/newsletter", "Newsletter")]),
]


def megamenu() -> str:
    lis = []
    for href, label, subs in MENU:
        sub = "\n".join(
            f'          <li class="we-mega-menu-li" data-level="1"><a class="we-megamenu-nolink" href="{h}">{esc(t)}</a></li>'
            for h, t in subs
        )
        lis.append(
            f'      <li class="we-mega-menu-li dropdown-menu" data-level="0" data-element-type="we_mega_menu_item">\n'
            f'        <a class="we-mega-menu-li" title="" href="{href}">{esc(label)}</a>\n'
            f'        <div class="we-mega-menu-submenu" data-element-type="we_mega_menu_submenu"><div class="we-mega-menu-submenu-inner">\n'
            f'         <ul class="subul">\n{sub}\n         </ul>\n        </div></div>\n      </li>'
        )
    nav = (
        '<nav class="tbm we-mega-menu-nav" role="navigation" aria-label="Main navigation">\n'
        '  <ul class="we-mega-menu-ul nav nav-tabs" data-menu-name="main" data-block-theme="eccp_theme" data-style="Default" '
        'data-animation="None" data-delay="" data-duration="" data-autoarrow="1" data-alwayshowsubmenu="1" data-action="hover" '
        'data-mobile-collapse="0">\n' + "\n".join(lis) + "\n  </ul>\n</nav>"
    )
    return twig(
        "we_megamenu_frontend",
        ["we-megamenu-frontend.html.twig"],
        "we-megamenu-frontend.html.twig",
        "modules/contrib/we_megamenu/templates/we-megamenu-frontend.html.twig",
        nav,
    )


def header(form_token: str) -> str:
    account = (
        '<nav role="navigation" aria-labelledby="block-eccp-theme-account-menu-menu" id="block-eccp-theme-account-menu" '
        'class="block block-menu navigation menu--account">\n  <h2 class="visually-hidden" id="block-eccp-theme-account-menu-menu">'
        'User account menu</h2>\n  <ul class="menu"><li class="menu-item"><a href="/user/login" data-drupal-link-system-path="user/login">'
        'Log in</a></li><li class="menu-item"><a href="/register-your-profile">Register</a></li></ul>\n</nav>'
    )
    acc = twig(
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
    hdr = (
        f'<header role="banner" class="header">\n  <div class="header__top"><div class="container">\n'
        f'    <a class="header__ec-logo" href="https://commission.europa.eu/index_en"><img src="/themes/custom/eccp_theme/images/logo-ec--en.svg" alt="European Commission" width="172" height="48" /></a>\n'
        f'    {acc}  </div></div>\n  <div class="header__main"><div class="container">\n'
        f'    <a href="/" title="Home" rel="home" class="site-logo"><img src="/themes/custom/eccp_theme/logo.svg" alt="Home" /></a>\n'
        f'    <div class="site-name"><a href="/" title="Home" rel="home">European Cluster Collaboration Platform</a></div>\n'
        f'    <form class="search-api-page-block-form search-form" data-drupal-selector="search-api-page-block-form" action="/search" method="post" id="search-api-page-block-form" accept-charset="UTF-8">\n'
        f'  <div class="js-form-item form-item js-form-type-search-api-autocomplete form-item-keys">\n'
        f'    <label for="edit-keys" class="visually-hidden">Search</label>\n'
        f'    <input title="Enter the terms you wish to search for." placeholder="Search clusters, events, news" data-drupal-selector="edit-keys" class="form-autocomplete form-text" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" />\n'
        f'  </div>\n  <input autocomplete="off" type="hidden" name="form_build_id" value="form-{form_token}" />\n'
        f'  <input type="hidden" name="form_id" value="search_api_page_block_form" />\n'
        f'  <div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="search-form__submit button js-form-submit form-submit" type="submit" id="edit-submit" name="op" value="Search" /></div>\n'
        f'</form>\n  </div></div>\n  <div class="header__menu"><div class="container">\n{megamenu()}  </div></div>\n</header>'
    )
    return twig(
        "region",
        ["region--header.html.twig", "region.html.twig"],
        "region--header.html.twig",
        "themes/custom/eccp_theme/templates/layout/region--header.html.twig",
        hdr,
        custom=True,
    )


FOOTER = (
    '<footer role="contentinfo" class="footer">\n  <div class="container">\n    <div class="footer__cols">\n'
    '      <div class="footer__col"><h2>About the platform</h2><p>The platform helps cluster organisations across Europe find partners, follow EU cluster policy and take part in events and calls. Profiles, news and events on community pages are posted by their authors.</p></div>\n'
    '      <div class="footer__col"><h2>Useful links</h2><ul class="menu"><li><a href="https://single-market-economy.ec.europa.eu/">Internal Market, Industry, Entrepreneurship and SMEs</a></li><li><a href="https://eismea.ec.europa.eu/">European Innovation Council and SMEs Executive Agency</a></li><li><a href="/eu-initiatives/european-cluster-observatory">European Cluster Observatory</a></li></ul></div>\n'
    '      <div class="footer__col"><h2>Follow us</h2><ul class="social"><li><a href="https://www.linkedin.com/company/european-cluster-collaboration-platform" target="_blank" rel="noopener" aria-label="LinkedIn"><svg class="icon" aria-hidden="true"><use xlink:href="#icon-linkedin"></use></svg></a></li><li><a href="https://x.com/ClusterPlatform" target="_blank" rel="noopener" aria-label="X"><svg class="icon" aria-hidden="true"><use xlink:href="#icon-x"></use></svg></a></li><li><a href="https://www.youtube.com/@clustercollaboration" target="_blank" rel="noopener" aria-label="YouTube"><svg class="icon" aria-hidden="true"><use xlink:href="#icon-youtube"></use></svg></a></li></ul>\n'
    '        <p class="newsletter"><a class="button" href="/newsletter">Subscribe to the newsletter</a></p></div>\n    </div>\n'
    '    <div class="footer__bottom">\n      <img src="/themes/custom/eccp_theme/images/eu-flag.svg" alt="Funded by the European Union" width="90" height="60" />\n'
    '      <p class="disclaimer">Funded by the European Union. The views and opinions expressed on this platform are those of the authors and do not necessarily reflect those of the European Union. Neither the European Union nor the granting authority can be held responsible for them.</p>\n'
    '      <ul class="menu menu--footer"><li class="menu-item"><a href="/content/privacy-policy">Privacy policy</a></li><li class="menu-item"><a href="/content/cookies">Cookies</a></li><li class="menu-item"><a href="/content/legal-notice">Legal notice</a></li><li class="menu-item"><a href="/content/accessibility">Accessibility</a></li><li class="menu-item"><a href="/contact">Contact</a></li></ul>\n'
    '      <p class="copyright">&copy; European Union, 2024</p>\n    </div>\n  </div>\n</footer>'
)

COOKIE_JSON = (
    '"eu_cookie_compliance": {"cookie_policy_version": "1.0.0", "popup_enabled": true, "popup_html_info": '
    '"<div aria-labelledby=\\"popup-text\\" class=\\"eu-cookie-compliance-banner eu-cookie-compliance-banner-info\\">'
    '<div class=\\"popup-content info eu-cookie-compliance-content\\"><div id=\\"popup-text\\" class=\\"eu-cookie-compliance-message\\" role=\\"document\\">'
    "<h2>Cookies on this website<\\/h2><p>We use a few cookies to keep the site working and, if you agree, to measure how pages are used.<\\/p>"
    '<\\/div><div id=\\"popup-buttons\\"><button type=\\"button\\" class=\\"agree-button\\">Accept all cookies<\\/button>'
    '<button type=\\"button\\" class=\\"decline-button\\">Only necessary cookies<\\/button><\\/div><\\/div><\\/div>", '
    '"popup_delay": 1000, "popup_link": "/content/cookies", "method": "opt_in", "cookie_lifetime": 100}'
)


def page(
    *,
    url: str,
    host: str,
    node_id: int,
    bundle: str,
    html_title: str,
    breadcrumb: list[tuple[str | None, str]],
    article: str,
    sidebar: str,
    description: str,
    body_class: str | None = None,
    article_class: str | None = None,
    node_tpl: str | None = None,
) -> str:
    """Whole ECCP page: Twig debug before <!DOCTYPE>, header, breadcrumb, article, sidebar, footer, settings JSON."""
    h = hashlib.sha1(url.encode()).hexdigest()
    crumbs = "\n".join(
        f'    <li><a href="{href}">{esc(t)}</a></li>' if href else f"    <li>{esc(t)}</li>" for href, t in breadcrumb
    )
    bc = twig(
        "breadcrumb",
        ["breadcrumb.html.twig"],
        "breadcrumb.html.twig",
        "core/themes/classy/templates/navigation/breadcrumb.html.twig",
        f'<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n  <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>\n  <ol>\n{crumbs}\n  </ol>\n</nav>',
    )
    tpl = node_tpl or f"node--{bundle.replace('_', '-')}--full.html.twig"
    node_sugg = [
        f"node--{node_id}--full.html.twig",
        f"node--{node_id}.html.twig",
        f"node--{bundle.replace('_', '-')}--full.html.twig",
        f"node--{bundle.replace('_', '-')}.html.twig",
        "node--full.html.twig",
        "node.html.twig",
    ]
    aclass = article_class or f"node node--type-{bundle.replace('_', '-')} node--promoted node--view-mode-full"
    art = twig(
        "node",
        node_sugg,
        tpl,
        f"themes/custom/eccp_theme/templates/content/{tpl}",
        f'<article data-history-node-id="{node_id}" role="article" about="/node/{node_id}" class="{aclass}">\n'
        f'  <div class="node__content">\n{article}  </div>\n</article>',
        custom=True,
    )
    region = twig(
        "region",
        ["region--content.html.twig", "region.html.twig"],
        "region.html.twig",
        "core/themes/classy/templates/layout/region.html.twig",
        f'<div class="region region-content">\n<div data-drupal-messages-fallback class="hidden"></div>\n'
        f'<div id="block-eccp-theme-content" class="block block-system block-system-main-block">\n{art}\n</div>\n</div>',
    )
    main = (
        f'<main role="main" class="main-content">\n  <a id="main-content" tabindex="-1"></a>\n  <div class="container">\n{bc}'
        f'  <div class="layout-content">\n{region}  </div>\n  <aside class="layout-sidebar" role="complementary">\n{sidebar}  </aside>\n  </div>\n</main>'
    )
    footer = twig(
        "region",
        ["region--footer.html.twig", "region.html.twig"],
        "region--footer.html.twig",
        "themes/custom/eccp_theme/templates/layout/region--footer.html.twig",
        FOOTER,
        custom=True,
    )
    pagewrap = twig(
        "page",
        [f"page--node--{node_id}.html.twig", "page--node--%.html.twig", "page--node.html.twig", "page.html.twig"],
        "page.html.twig",
        "themes/custom/eccp_theme/templates/layout/page.html.twig",
        f'<div class="layout-container">\n{header(h[:40])}\n{main}\n{footer}</div>',
        custom=True,
    )
    offc = twig(
        "off_canvas_page_wrapper",
        ["off-canvas-page-wrapper.html.twig"],
        "off-canvas-page-wrapper.html.twig",
        "core/modules/system/templates/off-canvas-page-wrapper.html.twig",
        f'<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n{pagewrap}</div>\n',
    )
    settings = (
        '{"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": "node/%d", "currentPathIsAdmin": false, "isFront": false, '
        '"currentLanguage": "en"}, "pluralDelimiter": "\\u0003", "suppressDeprecationErrors": true, "ajaxPageState": '
        '{"libraries": "classy/base,core/normalize,eccp_theme/global-styling,eccp_theme/node-%s,eccp_theme/share,'
        'eu_cookie_compliance/eu_cookie_compliance_default,extlink/drupal.extlink,we_megamenu/form.we-mega-menu-frontend", '
        '"theme": "eccp_theme", "theme_token": null}, %s, "user": {"uid": 0, "permissionsHash": "%s"}}'
        % (node_id, bundle.replace("_", "-"), COOKIE_JSON, h)
    )
    bclass = body_class or f"path-node page-node-type-{bundle.replace('_', '-')}"
    canonical = url
    head = (
        f'<!DOCTYPE html>\n<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns# ">\n<head>\n'
        f'<meta charset="utf-8" />\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-X4KQWCKSUN"></script>\n'
        f'<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("consent", "default", {{"ad_storage":"denied","analytics_storage":"denied"}});</script>\n'
        f'<meta name="description" content="{esc(description)}" />\n<link rel="canonical" href="{canonical}" />\n'
        f'<meta property="og:site_name" content="European Cluster Collaboration Platform" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{canonical}" />\n<meta property="og:title" content="{esc(html_title)}" />\n'
        f'<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f'<link rel="icon" href="/themes/custom/eccp_theme/favicon.ico" type="image/vnd.microsoft.icon" />\n'
        f'<link rel="shortlink" href="{host}/node/{node_id}" />\n'
        f"<title>{esc(html_title)} | European Cluster Collaboration Platform</title>\n"
        + "".join(
            f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{h[i : i + 20]}.css?delta={i}&amp;language=en&amp;theme=eccp_theme" />\n'
            for i in range(5)
        )
        + f'<script src="/sites/default/files/js/js_{h[5:27]}.js?scope=header&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>\n</head>\n'
        f'<body class="{bclass}">\n<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>\n'
        + svg_sprite(
            node_id, ["linkedin", "x", "youtube", "facebook", "search", "calendar", "clock", "pin", "download"]
        )
        + "\n"
    )
    tail = (
        f'\n<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>\n'
        f'<script src="/sites/default/files/js/js_{h[10:32]}.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=eccp_theme"></script>\n'
        f"</body>\n</html>\n"
    )
    html_tpl = "themes/custom/eccp_theme/templates/layout/html.html.twig"
    pre = (
        "<!-- THEME DEBUG -->\n<!-- THEME HOOK: 'html' -->\n<!-- FILE NAME SUGGESTIONS:\n"
        f"   ▪️ html--node--{node_id}.html.twig\n   ▪️ html--node--%.html.twig\n   ▪️ html--node.html.twig\n   ✅ html.html.twig\n-->\n"
        f"<!-- 💡 BEGIN CUSTOM TEMPLATE OUTPUT from '{html_tpl}' -->\n"
    )
    return pre + head + offc + tail + f"<!-- END CUSTOM TEMPLATE OUTPUT from '{html_tpl}' -->\n"


# Sidebar rows reused by several ECCP pages (the real site shows the same upcoming events everywhere).
UPCOMING_2023 = [
    event_teaser(
        "/content/eu-clusters-talks-european-year-skills-talent-twin-transition",
        "EU Clusters Talks: European Year of Skills: Talent for the twin transition",
        t_time("2023-06-14T08:30:00+02:00", "Wed, 14/06/2023 - 08:30"),
        "Online",
    ),
    event_teaser(
        "/event-calendar/clusters-meet-regions-lyon-france",
        "Clusters meet Regions - Lyon, France",
        t_day("2023-10-12", "Thu, 12/10/2023") + " - " + t_day("2023-10-13", "Fri, 13/10/2023"),
        "Physical event",
    ),
    event_teaser(
        "/content/clusters-meet-regions-iasi-romania",
        "Clusters meet Regions - Iasi, Romania",
        t_day("2023-11-21", "Tue, 21/11/2023") + " - " + t_day("2023-11-23", "Thu, 23/11/2023"),
        "Physical event",
    ),
]
UPCOMING_2024 = [
    event_teaser(
        "/event-calendar/european-cluster-conference-2024",
        "European Cluster Conference 2024",
        t_day("2024-05-07", "Tue, 07/05/2024") + " - " + t_day("2024-05-08", "Wed, 08/05/2024"),
        "Physical event",
    ),
    event_teaser(
        "/content/clusters-meet-regions-graz-austria",
        "Clusters meet Regions - Graz, Austria",
        t_day("2024-06-18", "Tue, 18/06/2024") + " - " + t_day("2024-06-19", "Wed, 19/06/2024"),
        "Physical event",
    ),
    event_teaser(
        "/content/c2lab-strasbourg-france",
        "Cluster Collaboration Lab (C2Lab) - Strasbourg, France",
        t_day("2024-09-25", "Wed, 25/09/2024") + " - " + t_day("2024-09-26", "Thu, 26/09/2024"),
        "Physical event",
    ),
    event_teaser(
        "/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action",
        "EU Clusters Talk: From Policy to Practice: The Clean Industrial Deal in Action",
        t_time("2025-03-12T08:30:00+01:00", "Wed, 12/03/2025 - 08:30"),
        "Online",
    ),
]
NEWS_ROWS = [
    news_teaser(
        "/content/clusters-driving-regional-innovation-comprehensive-look-clusters-meet-regions",
        "Clusters Driving Regional Innovation: A Comprehensive Look at the Clusters Meet Regions Event in Iasi",
        "30 November 2023",
    ),
    news_teaser(
        "/content/how-can-clusters-be-more-strategic-their-internationalisation",
        "How can clusters be more strategic in their internationalisation?",
        "17 September 2021",
    ),
    news_teaser(
        "/news/collaboration-already-starting-after-intra-european-cluster-matchmaking-event",
        "Collaboration already starting after Intra-European Cluster Matchmaking Event hosts 230 meetings",
        "16 November 2020",
    ),
]


def std_sidebar(upcoming: list[str], news: list[str] | None = None) -> str:
    out = sidebar_block(
        "upcoming_events", "block_1", "Upcoming events", upcoming, ("/event-calendar", "See all events")
    )
    out += sidebar_block("latest_news", "block_2", "Latest news", news if news is not None else NEWS_ROWS)
    return out


TALKS_BLURB = (
    "<p>The EU Clusters Talks are a fortnightly online series that the European Cluster Collaboration Platform runs "
    "for the cluster community. Each session combines a policy update with examples from clusters and their "
    "projects, and ends with platform news and open funding calls.</p>"
)
CMR_BLURB = (
    "<p>Clusters meet Regions is a series of regional workshops organised by the European Cluster Collaboration "
    "Platform on behalf of the European Commission. Each edition brings cluster organisations, regional "
    "authorities and companies from across Europe to the host region for a policy workshop, visits to local "
    "firms and research centres, and a matchmaking session.</p>"
)
