"""T2 — nca.cz Modus news copies (hu-012 … hu-020), English and Czech. New bodies for heldout14."""

from __future__ import annotations

from common import asset, bx, page_adder, prague_created, record, sp, t2_files, t2_latest, t2_page

PAGES: list[dict] = []
add = page_adder(PAGES)
N = "https://www.nca.cz"

LATEST = t2_latest(
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
            "25.09.2024",
            "/news/the-future-of-european-competitiveness-role-of-clusters-eu-cluster-talks-2-october-2024",
            "The future of European competitiveness: Role of Clusters, EU Cluster Talks - 2. October 2024",
        ),
        (
            "05.06.2024",
            "/news/clusters-meet-regions-graz-austria-18-19-june-2024/",
            "Clusters meet Regions - Graz, Austria, 18 - 19 June 2024",
        ),
    ]
)
LATEST_OLD = t2_latest(
    [
        (
            "04.10.2022",
            "/news/european-cluster-conference-2022-in-prague/",
            "European Cluster Conference 2022 in Prague",
        ),
        (
            "15.11.2022",
            "/news/we-went-to-katowice-to-attend-the-clusters-meet-regions",
            "We went to Katowice to attend the Clusters Meet Regions",
        ),
        (
            "01.02.2023",
            "/news/health-in-europe-where-does-our-ecosystem-stand-invitation-for-eu-cluster-talks-08-february-2023",
            "Health in Europe: Where does our ecosystem stand? Invitation for EU Cluster Talks 08 February 2023",
        ),
        (
            "15.03.2023",
            "/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023",
            "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023",
        ),
    ]
)

ECCP_SERIES = (
    "<p>The EU Clusters Talks are regular online meetings of the European Cluster Collaboration Platform. They give the cluster community a direct line to the "
    "European Commission and a chance to hear how other clusters deal with the same questions.</p>"
)


def art(h1: str, clock: str, content: str, files: str = "", img: str = "") -> str:
    im = (
        f'  <div class="news-detail__image"><img src="/files/thumbs/{img}.jpg" alt="" width="770" height="400" loading="lazy"></div>\n'
        if img
        else ""
    )
    return (
        f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{clock}</div>\n'
        f'{im}  <div class="news-detail__content wysiwyg">\n{content}\n  </div>\n{files}</article>\n'
    )


def czech(html: str) -> str:
    for a, b in [
        ('<html lang="cs" class="no-js">', '<html lang="cs" class="no-js">'),
        (
            '<a href="/" hreflang="cs">CZ</a><a href="/en" hreflang="en" class="is-active">EN</a>',
            '<a href="/" hreflang="cs" class="is-active">CZ</a><a href="/en" hreflang="en">EN</a>',
        ),
        (">Latest news<", ">Aktuality<"),
        (">All news<", ">Všechny aktuality<"),
        (" Back to news<", " Zpět na aktuality<"),
        (">Contact us<", ">Kontakt<"),
        (">About us<", ">O nás<"),
        (">Members<", ">Členové<"),
        (">Services<", ">Služby<"),
        (">Events<", ">Akce<"),
        (">Contact<", ">Kontakt<"),
        (">Home<", ">Úvod<"),
        (">Newsletter<", ">Novinky e-mailem<"),
        (
            "News from Czech clusters and from European cluster policy, about once a month.",
            "Novinky z českých klastrů a evropské klastrové politiky, zhruba jednou měsíčně.",
        ),
        ('placeholder="Your e-mail"', 'placeholder="Váš e-mail"'),
        (">Subscribe<", ">Odebírat<"),
        ('placeholder="Search"', 'placeholder="Hledat"'),
        (
            "The National Cluster Association brings together cluster organisations from across the Czech Republic and represents them at home and in Europe.",
            "Národní klastrová asociace sdružuje klastrové organizace z celé České republiky a zastupuje je doma i v Evropě.",
        ),
        (">Quick links<", ">Rychlé odkazy<"),
        (">Follow us<", ">Sledujte nás<"),
        (">Privacy<", ">Ochrana osobních údajů<"),
    ]:
        html = html.replace(a, b)
    return html


# ---------------------------------------------------------------- hu-012 Talk meta-cluster (en)
url = f"{N}/news/innovation-through-integration-how-to-create-and-engage-a-meta-cluster-eu-cluster-talk-24-april-2024/"
h1 = "Innovation through integration: How to create and engage a meta-cluster, EU Cluster Talk, 24 APRIL 2024"
c = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Innovation through integration: How to "
    "create and engage a meta-cluster” on 24 April 2024, 8:30 – 9:45 CET.</p>\n"
    "<p>Meta-clusters bring several cluster organisations together under one strategy. The Talk will show how they are built and governed and what they offer to SMEs "
    "that single clusters cannot. Czech clusters know the topic well: several of our members already cooperate in joint platforms for the automotive and aerospace industries.</p>\n"
    "<p>Speakers:</p>\n"
    "<p>- Henrik Aalto, Policy Officer, DG GROW, European Commission;<br />\n- Veronika Strnadová, Managing Director, Moravian Aerospace Alliance;<br />\n"
    "- Julien Ferrand-Roux, Head of European Projects, Pôle Véhicule du Futur, E-BOOST Eurocluster;<br />\n- Agnieszka Wójtowicz, Coordinator, Silesian Metacluster of Advanced Materials.</p>\n"
    "<p>Registration: https://ec.europa.eu/eusurvey/runner/EUClustersTalk_24April2024</p>\n" + ECCP_SERIES
)
add(
    "hu-012",
    url,
    t2_page(article=art(h1, "17.04.2024", c, img="w8z1ka0pq2"), latest=LATEST, breadcrumb_current=h1, seed=1412),
    record(
        id="hu-012",
        url=url,
        template="T2",
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
        ],
        euroclusters=["E-BOOST"],
        notes="Real nca.cz heading and Clock date (17.04.2024, from the nca.cz sidebar) for the Talk of hu-001 (speakers as there, no moderator on this copy). Heading with "
        "upper-case '24 APRIL 2024'; 'CET' in April (+02:00); '- ' lines in one <br> paragraph with ';' and a final '.'; registration URL as plain text; no attachments.",
    ),
)

# ---------------------------------------------------------------- hu-013 Talk competitiveness (en) with agenda attachment
url = f"{N}/news/the-future-of-european-competitiveness-role-of-clusters-eu-cluster-talks-2-october-2024"
h1 = "The future of European competitiveness: Role of Clusters, EU Cluster Talks - 2. October 2024"
c = (
    "<p>We invite you to the EU Clusters Talk “The future of European competitiveness: Role of Clusters”, organised by the European Cluster Collaboration Platform on "
    "behalf of DG GROW. The Talk takes place online on 2 October 2024 from 10:00 to 11:30 CET.</p>\n"
    "<p>The report on the future of European competitiveness presented in September sets out a long list of recommendations for industry. What can clusters do with it? "
    "The speakers will discuss the role of cluster organisations in innovation, decarbonisation and the security of supply chains.</p>\n"
    "<p>Speakers:</p>\n"
    "<p>Carmen Lisboa Duarte, Deputy Head of Unit, Industrial Forum, Alliances, Clusters, DG GROW, European Commission.</p>\n"
    "<p>Rasmus Kjærgaard, CEO, Danish Cluster Academy.</p>\n"
    "<p>Gintarė Vaitkevičiūtė, Director, Lithuanian Laser and Engineering Technology Cluster, JEWEL Eurocluster.</p>\n"
    "<p>Stefan Oberhuber, President, European Cluster Alliance.</p>\n"
    "<p>The agenda is attached below.</p>\n" + ECCP_SERIES
)
files = t2_files(
    "Attachments",
    [
        (
            "/files/eu-clusters-talk-2-10-2024-agenda.pdf",
            "EU Clusters Talk 2 October 2024 - agenda",
            "25/09/2024 14:02:37",
        )
    ],
)
add(
    "hu-013",
    url,
    t2_page(article=art(h1, "25.09.2024", c, files, img="p0k2lm3x8c"), latest=LATEST, breadcrumb_current=h1, seed=1413),
    record(
        id="hu-013",
        url=url,
        template="T2",
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
            asset(
                "EU Clusters Talk 2 October 2024 - agenda",
                f"{N}/files/eu-clusters-talk-2-10-2024-agenda.pdf",
                prague_created("25/09/2024 14:02:37"),
            )
        ],
        notes="Real nca.cz heading and Clock date (25.09.2024, from the nca.cz sidebar) for the Talk of hu-003 (10:00-11:30 slot reconstructed). Heading date '2. October 2024' "
        "with an ordinal dot; 'from 10:00 to 11:30 CET' (+02:00); one <p> per speaker ending '.'; 'in September' not a date; one attachment Created 25/09/2024 (+02:00).",
    ),
)

# ---------------------------------------------------------------- hu-014 Talk Health (en)
url = f"{N}/news/health-in-europe-where-does-our-ecosystem-stand-invitation-for-eu-cluster-talks-08-february-2023"
h1 = "Health in Europe: Where does our ecosystem stand? Invitation for EU Cluster Talks 08 February 2023"
c = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Health in Europe: Where does our ecosystem stand?” "
    "on 8 February 2023, 8:30 – 9:45 CET.</p>\n"
    "<p>Three years after the start of the pandemic, the health ecosystem is changing fast: new rules on medical devices, the European Health Data Space and the push for "
    "local production of critical medicines. Health clusters will explain how they help their members keep up.</p>\n"
    "<p>Speakers will include:</p>\n"
    "<p>- Sabine Gruber-Lenz, Policy Officer, DG GROW, European Commission;<br />\n- Mikael Nyberg, Cluster Manager, Medicon Valley Alliance;<br />\n"
    "- Dorota Kamińska, Project Manager, Interizon, DESIRE Eurocluster;<br />\n- Joana Pires Teixeira, Executive Director, Health Cluster Portugal.</p>\n"
    + ECCP_SERIES
)
add(
    "hu-014",
    url,
    t2_page(article=art(h1, "01.02.2023", c, img="h3a1th23xx"), latest=LATEST_OLD, breadcrumb_current=h1, seed=1414),
    record(
        id="hu-014",
        url=url,
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
            sp("Sabine Gruber-Lenz", "Policy Officer", "DG GROW, European Commission"),
            sp("Mikael Nyberg", "Cluster Manager", "Medicon Valley Alliance"),
            sp("Dorota Kamińska", "Project Manager", "Interizon", "DESIRE"),
            sp("Joana Pires Teixeira", "Executive Director", "Health Cluster Portugal"),
        ],
        euroclusters=["DESIRE"],
        notes="Real nca.cz heading and Clock date (01.02.2023, from the nca.cz sidebar); text and speakers reconstructed. Quoted title ends with '?' inside the quotes; heading "
        "'08 February 2023' vs body '8 February 2023' (+01:00); '- ' lines; 'Three years after' not a date.",
    ),
)

# ---------------------------------------------------------------- hu-015 Talk Crossing Borders (en) with typo heading and attachments after the event
url = (
    f"{N}/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023"
)
h1 = "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023"
c = (
    "<p>European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Crossing Borders: Instruments of Interregional "
    "Collaboration” on 22 March 2023, 8:30 – 9:45 CET.</p>\n"
    "<p>Interregional cooperation is one of the oldest tasks of cluster organisations, and the instruments keep changing: Interreg, the Interregional Innovation "
    "Investments (I3) and the partnerships of the Smart Specialisation Platforms. The Talk gives an overview and practical tips.</p>\n"
    "<p>Speakers:</p>\n"
    "<p>Roberta Maffei, Policy Analyst, DG REGIO, European Commission;<br />\nJohan Vandenbroucke, Programme Officer, EISMEA;<br />\n"
    "Klára Dvořáková, International Relations Manager, Moravian-Silesian Automotive Cluster;<br />\nXabier Urrutia, Head of Internationalisation, SPRI.</p>\n"
    "<p>UPDATE: The presentations from the Talk are now available below.</p>\n" + ECCP_SERIES
)
files = t2_files(
    "Presentations",
    [
        ("/files/crossing-borders-dg-regio.pdf", "Presentation DG REGIO - I3 instrument", "29/03/2023 11:14:52"),
        ("/files/crossing-borders-eismea.pdf", "Presentation EISMEA", "29/03/2023 11:15:07"),
    ],
)
add(
    "hu-015",
    url,
    t2_page(
        article=art(h1, "15.03.2023", c, files, img="cr0ssb0rd3"), latest=LATEST_OLD, breadcrumb_current=h1, seed=1415
    ),
    record(
        id="hu-015",
        url=url,
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
            sp("Roberta Maffei", "Policy Analyst", "DG REGIO, European Commission"),
            sp("Johan Vandenbroucke", "Programme Officer", "EISMEA"),
            sp("Klára Dvořáková", "International Relations Manager", "Moravian-Silesian Automotive Cluster"),
            sp("Xabier Urrutia", "Head of Internationalisation", "SPRI"),
        ],
        assets=[
            asset(
                "Presentation DG REGIO - I3 instrument",
                f"{N}/files/crossing-borders-dg-regio.pdf",
                prague_created("29/03/2023 11:14:52"),
            ),
            asset(
                "Presentation EISMEA", f"{N}/files/crossing-borders-eismea.pdf", prague_created("29/03/2023 11:15:07")
            ),
        ],
        notes="Real nca.cz heading with the typo 'Instrumets' and Clock date (15.03.2023, from the nca.cz sidebar); quoted title spelled correctly (title = quoted). 22 March 2023 "
        "is before the 26 March switch (+01:00); speaker lines without bullets in one <br> paragraph; 'UPDATE' line; Created 29/03/2023 after the switch (+02:00).",
    ),
)

# ---------------------------------------------------------------- hu-016 NOT an event: label news (en)
url = f"{N}/news/four-czech-clusters-receive-the-ecei-gold-and-silver-labels"
h1 = "Four Czech clusters receive the ECEI Gold and Silver labels"
c = (
    "<p>Four member clusters of the NCA have successfully passed the benchmarking of the European Cluster Excellence Initiative (ECEI) this spring. Two of them received "
    "the Gold label, which is valid for two years, and two the Silver label.</p>\n"
    "<p>The assessments took place between February and April 2024 and were carried out by accredited ESCA benchmarking experts. NCA helped the clusters prepare their "
    "documentation and will organise a short workshop for other members interested in the labelling in autumn.</p>\n"
    "<p>“The label is not a goal in itself, but it is a good mirror for the management of a cluster,” says Ondřej Veselý, chairman of NCA.</p>\n"
    "<p>Congratulations to all four teams!</p>\n"
)
add(
    "hu-016",
    url,
    t2_page(article=art(h1, "06.05.2024", c, img="ec3ilab3l5"), latest=LATEST, breadcrumb_current=h1, seed=1416),
    record(
        id="hu-016",
        url=url,
        template="T2",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: nca.cz news on cluster labels (plausible reconstruction); assessment period, label validity, a workshop 'in autumn' without date, a quoted person.",
    ),
)

# ---------------------------------------------------------------- hu-017 CmR Katowice report (en)
url = f"{N}/news/we-went-to-katowice-to-attend-the-clusters-meet-regions"
h1 = "We went to Katowice to attend the Clusters Meet Regions"
c = (
    "<p>NCA representatives travelled to Silesia to take part in the Clusters meet Regions workshop, which the European Cluster Collaboration Platform organised in Katowice "
    "on 9 and 10 November 2022 together with the Marshal’s Office of the Silesian Voivodeship.</p>\n"
    "<p>The topic of the workshop was the just transition of coal regions, which is very close to the situation of the Moravian-Silesian and Ústí regions. On the first day, "
    "Jakub Nowicki, Director of the Department of Economy of the Marshal’s Office of the Silesian Voivodeship, presented the regional strategy, and Lenka Pospíšilová, "
    "project manager of NCA, spoke about the role of Czech clusters in the Just Transition Fund. The panel of cluster managers was moderated by Marco Bellini from the ECCP.</p>\n"
    "<p>On the second day the participants visited the Silesian Science and Technology Park and a former mine that is now a cultural centre.</p>\n"
    "<p>We thank the organisers for an excellent workshop and look forward to the next edition in 2023.</p>\n"
)
add(
    "hu-017",
    url,
    t2_page(article=art(h1, "15.11.2022", c, img="k4t0w1c3zz"), latest=LATEST_OLD, breadcrumb_current=h1, seed=1417),
    record(
        id="hu-017",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2022-11-09",
        end="2022-11-10",
        speakers=[
            sp(
                "Jakub Nowicki", "Director of the Department of Economy", "Marshal’s Office of the Silesian Voivodeship"
            ),
            sp("Lenka Pospíšilová", "project manager", "NCA"),
            sp("Marco Bellini", None, "ECCP"),
        ],
        notes="Real nca.cz heading and Clock date (15.11.2022, from the nca.cz sidebar); the Katowice dates (9-10 November 2022, consistent with the sidebar of hu-004) and "
        "all text and people are reconstructions. Report: 'on 9 and 10 November 2022' (dates only); title = heading; 'Name, Role of Org' and 'Name, role of NCA' in prose; "
        "moderator 'from the ECCP' (role null); 'in 2023' not a date; curly apostrophe in the organisation.",
    ),
)

# ---------------------------------------------------------------- hu-018 Talk support programmes (cs)
url = f"{N}/aktuality/pozvanka-eu-clusters-talk-podpurne-programy-a-financovani-klastru-21-unora-2024"
h1 = "Pozvánka: EU Clusters Talk o podpůrných programech a financování klastrů, 21. února 2024"
c = (
    "<p>Evropská platforma pro klastrovou spolupráci (ECCP) pořádá jménem Evropské komise, GŘ GROW, další online setkání ze série EU Clusters Talks s názvem "
    "„Support programmes and funding schemes: Cluster policies in the EU“.</p>\n"
    "<p>Setkání se uskuteční <strong>ve středu 21. února 2024 od 8:30 do 9:45 CET</strong>. Jednacím jazykem je angličtina.</p>\n"
    "<p>Diskuse se bude věnovat tomu, jak členské státy a regiony podporují své klastry a jak tato podpora navazuje na nástroje EU. Vystoupí:</p>\n"
    "<ul>\n<li>Ulrike Brandstätter – vedoucí sektoru klastrové politiky, GŘ GROW, Evropská komise</li>\n"
    "<li>Pieter-Jan Claeys – senior poradce, VLAIO</li>\n<li>Katarzyna Grabowska – expertka, PARP</li>\n"
    "<li>Matteo Ricciardi – ředitel, Cluster Tecnologico Nazionale Energia (Eurocluster INGENIOUS)</li>\n</ul>\n"
    "<p>Za českou stranu se zapojí Martina Holubová, ředitelka odboru podnikání MPO.</p>\n"
    "<p>Registrace je otevřena do 19. února 2024 na stránkách ECCP.</p>\n"
)
add(
    "hu-018",
    url,
    czech(
        t2_page(
            article=art(h1, "12.02.2024", c, img="cz21unora24"),
            latest=LATEST,
            breadcrumb_current=h1,
            seed=1418,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hu-018",
        url=url,
        template="T2",
        lang="cs",
        is_event=True,
        title="Support programmes and funding schemes: Cluster policies in the EU",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-02-21", "08:30"),
        end=bx("2024-02-21", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Ulrike Brandstätter", "vedoucí sektoru klastrové politiky", "GŘ GROW, Evropská komise"),
            sp("Pieter-Jan Claeys", "senior poradce", "VLAIO"),
            sp("Katarzyna Grabowska", "expertka", "PARP"),
            sp("Matteo Ricciardi", "ředitel", "Cluster Tecnologico Nazionale Energia", "INGENIOUS"),
            sp("Martina Holubová", "ředitelka odboru podnikání", "MPO"),
        ],
        euroclusters=["INGENIOUS"],
        notes="Czech nca.cz copy of the real Talk of hu-002 (speakers as there, written in Czech; the MPO discussant invented). Czech chrome; English title in „…“; "
        "'ve středu 21. února 2024 od 8:30 do 9:45 CET' (+01:00); list 'Name – role, Org (Eurocluster X)'; discussant in prose 'Name, role Org' (role and organisation); "
        "deadline 'do 19. února 2024' and Clock 12.02.2024 not the event.",
    ),
)

# ---------------------------------------------------------------- hu-019 CmR Prague (cs)
url = f"{N}/aktuality/clusters-meet-regions-v-praze-23-24-rijna-2023"
h1 = "Clusters meet Regions v Praze, 23.–24. října 2023"
c = (
    "<p>Po Košicích a Lyonu míří workshop Clusters meet Regions Evropské platformy pro klastrovou spolupráci do Prahy. Uskuteční se <strong>23. a 24. října 2023</strong> "
    "a NCA jej spolupořádá s Ministerstvem průmyslu a obchodu a agenturou CzechInvest.</p>\n"
    "<p>Tématem je transformace tradičních průmyslových odvětví a role klastrů v uhelných regionech. První den proběhne konference v centru Prahy, druhý den exkurze "
    "do členských firem a setkání klastrů se zástupci krajů.</p>\n"
    "<p>Mezi řečníky bude i náš předseda Ondřej Veselý.</p>\n"
    "<p>Účast je bezplatná, registrace je otevřena do 13. října 2023. Program najdete v příloze.</p>\n"
)
files = t2_files(
    "Přílohy", [("/files/cmr-praha-2023-program.pdf", "Program Clusters meet Regions Praha", "02/10/2023 09:41:20")]
)
add(
    "hu-019",
    url,
    czech(
        t2_page(
            article=art(h1, "02.10.2023", c, files, img="cmrpraha23"),
            latest=LATEST_OLD,
            breadcrumb_current=h1,
            seed=1419,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hu-019",
        url=url,
        template="T2",
        lang="cs",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2023-10-23",
        end="2023-10-24",
        speakers=[sp("Ondřej Veselý", "předseda", None)],
        assets=[
            asset(
                "Program Clusters meet Regions Praha",
                f"{N}/files/cmr-praha-2023-program.pdf",
                prague_created("02/10/2023 09:41:20"),
            )
        ],
        notes="Czech nca.cz invitation to the real Prague edition of hu-007 (text reconstructed). Heading '23.–24. října 2023', body '23. a 24. října 2023' (dates only); no quoted "
        "title: title = heading; 'náš předseda Name' (role, organisation null); deadline 'do 13. října 2023' not the event; Czech files heading 'Přílohy', Created 02/10/2023 (+02:00).",
    ),
)

# ---------------------------------------------------------------- hu-020 NOT an event: call news (cs)
url = f"{N}/aktuality/vyzva-spoluprace-klastry-op-tak-2024"
h1 = "Výzva Spolupráce – Klastry v OP TAK je otevřena"
c = (
    "<p>Ministerstvo průmyslu a obchodu vyhlásilo novou výzvu programu Spolupráce – Klastry v rámci OP TAK. Žádosti lze podávat od 15. dubna 2024 do 31. července 2024.</p>\n"
    "<p>Podporovány budou projekty rozvoje klastrových organizací, společný výzkum členů klastru a internacionalizace, včetně účasti na akcích Evropské platformy "
    "pro klastrovou spolupráci. Alokace výzvy činí 600 mil. Kč.</p>\n"
    "<p>NCA pro své členy připravuje konzultace k výzvě. Zájemci se mohou hlásit na sekretariátu.</p>\n"
)
add(
    "hu-020",
    url,
    czech(
        t2_page(
            article=art(h1, "10.04.2024", c, img="optak2024x"),
            latest=LATEST,
            breadcrumb_current=h1,
            seed=1420,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hu-020",
        url=url,
        template="T2",
        lang="cs",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: Czech nca.cz news on a national call (plausible reconstruction); call period 15. dubna – 31. července 2024, allocation, consultations without date.",
    ),
)
