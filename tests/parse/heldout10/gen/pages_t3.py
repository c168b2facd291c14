"""T3 pages (WordPress republications and cluster / Eurocluster sites) of the hr-* set. Written new for heldout10."""

from __future__ import annotations

import json

from common import bx, page_adder, record, sp
from shells import recent_posts, widget, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)


def yoast(url: str, headline: str, published: str, modified: str, author: str, lang: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "headline": headline,
                "datePublished": published,
                "dateModified": modified,
                "author": {"name": author},
                "inLanguage": lang,
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": headline,
                "datePublished": published,
                "inLanguage": lang,
            },
        ],
    }
    return f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(data, ensure_ascii=False)}</script>\n'


def post(
    pid: int,
    h1: str,
    iso: str,
    shown: str,
    author: str,
    content: str,
    cats: list[str],
    extra_meta: str = "",
    by: str = "by",
) -> str:
    cat = ", ".join(f'<a href="/category/{c.lower().replace(" ", "-")}/" rel="category tag">{c}</a>' for c in cats)
    return (
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry">\n'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{h1}</h1>\n'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso}">{shown}</time></span>'
        f'<span class="byline"> {by} <span class="author vcard"><a class="url fn n" href="/author/{author.split()[0].lower()}/">{author}</a></span></span>{extra_meta}</div>\n</header>\n'
        f'<div class="entry-content" itemprop="text">\n{content}\n</div>\n'
        f'<footer class="entry-footer"><span class="cat-links">{cat}</span></footer>\n</article>\n'
    )


# ------------------------------------------------------------------------------------------------ hr-021 (non-event)
site = "https://www.powerup-netzero.eu"
u = f"{site}/open-call-business-innovation-vouchers/"
h1 = "Open call: business innovation vouchers for net-zero SMEs"
content = (
    "<p>The PowerUp NetZero Eurocluster supports SMEs that develop or adopt net-zero technologies – heat pumps, batteries, "
    "electrolysers and grid components – with vouchers for innovation, technology adoption and internationalisation.</p>"
    "<h2>Key facts</h2><ul><li>Budget: EUR 1.2 million</li><li>Voucher: up to EUR 40 000 per SME</li>"
    "<li>Opening: 17 February 2025</li><li>Deadline: 31 March 2025, 17:00 CET</li></ul>"
    "<h2>Information webinar</h2><p>Join our information webinar on Thursday, 6 March 2025, 11:00–12:00 CET. The call team will "
    "present the eligibility criteria and the evaluation process and answer your questions. "
    '<a href="https://us06web.zoom.us/webinar/register/WN_pwrupnz">Register for the webinar</a>.</p>'
    '<p><a href="/wp-content/uploads/2025/02/PowerUp-NetZero-Open-Call-Guidelines.pdf">Download the call guidelines (PDF)</a></p>'
)
main = (
    '<article id="post-812" class="post-812 page type-page status-publish hentry">\n<header class="entry-header"><h1 class="entry-title">'
    + h1
    + '</h1></header>\n<div class="entry-content">\n'
    + content
    + "\n</div>\n</article>\n"
)
side = widget(
    "Latest news",
    recent_posts(
        [
            ("/news/partners-meet-in-valencia/", "Partners meet in Valencia", "January 28, 2025"),
            ("/news/first-voucher-round-results/", "First voucher round: results", "December 3, 2024"),
        ]
    ),
)
add(
    "hr-021",
    u,
    wp_page(
        lang="en-GB",
        site="PowerUp NetZero",
        site_url=site,
        doc_title=f"{h1} - PowerUp NetZero",
        body_class="page-template-default page page-id-812 ast-page-builder-template",
        theme="astra",
        menu=[
            ("About", f"{site}/about/"),
            ("Open calls", f"{site}/open-calls/"),
            ("News", f"{site}/news/"),
            ("Contact", f"{site}/contact/"),
        ],
        main=main,
        sidebar=side,
        seed=3021,
    ),
    record(
        id="hr-021",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["PowerUp NetZero"],
        notes="NOT an event: a Eurocluster's open call page (Astra); opening date, deadline with time and CET, an information webinar with weekday, date, time and CET, a registration link and a PDF (not listed, non-event).",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-022 (it, windows-1252)
site = "https://www.clusterchimicaverde.it"
u = f"{site}/2024/03/28/clusters-meet-regions-milano/"
h1 = "Clusters meet Regions a Milano: due giornate sulla doppia transizione"
content = (
    "<p>Il 26 e 27 marzo Milano ha ospitato il workshop Clusters meet Regions della European Cluster Collaboration Platform, "
    "organizzato per conto della Commissione europea insieme a Regione Lombardia. Oltre cento partecipanti da quindici paesi "
    "hanno discusso di come i cluster possano accompagnare le imprese nella transizione verde e digitale.</p>"
    "<p>Alessandra Conti (Regione Lombardia) ha aperto i lavori presentando la nuova strategia regionale di specializzazione "
    "intelligente. Pieter de Waal (DG GROW, Commissione europea) ha illustrato le opportunità del Programma per il mercato "
    "unico per i cluster.</p>"
    "<p>Nel pomeriggio i partecipanti hanno visitato i laboratori di alcune imprese associate. Il presidente del Cluster Lombardo "
    "della Chimica Verde, Stefano Marelli, ha chiuso la seconda giornata dopo oltre 80 incontri bilaterali.</p>"
    "<p>Il prossimo appuntamento con la chimica verde è il nostro Forum annuale del 14 giugno.</p>"
)
main = post(2217, h1, "2024-03-28T09:30:00+01:00", "28 Marzo 2024", "Redazione", content, ["Eventi", "Europa"], by="di")
side = widget(
    "Articoli recenti",
    recent_posts(
        [
            (
                "/2024/03/12/bando-regionale-economia-circolare/",
                "Bando regionale per l’economia circolare",
                "12 Marzo 2024",
            ),
            ("/2024/02/20/assemblea-soci-2024/", "Assemblea dei soci 2024", "20 Febbraio 2024"),
        ]
    ),
)
add(
    "hr-022",
    u,
    wp_page(
        lang="it-IT",
        site="Cluster Lombardo della Chimica Verde",
        site_url=site,
        doc_title=f"{h1} – Cluster Lombardo della Chimica Verde",
        body_class="post-template-default single single-post postid-2217 single-format-standard",
        theme="generatepress",
        menu=[
            ("Chi siamo", f"{site}/chi-siamo/"),
            ("Soci", f"{site}/soci/"),
            ("Progetti", f"{site}/progetti/"),
            ("News", f"{site}/news/"),
            ("Contatti", f"{site}/contatti/"),
        ],
        main=main,
        sidebar=side,
        seed=3022,
        charset="windows-1252",
        head_extra=yoast(u, h1, "2024-03-28T09:30:00+01:00", "2024-03-28T09:30:00+01:00", "Redazione", "it-IT"),
    ),
    record(
        id="hr-022",
        url=u,
        template="T3",
        lang="it",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-03-26",
        end="2024-03-27",
        speakers=[
            sp("Alessandra Conti", None, "Regione Lombardia"),
            sp("Pieter de Waal", None, "DG GROW, Commissione europea"),
            sp("Stefano Marelli", "presidente", "Cluster Lombardo della Chimica Verde"),
        ],
        notes="Same workshop as hr-003 (real edition, reconstructed text), Italian report on a GeneratePress site saved as windows-1252 bytes with a matching <meta charset>. 'Il 26 e 27 marzo' without a year: 2024 from the URL, the post date '28 Marzo 2024' and JSON-LD (dates only); speakers in prose 'Name (Org)' (role null) and 'Il presidente del Org, Name' (role as written, lower case); the Forum 'del 14 giugno' is another event.",
    ),
    encoding="windows-1252",
)

# ------------------------------------------------------------------------------------------------ hr-023 (Elementor, times in the agenda only)
site = "https://www.plastics-cluster-flanders.be"
u = f"{site}/events/webinar-recycled-plastics-funding-partners-smes/"
h1 = "Webinar: Recycled plastics – funding and partners for SMEs"
main = (
    '<div data-elementor-type="wp-page" data-elementor-id="4410" class="elementor elementor-4410">\n'
    '<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container">'
    '<div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">\n'
    f'<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">{h1}</h1></div></div>\n'
    '<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">'
    '<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg class="icon"><use xlink:href="#icon-calendar"></use></svg></span><span class="elementor-icon-list-text">Tuesday 19 November 2024</span></li>'
    '<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg class="icon"><use xlink:href="#icon-user"></use></svg></span><span class="elementor-icon-list-text">Online (Microsoft Teams)</span></li>'
    '<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Free for members and non-members</span></li></ul></div></div>\n'
    '<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">'
    "<p>Recycled plastics are in demand, but many SMEs lack the funding to invest in sorting, compounding or quality control. "
    "In this webinar we present the vouchers of the POLREC Eurocluster and the regional support available in Flanders.</p>"
    "<h3>Agenda</h3><p><em>All times are CET.</em></p>"
    "<p>10:00 Welcome – Eline Claes, Cluster Manager, Plastics Cluster Flanders<br>"
    "10:10 The POLREC open calls – Dr. Marc Verbruggen, Open Call Manager, POLREC Eurocluster<br>"
    "10:35 Funding in Flanders – Yasmina Haddad, Advisor, Flanders Innovation &amp; Entrepreneurship<br>"
    "11:00 Q&amp;A<br>"
    "11:30 End of webinar</p>"
    "</div></div>\n"
    '<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><a class="elementor-button" href="https://forms.office.com/e/plastics-webinar">Register now</a></div></div>\n'
    "</div></div></div></section></div>\n"
)
footer = "<p>Plastics Cluster Flanders &middot; Technologiepark 12, 9052 Gent &middot; Member of the POLREC consortium since 2022</p>"
add(
    "hr-023",
    u,
    wp_page(
        lang="en-US",
        site="Plastics Cluster Flanders",
        site_url=site,
        doc_title=f"{h1} | Plastics Cluster Flanders",
        body_class="page-template page-template-elementor_header_footer page page-id-4410 elementor-default elementor-kit-7 elementor-page elementor-page-4410",
        theme="hello-elementor",
        menu=[
            ("Cluster", f"{site}/cluster/"),
            ("Events", f"{site}/events/"),
            ("Projects", f"{site}/projects/"),
            ("Contact", f"{site}/contact/"),
        ],
        main=main,
        footer_note=footer,
        seed=3023,
        plugins=("elementor", "elementor-pro"),
    ),
    record(
        id="hr-023",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-11-19", "10:00"),
        end=bx("2024-11-19", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Eline Claes", "Cluster Manager", "Plastics Cluster Flanders"),
            sp("Marc Verbruggen", "Open Call Manager", None, "POLREC"),
            sp("Yasmina Haddad", "Advisor", "Flanders Innovation & Entrepreneurship"),
        ],
        euroclusters=["POLREC"],
        notes="Plausible reconstruction. Elementor community webinar (series null): the date is in an icon list without times; the times are only in the agenda ('All times are CET'): start = first agenda item 10:00, end = 'End of webinar' 11:30 (+01:00); agenda lines 'HH:MM Topic – Name, Role, Org' are speakers, 'Q&A' and 'End' are not; 'Dr.' stripped; 'Open Call Manager, POLREC Eurocluster' has no organisation; '&amp;' in an organisation; footer 'since 2022' not a date.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-024 (es)
site = "https://www.clusteraguaandalucia.es"
u = f"{site}/2025/06/02/eu-clusters-talk-resiliencia-hidrica/"
h1 = "EU Clusters Talk: la resiliencia hídrica de la industria, a debate"
content = (
    "<p>La European Cluster Collaboration Platform, en nombre de la Comisión Europea, organiza el EU Clusters Talk "
    "«Water resilience in industry: the role of clusters» el próximo miércoles 11 de junio, de 8:30 a 9:45 h (CET).</p>"
    "<p>Tras la presentación de la Estrategia Europea de Resiliencia Hídrica, la sesión analizará cómo los clústeres pueden "
    "ayudar a la industria a reducir su consumo de agua, reutilizarla y adaptarse a las sequías. Nuestro director general "
    "participará en el panel.</p>"
    "<p>Intervendrán:</p>"
    "<ul><li>Karin Blom, Policy Officer, DG ENV, Comisión Europea</li>"
    "<li>Íñigo Arrieta, director general, Aquatech Cluster Andalucía</li>"
    "<li>Reinout Jansen, Program Director, Dutch Water Technology Cluster</li>"
    "<li>Zofia Malinowska, presidenta, Śląski Klaster Wodny</li></ul>"
    "<p>Modera: Clara Dumont, ECCP</p>"
    '<p>La participación es gratuita previa inscripción en <a href="https://eccp-events.eu/talks/registration?talk=water">este enlace</a>. '
    "Plazo de inscripción: hasta el 10 de junio.</p>"
)
main = post(
    3390, h1, "2025-06-02T10:05:00+02:00", "2 junio, 2025", "Comunicación", content, ["Noticias", "Europa"], by="por"
)
side = widget(
    "Entradas recientes",
    recent_posts(
        [
            ("/2025/05/20/jornada-agua-regenerada/", "Jornada sobre agua regenerada en Sevilla", "20 mayo, 2025"),
            ("/2025/05/06/asamblea-general-2025/", "Asamblea general 2025", "6 mayo, 2025"),
        ]
    ),
)
add(
    "hr-024",
    u,
    wp_page(
        lang="es-ES",
        site="Aquatech Cluster Andalucía",
        site_url=site,
        doc_title=f"{h1} - Aquatech Cluster Andalucía",
        body_class="post-template-default single single-post postid-3390 single-format-standard",
        theme="astra",
        menu=[
            ("El clúster", f"{site}/el-cluster/"),
            ("Socios", f"{site}/socios/"),
            ("Proyectos", f"{site}/proyectos/"),
            ("Noticias", f"{site}/noticias/"),
            ("Contacto", f"{site}/contacto/"),
        ],
        main=main,
        sidebar=side,
        seed=3024,
        head_extra=yoast(u, h1, "2025-06-02T10:05:00+02:00", "2025-06-03T08:11:00+02:00", "Comunicación", "es-ES"),
    ),
    record(
        id="hr-024",
        url=u,
        template="T3",
        lang="es",
        is_event=True,
        title="Water resilience in industry: the role of clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2025-06-11", "08:30"),
        end=bx("2025-06-11", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Karin Blom", "Policy Officer", "DG ENV, Comisión Europea"),
            sp("Íñigo Arrieta", "director general", "Aquatech Cluster Andalucía"),
            sp("Reinout Jansen", "Program Director", "Dutch Water Technology Cluster"),
            sp("Zofia Malinowska", "presidenta", "Śląski Klaster Wodny"),
            sp("Clara Dumont", None, "ECCP"),
        ],
        notes="Plausible reconstruction (topic and date not verified). Spanish Astra post; 'el próximo miércoles 11 de junio, de 8:30 a 9:45 h (CET)' without a year: 2025 from the URL, the post date '2 junio, 2025' and JSON-LD (June, +02:00); English title in « … »; roles partly Spanish and lower case; 'Modera: Name, ECCP' (role null); 'Nuestro director general' without a name is not a speaker; deadline 'hasta el 10 de junio' not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-025 (de)
site = "https://www.sensorik-bayern.de"
u = f"{site}/2024/02/14/eu-clusters-talk-foerderprogramme-cluster/"
h1 = "EU Clusters Talk am 21. Februar: Förderprogramme für Cluster im EU-Vergleich"
content = (
    "<p>Die European Cluster Collaboration Platform lädt im Auftrag der Europäischen Kommission zum EU Clusters Talk "
    "„Support programmes and funding schemes: Cluster policies in the EU“ ein. Der Talk findet am Mittwoch, 21. Februar 2024, "
    "von 8:30 bis 9:45 Uhr (CET) online statt.</p>"
    "<p>Wie fördern die Mitgliedstaaten ihre Cluster, und wie lassen sich nationale Programme mit EU-Mitteln kombinieren? "
    "Wir freuen uns, dass unser Clustermanager dabei die Erfahrungen aus Bayern einbringt.</p>"
    "<p><strong>Es sprechen:</strong></p>"
    "<ul><li>Mathieu Lefort, Head of Sector Cluster Policy, GD GROW, Europäische Kommission</li>"
    "<li>Elena Marchetti, EISMEA, Europäische Kommission</li>"
    "<li>Jana Procházková, Programmdirektorin, Moravian-Silesian Innovation Centre</li>"
    "<li>Tobias Lindner, Clustermanager, Bayerischer Cluster für Sensorik (Eurocluster SILEO)</li></ul>"
    '<p>Die Teilnahme ist kostenlos. <a href="https://eccp-events.eu/talks/registration?talk=support-programmes">Zur Anmeldung</a></p>'
    "<p>Unser nächster Clusterstammtisch findet am 7. März 2024 in Nürnberg statt.</p>"
)
main = post(
    5120, h1, "2024-02-14T08:00:00+01:00", "14. Februar 2024", "Team Sensorik", content, ["Veranstaltungen"], by="von"
)
side = widget(
    "Termine",
    "<ul><li>07.03.2024 – Clusterstammtisch Nürnberg</li><li>16.04.2024 – Sensorik-Forum Regensburg</li></ul>",
)
add(
    "hr-025",
    u,
    wp_page(
        lang="de-DE",
        site="Bayerischer Cluster für Sensorik",
        site_url=site,
        doc_title=f"{h1} – Bayerischer Cluster für Sensorik",
        body_class="post-template-default single single-post postid-5120 single-format-standard",
        theme="oceanwp",
        menu=[
            ("Cluster", f"{site}/cluster/"),
            ("Mitglieder", f"{site}/mitglieder/"),
            ("Veranstaltungen", f"{site}/veranstaltungen/"),
            ("Kontakt", f"{site}/kontakt/"),
        ],
        main=main,
        sidebar=side,
        seed=3025,
        head_extra=yoast(u, h1, "2024-02-14T08:00:00+01:00", "2024-02-14T08:00:00+01:00", "Team Sensorik", "de-DE"),
    ),
    record(
        id="hr-025",
        url=u,
        template="T3",
        lang="de",
        is_event=True,
        title="Support programmes and funding schemes: Cluster policies in the EU",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-02-21", "08:30"),
        end=bx("2024-02-21", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Mathieu Lefort", "Head of Sector Cluster Policy", "GD GROW, Europäische Kommission"),
            sp("Elena Marchetti", None, "EISMEA, Europäische Kommission"),
            sp("Jana Procházková", "Programmdirektorin", "Moravian-Silesian Innovation Centre"),
            sp("Tobias Lindner", "Clustermanager", "Bayerischer Cluster für Sensorik", "SILEO"),
        ],
        euroclusters=["SILEO"],
        notes="Same Talk as hr-014 (real date, reconstructed speakers), German OceanWP post. Heading without year; body 'am Mittwoch, 21. Februar 2024, von 8:30 bis 9:45 Uhr (CET)' (+01:00); English title in „…“; 'GD GROW, Europäische Kommission'; '(Eurocluster SILEO)' after the organisation; 'unser Clustermanager' without a name; post date, Stammtisch 7. März 2024 and the 'Termine' widget are not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-026 (report)
site = "https://www.smarttextiles.se"
u = f"{site}/en/2025/04/10/takeaways-c2lab-porto/"
h1 = "Three takeaways from the C2Lab in Porto"
content = (
    "<p>On 2 and 3 April, twenty-four cluster managers from eleven countries met in Porto for the Cluster Collaboration Lab "
    "(C2Lab) of the European Cluster Collaboration Platform. We were there with a challenge on circular textiles.</p>"
    "<p>The Lab was opened by Rui Tavares, Executive Director of the Portuguese Manufacturing Cluster, who showed how the "
    "region's textile and footwear companies are preparing for the digital product passport. Sofie Lindahl, C2Lab facilitator "
    "at the ECCP, then guided the teams through two intense days of design sprints.</p>"
    "<p>Our own managing director, Helena Björk, pitched how the Swedish Smart Textiles Cluster could connect Nordic recyclers "
    "with Portuguese producers. Jonas Weber, Head of Digitalisation at the Textile ETP, presented the state of the EU product "
    "passport pilots.</p>"
    "<h2>What we take home</h2><ol><li>Recyclers need reliable volumes before they invest.</li>"
    "<li>The product passport is a chance for SMEs, not only a burden.</li><li>Small teams with a clear challenge work best.</li></ol>"
    "<p>We will present the project idea to our members at the annual meeting in June.</p>"
)
main = post(1876, h1, "2025-04-10T13:20:00+02:00", "April 10, 2025", "Helena Björk", content, ["News", "International"])
side = widget(
    "Recent posts",
    recent_posts(
        [
            ("/en/2025/03/18/new-members-2025/", "Welcome to our new members", "March 18, 2025"),
            ("/en/2025/02/27/textile-recycling-pilot/", "Textile recycling pilot starts", "February 27, 2025"),
        ]
    ),
)
add(
    "hr-026",
    u,
    wp_page(
        lang="en-GB",
        site="Swedish Smart Textiles Cluster",
        site_url=site,
        doc_title=f"{h1} – Swedish Smart Textiles Cluster",
        body_class="post-template-default single single-post postid-1876 single-format-standard",
        theme="generatepress",
        menu=[
            ("About", f"{site}/en/about/"),
            ("Members", f"{site}/en/members/"),
            ("News", f"{site}/en/news/"),
            ("Contact", f"{site}/en/contact/"),
        ],
        main=main,
        sidebar=side,
        seed=3026,
        head_extra=yoast(u, h1, "2025-04-10T13:20:00+02:00", "2025-04-10T13:20:00+02:00", "Helena Björk", "en-GB"),
    ),
    record(
        id="hr-026",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2025-04-02",
        end="2025-04-03",
        speakers=[
            sp("Rui Tavares", "Executive Director", "Portuguese Manufacturing Cluster"),
            sp("Sofie Lindahl", "C2Lab facilitator", "ECCP"),
            sp("Helena Björk", "managing director", "Swedish Smart Textiles Cluster"),
            sp("Jonas Weber", "Head of Digitalisation", "Textile ETP"),
        ],
        notes="Report on the C2Lab of hr-009 (plausible reconstruction). 'On 2 and 3 April' without a year: 2025 from the URL, post date and JSON-LD (dates only); speakers in prose ('opened by Name, Role of the Org', 'Name, Role at the ECCP', 'Our own managing director, Name, pitched how the Org', 'Name, Role at the Org, presented'); the post author is also a speaker; numbered takeaways are not speakers; 'annual meeting in June' not a date.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-027 (fr)
site = "https://www.cluster-tourisme-occitanie.fr"
u = f"{site}/2023/04/25/matchmaking-europeen-tourisme/"
h1 = "Matchmaking européen des clusters du tourisme : inscrivez-vous !"
content = (
    "<p>La European Cluster Collaboration Platform organise en ligne l’« EU Cluster Matchmaking Event: Tourism ecosystem » "
    "le mardi 16 mai 2023 de 9h30 à 13h00 (CET).</p>"
    "<p>Ce rendez-vous permet aux clusters du tourisme et à leurs PME de trouver des partenaires européens, notamment pour "
    "répondre aux appels ouverts des Euroclusters IKAT et EU Rural Tourism.</p>"
    "<p>Le mot d’accueil sera prononcé par Anna Kowalczyk (DG GROW, Commission européenne). Marco Ferri, coordinateur du projet, "
    "Venetian Cluster (Eurocluster Rural Tourism) présentera ensuite les opportunités pour les PME.</p>"
    "<p>Inscription sur la plateforme b2match jusqu’au 12 mai : "
    '<a href="https://eu-cluster-matchmaking-tourism-2023.b2match.io/">eu-cluster-matchmaking-tourism-2023.b2match.io</a></p>'
)
main = post(
    988, h1, "2023-04-25T11:00:00+02:00", "25 avril 2023", "Équipe Cluster", content, ["Actualités", "Europe"], by="par"
)
side = widget(
    "Agenda",
    "<ul><li>8 juin 2023 – Rencontres du tourisme durable, Montpellier</li><li>22 juin 2023 – Atelier numérique, Toulouse</li></ul>",
)
add(
    "hr-027",
    u,
    wp_page(
        lang="fr-FR",
        site="Cluster Tourisme Occitanie",
        site_url=site,
        doc_title=f"{h1} – Cluster Tourisme Occitanie",
        body_class="post-template-default single single-post postid-988 single-format-standard",
        theme="kadence",
        menu=[
            ("Le cluster", f"{site}/le-cluster/"),
            ("Adhérents", f"{site}/adherents/"),
            ("Actualités", f"{site}/actualites/"),
            ("Contact", f"{site}/contact/"),
        ],
        main=main,
        sidebar=side,
        seed=3027,
        head_extra=yoast(u, h1, "2023-04-25T11:00:00+02:00", "2023-04-25T11:00:00+02:00", "Équipe Cluster", "fr-FR"),
    ),
    record(
        id="hr-027",
        url=u,
        template="T3",
        lang="fr",
        is_event=True,
        title="EU Cluster Matchmaking Event: Tourism ecosystem",
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2023-05-16", "09:30"),
        end=bx("2023-05-16", "13:00"),
        tz_label="CET",
        speakers=[
            sp("Anna Kowalczyk", None, "DG GROW, Commission européenne"),
            sp("Marco Ferri", "coordinateur du projet", "Venetian Cluster", "EU Rural Tourism"),
        ],
        euroclusters=["EU Rural Tourism", "IKAT"],
        notes="Same matchmaking as hr-010 (plausible reconstruction), French Kadence post. 'le mardi 16 mai 2023 de 9h30 à 13h00 (CET)' (French 'h' times, +02:00); English title in « … » after 'l’'; 'Name (DG GROW, Commission européenne)' (role null); '(Eurocluster Rural Tourism)' alias after the organisation; deadline 'jusqu’au 12 mai' and the agenda widget not the event; b2match link not an asset.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-028 (non-event, project page)
site = "https://www.mecatech-cluster.be"
u = f"{site}/en/projects/jewel-eurocluster/"
h1 = "JEWEL – Joint nEtWork for European net-zero manufacturing Leadership"
content = (
    "<p>JEWEL is a Eurocluster funded by the Single Market Programme (call SMP-COSME-2024-CLUSTER). Coordinated by our cluster, "
    "it brings together cluster organisations from eight countries to help manufacturing SMEs adopt net-zero technologies.</p>"
    '<table class="project-facts"><tr><th>Duration</th><td>36 months</td></tr><tr><th>Start</th><td>1 December 2025</td></tr>'
    "<tr><th>Budget</th><td>EUR 4.9 million, of which EUR 3.3 million for SMEs</td></tr><tr><th>Partners</th><td>9</td></tr></table>"
    "<p>The partners met for the kick-off meeting in Liège on 9 and 10 December 2025. The first open call for SMEs is planned for "
    "spring 2026 and will be announced on this page and on the European Cluster Collaboration Platform.</p>"
    "<p>Contact: Julie Renard, Project Manager, julie.renard@mecatech-cluster.be</p>"
)
main = (
    '<article id="post-640" class="post-640 project type-project status-publish hentry">\n<header class="entry-header"><h1 class="entry-title">'
    + h1
    + '</h1></header>\n<div class="entry-content">\n'
    + content
    + "\n</div>\n</article>\n"
)
add(
    "hr-028",
    u,
    wp_page(
        lang="en-GB",
        site="Pôle MecaTech",
        site_url=site,
        doc_title=f"{h1} – Pôle MecaTech",
        body_class="project-template-default single single-project postid-640",
        theme="twentytwentyone",
        menu=[
            ("The cluster", f"{site}/en/the-cluster/"),
            ("Projects", f"{site}/en/projects/"),
            ("Members", f"{site}/en/members/"),
            ("Contact", f"{site}/en/contact/"),
        ],
        main=main,
        seed=3028,
    ),
    record(
        id="hr-028",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["JEWEL"],
        notes="NOT an event: a Eurocluster project page (Twenty Twenty-One); project start date, a past kick-off meeting '9 and 10 December 2025', 'spring 2026', a named contact.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-029 (non-event, category archive)
site = "https://www.automotive-cluster-slovenia.si"
u = f"{site}/en/category/events/"
h1 = "Category: Events"


def teaser(pid: int, href: str, title: str, iso: str, shown: str, excerpt: str) -> str:
    return (
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-events">\n'
        f'<header class="entry-header"><h2 class="entry-title"><a href="{href}" rel="bookmark">{title}</a></h2>'
        f'<div class="entry-meta"><time class="entry-date published" datetime="{iso}">{shown}</time></div></header>\n'
        f'<div class="entry-summary"><p>{excerpt}</p></div>\n<a class="more-link" href="{href}">Read more</a>\n</article>\n'
    )


main = (
    f'<header class="page-header"><h1 class="page-title">{h1}</h1></header>\n'
    + teaser(
        2201,
        f"{site}/en/2024/09/24/eu-clusters-talk-competitiveness/",
        "EU Clusters Talk: The future of European competitiveness",
        "2024-09-24T09:00:00+02:00",
        "September 24, 2024",
        "Our managing director Katja Pirc speaks at the EU Clusters Talk on 2 October 2024, from 10:00 to 11:30 CET, about the Draghi report and the E-BOOST Eurocluster …",
    )
    + teaser(
        2188,
        f"{site}/en/2024/09/05/battery-day-2024/",
        "Battery Day 2024 in Maribor",
        "2024-09-05T12:00:00+02:00",
        "September 5, 2024",
        "Join us on 17 October 2024 from 9:00 to 15:00 for the fourth Battery Day with suppliers and carmakers …",
    )
    + teaser(
        2150,
        f"{site}/en/2024/06/12/e-boost-open-call-3/",
        "E-BOOST third open call: info session",
        "2024-06-12T10:30:00+02:00",
        "June 12, 2024",
        "An online info session on the third E-BOOST open call takes place on 20 June 2024 at 11:00 CET …",
    )
    + '<nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">1</span><a class="page-numbers" href="page/2/">2</a><a class="next page-numbers" href="page/2/">Next</a></div></nav>\n'
)
add(
    "hr-029",
    u,
    wp_page(
        lang="en-GB",
        site="Automotive Cluster of Slovenia",
        site_url=site,
        doc_title="Events Archives - Automotive Cluster of Slovenia",
        body_class="archive category category-events category-12",
        theme="astra",
        menu=[
            ("About", f"{site}/en/about/"),
            ("Members", f"{site}/en/members/"),
            ("Events", f"{site}/en/category/events/"),
            ("Contact", f"{site}/en/contact/"),
        ],
        main=main,
        seed=3029,
    ),
    record(
        id="hr-029",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["E-BOOST"],
        notes="NOT an event: WordPress category archive with three event teasers, each with a post date and an event date (two with time and CET) in the excerpt; a named speaker in an excerpt; pagination.",
    ),
)
