"""T2: nca.cz ('Modus') republications: <title> is always 'Modus | Home page', Clock-icon stamps, Created: attachments."""

from __future__ import annotations

from common import asset, bx, page_adder, prague_created, record, sp, t2_files, t2_latest, t2_page

PAGES: list[dict] = []
add = page_adder(PAGES)

NCA_TALKS_BOILERPLATE = (
    "<p>The EU Clusters Talks are short online meetings for the cluster community. Each Talk combines a policy update "
    "from the European Commission with examples from clusters and their members, followed by questions from the audience.</p>"
)


def clock(d: str) -> str:
    return f'  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{d}</div>\n'


def image(name: str) -> str:
    return f'  <div class="news-detail__image"><img src="/files/thumbs/{name}.jpg" alt="" width="770" height="400" loading="lazy"></div>\n'


# ------------------------------------------------------------------------------------------------ hy-015
url = "https://nca.cz/news/clusters-and-the-net-zero-industry-act-eu-clusters-talk-20-september-2023"
h1 = "Clusters and the Net-Zero Industry Act - EU Clusters Talk, 20 September 2023"
art = (
    f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n'
    + clock("13.09.2023")
    + image("nz8kq2plm4")
    + '  <div class="news-detail__content wysiwyg">\n'
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organised the EU Clusters Talk "
    "“Net-Zero Industry Act: Opportunities for clusters” on 20 September 2023, 8:30 – 9:45 CET.</p>\n"
    "<p>The Net-Zero Industry Act proposed in March 2023 aims to produce at least 40% of the EU's annual needs for clean technologies, such as "
    "solar panels, heat pumps and batteries, in Europe by 2030. The Talk discussed faster permitting, net-zero industry academies and "
    "regulatory sandboxes, and the role that clusters can play in each of them.</p>\n"
    "<p>Speakers and presentations:</p>\n"
    '<p>Jana Horáková – Policy Officer – DG GROW, European Commission – <a href="/files/nzia-talk-presentation-dg-grow.pdf" target="_blank">Download presentation</a><br>\n'
    'Pieter de Vries – Managing Director – Holland Solar – <a href="/files/nzia-talk-presentation-holland-solar.pdf" target="_blank">Download presentation</a><br>\n'
    'Dr. Lucia Ferraro – Head of Innovation – Cluster Tecnologico Nazionale Energia – <a href="/files/nzia-talk-presentation-ctn-energia.pdf" target="_blank">Download presentation</a><br>\n'
    "Miroslav Šafránek – Director – Moravian-Silesian Energy Cluster</p>\n"
    '<p>The recording is available on the <a href="https://www.youtube.com/@clustercollaboration">ECCP YouTube channel</a>.</p>\n'
    + NCA_TALKS_BOILERPLATE
    + "\n  </div>\n"
    + t2_files(
        "Summary",
        [
            (
                "/files/eu-clusters-talk-20-09-2023-summary.pdf",
                "EU Clusters Talk 20 September 2023 - Summary",
                "31/10/2023 08:15:00",
            )
        ],
    )
    + "</article>\n"
)
latest = t2_latest(
    [
        (
            "07.06.2023",
            "/news/interregional-innovation-investments-how-clusters-can-join-i3-projects-eu-clusters-talk-14-june-2023",
            "Interregional Innovation Investments: How clusters can join I3 projects - EU Clusters Talk, 14 June 2023",
        ),
        (
            "02.10.2023",
            "/news/nca-members-at-the-clusters-meet-regions-in-lyon",
            "NCA members at the Clusters meet Regions in Lyon",
        ),
        (
            "19.10.2022",
            "/news/space-for-clusters-eu-space-programme-and-downstream-opportunities-eu-clusters-talk-26-october-2022",
            "Space for clusters: The EU Space Programme and downstream opportunities - EU Clusters Talk, 26 October 2022",
        ),
    ]
)
base = "https://nca.cz"
add(
    "hy-015",
    url,
    t2_page(
        article=art,
        latest=latest,
        breadcrumb_current="Clusters and the Net-Zero Industry Act - EU Clusters Talk, 20 Se…",
        seed=2015,
    ),
    record(
        id="hy-015",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Net-Zero Industry Act: Opportunities for clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-09-20", "08:30"),
        end=bx("2023-09-20", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Jana Horáková", "Policy Officer", "DG GROW, European Commission"),
            sp("Pieter de Vries", "Managing Director", "Holland Solar"),
            sp("Lucia Ferraro", "Head of Innovation", "Cluster Tecnologico Nazionale Energia"),
            sp("Miroslav Šafránek", "Director", "Moravian-Silesian Energy Cluster"),
        ],
        assets=[
            asset("Download presentation", base + "/files/nzia-talk-presentation-dg-grow.pdf"),
            asset("Download presentation", base + "/files/nzia-talk-presentation-holland-solar.pdf"),
            asset("Download presentation", base + "/files/nzia-talk-presentation-ctn-energia.pdf"),
            asset(
                "EU Clusters Talk 20 September 2023 - Summary",
                base + "/files/eu-clusters-talk-20-09-2023-summary.pdf",
                prague_created("31/10/2023 08:15:00"),
            ),
        ],
        notes="Speaker lines 'Name – Role – Organisation – Download presentation' in one <br> paragraph, the last one without a presentation; "
        "three body PDFs all labelled 'Download presentation' come before the Created attachment; Created 31/10/2023 is two days after the "
        "end of summer time (+01:00) while the event (September, labelled CET) is +02:00; Clock icon 13.09.2023; 'March 2023' and '2030' are "
        "not event dates.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-016 (windows-1250)
url = "https://nca.cz/news/european-clusters-support-ukraine-matchmaking-event-15-june-2022"
h1 = "European Clusters Support Ukraine: matchmaking event on 15 June 2022"
art = (
    f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n'
    + clock("01.06.2022")
    + image("ua5mm0c4ze")
    + '  <div class="news-detail__content wysiwyg">\n'
    "<p>The European Cluster Collaboration Platform organises the online matchmaking event “EU Clusters Support Ukraine” on 15 June 2022 "
    "from 10.00 to 12.30 CEST.</p>\n"
    "<p>Ukrainian cluster organisations and companies will meet clusters from the EU in short bilateral meetings to look for suppliers, "
    "customers and partners for the reconstruction of their value chains. Czech clusters are warmly invited to take part.</p>\n"
    "<p>Welcome by Jiří Holoubek, President of the National Cluster Association.</p>\n"
    "<p>Short pitches:</p>\n<ul>\n<li>Oleksandr Petrenko, Head of Cluster Development, Ukrainian Cluster Alliance;</li>\n"
    "<li>Lenka Šťastná, International Projects Manager, CzechInvest;</li>\n<li>Radomír Kučera, Managing Director, Moravian Aerospace Cluster.</li>\n</ul>\n"
    '<p>Please register by 10 June 2022 on the <a href="https://eu-clusters-support-ukraine.b2match.io/">matchmaking platform</a>.</p>\n'
    "  </div>\n</article>\n"
)
latest = t2_latest(
    [
        ("20.05.2022", "/news/nca-general-assembly-2022", "NCA General Assembly 2022"),
        (
            "12.04.2022",
            "/news/clusters-meet-regions-and-eu-clusters-matchmaking-event-in-lithuania",
            "‘Clusters meet Regions’ and ‘EU Clusters Matchmaking Event’ in Lithuania",
        ),
        ("29.03.2022", "/news/czech-clusters-help-ukraine", "Czech clusters help Ukraine: overview of initiatives"),
    ]
)
html = t2_page(
    article=art,
    latest=latest,
    breadcrumb_current="European Clusters Support Ukraine: matchmaking event on 15 J…",
    seed=2016,
    charset="windows-1250",
)
add(
    "hy-016",
    url,
    html,
    record(
        id="hy-016",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="EU Clusters Support Ukraine",
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2022-06-15", "10:00"),
        end=bx("2022-06-15", "12:30"),
        tz_label="CEST",
        speakers=[
            sp("Jiří Holoubek", "President", "National Cluster Association"),
            sp("Oleksandr Petrenko", "Head of Cluster Development", "Ukrainian Cluster Alliance"),
            sp("Lenka Šťastná", "International Projects Manager", "CzechInvest"),
            sp("Radomír Kučera", "Managing Director", "Moravian Aerospace Cluster"),
        ],
        notes='Saved as windows-1250 bytes with <meta charset="windows-1250"> (Czech letters ř, š, ť, č and curly quotes are single bytes); '
        "dotted times 'from 10.00 to 12.30 CEST'; 'Welcome by X, Role of Organisation' is a speaker; list introduced by 'Short pitches:'; "
        "registration deadline 10 June 2022; ECCP matchmaking series.",
    ),
    encoding="windows-1250",
)

# ------------------------------------------------------------------------------------------------ hy-017 (truncated file)
url = "https://nca.cz/news/space-for-clusters-eu-space-programme-and-downstream-opportunities-eu-clusters-talk-26-october-2022"
h1 = "Space for clusters: The EU Space Programme and downstream opportunities - EU Clusters Talk, 26 October 2022"
art = (
    f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n'
    + clock("19.10.2022")
    + image("sp4c3cl5tr")
    + '  <div class="news-detail__content wysiwyg">\n'
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    "“Space for clusters: downstream opportunities in the EU Space Programme” on 26 October 2022, 8:30 – 9:45 CEST.</p>\n"
    "<p>Satellite navigation and Earth observation data are free to use, yet many SMEs outside the space sector do not know how to build "
    "services on them. The Talk presents EU support for downstream applications and the experience of space clusters.</p>\n"
    "<p>Speakers:</p>\n<ol>\n<li>Alessandra Conti, Head of Sector – Space downstream applications, DG DEFIS, European Commission;</li>\n"
    "<li>Thomas Weber, Managing Director, Space Cluster Bavaria;</li>\n<li>Kateřina Dvořáková, Czech Space Alliance;</li>\n"
    "<li>Luís Almeida, CEO at Portugal Space Hub, METASTARS Eurocluster.</li>\n</ol>\n"
    + NCA_TALKS_BOILERPLATE
    + "\n  </div>\n"
    + t2_files(
        "Presentations",
        [
            (
                "/files/eu-clusters-talk-26-10-2022-presentations.pdf",
                "Space for clusters - presentations",
                "02/11/2022 16:40:12",
            )
        ],
    )
    + "</article>\n"
)
latest = t2_latest(
    [
        (
            "13.10.2022",
            "/news/energy-crisis-how-can-clusters-support-smes-eu-clusters-talk-12-october-2022",
            "Energy crisis: how can clusters support SMEs? - EU Clusters Talk, 12 October 2022",
        ),
        (
            "15.11.2022",
            "/news/we-went-to-katowice-to-attend-the-clusters-meet-regions",
            "We went to Katowice to attend the Clusters Meet Regions",
        ),
        (
            "05.10.2022",
            "/news/czech-clusters-at-the-european-cluster-matchmaking",
            "Czech clusters at the European cluster matchmaking",
        ),
    ]
)
full = t2_page(
    article=art,
    latest=latest,
    breadcrumb_current="Space for clusters: The EU Space Programme and downstream opp…",
    seed=2017,
)
cut = full.index("05.10.2022") + len("05.10.20")
add(
    "hy-017",
    url,
    full[:cut],
    record(
        id="hy-017",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Space for clusters: downstream opportunities in the EU Space Programme",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2022-10-26", "08:30"),
        end=bx("2022-10-26", "09:45"),
        tz_label="CEST",
        speakers=[
            sp("Alessandra Conti", "Head of Sector – Space downstream applications", "DG DEFIS, European Commission"),
            sp("Thomas Weber", "Managing Director", "Space Cluster Bavaria"),
            sp("Kateřina Dvořáková", None, "Czech Space Alliance"),
            sp("Luís Almeida", "CEO", "Portugal Space Hub", "METASTARS"),
        ],
        euroclusters=["METASTARS"],
        assets=[
            asset(
                "Space for clusters - presentations",
                base + "/files/eu-clusters-talk-26-10-2022-presentations.pdf",
                prague_created("02/11/2022 16:40:12"),
            )
        ],
        notes="Truncated download: the file stops in the middle of a sidebar date stamp (no </aside>, </main>, </body>, </html>); speakers as an "
        "ordered <ol> list; 'Name, Organisation' line without role; 'CEO at X, METASTARS Eurocluster'; Created 02/11/2022 is winter time "
        "(+01:00) while the event date is summer time (+02:00).",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-018 (recap, not an event)
url = "https://nca.cz/news/autumn-with-european-clusters-a-look-back-at-four-events"
h1 = "Autumn with European clusters: a look back at four events"
art = (
    f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n'
    + clock("11.12.2023")
    + '  <div class="news-detail__content wysiwyg">\n'
    "<p>This autumn NCA and its members took part in four European cluster events. Here is a short look back.</p>\n"
    "<h3>EU Clusters Talk on the Net-Zero Industry Act (20 September 2023, 8:30 – 9:45 CET)</h3>\n"
    "<p>Miroslav Šafránek of the Moravian-Silesian Energy Cluster presented how Czech suppliers of heat pumps prepare for the new rules.</p>\n"
    "<h3>Clusters meet Regions in Lyon (12–13 October 2023)</h3>\n"
    "<p>Three Czech clusters travelled to Lyon and visited the Auvergne-Rhône-Alpes region's plastics and mobility clusters.</p>\n"
    "<h3>Clusters4NEB (8 November 2023)</h3>\n"
    "<p>A Talk on the New European Bauhaus and sustainable construction, followed by our members from the wood and furniture sector.</p>\n"
    "<h3>Clusters meet Regions in Iasi (21–23 November 2023)</h3>\n"
    "<p>NCA's president Jiří Holoubek took part in the panel on national cluster policies.</p>\n"
    "<p>We thank all members who joined us, and we look forward to the events of 2024.</p>\n  </div>\n</article>\n"
)
latest = t2_latest(
    [
        (
            "20.02.2024",
            "/news/invitation-for-the-clusters-meet-regions-tallinn-estonia-5-6-march-2024",
            "Invitation for the Clusters meet Regions Tallinn, Estonia, 5 - 6 March 2024",
        ),
        (
            "13.09.2023",
            "/news/clusters-and-the-net-zero-industry-act-eu-clusters-talk-20-september-2023",
            "Clusters and the Net-Zero Industry Act - EU Clusters Talk, 20 September 2023",
        ),
    ]
)
add(
    "hy-018",
    url,
    t2_page(
        article=art,
        latest=latest,
        breadcrumb_current="Autumn with European clusters: a look back at four events",
        seed=2018,
    ),
    record(
        id="hy-018",
        url=url,
        template="T2",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: recap of four events, each sub-heading with its own date (one with a time and CET label), names of people who spoke.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-019 (404)
url = "https://nca.cz/news/invitation-eu-clusters-talk-3-april-2024"
art = (
    '<article class="news-detail news-detail--error">\n  <h1 class="news-detail__title">Page not found</h1>\n  <div class="news-detail__content wysiwyg">\n'
    "<p>The page you are looking for does not exist or has been moved. Error 404.</p>\n"
    '<p><a href="/en">Back to the home page</a> or use the search above.</p>\n  </div>\n</article>\n'
)
latest = t2_latest(
    [
        (
            "27.03.2024",
            "/news/eu-clusters-talk-10-april-2024-skills-for-the-net-zero-industry",
            "Skills for the net-zero industry - EU Clusters Talk, 10 April 2024",
        ),
        (
            "20.02.2024",
            "/news/invitation-for-the-clusters-meet-regions-tallinn-estonia-5-6-march-2024",
            "Invitation for the Clusters meet Regions Tallinn, Estonia, 5 - 6 March 2024",
        ),
        (
            "14.02.2024",
            "/news/support-programmes-and-funding-schemes-cluster-policies-in-the-eu-eu-clusters-talk-21-february-2024",
            "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024",
        ),
    ]
)
add(
    "hy-019",
    url,
    t2_page(article=art, latest=latest, breadcrumb_current="Page not found", seed=2019),
    record(
        id="hy-019",
        url=url,
        template="T2",
        lang="en",
        is_event=False,
        title="Page not found",
        page_title="Page not found",
        notes="NOT an event: nca.cz 404 page at a URL whose slug names an EU Clusters Talk and a date; the sidebar lists events with dates.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-020 (previous and next editions)
url = "https://nca.cz/news/invitation-for-the-clusters-meet-regions-tallinn-estonia-5-6-march-2024"
h1 = "Invitation for the Clusters meet Regions Tallinn, Estonia, 5 - 6 March 2024"
art = (
    f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n'
    + clock("20.02.2024")
    + image("t4ll1nncmr")
    + '  <div class="news-detail__content wysiwyg">\n'
    "<p>After the editions in Lyon (12-13 October 2023) and Iasi (21-23 November 2023), the Clusters meet Regions series continues in Estonia.</p>\n"
    "<p>The European Cluster Collaboration Platform, together with Enterprise Estonia, invites cluster managers, regional authorities and "
    "companies to the workshop “Digital transformation of regional value chains” in Tallinn, Estonia on 5-6 March 2024.</p>\n"
    "<p>The programme combines plenary discussions on e-government services for businesses, parallel workshops on data sharing in "
    "manufacturing and logistics, and visits to Estonian digital companies on the second day.</p>\n"
    "<p>The following edition is planned in Graz, Austria, on 18-19 June 2024.</p>\n"
    '<p><a href="https://clustercollaboration.eu/content/clusters-meet-regions-tallinn-estonia">Programme and registration</a></p>\n'
    "  </div>\n</article>\n"
)
latest = t2_latest(
    [
        (
            "11.12.2023",
            "/news/autumn-with-european-clusters-a-look-back-at-four-events",
            "Autumn with European clusters: a look back at four events",
        ),
        (
            "14.02.2024",
            "/news/support-programmes-and-funding-schemes-cluster-policies-in-the-eu-eu-clusters-talk-21-february-2024",
            "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024",
        ),
    ]
)
add(
    "hy-020",
    url,
    t2_page(
        article=art,
        latest=latest,
        breadcrumb_current="Invitation for the Clusters meet Regions Tallinn, Estonia, 5 - 6…",
        seed=2020,
    ),
    record(
        id="hy-020",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Digital transformation of regional value chains",
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-03-05",
        end="2024-03-06",
        notes="Cites the previous editions (Lyon 12-13 October 2023, Iasi 21-23 November 2023) in the first sentence and the next one (Graz, "
        "18-19 June 2024) near the end; this edition's range '5-6 March 2024' comes second; dates only; quoted workshop title.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-021 (heading date disagrees, names glued to roles)
url = "https://nca.cz/news/interregional-innovation-investments-how-clusters-can-join-i3-projects-eu-clusters-talk-14-june-2023"
h1 = "Interregional Innovation Investments: How clusters can join I3 projects - EU Clusters Talk, 14 June 2023"
art = (
    f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n'
    + clock("07.06.2023")
    + image("i3tlk9ab21")
    + '  <div class="news-detail__content wysiwyg">\n'
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    "“Interregional Innovation Investments (I3): Opportunities for clusters” on 21 June 2023, 8:30 – 9:45 CET.</p>\n"
    "<p>Please note that the Talk, first announced for 14 June, has been moved by one week.</p>\n"
    "<p>The I3 instrument funds interregional partnerships that bring innovations closer to the market. Clusters often coordinate such "
    "partnerships, and the Talk presents how to prepare a proposal for the next calls.</p>\n"
    "<p>Speakers:</p>\n"
    "<p><strong>Karolina Wiśniewska</strong>Project Adviser, EISMEA</p>\n"
    "<p><strong>Bruno Lefèvre</strong>Policy Officer, DG REGIO, European Commission</p>\n"
    "<p><strong>Dr. Ana Sousa</strong>Director, PRODUTECH – Production Technologies Cluster</p>\n"
    "<p><strong>Hanna Koskinen</strong>Senior Specialist, Council of Tampere Region</p>\n"
    + NCA_TALKS_BOILERPLATE
    + "\n  </div>\n"
    + t2_files(
        "Attachments",
        [
            (
                "/files/eu-clusters-talk-21-06-2023-presentations.pdf",
                "EU Clusters Talk 21 June 2023 - presentations",
                "28/06/2023 09:12:40",
            )
        ],
    )
    + "</article>\n"
)
latest = t2_latest(
    [
        (
            "31.05.2023",
            "/news/patents-in-europe-a-new-framework-for-innovation-eu-clusters-talk-31-may-2023",
            "Patents in Europe: A new framework for innovation - EU Clusters Talk, 31 May 2023",
        ),
        (
            "10.05.2023",
            "/news/transition-pathway-for-textiles-for-sustainable-and-circular-value-chains-invitation-for-the-eu-clusters-talk-17-may-2023",
            "Transition Pathway for Textiles: For sustainable and circular value chains - Invitation for the EU Clusters Talk, 17 May 2023",
        ),
    ]
)
add(
    "hy-021",
    url,
    t2_page(
        article=art,
        latest=latest,
        breadcrumb_current="Interregional Innovation Investments: How clusters can join I3 p…",
        seed=2021,
    ),
    record(
        id="hy-021",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Interregional Innovation Investments (I3): Opportunities for clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-06-21", "08:30"),
        end=bx("2023-06-21", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Karolina Wiśniewska", "Project Adviser", "EISMEA"),
            sp("Bruno Lefèvre", "Policy Officer", "DG REGIO, European Commission"),
            sp("Ana Sousa", "Director", "PRODUTECH – Production Technologies Cluster"),
            sp("Hanna Koskinen", "Senior Specialist", "Council of Tampere Region"),
        ],
        assets=[
            asset(
                "EU Clusters Talk 21 June 2023 - presentations",
                base + "/files/eu-clusters-talk-21-06-2023-presentations.pdf",
                prague_created("28/06/2023 09:12:40"),
            )
        ],
        notes="Heading and URL say 14 June 2023, the body's date sentence says 21 June 2023 (the Talk was moved): the body is right; "
        "speaker names in <strong> glued to the role with no separator ('Karolina WiśniewskaProject Adviser' in plain text); 'Dr.' inside "
        "<strong>; organisation with a dash; Created stamp in summer time.",
    ),
)
