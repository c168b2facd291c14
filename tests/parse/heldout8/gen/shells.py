"""Page shells for the families that heldout7's common.py does not have: WordPress themes (T3), event plugins and
registration pages (T4), other CMSs, static sites and AMP (T5). Each shell takes the hand-written content and chrome
pieces and wraps them in the head, menus, footers and scripts that the real systems emit."""

from __future__ import annotations

import random

from common import css_filler, svg_sprite


def _tok(seed: int, n: int = 10) -> str:
    rnd = random.Random(seed)
    return "".join(rnd.choice("abcdef0123456789") for _ in range(n))


def nav_ul(items: list[tuple[str, str]], cls: str = "menu") -> str:
    return (
        f'<ul class="{cls}">' + "".join(f'<li class="menu-item"><a href="{h}">{t}</a></li>' for t, h in items) + "</ul>"
    )


# ------------------------------------------------------------------------------------------------ T3: WordPress


def wp_page(
    *,
    site: str,
    site_name: str,
    doc_title: str,
    lang: str,
    theme: str,
    body_class: str,
    menu: list[tuple[str, str]],
    main: str,
    sidebar: str = "",
    footer_extra: str = "",
    seed: int,
    charset: str = "UTF-8",
    head_extra: str = "",
    plugins: tuple[str, ...] = (),
    cookie: str | None = None,
) -> str:
    """Classic or block WordPress theme: wp-emoji script, generator meta, block-library CSS, plugin CSS, REST links."""
    ver = {
        "astra": "4.6.4",
        "twentytwentyone": "2.1",
        "enfold": "5.6.10",
        "hello-elementor": "3.0.1",
        "kadence": "1.1.51",
        "oceanwp": "3.5.4",
        "avada": "7.11.4",
    }.get(theme, "1.0")
    css = css_filler(seed, 160, (theme.replace("-", ""), "site", "entry", "widget", "post", "nav"))
    plug = "\n".join(
        f"<link rel='stylesheet' id='{p}-css' href='{site}/wp-content/plugins/{p}/assets/css/{p}.min.css?ver=6.4.3' media='all' />"
        for p in plugins
    )
    cookie_html = (
        f'<div id="cookie-law-info-bar" data-nosnippet="true"><span>{cookie}<a role="button" class="cli_action_button cli-accept-button" data-cli_action="accept">Accept</a> '
        '<a role="button" class="cli_settings_button">Cookie settings</a></span></div>\n'
        if cookie
        else ""
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<link rel=\"profile\" href=\"https://gmpg.org/xfn/11\">\n<title>{doc_title}</title>\n<meta name='robots' content='index, follow, max-image-preview:large' />\n"
        f'<link rel="alternate" type="application/rss+xml" title="{site_name} &raquo; Feed" href="{site}/feed/" />\n'
        '<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg"};\n'
        "/*! This file is auto-generated */\n!function(i,n){var o,s,e;function c(e){try{var t={supportTests:e,timestamp:(new Date).valueOf()};sessionStorage.setItem(o,JSON.stringify(t))}catch(e){}}}(window,document);</script>\n"
        f"<link rel='stylesheet' id='wp-block-library-css' href='{site}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />\n"
        f"<link rel='stylesheet' id='{theme}-theme-css-css' href='{site}/wp-content/themes/{theme}/assets/css/minified/main.min.css?ver={ver}' media='all' />\n{plug}\n"
        f"<style id='{theme}-inline-css'>\n{css}\n</style>\n"
        f'<link rel="https://api.w.org/" href="{site}/wp-json/" />\n<meta name="generator" content="WordPress 6.4.3" />\n{head_extra}'
        f'</head>\n<body class="{body_class} wp-theme-{theme}">\n<a class="skip-link screen-reader-text" href="#content">Skip to content</a>\n'
        f'<div id="page" class="site">\n<header id="masthead" class="site-header" itemscope itemtype="https://schema.org/WPHeader">\n'
        f'  <div class="site-branding"><p class="site-title"><a href="{site}/" rel="home">{site_name}</a></p></div>\n'
        f'  <nav id="site-navigation" class="main-navigation" aria-label="Primary">{nav_ul(menu, "menu nav-menu")}</nav>\n</header>\n'
        f'<div id="content" class="site-content"><div class="ast-container container">\n{main}\n{sidebar}\n</div></div>\n'
        f'<footer id="colophon" class="site-footer">\n{footer_extra}<div class="site-info">&copy; {site_name} · <a href="{site}/privacy-policy/">Privacy Policy</a> · Powered by WordPress</div>\n</footer>\n</div>\n'
        f"{cookie_html}<script src='{site}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>\n"
        f'<script id=\'{theme}-js-extra\'>var {theme.replace("-", "_")}Settings = {{"ajaxurl":"{site}/wp-admin/admin-ajax.php","nonce":"{_tok(seed)}"}};</script>\n</body>\n</html>\n'
    )


def wp_article(
    h1: str,
    date_iso: str,
    date_text: str,
    content: str,
    post_id: int,
    cats: str = "category-news",
    meta_extra: str = "",
    after: str = "",
) -> str:
    return (
        f'<main id="primary" class="site-main">\n<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry {cats}">\n'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{h1}</h1>\n'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{date_iso}">{date_text}</time></span>{meta_extra}</div></header>\n'
        f'<div class="entry-content clear" itemprop="text">\n{content}\n</div>\n</article>\n{after}</main>'
    )


def wp_sidebar(title: str, items: list[tuple[str, str, str]], extra: str = "") -> str:
    """Recent-posts / upcoming widget: (href, text, date text)."""
    lis = "".join(f'<li><a href="{h}">{t}</a> <span class="post-date">{d}</span></li>' for h, t, d in items)
    return f'<aside id="secondary" class="widget-area" role="complementary"><section class="widget widget_recent_entries"><h2 class="widget-title">{title}</h2><ul>{lis}</ul></section>{extra}</aside>'


# ------------------------------------------------------------------------------------------------ generic SaaS / other CMS shell


def generic_page(
    *,
    lang: str,
    doc_title: str,
    head_extra: str = "",
    body_open: str,
    body: str,
    seed: int,
    blocks: tuple[str, ...] = ("app", "page", "card"),
    charset: str | None = "utf-8",
    doctype: str = "<!DOCTYPE html>",
    html_attrs: str = "",
    scripts: str = "",
    css_rules: int = 120,
) -> str:
    css = css_filler(seed, css_rules, blocks)
    meta = f'<meta charset="{charset}">\n' if charset else ""
    return (
        f'{doctype}\n<html lang="{lang}"{html_attrs}>\n<head>\n{meta}<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{doc_title}</title>\n'
        f"{head_extra}<style>\n{css}\n</style>\n</head>\n{body_open}\n{body}\n{scripts}</body>\n</html>\n"
    )


def sprite(seed: int) -> str:
    return svg_sprite(seed, ("calendar", "clock", "pin", "user", "share", "download"))
