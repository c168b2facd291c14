"""T3 — WordPress republications and cluster posts (hu-021 … hu-028). New bodies for heldout14."""

from __future__ import annotations

import zlib

from common import bx, page_adder, record, sp
from shells import recent_posts, widget, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)


# The WordPress post ids the pages were first built with, from Python's salted hash() of the heading: a fixed table
# keeps every rebuild byte-identical (zlib.crc32 for a heading not listed).
POST_IDS = {
    "Our Managing Director speaks at the EU Clusters Talk on meta-clusters": 39518,
    "Join us: EU Clusters Talk “Health in Europe: Where does our ecosystem stand?”": 11154,
    "Clusters meet Regions a Milano: il 26 e 27 marzo i cluster europei in Lombardia": 15350,
    "Europäische Clusterkonferenz 2024 in Brüssel": 77399,
    "ClusterXchange: short-term exchanges open for applications": 52352,
    "El clúster se suma al Eurocluster RE-CENTRE": 68955,
    "EU Clusters Talk over Europees concurrentievermogen op 2 oktober": 68656,
}


def post_id(h1):
    return POST_IDS.get(h1, zlib.crc32(h1.encode("utf-8")) % 90000 + 1000)


def post(h1: str, date_iso: str, date_shown: str, author: str, content: str, cats: str = "News", by: str = "By") -> str:
    return (
        f'<article id="post-{post_id(h1)}" class="post type-post status-publish format-standard has-post-thumbnail hentry">\n'
        f'<header class="entry-header"><h1 class="entry-title">{h1}</h1>\n'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{date_iso}">{date_shown}</time></span> '
        f'<span class="byline">{by} <span class="author vcard"><a class="url fn n" href="#">{author}</a></span></span> <span class="cat-links">{cats}</span></div></header>\n'
        f'<div class="entry-content">\n{content}\n</div>\n</article>\n'
    )


# ---------------------------------------------------------------- hu-021 Astra, speaker's cluster on the meta-cluster Talk
site = "https://www.moravianaerospace.cz"
url = f"{site}/en/2024/04/15/our-managing-director-speaks-at-the-eu-clusters-talk-on-meta-clusters/"
h1 = "Our Managing Director speaks at the EU Clusters Talk on meta-clusters"
c = (
    "<p>We are happy to announce that our Managing Director, Veronika Strnadová, has been invited to speak at the next EU Clusters Talk, organised by the European Cluster "
    "Collaboration Platform for the European Commission.</p>\n"
    "<p><strong>EU Clusters Talk “Innovation through integration: How to create and engage a meta-cluster”</strong><br>\nWednesday, 24 April 2024, 08:30–09:45 CET, online</p>\n"
    "<p>Veronika will talk about the Central European Aerospace Platform, which we started with clusters from Slovakia, Poland and Austria in 2021, and about what it takes to "
    "keep four clusters moving in one direction. She will be joined by Henrik Aalto (DG GROW, European Commission), Julien Ferrand-Roux (Pôle Véhicule du Futur, E-BOOST Eurocluster) "
    "and Agnieszka Wójtowicz (Silesian Metacluster of Advanced Materials).</p>\n"
    "<p>Participation is free; you only need to register on the ECCP website.</p>\n"
    '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk_24April2024">Register now</a></div></div>\n'
)
side = widget(
    "Recent Posts",
    recent_posts(
        [
            (f"{site}/en/2024/03/28/members-meeting-spring-2024/", "Members’ meeting – spring 2024", "March 28, 2024"),
            (f"{site}/en/2024/02/20/aero-india-wrap-up/", "Our mission to Aero India: wrap-up", "February 20, 2024"),
        ]
    ),
    "widget_recent_entries",
)
add(
    "hu-021",
    url,
    wp_page(
        lang="en-GB",
        site="Moravian Aerospace Alliance",
        site_url=site,
        doc_title=f"{h1} - Moravian Aerospace Alliance",
        theme="astra",
        body_class="post-template-default single single-post ast-separate-container ast-right-sidebar",
        menu=[
            ("About", f"{site}/en/about/"),
            ("Members", f"{site}/en/members/"),
            ("News", f"{site}/en/news/"),
            ("Contact", f"{site}/en/contact/"),
        ],
        main=post(h1, "2024-04-15T10:21:08+02:00", "April 15, 2024", "Tereza Nováková", c),
        sidebar=side,
        seed=1421,
    ),
    record(
        id="hu-021",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="Innovation through integration: How to create and engage a meta-cluster",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-24", "08:30"),
        end=bx("2024-04-24", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Veronika Strnadová", "Managing Director", None),
            sp("Henrik Aalto", None, "DG GROW, European Commission"),
            sp("Julien Ferrand-Roux", None, "Pôle Véhicule du Futur", "E-BOOST"),
            sp("Agnieszka Wójtowicz", None, "Silesian Metacluster of Advanced Materials"),
        ],
        euroclusters=["E-BOOST"],
        notes="Astra post of a speaker's cluster on the real Talk of hu-001. Quoted title in a bold line, heading is the post's own; '08:30–09:45 CET' with an en dash and no spaces (+02:00); own speaker 'our Managing Director, Name' (role, organisation null); "
        "others 'Name (Org[, X Eurocluster])' (role null); post date April 15, 2024, 'in 2021' and recent posts not the event.",
    ),
)

# ---------------------------------------------------------------- hu-022 GeneratePress, health cluster on the Health Talk
site = "https://www.healthclusterbalticsea.eu"
url = f"{site}/news/join-us-eu-clusters-talk-health-in-europe/"
h1 = "Join us: EU Clusters Talk “Health in Europe: Where does our ecosystem stand?”"
c = (
    "<p>On <strong>8 February 2023, 8:30-9:45 CET</strong>, the European Cluster Collaboration Platform hosts an EU Clusters Talk on the state of the European health ecosystem. "
    "Our partner Medicon Valley Alliance is among the speakers, and we warmly recommend the session to all our members working on medical devices and digital health.</p>\n"
    "<p>On the panel:</p>\n<ul>\n"
    "<li>Sabine Gruber-Lenz – Policy Officer, DG GROW, European Commission</li>\n<li>Mikael Nyberg – Cluster Manager, Medicon Valley Alliance</li>\n"
    "<li>Dorota Kamińska – Project Manager, Interizon (DESIRE Eurocluster)</li>\n<li>Joana Pires Teixeira – Executive Director, Health Cluster Portugal</li>\n</ul>\n"
    "<p>Registration is open on the ECCP website until 7 February.</p>\n"
)
side = widget(
    "Upcoming",
    '<ul><li><a href="/events/nordic-life-science-days/">Nordic Life Science Days</a> – 12 September 2023</li></ul>',
)
add(
    "hu-022",
    url,
    wp_page(
        lang="en-US",
        site="Health Cluster Baltic Sea",
        site_url=site,
        doc_title="Join us: EU Clusters Talk on Health in Europe | Health Cluster Baltic Sea",
        theme="generatepress",
        body_class="post-template-default single single-post right-sidebar nav-float-right",
        menu=[("About", f"{site}/about/"), ("Projects", f"{site}/projects/"), ("News", f"{site}/news/")],
        main=post(h1, "2023-01-30T15:02:11+01:00", "30 January 2023", "Anna Lindgren", c),
        sidebar=side,
        seed=1422,
    ),
    record(
        id="hu-022",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="Health in Europe: Where does our ecosystem stand?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-02-08", "08:30"),
        end=bx("2023-02-08", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Sabine Gruber-Lenz", "Policy Officer", "DG GROW, European Commission"),
            sp("Mikael Nyberg", "Cluster Manager", "Medicon Valley Alliance"),
            sp("Dorota Kamińska", "Project Manager", "Interizon", "DESIRE"),
            sp("Joana Pires Teixeira", "Executive Director", "Health Cluster Portugal"),
        ],
        euroclusters=["DESIRE"],
        notes="GeneratePress post on the real Talk of hu-014 (invented Baltic health cluster). Quoted title inside the heading; bold '8:30-9:45 CET' with a hyphen and no spaces (+01:00); "
        "list 'Name – Role, Org (X Eurocluster)'; 'until 7 February', post date and the 'Upcoming' widget not the event.",
    ),
)

# ---------------------------------------------------------------- hu-023 Italian Kadence post on CmR Milan
site = "https://www.clusterlombardo-chimicaverde.it"
url = f"{site}/2024/03/clusters-meet-regions-milano-26-27-marzo/"
h1 = "Clusters meet Regions a Milano: il 26 e 27 marzo i cluster europei in Lombardia"
c = (
    "<p>Per la prima volta il workshop <em>Clusters meet Regions</em> della European Cluster Collaboration Platform (ECCP) fa tappa in Lombardia. L’appuntamento è a Palazzo "
    "Lombardia <strong>martedì 26 e mercoledì 27 marzo 2024</strong>, in collaborazione con Regione Lombardia e i nove Cluster Tecnologici Lombardi.</p>\n"
    "<p>Il nostro cluster parteciperà al panel sulla doppia transizione: interverrà la nostra cluster manager, Francesca Longhi, insieme a Dario Venturelli (Cluster Fabbrica "
    "Intelligente Lombardia) e a Ingrid Solberg (Norwegian Smart Care Cluster).</p>\n"
    "<p>La partecipazione è gratuita ma i posti sono limitati: le candidature si chiudono l’8 marzo 2024.</p>\n"
    '<p><a href="https://clustercollaboration.eu/content/clusters-meet-regions-milan-italy">Tutte le informazioni sul sito ECCP</a></p>\n'
)
side = widget(
    "Articoli recenti",
    recent_posts([(f"{site}/2024/02/assemblea-soci-2024/", "Assemblea dei soci 2024", "20 Febbraio 2024")]),
    "widget_recent_entries",
)
add(
    "hu-023",
    url,
    wp_page(
        lang="it-IT",
        site="Cluster Lombardo della Chimica Verde",
        site_url=site,
        doc_title=f"{h1} – Cluster Lombardo della Chimica Verde",
        theme="kadence",
        body_class="wp-singular post-template-default single single-post",
        menu=[
            ("Chi siamo", f"{site}/chi-siamo/"),
            ("Soci", f"{site}/soci/"),
            ("News", f"{site}/news/"),
            ("Contatti", f"{site}/contatti/"),
        ],
        main=post(h1, "2024-03-04T09:30:00+01:00", "4 Marzo 2024", "Redazione", c, "Eventi", "Di"),
        sidebar=side,
        seed=1423,
    ),
    record(
        id="hu-023",
        url=url,
        template="T3",
        lang="it",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-03-26",
        end="2024-03-27",
        speakers=[
            sp("Francesca Longhi", "cluster manager", None),
            sp("Dario Venturelli", None, "Cluster Fabbrica Intelligente Lombardia"),
            sp("Ingrid Solberg", None, "Norwegian Smart Care Cluster"),
        ],
        notes="Italian Kadence post of a participating cluster on the real Milan edition of hu-005 (people as in hu-006). 'martedì 26 e mercoledì 27 marzo 2024' (dates only); "
        "no quoted title: title = heading with its dates; 'la nostra cluster manager, Name' (role, organisation null); others 'Name (Org)'; deadline 'l’8 marzo 2024' "
        "and post date not the event.",
    ),
)

# ---------------------------------------------------------------- hu-024 German Astra post on ECC 2024
site = "https://www.cluster-nanotech-bayern.de"
url = f"{site}/aktuelles/europaeische-clusterkonferenz-2024-in-bruessel/"
h1 = "Europäische Clusterkonferenz 2024 in Brüssel"
c = (
    "<p>Am <strong>7. und 8. Mai 2024</strong> lädt die Europäische Kommission zur European Cluster Conference 2024 nach Brüssel ein. Die Konferenz ist das wichtigste Treffen "
    "der europäischen Clusterszene: Politik, Clustermanagement und Unternehmen diskutieren dort über die Zukunft des Binnenmarkts und der europäischen Industrie.</p>\n"
    "<p>Wir sind mit einer kleinen Delegation vor Ort. Unser Clustermanager Dr. Felix Hartmann spricht am zweiten Tag im Workshop zur Halbleiter-Wertschöpfungskette, "
    "gemeinsam mit Sofia Andersson, Projektleiterin bei RISE Research Institutes of Sweden (Silicon Eurocluster).</p>\n"
    "<p>Wer uns in Brüssel treffen möchte, meldet sich bitte bis zum 30. April bei der Geschäftsstelle.</p>\n"
    '<p><a href="https://clustercollaboration.eu/event-calendar/european-cluster-conference-2024">Zur Veranstaltungsseite der ECCP</a></p>\n'
)
add(
    "hu-024",
    url,
    wp_page(
        lang="de-DE",
        site="Cluster Nanotechnologie Bayern",
        site_url=site,
        doc_title=f"{h1} – Cluster Nanotechnologie Bayern",
        theme="astra",
        body_class="post-template-default single single-post ast-separate-container ast-no-sidebar",
        menu=[
            ("Über uns", f"{site}/ueber-uns/"),
            ("Mitglieder", f"{site}/mitglieder/"),
            ("Aktuelles", f"{site}/aktuelles/"),
        ],
        main=post(h1, "2024-04-18T11:00:00+02:00", "18. April 2024", "Geschäftsstelle", c, "Veranstaltungen", "Von"),
        seed=1424,
    ),
    record(
        id="hu-024",
        url=url,
        template="T3",
        lang="de",
        is_event=True,
        title=h1,
        page_title=h1,
        series="European Cluster Conference",
        start="2024-05-07",
        end="2024-05-08",
        speakers=[
            sp("Felix Hartmann", "Clustermanager", None),
            sp("Sofia Andersson", "Projektleiterin", "RISE Research Institutes of Sweden", "Silicon Eurocluster"),
        ],
        euroclusters=["Silicon Eurocluster"],
        notes="German Astra post on the real ECC 2024 (people invented). 'Am 7. und 8. Mai 2024' (dates only); title = German heading; 'Unser Clustermanager Dr. Name' (role, "
        "organisation null, 'Dr.' stripped); 'Name, Role bei Org (X Eurocluster)' in prose; 'bis zum 30. April' not the event.",
    ),
)

# ---------------------------------------------------------------- hu-025 NOT an event: ClusterXchange call post (en)
site = "https://www.foodcluster-ireland.ie"
url = f"{site}/2023/04/clusterxchange-short-term-exchanges-open-for-applications/"
h1 = "ClusterXchange: short-term exchanges open for applications"
c = (
    "<p>Would you like to spend a few days with a food cluster in another European country? The ClusterXchange scheme, funded by the EU, covers travel and accommodation for "
    "short visits of cluster managers, SMEs and start-ups to clusters abroad.</p>\n"
    "<p>Applications can be submitted until 30 June 2023, 17:00 CET. Exchanges must take place before the end of 2023 and last between 3 and 10 working days.</p>\n"
    "<p>Our team is happy to help you find a host: please contact our programme manager before 15 May.</p>\n"
)
add(
    "hu-025",
    url,
    wp_page(
        lang="en-IE",
        site="Food Cluster Ireland",
        site_url=site,
        doc_title=f"{h1} | Food Cluster Ireland",
        theme="twentytwentyfour",
        body_class="post-template-default single single-post wp-embed-responsive",
        menu=[("About", f"{site}/about/"), ("News", f"{site}/news/")],
        main=post(h1, "2023-04-12T08:45:00+01:00", "12 April 2023", "Ciara Byrne", c),
        seed=1425,
    ),
    record(
        id="hu-025",
        url=url,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: call for ClusterXchange applications (plausible reconstruction); deadline with time and CET, exchange period, contact deadline.",
    ),
)

# ---------------------------------------------------------------- hu-026 NOT an event: Spanish project news (es)
site = "https://www.clustermueble.es"
url = f"{site}/2023/02/el-cluster-se-suma-al-eurocluster-re-centre/"
h1 = "El clúster se suma al Eurocluster RE-CENTRE"
c = (
    "<p>Nuestro clúster forma parte del consorcio del Eurocluster RE-CENTRE, financiado por el Programa para el Mercado Único de la Unión Europea. El proyecto comenzó el 1 de "
    "septiembre de 2022 y durará 30 meses.</p>\n"
    "<p>RE-CENTRE apoyará a pymes del mueble, del hábitat y de las tecnologías de la información con ayudas en cascada, formación y misiones internacionales. La primera "
    "convocatoria de ayudas se abrirá en primavera de 2023.</p>\n"
    "<p>«Es una oportunidad para que nuestras empresas den el salto digital y verde», explica nuestra gerente, Lucía Fernández Ruiz.</p>\n"
)
add(
    "hu-026",
    url,
    wp_page(
        lang="es-ES",
        site="Clúster del Mueble",
        site_url=site,
        doc_title=f"{h1} – Clúster del Mueble",
        theme="oceanwp",
        body_class="post-template-default single single-post oceanwp-theme",
        menu=[
            ("El clúster", f"{site}/el-cluster/"),
            ("Proyectos", f"{site}/proyectos/"),
            ("Noticias", f"{site}/noticias/"),
        ],
        main=post(h1, "2023-02-14T12:00:00+01:00", "14 febrero, 2023", "Comunicación", c, "Proyectos europeos", "Por"),
        seed=1426,
    ),
    record(
        id="hu-026",
        url=url,
        template="T3",
        lang="es",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["RE-CENTRE"],
        notes="NOT an event: Spanish project news (plausible reconstruction); project start 1 de septiembre de 2022, 30 months, 'primavera de 2023', a quoted manager; names RE-CENTRE.",
    ),
)

# ---------------------------------------------------------------- hu-027 NOT an event: tag archive (en, Divi)
site = "https://www.offshorewind-cluster.dk"
url = f"{site}/tag/euroclusters/"
h1 = "Tag: Euroclusters"
rows = [
    (
        "2024/09/12/powerup-netzero-first-open-call/",
        "PowerUp NetZero: first open call for SMEs",
        "Sep 12, 2024",
        "The PowerUp NetZero Eurocluster opens its first call for technology adoption services…",
    ),
    (
        "2024/05/14/back-from-brussels/",
        "Back from Brussels: our takeaways from the European Cluster Conference",
        "May 14, 2024",
        "Two days, 700 participants and a lot of coffee…",
    ),
    (
        "2023/11/02/clusters-meet-regions-prague-recap/",
        "Recap: Clusters meet Regions in Prague",
        "Nov 2, 2023",
        "Our CEO joined cluster managers from 20 countries in Prague on 23-24 October…",
    ),
]
arts = "\n".join(
    f'<article class="et_pb_post post"><h2 class="entry-title"><a href="{site}/{h}">{t}</a></h2><p class="post-meta"><span class="published">{d}</span></p>'
    f'<div class="post-content"><p>{x}</p><a class="more-link" href="{site}/{h}">read more</a></div></article>'
    for h, t, d, x in rows
)
main = f'<div class="et_pb_section archive"><h1 class="page-title">{h1}</h1>\n{arts}\n<div class="pagination"><a href="{site}/tag/euroclusters/page/2/">« Older Entries</a></div></div>'
add(
    "hu-027",
    url,
    wp_page(
        lang="en-US",
        site="Offshore Wind Cluster Denmark",
        site_url=site,
        doc_title="Euroclusters Archives | Offshore Wind Cluster Denmark",
        theme="Divi",
        body_class="archive tag tag-euroclusters et_pb_button_helper_class et_right_sidebar",
        menu=[("About", f"{site}/about/"), ("News", f"{site}/news/")],
        main=main,
        seed=1427,
    ),
    record(
        id="hu-027",
        url=url,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["PowerUp NetZero"],
        notes="NOT an event: Divi tag archive with three post teasers (dates, a CmR date range in an excerpt); names PowerUp NetZero.",
    ),
)

# ---------------------------------------------------------------- hu-028 Dutch post on the competitiveness Talk
site = "https://www.maakindustriecluster-oost.nl"
url = f"{site}/nieuws/eu-clusters-talk-over-europees-concurrentievermogen/"
h1 = "EU Clusters Talk over Europees concurrentievermogen op 2 oktober"
c = (
    "<p>Wat betekent het rapport over de toekomst van het Europese concurrentievermogen voor clusters en hun leden? Daarover gaat de volgende EU Clusters Talk van het "
    "European Cluster Collaboration Platform: “The future of European competitiveness: Role of Clusters”.</p>\n"
    "<p><strong>Datum:</strong> woensdag 2 oktober 2024<br>\n<strong>Tijd:</strong> 10.00 – 11.30 uur<br>\n<strong>Locatie:</strong> online</p>\n"
    "<p>Sprekers zijn onder anderen Rasmus Kjærgaard (Danish Cluster Academy) en Stefan Oberhuber (European Cluster Alliance). Deelname is gratis; aanmelden kan via de "
    "website van het ECCP.</p>\n"
)
add(
    "hu-028",
    url,
    wp_page(
        lang="nl-NL",
        site="Maakindustrie Cluster Oost",
        site_url=site,
        doc_title=f"{h1} - Maakindustrie Cluster Oost",
        theme="generatepress",
        body_class="post-template-default single single-post",
        menu=[("Over ons", f"{site}/over-ons/"), ("Nieuws", f"{site}/nieuws/"), ("Contact", f"{site}/contact/")],
        main=post(h1, "2024-09-24T14:10:00+02:00", "24 september 2024", "Redactie", c, "Nieuws", "Door"),
        seed=1428,
    ),
    record(
        id="hu-028",
        url=url,
        template="T3",
        lang="nl",
        is_event=True,
        title="The future of European competitiveness: Role of Clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-10-02", "10:00"),
        end=bx("2024-10-02", "11:30"),
        speakers=[
            sp("Rasmus Kjærgaard", None, "Danish Cluster Academy"),
            sp("Stefan Oberhuber", None, "European Cluster Alliance"),
        ],
        notes="Dutch GeneratePress post on the real Talk of hu-003 (slot reconstructed). 'Tijd: 10.00 – 11.30 uur' dotted times, no zone label (+02:00, tz_label null); "
        "'Datum:' line; quoted English title; 'Sprekers zijn onder anderen Name (Org) en Name (Org)' (role null; only two of four named); post date not the event.",
    ),
)
