"""hq-001 … hq-013: ECCP (Drupal 10, Twig debug) pages, including a staging and a preview copy."""

from common import (
    PageList,
    asset,
    bxl,
    record,
    sp,
    t1_attachments,
    t1_audience,
    t1_banner,
    t1_body,
    t1_byline,
    t1_event_teaser,
    t1_field,
    t1_news_teaser,
    t1_page,
    t1_share,
    t1_sidebar,
    t1_terms,
    t1_title,
    twig,
)

PAGES = PageList()
page = PAGES.add


EUCT_BOILER_A = (
    "<p>The EU Clusters Talks are regular online meetings that the European Cluster Collaboration Platform offers to the "
    "cluster community. Each Talk combines an update on EU industrial policy with examples from clusters and their "
    "partners, and ends with news from the platform and open calls for SMEs.</p>"
)
EUCT_BOILER_B = (
    "<p>This event is part of the bi-weekly online meetings brought to the cluster community by the European Cluster "
    "Collaboration Platform. They offer insights into the latest industrial policies, clusters' involvement, projects "
    "and good practices, and funding opportunities, with a new topic every time.</p>"
)


def sidebar_2022():
    return t1_sidebar(
        [
            t1_event_teaser(
                "2022-07-20T08:30:00+02:00",
                "Wed, 20/07/2022 - 08:30",
                "/content/eu-clusters-talks-european-chips-act-clusters",
                "EU Clusters Talks: The European Chips Act and clusters",
                "Online",
            ),
            t1_event_teaser(
                "2022-09-13T12:00:00Z",
                "Tue, 13/09/2022",
                "/event-calendar/clusters-meet-regions-ostrava-czechia",
                "Clusters meet Regions – Ostrava, Czechia",
                "Physical event",
                "2022-09-14T12:00:00Z",
                "Wed, 14/09/2022",
            ),
            t1_event_teaser(
                "2022-10-19T12:00:00Z",
                "Wed, 19/10/2022",
                "/event-calendar/cluster-collaboration-lab-c2lab-athens-greece",
                "Cluster Collaboration Lab (C2Lab) – Athens, Greece",
                "Physical event",
                "2022-10-20T12:00:00Z",
                "Thu, 20/10/2022",
            ),
        ],
        [
            t1_news_teaser(
                "15 June 2022", "/news/euroclusters-start-their-activities", "30 Euroclusters start their activities"
            ),
            t1_news_teaser(
                "02 May 2022", "/news/clusterxchange-2022-call-results", "ClusterXchange: 2022 call results published"
            ),
        ],
    )


def sidebar_2024():
    return t1_sidebar(
        [
            t1_event_teaser(
                "2024-06-26T08:30:00+02:00",
                "Wed, 26/06/2024 - 08:30",
                "/content/eu-clusters-talks-clusters-and-defence-readiness",
                "EU Clusters Talks: Clusters and defence readiness",
                "Online",
            ),
            t1_event_teaser(
                "2024-10-09T10:00:00+02:00",
                "Wed, 09/10/2024 - 10:00",
                "/content/eu-clusters-talks-stronger-european-defence-industry",
                "EU Clusters Talks: Clusters for a stronger European defence industry",
                "Online",
            ),
            t1_event_teaser(
                "2024-11-14T12:00:00Z",
                "Thu, 14/11/2024",
                "/event-calendar/clusters-meet-regions-ljubljana-slovenia",
                "Clusters meet Regions – Ljubljana, Slovenia",
                "Physical event",
                "2024-11-15T12:00:00Z",
                "Fri, 15/11/2024",
            ),
        ],
        [
            t1_news_teaser(
                "21 May 2024",
                "/news/european-cluster-conference-2024-key-messages",
                "European Cluster Conference 2024: key messages",
            ),
            t1_news_teaser(
                "08 April 2024",
                "/news/clusters-meet-regions-pecs-wrap",
                "Pécs hosted the first Clusters meet Regions of 2024",
            ),
        ],
    )


def event_terms(bundle, series_term, kind):
    return t1_terms(
        "field_event_target",
        bundle,
        "Event Target",
        [(548, "Cluster organisations"), (1081, "Policy makers"), (3225, "SMEs")],
    ) + t1_terms("field_event_type", bundle, "Event Type", [(2415, series_term), (2075, kind)])


# ------------------------------------------------------------------------------------------------ hq-001


@page
def hq001():
    host, path = "clustercollaboration.eu", "/content/eu-clusters-talks-transition-pathway-tourism-what-role-clusters"
    url = f"https://{host}{path}"
    h1 = "EU Clusters Talks: Transition pathway for tourism – what role for clusters?"
    body = (
        "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
        '"Transition pathway for tourism: what role for clusters?" on 6 July 2022, from 8:30 to 10:00 CEST.</p>\n'
        "<p>In February 2022 the Commission published the transition pathway for tourism, co-created with the tourism community. "
        "It lists 27 areas of measures for a greener, more digital and more resilient tourism ecosystem. This Talk looks at how "
        "clusters can help small tourism businesses put the pathway into practice, and presents first results of the Euroclusters "
        "working in rural and coastal tourism, among them IKAT.</p>\n"
        "<p>Speakers will include:</p>\n<ul>\n"
        "<li>Ana Ruiz Lozano, Policy Officer, DG GROW, European Commission;</li>\n"
        "<li>Mateja Kos, Project Manager at Slovenian Tourism Cluster;</li>\n"
        "<li>Chiara Bellini, Director of Distretto Turistico dei Laghi;</li>\n"
        "<li>Lena Hofer, Innovation Manager, Tourismus Cluster Tirol, Eurocluster Rural Tourism;</li>\n"
        "<li>More TBC.</li>\n</ul>\n"
        '<p>Register <a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk_Tourism_2022">here</a> to receive the connection '
        "details. Registration closes on 5 July 2022 at 12:00 CEST.</p>\n" + EUCT_BOILER_B
    )
    f = "https://clustercollaboration.eu/sites/default/files/"
    article = (
        t1_banner("event", "2022-06", "EUCT Tourism banner 1600x600 v2.png", "EUCT Tourism banner 1600x600_v2", url)
        + t1_title(h1)
        + t1_byline("ECCP Team", "22 June 2022", "2022-06-22T09:14:03+00:00")
        + t1_body("event", body)
        + t1_attachments(
            "event",
            [
                (
                    f + "2022-06/Agenda_EUCT_Tourism_06072022.pdf",
                    "application/pdf",
                    "Agenda – EU Clusters Talk Tourism 6 July 2022",
                    "182.4 KB",
                ),
                (
                    f + "2022-07/EUCT_Tourism_DG_GROW.pptx",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    "Transition pathway for tourism – DG GROW presentation",
                    "3.12 MB",
                ),
            ],
        )
        + event_terms("event", "EU Clusters Talks", "Online event")
        + t1_audience("event")
        + t1_share(url, h1)
    )
    html = t1_page(
        host=host,
        path=path,
        nid=131402,
        bundle="event",
        html_title=h1,
        description=h1,
        article=article,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        sidebar=sidebar_2022(),
    )
    exp = record(
        "hq-001",
        url,
        "T1",
        "en",
        True,
        "Transition pathway for tourism: what role for clusters?",
        h1,
        "EU Clusters Talks",
        bxl("2022-07-06 08:30"),
        bxl("2022-07-06 10:00"),
        "CEST",
        [
            sp("Ana Ruiz Lozano", "Policy Officer", "DG GROW, European Commission"),
            sp("Mateja Kos", "Project Manager", "Slovenian Tourism Cluster"),
            sp("Chiara Bellini", "Director", "Distretto Turistico dei Laghi"),
            sp("Lena Hofer", "Innovation Manager", "Tourismus Cluster Tirol", "EU Rural Tourism"),
        ],
        ["EU Rural Tourism", "IKAT"],
        [
            asset("Agenda – EU Clusters Talk Tourism 6 July 2022", f + "2022-06/Agenda_EUCT_Tourism_06072022.pdf"),
            asset("Transition pathway for tourism – DG GROW presentation", f + "2022-07/EUCT_Tourism_DG_GROW.pptx"),
        ],
        "Straight double quotes around the title; 'from 8:30 to 10:00 CEST'; 'Role at Org' and 'Role of Org' lines; the "
        "Eurocluster by its full-name alias 'Eurocluster Rural Tourism' in a speaker line; 'More TBC.' placeholder; registration "
        "deadline with a time and zone (not the event); 'February 2022' is not a date; Drupal 'Attachment | Size' table with a "
        "PDF and a PPTX; IKAT named in prose.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-002


def paragraph(pid, kind, inner):
    html = (
        f'<div class="paragraph paragraph--type--{kind.replace("_", "-")} paragraph--view-mode--default" data-paragraph-id="{pid}">\n'
        f'<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{inner}</div>\n</div>'
    )
    return twig(
        "paragraph",
        [
            f"paragraph--{kind.replace('_', '-')}--default.html.twig",
            f"paragraph--{kind.replace('_', '-')}.html.twig",
            "paragraph--default.html.twig",
            "paragraph.html.twig",
        ],
        "paragraph.html.twig",
        "modules/contrib/paragraphs/templates/paragraph.html.twig",
        html,
    )


@page
def hq002():
    host, path = "clustercollaboration.eu", "/content/eu-clusters-talks-net-zero-industry-act-opportunities-clusters"
    url = f"https://{host}{path}"
    h1 = "EU Clusters Talks: The Net-Zero Industry Act – opportunities for clusters"
    paras = [
        paragraph(
            88121,
            "text_block",
            "<p>On 12 June 2024, 10:00 – 11:30 CET, the European Cluster Collaboration Platform will host the EU Clusters Talk "
            "“The Net-Zero Industry Act: opportunities for clusters”.</p>\n"
            "<p>The Net-Zero Industry Act was adopted by the Council on 27 May 2024. It aims to scale up the manufacturing of clean "
            "technologies in the EU and introduces Net-Zero Industry Academies and regulatory sandboxes. What does it mean for "
            "clusters and for the SMEs they support?</p>",
        ),
        paragraph(
            88122,
            "text_block",
            "<p>Target audience:</p>\n<ul>\n<li>Cluster managers working with clean-tech and energy-intensive SMEs;</li>\n"
            "<li>Regional and national policy makers;</li>\n<li>Researchers and technology providers.</li>\n</ul>",
        ),
        paragraph(
            88123,
            "speakers",
            "<p>Speakers:</p>\n"
            "<p><strong>Prof. Dr. Henrik Lund Madsen</strong>Senior Advisor, Energy Cluster Denmark</p>\n"
            "<p><strong>Sara Lindqvist</strong>, CEO at GreenTech Norrland, Board Member at Clusters of Sweden</p>\n"
            "<p><strong>Dr. Ioana Mărgărit</strong>Policy Officer – Clean Technologies, DG GROW, European Commission</p>\n"
            "<p><strong>Jo\u00adhannes Wei\u200bgl</strong>, Project Coordinator, Cluster Energy Upper Austria, INGENIOUS Eurocluster</p>\n"
            "<p>Moderator: <strong>Ewelina Zając</strong>, Communication Officer, European Cluster Collaboration Platform</p>",
        ),
        paragraph(
            88124,
            "text_block",
            '<p><a href="https://clustercollaboration.eu/eu-clusters-talks/registration?event=nzia-2024" class="button">Register now</a></p>\n'
            '<p>Missed a previous Talk? All recordings are on our <a href="https://www.youtube.com/@clustercollaboration/playlists">YouTube channel</a>.</p>',
        ),
    ]
    field = (
        '<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">\n'
        + "\n".join(f'<div class="field__item">{p}</div>' for p in paras)
        + "\n</div>"
    )
    article = (
        t1_banner("event", "2024-05", "NZIA EUCT LinkedIn 1600x600.png", "NZIA EUCT LinkedIn 1600x600", url)
        + t1_title(h1)
        + t1_byline("ECCP Team", "29 May 2024", "2024-05-29T13:40:12+00:00")
        + t1_field("field_paragraphs", "event", field, "field--entity-reference-revisions.html.twig")
        + event_terms("event", "EU Clusters Talks", "Online event")
        + t1_audience("event")
        + t1_share(url, h1)
    )
    html = t1_page(
        host=host,
        path=path,
        nid=241977,
        bundle="event",
        html_title=h1,
        description=h1,
        article=article,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        sidebar=sidebar_2024(),
    )
    exp = record(
        "hq-002",
        url,
        "T1",
        "en",
        True,
        "The Net-Zero Industry Act: opportunities for clusters",
        h1,
        "EU Clusters Talks",
        bxl("2024-06-12 10:00"),
        bxl("2024-06-12 11:30"),
        "CET",
        [
            sp("Henrik Lund Madsen", "Senior Advisor", "Energy Cluster Denmark"),
            sp("Sara Lindqvist", "CEO; Board Member", "GreenTech Norrland; Clusters of Sweden"),
            sp("Ioana Mărgărit", "Policy Officer – Clean Technologies", "DG GROW, European Commission"),
            sp("Johannes Weigl", "Project Coordinator", "Cluster Energy Upper Austria", "INGENIOUS"),
            sp("Ewelina Zając", "Communication Officer", "European Cluster Collaboration Platform"),
        ],
        ["INGENIOUS"],
        [],
        "Body is NOT in field--name-body: a Paragraphs field (field--name-field-paragraphs, paragraph--type--*) carries it. "
        "'CET' on a June date (+02:00), date first ('On 12 June 2024, 10:00 – 11:30 CET, ...'); Council adoption date 27 May 2024 "
        "is not the event; 'Target audience:' bullet list right before the speakers is not speakers; names in <strong> glued to "
        "the role without a separator; 'Prof. Dr.' and 'Dr.' to strip; two affiliations ('CEO at X, Board Member at Y'); soft "
        "hyphen and zero-width space inside 'Johannes Weigl'; moderator line counts as a speaker.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-003


@page
def hq003():
    host, path = "impr-0001-1260-partners.eccp.hosted-temp.com", "/event-calendar/clusters-meet-regions-pecs-hungary"
    url = f"https://{host}{path}"
    h1 = "Clusters meet Regions – Pécs, Hungary"
    body = (
        "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, is organising a Clusters meet Regions "
        "workshop in Pécs, Hungary, on 18th and 19th April 2024.</p>\n"
        "<p>Co-hosted by the Pannon Business Network and the Baranya County Development Agency, the two days focus on the health "
        "industry and the bioeconomy of Southern Transdanubia. Regional authorities and clusters from across Europe will discuss "
        "how smart specialisation strategies can support cross-border value chains.</p>\n"
        "<p>Programme at a glance:</p>\n<ul>\n<li>Day 1: policy workshop on regional innovation strategies and cluster support;</li>\n"
        "<li>Day 2: study visits to local companies and a B2B matchmaking session.</li>\n</ul>\n"
        "<p>The day before, on 17 April, the Hungarian Cluster Association holds its annual meeting at the same venue; workshop "
        "participants are welcome to join.</p>\n"
        "<p>Participation is free of charge, but places are limited. Please register by 5 April 2024 via the "
        '<a href="https://cmr-pecs-2024.b2match.io/">matchmaking platform</a>.</p>\n'
        "<p>Clusters meet Regions is a series of regional workshops organised by the European Cluster Collaboration Platform on behalf "
        "of the European Commission. Each edition brings cluster organisations, regional authorities and companies from across Europe "
        "to the host region.</p>"
    )
    article = (
        t1_banner("event", "2024-02", "CmR Pecs banner 1600x600.png", "CmR Pecs banner 1600x600", url)
        + t1_title(h1)
        + t1_body("event", body)
        + t1_terms(
            "field_event_target",
            "event",
            "Event Target",
            [(548, "Cluster organisations"), (3685, "Regional authorities")],
        )
        + t1_terms("field_event_type", "event", "Event Type", [(2781, "Clusters meet Regions"), (3847, "Workshop")])
        + t1_audience("event")
        + t1_share(url, h1)
    )
    sidebar = t1_sidebar(
        [
            t1_event_teaser(
                "2024-03-13T08:30:00+01:00",
                "Wed, 13/03/2024 - 08:30",
                "/content/eu-clusters-talks-clusters-water-resilience",
                "EU Clusters Talks: Clusters for water resilience",
                "Online",
            ),
            t1_event_teaser(
                "2024-05-07T12:00:00Z",
                "Tue, 07/05/2024",
                "/event-calendar/european-cluster-conference-2024",
                "European Cluster Conference 2024",
                "Physical event",
                "2024-05-08T12:00:00Z",
                "Wed, 08/05/2024",
            ),
            t1_event_teaser(
                "2024-06-06T12:00:00Z",
                "Thu, 06/06/2024",
                "/event-calendar/clusters-meet-regions-cork-ireland",
                "Clusters meet Regions – Cork, Ireland",
                "Physical event",
                "2024-06-07T12:00:00Z",
                "Fri, 07/06/2024",
            ),
        ],
        [],
    )
    html = t1_page(
        host=host,
        path=path,
        nid=236540,
        bundle="event",
        html_title=h1,
        description="",
        article=article,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        sidebar=sidebar,
    )
    exp = record(
        "hq-003",
        url,
        "T1",
        "en",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2024-04-18",
        "2024-04-19",
        None,
        [],
        [],
        [],
        "Staging copy (host impr-0001-1260-partners.eccp.hosted-temp.com, 'STAGING' bar, noindex) with the production Drupal "
        "markup. Ordinal day pair with year '18th and 19th April 2024' (dates only); '17 April' without year is a side event; "
        "registration deadline '5 April 2024'; 'Day 1/Day 2' programme list is not speakers; no quoted title.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-004


@page
def hq004():
    host, path = (
        "preview.clustercollaboration.eu",
        "/content/eu-clusters-talks-space-and-defence-opportunities-clusters",
    )
    url = f"https://{host}{path}"
    h1 = "EU Clusters Talks: Space and defence – opportunities for clusters"
    f = f"https://{host}/sites/default/files/"
    body = (
        "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW and DG DEFIS, organises the EU "
        "Clusters Talk “Clusters in the space and defence ecosystem” on 24 January 2024, 08:30 - 09:45 CET.</p>\n"
        "<p>Space and defence companies depend on long supply chains of specialised SMEs. The Talk presents EU instruments such as the "
        "European Defence Fund and the EU Space Programme, and shows how clusters – including METASTARS, one of the 30 Euroclusters, "
        "and the naval defence Eurocluster LEVIATAD – help their members enter these markets.</p>\n"
        "<p>Welcome by Ulrike Fiedler, Deputy Head of Unit, DG DEFIS, European Commission.</p>\n"
        "<p>Speakers will include:</p>\n<ul>\n"
        "<li>Pierre Martineau, Policy Officer, DG DEFIS, European Commission;</li>\n"
        "<li>Aleksandra Wójcik, Cluster Manager, Silesian Aviation Cluster, European Cluster Manager of the Year 2023;</li>\n"
        "<li>Giulia Ferraro, Head of International Affairs, Lombardia Aerospace Cluster, METASTARS Eurocluster;</li>\n"
        "<li>Cian O'Brien, Head of “Space Ireland” programme, Enterprise Ireland.</li>\n</ul>\n"
        '<p>Watch the recording: <a href="https://www.youtube.com/watch?v=Sp4cEdEf24x">EU Clusters Talk on YouTube</a></p>\n'
        + EUCT_BOILER_A
    )
    article = (
        t1_banner("event", "2024-01", "EUCT Space Defence 1600x600.png", "EUCT Space Defence 1600x600", url)
        + t1_title(h1)
        + t1_byline("ECCP Team", "10 January 2024", "2024-01-10T15:02:44+00:00")
        + t1_body("event", body)
        + t1_attachments(
            "event",
            [
                (
                    f + "2024-02/EUCT_24012024_presentations.zip",
                    "application/zip",
                    "Presentations (all speakers)",
                    "12.4 MB",
                ),
                (f + "2024-02/EUCT_24012024_summary.pdf", "application/pdf", "Event summary", "402.9 KB"),
            ],
        )
        + event_terms("event", "EU Clusters Talks", "Online event")
        + t1_audience("event")
        + t1_share(url, h1)
    )
    sidebar = t1_sidebar(
        [
            t1_event_teaser(
                "2024-02-07T08:30:00+01:00",
                "Wed, 07/02/2024 - 08:30",
                "/content/eu-clusters-talks-clusters-and-ai",
                "EU Clusters Talks: Clusters and artificial intelligence",
                "Online",
            ),
            t1_event_teaser(
                "2024-04-18T12:00:00Z",
                "Thu, 18/04/2024",
                "/event-calendar/clusters-meet-regions-pecs-hungary",
                "Clusters meet Regions – Pécs, Hungary",
                "Physical event",
                "2024-04-19T12:00:00Z",
                "Fri, 19/04/2024",
            ),
        ],
        [
            t1_news_teaser(
                "11 December 2023", "/news/eu-clusters-talks-2023-in-numbers", "EU Clusters Talks 2023 in numbers"
            )
        ],
    )
    html = t1_page(
        host=host,
        path=path,
        nid=229118,
        bundle="event",
        html_title=h1,
        description=h1,
        article=article,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        sidebar=sidebar,
    )
    exp = record(
        "hq-004",
        url,
        "T1",
        "en",
        True,
        "Clusters in the space and defence ecosystem",
        h1,
        "EU Clusters Talks",
        bxl("2024-01-24 08:30"),
        bxl("2024-01-24 09:45"),
        "CET",
        [
            sp("Ulrike Fiedler", "Deputy Head of Unit", "DG DEFIS, European Commission"),
            sp("Pierre Martineau", "Policy Officer", "DG DEFIS, European Commission"),
            sp("Aleksandra Wójcik", "Cluster Manager", "Silesian Aviation Cluster"),
            sp("Giulia Ferraro", "Head of International Affairs", "Lombardia Aerospace Cluster", "METASTARS"),
            sp("Cian O'Brien", "Head of “Space Ireland” programme", "Enterprise Ireland"),
        ],
        ["LEVIATAD", "METASTARS"],
        [
            asset("Presentations (all speakers)", f + "2024-02/EUCT_24012024_presentations.zip"),
            asset("Event summary", f + "2024-02/EUCT_24012024_summary.pdf"),
        ],
        "Preview copy (host preview.clustercollaboration.eu). Zero-padded '08:30 - 09:45 CET' with hyphen; 'Welcome by' line "
        "before the speaker list is a speaker; award suffix 'European Cluster Manager of the Year 2023' is not part of the "
        "organisation; curly quotes inside a role (must not become the title); '30 Euroclusters' is generic; LEVIATAD named in "
        "prose; YouTube link is not an asset; attachment table with a ZIP and a PDF.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-005


@page
def hq005():
    host, path = (
        "clustercollaboration.eu",
        "/content/clusters-meet-regions-cork-clusters-driving-green-transition-south-ireland",
    )
    url = f"https://{host}{path}"
    h1 = "Clusters meet Regions in Cork: clusters driving the green transition in the South of Ireland"
    body = (
        "<p>On 6 and 7 June 2024, more than 120 cluster managers, regional policy makers and entrepreneurs gathered at the Nimbus "
        "Research Centre in Cork, Ireland, for the latest edition of Clusters meet Regions.</p>\n"
        '<figure role="group" class="caption caption-img"><img src="/sites/default/files/inline-images/CmR%20Cork%20panel%202.jpg" alt="" '
        'loading="lazy" width="800" height="533" /><figcaption>Panel discussion on the first day</figcaption></figure>\n'
        "<p>Dr. Siobhán Kelleher, Head of Enterprise at Cork County Council, opened the event and presented the county's support for "
        "its cluster programme.</p>\n"
        "<p>Marek Przeor, Team Leader for Cluster Policy at DG GROW, European Commission, then explained how the Euroclusters and the "
        "ECCP support interregional partnerships.</p>\n"
        "<p>In the afternoon panel, Niamh Doherty, CEO of Irish MedTech Cluster, and Ruairí Ó Súilleabháin, Manager of the Cork "
        "Marine Cluster, discussed how clusters can help SMEs cut their emissions without losing competitiveness.</p>\n"
        "<p>The second day was dedicated to site visits to the Tyndall National Institute and the Port of Cork, followed by more than "
        "90 bilateral meetings.</p>\n"
        '<p>Read the <a href="/sites/default/files/2024-06/ECCP_CmR_Cork_InputPaper.pdf" type="application/pdf" target="_blank">input '
        'paper</a> prepared for the workshop, and see the <a href="https://www.flickr.com/photos/eccp/albums/72177720317">photo album</a>.</p>\n'
        "<p>The next Clusters meet Regions will take place in Ljubljana, Slovenia, on 14-15 November 2024.</p>"
    )
    article = (
        t1_title(h1)
        + t1_byline("ECCP Team", "02 July 2024", "2024-07-02T08:21:37+00:00")
        + t1_body("article", body)
        + t1_audience("article")
        + t1_share(url, h1)
    )
    sidebar = t1_sidebar(
        [],
        [
            t1_news_teaser(
                "12 June 2024",
                "/news/european-cluster-panorama-call-for-evidence",
                "Cluster Panorama: call for evidence",
            ),
            t1_news_teaser(
                "21 May 2024",
                "/news/european-cluster-conference-2024-key-messages",
                "European Cluster Conference 2024: key messages",
            ),
        ],
    )
    html = t1_page(
        host=host,
        path=path,
        nid=244310,
        bundle="article",
        html_title=h1,
        description="",
        article=article,
        breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
        sidebar=sidebar,
    )
    exp = record(
        "hq-005",
        url,
        "T1",
        "en",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2024-06-06",
        "2024-06-07",
        None,
        [
            sp("Siobhán Kelleher", "Head of Enterprise", "Cork County Council"),
            sp("Marek Przeor", "Team Leader for Cluster Policy", "DG GROW, European Commission"),
            sp("Niamh Doherty", "CEO", "Irish MedTech Cluster"),
            sp("Ruairí Ó Súilleabháin", "Manager", "Cork Marine Cluster"),
        ],
        [],
        [
            asset(
                "input paper",
                "https://clustercollaboration.eu/sites/default/files/2024-06/ECCP_CmR_Cork_InputPaper.pdf",
            )
        ],
        "Event report written weeks later (byline 02 July 2024); 'On 6 and 7 June 2024' in the past tense; speakers only in "
        "prose ('X, Role at Org, opened the event', 'X, CEO of Org, and Y, Manager of the Org, discussed'); 'Dr.' to strip; "
        "Irish diacritics; the next edition's date (14-15 November 2024) is another event; a PDF input paper in the body, a "
        "Flickr album that is not an asset; 'the Euroclusters' is generic.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-006


@page
def hq006():
    host, path = "clustercollaboration.eu", "/community-event/baltic-sea-region-cluster-forum-2023"
    url = f"https://{host}{path}"
    h1 = "Baltic Sea Region Cluster Forum 2023"
    loc = (
        '<div class="field field--name-field-location-and-date field--type-text-long field--label-above">\n'
        '    <div class="field__label">Location and date</div>\n'
        '<div class="field__item"><p>30 November 2023 - 01 December 2023<br />\nRadisson Blu Latvija Conference Centre<br />\n'
        "Elizabetes iela 55, Riga, LV-1010</p></div></div>"
    )
    body = (
        "<p>Cluster organisations from the eight Baltic Sea countries meet in Riga for two days of workshops on digital maritime "
        "solutions, hydrogen and joint internationalisation. The forum is co-organised by the Latvian IT Cluster and the Latvian "
        "Maritime Cluster with the support of the Interreg Baltic Sea Region programme.</p>\n"
        "<p>Early-bird registration ends on 31 October 2023. Cluster managers who took part in a ClusterXchange visit in 2023 "
        "attend free of charge.</p>"
    )
    org = (
        '<div class="field field--name-field-cluster-organisation field--type-entity-reference field--label-above">\n'
        '    <div class="field__label">Cluster organisation</div>\n    <div class="field__items">\n'
        '      <div class="field__item"><a href="/cluster-organisations/latvian-it-cluster" hreflang="en">Latvian IT Cluster</a></div>\n'
        "    </div>\n</div>"
    )
    article = (
        t1_title(h1)
        + t1_field("field_location_and_date", "community_event", loc, "field--text-long.html.twig")
        + t1_body("community_event", body)
        + t1_field("field_cluster_organisation", "community_event", org, "field--entity-reference.html.twig")
        + t1_share(url, h1)
    )
    sidebar = t1_sidebar(
        [
            t1_event_teaser(
                "2023-11-15T08:30:00+01:00",
                "Wed, 15/11/2023 - 08:30",
                "/content/eu-clusters-talks-bioeconomy-sustainable-food-systems",
                "EU Clusters Talks: Bioeconomy and sustainable food systems",
                "Online",
            ),
            t1_event_teaser(
                "2023-11-21T12:00:00Z",
                "Tue, 21/11/2023",
                "/content/clusters-meet-regions-iasi-romania",
                "Clusters meet Regions – Iasi, Romania",
                "Physical event",
                "2023-11-23T12:00:00Z",
                "Thu, 23/11/2023",
            ),
        ],
        [],
    )
    html = t1_page(
        host=host,
        path=path,
        nid=226904,
        bundle="community_event",
        html_title=h1,
        description="",
        article=article,
        breadcrumb=[("Home", "/"), ("Community events", "/community-event"), (h1, None)],
        sidebar=sidebar,
    )
    exp = record(
        "hq-006",
        url,
        "T1",
        "en",
        True,
        h1,
        h1,
        None,
        "2023-11-30",
        "2023-12-01",
        None,
        [],
        [],
        [],
        "Community event (series null): Drupal 'Location and date' field with a range across two months "
        "'30 November 2023 - 01 December 2023' (zero-padded day), address lines after it; early-bird deadline "
        "31 October 2023 is not the event; sidebar teasers carry other dates.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-007 (not an event)


@page
def hq007():
    host, path = "clustercollaboration.eu", "/news/european-cluster-panorama-2024-now-available"
    url = f"https://{host}{path}"
    h1 = "European Cluster Panorama 2024 now available"
    body = (
        "<p>The European Cluster Panorama 2024 is out. The report maps more than 1,500 cluster organisations and shows how "
        "clusters contribute to the resilience of the 14 industrial ecosystems of the EU Industrial Strategy.</p>\n"
        "<p>Among the findings: clusters that take part in a Eurocluster or in ClusterXchange report more international "
        "partnerships, and the number of cluster organisations active in the net-zero technologies grew by a fifth since 2021.</p>\n"
        "<p>The main results will be presented during the EU Clusters Talk on 22 January 2025, 8:30 – 9:45 CET. Registration "
        "opens in early January.</p>\n"
        '<p><a href="/sites/default/files/2024-12/European_Cluster_Panorama_2024.pdf" type="application/pdf">Download the '
        "European Cluster Panorama 2024 (PDF, 9.8 MB)</a></p>"
    )
    article = (
        t1_title(h1)
        + t1_byline("ECCP Team", "17 December 2024", "2024-12-17T10:05:00+00:00")
        + t1_body("article", body)
        + t1_audience("article")
        + t1_share(url, h1)
    )
    html = t1_page(
        host=host,
        path=path,
        nid=252003,
        bundle="article",
        html_title=h1,
        description="",
        article=article,
        breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
        sidebar=sidebar_2024(),
    )
    exp = record(
        "hq-007",
        url,
        "T1",
        "en",
        False,
        h1,
        h1,
        notes=(
            "NOT an event: a news item about a publication. It announces the date and time of a later EU Clusters Talk "
            "(22 January 2025, 8:30 – 9:45 CET) and links a PDF, but the page itself is not about a dated event."
        ),
        assets=[
            asset(
                "Download the European Cluster Panorama 2024 (PDF, 9.8 MB)",
                "https://clustercollaboration.eu/sites/default/files/2024-12/European_Cluster_Panorama_2024.pdf",
            )
        ],
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-008 (not an event)


@page
def hq008():
    host, path = "clustercollaboration.eu", "/content/clusterxchange-call-expression-interest-2024"
    url = f"https://{host}{path}"
    h1 = "ClusterXchange: call for expression of interest 2024"
    deadline = (
        '<div class="field field--name-field-call-deadline field--type-datetime field--label-inline clearfix">\n'
        '    <div class="field__label">Deadline</div>\n'
        '              <div class="field__item"><time datetime="2024-01-31T16:00:00Z" class="datetime">Wed, 31/01/2024 - 17:00</time></div>\n</div>'
    )
    body = (
        "<p>Cluster organisations that want to host or send participants in the ClusterXchange scheme can now express their "
        "interest. Short-term exchanges of 3 to 10 days let cluster managers, SMEs and start-ups visit a partner cluster in another "
        "country, with travel and subsistence costs covered.</p>\n"
        "<p>Cluster organisations can apply until 31 January 2024, 17:00 CET. Results will be communicated by the end of March "
        "2024.</p>\n"
        "<p>An online information session will take place on 16 January 2024, 10:00 – 11:00 CET, with time for questions.</p>\n"
        "<p>Eligible applicants:</p>\n<ul>\n<li>cluster organisations registered on the ECCP;</li>\n"
        "<li>business network organisations with at least 20 SME members;</li>\n<li>Euroclusters and their partners.</li>\n</ul>\n"
        '<p><a href="/sites/default/files/2023-12/ClusterXchange_2024_Guide_for_Applicants.pdf">Guide for applicants</a> | '
        '<a href="https://ec.europa.eu/eusurvey/runner/ClusterXchange2024">Apply online</a></p>'
    )
    article = (
        t1_title(h1)
        + t1_field("field_call_deadline", "eccp_calls", deadline, "field--datetime.html.twig")
        + t1_body("eccp_calls", body)
        + t1_share(url, h1)
    )
    html = t1_page(
        host=host,
        path=path,
        nid=230771,
        bundle="eccp_calls",
        html_title=h1,
        description="",
        article=article,
        breadcrumb=[("Home", "/"), ("Open calls", "/search-results?type=eccp_calls"), (h1, None)],
        sidebar=sidebar_2024(),
    )
    exp = record(
        "hq-008",
        url,
        "T1",
        "en",
        False,
        h1,
        h1,
        notes=(
            "NOT an event: an open call (node type eccp_calls) with a Deadline datetime field, a deadline with a time and zone in prose "
            "and an information session with a time range (16 January 2024, 10:00 – 11:00 CET)."
        ),
        assets=[
            asset(
                "Guide for applicants",
                "https://clustercollaboration.eu/sites/default/files/2023-12/ClusterXchange_2024_Guide_for_Applicants.pdf",
            )
        ],
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-009 (not an event)


@page
def hq009():
    host, path = "clustercollaboration.eu", "/tags/euroclusters"
    url = f"https://{host}{path}"
    h1 = "Euroclusters"
    rows = [
        (
            "05 March 2024",
            "/community-news/dream-eurocluster-third-open-call",
            "DREAM Eurocluster opens its third call for SMEs",
            "Digital Resilient Europe for Advanced Manufacturing offers up to EUR 60 000 per SME for digital transformation projects.",
        ),
        (
            "14 February 2024",
            "/content/eu-clusters-talks-euroclusters-one-year",
            "EU Clusters Talks: Euroclusters one year on",
            "Recording and slides of the Talk held on 14 February 2024.",
        ),
        (
            "20 November 2023",
            "/community-news/sustain-smart-readiness-indicator-training",
            "SUSTAIN: free training on the Smart Readiness Indicator",
            "Three online sessions between 5 and 19 December 2023.",
        ),
        (
            "03 October 2023",
            "/community-news/friend-cci-matchmaking-venice",
            "FRIEND CCI matchmaking in Venice",
            "Creative and cultural SMEs met in Venice on 28 September 2023.",
        ),
    ]
    teasers = "\n".join(
        f'<div class="views-row"><article class="teaser teaser--tagged"><span class="teaser__date">{d}</span>\n'
        f'  <h3 class="teaser__title"><a href="{h}" hreflang="en">{t}</a></h3>\n  <div class="teaser__summary"><p>{s}</p></div></article></div>'
        for d, h, t, s in rows
    )
    main = (
        '<div id="block-eccp-theme-page-title" class="block block-core block-page-title-block">\n'
        f'<h1 class="page-title">{h1}</h1>\n</div>\n'
        '<div class="views-element-container block block-views block-views-blocktaxonomy-term-block-1">\n'
        '<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1">\n'
        '  <div class="view-header"><p>Content tagged with this term, newest first.</p></div>\n'
        f'  <div class="view-content">\n{teasers}\n  </div>\n'
        '  <nav class="pager" role="navigation"><ul class="pager__items js-pager__items"><li class="pager__item is-active">1</li>'
        '<li class="pager__item"><a href="?page=1">2</a></li><li class="pager__item"><a href="?page=7">Last »</a></li></ul></nav>\n'
        "</div>\n</div>"
    )
    html = t1_page(
        host=host,
        path=path,
        nid=0,
        bundle="taxonomy_term",
        html_title=h1,
        description="",
        article=None,
        main_extra=main,
        breadcrumb=[("Home", "/"), (h1, None)],
        sidebar="",
        body_class="path-taxonomy",
    )
    exp = record(
        "hq-009",
        url,
        "T1",
        "en",
        False,
        h1,
        h1,
        euroclusters=["DREAM", "FRIEND CCI", "SUSTAIN"],
        notes=("NOT an event: a taxonomy tag page listing teasers, each with a date (and event dates in summaries)."),
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-010


@page
def hq010():
    host, path = "clustercollaboration.eu", "/event-calendar/cluster-collaboration-lab-c2lab-athens-greece"
    url = f"https://{host}{path}"
    h1 = "Cluster Collaboration Lab (C2Lab) – Athens, Greece"
    body = (
        "<p>The European Cluster Collaboration Platform invites cluster organisations to the Cluster Collaboration Lab (C2Lab) in "
        "Athens, Greece, on 19th and 20th October 2022.</p>\n"
        "<p>Over two days, participants work in small teams on three challenges and leave with a concrete plan for a joint "
        "project:</p>\n<ol>\n<li>Digital skills for SMEs in tourism and culture</li>\n<li>Circular solutions for the agri-food "
        "value chain</li>\n<li>Access to international markets for small clusters</li>\n</ol>\n"
        "<p>Speakers and facilitators:</p>\n"
        '<table class="table table-striped">\n<thead><tr><th>Name</th><th>Function</th><th>Organisation</th></tr></thead>\n<tbody>\n'
        "<tr><td>Eleni Papadopoulou</td><td>Managing Director</td><td>Corallia Clusters Initiative</td></tr>\n"
        "<tr><td>Dr. Nikos Andreou</td><td>Head of Innovation Policy</td><td>Hellenic Ministry of Development and Investments</td></tr>\n"
        "<tr><td>Martina Schneider</td><td>Senior Consultant</td><td>European Cluster Collaboration Platform</td></tr>\n"
        "</tbody>\n</table>\n"
        "<p>Applications are open until 30 September 2022. Travel and accommodation costs of selected participants are covered.</p>\n"
        '<p><a href="https://clustercollaboration.eu/c2lab-athens-application">Apply here</a></p>'
    )
    article = (
        t1_banner("event", "2022-09", "C2Lab Athens 1600x600.png", "C2Lab Athens 1600x600", url)
        + t1_title(h1)
        + t1_body("event", body)
        + t1_terms(
            "field_event_type", "event", "Event Type", [(3790, "Cluster Collaboration Labs"), (3847, "Workshop")]
        )
        + t1_audience("event")
        + t1_share(url, h1)
    )
    html = t1_page(
        host=host,
        path=path,
        nid=139255,
        bundle="event",
        html_title=h1,
        description="",
        article=article,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        sidebar=sidebar_2022(),
    )
    exp = record(
        "hq-010",
        url,
        "T1",
        "en",
        True,
        h1,
        h1,
        "C2Lab",
        "2022-10-19",
        "2022-10-20",
        None,
        [
            sp("Eleni Papadopoulou", "Managing Director", "Corallia Clusters Initiative"),
            sp("Nikos Andreou", "Head of Innovation Policy", "Hellenic Ministry of Development and Investments"),
            sp("Martina Schneider", "Senior Consultant", "European Cluster Collaboration Platform"),
        ],
        [],
        [],
        "Ordinal day pair '19th and 20th October 2022'; numbered challenge list (<ol>) is not speakers; speakers in a "
        "<table> with Name | Function | Organisation columns, 'Dr.' inside a cell; application deadline 30 September 2022; "
        "the same event is also a sidebar teaser (with the right dates).",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-011


@page
def hq011():
    host, path = "clustercollaboration.eu", "/event-calendar/eu-ukraine-cluster-matchmaking-event"
    url = f"https://{host}{path}"
    h1 = "EU–Ukraine Cluster Matchmaking Event"
    body = (
        "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises an online EU–Ukraine "
        "Cluster Matchmaking Event on 16 November 2022, 10:00 – 15:30 CET.</p>\n"
        "<p>The event helps Ukrainian cluster organisations and their member companies find partners in the EU Single Market, and "
        "gives EU clusters a chance to support the reconstruction of Ukraine's industry.</p>\n"
        "<p>Welcome by Annika Berg, Policy Officer, DG GROW, European Commission.</p>\n"
        "<p>Keynote: Oleksandra Hrytsenko, Deputy Minister, Ministry of Economy of Ukraine.</p>\n"
        "<p>Agenda:</p>\n<ul>\n<li>10:00 – 10:15 Welcome and introduction</li>\n<li>10:15 – 10:45 Keynote speech</li>\n"
        "<li>10:45 – 15:30 Bilateral meetings</li>\n</ul>\n"
        "<p>Registration is open until 11 November 2022.</p>\n"
        '<p><a href="https://eu-ukraine-clusters.b2match.io/signup">Register on b2match</a> | '
        '<a href="/event-calendar/eu-ukraine-cluster-matchmaking-event?method=ical">Add to calendar</a> | '
        '<a href="/sites/default/files/2022-11/Matchmaking_EU_UA_Guide_for_participants.pdf">Guide for participants (PDF)</a></p>'
    )
    article = (
        t1_banner("event", "2022-10", "EU UA matchmaking 1600x600.png", "EU UA matchmaking 1600x600", url)
        + t1_title(h1)
        + t1_body("event", body)
        + t1_terms("field_event_type", "event", "Event Type", [(3055, "Matchmaking"), (2075, "Online event")])
        + t1_audience("event")
        + t1_share(url, h1)
    )
    sidebar = t1_sidebar(
        [
            t1_event_teaser(
                "2022-11-30T12:00:00Z",
                "Wed, 30/11/2022",
                "/event-calendar/eu-clusters-talks-agri-food-cluster-activities-sustainable-and-resilient",
                "EU Clusters Talks: Agri-food: Cluster activities for a sustainable and resilient ecosystem",
                "Online",
            ),
            t1_event_teaser(
                "2022-12-07T09:00:00+01:00",
                "Wed, 07/12/2022 - 09:00",
                "/event-calendar/eu-japan-cluster-matchmaking-2022",
                "EU–Japan Cluster Matchmaking 2022",
                "Online",
            ),
        ],
        [
            t1_news_teaser(
                "03 November 2022",
                "/news/clusters-stand-with-ukraine-six-months-on",
                "Clusters stand with Ukraine: six months on",
            )
        ],
    )
    html = t1_page(
        host=host,
        path=path,
        nid=141876,
        bundle="event",
        html_title=h1,
        description="",
        article=article,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        sidebar=sidebar,
    )
    exp = record(
        "hq-011",
        url,
        "T1",
        "en",
        True,
        h1,
        h1,
        "ECCP matchmaking",
        bxl("2022-11-16 10:00"),
        bxl("2022-11-16 15:30"),
        "CET",
        [
            sp("Annika Berg", "Policy Officer", "DG GROW, European Commission"),
            sp("Oleksandra Hrytsenko", "Deputy Minister", "Ministry of Economy of Ukraine"),
        ],
        [],
        [
            asset(
                "Guide for participants (PDF)",
                "https://clustercollaboration.eu/sites/default/files/2022-11/Matchmaking_EU_UA_Guide_for_participants.pdf",
            )
        ],
        "ECCP matchmaking (series 'ECCP matchmaking'); 'Welcome by' and 'Keynote:' lines are the speakers; agenda <ul> with "
        "times is not speakers; registration deadline 11 November 2022; '?method=ical' calendar export and b2match "
        "registration are not assets, the participants' guide PDF is.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-012 / hq-013 (not events)


@page
def hq012():
    host, path = "clustercollaboration.eu", "/content/cluster-managers-internal-workspace"
    url = f"https://{host}{path}"
    main = (
        '<div id="block-eccp-theme-page-title" class="block block-core block-page-title-block">\n'
        '<h1 class="page-title">Access denied</h1>\n</div>\n'
        '<div id="block-eccp-theme-content" class="block block-system block-system-main-block">\n'
        "You are not authorized to access this page.\n</div>"
    )
    html = t1_page(
        host=host,
        path=path,
        nid=0,
        bundle="page",
        html_title="Access denied",
        description="",
        article=None,
        main_extra=main,
        breadcrumb=[("Home", "/")],
        sidebar="",
        body_class="path-system user-logged-out",
    )
    exp = record(
        "hq-012",
        url,
        "T1",
        "en",
        False,
        "Access denied",
        "Access denied",
        notes="NOT an event: Drupal 403 'Access denied' page in the full ECCP chrome.",
    )
    return exp, html


@page
def hq013():
    host, path = "clustercollaboration.eu", "/user/login?destination=/node/153211"
    url = f"https://{host}{path}"
    form = (
        '<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login?destination=/node/153211" method="post" id="user-login-form" accept-charset="UTF-8">\n'
        '  <div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name">\n'
        '      <label for="edit-name" class="js-form-required form-required">Username or e-mail address</label>\n'
        '        <input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" autocomplete="username" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" required="required" aria-required="true" />\n'
        "  </div>\n"
        '  <div class="js-form-item form-item js-form-type-password form-item-pass js-form-item-pass">\n'
        '      <label for="edit-pass" class="js-form-required form-required">Password</label>\n'
        '        <input autocomplete="current-password" data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" aria-required="true" />\n'
        "  </div>\n"
        '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Log in" class="button js-form-submit form-submit" />\n</div>\n'
        "</form>\n"
        '<div class="item-list"><ul><li><a href="/register-your-profile">Create new account</a></li><li><a href="/user/password" title="Send password reset instructions via e-mail." class="request-password-link">Reset your password</a></li></ul></div>'
    )
    main = (
        '<div id="block-eccp-theme-page-title" class="block block-core block-page-title-block">\n<h1 class="page-title">Log in</h1>\n</div>\n'
        '<div id="block-eccp-theme-content" class="block block-system block-system-main-block">\n' + form + "\n</div>"
    )
    html = t1_page(
        host=host,
        path=path,
        nid=0,
        bundle="user",
        html_title="Log in",
        description="",
        article=None,
        main_extra=main,
        breadcrumb=[("Home", "/"), ("Log in", None)],
        sidebar=sidebar_2022(),
        body_class="path-user",
    )
    exp = record(
        "hq-013",
        url,
        "T1",
        "en",
        False,
        "Log in",
        "Log in",
        notes=(
            "NOT an event: the Drupal log-in page reached from an event link (destination=/node/…); the 'Upcoming events' sidebar "
            "carries event titles with dates and times."
        ),
    )
    return exp, html
