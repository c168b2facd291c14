"""T2 pages (nca.cz "Modus") of the hr-* set. Page bodies written new for heldout10."""

from __future__ import annotations

from common import asset, bx, page_adder, prague_created, record, sp, t2_files, t2_latest, t2_page

PAGES: list[dict] = []
add = page_adder(PAGES)

LATEST_EN = t2_latest(
    [
        (
            "20.03.2025",
            "/news/from-policy-to-practice-the-clean-industrial-deal-in-action",
            "From Policy to Practice: The Clean Industrial Deal in Action",
        ),
        (
            "30.09.2024",
            "/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024",
            "Invitation for the Clusters meet Regions Chișinău, Moldova, 24 - 25 October 2024",
        ),
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
    ]
)
LATEST_EN_2023 = t2_latest(
    [
        (
            "15.03.2023",
            "/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023",
            "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023",
        ),
        (
            "01.02.2023",
            "/news/health-in-europe-where-does-our-ecosystem-stand-invitation-for-eu-cluster-talks-08-february-2023",
            "Health in Europe: Where does our ecosystem stand? Invitation for EU Cluster Talks 08 February 2023",
        ),
        (
            "04.10.2022",
            "/news/european-cluster-conference-2022-in-prague",
            "European Cluster Conference 2022 in Prague",
        ),
        (
            "15.11.2022",
            "/news/we-went-to-katowice-to-attend-the-clusters-meet-regions",
            "We went to Katowice to attend the Clusters Meet Regions",
        ),
    ]
)


def article(h1: str, stamp: str, content: str, files: str = "", thumb: str = "a1b2c3d4e5") -> str:
    return (
        f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n'
        f'  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{stamp}</div>\n'
        f'  <div class="news-detail__image"><img src="/files/thumbs/{thumb}.jpg" alt="" width="770" height="400" loading="lazy"></div>\n'
        f'  <div class="news-detail__content wysiwyg">\n{content}\n  </div>\n{files}</article>\n'
    )


CZ_CHROME = [
    ('<html lang="en"', '<html lang="cs"'),
    (">About us</a>", ">O nás</a>"),
    (">Who we are</a>", ">Kdo jsme</a>"),
    (">Board</a>", ">Představenstvo</a>"),
    (">Projects</a>", ">Projekty</a>"),
    (">Annual reports</a>", ">Výroční zprávy</a>"),
    (">Members</a>", ">Členové</a>"),
    (">Member clusters</a>", ">Členské klastry</a>"),
    (">How to join</a>", ">Jak se stát členem</a>"),
    (">Services</a>", ">Služby</a>"),
    (">Cluster excellence</a>", ">Klastrová excelence</a>"),
    (">Internationalisation</a>", ">Internacionalizace</a>"),
    (">Training</a>", ">Vzdělávání</a>"),
    (">News</a>", ">Aktuality</a>"),
    (">Events</a>", ">Akce</a>"),
    (">Contact</a>", ">Kontakt</a>"),
    (">Contact us</a>", ">Kontaktujte nás</a>"),
    (">Home</a>", ">Úvod</a>"),
    ("Latest news</h2>", "Nejnovější aktuality</h2>"),
    (">All news</a>", ">Všechny aktuality</a>"),
    (" Back to news</a>", " Zpět na aktuality</a>"),
    ('placeholder="Search"', 'placeholder="Hledat"'),
    (
        "News from Czech clusters and from European cluster policy, about once a month.",
        "Novinky z českých klastrů a evropské klastrové politiky zhruba jednou měsíčně.",
    ),
    ('placeholder="Your e-mail"', 'placeholder="Váš e-mail"'),
    (">Subscribe</button>", ">Odebírat</button>"),
    (
        "This website uses cookies for analytics. You can allow them or keep only the ones the site needs to work.",
        "Tento web používá analytické cookies. Můžete je povolit, nebo ponechat jen ty nezbytné.",
    ),
    (">Allow all</button>", ">Povolit vše</button>"),
    (">Necessary only</button>", ">Jen nezbytné</button>"),
    (
        "The National Cluster Association brings together cluster organisations from across the Czech Republic and represents them at home and in Europe.",
        "Národní klastrová asociace sdružuje klastrové organizace z celé České republiky a zastupuje je doma i v Evropě.",
    ),
    (">Quick links</h3>", ">Rychlé odkazy</h3>"),
    (">Follow us</h3>", ">Sledujte nás</h3>"),
    (">Privacy</a>", ">Ochrana osobních údajů</a>"),
    ('"lang":"en"', '"lang":"cs"'),
    ('href="/en/', 'href="/'),
]


def czech(html: str) -> str:
    for a, b in CZ_CHROME:
        html = html.replace(a, b)
    return html


# ------------------------------------------------------------------------------------------------ hr-012
u = "https://www.nca.cz/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023"
h1 = "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023"
content = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    "“Crossing Borders: Instruments of Interregional Collaboration” on 22 March 2023, 8:30 – 9:45 CET.</p>\n"
    "<p>Interregional cooperation helps clusters reach complementary partners, share infrastructure and build European value "
    "chains. The Talk presents the Interregional Innovation Investments instrument, the Interreg programmes and the experience "
    "of regions that fund cross-border cluster projects.</p>\n"
    "<p>Speakers:<br>\n- Ivana Horvat, Policy Officer, DG REGIO, European Commission;<br>\n"
    "- Ludger Baumann, Programme Manager, Interreg Central Europe Joint Secretariat;<br>\n"
    "- Sanna Virtanen, Senior Advisor, Council of Tampere Region;<br>\n"
    "- Paolo Grieco, Head of Projects, Marine Technology Cluster Campania, MED BAN Eurocluster.</p>\n"
    "<p>Registration: https://eccp-events.eu/talks/registration?talk=crossing-borders</p>\n"
)
files = t2_files(
    "Presentations",
    [
        (
            "/files/eu-clusters-talk-22-3-2023-presentations.pdf",
            "Crossing Borders - presentations",
            "29/03/2023 16:02:11",
        ),
        ("/files/eu-clusters-talk-22-3-2023-summary.pdf", "Crossing Borders - summary", "24/03/2023 09:15:40"),
    ],
)
add(
    "hr-012",
    u,
    t2_page(
        article=article(h1, "15.03.2023", content, files, "q7w8e9r0t1"),
        latest=LATEST_EN_2023,
        breadcrumb_current=h1,
        seed=2012,
    ),
    record(
        id="hr-012",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title="Crossing Borders: Instruments of Interregional Collaboration",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-03-22", "08:30"),
        end=bx("2023-03-22", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Ivana Horvat", "Policy Officer", "DG REGIO, European Commission"),
            sp("Ludger Baumann", "Programme Manager", "Interreg Central Europe Joint Secretariat"),
            sp("Sanna Virtanen", "Senior Advisor", "Council of Tampere Region"),
            sp("Paolo Grieco", "Head of Projects", "Marine Technology Cluster Campania", "MED BAN"),
        ],
        euroclusters=["MED BAN"],
        assets=[
            asset(
                "Crossing Borders - presentations",
                "https://www.nca.cz/files/eu-clusters-talk-22-3-2023-presentations.pdf",
                prague_created("29/03/2023 16:02:11"),
            ),
            asset(
                "Crossing Borders - summary",
                "https://www.nca.cz/files/eu-clusters-talk-22-3-2023-summary.pdf",
                prague_created("24/03/2023 09:15:40"),
            ),
        ],
        notes="Real Talk and heading (22 March 2023, heading with the typo 'Instrumets' from the nca.cz sidebar); speakers reconstructed. Quoted title spelled correctly; winter date (+01:00, 2023 switch on 26 March); '- ' lines in one <br> paragraph with ';' and final '.'; Created 29/03/2023 is after the switch (+02:00) while 24/03/2023 is before (+01:00); registration URL as plain text.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-013
u = "https://www.nca.cz/news/health-in-europe-where-does-our-ecosystem-stand-invitation-for-eu-cluster-talks-08-february-2023"
h1 = "Health in Europe: Where does our ecosystem stand? Invitation for EU Cluster Talks 08 February 2023"
content = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    "“Health in Europe: Where does our ecosystem stand?” on 8 February 2023, 8:30 – 9:45 CET.</p>\n"
    "<p>Three years after the start of the pandemic, the health ecosystem faces new tasks: the European Health Data Space, "
    "shortages of medicines and the digitalisation of care. Health clusters connect hospitals, companies and researchers "
    "and can speed up these changes.</p>\n"
    "<p>Speakers at this EU Clusters Talk will include:</p>\n"
    "<p>Dorota Wiśniewska, Policy Officer, DG SANTE, European Commission.</p>\n"
    "<p>Jesper Holm, CEO, Copenhagen Health Tech Cluster.</p>\n"
    "<p>Agnieszka Lis, Project Manager, Pomeranian MedTech Cluster, DESIRE Eurocluster.</p>\n"
    "<p>Fernando Alvarado, Director, Andalusian Health Innovation Cluster.</p>\n"
)
files = t2_files(
    "Summary",
    [
        (
            "/files/eu-clusters-talk-health-8-2-2023-summary.pdf",
            "EU Clusters Talk Health - summary",
            "15/02/2023 13:47:02",
        )
    ],
)
add(
    "hr-013",
    u,
    t2_page(
        article=article(h1, "01.02.2023", content, files, "h3e4a5l6t7"),
        latest=LATEST_EN_2023,
        breadcrumb_current=h1,
        seed=2013,
    ),
    record(
        id="hr-013",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title="Health in Europe: Where does our ecosystem stand?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-02-08", "08:30"),
        end=bx("2023-02-08", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Dorota Wiśniewska", "Policy Officer", "DG SANTE, European Commission"),
            sp("Jesper Holm", "CEO", "Copenhagen Health Tech Cluster"),
            sp("Agnieszka Lis", "Project Manager", "Pomeranian MedTech Cluster", "DESIRE"),
            sp("Fernando Alvarado", "Director", "Andalusian Health Innovation Cluster"),
        ],
        euroclusters=["DESIRE"],
        notes="Real Talk and heading (8 February 2023, from the nca.cz sidebar); speakers reconstructed. Heading '08 February 2023' zero-padded, quoted title with '?'; one <p> per speaker ending '.'; Eurocluster after the organisation; Clock icon 01.02.2023; Created 15/02/2023 (+01:00).",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-014
u = "https://www.nca.cz/news/support-programmes-and-funding-schemes-cluster-policies-in-the-eu-eu-clusters-talk-21-february-2024"
h1 = "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024"
content = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk "
    "“Support programmes and funding schemes: Cluster policies in the EU” on 21 February 2024, from 8:30 to 9:45 CET.</p>\n"
    "<p>National and regional cluster programmes differ a lot across Europe: some fund cluster management, others joint "
    "projects or internationalisation. The Talk compares programmes and shows how they can be combined with EU funding such as "
    "the Single Market Programme.</p>\n"
    "<p>Speakers:</p>\n"
    "<ul>\n<li>Mathieu Lefort, Head of Sector Cluster Policy, DG GROW, European Commission;</li>\n"
    "<li>Elena Marchetti, EISMEA, European Commission;</li>\n"
    "<li>Jana Procházková, Programme Director, Moravian-Silesian Innovation Centre;</li>\n"
    "<li>Tobias Lindner, Cluster Manager, Bavarian Cluster for Sensor Technology, SILEO Eurocluster.</li>\n</ul>\n"
    "<p>The first Czech call of the new cluster programme is expected in the second half of 2024.</p>\n"
)
files = t2_files(
    "Attachments",
    [
        (
            "/files/eu-clusters-talk-21-2-2024-presentations.pdf",
            "Support programmes and funding schemes - presentations",
            "28/02/2024 11:14:09",
        ),
        (
            "/files/eu-clusters-talk-21-2-2024-summary.pdf",
            "Support programmes and funding schemes - summary",
            "02/05/2024 08:03:55",
        ),
    ],
)
add(
    "hr-014",
    u,
    t2_page(
        article=article(h1, "14.02.2024", content, files, "s9u8p7p6o5"),
        latest=LATEST_EN,
        breadcrumb_current=h1,
        seed=2014,
    ),
    record(
        id="hr-014",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title="Support programmes and funding schemes: Cluster policies in the EU",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-02-21", "08:30"),
        end=bx("2024-02-21", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Mathieu Lefort", "Head of Sector Cluster Policy", "DG GROW, European Commission"),
            sp("Elena Marchetti", None, "EISMEA, European Commission"),
            sp("Jana Procházková", "Programme Director", "Moravian-Silesian Innovation Centre"),
            sp("Tobias Lindner", "Cluster Manager", "Bavarian Cluster for Sensor Technology", "SILEO"),
        ],
        euroclusters=["SILEO"],
        assets=[
            asset(
                "Support programmes and funding schemes - presentations",
                "https://www.nca.cz/files/eu-clusters-talk-21-2-2024-presentations.pdf",
                prague_created("28/02/2024 11:14:09"),
            ),
            asset(
                "Support programmes and funding schemes - summary",
                "https://www.nca.cz/files/eu-clusters-talk-21-2-2024-summary.pdf",
                prague_created("02/05/2024 08:03:55"),
            ),
        ],
        notes="Real Talk and heading (21 February 2024, from the nca.cz sidebar); speakers reconstructed. 'from 8:30 to 9:45 CET' (+01:00); <ul> speakers; 'Name, EISMEA, European Commission' has no role; Eurocluster after the organisation; 'second half of 2024' not a date; Created 28/02/2024 (+01:00) and 02/05/2024 (2 May, +02:00).",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-015
u = "https://www.nca.cz/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024"
h1 = "Invitation for the Clusters meet Regions Chișinău, Moldova, 24 - 25 October 2024"
content = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, invites clusters to the Clusters meet "
    "Regions workshop in Chișinău, Republic of Moldova, on 24 and 25 October 2024.</p>\n"
    "<p>It is the first workshop of the series in an EU candidate country. Moldovan clusters in agri-food, ICT and creative "
    "industries are looking for European partners, and the workshop will show how the Single Market Programme is open to "
    "Moldovan SMEs.</p>\n"
    "<p>The programme includes a policy workshop on the first day, company visits and a matchmaking session on the second day. "
    "Registration is open until 10 October; travel costs of a limited number of participants from EU clusters can be "
    "covered.</p>\n"
    '<p>More information: <a href="https://clustercollaboration.eu/event-calendar/clusters-meet-regions-chisinau-moldova" target="_blank">Clusters meet Regions Chișinău</a></p>\n'
)
files = t2_files(
    "Concept note",
    [("/files/cmr-chisinau-concept-note.pdf", "Clusters meet Regions Chișinău - concept note", "30/09/2024 10:41:27")],
)
add(
    "hr-015",
    u,
    t2_page(
        article=article(h1, "30.09.2024", content, files, "c4h5i6s7n8"),
        latest=LATEST_EN,
        breadcrumb_current=h1,
        seed=2015,
    ),
    record(
        id="hr-015",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-10-24",
        end="2024-10-25",
        assets=[
            asset(
                "Clusters meet Regions Chișinău - concept note",
                "https://www.nca.cz/files/cmr-chisinau-concept-note.pdf",
                prague_created("30/09/2024 10:41:27"),
            )
        ],
        notes="Real edition and heading (Chișinău, 24-25 October 2024, from the nca.cz sidebar); text reconstructed. Heading '24 - 25 October 2024', body 'on 24 and 25 October 2024' (dates only); registration deadline '10 October' without year not the event; diacritic ș in heading and asset title; Created 30/09/2024 (+02:00); ECCP page link not an asset; the sidebar lists this page.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-016 (non-event)
u = "https://www.nca.cz/news/european-cluster-panorama-2024-czech-clusters-in-numbers"
h1 = "European Cluster Panorama 2024: Czech clusters in numbers"
content = (
    "<p>The European Commission has published the European Cluster Panorama 2024, the regular report on the state of clusters "
    "and industrial ecosystems in Europe. It maps more than 1,500 cluster organisations and compares their regions.</p>\n"
    "<p>The Czech Republic is among the countries with the highest number of cluster organisations per million inhabitants. "
    "Czech clusters are most active in mechanical engineering, ICT and energy, and five of them are partners in Euroclusters, "
    "among them SUSTAIN and GEMSTONE.</p>\n"
    "<p>The report was presented at a launch webinar on 28 November 2024 at 10:00 CET. A Czech summary will be discussed at our "
    "general assembly on 12 December 2024.</p>\n"
    '<p>Download the <a href="https://single-market-economy.ec.europa.eu/document/download/cluster-panorama-2024.pdf">European Cluster Panorama 2024</a> (PDF, 9 MB).</p>\n'
)
add(
    "hr-016",
    u,
    t2_page(
        article=article(h1, "04.12.2024", content, "", "p1a2n3o4r5"), latest=LATEST_EN, breadcrumb_current=h1, seed=2016
    ),
    record(
        id="hr-016",
        url=u,
        template="T2",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["GEMSTONE", "SUSTAIN"],
        notes="NOT an event: news about a report; a launch webinar with date, time and CET and a general assembly date are mentioned; a PDF link (not listed, non-event); names two Euroclusters.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-017 (non-event)
u = "https://www.nca.cz/news/three-czech-clusters-receive-the-gold-label-of-cluster-management-excellence"
h1 = "Three Czech clusters receive the Gold Label of cluster management excellence"
content = (
    "<p>Three member clusters of the National Cluster Association have been awarded the Gold Label of the European Cluster "
    "Excellence Initiative after an assessment by independent benchmarkers in September.</p>\n"
    "<p>The certificates were handed over at the Czech Cluster Day in Brno on 7 November 2023 by Ondřej Kalina, President of "
    "the National Cluster Association. The Gold Label is valid for two years.</p>\n"
    "<p>Congratulations to the Moravian Aerospace Cluster, the Czech Nanotechnology Cluster and the Energy Cluster Vysočina!</p>\n"
)
add(
    "hr-017",
    u,
    t2_page(
        article=article(h1, "09.11.2023", content, "", "g0l1d2l3a4"),
        latest=LATEST_EN_2023,
        breadcrumb_current=h1,
        seed=2017,
    ),
    record(
        id="hr-017",
        url=u,
        template="T2",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: news about an award; the hand-over ceremony on 7 November 2023 and a named person are mentioned in passing; Clock icon 09.11.2023.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-018 (cs)
u = "https://www.nca.cz/aktuality/pozvanka-na-clusters-meet-regions-v-praze-23-24-rijna-2023"
h1 = "Pozvánka na Clusters meet Regions v Praze, 23. – 24. října 2023"
content = (
    "<p>Evropská platforma pro klastrovou spolupráci (ECCP) pořádá jménem Evropské komise workshop Clusters meet Regions, který se "
    "uskuteční v pondělí 23. a v úterý 24. října 2023 v Praze. Spolupořadateli jsou Ministerstvo průmyslu a obchodu a Národní "
    "klastrová asociace.</p>\n"
    "<p>První den bude věnován klastrové politice a energeticky náročnému průmyslu, druhý den nabídne exkurze do výzkumných "
    "center a dvoustranná jednání s klastry z celé Evropy.</p>\n"
    "<p>Registrace je otevřena do 9. října 2023. Počet míst je omezen na dva zástupce za organizaci.</p>\n"
    '<p><a href="https://clustercollaboration.eu/event-calendar/clusters-meet-regions-prague-czech-republic" target="_blank">Registrace na stránkách ECCP</a></p>\n'
)
files = t2_files(
    "Přílohy", [("/files/cmr-praha-program.pdf", "Clusters meet Regions Praha – program", "16/10/2023 14:05:33")]
)
latest_cz = t2_latest(
    [
        ("05.10.2023", "/aktuality/ceske-klastry-na-veletrhu-msv-2023", "České klastry na MSV 2023"),
        ("21.09.2023", "/aktuality/vyzva-clusterxchange-2023", "Výzva ClusterXchange 2023"),
    ]
)
add(
    "hr-018",
    u,
    czech(
        t2_page(
            article=article(h1, "25.09.2023", content, files, "p2r3a4h5a6"),
            latest=latest_cz,
            breadcrumb_current=h1,
            seed=2018,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hr-018",
        url=u,
        template="T2",
        lang="cs",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2023-10-23",
        end="2023-10-24",
        assets=[
            asset(
                "Clusters meet Regions Praha – program",
                "https://www.nca.cz/files/cmr-praha-program.pdf",
                prague_created("16/10/2023 14:05:33"),
            )
        ],
        notes="Real edition (Prague, 23-24 October 2023); Czech text reconstructed. Czech chrome; heading '23. – 24. října 2023' and body 'v pondělí 23. a v úterý 24. října 2023' (genitive month, dates only); no quoted title (title = heading); deadline 'do 9. října 2023' and Clock icon 25.09.2023 not the event; Created 16/10/2023 (+02:00).",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-019 (cs)
u = "https://www.nca.cz/aktuality/pozvanka-na-eu-clusters-talk-metaklastry-24-dubna-2024"
h1 = "Pozvánka na EU Clusters Talk: Inovace díky integraci – jak vytvořit a zapojit metaklastr, 24. dubna 2024"
content = (
    "<p>Evropská platforma pro klastrovou spolupráci pořádá jménem Evropské komise (GŘ GROW) EU Clusters Talk "
    "„Innovation through integration: How to create and engage a meta-cluster“, který se bude konat ve středu 24. dubna 2024 "
    "od 8:30 do 9:45 CET.</p>\n"
    "<p>Metaklastry propojují klastry z různých odvětví a regionů kolem společného cíle. Talk ukáže, jak takovou spolupráci "
    "založit, řídit a jak do ní zapojit malé a střední podniky.</p>\n"
    "<p>Vystoupí:</p>\n"
    "<ul>\n<li>Ulla Engström, Policy Officer, DG GROW, Evropská komise</li>\n"
    "<li>Bart Verhoeven, Managing Director, Catalyst Metacluster Flanders</li>\n"
    "<li>Rasa Jankauskienė, Cluster Manager, Lithuanian Mechatronics Cluster, Eurocluster RE-CENTRE</li>\n"
    "<li>Giulio Benedetti, Head of International Projects, Lombardy Mobility Cluster</li>\n</ul>\n"
    "<p>Moderuje Clara Dumont (ECCP).</p>\n"
    "<p>Předchozí Talk o leteckém a obranném průmyslu proběhl 17. dubna 2024.</p>\n"
)
latest_cz2 = t2_latest(
    [
        ("17.04.2024", "/aktuality/vysledky-vyzvy-clusterxchange-2024", "Výsledky výzvy ClusterXchange 2024"),
        ("08.04.2024", "/aktuality/clusters-meet-regions-milano-ohlednuti", "Clusters meet Regions Milano: ohlédnutí"),
    ]
)
add(
    "hr-019",
    u,
    czech(
        t2_page(
            article=article(h1, "18.04.2024", content, "", "m5e6t7a8k9"),
            latest=latest_cz2,
            breadcrumb_current=h1,
            seed=2019,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hr-019",
        url=u,
        template="T2",
        lang="cs",
        is_event=True,
        title="Innovation through integration: How to create and engage a meta-cluster",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-24", "08:30"),
        end=bx("2024-04-24", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Ulla Engström", "Policy Officer", "DG GROW, Evropská komise"),
            sp("Bart Verhoeven", "Managing Director", "Catalyst Metacluster Flanders"),
            sp("Rasa Jankauskienė", "Cluster Manager", "Lithuanian Mechatronics Cluster", "RE-CENTRE"),
            sp("Giulio Benedetti", "Head of International Projects", "Lombardy Mobility Cluster"),
            sp("Clara Dumont", None, "ECCP"),
        ],
        euroclusters=["RE-CENTRE"],
        notes="Same Talk as hr-001 (real date, reconstructed speakers), Czech nca.cz copy. English title in „…“ differs from the Czech heading; 've středu 24. dubna 2024 od 8:30 do 9:45 CET' (+02:00); speaker lines kept in English with 'Evropská komise'; 'Eurocluster RE-CENTRE' (word before the acronym); 'Moderuje Name (ECCP)' (role null); previous Talk '17. dubna 2024' and Clock icon 18.04.2024 not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-020 (cs, non-event)
u = "https://www.nca.cz/aktuality/vyzva-euroclusteru-dream-vouchery-pro-msp-v-pokrocile-vyrobe"
h1 = "Výzva Euroclusteru DREAM: vouchery pro MSP v pokročilé výrobě"
content = (
    "<p>Eurocluster DREAM (Digital Resilient Europe for Advanced Manufacturing) vyhlásil druhou otevřenou výzvu pro malé a střední "
    "podniky z oblasti pokročilé výroby. Podpořené firmy mohou získat voucher až 60 000 EUR na zavádění digitálních technologií, "
    "kybernetickou bezpečnost a školení zaměstnanců.</p>\n"
    "<p>Informační webinář pro žadatele se uskuteční 12. března 2024 od 10:00 do 11:00 hod. Žádosti je možné podávat do "
    "15. dubna 2024, 17:00 CET.</p>\n"
    '<p>Podrobnosti najdete v <a href="/files/dream-vyzva-2-pravidla.pdf">pravidlech výzvy</a>.</p>\n'
)
add(
    "hr-020",
    u,
    czech(
        t2_page(
            article=article(h1, "27.02.2024", content, "", "d1r2e3a4m5"),
            latest=latest_cz2,
            breadcrumb_current=h1,
            seed=2020,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hr-020",
        url=u,
        template="T2",
        lang="cs",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["DREAM"],
        notes="NOT an event: Czech news about a Eurocluster open call; an information webinar with date and time (no label), a deadline with date, time and CET; a PDF link (not listed, non-event); names DREAM (Czech case form 'Euroclusteru DREAM').",
    ),
)
