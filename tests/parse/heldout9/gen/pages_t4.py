"""T4 — event plugins and ticketing pages (The Events Calendar, Modern Events Calendar, Events Manager, an
Eventbrite-like page). Written new for heldout9."""

from __future__ import annotations

import json

from common import asset, bx, page_adder, record, sp
from shells import generic_page, sprite, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)

# ---------------------------------------------------------------- hq-031: The Events Calendar, space Talk (5 June 2024)
host = "https://www.space-cluster-austria.at"
u = host + "/event/eu-clusters-talks-space-ecosystem/"
h1 = "EU Clusters Talks: Clusters in the space ecosystem"
ld = json.dumps(
    [
        {
            "@context": "http://schema.org",
            "@type": "Event",
            "name": h1,
            "description": "&lt;p&gt;Online Talk organised by the ECCP.&lt;/p&gt;",
            "url": u,
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
            "startDate": "2024-06-05T08:30:00+02:00",
            "endDate": "2024-06-05T09:45:00+02:00",
            "organizer": {"@type": "Person", "name": "Space Cluster Austria", "url": host},
        }
    ],
    ensure_ascii=False,
)
main = (
    '<div id="tribe-events-content" class="tribe-events-single">\n'
    '<p class="tribe-events-back"><a href="/events/">&laquo; All Events</a></p>\n'
    f'<h1 class="tribe-events-single-event-title">{h1}</h1>\n'
    '<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">June 5 @ 8:30 am</span> - <span class="tribe-event-time">9:45 am</span></h2>'
    ' <span class="tribe-events-timezone">CEST</span></div>\n'
    '<div id="post-2744" class="post-2744 tribe_events type-tribe_events status-publish hentry tribe_events_cat-online">\n'
    '<div class="tribe-events-single-event-description tribe-events-content">\n'
    "<p>Space is no longer only a matter for large integrators. New launchers, small satellites and the use of satellite data in farming, transport and insurance "
    "open the ecosystem to SMEs. In this EU Clusters Talk, organised by the European Cluster Collaboration Platform, space clusters show how they help newcomers.</p>\n"
    "<p>Speakers:</p>\n<ul>\n<li>Dr. Johanna Reiter, Policy Officer, DG DEFIS, European Commission</li>\n"
    "<li>Marco Bianchi, Business Developer, Lazio Aerospace Technology District</li>\n"
    "<li>Ewelina Wróbel, Director, Polish Space Cluster</li>\n<li>Moderator: Julien Mercier (ECCP)</li>\n</ul>\n"
    "<p>Next in the series: the Talk on 19 June on the Net-Zero Industry Act.</p>\n</div>\n"
    '<div class="tribe-events-cal-links"><a class="tribe-events-gcal tribe-events-button" href="https://www.google.com/calendar/event?action=TEMPLATE&amp;dates=20240605T083000/20240605T094500&amp;text=EU%20Clusters%20Talks&amp;ctz=Europe/Brussels" title="Add to Google Calendar">+ Google Calendar</a>'
    f'<a class="tribe-events-ical tribe-events-button" href="{u}?ical=1" title="Download .ics file">+ iCal Export</a></div>\n'
    '<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">\n'
    '<div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title">Details</h2><dl>\n'
    '<dt class="tribe-events-start-date-label">Date:</dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2024-06-05">June 5</abbr></dd>\n'
    '<dt class="tribe-events-start-time-label">Time:</dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2024-06-05">8:30 am - 9:45 am <span class="tribe-events-abbr tribe-events-time-zone published ">CEST</span></div></dd>\n'
    '<dt class="tribe-events-event-categories-label">Event Category:</dt><dd class="tribe-events-event-categories"><a href="/events/category/online/" rel="tag">Online</a></dd></dl></div>\n'
    '<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl><dt class="tribe-organizer-label"></dt>'
    '<dd class="tribe-organizer">Space Cluster Austria</dd><dt class="tribe-organizer-email-label">Email:</dt><dd class="tribe-organizer-email">office@space-cluster-austria.at</dd></dl></div>\n</div>\n</div>\n'
    '<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="/event/members-breakfast-may/">&laquo; Members’ breakfast, 28 May</a></li>'
    '<li class="tribe-events-nav-next"><a href="/event/esa-business-day/">ESA Business Day, 20 June &raquo;</a></li></ul></nav></div>\n</div>'
)
html = wp_page(
    site="Space Cluster Austria",
    host=host,
    title_tag=f"{h1} – Space Cluster Austria",
    lang="en-US",
    theme="astra",
    body_class="tribe_events-template-default single single-tribe_events postid-2744 tribe-events-page-template tribe-theme-astra",
    menu=[("Home", "/"), ("Cluster", "/cluster/"), ("Events", "/events/"), ("Contact", "/contact/")],
    main=main,
    footer_text="© 2024 Space Cluster Austria",
    seed=9431,
    head_extra=f'<script type="application/ld+json">\n{ld}\n</script>\n',
)
add(
    "hq-031",
    u,
    html,
    record(
        id="hq-031",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-06-05", "08:30"),
        end=bx("2024-06-05", "09:45"),
        tz_label="CEST",
        speakers=[
            sp("Johanna Reiter", "Policy Officer", "DG DEFIS, European Commission"),
            sp("Marco Bianchi", "Business Developer", "Lazio Aerospace Technology District"),
            sp("Ewelina Wróbel", "Director", "Polish Space Cluster"),
            sp("Julien Mercier", None, "ECCP"),
        ],
        notes="Plausible reconstruction (topic and date taken from the ECCP sidebar teasers). The Events Calendar single event: header 'June 5 @ 8:30 am - 9:45 am' without year and zone 'CEST' in its own span (the plugin prints the site's zone abbreviation); the year is in abbr titles, JSON-LD and the Google Calendar link; 'Moderator: Name (ECCP)' has no role; organizer block is not a speaker; 'Next ... on 19 June' and the previous/next event links are not the event; ?ical=1 is not an asset.",
    ),
)

# ---------------------------------------------------------------- hq-032: German, Modern Events Calendar, Graz (18-19 June 2024), ISO-8859-1
host = "https://www.greentech-steiermark.at"
u = host + "/events/clusters-meet-regions-graz-2024/"
h1 = "Clusters meet Regions in Graz"
main = (
    '<div class="mec-wrap clearfix" id="mec_skin_3357"><article class="row mec-single-event">\n'
    '<div class="col-md-8"><div class="mec-events-event-image"><img src="/wp-content/uploads/2024/04/cmr-graz.jpg" alt="Clusters meet Regions Graz"></div>\n'
    f'<h1 class="mec-single-title">{h1}</h1>\n<div class="mec-single-event-description mec-events-content">\n'
    "<p>Am 18. und 19. Juni 2024 ist Graz Gastgeber des Workshops Clusters meet Regions der Europäischen Cluster-Kooperationsplattform (ECCP). Gemeinsam mit der "
    "Steirischen Wirtschaftsförderung SFG diskutieren Regionen, Cluster und Unternehmen aus ganz Europa über die grüne und digitale Transformation von Mobilität und Produktion.</p>\n"
    "<p><strong>Programm am 18. Juni</strong><br />\n"
    "09:30 Begrüßung: Mag. Karin Leitner, Geschäftsführerin, Steirische Wirtschaftsförderung SFG<br />\n"
    "10:00 Keynote: Dr. Markus Hofer, DG REGIO, Europäische Kommission<br />\n"
    "11:00 Panel: Cluster als Motor der Transformation – Moderation: Sandra Pichler, Clustermanagerin, Green Tech Cluster Styria<br />\n"
    "12:30 Mittagessen</p>\n"
    "<p><strong>19. Juni:</strong> Betriebsbesuche und B2B-Meetings.</p>\n"
    "<p>Anmeldung bis 31. Mai 2024 über die ECCP-Website.</p>\n</div></div>\n"
    '<div class="col-md-4"><div class="mec-event-info-desktop mec-event-meta mec-color-before mec-frontbox">\n'
    '<div class="mec-single-event-date"><i class="mec-sl-calendar"></i><h3 class="mec-date">Datum</h3><dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label">18 Juni</span> - <span class="mec-end-date-label">19 Juni 2024</span></abbr></dd></dl></div>\n'
    '<div class="mec-single-event-time"><i class="mec-sl-clock"></i><h3 class="mec-time">Uhrzeit</h3><dl><dd><abbr class="mec-events-abbr">Ganztägig</abbr></dd></dl></div>\n'
    '<div class="mec-single-event-location"><i class="mec-sl-location-pin"></i><h3 class="mec-events-single-section-title mec-location">Graz, Messe Congress</h3></div>\n'
    '<div class="mec-single-event-category"><i class="mec-sl-folder"></i><h3 class="mec-events-single-section-title mec-category">Kategorie</h3><dd class="mec-events-event-categories"><a href="/mec-category/international/">International</a></dd></div>\n'
    '<div class="mec-event-export-module mec-frontbox"><ul class="mec-event-exporting"><li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=Clusters+meet+Regions+in+Graz&amp;dates=20240618/20240620" target="_blank">+ Google Kalender</a></li>'
    f'<li><a class="mec-events-gcal mec-events-button" href="{host}/?method=ical&amp;id=3357">+ iCal / Outlook Export</a></li></ul></div>\n</div></div>\n</article></div>'
)
html = wp_page(
    site="Green Tech Cluster Styria",
    host=host,
    title_tag=f"{h1} &#8211; Green Tech Cluster Styria",
    lang="de-AT",
    theme="astra",
    body_class="mec-events-template-default single single-mec-events postid-3357",
    charset="ISO-8859-1",
    menu=[("Start", "/"), ("Cluster", "/cluster/"), ("Veranstaltungen", "/events/"), ("Kontakt", "/kontakt/")],
    main=main,
    footer_text="© 2024 Green Tech Cluster Styria GmbH",
    seed=9432,
)
add(
    "hq-032",
    u,
    html,
    record(
        id="hq-032",
        url=u,
        template="T4",
        lang="de",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        speakers=[
            sp("Karin Leitner", "Geschäftsführerin", "Steirische Wirtschaftsförderung SFG"),
            sp("Markus Hofer", None, "DG REGIO, Europäische Kommission"),
            sp("Sandra Pichler", "Clustermanagerin", "Green Tech Cluster Styria"),
        ],
        notes="Real edition (Graz, 18-19 June 2024); German page reconstructed. Modern Events Calendar page saved as ISO-8859-1 bytes (declared in <meta charset>; the en dash arrives as &#8211;); 'Am 18. und 19. Juni 2024' and the box '18 Juni - 19 Juni 2024' with 'Ganztägig' (dates only; programme times are sessions); 'Begrüßung:', 'Keynote:' and 'Moderation:' lines are speakers; 'Mag.' and 'Dr.' stripped; 'Name, DG REGIO, Europäische Kommission' has no role; Anmeldung bis 31. Mai 2024 is not the event; the Google link's exclusive end 20240620 is not the end; ?method=ical is not an asset.",
    ),
    encoding="iso-8859-1",
)

# ---------------------------------------------------------------- hq-033: French, Events Manager, Charleroi (27-28 November 2024)
host = "https://www.clusters-wallonie.be"
u = host + "/evenements/clusters-meet-regions-charleroi/"
h1 = "Clusters meet Regions à Charleroi"
main = (
    f'<article id="post-774" class="post-774 event type-event status-publish hentry"><header class="entry-header"><h1 class="entry-title">{h1}</h1></header>\n<div class="entry-content">\n'
    '<div class="em em-view-container" id="em-view-6"><div class="em pixelbones em-item em-item-single em-event em-event-single" data-view-id="6">\n'
    '<section class="em-item-header"><div class="em-item-meta"><section class="em-item-meta-column">\n'
    '<section class="em-event-when"><h3>Quand</h3><div class="em-item-meta-line em-event-date em-event-meta-datetime"><span class="em-icon-calendar em-icon"></span>27/11/2024 - 28/11/2024</div>'
    '<div class="em-item-meta-line em-event-time em-event-meta-datetime"><span class="em-icon-clock em-icon"></span>Toute la journée</div>'
    f'<a href="{u}ical/" class="em-item-action em-icon-calendar em-icon">Ajouter au calendrier</a></section>\n'
    '<section class="em-event-where"><h3>Où</h3><div class="em-item-meta-line em-event-location"><span class="em-icon-location em-icon"></span>Charleroi Espace Meeting Européen (CEME), Charleroi</div></section>\n'
    "</section></div></section>\n"
    '<section class="em-event-content">\n'
    "<p>La plateforme européenne de collaboration entre clusters (ECCP) organise les 27 et 28 novembre 2024 à Charleroi un atelier Clusters meet Regions consacré au "
    "renouveau industriel de la Wallonie. Les clusters wallons y présenteront leurs réussites dans les sciences du vivant, l’aéronautique et les matériaux.</p>\n"
    "<p>Le premier jour est consacré aux sessions politiques et aux panels ; le second aux visites d’entreprises et aux rendez-vous d’affaires. Inscriptions jusqu’au 15 novembre.</p>\n"
    '<p><a href="/wp-content/uploads/2024/10/CmR-Charleroi-programme-provisoire.pdf">Programme provisoire (PDF)</a></p>\n</section>\n'
    "</div></div>\n</div></article>"
)
html = wp_page(
    site="Clusters de Wallonie",
    host=host,
    title_tag=f"{h1} – Clusters de Wallonie",
    lang="fr-BE",
    theme="twentytwentyone",
    body_class="event-template-default single single-event postid-774",
    menu=[("Accueil", "/"), ("Les clusters", "/clusters/"), ("Agenda", "/evenements/"), ("Contact", "/contact/")],
    main=main,
    footer_text="© 2024 Clusters de Wallonie – Avec le soutien de la Wallonie",
    seed=9433,
)
add(
    "hq-033",
    u,
    html,
    record(
        id="hq-033",
        url=u,
        template="T4",
        lang="fr",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-11-27",
        end="2024-11-28",
        assets=[
            asset(
                "Programme provisoire (PDF)",
                host + "/wp-content/uploads/2024/10/CmR-Charleroi-programme-provisoire.pdf",
            )
        ],
        notes="Real edition (27-28 November 2024); French page reconstructed. Events Manager single event: 'Quand' block '27/11/2024 - 28/11/2024' (day-first slashes) with 'Toute la journée' (dates only); body 'les 27 et 28 novembre 2024'; deadline 'jusqu’au 15 novembre' is not the event; the /ical/ link is not an asset, the PDF is.",
    ),
)

# ---------------------------------------------------------------- hq-034: Eventbrite-like, health matchmaking (29 February 2024)
u = "https://www.eventbrite.be/e/eu-clusters-matchmaking-health-ecosystem-tickets-802744163217"
h1 = "EU Clusters Matchmaking – Health ecosystem"
body = (
    '<body class="eds-theme listing-page">\n'
    + sprite(9434)
    + '\n<header class="global-header"><a href="https://www.eventbrite.be/" class="logo">eventbrite</a><nav><a href="/d/online/events/">Find events</a> <a href="/organizations/home/">Create events</a> <a href="/signin/">Log in</a></nav></header>\n'
    '<main class="listing-main"><div class="event-hero"><picture><img src="https://img.evbuc.com/health-matchmaking.jpg" alt="EU Clusters Matchmaking banner"></picture></div>\n'
    '<div class="event-details"><div class="event-details__date"><time class="start-date" datetime="2024-02-29">Thursday, February 29</time></div>\n'
    f'<h1 class="event-title css-0">{h1}</h1>\n<p class="summary">Find partners for digital health, medtech and pharma projects in pre-arranged online B2B meetings.</p>\n'
    '<div class="organizer-listing-info"><span>By</span> <a href="/o/european-cluster-collaboration-platform-3391">European Cluster Collaboration Platform</a> <span class="followers">1.2k followers</span></div>\n'
    '<section class="date-and-time"><h2>Date and time</h2><div class="date-info"><svg><use xlink:href="#icon-calendar"></use></svg><span class="date-info__full-datetime">Thu, Feb 29, 2024, 9:30 AM – 12:30 PM CET</span></div></section>\n'
    '<section class="location"><h2>Location</h2><p>Online event</p></section>\n'
    '<section class="refund-policy"><h2>Refund Policy</h2><p>No refunds</p></section>\n'
    '<section class="about-this-event"><h2>About this event</h2><div class="structured-content-rich-text">\n'
    "<p>The European Cluster Collaboration Platform invites clusters and companies of the health ecosystem to an online matchmaking event.</p>\n"
    "<p><strong>Agenda</strong></p>\n<p>9:30 AM – Welcome by Irene Castelli, Health Ecosystem Expert, ECCP</p>\n"
    "<p>9:40 AM – Keynote: EU4Health and clusters, by Dr. Tomasz Lis, Policy Officer, DG SANTE, European Commission</p>\n"
    "<p>10:00 AM – 12:30 PM – B2B meetings</p>\n"
    "<p>Please complete your b2match profile by February 26 so that others can book meetings with you.</p>\n</div></section>\n"
    '<section class="tags"><h2>Tags</h2><ul><li><a href="/d/online/health/">Online Health Events</a></li><li><a href="/d/online/networking/">Online Networking</a></li></ul></section>\n'
    '<section class="more-events"><h2>More events from this organizer</h2><ul><li><a href="/e/eu-clusters-matchmaking-mobility">EU Clusters Matchmaking – Mobility</a> <time>Wed, Apr 17, 9:30 AM</time></li></ul></section>\n'
    '</div></main>\n<footer class="global-footer">© 2024 Eventbrite</footer>\n'
    '<script>window.__SERVER_DATA__ = {"event":{"id":"802744163217","start":{"timezone":"Europe/Brussels","local":"2024-02-29T09:30:00","utc":"2024-02-29T08:30:00Z"},"end":{"timezone":"Europe/Brussels","local":"2024-02-29T12:30:00","utc":"2024-02-29T11:30:00Z"}}};</script>\n</body>'
)
html = generic_page(
    lang="en",
    title_tag=f"{h1} Tickets, Thu, Feb 29, 2024 at 9:30 AM | Eventbrite",
    head='<meta property="og:type" content="events.event">\n',
    body=body,
    seed=9434,
    blocks=("listing", "event", "header", "organizer", "eds"),
)
add(
    "hq-034",
    u,
    html,
    record(
        id="hq-034",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2024-02-29", "09:30"),
        end=bx("2024-02-29", "12:30"),
        tz_label="CET",
        speakers=[
            sp("Irene Castelli", "Health Ecosystem Expert", "ECCP"),
            sp("Tomasz Lis", "Policy Officer", "DG SANTE, European Commission"),
        ],
        notes="Plausible reconstruction. Eventbrite-like ticket page: 'Thu, Feb 29, 2024, 9:30 AM – 12:30 PM CET' (12-hour clock, leap day, +01:00); header 'Thursday, February 29' without year; agenda 'Welcome by' and 'Keynote: ..., by Dr. Name, Role, Org' lines are speakers; 'B2B meetings' is not; organiser, followers, profile deadline 'February 26' and 'More events' date are not the event.",
    ),
)

# ---------------------------------------------------------------- hq-035: NOT an event — The Events Calendar list view
host = "https://www.space-cluster-austria.at"
u = host + "/events/list/"
h1 = "Upcoming Events"
rows = "\n".join(
    f'<div class="tribe-events-calendar-list__event-row"><div class="tribe-events-calendar-list__event-date-tag"><time datetime="{iso}"><span class="tribe-events-calendar-list__event-date-tag-weekday">{wd}</span>'
    f'<span class="tribe-events-calendar-list__event-date-tag-daynum">{dn}</span></time></div><article class="tribe-events-calendar-list__event"><header><div class="tribe-events-calendar-list__event-datetime">{dt}</div>'
    f'<h3 class="tribe-events-calendar-list__event-title"><a href="{h}">{t}</a></h3></header></article></div>'
    for iso, wd, dn, dt, h, t in [
        (
            "2024-06-05",
            "Wed",
            "5",
            "June 5 @ 8:30 am - 9:45 am CEST",
            "/event/eu-clusters-talks-space-ecosystem/",
            "EU Clusters Talks: Clusters in the space ecosystem",
        ),
        ("2024-06-20", "Thu", "20", "June 20 @ 9:00 am - 5:00 pm CEST", "/event/esa-business-day/", "ESA Business Day"),
        (
            "2024-07-03",
            "Wed",
            "3",
            "July 3 @ 8:00 am - 9:30 am CEST",
            "/event/members-breakfast-july/",
            "Members’ breakfast",
        ),
    ]
)
html = wp_page(
    site="Space Cluster Austria",
    host=host,
    title_tag="Events from June 1 – July 3 – Space Cluster Austria",
    lang="en-US",
    theme="astra",
    body_class="post-type-archive post-type-archive-tribe_events tribe-events-page-template",
    menu=[("Home", "/"), ("Cluster", "/cluster/"), ("Events", "/events/"), ("Contact", "/contact/")],
    main=f'<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list"><header class="tribe-events-header"><h1 class="tribe-events-header__title-text">{h1}</h1></header>\n'
    f'<div class="tribe-events-calendar-list">\n<h2 class="tribe-events-calendar-list__month-separator">June 2024</h2>\n{rows}\n</div></div>',
    footer_text="© 2024 Space Cluster Austria",
    seed=9435,
)
add(
    "hq-035",
    u,
    html,
    record(
        id="hq-035",
        url=u,
        template="T4",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: The Events Calendar list view with three events, each with a date, a time range and CEST; the first is the Talk of hq-031.",
    ),
)
