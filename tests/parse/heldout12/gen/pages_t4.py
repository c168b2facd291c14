"""T4 — event plugins and event platforms (hw-029 … hw-034). Written new for heldout12."""

from __future__ import annotations

import json

from common import bx, page_adder, record, sp
from shells import generic_page, widget, wp_page  # noqa

PAGES: list[dict] = []
add = page_adder(PAGES)


def ld_event(name, start, end, url):
    return (
        '<script type="application/ld+json">'
        + json.dumps(
            {
                "@context": "http://schema.org",
                "@type": "Event",
                "name": name,
                "startDate": start,
                "endDate": end,
                "url": url,
                "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
            },
            ensure_ascii=False,
        )
        + "</script>\n"
    )


# ---------------------------------------------------------------- hw-029 The Events Calendar: Health Talk, 8 February 2023
u = "https://www.transylvania-lifesciences.ro/en/event/eu-clusters-talk-health-in-europe/"
h1 = "EU Clusters Talk: Health in Europe"
main = (
    '<div id="tribe-events-content" class="tribe-events-single">\n<p class="tribe-events-back"><a href="https://www.transylvania-lifesciences.ro/en/events/">« All Events</a></p>\n'
    f'<h1 class="tribe-events-single-event-title">{h1}</h1>\n'
    '<div class="tribe-events-schedule tribe-clearfix"><div><span class="tribe-event-date-start">February 8, 2023 @ 8:30 am</span> - <span class="tribe-event-time">9:45 am</span> '
    '<span class="timezone"> CET </span></div></div>\n'
    '<div class="tribe-events-single-event-description tribe-events-content">\n'
    "<p>Our cluster manager Ioana Munteanu is one of the speakers of the EU Clusters Talk “Health in Europe: Where does our ecosystem stand?”, organised by the "
    "European Cluster Collaboration Platform.</p>\n<p>Speakers:</p>\n<ul>\n<li>Bettina Rausch – Policy Officer, DG GROW, European Commission</li>\n"
    "<li>Ioana Munteanu – Cluster Manager, Transylvania Lifesciences</li>\n<li>Pekka Lehtonen – CEO, Health Capital Helsinki</li>\n"
    "<li>Anna Zielińska – Medicalis Cluster (DESIRE Eurocluster)</li>\n</ul>\n</div>\n"
    '<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown"><a class="tribe-events-c-subscribe-dropdown__list-item-link" '
    'href="https://www.google.com/calendar/event?action=TEMPLATE&amp;text=EU+Clusters+Talk%3A+Health+in+Europe&amp;dates=20230208T083000/20230208T094500&amp;ctz=Europe/Bucharest">Google Calendar</a> '
    '<a class="tribe-events-c-subscribe-dropdown__list-item-link" href="https://www.transylvania-lifesciences.ro/en/event/eu-clusters-talk-health-in-europe/?ical=1">iCalendar</a></div></div>\n'
    '<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details">'
    '<h2 class="tribe-events-single-section-title">Details</h2><dl><dt class="tribe-events-start-date-label">Date:</dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2023-02-08">February 8, 2023</abbr></dd>'
    '<dt class="tribe-events-start-time-label">Time:</dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2023-02-08">8:30 am - 9:45 am <span class="tribe-events-abbr tribe-events-time-zone published ">CET</span></div></dd>'
    '<dt class="tribe-events-event-categories-label">Event Category:</dt><dd class="tribe-events-event-categories"><a href="#" rel="tag">Webinars</a></dd>'
    '<dt class="tribe-events-event-url-label">Website:</dt><dd class="tribe-events-event-url"><a href="https://clustercollaboration.eu/content/eu-clusters-talks-health-europe" target="_self" rel="external">https://clustercollaboration.eu/content/eu-clusters-talks-health-europe</a></dd></dl></div>'
    '<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl><dt class="tribe-organizer-name">European Cluster Collaboration Platform</dt></dl></div></div>\n'
    '<nav class="tribe-events-nav-pagination"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="#"><span>«</span> MedTech Meetup Cluj – January 2023</a></li>'
    '<li class="tribe-events-nav-next"><a href="#">Members’ Day 2023 – March 16, 2023 <span>»</span></a></li></ul></nav>\n</div>'
)
html = wp_page(
    lang="en-US",
    site="Transylvania Lifesciences",
    site_url="https://www.transylvania-lifesciences.ro",
    doc_title=f"{h1} - Transylvania Lifesciences",
    body_class="tribe_events-template-default single single-tribe_events events-single tribe-theme-astra",
    theme="astra",
    menu=[("About", "/en/about/"), ("Members", "/en/members/"), ("Events", "/en/events/"), ("Contact", "/en/contact/")],
    main=main,
    seed=4229,
    plugins=("the-events-calendar",),
    head_extra=ld_event(h1, "2023-02-08T08:30:00+01:00", "2023-02-08T09:45:00+01:00", u),
)
add(
    "hw-029",
    u,
    html,
    record(
        id="hw-029",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title="Health in Europe: Where does our ecosystem stand?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-02-08", "08:30"),
        end=bx("2023-02-08", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Bettina Rausch", "Policy Officer", "DG GROW, European Commission"),
            sp("Ioana Munteanu", "Cluster Manager", "Transylvania Lifesciences"),
            sp("Pekka Lehtonen", "CEO", "Health Capital Helsinki"),
            sp("Anna Zielińska", None, "Medicalis Cluster", "DESIRE"),
        ],
        euroclusters=["DESIRE"],
        notes="The Events Calendar copy of the real Talk of hw-012 on a Romanian cluster's site: 'February 8, 2023 @ 8:30 am - 9:45 am' with 'CET' in the zone span (+01:00); shortened heading, quoted full title in the body; list 'Name – Role, Org' and 'Name – Org (X Eurocluster)'; the own speaker also named in the intro (counted once); Google Calendar link (ctz=Europe/Bucharest) and ?ical=1 not assets; prev/next event links with dates not the event.",
    ),
)

# ---------------------------------------------------------------- hw-030 Eventbrite-like: GEMSTONE open-call info day
u = "https://www.eventbrite.be/e/gemstone-open-call-info-day-tickets-812345678901"
h1 = "GEMSTONE Open Call Info Day"
body = (
    '<header class="eds-global-header"><a href="https://www.eventbrite.be/" class="eds-global-header__logo">Eventbrite</a><nav><a href="/d/online/events/">Find Events</a> <a href="/organizer/overview/">Create Events</a> <a href="/signin/">Log In</a></nav></header>\n'
    '<main class="event-details" data-event-id="812345678901">\n<div class="event-hero"><img src="https://img.evbuc.com/gemstone-banner.jpg" alt="" width="940" height="470"></div>\n'
    '<div class="event-details__main">\n<time class="start-date" datetime="2024-03-14"><span class="start-date__month">Mar</span><span class="start-date__day">14</span></time>\n'
    f'<h1 class="event-title css-0">{h1}</h1>\n<p class="summary">Everything you need to know before applying to the GEMSTONE green manufacturing open call.</p>\n'
    '<div class="organizer-listing-info"><p>By <strong>CIMES – Cluster Industrie Mécanique</strong> <span>2.1k followers</span></p></div>\n'
    '<section class="date-and-location"><h2>Date and time</h2><p class="date-info"><span class="date-info__full-datetime">Thursday, March 14 · 10am - 12pm CET</span></p>\n'
    "<h2>Location</h2><p>Online</p></section>\n"
    '<section class="event-description"><h2>About this event</h2><div class="event-description__content">\n'
    "<p>Join the GEMSTONE consortium to learn about the second open call for manufacturing SMEs: eligibility, budget, and how the evaluation works.</p>\n"
    "<p><strong>Agenda</strong></p>\n<p>10:00 Welcome – Loïc Marin, CIMES<br>\n10:15 The call in detail – Chiara Benedetti, Project Officer, Clust-ER MECH<br>\n"
    "11:00 Success stories from the first call – Henrik Sørensen, CEO, Nordic Precision Tools ApS<br>\n11:30 Questions and answers</p>\n"
    "<p>The slides will be shared with registered participants after the event.</p>\n</div></section>\n"
    '<section class="tags"><h2>Tags</h2><ul><li><a href="#">Online Events</a></li><li><a href="#">Brussels Seminars</a></li></ul></section>\n'
    '</div>\n<aside class="conversion-bar"><p class="conversion-bar__price">Free</p><button class="eds-btn">Get tickets</button></aside>\n'
    '<section class="more-events"><h2>More events from this organizer</h2><ul><li>Mon, Apr 22, 2024 – Lean &amp; green workshop</li></ul></section>\n</main>\n'
    '<footer class="eds-global-footer"><p>© 2024 Eventbrite</p></footer>'
)
ld = (
    '<script type="application/ld+json">'
    + json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "EducationEvent",
            "name": h1,
            "startDate": "2024-03-14T10:00:00+01:00",
            "endDate": "2024-03-14T12:00:00+01:00",
            "organizer": {"@type": "Organization", "name": "CIMES"},
        }
    )
    + "</script>\n"
)
html = generic_page(
    lang="en-gb",
    doc_title=f"{h1} Tickets, Thu 14 Mar 2024 at 10:00 | Eventbrite",
    head_extra=ld,
    body=body,
    seed=4230,
    blocks=("eds", "event-details", "date-info", "conversion-bar"),
)
add(
    "hw-030",
    u,
    html,
    record(
        id="hw-030",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-03-14", "10:00"),
        end=bx("2024-03-14", "12:00"),
        tz_label="CET",
        speakers=[
            sp("Loïc Marin", None, "CIMES"),
            sp("Chiara Benedetti", "Project Officer", "Clust-ER MECH"),
            sp("Henrik Sørensen", "CEO", "Nordic Precision Tools ApS"),
        ],
        euroclusters=["GEMSTONE"],
        notes="Plausible reconstruction. Eventbrite-like page of a Eurocluster info day (series null): 'Thursday, March 14 · 10am - 12pm CET' without the year in the date line (2024 from the <title>, the date badge and JSON-LD; +01:00); agenda '<br>' lines 'HH:MM Label – Name, Role, Org', the welcome line has no role, 'Questions and answers' is not a speaker; organizer line and 'More events' date not the event.",
    ),
)

# ---------------------------------------------------------------- hw-031 Modern Events Calendar: Crossing Borders, 22 March 2023
u = "https://www.silesia-aviation-cluster.pl/en/events/eu-clusters-talk-crossing-borders/"
h1 = "EU Clusters Talk – Crossing Borders"
main = (
    '<div class="mec-wrap colorskin-custom"><div class="mec-events-event-image"><img src="/wp-content/uploads/2023/03/talk.jpg" alt=""></div>\n'
    f'<div class="mec-single-event"><h1 class="mec-single-title">{h1}</h1>\n'
    '<div class="mec-event-content"><p>Małgorzata Sobczak, our Head of International Projects, will speak at the EU Clusters Talk “Crossing Borders: Instruments of Interregional Collaboration”. '
    "She will present how our cluster used Interreg and I3 projects to grow its members’ supply chains.</p>\n"
    "<p>Also speaking: Fernando Álvarez Ruiz (DG REGIO, European Commission), Sophie Mertens (Interreg North-West Europe) and Petr Novotný (National Cluster Association of the Czech Republic).</p></div>\n"
    '<div class="mec-event-info-desktop mec-event-meta mec-color-before mec-frontbox">\n'
    '<div class="mec-single-event-date"><i class="mec-sl-calendar"></i><h3 class="mec-date">Date</h3><dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label" itemprop="startDate">22 Mar 2023</span></abbr></dd></dl></div>\n'
    '<div class="mec-single-event-time"><i class="mec-sl-clock"></i><h3 class="mec-time">Time</h3><i class="mec-time-comment"></i><dl><dd><abbr class="mec-events-abbr">8:30 - 9:45</abbr></dd></dl></div>\n'
    '<div class="mec-single-event-location"><i class="mec-sl-location-pin"></i><h3 class="mec-events-single-section-title mec-location">Location</h3><dl><dd class="author fn org">Online</dd></dl></div>\n'
    '<div class="mec-single-event-category"><i class="mec-sl-folder"></i><dt>Category</dt><dd class="mec-events-event-categories"><a href="#">Webinar</a></dd></div>\n'
    '<div class="mec-event-more-info"><a class="mec-more-info-button" href="https://clustercollaboration.eu/content/eu-clusters-talks-crossing-borders">More Info</a></div></div>\n'
    '<div class="mec-next-previous-events"><ul><li class="mec-previous-event"><a class="mec-previous-event" href="#"><i class="mec-fa-long-arrow-left"></i> PREV EVENT</a></li>'
    '<li class="mec-next-event"><a class="mec-next-event" href="#">NEXT EVENT <i class="mec-fa-long-arrow-right"></i></a></li></ul></div>\n'
    '<div class="mec-event-export-module mec-frontbox"><ul><li><a class="mec-events-gcal" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=EU+Clusters+Talk&amp;dates=20230322T073000Z/20230322T084500Z">+ Add to Google Calendar</a></li>'
    '<li><a class="mec-events-gcal" href="https://www.silesia-aviation-cluster.pl/?method=ical&amp;id=1421">+ iCal / Outlook export</a></li></ul></div>\n</div></div>'
)
html = wp_page(
    lang="en-GB",
    site="Silesian Aviation Cluster",
    site_url="https://www.silesia-aviation-cluster.pl",
    doc_title=f"{h1} – Silesian Aviation Cluster",
    body_class="mec-events-template-default single single-mec-events",
    theme="generatepress",
    menu=[("About", "/en/about/"), ("Members", "/en/members/"), ("Events", "/en/events/"), ("Contact", "/en/contact/")],
    main=main,
    seed=4231,
    plugins=("modern-events-calendar-lite",),
    head_extra='<meta property="article:published_time" content="2023-03-13T09:00:00+00:00" />\n',
)
add(
    "hw-031",
    u,
    html,
    record(
        id="hw-031",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title="Crossing Borders: Instruments of Interregional Collaboration",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-03-22", "08:30"),
        end=bx("2023-03-22", "09:45"),
        tz_label=None,
        speakers=[
            sp("Małgorzata Sobczak", "Head of International Projects", None),
            sp("Fernando Álvarez Ruiz", None, "DG REGIO, European Commission"),
            sp("Sophie Mertens", None, "Interreg North-West Europe"),
            sp("Petr Novotný", None, "National Cluster Association of the Czech Republic"),
        ],
        notes="Modern Events Calendar copy of the real Talk of hw-013: '22 Mar 2023' and '8:30 - 9:45' in separate meta boxes, no zone label (+01:00, tz_label null); own speaker 'Name, our Role' (organisation null as written: 'our'); others 'Name (Org)' in one sentence (role null); Google Calendar UTC instants and ?method=ical not assets.",
    ),
)

# ---------------------------------------------------------------- hw-032 b2match-like: agri-food matchmaking, 4 June 2024
u = "https://eu-cluster-matchmaking-agrifood-2024.b2match.io/"
h1 = "EU Cluster Matchmaking Event: Agri-food ecosystem"
body = (
    '<div id="root"><header class="b2m-header"><a class="b2m-logo" href="/">b2match</a><nav><a href="/participants">Participants</a> <a href="/marketplace">Marketplace</a> '
    '<a href="/agenda">Agenda</a> <a href="/signin">Log in</a> <a class="btn" href="/signup">Register</a></nav></header>\n<main>\n<section class="event-hero">\n'
    f'<h1 class="event-hero__title">{h1}</h1>\n<div class="event-hero__meta"><span class="event-date">Jun 4, 2024</span>, <span class="event-time">9:30 AM - 1:00 PM</span> '
    '<span class="event-tz">(CEST)</span> <span class="event-location">Online</span></div>\n</section>\n'
    '<section class="event-description"><h2>About</h2><p>Meet cluster organisations and SMEs from the agri-food ecosystem in pre-scheduled online meetings. '
    "Organised by the European Cluster Collaboration Platform on behalf of the European Commission.</p></section>\n"
    '<section class="event-agenda"><h2>Agenda</h2>\n<div class="agenda-day">Tuesday, June 4</div>\n<ul class="agenda-list">\n'
    '<li><span class="agenda-time">9:30 AM - 9:40 AM</span> <span class="agenda-title">Welcome</span> <span class="agenda-speakers">Riikka Salonen, Policy Officer, DG AGRI, European Commission</span></li>\n'
    '<li><span class="agenda-time">9:40 AM - 10:00 AM</span> <span class="agenda-title">Food SMEs in the B-Resilient Eurocluster</span> <span class="agenda-speakers">Georgios Pappas, Project Manager, Corallia</span></li>\n'
    '<li><span class="agenda-time">10:00 AM - 1:00 PM</span> <span class="agenda-title">B2B meetings</span></li>\n</ul></section>\n'
    '<section class="event-stats"><div><b>212</b> participants</div><div><b>24</b> countries</div><div><b>318</b> meetings requested</div></section>\n'
    '<section class="deadlines"><h2>Important dates</h2><p>Registration closes: May 31, 2024</p></section>\n'
    '<section class="organizer"><h2>Organizer</h2><p>European Cluster Collaboration Platform – matchmaking@clustercollaboration.eu</p></section>\n</main>\n'
    '<footer class="b2m-footer">Powered by b2match · <a href="/privacy">Privacy</a> · <a href="/imprint">Imprint</a></footer></div>\n'
    '<script>window.__EVENT__={"slug":"eu-cluster-matchmaking-agrifood-2024","startsAt":"2024-06-04T07:30:00Z","endsAt":"2024-06-04T11:00:00Z","timezone":"Europe/Brussels"};</script>'
)
html = generic_page(
    lang="en", doc_title=f"{h1} | b2match", body=body, seed=4232, blocks=("b2m", "event-hero", "agenda", "event-stats")
)
add(
    "hw-032",
    u,
    html,
    record(
        id="hw-032",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2024-06-04", "09:30"),
        end=bx("2024-06-04", "13:00"),
        tz_label="CEST",
        speakers=[
            sp("Riikka Salonen", "Policy Officer", "DG AGRI, European Commission"),
            sp("Georgios Pappas", "Project Manager", "Corallia", "B-Resilient"),
        ],
        euroclusters=["B-Resilient"],
        notes="b2match-like page of the matchmaking of hw-008 (plausible reconstruction): 'Jun 4, 2024', '9:30 AM - 1:00 PM' and '(CEST)' in separate spans (the platform prints the real zone; the ECCP page says CET; +02:00 either way); script with UTC instants; agenda rows with a person are speakers, 'B2B meetings' is not; the B-Resilient row gives Pappas's eurocluster; statistics and the registration deadline not the event.",
    ),
)

# ---------------------------------------------------------------- hw-033 FR The Events Calendar: meta-cluster Talk, 24 avril 2024
u = "https://www.poles-competitivite-grandest.fr/agenda/eu-clusters-talk-meta-clusters/"
h1 = "EU Clusters Talk : créer et animer un méta-cluster"
main = (
    '<div id="tribe-events-content" class="tribe-events-single">\n<p class="tribe-events-back"><a href="/agenda/">« Tous les évènements</a></p>\n'
    f'<h1 class="tribe-events-single-event-title">{h1}</h1>\n'
    '<div class="tribe-events-schedule tribe-clearfix"><div><span class="tribe-event-date-start">24 avril 2024 @ 8h30</span> - <span class="tribe-event-time">9h45</span></div></div>\n'
    '<div class="tribe-events-single-event-description tribe-events-content">\n'
    "<p>La plateforme européenne de collaboration des clusters (ECCP) organise un EU Clusters Talk en ligne intitulé « Innovation through integration: How to create and "
    "engage a meta-cluster ». Le webinaire se déroule en anglais.</p>\n<p>Intervenants :</p>\n<ul>\n"
    "<li>Katrin Lindqvist, cheffe d’unité adjointe, EISMEA</li>\n<li>Paolo Ferrante, coordinateur, Lombardy Intelligent Factory Association</li>\n"
    "<li>Mirela Dobrescu, présidente, Romanian Cluster Association</li>\n<li>Anders Holm, conseiller principal, Cluster Excellence Denmark – Eurocluster METASTARS</li>\n</ul>\n"
    "<p>Animation : Jorge Saldaña, ECCP</p>\n</div>\n"
    '<div class="tribe-events-c-subscribe-dropdown"><a href="/agenda/eu-clusters-talk-meta-clusters/?ical=1">Exporter en .ics</a></div>\n'
    '<div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title">Détails</h2><dl><dt>Date :</dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2024-04-24">24 avril 2024</abbr></dd>'
    '<dt>Heure :</dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2024-04-24">8h30 - 9h45</div></dd>'
    '<dt>Catégorie d’Évènement:</dt><dd class="tribe-events-event-categories"><a href="#" rel="tag">Webinaires européens</a></dd></dl></div>\n'
    '<nav class="tribe-events-nav-pagination"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="#">« Journée de l’innovation – 11 avril 2024</a></li></ul></nav>\n</div>'
)
html = wp_page(
    lang="fr-FR",
    site="Pôles de compétitivité Grand Est",
    site_url="https://www.poles-competitivite-grandest.fr",
    doc_title=f"{h1} – Pôles de compétitivité Grand Est",
    body_class="tribe_events-template-default single single-tribe_events events-single",
    theme="kadence",
    menu=[("Les pôles", "/poles/"), ("Agenda", "/agenda/"), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
    main=main,
    seed=4233,
    plugins=("the-events-calendar",),
)
add(
    "hw-033",
    u,
    html,
    record(
        id="hw-033",
        url=u,
        template="T4",
        lang="fr",
        is_event=True,
        title="Innovation through integration: How to create and engage a meta-cluster",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-24", "08:30"),
        end=bx("2024-04-24", "09:45"),
        tz_label=None,
        speakers=[
            sp("Katrin Lindqvist", "cheffe d’unité adjointe", "EISMEA"),
            sp("Paolo Ferrante", "coordinateur", "Lombardy Intelligent Factory Association"),
            sp("Mirela Dobrescu", "présidente", "Romanian Cluster Association"),
            sp("Anders Holm", "conseiller principal", "Cluster Excellence Denmark", "METASTARS"),
            sp("Jorge Saldaña", None, "ECCP"),
        ],
        euroclusters=["METASTARS"],
        notes="French The Events Calendar copy of the real Talk of hw-002: '24 avril 2024 @ 8h30 - 9h45' (French 'h' times, no zone label; +02:00, tz_label null); English title in « … » with spaces inside the guillemets; French roles lower case; '– Eurocluster X' after the organisation; 'Animation : Name, ECCP' is the moderator (role null); .ics export and the previous-event link date not assets/event.",
    ),
)

# ---------------------------------------------------------------- hw-034 NOT event: Events Manager list view
u = "https://www.cluster-excellence-denmark.dk/en/events/"
h1 = "Events"
rows = [
    ("24/04/2024", "08:30 - 09:45", "EU Clusters Talk: Innovation through integration", "Online"),
    ("07/05/2024 - 08/05/2024", "All day", "European Cluster Conference 2024", "Brussels"),
    ("29/05/2024", "13:00 - 16:00", "Cluster managers’ network meeting", "Odense"),
    ("18/06/2024 - 19/06/2024", "All day", "Clusters meet Regions – Graz", "Graz"),
]
lst = "\n".join(
    f'<tr><td>{d}<br/>{t}</td><td><a href="#">{n}</a><br/><i>{place}</i></td></tr>' for d, t, n, place in rows
)
main = (
    f'<article class="page"><header class="entry-header"><h1 class="entry-title">{h1}</h1></header><div class="entry-content">\n'
    f'<div class="em em-view-container" id="em-view-1"><table class="events-table"><thead><tr><th class="event-time" scope="col">Date/Time</th><th class="event-description" scope="col">Event</th></tr></thead>\n<tbody>\n{lst}\n</tbody></table>\n'
    '<div class="em-pagination"><strong>1</strong> <a href="?pno=2">2</a> <a href="?pno=2">Next &gt;&gt;</a></div></div>\n</div></article>'
)
html = wp_page(
    lang="en-GB",
    site="Cluster Excellence Denmark",
    site_url="https://www.cluster-excellence-denmark.dk",
    doc_title="Events – Cluster Excellence Denmark",
    body_class="page-template-default page",
    theme="twentytwentyone",
    menu=[("About", "/en/about/"), ("Clusters", "/en/clusters/"), ("Events", "/en/events/")],
    main=main,
    seed=4234,
    plugins=("events-manager",),
)
add(
    "hw-034",
    u,
    html,
    record(
        id="hw-034",
        url=u,
        template="T4",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: an Events Manager list view with four events (date, time, place), the first one a real Talk; pagination.",
    ),
)
