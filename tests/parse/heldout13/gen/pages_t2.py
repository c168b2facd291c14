"""T2 — nca.cz (Modus) news pages, English and Czech (hv-012 … hv-020). Page bodies written new for heldout13."""

from __future__ import annotations

from common import asset, bx, page_adder, prague_created, record, sp, t2_files, t2_latest, t2_page

PAGES: list[dict] = []
add = page_adder(PAGES)

LATEST_EN = [
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
    (
        "29.04.2024",
        "/news/european-cluster-conference-2024-takes-place-in-brussels/",
        "European Cluster Conference 2024 takes place in Brussels",
    ),
    (
        "17.04.2024",
        "/news/innovation-through-integration-how-to-create-and-engage-a-meta-cluster-eu-cluster-talk-24-april-2024/",
        "Innovation through integration: How to create and engage a meta-cluster, EU Cluster Talk, 24 APRIL 2024",
    ),
    (
        "15.11.2022",
        "/news/we-went-to-katowice-to-attend-the-clusters-meet-regions",
        "We went to Katowice to attend the Clusters Meet Regions",
    ),
    ("04.10.2022", "/news/european-cluster-conference-2022-in-prague/", "European Cluster Conference 2022 in Prague"),
]
LATEST_CS = [
    ("12.12.2024", "/aktuality/nca-vydala-katalog-ceskych-klastru-2024", "NCA vydala Katalog českých klastrů 2024"),
    (
        "01.10.2024",
        "/aktuality/clusters-meet-regions-v-kisineve-24-25-rijna-2024",
        "Clusters meet Regions v Kišiněvě, Moldavsko, 24.–25. října 2024",
    ),
    (
        "10.04.2024",
        "/aktuality/pozvanka-na-eu-clusters-talk-autonomie-inovace-a-bezpecnost-17-dubna-2024",
        "Pozvánka na EU Clusters Talk: Autonomie, inovace a bezpečnost v letectví a obraně, 17. dubna 2024",
    ),
    ("28.02.2024", "/aktuality/valna-hromada-nca-2024", "Valná hromada NCA 2024"),
]


def latest(items, skip_href):
    return t2_latest([i for i in items if i[1] != skip_href][:5])


def article(h1: str, stamp: str, content: str, files: str = "", img: str = "") -> str:
    return (
        f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n'
        f'  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{stamp}</div>\n'
        f'  <div class="news-detail__image"><img src="/files/thumbs/{img or "news"}.jpg" alt="" width="770" height="400" loading="lazy"></div>\n'
        f'  <div class="news-detail__content wysiwyg">\n{content}\n  </div>\n{files}</article>\n'
    )


def crumb(h1: str) -> str:
    return h1 if len(h1) <= 60 else h1[:59] + "…"


def czech(html: str) -> str:
    """Czech chrome of the nca.cz site."""
    for a, b in [
        ('<a href="/en">Home</a>', '<a href="/">Úvod</a>'),
        ('<h2 class="box__title">Latest news</h2>', '<h2 class="box__title">Nejnovější aktuality</h2>'),
        ('href="/en/news/">All news</a>', 'href="/aktuality/">Všechny aktuality</a>'),
        (" Back to news</a>", " Zpět na aktuality</a>"),
        ('href="/en/news/"', 'href="/aktuality/"'),
        (
            "News from Czech clusters and from European cluster policy, about once a month.",
            "Novinky z českých klastrů a evropské klastrové politiky zhruba jednou měsíčně.",
        ),
        ('placeholder="Your e-mail"', 'placeholder="Váš e-mail"'),
        (">Subscribe</button>", ">Odebírat</button>"),
        (
            '<a href="/" hreflang="cs">CZ</a><a href="/en" hreflang="en" class="is-active">EN</a>',
            '<a href="/" hreflang="cs" class="is-active">CZ</a><a href="/en" hreflang="en">EN</a>',
        ),
        (">About us</a>", ">O nás</a>"),
        (">Members</a>", ">Členové</a>"),
        (">Services</a>", ">Služby</a>"),
        (">Events</a>", ">Akce</a>"),
        (">Contact</a>", ">Kontakt</a>"),
        (">Contact us</a>", ">Kontaktujte nás</a>"),
        (">Who we are</a>", ">Kdo jsme</a>"),
        (">Board</a>", ">Představenstvo</a>"),
        (">Projects</a>", ">Projekty</a>"),
        (">Annual reports</a>", ">Výroční zprávy</a>"),
        (">Member clusters</a>", ">Členské klastry</a>"),
        (">How to join</a>", ">Jak se stát členem</a>"),
        (">Quick links</h3>", ">Rychlé odkazy</h3>"),
        (">Follow us</h3>", ">Sledujte nás</h3>"),
        (">Privacy</a>", ">Ochrana osobních údajů</a>"),
        (
            "The National Cluster Association brings together cluster organisations from across the Czech Republic and represents them at home and in Europe.",
            "Národní klastrová asociace sdružuje klastrové organizace z celé České republiky a zastupuje je doma i v Evropě.",
        ),
        (
            "This website uses cookies for analytics. You can allow them or keep only the ones the site needs to work.",
            "Tento web používá soubory cookies pro analýzu návštěvnosti. Můžete je povolit, nebo ponechat jen ty nezbytné.",
        ),
        (">Allow all</button>", ">Povolit vše</button>"),
        (">Necessary only</button>", ">Jen nezbytné</button>"),
        ('placeholder="Search"', 'placeholder="Hledat"'),
        (">News</a>", ">Aktuality</a>"),
        (">Cluster excellence</a>", ">Klastrová excelence</a>"),
        (">Internationalisation</a>", ">Internacionalizace</a>"),
        (">Training</a>", ">Vzdělávání</a>"),
        ('"lang":"en"', '"lang":"cs"'),
    ]:
        html = html.replace(a, b)
    return html


TALK_EN = (
    "<p>This event is part of the regular online meetings brought to the cluster community by the European Cluster Collaboration Platform. They offer insights into "
    "current industrial policy, cluster projects and funding opportunities, and a space to discuss cluster-relevant topics.</p>"
)

# ---------------------------------------------------------------------------------------------------------- hv-012
url = "https://www.nca.cz/news/clusters-meet-regions-graz-austria-18-19-june-2024/"
h1 = "Clusters meet Regions - Graz, Austria, 18 - 19 June 2024"
content = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, invites cluster organisations and regional authorities to the Clusters meet Regions "
    "workshop in Graz, Austria, on 18 - 19 June 2024.</p>\n"
    "<p>The workshop is co-organised with the Styrian Business Promotion Agency SFG and will focus on the green transition of manufacturing SMEs and on interregional "
    "cooperation between clusters. The first day offers a policy workshop, the second day site visits and a matchmaking session.</p>\n"
    "<p>Among the speakers:<br>\n"
    "- Barbara Eibinger-Miedl, Regional Minister for Economy, Province of Styria;<br>\n"
    "- Veronika Strasser, Policy Officer, DG GROW, European Commission;<br>\n"
    "- Franz Leitgeb, CEO, ACstyria Mobilitätscluster.</p>\n"
    "<p>Czech cluster organisations interested in taking part can contact NCA. Registration is open until 7 June via "
    '<a href="https://eccp-cmr-graz.b2match.io/">b2match</a>.</p>'
)
files = t2_files(
    "Attachments",
    [("/files/cmr-graz-2024-draft-agenda.pdf", "Draft agenda - Clusters meet Regions Graz", "05/06/2024 14:12:09")],
)
html = t2_page(
    article=article(h1, "05.06.2024", content, files, "k8f2m1q0za"),
    latest=latest(LATEST_EN, "/news/clusters-meet-regions-graz-austria-18-19-june-2024/"),
    breadcrumb_current=crumb(h1),
    seed=1312,
)
add(
    "hv-012",
    url,
    html,
    record(
        id="hv-012",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        speakers=[
            sp("Barbara Eibinger-Miedl", "Regional Minister for Economy", "Province of Styria"),
            sp("Veronika Strasser", "Policy Officer", "DG GROW, European Commission"),
            sp("Franz Leitgeb", "CEO", "ACstyria Mobilitätscluster"),
        ],
        assets=[
            asset(
                "Draft agenda - Clusters meet Regions Graz",
                "https://www.nca.cz/files/cmr-graz-2024-draft-agenda.pdf",
                prague_created("05/06/2024 14:12:09"),
            )
        ],
        notes="Real nca.cz heading and Clock-icon date (05.06.2024, from the nca.cz sidebar) for the edition of hv-003; text and speakers reconstructed. No quoted title: title = heading "
        "with its date; spaced hyphen '18 - 19 June 2024' (dates only); 'Among the speakers:' then '- ' lines in one <br> paragraph with ';' endings and a final '.'; "
        "'until 7 June' not the event; Created 05/06/2024 (+02:00).",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-013
url = "https://www.nca.cz/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024"
h1 = "Invitation for the Clusters meet Regions Chișinău, Moldova, 24 - 25 October 2024"
content = (
    "<p>The European Cluster Collaboration Platform (ECCP) invites you to the Clusters meet Regions workshop “Clusters for resilient value chains: connecting Moldova to the EU Single Market”, "
    "which will take place in Chișinău, Moldova, on 24 and 25 October 2024.</p>\n"
    "<p>Moldova joined the Single Market Programme in 2022, and its young cluster organisations in agri-food, ICT, textiles and wine are looking for partners in the EU. "
    "The workshop, organised with the Organisation for the Development of Entrepreneurship (ODA), will present the Moldovan cluster landscape, discuss how clusters can help "
    "SMEs enter European value chains and offer a matchmaking session.</p>\n"
    "<p>The agenda is available below; the list of speakers will be published on the ECCP website. Participation is free, but places are limited – please register by 15 October 2024.</p>\n"
    "<p>Update: the list of participants has been added to the attachments.</p>"
)
files = t2_files(
    "Attachments",
    [
        ("/files/cmr-chisinau-agenda.pdf", "Agenda - Clusters meet Regions Chisinau", "30/09/2024 11:05:42"),
        (
            "/files/cmr-chisinau-participants.pdf",
            "List of participants - Clusters meet Regions Chisinau",
            "04/11/2024 09:31:18",
        ),
    ],
)
html = t2_page(
    article=article(h1, "30.09.2024", content, files, "c7d1k0mq2x"),
    latest=latest(LATEST_EN, "/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024"),
    breadcrumb_current=crumb(h1),
    seed=1313,
)
add(
    "hv-013",
    url,
    html,
    record(
        id="hv-013",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Clusters for resilient value chains: connecting Moldova to the EU Single Market",
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-10-24",
        end="2024-10-25",
        assets=[
            asset(
                "Agenda - Clusters meet Regions Chisinau",
                "https://www.nca.cz/files/cmr-chisinau-agenda.pdf",
                prague_created("30/09/2024 11:05:42"),
            ),
            asset(
                "List of participants - Clusters meet Regions Chisinau",
                "https://www.nca.cz/files/cmr-chisinau-participants.pdf",
                prague_created("04/11/2024 09:31:18"),
            ),
        ],
        notes="Real nca.cz heading and date (30.09.2024, from the nca.cz sidebar; edition 24-25 October 2024); the workshop title and text are reconstructions. Quoted workshop title differs "
        "from the heading (title = quoted); heading with diacritic 'Chișinău' and spaced hyphen, body 'on 24 and 25 October 2024' (dates only); 'in 2022' and deadline 15 October 2024 "
        "not the event; no speakers yet; Created 30/09/2024 (+02:00) and 04/11/2024 (after the 27 October switch, +01:00).",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-014
url = "https://www.nca.cz/news/from-policy-to-practice-the-clean-industrial-deal-in-action"
h1 = "From Policy to Practice: The Clean Industrial Deal in Action"
content = (
    "<p>The EU Clusters Talk “From Policy to Practice: The Clean Industrial Deal in Action” took place on 12 March 2025 from 8:30 to 9:45 CET. More than 250 participants followed "
    "the discussion on what the Clean Industrial Deal means for energy-intensive industries and clean-tech manufacturers.</p>\n"
    "<p>Speakers:</p>\n"
    "<p>Karolina Dąbrowska, Deputy Head of Unit, DG GROW, European Commission.</p>\n"
    "<p>Mathieu Lefèvre, Project Manager, Pôle MecaTech, JEWEL Eurocluster.</p>\n"
    "<p>Anneke Visser, Programme Lead Hydrogen, Energy Valley.</p>\n"
    "<p>Stavros Kalogeropoulos, Cluster Manager, Corallia, PowerUp NetZero Eurocluster.</p>\n"
    "<p>The summary and the presentations of the speakers can be downloaded below. The next EU Clusters Talk will be announced on our website.</p>\n"
    + TALK_EN
)
files = t2_files(
    "Summary and presentations",
    [
        (
            "/files/eu-clusters-talk-12-03-2025-summary.pdf",
            "Summary - EU Clusters Talk 12 March 2025",
            "20/03/2025 10:14:33",
        ),
        (
            "/files/eu-clusters-talk-12-03-2025-presentations.pdf",
            "Presentations - Clean Industrial Deal in Action",
            "20/03/2025 10:14:35",
        ),
    ],
)
html = t2_page(
    article=article(h1, "20.03.2025", content, files, "p0l1cy2pr4"),
    latest=latest(LATEST_EN, "/news/from-policy-to-practice-the-clean-industrial-deal-in-action"),
    breadcrumb_current=crumb(h1),
    seed=1314,
)
add(
    "hv-014",
    url,
    html,
    record(
        id="hv-014",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="From Policy to Practice: The Clean Industrial Deal in Action",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2025-03-12", "08:30"),
        end=bx("2025-03-12", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Karolina Dąbrowska", "Deputy Head of Unit", "DG GROW, European Commission"),
            sp("Mathieu Lefèvre", "Project Manager", "Pôle MecaTech", "JEWEL"),
            sp("Anneke Visser", "Programme Lead Hydrogen", "Energy Valley"),
            sp("Stavros Kalogeropoulos", "Cluster Manager", "Corallia", "PowerUp NetZero"),
        ],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        assets=[
            asset(
                "Summary - EU Clusters Talk 12 March 2025",
                "https://www.nca.cz/files/eu-clusters-talk-12-03-2025-summary.pdf",
                prague_created("20/03/2025 10:14:33"),
            ),
            asset(
                "Presentations - Clean Industrial Deal in Action",
                "https://www.nca.cz/files/eu-clusters-talk-12-03-2025-presentations.pdf",
                prague_created("20/03/2025 10:14:35"),
            ),
        ],
        notes="Real nca.cz heading and date (20.03.2025, from the nca.cz sidebar) for the Talk of hv-002 (speakers reconstructed, consistent with hv-002). Post-event report: 'took place on "
        "12 March 2025 from 8:30 to 9:45 CET' (+01:00); heading = quoted title; one <p> per speaker 'Name, Role, Org[, X Eurocluster].'; '250 participants' not a date; "
        "Created 20/03/2025 (+01:00, before the 30 March switch).",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-015
url = "https://www.nca.cz/news/autonomy-innovation-and-security-eu-strategies-for-aerospace-and-defence-eu-clusters-talk-17-april-2024"
h1 = "Autonomy, innovation and security: EU strategies for Aerospace and Defence - EU Clusters Talk, 17 April 2024"
content = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Autonomy, innovation and security: EU strategies for "
    "Aerospace and Defence” on 17 April 2024, 8:30 – 9:45 CET.</p>\n"
    "<p>Europe wants a stronger and more integrated defence industry. What does this mean for the thousands of SMEs in aerospace and defence supply chains, and how can clusters help them "
    "grow into these markets? The Talk presents the European Defence Industrial Strategy and the experience of two Euroclusters.</p>\n"
    "<p>Speakers:<br>\n"
    "- Tomasz Wilczek, Policy Officer, DG DEFIS, European Commission;<br>\n"
    "- Hélène Bastard-Rey, Head of European Affairs, Aerospace Valley, METASTARS Eurocluster;<br>\n"
    "- Paolo Cattaneo, Project Coordinator, DLTM, LEVIATAD Eurocluster;<br>\n"
    "- Irena Mlakar, Managing Director, Slovenian Aerospace and Defence Cluster.</p>\n"
    "<p>Registration: https://clustercollaboration.eu/content/eu-clusters-talk-autonomy-innovation-and-security-eu-strategies-aerospace-and</p>\n"
    + TALK_EN
)
html = t2_page(
    article=article(h1, "10.04.2024", content, "", "a3r0d3f3n5"),
    latest=latest(LATEST_EN, ""),
    breadcrumb_current=crumb(h1),
    seed=1315,
)
add(
    "hv-015",
    url,
    html,
    record(
        id="hv-015",
        url=url,
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
            sp("Tomasz Wilczek", "Policy Officer", "DG DEFIS, European Commission"),
            sp("Hélène Bastard-Rey", "Head of European Affairs", "Aerospace Valley", "METASTARS"),
            sp("Paolo Cattaneo", "Project Coordinator", "DLTM", "LEVIATAD"),
            sp("Irena Mlakar", "Managing Director", "Slovenian Aerospace and Defence Cluster"),
        ],
        euroclusters=["LEVIATAD", "METASTARS"],
        notes="nca.cz copy of the real Talk of hv-001 (heading and Clock date 10.04.2024 reconstructed in nca.cz style; speakers as in hv-001, written differently: 'DG DEFIS', 'DLTM'). "
        "'CET' on 17 April (+02:00); heading 'Title - EU Clusters Talk, 17 April 2024', quoted title in the body; 'Speakers:' then '- ' lines in one <br> paragraph; registration URL as "
        "plain text; no moderator line on this copy; no attachments.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-016
url = "https://www.nca.cz/news/european-cluster-conference-2022-in-prague/"
h1 = "European Cluster Conference 2022 in Prague"
content = (
    "<p>We are pleased to announce that the European Cluster Conference 2022 will be held in Prague on 13 and 14 October 2022, as one of the official events of the Czech Presidency "
    "of the Council of the European Union. The conference is organised by the European Commission together with the Ministry of Industry and Trade of the Czech Republic, "
    "and NCA has been involved in preparing the programme.</p>\n"
    "<p>The conference will discuss the Euroclusters launched in September, the update of the EU Industrial Strategy and cooperation "
    "with Ukrainian clusters.</p>\n"
    "<p>The conference will be opened by Radek Šimůnek, Deputy Minister, Ministry of Industry and Trade of the Czech Republic, and Dana Kovářová, Head of Unit, DG GROW, European Commission. "
    "NCA’s chairman Pavel Kubíček will moderate the panel on cluster internationalisation.</p>\n"
    "<p>Programme and practical information are in the attachment. Czech cluster organisations can still ask NCA for places in the national delegation until 7 October.</p>"
)
files = t2_files(
    "Attachments",
    [("/files/ecc-2022-prague-programme.pdf", "European Cluster Conference 2022 - programme", "04/10/2022 16:20:51")],
)
html = t2_page(
    article=article(h1, "04.10.2022", content, files, "e2c0p2r4g8"),
    latest=latest(LATEST_EN, "/news/european-cluster-conference-2022-in-prague/"),
    breadcrumb_current=crumb(h1),
    seed=1316,
)
add(
    "hv-016",
    url,
    html,
    record(
        id="hv-016",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="European Cluster Conference",
        start="2022-10-13",
        end="2022-10-14",
        speakers=[
            sp("Radek Šimůnek", "Deputy Minister", "Ministry of Industry and Trade of the Czech Republic"),
            sp("Dana Kovářová", "Head of Unit", "DG GROW, European Commission"),
            sp("Pavel Kubíček", "chairman", "NCA"),
        ],
        assets=[
            asset(
                "European Cluster Conference 2022 - programme",
                "https://www.nca.cz/files/ecc-2022-prague-programme.pdf",
                prague_created("04/10/2022 16:20:51"),
            )
        ],
        notes="Real nca.cz heading and date (04.10.2022, from the nca.cz sidebar); the conference dates (13-14 October 2022), motto, text and people are reconstructions (not verified). "
        "'on 13 and 14 October 2022' (dates only); title = heading (no quoted title); 'NCA’s chairman Name' gives role and "
        "organisation; 'in September', 'until 7 October' not dates of the event; generic 'Euroclusters' names none; Created 04/10/2022 (+02:00).",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-017 (non-event)
url = "https://www.nca.cz/news/czech-clusters-among-partners-of-the-new-euroclusters"
h1 = "Czech clusters among partners of the new Euroclusters"
content = (
    "<p>The results of the Single Market Programme call for Euroclusters (SMP-COSME-2024-CLUSTER) are known: two Czech cluster organisations are partners in the newly selected consortia. "
    "The Moravian-Silesian Energy Cluster joins JEWEL, which supports net-zero manufacturing, and the Czech Hydrogen Technology Platform cluster takes part in PowerUp NetZero.</p>\n"
    "<p>Both projects started on 1 December 2024 and will run for 36 months. During this time they will open calls for SMEs offering vouchers for innovation, internationalisation "
    "and training. The first calls are expected in spring 2025.</p>\n"
    "<p>“It is a great success for our members,” said Lucie Zelená, executive director of NCA. NCA will inform its members about the calls as soon as they are published.</p>\n"
    '<p>An overview of all selected Euroclusters is available in the <a href="/files/euroclusters-2024-overview.pdf">attached document</a>.</p>'
)
html = t2_page(
    article=article(h1, "14.01.2025", content, "", "e4c1u5t3r2"),
    latest=latest(LATEST_EN, ""),
    breadcrumb_current=crumb(h1),
    seed=1317,
)
add(
    "hv-017",
    url,
    html,
    record(
        id="hv-017",
        url=url,
        template="T2",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["JEWEL", "PowerUp NetZero"],
        notes="NOT an event: nca.cz news on call results (plausible reconstruction); project start date, 36 months, 'spring 2025', a quoted person and a PDF (not listed, non-event); "
        "names JEWEL and PowerUp NetZero.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-018 (cs)
url = "https://www.nca.cz/aktuality/pozvanka-na-eu-clusters-talk-autonomie-inovace-a-bezpecnost-17-dubna-2024"
h1 = "Pozvánka na EU Clusters Talk: Autonomie, inovace a bezpečnost v letectví a obraně, 17. dubna 2024"
content = (
    "<p>Evropská platforma pro klastrovou spolupráci (ECCP) pořádá jménem Evropské komise online setkání EU Clusters Talk „Autonomy, innovation and security: EU strategies for Aerospace and Defence“, "
    "které se uskuteční ve středu 17. dubna 2024 od 8:30 do 9:45 CET.</p>\n"
    "<p>Evropská komise v březnu představila první evropskou strategii pro obranný průmysl. Jak se do dodavatelských řetězců zapojí malé a střední podniky a jakou roli v tom mohou hrát klastry? "
    "Setkání představí strategii a zkušenosti dvou Euroklastrů.</p>\n"
    "<p>Vystoupí:</p>\n<ul>\n"
    "<li>Tomasz Wilczek – Evropská komise, GŘ DEFIS</li>\n"
    "<li>Hélène Bastard-Rey – vedoucí pro evropské záležitosti, Aerospace Valley (Eurocluster METASTARS)</li>\n"
    "<li>Paolo Cattaneo – koordinátor projektu, Distretto Ligure delle Tecnologie Marine (Eurocluster LEVIATAD)</li>\n"
    "<li>Irena Mlakar – ředitelka, Slovenian Aerospace and Defence Cluster</li>\n</ul>\n"
    "<p>Diskusi doplní Jana Horáková, projektová manažerka NCA.</p>\n"
    "<p>Setkání probíhá v angličtině. Registrace je otevřena do 16. dubna na stránkách ECCP.</p>"
)
html = czech(
    t2_page(
        article=article(h1, "10.04.2024", content, "", "a3r0d3f3c5"),
        latest=latest(
            LATEST_CS, "/aktuality/pozvanka-na-eu-clusters-talk-autonomie-inovace-a-bezpecnost-17-dubna-2024"
        ),
        breadcrumb_current=crumb(h1),
        seed=1318,
        lang="cs",
        section=("Aktuality", "/aktuality/"),
    )
)
add(
    "hv-018",
    url,
    html,
    record(
        id="hv-018",
        url=url,
        template="T2",
        lang="cs",
        is_event=True,
        title="Autonomy, innovation and security: EU strategies for Aerospace and Defence",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-17", "08:30"),
        end=bx("2024-04-17", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Tomasz Wilczek", None, "Evropská komise, GŘ DEFIS"),
            sp("Hélène Bastard-Rey", "vedoucí pro evropské záležitosti", "Aerospace Valley", "METASTARS"),
            sp("Paolo Cattaneo", "koordinátor projektu", "Distretto Ligure delle Tecnologie Marine", "LEVIATAD"),
            sp("Irena Mlakar", "ředitelka", "Slovenian Aerospace and Defence Cluster"),
            sp("Jana Horáková", "projektová manažerka", "NCA"),
        ],
        euroclusters=["LEVIATAD", "METASTARS"],
        notes="Czech nca.cz copy of the real Talk of hv-001 (speakers as there; the NCA discussant invented). Czech chrome; English title in „…“; 've středu 17. dubna 2024 od 8:30 do 9:45 CET' "
        "(+02:00); list 'Name – role, Org (Eurocluster X)'; the first line has no role ('Name – Evropská komise, GŘ DEFIS'); discussant in prose 'Diskusi doplní Name, role NCA' "
        "(role and organisation); 'v březnu', 'do 16. dubna' not the event; generic 'Euroklastrů' names none.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-019 (cs)
url = "https://www.nca.cz/aktuality/clusters-meet-regions-v-kisineve-24-25-rijna-2024"
h1 = "Clusters meet Regions v Kišiněvě, Moldavsko, 24.–25. října 2024"
content = (
    "<p>Evropská platforma pro klastrovou spolupráci zve na workshop Clusters meet Regions „Clusters for resilient value chains: connecting Moldova to the EU Single Market“, "
    "který se koná ve dnech 24. a 25. října 2024 v Kišiněvě.</p>\n"
    "<p>Moldavsko se v roce 2022 zapojilo do Programu pro jednotný trh a tamní klastry v oblasti zemědělství a potravin, ICT, textilu a vinařství hledají partnery v EU. "
    "Workshop nabídne prezentace, diskusi o zapojení malých a středních podniků do evropských hodnotových řetězců a individuální B2B schůzky.</p>\n"
    "<p>Za NCA vystoupí v panelu o mezinárodní spolupráci klastrů náš předseda Pavel Kubíček. Pokud máte o účast zájem, ozvěte se nám do 10. října 2024.</p>"
)
files = t2_files(
    "Přílohy",
    [("/files/cmr-chisinau-program-cz.pdf", "Program workshopu Clusters meet Regions Kišiněv", "01/10/2024 08:45:10")],
)
html = czech(
    t2_page(
        article=article(h1, "01.10.2024", content, files, "k1s1n3v0cz"),
        latest=latest(LATEST_CS, "/aktuality/clusters-meet-regions-v-kisineve-24-25-rijna-2024"),
        breadcrumb_current=crumb(h1),
        seed=1319,
        lang="cs",
        section=("Aktuality", "/aktuality/"),
    )
)
add(
    "hv-019",
    url,
    html,
    record(
        id="hv-019",
        url=url,
        template="T2",
        lang="cs",
        is_event=True,
        title="Clusters for resilient value chains: connecting Moldova to the EU Single Market",
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-10-24",
        end="2024-10-25",
        speakers=[sp("Pavel Kubíček", "předseda", None)],
        assets=[
            asset(
                "Program workshopu Clusters meet Regions Kišiněv",
                "https://www.nca.cz/files/cmr-chisinau-program-cz.pdf",
                prague_created("01/10/2024 08:45:10"),
            )
        ],
        notes="Czech nca.cz copy of the real Chișinău edition of hv-013 (workshop title as there, reconstructed). Heading '24.–25. října 2024', body 've dnech 24. a 25. října 2024' (dates only); "
        "English title in „…“; 'náš předseda Name' (role as written, organisation null, heldout12 'our Role' convention); 'v roce 2022', 'do 10. října 2024' not the event; "
        "Czech files heading 'Přílohy', Created 01/10/2024 (+02:00).",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-020 (cs, non-event)
url = "https://www.nca.cz/aktuality/nca-vydala-katalog-ceskych-klastru-2024"
h1 = "NCA vydala Katalog českých klastrů 2024"
content = (
    "<p>Národní klastrová asociace vydala nový Katalog českých klastrů 2024. Publikace představuje 52 klastrových organizací, jejich zaměření, počet členů a kontaktní osoby, "
    "a to v češtině i angličtině.</p>\n"
    "<p>Katalog byl poprvé představen na valné hromadě NCA 21. listopadu 2024 v Brně. Tištěnou verzi budeme rozdávat na akcích, kterých se v příštím roce zúčastníme, "
    "například na Evropské klastrové konferenci.</p>\n"
    '<p>Elektronickou verzi si můžete stáhnout <a href="/files/katalog-ceskych-klastru-2024.pdf">zde</a>. Aktualizace údajů můžete zasílat do 31. ledna 2025.</p>'
)
html = czech(
    t2_page(
        article=article(h1, "12.12.2024", content, "", "k4t4l0g2cz"),
        latest=latest(LATEST_CS, "/aktuality/nca-vydala-katalog-ceskych-klastru-2024"),
        breadcrumb_current=crumb(h1),
        seed=1320,
        lang="cs",
        section=("Aktuality", "/aktuality/"),
    )
)
add(
    "hv-020",
    url,
    html,
    record(
        id="hv-020",
        url=url,
        template="T2",
        lang="cs",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: Czech nca.cz news about a publication (plausible reconstruction); a past general-assembly date, a deadline and a PDF (not listed, non-event).",
    ),
)
