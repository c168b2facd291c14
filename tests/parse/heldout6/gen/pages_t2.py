"""hw-013 … hw-019: nca.cz ('Modus') pages."""

from __future__ import annotations

from common import asset, bx, esc, pseudo_css, rec, sp, svg_sprite

N = "https://nca.cz"
CSS_WORDS = [
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
CLOCK = '<img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">'

LATEST = {
    "ecc24": (
        "29.04.2024",
        "/news/european-cluster-conference-2024-takes-place-in-brussels/",
        "European Cluster Conference 2024 takes place in Brussels",
    ),
    "tex": (
        "10.05.2023",
        "/news/transition-pathway-for-textiles-for-sustainable-and-circular-value-chains-invitation-for-the-eu-clusters-talk-17-may-2023",
        "Transition Pathway for Textiles: For sustainable and circular value chains - Invitation for the EU Clusters Talk, 17 May 2023",
    ),
    "cid": (
        "20.03.2025",
        "/news/from-policy-to-practice-the-clean-industrial-deal-in-action",
        "From Policy to Practice: The Clean Industrial Deal in Action",
    ),
    "chis": (
        "30.09.2024",
        "/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024",
        "Invitation for the Clusters meet Regions Chișinău, Moldova, 24 - 25 October 2024",
    ),
    "chis_ascii": (
        "30.09.2024",
        "/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024",
        "Invitation for the Clusters meet Regions Chisinau, Moldova, 24 - 25 October 2024",
    ),
    "kat": (
        "15.11.2022",
        "/news/we-went-to-katowice-to-attend-the-clusters-meet-regions",
        "We went to Katowice to attend the Clusters Meet Regions",
    ),
    "graz": (
        "05.06.2024",
        "/news/clusters-meet-regions-graz-austria-18-19-june-2024/",
        "Clusters meet Regions - Graz, Austria, 18 - 19 June 2024",
    ),
    "comp": (
        "25.09.2024",
        "/news/the-future-of-european-competitiveness-role-of-clusters-eu-cluster-talks-2-october-2024",
        "The future of European competitiveness: Role of Clusters, EU Cluster Talks - 2. October 2024",
    ),
    "c2lab": (
        "02.09.2024",
        "/news/eccp-invitation-for-the-cluster-collaboration-labs-c2lab-strasbourg-france-on-25-26-september-2024",
        "ECCP Invitation for the Cluster Collaboration Labs (C2Lab), Strasbourg, France, on 25-26 September 2024",
    ),
    "food": (
        "22.11.2023",
        "/news/sustainable-food-systems-cluster-approaches-in-the-bio-based-economy-eu-clusters-talk-15-november-2023",
        "Sustainable food systems: Cluster approaches in the bio-based economy - EU Clusters Talk, 15 November 2023",
    ),
    "agri": (
        "23.11.2022",
        "/news/agri-food-cluster-activities-for-a-sustainable-and-resilient-ecosystem-eu-clusters-talk-30-november-2022",
        "Agri-food: Cluster activities for a sustainable and resilient ecosystem - EU Clusters Talk, 30 November 2022",
    ),
}


def latest_box(keys: list[str]) -> str:
    items = "\n".join(
        f'<li class="news-list__item"><span class="news-list__date">{CLOCK}{d}</span><a class="news-list__link" href="{h}">{esc(t)}</a></li>'
        for d, h, t in (LATEST[k] for k in keys)
    )
    return (
        f'        <section class="box box--news">\n          <h2 class="box__title">Latest news</h2>\n          <ul class="news-list">\n{items}\n'
        f'          </ul>\n          <a class="btn btn--outline" href="/en/news/">All news</a>\n        </section>\n'
    )


NEWSLETTER_BOX = (
    '        <section class="box box--newsletter">\n          <h2 class="box__title">Newsletter</h2>\n'
    "          <p>News from Czech clusters and from European cluster policy, about once a month.</p>\n"
    '          <form class="newsletter-form" action="/en/newsletter/" method="post"><input type="email" name="email" placeholder="Your e-mail" required><button class="btn btn--primary" type="submit">Subscribe</button></form>\n'
    "        </section>\n"
)


def files_section(title: str, files: list[tuple[str, str, str]]) -> str:
    """files: (href, title attribute, Created stamp)."""
    lis = "\n".join(
        f'      <li class="files-list__item">\n        <a class="files-list__link" href="{h}" title="{esc(t)}" target="_blank" download>'
        f'<svg class="icon icon--pdf" aria-hidden="true"><use xlink:href="#icon-pdf"></use></svg></a>\n'
        f'        <span class="files-list__meta">Created: {c}</span>\n      </li>'
        for h, t, c in files
    )
    return (
        f'  <section class="news-detail__files files">\n    <h2 class="files__title">{esc(title)}</h2>\n    <ul class="files-list">\n'
        f"{lis}\n    </ul>\n  </section>\n"
    )


def page(
    *,
    seed: int,
    url: str,
    h1: str,
    crumbs: list[tuple[str | None, str]],
    content: str,
    stamp: str | None,
    files: str = "",
    aside_keys: list[str],
    charset: str = "utf-8",
    image: bool = True,
    article_class: str = "news-detail",
    raw_article: str | None = None,
) -> str:
    crumb_html = ' <span class="breadcrumbs__sep">/</span> '.join(
        f'<a href="{h}">{esc(t)}</a>' if h else f'<span class="breadcrumbs__current">{esc(t)}</span>' for h, t in crumbs
    )
    date_html = f'  <div class="news-detail__date">{CLOCK}{stamp}</div>\n' if stamp else ""
    img = (
        f'  <div class="news-detail__image"><img src="/files/thumbs/{format(seed * 7919, "x")}.jpg" alt="" width="770" height="400" loading="lazy"></div>\n'
        if image
        else ""
    )
    article = raw_article or (
        f'<article class="{article_class}">\n  <h1 class="news-detail__title">{esc(h1)}</h1>\n{date_html}{img}'
        f'  <div class="news-detail__content wysiwyg">\n{content}\n  </div>\n{files}</article>\n'
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
<link rel="stylesheet" href="/assets/css/vendor.min.css?v=871">
<link rel="stylesheet" href="/assets/css/app.min.css?v=871">
<style id="critical-css">
{pseudo_css(seed, CSS_WORDS, 90)}
</style>
</head>
<body class="page page--news">
{svg_sprite(seed, ["mail", "search", "facebook", "linkedin", "youtube", "arrow-right", "pdf", "menu", "close", "clock", "download"])}
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
    <nav class="breadcrumbs" aria-label="Breadcrumbs">{crumb_html}</nav>
    <div class="layout layout--sidebar">
      <div class="layout__main">
{article}<div class="news-detail__back"><a class="btn btn--outline" href="/en/news/"><svg class="icon"><use xlink:href="#icon-arrow-right"></use></svg> Back to news</a></div>
      </div>
      <aside class="layout__aside">
{latest_box(aside_keys)}{NEWSLETTER_BOX}      </aside>
    </div>
  </div>
</main>
<footer class="site-footer">
  <div class="container site-footer__cols">
    <div class="site-footer__col"><img src="/assets/img/logo-nca-white.svg" alt="NCA" width="150" height="40"><p>The National Cluster Association brings together cluster organisations from across the Czech Republic and represents them at home and in Europe.</p></div>
    <div class="site-footer__col"><h3>Quick links</h3><ul><li><a href="/en/about-us/">About us</a></li><li><a href="/en/members/">Members</a></li><li><a href="/en/news/">News</a></li></ul></div>
  </div>
  <div class="site-footer__bottom container"><p>&copy; Národní klastrová asociace</p><p><a href="/en/privacy/">Privacy</a> | <a href="/en/cookies/">Cookies</a></p><p class="site-footer__made">Web: Modus</p></div>
</footer>
<script src="/assets/js/vendor.min.js?v=871"></script>
<script src="/assets/js/app.min.js?v=871"></script>
<script>window.NCA = {{"lang":"en","baseUrl":"https://www.nca.cz","cookieBar":true,"build":"{format(seed * 104729, "x")}"}};</script>
</body>
</html>
"""


NEWS_CRUMBS = [("/en", "Home"), ("/en/news/", "News")]


def crumb_title(t: str) -> str:
    return t if len(t) <= 60 else t[:59] + "…"


def hw013():
    url = (
        N + "/news/support-programmes-and-funding-schemes-cluster-policies-in-the-eu-eu-clusters-talk-21-february-2024"
    )
    h1 = "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024"
    content = """<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the&nbsp;EU Clusters Talk “Cluster policies in the EU: Support programmes and funding schemes”&nbsp;on&nbsp;21 February 2024, 08:30 - 09:45 CET.</p>
<p>National and regional governments support their clusters in very different ways: some run labelling and excellence programmes, others fund cluster management directly or through calls for collaborative projects. The Talk compares several of these schemes and presents what the EU offers on top of them.</p>
<p>Speakers will include:</p>
<p>- Dr. Jennifer Baker, Policy Analyst, Joint Research Centre, European Commission;<br>
- Mag. Andreas Gruber, Head of Cluster Policy, Austrian Federal Ministry of Labour and Economy;<br>
- <strong>Kaja Kaasik</strong>Senior Adviser, Ministry of Economic Affairs and Communications of Estonia;<br>
- Mario Rossi, Director, Lombardy Energy Cleantech Cluster;<br>
- TBC.</p>
<p>Register by 20 February 2024 at 12:00 CET to receive the connection details.</p>"""
    files = files_section(
        "Attachments",
        [
            (
                "/files/eu-clusters-talk-21-02-2024-agenda.pdf",
                "Agenda - EU Clusters Talk 21 February 2024",
                "14/02/2024 16:41:09",
            ),
            (
                "/files/eu-clusters-talk-21-02-2024-presentations.pdf",
                "Presentations - Cluster policies in the EU",
                "04/03/2024 09:12:30",
            ),
        ],
    )
    html = page(
        seed=13,
        url=url,
        h1=h1,
        crumbs=NEWS_CRUMBS + [(None, crumb_title(h1))],
        content=content,
        stamp="14.02.2024",
        files=files,
        aside_keys=["ecc24", "food", "cid", "graz", "kat"],
    )
    r = rec(
        "hw-013",
        url,
        "T2",
        "en",
        True,
        "Cluster policies in the EU: Support programmes and funding schemes",
        h1,
        "EU Clusters Talks",
        bx("2024-02-21", "8:30"),
        bx("2024-02-21", "9:45"),
        "CET",
        [
            sp("Jennifer Baker", "Policy Analyst", "Joint Research Centre, European Commission"),
            sp("Andreas Gruber", "Head of Cluster Policy", "Austrian Federal Ministry of Labour and Economy"),
            sp("Kaja Kaasik", "Senior Adviser", "Ministry of Economic Affairs and Communications of Estonia"),
            sp("Mario Rossi", "Director", "Lombardy Energy Cleantech Cluster"),
        ],
        [],
        [
            asset(
                "Agenda - EU Clusters Talk 21 February 2024",
                N + "/files/eu-clusters-talk-21-02-2024-agenda.pdf",
                "14/02/2024 16:41:09",
            ),
            asset(
                "Presentations - Cluster policies in the EU",
                N + "/files/eu-clusters-talk-21-02-2024-presentations.pdf",
                "04/03/2024 09:12:30",
            ),
        ],
        "Heading swaps the two halves of the quoted official title; zero-padded '08:30 - 09:45 CET' in winter; '- ' lines in "
        "one <br> paragraph with 'Dr.' and 'Mag.' honorifics and a name in <strong> glued to the role; 'TBC.' placeholder; "
        "registration deadline with a time; Clock icon stamp 14.02.2024; two Created stamps in winter (+01:00).",
    )
    return "hw-013", html, r


def hw014():
    url = (
        N
        + "/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023"
    )
    h1 = "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023"
    content = """<p>We invite you to the EU Clusters Talk “Crossing Borders: Instruments of Interregional Collaboration”, which the European Cluster Collaboration Platform organises on 22 March 2023, 8.30 – 9.45 CET.</p>
<p>Interregional cooperation helps clusters to find partners with complementary strengths and to scale up innovation. The Talk presents the EU instruments that fund it, from Interreg to the Interregional Innovation Investments (I3) instrument, whose next call closes on 17 October 2023 at 17:00 CET, and shows how clusters have used them.</p>
<p>Speakers:</p>
<p>Fabienne Gautier, Head of Unit of DG REGIO, European Commission.</p>
<p>Pedro Ruiz, Programme Officer of the European Innovation Council and SMEs Executive Agency (EISMEA).</p>
<p>Lena Andersson, CEO of Mobile Heights.</p>
<p>Dr. Urška Kunej, Coordinator of the Wood Industry Cluster Slovenia.</p>
<p>The EU Clusters Talks are online meetings for the cluster community, held every second Wednesday morning.</p>"""
    files = files_section(
        "Summary and Presentation",
        [
            ("/files/crossing-borders-presentations.pdf", "Crossing Borders - presentations", "03/04/2023 13:05:44"),
            ("/files/crossing-borders-summary.pdf", "Crossing Borders - summary", "24/03/2023 10:15:02"),
        ],
    )
    html = page(
        seed=14,
        url=url,
        h1=h1,
        crumbs=NEWS_CRUMBS + [(None, crumb_title(h1))],
        content=content,
        stamp="15.03.2023",
        files=files,
        aside_keys=["tex", "agri", "ecc24", "chis", "kat"],
    )
    r = rec(
        "hw-014",
        url,
        "T2",
        "en",
        True,
        "Crossing Borders: Instruments of Interregional Collaboration",
        h1,
        "EU Clusters Talks",
        bx("2023-03-22", "8:30"),
        bx("2023-03-22", "9:45"),
        "CET",
        [
            sp("Fabienne Gautier", "Head of Unit", "DG REGIO, European Commission"),
            sp("Pedro Ruiz", "Programme Officer", "European Innovation Council and SMEs Executive Agency (EISMEA)"),
            sp("Lena Andersson", "CEO", "Mobile Heights"),
            sp("Urška Kunej", "Coordinator", "Wood Industry Cluster Slovenia"),
        ],
        [],
        [
            asset(
                "Crossing Borders - presentations",
                N + "/files/crossing-borders-presentations.pdf",
                "03/04/2023 13:05:44",
            ),
            asset("Crossing Borders - summary", N + "/files/crossing-borders-summary.pdf", "24/03/2023 10:15:02"),
        ],
        "Heading typo 'Instrumets' vs quoted title; dotted times '8.30 – 9.45 CET' (winter, +01:00); one <p> per speaker in "
        "'Name, Role of Organisation.' form; an I3 call deadline with date, time and zone is not the event; Created stamps "
        "on both sides of the 26 March 2023 switch to summer time (+02:00 for 03/04, +01:00 for 24/03).",
    )
    return "hw-014", html, r


def hw015():
    url = N + "/en/events/"
    h1 = "Events"
    items = [
        (
            "24.10.2024 – 25.10.2024",
            "Chișinău, Moldova",
            "/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024",
            "Clusters meet Regions Chișinău",
        ),
        (
            "02.10.2024, 10:00 – 11:30",
            "Online",
            "/news/the-future-of-european-competitiveness-role-of-clusters-eu-cluster-talks-2-october-2024",
            "EU Clusters Talk: The future of European competitiveness",
        ),
        (
            "25.09.2024 – 26.09.2024",
            "Strasbourg, France",
            "/news/eccp-invitation-for-the-cluster-collaboration-labs-c2lab-strasbourg-france-on-25-26-september-2024",
            "Cluster Collaboration Lab (C2Lab) Strasbourg",
        ),
        (
            "18.06.2024 – 19.06.2024",
            "Graz, Austria",
            "/news/clusters-meet-regions-graz-austria-18-19-june-2024/",
            "Clusters meet Regions Graz",
        ),
        (
            "07.05.2024 – 08.05.2024",
            "Brussels, Belgium",
            "/news/european-cluster-conference-2024-takes-place-in-brussels/",
            "European Cluster Conference 2024",
        ),
    ]
    lis = "\n".join(
        f'<li class="events-list__item"><span class="events-list__date">{d}</span><span class="events-list__place">{p}</span>'
        f'<a class="events-list__link" href="{h}">{esc(t)}</a></li>'
        for d, p, h, t in items
    )
    art = (
        f'<article class="events-page">\n  <h1 class="news-detail__title">{h1}</h1>\n  <p class="events-page__intro">Events of NCA and '
        f'its partners. Dates are local time.</p>\n  <ul class="events-list">\n{lis}\n  </ul>\n  <nav class="pagination"><a class="is-active" '
        f'href="/en/events/">1</a> <a href="/en/events/?page=2">2</a> <a href="/en/events/?page=3">3</a></nav>\n</article>\n'
    )
    html = page(
        seed=15,
        url=url,
        h1=h1,
        crumbs=[("/en", "Home"), (None, "Events")],
        content="",
        stamp=None,
        aside_keys=["comp", "c2lab", "graz"],
        raw_article=art,
    )
    r = rec(
        "hw-015",
        url,
        "T2",
        "en",
        False,
        h1,
        h1,
        None,
        None,
        None,
        None,
        [],
        [],
        [],
        "NOT an event: nca.cz events listing with five dated entries (date ranges and one time range).",
    )
    return "hw-015", html, r


def hw016():
    url = N + "/news/autumn-with-the-eccp-three-events-three-cities"
    h1 = "Autumn with the ECCP: three events, three cities"
    content = """<p>This autumn NCA took part in three events of the European Cluster Collaboration Platform. Here is a short look back.</p>
<h2>C2Lab in Strasbourg</h2>
<p>On 25-26 September 2024 our colleague Jana Nováková joined the Cluster Collaboration Lab in Strasbourg, where she worked with clusters from France, Spain and Lithuania on a joint project on skills.</p>
<h2>EU Clusters Talk on competitiveness</h2>
<p>On 2 October 2024, 10:00 – 11:30 CET, the EU Clusters Talk “The future of European competitiveness: Role of Clusters” discussed the consequences of the report on European competitiveness for cluster policy. Marek Przeor, DG GROW, presented the Commission's plans.</p>
<h2>Clusters meet Regions in Chișinău</h2>
<p>On 24 - 25 October 2024 we travelled to Moldova, where the Clusters meet Regions workshop brought together Moldovan clusters and their European counterparts.</p>
<p>All three events are documented on the ECCP website. We will report on the Clusters meet Regions in Charleroi in December.</p>"""
    html = page(
        seed=16,
        url=url,
        h1=h1,
        crumbs=NEWS_CRUMBS + [(None, crumb_title(h1))],
        content=content,
        stamp="06.11.2024",
        aside_keys=["chis", "comp", "c2lab", "graz", "ecc24"],
    )
    r = rec(
        "hw-016",
        url,
        "T2",
        "en",
        False,
        h1,
        h1,
        None,
        None,
        None,
        None,
        [],
        [],
        [],
        "NOT an event: a recap of three events (C2Lab 25-26 September 2024, EU Clusters Talk 2 October 2024 with times, "
        "Clusters meet Regions 24 - 25 October 2024), each with its date and people.",
    )
    return "hw-016", html, r


def hw017():
    url = N + "/news/we-went-to-katowice-to-attend-the-clusters-meet-regions"
    h1 = "We went to Katowice to attend the Clusters Meet Regions"
    # Stray closing tags and an unclosed <p>, as pasted from a word processor into the CMS.
    content = """<p>At the end of October, NCA travelled to Katowice for the Clusters meet Regions workshop, which the European Cluster Collaboration Platform organised on 26 and 27 October together with the Marshal's Office of the Silesian Voivodeship.</p></span>
<p>The workshop was opened by Anna Jedynak, Member of the Board of the Silesian Voivodeship, and Ulla Engelmann, Head of Unit, DG GROW.</p></p>
<p>“Clusters are the glue between regions and Europe,” Ulla Engelmann told the 140 participants.
<div class="quote-box"><p>In the afternoon panel, Ing. Jiří Krátký, Chairman of the Board of NCA, presented how Czech clusters work with their regions.</div></div>
<p>The second day was devoted to visits to the Silesian Aviation Cluster and to a matchmaking session with more than 120 bilateral meetings.</font></p>
<p><a href="/files/gallery/katowice-cmr-2022-01.jpg">Photo from the workshop</a></p>"""
    html = page(
        seed=17,
        url=url,
        h1=h1,
        crumbs=NEWS_CRUMBS + [(None, crumb_title(h1))],
        content=content,
        stamp="15.11.2022",
        aside_keys=["agri", "tex", "ecc24", "food"],
    )
    r = rec(
        "hw-017",
        url,
        "T2",
        "en",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2022-10-26",
        "2022-10-27",
        None,
        [
            sp("Anna Jedynak", "Member of the Board", "Silesian Voivodeship"),
            sp("Ulla Engelmann", "Head of Unit", "DG GROW"),
            sp("Jiří Krátký", "Chairman of the Board", "NCA"),
        ],
        [],
        [],
        "Broken HTML (stray </span>, </p>, </div>, </font>, an unclosed <p>); report weeks later: '26 and 27 October' without "
        "year, the year only in the Clock icon stamp 15.11.2022; speakers in prose ('opened by X, Role of Org, and Y, Role, Org', "
        "'Ing. X, Role of Org, presented'); a spoken quotation in curly quotes is not the title; photo link is not an asset.",
    )
    return "hw-017", html, r


def hw018():
    url = N + "/en/about-us/projects/eurocluster-ingenious-09-2022-02-2025/"
    h1 = "Eurocluster INGENIOUS 09/2022 - 02/2025"
    content = """<p>NCA is a partner of the INGENIOUS Eurocluster, which supports SMEs in energy-intensive industries on their way to a green and digital economy. The project is funded by the Single Market Programme under the call SMP-COSME-2021-CLUSTER.</p>
<p>The kick-off meeting took place in Brussels on 21 September 2022 at 10:00, hosted by the coordinator.</p>
<ul>
<li>Duration: 1 September 2022 – 28 February 2025</li>
<li>Partners: 11 cluster organisations from 9 countries</li>
<li>Role of NCA: work package leader for training</li>
</ul>
<p>Open calls for SMEs are announced on this page and in our newsletter.</p>"""
    html = page(
        seed=18,
        url=url,
        h1=h1,
        crumbs=[("/en", "Home"), ("/en/about-us/", "About us"), ("/en/about-us/projects/", "Projects"), (None, h1)],
        content=content,
        stamp=None,
        aside_keys=["comp", "graz", "ecc24"],
        image=False,
    )
    r = rec(
        "hw-018",
        url,
        "T2",
        "en",
        False,
        h1,
        h1,
        None,
        None,
        None,
        None,
        [],
        ["INGENIOUS"],
        [],
        "NOT an event: nca.cz project page; a kick-off meeting with date and time (21 September 2022 at 10:00) and the project "
        "duration range look like an event.",
    )
    return "hw-018", html, r


def hw019():
    url = N + "/news/clusters-for-a-resilient-automotive-ecosystem-eu-clusters-talk-30-november-2022"
    h1 = "Clusters for a resilient automotive ecosystem - EU Clusters Talk, 30 November 2022"
    content = """<p><strong>Please note the new date.</strong></p>
<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Automotive ecosystem: Clusters for resilient supply chains” on 7 December 2022, 8:30 – 9:45 CET.</p>
<p>Chip shortages, the war in Ukraine and the switch to electric drives have shaken the automotive supply chain. The Talk shows how clusters help suppliers diversify and find new customers.</p>
<p>Speakers will include:</p>
<ul>
<li>Ing. Pavla Dvořáková, Cluster Manager, Moravskoslezský automobilový klastr;</li>
<li>Jiří Štěpánek, Head of Supply Chain Development, Škoda Auto;</li>
<li>Rafał Zieliński, President, Wielkopolska Automotive Cluster, Poland;</li>
<li>Sylvie Garnier, Project Officer, CARA, E-BOOST Eurocluster;</li>
<li>Moderator: Jana Nováková, NCA.</li>
</ul>"""
    files = files_section(
        "Attachments",
        [("/files/automotive-ecosystem-summary.pdf", "Automotive ecosystem - summary", "14/12/2022 08:55:31")],
    )
    html = page(
        seed=19,
        url=url,
        h1=h1,
        crumbs=NEWS_CRUMBS + [(None, crumb_title(h1))],
        content=content,
        stamp="24.11.2022",
        files=files,
        aside_keys=["agri", "kat", "tex", "chis_ascii"],
        charset="windows-1250",
    )
    r = rec(
        "hw-019",
        url,
        "T2",
        "en",
        True,
        "Automotive ecosystem: Clusters for resilient supply chains",
        h1,
        "EU Clusters Talks",
        bx("2022-12-07", "8:30"),
        bx("2022-12-07", "9:45"),
        "CET",
        [
            sp("Pavla Dvořáková", "Cluster Manager", "Moravskoslezský automobilový klastr"),
            sp("Jiří Štěpánek", "Head of Supply Chain Development", "Škoda Auto"),
            sp("Rafał Zieliński", "President", "Wielkopolska Automotive Cluster"),
            sp("Sylvie Garnier", "Project Officer", "CARA", "E-BOOST"),
            sp("Jana Nováková", None, "NCA"),
        ],
        ["E-BOOST"],
        [asset("Automotive ecosystem - summary", N + "/files/automotive-ecosystem-summary.pdf", "14/12/2022 08:55:31")],
        "Saved as windows-1250 (declared); heading date (30 November 2022) disagrees with the body (rescheduled to 7 December "
        "2022): the body is right; 'Ing.' honorific; a country suffix ', Poland' is not part of the organisation; a Eurocluster "
        "in the line; 'Moderator: Name, Org.' is a speaker (no role); sidebar links to the 30 November 2022 Agri-food Talk.",
    )
    return "hw-019", html, r


PAGES = [hw013, hw014, hw015, hw016, hw017, hw018, hw019]
ENCODINGS = {"hw-019": "cp1250"}
