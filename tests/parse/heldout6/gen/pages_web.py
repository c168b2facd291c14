"""hw-020 … hw-029: republications and event pages in other markups (English and French)."""

from __future__ import annotations

import json

from common import asset, bx, pseudo_css, rec, sp


def hw020():
    """WordPress classic theme, navigation with unclosed <div>/<li>, Posted on a month before, views, comments."""
    base = "https://www.balticclusters.eu"
    url = base + "/2023/05/eu-clusters-talk-net-zero-industry-act-opportunities-for-clusters/"
    h1 = "EU Clusters Talk: Net-Zero Industry Act – opportunities for clusters"
    pdf = base + "/wp-content/uploads/2023/05/NZIA-Talk-agenda.pdf"
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>EU Clusters Talk: Net-Zero Industry Act &#8211; opportunities for clusters &#8211; Baltic Clusters Network</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Baltic Clusters Network &raquo; Feed" href="{base}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.2.2' media='all' />
<link rel='stylesheet' id='twentysixteen-style-css' href='{base}/wp-content/themes/bcn-child/style.css?ver=20230328' media='all' />
<script src='{base}/wp-includes/js/jquery/jquery.min.js?ver=3.6.4' id='jquery-core-js'></script>
<link rel="canonical" href="{url}" />
<meta property="article:published_time" content="2023-05-24T09:12:44+00:00" />
<meta property="article:modified_time" content="2023-06-29T07:03:10+00:00" />
</head>
<body class="post-template-default single single-post postid-4127 single-format-standard">
<div id="page" class="site">
<div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
<div class="site-header-main">
<div class="site-branding">
<p class="site-title"><a href="{base}/" rel="home">Baltic Clusters Network</a></p>
<p class="site-description">Cluster cooperation around the Baltic Sea</p>
</div>
<div id="site-header-menu" class="site-header-menu">
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu">
<div class="menu-main-container"><ul id="menu-main" class="primary-menu">
<li id="menu-item-12" class="menu-item"><a href="{base}/">Home</a>
<li id="menu-item-13" class="menu-item menu-item-has-children"><a href="{base}/about/">About</a>
<ul class="sub-menu">
<li class="menu-item"><a href="{base}/about/members/">Members</a>
<li class="menu-item"><a href="{base}/about/board/">Board</a>
</ul>
<li id="menu-item-14" class="menu-item current-menu-parent"><a href="{base}/category/events/">Events</a>
<div class="mega-panel"><div class="mega-col"><a href="{base}/category/events/eu-clusters-talks/">EU Clusters Talks</a>
<div class="mega-col"><a href="{base}/category/events/matchmaking/">Matchmaking</a>
<li id="menu-item-15" class="menu-item"><a href="{base}/contact/">Contact</a>
</ul>
</nav>
</div>
</div>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-4127" class="post-4127 post type-post status-publish format-standard has-post-thumbnail hentry category-eu-clusters-talks tag-net-zero">
<header class="entry-header">
<h1 class="entry-title">{h1}</h1>
</header>
<div class="post-thumbnail"><img width="1200" height="450" src="{base}/wp-content/uploads/2023/05/NZIA-banner-1200x450.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="NZIA-banner" decoding="async" /></div>
<div class="entry-content">
<p>Join the EU Clusters Talk “Net-Zero Industry Act: Opportunities for clusters”, organised by the European Cluster Collaboration Platform on behalf of the European Commission, on Wednesday, 28 June 2023, 10:00–11:30 CET.</p>
<p>With the Net-Zero Industry Act, proposed in March, the EU wants to produce at least 40% of the clean technologies it needs by 2030. Solar panels, batteries, heat pumps and electrolysers are on the list, and so are faster permits and skills academies. What can clusters do to help their members benefit?</p>
<p>Speakers include:</p>
<ul>
<li>Kostas Andreou, Policy Officer, DG GROW, European Commission</li>
<li>Maria Hellström, Managing Director at Power Circle, Board Member at Swedish Cleantech Alliance</li>
<li>Luca Moretti, Innovation Manager, Lombardy Energy Cleantech Cluster, GEMSTONE Eurocluster</li>
<li>Dr Eva Kovács, Cluster Manager, Hungarian Photovoltaic Cluster, European Cluster Manager of the Year 2022</li>
<li>More speakers TBC</li>
</ul>
<p>The agenda is available for download:</p>
<div class="wp-block-file"><a id="wp-block-file--media-77a1" href="{pdf}">NZIA-Talk-agenda</a><a href="{pdf}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-77a1">Download</a></div>
<p><a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk_NZIA">Register on EUSurvey</a> | <a href="{base}/wp-content/uploads/2023/05/nzia-talk.ics">Add to calendar (.ics)</a></p>
</div>
<footer class="entry-footer">
<span class="byline"><span class="author vcard"><img alt='' src='https://secure.gravatar.com/avatar/8f1?s=49&#038;d=mm&#038;r=g' class='avatar avatar-49 photo' height='49' width='49' /><span class="screen-reader-text">Author </span> <a class="url fn n" href="{base}/author/admin/">admin</a></span></span>
<span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="{url}" rel="bookmark"><time class="entry-date published" datetime="2023-05-24T09:12:44+00:00">May 24, 2023</time><time class="updated" datetime="2023-06-29T07:03:10+00:00">June 29, 2023</time></a></span>
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="{base}/category/events/eu-clusters-talks/" rel="category tag">EU Clusters Talks</a></span>
<span class="post-views"><i class="fa fa-eye"></i> 1,284 Views</span>
</footer>
</article>
<div class="related-posts"><h3>Related posts</h3>
<ul>
<li><a href="{base}/2023/04/eu-clusters-talk-critical-raw-materials/">EU Clusters Talk: Critical Raw Materials Act</a> <span class="date">April 12, 2023</span></li>
<li><a href="{base}/2023/03/clusters-meet-regions-kosice/">Clusters meet Regions in Košice, 29–30 March 2023</a> <span class="date">March 2, 2023</span></li>
<li><a href="{base}/2023/06/eu-clusters-talk-skills/">EU Clusters Talk on skills, 14 June 2023, 8:30 CET</a> <span class="date">June 1, 2023</span></li>
</ul></div>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on &ldquo;EU Clusters Talk: Net-Zero Industry Act &#8211; opportunities for clusters&rdquo;</h2>
<ol class="comment-list">
<li id="comment-311" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Tomas Berg</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="{url}#comment-311"><time datetime="2023-06-06T14:02:11+00:00">June 6, 2023 at 2:02 pm</time></a></div></footer>
<div class="comment-content"><p>Will the recording be available afterwards?</p></div></article>
<ol class="children"><li id="comment-312" class="comment byuser bypostauthor odd alt depth-2"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Ingrid Saar</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="{url}#comment-312"><time datetime="2023-06-06T15:40:27+00:00">June 6, 2023 at 3:40 pm</time></a></div></footer>
<div class="comment-content"><p>Yes, ECCP publishes it on YouTube a few days later.</p></div></article></li></ol></li>
</ol>
</div>
</main>
</div>
<aside id="secondary" class="sidebar widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul><li><a href="{base}/2023/06/eu-clusters-talk-skills/">EU Clusters Talk on skills</a><span class="post-date">June 1, 2023</span></li>
<li><a href="{base}/2023/05/baltic-matchmaking-riga/">Baltic cluster matchmaking in Riga, 15 September 2023</a><span class="post-date">May 19, 2023</span></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2023 Baltic Clusters Network. Proudly powered by <a href="https://wordpress.org/">WordPress</a></div></footer>
</div>
</div>
<script src='{base}/wp-includes/js/comment-reply.min.js?ver=6.2.2' id='comment-reply-js'></script>
</body>
</html>
"""
    r = rec(
        "hw-020",
        url,
        "T3",
        "en",
        True,
        "Net-Zero Industry Act: Opportunities for clusters",
        h1,
        "EU Clusters Talks",
        bx("2023-06-28", "10:00"),
        bx("2023-06-28", "11:30"),
        "CET",
        [
            sp("Kostas Andreou", "Policy Officer", "DG GROW, European Commission"),
            sp("Maria Hellström", "Managing Director; Board Member", "Power Circle; Swedish Cleantech Alliance"),
            sp("Luca Moretti", "Innovation Manager", "Lombardy Energy Cleantech Cluster", "GEMSTONE"),
            sp("Eva Kovács", "Cluster Manager", "Hungarian Photovoltaic Cluster"),
        ],
        ["GEMSTONE"],
        [asset("NZIA-Talk-agenda", pdf)],
        "WordPress classic theme with broken navigation (unclosed <li> and <div> in the menu); 'Posted on' entry-date "
        "May 24, 2023 (a month before), updated date, '1,284 Views', related posts and comments with names and dates are "
        "not the event; two affiliations in one line ('Managing Director at X, Board Member at Y'); award suffix; 'Dr' "
        "without a dot; 'More speakers TBC'; WordPress file block links the same PDF twice (file name + Download button): "
        "one asset; .ics link is not an asset.",
    )
    return "hw-020", html, r


def hw021():
    """WordPress + The Events Calendar: header without year, JSON-LD Event, speaker cards, event documents."""
    base = "https://www.socialeconomy-clusters.eu"
    url = base + "/event/eu-clusters-talk-social-economy-clusters-building-local-partnerships/"
    h1 = "EU Clusters Talk: Social economy clusters building local partnerships"
    ld = {
        "@context": "http://schema.org",
        "@type": "Event",
        "name": h1,
        "description": "&lt;p&gt;The European Cluster Collaboration Platform organises the EU Clusters Talk&#8230;&lt;/p&gt;",
        "url": url,
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "startDate": "2024-03-20T08:30:00+01:00",
        "endDate": "2024-03-20T09:45:00+01:00",
        "location": {"@type": "VirtualLocation", "url": url},
        "organizer": {
            "@type": "Person",
            "name": "European Cluster Collaboration Platform",
            "url": "https://clustercollaboration.eu",
        },
        "performer": "Organization",
    }
    docs = [
        (base + "/wp-content/uploads/2024/03/Social-economy-Talk-agenda.pdf", "Agenda (PDF)"),
        (base + "/wp-content/uploads/2024/03/Social-economy-Talk-speaker-slides.pptx", "Speaker slides (PPTX)"),
    ]
    cards = [
        ("Sara Lindqvist", "Programme Manager", "Coompanion Sweden"),
        ("Giulia Bianchi", "Project Coordinator", "Torino Social Impact, SocialTech4EU Eurocluster"),
        ("Dr. Pierre Lefèvre", "Head of Sector, Social Economy", "DG GROW, European Commission"),
        ("Marta Nowicka", "President", "Social Economy Cluster Mazovia"),
    ]
    card_html = "\n".join(
        f'<div class="speaker-card"><img src="{base}/wp-content/uploads/2024/02/speaker-{i}.jpg" alt="" width="160" height="160">'
        f'<h3 class="speaker-card__name">{n}</h3><p class="speaker-card__role">{ro}</p><p class="speaker-card__org">{o}</p></div>'
        for i, (n, ro, o) in enumerate(cards, 1)
    )
    html = f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EU Clusters Talk: Social economy clusters building local partnerships &#8211; Social Economy Clusters Network</title>
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css' href='{base}/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.3.4' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<script type="application/ld+json">
[{json.dumps(ld, ensure_ascii=False)}]
</script>
</head>
<body class="tribe_events-template-default single single-tribe_events postid-982 tribe-events-page-template tribe-theme-astra events-single tribe-events-style-full">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
<div class="ast-site-identity"><span class="site-title"><a href="{base}/" rel="home">Social Economy Clusters Network</a></span></div>
<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="{base}/">Home</a></li><li class="menu-item current-menu-item"><a href="{base}/events/">Events</a></li><li class="menu-item"><a href="{base}/members/">Members</a></li><li class="menu-item"><a href="{base}/resources/">Resources</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"><img class="tribe-events-spinner-medium" src="{base}/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events" /></span>
<div id="tribe-events-content" class="tribe-events-single">
<p class="tribe-events-back"><a href="{base}/events/"> &laquo; All Events</a></p>
<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
<h1 class="tribe-events-single-event-title">{h1}</h1>
<div class="tribe-events-schedule tribe-clearfix">
<h2><span class="tribe-event-date-start">March 20 @ 8:30 am</span> - <span class="tribe-event-time">9:45 am</span> <span class='timezone'> CET </span></h2>
</div>
<div id="tribe-events-header" data-title="{h1}" data-viewtitle="{h1}">
<nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
<li class="tribe-events-nav-previous"><a href="{base}/event/eu-clusters-talk-european-cluster-panorama-2024/"><span>&laquo;</span> EU Clusters Talk: European Cluster Panorama 2024</a></li>
<li class="tribe-events-nav-next"><a href="{base}/event/european-cluster-conference-2024/">European Cluster Conference 2024 <span>&raquo;</span></a></li>
</ul></nav></div>
<div id="post-982" class="post-982 tribe_events type-tribe_events status-publish hentry tribe_events_cat-eu-clusters-talks cat_eu-clusters-talks">
<div class="tribe-events-event-image"><img width="1024" height="384" src="{base}/wp-content/uploads/2024/02/Social-economy-Talk-banner-1024x384.png" class="attachment-full size-full wp-post-image" alt="Social economy Talk banner" /></div>
<div class="tribe-events-single-event-description tribe-events-content">
<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises the EU Clusters Talk “Social economy clusters: building local partnerships” on 20 March, 8:30 – 9:45 CET.</p>
<p>Social economy clusters bring together cooperatives, social enterprises, local authorities and mainstream businesses in one place. The Talk looks at how they build partnerships that keep value and jobs in their territories, and at the support the Transition Pathway for Proximity and Social Economy foresees for them.</p>
<h2>Speakers</h2>
<div class="speaker-grid">
{card_html}
</div>
</div>
<div class="tribe-events-cal-links"><a class="tribe-events-gcal tribe-events-button" href="https://www.google.com/calendar/event?action=TEMPLATE&#038;dates=20240320T083000/20240320T094500&#038;text=EU%20Clusters%20Talk&#038;ctz=Europe/Brussels" title="Add to Google Calendar">+ Google Calendar</a><a class="tribe-events-ical tribe-events-button" href="{base}/event/eu-clusters-talk-social-economy-clusters-building-local-partnerships/?ical=1" title="Download .ics file" >+ iCal Export</a></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
<div class="tribe-events-meta-group tribe-events-meta-group-details">
<h2 class="tribe-events-single-section-title"> Details </h2>
<dl>
<dt class="tribe-events-start-date-label"> Date: </dt><dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2024-03-20"> March 20 </abbr></dd>
<dt class="tribe-events-start-time-label"> Time: </dt><dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2024-03-20"> 8:30 am - 9:45 am <span class="tribe-events-abbr tribe-events-time-zone published ">CET</span></div></dd>
<dt class="tribe-events-event-categories-label">Event Category:</dt><dd class="tribe-events-event-categories"><a href="{base}/events/category/eu-clusters-talks/" rel="tag">EU Clusters Talks</a></dd>
</dl>
</div>
<div class="tribe-events-meta-group tribe-events-meta-group-documents">
<h2 class="tribe-events-single-section-title">Event documents</h2>
<ul class="event-documents">
<li><a href="{docs[0][0]}">{docs[0][1]}</a></li>
<li><a href="{docs[1][0]}">{docs[1][1]}</a></li>
</ul>
</div>
<div class="tribe-events-meta-group tribe-events-meta-group-organizer"><h2 class="tribe-events-single-section-title">Organizer</h2><dl><dt class="tribe-organizer-label"></dt><dd class="tribe-organizer">European Cluster Collaboration Platform</dd></dl></div>
</div>
</div>
</div>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="recent-publications" class="widget widget_text"><h2 class="widget-title">Latest publications</h2>
<div class="textwidget"><ul>
<li><a href="{base}/wp-content/uploads/2023/11/Social-Economy-Action-Plan-factsheet.pdf">Social Economy Action Plan: factsheet</a> <span>(28 November 2023)</span></li>
<li><a href="{base}/resources/mapping-social-economy-clusters/">Mapping social economy clusters in Europe</a></li>
</ul></div></aside>
<aside id="upcoming-events" class="widget tribe-events-list-widget"><h2 class="widget-title">Upcoming Events</h2>
<ol class="tribe-list-widget"><li class="tribe-events-list-widget-events"><h4 class="tribe-event-title"><a href="{base}/event/european-cluster-conference-2024/">European Cluster Conference 2024</a></h4><div class="tribe-event-duration"><span class="tribe-event-date-start">May 7</span> - <span class="tribe-event-date-end">May 8</span></div></li></ol>
</aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright"><p>Copyright &copy; 2024 Social Economy Clusters Network</p></div></div></footer>
</body>
</html>
"""
    r = rec(
        "hw-021",
        url,
        "T3",
        "en",
        True,
        "Social economy clusters: building local partnerships",
        h1,
        "EU Clusters Talks",
        bx("2024-03-20", "8:30"),
        bx("2024-03-20", "9:45"),
        "CET",
        [
            sp("Sara Lindqvist", "Programme Manager", "Coompanion Sweden"),
            sp("Giulia Bianchi", "Project Coordinator", "Torino Social Impact", "SocialTech4EU"),
            sp("Pierre Lefèvre", "Head of Sector, Social Economy", "DG GROW, European Commission"),
            sp("Marta Nowicka", "President", "Social Economy Cluster Mazovia"),
        ],
        ["SocialTech4EU"],
        [asset(t, h) for h, t in docs],
        "The Events Calendar (WordPress): schedule header 'March 20 @ 8:30 am - 9:45 am CET' and body '20 March, 8:30 – "
        "9:45 CET' without a year; the year is only in the JSON-LD Event (agrees) and in the <abbr title=2024-03-20> of the details box; speaker cards (name <h3>, role <p>, organisation "
        "<p>); a role with a comma ('Head of Sector, Social Economy'); 'Event documents' in the event meta column are the page's "
        "attachments (PDF, PPTX), the 'Latest publications' widget PDF in the site sidebar is not; previous/next event "
        "navigation; Google Calendar and '?ical=1' links are not assets.",
    )
    return "hw-021", html, r


def hw022():
    """WordPress + Modern Events Calendar: 'DD Mon YYYY - DD Mon YYYY' + '8:30 am - 9:45 am' header."""
    base = "https://www.construction-clusters.eu"
    url = base + "/events/eu-clusters-talk-digital-construction/"
    h1 = "EU Clusters Talk – Digital construction"
    docx = base + "/wp-content/uploads/2022/11/Call-for-case-studies-digital-construction.docx"
    html = f"""<!DOCTYPE html>
<html lang="en-US" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>EU Clusters Talk &#8211; Digital construction | Construction Clusters Europe</title>
<link rel='stylesheet' id='mec-frontend-style-css' href='{base}/wp-content/plugins/modern-events-calendar-lite/assets/css/frontend.min.css?ver=6.5.1' type='text/css' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='{base}/wp-content/themes/hello-elementor/style.min.css?ver=2.6.1' type='text/css' media='all' />
<meta property="og:updated_time" content="2022-11-17T10:03:21+01:00" />
</head>
<body class="mec-events-template-default single single-mec-events postid-2291 elementor-default">
<header id="site-header" class="site-header" role="banner"><div class="site-branding"><a href="{base}/" title="Home" rel="home"><img src="{base}/wp-content/uploads/2021/03/cce-logo.svg" alt="Construction Clusters Europe" /></a></div>
<nav class="site-navigation"><ul id="menu-1" class="menu"><li class="menu-item"><a href="{base}/about/">About</a></li><li class="menu-item"><a href="{base}/events/">Events</a></li><li class="menu-item"><a href="{base}/projects/">Projects</a></li></ul></nav></header>
<section id="main-content" class="mec-container">
<div class="mec-wrap colorskin-custom clearfix" id="mec_skin_2291">
<article class="row mec-single-event">
<div class="col-md-8">
<div class="mec-events-event-image"><img width="800" height="400" src="{base}/wp-content/uploads/2022/10/digital-construction-talk.jpg" class="attachment-full size-full wp-post-image" alt="" /></div>
<h1 class="mec-single-title">{h1}</h1>
<div class="mec-single-event-description mec-events-content">
<p>The European Cluster Collaboration Platform organises the EU Clusters Talk “Digital construction: BIM, data and skills for clusters” on 16 November 2022 from 8:30 to 9:45 CET.</p>
<p>Building information modelling, digital twins and material passports are changing how buildings are designed, built and renovated. Most construction companies are small, and many have not yet started. The Talk shows how construction clusters help them take the first steps.</p>
<p><strong>Speakers</strong></p>
<ul>
<li>Ingrid Solheim, Senior Adviser, Smart Innovation Norway</li>
<li>Marko Novak, Director, Slovenian Construction Cluster, AEC EUROCLUSTER</li>
<li>Elena Petrova, BIM Manager, Bulgarian Construction Cluster, X BUILD EU Eurocluster</li>
</ul>
<p>Moderated by Tom Vermeulen, ECCP</p>
<p>Are you working on a digital construction project? Send us your case: <a href="{docx}">call for case studies</a>.</p>
</div>
<div class="mec-event-export-module mec-frontbox"><div class="mec-event-exporting"><div class="mec-export-details"><ul>
<li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=EU+Clusters+Talk+%E2%80%93+Digital+construction&amp;dates=20221116T073000Z/20221116T084500Z" target="_blank">+ Add to Google Calendar</a></li>
<li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="{base}/?method=ical&amp;id=2291">+ iCal / Outlook export</a></li>
</ul></div></div></div>
</div>
<div class="col-md-4">
<div class="mec-event-info-desktop mec-event-meta mec-color-before mec-frontbox">
<div class="mec-single-event-date"><i class="mec-sl-calendar"></i><h3 class="mec-date">Date</h3><dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label" itemprop="startDate">16 Nov 2022</span><span class="mec-end-date-label" itemprop="endDate"> - 16 Nov 2022</span></abbr></dd></dl></div>
<div class="mec-single-event-time"><i class="mec-sl-clock " style=""></i><h3 class="mec-time">Time</h3><i class="mec-time-comment"></i><dl><dd><abbr class="mec-events-abbr">8:30 am - 9:45 am</abbr></dd></dl></div>
<div class="mec-single-event-category"><i class="mec-sl-folder"></i><dt>Category</dt><dl><dd class="mec-events-event-categories"><a href="{base}/mec-category/webinars/" class="mec-color-hover" rel="tag">Webinars</a></dd></dl></div>
<div class="mec-single-event-organizer"><i class="mec-sl-home"></i><h3 class="mec-events-single-section-title">Organizer</h3><dl><dd class="mec-organizer"><h6>European Cluster Collaboration Platform</h6></dd></dl></div>
<div class="mec-single-event-location"><i class="mec-sl-location-pin"></i><h3 class="mec-events-single-section-title mec-location">Location</h3><dl><dd class="author fn org">Online (Webex)</dd></dl></div>
</div>
<div class="mec-related-events-wrap"><h3 class="mec-rec-events-title">Related Events</h3><div class="mec-related-events">
<article class="mec-related-event-post"><a href="{base}/events/renovation-wave-cluster-day/"><div class="mec-related-event-content"><span>24 Jan 2023</span><h5>Renovation Wave cluster day</h5></div></a></article>
<article class="mec-related-event-post"><a href="{base}/events/clusters-meet-regions-kosice/"><div class="mec-related-event-content"><span>29 Mar 2023</span><h5>Clusters meet Regions – Košice</h5></div></a></article>
</div></div>
</div>
</article>
</div>
</section>
<footer id="site-footer" class="site-footer"><p>&copy; Construction Clusters Europe. All rights reserved.</p></footer>
</body>
</html>
"""
    r = rec(
        "hw-022",
        url,
        "T3",
        "en",
        True,
        "Digital construction: BIM, data and skills for clusters",
        h1,
        "EU Clusters Talks",
        bx("2022-11-16", "8:30"),
        bx("2022-11-16", "9:45"),
        "CET",
        [
            sp("Ingrid Solheim", "Senior Adviser", "Smart Innovation Norway"),
            sp("Marko Novak", "Director", "Slovenian Construction Cluster", "AEC EUROCLUSTER"),
            sp("Elena Petrova", "BIM Manager", "Bulgarian Construction Cluster", "xBUILD-EU"),
            sp("Tom Vermeulen", None, "ECCP"),
        ],
        ["AEC EUROCLUSTER", "xBUILD-EU"],
        [asset("call for case studies", docx)],
        "Modern Events Calendar: side box '16 Nov 2022 - 16 Nov 2022' (same day: end is the end time, not a second day) and "
        "'8:30 am - 9:45 am' without a zone; body 'from 8:30 to 9:45 CET' gives the label; 'AEC EUROCLUSTER' and 'X BUILD EU' "
        "Euroclusters in speaker lines; 'Moderated by X, Org' is a speaker; related events with dates; Google Calendar (UTC "
        "dates) and '?method=ical' export are not assets; one DOCX asset.",
    )
    return "hw-022", html, r


def hw023():
    """Eventbrite-like page: header without the year, JSON-LD with offsets, organiser's other events."""
    url = "https://www.eventbrite.com/e/eu-cluster-matchmaking-hannover-messe-2023-tickets-587331092917"
    h1 = "EU Cluster Matchmaking @ HANNOVER MESSE 2023"
    ld = {
        "@context": "https://schema.org",
        "@type": "BusinessEvent",
        "name": h1,
        "url": url,
        "startDate": "2023-04-19T09:30:00+02:00",
        "endDate": "2023-04-19T17:00:00+02:00",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": "Hannover Exhibition Grounds, Hall 2",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "Messegelände",
                "addressLocality": "Hannover",
                "postalCode": "30521",
                "addressCountry": "DE",
            },
        },
        "organizer": {"@type": "Organization", "name": "European Cluster Collaboration Platform"},
        "offers": [
            {
                "@type": "Offer",
                "price": "0.00",
                "priceCurrency": "EUR",
                "availability": "InStock",
                "validFrom": "2023-02-20T10:00:00+01:00",
                "validThrough": "2023-04-12T23:59:00+02:00",
            }
        ],
    }
    html = f"""<!DOCTYPE html>
<html lang="en-gb">
<head>
<meta charset="utf-8">
<title>EU Cluster Matchmaking @ HANNOVER MESSE 2023 Tickets, Wed, Apr 19, 2023 at 9:30 AM | Eventbrite</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="EU Cluster Matchmaking @ HANNOVER MESSE 2023">
<meta property="event:start_time" content="2023-04-19T09:30:00+02:00">
<script type="application/ld+json">{json.dumps(ld)}</script>
<style>{pseudo_css(23, ["eds-l", "listing-hero", "event-details", "organizer-info"], 40)}</style>
</head>
<body class="listing-page">
<div id="root"><div class="eds-structure eds-structure--min-height" data-spec="eds-structure">
<header class="global-header" data-testid="global-header"><a href="https://www.eventbrite.com/" aria-label="Eventbrite home"><svg aria-hidden="true" viewBox="0 0 200 36"><path d="M0 0h200v36H0z"/></svg></a>
<div class="global-header__search"><input type="search" placeholder="Search events"></div><a href="https://www.eventbrite.com/signin/">Log In</a> <a href="https://www.eventbrite.com/signin/signup/">Sign Up</a></header>
<main class="event-listing" data-testid="event-listing">
<div class="listing-hero"><picture><img src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F447115902%2F1.jpg?w=940&amp;auto=format" alt="EU Cluster Matchmaking banner"></picture></div>
<div class="event-details">
<div class="event-details__main">
<time class="start-date" datetime="2023-04-19"><span class="start-date__month">Apr</span><span class="start-date__day">19</span></time>
<h1 class="event-title css-0">{h1}</h1>
<p class="summary"><strong>Meet cluster organisations from all over Europe in pre-arranged one-to-one meetings at the world's leading industrial fair.</strong></p>
<div class="event-details__when"><h2>Date and time</h2><p class="date-info"><span class="date-info__full-datetime">Wednesday, April 19 · 9:30am - 5pm CEST</span></p></div>
<div class="event-details__where"><h2>Location</h2><p><strong>Hannover Exhibition Grounds, Hall 2</strong> Messegelände 30521 Hannover Germany</p></div>
<div class="event-details__refund"><h2>Refund Policy</h2><p>Contact the organizer to request a refund.</p></div>
<div class="event-details__description has-user-generated-content" data-testid="description">
<h2>About this event</h2>
<p>The European Cluster Collaboration Platform, on behalf of the European Commission, organises an EU cluster matchmaking event at HANNOVER MESSE on Wednesday 19th April 2023.</p>
<p>Cluster organisations and their member companies can book pre-arranged one-to-one meetings with partners from other countries in the fields of industrial automation, energy, hydrogen and digital manufacturing. Meeting requests can be sent from 3 April 2023; the registration closes on 12 April 2023 at 23:59.</p>
<p>Participation is free of charge, but a ticket for HANNOVER MESSE (17–21 April 2023) is required to enter the fairground.</p>
<p>Programme:</p>
<ul><li>9:30 Welcome and introduction</li><li>10:00 – 12:30 B2B meetings, round 1</li><li>12:30 Networking lunch</li><li>13:30 – 16:30 B2B meetings, round 2</li><li>16:30 Guided tour of Hall 2</li></ul>
<p><a href="https://www.b2match.com/e/eu-cluster-matchmaking-hm2023">Book your meetings on the matchmaking platform</a></p>
</div>
<div class="tags"><h2>Tags</h2><ul><li><a href="https://www.eventbrite.com/d/germany--hannover/business--events/">Hannover Events</a></li><li><a href="https://www.eventbrite.com/d/germany--hannover/matchmaking/">#matchmaking</a></li><li><a href="https://www.eventbrite.com/d/online/clusters/">#clusters</a></li></ul></div>
</div>
<aside class="event-details__aside"><div class="conversion-bar"><p class="conversion-bar__price">Free</p><button class="eds-btn eds-btn--fill" type="button">Reserve a spot</button><p class="conversion-bar__sales-end">Sales end on 12 Apr</p></div></aside>
</div>
<section class="organizer-info"><h2>About the organizer</h2><div class="organizer-info__name"><a href="https://www.eventbrite.com/o/european-cluster-collaboration-platform-30218471735">Organized by European Cluster Collaboration Platform</a></div><p class="organizer-stats"><span>1.2k followers</span></p><button type="button">Follow</button></section>
<section class="more-events"><h2>More events from this organizer</h2>
<ul><li><a href="https://www.eventbrite.com/e/intra-european-cluster-matchmaking-2023-tickets-71123">Intra-European Cluster Matchmaking 2023</a> <span>Wed, Nov 29 · 9:00 AM CET</span></li>
<li><a href="https://www.eventbrite.com/e/eu-japan-cluster-matchmaking-tickets-71124">EU-Japan Cluster Matchmaking</a> <span>Tue, Jun 13 · 8:00 AM CEST</span></li></ul></section>
</main>
<footer class="global-footer"><p>&copy; 2023 Eventbrite</p><ul><li><a href="https://www.eventbrite.com/help/">Help Center</a></li><li><a href="https://www.eventbrite.com/l/legalterms/">Terms</a></li><li><a href="https://www.eventbrite.com/support/articles/en_US/Troubleshooting/eventbrite-privacy-policy">Privacy</a></li></ul></footer>
</div></div>
</body>
</html>
"""
    r = rec(
        "hw-023",
        url,
        "T4",
        "en",
        True,
        h1,
        h1,
        "ECCP matchmaking",
        bx("2023-04-19", "9:30"),
        bx("2023-04-19", "17:00"),
        "CEST",
        [],
        [],
        [],
        "Eventbrite-like listing: 'Wednesday, April 19 · 9:30am - 5pm CEST' without a year, year in <title>, JSON-LD "
        "(BusinessEvent, agrees) and the body's ordinal 'Wednesday 19th April 2023' (date only); programme times, meeting-"
        "request opening, registration deadline, the fair's own dates (17–21 April 2023) and the organiser's other events "
        "are not the event; no speakers; series ECCP matchmaking.",
    )
    return "hw-023", html, r


def hw024():
    """WordPress 404 page of the site of hw-020."""
    base = "https://www.balticclusters.eu"
    url = base + "/2023/07/eu-clusters-talk-recording-net-zero-industry-act/"
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found &#8211; Baltic Clusters Network</title>
<meta name='robots' content='noindex, follow' />
<link rel='stylesheet' id='twentysixteen-style-css' href='{base}/wp-content/themes/bcn-child/style.css?ver=20230328' media='all' />
</head>
<body class="error404 hfeed">
<div id="page" class="site"><div class="site-inner">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{base}/" rel="home">Baltic Clusters Network</a></p></div>
<nav id="site-navigation" class="main-navigation"><div class="menu-main-container"><ul id="menu-main" class="primary-menu"><li class="menu-item"><a href="{base}/">Home</a></li><li class="menu-item"><a href="{base}/category/events/">Events</a></li><li class="menu-item"><a href="{base}/contact/">Contact</a></li></ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<section class="error-404 not-found">
<header class="page-header"><h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>
<div class="page-content"><p>It looks like nothing was found at this location. Maybe try a search?</p>
<form role="search" method="get" class="search-form" action="{base}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><button type="submit" class="search-submit">Search</button></form></div>
</section>
</main></div>
<aside id="secondary" class="sidebar widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul><li><a href="{base}/2023/05/eu-clusters-talk-net-zero-industry-act-opportunities-for-clusters/">EU Clusters Talk: Net-Zero Industry Act – opportunities for clusters</a><span class="post-date">May 24, 2023</span></li>
<li><a href="{base}/2023/06/eu-clusters-talk-skills/">EU Clusters Talk on skills, 14 June 2023, 8:30 – 9:45 CET</a><span class="post-date">June 1, 2023</span></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2023 Baltic Clusters Network</div></footer>
</div></div>
</body>
</html>
"""
    r = rec(
        "hw-024",
        url,
        "T5",
        "en",
        False,
        "Oops! That page can’t be found.",
        "Oops! That page can’t be found.",
        None,
        None,
        None,
        None,
        [],
        [],
        [],
        "NOT an event: WordPress 404 page on a URL that names an EU Clusters Talk; the sidebar lists posts with event dates and times.",
    )
    return "hw-024", html, r


def hw025():
    """Joomla article: <h2> heading, <time datetime> is the publication date, 12-hour times, speakers in a table."""
    base = "https://www.aerospace-cluster.it"
    url = base + "/index.php/en/news-events/312-eu-clusters-talk-space-gateways-new-space-economy"
    h2 = "EU Clusters Talk: clusters and the New Space economy"
    pdf = base + "/images/eventi/2023/EU_Clusters_Talk_Space_agenda.pdf"
    pptx = base + "/index.php/en/component/attachments/download/188"
    html = f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>EU Clusters Talk: clusters and the New Space economy - Aerospace Cluster</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.3.2" rel="stylesheet">
<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-214">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/index.php/en/"><img loading="eager" decoding="async" src="{base}/images/logo-cluster.png" alt="Aerospace Cluster" width="260" height="70"></a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101"><a href="/index.php/en/">Home</a></li><li class="nav-item item-102 deeper parent"><a href="/index.php/en/the-cluster">The Cluster</a></li><li class="nav-item item-214 current active"><a href="/index.php/en/news-events" aria-current="location">News &amp; Events</a></li><li class="nav-item item-215"><a href="/index.php/en/projects">Projects</a></li></ul></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/en/" class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/en/news-events" class="pathway"><span>News &amp; Events</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{h2}</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h2 itemprop="headline">{h2}</h2></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by: <span itemprop="name">Communication Office</span></dd>
<dd class="category-name">Category: <a href="/index.php/en/news-events" itemprop="genre">News &amp; Events</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2023-05-03T10:12:45+00:00" itemprop="datePublished">Published: 03 May 2023</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:412">Hits: 412</dd>
</dl>
<div itemprop="articleBody" class="com-content-article__body">
<p>The European Cluster Collaboration Platform invites the cluster community to the EU Clusters Talk “Space: Clusters as gateways to the New Space economy”, on Wednesday, May 24th, 2023, from 8:30 am to 9:45 am (CET).</p>
<p>Small satellites, cheaper launches and the EU Space Programme are opening the space economy to companies that never worked in it. The Talk shows how aerospace clusters help SMEs from other sectors enter the market, with examples from the METASTARS and LEVIATAD Euroclusters.</p>
<p>Our cluster takes part with the following speakers:</p>
<table class="table table-striped speakers">
<thead><tr><th>Speaker</th><th>Position</th><th>Organisation</th></tr></thead>
<tbody>
<tr><td>Dr. Fabio Ricci</td><td>Head of International Projects</td><td>Distretto Aerospaziale Piemonte</td></tr>
<tr><td>Chiara Manfredi</td><td>Programme Officer</td><td>DG DEFIS, European Commission</td></tr>
<tr><td>Laurent Jourdain</td><td>Managing Director</td><td>Aerospace Valley</td></tr>
<tr><td>Agnieszka Kowal</td><td>International Projects Manager</td><td>Silesian Aviation Cluster, METASTARS Eurocluster</td></tr>
</tbody>
</table>
<p>Download the <a href="{pdf}" target="_blank">agenda</a>. Members are also invited to our own workshop on the EU Space Programme in Turin on 8 June 2023 from 2 pm to 6 pm.</p>
<p><a href="https://www.youtube.com/@clustercollaboration">ECCP YouTube channel</a></p>
</div>
<div class="attachmentsContainer">
<table class="attachmentsList" id="attachmentsList_com_content_default_312">
<caption>Attachments:</caption>
<thead><tr><th class="at_filename">File</th><th class="at_file_size">File size</th></tr></thead>
<tbody><tr class="odd"><td class="at_filename"><a class="at_icon" href="{pptx}" title="Download this file (DAP_New_Space_presentation.pptx)"><img src="/media/com_attachments/images/file_icons/ppt.gif" alt="Download this file (DAP_New_Space_presentation.pptx)" /></a>&nbsp;<a class="at_url" href="{pptx}" title="Download this file (DAP_New_Space_presentation.pptx)">DAP_New_Space_presentation.pptx</a></td><td class="at_file_size">2,341 kB</td></tr></tbody>
</table></div>
<ul class="pagenav"><li class="previous"><a class="hasTooltip" title="Clusters meet Regions in Kittilä" aria-label="Previous article: Clusters meet Regions in Kittilä" href="/index.php/en/news-events/305-clusters-meet-regions-kittila" rel="prev">Prev</a></li><li class="next"><a class="hasTooltip" title="Paris Air Forum 2023" aria-label="Next article: Paris Air Forum 2023" href="/index.php/en/news-events/318-paris-air-forum-2023" rel="next">Next</a></li></ul>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Upcoming</h3><div class="card-body"><ul class="mod-articles-category"><li><a href="/index.php/en/news-events/318-paris-air-forum-2023">Paris Air Forum 2023</a> <span class="mod-articles-category-date">16 June 2023</span></li></ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>Aerospace Cluster – Via Nizza 262, Torino – VAT 09876543210</p></div></footer>
</body>
</html>
"""
    r = rec(
        "hw-025",
        url,
        "T4",
        "en",
        True,
        "Space: Clusters as gateways to the New Space economy",
        h2,
        "EU Clusters Talks",
        bx("2023-05-24", "8:30"),
        bx("2023-05-24", "9:45"),
        "CET",
        [
            sp("Fabio Ricci", "Head of International Projects", "Distretto Aerospaziale Piemonte"),
            sp("Chiara Manfredi", "Programme Officer", "DG DEFIS, European Commission"),
            sp("Laurent Jourdain", "Managing Director", "Aerospace Valley"),
            sp("Agnieszka Kowal", "International Projects Manager", "Silesian Aviation Cluster", "METASTARS"),
        ],
        ["LEVIATAD", "METASTARS"],
        [asset("agenda", pdf), asset("DAP_New_Space_presentation.pptx", pptx)],
        "Joomla 4 (Cassiopeia): article heading is an <h2> (no <h1>); <time datetime> in the article info is the publication "
        "date; 'Hits: 412'; month-first ordinal with 12-hour times 'May 24th, 2023, from 8:30 am to 9:45 am (CET)' (+02:00); "
        "a members' workshop on 8 June with '2 pm to 6 pm' is another event; speakers in a <table>; Joomla attachments plugin "
        "row whose URL has no file extension (the file name is in the text): an asset; YouTube channel link is not.",
    )
    return "hw-025", html, r


def hw026():
    """Wix-like div soup: JSON-LD Event with a stale date (the prose announces the new date)."""
    base = "https://www.greenmobilitycluster.com"
    url = base + "/post/eu-clusters-talk-hydrogen-valleys"
    h1 = "EU Clusters Talk: Hydrogen valleys – clusters connecting regions"
    pdf = base + "/_files/ugd/4c1a2b_9f8e7d6c5b4a43e2a1d0c7b6e5f4a3b2.pdf"
    ld = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "EU Clusters Talk: Hydrogen valleys",
        "startDate": "2023-09-13T08:30:00+02:00",
        "endDate": "2023-09-13T09:45:00+02:00",
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "location": {"@type": "VirtualLocation", "url": url},
    }
    bp = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": h1,
        "datePublished": "2023-08-22T11:04:51.000Z",
        "dateModified": "2023-09-05T07:30:12.000Z",
        "author": {"@type": "Person", "name": "Green Mobility Cluster"},
    }

    def para(text: str, cls: str = "font_8") -> str:
        return (
            f'<p class="{cls} wixui-rich-text__text" style="line-height:1.6em;"><span style="letter-spacing:normal;" '
            f'class="wixui-rich-text__text"><span class="color_15 wixui-rich-text__text">{text}</span></span></p>'
        )

    paras = [
        para(
            '<span style="font-weight:bold;" class="wixui-rich-text__text">NEW DATE:</span> the Talk has been moved from 13 September to 20 September 2023.'
        ),
        para(
            "The European Cluster Collaboration Platform organises the EU Clusters Talk “Hydrogen valleys: Clusters connecting regions” on 20 September 2023, 8:30 – 9:45 CET."
        ),
        para(
            "Hydrogen valleys bring production, storage and use of renewable hydrogen together in one region. The Talk discusses how clusters help to plan them and to connect them across borders."
        ),
        para('<span style="font-weight:bold;" class="wixui-rich-text__text">Speakers:</span>'),
        para("Keynote: Dr. Marc Lefort, Senior Policy Advisor, Hydrogen Europe"),
        para("Panel:"),
        para("• Birgit Hansen, Cluster Manager, Energy Cluster Denmark"),
        para("• Joris Van den Bossche, Project Lead, WaterstofNet"),
        para("• Alessia Conti, Head of Innovation, Hydrogen Valley South Tyrol"),
        para("\u200b"),
        para(
            f'<a href="{pdf}" target="_blank" class="wixui-rich-text__text"><span style="text-decoration:underline;" class="wixui-rich-text__text">Programme</span></a>'
        ),
        para(
            '<a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk_H2valleys" target="_blank" class="wixui-rich-text__text">Register</a>'
        ),
    ]
    rich = "\n".join(paras)
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta name="generator" content="Wix.com Website Builder"/>
<title>EU Clusters Talk: Hydrogen valleys – clusters connecting regions</title>
<meta property="og:title" content="EU Clusters Talk: Hydrogen valleys – clusters connecting regions"/>
<meta property="article:published_time" content="2023-08-22T11:04:51.000Z"/>
<script type="application/ld+json">{json.dumps(bp)}</script>
<script type="application/ld+json">{json.dumps(ld)}</script>
<style>{pseudo_css(26, ["comp", "wixui", "StylableButton", "font", "color"], 50)}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-kq1x5b0f" class="KcpHeO tz5f0K comp-kq1x5b0f wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">GREEN MOBILITY CLUSTER</span></p></div>
<nav id="comp-kq1x5b1d" class="StylableHorizontalMenu3372578893__root comp-kq1x5b1d wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu"><li><a href="{base}">Home</a></li><li><a href="{base}/about">About</a></li><li><a href="{base}/blog">News</a></li><li><a href="{base}/members">Members</a></li></ul></nav>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="JsJXaX"><div id="TPAMultiSection_blog" class="post-page">
<div class="blog-post-page-font" data-hook="post-page"><article data-hook="post" class="post-container">
<div class="post-header"><div data-hook="post-metadata"><span data-hook="user-name">Green Mobility Cluster</span><span data-hook="time-ago" title="Aug 22, 2023">Aug 22, 2023</span><span data-hook="time-to-read">2 min read</span></div></div>
<div class="post-title"><h1 data-hook="post-title" class="blog-post-title-font"><span class="post-title__text blog-post-title-font">{h1}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><div class="comp-lm3x7d2q" data-testid="richTextElement">
{rich}
</div></div>
<div class="post-footer"><span data-hook="views-counter">86 views</span> <span data-hook="comments-counter">0 comments</span> <button data-hook="like-button" aria-label="Like">3</button></div>
</article>
<section data-hook="recent-posts"><h2>Recent Posts</h2><div class="recent-post"><a href="{base}/post/matchmaking-at-hannover-messe">Matchmaking at HANNOVER MESSE</a><span>Apr 3, 2023</span></div></section>
</div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-kq1x5b3a" class="wixui-rich-text"><p class="font_9 wixui-rich-text__text">© 2023 by Green Mobility Cluster. Proudly created with Wix.com</p></div></footer>
</div></div></div></div>
</body>
</html>
"""
    r = rec(
        "hw-026",
        url,
        "T4",
        "en",
        True,
        "Hydrogen valleys: Clusters connecting regions",
        h1,
        "EU Clusters Talks",
        bx("2023-09-20", "8:30"),
        bx("2023-09-20", "9:45"),
        "CET",
        [
            sp("Marc Lefort", "Senior Policy Advisor", "Hydrogen Europe"),
            sp("Birgit Hansen", "Cluster Manager", "Energy Cluster Denmark"),
            sp("Joris Van den Bossche", "Project Lead", "WaterstofNet"),
            sp("Alessia Conti", "Head of Innovation", "Hydrogen Valley South Tyrol"),
        ],
        [],
        [asset("Programme", pdf)],
        "Wix-like div soup (every paragraph wrapped in spans, a zero-width-space paragraph); the JSON-LD Event still has the "
        "old date (13 September 2023) and DISAGREES with the prose, which announces the move to 20 September 2023, 8:30 – 9:45 "
        "CET (+02:00): the prose is right; BlogPosting JSON-LD and 'Aug 22, 2023' are publication dates; 'Keynote:' line and a "
        "'Panel:' of '•' lines; Wix file URL ending in .pdf is an asset.",
    )
    return "hw-026", html, r


def hw027():
    """Hand-written static HTML; year only in the URL; truncated at the end (no </body>, </html>)."""
    base = "https://www.cluster-research.org"
    url = base + "/news/2024/03/eu-clusters-talk-chips.html"
    html = """<html>
<head>
<title>Cluster Research Group - News</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="stylesheet" href="../../../style.css">
</head>
<body bgcolor="#ffffff">
<table width="100%" cellpadding="4"><tr><td><a href="../../../index.html"><img src="../../../img/logo.gif" alt="Cluster Research Group" border="0"></a></td>
<td align="right"><a href="../../../index.html">Home</a> | <a href="../../index.html">News</a> | <a href="../../../publications.html">Publications</a> | <a href="../../../team.html">Team</a></td></tr></table>
<hr>
<h1>EU Clusters Talk on the European Chips Act</h1>
<p><i>News item</i></p>
<p>On 13 March, 8:30-9:45CET, the European Cluster Collaboration Platform holds an EU Clusters Talk on &quot;Chips for Europe: How clusters can support the Chips Act&quot;. Our group contributes with a short input on the mapping of semiconductor clusters.</p>
<p>The European Chips Act entered into force last autumn. It aims to double Europe's share of global chip production and relies on competence centres and a network of design platforms. Clusters of the electronics ecosystem are expected to connect these with SMEs.</p>
<p>Speakers will include:<br>
- Frank B&ouml;senberg, Managing Director, Silicon Saxony, Silicon Europe Eurocluster;<br>
- Anna Rossi, Policy Officer, DG CNECT, European Commission;<br>
- Kees Jansen, CEO, High Tech NL;<br>
- to be confirmed.</p>
<p>Background: <a href="../../../docs/chips-talk-background.pdf">background paper (PDF)</a> prepared by our group.</p>
<p>Connection details are sent after <a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk_Chips">registration</a>.</p>
<hr>
<div id="footer"><p><a href="../../index.html">&laquo; back to the news</a></p>
<p>Cluster Research Group &middot; Contact: <a href="mailto:info@cluster-research.org">info@cl"""
    r = rec(
        "hw-027",
        url,
        "T4",
        "en",
        True,
        "Chips for Europe: How clusters can support the Chips Act",
        "EU Clusters Talk on the European Chips Act",
        "EU Clusters Talks",
        bx("2024-03-13", "8:30"),
        bx("2024-03-13", "9:45"),
        "CET",
        [
            sp("Frank Bösenberg", "Managing Director", "Silicon Saxony", "Silicon Eurocluster"),
            sp("Anna Rossi", "Policy Officer", "DG CNECT, European Commission"),
            sp("Kees Jansen", "CEO", "High Tech NL"),
        ],
        ["Silicon Eurocluster"],
        [asset("background paper (PDF)", base + "/docs/chips-talk-background.pdf")],
        "Hand-written static HTML truncated inside the footer (no </body> or </html>, no <!DOCTYPE>); the year appears only in "
        "the URL (/news/2024/03/): '13 March, 8:30-9:45CET' (zone glued, winter +01:00); title in &quot; entities; '- ' lines "
        "with <br>; 'Silicon Europe Eurocluster' alias; 'to be confirmed.' placeholder; relative '../../../docs/…pdf' link; "
        "&ouml; entity in a name.",
    )
    return "hw-027", html, r


def hw028():
    """AMP page of a news portal: speakers in a <dl>, 'noon', publication <time>."""
    base = "https://www.innovation-news.eu"
    url = base + "/amp/2023/11/eccp-webinar-going-global-internationalisation-strategies-for-clusters"
    h1 = "ECCP webinar: Going global – internationalisation strategies for clusters"
    pdf = base + "/media/2023/11/Going-global-concept-note.pdf"
    html = f"""<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>ECCP webinar: Going global – internationalisation strategies for clusters | Innovation News</title>
<link rel="canonical" href="{base}/2023/11/eccp-webinar-going-global-internationalisation-strategies-for-clusters">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{h1}","datePublished":"2023-11-14T08:00:00+01:00","dateModified":"2023-11-14T08:00:00+01:00","publisher":{{"@type":"Organization","name":"Innovation News"}}}}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>{pseudo_css(28, ["amp-article", "amp-header", "amp-footer"], 25)}</style>
</head>
<body>
<header class="amp-header"><a href="{base}/amp/">Innovation News</a></header>
<article class="amp-article">
<p class="amp-article__kicker">Events</p>
<h1 class="amp-article__title">{h1}</h1>
<p class="amp-article__meta">By the editorial team · <time datetime="2023-11-14">14 November 2023</time></p>
<amp-img src="{base}/media/2023/11/going-global.jpg" width="1200" height="630" layout="responsive" alt="Going global webinar"></amp-img>
<div class="amp-article__body">
<p>The European Cluster Collaboration Platform runs a capacity-building webinar on how clusters can design an internationalisation strategy. It takes place online on Tuesday, 28 November 2023, from 10:30 to noon (CET).</p>
<p>The webinar presents the platform's internationalisation guide, explains the support available from the Enterprise Europe Network and the European Cluster Partnerships, and shows two clusters that entered markets in Asia and Latin America.</p>
<p>Speakers:</p>
<dl class="speakers">
<dt>Christophe Guichard</dt><dd>Policy Officer, DG GROW, European Commission</dd>
<dt>Dr. Teresa Almeida</dt><dd>Head of Internationalisation, Portuguese Textile Cluster</dd>
<dt>Niklas Berg</dt><dd>Senior Consultant, European Cluster Collaboration Platform</dd>
</dl>
<p>Registration closes on 27 November 2023 at 17:00. More in the <a href="{pdf}">concept note</a>.</p>
</div>
<amp-social-share type="linkedin" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share>
</article>
<footer class="amp-footer"><p>&copy; 2023 Innovation News · <a href="{base}/2023/11/eccp-webinar-going-global-internationalisation-strategies-for-clusters">View non-AMP version</a></p></footer>
</body>
</html>
"""
    r = rec(
        "hw-028",
        url,
        "T4",
        "en",
        True,
        h1,
        h1,
        None,
        bx("2023-11-28", "10:30"),
        bx("2023-11-28", "12:00"),
        "CET",
        [
            sp("Christophe Guichard", "Policy Officer", "DG GROW, European Commission"),
            sp("Teresa Almeida", "Head of Internationalisation", "Portuguese Textile Cluster"),
            sp("Niklas Berg", "Senior Consultant", "European Cluster Collaboration Platform"),
        ],
        [],
        [asset("concept note", pdf)],
        "AMP page (<html ⚡>, amp-img, amp-boilerplate); capacity-building webinar (series null); 'from 10:30 to noon (CET)' "
        "-> end 12:00; publication <time> and NewsArticle JSON-LD are not the event; speakers in a <dl> (name <dt>, 'Role, "
        "Organisation' <dd>); registration deadline with a time.",
    )
    return "hw-028", html, r


def hw029():
    """French WordPress block theme: 'de 8h30 à 9h45', guillemets, 'Eurocluster DREAM'."""
    base = "https://franceclusters.fr"
    url = base + "/eu-clusters-talk-cybersecurite-les-clusters-en-premiere-ligne/"
    h1 = "EU Clusters Talk : la cybersécurité, les clusters en première ligne"
    pdf = base + "/wp-content/uploads/2023/03/Programme-EU-Clusters-Talk-cybersecurite.pdf"
    html = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>EU Clusters Talk : la cybersécurité, les clusters en première ligne &#8211; France Clusters</title>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.1.1' media='all' />
<style id='global-styles-inline-css'>body{{--wp--preset--color--black: #000000;--wp--preset--color--primary: #1d3c8f;}}</style>
</head>
<body class="post-template-default single single-post postid-15023 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex"><p class="wp-block-site-title"><a href="{base}" rel="home">France Clusters</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation" aria-label="Menu principal"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{base}/le-reseau/">Le réseau</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{base}/actualites/">Actualités</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{base}/agenda/">Agenda</a></li></ul></nav></div></header>
<main class="wp-block-group is-layout-constrained">
<div class="wp-block-group"><h1 class="wp-block-post-title">{h1}</h1>
<div class="wp-block-post-date"><time datetime="2023-03-01T09:30:00+01:00">Publié le 1 mars 2023</time></div>
<div class="taxonomy-category wp-block-post-terms"><a href="{base}/category/europe/" rel="tag">Europe</a></div></div>
<div class="entry-content wp-block-post-content is-layout-constrained">
<p>La plateforme européenne de collaboration des clusters (ECCP) organise, le mercredi 15 mars 2023 de 8h30 à 9h45 (CET), l’EU Clusters Talk « Cybersecurity: Clusters on the front line ».</p>
<p>Les attaques informatiques visent de plus en plus les PME industrielles. Les clusters peuvent sensibiliser leurs membres, mutualiser des diagnostics et relayer les aides européennes. Le webinaire, en anglais, présente des initiatives de clusters français et européens.</p>
<p><strong>Intervenants :</strong></p>
<ul>
<li>Dr Claire Martin, Chargée de mission, DG CNECT, Commission européenne</li>
<li>Pierre Dubois, Directeur, Pôle SCS, Eurocluster DREAM</li>
<li>Hugo Lambert, Responsable projets européens, Systematic Paris-Region</li>
<li>Intervenants supplémentaires à confirmer</li>
</ul>
<div class="wp-block-file"><a href="{pdf}">Programme (PDF)</a></div>
<p>Inscription gratuite mais obligatoire avant le 14 mars 2023 à 12h00 : <a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk_Cyber">je m’inscris</a>.</p>
</div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group"><p>© France Clusters – 2023</p><p><a href="{base}/mentions-legales/">Mentions légales</a></p></div></footer>
</div>
</body>
</html>
"""
    r = rec(
        "hw-029",
        url,
        "T3",
        "fr",
        True,
        "Cybersecurity: Clusters on the front line",
        h1,
        "EU Clusters Talks",
        bx("2023-03-15", "8:30"),
        bx("2023-03-15", "9:45"),
        "CET",
        [
            sp("Claire Martin", "Chargée de mission", "DG CNECT, Commission européenne"),
            sp("Pierre Dubois", "Directeur", "Pôle SCS", "DREAM"),
            sp("Hugo Lambert", "Responsable projets européens", "Systematic Paris-Region"),
        ],
        ["DREAM"],
        [asset("Programme (PDF)", pdf)],
        "French WordPress block theme: 'le mercredi 15 mars 2023 de 8h30 à 9h45 (CET)'; title in French guillemets « … "
        "» (English official title); 'Intervenants :' list with 'Eurocluster DREAM' (prefix form) and a French placeholder; "
        "'Publié le 1 mars 2023' and the registration deadline '14 mars 2023 à 12h00' are not the event.",
    )
    return "hw-029", html, r


PAGES = [hw020, hw021, hw022, hw023, hw024, hw025, hw026, hw027, hw028, hw029]
