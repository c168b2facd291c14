"""T1: ECCP (Drupal 10, theme debug on) pages, including a staging copy, a preview host and non-node pages."""

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
    twig,
    twig_field,
)

EU_TALKS_BOILERPLATE = (
    "<p>The EU Clusters Talks are online meetings that the European Cluster Collaboration Platform holds about twice a month. "
    "Each one looks at a single policy file or industrial ecosystem from the point of view of cluster organisations, "
    "and leaves time for questions from the audience.</p>"
)

PAGES: list[dict] = []
add = page_adder(PAGES)


# ------------------------------------------------------------------------------------------------ hy-001
url = "https://clustercollaboration.eu/content/eu-clusters-talks-critical-raw-materials-securing-supply-chains-clusters"
h1 = "EU Clusters Talks: Critical raw materials – securing supply chains with clusters"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    '"Critical Raw Materials: Securing resilient supply chains with clusters" on 19 April 2023, from 8:30 to 9:45CET.</p>\n'
    "<p>On 16 March 2023 the Commission proposed the Critical Raw Materials Act. It sets benchmarks for extraction, processing and recycling "
    "inside the EU and wants no more than 65% of any strategic raw material to come from a single third country. Clusters in mining, "
    "chemicals, batteries and recycling will have a large part to play in reaching these targets.</p>\n"
    "<p>The Talk will address:</p>\n<ul>\n<li>the main measures of the proposed Act and the planned strategic projects;</li>\n"
    "<li>how clusters can map the critical inputs of their members;</li>\n<li>recycling and substitution as sources of secondary raw materials.</li>\n</ul>\n"
    "<p>Speakers will include:</p>\n<ul>\n"
    "<li>Hendrik Vos, Deputy Head of Unit – Energy-intensive industries, raw materials, hydrogen, DG GROW, European Commission;</li>\n"
    "<li>Prof. Dr. Kristiina Mäkelä, Research Director, Geological Survey of Finland (GTK);</li>\n"
    "<li>Kalina Dimitrova, Project Manager at Bulgarian Cleantech Cluster, POLREC Eurocluster;</li>\n"
    "<li>Martin Kühn, EIT RawMaterials;</li>\n<li>More speakers TBC.</li>\n</ul>\n"
    '<p>Registration closes on 18 April at 12:00 CEST. <a href="https://ec.europa.eu/eusurvey/runner/EUCT_CRM_2023">Register here</a>.</p>\n'
    + EU_TALKS_BOILERPLATE
)
inner = (
    t1_banner("event", "2023-04", "EUCT%20CRM%201600x600.png", "EUCT CRM 1600x600", ("Qm3rT0aa", "hT7zLw2c"))
    + t1_title(h1)
    + t1_body("event", body)
    + t1_terms("field_event_target", "event", "Event Target", [(548, "Cluster organisations"), (3225, "SMEs")])
    + t1_terms("field_event_type", "event", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")])
    + t1_audience("event")
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2023-04-25T12:00:00Z",
            "Tue, 25/04/2023",
            "/event-calendar/clusters-meet-regions-Kittila-Finland",
            "Clusters meet Regions East and North Finland",
            "Physical event",
            "2023-04-27T12:00:00Z",
            "Thu, 27/04/2023",
        ),
        t1_event_teaser(
            "2023-05-17T08:30:00+02:00",
            "Wed, 17/05/2023 - 08:30",
            "/content/eu-clusters-talks-transition-pathway-textiles",
            "EU Clusters Talks: Transition Pathway for Textiles",
            "Online",
        ),
        t1_event_teaser(
            "2023-05-31T08:30:00+02:00",
            "Wed, 31/05/2023 - 08:30",
            "/content/eu-clusters-talks-patents-europe-new-framework-innovation",
            "EU Clusters Talks: Patents in Europe: A new framework for innovation",
            "Online",
        ),
    ],
    [
        t1_news_teaser(
            "05 April 2023",
            "/news/cluster-excellence-programme-2023-call",
            "Cluster Excellence Programme: call for cluster managers now open",
        ),
        t1_news_teaser(
            "28 March 2023",
            "/news/clusters-meet-regions-kosice-takeaways",
            "Five takeaways from Clusters meet Regions in Košice",
        ),
    ],
)
add(
    "hy-001",
    url,
    t1_page(
        node=198412,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=1001,
    ),
    record(
        id="hy-001",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="Critical Raw Materials: Securing resilient supply chains with clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-04-19", "08:30"),
        end=bx("2023-04-19", "09:45"),
        tz_label="CET",
        speakers=[
            sp(
                "Hendrik Vos",
                "Deputy Head of Unit – Energy-intensive industries, raw materials, hydrogen",
                "DG GROW, European Commission",
            ),
            sp("Kristiina Mäkelä", "Research Director", "Geological Survey of Finland (GTK)"),
            sp("Kalina Dimitrova", "Project Manager", "Bulgarian Cleantech Cluster", "POLREC"),
            sp("Martin Kühn", None, "EIT RawMaterials"),
        ],
        euroclusters=["POLREC"],
        notes="Quoted title in straight double quotes differs from the heading; 'from 8:30 to 9:45CET' with the label glued to the time; "
        "April date labelled CET is summer time (+02:00); the Act's proposal date (16 March 2023) and the registration deadline "
        "'18 April at 12:00 CEST' are not the event; a three-item topics list with ';' endings precedes the speakers; role containing commas "
        "('Deputy Head of Unit – Energy-intensive industries, raw materials, hydrogen'); 'Prof. Dr.' stripped; 'Role at Organisation, X Eurocluster'; "
        "'Name, Organisation' line; 'More speakers TBC.' is a placeholder.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-002
url = "https://clustercollaboration.eu/event-calendar/clusters-meet-regions-porto-portugal"
h1 = "Clusters meet Regions - Porto, Portugal"
date_field = twig_field(
    "field_event_date",
    "event",
    "daterange",
    '<div class="field field--name-field-event-date field--type-daterange field--label-inline clearfix">\n  <div class="field__label">Date</div>\n'
    '  <div class="field__item"><time datetime="2022-11-30T12:00:00Z" class="datetime">Wed, 30/11/2022</time>\n - <time datetime="2022-12-01T12:00:00Z" class="datetime">Thu, 01/12/2022</time>\n</div>\n</div>',
)
loc_field = twig_field(
    "field_location",
    "event",
    "string",
    '<div class="field field--name-field-location field--type-string field--label-inline clearfix">\n  <div class="field__label">Location</div>\n'
    '  <div class="field__item">Alfândega do Porto Congress Centre, Rua Nova da Alfândega, 4050-430 Porto</div>\n</div>',
)
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, and together with the Regional Coordination and "
    "Development Commission of the North (CCDR-N), organises the Clusters meet Regions workshop “Clusters and regions for a sustainable blue economy” "
    "from 30 November to 1 December 2022 in Porto, Portugal.</p>\n"
    "<p>Ports, shipyards, fisheries and the new offshore energy industries share suppliers, skills and infrastructure. The workshop asks how "
    "regional authorities and cluster organisations can plan together so that small companies along the coast take part in the transition of "
    "the blue economy, and how smart specialisation strategies can support cross-border projects.</p>\n"
    "<p>The first day brings together cluster managers, regional and national policy makers and representatives of the European Commission in "
    "plenary sessions and parallel workshops. The morning of the second day is reserved for visits to the Port of Leixões and to research "
    "centres working on marine technologies.</p>\n"
    '<p>Participation is free of charge, but places are limited. Registration is open until 21 November 2022: <a href="/content/clusters-meet-regions-porto-registration">register here</a>.</p>'
)
files = t1_file_table(
    "event",
    "Attachments",
    [
        (
            "https://clustercollaboration.eu/sites/default/files/2022-11/CmR_Porto_Agenda.pdf",
            "application/pdf",
            "Agenda – Clusters meet Regions Porto",
            "412.51 KB",
        ),
        (
            "https://clustercollaboration.eu/sites/default/files/2022-11/CmR_Porto_Input_Paper_Blue_Economy.pdf",
            "application/pdf",
            "Input paper: Clusters in the blue economy",
            "1.73 MB",
        ),
        (
            "https://clustercollaboration.eu/sites/default/files/2022-11/CmR_Porto_participating_organisations.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "List of participating organisations",
            "38.2 KB",
        ),
    ],
)
inner = (
    t1_banner("event", "2022-10", "CmR%20Porto%20banner.jpg", "CmR Porto banner", ("c0Rt9Pz1", "Rt66PwQa"))
    + t1_title(h1)
    + date_field
    + loc_field
    + t1_body("event", body)
    + files
    + t1_terms("field_event_type", "event", "Event Type", [(2416, "Clusters meet Regions"), (2076, "Physical event")])
    + t1_audience("event")
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2022-11-30T08:30:00+01:00",
            "Wed, 30/11/2022 - 08:30",
            "/event-calendar/eu-clusters-talks-agri-food-cluster-activities-sustainable-and-resilient",
            "EU Clusters Talks: Agri-food",
            "Online",
        ),
        t1_event_teaser(
            "2022-12-06T09:00:00+01:00",
            "Tue, 06/12/2022 - 09:00",
            "/event-calendar/eu-cluster-matchmaking-event-health-life-sciences",
            "EU Cluster Matchmaking Event – Health & Life Sciences",
            "Online",
            "2022-12-07T13:00:00+01:00",
            "Wed, 07/12/2022 - 13:00",
        ),
    ],
    [
        t1_news_teaser(
            "15 November 2022",
            "/content/how-northern-clusters-are-turning-wind-and-hydrogen-jobs",
            "How northern clusters are turning wind and hydrogen into jobs",
        )
    ],
)
add(
    "hy-002",
    url,
    t1_page(
        node=167305,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=1002,
        cookie_banner=True,
    ),
    record(
        id="hy-002",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="Clusters and regions for a sustainable blue economy",
        page_title=h1,
        series="Clusters meet Regions",
        start="2022-11-30",
        end="2022-12-01",
        assets=[
            asset(
                "Agenda – Clusters meet Regions Porto",
                "https://clustercollaboration.eu/sites/default/files/2022-11/CmR_Porto_Agenda.pdf",
            ),
            asset(
                "Input paper: Clusters in the blue economy",
                "https://clustercollaboration.eu/sites/default/files/2022-11/CmR_Porto_Input_Paper_Blue_Economy.pdf",
            ),
            asset(
                "List of participating organisations",
                "https://clustercollaboration.eu/sites/default/files/2022-11/CmR_Porto_participating_organisations.xlsx",
            ),
        ],
        notes="Range across months 'from 30 November to 1 December 2022' (dates only); Drupal daterange field whose <time datetime> carries the all-day "
        "placeholder 12:00Z (no time of day is shown anywhere: start/end are dates); registration deadline 21 November 2022; sidebar teaser "
        "with a time on 30/11/2022 belongs to another event; Drupal 'Attachment | Size' table with PDF, PDF and XLSX rows; cookie banner.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-003
url = "https://clustercollaboration.eu/content/how-northern-clusters-are-turning-wind-and-hydrogen-jobs"
h1 = "How northern clusters are turning wind and hydrogen into jobs"
body = (
    "<p>Around 60 cluster managers from 17 countries travelled to Oulu, Finland, on 19th and 20th October 2022 for the latest Cluster Collaboration "
    "Lab (C2Lab). Over two days they worked in small teams on joint project ideas around offshore wind, green hydrogen and the skills both "
    "industries will need in the coming decade.</p>\n"
    '<figure role="group" class="caption caption-img"><img src="/sites/default/files/inline-images/C2Lab%20Oulu%20group.jpg" alt="" loading="lazy" width="800" height="533" />'
    "<figcaption>C2Lab Oulu group.jpg</figcaption></figure>\n"
    "<p>Prof. Dr. Jukka Heikkinen, Vice-Rector for Research of the University of Oulu, opened the event with an overview of the region's research "
    "on hydrogen and on the electrification of heavy industry.</p>\n"
    "<p>Sanna Virtanen, Senior Adviser at Business Finland, then presented the national funding instruments available to companies that want to "
    "enter the hydrogen value chain.</p>\n"
    "<p>“Clusters are the glue between small suppliers and very large energy projects,” said Ing. Tomáš Vrba, CEO of the Moravian Hydrogen "
    "Cluster, who explained how Czech suppliers joined forces to win their first contracts for electrolyser components.</p>\n"
    "<p>In the afternoon sessions the teams tested their ideas with the facilitators and with each other. Five project ideas came out of the "
    "lab, among them a joint training scheme for wind turbine technicians and a hydrogen valley partnership between Northern Finland and "
    "Moravia.</p>\n"
    "<p>The next C2Lab will take place in spring 2023; the call for participants will be published on the platform.</p>"
)
inner = (
    t1_title(h1)
    + t1_byline("ECCP Team", "14 November 2022", "2022-11-14T09:41:10+00:00")
    + t1_body("article", body)
    + t1_terms("field_tags", "article", "Tags", [(4410, "C2Lab"), (3876, "Energy"), (4411, "Hydrogen")])
    + t1_audience("article")
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2022-11-30T12:00:00Z",
            "Wed, 30/11/2022",
            "/event-calendar/clusters-meet-regions-porto-portugal",
            "Clusters meet Regions - Porto, Portugal",
            "Physical event",
            "2022-12-01T12:00:00Z",
            "Thu, 01/12/2022",
        )
    ],
    [
        t1_news_teaser(
            "10 November 2022",
            "/news/european-cluster-panorama-2022-published",
            "European Cluster Panorama 2022 published",
        ),
        t1_news_teaser(
            "26 October 2022",
            "/news/eu-clusters-support-ukraine-results",
            "EU Clusters Support Ukraine: 300 meetings so far",
        ),
    ],
)
add(
    "hy-003",
    url,
    t1_page(
        node=171120,
        bundle="article",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=1003,
    ),
    record(
        id="hy-003",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2022-10-19",
        end="2022-10-20",
        speakers=[
            sp("Jukka Heikkinen", "Vice-Rector for Research", "University of Oulu"),
            sp("Sanna Virtanen", "Senior Adviser", "Business Finland"),
            sp("Tomáš Vrba", "CEO", "Moravian Hydrogen Cluster"),
        ],
        notes="Report whose heading names no event (the C2Lab is named only in the first sentence); ordinal day range '19th and 20th October 2022'; "
        "byline 14 November 2022 is not the event; speakers in prose ('X, Role of Org, opened …', 'X, Role at Org, then presented …', "
        "'said Ing. X, CEO of the …'); honorifics 'Prof. Dr.' and 'Ing.'; a quoted sentence by a speaker is not the title (title = heading); "
        "image file name leaks as a caption; 'spring 2023' for the next lab.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-004
url = "https://impr-0001-1260-partners.eccp.hosted-temp.com/content/eu-clusters-talks-digital-product-passport-24-january-2024"
h1 = "EU Clusters Talks: Digital Product Passport – what clusters need to know"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    "“Digital Product Passport: Getting SMEs ready” on 24 January, 10:00 – 11:30 CET.</p>\n"
    "<p>Under the new ecodesign rules, many products sold in the EU will need a digital product passport that carries information on materials, "
    "repair and recycling along the value chain. For small suppliers this means new data to collect and share. The Talk explains the timeline "
    "and presents what clusters in textiles, electronics and chemicals already do to prepare their members.</p>\n"
    "<p>Agenda:</p>\n<ul>\n<li>10:00 – Welcome and introduction</li>\n<li>10:10 – The Digital Product Passport in the new ecodesign rules</li>\n"
    "<li>10:35 – Cluster examples from textiles, electronics and chemicals</li>\n<li>11:15 – Questions and answers</li>\n</ul>\n"
    "<p>Welcome by Ulrike Brandt, Head of Unit, DG GROW, European Commission.</p>\n"
    "<p>Speakers:<br>\n- Jean-Marc Dubois, Senior Expert – Circular economy, ecodesign and product policy, DG ENV, European Commission;<br>\n"
    "- Laura Bianchi, Cluster Manager of Lombardy Green Chemistry Association;<br>\n"
    "- Tomasz Zieliński, Innovation Manager at ICT Cluster Poland, DREAM Eurocluster;<br>\n"
    "- Eva Lindqvist, Sustainability Lead, Swedish Textile &amp; Fashion Cluster, EuroBoosTEX Eurocluster.</p>\n"
    "<p>Moderated by Paolo Ricci, ECCP.</p>\n" + EU_TALKS_BOILERPLATE
)
inner = (
    t1_banner("event", "2024-01", "DPP%20Talk%20banner.png", "DPP Talk banner", ("p9Kk2mXa", "Zx41pLq0"))
    + t1_title(h1)
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")])
    + t1_audience("event")
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2023-12-13T08:30:00+01:00",
            "Wed, 13/12/2023 - 08:30",
            "/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
            "EU Clusters Talks Special: Recap on key policies and takeaways",
            "Online",
        ),
        t1_event_teaser(
            "2024-02-21T08:30:00+01:00",
            "Wed, 21/02/2024 - 08:30",
            "/content/eu-clusters-talks-support-programmes-and-funding-schemes",
            "EU Clusters Talks: Support programmes and funding schemes",
            "Online",
        ),
    ],
    [t1_news_teaser("11 December 2023", "/news/eccp-annual-report-2023", "The platform in 2023: facts and figures")],
)
add(
    "hy-004",
    url,
    t1_page(
        node=229931,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=1004,
        staging=True,
    ),
    record(
        id="hy-004",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="Digital Product Passport: Getting SMEs ready",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-01-24", "10:00"),
        end=bx("2024-01-24", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Ulrike Brandt", "Head of Unit", "DG GROW, European Commission"),
            sp(
                "Jean-Marc Dubois",
                "Senior Expert – Circular economy, ecodesign and product policy",
                "DG ENV, European Commission",
            ),
            sp("Laura Bianchi", "Cluster Manager", "Lombardy Green Chemistry Association"),
            sp("Tomasz Zieliński", "Innovation Manager", "ICT Cluster Poland", "DREAM"),
            sp("Eva Lindqvist", "Sustainability Lead", "Swedish Textile & Fashion Cluster", "EuroBoosTEX"),
            sp("Paolo Ricci", None, "ECCP"),
        ],
        euroclusters=["DREAM", "EuroBoosTEX"],
        notes="ECCP staging copy (impr-0001-1260-partners.eccp.hosted-temp.com, noindex, environment banner); the body date '24 January' has no year "
        "and the year 2024 is only in the URL slug (the sidebar's first teaser is dated 2023); agenda list with times is not speakers; "
        "'Welcome by' and 'Moderated by' lines are speakers; '- ' lines in one <br> paragraph; role with commas; 'Role of Organisation'.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-005
url = "https://preview.clustercollaboration.eu/event-calendar/save-date-clusters-meet-regions-charleroi-belgium"
h1 = "Save the date: Clusters meet Regions – Charleroi, Belgium"
body = "<p>Save the date! The next Clusters meet Regions workshop will take place in Charleroi, Belgium, on 27 &amp; 28 November 2024.</p>\n<p>Programme and registration details will follow soon.</p>"
inner = (
    t1_banner(
        "event",
        "2024-09",
        "Save%20the%20date%20CmR%20Charleroi.png",
        "Save the date CmR Charleroi",
        ("Sd7Yq1Lm", "kk2Pd9Ew"),
    )
    + t1_title(h1)
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(2416, "Clusters meet Regions"), (2076, "Physical event")])
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2024-10-24T12:00:00Z",
            "Thu, 24/10/2024",
            "/content/clusters-meet-regions-chisinau-moldova",
            "Clusters meet Regions - Chișinău, Moldova",
            "Physical event",
            "2024-10-25T12:00:00Z",
            "Fri, 25/10/2024",
        ),
        t1_event_teaser(
            "2024-10-02T08:30:00+02:00",
            "Wed, 02/10/2024 - 08:30",
            "/content/eu-clusters-talks-future-european-competitiveness-role-clusters",
            "EU Clusters Talks: The future of European competitiveness",
            "Online",
        ),
    ],
    [],
)
add(
    "hy-005",
    url,
    t1_page(
        node=241877,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=1005,
    ),
    record(
        id="hy-005",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-11-27",
        end="2024-11-28",
        notes="'Save the date' teaser on the preview host: two sentences only, still an event page; '27 & 28 November 2024' written with an "
        "entity ampersand; title = heading (with its 'Save the date:' prefix); the sidebar lists another Clusters meet Regions (Chișinău) "
        "with earlier dates.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-006
url = "https://clustercollaboration.eu/community-event/gemstone-webinar-how-apply-green-manufacturing-vouchers"
h1 = "GEMSTONE webinar: How to apply for the green manufacturing vouchers"
date_field = twig_field(
    "field_event_date",
    "community_event",
    "daterange",
    '<div class="field field--name-field-event-date field--type-daterange field--label-above">\n  <div class="field__label">Date</div>\n'
    '  <div class="field__item"><time datetime="2023-10-05T07:00:00Z" class="datetime">Thu, 05/10/2023 - 09:00</time>\n - <time datetime="2023-10-05T08:30:00Z" class="datetime">Thu, 05/10/2023 - 10:30</time>\n</div>\n</div>',
)
loc_field = twig_field(
    "field_location",
    "community_event",
    "string",
    '<div class="field field--name-field-location field--type-string field--label-above">\n  <div class="field__label">Location</div>\n  <div class="field__item">Online (Zoom)</div>\n</div>',
)
desc = (
    "<p>Join the GEMSTONE Eurocluster on Thursday 5 October for an online info session on its second open call for manufacturing SMEs.</p>\n"
    "<p>GEMSTONE (GrEen Manufacturing SupporTing recOvery and resilieNcE of industrial SMEs) offers vouchers of up to EUR 60 000 for green "
    "and digital upgrades of production processes. The call closes on 30 November 2023 at 17:00 CET.</p>\n"
    "<p>Target audience:</p>\n<ul>\n<li>Manufacturing SMEs established in an EU Member State or a country taking part in the Single Market Programme</li>\n"
    "<li>Companies planning investments in greener processes</li>\n<li>Cluster managers supporting applicants</li>\n</ul>\n"
    "<h3>Speakers</h3>\n<h4>Céline Moreau</h4>\n<p>Open Call Coordinator, Pôle Véhicule du Futur</p>\n"
    "<h4>Dr. Matteo Galli</h4>\n<p>Senior Advisor, Clust-ER MECH</p>\n"
    "<h4>Anja Petrović</h4>\n<p>Business Development Manager at Automotive Cluster of Serbia</p>\n"
    '<p><a href="https://www.gemstone-project.eu/wp-content/uploads/2023/09/GEMSTONE_call_timeline.png"><img src="https://www.gemstone-project.eu/wp-content/uploads/2023/09/GEMSTONE_call_timeline-300x169.png" alt="Call timeline" width="300" height="169" /></a></p>\n'
    '<p>Please read the <a href="https://www.gemstone-project.eu/wp-content/uploads/2023/09/GEMSTONE_OC2_Guide_for_Applicants.pdf">Guide for Applicants (PDF)</a> before the session. '
    "The slides will be shared with participants after the webinar.</p>\n"
    '<p><a href="https://clustercollaboration.eu/node/211874/calendar.ics">Add to calendar</a> | <a href="https://www.gemstone-project.eu/open-calls/">Open call page</a></p>'
)
desc_field = twig_field(
    "field_description",
    "community_event",
    "text-long",
    f'<div class="clearfix text-formatted field field--name-field-description field--type-text-long field--label-hidden field__item">{desc}</div>',
)
inner = (
    t1_title(h1)
    + date_field
    + loc_field
    + desc_field
    + t1_terms(
        "field_cluster_organisation", "community_event", "Cluster organisation", [(5120, "GEMSTONE Eurocluster")]
    )
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2023-10-12T12:00:00Z",
            "Thu, 12/10/2023",
            "/event-calendar/clusters-meet-regions-lyon-france",
            "Clusters meet Regions - Lyon, France",
            "Physical event",
            "2023-10-13T12:00:00Z",
            "Fri, 13/10/2023",
        ),
        t1_event_teaser(
            "2023-11-08T08:30:00+01:00",
            "Wed, 08/11/2023 - 08:30",
            "/content/clusters4neb-new-european-bauhaus-and-sustainable-construction",
            "Clusters4NEB: New European Bauhaus and Sustainable Construction",
            "Online",
        ),
    ],
    [],
)
add(
    "hy-006",
    url,
    t1_page(
        node=211874,
        bundle="community_event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Community events", "/community-event"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=1006,
    ),
    record(
        id="hy-006",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2023-10-05", "09:00"),
        end=bx("2023-10-05", "10:30"),
        tz_label=None,
        speakers=[
            sp("Céline Moreau", "Open Call Coordinator", "Pôle Véhicule du Futur"),
            sp("Matteo Galli", "Senior Advisor", "Clust-ER MECH"),
            sp("Anja Petrović", "Business Development Manager", "Automotive Cluster of Serbia"),
        ],
        euroclusters=["GEMSTONE"],
        assets=[
            asset(
                "Guide for Applicants (PDF)",
                "https://www.gemstone-project.eu/wp-content/uploads/2023/09/GEMSTONE_OC2_Guide_for_Applicants.pdf",
            )
        ],
        notes="Community event whose text sits in field_description (no field--name-body); the time is only in the Drupal daterange field, as "
        "<time datetime> in UTC ('2023-10-05T07:00:00Z' = 09:00 Brussels summer time) with no zone label; prose 'Thursday 5 October' has no "
        "year; call deadline '30 November 2023 at 17:00 CET' is not the event; 'Target audience:' list is not speakers; speakers as <h4> name + "
        "<p> role blocks; external PDF is an asset, a PNG link and an .ics link are not; Eurocluster named by acronym and full name.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-007 (news, not an event)
url = "https://clustercollaboration.eu/news/new-report-clusters-proximity-and-social-economy-ecosystem"
h1 = "New report: Clusters in the proximity and social economy ecosystem"
body = (
    "<p>The European Cluster Collaboration Platform has published a new report on clusters active in the proximity and social economy "
    "industrial ecosystem. It maps more than 80 cluster organisations that work with social enterprises, cooperatives and local businesses, "
    "and describes the services they offer.</p>\n"
    "<p>The report includes case studies contributed by the SocialTech4EU Eurocluster and by regional clusters in Spain, Italy and Poland.</p>\n"
    "<p>Its findings will be presented at the EU Clusters Talk on 7 June 2023, 8:30 – 9:45 CET, and discussed with regional authorities at the "
    "Clusters meet Regions workshop in Lyon on 12 and 13 October 2023.</p>\n"
    '<p><a href="/sites/default/files/2023-05/ECCP_Report_Proximity_Social_Economy_Clusters.pdf">Download the report (PDF, 3.2 MB)</a></p>'
)
inner = (
    t1_title(h1)
    + t1_byline("ECCP Team", "24 May 2023", "2023-05-24T13:05:44+00:00")
    + t1_body("article", body)
    + t1_terms("field_tags", "article", "Tags", [(4380, "Social economy"), (4102, "Publications")])
    + t1_audience("article")
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2023-05-31T08:30:00+02:00",
            "Wed, 31/05/2023 - 08:30",
            "/content/eu-clusters-talks-patents-europe-new-framework-innovation",
            "EU Clusters Talks: Patents in Europe",
            "Online",
        )
    ],
    [],
)
add(
    "hy-007",
    url,
    t1_page(
        node=203355,
        bundle="article",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=1007,
    ),
    record(
        id="hy-007",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["SocialTech4EU"],
        notes="NOT an event: a news item about a report; it announces an EU Clusters Talk with a full date, time and CET label and a Clusters meet Regions date range, and links a PDF.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-008 (tag page)
url = "https://clustercollaboration.eu/tags/euroclusters"
rows = [
    (
        "12 March 2024",
        "/community-news/e-boost-second-open-call-electromobility-smes",
        "E-BOOST launches its second open call for electromobility SMEs",
        "news",
    ),
    (
        "Wed, 06/03/2024 - 08:30",
        "/content/eu-clusters-talks-digital-health-clusters-and-european-health-data-space",
        "EU Clusters Talks: Digital health and the European Health Data Space",
        "event",
    ),
    (
        "28 February 2024",
        "/community-news/sileo-results-first-year",
        "SILEO: results of the first year for lighting and furniture SMEs",
        "news",
    ),
    (
        "Thu, 05/10/2023 - 09:00",
        "/community-event/gemstone-webinar-how-apply-green-manufacturing-vouchers",
        "GEMSTONE webinar: How to apply for the green manufacturing vouchers",
        "event",
    ),
    (
        "19 September 2023",
        "/community-news/re-centre-cross-sectoral-open-call",
        "RE-CENTRE opens a cross-sectoral call for furniture and interior companies",
        "news",
    ),
    (
        "Wed, 08/03/2023 - 08:30",
        "/content/eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition",
        "EU Clusters Talks: Meet the Euroclusters",
        "event",
    ),
]
items = "\n".join(
    f'<div class="views-row"><article class="teaser teaser--{k}"><div class="teaser__date">{d}</div>\n  <h3 class="teaser__title"><a href="{h}" hreflang="en">{t}</a></h3>\n'
    f'  <div class="teaser__summary">{"Read more" if k == "news" else "Event"}</div></article></div>'
    for d, h, t, k in rows
)
main = twig(
    "taxonomy_term",
    ["taxonomy-term--euroclusters.html.twig", "taxonomy-term--tags.html.twig", "taxonomy-term.html.twig"],
    "taxonomy-term.html.twig",
    "core/themes/classy/templates/content/taxonomy-term.html.twig",
    '<h1 class="page-title">Euroclusters</h1>\n<div id="taxonomy-term-3301" class="taxonomy-term vocabulary-tags"><div class="content"></div></div>\n'
    '<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1">\n  <div class="view-content">\n'
    + items
    + '\n  </div>\n  <nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>'
    '<ul class="pager__items js-pager__items"><li class="pager__item is-active">1</li><li class="pager__item"><a href="?page=1">2</a></li>'
    '<li class="pager__item"><a href="?page=2">3</a></li><li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next ›</a></li></ul></nav>\n</div>',
)
add(
    "hy-008",
    url,
    t1_page(
        node=None,
        bundle=None,
        h1_for_title="Euroclusters",
        canonical=url,
        breadcrumb=[("Home", "/"), ("Euroclusters", None)],
        article_inner=None,
        sidebar=t1_sidebar([], []),
        seed=1008,
        body_class="path-taxonomy",
        main_override=main,
        og_type="website",
    ),
    record(
        id="hy-008",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title="Euroclusters",
        page_title="Euroclusters",
        euroclusters=["E-BOOST", "GEMSTONE", "RE-CENTRE", "SILEO"],
        notes="NOT an event: tag listing that mixes news and event teasers with dates and times, and a pager.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-009 (open call)
url = "https://clustercollaboration.eu/content/call-expression-interest-host-clusters-meet-regions-workshop-2024"
h1 = "Call for expression of interest: host a Clusters meet Regions workshop in 2024"
deadline = twig_field(
    "field_deadline",
    "call",
    "datetime",
    '<div class="field field--name-field-deadline field--type-datetime field--label-inline clearfix">\n  <div class="field__label">Deadline</div>\n'
    '  <div class="field__item"><time datetime="2023-09-15T15:00:00Z" class="datetime">Fri, 15/09/2023 - 17:00</time>\n</div>\n</div>',
)
body = (
    "<p>Regional authorities and regional development agencies are invited to express their interest in hosting one of the Clusters meet "
    "Regions workshops that the European Cluster Collaboration Platform will organise in 2024.</p>\n"
    "<p>A workshop lasts two days and brings together about 150 participants from clusters, companies, research organisations and public "
    "administrations. The host region proposes a theme linked to its smart specialisation strategy, provides a venue and helps to organise "
    "site visits; the platform covers the programme, speakers and communication.</p>\n"
    "<p>An information webinar for interested regions will take place on 5 September 2023 at 10:00 CEST.</p>\n"
    "<p><strong>Deadline:</strong> 15 September 2023, 17:00 CEST. Selected regions will be informed in October 2023.</p>\n"
    "<p>Please send the completed application form to the platform's helpdesk.</p>"
)
files = t1_file_table(
    "call",
    "Documents",
    [
        (
            "https://clustercollaboration.eu/sites/default/files/2023-07/CmR_2024_Expression_of_interest_form.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "CmR_2024_Expression_of_interest_form.docx",
            "61.4 KB",
        )
    ],
)
inner = t1_title(h1) + deadline + t1_body("call", body) + files + t1_audience("call") + t1_share(url, h1)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2023-09-20T08:30:00+02:00",
            "Wed, 20/09/2023 - 08:30",
            "/content/eu-clusters-talks-net-zero-industry-act",
            "EU Clusters Talks: Net-Zero Industry Act",
            "Online",
        )
    ],
    [t1_news_teaser("18 July 2023", "/news/summer-break-helpdesk", "Helpdesk opening hours over the summer")],
)
add(
    "hy-009",
    url,
    t1_page(
        node=207719,
        bundle="call",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Opportunities", "/open-calls"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=1009,
    ),
    record(
        id="hy-009",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: an open call; deadline field with <time datetime>, an information webinar with a date, time and CEST label in the "
        "body, a DOCX application form in an 'Attachment | Size' table.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-010 (listing with a featured event)
url = "https://clustercollaboration.eu/events/organised-by-eccp/clusters-talks"
past = [
    (
        "Wed, 13/03/2024 - 08:30",
        "EU Clusters Talks: Clusters and the Net-Zero Industry Academies",
        "/content/eu-clusters-talks-net-zero-industry-academies",
    ),
    (
        "Wed, 06/03/2024 - 08:30",
        "EU Clusters Talks: Digital health and the European Health Data Space",
        "/content/eu-clusters-talks-digital-health",
    ),
    (
        "Wed, 21/02/2024 - 08:30",
        "EU Clusters Talks: Support programmes and funding schemes",
        "/content/eu-clusters-talks-support-programmes-and-funding-schemes",
    ),
    (
        "Wed, 24/01/2024 - 10:00",
        "EU Clusters Talks: Digital Product Passport – what clusters need to know",
        "/content/eu-clusters-talks-digital-product-passport",
    ),
    (
        "Wed, 13/12/2023 - 08:30",
        "EU Clusters Talks Special: Recap on key policies and takeaways",
        "/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
    ),
]
rows = "\n".join(
    f'<div class="views-row"><article class="teaser teaser--event"><div class="teaser__date">{d}</div>\n  <h3 class="teaser__title"><a href="{h}" hreflang="en">{t}</a></h3></article></div>'
    for d, t, h in past
)
main = (
    '<h1 class="page-title">EU Clusters Talks</h1>\n'
    '<div class="intro"><p>The EU Clusters Talks are the platform\'s online meetings on industrial policy and cluster practice. '
    "Recordings and summaries of past Talks are available on each event page.</p></div>\n"
    + twig(
        "views_view",
        ["views-view--featured-event--block-1.html.twig", "views-view.html.twig"],
        "views-view.html.twig",
        "core/themes/classy/templates/views/views-view.html.twig",
        '<section class="featured-event">\n  <h2 class="featured-event__label">Next Talk</h2>\n  <article class="teaser teaser--event teaser--featured">\n'
        '    <div class="teaser__date"><time datetime="2024-04-10T08:30:00+02:00" class="datetime">Wed, 10/04/2024 - 08:30</time> – 09:45 CET</div>\n'
        '    <h3 class="teaser__title"><a href="/content/eu-clusters-talks-skills-net-zero-industry" hreflang="en">EU Clusters Talks: Skills for the net-zero industry</a></h3>\n'
        '    <p class="teaser__summary">How can clusters help their members find and train the workers that the clean-tech industries need? Speakers include Ana Ferreira, Net-Zero Industry Academy, and Lars Eriksson, Vinnova.</p>\n'
        '    <a class="button" href="/content/eu-clusters-talks-skills-net-zero-industry">Read more and register</a>\n  </article>\n</section>',
    )
    + twig(
        "views_view",
        ["views-view--past-events--page-2.html.twig", "views-view.html.twig"],
        "views-view.html.twig",
        "core/themes/classy/templates/views/views-view.html.twig",
        '<div class="view view-past-events view-id-past_events view-display-id-page_2">\n  <h2>Past Talks</h2>\n  <div class="view-content">\n'
        + rows
        + '\n  </div>\n  <nav class="pager"><ul class="pager__items"><li class="pager__item is-active">1</li><li class="pager__item"><a href="?page=1">2</a></li><li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next ›</a></li></ul></nav>\n</div>',
    )
)
add(
    "hy-010",
    url,
    t1_page(
        node=None,
        bundle=None,
        h1_for_title="EU Clusters Talks",
        canonical=url,
        breadcrumb=[("Home", "/"), ("Events", "/events"), ("EU Clusters Talks", None)],
        article_inner=None,
        sidebar=t1_sidebar(
            [], [t1_news_teaser("02 April 2024", "/news/eccp-newsletter-april-2024", "Newsletter: April 2024")]
        ),
        seed=1010,
        body_class="path-events",
        main_override=main,
        og_type="website",
    ),
    record(
        id="hy-010",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title="EU Clusters Talks",
        page_title="EU Clusters Talks",
        notes="NOT an event: series listing; a featured 'Next Talk' block has a full date, time, CET label and speaker names, followed by five past Talks with dates.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-011 (matchmaking)
url = "https://clustercollaboration.eu/event-calendar/eu-cluster-matchmaking-event-health-life-sciences"
h1 = "EU Cluster Matchmaking Event – Health &amp; Life Sciences"
h1_text = "EU Cluster Matchmaking Event – Health & Life Sciences"
body = (
    "<p>The European Cluster Collaboration Platform organises an online EU Cluster Matchmaking Event for cluster organisations of the health and "
    "life sciences ecosystem on 6 and 7 December 2022, 9:00 – 13:00 CET on both days.</p>\n"
    "<p>Participants book one-to-one video meetings with clusters from other countries to prepare joint projects, exchange good practice on "
    "services for medtech and biotech SMEs, and find partners for upcoming calls of the Single Market Programme and Horizon Europe.</p>\n"
    "<p>Registration is open until 28 November 2022 (23:59 CET). Selected participants will receive access to the matchmaking tool by "
    "1 December.</p>\n"
    '<p><a href="https://clustercollaboration.eu/eu-cluster-matchmaking-health-registration">Registration form</a></p>\n'
    '<p><a href="/sites/default/files/2022-11/Matchmaking_health_visual.jpg"><img src="/sites/default/files/styles/large/public/2022-11/Matchmaking_health_visual.jpg" alt="Matchmaking visual" width="480" height="270" /></a></p>'
)
files = t1_file_table(
    "event",
    "Attachments",
    [
        (
            "https://clustercollaboration.eu/sites/default/files/2022-11/Matchmaking_guidelines_participants.pdf",
            "application/pdf",
            "Matchmaking guidelines for participants",
            "356.02 KB",
        ),
        (
            "https://clustercollaboration.eu/sites/default/files/2022-11/Cluster_profile_template.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "Cluster profile template",
            "24.9 KB",
        ),
        (
            "https://clustercollaboration.eu/sites/default/files/2022-11/Matchmaking_tool_presentation.pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "Presentation of the matchmaking tool",
            "2.41 MB",
        ),
    ],
)
inner = (
    t1_banner(
        "event",
        "2022-11",
        "Matchmaking%20Health%201600x600.png",
        "Matchmaking Health 1600x600",
        ("mH0p2Aq1", "w3Er5Ty7"),
    )
    + t1_title(h1)
    + t1_body("event", body)
    + files
    + t1_terms("field_event_type", "event", "Event Type", [(3260, "Matchmaking"), (2075, "Online event")])
    + t1_audience("event")
    + t1_share(url, h1_text)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2022-11-30T12:00:00Z",
            "Wed, 30/11/2022",
            "/event-calendar/clusters-meet-regions-porto-portugal",
            "Clusters meet Regions - Porto, Portugal",
            "Physical event",
            "2022-12-01T12:00:00Z",
            "Thu, 01/12/2022",
        )
    ],
    [],
)
add(
    "hy-011",
    url,
    t1_page(
        node=169042,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=1011,
    ),
    record(
        id="hy-011",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1_text,
        page_title=h1_text,
        series="ECCP matchmaking",
        start=bx("2022-12-06", "09:00"),
        end=bx("2022-12-07", "13:00"),
        tz_label="CET",
        assets=[
            asset(
                "Matchmaking guidelines for participants",
                "https://clustercollaboration.eu/sites/default/files/2022-11/Matchmaking_guidelines_participants.pdf",
            ),
            asset(
                "Cluster profile template",
                "https://clustercollaboration.eu/sites/default/files/2022-11/Cluster_profile_template.xlsx",
            ),
            asset(
                "Presentation of the matchmaking tool",
                "https://clustercollaboration.eu/sites/default/files/2022-11/Matchmaking_tool_presentation.pptx",
            ),
        ],
        notes="Two-day online matchmaking '6 and 7 December 2022, 9:00 – 13:00 CET on both days': start = first day 09:00, end = last day 13:00; "
        "registration deadline '28 November 2022 (23:59 CET)' has a time and label but is not the event; '1 December' without year; heading with "
        "an &amp; entity; 'Attachment | Size' table with PDF, XLSX and PPTX; a JPG link in the body is not an asset.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-012
url = "https://www.clustercollaboration.eu/events/organised-by-eccp/clusters-talks/energy-crisis-how-clusters-support-smes"
h1 = "Energy crisis: How clusters support SMEs"
body = (
    "<p>On 12th October 2022, 08:30 - 09:45 CEST, the European Cluster Collaboration Platform hosted the EU Clusters Talk "
    "“Energy crisis: how can clusters support SMEs?”.</p>\n"
    "<p>Energy prices have multiplied within a year, and many small manufacturers now pay more for energy than for labour. The Talk looked at "
    "the emergency measures adopted at EU level and at what clusters do to help their members: joint purchasing, energy audits, and faster "
    "access to renewable energy.</p>\n"
    "<p>Keynote: Dr. Ioana Popescu, Head of Unit – Energy policy coordination, DG ENER, European Commission</p>\n"
    '<p>Panel:</p>\n<table class="speakers">\n<thead><tr><th>Speaker</th><th>Position</th><th>Organisation</th></tr></thead>\n<tbody>\n'
    "<tr><td>Kaspar Jensen</td><td>Chief Executive Officer</td><td>Energy Cluster Denmark</td></tr>\n"
    "<tr><td>Marta Ruiz de Azúa</td><td>Head of International Projects</td><td>Basque Energy Cluster</td></tr>\n"
    "<tr><td>Giorgos Papadakis</td><td>Managing Director</td><td>Hellenic Energy Efficiency Cluster</td></tr>\n"
    "</tbody>\n</table>\n"
    "<p>Moderator: Nina Berger, Communication Expert, ECCP</p>\n"
    '<p>Watch the recording on <a href="https://www.youtube.com/watch?v=EnCr1s2022x">YouTube</a>.</p>\n'
    '<p>Download the <a href="/sites/default/files/2022-10/EUCT_Energy_crisis_presentations.pdf">presentations</a> and the '
    '<a href="/sites/default/files/2022-10/EUCT_Energy_crisis_summary.docx">event summary</a>.</p>'
)
inner = (
    t1_banner("event", "2022-10", "EUCT%20Energy%20crisis.png", "EUCT Energy crisis", ("eN3rgY01", "eN3rgY02"))
    + t1_title(h1)
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")])
    + t1_audience("event")
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2022-10-26T08:30:00+02:00",
            "Wed, 26/10/2022 - 08:30",
            "/content/eu-clusters-talks-space-clusters",
            "EU Clusters Talks: Space for clusters",
            "Online",
        ),
        t1_event_teaser(
            "2022-11-30T12:00:00Z",
            "Wed, 30/11/2022",
            "/event-calendar/clusters-meet-regions-porto-portugal",
            "Clusters meet Regions - Porto, Portugal",
            "Physical event",
            "2022-12-01T12:00:00Z",
            "Thu, 01/12/2022",
        ),
    ],
    [
        t1_news_teaser(
            "05 October 2022", "/news/energy-prices-survey-clusters", "Survey: how energy prices hit cluster members"
        )
    ],
)
add(
    "hy-012",
    url,
    t1_page(
        node=166208,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[
            ("Home", "/"),
            ("Events", "/events"),
            ("EU Clusters Talks", "/events/organised-by-eccp/clusters-talks"),
            (h1, None),
        ],
        article_inner=inner,
        sidebar=side,
        seed=1012,
    ),
    record(
        id="hy-012",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="Energy crisis: how can clusters support SMEs?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2022-10-12", "08:30"),
        end=bx("2022-10-12", "09:45"),
        tz_label="CEST",
        speakers=[
            sp("Ioana Popescu", "Head of Unit – Energy policy coordination", "DG ENER, European Commission"),
            sp("Kaspar Jensen", "Chief Executive Officer", "Energy Cluster Denmark"),
            sp("Marta Ruiz de Azúa", "Head of International Projects", "Basque Energy Cluster"),
            sp("Giorgos Papadakis", "Managing Director", "Hellenic Energy Efficiency Cluster"),
            sp("Nina Berger", "Communication Expert", "ECCP"),
        ],
        assets=[
            asset(
                "presentations",
                "https://www.clustercollaboration.eu/sites/default/files/2022-10/EUCT_Energy_crisis_presentations.pdf",
            ),
            asset(
                "event summary",
                "https://www.clustercollaboration.eu/sites/default/files/2022-10/EUCT_Energy_crisis_summary.docx",
            ),
        ],
        notes="Ordinal date with zero-padded times '12th October 2022, 08:30 - 09:45 CEST'; quoted title ends with '?' followed by '.' outside the "
        "quotes; 'Keynote:' line with 'Dr.'; panel as a <table> with Speaker/Position/Organisation columns; 'Moderator:' line; YouTube link is "
        "not an asset; PDF and DOCX assets in one sentence (relative links on the www host).",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-013 (Access denied)
url = "https://clustercollaboration.eu/content/eu-clusters-talks-programme-2024-draft"
main = (
    twig(
        "page_title",
        ["page-title.html.twig"],
        "page-title.html.twig",
        "themes/custom/eccp_theme/templates/content/page-title.html.twig",
        '<h1 class="page-title">Access denied</h1>',
    )
    + '<div class="access-denied"><p>You are not authorized to access this page.</p></div>'
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2024-02-21T08:30:00+01:00",
            "Wed, 21/02/2024 - 08:30",
            "/content/eu-clusters-talks-support-programmes-and-funding-schemes",
            "EU Clusters Talks: Support programmes and funding schemes",
            "Online",
        ),
        t1_event_teaser(
            "2024-03-05T12:00:00Z",
            "Tue, 05/03/2024",
            "/content/clusters-meet-regions-tallinn-estonia",
            "Clusters meet Regions - Tallinn, Estonia",
            "Physical event",
            "2024-03-06T12:00:00Z",
            "Wed, 06/03/2024",
        ),
    ],
    [],
)
add(
    "hy-013",
    url,
    t1_page(
        node=None,
        bundle=None,
        h1_for_title="Access denied",
        canonical=url,
        breadcrumb=[("Home", "/"), ("Access denied", None)],
        article_inner=None,
        sidebar=side,
        seed=1013,
        body_class="path-node page-node-type-event",
        main_override=main,
    ),
    record(
        id="hy-013",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title="Access denied",
        page_title="Access denied",
        notes="NOT an event: Drupal 403 page at an event URL; the sidebar still lists upcoming events with dates and times.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-014 (log-in form)
url = "https://clustercollaboration.eu/user/login?destination=/node/230517"
main = (
    twig(
        "page_title",
        ["page-title.html.twig"],
        "page-title.html.twig",
        "themes/custom/eccp_theme/templates/content/page-title.html.twig",
        '<h1 class="page-title">Log in</h1>',
    )
    + '<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login?destination=/node/230517" method="post" id="user-login-form" accept-charset="UTF-8">\n'
    '  <div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">Username or e-mail</label>'
    '<input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" autocomplete="username" type="text" id="edit-name" name="name" value="" size="60" maxlength="254" class="form-text required" required="required" aria-required="true" /></div>\n'
    '  <div class="js-form-item form-item js-form-type-password form-item-pass"><label for="edit-pass" class="js-form-required form-required">Password</label>'
    '<input autocomplete="current-password" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" aria-required="true" /></div>\n'
    '  <input type="hidden" name="form_id" value="user_login_form" />\n  <div class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--2" name="op" value="Log in" class="button js-form-submit form-submit" /></div>\n'
    '</form>\n<ul class="user-links"><li><a href="/user/password">Reset your password</a></li><li><a href="/register-your-profile">Create a new account</a></li></ul>'
)
add(
    "hy-014",
    url,
    t1_page(
        node=None,
        bundle=None,
        h1_for_title="Log in",
        canonical="https://clustercollaboration.eu/user/login",
        breadcrumb=[("Home", "/"), ("Log in", None)],
        article_inner=None,
        sidebar="",
        seed=1014,
        main_override=main,
        og_type="website",
    ),
    record(
        id="hy-014",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title="Log in",
        page_title="Log in",
        notes="NOT an event: Drupal log-in form reached through a ?destination= link to an event node.",
    ),
)
