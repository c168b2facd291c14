"""T1 pages (ECCP, Drupal 10 with theme debug) of the hr-* set. Page bodies written new for heldout10."""

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
ECCP = "https://clustercollaboration.eu"

TALKS_OUTRO = (
    "<p>The EU Clusters Talks are online meetings that the European Cluster Collaboration Platform organises for the cluster "
    "community every two weeks. Each Talk combines a short policy update from the European Commission with examples from "
    "clusters on the ground, followed by questions from the audience and news from the platform.</p>"
)
CMR_OUTRO = (
    "<p>Clusters meet Regions is a series of regional workshops that the European Cluster Collaboration Platform runs on behalf "
    "of the European Commission. Each edition brings cluster organisations, regional authorities and companies to the host "
    "region for a policy workshop, visits to local companies and research centres, and a matchmaking session.</p>"
)


def when(text: str) -> str:
    return f'<div class="event-header__meta"><p class="event-header__when">{text}</p></div>\n'


def location(bundle: str, text: str) -> str:
    return twig_field(
        "field_location",
        bundle,
        "string",
        f'<div class="field field--name-field-location field--type-string field--label-inline clearfix">\n    <div class="field__label">Location</div>\n'
        f'    <div class="field__item">{text}</div>\n</div>',
    )


SIDE_EVENTS_2024 = [
    t1_event_teaser(
        "2024-05-07T12:00:00Z",
        "Tue, 07/05/2024",
        "/european-cluster-conference-2024",
        "European Cluster Conference 2024",
        "Physical event",
        "2024-05-08T12:00:00Z",
        "Wed, 08/05/2024",
    ),
    t1_event_teaser(
        "2024-05-15T08:30:00+02:00",
        "Wed, 15/05/2024 - 08:30",
        "/content/eu-clusters-talk-circular-economy-action-plan-clusters",
        "EU Clusters Talk: Circular economy in practice",
        "Online",
    ),
    t1_event_teaser(
        "2024-06-18T12:00:00Z",
        "Tue, 18/06/2024",
        "/event-calendar/clusters-meet-regions-graz-austria",
        "Clusters meet Regions - Graz, Austria",
        "Physical event",
        "2024-06-19T12:00:00Z",
        "Wed, 19/06/2024",
    ),
]
SIDE_NEWS_2024 = [
    t1_news_teaser(
        "05 April 2024",
        "/content/clusters-meet-regions-milan-navigating-twin-transition-innovation",
        "Clusters meet Regions in Milan: Navigating the Twin Transition &amp; Innovation",
    ),
    t1_news_teaser(
        "14 March 2024",
        "/news/cluster-panorama-webinar-recording",
        "Recording available: the European Cluster Panorama webinar",
    ),
]

# ------------------------------------------------------------------------------------------------ hr-001
u = f"{ECCP}/content/eu-clusters-talk-innovation-through-integration-how-create-and-engage-meta-cluster"
h1 = "EU Clusters Talk: Innovation through integration: How to create and engage a meta-cluster"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    "“Innovation through integration: How to create and engage a meta-cluster” on 24 April 2024, 8:30 – 9:45 CET.</p>"
    "<p>Meta-clusters bring together cluster organisations from different sectors and regions around a shared mission, such as "
    "the decarbonisation of heavy industry or the circular use of materials. Since the European Commission presented its "
    "Communication on the Single Market at 30 in February 2024, the question of how clusters can work across borders at scale "
    "has become more pressing. This Talk looks at how meta-clusters are set up, how they are governed and how they reach SMEs "
    "that are not yet members of any cluster.</p>"
    "<p>Speakers at this EU Clusters Talk will include:</p>"
    "<ul>"
    "<li>Ulla Engström, Policy Officer, DG GROW, European Commission;</li>"
    "<li>Bart Verhoeven, Managing Director, Catalyst Metacluster Flanders;</li>"
    "<li>Rasa Jankauskienė, Cluster Manager, Lithuanian Mechatronics Cluster, RE-CENTRE Eurocluster;</li>"
    "<li>Giulio Benedetti, Head of International Projects, Lombardy Mobility Cluster.</li>"
    "</ul>"
    "<p>The Talk will be moderated by Clara Dumont, Cluster Expert, European Cluster Collaboration Platform.</p>"
    '<p>Participation is free of charge. <a href="https://eccp-events.eu/talks/registration?talk=meta-cluster" target="_blank">Register here</a>.</p>'
    + TALKS_OUTRO
)
art = (
    t1_banner(
        "event", "2024-04", "Talk%20meta-cluster%201600x600.png", "Talk meta-cluster banner", ("Mk3Lq9Zt", "pQ0rX7sA")
    )
    + t1_title(h1)
    + t1_byline("ECCP Team", "10 April 2024", "2024-04-10T09:12:40+00:00")
    + t1_body("event", body)
    + t1_terms(
        "field_event_target", "event", "Event Target", [(2534, "Cluster organisations"), (3382, "Policy makers")]
    )
    + t1_terms("field_event_type", "event", "Event Type", [(955, "EU Clusters Talks"), (2130, "Online event")])
    + t1_audience("event")
    + t1_share(u, h1)
)
add(
    "hr-001",
    u,
    t1_page(
        node=241877,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=art,
        sidebar=t1_sidebar(SIDE_EVENTS_2024, SIDE_NEWS_2024),
        seed=1001,
    ),
    record(
        id="hr-001",
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
            sp("Ulla Engström", "Policy Officer", "DG GROW, European Commission"),
            sp("Bart Verhoeven", "Managing Director", "Catalyst Metacluster Flanders"),
            sp("Rasa Jankauskienė", "Cluster Manager", "Lithuanian Mechatronics Cluster", "RE-CENTRE"),
            sp("Giulio Benedetti", "Head of International Projects", "Lombardy Mobility Cluster"),
            sp("Clara Dumont", "Cluster Expert", "European Cluster Collaboration Platform"),
        ],
        euroclusters=["RE-CENTRE"],
        notes="Real Talk (24 April 2024, from the nca.cz sidebar); speakers reconstructed. 'CET' on an April date after the switch (+02:00); intro sentence + <ul> 'Name, Role, Org;' with the Eurocluster in one line; moderator in a sentence after the list is a speaker; 'February 2024' (Single Market at 30) and the byline 10 April 2024 are not the event; registration link is not an asset; sidebar teasers.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-002
u = f"{ECCP}/events/organised-by-eccp/clusters-talks/future-european-competitiveness-role-clusters"
h1 = "The future of European competitiveness: Role of Clusters"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organised the EU Clusters Talk "
    "“The future of European competitiveness: Role of Clusters” on 2 October 2024, from 10:00 to 11:30 CET.</p>"
    "<p>The report on the future of European competitiveness, presented by Mario Draghi on 9 September 2024, calls for closing the "
    "innovation gap, a joint plan for decarbonisation and competitiveness, and more security and less dependency. The Talk "
    "discussed what the report means for clusters and how cluster organisations can help their SMEs scale up within the Single "
    "Market.</p>"
    "<p><strong>Speakers</strong></p>"
    "<p><strong>Henrik Sørvik</strong>, Head of Unit, DG GROW, European Commission</p>"
    "<p><strong>Marta Quintela</strong>, Chief Economist, Galician Industry 4.0 Cluster</p>"
    "<p><strong>Dr. Anselm Rothkirch</strong>, Senior Fellow, Institute for European Industrial Policy</p>"
    "<p><strong>Katja Pirc</strong>, Managing Director, Slovenian Automotive Cluster, E-BOOST Eurocluster</p>"
    "<p>Watch the recording of the Talk:</p>"
    '<p><iframe width="560" height="315" src="https://www.youtube.com/embed/c0mp3t1t1v" title="YouTube video player" frameborder="0" allowfullscreen></iframe></p>'
    + TALKS_OUTRO
)
art = (
    t1_banner(
        "event", "2024-09", "Talk%20competitiveness%20banner.png", "Talk competitiveness", ("R2d2Xw1c", "Vv8uYb3n")
    )
    + t1_title(h1)
    + when("Wed, 02/10/2024 - 10:00")
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Attachments",
        [
            (
                f"{ECCP}/sites/default/files/2024-10/EU%20Clusters%20Talk%20competitiveness%20slides.pdf",
                "application/pdf",
                "EU Clusters Talk 2 October 2024 - slides",
                "3.41 MB",
            ),
            (
                f"{ECCP}/sites/default/files/2024-10/EU%20Clusters%20Talk%20competitiveness%20summary.pdf",
                "application/pdf",
                "EU Clusters Talk 2 October 2024 - summary",
                "412.6 KB",
            ),
        ],
    )
    + t1_terms("field_event_type", "event", "Event Type", [(955, "EU Clusters Talks"), (2130, "Online event")])
    + t1_audience("event")
    + t1_share(u, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2024-10-16T08:30:00+02:00",
            "Wed, 16/10/2024 - 08:30",
            "/content/eu-clusters-talk-skills-academies",
            "EU Clusters Talk: Skills academies for clusters",
            "Online",
        ),
        t1_event_teaser(
            "2024-10-24T12:00:00Z",
            "Thu, 24/10/2024",
            "/event-calendar/clusters-meet-regions-chisinau-moldova",
            "Clusters meet Regions - Chișinău, Moldova",
            "Physical event",
            "2024-10-25T12:00:00Z",
            "Fri, 25/10/2024",
        ),
    ],
    [
        t1_news_teaser(
            "25 September 2024",
            "/news/draghi-report-what-it-means-clusters",
            "The Draghi report: what it means for clusters",
        )
    ],
)
add(
    "hr-002",
    u,
    t1_page(
        node=268410,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[
            ("Home", "/"),
            ("Events", "/events"),
            ("EU Clusters Talks", "/events/organised-by-eccp/clusters-talks"),
            (h1, None),
        ],
        article_inner=art,
        sidebar=side,
        seed=1002,
    ),
    record(
        id="hr-002",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title="The future of European competitiveness: Role of Clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-10-02", "10:00"),
        end=bx("2024-10-02", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Henrik Sørvik", "Head of Unit", "DG GROW, European Commission"),
            sp("Marta Quintela", "Chief Economist", "Galician Industry 4.0 Cluster"),
            sp("Anselm Rothkirch", "Senior Fellow", "Institute for European Industrial Policy"),
            sp("Katja Pirc", "Managing Director", "Slovenian Automotive Cluster", "E-BOOST"),
        ],
        euroclusters=["E-BOOST"],
        notes="Real Talk (2 October 2024, from the nca.cz sidebar); speakers reconstructed. /events/organised-by-eccp/ URL; 10:00-11:30 slot, 'from 10:00 to 11:30 CET' in October before the switch (+02:00); header 'Wed, 02/10/2024 - 10:00'; speakers '<strong>Name</strong>, Role, Org' one <p> each after a bold 'Speakers' label; 'Dr.' stripped; Eurocluster after the organisation; Draghi report date 9 September 2024 is not the event; two PDFs in the attachment table; YouTube iframe not an asset.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-003
u = f"{ECCP}/event-calendar/clusters-meet-regions-milan-italy"
h1 = "Clusters meet Regions - Milan, Italy"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises a Clusters meet Regions "
    "workshop in Milan, Italy, on 26-27 March 2024, together with the Lombardy Region.</p>"
    "<p>Lombardy is home to more than twenty regional technology clusters, from green chemistry to aerospace and smart mobility. "
    "The workshop will look at how the region's cluster policy supports the twin transition, and how clusters from other "
    "European regions can work with Lombard partners.</p>"
    "<h3>Programme</h3>"
    "<p><strong>Day 1 – Tuesday 26 March 2024</strong></p>"
    "<p>09:00 Registration and welcome coffee<br>"
    "09:30 Opening – Alessandra Conti, Director, Research and Innovation Directorate, Lombardy Region<br>"
    "09:50 Keynote – Pieter de Waal, Deputy Head of Unit, DG GROW, European Commission<br>"
    "10:30 Panel: The twin transition in Lombardy's industrial ecosystems, moderated by Nora Fitzgerald, ECCP<br>"
    "12:30 Lunch<br>"
    "14:00 Site visits to cluster members</p>"
    "<p><strong>Day 2 – Wednesday 27 March 2024</strong></p>"
    "<p>09:30 Cluster pitches<br>"
    "11:00 B2B matchmaking<br>"
    "13:00 Closing remarks – Stefano Marelli, President, Lombardy Green Chemistry Cluster</p>"
    '<p>The <a href="/sites/default/files/2024-03/CmR_Milan_draft_programme.pdf" type="application/pdf" target="_blank">draft programme</a> is available for download. '
    "Registration closes on 15 March 2024. Places are limited to two participants per organisation.</p>" + CMR_OUTRO
)
art = (
    t1_banner("event", "2024-02", "CmR%20Milan%20banner%201600x600.png", "CmR Milan banner", ("Lm9Pz0aQ", "Hh4Gt6Yu"))
    + t1_title(h1)
    + when("26 - 27 March 2024, Milan, Italy")
    + location("event", "Palazzo Lombardia, Piazza Città di Lombardia 1, Milan")
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(2781, "Clusters meet Regions"), (3847, "Workshop")])
    + t1_audience("event")
    + t1_share(u, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2024-03-26T12:00:00Z",
            "Tue, 26/03/2024",
            "/event-calendar/clusters-meet-regions-milan-italy",
            "Clusters meet Regions - Milan, Italy",
            "Physical event",
            "2024-03-27T12:00:00Z",
            "Wed, 27/03/2024",
        ),
        t1_event_teaser(
            "2024-04-10T08:30:00+02:00",
            "Wed, 10/04/2024 - 08:30",
            "/content/eu-clusters-talk-pact-skills",
            "EU Clusters Talk: Pact for Skills",
            "Online",
        ),
    ],
    [],
)
add(
    "hr-003",
    u,
    t1_page(
        node=247109,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        article_inner=art,
        sidebar=side,
        seed=1003,
    ),
    record(
        id="hr-003",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-03-26",
        end="2024-03-27",
        speakers=[
            sp("Alessandra Conti", "Director", "Research and Innovation Directorate, Lombardy Region"),
            sp("Pieter de Waal", "Deputy Head of Unit", "DG GROW, European Commission"),
            sp("Nora Fitzgerald", None, "ECCP"),
            sp("Stefano Marelli", "President", "Lombardy Green Chemistry Cluster"),
        ],
        assets=[asset("draft programme", f"{ECCP}/sites/default/files/2024-03/CmR_Milan_draft_programme.pdf")],
        notes="Real edition (Milan, 26-27 March 2024, from the ECCP sidebars); programme and people reconstructed. Two-day workshop: dates only although the programme has times; programme lines 'HH:MM Opening – Name, Role, Org' are speakers, 'moderated by Name, ECCP' inside a panel line (role null), lines without a person are not; registration deadline 15 March 2024 not the event; root-relative PDF is an asset; the sidebar repeats the event itself.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-004
u = f"{ECCP}/content/clusters-meet-regions-prague-central-european-industry-crossroads"
h1 = "Clusters meet Regions in Prague: Central European industry at a crossroads"
body = (
    "<p>From 23 to 24 October 2023, more than 120 representatives of clusters, regional authorities and companies met in Prague "
    "for the Clusters meet Regions workshop hosted together with the Czech Ministry of Industry and Trade and the National "
    "Cluster Association.</p>"
    "<p>Jan Vávra, Deputy Minister at the Ministry of Industry and Trade of the Czech Republic, opened the workshop and recalled "
    "that the first Czech clusters were founded almost twenty years ago with support from the Operational Programme Enterprise "
    "and Innovation.</p>"
    '<figure role="group" class="caption caption-img"><img src="/sites/default/files/inline-images/CmR%20Prague%20panel.jpg" alt="" loading="lazy" width="800" height="533" /><figcaption>CmR Prague panel.jpg</figcaption></figure>'
    "<p>Lenka Hrubá, Head of Unit for cluster policy at CzechInvest, presented the new national cluster programme, which will "
    "open its first call in spring 2024. Dr Ondřej Kalina, President of the National Cluster Association, explained how "
    "Czech clusters use the Euroclusters to reach partners in other countries.</p>"
    "<p>The panel on energy-intensive industries was moderated by Fiona Gallagher, Senior Cluster Expert at the ECCP. On the second "
    "day, participants visited the Czech Technical University's research centre in Buštěhrad and met in more than 90 "
    "bilateral meetings.</p>"
    "<p>The next workshop of the series will take place in Milan in March 2024.</p>"
)
art = (
    t1_title(h1)
    + t1_byline("ECCP Team", "06 November 2023", "2023-11-06T14:20:05+00:00")
    + t1_body("article", body)
    + t1_audience("article")
    + t1_share(u, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2023-11-21T12:00:00Z",
            "Tue, 21/11/2023",
            "/content/clusters-meet-regions-iasi-romania",
            "Clusters meet Regions - Iasi, Romania",
            "Physical event",
            "2023-11-23T12:00:00Z",
            "Thu, 23/11/2023",
        )
    ],
    [
        t1_news_teaser(
            "30 October 2023",
            "/news/european-cluster-panorama-call-data",
            "Call for data: European Cluster Panorama 2024",
        )
    ],
)
add(
    "hr-004",
    u,
    t1_page(
        node=229901,
        bundle="article",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
        article_inner=art,
        sidebar=side,
        seed=1004,
    ),
    record(
        id="hr-004",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2023-10-23",
        end="2023-10-24",
        speakers=[
            sp("Jan Vávra", "Deputy Minister", "Ministry of Industry and Trade of the Czech Republic"),
            sp("Lenka Hrubá", "Head of Unit for cluster policy", "CzechInvest"),
            sp("Ondřej Kalina", "President", "National Cluster Association"),
            sp("Fiona Gallagher", "Senior Cluster Expert", "ECCP"),
        ],
        notes="Real edition (Prague, 23-24 October 2023, from the ECCP sidebars); report text and people reconstructed. 'From 23 to 24 October 2023' (dates only); byline 06 November 2023; speakers in prose ('Role at Org, opened', 'Role at Org, presented', 'Dr Name, Role of Org', 'moderated by Name, Role at the ECCP'); 'Dr' stripped; figure caption; 'spring 2024' and 'March 2024' not the event; 'the Euroclusters' names none.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-005
u = f"{ECCP}/content/european-cluster-conference-2022-prague"
h1 = "European Cluster Conference 2022"
body = (
    "<p>The European Cluster Conference 2022 takes place on 12-13 October 2022 in Prague, under the Czech Presidency of the "
    "Council of the EU. The conference is the main meeting of cluster policy makers and cluster managers in Europe and will "
    "discuss how clusters can make the Single Market more resilient after the pandemic and the energy crisis.</p>"
    "<h2>Programme</h2>"
    "<h3>Wednesday, 12 October</h3>"
    "<ul>"
    "<li>13:00 – Welcome: Petra Novotná, Deputy Minister, Ministry of Industry and Trade of the Czech Republic</li>"
    "<li>13:20 – Keynote: Matthias Albrecht, Director, DG GROW, European Commission</li>"
    "<li>14:00 – Panel 1: Clusters for a resilient Single Market</li>"
    "<li>16:00 – Coffee break and cluster market place</li>"
    "<li>19:00 – Networking dinner</li>"
    "</ul>"
    "<h3>Thursday, 13 October</h3>"
    "<ul>"
    "<li>09:00 – Euroclusters in action: Helga Brandstetter, Project Coordinator, SUSTAIN Eurocluster</li>"
    "<li>10:30 – Panel 2: Skills for the twin transition</li>"
    "<li>12:30 – Closing: Mariella Masselink, Head of Unit, DG GROW, European Commission</li>"
    "</ul>"
    "<p>Panel 1 brings together Viktor Halmi (Hungarian Automotive Cluster), Inês Carvalho (Portuguese Textile Cluster) and "
    "Sven Ekdahl (Swedish Maritime Cluster). Both panels are moderated by Carla Benetti, Team Leader, European Cluster "
    "Collaboration Platform.</p>"
    "<p>Participation is by invitation. The European Cluster Manager of the Year award will be presented at the dinner on 12 "
    "October.</p>"
)
art = (
    t1_banner("event", "2022-09", "ECCC2022%20banner.png", "ECCC 2022 Prague", ("Zz1Xx2Cc", "Vb3Nm4Kl"))
    + t1_title(h1)
    + when("12 - 13 October 2022, Prague, Czechia")
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(3011, "European Cluster Conference"), (3847, "Conference")])
    + t1_audience("event")
    + t1_share(u, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2022-10-19T08:30:00+02:00",
            "Wed, 19/10/2022 - 08:30",
            "/content/eu-clusters-talks-ukraine-how-can-clusters-support-business-integration-and-recovery",
            "EU Clusters Talk: Ukraine: How can clusters support business integration and recovery?",
            "Online",
        )
    ],
    [
        t1_news_teaser(
            "22 September 2022",
            "/news/european-cluster-manager-year-2022-finalists",
            "European Cluster Manager of the Year 2022: the finalists",
        )
    ],
)
add(
    "hr-005",
    u,
    t1_page(
        node=212377,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[
            ("Home", "/"),
            ("Events", "/events"),
            ("European Cluster Conference", "/european-cluster-conference"),
            (h1, None),
        ],
        article_inner=art,
        sidebar=side,
        seed=1005,
    ),
    record(
        id="hr-005",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="European Cluster Conference",
        start="2022-10-12",
        end="2022-10-13",
        speakers=[
            sp("Petra Novotná", "Deputy Minister", "Ministry of Industry and Trade of the Czech Republic"),
            sp("Matthias Albrecht", "Director", "DG GROW, European Commission"),
            sp("Helga Brandstetter", "Project Coordinator", None, "SUSTAIN"),
            sp("Mariella Masselink", "Head of Unit", "DG GROW, European Commission"),
            sp("Viktor Halmi", None, "Hungarian Automotive Cluster"),
            sp("Inês Carvalho", None, "Portuguese Textile Cluster"),
            sp("Sven Ekdahl", None, "Swedish Maritime Cluster"),
            sp("Carla Benetti", "Team Leader", "European Cluster Collaboration Platform"),
        ],
        euroclusters=["SUSTAIN"],
        notes="Conference in Prague under the Czech Presidency (the nca.cz sidebar of 04.10.2022 confirms Prague, 2022); the dates 12-13 October 2022, the programme and people are a plausible reconstruction. Two-day conference: dates only although the programme has times; programme lines 'HH:MM – Label: Name, Role, Org' are speakers in page order, then panellists 'Name (Org)' (role null) and the moderator in prose after the programme; 'Project Coordinator, SUSTAIN Eurocluster' has no organisation; award dinner 'on 12 October' not a separate event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-006
u = f"{ECCP}/community-event/webinar-blue-economy-smes-acceleration-programme"
h1 = "Webinar: Blue economy SMEs – how to join the acceleration programme"
loc = twig_field(
    "field_location_and_date",
    "community_event",
    "text-long",
    '<div class="field field--name-field-location-and-date field--type-text-long field--label-above">\n    <div class="field__label">Location and date</div>\n'
    '<div class="field__item"><p>Online<br />\n07 November 2023 - 07 November 2023</p></div></div>',
)
body = (
    "<p>The Balearic Marine Cluster invites SMEs of the blue economy to an online information webinar on the acceleration "
    "programme of the MED-BAN Eurocluster. The webinar takes place on 7 November 2023 from 10:00 to 11:30 CET.</p>"
    "<p>The programme offers coaching, innovation vouchers of up to EUR 60 000 and access to test sites in ports around the "
    "Mediterranean. The webinar explains who can apply, how the selection works and what the supported companies have "
    "achieved in the first round.</p>"
    "<p>Speakers:</p>"
    "<p>Lucía Ortega – Project Manager – Balearic Marine Cluster</p>"
    "<p>Nikos Papadakis – Innovation Advisor – Hellenic Blue Growth Cluster</p>"
    "<p>Sara Bianchini – Open Call Coordinator – Ligurian Marine Technology District</p>"
    '<p>Registration is open until 6 November. <a href="https://balearicmarinecluster.es/webinar-medban-registration">Register</a></p>'
)
cl = twig_field(
    "field_cluster_organisation",
    "community_event",
    "entity-reference",
    '<div class="field field--name-field-cluster-organisation field--type-entity-reference field--label-above">\n    <div class="field__label">Cluster organisation</div>\n'
    '    <div class="field__items">\n      <div class="field__item"><a href="/cluster-organisations/balearic-marine-cluster" hreflang="en">Balearic Marine Cluster</a></div>\n    </div>\n</div>',
)
art = t1_title(h1) + loc + t1_body("community_event", body) + cl + t1_share(u, h1)
add(
    "hr-006",
    u,
    t1_page(
        node=230554,
        bundle="community_event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Community events", "/community-event"), (h1, None)],
        article_inner=art,
        sidebar=t1_sidebar(
            [],
            [
                t1_news_teaser(
                    "02 November 2023",
                    "/community-news/med-ban-first-round-results",
                    "MED BAN: results of the first acceleration round",
                )
            ],
        ),
        seed=1006,
    ),
    record(
        id="hr-006",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2023-11-07", "10:00"),
        end=bx("2023-11-07", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Lucía Ortega", "Project Manager", "Balearic Marine Cluster"),
            sp("Nikos Papadakis", "Innovation Advisor", "Hellenic Blue Growth Cluster"),
            sp("Sara Bianchini", "Open Call Coordinator", "Ligurian Marine Technology District"),
        ],
        euroclusters=["MED BAN"],
        notes="Plausible reconstruction. Community event posted by a cluster (series null); 'Location and date' field repeats the same day '07 November 2023 - 07 November 2023' and the body gives 'from 10:00 to 11:30 CET' (+01:00); one <p> per speaker 'Name – Role – Organisation'; 'MED-BAN Eurocluster' alias in prose and 'MED BAN' in a sidebar teaser; 'EUR 60 000' and the registration deadline 6 November are not dates of the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-007
u = f"{ECCP}/content/eu-clusters-talks-ukraine-how-can-clusters-support-business-integration-and-recovery"
h1 = "EU Clusters Talks: Ukraine: How can clusters support business integration and recovery?"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    "“Ukraine: How can clusters support business integration and recovery?” on 19 October 2022, 8:30 – 9:45 CEST.</p>"
    "<p>Since February 2022, many European clusters have helped Ukrainian companies to keep their supply chains running, find "
    "new customers and relocate production. Ukrainian cluster organisations have also joined the platform. The Talk presents "
    "their experience and the EU instruments that support the integration of Ukrainian businesses into the Single Market.</p>"
    "<p>Speakers:</p>"
    '<table class="speakers"><thead><tr><th>Speaker</th><th>Position</th><th>Organisation</th></tr></thead><tbody>'
    "<tr><td>Oksana Melnyk</td><td>Head of International Cooperation</td><td>Ukrainian Cluster Alliance</td></tr>"
    "<tr><td>Dmytro Kovalenko</td><td>Cluster Manager</td><td>Lviv Mechanical Engineering Cluster</td></tr>"
    "<tr><td>Anneli Saar</td><td>Policy Officer</td><td>DG GROW, European Commission</td></tr>"
    "<tr><td>Mikołaj Zieliński</td><td>Director</td><td>Lublin Logistics Cluster</td></tr>"
    "</tbody></table>"
    "<p>Moderator: Daniel Ferrer (ECCP)</p>"
    '<p><a href="https://eccp-events.eu/talks/registration?talk=ukraine">Register for the Talk</a></p>' + TALKS_OUTRO
)
art = (
    t1_banner("event", "2022-10", "Talk%20Ukraine%20banner.png", "EU Clusters Talk Ukraine", ("Ua1Rt6Yh", "Ua9Kk2Lp"))
    + t1_title(h1)
    + t1_byline("ECCP Team", "05 October 2022", "2022-10-05T11:02:10+00:00")
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(955, "EU Clusters Talks"), (2130, "Online event")])
    + t1_audience("event")
    + t1_share(u, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2022-10-12T12:00:00Z",
            "Wed, 12/10/2022",
            "/content/european-cluster-conference-2022-prague",
            "European Cluster Conference 2022",
            "Physical event",
            "2022-10-13T12:00:00Z",
            "Thu, 13/10/2022",
        ),
        t1_event_teaser(
            "2022-11-09T08:30:00+01:00",
            "Wed, 09/11/2022 - 08:30",
            "/content/eu-clusters-talk-raw-materials",
            "EU Clusters Talk: Raw materials and clusters",
            "Online",
        ),
    ],
    [],
)
add(
    "hr-007",
    u,
    t1_page(
        node=213040,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=art,
        sidebar=side,
        seed=1007,
    ),
    record(
        id="hr-007",
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
            sp("Oksana Melnyk", "Head of International Cooperation", "Ukrainian Cluster Alliance"),
            sp("Dmytro Kovalenko", "Cluster Manager", "Lviv Mechanical Engineering Cluster"),
            sp("Anneli Saar", "Policy Officer", "DG GROW, European Commission"),
            sp("Mikołaj Zieliński", "Director", "Lublin Logistics Cluster"),
            sp("Daniel Ferrer", None, "ECCP"),
        ],
        notes="Real Talk (19 October 2022, from the ECCP sidebar); speakers reconstructed. 2022 page says 'CEST' (October before the 30 October switch, +02:00); quoted title ends with '?'; speakers in a table Speaker | Position | Organisation; 'Moderator: Name (ECCP)' (role null); 'February 2022' and the byline are not the event; sidebar teasers with the conference and a later Talk.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-008 (non-event)
u = f"{ECCP}/news/clusters-meet-regions-three-years-regional-workshops"
h1 = "Clusters meet Regions: three years of regional workshops in numbers"
body = (
    "<p>Since the first workshop in Katowice in November 2022, the Clusters meet Regions series has visited eighteen regions "
    "across Europe. More than 2,000 participants from clusters, regional authorities and companies took part, and the "
    "matchmaking sessions led to about 1,400 bilateral meetings.</p>"
    "<p>Recent editions took place in Prague (23-24 October 2023), Milan (26-27 March 2024) and Chișinău (24-25 October 2024), "
    "the first workshop held in a candidate country. The next edition will be announced in the event calendar.</p>"
    "<p>Several editions helped consortia prepare their applications for the Euroclusters calls; partners of the JEWEL and "
    "PowerUp NetZero Euroclusters first met at a workshop of the series.</p>"
    "<p>Interested regions can express their interest in hosting a workshop through the open call published on the platform.</p>"
)
art = (
    t1_title(h1)
    + t1_byline("ECCP Team", "12 December 2024", "2024-12-12T10:00:00+00:00")
    + t1_body("article", body)
    + t1_audience("article")
    + t1_share(u, h1)
)
add(
    "hr-008",
    u,
    t1_page(
        node=271203,
        bundle="article",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
        article_inner=art,
        sidebar=t1_sidebar(
            [],
            [
                t1_news_teaser(
                    "28 November 2024",
                    "/news/european-cluster-panorama-2024-published",
                    "European Cluster Panorama 2024 published",
                )
            ],
        ),
        seed=1008,
    ),
    record(
        id="hr-008",
        url=u,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["JEWEL", "PowerUp NetZero"],
        notes="NOT an event: ECCP news about the outcomes of a whole series; three past editions with date ranges, a first workshop 'November 2022', figures (2,000 / 1,400); names two Euroclusters.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-009
u = f"{ECCP}/event-calendar/cluster-collaboration-lab-c2lab-porto-portugal"
h1 = "Cluster Collaboration Lab (C2Lab) - Porto, Portugal"
body = (
    "<p>The European Cluster Collaboration Platform invites cluster managers to the Cluster Collaboration Lab (C2Lab) in Porto, "
    "Portugal, from 2 to 3 April 2025.</p>"
    "<p>During two days, participants work in small teams on a shared challenge and leave with a concrete project idea and "
    "partners to carry it out. This edition proposes three challenges:</p>"
    "<ol><li>Circular textiles: closing the loop between producers and recyclers;</li>"
    "<li>Digital product passports for SMEs;</li>"
    "<li>Attracting young talent to manufacturing.</li></ol>"
    "<p>Applications are open until 14 March 2025. The platform covers travel and accommodation for selected participants. "
    'Read the information for applicants below and <a href="https://eccp-events.eu/c2lab/porto/apply">apply online</a>.</p>'
)
art = (
    t1_banner("event", "2025-02", "C2Lab%20Porto%20banner.png", "C2Lab Porto", ("Pp0Oo9Ii", "Uu8Yy7Tt"))
    + t1_title(h1)
    + location("event", "UPTEC – Science and Technology Park of the University of Porto")
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Attachments",
        [
            (
                f"{ECCP}/sites/default/files/2025-02/C2Lab_Porto_information_applicants.pdf",
                "application/pdf",
                "C2Lab Porto - information for applicants",
                "286.2 KB",
            )
        ],
    )
    + t1_terms("field_event_type", "event", "Event Type", [(3120, "C2Lab"), (3847, "Workshop")])
    + t1_audience("event")
    + t1_share(u, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2025-03-12T08:30:00+01:00",
            "Wed, 12/03/2025 - 08:30",
            "/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action",
            "EU Clusters Talk: From Policy to Practice: The Clean Industrial Deal in Action",
            "Online",
        )
    ],
    [],
)
add(
    "hr-009",
    u,
    t1_page(
        node=276655,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        article_inner=art,
        sidebar=side,
        seed=1009,
    ),
    record(
        id="hr-009",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2025-04-02",
        end="2025-04-03",
        assets=[
            asset(
                "C2Lab Porto - information for applicants",
                f"{ECCP}/sites/default/files/2025-02/C2Lab_Porto_information_applicants.pdf",
            )
        ],
        notes="Plausible reconstruction (edition not verified). 'from 2 to 3 April 2025' (dates only); numbered challenge <ol> with ';' endings is not speakers; application deadline 14 March 2025 not the event; one PDF in the attachment table; application link not an asset; sidebar Talk teaser.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-010
u = f"{ECCP}/content/eu-cluster-matchmaking-event-tourism-ecosystem"
h1 = "EU Cluster Matchmaking Event: Tourism ecosystem"
body = (
    "<p>The European Cluster Collaboration Platform organises an online EU Cluster Matchmaking Event for the tourism ecosystem "
    "on 16 May 2023, from 9:30 to 13:00 CET.</p>"
    "<p>The transition pathway for tourism asks the sector to become greener, more digital and more resilient. The matchmaking "
    "helps tourism clusters and their SMEs find partners for joint projects, including the open calls of the IKAT and "
    "EU Rural Tourism Euroclusters.</p>"
    "<p>The event opens with a welcome by Anna Kowalczyk, Policy Officer, DG GROW, European Commission, followed by a keynote by "
    "Marco Ferri, Project Coordinator, Venetian Cluster, Eurocluster Rural Tourism. Afterwards, participants meet in pre-booked "
    "one-to-one meetings of 20 minutes.</p>"
    '<p>Register your profile on the <a href="https://eu-cluster-matchmaking-tourism-2023.b2match.io/">matchmaking platform</a> by 12 May 2023.</p>'
)
art = (
    t1_banner("event", "2023-04", "Matchmaking%20tourism%20banner.png", "Matchmaking tourism", ("Tt5Rr4Ee", "Ww3Qq2Aa"))
    + t1_title(h1)
    + t1_byline("ECCP Team", "19 April 2023", "2023-04-19T08:44:31+00:00")
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(2210, "Matchmaking event"), (2130, "Online event")])
    + t1_audience("event")
    + t1_share(u, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2023-05-31T08:30:00+02:00",
            "Wed, 31/05/2023 - 08:30",
            "/content/eu-clusters-talks-patents-europe-new-framework-innovation",
            "EU Clusters Talk: Patents in Europe: A new framework for innovation",
            "Online",
        )
    ],
    [],
)
add(
    "hr-010",
    u,
    t1_page(
        node=224310,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=art,
        sidebar=side,
        seed=1010,
    ),
    record(
        id="hr-010",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2023-05-16", "09:30"),
        end=bx("2023-05-16", "13:00"),
        tz_label="CET",
        speakers=[
            sp("Anna Kowalczyk", "Policy Officer", "DG GROW, European Commission"),
            sp("Marco Ferri", "Project Coordinator", "Venetian Cluster", "EU Rural Tourism"),
        ],
        euroclusters=["EU Rural Tourism", "IKAT"],
        notes="Plausible reconstruction. One-day online matchmaking 'on 16 May 2023, from 9:30 to 13:00 CET' (+02:00); welcome and keynote speakers in one sentence; 'Eurocluster Rural Tourism' (alias) after the organisation; IKAT named in prose; profile deadline 12 May 2023 and byline not the event; b2match link not an asset.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-011 (non-event)
u = f"{ECCP}/open-calls/polrec-3rd-open-call-circularity-vouchers-polymer-smes"
h1 = "POLREC 3rd open call: circularity vouchers for polymer SMEs"
deadline = twig_field(
    "field_deadline",
    "eccp_calls",
    "datetime",
    '<div class="field field--name-field-deadline field--type-datetime field--label-inline clearfix">\n    <div class="field__label">Deadline</div>\n'
    '    <div class="field__item"><time datetime="2024-06-28T15:00:00Z" class="datetime">Fri, 28/06/2024 - 17:00</time></div>\n</div>',
)
body = (
    "<p>The POLREC Eurocluster opens its third call for SMEs of the polymer and plastics recycling value chain. Selected companies "
    "receive vouchers of up to EUR 30 000 for technology adoption, certification of recycled content and training.</p>"
    "<p>An information session for applicants takes place on 22 May 2024 from 14:00 to 15:00 CET. The session explains the "
    "eligibility rules and the evaluation and answers questions from applicants.</p>"
    "<p>Applications must be submitted by 28 June 2024, 17:00 CET.</p>"
)
files = t1_file_table(
    "eccp_calls",
    "Call documents",
    [
        (
            f"{ECCP}/sites/default/files/2024-05/POLREC_3rd_call_guide_for_applicants.pdf",
            "application/pdf",
            "Guide for applicants",
            "512.0 KB",
        ),
        (
            f"{ECCP}/sites/default/files/2024-05/POLREC_3rd_call_application_form.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Application form",
            "88.4 KB",
        ),
    ],
)
art = t1_title(h1) + deadline + t1_body("eccp_calls", body) + files + t1_share(u, h1)
add(
    "hr-011",
    u,
    t1_page(
        node=250021,
        bundle="eccp_calls",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Open calls", "/open-calls"), (h1, None)],
        article_inner=art,
        sidebar=t1_sidebar(SIDE_EVENTS_2024[1:], []),
        seed=1011,
    ),
    record(
        id="hr-011",
        url=u,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["POLREC"],
        notes="NOT an event: a Eurocluster open call on ECCP (bundle eccp_calls) with a Deadline datetime field, an information session with date, time and CET, and PDF/DOCX call documents.",
    ),
)
