"""T3: WordPress republications (ht-021 … ht-028). Page bodies written new for heldout15."""

from common import bx, page_adder, record, sp
from shells import recent_posts, widget, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)
MENU = [("Home", "/"), ("About", "/about/"), ("Members", "/members/"), ("News", "/news/"), ("Contact", "/contact/")]


def post(h1, date_iso, date_shown, content, author="admin"):
    return (
        f'<article class="post type-post status-publish format-standard hentry">\n<header class="entry-header"><h1 class="entry-title">{h1}</h1>\n'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{date_iso}">{date_shown}</time></span> <span class="byline">by <span class="author vcard">{author}</span></span></div></header>\n'
        f'<div class="entry-content">\n{content}</div>\n</article>\n'
    )


def wp(lang, site, url_base, h1, date_iso, shown, content, theme, seed, side=None):
    sidebar = widget(
        "Recent Posts", recent_posts(side or [(f"{url_base}/news/", "Annual members meeting", "March 3, 2024")])
    )
    return wp_page(
        lang=lang,
        site=site,
        site_url=url_base,
        doc_title=f"{h1} – {site}",
        body_class=f"post-template-default single single-post {theme}",
        theme=theme,
        menu=MENU,
        main=post(h1, date_iso, shown, content),
        sidebar=sidebar,
        seed=seed,
    )


# ht-021 SILEO webinar (GeneratePress, en)
b = "https://www.logistics-cluster-flanders.be"
u = f"{b}/2023/11/sileo-webinar-digital-twins-for-ports/"
h = "SILEO webinar: Digital twins for ports and logistics hubs"
c = (
    "<p>Together with our partners in the SILEO Eurocluster we organise a free webinar for logistics SMEs.</p>\n"
    "<p><strong>Date:</strong> Thursday 7 December 2023<br><strong>Time:</strong> 14:00 – 15:30 CET</p>\n"
    "<p>Programme:</p>\n<ul>\n<li>14:00 Welcome – Koen Verbeke, Cluster Manager, Logistics Cluster Flanders</li>\n<li>14:10 Digital twins in the Port of Antwerp-Bruges – Sarah Peeters, Innovation Lead, Port Tech Lab</li>\n"
    "<li>14:40 SILEO vouchers for SMEs – Giorgos Antoniou, Project Officer, Hellenic Logistics Cluster</li>\n<li>15:10 Q&amp;A</li>\n</ul>\n"
    '<p><a href="https://us06web.zoom.us/webinar/register/WN_sileo-twins">Register via Zoom</a></p>\n'
)
add(
    "ht-021",
    u,
    wp(
        "en",
        "Logistics Cluster Flanders",
        b,
        h,
        "2023-11-20T09:12:00+01:00",
        "November 20, 2023",
        c,
        "generatepress",
        1521,
    ),
    record(
        id="ht-021",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        start=bx("2023-12-07", "14:00"),
        end=bx("2023-12-07", "15:30"),
        tz_label="CET",
        speakers=[
            sp("Koen Verbeke", "Cluster Manager", "Logistics Cluster Flanders"),
            sp("Sarah Peeters", "Innovation Lead", "Port Tech Lab"),
            sp("Giorgos Antoniou", "Project Officer", "Hellenic Logistics Cluster"),
        ],
        euroclusters=["SILEO"],
        notes="Plausible reconstruction (Eurocluster webinar; series null). GeneratePress; 'Date:'/'Time:' lines, 14:00 – 15:30 CET (+01:00); programme rows 'HH:MM Topic – Name, Role, Org' are speakers, Q&A not; SILEO only in prose (speaker eurocluster null); post date not the event; Zoom link not an asset.",
    ),
)

# ht-022 Talk A (Astra, en) on speaker's own cluster
b = "https://www.hydrogendelta.nl"
u = f"{b}/en/news/hydrogen-delta-at-the-eu-clusters-talk-on-the-net-zero-industry-act/"
h = "Hydrogen Delta at the EU Clusters Talk on the Net-Zero Industry Act"
c = (
    "<p>Our director Anneke de Vries will speak at the next EU Clusters Talk of the European Cluster Collaboration Platform:</p>\n"
    "<p><strong>“Clusters and the Net-Zero Industry Act: Scaling up clean-tech manufacturing in Europe”</strong><br>Wednesday, 17 January 2024 | 08:30–09:45 CET | online</p>\n"
    "<p>She will share how our members set up an electrolyser supply chain in the Rotterdam region. Other speakers are Ingrid Solheim (DG GROW, European Commission), Tomasz Wrzesiński (Silesian Clean Energy Cluster) and Chiara Lombardelli (Energy Intensive Industries Cluster Veneto).</p>\n"
    '<p>Registration is free: <a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalkNZIA">EUSurvey form</a>.</p>\n'
)
add(
    "ht-022",
    u,
    wp("en", "Hydrogen Delta Cluster", b, h, "2024-01-09T11:00:00+01:00", "9 January 2024", c, "astra", 1522),
    record(
        id="ht-022",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title="Clusters and the Net-Zero Industry Act: Scaling up clean-tech manufacturing in Europe",
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2024-01-17", "08:30"),
        end=bx("2024-01-17", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Anneke de Vries", "director", None),
            sp("Ingrid Solheim", None, "DG GROW, European Commission"),
            sp("Tomasz Wrzesiński", None, "Silesian Clean Energy Cluster"),
            sp("Chiara Lombardelli", None, "Energy Intensive Industries Cluster Veneto"),
        ],
        notes="Astra post of a speaker's cluster on Talk A (reconstruction). 'Our director Name' (role as written, organisation null); others 'Name (Org)' role null, no Eurocluster on this copy; '08:30–09:45 CET' (+01:00); bold quoted title; post date not the event.",
    ),
)

# ht-023 non-event (en)
b = "https://www.textile-cluster-portugal.pt"
u = f"{b}/en/2023/06/euroboostex-vouchers-awarded-to-twelve-members/"
h = "EuroBoosTEX vouchers awarded to twelve members"
c = "<p>Twelve of our members received EuroBoosTEX vouchers in the second open call, which closed on 31 March 2023. Projects cover digital product passports and recycled fibres.</p>\n<p>The third call is expected in autumn.</p>\n"
add(
    "ht-023",
    u,
    wp("en", "Textile Cluster Portugal", b, h, "2023-06-05T10:00:00+01:00", "5 June 2023", c, "kadence", 1523),
    record(
        id="ht-023",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h,
        page_title=h,
        euroclusters=["EuroBoosTEX"],
        notes="NOT an event: call-results news (plausible reconstruction); call closing date, 'in autumn'.",
    ),
)

# ht-024 Talk B (de, Astra)
b = "https://www.raumfahrt-cluster-sued.de"
u = f"{b}/aktuelles/eu-clusters-talk-space-for-clusters/"
h = "EU Clusters Talk „Space for clusters“ am 12. Juni"
c = (
    "<p>Die Europäische Cluster-Kollaborationsplattform lädt zum nächsten EU Clusters Talk ein: „Space for clusters: Connecting the space ecosystem with regional industries“.</p>\n"
    "<p><strong>Wann:</strong> Mittwoch, 12. Juni 2024, 10:00 – 11:30 Uhr (online)</p>\n"
    "<p>Es sprechen u. a. Hélène Marchetti, Policy Officer bei der GD DEFIS der Europäischen Kommission, und Andreas Pichler, Geschäftsführer des Aerospace Cluster Styria (Eurocluster METASTARS).</p>\n"
    "<p>Anmeldung bis 10. Juni.</p>\n"
)
add(
    "ht-024",
    u,
    wp("de", "Raumfahrt-Cluster Süd", b, h, "2024-05-30T08:00:00+02:00", "30. Mai 2024", c, "astra", 1524),
    record(
        id="ht-024",
        url=u,
        template="T3",
        lang="de",
        is_event=True,
        title="Space for clusters: Connecting the space ecosystem with regional industries",
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2024-06-12", "10:00"),
        end=bx("2024-06-12", "11:30"),
        speakers=[
            sp("Hélène Marchetti", "Policy Officer", "GD DEFIS der Europäischen Kommission"),
            sp("Andreas Pichler", "Geschäftsführer", "Aerospace Cluster Styria", "METASTARS"),
        ],
        euroclusters=["METASTARS"],
        notes="German Astra copy of Talk B (reconstruction). '10:00 – 11:30 Uhr', no zone label (+02:00, tz_label null); heading with „…“ and '12. Juni' without year, body has the year; 'Name, Role bei Org' / 'Role des Org (Eurocluster X)'; partial speaker list; 'bis 10. Juni' not the event.",
    ),
)

# ht-025 Talk C (Kadence, en)
b = "https://www.arcticminingcluster.fi"
u = f"{b}/news/crma-eu-clusters-talk/"
h = "We speak at the EU Clusters Talk on the Critical Raw Materials Act"
c = (
    "<p>On 19 April, 8.30–9.45 CET, our Senior Advisor Eeva Lindqvist joins the EU Clusters Talk “Critical Raw Materials Act: How clusters can secure strategic supply chains”.</p>\n"
    "<p>She will present the Lapland exploration-to-processing partnership. The Talk is organised by the European Cluster Collaboration Platform for DG GROW.</p>\n"
)
add(
    "ht-025",
    u,
    wp("en", "Arctic Mining Cluster Lapland", b, h, "2023-04-12T12:00:00+03:00", "12.4.2023", c, "kadence", 1525),
    record(
        id="ht-025",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title="Critical Raw Materials Act: How clusters can secure strategic supply chains",
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2023-04-19", "08:30"),
        end=bx("2023-04-19", "09:45"),
        tz_label="CET",
        speakers=[sp("Eeva Lindqvist", "Senior Advisor", None)],
        notes="Kadence post of a Finnish speaker's cluster on Talk C (reconstruction). 'On 19 April, 8.30–9.45 CET' without year (the year comes from the post date 12.4.2023); dotted times; Brussels time (+02:00) though the site is in Helsinki; 'our Senior Advisor Name' (organisation null).",
    ),
)

# ht-026 non-event category archive (Twenty Twenty-Four)
b = "https://www.agrifood-cluster-slovenia.si"
u = f"{b}/category/events/"
main = (
    '<header class="page-header"><h1 class="page-title">Category: Events</h1></header>\n'
    '<article class="post"><h2 class="entry-title"><a href="/2024/04/b-resilient-open-call-webinar/">B-Resilient open call webinar</a></h2><time datetime="2024-04-02">April 2, 2024</time><p>Join the webinar on 16 April 2024 at 10:00…</p></article>\n'
    '<article class="post"><h2 class="entry-title"><a href="/2023/10/clusters-meet-regions-lyon/">See you in Lyon</a></h2><time datetime="2023-09-28">September 28, 2023</time><p>On 12-13 October 2023 we travel to Clusters meet Regions…</p></article>\n'
    '<nav class="pagination"><a href="/category/events/page/2/">Older posts</a></nav>\n'
)
add(
    "ht-026",
    u,
    wp_page(
        lang="en",
        site="Agrifood Cluster Slovenia",
        site_url=b,
        doc_title="Events – Agrifood Cluster Slovenia",
        body_class="archive category category-events",
        theme="twentytwentyfour",
        menu=MENU,
        main=main,
        seed=1526,
    ),
    record(
        id="ht-026",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title="Category: Events",
        page_title="Category: Events",
        euroclusters=["B-Resilient"],
        notes="NOT an event: category archive with two teasers (dates, a time, a CmR range).",
    ),
)

# ht-027 CmR Graz (de, OceanWP)
b = "https://www.mobilitaetscluster-steiermark.at"
u = f"{b}/news/clusters-meet-regions-graz/"
h = "Clusters meet Regions in Graz: Europas Clusterszene zu Gast in der Steiermark"
c = (
    "<p>Am 18. und 19. Juni 2024 fand in Graz die Veranstaltung Clusters meet Regions der Europäischen Cluster-Kollaborationsplattform statt. Rund 100 Teilnehmende aus 20 Ländern diskutierten über Mobilität und grüne Technologien.</p>\n"
    "<p>Landesrätin Maria Hollerer eröffnete die Veranstaltung. Unsere Geschäftsführerin Dr. Verena Strohmaier stellte im ersten Panel das Wasserstoff-Testfeld vor, gemeinsam mit Luca Ferraresi, Clustermanager des Automotive Cluster Emilia-Romagna.</p>\n"
    "<p>Am zweiten Tag besuchten die Gäste das Testzentrum in Lebring.</p>\n"
)
add(
    "ht-027",
    u,
    wp("de", "Mobilitätscluster Steiermark", b, h, "2024-06-24T10:00:00+02:00", "24. Juni 2024", c, "oceanwp", 1527),
    record(
        id="ht-027",
        url=u,
        template="T3",
        lang="de",
        is_event=True,
        title=h,
        page_title=h,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        speakers=[
            sp("Maria Hollerer", "Landesrätin", None),
            sp("Verena Strohmaier", "Geschäftsführerin", None),
            sp("Luca Ferraresi", "Clustermanager", "Automotive Cluster Emilia-Romagna"),
        ],
        notes="German OceanWP report on the real Graz edition (18-19 June 2024); people reconstructed (all invented). 'Am 18. und 19. Juni 2024' (dates only); 'Unsere Geschäftsführerin Dr. Name' (role, org null, 'Dr.' stripped); 'Role des Org' genitive -> organisation as written after 'des'.",
    ),
)

# ht-028 ECC 2024 (es, Divi)
b = "https://www.clusterenergia-andalucia.es"
u = f"{b}/2024/05/participamos-en-la-european-cluster-conference-2024/"
h = "Participamos en la European Cluster Conference 2024 en Bruselas"
c = (
    "<p>Los días 7 y 8 de mayo de 2024 se celebró en Bruselas la European Cluster Conference 2024, organizada por la Comisión Europea.</p>\n"
    "<p>Nuestra directora gerente, Carmen Ruiz Ortega, participó en la mesa redonda sobre clústeres y transición energética junto a Henrik Aalto, director de Finnish Energy Cluster.</p>\n"
    "<p>La próxima cita será en 2025.</p>\n"
)
add(
    "ht-028",
    u,
    wp("es", "Clúster de la Energía de Andalucía", b, h, "2024-05-13T09:00:00+02:00", "13 mayo, 2024", c, "Divi", 1528),
    record(
        id="ht-028",
        url=u,
        template="T3",
        lang="es",
        is_event=True,
        title=h,
        page_title=h,
        series="European Cluster Conference",
        start="2024-05-07",
        end="2024-05-08",
        speakers=[
            sp("Carmen Ruiz Ortega", "directora gerente", None),
            sp("Henrik Aalto", "director", "Finnish Energy Cluster"),
        ],
        notes="Spanish Divi post on the real ECC 2024 (people invented). 'Los días 7 y 8 de mayo de 2024' (dates only); 'Nuestra directora gerente, Name' (org null); 'Name, director de Org'; '2025' and post date not the event.",
    ),
)
