"""hs-001 … hs-011: ECCP (Drupal 10, Twig theme debug) pages, written new for heldout11."""

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

TALK_TAIL = (
    "<p>The EU Clusters Talks are regular online meetings that the European Cluster Collaboration Platform holds for the cluster "
    "community. Each one combines an update on EU industrial policy with examples from clusters and their projects, and ends with "
    "news from the platform and open calls. The topic changes every time.</p>"
)


def date_field(bundle: str, parts: list[tuple[str, str]]) -> str:
    times = " - ".join(f'<time datetime="{iso}" class="datetime">{shown}</time>' for iso, shown in parts)
    return twig_field(
        "field_event_date",
        bundle,
        "smartdate",
        f'<div class="field field--name-field-event-date field--type-smartdate field--label-hidden field__item">{times}</div>',
    )


def side(*rows, news=()):
    return t1_sidebar(list(rows), list(news))


SB_SPRING24 = side(
    t1_event_teaser(
        "2024-04-24T08:30:00+02:00",
        "Wed, 24/04/2024 - 08:30",
        "/content/eu-clusters-talk-innovation-through-integration-how-create-and-engage-meta-cluster",
        "EU Clusters Talk: Innovation through integration: How to create and engage a meta-cluster",
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
        "2024-06-18T12:00:00Z",
        "Tue, 18/06/2024",
        "/content/clusters-meet-regions-graz-austria",
        "Clusters meet Regions - Graz, Austria",
        "Physical event",
        "2024-06-19T12:00:00Z",
        "Wed, 19/06/2024",
    ),
    news=[
        t1_news_teaser(
            "05 April 2024",
            "/news/clusters-meet-regions-milan-navigating-twin-transition-innovation",
            "Clusters meet Regions in Milan: Navigating the Twin Transition &amp; Innovation",
        )
    ],
)

# ---------------------------------------------------------------------------------------------------------------- hs-001
u = H + "/content/eu-clusters-talk-autonomy-innovation-and-security-eu-strategies-aerospace-and"
h1 = "EU Clusters Talk: Autonomy, innovation and security: EU strategies for Aerospace and Defence"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the&nbsp;EU Clusters Talk "
    "“Autonomy, innovation and security: EU strategies for Aerospace and Defence” on 17 April 2024, 8:30&nbsp;– 9:45 CET.</p>\n"
    "<p>With the European Defence Industrial Strategy, presented on 5 March 2024, the Commission wants the defence industry to become more "
    "responsive and to buy more of its equipment in Europe. Aerospace and defence clusters link the large system integrators with thousands of "
    "small suppliers, and several of them now work together in Euroclusters.</p>\n"
    "<p>The Talk will look at what the strategy means for SMEs in the supply chain, how dual-use technologies can reach civil markets, and how "
    "clusters help their members meet security requirements.</p>\n"
    "<p>Speakers at this EU Clusters Talk will include:</p>\n<ul>\n"
    "<li>Dorota Wiśniewska-Kalm, Policy Officer - Defence Industry, DG DEFIS, European Commission;</li>\n"
    "<li>Pierre-Yves Lemaître, Managing Director, Aerospace Valley Occitanie, METASTARS Eurocluster;</li>\n"
    "<li>Giulia Ferrando, Project Manager, Distretto Ligure delle Tecnologie Marine, LEVIATAD Eurocluster;</li>\n"
    "<li>Jonas Eriksson Malm, CEO, Space Cluster Norrland;</li>\n<li>More speakers TBC.</li>\n</ul>\n"
    "<p>The Talk will be moderated by Hana Kovářová, Cluster Analyst, European Cluster Collaboration Platform.</p>\n"
    '<p><a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk17April2024" target="_blank">Register here</a></p>\n'
    + TALK_TAIL
)
inner = (
    t1_banner("event", "2024-03", "Talk%20A%26D%201600x600.png", "Talk A&amp;D 1600x600", ("Qm3xv7Lp", "x9KdT0aa"))
    + t1_title(h1)
    + t1_byline("ECCP Team", "03 April 2024", "2024-04-03T11:52:17+02:00")
    + date_field("event", [("2024-04-17T06:30:00Z", "Wed, 17/04/2024 - 08:30"), ("2024-04-17T07:45:00Z", "09:45")])
    + t1_body("event", body)
    + t1_terms("field_event_target", "event", "Event Target", [(2493, "Cluster organisations"), (1723, "SMEs")])
    + t1_terms("field_event_type", "event", "Event Type", [(1724, "EU Clusters Talks"), (4000, "Online event")])
    + t1_audience("event")
    + t1_share(u, h1)
)
add(
    "hs-001",
    u,
    t1_page(
        node=187342,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=side(
            t1_event_teaser(
                "2024-04-24T08:30:00+02:00",
                "Wed, 24/04/2024 - 08:30",
                "/content/eu-clusters-talk-innovation-through-integration-how-create-and-engage-meta-cluster",
                "EU Clusters Talk: Innovation through integration: How to create and engage a meta-cluster",
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
            news=[
                t1_news_teaser(
                    "05 April 2024",
                    "/news/clusters-meet-regions-milan-navigating-twin-transition-innovation",
                    "Clusters meet Regions in Milan: Navigating the Twin Transition &amp; Innovation",
                )
            ],
        ),
        seed=1101,
        cookie_banner=True,
    ),
    record(
        id="hs-001",
        url=u,
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
            sp("Dorota Wiśniewska-Kalm", "Policy Officer - Defence Industry", "DG DEFIS, European Commission"),
            sp("Pierre-Yves Lemaître", "Managing Director", "Aerospace Valley Occitanie", "METASTARS"),
            sp("Giulia Ferrando", "Project Manager", "Distretto Ligure delle Tecnologie Marine", "LEVIATAD"),
            sp("Jonas Eriksson Malm", "CEO", "Space Cluster Norrland"),
            sp("Hana Kovářová", "Cluster Analyst", "European Cluster Collaboration Platform"),
        ],
        euroclusters=["LEVIATAD", "METASTARS"],
        notes="Real Talk (17 April 2024, from the ECCP sidebar); speakers reconstructed. 'CET' on an April date after the switch (+02:00); smart-date field 'Wed, 17/04/2024 - 08:30 - 09:45' agrees with the body; intro + <ul> 'Name, Role, Org, X Eurocluster;'; 'More speakers TBC.' is not a speaker; moderator in a sentence after the list is a speaker; EDIS date 5 March 2024 and byline 03 April 2024 not the event; registration link not an asset; cookie banner.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-002
u = H + "/events/organised-by-eccp/clusters-talks/policy-practice-clean-industrial-deal-action"
h1 = "EU Clusters Talk: From Policy to Practice: The Clean Industrial Deal in Action"
body = (
    "<p>On 26 February 2025 the European Commission adopted the Clean Industrial Deal, its plan to keep energy-intensive industries and clean-tech "
    "manufacturing in Europe while they decarbonise. The plan comes with a new state-aid framework, measures on energy prices and a push for "
    "lead markets for low-carbon products.</p>\n"
    "<p>This EU Clusters Talk takes place on Wednesday 12 March 2025 from 8:30 to 9:45 CET. It brings the Commission together with clusters "
    "and two of the new Euroclusters that support net-zero manufacturing, to discuss what the Deal changes for SMEs.</p>\n"
    "<p><strong>Speakers</strong></p>\n"
    "<p>Sebastian Kowalczyk-Brandt – Deputy Head of Unit, Clean Technologies and Products – DG GROW, European Commission</p>\n"
    "<p>Mireia Puigdomènech – Innovation Manager – Energy Storage Cluster Catalonia</p>\n"
    "<p>Timo Rautiainen – Project Coordinator – PowerUp NetZero Eurocluster</p>\n"
    "<p>Ana-Maria Dobre – Head of Operations – Mecatronica Cluster Transilvania (JEWEL Eurocluster)</p>\n"
    "<p>Moderator: Lucas Verhaegen, ECCP</p>\n"
    "<p>The recording and the presentations will be published on this page after the Talk.</p>\n" + TALK_TAIL
)
inner = (
    t1_banner("event", "2025-02", "Talk%20CID%20banner.png", "Talk CID banner", ("p0Lk2wQe", "Yh7Gm1rT"))
    + t1_title(h1)
    + date_field("event", [("2025-03-12T07:30:00Z", "Wed, 12/03/2025 - 08:30"), ("2025-03-12T08:45:00Z", "09:45")])
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Attachments",
        [
            (
                H + "/sites/default/files/2025-03/Clean%20Industrial%20Deal%20-%20DG%20GROW%20presentation.pdf",
                "application/pdf",
                "Clean Industrial Deal - DG GROW presentation.pdf",
                "1.84 MB",
            ),
            (
                H + "/sites/default/files/2025-03/EU%20Clusters%20Talk%2012%20March%202025%20-%20summary.pdf",
                "application/pdf",
                "EU Clusters Talk 12 March 2025 - summary.pdf",
                "402.5 KB",
            ),
        ],
    )
    + t1_terms("field_event_type", "event", "Event Type", [(1724, "EU Clusters Talks"), (4000, "Online event")])
    + t1_share(u, h1)
)
add(
    "hs-002",
    u,
    t1_page(
        node=201877,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[
            ("Home", "/"),
            ("Events", "/events"),
            ("Organised by ECCP", "/events/organised-by-eccp"),
            ("EU Clusters Talks", "/events/organised-by-eccp/clusters-talks"),
            (h1, None),
        ],
        article_inner=inner,
        sidebar=side(
            t1_event_teaser(
                "2025-03-26T08:30:00+01:00",
                "Wed, 26/03/2025 - 08:30",
                "/content/eu-clusters-talk-skills-net-zero-industry",
                "EU Clusters Talk: Skills for the net-zero industry",
                "Online",
            ),
            t1_event_teaser(
                "2025-04-02T12:00:00Z",
                "Wed, 02/04/2025",
                "/event-calendar/cluster-collaboration-lab-c2lab-porto-portugal",
                "Cluster Collaboration Lab (C2Lab) – Porto, Portugal",
                "Physical event",
                "2025-04-03T12:00:00Z",
                "Thu, 03/04/2025",
            ),
        ),
        seed=1102,
    ),
    record(
        id="hs-002",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2025-03-12", "08:30"),
        end=bx("2025-03-12", "09:45"),
        tz_label="CET",
        speakers=[
            sp(
                "Sebastian Kowalczyk-Brandt",
                "Deputy Head of Unit, Clean Technologies and Products",
                "DG GROW, European Commission",
            ),
            sp("Mireia Puigdomènech", "Innovation Manager", "Energy Storage Cluster Catalonia"),
            sp("Timo Rautiainen", "Project Coordinator", None, "PowerUp NetZero"),
            sp("Ana-Maria Dobre", "Head of Operations", "Mecatronica Cluster Transilvania", "JEWEL"),
            sp("Lucas Verhaegen", None, "ECCP"),
        ],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        assets=[
            asset(
                "Clean Industrial Deal - DG GROW presentation.pdf",
                H + "/sites/default/files/2025-03/Clean%20Industrial%20Deal%20-%20DG%20GROW%20presentation.pdf",
            ),
            asset(
                "EU Clusters Talk 12 March 2025 - summary.pdf",
                H + "/sites/default/files/2025-03/EU%20Clusters%20Talk%2012%20March%202025%20-%20summary.pdf",
            ),
        ],
        notes="Real Talk (12 March 2025, 8:30, from the ECCP sidebar); speakers reconstructed. /events/organised-by-eccp/ URL; no quoted title, so title = heading with its 'EU Clusters Talk:' prefix; 'from 8:30 to 9:45 CET' (+01:00); one <p> per speaker 'Name – Role – Organisation' (role with a comma inside); 'Project Coordinator – PowerUp NetZero Eurocluster' has no organisation; '(JEWEL Eurocluster)' after the organisation; 'Moderator: Name, ECCP' (role null); adoption date 26 February 2025 not the event; two PDFs in the attachment table.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-003
u = H + "/content/clusters-meet-regions-graz-austria"
h1 = "Clusters meet Regions - Graz, Austria"
prog = [
    ("Tuesday, 18 June 2024", None, None),
    ("09:00", "Registration and welcome coffee", ""),
    ("09:30", "Welcome", "Katharina Pölzl-Reiter, Head of Economic Policy Unit, Province of Styria"),
    (
        "09:50",
        "Keynote: Clusters in the Styrian innovation system",
        "Florian Hauer, Managing Director, Styrian Business Promotion Agency",
    ),
    (
        "10:30",
        "Panel: Clusters as drivers of the twin transition",
        "Mag. Eva Trummer-Wolf, Cluster Manager, Wood Cluster Styria; Nikola Radović, Director, Serbian Automotive Cluster; moderated by Elif Demirci, ECCP",
    ),
    ("12:30", "Lunch", ""),
    ("14:00", "Site visits to companies and research centres in Graz", ""),
    ("Wednesday, 19 June 2024", None, None),
    ("09:00", "Matchmaking session", ""),
    ("11:30", "EU cluster policy and next steps", "Rui Tavares Moreira, Policy Officer, DG GROW, European Commission"),
    ("12:30", "Closing and lunch", ""),
]
rows = []
for t, s, who in prog:
    if s is None:
        rows.append(f'<tr><td colspan="3"><strong>{t}</strong></td></tr>')
    else:
        rows.append(f"<tr><td>{t}</td><td>{s}</td><td>{who}</td></tr>")
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises a Clusters meet Regions workshop on 18 and "
    "19 June 2024 in Graz, Austria. The workshop is hosted by the Province of Styria and its business promotion agency.</p>\n"
    "<p>Styria spends more on research and development, relative to its economy, than almost any other region in Europe. Its clusters in "
    "mobility, wood, green tech and human technology are the reason the ECCP chose Graz for this edition, which will discuss how clusters help "
    "regions deliver their smart specialisation strategies.</p>\n<h3>Programme</h3>\n"
    '<table class="programme"><thead><tr><th>Time</th><th>Session</th><th>Speakers</th></tr></thead><tbody>\n'
    + "\n".join(rows)
    + "\n</tbody></table>\n"
    "<p>Participation is free of charge, but places are limited. Registration closes on 7 June 2024.</p>\n"
    "<p>Clusters meet Regions is a series of regional workshops organised by the European Cluster Collaboration Platform on behalf of the "
    "European Commission. Each edition brings cluster organisations, regional authorities and companies from across Europe to the host region.</p>"
)
inner = (
    t1_banner(
        "event", "2024-05", "CmR%20Graz%20banner%201600x600.png", "CmR Graz banner 1600x600", ("Gz8pLq1A", "Gz8pLq1B")
    )
    + t1_title(h1)
    + date_field("event", [("2024-06-18T12:00:00Z", "Tue, 18/06/2024"), ("2024-06-19T12:00:00Z", "Wed, 19/06/2024")])
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Attachment",
        [
            (
                H + "/sites/default/files/2024-06/CmR_Graz_Agenda_final.pdf",
                "application/pdf",
                "CmR_Graz_Agenda_final.pdf",
                "655.1 KB",
            )
        ],
    )
    + t1_terms("field_event_type", "event", "Event Type", [(2781, "Clusters meet Regions"), (3847, "Workshop")])
    + t1_share(u, h1)
)
add(
    "hs-003",
    u,
    t1_page(
        node=190455,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=SB_SPRING24,
        seed=1103,
    ),
    record(
        id="hs-003",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        speakers=[
            sp("Katharina Pölzl-Reiter", "Head of Economic Policy Unit", "Province of Styria"),
            sp("Florian Hauer", "Managing Director", "Styrian Business Promotion Agency"),
            sp("Eva Trummer-Wolf", "Cluster Manager", "Wood Cluster Styria"),
            sp("Nikola Radović", "Director", "Serbian Automotive Cluster"),
            sp("Elif Demirci", None, "ECCP"),
            sp("Rui Tavares Moreira", "Policy Officer", "DG GROW, European Commission"),
        ],
        notes="Real edition (Graz, 18-19 June 2024, from the ECCP sidebar); programme and people reconstructed. Two-day workshop: dates only although the programme table has times; the speakers column holds 'Name, Role, Org' and, in the panel row, two panellists separated by ';' plus 'moderated by Name, ECCP' (role null); Austrian 'Mag.' stripped; rows without a person are not speakers; registration deadline 7 June 2024 not the event; the sidebar lists this event itself; one PDF in the attachment table.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-004
u = H + "/content/clusters-meet-regions-charleroi-belgium"
h1 = "Clusters Meet Regions - Charleroi, Belgium"
body = (
    "<p>The European Cluster Collaboration Platform (ECCP), on behalf of the European Commission, is pleased to invite cluster organisations, "
    "regional authorities and SMEs to the Clusters meet Regions workshop in Charleroi, Belgium, on 27-28 November 2024.</p>\n"
    "<p>Wallonia has built its economic policy around competitiveness clusters for almost twenty years. The workshop, co-organised with the "
    "Walloon administration, will look at how the region's clusters in mechanical engineering, biotech, logistics and aerospace contribute to "
    "the industrial renewal of the Charleroi area, and at how clusters from other regions can work with them.</p>\n"
    "<p>The programme combines a policy session, visits to the Biopark and to companies of the area, and a matchmaking session. Speakers will be "
    "announced soon.</p>\n"
    '<p>Have a look at the <a href="/sites/default/files/2024-11/CmR_Charleroi_Draft_Agenda.pdf" type="application/pdf" target="_blank">draft agenda</a>.</p>\n'
    "<p>This edition follows the workshop in Chișinău, Moldova (24-25 October 2024). Register before 15 November 2024.</p>"
)
inner = (
    t1_banner("event", "2024-10", "CmR%20Charleroi%201600x600.png", "CmR Charleroi 1600x600", ("Ch4rL3r1", "Ch4rL3r2"))
    + t1_title(h1)
    + date_field("event", [("2024-11-27T12:00:00Z", "Wed, 27/11/2024"), ("2024-11-28T12:00:00Z", "Thu, 28/11/2024")])
    + t1_body("event", body)
    + t1_terms(
        "field_event_target", "event", "Event Target", [(2815, "Cluster organisations"), (3685, "Regional authorities")]
    )
    + t1_terms("field_event_type", "event", "Event Type", [(2781, "Clusters meet Regions"), (3847, "Workshop")])
    + t1_audience("event")
    + t1_share(u, h1)
)
add(
    "hs-004",
    u,
    t1_page(
        node=196013,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=side(
            t1_event_teaser(
                "2024-11-20T08:30:00+01:00",
                "Wed, 20/11/2024 - 08:30",
                "/content/eu-clusters-talk-cluster-internationalisation-beyond-europe",
                "EU Clusters Talk: Cluster internationalisation beyond Europe",
                "Online",
            ),
            t1_event_teaser(
                "2024-12-11T08:30:00+01:00",
                "Wed, 11/12/2024 - 08:30",
                "/content/eu-clusters-talks-special-2024-recap",
                "EU Clusters Talks Special: 2024 recap",
                "Online",
            ),
        ),
        seed=1104,
    ),
    record(
        id="hs-004",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-11-27",
        end="2024-11-28",
        assets=[asset("draft agenda", H + "/sites/default/files/2024-11/CmR_Charleroi_Draft_Agenda.pdf")],
        notes="Real edition (Charleroi, 27-28 November 2024, from the ECCP sidebar); text reconstructed. Heading with capital 'Meet'; 'on 27-28 November 2024' (unspaced hyphen, dates only); no speakers yet; root-relative PDF in the body is an asset; the previous edition's dates (24-25 October 2024), the registration deadline and the sidebar Talks are not the event.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-005
u = H + "/news/forging-networks-and-innovation-insights-european-cluster-conference-2024"
h1 = "Forging Networks and Innovation: Insights from the European Cluster Conference 2024"
body = (
    "<p>On 7 and 8 May 2024, more than 500 representatives of cluster organisations, regional and national authorities and companies gathered "
    "in Brussels for the European Cluster Conference 2024. Two days of plenary debates, workshops and matchmaking focused on the role of clusters "
    "in the competitiveness of the Single Market.</p>\n"
    '<figure class="caption caption-img"><img src="/sites/default/files/inline-images/ECC2024_plenary.jpg" alt="Plenary session" width="800" height="450" />'
    "<figcaption>The opening plenary. Photo: ECCP / Thomas Verbeke</figcaption></figure>\n"
    "<p>The conference was opened by Valérie Duchâteau-Simon, Director for Industrial Transformation at DG GROW, European Commission, who recalled "
    "that cluster policy has moved from a regional topic to a European one.</p>\n"
    "<p>In his keynote, Prof. Lars Holmqvist, Professor of Regional Economics at Lund University, showed that regions with strong cluster "
    "organisations recovered faster from the pandemic.</p>\n"
    "<p>The panel on Euroclusters was moderated by Sinéad Mulcahy, Team Leader at the ECCP. Małgorzata Lis, Project Manager at Interizon and "
    "partner of the DESIRE Eurocluster, presented how digital-health SMEs used the Eurocluster's vouchers, and Kristian Vølund of the Danish Life "
    "Science Cluster explained how his cluster prepares SMEs for the European Health Data Space.</p>\n"
    "<p>The European Cluster Excellence awards were also handed over during the evening reception.</p>\n"
    "<p>The next meeting point for the community is the Clusters meet Regions workshop in Graz on 18-19 June 2024.</p>"
)
inner = (
    t1_banner("news", "2024-05", "ECC2024%20news%20banner.jpg", "ECC2024 news banner", ("Ec24nB01", "Ec24nB02"))
    + t1_title(h1)
    + t1_byline("ECCP Team", "14 May 2024", "2024-05-14T16:03:40+02:00")
    + t1_body("news", body)
    + t1_share(u, h1)
)
add(
    "hs-005",
    u,
    t1_page(
        node=189120,
        bundle="news",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
        article_inner=inner,
        sidebar=SB_SPRING24,
        seed=1105,
    ),
    record(
        id="hs-005",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="European Cluster Conference",
        start="2024-05-07",
        end="2024-05-08",
        speakers=[
            sp("Valérie Duchâteau-Simon", "Director for Industrial Transformation", "DG GROW, European Commission"),
            sp("Lars Holmqvist", "Professor of Regional Economics", "Lund University"),
            sp("Sinéad Mulcahy", "Team Leader", "ECCP"),
            sp("Małgorzata Lis", "Project Manager", "Interizon", "DESIRE"),
            sp("Kristian Vølund", None, "Danish Life Science Cluster"),
        ],
        euroclusters=["DESIRE"],
        notes="Real conference (Brussels, 7-8 May 2024; ECCP news heading and date 14 May 2024 from the ECCP sidebar); report text and people reconstructed. Event report under /news/: 'On 7 and 8 May 2024' (dates only); speakers in prose ('opened by Name, Role at Org', 'Prof. Name, Role at Org', 'moderated by Name, Role at the ECCP', 'Name, Role at Org and partner of the X Eurocluster', 'Name of the Org'); photo credit name is not a speaker; byline and the Graz date not the event; sidebar lists the conference itself.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-006
u = H + "/content/c2lab-strasbourg-france"
h1 = "C2Lab Strasbourg, France"
body = (
    "<p>The next Cluster Collaboration Lab (C2Lab) will take place from 25 to 26 September 2024 in Strasbourg, France.</p>\n"
    "<p>C2Labs are small, hands-on workshops in which cluster managers from different countries develop ideas for joint projects. In "
    "Strasbourg, around thirty participants will work in groups on three challenges:</p>\n<ol>\n"
    "<li>health data and personalised medicine;</li>\n<li>bio-based materials for packaging;</li>\n<li>skills for the cross-border labour market.</li>\n</ol>\n"
    "<p>The sessions will be led by Clara Weissmüller (ECCP) and Matthieu Roussel (Alsace BioValley).</p>\n"
    '<p>Read the <a href="/sites/default/files/2024-08/C2Lab_Strasbourg_Info_Pack.pdf" type="application/pdf" target="_blank">information pack</a> '
    'and <a href="https://ec.europa.eu/eusurvey/runner/C2LabStrasbourg2024">apply</a> by 6 September 2024. Selected participants will be informed within a week.</p>'
)
inner = (
    t1_banner("event", "2024-08", "C2Lab%20Strasbourg.png", "C2Lab Strasbourg", ("St2L4b01", "St2L4b02"))
    + t1_title(h1)
    + date_field("event", [("2024-09-25T12:00:00Z", "Wed, 25/09/2024"), ("2024-09-26T12:00:00Z", "Thu, 26/09/2024")])
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(4123, "C2Lab"), (3847, "Workshop")])
    + t1_share(u, h1)
)
add(
    "hs-006",
    u,
    t1_page(
        node=193210,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=inner,
        sidebar=side(
            t1_event_teaser(
                "2024-10-02T10:00:00+02:00",
                "Wed, 02/10/2024 - 10:00",
                "/events/organised-by-eccp/clusters-talks/future-european-competitiveness-role-clusters",
                "EU Clusters Talk: The future of European competitiveness: Role of Clusters",
                "Online",
            ),
            t1_event_teaser(
                "2024-10-24T12:00:00Z",
                "Thu, 24/10/2024",
                "/content/clusters-meet-regions-chisinau-moldova",
                "Clusters meet Regions - Chișinău, Moldova",
                "Physical event",
                "2024-10-25T12:00:00Z",
                "Fri, 25/10/2024",
            ),
        ),
        seed=1106,
    ),
    record(
        id="hs-006",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2024-09-25",
        end="2024-09-26",
        speakers=[sp("Clara Weissmüller", None, "ECCP"), sp("Matthieu Roussel", None, "Alsace BioValley")],
        assets=[asset("information pack", H + "/sites/default/files/2024-08/C2Lab_Strasbourg_Info_Pack.pdf")],
        notes="Real edition (C2Lab Strasbourg, 25-26 September 2024, from the ECCP sidebar); text and people reconstructed. 'from 25 to 26 September 2024' (dates only); numbered challenge <ol> with ';' endings is not speakers; session leaders 'Name (Org)' in one sentence are speakers (role null); application deadline 6 September 2024 not the event; root-relative PDF is an asset, the EUSurvey link is not.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-007
u = H + "/community-event/webinar-hydrogen-valleys-and-clusters-building-cross-border-supply-chains"
h1 = "Webinar: Hydrogen valleys and clusters – building cross-border supply chains"
loc = twig_field(
    "field_location_and_date",
    "community_event",
    "text-long",
    '<div class="field field--name-field-location-and-date field--type-text_long field--label-above">\n    <div class="field__label">Location and date</div>\n'
    '<div class="field__item"><p>14 November 2023 - 14 November 2023<br />\nOnline (MS Teams)</p></div></div>',
)
body = (
    "<p>The North Sea Hydrogen Cluster Alliance invites cluster organisations and companies to a webinar on 14 November 2023, from 14:00 to 15:30 CET.</p>\n"
    "<p>Hydrogen valleys bring producers, grid operators and industrial users of hydrogen together in one region. To grow, they need suppliers "
    "of electrolysers, compressors, sensors and services that are often located in other countries. The webinar presents three valleys around the "
    "North Sea and their plans for cross-border cooperation.</p>\n<p>Speakers:</p>\n"
    "<p><strong>Henrik Aaberg</strong>, Senior Advisor, Norwegian Hydrogen Cluster</p>\n"
    "<p><strong>Dr. Femke Oosterhuis</strong>, Programme Director, Hydrogen Valley Groningen</p>\n"
    "<p><strong>Callum McAllister</strong>, Business Development Lead, Scottish Hydrogen Supply Chain Network</p>\n"
    "<p><strong>Moderator:</strong> Ilse Vandermeulen, Cluster Manager, H2 Flanders Network</p>\n"
    "<p>Please register by 13 November. The link to the meeting will be sent the day before.</p>"
)
corg = twig_field(
    "field_cluster_organisation",
    "community_event",
    "entity-reference",
    '<div class="field field--name-field-cluster-organisation field--type-entity-reference field--label-above">\n    <div class="field__label">Cluster organisation</div>\n'
    '    <div class="field__items">\n      <div class="field__item"><a href="/taxonomy/term/5121" hreflang="en">North Sea Hydrogen Cluster Alliance</a></div>\n    </div>\n</div>',
)
inner = t1_title(h1) + loc + t1_body("community_event", body) + corg + t1_share(u, h1)
add(
    "hs-007",
    u,
    t1_page(
        node=176402,
        bundle="community_event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Community events", "/community-event"), (h1, None)],
        article_inner=inner,
        sidebar=side(
            t1_event_teaser(
                "2023-11-15T08:30:00+01:00",
                "Wed, 15/11/2023 - 08:30",
                "/content/eu-clusters-talks-sustainable-food-systems-cluster-approaches-bio-based-economy",
                "EU Clusters Talk: Sustainable food systems: Cluster approaches in the bio-based economy",
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
        ),
        seed=1107,
    ),
    record(
        id="hs-007",
        url=u,
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
            sp("Henrik Aaberg", "Senior Advisor", "Norwegian Hydrogen Cluster"),
            sp("Femke Oosterhuis", "Programme Director", "Hydrogen Valley Groningen"),
            sp("Callum McAllister", "Business Development Lead", "Scottish Hydrogen Supply Chain Network"),
            sp("Ilse Vandermeulen", "Cluster Manager", "H2 Flanders Network"),
        ],
        notes="Plausible reconstruction. Community event posted by a cluster organisation (series null); 'Location and date' repeats the same day '14 November 2023 - 14 November 2023'; body 'from 14:00 to 15:30 CET' (+01:00); '<strong>Name</strong>, Role, Org' one <p> each; 'Dr.' stripped; bold 'Moderator:' label before the moderator (role from the line, not 'Moderator'); 'register by 13 November' not the event; sidebar teasers.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-008
u = H + "/event-calendar/eu-cluster-matchmaking-event-health-ecosystem"
h1 = "EU Cluster Matchmaking Event: Health ecosystem"
body = (
    "<p>The European Cluster Collaboration Platform organises an online EU cluster matchmaking event for the health ecosystem on 5 December 2023, "
    "from 9:30 to 16:00 CET, in cooperation with the DESIRE Eurocluster.</p>\n"
    "<p>Cluster organisations and their member companies working in medical devices, digital health, pharmaceuticals and care can book one-to-one "
    "meetings with potential partners from across Europe and beyond. Last year's edition brought together 180 participants from 24 countries.</p>\n"
    "<p>The event opens with a welcome by Ines Carvalho-Berg, Policy Officer, DG GROW, European Commission, followed by short pitches of the "
    "participating clusters and the B2B meetings.</p>\n"
    "<p>Complete your profile on the b2match platform by 1 December 2023 so that other participants can find you: "
    '<a href="https://eu-cluster-matchmaking-health-2023.b2match.io/">register on b2match</a>.</p>'
)
inner = (
    t1_banner(
        "event", "2023-10", "Matchmaking%20Health%202023.png", "Matchmaking Health 2023", ("Mh23aa01", "Mh23aa02")
    )
    + t1_title(h1)
    + date_field("event", [("2023-12-05T08:30:00Z", "Tue, 05/12/2023 - 09:30"), ("2023-12-05T15:00:00Z", "16:00")])
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(3990, "Matchmaking"), (4000, "Online event")])
    + t1_share(u, h1)
)
add(
    "hs-008",
    u,
    t1_page(
        node=178840,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        article_inner=inner,
        sidebar=side(
            t1_event_teaser(
                "2023-12-13T08:30:00+01:00",
                "Wed, 13/12/2023 - 08:30",
                "/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
                "EU Clusters Talks Special: Recap on key policies and takeaways",
                "Online",
            ),
            news=[
                t1_news_teaser(
                    "30 November 2023",
                    "/news/clusters-driving-regional-innovation-comprehensive-look-clusters-meet-regions",
                    "Clusters Driving Regional Innovation: A Comprehensive Look at the Clusters Meet Regions Event in Iasi",
                )
            ],
        ),
        seed=1108,
    ),
    record(
        id="hs-008",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2023-12-05", "09:30"),
        end=bx("2023-12-05", "16:00"),
        tz_label="CET",
        speakers=[sp("Ines Carvalho-Berg", "Policy Officer", "DG GROW, European Commission")],
        euroclusters=["DESIRE"],
        notes="Plausible reconstruction. ECCP-organised online matchmaking in the /event-calendar/: 'on 5 December 2023, from 9:30 to 16:00 CET' (+01:00); one speaker in a sentence 'a welcome by Name, Role, Org, followed by'; DESIRE named in prose; 'Last year's edition', profile deadline 1 December 2023 and sidebar dates not the event; b2match link not an asset.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-009 (non-event)
u = H + "/news/critical-raw-materials-act"
h1 = "Critical Raw Materials Act"
body = (
    "<p>On 16 March 2023, the European Commission proposed a set of actions to ensure the EU's access to a secure, diversified, affordable and "
    "sustainable supply of critical raw materials. The Critical Raw Materials Act sets benchmarks for extraction, processing and recycling "
    "capacities in the EU by 2030 and asks Member States to monitor supply chain risks.</p>\n"
    "<p>Clusters in mining, metals, batteries and recycling will have a role in the strategic projects foreseen by the Act, and in training the "
    "workers these projects need.</p>\n"
    "<p>The ECCP will come back to the topic in the EU Clusters Talk of 22 March 2023 (8:30 – 9:45 CET) on instruments of interregional collaboration.</p>\n"
    '<p><a href="https://single-market-economy.ec.europa.eu/publications/european-critical-raw-materials-act_en">Read more on the Commission website</a></p>'
)
inner = (
    t1_title(h1)
    + t1_byline("ECCP Team", "20 March 2023", "2023-03-20T10:15:00+01:00")
    + t1_body("news", body)
    + t1_share(u, h1)
)
add(
    "hs-009",
    u,
    t1_page(
        node=161950,
        bundle="news",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("News", "/news"), (h1, None)],
        article_inner=inner,
        sidebar=side(
            t1_event_teaser(
                "2023-03-22T08:30:00+01:00",
                "Wed, 22/03/2023 - 08:30",
                "/content/eu-clusters-talks-crossing-borders-instruments-interregional-collaboration",
                "EU Clusters Talks: Crossing Borders: Instruments of Interregional Collaboration",
                "Online",
            ),
            t1_event_teaser(
                "2023-03-29T12:00:00Z",
                "Wed, 29/03/2023",
                "/event-calendar/clusters-meet-regions-kosice-slovakia",
                "Clusters meet Regions - Kosice, Slovakia",
                "Physical event",
                "2023-03-30T12:00:00Z",
                "Thu, 30/03/2023",
            ),
        ),
        seed=1109,
    ),
    record(
        id="hs-009",
        url=u,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: ECCP policy news (real heading and date 20 March 2023 from the ECCP sidebar; the proposal date 16 March 2023 is real); a later Talk with date, time and CET is mentioned; sidebar teasers.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-010 (non-event listing)
u = H + "/event-calendar?page=1"
h1 = "Event calendar"
rows = [
    (
        "2024-09-25T12:00:00Z",
        "Wed, 25/09/2024 - Thu, 26/09/2024",
        "/content/c2lab-strasbourg-france",
        "C2Lab Strasbourg, France",
        "Physical event",
        "Strasbourg, France",
    ),
    (
        "2024-10-02T10:00:00+02:00",
        "Wed, 02/10/2024 - 10:00",
        "/events/organised-by-eccp/clusters-talks/future-european-competitiveness-role-clusters",
        "EU Clusters Talk: The future of European competitiveness: Role of Clusters",
        "Online",
        "Online",
    ),
    (
        "2024-10-09T09:00:00+02:00",
        "Wed, 09/10/2024 - 09:00",
        "/event-calendar/eu-cluster-matchmaking-mobility-transport-automotive",
        "EU Cluster Matchmaking: Mobility, Transport and Automotive",
        "Online",
        "Online",
    ),
    (
        "2024-10-24T12:00:00Z",
        "Thu, 24/10/2024 - Fri, 25/10/2024",
        "/content/clusters-meet-regions-chisinau-moldova",
        "Clusters meet Regions - Chișinău, Moldova",
        "Physical event",
        "Chișinău, Moldova",
    ),
    (
        "2024-11-27T12:00:00Z",
        "Wed, 27/11/2024 - Thu, 28/11/2024",
        "/content/clusters-meet-regions-charleroi-belgium",
        "Clusters Meet Regions - Charleroi, Belgium",
        "Physical event",
        "Charleroi, Belgium",
    ),
]
items = "\n".join(
    f'<div class="views-row"><article class="event-card"><div class="event-card__date"><time datetime="{iso}">{shown}</time></div>'
    f'<h3 class="event-card__title"><a href="{h}" hreflang="en">{t}</a></h3><div class="event-card__type">{k}</div><div class="event-card__location">{loc}</div></article></div>'
    for iso, shown, h, t, k, loc in rows
)
main = twig(
    "views_view",
    ["views-view--event-calendar--page-1.html.twig", "views-view--event-calendar.html.twig", "views-view.html.twig"],
    "views-view.html.twig",
    "core/themes/classy/templates/views/views-view.html.twig",
    t1_title(h1) + '<div class="view view-event-calendar view-id-event_calendar view-display-id-page_1">\n'
    '<div class="view-filters"><form class="views-exposed-form" action="/event-calendar" method="get"><label for="edit-type">Event type</label>'
    '<select id="edit-type" name="type"><option value="All" selected="selected">- Any -</option><option value="1724">EU Clusters Talks</option>'
    '<option value="2781">Clusters meet Regions</option><option value="4123">C2Lab</option><option value="3990">Matchmaking</option></select>'
    '<input type="submit" value="Apply" class="button js-form-submit form-submit" /></form></div>\n'
    f'<div class="view-content">\n{items}\n</div>\n'
    '<nav class="pager" role="navigation"><ul class="pager__items js-pager__items"><li class="pager__item"><a href="?page=0">‹ Previous</a></li>'
    '<li class="pager__item is-active">Page 2</li><li class="pager__item"><a href="?page=2">Next ›</a></li></ul></nav>\n</div>',
)
add(
    "hs-010",
    u,
    t1_page(
        node=None,
        bundle=None,
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=None,
        main_override=main,
        body_class="path-event-calendar",
        sidebar="",
        seed=1110,
        og_type="website",
    ),
    record(
        id="hs-010",
        url=u,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: the ECCP event calendar view (page 2) listing five events with dates, times and types; exposed filter form; pager.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-011
u = H + "/events/organised-by-eccp/clusters-talks/digital-product-passport-textiles"
h1 = "EU Clusters Talk: Digital Product Passport – what textile clusters need to know"
body = (
    "<p>Watch the recording of the EU Clusters Talk “Digital Product Passport: what textile clusters need to know”, held on 29 June 2022, 8:30 – 9:45 CEST.</p>\n"
    '<div class="video-embed"><iframe width="720" height="405" src="https://www.youtube.com/embed/Qz7lD4pPp2s" title="EU Clusters Talk - Digital Product Passport" frameborder="0" allowfullscreen></iframe></div>\n'
    "<p>The proposal for an Ecodesign for Sustainable Products Regulation of 30 March 2022 introduces a digital product passport, and textiles "
    "are among the first product groups that will need one. The Talk explained what information the passport will hold and how clusters can "
    "help their members prepare.</p>\n<p>Speakers:</p>\n"
    '<table class="table"><thead><tr><th>Speaker</th><th>Position</th><th>Organisation</th></tr></thead><tbody>\n'
    "<tr><td>Katrin Vogelsang</td><td>Policy Officer, Sustainable Products</td><td>DG ENV, European Commission</td></tr>\n"
    "<tr><td>Ramón Gisbert-Llorens</td><td>Head of Innovation</td><td>ATEVAL (EuroBoosTEX Eurocluster)</td></tr>\n"
    "<tr><td>Maarten de Vries</td><td>Founder</td><td>CircularID Labs</td></tr>\n</tbody></table>\n"
    '<p>Presentations: <a href="/sites/default/files/2022-07/DPP_Talk_DG_ENV.pdf">Presentation DG ENV</a> | '
    '<a href="/sites/default/files/2022-07/DPP_Talk_EuroBoosTEX.pdf">Presentation EuroBoosTEX</a></p>\n'
    "<p>The next EU Clusters Talk will take place after the summer break, on 7 September 2022.</p>"
)
inner = (
    t1_banner("event", "2022-06", "DPP%20Talk%20banner.png", "DPP Talk banner", ("Dp22aa01", "Dp22aa02"))
    + t1_title(h1)
    + date_field("event", [("2022-06-29T06:30:00Z", "Wed, 29/06/2022 - 08:30"), ("2022-06-29T07:45:00Z", "09:45")])
    + t1_body("event", body)
    + t1_terms("field_event_type", "event", "Event Type", [(1724, "EU Clusters Talks"), (4000, "Online event")])
    + t1_share(u, h1)
)
add(
    "hs-011",
    u,
    t1_page(
        node=150332,
        bundle="event",
        h1_for_title=h1,
        canonical=u,
        breadcrumb=[
            ("Home", "/"),
            ("Events", "/events"),
            ("Organised by ECCP", "/events/organised-by-eccp"),
            ("EU Clusters Talks", "/events/organised-by-eccp/clusters-talks"),
            (h1, None),
        ],
        article_inner=inner,
        sidebar=side(
            t1_event_teaser(
                "2022-09-07T08:30:00+02:00",
                "Wed, 07/09/2022 - 08:30",
                "/events/organised-by-eccp/clusters-talks/bio-based-products",
                "EU Clusters Talk: Bio-based products",
                "Online",
            )
        ),
        seed=1111,
    ),
    record(
        id="hs-011",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title="Digital Product Passport: what textile clusters need to know",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2022-06-29", "08:30"),
        end=bx("2022-06-29", "09:45"),
        tz_label="CEST",
        speakers=[
            sp("Katrin Vogelsang", "Policy Officer, Sustainable Products", "DG ENV, European Commission"),
            sp("Ramón Gisbert-Llorens", "Head of Innovation", "ATEVAL", "EuroBoosTEX"),
            sp("Maarten de Vries", "Founder", "CircularID Labs"),
        ],
        euroclusters=["EuroBoosTEX"],
        assets=[
            asset("Presentation DG ENV", H + "/sites/default/files/2022-07/DPP_Talk_DG_ENV.pdf"),
            asset("Presentation EuroBoosTEX", H + "/sites/default/files/2022-07/DPP_Talk_EuroBoosTEX.pdf"),
        ],
        notes="Plausible reconstruction (topic, date and people not verified). Recording page of a past 2022 Talk: 'held on 29 June 2022, 8:30 – 9:45 CEST' (+02:00); heading uses an en dash where the quoted title has a colon; speakers in a table Speaker | Position | Organisation with '(X Eurocluster)' in the organisation cell; YouTube iframe not an asset; two root-relative PDFs separated by '|'; ESPR proposal 30 March 2022 and the next Talk 7 September 2022 not the event.",
    ),
)
