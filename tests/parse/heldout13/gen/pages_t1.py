"""T1 — ECCP Drupal 10 pages with Twig theme debug (hv-001 … hv-011). Page bodies written new for heldout13."""

from __future__ import annotations

from common import (
    asset,
    bx,
    page_adder,
    record,
    sp,
    t1_audience,
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

TALK_OUTRO = (
    "<p>The EU Clusters Talks are online meetings that the European Cluster Collaboration Platform organises for the cluster community "
    "on behalf of the European Commission. Each Talk combines a policy update with the experience of clusters and their partners, and leaves "
    "time for questions from the audience. Participation is free of charge; registered participants receive the connection details a day before.</p>"
)

# sidebar teasers (real events from the ECCP calendar)
EV_PRAGUE = t1_event_teaser(
    "2023-10-23T12:00:00Z",
    "Mon, 23/10/2023",
    "/content/clusters-meet-regions-prague-czech-republic",
    "Clusters meet Regions - Prague, Czech Republic",
    "Physical event",
    "2023-10-24T12:00:00Z",
    "Tue, 24/10/2023",
)
EV_GRAZ = t1_event_teaser(
    "2024-06-18T12:00:00Z",
    "Tue, 18/06/2024",
    "/content/clusters-meet-regions-graz-austria",
    "Clusters meet Regions - Graz, Austria",
    "Physical event",
    "2024-06-19T12:00:00Z",
    "Wed, 19/06/2024",
)
EV_ECC24 = t1_event_teaser(
    "2024-05-07T12:00:00Z",
    "Tue, 07/05/2024",
    "/event-calendar/european-cluster-conference-2024",
    "European Cluster Conference 2024",
    "Physical event",
    "2024-05-08T12:00:00Z",
    "Wed, 08/05/2024",
)
EV_STRAS = t1_event_teaser(
    "2024-09-25T12:00:00Z",
    "Wed, 25/09/2024",
    "/content/c2lab-strasbourg-france",
    "C2Lab Strasbourg, France",
    "Physical event",
    "2024-09-26T12:00:00Z",
    "Thu, 26/09/2024",
)
EV_CHARL = t1_event_teaser(
    "2024-11-27T12:00:00Z",
    "Wed, 27/11/2024",
    "/content/clusters-meet-regions-charleroi-belgium",
    "Clusters Meet Regions - Charleroi, Belgium",
    "Physical event",
    "2024-11-28T12:00:00Z",
    "Thu, 28/11/2024",
)
EV_CID = t1_event_teaser(
    "2025-03-12T08:30:00+01:00",
    "Wed, 12/03/2025 - 08:30",
    "/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action",
    "EU Clusters Talk: From Policy to Practice: The Clean Industrial Deal in Action",
    "Online",
)
EV_AERO = t1_event_teaser(
    "2024-04-17T08:30:00+02:00",
    "Wed, 17/04/2024 - 08:30",
    "/content/eu-clusters-talk-autonomy-innovation-and-security-eu-strategies-aerospace-and",
    "EU Clusters Talk: Autonomy, innovation and security: EU strategies for Aerospace and Defence",
    "Online",
)
EV_KOSICE = t1_event_teaser(
    "2023-03-29T12:00:00Z",
    "Wed, 29/03/2023",
    "/event-calendar/clusters-meet-regions-kosice-slovakia",
    "Clusters meet Regions - Kosice, Slovakia",
    "Physical event",
    "2023-03-30T12:00:00Z",
    "Thu, 30/03/2023",
)
EV_SKILLS = t1_event_teaser(
    "2023-06-14T08:30:00+02:00",
    "Wed, 14/06/2023 - 08:30",
    "/content/eu-clusters-talks-european-year-skills-talent-twin-transition",
    "EU Clusters Talks: European Year of Skills: Talent for the twin transition",
    "Online",
)
NW_MILAN = t1_news_teaser(
    "05 April 2024",
    "/content/clusters-meet-regions-milan-navigating-twin-transition-innovation",
    "Clusters meet Regions in Milan: Navigating the Twin Transition &amp; Innovation",
)
NW_ECC = t1_news_teaser(
    "14 May 2024",
    "/content/forging-networks-and-innovation-insights-european-cluster-conference-2024",
    "Forging Networks and Innovation: Insights from the European Cluster Conference 2024",
)
NW_LUND = t1_news_teaser(
    "28 March 2023",
    "/content/cluster-collaboration-lab-lund-showcase-european-innovation-and-project",
    "Cluster Collaboration Lab in Lund: A Showcase of European Innovation and Project Development",
)
NW_IASI = t1_news_teaser(
    "30 November 2023",
    "/content/clusters-driving-regional-innovation-comprehensive-look-clusters-meet-regions",
    "Clusters Driving Regional Innovation: A Comprehensive Look at the Clusters Meet Regions Event in Iasi",
)
NW_CRMA = t1_news_teaser("20 March 2023", "/content/critical-raw-materials-act", "Critical Raw Materials Act")
NW_CAT = t1_news_teaser(
    "22 December 2022",
    "/content/latest-eccp-clusters-meet-regions-workshop-celebrates-30th-anniversary-cluster",
    "The latest ECCP Clusters meet Regions workshop celebrates the 30th Anniversary of Cluster Policy in Catalonia",
)


def event_fields(bundle: str, target: list[tuple[int, str]], etype: list[tuple[int, str]]) -> str:
    return t1_terms("field_event_target", bundle, "Event Target", target) + t1_terms(
        "field_event_type", bundle, "Event Type", etype
    )


def smart_date(bundle: str, inner: str) -> str:
    return twig_field(
        "field_event_date",
        bundle,
        "smartdate",
        f'<div class="field field--name-field-event-date field--type-smartdate field--label-inline clearfix">\n  <div class="field__label">Date</div>\n  <div class="field__item">{inner}</div>\n</div>',
    )


def location_date(bundle: str, inner: str) -> str:
    return twig_field(
        "field_location_and_date",
        bundle,
        "text-long",
        f'<div class="field field--name-field-location-and-date field--type-text_long field--label-above">\n    <div class="field__label">Location and date</div>\n<div class="field__item">{inner}</div></div>',
    )


def cluster_org(bundle: str, tid: int, name: str) -> str:
    return t1_terms("field_cluster_organisation", bundle, "Cluster organisation", [(tid, name)])


# ---------------------------------------------------------------------------------------------------------- hv-001
url = f"{H}/content/eu-clusters-talk-autonomy-innovation-and-security-eu-strategies-aerospace-and"
h1 = "EU Clusters Talk: Autonomy, innovation and security: EU strategies for Aerospace and Defence"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    "“Autonomy, innovation and security: EU strategies for Aerospace and Defence” on 17 April 2024, 8:30 – 9:45 CET.</p>\n"
    "<p>The European Defence Industrial Strategy presented in March 2024 asks Europe’s defence industry to produce more, faster and together. "
    "Small suppliers, many of them organised in aerospace and defence clusters, are expected to play a larger part in these supply chains, "
    "while dual-use technologies open markets for companies that have so far worked only for civil customers.</p>\n"
    "<p>This Talk looks at what the new strategy means for clusters, how two Euroclusters already help SMEs enter defence supply chains, "
    "and where cluster organisations can find funding for joint projects.</p>\n"
    "<p>Speakers will include:</p>\n<ul>\n"
    "<li>Tomasz Wilczek, Policy Officer, Defence Industry and Space, European Commission;</li>\n"
    "<li>Hélène Bastard-Rey, Head of European Affairs, Aerospace Valley, METASTARS Eurocluster;</li>\n"
    "<li>Paolo Cattaneo, Project Coordinator, Distretto Ligure delle Tecnologie Marine, LEVIATAD Eurocluster;</li>\n"
    "<li>Irena Mlakar, Managing Director, Slovenian Aerospace and Defence Cluster.</li>\n</ul>\n"
    "<p>The discussion will be moderated by Jonas Lindqvist, ECCP.</p>\n" + TALK_OUTRO
)
inner = (
    t1_banner(
        "event",
        "2024-04",
        "Talk%20Aerospace%20Defence%201600x600.png",
        "EU Clusters Talk Aerospace and Defence banner",
        ("Xq3_9dLp", "Ab7-kLm2"),
    )
    + t1_title(h1)
    + t1_body("event", body)
    + event_fields(
        "event",
        [(2493, "Cluster organisations"), (1723, "SMEs")],
        [(1724, "EU Clusters Talks"), (4000, "Online event")],
    )
    + t1_audience("event")
    + t1_share(url, h1)
)
html = t1_page(
    node=184410,
    bundle="event",
    h1_for_title=h1,
    canonical=url,
    breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_ECC24, EV_GRAZ, EV_STRAS], [NW_MILAN, NW_IASI]),
    seed=1301,
)
add(
    "hv-001",
    url,
    html,
    record(
        id="hv-001",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="Autonomy, innovation and security: EU strategies for Aerospace and Defence",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-17", "08:30"),
        end=bx("2024-04-17", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Tomasz Wilczek", "Policy Officer", "Defence Industry and Space, European Commission"),
            sp("Hélène Bastard-Rey", "Head of European Affairs", "Aerospace Valley", "METASTARS"),
            sp("Paolo Cattaneo", "Project Coordinator", "Distretto Ligure delle Tecnologie Marine", "LEVIATAD"),
            sp("Irena Mlakar", "Managing Director", "Slovenian Aerospace and Defence Cluster"),
            sp("Jonas Lindqvist", None, "ECCP"),
        ],
        euroclusters=["METASTARS", "LEVIATAD"],
        notes="Real Talk (17 April 2024, 8:30, title from the ECCP sidebar); speakers reconstructed. 'CET' on an April date after the 31 March switch (+02:00); "
        "heading with 'EU Clusters Talk:' prefix, quoted title in the body; <ul> 'Name, Role, Org, X Eurocluster;' lines; org 'Defence Industry and Space, European Commission' "
        "(DG unit + parent); moderator sentence 'moderated by Name, ECCP.' (role null); 'March 2024' not a date; sidebar events.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-002
url = f"{H}/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action"
h1 = "EU Clusters Talk: From Policy to Practice: The Clean Industrial Deal in Action"
body = (
    "<p>The European Commission presented the Clean Industrial Deal on 26 February 2025, a plan to make decarbonisation a driver of growth for European industry. "
    "Two weeks later, the EU Clusters Talk “From Policy to Practice: The Clean Industrial Deal in Action” takes a first look at what the Deal offers to "
    "energy-intensive industries, clean-tech manufacturers and the clusters that support them.</p>\n"
    "<p><strong>When:</strong> Wednesday 12 March 2025, 8:30 – 9:45 CET<br>\n<strong>Where:</strong> online (Zoom)</p>\n"
    "<h3>Speakers</h3>\n"
    "<p><strong>Karolina Dąbrowska</strong>, Deputy Head of Unit at DG GROW, European Commission</p>\n"
    "<p><strong>Mathieu Lefèvre</strong>, Project Manager at Pôle MecaTech, coordinator of the JEWEL Eurocluster</p>\n"
    "<p><strong>Anneke Visser</strong>, Programme Lead Hydrogen at Energy Valley</p>\n"
    "<p><strong>Stavros Kalogeropoulos</strong>, Cluster Manager at Corallia, PowerUp NetZero Eurocluster</p>\n"
    "<p>After the presentations, participants can put their questions to the speakers. The slides and the summary of the Talk are available below.</p>\n"
    '<p>Missed the session? The <a href="https://www.youtube.com/watch?v=q9LkT3x0cWs">recording</a> is on the ECCP YouTube channel.</p>\n'
    + TALK_OUTRO
)
inner = (
    t1_banner(
        "event", "2025-02", "Talk%20CID%20banner.png", "Clean Industrial Deal Talk banner", ("mN2pQ8rs", "Tt4uV6wx")
    )
    + t1_title(h1)
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Attachments",
        [
            (
                f"{H}/sites/default/files/2025-03/EU%20Clusters%20Talk%2012%20March%202025%20-%20presentations.pdf",
                "application/pdf",
                "EU Clusters Talk 12 March 2025 - presentations.pdf",
                "3.41 MB",
            ),
            (
                f"{H}/sites/default/files/2025-03/Clean%20Industrial%20Deal%20Talk%20-%20summary.pdf",
                "application/pdf",
                "Clean Industrial Deal Talk - summary.pdf",
                "412.8 KB",
            ),
        ],
    )
    + event_fields(
        "event",
        [(2493, "Cluster organisations"), (1104, "Policy makers")],
        [(1724, "EU Clusters Talks"), (4000, "Online event")],
    )
    + t1_audience("event")
    + t1_share(url, h1)
)
html = t1_page(
    node=201877,
    bundle="event",
    h1_for_title=h1,
    canonical=url,
    breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([], [NW_ECC, NW_MILAN]),
    seed=1302,
)
add(
    "hv-002",
    url,
    html,
    record(
        id="hv-002",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="From Policy to Practice: The Clean Industrial Deal in Action",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2025-03-12", "08:30"),
        end=bx("2025-03-12", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Karolina Dąbrowska", "Deputy Head of Unit", "DG GROW, European Commission"),
            sp("Mathieu Lefèvre", "Project Manager", "Pôle MecaTech", "JEWEL"),
            sp("Anneke Visser", "Programme Lead Hydrogen", "Energy Valley"),
            sp("Stavros Kalogeropoulos", "Cluster Manager", "Corallia", "PowerUp NetZero"),
        ],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        assets=[
            asset(
                "EU Clusters Talk 12 March 2025 - presentations.pdf",
                f"{H}/sites/default/files/2025-03/EU%20Clusters%20Talk%2012%20March%202025%20-%20presentations.pdf",
            ),
            asset(
                "Clean Industrial Deal Talk - summary.pdf",
                f"{H}/sites/default/files/2025-03/Clean%20Industrial%20Deal%20Talk%20-%20summary.pdf",
            ),
        ],
        notes="Real Talk (12 March 2025, 8:30, from the ECCP sidebar); speakers reconstructed. Winter date (+01:00); the first date in the text (26 February 2025, the Deal) is not the event; "
        "'When:' line with <br>; speakers '<strong>Name</strong>, Role at Org' paragraphs, one 'coordinator of the X Eurocluster' and one ', X Eurocluster' suffix; "
        "YouTube recording link not an asset; two attachment-table rows; no sidebar events.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-003
url = f"{H}/event-calendar/clusters-meet-regions-graz-austria"
h1 = "Clusters meet Regions - Graz, Austria"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, is organising a Clusters meet Regions workshop on 18-19 June 2024 in Graz, Austria, "
    "together with the Styrian Business Promotion Agency SFG and the clusters of Styria.</p>\n"
    "<p>Styria is one of Europe’s most research-intensive regions, and its clusters in mobility, green tech, human technology and wood and timber work closely with "
    "universities and companies. The workshop will discuss how clusters and regional authorities can speed up the green transition of manufacturing SMEs, "
    "and how regions can work together across borders through their smart specialisation strategies.</p>\n"
    "<p>The programme includes a policy workshop on the first day, site visits to cluster members on the morning of the second day and a matchmaking session "
    "for cluster organisations and companies.</p>\n"
    "<p>Confirmed speakers:</p>\n<ul>\n"
    "<li>Barbara Eibinger-Miedl, Regional Minister for Economy, Province of Styria</li>\n"
    "<li>Christoph Ludwig, Managing Director, SFG – Styrian Business Promotion Agency</li>\n"
    "<li>Veronika Strasser, Policy Officer, DG GROW, European Commission</li>\n"
    "<li>Franz Leitgeb, CEO, ACstyria Mobilitätscluster</li>\n</ul>\n"
    '<p>Places are limited. Please register by 7 June 2024 through the <a href="https://eccp-cmr-graz.b2match.io/">registration platform</a>. '
    "The draft agenda is attached below.</p>\n"
    "<p>Clusters meet Regions is a series of regional workshops organised by the European Cluster Collaboration Platform on behalf of the European Commission. "
    "Each edition brings cluster organisations, regional authorities and companies from across Europe to the host region.</p>"
)
inner = (
    t1_banner("event", "2024-05", "CmR%20Graz%20Banner.png", "CmR Graz banner", ("gR4z-001", "gR4z-002"))
    + t1_title(h1)
    + smart_date(
        "event",
        '<time datetime="2024-06-18T12:00:00Z" class="datetime">Tue, 18/06/2024</time> - <time datetime="2024-06-19T12:00:00Z" class="datetime">Wed, 19/06/2024</time>',
    )
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Attachments",
        [
            (
                f"{H}/sites/default/files/2024-05/CmR_Graz_draft_agenda.pdf",
                "application/pdf",
                "CmR_Graz_draft_agenda.pdf",
                "286.3 KB",
            )
        ],
    )
    + event_fields(
        "event",
        [(2815, "Cluster organisations"), (3685, "Regional authorities")],
        [(2781, "Clusters meet Regions"), (3847, "Workshop")],
    )
    + t1_audience("event")
    + t1_share(url, h1)
)
html = t1_page(
    node=189902,
    bundle="event",
    h1_for_title=h1,
    canonical=url,
    breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_STRAS, EV_CHARL], [NW_ECC]),
    seed=1303,
)
add(
    "hv-003",
    url,
    html,
    record(
        id="hv-003",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        speakers=[
            sp("Barbara Eibinger-Miedl", "Regional Minister for Economy", "Province of Styria"),
            sp("Christoph Ludwig", "Managing Director", "SFG – Styrian Business Promotion Agency"),
            sp("Veronika Strasser", "Policy Officer", "DG GROW, European Commission"),
            sp("Franz Leitgeb", "CEO", "ACstyria Mobilitätscluster"),
        ],
        assets=[asset("CmR_Graz_draft_agenda.pdf", f"{H}/sites/default/files/2024-05/CmR_Graz_draft_agenda.pdf")],
        notes="Real edition (Graz, 18-19 June 2024, from the ECCP sidebar and nca.cz); text and speakers reconstructed (Eibinger-Miedl was Styria's economy minister; others invented). "
        "/event-calendar/ URL; smart-date field 'Tue, 18/06/2024 - Wed, 19/06/2024' and body '18-19 June 2024' (dates only); no quoted title: title = heading; "
        "'Confirmed speakers:' <ul> without ';' endings, org with an en dash inside; registration deadline 7 June 2024 not the event; b2match link not an asset, attachment row is.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-004
url = f"{H}/content/forging-networks-and-innovation-insights-european-cluster-conference-2024"
h1 = "Forging Networks and Innovation: Insights from the European Cluster Conference 2024"
body = (
    "<p>More than 400 cluster managers, policy makers and business representatives came to Brussels on 7-8 May 2024 for the European Cluster Conference 2024. "
    "Over two days they discussed how clusters can help Europe stay competitive while it goes through the green and digital transitions.</p>\n"
    "<p>The conference was opened by Kerstin Jorna, Director-General of DG GROW, European Commission, who reminded the audience that clusters had been "
    "“first responders” for their members during the recent supply-chain crises. A keynote by Luc Soete, Professor Emeritus at Maastricht University, "
    "looked at the long-term drivers of European productivity.</p>\n"
    "<p>In the first panel, Marta Ferreira, Cluster Manager of Produtech, and Jakob Steiner, Head of International Projects at Business Upper Austria, "
    "shared how their organisations prepare SMEs for new skills needs. The panel was moderated by Eleni Papadaki from the ECCP.</p>\n"
    "<p>On the second day, parallel sessions covered Euroclusters, interregional investments and the role of clusters in the Single Market. "
    "Representatives of GEMSTONE and EU Rural Tourism presented the support they have given to more than a thousand SMEs since 2022.</p>\n"
    "<p>The winners of the European Cluster Manager of the Year award were announced at the gala dinner. The next edition of the conference is expected in 2026.</p>"
)
inner = (
    t1_title(h1)
    + t1_byline("ECCP Team", "14 May 2024", "2024-05-14T09:12:40+00:00")
    + t1_body("article", body)
    + t1_audience("article")
    + t1_share(url, h1)
)
html = t1_page(
    node=187315,
    bundle="article",
    h1_for_title=h1,
    canonical=url,
    breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_GRAZ, EV_STRAS], [NW_MILAN, NW_IASI]),
    seed=1304,
)
add(
    "hv-004",
    url,
    html,
    record(
        id="hv-004",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="European Cluster Conference",
        start="2024-05-07",
        end="2024-05-08",
        speakers=[
            sp("Kerstin Jorna", "Director-General", "DG GROW, European Commission"),
            sp("Luc Soete", "Professor Emeritus", "Maastricht University"),
            sp("Marta Ferreira", "Cluster Manager", "Produtech"),
            sp("Jakob Steiner", "Head of International Projects", "Business Upper Austria"),
            sp("Eleni Papadaki", None, "ECCP"),
        ],
        euroclusters=["EU Rural Tourism", "GEMSTONE"],
        notes="Real ECCP news heading and date (14 May 2024, from the ECCP sidebar) and real conference dates (7-8 May 2024); report text reconstructed; Kerstin Jorna was DG GROW's "
        "Director-General, the other people are invented. Report under /content/: '7-8 May 2024' (dates only); byline 14 May 2024 and 'in 2026' not the event; speakers in prose "
        "('Name, Role of DG GROW, European Commission', 'Name, Role at Org', 'Name, Cluster Manager of Produtech', 'moderated by Name from the ECCP' role null); "
        "Euroclusters named in prose; 'European Cluster Manager of the Year' not a speaker.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-005
url = f"{H}/content/c2lab-strasbourg-france"
h1 = "C2Lab Strasbourg, France"
body = (
    "<p>The next Cluster Collaboration Lab (C2Lab) will take place in Strasbourg, France, on 25-26 September 2024, hosted by the BioValley France competitiveness cluster "
    "at the Strasbourg Convention Centre.</p>\n"
    "<p>C2Labs are two-day, hands-on workshops in which cluster organisations from different countries develop joint project ideas. Participants bring a challenge from their own "
    "ecosystem, form small teams and leave with a concept for a project proposal and the partners to carry it out. This edition focuses on health technologies and "
    "the shift towards preventive care.</p>\n"
    "<p>The Lab will be facilitated by Ines Moreau (ECCP) and Dirk Vandenberghe (ECCP). Alexandre Kuntz, Director of European Projects at BioValley France, "
    "will welcome the participants on the first morning.</p>\n"
    "<p><strong>Who can apply?</strong> Cluster organisations registered on the ECCP. Up to 30 participants will be selected; applications are open until 6 September 2024.</p>\n"
    '<p><a href="https://ec.europa.eu/eusurvey/runner/C2Lab_Strasbourg_2024">Apply here</a></p>'
)
inner = (
    t1_banner("event", "2024-07", "C2Lab%20Strasbourg%201600x600.jpg", "C2Lab Strasbourg", ("sTr4sB01", "sTr4sB02"))
    + t1_title(h1)
    + smart_date(
        "event",
        '<time datetime="2024-09-25T12:00:00Z" class="datetime">Wed, 25/09/2024</time> - <time datetime="2024-09-26T12:00:00Z" class="datetime">Thu, 26/09/2024</time>',
    )
    + t1_body("event", body)
    + event_fields(
        "event", [(2815, "Cluster organisations")], [(3912, "Cluster Collaboration Lab"), (3847, "Workshop")]
    )
    + t1_audience("event")
    + t1_share(url, h1)
)
html = t1_page(
    node=193004,
    bundle="event",
    h1_for_title=h1,
    canonical=url,
    breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_CHARL], [NW_ECC, NW_LUND]),
    seed=1305,
)
add(
    "hv-005",
    url,
    html,
    record(
        id="hv-005",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2024-09-25",
        end="2024-09-26",
        speakers=[
            sp("Ines Moreau", None, "ECCP"),
            sp("Dirk Vandenberghe", None, "ECCP"),
            sp("Alexandre Kuntz", "Director of European Projects", "BioValley France"),
        ],
        notes="Real C2Lab (Strasbourg, 25-26 September 2024, from the ECCP sidebar and nca.cz); host, facilitators and text reconstructed. Smart-date field and body '25-26 September 2024' "
        "(dates only); facilitators 'Name (ECCP)' are speakers (role null), the host's welcome 'Name, Role at Org' too; application deadline 6 September 2024 not the event; "
        "EUSurvey link not an asset.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-006
url = f"{H}/community-event/gemstone-webinar-energy-audits-first-step-greener-manufacturing-smes"
h1 = "GEMSTONE webinar: Energy audits as a first step to greener manufacturing SMEs"
body = (
    "<p>Energy prices have made efficiency a priority for small manufacturers, but many do not know where to start. In this free webinar, organised by CIMES within the "
    "GEMSTONE Eurocluster, experts explain how an energy audit works, what it costs and which support SMEs can get from the GEMSTONE open calls.</p>\n"
    "<p><strong>Tuesday 14 November 2023 | 14:00 – 15:30 CET | Online</strong></p>\n"
    "<p>Programme:</p>\n<ul>\n"
    "<li>Welcome and introduction to GEMSTONE – Loïc Marin (CIMES)</li>\n"
    "<li>What an energy audit can reveal: lessons from 40 SMEs – Giulia Ferraro (Clust-ER MECH)</li>\n"
    "<li>From audit to investment: financing options – Piotr Zawadzki (Polish Development Fund)</li>\n"
    "<li>Questions and answers</li>\n</ul>\n"
    '<p>The webinar will be held in English. <a href="https://www.gemstone-project.eu/webinar-registration">Register on the GEMSTONE website</a>.</p>'
)
inner = (
    t1_title(h1)
    + location_date("community_event", "<p>14 November 2023 - 14 November 2023<br />\nOnline</p>")
    + t1_body("community_event", body)
    + cluster_org("community_event", 2877, "CIMES - Competitiveness Cluster")
    + t1_share(url, h1)
)
html = t1_page(
    node=179556,
    bundle="community_event",
    h1_for_title=h1,
    canonical=url,
    breadcrumb=[("Home", "/"), ("Community events", "/community-event"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_PRAGUE, EV_SKILLS], []),
    seed=1306,
)
add(
    "hv-006",
    url,
    html,
    record(
        id="hv-006",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2023-11-14", "14:00"),
        end=bx("2023-11-14", "15:30"),
        tz_label="CET",
        speakers=[
            sp("Loïc Marin", None, "CIMES", "GEMSTONE"),
            sp("Giulia Ferraro", None, "Clust-ER MECH"),
            sp("Piotr Zawadzki", None, "Polish Development Fund"),
        ],
        euroclusters=["GEMSTONE"],
        notes="Plausible reconstruction (webinar not verified; Loïc Marin of CIMES/GEMSTONE is a real name from the corpus). Community event posted by a cluster (series null); "
        "'Location and date' repeats the day; bold line 'Tuesday 14 November 2023 | 14:00 – 15:30 CET | Online' (+01:00); title = heading with its 'GEMSTONE webinar:' prefix; "
        "programme rows 'Topic – Name (Org)' are speakers (role null); the welcome row names GEMSTONE, so Loïc Marin's eurocluster is GEMSTONE; "
        "'Questions and answers' is not a speaker; sidebar dates (Prague 2023, 14 June 2023) not the event.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-007
url = f"{H}/community-event/baltic-food-innovation-summit-2023"
h1 = "Baltic Food Innovation Summit 2023"
body = (
    "<p>The Baltic Food Innovation Summit brings together food producers, processors, retailers and researchers from the Baltic Sea region for two days of talks, "
    "pitches and company visits. The 2023 edition is dedicated to alternative proteins, packaging and the reduction of food waste.</p>\n"
    "<p>The summit is organised by the Latvian Food Cluster together with partner clusters from Estonia, Lithuania and Finland. Cluster organisations from other "
    "European countries are welcome to join the B2B meetings on the second day and the visit to the Riga Central Market.</p>\n"
    "<p>Early-bird tickets (120 EUR) are available until 31 July 2023. Members of partner clusters attend free of charge.</p>\n"
    '<p>More information and tickets: <a href="https://www.balticfoodsummit.lv">www.balticfoodsummit.lv</a></p>'
)
inner = (
    t1_title(h1)
    + location_date(
        "community_event", "<p>12 September 2023 - 13 September 2023<br />\nHanzas Perons<br />\nRiga, Latvia</p>"
    )
    + t1_body("community_event", body)
    + cluster_org("community_event", 3102, "Latvian Food Cluster")
    + t1_share(url, h1)
)
html = t1_page(
    node=175120,
    bundle="community_event",
    h1_for_title=h1,
    canonical=url,
    breadcrumb=[("Home", "/"), ("Community events", "/community-event"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_PRAGUE, EV_KOSICE], []),
    seed=1307,
)
add(
    "hv-007",
    url,
    html,
    record(
        id="hv-007",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start="2023-09-12",
        end="2023-09-13",
        notes="Plausible reconstruction. Community event by a cluster organisation (series null): date only in the 'Location and date' field '12 September 2023 - 13 September 2023' "
        "followed by venue lines; no time; early-bird deadline 31 July 2023 and price '120 EUR' not dates; no speakers.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-008
url = f"{H}/events/organised-by-eccp/eu-cluster-matchmaking-clean-tech-and-net-zero-industries"
h1 = "EU Cluster Matchmaking Event: Clean-tech and Net-Zero Industries"
body = (
    "<p>The European Cluster Collaboration Platform invites cluster organisations and their member companies to an online matchmaking event for the clean-tech and "
    "net-zero industries on <strong>Thursday, 10 October 2024, from 10:00 to 15:30 CET</strong>.</p>\n"
    "<p>The event starts with a short plenary session, followed by pre-arranged one-to-one meetings on the b2match platform. It is a chance to find partners for "
    "joint projects, for the new Euroclusters calls or for business cooperation along net-zero value chains, from heat pumps and batteries to hydrogen and grid technologies.</p>\n"
    "<p><strong>Plenary session</strong></p>\n<ul>\n"
    "<li>10:00 – Welcome: Ana Rodrigues, Policy Officer, DG GROW, European Commission</li>\n"
    "<li>10:10 – Net-Zero Industry Act: what changes for SMEs: Maximilian Horn, Senior Expert, EISMEA</li>\n"
    "<li>10:30 – How to prepare a good meeting request: Sofie Jacobs, ECCP</li>\n"
    "<li>10:45 – Start of the bilateral meetings</li>\n</ul>\n"
    '<p>Create your profile on the <a href="https://eccp-cleantech-matchmaking-2024.b2match.io/">matchmaking platform</a> by 3 October 2024 to be visible to other participants. '
    "Participation is free of charge.</p>"
)
inner = (
    t1_banner(
        "event",
        "2024-09",
        "Matchmaking%20cleantech%20banner.png",
        "Matchmaking event clean-tech",
        ("cLt3ch01", "cLt3ch02"),
    )
    + t1_title(h1)
    + t1_body("event", body)
    + event_fields(
        "event", [(2493, "Cluster organisations"), (1723, "SMEs")], [(3320, "Matchmaking"), (4000, "Online event")]
    )
    + t1_audience("event")
    + t1_share(url, h1)
)
html = t1_page(
    node=194566,
    bundle="event",
    h1_for_title=h1,
    canonical=url,
    breadcrumb=[("Home", "/"), ("Events", "/events"), ("Organised by ECCP", "/events/organised-by-eccp"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_CHARL], [NW_ECC]),
    seed=1308,
)
add(
    "hv-008",
    url,
    html,
    record(
        id="hv-008",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2024-10-10", "10:00"),
        end=bx("2024-10-10", "15:30"),
        tz_label="CET",
        speakers=[
            sp("Ana Rodrigues", "Policy Officer", "DG GROW, European Commission"),
            sp("Maximilian Horn", "Senior Expert", "EISMEA"),
            sp("Sofie Jacobs", None, "ECCP"),
        ],
        notes="Plausible reconstruction (event not verified). /events/organised-by-eccp/ URL; bold 'Thursday, 10 October 2024, from 10:00 to 15:30 CET' (+02:00); plenary rows "
        "'HH:MM – Label: Name, Role, Org' are speakers, 'Start of the bilateral meetings' is not; 'Sofie Jacobs, ECCP' has no role; generic 'Euroclusters calls' names none; "
        "profile deadline 3 October 2024 not the event; b2match link not an asset.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-009 (non-event)
url = f"{H}/content/critical-raw-materials-act"
h1 = "Critical Raw Materials Act"
body = (
    "<p>On 16 March 2023 the European Commission proposed the Critical Raw Materials Act, a set of measures to secure a diversified and sustainable supply of the raw materials "
    "that the green and digital transitions depend on. The proposal sets benchmarks for 2030: at least 10% of the EU’s annual consumption should be extracted, 40% processed "
    "and 15% recycled in the EU.</p>\n"
    "<p>For clusters, the Act is relevant in several ways. Strategic projects can benefit from faster permitting and easier access to finance; a European Critical Raw Materials Board "
    "will coordinate action; and companies are asked to assess the risks in their supply chains. Clusters in mining, processing, recycling and advanced manufacturing are "
    "well placed to connect SMEs to these new opportunities.</p>\n"
    "<p>The ECCP will come back to the topic at the Clusters meet Regions workshop in Levi, Finland, on 25-27 April 2023, and in an EU Clusters Talk later in the year.</p>\n"
    '<p>Read the <a href="https://single-market-economy.ec.europa.eu/publications/european-critical-raw-materials-act_en">proposal and Q&amp;A</a> on the Commission website.</p>'
)
inner = (
    t1_title(h1)
    + t1_byline("ECCP Team", "20 March 2023", "2023-03-20T15:02:11+00:00")
    + t1_body("article", body)
    + t1_audience("article")
    + t1_share(url, h1)
)
html = t1_page(
    node=169934,
    bundle="article",
    h1_for_title=h1,
    canonical=url,
    breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_KOSICE, EV_SKILLS], [NW_LUND, NW_CAT]),
    seed=1309,
)
add(
    "hv-009",
    url,
    html,
    record(
        id="hv-009",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: real ECCP news heading and date (20 March 2023, from the ECCP sidebar), text reconstructed. Policy news with a proposal date, 2030 targets, a dated "
        "reference to the Levi workshop (25-27 April 2023) and a byline; sidebar events.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-010 (non-event)
url = f"{H}/events/organised-by-eccp/clusters-talks"
h1 = "EU Clusters Talks"


def talk_row(iso: str, shown: str, href: str, title: str, summary: str) -> str:
    return (
        f'<div class="views-row"><article class="teaser teaser--event teaser--wide">\n  <div class="teaser__date"><time datetime="{iso}" class="datetime">{shown}</time></div>\n'
        f'  <h3 class="teaser__title"><a href="{href}" hreflang="en">{title}</a></h3>\n  <div class="teaser__summary">{summary}</div>\n  <div class="teaser__type">Online</div>\n</article></div>'
    )


listing = (
    '<div class="views-element-container"><div class="view view-eccp-events view-id-eccp_events view-display-id-page_talks">\n'
    '  <div class="view-header"><p>The EU Clusters Talks are regular online meetings on cluster policy, industrial ecosystems and funding opportunities, open to everyone in the '
    'cluster community. Recordings and presentations of past Talks are available on each event page.</p></div>\n  <div class="view-content">\n'
    + "\n".join(
        [
            talk_row(
                "2025-03-12T08:30:00+01:00",
                "Wed, 12/03/2025 - 08:30",
                "/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action",
                "EU Clusters Talk: From Policy to Practice: The Clean Industrial Deal in Action",
                "What the Clean Industrial Deal offers to clusters and their members.",
            ),
            talk_row(
                "2024-10-02T08:30:00+02:00",
                "Wed, 02/10/2024 - 08:30",
                "/content/eu-clusters-talk-future-european-competitiveness-role-clusters",
                "EU Clusters Talk: The future of European competitiveness: Role of Clusters",
                "A discussion of the Draghi report and its meaning for clusters.",
            ),
            talk_row(
                "2024-04-24T08:30:00+02:00",
                "Wed, 24/04/2024 - 08:30",
                "/content/eu-clusters-talk-innovation-through-integration-how-create-and-engage-meta-cluster",
                "EU Clusters Talk: Innovation through integration: How to create and engage a meta-cluster",
                "Meta-clusters and how they bring different ecosystems together.",
            ),
            talk_row(
                "2024-04-17T08:30:00+02:00",
                "Wed, 17/04/2024 - 08:30",
                "/content/eu-clusters-talk-autonomy-innovation-and-security-eu-strategies-aerospace-and",
                "EU Clusters Talk: Autonomy, innovation and security: EU strategies for Aerospace and Defence",
                "EU strategies for the aerospace and defence ecosystem.",
            ),
        ]
    )
    + '\n  </div>\n  <nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>'
    '<ul class="pager__items js-pager__items"><li class="pager__item is-active"><a href="?page=0" aria-current="page">1</a></li><li class="pager__item"><a href="?page=1">2</a></li>'
    '<li class="pager__item"><a href="?page=2">3</a></li><li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next ›</a></li></ul></nav>\n</div></div>'
)
main = t1_title(h1) + listing
html = t1_page(
    node=None,
    bundle=None,
    h1_for_title=h1,
    canonical="https://clustercollaboration.eu/events/organised-by-eccp/clusters-talks",
    breadcrumb=[("Home", "/"), ("Events", "/events"), ("Organised by ECCP", "/events/organised-by-eccp"), (h1, None)],
    article_inner=None,
    sidebar=t1_sidebar([EV_CHARL], []),
    seed=1310,
    body_class="path-events",
    main_override=main,
    og_type="website",
)
add(
    "hv-010",
    url,
    html,
    record(
        id="hv-010",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: ECCP views listing of EU Clusters Talks (real titles and dates) with summaries and a pager; the heading is the series name.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-011
url = f"{H}/content/latest-eccp-clusters-meet-regions-workshop-celebrates-30th-anniversary-cluster"
h1 = "The latest ECCP Clusters meet Regions workshop celebrates the 30th Anniversary of Cluster Policy in Catalonia"
body = (
    "<p>Catalonia was one of the first European regions to adopt a cluster policy, in 1993. Thirty years later, the Clusters meet Regions workshop held in Barcelona "
    "on 14 and 15 December 2022 brought together more than 120 participants from 17 countries to look back at three decades of cluster policy and ahead to the next ones.</p>\n"
    "<p>The workshop was opened by Joan Miquel Hernández, Director of ACCIÓ – Catalonia Trade &amp; Investment, and by Lena Hoffmann, Head of Unit at DG GROW, "
    "European Commission. Both stressed that cluster programmes have to adapt to the twin transition and to a more uncertain world economy.</p>\n"
    "<p>A panel on clusters as regional change agents followed, with Núria Puig, cluster manager at the Catalan Water Partnership, and Ander Etxeberria from SPRI, "
    "the Basque business development agency. The discussion was moderated by Teresa Gil of the ECCP.</p>\n"
    "<p>The second day was dedicated to visits to the 22@ innovation district and to a matchmaking session with 180 bilateral meetings.</p>\n"
    '<p>The presentations are available in the <a href="/sites/default/files/2022-12/CmR_Barcelona_presentations.pdf">workshop presentations</a> file.</p>'
)
inner = (
    t1_title(h1)
    + t1_byline("ECCP Team", "22 December 2022", "2022-12-22T11:40:05+00:00")
    + t1_body("article", body)
    + t1_audience("article")
    + t1_share(url, h1)
)
html = t1_page(
    node=166201,
    bundle="article",
    h1_for_title=h1,
    canonical=url,
    breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
    article_inner=inner,
    sidebar=t1_sidebar([EV_KOSICE], [NW_LUND, NW_CRMA]),
    seed=1311,
)
add(
    "hv-011",
    url,
    html,
    record(
        id="hv-011",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2022-12-14",
        end="2022-12-15",
        speakers=[
            sp("Joan Miquel Hernández", "Director", "ACCIÓ – Catalonia Trade & Investment"),
            sp("Lena Hoffmann", "Head of Unit", "DG GROW, European Commission"),
            sp("Núria Puig", "cluster manager", "Catalan Water Partnership"),
            sp("Ander Etxeberria", None, "SPRI"),
            sp("Teresa Gil", None, "ECCP"),
        ],
        assets=[asset("workshop presentations", f"{H}/sites/default/files/2022-12/CmR_Barcelona_presentations.pdf")],
        notes="Real ECCP news heading and byline (22 December 2022, from the ECCP sidebar); the Barcelona dates 14-15 December 2022, text and people are reconstructions. "
        "Report: 'on 14 and 15 December 2022' (dates only); '1993' and 'Thirty years' not dates; title = heading; "
        "speakers in prose ('Name, Director of Org', 'Name, Head of Unit at DG GROW, European Commission', 'Name, cluster manager at Org', 'Name from SPRI' role null, "
        "'moderated by Name of the ECCP' role null); root-relative PDF is an asset (label = link text).",
    ),
)
