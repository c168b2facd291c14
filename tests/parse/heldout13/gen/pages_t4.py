"""T4 — event plugins and event platforms (hv-029 … hv-034). Page bodies written new for heldout13."""

from __future__ import annotations

import json

from common import bx, page_adder, record, sp
from shells import generic_page, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)


def ld_event(name: str, start: str, end: str | None, url: str, mode: str = "OnlineEventAttendanceMode") -> str:
    d = {
        "@context": "http://schema.org",
        "@type": "Event",
        "name": name,
        "startDate": start,
        "url": url,
        "eventAttendanceMode": f"https://schema.org/{mode}",
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if end:
        d["endDate"] = end
    return f'<script type="application/ld+json">[{json.dumps(d, ensure_ascii=False)}]</script>\n'


def tec_single(h1: str, schedule: str, content: str, meta: str, nav: str, back: str, cal: str) -> str:
    return (
        '<div id="tribe-events-pg-template" class="tribe-events-pg-template"><div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"></span>\n'
        f'<div id="tribe-events-content" class="tribe-events-single">\n  <p class="tribe-events-back"><a href="{back[0]}"> &laquo; {back[1]}</a></p>\n'
        f'  <h1 class="tribe-events-single-event-title">{h1}</h1>\n  <div class="tribe-events-schedule tribe-clearfix">\n    <div>{schedule}</div>\n  </div>\n'
        f'  <div id="post-1" class="post-1 tribe_events type-tribe_events status-publish">\n    <div class="tribe-events-single-event-description tribe-events-content">\n{content}\n    </div>\n'
        f'    <div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown">\n{cal}\n    </div></div></div>\n'
        f'    <div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">\n{meta}\n    </div>\n  </div>\n'
        f'  <div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">{nav}</ul></nav></div>\n</div>\n'
        '<div class="tribe-events-after-html"></div></div>'
    )


# ---------------------------------------------------------------------------------------------------------- hv-029
url = "https://www.aerospace-cluster.si/en/event/eu-clusters-talk-aerospace-and-defence/"
h1 = "EU Clusters Talk: Aerospace and Defence"
schedule = (
    '<span class="tribe-event-date-start">April 17, 2024 @ 8:30 am</span> - <span class="tribe-event-time">9:45 am</span> '
    '<span class="tribe-events-schedule__timezone timezone">CEST</span>'
)
content = (
    "<p>Our managing director Irena Mlakar will speak at the EU Clusters Talk “Autonomy, innovation and security: EU strategies for Aerospace and Defence”, "
    "organised online by the European Cluster Collaboration Platform.</p>\n"
    "<p>The Talk discusses the new European Defence Industrial Strategy and how clusters can bring SMEs into aerospace and defence supply chains.</p>\n"
    "<p><strong>Speakers</strong></p>\n<ul>\n"
    "<li>Tomasz Wilczek – Policy Officer, DG DEFIS, European Commission</li>\n"
    "<li>Hélène Bastard-Rey – Head of European Affairs, Aerospace Valley (METASTARS Eurocluster)</li>\n"
    "<li>Paolo Cattaneo – Project Coordinator, DLTM (LEVIATAD Eurocluster)</li>\n"
    "<li>Irena Mlakar – Managing Director, Slovenian Aerospace and Defence Cluster</li>\n</ul>\n"
    '<p>Registration on the <a href="https://clustercollaboration.eu/content/eu-clusters-talk-autonomy-innovation-and-security-eu-strategies-aerospace-and">ECCP website</a>.</p>'
)
meta = (
    '<div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title"> Details </h2><dl>\n'
    '<dt class="tribe-events-start-date-label"> Date: </dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2024-04-17"> April 17, 2024 </abbr></dd>\n'
    '<dt class="tribe-events-start-time-label"> Time: </dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2024-04-17">8:30 am - 9:45 am '
    '<span class="tribe-events-abbr tribe-events-time-zone published ">CEST</span></div></dd>\n'
    '<dt class="tribe-events-event-categories-label">Event Category:</dt><dd class="tribe-events-event-categories"><a href="/en/events/category/online/" rel="tag">Online</a></dd>\n</dl></div>\n'
    '<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl><dt class="tribe-organizer-label"></dt>'
    '<dd class="tribe-organizer">European Cluster Collaboration Platform</dd></dl></div>'
)
cal = (
    '<a class="tribe-events-c-subscribe-dropdown__list-item-link" href="https://www.google.com/calendar/event?action=TEMPLATE&amp;dates=20240417T083000/20240417T094500&amp;text=EU%20Clusters%20Talk%3A%20Aerospace%20and%20Defence&amp;ctz=Europe/Ljubljana">Google Calendar</a>\n'
    '<a class="tribe-events-c-subscribe-dropdown__list-item-link" href="https://www.aerospace-cluster.si/en/event/eu-clusters-talk-aerospace-and-defence/?ical=1">iCalendar</a>'
)
nav = (
    '<li class="tribe-events-nav-previous"><a href="/en/event/space-days-ljubljana-2024/"><span>&laquo;</span> Space Days Ljubljana 2024</a></li>'
    '<li class="tribe-events-nav-next"><a href="/en/event/defence-supplier-day-may-2024/">Defence Supplier Day – 22 May 2024 <span>&raquo;</span></a></li>'
)
main = tec_single(h1, schedule, content, meta, nav, ("/en/events/", "All Events"), cal)
html = wp_page(
    lang="en-US",
    site="Slovenian Aerospace and Defence Cluster",
    site_url="https://www.aerospace-cluster.si",
    doc_title=f"{h1} - Slovenian Aerospace and Defence Cluster",
    body_class="tribe_events-template-default single single-tribe_events postid-2211 tribe-events-page-template tribe-theme-astra",
    theme="astra",
    menu=[
        ("Cluster", "/en/cluster/"),
        ("Members", "/en/members/"),
        ("Events", "/en/events/"),
        ("Contact", "/en/contact/"),
    ],
    main=main,
    seed=1329,
    plugins=("the-events-calendar",),
    head_extra=ld_event(h1, "2024-04-17T08:30:00+02:00", "2024-04-17T09:45:00+02:00", url),
)
add(
    "hv-029",
    url,
    html,
    record(
        id="hv-029",
        url=url,
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
            sp("Tomasz Wilczek", "Policy Officer", "DG DEFIS, European Commission"),
            sp("Hélène Bastard-Rey", "Head of European Affairs", "Aerospace Valley", "METASTARS"),
            sp("Paolo Cattaneo", "Project Coordinator", "DLTM", "LEVIATAD"),
            sp("Irena Mlakar", "Managing Director", "Slovenian Aerospace and Defence Cluster"),
        ],
        euroclusters=["LEVIATAD", "METASTARS"],
        notes="The Events Calendar copy of the real Talk of hv-001 on a speaker's cluster site. 'April 17, 2024 @ 8:30 am - 9:45 am' with the plugin's zone span 'CEST' (the site zone's "
        "abbreviation, printed as written; +02:00); shortened heading, quoted full title in the body; list 'Name – Role, Org (X Eurocluster)'; the own speaker is also named in the "
        "intro (counted once); Google Calendar (ctz=Europe/Ljubljana) and ?ical=1 not assets; prev/next links ('22 May 2024') not the event.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-030 (fr)
url = "https://www.greenwin.be/fr/agenda/clusters-meet-regions-charleroi/"
h1 = "Clusters meet Regions à Charleroi"
schedule = '<span class="tribe-event-date-start">27 novembre 2024</span> - <span class="tribe-event-date-end">28 novembre 2024</span>'
content = (
    "<p>La European Cluster Collaboration Platform organise, au nom de la Commission européenne, un atelier Clusters meet Regions à Charleroi les 27 et 28 novembre 2024, "
    "en collaboration avec les pôles de compétitivité wallons.</p>\n"
    "<p>L’atelier portera sur la décarbonation de l’industrie et sur la coopération interrégionale entre clusters. La deuxième journée sera consacrée à des visites "
    "d’entreprises et à des rendez-vous d’affaires.</p>\n"
    "<p><strong>Au programme de la première journée :</strong><br>\n"
    "Ouverture – Sophie Lambert, directrice générale, GreenWin<br>\n"
    "La politique industrielle wallonne – Marc Dufour, chargé de mission, SPW Économie Emploi Recherche<br>\n"
    "Les clusters européens et le marché unique – Elise Verhaegen, Commission européenne, DG GROW<br>\n"
    "Table ronde et réseautage</p>\n"
    '<p>Inscription gratuite mais obligatoire avant le 15 novembre sur la <a href="https://eccp-cmr-charleroi.b2match.io/">plateforme b2match</a>.</p>'
)
meta = (
    '<div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title"> Détails </h2><dl>\n'
    '<dt class="tribe-events-start-date-label"> Début : </dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2024-11-27"> 27 novembre 2024 </abbr></dd>\n'
    '<dt class="tribe-events-end-date-label"> Fin : </dt><dd><abbr class="tribe-events-abbr tribe-events-end-date dtend" title="2024-11-28"> 28 novembre 2024 </abbr></dd>\n</dl></div>\n'
    '<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title"> Lieu </h2><dl><dd class="tribe-venue"> Charleroi Espace Meeting Européen </dd>'
    '<dd class="tribe-venue-location"><address class="tribe-events-address">Rue Ernest Solvay 15, 6000 Charleroi</address></dd></dl></div>'
)
cal = '<a class="tribe-events-c-subscribe-dropdown__list-item-link" href="https://www.greenwin.be/fr/agenda/clusters-meet-regions-charleroi/ical/">Exporter en .ics</a>'
nav = '<li class="tribe-events-nav-previous"><a href="/fr/agenda/greenwin-innovation-day-2024/"><span>&laquo;</span> GreenWin Innovation Day – 17 octobre 2024</a></li>'
main = tec_single(h1, schedule, content, meta, nav, ("/fr/agenda/", "Tous les événements"), cal)
html = wp_page(
    lang="fr-BE",
    site="GreenWin",
    site_url="https://www.greenwin.be",
    doc_title=f"{h1} – GreenWin",
    body_class="tribe_events-template-default single single-tribe_events tribe-events-page-template",
    theme="hello-elementor",
    menu=[
        ("Le pôle", "/fr/le-pole/"),
        ("Membres", "/fr/membres/"),
        ("Projets", "/fr/projets/"),
        ("Agenda", "/fr/agenda/"),
        ("Contact", "/fr/contact/"),
    ],
    main=main,
    seed=1330,
    plugins=("the-events-calendar",),
    head_extra=ld_event(
        h1, "2024-11-27T00:00:00+01:00", "2024-11-28T23:59:59+01:00", url, "OfflineEventAttendanceMode"
    ),
)
add(
    "hv-030",
    url,
    html,
    record(
        id="hv-030",
        url=url,
        template="T4",
        lang="fr",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-11-27",
        end="2024-11-28",
        speakers=[
            sp("Sophie Lambert", "directrice générale", "GreenWin"),
            sp("Marc Dufour", "chargé de mission", "SPW Économie Emploi Recherche"),
            sp("Elise Verhaegen", None, "Commission européenne, DG GROW"),
        ],
        notes="French The Events Calendar page of a Walloon cluster on the real Charleroi edition (27-28 November 2024, from the ECCP sidebar; programme and people reconstructed). "
        "All-day two-day event: '27 novembre 2024 - 28 novembre 2024' and Début/Fin (dates only; JSON-LD midnight times are not event times); title = heading; <br> programme "
        "lines 'Label – Name, rôle, Org' are speakers, 'Table ronde et réseautage' is not; 'Name, Commission européenne, DG GROW' role null; 'avant le 15 novembre' and the previous "
        "event link not the event; .ics export and b2match not assets.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-031
url = "https://www.cleantechflanders.be/events/eu-cluster-matchmaking-event-clean-tech-and-net-zero-industries/"
h1 = "EU Cluster Matchmaking Event: Clean-tech and Net-Zero Industries"
main = (
    '<div class="eventon_main_section"><div id="evcal_single_event_4412" class="ajde_evcal_calendar eventon_single_event evo_sin_page">\n'
    '<div class="evo-data" data-mapformat="roadmap" data-tz="Europe/Brussels"></div>\n<div id="evcal_list" class="eventon_events_list evo_sin_event_list">\n'
    '<div class="eventon_list_event evo_eventtop" data-event_id="4412" itemscope itemtype="http://schema.org/Event">\n'
    '<p class="desc_trig_outter"><a class="desc_trig sin_val evcal_list_a"><span class="evcal_cblock" data-bgcolor="#2e7d32" data-smon="oct" data-syr="2024">'
    '<em class="evo_date"><span class="start">10<em>oct</em></span></em><em class="evo_time"><span class="start">10:00</span><span class="end">- 15:30</span></em></span>'
    f'<span class="evcal_desc evo_info"><span class="evo_above_title"><span class="evo_event_type">Online</span></span><span class="evcal_desc2 evcal_event_title" itemprop="name">{h1}</span></span></a></p>\n'
    '<div class="event_description evcal_eventcard open">\n'
    '<div class="evo_metarow_time evorow evcal_evdata_row"><span class="evcal_evdata_icons"><i class="fa fa-clock-o"></i></span><div class="evcal_evdata_cell">'
    '<h3 class="evo_h3">Time</h3><p>(Thursday) 10:00 - 15:30</p></div></div>\n'
    '<div class="evo_metarow_details evorow evcal_evdata_row"><div class="evcal_evdata_cell"><h3 class="evo_h3">Event Details</h3><div class="evcal_evdata_cell eventon_full_description">'
    '<div class="eventon_desc_in" itemprop="description">'
    "<p>We are happy to share this opportunity from the European Cluster Collaboration Platform with our members: an online matchmaking event for companies and clusters working on "
    "heat pumps, batteries, hydrogen, grid technologies and other net-zero solutions.</p>"
    "<p>After a short plenary with speakers from the European Commission and EISMEA, the afternoon is reserved for one-to-one meetings on b2match. "
    "Flemish companies that register before 3 October can ask our team for help with their profile.</p>"
    '<p><a href="https://eccp-cleantech-matchmaking-2024.b2match.io/">Register on b2match</a></p>'
    "</div></div></div></div>\n"
    '<div class="evo_metarow_ICS evorow evcal_evdata_row"><div class="evcal_evdata_cell"><p><a href="https://www.cleantechflanders.be/export-events/4412_0/?action=eventon_ics_download&amp;event_id=4412&amp;ri=0" class="evo_ics_nCal">Add to your calendar</a></p></div></div>\n'
    "</div>\n</div>\n</div>\n</div></div>"
)
html = wp_page(
    lang="en-GB",
    site="Cleantech Flanders",
    site_url="https://www.cleantechflanders.be",
    doc_title=f"{h1} – Cleantech Flanders",
    body_class="ajde_events-template-default single single-ajde_events",
    theme="kadence",
    menu=[("About", "/about/"), ("Members", "/members/"), ("Events", "/events/"), ("Contact", "/contact/")],
    main=main,
    seed=1331,
    plugins=("eventON",),
    head_extra=ld_event(h1, "2024-10-10T10:00:00+02:00", "2024-10-10T15:30:00+02:00", url),
)
add(
    "hv-031",
    url,
    html,
    record(
        id="hv-031",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2024-10-10", "10:00"),
        end=bx("2024-10-10", "15:30"),
        notes="EventON copy of the matchmaking of hv-008 on a Flemish cluster's site: day and month in a date block ('10 oct'), year only in data-syr and JSON-LD, '(Thursday) 10:00 - 15:30' "
        "with no zone label (+02:00, tz_label null; JSON-LD carries +02:00); no named "
        "speakers; 'before 3 October' not the event; ICS download and b2match not assets.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-032 (Zoom)
url = "https://us06web.zoom.us/webinar/register/WN_dS3k9QzVTh2Lr1pYxA7bHg"
topic = "DESIRE Eurocluster: info session on the 3rd open call for eHealth SMEs"
body = (
    '<div id="root"><div class="zm-header"><a class="zm-logo" href="https://zoom.us" aria-label="Zoom logo"></a><div class="zm-header__right"><a href="https://zoom.us/signin">Sign In</a>'
    '<a href="https://zoom.us/support">Support</a><span class="zm-lang">English</span></div></div>\n'
    '<main class="registration"><div class="registration__banner"><img src="https://us06web.zoom.us/webinar/banner/desire-banner.png" alt="DESIRE banner"></div>\n'
    '<div class="registration__info">\n'
    f'<div class="form-group"><label class="control-label">Topic</label><div class="controls"><h1 class="registration__topic">{topic}</h1></div></div>\n'
    '<div class="form-group"><label class="control-label">Description</label><div class="controls registration__desc">'
    "<p>The DESIRE Eurocluster supports SMEs that develop digital health solutions. Its third open call offers up to 40,000 EUR per company for piloting, certification and "
    "internationalisation. In this info session the DESIRE team explains the eligibility rules, the evaluation and how to write a strong application.</p>"
    "<p>Speakers:<br>Katarzyna Nowicka, Project Manager, Interizon<br>Jesper Holm, Senior Adviser, Welfare Tech<br>Andrea Conti, Open Call Coordinator, Lombardy Life Sciences Cluster</p>"
    "<p>The session lasts one hour and will be recorded. The call is open until 15 July 2023, 17:00 CEST.</p></div></div>\n"
    '<div class="form-group"><label class="control-label">Time</label><div class="controls"><span class="registration__time">Jun 6, 2023 10:00 AM in Amsterdam, Berlin, Rome, Stockholm, Vienna</span></div></div>\n'
    '</div>\n<form class="registration__form" method="post" action="/webinar/register/WN_dS3k9QzVTh2Lr1pYxA7bHg"><div class="form-group"><label for="question_first_name">First Name*</label>'
    '<input id="question_first_name" name="first_name" type="text" required></div><div class="form-group"><label for="question_last_name">Last Name*</label><input id="question_last_name" name="last_name" type="text" required></div>'
    '<div class="form-group"><label for="question_email">Email Address*</label><input id="question_email" name="email" type="email" required></div>'
    '<div class="form-group"><label for="question_org">Organization</label><input id="question_org" name="org" type="text"></div>'
    '<button type="submit" class="btn btn-primary submit">Register</button></form></main>\n'
    '<footer class="zm-footer"><p>Copyright ©2023 Zoom Video Communications, Inc. All rights reserved.</p><a href="https://explore.zoom.us/en/privacy/">Privacy &amp; Legal Policies</a></footer></div>\n'
    '<script>window.__data__ = {"meetingId":"81234567890","tz":"Europe/Amsterdam","startTime":1686038400000,"duration":60,"isWebinar":true};</script>'
)
html = generic_page(
    lang="en-US",
    doc_title="Webinar Registration - Zoom",
    body=body,
    seed=1332,
    blocks=("zm-header", "registration", "form-group", "zm-footer", "btn"),
)
add(
    "hv-032",
    url,
    html,
    record(
        id="hv-032",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=topic,
        page_title=topic,
        series=None,
        start=bx("2023-06-06", "10:00"),
        speakers=[
            sp("Katarzyna Nowicka", "Project Manager", "Interizon"),
            sp("Jesper Holm", "Senior Adviser", "Welfare Tech"),
            sp("Andrea Conti", "Open Call Coordinator", "Lombardy Life Sciences Cluster"),
        ],
        euroclusters=["DESIRE"],
        notes="Plausible reconstruction (info session not verified). Zoom webinar registration page (series null): 'Topic' heading; 'Jun 6, 2023 10:00 AM in Amsterdam, Berlin, Rome, "
        "Stockholm, Vienna' (same wall clock as Brussels, +02:00; the city list is not a zone label -> tz_label null); no end time printed ('lasts one hour' and the script's "
        "duration are not a printed end -> end null); speakers as <br> lines 'Name, Role, Org' with no Eurocluster on the line; call deadline with time and CEST not the event; "
        "<title> is 'Webinar Registration - Zoom'.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-033 (Events Manager)
url = "https://www.venetiancluster.eu/events/eu-rural-tourism-eurocluster-final-conference/"
h1 = "EU Rural Tourism Eurocluster – Final Conference"
main = (
    f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">{h1}</h1></header>\n<div class="entry-content">\n'
    '<div class="em em-view-container" id="em-view-6" data-view="event"><div class="em-item em-item-single em-event em-event-single em-event-118">\n'
    '<section class="em-item-header"><div class="em-item-meta"><section class="em-item-meta-column">\n'
    '<section class="em-event-when"><h3>When</h3><div class="em-item-meta-line em-event-date em-event-meta-datetime"><span class="em-icon-calendar em-icon"></span>24/06/2024 - 25/06/2024&nbsp;&nbsp;&nbsp;&nbsp;</div>\n'
    '<div class="em-item-meta-line em-event-time em-event-meta-datetime"><span class="em-icon-clock em-icon"></span>All Day</div>\n'
    '<button type="button" class="em-event-add-to-calendar button input" data-nostyle>Add To Calendar</button>'
    '<div class="em-event-add-to-calendar-content hidden"><a href="https://www.venetiancluster.eu/events/eu-rural-tourism-eurocluster-final-conference/ical/">iCalendar</a> '
    '<a href="https://www.google.com/calendar/event?action=TEMPLATE&amp;text=EU+Rural+Tourism&amp;dates=20240624/20240626">Google Calendar</a></div></section>\n'
    '</section><section class="em-item-meta-column"><section class="em-event-where"><h3>Where</h3><div class="em-item-meta-line em-event-location"><span class="em-icon-location em-icon"></span>'
    '<div><a href="/locations/palazzo-franchetti/">Palazzo Franchetti</a><br>Campo Santo Stefano 2842, Venezia</div></div></section></section></div></section>\n'
    '<section class="em-event-content">\n'
    "<p>After two years of work with more than 600 rural tourism SMEs in eight countries, the EU Rural Tourism Eurocluster presents its results in Venice.</p>\n"
    "<p>The conference will show how the project’s vouchers helped guesthouses, farms and local tour operators go digital and green, and discuss how rural tourism can stay on the agenda "
    "after the project ends in August 2024.</p>\n"
    "<p><strong>Programme highlights</strong></p>\n<ul>\n"
    "<li>Welcome: Francesca Zanon, President, Venetian Cluster</li>\n"
    "<li>Keynote – Rural tourism after the pandemic: Henrik Sørensen, Senior Researcher, Roskilde University</li>\n"
    "<li>Results of the EU Rural Tourism open calls: Marija Kovač, Project Manager, Harghita Regional Development Agency</li>\n"
    "<li>Panel with supported SMEs</li>\n</ul>\n"
    "<p>Attendance is free; please book your place below.</p>\n"
    "</section></div></div>\n</div></article>"
)
html = wp_page(
    lang="en-GB",
    site="Venetian Cluster",
    site_url="https://www.venetiancluster.eu",
    doc_title=f"{h1} | Venetian Cluster",
    body_class="event-template-default single single-event",
    theme="twentytwentyone",
    menu=[("About", "/about/"), ("Projects", "/projects/"), ("Events", "/events/"), ("Contact", "/contact/")],
    main=main,
    seed=1333,
    plugins=("events-manager",),
)
add(
    "hv-033",
    url,
    html,
    record(
        id="hv-033",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start="2024-06-24",
        end="2024-06-25",
        speakers=[
            sp("Francesca Zanon", "President", "Venetian Cluster"),
            sp("Henrik Sørensen", "Senior Researcher", "Roskilde University"),
            sp("Marija Kovač", "Project Manager", "Harghita Regional Development Agency"),
        ],
        euroclusters=["EU Rural Tourism"],
        notes="Plausible reconstruction (final conference not verified; the Eurocluster ran 09/2022-08/2024). Events Manager single event (series null): '24/06/2024 - 25/06/2024' day-first "
        "with 'All Day' (dates only); title = heading with an en dash; programme rows 'Label: Name, Role, Org' / 'Keynote – Topic: Name, Role, Org' are speakers, 'Panel with "
        "supported SMEs' is not; 'August 2024' not the event; iCalendar/Google links not assets.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-034 (non-event, TEC list)
url = "https://www.cluster-logistik.at/veranstaltungen/liste/?tribe-bar-date=2024-10-01"
h1 = "Upcoming events"


def tec_row(day: str, mon: str, when: str, href: str, title: str, venue: str, desc: str) -> str:
    return (
        '<div class="tribe-common-g-row tribe-events-calendar-list__event-row">\n'
        f'  <div class="tribe-events-calendar-list__event-date-tag tribe-common-g-col"><time class="tribe-events-calendar-list__event-date-tag-datetime"><span class="tribe-events-calendar-list__event-date-tag-weekday">{mon}</span>'
        f'<span class="tribe-events-calendar-list__event-date-tag-daynum tribe-common-h5">{day}</span></time></div>\n'
        f'  <div class="tribe-events-calendar-list__event-wrapper tribe-common-g-col"><article class="tribe-events-calendar-list__event"><header>'
        f'<div class="tribe-events-calendar-list__event-datetime-wrapper"><time class="tribe-events-calendar-list__event-datetime">{when}</time></div>'
        f'<h3 class="tribe-events-calendar-list__event-title"><a href="{href}" class="tribe-events-calendar-list__event-title-link">{title}</a></h3>'
        f'<address class="tribe-events-calendar-list__event-venue">{venue}</address></header><div class="tribe-events-calendar-list__event-description"><p>{desc}</p></div></article></div>\n</div>'
    )


main = (
    '<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list"><div class="tribe-common-l-container tribe-events-l-container">\n'
    f'<header class="tribe-events-header"><h1 class="tribe-events-header__title-text">{h1}</h1><div class="tribe-events-c-top-bar__datepicker"><time datetime="2024-10-01">October 2024 - Onwards</time></div></header>\n'
    '<div class="tribe-events-calendar-list"><h2 class="tribe-events-calendar-list__month-separator">October 2024</h2>\n'
    + tec_row(
        "10",
        "Thu",
        "October 10, 2024 @ 10:00 am - 3:30 pm",
        "/veranstaltungen/eu-cluster-matchmaking-clean-tech/",
        "EU Cluster Matchmaking Event: Clean-tech and Net-Zero Industries",
        "Online",
        "Online B2B meetings for companies and clusters in net-zero value chains.",
    )
    + tec_row(
        "17",
        "Thu",
        "October 17, 2024 @ 4:00 pm - 7:00 pm",
        "/veranstaltungen/logistik-stammtisch-oktober/",
        "Logistik-Stammtisch Linz",
        "Tabakfabrik Linz",
        "Networking evening for members.",
    )
    + '\n<h2 class="tribe-events-calendar-list__month-separator">November 2024</h2>\n'
    + tec_row(
        "27",
        "Wed",
        "November 27, 2024 - November 28, 2024",
        "/veranstaltungen/clusters-meet-regions-charleroi/",
        "Clusters meet Regions – Charleroi",
        "Charleroi, Belgium",
        "ECCP workshop on decarbonising industry, with company visits.",
    )
    + tec_row(
        "5",
        "Thu",
        "December 5, 2024 @ 9:00 am - 12:00 pm",
        "/veranstaltungen/workshop-co2-bilanz/",
        "Workshop: CO2 balance for logistics SMEs",
        "Online",
        "Hands-on workshop with our experts.",
    )
    + '</div>\n<nav class="tribe-events-calendar-list-nav tribe-events-c-nav"><ul class="tribe-events-c-nav__list"><li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--prev">'
    '<a href="/veranstaltungen/liste/?eventDisplay=past" class="tribe-events-c-nav__prev">Previous Events</a></li><li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--next">'
    '<a href="/veranstaltungen/liste/page/2/" class="tribe-events-c-nav__next">Next Events</a></li></ul></nav>\n'
    '<div class="tribe-events-c-ical"><a class="tribe-events-c-ical__link" href="/veranstaltungen/liste/?ical=1">Export Events</a></div>\n</div></div>'
)
html = wp_page(
    lang="en-US",
    site="Logistikum Cluster Upper Austria",
    site_url="https://www.cluster-logistik.at",
    doc_title="Events from October 1 – Logistikum Cluster Upper Austria",
    body_class="post-type-archive post-type-archive-tribe_events tribe-events-page-template",
    theme="astra",
    menu=[
        ("Cluster", "/cluster/"),
        ("Members", "/mitglieder/"),
        ("Events", "/veranstaltungen/"),
        ("Contact", "/kontakt/"),
    ],
    main=main,
    seed=1334,
    plugins=("the-events-calendar",),
)
add(
    "hv-034",
    url,
    html,
    record(
        id="hv-034",
        url=url,
        template="T4",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: The Events Calendar list view with four events (dates, 12-hour times, venues), two of them ECCP events; month separators, pager, 'Export Events' ical link.",
    ),
)
