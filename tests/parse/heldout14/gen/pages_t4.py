"""T4 — event plugins and ticketing platforms (hu-029 … hu-034). New bodies for heldout14."""

from __future__ import annotations

import json

from common import asset, bx, page_adder, record, sp
from shells import generic_page, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)


def ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>\n'


# ---------------------------------------------------------------- hu-029 The Events Calendar, Talk 21 Feb 2024 with zone abbreviation
site = "https://www.cte-energia.it"
url = f"{site}/en/event/eu-clusters-talk-support-programmes-and-funding-schemes/"
h1 = "EU Clusters Talk – Support programmes and funding schemes"
main = (
    '<div id="tribe-events-content" class="tribe-events-single">\n'
    '<p class="tribe-events-back"><a href="/en/events/">« All Events</a></p>\n'
    f'<h1 class="tribe-events-single-event-title">{h1}</h1>\n'
    '<div class="tribe-events-schedule tribe-clearfix"><div><span class="tribe-event-date-start">February 21, 2024 @ 8:30 am</span> - <span class="tribe-event-time">9:45 am</span> '
    '<span class="timezone"> CET </span></div></div>\n'
    '<div class="tribe-events-single-event-description tribe-events-content">\n'
    "<p>Our director Matteo Ricciardi will speak at the EU Clusters Talk “Support programmes and funding schemes: Cluster policies in the EU”, organised online by the "
    "European Cluster Collaboration Platform. He will present how the INGENIOUS Eurocluster combines EU money with national and regional support for energy-intensive SMEs.</p>\n"
    "<p>Other speakers:</p>\n<ul>\n<li>Ulrike Brandstätter, Head of Sector Cluster Policy, DG GROW, European Commission</li>\n"
    "<li>Pieter-Jan Claeys, Senior Advisor, VLAIO</li>\n<li>Katarzyna Grabowska, Expert, PARP</li>\n</ul>\n</div>\n"
    '<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><ul class="tribe-events-c-subscribe-dropdown__list">'
    '<li><a href="https://www.google.com/calendar/event?action=TEMPLATE&amp;dates=20240221T083000/20240221T094500&amp;text=EU%20Clusters%20Talk&amp;ctz=Europe/Rome">Google Calendar</a></li>'
    f'<li><a href="{site}/en/event/eu-clusters-talk-support-programmes-and-funding-schemes/?ical=1">iCalendar</a></li></ul></div></div>\n'
    '<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details">'
    '<h2 class="tribe-events-single-section-title">Details</h2><dl><dt class="tribe-events-start-date-label">Date:</dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2024-02-21">February 21, 2024</abbr></dd>'
    '<dt class="tribe-events-start-time-label">Time:</dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2024-02-21">8:30 am - 9:45 am <span class="tribe-events-abbr tribe-events-time-zone published ">CET</span></div></dd>'
    '<dt class="tribe-events-event-categories-label">Event Category:</dt><dd class="tribe-events-event-categories"><a href="/en/events/category/webinar/" rel="tag">Webinar</a></dd></dl></div>'
    '<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl><dt class="tribe-organizer-name">European Cluster Collaboration Platform</dt></dl></div></div>\n'
    '<nav class="tribe-events-nav-pagination"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="/en/event/general-assembly-2024/"><span>«</span> General Assembly 2024</a></li>'
    '<li class="tribe-events-nav-next"><a href="/en/event/key-energy-rimini/">KEY – The Energy Transition Expo <span>»</span></a></li></ul></nav>\n</div>\n'
)
head = ld(
    {
        "@context": "http://schema.org",
        "@type": "Event",
        "name": h1,
        "startDate": "2024-02-21T08:30:00+01:00",
        "endDate": "2024-02-21T09:45:00+01:00",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "organizer": {"@type": "Person", "name": "European Cluster Collaboration Platform"},
    }
)
add(
    "hu-029",
    url,
    wp_page(
        lang="en-GB",
        site="Cluster Tecnologico Nazionale Energia",
        site_url=site,
        doc_title=f"{h1} - Cluster Tecnologico Nazionale Energia",
        theme="astra",
        body_class="tribe_events-template-default single single-tribe_events postid-8812 tribe-events-page-template",
        menu=[("About", f"{site}/en/about/"), ("Events", f"{site}/en/events/")],
        main=main,
        seed=1429,
        head_extra=head,
        plugins=("the-events-calendar",),
    ),
    record(
        id="hu-029",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title="Support programmes and funding schemes: Cluster policies in the EU",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-02-21", "08:30"),
        end=bx("2024-02-21", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Matteo Ricciardi", "director", None),
            sp("Ulrike Brandstätter", "Head of Sector Cluster Policy", "DG GROW, European Commission"),
            sp("Pieter-Jan Claeys", "Senior Advisor", "VLAIO"),
            sp("Katarzyna Grabowska", "Expert", "PARP"),
        ],
        euroclusters=["INGENIOUS"],
        notes="The Events Calendar copy of the real Talk of hu-002 on a speaker's cluster site. 'February 21, 2024 @ 8:30 am - 9:45 am' with the plugin's zone span 'CET' (+01:00); "
        "shortened heading with an en dash, quoted full title in the body; own speaker 'Our director Name' (role, organisation null; INGENIOUS only in the next sentence of prose, so eurocluster null); "
        "Google Calendar (ctz=Europe/Rome) and ?ical=1 not assets; prev/next event links not the event.",
    ),
)

# ---------------------------------------------------------------- hu-030 Eventbrite, E-BOOST info session (year only in JSON-LD)
url = "https://www.eventbrite.com/e/e-boost-open-calls-info-session-tickets-702318845517"
h1 = "E-BOOST Open Calls Info Session"
body = (
    '<header class="global-header"><a href="https://www.eventbrite.com/" class="logo">Eventbrite</a><nav><a href="/d/online/events/">Find Events</a> <a href="/organizer/overview/">Create Events</a> <a href="/signin/">Log In</a></nav></header>\n'
    '<main class="event-details"><div class="event-hero"><img src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F588201%2Febooost.jpg" alt=""></div>\n'
    '<div class="event-details__main">\n<time class="start-date" datetime="2023-09-12"><span class="start-date-month">Sep</span><span class="start-date-day">12</span></time>\n'
    f'<h1 class="event-title css-0">{h1}</h1>\n'
    '<p class="summary">Everything you need to know about the five new E-BOOST open calls for mobility SMEs – live, with time for your questions.</p>\n'
    '<div class="organizer-listing-info"><span>By</span> <a href="https://www.eventbrite.com/o/e-boost-eurocluster-61273849302">E-BOOST Eurocluster</a> <span>1.2k followers</span></div>\n'
    '<section class="date-and-location"><h2>Date and time</h2><div class="date-info"><span class="date-info__full-datetime">Tuesday, September 12 · 10 - 11:30am CEST</span></div>\n'
    "<h2>Location</h2><p>Online</p></section>\n"
    '<section class="refund-policy"><h2>Refund Policy</h2><p>No Refunds</p></section>\n'
    '<section class="about-this-event"><h2>About this event</h2><p>1 hour 30 minutes · Online event</p>\n'
    "<p>The E-BOOST Eurocluster supports SMEs in electromobility, connected vehicles and smart logistics. With the new calls, companies can apply for vouchers for "
    "innovation, internationalisation and skills. The calls close on 31 October 2023.</p>\n"
    "<p><strong>Speakers</strong></p>\n<p>Hanna Vogel, Project Coordinator, Cluster Elektromobilität Süd-West<br>\nMarc Dufresne, Open Call Manager, CARA European cluster for mobility<br>\n"
    "Ilaria Conti, Business Developer, Cluster Trasporti Italia</p>\n"
    "<p>The session will be recorded and shared with all registered participants.</p></section>\n"
    '<section class="tags"><h2>Tags</h2><a href="/d/online/business/">Online Business</a> <a href="/d/online/seminars/">Online Seminar</a></section>\n'
    '</div>\n<aside class="conversion-bar"><span class="conversion-bar__price">Free</span> <a class="eds-btn" href="#">Get tickets</a></aside></main>\n'
    '<footer class="global-footer">© 2023 Eventbrite · <a href="/help/">Help Center</a> · <a href="/l/legalterms/">Terms</a></footer>'
)
head = ld(
    {
        "@context": "https://schema.org",
        "@type": "EducationEvent",
        "name": h1,
        "startDate": "2023-09-12T10:00:00+02:00",
        "endDate": "2023-09-12T11:30:00+02:00",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "organizer": {"@type": "Organization", "name": "E-BOOST Eurocluster"},
    }
)
add(
    "hu-030",
    url,
    generic_page(
        lang="en",
        doc_title=f"{h1} Tickets, Tue, Sep 12, 2023 at 10:00 AM | Eventbrite",
        head_extra=head,
        body=body,
        seed=1430,
        blocks=("event-details", "global-header", "conversion-bar", "eds-btn", "date-info"),
    ),
    record(
        id="hu-030",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2023-09-12", "10:00"),
        end=bx("2023-09-12", "11:30"),
        tz_label="CEST",
        speakers=[
            sp("Hanna Vogel", "Project Coordinator", "Cluster Elektromobilität Süd-West"),
            sp("Marc Dufresne", "Open Call Manager", "CARA European cluster for mobility"),
            sp("Ilaria Conti", "Business Developer", "Cluster Trasporti Italia"),
        ],
        euroclusters=["E-BOOST"],
        notes="Plausible reconstruction (info session not verified; the five E-BOOST calls of September 2023 are real per EISMEA). Eventbrite page: 'Tuesday, September 12 · 10 - 11:30am CEST' "
        "(no year in the visible date line, 'am' only once; year in the <title>, the date block datetime and JSON-LD); call deadline 31 October 2023 not the event; "
        "<br> speaker lines 'Name, Role, Org'; organiser E-BOOST names the Eurocluster (speakers' eurocluster null).",
    ),
)

# ---------------------------------------------------------------- hu-031 Events Manager, POLREC matchmaking
site = "https://www.plasticsclusterbalkans.eu"
url = f"{site}/events/polrec-matchmaking-day-recycled-polymers-in-construction/"
h1 = "POLREC Matchmaking Day: Recycled polymers in construction"
main = (
    f'<article class="event type-event status-publish hentry"><header class="entry-header"><h1 class="entry-title">{h1}</h1></header>\n<div class="entry-content"><div class="em em-view-container em-event-single">\n'
    '<div class="em-event-meta"><section class="em-event-when"><h3>When</h3><div class="em-item-meta-line em-event-date"><span class="em-icon-calendar em-icon"></span>14/03/2024</div>'
    '<div class="em-item-meta-line em-event-time"><span class="em-icon-clock em-icon"></span>09:30 - 16:00</div>'
    '<button type="button" class="em-event-add-to-calendar button-secondary">Add To Calendar</button></section>\n'
    '<section class="em-event-where"><h3>Where</h3><div class="em-item-meta-line em-event-location">Zagreb Innovation Centre, Zagreb</div></section></div>\n'
    '<section class="em-event-content"><p>Recycled plastics are finding their way into pipes, insulation and road furniture. This matchmaking day, organised within the POLREC '
    "Eurocluster, brings recyclers, compounders and construction companies together for short pitches and pre-arranged bilateral meetings.</p>\n"
    "<p><strong>Programme</strong></p>\n<p>09:30 Registration and coffee<br>\n10:00 Welcome – Ivana Perić, Cluster Manager, Plastics Cluster Balkans<br>\n"
    "10:15 The POLREC open calls – Thomas Lemaire, Project Officer, Polymeris<br>\n10:45 Pitches of recyclers and construction companies<br>\n"
    "12:30 Lunch<br>\n13:30 Bilateral meetings</p>\n<p>Register on b2match before 7 March 2024.</p>\n"
    '<p><a href="https://polrec-zagreb-2024.b2match.io/">Go to the b2match platform</a></p></section>\n</div></div></article>\n'
)
add(
    "hu-031",
    url,
    wp_page(
        lang="en-US",
        site="Plastics Cluster Balkans",
        site_url=site,
        doc_title=f"{h1} – Plastics Cluster Balkans",
        theme="twentytwentyone",
        body_class="event-template-default single single-event",
        menu=[("About", f"{site}/about/"), ("Events", f"{site}/events/"), ("Projects", f"{site}/projects/")],
        main=main,
        seed=1431,
        plugins=("events-manager",),
    ),
    record(
        id="hu-031",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-03-14", "09:30"),
        end=bx("2024-03-14", "16:00"),
        speakers=[
            sp("Ivana Perić", "Cluster Manager", "Plastics Cluster Balkans"),
            sp("Thomas Lemaire", "Project Officer", "Polymeris"),
        ],
        euroclusters=["POLREC"],
        notes="Plausible reconstruction (matchmaking day of a Eurocluster, not verified; series null). Events Manager 'When' block '14/03/2024' + '09:30 - 16:00' (day-first, no zone "
        "label, +01:00); programme rows 'HH:MM Topic – Name, Role, Org' are speakers, rows without a person are not; b2match deadline 7 March 2024 not the event; "
        "POLREC named in prose (speakers' eurocluster null); b2match link not an asset.",
    ),
)

# ---------------------------------------------------------------- hu-032 The Events Calendar (fr), FRIEND CCI webinar
site = "https://www.pole-images-creation.fr"
url = f"{site}/agenda/webinaire-friend-cci-financer-linnovation-creative/"
h1 = "Webinaire FRIEND CCI : financer l’innovation dans les industries créatives"
main = (
    '<div id="tribe-events-content" class="tribe-events-single">\n<p class="tribe-events-back"><a href="/agenda/">« Tous les Évènements</a></p>\n'
    f'<h1 class="tribe-events-single-event-title">{h1}</h1>\n'
    '<div class="tribe-events-schedule tribe-clearfix"><div><span class="tribe-event-date-start">15 novembre 2023 @ 14h00</span> - <span class="tribe-event-time">15h30</span></div></div>\n'
    '<div class="tribe-events-single-event-description tribe-events-content">\n'
    "<p>Le projet FRIEND CCI, Eurocluster des industries culturelles et créatives, ouvre un nouvel appel à projets pour les PME du secteur. Ce webinaire présente les "
    "conditions de l’appel et donne la parole à des entreprises déjà soutenues.</p>\n"
    "<p>Intervenants :</p>\n<ul>\n<li>Claire Dumoulin, chargée de projets européens, Pôle Images &amp; Création</li>\n"
    "<li>Alessandro Zanetti, coordinateur, Venetian Cluster</li>\n<li>Hélène Marchand, fondatrice, Studio Lumen</li>\n</ul>\n"
    "<p>L’appel est ouvert jusqu’au 15 décembre 2023. Le webinaire est gratuit, inscription obligatoire.</p>\n</div>\n"
    f'<div class="tribe-events-c-subscribe-dropdown"><ul><li><a href="{site}/agenda/webinaire-friend-cci-financer-linnovation-creative/ical/">Exporter en .ics</a></li></ul></div>\n'
    '<div class="tribe-events-event-meta"><h2>Détails</h2><dl><dt>Date :</dt><dd><abbr title="2023-11-15">15 novembre 2023</abbr></dd><dt>Heure :</dt><dd>14h00 - 15h30</dd>'
    '<dt>Catégorie d’Évènement:</dt><dd><a href="/agenda/categorie/webinaire/">Webinaire</a></dd></dl></div>\n</div>\n'
)
add(
    "hu-032",
    url,
    wp_page(
        lang="fr-FR",
        site="Pôle Images & Création",
        site_url=site,
        doc_title=f"{h1} – Pôle Images &amp; Création",
        theme="hello-elementor",
        body_class="tribe_events-template-default single single-tribe_events",
        menu=[("Le pôle", f"{site}/le-pole/"), ("Agenda", f"{site}/agenda/"), ("Contact", f"{site}/contact/")],
        main=main,
        seed=1432,
        plugins=("the-events-calendar",),
    ),
    record(
        id="hu-032",
        url=url,
        template="T4",
        lang="fr",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2023-11-15", "14:00"),
        end=bx("2023-11-15", "15:30"),
        speakers=[
            sp("Claire Dumoulin", "chargée de projets européens", "Pôle Images & Création"),
            sp("Alessandro Zanetti", "coordinateur", "Venetian Cluster"),
            sp("Hélène Marchand", "fondatrice", "Studio Lumen"),
        ],
        euroclusters=["FRIEND CCI"],
        notes="Plausible reconstruction (webinar not verified; FRIEND CCI is led by the Venetian Cluster). French The Events Calendar: '15 novembre 2023 @ 14h00 - 15h30' (French 'h' "
        "times, no zone label, +01:00); title = heading with 'Webinaire FRIEND CCI :' prefix and a French space before the colon; list 'Name, rôle, Org'; deadline 15 décembre 2023 "
        "not the event; /ical/ export not an asset.",
    ),
)

# ---------------------------------------------------------------- hu-033 Modern Events Calendar, DREAM demo day
site = "https://www.cyber-cluster-occitanie.fr"
url = f"{site}/en/events/dream-eurocluster-cybersecurity-demo-day/"
h1 = "DREAM Eurocluster – Cybersecurity Demo Day"
main = (
    f'<div class="mec-wrap mec-single-event"><article class="mec-single-event"><h1 class="mec-single-title">{h1}</h1>\n'
    '<div class="mec-event-meta mec-color-before"><div class="mec-single-event-date"><i class="mec-sl-calendar"></i><h3 class="mec-date">Date</h3>'
    '<dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label">18 Jun 2024</span></abbr></dd></dl></div>\n'
    '<div class="mec-single-event-time"><i class="mec-sl-clock"></i><h3 class="mec-time">Time</h3><i class="mec-time-comment"></i><dl><dd><abbr class="mec-events-abbr">10:00 - 16:30</abbr></dd></dl></div>\n'
    '<div class="mec-single-event-location"><h3 class="mec-events-single-section-title mec-location">Location</h3><dd class="author fn org">Toulouse, Cité de l’espace</dd></div></div>\n'
    '<div class="mec-single-event-description mec-events-content">\n'
    "<p>Eight SMEs supported by the DREAM Eurocluster show what they have built with their innovation vouchers: from intrusion detection for industrial networks to secure "
    "firmware updates for drones. The demo day is open to manufacturers, investors and cluster organisations.</p>\n"
    "<p>The day will be opened by Sandrine Ollier, Director of Cyber Cluster Occitanie, and Raphaël Gautier, DREAM project coordinator at Pôle SCS.</p>\n"
    f'<p>Download the <a href="{site}/wp-content/uploads/2024/05/DREAM-Demo-Day-programme.pdf">programme of the demo day</a>.</p>\n</div>\n'
    '<div class="mec-event-export-module"><a class="mec-events-gcal" href="https://calendar.google.com/calendar/render?action=TEMPLATE">+ Add to Google Calendar</a> '
    f'<a class="mec-events-gcal" href="{site}/?method=ical&amp;id=5521">+ iCal / Outlook export</a></div>\n</article></div>\n'
)
add(
    "hu-033",
    url,
    wp_page(
        lang="en-US",
        site="Cyber Cluster Occitanie",
        site_url=site,
        doc_title=f"{h1} - Cyber Cluster Occitanie",
        theme="twentytwentythree",
        body_class="mec-events-template-default single single-mec-events",
        menu=[("Cluster", f"{site}/en/cluster/"), ("Events", f"{site}/en/events/")],
        main=main,
        seed=1433,
        plugins=("modern-events-calendar-lite",),
    ),
    record(
        id="hu-033",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-06-18", "10:00"),
        end=bx("2024-06-18", "16:30"),
        speakers=[
            sp("Sandrine Ollier", "Director", "Cyber Cluster Occitanie"),
            sp("Raphaël Gautier", "DREAM project coordinator", "Pôle SCS", "DREAM"),
        ],
        euroclusters=["DREAM"],
        assets=[asset("programme of the demo day", f"{site}/wp-content/uploads/2024/05/DREAM-Demo-Day-programme.pdf")],
        notes="Plausible reconstruction (demo day and cluster invented; DREAM is coordinated by Pôle SCS). Modern Events Calendar: '18 Jun 2024' + '10:00 - 16:30' (no label, +02:00); "
        "title = heading with an en dash; openers in prose 'Name, Role of Org' / 'Name, DREAM project coordinator at Pôle SCS' (the role names DREAM); PDF link in the body is an "
        "asset; Google Calendar and ?method=ical not assets.",
    ),
)

# ---------------------------------------------------------------- hu-034 NOT an event: MEC list view
site = "https://www.agrifood-cluster-baltic.lt"
url = f"{site}/en/events/"
h1 = "Events"
items = [
    ("2024-09-25", "25", "Sep", "Agri-food innovation breakfast", "9:00 am - 11:00 am", "Vilnius"),
    (
        "2024-10-10",
        "10",
        "Oct",
        "B-Resilient webinar: green value chains for food SMEs",
        "10:00 am - 11:30 am",
        "Online",
    ),
    ("2024-11-27", "27", "Nov", "Clusters meet Regions - Charleroi, Belgium", "All Day", "Charleroi"),
    ("2024-12-05", "05", "Dec", "Members’ Christmas meeting", "5:00 pm - 8:00 pm", "Kaunas"),
]
lis = "\n".join(
    f'<article class="mec-event-article"><div class="mec-event-date"><span class="mec-start-date-label" data-date="{d}">{dd}</span> <span>{m}</span></div>'
    f'<h4 class="mec-event-title"><a href="{site}/en/events/{i}/">{t}</a></h4><div class="mec-event-time">{tm}</div><div class="mec-event-loc-place">{loc}</div></article>'
    for i, (d, dd, m, t, tm, loc) in enumerate(items)
)
main = f'<div class="mec-wrap"><h1 class="entry-title">{h1}</h1><div class="mec-event-list-standard">\n<div class="mec-month-divider"><span>September 2024</span></div>\n{lis}\n</div><div class="mec-load-more-wrap"><div class="mec-load-more-button">Load More</div></div></div>'
add(
    "hu-034",
    url,
    wp_page(
        lang="en-US",
        site="Agri-Food Cluster Baltic",
        site_url=site,
        doc_title="Events - Agri-Food Cluster Baltic",
        theme="astra",
        body_class="page-template-default page",
        menu=[("About", f"{site}/en/about/"), ("Events", f"{site}/en/events/")],
        main=main,
        seed=1434,
        plugins=("modern-events-calendar-lite",),
    ),
    record(
        id="hu-034",
        url=url,
        template="T4",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["B-Resilient"],
        notes="NOT an event: Modern Events Calendar list view with four events (day/month blocks, 12-hour times, an ECCP event); names B-Resilient in a teaser.",
    ),
)
