"""T4: event-plugin and ticketing pages (The Events Calendar, Modern Events Calendar, an Eventbrite-like listing)."""

from __future__ import annotations

from common import asset, bx, css_filler, page_adder, record, sp

PAGES: list[dict] = []
add = page_adder(PAGES)


# ------------------------------------------------------------------------------------------------ hy-025 (The Events Calendar)
url = "https://www.e-boost-eurocluster.eu/event/e-boost-info-day-first-open-call/"
html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>E-BOOST Info Day: First Open Call for Electromobility SMEs &#8211; E-BOOST Eurocluster</title>
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css' href='https://www.e-boost-eurocluster.eu/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.2.2' media='all' />
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-full-css' href='https://www.e-boost-eurocluster.eu/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-full.min.css?ver=6.2.2' media='all' />
<link rel='stylesheet' id='kadence-global-css' href='https://www.e-boost-eurocluster.eu/wp-content/themes/kadence/assets/css/global.min.css?ver=1.1.40' media='all' />
<style id='kadence-global-inline-css'>
{css_filler(4025, 40, ("site-header", "tribe-events", "kadence", "entry"))}
</style>
<script type="application/ld+json">
[{{"@context":"http://schema.org","@type":"Event","name":"E-BOOST Info Day: First Open Call for Electromobility SMEs","description":"&lt;p&gt;The E-BOOST Eurocluster opens its first call for SMEs in electromobility&#8230;&lt;/p&gt;\\n","url":"https://www.e-boost-eurocluster.eu/event/e-boost-info-day-first-open-call/","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","startDate":"2023-10-10T10:00:00+02:00","endDate":"2023-10-10T11:30:00+02:00","location":{{"@type":"VirtualLocation","url":"https://www.e-boost-eurocluster.eu/event/e-boost-info-day-first-open-call/"}},"organizer":{{"@type":"Person","name":"E-BOOST Eurocluster","description":"","url":"https://www.e-boost-eurocluster.eu","telephone":"","email":""}},"performer":"Organization"}}]
</script>
</head>
<body class="tribe_events-template-default single single-tribe_events postid-1733 wp-custom-logo tribe-events-page-template tribe-theme-kadence events-single tribe-events-style-full">
<div id="wrapper" class="site wp-site-blocks">
<header id="masthead" class="site-header" role="banner"><div class="site-header-wrap"><div class="site-main-header-wrap site-header-row-container"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides">
<div class="site-header-main-section-left site-header-section"><div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="https://www.e-boost-eurocluster.eu/" rel="home"><img width="200" height="64" src="https://www.e-boost-eurocluster.eu/wp-content/uploads/2022/10/e-boost-logo.png" class="custom-logo" alt="E-BOOST Eurocluster" /></a></div></div>
<div class="site-header-main-section-right site-header-section"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://www.e-boost-eurocluster.eu/about/">About</a></li><li class="menu-item"><a href="https://www.e-boost-eurocluster.eu/partners/">Partners</a></li><li class="menu-item"><a href="https://www.e-boost-eurocluster.eu/open-calls/">Open calls</a></li><li class="menu-item current-menu-item"><a href="https://www.e-boost-eurocluster.eu/events/">Events</a></li><li class="menu-item"><a href="https://www.e-boost-eurocluster.eu/news/">News</a></li></ul></div></nav></div>
</div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
<main id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"><img class="tribe-events-spinner-medium" src="https://www.e-boost-eurocluster.eu/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events" /></span>
<div id="tribe-events-content" class="tribe-events-single">
	<p class="tribe-events-back"><a href="https://www.e-boost-eurocluster.eu/events/"> &laquo; All Events</a></p>
	<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
	<h1 class="tribe-events-single-event-title">E-BOOST Info Day: First Open Call for Electromobility SMEs</h1>
	<div class="tribe-events-schedule tribe-clearfix">
		<h2><span class="tribe-event-date-start">October 10 @ 10:00 am</span> - <span class="tribe-event-time">11:30 am</span> <span class='timezone'> CEST </span></h2>
	</div>
	<div id="tribe-events-header"  data-title="E-BOOST Info Day: First Open Call for Electromobility SMEs &#8211; E-BOOST Eurocluster" data-viewtitle="E-BOOST Info Day: First Open Call for Electromobility SMEs">
		<nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="https://www.e-boost-eurocluster.eu/event/kick-off-meeting-turin/"><span>&laquo;</span> Kick-off meeting in Turin</a></li><li class="tribe-events-nav-next"><a href="https://www.e-boost-eurocluster.eu/event/hackathon-smart-charging/">Hackathon: smart charging solutions <span>&raquo;</span></a></li></ul></nav>
	</div>
	<div id="post-1733" class="post-1733 tribe_events type-tribe_events status-publish hentry tribe_events_cat-webinars cat_webinars">
		<div class="tribe-events-single-event-description tribe-events-content">
<p>The E-BOOST Eurocluster opens its first call for SMEs in electromobility: up to EUR 30 000 per company for prototypes, testing and certification of components for electric vehicles and charging infrastructure. At this info day, the consortium explains eligibility, the evaluation process and the most common mistakes in applications.</p>
<p>Speakers:</p>
<dl class="speakers">
<dt>Marco Bellini</dt><dd>Project Coordinator, Cluster Lombardo della Mobilità</dd>
<dt>Ing. Petra Horvat</dt><dd>Open Call Manager, Automotive Cluster of Slovenia (ACS)</dd>
<dt>Jan Vermeulen</dt><dd>Head of Electromobility, Flanders Make</dd>
</dl>
<p>The call closes on 15 December 2023 at 17:00 CET. Please read the <a href="https://www.e-boost-eurocluster.eu/wp-content/uploads/2023/09/E-BOOST_Open_Call_1_Guidelines.pdf">open call guidelines</a> before the session.</p>
		</div>
		<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown"><div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text">Add to calendar</button></div>
		<div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
		<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.google.com/calendar/event?action=TEMPLATE&#038;dates=20231010T100000/20231010T113000&#038;text=E-BOOST%20Info%20Day%3A%20First%20Open%20Call%20for%20Electromobility%20SMEs&#038;trp=false&#038;ctz=Europe/Brussels" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Google Calendar</a></li>
		<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="webcal://www.e-boost-eurocluster.eu/event/e-boost-info-day-first-open-call/?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">iCalendar</a></li>
		<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.e-boost-eurocluster.eu/event/e-boost-info-day-first-open-call/ical/e-boost-info-day.ics" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Export .ics file</a></li>
		</ul></div></div></div></div>
		<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
			<div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title"> Details </h2><dl>
				<dt class="tribe-events-start-date-label"> Date: </dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2023-10-10"> October 10 </abbr></dd>
				<dt class="tribe-events-start-time-label"> Time: </dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2023-10-10"> 10:00 am - 11:30 am <span class="tribe-events-abbr tribe-events-time-zone published ">CEST</span></div></dd>
				<dt class="tribe-events-event-categories-label">Event Category:</dt><dd class="tribe-events-event-categories"><a href="https://www.e-boost-eurocluster.eu/events/category/webinars/" rel="tag">Webinars</a></dd>
			</dl></div>
			<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl><dt class="tribe-common-a11y-visual-hide">Organizer name:</dt><dd class="tribe-organizer">E-BOOST Eurocluster</dd><dt class="tribe-organizer-url-label">Website:</dt><dd class="tribe-organizer-url"><a href="https://www.e-boost-eurocluster.eu" target="_self">View Organizer Website</a></dd></dl></div>
			<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title"> Venue </h2><dl><dd class="tribe-venue"> Online (Microsoft Teams) </dd></dl></div>
		</div>
	</div>
	<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="https://www.e-boost-eurocluster.eu/event/kick-off-meeting-turin/"><span>&laquo;</span> Kick-off meeting in Turin</a></li><li class="tribe-events-nav-next"><a href="https://www.e-boost-eurocluster.eu/event/hackathon-smart-charging/">Hackathon: smart charging solutions <span>&raquo;</span></a></li></ul></nav></div>
</div>
<div class="tribe-events-after-html"></div>
</main>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container"><div class="site-container"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>Funded by the European Union's Single Market Programme under grant agreement No 101074343. &copy; 2023 E-BOOST Eurocluster.</p></div></div></div></div></div></footer>
</div>
<script src='https://www.e-boost-eurocluster.eu/wp-content/plugins/the-events-calendar/common/src/resources/js/tribe-common.min.js?ver=5.1.9' id='tribe-common-js'></script>
</body>
</html>
"""
add(
    "hy-025",
    url,
    html,
    record(
        id="hy-025",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title="E-BOOST Info Day: First Open Call for Electromobility SMEs",
        page_title="E-BOOST Info Day: First Open Call for Electromobility SMEs",
        series=None,
        start=bx("2023-10-10", "10:00"),
        end=bx("2023-10-10", "11:30"),
        tz_label="CEST",
        speakers=[
            sp("Marco Bellini", "Project Coordinator", "Cluster Lombardo della Mobilità"),
            sp("Petra Horvat", "Open Call Manager", "Automotive Cluster of Slovenia (ACS)"),
            sp("Jan Vermeulen", "Head of Electromobility", "Flanders Make"),
        ],
        euroclusters=["E-BOOST"],
        assets=[
            asset(
                "open call guidelines",
                "https://www.e-boost-eurocluster.eu/wp-content/uploads/2023/09/E-BOOST_Open_Call_1_Guidelines.pdf",
            )
        ],
        notes="The Events Calendar single event: header 'October 10 @ 10:00 am - 11:30 am CEST' has no year (current-year display); the year is in "
        "the JSON-LD (which agrees) and the abbr title; speakers in a <dl> (name in <dt>, role and organisation in <dd>, 'Ing.' to strip); "
        "call deadline '15 December 2023 at 17:00 CET' is not the event; Google Calendar, webcal ?ical=1 and .ics links are not assets; "
        "previous/next event links.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-026 (Modern Events Calendar)
url = "https://www.electronics-cluster.eu/events/eu-clusters-talk-european-chips-act/"
html = """<!DOCTYPE html>
<html lang="en-US" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>EU Clusters Talk: The European Chips Act - Electronics Cluster Network</title>
<link rel='stylesheet' id='mec-frontend-style-css' href='https://www.electronics-cluster.eu/wp-content/plugins/modern-events-calendar-lite/assets/css/frontend.min.css?ver=6.5.1' type='text/css' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.electronics-cluster.eu/wp-content/themes/astra/assets/css/minified/main.min.css?ver=3.9.1' type='text/css' media='all' />
<meta property="og:title" content="EU Clusters Talk: The European Chips Act - Electronics Cluster Network" />
<meta property="og:updated_time" content="2022-08-29T15:12:40+02:00" />
</head>
<body class="mec-events-template-default single single-mec-events postid-2481 ast-desktop ast-separate-container ast-right-sidebar">
<div id="page" class="hfeed site">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="https://www.electronics-cluster.eu/" rel="home" itemprop="url">Electronics Cluster Network</a></span></div></div>
<nav class="site-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="https://www.electronics-cluster.eu/" class="menu-link">Home</a></li><li class="menu-item"><a href="https://www.electronics-cluster.eu/network/" class="menu-link">Network</a></li><li class="menu-item current-menu-item"><a href="https://www.electronics-cluster.eu/events/" class="menu-link">Events</a></li><li class="menu-item"><a href="https://www.electronics-cluster.eu/silicon-eurocluster/" class="menu-link">Silicon Eurocluster</a></li></ul></nav>
</div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<section id="main-content" class="mec-container">
<div class="mec-wrap colorskin-custom clearfix" id="mec_skin_2481">
<article class="row mec-single-event">
	<div class="col-md-8">
		<div class="mec-events-event-image"><img width="940" height="400" src="https://www.electronics-cluster.eu/wp-content/uploads/2022/08/chips-act-talk.jpg" class="attachment-full size-full wp-post-image" alt="EU Clusters Talk Chips Act 14.09.2022" /></div>
		<div class="mec-event-content">
			<h1 class="mec-single-title">EU Clusters Talk: The European Chips Act</h1>
			<div class="mec-single-event-description mec-events-content">
<p>On 14 September, the European Cluster Collaboration Platform invites you to the EU Clusters Talk &#8220;The European Chips Act: What role for clusters?&#8221;, from 8:30 to 10:00.</p>
<p>With the Chips Act, the EU wants to double its share of global semiconductor production by the end of the decade. Electronics clusters connect chip designers, equipment suppliers and the industries that use chips &#8211; the Talk asks what they can contribute to pilot lines, competence centres and skills.</p>
<p>Speakers include:</p>
<ul>
<li>Stefan Wagner, Team Leader &#8211; Chips Act, DG CNECT, European Commission;</li>
<li>Henrik Larsen, CEO at Silicon Alps, President at Silicon Europe Alliance;</li>
<li>Ana Ribeiro, INL &#8211; International Iberian Nanotechnology Laboratory;</li>
<li>Moderator: to be confirmed.</li>
</ul>
<p>The Silicon Eurocluster will also present its first results and the support it offers to SMEs.</p>
<p><a class="button" href="https://clustercollaboration.eu/content/eu-clusters-talks-european-chips-act">Register on the ECCP website</a></p>
			</div>
		</div>
		<div class="mec-event-export-module mec-frontbox"><div class="mec-event-exporting"><div class="mec-export-details"><ul>
			<li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=EU+Clusters+Talk%3A+The+European+Chips+Act&amp;dates=20220914T063000Z/20220914T080000Z&amp;details=" target="_blank">+ Add to Google Calendar</a></li>
			<li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://www.electronics-cluster.eu/?method=ical&amp;id=2481">+ iCal / Outlook export</a></li>
		</ul></div></div></div>
	</div>
	<div class="col-md-4">
		<div class="mec-event-info-desktop mec-event-meta mec-color-before mec-frontbox">
			<div class="mec-single-event-date"><i class="mec-sl-calendar"></i><h3 class="mec-date">Date</h3><dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label" itemprop="startDate">14 Sep 2022</span><span class="mec-end-date-label" itemprop="endDate"> - 14 Sep 2022</span></abbr></dd></dl></div>
			<div class="mec-single-event-time"><i class="mec-sl-clock " style=""></i><h3 class="mec-time">Time</h3><i class="mec-time-comment"></i><dl><dd><abbr class="mec-events-abbr">8:30 am - 10:00 am</abbr></dd></dl></div>
			<div class="mec-event-cost"><i class="mec-sl-wallet"></i><h3 class="mec-cost">Cost</h3><dl><dd class="mec-events-event-cost">Free</dd></dl></div>
			<div class="mec-single-event-label"><i class="mec-fa-bookmark-o"></i><h3 class="mec-cost">Labels</h3><dl><dd style="color:#dd3333">Online</dd></dl></div>
			<div class="mec-single-event-category"><i class="mec-sl-folder"></i><dt>Category</dt><dl><dd class="mec-events-event-categories"><a href="https://www.electronics-cluster.eu/mec-category/eu-clusters-talks/" class="mec-color-hover" rel="tag">EU Clusters Talks</a></dd></dl></div>
		</div>
		<div class="mec-widget"><h4 class="mec-widget-title">Upcoming events</h4><ul class="mec-event-list-minimal"><li><span class="mec-event-date">05 Oct 2022</span> <a href="https://www.electronics-cluster.eu/events/semicon-europa-networking-evening/">SEMICON Europa networking evening</a></li><li><span class="mec-event-date">15 Nov 2022</span> <a href="https://www.electronics-cluster.eu/events/annual-members-meeting-2022/">Annual members meeting 2022</a></li></ul></div>
	</div>
</article>
</div>
</section>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><div class="ast-small-footer-section">Copyright &copy; 2022 Electronics Cluster Network</div></div></div></footer>
</div>
</body>
</html>
"""
add(
    "hy-026",
    url,
    html,
    record(
        id="hy-026",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title="The European Chips Act: What role for clusters?",
        page_title="EU Clusters Talk: The European Chips Act",
        series="EU Clusters Talks",
        start=bx("2022-09-14", "08:30"),
        end=bx("2022-09-14", "10:00"),
        tz_label=None,
        speakers=[
            sp("Stefan Wagner", "Team Leader – Chips Act", "DG CNECT, European Commission"),
            sp("Henrik Larsen", "CEO; President", "Silicon Alps; Silicon Europe Alliance"),
            sp("Ana Ribeiro", None, "INL – International Iberian Nanotechnology Laboratory"),
        ],
        euroclusters=["Silicon Eurocluster"],
        notes="Modern Events Calendar: sidebar meta '14 Sep 2022 - 14 Sep 2022' (same day twice: end must not be a second day) and '8:30 am - "
        "10:00 am' with no zone label; the prose 'On 14 September … from 8:30 to 10:00' has no year; title in &#8220;…&#8221; entities; "
        "two affiliations in one line; 'Silicon Europe Alliance' is not the Silicon Eurocluster, which is named in prose; 'Moderator: to be "
        "confirmed.' is a placeholder; Google Calendar link with UTC dates and '?method=ical' export are not assets; 'Upcoming events' widget.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-027 (Eventbrite-like)
url = "https://www.eventbrite.com/e/creathriv-eu-open-call-webinar-digital-tools-for-creative-smes-tickets-734512098467"
html = """<!DOCTYPE html>
<html lang="en-us" data-eb-theme="eds">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CREATHRIV-EU Open Call Webinar: Digital tools for creative SMEs Tickets, Thu, Nov 9, 2023 at 10:00 AM | Eventbrite</title>
<meta name="description" content="Eventbrite - CREATHRIV-EU Eurocluster presents CREATHRIV-EU Open Call Webinar: Digital tools for creative SMEs - Thursday, November 9, 2023 - Find event and ticket information.">
<meta property="og:type" content="events.event">
<meta property="event:start_time" content="2023-11-09T10:00:00+01:00">
<meta property="event:end_time" content="2023-11-09T11:30:00+01:00">
<link rel="canonical" href="https://www.eventbrite.com/e/creathriv-eu-open-call-webinar-digital-tools-for-creative-smes-tickets-734512098467">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"EducationEvent","name":"CREATHRIV-EU Open Call Webinar: Digital tools for creative SMEs","url":"https://www.eventbrite.com/e/creathriv-eu-open-call-webinar-digital-tools-for-creative-smes-tickets-734512098467","startDate":"2023-11-09T09:00:00Z","endDate":"2023-11-09T10:30:00Z","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","location":{"@type":"VirtualLocation","url":"https://www.eventbrite.com/e/creathriv-eu-open-call-webinar-digital-tools-for-creative-smes-tickets-734512098467"},"organizer":{"@type":"Organization","name":"CREATHRIV-EU Eurocluster","url":"https://www.eventbrite.com/o/creathriv-eu-eurocluster-58216402213"},"offers":[{"@type":"Offer","price":"0.00","priceCurrency":"EUR","availability":"InStock","validFrom":"2023-10-16T15:00:00Z"}]}</script>
<style>
__NEXT_CSS__
</style>
</head>
<body class="eds-theme--eds">
<div id="root"><div class="eds-structure eds-structure--min-height" data-spec="eds-structure">
<header class="consumer-header"><div class="consumer-header__content"><a href="https://www.eventbrite.com/" class="consumer-header__logo" aria-label="Eventbrite home"><svg width="110" height="20" aria-hidden="true"></svg></a><div class="search-bar"><input placeholder="Search events" aria-label="Search events"></div><nav><a href="https://www.eventbrite.com/d/online/all-events/">Find Events</a><a href="https://www.eventbrite.com/organizer/overview/">Create Events</a><a href="https://www.eventbrite.com/signin/">Log In</a><a href="https://www.eventbrite.com/signin/signup/">Sign Up</a></nav></div></header>
<main class="event-details" data-testid="event-details">
<div class="event-hero"><img src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F612398271%2F58216402213%2F1%2Foriginal.png?w=940&amp;auto=format%2Ccompress&amp;q=75&amp;sharp=10" alt="CREATHRIV-EU Open Call Webinar: Digital tools for creative SMEs primary image"></div>
<div class="event-details__main">
<div class="event-details__main-inner">
<div class="start-date-and-location"><time class="start-date" datetime="2023-11-09"><span class="start-date__month">Nov</span><span class="start-date__day">9</span></time></div>
<h1 class="event-title css-0">CREATHRIV-EU Open Call Webinar: Digital tools for creative SMEs</h1>
<div class="event-organizer"><div class="organizer-listing-info-variant-b"><span>By <strong class="organizer-listing-info-variant-b__name-link">CREATHRIV-EU Eurocluster</strong></span><span class="organizer-stats">1.2k followers</span><button class="follow-button">Follow</button></div></div>
<section class="date-and-location"><h2 class="section-title">Date and time</h2><div class="date-info" data-testid="dateAndTime"><span class="date-info__full-datetime">Thursday, November 9 · 10 - 11:30am CET</span></div></section>
<section class="location-info"><h2 class="section-title">Location</h2><p class="location-info__address-text">Online</p></section>
<section class="refund-policy"><h2 class="section-title">Refund Policy</h2><p>No Refunds</p></section>
<section class="event-description"><h2 class="section-title">About this event</h2>
<div class="event-details__badges"><span class="badge"><i class="icon-clock"></i>1 hour 30 minutes</span><span class="badge"><i class="icon-screen"></i>Online event</span></div>
<div class="has-user-generated-content event-description__content">
<p>Are you a creative or cultural SME that wants to go digital? The CREATHRIV-EU Eurocluster (Euroclusters for Thriving Creative and Cultural Industries) opens its second call for small businesses in design, media, music and crafts.</p>
<p>In this webinar we present the call, the digital tools that can be financed and two companies that received support in the first round.</p>
<p><strong>Agenda</strong></p>
<p>10:00 Welcome<br>10:10 The open call in a nutshell<br>10:40 Success stories from the first call<br>11:10 Q&amp;A</p>
<p><strong>Speakers</strong></p>
<p>- Giovanni Lauria, Project Coordinator, Basilicata Creativa<br>- Elif Yılmaz, Digital Transformation Officer, Clúster Audiovisual Galego<br>- Maarten de Jong, Programme Manager, Creative Industries Fund NL</p>
<p>The link to the webinar will be sent to registered participants by e-mail.</p>
</div></section>
<section class="tags"><h2 class="section-title">Tags</h2><ul class="tags-list"><li><a href="https://www.eventbrite.com/d/online/online-events/">Online Events</a></li><li><a href="https://www.eventbrite.com/d/online/things-to-do/">Things To Do Online</a></li><li><a href="https://www.eventbrite.com/d/online/%23creative/">#creative</a></li><li><a href="https://www.eventbrite.com/d/online/%23sme/">#sme</a></li></ul></section>
<section class="organizer-info"><h2 class="section-title">Organized by</h2><p class="organizer-name">CREATHRIV-EU Eurocluster</p><p class="organizer-description">Euroclusters for Thriving Creative and Cultural Industries, co-funded by the EU Single Market Programme.</p><button class="contact-button">Contact</button></section>
</div>
<aside class="conversion-bar"><div class="conversion-bar__panel"><div class="conversion-bar__panel-info"><span class="ticket-price">Free</span><span class="sales-end">Sales end on Nov 8</span></div><button class="eds-btn eds-btn--fill eds-btn--block" data-testid="checkout-button">Reserve a spot</button></div></aside>
</div>
<section class="more-events"><h2 class="section-title">More events from this organizer</h2><ul class="more-events__list">
<li class="event-card"><a href="https://www.eventbrite.com/e/creathriv-eu-info-session-december-tickets-734519900123"><p class="event-card__title">CREATHRIV-EU info session: how to report your voucher</p><p class="event-card__date">Thu, Dec 14, 10:00 AM CET</p></a></li>
<li class="event-card"><a href="https://www.eventbrite.com/e/creathriv-eu-matchmaking-milan-tickets-734520188871"><p class="event-card__title">Creative industries meet-up in Milan</p><p class="event-card__date">Tue, Jan 23, 2024, 5:30 PM CET</p></a></li>
</ul></section>
</main>
<footer class="eds-global-footer"><p>&copy; 2023 Eventbrite</p><ul><li><a href="https://www.eventbrite.com/help/">Help Center</a></li><li><a href="https://www.eventbrite.com/l/legalterms/">Terms</a></li><li><a href="https://www.eventbrite.com/support/articles/en_US/Troubleshooting/eventbrite-privacy-policy">Privacy</a></li></ul></footer>
</div></div>
<script>window.__SERVER_DATA__ = {"event":{"id":"734512098467","start":{"timezone":"Europe/Brussels","local":"2023-11-09T10:00:00","utc":"2023-11-09T09:00:00Z"},"end":{"timezone":"Europe/Brussels","local":"2023-11-09T11:30:00","utc":"2023-11-09T10:30:00Z"}}};</script>
</body>
</html>
""".replace(
    "__NEXT_CSS__",
    css_filler(4027, 80, ("eds-btn", "event-details", "conversion-bar", "consumer-header", "event-card")),
)
add(
    "hy-027",
    url,
    html,
    record(
        id="hy-027",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title="CREATHRIV-EU Open Call Webinar: Digital tools for creative SMEs",
        page_title="CREATHRIV-EU Open Call Webinar: Digital tools for creative SMEs",
        series=None,
        start=bx("2023-11-09", "10:00"),
        end=bx("2023-11-09", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Giovanni Lauria", "Project Coordinator", "Basilicata Creativa"),
            sp("Elif Yılmaz", "Digital Transformation Officer", "Clúster Audiovisual Galego"),
            sp("Maarten de Jong", "Programme Manager", "Creative Industries Fund NL"),
        ],
        euroclusters=["CREATHRIV-EU"],
        notes="Eventbrite-like page: month-first 12-hour 'Thursday, November 9 · 10 - 11:30am CET' (one 'am' for both times, no year); JSON-LD "
        "startDate/endDate in UTC with 'Z' (09:00Z = 10:00 Brussels winter time); year also in <title> and meta; an agenda with times "
        "precedes the '- ' speaker lines; 'Sales end on Nov 8', offer validFrom and 'More events from this organizer' dates are not the "
        "event; Eurocluster by acronym and full name.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-028 (German TEC, JSON-LD disagrees)
url = "https://www.gesundheitscluster-nordost.de/veranstaltung/eu-clusters-talk-digitale-gesundheit/"
html = """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EU Clusters Talk: Digitale Gesundheit und der Europäische Gesundheitsdatenraum &#8211; Gesundheitscluster Nordost</title>
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css' href='https://www.gesundheitscluster-nordost.de/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.3.0' media='all' />
<script type="application/ld+json">
[{"@context":"http://schema.org","@type":"Event","name":"EU Clusters Talk: Digitale Gesundheit und der Europ\\u00e4ische Gesundheitsdatenraum","description":"","url":"https://www.gesundheitscluster-nordost.de/veranstaltung/eu-clusters-talk-digitale-gesundheit/","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","startDate":"2024-03-06T09:30:00+01:00","endDate":"2024-03-06T10:45:00+01:00","organizer":{"@type":"Person","name":"Europ\\u00e4ische Cluster-Kollaborationsplattform (ECCP)"},"performer":"Organization"}]
</script>
</head>
<body class="tribe_events-template-default single single-tribe_events postid-3120 tribe-events-page-template events-single tribe-events-style-full">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="header-inner"><a class="logo" href="https://www.gesundheitscluster-nordost.de/"><img src="https://www.gesundheitscluster-nordost.de/wp-content/uploads/2021/06/gcn-logo.svg" alt="Gesundheitscluster Nordost" width="240" height="56"></a>
<nav class="main-menu"><ul><li><a href="https://www.gesundheitscluster-nordost.de/cluster/">Cluster</a></li><li><a href="https://www.gesundheitscluster-nordost.de/netzwerk/">Netzwerk</a></li><li class="current-menu-item"><a href="https://www.gesundheitscluster-nordost.de/veranstaltungen/">Veranstaltungen</a></li><li><a href="https://www.gesundheitscluster-nordost.de/presse/">Presse</a></li></ul></nav></div></header>
<main id="tribe-events-pg-template" class="tribe-events-pg-template">
<div id="tribe-events-content" class="tribe-events-single">
	<p class="tribe-events-back"><a href="https://www.gesundheitscluster-nordost.de/veranstaltungen/"> &laquo; Alle Veranstaltungen</a></p>
	<h1 class="tribe-events-single-event-title">EU Clusters Talk: Digitale Gesundheit und der Europäische Gesundheitsdatenraum</h1>
	<div class="tribe-events-schedule tribe-clearfix">
		<h2><span class="tribe-event-date-start">6. März @ 8:30</span> - <span class="tribe-event-time">9:45</span> <span class='timezone'> CET </span></h2>
	</div>
	<div id="post-3120" class="post-3120 tribe_events type-tribe_events status-publish hentry tribe_events_cat-online">
		<div class="tribe-events-single-event-description tribe-events-content">
<p>Die Europäische Cluster-Kollaborationsplattform lädt am Mittwoch, 6. März 2024, von 8:30 bis 9:45 Uhr (CET) zum EU Clusters Talk „Digital health: Clusters and the European Health Data Space“ ein.</p>
<p>Mit dem Europäischen Gesundheitsdatenraum sollen Gesundheitsdaten sicher zwischen Ländern geteilt und für Forschung und Innovation genutzt werden können. Was bedeutet das für Medizintechnik-Unternehmen, Start-ups und Kliniken – und welche Rolle spielen Cluster dabei?</p>
<p>Referentinnen und Referenten:</p>
<ul>
<li>Dr. Anna Becker, Leiterin Gesundheitswirtschaft, BioRegio STERN Management GmbH</li>
<li>Lukas Meier, Gesundheitscluster Nordost</li>
<li>Helena Costa, DESIRE Eurocluster</li>
<li>Moderation: Jonas Albrecht, ECCP</li>
</ul>
<p>Die Veranstaltung findet auf Englisch statt. Die Anmeldung erfolgt über die Website der ECCP.</p>
		</div>
		<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
			<div class="tribe-events-meta-group tribe-events-meta-group-details"><h2 class="tribe-events-single-section-title"> Details </h2><dl>
				<dt class="tribe-events-start-date-label"> Datum: </dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2024-03-06"> 6. März </abbr></dd>
				<dt class="tribe-events-start-time-label"> Zeit: </dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2024-03-06"> 8:30 - 9:45 <span class="tribe-events-abbr tribe-events-time-zone published ">CET</span></div></dd>
				<dt class="tribe-events-event-categories-label">Veranstaltungskategorie:</dt><dd class="tribe-events-event-categories"><a href="https://www.gesundheitscluster-nordost.de/veranstaltungen/kategorie/online/" rel="tag">Online</a></dd>
				<dt class="tribe-events-event-url-label"> Website: </dt><dd class="tribe-events-event-url"> <a href="https://clustercollaboration.eu/content/eu-clusters-talks-digital-health" target="_self" rel="external">https://clustercollaboration.eu/content/eu-clusters-talks-digital-health</a> </dd>
			</dl></div>
		</div>
	</div>
	<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Veranstaltung-Navigation"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="https://www.gesundheitscluster-nordost.de/veranstaltung/neujahrsempfang-2024/"><span>&laquo;</span> Neujahrsempfang 2024</a></li><li class="tribe-events-nav-next"><a href="https://www.gesundheitscluster-nordost.de/veranstaltung/dmea-2024-gemeinschaftsstand/">DMEA 2024: Gemeinschaftsstand <span>&raquo;</span></a></li></ul></nav></div>
</div>
</main>
<footer class="site-footer"><div class="footer-inner"><p>© 2024 Gesundheitscluster Nordost · <a href="https://www.gesundheitscluster-nordost.de/impressum/">Impressum</a> · <a href="https://www.gesundheitscluster-nordost.de/datenschutz/">Datenschutz</a></p></div></footer>
</div>
</body>
</html>
"""
add(
    "hy-028",
    url,
    html,
    record(
        id="hy-028",
        url=url,
        template="T4",
        lang="de",
        is_event=True,
        title="Digital health: Clusters and the European Health Data Space",
        page_title="EU Clusters Talk: Digitale Gesundheit und der Europäische Gesundheitsdatenraum",
        series="EU Clusters Talks",
        start=bx("2024-03-06", "08:30"),
        end=bx("2024-03-06", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Anna Becker", "Leiterin Gesundheitswirtschaft", "BioRegio STERN Management GmbH"),
            sp("Lukas Meier", None, "Gesundheitscluster Nordost"),
            sp("Helena Costa", None, None, "DESIRE"),
            sp("Jonas Albrecht", None, "ECCP"),
        ],
        euroclusters=["DESIRE"],
        notes="German The Events Calendar page whose JSON-LD disagrees with the page (09:30-10:45, a misconfigured plugin time zone) while the "
        "header '6. März @ 8:30 - 9:45 CET', the meta box and the prose 'am Mittwoch, 6. März 2024, von 8:30 bis 9:45 Uhr (CET)' agree: "
        "the prose is right; header without year; 'Referentinnen und Referenten:' list with a 'Name, X Eurocluster' line (no organisation) "
        "and a 'Moderation:' line; quoted English title in „…“.",
    ),
)
