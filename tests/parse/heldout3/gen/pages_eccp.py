"""T1: ECCP (Drupal 10, Twig theme debug on), production, staging and preview hosts. Content written per page."""

from __future__ import annotations

from chrome import (
    CLASSY,
    attachments_table,
    banner,
    body_field,
    byline,
    days,
    eccp_page,
    eccp_title,
    event_teaser,
    field,
    news_teaser,
    online,
    share,
    sidebar_block,
    taxonomy_field,
    twig,
)
from records import Page, asset, sp

TALKS_BOILERPLATE = (
    "<p>The EU Clusters Talks are a fortnightly online series that the European Cluster Collaboration "
    "Platform runs for the cluster community. A session usually pairs a policy update with examples from "
    "clusters and their projects, and closes with platform news and open funding calls.</p>"
)

CMR_BOILERPLATE = (
    "<p>Clusters meet Regions is a series of regional workshops organised by the European Cluster "
    "Collaboration Platform on behalf of the European Commission. Each edition brings cluster organisations, "
    "regional authorities and companies from across Europe to the host region, combining a policy workshop, "
    "visits to local firms and research centres, and a matchmaking session.</p>"
)


def groups_field(bundle: str) -> str:
    return field(
        "og_audience",
        "og_standard_reference",
        bundle,
        "",
        label="Groups audience",
        formatter="og-standard-reference",
        items=[
            '<a href="/content/european-cluster-collaboration-platform" hreflang="en">European Cluster '
            "Collaboration Platform</a>"
        ],
    )


# ------------------------------------------------------------------------------------------------ hz-001


def hz001() -> Page:
    url = "https://clustercollaboration.eu/content/eu-clusters-talks-support-programmes-and-funding-schemes-cluster-policies-eu"
    h1 = "EU Clusters Talks: Support programmes and funding schemes: Cluster policies in the EU"
    files = "https://clustercollaboration.eu/sites/default/files/2024-02/"
    body = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Support programmes and funding schemes: Cluster policies in the EU” on 21 February 2024, 08:30 - 09:45 CET.</p>
<p>Member States and regions support their cluster organisations in very different ways: some run dedicated national cluster programmes with multi-annual funding, others rely on calls under cohesion policy or on smart specialisation strategies. The Talk presents the first results of the 2024 mapping of national and regional cluster programmes and asks which support models help clusters most in the green and digital transition.</p>
<p><a href="/knowledge-sharing/publications/european-cluster-panorama">Read the European Cluster Panorama</a> for background figures on clusters in Europe.</p>
<p>Target audience:</p>
<ul>
<li>Cluster managers and staff of cluster organisations;</li>
<li>National and regional policy makers in charge of cluster programmes;</li>
<li>Managing authorities of cohesion policy programmes;</li>
<li>Business support organisations and innovation agencies.</li>
</ul>
<p>Speakers will include:</p>
<ul>
<li>Marek Przeor, Team Leader – Cluster Policy, DG GROW, European Commission;</li>
<li>Dr. Ifor Ffowcs-Williams, Chief Executive of Cluster Navigators Ltd;</li>
<li>Henrik Dahl Jensen, Senior Consultant at Technopolis Group;</li>
<li>Ana Cristina Pereira, Head of Cluster Programmes, Agency for Competitiveness and Innovation (IAPMEI), Portugal;</li>
<li>Laura Fernández Ruiz, Project Manager, Habitat Cluster Valencia, RE-CENTRE Eurocluster;</li>
<li>More TBC.</li>
</ul>
<p><a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalks-21February2024">Register here</a></p>
{TALKS_BOILERPLATE}"""
    content = (
        banner(
            "event", "2024-02/ECCP%20Talks%20Banner%2021.02.2024.png", "ECCP Talks Banner 21.02.2024 Support programmes"
        )
        + eccp_title(h1)
        + byline("ECCP Team", "06 February 2024", "2024-02-06T09:41:12+00:00")
        + body_field("event", body)
        + attachments_table(
            "event",
            [
                (
                    files + "ECCP_Talks_21022024_Agenda.pdf",
                    "application/pdf",
                    "ECCP_Talks_21022024_Agenda.pdf",
                    "214.6 KB",
                )
            ],
        )
        + taxonomy_field(
            "field_event_target", "event", "Event Target", [(548, "Cluster organisations"), (1081, "Policy makers")]
        )
        + taxonomy_field(
            "field_event_type", "event", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")]
        )
        + groups_field("event")
        + share(url, h1)
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/content/eu-clusters-talks-hydrogen-valleys-and-clusters",
                "EU Clusters Talks: Hydrogen valleys and clusters",
                online("2024-03-06T08:30:00+01:00", "Wed, 06/03/2024 - 08:30"),
                "Online",
            ),
            event_teaser(
                "/event-calendar/clusters-meet-regions-milan-italy",
                "Clusters meet Regions - Milan, Italy",
                days("2024-03-26", "Tue, 26/03/2024", "2024-03-27", "Wed, 27/03/2024"),
                "Physical event",
            ),
            event_teaser(
                "/event-calendar/european-cluster-conference-2024",
                "European Cluster Conference 2024",
                days("2024-05-07", "Tue, 07/05/2024", "2024-05-08", "Wed, 08/05/2024"),
                "Physical event",
            ),
        ],
        more="/event-calendar",
    ) + sidebar_block(
        "latest-news-block-2",
        "Latest news",
        [
            news_teaser(
                "/content/euroclusters-second-call-results",
                "Second Euroclusters call: results published",
                "30 January 2024",
            ),
            news_teaser(
                "/content/clusters-driving-regional-innovation-comprehensive-look-clusters-meet-regions",
                "Clusters Driving Regional Innovation: A Comprehensive Look at the Clusters Meet Regions Event in Iasi",
                "30 November 2023",
            ),
        ],
    )
    html = eccp_page(
        url=url,
        node_id=268114,
        bundle="event",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
    )
    return Page(
        id="hz-001",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="Support programmes and funding schemes: Cluster policies in the EU",
        page_title=h1,
        series="EU Clusters Talks",
        start="2024-02-21T08:30:00+01:00",
        end="2024-02-21T09:45:00+01:00",
        tz_label="CET",
        speakers=[
            sp("Marek Przeor", "Team Leader – Cluster Policy", "DG GROW, European Commission"),
            sp("Ifor Ffowcs-Williams", "Chief Executive", "Cluster Navigators Ltd"),
            sp("Henrik Dahl Jensen", "Senior Consultant", "Technopolis Group"),
            sp(
                "Ana Cristina Pereira",
                "Head of Cluster Programmes",
                "Agency for Competitiveness and Innovation (IAPMEI), Portugal",
            ),
            sp("Laura Fernández Ruiz", "Project Manager", "Habitat Cluster Valencia", "RE-CENTRE"),
        ],
        euroclusters=["RE-CENTRE"],
        assets=[asset("ECCP_Talks_21022024_Agenda.pdf", files + "ECCP_Talks_21022024_Agenda.pdf")],
        notes="Zero-padded '08:30 - 09:45 CET' in winter (+01:00); banner alt text carries a date and must not be the title; "
        "'Target audience:' <ul> with ';' endings right before the speaker <ul> is not speakers; speaker lines "
        "'Role of Org', 'Role at Org', honorific 'Dr.', country suffix ', Portugal', Eurocluster in the line; 'More TBC.' "
        "placeholder; byline date 06 February 2024 is not the event; Drupal 'Attachment | Size' table with one PDF; "
        "registration and web links are not assets.",
        html=html,
        covers="Drupal event node, file table, Target-audience list, Role at/of formats, TBC",
    )


# ------------------------------------------------------------------------------------------------ hz-002


def hz002() -> Page:
    url = "https://clustercollaboration.eu/content/ukraine-how-can-clusters-support-business-integration-and-recovery-0"
    h1 = "EU Clusters Talks: Ukraine: How can clusters support business integration and recovery?"
    f = "/sites/default/files/2022-10/"
    absf = "https://clustercollaboration.eu" + f
    body = f"""<p>On 19 October 2022, 8:30 – 9:45 CEST, the European Cluster Collaboration Platform held the EU Clusters Talk “Ukraine: How can clusters support business integration and recovery?”.</p>
<p>Eight months into the war, many Ukrainian companies have moved production to safer regions or abroad, and cluster organisations on both sides of the border have become brokers between Ukrainian suppliers and European buyers. The Talk looked at what has worked so far, at the support available from the Single Market Programme, and at the role clusters can play in rebuilding Ukraine's industry.</p>
<p>More than 160 participants followed the discussion, which was moderated by the ECCP team. In this session we welcomed experts from Ukraine, Poland and the European Commission:</p>
<p>Oleksandr Zaporozhets – Head of Cluster Development Department – Ukrainian Cluster Alliance – <a href="{f}Presentation_UCA_19.10.2022.pdf" target="_blank">Download presentation</a></p>
<p>Silke Grün – Policy Officer – DG GROW, European Commission – <a href="{f}Presentation_DG%20GROW_Ukraine_Talk.pptx" target="_blank">Download presentation</a></p>
<p>Andrii Rybalko – Director – Kharkiv IT Cluster – <a href="{f}Kharkiv%20IT%20Cluster_ECCP%20Talk.pdf" target="_blank">Download presentation</a></p>
<p>Małgorzata Sobczak – Cluster Manager – Lubuskie Metal Cluster – <a href="{f}LMC_Ukraine_cooperation.pdf" target="_blank">Download presentation</a></p>
<p><a href="https://www.youtube.com/watch?v=Ukr19Oct2022" target="_blank" rel="noopener">Watch the recording of the Talk</a></p>
<p>A summary of the discussion is available <a href="{f}EU%20Clusters%20Talk_Ukraine_summary.pdf" type="application/pdf">here</a>.</p>
<p>The next EU Clusters Talk, on 9 November 2022, will look at the transition pathway for the proximity and social economy. The 30 Euroclusters launched in September will present their first open calls at a later session.</p>
{TALKS_BOILERPLATE}"""
    content = (
        banner("event", "2022-10/Website%201600x600%20Ukraine.png", "Website 1600x600 Ukraine")
        + eccp_title(h1)
        + byline("ECCP Team", "27 October 2022", "2022-10-27T15:02:45+00:00")
        + body_field("event", body)
        + taxonomy_field(
            "field_event_type", "event", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")]
        )
        + groups_field("event")
        + share(url, h1)
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/content/eu-clusters-talks-proximity-and-social-economy",
                "EU Clusters Talks: Transition pathway for the proximity and social economy",
                online("2022-11-09T08:30:00+01:00", "Wed, 09/11/2022 - 08:30"),
                "Online",
            ),
            event_teaser(
                "/event-calendar/eu-clusters-talks-agri-food-cluster-activities-sustainable-and-resilient",
                "EU Clusters Talks: Agri-food: Cluster activities for a sustainable and resilient ecosystem",
                online("2022-11-30T08:30:00+01:00", "Wed, 30/11/2022 - 08:30"),
                "Online",
            ),
        ],
        more="/event-calendar",
    ) + sidebar_block(
        "latest-news-block-2",
        "Latest news",
        [
            news_teaser(
                "/content/30-euroclusters-launched",
                "30 Euroclusters launched to boost Europe's industrial resilience",
                "02 September 2022",
            ),
            news_teaser(
                "/content/c2lab-cluj-romania-round-activities-summary-projects",
                "C2Lab in Cluj, Romania: A round-up of activities & summary of the projects",
                "30 June 2022",
            ),
        ],
    )
    html = eccp_page(
        url=url,
        node_id=236477,
        bundle="event",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
    )
    return Page(
        id="hz-002",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="Ukraine: How can clusters support business integration and recovery?",
        page_title=h1,
        series="EU Clusters Talks",
        start="2022-10-19T08:30:00+02:00",
        end="2022-10-19T09:45:00+02:00",
        tz_label="CEST",
        speakers=[
            sp("Oleksandr Zaporozhets", "Head of Cluster Development Department", "Ukrainian Cluster Alliance"),
            sp("Silke Grün", "Policy Officer", "DG GROW, European Commission"),
            sp("Andrii Rybalko", "Director", "Kharkiv IT Cluster"),
            sp("Małgorzata Sobczak", "Cluster Manager", "Lubuskie Metal Cluster"),
        ],
        euroclusters=[],
        assets=[
            asset("Download presentation", absf + "Presentation_UCA_19.10.2022.pdf"),
            asset("Download presentation", absf + "Presentation_DG%20GROW_Ukraine_Talk.pptx"),
            asset("Download presentation", absf + "Kharkiv%20IT%20Cluster_ECCP%20Talk.pdf"),
            asset("Download presentation", absf + "LMC_Ukraine_cooperation.pdf"),
            asset("here", absf + "EU%20Clusters%20Talk_Ukraine_summary.pdf"),
        ],
        notes="Past-tense report on the event page, byline 27 October 2022; 2022 summer label CEST on 19 October (+02:00); "
        "speaker lines 'Name – Role – Organisation – Download presentation' (each with a PDF/PPTX link: assets, and "
        "'Download presentation' is not part of the organisation; intro 'we welcomed experts from …:'); YouTube link not an asset; 'on 9 November 2022' "
        "is the next Talk, not this one; '30 Euroclusters' names none; moderated 'by the ECCP team' names no person.",
        html=html,
        covers="Drupal report, 'Name – Role – Org – Download presentation' lines, relative .pdf/.pptx links",
    )


# ------------------------------------------------------------------------------------------------ hz-003


def hz003() -> Page:
    host = "https://impr-0001-1260-partners.eccp.hosted-temp.com"
    url = host + "/event-calendar/clusters-meet-regions-milan-italy"
    h1 = "Clusters meet Regions - Milan, Italy"
    f = host + "/sites/default/files/2024-03/"
    staging = (
        '<div class="environment-indicator" style="background:#b30000;color:#fff;padding:4px 12px;font:12px/1.4 sans-serif">'
        "STAGING – impr-0001-1260-partners – content may differ from the live site</div>\n"
    )
    header = (
        '<div class="event-header__meta"><p class="event-header__when">26 - 27 March 2024, Milan, Italy</p>'
        '<p class="event-header__links"><a href="'
        + host
        + '/node/265312?method=ical" class="ical">Add to calendar</a></p></div>\n'
    )
    body = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises a Clusters meet Regions workshop in Milan, Lombardy, on 26 and 27 March 2024, together with Regione Lombardia and the Lombardy cluster network.</p>
<p>Lombardy is one of Europe's strongest manufacturing regions and has supported its regional technology clusters for more than ten years. The workshop looks at how cluster policy can help manufacturing SMEs with the twin transition and how clusters from different regions can build joint projects. The second day offers company visits and a matchmaking session for cluster organisations.</p>
<p>Participation is free of charge. Registration is open until 8 March 2024; the ECCP covers travel and accommodation for a limited number of participants from outside Italy.</p>
<p><a href="{host}/clusters-meet-regions-milan-registration">Register for the workshop</a></p>
{CMR_BOILERPLATE}"""
    content = (
        banner("event", "2024-02/CmR%20Milan%20banner%201600x600.png", "CmR Milan banner 1600x600")
        + eccp_title(h1)
        + header
        + body_field("event", body)
        + attachments_table(
            "event",
            [
                (f + "CmR_Milan_Draft_Agenda.pdf", "application/pdf", "CmR_Milan_Draft_Agenda.pdf", "388.1 KB"),
                (
                    f + "CmR_Milan_Practical_Information.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "CmR_Milan_Practical_Information.docx",
                    "41.7 KB",
                ),
            ],
        )
        + taxonomy_field(
            "field_event_target",
            "event",
            "Event Target",
            [(548, "Cluster organisations"), (3838, "Regional authorities")],
        )
        + taxonomy_field(
            "field_event_type", "event", "Event Type", [(1217, "Clusters meet Regions"), (3271, "Workshop")]
        )
        + groups_field("event")
        + share(url, h1)
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/content/eu-clusters-talks-support-programmes-and-funding-schemes-cluster-policies-eu",
                "EU Clusters Talks: Support programmes and funding schemes: Cluster policies in the EU",
                online("2024-02-21T08:30:00+01:00", "Wed, 21/02/2024 - 08:30"),
                "Online",
            ),
            event_teaser(
                "/event-calendar/european-cluster-conference-2024",
                "European Cluster Conference 2024",
                days("2024-05-07", "Tue, 07/05/2024", "2024-05-08", "Wed, 08/05/2024"),
                "Physical event",
            ),
            event_teaser(
                "/content/clusters-meet-regions-graz-austria",
                "Clusters meet Regions - Graz, Austria",
                days("2024-06-18", "Tue, 18/06/2024", "2024-06-19", "Wed, 19/06/2024"),
                "Physical event",
            ),
        ],
        more="/event-calendar",
    )
    html = eccp_page(
        url=url,
        node_id=265312,
        bundle="event",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), ("Event calendar", "/event-calendar"), (h1, None)],
        staging_banner=staging,
        canonical=url,
    )
    return Page(
        id="hz-003",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-03-26",
        end="2024-03-27",
        tz_label=None,
        speakers=[],
        euroclusters=[],
        assets=[
            asset("CmR_Milan_Draft_Agenda.pdf", f + "CmR_Milan_Draft_Agenda.pdf"),
            asset("CmR_Milan_Practical_Information.docx", f + "CmR_Milan_Practical_Information.docx"),
        ],
        notes="Staging copy (host impr-0001-1260-partners.eccp.hosted-temp.com) with an environment banner before the "
        "page; header '26 - 27 March 2024' and body 'on 26 and 27 March 2024' (dates only); registration deadline "
        "'until 8 March 2024' is not the event; '?method=ical' calendar link and registration link are not assets; "
        "attachment table with a PDF and a DOCX on the staging host.",
        html=html,
        covers="staging host, day range 'and', .docx in file table, ?method=ical",
    )


# ------------------------------------------------------------------------------------------------ hz-004


def hz004() -> Page:
    host = "https://preview.clustercollaboration.eu"
    url = host + "/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action"
    h1 = "EU Clusters Talk: From Policy to Practice: The Clean Industrial Deal in Action"
    body = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “From Policy to Practice: The Clean Industrial Deal in Action” on 12 March 2025, 8:30CET - 9:45CET.</p>
<p>On 26 February 2025 the Commission presented the Clean Industrial Deal, its plan to make decarbonisation a driver of growth for European industry. The Talk explains the main instruments of the Deal – from affordable energy to lead markets for clean products – and asks what they mean in practice for clusters and their members.</p>
<h3>Programme</h3>
<ul>
<li>Welcome and introduction</li>
<li>Keynote: The Clean Industrial Deal and what it means for industrial ecosystems</li>
<li>Panel: Clusters turning policy into projects</li>
<li>Questions and answers</li>
</ul>
<p><strong>Keynote:</strong> Prof. Dr. Johanna Vermeulen, Professor of Industrial Economics, KU Leuven</p>
<p><strong>Panel:</strong></p>
<ul>
<li>Piotr Zawadzki, Policy Officer, DG GROW, European Commission</li>
<li>Nathalie Lambot, Project Manager, Pôle MecaTech, JEWEL Eurocluster</li>
<li>Gunnar Eriksson, CEO, Energy Valley Sweden, PowerUp Net-Zero Eurocluster</li>
</ul>
<p><strong>Moderator:</strong> Sophie Vanhoutte, Senior Cluster Expert, European Cluster Collaboration Platform</p>
{TALKS_BOILERPLATE}"""
    content = (
        banner("event", "2025-02/Talks%20CID%20banner.png", "Talks CID banner")
        + eccp_title(h1)
        + byline("ECCP Team", "27 February 2025", "2025-02-27T11:15:03+00:00")
        + field(
            "field_event_date",
            "daterange",
            "event",
            '<time datetime="2025-03-12T07:30:00Z" class="datetime">Wed, 12/03/2025 - 08:30</time> - '
            '<time datetime="2025-03-12T08:45:00Z" class="datetime">09:45</time>',
            label="Date",
            formatter="daterange",
        )
        + body_field("event", body)
        + taxonomy_field(
            "field_event_type", "event", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")]
        )
        + groups_field("event")
        + share(url, h1)
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/content/eu-clusters-talk-clusters-and-defence-readiness",
                "EU Clusters Talk: Clusters and defence readiness",
                online("2025-03-26T08:30:00+01:00", "Wed, 26/03/2025 - 08:30"),
                "Online",
            ),
            event_teaser(
                "/content/european-cluster-conference-2025",
                "European Cluster Conference 2025",
                days("2025-06-17", "Tue, 17/06/2025", "2025-06-18", "Wed, 18/06/2025"),
                "Physical event",
            ),
        ],
        more="/event-calendar",
    )
    html = eccp_page(
        url=url,
        node_id=281907,
        bundle="event",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
        staging_banner='<div class="preview-banner">Preview – unpublished changes may be visible</div>\n',
        canonical="https://clustercollaboration.eu/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action",
    )
    return Page(
        id="hz-004",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title="From Policy to Practice: The Clean Industrial Deal in Action",
        page_title=h1,
        series="EU Clusters Talks",
        start="2025-03-12T08:30:00+01:00",
        end="2025-03-12T09:45:00+01:00",
        tz_label="CET",
        speakers=[
            sp("Johanna Vermeulen", "Professor of Industrial Economics", "KU Leuven"),
            sp("Piotr Zawadzki", "Policy Officer", "DG GROW, European Commission"),
            sp("Nathalie Lambot", "Project Manager", "Pôle MecaTech", "JEWEL"),
            sp("Gunnar Eriksson", "CEO", "Energy Valley Sweden", "PowerUp NetZero"),
            sp("Sophie Vanhoutte", "Senior Cluster Expert", "European Cluster Collaboration Platform"),
        ],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        assets=[],
        notes="Preview host (preview.clustercollaboration.eu); times glued to the zone '8:30CET - 9:45CET' (winter, +01:00); "
        "'26 February 2025' is the Deal's adoption date, not the event; programme <ul> (with 'Keynote:'/'Panel:' "
        "agenda items) is not speakers; 'Keynote:' line with honorific 'Prof. Dr.', 'Panel:' <ul>, 'Moderator:' line "
        "(the moderator is a speaker); alias 'PowerUp Net-Zero' -> PowerUp NetZero; Drupal date field 'Wed, 12/03/2025 "
        "- 08:30 - 09:45' is day-first (12 March, not 3 December) with UTC <time datetime> values that agree.",
        html=html,
        covers="preview host, '8:30CET', Keynote/Panel/Moderator labels, Prof. Dr., Eurocluster alias",
    )


# ------------------------------------------------------------------------------------------------ hz-005


def hz005() -> Page:
    url = "https://clustercollaboration.eu/content/clusters-meet-regions-charleroi-belgium"
    h1 = "Clusters Meet Regions - Charleroi, Belgium"
    date_field = field(
        "field_event_date",
        "daterange",
        "event",
        '<time datetime="2024-11-27T12:00:00Z" class="datetime">Wed, 27/11/2024</time> - '
        '<time datetime="2024-11-28T12:00:00Z" class="datetime">Thu, 28/11/2024</time>',
        label="Date",
        formatter="daterange",
    )
    desc = f"""<p>The European Cluster Collaboration Platform invites cluster organisations, regional authorities and companies to the last Clusters meet Regions workshop of the year, which will take place from 27 to 28 November 2024 in Charleroi, Belgium.</p>
<p>Wallonia has reinvented its old industrial basin around biotechnology, aeronautics and advanced materials, and its competitiveness clusters have been at the heart of that change. The workshop discusses how clusters help regions in industrial transition and how interregional partnerships can speed it up.</p>
<p>The workshop is co-organised with:</p>
<ul>
<li>Wallonie Entreprendre</li>
<li>BioWin, the Walloon health cluster</li>
<li>Skywin, the Walloon aerospace cluster</li>
<li>MecaTech, the Walloon mechanical engineering cluster</li>
</ul>
<p>Read the <a href="/sites/default/files/2024-10/CmR%20Charleroi%20concept%20note.pdf">concept note</a> for the full programme outline. Places are limited; please <a href="/clusters-meet-regions-charleroi-registration">register</a> by 8 November 2024.</p>
{CMR_BOILERPLATE}"""
    # The body field is empty on this node: the text sits in a separate long-text field.
    content = (
        banner("event", "2024-10/CmR%20Charleroi%201600x600.png", "CmR Charleroi 1600x600")
        + eccp_title(h1)
        + date_field
        + field("field_summary", "string", "event", "Join us in Charleroi for two days of workshops and matchmaking.")
        + field("field_event_description", "text_long", "event", desc, formatter="text-long")
        + taxonomy_field(
            "field_event_type", "event", "Event Type", [(1217, "Clusters meet Regions"), (3271, "Workshop")]
        )
        + groups_field("event")
        + share(url, h1)
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/content/clusters-meet-regions-charleroi-belgium",
                "Clusters Meet Regions - Charleroi, Belgium",
                days("2024-11-27", "Wed, 27/11/2024", "2024-11-28", "Thu, 28/11/2024"),
                "Physical event",
            ),
            event_teaser(
                "/content/eu-clusters-talks-cluster-internationalisation-2025",
                "EU Clusters Talks: Going global in 2025",
                online("2025-01-22T08:30:00+01:00", "Wed, 22/01/2025 - 08:30"),
                "Online",
            ),
        ],
        more="/event-calendar",
    ) + sidebar_block(
        "latest-news-block-2",
        "Latest news",
        [
            news_teaser(
                "/content/clusters-meet-regions-chisinau-recap",
                "Clusters meet Regions in Chișinău: a recap",
                "05 November 2024",
            ),
        ],
    )
    html = eccp_page(
        url=url,
        node_id=276540,
        bundle="event",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
    )
    return Page(
        id="hz-005",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-11-27",
        end="2024-11-28",
        tz_label=None,
        speakers=[],
        euroclusters=[],
        assets=[
            asset(
                "concept note",
                "https://clustercollaboration.eu/sites/default/files/2024-10/CmR%20Charleroi%20concept%20note.pdf",
            )
        ],
        notes="Body text in field--name-field-event-description (text_long), not field--name-body; Drupal date-range field "
        "with <time datetime='…T12:00:00Z'> (date-only storage at noon UTC: the event has no time, start/end are "
        "dates); body 'from 27 to 28 November 2024'; co-organiser list is not speakers ('MecaTech' is no Eurocluster); "
        "registration deadline 8 November 2024; the same event appears in the sidebar.",
        html=html,
        covers="body in another Drupal field, <time> date-range field, 'from 27 to 28 November'",
    )


# ------------------------------------------------------------------------------------------------ hz-006


def hz006() -> Page:
    url = "https://clustercollaboration.eu/community-event/e-boost-eurocluster-brokerage-event-electromobility"
    h1 = "E-BOOST Eurocluster Brokerage Event on Electromobility"
    loc = field(
        "field_location_and_date",
        "text_long",
        "community_event",
        "<p>30 November 2023 - 1 December 2023<br />\nParque Tecnológico de Álava<br />\n01510 Miñano, Spain</p>",
        label="Location and date",
    )
    body = """<p>The E-BOOST Eurocluster invites SMEs, start-ups and research organisations from the electromobility value chain to a two-day brokerage event in the Basque Country, 30 November – 1 December 2023.</p>
<p>The programme combines pitching sessions, pre-arranged bilateral meetings and visits to battery and charging-infrastructure companies around Vitoria-Gasteiz. Participants can also get advice on the second E-BOOST open call, which closes on 15 January 2024 and offers grants for innovation, internationalisation and upskilling.</p>
<p>Registration fee: 50 EUR (lunches and visits included). Registration closes on 20 November 2023.</p>"""
    content = (
        eccp_title(h1)
        + loc
        + body_field("community_event", body)
        + field(
            "field_cluster_organisation",
            "entity_reference",
            "community_event",
            "",
            label="Cluster organisation",
            formatter="entity-reference",
            items=[
                '<a href="/cluster-organisations/acicae-basque-automotive-cluster" hreflang="en">ACICAE – Basque Automotive Cluster</a>'
            ],
        )
        + share(url, h1)
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/content/eu-clusters-talks-special-recap-key-policies-and-takeaways",
                "EU Clusters Talks Special: Recap on key policies and takeaways",
                online("2023-12-13T08:30:00+01:00", "Wed, 13/12/2023 - 08:30"),
                "Online",
            ),
            event_teaser(
                "/community-event/battery-days-2024",
                "Battery Days 2024",
                days("2024-02-14", "Wed, 14/02/2024", "2024-02-15", "Thu, 15/02/2024"),
                "Physical event",
            ),
        ],
        more="/event-calendar",
    )
    html = eccp_page(
        url=url,
        node_id=259881,
        bundle="community_event",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), ("Community events", "/community-event"), (h1, None)],
    )
    return Page(
        id="hz-006",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start="2023-11-30",
        end="2023-12-01",
        tz_label=None,
        speakers=[],
        euroclusters=["E-BOOST"],
        assets=[],
        notes="Community event; 'Location and date' field '30 November 2023 - 1 December 2023' and body "
        "'30 November – 1 December 2023': a range across two months; open-call deadline 15 January 2024 and "
        "registration deadline 20 November 2023 are not the event; price '50 EUR'; series null.",
        html=html,
        covers="community event, cross-month range, Location and date field",
    )


# ------------------------------------------------------------------------------------------------ hz-007


def hz007() -> Page:
    url = "https://www.clustercollaboration.eu/events/organised-by-eccp/clusters-talks/resilience-health-ecosystem"
    h1 = "Resilience of the health ecosystem: lessons from the pandemic"
    f = "https://www.clustercollaboration.eu/sites/default/files/2021-06/"
    body = """<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises an EU Clusters Talk on 30 June 2021, 10:00 - 11:30 CEST.</p>
<p>When the pandemic hit, health clusters helped their members switch production to masks, ventilators and test kits within weeks. The Talk builds on the work of the European Alliance Against Coronavirus, which has connected cluster organisations since March 2020, and asks what the health ecosystem needs to be better prepared for the next crisis.</p>
<p>Speakers:</p>
<table class="table">
<thead><tr><th>Speaker</th><th>Position</th><th>Organisation</th></tr></thead>
<tbody>
<tr><td>Dr. Ulla Hansen</td><td>Policy Officer, Health Industries</td><td>DG GROW, European Commission</td></tr>
<tr><td>Gonzalo Ruiz-Marín</td><td>Managing Director</td><td>Basque Health Cluster</td></tr>
<tr><td>Petra Horváthová</td><td>Cluster Manager</td><td>Slovak Health Cluster</td></tr>
<tr><td>Jens Ole Kristensen</td><td>Chief Executive Officer</td><td>Medicon Valley Alliance</td></tr>
</tbody>
</table>
<p>Moderated by Ana Sofia Moreira, European Cluster Collaboration Platform.</p>
<p><a href="https://clustercollaboration.eu/eu-clusters-talks-registration">Registration</a></p>"""
    content = (
        banner("event", "2021-06/Health%20Talk%20Banner.jpg", "Health Talk Banner")
        + eccp_title(h1)
        + byline("ECCP Team", "14 June 2021", "2021-06-14T08:20:00+00:00")
        + body_field("event", body)
        + attachments_table(
            "event",
            [
                (
                    f + "Agenda_Health_Talk_30062021.pdf",
                    "application/pdf",
                    "Agenda_Health_Talk_30062021.pdf",
                    "156.2 KB",
                ),
                (f + "Presentations_Health_Talk.zip", "application/zip", "Presentations_Health_Talk.zip", "8.4 MB"),
            ],
        )
        + taxonomy_field(
            "field_event_type", "event", "Event Type", [(2415, "EU Clusters Talks"), (2075, "Online event")]
        )
        + groups_field("event")
        + share(url, h1)
    )
    sidebar = sidebar_block(
        "latest-news-block-2",
        "Latest news",
        [
            news_teaser(
                "/content/european-alliance-against-coronavirus-discuss-swedish-cluster-landscape",
                "European Alliance Against Coronavirus discuss the Swedish Cluster Landscape",
                "18 August 2021",
            ),
            news_teaser(
                "/content/how-can-clusters-be-more-strategic-their-internationalisation",
                "How can clusters be more strategic in their internationalisation?",
                "17 September 2021",
            ),
        ],
    )
    html = eccp_page(
        url=url,
        node_id=198245,
        bundle="event",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[
            ("Home", "/"),
            ("Events", "/events"),
            ("EU Clusters Talks", "/events/organised-by-eccp/clusters-talks"),
            (h1, None),
        ],
    )
    return Page(
        id="hz-007",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start="2021-06-30T10:00:00+02:00",
        end="2021-06-30T11:30:00+02:00",
        tz_label="CEST",
        speakers=[
            sp("Ulla Hansen", "Policy Officer, Health Industries", "DG GROW, European Commission"),
            sp("Gonzalo Ruiz-Marín", "Managing Director", "Basque Health Cluster"),
            sp("Petra Horváthová", "Cluster Manager", "Slovak Health Cluster"),
            sp("Jens Ole Kristensen", "Chief Executive Officer", "Medicon Valley Alliance"),
            sp("Ana Sofia Moreira", None, "European Cluster Collaboration Platform"),
        ],
        euroclusters=[],
        assets=[
            asset("Agenda_Health_Talk_30062021.pdf", f + "Agenda_Health_Talk_30062021.pdf"),
            asset("Presentations_Health_Talk.zip", f + "Presentations_Health_Talk.zip"),
        ],
        notes="2021 Talk, '10:00 - 11:30 CEST' (+02:00); no quoted title: title = heading; speakers in a 3-column "
        "<table> (Speaker | Position | Organisation) with 'Dr.' and a role containing a comma; 'Moderated by Name, Org' "
        "sentence (no role); 'European Alliance Against Coronavirus' named in prose but the series is EU Clusters Talks; "
        "file table with PDF and ZIP.",
        html=html,
        covers="speakers in <table>, 'Moderated by', .zip, series trap",
    )


# ------------------------------------------------------------------------------------------------ hz-008


def hz008() -> Page:
    url = "https://clustercollaboration.eu/content/sileo-open-call-lighting-and-furniture-smes"
    h1 = "SILEO Open Call: up to EUR 60 000 for lighting and furniture SMEs"
    body = """<p>The SILEO Eurocluster, coordinated by the European Lighting Cluster Alliance, has opened its second call for SMEs in the lighting and furniture ecosystems. Companies can apply for vouchers of up to EUR 60 000 for green and digital transformation projects, training and internationalisation.</p>
<p>The call opened on 15 January 2023 and closes on 15 March 2023 at 17:00 CET. An online information session for applicants will take place on 1 February 2023 at 10:00 CET.</p>
<p>Eligible applicants are SMEs established in an EU Member State or a country taking part in the Single Market Programme.</p>
<p><a href="https://sileo-eurocluster.eu/open-call">Read the guidelines and apply</a></p>"""
    deadline = field(
        "field_deadline",
        "datetime",
        "open_call",
        '<time datetime="2023-03-15T16:00:00Z" class="datetime">15 March 2023 - 17:00 (CET)</time>',
        label="Deadline",
        formatter="datetime",
    )
    content = (
        eccp_title(h1)
        + byline("ECCP Team", "16 January 2023", "2023-01-16T12:00:10+00:00")
        + deadline
        + body_field("open_call", body)
        + taxonomy_field("field_call_type", "open_call", "Type of call", [(4012, "Funding for SMEs")])
        + share(url, h1)
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/content/eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition",
                "EU Clusters Talks: Meet the Euroclusters: Initiatives for the green and digital transition",
                online("2023-03-08T08:30:00+01:00", "Wed, 08/03/2023 - 08:30"),
                "Online",
            ),
        ],
        more="/event-calendar",
    )
    html = eccp_page(
        url=url,
        node_id=251002,
        bundle="open_call",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), ("Opportunities", "/open-calls"), (h1, None)],
    )
    return Page(
        id="hz-008",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        series=None,
        start=None,
        end=None,
        tz_label=None,
        speakers=[],
        euroclusters=["SILEO"],
        assets=[],
        notes="NOT an event: an open call (node type open_call) with a deadline field '15 March 2023 - 17:00 (CET)', an "
        "opening date and an info-session date with a time; the sidebar lists a real event.",
        html=html,
        covers="open call with deadline + info-session time",
    )


# ------------------------------------------------------------------------------------------------ hz-009


def hz009() -> Page:
    url = "https://clustercollaboration.eu/tags/clusters-meet-regions"
    h1 = "Clusters meet Regions"
    rows = [
        (
            "/content/clusters-meet-regions-charleroi-belgium",
            "Clusters Meet Regions - Charleroi, Belgium",
            "14 October 2024",
            "The last Clusters meet Regions workshop of 2024 takes place in Charleroi on 27 and 28 November.",
        ),
        (
            "/content/clusters-meet-regions-graz-austria",
            "Clusters meet Regions - Graz, Austria",
            "22 May 2024",
            "Cluster organisations meet in Styria on 18-19 June 2024 to discuss mobility and production.",
        ),
        (
            "/content/clusters-meet-regions-milan-navigating-twin-transition-innovation",
            "Clusters meet Regions in Milan: Navigating the Twin Transition & Innovation",
            "05 April 2024",
            "Over 120 participants met in Milan on 26-27 March 2024.",
        ),
        (
            "/content/clusters-meet-regions-iasi-romania",
            "Clusters meet Regions - Iasi, Romania",
            "02 November 2023",
            "The workshop took place from 21 to 23 November 2023.",
        ),
        (
            "/content/clusters-meet-regions-east-and-north-finland",
            "Clusters meet Regions East and North Finland",
            "05 May 2023",
            "On 25-27 April 2023 around 150 people met in Levi.",
        ),
    ]
    items = "".join(
        f"""<div class="views-row"><article class="teaser teaser--article">
  <span class="teaser__date">{d}</span>
  <h2 class="teaser__title"><a href="{h}" hreflang="en">{t}</a></h2>
  <div class="teaser__summary"><p>{s}</p></div>
</article></div>
"""
        for h, t, d, s in rows
    )
    o, c = twig(
        "taxonomy_term",
        ["taxonomy-term--tags--full.html.twig", "taxonomy-term--tags.html.twig", "taxonomy-term.html.twig"],
        "taxonomy-term.html.twig",
        f"{CLASSY}/content/taxonomy-term.html.twig",
    )
    content = (
        eccp_title(h1)
        + o
        + '<div id="taxonomy-term-1217" class="taxonomy-term vocabulary-tags"></div>'
        + c
        + '<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1">\n<div class="view-content">\n'
        + items
        + '</div>\n<nav class="pager" role="navigation"><ul class="pager__items js-pager__items">'
        '<li class="pager__item is-active">1</li><li class="pager__item"><a href="?page=1">2</a></li>'
        '<li class="pager__item pager__item--next"><a href="?page=1" rel="next">Next ›</a></li></ul></nav>\n</div>\n'
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action",
                "EU Clusters Talk: From Policy to Practice: The Clean Industrial Deal in Action",
                online("2025-03-12T08:30:00+01:00", "Wed, 12/03/2025 - 08:30"),
                "Online",
            ),
        ],
        more="/event-calendar",
    )
    html = eccp_page(
        url=url,
        node_id=1217,
        bundle="tags",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), ("Tags", None), (h1, None)],
        page_type_class="path-taxonomy",
        h1_in_content=False,
    )
    return Page(
        id="hz-009",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        series=None,
        start=None,
        end=None,
        tz_label=None,
        speakers=[],
        euroclusters=[],
        assets=[],
        notes="NOT an event: taxonomy tag page listing five Clusters meet Regions articles, each teaser with a date and a "
        "summary carrying event dates; heading is the series name.",
        html=html,
        covers="Drupal tag page (listing)",
    )


# ------------------------------------------------------------------------------------------------ hz-010


def hz010() -> Page:
    url = "https://clustercollaboration.eu/content/cluster-managers-working-group-meeting-members-only"
    h1 = "Access denied"
    o, c = twig(
        "status_messages",
        ["status-messages.html.twig"],
        "status-messages.html.twig",
        f"{CLASSY}/misc/status-messages.html.twig",
    )
    content = (
        eccp_title(h1) + o + '<div data-drupal-messages>\n  <div role="contentinfo" aria-label="Error message" '
        'class="messages messages--error">\n    <h2 class="visually-hidden">Error message</h2>\n'
        "You are not authorized to access this page.\n  </div>\n</div>"
        + c
        + '<p>This content is available to registered members of the platform only. Please <a href="/user/login?destination='
        '/content/cluster-managers-working-group-meeting-members-only">log in</a> or <a href="/register-your-profile">'
        "register your profile</a>.</p>\n"
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/content/eu-clusters-talks-european-year-skills-talent-twin-transition",
                "EU Clusters Talks: European Year of Skills: Talent for the twin transition",
                online("2023-06-14T08:30:00+02:00", "Wed, 14/06/2023 - 08:30"),
                "Online",
            ),
            event_teaser(
                "/event-calendar/clusters-meet-regions-lyon-france",
                "Clusters meet Regions - Lyon, France",
                days("2023-10-12", "Thu, 12/10/2023", "2023-10-13", "Fri, 13/10/2023"),
                "Physical event",
            ),
        ],
        more="/event-calendar",
    )
    html = eccp_page(
        url=url,
        node_id=0,
        bundle="page",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), (h1, None)],
        page_type_class="path-node",
        h1_in_content=False,
    )
    return Page(
        id="hz-010",
        url=url,
        template="T1",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        series=None,
        start=None,
        end=None,
        tz_label=None,
        speakers=[],
        euroclusters=[],
        assets=[],
        notes="NOT an event: Drupal 403 'Access denied' page on an event URL; the sidebar still lists two real events "
        "with dates and times.",
        html=html,
        covers="403 Access denied",
    )


# ------------------------------------------------------------------------------------------------ hz-011


def hz011() -> Page:
    url = "https://clustercollaboration.eu/content/cluster-collaboration-lab-c2lab-eindhoven-netherlands"
    h1 = "Cluster Collaboration Lab (C2Lab) in Eindhoven, the Netherlands"
    body = """<p>The European Cluster Collaboration Platform will hold its next Cluster Collaboration Lab (C2Lab) from Monday 5th June to Tuesday 6th June 2023 in Eindhoven, the Netherlands, hosted by Brainport Development.</p>
<p>A C2Lab brings together around 40 cluster managers for two days of structured co-creation. Participants choose one of the challenges below, form international teams and leave with a concrete project idea and the partners to carry it out.</p>
<p>Challenges for this edition:</p>
<ol>
<li>Semiconductors: how can clusters strengthen Europe's chip supply chain?</li>
<li>Skills: how can clusters attract technical talent to SMEs?</li>
<li>Circularity: how can clusters close material loops in high-tech manufacturing?</li>
</ol>
<p>Applications close on Friday 12th May 2023. Selected participants will be informed by 19 May 2023; the platform covers travel and accommodation.</p>
<p><a href="https://clustercollaboration.eu/c2lab-eindhoven-application">Apply now</a></p>"""
    content = (
        banner("event", "2023-04/C2Lab%20Eindhoven%20banner.png", "C2Lab Eindhoven banner")
        + eccp_title(h1)
        + byline("ECCP Team", "18 April 2023", "2023-04-18T13:27:51+00:00")
        + body_field("event", body)
        + taxonomy_field(
            "field_event_type", "event", "Event Type", [(3390, "Cluster Collaboration Lab"), (3271, "Workshop")]
        )
        + groups_field("event")
        + share(url, h1)
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/content/eu-clusters-talks-patents-europe-new-framework-innovation",
                "EU Clusters Talks: Patents in Europe: A new framework for innovation",
                online("2023-05-31T08:30:00+02:00", "Wed, 31/05/2023 - 08:30"),
                "Online",
            ),
            event_teaser(
                "/content/eu-clusters-talks-european-year-skills-talent-twin-transition",
                "EU Clusters Talks: European Year of Skills: Talent for the twin transition",
                online("2023-06-14T08:30:00+02:00", "Wed, 14/06/2023 - 08:30"),
                "Online",
            ),
        ],
        more="/event-calendar",
    )
    html = eccp_page(
        url=url,
        node_id=221930,
        bundle="event",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
    )
    return Page(
        id="hz-011",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2023-06-05",
        end="2023-06-06",
        tz_label=None,
        speakers=[],
        euroclusters=[],
        assets=[],
        notes="Ordinal dates with weekdays 'from Monday 5th June to Tuesday 6th June 2023' (year only after the second "
        "day); application deadline 'Friday 12th May 2023' and '19 May 2023' are not the event; numbered challenge "
        "list is not speakers; series from '(C2Lab)'.",
        html=html,
        covers="ordinals with weekdays, C2Lab",
    )


# ------------------------------------------------------------------------------------------------ hz-012


def hz012() -> Page:
    url = "https://clustercollaboration.eu/content/international-cluster-matchmaking-event-europe-latin-america-and-caribbean"
    h1 = "International Cluster Matchmaking Event: Europe – Latin America and the Caribbean"
    body = """<p>The European Cluster Collaboration Platform organises an online International Cluster Matchmaking Event between cluster organisations from Europe and from Latin America and the Caribbean on 23 &amp; 24 October 2023.</p>
<p>The event follows the EU–CELAC summit of July 2023 and aims at partnerships in agri-food, renewable energy, health and digital technologies. Each participant can book up to twelve bilateral video meetings over the two days.</p>
<p>A preparatory info session for registered participants will be held on 10 October 2023 at 16:00 CEST.</p>
<p>Who can take part?</p>
<ul>
<li>Cluster organisations with a profile on the ECCP;</li>
<li>Cluster organisations and business networks from Latin America and the Caribbean;</li>
<li>Business support organisations working with both regions.</li>
</ul>
<p>Deadline for registration: 2 October 2023. <a href="https://eccp-latam-matchmaking.b2match.io/">Register on the matchmaking platform</a>.</p>"""
    content = (
        banner("event", "2023-09/Matchmaking%20LAC%201600x600.png", "Matchmaking LAC 1600x600")
        + eccp_title(h1)
        + byline("ECCP Team", "12 September 2023", "2023-09-12T10:05:33+00:00")
        + body_field("event", body)
        + taxonomy_field("field_event_type", "event", "Event Type", [(3260, "Matchmaking"), (2075, "Online event")])
        + groups_field("event")
        + share(url, h1)
    )
    sidebar = sidebar_block(
        "upcoming-events-block-1",
        "Upcoming events",
        [
            event_teaser(
                "/event-calendar/clusters-meet-regions-lyon-france",
                "Clusters meet Regions - Lyon, France",
                days("2023-10-12", "Thu, 12/10/2023", "2023-10-13", "Fri, 13/10/2023"),
                "Physical event",
            ),
            event_teaser(
                "/content/clusters4neb-new-european-bauhaus-and-sustainable-construction",
                "Clusters4NEB: New European Bauhaus and Sustainable Construction",
                online("2023-11-08T08:30:00+01:00", "Wed, 08/11/2023 - 08:30"),
                "Online",
            ),
        ],
        more="/event-calendar",
    )
    html = eccp_page(
        url=url,
        node_id=247719,
        bundle="event",
        head_title=h1,
        content=content,
        sidebar=sidebar,
        breadcrumb=[("Home", "/"), ("Events", "/events"), (h1, None)],
    )
    return Page(
        id="hz-012",
        url=url,
        template="T1",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start="2023-10-23",
        end="2023-10-24",
        tz_label=None,
        speakers=[],
        euroclusters=[],
        assets=[],
        notes="Days joined by an escaped '&amp;' ('23 & 24 October 2023'); the info session '10 October 2023 at 16:00 "
        "CEST' has a time and zone but is another event; 'July 2023' summit and the 2 October deadline are not the "
        "event; eligibility <ul> is not speakers.",
        html=html,
        covers="'23 & 24 October', matchmaking, info-session time trap",
    )


PAGES = [hz001, hz002, hz003, hz004, hz005, hz006, hz007, hz008, hz009, hz010, hz011, hz012]
