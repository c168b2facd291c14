"""hw-001 … hw-012 and hw-039: ECCP (Drupal) pages, production, staging and preview hosts."""

from __future__ import annotations

from common import asset, bx, rec, sp
from t1_chrome import (
    CMR_BLURB,
    NEWS_ROWS,
    TALKS_BLURB,
    UPCOMING_2023,
    UPCOMING_2024,
    attachment_table,
    audience_field,
    banner,
    body_field,
    byline,
    event_fields,
    event_teaser,
    field,
    page,
    page_title,
    ref_field,
    share,
    sidebar_block,
    std_sidebar,
    t_day,
    t_time,
    twig,
)

P = "https://clustercollaboration.eu"


def hw001():
    url = P + "/content/eu-clusters-talks-critical-raw-materials-act-what-it-means-clusters"
    h1 = "EU Clusters Talks: The Critical Raw Materials Act – what it means for clusters"
    body = (
        """<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Critical Raw Materials Act: What it means for clusters” on 26 April 2023, 10:00 – 11:30 CET.</p>
<p>On 16 March 2023 the European Commission proposed a Critical Raw Materials Act to secure a diversified and sustainable supply of the materials that batteries, wind turbines, chips and defence equipment depend on. The proposal sets benchmarks for extraction, processing and recycling in the EU and introduces strategic projects with faster permitting.</p>
<p>The Talk will discuss:</p>
<ul>
<li>how the strategic projects will be selected and financed;</li>
<li>what the new monitoring and stockpiling rules mean for manufacturing SMEs;</li>
<li>how clusters can connect mining regions with downstream industries.</li>
</ul>
<p>Speakers will include:</p>
<ul>
<li>Peter Handley, Head of Unit for Energy Intensive Industries and Raw Materials at DG GROW, European Commission;</li>
<li>Dr. Anna Lundqvist, Cluster Manager at Swedish Mining Innovation;</li>
<li>Bernd Kramer, Managing Director at Raw Materials Cluster Saxony;</li>
<li>Inés Pardo, Project Manager at Clúster Minero de Andalucía, INGENIOUS Eurocluster;</li>
<li>More TBC.</li>
</ul>
<p>Registration closes on 24 April 2023 at 17:00 CET. <a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk_CRMA">Register here</a>.</p>
"""
        + TALKS_BLURB
    )
    art = banner("event", "2023-04", "CRMA%20Talk%20Banner%201600x600.png", "CRMA Talk Banner 1600x600")
    art += page_title(h1)
    art += byline("ECCP Team", "03 April 2023", "2023-04-03T11:20:07+00:00")
    art += body_field("event", body)
    art += attachment_table(
        "event",
        [
            (
                P + "/sites/default/files/2023-04/ECCP_EU_Clusters_Talk_CRMA_Agenda.pdf",
                "ECCP_EU_Clusters_Talk_CRMA_Agenda.pdf",
                "application/pdf",
                "184.3 KB",
            ),
            (
                P + "/sites/default/files/2023-04/CRMA_background_note.docx",
                "Background note on the Critical Raw Materials Act",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "1.02 MB",
            ),
        ],
    )
    art += event_fields(
        "event", ["Cluster organisations", "Policy makers", "SMEs"], ["EU Clusters Talks", "Online event"]
    )
    art += audience_field("event") + share(url, h1)
    html = page(
        url=url,
        host=P,
        node_id=214677,
        bundle="event",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/events", "Events"), (None, h1)],
        article=art,
        sidebar=std_sidebar(UPCOMING_2023),
    )
    r = rec(
        "hw-001",
        url,
        "T1",
        "en",
        True,
        "Critical Raw Materials Act: What it means for clusters",
        h1,
        "EU Clusters Talks",
        bx("2023-04-26", "10:00"),
        bx("2023-04-26", "11:30"),
        "CET",
        [
            sp(
                "Peter Handley",
                "Head of Unit for Energy Intensive Industries and Raw Materials",
                "DG GROW, European Commission",
            ),
            sp("Anna Lundqvist", "Cluster Manager", "Swedish Mining Innovation"),
            sp("Bernd Kramer", "Managing Director", "Raw Materials Cluster Saxony"),
            sp("Inés Pardo", "Project Manager", "Clúster Minero de Andalucía", "INGENIOUS"),
        ],
        ["INGENIOUS"],
        [
            asset(
                "ECCP_EU_Clusters_Talk_CRMA_Agenda.pdf",
                P + "/sites/default/files/2023-04/ECCP_EU_Clusters_Talk_CRMA_Agenda.pdf",
            ),
            asset(
                "Background note on the Critical Raw Materials Act",
                P + "/sites/default/files/2023-04/CRMA_background_note.docx",
            ),
        ],
        "ECCP 'Attachment | Size' table (a PDF whose label is its file name, a DOCX with a description); 'CET' on an April date "
        "after the switch to summer time (+02:00); 'Name, Role at Organisation' lines with 'Dr.'; a Eurocluster after "
        "the organisation; 'More TBC' placeholder; a discussion-topics <ul> before the speakers; registration deadline "
        "with a time and the 16 March proposal date are not the event.",
    )
    return "hw-001", html, r


def hw002():
    url = P + "/event-calendar/clusters-meet-regions-chisinau-moldova"
    h1 = "Clusters meet Regions – Chișinău, Moldova"
    when = '<div class="event-header__meta"><p class="event-header__when">24 - 25 October 2024, Chișinău, Republic of Moldova</p></div>\n'
    body = (
        """<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises a Clusters meet Regions workshop on 24 and 25 October 2024 in Chișinău, Republic of Moldova, in cooperation with the Ministry of Economic Development and Digitalisation.</p>
<p>It is the first edition held in an EU candidate country. It follows the workshop in Graz, Austria, on 18-19 June 2024, and will be followed by the last edition of the year in Charleroi, Belgium, on 27-28 November 2024.</p>
<p>The workshop looks at how Moldovan clusters in wine, textiles, ICT and food processing can link up with European value chains, and how the regional authorities can support them on the way to the EU Single Market.</p>
<p><strong>Programme highlights</strong></p>
<ul>
<li>Policy session: cluster policy in Moldova and in the EU</li>
<li>Parallel workshops on agri-food, creative industries and ICT</li>
<li>Study visits to the Chișinău ICT park and to a winery in Cricova</li>
<li>B2B matchmaking with Moldovan companies and clusters</li>
</ul>
<p>Welcome by:</p>
<p>Dumitru Alaiba, Deputy Prime Minister, Government of the Republic of Moldova<br />
Mariella Masselink, Head of Unit, DG GROW, European Commission</p>
<p>Read the <a href="/sites/default/files/2024-09/CmR_Chisinau_Concept_Note.pdf">concept note</a> for the full programme. Registration is open until 10 October 2024: <a href="https://ec.europa.eu/eusurvey/runner/CmR_Chisinau_2024">register here</a>.</p>
"""
        + CMR_BLURB
    )
    art = banner("event", "2024-09", "CmR%20Chisinau%20Banner%201600x600.png", "CmR Chisinau Banner 1600x600")
    art += page_title(h1) + when + body_field("event", body)
    art += event_fields(
        "event", ["Cluster organisations", "Regional authorities", "SMEs"], ["Clusters meet Regions", "Physical event"]
    )
    art += audience_field("event") + share(url, h1)
    html = page(
        url=url,
        host=P,
        node_id=236904,
        bundle="event",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/event-calendar", "Event calendar"), (None, h1)],
        article=art,
        sidebar=std_sidebar(
            UPCOMING_2024[2:]
            + [
                event_teaser(
                    "/event-calendar/save-date-clusters-meet-regions-charleroi-belgium",
                    "Save the date: Clusters meet Regions – Charleroi, Belgium",
                    t_day("2024-11-27", "Wed, 27/11/2024") + " - " + t_day("2024-11-28", "Thu, 28/11/2024"),
                    "Physical event",
                )
            ]
        ),
    )
    r = rec(
        "hw-002",
        url,
        "T1",
        "en",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2024-10-24",
        "2024-10-25",
        None,
        [
            sp("Dumitru Alaiba", "Deputy Prime Minister", "Government of the Republic of Moldova"),
            sp("Mariella Masselink", "Head of Unit", "DG GROW, European Commission"),
        ],
        [],
        [asset("concept note", P + "/sites/default/files/2024-09/CmR_Chisinau_Concept_Note.pdf")],
        "Event page that cites the previous (Graz, 18-19 June 2024) and next (Charleroi, 27-28 November 2024) editions "
        "with their dates; '24 and 25 October 2024' in the body, '24 - 25 October 2024' in the header line; registration "
        "deadline; 'Welcome by:' with two <br> lines are the speakers, the programme <ul> is not; relative PDF link.",
    )
    return "hw-002", html, r


def hw003():
    host = "https://impr-0001-1260-partners.eccp.hosted-temp.com"
    url = host + "/content/eu-clusters-talks-clusters-transition-pathway-mobility"
    h1 = "EU Clusters Talks: Clusters and the transition pathway for mobility"
    pres = [
        ("Nikolaos Kyriazis – Policy Officer – DG GROW, European Commission", "Kyriazis_DG_GROW_mobility_pathway.pdf"),
        ("Petra Hořejší – Cluster Manager – Moravian-Silesian Automotive Cluster", "Horejsi_MSAC.pdf"),
        (
            "Jean-Luc Marchand – Director of European Affairs – CARA European Cluster for Mobility Solutions",
            "Marchand_CARA.pdf",
        ),
        ("Sofia Ferreira – Innovation Manager – mobinov, EBOOST Eurocluster", "Ferreira_mobinov_E-BOOST.pdf"),
    ]
    lines = "\n".join(
        f'<p>{t} – <a href="/sites/default/files/2022-09/{f}" target="_blank">Download presentation</a></p>'
        for t, f in pres
    )
    body = (
        f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organised the EU Clusters Talk “Clusters driving the mobility transition pathway” on 21 September 2022, 8:30 - 9:45 CEST.</p>
<p>The transition pathway for the mobility-transport-automotive ecosystem, co-created with stakeholders during 2022, lists the actions that industry, public authorities and clusters can take to make the ecosystem greener, more digital and more resilient. The Talk presented the pathway and discussed how clusters help suppliers, in particular SMEs, switch to electric and connected vehicles.</p>
<p><strong>Speakers and presentations:</strong></p>
{lines}
<p>Moderated by: Laura Binet, Cluster Expert, European Cluster Collaboration Platform</p>
<p><a href="/sites/default/files/2022-09/EU_Clusters_Talk_mobility_all_presentations.zip">Download all presentations (ZIP, 14 MB)</a> | <a href="https://www.youtube.com/watch?v=mObIl1tyP4th">Watch the recording on YouTube</a></p>
"""
        + TALKS_BLURB
    )
    art = banner("event", "2022-09", "Mobility%20Talk%201600x600.png", "Mobility Talk 1600x600")
    art += (
        page_title(h1)
        + byline("ECCP Team", "28 September 2022", "2022-09-28T07:41:15+00:00")
        + body_field("event", body)
    )
    art += event_fields("event", ["Cluster organisations", "SMEs"], ["EU Clusters Talks", "Online event"])
    art += audience_field("event") + share(url, h1)
    up = [
        event_teaser(
            "/content/eu-clusters-talks-agri-food-cluster-activities-sustainable-and-resilient",
            "EU Clusters Talks: Agri-food: Cluster activities for a sustainable and resilient ecosystem",
            t_day("2022-11-30", "Wed, 30/11/2022"),
            "Online",
        ),
        event_teaser(
            "/content/clusters-meet-regions-katowice-poland",
            "Clusters meet Regions - Katowice, Poland",
            t_day("2022-10-26", "Wed, 26/10/2022") + " - " + t_day("2022-10-27", "Thu, 27/10/2022"),
            "Physical event",
        ),
    ]
    html = page(
        url=url,
        host=host,
        node_id=198321,
        bundle="event",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/events", "Events"), (None, h1)],
        article=art,
        sidebar=std_sidebar(up),
    )
    r = rec(
        "hw-003",
        url,
        "T1",
        "en",
        True,
        "Clusters driving the mobility transition pathway",
        h1,
        "EU Clusters Talks",
        bx("2022-09-21", "8:30"),
        bx("2022-09-21", "9:45"),
        "CEST",
        [
            sp("Nikolaos Kyriazis", "Policy Officer", "DG GROW, European Commission"),
            sp("Petra Hořejší", "Cluster Manager", "Moravian-Silesian Automotive Cluster"),
            sp("Jean-Luc Marchand", "Director of European Affairs", "CARA European Cluster for Mobility Solutions"),
            sp("Sofia Ferreira", "Innovation Manager", "mobinov", "E-BOOST"),
            sp("Laura Binet", "Cluster Expert", "European Cluster Collaboration Platform"),
        ],
        ["E-BOOST"],
        [asset("Download presentation", host + "/sites/default/files/2022-09/" + f) for _, f in pres]
        + [
            asset(
                "Download all presentations (ZIP, 14 MB)",
                host + "/sites/default/files/2022-09/EU_Clusters_Talk_mobility_all_presentations.zip",
            )
        ],
        "ECCP staging host (impr-0001-1260-partners.eccp.hosted-temp.com), same Drupal markup; 2022 summer date labelled "
        "CEST; 'Name – Role – Organisation – Download presentation' lines (four PDF assets with the same label) plus a ZIP; "
        "'EBOOST' alias -> E-BOOST; 'Moderated by:' line is a speaker; YouTube link is not an asset; byline one week later.",
    )
    return "hw-003", html, r


def hw004():
    host = "https://preview.clustercollaboration.eu"
    url = host + "/content/eu-clusters-talk-future-european-competitiveness-role-clusters"
    h1 = "EU Clusters Talk: The future of European competitiveness – Role of clusters"
    date_field = field(
        "field_event_date",
        "daterange",
        "event",
        '<div class="field field--name-field-event-date field--type-daterange field--label-inline clearfix">\n'
        '  <div class="field__label">Date</div>\n  <div class="field__item">'
        '<time datetime="2024-10-02T08:00:00Z" class="datetime">Wed, 02/10/2024 - 10:00</time> - '
        '<time datetime="2024-10-02T09:30:00Z" class="datetime">11:30</time></div>\n</div>',
    )
    desc = """<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “The future of European competitiveness: Role of Clusters” on 2 October 2024, from 10:00 to 11:30 CET.</p>
<p>The report on the future of European competitiveness presented in September 2024 calls for a new industrial strategy built on innovation, decarbonisation and security. The Talk asks what this means for cluster policy and for the cluster organisations that support SMEs in the single market, with examples from the SocialTech4EU and FRIEND-CCI Euroclusters.</p>
<p><a href="/sites/default/files/styles/large/public/2024-09/Competitiveness%20Talk%20visual.png">Download the event visual</a> to share it in your networks.</p>"""
    spk = [
        ("Marek Przeor", "Team Leader – Cluster Policy", "DG GROW, European Commission"),
        (
            "Prof. Dr. Helena Marquardt",
            "Research Director",
            "Institute for Regional Competitiveness, University of Stuttgart",
        ),
        ("Sander van der Molen", "Cluster Manager", "Brainport Industries"),
        ("Ewelina Zawadzka", "Managing Director", "Silesian Aviation Cluster"),
        ("To be confirmed", None, None),
    ]
    paras = []
    for n, f, o in spk:
        inner = f'<div class="field field--name-field-speaker-name field--type-string field--label-hidden field__item">{n}</div>'
        if f:
            inner += f'\n  <div class="field field--name-field-speaker-function field--type-string field--label-hidden field__item">{f}</div>'
        if o:
            inner += f'\n  <div class="field field--name-field-speaker-organisation field--type-string field--label-hidden field__item">{o}</div>'
        paras.append(
            twig(
                "paragraph",
                ["paragraph--speaker--default.html.twig", "paragraph--speaker.html.twig", "paragraph.html.twig"],
                "paragraph--speaker.html.twig",
                "themes/custom/eccp_theme/templates/paragraphs/paragraph--speaker.html.twig",
                f'<div class="paragraph paragraph--type--speaker paragraph--view-mode--default">\n  {inner}\n</div>',
                custom=True,
            )
        )
    speakers_field = field(
        "field_speakers",
        "entity-reference-revisions",
        "event",
        '<div class="field field--name-field-speakers field--type-entity-reference-revisions field--label-above">\n'
        '  <div class="field__label">Speakers</div>\n  <div class="field__items">\n'
        + "\n".join(f'    <div class="field__item">{p}</div>' for p in paras)
        + "\n  </div>\n</div>",
    )
    art = banner("event", "2024-09", "Competitiveness%20Talk%201600x600.png", "Competitiveness Talk 1600x600")
    art += page_title(h1) + date_field
    art += body_field("event", desc, machine="field_event_description", ftype="text-long")
    art += speakers_field
    art += event_fields("event", ["Cluster organisations", "Policy makers"], ["EU Clusters Talks", "Online event"])
    art += audience_field("event") + share(url, h1)
    html = page(
        url=url,
        host=host,
        node_id=238815,
        bundle="event",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/events", "Events"), (None, h1)],
        article=art,
        sidebar=std_sidebar(UPCOMING_2024[2:]),
    )
    r = rec(
        "hw-004",
        url,
        "T1",
        "en",
        True,
        "The future of European competitiveness: Role of Clusters",
        h1,
        "EU Clusters Talks",
        bx("2024-10-02", "10:00"),
        bx("2024-10-02", "11:30"),
        "CET",
        [
            sp("Marek Przeor", "Team Leader – Cluster Policy", "DG GROW, European Commission"),
            sp(
                "Helena Marquardt",
                "Research Director",
                "Institute for Regional Competitiveness, University of Stuttgart",
            ),
            sp("Sander van der Molen", "Cluster Manager", "Brainport Industries"),
            sp("Ewelina Zawadzka", "Managing Director", "Silesian Aviation Cluster"),
        ],
        ["FRIEND CCI", "SocialTech4EU"],
        [],
        "ECCP preview host; no field--name-body: the text is in field--name-field-event-description and the speakers in "
        "Drupal paragraphs (name / function / organisation fields under a 'Speakers' field label, no intro sentence); "
        "a 'To be confirmed' speaker paragraph is a placeholder; Drupal date field in UTC (08:00Z = 10:00 Brussels) agrees "
        "with the prose; 'CET' in October (+02:00); 'Prof. Dr.' to strip; 'FRIEND-CCI' alias; a PNG link is not an asset.",
    )
    return "hw-004", html, r


def hw005():
    url = P + "/community-event/gemstone-final-conference-green-manufacturing-smes"
    h1 = "GEMSTONE Final Conference – Green manufacturing for resilient SMEs"
    loc = field(
        "field_location_and_date",
        "text_long",
        "community_event",
        '<div class="field field--name-field-location-and-date field--type-text_long field--label-above">\n'
        '<div class="field__item"><p>30 November 2023 - 01 December 2023<br />\nBologna Fiere, Pavilion 37<br />\n'
        "Piazza della Costituzione 6<br />\n40128 Bologna, Italy</p></div></div>",
    )
    body = """<p>The GEMSTONE Eurocluster invites manufacturing SMEs, cluster organisations and regional authorities to its final conference on 30 November – 1 December 2023 in Bologna, Italy.</p>
<p>For many small manufacturers, a carbon-neutral factory is still a dream. Over the past two years GEMSTONE has supported more than 100 SMEs with vouchers for green and digital technologies, training and internationalisation. The conference presents their results and looks at the next steps together with partners from the INGENIOUS Eurocluster.</p>
<h3>Confirmed speakers</h3>
<h4>Dr. Giulia Ferraresi</h4>
<p>Project Manager, CLUST-ER MECH</p>
<h4>Matthieu Dubois</h4>
<p>Head of Innovation, Pôle MecaTech</p>
<h4>Ana Vidal</h4>
<p>Cluster Manager, Basque Advanced Manufacturing Cluster (AFM)</p>
<h4>Tomáš Hrubý</h4>
<p>Policy Officer, EISMEA</p>
<h3>Agenda</h3>
<ul>
<li>Welcome coffee and registration</li>
<li>Panel: Greening the supply chain</li>
<li>Pitches of supported SMEs</li>
<li>Site visit to the Bologna Technopole</li>
</ul>
<p>Target audience:</p>
<ul>
<li>Manufacturing SMEs</li>
<li>Cluster managers</li>
<li>Regional authorities</li>
</ul>
<p>Download the <a href="/sites/default/files/2023-11/GEMSTONE_final_conference_programme.pdf">conference programme</a> or <a href="/community-event/gemstone-final-conference-green-manufacturing-smes?method=ical">add the event to your calendar</a>.</p>"""
    art = page_title(h1) + loc + body_field("community_event", body)
    art += ref_field(
        "field_cluster_organisation",
        "community_event",
        "Cluster organisation",
        [("/cluster-organisations/clust-er-mech", "CLUST-ER MECH")],
    )
    art += share(url, h1)
    html = page(
        url=url,
        host=P,
        node_id=229140,
        bundle="community_event",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/community-event", "Community events"), (None, h1)],
        article=art,
        sidebar=std_sidebar(UPCOMING_2023[2:] + UPCOMING_2024[:1]),
    )
    r = rec(
        "hw-005",
        url,
        "T1",
        "en",
        True,
        h1,
        h1,
        None,
        "2023-11-30",
        "2023-12-01",
        None,
        [
            sp("Giulia Ferraresi", "Project Manager", "CLUST-ER MECH"),
            sp("Matthieu Dubois", "Head of Innovation", "Pôle MecaTech"),
            sp("Ana Vidal", "Cluster Manager", "Basque Advanced Manufacturing Cluster (AFM)"),
            sp("Tomáš Hrubý", "Policy Officer", "EISMEA"),
        ],
        ["GEMSTONE", "INGENIOUS"],
        [asset("conference programme", P + "/sites/default/files/2023-11/GEMSTONE_final_conference_programme.pdf")],
        "Community event: range across months ('30 November – 1 December 2023'; field '30 November 2023 - 01 December 2023' "
        "with address lines); speakers as <h4> name + <p> 'Role, Organisation' blocks, followed by an agenda <ul> and a "
        "'Target audience:' <ul> that are not speakers; lower-case 'dream' in prose is not the DREAM Eurocluster; "
        "'?method=ical' link is not an asset; series null.",
    )
    return "hw-005", html, r


def hw006():
    url = P + "/content/five-lessons-circular-textiles-cluster-community"
    h1 = "Five lessons on circular textiles from the cluster community"
    body = """<p>On 9 November 2022, from 8:30 to 9:45 CET, more than 180 participants joined the EU Clusters Talk “Circular textiles: from waste to resource”. Here is what we learned.</p>
<h3>1. Collection is only the beginning</h3>
<p>Prof. Dr. Markus Vogt, Head of the Textile Recycling Lab at RWTH Aachen, opened the event with an overview of sorting and recycling technologies, and warned that separate collection, mandatory from 2025, will produce volumes that today's recyclers cannot absorb.</p>
<h3>2. SMEs need partners</h3>
<p>Next, Marta Soler, Project Manager at ATEVAL, presented the support that Spanish textile SMEs receive to redesign products for recycling. ATEVAL coordinates the EuroBoosTEX Eurocluster, whose second open call closed in October.</p>
<h3>3. Data makes the difference</h3>
<p>Jasper de Vries of Dutch Circular Textile Valley shared how a shared database of fibre compositions helps collectors and recyclers to plan.</p>
<h3>4. Regulation is coming</h3>
<p>Finally, Nikolett Szabó, Policy Officer, DG ENV, European Commission, explained the upcoming extended producer responsibility rules for textiles.</p>
<h3>5. Clusters connect</h3>
<p>Participants agreed that clusters are well placed to bring brands, collectors and recyclers together. The presentations are available here: <a href="/sites/default/files/2022-11/Circular_textiles_presentations.pdf">presentations (PDF, 3 MB)</a>. <a href="https://www.youtube.com/watch?v=c1rcUl4rT3x">Watch the recording</a>.</p>
<p>The next EU Clusters Talk, on 7 December 2022, will focus on the automotive ecosystem.</p>"""
    art = (
        page_title(h1)
        + byline("ECCP Team", "24 November 2022", "2022-11-24T15:02:44+00:00")
        + body_field("article", body)
    )
    art += audience_field("article") + share(url, h1)
    html = page(
        url=url,
        host=P,
        node_id=201457,
        bundle="article",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/news", "News"), (None, h1)],
        article=art,
        sidebar=std_sidebar(
            [
                event_teaser(
                    "/content/eu-clusters-talks-agri-food-cluster-activities-sustainable-and-resilient",
                    "EU Clusters Talks: Agri-food: Cluster activities for a sustainable and resilient ecosystem",
                    t_day("2022-11-30", "Wed, 30/11/2022"),
                    "Online",
                )
            ]
        ),
    )
    r = rec(
        "hw-006",
        url,
        "T1",
        "en",
        True,
        "Circular textiles: from waste to resource",
        h1,
        "EU Clusters Talks",
        bx("2022-11-09", "8:30"),
        bx("2022-11-09", "9:45"),
        "CET",
        [
            sp("Markus Vogt", "Head of the Textile Recycling Lab", "RWTH Aachen"),
            sp("Marta Soler", "Project Manager", "ATEVAL"),
            sp("Jasper de Vries", None, "Dutch Circular Textile Valley"),
            sp("Nikolett Szabó", "Policy Officer", "DG ENV, European Commission"),
        ],
        ["EuroBoosTEX"],
        [asset("presentations (PDF, 3 MB)", P + "/sites/default/files/2022-11/Circular_textiles_presentations.pdf")],
        "Event report whose heading names no event ('Five lessons on circular textiles…'); quoted Talk title in the first "
        "sentence; 'from 8:30 to 9:45 CET'; byline 24 November 2022 and the next Talk's date (7 December 2022) are not the "
        "event; speakers in prose ('X, Role at Org, opened the event', 'X of Org shared', 'Finally, X, Role, Org, explained'); "
        "'Prof. Dr.' to strip; numbered <h3> sub-headings are not speakers.",
    )
    return "hw-006", html, r


def hw007():
    url = P + "/news/european-cluster-panorama-2024-now-available"
    h1 = "European Cluster Panorama 2024 now available"
    body = """<p>The European Cluster Panorama 2024 is out. Prepared by the European Cluster Collaboration Platform on behalf of the European Commission, the report maps more than 1,700 cluster organisations and analyses how clusters contribute to the competitiveness of the 14 industrial ecosystems.</p>
<p>This edition looks in particular at clusters in the renewable energy, health and digital ecosystems, and at the role of cluster organisations in skills partnerships.</p>
<p>The results will be presented during the EU Clusters Talk on 6 March 2024, 8:30 – 9:45 CET, and discussed at the European Cluster Conference in Brussels on 7-8 May 2024.</p>
<p><a href="/sites/default/files/2024-02/European_Cluster_Panorama_2024.pdf">Download the European Cluster Panorama 2024 (PDF, 12 MB)</a></p>"""
    art = (
        page_title(h1)
        + byline("ECCP Team", "26 February 2024", "2024-02-26T09:00:00+00:00")
        + body_field("article", body)
    )
    art += audience_field("article") + share(url, h1)
    html = page(
        url=url,
        host=P,
        node_id=231002,
        bundle="article",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/news", "News"), (None, h1)],
        article=art,
        sidebar=std_sidebar(UPCOMING_2024),
    )
    r = rec(
        "hw-007",
        url,
        "T1",
        "en",
        False,
        h1,
        h1,
        None,
        None,
        None,
        None,
        [],
        [],
        [
            asset(
                "Download the European Cluster Panorama 2024 (PDF, 12 MB)",
                P + "/sites/default/files/2024-02/European_Cluster_Panorama_2024.pdf",
            )
        ],
        "NOT an event: ECCP news about a publication; it mentions an EU Clusters Talk with date, time and zone "
        "(6 March 2024, 8:30 – 9:45 CET) and the European Cluster Conference dates, but the page is about the report.",
    )
    return "hw-007", html, r


def hw008():
    url = P + "/content/clusterxchange-open-call-cluster-exchanges-2024"
    h1 = "ClusterXchange: open call for short-term exchanges 2024"
    dl = field(
        "field_call_deadline",
        "datetime",
        "eccp_calls",
        '<div class="field field--name-field-call-deadline field--type-datetime field--label-inline clearfix">\n'
        '  <div class="field__label">Deadline</div>\n  <div class="field__item"><time datetime="2024-01-15T16:00:00Z" class="datetime">'
        "15 January 2024 - 17:00</time></div>\n</div>",
    )
    op = field(
        "field_call_opening",
        "datetime",
        "eccp_calls",
        '<div class="field field--name-field-call-opening field--type-datetime field--label-inline clearfix">\n'
        '  <div class="field__label">Opening date</div>\n  <div class="field__item"><time datetime="2023-12-01T12:00:00Z" class="datetime">'
        "01 December 2023</time></div>\n</div>",
    )
    body = """<p>ClusterXchange funds short-term exchanges between cluster organisations and their members in different EU and COSME countries. This call covers exchanges taking place between March and October 2024.</p>
<p>Eligible applicants are cluster organisations, SMEs that are members of a cluster, and research organisations. Exchanges last from three to ten days and the programme covers travel and accommodation up to EUR 2,500 per person. Partners of the RE-CENTRE Eurocluster can host incoming exchanges in furniture, IT and energy.</p>
<p>An online info session will take place on 5 December 2023 from 10:00 to 11:00 CET. <a href="https://ec.europa.eu/eusurvey/runner/ClusterXchange_info_2023">Register for the info session</a>.</p>
<p>Applications must be submitted by 15 January 2024 at 17:00 CET (Brussels time) through the platform.</p>
<p><a href="/sites/default/files/2023-11/ClusterXchange_2024_Guide_for_applicants.pdf">Guide for applicants</a></p>"""
    art = page_title(h1) + op + dl + body_field("eccp_calls", body) + share(url, h1)
    html = page(
        url=url,
        host=P,
        node_id=230118,
        bundle="eccp_calls",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/open-calls", "Opportunities"), (None, h1)],
        article=art,
        sidebar=std_sidebar(UPCOMING_2024[:2]),
    )
    r = rec(
        "hw-008",
        url,
        "T1",
        "en",
        False,
        h1,
        h1,
        None,
        None,
        None,
        None,
        [],
        ["RE-CENTRE"],
        [
            asset(
                "Guide for applicants", P + "/sites/default/files/2023-11/ClusterXchange_2024_Guide_for_applicants.pdf"
            )
        ],
        "NOT an event: an ECCP open call (content type eccp_calls) with a deadline field with a time, an opening date, and "
        "an online info session with date, time and zone in the body.",
    )
    return "hw-008", html, r


def hw009():
    url = P + "/event-calendar"
    h1 = "Event calendar"
    featured = """<div class="featured-event">
  <span class="featured-event__label">Featured event</span>
  <h2 class="featured-event__title"><a href="/event-calendar/european-cluster-conference-2024">European Cluster Conference 2024</a></h2>
  <p class="featured-event__when"><time datetime="2024-05-07T12:00:00Z">7</time> - <time datetime="2024-05-08T12:00:00Z">8 May 2024</time>, The Square, Brussels</p>
  <p>Two days on the future of EU cluster policy, with ministers, cluster managers and the 30 Euroclusters. Registration is open until 19 April 2024.</p>
</div>"""
    rows = [
        event_teaser(
            "/content/eu-clusters-talk-cluster-policies-eu-support-programmes-and-funding-schemes",
            "EU Clusters Talk: Cluster policies in the EU: Support programmes and funding schemes",
            t_time("2024-02-21T08:30:00+01:00", "Wed, 21/02/2024 - 08:30"),
            "Online",
        ),
        event_teaser(
            "/content/eu-clusters-talk-european-cluster-panorama-2024",
            "EU Clusters Talk: European Cluster Panorama 2024",
            t_time("2024-03-06T08:30:00+01:00", "Wed, 06/03/2024 - 08:30"),
            "Online",
        ),
        event_teaser(
            "/content/eu-clusters-talk-social-economy-clusters",
            "EU Clusters Talk: Social economy clusters building local partnerships",
            t_time("2024-03-20T08:30:00+01:00", "Wed, 20/03/2024 - 08:30"),
            "Online",
        ),
    ] + UPCOMING_2024[1:3]
    listing = (
        '<div class="views-element-container"><div class="view view-event-calendar view-id-event_calendar view-display-id-page_1">\n'
        '  <div class="view-filters"><form action="/event-calendar" method="get"><label for="edit-type">Event type</label>'
        '<select id="edit-type" name="type"><option value="All">- Any -</option><option value="2415">EU Clusters Talks</option>'
        '<option value="2419">Clusters meet Regions</option></select><input type="submit" value="Apply" /></form></div>\n'
        f'  <div class="view-header">{featured}</div>\n  <div class="view-content">\n'
        + "\n".join(rows)
        + '\n  </div>\n  <nav class="pager" role="navigation"><ul class="pager__items js-pager__items"><li class="pager__item is-active">'
        '<a href="?page=0">1</a></li><li class="pager__item"><a href="?page=1">2</a></li><li class="pager__item pager__item--next">'
        '<a href="?page=1" rel="next">Next ›</a></li></ul></nav>\n</div></div>'
    )
    body = twig(
        "views_view",
        ["views-view--event-calendar--page-1.html.twig", "views-view--page-1.html.twig", "views-view.html.twig"],
        "views-view.html.twig",
        "core/themes/classy/templates/views/views-view.html.twig",
        listing,
    )
    html = page(
        url=url,
        host=P,
        node_id=1,
        bundle="page",
        html_title=h1,
        description="Events of the European Cluster Collaboration Platform",
        breadcrumb=[("/", "Home"), ("/events", "Events"), (None, h1)],
        article=page_title(h1) + body,
        sidebar=sidebar_block("latest_news", "block_2", "Latest news", NEWS_ROWS),
        body_class="path-event-calendar",
        article_class="view-page",
    )
    r = rec(
        "hw-009",
        url,
        "T1",
        "en",
        False,
        h1,
        h1,
        None,
        None,
        None,
        None,
        [],
        [],
        [],
        "NOT an event: the ECCP event calendar (a views listing) with one featured event (European Cluster Conference "
        "2024, 7-8 May 2024) at the top and five dated event teasers below.",
    )
    return "hw-009", html, r


def hw010():
    url = P + "/event-calendar/save-date-clusters-meet-regions-charleroi-belgium"
    h1 = "Save the date: Clusters meet Regions – Charleroi, Belgium"
    body = """<p>Save the date! The next Clusters meet Regions will take place in Charleroi, Belgium, on 27-28 November 2024.</p>
<p>More information and registration will follow soon.</p>"""
    art = banner(
        "event", "2024-10", "Save%20the%20date%20CmR%20Charleroi%201600x600.png", "Save the date CmR Charleroi 1600x600"
    )
    art += page_title(h1) + body_field("event", body)
    art += event_fields(
        "event", ["Cluster organisations", "Regional authorities"], ["Clusters meet Regions", "Physical event"]
    )
    art += share(url, h1)
    html = page(
        url=url,
        host=P,
        node_id=237751,
        bundle="event",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/event-calendar", "Event calendar"), (None, h1)],
        article=art,
        sidebar=std_sidebar(
            [
                event_teaser(
                    "/event-calendar/clusters-meet-regions-chisinau-moldova",
                    "Clusters meet Regions – Chișinău, Moldova",
                    t_day("2024-10-24", "Thu, 24/10/2024") + " - " + t_day("2024-10-25", "Fri, 25/10/2024"),
                    "Physical event",
                )
            ]
            + UPCOMING_2024[3:]
        ),
    )
    r = rec(
        "hw-010",
        url,
        "T1",
        "en",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2024-11-27",
        "2024-11-28",
        None,
        [],
        [],
        [],
        "'Save the date' teaser with two sentences: still an event page (27-28 November 2024); banner alt text is not the "
        "title; the sidebar shows the Chișinău edition with its dates.",
    )
    return "hw-010", html, r


def hw011():
    url = P + "/event-calendar/cluster-collaboration-lab-c2lab-valencia-spain"
    h1 = "Cluster Collaboration Lab (C2Lab) – Valencia, Spain"
    body = """<p>The European Cluster Collaboration Platform invites cluster managers to the Cluster Collaboration Lab (C2Lab) in Valencia, Spain, from 7 to 8 March 2023.</p>
<p>A C2Lab is a two-day hands-on workshop: participants choose one challenge, work on it in a small international team and leave with a concrete project idea and partners to implement it. The Valencia edition offers three challenges:</p>
<ol>
<li>Circular construction: reusing materials across value chains</li>
<li>Digital tools for textile traceability</li>
<li>Attracting young talent to industrial SMEs</li>
</ol>
<p>Participants from the X-BUILD-EU and CREATHRIV Euroclusters have already confirmed. Applications are open until 10 February 2023, 23:59 CET; selected participants will be informed by 17 February 2023.</p>
<p>Read the <a href="/sites/default/files/2023-01/C2Lab_Valencia_call_for_participation.pdf">call for participation</a> and have a look at the <a href="/sites/default/files/2023-01/C2Lab_Valencia_programme_overview.jpg">programme overview</a>.</p>"""
    art = banner("event", "2023-01", "C2Lab%20Valencia%201600x600.png", "C2Lab Valencia 1600x600")
    art += page_title(h1) + body_field("event", body)
    art += event_fields("event", ["Cluster organisations"], ["Cluster Collaboration Labs", "Physical event"])
    art += audience_field("event") + share(url, h1)
    html = page(
        url=url,
        host=P,
        node_id=209933,
        bundle="event",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/event-calendar", "Event calendar"), (None, h1)],
        article=art,
        sidebar=std_sidebar(
            [
                event_teaser(
                    "/event-calendar/clusters-meet-regions-kosice-slovakia",
                    "Clusters meet Regions - Kosice, Slovakia",
                    t_day("2023-03-29", "Wed, 29/03/2023") + " - " + t_day("2023-03-30", "Thu, 30/03/2023"),
                    "Physical event",
                )
            ]
            + UPCOMING_2023[:1]
        ),
    )
    r = rec(
        "hw-011",
        url,
        "T1",
        "en",
        True,
        h1,
        h1,
        "C2Lab",
        "2023-03-07",
        "2023-03-08",
        None,
        [],
        ["CREATHRIV-EU", "xBUILD-EU"],
        [asset("call for participation", P + "/sites/default/files/2023-01/C2Lab_Valencia_call_for_participation.pdf")],
        "C2Lab: 'from 7 to 8 March 2023' (dates only); application deadline '10 February 2023, 23:59 CET' has a time and "
        "zone but is not the event, nor the 17 February notification date; numbered challenge list is not speakers; "
        "aliases 'X-BUILD-EU' and 'CREATHRIV'; a JPG link is not an asset.",
    )
    return "hw-011", html, r


def hw012():
    url = P + "/community-news/silesian-cluster-manager-wins-european-cluster-manager-year-award"
    h1 = "Silesian cluster manager wins European Cluster Manager of the Year award"
    body = """<p>On 7 May 2024 at 18:15, during the evening reception of the European Cluster Conference in Brussels, Ewelina Zawadzka, Managing Director of the Silesian Aviation Cluster, received the European Cluster Manager of the Year award.</p>
<p>The jury praised her work on connecting aviation SMEs in southern Poland with European supply chains and her role in the METASTARS Eurocluster.</p>
<p>“This award belongs to the whole team and to our 80 member companies,” she said after the ceremony.</p>
<p>The award is given every year to a cluster manager who has shown outstanding leadership. Nominations for next year open in January 2025.</p>"""
    art = (
        page_title(h1)
        + byline("Katarzyna Wójcik", "14 May 2024", "2024-05-14T08:12:30+00:00")
        + body_field("community_news", body)
    )
    art += share(url, h1)
    html = page(
        url=url,
        host=P,
        node_id=233560,
        bundle="community_news",
        html_title=h1,
        description=h1,
        breadcrumb=[("/", "Home"), ("/community-news", "Community news"), (None, h1)],
        article=art,
        sidebar=std_sidebar(UPCOMING_2024[1:3]),
    )
    r = rec(
        "hw-012",
        url,
        "T1",
        "en",
        False,
        h1,
        h1,
        None,
        None,
        None,
        None,
        [],
        ["METASTARS"],
        [],
        "NOT an event: community news about an award received at the European Cluster Conference; it gives the ceremony's "
        "date and time (7 May 2024 at 18:15) and quotes the winner, but the page is about the award.",
    )
    return "hw-012", html, r


def hw039():
    url = P + "/content/eu-clusters-talk-members-recording-20-march-2024"
    h1 = "Access denied"
    form = """<p>You are not authorized to access this page.</p>
<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login?destination=/content/eu-clusters-talk-members-recording-20-march-2024" method="post" id="user-login-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">Email or username</label>
    <input autocorrect="none" autocapitalize="none" spellcheck="false" autocomplete="username" type="text" id="edit-name" name="name" value="" size="60" maxlength="254" class="form-text required" required="required" /></div>
  <div class="js-form-item form-item js-form-type-password form-item-pass"><label for="edit-pass" class="js-form-required form-required">Password</label>
    <input autocomplete="current-password" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" /></div>
  <input type="hidden" name="form_id" value="user_login_form" />
  <div class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--2" name="op" value="Log in" class="button js-form-submit form-submit" /></div>
</form>
<ul><li><a href="/user/password" title="Send password reset instructions via email.">Reset your password</a></li><li><a href="/register-your-profile">Create new account</a></li></ul>"""
    art = page_title(h1) + form
    html = page(
        url=url,
        host=P,
        node_id=0,
        bundle="page",
        html_title=h1,
        description="",
        breadcrumb=[("/", "Home"), (None, h1)],
        article=art,
        sidebar=std_sidebar(UPCOMING_2024),
        body_class="path-node page-node-type-event user-logged-out",
        article_class="system-403",
    )
    r = rec(
        "hw-039",
        url,
        "T1",
        "en",
        False,
        h1,
        h1,
        None,
        None,
        None,
        None,
        [],
        [],
        [],
        "NOT an event: Drupal 403 'Access denied' with the log-in form, on a URL whose slug names an EU Clusters Talk and "
        "a date; the sidebar lists dated upcoming events.",
    )
    return "hw-039", html, r


PAGES = [hw001, hw002, hw003, hw004, hw005, hw006, hw007, hw008, hw009, hw010, hw011, hw012, hw039]
