"""T4 pages (event plugins and ticketing / matchmaking platforms) of the hr-* set. Written new for heldout10."""

from __future__ import annotations

import json

from common import asset, bx, page_adder, record, sp
from shells import generic_page, widget, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)


def jsonld_event(
    name: str,
    start: str,
    end: str,
    url: str,
    org: str,
    attendance: str = "OnlineEventAttendanceMode",
    place: str | None = None,
) -> str:
    d = {
        "@context": "http://schema.org",
        "@type": "Event",
        "name": name,
        "startDate": start,
        "endDate": end,
        "url": url,
        "eventAttendanceMode": f"https://schema.org/{attendance}",
        "organizer": {"@type": "Person", "name": org},
    }
    if place:
        d["location"] = {"@type": "Place", "name": place}
    return f'<script type="application/ld+json">[{json.dumps(d, ensure_ascii=False)}]</script>\n'


def tec_single(
    *,
    h1: str,
    start_abbr: str,
    start_shown: str,
    end_abbr: str,
    end_shown: str,
    tz: str | None,
    content: str,
    details: str,
    gcal: str,
    ical: str,
    prev_next: str,
    notice: str = "",
) -> str:
    tzs = f' <span class="tribe-events-schedule__timezone">{tz}</span>' if tz else ""
    return (
        '<div id="tribe-events-pg-template" class="tribe-events-pg-template"><div class="tribe-events-before-html"></div>\n'
        '<div id="tribe-events-content" class="tribe-events-single">\n'
        f'<p class="tribe-events-back"><a href="../">&laquo; All Events</a></p>\n{notice}'
        f'<h1 class="tribe-events-single-event-title">{h1}</h1>\n'
        f'<div class="tribe-events-schedule tribe-clearfix"><h2><span class="tribe-event-date-start">{start_shown}</span> - <span class="tribe-event-time">{end_shown}</span></h2>{tzs}</div>\n'
        '<div class="tribe-events-single-event-description tribe-events-content">\n' + content + "\n</div>\n"
        f'<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown"><ul><li><a class="tribe-events-c-subscribe-dropdown__list-item-link" href="{gcal}" target="_blank" rel="noopener noreferrer nofollow">Google Calendar</a></li>'
        f'<li><a class="tribe-events-c-subscribe-dropdown__list-item-link" href="{ical}" rel="noopener noreferrer nofollow">iCalendar</a></li></ul></div></div>\n'
        '<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix"><div class="tribe-events-meta-group tribe-events-meta-group-details">\n'
        f'<h2 class="tribe-events-single-section-title">Details</h2>\n<dl>\n<dt class="tribe-events-start-date-label">Date:</dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="{start_abbr}">{start_shown.split(" @ ")[0]}</abbr></dd>\n'
        f'<dt class="tribe-events-start-time-label">Time:</dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="{start_abbr}">{start_shown.split(" @ ")[-1]} - {end_shown}</div></dd>\n'
        f"{details}</dl></div></div>\n"
        f'<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">{prev_next}</ul></nav></div>\n'
        "</div></div>\n"
    )


# ------------------------------------------------------------------------------------------------ hr-030 (TEC, info session)
site = "https://www.clusterplattform.at"
u = f"{site}/en/event/info-session-euroclusters-call-2024/"
h1 = "Info session: Euroclusters call 2024"
content = (
    "<p>The Single Market Programme has opened a new call for Euroclusters (SMP-COSME-2024-CLUSTER). Consortia of at least three "
    "cluster organisations from three countries can apply for support to SMEs in net-zero and other strategic technologies.</p>"
    "<p>In this online info session, the call will be presented by Helmut Wagner (EISMEA) and Lucia Ferraro (DG GROW, European "
    "Commission). Austrian clusters will then share their experience from the first round, in which they joined the GEMSTONE "
    "and SILEO Euroclusters.</p>"
    "<p>The call closes on 4 July 2024. Participation in the info session is free; please register by 13 May.</p>"
)
details = (
    '<dt class="tribe-events-event-cost-label">Cost:</dt><dd class="tribe-events-event-cost">Free</dd>\n'
    '<dt class="tribe-events-event-categories-label">Event Category:</dt><dd class="tribe-events-event-categories"><a href="/en/events/category/webinars/" rel="tag">Webinars</a></dd>\n'
    '</dl></div><div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl>\n'
    '<dt class="tribe-organizer-name">Clusterplattform Österreich</dt><dd class="tribe-organizer-email">office@clusterplattform.at</dd>\n'
)
prev_next = (
    '<li class="tribe-events-nav-previous"><a href="/en/event/cluster-managers-meeting-linz/"><span>&laquo;</span> Cluster managers\' meeting, Linz – April 25</a></li>'
    '<li class="tribe-events-nav-next"><a href="/en/event/eu-clusters-talk-may-2024/">EU Clusters Talk – May 15 <span>&raquo;</span></a></li>'
)
main = tec_single(
    h1=h1,
    start_abbr="2024-05-14",
    start_shown="May 14 @ 10:00 am",
    end_abbr="2024-05-14",
    end_shown="12:00 pm",
    tz="CEST",
    content=content,
    details=details,
    gcal="https://www.google.com/calendar/event?action=TEMPLATE&amp;dates=20240514T100000/20240514T120000&amp;text=Info%20session%3A%20Euroclusters%20call%202024&amp;ctz=Europe/Vienna",
    ical=f"{u}?ical=1",
    prev_next=prev_next,
)
add(
    "hr-030",
    u,
    wp_page(
        lang="en-US",
        site="Clusterplattform Österreich",
        site_url=site,
        doc_title=f"{h1} – Clusterplattform Österreich",
        body_class="tribe_events-template-default single single-tribe_events postid-7781 tribe-events-page-template events-single tribe-events-style-full",
        theme="kadence",
        menu=[("Clusters", f"{site}/en/clusters/"), ("Events", f"{site}/en/events/"), ("News", f"{site}/en/news/")],
        main=main,
        seed=4030,
        plugins=("the-events-calendar",),
        head_extra=jsonld_event(
            h1, "2024-05-14T10:00:00+02:00", "2024-05-14T12:00:00+02:00", u, "Clusterplattform Österreich"
        ),
    ),
    record(
        id="hr-030",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-05-14", "10:00"),
        end=bx("2024-05-14", "12:00"),
        tz_label="CEST",
        speakers=[sp("Helmut Wagner", None, "EISMEA"), sp("Lucia Ferraro", None, "DG GROW, European Commission")],
        euroclusters=["GEMSTONE", "SILEO"],
        notes="Plausible reconstruction. The Events Calendar single event (series null: an info session on a call); header 'May 14 @ 10:00 am - 12:00 pm' without a year and 'CEST' in its own span; year from abbr titles, JSON-LD and the Google link; presenters 'Name (Org)' in a sentence (role null); organizer block, call deadline 4 July 2024, 'register by 13 May' and the prev/next links are not the event; ?ical=1 not an asset.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-031 (b2match-like)
u = "https://eu-cluster-matchmaking-textile-2023.b2match.io/"
h1 = "EU Cluster Matchmaking: Textile and Fashion Ecosystem"
body = (
    '<div id="app" class="b2m-app">\n<header class="b2m-header"><a class="b2m-logo" href="/"><img src="https://assets.b2match.io/logos/eccp.png" alt="ECCP" height="40"></a>\n'
    '<nav class="b2m-nav"><a href="/">Home</a><a href="/agenda">Agenda</a><a href="/participants">Participants</a><a href="/marketplace">Marketplace</a><a href="/signup" class="b2m-btn">Register</a></nav></header>\n'
    '<section class="b2m-hero"><h1 class="b2m-hero__title">' + h1 + "</h1>\n"
    '<div class="b2m-hero__meta"><div class="b2m-hero__date"><svg class="b2m-icon"><use href="#calendar"></use></svg><span>21 November 2023</span></div>'
    '<div class="b2m-hero__time"><span>10:00 - 15:00</span> <span class="b2m-tz">(CET)</span></div><div class="b2m-hero__place">Online</div></div>\n'
    '<div class="b2m-hero__stats"><span>214 participants</span> <span>31 countries</span> <span>389 meetings</span></div></section>\n'
    '<section class="b2m-section b2m-about"><h2>About</h2>\n'
    "<p>The European Cluster Collaboration Platform invites textile and fashion clusters, SMEs, research centres and designers "
    "to an online matchmaking event. Meet potential partners for circular textiles, smart textiles and new business models in "
    "pre-scheduled one-to-one video meetings.</p>"
    "<p>Projects of the EuroBoosTEX and X-BUILD EU Euroclusters will present their support for SMEs.</p></section>\n"
    '<section class="b2m-section b2m-agenda"><h2>Agenda</h2><ul class="b2m-agenda__list">'
    '<li><span class="b2m-agenda__time">10:00 - 10:10</span> <span class="b2m-agenda__title">Welcome by Margot Lenaerts, Cluster Expert, ECCP</span></li>'
    '<li><span class="b2m-agenda__time">10:10 - 10:30</span> <span class="b2m-agenda__title">Keynote: Teresa Llorens, Project Manager, Textile Technology Institute Valencia, EuroBoosTEX Eurocluster</span></li>'
    '<li><span class="b2m-agenda__time">10:30 - 15:00</span> <span class="b2m-agenda__title">B2B meetings</span></li></ul></section>\n'
    '<section class="b2m-section b2m-deadlines"><h2>Important dates</h2><ul><li>Registration deadline: 17 November 2023</li><li>Meeting requests until: 20 November 2023, 18:00</li></ul></section>\n'
    '<section class="b2m-section b2m-organizers"><h2>Organizers</h2><div class="b2m-org"><strong>European Cluster Collaboration Platform</strong><span>Brussels, Belgium</span></div>'
    '<div class="b2m-org"><strong>Contact</strong><span>Margot Lenaerts</span><a href="mailto:matchmaking@clustercollaboration.eu">matchmaking@clustercollaboration.eu</a></div></section>\n'
    '<footer class="b2m-footer"><span>Powered by b2match</span> <a href="https://www.b2match.com/privacy">Privacy</a> <a href="https://www.b2match.com/terms">Terms</a></footer>\n</div>\n'
    '<script>window.__EVENT__ = {"id":38211,"slug":"eu-cluster-matchmaking-textile-2023","startsAt":"2023-11-21T09:00:00Z","endsAt":"2023-11-21T14:00:00Z","timezone":"Europe/Brussels"};</script>'
)
add(
    "hr-031",
    u,
    generic_page(
        lang="en",
        doc_title=f"{h1} | b2match",
        body=body,
        seed=4031,
        blocks=("b2m-header", "b2m-hero", "b2m-section", "b2m-agenda", "b2m-org", "b2m-footer", "b2m-btn"),
    ),
    record(
        id="hr-031",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="ECCP matchmaking",
        start=bx("2023-11-21", "10:00"),
        end=bx("2023-11-21", "15:00"),
        tz_label="CET",
        speakers=[
            sp("Margot Lenaerts", "Cluster Expert", "ECCP"),
            sp("Teresa Llorens", "Project Manager", "Textile Technology Institute Valencia", "EuroBoosTEX"),
        ],
        euroclusters=["EuroBoosTEX", "xBUILD-EU"],
        notes="Plausible reconstruction. b2match-like event page: date '21 November 2023' and time '10:00 - 15:00' '(CET)' in separate spans (+01:00); script with UTC instants; agenda 'Welcome by Name, Role, Org' and 'Keynote: Name, Role, Org, X Eurocluster' are speakers, 'B2B meetings' is not; the contact person in the organizer box is not counted again; 'X-BUILD EU' alias; statistics, registration deadline and meeting-request deadline are not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-032 (Events Manager, no zone label)
site = "https://www.interiors-cluster.eu"
u = f"{site}/events/sileo-final-event-brussels/"
h1 = "SILEO Final Event: lighting and furniture SMEs after the Eurocluster"
main = (
    f'<article class="event type-event status-publish hentry"><header class="entry-header"><h1 class="entry-title">{h1}</h1></header>\n'
    '<div class="entry-content"><div class="em em-view-container" id="em-view-6" data-view="event"><div class="em-event em-item em-item-single" data-href="">\n'
    '<section class="em-event-when"><h3>When</h3><div class="em-item-meta-line em-event-date em-event-meta-datetime"><span class="em-icon-calendar em-icon"></span>20/02/2025</div>'
    '<div class="em-item-meta-line em-event-time em-event-meta-datetime"><span class="em-icon-clock em-icon"></span>10:00 - 16:30</div>'
    '<button type="button" class="em-event-add-to-calendar em-tooltip-ddm em-clickable input">Add To Calendar</button>'
    f'<div class="em-tooltip-ddm-content em-event-add-to-calendar-content"><a class="em-a2c-download" href="{u}ical/" target="_blank">Download ICS</a>'
    '<a class="em-a2c-google" href="https://www.google.com/calendar/event?action=TEMPLATE&amp;text=SILEO+Final+Event&amp;dates=20250220T100000/20250220T163000&amp;ctz=Europe/Brussels" target="_blank">Google Calendar</a></div></section>\n'
    '<section class="em-event-where"><h3>Where</h3><div class="em-item-meta-line em-event-location"><span class="em-icon-location em-icon"></span><a href="/locations/bip-brussels/">BIP – Brussels Info Place</a>, Rue Royale 2-4, 1000 Brussels</div></section>\n'
    '<section class="em-event-content"><p>After 30 months, the SILEO Eurocluster has supported more than 200 lighting and furniture SMEs with '
    "vouchers for digitalisation, eco-design and internationalisation. At the final event we present the results and discuss "
    "what comes next for the two ecosystems.</p>"
    "<h4>Programme</h4><ul>"
    "<li>10:00 – Welcome: Jasmina Kovač, Chair, European Lighting Cluster Alliance</li>"
    "<li>10:20 – SILEO in numbers: Pablo Ruiz, Project Manager, Interiors Cluster Valencia</li>"
    "<li>11:00 – Panel with supported SMEs</li>"
    "<li>12:30 – Lunch</li>"
    "<li>14:00 – EU support after 2025: Dr. Kristin Møller, Policy Officer, EISMEA</li>"
    "<li>16:30 – Closing</li></ul>"
    '<p><a href="/wp-content/uploads/2025/01/SILEO-Final-Event-Agenda.pdf">Download the agenda (PDF)</a> &middot; <a href="https://www.eventbrite.be/e/sileo-final-event-tickets-99120">Register</a></p>'
    "</section>\n</div></div></div>\n</article>\n"
)
side = widget(
    "Upcoming events",
    '<ul class="em-list-widget"><li><a href="/events/furniture-fair-milan-delegation/">Furniture fair delegation, Milan</a> <span>08/04/2025</span></li><li><a href="/events/lighting-days-2025/">Lighting Days 2025</a> <span>22/05/2025 - 23/05/2025</span></li></ul>',
)
add(
    "hr-032",
    u,
    wp_page(
        lang="en-GB",
        site="Interiors Cluster",
        site_url=site,
        doc_title=f"{h1} | Interiors Cluster",
        body_class="event-template-default single single-event postid-3317",
        theme="generatepress",
        menu=[
            ("About", f"{site}/about/"),
            ("Projects", f"{site}/projects/"),
            ("Events", f"{site}/events/"),
            ("Contact", f"{site}/contact/"),
        ],
        main=main,
        sidebar=side,
        seed=4032,
        plugins=("events-manager",),
    ),
    record(
        id="hr-032",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2025-02-20", "10:00"),
        end=bx("2025-02-20", "16:30"),
        tz_label=None,
        speakers=[
            sp("Jasmina Kovač", "Chair", "European Lighting Cluster Alliance"),
            sp("Pablo Ruiz", "Project Manager", "Interiors Cluster Valencia"),
            sp("Kristin Møller", "Policy Officer", "EISMEA"),
        ],
        euroclusters=["SILEO"],
        assets=[asset("Download the agenda (PDF)", f"{site}/wp-content/uploads/2025/01/SILEO-Final-Event-Agenda.pdf")],
        notes="Plausible reconstruction. Events Manager single event of a Eurocluster (series null): 'When' block '20/02/2025' and '10:00 - 16:30' with no zone label (+01:00, tz_label null); programme lines 'HH:MM – Label: Name, Role, Org' are speakers, 'Panel with supported SMEs', 'Lunch' and 'Closing' are not; 'Dr.' stripped; 'after 30 months' and 'after 2025' are not dates; ICS and Google links and the Eventbrite link are not assets, the PDF is; sidebar events with other dates.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-033 (TEC, Polish)
site = "https://www.slaskiklasterwodny.pl"
u = f"{site}/wydarzenie/eu-clusters-talk-odpornosc-wodna-przemyslu/"
h1 = "EU Clusters Talk: odporność wodna przemysłu – rola klastrów"
content = (
    "<p>Europejska Platforma Współpracy Klastrów (ECCP) zaprasza na kolejny EU Clusters Talk pt. „Water resilience in industry: "
    "the role of clusters”. Spotkanie odbędzie się online w środę 11 czerwca.</p>"
    "<p>Z przyjemnością informujemy, że w panelu wystąpi prezes naszego klastra.</p>"
    "<p>Prelegenci:</p>"
    "<ul><li>Karin Blom – Policy Officer, DG ENV, Komisja Europejska</li>"
    "<li>Íñigo Arrieta – Director General, Aquatech Cluster Andalucía</li>"
    "<li>Reinout Jansen – Program Director, Dutch Water Technology Cluster</li>"
    "<li>dr inż. Zofia Malinowska – Prezes Zarządu, Śląski Klaster Wodny</li></ul>"
    "<p>Moderacja: Clara Dumont (ECCP)</p>"
    "<p>Rejestracja do 10 czerwca.</p>"
)
details = (
    '<dt class="tribe-events-event-categories-label">Kategoria wydarzenia:</dt><dd class="tribe-events-event-categories"><a href="/wydarzenia/kategoria/webinaria/" rel="tag">Webinaria</a></dd>\n'
    '</dl></div><div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizator</h2><dl>\n'
    '<dt class="tribe-organizer-name">Śląski Klaster Wodny</dt><dd class="tribe-organizer-tel">+48 32 555 01 20</dd>\n'
)
prev_next = (
    '<li class="tribe-events-nav-previous"><a href="/wydarzenie/walne-zgromadzenie-2025/"><span>&laquo;</span> Walne Zgromadzenie Członków 2025</a></li>'
    '<li class="tribe-events-nav-next"><a href="/wydarzenie/dzien-wody-katowice/">Dzień Wody – Katowice <span>&raquo;</span></a></li>'
)
main = tec_single(
    h1=h1,
    start_abbr="2025-06-11",
    start_shown="11 czerwca @ 8:30",
    end_abbr="2025-06-11",
    end_shown="9:45",
    tz="CEST",
    content=content,
    details=details,
    gcal="https://www.google.com/calendar/event?action=TEMPLATE&amp;dates=20250611T083000/20250611T094500&amp;text=EU%20Clusters%20Talk&amp;ctz=Europe/Warsaw",
    ical=f"{u}?ical=1",
    prev_next=prev_next,
    notice='<div class="tribe-events-notices"><ul><li>To wydarzenie już się odbyło.</li></ul></div>\n',
)
main = (
    main.replace("&laquo; All Events", "&laquo; Wszystkie Wydarzenia")
    .replace(">Details</h2>", ">Szczegóły</h2>")
    .replace(">Date:</dt>", ">Data:</dt>")
    .replace(">Time:</dt>", ">Godzina:</dt>")
    .replace(">iCalendar</a>", ">Eksport do iCalendar</a>")
)
add(
    "hr-033",
    u,
    wp_page(
        lang="pl-PL",
        site="Śląski Klaster Wodny",
        site_url=site,
        doc_title=f"{h1} – Śląski Klaster Wodny",
        body_class="tribe_events-template-default single single-tribe_events postid-1420 tribe-events-page-template events-single",
        theme="astra",
        menu=[
            ("O klastrze", f"{site}/o-klastrze/"),
            ("Członkowie", f"{site}/czlonkowie/"),
            ("Wydarzenia", f"{site}/wydarzenia/"),
            ("Kontakt", f"{site}/kontakt/"),
        ],
        main=main,
        seed=4033,
        plugins=("the-events-calendar",),
        head_extra=jsonld_event(
            h1, "2025-06-11T08:30:00+02:00", "2025-06-11T09:45:00+02:00", u, "Śląski Klaster Wodny"
        ),
    ),
    record(
        id="hr-033",
        url=u,
        template="T4",
        lang="pl",
        is_event=True,
        title="Water resilience in industry: the role of clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2025-06-11", "08:30"),
        end=bx("2025-06-11", "09:45"),
        tz_label="CEST",
        speakers=[
            sp("Karin Blom", "Policy Officer", "DG ENV, Komisja Europejska"),
            sp("Íñigo Arrieta", "Director General", "Aquatech Cluster Andalucía"),
            sp("Reinout Jansen", "Program Director", "Dutch Water Technology Cluster"),
            sp("Zofia Malinowska", "Prezes Zarządu", "Śląski Klaster Wodny"),
            sp("Clara Dumont", None, "ECCP"),
        ],
        notes="Same Talk as hr-024 (plausible reconstruction), Polish The Events Calendar page: header '11 czerwca @ 8:30 - 9:45' without a year and 'CEST' in the plugin's zone span; body date without time; year from abbr titles, JSON-LD and the Google link (ctz Europe/Warsaw, same offset); English title in „…”; 'Name – Role, Org' lines; 'dr inż.' stripped; 'Moderacja: Name (ECCP)'; 'prezes naszego klastra' without a name; registration 'do 10 czerwca', past-event notice, organizer block and prev/next links not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-034 (Eventbrite-like, two days with times)
u = "https://www.eventbrite.pl/e/baltic-sea-region-cluster-days-2024-tickets-873310045127"
h1 = "Baltic Sea Region Cluster Days 2024"
body = (
    '<header class="eds-global-header"><a href="https://www.eventbrite.pl/" class="eds-logo">Eventbrite</a><form class="search"><input type="search" placeholder="Search events"></form>'
    '<nav><a href="/organizer/overview/">Create Events</a><a href="/signin/">Log In</a><a href="/signup/">Sign Up</a></nav></header>\n'
    '<main class="event-details"><div class="event-hero"><img src="https://img.evbuc.com/baltic-cluster-days-2024.jpg" alt="Baltic Sea Region Cluster Days 2024"></div>\n'
    '<div class="event-details__main"><p class="start-date-and-location__date">Tuesday, September 10</p>\n'
    f'<h1 class="event-title css-0">{h1}</h1>\n'
    '<p class="summary">Two days of cluster cooperation around the Baltic Sea: policy, matchmaking and study visits in Gdańsk.</p>\n'
    '<div class="organizer-listing-info"><span>By</span> <a href="/o/baltic-cluster-network-33871290">Baltic Cluster Network</a> <span>1.2k followers</span></div>\n'
    '<section class="date-info"><h2>Date and time</h2><span class="date-info__full-datetime">Tue, Sep 10, 2024, 9:00 AM – Wed, Sep 11, 2024, 4:00 PM CEST</span></section>\n'
    '<section class="location-info"><h2>Location</h2><p>Olivia Business Centre, al. Grunwaldzka 472, 80-309 Gdańsk</p></section>\n'
    '<section class="event-description"><h2>About this event</h2>\n'
    "<p>The Baltic Sea Region Cluster Days bring together cluster organisations, regional authorities and companies from the "
    "eight EU countries around the Baltic Sea and from Norway. This year's edition focuses on offshore wind, maritime "
    "logistics and the green transition of ports.</p>"
    "<h3>Programme</h3><p><strong>Day 1</strong><br>9:00 AM – Registration<br>9:30 AM – Opening: Magdalena Nowicka, Director, "
    "Pomeranian Development Agency<br>10:00 AM – Keynote: Lars Henriksen, Head of Cluster Policy, Danish Board of Business "
    "Development<br>11:30 AM – Cluster pitches<br>2:00 PM – Study visit to the Port of Gdańsk</p>"
    "<p><strong>Day 2</strong><br>9:00 AM – Matchmaking<br>1:00 PM – Panel: Ports as energy hubs, moderated by Kaisa Lehtonen, "
    "Cluster Manager, Turku Maritime Cluster<br>4:00 PM – End</p>"
    "<p>Early-bird tickets are available until August 15.</p></section>\n"
    '<section class="refund-policy"><h2>Refund Policy</h2><p>Refunds up to 7 days before event</p></section>\n'
    '</div><aside class="conversion-bar"><div class="conversion-bar__panel-info">From PLN 350.00</div><button class="eds-btn">Get tickets</button></aside></main>\n'
    '<section class="more-events"><h2>More events from this organizer</h2><ul><li><a href="/e/baltic-cluster-webinar-offshore-wind-tickets-8800123">Webinar: Offshore wind supply chains</a> <span>Thu, Nov 14, 2024</span></li></ul></section>\n'
    '<footer class="eds-global-footer"><p>&copy; 2024 Eventbrite</p></footer>\n'
)
ld = jsonld_event(
    h1,
    "2024-09-10T09:00:00+02:00",
    "2024-09-11T16:00:00+02:00",
    u,
    "Baltic Cluster Network",
    "OfflineEventAttendanceMode",
    "Olivia Business Centre",
)
add(
    "hr-034",
    u,
    generic_page(
        lang="en",
        doc_title=f"{h1} Tickets, Tue, Sep 10, 2024 at 9:00 AM | Eventbrite",
        head_extra=ld,
        body=body,
        seed=4034,
        blocks=(
            "eds-global-header",
            "event-details",
            "event-hero",
            "date-info",
            "conversion-bar",
            "eds-btn",
            "more-events",
        ),
    ),
    record(
        id="hr-034",
        url=u,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-09-10", "09:00"),
        end=bx("2024-09-11", "16:00"),
        tz_label="CEST",
        speakers=[
            sp("Magdalena Nowicka", "Director", "Pomeranian Development Agency"),
            sp("Lars Henriksen", "Head of Cluster Policy", "Danish Board of Business Development"),
            sp("Kaisa Lehtonen", "Cluster Manager", "Turku Maritime Cluster"),
        ],
        notes="Plausible reconstruction (a cluster-days event of a regional network, series null). Eventbrite-like page: 'Tue, Sep 10, 2024, 9:00 AM – Wed, Sep 11, 2024, 4:00 PM CEST' gives start and end with times across two days (12-hour clock, +02:00); header 'Tuesday, September 10' without year; programme 'Opening:'/'Keynote:' lines and a moderator inside a panel line are speakers; 'Registration', 'Matchmaking', 'End' are not; organiser, followers, early-bird date 'August 15', refund policy and 'More events' date are not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-035 (non-event, organiser listing)
u = "https://www.eventbrite.pl/o/baltic-cluster-network-33871290"
h1 = "Baltic Cluster Network"


def card(href: str, title: str, when: str, where: str, price: str) -> str:
    return f'<li class="organizer-event-card"><a href="{href}"><h3 class="event-card__title">{title}</h3></a><p class="event-card__date">{when}</p><p class="event-card__location">{where}</p><p class="event-card__price">{price}</p></li>'


body = (
    '<header class="eds-global-header"><a href="https://www.eventbrite.pl/" class="eds-logo">Eventbrite</a><nav><a href="/signin/">Log In</a><a href="/signup/">Sign Up</a></nav></header>\n'
    f'<main class="organizer-profile"><div class="organizer-profile__header"><img src="https://img.evbuc.com/bcn-logo.png" alt="" width="96"><h1 class="organizer-profile__name">{h1}</h1>'
    '<p class="organizer-profile__stats"><span>1.2k followers</span> <span>14 events</span></p><button class="eds-btn">Follow</button></div>\n'
    '<p class="organizer-profile__bio">The Baltic Cluster Network connects cluster organisations from the countries around the Baltic Sea. We organise the annual Baltic Sea Region Cluster Days and webinars on offshore wind, maritime logistics and ports.</p>\n'
    '<section class="organizer-events"><h2>Upcoming events</h2><ul>'
    + card(
        "/e/baltic-sea-region-cluster-days-2024-tickets-873310045127",
        "Baltic Sea Region Cluster Days 2024",
        "Tue, Sep 10, 2024, 9:00 AM CEST",
        "Olivia Business Centre · Gdańsk",
        "From PLN 350.00",
    )
    + card(
        "/e/baltic-cluster-webinar-offshore-wind-tickets-8800123",
        "Webinar: Offshore wind supply chains",
        "Thu, Nov 14, 2024, 10:00 AM CET",
        "Online",
        "Free",
    )
    + "</ul><h2>Past events</h2><ul>"
    + card(
        "/e/baltic-sea-region-cluster-days-2023-tickets-6410021",
        "Baltic Sea Region Cluster Days 2023",
        "Wed, Sep 13, 2023, 9:00 AM EEST",
        "Tallinn",
        "Sales ended",
    )
    + "</ul></section></main>\n"
    '<footer class="eds-global-footer"><p>&copy; 2024 Eventbrite</p></footer>\n'
)
add(
    "hr-035",
    u,
    generic_page(
        lang="en",
        doc_title=f"{h1} Events | Eventbrite",
        body=body,
        seed=4035,
        blocks=("eds-global-header", "organizer-profile", "organizer-events", "event-card", "eds-btn"),
    ),
    record(
        id="hr-035",
        url=u,
        template="T4",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: Eventbrite-like organiser profile listing two upcoming and one past event, each with date, time and zone (CEST, CET, EEST).",
    ),
)
