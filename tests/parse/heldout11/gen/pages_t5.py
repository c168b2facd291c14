"""hs-036 … hs-040: other CMSs (Europa ECL, Polish custom CMS, Mailchimp archive, HubSpot, Joomla 4), written new for heldout11."""

from __future__ import annotations

from common import bx, page_adder, record, sp
from shells import generic_page

PAGES: list[dict] = []
add = page_adder(PAGES)

# ---------------------------------------------------------------------------------------------------------------- hs-036 (non-event, europa ECL)
u = "https://eismea.ec.europa.eu/news/call-expressions-interest-host-clusters-meet-regions-workshop-2025-2026_en"
h1 = "Call for expressions of interest: host a Clusters meet Regions workshop in 2025-2026"
body = (
    '<header class="ecl-site-header"><div class="ecl-site-header__container"><a class="ecl-link ecl-site-header__logo-link" href="https://european-union.europa.eu/index_en">'
    '<img alt="European Commission logo" class="ecl-site-header__logo-image" src="https://ec.europa.eu/assets/logo.svg"></a>'
    '<div class="ecl-site-header__site-name">European Innovation Council and SMEs Executive Agency</div></div>'
    '<nav class="ecl-menu"><ul><li><a href="/about-eismea_en">About</a></li><li><a href="/programmes_en">Programmes</a></li><li><a href="/news_en">News</a></li><li><a href="/events_en">Events</a></li></ul></nav></header>\n'
    '<main><div class="ecl-page-header"><nav class="ecl-breadcrumb"><a href="/">Home</a> &gt; <a href="/news_en">News</a></nav>'
    '<div class="ecl-page-header__meta">News article | 25 November 2024 | European Innovation Council and SMEs Executive Agency | 2 min read</div>'
    f'<h1 class="ecl-page-header__title">{h1}</h1></div>\n'
    '<div class="ecl-container"><div class="ecl">'
    "<p>Regional and national authorities can apply to host one of the next Clusters meet Regions workshops organised by the European Cluster "
    "Collaboration Platform. Six workshops are planned between spring 2025 and autumn 2026.</p>"
    "<p>Host regions provide the venue and local programme; the ECCP covers the organisation, speakers and matchmaking. An online information session "
    "will take place on 10 December 2024 at 14:00 CET. The deadline for expressions of interest is 31 January 2025.</p>"
    "<p>Recent editions took place in Chișinău (24–25 October 2024) and Charleroi (27–28 November 2024).</p></div></div>\n"
    '<div class="ecl-container"><h2>Documents</h2><div class="ecl-file"><a href="https://eismea.ec.europa.eu/document/download/cmr-2025-eoi-guidelines_en.pdf">Guidelines for host regions</a> English (412.3 KB - PDF)</div></div></main>\n'
    '<footer class="ecl-site-footer"><p>Last update: 25 November 2024</p><ul><li><a href="/legal-notice_en">Legal notice</a></li><li><a href="/cookies_en">Cookies policy</a></li></ul></footer>'
)
add(
    "hs-036",
    u,
    generic_page(
        lang="en",
        doc_title=h1 + " - European Commission",
        body=body,
        seed=1536,
        blocks=("ecl-site-header", "ecl-page-header", "ecl-file", "ecl-site-footer"),
    ),
    record(
        id="hs-036",
        url=u,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: a call for expressions of interest on a europa.eu (ECL) page (plausible reconstruction); information session with date, time and CET, deadline, two real past editions with dates; a PDF (not listed, non-event).",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-037 (pl, windows-1250)
u = "https://www.klaster-lotniczy-podkarpacie.pl/aktualnosci/eu-clusters-talk-bezpieczenstwo-i-obronnosc,412.html"
h1 = "EU Clusters Talk o bezpieczeństwie i obronności – 17 kwietnia 2024"
body = (
    '<div id="top"><a href="/" class="logo"><img src="/img/logo.png" alt="Podkarpacki Klaster Lotniczy"></a><ul id="menu"><li><a href="/">Start</a></li><li><a href="/o-klastrze.html">O klastrze</a></li>'
    '<li><a href="/czlonkowie.html">Członkowie</a></li><li class="act"><a href="/aktualnosci.html">Aktualności</a></li><li><a href="/kontakt.html">Kontakt</a></li></ul></div>\n'
    '<div id="content"><div class="left"><div class="news-full">\n'
    f'<h1>{h1}</h1>\n<p class="data">Dodano: 09.04.2024</p>\n'
    "<p>Europejska Platforma Współpracy Klastrów (ECCP) zaprasza na spotkanie online „Autonomy, innovation and security: EU strategies for Aerospace and Defence”, "
    "które odbędzie się 17 kwietnia 2024 r. w godz. 8:30–9:45 (CET).</p>\n"
    "<p>Spotkanie dotyczy Europejskiej strategii przemysłowej w dziedzinie obronności i jej znaczenia dla małych i średnich dostawców.</p>\n"
    "<p><b>Prelegenci:</b><br>\n"
    "Dorota Wiśniewska-Kalm – Policy Officer, DG DEFIS, Komisja Europejska<br>\n"
    "Pierre-Yves Lemaître – dyrektor zarządzający, Aerospace Valley Occitanie (Eurocluster METASTARS)<br>\n"
    "Giulia Ferrando – kierownik projektu, DLTM (Eurocluster LEVIATAD)<br>\n"
    "Jonas Eriksson Malm – CEO, Space Cluster Norrland</p>\n"
    "<p>Moderacja: Hana Kovářová (ECCP)</p>\n"
    "<p>Zachęcamy członków klastra do udziału. Walne zgromadzenie członków odbędzie się 23 maja 2024 r.</p>\n"
    '<p><a href="/aktualnosci.html">« powrót</a></p></div></div>\n'
    '<div class="right"><h3>Kalendarz</h3><ul><li>23.05.2024 – Walne zgromadzenie</li><li>12.06.2024 – Dzień otwarty</li></ul></div></div>\n'
    '<div id="footer">Podkarpacki Klaster Lotniczy &copy; 2024 | Projekt i wykonanie: WebStudio</div>'
)
add(
    "hs-037",
    u,
    generic_page(
        lang="pl",
        doc_title="Podkarpacki Klaster Lotniczy - Aktualności",
        body=body,
        seed=1537,
        charset="windows-1250",
        blocks=("top", "content", "news-full", "footer"),
    ),
    record(
        id="hs-037",
        url=u,
        template="T5",
        lang="pl",
        is_event=True,
        title="Autonomy, innovation and security: EU strategies for Aerospace and Defence",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-17", "08:30"),
        end=bx("2024-04-17", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Dorota Wiśniewska-Kalm", "Policy Officer", "DG DEFIS, Komisja Europejska"),
            sp("Pierre-Yves Lemaître", "dyrektor zarządzający", "Aerospace Valley Occitanie", "METASTARS"),
            sp("Giulia Ferrando", "kierownik projektu", "DLTM", "LEVIATAD"),
            sp("Jonas Eriksson Malm", "CEO", "Space Cluster Norrland"),
            sp("Hana Kovářová", None, "ECCP"),
        ],
        euroclusters=["LEVIATAD", "METASTARS"],
        notes="Polish copy of the Talk of hs-001 on a hand-made CMS, saved as windows-1250 bytes with a matching <meta charset>. English title in „…” differs from the Polish heading; '17 kwietnia 2024 r. w godz. 8:30–9:45 (CET)' (+02:00); speaker lines 'Name – Role, Org (Eurocluster X)' separated by <br> after a bold label; 'Moderacja: Name (ECCP)' (role null); 'Dodano: 09.04.2024', general assembly 23 maja 2024 and the calendar box not the event; <title> differs from the heading.",
    ),
    encoding="windows-1250",
)

# ---------------------------------------------------------------------------------------------------------------- hs-038 (non-event, Mailchimp archive)
u = "https://us14.campaign-archive.com/?u=5c1f0b7e2a&id=8e3d4c21f9"
h1 = "Cluster news digest – May 2024"
body = (
    '<center><table id="bodyTable" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" valign="top">\n'
    '<table class="templateContainer" width="600"><tr><td class="mcnTextContent"><p style="font-size:11px">View this email in your browser</p></td></tr>\n'
    f'<tr><td class="mcnTextContent"><h1>{h1}</h1><p>Dear members,</p><p>here is what happened in European cluster policy this month and what is coming up.</p></td></tr>\n'
    '<tr><td class="mcnTextContent"><h2>European Cluster Conference 2024</h2><p>More than 500 participants met in Brussels on 7–8 May. Read our report on the website.</p></td></tr>\n'
    '<tr><td class="mcnTextContent"><h2>Coming up: Clusters meet Regions in Graz</h2><p>18–19 June 2024, Graz, Austria. Registration closes on 7 June.</p></td></tr>\n'
    '<tr><td class="mcnTextContent"><h2>Open call: DESIRE vouchers</h2><p>The DESIRE Eurocluster offers up to EUR 20 000 for digital-health SMEs. Deadline: 28 June 2024, 17:00 CET.</p></td></tr>\n'
    '<tr><td class="mcnTextContent"><p>Best regards,<br>Anouk Smit<br>Clusternetwerk Noord</p></td></tr>\n'
    '<tr><td class="mcnTextContent" style="font-size:11px"><em>Copyright © 2024 Clusternetwerk Noord, All rights reserved.</em><br>'
    '<a href="https://clusternetwerk-noord.us14.list-manage.com/unsubscribe">unsubscribe from this list</a> | <a href="https://clusternetwerk-noord.us14.list-manage.com/profile">update subscription preferences</a></td></tr>\n'
    "</table></td></tr></table></center>"
)
add(
    "hs-038",
    u,
    generic_page(
        lang="en",
        doc_title="Cluster news digest – May 2024",
        body=body,
        seed=1538,
        blocks=("mcn", "templateContainer", "bodyTable"),
    ),
    record(
        id="hs-038",
        url=u,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["DESIRE"],
        notes="NOT an event: a Mailchimp campaign-archive newsletter with three items: a past conference, an upcoming workshop with dates, an open call with a deadline (time and CET); names DESIRE.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-039 (HubSpot landing page)
u = "https://info.eu-japan-cluster-bridge.eu/webinar-entering-the-japanese-market-through-cluster-partnerships"
h1 = "Webinar: Entering the Japanese market through cluster partnerships"
cards = [
    ("Haruki Nishimura", "Senior Advisor", "EU-Japan Centre for Industrial Cooperation"),
    ("Birgit Lindqvist", "Head of International Affairs", "Robotics Cluster Sweden"),
    ("Dr. Paolo Santangelo", "Business Development Manager", "Kansai Medical Devices Cluster"),
]
cardhtml = "\n".join(
    f'<div class="speaker-card"><img src="https://info.eu-japan-cluster-bridge.eu/hubfs/speakers/{i}.jpg" alt=""><h4 class="speaker-card__name">{n}</h4>'
    f'<p class="speaker-card__title">{r}</p><p class="speaker-card__company">{o}</p></div>'
    for i, (n, r, o) in enumerate(cards)
)
body = (
    '<div class="body-wrapper hs-content-id-98311204"><header class="header"><a href="https://www.eu-japan-cluster-bridge.eu"><img src="https://info.eu-japan-cluster-bridge.eu/hubfs/logo.png" alt="EU-Japan Cluster Bridge"></a></header>\n'
    '<main class="body-container-wrapper"><div class="dnd-section hero"><div class="hs_cos_wrapper hs_cos_wrapper_widget">'
    f'<span class="hero__kicker">Free online webinar</span><h1>{h1}</h1><p class="hero__date">March 5, 2025 | 9:00 - 10:00 AM CET</p></div></div>\n'
    '<div class="dnd-section"><p>Japan is opening its supply chains to European SMEs in robotics, medical devices and green hydrogen. Learn how clusters on both sides '
    'help companies find partners, and which support the EU offers.</p>\n<h2>Speakers</h2><div class="speaker-grid">\n'
    + cardhtml
    + "\n</div></div>\n"
    '<div class="dnd-section"><div class="hbspt-form"><form id="hsForm_4f1"><label>Email*<input type="email" name="email"></label><label>Company<input name="company"></label>'
    '<input type="submit" value="Save my seat"></form></div><p>Can\'t make it? Register anyway and we will send you the recording.</p></div></main>\n'
    '<footer class="footer"><p>© 2025 EU-Japan Cluster Bridge. Next webinar: April 9, 2025.</p><a href="https://www.eu-japan-cluster-bridge.eu/privacy">Privacy policy</a></footer></div>\n'
    '<script>var hsVars = {"portal_id": 4471123, "page_id": 98311204, "content_group_id": null, "analytics_page_type": "landing-page"};</script>'
)
add(
    "hs-039",
    u,
    generic_page(
        lang="en",
        doc_title="Webinar: Japan market entry | EU-Japan Cluster Bridge",
        body=body,
        seed=1539,
        blocks=("body-wrapper", "hero", "speaker-card", "dnd-section"),
    ),
    record(
        id="hs-039",
        url=u,
        template="T5",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2025-03-05", "09:00"),
        end=bx("2025-03-05", "10:00"),
        tz_label="CET",
        speakers=[
            sp("Haruki Nishimura", "Senior Advisor", "EU-Japan Centre for Industrial Cooperation"),
            sp("Birgit Lindqvist", "Head of International Affairs", "Robotics Cluster Sweden"),
            sp("Paolo Santangelo", "Business Development Manager", "Kansai Medical Devices Cluster"),
        ],
        notes="Plausible reconstruction. HubSpot landing page (series null): month-first 'March 5, 2025 | 9:00 - 10:00 AM CET' with one AM marker for both times (+01:00); speaker cards with name in <h4>, role and organisation in separate <p>; 'Dr.' stripped; footer 'Next webinar: April 9, 2025' not the event; <title> differs from the heading.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-040 (es, Joomla 4)
u = "https://www.clusterautomocion-aragon.es/index.php/noticias/encuentro-europeo-clusteres-movilidad-2024"
h1 = "Encuentro europeo de clústeres de movilidad, transporte y automoción"
body = (
    '<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img src="/images/logo-cluster.png" alt="Clúster de Automoción de Aragón"></a></div></div>'
    '<div class="grid-child container-nav"><ul class="mod-menu mod-list nav"><li class="nav-item"><a href="/">Inicio</a></li><li class="nav-item"><a href="/index.php/el-cluster">El clúster</a></li>'
    '<li class="nav-item current active"><a href="/index.php/noticias">Noticias</a></li><li class="nav-item"><a href="/index.php/agenda">Agenda</a></li><li class="nav-item"><a href="/index.php/contacto">Contacto</a></li></ul></div></header>\n'
    '<div class="site-grid"><div class="grid-child container-component"><main>\n'
    '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="es-ES">\n'
    f'<div class="page-header"><h2 itemprop="headline">{h1}</h2></div>\n'
    '<dl class="article-info text-muted"><dt class="article-info-term">Detalles</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
    '<time datetime="2024-09-19T09:12:00+02:00" itemprop="datePublished">Publicado: 19 Septiembre 2024</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:311">Visitas: 311</dd></dl>\n'
    '<div itemprop="articleBody" class="com-content-article__body">'
    "<p>La Plataforma Europea de Colaboración de Clústeres (ECCP) organiza el encuentro online «EU Cluster Matchmaking: Mobility, Transport and Automotive» el miércoles "
    "9 de octubre de 2024, de 9:00 a 13:00 h (CET), en colaboración con el Eurocluster E-BOOST.</p>"
    "<p>Las empresas de nuestro clúster podrán mantener reuniones bilaterales de 20 minutos con socios de toda Europa.</p>"
    "<p>Bienvenida a cargo de Radek Horák, responsable de políticas, DG GROW, Comisión Europea. A continuación, Ioana Stanciu, directora de proyectos del "
    "Automotive Cluster South-West Oltenia, presentará las convocatorias de E-BOOST.</p>"
    "<p>Inscripción hasta el 4 de octubre en la plataforma b2match. Para dudas, contacte con nuestra técnica de internacionalización.</p></div>\n"
    '<nav class="pagenavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev">Anterior</a><a class="btn btn-sm btn-secondary next" href="#" rel="next">Siguiente</a></span></nav></div>\n'
    '</main></div><div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Agenda</h3><div class="card-body"><ul>'
    "<li>23/10/2024 – Jornada de electromovilidad</li><li>14/11/2024 – Asamblea general</li></ul></div></div></div></div>\n"
    '<footer class="container-footer footer full-width"><div class="grid-child"><p>© 2024 Clúster de Automoción de Aragón</p></div></footer>'
)
add(
    "hs-040",
    u,
    generic_page(
        lang="es-es",
        doc_title="Encuentro europeo de clústeres de movilidad, transporte y automoción",
        body=body,
        seed=1540,
        blocks=("container-header", "site-grid", "com-content-article", "container-footer"),
        meta_charset_style="http-equiv",
    ),
    record(
        id="hs-040",
        url=u,
        template="T5",
        lang="es",
        is_event=True,
        title="EU Cluster Matchmaking: Mobility, Transport and Automotive",
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2024-10-09", "09:00"),
        end=bx("2024-10-09", "13:00"),
        tz_label="CET",
        speakers=[
            sp("Radek Horák", "responsable de políticas", "DG GROW, Comisión Europea"),
            sp("Ioana Stanciu", "directora de proyectos", "Automotive Cluster South-West Oltenia"),
        ],
        euroclusters=["E-BOOST"],
        notes="Spanish Joomla 4 (Cassiopeia) copy of the matchmaking of hs-017: heading is an <h2> in .page-header; English title in «…»; 'el miércoles 9 de octubre de 2024, de 9:00 a 13:00 h (CET)' (+02:00); speakers in prose ('Bienvenida a cargo de Name, Role, Org', 'Name, Role del Org, presentará'); 'Publicado: 19 Septiembre 2024', 'Visitas: 311', 'hasta el 4 de octubre' and the agenda box not the event; unnamed 'nuestra técnica' not a speaker.",
    ),
)
