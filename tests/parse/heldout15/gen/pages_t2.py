"""T2: nca.cz (Modus) copies, English and Czech (ht-012 … ht-020). Page bodies written new for heldout15."""

from common import asset, bx, page_adder, prague_created, record, sp, t2_files, t2_latest, t2_page

PAGES: list[dict] = []
add = page_adder(PAGES)
N = "https://www.nca.cz"
LATEST = t2_latest(
    [
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
            "01.02.2023",
            "/news/health-in-europe-where-does-our-ecosystem-stand-invitation-for-eu-cluster-talks-08-february-2023",
            "Health in Europe: Where does our ecosystem stand? Invitation for EU Cluster Talks 08 February 2023",
        ),
    ]
)
LATEST_CS = t2_latest(
    [
        (
            "12.02.2024",
            "/aktuality/pozvanka-eu-clusters-talk-21-unora-2024",
            "Pozvánka: EU Clusters Talk 21. února 2024",
        ),
        ("02.10.2023", "/aktuality/clusters-meet-regions-v-praze", "Clusters meet Regions v Praze"),
    ]
)


def art(h1, clock, content, files=""):
    return (
        f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{clock}</div>\n'
        f'  <div class="news-detail__content wysiwyg">\n{content}  </div>\n{files}</article>\n'
    )


def pg(h1, clock, content, seed, files="", lang="en", latest=LATEST):
    sec = ("Aktuality", "/aktuality/") if lang == "cs" else ("News", "/en/news/")
    return t2_page(
        article=art(h1, clock, content, files),
        latest=latest,
        breadcrumb_current=h1[:60] + ("…" if len(h1) > 60 else ""),
        seed=seed,
        lang=lang,
        section=sec,
    )


# ---------------------------------------------------------------- ht-012 Talk A
u = f"{N}/news/clusters-and-the-net-zero-industry-act-invitation-for-the-eu-clusters-talk-17-january-2024/"
h = "Clusters and the Net-Zero Industry Act - Invitation for the EU Clusters Talk, 17 January 2024"
T_A = "Clusters and the Net-Zero Industry Act: Scaling up clean-tech manufacturing in Europe"
c = (
    f"<p>European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “{T_A}” on 17 January 2024, 8:30 – 9:45 CET.</p>\n"
    "<p>The Talk will present the Net-Zero Industry Act and discuss how clusters can help SMEs enter clean-tech value chains.</p>\n<p>Speakers will include:</p>\n"
    "<p>- Ingrid Solheim, Policy Officer – Clean Technologies and Products, DG GROW, European Commission;<br />\n- Tomasz Wrzesiński, Cluster Manager, Silesian Clean Energy Cluster, PowerUp NetZero Eurocluster;<br />\n"
    "- Anneke de Vries, Director, Hydrogen Delta Cluster;<br />\n- Chiara Lombardelli, Head of Innovation, Energy Intensive Industries Cluster Veneto, INGENIOUS Eurocluster.</p>\n"
    "<p>Registration: https://ec.europa.eu/eusurvey/runner/EUClustersTalkNZIA</p>\n"
)
f = t2_files(
    "Attachments",
    [("/files/download/agenda-eu-clusters-talk-nzia.pdf", "Agenda EU Clusters Talk NZIA", "10/01/2024 14:22:05")],
)
add(
    "ht-012",
    u,
    pg(h, "10.01.2024", c, 1512, f),
    record(
        id="ht-012",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title=T_A,
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2024-01-17", "08:30"),
        end=bx("2024-01-17", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Ingrid Solheim", "Policy Officer – Clean Technologies and Products", "DG GROW, European Commission"),
            sp("Tomasz Wrzesiński", "Cluster Manager", "Silesian Clean Energy Cluster", "PowerUp NetZero"),
            sp("Anneke de Vries", "Director", "Hydrogen Delta Cluster"),
            sp("Chiara Lombardelli", "Head of Innovation", "Energy Intensive Industries Cluster Veneto", "INGENIOUS"),
        ],
        euroclusters=["INGENIOUS", "PowerUp NetZero"],
        assets=[
            asset(
                "Agenda EU Clusters Talk NZIA",
                f"{N}/files/download/agenda-eu-clusters-talk-nzia.pdf",
                prague_created("10/01/2024 14:22:05"),
            )
        ],
        notes="nca.cz copy of ht-001 (plausible reconstruction). '- ' lines in one <br> paragraph; winter 'CET' (+01:00); Clock 10.01.2024 and Created not the event; icon link label = title attribute, Created in Europe/Prague (+01:00); registration URL as plain text.",
    ),
)

# ---------------------------------------------------------------- ht-013 Talk B
u = f"{N}/news/space-for-clusters-eu-clusters-talk-12-june-2024/"
h = "Space for clusters: Connecting the space ecosystem with regional industries - EU Clusters Talk, 12 June 2024"
T_B = "Space for clusters: Connecting the space ecosystem with regional industries"
c = (
    f"<p>The European Cluster Collaboration Platform invites you to the EU Clusters Talk “{T_B}”, which takes place on 12 June 2024 from 10:00 to 11:30 CET.</p>\n"
    "<p>Czech space companies are among the most active in the EU Space Programme. The Talk will show how clusters connect them with customers in other industries.</p>\n"
    "<p>Jaroslav Kubáň, CEO of Czech Space Industry Cluster, a member of NCA.</p>\n<p>Hélène Marchetti, Policy Officer – Space Data Economy, DG DEFIS, European Commission.</p>\n"
    "<p>Lotte Brandsma, Programme Manager at Space Innovation Cluster Noord.</p>\n<p>Andreas Pichler, Managing Director, Aerospace Cluster Styria, METASTARS Eurocluster.</p>\n"
)
f = t2_files(
    "Attachments",
    [
        (
            "/files/download/eu-clusters-talk-space-invitation.pdf",
            "EU Clusters Talk Space - invitation",
            "03/06/2024 09:41:37",
        )
    ],
)
add(
    "ht-013",
    u,
    pg(h, "03.06.2024", c, 1513, f),
    record(
        id="ht-013",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title=T_B,
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2024-06-12", "10:00"),
        end=bx("2024-06-12", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Jaroslav Kubáň", "CEO", "Czech Space Industry Cluster"),
            sp("Hélène Marchetti", "Policy Officer – Space Data Economy", "DG DEFIS, European Commission"),
            sp("Lotte Brandsma", "Programme Manager", "Space Innovation Cluster Noord"),
            sp("Andreas Pichler", "Managing Director", "Aerospace Cluster Styria", "METASTARS"),
        ],
        euroclusters=["METASTARS"],
        assets=[
            asset(
                "EU Clusters Talk Space - invitation",
                f"{N}/files/download/eu-clusters-talk-space-invitation.pdf",
                prague_created("03/06/2024 09:41:37"),
            )
        ],
        notes="nca.cz copy of ht-002 (reconstruction). 'from 10:00 to 11:30 CET' in June (+02:00); one <p> per speaker ending '.', NCA member first with ', a member of NCA' tail (not the organisation); Created 03/06/2024 (+02:00).",
    ),
)

# ---------------------------------------------------------------- ht-014 Talk D (2022)
u = f"{N}/news/transition-pathway-for-tourism-invitation-for-eu-clusters-talks-6-july-2022"
h = "Transition Pathway for Tourism - invitation for EU Clusters Talks, 6 July 2022"
T_D = "Transition Pathway for Tourism: Clusters for a greener, more digital and resilient tourism"
c = (
    f"<p>The EU Clusters Talk “{T_D}” will take place on 6 July 2022, 8:30 – 9:30 CEST.</p>\n<p>Speakers:</p>\n"
    "<p>- Matthias Kronberger, Policy Officer – Tourism and Textiles, DG GROW, European Commission;<br />\n- Elena Kostadinova, Managing Director, Black Sea Tourism Cluster, EU Rural Tourism Eurocluster;<br />\n- Javier Olazábal, Cluster Manager, Turismo Innova Cluster.</p>\n"
    "<p>Czech tourism clusters are warmly invited. The pathway was published in February 2022.</p>\n"
)
add(
    "ht-014",
    u,
    pg(h, "29.06.2022", c, 1514),
    record(
        id="ht-014",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title=T_D,
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2022-07-06", "08:30"),
        end=bx("2022-07-06", "09:30"),
        tz_label="CEST",
        speakers=[
            sp("Matthias Kronberger", "Policy Officer – Tourism and Textiles", "DG GROW, European Commission"),
            sp("Elena Kostadinova", "Managing Director", "Black Sea Tourism Cluster", "EU Rural Tourism"),
            sp("Javier Olazábal", "Cluster Manager", "Turismo Innova Cluster"),
        ],
        euroclusters=["EU Rural Tourism"],
        notes="nca.cz copy of ht-004 (reconstruction); 2022 'CEST' (+02:00); moderator not listed on this copy; 'February 2022' not a date of the event; no attachments.",
    ),
)

# ---------------------------------------------------------------- ht-015 CmR Chisinau invitation
u = f"{N}/news/invitation-for-the-clusters-meet-regions-chisinau-moldova-24-25-october-2024/"
h = "Invitation for the Clusters meet Regions Chișinău, Moldova, 24 - 25 October 2024"
c = (
    "<p>The European Cluster Collaboration Platform organises the Clusters meet Regions event in Chișinău, Moldova, on 24-25 October 2024, in cooperation with the Ministry of Economic Development and Digitalisation of the Republic of Moldova.</p>\n"
    "<p>The event is the first edition held in an EU candidate country. It will discuss how clusters can support Moldova's integration into European value chains, with study visits to wine, IT and light-industry companies.</p>\n"
    "<p>Czech clusters interested in cooperation with Moldovan partners can apply until 11 October 2024. NCA will coordinate a joint Czech delegation.</p>\n"
)
f = t2_files(
    "Attachments",
    [
        ("/files/download/cmr-chisinau-agenda.pdf", "CmR Chisinau agenda", "30/09/2024 11:05:48"),
        (
            "/files/download/cmr-chisinau-practical-information.pdf",
            "CmR Chisinau practical information",
            "30/09/2024 11:06:12",
        ),
    ],
)
add(
    "ht-015",
    u,
    pg(h, "30.09.2024", c, 1515, f),
    record(
        id="ht-015",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        series="Clusters meet Regions",
        start="2024-10-24",
        end="2024-10-25",
        assets=[
            asset(
                "CmR Chisinau agenda",
                f"{N}/files/download/cmr-chisinau-agenda.pdf",
                prague_created("30/09/2024 11:05:48"),
            ),
            asset(
                "CmR Chisinau practical information",
                f"{N}/files/download/cmr-chisinau-practical-information.pdf",
                prague_created("30/09/2024 11:06:12"),
            ),
        ],
        notes="Real nca.cz heading and Clock date (30.09.2024, from the corpus sidebar); text and attachments reconstructed. Heading with diacritic ș and '24 - 25 October 2024'; body '24-25 October 2024' (dates only); deadline 11 October 2024 not the event; two attachments (+02:00).",
    ),
)

# ---------------------------------------------------------------- ht-016 non-event
u = f"{N}/news/three-new-members-join-the-national-cluster-association"
h = "Three new members join the National Cluster Association"
c = (
    "<p>At its meeting on 14 March 2024, the NCA Board approved three new member clusters: the Czech Space Industry Cluster, the Moravian Circular Economy Cluster and the South Bohemian Agri-Food Cluster.</p>\n"
    "<p>NCA now represents 52 cluster organisations. The new members will be introduced at the General Assembly in June.</p>\n"
)
add(
    "ht-016",
    u,
    pg(h, "18.03.2024", c, 1516),
    record(
        id="ht-016",
        url=u,
        template="T2",
        lang="en",
        is_event=False,
        title=h,
        page_title=h,
        notes="NOT an event: membership news (plausible reconstruction); a board meeting date and a General Assembly 'in June' without a date.",
    ),
)

# ---------------------------------------------------------------- ht-017 non-event
u = f"{N}/news/nca-joins-the-jewel-eurocluster-as-associated-partner"
h = "NCA joins the JEWEL Eurocluster as associated partner"
c = (
    "<p>Since 1 February 2023, the National Cluster Association has been an associated partner of JEWEL, the Eurocluster for net-zero manufacturing. Czech SMEs can apply to the JEWEL open calls for innovation vouchers of up to EUR 60,000.</p>\n"
    "<p>The second open call will be published in May 2023. Questions can be sent to our project manager.</p>\n"
)
f = t2_files("Attachments", [("/files/download/jewel-factsheet.pdf", "JEWEL factsheet", "06/02/2023 08:15:00")])
add(
    "ht-017",
    u,
    pg(h, "06.02.2023", c, 1517, f),
    record(
        id="ht-017",
        url=u,
        template="T2",
        lang="en",
        is_event=False,
        title=h,
        page_title=h,
        euroclusters=["JEWEL"],
        notes="NOT an event: partnership news (plausible reconstruction); a start date, a call 'in May 2023', an attachment (not scored on a non-event).",
    ),
)

# ---------------------------------------------------------------- ht-018 cs Talk C
u = f"{N}/aktuality/pozvanka-na-eu-clusters-talks-kriticke-suroviny-19-dubna-2023"
h = "Pozvánka na EU Clusters Talks: Kritické suroviny, 19. dubna 2023"
T_C = "Critical Raw Materials Act: How clusters can secure strategic supply chains"
c = (
    f"<p>Evropská platforma pro spolupráci klastrů (ECCP) pořádá ve středu 19. dubna 2023 od 8:30 do 9:45 CET online diskusi EU Clusters Talks s názvem „{T_C}“.</p>\n"
    "<p>Komise v březnu představila návrh nařízení o kritických surovinách. Diskuse se zaměří na roli klastrů v dodavatelských řetězcích.</p>\n<p>Vystoupí:</p>\n<ul>\n"
    "<li>Kristóf Halmai – Policy Officer, DG GROW, Evropská komise</li>\n<li>Eeva Lindqvist – Senior Advisor, Arctic Mining Cluster Lapland</li>\n"
    "<li>Rui Vasconcelos – projektový manažer, Cluster Recursos Minerais Portugal (Eurocluster GEMSTONE)</li>\n<li>Dana Hrubá – koordinátorka, Moravian Circular Economy Cluster</li>\n</ul>\n"
    "<p>Registrace je možná do 17. dubna 2023.</p>\n"
)
add(
    "ht-018",
    u,
    pg(h, "11.04.2023", c, 1518, lang="cs", latest=LATEST_CS),
    record(
        id="ht-018",
        url=u,
        template="T2",
        lang="cs",
        is_event=True,
        title=T_C,
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2023-04-19", "08:30"),
        end=bx("2023-04-19", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Kristóf Halmai", "Policy Officer", "DG GROW, Evropská komise"),
            sp("Eeva Lindqvist", "Senior Advisor", "Arctic Mining Cluster Lapland"),
            sp("Rui Vasconcelos", "projektový manažer", "Cluster Recursos Minerais Portugal", "GEMSTONE"),
            sp("Dana Hrubá", "koordinátorka", "Moravian Circular Economy Cluster"),
        ],
        euroclusters=["GEMSTONE"],
        notes="Czech nca.cz copy of ht-003 (reconstruction). 've středu 19. dubna 2023 od 8:30 do 9:45 CET' (+02:00); English title in „…“; list 'Name – role, Org (Eurocluster X)' with Czech roles; the unit is shortened on this copy; deadline 17. dubna and Clock not the event.",
    ),
)

# ---------------------------------------------------------------- ht-019 cs CmR Lyon
u = f"{N}/aktuality/clusters-meet-regions-lyon-12-13-rijna-2023"
h = "Clusters meet Regions – Lyon, 12.–13. října 2023"
c = (
    "<p>Evropská platforma pro spolupráci klastrů zve na akci Clusters meet Regions, která se uskuteční ve dnech 12. a 13. října 2023 v Lyonu ve Francii.</p>\n"
    "<p>Hlavními tématy budou průmyslová dekarbonizace, chemie a polovodiče. Českou delegaci povede náš výkonný ředitel Martin Dvořák.</p>\n"
    "<p>Přihlášky přijímáme do 29. září 2023.</p>\n"
)
f = t2_files("Přílohy", [("/files/download/cmr-lyon-program.pdf", "Program CmR Lyon", "20/09/2023 13:30:02")])
add(
    "ht-019",
    u,
    pg(h, "20.09.2023", c, 1519, f, lang="cs", latest=LATEST_CS),
    record(
        id="ht-019",
        url=u,
        template="T2",
        lang="cs",
        is_event=True,
        title=h,
        page_title=h,
        series="Clusters meet Regions",
        start="2023-10-12",
        end="2023-10-13",
        assets=[
            asset("Program CmR Lyon", f"{N}/files/download/cmr-lyon-program.pdf", prague_created("20/09/2023 13:30:02"))
        ],
        notes="Czech nca.cz invitation to the real Lyon edition (12-13 October 2023); text reconstructed. Heading '12.–13. října 2023', body '12. a 13. října 2023' (dates only); 'náš výkonný ředitel Name' only leads the delegation: not a speaker; deadline not the event; 'Přílohy' Created (+02:00).",
    ),
)

# ---------------------------------------------------------------- ht-020 cs non-event
u = f"{N}/aktuality/vysledky-pruzkumu-mezi-klastry-2023"
h = "Výsledky průzkumu mezi klastry 2023"
c = (
    "<p>Do letošního průzkumu se zapojilo 41 klastrů. Průzkum probíhal od 1. do 30. listopadu 2023 a ukázal, že klastry loni realizovaly přes 300 společných projektů.</p>\n"
    "<p>Podrobné výsledky představíme na jarním setkání členů.</p>\n"
)
add(
    "ht-020",
    u,
    pg(h, "15.01.2024", c, 1520, lang="cs", latest=LATEST_CS),
    record(
        id="ht-020",
        url=u,
        template="T2",
        lang="cs",
        is_event=False,
        title=h,
        page_title=h,
        notes="NOT an event: Czech survey-results news (plausible reconstruction); survey period 1.–30. listopadu 2023 looks like a date range.",
    ),
)
