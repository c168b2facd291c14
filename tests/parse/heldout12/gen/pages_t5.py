"""T5 — other CMSs (hw-035 … hw-040): europa.eu ECL, Mailchimp, TYPO3, a hand-made Slovak CMS in ISO-8859-2, a Dutch Umbraco page, Squarespace.
Written new for heldout12."""

from __future__ import annotations

from common import bx, page_adder, record, sp
from shells import generic_page

PAGES: list[dict] = []
add = page_adder(PAGES)

# ---------------------------------------------------------------- hw-035 europa.eu ECL event page: info session (series null)
u = "https://eismea.ec.europa.eu/events/info-session-euroclusters-call-2024-03-12_en"
h1 = "Info session: Euroclusters call 2024"
body = (
    '<header class="ecl-site-header"><div class="ecl-site-header__container"><a class="ecl-link ecl-site-header__logo-link" href="https://eismea.ec.europa.eu/index_en">'
    '<img alt="European Commission logo" class="ecl-site-header__logo-image" src="https://eismea.ec.europa.eu/themes/ewcms/logo-ec--en.svg"></a>'
    '<div class="ecl-site-header__language"><a class="ecl-link" href="#">English</a></div><div class="ecl-site-header__search"><input class="ecl-search-form__text-input" type="search" placeholder="Search"></div></div>'
    '<div class="ecl-site-header__banner"><p class="ecl-site-header__site-name">European Innovation Council and SMEs Executive Agency</p></div>'
    '<nav class="ecl-menu"><ul class="ecl-menu__list"><li><a href="/about-eismea_en">About EISMEA</a></li><li><a href="/programmes_en">Programmes</a></li><li><a href="/news_en">News</a></li><li><a href="/events_en">Events</a></li></ul></nav></header>\n'
    '<div class="ecl-page-header"><div class="ecl-container"><nav class="ecl-breadcrumb"><ol><li><a href="/index_en">Home</a></li><li><a href="/events_en">Events</a></li></ol></nav>\n'
    '<div class="ecl-page-header__meta"><span class="ecl-page-header__meta-item">Info day</span> | <span class="ecl-page-header__meta-item">Tuesday 12 March 2024, 10:00 - 12:00 (CET)</span> | <span class="ecl-page-header__meta-item">Online</span></div>\n'
    f'<h1 class="ecl-page-header__title">{h1}</h1></div></div>\n'
    '<main class="ecl-container"><div class="ecl-row"><div class="ecl-col-l-9">\n<h2 class="ecl-u-type-heading-2">Description</h2>\n'
    '<p class="ecl-u-type-paragraph">The European Innovation Council and SMEs Executive Agency presents the Single Market Programme call for new Euroclusters. '
    "The session explains the objectives, budget and award criteria, and answers questions from applicants.</p>\n"
    '<h2 class="ecl-u-type-heading-2">Practical information</h2>\n<dl class="ecl-description-list"><dt>When</dt><dd>Tuesday 12 March 2024, 10:00 - 12:00 (CET)</dd>'
    "<dt>Where</dt><dd>Online</dd><dt>Languages</dt><dd>English</dd><dt>Organiser</dt><dd>European Innovation Council and SMEs Executive Agency</dd></dl>\n"
    '<h2 class="ecl-u-type-heading-2">Speakers</h2>\n<div class="ecl-content-item-block">\n'
    '<article class="ecl-content-item"><div class="ecl-content-block__title">Roberta Lanzillotta</div><div class="ecl-content-block__description">Head of Sector, Single Market Programme – SMEs, EISMEA</div></article>\n'
    '<article class="ecl-content-item"><div class="ecl-content-block__title">Stefan Dimitrov</div><div class="ecl-content-block__description">Project Adviser, EISMEA</div></article>\n'
    '<article class="ecl-content-item"><div class="ecl-content-block__title">Céline Dufresne</div><div class="ecl-content-block__description">Policy Officer, DG GROW</div></article>\n</div>\n'
    '<h2 class="ecl-u-type-heading-2">Documents</h2>\n<div class="ecl-file"><div class="ecl-file__container"><div class="ecl-file__title">Presentation – Euroclusters call 2024 info session</div>'
    '<div class="ecl-file__info">English (2.3 MB - PDF)</div><a href="https://eismea.ec.europa.eu/document/download/5a3c9d1e-0b4f-4f2a-9c77-1e2f3a4b5c6d_en?filename=Euroclusters%20call%202024%20info%20session.pdf" class="ecl-link ecl-file__download">Download</a></div></div>\n'
    '<p><a class="ecl-link" href="https://eismea.ec.europa.eu/events/info-session-euroclusters-call-2024-03-12_en?ical=1">Add to calendar</a></p>\n'
    '</div></div></main>\n<footer class="ecl-site-footer"><p>European Innovation Council and SMEs Executive Agency</p><ul><li><a href="#">Contact</a></li><li><a href="#">Cookies</a></li><li><a href="#">Legal notice</a></li></ul></footer>'
)
html = generic_page(
    lang="en",
    doc_title=f"{h1} - European Commission",
    body=body,
    seed=5235,
    blocks=("ecl-site-header", "ecl-page-header", "ecl-file", "ecl-content-item"),
)
add(
    "hw-035",
    u,
    html,
    record(
        id="hw-035",
        url=u,
        template="T5",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-03-12", "10:00"),
        end=bx("2024-03-12", "12:00"),
        tz_label="CET",
        speakers=[
            sp("Roberta Lanzillotta", "Head of Sector, Single Market Programme – SMEs", "EISMEA"),
            sp("Stefan Dimitrov", "Project Adviser", "EISMEA"),
            sp("Céline Dufresne", "Policy Officer", "DG GROW"),
        ],
        assets=[
            {
                "label": "Download",
                "url": "https://eismea.ec.europa.eu/document/download/5a3c9d1e-0b4f-4f2a-9c77-1e2f3a4b5c6d_en?filename=Euroclusters%20call%202024%20info%20session.pdf",
                "created": None,
            }
        ],
        notes="Plausible reconstruction (session date and people not verified). europa.eu ECL event page (series null): 'Tuesday 12 March 2024, 10:00 - 12:00 (CET)' in the page-header meta and again under 'When' (+01:00); speaker cards with name and 'Role, Org' in separate blocks; ECL file block: the document link ('Download', a /document/download/… URL whose filename parameter ends in .pdf) is an asset; ?ical=1 is not; generic 'Euroclusters' names none.",
    ),
)

# ---------------------------------------------------------------- hw-036 NOT event: Mailchimp newsletter
u = "https://mailchi.mp/clusterportal-bw/newsletter-oktober-2024"
h1 = "Cluster Newsletter – October 2024"
body = (
    '<center><table id="bodyTable" width="100%"><tr><td align="center" valign="top"><table class="templateContainer" width="600">\n'
    '<tr><td class="templatePreheader"><p>View this email in your browser</p></td></tr>\n'
    f'<tr><td class="mcnTextContent"><h1>{h1}</h1>\n'
    "<p>Dear cluster managers,</p><p>here is what is coming up in European cluster cooperation.</p>\n"
    "<h2>EU Clusters Talk: The future of European competitiveness</h2><p>The recording of the Talk of 2 October 2024 is now online. Speakers from DG GROW, "
    "COTEC Portugal and the European Cluster Alliance discussed the competitiveness report.</p>\n"
    "<h2>Clusters meet Regions – Charleroi</h2><p>Registration is open for the workshop on 27–28 November 2024.</p>\n"
    "<h2>PowerUp NetZero open call</h2><p>Deadline: 15 January 2025, 17:00 CET.</p>\n"
    "<p>Best regards,<br>Your Clusterportal team</p></td></tr>\n"
    '<tr><td class="templateFooter"><p>Copyright © 2024 Clusterportal Baden-Württemberg, All rights reserved.</p><p><a href="*|UNSUB|*">unsubscribe from this list</a> · <a href="*|UPDATE_PROFILE|*">update subscription preferences</a></p></td></tr>\n'
    "</table></td></tr></table></center>"
)
html = generic_page(lang="en", doc_title=h1, body=body, seed=5236, blocks=("mcn", "template", "bodyTable"))
add(
    "hw-036",
    u,
    html,
    record(
        id="hw-036",
        url=u,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["PowerUp NetZero"],
        notes="NOT an event: a Mailchimp newsletter with three items (a past Talk, an upcoming workshop, a call deadline with time and CET); names PowerUp NetZero.",
    ),
)

# ---------------------------------------------------------------- hw-037 NOT event: TYPO3 news about a study
u = "https://www.biz-up.at/en/news/detail/cluster-study-2024-how-clusters-support-upper-austrian-smes"
h1 = "Cluster study 2024: How clusters support Upper Austrian SMEs"
body = (
    '<header id="header"><a href="/en/" class="logo"><img src="/fileadmin/templates/img/logo.svg" alt="Business Upper Austria"></a>'
    '<nav id="mainnav"><ul><li><a href="/en/about/">About us</a></li><li><a href="/en/clusters/">Clusters</a></li><li class="active"><a href="/en/news/">News</a></li><li><a href="/en/events/">Events</a></li></ul></nav></header>\n'
    '<div id="content"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">\n'
    '<div class="header"><h1 itemprop="headline">Cluster study 2024: How clusters support Upper Austrian SMEs</h1></div>\n'
    '<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-11-19">19/11/2024</time></span></p></div>\n'
    '<div class="news-text-wrap" itemprop="articleBody"><p>The new cluster study shows that 71% of cluster partner companies introduced a new product or process within three years. '
    "The study was carried out between February and June 2024 among 1,100 partner companies.</p>\n"
    "<p>Results will be discussed at the cluster partners’ day on 5 December 2024 in Linz.</p>\n"
    '<p><a href="/fileadmin/user_upload/Cluster_Study_2024.pdf" class="download">Cluster study 2024 (PDF)</a></p></div>\n'
    '<div class="news-backlink-wrap"><a href="/en/news/">Back</a></div></div></div></div>\n<footer id="footer"><p>© Business Upper Austria – OÖ Wirtschaftsagentur GmbH</p></footer>'
)
html = generic_page(
    lang="en",
    doc_title="Cluster study 2024 - Business Upper Austria",
    head_extra='<meta name="generator" content="TYPO3 CMS">\n',
    body=body,
    seed=5237,
    blocks=("news", "news-single", "header", "footer"),
)
add(
    "hw-037",
    u,
    html,
    record(
        id="hw-037",
        url=u,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: TYPO3 news about a study (plausible reconstruction); survey period, publication date, a partners' day date and a PDF (not listed, non-event).",
    ),
)

# ---------------------------------------------------------------- hw-038 sk: hand-made CMS, ISO-8859-2, Talk of 2 October 2024
u = "https://www.klastre.sk/aktuality/eu-clusters-talk-buducnost-europskej-konkurencieschopnosti.html"
h1 = "EU Clusters Talk o budúcnosti európskej konkurencieschopnosti"
body = (
    '<div id="hlavicka"><a href="/"><img src="/img/logo.gif" alt="Únia klastrov Slovenska" width="200" height="60"></a>'
    '<ul id="menu"><li><a href="/o-nas.html">O nás</a></li><li><a href="/clenovia.html">Členovia</a></li><li><a href="/aktuality.html" class="akt">Aktuality</a></li><li><a href="/kontakt.html">Kontakt</a></li></ul></div>\n'
    '<div id="obsah"><div id="lavy">\n'
    f'<h2 class="nadpis">{h1}</h2>\n<p class="datum">Pridané: 24.09.2024</p>\n'
    "<p>Európska platforma pre klastrovú spoluprácu (ECCP) pozýva na online diskusiu EU Clusters Talk „The future of European competitiveness: Role of Clusters“, "
    "ktorá sa uskutoční v stredu 2. októbra 2024 v čase 8:30 – 9:45 h (CET).</p>\n"
    "<p>Rečníci:<br>\nLukas Wagner – ekonóm, GR GROW, Európska komisia<br>\nMarta Oliveira – generálna riaditeľka, COTEC Portugal<br>\n"
    "Jakub Horák – podpredseda predstavenstva, Národná klastrová asociácia ČR<br>\nElena Rossi – generálna tajomníčka, European Cluster Alliance</p>\n"
    "<p>Registrácia na stránke ECCP do 1. októbra.</p>\n</div>\n"
    '<div id="pravy"><h3>Kalendár</h3><ul><li>15.10.2024 – Valné zhromaždenie ÚKS</li><li>27.–28.11.2024 – Clusters meet Regions, Charleroi</li></ul></div></div>\n'
    '<div id="paticka">© 2024 Únia klastrov Slovenska | <a href="/kontakt.html">Kontakt</a></div>'
)
html = generic_page(
    lang="sk",
    doc_title="Únia klastrov Slovenska - Aktuality",
    body=body,
    seed=5238,
    charset="iso-8859-2",
    blocks=("hlavicka", "obsah", "paticka"),
    meta_charset_style="http-equiv",
)
add(
    "hw-038",
    u,
    html,
    record(
        id="hw-038",
        url=u,
        template="T5",
        lang="sk",
        is_event=True,
        title="The future of European competitiveness: Role of Clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-10-02", "08:30"),
        end=bx("2024-10-02", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Lukas Wagner", "ekonóm", "GR GROW, Európska komisia"),
            sp("Marta Oliveira", "generálna riaditeľka", "COTEC Portugal"),
            sp("Jakub Horák", "podpredseda predstavenstva", "Národná klastrová asociácia ČR"),
            sp("Elena Rossi", "generálna tajomníčka", "European Cluster Alliance"),
        ],
        notes="Slovak copy of the real Talk of hw-015 on a hand-made CMS, saved as ISO-8859-2 bytes declared by http-equiv (curly quotes and dashes become numeric references). Heading is an <h2>; <title> differs; English title in „…“; 'v stredu 2. októbra 2024 v čase 8:30 – 9:45 h (CET)' (+02:00); '<br>' lines 'Name – rola, Org'; 'Pridané: 24.09.2024', 'do 1. októbra' and the calendar box not the event.",
    ),
    encoding="iso-8859-2",
)

# ---------------------------------------------------------------- hw-039 nl NOT event: funding overview page (Umbraco)
u = "https://www.clusterplatform-oost.nl/europese-financiering-voor-clusters"
h1 = "Europese financiering voor clusters: een overzicht"
body = (
    '<header class="site-header"><a class="logo" href="/">Clusterplatform Oost</a><nav><a href="/over-ons">Over ons</a> <a href="/clusters">Clusters</a> <a href="/agenda">Agenda</a> <a href="/contact">Contact</a></nav></header>\n'
    f'<main class="content"><h1>{h1}</h1>\n<p class="intro">Welke Europese programma’s zijn interessant voor clusterorganisaties? We zetten de belangrijkste op een rij.</p>\n'
    "<h2>Single Market Programme – Euroclusters</h2><p>Financiert samenwerkingsverbanden van clusters uit minstens drie landen. Voorbeelden: JEWEL en PowerUp NetZero.</p>\n"
    "<h2>Interreg</h2><p>Grensoverschrijdende projecten; de volgende oproep van Interreg Vlaanderen-Nederland sluit op 30 september 2024.</p>\n"
    "<h2>ClusterXchange</h2><p>Korte uitwisselingen voor clustermanagers en mkb’ers, doorlopend open.</p>\n"
    "<p>Vragen? Neem contact op met Femke de Vries.</p></main>\n"
    '<footer class="site-footer"><p>Laatst bijgewerkt: 3 juni 2024</p><p>© Clusterplatform Oost</p></footer>'
)
html = generic_page(
    lang="nl",
    doc_title=f"{h1} | Clusterplatform Oost",
    head_extra='<meta name="generator" content="Umbraco">\n',
    body=body,
    seed=5239,
    blocks=("site-header", "content", "site-footer"),
)
add(
    "hw-039",
    u,
    html,
    record(
        id="hw-039",
        url=u,
        template="T5",
        lang="nl",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["JEWEL", "PowerUp NetZero"],
        notes="NOT an event: a Dutch funding-overview page (Umbraco; plausible reconstruction) with a call deadline and an update date; names JEWEL and PowerUp NetZero as examples.",
    ),
)

# ---------------------------------------------------------------- hw-040 NOT event: Squarespace events listing of a Eurocluster
u = "https://www.powerup-netzero.eu/events"
h1 = "Events"
items = [
    ("Mar 6, 2025", "10:00 AM – 11:30 AM", "Open call info webinar"),
    ("Mar 12, 2025", "8:30 AM – 9:45 AM", "EU Clusters Talk: The Clean Industrial Deal in Action"),
    ("May 20, 2025", "9:00 AM – 5:00 PM", "Net-zero matchmaking days, Vienna"),
]
lst = "\n".join(
    f'<article class="eventlist-event eventlist-event--upcoming"><div class="eventlist-column-date"><div class="eventlist-datetag">{d}</div></div>'
    f'<div class="eventlist-column-info"><h2 class="eventlist-title"><a href="#" class="eventlist-title-link">{t}</a></h2>'
    f'<ul class="eventlist-meta"><li class="eventlist-meta-item eventlist-meta-time"><time class="event-time-localized">{tm}</time></li></ul></div></article>'
    for d, tm, t in items
)
body = (
    '<header class="Header"><a class="Header-branding" href="/">PowerUp NetZero</a><nav class="Header-nav"><a href="/about">About</a> <a href="/open-calls">Open calls</a> <a href="/events">Events</a> <a href="/contact">Contact</a></nav></header>\n'
    f'<main class="Main"><section class="Main-content"><h1>{h1}</h1>\n<div class="eventlist eventlist--upcoming">\n{lst}\n</div></section></main>\n'
    '<footer class="Footer"><p>Co-funded by the European Union</p></footer>'
)
html = generic_page(
    lang="en-US",
    doc_title="Events — PowerUp NetZero",
    head_extra="<!-- This is Squarespace. -->\n",
    body=body,
    seed=5240,
    blocks=("eventlist", "Header", "Footer"),
)
add(
    "hw-040",
    u,
    html,
    record(
        id="hw-040",
        url=u,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["PowerUp NetZero"],
        notes="NOT an event: a Squarespace events list of a Eurocluster with three upcoming events (dates and 12-hour times), one of them the real Talk of 12 March 2025.",
    ),
)
