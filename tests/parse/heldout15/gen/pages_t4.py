"""T4: event plugins / platforms (ht-029 … ht-034). Page bodies written new for heldout15."""

from common import asset, bx, page_adder, record, sp
from shells import generic_page, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)
MENU = [("Accueil", "/"), ("Agenda", "/agenda/"), ("Contact", "/contact/")]


def tec(h1, schedule, content, links, nav=""):
    return (
        f'<div id="tribe-events-content" class="tribe-events-single">\n<p class="tribe-events-back"><a href="/events/">« All Events</a></p>\n<h1 class="tribe-events-single-event-title">{h1}</h1>\n'
        f'<div class="tribe-events-schedule tribe-clearfix">{schedule}</div>\n<div class="tribe-events-single-event-description tribe-events-content">\n{content}</div>\n'
        f'<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown">{links}</div></div>\n{nav}</div>\n'
    )


# ht-029 C2Lab Strasbourg (fr, TEC all-day)
b = "https://www.pole-biovalley-alsace.fr"
u = f"{b}/agenda/c2lab-strasbourg-2024/"
h = "Cluster Collaboration Lab (C2Lab) à Strasbourg"
sch = '<h2><span class="tribe-event-date-start">25 septembre 2024</span> - <span class="tribe-event-date-end">26 septembre 2024</span></h2>'
c = (
    "<p>Le Pôle accueille à Strasbourg le Cluster Collaboration Lab organisé par la Plateforme européenne de collaboration des clusters (ECCP). Pendant deux jours, une quarantaine de clusters européens co-construiront des projets dans la santé et la bioéconomie.</p>\n"
    "<p>Notre directrice, Claire Weissenburger, ouvrira les travaux le mercredi matin.</p>\n<p>Inscriptions jusqu’au 6 septembre.</p>\n"
    f'<p><a href="{b}/wp-content/uploads/2024/08/C2Lab-Strasbourg-programme.pdf">Programme (PDF)</a></p>\n'
)
links = f'<a href="https://www.google.com/calendar/event?action=TEMPLATE&amp;text=C2Lab">Google Agenda</a> <a href="{b}/agenda/c2lab-strasbourg-2024/?ical=1">iCalendar</a>'
add(
    "ht-029",
    u,
    wp_page(
        lang="fr-FR",
        site="Pôle BioValley Alsace",
        site_url=b,
        doc_title=f"{h} – Pôle BioValley Alsace",
        body_class="tribe_events-template-default single single-tribe_events",
        theme="astra",
        menu=MENU,
        main=tec(h, sch, c, links),
        seed=1529,
        plugins=("the-events-calendar",),
    ),
    record(
        id="ht-029",
        url=u,
        template="T4",
        lang="fr",
        is_event=True,
        title=h,
        page_title=h,
        series="C2Lab",
        start="2024-09-25",
        end="2024-09-26",
        speakers=[sp("Claire Weissenburger", "directrice", None)],
        assets=[asset("Programme (PDF)", f"{b}/wp-content/uploads/2024/08/C2Lab-Strasbourg-programme.pdf")],
        notes="French The Events Calendar all-day event for the real C2Lab Strasbourg (25-26 September 2024); host and people invented. Date spans only (dates only); 'Notre directrice, Name' opens (role, org null); deadline not the event; body PDF is an asset, Google/iCal are not.",
    ),
)

# ht-030 Eventbrite: JEWEL open call info session
u = "https://www.eventbrite.com/e/jewel-open-call-3-info-session-tickets-812273645501"
h = "JEWEL Open Call 3 – Info Session"
body = (
    '<header class="eb-header"><a href="https://www.eventbrite.com/">Eventbrite</a></header>\n<main><div class="event-hero"><h1 class="event-title">JEWEL Open Call 3 – Info Session</h1>\n'
    '<p class="summary">Everything you need to know before applying to the third JEWEL Eurocluster open call for net-zero manufacturing SMEs.</p></div>\n'
    '<section class="date-info"><h2>Date and time</h2><time class="start-date" datetime="2024-03-05">Tuesday, March 5</time> · 11am - 12pm CET</section>\n'
    '<section class="location-info"><h2>Location</h2><p>Online</p></section>\n'
    '<section class="event-description"><h2>About this event</h2><p>Speakers:<br>Lena Hartmann, JEWEL Project Coordinator, Cluster Nordbayern<br>Pavel Novák, Open Call Manager, Czech Manufacturing Cluster</p>\n'
    '<p>The call closes on 15 April 2024.</p></section>\n<section class="organizer"><h2>Organized by</h2><p>JEWEL Eurocluster</p></section></main>\n'
)
jl = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"JEWEL Open Call 3 – Info Session","startDate":"2024-03-05T11:00:00+01:00","endDate":"2024-03-05T12:00:00+01:00","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode"}</script>\n'
add(
    "ht-030",
    u,
    generic_page(
        lang="en",
        doc_title="JEWEL Open Call 3 – Info Session Tickets, Tue, Mar 5, 2024 at 11:00 AM | Eventbrite",
        head_extra=jl,
        body=body,
        seed=1530,
        blocks=("eds", "event-details", "listing-hero"),
    ),
    record(
        id="ht-030",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        start=bx("2024-03-05", "11:00"),
        end=bx("2024-03-05", "12:00"),
        tz_label="CET",
        speakers=[
            sp("Lena Hartmann", "JEWEL Project Coordinator", "Cluster Nordbayern", "JEWEL"),
            sp("Pavel Novák", "Open Call Manager", "Czech Manufacturing Cluster"),
        ],
        euroclusters=["JEWEL"],
        notes="Plausible reconstruction (info session invented). Eventbrite '11am - 12pm CET' with year only in <title>, datetime attribute and JSON-LD (+01:00); role naming the Eurocluster sets it; deadline not the event.",
    ),
)

# ht-031 TEC: Talk A on speaker's cluster (en)
b = "https://www.silesiancleanenergy.pl"
u = f"{b}/en/event/eu-clusters-talk-net-zero-industry-act/"
h = "EU Clusters Talk – Net-Zero Industry Act"
sch = '<h2><span class="tribe-event-date-start">January 17, 2024 @ 8:30 am</span> - <span class="tribe-event-time">9:45 am</span> <span class="timezone">CET</span></h2>'
c = (
    "<p>Our cluster manager Tomasz Wrzesiński will represent the PowerUp NetZero Eurocluster at the EU Clusters Talk “Clusters and the Net-Zero Industry Act: Scaling up clean-tech manufacturing in Europe”.</p>\n"
    "<p>The Talk is organised by the ECCP on behalf of DG GROW. Join online!</p>\n"
)
links = f'<a href="https://www.google.com/calendar/render?action=TEMPLATE&amp;ctz=Europe/Warsaw">Google Calendar</a> <a href="{b}/en/event/eu-clusters-talk-net-zero-industry-act/?ical=1">iCalendar</a>'
nav = '<div class="tribe-events-nav-pagination"><a href="/en/event/hydrogen-breakfast-2024/">« Hydrogen Breakfast – 12 December 2023</a></div>'
add(
    "ht-031",
    u,
    wp_page(
        lang="en-GB",
        site="Silesian Clean Energy Cluster",
        site_url=b,
        doc_title=f"{h} – Silesian Clean Energy Cluster",
        body_class="tribe_events-template-default single single-tribe_events",
        theme="generatepress",
        menu=MENU,
        main=tec(h, sch, c, links, nav),
        seed=1531,
        plugins=("the-events-calendar",),
    ),
    record(
        id="ht-031",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title="Clusters and the Net-Zero Industry Act: Scaling up clean-tech manufacturing in Europe",
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2024-01-17", "08:30"),
        end=bx("2024-01-17", "09:45"),
        tz_label="CET",
        speakers=[sp("Tomasz Wrzesiński", "cluster manager", None)],
        euroclusters=["PowerUp NetZero"],
        notes="The Events Calendar copy of Talk A on a speaker's cluster (reconstruction). '@ 8:30 am - 9:45 am' + CET span (+01:00); 'Our cluster manager Name will represent the X Eurocluster' (role, org null; eurocluster null — named in the predicate, not a role/affiliation line); prev-event link not the event; ?ical=1 not an asset.",
    ),
)

# ht-032 Events Manager: MED BAN B2B (en)
b = "https://www.clustermaritim-catalunya.es"
u = f"{b}/events/med-ban-blue-economy-b2b-meetings-barcelona/"
h = "MED BAN Blue Economy B2B Meetings – Barcelona"
main = (
    f'<article class="event"><h1 class="entry-title">{h}</h1>\n<div class="em-event-when"><h3>When</h3><p>22/05/2024<br>10:00 - 17:00</p></div>\n<div class="em-event-where"><h3>Where</h3><p>World Trade Center, Barcelona</p></div>\n'
    '<div class="em-event-content"><p>The MED BAN Eurocluster brings together blue-economy SMEs from the Mediterranean for a day of bilateral meetings.</p>\n'
    "<p>10:00 Opening – Nikos Papadakis, President, Hellenic Blue Economy Cluster<br>10:30 B2B meetings<br>15:30 Success stories – Ana Marić, Business Developer, Adriatic Maritime Cluster</p>\n"
    '<p>Register on <a href="https://medban-piraeus.b2match.io/">b2match</a> until 15 May.</p></div></article>\n'
)
add(
    "ht-032",
    u,
    wp_page(
        lang="en-US",
        site="Catalan Maritime Cluster",
        site_url=b,
        doc_title=f"{h} | Catalan Maritime Cluster",
        body_class="event-template-default single single-event",
        theme="astra",
        menu=MENU,
        main=main,
        seed=1532,
        plugins=("events-manager",),
    ),
    record(
        id="ht-032",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        start=bx("2024-05-22", "10:00"),
        end=bx("2024-05-22", "17:00"),
        speakers=[
            sp("Nikos Papadakis", "President", "Hellenic Blue Economy Cluster"),
            sp("Ana Marić", "Business Developer", "Adriatic Maritime Cluster"),
        ],
        euroclusters=["MED BAN"],
        notes="Plausible reconstruction. Events Manager '22/05/2024' + '10:00 - 17:00' without label; Barcelona shares the Brussels offsets (+02:00, tz_label null); programme rows with a person are speakers; b2match not asset.",
    ),
)

# ht-033 MEC: EU-Japan matchmaking copy (en)
b = "https://www.health-cluster-portugal.pt"
u = f"{b}/en/events/eu-japan-cluster-matchmaking-2024/"
h = "EU–Japan Cluster Matchmaking Event 2024"
main = (
    f'<div class="mec-wrap mec-single-event"><h1 class="mec-single-title">{h}</h1>\n<div class="mec-event-meta"><div class="mec-single-event-date"><h3 class="mec-date">Date</h3><dl><dd><abbr class="mec-events-abbr">28 Feb - 29 Feb 2024</abbr></dd></dl></div>\n'
    '<div class="mec-single-event-time"><h3 class="mec-time">Time</h3><dl><dd><abbr class="mec-events-abbr">All Day</abbr></dd></dl></div></div>\n'
    '<div class="mec-single-event-description"><p>The ECCP and the EU-Japan Centre organise an online matchmaking for European and Japanese clusters. Health Cluster Portugal will take part with a delegation of five members.</p></div></div>\n'
)
add(
    "ht-033",
    u,
    wp_page(
        lang="en-US",
        site="Health Cluster Portugal",
        site_url=b,
        doc_title=f"{h} – Health Cluster Portugal",
        body_class="mec-events-template-default single single-mec-events",
        theme="astra",
        menu=MENU,
        main=main,
        seed=1533,
        plugins=("modern-events-calendar",),
    ),
    record(
        id="ht-033",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        series="ECCP matchmaking",
        start="2024-02-28",
        end="2024-02-29",
        notes="Modern Events Calendar copy of ht-009 (reconstruction). '28 Feb - 29 Feb 2024' + 'All Day' (dates only); no speakers.",
    ),
)

# ht-034 non-event: TEC list view
b = "https://www.cluster-agro-bretagne.fr"
u = f"{b}/en/events/list/"
main = (
    '<div class="tribe-events-view tribe-events-view--list"><h1 class="tribe-events-header__title">Upcoming Events</h1>\n'
    '<article class="tribe-events-calendar-list__event"><time datetime="2024-04-16">April 16 @ 10:00 am - 11:00 am</time><h3><a href="/en/event/b-resilient-webinar/">B-Resilient webinar</a></h3></article>\n'
    '<article class="tribe-events-calendar-list__event"><time datetime="2024-05-07">May 7 - May 8</time><h3><a href="/en/event/ecc-2024/">European Cluster Conference 2024</a></h3></article>\n</div>\n'
)
add(
    "ht-034",
    u,
    wp_page(
        lang="en-US",
        site="Cluster Agro Bretagne",
        site_url=b,
        doc_title="Events from April 16 – Cluster Agro Bretagne",
        body_class="post-type-archive-tribe_events",
        theme="astra",
        menu=MENU,
        main=main,
        seed=1534,
        plugins=("the-events-calendar",),
    ),
    record(
        id="ht-034",
        url=u,
        template="T4",
        lang="en",
        is_event=False,
        title="Upcoming Events",
        page_title="Upcoming Events",
        euroclusters=["B-Resilient"],
        notes="NOT an event: The Events Calendar list view with two events.",
    ),
)
