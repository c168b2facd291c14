"""Shells for the non-corpus families of the hq-* set (written new for heldout9): WordPress themes (T3), event plugins
(T4) and other CMSs (T5). Each returns a whole HTML document around a hand-written page body."""

from __future__ import annotations

import random

from common import css_filler, svg_sprite

_WP_BLOCKS = (
    "site-header",
    "main-navigation",
    "entry",
    "widget",
    "post-meta",
    "site-footer",
    "menu",
    "wp-block",
    "sidebar",
    "comments",
    "button",
)


def _ver(seed: int) -> str:
    return f"{random.Random(seed).randint(1, 9)}.{random.Random(seed + 1).randint(0, 9)}.{random.Random(seed + 2).randint(0, 9)}"


def wp_page(
    *,
    site: str,
    host: str,
    title_tag: str,
    lang: str,
    theme: str,
    body_class: str,
    menu: list[tuple[str, str]],
    main: str,
    sidebar: str = "",
    footer_text: str,
    seed: int,
    charset: str = "UTF-8",
    head_extra: str = "",
    bom_safe: bool = True,
) -> str:
    """A classic WordPress theme page (Astra, GeneratePress, OceanWP, Divi, Twenty-Twenty-*): wp-json links, emoji
    script, theme stylesheet, a header with a primary menu, #primary content, optional #secondary widgets, footer."""
    css = css_filler(seed, 220, _WP_BLOCKS)
    v = _ver(seed)
    nav = "".join(
        f'<li id="menu-item-{100 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{100 + i}"><a href="{h}" class="menu-link">{t}</a></li>'
        for i, (t, h) in enumerate(menu)
    )
    side = (
        f'<div id="secondary" class="widget-area sidebar" role="complementary">\n{sidebar}\n</div>\n' if sidebar else ""
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<link rel="profile" href="https://gmpg.org/xfn/11">\n<title>{title_tag}</title>\n<meta name="robots" content="index, follow, max-image-preview:large">\n'
        f'<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Feed" href="{host}/feed/" />\n'
        f'<link rel="https://api.w.org/" href="{host}/wp-json/" />\n<meta name="generator" content="WordPress 6.{seed % 6}.{seed % 3}" />\n'
        '<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg"};</script>\n'
        f"<link rel='stylesheet' id='{theme}-theme-css-css' href='{host}/wp-content/themes/{theme}/assets/css/minified/main.min.css?ver={v}' media='all' />\n"
        f"<link rel='stylesheet' id='wp-block-library-css' href='{host}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />\n"
        f"<style id='{theme}-inline-css'>\n{css}\n</style>\n{head_extra}"
        f"<script src='{host}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n</head>\n"
        f'<body class="{body_class} wp-theme-{theme}" itemtype="https://schema.org/WebPage" itemscope>\n'
        f'<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n<div id="page" class="hfeed site">\n'
        f'<header id="masthead" class="site-header" role="banner">\n  <div class="site-branding"><p class="site-title"><a href="{host}/" rel="home">{site}</a></p></div>\n'
        f'  <nav id="site-navigation" class="main-navigation" aria-label="Primary"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>\n'
        f'  <ul id="primary-menu" class="menu">{nav}</ul></nav>\n</header>\n'
        f'<div id="content" class="site-content"><div class="ast-container container">\n<div id="primary" class="content-area"><main id="main" class="site-main">\n{main}\n</main></div>\n{side}</div></div>\n'
        f'<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">{footer_text}</div></footer>\n</div>\n'
        f"<script src='{host}/wp-content/themes/{theme}/assets/js/minified/frontend.min.js?ver={v}' id='{theme}-theme-js-js'></script>\n"
        f"<script src='{host}/wp-includes/js/comment-reply.min.js?ver=6.4.3' id='comment-reply-js' async data-wp-strategy='async'></script>\n</body>\n</html>\n"
    )


def wp_widget(title: str, inner: str) -> str:
    return f'<aside class="widget widget_block"><h2 class="widget-title">{title}</h2>\n{inner}\n</aside>'


def generic_page(
    *,
    lang: str,
    title_tag: str,
    head: str,
    body: str,
    charset: str = "utf-8",
    charset_style: str = "meta",
    seed: int = 0,
    blocks: tuple[str, ...] = ("nav", "content", "footer"),
) -> str:
    """Any other CMS: the caller writes the body markup; this adds a doctype, charset declaration, CSS bulk and scripts."""
    css = css_filler(seed, 150, blocks)
    cs = (
        f'<meta charset="{charset}">'
        if charset_style == "meta"
        else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    )
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{cs}\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{title_tag}</title>\n{head}<style>\n{css}\n</style>\n</head>\n{body}\n</html>\n'


def sprite(seed: int) -> str:
    return svg_sprite(seed, ("calendar", "clock", "pin", "user", "download", "share", "search", "menu"))
