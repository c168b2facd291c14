"""hs-012 … hs-020: nca.cz (Modus) pages, written new for heldout11."""

from __future__ import annotations

from common import asset, bx, page_adder, prague_created, record, sp, t2_files, t2_latest, t2_page

PAGES: list[dict] = []
add = page_adder(PAGES)
N = "https://www.nca.cz"

TAIL = (
    "<p>The EU Clusters Talks are online meetings that the European Cluster Collaboration Platform organises for the cluster community "
    "about twice a month. They combine policy updates with examples from clusters, ECCP news and funding opportunities.</p>"
)

LATEST_24 = t2_latest(
    [
        (
            "05.06.2024",
            "/en/news/clusters-meet-regions-graz-austria-18-19-june-2024",
            "Clusters meet Regions - Graz, Austria, 18 - 19 June 2024",
        ),
        (
            "29.04.2024",
            "/en/news/european-cluster-conference-2024-takes-place-in-brussels",
            "European Cluster Conference 2024 takes place in Brussels",
        ),
        (
            "17.04.2024",
            "/en/news/innovation-through-integration-eu-cluster-talk-24-april-2024",
            "Innovation through integration: How to create and engage a meta-cluster, EU Cluster Talk, 24 APRIL 2024",
        ),
        (
            "14.02.2024",
            "/en/news/support-programmes-and-funding-schemes-eu-clusters-talk-21-february-2024",
            "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024",
        ),
    ]
)
LATEST_25 = t2_latest(
    [
        (
            "20.03.2025",
            "/en/news/from-policy-to-practice-the-clean-industrial-deal-in-action",
            "From Policy to Practice: The Clean Industrial Deal in Action",
        ),
        (
            "30.09.2024",
            "/en/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024",
            "Invitation for the Clusters meet Regions Chișinău, Moldova, 24 - 25 October 2024",
        ),
        (
            "25.09.2024",
            "/en/news/the-future-of-european-competitiveness-role-of-clusters",
            "The future of European competitiveness: Role of Clusters, EU Cluster Talks - 2. October 2024",
        ),
    ]
)

CS = [
    ("Latest news", "Aktuality"),
    ("All news", "Všechny aktuality"),
    ("Back to news", "Zpět na aktuality"),
    (">Newsletter<", ">Newsletter<"),
    (
        "News from Czech clusters and from European cluster policy, about once a month.",
        "Novinky z českých klastrů a z evropské klastrové politiky, zhruba jednou měsíčně.",
    ),
    ('placeholder="Your e-mail"', 'placeholder="Váš e-mail"'),
    (">Subscribe<", ">Odebírat<"),
    (">Contact us<", ">Kontakt<"),
    (">About us<", ">O nás<"),
    (">Who we are<", ">Kdo jsme<"),
    (">Board<", ">Představenstvo<"),
    (">Projects<", ">Projekty<"),
    (">Annual reports<", ">Výroční zprávy<"),
    (">Members<", ">Členové<"),
    (">Member clusters<", ">Členské klastry<"),
    (">How to join<", ">Jak se stát členem<"),
    (">Services<", ">Služby<"),
    (">Cluster excellence<", ">Excelence klastrů<"),
    (">Internationalisation<", ">Internacionalizace<"),
    (">Training<", ">Vzdělávání<"),
    (">News<", ">Aktuality<"),
    (">Events<", ">Akce<"),
    (">Contact<", ">Kontakt<"),
    ('placeholder="Search"', 'placeholder="Hledat"'),
    (">Home<", ">Úvod<"),
    (
        "This website uses cookies for analytics. You can allow them or keep only the ones the site needs to work.",
        "Tento web používá soubory cookies pro analýzu návštěvnosti. Můžete je povolit, nebo ponechat jen nezbytné.",
    ),
    (">Allow all<", ">Povolit vše<"),
    (">Necessary only<", ">Jen nezbytné<"),
    (">Quick links<", ">Odkazy<"),
    (">Follow us<", ">Sledujte nás<"),
    (
        "The National Cluster Association brings together cluster organisations from across the Czech Republic and represents them at home and in Europe.",
        "Národní klastrová asociace sdružuje klastrové organizace z celé České republiky a zastupuje je doma i v Evropě.",
    ),
    (">Privacy<", ">Ochrana osobních údajů<"),
    ('"lang":"en"', '"lang":"cs"'),
    ('href="/en/', 'href="/'),
    ('href="/en"', 'href="/"'),
]


def cs_page(html: str) -> str:
    for a, b in CS:
        html = html.replace(a, b)
    return html.replace(
        '<a href="/" hreflang="cs">CZ</a><a href="/" hreflang="en" class="is-active">EN</a>',
        '<a href="/" hreflang="cs" class="is-active">CZ</a><a href="/en" hreflang="en">EN</a>',
    )


def art(h1: str, clock: str, img: str, content: str, files: str = "") -> str:
    return (
        f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n'
        f'  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{clock}</div>\n'
        f'  <div class="news-detail__image"><img src="/files/thumbs/{img}.jpg" alt="" width="770" height="400" loading="lazy"></div>\n'
        f'  <div class="news-detail__content wysiwyg">\n{content}\n  </div>\n{files}</article>\n'
    )


# ---------------------------------------------------------------------------------------------------------------- hs-012
u = N + "/news/autonomy-innovation-and-security-eu-strategies-for-aerospace-and-defence-eu-clusters-talk-17-april-2024"
h1 = "Autonomy, innovation and security: EU strategies for Aerospace and Defence - EU Clusters Talk, 17 April 2024"
c = (
    "<p>European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Autonomy, innovation "
    "and security: EU strategies for Aerospace and Defence” on 17 April 2024, 8:30 – 9:45 CET.</p>\n"
    "<p>The European Defence Industrial Strategy asks the industry to invest more in Europe and to cooperate across borders. Czech aerospace and "
    "defence clusters and their members are warmly invited to join the discussion on what this means for suppliers.</p>\n"
    "<p>Speakers will include:</p>\n"
    "<p>- Dorota Wiśniewska-Kalm, Policy Officer - Defence Industry, DG DEFIS, European Commission;<br />\n"
    "- Pierre-Yves Lemaître, Aerospace Valley Occitanie, METASTARS Eurocluster;<br />\n"
    "- Giulia Ferrando, Project Manager, DLTM, LEVIATAD Eurocluster;<br />\n"
    "- Jonas Eriksson Malm, CEO, Space Cluster Norrland.</p>\n"
    "<p>Registration: https://ec.europa.eu/eusurvey/runner/EUClustersTalk17April2024</p>\n" + TAIL
)
files = t2_files(
    "Presentations",
    [
        (
            "/files/eu-clusters-talk-17-april-2024-presentations.pdf",
            "EU Clusters Talk 17 April 2024 - Presentations",
            "25/04/2024 13:41:07",
        )
    ],
)
add(
    "hs-012",
    u,
    t2_page(article=art(h1, "10.04.2024", "a7kq2mfd0z", c, files), latest=LATEST_24, breadcrumb_current=h1, seed=1212),
    record(
        id="hs-012",
        url=u,
        template="T2",
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
            sp("Pierre-Yves Lemaître", None, "Aerospace Valley Occitanie", "METASTARS"),
            sp("Giulia Ferrando", "Project Manager", "DLTM", "LEVIATAD"),
            sp("Jonas Eriksson Malm", "CEO", "Space Cluster Norrland"),
        ],
        euroclusters=["LEVIATAD", "METASTARS"],
        assets=[
            asset(
                "EU Clusters Talk 17 April 2024 - Presentations",
                N + "/files/eu-clusters-talk-17-april-2024-presentations.pdf",
                prague_created("25/04/2024 13:41:07"),
            )
        ],
        notes="nca.cz copy of hs-001 (real Talk, reconstructed speakers). 'CET' in April after the switch (+02:00); '- ' lines in one <br> paragraph, ';' endings and final '.'; 'Name, Org, X Eurocluster;' without a role; the organisation abbreviated 'DLTM' here; registration URL as plain text; Clock icon 10.04.2024; one attachment Created 25/04/2024 (+02:00); the sidebar lists other Talks with dates.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-013
u = N + "/news/clusters-meet-regions-graz-austria-18-19-june-2024"
h1 = "Clusters meet Regions - Graz, Austria, 18 - 19 June 2024"
c = (
    "<p>The European Cluster Collaboration Platform invites cluster organisations, regional authorities and companies to the Clusters meet Regions "
    "workshop in Graz, Austria, which takes place on 18 - 19 June 2024.</p>\n"
    "<p>Styria is one of the most research-intensive regions in Europe. The two-day programme includes a policy session with representatives of "
    "the Province of Styria, visits to companies and research centres, and a matchmaking session on the second day.</p>\n"
    "<p>Czech clusters that would like to travel to Graz together can contact the NCA office. Registration is open until 7 June.</p>\n"
    '<p>More information and registration on the ECCP website: <a href="https://clustercollaboration.eu/content/clusters-meet-regions-graz-austria">Clusters meet Regions - Graz</a>.</p>'
)
files = t2_files(
    "Agenda", [("/files/cmr-graz-agenda.pdf", "Clusters meet Regions Graz - Agenda", "05/06/2024 14:02:11")]
)
add(
    "hs-013",
    u,
    t2_page(article=art(h1, "05.06.2024", "g2zr8c0kpe", c, files), latest=LATEST_24, breadcrumb_current=h1, seed=1213),
    record(
        id="hs-013",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        assets=[
            asset(
                "Clusters meet Regions Graz - Agenda",
                N + "/files/cmr-graz-agenda.pdf",
                prague_created("05/06/2024 14:02:11"),
            )
        ],
        notes="Real nca.cz heading and date (05.06.2024, from the nca.cz sidebar); text reconstructed. No quoted title: title = heading; spaced hyphen range 'on 18 - 19 June 2024' (dates only); 'until 7 June' without year not the event; ECCP page link not an asset; attachment Created 05/06/2024 (+02:00); the sidebar lists this page itself.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-014
u = N + "/news/from-policy-to-practice-the-clean-industrial-deal-in-action"
h1 = "From Policy to Practice: The Clean Industrial Deal in Action"
c = (
    "<p>On 12 March 2025, the EU Clusters Talk “From Policy to Practice: The Clean Industrial Deal in Action” took place online from 8:30 to 9:45 CET. "
    "More than 250 participants followed the discussion on the Clean Industrial Deal, which the European Commission adopted on 26 February 2025.</p>\n"
    "<p>The speakers were:</p>\n"
    "<p>Sebastian Kowalczyk-Brandt, DG GROW, European Commission.</p>\n"
    "<p>Mireia Puigdomènech, Innovation Manager, Energy Storage Cluster Catalonia.</p>\n"
    "<p>Timo Rautiainen, PowerUp NetZero Eurocluster.</p>\n"
    "<p>Ana-Maria Dobre, Head of Operations, Mecatronica Cluster Transilvania, JEWEL Eurocluster.</p>\n"
    "<p>The presentation of the European Commission and a short summary of the discussion are available below. The next EU Clusters Talk "
    "takes place on 26 March 2025.</p>"
)
files = t2_files(
    "Documents",
    [
        (
            "/files/clean-industrial-deal-presentation-dg-grow.pdf",
            "Clean Industrial Deal - presentation DG GROW",
            "20/03/2025 09:12:44",
        ),
        (
            "/files/eu-clusters-talk-12-march-2025-summary.pdf",
            "EU Clusters Talk 12 March 2025 - Summary",
            "31/03/2025 11:05:30",
        ),
    ],
)
add(
    "hs-014",
    u,
    t2_page(article=art(h1, "20.03.2025", "c1dx0vbm4q", c, files), latest=LATEST_25, breadcrumb_current=h1, seed=1214),
    record(
        id="hs-014",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2025-03-12", "08:30"),
        end=bx("2025-03-12", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Sebastian Kowalczyk-Brandt", None, "DG GROW, European Commission"),
            sp("Mireia Puigdomènech", "Innovation Manager", "Energy Storage Cluster Catalonia"),
            sp("Timo Rautiainen", None, None, "PowerUp NetZero"),
            sp("Ana-Maria Dobre", "Head of Operations", "Mecatronica Cluster Transilvania", "JEWEL"),
        ],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        assets=[
            asset(
                "Clean Industrial Deal - presentation DG GROW",
                N + "/files/clean-industrial-deal-presentation-dg-grow.pdf",
                prague_created("20/03/2025 09:12:44"),
            ),
            asset(
                "EU Clusters Talk 12 March 2025 - Summary",
                N + "/files/eu-clusters-talk-12-march-2025-summary.pdf",
                prague_created("31/03/2025 11:05:30"),
            ),
        ],
        notes="Real nca.cz heading and date (20.03.2025, from the nca.cz sidebar); recap text and people reconstructed. Event recap after the Talk: 'On 12 March 2025, ... took place online from 8:30 to 9:45 CET' (+01:00); the heading equals the quoted title; one <p> per speaker ending '.'; 'Name, DG GROW, European Commission.' (role null); 'Name, PowerUp NetZero Eurocluster.' (role and organisation null); adoption 26 February 2025 and next Talk 26 March 2025 not the event; Created 20/03/2025 (+01:00) and 31/03/2025 (after the 30 March 2025 switch, +02:00).",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-015 (non-event)
u = N + "/news/we-are-hiring-project-manager-for-international-cooperation"
h1 = "We are hiring: Project Manager for International Cooperation"
c = (
    "<p>The National Cluster Association is looking for a new colleague to strengthen its international team in Prague.</p>\n"
    "<p><strong>What you will do:</strong></p>\n<ul>\n<li>prepare and manage EU-funded projects of the association and its members;</li>\n"
    "<li>represent the NCA at European events such as the EU Clusters Talks and the European Cluster Conference;</li>\n"
    "<li>organise study visits and matchmaking for Czech clusters.</li>\n</ul>\n"
    "<p><strong>What we offer:</strong> a full-time contract from 1 April 2025, flexible working hours, a home-office option and 25 days of leave.</p>\n"
    "<p>Send your CV and a short motivation letter in English to Petra Dvořáková, Executive Director, by 14 February 2025. Interviews will be held "
    "in the week of 24 February.</p>"
)
add(
    "hs-015",
    u,
    t2_page(article=art(h1, "14.01.2025", "j0bq7ta1rw", c), latest=LATEST_25, breadcrumb_current=h1, seed=1215),
    record(
        id="hs-015",
        url=u,
        template="T2",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: job offer; start date 1 April 2025, application deadline 14 February 2025, interview week and a named contact; event series named in the duties list.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-016 (non-event)
u = N + "/news/clusterxchange-new-call-for-short-term-exchanges-of-cluster-managers"
h1 = "ClusterXchange: new call for short-term exchanges of cluster managers"
c = (
    "<p>The ClusterXchange scheme funds short visits of cluster managers and SME staff to clusters in other European countries. A new call for "
    "exchanges between April and December 2024 is now open.</p>\n"
    "<p>Travel and subsistence costs are covered for visits of up to ten days. Applications are accepted on a rolling basis until 30 September 2024.</p>\n"
    "<p>An information webinar for Czech applicants will take place on 4 March 2024, 10:00 – 11:00 CET. Some Euroclusters, such as RE-CENTRE, run "
    "their own exchange schemes, which can be combined with ClusterXchange.</p>\n"
    '<p>Read the <a href="/files/clusterxchange-guide-for-applicants-2024.pdf">guide for applicants</a>.</p>'
)
add(
    "hs-016",
    u,
    t2_page(article=art(h1, "20.02.2024", "x8nm3ca2ke", c), latest=LATEST_24, breadcrumb_current=h1, seed=1216),
    record(
        id="hs-016",
        url=u,
        template="T2",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["RE-CENTRE"],
        notes="NOT an event: news about an open call; an information webinar with date, time and CET, a deadline, a PDF guide (not listed, non-event); names RE-CENTRE.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-017
u = N + "/news/eu-cluster-matchmaking-event-in-the-mobility-ecosystem-9-october-2024"
h1 = "EU Cluster Matchmaking Event in the Mobility Ecosystem - 9 October 2024"
c = (
    "<p>The European Cluster Collaboration Platform organises the online matchmaking event “EU Cluster Matchmaking: Mobility, Transport and Automotive” "
    "on 9 October 2024, from 9:00 to 13:00 CET, in cooperation with the E-BOOST Eurocluster.</p>\n"
    "<p>Clusters and companies working on electromobility, logistics, rail and automotive supply chains can meet potential partners in pre-arranged "
    "online meetings of 20 minutes.</p>\n"
    "<p>Welcome words: Radek Horák, Policy Officer, DG GROW, European Commission.</p>\n"
    "<p>Register your profile by 4 October 2024. Participation is free of charge.</p>"
)
files = t2_files(
    "Concept note",
    [
        (
            "/files/eu-cluster-matchmaking-mobility-concept-note.pdf",
            "EU Cluster Matchmaking Mobility - concept note",
            "18/09/2024 10:20:00",
        )
    ],
)
add(
    "hs-017",
    u,
    t2_page(article=art(h1, "18.09.2024", "m6bb1pq7vx", c, files), latest=LATEST_25, breadcrumb_current=h1, seed=1217),
    record(
        id="hs-017",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title="EU Cluster Matchmaking: Mobility, Transport and Automotive",
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2024-10-09", "09:00"),
        end=bx("2024-10-09", "13:00"),
        tz_label="CET",
        speakers=[sp("Radek Horák", "Policy Officer", "DG GROW, European Commission")],
        euroclusters=["E-BOOST"],
        assets=[
            asset(
                "EU Cluster Matchmaking Mobility - concept note",
                N + "/files/eu-cluster-matchmaking-mobility-concept-note.pdf",
                prague_created("18/09/2024 10:20:00"),
            )
        ],
        notes="Plausible reconstruction (matchmaking not verified). Quoted title differs from the heading; 'from 9:00 to 13:00 CET' in October before the 27 October 2024 switch (+02:00); one speaker after a 'Welcome words:' label; E-BOOST named in prose; profile deadline 4 October 2024 not the event; Created 18/09/2024 (+02:00).",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-018 (cs)
u = N + "/aktuality/pozvanka-na-eu-clusters-talk-od-politiky-k-praxi-12-brezna-2025"
h1 = "Pozvánka na EU Clusters Talk: Od politiky k praxi – Clean Industrial Deal v akci, 12. března 2025"
c = (
    "<p>Evropská platforma pro klastrovou spolupráci (ECCP) pořádá jménem Evropské komise, GŘ GROW, EU Clusters Talk „From Policy to Practice: The Clean "
    "Industrial Deal in Action“, a to ve středu 12. března 2025 od 8:30 do 9:45 CET.</p>\n"
    "<p>Dohoda o čistém průmyslu, kterou Komise představila 26. února 2025, má pomoci energeticky náročným odvětvím a výrobcům čistých technologií "
    "zůstat v Evropě. Na setkání zazní, co dohoda přinese malým a středním podnikům a jak jim mohou pomoci klastry.</p>\n"
    "<p>Vystoupí:</p>\n<ul>\n"
    "<li>Sebastian Kowalczyk-Brandt, zástupce vedoucího oddělení, GŘ GROW, Evropská komise;</li>\n"
    "<li>Mireia Puigdomènech, inovační manažerka, Energy Storage Cluster Catalonia;</li>\n"
    "<li>Timo Rautiainen, koordinátor projektu, Eurocluster PowerUp NetZero;</li>\n"
    "<li>Ana-Maria Dobre, Mecatronica Cluster Transilvania (Eurocluster JEWEL).</li>\n</ul>\n"
    "<p>Moderuje Lucas Verhaegen (ECCP).</p>\n"
    "<p>Registrace je otevřená do 11. března. Setkání probíhá v angličtině.</p>"
)
files = t2_files(
    "Program",
    [("/files/program-eu-clusters-talk-12-3-2025.pdf", "Program EU Clusters Talk 12. 3. 2025", "05/03/2025 15:30:12")],
)
add(
    "hs-018",
    u,
    cs_page(
        t2_page(
            article=art(h1, "05.03.2025", "p4cz1lk8mt", c, files),
            latest=LATEST_25,
            breadcrumb_current=h1,
            seed=1218,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hs-018",
        url=u,
        template="T2",
        lang="cs",
        is_event=True,
        title="From Policy to Practice: The Clean Industrial Deal in Action",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2025-03-12", "08:30"),
        end=bx("2025-03-12", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Sebastian Kowalczyk-Brandt", "zástupce vedoucího oddělení", "GŘ GROW, Evropská komise"),
            sp("Mireia Puigdomènech", "inovační manažerka", "Energy Storage Cluster Catalonia"),
            sp("Timo Rautiainen", "koordinátor projektu", None, "PowerUp NetZero"),
            sp("Ana-Maria Dobre", None, "Mecatronica Cluster Transilvania", "JEWEL"),
            sp("Lucas Verhaegen", None, "ECCP"),
        ],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        assets=[
            asset(
                "Program EU Clusters Talk 12. 3. 2025",
                N + "/files/program-eu-clusters-talk-12-3-2025.pdf",
                prague_created("05/03/2025 15:30:12"),
            )
        ],
        notes="Czech nca.cz copy of hs-002 (real Talk, reconstructed speakers). Czech chrome; English title in „…“ differs from the Czech heading; 've středu 12. března 2025 od 8:30 do 9:45 CET' (+01:00); Czech roles lower case, 'GŘ GROW, Evropská komise'; 'Eurocluster X' and '(Eurocluster X)' forms; 'Moderuje Name (ECCP).' (role null); 26. února 2025 and 'do 11. března' not the event; Created 05/03/2025 (+01:00).",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-019 (cs)
u = N + "/aktuality/clusters-meet-regions-v-charleroi-27-28-listopadu-2024"
h1 = "Clusters meet Regions v Charleroi (Belgie), 27.–28. listopadu 2024"
c = (
    "<p>Evropská platforma pro klastrovou spolupráci zve klastrové organizace, zástupce krajů a firmy na workshop Clusters meet Regions, který se "
    "uskuteční ve dnech 27. a 28. listopadu 2024 v belgickém Charleroi.</p>\n"
    "<p>Valonsko staví svou hospodářskou politiku na klastrech už téměř dvacet let. Program nabídne diskusi o průmyslové obnově regionu, exkurze do "
    "firem a výzkumných center a matchmaking.</p>\n"
    "<p>Předchozí workshop série se konal 24.–25. října 2024 v moldavském Kišiněvě. Přihlásit se můžete do 15. listopadu 2024 na stránkách ECCP.</p>"
)
add(
    "hs-019",
    u,
    cs_page(
        t2_page(
            article=art(h1, "04.11.2024", "q9ch0rl3nn", c),
            latest=LATEST_25,
            breadcrumb_current=h1,
            seed=1219,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hs-019",
        url=u,
        template="T2",
        lang="cs",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-11-27",
        end="2024-11-28",
        notes="Czech nca.cz copy of hs-004 (real edition, reconstructed text). No quoted title: title = heading; heading '27.–28. listopadu 2024' (en dash, genitive month) and body 've dnech 27. a 28. listopadu 2024' (dates only); previous edition '24.–25. října 2024', deadline 'do 15. listopadu 2024' and Clock icon 04.11.2024 not the event; no attachments.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-020 (cs, non-event)
u = N + "/aktuality/novy-adresar-clenskych-klastru-nca-2025"
h1 = "Nový adresář členských klastrů NCA 2025"
c = (
    "<p>Národní klastrová asociace vydala nový adresář svých členů. Obsahuje profily 42 klastrů, jejich zaměření, počty členských firem a kontakty "
    "na klastrové manažery.</p>\n"
    "<p>Adresář poprvé uvádí i zapojení českých klastrů do Euroclusterů – například do projektu GEMSTONE pro zelenou výrobu.</p>\n"
    "<p>Tištěnou verzi rozdáme na valné hromadě 24. dubna 2025. Adresář představíme také zahraničním partnerům na EU Clusters Talk 12. března 2025.</p>\n"
    '<p>Elektronická verze ke stažení: <a href="/files/adresar-clenu-nca-2025.pdf">Adresář členů NCA 2025 (PDF)</a></p>'
)
add(
    "hs-020",
    u,
    cs_page(
        t2_page(
            article=art(h1, "27.02.2025", "d2ir5sw0ya", c),
            latest=LATEST_25,
            breadcrumb_current=h1,
            seed=1220,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hs-020",
        url=u,
        template="T2",
        lang="cs",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["GEMSTONE"],
        notes="NOT an event: Czech news about a publication (member directory); a general assembly date and a Talk date are mentioned; a PDF link (not listed, non-event); names GEMSTONE.",
    ),
)
