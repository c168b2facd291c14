"""T5 — other CMSs and hosted pages (hv-035 … hv-040). Page bodies written new for heldout13."""

from __future__ import annotations

from common import asset, bx, page_adder, record, sp
from shells import generic_page

PAGES: list[dict] = []
add = page_adder(PAGES)

# ---------------------------------------------------------------------------------------------------------- hv-035 (europa.eu ECL news, non-event)
url = "https://eismea.ec.europa.eu/news/30-euroclusters-start-work-support-smes-2022-09-14_en"
h1 = "30 Euroclusters start work to support SMEs"
body = (
    '<header class="ecl-site-header"><div class="ecl-site-header__container ecl-container"><a class="ecl-link ecl-site-header__logo-link" href="https://european-union.europa.eu/index_en">'
    '<img alt="European Union flag" title="European Union" class="ecl-site-header__logo-image" src="/themes/contrib/oe_theme/dist/eu/images/logo/standard-version/positive/logo-eu--en.svg"></a>'
    '<div class="ecl-site-header__action"><a class="ecl-button ecl-button--ghost" href="/select-language?destination=/node/1234">English</a></div></div>'
    '<div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">European Innovation Council and SMEs Executive Agency</div></div></div></header>\n'
    '<nav class="ecl-breadcrumb" aria-label="You are here:"><ol class="ecl-breadcrumb__container"><li class="ecl-breadcrumb__segment"><a class="ecl-breadcrumb__link" href="/index_en">Home</a></li>'
    '<li class="ecl-breadcrumb__segment"><a class="ecl-breadcrumb__link" href="/news_en">News</a></li><li class="ecl-breadcrumb__segment ecl-breadcrumb__current-page">30 Euroclusters start work to support SMEs</li></ol></nav>\n'
    f'<div class="ecl-page-header"><div class="ecl-container"><div class="ecl-page-header__meta"><span class="ecl-page-header__meta-item">News article</span><span class="ecl-page-header__meta-item">14 September 2022</span>'
    f'<span class="ecl-page-header__meta-item">European Innovation Council and SMEs Executive Agency</span></div><h1 class="ecl-page-header__title">{h1}</h1></div></div>\n'
    '<main class="ecl-u-pb-xl" id="main-content"><div class="ecl-container"><div class="ecl-row"><div class="ecl-col-l-9"><article class="ecl">\n'
    '<p class="ecl-u-type-paragraph-lead">Thirty Euroclusters selected under the Single Market Programme started their activities on 1 September 2022. Together they will provide '
    "more than EUR 40 million of support to SMEs over the next two to three years.</p>\n"
    "<p>The Euroclusters bring together 155 cluster organisations and other partners from 26 Member States and partner countries. They cover all 14 industrial ecosystems of the EU Industrial "
    "Strategy, from aerospace and defence (METASTARS) to energy-intensive industries (INGENIOUS), lighting and furniture (SILEO) and green manufacturing (GEMSTONE).</p>\n"
    "<p>At least 75% of each project’s budget goes directly to SMEs, through calls for financial support for innovation, internationalisation, skills and the adoption of green and digital "
    "technologies. The first calls are expected at the end of 2022.</p>\n"
    "<p>The projects will meet for a joint kick-off in Brussels on 22 September 2022, and will present their work to the cluster community in an EU Clusters Talk in early 2023.</p>\n"
    '<h2 class="ecl-u-type-heading-2">Related links</h2><ul class="ecl-unordered-list"><li class="ecl-unordered-list__item"><a class="ecl-link" href="https://clustercollaboration.eu/euroclusters">Euroclusters on the ECCP</a></li>'
    '<li class="ecl-unordered-list__item"><a class="ecl-link" href="/document/download/5c1e0a3b-2f7d-4b21-9d0a-1a2b3c4d5e6f_en?filename=Euroclusters_factsheet_2022.pdf">Euroclusters factsheet (PDF)</a></li></ul>\n'
    "</article></div></div></div></main>\n"
    '<footer class="ecl-site-footer"><div class="ecl-container ecl-site-footer__container"><div class="ecl-site-footer__section"><a class="ecl-link" href="/contact_en">Contact EISMEA</a> '
    '<a class="ecl-link" href="https://commission.europa.eu/legal-notice_en">Legal notice</a> <a class="ecl-link" href="https://commission.europa.eu/cookies-policy_en">Cookies policy</a></div></div></footer>\n'
    '<script type="application/json">{"utility":"analytics","siteID":"3a6d6c3f-1d0b-4a8d-9c38-d1c3d1e57b3f","sitePath":["eismea.ec.europa.eu"],"instance":"ec"}</script>'
)
html = generic_page(
    lang="en",
    doc_title=f"{h1} - European Commission",
    body=body,
    seed=1335,
    blocks=("ecl-site-header", "ecl-page-header", "ecl-breadcrumb", "ecl-link", "ecl-site-footer"),
)
add(
    "hv-035",
    url,
    html,
    record(
        id="hv-035",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["GEMSTONE", "INGENIOUS", "METASTARS", "SILEO"],
        notes="NOT an event: europa.eu ECL news article (plausible reconstruction of the launch news; 1 September 2022 launch is real, figures approximate); start date, a kick-off date, "
        "'early 2023' and a factsheet PDF (not listed, non-event); names four Euroclusters in parentheses.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-036 (sl, windows-1250)
url = "https://www.grozdi.si/novice/eu-clusters-talk-cisti-industrijski-dogovor-v-praksi.html"
h2 = "EU Clusters Talk: Čisti industrijski dogovor v praksi"
body = (
    '<div id="glava"><a href="/"><img src="/slike/logo-grozdi.gif" alt="Slovenski grozdi" width="240" height="70" border="0"></a>\n'
    '<ul id="meni"><li><a href="/">Domov</a></li><li><a href="/o-nas.html">O nas</a></li><li><a href="/clani.html">Člani</a></li><li><a href="/novice/">Novice</a></li><li><a href="/kontakt.html">Kontakt</a></li></ul></div>\n'
    '<table id="vsebina" width="100%" cellpadding="0" cellspacing="0"><tr><td id="levo" valign="top" width="70%">\n'
    f'<h2 class="naslov">{h2}</h2>\n<p class="datum">Objavljeno: 03.03.2025</p>\n'
    "<p>Evropska platforma za sodelovanje grozdov (ECCP) v sredo, 12. marca 2025, od 8.30 do 9.45 (CET) organizira spletni dogodek „From Policy to Practice: The Clean Industrial Deal in Action“.</p>\n"
    "<p>Evropska komisija je februarja predstavila Čisti industrijski dogovor (Clean Industrial Deal), ki naj bi razogljičenje spremenil v vir rasti evropske industrije. "
    "Na dogodku bodo predstavili, kaj dogovor prinaša energetsko intenzivnim panogam, proizvajalcem čistih tehnologij in grozdom, ki jih podpirajo.</p>\n"
    "<p><b>Govorci:</b><br>\n"
    "Karolina Dąbrowska, namestnica vodje enote, GD GROW, Evropska komisija<br>\n"
    "Mathieu Lefèvre, vodja projektov, Pôle MecaTech (Eurocluster JEWEL)<br>\n"
    "Anneke Visser, Energy Valley<br>\n"
    "Stavros Kalogeropoulos, vodja grozda, Corallia (Eurocluster PowerUp NetZero)</p>\n"
    "<p>Dogodek bo potekal v angleščini. Prijave so odprte na spletni strani "
    '<a href="https://clustercollaboration.eu/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action" target="_blank">ECCP</a>.</p>\n'
    '<p><a href="/novice/">&laquo; Nazaj na novice</a></p>\n</td>\n'
    '<td id="desno" valign="top"><div class="okvir"><h3>Koledar</h3><ul><li>20.03.2025 – Delavnica: Digitalni potni list izdelka</li><li>10.04.2025 – Skupščina grozdov</li></ul></div></td></tr></table>\n'
    '<div id="noga">&copy; 2025 Slovenski grozdi | <a href="/piskotki.html">Piškotki</a></div>'
)
html = generic_page(
    lang="sl",
    doc_title="Slovenski grozdi - Novice",
    body=body,
    seed=1336,
    charset="windows-1250",
    blocks=("glava", "meni", "vsebina", "okvir", "noga"),
    meta_charset_style="http-equiv",
)
add(
    "hv-036",
    url,
    html,
    record(
        id="hv-036",
        url=url,
        template="T5",
        lang="sl",
        is_event=True,
        title="From Policy to Practice: The Clean Industrial Deal in Action",
        page_title=h2,
        series="EU Clusters Talks",
        start=bx("2025-03-12", "08:30"),
        end=bx("2025-03-12", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Karolina Dąbrowska", "namestnica vodje enote", "GD GROW, Evropska komisija"),
            sp("Mathieu Lefèvre", "vodja projektov", "Pôle MecaTech", "JEWEL"),
            sp("Anneke Visser", None, "Energy Valley"),
            sp("Stavros Kalogeropoulos", "vodja grozda", "Corallia", "PowerUp NetZero"),
        ],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        notes="Slovene copy of the real Talk of hv-002 on a hand-made CMS, saved as windows-1250 bytes declared by <meta http-equiv> (è of 'Lefèvre' becomes a numeric reference). "
        "Heading is an <h2>, <title> differs; English title in „…“; 'v sredo, 12. marca 2025, od 8.30 do 9.45 (CET)' with dots in the times (+01:00); <br> lines "
        "'Name, vloga, Org (Eurocluster X)', one without role; 'Objavljeno: 03.03.2025', 'februarja' and the 'Koledar' box not the event.",
    ),
    encoding="windows-1250",
)

# ---------------------------------------------------------------------------------------------------------- hv-037 (de, TYPO3)
url = "https://www.energietechnik-cluster.de/aktuelles/veranstaltungen/detail/ingenious-workshop-wasserstoff-fuer-energieintensive-industrien"
h1 = "INGENIOUS-Workshop: Wasserstoff für energieintensive Industrien"
body = (
    '<header id="header"><div class="container"><a class="logo" href="/"><img src="/typo3conf/ext/site_package/Resources/Public/Images/logo.svg" alt="Energietechnik-Cluster NRW"></a>'
    '<nav class="mainnav"><ul><li><a href="/cluster/">Cluster</a></li><li><a href="/themen/">Themen</a></li><li class="active"><a href="/aktuelles/">Aktuelles</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></div></header>\n'
    '<div id="content" class="container"><div class="breadcrumb"><a href="/">Startseite</a> › <a href="/aktuelles/">Aktuelles</a> › <a href="/aktuelles/veranstaltungen/">Veranstaltungen</a></div>\n'
    '<!--TYPO3SEARCH_begin--><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">\n'
    '<div class="header"><span class="news-list-date"><time itemprop="datePublished" datetime="2024-01-29">29.01.2024</time></span>'
    f'<h1 itemprop="headline">{h1}</h1></div>\n'
    '<div class="teaser-text" itemprop="description"><p>Wie gelingt energieintensiven KMU der Umstieg auf Wasserstoff? Im Rahmen des Euroclusters INGENIOUS laden wir zu einem Praxis-Workshop nach Essen ein.</p></div>\n'
    '<div class="news-text-wrap" itemprop="articleBody">\n'
    "<p><strong>Datum:</strong> 05.03.2024, 13:00 – 16:30 Uhr<br>\n<strong>Ort:</strong> Haus der Technik, Hollestraße 1, 45127 Essen</p>\n"
    "<p>Für Unternehmen aus Stahl, Glas, Keramik und Chemie stellt sich die Frage, wann und wie sie Erdgas durch Wasserstoff ersetzen können. Der Workshop zeigt Beispiele aus der Praxis, "
    "erklärt Förderprogramme und stellt die Gutscheine des Euroclusters INGENIOUS vor.</p>\n"
    "<p><strong>Referentinnen und Referenten:</strong></p>\n<ul>\n"
    "<li>Dr. Katrin Vogel, Leiterin Energiesysteme, Fraunhofer IEG</li>\n"
    "<li>Jörg Baumann, Geschäftsführer, Wasserstoff-Netzwerk Ruhr</li>\n"
    "<li>Ewa Rekosz, Mazovia Cluster ICT, INGENIOUS Eurocluster</li>\n</ul>\n"
    '<p>Die Teilnahme ist kostenfrei. Anmeldung bis zum 26.02.2024 unter <a href="mailto:events@energietechnik-cluster.de">events@energietechnik-cluster.de</a>. '
    'Das <a href="/fileadmin/user_upload/Veranstaltungen/2024/INGENIOUS_Workshop_Programm.pdf">Programm als PDF</a> steht zum Download bereit.</p>\n'
    "</div>\n"
    '<div class="news-backlink-wrap"><a href="/aktuelles/veranstaltungen/">Zurück zur Übersicht</a></div>\n'
    "</div></div><!--TYPO3SEARCH_end--></div>\n"
    '<footer id="footer"><div class="container"><p>&copy; Energietechnik-Cluster NRW · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></div></footer>'
)
html = generic_page(
    lang="de",
    doc_title=f"{h1}: Energietechnik-Cluster NRW",
    head_extra='<meta name="generator" content="TYPO3 CMS">\n<link rel="canonical" href="' + url + '">\n',
    body=body,
    seed=1337,
    blocks=("header", "mainnav", "news", "breadcrumb", "footer"),
)
add(
    "hv-037",
    url,
    html,
    record(
        id="hv-037",
        url=url,
        template="T5",
        lang="de",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-03-05", "13:00"),
        end=bx("2024-03-05", "16:30"),
        speakers=[
            sp("Katrin Vogel", "Leiterin Energiesysteme", "Fraunhofer IEG"),
            sp("Jörg Baumann", "Geschäftsführer", "Wasserstoff-Netzwerk Ruhr"),
            sp("Ewa Rekosz", None, "Mazovia Cluster ICT", "INGENIOUS"),
        ],
        euroclusters=["INGENIOUS"],
        assets=[
            asset(
                "Programm als PDF",
                "https://www.energietechnik-cluster.de/fileadmin/user_upload/Veranstaltungen/2024/INGENIOUS_Workshop_Programm.pdf",
            )
        ],
        notes="Plausible reconstruction (workshop not verified; Ewa Rekosz of Mazovia Cluster ICT/INGENIOUS is a name from the corpus). German TYPO3 news-extension event (series null): "
        "'Datum: 05.03.2024, 13:00 – 16:30 Uhr' with no zone label (+01:00, tz_label null); title = heading; 'Dr.' stripped; 'Name, Org, X Eurocluster' without role; "
        "publication date 29.01.2024 and 'bis zum 26.02.2024' not the event; root-relative /fileadmin/ PDF in the body is an asset (label = link text).",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-038 (Mailchimp invitation)
url = "https://mailchi.mp/wallonia-clusters/invitation-clusters-meet-regions-charleroi"
h1 = "You’re invited: Clusters meet Regions in Charleroi"
body = (
    '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">\n'
    '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top" id="templatePreheader">'
    '<div class="mcnTextContent" style="font-size:11px">Two days of workshops, visits and B2B meetings in Wallonia | <a href="*|ARCHIVE|*" target="_blank">View this email in your browser</a></div></td></tr>\n'
    '<tr><td valign="top" id="templateHeader"><img align="center" alt="Wallonia Clusters" src="https://mcusercontent.com/5a1b2c3d4e/images/wallonia-clusters-header.png" width="600" class="mcnImage"></td></tr>\n'
    '<tr><td valign="top" id="templateBody"><div class="mcnTextContent">\n'
    f'<h1 style="text-align:center">{h1}</h1>\n'
    "<p>Dear cluster managers,</p>\n"
    "<p>The European Cluster Collaboration Platform is coming to Wallonia! On <strong>Wednesday 27 and Thursday 28 November 2024</strong>, Charleroi hosts the Clusters meet Regions workshop "
    "“Decarbonising industry together: clusters and regions in the energy transition”.</p>\n"
    "<p>Day 1 brings together cluster organisations, regional authorities and the European Commission for a policy workshop at the Charleroi Espace Meeting Européen. "
    "Day 2 takes you to companies of the Charleroi Metropole region and ends with B2B meetings.</p>\n"
    "<p>Participation is free of charge, but places are limited. Register before 15 November.</p>\n"
    '<p style="text-align:center"><a class="mcnButton" href="https://eccp-cmr-charleroi.b2match.io/" target="_blank" style="background-color:#e30613;color:#ffffff;padding:12px 24px">Register now</a></p>\n'
    "<p>See you in Charleroi!<br>The Wallonia Clusters team</p>\n</div></td></tr>\n"
    '<tr><td valign="top" id="templateFooter"><div class="mcnTextContent" style="font-size:11px"><em>Copyright © 2024 Wallonia Clusters, All rights reserved.</em><br>'
    'You are receiving this email because you subscribed to our newsletter.<br><a href="*|UPDATE_PROFILE|*">Update your preferences</a> or <a href="*|UNSUB|*">unsubscribe</a></div></td></tr>\n'
    "</table></td></tr></table></center>"
)
html = generic_page(
    lang="en",
    doc_title="Invitation: Clusters meet Regions Charleroi, 27-28 November",
    body=body,
    seed=1338,
    head_extra='<meta property="og:title" content="Invitation: Clusters meet Regions Charleroi, 27-28 November">\n<meta property="og:url" content="'
    + url
    + '">\n',
    blocks=("mcnTextContent", "templateContainer", "mcnButton", "mcnImage"),
)
add(
    "hv-038",
    url,
    html,
    record(
        id="hv-038",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title="Decarbonising industry together: clusters and regions in the energy transition",
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-11-27",
        end="2024-11-28",
        notes="Mailchimp campaign page inviting to the real Charleroi edition (27-28 November 2024); the workshop title and text are reconstructions. Bold 'Wednesday 27 and Thursday 28 "
        "November 2024' (dates only); quoted workshop title is the title, the <h1> 'You’re invited: …' is the page title; <title> without the year; 'before 15 November' "
        "not the event; no speakers; register button not an asset.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-039 (Joomla, non-event)
url = "https://www.gradbeni-grozd.si/en/international-projects"
h1 = "International projects"
body = (
    '<div class="t4-wrapper"><header id="t4-header" class="t4-section t4-header"><div class="t4-section-inner container"><div class="navbar-brand logo-image"><a href="/en/" title="Construction Cluster of Slovenia">'
    '<img class="logo-img" src="/images/logo-ggs.png" alt="Construction Cluster of Slovenia"></a></div>\n'
    '<nav class="navbar navbar-expand-lg"><ul class="nav navbar-nav"><li class="nav-item"><a href="/en/about">About</a></li><li class="nav-item"><a href="/en/members">Members</a></li>'
    '<li class="nav-item current active"><a href="/en/international-projects">International projects</a></li><li class="nav-item"><a href="/en/contact">Contact</a></li></ul></nav></div></header>\n'
    '<div id="t4-main-body" class="t4-section t4-main-body"><div class="t4-section-inner container"><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
    f'<div class="page-header"><h1 itemprop="headline">{h1}</h1></div>\n'
    '<dl class="article-info text-muted"><dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2024-09-10T08:12:44+00:00" itemprop="dateModified">Last Updated: 10 September 2024</time></dd></dl>\n'
    '<div itemprop="articleBody" class="com-content-article__body">\n'
    "<p>Our cluster takes part in European projects that help construction companies become greener, more digital and better connected to partners abroad.</p>\n"
    "<h3>AEC Eurocluster (September 2022 – February 2025)</h3>\n<p>A Eurocluster of architecture, engineering and construction clusters from eight countries. Slovenian SMEs can apply for "
    "vouchers for digital tools, energy renovation know-how and trade fairs. The last call closes on 31 October 2024.</p>\n"
    "<h3>SUSTAIN (2022 – 2024)</h3>\n<p>The Eurocluster on smart readiness of buildings, in which we support SMEs in using the Smart Readiness Indicator. Our next SRI training for members "
    "takes place on 8 October 2024 in Ljubljana.</p>\n"
    "<h3>Interreg Alpine Space: CircularBuild (2023 – 2026)</h3>\n<p>Circular construction in the Alpine regions, with pilot projects in Slovenia, Austria and Italy.</p>\n"
    '<p>Contact: Maja Novak, international projects, <a href="mailto:maja.novak@gradbeni-grozd.si">maja.novak@gradbeni-grozd.si</a></p>\n'
    "</div></div></div></div>\n"
    '<footer id="t4-footer" class="t4-section t4-footer"><div class="container"><p>© 2024 Construction Cluster of Slovenia. All Rights Reserved.</p></div></footer></div>'
)
html = generic_page(
    lang="en-gb",
    doc_title=f"{h1} - Construction Cluster of Slovenia",
    body=body,
    seed=1339,
    head_extra='<meta name="generator" content="Joomla! - Open Source Content Management">\n',
    blocks=("t4-header", "t4-main-body", "navbar", "article-info", "t4-footer"),
)
add(
    "hv-039",
    url,
    html,
    record(
        id="hv-039",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["AEC EUROCLUSTER", "SUSTAIN"],
        notes="NOT an event: Joomla project overview page (plausible reconstruction) with project durations, a call deadline, a training date and a contact person; "
        "'AEC Eurocluster' alias maps to AEC EUROCLUSTER.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-040 (Wix, non-event)
url = "https://www.leviatad.eu/events"
h1 = "Events"


def wix_item(day: str, when: str, title: str, where: str, href: str) -> str:
    return (
        f'<li class="events-list__item" data-hook="events-card"><div class="events-list__date" data-hook="date">{day}</div>'
        f'<div class="events-list__info"><h2 class="events-list__title" data-hook="title"><a href="{href}">{title}</a></h2>'
        f'<p class="events-list__when" data-hook="date-and-time">{when}</p><p class="events-list__where" data-hook="location">{where}</p>'
        f'<a class="events-list__rsvp" data-hook="rsvp-button" href="{href}">Details</a></div></li>'
    )


body = (
    '<div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER" class="wixui-header"><div class="comp-logo"><a href="https://www.leviatad.eu"><img src="https://static.wixstatic.com/media/leviatad_logo.png" alt="LEVIATAD"></a></div>'
    '<nav id="comp-menu" aria-label="Site"><ul><li><a href="https://www.leviatad.eu">Home</a></li><li><a href="https://www.leviatad.eu/about">About</a></li><li><a href="https://www.leviatad.eu/open-calls">Open calls</a></li>'
    '<li><a href="https://www.leviatad.eu/events" aria-current="page">Events</a></li><li><a href="https://www.leviatad.eu/contact">Contact</a></li></ul></nav></header>\n'
    f'<main id="PAGES_CONTAINER"><section class="wixui-section"><h1 class="font_0 wixui-rich-text__text">{h1}</h1>\n'
    '<p class="font_8">Meet the LEVIATAD Eurocluster at the following events. All times are Central European Time.</p>\n'
    '<div class="events-widget" data-hook="events-list"><ul class="events-list">\n'
    + wix_item(
        "14 MAY",
        "May 14, 2024, 2:00 PM – 3:30 PM",
        "LEVIATAD open call webinar",
        "Online",
        "https://www.leviatad.eu/event-details/leviatad-open-call-webinar",
    )
    + wix_item(
        "04 JUN",
        "Jun 04, 2024, 9:00 AM – Jun 06, 2024, 6:00 PM",
        "LEVIATAD at Seafuture 2024",
        "La Spezia, Italy",
        "https://www.leviatad.eu/event-details/seafuture-2024",
    )
    + wix_item(
        "25 SEP",
        "Sep 25, 2024, 10:00 AM – 12:00 PM",
        "Naval defence supply chains: B2B day",
        "Genoa, Italy",
        "https://www.leviatad.eu/event-details/naval-defence-b2b-day",
    )
    + "\n</ul></div></section></main>\n"
    '<footer id="SITE_FOOTER" class="wixui-footer"><p class="font_9">Funded by the European Union. © 2024 LEVIATAD</p></footer></div></div>\n'
    '<script type="application/json" id="wix-warmup-data">{"appsWarmupData":{"events":{"eventsCount":3,"timeZone":"Europe/Rome"}}}</script>'
)
html = generic_page(
    lang="en",
    doc_title="Events | LEVIATAD",
    body=body,
    seed=1340,
    head_extra='<meta name="generator" content="Wix.com Website Builder">\n',
    blocks=("wixui-header", "events-list", "wixui-section", "wixui-footer"),
)
add(
    "hv-040",
    url,
    html,
    record(
        id="hv-040",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["LEVIATAD"],
        notes="NOT an event: Wix events-list page of a Eurocluster (plausible reconstruction) with three events (dates, 12-hour times, a multi-day range, places); names LEVIATAD.",
    ),
)
