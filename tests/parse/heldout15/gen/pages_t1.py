"""T1: ECCP Drupal 10 pages with theme-debug comments (ht-001 … ht-011). Page bodies written new for heldout15."""

from common import (
    asset,
    bx,
    page_adder,
    record,
    sp,
    t1_body,
    t1_byline,
    t1_event_teaser,
    t1_file_table,
    t1_news_teaser,
    t1_page,
    t1_share,
    t1_sidebar,
    t1_title,
    twig_field,
)

PAGES: list[dict] = []
add = page_adder(PAGES)
E = "https://clustercollaboration.eu"

SIDE_2023 = t1_sidebar(
    [
        t1_event_teaser(
            "2023-06-14T06:30:00Z",
            "14 Jun 2023",
            "/content/eu-clusters-talks-european-year-skills-talent-twin-transition",
            "EU Clusters Talks: European Year of Skills",
            "EU Clusters Talks",
        ),
        t1_event_teaser(
            "2023-10-12T12:00:00Z",
            "12 Oct 2023",
            "/event-calendar/clusters-meet-regions-lyon-france",
            "Clusters meet Regions - Lyon, France",
            "Clusters meet Regions",
            "2023-10-13T12:00:00Z",
            "13 Oct 2023",
        ),
    ],
    [
        t1_news_teaser(
            "03 Apr 2023", "/news/cluster-panorama-call-experts", "Call for experts: regional cluster mapping"
        )
    ],
)
SIDE_2024 = t1_sidebar(
    [
        t1_event_teaser(
            "2024-09-25T12:00:00Z",
            "25 Sep 2024",
            "/event-calendar/c2lab-strasbourg-france",
            "Cluster Collaboration Lab - Strasbourg, France",
            "C2Lab",
            "2024-09-26T12:00:00Z",
            "26 Sep 2024",
        ),
        t1_event_teaser(
            "2024-10-02T08:00:00Z",
            "02 Oct 2024",
            "/content/eu-clusters-talk-future-european-competitiveness-role-clusters",
            "EU Clusters Talk: The future of European competitiveness",
            "EU Clusters Talks",
        ),
    ],
    [t1_news_teaser("10 Jul 2024", "/news/eccp-summer-break", "The ECCP helpdesk during the summer")],
)


def datefield(start_iso_utc, shown, end_iso_utc=None, shown_end=None, label="Date"):
    t = f'<time datetime="{start_iso_utc}" class="datetime">{shown}</time>'
    if end_iso_utc:
        t += f' - <time datetime="{end_iso_utc}" class="datetime">{shown_end}</time>'
    return twig_field(
        "field_event_date",
        "event",
        "smartdate",
        f'<div class="field field--name-field-event-date field--type-smartdate field--label-inline clearfix"><div class="field__label">{label}</div><div class="field__item">{t}</div></div>',
    )


def node(pid, url, nid, bundle, h1, inner, side, seed, crumbs=None):
    return t1_page(
        node=nid,
        bundle=bundle,
        h1_for_title=h1,
        canonical=url,
        breadcrumb=crumbs or [("Home", "/"), ("Events", "/events"), (h1, None)],
        article_inner=t1_title(h1) + inner,
        sidebar=side,
        seed=seed,
    )


# ---------------------------------------------------------------- ht-001 Talk A (Net-Zero Industry Act), 17 Jan 2024
u = f"{E}/content/eu-clusters-talks-clusters-and-net-zero-industry-act"
h = "EU Clusters Talks: Clusters and the Net-Zero Industry Act"
T_A = "Clusters and the Net-Zero Industry Act: Scaling up clean-tech manufacturing in Europe"
body = (
    f"<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, invites you to the EU Clusters Talk “{T_A}” on 17 January 2024, 8:30 – 9:45 CET.</p>\n"
    "<p>The Net-Zero Industry Act sets the goal that Europe manufactures at least 40% of the clean technologies it needs by 2030. Clusters bring together the manufacturers, research centres and regions that will have to deliver that capacity. The Talk presents the Act and the Net-Zero Industry Academies, and shows how clusters already help their SMEs enter clean-tech value chains.</p>\n"
    "<p>Speakers:</p>\n<ul>\n"
    "<li>Ingrid Solheim, Policy Officer – Clean Technologies and Products, DG GROW, European Commission;</li>\n"
    "<li>Tomasz Wrzesiński, Cluster Manager, Silesian Clean Energy Cluster, PowerUp NetZero Eurocluster;</li>\n"
    "<li>Anneke de Vries, Director, Hydrogen Delta Cluster;</li>\n"
    "<li>Chiara Lombardelli, Head of Innovation, Energy Intensive Industries Cluster Veneto, INGENIOUS Eurocluster.</li>\n</ul>\n"
    "<p>The session will be moderated by Pieter Claes, ECCP.</p>\n"
    '<p><a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalkNZIA">Register here</a> by 15 January 2024. The connection link will be sent the day before the Talk.</p>\n'
)
inner = (
    t1_byline("ECCP Team", "08 January 2024", "2024-01-08T10:12:00+01:00")
    + datefield("2024-01-17T07:30:00Z", "17 Jan 2024, 08:30", "2024-01-17T08:45:00Z", "09:45")
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Attachment",
        [
            (
                f"{E}/sites/default/files/2024-01/Agenda_EU_Clusters_Talk_NZIA.pdf",
                "application/pdf",
                "Agenda_EU_Clusters_Talk_NZIA.pdf",
                "212.4 KB",
            )
        ],
    )
    + t1_share(u, h)
)
SPK_A = [
    sp("Ingrid Solheim", "Policy Officer – Clean Technologies and Products", "DG GROW, European Commission"),
    sp("Tomasz Wrzesiński", "Cluster Manager", "Silesian Clean Energy Cluster", "PowerUp NetZero"),
    sp("Anneke de Vries", "Director", "Hydrogen Delta Cluster"),
    sp("Chiara Lombardelli", "Head of Innovation", "Energy Intensive Industries Cluster Veneto", "INGENIOUS"),
]
add(
    "ht-001",
    u,
    node("ht-001", u, 14021, "event", h, inner, SIDE_2024, 1501),
    record(
        id="ht-001",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=T_A,
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2024-01-17", "08:30"),
        end=bx("2024-01-17", "09:45"),
        tz_label="CET",
        speakers=SPK_A + [sp("Pieter Claes", None, "ECCP")],
        euroclusters=["INGENIOUS", "PowerUp NetZero"],
        assets=[
            asset(
                "Agenda_EU_Clusters_Talk_NZIA.pdf", f"{E}/sites/default/files/2024-01/Agenda_EU_Clusters_Talk_NZIA.pdf"
            )
        ],
        notes="Plausible reconstruction (Talk topic, date and people not verified). Winter date, 'CET' (+01:00); quoted title differs from heading; unit between role and DG stays in role; moderator 'moderated by Name, ECCP.' (role null); registration deadline and byline not the event; EUSurvey not an asset.",
    ),
)

# ---------------------------------------------------------------- ht-002 Talk B (Space), 12 Jun 2024, 10:00-11:30
u = f"{E}/content/eu-clusters-talk-space-clusters-connecting-space-ecosystem-regional-industries"
h = "EU Clusters Talk: Space for clusters"
T_B = "Space for clusters: Connecting the space ecosystem with regional industries"
body = (
    f"<p>Join the next EU Clusters Talk, “{T_B}”, on Wednesday 12 June 2024 from 10:00 to 11:30 CET.</p>\n"
    "<p>Satellite data, navigation and earth observation services are no longer reserved to the space sector. Agriculture, logistics, insurance and civil protection increasingly build on them, and clusters are often the place where space companies meet their future customers. This Talk looks at the EU Space Programme's downstream opportunities and at cluster-led projects that connect the two worlds.</p>\n"
    "<p><strong>Speakers</strong></p>\n"
    "<p><strong>Hélène Marchetti</strong>, Policy Officer – Space Data Economy, DG DEFIS, European Commission</p>\n"
    "<p><strong>Jaroslav Kubáň</strong>, CEO of Czech Space Industry Cluster</p>\n"
    "<p><strong>Lotte Brandsma</strong>, Programme Manager at Space Innovation Cluster Noord</p>\n"
    "<p><strong>Andreas Pichler</strong>, Managing Director, Aerospace Cluster Styria, METASTARS Eurocluster</p>\n"
    "<p>Moderator: <strong>Sofia Ramos</strong> (ECCP)</p>\n"
    '<p>Registration is open until 10 June 2024: <a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalkSpace2024">register</a>.</p>\n'
)
inner = (
    t1_byline("ECCP Team", "28 May 2024", "2024-05-28T14:40:00+02:00")
    + datefield("2024-06-12T08:00:00Z", "12 Jun 2024, 10:00", "2024-06-12T09:30:00Z", "11:30")
    + t1_body("event", body)
    + t1_share(u, h)
)
SPK_B = [
    sp("Hélène Marchetti", "Policy Officer – Space Data Economy", "DG DEFIS, European Commission"),
    sp("Jaroslav Kubáň", "CEO", "Czech Space Industry Cluster"),
    sp("Lotte Brandsma", "Programme Manager", "Space Innovation Cluster Noord"),
    sp("Andreas Pichler", "Managing Director", "Aerospace Cluster Styria", "METASTARS"),
]
add(
    "ht-002",
    u,
    node("ht-002", u, 14388, "event", h, inner, SIDE_2024, 1502),
    record(
        id="ht-002",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=T_B,
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2024-06-12", "10:00"),
        end=bx("2024-06-12", "11:30"),
        tz_label="CET",
        speakers=SPK_B + [sp("Sofia Ramos", None, "ECCP")],
        euroclusters=["METASTARS"],
        notes="Plausible reconstruction (topic, 10:00-11:30 slot and people not verified). 'CET' on a June date (+02:00); '<strong>Name</strong>, Role, Org' paragraphs with 'CEO of Org' / 'Role at Org'; 'Moderator: Name (ECCP)' (label, role null, org ECCP); no attachments.",
    ),
)

# ---------------------------------------------------------------- ht-003 Talk C (CRMA), 19 Apr 2023, recording page
u = f"{E}/content/critical-raw-materials-act"
h = "Critical Raw Materials Act"
T_C = "Critical Raw Materials Act: How clusters can secure strategic supply chains"
body = (
    f"<p>On 19 April 2023 the ECCP held the EU Clusters Talk “{T_C}”, from 8:30 to 9:45 CET. Over 180 participants followed the discussion.</p>\n"
    "<p>The Commission proposed the Critical Raw Materials Act in March. Speakers discussed the benchmarks for extraction, processing and recycling, the strategic projects, and the role clusters can play in bringing mining regions and downstream users together.</p>\n"
    "<p>The speakers were:</p>\n<ul>\n"
    "<li>Kristóf Halmai, Policy Officer – Energy-intensive industries and raw materials, DG GROW, European Commission</li>\n"
    "<li>Eeva Lindqvist, Senior Advisor, Arctic Mining Cluster Lapland</li>\n"
    "<li>Rui Vasconcelos, Project Manager, Cluster Recursos Minerais Portugal, GEMSTONE Eurocluster</li>\n"
    "<li>Dana Hrubá, Coordinator, Moravian Circular Economy Cluster</li>\n</ul>\n"
    "<p>The discussion was moderated by Pieter Claes from the ECCP.</p>\n"
    '<p>Watch the recording on our <a href="https://www.youtube.com/watch?v=crmaTalk2023">YouTube channel</a>.</p>\n'
)
inner = (
    t1_byline("ECCP Team", "24 April 2023", "2023-04-24T09:05:00+02:00")
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Presentations",
        [
            (
                f"{E}/sites/default/files/2023-04/CRMA_DG_GROW_presentation.pdf",
                "application/pdf",
                "CRMA_DG_GROW_presentation.pdf",
                "1.8 MB",
            ),
            (
                f"{E}/sites/default/files/2023-04/GEMSTONE_raw_materials.pptx",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "GEMSTONE_raw_materials.pptx",
                "4.2 MB",
            ),
        ],
    )
    + t1_share(u, h)
)
SPK_C = [
    sp(
        "Kristóf Halmai",
        "Policy Officer – Energy-intensive industries and raw materials",
        "DG GROW, European Commission",
    ),
    sp("Eeva Lindqvist", "Senior Advisor", "Arctic Mining Cluster Lapland"),
    sp("Rui Vasconcelos", "Project Manager", "Cluster Recursos Minerais Portugal", "GEMSTONE"),
    sp("Dana Hrubá", "Coordinator", "Moravian Circular Economy Cluster"),
]
add(
    "ht-003",
    u,
    node("ht-003", u, 12877, "event", h, inner, SIDE_2023, 1503),
    record(
        id="ht-003",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=T_C,
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2023-04-19", "08:30"),
        end=bx("2023-04-19", "09:45"),
        tz_label="CET",
        speakers=SPK_C + [sp("Pieter Claes", None, "ECCP")],
        euroclusters=["GEMSTONE"],
        assets=[
            asset("CRMA_DG_GROW_presentation.pdf", f"{E}/sites/default/files/2023-04/CRMA_DG_GROW_presentation.pdf"),
            asset("GEMSTONE_raw_materials.pptx", f"{E}/sites/default/files/2023-04/GEMSTONE_raw_materials.pptx"),
        ],
        notes="Real ECCP heading and URL (from the ECCP sidebar); date 19 April 2023, quoted title and people reconstructed. Past-tense page; 'CET' in April (+02:00); 'in March' and '180 participants' not dates; <li> without ';'; 'moderated by Name from the ECCP' (role null); two attachment rows (pdf, pptx) under 'Presentations'; YouTube not an asset.",
    ),
)

# ---------------------------------------------------------------- ht-004 Talk D (tourism), 6 Jul 2022, CEST
u = f"{E}/events/organised-by-eccp/clusters-talks/transition-pathway-tourism"
h = "Transition Pathway for Tourism"
T_D = "Transition Pathway for Tourism: Clusters for a greener, more digital and resilient tourism"
body = (
    f"<p><strong>“{T_D}”</strong></p>\n<p>EU Clusters Talk, 6 July 2022, 8:30 – 9:30 CEST</p>\n"
    "<p>In February the Commission published the transition pathway for tourism, co-created with the stakeholders of the ecosystem. Tourism clusters are now asked to take up its 27 areas of action. This Talk brings together the Commission and clusters already working on them.</p>\n"
    "<p><strong>Programme</strong><br>\n8:30 – Welcome and introduction – Sofia Ramos, ECCP<br>\n"
    "8:35 – The transition pathway in a nutshell – Matthias Kronberger, Policy Officer – Tourism and Textiles, DG GROW, European Commission<br>\n"
    "8:50 – Rural tourism goes green – Elena Kostadinova, Managing Director, Black Sea Tourism Cluster, EU Rural Tourism Eurocluster<br>\n"
    "9:05 – Data spaces for destinations – Javier Olazábal, Cluster Manager, Turismo Innova Cluster<br>\n9:15 – Questions and answers</p>\n"
)
inner = (
    datefield("2022-07-06T06:30:00Z", "06 Jul 2022, 08:30", "2022-07-06T07:30:00Z", "09:30")
    + t1_body("event", body)
    + t1_share(u, h)
)
add(
    "ht-004",
    u,
    node(
        "ht-004",
        u,
        10533,
        "event",
        h,
        inner,
        t1_sidebar(
            [
                t1_event_teaser(
                    "2022-09-07T06:30:00Z",
                    "07 Sep 2022",
                    "/events/organised-by-eccp/clusters-talks/bio-based-products",
                    "Bio-based products: the key to climate neutrality?",
                    "EU Clusters Talks",
                )
            ],
            [],
        ),
        1504,
        crumbs=[
            ("Home", "/"),
            ("Events", "/events"),
            ("EU Clusters Talks", "/events/organised-by-eccp/clusters-talks"),
            (h, None),
        ],
    ),
    record(
        id="ht-004",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=T_D,
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2022-07-06", "08:30"),
        end=bx("2022-07-06", "09:30"),
        tz_label="CEST",
        speakers=[
            sp("Sofia Ramos", None, "ECCP"),
            sp("Matthias Kronberger", "Policy Officer – Tourism and Textiles", "DG GROW, European Commission"),
            sp("Elena Kostadinova", "Managing Director", "Black Sea Tourism Cluster", "EU Rural Tourism"),
            sp("Javier Olazábal", "Cluster Manager", "Turismo Innova Cluster"),
        ],
        euroclusters=["EU Rural Tourism"],
        notes="Plausible reconstruction (2022 Talk, 8:30-9:30 slot of 2022). 'CEST' (+02:00); bold quoted title; programme rows 'HH:MM – Topic – Name, Role, Org' are speakers (welcome row: role null, org ECCP), Q&A row is not; 'In February' not a date.",
    ),
)

# ---------------------------------------------------------------- ht-005 CmR Graz event page
u = f"{E}/content/clusters-meet-regions-graz-austria"
h = "Clusters meet Regions - Graz, Austria"
body = (
    "<p><strong>18 - 19 June 2024 | Graz, Austria</strong></p>\n"
    "<p>The next edition of Clusters meet Regions takes place in Graz on 18-19 June 2024, hosted by the Province of Styria together with the regional cluster organisations. The event will focus on mobility, green tech and the role of clusters in regional smart specialisation strategies.</p>\n"
    "<p>Day one brings together regional policy makers and cluster managers in thematic workshops; on day two participants visit companies and research infrastructures in the Graz area.</p>\n"
    '<p>Participation is free of charge but places are limited. Apply before 31 May 2024 through the <a href="https://ec.europa.eu/eusurvey/runner/CmRGraz2024">application form</a>.</p>\n'
    "<p>The draft agenda is available below.</p>\n"
)
inner = (
    datefield("2024-06-18T12:00:00Z", "18 Jun 2024", "2024-06-19T12:00:00Z", "19 Jun 2024")
    + t1_body("event", body)
    + t1_file_table(
        "event",
        "Attachment",
        [
            (
                f"{E}/sites/default/files/2024-05/CmR Graz draft agenda.pdf",
                "application/pdf",
                "CmR Graz draft agenda.pdf",
                "301.9 KB",
            )
        ],
    )
    + t1_share(u, h)
)
add(
    "ht-005",
    u,
    node("ht-005", u, 14290, "event", h, inner, SIDE_2024, 1505),
    record(
        id="ht-005",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        assets=[asset("CmR Graz draft agenda.pdf", f"{E}/sites/default/files/2024-05/CmR Graz draft agenda.pdf")],
        notes="Real edition, heading, URL and dates (Graz, 18-19 June 2024, from the corpus sidebars); text reconstructed. Dates only ('18 - 19 June 2024 | Graz' and '18-19 June 2024'); title = heading; deadline 31 May 2024 not the event; file name with spaces.",
    ),
)

# ---------------------------------------------------------------- ht-006 CmR Lyon report
u = f"{E}/content/clusters-meet-regions-lyon-clusters-engines-industrial-sovereignty"
h = "Clusters meet Regions in Lyon: clusters as engines of industrial sovereignty"
body = (
    "<p>On 12 and 13 October 2023, more than 120 cluster managers, regional authorities and companies gathered in Lyon for the Clusters meet Regions event co-organised with the Auvergne-Rhône-Alpes Region.</p>\n"
    "<p>The event was opened by Laurent Ferrandon, Vice-President for Economic Development of the Auvergne-Rhône-Alpes Region, and by Mariana Stoica, Policy Officer at DG GROW, European Commission, who presented the latest cluster policy initiatives.</p>\n"
    "<p>In the first panel, Aurélie Chassagne of Axelera explained how the chemistry and environment cluster supports industrial decarbonisation, while Bruno Lefebvre, Managing Director of Minalogic, spoke about the Chips Act and regional semiconductor capacity. The panel was moderated by Sofia Ramos from the ECCP.</p>\n"
    "<p>On the second day participants visited the Vallée de la chimie. “Clusters are where regional strategies become projects,” said one of the participants.</p>\n"
    "<p>The next edition will take place in Iasi, Romania, in November.</p>\n"
)
inner = t1_byline("ECCP Team", "26 October 2023", "2023-10-26T11:00:00+02:00") + t1_body("news", body) + t1_share(u, h)
add(
    "ht-006",
    u,
    node("ht-006", u, 13402, "news", h, inner, SIDE_2023, 1506, crumbs=[("Home", "/"), ("News", "/news"), (h, None)]),
    record(
        id="ht-006",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        series="Clusters meet Regions",
        start="2023-10-12",
        end="2023-10-13",
        speakers=[
            sp("Laurent Ferrandon", "Vice-President for Economic Development", "Auvergne-Rhône-Alpes Region"),
            sp("Mariana Stoica", "Policy Officer", "DG GROW, European Commission"),
            sp("Aurélie Chassagne", None, "Axelera"),
            sp("Bruno Lefebvre", "Managing Director", "Minalogic"),
            sp("Sofia Ramos", None, "ECCP"),
        ],
        notes="Real edition and dates (Lyon, 12-13 October 2023, per corpus); heading, text and people reconstructed. Report 'On 12 and 13 October 2023' (dates only); byline 26 October 2023 and 'Iasi in November' not the event; speakers in prose ('Name, Role of Org', 'Name, Role at Org', 'Name of Org' role null, 'moderated by Name from the ECCP'); quoted participant not a speaker.",
    ),
)

# ---------------------------------------------------------------- ht-007 ECC 2024 report
u = f"{E}/content/forging-networks-and-innovation-insights-european-cluster-conference-2024"
h = "Forging Networks and Innovation: Insights from the European Cluster Conference 2024"
body = (
    "<p>The European Cluster Conference 2024 took place in Brussels on 7-8 May 2024, bringing together over 500 participants from cluster organisations, national and regional administrations and EU institutions.</p>\n"
    "<p>Kerstin Jorna, Director-General of DG GROW, European Commission, opened the conference by recalling the role of clusters in the Single Market and in the green and digital transition. A high-level panel followed with Ulla Mäkinen, Chair of the European Cluster Alliance, and Georg Hofbauer, CEO of the Austrian Cluster Platform.</p>\n"
    "<p>In the afternoon, the Euroclusters presented their results. Representatives of SILEO, JEWEL and MED BAN described how their open calls reached more than 2,000 SMEs.</p>\n"
    "<p>All presentations are available in the attachments.</p>\n"
)
inner = (
    t1_byline("ECCP Team", "16 May 2024", "2024-05-16T15:20:00+02:00")
    + t1_body("news", body)
    + t1_file_table(
        "news",
        "Attachment",
        [
            (
                f"{E}/sites/default/files/2024-05/ECC2024_presentations_day1.zip",
                "application/zip",
                "ECC2024_presentations_day1.zip",
                "18.6 MB",
            ),
            (
                f"{E}/sites/default/files/2024-05/ECC2024_presentations_day2.zip",
                "application/zip",
                "ECC2024_presentations_day2.zip",
                "11.2 MB",
            ),
        ],
    )
    + t1_share(u, h)
)
add(
    "ht-007",
    u,
    node("ht-007", u, 14190, "news", h, inner, SIDE_2024, 1507, crumbs=[("Home", "/"), ("News", "/news"), (h, None)]),
    record(
        id="ht-007",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        series="European Cluster Conference",
        start="2024-05-07",
        end="2024-05-08",
        speakers=[
            sp("Kerstin Jorna", "Director-General", "DG GROW, European Commission"),
            sp("Ulla Mäkinen", "Chair", "European Cluster Alliance"),
            sp("Georg Hofbauer", "CEO", "Austrian Cluster Platform"),
        ],
        euroclusters=["JEWEL", "MED BAN", "SILEO"],
        assets=[
            asset("ECC2024_presentations_day1.zip", f"{E}/sites/default/files/2024-05/ECC2024_presentations_day1.zip"),
            asset("ECC2024_presentations_day2.zip", f"{E}/sites/default/files/2024-05/ECC2024_presentations_day2.zip"),
        ],
        notes="Real conference and dates (7-8 May 2024); real ECCP heading (from the ECCP sidebar); text reconstructed (Kerstin Jorna was DG GROW Director-General; the two panellists are invented). Report; byline not the event; Euroclusters named in prose, not on speaker lines; two .zip attachment rows.",
    ),
)

# ---------------------------------------------------------------- ht-008 C2Lab Strasbourg event page
u = f"{E}/event-calendar/cluster-collaboration-lab-strasbourg-france"
h = "Cluster Collaboration Lab (C2Lab) - Strasbourg, France"
body = (
    "<p>The European Cluster Collaboration Platform is organising a Cluster Collaboration Lab in Strasbourg, France, on 25-26 September 2024.</p>\n"
    "<p>A C2Lab is a two-day co-creation workshop in which cluster organisations from different countries work in small teams on joint project ideas, coached by ECCP experts. The Strasbourg edition will focus on health technologies and the bioeconomy, and will end with a pitch session in front of a jury.</p>\n"
    "<p>Up to 40 cluster organisations can take part. Applications close on 6 September 2024.</p>\n"
    '<p>Read the <a href="/sites/default/files/2024-08/C2Lab_Strasbourg_call_for_participation.pdf">call for participation (PDF)</a> and <a href="https://ec.europa.eu/eusurvey/runner/C2LabStrasbourg">apply online</a>.</p>\n'
)
inner = (
    datefield("2024-09-25T12:00:00Z", "25 Sep 2024", "2024-09-26T12:00:00Z", "26 Sep 2024")
    + t1_body("event", body)
    + t1_share(u, h)
)
add(
    "ht-008",
    u,
    node("ht-008", u, 14602, "event", h, inner, SIDE_2024, 1508),
    record(
        id="ht-008",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        series="C2Lab",
        start="2024-09-25",
        end="2024-09-26",
        assets=[
            asset(
                "call for participation (PDF)",
                f"{E}/sites/default/files/2024-08/C2Lab_Strasbourg_call_for_participation.pdf",
            )
        ],
        notes="Real C2Lab and dates (Strasbourg, 25-26 September 2024, per corpus); text reconstructed. Dates only; application deadline 6 September 2024 not the event; root-relative PDF in the body is an asset, EUSurvey is not.",
    ),
)

# ---------------------------------------------------------------- ht-009 ECCP matchmaking EU-Japan (online)
u = f"{E}/content/eu-japan-cluster-matchmaking-event-2024"
h = "EU–Japan Cluster Matchmaking Event 2024"
body = (
    "<p>The European Cluster Collaboration Platform and the EU-Japan Centre for Industrial Cooperation invite European cluster organisations to the online EU–Japan Cluster Matchmaking Event, on 28 and 29 February 2024.</p>\n"
    "<p>Participants will present their cluster in a short pitch and meet Japanese clusters in pre-arranged bilateral meetings. The sectors covered are advanced manufacturing, health and green hydrogen.</p>\n"
    "<p>Welcome words will be given by Haruto Sakamoto, General Manager of the EU-Japan Centre for Industrial Cooperation, and Pieter Claes, ECCP.</p>\n"
    '<p>Register on the <a href="https://eu-japan-clusters-2024.b2match.io/">matchmaking platform</a> by 16 February 2024.</p>\n'
)
inner = (
    datefield("2024-02-28T12:00:00Z", "28 Feb 2024", "2024-02-29T12:00:00Z", "29 Feb 2024")
    + t1_body("event", body)
    + t1_share(u, h)
)
add(
    "ht-009",
    u,
    node("ht-009", u, 13980, "event", h, inner, SIDE_2024, 1509),
    record(
        id="ht-009",
        url=u,
        template="T1",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        series="ECCP matchmaking",
        start="2024-02-28",
        end="2024-02-29",
        speakers=[
            sp("Haruto Sakamoto", "General Manager", "EU-Japan Centre for Industrial Cooperation"),
            sp("Pieter Claes", None, "ECCP"),
        ],
        notes="Plausible reconstruction (an ECCP international matchmaking; not verified). 'on 28 and 29 February 2024' (dates only, leap day); en dash in the heading; welcome speakers in prose; b2match link and deadline not asset/event.",
    ),
)

# ---------------------------------------------------------------- ht-010 non-event: ECCP news on Euroclusters mid-term
u = f"{E}/news/euroclusters-halfway-what-first-18-months-show"
h = "Euroclusters at halfway: what the first 18 months show"
body = (
    "<p>The 30 Euroclusters started on 1 September 2022 and have now passed the halfway mark of their 30-month implementation period. A review carried out in spring 2024 shows that they have launched more than 120 open calls.</p>\n"
    "<p>Projects such as SUSTAIN, EuroBoosTEX and CREATHRIV-EU have combined financial support to SMEs with training and internationalisation services. The final results will be presented at the end of the projects in 2025.</p>\n"
)
inner = t1_byline("ECCP Team", "22 March 2024", "2024-03-22T10:00:00+01:00") + t1_body("news", body) + t1_share(u, h)
add(
    "ht-010",
    u,
    node("ht-010", u, 14111, "news", h, inner, SIDE_2024, 1510, crumbs=[("Home", "/"), ("News", "/news"), (h, None)]),
    record(
        id="ht-010",
        url=u,
        template="T1",
        lang="en",
        is_event=False,
        title=h,
        page_title=h,
        euroclusters=["CREATHRIV-EU", "EuroBoosTEX", "SUSTAIN"],
        notes="NOT an event: ECCP news on the Euroclusters' progress (plausible reconstruction); project start date, review period, 2025 end; sidebar events.",
    ),
)

# ---------------------------------------------------------------- ht-011 non-event: publication news
u = f"{E}/news/european-cluster-panorama-2024-published"
h = "European Cluster Panorama 2024 published"
body = (
    "<p>The European Cluster Panorama 2024 maps the strengths of European regions across the 14 industrial ecosystems, based on employment, specialisation and growth data up to 2022.</p>\n"
    '<p>Download the <a href="/sites/default/files/2024-11/European_Cluster_Panorama_2024.pdf">full report (PDF)</a> or explore the data in the cluster mapping tool.</p>\n'
)
inner = t1_byline("ECCP Team", "14 November 2024", "2024-11-14T09:00:00+01:00") + t1_body("news", body) + t1_share(u, h)
add(
    "ht-011",
    u,
    node("ht-011", u, 14850, "news", h, inner, SIDE_2024, 1511, crumbs=[("Home", "/"), ("News", "/news"), (h, None)]),
    record(
        id="ht-011",
        url=u,
        template="T1",
        lang="en",
        is_event=False,
        title=h,
        page_title=h,
        notes="NOT an event: publication news (plausible reconstruction); the report PDF is not scored on a non-event.",
    ),
)
