"""hq-014 … hq-018: nca.cz ('Modus') republications and news."""

from common import PageList, asset, bxl, prg_created, record, sp, t2_files, t2_news_item, t2_page

PAGES = PageList()
page = PAGES.add


NEWS_2023 = [
    t2_news_item(
        "22.11.2023",
        "/news/sustainable-food-systems-cluster-approaches-in-the-bio-based-economy-eu-clusters-talk-15-november-2023",
        "Sustainable food systems: Cluster approaches in the bio-based economy - EU Clusters Talk, 15 November 2023",
    ),
    t2_news_item("04.10.2023", "/news/nca-general-assembly-2023", "NCA General Assembly elected a new board"),
    t2_news_item(
        "12.06.2023",
        "/news/cluster-excellence-labels-awarded-to-five-czech-clusters",
        "Cluster excellence labels awarded to five Czech clusters",
    ),
    t2_news_item(
        "03.04.2023",
        "/news/invitation-clusters-meet-regions-kosice-29-30-march-2023",
        "Invitation: Clusters meet Regions Košice, 29 - 30 March 2023",
    ),
]

NEWS_2022 = [
    t2_news_item(
        "28.02.2022",
        "/news/czech-clusters-condemn-the-russian-invasion-of-ukraine",
        "Czech clusters condemn the Russian invasion of Ukraine",
    ),
    t2_news_item("09.02.2022", "/news/clusterxchange-call-2022-is-open", "ClusterXchange call 2022 is open"),
    t2_news_item(
        "17.01.2022",
        "/news/eu-clusters-talk-clusters-and-the-new-european-bauhaus-26-january-2022",
        "EU Clusters Talk: Clusters and the New European Bauhaus, 26 January 2022",
    ),
    t2_news_item("13.12.2021", "/news/nca-annual-conference-2021-recap", "NCA annual conference 2021: recap"),
]


# ------------------------------------------------------------------------------------------------ hq-014


@page
def hq014():
    url = "https://nca.cz/news/clusters-and-critical-raw-materials-eu-clusters-talk-26-april-2023"
    h1 = "Clusters and critical raw materials – EU Clusters Talk, 26 April 2023"
    content = (
        "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organised the EU Clusters Talk "
        "“Critical Raw Materials Act: what's in it for clusters?” on 26 April 2023, 8:30 – 9:45CET.</p>\n"
        "<p>On 16 March 2023 the Commission proposed the Critical Raw Materials Act. Raw materials are the hidden jewel of Europe's "
        "industrial base, and clusters in mining, recycling and advanced materials will have a role in the strategic projects the Act "
        "foresees. Czech clusters were represented by the Moravian-Silesian Raw Materials Cluster.</p>\n"
        "<p>Speakers and presentations:</p>\n"
        '<p>Ing. Petr Hlaváček – Cluster Manager – Moravian-Silesian Raw Materials Cluster – <a href="/files/euct-26-04-2023-hlavacek.pdf" target="_blank">Download presentation</a><br>\n'
        'Hanna Virtanen – Senior Advisor – Finnish Minerals Group – <a href="/files/euct-26-04-2023-virtanen.pdf" target="_blank">Download presentation</a><br>\n'
        'Jonas Weber – Policy Officer – DG GROW, European Commission – <a href="/files/euct-26-04-2023-weber.pdf" target="_blank">Download presentation</a><br>\n'
        "Raquel Domínguez – Project Manager – European Raw Materials Alliance (ERMA)</p>\n"
        '<p>The recording is available on the <a href="https://www.youtube.com/watch?v=crmA26apr23">ECCP YouTube channel</a>.</p>'
    )
    files = t2_files(
        "Attachments",
        [
            (
                "/files/eu-clusters-talk-26-04-2023-summary.pdf",
                "EU Clusters Talk 26 April 2023 – summary",
                "05/05/2023 14:12:40",
                "pdf",
            ),
            (
                "/files/eu-clusters-talk-26-04-2023-participating-clusters.xlsx",
                "List of participating clusters",
                "05/05/2023 14:13:02",
                "xls",
            ),
        ],
    )
    html = t2_page(
        url=url, h1=h1, content=content, files=files, clock="19.04.2023", image="k2m0cq8r1v", news=NEWS_2023, crumb=h1
    )
    exp = record(
        "hq-014",
        url,
        "T2",
        "en",
        True,
        "Critical Raw Materials Act: what's in it for clusters?",
        h1,
        "EU Clusters Talks",
        bxl("2023-04-26 08:30"),
        bxl("2023-04-26 09:45"),
        "CET",
        [
            sp("Petr Hlaváček", "Cluster Manager", "Moravian-Silesian Raw Materials Cluster"),
            sp("Hanna Virtanen", "Senior Advisor", "Finnish Minerals Group"),
            sp("Jonas Weber", "Policy Officer", "DG GROW, European Commission"),
            sp("Raquel Domínguez", "Project Manager", "European Raw Materials Alliance (ERMA)"),
        ],
        [],
        [
            asset("Download presentation", "https://nca.cz/files/euct-26-04-2023-hlavacek.pdf"),
            asset("Download presentation", "https://nca.cz/files/euct-26-04-2023-virtanen.pdf"),
            asset("Download presentation", "https://nca.cz/files/euct-26-04-2023-weber.pdf"),
            asset(
                "EU Clusters Talk 26 April 2023 – summary",
                "https://nca.cz/files/eu-clusters-talk-26-04-2023-summary.pdf",
                prg_created("05/05/2023 14:12:40"),
            ),
            asset(
                "List of participating clusters",
                "https://nca.cz/files/eu-clusters-talk-26-04-2023-participating-clusters.xlsx",
                prg_created("05/05/2023 14:13:02"),
            ),
        ],
        "'8:30 – 9:45CET' with the label glued to the time; 'CET' on an April date after the switch (+02:00); apostrophe inside the quoted title; speakers as "
        "'Name – Role – Organisation – Download presentation' lines in one <br> paragraph ('Ing.' to strip, hyphenated "
        "organisation, 'DG GROW, European Commission' with a comma, last line without a presentation); three body PDF links "
        "(created null) then two nca.cz attachments with Created stamps (one XLSX); 'jewel' in prose is not JEWEL; proposal "
        "date 16 March 2023 and Clock icon 19.04.2023 are not the event.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-015


@page
def hq015():
    url = "https://nca.cz/news/clusters-and-space-invitation-for-the-eu-clusters-talk-24-october-2023"
    h1 = "Clusters and Space – invitation for the EU Clusters Talk, 24 October 2023"
    content = (
        "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG DEFIS, organises the EU Clusters "
        "Talk “Clusters for the EU Space Strategy” on 25 October 2023, 8:30 – 9:45 CET.</p>\n"
        "<p>Europe's space sector is no longer only about launchers and satellites: downstream services based on Galileo and "
        "Copernicus data open markets for SMEs in agriculture, transport and insurance. The Talk presents the EU Space Strategy for "
        "Security and Defence and examples of clusters that bring space data to their members.</p>\n"
        "<p>Speakers will include:</p>\n"
        "<p>• Dr. Matthias Keller, Head of Unit B.1 – Space Policy, Research, Industry, DG DEFIS, European Commission;</p>\n"
        "<p>• Laura Méndez, Cluster Manager, Andalucía Aerospace, Spain;</p>\n"
        "<p>• Tomasz Zieliński, CEO, Polish Space Industry Association;</p>\n"
        "<p>• More speakers to be confirmed.</p>\n"
        "<p>Registration is open until 23 October 2023.</p>"
    )
    files = t2_files(
        "Attachments",
        [("/files/clusters-and-space-agenda.pdf", "Agenda – Clusters and Space", "16/10/2023 09:02:11", "pdf")],
    )
    html = t2_page(
        url=url, h1=h1, content=content, files=files, clock="16.10.2023", image="sp4c3x7q2a", news=NEWS_2023, crumb=h1
    )
    exp = record(
        "hq-015",
        url,
        "T2",
        "en",
        True,
        "Clusters for the EU Space Strategy",
        h1,
        "EU Clusters Talks",
        bxl("2023-10-25 08:30"),
        bxl("2023-10-25 09:45"),
        "CET",
        [
            sp(
                "Matthias Keller",
                "Head of Unit B.1 – Space Policy, Research, Industry",
                "DG DEFIS, European Commission",
            ),
            sp("Laura Méndez", "Cluster Manager", "Andalucía Aerospace"),
            sp("Tomasz Zieliński", "CEO", "Polish Space Industry Association"),
        ],
        [],
        [
            asset(
                "Agenda – Clusters and Space",
                "https://nca.cz/files/clusters-and-space-agenda.pdf",
                prg_created("16/10/2023 09:02:11"),
            )
        ],
        "Heading says 24 October 2023, the body's date sentence says 25 October 2023 (the real date; still summer time, "
        "+02:00 with 'CET'); role containing commas ('Head of Unit B.1 – Space Policy, Research, Industry'); country suffix "
        "', Spain' is not part of the organisation; '• ' lines as separate <p>; 'More speakers to be confirmed' placeholder; "
        "registration deadline 23 October 2023.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-016 (ISO-8859-2)


@page
def hq016():
    url = "https://nca.cz/news/clusters-meet-regions-ostrava-moravian-silesian-clusters-welcomed-european-guests"
    h1 = "Clusters meet Regions Ostrava: Moravian-Silesian clusters welcomed European guests"
    content = (
        "<p>On 13–14 September 2022, Ostrava hosted Clusters meet Regions, a workshop of the European Cluster Collaboration Platform "
        "organised together with the Moravian-Silesian Region and the National Cluster Association (Národní klastrová asociace).</p>\n"
        "<p>The workshop was opened by Ing. Tomáš Hrubeš, Deputy Governor of the Moravian-Silesian Region, and by Marek Przeor from "
        "DG GROW.</p>\n"
        "<p>Ing. Jana Štěpánková, manager of the Moravian-Silesian Energy Cluster, presented the region's hydrogen strategy and the "
        "plans for the transformation of the coal region. Zdeněk Říha, Chairman of the Board of NCA, closed the first day with an "
        "overview of Czech cluster policy.</p>\n"
        "<p>On the second day, the participants visited the Dolní Vítkovice industrial area and the VŠB – Technical University of "
        "Ostrava, and took part in more than 60 bilateral meetings.</p>"
    )
    files = t2_files(
        "Attachments",
        [
            (
                "/files/cmr-ostrava-2022-presentations.zip",
                "Presentations from the workshop (ZIP)",
                "30/09/2022 16:45:09",
                "zip",
            ),
            ("/files/cmr-ostrava-2022-photo-report.pdf", "Photo report", "30/10/2022 08:10:00", "pdf"),
        ],
    )
    html = t2_page(
        url=url,
        h1=h1,
        content=content,
        files=files,
        clock="03.10.2022",
        image="ostr4v2022",
        news=NEWS_2023[1:] + NEWS_2022[:1],
        crumb=h1,
        charset="iso-8859-2",
    )
    exp = record(
        "hq-016",
        url,
        "T2",
        "en",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2022-09-13",
        "2022-09-14",
        None,
        [
            sp("Tomáš Hrubeš", "Deputy Governor", "Moravian-Silesian Region"),
            sp("Marek Przeor", None, "DG GROW"),
            sp("Jana Štěpánková", "manager", "Moravian-Silesian Energy Cluster"),
            sp("Zdeněk Říha", "Chairman of the Board", "NCA"),
        ],
        [],
        [
            asset(
                "Presentations from the workshop (ZIP)",
                "https://nca.cz/files/cmr-ostrava-2022-presentations.zip",
                prg_created("30/09/2022 16:45:09"),
            ),
            asset(
                "Photo report",
                "https://nca.cz/files/cmr-ostrava-2022-photo-report.pdf",
                prg_created("30/10/2022 08:10:00"),
            ),
        ],
        'Saved as ISO-8859-2 bytes with <meta charset="iso-8859-2"> (Czech letters; en dashes as numeric references). '
        "Report with prose speakers: 'Ing.' to strip, 'X from DG GROW' (no role), 'manager of the X', 'Chairman of the Board "
        "of NCA' (role contains 'of'); day range with an en dash '13–14 September 2022'; Created stamps on both sides of a "
        "DST change (30/09 +02:00; 30/10/2022 08:10 is after the switch that morning: +01:00).",
    )
    return exp, html, {"encoding": "iso-8859-2"}


# ------------------------------------------------------------------------------------------------ hq-017 (not an event)


@page
def hq017():
    url = "https://nca.cz/news/new-euroclusters-selected-under-the-single-market-programme"
    h1 = "New Euroclusters selected under the Single Market Programme"
    content = (
        "<p>The European Innovation Council and SMEs Executive Agency (EISMEA) has published the results of the 2024 call for "
        "Euroclusters. Among the selected projects are JEWEL – Joint nEtWork for European net-zero manufacturing Leadership – and "
        "PowerUp Net-Zero, both focused on net-zero technologies.</p>\n"
        "<p>The new Euroclusters will start their activities in early 2025; a kick-off meeting is planned on 4 February 2025 in "
        "Brussels. Czech SMEs will be able to apply to their open calls for financial support from spring 2025.</p>\n"
        "<p>Since 2022, the first 30 Euroclusters have supported thousands of SMEs across the EU.</p>"
    )
    html = t2_page(
        url=url, h1=h1, content=content, clock="11.12.2024", image="n3wEuroC24", news=NEWS_2023[:3], crumb=h1
    )
    exp = record(
        "hq-017",
        url,
        "T2",
        "en",
        False,
        h1,
        h1,
        euroclusters=["JEWEL", "PowerUp NetZero"],
        notes=(
            "NOT an event: nca.cz news about call results; a kick-off meeting date (4 February 2025) and the Clock icon stamp are "
            "the only dates; two Euroclusters named (one by the alias 'PowerUp Net-Zero')."
        ),
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-018 (truncated)


@page
def hq018():
    url = "https://nca.cz/news/clusters-for-ukraine-eu-clusters-talk-23-march-2022"
    h1 = "Clusters supporting Ukraine – invitation to the EU Clusters Talk"
    content = (
        "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises an extraordinary EU Clusters "
        "Talk “Clusters standing with Ukraine” on 23 March, 8:30 – 9:45 CET.</p>\n"
        "<p>Since the start of the war, clusters across Europe have collected humanitarian aid, offered office space to Ukrainian "
        "companies and helped their members to cope with disrupted supply chains. The Talk brings together Ukrainian and EU cluster "
        "organisations to exchange what works and what is needed next.</p>\n"
        "<p>Speakers:<br>\n- Olena Kovalenko, Ukrainian Cluster Alliance;<br>\n- Bartosz Lewandowski, Eastern Poland Cluster Network;<br>\n"
        "- Anna Horváth, Hungarian Cluster Association;<br>\n- Marek Przeor, DG GROW, European Commission.</p>\n"
        "<p>The Talk is open to everyone; registration is required to receive the link.</p>"
    )
    html = t2_page(url=url, h1=h1, content=content, clock="16.03.2022", image="ukr23m4r22", news=NEWS_2022, crumb=h1)
    cut = html.index(
        '<li class="news-list__item"><span class="news-list__date">', html.index('<li class="news-list__item"') + 10
    )
    html = (
        html[:cut]
        + '<li class="news-list__item"><span class="news-list__date"><img src="/assets/img/icons/clock.svg" alt="Clo'
    )
    exp = record(
        "hq-018",
        url,
        "T2",
        "en",
        True,
        "Clusters standing with Ukraine",
        h1,
        "EU Clusters Talks",
        bxl("2022-03-23 08:30"),
        bxl("2022-03-23 09:45"),
        "CET",
        [
            sp("Olena Kovalenko", None, "Ukrainian Cluster Alliance"),
            sp("Bartosz Lewandowski", None, "Eastern Poland Cluster Network"),
            sp("Anna Horváth", None, "Hungarian Cluster Association"),
            sp("Marek Przeor", None, "DG GROW, European Commission"),
        ],
        [],
        [],
        "TRUNCATED file: it ends in the middle of the second sidebar item (no </ul>, </aside>, </body>, </html>). Date "
        "without a year ('on 23 March, 8:30 – 9:45 CET'): the year is only in the URL slug and the Clock icon stamp "
        "16.03.2022; 23 March 2022 is before the summer-time switch (+01:00); heading has no date; '- ' lines "
        "'Name, Organisation;' with no role.",
    )
    return exp, html
