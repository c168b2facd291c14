"""T3 (WordPress posts and pages) and T4 (event plugins / event platforms). Each page is written out in full."""

from __future__ import annotations

import json

from records import Page, asset, sp


def wp_head(
    title: str,
    extra: str = "",
    charset: str = "UTF-8",
    generator: str = "WordPress 6.3.1",
    styles: str = "twentytwentyone",
) -> str:
    return f"""<meta charset="{charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{title}</title>
{extra}<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Feed" href="/feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.3.1"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);
</script>
<style id='wp-emoji-styles-inline-css'>img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; }}</style>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.3.1' media='all' />
<link rel='stylesheet' id='{styles}-style-css' href='/wp-content/themes/{styles}/style.css?ver=1.9' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="{generator}" />
"""


# ------------------------------------------------------------------------------------------------ hz-021


def hz021() -> Page:
    base = "https://www.euroboostex.eu"
    url = base + "/eu-clusters-talk-textiles-in-the-single-market/"
    h1 = "EuroBoosTEX at the EU Clusters Talk on textiles and the Single Market"
    pdf = base + "/wp-content/uploads/2023/09/EU-Clusters-Talk-11-October-2023-Agenda.pdf"
    yoast = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": url + "#article",
                "headline": h1,
                "datePublished": "2023-09-12T08:14:05+00:00",
                "dateModified": "2023-10-16T07:02:11+00:00",
                "author": {"name": "Marta Gil"},
                "inLanguage": "en-GB",
            },
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": h1 + " – EuroBoosTEX",
                "datePublished": "2023-09-12T08:14:05+00:00",
            },
        ],
    }
    head = wp_head(
        h1 + " &#8211; EuroBoosTEX",
        styles="astra",
        extra='<script type="application/ld+json" class="yoast-schema-graph">' + json.dumps(yoast) + "</script>\n",
    )
    page = f"""<!doctype html>
<html lang="en-GB">
<head>
{head}</head>
<body class="post-template-default single single-post postid-1874 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
  <div class="ast-container">
    <div class="site-branding"><a href="{base}/" class="custom-logo-link" rel="home"><img width="220" height="60" src="{base}/wp-content/uploads/2022/10/euroboostex-logo.png" class="custom-logo" alt="EuroBoosTEX" /></a></div>
    <nav class="main-header-bar-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">
      <li class="menu-item"><a href="{base}/" class="menu-link">Home</a></li>
      <li class="menu-item"><a href="{base}/about/" class="menu-link">About the project</a></li>
      <li class="menu-item"><a href="{base}/open-calls/" class="menu-link">Open calls</a></li>
      <li class="menu-item current-menu-parent"><a href="{base}/category/news/" class="menu-link">News &amp; events</a></li>
      <li class="menu-item"><a href="{base}/partners/" class="menu-link">Partners</a></li>
      <li class="menu-item"><a href="{base}/contact/" class="menu-link">Contact</a></li>
    </ul></nav>
  </div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article id="post-1874" class="post-1874 post type-post status-publish format-standard has-post-thumbnail hentry category-events category-news tag-eccp tag-textiles ast-article-single" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header">
  <div class="post-thumb-img-content post-thumb"><img width="1200" height="628" src="{base}/wp-content/uploads/2023/09/EU-Clusters-Talk-11-Oct-2023-banner.jpg" class="attachment-large wp-post-image" alt="EU Clusters Talk 11 Oct 2023 banner" /></div>
  <h1 class="entry-title" itemprop="headline">{h1}</h1>
  <div class="entry-meta"><span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="2023-09-12T10:14:05+02:00">September 12, 2023</time><time class="updated" datetime="2023-10-16T09:02:11+02:00">October 16, 2023</time></a></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="{base}/author/marta-gil/">Marta Gil</a></span></span> <span class="post-views-count"><span class="dashicons dashicons-chart-bar"></span> 1,284 Views</span></div>
</header>
<div class="entry-content clear" itemprop="text">
<p>EuroBoosTEX will take part in the EU Clusters Talk “Textiles in the Single Market: Resilience after the crises”, organised by the European Cluster Collaboration Platform on behalf of the European Commission, DG GROW, on 11 October 2023, 8:30 – 9:45 CET.</p>
<p>The textile ecosystem has been hit by the pandemic, by energy prices and by broken supply chains. The Talk looks at how the Single Market tools – from standardisation to the new Single Market Emergency Instrument – can help textile SMEs, and how clusters and Euroclusters such as EuroBoosTEX support them on the ground.</p>
<h3 class="wp-block-heading">Speakers</h3>
<h4 class="wp-block-heading">Beatriz Gómez Serrano</h4>
<p>Project Coordinator, ATEVAL</p>
<h4 class="wp-block-heading">Ing. Tomasz Wiśniewski</h4>
<p>Managing Director, Polish Textile Cluster</p>
<h4 class="wp-block-heading">Giulia Ferraresi</h4>
<p>Policy Officer, DG GROW, European Commission</p>
<h4 class="wp-block-heading">Dr. Kaisa Virtanen</h4>
<p>Senior Researcher, VTT Technical Research Centre of Finland</p>
<h3 class="wp-block-heading">Agenda</h3>
<ul>
<li>8:30 – Welcome and introduction</li>
<li>8:40 – Policy update: textiles in the Single Market</li>
<li>9:00 – Panel discussion with cluster representatives</li>
<li>9:35 – Questions and answers, closing</li>
</ul>
<div class="wp-block-file"><a id="wp-block-file--media-6e1b0c1d-2f5a-4c61-9a41-0d1f6c0b3e7a" href="{pdf}">EU Clusters Talk 11 October 2023 – Agenda</a><a href="{pdf}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-6e1b0c1d-2f5a-4c61-9a41-0d1f6c0b3e7a">Download</a></div>
<p>Participation is free. Register on the <a href="https://clustercollaboration.eu/content/eu-clusters-talks-textiles-single-market-resilience-after-crises">ECCP website</a>.</p>
<figure class="wp-block-image size-large"><a href="{base}/wp-content/uploads/2023/09/talk-visual.jpg"><img decoding="async" width="1024" height="536" src="{base}/wp-content/uploads/2023/09/talk-visual-1024x536.jpg" alt="" /></a></figure>
</div>
<footer class="entry-footer"><span class="cat-links">Categories: <a href="{base}/category/events/" rel="category tag">Events</a>, <a href="{base}/category/news/" rel="category tag">News</a></span> <span class="tags-links">Tags: <a href="{base}/tag/eccp/" rel="tag">ECCP</a>, <a href="{base}/tag/textiles/" rel="tag">Textiles</a></span></footer>
</div>
</article>
<div class="ast-single-author-box"><div class="ast-author-meta"><div class="about-author-title-wrapper"><h3 class="about-author">About Marta Gil</h3></div><div class="ast-author-details"><p class="author-desc">Marta Gil is communication officer at ATEVAL and writes about the EuroBoosTEX project, open calls and events for textile SMEs.</p></div></div></div>
<div class="ast-single-related-posts-container"><h2 class="ast-related-posts-title">Related Posts</h2>
<article class="ast-related-post"><h3 class="ast-related-post-title"><a href="{base}/euroboostex-second-open-call/">EuroBoosTEX second open call is now open</a></h3><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2023-09-04T09:00:00+02:00">September 4, 2023</time></span></div></article>
<article class="ast-related-post"><h3 class="ast-related-post-title"><a href="{base}/recap-euroboostex-at-techtextil-2023/">Recap: EuroBoosTEX at Techtextil 2023 (June 20–23)</a></h3><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2023-06-28T12:30:00+02:00">June 28, 2023</time></span></div></article>
</div>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on &ldquo;{h1}&rdquo;</h3>
<ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-311"><article id="comment-311" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Tomasz Nowak</b> </cite></div><div class="ast-comment-time"><span class="timendate"><a href="{url}#comment-311"><time datetime="2023-10-03T09:12:40+02:00">October 3, 2023 at 9:12 am</time></a></span></div></header></div></div></div><section class="ast-comment-content comment"><p>Will the recording be available afterwards? Our members cannot join at 8:30.</p></section></article></li>
<li class="comment byuser bypostauthor odd alt thread-odd depth-1" id="li-comment-312"><article id="comment-312" class="ast-comment"><div class="ast-comment-info"><div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Marta Gil</b> </cite></div><div class="ast-comment-time"><span class="timendate"><a href="{url}#comment-312"><time datetime="2023-10-03T11:40:02+02:00">October 3, 2023 at 11:40 am</time></a></span></div></header></div></div></div><section class="ast-comment-content comment"><p>Yes, the ECCP publishes the recording and the slides a few days after each Talk.</p></section></article></li>
</ol></div>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="media_list-2" class="widget widget_text"><h2 class="widget-title">Downloads</h2><div class="textwidget"><ul>
<li><a href="{base}/wp-content/uploads/2023/02/EuroBoosTEX-brochure.pdf">EuroBoosTEX brochure (PDF)</a></li>
<li><a href="{base}/wp-content/uploads/2023/02/Partnership-form.docx">Partnership form (DOCX)</a></li>
</ul></div></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="{base}/euroboostex-second-open-call/">EuroBoosTEX second open call is now open</a> <span class="post-date">September 4, 2023</span></li>
<li><a href="{base}/recap-euroboostex-at-techtextil-2023/">Recap: EuroBoosTEX at Techtextil 2023</a> <span class="post-date">June 28, 2023</span></li>
</ul></aside>
<aside id="tribe-widget-events-list-2" class="widget tribe-widget-events-list"><h2 class="widget-title">Upcoming Events</h2><ul>
<li><time datetime="2023-11-08">November 8, 2023 @ 10:00 am - 11:00 am</time> <a href="{base}/event/open-call-webinar/">Open call webinar for textile SMEs</a></li>
</ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><p>Copyright &copy; 2023 EuroBoosTEX | Funded by the European Union under the Single Market Programme (GA 101074420)</p></div></div></footer>
</div>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.1.5" id="astra-theme-js-js"></script>
</body>
</html>
"""
    return Page(
        id="hz-021",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="Textiles in the Single Market: Resilience after the crises",
        page_title=h1,
        series="EU Clusters Talks",
        start="2023-10-11T08:30:00+02:00",
        end="2023-10-11T09:45:00+02:00",
        tz_label="CET",
        speakers=[
            sp("Beatriz Gómez Serrano", "Project Coordinator", "ATEVAL"),
            sp("Tomasz Wiśniewski", "Managing Director", "Polish Textile Cluster"),
            sp("Giulia Ferraresi", "Policy Officer", "DG GROW, European Commission"),
            sp("Kaisa Virtanen", "Senior Researcher", "VTT Technical Research Centre of Finland"),
        ],
        euroclusters=["EuroBoosTEX"],
        assets=[asset("EU Clusters Talk 11 October 2023 – Agenda", pdf)],
        notes="WordPress classic (Astra) republication by a Eurocluster: 'Posted on September 12, 2023' entry-date (a month "
        "before), 'updated' date, '1,284 Views', related posts, author box and two comments with names; speakers as "
        "<h4> name + <p> 'Role, Org' blocks with 'Ing.' and 'Dr.'; agenda list with clock times is not speakers; "
        "wp-block-file with the name link AND a 'Download' button to the same PDF = one asset; sidebar 'Downloads' "
        "widget (brochure PDF, DOCX) is not this page's attachments; image link not an asset; CET in October (+02:00).",
        html=page,
        covers="WP classic, entry-date, Views, comments, <h4>+<p> speakers, wp-block-file button",
    )


# ------------------------------------------------------------------------------------------------ hz-022


def hz022() -> Page:
    base = "https://www.socialeconomy-clusters.org"
    url = base + "/event/eu-clusters-talk-proximity-and-social-economy-transition-pathway/"
    h1 = "EU Clusters Talk: Proximity and social economy – co-creating the transition pathway"
    ld = {
        "@context": "http://schema.org",
        "@type": "Event",
        "name": h1,
        "description": "&lt;p&gt;Join us on 22 June for the EU Clusters Talk on the transition pathway&lt;/p&gt;",
        "url": url,
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "startDate": "2022-06-22T10:00:00+02:00",
        "endDate": "2022-06-22T11:30:00+02:00",
        "location": {"@type": "VirtualLocation", "url": "https://clustercollaboration.eu/eu-clusters-talks"},
        "organizer": {
            "@type": "Person",
            "name": "European Cluster Collaboration Platform",
            "url": "https://clustercollaboration.eu",
        },
    }
    head = wp_head(
        h1 + " &#8211; Social Economy Clusters Network",
        generator="WordPress 6.0; The Events Calendar 6.0.1",
        styles="twentytwentytwo",
        extra='<script type="application/ld+json">[' + json.dumps(ld) + "]</script>\n",
    )
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{head}<style id='global-styles-inline-css'>body{{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--font-size--small: 1rem;}}</style>
</head>
<body class="tribe_events-template-default single single-tribe_events postid-512 wp-embed-responsive tribe-events-page-template tribe-no-js tribe-filter-live events-single tribe-events-style-full tribe-events-style-theme">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex" style="padding-top:var(--wp--custom--spacing--small, 1.25rem);padding-bottom:var(--wp--custom--spacing--large, 8rem)">
<div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="{base}" rel="home">Social Economy Clusters Network</a></p></div>
<nav class="is-responsive wp-block-navigation is-layout-flex" aria-label="Header navigation"><ul class="wp-block-navigation__container">
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{base}/about/"><span class="wp-block-navigation-item__label">About</span></a></li>
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{base}/events/"><span class="wp-block-navigation-item__label">Events</span></a></li>
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{base}/members/"><span class="wp-block-navigation-item__label">Members</span></a></li>
</ul></nav></div></header>
<main class="wp-block-group is-layout-constrained">
<section id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"><img class="tribe-events-spinner-medium" src="{base}/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events" /></span>
<div id="tribe-events-content" class="tribe-events-single">
	<p class="tribe-events-back"><a href="{base}/events/"> &laquo; All Events</a></p>
	<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
	<h1 class="tribe-events-single-event-title">{h1}</h1>
	<div class="tribe-events-schedule tribe-clearfix">
		<div><span class="tribe-event-date-start">June 22, 2022 @ 10:00 am</span> - <span class="tribe-event-time">11:30 am</span> <span class="timezone"> CEST </span></div>
	</div>
	<div id="tribe-events-header" data-title="{h1} &#8211; Social Economy Clusters Network" data-viewtitle="{h1}">
		<nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
			<li class="tribe-events-nav-previous"><a href="{base}/event/clusters-meet-regions-vilnius/"><span>&laquo;</span> Clusters meet Regions &#8211; Vilnius</a></li>
			<li class="tribe-events-nav-next"><a href="{base}/event/eu-clusters-talk-tourism-transition-pathway/">EU Clusters Talk: Transition pathway for tourism <span>&raquo;</span></a></li>
		</ul></nav>
	</div>
	<div id="post-512" class="post-512 tribe_events type-tribe_events status-publish hentry tribe_events_cat-eu-clusters-talks cat_eu-clusters-talks">
		<div class="tribe-events-single-event-description tribe-events-content">
			<p>Join us on 22 June for the EU Clusters Talk on the transition pathway for the proximity and social economy ecosystem, from 10:00 to 11:30.</p>
			<p>The European Commission is co-creating a transition pathway with stakeholders of the ecosystem: social economy enterprises, cooperatives, local retailers and the clusters that bring them together. The Talk collects ideas on how clusters can help social economy actors with the green and digital transitions and with access to the Single Market.</p>
			<p>Speakers include:</p>
			<ul>
				<li>Mathilde Renaud, Social Economy Europe</li>
				<li>Karl Brenner, SEND e.V.</li>
				<li>Paula Sánchez Ortega, Mondragon Corporation</li>
				<li>Luca Bianchi, DG GROW, European Commission</li>
			</ul>
			<p>The Talk is organised by the European Cluster Collaboration Platform. <a href="https://clustercollaboration.eu/eu-clusters-talks-registration">Register via the ECCP</a>.</p>
		</div>
		<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown"><div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text">Add to calendar</button></div>
			<div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
				<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.google.com/calendar/event?action=TEMPLATE&amp;dates=20220622T100000/20220622T113000&amp;text=EU%20Clusters%20Talk&amp;ctz=Europe/Brussels" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Google Calendar</a></li>
				<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="webcal://www.socialeconomy-clusters.org/event/eu-clusters-talk-proximity-and-social-economy-transition-pathway/?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">iCalendar</a></li>
				<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="{url}?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Export .ics file</a></li>
			</ul></div></div></div></div>
		<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
			<div class="tribe-events-meta-group tribe-events-meta-group-details">
				<h2 class="tribe-events-single-section-title"> Details </h2>
				<dl>
					<dt class="tribe-events-start-date-label"> Date: </dt>
					<dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2022-06-22"> June 22, 2022 </abbr></dd>
					<dt class="tribe-events-start-time-label"> Time: </dt>
					<dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2022-06-22"> 10:00 am - 11:30 am <span class="tribe-events-abbr tribe-events-time-zone published ">CEST</span></div></dd>
					<dt class="tribe-events-event-categories-label">Event Category:</dt>
					<dd class="tribe-events-event-categories"><a href="{base}/events/category/eu-clusters-talks/" rel="tag">EU Clusters Talks</a></dd>
				</dl>
			</div>
			<div class="tribe-events-meta-group tribe-events-meta-group-organizer">
				<h2 class="tribe-events-single-section-title">Organizer</h2>
				<dl><dt class="tribe-common-a11y-visual-hide">Organizer name:</dt><dd class="tribe-organizer">European Cluster Collaboration Platform</dd></dl>
			</div>
			<div class="tribe-events-meta-group tribe-events-meta-group-venue">
				<h2 class="tribe-events-single-section-title"> Venue </h2>
				<dl><dd class="tribe-venue"> Online </dd></dl>
			</div>
		</div>
	</div>
	<h2 class="tribe-events-related-events-title">Related Events</h2>
	<ul class="tribe-related-events tribe-clearfix">
		<li><div class="tribe-related-event-info"><h3 class="tribe-related-events-title"><a href="{base}/event/eu-clusters-talk-tourism-transition-pathway/" class="tribe-event-url">EU Clusters Talk: Transition pathway for tourism</a></h3><span class="tribe-event-date-start">July 6, 2022 @ 8:30 am</span> - <span class="tribe-event-time">10:00 am</span> <span class="timezone"> CEST </span></div></li>
		<li><div class="tribe-related-event-info"><h3 class="tribe-related-events-title"><a href="{base}/event/social-economy-summit-2023/" class="tribe-event-url">Social Economy Summit</a></h3><span class="tribe-event-date-start">May 25, 2023</span></div></li>
	</ul>
</div>
</section>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group alignwide"><p class="has-text-align-right">Proudly powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a> · © 2022 Social Economy Clusters Network</p></div></footer>
</div>
<script> /* <![CDATA[ */var tribe_l10n_datatables = {{"aria":{{"sort_ascending":": activate to sort column ascending"}}}};/* ]]> */ </script>
</body>
</html>
"""
    return Page(
        id="hz-022",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start="2022-06-22T10:00:00+02:00",
        end="2022-06-22T11:30:00+02:00",
        tz_label="CEST",
        speakers=[
            sp("Mathilde Renaud", None, "Social Economy Europe"),
            sp("Karl Brenner", None, "SEND e.V."),
            sp("Paula Sánchez Ortega", None, "Mondragon Corporation"),
            sp("Luca Bianchi", None, "DG GROW, European Commission"),
        ],
        euroclusters=[],
        assets=[],
        notes="WordPress block theme + The Events Calendar: header 'June 22, 2022 @ 10:00 am - 11:30 am CEST', details "
        "<dl> and JSON-LD agree; body 'on 22 June … from 10:00 to 11:30' without year; no quoted title: title = the "
        "heading; speaker lines 'Name, Organisation' (no role); Google Calendar, webcal and '?ical=1' links are not "
        "assets; 'Related Events' and prev/next navigation carry other events' dates.",
        html=page,
        covers="The Events Calendar header + JSON-LD, 12-hour clock, 'Name, Org' lines",
    )


# ------------------------------------------------------------------------------------------------ hz-023


def hz023() -> Page:
    base = "https://www.ingenious-eurocluster.eu"
    url = base + "/events/ingenious-open-call-info-day/"
    h1 = "INGENIOUS Open Call Info Day"
    up = base + "/wp-content/uploads/2023/04/"
    ld = {
        "@context": "http://schema.org",
        "@type": "Event",
        "eventStatus": "https://schema.org/EventScheduled",
        "startDate": "2023-04-26",
        "endDate": "2023-04-26",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "location": {"@type": "VirtualLocation", "name": "Online", "url": "https://zoom.us/"},
        "organizer": {"@type": "Person", "name": "INGENIOUS Eurocluster", "url": base},
        "offers": {
            "url": url,
            "price": "0",
            "priceCurrency": "EUR",
            "availability": "https://schema.org/InStock",
            "validFrom": "2023-04-03T00:00",
        },
        "performer": "",
        "description": "Info day on the second INGENIOUS open call.",
        "image": up + "info-day-banner.png",
        "name": h1,
        "url": url,
    }
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{wp_head(h1 + " - INGENIOUS Eurocluster", generator="WordPress 6.2", styles="hello-elementor")}<script type="application/ld+json">{json.dumps(ld)}</script>
<link rel='stylesheet' id='mec-frontend-style-css' href='{base}/wp-content/plugins/modern-events-calendar-lite/assets/css/frontend.min.css?ver=6.5.5' media='all' />
</head>
<body class="mec-events-template-default single single-mec-events postid-2214 mec-theme-hello-elementor elementor-default">
<div class="elementor elementor-location-header"><header class="site-header"><div class="site-logo"><a href="{base}/"><img src="{up}ingenious-logo.svg" alt="INGENIOUS"></a></div>
<nav class="site-navigation"><ul class="menu"><li><a href="{base}/">Home</a></li><li><a href="{base}/project/">Project</a></li><li><a href="{base}/open-calls/">Open calls</a></li><li><a href="{base}/events/">Events</a></li><li><a href="{base}/news/">News</a></li></ul></nav></header></div>
<main id="content">
<section id="main-content" class="mec-container">
<div class="mec-wrap colorskin-custom clearfix" id="mec_skin_2214">
<article class="row mec-single-event">
<div class="col-md-8">
  <div class="mec-events-event-image"><img width="1200" height="628" src="{up}info-day-banner.png" class="attachment-full size-full wp-post-image" alt="Info day banner 26.04" /></div>
  <h1 class="mec-single-title">{h1}</h1>
  <div class="mec-single-event-description mec-events-content">
    <p>The INGENIOUS Eurocluster presents its second open call for SMEs in energy-intensive industries: ceramics, glass, chemicals, steel and paper. Grants of up to EUR 60 000 support green and digital projects, training and internationalisation. The info day takes place online on 26 April.</p>
    <p>The call is open until 30 June 2023, 17:00 CEST. During the info day the consortium explains the eligibility rules, walks through the application form and answers questions from applicants.</p>
    <p><strong>Speakers:</strong><br />
    Ewa Nowicka – Project Manager – Mazovia Cluster ICT<br />
    Dimitris Papadakis – Innovation Manager – Energy Cluster of Central Macedonia<br />
    Roberta Conti – Open Call Officer – Cluster Italia Energia</p>
    <p>Documents for applicants: <a href="{up}INGENIOUS-OC2-Guide-for-applicants.pdf">Guide for applicants</a> , <a href="{up}INGENIOUS-OC2-Application-form-template.docx">application form template</a> and <a href="{up}INGENIOUS-OC2-Budget-template.xlsx">budget template (Excel)</a>. <a href="{up}info-day-flyer.png">Download the event flyer</a>.</p>
  </div>
  <div class="mec-event-export-module mec-frontbox"><div class="mec-event-exporting"><div class="mec-export-details"><ul>
    <li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=INGENIOUS+Open+Call+Info+Day&amp;dates=20230426T063000Z/20230426T074500Z" target="_blank">+ Add to Google Calendar</a></li>
    <li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="{base}/?method=ical&amp;id=2214">+ iCal / Outlook export</a></li>
  </ul></div></div></div>
</div>
<div class="col-md-4">
  <div class="mec-event-info-desktop mec-event-meta mec-color-before mec-frontbox">
    <div class="mec-single-event-date"><i class="mec-sl-calendar"></i><h3 class="mec-date">Date</h3><dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label" itemprop="startDate">26 Apr 2023</span><span class="mec-end-date-label" itemprop="endDate"> - 26 Apr 2023</span></abbr></dd></dl></div>
    <div class="mec-single-event-time"><i class="mec-sl-clock " style=""></i><h3 class="mec-time">Time</h3><i class="mec-time-comment"></i><dl><dd><abbr class="mec-events-abbr">8:30 am - 9:45 am</abbr></dd></dl></div>
    <div class="mec-event-cost"><i class="mec-sl-wallet"></i><h3 class="mec-cost">Cost</h3><dl><dd class="mec-events-event-cost">Free</dd></dl></div>
    <div class="mec-single-event-organizer"><i class="mec-sl-home"></i><h3 class="mec-events-single-section-title">Organizer</h3><dl><dd class="mec-organizer"><h6>INGENIOUS Eurocluster</h6></dd></dl></div>
    <div class="mec-single-event-category"><i class="mec-sl-folder"></i><dt>Category</dt><dl><dd class="mec-events-event-categories"><a href="{base}/mec-category/info-sessions/" class="mec-color-hover" rel="tag">Info sessions</a></dd></dl></div>
  </div>
  <div class="mec-widget"><h4 class="widget-title">Other events</h4><ul>
    <li><a href="{base}/events/ingenious-matchmaking-bilbao/">INGENIOUS matchmaking in Bilbao</a> <span class="mec-date">14 Jun 2023 - 15 Jun 2023</span></li>
    <li><a href="{base}/events/ingenious-final-conference/">INGENIOUS final conference</a> <span class="mec-date">21 Feb 2025</span></li>
  </ul></div>
</div>
</article>
</div>
</section>
</main>
<footer class="site-footer"><p>INGENIOUS has received funding from the European Union's Single Market Programme under grant agreement No 101074472.</p><p>&copy; 2023 INGENIOUS Eurocluster</p></footer>
</body>
</html>
"""
    return Page(
        id="hz-023",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start="2023-04-26T08:30:00+02:00",
        end="2023-04-26T09:45:00+02:00",
        tz_label=None,
        speakers=[
            sp("Ewa Nowicka", "Project Manager", "Mazovia Cluster ICT"),
            sp("Dimitris Papadakis", "Innovation Manager", "Energy Cluster of Central Macedonia"),
            sp("Roberta Conti", "Open Call Officer", "Cluster Italia Energia"),
        ],
        euroclusters=["INGENIOUS"],
        assets=[
            asset("Guide for applicants", up + "INGENIOUS-OC2-Guide-for-applicants.pdf"),
            asset("application form template", up + "INGENIOUS-OC2-Application-form-template.docx"),
            asset("budget template (Excel)", up + "INGENIOUS-OC2-Budget-template.xlsx"),
        ],
        notes="Modern Events Calendar: sidebar header '26 Apr 2023 - 26 Apr 2023' + '8:30 am - 9:45 am' (no zone label: "
        "tz_label null, Brussels offset +02:00); JSON-LD gives dates only; body 'on 26 April' without year; call "
        "deadline '30 June 2023, 17:00 CEST' is not the event; speakers in a <br> paragraph 'Name – Role – Org'; "
        "PDF, DOCX and XLSX in the body are assets, the PNG flyer, Google Calendar and '?method=ical' links are not; "
        "'Other events' widget dates; Eurocluster's own event: series null.",
        html=page,
        covers="Modern Events Calendar header, JSON-LD date-only, '– Role –' lines, ?method=ical",
    )


# ------------------------------------------------------------------------------------------------ hz-024


def hz024() -> Page:
    url = "https://www.eventbrite.be/e/resilient-supply-chains-in-advanced-manufacturing-dream-eurocluster-workshop-tickets-689214735517"
    h1 = "Resilient supply chains in advanced manufacturing – DREAM Eurocluster online workshop"
    ld = {
        "@context": "https://schema.org",
        "@type": "EducationEvent",
        "name": h1,
        "description": "How can manufacturing SMEs prepare for the next supply shock?",
        "url": url,
        "image": "https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F571234567%2F1%2Foriginal.png",
        "startDate": "2023-09-20T06:30:00Z",
        "endDate": "2023-09-20T07:45:00Z",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": {"@type": "VirtualLocation", "url": url},
        "organizer": {
            "@type": "Organization",
            "name": "DREAM Eurocluster",
            "url": "https://www.eventbrite.be/o/dream-eurocluster-55012345678",
        },
        "offers": [
            {
                "@type": "AggregateOffer",
                "lowPrice": "0.00",
                "highPrice": "0.00",
                "priceCurrency": "EUR",
                "availabilityEnds": "2023-09-19T22:00:00Z",
                "availabilityStarts": "2023-08-28T07:00:00Z",
            }
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="en-be" dir="ltr" class="js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="initial-scale=1, width=device-width">
<title>{h1} Tickets, Wed 20 Sep 2023 at 08:30 | Eventbrite</title>
<meta property="og:title" content="{h1}">
<meta property="og:type" content="events.event">
<meta property="event:start_time" content="2023-09-20T08:30:00+02:00">
<meta property="event:end_time" content="2023-09-20T09:45:00+02:00">
<script type="application/ld+json">{json.dumps(ld)}</script>
<link rel="stylesheet" href="https://cdn.evbstatic.com/s3-build/prod/1234567-rc2023-09-05_16.04-abc1234/django/js/src/eds/eds.css">
</head>
<body class="event-listing-page">
<div id="root"><div class="eds-structure eds-structure--min-height" data-spec="eds-structure">
<header class="consumer-header" data-testid="global-header"><a class="consumer-header__logo" href="https://www.eventbrite.be/" aria-label="Eventbrite home page">Eventbrite</a>
<div class="consumer-header__search"><input type="search" placeholder="Search events" aria-label="Search events"></div>
<nav class="consumer-header__nav"><a href="https://www.eventbrite.be/organizer/overview/">Create Events</a> <a href="https://www.eventbrite.be/signin/">Log In</a> <a href="https://www.eventbrite.be/signin/signup/">Sign Up</a></nav></header>
<main class="eds-structure__main" role="main">
<div class="event-details__main css-1x0c3hj">
  <div class="event-hero" data-testid="hero-image"><picture><img class="event-hero__image" src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F571234567%2F1%2Foriginal.png?w=940" alt="Resilient supply chains workshop banner"></picture></div>
  <div class="event-details__main-inner">
    <div class="date-info" data-testid="event-date"><span class="date-info__full-datetime">Wednesday, September 20 · 8:30 - 9:45am CEST</span></div>
    <h1 class="event-title css-0">{h1}</h1>
    <div class="summary css-1b9o3ek"><p class="summary">How can manufacturing SMEs prepare for the next supply shock? Join the DREAM Eurocluster for a practical online workshop.</p></div>
    <div class="organizer-listing-info css-0"><div class="descriptive-organizer-info-mobile__name">By <a href="https://www.eventbrite.be/o/dream-eurocluster-55012345678">DREAM Eurocluster</a></div><div class="organizer-stats">1.2k followers</div><button class="follow-button" type="button">Follow</button></div>
    <section class="event-details__section"><h2 class="event-details__heading">Date and time</h2>
      <div class="date-and-time"><span class="date-and-time__date">Wed, 20 Sep 2023 08:30 - 09:45 CEST</span></div></section>
    <section class="event-details__section"><h2 class="event-details__heading">Location</h2><p class="location-info__address-text">Online</p></section>
    <section class="event-details__section"><h2 class="event-details__heading">Refund Policy</h2><p>No Refunds</p></section>
    <section class="event-details__section" data-testid="about-this-event-section"><h2 class="event-details__heading">About this event</h2>
      <ul class="highlights"><li>1 hour 15 minutes</li><li>Mobile eTicket</li></ul>
      <div class="has-user-generated-content event-description">
        <div class="event-description__content"><p>Chips, rare earths, specialty chemicals: in the last three years manufacturing SMEs learned how fragile their supply chains are. In this online workshop the DREAM Eurocluster (Digital Resilient Europe for Advanced Manufacturing) shares practical tools to map supplier risks, find alternative sources in the Single Market and plan for disruptions.</p>
        <p>Speakers</p>
        <div class="speaker-cards">
          <div class="speaker-card"><img src="https://img.evbuc.com/speaker-1.jpg" alt=""><h3>Aurélie Martin</h3><p>Project Manager</p><p>Pôle SCS</p></div>
          <div class="speaker-card"><img src="https://img.evbuc.com/speaker-2.jpg" alt=""><h3>Dr. Stefan Huber</h3><p>Head of Supply Chain Research</p><p>Fraunhofer IML</p></div>
          <div class="speaker-card"><img src="https://img.evbuc.com/speaker-3.jpg" alt=""><h3>Nikos Georgiou</h3><p>CEO</p><p>Hellenic Manufacturing Cluster</p></div>
        </div>
        <p>Organised with:</p>
        <ul><li>Pôle SCS</li><li>Minalogic</li><li>Silicon Saxony</li><li>Cluster Digital Manufacturing Hub</li></ul>
        <p>The workshop is free of charge. Registration closes on 19 September.</p></div>
      </div></section>
    <section class="event-details__section"><h2 class="event-details__heading">Tags</h2><ul class="tags"><li><a href="https://www.eventbrite.be/d/online/manufacturing/">Online Manufacturing</a></li><li><a href="https://www.eventbrite.be/d/online/workshops/">Online Workshops</a></li></ul></section>
  </div>
  <aside class="conversion-bar"><div class="conversion-bar__panel-info">Free</div><button class="eds-btn eds-btn--fill" type="button">Reserve a spot</button></aside>
</div>
<section class="more-events"><h2>More events from this organiser</h2><ul>
  <li><a href="https://www.eventbrite.be/e/dream-open-call-webinar-tickets-65099887766">DREAM open call webinar</a> <span>Tue, 14 Nov 2023 10:00 CET</span></li>
  <li><a href="https://www.eventbrite.be/e/dream-final-event-tickets-80011223344">DREAM final event</a> <span>Thu, 5 Dec 2024 09:00 CET</span></li>
</ul></section>
</main>
<footer class="eds-global-footer"><p>&copy; 2023 Eventbrite</p><ul><li><a href="https://www.eventbrite.be/help/">Help Centre</a></li><li><a href="https://www.eventbrite.be/l/legalterms/">Terms</a></li><li><a href="https://www.eventbrite.be/support/articles/en_US/Troubleshooting/eventbrite-privacy-policy">Privacy</a></li></ul></footer>
</div></div>
<script>window.__SERVER_DATA__ = {{"event": {{"id": "689214735517", "start": {{"timezone": "Europe/Brussels", "local": "2023-09-20T08:30:00", "utc": "2023-09-20T06:30:00Z"}}, "end": {{"timezone": "Europe/Brussels", "local": "2023-09-20T09:45:00", "utc": "2023-09-20T07:45:00Z"}}}}}};</script>
</body>
</html>
"""
    return Page(
        id="hz-024",
        url=url,
        template="T4",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start="2023-09-20T08:30:00+02:00",
        end="2023-09-20T09:45:00+02:00",
        tz_label="CEST",
        speakers=[
            sp("Aurélie Martin", "Project Manager", "Pôle SCS"),
            sp("Stefan Huber", "Head of Supply Chain Research", "Fraunhofer IML"),
            sp("Nikos Georgiou", "CEO", "Hellenic Manufacturing Cluster"),
        ],
        euroclusters=["DREAM"],
        assets=[],
        notes="Eventbrite-like page: 'Wednesday, September 20 · 8:30 - 9:45am CEST' (no year, shared am suffix); JSON-LD "
        "EducationEvent with UTC 'Z' times (06:30Z = 08:30 CEST) gives the year; speaker cards (<h3> name, <p> role, "
        "<p> org) with 'Dr.'; 'Organised with:' list of organisations is not speakers; registration end and 'More "
        "events' dates are not the event; DREAM named by acronym and full name.",
        html=page,
        covers="Eventbrite-like, JSON-LD Z times, speaker cards, '8:30 - 9:45am'",
    )


# ------------------------------------------------------------------------------------------------ hz-028 (Polish, ISO-8859-2)


def hz028() -> Page:
    base = "https://www.klaster-ict-mazowsze.pl"
    url = base + "/2023/11/eu-clusters-talk-transformacja-cyfrowa-msp/"
    h1 = "EU Clusters Talk: transformacja cyfrowa MŚP – zaproszenie"
    page = f"""<!DOCTYPE html>
<html lang="pl-PL">
<head>
{wp_head(h1 + " | Mazowiecki Klaster ICT", charset="ISO-8859-2", generator="WordPress 5.9.8", styles="generatepress")}</head>
<body class="post-template-default single single-post postid-977 single-format-standard right-sidebar nav-below-header separate-containers">
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="{base}/" rel="home">Mazowiecki Klaster ICT</a></p><p class="site-description">Klaster technologii informacyjno-komunikacyjnych</p></div></div></header>
<nav class="main-navigation" id="site-navigation"><div class="inside-navigation grid-container"><ul id="menu-glowne" class="menu sf-menu">
<li class="menu-item"><a href="{base}/">Strona główna</a></li><li class="menu-item"><a href="{base}/o-klastrze/">O klastrze</a></li><li class="menu-item"><a href="{base}/czlonkowie/">Członkowie</a></li><li class="menu-item current-menu-parent"><a href="{base}/aktualnosci/">Aktualności</a></li><li class="menu-item"><a href="{base}/kontakt/">Kontakt</a></li></ul></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-977" class="post-977 post type-post status-publish format-standard hentry category-wydarzenia">
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{h1}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2023-11-20T12:05:31+01:00" itemprop="datePublished">20 listopada 2023</time></span> <span class="byline">autor: <span class="author vcard"><a class="url fn n" href="{base}/author/redakcja/">Redakcja</a></span></span> <span class="post-views">Wyświetleń: 231</span></div>
</header>
<div class="entry-content" itemprop="text">
<p>Europejska Platforma Współpracy Klastrów (ECCP) w imieniu Komisji Europejskiej zaprasza na spotkanie online z cyklu EU Clusters Talks pt. „Digital transformation of SMEs: Clusters and European Digital Innovation Hubs”, które odbędzie się 6 grudnia 2023 r., godz. 8:30–9:45.</p>
<p>Podczas spotkania eksperci omówią, jak klastry i Europejskie Centra Innowacji Cyfrowych (EDIH) mogą wspólnie wspierać małe i średnie przedsiębiorstwa w cyfryzacji – od diagnozy dojrzałości cyfrowej po finansowanie wdrożeń sztucznej inteligencji.</p>
<p><strong>Prelegenci:</strong></p>
<ul>
<li>dr Katarzyna Zielińska, kierownik projektu, Mazowiecki Klaster ICT;</li>
<li>Piotr Wójcik, prezes zarządu, Śląski Klaster Cyfrowy;</li>
<li>Agnieszka Dąbrowska, Policy Officer, DG CNECT, Komisja Europejska;</li>
<li>Michał Lewandowski, dyrektor, Centrum Innowacji DIH4Industry.</li>
</ul>
<p>Spotkanie odbędzie się w języku angielskim. Udział jest bezpłatny, rejestracja do 4 grudnia 2023 r. na <a href="https://clustercollaboration.eu/eu-clusters-talks-registration">stronie ECCP</a>.</p>
</div>
<footer class="entry-meta"><span class="cat-links">Kategorie: <a href="{base}/kategoria/wydarzenia/" rel="category tag">Wydarzenia</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><span class="prev"><a href="{base}/2023/11/nabor-do-klastra-2024/" rel="prev">Nabór nowych członków na 2024 rok</a></span></div><div class="nav-next"><span class="next"><a href="{base}/2023/12/podsumowanie-roku-2023/" rel="next">Podsumowanie roku 2023</a></span></div></nav></footer>
</div>
</article>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="recent-posts-3" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Najnowsze wpisy</h2><ul>
<li><a href="{base}/2023/11/nabor-do-klastra-2024/">Nabór nowych członków na 2024 rok</a><span class="post-date">15 listopada 2023</span></li>
<li><a href="{base}/2023/10/targi-ict-warszawa/">Spotkanie członków klastra – 26 października 2023</a><span class="post-date">27 października 2023</span></li>
</ul></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">© 2023 Mazowiecki Klaster ICT · ul. Nowogrodzka 31, 00-511 Warszawa</div></div></footer></div>
</body>
</html>
"""
    return Page(
        id="hz-028",
        url=url,
        template="T3",
        lang="pl",
        is_event=True,
        title="Digital transformation of SMEs: Clusters and European Digital Innovation Hubs",
        page_title=h1,
        series="EU Clusters Talks",
        start="2023-12-06T08:30:00+01:00",
        end="2023-12-06T09:45:00+01:00",
        tz_label=None,
        speakers=[
            sp("Katarzyna Zielińska", "kierownik projektu", "Mazowiecki Klaster ICT"),
            sp("Piotr Wójcik", "prezes zarządu", "Śląski Klaster Cyfrowy"),
            sp("Agnieszka Dąbrowska", "Policy Officer", "DG CNECT, Komisja Europejska"),
            sp("Michał Lewandowski", "dyrektor", "Centrum Innowacji DIH4Industry"),
        ],
        euroclusters=[],
        assets=[],
        encoding="iso-8859-2",
        encode_errors="xmlcharrefreplace",
        notes="Polish WordPress page saved as ISO-8859-2 (declared); characters missing from the charset („ ” –) are "
        "numeric references; '6 grudnia 2023 r., godz. 8:30–9:45' (no zone label, winter +01:00); Polish quotes "
        "„…” around the official English title; 'Prelegenci:' list with lower-case Polish honorific 'dr' and "
        "lower-case Polish roles; registration deadline '4 grudnia 2023 r.'; entry-date and 'Wyświetleń' counter.",
        html=page,
        covers="Polish, ISO-8859-2, 'godz.' times, Prelegenci, 'dr'",
    )


# ------------------------------------------------------------------------------------------------ hz-035 (404)


def hz035() -> Page:
    base = "https://www.euroboostex.eu"
    url = base + "/eu-clusters-talk-2022-textile-recap/"
    page = f"""<!doctype html>
<html lang="en-GB">
<head>
{wp_head("Page not found &#8211; EuroBoosTEX", styles="astra")}</head>
<body class="error404 wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar">
<div class="hfeed site" id="page">
<header class="site-header" id="masthead"><div class="ast-container"><div class="site-branding"><a href="{base}/" class="custom-logo-link" rel="home"><img src="{base}/wp-content/uploads/2022/10/euroboostex-logo.png" alt="EuroBoosTEX"></a></div>
<nav class="main-header-bar-navigation"><ul class="main-header-menu"><li><a href="{base}/">Home</a></li><li><a href="{base}/open-calls/">Open calls</a></li><li><a href="{base}/category/news/">News &amp; events</a></li></ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<section class="error-404 not-found">
<div class="ast-404-layout-1">
<header class="page-header"><h1 class="page-title">This page doesn't seem to exist.</h1></header>
<div class="page-sub-title">It looks like the link pointing here was faulty. Maybe try searching?</div>
<div class="ast-404-search"><form role="search" method="get" class="search-form" action="{base}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form></div>
</div>
</section>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
<li><a href="{base}/eu-clusters-talk-textiles-in-the-single-market/">EuroBoosTEX at the EU Clusters Talk on textiles and the Single Market</a> <span class="post-date">September 12, 2023</span></li>
<li><a href="{base}/euroboostex-second-open-call/">EuroBoosTEX second open call is now open</a> <span class="post-date">September 4, 2023</span></li>
</ul></aside>
<aside class="widget tribe-widget-events-list"><h2 class="widget-title">Upcoming Events</h2><ul>
<li><time datetime="2023-10-11">October 11, 2023 @ 8:30 am - 9:45 am CEST</time> <a href="{base}/event/eu-clusters-talk-textiles/">EU Clusters Talk: Textiles in the Single Market</a></li>
<li><time datetime="2023-11-08">November 8, 2023 @ 10:00 am - 11:00 am CET</time> <a href="{base}/event/open-call-webinar/">Open call webinar for textile SMEs</a></li>
</ul></aside>
</div></div>
</div></div>
<footer class="site-footer"><p>Copyright &copy; 2023 EuroBoosTEX</p></footer>
</div>
</body>
</html>
"""
    return Page(
        id="hz-035",
        url=url,
        template="T3",
        lang="en",
        is_event=False,
        title="This page doesn't seem to exist.",
        page_title="This page doesn't seem to exist.",
        series=None,
        start=None,
        end=None,
        tz_label=None,
        euroclusters=["EuroBoosTEX"],
        notes="NOT an event: WordPress 404 page on a former event URL; the sidebar lists an EU Clusters Talk with date, "
        "times and zone and another event.",
        html=page,
        covers="WordPress 404",
    )


# ------------------------------------------------------------------------------------------------ hz-039 (TEC list view)


def hz039() -> Page:
    base = "https://www.clusterland.at"
    url = base + "/events/list/"
    events = [
        (
            "2024-03-06",
            "March 6 @ 8:30 am - 9:45 am",
            "EU Clusters Talks: Hydrogen valleys and clusters",
            "Online",
            "Online Talk of the European Cluster Collaboration Platform.",
            "eu-clusters-talks-hydrogen-valleys",
        ),
        (
            "2024-03-26",
            "March 26 - March 27",
            "Clusters meet Regions – Milan",
            "Milan, Italy",
            "Regional workshop and matchmaking in Lombardy.",
            "clusters-meet-regions-milan",
        ),
        (
            "2024-04-11",
            "April 11 @ 9:00 am - 4:00 pm",
            "Kunststoff-Cluster Innovation Day",
            "Linz, Austria",
            "Annual meeting of the Upper Austrian plastics cluster.",
            "innovation-day-2024",
        ),
        (
            "2024-05-07",
            "May 7 - May 8",
            "European Cluster Conference 2024",
            "Brussels, Belgium",
            "The EU's flagship event for cluster policy.",
            "european-cluster-conference-2024",
        ),
    ]
    rows, month = "", None
    for iso, shown, title, venue, desc, slug in events:
        m = {"03": "March 2024", "04": "April 2024", "05": "May 2024"}[iso[5:7]]
        if m != month:
            rows += f'<h2 class="tribe-events-calendar-list__month-separator"><time class="tribe-events-calendar-list__month-separator-text tribe-common-h7" datetime="{iso[:7]}">{m}</time></h2>\n'
            month = m
        rows += f"""<div class="tribe-common-g-row tribe-events-calendar-list__event-row">
  <div class="tribe-events-calendar-list__event-date-tag tribe-common-g-col"><time class="tribe-events-calendar-list__event-date-tag-datetime" datetime="{iso}"><span class="tribe-events-calendar-list__event-date-tag-weekday">{__import__("datetime").date.fromisoformat(iso).strftime("%a")}</span><span class="tribe-events-calendar-list__event-date-tag-daynum tribe-common-h5">{int(iso[8:])}</span></time></div>
  <div class="tribe-events-calendar-list__event-wrapper tribe-common-g-col"><article class="tribe-events-calendar-list__event tribe-common-g-row tribe-common-g-row--gutters post-{sum(map(ord, slug)) + 1000} tribe_events type-tribe_events">
    <div class="tribe-events-calendar-list__event-details tribe-common-g-col">
      <header class="tribe-events-calendar-list__event-header">
        <div class="tribe-events-calendar-list__event-datetime-wrapper tribe-common-b2"><time class="tribe-events-calendar-list__event-datetime" datetime="{iso}"><span class="tribe-event-date-start">{shown}</span></time></div>
        <h3 class="tribe-events-calendar-list__event-title tribe-common-h6 tribe-common-h4--min-medium"><a href="{base}/event/{slug}/" title="{title}" rel="bookmark" class="tribe-events-calendar-list__event-title-link tribe-common-anchor-thin">{title}</a></h3>
        <address class="tribe-events-calendar-list__event-venue tribe-common-b2"><span class="tribe-events-calendar-list__event-venue-title tribe-common-b2--bold">{venue}</span></address>
      </header>
      <div class="tribe-events-calendar-list__event-description tribe-common-b2 tribe-common-a11y-hidden"><p>{desc}</p></div>
    </div>
  </article></div>
</div>
"""
    page = f"""<!DOCTYPE html>
<html lang="de-AT">
<head>
{wp_head("Events from March 6 &#8250; Clusterland Oberösterreich", generator="WordPress 6.4.3; The Events Calendar 6.3.2", styles="kadence")}</head>
<body class="post-type-archive post-type-archive-tribe_events tribe-events-page-template tribe-no-js">
<header class="site-header"><a class="brand" href="{base}/">Clusterland Oberösterreich</a><nav><ul><li><a href="{base}/cluster/">Cluster</a></li><li><a href="{base}/events/">Events</a></li><li><a href="{base}/news/">News</a></li></ul></nav></header>
<main id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list" data-js="tribe-events-view" data-view-rest-url="{base}/wp-json/tribe/views/v2/html">
<div class="tribe-common-l-container tribe-events-l-container">
<header class="tribe-events-header"><h1 class="tribe-events-header__title-text">Upcoming Events</h1>
<div class="tribe-events-c-top-bar tribe-events-header__top-bar"><nav class="tribe-events-c-top-bar__nav"><ul><li><a href="{base}/events/list/?eventDisplay=past" class="tribe-events-c-top-bar__nav-link--prev">Previous Events</a></li></ul></nav>
<div class="tribe-events-c-top-bar__datepicker"><button class="tribe-events-c-top-bar__datepicker-button"><time datetime="2024-03-06" class="tribe-events-c-top-bar__datepicker-time"><span class="tribe-events-c-top-bar__datepicker-mobile">Upcoming</span></time></button></div></div>
</header>
<div class="tribe-events-calendar-list">
{rows}</div>
<nav class="tribe-events-calendar-list-nav tribe-events-c-nav"><ul class="tribe-events-c-nav__list"><li class="tribe-events-c-nav__list-item tribe-events-c-nav__list-item--next"><a href="{base}/events/list/page/2/" rel="next" class="tribe-events-c-nav__next tribe-common-b2">Next Events</a></li></ul></nav>
<div class="tribe-events-c-subscribe-dropdown__container"><a href="{base}/events/list/?ical=1">Export Events</a></div>
</div></div>
</main>
<footer class="site-footer"><p>&copy; 2024 Business Upper Austria – Clusterland Oberösterreich</p></footer>
</body>
</html>
"""
    return Page(
        id="hz-039",
        url=url,
        template="T4",
        lang="en",
        is_event=False,
        title="Upcoming Events",
        page_title="Upcoming Events",
        series=None,
        start=None,
        end=None,
        tz_label=None,
        notes="NOT an event: The Events Calendar list view ('Upcoming Events') with four events, month separators, "
        "'March 6 @ 8:30 am - 9:45 am'-style dates and an '?ical=1' export link.",
        html=page,
        covers="The Events Calendar list view (calendar)",
    )


# ------------------------------------------------------------------------------------------------ hz-040 (BOM, entities)


def _entities(s: str) -> str:
    """Every non-ASCII character as an HTML entity (named where HTML has one), as some editors save pages."""
    from html.entities import codepoint2name

    out = []
    for ch in s:
        cp = ord(ch)
        if cp < 128:
            out.append(ch)
        elif ch in "\u00ad\u200b":
            out.append(ch)  # soft hyphens and zero-width spaces stay literal characters in names
        elif cp in codepoint2name:
            out.append(f"&{codepoint2name[cp]};")
        else:
            out.append(f"&#{cp};")
    return "".join(out)


def hz040() -> Page:
    base = "https://www.energycluster-iberia.eu"
    url = base + "/en/eu-clusters-talk-net-zero-industry-act/"
    h1 = "EU Clusters Talk on the Net-Zero Industry Act – join us!"
    pdf = base + "/wp-content/uploads/2024/05/NZIA-Talk-agenda.pdf"
    ld = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "EU Clusters Talk: Net-Zero Industry Act",
        "startDate": "2024-05-29T10:00:00+00:00",
        "endDate": "2024-05-29T11:30:00+00:00",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "location": {"@type": "VirtualLocation", "url": "https://clustercollaboration.eu"},
        "organizer": {"@type": "Organization", "name": "European Cluster Collaboration Platform"},
    }
    body = f"""<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Net-Zero Industry Act: Opportunities for clusters” on 29 May 2024, 10:00 – 11:30 CET.</p>
<p>The Net-Zero Industry Act entered the final stage of adoption this spring. It sets a benchmark for Europe to manufacture 40% of the net-zero technologies it needs by 2030 and introduces Net-Zero Industry Academies and regulatory sandboxes. The Talk explains what the Act offers to clusters and their members, with examples from the energy clusters of Portugal, Spain, Austria and Hungary and the first results of the GEMSTONE Eurocluster.</p>
<p>Speakers include:</p>
<p>• João Conceição, Project Manager, ENERGYIN – Competitiveness Cluster for Energy Technologies<br>
• Raúl Martínez Peña, Policy Officer, DG GROW, European Commission<br>
• Kris\u00adtina Schön\u00adberger, Head of Net-Zero Technologies, Cleantech-Cluster, Business Upper Austria<br>
• Zs\u200bófia Kovács, CEO at Hungarian Hydrogen Cluster, Board Member at Hydrogen Europe</p>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{pdf}">Download the agenda</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="https://clustercollaboration.eu/eu-clusters-talks-registration">Register now</a></div></div>
<p>Our cluster has followed the Act since the Commission's proposal of 16 March 2023 and will share its position paper with members after the Talk.</p>"""
    head = wp_head(
        "EU Clusters Talk on the Net-Zero Industry Act &#8211; Energy Cluster Iberia",
        styles="kadence",
        extra='<script type="application/ld+json">' + json.dumps(ld) + "</script>\n",
    )
    page = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
{head}</head>
<body class="post-template-default single single-post postid-3021 single-format-standard wp-custom-logo">
<div id="wrapper" class="site wp-site-blocks">
<header id="masthead" class="site-header"><div class="site-header-inner-wrap"><div class="site-branding"><a class="brand" href="{base}/en/" rel="home"><span class="site-title">Energy Cluster Iberia</span></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="{base}/en/">Home</a></li><li class="menu-item"><a href="{base}/en/about/">About</a></li><li class="menu-item"><a href="{base}/en/projects/">Projects</a></li><li class="menu-item"><a href="{base}/en/news/">News</a></li></ul></nav></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main">
<article id="post-3021" class="entry content-bg single-entry post-3021 post type-post status-publish format-standard hentry category-events">
<div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<h1 class="entry-title">{h1}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="{base}/en/author/comms/">Communication team</a></span></span> <span class="posted-on"><span class="meta-label">Posted on</span> <time class="entry-date published" datetime="2024-05-14T09:30:00+02:00">May 14, 2024</time><time class="updated" datetime="2024-06-03T16:12:00+02:00">June 3, 2024</time></span> <span class="updated-on"><span class="meta-label">Updated on</span> June 3, 2024</span></div>
</header>
<div class="entry-content single-content">
{body}
</div>
</div>
</article>
<div class="entry-related alignfull entry-related-style-wide"><h2 class="entry-related-title">Similar Posts</h2>
<article class="entry content-bg loop-entry"><h3 class="entry-title"><a href="{base}/en/clusters-meet-regions-milan-recap/">Our delegation at Clusters meet Regions in Milan</a></h3><div class="entry-meta"><time class="entry-date published" datetime="2024-04-02T10:00:00+02:00">April 2, 2024</time></div></article>
<article class="entry content-bg loop-entry"><h3 class="entry-title"><a href="{base}/en/european-cluster-conference-2024/">See you at the European Cluster Conference (7-8 May 2024)</a></h3><div class="entry-meta"><time class="entry-date published" datetime="2024-04-22T10:00:00+02:00">April 22, 2024</time></div></article>
</div>
</main></div></div></div>
<footer id="colophon" class="site-footer"><div class="site-footer-wrap"><p>&copy; 2024 Energy Cluster Iberia · Calle Alcalá 21, 28014 Madrid</p></div></footer>
</div>
</body>
</html>
"""
    return Page(
        id="hz-040",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="Net-Zero Industry Act: Opportunities for clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start="2024-05-29T10:00:00+02:00",
        end="2024-05-29T11:30:00+02:00",
        tz_label="CET",
        speakers=[
            sp("João Conceição", "Project Manager", "ENERGYIN – Competitiveness Cluster for Energy Technologies"),
            sp("Raúl Martínez Peña", "Policy Officer", "DG GROW, European Commission"),
            sp("Kristina Schönberger", "Head of Net-Zero Technologies", "Cleantech-Cluster, Business Upper Austria"),
            sp("Zsófia Kovács", "CEO; Board Member", "Hungarian Hydrogen Cluster; Hydrogen Europe"),
        ],
        euroclusters=["GEMSTONE"],
        assets=[asset("Download the agenda", pdf)],
        html=_entities(page),
        bom=True,
        notes="UTF-8 with a BOM; every non-ASCII character written as an entity (&atilde; &ccedil; &ldquo; &bull; "
        "&ndash; …) except soft hyphens (U+00AD) and a zero-width space (U+200B) inside two speaker names; JSON-LD "
        "Event disagrees with the prose (10:00+00:00, a site set to UTC): the prose '10:00 – 11:30 CET' in Brussels "
        "summer time (+02:00) is the real time; literal '•' lines in one <br> paragraph; two affiliations with "
        "'Role at Org'; WordPress button block: agenda PDF is an asset, 'Register now' is not; 'Posted on' / "
        "'Updated on' dates and '16 March 2023' are not the event.",
        covers="BOM, all-entities, soft hyphen/ZWSP in names, JSON-LD disagreeing (UTC), '•' lines, WP buttons",
    )


PAGES = [hz021, hz022, hz023, hz024, hz028, hz035, hz039, hz040]
