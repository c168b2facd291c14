"""T1: ECCP (Drupal 10, Twig theme debug) pages, including a staging host, a preview host and a body kept in another
field. Article contents written by hand; the site chrome is the one the DEV corpus imitates."""

from common import (
    asset,
    rec,
    sp,
    t1_article,
    t1_attachments,
    t1_audience,
    t1_banner,
    t1_body,
    t1_byline,
    t1_field,
    t1_latest,
    t1_page,
    t1_share,
    t1_terms,
    t1_title,
    t1_upcoming,
    twig,
)

ECCP_BLURB = (
    "<p>The EU Clusters Talks are online meetings that the European Cluster Collaboration Platform organises for "
    "the cluster community about twice a month. Each Talk combines a short policy update from the European "
    "Commission with examples from cluster organisations, and ends with news from the platform and open "
    "calls for cooperation.</p>"
)

SITE = " | European Cluster Collaboration Platform"


def hv001():
    url = "https://clustercollaboration.eu/content/eu-clusters-talks-net-zero-industry-act-what-role-clusters"
    heading = "EU Clusters Talks: Net-Zero Industry Act – What role for clusters?"
    body = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Net-Zero Industry Act: What role for clusters?” on 17 April 2024, from 10:00 to 11:30 CET.</p>
<p>In February 2024 the co-legislators reached a provisional agreement on the Net-Zero Industry Act. The regulation sets a benchmark for Europe's capacity to manufacture clean technologies, speeds up permits and introduces net-zero industrial valleys. This Talk explains what the Act asks from Member States and regions, and how cluster organisations can help their members, most of them SMEs, to take part in the new value chains.</p>
<p>Target audience:</p>
<ul>
<li>cluster managers and staff working on the green transition;</li>
<li>regional and national authorities preparing net-zero industrial valleys;</li>
<li>SMEs that produce or use net-zero technologies.</li>
</ul>
<p>Speakers will include:</p>
<ul>
<li>Sophie Verhaegen, Head of Unit D.2 – Industrial Forum, Alliances, Clusters, DG GROW, European Commission;</li>
<li>Dr. Matthias Koller, Senior Policy Analyst at the Joint Research Centre (JRC), European Commission;</li>
<li>Inés Garrido Moreno, Head of the “Hydrogen Valleys” working group, Basque Energy Cluster;</li>
<li>Tomasz Zieliński, CEO, Silesian Clean Technologies Cluster (Poland);</li>
<li>Moderator: Anna Lindqvist, Senior Cluster Expert, European Cluster Collaboration Platform;</li>
<li>More speakers to be confirmed.</li>
</ul>
<p>Examples from the INGENIOUS and GEMSTONE Euroclusters will show how energy-intensive industries and manufacturing SMEs are already preparing.</p>
<p>Registration closes on 16 April 2024 at 17:00 CET. <a href="https://ec.europa.eu/eusurvey/runner/EUCT-NZIA-2024" target="_blank" rel="noopener">Register here</a>.</p>
{ECCP_BLURB}"""
    inner = (
        t1_banner(
            "event",
            "/sites/default/files/styles/banner_desktop/public/2024-03/EUCT%20NZIA%20banner%201600x600.png",
            "EUCT NZIA banner 1600x600",
        )
        + t1_title(heading)
        + t1_byline("ECCP Team", "28 March 2024", "2024-03-28T11:04:37+00:00")
        + t1_body("event", body)
        + t1_terms(
            "event",
            "field_event_target",
            "Event Target",
            [(548, "Cluster organisations"), (1081, "Policy makers"), (3225, "SMEs")],
        )
        + t1_terms("event", "field_event_type", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")])
        + t1_audience("event")
        + t1_share(url, heading)
    )
    side = t1_upcoming(
        [
            (
                "2024-05-15T08:30:00+02:00",
                "Wed, 15/05/2024 - 08:30",
                "/content/eu-clusters-talks-plastics-circular-economy",
                "EU Clusters Talks: Plastics in the circular economy",
                "Online",
            ),
            (
                "2024-05-07T12:00:00Z|2024-05-08T12:00:00Z",
                "Tue, 07/05/2024|Wed, 08/05/2024",
                "/event-calendar/european-cluster-conference-2024",
                "European Cluster Conference 2024",
                "Physical event",
            ),
            (
                "2024-06-18T12:00:00Z|2024-06-19T12:00:00Z",
                "Tue, 18/06/2024|Wed, 19/06/2024",
                "/content/clusters-meet-regions-graz-austria",
                "Clusters meet Regions - Graz, Austria",
                "Physical event",
            ),
        ]
    ) + t1_latest(
        [
            (
                "26 March 2024",
                "/news/second-generation-euroclusters-call-results",
                "Second generation of Euroclusters: results of the call",
            ),
            (
                "14 March 2024",
                "/content/european-cluster-panorama-2024-published",
                "European Cluster Panorama 2024 published",
            ),
        ]
    )
    html = t1_page(
        url,
        301544,
        heading + SITE,
        "path-node page-node-type-event",
        [("/", "Home"), ("/events", "Events"), (None, heading)],
        t1_article(301544, "event", inner),
        side,
    )
    r = rec(
        "hv-001",
        url,
        "T1",
        "en",
        True,
        "Net-Zero Industry Act: What role for clusters?",
        heading,
        "EU Clusters Talks",
        "2024-04-17T10:00:00+02:00",
        "2024-04-17T11:30:00+02:00",
        "CET",
        [
            sp(
                "Sophie Verhaegen",
                "Head of Unit D.2 – Industrial Forum, Alliances, Clusters",
                "DG GROW, European Commission",
            ),
            sp("Matthias Koller", "Senior Policy Analyst", "Joint Research Centre (JRC), European Commission"),
            sp("Inés Garrido Moreno", "Head of the “Hydrogen Valleys” working group", "Basque Energy Cluster"),
            sp("Tomasz Zieliński", "CEO", "Silesian Clean Technologies Cluster"),
            sp("Anna Lindqvist", "Senior Cluster Expert", "European Cluster Collaboration Platform"),
        ],
        ["GEMSTONE", "INGENIOUS"],
        [],
        "'from 10:00 to 11:30 CET' on an April 2024 date (+02:00); registration deadline '16 April 2024 at 17:00 CET' "
        "is not the event; 'Target audience:' bullets right before the speakers are not speakers; a role containing "
        "commas and a dash; 'Role at the Org, Parent'; curly quotes inside a role; country suffix '(Poland)'; a "
        "'Moderator:' line is a speaker; 'More speakers to be confirmed.' is a placeholder; two Euroclusters in prose.",
    )
    return r, html


def hv002():
    url = "https://clustercollaboration.eu/content/clusters-meet-regions-charleroi-belgium"
    heading = "Clusters meet Regions - Charleroi, Belgium"
    body = """<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises the next Clusters meet Regions on 27 and 28 November 2024 in Charleroi, Belgium, together with the Public Service of Wallonia and the Walloon competitiveness clusters. Under the theme “Clusters as enablers of industrial renewal in regions in transition”, the event looks at how former heavy-industry regions use clusters to build new value chains in health, logistics and clean technologies.</p>
<p>Charleroi is the eleventh stop of the series. It follows the edition held in Chișinău, Moldova, on 10-11 October 2024, and will be followed by Clusters meet Regions in Lisbon, Portugal, on 26-27 March 2025. <a href="/content/clusters-meet-regions-chisinau-moldova-report">Read the report from Chișinău</a>.</p>
<p>Programme highlights:</p>
<ul>
<li>Day 1: policy workshop with the European Commission and regional authorities, followed by visits to BioPark Charleroi and the Aéropole science park;</li>
<li>Day 2: thematic sessions on biotech, logistics and the energy transition, and a matchmaking session for clusters and companies.</li>
</ul>
<p>Participation is free of charge, but places are limited. Registration is open until 13 November 2024.</p>
<p><a href="https://ec.europa.eu/eusurvey/runner/CmR-Charleroi-2024" target="_blank" rel="noopener">Register now</a> | <a href="/sites/default/files/2024-10/CmR_Charleroi_banner.jpg">Download the event banner</a></p>
<p>Clusters meet Regions is a series of regional workshops organised by the European Cluster Collaboration Platform on behalf of the European Commission. Each edition brings cluster organisations, regional authorities and companies from across Europe to the host region.</p>"""
    inner = (
        t1_banner(
            "event",
            "/sites/default/files/styles/banner_desktop/public/2024-10/CmR%20Charleroi%20banner%201600x600.png",
            "CmR Charleroi 27-28 Nov banner",
        )
        + t1_title(heading)
        + '<div class="event-header__meta"><p class="event-header__when">27 - 28 November 2024, Charleroi, Wallonia, Belgium</p></div>\n'
        + t1_body("event", body)
        + t1_attachments(
            "event",
            [
                (
                    "https://clustercollaboration.eu/sites/default/files/2024-11/CmR_Charleroi_Agenda_final.pdf",
                    "CmR_Charleroi_Agenda_final.pdf",
                    "388.21 KB",
                ),
                (
                    "https://clustercollaboration.eu/sites/default/files/2024-11/ECCP_CmR_InputPaper_Charleroi.pdf",
                    "ECCP_CmR_InputPaper_Charleroi.pdf",
                    "1.92 MB",
                ),
                (
                    "https://clustercollaboration.eu/sites/default/files/2024-11/CmR_Charleroi_practical_information.docx",
                    "CmR_Charleroi_practical_information.docx",
                    "64.5 KB",
                ),
            ],
        )
        + t1_terms(
            "event",
            "field_event_target",
            "Event Target",
            [(1977, "Cluster organisations"), (3838, "Regional authorities")],
        )
        + t1_terms("event", "field_event_type", "Event Type", [(1217, "Clusters meet Regions"), (3271, "Workshop")])
        + t1_audience("event")
        + t1_share(url, heading)
    )
    side = t1_upcoming(
        [
            (
                "2024-12-11T10:00:00+01:00",
                "Wed, 11/12/2024 - 10:00",
                "/content/eu-clusters-talks-year-review-2024",
                "EU Clusters Talks: 2024 in review",
                "Online",
            ),
            (
                "2025-03-26T12:00:00Z|2025-03-27T12:00:00Z",
                "Wed, 26/03/2025|Thu, 27/03/2025",
                "/content/clusters-meet-regions-lisbon-portugal",
                "Clusters meet Regions - Lisbon, Portugal",
                "Physical event",
            ),
        ]
    ) + t1_latest(
        [
            (
                "22 October 2024",
                "/content/clusters-meet-regions-chisinau-moldova-report",
                "Clusters meet Regions in Chișinău: a bridge to the EU single market",
            ),
            (
                "30 September 2024",
                "/content/c2lab-strasbourg-round",
                "C2Lab Strasbourg: four teams, four project ideas",
            ),
        ]
    )
    html = t1_page(
        url,
        351207,
        heading + SITE,
        "path-node page-node-type-event",
        [
            ("/", "Home"),
            ("/events", "Events"),
            ("/events/organised-by-eccp/clusters-meet-regions", "Clusters meet Regions"),
            (None, heading),
        ],
        t1_article(351207, "event", inner),
        side,
    )
    base = "https://clustercollaboration.eu/sites/default/files/2024-11/"
    r = rec(
        "hv-002",
        url,
        "T1",
        "en",
        True,
        "Clusters as enablers of industrial renewal in regions in transition",
        heading,
        "Clusters meet Regions",
        "2024-11-27",
        "2024-11-28",
        None,
        [],
        [],
        [
            asset("CmR_Charleroi_Agenda_final.pdf", base + "CmR_Charleroi_Agenda_final.pdf"),
            asset("ECCP_CmR_InputPaper_Charleroi.pdf", base + "ECCP_CmR_InputPaper_Charleroi.pdf"),
            asset("CmR_Charleroi_practical_information.docx", base + "CmR_Charleroi_practical_information.docx"),
        ],
        "Event page citing the previous edition (Chișinău, 10-11 October 2024) and the next one (Lisbon, 26-27 March "
        "2025) with their dates, before and after nothing else dated; '27 and 28 November 2024' in the body, header "
        "line '27 - 28 November 2024'; quoted theme is the title; ECCP 'Attachment | Size' table with a PDF, PDF and "
        "DOCX; a .jpg banner link and a registration link are not assets; 'Day 1/Day 2' bullets are not speakers.",
    )
    return r, html


def hv003():
    url = "https://clustercollaboration.eu/content/attracting-talent-industrial-regions-five-takeaways"
    heading = "Attracting talent to industrial regions: five takeaways"
    body = """<p>Where will tomorrow’s welders, data analysts and process engineers come from? On 7 December 2022, from 8:30 to 9:45 CET, around 140 participants from 25 countries joined the EU Clusters Talk “Talent attraction and retention in industrial regions” to look for answers.</p>
<p>After a welcome by Marek Przeor, Team Leader for cluster policy at DG GROW, European Commission, who recalled that the Commission had proposed to make 2023 the European Year of Skills, the floor went to the practitioners. As Commissioner Nicolas Schmit had put it when the Year was announced, skills shortages are now a brake on the twin transition.</p>
<p>Dr. Katharina Weiss, Head of the Skills Academy at Business Upper Austria, presented how the regional clusters run joint apprenticeship campaigns for their member companies.</p>
<p>Pedro Almeida from PRODUTECH, the Portuguese production technologies cluster, explained how a shared training catalogue helps small firms that cannot afford their own HR department.</p>
<p>Finally, Ilze Ozola, Project Manager at the Latvian IT Cluster, shared the results of a relocation programme that brought 60 IT specialists to Riga in 2022.</p>
<p>Five takeaways from the discussion:</p>
<ol>
<li>Start with the companies’ real vacancies, not with generic campaigns.</li>
<li>Work with schools early: teenagers choose careers before they meet employers.</li>
<li>Share the cost of training between small firms through the cluster.</li>
<li>Make regions attractive for families, not only for workers.</li>
<li>Measure retention, not only recruitment.</li>
</ol>
<p>The recording is available on the <a href="https://www.youtube.com/watch?v=tal3nt2022x">ECCP YouTube channel</a>, and all presentations can be downloaded as one file: <a href="/sites/default/files/2022-12/EUCT_Talent_presentations.zip">presentations (ZIP, 8 MB)</a>.</p>"""
    inner = (
        t1_title(heading)
        + t1_byline("ECCP Team", "21 December 2022", "2022-12-21T15:40:12+00:00")
        + t1_body("article", body)
        + t1_audience("article")
        + t1_share(url, heading)
    )
    side = t1_upcoming(
        [
            (
                "2023-01-18T08:30:00+01:00",
                "Wed, 18/01/2023 - 08:30",
                "/content/eu-clusters-talks-chips-act",
                "EU Clusters Talks: The European Chips Act and clusters",
                "Online",
            ),
            (
                "2023-02-01T08:30:00+01:00",
                "Wed, 01/02/2023 - 08:30",
                "/content/eu-clusters-talks-proximity-social-economy",
                "EU Clusters Talks: Proximity and social economy",
                "Online",
            ),
        ]
    ) + t1_latest(
        [
            (
                "16 December 2022",
                "/news/euroclusters-first-open-calls",
                "Euroclusters publish their first open calls for SMEs",
            ),
            ("2 December 2022", "/news/european-year-skills-2023", "2023 will be the European Year of Skills"),
        ]
    )
    html = t1_page(
        url,
        262110,
        heading + SITE,
        "path-node page-node-type-article",
        [("/", "Home"), ("/news", "News"), (None, heading)],
        t1_article(262110, "article", inner),
        side,
    )
    r = rec(
        "hv-003",
        url,
        "T1",
        "en",
        True,
        "Talent attraction and retention in industrial regions",
        heading,
        "EU Clusters Talks",
        "2022-12-07T08:30:00+01:00",
        "2022-12-07T09:45:00+01:00",
        "CET",
        [
            sp("Marek Przeor", "Team Leader for cluster policy", "DG GROW, European Commission"),
            sp("Katharina Weiss", "Head of the Skills Academy", "Business Upper Austria"),
            sp("Pedro Almeida", None, "PRODUTECH"),
            sp("Ilze Ozola", "Project Manager", "Latvian IT Cluster"),
        ],
        [],
        [
            asset(
                "presentations (ZIP, 8 MB)",
                "https://clustercollaboration.eu/sites/default/files/2022-12/EUCT_Talent_presentations.zip",
            )
        ],
        "Event report whose heading names no event ('... five takeaways'); byline two weeks later; speakers in prose "
        "('After a welcome by X, Role at Org', 'X from ORG, the ... cluster, explained', 'Finally, X, Role at Org'); "
        "Commissioner named in a quote did not speak; 'Dr.' to strip; numbered takeaways are not speakers; a ZIP "
        "asset; the YouTube link is not.",
    )
    return r, html


def hv004():
    url = "https://impr-0001-1260-partners.eccp.hosted-temp.com/content/eu-clusters-talks-digital-product-passport-are-clusters-ready"
    heading = "EU Clusters Talks: Digital Product Passport – are clusters ready?"
    body = (
        """<p>Join us on Wednesday, 22nd of May 2024 | 10:00 – 11:30 (CET) for the next EU Clusters Talk: “Digital Product Passport: Are clusters ready?”</p>
<p>The Ecodesign for Sustainable Products Regulation will require a digital product passport for textiles, batteries, furniture and many other products. Clusters already help their members collect supply-chain data; the Talk discusses what else SMEs need and how data spaces can keep the cost low.</p>
<p>Speakers at this EU Clusters Talk will include:</p>
<p><strong>Dr. Lucia Ferrante</strong>Policy Officer, DG ENV, European Commission</p>
<p><strong>Jens Thorsen</strong>Chief Digital Officer, Danish Fashion and Textile; Board Member, Lifestyle &amp; Design Cluster</p>
<p><strong>Aino Virtanen</strong>Head of Circular Economy at Business Finland</p>
<p><strong>Ricardo Mendes</strong>Innovation Manager, CITEVE, EuroBoosTEX Eurocluster</p>
<p>Save your spot: <a href="https://ec.europa.eu/eusurvey/runner/EUCT_DPP_2024" target="_blank">registration form</a> (open until 21 May 2024, 12:00 CET).</p>
"""
        + ECCP_BLURB
    )
    inner = (
        t1_banner(
            "event",
            "/sites/default/files/styles/banner_desktop/public/2024-04/DPP%20Talk%201600x600%20v3.png",
            "DPP Talk 1600x600 v3",
        )
        + t1_title(heading)
        + t1_byline("eccp_editor", "30 April 2024", "2024-04-30T08:12:55+00:00")
        + t1_body("event", body)
        + t1_terms("event", "field_event_type", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")])
        + t1_audience("event")
        + t1_share(url, heading)
    )
    banner = (
        '<div class="environment-indicator" style="background:#b3261e;color:#fff;padding:4px 12px;font:12px sans-serif">'
        "STAGING impr-0001-1260 &middot; partner preview &middot; content may change before publication &middot; last sync 13/05/2024 06:00</div>\n"
    )
    side = t1_upcoming(
        [
            (
                "2024-06-05T10:00:00+02:00",
                "Wed, 05/06/2024 - 10:00",
                "/content/eu-clusters-talks-space-ecosystem",
                "EU Clusters Talks: Clusters in the space ecosystem",
                "Online",
            ),
            (
                "2024-06-18T12:00:00Z|2024-06-19T12:00:00Z",
                "Tue, 18/06/2024|Wed, 19/06/2024",
                "/content/clusters-meet-regions-graz-austria",
                "Clusters meet Regions - Graz, Austria",
                "Physical event",
            ),
        ]
    )
    html = t1_page(
        url,
        318877,
        heading + SITE,
        "path-node page-node-type-event",
        [("/", "Home"), ("/events", "Events"), (None, heading)],
        t1_article(318877, "event", inner),
        side,
        before_main=banner,
    )
    r = rec(
        "hv-004",
        url,
        "T1",
        "en",
        True,
        "Digital Product Passport: Are clusters ready?",
        heading,
        "EU Clusters Talks",
        "2024-05-22T10:00:00+02:00",
        "2024-05-22T11:30:00+02:00",
        "CET",
        [
            sp("Lucia Ferrante", "Policy Officer", "DG ENV, European Commission"),
            sp(
                "Jens Thorsen",
                "Chief Digital Officer; Board Member",
                "Danish Fashion and Textile; Lifestyle & Design Cluster",
            ),
            sp("Aino Virtanen", "Head of Circular Economy", "Business Finland"),
            sp("Ricardo Mendes", "Innovation Manager", "CITEVE", "EuroBoosTEX"),
        ],
        ["EuroBoosTEX"],
        [],
        "ECCP staging host (same Drupal markup) with a staging banner carrying a sync date; 'Wednesday, 22nd of May "
        "2024 | 10:00 – 11:30 (CET)' (ordinal with 'of', pipes, label in parentheses) on a May date (+02:00); "
        "speaker names in <strong> glued to the role with no separator; two affiliations joined by ';' in one "
        "line; 'Role at Org'; Eurocluster in the line; registration deadline with a time is not the event.",
    )
    return r, html


def hv005():
    url = "https://preview.clustercollaboration.eu/event-calendar/eu-cluster-matchmaking-circular-textile-value-chain"
    heading = "EU Cluster Matchmaking: Building the circular textile value chain"
    text = """<p>Textile producers, recyclers, fashion brands and construction companies are invited to the online EU Cluster Matchmaking organised by the European Cluster Collaboration Platform from 12 to 13 June 2024.</p>
<p>Participants publish a cooperation profile and book one-to-one video meetings of 25 minutes with partners from other countries. Clusters taking part in the EuroBoosTEX and X-BUILD-EU Euroclusters will present their open calls for SMEs during the first morning.</p>
<p>Registration is open until 5 June 2024 (23:59 CEST). Meetings can be booked from 6 June 2024.</p>
<p><a href="https://eu-cluster-matchmaking-textiles-2024.b2match.io/" target="_blank" rel="noopener">Register on b2match</a></p>"""
    para = twig(
        "paragraph",
        [
            "paragraph--text--default.html.twig",
            "paragraph--text.html.twig",
            "paragraph--default.html.twig",
            "paragraph.html.twig",
        ],
        "paragraph--text.html.twig",
        "themes/custom/eccp_theme/templates/paragraphs/paragraph--text.html.twig",
        True,
        '<div class="paragraph paragraph--type--text paragraph--view-mode--default">\n'
        + t1_field(
            "field_text",
            "text",
            "text-long",
            f'<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{text}</div>',
        )
        + "</div>",
    )
    paragraphs = t1_field(
        "field_paragraphs",
        "event",
        "entity-reference-revisions",
        f'<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">\n<div class="field__item">{para}</div>\n</div>',
    )
    date_field = t1_field(
        "field_event_date",
        "event",
        "daterange",
        '<div class="field field--name-field-event-date field--type-daterange field--label-inline clearfix">\n'
        '    <div class="field__label">Date</div>\n'
        '    <div class="field__item"><time datetime="2024-06-12T12:00:00Z" class="datetime">Wed, 12/06/2024</time>\n - <time datetime="2024-06-13T12:00:00Z" class="datetime">Thu, 13/06/2024</time>\n</div>\n</div>',
    )
    inner = (
        t1_banner(
            "event",
            "/sites/default/files/styles/banner_desktop/public/2024-05/matchmaking_textiles_1600x600.jpg",
            "matchmaking_textiles_1600x600",
        )
        + t1_title(heading)
        + date_field
        + paragraphs
        + t1_terms("event", "field_event_type", "Event Type", [(2088, "Matchmaking event"), (2075, "Online event")])
        + t1_audience("event")
        + t1_share(url, heading)
    )
    side = t1_upcoming(
        [
            (
                "2024-06-05T10:00:00+02:00",
                "Wed, 05/06/2024 - 10:00",
                "/content/eu-clusters-talks-space-ecosystem",
                "EU Clusters Talks: Clusters in the space ecosystem",
                "Online",
            ),
            (
                "2024-06-18T12:00:00Z|2024-06-19T12:00:00Z",
                "Tue, 18/06/2024|Wed, 19/06/2024",
                "/content/clusters-meet-regions-graz-austria",
                "Clusters meet Regions - Graz, Austria",
                "Physical event",
            ),
            (
                "2024-09-25T12:00:00Z|2024-09-26T12:00:00Z",
                "Wed, 25/09/2024|Thu, 26/09/2024",
                "/content/c2lab-strasbourg-france",
                "C2Lab - Strasbourg, France",
                "Physical event",
            ),
        ]
    )
    html = t1_page(
        url,
        322940,
        heading + SITE,
        "path-node page-node-type-event",
        [("/", "Home"), ("/event-calendar", "Event calendar"), (None, heading)],
        t1_article(322940, "event", inner),
        side,
    )
    r = rec(
        "hv-005",
        url,
        "T1",
        "en",
        True,
        heading,
        heading,
        "ECCP matchmaking",
        "2024-06-12",
        "2024-06-13",
        None,
        [],
        ["EuroBoosTEX", "xBUILD-EU"],
        [],
        "ECCP preview host; body kept in a Paragraphs field (field--name-field-paragraphs > field--name-field-text), "
        "no field--name-body at all; Drupal daterange field 'Wed, 12/06/2024 - Thu, 13/06/2024' (numeric day "
        "first) whose datetime attributes carry the all-day 12:00Z artefact -> dates only; prose 'from 12 to 13 June "
        "2024'; registration deadline '5 June 2024 (23:59 CEST)' is not the event; 'X-BUILD-EU' alias.",
    )
    return r, html


def hv006():
    url = "https://clustercollaboration.eu/community-event/euroboostex-final-conference-textile-smes-ready-twin-transition"
    heading = "EuroBoosTEX Final Conference: Textile SMEs ready for the twin transition"
    loc = t1_field(
        "field_location_and_date",
        "community_event",
        "text_long",
        '<div class="field field--name-field-location-and-date field--type-text_long field--label-above">\n'
        '    <div class="field__label">Location and date</div>\n'
        '<div class="field__item"><p>Thursday 14 March 2024, 9:30 – 16:30<br />\nLas Naves, Carrer de Joan Verdeguer 16<br />\n46024 Valencia, Spain</p></div></div>',
    )
    body = """<p>After two years of open calls, trainings and matchmaking, the EuroBoosTEX Eurocluster presents its results in Valencia. The final conference brings together the textile SMEs that received support, the partner clusters and policy makers to discuss what comes next for Europe’s textile ecosystem.</p>
<h3>Programme</h3>
<table class="agenda">
<thead><tr><th>Time</th><th>Session</th><th>Speakers</th></tr></thead>
<tbody>
<tr><td>9:30</td><td>Registration and welcome coffee</td><td>&nbsp;</td></tr>
<tr><td>10:00</td><td>Opening</td><td>Pepa Ortega, Director General, ATEVAL</td></tr>
<tr><td>10:20</td><td>Keynote: The EU Strategy for Sustainable and Circular Textiles</td><td>Julien Marchand, Policy Officer, DG GROW, European Commission</td></tr>
<tr><td>11:00</td><td>Panel: What the open calls changed for our SMEs</td><td>Giulia Fontana, Project Manager, Cluster Tessile Biella<br />Tomas Vaitkus, CEO, Lithuanian Apparel and Textile Industry Association<br />Marie Dupont, Innovation Officer, Techtera</td></tr>
<tr><td>12:30</td><td>Networking lunch</td><td>&nbsp;</td></tr>
<tr><td>14:00</td><td>Workshops: digital tools for traceability</td><td>EuroBoosTEX partners</td></tr>
<tr><td>16:00</td><td>Conclusions and next steps</td><td>Pepa Ortega, ATEVAL</td></tr>
</tbody>
</table>
<p><a href="/sites/default/files/community-events/2024-02/EuroBoosTEX_final_conference_programme.pdf" target="_blank">Download the full programme (PDF)</a></p>
<p>Attendance is free; lunch is offered by the organisers. Please register before 7 March 2024.</p>"""
    org = t1_terms(
        "community_event",
        "field_cluster_organisation",
        "Cluster organisation",
        [(4412, "ATEVAL - Asociación de Empresarios Textiles de la Comunidad Valenciana")],
    )
    inner = t1_title(heading) + loc + t1_body("community_event", body) + org + t1_share(url, heading)
    side = t1_upcoming(
        [
            (
                "2024-03-20T10:00:00+01:00",
                "Wed, 20/03/2024 - 10:00",
                "/content/eu-clusters-talks-cluster-internationalisation",
                "EU Clusters Talks: Going global with clusters",
                "Online",
            ),
            (
                "2024-05-07T12:00:00Z|2024-05-08T12:00:00Z",
                "Tue, 07/05/2024|Wed, 08/05/2024",
                "/event-calendar/european-cluster-conference-2024",
                "European Cluster Conference 2024",
                "Physical event",
            ),
        ]
    )
    html = t1_page(
        url,
        330415,
        heading + SITE,
        "path-node page-node-type-community-event",
        [("/", "Home"), ("/community-event", "Community events"), (None, heading)],
        t1_article(330415, "community_event", inner),
        side,
    )
    r = rec(
        "hv-006",
        url,
        "T1",
        "en",
        True,
        heading,
        heading,
        None,
        "2024-03-14T09:30:00+01:00",
        "2024-03-14T16:30:00+01:00",
        None,
        [
            sp("Pepa Ortega", "Director General", "ATEVAL"),
            sp("Julien Marchand", "Policy Officer", "DG GROW, European Commission"),
            sp("Giulia Fontana", "Project Manager", "Cluster Tessile Biella"),
            sp("Tomas Vaitkus", "CEO", "Lithuanian Apparel and Textile Industry Association"),
            sp("Marie Dupont", "Innovation Officer", "Techtera"),
        ],
        ["EuroBoosTEX"],
        [
            asset(
                "Download the full programme (PDF)",
                "https://clustercollaboration.eu/sites/default/files/community-events/2024-02/EuroBoosTEX_final_conference_programme.pdf",
            )
        ],
        "Community event of a Eurocluster (series null): 'Location and date' field 'Thursday 14 March 2024, 9:30 – "
        "16:30' without a zone label (+01:00, tz_label null); speakers in the third column of an agenda table, three "
        "in one cell split by <br>, one repeated later as 'Pepa Ortega, ATEVAL' (one speaker); session names and "
        "'EuroBoosTEX partners' are not speakers; registration deadline 7 March 2024 is not the event.",
    )
    return r, html


def hv007():
    url = "https://clustercollaboration.eu/event-calendar/save-date-eu-clusters-talks-ai-industrial-ecosystems"
    heading = "Save the date: EU Clusters Talks on AI in industrial ecosystems"
    body = """<p><strong>16.10.2024 | 10:00-11:30 CEST | Online</strong></p>
<p>More information and the registration link will follow soon.</p>"""
    inner = (
        t1_banner(
            "event",
            "/sites/default/files/styles/banner_desktop/public/2024-09/STD_EUCT_AI_16_October.png",
            "STD EUCT AI 16 October",
        )
        + t1_title(heading)
        + t1_byline("ECCP Team", "19 September 2024", "2024-09-19T13:21:08+00:00")
        + t1_body("event", body)
        + t1_terms("event", "field_event_type", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")])
        + t1_audience("event")
        + t1_share(url, heading)
    )
    side = t1_upcoming(
        [
            (
                "2024-10-02T10:00:00+02:00",
                "Wed, 02/10/2024 - 10:00",
                "/content/eu-clusters-talks-future-european-competitiveness-role-clusters",
                "EU Clusters Talks: The future of European competitiveness: Role of Clusters",
                "Online",
            ),
            (
                "2024-10-10T12:00:00Z|2024-10-11T12:00:00Z",
                "Thu, 10/10/2024|Fri, 11/10/2024",
                "/content/clusters-meet-regions-chisinau-moldova",
                "Clusters meet Regions - Chișinău, Moldova",
                "Physical event",
            ),
            (
                "2024-11-27T12:00:00Z|2024-11-28T12:00:00Z",
                "Wed, 27/11/2024|Thu, 28/11/2024",
                "/content/clusters-meet-regions-charleroi-belgium",
                "Clusters meet Regions - Charleroi, Belgium",
                "Physical event",
            ),
        ]
    ) + t1_latest(
        [
            (
                "12 September 2024",
                "/news/draghi-report-what-it-means-clusters",
                "The Draghi report: what it means for clusters",
            )
        ]
    )
    html = t1_page(
        url,
        349981,
        heading + SITE,
        "path-node page-node-type-event",
        [("/", "Home"), ("/event-calendar", "Event calendar"), (None, heading)],
        t1_article(349981, "event", inner),
        side,
    )
    r = rec(
        "hv-007",
        url,
        "T1",
        "en",
        True,
        heading,
        heading,
        "EU Clusters Talks",
        "2024-10-16T10:00:00+02:00",
        "2024-10-16T11:30:00+02:00",
        "CEST",
        [],
        [],
        [],
        "'Save the date' teaser that IS an event: two lines of text; numeric dotted date '16.10.2024 | "
        "10:00-11:30 CEST | Online'; sidebar lists three other events with <time> elements; banner alt text is not "
        "the title.",
    )
    return r, html


def hv008():
    url = "https://clustercollaboration.eu/open-calls/epicentre-2nd-open-call-internationalisation-vouchers"
    heading = "EPICENTRE 2nd Open Call: Internationalisation vouchers for SMEs"
    deadline = t1_field(
        "field_call_deadline",
        "open_call",
        "datetime",
        '<div class="field field--name-field-call-deadline field--type-datetime field--label-inline clearfix">\n'
        '    <div class="field__label">Deadline</div>\n'
        '    <div class="field__item"><time datetime="2023-03-15T16:00:00Z" class="datetime">Wed, 15/03/2023 - 17:00</time>\n</div>\n</div>',
    )
    body = """<p>The EPICENTRE Eurocluster opens its second call for SMEs in the ICT, fintech, health and agri-food sectors. Selected companies receive vouchers of up to EUR 10 000 to enter markets outside Europe, for example through trade missions, certification or partner search.</p>
<p><strong>Who can apply?</strong> SMEs established in an EU Member State or a country associated to the Single Market Programme.</p>
<p><strong>Deadline:</strong> 15 March 2023, 17:00 CET.</p>
<p>An online info session will take place on 14 February 2023, from 10:00 to 11:00 CET. It will be presented by:</p>
<ul>
<li>Elena Rossi, Project Coordinator, Lazio Innova;</li>
<li>Mikkel Sørensen, Call Manager, Copenhagen FinTech.</li>
</ul>
<p><a href="https://epicentre-project.eu/open-calls/2nd-call" target="_blank" rel="noopener">Read the guidelines and apply</a></p>"""
    inner = (
        t1_title(heading)
        + t1_byline("ECCP Team", "31 January 2023", "2023-01-31T09:55:00+00:00")
        + deadline
        + t1_body("open_call", body)
        + t1_share(url, heading)
    )
    side = t1_upcoming(
        [
            (
                "2023-02-01T08:30:00+01:00",
                "Wed, 01/02/2023 - 08:30",
                "/content/eu-clusters-talks-proximity-social-economy",
                "EU Clusters Talks: Proximity and social economy",
                "Online",
            ),
            (
                "2023-03-08T08:30:00+01:00",
                "Wed, 08/03/2023 - 08:30",
                "/content/eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition",
                "EU Clusters Talks: Meet the Euroclusters",
                "Online",
            ),
        ]
    )
    html = t1_page(
        url,
        287120,
        heading + SITE,
        "path-node page-node-type-open-call",
        [("/", "Home"), ("/search-results?type=eccp_calls", "Open calls"), (None, heading)],
        t1_article(287120, "open_call", inner),
        side,
    )
    r = rec(
        "hv-008",
        url,
        "T1",
        "en",
        False,
        heading,
        heading,
        euroclusters=["EPICENTRE"],
        notes="NOT an event: an open call. Deadline field with <time> and '15 March 2023, 17:00 CET', plus an info "
        "session 'on 14 February 2023, from 10:00 to 11:00 CET' with two presenters in a list; all of it "
        "serves the call, which is the subject of the page.",
    )
    return r, html


def hv009():
    url = "https://clustercollaboration.eu/tags/clusters-meet-regions"
    rows = [
        (
            "2024-11-27",
            "27 - 28 November 2024",
            "/content/clusters-meet-regions-charleroi-belgium",
            "Clusters meet Regions - Charleroi, Belgium",
            "The European Cluster Collaboration Platform organises the next Clusters meet Regions on 27 and 28 November 2024 in Charleroi.",
        ),
        (
            "2024-10-10",
            "10 - 11 October 2024",
            "/content/clusters-meet-regions-chisinau-moldova",
            "Clusters meet Regions - Chișinău, Moldova",
            "Clusters from Moldova and the EU meet in Chișinău on 10-11 October 2024 to discuss integration into European value chains.",
        ),
        (
            "2024-06-18",
            "18 - 19 June 2024",
            "/content/clusters-meet-regions-graz-austria",
            "Clusters meet Regions - Graz, Austria",
            "Styria hosts Clusters meet Regions on 18 and 19 June 2024, with a focus on green tech and mobility.",
        ),
        (
            "2023-11-21",
            "21 - 23 November 2023",
            "/content/clusters-meet-regions-iasi-romania",
            "Clusters meet Regions - Iasi, Romania",
            "Clusters as drivers of regional innovation eco-systems: three days in Iasi from 21 to 23 November 2023.",
        ),
    ]
    items = "\n".join(
        f"""<div class="views-row"><article class="teaser teaser--event">
  <div class="teaser__date"><time datetime="{d}T12:00:00Z" class="datetime">{shown}</time></div>
  <h3 class="teaser__title"><a href="{href}" hreflang="en">{t}</a></h3>
  <div class="teaser__summary"><p>{s}</p></div>
</article></div>"""
        for d, shown, href, t, s in rows
    )
    main = twig(
        "taxonomy_term",
        ["taxonomy-term--tags--full.html.twig", "taxonomy-term--tags.html.twig", "taxonomy-term.html.twig"],
        "taxonomy-term.html.twig",
        "core/themes/classy/templates/content/taxonomy-term.html.twig",
        False,
        '<h1 class="page-title">Clusters meet Regions</h1>\n<div class="taxonomy-term vocabulary-tags">\n'
        '<div class="field field--name-description field--type-text-with-summary field--label-hidden field__item"><p>All content tagged with this term.</p></div>\n</div>\n'
        '<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1">\n<div class="view-content">\n'
        + items
        + '\n</div>\n<nav class="pager" role="navigation"><ul class="pager__items js-pager__items"><li class="pager__item is-active"><a href="?page=0">1</a></li><li class="pager__item"><a href="?page=1">2</a></li><li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next ›</a></li></ul></nav>\n</div>',
    )
    side = t1_latest(
        [
            (
                "22 October 2024",
                "/content/clusters-meet-regions-chisinau-moldova-report",
                "Clusters meet Regions in Chișinău: a bridge to the EU single market",
            )
        ]
    )
    html = t1_page(
        url,
        1217,
        "Clusters meet Regions" + SITE,
        "path-taxonomy-term page-vocabulary-tags",
        [("/", "Home"), (None, "Clusters meet Regions")],
        main,
        side,
    )
    r = rec(
        "hv-009",
        url,
        "T1",
        "en",
        False,
        "Clusters meet Regions",
        "Clusters meet Regions",
        notes="NOT an event: tag page listing four Clusters meet Regions editions, each with a date range and a "
        "one-sentence summary that reads like an announcement.",
    )
    return r, html


def hv010():
    url = "https://clustercollaboration.eu/content/eu-clusters-talks-space-ecosystem-internal-review"
    main = (
        '<h1 class="page-title">Access denied</h1>\n<div class="region region-content"><p>You are not authorized to access this page.</p>\n'
        '<p>If you are a member of the platform, please <a href="/user/login?destination=/content/eu-clusters-talks-space-ecosystem-internal-review">log in</a> first.</p></div>'
    )
    side = t1_upcoming(
        [
            (
                "2024-06-05T10:00:00+02:00",
                "Wed, 05/06/2024 - 10:00",
                "/content/eu-clusters-talks-space-ecosystem",
                "EU Clusters Talks: Clusters in the space ecosystem",
                "Online",
            ),
        ]
    )
    html = t1_page(
        url,
        0,
        "Access denied" + SITE,
        "path-node page-node-type-event",
        [("/", "Home"), (None, "Access denied")],
        main,
        side,
    )
    html = html.replace("node--0", "node--%").replace('"currentPath": "node/0"', '"currentPath": "system/403"')
    r = rec(
        "hv-010",
        url,
        "T1",
        "en",
        False,
        "Access denied",
        "Access denied",
        notes="NOT an event: Drupal 403 'Access denied' page for an event URL; the sidebar still lists an upcoming "
        "EU Clusters Talk with a <time> and the body class says page-node-type-event.",
    )
    return r, html


def hv011():
    url = "https://clustercollaboration.eu/user/login?destination=/content/clusters-meet-regions-lisbon-portugal"
    form = """<h1 class="page-title">Log in</h1>
<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login?destination=/content/clusters-meet-regions-lisbon-portugal" method="post" id="user-login-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name">
      <label for="edit-name" class="js-form-required form-required">E-mail or username</label>
        <input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" autocomplete="username" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="254" class="form-text required" required="required" aria-required="true" />
  </div>
  <div class="js-form-item form-item js-form-type-password form-item-pass js-form-item-pass">
      <label for="edit-pass" class="js-form-required form-required">Password</label>
        <input autocomplete="current-password" data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" aria-required="true" />
  </div>
  <input autocomplete="off" data-drupal-selector="form-user-login" type="hidden" name="form_build_id" value="form-u6Qk2Pq0aVb3JxT9rNd1L8cZwYhE5mSgK7fRtI4oUvA" />
  <input data-drupal-selector="edit-user-login-form" type="hidden" name="form_id" value="user_login_form" />
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="Log in" class="button js-form-submit form-submit" /></div>
</form>
<p>Registration for <strong>Clusters meet Regions – Lisbon, Portugal (26-27 March 2025)</strong> is reserved for members of the platform. Please log in or <a href="/register-your-profile">create a profile</a> to continue.</p>
<ul class="user-links"><li><a href="/user/password">Reset your password</a></li></ul>"""
    html = t1_page(url, 0, "Log in" + SITE, "path-user user-login", [("/", "Home"), (None, "Log in")], form, "")
    html = html.replace("node--0", "user--login").replace('"currentPath": "node/0"', '"currentPath": "user/login"')
    r = rec(
        "hv-011",
        url,
        "T1",
        "en",
        False,
        "Log in",
        "Log in",
        notes="NOT an event: Drupal log-in form whose destination is an event; a sentence names the event and its "
        "dates (26-27 March 2025) in bold.",
    )
    return r, html


def hv012():
    url = "https://clustercollaboration.eu/events/organised-by-eccp"
    featured = """<section class="featured-event">
<h2 class="featured-event__label">Featured event</h2>
<div class="featured-event__card">
<img src="/sites/default/files/styles/teaser_large/public/2024-03/ECC2024_key_visual.png?itok=Ab12Cd34" alt="European Cluster Conference 2024 key visual" />
<h3><a href="/event-calendar/european-cluster-conference-2024">European Cluster Conference 2024</a></h3>
<p class="featured-event__when"><time datetime="2024-05-07T12:00:00Z">7</time> – <time datetime="2024-05-08T12:00:00Z">8 May 2024</time>, The Square, Brussels</p>
<p>The European Cluster Conference 2024 brings together around 500 cluster managers, policy makers and industry representatives to discuss how clusters can support Europe’s competitiveness and the green and digital transitions. Speakers include Commissioner Thierry Breton and Kerstin Jorna, Director-General of DG GROW.</p>
<p><a class="button" href="/event-calendar/european-cluster-conference-2024">Read more and register</a></p>
</div>
</section>"""
    rows = [
        (
            "2024-04-17T10:00:00+02:00",
            "Wed, 17/04/2024 - 10:00 – 11:30",
            "/content/eu-clusters-talks-net-zero-industry-act-what-role-clusters",
            "EU Clusters Talks: Net-Zero Industry Act – What role for clusters?",
        ),
        (
            "2024-05-15T08:30:00+02:00",
            "Wed, 15/05/2024 - 08:30 – 09:45",
            "/content/eu-clusters-talks-plastics-circular-economy",
            "EU Clusters Talks: Plastics in the circular economy",
        ),
        (
            "2024-05-22T10:00:00+02:00",
            "Wed, 22/05/2024 - 10:00 – 11:30",
            "/content/eu-clusters-talks-digital-product-passport-are-clusters-ready",
            "EU Clusters Talks: Digital Product Passport – are clusters ready?",
        ),
        (
            "2024-06-18T12:00:00Z",
            "Tue, 18/06/2024 - Wed, 19/06/2024",
            "/content/clusters-meet-regions-graz-austria",
            "Clusters meet Regions - Graz, Austria",
        ),
    ]
    lst = "\n".join(
        f'<div class="views-row"><article class="teaser teaser--event"><div class="teaser__date"><time datetime="{d}" class="datetime">{s}</time></div>'
        f'<h3 class="teaser__title"><a href="{h}" hreflang="en">{t}</a></h3></article></div>'
        for d, s, h, t in rows
    )
    main = (
        f'<h1 class="page-title">Events organised by the ECCP</h1>\n<p class="lead">Online Talks, regional workshops, '
        f"Cluster Collaboration Labs and matchmaking events organised by the European Cluster Collaboration Platform "
        f"on behalf of the European Commission.</p>\n{featured}\n<h2>All upcoming events</h2>\n"
        f'<div class="view view-eccp-events view-id-eccp_events view-display-id-page_1"><div class="view-content">\n{lst}\n</div></div>'
    )
    html = t1_page(
        url,
        0,
        "Events organised by the ECCP" + SITE,
        "path-events page-view-eccp-events",
        [("/", "Home"), ("/events", "Events"), (None, "Organised by ECCP")],
        main,
        "",
    )
    html = html.replace("node--0", "views-view--eccp-events").replace(
        '"currentPath": "node/0"', '"currentPath": "events/organised-by-eccp"'
    )
    r = rec(
        "hv-012",
        url,
        "T1",
        "en",
        False,
        "Events organised by the ECCP",
        "Events organised by the ECCP",
        notes="NOT an event: event listing whose top block features one event (European Cluster Conference 2024, "
        "7 – 8 May 2024) with a paragraph of description and named speakers, followed by four more events.",
    )
    return r, html


def hv013():
    url = "https://clustercollaboration.eu/community-news/lithuanian-cluster-manager-receives-european-cluster-manager-year-award"
    heading = "Lithuanian cluster manager receives the European Cluster Manager of the Year award"
    body = """<p>Rūta Jankauskienė, manager of the Lithuanian Laser and Engineering Technology Cluster, has been named European Cluster Manager of the Year 2023. She received the award on 26 September 2023 in Berlin, during the European Cluster Excellence Days (25 – 27 September 2023), in front of more than 300 cluster managers.</p>
<p>The jury highlighted the cluster’s joint export missions to Japan and the United States, a shared photonics test lab used by 40 member companies, and the training programme for young engineers that the cluster runs with Vilnius Gediminas Technical University.</p>
<p>“This award belongs to our members, who decided ten years ago to compete together rather than alone,” said Ms Jankauskienė after the ceremony, which started at 18:30 in the Umspannwerk Alexanderplatz.</p>
<p>The European Cluster Manager of the Year award is given every year by the European Secretariat for Cluster Analysis. Nominations for the 2024 edition open in March 2024.</p>"""
    inner = (
        t1_title(heading)
        + t1_byline("Lithuanian Innovation Centre", "9 October 2023", "2023-10-09T07:18:44+00:00")
        + t1_body("community_news", body)
        + t1_share(url, heading)
    )
    side = t1_latest(
        [
            (
                "4 October 2023",
                "/community-news/aerospace-valley-joins-metastars",
                "Aerospace Valley joins the METASTARS consortium",
            )
        ]
    )
    html = t1_page(
        url,
        297713,
        heading + SITE,
        "path-node page-node-type-community-news",
        [("/", "Home"), ("/community-news", "Community news"), (None, heading)],
        t1_article(297713, "community_news", inner),
        side,
    )
    r = rec(
        "hv-013",
        url,
        "T1",
        "en",
        False,
        heading,
        heading,
        notes="NOT an event: community news about an award received at a conference; the award day (26 September "
        "2023), the conference range (25 – 27 September 2023) and the ceremony time (18:30) are all given. "
        "The sidebar names METASTARS (not part of the page).",
    )
    return r, html


PAGES = [hv001, hv002, hv003, hv004, hv005, hv006, hv007, hv008, hv009, hv010, hv011, hv012, hv013]
