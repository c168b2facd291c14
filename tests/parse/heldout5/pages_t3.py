"""T3: WordPress republications: a classic theme, The Events Calendar, Modern Events Calendar, a block theme, a
newsletter archive and an open-call news item. Each page written by hand in its own markup."""

from common import asset, rec, sp


def hv021():
    url = "https://www.balticclusters.eu/2024/08/26/eu-clusters-talk-clusters-for-a-stronger-european-defence-industrial-base/"
    title = "EU Clusters Talk: Clusters for a stronger European defence industrial base"
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title} &#8211; Baltic Sea Clusters Network</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title} - Baltic Sea Clusters Network" />
<meta property="article:published_time" content="2024-08-26T07:14:27+00:00" />
<meta property="article:modified_time" content="2024-09-02T08:01:10+00:00" />
<meta name="author" content="Editorial team" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"{url}#article","isPartOf":{{"@id":"{url}"}},"author":{{"name":"Editorial team","@id":"https://www.balticclusters.eu/#/schema/person/7d1e"}},"headline":"{title}","datePublished":"2024-08-26T07:14:27+00:00","dateModified":"2024-09-02T08:01:10+00:00","wordCount":312,"commentCount":2,"articleSection":["Events","News"],"inLanguage":"en-GB"}},{{"@type":"WebSite","@id":"https://www.balticclusters.eu/#website","url":"https://www.balticclusters.eu/","name":"Baltic Sea Clusters Network"}}]}}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://www.balticclusters.eu/wp-includes/css/dist/block-library/style.min.css?ver=6.6.1' media='all' />
<link rel='stylesheet' id='generatepress-style-css' href='https://www.balticclusters.eu/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<script src="https://www.balticclusters.eu/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-4312 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site">
<div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://www.balticclusters.eu/" rel="home">Baltic Sea Clusters Network</a></p><p class="site-description">Cooperation of cluster organisations around the Baltic Sea</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary">
<div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav">
<ul id="menu-main" class="menu sf-menu">
<li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home menu-item-21"><a href="https://www.balticclusters.eu/">Home</a></li>
<li id="menu-item-22" class="menu-item menu-item-has-children menu-item-22"><a href="https://www.balticclusters.eu/about/">About</a>
<div class="sub-menu-wrap"><ul class="sub-menu">
<li id="menu-item-30" class="menu-item menu-item-30"><a href="https://www.balticclusters.eu/about/members/">Members</a></li>
<li id="menu-item-31" class="menu-item menu-item-31"><a href="https://www.balticclusters.eu/about/board/">Board</a></li>
</ul>
</li>
<li id="menu-item-23" class="menu-item menu-item-has-children current-menu-parent menu-item-23"><a href="https://www.balticclusters.eu/category/events/">Events</a>
<div class="sub-menu-wrap"><ul class="sub-menu">
<li id="menu-item-40" class="menu-item menu-item-40"><a href="https://www.balticclusters.eu/category/events/">Upcoming</a></li>
<li id="menu-item-41" class="menu-item menu-item-41"><a href="https://www.balticclusters.eu/category/events/past/">Past events</a>
</ul>
</li>
<li id="menu-item-24" class="menu-item menu-item-24"><a href="https://www.balticclusters.eu/category/news/">News</a></li>
<li id="menu-item-25" class="menu-item menu-item-25"><a href="https://www.balticclusters.eu/contact/">Contact</a></li>
</ul>
</nav>
</div>
</header>

<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-4312" class="post-4312 post type-post status-publish format-standard has-post-thumbnail hentry category-events category-news tag-defence tag-eu-clusters-talks" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent">
<img width="1200" height="450" src="https://www.balticclusters.eu/wp-content/uploads/2024/08/EUCT-defence-25-09-2024.jpg" class="attachment-full size-full wp-post-image" alt="EUCT-defence-25-09-2024" itemprop="image" decoding="async" />
</div>
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">{title}</h1>
<div class="entry-meta">
<span class="posted-on"><time class="updated" datetime="2024-09-02T10:01:10+02:00" itemprop="dateModified">September 2, 2024</time><time class="entry-date published" datetime="2024-08-26T09:14:27+02:00" itemprop="datePublished">August 26, 2024</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://www.balticclusters.eu/author/editorial/" title="View all posts by Editorial team" rel="author" itemprop="url"><span class="author-name" itemprop="name">Editorial team</span></a></span></span>
<span class="post-views"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-count">1,204</span> Views</span>
</div>
</header>
<div class="entry-content" itemprop="text">
<p>The European Cluster Collaboration Platform invites you to the EU Clusters Talk &#8220;Clusters for a stronger European defence industrial base&#8221; on 25 September 2024 from 8.30 to 9.45 CET.</p>
<p>The European Defence Industrial Strategy, presented by the Commission in March 2024, wants more of Europe&#8217;s defence equipment to be bought from European suppliers. Many of these suppliers are SMEs that have never worked for the defence sector. The Talk shows how aerospace, security and maritime clusters open the door for them, with examples from the LEVIATAD and METASTARS Euroclusters.</p>
<p><strong>Speakers include:</strong><br />
&bull; Marta S&aacute;nchez Ortiz, Policy Officer, DG DEFIS, European Commission<br />
&bull; Henrik Lindholm, Cluster Manager, Security &amp; Defence Cluster Sweden<br />
&bull; Giulia Bassi, Programme Manager at Distretto Aerospaziale della Campania<br />
&bull; Prof. Andrzej Malinowski, Vice-Rector, Gda&#324;sk University of Technology<br />
&bull; More speakers TBC</p>
<p>The Talk is free and open to all. <a href="https://clustercollaboration.eu/content/eu-clusters-talks-clusters-stronger-european-defence-industrial-base">Register on the ECCP website</a>.</p>
<p>Our network will also be present at the Baltic Defence Days in Gdynia on 8&#8211;9 October 2024. Come and meet us at stand B12!</p>
</div>
<footer class="entry-meta" aria-label="Entry meta">
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="https://www.balticclusters.eu/category/events/" rel="category tag">Events</a>, <a href="https://www.balticclusters.eu/category/news/" rel="category tag">News</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="https://www.balticclusters.eu/tag/defence/" rel="tag">defence</a>, <a href="https://www.balticclusters.eu/tag/eu-clusters-talks/" rel="tag">EU Clusters Talks</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts">
<div class="nav-previous"><span class="prev"><a href="https://www.balticclusters.eu/2024/08/12/clusters-meet-regions-graz-our-takeaways/" rel="prev">Clusters meet Regions Graz (18&#8211;19 June 2024): our takeaways</a></span></div><div class="nav-next"><span class="next"><a href="https://www.balticclusters.eu/2024/09/09/c2lab-strasbourg-call-for-participants/" rel="next">C2Lab Strasbourg, 25&#8211;26 September 2024: call for participants</a></span></div>
</nav>
</footer>
<div class="author-box">
<div class="avatar"><img alt="" src="https://secure.gravatar.com/avatar/5f1c9a?s=80&#038;d=mm&#038;r=g" class="avatar avatar-80 photo" height="80" width="80" /></div>
<div class="author-box-content"><h4 class="author-title">About Editorial team</h4><p>The editorial team of the Baltic Sea Clusters Network collects news from our 46 member clusters. Write to us at news@balticclusters.eu.</p></div>
</div>
</div>
</article>
<div class="jp-relatedposts" id="jp-relatedposts">
<h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="https://www.balticclusters.eu/2024/05/06/eu-clusters-talk-plastics/">EU Clusters Talk on plastics, 15 May 2024, 8:30 &#8211; 9:45 CET</a></h4><p class="jp-relatedposts-post-date">May 6, 2024</p><p class="jp-relatedposts-post-context">In &quot;Events&quot;</p></div>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="https://www.balticclusters.eu/2024/03/27/net-zero-industry-act-talk/">Net-Zero Industry Act: What role for clusters? (17 April 2024)</a></h4><p class="jp-relatedposts-post-date">March 27, 2024</p><p class="jp-relatedposts-post-context">In &quot;Events&quot;</p></div>
</div>
</div>
<div class="comments-area" id="comments">
<h3 class="comments-title">2 thoughts on &ldquo;{title}&rdquo;</h3>
<ol class="comment-list">
<li id="comment-118" class="comment even thread-even depth-1 parent">
<article class="comment-body" id="div-comment-118"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/91ab?s=50&#038;d=mm&#038;r=g" class="avatar avatar-50 photo" height="50" width="50" /><cite itemprop="name" class="fn">Jonas Kairys</cite> <span class="says">says:</span></div>
<div class="entry-meta comment-metadata"><a href="#comment-118"><time datetime="2024-08-28T15:12:33+02:00" itemprop="datePublished">August 28, 2024 at 3:12 pm</time></a></div></footer>
<div class="comment-content"><p>Will the slides be shared after the Talk? Our members at Klaip&#279;da Science and Technology Park are very interested.</p></div></article>
<ol class="children"><li id="comment-119" class="comment byuser comment-author-editorial bypostauthor odd alt depth-2">
<article class="comment-body" id="div-comment-119"><footer class="comment-meta"><div class="comment-author vcard"><cite itemprop="name" class="fn">Editorial team</cite> <span class="says">says:</span></div>
<div class="entry-meta comment-metadata"><a href="#comment-119"><time datetime="2024-08-29T09:02:10+02:00">August 29, 2024 at 9:02 am</time></a></div></footer>
<div class="comment-content"><p>Yes, Jonas &#8211; ECCP publishes the slides and the recording about a week after each Talk.</p></div></article></li></ol>
</li>
</ol>
</div>
</main>
</div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
<div class="inside-right-sidebar">
<aside id="block-3" class="widget inner-padding widget_block"><h2 class="widget-title">Upcoming events</h2>
<ul class="upcoming-list">
<li><a href="https://www.balticclusters.eu/2024/09/09/c2lab-strasbourg-call-for-participants/">C2Lab Strasbourg</a> &ndash; 25/09/2024</li>
<li><a href="https://www.balticclusters.eu/baltic-defence-days/">Baltic Defence Days, Gdynia</a> &ndash; 08/10/2024, 10:00</li>
<li><a href="https://www.balticclusters.eu/general-assembly-2024/">BSCN General Assembly</a> &ndash; 21/11/2024, 13:00&ndash;16:00</li>
</ul></aside>
<aside id="media_image-2" class="widget inner-padding widget_text"><h2 class="widget-title">Latest publications</h2>
<div class="textwidget"><p><a href="https://www.balticclusters.eu/wp-content/uploads/2024/06/BSCN-Annual-Report-2023.pdf">Annual Report 2023 (PDF)</a><br /><a href="https://www.balticclusters.eu/wp-content/uploads/2024/02/Baltic-Cluster-Map-2024.pdf">Baltic Cluster Map 2024</a></p></div></aside>
</div>
</div>
</div>
</div>
<div class="site-footer">
<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2024 Baltic Sea Clusters Network &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div>
</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a></span></div></div>
<script id="generate-menu-js" src="https://www.balticclusters.eu/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
</body>
</html>
"""
    r = rec(
        "hv-021",
        url,
        "T3",
        "en",
        True,
        "Clusters for a stronger European defence industrial base",
        title,
        "EU Clusters Talks",
        "2024-09-25T08:30:00+02:00",
        "2024-09-25T09:45:00+02:00",
        "CET",
        [
            sp("Marta Sánchez Ortiz", "Policy Officer", "DG DEFIS, European Commission"),
            sp("Henrik Lindholm", "Cluster Manager", "Security & Defence Cluster Sweden"),
            sp("Giulia Bassi", "Programme Manager", "Distretto Aerospaziale della Campania"),
            sp("Andrzej Malinowski", "Vice-Rector", "Gdańsk University of Technology"),
        ],
        ["LEVIATAD", "METASTARS"],
        [],
        "WordPress classic theme (GeneratePress) with BROKEN navigation: two unclosed sub-menu <div>s, an unclosed "
        "<li> and a missing </div> for the nav wrapper. 'Posted on' (entry-date) one month before the event and an "
        "'updated' date; '1,204 Views'; dotted times 'from 8.30 to 9.45 CET' (+02:00); speakers as literal '&bull;' "
        "lines in the same <p> as the bold intro; another event (Baltic Defence Days, 8–9 October 2024) in the "
        "body; related posts, prev/next links and a sidebar with other dated events; commenters are not speakers; "
        "sidebar PDFs (publications) are not the page's assets.",
    )
    return r, html


def hv022():
    url = "https://www.mobility-cluster.eu/event/e-boost-open-call-3-info-session/"
    title = "E-BOOST Open Call #3 Info Session"
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title} &#8211; Mobility Cluster Europe</title>
<link rel="alternate" type="text/calendar" title="Mobility Cluster Europe &raquo; iCal Feed" href="https://www.mobility-cluster.eu/events/?ical=1" />
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css' href='https://www.mobility-cluster.eu/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.2.1' media='all' />
<script type="application/ld+json">
[{{"@context":"http://schema.org","@type":"Event","name":"E-BOOST Open Call #3 Info Session","description":"&lt;p&gt;The E-BOOST Eurocluster opens its third call for SMEs in the electromobility ecosystem.&lt;/p&gt;\\n","url":"https://www.mobility-cluster.eu/event/e-boost-open-call-3-info-session/","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","startDate":"2023-09-20T08:30:00+02:00","endDate":"2023-09-20T10:00:00+02:00","location":{{"@type":"VirtualLocation","url":"https://www.mobility-cluster.eu/event/e-boost-open-call-3-info-session/"}},"organizer":{{"@type":"Person","name":"E-BOOST Eurocluster","description":"","url":"https://e-boost.eu","telephone":"","email":"opencalls@e-boost.eu"}},"performer":"Organization"}}]
</script>
</head>
<body class="tribe_events-template-default single single-tribe_events postid-5120 tribe-events-page-template tribe-no-js tribe-filter-live events-single tribe-events-style-full tribe-events-style-theme">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://www.mobility-cluster.eu/" class="custom-logo-link" rel="home"><img width="220" height="60" src="https://www.mobility-cluster.eu/wp-content/uploads/2021/03/logo-mce.svg" class="custom-logo" alt="Mobility Cluster Europe" /></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="https://www.mobility-cluster.eu/about/">About</a></li><li class="current-menu-item"><a href="https://www.mobility-cluster.eu/events/">Events</a></li><li><a href="https://www.mobility-cluster.eu/open-calls/">Open calls</a></li><li><a href="https://www.mobility-cluster.eu/members/">Members</a></li></ul></nav></header>
<main id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"><img class="tribe-events-spinner-medium" src="https://www.mobility-cluster.eu/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events" /></span>
<div id="tribe-events-content" class="tribe-events-single">
<p class="tribe-events-back"><a href="https://www.mobility-cluster.eu/events/"> &laquo; All Events</a></p>
<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
<h1 class="tribe-events-single-event-title">{title}</h1>
<div class="tribe-events-schedule tribe-clearfix">
<h2><span class="tribe-event-date-start">September 20 @ 8:30 am</span> - <span class="tribe-event-time">10:00 am</span> <span class='timezone'> CEST </span></h2>
</div>
<div id="tribe-events-header" data-title="{title} &#8211; Mobility Cluster Europe" data-viewtitle="{title}">
<nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="https://www.mobility-cluster.eu/event/mobility-cluster-day-2023/"><span>&laquo;</span> Mobility Cluster Day 2023</a></li><li class="tribe-events-nav-next"><a href="https://www.mobility-cluster.eu/event/ev-battery-forum-2023/">EV Battery Forum <span>&raquo;</span></a></li></ul></nav>
</div>
<div id="post-5120" class="post-5120 tribe_events type-tribe_events status-publish hentry tribe_events_cat-webinars cat_webinars">
<div class="tribe-events-event-image"><img width="1024" height="512" src="https://www.mobility-cluster.eu/wp-content/uploads/2023/08/EBOOST-call3-banner.png" class="attachment-full size-full wp-post-image" alt="EBOOST call3 banner 20.09" /></div>
<div class="tribe-events-single-event-description tribe-events-content">
<p>The E-BOOST Eurocluster opens its third call for SMEs in the electromobility ecosystem. In this info session the team presents the call, the eligible activities and the evaluation process, and answers your questions live.</p>
<h3 class="wp-block-heading">Speakers</h3>
<div class="wp-block-columns speakers is-layout-flex">
<div class="wp-block-column speaker-card"><figure class="wp-block-image size-thumbnail"><img src="https://www.mobility-cluster.eu/wp-content/uploads/2023/08/ana-ribeiro-150x150.jpg" alt="Portrait of Ana Ribeiro" /></figure>
<h3 class="wp-block-heading">Ana Ribeiro</h3>
<p>Project Coordinator</p>
<p>CEiiA – Centre of Engineering and Product Development</p></div>
<div class="wp-block-column speaker-card"><figure class="wp-block-image size-thumbnail"><img src="https://www.mobility-cluster.eu/wp-content/uploads/2023/08/stefan-hoffmann-150x150.jpg" alt="" /></figure>
<h3 class="wp-block-heading">Dr. Stefan Hoffmann</h3>
<p>Open Call Manager</p>
<p>e-mobil BW – State Agency for New Mobility Solutions</p></div>
<div class="wp-block-column speaker-card"><figure class="wp-block-image size-thumbnail"><img src="https://www.mobility-cluster.eu/wp-content/uploads/2023/08/k-wojcik-150x150.jpg" alt="" /></figure>
<h3 class="wp-block-heading">Katarzyna Wójcik</h3>
<p>Business Support Officer</p>
<p>Silesian Automotive &amp; Advanced Manufacturing Cluster</p></div>
<div class="wp-block-column speaker-card"><figure class="wp-block-image size-thumbnail"><img src="https://www.mobility-cluster.eu/wp-content/uploads/2023/08/placeholder-150x150.png" alt="" /></figure>
<h3 class="wp-block-heading">Speaker TBC</h3>
<p>SME beneficiary of the 2nd call</p></div>
</div>
<p>Deadline of the call: 31 October 2023, 17:00 CET.</p>
<p><a href="https://e-boost.eu/wp-content/uploads/2023/09/E-BOOST-call-3-guidelines.pdf" target="_blank" rel="noreferrer noopener">Call guidelines (PDF)</a> · <a href="https://zoom.us/webinar/register/WN_eboost3call" target="_blank" rel="noreferrer noopener">Register via Zoom</a></p>
</div>
<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown"><div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text">Add to calendar</button></div>
<div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.google.com/calendar/event?action=TEMPLATE&#038;dates=20230920T083000/20230920T100000&#038;text=E-BOOST%20Open%20Call%20%233%20Info%20Session&#038;ctz=Europe/Brussels" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Google Calendar</a></li>
<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="webcal://www.mobility-cluster.eu/event/e-boost-open-call-3-info-session/?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">iCalendar</a></li>
<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.mobility-cluster.eu/event/e-boost-open-call-3-info-session/ical/" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Export .ics file</a></li>
</ul></div></div></div></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
<div class="tribe-events-meta-group tribe-events-meta-group-details">
<h2 class="tribe-events-single-section-title"> Details </h2>
<dl>
<dt class="tribe-events-start-date-label"> Date: </dt>
<dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2023-09-20"> September 20 </abbr></dd>
<dt class="tribe-events-start-time-label"> Time: </dt>
<dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2023-09-20"> 8:30 am - 10:00 am <span class="tribe-events-abbr tribe-events-time-zone published ">CEST</span></div></dd>
<dt class="tribe-events-event-categories-label">Event Category:</dt>
<dd class="tribe-events-event-categories"><a href="https://www.mobility-cluster.eu/events/category/webinars/" rel="tag">Webinars</a></dd>
</dl>
</div>
<div class="tribe-events-meta-group tribe-events-meta-group-organizer">
<h2 class="tribe-events-single-section-title">Organizer</h2>
<dl><dt class="tribe-common-a11y-visual-hide">Organizer name:</dt><dd class="tribe-organizer">E-BOOST Eurocluster</dd>
<dt class="tribe-organizer-email-label">Email</dt><dd class="tribe-organizer-email">opencalls@e-boost.eu</dd></dl>
</div>
<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title">Venue</h2><dl><dd class="tribe-venue"> Online (Zoom) </dd></dl></div>
</div>
</div>
<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="https://www.mobility-cluster.eu/event/mobility-cluster-day-2023/"><span>&laquo;</span> Mobility Cluster Day 2023</a></li><li class="tribe-events-nav-next"><a href="https://www.mobility-cluster.eu/event/ev-battery-forum-2023/">EV Battery Forum <span>&raquo;</span></a></li></ul></nav></div>
</div>
<div class="tribe-events-after-html"></div>
</main>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2023 Mobility Cluster Europe &middot; <a href="https://www.mobility-cluster.eu/privacy/">Privacy</a> &middot; <a href="https://www.mobility-cluster.eu/imprint/">Imprint</a></div></footer>
</div>
</body>
</html>
"""
    r = rec(
        "hv-022",
        url,
        "T3",
        "en",
        True,
        title,
        title,
        None,
        "2023-09-20T08:30:00+02:00",
        "2023-09-20T10:00:00+02:00",
        "CEST",
        [
            sp("Ana Ribeiro", "Project Coordinator", "CEiiA – Centre of Engineering and Product Development"),
            sp("Stefan Hoffmann", "Open Call Manager", "e-mobil BW – State Agency for New Mobility Solutions"),
            sp("Katarzyna Wójcik", "Business Support Officer", "Silesian Automotive & Advanced Manufacturing Cluster"),
        ],
        ["E-BOOST"],
        [asset("Call guidelines (PDF)", "https://e-boost.eu/wp-content/uploads/2023/09/E-BOOST-call-3-guidelines.pdf")],
        "WordPress + The Events Calendar: header 'September 20 @ 8:30 am - 10:00 am CEST' and details 'Date: "
        "September 20 / Time: 8:30 am - 10:00 am CEST' without a year (2023 only in the JSON-LD, which agrees); "
        "speaker cards (name in <h3>, role and organisation in <p>s, organisations containing ' – '); a 'Speaker "
        "TBC' card is a placeholder; call deadline '31 October 2023, 17:00 CET' is not the event; Google "
        "Calendar, webcal ?ical=1 and .ics export links are not assets; prev/next event navigation.",
    )
    return r, html


def hv023():
    url = "https://www.tourism-cluster.eu/events/eu-clusters-talk-tourism-of-tomorrow/"
    heading = "EU Clusters Talk: Tourism of tomorrow"
    pdf = "https://www.tourism-cluster.eu/wp-content/uploads/2022/07/EUCT_Tourism_agenda.pdf"
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{heading} | European Tourism Clusters</title>
<link rel='stylesheet' id='mec-frontend-style-css' href='https://www.tourism-cluster.eu/wp-content/plugins/modern-events-calendar-lite/assets/css/frontend.min.css?ver=6.4.2' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.tourism-cluster.eu/wp-content/themes/astra/assets/css/minified/main.min.css?ver=3.9.1' media='all' />
</head>
<body class="mec-events-template-default single single-mec-events postid-3301 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-desktop">
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"><span class="site-title"><a href="https://www.tourism-cluster.eu/" rel="home">European Tourism Clusters</a></span></div></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border"><li class="menu-item"><a href="https://www.tourism-cluster.eu/" class="menu-link">Home</a></li><li class="menu-item current-menu-ancestor"><a href="https://www.tourism-cluster.eu/events/" class="menu-link">Events</a></li><li class="menu-item"><a href="https://www.tourism-cluster.eu/transition-pathway/" class="menu-link">Transition pathway</a></li><li class="menu-item"><a href="https://www.tourism-cluster.eu/contact/" class="menu-link">Contact</a></li></ul></nav></div>
</div></div></header>
<div id="content" class="site-content"><div class="ast-container">
<section id="main-content" class="mec-container">
<div class="mec-wrap colorskin-custom clearfix" id="mec_skin_3301">
<article class="row mec-single-event">
<div class="mec-events-event-image"><img width="1200" height="600" src="https://www.tourism-cluster.eu/wp-content/uploads/2022/06/EUCT-Tourism-13-07.png" class="attachment-full size-full wp-post-image" alt="EUCT-Tourism-13-07" /></div>
<div class="col-md-8">
<div class="mec-event-content">
<h1 class="mec-single-title">{heading}</h1>
<div class="mec-single-event-description mec-events-content">
<p>The European Cluster Collaboration Platform, on behalf of DG GROW, organises the EU Clusters Talk “Tourism of tomorrow: Clusters on the transition pathway” on 13 July 2022, 8:30 – 10:00 CEST.</p>
<p>The transition pathway for tourism, published by the Commission in February 2022, lists 27 areas of action for a greener, more digital and more resilient tourism ecosystem. Tourism clusters have started to translate it into projects with their members. The Talk presents first results and invites cluster managers to join the co-implementation process.</p>
<p><a href="https://single-market-economy.ec.europa.eu/sectors/tourism/eu-funding-and-businesses/transition-pathway-tourism_en" target="_blank" rel="noopener">Read the transition pathway for tourism</a></p>
<p>Speakers:</p>
<dl class="speakers">
<dt>Valentina Superti</dt>
<dd>Director – Ecosystems II: Tourism &amp; Proximity, DG GROW, European Commission</dd>
<dt>Dr. Eduardo Santander</dt>
<dd>CEO, European Travel Commission</dd>
<dt>Chiara Rinaldi</dt>
<dd>Cluster Manager, Veneto Tourism Cluster, EU Rural Tourism Eurocluster</dd>
<dt>Nikos Papadakis</dt>
<dd>Project Manager at Cretan Tourism Cluster</dd>
</dl>
<div class="wp-block-file"><a id="wp-block-file--media-8f2b0c1e" href="{pdf}">EUCT_Tourism_agenda</a><a href="{pdf}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-8f2b0c1e">Download</a></div>
<p><a href="https://www.youtube.com/watch?v=t0ur1sm2022" target="_blank" rel="noopener">Watch the recording</a></p>
</div>
</div>
<div class="mec-event-export-module mec-frontbox"><div class="mec-event-exporting"><div class="mec-export-details"><ul>
<li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=EU+Clusters+Talk%3A+Tourism+of+tomorrow&amp;dates=20220713T063000Z/20220713T080000Z&amp;details=" target="_blank">+ Add to Google Calendar</a></li>
<li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://www.tourism-cluster.eu/?method=ical&amp;id=3301">+ iCal / Outlook export</a></li>
</ul></div></div></div>
</div>
<div class="col-md-4">
<div class="mec-event-info-desktop mec-event-meta mec-color-before mec-frontbox">
<div class="mec-single-event-date"><i class="mec-sl-calendar"></i><h3 class="mec-date">Date</h3><dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label" itemprop="startDate">13 Jul 2022</span><span class="mec-end-date-label" itemprop="endDate"> - 13 Jul 2022</span></abbr></dd></dl></div>
<div class="mec-single-event-time"><i class="mec-sl-clock " style=""></i><h3 class="mec-time">Time</h3><i class="mec-time-comment"></i><dl><dd><abbr class="mec-events-abbr">8:30 am - 10:00 am</abbr></dd></dl></div>
<div class="mec-event-cost"><i class="mec-sl-wallet"></i><h3 class="mec-cost">Cost</h3><dl><dd class="mec-events-event-cost">Free</dd></dl></div>
<div class="mec-single-event-organizer"><i class="mec-sl-home"></i><h3 class="mec-events-single-section-title">Organizer</h3><dl><dd class="mec-organizer"><h6>European Cluster Collaboration Platform</h6></dd><dd class="mec-organizer-url"><a href="https://clustercollaboration.eu" target="_blank">clustercollaboration.eu</a></dd></dl></div>
<div class="mec-single-event-category"><i class="mec-sl-folder"></i><dt>Category</dt><dl><dd class="mec-events-event-categories"><a href="https://www.tourism-cluster.eu/mec-category/webinar/" class="mec-color-hover" rel="tag">Webinar</a></dd></dl></div>
</div>
</div>
</article>
<div class="row mec-related-events-wrap"><h3 class="mec-rec-events-title">Related Events</h3>
<div class="mec-related-events">
<div class="mec-related-event-post col-md-4"><figure><a href="https://www.tourism-cluster.eu/events/rural-tourism-open-call-info-day/"><img src="https://www.tourism-cluster.eu/wp-content/uploads/2022/08/infoday-300x150.png" alt="" /></a></figure><div class="mec-related-event-content"><span>21 Sep 2022</span><h5><a class="mec-color-hover" href="https://www.tourism-cluster.eu/events/rural-tourism-open-call-info-day/">Rural tourism open call info day</a></h5></div></div>
<div class="mec-related-event-post col-md-4"><figure><a href="https://www.tourism-cluster.eu/events/smart-destinations-workshop/"><img src="https://www.tourism-cluster.eu/wp-content/uploads/2022/05/smart-300x150.png" alt="" /></a></figure><div class="mec-related-event-content"><span>06 Oct 2022</span><h5><a class="mec-color-hover" href="https://www.tourism-cluster.eu/events/smart-destinations-workshop/">Smart destinations workshop, 10:00 am - 4:00 pm</a></h5></div></div>
</div></div>
</div>
<script type="application/ld+json">
{{"@context":"http://schema.org","@type":"Event","eventStatus":"https://schema.org/EventScheduled","startDate":"2022-07-13","endDate":"2022-07-13","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","location":{{"@type":"VirtualLocation","url":"https://clustercollaboration.eu"}},"organizer":{{"@type":"Person","name":"European Cluster Collaboration Platform","url":"https://clustercollaboration.eu"}},"offers":{{"url":"{url}","price":"0","priceCurrency":"EUR","availability":"https://schema.org/InStock","validFrom":"2022-07-13T08:30"}},"performer":"","description":"The European Cluster Collaboration Platform, on behalf of DG GROW, organises the EU Clusters Talk","image":"https://www.tourism-cluster.eu/wp-content/uploads/2022/06/EUCT-Tourism-13-07.png","name":"{heading}","url":"{url}"}}
</script>
</section>
</div></div>
<footer class="site-footer" id="colophon"><div class="site-below-footer-wrap"><div class="ast-builder-grid-row-container-inner"><div class="ast-footer-copyright"><p>Copyright &copy; 2022 European Tourism Clusters | Powered by Astra WordPress Theme</p></div></div></div></footer>
</div>
</body>
</html>
"""
    r = rec(
        "hv-023",
        url,
        "T3",
        "en",
        True,
        "Tourism of tomorrow: Clusters on the transition pathway",
        heading,
        "EU Clusters Talks",
        "2022-07-13T08:30:00+02:00",
        "2022-07-13T10:00:00+02:00",
        "CEST",
        [
            sp("Valentina Superti", "Director – Ecosystems II: Tourism & Proximity", "DG GROW, European Commission"),
            sp("Eduardo Santander", "CEO", "European Travel Commission"),
            sp("Chiara Rinaldi", "Cluster Manager", "Veneto Tourism Cluster", "EU Rural Tourism"),
            sp("Nikos Papadakis", "Project Manager", "Cretan Tourism Cluster"),
        ],
        ["EU Rural Tourism"],
        [asset("EUCT_Tourism_agenda", pdf)],
        "WordPress + Modern Events Calendar: side box '13 Jul 2022 - 13 Jul 2022' and '8:30 am - 10:00 am' (same "
        "day as end -> one day with a time range); the prose repeats it with 'CEST'; MEC JSON-LD with date-only "
        "startDate/endDate agrees; speakers in a <dl> (<dt> name, <dd> role and organisation, one role containing "
        "a dash and a colon); 'EU Rural Tourism Eurocluster' alias in a speaker line; a WordPress file block links "
        "the same PDF twice (text link + 'Download' button) = one asset; Google Calendar and '?method=ical' export "
        "links, a YouTube link and a web page are not assets; related events with dates and a time.",
    )
    return r, html


def hv024():
    url = "https://www.kunststoffcluster-nord.de/eu-clusters-talk-kunststoffe-im-kreislauf/"
    heading = "EU Clusters Talk: Kunststoffe im Kreislauf"
    html = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{heading} &#8211; KunststoffCluster Nord</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://www.kunststoffcluster-nord.de/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />
<style id='global-styles-inline-css'>:root{{--wp--preset--color--base:#ffffff;--wp--preset--color--contrast:#111111;--wp--preset--font-size--small:0.9rem;}}</style>
</head>
<body class="post-template-default single single-post postid-2877 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<p class="wp-block-site-title"><a href="https://www.kunststoffcluster-nord.de" target="_self" rel="home">KunststoffCluster Nord</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.kunststoffcluster-nord.de/ueber-uns/"><span class="wp-block-navigation-item__label">Über uns</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.kunststoffcluster-nord.de/veranstaltungen/"><span class="wp-block-navigation-item__label">Veranstaltungen</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.kunststoffcluster-nord.de/mitglieder/"><span class="wp-block-navigation-item__label">Mitglieder</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.kunststoffcluster-nord.de/kontakt/"><span class="wp-block-navigation-item__label">Kontakt</span></a></li></ul></nav>
</div>
</header>
<main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{heading}</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-left is-layout-flex">
<div class="wp-block-post-date"><time datetime="2024-04-22T10:12:31+02:00">22. April 2024</time></div>
<div class="wp-block-post-terms taxonomy-category"><a href="https://www.kunststoffcluster-nord.de/category/veranstaltungen/" rel="tag">Veranstaltungen</a></div>
</div></div>
</div>
<figure style="margin-top:var(--wp--preset--spacing--30);" class="wp-block-post-featured-image"><img width="1200" height="628" src="https://www.kunststoffcluster-nord.de/wp-content/uploads/2024/04/EUCT-Kunststoffe-15-05.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="Banner EU Clusters Talk 15.05." /></figure>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
<p>Die Europäische Cluster-Kollaborationsplattform (ECCP) lädt am 15. Mai 2024 von 8:30 bis 9:45 Uhr zum EU Clusters Talk „Kunststoffe im Kreislauf: Cluster als Wegbereiter der Kreislaufwirtschaft“ ein. Die Veranstaltung findet online statt und wird auf Englisch abgehalten.</p>
<p>Ab 2030 müssen Verpackungen in der EU recyclingfähig sein, und für viele Kunststoffprodukte kommen Rezyklatquoten. Im Talk geht es darum, wie Cluster Verarbeiter, Recycler und Markenhersteller an einen Tisch bringen. Der Eurocluster POLREC stellt außerdem Ergebnisse seiner Open Calls vor.</p>
<h2 class="wp-block-heading">Referent:innen</h2>
<ul class="wp-block-list">
<li>Dr. Jana Möller (Fraunhofer UMSICHT)</li>
<li>Ing. Tomáš Beneš, Geschäftsführer, Plastr Cluster</li>
<li>Sophie Laurent (Polymeris, POLREC Eurocluster)</li>
<li>Markus Brandt, Leiter Nachhaltigkeit bei KunststoffCluster Nord</li>
</ul>
<h2 class="wp-block-heading">Zielgruppe</h2>
<ul class="wp-block-list">
<li>Clustermanager:innen</li>
<li>KMU der Kunststoffverarbeitung</li>
<li>Recyclingunternehmen und Markenhersteller</li>
</ul>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://clustercollaboration.eu/content/eu-clusters-talks-plastics-circular-economy">Jetzt anmelden</a></div></div>
<p>Anmeldeschluss: 14. Mai 2024, 12:00 Uhr.</p>
</div>
<div class="wp-block-group alignwide is-layout-flow" style="margin-top:var(--wp--preset--spacing--70)">
<h2 class="wp-block-heading has-medium-font-size">Weitere Beiträge</h2>
<div class="wp-block-query is-layout-flow"><ul class="wp-block-post-template is-layout-flow">
<li class="wp-block-post post-2851 post type-post"><h3 class="wp-block-post-title has-small-font-size"><a href="https://www.kunststoffcluster-nord.de/mitgliederversammlung-2024/" target="_self">Mitgliederversammlung am 6. Juni 2024 in Hamburg</a></h3><div class="wp-block-post-date"><time datetime="2024-04-10T08:00:00+02:00">10. April 2024</time></div></li>
<li class="wp-block-post post-2830 post type-post"><h3 class="wp-block-post-title has-small-font-size"><a href="https://www.kunststoffcluster-nord.de/polrec-open-call-2/" target="_self">POLREC: zweiter Open Call bis 29. Februar 2024</a></h3><div class="wp-block-post-date"><time datetime="2024-01-15T09:30:00+01:00">15. Januar 2024</time></div></li>
</ul></div>
</div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><p class="has-small-font-size">© 2024 KunststoffCluster Nord e.&nbsp;V. · <a href="https://www.kunststoffcluster-nord.de/impressum/">Impressum</a> · <a href="https://www.kunststoffcluster-nord.de/datenschutz/">Datenschutz</a></p></div></footer>
</div>
</body>
</html>
"""
    r = rec(
        "hv-024",
        url,
        "T3",
        "de",
        True,
        "Kunststoffe im Kreislauf: Cluster als Wegbereiter der Kreislaufwirtschaft",
        heading,
        "EU Clusters Talks",
        "2024-05-15T08:30:00+02:00",
        "2024-05-15T09:45:00+02:00",
        None,
        [
            sp("Jana Möller", None, "Fraunhofer UMSICHT"),
            sp("Tomáš Beneš", "Geschäftsführer", "Plastr Cluster"),
            sp("Sophie Laurent", None, "Polymeris", "POLREC"),
            sp("Markus Brandt", "Leiter Nachhaltigkeit", "KunststoffCluster Nord"),
        ],
        ["POLREC"],
        [],
        "German WordPress block theme: 'am 15. Mai 2024 von 8:30 bis 9:45 Uhr' without a zone label (+02:00, "
        "tz_label null); German quotes „…“ for the title; 'Referent:innen' heading then 'Name (Org)', 'Ing. Name, "
        "Rolle, Org', 'Name (Org, X Eurocluster)' and 'Name, Rolle bei Org' lines; a 'Zielgruppe' bullet list right "
        "after is not speakers; post date 22. April 2024 and 'Weitere Beiträge' teasers with dates are not the "
        "event; deadline '14. Mai 2024, 12:00 Uhr' neither.",
    )
    return r, html


def hv025():
    url = "https://www.innovation-clusters.eu/newsletter/cluster-newsletter-october-2023/"
    heading = "Cluster Newsletter – October 2023"
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{heading} | Innovation Clusters Europe</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel='stylesheet' id='mailpoet_public-css' href='https://www.innovation-clusters.eu/wp-content/plugins/mailpoet/assets/dist/css/mailpoet-public.css?ver=4.31.0' media='all' />
<link rel='stylesheet' id='twentytwenty-style-css' href='https://www.innovation-clusters.eu/wp-content/themes/twentytwenty/style.css?ver=2.4' media='all' />
</head>
<body class="page-template-default page page-id-1290 wp-embed-responsive singular enable-search-modal missing-post-thumbnail has-no-pagination not-showing-comments show-avatars footer-top-visible">
<header id="site-header" class="header-footer-group"><div class="header-inner section-inner"><div class="header-titles-wrapper"><div class="header-titles"><div class="site-title faux-heading"><a href="https://www.innovation-clusters.eu/">Innovation Clusters Europe</a></div><div class="site-description">News for cluster managers</div></div></div>
<div class="header-navigation-wrapper"><nav class="primary-menu-wrapper" aria-label="Horizontal"><ul class="primary-menu reset-list-style"><li class="page_item"><a href="https://www.innovation-clusters.eu/about/">About</a></li><li class="page_item current_page_ancestor"><a href="https://www.innovation-clusters.eu/newsletter/">Newsletter</a></li><li class="page_item"><a href="https://www.innovation-clusters.eu/events/">Events</a></li></ul></nav></div></div></header>
<main id="site-content">
<article class="post-1290 page type-page status-publish hentry" id="post-1290">
<header class="entry-header has-text-align-center header-footer-group"><div class="entry-header-inner section-inner medium"><h1 class="entry-title">{heading}</h1></div></header>
<div class="post-inner thin"><div class="entry-content">
<p>Dear cluster colleagues,</p>
<p>autumn is the busiest season of the cluster year. Here is what is coming up, and what you may have missed.</p>
<h2>Don’t miss</h2>
<p><strong>EU Clusters Talk: Transition Pathway for Mobility</strong><br>18 October 2023, 8:30 – 9:45 CET, online<br>Speakers include Daniela Kiefer (DG GROW, European Commission) and Jean-Marc Lefèvre (CARA). <a href="https://clustercollaboration.eu/content/eu-clusters-talks-transition-pathway-mobility">Register</a></p>
<h2>Also in the calendar</h2>
<ul>
<li><strong>24 – 25 October 2023</strong> – Cluster Excellence Days, Vienna</li>
<li><strong>14 November 2023, 9:30 a.m.</strong> – GEMSTONE Final Event, Lyon &amp; online</li>
<li><strong>21 – 23 November 2023</strong> – Clusters meet Regions, Iasi, Romania</li>
<li><strong>30 November – 1 December 2023</strong> – International Cluster Matchmaking Event: Latin America and Europe (online)</li>
</ul>
<h2>Open calls</h2>
<p>The E-BOOST Eurocluster’s third call for electromobility SMEs closes on 31 October 2023 at 17:00 CET. The RE-CENTRE Eurocluster will open its third call in December.</p>
<h2>In case you missed it</h2>
<p>The recording of the EU Clusters Talk on skills (14 June 2023) is now online, with the slides of all speakers.</p>
<p>See you soon,<br>the Innovation Clusters Europe team</p>
<div class="mailpoet_archive_footer"><p><a href="https://www.innovation-clusters.eu/newsletter/">All newsletters</a> · <a href="https://www.innovation-clusters.eu/newsletter/subscribe/">Subscribe</a></p></div>
</div></div>
</article>
</main>
<footer id="site-footer" class="header-footer-group"><div class="section-inner"><div class="footer-credits"><p class="footer-copyright">&copy; 2023 <a href="https://www.innovation-clusters.eu/">Innovation Clusters Europe</a></p><p class="powered-by-wordpress"><a href="https://wordpress.org/">Powered by WordPress</a></p></div></div></footer>
</body>
</html>
"""
    r = rec(
        "hv-025",
        url,
        "T3",
        "en",
        False,
        heading,
        heading,
        euroclusters=["E-BOOST", "GEMSTONE", "RE-CENTRE"],
        notes="NOT an event: a newsletter whose top item is one EU Clusters Talk with date, time range, 'CET' and "
        "speakers, followed by four more dated events, open-call deadlines and a past Talk.",
    )
    return r, html


def hv026():
    url = "https://www.industrie-cluster-bw.de/aktuelles/gemstone-dritte-ausschreibung-fuer-industrie-kmu/"
    heading = "GEMSTONE: Dritte Ausschreibung für Industrie-KMU geöffnet"
    html = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{heading} - Industrie-Cluster BW</title>
<link rel='stylesheet' id='divi-style-css' href='https://www.industrie-cluster-bw.de/wp-content/themes/Divi/style-static.min.css?ver=4.24.0' media='all' />
</head>
<body class="post-template-default single single-post postid-771 et_pb_button_helper_class et_fullwidth_nav et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_right_sidebar et_divi_theme">
<div id="page-container">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="https://www.industrie-cluster-bw.de/"><img src="https://www.industrie-cluster-bw.de/wp-content/uploads/2022/01/logo-icbw.png" alt="Industrie-Cluster BW" id="logo" /></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="https://www.industrie-cluster-bw.de/">Start</a></li><li class="menu-item current-menu-item"><a href="https://www.industrie-cluster-bw.de/aktuelles/">Aktuelles</a></li><li class="menu-item"><a href="https://www.industrie-cluster-bw.de/termine/">Termine</a></li><li class="menu-item"><a href="https://www.industrie-cluster-bw.de/kontakt/">Kontakt</a></li></ul></nav></div></div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-771" class="et_pb_post post-771 post type-post status-publish format-standard has-post-thumbnail hentry category-foerderung">
<div class="et_post_meta_wrapper"><h1 class="entry-title">{heading}</h1>
<p class="post-meta"> von <span class="author vcard"><a href="https://www.industrie-cluster-bw.de/author/redaktion/" title="Beiträge von Redaktion" rel="author">Redaktion</a></span> | <span class="published">Feb. 27, 2024</span> | <a href="https://www.industrie-cluster-bw.de/category/foerderung/" rel="category tag">Förderung</a></p>
</div>
<div class="entry-content">
<p>Der Eurocluster GEMSTONE (GrEen Manufacturing SupporTing recOvery and resilieNcE of industrial SMEs) hat seine dritte Ausschreibung veröffentlicht. Kleine und mittlere Unternehmen aus der verarbeitenden Industrie können bis zu 60.000 Euro für Projekte zur Dekarbonisierung, Digitalisierung und Weiterbildung beantragen.</p>
<p><strong>Bewerbungsschluss:</strong> 30. April 2024 um 17:00 Uhr (MESZ)</p>
<p><strong>Online-Infoveranstaltung:</strong> am 12. März 2024 von 10:00 bis 11:00 Uhr. Es informieren:</p>
<ul>
<li>Claire Besson, Projektkoordinatorin, CIMES</li>
<li>Dr. Florian Weber, Clustermanager, Industrie-Cluster BW</li>
</ul>
<p>Die Unterlagen zur Ausschreibung finden Sie auf der <a href="https://gemstone-eurocluster.eu/open-calls/">Website von GEMSTONE</a>.</p>
</div>
</article>
</div>
<div id="sidebar"><div id="block-5" class="et_pb_widget widget_block"><h2>Termine</h2><ul><li>19.03.2024, 14:00 Uhr – Stammtisch Leichtbau, Stuttgart</li><li>16.04.2024 – Hannover Messe: Gemeinschaftsstand</li></ul></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">© Industrie-Cluster BW 2024 · <a href="https://www.industrie-cluster-bw.de/impressum/">Impressum</a></div></div></div></footer>
</div></div>
</body>
</html>
"""
    r = rec(
        "hv-026",
        url,
        "T3",
        "de",
        False,
        heading,
        heading,
        euroclusters=["GEMSTONE"],
        notes="NOT an event (German): an open call; deadline '30. April 2024 um 17:00 Uhr (MESZ)' and an online "
        "info session 'am 12. März 2024 von 10:00 bis 11:00 Uhr' with two presenters; sidebar 'Termine' with "
        "dates and times.",
    )
    return r, html


PAGES = [hv021, hv022, hv023, hv024, hv025, hv026]
