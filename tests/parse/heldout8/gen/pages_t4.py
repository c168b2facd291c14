"""T4: event plugins and registration pages: The Events Calendar (single all-day range, list view), Events Manager,
a Meetup-like page, Zoom and Teams webinar registration pages, a b2match matchmaking page, a German ticketing page."""

from __future__ import annotations

import json

from common import asset, bx, page_adder, record, sp
from shells import generic_page, sprite, wp_article, wp_page, wp_sidebar

PAGES: list[dict] = []
add = page_adder(PAGES)


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>\n'


# ------------------------------------------------------------------------------------------------ hz-024 (TEC, all-day range across months)
site = "https://www.thessaloniki-clusters.gr"
url = f"{site}/event/clusters-meet-regions-thessaloniki/"
h1 = "Clusters meet Regions – Thessaloniki, Greece"
main = (
    '<main id="tribe-events-pg-template" class="tribe-events-pg-template"><div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"></span>\n'
    '<div id="tribe-events-content" class="tribe-events-single">\n'
    '<p class="tribe-events-back"><a href="/events/">&laquo; All Events</a></p>\n'
    f'<h1 class="tribe-events-single-event-title">{h1}</h1>\n'
    '<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">September 30</span> - <span class="tribe-event-date-end">October 1</span></h2></div>\n'
    '<div id="post-5120" class="post-5120 tribe_events type-tribe_events status-publish tribe-events-category-eccp">\n'
    '<div class="tribe-events-single-event-description tribe-events-content">\n'
    "<p>Thessaloniki will host the next Clusters meet Regions workshop of the European Cluster Collaboration Platform. Over two days, regional "
    "authorities from Central Macedonia and cluster managers from across Europe will discuss how clusters can support the region's transition "
    "to a digital and green economy.</p>\n"
    "<p>Greek clusters active in the MED BAN and DESIRE Euroclusters will present their results, and participants will visit the Thessaloniki port "
    "innovation zone. The programme will be published in early September; registration is open until 19 September.</p>\n"
    "</div>\n"
    '<div class="tribe-events tribe-common"><div class="tribe-common-c-btn-border-small tribe-events-c-subscribe-dropdown__container">'
    '<a href="https://www.google.com/calendar/render?action=TEMPLATE&amp;dates=20250930/20251002&amp;text=Clusters+meet+Regions">Google Calendar</a> '
    f'<a href="{site}/event/clusters-meet-regions-thessaloniki/?ical=1">Download ICS</a></div></div>\n'
    '<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details">'
    '<h2 class="tribe-events-single-section-title">Details</h2><dl>'
    '<dt class="tribe-events-start-date-label">Start:</dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2025-09-30">September 30</abbr></dd>'
    '<dt class="tribe-events-end-date-label">End:</dt><dd><abbr class="tribe-events-abbr tribe-events-end-date dtend" title="2025-10-01">October 1</abbr></dd>'
    '<dt class="tribe-events-event-categories-label">Event Category:</dt><dd class="tribe-events-event-categories"><a href="/events/category/eccp/" rel="tag">ECCP</a></dd></dl></div>'
    '<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl>'
    '<dt class="tribe-organizer-name">Eleni Karagianni</dt><dd class="tribe-organizer-tel">+30 2310 555 010</dd><dd class="tribe-organizer-email">info@thessaloniki-clusters.gr</dd></dl></div>'
    '<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title">Venue</h2><dl><dd class="tribe-venue">Thessaloniki Concert Hall</dd>'
    '<dd class="tribe-venue-location"><address class="tribe-events-address">25is Martiou &amp; Paralia, Thessaloniki, 546 46 Greece</address></dd></dl></div></div>\n'
    '<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="/event/cluster-day-2025/">'
    '<span>&laquo;</span> Cluster Day 2025 (June 12)</a></li><li class="tribe-events-nav-next"><a href="/event/agrifood-forum/">Agrifood Forum (November 6) <span>&raquo;</span></a></li></ul></nav></div>\n'
    "</div></div></main>"
)
head = ld(
    {
        "@context": "http://schema.org",
        "@type": "Event",
        "name": h1,
        "startDate": "2025-09-30T00:00:00+03:00",
        "endDate": "2025-10-01T23:59:59+03:00",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": "Thessaloniki Concert Hall"},
        "url": url,
    }
)
add(
    "hz-024",
    url,
    wp_page(
        site=site,
        site_name="Thessaloniki Clusters Network",
        doc_title=f"{h1} &#8211; Thessaloniki Clusters Network",
        lang="en-US",
        theme="astra",
        body_class="tribe_events-template-default single single-tribe_events postid-5120 tribe-events-page-template tribe-theme-astra events-single tribe-events-style-full",
        menu=[("Home", "/"), ("Network", "/network/"), ("Events", "/events/"), ("Contact", "/contact/")],
        main=main,
        seed=8024,
        plugins=("the-events-calendar",),
        head_extra=head,
    ),
    record(
        id="hz-024",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2025-09-30",
        end="2025-10-01",
        euroclusters=["DESIRE", "MED BAN"],
        notes="The Events Calendar all-day event across months: header 'September 30 - October 1' and meta 'Start:'/'End:' without year; the year is in the abbr "
        "titles, the JSON-LD (local midnight +03:00 and 23:59:59: all-day, so dates only) and the Google Calendar link (exclusive end 20251002); organiser block "
        "name is not a speaker; no speakers; 'MED BAN and DESIRE Euroclusters' (plural); deadline '19 September', 'early September' and previous/next event links "
        "are not the event; ?ical=1 is not an asset.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-025 (Events Manager)
site = "https://www.cluster-international.eu"
url = f"{site}/events/webinar-cluster-internationalisation-japan/"
h1 = "Webinar: Cluster internationalisation – doing business with Japan"
content = (
    "<p>\n\t<strong>Date/Time</strong><br/>\n\tDate(s) - 14/03/2023<br/><i>8:30 am - 9:45 am</i>\n</p>\n"
    "<p>\n\t<strong>Location</strong><br/>\n\tOnline (Zoom)\n</p>\n"
    '<p>\n\t<strong>Category(ies)</strong>\n\t<ul class="event-categories"><li><a href="/events/categories/webinars/">Webinars</a></li></ul>\n</p>\n<br style="clear:both" />\n'
    "<p>The EU-Japan Centre for Industrial Cooperation and our network present the opportunities of the Japanese market for European cluster members"
    "<p>The webinar also introduces the EU-Japan cluster matchmaking mission planned for October 2023.\n"
    "<p><strong>Moderator:</strong> Elena Marchetti, International Affairs Manager at Cluster International</p>\n"
    "<p><strong>Speakers:</strong></p>\n<ul>\n"
    "<li>Hiroshi Tanaka, Senior Adviser at EU-Japan Centre for Industrial Cooperation</li>\n"
    "<li>Bart Van Damme, CEO at Flanders Food, member of the B-Resilient Eurocluster</li>\n"
    "<li>Yuki Sato-Lambert, Business Developer at JETRO Brussels</li>\n</ul>\n"
    '<p><a href="https://www.cluster-international.eu/events/webinar-cluster-internationalisation-japan/ical/">iCal</a> | '
    f'<a href="{site}/wp-content/uploads/2023/03/japan-market-factsheet.pdf">Japan market factsheet</a></p>\n'
    '<div class="em-booking"><p class="em-booking-message">Bookings are closed for this event.</p></div>\n'
)
add(
    "hz-025",
    url,
    wp_page(
        site=site,
        site_name="Cluster International",
        doc_title=f"{h1} | Cluster International",
        lang="en-GB",
        theme="twentytwentyone",
        body_class="event-template-default single single-event postid-611",
        menu=[("Home", "/"), ("Events", "/events/"), ("Members", "/members/")],
        main=wp_article(h1, "2023-02-20T12:00:00+00:00", "20 February 2023", content, 611, "event-categories-webinars"),
        sidebar=wp_sidebar(
            "Upcoming Events", [("/events/eu-japan-mission/", "EU-Japan cluster mission", "16/10/2023 - 20/10/2023")]
        ),
        seed=8025,
        plugins=("events-manager",),
    ),
    record(
        id="hz-025",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2023-03-14", "08:30"),
        end=bx("2023-03-14", "09:45"),
        speakers=[
            sp("Elena Marchetti", "International Affairs Manager", "Cluster International"),
            sp("Hiroshi Tanaka", "Senior Adviser", "EU-Japan Centre for Industrial Cooperation"),
            sp("Bart Van Damme", "CEO", "Flanders Food", "B-Resilient"),
            sp("Yuki Sato-Lambert", "Business Developer", "JETRO Brussels"),
        ],
        euroclusters=["B-Resilient"],
        assets=[asset("Japan market factsheet", f"{site}/wp-content/uploads/2023/03/japan-market-factsheet.pdf")],
        notes="Events Manager single event: 'Date(s) - 14/03/2023' (day first) and '8:30 am - 9:45 am' in <i> with no zone; a <ul> inside a <p> and two unclosed "
        "<p>s; capacity-building webinar (series null); 'Moderator:' line and 'Name, Role at Org' speakers, one with ', member of the X Eurocluster'; Flemish "
        "particle 'Van'; 'October 2023' mission and sidebar range are not the event; the iCal link is not an asset, the PDF is; post date 20 February 2023.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-026 (Meetup-like)
url = "https://www.meetup.com/cluster-managers-vienna/events/301458870/"
h1 = "Cluster Managers Meetup Vienna #12: AI tools for cluster managers"
body = (
    '<div id="__next"><header class="px-5 py-3"><a href="/"><img src="https://secure.meetupstatic.com/next/images/shared/meetup-logo.svg" alt="Meetup logo"></a>'
    '<nav><a href="/find/">Find events</a> <a href="/login/">Log in</a> <a href="/register/">Sign up</a></nav></header>\n'
    '<main class="flex flex-col"><div class="sticky top-0"><div class="px-5"><h1 class="overflow-hidden overflow-ellipsis text-3xl font-bold leading-snug">'
    f"{h1}</h1>"
    '<div class="mt-2 flex items-center"><img src="https://secure.meetupstatic.com/photos/member/a/1/b/2/thumb_31012.jpeg" alt="Photo of the user Lukas Gruber" class="rounded-full">'
    '<div class="ml-4"><div>Hosted By</div><div class="font-medium"><span>Lukas G.</span> and <span>Miriam H.</span></div></div></div></div></div>\n'
    '<div class="md:flex"><div class="flex-grow"><div id="event-details" class="break-words"><h2 class="text-xl font-semibold">Details</h2><div class="break-words">'
    "<p>Our 12th meetup! This time we look at practical AI tools that help cluster managers with matchmaking, newsletters and funding searches.</p>"
    "<p>🎤 Speakers</p><p>• Dr. Verena Pichler — Head of Data Services @ Austrian Cooperative Research<br>• Tobias Wallner — Co-founder @ ClusterMind<br>"
    "• Ilse de Graaf — Cluster Manager @ Brainport Development / E-BOOST Eurocluster</p>"
    "<p>📍 Doors open 9:15, talks start 9:30 sharp. Coffee and croissants sponsored by the Vienna Business Agency.</p>"
    "<p>Next meetup: #13 on 20 November 2024 (Graz).</p></div></div>\n"
    '<div class="mt-10"><h2>Attendees (38)</h2><ul class="grid"><li>Anna K.</li><li>Bernhard M.</li><li>Claudia S.</li><li>Dietmar R.</li><li>+ 34 more</li></ul></div>\n'
    '<div class="mt-10"><h2>Comments (2)</h2><div class="comment"><b>Petra W.</b> · 2 weeks ago<p>Will the slides be shared afterwards?</p></div>'
    '<div class="comment"><b>Lukas G.</b> · 2 weeks ago<p>Yes, we post them here on October 17.</p></div></div></div>\n'
    '<div class="md:w-80"><div class="rounded-lg bg-white px-5 py-4"><div class="flex"><svg aria-hidden="true"><use href="#icon-clock"></use></svg>'
    '<time class="block" datetime="1729063800000">Wednesday, October 16, 2024<br>9:30 to 11:00 AM CEST</time></div>'
    '<div class="flex"><svg aria-hidden="true"><use href="#icon-pin"></use></svg><div>Impact Hub Vienna<br>Lindengasse 56 · Vienna</div></div>'
    '<a href="https://www.meetup.com/cluster-managers-vienna/events/301458870/ical/">Add to calendar</a></div></div></div>\n'
    "<section><h2>Similar events nearby</h2><ul><li><time>THU, OCT 17 · 6:00 PM CEST</time> Vienna Startup Drinks</li><li><time>TUE, OCT 22 · 8:00 AM CEST</time> Women in Tech Breakfast</li></ul></section>\n"
    "</main></div>"
)
head = (
    ld(
        {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": h1,
            "startDate": "2024-10-16T09:30:00+02:00",
            "endDate": "2024-10-16T11:00:00+02:00",
            "eventStatus": "https://schema.org/EventScheduled",
            "organizer": {
                "@type": "Organization",
                "name": "Cluster Managers Vienna",
                "url": "https://www.meetup.com/cluster-managers-vienna/",
            },
        }
    )
    + f'<meta property="og:title" content="{h1}, Wed, Oct 16, 2024, 9:30 AM | Meetup">\n'
)
add(
    "hz-026",
    url,
    generic_page(
        lang="en-US",
        doc_title=f"{h1}, Wed, Oct 16, 2024, 9:30 AM | Meetup",
        head_extra=head,
        body_open="<body>" + sprite(8026),
        body=body,
        seed=8026,
        blocks=("mu", "flex", "grid"),
    ),
    record(
        id="hz-026",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-10-16", "09:30"),
        end=bx("2024-10-16", "11:00"),
        tz_label="CEST",
        speakers=[
            sp("Verena Pichler", "Head of Data Services", "Austrian Cooperative Research"),
            sp("Tobias Wallner", "Co-founder", "ClusterMind"),
            sp("Ilse de Graaf", "Cluster Manager", "Brainport Development", "E-BOOST"),
        ],
        euroclusters=["E-BOOST"],
        notes="Meetup-like page (Tailwind div soup): 'Wednesday, October 16, 2024' + '9:30 to 11:00 AM CEST' (one AM for both); a datetime attribute in epoch "
        "milliseconds; community meetup (series null); speakers '• Name — Role @ Org' with 'Dr.'; hosts ('Hosted By Lukas G. and Miriam H.'), attendees and "
        "commenters are not speakers; 'Doors open 9:15' is not the start; next meetup 20 November 2024, 'October 17' and 'Similar events nearby' times are not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-027 (Zoom webinar registration)
url = "https://eccp-eu.zoom.us/webinar/register/WN_k3Pq8XyZTbO0a1b2c3d4eA"
h1 = "ECCP Capacity Building Webinar: Writing a successful Eurocluster proposal"
body = (
    '<div id="zoom-ui-frame"><div class="zm-header"><a class="zm-logo" href="https://zoom.us"><img src="/static/images/zoom-logo.svg" alt="Zoom"></a>'
    '<div class="zm-header-right"><a href="/support">Support</a> <a href="/signin">Sign in</a> <select aria-label="Language"><option>English</option><option>Deutsch</option></select></div></div>\n'
    '<div class="registration-container"><div class="banner"><img src="/wc/banner/k3Pq8XyZ.png" alt="Webinar banner"></div>\n'
    '<div class="form-group"><div class="control-label">Topic</div><div class="controls"><h1 class="form-control-static topic">'
    + h1
    + "</h1></div></div>\n"
    '<div class="form-group"><div class="control-label">Description</div><div class="controls"><div class="form-control-static description">'
    "The second call for Euroclusters under the Single Market Programme is expected in autumn 2024. In this webinar the ECCP capacity-building team explains "
    "how to build a consortium, what evaluators look for and which mistakes to avoid.<br><br>Speakers:<br>"
    "- Dr. Sophie Lambrecht, Senior Expert, ECCP capacity-building team (Technopolis Group)<br>"
    "- Mateusz Kowalczyk, Former evaluator and Cluster Manager, Mazovia Cluster ICT<br><br>"
    "Please note: the recording will be sent to all registrants on 14 June 2024.</div></div></div>\n"
    '<div class="form-group"><div class="control-label">Time</div><div class="controls"><div class="form-control-static">Jun 12, 2024 10:00 AM in Brussels</div></div></div>\n'
    '<form class="form-horizontal" id="webinar_register_form"><div class="form-group"><label for="question_first_name">First Name*</label><input id="question_first_name" name="first_name" type="text"></div>'
    '<div class="form-group"><label for="question_last_name">Last Name*</label><input id="question_last_name" name="last_name" type="text"></div>'
    '<div class="form-group"><label for="question_email">Email Address*</label><input id="question_email" name="email" type="email"></div>'
    '<div class="form-group"><label for="question_org">Organization</label><input id="question_org" name="org" type="text"></div>'
    '<button type="submit" class="btn btn-primary submit">Register</button></form></div>\n'
    '<div class="zm-footer">Copyright ©2024 Zoom Video Communications, Inc. All rights reserved. <a href="https://explore.zoom.us/en/privacy/">Privacy &amp; Legal Policies</a></div></div>\n'
)
scripts = '<script>window.__data__ = {"meetingNumber":"91234567890","timezone":"Europe/Brussels","startTime":1718179200000,"duration":60,"lang":"en-US"};</script>\n'
add(
    "hz-027",
    url,
    generic_page(
        lang="en-US",
        doc_title="Webinar Registration - Zoom",
        body_open='<body class="zm-body webinar-register">',
        body=body,
        seed=8027,
        blocks=("zm", "form", "control"),
        scripts=scripts,
    ),
    record(
        id="hz-027",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-06-12", "10:00"),
        end=None,
        tz_label=None,
        speakers=[
            sp("Sophie Lambrecht", "Senior Expert", "ECCP capacity-building team (Technopolis Group)"),
            sp("Mateusz Kowalczyk", "Former evaluator and Cluster Manager", "Mazovia Cluster ICT"),
        ],
        notes="Zoom webinar registration page: <title> is 'Webinar Registration - Zoom'; the heading is the 'Topic' value; 'Time: Jun 12, 2024 10:00 AM in Brussels' "
        "has no end time (end null; the 60-minute duration is only in a script) and 'in Brussels' is not a zone label (tz_label null; June = +02:00); "
        "speakers as '- ' lines in the description after <br>; 'autumn 2024' and 'recording … on 14 June 2024' are not the event; form labels 'First Name*' etc. are "
        "not speakers. Organisation of the first speaker kept with its parenthesis.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-028 (Teams webinar registration)
url = (
    "https://events.teams.microsoft.com/event/7c1e2a90-5d3b-4b8e-9f61-3a2b1c0d9e8f@a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
)
h1 = "EU Clusters Talk: Copernicus data for cluster members"
cards = "".join(
    f'<div class="speaker-card" role="listitem"><div class="speaker-avatar" aria-hidden="true">{n[0]}</div><div class="speaker-info"><div class="speaker-name">{n}</div>'
    f'<div class="speaker-title">{t}</div><button class="speaker-bio-toggle" aria-expanded="false">View bio</button><div class="speaker-bio" hidden>{b}</div></div></div>'
    for n, t, b in [
        (
            "Dr. Nikolaos Andreou",
            "Programme Officer, EU Agency for the Space Programme (EUSPA)",
            "Nikolaos previously worked at the European Space Agency and at Airbus Defence and Space.",
        ),
        (
            "Clara Rossi-Bauer",
            "Cluster Manager, Lombardy Aerospace Cluster, METASTARS Eurocluster",
            "Clara has led the cluster since 2019.",
        ),
        (
            "Pieter-Jan Claes",
            "Founder & CEO, Spacebel Analytics",
            "Pieter-Jan is a member of the board of the Belgian space industry association.",
        ),
    ]
)
body = (
    '<div id="app"><header class="ms-header"><span class="ms-logo">Microsoft Teams</span></header><main class="event-page">\n'
    f'<div class="event-header"><h1 class="event-title">{h1}</h1>'
    '<div class="event-datetime"><span class="event-date">Wednesday, June 19, 2024</span><span class="event-time">8:30 AM - 9:45 AM</span>'
    '<span class="event-timezone">(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna</span></div>'
    '<button class="register-button">Register</button></div>\n'
    '<section class="event-description"><h2>About this event</h2><p>Organised by the European Cluster Collaboration Platform on behalf of DG GROW. '
    "Free satellite data from Copernicus can help SMEs in agriculture, insurance and urban planning. This Talk shows how clusters help their members use it.</p></section>\n"
    f'<section class="event-speakers"><h2>Speakers</h2><div role="list">{cards}</div></section>\n'
    '<footer class="ms-footer"><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy and cookies</a> · © Microsoft 2024</footer></main></div>\n'
)
add(
    "hz-028",
    url,
    generic_page(
        lang="en-US",
        doc_title=h1,
        body_open='<body class="teams-events">',
        body=body,
        seed=8028,
        blocks=("event", "speaker", "ms"),
    ),
    record(
        id="hz-028",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-06-19", "08:30"),
        end=bx("2024-06-19", "09:45"),
        tz_label="UTC+01:00",
        speakers=[
            sp("Nikolaos Andreou", "Programme Officer", "EU Agency for the Space Programme (EUSPA)"),
            sp("Clara Rossi-Bauer", "Cluster Manager", "Lombardy Aerospace Cluster", "METASTARS"),
            sp("Pieter-Jan Claes", "Founder & CEO", "Spacebel Analytics"),
        ],
        euroclusters=["METASTARS"],
        notes="Teams webinar registration page: date, time and zone in three spans; the zone is the Windows zone name '(UTC+01:00) Amsterdam, Berlin, …', which "
        "Teams prints all year: the June date is Brussels summer time (+02:00) and tz_label is 'UTC+01:00' as written; 'Dr.' in the name element; "
        "speaker cards 'Role, Organisation[, X Eurocluster]'; hidden bios name other organisations (Airbus, ESA) and a year; the title is the heading (no quotes).",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-029 (b2match)
url = "https://eu-cluster-matchmaking-green-digital.b2match.io/"
h1 = "EU Cluster Matchmaking Event – Green &amp; Digital Transition"
h1t = "EU Cluster Matchmaking Event – Green & Digital Transition"
body = (
    '<div id="root"><nav class="b2m-nav"><a class="b2m-logo" href="/">b2match</a><ul><li><a href="/">Home</a></li><li><a href="/participants">Participants</a></li>'
    '<li><a href="/marketplace">Marketplace</a></li><li><a href="/agenda">Agenda</a></li><li><a href="/signup" class="btn">Register</a></li></ul></nav>\n'
    f'<header class="event-hero"><h1>{h1}</h1><div class="event-hero__meta"><span>14 - 15 November 2023</span> · <span>Online</span></div>'
    '<div class="event-hero__deadline">Registration deadline: 10 November 2023</div></header>\n'
    '<section class="event-about"><h2>About</h2><p>The European Cluster Collaboration Platform invites cluster organisations and their members to two mornings of '
    "online B2B meetings on the green and digital transition. Each participant can book up to 12 meetings of 20 minutes.</p>"
    "<p>All times are in CET (UTC+1).</p></section>\n"
    '<section class="event-agenda"><h2>Agenda</h2>'
    '<div class="agenda-day"><h3>Tue, Nov 14</h3><div class="session"><span class="session__time">09:00 – 09:30</span><span class="session__title">Opening: Dorota Szymańska (DG GROW, European Commission)</span></div>'
    '<div class="session"><span class="session__time">09:30 – 13:00</span><span class="session__title">B2B meetings</span></div></div>'
    '<div class="agenda-day"><h3>Wed, Nov 15</h3><div class="session"><span class="session__time">09:00 – 09:20</span><span class="session__title">Pitch session moderated by Henrik Lund (Technopolis Group)</span></div>'
    '<div class="session"><span class="session__time">09:20 – 13:00</span><span class="session__title">B2B meetings</span></div></div></section>\n'
    '<section class="event-stats"><span>412 participants</span> · <span>36 countries</span> · <span>1,025 meetings</span></section>\n'
    '<footer class="b2m-footer">Powered by b2match · <a href="https://www.b2match.com/privacy">Privacy</a></footer></div>\n'
)
add(
    "hz-029",
    url,
    generic_page(
        lang="en",
        doc_title=f"{h1} | b2match",
        body_open="<body>",
        body=body,
        seed=8029,
        blocks=("b2m", "event", "session"),
    ),
    record(
        id="hz-029",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1t,
        page_title=h1t,
        series="ECCP matchmaking",
        start=bx("2023-11-14", "09:00"),
        end=bx("2023-11-15", "13:00"),
        tz_label="CET",
        speakers=[
            sp("Dorota Szymańska", None, "DG GROW, European Commission"),
            sp("Henrik Lund", None, "Technopolis Group"),
        ],
        notes="b2match event page: header '14 - 15 November 2023' (no time) plus agenda days 'Tue, Nov 14' / 'Wed, Nov 15' with session times and a separate sentence "
        "'All times are in CET (UTC+1)': a two-morning online matchmaking, so start = first day 09:00 and end = last day 13:00 (end of the B2B meetings), "
        "tz_label CET (the first label; 'UTC+1' is its gloss); '&amp;' in the heading; 'Opening: Name (Org)' and 'moderated by Name (Org)' are speakers "
        "without role; registration deadline 10 November 2023; statistics are not dates.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-030 (German ticketing page)
url = "https://www.xing.com/events/webinar-foerderprogramme-euroclusters-kmu-4412093"
h1 = "Webinar: Förderprogramme der Euroclusters für KMU"
body = (
    '<div class="app"><header class="xing-header"><a href="/">XING</a> <a href="/events">Events</a></header>\n<main class="event-detail">\n'
    f'<h1 class="event-detail__title">{h1}</h1>\n'
    '<ul class="event-detail__facts"><li><span class="label">Datum</span> Do., 07.03.2024, 09:30 – 11:00 Uhr MEZ</li><li><span class="label">Ort</span> Online</li>'
    '<li><span class="label">Veranstalter</span> Automotive Cluster Ostdeutschland (ACOD)</li><li><span class="label">Tickets</span> Kostenlos · Verkaufsende 06.03.2024, 23:59 Uhr</li></ul>\n'
    '<section class="event-detail__description"><h2>Beschreibung</h2>'
    "<p>Euroclusters vergeben bis Ende 2024 Millionen Euro an kleine und mittlere Unternehmen – für Innovation, Qualifizierung und Internationalisierung. "
    "Im Webinar stellen E-BOOST und RE-CENTRE ihre offenen Ausschreibungen vor.</p>"
    "<p><b>Programm</b></p><p>09:30 Uhr – Begrüßung durch Jens Hartmann, Geschäftsführer, Automotive Cluster Ostdeutschland<br>"
    "09:40 Uhr – Impuls: Dr. Ulrike Brandt (Enterprise Europe Network Sachsen)<br>"
    "10:00 Uhr – Die Calls von E-BOOST: Paweł Lis, Projektmanager, Polish Automotive Cluster<br>"
    "10:20 Uhr – Die Calls von RE-CENTRE: Vesna Kovač, Cluster Managerin, Slovenian Wood Cluster<br>"
    "10:45 Uhr – Fragen und Antworten</p></section>\n"
    '<aside class="event-detail__related"><h2>Das könnte Sie auch interessieren</h2><ul><li>Mobilitätsforum Leipzig · 21.03.2024, 14:00 Uhr</li><li>Batterietag 2024 · 11.04.2024</li></ul></aside>\n'
    '<section class="event-detail__guests"><h2>Teilnehmende (57)</h2><ul><li>Frank Meier</li><li>Susanne Wolf</li><li>und 55 weitere</li></ul></section>\n'
    "</main></div>\n"
)
add(
    "hz-030",
    url,
    generic_page(
        lang="de",
        doc_title=f"{h1} | XING Events",
        body_open='<body class="xing">',
        body=body,
        seed=8030,
        blocks=("event-detail", "xing"),
    ),
    record(
        id="hz-030",
        url=url,
        template="T4",
        lang="de",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-03-07", "09:30"),
        end=bx("2024-03-07", "11:00"),
        tz_label="MEZ",
        speakers=[
            sp("Jens Hartmann", "Geschäftsführer", "Automotive Cluster Ostdeutschland"),
            sp("Ulrike Brandt", None, "Enterprise Europe Network Sachsen"),
            sp("Paweł Lis", "Projektmanager", "Polish Automotive Cluster"),
            sp("Vesna Kovač", "Cluster Managerin", "Slovenian Wood Cluster"),
        ],
        euroclusters=["E-BOOST", "RE-CENTRE"],
        notes="German ticketing page: 'Do., 07.03.2024, 09:30 – 11:00 Uhr MEZ' (abbreviated weekday, label MEZ); 'Verkaufsende 06.03.2024, 23:59 Uhr', 'Ende 2024' and "
        "related events are not the event; programme lines 'HH:MM Uhr – Begrüßung durch Name, Rolle, Org', 'Impuls: Dr. Name (Org)', 'Session title: Name, Rolle, "
        "Org'; the organiser in the facts list and the guest list are not speakers; Euroclusters named only by acronym in prose and session titles.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-031 (TEC list view, non-event)
site = "https://www.thessaloniki-clusters.gr"
url = f"{site}/events/list/"
h1 = "Upcoming Events"
rows = [
    ("2025-06-12", "June 12 @ 9:00 am - 5:00 pm", "Cluster Day 2025"),
    ("2025-09-30", "September 30 - October 1", "Clusters meet Regions – Thessaloniki, Greece"),
    ("2025-11-06", "November 6 @ 10:00 am - 1:00 pm", "Agrifood Forum"),
]
items = "\n".join(
    f'<div class="tribe-events-calendar-list__event-row"><div class="tribe-events-calendar-list__event-date-tag"><time datetime="{d}">{d[8:]}</time></div>'
    f'<article class="tribe-events-calendar-list__event"><header><div class="tribe-events-calendar-list__event-datetime-wrapper"><time class="tribe-events-calendar-list__event-datetime" datetime="{d}">{w}</time></div>'
    f'<h3 class="tribe-events-calendar-list__event-title"><a href="/event/x-{i}/">{t}</a></h3></header></article></div>'
    for i, (d, w, t) in enumerate(rows)
)
main = f'<main id="tribe-events-pg-template"><div class="tribe-common tribe-events tribe-events-view tribe-events-view--list"><header class="tribe-events-header"><h1 class="tribe-events-header__title">{h1}</h1></header>\n{items}\n</div></main>'
add(
    "hz-031",
    url,
    wp_page(
        site=site,
        site_name="Thessaloniki Clusters Network",
        doc_title="Events for June 2025 &#8211; Thessaloniki Clusters Network",
        lang="en-US",
        theme="astra",
        body_class="post-type-archive post-type-archive-tribe_events tribe-events-page-template",
        menu=[("Home", "/"), ("Events", "/events/")],
        main=main,
        seed=8031,
        plugins=("the-events-calendar",),
    ),
    record(
        id="hz-031",
        url=url,
        template="T4",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: The Events Calendar list view with three upcoming events, each with a date and time range.",
    ),
)
