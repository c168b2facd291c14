"""T3 — WordPress sites (classic and block themes, The Events Calendar, Modern Events Calendar, SEO-plugin JSON-LD).
Each site has its own chrome, written out in full."""

from common import add, asset, sp

# ---------------------------------------------------------------------------------------------------------- hx-007
url = "https://www.clusters.lt/en/2023/02/14/eu-clusters-talk-cybersecurity-15-march/"
page = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>EU Clusters Talk on cybersecurity &#8211; 15 March &#8211; Lithuanian Cluster Network</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Lithuanian Cluster Network &raquo; Feed" href="https://www.clusters.lt/en/feed/" />
<link rel="alternate" type="application/rss+xml" title="Lithuanian Cluster Network &raquo; EU Clusters Talk on cybersecurity &#8211; 15 March Comments Feed" href="https://www.clusters.lt/en/2023/02/14/eu-clusters-talk-cybersecurity-15-march/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.clusters.lt/wp-includes/css/dist/block-library/style.min.css?ver=6.1.1' media='all' />
<link rel='stylesheet' id='lcn-style-css' href='https://www.clusters.lt/wp-content/themes/lcn-classic/style.css?ver=2.3.0' media='all' />
<script src='https://www.clusters.lt/wp-includes/js/jquery/jquery.min.js?ver=3.6.1' id='jquery-core-js'></script>
<link rel="canonical" href="https://www.clusters.lt/en/2023/02/14/eu-clusters-talk-cybersecurity-15-march/" />
<meta property="article:published_time" content="2023-02-14T07:12:44+00:00" />
<meta property="article:modified_time" content="2023-02-20T14:02:10+00:00" />
</head>
<body class="post-template-default single single-post postid-4412 single-format-standard wp-embed-responsive group-blog">
<div id="page" class="site">
  <a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
  <div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. <a role='button' class="cli_settings_button">Cookie settings</a> <a role='button' id="cookie_action_close_header" class="cli_action_button">ACCEPT</a></span></div>
  <header id="masthead" class="site-header">
    <div class="site-branding">
      <a href="https://www.clusters.lt/en/" class="custom-logo-link" rel="home"><img width="240" height="60" src="https://www.clusters.lt/wp-content/uploads/2021/03/lcn-logo.png" class="custom-logo" alt="Lithuanian Cluster Network" /></a>
      <p class="site-title"><a href="https://www.clusters.lt/en/" rel="home">Lithuanian Cluster Network</a></p>
      <p class="site-description">Connecting Lithuanian clusters with Europe</p>
    </div>
    <nav id="site-navigation" class="main-navigation">
      <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
      <div class="menu-main-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://www.clusters.lt/en/about/">About</a></li><li class="menu-item"><a href="https://www.clusters.lt/en/members/">Members</a></li><li class="menu-item current-menu-parent"><a href="https://www.clusters.lt/en/category/events/">Events</a></li><li class="menu-item"><a href="https://www.clusters.lt/en/category/news/">News</a></li><li class="menu-item"><a href="https://www.clusters.lt/en/contacts/">Contacts</a></li><li class="lang-item"><a href="https://www.clusters.lt/" hreflang="lt">LT</a></li></ul></div>
    </nav>
  </header>
  <div id="content" class="site-content">
  <div id="primary" class="content-area">
    <main id="main" class="site-main">
<article id="post-4412" class="post-4412 post type-post status-publish format-standard has-post-thumbnail hentry category-events tag-cybersecurity tag-eu-clusters-talks">
  <header class="entry-header">
    <h1 class="entry-title">EU Clusters Talk on cybersecurity &#8211; 15 March</h1>
    <div class="entry-meta">
      <span class="posted-on">Posted on <a href="https://www.clusters.lt/en/2023/02/14/eu-clusters-talk-cybersecurity-15-march/" rel="bookmark"><time class="entry-date published" datetime="2023-02-14T09:12:44+02:00">February 14, 2023</time><time class="updated" datetime="2023-02-20T16:02:10+02:00">February 20, 2023</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://www.clusters.lt/en/author/ruta/">Rūta Petraitienė</a></span></span>
      <span class="post-views"><i class="icon-eye"></i> 412 Views</span>
    </div>
  </header>
  <div class="post-thumbnail"><img width="1024" height="512" src="https://www.clusters.lt/wp-content/uploads/2023/02/EUCT-cybersecurity-15-March-2023-1024x512.png" class="attachment-large size-large wp-post-image" alt="EUCT cybersecurity 15 March 2023" decoding="async" /></div>
  <div class="entry-content">
<p>The European Cluster Collaboration Platform (ECCP) invites cluster organisations to the EU Clusters Talk “Cybersecurity: building resilience in cluster ecosystems” on 15 March 2023, 10:00 – 11:30 CET.</p>
<p>Cyber attacks on small companies increased sharply in 2022, and the NIS2 Directive, which Member States must transpose by 17 October 2024, widens the circle of companies that have to manage cyber risks. Many SMEs express the desire to improve their cyber skills but lack the time and the experts to do it. Clusters can pool both.</p>
<p>Target audience:</p>
<ul>
<li>cluster managers;</li>
<li>SMEs in the digital ecosystem;</li>
<li>regional authorities.</li>
</ul>
<p>Speakers will include:</p>
<ul>
<li>Prof. Andrius Kazlauskas, Head of Cybersecurity Lab, Kaunas University of Technology;</li>
<li>Claire Dubois, Policy Officer, DG CNECT, European Commission;</li>
<li>Nikos Georgiou, Cluster Manager, Cyprus ICT Cluster;</li>
<li>Eva Lindqvist, CEO, Cyber Security Cluster Sweden ;</li>
<li>More speakers TBC</li>
</ul>
<p>Registration is open on the <a href="https://clustercollaboration.eu/content/eu-clusters-talks-cybersecurity">ECCP website</a>.</p>
<div class="wp-block-file"><a id="wp-block-file--media-7c1e" href="https://www.clusters.lt/wp-content/uploads/2023/02/EUCT-cybersecurity-agenda.pdf">EUCT cybersecurity agenda</a><a href="https://www.clusters.lt/wp-content/uploads/2023/02/EUCT-cybersecurity-agenda.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-7c1e">Download</a></div>
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="https://www.clusters.lt/en/category/events/" rel="category tag">Events</a></span><span class="tags-links">Tagged <a href="https://www.clusters.lt/en/tag/cybersecurity/" rel="tag">Cybersecurity</a>, <a href="https://www.clusters.lt/en/tag/eu-clusters-talks/" rel="tag">EU Clusters Talks</a></span></footer>
</article>
<div class="author-box">
  <img alt="" src="https://secure.gravatar.com/avatar/4f1c0e?s=96&#038;d=mm&#038;r=g" class="avatar avatar-96 photo" height="96" width="96" />
  <div class="author-box__text"><h4 class="author-box__name">About Rūta Petraitienė</h4><p>Rūta has been communication manager of the Lithuanian Cluster Network since 2019 and writes about European cluster programmes.</p></div>
</div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="https://www.clusters.lt/en/2023/02/02/clusterxchange-results/" rel="prev"><span class="meta-nav">Previous post</span> ClusterXchange: 12 Lithuanian exchanges in 2022</a></div><div class="nav-next"><a href="https://www.clusters.lt/en/2023/03/01/clusters-meet-regions-kittila/" rel="next"><span class="meta-nav">Next post</span> Clusters meet Regions in Kittilä – 25 April 2023</a></div></div></nav>
<section class="related-posts"><h3>Related posts</h3><ul>
<li><a href="https://www.clusters.lt/en/2022/10/05/eu-clusters-talk-ukraine/">EU Clusters Talk: Ukraine – how can clusters support business integration?</a> <span class="date">October 5, 2022</span></li>
<li><a href="https://www.clusters.lt/en/2022/11/21/eu-clusters-talk-circular-plastics/">EU Clusters Talk on circular plastics, 23 November</a> <span class="date">November 10, 2022</span></li>
</ul></section>
<div id="comments" class="comments-area">
  <h2 class="comments-title">3 thoughts on &ldquo;<span>EU Clusters Talk on cybersecurity &#8211; 15 March</span>&rdquo;</h2>
  <ol class="comment-list">
    <li id="comment-128" class="comment even thread-even depth-1 parent"><article id="div-comment-128" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Marius K.</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-128"><time datetime="2023-02-20T15:14:02+02:00">February 20, 2023 at 3:14 pm</time></a></div></footer><div class="comment-content"><p>Will the recording be available afterwards? I cannot join at 10:00.</p></div></article>
      <ol class="children"><li id="comment-129" class="comment byuser bypostauthor odd alt depth-2"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Rūta Petraitienė</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-129"><time datetime="2023-02-20T16:02:41+02:00">February 20, 2023 at 4:02 pm</time></a></div></footer><div class="comment-content"><p>Yes, the ECCP usually publishes the recording on its YouTube channel a few days later.</p></div></article></li></ol>
    </li>
    <li id="comment-131" class="comment even thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Agnė Vaitkutė</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-131"><time datetime="2023-03-01T09:30:12+02:00">March 1, 2023 at 9:30 am</time></a></div></footer><div class="comment-content"><p>Looking forward to it, Prof. Kazlauskas was excellent at our cluster day!</p></div></article></li>
  </ol>
  <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://www.clusters.lt/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div>
</div>
    </main>
  </div>
  <aside id="secondary" class="widget-area">
    <section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
      <li><a href="https://www.clusters.lt/en/2023/03/01/clusters-meet-regions-kittila/">Clusters meet Regions in Kittilä – 25 April 2023</a><span class="post-date">March 1, 2023</span></li>
      <li><a href="https://www.clusters.lt/en/2023/02/14/eu-clusters-talk-cybersecurity-15-march/" aria-current="page">EU Clusters Talk on cybersecurity – 15 March</a><span class="post-date">February 14, 2023</span></li>
      <li><a href="https://www.clusters.lt/en/2023/02/02/clusterxchange-results/">ClusterXchange: 12 Lithuanian exchanges in 2022</a><span class="post-date">February 2, 2023</span></li>
    </ul></section>
    <section id="text-5" class="widget widget_text"><h2 class="widget-title">Save the date</h2><div class="textwidget"><p><strong>Lithuanian Cluster Forum</strong><br>Vilnius, 27 April 2023, 9:00–17:00</p></div></section>
  </aside>
  </div>
  <footer id="colophon" class="site-footer"><div class="site-info">&copy; 2023 Lithuanian Cluster Network &middot; Gedimino pr. 38, Vilnius &middot; <a href="https://www.clusters.lt/en/privacy-policy/">Privacy policy</a></div></footer>
</div>
<script src='https://www.clusters.lt/wp-content/themes/lcn-classic/js/navigation.js?ver=2.3.0' id='lcn-navigation-js'></script>
<script src='https://www.clusters.lt/wp-includes/js/comment-reply.min.js?ver=6.1.1' id='comment-reply-js'></script>
</body>
</html>
"""
add(
    "hx-007",
    url,
    "T3",
    "en",
    page,
    is_event=True,
    title="Cybersecurity: building resilience in cluster ecosystems",
    page_title="EU Clusters Talk on cybersecurity – 15 March",
    series="EU Clusters Talks",
    start="2023-03-15T10:00:00+01:00",
    end="2023-03-15T11:30:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Andrius Kazlauskas", "Head of Cybersecurity Lab", "Kaunas University of Technology"),
        sp("Claire Dubois", "Policy Officer", "DG CNECT, European Commission"),
        sp("Nikos Georgiou", "Cluster Manager", "Cyprus ICT Cluster"),
        sp("Eva Lindqvist", "CEO", "Cyber Security Cluster Sweden"),
    ],
    assets=[
        asset(
            "EUCT cybersecurity agenda",
            "https://www.clusters.lt/wp-content/uploads/2023/02/EUCT-cybersecurity-agenda.pdf",
        )
    ],
    notes="WordPress classic theme republication. 'Posted on February 14, 2023' (entry-date) one month before the event, "
    "'updated' date, '412 Views', comments with names and dates, an author box, related posts and a 'Save the date' "
    "widget with another event's date and times. 'Target audience:' list right before the speaker list; 'More speakers "
    "TBC' placeholder; ' ;' with a space before it; 'Prof.' to strip. 'desire' in prose is not DESIRE; NIS2 date is "
    "not the event. The WordPress file block links the same PDF twice (name + 'Download' button): one asset.",
    what="WP classic: Posted on a month before, Views, comments, author box; Target audience list; file block with Download button (one asset).",
)

# ---------------------------------------------------------------------------------------------------------- hx-008
url = "https://www.danube-clusters.eu/event/eu-clusters-talk-clusters-and-the-european-defence-industrial-base/"
page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>EU Clusters Talk: Clusters and the European Defence Industrial Base &#8211; Danube Clusters Network</title>
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css' href='https://www.danube-clusters.eu/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=6.0.1' media='all' />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.danube-clusters.eu/wp-includes/css/dist/block-library/style.min.css?ver=6.0.2' media='all' />
<style id='global-styles-inline-css'>body{--wp--preset--color--black: #000000;--wp--preset--color--primary: #0b3d91;--wp--preset--font-size--small: 13px;}</style>
<link rel="canonical" href="https://www.danube-clusters.eu/event/eu-clusters-talk-clusters-and-the-european-defence-industrial-base/" />
<script type="application/ld+json">
[{"@context":"http://schema.org","@type":"Event","name":"EU Clusters Talk: Clusters and the European Defence Industrial Base","description":"&lt;p&gt;The European Cluster Collaboration Platform organises an EU Clusters Talk on 21 September&lt;\\/p&gt;\\n","image":"https://www.danube-clusters.eu/wp-content/uploads/2022/08/euct-defence.png","url":"https://www.danube-clusters.eu/event/eu-clusters-talk-clusters-and-the-european-defence-industrial-base/","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","startDate":"2022-09-21T10:00:00+02:00","endDate":"2022-09-21T11:30:00+02:00","location":{"@type":"VirtualLocation","url":"https://clustercollaboration.eu/events"},"organizer":{"@type":"Person","name":"European Cluster Collaboration Platform","url":"https://clustercollaboration.eu"},"performer":"Organization"}]
</script>
</head>
<body class="tribe_events-template-default single single-tribe_events postid-2291 wp-custom-logo wp-embed-resposive tribe-events-page-template tribe-theme-twentytwentytwo events-single tribe-events-style-full">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flex"><div class="wp-block-site-logo"><a href="https://www.danube-clusters.eu/" class="custom-logo-link" rel="home"><img width="180" height="48" src="https://www.danube-clusters.eu/wp-content/uploads/2021/05/dcn-logo.svg" class="custom-logo" alt="Danube Clusters Network" /></a></div>
<p class="wp-block-site-title"><a href="https://www.danube-clusters.eu" rel="home">Danube Clusters Network</a></p>
<nav class="wp-block-navigation is-layout-flex" aria-label="Main"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.danube-clusters.eu/about/">About</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.danube-clusters.eu/events/">Events</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.danube-clusters.eu/projects/">Projects</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.danube-clusters.eu/contact/">Contact</a></li></ul></nav></div>
</header>
<main class="wp-block-group is-layout-flow">
<section id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"><img class="tribe-events-spinner-medium" src="https://www.danube-clusters.eu/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events" /></span>
<div id="tribe-events-content" class="tribe-events-single">
	<p class="tribe-events-back"><a href="https://www.danube-clusters.eu/events/"> &laquo; All Events</a></p>
	<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
	<h1 class="tribe-events-single-event-title">EU Clusters Talk: Clusters and the European Defence Industrial Base</h1>
	<div class="tribe-events-schedule tribe-clearfix">
		<div><span class="tribe-event-date-start">September 21 @ 10:00 am</span> - <span class="tribe-event-time">11:30 am</span> <span class="timezone"> CEST </span></div>
	</div>
	<div id="tribe-events-header" class="tribe-events-header"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="https://www.danube-clusters.eu/event/eu-clusters-talk-bio-based-products/"><span>&laquo;</span> EU Clusters Talk: Bio-based products</a></li><li class="tribe-events-nav-next"><a href="https://www.danube-clusters.eu/event/eu-clusters-talk-ukraine/">EU Clusters Talk: Ukraine <span>&raquo;</span></a></li></ul></nav></div>
	<div id="post-2291" class="post-2291 tribe_events type-tribe_events status-publish has-post-thumbnail hentry tribe_events_cat-eu-clusters-talks cat_eu-clusters-talks">
		<div class="tribe-events-event-image"><img width="1200" height="600" src="https://www.danube-clusters.eu/wp-content/uploads/2022/08/euct-defence.png" class="attachment-full size-full wp-post-image" alt="" /></div>
		<div class="tribe-events-single-event-description tribe-events-content">
<p>The European Cluster Collaboration Platform organises an EU Clusters Talk on 21 September, 10:00 – 11:30 CEST, on the role of clusters in strengthening the European defence technological and industrial base.</p>
<p>Since the Versailles Declaration of March 2022 and the Commission's analysis of defence investment gaps of 18 May 2022, Member States have committed to spend more and to buy together. Much of the supply chain consists of SMEs and mid-caps, many of them members of aerospace, security and maritime clusters.</p>
<p>Speakers include:</p>
<ul>
<li>Ivana Petrović, Director of the Croatian Defence and Security Cluster</li>
<li>Matthias Keller, Project Manager, Austrian Aeronautics Cluster, METASTARS Eurocluster</li>
<li>Giulia Romano, Head of Business Development of Distretto Ligure delle Tecnologie Marine (DLTM), LEVIATAD Eurocluster</li>
<li>Pierre Martin, Policy Officer of DG DEFIS, European Commission</li>
</ul>
<p>The Talk is online and free of charge; the connection link is sent after <a href="https://clustercollaboration.eu/content/eu-clusters-talks-defence">registration on the ECCP website</a>.</p>
		</div>
		<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown"><div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text">Add to calendar</button></div><div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
			<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.google.com/calendar/event?action=TEMPLATE&#038;dates=20220921T100000/20220921T113000&#038;text=EU%20Clusters%20Talk%3A%20Clusters%20and%20the%20European%20Defence%20Industrial%20Base&#038;ctz=Europe/Brussels" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Google Calendar</a></li>
			<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.danube-clusters.eu/event/eu-clusters-talk-clusters-and-the-european-defence-industrial-base/?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">iCalendar</a></li>
			<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.danube-clusters.eu/event/eu-clusters-talk-clusters-and-the-european-defence-industrial-base/?outlook-ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Export .ics file</a></li>
		</ul></div></div></div></div>
		<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
			<div class="tribe-events-meta-group tribe-events-meta-group-details">
				<h2 class="tribe-events-single-section-title"> Details </h2>
				<dl>
					<dt class="tribe-events-start-date-label"> Date: </dt>
					<dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2022-09-21"> September 21 </abbr></dd>
					<dt class="tribe-events-start-time-label"> Time: </dt>
					<dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2022-09-21"> 10:00 am - 11:30 am <span class="tribe-events-abbr tribe-events-time-zone published ">CEST</span></div></dd>
					<dt class="tribe-events-event-categories-label">Event Category:</dt> <dd class="tribe-events-event-categories"><a href="https://www.danube-clusters.eu/events/category/eu-clusters-talks/" rel="tag">EU Clusters Talks</a></dd>
					<dt class="tribe-events-event-url-label"> Website: </dt> <dd class="tribe-events-event-url"> <a href="https://clustercollaboration.eu/events" target="_self" rel="external">clustercollaboration.eu</a> </dd>
				</dl>
			</div>
			<div class="tribe-events-meta-group tribe-events-meta-group-organizer">
				<h2 class="tribe-events-single-section-title">Organizer</h2>
				<dl><dt class="tribe-common-a11y-visual-hide">Organizer name:</dt><dd class="tribe-organizer">European Cluster Collaboration Platform</dd></dl>
			</div>
			<div class="tribe-events-meta-group tribe-events-meta-group-venue"><h2 class="tribe-events-single-section-title"> Venue </h2><dl><dd class="tribe-venue"> Online </dd></dl></div>
		</div>
	</div>
	<div class="tribe-events-related-events"><h2 class="tribe-events-related-events-title">Related Events</h2><ul class="tribe-related-events tribe-clearfix">
		<li><div class="tribe-related-event-info"><h3 class="tribe-related-events-title"><a href="https://www.danube-clusters.eu/event/eu-clusters-talk-ukraine/" class="tribe-event-url">EU Clusters Talk: Ukraine</a></h3><span class="tribe-event-date-start">October 19 @ 8:30 am</span> - <span class="tribe-event-time">9:30 am</span> <span class="timezone"> CEST </span></div></li>
		<li><div class="tribe-related-event-info"><h3 class="tribe-related-events-title"><a href="https://www.danube-clusters.eu/event/danube-cluster-forum-2022/" class="tribe-event-url">Danube Cluster Forum 2022</a></h3><span class="tribe-event-date-start">November 8</span> - <span class="tribe-event-date-end">November 9</span></div></li>
	</ul></div>
</div>
<div class="tribe-events-after-html"></div>
</section>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group is-layout-flow"><p class="has-small-font-size">Danube Clusters Network &middot; Reinprechtsdorfer Straße 14, Vienna &middot; <a href="https://www.danube-clusters.eu/imprint/">Imprint</a></p><p class="has-small-font-size">Proudly powered by WordPress</p></div></footer>
</div>
<script src='https://www.danube-clusters.eu/wp-content/plugins/the-events-calendar/common/src/resources/js/tribe-common.min.js?ver=5.0.1' id='tribe-common-js'></script>
</body>
</html>
"""
add(
    "hx-008",
    url,
    "T3",
    "en",
    page,
    is_event=True,
    title="EU Clusters Talk: Clusters and the European Defence Industrial Base",
    page_title="EU Clusters Talk: Clusters and the European Defence Industrial Base",
    series="EU Clusters Talks",
    start="2022-09-21T10:00:00+02:00",
    end="2022-09-21T11:30:00+02:00",
    tz_label="CEST",
    speakers=[
        sp("Ivana Petrović", "Director", "Croatian Defence and Security Cluster"),
        sp("Matthias Keller", "Project Manager", "Austrian Aeronautics Cluster", "METASTARS"),
        sp(
            "Giulia Romano",
            "Head of Business Development",
            "Distretto Ligure delle Tecnologie Marine (DLTM)",
            "LEVIATAD",
        ),
        sp("Pierre Martin", "Policy Officer", "DG DEFIS, European Commission"),
    ],
    euroclusters=["LEVIATAD", "METASTARS"],
    notes="The Events Calendar (block theme): header 'September 21 @ 10:00 am - 11:30 am CEST' and body '21 September' "
    "carry no year; the year comes from the JSON-LD Event (which agrees) or the Google Calendar link. No quoted title: "
    "title = heading. 'Name, Role of Organisation' lines (role before 'of'). Versailles (March 2022) and 18 May 2022 "
    "are not the event; 'Related Events' show other dates and times; '?ical=1' and '.ics' exports are not assets.",
    what="The Events Calendar: header without year + JSON-LD; 'Role of Org' lines; related events; ical exports.",
)

# ---------------------------------------------------------------------------------------------------------- hx-009
url = "https://www.plastics-recycling-cluster.eu/events/eu-clusters-talk-circular-plastics-from-waste-to-value-chains/"
base = "https://www.plastics-recycling-cluster.eu/wp-content/uploads/2022/11"
page = f"""<!doctype html>
<html lang="en-GB">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>EU Clusters Talk &#8211; Circular plastics: from waste to value chains | PRC Plastics Recycling Cluster</title>
	<link rel='stylesheet' id='mec-frontend-style-css' href='https://www.plastics-recycling-cluster.eu/wp-content/plugins/modern-events-calendar-lite/assets/css/frontend.min.css?ver=6.5.3' type='text/css' media='all' />
	<link rel='stylesheet' id='astra-theme-css-css' href='https://www.plastics-recycling-cluster.eu/wp-content/themes/astra/assets/css/minified/main.min.css?ver=3.9.2' type='text/css' media='all' />
	<script type="application/ld+json">{{"@context":"http://schema.org","@type":"Event","eventStatus":"https://schema.org/EventScheduled","startDate":"2022-11-23","endDate":"2022-11-23","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","location":{{"@type":"VirtualLocation","url":"https://clustercollaboration.eu"}},"organizer":{{"@type":"Person","name":"PRC Plastics Recycling Cluster","url":""}},"offers":{{"url":"","price":"0","priceCurrency":"EUR","availability":"https://schema.org/InStock","validFrom":"2022-11-10T00:00"}},"performer":"","description":"EU Clusters Talk on circular plastics","image":"{base}/euct-plastics.jpg","name":"EU Clusters Talk &#8211; Circular plastics: from waste to value chains","url":"{url}"}}</script>
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="mec-events-template-default single single-mec-events postid-4121 ast-single-post ast-right-sidebar astra-3.9.2">
<div class="hfeed site" id="page">
	<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
		<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
			<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="https://www.plastics-recycling-cluster.eu/" class="custom-logo-link" rel="home"><img width="200" height="64" src="{base}/../../2020/02/prc-logo.png" class="custom-logo" alt="PRC Plastics Recycling Cluster" /></a></span></div></div>
			<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu"><li class="menu-item"><a href="https://www.plastics-recycling-cluster.eu/about-us/" class="menu-link">About us</a></li><li class="menu-item"><a href="https://www.plastics-recycling-cluster.eu/members/" class="menu-link">Members</a></li><li class="menu-item current-menu-item"><a href="https://www.plastics-recycling-cluster.eu/events/" class="menu-link">Events</a></li><li class="menu-item"><a href="https://www.plastics-recycling-cluster.eu/publications/" class="menu-link">Publications</a></li></ul></nav>
		</div></div></div></div>
	</header>
	<div id="content" class="site-content"><div class="ast-container">
	<section id="main-content" class="mec-container">
		<div class="mec-wrap colorskin-custom clearfix" id="mec_skin_4121">
			<article class="row mec-single-event">
				<div class="mec-events-event-image"><img width="1200" height="630" src="{base}/euct-plastics.jpg" class="attachment-full size-full wp-post-image" alt="EUCT plastics 23.11" /></div>
				<div class="col-md-8">
					<div class="mec-event-content">
						<h1 class="mec-single-title">EU Clusters Talk &#8211; Circular plastics: from waste to value chains</h1>
						<div class="mec-single-event-description mec-events-content">
<p>Plastics recycling in Europe has doubled in ten years but still covers less than a third of the plastic waste collected. Join the EU Clusters Talk “Circular plastics: from waste to value chains” on Wednesday, 23 November from 10:00 to 11:30 and hear how clusters help converters, recyclers and brand owners close the loop.</p>
<table class="speakers">
<thead><tr><th>Speaker</th><th>Position</th><th>Organisation</th></tr></thead>
<tbody>
<tr><td>Dr. Karolina Wiśniewska</td><td>Head of Circular Economy</td><td>Polymeris, POLREC Eurocluster</td></tr>
<tr><td>Tomás Ortega</td><td>Deputy Head of Unit</td><td>DG ENV, European Commission</td></tr>
<tr><td>Henrike Vogel</td><td>Innovation Manager</td><td>Kunststoff-Institut Lüdenscheid</td></tr>
<tr><td colspan="3">More speakers to be confirmed</td></tr>
</tbody>
</table>
<h3>Agenda</h3>
<table class="agenda">
<tr><td>10:00</td><td>Welcome</td></tr>
<tr><td>10:10</td><td>EU policy on plastics recycling and recycled content</td></tr>
<tr><td>10:35</td><td>Panel: clusters closing the loop</td></tr>
<tr><td>11:20</td><td>Q&amp;A and closing</td></tr>
</table>
						</div>
					</div>
					<div class="mec-event-export-module mec-frontbox"><div class="mec-event-exporting"><div class="mec-export-details"><ul>
						<li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=EU+Clusters+Talk&amp;dates=20221123T090000Z/20221123T103000Z" target="_blank">+ Add to Google Calendar</a></li>
						<li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://www.plastics-recycling-cluster.eu/?method=ical&amp;id=4121">+ iCal / Outlook export</a></li>
					</ul></div></div></div>
				</div>
				<div class="col-md-4">
					<div class="mec-event-info-desktop mec-event-meta mec-color-before mec-frontbox">
						<div class="mec-single-event-date">
							<i class="mec-sl-calendar"></i>
							<h3 class="mec-date">Date</h3>
							<dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label" itemprop="startDate">23 Nov 2022</span><span class="mec-end-date-label" itemprop="endDate"> - 23 Nov 2022</span></abbr></dd></dl>
						</div>
						<div class="mec-single-event-time">
							<i class="mec-sl-clock " style=""></i>
							<h3 class="mec-time">Time</h3>
							<i class="mec-time-comment"></i>
							<dl><dd><abbr class="mec-events-abbr">10:00 am - 11:30 am</abbr></dd></dl>
						</div>
						<div class="mec-single-event-category"><i class="mec-sl-folder"></i><dt>Category</dt><dl><dd class="mec-events-event-categories"><a href="https://www.plastics-recycling-cluster.eu/mec-category/eu-clusters-talks/" class="mec-color-hover" rel="tag">EU Clusters Talks</a></dd></dl></div>
						<div class="mec-single-event-location"><i class="mec-sl-location-pin"></i><h3 class="mec-events-single-section-title mec-location">Online</h3></div>
						<div class="mec-event-attachments">
							<h3 class="mec-attachments">Attachments</h3>
							<ul class="mec-attachments-list">
								<li><a href="{base}/Agenda-EU-Clusters-Talk-23.11.2022.pdf" target="_blank">Agenda EU Clusters Talk 23.11.2022</a></li>
								<li><a href="{base}/Background-note-circular-plastics.docx" target="_blank">Background note – circular plastics</a></li>
							</ul>
						</div>
					</div>
					<div class="mec-related-events-wrap"><h3 class="mec-rec-events-title">Related Events</h3><div class="mec-related-events">
						<article class="mec-related-event-post"><a href="https://www.plastics-recycling-cluster.eu/events/prc-members-day-2023/"><div class="mec-related-event-content"><span>17 Jan 2023</span><h5>PRC Members' Day 2023</h5></div></a></article>
						<article class="mec-related-event-post"><a href="https://www.plastics-recycling-cluster.eu/events/k-fair-debrief/"><div class="mec-related-event-content"><span>02 Dec 2022</span><h5>K 2022 trade fair debrief</h5></div></a></article>
					</div></div>
				</div>
			</article>
		</div>
	</section>
	</div></div>
	<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-small-footer-section ast-small-footer-section-1">Copyright &copy; 2022 PRC Plastics Recycling Cluster | Newsletter: <a href="https://www.plastics-recycling-cluster.eu/newsletter/">subscribe</a></div></div></div></div></footer>
</div>
<script src='https://www.plastics-recycling-cluster.eu/wp-content/plugins/modern-events-calendar-lite/assets/js/frontend.js?ver=6.5.3' id='mec-frontend-script-js'></script>
</body>
</html>
"""
add(
    "hx-009",
    url,
    "T3",
    "en",
    page,
    is_event=True,
    title="Circular plastics: from waste to value chains",
    page_title="EU Clusters Talk – Circular plastics: from waste to value chains",
    series="EU Clusters Talks",
    start="2022-11-23T10:00:00+01:00",
    end="2022-11-23T11:30:00+01:00",
    tz_label=None,
    speakers=[
        sp("Karolina Wiśniewska", "Head of Circular Economy", "Polymeris", "POLREC"),
        sp("Tomás Ortega", "Deputy Head of Unit", "DG ENV, European Commission"),
        sp("Henrike Vogel", "Innovation Manager", "Kunststoff-Institut Lüdenscheid"),
    ],
    euroclusters=["POLREC"],
    assets=[
        asset("Agenda EU Clusters Talk 23.11.2022", f"{base}/Agenda-EU-Clusters-Talk-23.11.2022.pdf"),
        asset("Background note – circular plastics", f"{base}/Background-note-circular-plastics.docx"),
    ],
    notes="Modern Events Calendar: '23 Nov 2022 - 23 Nov 2022' (same day twice) and '10:00 am - 11:30 am' with no zone "
    "label; body 'Wednesday, 23 November from 10:00 to 11:30' has no year; MEC's JSON-LD gives date-only "
    "startDate/endDate (no times). Speakers in a table (Speaker | Position | Organisation) with a Eurocluster in the "
    "organisation cell and a colspan 'More speakers to be confirmed' row; a timed agenda table follows. The event's "
    "attachments (.pdf, .docx) sit in MEC's side column of the same event page: assets. '?method=ical' export and "
    "Google link are not; related events carry other dates.",
    what="Modern Events Calendar header (same day twice, 12-hour, no label); speaker table; attachments in the event's side column.",
)

# ---------------------------------------------------------------------------------------------------------- hx-010
url = "https://www.clusterespacial.es/en/eu-clusters-talk-space-upstream-meets-downstream/"
page = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>EU Clusters Talk &#8211; Space ecosystem: upstream meets downstream - Clúster Espacial</title>
<meta name="description" content="EU Clusters Talk on the space ecosystem, 7 February 2024."/>
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2024-01-18T12:05:33+01:00" />
<meta property="article:modified_time" content="2024-02-08T09:40:02+01:00" />
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://www.clusterespacial.es/#organization","name":"Clúster Espacial"},{"@type":"WebSite","@id":"https://www.clusterespacial.es/#website","url":"https://www.clusterespacial.es","name":"Clúster Espacial","inLanguage":"en-GB"},{"@type":"Event","name":"EU Clusters Talk - Space ecosystem: upstream meets downstream","description":"EU Clusters Talk on the space ecosystem","startDate":"2024-02-07T08:30:00Z","endDate":"2024-02-07T09:45:00Z","eventStatus":"https://schema.org/EventScheduled","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","location":{"@type":"VirtualLocation","url":"https://clustercollaboration.eu"},"organizer":{"@type":"Organization","name":"European Cluster Collaboration Platform"}},{"@type":"BlogPosting","headline":"EU Clusters Talk - Space ecosystem: upstream meets downstream","datePublished":"2024-01-18T12:05:33+01:00","dateModified":"2024-02-08T09:40:02+01:00","author":{"@type":"Person","name":"Lucía Navarro"}}]}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://www.clusterespacial.es/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
</head>
<body class="post-template-default single single-post postid-9812 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part site-header">
  <div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">
    <div class="wp-block-site-logo"><a href="https://www.clusterespacial.es/en/" class="custom-logo-link" rel="home"><img width="160" height="50" src="https://www.clusterespacial.es/wp-content/uploads/2022/06/logo-ce.svg" class="custom-logo" alt="Clúster Espacial" /></a></div>
    <nav class="is-responsive wp-block-navigation" aria-label="Menu"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.clusterespacial.es/en/cluster/">The cluster</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.clusterespacial.es/en/news/">News</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.clusterespacial.es/en/agenda/">Agenda</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.clusterespacial.es/">ES</a></li></ul></nav>
  </div></div>
</header>
<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
  <div class="wp-block-group has-global-padding is-layout-constrained">
    <h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">EU Clusters Talk &#8211; Space ecosystem: upstream meets downstream</h1>
    <div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2024-01-18T12:05:33+01:00">18 January 2024</time></div><div class="wp-block-post-author-name">Lucía Navarro</div><div class="wp-block-post-terms taxonomy-category"><a href="https://www.clusterespacial.es/en/category/events/" rel="tag">Events</a></div></div>
  </div>
  <figure class="wp-block-post-featured-image"><img width="1200" height="600" src="https://www.clusterespacial.es/wp-content/uploads/2024/01/euct-space-feb-2024.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="EUCT space 7 Feb" /></figure>
  <div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
<p>The European Cluster Collaboration Platform invites the cluster community to the EU Clusters Talk “Space ecosystem: upstream meets downstream” on 7 February 2024, 8:30 – 9:45 CET.</p>
<p>Europe's space sector is no longer only about launchers and satellites: most of its growth now comes from the downstream market of data and services built on Galileo and Copernicus. Clusters sit where both worlds meet, and the EU Space Strategy for Security and Defence of March 2023 adds new demand.</p>
<p>Speakers include:<br>- Javier Ruiz Soler, Senior Policy Officer, DG DEFIS, European Commission;<br>- Dr Alessia Conti, Head of Downstream Applications, Lazio Aerospace Cluster;<br>- Bernd Hoffmann, CEO, SpaceTech Bavaria GmbH;<br>- Speakers from the METASTARS Eurocluster to be confirmed.</p>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://clustercollaboration.eu/content/eu-clusters-talks-space-ecosystem">Register on the ECCP website</a></div></div>
<p class="has-small-font-size">Last updated: 8 February 2024</p>
  </div>
  <div class="wp-block-group has-global-padding is-layout-constrained"><h2 class="wp-block-heading">More news</h2>
    <ul class="wp-block-post-template is-layout-flow">
      <li class="wp-block-post"><h3 class="wp-block-post-title"><a href="https://www.clusterespacial.es/en/space-days-2024/">Space Days 2024: save the date, 16–17 April</a></h3><div class="wp-block-post-date"><time datetime="2024-01-09T10:00:00+01:00">9 January 2024</time></div></li>
      <li class="wp-block-post"><h3 class="wp-block-post-title"><a href="https://www.clusterespacial.es/en/copernicus-hackathon/">Copernicus hackathon results</a></h3><div class="wp-block-post-date"><time datetime="2023-12-14T10:00:00+01:00">14 December 2023</time></div></li>
    </ul>
  </div>
</main>
<footer class="wp-block-template-part site-footer"><div class="wp-block-group has-global-padding is-layout-constrained"><p>Clúster Espacial &middot; Calle de la Ciencia 12, Madrid &middot; <a href="https://www.clusterespacial.es/en/legal/">Legal notice</a> &middot; <a href="https://www.clusterespacial.es/en/cookies/">Cookies</a></p></div></footer>
</div>
</body>
</html>
"""
add(
    "hx-010",
    url,
    "T3",
    "en",
    page,
    is_event=True,
    title="Space ecosystem: upstream meets downstream",
    page_title="EU Clusters Talk – Space ecosystem: upstream meets downstream",
    series="EU Clusters Talks",
    start="2024-02-07T08:30:00+01:00",
    end="2024-02-07T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Javier Ruiz Soler", "Senior Policy Officer", "DG DEFIS, European Commission"),
        sp("Alessia Conti", "Head of Downstream Applications", "Lazio Aerospace Cluster"),
        sp("Bernd Hoffmann", "CEO", "SpaceTech Bavaria GmbH"),
    ],
    euroclusters=["METASTARS"],
    notes="WordPress block theme with a Rank Math JSON-LD @graph whose Event startDate/endDate are the Brussels wall "
    "times wrongly suffixed 'Z' (08:30Z = 09:30 CET): the JSON-LD disagrees with the prose, which is right "
    "(08:30–09:45 +01:00) — a warning, not an override. Speakers as '- ' lines inside the same <p> as 'Speakers "
    "include:', <br>-separated, 'Dr' without dot; the last line ('Speakers from the METASTARS Eurocluster to be "
    "confirmed.') is a placeholder that still names METASTARS. Publication, 'Last updated' and teaser dates are not the event.",
    what="Block theme; JSON-LD Event with bogus 'Z' times disagreeing with prose; '- ' lines in one <p>; placeholder naming a Eurocluster.",
)

# ---------------------------------------------------------------------------------------------------------- hx-014
url = "https://www.klaster-mazowsze.pl/2023/05/22/europejskie-spotkania-kojarzeniowe-klastrow-eu-clusters-matchmaking/"
page = """<!DOCTYPE html>
<html lang="pl-PL">
<head>
<meta charset="iso-8859-1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Europejskie spotkania kojarzeniowe klastrów – EU Clusters Matchmaking Event – Klaster Mazowsze</title>
<link rel='stylesheet' id='generate-style-css' href='https://www.klaster-mazowsze.pl/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.3.0' media='all' />
<meta property="og:locale" content="pl_PL" />
<meta property="article:published_time" content="2023-05-22T10:47:00+00:00" />
</head>
<body class="post-template-default single single-post postid-1877 single-format-standard right-sidebar nav-float-right separate-containers">
<a class="screen-reader-text skip-link" href="#content" title="Przejdź do treści">Przejdź do treści</a>
<header class="site-header" id="masthead" aria-label="Witryna">
  <div class="inside-header grid-container">
    <div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://www.klaster-mazowsze.pl/" rel="home">Klaster Mazowsze</a></p><p class="site-description">Klaster innowacji cyfrowych i medycznych</p></div>
    <nav class="main-navigation" id="site-navigation" aria-label="Główny"><div class="inside-navigation grid-container"><ul id="menu-glowne" class="menu sf-menu"><li class="menu-item"><a href="https://www.klaster-mazowsze.pl/o-nas/">O nas</a></li><li class="menu-item"><a href="https://www.klaster-mazowsze.pl/czlonkowie/">Członkowie</a></li><li class="menu-item current-menu-parent"><a href="https://www.klaster-mazowsze.pl/aktualnosci/">Aktualności</a></li><li class="menu-item"><a href="https://www.klaster-mazowsze.pl/kontakt/">Kontakt</a></li></ul></div></nav>
  </div>
</header>
<div class="site grid-container container hfeed" id="page">
  <div class="site-content" id="content">
  <div class="content-area" id="primary">
    <main class="site-main" id="main">
<article id="post-1877" class="post-1877 post type-post status-publish format-standard hentry category-aktualnosci" itemtype="https://schema.org/CreativeWork" itemscope>
  <div class="inside-article">
    <header class="entry-header">
      <h1 class="entry-title" itemprop="headline">Europejskie spotkania kojarzeniowe klastrów – EU Clusters Matchmaking Event</h1>
      <div class="entry-meta"><span class="posted-on">Opublikowano <time class="entry-date published" datetime="2023-05-22T12:47:00+02:00" itemprop="datePublished">22 maja 2023</time></span> <span class="byline">przez <span class="author vcard"><span class="author-name" itemprop="name">Redakcja</span></span></span> <span class="post-views">Wyświetleń: 231</span></div>
    </header>
    <div class="entry-content" itemprop="text">
<p>Europejska Platforma Współpracy Klastrów (ECCP) zaprasza organizacje klastrowe na wydarzenie kojarzeniowe „EU Clusters Matchmaking: Health &amp; Digital”, które odbędzie się online w dniach 13–14 czerwca 2023 r.</p>
<p>Podczas dwóch dni uczestnicy mogą umówić się na krótkie spotkania B2B z partnerami z całej Europy, przedstawić swoje projekty i poznać ofertę Euroklastrów. Udział jest bezpłatny.</p>
<p>Dla kogo?</p>
<ul>
<li>organizacje klastrowe,</li>
<li>MŚP z ekosystemu zdrowia i cyfryzacji,</li>
<li>instytucje otoczenia biznesu.</li>
</ul>
<p>Rejestracja trwa do 5 czerwca 2023 r., do godz. 23:59 CEST. <a href="https://eu-clusters-matchmaking.b2match.io/">Zarejestruj się</a>.</p>
<p>Pytania prosimy kierować do biura Klastra: <a href="mailto:biuro@klaster-mazowsze.pl">biuro@klaster-mazowsze.pl</a>.</p>
    </div>
    <footer class="entry-meta"><span class="cat-links">Kategorie <a href="https://www.klaster-mazowsze.pl/aktualnosci/" rel="category tag">Aktualności</a></span><nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="https://www.klaster-mazowsze.pl/2023/05/10/dzien-klastra-2023/" rel="prev">Dzień Klastra 2023 – 15 czerwca</a></div></nav></footer>
  </div>
</article>
    </main>
  </div>
  <div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
    <aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Najnowsze wpisy</h2><ul>
      <li><a href="https://www.klaster-mazowsze.pl/2023/05/22/europejskie-spotkania-kojarzeniowe-klastrow-eu-clusters-matchmaking/" aria-current="page">Europejskie spotkania kojarzeniowe klastrów</a><span class="post-date">22 maja 2023</span></li>
      <li><a href="https://www.klaster-mazowsze.pl/2023/05/10/dzien-klastra-2023/">Dzień Klastra 2023 – 15 czerwca</a><span class="post-date">10 maja 2023</span></li>
    </ul></aside>
  </div></div>
  </div>
</div>
<div class="site-footer"><footer class="site-info" aria-label="Witryna"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2023 Klaster Mazowsze · ul. Świętokrzyska 12, Warszawa</div></div></footer></div>
</body>
</html>
"""
add(
    "hx-014",
    url,
    "T3",
    "pl",
    page,
    is_event=True,
    title="EU Clusters Matchmaking: Health & Digital",
    page_title="Europejskie spotkania kojarzeniowe klastrów – EU Clusters Matchmaking Event",
    series="ECCP matchmaking",
    start="2023-06-13",
    end="2023-06-14",
    notes="Polish WordPress (GeneratePress). Wrong <meta charset='iso-8859-1'>: the bytes are UTF-8 (decoding by the "
    "declared charset gives 'klastrÃ³w'). Range 'w dniach 13–14 czerwca 2023 r.' (dates only, Polish genitive "
    "month). Registration deadline '5 czerwca 2023 r., do godz. 23:59 CEST' has a time and a zone but is not the "
    "event; publication date 22 maja 2023 and 'Wyświetleń: 231'; sidebar and previous-post link carry another "
    "date (15 czerwca). Title in „…”.",
    what="Polish WP; wrong meta charset (UTF-8 bytes declared iso-8859-1); 'w dniach 13–14 czerwca 2023 r.'; timed deadline.",
)

# ---------------------------------------------------------------------------------------------------------- hx-021
url = "https://www.batteriecluster-sued.de/en/eu-clusters-talk-batteries-24-january-2024/"
page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EU Clusters Talk: Batteries and the European battery value chain | Batteriecluster Süd</title>
<link rel="stylesheet" href="https://www.batteriecluster-sued.de/wp-content/themes/bcs/style.css?ver=1.8" type="text/css" media="all">
<link rel="alternate" hreflang="de" href="https://www.batteriecluster-sued.de/eu-clusters-talk-batterien/">
</head>
<body class="post-template-default single single-post postid-733 lang-en">
<div class="topbar"><div class="container"><span>Batteriecluster Süd e.V.</span> <a href="https://www.batteriecluster-sued.de/eu-clusters-talk-batterien/" hreflang="de">DE</a> | <a href="#" class="active">EN</a></div></div>
<header class="header"><div class="container"><a class="logo" href="https://www.batteriecluster-sued.de/en/"><img src="https://www.batteriecluster-sued.de/wp-content/themes/bcs/img/logo.svg" alt="Batteriecluster Süd"></a>
<ul class="nav"><li><a href="https://www.batteriecluster-sued.de/en/cluster/">Cluster</a></li><li><a href="https://www.batteriecluster-sued.de/en/members/">Members</a></li><li class="active"><a href="https://www.batteriecluster-sued.de/en/news/">News</a></li><li><a href="https://www.batteriecluster-sued.de/en/publications/">Publications</a></li></ul></div></header>
<div class="container main-wrap">
  <div class="row">
    <div class="col-8 content">
      <div class="post-733 post type-post status-publish format-standard hentry category-news">
        <h1 class="post-title">EU Clusters Talk: Batteries and the European battery value chain</h1>
        <div class="post-body">
<p>On Wednesday 24 January, from 8:30 to 9:45 CET, the European Cluster Collaboration Platform dedicates its EU Clusters Talk to batteries. The Talk looks at how clusters help SMEs enter the battery value chain, from raw materials and cell production to second life and recycling under the new Batteries Regulation.</p>
<p>Speakers include:</p>
<p><strong>Dr. Lena Hofmann</strong>Head of Battery Programmes, Bayern Innovativ</p>
<p><strong>Miguel Ángel Torres</strong>Project Manager, CIC energiGUNE</p>
<p><strong>Oskar Nilsson</strong>Business Developer, Swedish Electromobility Centre</p>
<p><strong>Speaker TBC</strong>European Commission, DG GROW</p>
<p>Members of Batteriecluster Süd who would like to present their solutions in the chat are welcome to contact the cluster office.</p>
<p><a class="btn" href="https://clustercollaboration.eu/content/eu-clusters-talks-batteries">Register on clustercollaboration.eu</a></p>
        </div>
      </div>
    </div>
    <div class="col-4 sidebar">
      <div class="widget widget-publications"><h3>Latest publications</h3><ul>
        <li><a href="https://www.batteriecluster-sued.de/wp-content/uploads/2025/02/BCS-Annual-Report-2024.pdf">Batteriecluster Süd Annual Report 2024 (PDF)</a></li>
        <li><a href="https://www.batteriecluster-sued.de/wp-content/uploads/2024/11/Position-paper-battery-passport.pdf">Position paper: the battery passport (PDF)</a></li>
      </ul></div>
      <div class="widget widget-events"><h3>Upcoming events</h3><ul>
        <li><strong>Battery Day 2025</strong><br>12 March 2025, 9:00 – 17:00, Ulm</li>
        <li><strong>Recycling workshop</strong><br>3 April 2025, 14:00 CET, online</li>
      </ul></div>
    </div>
  </div>
</div>
<footer class="footer"><div class="container"><p>&copy; 2025 Batteriecluster Süd e.V. &middot; Helmholtzstraße 8, 89081 Ulm</p><p><a href="https://www.batteriecluster-sued.de/en/imprint/">Imprint</a> &middot; <a href="https://www.batteriecluster-sued.de/en/privacy/">Privacy</a></p></div></footer>
</body>
</html>
"""
add(
    "hx-021",
    url,
    "T3",
    "en",
    page,
    is_event=True,
    title="EU Clusters Talk: Batteries and the European battery value chain",
    page_title="EU Clusters Talk: Batteries and the European battery value chain",
    series="EU Clusters Talks",
    start="2024-01-24T08:30:00+01:00",
    end="2024-01-24T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Lena Hofmann", "Head of Battery Programmes", "Bayern Innovativ"),
        sp("Miguel Ángel Torres", "Project Manager", "CIC energiGUNE"),
        sp("Oskar Nilsson", "Business Developer", "Swedish Electromobility Centre"),
    ],
    notes="Custom WordPress theme with no publication date anywhere. Body 'On Wednesday 24 January, from 8:30 to 9:45 CET' "
    "has no year; the only year is in the URL slug ('…-24-january-2024'), while the footer says '© 2025' and the "
    "sidebar lists 2025 events (a year taken from the page text would be wrong). Speaker name in <strong> glued to "
    "the role with no space ('Lena HofmannHead of…'); 'Speaker TBC' placeholder. The 'Latest publications' widget "
    "links PDFs that are not this event's documents: no assets.",
    what="Year only in the URL slug (© 2025 in footer); <strong> name glued to role; sidebar PDFs that are not the event's.",
)

# ---------------------------------------------------------------------------------------------------------- hx-022
url = "https://www.healthclusternet.eu/news/eu-clusters-talk-european-health-data-space/"
page = """<!DOCTYPE html>
<html lang="en-US" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EU Clusters Talk: The European Health Data Space &#8211; what&#8217;s in it for clusters? - HealthClusterNET</title>
<meta property="og:title" content="EU Clusters Talk: The European Health Data Space &#8211; what&#8217;s in it for clusters?" />
<meta property="article:published_time" content="2023-04-12T08:20:41+00:00" />
<script type="application/ld+json" class="aioseo-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","@id":"https://www.healthclusternet.eu/news/eu-clusters-talk-european-health-data-space/#blogposting","headline":"EU Clusters Talk: The European Health Data Space - what's in it for clusters?","datePublished":"2023-04-12T10:20:41+02:00","dateModified":"2023-04-12T10:20:41+02:00"},{"@type":"Event","name":"EU Clusters Talk: The European Health Data Space","startDate":"2023-05-03T06:30:00Z","endDate":"2023-05-03T07:45:00Z","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","location":{"@type":"VirtualLocation","url":"https://clustercollaboration.eu"},"organizer":{"@type":"Organization","name":"European Cluster Collaboration Platform"}}]}</script>
<link rel='stylesheet' id='kadence-global-css' href='https://www.healthclusternet.eu/wp-content/themes/kadence/assets/css/global.min.css?ver=1.1.35' media='all' />
</head>
<body class="post-template-default single single-post postid-5120 single-format-standard wp-custom-logo content-style-boxed">
<div id="wrapper" class="site wp-site-blocks">
  <header id="masthead" class="site-header" role="banner"><div class="site-header-inner-wrap"><div class="site-main-header-wrap site-header-row-container"><div class="site-container">
    <div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="https://www.healthclusternet.eu/" rel="home"><img width="220" height="60" src="https://www.healthclusternet.eu/wp-content/uploads/2020/09/hcn-logo.png" class="custom-logo" alt="HealthClusterNET" /></a></div>
    <nav id="site-navigation" class="main-navigation header-navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://www.healthclusternet.eu/about/">About</a></li><li class="menu-item"><a href="https://www.healthclusternet.eu/members/">Members</a></li><li class="menu-item current-menu-ancestor"><a href="https://www.healthclusternet.eu/news/">News</a></li><li class="menu-item"><a href="https://www.healthclusternet.eu/projects/">Projects</a></li></ul></div></nav>
  </div></div></div></header>
  <div id="inner-wrap" class="wrap hfeed kt-clear">
  <div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main">
  <div class="content-wrap">
  <article id="post-5120" class="entry content-bg single-entry post-5120 post type-post status-publish format-standard has-post-thumbnail hentry category-news tag-ehds">
    <div class="entry-content-wrap">
      <header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
        <div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="https://www.healthclusternet.eu/category/news/" rel="tag">News</a></span></div>
        <h1 class="entry-title">EU Clusters Talk: The European Health Data Space &#8211; what&#8217;s in it for clusters?</h1>
        <div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="https://www.healthclusternet.eu/author/editor/">Editorial team</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2023-04-12T10:20:41+02:00">April 12, 2023</time></span><span class="post-views">1,284 Views</span></div>
      </header>
      <div class="entry-content single-content">
<p>Join the EU Clusters Talk “The European Health Data Space: what’s in it for clusters?” on May 3rd, 2023 from 8:30 to 9:45 a.m. CET.</p>
<p>When the Commission proposed the European Health Data Space on May 3, 2022, it promised citizens control over their health data and researchers and innovators access to it under strict rules. One year on, clusters ask what the new rules mean for the digital-health start-ups and medtech SMEs among their members.</p>
<p>Speakers at this EU Clusters Talk will include:</p>
<ul>
<li>Dr. Marta Kowalczyk, Interizon – Pomeranian ICT Cluster, DESIRE Eurocluster;</li>
<li>Henrik Madsen, Welfare Tech;</li>
<li>Sofia Almeida, Health Cluster Portugal;</li>
<li>Joanna Reyes, Policy Officer, DG SANTE, European Commission;</li>
<li>Rita Moretti, Head of the “Digital Health” Unit, Lombardy Life Sciences Cluster.</li>
</ul>
<p><a href="https://clustercollaboration.eu/content/eu-clusters-talks-european-health-data-space">Register here</a> · <a href="https://health.ec.europa.eu/ehealth-digital-health-and-care/european-health-data-space_en">About the EHDS</a></p>
      </div>
      <footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><a href="https://www.healthclusternet.eu/tag/ehds/" title="EHDS" class="tag-link" rel="tag">#EHDS</a></span></div></footer>
    </div>
  </article>
  <nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://www.healthclusternet.eu/news/medtech-forum-2023/" rel="prev"><div class="post-navigation-sub"><small>Previous</small></div>MedTech Forum 2023 – 17 May, Lisbon</a></div></div></nav>
  <div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><h2 class="entry-related-title">Similar Posts</h2>
    <div class="entry-related-carousel"><article class="entry loop-entry"><h3 class="entry-title"><a href="https://www.healthclusternet.eu/news/ai-act-and-medtech/">AI Act and medtech: a briefing for SMEs</a></h3><div class="entry-meta"><time class="entry-date published" datetime="2023-03-02T09:00:00+01:00">March 2, 2023</time></div></article></div>
  </div></div>
  </div>
  </main></div></div>
  </div>
  <footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-container"><p>&copy; 2023 HealthClusterNET &mdash; WordPress Theme by Kadence WP</p></div></div></footer>
</div>
</body>
</html>
"""
add(
    "hx-022",
    url,
    "T3",
    "en",
    page,
    is_event=True,
    title="The European Health Data Space: what’s in it for clusters?",
    page_title="EU Clusters Talk: The European Health Data Space – what’s in it for clusters?",
    series="EU Clusters Talks",
    start="2023-05-03T08:30:00+02:00",
    end="2023-05-03T09:45:00+02:00",
    tz_label="CET",
    speakers=[
        sp("Marta Kowalczyk", None, "Interizon – Pomeranian ICT Cluster", "DESIRE"),
        sp("Henrik Madsen", None, "Welfare Tech"),
        sp("Sofia Almeida", None, "Health Cluster Portugal"),
        sp("Joanna Reyes", "Policy Officer", "DG SANTE, European Commission"),
        sp("Rita Moretti", "Head of the “Digital Health” Unit", "Lombardy Life Sciences Cluster"),
    ],
    euroclusters=["DESIRE"],
    notes="Month-first ordinal 'May 3rd, 2023' with 12-hour 'from 8:30 to 9:45 a.m. CET' (+02:00: May); an AIOSEO JSON-LD "
    "Event gives the same times in true UTC (06:30Z–07:45Z) and agrees. The EHDS proposal "
    "date 'May 3, 2022' — same day one year earlier, also month-first — is not the event. WordPress (Kadence): "
    "'April 12, 2023' entry-date, '1,284 Views', previous-post title with another date. Three 'Name, Organisation' "
    "lines with no role (one with a Eurocluster); curly quotes kept inside a role.",
    what="'May 3rd, 2023' + 'a.m.' 12-hour; same-day previous-year date; 'Name, Org' lines without role; curly quotes inside a role.",
)

# ---------------------------------------------------------------------------------------------------------- hx-027
url = "https://www.clusterverband-ost.de/rueckblick-clusters-meet-regions-chisinau/"
page = """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Rückblick: Clusters meet Regions in Chișinău | Clusterverband Ost</title>
<link rel='stylesheet' id='divi-style-css' href='https://www.clusterverband-ost.de/wp-content/themes/Divi/style.min.css?ver=4.27.0' type='text/css' media='all' />
<meta property="article:published_time" content="2024-11-07T09:00:00+01:00" />
</head>
<body class="post-template-default single single-post postid-2604 et_pb_button_helper_class et_fullwidth_nav et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_right_sidebar">
<div id="page-container">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
  <div class="logo_container"><a href="https://www.clusterverband-ost.de/"><img src="https://www.clusterverband-ost.de/wp-content/uploads/2019/04/cvo-logo.png" alt="Clusterverband Ost" id="logo" /></a></div>
  <div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="https://www.clusterverband-ost.de/ueber-uns/">Über uns</a></li><li class="menu-item"><a href="https://www.clusterverband-ost.de/mitglieder/">Mitglieder</a></li><li class="menu-item current-menu-item"><a href="https://www.clusterverband-ost.de/aktuelles/">Aktuelles</a></li><li class="menu-item"><a href="https://www.clusterverband-ost.de/termine/">Termine</a></li></ul></nav></div>
</div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-2604" class="et_pb_post post-2604 post type-post status-publish format-standard has-post-thumbnail hentry category-aktuelles">
  <div class="et_post_meta_wrapper">
    <h1 class="entry-title">Rückblick: Clusters meet Regions in Chișinău</h1>
    <p class="post-meta"> von <span class="author vcard"><a href="https://www.clusterverband-ost.de/author/redaktion/" title="Beiträge von Redaktion" rel="author">Redaktion</a></span> | <span class="published">7. Nov. 2024</span> | <a href="https://www.clusterverband-ost.de/aktuelles/" rel="category tag">Aktuelles</a></p>
    <img src="https://www.clusterverband-ost.de/wp-content/uploads/2024/11/cmr-chisinau-gruppenfoto.jpg" alt="Gruppenfoto CmR Chisinau" class="" width="1080" height="675" />
  </div>
  <div class="entry-content">
<p>Am 24. und 25. Oktober 2024 fand in Chișinău (Republik Moldau) ein Clusters meet Regions der Europäischen Cluster-Kollaborationsplattform (ECCP) statt. Unter dem Motto „Clusters for a resilient and competitive Moldova“ diskutierten rund 120 Teilnehmende aus Clustern, Ministerien und Regionalagenturen, wie Cluster die Annäherung der moldauischen Wirtschaft an den EU-Binnenmarkt unterstützen können.</p>
<p>„Cluster sind Brücken in den Binnenmarkt“, sagte Sabine Wolf zur Eröffnung. Unser Verband war mit einer Delegation von fünf Mitgliedern vor Ort.</p>
<p>Es sprachen unter anderem:</p>
<ul>
<li>Dr. Mihai Rusu, Staatssekretär, Ministerium für wirtschaftliche Entwicklung und Digitalisierung der Republik Moldau</li>
<li>Elena Cojocaru, Direktorin, Organisation für Unternehmensentwicklung (ODA)</li>
<li>Andreas Klein (Clustermanager, Automotive Cluster Ostwestfalen)</li>
<li>Sabine Wolf, Referentin für Clusterpolitik, GD GROW, Europäische Kommission</li>
</ul>
<p>Wir danken unseren Partnern:</p>
<ul>
<li>Moldauische Investitionsagentur</li>
<li>Technische Universität Moldau</li>
<li>Europäische Cluster-Kollaborationsplattform</li>
</ul>
<p>Das nächste Clusters meet Regions findet am 27. und 28. November 2024 in Charleroi statt.</p>
  </div>
</article>
</div>
<div id="sidebar"><div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Neueste Beiträge</h4><ul><li><a href="https://www.clusterverband-ost.de/rueckblick-clusters-meet-regions-chisinau/" aria-current="page">Rückblick: Clusters meet Regions in Chișinău</a></li><li><a href="https://www.clusterverband-ost.de/mitgliederversammlung-2024/">Mitgliederversammlung am 12. Dezember 2024</a></li></ul></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">&copy; 2024 Clusterverband Ost e.V. | <a href="https://www.clusterverband-ost.de/impressum/">Impressum</a> | <a href="https://www.clusterverband-ost.de/datenschutz/">Datenschutz</a></div></div></div></footer>
</div></div>
</body>
</html>
"""
add(
    "hx-027",
    url,
    "T3",
    "de",
    page,
    is_event=True,
    title="Clusters for a resilient and competitive Moldova",
    page_title="Rückblick: Clusters meet Regions in Chișinău",
    series="Clusters meet Regions",
    start="2024-10-24",
    end="2024-10-25",
    speakers=[
        sp(
            "Mihai Rusu",
            "Staatssekretär",
            "Ministerium für wirtschaftliche Entwicklung und Digitalisierung der Republik Moldau",
        ),
        sp("Elena Cojocaru", "Direktorin", "Organisation für Unternehmensentwicklung (ODA)"),
        sp("Andreas Klein", "Clustermanager", "Automotive Cluster Ostwestfalen"),
        sp("Sabine Wolf", "Referentin für Clusterpolitik", "GD GROW, Europäische Kommission"),
    ],
    notes="German WordPress (Divi) report. 'Am 24. und 25. Oktober 2024' (dates only); the next CmR '27. und 28. November "
    "2024' and 'Mitgliederversammlung am 12. Dezember 2024' are not the event; byline '7. Nov. 2024'. Title is the "
    "motto in „…“; a German quotation in „…“ follows and is not a title. 'Es sprachen unter anderem:' list with a "
    "'Name (Rolle, Organisation)' line; the partner-organisation list right after is not speakers.",
    what="German WP report; 'Am 24. und 25. Oktober 2024'; „…“ motto title + quotation; 'Name (Role, Org)'; partner list.",
)

# ================================================================================================ non-event
# ---------------------------------------------------------------------------------------------------------- hx-032
url = "https://www.green-manufacturing-cluster.eu/projects/gemstone-eurocluster/"
page = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GEMSTONE Eurocluster &#8211; Green Manufacturing Cluster</title>
<link rel='stylesheet' id='oceanwp-style-css' href='https://www.green-manufacturing-cluster.eu/wp-content/themes/oceanwp/assets/css/style.min.css?ver=3.4.1' media='all' />
</head>
<body class="page-template-default page page-id-311 oceanwp-theme">
<div id="outer-wrap" class="site clr"><div id="wrap" class="clr">
<header id="site-header" class="minimal-header clr"><div id="site-header-inner" class="clr container"><div id="site-logo" class="clr"><a href="https://www.green-manufacturing-cluster.eu/" class="custom-logo-link" rel="home"><img src="https://www.green-manufacturing-cluster.eu/wp-content/uploads/2021/01/gmc-logo.png" alt="Green Manufacturing Cluster" /></a></div>
<nav id="site-navigation" class="navigation main-navigation clr"><ul id="menu-main" class="main-menu dropdown-menu sf-menu"><li class="menu-item"><a href="https://www.green-manufacturing-cluster.eu/about/" class="menu-link">About</a></li><li class="menu-item current-menu-ancestor"><a href="https://www.green-manufacturing-cluster.eu/projects/" class="menu-link">Projects</a></li><li class="menu-item"><a href="https://www.green-manufacturing-cluster.eu/events/" class="menu-link">Events</a></li></ul></nav></div></header>
<main id="main" class="site-main clr" role="main">
<header class="page-header"><div class="container clr page-header-inner"><h1 class="page-header-title clr">GEMSTONE Eurocluster</h1><nav class="site-breadcrumbs clr"><a href="https://www.green-manufacturing-cluster.eu/">Home</a> / <a href="https://www.green-manufacturing-cluster.eu/projects/">Projects</a> / GEMSTONE Eurocluster</nav></div></header>
<div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">
<article class="single-page-article clr"><div class="entry clr">
<p>GEMSTONE (GrEen Manufacturing SupporTing recOvery and resilieNcE of industrial SMEs) is one of the Euroclusters funded by the Single Market Programme. It helps manufacturing SMEs adopt green technologies through vouchers, training and matchmaking.</p>
<table class="project-facts">
<tr><th>Programme</th><td>Single Market Programme (SMP-COSME-2021-CLUSTER-01)</td></tr>
<tr><th>Duration</th><td>1 September 2022 – 29 February 2024 (18 months)</td></tr>
<tr><th>Budget</th><td>EUR 3,000,000</td></tr>
<tr><th>Partners</th><td>7 cluster organisations from 5 countries</td></tr>
</table>
<p>The consortium met for its kick-off on 21–22 September 2022 in Turin, and the final conference took place on 6 February 2024 in Brussels.</p>
<p>Results:</p>
<ul><li>more than 120 SMEs supported with vouchers;</li><li>14 training sessions;</li><li>a toolkit on green manufacturing.</li></ul>
</div></article>
</div></div></div>
</main>
<footer id="footer" class="site-footer"><div id="footer-bottom" class="clr"><div id="copyright" class="clr">Copyright 2024 &ndash; Green Manufacturing Cluster</div></div></footer>
</div></div>
</body>
</html>
"""
add(
    "hx-032",
    url,
    "T3",
    "en",
    page,
    is_event=False,
    title="GEMSTONE Eurocluster",
    page_title="GEMSTONE Eurocluster",
    euroclusters=["GEMSTONE"],
    notes="NOT an event: WordPress project page; a duration range looks like an event range and two past meetings are "
    "mentioned with dates.",
    what="Project page with a duration range and meeting dates (not an event).",
)
