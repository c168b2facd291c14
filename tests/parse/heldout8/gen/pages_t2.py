"""T2: nca.cz ('Modus'): English and Czech republications, a newsletter and a memorandum news item."""

from __future__ import annotations

from common import asset, bx, page_adder, prague_created, record, sp, t2_files, t2_latest, t2_page

PAGES: list[dict] = []
add = page_adder(PAGES)
B = "https://nca.cz"

CZ_CHROME = [
    ("Latest news", "Aktuality"),
    ("All news", "Všechny aktuality"),
    ("Back to news", "Zpět na aktuality"),
    (">News<", ">Aktuality<"),
    (">About us<", ">O nás<"),
    (">Members<", ">Členové<"),
    (">Services<", ">Služby<"),
    (">Events<", ">Akce<"),
    (">Contact<", ">Kontakt<"),
    (">Home<", ">Úvod<"),
    ("Contact us", "Napište nám"),
    (
        "News from Czech clusters and from European cluster policy, about once a month.",
        "Novinky z českých klastrů a evropské klastrové politiky zhruba jednou měsíčně.",
    ),
    ('placeholder="Your e-mail"', 'placeholder="Váš e-mail"'),
    (">Subscribe<", ">Odebírat<"),
    ('placeholder="Search"', 'placeholder="Hledat"'),
    (
        "This website uses cookies for analytics. You can allow them or keep only the ones the site needs to work.",
        "Tento web používá soubory cookie pro analýzu návštěvnosti. Můžete je povolit, nebo ponechat jen nezbytné.",
    ),
    (">Allow all<", ">Povolit vše<"),
    (">Necessary only<", ">Jen nezbytné<"),
    ('"lang":"en"', '"lang":"cs"'),
    ('href="/en/news/"', 'href="/aktuality/"'),
]


def czech(html: str) -> str:
    for a, b in CZ_CHROME:
        html = html.replace(a, b)
    return html


def clock(d: str) -> str:
    return f'  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{d}</div>\n'


def image(name: str) -> str:
    return f'  <div class="news-detail__image"><img src="/files/thumbs/{name}.jpg" alt="" width="770" height="400" loading="lazy"></div>\n'


def article(h1: str, stamp: str, img: str | None, content: str, files: str = "") -> str:
    return (
        f'<article class="news-detail">\n  <h1 class="news-detail__title">{h1}</h1>\n'
        + clock(stamp)
        + (image(img) if img else "")
        + '  <div class="news-detail__content wysiwyg">\n'
        + content
        + "\n  </div>\n"
        + files
        + "</article>\n"
    )


# ------------------------------------------------------------------------------------------------ hz-010
url = f"{B}/news/single-market-emergency-instrument-what-role-for-clusters-eu-clusters-talk-22-march-2023"
h1 = "Single Market Emergency Instrument: What role for clusters? EU Clusters Talk, 22 March 2023"
content = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, invites you to the EU Clusters Talk "
    "“Single Market Emergency Instrument: What role for clusters?” on Wednesday, 22 March 2023, from 8:30 to 9:45 CET.</p>\n"
    "<p>During the pandemic, border closures and export bans cut supply chains overnight. The Single Market Emergency Instrument, proposed in "
    "September 2022, gives the Commission tools to monitor strategic supply chains and to act in a crisis. Clusters could be the early-warning "
    "network that the instrument needs.</p>\n"
    "<p><strong>Keynote:</strong> Dr. Jan Novák, Policy Officer – Single Market Emergency Instrument, DG GROW, European Commission</p>\n"
    "<p><strong>Panellists:</strong><br>\n"
    "1) Martina Dvořáková – Czech Automotive Cluster<br>\n"
    "2) Ondřej Kratochvíl, CEO at Moravian Aerospace Cluster, Vice-President at NCA<br>\n"
    "3) Sven Olafsson, Head of Supply Chain Analytics, Swedish Mining Innovation, METASTARS Eurocluster</p>\n"
    "<p>The Talk is free of charge; registration closes on 21 March 2023.</p>\n"
)
files = t2_files(
    "Presentations",
    [
        ("/files/smei-talk-presentation-dg-grow.pdf", "Presentation - DG GROW", "24/03/2023 16:05:44"),
        ("/files/smei-talk-summary.pdf", "EU Clusters Talk 22 March 2023 - Summary", "28/03/2023 07:41:03"),
    ],
)
latest = t2_latest(
    [
        (
            "08.03.2023",
            "/news/meet-the-euroclusters-innitiatives-for-the-green-and-digital-transformation-eu-cluster-talk-8-march-2023",
            "Meet the Euroclusters, EU Cluster Talk, 8 March 2023",
        ),
        (
            "01.03.2023",
            "/news/clusters-meet-regions-kosice-29-30-march-2023",
            "Clusters meet Regions Košice, 29 – 30 March 2023",
        ),
    ]
)
add(
    "hz-010",
    url,
    t2_page(
        article=article(h1, "15.03.2023", "smei22mar23", content, files),
        latest=latest,
        breadcrumb_current="Single Market Emergency Instrument: What role for clusters? EU Cl…",
        seed=8010,
    ),
    record(
        id="hz-010",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Single Market Emergency Instrument: What role for clusters?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-03-22", "08:30"),
        end=bx("2023-03-22", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Jan Novák", "Policy Officer – Single Market Emergency Instrument", "DG GROW, European Commission"),
            sp("Martina Dvořáková", None, "Czech Automotive Cluster"),
            sp("Ondřej Kratochvíl", "CEO; Vice-President", "Moravian Aerospace Cluster; NCA"),
            sp("Sven Olafsson", "Head of Supply Chain Analytics", "Swedish Mining Innovation", "METASTARS"),
        ],
        euroclusters=["METASTARS"],
        assets=[
            asset(
                "Presentation - DG GROW",
                f"{B}/files/smei-talk-presentation-dg-grow.pdf",
                prague_created("24/03/2023 16:05:44"),
            ),
            asset(
                "EU Clusters Talk 22 March 2023 - Summary",
                f"{B}/files/smei-talk-summary.pdf",
                prague_created("28/03/2023 07:41:03"),
            ),
        ],
        notes="Quoted title ends with '?' and equals the start of the heading; 'Keynote:' label inline with 'Dr.'; 'Panellists:' as numbered '1)' lines in one "
        "<br> paragraph with mixed separators ('Name – Org' without role, 'Name, Role at Org, Role at Org' = two affiliations, 'Name, Role, Org, X Eurocluster'); "
        "'September 2022' and the 21 March deadline are not the event; Created 24/03/2023 is winter time (+01:00) and 28/03/2023 summer time (+02:00), two "
        "days after the switch; Clock icon 15.03.2023.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-011 (Czech)
url = f"{B}/aktuality/pozvanka-na-eu-clusters-talk-cyber-resilience-act-11-rijna-2023"
h1 = "Pozvánka na EU Clusters Talk: Cyber Resilience Act, 11. října 2023"
content = (
    "<p>Evropská platforma pro klastrovou spolupráci (ECCP) pořádá jménem Evropské komise, GŘ GROW, online setkání EU Clusters Talk "
    "„Cyber Resilience Act: What clusters need to know“, které se uskuteční ve středu 11. října 2023 od 8:30 do 9:45 SEČ.</p>\n"
    "<p>Akt o kybernetické odolnosti zavede povinné požadavky na kybernetickou bezpečnost pro výrobky s digitálními prvky. Pro malé a střední "
    "podniky to znamená nové povinnosti v oblasti vývoje, dokumentace i hlášení zranitelností. Klastry mohou svým členům pomoci s přípravou.</p>\n"
    "<p>Řečníci:</p>\n<ul>\n"
    "<li>Ing. Petr Svoboda, ředitel odboru, Národní úřad pro kybernetickou a informační bezpečnost;</li>\n"
    "<li>doc. Ing. Pavel Horák, Ph.D., proděkan, VŠB – Technická univerzita Ostrava;</li>\n"
    "<li>Mgr. Lenka Dvořáková, projektová manažerka, Klastr ICT Plzeň, Eurocluster EPICENTRE;</li>\n"
    "<li>Marco Bianchi, Cyber Security Officer, Cefriel.</li>\n</ul>\n"
    "<p>Setkání proběhne v angličtině. Registrace je otevřena do 10. října 2023.</p>\n"
)
files = t2_files(
    "Ke stažení", [("/files/cra-talk-pozvanka.pdf", "Pozvánka – EU Clusters Talk 11. 10. 2023", "02/10/2023 13:20:09")]
)
latest = t2_latest(
    [
        (
            "26.09.2023",
            "/aktuality/nca-na-clusters-meet-regions-v-lyonu",
            "NCA na Clusters meet Regions v Lyonu (12.–13. října 2023)",
        ),
        (
            "13.09.2023",
            "/aktuality/clusters-and-the-net-zero-industry-act-eu-clusters-talk-20-september-2023",
            "Net-Zero Industry Act – EU Clusters Talk, 20. září 2023",
        ),
    ]
)
add(
    "hz-011",
    url,
    czech(
        t2_page(
            article=article(h1, "02.10.2023", "cra11okt23", content, files),
            latest=latest,
            breadcrumb_current="Pozvánka na EU Clusters Talk: Cyber Resilience Act, 11. října…",
            seed=8011,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hz-011",
        url=url,
        template="T2",
        lang="cs",
        is_event=True,
        title="Cyber Resilience Act: What clusters need to know",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-10-11", "08:30"),
        end=bx("2023-10-11", "09:45"),
        tz_label="SEČ",
        speakers=[
            sp("Petr Svoboda", "ředitel odboru", "Národní úřad pro kybernetickou a informační bezpečnost"),
            sp("Pavel Horák", "proděkan", "VŠB – Technická univerzita Ostrava"),
            sp("Lenka Dvořáková", "projektová manažerka", "Klastr ICT Plzeň", "EPICENTRE"),
            sp("Marco Bianchi", "Cyber Security Officer", "Cefriel"),
        ],
        euroclusters=["EPICENTRE"],
        assets=[
            asset(
                "Pozvánka – EU Clusters Talk 11. 10. 2023",
                f"{B}/files/cra-talk-pozvanka.pdf",
                prague_created("02/10/2023 13:20:09"),
            )
        ],
        notes="Czech nca.cz page (Czech chrome, /aktuality/ URL); English title in „…“ inside Czech prose; 've středu 11. října 2023 od 8:30 do 9:45 SEČ' "
        "(genitive month name, zone label SEČ kept as written, October = +02:00); Czech academic titles 'Ing.', 'doc. Ing.', 'Mgr.' before and ', Ph.D.' "
        "after a name (stripped: the comma after the name belongs to the post-nominal); 'Eurocluster EPICENTRE' with the word before the acronym; "
        "deadline '10. října 2023' and sidebar '12.–13. října 2023' are not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-012 (Czech, non-event)
url = f"{B}/aktuality/nca-a-siea-podepsaly-memorandum-o-spolupraci"
h1 = "NCA a SIEA podepsaly memorandum o spolupráci"
content = (
    "<p>Národní klastrová asociace a Slovenská inovačná a energetická agentúra (SIEA) podepsaly memorandum o spolupráci při podpoře klastrů "
    "a jejich zapojení do evropských projektů. Memorandum bylo podepsáno 7. května 2024 v Bruselu v rámci Evropské klastrové konference "
    "(European Cluster Conference 2024, 7.–8. května 2024).</p>\n"
    "<p>Za NCA memorandum podepsal předseda představenstva Ing. Jiří Kučera, za SIEA generální ředitelka Mgr. Zuzana Hlavatá. Obě organizace "
    "připraví do konce roku 2024 společný seminář o výzvách Euroclusterů a o programu Single Market Programme.</p>\n"
    "<p>První společné jednání pracovní skupiny je naplánováno na 18. 6. 2024 od 10:00 v Ostravě.</p>\n"
)
latest = t2_latest(
    [
        (
            "02.05.2024",
            "/aktuality/european-cluster-conference-2024-takes-place-in-brussels",
            "European Cluster Conference 2024 se koná v Bruselu",
        )
    ]
)
add(
    "hz-012",
    url,
    czech(
        t2_page(
            article=article(h1, "10.05.2024", "memosiea24", content),
            latest=latest,
            breadcrumb_current=h1,
            seed=8012,
            lang="cs",
            section=("Aktuality", "/aktuality/"),
        )
    ),
    record(
        id="hz-012",
        url=url,
        template="T2",
        lang="cs",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: Czech news about a memorandum signed at the European Cluster Conference ('7. května 2024 … 7.–8. května 2024'); names two signatories "
        "with titles; a working-group meeting '18. 6. 2024 od 10:00'; the subject is the memorandum, not the conference.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-013 (Czech, windows-1250 bytes, meta says utf-8)
url = f"{B}/aktuality/clusters-meet-regions-ostrava-15-16-rijna-2024"
h1 = "Clusters meet Regions v Ostravě, 15.–16. 10. 2024"
rows = [
    ("15. 10., 9:00", "Zahájení a přivítání", "Mgr. Tomáš Kuchta<br>náměstek hejtmana, Moravskoslezský kraj"),
    ("15. 10., 9:30", "Politika klastrů v EU", "Kristýna Šťastná<br>Policy Officer, DG GROW, European Commission"),
    (
        "15. 10., 11:00",
        "Panel: uhelné regiony v transformaci",
        "Žaneta Řezníčková<br>ředitelka, Moravskoslezský energetický klastr",
    ),
    ("16. 10., 9:00", "Exkurze – Dolní oblast Vítkovice", "–"),
    ("16. 10., 13:00", "Závěr", "Ing. Vojtěch Šebesta<br>výkonný ředitel, Národní klastrová asociace"),
]
table = (
    '<table class="table"><thead><tr><th>Čas</th><th>Program</th><th>Řečník</th></tr></thead><tbody>\n'
    + "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    + "\n</tbody></table>\n"
)
content = (
    "<p>Evropská platforma pro klastrovou spolupráci pořádá spolu s Moravskoslezským krajem a Národní klastrovou asociací dvoudenní workshop "
    "Clusters meet Regions na téma „Transformace uhelného regionu: role klastrů“. Workshop se koná 15.–16. 10. 2024 v Ostravě (Clarion Congress "
    "Hotel, Zkrácená 2703).</p>\n"
    "<p>Moravskoslezský kraj prochází přechodem od uhlí k čistším odvětvím. Workshop představí zkušenosti z regionů, které podobnou změnou již "
    "prošly, a příležitosti programu Euroclusters pro místní podniky – například spolupráci s Euroclusterem JEWEL.</p>\n"
    f"<p><strong>Program</strong></p>\n{table}"
    "<p>Uzávěrka registrace: 30. 9. 2024. Počet míst je omezen.</p>\n"
)
files = t2_files(
    "Ke stažení",
    [("/files/cmr-ostrava-program.pdf", "Program workshopu Clusters meet Regions Ostrava", "26/09/2024 09:12:54")],
)
latest = t2_latest([("10.09.2024", "/aktuality/c2lab-strasbourg", "C2Lab Štrasburk, 25.–26. září 2024")])
html13 = czech(
    t2_page(
        article=article(h1, "20.09.2024", "cmrostrava24", content, files),
        latest=latest,
        breadcrumb_current=h1,
        seed=8013,
        lang="cs",
        section=("Aktuality", "/aktuality/"),
    )
)
add(
    "hz-013",
    url,
    html13,
    record(
        id="hz-013",
        url=url,
        template="T2",
        lang="cs",
        is_event=True,
        title="Transformace uhelného regionu: role klastrů",
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-10-15",
        end="2024-10-16",
        speakers=[
            sp("Tomáš Kuchta", "náměstek hejtmana", "Moravskoslezský kraj"),
            sp("Kristýna Šťastná", "Policy Officer", "DG GROW, European Commission"),
            sp("Žaneta Řezníčková", "ředitelka", "Moravskoslezský energetický klastr"),
            sp("Vojtěch Šebesta", "výkonný ředitel", "Národní klastrová asociace"),
        ],
        euroclusters=["JEWEL"],
        assets=[
            asset(
                "Program workshopu Clusters meet Regions Ostrava",
                f"{B}/files/cmr-ostrava-program.pdf",
                prague_created("26/09/2024 09:12:54"),
            )
        ],
        notes="Saved as windows-1250 bytes while its <meta charset> says utf-8 (the server's HTTP header had the right charset): the bytes are not valid UTF-8; "
        "Czech letters š ť ž Š Ž are in the 0x8A–0x9F range. Numeric day range '15.–16. 10. 2024' (dates only; the agenda times are sessions); quoted "
        "workshop theme in „…“ is the title (dev-015 rule); speakers in an agenda table cell 'Name<br>role, organisation'; 'Mgr.'/'Ing.' stripped; "
        "'Euroclusterem JEWEL' in Czech instrumental case; deadline 30. 9. 2024.",
    ),
    encoding="windows-1250",
)

# ------------------------------------------------------------------------------------------------ hz-014 (non-event)
url = f"{B}/news/nca-newsletter-june-2024"
h1 = "NCA Newsletter – June 2024"
content = (
    "<p>Dear members, here is our overview of what is coming up this summer.</p>\n"
    "<h3>Clusters meet Regions in Graz</h3>\n<p>The next Clusters meet Regions workshop takes place in Graz, Austria, on 18–19 June 2024. Three NCA "
    "members will present their hydrogen projects.</p>\n"
    "<h3>EU Clusters Talk on tourism data</h3>\n<p>Wednesday 26 June 2024, 8:30 – 9:45 CET, online: “Data spaces for tourism”, with speakers from the "
    "Eurocluster Rural Tourism and IKAT.</p>\n"
    "<h3>Open call of the E-BOOST Eurocluster</h3>\n<p>Electromobility SMEs can apply for up to EUR 60 000 until 15 July 2024, 17:00 CET.</p>\n"
    "<h3>NCA General Assembly</h3>\n<p>Save the date: 12 September 2024 in Brno. The invitation will follow.</p>\n"
)
latest = t2_latest(
    [("12.06.2024", "/news/nca-at-european-cluster-conference-2024", "NCA at the European Cluster Conference 2024")]
)
add(
    "hz-014",
    url,
    t2_page(article=article(h1, "14.06.2024", None, content), latest=latest, breadcrumb_current=h1, seed=8014),
    record(
        id="hz-014",
        url=url,
        template="T2",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["E-BOOST", "EU Rural Tourism", "IKAT"],
        notes="NOT an event: a newsletter with four items, each with its own date (a range, a Talk with time and CET, an open-call deadline with time, a save-the-date); "
        "Euroclusters named by alias.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-015
url = f"{B}/news/mobility-data-space-and-clusters-eu-clusters-talk"
h1 = "Mobility data space and clusters – EU Clusters Talk"
rows = [
    ("Rafael&nbsp;Moreno", "Policy Officer – Mobility Data", "DG MOVE, European Commission"),
    ("Dr. Anneke de Wit", "Programme Manager", "E-Boost Eurocluster / Brainport Development"),
    ("Tereza Malá", "Project Manager", "Czech Automotive Cluster"),
    ("Kristian Berg", "Moderator", "Socialtech4EU"),
]
table = (
    '<table border="1" cellspacing="0" cellpadding="0" style="width:100%;border-collapse:collapse">\n<tbody>\n'
    '<tr><td style="width:30%"><p><b>Speaker</b></p></td><td><p><b>Position</b></p></td><td><p><b>Organisation</b></p></td></tr>\n'
    + "\n".join(
        f'<tr><td style="width:30%"><p>{a}</p></td><td><p>{b}</p></td><td><p>{c}</p></td></tr>' for a, b, c in rows
    )
    + "\n</tbody>\n</table>\n"
)
content = (
    "<p>On November 8, 2023, 10 a.m. – 11.30 a.m. CET, the European Cluster Collaboration Platform holds the EU Clusters Talk "
    '"Mobility data: How clusters prepare SMEs for the Common European Mobility Data Space".</p>\n'
    "<p>The Commission's plan for a common European mobility data space, expected on November 29, 2023, will make it easier to share "
    "data between transport operators, cities and manufacturers. The Talk explains what this means for SMEs in the automotive and logistics sectors.</p>\n"
    f"<p><b>Programme</b></p>\n{table}"
    '<p>More information: <a href="https://clustercollaboration.eu/content/eu-clusters-talks-mobility-data">ECCP event page</a></p>\n'
)
files = t2_files(
    "Documents",
    [("/files/mobility-data-talk-agenda.pdf", "Agenda - EU Clusters Talk on mobility data", "27/10/2023 10:00:00")],
)
latest = t2_latest(
    [
        (
            "11.10.2023",
            "/aktuality/pozvanka-na-eu-clusters-talk-cyber-resilience-act-11-rijna-2023",
            "Cyber Resilience Act – EU Clusters Talk, 11 October 2023",
        )
    ]
)
add(
    "hz-015",
    url,
    t2_page(
        article=article(h1, "27.10.2023", "mobdata23", content, files), latest=latest, breadcrumb_current=h1, seed=8015
    ),
    record(
        id="hz-015",
        url=url,
        template="T2",
        lang="en",
        is_event=True,
        title="Mobility data: How clusters prepare SMEs for the Common European Mobility Data Space",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-11-08", "10:00"),
        end=bx("2023-11-08", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Rafael Moreno", "Policy Officer – Mobility Data", "DG MOVE, European Commission"),
            sp("Anneke de Wit", "Programme Manager", "Brainport Development", "E-BOOST"),
            sp("Tereza Malá", "Project Manager", "Czech Automotive Cluster"),
            sp("Kristian Berg", "Moderator", None, "SocialTech4EU"),
        ],
        euroclusters=["E-BOOST", "SocialTech4EU"],
        assets=[
            asset(
                "Agenda - EU Clusters Talk on mobility data",
                f"{B}/files/mobility-data-talk-agenda.pdf",
                prague_created("27/10/2023 10:00:00"),
            )
        ],
        notes="Heading has no date; month-first 'On November 8, 2023, 10 a.m. – 11.30 a.m. CET' (12-hour with dotted minutes and 'a.m.'); 'November 29, 2023' is "
        "another date in the text; straight-quoted title; speakers in a Word-pasted table (Speaker | Position | Organisation) with <p> in every cell; "
        "&nbsp; between first and last name; 'Dr.' in the cell; organisation cell 'E-Boost Eurocluster / Brainport Development' (Eurocluster part "
        "removed) and a cell holding only 'Socialtech4EU' (Eurocluster, no organisation; 'Moderator' is the role as written); Created 27/10/2023 is "
        "summer time (+02:00), the event winter time (+01:00); the ECCP link is not an asset.",
    ),
)
