"""hs-030 … hs-035: event plugins and event platforms, written new for heldout11."""

from __future__ import annotations

import json

from common import asset, bx, page_adder, record, sp
from shells import generic_page, recent_posts, widget, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)
MENU = [
    ("Home", "/"),
    ("About", "/about/"),
    ("Members", "/members/"),
    ("News", "/news/"),
    ("Events", "/events/"),
    ("Contact", "/contact/"),
]


def ld_event(name, start, end, url):
    return (
        '<script type="application/ld+json">'
        + json.dumps(
            [
                {
                    "@context": "http://schema.org",
                    "@type": "Event",
                    "name": name,
                    "startDate": start,
                    "endDate": end,
                    "url": url,
                    "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
                }
            ],
            ensure_ascii=False,
        )
        + "</script>\n"
    )


# ---------------------------------------------------------------------------------------------------------------- hs-030 The Events Calendar
S = "https://www.aerospace-cluster-bavaria.de"
u = S + "/en/event/eu-clusters-talk-aerospace-and-defence/"
h1 = "EU Clusters Talk: Aerospace and Defence"
main = (
    '<div id="tribe-events-content" class="tribe-events-single">\n<p class="tribe-events-back"><a href="'
    + S
    + '/en/events/">&laquo; All Events</a></p>\n'
    f'<h1 class="tribe-events-single-event-title">{h1}</h1>\n'
    '<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">April 17, 2024 @ 8:30 am</span> - <span class="tribe-event-time">9:45 am</span></h2>'
    ' <span class="tribe-events-schedule__timezone">CEST</span></div>\n'
    '<div class="tribe-events-single-event-description tribe-events-content">\n'
    "<p>Join the European Cluster Collaboration Platform's online Talk “Autonomy, innovation and security: EU strategies for Aerospace and Defence”. "
    "Several of our members supply the defence industry, and the Talk is a good chance to hear what the new European Defence Industrial Strategy means for them.</p>\n"
    "<p>Speakers:</p>\n<ul>\n"
    "<li>Dorota Wiśniewska-Kalm (Policy Officer - Defence Industry, DG DEFIS, European Commission)</li>\n"
    "<li>Pierre-Yves Lemaître (Managing Director, Aerospace Valley Occitanie – METASTARS Eurocluster)</li>\n"
    "<li>Giulia Ferrando (Project Manager, Distretto Ligure delle Tecnologie Marine – LEVIATAD Eurocluster)</li>\n"
    "<li>Jonas Eriksson Malm (CEO, Space Cluster Norrland)</li>\n</ul>\n"
    '<p>Registration via the <a href="https://clustercollaboration.eu/content/eu-clusters-talk-autonomy-innovation-and-security-eu-strategies-aerospace-and">ECCP website</a>.</p>\n</div>\n'
    '<div class="tribe-events-cal-links"><a class="tribe-events-gcal" href="https://www.google.com/calendar/event?action=TEMPLATE&amp;dates=20240417T083000/20240417T094500&amp;text=EU%20Clusters%20Talk&amp;ctz=Europe/Berlin">+ Google Calendar</a>'
    '<a class="tribe-events-ical" href="'
    + S
    + '/en/event/eu-clusters-talk-aerospace-and-defence/?ical=1">+ Export to iCal</a></div>\n'
    '<div class="tribe-events-single-section tribe-events-event-meta primary">\n<div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title">Details</h2><dl>\n'
    '<dt>Date:</dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2024-04-17">April 17, 2024</abbr></dd>\n'
    '<dt>Time:</dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2024-04-17">8:30 am - 9:45 am <span class="tribe-events-abbr tribe-events-time-zone published">CEST</span></div></dd>\n'
    '<dt>Event Category:</dt><dd class="tribe-events-event-categories"><a href="#" rel="tag">Online</a></dd></dl></div>\n'
    '<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl><dt class="tribe-organizer-name">European Cluster Collaboration Platform</dt>'
    '<dt>Email:</dt><dd class="tribe-organizer-email">info@clustercollaboration.eu</dd></dl></div></div>\n'
    '<nav class="tribe-events-nav-pagination"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="#"><span>&laquo;</span> Members\' Breakfast – March 21, 2024</a></li>'
    '<li class="tribe-events-nav-next"><a href="#">ILA Berlin Air Show – June 5, 2024 <span>&raquo;</span></a></li></ul></nav>\n</div>'
)
add(
    "hs-030",
    u,
    wp_page(
        lang="en-US",
        site="Aerospace Cluster Bavaria",
        site_url=S,
        doc_title=h1 + " – Aerospace Cluster Bavaria",
        body_class="tribe_events-template-default single single-tribe_events",
        theme="astra",
        menu=MENU,
        main=main,
        seed=1430,
        plugins=("the-events-calendar",),
        head_extra=ld_event(h1, "2024-04-17T08:30:00+02:00", "2024-04-17T09:45:00+02:00", u),
    ),
    record(
        id="hs-030",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title="Autonomy, innovation and security: EU strategies for Aerospace and Defence",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-17", "08:30"),
        end=bx("2024-04-17", "09:45"),
        tz_label="CEST",
        speakers=[
            sp("Dorota Wiśniewska-Kalm", "Policy Officer - Defence Industry", "DG DEFIS, European Commission"),
            sp("Pierre-Yves Lemaître", "Managing Director", "Aerospace Valley Occitanie", "METASTARS"),
            sp("Giulia Ferrando", "Project Manager", "Distretto Ligure delle Tecnologie Marine", "LEVIATAD"),
            sp("Jonas Eriksson Malm", "CEO", "Space Cluster Norrland"),
        ],
        euroclusters=["LEVIATAD", "METASTARS"],
        notes="The Events Calendar copy of the Talk of hs-001: header 'April 17, 2024 @ 8:30 am - 9:45 am' (12-hour clock) with 'CEST' in the plugin's zone span (tz_label CEST, +02:00); quoted title in the body differs from the shortened heading; speakers 'Name (Role, Org – X Eurocluster)'; organizer e-mail, prev/next links with dates, Google link and ?ical=1 are not the event or assets.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-031 Modern Events Calendar
S = "https://www.sk-clusters.sk"
u = S + "/en/events/euroclusters-info-day-2025/"
h1 = "Euroclusters Info Day 2025: funding for Slovak SMEs"
agenda = [
    ("10:00", "Welcome", "Martin Kováčik, Director, Union of Slovak Clusters"),
    (
        "10:10",
        "Euroclusters: what is on offer for SMEs",
        "Zuzana Halásová, Cluster Policy Expert, Slovak Innovation and Energy Agency",
    ),
    ("10:40", "Open calls of E-BOOST and GEMSTONE", "Peter Baláž, Project Manager, Automotive Cluster – West Slovakia"),
    ("11:10", "Experience of a supported SME", "Ing. Lucia Benková, CEO, Senzorix s.r.o."),
    ("11:40", "Q&amp;A", ""),
    ("12:00", "End of the info day", ""),
]
rows = "\n".join(f"<tr><td>{t}</td><td>{s}</td><td>{w}</td></tr>" for t, s, w in agenda)
main = (
    '<div class="mec-wrap mec-single-event"><article class="mec-single-event">\n'
    f'<h1 class="mec-single-title">{h1}</h1>\n'
    '<div class="mec-event-content"><p>Slovak SMEs can get vouchers, training and internationalisation support from Euroclusters. At this info day, the '
    "Union of Slovak Clusters and its partners explain the open calls and how to apply. The calls of E-BOOST, GEMSTONE and SocialTech4EU are open to Slovak companies.</p>\n"
    '<h3>Agenda</h3><table class="mec-agenda"><tbody>\n' + rows + "\n</tbody></table>\n"
    '<p>Presentations: <a href="'
    + S
    + '/wp-content/uploads/2025/02/Info-Day-2025-presentations.pdf">Info Day 2025 – presentations</a></p></div>\n'
    '<div class="mec-event-info-desktop mec-event-meta mec-color-before mec-frontbox">\n'
    '<div class="mec-single-event-date"><i class="mec-sl-calendar"></i><h3 class="mec-date">Date</h3><dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label" itemprop="startDate">February 6, 2025</span></abbr></dd></dl></div>\n'
    '<div class="mec-single-event-time"><i class="mec-sl-clock"></i><h3 class="mec-time">Time</h3><i class="mec-time-comment"></i><dl><dd><abbr class="mec-events-abbr">10:00 - 12:00</abbr></dd></dl></div>\n'
    '<div class="mec-single-event-location"><h3 class="mec-events-single-section-title mec-location">Location</h3><dl><dd class="author fn org">Hotel Bratislava, Seberíniho 9, Bratislava</dd></dl></div>\n'
    '<div class="mec-single-event-organizer"><h3 class="mec-events-single-section-title">Organizer</h3><dl><dd class="mec-organizer"><h6>Union of Slovak Clusters</h6></dd></dl></div>\n'
    '<div class="mec-event-export-module"><a class="mec-events-gcal" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;dates=20250206T090000Z/20250206T110000Z">+ Google Calendar</a>'
    '<a class="mec-events-gcal" href="' + S + '/?method=ical&amp;id=3121">+ iCal export</a></div>\n</div>\n'
    '<div class="mec-next-previous-events"><ul><li><a href="#">Cluster Managers\' Forum – March 27, 2025</a></li></ul></div>\n</article></div>'
)
add(
    "hs-031",
    u,
    wp_page(
        lang="en-US",
        site="Union of Slovak Clusters",
        site_url=S,
        doc_title=h1 + " – Union of Slovak Clusters",
        body_class="mec-events-template-default single single-mec-events",
        theme="generatepress",
        menu=MENU,
        main=main,
        seed=1431,
        plugins=("modern-events-calendar-lite",),
    ),
    record(
        id="hs-031",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2025-02-06", "10:00"),
        end=bx("2025-02-06", "12:00"),
        speakers=[
            sp("Martin Kováčik", "Director", "Union of Slovak Clusters"),
            sp("Zuzana Halásová", "Cluster Policy Expert", "Slovak Innovation and Energy Agency"),
            sp("Peter Baláž", "Project Manager", "Automotive Cluster – West Slovakia"),
            sp("Lucia Benková", "CEO", "Senzorix s.r.o."),
        ],
        euroclusters=["E-BOOST", "GEMSTONE", "SocialTech4EU"],
        assets=[
            asset("Info Day 2025 – presentations", S + "/wp-content/uploads/2025/02/Info-Day-2025-presentations.pdf")
        ],
        notes="Plausible reconstruction. Modern Events Calendar single event (series null): 'February 6, 2025' and '10:00 - 12:00' in separate meta boxes without a zone label (+01:00, tz_label null); agenda table 'Time | Session | Name, Role, Org' gives the speakers, 'Q&A' and 'End' rows are not; 'Ing.' stripped; an en dash inside an organisation name; three Euroclusters in prose and agenda; Google and ?method=ical links not assets, the PDF is; next-event link date not the event.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-032 b2match-like
u = "https://eu-cluster-matchmaking-mobility-2024.b2match.io/"
h1 = "EU Cluster Matchmaking: Mobility, Transport and Automotive"
body = (
    '<div id="app"><header class="b2m-header"><a class="b2m-logo" href="/"><img src="https://assets.b2match.com/logo.svg" alt="b2match"></a>'
    '<nav><a href="/">Home</a><a href="/participants">Participants</a><a href="/marketplace">Marketplace</a><a href="/agenda">Agenda</a><a href="/signup" class="btn">Register</a></nav></header>\n'
    '<section class="event-hero"><h1 class="event-hero__title">' + h1 + "</h1>\n"
    '<div class="event-hero__meta"><span class="event-hero__date">9 October 2024</span><span class="event-hero__time">09:00 - 13:00</span><span class="event-hero__tz">(CEST)</span>'
    '<span class="event-hero__location">Online</span></div></section>\n'
    '<section class="event-description"><h2>About</h2><p>The European Cluster Collaboration Platform and the E-BOOST Eurocluster invite clusters and companies of the mobility, '
    "transport and automotive ecosystem to an online matchmaking event.</p>\n"
    '<h2>Agenda</h2><ul class="agenda">\n<li><span class="agenda__time">09:00</span> Welcome by Radek Horák, Policy Officer, DG GROW, European Commission</li>\n'
    '<li><span class="agenda__time">09:15</span> Presentation of the E-BOOST open calls: Ioana Stanciu, Project Manager, Automotive Cluster South-West Oltenia</li>\n'
    '<li><span class="agenda__time">09:45</span> B2B meetings</li>\n<li><span class="agenda__time">13:00</span> End of the event</li>\n</ul>\n'
    "<h2>Important dates</h2><ul><li>Registration deadline: 4 October 2024</li><li>Meeting requests until: 8 October 2024, 18:00</li></ul></section>\n"
    '<section class="event-stats"><div><strong>214</strong> participants</div><div><strong>26</strong> countries</div><div><strong>398</strong> meetings</div></section>\n'
    '<section class="organizer"><h2>Organizer</h2><p>European Cluster Collaboration Platform</p><p>Contact: Radek Horák</p></section>\n'
    '<footer class="b2m-footer"><p>Powered by b2match</p><a href="https://www.b2match.com/privacy">Privacy Policy</a></footer></div>\n'
    '<script>window.__EVENT__ = {"id": 18233, "startsAt": "2024-10-09T07:00:00Z", "endsAt": "2024-10-09T11:00:00Z", "timezone": "Europe/Brussels"};</script>'
)
add(
    "hs-032",
    u,
    generic_page(
        lang="en",
        doc_title=h1 + " | b2match",
        body=body,
        seed=1432,
        blocks=("b2m-header", "event-hero", "agenda", "organizer", "event-stats"),
    ),
    record(
        id="hs-032",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2024-10-09", "09:00"),
        end=bx("2024-10-09", "13:00"),
        tz_label="CEST",
        speakers=[
            sp("Radek Horák", "Policy Officer", "DG GROW, European Commission"),
            sp("Ioana Stanciu", "Project Manager", "Automotive Cluster South-West Oltenia"),
        ],
        euroclusters=["E-BOOST"],
        notes="b2match-like page of the matchmaking of hs-017 (plausible reconstruction). Date, '09:00 - 13:00' and '(CEST)' in separate spans (the platform prints the real zone while ECCP's nca.cz copy says CET; +02:00 either way); script with UTC instants; agenda 'Welcome by Name, Role, Org' and 'Label: Name, Role, Org' are speakers, 'B2B meetings' and 'End' are not; the organizer contact is the same person (counted once); statistics and deadlines not the event.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-033 The Events Calendar list view (non-event)
S = "https://www.cluster-excellence-denmark.dk"
u = S + "/events/list/"
h1 = "Events"
evs = [
    (
        "2025-01-23",
        "January 23 @ 11:00 am - 12:00 pm CET",
        "Webinar: Digital Product Passport for furniture and lighting SMEs",
    ),
    ("2025-02-06", "February 6 @ 10:00 am - 12:00 pm CET", "Euroclusters Info Day 2025"),
    ("2025-03-12", "March 12 @ 8:30 am - 9:45 am CET", "EU Clusters Talk: From Policy to Practice"),
    ("2025-04-02", "April 2 - April 3", "C2Lab Porto"),
]
lis = "\n".join(
    f'<article class="tribe-events-calendar-list__event"><time class="tribe-events-calendar-list__event-date-tag-datetime" datetime="{d}">{d[8:]}</time>'
    f'<div class="tribe-events-calendar-list__event-datetime">{w}</div><h3 class="tribe-events-calendar-list__event-title"><a href="#">{t}</a></h3></article>'
    for d, w, t in evs
)
main = (
    f'<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list"><h1 class="tribe-events-header__title">{h1}</h1>\n'
    '<div class="tribe-events-c-top-bar"><button class="tribe-common-c-btn-border-small">Today</button> <span class="tribe-events-c-top-bar__datepicker-time">Upcoming</span></div>\n'
    '<h2 class="tribe-events-calendar-list__month-separator">January 2025</h2>\n'
    + lis
    + '\n<nav class="tribe-events-calendar-list-nav"><a href="?tribe-bar-date=2024-12-01">Previous Events</a> <a href="?page=2">Next Events</a></nav></div>'
)
add(
    "hs-033",
    u,
    wp_page(
        lang="en-US",
        site="Cluster Excellence Denmark",
        site_url=S,
        doc_title="Events from January 16 – April 3 – Cluster Excellence Denmark",
        body_class="post-type-archive post-type-archive-tribe_events",
        theme="kadence",
        menu=MENU,
        main=main,
        seed=1433,
        plugins=("the-events-calendar",),
    ),
    record(
        id="hs-033",
        url=u,
        template="T4",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: The Events Calendar list view with four upcoming events, each with date, time and zone; month separator; pagination.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-034 Events Manager (de)
S = "https://www.energiecluster-bw.de"
u = S + "/veranstaltungen/eu-clusters-talk-clean-industrial-deal/"
h1 = "EU Clusters Talk: Clean Industrial Deal in der Praxis"
main = (
    f'<article class="event type-event"><h1 class="entry-title">{h1}</h1>\n<div class="em em-event em-item em-item-single">\n'
    '<div class="em-item-meta"><section class="em-item-meta-column"><h3>Wann</h3><div class="em-event-date">12.03.2025</div><div class="em-event-time">08:30 - 09:45</div>'
    '<button class="em-event-add-to-calendar">Zum Kalender hinzufügen</button><div class="em-event-add-to-calendar-content"><a href="'
    + S
    + '/veranstaltungen/eu-clusters-talk-clean-industrial-deal/ical/">iCal</a></div></section>\n'
    '<section class="em-item-meta-column"><h3>Wo</h3><div>Online (Webex)</div></section></div>\n'
    '<section class="em-event-content"><p>Die Europäische Cluster-Kollaborationsplattform lädt am 12. März 2025 zum EU Clusters Talk „From Policy to Practice: The Clean Industrial Deal in Action“ ein. '
    "Wir empfehlen die Teilnahme allen Mitgliedern aus der Batterie- und Wasserstoffwirtschaft.</p>\n<p>Es sprechen:</p>\n<ul>\n"
    "<li>Sebastian Kowalczyk-Brandt, stellvertretender Referatsleiter, GD GROW, Europäische Kommission</li>\n"
    "<li>Mireia Puigdomènech, Innovationsmanagerin, Energy Storage Cluster Catalonia</li>\n"
    "<li>Timo Rautiainen, Projektkoordinator, PowerUp NetZero Eurocluster</li>\n"
    "<li>Ana-Maria Dobre, Head of Operations, Mecatronica Cluster Transilvania, JEWEL Eurocluster</li>\n</ul>\n"
    "<p>Moderation: Lucas Verhaegen (ECCP)</p>\n<p>Die Veranstaltung findet auf Englisch statt. Unser Clusterforum folgt am 8. Mai 2025 in Stuttgart.</p></section>\n</div></article>"
)
add(
    "hs-034",
    u,
    wp_page(
        lang="de-DE",
        site="Energiecluster Baden-Württemberg",
        site_url=S,
        doc_title=h1 + " – Energiecluster Baden-Württemberg",
        body_class="event-template-default single single-event",
        theme="oceanwp",
        menu=[
            ("Start", "/"),
            ("Cluster", "/cluster/"),
            ("Mitglieder", "/mitglieder/"),
            ("Veranstaltungen", "/veranstaltungen/"),
            ("Kontakt", "/kontakt/"),
        ],
        main=main,
        sidebar=widget(
            "Nächste Termine",
            recent_posts([(S + "/veranstaltungen/clusterforum-2025/", "Clusterforum 2025", "08.05.2025")]),
        ),
        seed=1434,
        plugins=("events-manager",),
    ),
    record(
        id="hs-034",
        url=u,
        template="T4",
        lang="de",
        is_event=True,
        title="From Policy to Practice: The Clean Industrial Deal in Action",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2025-03-12", "08:30"),
        end=bx("2025-03-12", "09:45"),
        speakers=[
            sp("Sebastian Kowalczyk-Brandt", "stellvertretender Referatsleiter", "GD GROW, Europäische Kommission"),
            sp("Mireia Puigdomènech", "Innovationsmanagerin", "Energy Storage Cluster Catalonia"),
            sp("Timo Rautiainen", "Projektkoordinator", None, "PowerUp NetZero"),
            sp("Ana-Maria Dobre", "Head of Operations", "Mecatronica Cluster Transilvania", "JEWEL"),
            sp("Lucas Verhaegen", None, "ECCP"),
        ],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        notes="German Events Manager copy of the Talk of hs-002: 'Wann' block '12.03.2025' and '08:30 - 09:45' with no zone label (+01:00, tz_label null); body date 'am 12. März 2025' without time; English title in „…“; German roles; 'GD GROW, Europäische Kommission'; 'Moderation: Name (ECCP)' (role null); Clusterforum 8. Mai 2025 and the sidebar not the event; /ical/ not an asset.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-035 Zoom-like registration page
u = "https://us02web.zoom.us/webinar/register/WN_q7Jx2aLkT0mZc9pR1bVwYg"
h1 = "Cluster Excellence: how to prepare for the ESCA Gold label"
body = (
    '<div class="zm-header"><a href="https://zoom.us/"><img src="https://st1.zoom.us/static/6.3/image/new/ZoomLogo.png" alt="Zoom"></a><a href="https://zoom.us/signin">Sign In</a></div>\n'
    '<div class="registration-page"><div class="webinar-info">\n<h1 class="webinar-topic">' + h1 + "</h1>\n"
    '<div class="form-group"><label class="control-label">Description</label><div class="webinar-desc">'
    "<p>Cluster organisations that want to move from the Silver to the Gold label of the European Cluster Excellence Initiative learn how the assessment "
    "works and how to prepare. Speakers: Anja Thorsen (European Secretariat for Cluster Analysis) and Marco Belluzzi (Lombardy Aerospace Cluster), "
    "who obtained the Gold label in 2023.</p><p>Hosted by Cluster Excellence Denmark.</p></div></div>\n"
    '<div class="form-group"><label class="control-label">Time</label><div class="webinar-time">Jan 28, 2025 10:00 AM in Brussels, Copenhagen, Madrid, Paris</div></div>\n'
    '<div class="form-group"><a class="add-to-calendar" href="/webinar/tZ0kf-2rrz8s/ics?icsToken=98tyKuCu">Add to calendar (.ics)</a></div>\n'
    '</div>\n<form class="registration-form"><label>First Name*<input name="first_name"></label><label>Last Name*<input name="last_name"></label>'
    '<label>Email Address*<input name="email"></label><label>Organization<input name="org"></label><button type="submit">Register</button></form></div>\n'
    '<div class="zm-footer">&copy;2025 Zoom Video Communications, Inc. All rights reserved. <a href="https://zoom.us/privacy">Privacy &amp; Legal Policies</a></div>'
)
add(
    "hs-035",
    u,
    generic_page(
        lang="en-US",
        doc_title="Webinar Registration - Zoom",
        body=body,
        seed=1435,
        blocks=("zm-header", "registration-page", "webinar-info", "form-group"),
    ),
    record(
        id="hs-035",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2025-01-28", "10:00"),
        end=None,
        speakers=[
            sp("Anja Thorsen", None, "European Secretariat for Cluster Analysis"),
            sp("Marco Belluzzi", None, "Lombardy Aerospace Cluster"),
        ],
        notes="Plausible reconstruction. Zoom-like webinar registration page (series null): 'Jan 28, 2025 10:00 AM in Brussels, Copenhagen, Madrid, Paris' gives a start time only (+01:00): end null, and the city list is not a zone label (tz_label null); <title> 'Webinar Registration - Zoom' differs from the heading; speakers 'Name (Org)' in one sentence (role null); 'in 2023' not a date; .ics link not an asset.",
    ),
)
