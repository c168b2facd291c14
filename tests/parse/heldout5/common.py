"""Shared helpers for the hv- shadow held-out set: record builders and the two site chromes (ECCP Drupal, nca.cz Modus)
that the DEV corpus imitates. Everything inside the article is written by hand per page (pages_*.py)."""

import hashlib
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
CHROME = os.path.join(HERE, "chrome")


def _read(name: str) -> str:
    with open(os.path.join(CHROME, name), encoding="utf-8") as fh:
        return fh.read()


# ------------------------------------------------------------------------------------------------ expected records


def sp(name, role=None, org=None, ec=None):
    return {"name": name, "role": role, "organisation": org, "eurocluster": ec}


def asset(label, url, created=None):
    return {"label": label, "url": url, "created": created}


def rec(
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
):
    timezone = "Europe/Brussels" if (start and "T" in start) else None
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
        "timezone": timezone,
        "tz_label": tz_label,
        "speakers": list(speakers),
        "euroclusters": sorted(euroclusters),
        "assets": list(assets),
        "notes": notes,
    }


# ------------------------------------------------------------------------------------------------ random-looking ids


def token(seed: str, n: int, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") -> str:
    rnd = random.Random(hashlib.sha256(seed.encode()).hexdigest())
    return "".join(rnd.choice(alphabet) for _ in range(n))


# ------------------------------------------------------------------------------------------------ T1: ECCP Drupal


def twig(hook: str, suggestions: list[str], chosen: str, path: str, custom: bool, html: str) -> str:
    lines = ["<!-- THEME DEBUG -->", f"<!-- THEME HOOK: '{hook}' -->", "<!-- FILE NAME SUGGESTIONS:"]
    for s in suggestions:
        lines.append(("   ✅ " if s == chosen else "   ▪️ ") + s)
    lines.append("-->")
    begin = "💡 BEGIN CUSTOM TEMPLATE OUTPUT" if custom else "BEGIN OUTPUT"
    end = "END CUSTOM TEMPLATE OUTPUT" if custom else "END OUTPUT"
    lines.append(f"<!-- {begin} from '{path}' -->")
    lines.append(html)
    lines.append(f"<!-- {end} from '{path}' -->\n\n")
    return "\n".join(lines)


def t1_field(name: str, bundle: str, ftype: str, html: str, custom_fmt: str | None = None) -> str:
    fn = name.replace("_", "-")
    sugg = [
        f"field--node--{fn}--{bundle}.html.twig",
        f"field--node--{fn}.html.twig",
        f"field--node--{bundle}.html.twig",
        f"field--{fn}.html.twig",
        f"field--{ftype}.html.twig",
        "field.html.twig",
    ]
    if custom_fmt:
        return twig(
            "field",
            sugg,
            f"field--{ftype}.html.twig",
            f"themes/custom/eccp_theme/templates/field/field--{ftype}.html.twig",
            True,
            html,
        )
    return twig("field", sugg, "field.html.twig", "core/themes/classy/templates/field/field.html.twig", False, html)


def t1_banner(bundle: str, src: str, alt: str) -> str:
    html = (
        f'<div class="field field--name-field-banner-image field--type-image field--label-hidden field__item">'
        f'<img loading="eager" srcset="{src}?itok={token(src, 8)} 1x" src="{src}?itok={token(src + "x", 8)}" '
        f'width="1600" height="600" alt="{alt}" typeof="foaf:Image" class="image-style-banner-desktop" /></div>'
    )
    return t1_field("field_banner_image", bundle, "image", html)


def t1_title(text_html: str) -> str:
    html = (
        f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">'
        f"{text_html}</span></h1>"
    )
    return twig(
        "page_title",
        ["page-title.html.twig"],
        "page-title.html.twig",
        "themes/custom/eccp_theme/templates/content/page-title.html.twig",
        True,
        html,
    )


def t1_byline(author: str, date_text: str, iso: str) -> str:
    return (
        f'<div class="node__meta">\n  <span class="label">Submitted by </span><span rel="schema:author" '
        f'typeof="schema:Person" property="schema:name" content="{author}" lang="" xml:lang=""><span>{author}</span>'
        f'</span> <span class="date">on {date_text}</span>\n  <span property="schema:dateCreated" content="{iso}" '
        f'class="hidden"></span>\n</div>\n'
    )


def t1_body(bundle: str, inner: str, field: str = "body") -> str:
    if field == "body":
        html = (
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
            f'field--label-hidden field__item">{inner}</div>'
        )
        return t1_field("body", bundle, "text-with-summary", html, custom_fmt=True)
    fn = field.replace("_", "-")
    html = (
        f'<div class="clearfix text-formatted field field--name-{fn} field--type-text-long field--label-hidden '
        f'field__item">{inner}</div>'
    )
    return t1_field(field, bundle, "text-long", html)


def t1_terms(bundle: str, field: str, label: str, items: list[tuple[int, str]]) -> str:
    fn = field.replace("_", "-")
    rows = "\n".join(
        f'      <div class="field__item"><a href="/taxonomy/term/{tid}" hreflang="en">{txt}</a></div>'
        for tid, txt in items
    )
    html = (
        f'<div class="field field--name-{fn} field--type-entity-reference field--label-above">\n'
        f'    <div class="field__label">{label}</div>\n    <div class="field__items">\n{rows}\n    </div>\n</div>'
    )
    return t1_field(field, bundle, "entity-reference", html)


def t1_audience(bundle: str) -> str:
    html = (
        '<div class="field field--name-og-audience field--type-og-standard-reference field--label-above">\n'
        '    <div class="field__label">Groups audience</div>\n    <div class="field__items">\n'
        '      <div class="field__item"><a href="/content/european-cluster-collaboration-platform" hreflang="en">'
        "European Cluster Collaboration Platform</a></div>\n    </div>\n</div>"
    )
    return t1_field("og_audience", bundle, "og-standard-reference", html)


def t1_attachments(bundle: str, rows: list[tuple[str, str, str]]) -> str:
    """rows: (absolute url, link text, size). Drupal's file_table formatter."""
    kinds = {
        "pdf": ("application/pdf", "file--application-pdf"),
        "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "file--x-office-document"),
        "pptx": (
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "file--x-office-presentation",
        ),
        "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "file--x-office-spreadsheet"),
        "zip": ("application/zip", "file--package-x-generic"),
    }
    trs = []
    for i, (url, text, size) in enumerate(rows):
        mime, icon = kinds[url.rsplit(".", 1)[-1].lower()]
        mime_cls = "file--mime-" + mime.replace("/", "-").replace(".", "-")
        trs.append(
            f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td><span class="file {mime_cls} {icon}">'
            f'<a href="{url}" type="{mime}">{text}</a></span></td><td>{size}</td></tr>'
        )
    html = (
        '<div class="field field--name-field-attachments field--type-file field--label-hidden field__items">\n'
        '<table data-striping="1" class="responsive-enabled">\n<thead>\n<tr><th>Attachment</th><th>Size</th></tr>\n'
        "</thead>\n<tbody>\n" + "\n".join(trs) + "\n</tbody>\n</table>\n</div>"
    )
    return t1_field("field_attachments", bundle, "file", html)


def t1_share(url: str, title: str) -> str:
    return (
        f'<div class="share-article">\n  <h3 class="share-article__title">Share this Article</h3>\n  <ul class="share-links">\n'
        f'    <li><a class="share-links__linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener">LinkedIn</a></li>\n'
        f'    <li><a class="share-links__x" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a></li>\n'
        f'    <li><a class="share-links__facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a></li>\n'
        f'    <li><a class="share-links__email" href="mailto:?subject={title}&amp;body={url}">E-mail</a></li>\n  </ul>\n</div>\n'
    )


def t1_article(node: int, bundle: str, inner: str, view: str = "full", promoted: bool = True) -> str:
    b = bundle.replace("_", "-")
    sugg = [
        f"node--{node}--{view}.html.twig",
        f"node--{node}.html.twig",
        f"node--{b}--{view}.html.twig",
        f"node--{b}.html.twig",
        f"node--{view}.html.twig",
        "node.html.twig",
    ]
    cls = f"node node--type-{b}{' node--promoted' if promoted else ''} node--view-mode-{view}"
    html = (
        f'<article data-history-node-id="{node}" role="article" about="/node/{node}" class="{cls}">\n'
        f'  <div class="node__content">\n{inner}  </div>\n</article>'
    )
    return twig(
        "node",
        sugg,
        f"node--{b}--{view}.html.twig",
        f"themes/custom/eccp_theme/templates/content/node--{b}--{view}.html.twig",
        True,
        html,
    )


def t1_block(title: str, view_id: str, rows_html: str, more: str | None = None) -> str:
    more_html = f'\n    <div class="more-link"><a href="{more[0]}">{more[1]}</a></div>' if more else ""
    html = (
        f'<div class="block block-views block-views-block{view_id.replace("_", "-")}">\n'
        f'  <h2 class="block__title">{title}</h2>\n'
        f'  <div class="view view-{view_id.rsplit("_block", 1)[0].replace("_", "-")} view-id-{view_id.rsplit("_block", 1)[0]} view-display-id-block_1">\n'
        f'    <div class="view-content">\n{rows_html}\n    </div>{more_html}\n  </div>\n</div>'
    )
    return twig(
        "block",
        [
            f"block--views-block--{view_id.replace('_', '-')}.html.twig",
            "block--views-block.html.twig",
            "block.html.twig",
        ],
        "block.html.twig",
        "core/themes/classy/templates/block/block.html.twig",
        False,
        html,
    )


def t1_upcoming(rows: list[tuple[str, str, str, str, str]]) -> str:
    """rows: (datetime attr or 'a/b' pair, shown text, href, title, type)."""
    out = []
    for dt_attr, shown, href, title, kind in rows:
        if "|" in dt_attr:
            a, b = dt_attr.split("|")
            s1, s2 = shown.split("|")
            when = (
                f'<time datetime="{a}" class="datetime">{s1}</time> - <time datetime="{b}" class="datetime">{s2}</time>'
            )
        else:
            when = f'<time datetime="{dt_attr}" class="datetime">{shown}</time>'
        out.append(
            f'<div class="views-row"><article class="teaser teaser--event">\n  <div class="teaser__date">{when}</div>\n'
            f'  <h3 class="teaser__title"><a href="{href}" hreflang="en">{title}</a></h3>\n'
            f'  <div class="teaser__type">{kind}</div>\n</article></div>'
        )
    return t1_block("Upcoming events", "upcoming_events_block_1", "\n".join(out), ("/event-calendar", "See all events"))


def t1_latest(rows: list[tuple[str, str, str]]) -> str:
    out = [
        f'<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{d}</span>\n'
        f'  <h3 class="teaser__title"><a href="{href}" hreflang="en">{title}</a></h3></article></div>'
        for d, href, title in rows
    ]
    return t1_block("Latest news", "latest_news_block_2", "\n".join(out))


def t1_page(
    url: str,
    node: int,
    head_title: str,
    body_class: str,
    crumbs: list[tuple[str | None, str]],
    main_html: str,
    sidebar_html: str,
    before_main: str = "",
    node_bundle_for_end: str | None = None,
) -> str:
    base = url.split("/", 3)
    base = base[0] + "//" + base[2]
    top = _read("t1_top.html")
    rep = {
        "@@NODE@@": str(node),
        "@@GA@@": "G-" + token(url + "ga", 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        "@@TITLE@@": head_title,
        "@@CANON@@": url,
        "@@BASE@@": base,
        "@@BODYCLASS@@": body_class,
        "@@HJ@@": token(url + "hj", 43),
        "@@IJ@@": token(url + "ij", 43),
    }
    for i in range(6):
        rep[f"@@H{i}@@"] = token(url + f"h{i}", 43)
        rep[f"@@I{i}@@"] = token(url + f"i{i}", 61)
    for k, v in rep.items():
        top = top.replace(k, v)
    bottom = _read("t1_bottom.html").replace("@@NODE@@", str(node))
    for i in range(3):
        bottom = bottom.replace(f"@@F{i}@@", token(url + f"f{i}", 43)).replace(f"@@G{i}@@", token(url + f"g{i}", 49))
    crumb_li = "\n".join(f'    <li><a href="{h}">{t}</a></li>' if h else f"    <li>{t}</li>" for h, t in crumbs)
    crumb = twig(
        "breadcrumb",
        ["breadcrumb.html.twig"],
        "breadcrumb.html.twig",
        "core/themes/classy/templates/navigation/breadcrumb.html.twig",
        False,
        '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n'
        '  <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>\n  <ol>\n'
        + crumb_li
        + "\n  </ol>\n</nav>",
    )
    region = (
        '<div class="region region-content">\n<div data-drupal-messages-fallback class="hidden"></div>\n'
        '<div id="block-eccp-theme-content" class="block block-system block-system-main-block">\n'
        + main_html
        + "\n</div>\n</div>"
    )
    region = twig(
        "region",
        ["region--content.html.twig", "region.html.twig"],
        "region.html.twig",
        "core/themes/classy/templates/layout/region.html.twig",
        False,
        region,
    )
    middle = (
        f'\n<main role="main" class="main-content">\n  <a id="main-content" tabindex="-1"></a>\n{before_main}'
        f'  <div class="container">\n{crumb}\n  <div class="layout-content">\n{region}\n  </div>\n'
        f'  <aside class="layout-sidebar" role="complementary">\n{sidebar_html}\n  </aside>\n  </div>\n</main>\n'
    )
    return top + middle + bottom


# ------------------------------------------------------------------------------------------------ T2: nca.cz (Modus)


def t2_files(title: str, files: list[tuple[str, str, str]]) -> str:
    """files: (href, title attribute, 'DD/MM/YYYY HH:MM:SS')."""
    items = []
    for href, ttl, created in files:
        ext = href.rsplit(".", 1)[-1].lower()
        items.append(
            f'      <li class="files-list__item">\n        <a class="files-list__link" href="{href}" title="{ttl}" '
            f'target="_blank" download><svg class="icon icon--{ext}" aria-hidden="true"><use xlink:href="#icon-{ext}">'
            f'</use></svg></a>\n        <span class="files-list__meta">Created: {created}</span>\n      </li>'
        )
    return (
        f'  <section class="news-detail__files files">\n    <h2 class="files__title">{title}</h2>\n    <ul class="files-list">\n'
        + "\n".join(items)
        + "\n    </ul>\n  </section>\n"
    )


def t2_news_item(date: str, href: str, title: str) -> str:
    return (
        f'<li class="news-list__item"><span class="news-list__date"><img src="/assets/img/icons/clock.svg" '
        f'alt="Clock icon" width="14" height="14">{date}</span><a class="news-list__link" href="{href}">{title}</a></li>'
    )


def t2_page(
    url: str,
    heading: str,
    crumb: str,
    article_inner: str,
    sidebar_items: list[tuple[str, str, str]],
    section=("News", "/en/news/"),
    truncate_after: str | None = None,
) -> str:
    top = _read("t2_top.html")
    bottom = _read("t2_bottom.html").replace(
        "@@BUILD@@", token(url, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    )
    side = "\n".join(t2_news_item(*x) for x in sidebar_items)
    crumbs = f'<a href="/en">Home</a> <span class="breadcrumbs__sep">/</span> <a href="{section[1]}">{section[0]}</a> <span class="breadcrumbs__sep">/</span> <span class="breadcrumbs__current">{crumb}</span>'
    main = f"""<main class="site-main" id="main">
  <div class="container">
    <nav class="breadcrumbs" aria-label="Breadcrumbs">{crumbs}</nav>
    <div class="layout layout--sidebar">
      <div class="layout__main">
<article class="news-detail">
  <h1 class="news-detail__title">{heading}</h1>
{article_inner}</article>
<div class="news-detail__back"><a class="btn btn--outline" href="/en/news/"><svg class="icon"><use xlink:href="#icon-arrow-right"></use></svg> Back to news</a></div>
      </div>
      <aside class="layout__aside">
        <section class="box box--news">
          <h2 class="box__title">Latest news</h2>
          <ul class="news-list">
{side}
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
"""
    page = top + main + bottom
    if truncate_after:
        page = page[: page.index(truncate_after) + len(truncate_after)]
    return page
