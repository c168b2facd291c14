"""T1 — ECCP Drupal 10 with Twig theme debug (the corpus family). Page bodies written new for heldout9."""

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
    "<p>The EU Clusters Talks are regular online meetings for the cluster community, organised by the European Cluster Collaboration Platform. "
    "Each Talk combines an update on EU industrial policy with practical examples from cluster organisations and their members, and ends with news "
    "from the platform and current funding opportunities.</p>"
)


def side_2025():
    ev = [
        t1_event_teaser(
            "2025-03-26T10:00:00+01:00",
            "Wed, 26/03/2025 - 10:00",
            "/content/eu-clusters-talk-clusters-and-affordable-energy",
            "EU Clusters Talk: Clusters and affordable energy",
            "Online",
        ),
        t1_event_teaser(
            "2025-05-14T12:00:00Z",
            "Wed, 14/05/2025",
            "/event-calendar/clusters-meet-regions-porto-portugal",
            "Clusters meet Regions - Porto, Portugal",
            "Physical event",
            "2025-05-15T12:00:00Z",
            "Thu, 15/05/2025",
        ),
    ]
    nw = [
        t1_news_teaser(
            "20 February 2025",
            "/news/euroclusters-share-results-final-conference",
            "Euroclusters share their results at a final conference",
        )
    ]
    return t1_sidebar(ev, nw)


def side_2024():
    ev = [
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
            "2024-06-05T08:30:00+02:00",
            "Wed, 05/06/2024 - 08:30",
            "/content/eu-clusters-talks-space-ecosystem",
            "EU Clusters Talks: Clusters in the space ecosystem",
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
    nw = [
        t1_news_teaser(
            "28 March 2024",
            "/news/european-cluster-manager-year-2024-applications-open",
            "European Cluster Manager of the Year 2024: applications open",
        )
    ]
    return t1_sidebar(ev, nw)


def side_2023():
    ev = [
        t1_event_teaser(
            "2023-11-15T08:30:00+01:00",
            "Wed, 15/11/2023 - 08:30",
            "/content/eu-clusters-talks-bioeconomy-and-sustainable-food-systems",
            "EU Clusters Talks: Bioeconomy and Sustainable Food Systems",
            "Online",
        ),
        t1_event_teaser(
            "2023-11-21T12:00:00Z",
            "Tue, 21/11/2023",
            "/content/clusters-meet-regions-iasi-romania",
            "Clusters meet Regions - Iasi, Romania",
            "Physical event",
            "2023-11-23T12:00:00Z",
            "Thu, 23/11/2023",
        ),
        t1_event_teaser(
            "2023-12-13T08:30:00+01:00",
            "Wed, 13/12/2023 - 08:30",
            "/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
            "EU Clusters Talks Special: Recap on key policies and takeaways",
            "Online",
        ),
    ]
    return t1_sidebar(ev, [])


def event_page(
    *,
    pid,
    url,
    node,
    bundle,
    heading,
    byline,
    banner,
    body,
    after_body="",
    terms=True,
    etype=(2415, "EU Clusters Talks"),
    mode=(2075, "Online event"),
    sidebar,
    seed,
    crumbs=None,
    target=True,
):
    inner = ""
    if banner:
        inner += t1_banner(bundle, banner[0], banner[1], banner[2], (banner[3], banner[4]))
    inner += t1_title(heading)
    if byline:
        inner += t1_byline("ECCP Team", byline[0], byline[1])
    inner += t1_body(bundle, body)
    inner += after_body
    if terms:
        if target:
            inner += t1_terms(
                "field_event_target",
                bundle,
                "Event Target",
                [(548, "Cluster organisations"), (1081, "Policy makers"), (3225, "SMEs")],
            )
        inner += t1_terms("field_event_type", bundle, "Event Type", [etype, mode])
    inner += t1_audience(bundle)
    inner += t1_share(url, heading)
    crumbs = crumbs or [("Home", "/"), ("Events", "/event-calendar"), (heading, None)]
    return t1_page(
        node=node,
        bundle=bundle,
        h1_for_title=heading,
        canonical=url,
        breadcrumb=crumbs,
        article_inner=inner,
        sidebar=sidebar,
        seed=seed,
    )


# ---------------------------------------------------------------- hq-001: Clean Industrial Deal Talk (12 March 2025)
u = H + "/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action"
head = "EU Clusters Talk: From Policy to Practice: The Clean Industrial Deal in Action"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “From Policy to Practice: The Clean Industrial Deal in Action” on 12 March 2025, 8:30 – 9:45 CET.</p>\n"
    "<p>With the Clean Industrial Deal, presented by the Commission on 26 February 2025, decarbonisation and competitiveness are meant to go hand in hand. "
    "The plan brings together measures on affordable energy, lead markets for clean products, circularity and access to finance. This Talk looks at what the Deal "
    "means in practice for energy-intensive industries and for the cluster organisations that support them.</p>\n"
    "<p>The following speakers will take the floor:</p>\n<ul>\n"
    "<li>Kristina Dely, Policy Officer, DG GROW, European Commission;</li>\n"
    "<li>Ilse Vandenbroucke, Managing Director, Flux50, PowerUp NetZero Eurocluster;</li>\n"
    "<li>Henrik Aasgaard, Senior Advisor, Norwegian Offshore Wind;</li>\n"
    "<li>Tomás Ferreira Lopes, Head of Energy Transition, Portuguese Cluster for Energy.</li>\n</ul>\n"
    "<p>The session will be moderated by Daniela Chiriac, Cluster Expert, European Cluster Collaboration Platform.</p>\n"
    '<p><a href="https://clustercollaboration.eu/eu-clusters-talks-registration">Register here</a> to receive the connection link.</p>\n'
    + TALK_OUTRO
)
add(
    "hq-001",
    u,
    event_page(
        pid="hq-001",
        url=u,
        node=211604,
        bundle="event",
        heading=head,
        byline=("27 February 2025", "2025-02-27T09:14:02+00:00"),
        banner=(
            "2025-02",
            "EU%20Clusters%20Talk%2012%20March.png",
            "EU Clusters Talk 12 March",
            "Qm3XcT0a",
            "pL0xW2Rk",
        ),
        body=body,
        sidebar=side_2025(),
        seed=9101,
    ),
    record(
        id="hq-001",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title="From Policy to Practice: The Clean Industrial Deal in Action",
        page_title=head,
        series="EU Clusters Talks",
        start=bx("2025-03-12", "08:30"),
        end=bx("2025-03-12", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Kristina Dely", "Policy Officer", "DG GROW, European Commission"),
            sp("Ilse Vandenbroucke", "Managing Director", "Flux50", "PowerUp NetZero"),
            sp("Henrik Aasgaard", "Senior Advisor", "Norwegian Offshore Wind"),
            sp("Tomás Ferreira Lopes", "Head of Energy Transition", "Portuguese Cluster for Energy"),
            sp("Daniela Chiriac", "Cluster Expert", "European Cluster Collaboration Platform"),
        ],
        euroclusters=["PowerUp NetZero"],
        notes="Real Talk (12 March 2025, 8:30, from the ECCP calendar); speakers reconstructed. Intro sentence + <ul> 'Name, Role, Org;' with the Eurocluster in a line; moderator in a separate sentence after the list ('moderated by Name, Role, Org') is a speaker; the Clean Industrial Deal date (26 February 2025) and the byline (27 February 2025) are not the event; sidebar teasers with other dates.",
    ),
)

# ---------------------------------------------------------------- hq-002: Net-Zero Industry Act Talk (19 June 2024)
u = H + "/content/eu-clusters-talks-net-zero-industry-act-whats-next-clusters"
head = "EU Clusters Talks: Net-Zero Industry Act – What’s next for clusters?"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Net-Zero Industry Act: What’s next for clusters?” "
    "on 19 June 2024, 10:00 – 11:30 CET.</p>\n"
    "<p>The Net-Zero Industry Act entered into force this summer. It aims to scale up the manufacturing of clean technologies in the EU, speeds up permitting and creates "
    "Net-Zero Industry Academies to train the workforce. Clusters are well placed to connect the manufacturers, suppliers and training providers involved.</p>\n"
    "<p><strong>Speakers:</strong></p>\n"
    "<p>Anneke de Vries – Policy Officer – DG GROW, European Commission</p>\n"
    "<p>Jordi Puigdomènech – Director – Catalonia Energy Cluster</p>\n"
    "<p>Marta Wiśniewska – Project Manager – Silesian Hydrogen Cluster, JEWEL Eurocluster</p>\n"
    "<p>Moderator: Luc Hendrickx – Senior Consultant – ECCP</p>\n"
    '<p>The recording will be published on the <a href="https://www.youtube.com/@clustercollaboration">ECCP YouTube channel</a>.</p>\n'
    + TALK_OUTRO
)
files = t1_file_table(
    "event",
    "Documents",
    [
        (
            H + "/sites/default/files/2024-06/EU%20Clusters%20Talk%20NZIA%20presentations.pdf",
            "application/pdf",
            "EU Clusters Talk NZIA presentations",
            "3.41 MB",
        ),
        (H + "/sites/default/files/2024-06/NZIA_Talk_summary.pdf", "application/pdf", "NZIA Talk summary", "412.7 KB"),
    ],
)
add(
    "hq-002",
    u,
    event_page(
        pid="hq-002",
        url=u,
        node=198233,
        bundle="event",
        heading=head,
        byline=("04 June 2024", "2024-06-04T12:40:51+00:00"),
        banner=("2024-06", "LinkedIn%20Banner%20NZIA.png", "LinkedIn Banner NZIA", "a8ZkqP1e", "R0xD2mNn"),
        body=body,
        after_body=files,
        sidebar=side_2024(),
        seed=9102,
    ),
    record(
        id="hq-002",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title="Net-Zero Industry Act: What’s next for clusters?",
        page_title=head,
        series="EU Clusters Talks",
        start=bx("2024-06-19", "10:00"),
        end=bx("2024-06-19", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Anneke de Vries", "Policy Officer", "DG GROW, European Commission"),
            sp("Jordi Puigdomènech", "Director", "Catalonia Energy Cluster"),
            sp("Marta Wiśniewska", "Project Manager", "Silesian Hydrogen Cluster", "JEWEL"),
            sp("Luc Hendrickx", "Senior Consultant", "ECCP"),
        ],
        euroclusters=["JEWEL"],
        assets=[
            asset(
                "EU Clusters Talk NZIA presentations",
                H + "/sites/default/files/2024-06/EU%20Clusters%20Talk%20NZIA%20presentations.pdf",
            ),
            asset("NZIA Talk summary", H + "/sites/default/files/2024-06/NZIA_Talk_summary.pdf"),
        ],
        notes="'CET' on a June date: +02:00, tz_label CET. Heading uses '–' where the quoted title has ':'; one <p> per speaker 'Name – Role – Organisation' after a <strong>Speakers:</strong> label; 'Moderator:' prefix is not part of the name; 'Org, JEWEL Eurocluster' in the last dash part; 'Attachment | Size' table with two PDFs; YouTube channel link is not an asset.",
    ),
)

# ---------------------------------------------------------------- hq-003: Clusters meet Regions Graz (18-19 June 2024)
u = H + "/event-calendar/clusters-meet-regions-graz-austria"
head = "Clusters meet Regions - Graz, Austria"
body = (
    "<p>The next Clusters meet Regions workshop will take place in Graz, Austria, on 18-19 June 2024. It is organised by the European Cluster Collaboration Platform "
    "together with the Styrian Business Promotion Agency (SFG) under the theme “Green and digital transformation of the mobility and production ecosystems”.</p>\n"
    "<p>Styria is home to one of Europe’s densest networks of clusters in automotive, green technologies, wood and human technologies. Over two days, participants from "
    "regions, clusters and companies will discuss how regional policy and clusters can support the transformation of the automotive supply chain and of manufacturing, "
    "visit companies in the region and meet in bilateral meetings.</p>\n"
    "<p>Participation is free of charge, but places are limited. Registration is open until 31 May 2024.</p>\n"
    '<p>Find the <a href="/sites/default/files/2024-05/CmR_Graz_draft_agenda.pdf">draft agenda</a> here.</p>\n'
    '<p><a href="https://clustercollaboration.eu/clusters-meet-regions-graz-registration">Register now</a></p>\n'
    "<p>Clusters meet Regions is a series of two-day workshops in which regional and national authorities, cluster organisations and businesses discuss how clusters "
    "can contribute to regional development and to the EU’s industrial strategy.</p>"
)
loc = twig_field(
    "field_location",
    "event",
    "string",
    '<div class="field field--name-field-location field--type-string field--label-inline clearfix">\n  <div class="field__label">Location</div>\n  <div class="field__item">Graz, Austria</div>\n</div>',
)
add(
    "hq-003",
    u,
    event_page(
        pid="hq-003",
        url=u,
        node=196021,
        bundle="event",
        heading=head,
        byline=None,
        banner=("2024-04", "CmR%20Graz%20banner.jpg", "CmR Graz banner", "Tt51aBcQ", "u2pPq8Lm"),
        body=body,
        after_body=loc,
        etype=(2417, "Clusters meet Regions"),
        mode=(2076, "Physical event"),
        sidebar=side_2024(),
        seed=9103,
    ),
    record(
        id="hq-003",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title="Green and digital transformation of the mobility and production ecosystems",
        page_title=head,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        assets=[asset("draft agenda", H + "/sites/default/files/2024-05/CmR_Graz_draft_agenda.pdf")],
        notes="Real edition (Graz, 18-19 June 2024); text reconstructed. '18-19 June 2024' (dates only); a quoted workshop theme is the title (dev-015 rule); registration deadline 31 May 2024 is not the event; root-relative PDF link 'draft agenda' is an asset, the registration link is not; Location field; sidebar repeats the event's own dates in a teaser.",
    ),
)

# ---------------------------------------------------------------- hq-004: report, Clusters meet Regions Charleroi (27-28 November 2024)
u = H + "/content/clusters-meet-regions-charleroi-clusters-heart-wallonias-industrial-renewal"
head = "Clusters meet Regions in Charleroi: clusters at the heart of Wallonia’s industrial renewal"
body = (
    "<p>From 27 to 28 November 2024, more than 120 representatives of regional authorities, cluster organisations, universities and companies met in Charleroi, Belgium, "
    "for the last Clusters meet Regions workshop of the year.</p>\n"
    '<figure role="group" class="caption caption-img"><img src="/sites/default/files/inline-images/CmR_Charleroi_panel_2.jpg" alt="Panel discussion in Charleroi" loading="lazy" width="800" height="533" />'
    "<figcaption>The opening panel at the Charleroi Espace Meeting Européen</figcaption></figure>\n"
    "<p>Nathalie Dewulf, Director General of the Walloon Public Service Economy, opened the workshop by recalling how the region has rebuilt its industrial base around "
    "life sciences, aerospace and advanced materials since the closure of its steel plants.</p>\n"
    "<p>Mariella Masselink, Head of Unit at DG GROW, European Commission, presented the Commission’s support for clusters and the results of the Euroclusters so far.</p>\n"
    "<p>Pierre Lambotte, CEO of BioWin, explained how the Walloon health cluster helped to attract biotech investment to the Charleroi area, and Dr Els Verhoeven, "
    "Programme Manager at Skywin, described the aerospace cluster’s work with small suppliers.</p>\n"
    "<p>A panel moderated by Sofia Karlsson, Cluster Expert at the ECCP, then compared the experiences of Wallonia with those of the regions represented in the room.</p>\n"
    "<p>On the second day, participants visited the Biopark Charleroi Brussels South and took part in more than 90 bilateral meetings. The next edition of Clusters meet "
    "Regions will be announced early next year.</p>"
)
add(
    "hq-004",
    u,
    event_page(
        pid="hq-004",
        url=u,
        node=207718,
        bundle="article",
        heading=head,
        byline=("12 December 2024", "2024-12-12T15:02:11+00:00"),
        banner=None,
        body=body,
        terms=False,
        sidebar=side_2025(),
        seed=9104,
        crumbs=[("Home", "/"), ("News", "/news"), (head, None)],
    ),
    record(
        id="hq-004",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=head,
        page_title=head,
        series="Clusters meet Regions",
        start="2024-11-27",
        end="2024-11-28",
        speakers=[
            sp("Nathalie Dewulf", "Director General", "Walloon Public Service Economy"),
            sp("Mariella Masselink", "Head of Unit", "DG GROW, European Commission"),
            sp("Pierre Lambotte", "CEO", "BioWin"),
            sp("Els Verhoeven", "Programme Manager", "Skywin"),
            sp("Sofia Karlsson", "Cluster Expert", "ECCP"),
        ],
        notes="Real edition (Charleroi, 27-28 November 2024); report text and people reconstructed (Mariella Masselink as in dev-016). 'From 27 to 28 November 2024' (dates only); byline 12 December 2024; speakers in prose ('Name, Role of Org, opened', 'Name, Role at Org, presented', 'Name, CEO of Org', 'Dr Name, Role at Org', 'moderated by Name, Role at the ECCP'); honorific 'Dr' without dot; figure caption; no quoted title.",
    ),
)

# ---------------------------------------------------------------- hq-005: defence Talk, date without year (17 April 2024)
u = H + "/content/eu-clusters-talks-clusters-and-european-defence-industry"
head = "EU Clusters Talks: Clusters and the European defence industry"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Clusters and the European Defence Industrial Strategy” on 17 April, 8:30 – 9:45 CET.</p>\n"
    "<p>In March, the Commission presented the first European Defence Industrial Strategy. It calls on Member States to buy more together and more in Europe, and to open "
    "defence supply chains to SMEs and start-ups. Clusters in aerospace, maritime and electronics already bring these companies together. The previous Talk on 3 April "
    "looked at critical raw materials; this one turns to the defence ecosystem.</p>\n"
    "<p><strong>Speakers:</strong></p>\n"
    "<p><strong>Jean-Marc Lefèvre</strong>, Policy Officer, DG DEFIS, European Commission<br />\n"
    "<strong>Paola Ricci</strong>, Project Manager, Distretto Ligure delle Tecnologie Marine, LEVIATAD Eurocluster<br />\n"
    "<strong>Tobias Engström</strong>, CEO, Aerospace Cluster Sweden, METASTARS Eurocluster<br />\n"
    "<strong>Agnieszka Nowak-Zielińska</strong>, Head of International Cooperation, Polish Aviation Valley<br />\n"
    "More speakers TBC</p>\n" + TALK_OUTRO
)
add(
    "hq-005",
    u,
    event_page(
        pid="hq-005",
        url=u,
        node=193540,
        bundle="event",
        heading=head,
        byline=("03 April 2024", "2024-04-03T08:21:44+00:00"),
        banner=(
            "2024-04",
            "LinkedIn%20Banner%201600x600%2017%20April.png",
            "LinkedIn Banner 1600x600 17 April",
            "Zz0pLq7E",
            "k9Wq1sFa",
        ),
        body=body,
        sidebar=side_2024(),
        seed=9105,
    ),
    record(
        id="hq-005",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title="Clusters and the European Defence Industrial Strategy",
        page_title=head,
        series="EU Clusters Talks",
        start=bx("2024-04-17", "08:30"),
        end=bx("2024-04-17", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Jean-Marc Lefèvre", "Policy Officer", "DG DEFIS, European Commission"),
            sp("Paola Ricci", "Project Manager", "Distretto Ligure delle Tecnologie Marine", "LEVIATAD"),
            sp("Tobias Engström", "CEO", "Aerospace Cluster Sweden", "METASTARS"),
            sp("Agnieszka Nowak-Zielińska", "Head of International Cooperation", "Polish Aviation Valley"),
        ],
        euroclusters=["LEVIATAD", "METASTARS"],
        notes="Date without year 'on 17 April, 8:30 – 9:45 CET': 2024 from the byline (03 April 2024) and the banner; April after the switch, +02:00; 'The previous Talk on 3 April' and 'In March' are not the event; speakers as <strong>Name</strong>, Role, Org lines in one <br> paragraph; 'More speakers TBC' is a placeholder; quoted title differs from the heading.",
    ),
)

# ---------------------------------------------------------------- hq-006: C2Lab Vilnius (4-5 June 2025)
u = H + "/event-calendar/cluster-collaboration-lab-c2lab-vilnius-lithuania"
head = "Cluster Collaboration Lab (C2Lab) - Vilnius, Lithuania"
body = (
    "<p>The European Cluster Collaboration Platform invites cluster managers to the next Cluster Collaboration Lab (C2Lab), which will be held in Vilnius, Lithuania, "
    "on the 4th and 5th of June 2025.</p>\n"
    "<p>A C2Lab is a two-day, hands-on workshop. Participants work in small groups on a challenge they share and leave with the outline of a joint project. "
    "The Vilnius edition proposes three challenges:</p>\n"
    "<ol>\n<li>Dual-use technologies: how can clusters help civil SMEs enter defence supply chains?</li>\n"
    "<li>Talent: how can clusters attract and keep skilled staff in the Baltic region?</li>\n"
    "<li>Ukraine: how can clusters prepare their members for the reconstruction of Ukraine?</li>\n</ol>\n"
    "<p>Up to 30 participants will be selected. Travel and accommodation costs of selected participants are covered by the platform. Apply by 9 May 2025.</p>\n"
)
files = t1_file_table(
    "event",
    "Attachments",
    [
        (
            H + "/sites/default/files/2025-04/C2Lab_Vilnius_call_for_participants.pdf",
            "application/pdf",
            "C2Lab Vilnius - call for participants",
            "298.4 KB",
        )
    ],
)
add(
    "hq-006",
    u,
    event_page(
        pid="hq-006",
        url=u,
        node=213390,
        bundle="event",
        heading=head,
        byline=None,
        banner=("2025-04", "C2Lab%20Vilnius.png", "C2Lab Vilnius", "G7yTr0bb", "H6q2LnnX"),
        body=body,
        after_body=files,
        etype=(2420, "C2Lab"),
        mode=(2076, "Physical event"),
        sidebar=side_2025(),
        seed=9106,
    ),
    record(
        id="hq-006",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=head,
        page_title=head,
        series="C2Lab",
        start="2025-06-04",
        end="2025-06-05",
        assets=[
            asset(
                "C2Lab Vilnius - call for participants",
                H + "/sites/default/files/2025-04/C2Lab_Vilnius_call_for_participants.pdf",
            )
        ],
        notes="Plausible reconstruction (edition not verified). Ordinals 'on the 4th and 5th of June 2025' (dates only); numbered challenge list is not speakers; application deadline 9 May 2025 is not the event; one PDF in the attachment table; no quoted title.",
    ),
)

# ---------------------------------------------------------------- hq-007: ECCP matchmaking, one day (5 December 2023)
u = H + "/content/eu-cluster-matchmaking-event-agri-food-green-and-digital-solutions"
head = "EU Cluster Matchmaking Event: Agri-food – green and digital solutions"
body = (
    "<p>The European Cluster Collaboration Platform organises an online EU Cluster Matchmaking Event for the agri-food ecosystem on 5 December 2023, from 10:00 to 15:30 CET.</p>\n"
    "<p>The event connects cluster organisations and their member companies that look for partners for green and digital solutions in food production and processing: "
    "precision farming, traceability, packaging and the valorisation of side streams. After a short plenary, participants meet in pre-arranged one-to-one meetings "
    "of 20 minutes.</p>\n"
    "<p>The plenary opens with a keynote by Ruta Kazlauskaite, Policy Officer, DG AGRI, European Commission. The B-Resilient Eurocluster will then present its open call for SMEs.</p>\n"
    "<p>Registration for the meetings is open on the b2match platform until 28 November 2023: "
    '<a href="https://eu-cluster-matchmaking-agrifood-2023.b2match.io/">eu-cluster-matchmaking-agrifood-2023.b2match.io</a>.</p>\n'
)
add(
    "hq-007",
    u,
    event_page(
        pid="hq-007",
        url=u,
        node=183977,
        bundle="event",
        heading=head,
        byline=("07 November 2023", "2023-11-07T10:05:40+00:00"),
        banner=("2023-11", "Matchmaking%20agrifood.png", "Matchmaking agrifood", "Ww2x0aQk", "D3kLm9Pp"),
        body=body,
        etype=(2419, "EU Clusters Matchmaking"),
        sidebar=side_2023(),
        seed=9107,
    ),
    record(
        id="hq-007",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=head,
        page_title=head,
        series="ECCP matchmaking",
        start=bx("2023-12-05", "10:00"),
        end=bx("2023-12-05", "15:30"),
        tz_label="CET",
        speakers=[sp("Ruta Kazlauskaite", "Policy Officer", "DG AGRI, European Commission")],
        euroclusters=["B-Resilient"],
        notes="Plausible reconstruction. One-day online matchmaking 'on 5 December 2023, from 10:00 to 15:30 CET' (winter, +01:00); keynote speaker in a sentence ('a keynote by Name, Role, Org'); B-Resilient named in prose; b2match registration deadline 28 November 2023 and byline are not the event; b2match link is not an asset; no quoted title.",
    ),
)

# ---------------------------------------------------------------- hq-008: NOT an event — news about Euroclusters' open calls
u = H + "/news/euroclusters-first-open-calls-smes-close-over-2000-applications"
head = "Euroclusters: first open calls for SMEs close with over 2,000 applications"
body = (
    "<p>The first round of open calls launched by the Euroclusters closed at the end of September. Across the ecosystems, more than 2,000 small and medium-sized "
    "enterprises applied for vouchers for internationalisation, training, innovation and the adoption of green and digital technologies.</p>\n"
    "<p>The GEMSTONE Eurocluster received applications from manufacturing SMEs in 21 countries, E-BOOST attracted many start-ups working on electromobility, and "
    "SocialTech4EU supported social economy enterprises for the first time. Results will be published by each Eurocluster on its own website.</p>\n"
    "<p>The second round of calls will open in spring 2024. The Euroclusters will present their calls at an EU Clusters Talk on 24 January 2024, 8:30 – 9:45 CET.</p>\n"
    '<p>See all open calls on the <a href="/open-calls">open calls page</a>.</p>'
)
inner = (
    t1_title(head)
    + t1_byline("ECCP Team", "17 October 2023", "2023-10-17T13:30:09+00:00")
    + t1_body("article", body)
    + t1_audience("article")
    + t1_share(u, head)
)
add(
    "hq-008",
    u,
    t1_page(
        node=181204,
        bundle="article",
        h1_for_title=head,
        canonical=u,
        breadcrumb=[("Home", "/"), ("News", "/news"), (head, None)],
        article_inner=inner,
        sidebar=side_2023(),
        seed=9108,
    ),
    record(
        id="hq-008",
        url=u,
        template="T1",
        lang="en",
        is_event=False,
        title=head,
        page_title=head,
        euroclusters=["E-BOOST", "GEMSTONE", "SocialTech4EU"],
        notes="NOT an event: ECCP news about the Euroclusters' open calls; mentions a future Talk with date, time and CET, a spring 2024 round and a byline date; names three Euroclusters (E-BOOST in capitals).",
    ),
)

# ---------------------------------------------------------------- hq-009: NOT an event — open call for host regions
u = H + "/open-calls/call-expression-interest-host-clusters-meet-regions-workshop-2025"
head = "Call for expression of interest: host a Clusters meet Regions workshop in 2025"
body = (
    "<p>The European Cluster Collaboration Platform invites regional and national authorities to express their interest in hosting a Clusters meet Regions workshop in 2025.</p>\n"
    "<p>A host region co-organises a two-day workshop with the platform: it proposes a theme that matters for its smart specialisation strategy, provides a venue and "
    "invites its clusters and companies. The platform covers the programme, the speakers and the travel costs of the invited experts.</p>\n"
    "<p>Expressions of interest must be submitted using the application form below by 31 January 2025, 17:00 CET. An online information session will take place on "
    "14 January 2025 at 10:00 CET.</p>"
)
deadline = twig_field(
    "field_deadline",
    "eccp_calls",
    "datetime",
    '<div class="field field--name-field-deadline field--type-datetime field--label-inline clearfix">\n  <div class="field__label">Deadline</div>\n'
    '  <div class="field__item"><time datetime="2025-01-31T16:00:00Z" class="datetime">Fri, 31/01/2025 - 17:00</time></div>\n</div>',
)
files = t1_file_table(
    "eccp_calls",
    "Attachments",
    [
        (
            H + "/sites/default/files/2024-12/CmR_2025_application_form.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Application form",
            "54.2 KB",
        ),
        (
            H + "/sites/default/files/2024-12/CmR_2025_terms_of_reference.pdf",
            "application/pdf",
            "Terms of reference",
            "188.9 KB",
        ),
    ],
)
inner = t1_title(head) + deadline + t1_body("eccp_calls", body) + files + t1_audience("eccp_calls") + t1_share(u, head)
add(
    "hq-009",
    u,
    t1_page(
        node=208812,
        bundle="eccp_calls",
        h1_for_title=head,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Open calls", "/open-calls"), (head, None)],
        article_inner=inner,
        sidebar=side_2025(),
        seed=9109,
    ),
    record(
        id="hq-009",
        url=u,
        template="T1",
        lang="en",
        is_event=False,
        title=head,
        page_title=head,
        notes="NOT an event: an ECCP open call (bundle eccp_calls) with a Deadline datetime field, an information session with date, time and CET, and DOCX/PDF files in an attachment table.",
    ),
)

# ---------------------------------------------------------------- hq-010: community event, 'Location and date' field (10 October 2023)
u = H + "/community-event/webinar-circular-textiles-funding-opportunities-smes"
head = "Webinar: Circular textiles – funding opportunities for SMEs"
locdate = twig_field(
    "field_location_and_date",
    "community_event",
    "text-long",
    '<div class="field field--name-field-location-and-date field--type-text_long field--label-above">\n    <div class="field__label">Location and date</div>\n'
    '<div class="field__item"><p>10 October 2023, 14:00 - 15:30<br />\nOnline (Zoom)</p></div></div>',
)
body = (
    "<p>The EU Strategy for Sustainable and Circular Textiles expects textile products placed on the EU market to be durable, repairable and recyclable by 2030. "
    "For small companies this means new investments, and several EU and regional programmes can help to finance them.</p>\n"
    "<p>In this webinar, textile clusters present funding opportunities for circular projects and share the experience of companies that used them. Speakers:</p>\n"
    "<ul>\n<li>Sophie Van Damme (Textile Cluster Flanders)</li>\n<li>Luca Bertolini (EuroBoosTEX Eurocluster)</li>\n<li>Ana Sousa (CITEVE)</li>\n</ul>\n"
    "<p>The webinar is free of charge and open to all companies of the textile and clothing value chain. The Zoom link will be sent after registration.</p>"
)
org = t1_terms(
    "field_cluster_organisation", "community_event", "Cluster organisation", [(1912, "Textile Cluster Flanders")]
)
inner = t1_title(head) + locdate + t1_body("community_event", body) + org + t1_share(u, head)
add(
    "hq-010",
    u,
    t1_page(
        node=179455,
        bundle="community_event",
        h1_for_title=head,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Community events", "/community-event"), (head, None)],
        article_inner=inner,
        sidebar=side_2023(),
        seed=9110,
    ),
    record(
        id="hq-010",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=head,
        page_title=head,
        series=None,
        start=bx("2023-10-10", "14:00"),
        end=bx("2023-10-10", "15:30"),
        speakers=[
            sp("Sophie Van Damme", None, "Textile Cluster Flanders"),
            sp("Luca Bertolini", None, None, "EuroBoosTEX"),
            sp("Ana Sousa", None, "CITEVE"),
        ],
        euroclusters=["EuroBoosTEX"],
        notes="Community event (series null): date and time only in the 'Location and date' text field '10 October 2023, 14:00 - 15:30' with no zone label (October before the switch, +02:00; tz_label null); speakers 'Name (Organisation)' with no role; '(EuroBoosTEX Eurocluster)' gives the Eurocluster and no organisation; '2030' is not a date; 'Webinar:' prefix is part of the heading.",
    ),
)

# ---------------------------------------------------------------- hq-011: Euroclusters info day (10 November 2021)
u = H + "/content/info-day-joint-cluster-initiatives-euroclusters-europes-recovery"
head = "Info day: Joint Cluster Initiatives (Euroclusters) for Europe’s recovery"
body = (
    "<p>The European Innovation Council and SMEs Executive Agency (EISMEA) and DG GROW hold an online info day on the call for proposals "
    "Joint Cluster Initiatives (Euroclusters) for Europe’s recovery on Wednesday 10 November 2021, 10:00 - 12:00 CET.</p>\n"
    "<p>The call will fund around 30 Euroclusters that support SMEs in the green and digital transition and in building resilience. At the info day, the Agency will "
    "explain the objectives, the eligibility and award criteria and the financial support to third parties, and will answer questions from applicants.</p>\n"
    "<p><strong>Speakers</strong></p>\n"
    "<p><strong>Heidi Lindqvist</strong><br />Head of Sector, EISMEA</p>\n"
    "<p><strong>Kasia Mrozowska</strong><br />Cluster Policy Officer, DG GROW, European Commission</p>\n"
    "<p><strong>Pedro Álvarez Marín</strong><br />Project Adviser, EISMEA</p>\n"
    '<p>The call documents are available on the <a href="https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/smp-cosme-2021-cluster-01">Funding &amp; Tenders Portal</a>. '
    'The <a href="/sites/default/files/2021-11/Euroclusters_info_day_presentation.pdf">presentation of the call (PDF)</a> is available for download. The deadline for proposals is 20 January 2022.</p>'
)
add(
    "hq-011",
    u,
    event_page(
        pid="hq-011",
        url=u,
        node=101877,
        bundle="event",
        heading=head,
        byline=("29 October 2021", "2021-10-29T07:48:30+00:00"),
        banner=None,
        body=body,
        etype=(2398, "Info day"),
        sidebar=side_2023(),
        seed=9111,
    ),
    record(
        id="hq-011",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=head,
        page_title=head,
        series=None,
        start=bx("2021-11-10", "10:00"),
        end=bx("2021-11-10", "12:00"),
        tz_label="CET",
        speakers=[
            sp("Heidi Lindqvist", "Head of Sector", "EISMEA"),
            sp("Kasia Mrozowska", "Cluster Policy Officer", "DG GROW, European Commission"),
            sp("Pedro Álvarez Marín", "Project Adviser", "EISMEA"),
        ],
        assets=[
            asset(
                "presentation of the call (PDF)",
                H + "/sites/default/files/2021-11/Euroclusters_info_day_presentation.pdf",
            )
        ],
        notes="Info day for the Euroclusters call (SMP-COSME-2021-CLUSTER-01); date, time and people reconstructed. 'Wednesday 10 November 2021, 10:00 - 12:00 CET' (+01:00); series null (info days are not one of the series); speakers as <p><strong>Name</strong><br>Role, Org</p> cards; call deadline 20 January 2022 is not the event; 'around 30 Euroclusters' names none; portal link is not an asset, the root-relative PDF is.",
    ),
)
