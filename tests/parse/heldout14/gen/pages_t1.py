"""T1 — ECCP Drupal 10 pages with Twig theme debug (hu-001 … hu-011). New bodies, people and topics for heldout14."""

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

TALKS_FOOT = (
    "<p>The EU Clusters Talks are the platform's online meeting point for cluster managers, regional authorities and the European Commission. "
    "Each session links one policy topic with practical experience from clusters, leaves room for questions from the audience and ends with "
    "news on ECCP activities and open calls.</p>"
)


def smart_date(bundle: str, iso_s: str, shown_s: str, iso_e: str | None = None, shown_e: str | None = None) -> str:
    inner = f'<time datetime="{iso_s}" class="datetime">{shown_s}</time>'
    if iso_e:
        inner += f' - <time datetime="{iso_e}" class="datetime">{shown_e}</time>'
    return twig_field(
        "field_event_date",
        bundle,
        "smartdate",
        f'<div class="field field--name-field-event-date field--type-smartdate field--label-inline clearfix">\n  <div class="field__label">Date</div>\n'
        f'  <div class="field__item">{inner}</div>\n</div>',
    )


def location(bundle: str, text: str) -> str:
    return twig_field(
        "field_location",
        bundle,
        "string",
        f'<div class="field field--name-field-location field--type-string field--label-inline clearfix">\n  <div class="field__label">Location</div>\n'
        f'  <div class="field__item">{text}</div>\n</div>',
    )


SIDE_A = t1_sidebar(
    [
        t1_event_teaser(
            "2024-05-07T12:00:00Z",
            "Tue, 07/05/2024",
            "/event-calendar/european-cluster-conference-2024",
            "European Cluster Conference 2024",
            "ECCP event",
            "2024-05-08T12:00:00Z",
            "Wed, 08/05/2024",
        ),
        t1_event_teaser(
            "2024-06-18T12:00:00Z",
            "Tue, 18/06/2024",
            "/content/clusters-meet-regions-graz-austria",
            "Clusters meet Regions - Graz, Austria",
            "Clusters meet Regions",
            "2024-06-19T12:00:00Z",
            "Wed, 19/06/2024",
        ),
    ],
    [
        t1_news_teaser(
            "11 April 2024",
            "/content/clusters-meet-regions-milan-navigating-twin-transition-innovation",
            "Clusters meet Regions in Milan: Navigating the Twin Transition &amp; Innovation",
        )
    ],
)
SIDE_B = t1_sidebar(
    [
        t1_event_teaser(
            "2024-03-26T12:00:00Z",
            "Tue, 26/03/2024",
            "/content/clusters-meet-regions-milan-italy",
            "Clusters meet Regions - Milan, Italy",
            "Clusters meet Regions",
            "2024-03-27T12:00:00Z",
            "Wed, 27/03/2024",
        ),
        t1_event_teaser(
            "2024-04-24T08:30:00+02:00",
            "Wed, 24/04/2024 - 08:30",
            "/content/eu-clusters-talk-innovation-through-integration-how-create-and-engage-meta-cluster",
            "EU Clusters Talk: Innovation through integration: How to create and engage a meta-cluster",
            "EU Clusters Talks",
        ),
    ],
    [],
)
SIDE_C = t1_sidebar(
    [
        t1_event_teaser(
            "2024-11-27T12:00:00Z",
            "Wed, 27/11/2024",
            "/content/clusters-meet-regions-charleroi-belgium",
            "Clusters Meet Regions - Charleroi, Belgium",
            "Clusters meet Regions",
            "2024-11-28T12:00:00Z",
            "Thu, 28/11/2024",
        )
    ],
    [t1_news_teaser("26 September 2024", "/content/c2lab-strasbourg-france", "C2Lab Strasbourg, France")],
)
SIDE_D = t1_sidebar(
    [
        t1_event_teaser(
            "2022-11-09T12:00:00Z",
            "Wed, 09/11/2022",
            "/event-calendar/clusters-meet-regions-katowice-poland",
            "Clusters meet Regions - Katowice, Poland",
            "Clusters meet Regions",
            "2022-11-10T12:00:00Z",
            "Thu, 10/11/2022",
        )
    ],
    [
        t1_news_teaser(
            "03 October 2022",
            "/news/european-cluster-conference-2022-prague",
            "European Cluster Conference 2022 in Prague: registration open",
        )
    ],
)


def talk_terms(bundle: str = "event") -> str:
    return (
        t1_terms(
            "field_event_target",
            bundle,
            "Event Target",
            [(548, "Cluster organisations"), (1081, "Policy makers"), (3225, "SMEs")],
        )
        + t1_terms("field_event_type", bundle, "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")])
        + t1_audience(bundle)
    )


# ---------------------------------------------------------------- hu-001 Talk meta-cluster 24 April 2024
url = f"{H}/content/eu-clusters-talk-innovation-through-integration-how-create-and-engage-meta-cluster"
h1 = "EU Clusters Talk: Innovation through integration: How to create and engage a meta-cluster"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, is organising the EU Clusters Talk “Innovation through integration: "
    "How to create and engage a meta-cluster” on <strong>24 April 2024, 8:30 – 9:45 CET</strong>.</p>\n"
    "<p>More and more cluster organisations work together beyond their own region and sector. Some have gone a step further and built meta-clusters: umbrella "
    "structures that bring several clusters, their members and research partners under one roof, with a shared strategy and joint services. The Talk looks at how such "
    "structures are set up, how they are governed and how they keep their members engaged once the first project money has been spent.</p>\n"
    "<p>Speakers:</p>\n<ul>\n"
    "<li>Henrik Aalto, Policy Officer, DG GROW, European Commission;</li>\n"
    "<li>Veronika Strnadová, Managing Director, Moravian Aerospace Alliance;</li>\n"
    "<li>Julien Ferrand-Roux, Head of European Projects, Pôle Véhicule du Futur, E-BOOST Eurocluster;</li>\n"
    "<li>Agnieszka Wójtowicz, Coordinator, Silesian Metacluster of Advanced Materials.</li>\n</ul>\n"
    "<p>The discussion will be moderated by Tomás Olabarria, ECCP.</p>\n"
    '<p><a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk_24April2024">Register here</a></p>\n' + TALKS_FOOT
)
inner = (
    t1_banner(
        "event",
        "2024-04",
        "Talk%20meta-cluster%20banner.png",
        "EU Clusters Talk meta-cluster",
        ("aZ81kQpe", "Qm3Lr0Tx"),
    )
    + t1_title(h1)
    + smart_date("event", "2024-04-24T06:30:00Z", "Wed, 24/04/2024 - 08:30", "2024-04-24T07:45:00Z", "09:45")
    + t1_body("event", body)
    + talk_terms()
    + t1_share(url, h1)
)
add(
    "hu-001",
    url,
    t1_page(
        node=131207,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=SIDE_A,
        seed=1401,
    ),
    record(
        id="hu-001",
        url=url,
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
            sp("Henrik Aalto", "Policy Officer", "DG GROW, European Commission"),
            sp("Veronika Strnadová", "Managing Director", "Moravian Aerospace Alliance"),
            sp("Julien Ferrand-Roux", "Head of European Projects", "Pôle Véhicule du Futur", "E-BOOST"),
            sp("Agnieszka Wójtowicz", "Coordinator", "Silesian Metacluster of Advanced Materials"),
            sp("Tomás Olabarria", None, "ECCP"),
        ],
        euroclusters=["E-BOOST"],
        notes="Real Talk (24 April 2024, title from the ECCP sidebar and nca.cz); speakers reconstructed. 'CET' on an April date (+02:00); smart-date field with UTC datetime attributes; "
        "'EU Clusters Talk:' prefix in the heading, quoted title in the body; <ul> 'Name, Role, Org[, X Eurocluster];'; moderator 'moderated by Name, ECCP.' (role null, org ECCP); EUSurvey link not an asset.",
    ),
)

# ---------------------------------------------------------------- hu-002 Talk support programmes 21 Feb 2024
url = f"{H}/content/eu-clusters-talk-support-programmes-and-funding-schemes-cluster-policies-eu"
h1 = "EU Clusters Talk: Support programmes and funding schemes: Cluster policies in the EU"
body = (
    "<p>Which support do Member States and regions give to their clusters, and how does it fit with what the EU offers? On the basis of the 2023 survey of national and "
    "regional cluster programmes, this EU Clusters Talk compares funding models across Europe and asks cluster managers what works for them.</p>\n"
    "<p><strong>When:</strong> Wednesday 21 February 2024<br>\n<strong>Time:</strong> 08:30 – 09:45 CET<br>\n<strong>Where:</strong> online (Webex)</p>\n"
    "<p><strong>Speakers</strong></p>\n"
    "<p><strong>Ulrike Brandstätter</strong>, Head of Sector Cluster Policy at DG GROW, European Commission</p>\n"
    "<p><strong>Pieter-Jan Claeys</strong>, Senior Advisor at VLAIO – Flanders Innovation &amp; Entrepreneurship</p>\n"
    "<p><strong>Katarzyna Grabowska</strong>, Expert at the Polish Agency for Enterprise Development (PARP)</p>\n"
    "<p><strong>Matteo Ricciardi</strong>, Director of Cluster Tecnologico Nazionale Energia, partner of the INGENIOUS Eurocluster</p>\n"
    "<p>Registration closes on 19 February 2024 at noon.</p>\n"
    '<p><a class="button" href="https://clustercollaboration.eu/eu-clusters-talks-registration">Register</a></p>\n'
    + TALKS_FOOT
)
files = t1_file_table(
    "event",
    "Attachments",
    [
        (
            f"{H}/sites/default/files/2024-02/Agenda_EU_Clusters_Talk_21022024.pdf",
            "application/pdf",
            "Agenda_EU_Clusters_Talk_21022024.pdf",
            "212.4 KB",
        )
    ],
)
inner = (
    t1_banner(
        "event", "2024-02", "EUCT%20support%20programmes.jpg", "EU Clusters Talk banner", ("pL0wq9Rt", "Xe4uH7nB")
    )
    + t1_title(h1)
    + t1_byline("ECCP Team", "06 February 2024", "2024-02-06T10:12:44+00:00")
    + t1_body("event", body)
    + files
    + talk_terms()
    + t1_share(url, h1)
)
add(
    "hu-002",
    url,
    t1_page(
        node=129884,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=SIDE_B,
        seed=1402,
    ),
    record(
        id="hu-002",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-02-21", "08:30"),
        end=bx("2024-02-21", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Ulrike Brandstätter", "Head of Sector Cluster Policy", "DG GROW, European Commission"),
            sp("Pieter-Jan Claeys", "Senior Advisor", "VLAIO – Flanders Innovation & Entrepreneurship"),
            sp("Katarzyna Grabowska", "Expert", "Polish Agency for Enterprise Development (PARP)"),
            sp("Matteo Ricciardi", "Director", "Cluster Tecnologico Nazionale Energia", "INGENIOUS"),
        ],
        euroclusters=["INGENIOUS"],
        assets=[
            asset(
                "Agenda_EU_Clusters_Talk_21022024.pdf",
                f"{H}/sites/default/files/2024-02/Agenda_EU_Clusters_Talk_21022024.pdf",
            )
        ],
        notes="Real Talk (21 February 2024, from the nca.cz sidebar); text and speakers reconstructed. No quoted title: title = heading with its 'EU Clusters Talk:' prefix; "
        "'When:'/'Time:' lines with zero-padded times (+01:00); '2023 survey', byline 06 February 2024 and the deadline 19 February 2024 not the event; speakers "
        "'<strong>Name</strong>, Role at Org' paragraphs, one ', partner of the X Eurocluster'; 'Expert at the … (PARP)': organisation keeps the acronym in parentheses; one attachment row.",
    ),
)

# ---------------------------------------------------------------- hu-003 Talk future of competitiveness 2 Oct 2024 (recording page)
url = f"{H}/content/eu-clusters-talk-future-european-competitiveness-role-clusters"
h1 = "EU Clusters Talk: The future of European competitiveness: Role of Clusters"
body = (
    "<p>On 2 October 2024, from 10:00 to 11:30 CET, the European Cluster Collaboration Platform hosted the EU Clusters Talk “The future of European competitiveness: Role of Clusters”.</p>\n"
    "<p>The report on the future of European competitiveness published in September 2024 calls for a new industrial strategy built on innovation, decarbonisation and "
    "security of supply. Clusters sit exactly where these three meet: close to SMEs, connected to research and rooted in their regions. The speakers discussed which "
    "recommendations clusters can act on straight away and where they need support from the EU and national governments.</p>\n"
    "<p>Speakers:</p>\n<ul>\n"
    "<li>Carmen Lisboa Duarte, Deputy Head of Unit, Industrial Forum, Alliances, Clusters, DG GROW, European Commission</li>\n"
    "<li>Rasmus Kjærgaard, CEO, Danish Cluster Academy</li>\n"
    "<li>Gintarė Vaitkevičiūtė, Director, Lithuanian Laser and Engineering Technology Cluster, JEWEL Eurocluster</li>\n"
    "<li>Stefan Oberhuber, President, European Cluster Alliance</li>\n</ul>\n"
    '<p>Watch the recording on our YouTube channel: <a href="https://www.youtube.com/watch?v=c0mpEt1t1v3">EU Clusters Talk, 2 October 2024</a>. The presentations are attached below.</p>\n'
    + TALKS_FOOT
)
rows = [
    (
        f"{H}/sites/default/files/2024-10/EUCT_02102024_DG_GROW.pdf",
        "application/pdf",
        "EUCT_02102024_DG_GROW.pdf",
        "1.37 MB",
    ),
    (
        f"{H}/sites/default/files/2024-10/EUCT_02102024_JEWEL_Lithuanian_Laser_Cluster.pdf",
        "application/pdf",
        "EUCT_02102024_JEWEL_Lithuanian_Laser_Cluster.pdf",
        "2.9 MB",
    ),
]
inner = (
    t1_banner(
        "event", "2024-09", "EUCT%20competitiveness.png", "EU Clusters Talk competitiveness", ("Yt7uGa2c", "k9Pq1mWz")
    )
    + t1_title(h1)
    + smart_date("event", "2024-10-02T08:00:00Z", "Wed, 02/10/2024 - 10:00", "2024-10-02T09:30:00Z", "11:30")
    + t1_body("event", body)
    + t1_file_table("event", "Presentations", rows)
    + talk_terms()
    + t1_share(url, h1)
)
add(
    "hu-003",
    url,
    t1_page(
        node=133410,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=SIDE_C,
        seed=1403,
    ),
    record(
        id="hu-003",
        url=url,
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
            sp(
                "Carmen Lisboa Duarte",
                "Deputy Head of Unit",
                "Industrial Forum, Alliances, Clusters, DG GROW, European Commission",
            ),
            sp("Rasmus Kjærgaard", "CEO", "Danish Cluster Academy"),
            sp("Gintarė Vaitkevičiūtė", "Director", "Lithuanian Laser and Engineering Technology Cluster", "JEWEL"),
            sp("Stefan Oberhuber", "President", "European Cluster Alliance"),
        ],
        euroclusters=["JEWEL"],
        assets=[
            asset("EUCT_02102024_DG_GROW.pdf", rows[0][0]),
            asset("EUCT_02102024_JEWEL_Lithuanian_Laser_Cluster.pdf", rows[1][0]),
        ],
        notes="Real Talk (2 October 2024, title from the nca.cz sidebar); the 10:00-11:30 slot, text and speakers are reconstructions. Past-tense page with recording: "
        "'from 10:00 to 11:30 CET' on an October date before the 27 October switch (+02:00); 'September 2024' not a date; <li> without ';'; org with commas (unit + DG + EC); "
        "YouTube link not an asset; two attachment rows under a 'Presentations' label.",
    ),
)

# ---------------------------------------------------------------- hu-004 Talk Ukraine 19 Oct 2022
url = f"{H}/events/organised-by-eccp/clusters-talks/ukraine-how-can-clusters-support-business-integration-and-recovery"
h1 = "EU Clusters Talk: Ukraine: How can clusters support business integration and recovery?"
body = (
    "<p>The European Cluster Collaboration Platform invites you to the next EU Clusters Talk “Ukraine: How can clusters support business integration and recovery?”, "
    "which will take place online on 19 October 2022, from 8:30 to 9:30 CEST.</p>\n"
    "<p>Since February, cluster organisations across Europe have helped Ukrainian companies keep working: they opened their networks, found temporary premises and "
    "customers, and linked Ukrainian clusters with partners in the Single Market. This Talk presents what has been done so far and what clusters can contribute to the "
    "reconstruction of Ukraine’s economy.</p>\n"
    "<p>Programme:</p>\n"
    "<p>8:30 – Welcome and introduction – Oleksandra Hrytsenko, ECCP<br>\n"
    "8:35 – EU support to Ukrainian SMEs – Marek Ziółkowski, Policy Officer, DG GROW, European Commission<br>\n"
    "8:50 – Ukrainian clusters today – Taras Melnychuk, President, Ukrainian Cluster Alliance<br>\n"
    "9:05 – A partnership that works – Liisa Korhonen, Cluster Manager, Lahti Cleantech Cluster<br>\n"
    "9:20 – Questions and answers</p>\n"
    '<p><a href="https://clustercollaboration.eu/user/register">Create your ECCP profile</a> to receive the connection link.</p>\n'
)
inner = (
    t1_banner("event", "2022-10", "Talk%20Ukraine.jpg", "EU Clusters Talk Ukraine", ("Ua1kR0ec", "v8Nn2Trb"))
    + t1_title(h1)
    + smart_date("event", "2022-10-19T06:30:00Z", "Wed, 19/10/2022 - 08:30", "2022-10-19T07:30:00Z", "09:30")
    + t1_body("event", body)
    + talk_terms()
    + t1_share(url, h1)
)
add(
    "hu-004",
    url,
    t1_page(
        node=118930,
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
        sidebar=SIDE_D,
        seed=1404,
    ),
    record(
        id="hu-004",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="Ukraine: How can clusters support business integration and recovery?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2022-10-19", "08:30"),
        end=bx("2022-10-19", "09:30"),
        tz_label="CEST",
        speakers=[
            sp("Oleksandra Hrytsenko", None, "ECCP"),
            sp("Marek Ziółkowski", "Policy Officer", "DG GROW, European Commission"),
            sp("Taras Melnychuk", "President", "Ukrainian Cluster Alliance"),
            sp("Liisa Korhonen", "Cluster Manager", "Lahti Cleantech Cluster"),
        ],
        notes="Real Talk (19 October 2022, 8:30, from the ECCP sidebar); the 9:30 end (2022 slot), programme and people are reconstructions. 2022 page says 'CEST' (+02:00); "
        "quoted title ends with '?'; programme <br> rows 'HH:MM – Topic – Name, Role, Org' are speakers, 'Questions and answers' is not; 'Since February' not a date; "
        "/events/organised-by-eccp/clusters-talks/ URL.",
    ),
)

# ---------------------------------------------------------------- hu-005 CmR Milan event page
url = f"{H}/content/clusters-meet-regions-milan-italy"
h1 = "Clusters meet Regions - Milan, Italy"
body = (
    "<p>The next Clusters meet Regions workshop takes place in Milan, Lombardy, on 26-27 March 2024, co-organised with Regione Lombardia and the Lombardy cluster network.</p>\n"
    "<p>Lombardy hosts nine regional technology clusters that together bring more than 1,400 members to the table. The two days will show how the region uses its "
    "clusters to carry the twin transition into manufacturing, life sciences and the agri-food chain, and what other regions can take home from it.</p>\n"
    "<p><strong>Day 1</strong> – policy session, regional good practices and a networking dinner.<br>\n"
    "<strong>Day 2</strong> – study visits to cluster members and a matchmaking session between clusters and regional authorities.</p>\n"
    "<p>Participation is free of charge, but places are limited. Please apply by 8 March 2024 using the form below; the ECCP team will confirm your place by 13 March.</p>\n"
    '<p><a class="button" href="https://ec.europa.eu/eusurvey/runner/CmR_Milan_2024">Apply to participate</a></p>\n'
    "<p>The full agenda is attached to this page.</p>\n"
)
rows = [
    (
        f"{H}/sites/default/files/2024-03/CmR%20Milan%20-%20draft%20agenda.pdf",
        "application/pdf",
        "CmR Milan - draft agenda.pdf",
        "318.2 KB",
    )
]
inner = (
    t1_banner("event", "2024-02", "CmR%20Milan.jpg", "Milan skyline", ("Mi1aN0xx", "Mi2aN1yy"))
    + t1_title(h1)
    + smart_date("event", "2024-03-26T12:00:00Z", "Tue, 26/03/2024", "2024-03-27T12:00:00Z", "Wed, 27/03/2024")
    + location("event", "Palazzo Lombardia, Piazza Città di Lombardia 1, Milan")
    + t1_body("event", body)
    + t1_file_table("event", "Attachments", rows)
    + t1_terms("field_event_type", "event", "Event Type", [(2418, "Clusters meet Regions"), (2076, "Physical event")])
    + t1_audience("event")
    + t1_share(url, h1)
)
add(
    "hu-005",
    url,
    t1_page(
        node=129101,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=SIDE_A,
        seed=1405,
    ),
    record(
        id="hu-005",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-03-26",
        end="2024-03-27",
        assets=[asset("CmR Milan - draft agenda.pdf", rows[0][0])],
        notes="Real edition (Milan, 26-27 March 2024, from the ECCP sidebar); text reconstructed. Smart-date field and body '26-27 March 2024' (dates only); no quoted title: "
        "title = heading; application deadline 8 March 2024 and '13 March' not the event; '1,400 members' not a date; EUSurvey not an asset; attachment row with spaces in the file name.",
    ),
)

# ---------------------------------------------------------------- hu-006 CmR Milan report
url = f"{H}/content/clusters-meet-regions-milan-navigating-twin-transition-innovation"
h1 = "Clusters meet Regions in Milan: Navigating the Twin Transition &amp; Innovation"
body = (
    "<p>Around 90 participants from 17 countries came to Palazzo Lombardia on 26 and 27 March 2024 for the latest Clusters meet Regions workshop, hosted together with "
    "Regione Lombardia.</p>\n"
    "<p>The workshop was opened by Guido Castellani, Director-General for Research and Innovation of Regione Lombardia, who presented the region’s cluster policy and its "
    "new calls for collaborative research. Elena Marchetti-Bos, Policy Officer at DG GROW, European Commission, followed with an overview of the EU instruments "
    "available to clusters, from the Euroclusters to the Cluster Excellence Programme.</p>\n"
    "<p>In the panel on the twin transition, Francesca Longhi, cluster manager of Lombardy Green Chemistry Association, Dario Venturelli of Cluster Fabbrica Intelligente "
    "Lombardia and Ingrid Solberg, Head of Innovation at Norwegian Smart Care Cluster, compared how their clusters help SMEs plan investment in digital tools and "
    "low-carbon processes. The session was moderated by Nicolas Bertrand from the ECCP.</p>\n"
    "<p>On the second day the participants visited two cluster members in the Brianza area and met the regional authorities in a matchmaking session. The next "
    "Clusters meet Regions will take place in Graz in June.</p>\n"
)
inner = (
    t1_banner("news", "2024-04", "CmR%20Milan%20group.jpg", "Participants in Milan", ("g7Ru0pZz", "h8Sv1qAa"))
    + t1_title(h1)
    + t1_byline("ECCP Team", "11 April 2024", "2024-04-11T09:40:02+00:00")
    + t1_body("news", body)
    + t1_terms("field_tags", "news", "Tags", [(2418, "Clusters meet Regions"), (3001, "Twin transition")])
    + t1_share(url, h1)
)
add(
    "hu-006",
    url,
    t1_page(
        node=130512,
        bundle="news",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[
            ("Home", "/"),
            ("News", "/news"),
            ("Clusters meet Regions in Milan: Navigating the Twin Transition &amp; Innovation", None),
        ],
        article_inner=inner,
        sidebar=SIDE_B,
        seed=1406,
    ),
    record(
        id="hu-006",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="Clusters meet Regions in Milan: Navigating the Twin Transition & Innovation",
        page_title="Clusters meet Regions in Milan: Navigating the Twin Transition & Innovation",
        series="Clusters meet Regions",
        start="2024-03-26",
        end="2024-03-27",
        speakers=[
            sp("Guido Castellani", "Director-General for Research and Innovation", "Regione Lombardia"),
            sp("Elena Marchetti-Bos", "Policy Officer", "DG GROW, European Commission"),
            sp("Francesca Longhi", "cluster manager", "Lombardy Green Chemistry Association"),
            sp("Dario Venturelli", None, "Cluster Fabbrica Intelligente Lombardia"),
            sp("Ingrid Solberg", "Head of Innovation", "Norwegian Smart Care Cluster"),
            sp("Nicolas Bertrand", None, "ECCP"),
        ],
        notes="Real ECCP news heading (from the ECCP sidebar) on the real Milan edition; byline date and report text reconstructed. Report: 'on 26 and 27 March 2024' (dates only); "
        "heading with '&amp;' entity; byline 11 April 2024 and 'Graz in June' not the event; speakers in prose ('Name, Role of Org', 'Name, Role at Org', 'Name of Org' role null, "
        "'moderated by Name from the ECCP' role null); 'the Euroclusters' generic, names none.",
    ),
)

# ---------------------------------------------------------------- hu-007 CmR Prague
url = f"{H}/content/clusters-meet-regions-prague-czech-republic"
h1 = "Clusters meet Regions - Prague, Czech Republic"
body = (
    "<p><strong>23 - 24 October 2023 | Prague, Czech Republic</strong></p>\n"
    "<p>The ECCP brings its Clusters meet Regions workshop to Prague, in cooperation with the Ministry of Industry and Trade of the Czech Republic, CzechInvest and the "
    "National Cluster Association (NCA). The workshop will focus on how cluster organisations and regional governments can work together on the transformation of "
    "traditional industries, with a special look at the Czech coal regions.</p>\n"
    "<p>Confirmed speakers include:</p>\n<ul>\n"
    "<li>Pavel Horák, Deputy Minister for Industry, Ministry of Industry and Trade of the Czech Republic</li>\n"
    "<li>Zuzana Kalinová, Head of Cluster Programmes, CzechInvest</li>\n"
    "<li>Ondřej Veselý, Chairman, National Cluster Association</li>\n"
    "<li>Annika Strand, Senior Adviser, Region Västra Götaland</li>\n</ul>\n"
    "<p>More speakers to be announced.</p>\n"
    "<p>Registration is open until 13 October 2023 or until all places are filled.</p>\n"
)
inner = (
    t1_banner("event", "2023-09", "CmR%20Prague.jpg", "Prague", ("pR4gUe11", "pR4gUe22"))
    + t1_title(h1)
    + smart_date("event", "2023-10-23T12:00:00Z", "Mon, 23/10/2023", "2023-10-24T12:00:00Z", "Tue, 24/10/2023")
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(2418, "Clusters meet Regions"), (2076, "Physical event")])
    + t1_audience("event")
    + t1_share(url, h1)
)
add(
    "hu-007",
    url,
    t1_page(
        node=126433,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=SIDE_B,
        seed=1407,
    ),
    record(
        id="hu-007",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2023-10-23",
        end="2023-10-24",
        speakers=[
            sp("Pavel Horák", "Deputy Minister for Industry", "Ministry of Industry and Trade of the Czech Republic"),
            sp("Zuzana Kalinová", "Head of Cluster Programmes", "CzechInvest"),
            sp("Ondřej Veselý", "Chairman", "National Cluster Association"),
            sp("Annika Strand", "Senior Adviser", "Region Västra Götaland"),
        ],
        notes="Real edition (Prague, 23-24 October 2023, from the ECCP sidebar); text and speakers reconstructed. Bold line '23 - 24 October 2023 | Prague' (dates only); "
        "'More speakers to be announced' is not a speaker; deadline 13 October 2023 not the event; sidebar with 2024 events.",
    ),
)

# ---------------------------------------------------------------- hu-008 ECC 2024 event page
url = f"{H}/event-calendar/european-cluster-conference-2024"
h1 = "European Cluster Conference 2024"
body = (
    "<p>The European Cluster Conference 2024 will take place on 7-8 May 2024 in Brussels, at The Square – Brussels Meeting Centre.</p>\n"
    "<p>Organised by the European Commission, the conference is the main gathering of the European cluster community. Under the motto of a competitive, "
    "resilient and sustainable Single Market, the programme brings together policy makers, cluster managers, SMEs and researchers for plenary debates, "
    "parallel workshops and the ceremony of the European Cluster Awards.</p>\n"
    "<p>Keynote speakers:</p>\n<ul>\n"
    "<li>Thierry Breton, Commissioner for Internal Market, European Commission</li>\n"
    "<li>Marlene Oswald-Kern, Director, Ecosystems II: Tourism &amp; Proximity, DG GROW, European Commission</li>\n"
    "<li>Bartosz Lewandowski, President, European Cluster Alliance</li>\n</ul>\n"
    "<p>Side events for Euroclusters and cluster networks will be held on 6 May 2024 in the same venue.</p>\n"
    '<p>Registrations are closed. The programme is available on the <a href="/european-cluster-conference">conference website</a>.</p>\n'
)
inner = (
    t1_banner("event", "2024-02", "ECC2024%20banner.png", "European Cluster Conference 2024", ("eCc24aaa", "eCc24bbb"))
    + t1_title(h1)
    + smart_date("event", "2024-05-07T12:00:00Z", "Tue, 07/05/2024", "2024-05-08T12:00:00Z", "Wed, 08/05/2024")
    + location("event", "The Square, Brussels, Belgium")
    + t1_body("event", body)
    + t1_terms(
        "field_event_type", "event", "Event Type", [(2419, "European Cluster Conference"), (2076, "Physical event")]
    )
    + t1_audience("event")
    + t1_share(url, h1)
)
add(
    "hu-008",
    url,
    t1_page(
        node=128006,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        article_inner=inner,
        sidebar=SIDE_C,
        seed=1408,
    ),
    record(
        id="hu-008",
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
            sp("Thierry Breton", "Commissioner for Internal Market", "European Commission"),
            sp("Marlene Oswald-Kern", "Director", "Ecosystems II: Tourism & Proximity, DG GROW, European Commission"),
            sp("Bartosz Lewandowski", "President", "European Cluster Alliance"),
        ],
        notes="Real event page URL and dates (7-8 May 2024, from the ECCP sidebar); text reconstructed; Breton was the Internal Market Commissioner, the other keynotes are invented. "
        "/event-calendar/ URL; dates only; side events 6 May 2024 not the start; org with a colon and '&amp;'; generic 'Euroclusters' names none.",
    ),
)

# ---------------------------------------------------------------- hu-009 C2Lab Lund report
url = f"{H}/content/cluster-collaboration-lab-lund-showcase-european-innovation-and-project-development"
h1 = "Cluster Collaboration Lab in Lund: A Showcase of European Innovation and Project Development"
body = (
    "<p>From 5 to 7 June 2024, Lund in southern Sweden hosted the latest Cluster Collaboration Lab (C2Lab), organised by the ECCP together with Sustainable Business Hub "
    "and the innovation environment at Ideon Science Park.</p>\n"
    "<p>Thirty-two cluster organisations from 14 countries worked for three days in small teams on project ideas for the next calls of the Single Market Programme and "
    "Horizon Europe. Each team was guided by a coach and by a facilitator of the ECCP: the labs were facilitated by Mireia Soler (ECCP) and Jonas Vermeulen (ECCP).</p>\n"
    "<p>In his welcome, Erik Lindqvist, CEO of Sustainable Business Hub, reminded the participants that “the best partnerships start with a problem that several regions "
    "share”. On the last day the teams pitched their ideas to a jury. The winning idea, a cross-border training scheme on circular packaging, will be developed further "
    "with the support of the platform.</p>\n"
    '<p>The presentations of the teams can be downloaded here: <a href="/sites/default/files/2024-06/C2Lab_Lund_team_pitches.pdf">team pitches (PDF)</a>.</p>\n'
)
inner = (
    t1_banner("news", "2024-06", "C2Lab%20Lund.jpg", "C2Lab Lund", ("LuNd0001", "LuNd0002"))
    + t1_title(h1)
    + t1_byline("ECCP Team", "18 June 2024", "2024-06-18T13:05:10+00:00")
    + t1_body("news", body)
    + t1_share(url, h1)
)
add(
    "hu-009",
    url,
    t1_page(
        node=131980,
        bundle="news",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
        article_inner=inner,
        sidebar=SIDE_C,
        seed=1409,
    ),
    record(
        id="hu-009",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2024-06-05",
        end="2024-06-07",
        speakers=[
            sp("Mireia Soler", None, "ECCP"),
            sp("Jonas Vermeulen", None, "ECCP"),
            sp("Erik Lindqvist", "CEO", "Sustainable Business Hub"),
        ],
        assets=[asset("team pitches (PDF)", f"{H}/sites/default/files/2024-06/C2Lab_Lund_team_pitches.pdf")],
        notes="Real ECCP news heading (from the ECCP sidebar); the Lund dates (5-7 June 2024), hosts, people and text are reconstructions (not verified). Report: 'From 5 to 7 June 2024' "
        "(three days, dates only); byline 18 June 2024 not the event; facilitators 'Name (ECCP)' are speakers (role null); quoted sentence is not a title; root-relative PDF link is an asset.",
    ),
)

# ---------------------------------------------------------------- hu-010 NOT an event: community news, POLREC open call
url = f"{H}/community-news/polrec-third-open-call-polymer-recycling-smes-now-open"
h1 = "POLREC third open call for polymer recycling SMEs is now open"
body = (
    "<p>The POLREC Eurocluster has opened its third and last open call for SMEs of the plastics and rubber recycling value chain. Companies can apply for grants of up "
    "to EUR 60,000 for projects that bring recycled polymers into new products or improve sorting and traceability.</p>\n"
    "<p>The call runs from 15 January 2024 until 15 March 2024 at 17:00 CET. An online info session is planned for late January; the date will be published on the "
    "project website.</p>\n"
    "<p>Applications are submitted through the project’s application platform. Results are expected in May 2024.</p>\n"
    '<p><a href="https://www.polrec.eu/open-calls/">Read the guidelines and apply</a></p>\n'
)
inner = (
    t1_title(h1)
    + t1_byline("Polymeris", "16 January 2024", "2024-01-16T08:21:30+00:00")
    + t1_body("community_news", body)
    + t1_terms("field_tags", "community_news", "Tags", [(3120, "Euroclusters"), (3121, "Open calls")])
    + t1_share(url, h1)
)
add(
    "hu-010",
    url,
    t1_page(
        node=129440,
        bundle="community_news",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Community news", "/community-news"), (h1, None)],
        article_inner=inner,
        sidebar=SIDE_B,
        seed=1410,
    ),
    record(
        id="hu-010",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["POLREC"],
        notes="NOT an event: community news on a Eurocluster open call (plausible reconstruction). Call period with a closing time and 'CET', an info session without a date, "
        "results in May 2024; byline by the coordinator; names POLREC; sidebar events.",
    ),
)

# ---------------------------------------------------------------- hu-011 NOT an event: cluster organisation profile
url = f"{H}/cluster-organisations/hydrogen-valley-south-tyrol"
h1 = "Hydrogen Valley South Tyrol"
main = (
    '<article class="profile profile--cluster">\n'
    + t1_title(h1)
    + '<div class="profile__facts">\n<dl>\n<dt>Country</dt><dd>Italy</dd>\n<dt>Region</dt><dd>Provincia Autonoma di Bolzano</dd>\n<dt>Year of establishment</dt><dd>2017</dd>\n'
    "<dt>Number of members</dt><dd>64</dd>\n<dt>Industrial ecosystems</dt><dd>Energy – Renewables; Mobility – Transport – Automotive</dd>\n"
    "<dt>Cluster Excellence label</dt><dd>Bronze (valid until 12/2025)</dd>\n</dl>\n</div>\n"
    '<div class="profile__description"><p>Hydrogen Valley South Tyrol connects producers of green hydrogen, bus operators, component makers and research institutes in the '
    "Alpine region. Since 2019 the cluster has run a public refuelling station and a pilot fleet of fuel-cell buses, and it coordinates a working group on hydrogen in "
    "mountain logistics.</p><p>The cluster is looking for partners for cross-border projects along the Brenner corridor.</p></div>\n"
    '<div class="profile__contact"><h2>Contact</h2><p>Via Siemens 19, 39100 Bolzano<br>info@h2-suedtirol.example</p></div>\n</article>\n'
)
add(
    "hu-011",
    url,
    t1_page(
        node=None,
        bundle=None,
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Cluster organisations", "/cluster-organisations"), (h1, None)],
        article_inner=None,
        main_override=main,
        sidebar=SIDE_A,
        seed=1411,
        body_class="path-cluster-organisations",
    ),
    record(
        id="hu-011",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: ECCP cluster organisation profile (invented cluster) with establishment year, label validity '12/2025' and 'Since 2019'; sidebar events.",
    ),
)
