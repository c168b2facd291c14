"""T1: ECCP (Drupal 10, Twig theme debug on): Talks, a cross-month Clusters meet Regions, a community event with a
smart-date field, the European Cluster Conference, and non-events (award news, open call, publication, filtered calendar)."""

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

PAGES: list[dict] = []
add = page_adder(PAGES)
H = "https://clustercollaboration.eu"

TALKS_TAIL = (
    "<p>The EU Clusters Talks bring policy makers, cluster managers and SMEs together online. Every Talk has a short policy input, "
    "practical examples from clusters, and time for questions from the audience.</p>"
)


def side_2023_autumn() -> str:
    return t1_sidebar(
        [
            t1_event_teaser(
                "2023-09-27T08:30:00+02:00",
                "Wed, 27/09/2023 - 08:30",
                "/content/eu-clusters-talks-skills-academies",
                "EU Clusters Talks: Net-Zero Industry Academies",
                "Online",
            ),
            t1_event_teaser(
                "2023-10-12T12:00:00Z",
                "Thu, 12/10/2023",
                "/event-calendar/clusters-meet-regions-lyon-france",
                "Clusters meet Regions - Lyon, France",
                "Physical event",
                "2023-10-13T12:00:00Z",
                "Fri, 13/10/2023",
            ),
        ],
        [
            t1_news_teaser(
                "06 September 2023",
                "/news/euroclusters-second-round-open-calls",
                "Euroclusters publish a second round of open calls for SMEs",
            )
        ],
    )


# ------------------------------------------------------------------------------------------------ hz-001
url = f"{H}/content/eu-clusters-talks-industrial-symbiosis-clusters-closing-loop"
h1 = "EU Clusters Talks: Industrial symbiosis – clusters closing the loop"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, invites you to the EU Clusters Talk "
    "“Industrial symbiosis: Clusters closing the loop”.</p>\n"
    "<p><strong>When:</strong> Wednesday, 13 September 2023, 10:00 – 11:30 CET (Brussels time)<br>\n<strong>Where:</strong> online (Webex)</p>\n"
    "<p>Industrial symbiosis means that the waste, heat or by-products of one company become the input of another. Clusters know which of their "
    "members could exchange what, and several Euroclusters now fund pilot exchanges between SMEs in different regions.</p>\n"
    "<h3>Keynote</h3>\n<p>Dr. Elisabeth van der Berg, Head of Unit – Industrial Transition, DG GROW, European Commission</p>\n"
    "<h3>Panellists</h3>\n<ul>\n"
    "<li>Tomasz Wójcik, Managing Director, Łódź ICT Cluster, DREAM Eurocluster</li>\n"
    "<li>María José de la Fuente, Innovation Manager at Basque Energy Cluster, Re-Centre Eurocluster</li>\n"
    "<li>Friedrich von Almen, CEO, Smart Textiles Cluster Saxony, X-BUILD-EU Eurocluster</li>\n</ul>\n"
    "<h3>Moderator</h3>\n<p>Anne-Sophie Lefèvre, Senior Consultant, Technopolis Group</p>\n"
    '<p>Registration is open until 12 September 2023, 17:00 CET. <a href="https://ec.europa.eu/eusurvey/runner/EUCT_symbiosis_2023">Register now</a>.</p>\n'
    + TALKS_TAIL
)
inner = (
    t1_banner(
        "event", "2023-08", "EUCT%20symbiosis%20banner.png", "EUCT industrial symbiosis", ("aT6mK2qP", "zR8wN1dx")
    )
    + t1_title(h1)
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")])
    + t1_terms("field_event_target", "event", "Event Target", [(548, "Cluster organisations"), (3225, "SMEs")])
    + t1_audience("event")
    + t1_share(url, h1)
)
add(
    "hz-001",
    url,
    t1_page(
        node=203311,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=side_2023_autumn(),
        seed=8001,
        cookie_banner=True,
    ),
    record(
        id="hz-001",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="Industrial symbiosis: Clusters closing the loop",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-09-13", "10:00"),
        end=bx("2023-09-13", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Elisabeth van der Berg", "Head of Unit – Industrial Transition", "DG GROW, European Commission"),
            sp("Tomasz Wójcik", "Managing Director", "Łódź ICT Cluster", "DREAM"),
            sp("María José de la Fuente", "Innovation Manager", "Basque Energy Cluster", "RE-CENTRE"),
            sp("Friedrich von Almen", "CEO", "Smart Textiles Cluster Saxony", "xBUILD-EU"),
            sp("Anne-Sophie Lefèvre", "Senior Consultant", "Technopolis Group"),
        ],
        euroclusters=["DREAM", "RE-CENTRE", "xBUILD-EU"],
        notes="'When:' line 'Wednesday, 13 September 2023, 10:00 – 11:30 CET (Brussels time)' (September, label CET: +02:00; tz_label CET, not 'Brussels time'); "
        "speakers under <h3> section headings Keynote / Panellists / Moderator (moderator is a speaker); name particles 'van der', 'de la', 'von'; "
        "'Role at Organisation, X Eurocluster'; aliases 'Re-Centre' and 'X-BUILD-EU' in odd casing; registration deadline '12 September 2023, 17:00 CET' "
        "is not the event; sidebar teasers with other dates; cookie banner.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-002
url = f"{H}/event-calendar/clusters-meet-regions-plovdiv-bulgaria"
h1 = "Clusters meet Regions – Plovdiv, Bulgaria"
body = (
    "<p>The European Cluster Collaboration Platform, together with the Plovdiv Regional Administration and the Bulgarian Association of Clusters, "
    "organises a two-day Clusters meet Regions workshop on cluster-based regional development in South Central Bulgaria.</p>\n"
    '<table class="event-facts">\n<tbody>\n<tr><th>Date</th><td>28 February – 1 March 2023</td></tr>\n'
    "<tr><th>Venue</th><td>International Fair Plovdiv, Congress Centre, 37 Tsar Boris III Obedinitel Blvd.</td></tr>\n"
    "<tr><th>Format</th><td>Physical, by invitation (registration deadline: 15 February 2023)</td></tr>\n</tbody>\n</table>\n"
    "<p>The workshop looks at how regional authorities can use clusters in their smart specialisation strategies, and at links between Bulgarian "
    "clusters and the SILEO Eurocluster and the AEC Eurocluster.</p>\n"
    "<h3>Draft agenda – Day 1 (28 February)</h3>\n<ul>\n"
    "<li>09:00 – Welcome by Ivan Petrov, Deputy Regional Governor, Plovdiv Regional Administration</li>\n"
    "<li>09:20 – Keynote by Dr. Maria Georgieva, Policy Officer, DG GROW, European Commission</li>\n"
    "<li>10:00 – Panel: Smart specialisation and clusters in South Central Bulgaria, moderated by Stefan Hoffmann, Senior Consultant, Technopolis Group</li>\n"
    "<li>12:30 – Lunch</li>\n<li>13:30 – Site visit to the Trakia Economic Zone</li>\n</ul>\n"
    "<h3>Day 2 (1 March)</h3>\n<ul>\n"
    "<li>09:30 – Cluster pitches and matchmaking</li>\n"
    "<li>11:30 – Lessons from Košice: Lucia Kováčová, Cluster Manager, Košice IT Valley</li>\n"
    "<li>12:30 – Closing remarks by Ivan Petrov</li>\n</ul>\n"
)
inner = (
    t1_banner("event", "2023-01", "CmR%20Plovdiv.jpg", "CmR Plovdiv", ("pL0vD1v2", "Bg7x2Mn0"))
    + t1_title(h1)
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Documents",
        [
            (
                f"{H}/sites/default/files/2023-02/CmR%20Plovdiv%20-%20agenda.pdf",
                "application/pdf",
                "CmR Plovdiv - agenda.pdf",
                "245.3 KB",
            ),
            (
                f"{H}/sites/default/files/2023-02/CmR%20Plovdiv%20-%20concept%20note.pdf",
                "application/pdf",
                "CmR Plovdiv - concept note.pdf",
                "1.12 MB",
            ),
        ],
    )
    + t1_terms("field_event_type", "event", "Event Type", [(2417, "Clusters meet Regions"), (2076, "Physical event")])
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2023-03-08T08:30:00+01:00",
            "Wed, 08/03/2023 - 08:30",
            "/content/eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition",
            "EU Clusters Talks: Meet the Euroclusters",
            "Online",
        ),
        t1_event_teaser(
            "2023-03-29T12:00:00Z",
            "Wed, 29/03/2023",
            "/event-calendar/clusters-meet-regions-kosice-slovakia",
            "Clusters meet Regions - Košice, Slovakia",
            "Physical event",
            "2023-03-30T12:00:00Z",
            "Thu, 30/03/2023",
        ),
    ],
    [],
)
add(
    "hz-002",
    url,
    t1_page(
        node=197120,
        bundle="event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=8002,
    ),
    record(
        id="hz-002",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2023-02-28",
        end="2023-03-01",
        speakers=[
            sp("Ivan Petrov", "Deputy Regional Governor", "Plovdiv Regional Administration"),
            sp("Maria Georgieva", "Policy Officer", "DG GROW, European Commission"),
            sp("Stefan Hoffmann", "Senior Consultant", "Technopolis Group"),
            sp("Lucia Kováčová", "Cluster Manager", "Košice IT Valley"),
        ],
        euroclusters=["AEC EUROCLUSTER", "SILEO"],
        assets=[
            asset("CmR Plovdiv - agenda.pdf", f"{H}/sites/default/files/2023-02/CmR%20Plovdiv%20-%20agenda.pdf"),
            asset(
                "CmR Plovdiv - concept note.pdf",
                f"{H}/sites/default/files/2023-02/CmR%20Plovdiv%20-%20concept%20note.pdf",
            ),
        ],
        notes="Date only in a facts table row 'Date | 28 February – 1 March 2023' (range across months, dates only: agenda session times are not the event's "
        "times); agenda lines 'HH:MM – Welcome by / Keynote by / moderated by Name, Role, Org' are speakers; 'Lessons from Košice: Name, Role, Org' "
        "after a session title; 'Closing remarks by Ivan Petrov' repeats a speaker (listed once); 'Lunch'/'Site visit' lines are not speakers; "
        "registration deadline in the table; 'Attachment | Size' table with two PDFs (sizes in KB/MB); sidebar with Košice dates.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-003
url = f"{H}/content/eu-clusters-talks-clusters-and-critical-medicines-alliance-7-february-2024"
h1 = "EU Clusters Talks – Clusters and the Critical Medicines Alliance – 7 February 2024"
body = (
    "<p>Shortages of antibiotics and other essential medicines in the winters of 2022 and 2023 showed how fragile some pharmaceutical supply chains are. "
    "The Critical Medicines Alliance, launched by the Commission, brings together industry, health authorities and civil society to tackle the problem.</p>\n"
    "<p>Join us online from 8:30 to 9:45 CET to hear how life-science clusters map production capacities and help SMEs become suppliers of active "
    "ingredients and packaging. The Talk follows up on the discussion on health data held at the EU Clusters Talk of 24 January 2024.</p>\n"
    "<p>Speakers:</p>\n<ul>\n"
    "<li>Hélène MARCHAND (DG HERA, European Commission)</li>\n"
    "<li>Lars-Erik JOHANSSON (Medicon Valley Alliance)</li>\n"
    "<li>Giulia DE LUCA (Lombardy Life Sciences Cluster)</li>\n"
    "<li>Piotr NOWAK (DESIRE Eurocluster)</li>\n</ul>\n"
    '<p><a href="https://webcast.ec.europa.eu/eu-clusters-talks-2024-02-07">Follow the live stream</a> · <a href="/event/214402/ical.ics">Add to calendar (.ics)</a></p>\n'
    + TALKS_TAIL
)
inner = (
    t1_title(h1)
    + t1_byline("ECCP Team", "25 January 2024", "2024-01-25T14:02:11+00:00")
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Attachments",
        [
            (
                f"{H}/sites/default/files/2024-01/EUCT_CMA_agenda.pdf",
                "application/pdf",
                "EUCT_CMA_agenda.pdf",
                "98.77 KB",
            )
        ],
    )
    + t1_terms("field_event_type", "event", "Event Type", [(2415, "EU Clusters Talks")])
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2024-02-21T08:30:00+01:00",
            "Wed, 21/02/2024 - 08:30",
            "/content/eu-clusters-talks-defence-industry",
            "EU Clusters Talks: Clusters and the defence industrial base",
            "Online",
        ),
        t1_event_teaser(
            "2024-03-05T12:00:00Z",
            "Tue, 05/03/2024",
            "/event-calendar/clusters-meet-regions-tallinn-estonia",
            "Clusters meet Regions - Tallinn, Estonia",
            "Physical event",
            "2024-03-06T12:00:00Z",
            "Wed, 06/03/2024",
        ),
    ],
    [t1_news_teaser("30 January 2024", "/news/panorama-2024-preview", "European Cluster Panorama 2024: a preview")],
)
add(
    "hz-003",
    url,
    t1_page(
        node=214402,
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
        seed=8003,
    ),
    record(
        id="hz-003",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-02-07", "08:30"),
        end=bx("2024-02-07", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Hélène MARCHAND", None, "DG HERA, European Commission"),
            sp("Lars-Erik JOHANSSON", None, "Medicon Valley Alliance"),
            sp("Giulia DE LUCA", None, "Lombardy Life Sciences Cluster"),
            sp("Piotr NOWAK", None, None, "DESIRE"),
        ],
        euroclusters=["DESIRE"],
        notes="The event date is only in the heading ('– 7 February 2024'); the body gives the time alone ('from 8:30 to 9:45 CET'); no quoted title, so "
        "title = heading (with its date); 'Submitted by … on 25 January 2024' byline and 'the EU Clusters Talk of 24 January 2024' are not the event; "
        "winters of 2022 and 2023 are not dates; speakers 'Name SURNAME (Organisation)' with ALL-CAPS surnames (one with the particle 'DE'), no role; "
        "'(DESIRE Eurocluster)' gives the Eurocluster and no organisation; live-stream link and .ics link are not assets; one PDF in the table.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-004 (non-event)
url = f"{H}/news/meet-european-cluster-manager-year-2024"
h1 = "Meet the European Cluster Manager of the Year 2024"
body = (
    "<p>The award ceremony held on the evening of 7 May 2024, during the European Cluster Conference in Brussels, crowned Katarzyna Zielińska, "
    "managing director of the Silesian Aviation Cluster, as European Cluster Manager of the Year 2024.</p>\n"
    "<p>“Clusters are about people who trust each other enough to build things together,” she said when receiving the award from the jury chair, "
    "Dr. Paolo Ricci.</p>\n"
    "<p>Under her leadership the cluster joined the METASTARS Eurocluster, opened an office in Brussels and launched a skills academy that trained "
    "more than 400 technicians in 2023. The jury also praised the cluster's work with Ukrainian aerospace SMEs since 2022.</p>\n"
    "<p>Applications for the 2025 edition will open in January 2025. The winner will be announced at the next European Cluster Conference.</p>\n"
)
inner = (
    t1_title(h1)
    + t1_byline("ECCP Team", "14 May 2024", "2024-05-14T09:31:40+00:00")
    + t1_body("news", body)
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2024-06-18T12:00:00Z",
            "Tue, 18/06/2024",
            "/event-calendar/clusters-meet-regions-graz-austria",
            "Clusters meet Regions - Graz, Austria",
            "Physical event",
            "2024-06-19T12:00:00Z",
            "Wed, 19/06/2024",
        )
    ],
    [
        t1_news_teaser(
            "08 May 2024", "/news/ecc-2024-day-two", "European Cluster Conference 2024: the second day in pictures"
        )
    ],
)
add(
    "hz-004",
    url,
    t1_page(
        node=221950,
        bundle="news",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=8004,
    ),
    record(
        id="hz-004",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["METASTARS"],
        notes="NOT an event: news about an award given at an event that already happened ('held on the evening of 7 May 2024, during the European Cluster "
        "Conference'); its subject is the winner, not the conference; a quoted sentence, a jury chair with 'Dr.', a Eurocluster, and the 2025 edition.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-005 (non-event)
url = f"{H}/open-calls/call-expression-interest-host-cluster-collaboration-lab-2025"
h1 = "Call for expression of interest: host a Cluster Collaboration Lab (C2Lab) in 2025"
dl = twig_field(
    "field_deadline",
    "eccp_calls",
    "datetime",
    '<div class="field field--name-field-deadline field--type-datetime field--label-inline clearfix">\n  <div class="field__label">Deadline</div>\n'
    '  <div class="field__item"><time datetime="2025-01-31T16:00:00Z" class="datetime">31/01/2025 - 17:00 CET</time></div>\n</div>',
)
body = (
    "<p>The European Cluster Collaboration Platform is looking for regional authorities and cluster organisations that want to host a Cluster "
    "Collaboration Lab in 2025. A C2Lab is a two-day, hands-on workshop in which 30 to 40 cluster managers work on a shared challenge of the host region.</p>\n"
    "<p>The ECCP covers the facilitation, the travel of up to ten external experts and the reporting. The host provides the venue and catering.</p>\n"
    "<p>An information session will take place online on 14 January 2025, 10:00–11:00 CET. Previous hosts, such as the organisers of the "
    "C2Lab in Strasbourg on 25-26 September 2024, will share their experience.</p>\n"
    "<p>Applications must reach the ECCP by 31 January 2025 at 17:00 CET using the form below.</p>\n"
)
inner = (
    t1_title(h1)
    + dl
    + t1_body("eccp_calls", body)
    + t1_file_table(
        "eccp_calls",
        "Attachment",
        [
            (
                f"{H}/sites/default/files/2024-12/C2Lab_2025_application_form.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "C2Lab_2025_application_form.docx",
                "61.2 KB",
            )
        ],
    )
    + t1_share(url, h1)
)
add(
    "hz-005",
    url,
    t1_page(
        node=229871,
        bundle="eccp_calls",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Open calls", "/open-calls"), (h1, None)],
        article_inner=inner,
        sidebar=t1_sidebar([], []),
        seed=8005,
    ),
    record(
        id="hz-005",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: an open call; a 'Deadline' datetime field with CET, an information session with date, time and CET, a past C2Lab date range, "
        "and a DOCX application form in an attachment table.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-006 (non-event)
url = f"{H}/knowledge-sharing/publications/european-cluster-panorama-2024"
h1 = "European Cluster Panorama 2024"
pub = twig_field(
    "field_publication_date",
    "publication",
    "datetime",
    '<div class="field field--name-field-publication-date field--type-datetime field--label-inline clearfix">\n  <div class="field__label">Publication date</div>\n'
    '  <div class="field__item"><time datetime="2024-03-15T12:00:00Z" class="datetime">15/03/2024</time></div>\n</div>',
)
body = (
    "<p>The European Cluster Panorama 2024 maps more than 1,500 cluster organisations in the EU and COSME countries and analyses their role in the 14 "
    "industrial ecosystems. It includes a chapter on the Euroclusters programme.</p>\n"
    "<p>The report was presented at the EU Clusters Talk of 20 March 2024, 8:30 – 9:45 CET, by its lead author Henrik Sørensen (Oxford Research).</p>\n"
    '<p><a href="/sites/default/files/2024-03/European_Cluster_Panorama_2024.pdf">Download the report (PDF, 8.4 MB)</a></p>\n'
)
inner = t1_title(h1) + pub + t1_body("publication", body) + t1_share(url, h1)
add(
    "hz-006",
    url,
    t1_page(
        node=218003,
        bundle="publication",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[
            ("Home", "/"),
            ("Knowledge sharing", "/knowledge-sharing"),
            ("Publications", "/knowledge-sharing/publications"),
            (h1, None),
        ],
        article_inner=inner,
        sidebar=t1_sidebar([], []),
        seed=8006,
    ),
    record(
        id="hz-006",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: a publication page with a publication-date field; names the Talk where it was presented with a date, time and CET label, and "
        "a person; links a PDF. 'Euroclusters programme' names no Eurocluster.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-007
url = f"{H}/community-event/creative-industries-meet-finance-joint-webinar-creathriv-eu-and-friend-cci"
h1 = "Creative industries meet finance: joint webinar of the Creathriv-EU and Friend-CCI Euroclusters"
smart = twig_field(
    "field_smart_date",
    "community_event",
    "smartdate",
    '<div class="field field--name-field-smart-date field--type-smartdate field--label-above">\n  <div class="field__label">Date</div>\n'
    '  <div class="field__item"><time datetime="2024-03-21T10:00:00+01:00" class="datetime">Thu, 21/03/2024 - 10:00</time> - <time datetime="2024-03-21T11:30:00+01:00" class="datetime">11:30</time>\n</div>\n</div>',
)
body = (
    "<p>Creative and cultural SMEs often struggle to convince banks and investors. In this webinar the two Euroclusters of the creative ecosystem, "
    "CREATHRIV-EU and FRIEND CCI, present their financial support schemes and invite two investors to explain what they look for.</p>\n"
    '<p><a href="/sites/default/files/community-events/2024-03/webinar-agenda-creative-finance.pdf">Webinar agenda</a> · '
    '<a href="/sites/default/files/community-events/2024-03/creative-finance-poster.jpg">Poster</a></p>\n'
    '<h2>Speakers</h2>\n<div class="speakers">\n'
    '<div class="speaker"><img src="/sites/default/files/styles/thumb/public/sp1.jpg" alt=""><h3>Chiara Bellini</h3><p>Project Coordinator, Basilicata Creativa</p></div>\n'
    '<div class="speaker"><img src="/sites/default/files/styles/thumb/public/sp2.jpg" alt=""><h3>Jonas Å. Lindqvist</h3><p>Partner, Nordic Culture Ventures</p></div>\n'
    '<div class="speaker"><img src="/sites/default/files/styles/thumb/public/sp3.jpg" alt=""><h3>Roberta Zanon</h3><p>Head of EU Projects, Venetian Cluster</p></div>\n'
    "</div>\n"
    "<p>This is a community event: it is organised by the Euroclusters, not by the ECCP.</p>\n"
)
inner = (
    t1_title(h1)
    + smart
    + t1_body("community_event", body)
    + t1_terms("field_event_type", "community_event", "Event Type", [(2075, "Online event")])
    + '<div class="add-to-calendar"><a href="/node/219774/ical?method=ical">Add to calendar</a></div>\n'
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2024-03-27T08:30:00+01:00",
            "Wed, 27/03/2024 - 08:30",
            "/content/eu-clusters-talks-tourism-data",
            "EU Clusters Talks: Data spaces for tourism",
            "Online",
        )
    ],
    [],
)
add(
    "hz-007",
    url,
    t1_page(
        node=219774,
        bundle="community_event",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), ("Community events", "/community-event"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=8007,
    ),
    record(
        id="hz-007",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-03-21", "10:00"),
        end=bx("2024-03-21", "11:30"),
        speakers=[
            sp("Chiara Bellini", "Project Coordinator", "Basilicata Creativa"),
            sp("Jonas Å. Lindqvist", "Partner", "Nordic Culture Ventures"),
            sp("Roberta Zanon", "Head of EU Projects", "Venetian Cluster"),
        ],
        euroclusters=["CREATHRIV-EU", "FRIEND CCI"],
        assets=[
            asset(
                "Webinar agenda",
                f"{H}/sites/default/files/community-events/2024-03/webinar-agenda-creative-finance.pdf",
            )
        ],
        notes="Community event (series null); the date and time are only in a Drupal smart-date field 'Thu, 21/03/2024 - 10:00 - 11:30' (end time without "
        "its date; no zone label); speakers as cards (<h3> name + <p> 'Role, Organisation'); a middle initial 'Å.'; Euroclusters named as 'Creathriv-EU', "
        "'Friend-CCI', 'CREATHRIV-EU' and 'FRIEND CCI'; a PDF agenda link is an asset, the JPG poster and the ?method=ical link are not.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-008 (non-event)
url = f"{H}/event-calendar?f%5B0%5D=event_type%3A2415&page=1"
h1 = "Event calendar"
teasers = "\n".join(
    [
        t1_event_teaser(
            "2023-11-15T08:30:00+01:00",
            "Wed, 15/11/2023 - 08:30",
            "/content/eu-clusters-talks-sustainable-food-systems",
            "EU Clusters Talks: Sustainable food systems",
            "Online",
        ),
        t1_event_teaser(
            "2023-11-29T08:30:00+01:00",
            "Wed, 29/11/2023 - 08:30",
            "/content/eu-clusters-talks-proximity-social-economy",
            "EU Clusters Talks: Proximity and social economy",
            "Online",
        ),
        t1_event_teaser(
            "2023-12-13T10:00:00+01:00",
            "Wed, 13/12/2023 - 10:00",
            "/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
            "EU Clusters Talks: Special recap – key policies and takeaways",
            "Online",
        ),
        t1_event_teaser(
            "2024-01-24T08:30:00+01:00",
            "Wed, 24/01/2024 - 08:30",
            "/content/eu-clusters-talks-health-data",
            "EU Clusters Talks: The European Health Data Space",
            "Online",
        ),
    ]
)
main = twig(
    "views_view",
    ["views-view--event-calendar--page-1.html.twig", "views-view--page-1.html.twig", "views-view.html.twig"],
    "views-view.html.twig",
    "core/themes/classy/templates/views/views-view.html.twig",
    f'<div class="view view-event-calendar view-id-event_calendar view-display-id-page_1">\n<h1 class="page-title">{h1}</h1>\n'
    '<div class="view-filters"><span class="facet-item is-active">EU Clusters Talks (x)</span></div>\n'
    f'<div class="view-content">\n{teasers}\n</div>\n'
    '<nav class="pager"><ul class="pager__items"><li class="pager__item"><a href="?f%5B0%5D=event_type%3A2415&amp;page=0">‹ Previous</a></li>'
    '<li class="pager__item is-active">Page 2</li><li class="pager__item"><a href="?f%5B0%5D=event_type%3A2415&amp;page=2">Next ›</a></li></ul></nav>\n</div>',
)
add(
    "hz-008",
    url,
    t1_page(
        node=None,
        bundle=None,
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), (h1, None)],
        article_inner=None,
        main_override=main,
        sidebar=t1_sidebar([], []),
        seed=8008,
        body_class="path-event-calendar",
    ),
    record(
        id="hz-008",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: page 2 of the event calendar filtered on EU Clusters Talks (query string in the URL); four teasers with dates and times, a pager.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-009
url = f"{H}/european-cluster-conference-2024"
h1 = "European Cluster Conference 2024"
cards = "\n".join(
    f'<div class="speaker-card"><img src="/sites/default/files/ecc2024/speakers/{i}.jpg" alt="{n}"><h3 class="speaker-card__name">{n}</h3>'
    f'<p class="speaker-card__role">{r}</p><p class="speaker-card__org">{o}</p></div>'
    for i, (n, r, o) in enumerate(
        [
            (
                "Prof. Dr. Ingrid Halvorsen",
                "Chair of the Expert Group on Clusters",
                "Norwegian University of Science and Technology",
            ),
            ("Luc Vandenbroucke", "Director – Industrial Forum, Alliances, Clusters", "DG GROW, European Commission"),
            ("Amaia Etxeberria", "President", "TCI Network"),
            ("Radu Popescu-Ionescu", "Cluster Manager", "Transylvania Furniture Cluster"),
        ]
    )
)
body = (
    "<p>The European Cluster Conference 2024 will take place on 7-8 May 2024 in Brussels, at The Square. Some 500 cluster managers, "
    "policy makers and industry representatives will discuss how clusters can keep Europe competitive and resilient, and the future of cluster "
    "policy after 2024.</p>\n"
    "<p>The programme includes the European Cluster Manager of the Year award, a Euroclusters village with all 30 Euroclusters, and site visits on "
    "6 May 2024. Registration closes on 19 April 2024.</p>\n"
    f'<h2>Speakers</h2>\n<div class="speaker-grid">\n{cards}\n</div>\n'
    '<p><a href="/sites/default/files/2024-04/ECC2024_programme.pdf">Conference programme (PDF)</a> · <a href="https://www.youtube.com/watch?v=ecc2024live">Livestream</a></p>\n'
)
inner = (
    t1_banner("page", "2024-02", "ECC2024_banner.jpg", "European Cluster Conference 2024", ("eCc24aBc", "eCc24xYz"))
    + t1_title(h1)
    + t1_body("page", body)
    + t1_share(url, h1)
)
side = t1_sidebar(
    [
        t1_event_teaser(
            "2024-05-22T08:30:00+02:00",
            "Wed, 22/05/2024 - 08:30",
            "/content/eu-clusters-talks-after-ecc",
            "EU Clusters Talks: After the Conference",
            "Online",
        )
    ],
    [],
)
add(
    "hz-009",
    url,
    t1_page(
        node=216640,
        bundle="page",
        h1_for_title=h1,
        canonical=url,
        breadcrumb=[("Home", "/"), (h1, None)],
        article_inner=inner,
        sidebar=side,
        seed=8009,
    ),
    record(
        id="hz-009",
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
            sp(
                "Ingrid Halvorsen",
                "Chair of the Expert Group on Clusters",
                "Norwegian University of Science and Technology",
            ),
            sp("Luc Vandenbroucke", "Director – Industrial Forum, Alliances, Clusters", "DG GROW, European Commission"),
            sp("Amaia Etxeberria", "President", "TCI Network"),
            sp("Radu Popescu-Ionescu", "Cluster Manager", "Transylvania Furniture Cluster"),
        ],
        assets=[asset("Conference programme (PDF)", f"{H}/sites/default/files/2024-04/ECC2024_programme.pdf")],
        notes="Drupal basic page (bundle 'page', no event fields); '7-8 May 2024' (dates only); no quoted title (title = heading); site visits on 6 May 2024 and the 19 April deadline are not the event; speaker cards with name, role and organisation in "
        "three elements; 'Prof. Dr.' inside the name element and in the alt text; 'all 30 Euroclusters' names none; livestream link is not an asset.",
    ),
)
