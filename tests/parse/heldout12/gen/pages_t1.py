"""T1 — ECCP Drupal 10 pages with Twig theme debug (hw-001 … hw-011). Bodies, people and topics written new for heldout12."""

from __future__ import annotations

from common import (
    asset,
    bx,
    page_adder,
    record,
    sp,
    t1_banner,
    t1_body,
    t1_byline,
    t1_event_teaser,
    t1_file_table,
    t1_news_teaser,
    t1_page,
    t1_share,
    t1_sidebar,
    t1_terms,
    t1_title,
    twig_field,
)

PAGES: list[dict] = []
add = page_adder(PAGES)
H = "https://clustercollaboration.eu"

# sidebar rows (real ECCP events, shown as the site shows them)
EV_LYON = t1_event_teaser(
    "2023-10-12T12:00:00Z",
    "Thu, 12/10/2023",
    "/event-calendar/clusters-meet-regions-lyon-france",
    "Clusters meet Regions - Lyon, France",
    "Clusters meet Regions",
    "2023-10-13T12:00:00Z",
    "Fri, 13/10/2023",
)
EV_NEB = t1_event_teaser(
    "2023-11-08T08:30:00+01:00",
    "Wed, 08/11/2023 - 08:30",
    "/content/clusters4neb-new-european-bauhaus-and-sustainable-construction",
    "Clusters4NEB: New European Bauhaus and Sustainable Construction",
    "EU Clusters Talks",
)
EV_RECAP = t1_event_teaser(
    "2023-12-13T08:30:00+01:00",
    "Wed, 13/12/2023 - 08:30",
    "/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
    "EU Clusters Talks Special: Recap on key policies and takeaways",
    "EU Clusters Talks",
)
EV_AERO = t1_event_teaser(
    "2024-04-17T08:30:00+02:00",
    "Wed, 17/04/2024 - 08:30",
    "/content/eu-clusters-talk-autonomy-innovation-and-security",
    "EU Clusters Talk: Autonomy, innovation and security: EU strategies for Aerospace and Defence",
    "EU Clusters Talks",
)
EV_ECC = t1_event_teaser(
    "2024-05-07T12:00:00Z",
    "Tue, 07/05/2024",
    "/european-cluster-conference",
    "European Cluster Conference 2024",
    "Conference",
    "2024-05-08T12:00:00Z",
    "Wed, 08/05/2024",
)
EV_GRAZ = t1_event_teaser(
    "2024-06-18T12:00:00Z",
    "Tue, 18/06/2024",
    "/event-calendar/clusters-meet-regions-graz-austria",
    "Clusters meet Regions - Graz, Austria",
    "Clusters meet Regions",
    "2024-06-19T12:00:00Z",
    "Wed, 19/06/2024",
)
EV_STRAS = t1_event_teaser(
    "2024-09-25T12:00:00Z",
    "Wed, 25/09/2024",
    "/content/c2lab-strasbourg-france",
    "C2Lab Strasbourg, France",
    "C2Lab",
    "2024-09-26T12:00:00Z",
    "Thu, 26/09/2024",
)
EV_CHARL = t1_event_teaser(
    "2024-11-27T12:00:00Z",
    "Wed, 27/11/2024",
    "/content/clusters-meet-regions-charleroi-belgium",
    "Clusters Meet Regions - Charleroi, Belgium",
    "Clusters meet Regions",
    "2024-11-28T12:00:00Z",
    "Thu, 28/11/2024",
)
EV_CID = t1_event_teaser(
    "2025-03-12T08:30:00+01:00",
    "Wed, 12/03/2025 - 08:30",
    "/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action",
    "EU Clusters Talk: From Policy to Practice: The Clean Industrial Deal in Action",
    "EU Clusters Talks",
)
NW_CRMA = t1_news_teaser("20 March 2023", "/news/critical-raw-materials-act", "Critical Raw Materials Act")
NW_IASI = t1_news_teaser(
    "30 November 2023",
    "/content/clusters-driving-regional-innovation-comprehensive-look-clusters-meet-regions",
    "Clusters Driving Regional Innovation: A Comprehensive Look at the Clusters Meet Regions Event in Iasi",
)
NW_ECC = t1_news_teaser(
    "14 May 2024",
    "/news/forging-networks-and-innovation-insights-european-cluster-conference-2024",
    "Forging Networks and Innovation: Insights from the European Cluster Conference 2024",
)
NW_CAT = t1_news_teaser(
    "22 December 2022",
    "/content/latest-eccp-clusters-meet-regions-workshop-celebrates-30th-anniversary-cluster-policy",
    "The latest ECCP Clusters meet Regions workshop celebrates the 30th Anniversary of Cluster Policy in Catalonia",
)

TARGET = [(548, "Cluster organisations"), (1081, "Policy makers"), (3225, "SMEs")]


def event_node(bundle, url, h1, banner, body, etype, byline=None, files=None, extra_fields=""):
    out = t1_banner(bundle, *banner) + t1_title(h1)
    if byline:
        out += t1_byline(*byline)
    out += extra_fields + t1_body(bundle, body)
    if files:
        out += t1_file_table(bundle, "Attachments", files)
    out += t1_terms("field_event_target", bundle, "Event Target", TARGET)
    if etype:
        out += t1_terms("field_event_type", bundle, "Event Type", etype)
    return out + t1_share(url, h1)


PDF = "application/pdf"

# ---------------------------------------------------------------- hw-001 Talk Ukraine, 19 October 2022 (CEST year)
u = f"{H}/events/organised-by-eccp/clusters-talks/ukraine-how-can-clusters-support-business-integration-and-recovery"
h1 = "EU Clusters Talk: Ukraine: How can clusters support business integration and recovery?"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    "“Ukraine: How can clusters support business integration and recovery?” on 19 October 2022, 8:30 – 9:45 CEST.</p>\n"
    "<p>Since the start of the war, cluster organisations across the EU have opened their networks to Ukrainian companies: matchmaking with suppliers, "
    "temporary office space, help with certification and access to EU programmes. Ukraine joined the Single Market Programme in 2022, which opens cluster "
    "calls to Ukrainian organisations. This Talk looks at what has worked so far and what clusters can prepare for the reconstruction.</p>\n"
    "<p>Speakers:</p>\n<ul>\n"
    "<li>Tomasz Wielgosz, Policy Officer, DG GROW, European Commission;</li>\n"
    "<li>Oksana Hrytsenko, Head of International Cooperation, Ukrainian Cluster Alliance;</li>\n"
    "<li>Jarmila Vondráková, Cluster Manager, Moravian-Silesian Automotive Cluster;</li>\n"
    "<li>Dieter Hallmann, Managing Director, Cluster Mechatronik Bayern.</li>\n</ul>\n"
    "<p>Moderated by Inés Carvalho, ECCP.</p>\n"
    '<p><a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk-Ukraine">Register here</a></p>\n'
    "<p>The EU Clusters Talks are bi-weekly online meetings of the cluster community. Each Talk pairs a policy update with examples from clusters and closes with platform news and open calls.</p>"
)
html = t1_page(
    node=27719,
    bundle="event",
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[
        ("Home", "/"),
        ("Events", "/events"),
        ("EU Clusters Talks", "/events/organised-by-eccp/clusters-talks"),
        (h1, None),
    ],
    article_inner=event_node(
        "event",
        u,
        h1,
        ("2022-10", "ukraine-talk-banner.png", "Blue and yellow map of Europe", ("Xq1aF2kT", "mR7vW0pL")),
        body,
        [(2415, "EU Clusters Talks")],
        byline=("ECCP Team", "05 October 2022", "2022-10-05T09:12:40+00:00"),
    ),
    sidebar=t1_sidebar([EV_LYON], [NW_CAT]),
    seed=1201,
)
add(
    "hw-001",
    u,
    html,
    record(
        id="hw-001",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title="Ukraine: How can clusters support business integration and recovery?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2022-10-19", "08:30"),
        end=bx("2022-10-19", "09:45"),
        tz_label="CEST",
        speakers=[
            sp("Tomasz Wielgosz", "Policy Officer", "DG GROW, European Commission"),
            sp("Oksana Hrytsenko", "Head of International Cooperation", "Ukrainian Cluster Alliance"),
            sp("Jarmila Vondráková", "Cluster Manager", "Moravian-Silesian Automotive Cluster"),
            sp("Dieter Hallmann", "Managing Director", "Cluster Mechatronik Bayern"),
            sp("Inés Carvalho", None, "ECCP"),
        ],
        notes="Real Talk (19 October 2022, 8:30, from the ECCP sidebar); text and speakers reconstructed. 2022 page printing 'CEST' on an October date (+02:00); <ul> 'Name, Role, Org;' ending '.'; 'Moderated by Name, ECCP.' after the list is a speaker (role null); byline 05 October 2022 and 'in 2022' not the event; EUSurvey registration link not an asset; sidebar other events.",
    ),
)

# ---------------------------------------------------------------- hw-002 Talk meta-cluster, 24 April 2024
u = f"{H}/content/eu-clusters-talk-innovation-through-integration-how-create-and-engage-meta-cluster"
h1 = "EU Clusters Talk: Innovation through integration: How to create and engage a meta-cluster"
body = (
    "<p>Join us for the next EU Clusters Talk <strong>“Innovation through integration: How to create and engage a meta-cluster”</strong>, "
    "taking place online on <strong>24 April 2024 from 8:30 to 9:45 CET</strong>.</p>\n"
    "<p>Meta-clusters bring together cluster organisations from different regions and sectors under a common strategy, so that their members can build "
    "value chains that no single cluster could offer. The speakers will share how their meta-clusters were set up, how they are governed and financed, and "
    "how SMEs get involved.</p>\n"
    "<p><strong>Speakers</strong></p>\n"
    "<p><strong>Katrin Lindqvist</strong>, Deputy Head of Unit, Clusters and Industrial Ecosystems, EISMEA</p>\n"
    "<p><strong>Paolo Ferrante</strong>, Coordinator of the Italian Meta-Cluster on Advanced Manufacturing, Lombardy Intelligent Factory Association</p>\n"
    "<p><strong>Mirela Dobrescu</strong>, President, Romanian Cluster Association</p>\n"
    "<p><strong>Anders Holm</strong>, Senior Advisor at Cluster Excellence Denmark and coordinator of the METASTARS Eurocluster</p>\n"
    "<p>The session will be moderated by <strong>Jorge Saldaña</strong>, ECCP Team.</p>\n"
    '<p>The Talk will be streamed on <a href="https://www.youtube.com/@clustercollaboration">our YouTube channel</a>. '
    'Read the <a href="/sites/default/files/2024-04/meta-cluster-background-note.pdf">background note on meta-clusters</a> before the session.</p>'
)
html = t1_page(
    node=30544,
    bundle="event",
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
    article_inner=event_node(
        "event",
        u,
        h1,
        ("2024-04", "Talks_meta-cluster.jpg", "", ("a9Q0zLwe", "Hh3tY7cu")),
        body,
        [(2415, "EU Clusters Talks")],
        byline=("ECCP Team", "11 April 2024", "2024-04-11T13:40:02+00:00"),
    ),
    sidebar=t1_sidebar([EV_ECC, EV_GRAZ], [NW_ECC]),
    seed=1202,
    cookie_banner=True,
)
add(
    "hw-002",
    u,
    html,
    record(
        id="hw-002",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title="Innovation through integration: How to create and engage a meta-cluster",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-24", "08:30"),
        end=bx("2024-04-24", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Katrin Lindqvist", "Deputy Head of Unit, Clusters and Industrial Ecosystems", "EISMEA"),
            sp(
                "Paolo Ferrante",
                "Coordinator of the Italian Meta-Cluster on Advanced Manufacturing",
                "Lombardy Intelligent Factory Association",
            ),
            sp("Mirela Dobrescu", "President", "Romanian Cluster Association"),
            sp("Anders Holm", "Senior Advisor", "Cluster Excellence Denmark", "METASTARS"),
            sp("Jorge Saldaña", None, "ECCP Team"),
        ],
        euroclusters=["METASTARS"],
        assets=[
            asset(
                "background note on meta-clusters",
                "https://clustercollaboration.eu/sites/default/files/2024-04/meta-cluster-background-note.pdf",
            )
        ],
        notes="Real Talk (24 April 2024, from the nca.cz sidebar); speakers reconstructed. Bold quoted title and bold date '24 April 2024 from 8:30 to 9:45 CET' (+02:00); speakers as '<strong>Name</strong>, Role, Org' paragraphs, role with a comma inside ('Deputy Head of Unit, Clusters and Industrial Ecosystems'); 'Senior Advisor at Org and coordinator of the X Eurocluster'; moderator sentence (role null, org 'ECCP Team'); root-relative PDF in the body is an asset, YouTube link is not; sidebar events.",
    ),
)

# ---------------------------------------------------------------- hw-003 Talk support programmes, 21 February 2024 (event-calendar, 10:00-11:30)
u = f"{H}/event-calendar/eu-clusters-talk-support-programmes-and-funding-schemes-cluster-policies-eu"
h1 = "Support programmes and funding schemes: Cluster policies in the EU"
smart = twig_field(
    "field_date",
    "event",
    "smartdate",
    '<div class="field field--name-field-date field--type-smartdate field--label-inline clearfix">\n  <div class="field__label">Date</div>\n'
    '  <div class="field__item"><time datetime="2024-02-21T09:00:00Z" class="datetime">Wed, 21/02/2024 - 10:00</time> - <time datetime="2024-02-21T10:30:00Z" class="datetime">11:30</time></div>\n</div>',
)
body = (
    "<p>How do national and regional governments support their cluster organisations, and which EU funding schemes can clusters combine with them? "
    "The EU Clusters Talk on 21 February 2024, 10:00 – 11:30 CET, presents the first results of the mapping of cluster policies carried out by the "
    "European Cluster Collaboration Platform in 2023, together with three national programmes.</p>\n"
    "<p>Programme:</p>\n<ul>\n"
    "<li>Welcome and introduction – Lotte Verhaegen, Policy Officer, DG GROW, European Commission</li>\n"
    "<li>Cluster policies in the EU: results of the 2023 mapping – Matthias Brenner, Senior Expert, ECCP</li>\n"
    "<li>The Cluster Excellence programme of Finland – Sanna Kettunen, Ministry of Economic Affairs and Employment of Finland</li>\n"
    "<li>Slovenia’s strategic research and innovation partnerships – Urška Pintar, Head of Division, Slovenian Ministry of the Economy, Tourism and Sport</li>\n"
    "<li>Q&amp;A and closing</li>\n</ul>\n"
    "<p>The slides of the Talk are available below.</p>"
)
files = [
    (
        "https://clustercollaboration.eu/sites/default/files/2024-02/Cluster%20policies%20mapping%202023%20-%20slides.pdf",
        PDF,
        "Cluster policies mapping 2023 - slides.pdf",
        "1.84 MB",
    ),
    (
        "https://clustercollaboration.eu/sites/default/files/2024-02/EUCT_21022024_national_programmes.pdf",
        PDF,
        "EUCT_21022024_national_programmes.pdf",
        "2.6 MB",
    ),
]
html = t1_page(
    node=29981,
    bundle="event",
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
    article_inner=event_node(
        "event",
        u,
        h1,
        ("2024-02", "talks-funding.png", "EU Clusters Talks", ("kLm90aqZ", "PoO1x3Tt")),
        body,
        [(2415, "EU Clusters Talks")],
        files=files,
        extra_fields=smart,
    ),
    sidebar=t1_sidebar([EV_AERO, EV_ECC], []),
    seed=1203,
)
add(
    "hw-003",
    u,
    html,
    record(
        id="hw-003",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-02-21", "10:00"),
        end=bx("2024-02-21", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Lotte Verhaegen", "Policy Officer", "DG GROW, European Commission"),
            sp("Matthias Brenner", "Senior Expert", "ECCP"),
            sp("Sanna Kettunen", None, "Ministry of Economic Affairs and Employment of Finland"),
            sp("Urška Pintar", "Head of Division", "Slovenian Ministry of the Economy, Tourism and Sport"),
        ],
        assets=[
            asset(
                "Cluster policies mapping 2023 - slides.pdf",
                "https://clustercollaboration.eu/sites/default/files/2024-02/Cluster%20policies%20mapping%202023%20-%20slides.pdf",
            ),
            asset(
                "EUCT_21022024_national_programmes.pdf",
                "https://clustercollaboration.eu/sites/default/files/2024-02/EUCT_21022024_national_programmes.pdf",
            ),
        ],
        notes="Real Talk (21 February 2024, from the nca.cz sidebar); the 10:00-11:30 slot, programme and people reconstructed. /event-calendar/ URL, no quoted title (title = heading); smart-date field 'Wed, 21/02/2024 - 10:00 - 11:30' agrees with the body '10:00 – 11:30 CET' (+01:00); programme items 'Topic – Name, Role, Org' are speakers, 'Sanna Kettunen, Ministry …' has no role, 'Q&A and closing' is not a speaker; 'in 2023' not a date; two attachment-table rows.",
    ),
)

# ---------------------------------------------------------------- hw-004 CmR Prague 23-24 October 2023
u = f"{H}/event-calendar/clusters-meet-regions-prague-czech-republic"
h1 = "Clusters meet Regions - Prague, Czech Republic"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises a Clusters meet Regions workshop in Prague on "
    "23-24 October 2023, in cooperation with the National Cluster Association of the Czech Republic and CzechInvest.</p>\n"
    "<p>The workshop “Clusters for a resilient industrial base: Skills, supply chains and the twin transition” brings together cluster managers, regional and "
    "national policy makers and SMEs from Central Europe. Day one is dedicated to policy sessions and the Czech cluster landscape; on day two participants "
    "visit two clusters in the Prague region and take part in B2B meetings.</p>\n"
    "<p>Participation is free of charge, but places are limited. Please register by 13 October 2023.</p>\n"
    '<p>Download the <a href="https://clustercollaboration.eu/sites/default/files/2023-09/CmR%20Prague%20draft%20agenda.pdf">draft agenda</a> (PDF) '
    'and the <a href="https://clustercollaboration.eu/sites/default/files/2023-09/CmR_Prague_practical_information.pdf">practical information</a>.</p>\n'
    '<p><a href="https://clusters-meet-regions-prague.b2match.io/">Register on b2match</a></p>'
)
html = t1_page(
    node=28740,
    bundle="event",
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
    article_inner=event_node(
        "event",
        u,
        h1,
        ("2023-09", "CmR-Prague.jpg", "Prague Castle over the Vltava", ("zz0pQ1wE", "Ab12Cd34")),
        body,
        [(2416, "Clusters meet Regions")],
    ),
    sidebar=t1_sidebar([EV_LYON, EV_NEB, EV_RECAP], [NW_CRMA]),
    seed=1204,
)
add(
    "hw-004",
    u,
    html,
    record(
        id="hw-004",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title="Clusters for a resilient industrial base: Skills, supply chains and the twin transition",
        page_title=h1,
        series="Clusters meet Regions",
        start="2023-10-23",
        end="2023-10-24",
        assets=[
            asset(
                "draft agenda",
                "https://clustercollaboration.eu/sites/default/files/2023-09/CmR%20Prague%20draft%20agenda.pdf",
            ),
            asset(
                "practical information",
                "https://clustercollaboration.eu/sites/default/files/2023-09/CmR_Prague_practical_information.pdf",
            ),
        ],
        notes="Real edition (Prague, 23-24 October 2023, from the ECCP sidebar); workshop title, partners and text reconstructed. Unspaced '23-24 October 2023' (dates only); the workshop's quoted title differs from the heading (title = quoted); registration deadline 13 October 2023 and the sidebar (Lyon 12-13 October 2023 etc.) not the event; two absolute body PDFs are assets, b2match link is not; no speakers yet.",
    ),
)

# ---------------------------------------------------------------- hw-005 CmR Milan report (news, 5 April 2024)
u = f"{H}/news/clusters-meet-regions-milan-navigating-twin-transition-innovation"
h1 = "Clusters meet Regions in Milan: Navigating the Twin Transition &amp; Innovation"
body = (
    "<p>On 26 and 27 March 2024, more than 120 participants from 19 countries gathered in Milan for the latest Clusters meet Regions workshop, hosted by "
    "Regione Lombardia together with the Lombardy cluster network.</p>\n"
    "<p>The first day opened with a welcome from Giulia Sartori, Director-General for Research and Innovation at Regione Lombardia, who presented the region’s "
    "new smart specialisation strategy. Martin Kraus, Policy Officer at DG GROW, European Commission, followed with an overview of the EU cluster policy "
    "and the second Euroclusters call.</p>\n"
    "<p>In the panel on the twin transition, Federica Bassi, Cluster Manager at Lombardy Green Chemistry Association, and Tomás Ferreira, CEO of the "
    "Portuguese Production Technologies Cluster, discussed how clusters help SMEs finance energy and digital investments. The panel was moderated by "
    "Nadia Hristova from the ECCP.</p>\n"
    "<p>On the second day, participants visited the Milan Innovation District and the Politecnico di Milano’s industry labs, before the afternoon B2B session "
    "produced more than 90 bilateral meetings.</p>\n"
    "<p>The next Clusters meet Regions workshop will take place in Graz, Austria, on 18 and 19 June 2024.</p>"
)
inner = (
    t1_banner(
        "news",
        "2024-04",
        "CmR_Milan_group.jpg",
        "Participants of Clusters meet Regions in Milan",
        ("Mi1aN0xx", "Mi2aN0yy"),
    )
    + t1_title(h1)
    + t1_byline("ECCP Team", "05 April 2024", "2024-04-05T10:01:55+00:00")
    + t1_body("news", body)
    + t1_share(u, h1)
)
html = t1_page(
    node=30322,
    bundle="news",
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_AERO, EV_ECC, EV_GRAZ], [NW_IASI]),
    seed=1205,
)
add(
    "hw-005",
    u,
    html,
    record(
        id="hw-005",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title="Clusters meet Regions in Milan: Navigating the Twin Transition & Innovation",
        page_title="Clusters meet Regions in Milan: Navigating the Twin Transition & Innovation",
        series="Clusters meet Regions",
        start="2024-03-26",
        end="2024-03-27",
        speakers=[
            sp("Giulia Sartori", "Director-General for Research and Innovation", "Regione Lombardia"),
            sp("Martin Kraus", "Policy Officer", "DG GROW, European Commission"),
            sp("Federica Bassi", "Cluster Manager", "Lombardy Green Chemistry Association"),
            sp("Tomás Ferreira", "CEO", "Portuguese Production Technologies Cluster"),
            sp("Nadia Hristova", None, "ECCP"),
        ],
        notes="Real ECCP news heading and date (05 April 2024) and real edition dates (Milan, 26-27 March 2024, from the ECCP sidebar); report text and people reconstructed. Event report under /news/: 'On 26 and 27 March 2024' (dates only); '&' in the heading; speakers in prose ('a welcome from Name, Role at Org', 'Name, Role at DG GROW, European Commission', 'CEO of the Org', 'moderated by Name from the ECCP' role null); byline and the next edition (Graz, 18 and 19 June 2024) not the event; generic 'Euroclusters call' names none.",
    ),
)

# ---------------------------------------------------------------- hw-006 C2Lab Lund report (28 March 2023)
u = f"{H}/content/cluster-collaboration-lab-lund-showcase-european-innovation-and-project-development"
h1 = "Cluster Collaboration Lab in Lund: A Showcase of European Innovation and Project Development"
body = (
    "<p>The Cluster Collaboration Lab (C2Lab) in Lund, Sweden, brought together 45 cluster managers from 17 countries on 14 and 15 March 2023 to develop "
    "joint project ideas in life sciences, food and smart materials.</p>\n"
    "<p>Hosted at the Medicon Village science park, the two days followed the C2Lab method: short pitches of challenges, facilitated co-creation "
    "sessions and a final presentation of project concepts to a jury.</p>\n"
    "<p>The sessions were facilitated by Helena Bergström (Sustainable Business Hub) and Ruud van der Linden (ECCP), while Karin Öberg, Head of "
    "Regional Development at Region Skåne, welcomed participants on behalf of the host region.</p>\n"
    "<p>Six project concepts were developed:</p>\n<ol>\n<li>Digital twins for hospital logistics;</li>\n<li>Upcycling food-industry side streams into packaging;</li>\n"
    "<li>Shared testbeds for bio-based textiles;</li>\n<li>Training for circular procurement in SMEs;</li>\n<li>A cross-border health data sandbox;</li>\n"
    "<li>Smart materials for cold-chain monitoring.</li>\n</ol>\n"
    '<p>The <a href="/sites/default/files/2023-03/C2Lab_Lund_project_concepts.pdf">summary of the project concepts</a> is available for download.</p>'
)
inner = (
    t1_banner("event", "2023-03", "c2lab-lund.jpeg", "C2Lab Lund", ("Lu9nD000", "Lu9nD111"))
    + t1_title(h1)
    + t1_byline("ECCP Team", "28 March 2023", "2023-03-28T08:22:10+00:00")
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(2417, "Cluster Collaboration Labs")])
    + t1_share(u, h1)
)
html = t1_page(
    node=28011,
    bundle="event",
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_NEB], [NW_CRMA]),
    seed=1206,
)
add(
    "hw-006",
    u,
    html,
    record(
        id="hw-006",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2023-03-14",
        end="2023-03-15",
        speakers=[
            sp("Helena Bergström", None, "Sustainable Business Hub"),
            sp("Ruud van der Linden", None, "ECCP"),
            sp("Karin Öberg", "Head of Regional Development", "Region Skåne"),
        ],
        assets=[
            asset(
                "summary of the project concepts",
                "https://clustercollaboration.eu/sites/default/files/2023-03/C2Lab_Lund_project_concepts.pdf",
            )
        ],
        notes="Real ECCP heading and byline date (28 March 2023, from the ECCP sidebar); the event dates 14-15 March 2023, the venue and people are reconstructions. C2Lab report: 'on 14 and 15 March 2023' (dates only); facilitators 'Name (Org)' are speakers (role null) and the host's welcome 'Name, Role at Org' too; numbered concept list with ';' endings is not speakers; root-relative PDF is an asset.",
    ),
)

# ---------------------------------------------------------------- hw-007 community event posted by a cluster (POLREC webinar)
u = f"{H}/community-event/webinar-recycled-polymers-automotive-parts-meet-buyers"
h1 = "Webinar: Recycled polymers in automotive parts – meet the buyers"
loc = twig_field(
    "field_location_and_date",
    "community_event",
    "text_long",
    '<div class="field field--name-field-location-and-date field--type-text_long field--label-above">\n    <div class="field__label">Location and date</div>\n'
    '<div class="field__item"><p>06 March 2024 - 06 March 2024<br />\nOnline (Microsoft Teams)</p></div></div>',
)
body = (
    "<p>Polymeris, coordinator of the POLREC Eurocluster, invites recyclers, compounders and automotive suppliers to a one-hour online session on the use of "
    "recycled plastics in car parts.</p>\n"
    "<p><strong>When:</strong> Wednesday 6 March, 10:00 – 11:00 CET</p>\n"
    "<p>Two buyers will explain their requirements for recycled grades, followed by a presentation of POLREC’s second networking open call.</p>\n"
    "<p>Speakers:<br />\nÉlodie Garnier – Purchasing Manager Plastics, Forvia Interiors<br />\nJan Kowalczyk – R&amp;D Engineer, Boryszew Automotive Plastics<br />\n"
    "Matthieu Leroux – Project Manager, Polymeris</p>\n"
    '<p>Registration: <a href="https://www.polymeris.fr/evenements/webinar-polrec-automotive">polymeris.fr</a></p>'
)
org = twig_field(
    "field_cluster_organisation",
    "community_event",
    "entity-reference",
    '<div class="field field--name-field-cluster-organisation field--type-entity-reference field--label-above">\n    <div class="field__label">Cluster organisation</div>\n'
    '    <div class="field__items">\n      <div class="field__item"><a href="/cluster-organisations/polymeris">Polymeris</a></div>\n    </div>\n</div>',
)
inner = t1_title(h1) + loc + t1_body("community_event", body) + org + t1_share(u, h1)
html = t1_page(
    node=30102,
    bundle="community_event",
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[("Home", "/"), ("Community events", "/community-event"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_AERO, EV_ECC], []),
    seed=1207,
)
add(
    "hw-007",
    u,
    html,
    record(
        id="hw-007",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-03-06", "10:00"),
        end=bx("2024-03-06", "11:00"),
        tz_label="CET",
        speakers=[
            sp("Élodie Garnier", "Purchasing Manager Plastics", "Forvia Interiors"),
            sp("Jan Kowalczyk", "R&D Engineer", "Boryszew Automotive Plastics"),
            sp("Matthieu Leroux", "Project Manager", "Polymeris"),
        ],
        euroclusters=["POLREC"],
        notes="Plausible reconstruction. Community event posted by a cluster organisation (series null); 'Location and date' repeats the day '06 March 2024 - 06 March 2024'; body 'Wednesday 6 March, 10:00 – 11:00 CET' without year (+01:00); no quoted title: title = heading with its 'Webinar:' prefix; speakers 'Name – Role, Org' after a 'Speakers:' label in one <br> paragraph; POLREC named in prose; registration link not an asset.",
    ),
)

# ---------------------------------------------------------------- hw-008 ECCP matchmaking agri-food (event-calendar / organised-by-eccp)
u = f"{H}/events/organised-by-eccp/eu-cluster-matchmaking-event-agri-food-ecosystem"
h1 = "EU Cluster Matchmaking Event: Agri-food ecosystem"
body = (
    "<p>The European Cluster Collaboration Platform organises an online EU Cluster Matchmaking Event for the agri-food ecosystem on Tuesday, 4 June 2024, "
    "from 9:30 to 13:00 CET.</p>\n"
    "<p>The event connects cluster organisations and their SMEs working on food processing, precision farming, packaging and food safety. After a short "
    "plenary, participants meet in pre-arranged 20-minute video meetings.</p>\n"
    "<p><strong>Plenary</strong></p>\n<ul>\n"
    "<li>9:30 – Welcome: Riikka Salonen, Policy Officer, DG AGRI, European Commission</li>\n"
    "<li>9:40 – How the B-Resilient Eurocluster supports food SMEs: Georgios Pappas, Project Manager, Corallia</li>\n"
    "<li>10:00 – Start of B2B meetings</li>\n</ul>\n"
    "<p>Create your profile and book meetings until 31 May 2024 on the matchmaking platform.</p>\n"
    '<p><a class="button" href="https://eu-cluster-matchmaking-agrifood-2024.b2match.io/">Register now</a></p>'
)
html = t1_page(
    node=30610,
    bundle="event",
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[("Home", "/"), ("Events", "/events"), ("Organised by ECCP", "/events/organised-by-eccp"), (h1, None)],
    article_inner=event_node(
        "event",
        u,
        h1,
        ("2024-05", "matchmaking_agrifood.png", "", ("AgRi0001", "AgRi0002")),
        body,
        [(2418, "Matchmaking")],
        byline=("ECCP Team", "14 May 2024", "2024-05-14T15:20:00+00:00"),
    ),
    sidebar=t1_sidebar([EV_GRAZ, EV_STRAS], [NW_ECC]),
    seed=1208,
)
add(
    "hw-008",
    u,
    html,
    record(
        id="hw-008",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2024-06-04", "09:30"),
        end=bx("2024-06-04", "13:00"),
        tz_label="CET",
        speakers=[
            sp("Riikka Salonen", "Policy Officer", "DG AGRI, European Commission"),
            sp("Georgios Pappas", "Project Manager", "Corallia", "B-Resilient"),
        ],
        euroclusters=["B-Resilient"],
        notes="Plausible reconstruction (agri-food matchmaking not verified). /events/organised-by-eccp/ URL; 'Tuesday, 4 June 2024, from 9:30 to 13:00 CET' (+02:00); plenary <ul> 'HH:MM – Label: Name, Role, Org' rows are speakers, 'Start of B2B meetings' is not; the row names the B-Resilient Eurocluster, so the speaker's eurocluster is B-Resilient (contract: 'when the line names a Eurocluster'); profile deadline 31 May 2024 and byline not the event.",
    ),
)

# ---------------------------------------------------------------- hw-009 NOT event: ECCP news about a publication
u = f"{H}/news/european-cluster-panorama-2024-now-available"
h1 = "European Cluster Panorama 2024 now available"
body = (
    "<p>The European Cluster Panorama 2024 maps the performance of regional ecosystems across the 14 industrial ecosystems of the EU Industrial Strategy. "
    "It combines data on employment, wages, start-ups and patents for more than 240 regions.</p>\n"
    "<p>Key findings include a strong concentration of digital and health activities in a few metropolitan regions, and fast growth of renewable-energy "
    "employment in southern Europe since 2019.</p>\n"
    "<p>The authors will present the report at the EU Clusters Talk on 22 January 2025, 8:30 – 9:45 CET. Registration will open soon.</p>\n"
    '<p><a href="/sites/default/files/2024-12/European_Cluster_Panorama_2024.pdf">Download the European Cluster Panorama 2024 (PDF, 9 MB)</a></p>'
)
inner = (
    t1_title(h1)
    + t1_byline("ECCP Team", "10 December 2024", "2024-12-10T11:00:00+00:00")
    + t1_body("news", body)
    + t1_share(u, h1)
)
html = t1_page(
    node=31570,
    bundle="news",
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_CID], [NW_ECC]),
    seed=1209,
)
add(
    "hw-009",
    u,
    html,
    record(
        id="hw-009",
        url=u,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: ECCP news about a publication (plausible reconstruction); a future Talk date with time and CET, a byline, 'since 2019' and a PDF download (not listed, non-event).",
    ),
)

# ---------------------------------------------------------------- hw-010 NOT event: ECCP tag page /tags/clusters-meet-regions
u = f"{H}/tags/clusters-meet-regions"
h1 = "Clusters meet Regions"
rows = [
    (
        "22 December 2022",
        "/content/latest-eccp-clusters-meet-regions-workshop-celebrates-30th-anniversary-cluster-policy",
        "The latest ECCP Clusters meet Regions workshop celebrates the 30th Anniversary of Cluster Policy in Catalonia",
    ),
    (
        "05 May 2023",
        "/content/clusters-meet-regions-east-and-north-finland",
        "Clusters meet Regions East and North Finland",
    ),
    (
        "30 November 2023",
        "/content/clusters-driving-regional-innovation-comprehensive-look-clusters-meet-regions",
        "Clusters Driving Regional Innovation: A Comprehensive Look at the Clusters Meet Regions Event in Iasi",
    ),
    (
        "05 April 2024",
        "/news/clusters-meet-regions-milan-navigating-twin-transition-innovation",
        "Clusters meet Regions in Milan: Navigating the Twin Transition &amp; Innovation",
    ),
]
lst = "\n".join(
    f'<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{d}</span>\n  <h3 class="teaser__title"><a href="{h}">{t}</a></h3>\n'
    f'  <p class="teaser__summary">Read how cluster managers and regions worked together in this edition.</p></article></div>'
    for d, h, t in rows
)
main = (
    t1_title(h1)
    + '<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1">\n  <div class="view-header"><p>Everything tagged with this term.</p></div>\n'
    f'  <div class="view-content">\n{lst}\n  </div>\n  <nav class="pager"><ul class="pager__items"><li class="pager__item is-active">1</li><li class="pager__item"><a href="?page=1">2</a></li><li class="pager__item pager__item--next"><a href="?page=1">Next ›</a></li></ul></nav>\n</div>'
)
html = t1_page(
    node=None,
    bundle=None,
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[("Home", "/"), (h1, None)],
    article_inner=None,
    main_override=main,
    sidebar=t1_sidebar([EV_GRAZ, EV_STRAS, EV_CHARL], []),
    seed=1210,
    body_class="path-taxonomy",
)
add(
    "hw-010",
    u,
    html,
    record(
        id="hw-010",
        url=u,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: ECCP tag page listing four reports with dates (real headings and dates from the ECCP sidebars); the sidebar lists three events with dates; pager.",
    ),
)

# ---------------------------------------------------------------- hw-011 matchmaking 2020 report (16 November 2020)
u = f"{H}/content/collaboration-already-starting-after-intra-european-cluster-matchmaking-event-hosts-230-meetings"
h1 = "Collaboration already starting after Intra-European Cluster Matchmaking Event hosts 230 meetings"
body = (
    "<p>The Intra-European Cluster Matchmaking Event, held online on 11 and 12 November 2020, brought together 160 cluster organisations from 27 countries "
    "for 230 bilateral meetings.</p>\n"
    "<p>The event was opened by Ulla Engelmann, Head of Unit, Advanced Technologies, Clusters and Social Economy, DG GROW, European Commission, who underlined "
    "the role of clusters in the recovery from the COVID-19 crisis.</p>\n"
    "<p>“We already agreed on a joint proposal with a Portuguese cluster on the second day,” Lucía Ortega, International Projects Manager at the "
    "Basque Energy Cluster, told us after the event. Hans-Peter Vogt, Managing Director of Cluster Medizintechnik Tuttlingen, has already planned four follow-up meetings for December.</p>\n"
    "<p>A second matchmaking event focusing on health and digital ecosystems is planned for spring 2021.</p>"
)
inner = (
    t1_banner("news", "2020-11", "matchmaking-2020.png", "Online matchmaking", ("Mm20a001", "Mm20a002"))
    + t1_title(h1)
    + t1_byline("ECCP Team", "16 November 2020", "2020-11-16T16:03:12+00:00")
    + t1_body("news", body)
    + t1_share(u, h1)
)
html = t1_page(
    node=21406,
    bundle="news",
    h1_for_title=h1,
    canonical=u,
    breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([], [NW_CAT]),
    seed=1211,
)
add(
    "hw-011",
    u,
    html,
    record(
        id="hw-011",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start="2020-11-11",
        end="2020-11-12",
        speakers=[
            sp(
                "Ulla Engelmann",
                "Head of Unit, Advanced Technologies, Clusters and Social Economy",
                "DG GROW, European Commission",
            )
        ],
        notes="Real ECCP heading and date (16 November 2020, from the ECCP sidebar) and real event dates (11-12 November 2020, see dev-019); text reconstructed (Ulla Engelmann was the real Head of Unit; the quoted participants are invented). Event report: 'held online on 11 and 12 November 2020' (dates only); the opener is the only speaker — participants quoted after the event ('Name, Role at Org, told us after the event') are not speakers; '230 meetings', 'spring 2021' not dates.",
    ),
)
