"""T2: nca.cz ("Modus") copies and news of ECCP events. Content written per page."""

from __future__ import annotations

from chrome import nca_files, nca_latest, nca_page
from records import Page, asset, sp

NCA = "https://nca.cz"

TALKS_NCA = (
    "<p>This event is part of bi-weekly online meetings brought to the cluster community by the European Cluster "
    "Collaboration Platform. They offer up-to-date insights into the latest industrial policies and clusters’ "
    "involvement, projects, and best practices, the latest ECCP news, and funding opportunities.</p>"
)


def clock(d: str) -> str:
    return (
        f'  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" '
        f'height="14">{d}</div>\n'
    )


def image(code: str) -> str:
    return f'  <div class="news-detail__image"><img src="/files/thumbs/{code}.jpg" alt="" width="770" height="400" loading="lazy"></div>\n'


# ------------------------------------------------------------------------------------------------ hz-013


def hz013() -> Page:
    url = (
        NCA
        + "/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023"
    )
    h1 = "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023"
    content = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Crossing Borders: Instruments of Interregional Collaboration” on 22 March 2023 from 8:30 to 9:45 CET.</p>
<p>Clusters rarely stop at regional borders, but the funding that supports them often does. The Talk presents the Interregional Innovation Investments (I3) instrument, the new Partnerships for Regional Innovation and Interreg Europe, and shows how clusters already use them to build joint projects across Europe.</p>
<p>Speakers will include:<br>
- Lucia Ferrante, Policy Analyst, DG REGIO, European Commission;<br>
- Tomáš Novotný, Cluster Manager at Moravian Aerospace Cluster, Board Member at National Cluster Association;<br>
- Inga Kalniņa, Project Manager, Latvian IT Cluster, DREAM Eurocluster;<br>
- Jonas Petraitis, Programme Officer for the “I3” instrument, EISMEA, European Commission;<br>
- More TBC.</p>
<p><a href="https://clustercollaboration.eu/content/eu-clusters-talks-crossing-borders-instruments-interregional-collaboration">Registration on the ECCP website</a></p>
{TALKS_NCA}
"""
    files = nca_files(
        "Presentations and summary",
        [
            (
                "/files/crossing-borders-presentations.pdf",
                "Crossing Borders - presentations",
                "pdf",
                "24/03/2023 16:02:11",
            ),
            ("/files/crossing-borders-summary.docx", "Crossing Borders - summary", "doc", "12/04/2023 08:15:40"),
        ],
    )
    html = nca_page(
        heading_html=h1,
        breadcrumb_current="Crossing Borders: Instrumets of Interregional Collaboration, inv…",
        article_inner=image("pq82kd0s1m")
        + '  <div class="news-detail__content wysiwyg">\n'
        + content
        + "  </div>\n"
        + files,
        latest=nca_latest(
            [
                (
                    "08.03.2023",
                    "/news/meet-the-euroclusters-innitiatives-for-the-green-and-digital-transformation-eu-cluster-talk-8-march-2023",
                    "Meet the Euroclusters: Innitiatives for the green and digital transformation, EU Cluster Talk, 8 March 2023",
                ),
                (
                    "10.05.2023",
                    "/news/transition-pathway-for-textiles-for-sustainable-and-circular-value-chains-invitation-for-the-eu-clusters-talk-17-may-2023",
                    "Transition Pathway for Textiles: For sustainable and circular value chains - Invitation for the EU Clusters Talk, 17 May 2023",
                ),
                (
                    "12.04.2023",
                    "/news/critical-raw-materials-act-what-it-means-for-clusters-eu-clusters-talk-19-april-2023",
                    "Critical Raw Materials Act: What it means for clusters - EU Clusters Talk, 19 April 2023",
                ),
            ]
        ),
    )
    return Page(
        id="hz-013",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Crossing Borders: Instruments of Interregional Collaboration",
        page_title=h1,
        series="EU Clusters Talks",
        start="2023-03-22T08:30:00+01:00",
        end="2023-03-22T09:45:00+01:00",
        tz_label="CET",
        speakers=[
            sp("Lucia Ferrante", "Policy Analyst", "DG REGIO, European Commission"),
            sp(
                "Tomáš Novotný",
                "Cluster Manager; Board Member",
                "Moravian Aerospace Cluster; National Cluster Association",
            ),
            sp("Inga Kalniņa", "Project Manager", "Latvian IT Cluster", "DREAM"),
            sp("Jonas Petraitis", "Programme Officer for the “I3” instrument", "EISMEA, European Commission"),
        ],
        euroclusters=["DREAM"],
        assets=[
            asset(
                "Crossing Borders - presentations",
                NCA + "/files/crossing-borders-presentations.pdf",
                "2023-03-24T16:02:11+01:00",
            ),
            asset(
                "Crossing Borders - summary", NCA + "/files/crossing-borders-summary.docx", "2023-04-12T08:15:40+02:00"
            ),
        ],
        notes="Heading typo 'Instrumets' and 'EU Cluster Talks'; quoted title is the official one; 'from 8:30 to 9:45 CET' "
        "on 22 March 2023 (still winter, +01:00); '- ' speaker lines in one <br> paragraph with ';' endings, a line "
        "with two affiliations 'Role at Org, Role at Org', Eurocluster in a line, 'More TBC.'; curly quotes inside a role "
        "(“I3”) are not the title; two attachments with Created stamps on both sides of the 26 March 2023 "
        "clock change (24/03 +01:00, 12/04 +02:00), one .docx; registration link not an asset.",
        html=html,
        covers="nca '- ' lines, two affiliations, from…to, Created across DST",
    )


# ------------------------------------------------------------------------------------------------ hz-014


def hz014() -> Page:
    url = NCA + "/news/the-future-of-european-competitiveness-role-of-clusters-eu-cluster-talks-2-october-2024"
    h1 = "The future of European competitiveness: Role of Clusters, EU Cluster Talks - 2. October 2024"
    content = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “The future of European competitiveness: Role of Clusters” on 2 October 2024, 8:30 – 9:45 CET.</p>
<p>The report on the future of European competitiveness, published by Mario Draghi on 9 September 2024, calls for a new industrial strategy built on innovation, decarbonisation and security. The Talk discusses what the report's recommendations mean for clusters and how the cluster community can contribute to the Commission's next steps.</p>
<p>Speakers:</p>
<p><strong>Kristiina Lahtinen</strong>Head of Unit – Clusters, Social Economy and Entrepreneurship, DG GROW, European Commission</p>
<p><strong>Federico Morandi</strong>, Chief Economist, Lombardy Green Chemistry Association</p>
<p><strong>Helena Svobodová</strong>, Executive Director, National Cluster Association (NCA)</p>
<p><strong>Arnaud Lefèvre</strong>, President, France Clusters.</p>
{TALKS_NCA}
"""
    files = nca_files(
        "Attachments",
        [
            (
                "/files/eu-clusters-talk-2-10-2024-presentations.pdf",
                "EU Clusters Talk 2 October 2024 - presentations",
                "pdf",
                "10/10/2024 13:44:02",
            ),
            (
                "/files/draghi-report-key-takeaways-for-clusters.pptx",
                "Draghi report - key takeaways for clusters",
                "ppt",
                "03/10/2024 09:01:17",
            ),
        ],
    )
    html = nca_page(
        heading_html=h1,
        breadcrumb_current="The future of European competitiveness: Role of Clusters, EU Clu…",
        article_inner=clock("25.09.2024")
        + image("c0mp2024xx")
        + '  <div class="news-detail__content wysiwyg">\n'
        + content
        + "  </div>\n"
        + files,
        latest=nca_latest(
            [
                (
                    "30.09.2024",
                    "/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024",
                    "Invitation for the Clusters meet Regions Chișinău, Moldova, 24 - 25 October 2024",
                ),
                (
                    "02.09.2024",
                    "/news/eccp-invitation-for-the-cluster-collaboration-labs-c2lab-strasbourg-france-on-25-26-september-2024",
                    "ECCP Invitation for the Cluster Collaboration Labs (C2Lab), Strasbourg, France, on 25-26 September 2024",
                ),
                (
                    "05.06.2024",
                    "/news/clusters-meet-regions-graz-austria-18-19-june-2024/",
                    "Clusters meet Regions - Graz, Austria, 18 - 19 June 2024",
                ),
                (
                    "20.03.2025",
                    "/news/from-policy-to-practice-the-clean-industrial-deal-in-action",
                    "From Policy to Practice: The Clean Industrial Deal in Action",
                ),
            ]
        ),
    )
    return Page(
        id="hz-014",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="The future of European competitiveness: Role of Clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start="2024-10-02T08:30:00+02:00",
        end="2024-10-02T09:45:00+02:00",
        tz_label="CET",
        speakers=[
            sp(
                "Kristiina Lahtinen",
                "Head of Unit – Clusters, Social Economy and Entrepreneurship",
                "DG GROW, European Commission",
            ),
            sp("Federico Morandi", "Chief Economist", "Lombardy Green Chemistry Association"),
            sp("Helena Svobodová", "Executive Director", "National Cluster Association (NCA)"),
            sp("Arnaud Lefèvre", "President", "France Clusters"),
        ],
        euroclusters=[],
        assets=[
            asset(
                "EU Clusters Talk 2 October 2024 - presentations",
                NCA + "/files/eu-clusters-talk-2-10-2024-presentations.pdf",
                "2024-10-10T13:44:02+02:00",
            ),
            asset(
                "Draghi report - key takeaways for clusters",
                NCA + "/files/draghi-report-key-takeaways-for-clusters.pptx",
                "2024-10-03T09:01:17+02:00",
            ),
        ],
        notes="Heading date '2. October 2024' (dotted day); 'CET' on 2 October 2024 is summer time (+02:00); '9 September "
        "2024' is the Draghi report date; Clock stamp 25.09.2024 is publication; one speaker name in <strong> glued "
        "to the role with no separator, role containing commas; the others '<strong>Name</strong>, Role, Org'; a "
        ".pptx attachment.",
        html=html,
        covers="<strong> name glued to role, role with commas, '2. October'",
    )


# ------------------------------------------------------------------------------------------------ hz-015


def hz015() -> Page:
    url = NCA + "/news/invitation-clusters-meet-regions-graz-austria/"
    h1 = "Invitation: Clusters meet Regions in Graz, Austria, 19 - 20 June 2024"
    content = """<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises the Clusters meet Regions workshop “Green and digital transformation of mobility and production in Styria” in Graz, Austria.</p>
<p>The workshop will take place on 18 - 19 June 2024 in Graz, hosted by the Province of Styria and the Styrian cluster organisations.</p>
<p>Styria is one of Europe's most research-intensive regions and a centre of the automotive and mobility industry. The first day features a policy workshop and a matchmaking session; the second day offers visits to companies and research centres in and around Graz.</p>
<p>Deadline for applications: 31 May 2024. Czech cluster organisations interested in joining the NCA delegation can contact us by 24 May.</p>
<p>Clusters meet Regions is a series of regional workshops organised by the European Cluster Collaboration Platform on behalf of the European Commission.</p>
"""
    html = nca_page(
        heading_html=h1,
        breadcrumb_current="Invitation: Clusters meet Regions in Graz, Austria, 19 - 20 Ju…",
        article_inner=clock("22.05.2024")
        + image("grz18jun24")
        + '  <div class="news-detail__content wysiwyg">\n'
        + content
        + "  </div>\n",
        latest=nca_latest(
            [
                (
                    "29.04.2024",
                    "/news/european-cluster-conference-2024-takes-place-in-brussels/",
                    "European Cluster Conference 2024 takes place in Brussels",
                ),
                (
                    "14.02.2024",
                    "/news/support-programmes-and-funding-schemes-cluster-policies-in-the-eu-eu-clusters-talk-21-february-2024",
                    "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024",
                ),
                (
                    "17.04.2024",
                    "/news/space-clusters-eu-clusters-talk-24-april-2024",
                    "Space clusters: Boosting Europe's space ecosystem",
                ),
            ]
        ),
    )
    return Page(
        id="hz-015",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Green and digital transformation of mobility and production in Styria",
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        tz_label=None,
        speakers=[],
        euroclusters=[],
        assets=[],
        notes="Heading and body disagree: heading '19 - 20 June 2024', body date sentence 'on 18 - 19 June 2024' (the real "
        "dates, as ECCP's own pages give them); quoted workshop title; application deadlines 31 May 2024 / 24 May; "
        "Clock stamp 22.05.2024 is publication.",
        html=html,
        covers="heading vs body date disagreement, quoted CmR theme",
    )


# ------------------------------------------------------------------------------------------------ hz-016


def hz016() -> Page:
    url = NCA + "/news/we-went-to-katowice-to-attend-the-clusters-meet-regions"
    h1 = "We went to Katowice to attend the Clusters Meet Regions"
    content = """<p>On 8th and 9th November, NCA representatives travelled to Katowice for the Clusters meet Regions workshop organised by the European Cluster Collaboration Platform together with the Silesian Voivodeship.</p>
<p>The Silesian region is in the middle of a deep transition away from coal, and its clusters play an important role in attracting new industries. About 130 participants from 18 countries discussed how clusters can help regions in industrial transition and how to link regional smart specialisation strategies across borders.</p>
<p>The workshop was opened by Anna Wrona-Kęsik, Vice-Marshal of the Silesian Voivodeship, and by Marek Przeor, Team Leader - Cluster Policy at DG GROW.</p>
<p>Our colleague Helena Svobodová, Executive Director of NCA, presented the Czech cluster landscape and the cooperation of Czech and Polish clusters in the Moravian-Silesian and Silesian regions.</p>
<p>On the second day, participants visited the Silesian Science and Technology Centre and took part in more than 90 bilateral meetings. The next Clusters meet Regions workshop will be held in Košice in March 2023.</p>
"""
    html = nca_page(
        heading_html=h1,
        breadcrumb_current="We went to Katowice to attend the Clusters Meet Regions",
        article_inner=clock("15.11.2022")
        + image("8wkat2022x")
        + '  <div class="news-detail__content wysiwyg">\n'
        + content
        + "  </div>\n",
        latest=nca_latest(
            [
                (
                    "10.05.2023",
                    "/news/transition-pathway-for-textiles-for-sustainable-and-circular-value-chains-invitation-for-the-eu-clusters-talk-17-may-2023",
                    "Transition Pathway for Textiles: For sustainable and circular value chains - Invitation for the EU Clusters Talk, 17 May 2023",
                ),
                (
                    "29.04.2024",
                    "/news/european-cluster-conference-2024-takes-place-in-brussels/",
                    "European Cluster Conference 2024 takes place in Brussels",
                ),
                (
                    "20.03.2025",
                    "/news/from-policy-to-practice-the-clean-industrial-deal-in-action",
                    "From Policy to Practice: The Clean Industrial Deal in Action",
                ),
            ]
        ),
    )
    return Page(
        id="hz-016",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2022-11-08",
        end="2022-11-09",
        tz_label=None,
        speakers=[
            sp("Anna Wrona-Kęsik", "Vice-Marshal", "Silesian Voivodeship"),
            sp("Marek Przeor", "Team Leader - Cluster Policy", "DG GROW"),
            sp("Helena Svobodová", "Executive Director", "NCA"),
        ],
        euroclusters=[],
        assets=[],
        notes="Report; ordinal days without year '8th and 9th November': the year (2022) comes only from the Clock "
        "publication stamp 15.11.2022 (sidebar stamps are other years); speakers in prose ('was opened by X, Role of "
        "Org, and by Y, Role at Org'; 'Our colleague X, Role of Org, presented'); 'Košice in March 2023' is the next "
        "edition.",
        html=html,
        covers="report, ordinals w/o year, year from Clock stamp, prose speakers",
    )


# ------------------------------------------------------------------------------------------------ hz-017


def hz017() -> Page:
    url = NCA + "/en/news/"
    items = [
        (
            "20.03.2025",
            "/news/from-policy-to-practice-the-clean-industrial-deal-in-action",
            "From Policy to Practice: The Clean Industrial Deal in Action",
            "EU Clusters Talk on 12 March 2025, 8:30 – 9:45 CET: the Clean Industrial Deal explained for clusters.",
        ),
        (
            "30.09.2024",
            "/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024",
            "Invitation for the Clusters meet Regions Chișinău, Moldova, 24 - 25 October 2024",
            "Join the Clusters meet Regions workshop in the capital of Moldova.",
        ),
        (
            "25.09.2024",
            "/news/the-future-of-european-competitiveness-role-of-clusters-eu-cluster-talks-2-october-2024",
            "The future of European competitiveness: Role of Clusters, EU Cluster Talks - 2. October 2024",
            "What does the Draghi report mean for clusters? Speakers from DG GROW, NCA and France Clusters.",
        ),
        (
            "02.09.2024",
            "/news/eccp-invitation-for-the-cluster-collaboration-labs-c2lab-strasbourg-france-on-25-26-september-2024",
            "ECCP Invitation for the Cluster Collaboration Labs (C2Lab), Strasbourg, France, on 25-26 September 2024",
            "Two days of co-creation for cluster managers in Strasbourg.",
        ),
        (
            "22.05.2024",
            "/news/invitation-clusters-meet-regions-graz-austria/",
            "Invitation: Clusters meet Regions in Graz, Austria, 19 - 20 June 2024",
            "The workshop takes place on 18 - 19 June 2024 in Graz.",
        ),
        (
            "29.04.2024",
            "/news/european-cluster-conference-2024-takes-place-in-brussels/",
            "European Cluster Conference 2024 takes place in Brussels",
            "The European Cluster Conference 2024 takes place on 7-8 May 2024 in Brussels.",
        ),
    ]
    rows = "".join(
        f"""<li class="news-list__item news-list__item--large">
  <span class="news-list__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{d}</span>
  <h2 class="news-list__title"><a class="news-list__link" href="{h}">{t}</a></h2>
  <p class="news-list__perex">{p}</p>
</li>
"""
        for d, h, t, p in items
    )
    main = f"""<h1 class="page-title">News</h1>
<ul class="news-list news-list--page">
{rows}</ul>
<nav class="pagination" aria-label="Pagination"><span class="pagination__current">1</span> <a href="/en/news/?page=2">2</a> <a href="/en/news/?page=3">3</a> <a href="/en/news/?page=2" rel="next">Next</a></nav>"""
    html = nca_page(
        heading_html="News",
        breadcrumb_current="News",
        article_inner="",
        main_override=main,
        body_class="page page--news-list lang-en",
        latest=nca_latest([("12.02.2025", "/news/nca-general-assembly-2025", "NCA General Assembly 2025")]),
    )
    return Page(
        id="hz-017",
        url=url,
        template="T2",
        lang="en",
        is_event=False,
        title="News",
        page_title="News",
        series=None,
        start=None,
        end=None,
        tz_label=None,
        speakers=[],
        euroclusters=[],
        assets=[],
        notes="NOT an event: nca.cz news listing; six teasers with Clock stamps, event titles and event dates and times.",
        html=html,
        covers="nca listing page",
    )


# ------------------------------------------------------------------------------------------------ hz-018


def hz018() -> Page:
    url = NCA + "/news/space-clusters-eu-clusters-talk-24-april-2024"
    h1 = "Space clusters: Boosting Europe's space ecosystem"
    content = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Space clusters: Boosting Europe's space ecosystem” on 24 April, 8.30 – 9.45 CET.</p>
<p>Space technologies are no longer the business of a few large primes: navigation, Earth observation and satellite communication create markets for thousands of SMEs. The Talk presents the EU Space Programme's support for start-ups and shows how space clusters, among them members of the METASTARS Eurocluster, connect suppliers with users in other industries.</p>
<p>Speakers will include:</p>
<ul>
<li>Jiří Dvořák, Head of Space Programmes, CzechInvest;</li>
<li>Zuzana Šťastná, Cluster Manager, Czech Space Alliance;</li>
<li>Laurent Dupré, Deputy Director, Aerospace Valley;</li>
<li>Ing. Petr Kučera, Policy Officer, DG DEFIS, European Commission.</li>
</ul>
{TALKS_NCA}
"""
    files = nca_files(
        "Attachments",
        [
            ("/files/space-clusters-talk-summary.pdf", "Space clusters - summary", "pdf", "02/05/2024 11:20:33"),
        ],
    )
    html = nca_page(
        heading_html=h1,
        breadcrumb_current="Space clusters: Boosting Europe's space ecosystem",
        article_inner=image("spc24apr24")
        + '  <div class="news-detail__content wysiwyg">\n'
        + content
        + "  </div>\n"
        + files,
        charset="windows-1250",
        latest=nca_latest(
            [
                (
                    "14.02.2024",
                    "/news/support-programmes-and-funding-schemes-cluster-policies-in-the-eu-eu-clusters-talk-21-february-2024",
                    "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024",
                ),
                (
                    "15.03.2023",
                    "/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023",
                    "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023",
                ),
                (
                    "20.03.2025",
                    "/news/from-policy-to-practice-the-clean-industrial-deal-in-action",
                    "From Policy to Practice: The Clean Industrial Deal in Action",
                ),
            ]
        ),
    )
    return Page(
        id="hz-018",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Space clusters: Boosting Europe's space ecosystem",
        page_title=h1,
        series="EU Clusters Talks",
        start="2024-04-24T08:30:00+02:00",
        end="2024-04-24T09:45:00+02:00",
        tz_label="CET",
        speakers=[
            sp("Jiří Dvořák", "Head of Space Programmes", "CzechInvest"),
            sp("Zuzana Šťastná", "Cluster Manager", "Czech Space Alliance"),
            sp("Laurent Dupré", "Deputy Director", "Aerospace Valley"),
            sp("Petr Kučera", "Policy Officer", "DG DEFIS, European Commission"),
        ],
        euroclusters=["METASTARS"],
        assets=[
            asset(
                "Space clusters - summary", NCA + "/files/space-clusters-talk-summary.pdf", "2024-05-02T11:20:33+02:00"
            )
        ],
        encoding="cp1250",
        notes="Bytes in windows-1250 (declared); Czech letters in names (ř, Š, ť, č); date without year 'on 24 April, "
        "8.30 – 9.45 CET' with dotted times: the year is only in the URL slug (no Clock stamp on this page; sidebar "
        "stamps are 2023-2025); CET on an April date (+02:00); honorific 'Ing.'; Eurocluster named in prose.",
        html=html,
        covers="windows-1250, year only in URL, dotted times, Ing.",
    )


# ------------------------------------------------------------------------------------------------ hz-019


def hz019() -> Page:
    url = NCA + "/news/two-new-euroclusters-with-czech-participation"
    h1 = "Two new Euroclusters with Czech participation"
    content = """<p>The European Innovation Council and SMEs Executive Agency (EISMEA) has published the results of the second Euroclusters call (SMP-COSME-2024-CLUSTER). Two of the selected consortia include Czech cluster organisations.</p>
<ul>
<li>JEWEL (Joint nEtWork for European net-zero manufacturing Leadership), coordinated by Pôle MecaTech, supports SMEs in net-zero manufacturing;</li>
<li>PowerUp NetZero helps SMEs bring net-zero technologies to the Single Market.</li>
</ul>
<p>Both projects start on 1 January 2025 and run for 36 months. Their kick-off meetings are planned for 14 January 2025 in Brussels, and the new Euroclusters will present themselves at the EU Clusters Talk on 12 March 2025.</p>
<p>NCA will inform its members about the open calls for SMEs as soon as they are announced.</p>
"""
    html = nca_page(
        heading_html=h1,
        breadcrumb_current=h1,
        article_inner=clock("18.12.2024") + '  <div class="news-detail__content wysiwyg">\n' + content + "  </div>\n",
        latest=nca_latest(
            [
                (
                    "30.09.2024",
                    "/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024",
                    "Invitation for the Clusters meet Regions Chișinău, Moldova, 24 - 25 October 2024",
                ),
                (
                    "25.09.2024",
                    "/news/the-future-of-european-competitiveness-role-of-clusters-eu-cluster-talks-2-october-2024",
                    "The future of European competitiveness: Role of Clusters, EU Cluster Talks - 2. October 2024",
                ),
            ]
        ),
    )
    return Page(
        id="hz-019",
        url=url,
        template="T2",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        series=None,
        start=None,
        end=None,
        tz_label=None,
        speakers=[],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        assets=[],
        notes="NOT an event: news about call results; mentions a project start date, kick-off meetings on 14 January 2025 "
        "and an EU Clusters Talk on 12 March 2025; names two Euroclusters.",
        html=html,
        covers="news item mentioning event dates",
    )


# ------------------------------------------------------------------------------------------------ hz-020


def hz020() -> Page:
    url = NCA + "/news/critical-raw-materials-act-what-it-means-for-clusters-eu-clusters-talk-19-april-2023"
    h1 = "Critical Raw Materials Act: What it means for clusters - EU Clusters Talk, 19 April 2023"
    content = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "Critical Raw Materials Act: What it means for clusters" on 19 April 2023, 8:30 – 9:45 CET.</p>
<p>On 16 March 2023 the Commission proposed the Critical Raw Materials Act to secure Europe's supply of the materials needed for the green and digital transitions. The Talk presents the proposal and discusses how mining, processing and recycling clusters can help European industry diversify its sources.</p>
<p>Speakers at this EU Clusters Talk will include:</p>
<ul>
<li>Elena Kostova, Policy Officer, DG GROW, European Commission;</li>
<li>Gorka Etxebarria, Cluster Manager, Basque Mining Cluster (Spain);</li>
<li>Sari Mäkinen, Managing Director, Finnish Minerals Cluster, European Cluster Manager of the Year 2022;</li>
<li>Pavel Šimek, CEO at Czech Raw Materials Cluster, INGENIOUS Eurocluster;</li>
<li>Representative of EISMEA – to be confirmed.</li>
</ul>
{TALKS_NCA}
"""
    html = nca_page(
        heading_html=h1,
        breadcrumb_current="Critical Raw Materials Act: What it means for clusters - EU Clu…",
        article_inner=clock("12.04.2023")
        + image("crma19apr3")
        + '  <div class="news-detail__content wysiwyg">\n'
        + content
        + "  </div>\n",
        latest=nca_latest(
            [
                (
                    "15.03.2023",
                    "/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023",
                    "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023",
                ),
                (
                    "08.03.2023",
                    "/news/meet-the-euroclusters-innitiatives-for-the-green-and-digital-transformation-eu-cluster-talk-8-march-2023",
                    "Meet the Euroclusters: Innitiatives for the green and digital transformation, EU Cluster Talk, 8 March 2023",
                ),
            ]
        ),
    )
    return Page(
        id="hz-020",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Critical Raw Materials Act: What it means for clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start="2023-04-19T08:30:00+02:00",
        end="2023-04-19T09:45:00+02:00",
        tz_label="CET",
        speakers=[
            sp("Elena Kostova", "Policy Officer", "DG GROW, European Commission"),
            sp("Gorka Etxebarria", "Cluster Manager", "Basque Mining Cluster"),
            sp("Sari Mäkinen", "Managing Director", "Finnish Minerals Cluster"),
            sp("Pavel Šimek", "CEO", "Czech Raw Materials Cluster", "INGENIOUS"),
        ],
        euroclusters=["INGENIOUS"],
        assets=[],
        notes="Title in straight double quotes; CET on an April date (+02:00); '16 March 2023' is the proposal date; "
        "speaker lines with a country suffix '(Spain)', an award suffix 'European Cluster Manager of the Year 2022' "
        "(not part of the organisation), 'Role at Org, X Eurocluster'; last item 'Representative of EISMEA – to be confirmed.' is a placeholder.",
        html=html,
        covers="straight quotes, award and country suffixes",
    )


PAGES = [hz013, hz014, hz015, hz016, hz017, hz018, hz019, hz020]
