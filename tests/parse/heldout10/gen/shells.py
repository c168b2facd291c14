"""Shells for the non-corpus families of the hr-* set (written new for heldout10): WordPress themes (T3), event plugins
on WordPress (T4 uses wp_page too) and a generic document shell for other CMSs (T5 and the hosted ticketing pages)."""

from __future__ import annotations

import random

from common import css_filler, svg_sprite


def _tok(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice("abcdef0123456789") for _ in range(n))


def wp_page(
    *,
    lang: str,
    site: str,
    site_url: str,
    doc_title: str,
    body_class: str,
    theme: str,
    menu: list[tuple[str, str]],
    main: str,
    sidebar: str = "",
    footer_note: str = "",
    seed: int,
    charset: str = "UTF-8",
    head_extra: str = "",
    wp_version: str = "6.4.3",
    plugins: tuple[str, ...] = (),
) -> str:
    """A WordPress front-end page: head with wp-emoji, theme CSS, REST links, JSON-LD (head_extra), header menu, `main`
    (hand-written article or plugin output), optional sidebar widgets, footer."""
    rnd = random.Random(seed)
    css = css_filler(
        seed,
        220,
        (theme, "site-header", "main-navigation", "entry", "widget", "post", "comment", "site-footer", "wp-block"),
    )
    ver = _tok(rnd, 8)
    plug = "\n".join(
        f"<link rel='stylesheet' id='{p}-css' href='{site_url}/wp-content/plugins/{p}/assets/css/{p}.min.css?ver={ver}' media='all' />"
        for p in plugins
    )
    nav = "\n".join(
        f'<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{1000 + i}"><a href="{h}" class="menu-link">{t}</a></li>'
        for i, (t, h) in enumerate(menu)
    )
    aside = (
        f'<aside id="secondary" class="widget-area sidebar" role="complementary">\n{sidebar}\n</aside>\n'
        if sidebar
        else ""
    )
    sprite = svg_sprite(seed + 7, ("search", "menu", "close", "facebook", "linkedin", "x", "calendar", "user", "clock"))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{doc_title}</title>\n<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n"
        f'<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Feed" href="{site_url}/feed/" />\n'
        '<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg"};</script>\n'
        f"<link rel='stylesheet' id='wp-block-library-css' href='{site_url}/wp-includes/css/dist/block-library/style.min.css?ver={wp_version}' media='all' />\n"
        f"<link rel='stylesheet' id='{theme}-theme-css' href='{site_url}/wp-content/themes/{theme}/style.min.css?ver={ver}' media='all' />\n{plug}\n"
        f"<style id='{theme}-inline-css'>\n{css}\n</style>\n"
        f'<link rel="https://api.w.org/" href="{site_url}/wp-json/" />\n<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{site_url}/xmlrpc.php?rsd" />\n'
        f'<meta name="generator" content="WordPress {wp_version}" />\n{head_extra}</head>\n'
        f'<body class="{body_class}">\n{sprite}\n<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n<div id="page" class="site">\n'
        f'<header id="masthead" class="site-header" itemscope itemtype="https://schema.org/WPHeader">\n  <div class="site-branding"><a href="{site_url}/" rel="home" class="custom-logo-link"><img src="{site_url}/wp-content/uploads/logo.svg" class="custom-logo" alt="{site}" width="220" height="60" /></a>\n'
        f'  <p class="site-title screen-reader-text"><a href="{site_url}/" rel="home">{site}</a></p></div>\n'
        f'  <nav id="site-navigation" class="main-navigation" aria-label="Primary"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><svg class="icon"><use xlink:href="#icon-menu"></use></svg></button>\n'
        f'    <ul id="primary-menu" class="menu">\n{nav}\n    </ul></nav>\n</header>\n'
        f'<div id="content" class="site-content"><div class="ast-container container">\n<div id="primary" class="content-area"><main id="main" class="site-main">\n{main}\n</main></div>\n{aside}</div></div>\n'
        f'<footer id="colophon" class="site-footer" itemscope itemtype="https://schema.org/WPFooter">\n  <div class="footer-widgets">{footer_note}</div>\n'
        f'  <div class="site-info">&copy; {site} &middot; <a href="{site_url}/privacy-policy/">Privacy</a> &middot; <a href="{site_url}/imprint/">Imprint</a></div>\n</footer>\n</div>\n'
        f"<script src='{site_url}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n"
        f"<script src='{site_url}/wp-content/themes/{theme}/assets/js/frontend.min.js?ver={ver}' id='{theme}-script-js'></script>\n"
        "</body>\n</html>\n"
    )


def widget(title: str, inner: str, cls: str = "widget_block") -> str:
    return f'<section class="widget {cls}"><h2 class="widget-title">{title}</h2>\n{inner}\n</section>'


def recent_posts(items: list[tuple[str, str, str]]) -> str:
    """Recent-posts widget rows: (href, title, shown date)."""
    lis = "\n".join(f'<li><a href="{h}">{t}</a> <span class="post-date">{d}</span></li>' for h, t, d in items)
    return f"<ul>\n{lis}\n</ul>"


def generic_page(
    *,
    lang: str,
    doc_title: str,
    head_extra: str = "",
    body: str,
    seed: int,
    charset: str = "utf-8",
    blocks: tuple[str, ...],
    meta_charset_style: str = "html5",
) -> str:
    """A plain document with inlined theme CSS; `body` is the whole hand-written body (header, content, footer)."""
    css = css_filler(seed, 180, blocks)
    if meta_charset_style == "http-equiv":
        cs = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    else:
        cs = f'<meta charset="{charset}">'
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{cs}\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{doc_title}</title>\n'
        f"{head_extra}<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
