"""T2: nca.cz (Modus) pages. <title> is always 'Modus | Home page'; attachments are icon links with a title attribute
followed by 'Created: DD/MM/YYYY HH:MM:SS' (Europe/Prague)."""

from common import asset, rec, sp, t2_files, t2_page

NCA = "https://nca.cz"
CLOCK = '  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{}</div>\n'
IMG = '  <div class="news-detail__image"><img src="/files/thumbs/{}.jpg" alt="" width="770" height="400" loading="lazy"></div>\n'


def content(html: str) -> str:
    return f'  <div class="news-detail__content wysiwyg">\n{html}\n  </div>\n'


SIDE_2024 = [
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
        "02.09.2024",
        "/news/eccp-invitation-for-the-cluster-collaboration-labs-c2lab-strasbourg-france-on-25-26-september-2024",
        "ECCP Invitation for the Cluster Collaboration Labs (C2Lab), Strasbourg, France, on 25-26 September 2024",
    ),
    (
        "20.03.2025",
        "/news/from-policy-to-practice-the-clean-industrial-deal-in-action",
        "From Policy to Practice: The Clean Industrial Deal in Action",
    ),
]
SIDE_2023 = [
    (
        "10.05.2023",
        "/news/transition-pathway-for-textiles-for-sustainable-and-circular-value-chains-invitation-for-the-eu-clusters-talk-17-may-2023",
        "Transition Pathway for Textiles: For sustainable and circular value chains - Invitation for the EU Clusters Talk, 17 May 2023",
    ),
    (
        "15.03.2023",
        "/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023",
        "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023",
    ),
    (
        "15.11.2022",
        "/news/we-went-to-katowice-to-attend-the-clusters-meet-regions",
        "We went to Katowice to attend the Clusters Meet Regions",
    ),
    (
        "01.03.2023",
        "/news/meet-the-euroclusters-innitiatives-for-the-green-and-digital-transformation-eu-cluster-talk-8-march-2023",
        "Meet the Euroclusters: Innitiatives for the green and digital transformation, EU Cluster Talk, 8 March 2023",
    ),
]
EUCT_BLURB = (
    "<p>This event is part of bi-weekly online meetings brought to the cluster community by the European Cluster "
    "Collaboration Platform. They offer insights into current industrial policies and into the work of clusters, "
    "news from the platform and funding opportunities.</p>"
)


def hv014():
    url = (
        NCA
        + "/news/support-programmes-and-funding-schemes-cluster-policies-in-the-eu-eu-clusters-talk-21-february-2024"
    )
    heading = "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024"
    body = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organised the EU Clusters Talk “Support programmes and funding schemes: Cluster policies in the EU” on 21 February 2024, 10:00 – 11:30 CET.</p>
<p>National and regional cluster programmes differ a lot across Europe: some countries fund cluster management, others only joint projects, and a few have no programme at all. The Talk presented the new European Cluster Policy Mapping and asked three agencies how they design their support.</p>
<p>Moderated by Nina Kolar, Cluster Policy Expert, European Cluster Collaboration Platform.</p>
<p>Speakers and presentations:</p>
<p>- Marek Przeor – Team Leader Cluster Policy – DG GROW, European Commission – <a href="/files/euct-21-02-2024-przeor.pdf" target="_blank">Download presentation</a><br>
- Dr. Christina Bauer – Senior Researcher – VDI/VDE Innovation + Technik GmbH – <a href="/files/euct-21-02-2024-bauer.pdf" target="_blank">Download presentation</a><br>
- Michal Procházka – Director – Czech Agency for Investment and Business Development (CzechInvest) – <a href="/files/euct-21-02-2024-prochazka.pptx" target="_blank">Download presentation</a><br>
- Elena Sánchez – Head of Clusters Programme – Basque Business Development Agency (SPRI)</p>
<p>Watch the <a href="https://www.youtube.com/watch?v=eucT21feb24" target="_blank">recording on YouTube</a>.</p>
{EUCT_BLURB}"""
    inner = (
        CLOCK.format("14.02.2024")
        + IMG.format("p2k7sd0q1m")
        + content(body)
        + t2_files(
            "Summary and data",
            [
                (
                    "/files/euct-21-02-2024-summary.pdf",
                    "EU Clusters Talk 21 February 2024 - Summary",
                    "04/03/2024 15:02:10",
                ),
                (
                    "/files/euct-21-02-2024-mapping.xlsx",
                    "European Cluster Policy Mapping - data",
                    "02/04/2024 08:47:55",
                ),
            ],
        )
    )
    html = t2_page(url, heading, "Support programmes and funding schemes: Cluster policies in…", inner, SIDE_2024)
    r = rec(
        "hv-014",
        url,
        "T2",
        "en",
        True,
        "Support programmes and funding schemes: Cluster policies in the EU",
        heading,
        "EU Clusters Talks",
        "2024-02-21T10:00:00+01:00",
        "2024-02-21T11:30:00+01:00",
        "CET",
        [
            sp("Nina Kolar", "Cluster Policy Expert", "European Cluster Collaboration Platform"),
            sp("Marek Przeor", "Team Leader Cluster Policy", "DG GROW, European Commission"),
            sp("Christina Bauer", "Senior Researcher", "VDI/VDE Innovation + Technik GmbH"),
            sp("Michal Procházka", "Director", "Czech Agency for Investment and Business Development (CzechInvest)"),
            sp("Elena Sánchez", "Head of Clusters Programme", "Basque Business Development Agency (SPRI)"),
        ],
        [],
        [
            asset("Download presentation", NCA + "/files/euct-21-02-2024-przeor.pdf"),
            asset("Download presentation", NCA + "/files/euct-21-02-2024-bauer.pdf"),
            asset("Download presentation", NCA + "/files/euct-21-02-2024-prochazka.pptx"),
            asset(
                "EU Clusters Talk 21 February 2024 - Summary",
                NCA + "/files/euct-21-02-2024-summary.pdf",
                "2024-03-04T15:02:10+01:00",
            ),
            asset(
                "European Cluster Policy Mapping - data",
                NCA + "/files/euct-21-02-2024-mapping.xlsx",
                "2024-04-02T08:47:55+02:00",
            ),
        ],
        "'Moderated by X, Role, Org.' line before the list is a speaker; 'Name – Role – Org – Download presentation' "
        "lines ('- ' bullets in one <br> paragraph), the last without a presentation; organisation with a comma "
        "inside a dash-separated line; three body documents (PDF, PDF, PPTX) then two attachments; Created "
        "04/03/2024 (winter, +01:00) and 02/04/2024 (2 April, two days after the switch: +02:00); an XLSX "
        "attachment; clock stamp 14.02.2024 is not the event.",
    )
    return r, html


def hv015():
    url = NCA + "/news/the-future-of-european-competitiveness-role-of-clusters-eu-cluster-talks-2-october-2024"
    heading = "The future of European competitiveness: Role of Clusters, EU Cluster Talks - 2. October 2024"
    body = f"""<p>Two weeks after the publication of the Draghi report on the future of European competitiveness, the European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, invites you to the EU Clusters Talk “The future of European competitiveness: Role of Clusters” on 2 October 2024, 10:00 – 11:30 CET.</p>
<p>The report calls for a new industrial strategy that closes the innovation gap, lowers energy prices and makes Europe more secure. What does this mean for the 3 000 cluster organisations in Europe and their SME members?</p>
<p>Keynote:</p>
<p>Kerstin Jorna, Director-General of DG GROW, European Commission.</p>
<p>Panel:</p>
<p>Kristina Šermukšnienė, President at Lithuanian Cluster Association, Board Member at TCI Network;</p>
<p>Jan Novák, Chairman of the Board of the National Cluster Association (NCA);</p>
<p>Hanna Berg, Managing Director, Automotive Cluster West Sweden, E-BOOST Eurocluster;</p>
<p>Petr Dvořák, Cluster Manager, Moravian Aerospace Cluster (European Cluster Manager of the Year 2023).</p>
<p>More speakers TBC.</p>
<p><a href="https://ec.europa.eu/eusurvey/runner/EUCT_competitiveness" target="_blank">Registration</a></p>
{EUCT_BLURB}"""
    inner = (
        CLOCK.format("25.09.2024")
        + IMG.format("c0mp3t1t1v")
        + content(body)
        + t2_files(
            "Agenda",
            [("/files/euct-2-10-2024-agenda.pdf", "Agenda – EU Clusters Talk 2 October 2024", "04/10/2024 11:05:31")],
        )
    )
    html = t2_page(
        url,
        heading,
        "The future of European competitiveness: Role of Clusters, E…",
        inner,
        SIDE_2024[:2] + SIDE_2024[3:],
    )
    r = rec(
        "hv-015",
        url,
        "T2",
        "en",
        True,
        "The future of European competitiveness: Role of Clusters",
        heading,
        "EU Clusters Talks",
        "2024-10-02T10:00:00+02:00",
        "2024-10-02T11:30:00+02:00",
        "CET",
        [
            sp("Kerstin Jorna", "Director-General", "DG GROW, European Commission"),
            sp("Kristina Šermukšnienė", "President; Board Member", "Lithuanian Cluster Association; TCI Network"),
            sp("Jan Novák", "Chairman of the Board", "National Cluster Association (NCA)"),
            sp("Hanna Berg", "Managing Director", "Automotive Cluster West Sweden", "E-BOOST"),
            sp("Petr Dvořák", "Cluster Manager", "Moravian Aerospace Cluster"),
        ],
        ["E-BOOST"],
        [
            asset(
                "Agenda – EU Clusters Talk 2 October 2024",
                NCA + "/files/euct-2-10-2024-agenda.pdf",
                "2024-10-04T11:05:31+02:00",
            )
        ],
        "Heading date '2. October 2024' (dotted day); 'CET' on an October date before the switch (+02:00); "
        "'Keynote:' and 'Panel:' sub-intros instead of 'Speakers'; 'Name, Role of Org'; two affiliations with 'at' "
        "in one line; 'Role of the Board of Org' must keep 'of the Board' in the role; award suffix in parentheses "
        "dropped from the organisation; Eurocluster in the line; 'More speakers TBC.'; Created 04/10/2024 is 4 "
        "October (day first).",
    )
    return r, html


def hv016():
    url = NCA + "/news/we-went-to-katowice-to-attend-the-clusters-meet-regions"
    heading = "We went to Katowice to attend the Clusters Meet Regions"
    body = """<p>On 8th and 9th November, the NCA team travelled to Katowice for the Clusters meet Regions event organised by the European Cluster Collaboration Platform together with the Marshal’s Office of the Silesian Voivodeship.</p>
<p>The event was opened by Jakub Chełstowski, Marshal of the Silesian Voivodeship, together with Valentina Pinna, Head of Sector for Clusters at EISMEA. Both stressed that the region’s move away from coal depends on companies that find new markets, and that clusters are the fastest way to connect them with partners abroad.</p>
<p>In the afternoon, Dr. Agnieszka Sobol from the University of Economics in Katowice presented a study on the Silesian cluster landscape, and Lucie Dvořáková, Project Manager at NCA, presented the Czech cluster programme in the session on cross-border cooperation.</p>
<p>On the second day participants visited the Silesian Science and Technology Park and met in more than 90 bilateral meetings.</p>
<p>The next Clusters meet Regions will take place in Košice in March 2023. We are looking forward to meeting our Slovak neighbours there.</p>"""
    inner = CLOCK.format("15.11.2022") + IMG.format("k4t0w1c3cm") + content(body)
    html = t2_page(
        url,
        heading,
        "We went to Katowice to attend the Clusters Meet Regions",
        inner,
        SIDE_2023[:2] + SIDE_2023[3:],
        truncate_after='alt="NCA" width="150" height="40"><p>The National Cluster Association brings',
    )
    r = rec(
        "hv-016",
        url,
        "T2",
        "en",
        True,
        heading,
        heading,
        "Clusters meet Regions",
        "2022-11-08",
        "2022-11-09",
        None,
        [
            sp("Jakub Chełstowski", "Marshal", "Silesian Voivodeship"),
            sp("Valentina Pinna", "Head of Sector for Clusters", "EISMEA"),
            sp("Agnieszka Sobol", None, "University of Economics in Katowice"),
            sp("Lucie Dvořáková", "Project Manager", "NCA"),
        ],
        [],
        [],
        "Past-tense report, ordinal days without a year ('On 8th and 9th November'): 2022 only from the clock "
        "stamp 15.11.2022; next edition 'in Košice in March 2023' is another event; speakers in prose ('opened by "
        "X, Role of Org, together with Y, Role at Org', 'Dr. X from Org presented', 'X, Role at Org, presented'); "
        "TRUNCATED file: it ends in the middle of the footer, no </body>, no </html>.",
    )
    return r, html


def hv017():
    url = NCA + "/news/critical-raw-materials-securing-supply-chains-through-clusters-eu-clusters-talk-26-april-2023"
    heading = "Critical raw materials: Securing supply chains through clusters - EU Clusters Talk, 26 April 2023"
    body = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Critical Raw Materials Act: Opportunities for clusters” on 19 April 2023, 8:30 – 9:45 CET.</p>
<p>Please note the new date: the Talk was moved from 26 April to 19 April 2023.</p>
<p>On 16 March 2023 the European Commission proposed the Critical Raw Materials Act, which sets targets for extraction, processing and recycling in the EU. The Talk looks at the role of mining, processing and recycling clusters in meeting them.</p>
<p>Speakers include:</p>
<ul>
<li>Milan Grohol, DG GROW, European Commission;</li>
<li>Bernd Schäfer, EIT RawMaterials;</li>
<li>Lenka Kovářová, Czech Cluster of Mining Technologies;</li>
<li>Jussi Heikkinen, Arctic Raw Materials Cluster (Finland).</li>
</ul>
{EUCT_BLURB}"""
    inner = (
        CLOCK.format("12.04.2023")
        + IMG.format("crm4ct2023")
        + content(body)
        + t2_files(
            "Summary and presentations",
            [
                (
                    "/files/euct-crm-summary.pdf",
                    "EU Clusters Talk Critical Raw Materials - Summary",
                    "26/04/2023 13:30:00",
                ),
                (
                    "/files/euct-crm-presentations.pdf",
                    "Presentations - EU Clusters Talk Critical Raw Materials",
                    "30/10/2023 09:12:44",
                ),
            ],
        )
    )
    html = t2_page(url, heading, "Critical raw materials: Securing supply chains through clust…", inner, SIDE_2023)
    r = rec(
        "hv-017",
        url,
        "T2",
        "en",
        True,
        "Critical Raw Materials Act: Opportunities for clusters",
        heading,
        "EU Clusters Talks",
        "2023-04-19T08:30:00+02:00",
        "2023-04-19T09:45:00+02:00",
        "CET",
        [
            sp("Milan Grohol", None, "DG GROW, European Commission"),
            sp("Bernd Schäfer", None, "EIT RawMaterials"),
            sp("Lenka Kovářová", None, "Czech Cluster of Mining Technologies"),
            sp("Jussi Heikkinen", None, "Arctic Raw Materials Cluster"),
        ],
        [],
        [
            asset(
                "EU Clusters Talk Critical Raw Materials - Summary",
                NCA + "/files/euct-crm-summary.pdf",
                "2023-04-26T13:30:00+02:00",
            ),
            asset(
                "Presentations - EU Clusters Talk Critical Raw Materials",
                NCA + "/files/euct-crm-presentations.pdf",
                "2023-10-30T09:12:44+01:00",
            ),
        ],
        "Heading says 26 April 2023, the body's date sentence says 19 April 2023 and a note explains the move: the "
        "real date is 19 April (+02:00, 'CET'); 'On 16 March 2023' is a policy date; 'Name, Org' lines without role "
        "('DG GROW, European Commission' is the organisation); country suffix '(Finland)'; Created 30/10/2023 is the "
        "day after the switch to winter time (+01:00).",
    )
    return r, html


def hv018():
    url = NCA + "/news/new-members-of-the-nca-approved-by-the-general-assembly"
    heading = "New members of the NCA approved by the General Assembly"
    body = """<p>The General Assembly of the National Cluster Association met on 12 April 2023 at 10:00 in the premises of CzechInvest in Prague. The members approved the annual report for 2022 and the budget for 2023, and welcomed three new member clusters:</p>
<ul>
<li>Czech Hydrogen Technology Platform cluster (HYTEP);</li>
<li>Moravian-Silesian Energy Cluster;</li>
<li>Digital Innovation Hub Prague.</li>
</ul>
<p>With these three, NCA now represents 41 cluster organisations from all regions of the Czech Republic. The next General Assembly will take place in spring 2024.</p>"""
    inner = CLOCK.format("20.04.2023") + content(body)
    html = t2_page(url, heading, "New members of the NCA approved by the General Assembly", inner, SIDE_2023)
    r = rec(
        "hv-018",
        url,
        "T2",
        "en",
        False,
        heading,
        heading,
        notes="NOT an event: news about new members; the General Assembly '12 April 2023 at 10:00' where they were "
        "approved is not the subject.",
    )
    return r, html


def hv019():
    url = NCA + "/news/re-centre-2nd-open-call-for-smes"
    heading = "RE-CENTRE: 2nd open call for SMEs is open until 30 June 2023"
    body = """<p>The RE-CENTRE Eurocluster, in which several Czech clusters take part, has opened its second call for SMEs. Companies from the furniture, interior, IT and energy sectors can apply for grants of up to EUR 60 000 for digital and green projects carried out with partners from other countries.</p>
<p><strong>Deadline:</strong> 30 June 2023 at 17:00 CEST</p>
<p><strong>Info webinar:</strong> 6 June 2023, 10:00 – 11:00 CEST. The webinar explains the eligibility rules and the evaluation criteria and answers questions from applicants.</p>
<p>More information: <a href="https://re-centre.eu/open-calls/" target="_blank">re-centre.eu</a></p>"""
    inner = (
        CLOCK.format("24.05.2023")
        + content(body)
        + t2_files(
            "Documents",
            [
                (
                    "/files/re-centre-2nd-open-call-guide-for-applicants.pdf",
                    "Guide for applicants",
                    "24/05/2023 16:41:09",
                )
            ],
        )
    )
    html = t2_page(url, heading, "RE-CENTRE: 2nd open call for SMEs is open until 30 June 2023", inner, SIDE_2023)
    r = rec(
        "hv-019",
        url,
        "T2",
        "en",
        False,
        heading,
        heading,
        euroclusters=["RE-CENTRE"],
        assets=[
            asset(
                "Guide for applicants",
                NCA + "/files/re-centre-2nd-open-call-guide-for-applicants.pdf",
                "2023-05-24T16:41:09+02:00",
            )
        ],
        notes="NOT an event: an open call with a deadline that has a time and an info webinar with a date and a time range.",
    )
    return r, html


def hv020():
    url = NCA + "/news/nca-this-autumn-from-brussels-to-iasi"
    heading = "NCA this autumn: from Brussels to Iasi"
    body = """<p>October and November were busy for our team. Here is a short overview.</p>
<p><strong>European Week of Regions and Cities, Brussels.</strong> On 10 October we took part in the session “Clusters for resilient regions”, where our chairman Jan Novák presented the Czech cluster mapping.</p>
<p><strong>EU Clusters Talk.</strong> On 18 October, 8:30 – 9:45 CET, the online Talk on the Transition Pathway for Mobility attracted more than 200 participants; Lucie Dvořáková from NCA spoke about the Czech automotive clusters.</p>
<p><strong>Clusters meet Regions, Iasi.</strong> From 21 to 23 November 2023 we joined cluster managers from 20 countries in Romania, with company visits and a matchmaking session.</p>
<p>Thank you to everyone we met. The presentations are available on request.</p>"""
    inner = CLOCK.format("28.11.2023") + content(body)
    html = t2_page(url, heading, "NCA this autumn: from Brussels to Iasi", inner, SIDE_2023)
    r = rec(
        "hv-020",
        url,
        "T2",
        "en",
        False,
        heading,
        heading,
        notes="NOT an event: a recap of three different events, each with its own date (one with a time and a "
        "label) and a speaker; no single event is the subject.",
    )
    return r, html


PAGES = [hv014, hv015, hv016, hv017, hv018, hv019, hv020]
