"""T1 — ECCP (Drupal 10, Twig debug on): production, staging and preview hosts."""

from common import (
    add,
    asset,
    body_field,
    eccp_attachments,
    eccp_banner,
    eccp_byline,
    eccp_latest_news,
    eccp_page,
    eccp_terms,
    eccp_title,
    eccp_upcoming,
    field,
    sp,
    twig,
)

EVENTS = [("/events", "Events")]
HOME = [("Home", "/")]

# ---------------------------------------------------------------------------------------------------------- hx-001
STAGING = "impr-0001-1260-partners.eccp.hosted-temp.com"
p = "/content/eu-clusters-talks-critical-raw-materials-act-what-it-means-clusters"
files = f"https://{STAGING}/sites/default/files/2023-03"
article = "\n".join(
    [
        eccp_banner("2023-03/EUCT%20CRMA%20banner%201600x600.png", "EUCT CRMA banner 1600x600"),
        eccp_title("EU Clusters Talks: The Critical Raw Materials Act – what it means for clusters"),
        eccp_byline("ECCP Team", "16 March 2023", "2023-03-16T10:41:07+00:00"),
        field(
            "field_event_date",
            "daterange",
            "event",
            '<div class="field__item"><time datetime="2023-03-29T06:30:00Z" class="datetime">Wed, 29/03/2023 - 08:30</time>'
            ' - <time datetime="2023-03-29T07:45:00Z" class="datetime">Wed, 29/03/2023 - 09:45</time></div>',
            label="Date",
        ),
        body_field(
            "event",
            """<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Critical Raw Materials Act: What it means for clusters” on 29 March 2023, 8:30 – 9:45 CET.</p>
<p>On 16 March 2023 the Commission proposed a Critical Raw Materials Act to secure a diversified and sustainable supply of the materials that Europe's net-zero and digital industries depend on. The proposal sets benchmarks for the share of extraction, processing and recycling that should happen in the Union by 2030, and no more than 65% of any strategic raw material should come from a single third country.</p>
<p>The Talk will address:</p>
<ul>
<li>the 2030 benchmarks for extraction, processing and recycling capacities in the EU;</li>
<li>strategic projects and faster permitting procedures;</li>
<li>how clusters can help SMEs map and diversify their supply of critical raw materials.</li>
</ul>
<p>Speakers will include:</p>
<ul>
<li>Hanna Lindström, Policy Officer at DG GROW, European Commission;</li>
<li>Dr. Rainer Vogt, Managing Director at ERMA – European Raw Materials Alliance;</li>
<li>Pekka Aaltonen, Cluster Manager at Finnish Minerals Cluster;</li>
<li>Inés Carvalho, Innovation Manager at CEiiA, INGENIOUS Eurocluster;</li>
<li>More speakers to be confirmed.</li>
</ul>
<p><a href="https://ec.europa.eu/eusurvey/runner/EUCT_CRMA_2023">Register here</a> to receive the connection details.</p>
<p>The EU Clusters Talks are bi-weekly online meetings that the European Cluster Collaboration Platform offers to the cluster community: a policy update, examples from clusters and their projects, and news on funding opportunities, on a theme that changes every time.</p>""",
        ),
        eccp_terms("field_event_type", "Event Type", "event", [(2415, "EU Clusters Talks"), (2075, "Online event")]),
        eccp_attachments(
            "event",
            [
                (f"{files}/EUCT_CRMA_agenda.pdf", "EUCT_CRMA_agenda.pdf", "application/pdf", "212.4 KB"),
                (
                    f"{files}/CRMA%20factsheet.pdf",
                    "Critical Raw Materials Act – factsheet",
                    "application/pdf",
                    "1.05 MB",
                ),
            ],
        ),
    ]
)
sidebar = eccp_upcoming(
    [
        (
            "2023-04-19T08:30:00+02:00",
            "Wed, 19/04/2023 - 08:30",
            "/content/eu-clusters-talks-mobility-transport-automotive",
            "EU Clusters Talks: Mobility, transport and automotive",
            "Online",
        ),
        (
            "2023-04-25T12:00:00Z|2023-04-27T12:00:00Z",
            "Tue, 25/04/2023|Thu, 27/04/2023",
            "/event-calendar/clusters-meet-regions-Kittila-Finland",
            "Clusters meet Regions East and North Finland",
            "Physical event",
        ),
        (
            "2023-05-17T08:30:00+02:00",
            "Wed, 17/05/2023 - 08:30",
            "/content/eu-clusters-talks-transition-pathway-textiles",
            "EU Clusters Talks: Transition Pathway for Textiles",
            "Online",
        ),
    ]
) + eccp_latest_news(
    [
        ("20 March 2023", "/content/critical-raw-materials-act", "Critical Raw Materials Act"),
        ("09 March 2023", "/content/meet-euroclusters-recap", "Meet the Euroclusters: a recap"),
    ]
)
add(
    "hx-001",
    f"https://{STAGING}{p}",
    "T1",
    "en",
    eccp_page(
        host=STAGING,
        path=p,
        node_id=124102,
        bundle="event",
        crumbs=[*HOME, ("Events", "/events")],
        head_title="EU Clusters Talks: The Critical Raw Materials Act – what it means for clusters",
        article=article,
        sidebar=sidebar,
    ),
    is_event=True,
    title="Critical Raw Materials Act: What it means for clusters",
    page_title="EU Clusters Talks: The Critical Raw Materials Act – what it means for clusters",
    series="EU Clusters Talks",
    start="2023-03-29T08:30:00+02:00",
    end="2023-03-29T09:45:00+02:00",
    tz_label="CET",
    speakers=[
        sp("Hanna Lindström", "Policy Officer", "DG GROW, European Commission"),
        sp("Rainer Vogt", "Managing Director", "ERMA – European Raw Materials Alliance"),
        sp("Pekka Aaltonen", "Cluster Manager", "Finnish Minerals Cluster"),
        sp("Inés Carvalho", "Innovation Manager", "CEiiA", "INGENIOUS"),
    ],
    euroclusters=["INGENIOUS"],
    assets=[
        asset("EUCT_CRMA_agenda.pdf", f"{files}/EUCT_CRMA_agenda.pdf"),
        asset("Critical Raw Materials Act – factsheet", f"{files}/CRMA%20factsheet.pdf"),
    ],
    notes="ECCP staging host (impr-…hosted-temp.com), same Drupal markup. 29 March 2023 is three days after the last Sunday "
    "of March: summer time, +02:00, although labelled CET. Drupal date field carries UTC instants (06:30Z/07:45Z) "
    "that agree with the prose. 'Name, Role at Organisation[, Parent]' lines; 'Dr.' to strip; 'More speakers to be "
    "confirmed.' is a placeholder; a three-item 'The Talk will address:' list precedes the speakers; the byline and "
    "the 16 March 2023 proposal date are not the event. Two rows in an 'Attachment | Size' table with staging-host URLs.",
    what="Staging host; DST edge (29 March 2023 → +02:00 under 'CET'); UTC `<time>` field; 'Role at Org' lines; Attachment|Size table.",
)

# ---------------------------------------------------------------------------------------------------------- hx-002
PREVIEW = "preview.clustercollaboration.eu"
p = "/event-calendar/clusters-meet-regions-thessaloniki-greece"
article = "\n".join(
    [
        eccp_banner("2023-10/CmR%20Thessaloniki%20banner.jpg", "CmR Thessaloniki banner"),
        eccp_title("Clusters meet Regions - Thessaloniki, Greece"),
        field(
            "field_event_date",
            "daterange",
            "event",
            '<div class="field__item"><time datetime="2023-11-30T12:00:00Z" class="datetime">Thu, 30/11/2023</time>'
            ' - <time datetime="2023-12-01T12:00:00Z" class="datetime">Fri, 01/12/2023</time></div>',
            label="Date",
        ),
        field(
            "field_location", "string", "event", '<div class="field__item">Thessaloniki, Greece</div>', label="Location"
        ),
        body_field(
            "event",
            """<p>The European Cluster Collaboration Platform (ECCP), on behalf of the European Commission, DG GROW, and together with the Region of Central Macedonia, organises a Clusters meet Regions event in Thessaloniki on 30 November – 1 December 2023, under the theme “Agri-food clusters as engines of regional resilience”.</p>
<p>The two days combine policy sessions with study visits to food-processing companies and a matchmaking session between cluster organisations from the host region and from other European regions. Participants will discuss how regional strategies can help agri-food SMEs cope with higher energy prices, climate risks and fragile supply chains.</p>
<p>Who should attend?</p>
<ul>
<li>Cluster managers and their staff</li>
<li>Regional and national policy makers</li>
<li>SMEs from the agri-food ecosystem</li>
</ul>
<p>The B-Resilient Eurocluster will present its support programme for food producing and processing SMEs on the second day.</p>
<p>Participation is free of charge, but places are limited. Registration closes on 20 November 2023 at 17:00 CET. <a href="https://ec.europa.eu/eusurvey/runner/CmR_Thessaloniki">Register now</a>.</p>
<p>The agenda will be published soon.</p>""",
        ),
        eccp_terms(
            "field_event_type", "Event Type", "event", [(2417, "Clusters meet Regions"), (2076, "Physical event")]
        ),
    ]
)
sidebar = eccp_upcoming(
    [
        (
            "2023-12-13T08:30:00+01:00",
            "Wed, 13/12/2023 - 08:30",
            "/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
            "EU Clusters Talks Special: Recap on key policies and takeaways",
            "Online",
        ),
        (
            "2024-03-26T12:00:00Z|2024-03-27T12:00:00Z",
            "Tue, 26/03/2024|Wed, 27/03/2024",
            "/content/clusters-meet-regions-milan-italy",
            "Clusters meet Regions - Milan, Italy",
            "Physical event",
        ),
    ]
)
add(
    "hx-002",
    f"https://{PREVIEW}{p}",
    "T1",
    "en",
    eccp_page(
        host=PREVIEW,
        path=p,
        node_id=129011,
        bundle="event",
        crumbs=[*HOME, ("Event calendar", "/event-calendar")],
        head_title="Clusters meet Regions - Thessaloniki, Greece",
        article=article,
        sidebar=sidebar,
    ),
    is_event=True,
    title="Agri-food clusters as engines of regional resilience",
    page_title="Clusters meet Regions - Thessaloniki, Greece",
    series="Clusters meet Regions",
    start="2023-11-30",
    end="2023-12-01",
    euroclusters=["B-Resilient"],
    notes="preview.clustercollaboration.eu copy. Day range across months '30 November – 1 December 2023' (dates only); the "
    "Drupal date field stores date-only values as noon UTC ('2023-11-30T12:00:00Z') — not a time. Registration "
    "deadline '20 November 2023 at 17:00 CET' has a time and a zone but is not the event. 'matchmaking session' "
    "does not make it an ECCP matchmaking event. 'Who should attend?' list is not speakers.",
    what="Preview host; cross-month range; date-only Drupal field at noon UTC; deadline with time+zone.",
)

# ---------------------------------------------------------------------------------------------------------- hx-003
p = "/events/organised-by-eccp/clusters-talks/tourism-transition-pathway-what-role-clusters"
article = "\n".join(
    [
        eccp_banner("2022-06/EUCT%20banner%20tourism%206%20July.png", "EUCT banner tourism 6 July"),
        eccp_title("Tourism Transition Pathway: what role for clusters?"),
        eccp_byline("ECCP Team", "21 June 2022", "2022-06-21T08:03:12+00:00"),
        body_field(
            "event",
            """<p><strong>Wednesday 6 July 2022 | 10:00 - 11:30 CEST | Online</strong></p>
<p>In February 2022 the Commission published the Transition Pathway for Tourism, co-created with stakeholders of the ecosystem. It lists 27 areas of measures for a greener, more digital and more resilient tourism, from data sharing to skills and circular services.</p>
<p>Join us on 6 July 2022 from 10:00 to 11:30 CEST to discuss how tourism clusters can turn the pathway into concrete support for their SMEs.</p>
<h3>Agenda</h3>
<ul>
<li>10:00 Welcome and introduction</li>
<li>10:10 The Transition Pathway for Tourism: state of play</li>
<li>10:30 Clusters in action: the IKAT and EU Rural Tourism Euroclusters</li>
<li>11:10 Q&amp;A and closing</li>
</ul>
<h3>Speakers</h3>
<div class="speaker"><h4>Dr. Rosa Castellví</h4><p>Policy Officer – Tourism, DG GROW, European Commission</p></div>
<div class="speaker"><h4>Giorgos Papadakis</h4><p>Cluster Manager, Cretan Tourism Cluster, IKAT Eurocluster</p></div>
<div class="speaker"><h4>Prof. Helena Marques</h4><p>Head of Research, Turismo de Portugal</p></div>
<div class="speaker"><h4>Matteo Rinaldi</h4><p>Project Manager, Venetian Cluster, Eurocluster Rural Tourism</p></div>
<p><strong>Moderator:</strong> Lucía Ferrer, Cluster Expert, European Cluster Collaboration Platform</p>
<p>The <a href="/sites/default/files/2022-07/EUCT_Tourism_presentations.PDF">presentations</a> are available for download. Watch the recording on <a href="https://www.youtube.com/watch?v=tOur1smTP22">YouTube</a>.</p>
<p><a href="/events/ical/tourism-transition-pathway.ics">Add to calendar</a> · <a href="/sites/default/files/2022-07/EUCT_tourism_banner.jpg">Download the banner</a> · <a href="https://single-market-economy.ec.europa.eu/sectors/tourism_en">Tourism policy page</a></p>""",
        ),
        eccp_terms("field_event_type", "Event Type", "event", [(2415, "EU Clusters Talks"), (2075, "Online event")]),
    ]
)
sidebar = eccp_upcoming(
    [
        (
            "2022-09-07T08:30:00+02:00",
            "Wed, 07/09/2022 - 08:30",
            "/events/organised-by-eccp/clusters-talks/bio-based-products",
            "EU Clusters Talk: Bio-based products: the key to climate neutrality?",
            "Online",
        ),
        (
            "2022-09-26T12:00:00Z|2022-09-27T12:00:00Z",
            "Mon, 26/09/2022|Tue, 27/09/2022",
            "/event-calendar/clusters-meet-regions-katowice",
            "Clusters meet Regions - Katowice, Poland",
            "Physical event",
        ),
    ]
) + eccp_latest_news(
    [
        (
            "30 June 2022",
            "/content/c2lab-cluj-romania-round-activities-summary-projects",
            "C2Lab in Cluj, Romania: A round-up of activities",
        )
    ]
)
add(
    "hx-003",
    f"https://clustercollaboration.eu{p}",
    "T1",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path=p,
        node_id=118873,
        bundle="event",
        crumbs=[*HOME, ("Events", "/events"), ("EU Clusters Talks", "/events/organised-by-eccp/clusters-talks")],
        head_title="Tourism Transition Pathway: what role for clusters?",
        article=article,
        sidebar=sidebar,
    ),
    is_event=True,
    title="Tourism Transition Pathway: what role for clusters?",
    page_title="Tourism Transition Pathway: what role for clusters?",
    series="EU Clusters Talks",
    start="2022-07-06T10:00:00+02:00",
    end="2022-07-06T11:30:00+02:00",
    tz_label="CEST",
    speakers=[
        sp("Rosa Castellví", "Policy Officer – Tourism", "DG GROW, European Commission"),
        sp("Giorgos Papadakis", "Cluster Manager", "Cretan Tourism Cluster", "IKAT"),
        sp("Helena Marques", "Head of Research", "Turismo de Portugal"),
        sp("Matteo Rinaldi", "Project Manager", "Venetian Cluster", "EU Rural Tourism"),
        sp("Lucía Ferrer", "Cluster Expert", "European Cluster Collaboration Platform"),
    ],
    euroclusters=["EU Rural Tourism", "IKAT"],
    assets=[
        asset(
            "presentations",
            "https://clustercollaboration.eu/sites/default/files/2022-07/EUCT_Tourism_presentations.PDF",
        )
    ],
    notes="2022 summer Talk at 10:00 - 11:30 CEST, in a bold header line and in prose. No quoted title: title = heading. "
    "Speakers as <h4> name + <p> role/organisation blocks, 'Dr.'/'Prof.' to strip, plus a 'Moderator:' line. "
    "Timed agenda <ul> is not speakers. 'Eurocluster Rural Tourism' is an alias of 'EU Rural Tourism'. 'February 2022' "
    "is not the event. Asset has an upper-case .PDF extension; YouTube, .ics, a .jpg banner and a policy page are not assets.",
    what="CEST 2022 Talk; <h4>+<p> speaker blocks; Moderator; timed agenda list; alias 'Eurocluster Rural Tourism'; .PDF upper case; .ics/.jpg non-assets.",
)

# ---------------------------------------------------------------------------------------------------------- hx-004
p = "/content/highlights-eu-clusters-talk-digital-skills"
article = "\n".join(
    [
        eccp_banner("2023-01/Digital%20skills%20recap.png", "Digital skills recap"),
        eccp_title("Highlights from the EU Clusters Talk on digital skills"),
        eccp_byline("ECCP Team", "11 January 2023", "2023-01-11T15:20:44+00:00"),
        body_field(
            "news",
            """<p>On 7 December 2022, from 10:00 to 11:30 CET, the European Cluster Collaboration Platform hosted the EU Clusters Talk “Digital skills: how clusters close the gap”. More than 140 participants joined the discussion.</p>
<p>Kristina Ahlberg, Head of Sector Skills at DG GROW, European Commission, opened the event with an overview of the Pact for Skills and of the European Year of Skills 2023.</p>
<p>“Skills are the bottleneck of the twin transition,” she said, “and clusters know their companies’ needs better than anyone.”</p>
<p>Then Tomasz Nowicki, Director of Łódź ICT Cluster, presented the cluster's training academy, which has trained 600 employees of member companies since 2019.</p>
<p>Jean-Marc Duval (Pôle SCS, DREAM Eurocluster) explained how the Eurocluster's vouchers help manufacturing SMEs pay for digital training.</p>
<p>Finally, Dr Ingrid Sørensen, Senior Adviser, Digital Lead Denmark, shared lessons from a national upskilling programme that reached 3,000 workers.</p>
<p>The presentations are available <a href="/sites/default/files/2022-12/EUCT_digital_skills_presentations.pdf">here</a>, and the recording on <a href="https://www.youtube.com/watch?v=d1g1tALsk1l">our YouTube channel</a>. The next EU Clusters Talk takes place on 18 January 2023.</p>""",
        ),
    ]
)
sidebar = eccp_latest_news(
    [
        (
            "22 December 2022",
            "/content/latest-eccp-clusters-meet-regions-workshop-celebrates-30th-anniversary-cluster",
            "The latest ECCP Clusters meet Regions workshop celebrates the 30th Anniversary of Cluster Policy in Catalonia",
        ),
        (
            "15 November 2022",
            "/content/clusters-meet-regions-katowice-recap",
            "Clusters meet Regions in Katowice: a recap",
        ),
    ]
) + eccp_upcoming(
    [
        (
            "2023-01-18T08:30:00+01:00",
            "Wed, 18/01/2023 - 08:30",
            "/content/eu-clusters-talks-energy-crisis",
            "EU Clusters Talks: Clusters facing the energy crisis",
            "Online",
        )
    ]
)
add(
    "hx-004",
    f"https://clustercollaboration.eu{p}",
    "T1",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path=p,
        node_id=121560,
        bundle="news",
        crumbs=[*HOME, ("News", "/news")],
        head_title="Highlights from the EU Clusters Talk on digital skills",
        article=article,
        sidebar=sidebar,
    ),
    is_event=True,
    title="Digital skills: how clusters close the gap",
    page_title="Highlights from the EU Clusters Talk on digital skills",
    series="EU Clusters Talks",
    start="2022-12-07T10:00:00+01:00",
    end="2022-12-07T11:30:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Kristina Ahlberg", "Head of Sector Skills", "DG GROW, European Commission"),
        sp("Tomasz Nowicki", "Director", "Łódź ICT Cluster"),
        sp("Jean-Marc Duval", None, "Pôle SCS", "DREAM"),
        sp("Ingrid Sørensen", "Senior Adviser", "Digital Lead Denmark"),
    ],
    euroclusters=["DREAM"],
    assets=[
        asset(
            "here", "https://clustercollaboration.eu/sites/default/files/2022-12/EUCT_digital_skills_presentations.pdf"
        )
    ],
    notes="Past-tense report published five weeks later (byline 11 January 2023). Speakers only in prose: 'X, Role at Org, "
    "opened', 'X, Director of Org, presented', 'X (Org, DREAM Eurocluster) explained', 'Dr Y, Role, Org, shared'. A "
    "curly-quoted quotation follows the quoted title and is not a title. 'European Year of Skills 2023', 'since 2019', "
    "'3,000 workers' and the next Talk on 18 January 2023 are not the event. One PDF asset whose link text is 'here'.",
    what="Report weeks later; prose speakers (opened/presented/explained); quotation after the title; next-Talk date.",
)

# ---------------------------------------------------------------------------------------------------------- hx-019
p = "/community-event/clusterxchange-2024-online-info-session-applicants"
description = twig(
    "field",
    [
        "field--node--field-description--community-event.html.twig",
        "field--node--field-description.html.twig",
        "field--text-long.html.twig",
        "field.html.twig",
    ],
    "field.html.twig",
    "core/themes/classy/templates/field/field.html.twig",
    """<div class="clearfix text-formatted field field--name-field-description field--type-text-long field--label-hidden field__item"><p>Are you a cluster organisation planning a short exchange with cluster partners in another country? ClusterXchange pays travel and subsistence for staff of clusters and their member SMEs who visit a partner ecosystem for up to 15 days. Join our online information session on Wednesday 20 March 2024 from 10:00 to 12:00 to hear how the 2024 round works and how to apply.</p>
<p>The previous info session, held on 14 September 2023, gathered more than 200 participants. Its recording is still available on <a href="https://www.youtube.com/watch?v=cXch2023inf">YouTube</a>.</p>
<p>Speakers:</p>
<dl class="speakers">
<dt>Dr. Florian Weiss</dt><dd>Programme Manager, EISMEA, European Commission</dd>
<dt>Katalin Horváth</dt><dd>ClusterXchange Coordinator, Hungarian Cluster Association</dd>
<dt>Rūta Jankauskaitė</dt><dd>International Projects Lead, Lithuanian Biotechnology Cluster</dd>
</dl>
<p>Documents for applicants:</p>
<ul>
<li><a href="https://clustercollaboration.eu/sites/default/files/2024-03/ClusterXchange_2024_Guide_for_Applicants.docx">Guide for Applicants (Word)</a></li>
<li><a href="https://clustercollaboration.eu/sites/default/files/2024-03/ClusterXchange_2024_budget_template.xlsx">Budget template (Excel)</a></li>
<li><a href="https://clustercollaboration.eu/clusterxchange/faqs">Frequently asked questions</a></li>
</ul>
<p><a href="https://clustercollaboration.eu/calendar/export?method=ical&amp;nid=131207">Add to my calendar</a> | <a href="https://ec.europa.eu/eusurvey/runner/CXinfo2024">Register</a></p></div>""",
    custom=False,
)
article = "\n".join(
    [
        eccp_title("ClusterXchange 2024: online info session for applicants"),
        field(
            "field_event_date",
            "daterange",
            "community_event",
            '<div class="field__item"><time datetime="2024-03-20T09:00:00Z" class="datetime">Wed, 20/03/2024 - 10:00</time>'
            ' - <time datetime="2024-03-20T11:00:00Z" class="datetime">Wed, 20/03/2024 - 12:00</time></div>',
            label="Date",
        ),
        field("field_location", "string", "community_event", '<div class="field__item">Online</div>', label="Location"),
        description,
        eccp_terms(
            "field_cluster_organisation",
            "Organiser",
            "community_event",
            [(1980, "European Cluster Collaboration Platform")],
        ),
    ]
)
sidebar = eccp_upcoming(
    [
        (
            "2024-03-26T12:00:00Z|2024-03-27T12:00:00Z",
            "Tue, 26/03/2024|Wed, 27/03/2024",
            "/content/clusters-meet-regions-milan-italy",
            "Clusters meet Regions - Milan, Italy",
            "Physical event",
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
add(
    "hx-019",
    f"https://clustercollaboration.eu{p}",
    "T1",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path=p,
        node_id=131207,
        bundle="community_event",
        crumbs=[*HOME, ("Community events", "/community-event")],
        head_title="ClusterXchange 2024: online info session for applicants",
        article=article,
        sidebar=sidebar,
    ),
    is_event=True,
    title="ClusterXchange 2024: online info session for applicants",
    page_title="ClusterXchange 2024: online info session for applicants",
    series=None,
    start="2024-03-20T10:00:00+01:00",
    end="2024-03-20T12:00:00+01:00",
    tz_label=None,
    speakers=[
        sp("Florian Weiss", "Programme Manager", "EISMEA, European Commission"),
        sp("Katalin Horváth", "ClusterXchange Coordinator", "Hungarian Cluster Association"),
        sp("Rūta Jankauskaitė", "International Projects Lead", "Lithuanian Biotechnology Cluster"),
    ],
    assets=[
        asset(
            "Guide for Applicants (Word)",
            "https://clustercollaboration.eu/sites/default/files/2024-03/ClusterXchange_2024_Guide_for_Applicants.docx",
        ),
        asset(
            "Budget template (Excel)",
            "https://clustercollaboration.eu/sites/default/files/2024-03/ClusterXchange_2024_budget_template.xlsx",
        ),
    ],
    notes="Community event whose text is in field--name-field-description (text-long), not field--name-body. Date field "
    "with UTC instants 09:00Z/11:00Z = 10:00/12:00 Brussels; the prose 'from 10:00 to 12:00' prints no zone "
    "label, so tz_label is null. Speakers in a <dl> (dt name, dd 'Role, Org, Parent'). The previous session's date (14 September "
    "2023) is not the event. Assets: .docx and .xlsx; an FAQ page, a '?method=ical' export, registration and YouTube are not.",
    what="Body in field_description; UTC `<time>` range; no zone label; <dl> speakers; .docx/.xlsx assets; ?method=ical non-asset.",
)

# ---------------------------------------------------------------------------------------------------------- hx-020
p = "/content/eu-clusters-talks-recording-net-zero-industry-act-opportunities-clusters"
article = "\n".join(
    [
        eccp_banner("2023-12/NZIA%20recording%20banner.png", "NZIA recording banner"),
        eccp_title("EU Clusters Talks recording: Net-Zero Industry Act – opportunities for clusters"),
        eccp_byline("ECCP Team", "5 December 2023", "2023-12-05T09:12:30+00:00"),
        body_field(
            "event",
            """<p>Missed it? The recording of the EU Clusters Talk “Net-Zero Industry Act: opportunities for clusters”, which took place on 29 November 2023, 8.30–9.45 CET, is now online.</p>
<p><iframe width="560" height="315" src="https://www.youtube.com/embed/nZIA2023clu" title="YouTube video player" frameborder="0" allowfullscreen></iframe></p>
<p><strong>Keynote:</strong> Piotr Zalewski, Deputy Head of Unit – Clean Technologies, DG GROW, European Commission</p>
<p><strong>Panel:</strong></p>
<ul>
<li>Annika Berg, CEO at Solar Valley Cluster, Chair at Clusters of Denmark</li>
<li>Luca Bianchi, Innovation Manager, MESAP, GEMSTONE Eurocluster</li>
<li>Dr. Eleni Kostopoulou, Head of Unit D.3 – Energy-intensive industries, Raw materials, Batteries, EISMEA</li>
<li>Jakob Steiner, Managing Director, Green Tech Cluster Styria, European Cluster Manager of the Year 2023</li>
</ul>
<p>Moderated by Sara Conti, ECCP.</p>
<p>Download the <a href="/sites/default/files/2023-12/EUCT_NZIA_slides.pdf">slides</a> and the <a href="/sites/default/files/2023-12/EUCT_NZIA_summary.pdf?v=2">event summary</a>.</p>""",
        ),
        eccp_terms("field_event_type", "Event Type", "event", [(2415, "EU Clusters Talks"), (2075, "Online event")]),
    ]
)
sidebar = eccp_upcoming(
    [
        (
            "2023-12-13T08:30:00+01:00",
            "Wed, 13/12/2023 - 08:30",
            "/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
            "EU Clusters Talks Special: Recap on key policies and takeaways",
            "Online",
        ),
        (
            "2024-01-24T08:30:00+01:00",
            "Wed, 24/01/2024 - 08:30",
            "/content/eu-clusters-talks-batteries",
            "EU Clusters Talks: Batteries",
            "Online",
        ),
    ]
)
add(
    "hx-020",
    f"https://clustercollaboration.eu{p}",
    "T1",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path=p,
        node_id=130455,
        bundle="event",
        crumbs=[*HOME, ("Events", "/events")],
        head_title="EU Clusters Talks recording: Net-Zero Industry Act – opportunities for clusters",
        article=article,
        sidebar=sidebar,
    ),
    is_event=True,
    title="Net-Zero Industry Act: opportunities for clusters",
    page_title="EU Clusters Talks recording: Net-Zero Industry Act – opportunities for clusters",
    series="EU Clusters Talks",
    start="2023-11-29T08:30:00+01:00",
    end="2023-11-29T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Piotr Zalewski", "Deputy Head of Unit – Clean Technologies", "DG GROW, European Commission"),
        sp("Annika Berg", "CEO; Chair", "Solar Valley Cluster; Clusters of Denmark"),
        sp("Luca Bianchi", "Innovation Manager", "MESAP", "GEMSTONE"),
        sp("Eleni Kostopoulou", "Head of Unit D.3 – Energy-intensive industries, Raw materials, Batteries", "EISMEA"),
        sp("Jakob Steiner", "Managing Director", "Green Tech Cluster Styria"),
        sp("Sara Conti", None, "ECCP"),
    ],
    euroclusters=["GEMSTONE"],
    assets=[
        asset("slides", "https://clustercollaboration.eu/sites/default/files/2023-12/EUCT_NZIA_slides.pdf"),
        asset("event summary", "https://clustercollaboration.eu/sites/default/files/2023-12/EUCT_NZIA_summary.pdf?v=2"),
    ],
    notes="Recording page. Dotted times '8.30–9.45 CET' with an en dash and no spaces. 'Keynote:' line, 'Panel:' list and "
    "'Moderated by X, ECCP.' (organisation only). Two affiliations 'CEO at A, Chair at B' → 'CEO; Chair' / 'A; B'. A "
    "role containing commas ('Head of Unit D.3 – Energy-intensive industries, Raw materials, Batteries'). Award suffix "
    "dropped from the organisation. Second PDF link has a query string.",
    what="Recording page; dotted times; Keynote/Panel/Moderated by; two affiliations; commas inside a role; award suffix; .pdf?v=2.",
)

# ---------------------------------------------------------------------------------------------------------- hx-026
p = "/news/european-alliance-against-coronavirus-webinar-clusters-and-vaccine-supply-chains"
article = "\n".join(
    [
        eccp_title("European Alliance Against Coronavirus: webinar on clusters and vaccine supply chains"),
        eccp_byline("ECCP Team", "24 February 2021", "2021-02-24T13:55:02+00:00"),
        body_field(
            "news",
            """<p>The European Alliance Against Coronavirus invites cluster organisations, manufacturers and public authorities to a webinar on Wednesday, 10 March 2021 at 14:00 CET.</p>
<p>Since its launch in spring 2020 the Alliance has connected more than 1,000 organisations offering or seeking solutions against the pandemic. On 17 February 2021 the Commission presented the HERA Incubator to prepare Europe for variants of the virus; scaling up vaccine production now depends on suppliers of vials, filters, lipids and single-use bioreactor bags, many of them SMEs organised in clusters.</p>
<p>The webinar will map the bottlenecks and show how clusters help their members enter the vaccine supply chain.</p>
<p>Speakers:</p>
<p>Marianne Dubois, DG GROW<br />
Georg Lehner, BioTech Cluster Vienna<br />
Sophie Van den Berghe, Flanders Bio Network<br />
Carlos Méndez, Andalusian Health Technology Cluster</p>
<p>The webinar is free of charge. <a href="https://ec.europa.eu/eusurvey/runner/EAAC_vaccines">Register here</a>.</p>""",
        ),
    ]
)
sidebar = eccp_latest_news(
    [
        ("18 February 2021", "/news/industrial-ecosystems-health", "Industrial Ecosystems: Health"),
        (
            "02 February 2021",
            "/news/alliance-against-coronavirus-one-year",
            "The Alliance Against Coronavirus: one year on",
        ),
    ]
)
add(
    "hx-026",
    f"https://clustercollaboration.eu{p}",
    "T1",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path=p,
        node_id=21877,
        bundle="news",
        crumbs=[*HOME, ("News", "/news")],
        head_title="European Alliance Against Coronavirus: webinar on clusters and vaccine supply chains",
        article=article,
        sidebar=sidebar,
    ),
    is_event=True,
    title="European Alliance Against Coronavirus: webinar on clusters and vaccine supply chains",
    page_title="European Alliance Against Coronavirus: webinar on clusters and vaccine supply chains",
    series="European Alliance Against Coronavirus",
    start="2021-03-10T14:00:00+01:00",
    end=None,
    tz_label="CET",
    speakers=[
        sp("Marianne Dubois", None, "DG GROW"),
        sp("Georg Lehner", None, "BioTech Cluster Vienna"),
        sp("Sophie Van den Berghe", None, "Flanders Bio Network"),
        sp("Carlos Méndez", None, "Andalusian Health Technology Cluster"),
    ],
    notes="Older /news/ URL. Start time without an end time ('at 14:00 CET') → start is a datetime, end null. The HERA "
    "Incubator date (17 February 2021) and 'spring 2020' are not the event; byline 24 February 2021. Speakers are "
    "unbulleted <br> lines 'Name, Organisation' with no role.",
    what="EAAC 2021 webinar; start time without end; '<br>' lines 'Name, Org' (no role).",
)

# ================================================================================================ non-events (T1)
# ---------------------------------------------------------------------------------------------------------- hx-028
p = "/content/second-euroclusters-call-new-consortia-start-their-work"
article = "\n".join(
    [
        eccp_title("Second Euroclusters call: new consortia start their work"),
        eccp_byline("ECCP Team", "20 November 2025", "2025-11-20T11:02:19+00:00"),
        body_field(
            "news",
            """<p>The second generation of Euroclusters, selected under the Single Market Programme call SMP-COSME-2024-CLUSTER, is starting its work. Like the 30 Euroclusters launched on 1 September 2022, the new consortia bring together cluster organisations from several Member States to support SMEs in their green and digital transition.</p>
<p>Among them, JEWEL (Joint nEtWork for European net-zero manufacturing Leadership) will help manufacturers adopt net-zero technologies, and PowerUp NetZero will open cascade funding for SMEs that bring net-zero applications to the Single Market. Their first open calls are expected in spring 2026.</p>
<p>The consortia will meet the ECCP community at an online kick-off on 4 December 2025 at 10:00 CET; details will follow in the event calendar.</p>
<p>Read the <a href="https://eismea.ec.europa.eu/news/new-euroclusters-2025_en">EISMEA announcement</a>.</p>""",
        ),
    ]
)
sidebar = eccp_upcoming(
    [
        (
            "2025-12-10T08:30:00+01:00",
            "Wed, 10/12/2025 - 08:30",
            "/content/eu-clusters-talk-december-2025",
            "EU Clusters Talk: Year in review",
            "Online",
        )
    ]
)
add(
    "hx-028",
    f"https://clustercollaboration.eu{p}",
    "T1",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path=p,
        node_id=140233,
        bundle="news",
        crumbs=[*HOME, ("News", "/news")],
        head_title="Second Euroclusters call: new consortia start their work",
        article=article,
        sidebar=sidebar,
    ),
    is_event=False,
    title="Second Euroclusters call: new consortia start their work",
    page_title="Second Euroclusters call: new consortia start their work",
    euroclusters=["JEWEL", "PowerUp NetZero"],
    notes="NOT an event: news about new Euroclusters; mentions a kick-off '4 December 2025 at 10:00 CET' announced for "
    "later, the 2022 launch date and 'spring 2026'. Names JEWEL and PowerUp NetZero.",
    what="News item with a dated, timed kick-off mention (not an event).",
)

# ---------------------------------------------------------------------------------------------------------- hx-029
p = "/open-calls/creathriv-eu-second-open-call-cultural-and-creative-smes"
article = "\n".join(
    [
        eccp_title("CREATHRIV-EU second open call for cultural and creative SMEs"),
        field(
            "field_deadline",
            "datetime",
            "eccp_calls",
            '<div class="field__item"><time datetime="2024-03-15T16:00:00Z" class="datetime">Fri, 15/03/2024 - 17:00</time></div>',
            label="Deadline",
        ),
        field(
            "field_call_budget", "string", "eccp_calls", '<div class="field__item">EUR 1,200,000</div>', label="Budget"
        ),
        body_field(
            "eccp_calls",
            """<p>The CREATHRIV-EU Eurocluster opens its second call for SMEs of the cultural and creative industries. Selected companies receive up to EUR 60,000 for internationalisation, green and digital projects carried out with partners in another country.</p>
<p><strong>Deadline:</strong> 15 March 2024, 17:00 CET.</p>
<p>An info webinar for applicants takes place on 7 February 2024, 11:00–12:00 CET. <a href="https://creathriv.eu/webinar">Register for the webinar</a>.</p>
<p>Read the <a href="/sites/default/files/2024-01/CREATHRIV-EU_2nd_open_call_guidelines.pdf">call guidelines</a> before applying.</p>""",
        ),
    ]
)
add(
    "hx-029",
    f"https://clustercollaboration.eu{p}",
    "T1",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path=p,
        node_id=133870,
        bundle="eccp_calls",
        crumbs=[*HOME, ("Open calls", "/open-calls")],
        head_title="CREATHRIV-EU second open call for cultural and creative SMEs",
        article=article,
        sidebar=eccp_upcoming(
            [
                (
                    "2024-02-07T08:30:00+01:00",
                    "Wed, 07/02/2024 - 08:30",
                    "/content/eu-clusters-talks-space",
                    "EU Clusters Talks: Space",
                    "Online",
                )
            ]
        ),
    ),
    is_event=False,
    title="CREATHRIV-EU second open call for cultural and creative SMEs",
    page_title="CREATHRIV-EU second open call for cultural and creative SMEs",
    euroclusters=["CREATHRIV-EU"],
    notes="NOT an event: an open call with a deadline date and time (field and prose) and an info-webinar date and time range.",
    what="Open call with a timed deadline and a timed info webinar (not an event).",
)

# ---------------------------------------------------------------------------------------------------------- hx-030
rows = [
    (
        "2024-01-24T08:30:00+01:00",
        "Wed, 24/01/2024 - 08:30",
        "/content/eu-clusters-talks-batteries",
        "EU Clusters Talks: Batteries and the European battery value chain",
        "Online",
    ),
    (
        "2024-02-07T08:30:00+01:00",
        "Wed, 07/02/2024 - 08:30",
        "/content/eu-clusters-talks-space",
        "EU Clusters Talks: Space ecosystem – upstream meets downstream",
        "Online",
    ),
    (
        "2024-03-05T08:30:00Z|2024-03-06T12:00:00Z",
        "Tue, 05/03/2024|Wed, 06/03/2024",
        "/content/eu-clusters-matchmaking-textile",
        "EU Clusters Matchmaking: Textile, Fashion &amp; Construction",
        "Physical event",
    ),
    (
        "2024-03-20T09:00:00Z",
        "Wed, 20/03/2024 - 10:00",
        "/community-event/clusterxchange-2024-online-info-session-applicants",
        "ClusterXchange 2024: online info session for applicants",
        "Online",
    ),
    (
        "2024-03-26T12:00:00Z|2024-03-27T12:00:00Z",
        "Tue, 26/03/2024|Wed, 27/03/2024",
        "/content/clusters-meet-regions-milan-italy",
        "Clusters meet Regions - Milan, Italy",
        "Physical event",
    ),
    (
        "2024-05-07T12:00:00Z|2024-05-08T12:00:00Z",
        "Tue, 07/05/2024|Wed, 08/05/2024",
        "/event-calendar/european-cluster-conference-2024",
        "European Cluster Conference 2024",
        "Physical event",
    ),
]
listing = "\n".join(
    '<div class="views-row"><article class="teaser teaser--event teaser--wide"><div class="teaser__date">'
    + (
        f'<time datetime="{a.split("|")[0]}" class="datetime">{s.split("|")[0]}</time> - <time datetime="{a.split("|")[1]}" class="datetime">{s.split("|")[1]}</time>'
        if "|" in a
        else f'<time datetime="{a}" class="datetime">{s}</time>'
    )
    + f'</div><h3 class="teaser__title"><a href="{h}" hreflang="en">{t}</a></h3><div class="teaser__type">{k}</div>'
    f'<div class="teaser__summary">Find out more and register on the event page.</div></article></div>'
    for a, s, h, t, k in rows
)
main = twig(
    "views_view",
    ["views-view--event-calendar--page-1.html.twig", "views-view.html.twig"],
    "views-view.html.twig",
    "core/themes/classy/templates/views/views-view.html.twig",
    f"""<h1 class="page-title">Event calendar</h1>
<div class="view view-event-calendar view-id-event_calendar view-display-id-page_1">
  <div class="view-filters"><form action="/event-calendar" method="get"><label>Event type</label><select name="type"><option>- Any -</option><option>EU Clusters Talks</option><option>Clusters meet Regions</option></select><label>From</label><input type="date" name="from" value="2024-01-01" /><input type="submit" value="Apply" /></form></div>
  <div class="view-content">
{listing}
  </div>
  <nav class="pager"><ul class="pager__items"><li class="pager__item"><a href="?page=0">‹ Previous</a></li><li class="pager__item is-active">2</li><li class="pager__item"><a href="?page=2">Next ›</a></li></ul></nav>
</div>""",
    custom=False,
)
add(
    "hx-030",
    "https://clustercollaboration.eu/event-calendar?page=1",
    "T1",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path="/event-calendar",
        node_id=0,
        bundle="page",
        crumbs=HOME,
        head_title="Event calendar",
        article="",
        sidebar="",
        raw_main=main,
    ),
    is_event=False,
    title="Event calendar",
    page_title="Event calendar",
    notes="NOT an event: the event calendar listing, page 2, six events with <time> dates, several with times.",
    what="Event calendar listing with many dated teasers (not an event).",
)

# ---------------------------------------------------------------------------------------------------------- hx-031
teasers = [
    (
        "14 May 2024",
        "/content/forging-networks-and-innovation-insights-european-cluster-conference-2024",
        "Forging Networks and Innovation: Insights from the European Cluster Conference 2024",
        "Euroclusters such as EuroBoosTEX and SILEO presented their results to the cluster community.",
    ),
    (
        "12 September 2023",
        "/community-news/e-boost-eurocluster-five-new-open-calls-mobility-sector",
        "E-BOOST Eurocluster: five new open calls for the mobility sector",
        "Applications are open until 31 October 2023 at 17:00 CET.",
    ),
    (
        "08 March 2023",
        "/content/eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition",
        "EU Clusters Talks: Meet the Euroclusters",
        "Watch the recording of the Talk of 8 March 2023, 8:30 – 9:45 CET.",
    ),
    (
        "02 September 2022",
        "/content/30-euroclusters-launched",
        "30 Euroclusters launched to support SMEs",
        "On 1 September 2022 the Commission launched 30 Euroclusters.",
    ),
]
items = "\n".join(
    f'<div class="views-row"><article class="teaser teaser--news"><span class="teaser__date">{d}</span>'
    f'<h3 class="teaser__title"><a href="{h}" hreflang="en">{t}</a></h3><p class="teaser__summary">{s}</p></article></div>'
    for d, h, t, s in teasers
)
main = twig(
    "taxonomy_term",
    ["taxonomy-term--tags.html.twig", "taxonomy-term.html.twig"],
    "taxonomy-term.html.twig",
    "core/themes/classy/templates/content/taxonomy-term.html.twig",
    f"""<h1 class="page-title">Euroclusters</h1>
<div class="taxonomy-term vocabulary-tags"><div class="content"><p>All content tagged with Euroclusters.</p></div></div>
<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1"><div class="view-content">
{items}
</div><nav class="pager"><ul class="pager__items"><li class="pager__item"><a href="?page=6">‹</a></li><li class="pager__item is-active">8</li><li class="pager__item"><a href="?page=8">›</a></li></ul></nav></div>""",
    custom=False,
)
add(
    "hx-031",
    "https://clustercollaboration.eu/tags/euroclusters?page=7",
    "T1",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path="/tags/euroclusters",
        node_id=0,
        bundle="page",
        crumbs=HOME,
        head_title="Euroclusters",
        article="",
        sidebar="",
        raw_main=main,
    ),
    is_event=False,
    title="Euroclusters",
    page_title="Euroclusters",
    euroclusters=["E-BOOST", "EuroBoosTEX", "SILEO"],
    notes="NOT an event: tag page listing teasers with publication dates, a deadline with time and a Talk date with time.",
    what="Tag page with teasers, dates and times (not an event).",
)

# ================================================================================================ T5 on ECCP chrome
# ---------------------------------------------------------------------------------------------------------- hx-036
main = """<h1 class="page-title">Access denied</h1>
<div class="region region-content"><p>You are not authorized to access this page.</p>
<p>If you have an account, <a href="/user/login?destination=/content/eu-clusters-talks-members-only-briefing">log in</a> to continue.</p></div>"""
add(
    "hx-036",
    "https://clustercollaboration.eu/content/eu-clusters-talks-members-only-briefing",
    "T5",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path="/content/eu-clusters-talks-members-only-briefing",
        node_id=0,
        bundle="page",
        crumbs=HOME,
        head_title="Access denied",
        article="",
        body_class="path-system-403",
        sidebar=eccp_upcoming(
            [
                (
                    "2023-06-14T08:30:00+02:00",
                    "Wed, 14/06/2023 - 08:30",
                    "/content/eu-clusters-talks-european-year-skills-talent-twin-transition",
                    "EU Clusters Talks: European Year of Skills: Talent for the twin transition",
                    "Online",
                ),
                (
                    "2023-10-12T12:00:00Z|2023-10-13T12:00:00Z",
                    "Thu, 12/10/2023|Fri, 13/10/2023",
                    "/event-calendar/clusters-meet-regions-lyon-france",
                    "Clusters meet Regions - Lyon, France",
                    "Physical event",
                ),
            ]
        ),
        raw_main=main,
    ),
    is_event=False,
    title="Access denied",
    page_title="Access denied",
    notes="NOT an event: Drupal 403 'Access denied' at an event-like URL ('eu-clusters-talks-…'); the sidebar still lists upcoming events with times.",
    what="403 Access denied on an event URL; sidebar with timed events.",
)

# ---------------------------------------------------------------------------------------------------------- hx-037
main = """<h1 class="page-title">Log in</h1>
<div class="region region-content">
<form class="user-login-form" action="/user/login?destination=/node/124102/edit" method="post" id="user-login-form" accept-charset="UTF-8">
  <div class="js-form-item form-item"><label for="edit-name" class="js-form-required form-required">Username</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" required="required" /><div class="description">Enter your European Cluster Collaboration Platform username.</div></div>
  <div class="js-form-item form-item"><label for="edit-pass" class="js-form-required form-required">Password</label><input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" /></div>
  <input type="hidden" name="form_id" value="user_login_form" />
  <div class="form-actions"><input type="submit" id="edit-submit" name="op" value="Log in" class="button js-form-submit form-submit" /></div>
</form>
<ul><li><a href="/user/password">Reset your password</a></li><li><a href="/register-your-profile">Create new account</a></li></ul>
</div>"""
add(
    "hx-037",
    "https://clustercollaboration.eu/user/login?destination=/node/124102/edit",
    "T5",
    "en",
    eccp_page(
        host="clustercollaboration.eu",
        path="/user/login",
        node_id=0,
        bundle="page",
        crumbs=HOME,
        head_title="Log in",
        article="",
        sidebar="",
        body_class="path-user",
        raw_main=main,
    ),
    is_event=False,
    title="Log in",
    page_title="Log in",
    notes="NOT an event: the Drupal log-in form reached through a redirect from an event's edit link.",
    what="Log-in page.",
)
