"""T5 — other CMSs and platforms (hu-035 … hu-040). New bodies for heldout14."""

from __future__ import annotations

import json

from common import bx, page_adder, record, sp
from shells import generic_page

PAGES: list[dict] = []
add = page_adder(PAGES)


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>\n'


ECL_HEAD = (
    '<header class="ecl-site-header"><div class="ecl-site-header__top"><a class="ecl-link ecl-site-header__logo-link" href="https://commission.europa.eu/index_en">'
    '<img class="ecl-site-header__logo-image" src="https://ec.europa.eu/assets/logo-ec--en.svg" alt="European Commission logo"></a>'
    '<div class="ecl-site-header__action"><a class="ecl-button" href="#">English</a> <a class="ecl-button" href="#">Search</a></div></div>'
    '<div class="ecl-site-header__banner"><div class="ecl-container"><div class="ecl-site-header__site-name">Internal Market, Industry, Entrepreneurship and SMEs</div></div></div></header>\n'
)
ECL_FOOT = (
    '<footer class="ecl-site-footer"><div class="ecl-container"><p class="ecl-site-footer__description">This site is managed by: Directorate-General for Internal Market, '
    'Industry, Entrepreneurship and SMEs</p><ul><li><a href="https://commission.europa.eu/about-european-commission/contact_en">Contact the European Commission</a></li>'
    '<li><a href="https://commission.europa.eu/privacy-policy-websites-managed-european-commission_en">Privacy policy</a></li><li><a href="https://commission.europa.eu/legal-notice_en">Legal notice</a></li></ul></div></footer>'
)

# ---------------------------------------------------------------- hu-035 europa.eu ECL event page, ECC 2024 with times
url = "https://single-market-economy.ec.europa.eu/events/european-cluster-conference-2024-2024-05-07_en"
h1 = "European Cluster Conference 2024"
body = (
    ECL_HEAD
    + '<main class="ecl-u-pb-xl"><div class="ecl-page-header"><div class="ecl-container"><nav class="ecl-breadcrumb"><ol><li><a href="/index_en">Home</a></li><li><a href="/events_en">Events</a></li>'
    f'<li>{h1}</li></ol></nav><div class="ecl-page-header__meta">Conference | Tuesday 7 May 2024 | Brussels, Belgium</div><h1 class="ecl-page-header__title">{h1}</h1>'
    '<p class="ecl-page-header__description">The European Cluster Conference brings together the European cluster community to discuss the role of clusters in the Single Market.</p></div></div>\n'
    '<div class="ecl-container"><section class="ecl-u-mb-l"><h2 class="ecl-u-type-heading-2">Practical information</h2><dl class="ecl-description-list ecl-description-list--horizontal">'
    '<dt class="ecl-description-list__term">When</dt><dd class="ecl-description-list__definition">7 May 2024, 09:00 - 8 May 2024, 17:30 (CEST)</dd>'
    '<dt class="ecl-description-list__term">Where</dt><dd class="ecl-description-list__definition">The Square – Brussels Meeting Centre, Mont des Arts, 1000 Brussels, Belgium</dd>'
    '<dt class="ecl-description-list__term">Languages</dt><dd class="ecl-description-list__definition">English</dd>'
    '<dt class="ecl-description-list__term">Organisers</dt><dd class="ecl-description-list__definition">Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs</dd></dl></section>\n'
    '<section class="ecl-u-mb-l"><h2 class="ecl-u-type-heading-2">Description</h2>'
    "<p>Clusters play an important role in helping European SMEs face the challenges of the green and digital transitions and to strengthen the resilience of supply chains. "
    "The European Cluster Conference 2024 will discuss how cluster organisations can contribute to the competitiveness of the Single Market and how EU and regional policies can support them.</p>"
    "<p>The conference includes plenary sessions, interactive workshops and the European Cluster Awards. It is organised back-to-back with side events of the Euroclusters on 6 May.</p>"
    "<p>Registration closed on 15 April 2024.</p></section>\n"
    '<section><h2 class="ecl-u-type-heading-2">Related links</h2><ul><li><a href="https://clustercollaboration.eu/event-calendar/european-cluster-conference-2024">Event page on the European Cluster Collaboration Platform</a></li></ul></section></div></main>\n'
    + ECL_FOOT
)
add(
    "hu-035",
    url,
    generic_page(
        lang="en",
        doc_title=f"{h1} - European Commission",
        body=body,
        seed=1435,
        blocks=("ecl-site-header", "ecl-page-header", "ecl-description-list", "ecl-container"),
    ),
    record(
        id="hu-035",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="European Cluster Conference",
        start=bx("2024-05-07", "09:00"),
        end=bx("2024-05-08", "17:30"),
        tz_label="CEST",
        notes="europa.eu ECL event page for the real ECC 2024 (7-8 May 2024); the 09:00 and 17:30 times and the text are reconstructions. 'When' list: '7 May 2024, 09:00 - 8 May 2024, "
        "17:30 (CEST)' — a two-day range with times (start and end datetimes, +02:00); header meta gives only the first day; side events '6 May' and the registration deadline "
        "15 April 2024 not the event; generic 'the Euroclusters' names none; no speakers.",
    ),
)

# ---------------------------------------------------------------- hu-036 Polish hand-made CMS in ISO-8859-2, Talk 2 Oct 2024
url = "https://www.klaster-laserowy.pl/aktualnosci/eu-clusters-talk-przyszlosc-europejskiej-konkurencyjnosci-2-pazdziernika-2024.html"
h1 = "EU Clusters Talk: przyszłość europejskiej konkurencyjności – 2 października 2024 r."
body = (
    '<div id="top"><a href="/"><img src="/img/logo.gif" alt="Klaster Technologii Laserowych" width="240" height="70"></a>\n'
    '<ul id="menu"><li><a href="/o-klastrze.html">O klastrze</a></li><li><a href="/czlonkowie.html">Członkowie</a></li><li><a href="/aktualnosci.html">Aktualności</a></li><li><a href="/kontakt.html">Kontakt</a></li></ul></div>\n'
    '<table id="layout" width="100%" cellpadding="0" cellspacing="0"><tr><td id="tresc" valign="top">\n'
    f'<h2 class="tytul">{h1}</h2>\n<p class="data">Dodano: 23.09.2024</p>\n'
    "<p>Zapraszamy na kolejne spotkanie online z cyklu EU Clusters Talks, organizowane przez European Cluster Collaboration Platform w imieniu Komisji Europejskiej. "
    "Tematem będzie raport o przyszłości europejskiej konkurencyjności i rola klastrów: „The future of European competitiveness: Role of Clusters”.</p>\n"
    "<p><b>Termin: 2 października 2024 r., w godz. 10:00–11:30 (CET)</b></p>\n"
    "<p>Wśród prelegentów wystąpi nasza partnerka z projektu JEWEL:</p>\n"
    "<p>Carmen Lisboa Duarte – zastępczyni kierownika działu, DG GROW, Komisja Europejska<br>\nRasmus Kjærgaard – prezes, Danish Cluster Academy<br>\n"
    "Gintarė Vaitkevičiūtė – dyrektor, Lithuanian Laser and Engineering Technology Cluster (Eurocluster JEWEL)<br>\nStefan Oberhuber – prezes, European Cluster Alliance</p>\n"
    "<p>Udział jest bezpłatny, rejestracja na stronie ECCP.</p>\n"
    '</td><td id="prawa" valign="top" width="220"><div class="box"><h3>Kalendarz</h3><p>15.10.2024 – Walne Zgromadzenie Członków</p><p>06.11.2024 – Targi LASER Kraków</p></div></td></tr></table>\n'
    '<div id="stopka">Klaster Technologii Laserowych, ul. Fotoniczna 7, 50-370 Wrocław | tel. 71 000 00 00</div>'
)
add(
    "hu-036",
    url,
    generic_page(
        lang="pl",
        doc_title="Klaster Technologii Laserowych - Aktualności",
        body=body,
        seed=1436,
        charset="iso-8859-2",
        blocks=("top", "menu", "layout", "tresc", "prawa", "stopka"),
        meta_charset_style="http-equiv",
    ),
    record(
        id="hu-036",
        url=url,
        template="T5",
        lang="pl",
        is_event=True,
        title="The future of European competitiveness: Role of Clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-10-02", "10:00"),
        end=bx("2024-10-02", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Carmen Lisboa Duarte", "zastępczyni kierownika działu", "DG GROW, Komisja Europejska"),
            sp("Rasmus Kjærgaard", "prezes", "Danish Cluster Academy"),
            sp("Gintarė Vaitkevičiūtė", "dyrektor", "Lithuanian Laser and Engineering Technology Cluster", "JEWEL"),
            sp("Stefan Oberhuber", "prezes", "European Cluster Alliance"),
        ],
        euroclusters=["JEWEL"],
        notes="Polish hand-made CMS saved in ISO-8859-2 declared by <meta http-equiv> (æ, ė, ū become numeric references) for the real Talk of hu-003. Heading is an <h2>, <title> differs; "
        "quoted English title in „…“; 'Termin: 2 października 2024 r., w godz. 10:00–11:30 (CET)' (+02:00); <br> lines 'Name – rola, Org (Eurocluster X)'; 'Dodano: 23.09.2024' "
        "and the 'Kalendarz' box not the event.",
    ),
    encoding="iso-8859-2",
)

# ---------------------------------------------------------------- hu-037 Squarespace, IKAT two-day matchmaking with times
site = "https://www.adriatic-tourism-cluster.hr"
url = f"{site}/events/ikat-blue-tourism-matchmaking-split"
h1 = "IKAT Blue Tourism Matchmaking – Split"
body = (
    f'<header class="Header"><a class="Header-branding" href="/">Adriatic Tourism Cluster</a><nav class="Header-nav"><a href="/about">About</a> <a href="/events">Events</a> <a href="/contact">Contact</a></nav></header>\n'
    '<main class="Main"><article class="eventitem"><div class="eventitem-column-meta">'
    f'<h1 class="eventitem-title">{h1}</h1>\n<ul class="eventitem-meta event-meta event-meta--multiday">'
    '<li class="eventitem-meta-item eventitem-meta-date event-meta-item"><time class="event-date" datetime="2023-10-12">Thursday, October 12, 2023</time> '
    '<time class="event-time-12hr-start" datetime="2023-10-12">9:00 AM</time></li>'
    '<li class="eventitem-meta-item eventitem-meta-date event-meta-item"><time class="event-date" datetime="2023-10-13">Friday, October 13, 2023</time> '
    '<time class="event-time-12hr-end" datetime="2023-10-13">1:00 PM</time></li>'
    '<li class="eventitem-meta-item eventitem-meta-address event-meta-item">Hotel Park<span class="eventitem-meta-address-line">Hatzeov perivoj 3, Split, Croatia</span> '
    '<a href="http://maps.google.com?q=Hotel%20Park%20Split" class="eventitem-meta-address-maplink">(map)</a></li>'
    '<li class="eventitem-meta-item eventitem-meta-export event-meta-item"><a href="http://www.google.com/calendar/event?action=TEMPLATE" class="eventitem-meta-export-google">Google Calendar</a>'
    '<span class="eventitem-meta-export-divider"> ICS </span><a href="/events/ikat-blue-tourism-matchmaking-split?format=ical" class="eventitem-meta-export-ical">ICS</a></li></ul></div>\n'
    '<div class="eventitem-column-content"><div class="sqs-block html-block"><div class="sqs-block-content">'
    "<p>Coastal and maritime tourism SMEs from seven countries meet in Split for a day and a half of pitches, site visits and one-to-one meetings, organised by the IKAT "
    "Eurocluster together with the Adriatic Tourism Cluster.</p>"
    "<p>Keynote: Marija Radić, Head of Sustainable Tourism, Croatian National Tourist Board.<br>Panel moderator: Paolo Ferrante, IKAT project manager.</p>"
    "<p>Travel grants for SMEs from the IKAT regions are available until 20 September.</p>"
    '</div></div></div></article></main>\n<footer class="Footer">© 2023 Adriatic Tourism Cluster</footer>'
)
add(
    "hu-037",
    url,
    generic_page(
        lang="en",
        doc_title=f"{h1} — Adriatic Tourism Cluster",
        body=body,
        seed=1437,
        blocks=("Header", "Main", "eventitem", "sqs-block", "Footer"),
    ),
    record(
        id="hu-037",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2023-10-12", "09:00"),
        end=bx("2023-10-13", "13:00"),
        speakers=[
            sp("Marija Radić", "Head of Sustainable Tourism", "Croatian National Tourist Board"),
            sp("Paolo Ferrante", "IKAT project manager", None, "IKAT"),
        ],
        euroclusters=["IKAT"],
        notes="Plausible reconstruction (matchmaking, cluster and people invented; IKAT is a real tourism Eurocluster). Squarespace multi-day event: 'Thursday, October 12, 2023 9:00 AM' … "
        "'Friday, October 13, 2023 1:00 PM' (12-hour, no label, Split = Brussels offsets, +02:00); 'Keynote: Name, Role, Org.' and 'Panel moderator: Name, IKAT project manager.' "
        "(role names the Eurocluster, organisation null); travel-grant deadline '20 September' not the event; Google/ICS exports not assets.",
    ),
)

# ---------------------------------------------------------------- hu-038 NOT an event: German TYPO3 annual report news
site = "https://www.automotive-cluster-sachsen.de"
url = f"{site}/aktuelles/news/detail/jahresbericht-2023-veroeffentlicht"
h1 = "Jahresbericht 2023 veröffentlicht"
body = (
    f'<header id="header"><a href="/" class="logo"><img src="/fileadmin/templates/img/logo.svg" alt="Automotive Cluster Sachsen"></a><nav id="mainnav"><ul><li><a href="/cluster/">Cluster</a></li><li><a href="/aktuelles/">Aktuelles</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li></ul></nav></header>\n'
    '<main id="content"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
    f'<div class="header"><h1 itemprop="headline">{h1}</h1></div><div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-03-12">12.03.2024</time></span></p></div>\n'
    '<div class="news-text-wrap" itemprop="articleBody">'
    "<p>2023 war für unseren Cluster ein Jahr des Wachstums: 14 neue Mitglieder, drei neue Förderprojekte und mehr als 40 Veranstaltungen. Der Jahresbericht fasst die "
    "wichtigsten Ergebnisse zusammen, darunter unsere Teilnahme an den Clusters meet Regions in Prag im Oktober und die Zusammenarbeit im Eurocluster E-BOOST.</p>"
    "<p>Die Mitgliederversammlung wird den Bericht am 18. April 2024 beraten.</p>"
    '<p><a href="/fileadmin/user_upload/Jahresbericht_2023.pdf">Jahresbericht 2023 (PDF, 4 MB)</a></p></div></div></div></main>\n'
    '<footer id="footer"><p>Automotive Cluster Sachsen · Impressum · Datenschutz</p></footer>'
)
add(
    "hu-038",
    url,
    generic_page(
        lang="de",
        doc_title=f"{h1}: Automotive Cluster Sachsen",
        body=body,
        seed=1438,
        blocks=("header", "mainnav", "news-single", "footer"),
    ),
    record(
        id="hu-038",
        url=url,
        template="T5",
        lang="de",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["E-BOOST"],
        notes="NOT an event: TYPO3 news on an annual report (plausible reconstruction); publication date, a members' meeting date, a past CmR mention; report PDF not listed (non-event); names E-BOOST.",
    ),
)

# ---------------------------------------------------------------- hu-039 NOT an event: EISMEA news on E-BOOST calls
url = "https://eismea.ec.europa.eu/news/e-boost-eurocluster-five-new-open-calls-mobility-sector-2023-09-12_en"
h1 = "E-BOOST Eurocluster: five new open calls for the mobility sector"
body = (
    ECL_HEAD.replace(
        "Internal Market, Industry, Entrepreneurship and SMEs", "European Innovation Council and SMEs Executive Agency"
    )
    + '<main><div class="ecl-page-header"><div class="ecl-container"><div class="ecl-page-header__meta">News article | 12 September 2023 | European Innovation Council and SMEs Executive Agency</div>'
    f'<h1 class="ecl-page-header__title">{h1}</h1></div></div>\n<div class="ecl-container"><article class="ecl-u-type-paragraph">'
    "<p>The E-BOOST Eurocluster has launched five open calls to help SMEs in the electromobility and connected-mobility value chain. The calls offer financial support for "
    "innovation, internationalisation, upskilling and the uptake of digital and green solutions.</p>"
    "<p>The calls are open until 31 October 2023. An online information session for applicants will take place on 12 September 2023.</p>"
    "<p>E-BOOST is one of the 30 Euroclusters funded under the Single Market Programme, which started work on 1 September 2022.</p>"
    '<p><a href="https://e-boost.eu/open-calls">More information on the calls</a></p></article></div></main>\n'
    + ECL_FOOT
)
add(
    "hu-039",
    url,
    generic_page(
        lang="en",
        doc_title=f"{h1} - European Commission",
        body=body,
        seed=1439,
        blocks=("ecl-site-header", "ecl-page-header", "ecl-container"),
    ),
    record(
        id="hu-039",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["E-BOOST"],
        notes="NOT an event: EISMEA news on Eurocluster calls (URL and date from euroclusters.csv; text reconstructed). A call deadline, an info session with a date (the event of "
        "hu-030, mentioned here, not the page's subject), the Euroclusters' start 1 September 2022; '30 Euroclusters' generic.",
    ),
)

# ---------------------------------------------------------------- hu-040 NOT an event: Mailchimp newsletter
url = "https://us14.campaign-archive.com/?u=7c1f0a8d2e&id=4b9e21c7d0"
h1 = "Cluster news – October 2024"
items = [
    (
        "EU Clusters Talk: The future of European competitiveness",
        "2 October 2024, 10:00–11:30 CET, online. Recording now available.",
    ),
    ("Clusters meet Regions – Chișinău", "24–25 October 2024. A few places left for cluster managers."),
    ("SILEO final event", "14 November 2024, Milan. Results of two years of support for lighting and furniture SMEs."),
    ("Clusters Meet Regions - Charleroi, Belgium", "27–28 November 2024. Applications until 8 November."),
]
rows = "".join(f'<tr><td class="mcnTextContent"><h3>{t}</h3><p>{d}</p></td></tr>' for t, d in items)
body = (
    '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">'
    '<table class="templateContainer"><tr><td class="mcnTextContent" style="padding:9px 18px"><img src="https://mcusercontent.com/7c1f0a8d2e/images/logo.png" alt="Interior Design Cluster" width="200"></td></tr>'
    f'<tr><td class="mcnTextContent"><h1>{h1}</h1><p>Dear members, here is what is coming up in the European cluster community this autumn.</p></td></tr>{rows}'
    '<tr><td class="mcnTextContent"><p>As always, get in touch if you would like us to represent you at any of these events.</p><p><em>Copyright © 2024 Interior Design Cluster, All rights reserved.</em><br>'
    '<a href="https://interiordesigncluster.us14.list-manage.com/unsubscribe">unsubscribe from this list</a></p></td></tr></table></td></tr></table></center>'
)
add(
    "hu-040",
    url,
    generic_page(
        lang="en",
        doc_title="Cluster news – October 2024",
        body=body,
        seed=1440,
        blocks=("mcnTextContent", "templateContainer", "bodyTable"),
    ),
    record(
        id="hu-040",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["SILEO"],
        notes="NOT an event: Mailchimp campaign archive of a cluster newsletter listing four events (dates, one time with CET); names SILEO.",
    ),
)
