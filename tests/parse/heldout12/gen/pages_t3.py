"""T3 — WordPress republications by cluster organisations (hw-021 … hw-028). Written new for heldout12."""

from __future__ import annotations

import json
import zlib

from common import bx, page_adder, record, sp
from shells import recent_posts, widget, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)


# The WordPress post ids the pages were first built with, from Python's salted hash() of the heading: a fixed table
# keeps every rebuild byte-identical (zlib.crc32 for a heading not listed).
POST_IDS = {
    "Our Director General speaks at the EU Clusters Talk on European competitiveness": 4453,
    "EU Clusters Talk: Wie Cluster ukrainische Unternehmen unterstützen können": 8112,
    "Cluster roundup – March 2024": 2137,
    "Clusters meet Regions w Katowicach – relacja": 6132,
    "Second open call for eHealth SMEs is open": 4032,
    "Clusters meet Regions a Milano: due giorni di confronto su transizione gemella e innovazione": 7584,
    "Jornada informativa: nueva convocatoria Euroclusters del Programa para el Mercado Único": 9539,
}


def post_id(h1):
    return POST_IDS.get(h1, zlib.crc32(h1.encode("utf-8")) % 9000 + 1000)


def post(h1, date_iso, date_shown, author, content, cats="News", by="by"):
    return (
        f'<article id="post-{post_id(h1)}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-news">\n'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{h1}</h1>\n'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{date_iso}">{date_shown}</time></span> '
        f'<span class="byline">{by} <span class="author vcard"><a class="url fn n" href="#">{author}</a></span></span> <span class="cat-links">{cats}</span></div></header>\n'
        f'<div class="entry-content" itemprop="text">\n{content}\n</div>\n'
        '<footer class="entry-footer"><nav class="post-navigation"><div class="nav-previous"><a href="#" rel="prev">Previous post</a></div><div class="nav-next"><a href="#" rel="next">Next post</a></div></nav></footer>\n</article>'
    )


def ld(headline, published, url):
    return (
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "Article", "headline": headline, "datePublished": published, "mainEntityOfPage": url}
                ],
            },
            ensure_ascii=False,
        )
        + "</script>\n"
    )


# ---------------------------------------------------------------- hw-021 EN Astra: COTEC speaks at the Talk of 2 October 2024
u = "https://www.cotecportugal.pt/en/2024/09/26/our-director-general-speaks-at-the-eu-clusters-talk-on-european-competitiveness/"
h1 = "Our Director General speaks at the EU Clusters Talk on European competitiveness"
content = (
    "<p>COTEC Portugal’s Director General, Marta Oliveira, will join the EU Clusters Talk <em>“The future of European competitiveness: Role of Clusters”</em> "
    "on October 2nd, 2024 (8:30-9:45 CET), organised online by the European Cluster Collaboration Platform.</p>\n"
    "<p>She will share lessons from Portuguese innovation policy and from our work with the national cluster network. Other speakers are:</p>\n"
    '<ul class="wp-block-list">\n<li>Lukas Wagner (Economist, Chief Economist Team, DG GROW, European Commission)</li>\n'
    "<li>Jakub Horák (Vice-President of the Board, National Cluster Association of the Czech Republic)</li>\n"
    "<li>Elena Rossi (Secretary General, European Cluster Alliance)</li>\n</ul>\n"
    '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://clustercollaboration.eu/content/eu-clusters-talk-future-european-competitiveness-role-clusters">Register on the ECCP website</a></div></div>'
)
side = widget(
    "Recent posts",
    recent_posts(
        [
            ("#", "COTEC Innovation Summit 2024: save the date", "September 12, 2024"),
            ("#", "Innovation Scoreboard: Portugal moves up", "July 9, 2024"),
        ]
    ),
)
html = wp_page(
    lang="en-GB",
    site="COTEC Portugal",
    site_url="https://www.cotecportugal.pt",
    doc_title=f"{h1} - COTEC Portugal",
    body_class="post-template-default single single-post ast-separate-container",
    theme="astra",
    menu=[
        ("About", "/en/about/"),
        ("Programmes", "/en/programmes/"),
        ("News", "/en/news/"),
        ("Contacts", "/en/contacts/"),
    ],
    main=post(h1, "2024-09-26T10:15:00+01:00", "September 26, 2024", "Communication Team", content),
    sidebar=side,
    seed=3221,
    head_extra=ld(h1, "2024-09-26T10:15:00+01:00", u),
)
add(
    "hw-021",
    u,
    html,
    record(
        id="hw-021",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title="The future of European competitiveness: Role of Clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-10-02", "08:30"),
        end=bx("2024-10-02", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Marta Oliveira", "Director General", "COTEC Portugal"),
            sp("Lukas Wagner", "Economist, Chief Economist Team", "DG GROW, European Commission"),
            sp("Jakub Horák", "Vice-President of the Board", "National Cluster Association of the Czech Republic"),
            sp("Elena Rossi", "Secretary General", "European Cluster Alliance"),
        ],
        notes="Astra post of a speaker's organisation on the real Talk of hw-015. Ordinal month-first 'October 2nd, 2024 (8:30-9:45 CET)' (+02:00); own speaker in prose 'COTEC Portugal’s Director General, Marta Oliveira' (role and organisation from the possessive), the others as 'Name (Role, Org)' list items; post date and recent-posts widget not the event; registration button not an asset.",
    ),
)

# ---------------------------------------------------------------- hw-022 DE GeneratePress: Ukraine Talk, 19 October 2022
u = "https://www.cluster-mechatronik.de/2022/10/10/eu-clusters-talk-ukraine/"
h1 = "EU Clusters Talk: Wie Cluster ukrainische Unternehmen unterstützen können"
content = (
    "<p>Am Mittwoch, 19. Oktober 2022, lädt die European Cluster Collaboration Platform zum nächsten EU Clusters Talk ein. Unter dem Titel "
    "„Ukraine: How can clusters support business integration and recovery?“ geht es von 8:30 bis 9:45 Uhr um die Frage, wie europäische Cluster ukrainische "
    "Unternehmen in den Binnenmarkt integrieren und beim Wiederaufbau unterstützen können.</p>\n"
    "<p>Für den Cluster Mechatronik Bayern spricht unser Geschäftsführer Dieter Hallmann über die Partnerbörse, die wir seit März mit ukrainischen "
    "Zulieferern durchführen.</p>\n"
    "<p>Weitere Referentinnen und Referenten:</p>\n<ul>\n<li>Tomasz Wielgosz, Policy Officer, GD GROW, Europäische Kommission</li>\n"
    "<li>Oksana Hrytsenko, Leiterin internationale Zusammenarbeit, Ukrainian Cluster Alliance</li>\n"
    "<li>Jarmila Vondráková, Clustermanagerin, Moravian-Silesian Automotive Cluster</li>\n</ul>\n"
    "<p>Die Teilnahme ist kostenlos, die Anmeldung erfolgt über die Website der ECCP.</p>"
)
side = widget(
    "Termine",
    '<ul class="events-widget"><li>08.11.2022 – Mitgliederversammlung, Nürnberg</li><li>24.11.2022 – Fachforum Antriebstechnik</li></ul>',
)
html = wp_page(
    lang="de-DE",
    site="Cluster Mechatronik Bayern",
    site_url="https://www.cluster-mechatronik.de",
    doc_title=f"{h1} – Cluster Mechatronik Bayern",
    body_class="post-template-default single single-post right-sidebar",
    theme="generatepress",
    menu=[
        ("Über uns", "/ueber-uns/"),
        ("Themen", "/themen/"),
        ("Veranstaltungen", "/veranstaltungen/"),
        ("Aktuelles", "/aktuelles/"),
        ("Kontakt", "/kontakt/"),
    ],
    main=post(h1, "2022-10-10T09:00:00+02:00", "10. Oktober 2022", "Redaktion", content, cats="Aktuelles", by="von"),
    sidebar=side,
    seed=3222,
)
add(
    "hw-022",
    u,
    html,
    record(
        id="hw-022",
        url=u,
        template="T3",
        lang="de",
        is_event=True,
        title="Ukraine: How can clusters support business integration and recovery?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2022-10-19", "08:30"),
        end=bx("2022-10-19", "09:45"),
        tz_label=None,
        speakers=[
            sp("Dieter Hallmann", "Geschäftsführer", "Cluster Mechatronik Bayern"),
            sp("Tomasz Wielgosz", "Policy Officer", "GD GROW, Europäische Kommission"),
            sp("Oksana Hrytsenko", "Leiterin internationale Zusammenarbeit", "Ukrainian Cluster Alliance"),
            sp("Jarmila Vondráková", "Clustermanagerin", "Moravian-Silesian Automotive Cluster"),
        ],
        notes="German GeneratePress post on the real Talk of hw-001. 'Am Mittwoch, 19. Oktober 2022 … von 8:30 bis 9:45 Uhr' with no zone label (+02:00, tz_label null); English title in „…“ differs from the German heading; own speaker in prose ('Für den Org spricht unser Geschäftsführer Name'); German list 'Name, Rolle, Org'; 'seit März', post date and the 'Termine' widget not the event.",
    ),
)

# ---------------------------------------------------------------- hw-023 EN NOT event: monthly roundup post
u = "https://www.irish-medtech-cluster.ie/news/cluster-roundup-march-2024/"
h1 = "Cluster roundup – March 2024"
content = (
    "<p>Here is our monthly summary of European cluster news and events for members.</p>\n<h2>Events</h2>\n<ul>\n"
    "<li><strong>EU Clusters Talk on meta-clusters</strong> – 24 April 2024, 8:30–9:45 CET, online.</li>\n"
    "<li><strong>European Cluster Conference 2024</strong> – 7–8 May 2024, Brussels.</li>\n"
    "<li><strong>Members’ breakfast</strong> – 18 April 2024, 8:00, Galway.</li>\n</ul>\n<h2>Funding</h2>\n"
    "<p>The ClusterXchange scheme keeps accepting applications for short-term exchanges. Our own voucher call closes on 30 April 2024 at 17:00.</p>\n"
    "<h2>From the team</h2>\n<p>We welcome Siobhán Byrne, who joins us as International Projects Officer.</p>"
)
html = wp_page(
    lang="en-IE",
    site="Irish MedTech Cluster",
    site_url="https://www.irish-medtech-cluster.ie",
    doc_title=f"{h1} | Irish MedTech Cluster",
    body_class="post-template-default single single-post",
    theme="twentytwentyone",
    menu=[("About", "/about/"), ("Members", "/members/"), ("News", "/news/"), ("Contact", "/contact/")],
    main=post(h1, "2024-03-29T12:00:00+00:00", "29 March 2024", "Siobhán Byrne", content),
    seed=3223,
)
add(
    "hw-023",
    u,
    html,
    record(
        id="hw-023",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: a monthly roundup post listing three events with dates (one with time and CET), a call deadline with time, and a new staff member; plausible reconstruction.",
    ),
)

# ---------------------------------------------------------------- hw-024 PL: report on CmR Katowice
u = "https://www.klaster-wodorowy.pl/2022/11/14/clusters-meet-regions-w-katowicach/"
h1 = "Clusters meet Regions w Katowicach – relacja"
content = (
    "<p>W dniach 8–9 listopada 2022 r. w Międzynarodowym Centrum Kongresowym w Katowicach odbyły się warsztaty Europejskiej Platformy Współpracy Klastrów "
    "„Clusters for the energy transition of industrial regions”. Gospodarzem wydarzenia było Województwo Śląskie.</p>\n"
    "<p>Otwarcia dokonał Marek Wróbel, członek Zarządu Województwa Śląskiego. Panel o dolinach wodorowych poprowadził prezes naszego klastra, Bartosz Nowicki. "
    "W panelu wystąpili Agnieszka Lis (Politechnika Śląska) oraz Tereza Marešová (National Cluster Association, Czechy).</p>\n"
    "<p>Drugiego dnia uczestnicy odwiedzili Katowicką Specjalną Strefę Ekonomiczną.</p>\n"
    "<p>Zdjęcia: Joanna Mazur</p>"
)
side = widget(
    "Najnowsze wpisy",
    recent_posts(
        [
            ("#", "Walne zgromadzenie członków 2022", "5 grudnia 2022"),
            ("#", "Nowi członkowie klastra", "20 października 2022"),
        ]
    ),
)
html = wp_page(
    lang="pl-PL",
    site="Śląski Klaster Technologii Wodorowych",
    site_url="https://www.klaster-wodorowy.pl",
    doc_title=f"{h1} – Śląski Klaster Technologii Wodorowych",
    body_class="post-template-default single single-post",
    theme="oceanwp",
    menu=[
        ("O klastrze", "/o-klastrze/"),
        ("Członkowie", "/czlonkowie/"),
        ("Aktualności", "/aktualnosci/"),
        ("Kontakt", "/kontakt/"),
    ],
    main=post(
        h1, "2022-11-14T08:30:00+01:00", "14 listopada 2022", "Redakcja", content, cats="Aktualności", by="przez"
    ),
    sidebar=side,
    seed=3224,
)
add(
    "hw-024",
    u,
    html,
    record(
        id="hw-024",
        url=u,
        template="T3",
        lang="pl",
        is_event=True,
        title="Clusters for the energy transition of industrial regions",
        page_title=h1,
        series="Clusters meet Regions",
        start="2022-11-08",
        end="2022-11-09",
        speakers=[
            sp("Marek Wróbel", "członek Zarządu Województwa Śląskiego", None),
            sp("Bartosz Nowicki", "prezes", None),
            sp("Agnieszka Lis", None, "Politechnika Śląska"),
            sp("Tereza Marešová", None, "National Cluster Association, Czechy"),
        ],
        notes="Polish OceanWP report on the Katowice workshop of hw-016 (dates and people reconstructed, consistent with hw-016). 'W dniach 8–9 listopada 2022 r.' (dates only); English title in „…”; 'Otwarcia dokonał Name, role' (role as written, organisation null); 'poprowadził prezes naszego klastra, Name' (role as written, organisation null); 'Name (Org)' panellists; photo credit and recent-posts dates not speakers/event.",
    ),
)

# ---------------------------------------------------------------- hw-025 EN NOT event: Eurocluster open call with info webinar
u = "https://www.desire-eurocluster.eu/news/second-open-call-for-ehealth-smes-is-open/"
h1 = "Second open call for eHealth SMEs is open"
content = (
    "<p>The DESIRE Eurocluster opens its second call for SMEs developing digital health solutions. Up to 40 SMEs will receive grants of up to EUR 60,000 "
    "for pilots with hospitals in another EU country.</p>\n"
    "<p><strong>Deadline:</strong> 15 March 2024, 17:00 CET</p>\n"
    "<p>Join our information webinar on 7 February 2024 from 11:00 to 12:00 CET to learn about eligibility and the evaluation process.</p>\n"
    '<p><a href="https://www.desire-eurocluster.eu/wp-content/uploads/2024/01/DESIRE_Open_Call_2_Guide_for_Applicants.pdf">Guide for Applicants</a></p>'
)
html = wp_page(
    lang="en-US",
    site="DESIRE Eurocluster",
    site_url="https://www.desire-eurocluster.eu",
    doc_title=f"{h1} - DESIRE Eurocluster",
    body_class="post-template-default single single-post",
    theme="kadence",
    menu=[("Project", "/project/"), ("Open calls", "/open-calls/"), ("News", "/news/")],
    main=post(h1, "2024-01-22T10:00:00+01:00", "January 22, 2024", "Interizon", content),
    seed=3225,
)
add(
    "hw-025",
    u,
    html,
    record(
        id="hw-025",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["DESIRE"],
        notes="NOT an event: a Eurocluster's open-call news (plausible reconstruction) with a deadline (time, CET), an information webinar (date, time, CET) and a PDF guide (not listed, non-event).",
    ),
)

# ---------------------------------------------------------------- hw-026 IT: report on CmR Milan
u = "https://www.chimicaverde.lombardia.it/2024/03/29/clusters-meet-regions-milano/"
h1 = "Clusters meet Regions a Milano: due giorni di confronto su transizione gemella e innovazione"
content = (
    "<p>Il 26 e 27 marzo Milano ha ospitato il workshop Clusters meet Regions della European Cluster Collaboration Platform, organizzato con Regione Lombardia.</p>\n"
    "<p>Dopo i saluti di Giulia Sartori, direttrice generale Ricerca e Innovazione di Regione Lombardia, la nostra cluster manager Federica Bassi è intervenuta "
    "nel panel sulla transizione gemella insieme a Tomás Ferreira (Portuguese Production Technologies Cluster).</p>\n"
    "<p>Il secondo giorno è stato dedicato alle visite e agli incontri B2B: per il nostro cluster ne sono nati 11 contatti con partner europei.</p>"
)
html = wp_page(
    lang="it-IT",
    site="Cluster Lombardo della Chimica Verde",
    site_url="https://www.chimicaverde.lombardia.it",
    doc_title=f"{h1} - Cluster Lombardo della Chimica Verde",
    body_class="post-template-default single single-post ast-separate-container",
    theme="astra",
    menu=[("Chi siamo", "/chi-siamo/"), ("Progetti", "/progetti/"), ("News", "/news/"), ("Contatti", "/contatti/")],
    main=post(h1, "2024-03-29T15:00:00+01:00", "29 Marzo 2024", "Redazione", content, cats="News", by="di"),
    seed=3226,
    head_extra=ld(h1, "2024-03-29T15:00:00+01:00", u),
)
add(
    "hw-026",
    u,
    html,
    record(
        id="hw-026",
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
            sp("Giulia Sartori", "direttrice generale Ricerca e Innovazione", "Regione Lombardia"),
            sp("Federica Bassi", "cluster manager", None),
            sp("Tomás Ferreira", None, "Portuguese Production Technologies Cluster"),
        ],
        notes="Italian Astra report on the real Milan edition of hw-005. 'Il 26 e 27 marzo' without a year: 2024 from the URL, post date and JSON-LD (dates only); title = heading; speakers in prose ('i saluti di Name, role di Org', 'la nostra cluster manager Name' organisation null, 'Name (Org)' role null).",
    ),
)

# ---------------------------------------------------------------- hw-027 EN NOT event: ClusterXchange call post
u = "https://www.balticfoodcluster.lv/en/clusterxchange-apply-for-a-short-term-exchange/"
h1 = "ClusterXchange: apply for a short-term exchange"
content = (
    "<p>Cluster managers and SMEs of our cluster can apply for a short-term visit (up to 10 days) to a cluster in another country through the ClusterXchange "
    "scheme. Travel and subsistence costs are covered.</p>\n<p>Applications are assessed on a rolling basis until 31 December 2024. We will hold a short online "
    "Q&amp;A for members on 12 June 2024 at 14:00.</p>\n<p>Contact: Ilze Kalniņa, Project Manager.</p>"
)
html = wp_page(
    lang="en-GB",
    site="Baltic Food Cluster",
    site_url="https://www.balticfoodcluster.lv",
    doc_title=f"{h1} – Baltic Food Cluster",
    body_class="page-template-default page",
    theme="oceanwp",
    menu=[("About", "/en/about/"), ("Opportunities", "/en/opportunities/"), ("News", "/en/news/")],
    main=f'<article class="page type-page"><header class="entry-header"><h1 class="entry-title">{h1}</h1></header><div class="entry-content">\n{content}\n</div></article>',
    seed=3227,
)
add(
    "hw-027",
    u,
    html,
    record(
        id="hw-027",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: a WordPress page about an open exchange scheme with a rolling deadline, a members' Q&A date and time, and a contact person; plausible reconstruction.",
    ),
)

# ---------------------------------------------------------------- hw-028 ES: info day on the Euroclusters call (series null)
u = "https://www.clusterenergia.com/es/jornada-informativa-convocatoria-euroclusters-2024/"
h1 = "Jornada informativa: nueva convocatoria Euroclusters del Programa para el Mercado Único"
content = (
    "<p>El Clúster de Energía del País Vasco organiza una jornada informativa sobre la nueva convocatoria Euroclusters del Programa para el Mercado Único "
    "(SMP-COSME-2024-CLUSTER).</p>\n"
    "<p><strong>Fecha:</strong> jueves, 11 de abril de 2024<br>\n<strong>Hora:</strong> 10:00 – 12:00 h<br>\n<strong>Lugar:</strong> Parque Científico y Tecnológico de Bizkaia, Zamudio</p>\n"
    "<p><strong>Programa</strong></p>\n<ul>\n<li>10:00 Bienvenida – Lucía Ortega, responsable de proyectos internacionales, Clúster de Energía</li>\n"
    "<li>10:15 La convocatoria Euroclusters 2024 – Nuria Blanco, Punto Nacional de Contacto, CDTI</li>\n"
    "<li>11:00 Experiencia del Eurocluster JEWEL – Xabier Etxeberria, técnico de proyectos, Clúster de Energía</li>\n<li>11:45 Preguntas y cierre</li>\n</ul>\n"
    "<p>Inscripciones hasta el 9 de abril.</p>"
)
html = wp_page(
    lang="es-ES",
    site="Clúster de Energía",
    site_url="https://www.clusterenergia.com",
    doc_title=f"{h1} | Clúster de Energía",
    body_class="post-template-default single single-post elementor-default",
    theme="hello-elementor",
    menu=[
        ("El clúster", "/es/cluster/"),
        ("Proyectos", "/es/proyectos/"),
        ("Noticias", "/es/noticias/"),
        ("Contacto", "/es/contacto/"),
    ],
    main=post(h1, "2024-03-20T09:00:00+01:00", "20/03/2024", "Comunicación", content, cats="Eventos", by="por"),
    seed=3228,
)
add(
    "hw-028",
    u,
    html,
    record(
        id="hw-028",
        url=u,
        template="T3",
        lang="es",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-04-11", "10:00"),
        end=bx("2024-04-11", "12:00"),
        tz_label=None,
        speakers=[
            sp("Lucía Ortega", "responsable de proyectos internacionales", "Clúster de Energía"),
            sp("Nuria Blanco", "Punto Nacional de Contacto", "CDTI"),
            sp("Xabier Etxeberria", "técnico de proyectos", "Clúster de Energía", "JEWEL"),
        ],
        euroclusters=["JEWEL"],
        notes="Plausible reconstruction. Spanish Hello Elementor post on a cluster's own info day (series null): 'Fecha: jueves, 11 de abril de 2024' and 'Hora: 10:00 – 12:00 h' on separate lines, no zone label (+02:00, tz_label null); no quoted title: title = heading with its 'Jornada informativa:' prefix; programme 'HH:MM Label – Name, rol, Org' rows are speakers, 'Preguntas y cierre' is not; the row naming JEWEL gives Xabier's eurocluster; call code and 'hasta el 9 de abril' not dates.",
    ),
)
