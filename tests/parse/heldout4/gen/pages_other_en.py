"""hq-019 … hq-030: English pages in other markups (WordPress classic and block themes, event plugins, ticketing,
Wix, static HTML, AMP) and non-event pages (listing, bot challenge, empty page, 404, newsletter)."""

from common import PageList, asset, bxl, record, sp

PAGES = PageList()
page = PAGES.add


# ------------------------------------------------------------------------------------------------ hq-019 WordPress classic


@page
def hq019():
    url = "https://www.cyberclusterbasque.eu/2023/01/16/eu-clusters-talk-cybersecurity-smes/"
    up = "https://www.cyberclusterbasque.eu/wp-content/uploads/2023/02/"
    html = f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>EU Clusters Talk: Cybersecurity for SMEs &#8211; what clusters can do &#8211; Basque Cybersecurity Cluster</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Basque Cybersecurity Cluster &raquo; Feed" href="https://www.cyberclusterbasque.eu/feed/" />
<link rel="alternate" type="application/rss+xml" title="Basque Cybersecurity Cluster &raquo; EU Clusters Talk: Cybersecurity for SMEs &#8211; what clusters can do Comments Feed" href="https://www.cyberclusterbasque.eu/2023/01/16/eu-clusters-talk-cybersecurity-smes/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.cyberclusterbasque.eu/wp-includes/css/dist/block-library/style.min.css?ver=6.1.1' media='all' />
<link rel='stylesheet' id='twentyseventeen-style-css' href='https://www.cyberclusterbasque.eu/wp-content/themes/twentyseventeen/style.css?ver=20221101' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='https://www.cyberclusterbasque.eu/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.3.12' media='all' />
<script src='https://www.cyberclusterbasque.eu/wp-includes/js/jquery/jquery.min.js?ver=3.6.1' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="https://www.cyberclusterbasque.eu/wp-json/" /><link rel="alternate" type="application/json" href="https://www.cyberclusterbasque.eu/wp-json/wp/v2/posts/4127" />
<meta name="generator" content="WordPress 6.1.1" />
<link rel="canonical" href="{url}" />
<link rel='shortlink' href='https://www.cyberclusterbasque.eu/?p=4127' />
<meta property="og:type" content="article" />
<meta property="og:title" content="EU Clusters Talk: Cybersecurity for SMEs – what clusters can do" />
<meta property="article:published_time" content="2023-01-16T08:12:44+00:00" />
<meta property="article:modified_time" content="2023-02-20T10:02:10+00:00" />
</head>
<body class="post-template-default single single-post postid-4127 single-format-standard wp-embed-responsive has-header-image has-sidebar colors-light">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
	<header id="masthead" class="site-header">
		<div class="custom-header"><div class="custom-header-media"><div id="wp-custom-header" class="wp-custom-header"><img src="https://www.cyberclusterbasque.eu/wp-content/uploads/2021/03/header-cyber.jpg" width="2000" height="1200" alt="" /></div></div>
		<div class="site-branding"><div class="wrap">
			<div class="site-branding-text">
				<p class="site-title"><a href="https://www.cyberclusterbasque.eu/" rel="home">Basque Cybersecurity Cluster</a></p>
				<p class="site-description">Ciberseguridad industrial para Euskadi y Europa</p>
			</div>
		</div></div></div>
		<div class="navigation-top"><div class="wrap">
			<nav id="site-navigation" class="main-navigation" aria-label="Top Menu">
				<div class="menu-main-container"><ul id="top-menu" class="menu"><li id="menu-item-12" class="menu-item"><a href="https://www.cyberclusterbasque.eu/">Home</a></li>
<li id="menu-item-13" class="menu-item"><a href="https://www.cyberclusterbasque.eu/about/">About the cluster</a></li>
<li id="menu-item-14" class="menu-item"><a href="https://www.cyberclusterbasque.eu/members/">Members</a></li>
<li id="menu-item-15" class="menu-item current-post-ancestor"><a href="https://www.cyberclusterbasque.eu/category/news/">News</a></li>
<li id="menu-item-16" class="menu-item"><a href="https://www.cyberclusterbasque.eu/contact/">Contact</a></li>
</ul></div>
			</nav>
		</div></div>
	</header>
	<div class="site-content-contain">
		<div id="content" class="site-content">
<div class="wrap">
	<div id="primary" class="content-area">
		<main id="main" class="site-main">
<article id="post-4127" class="post-4127 post type-post status-publish format-standard has-post-thumbnail hentry category-events category-news tag-eccp tag-eu-clusters-talks">
	<header class="entry-header">
		<div class="entry-meta"><span class="screen-reader-text">Posted on</span> <a href="https://www.cyberclusterbasque.eu/2023/01/16/eu-clusters-talk-cybersecurity-smes/" rel="bookmark"><time class="entry-date published" datetime="2023-01-16T09:12:44+01:00">16 January 2023</time><time class="updated" datetime="2023-02-20T11:02:10+01:00">20 February 2023</time></a><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://www.cyberclusterbasque.eu/author/igoikoetxea/">Itziar Goikoetxea</a></span></span> <span class="post-views-counter">245 Views</span></div>
		<h1 class="entry-title">EU Clusters Talk: Cybersecurity for SMEs &#8211; what clusters can do</h1>
	</header>
	<div class="single-featured-image-header"><img width="1024" height="536" src="https://www.cyberclusterbasque.eu/wp-content/uploads/2023/01/EUCT-cyber-banner-1024x536.png" class="attachment-twentyseventeen-featured-image size-twentyseventeen-featured-image wp-post-image" alt="EU Clusters Talk 15.02.2023 banner" decoding="async" /></div>
	<div class="entry-content">
<p>We are happy to share the invitation of the European Cluster Collaboration Platform to the next EU Clusters Talk, &#8220;Cybersecurity in the supply chain: how clusters support SMEs&#8221;, on Wednesday 15 February 2023, 8:30 &#8211; 9:45 CET. Our managing director will be one of the speakers and will present the services we developed with the DREAM Eurocluster.</p>
<p>Speakers:</p>
<p>- Iñigo Arrieta, Managing Director, Basque Cybersecurity Cluster;<br />
- Dr. Katrin Vogel, Head of Cybersecurity Policy, DG CNECT, European Commission;<br />
- Mikko Laine, Programme Director at Finnish Information Security Cluster;<br />
- Sophie Durand, Cluster Manager, Pôle Systematic Paris-Région.</p>
<p>Objectives of the session:</p>
<ul>
<li>Raise awareness of the obligations of the NIS2 Directive for SMEs;</li>
<li>Present cluster-led cybersecurity services;</li>
<li>Identify partners for joint projects.</li>
</ul>
<p>Agenda:</p>
<div class="wp-block-file"><a id="wp-block-file--media-8f2c41a7-5d3e-4b8a-9c61-2f0e7d1a3b55" href="{up}EUCT_Cybersecurity_Agenda.pdf">EUCT_Cybersecurity_Agenda</a><a href="{up}EUCT_Cybersecurity_Agenda.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-8f2c41a7-5d3e-4b8a-9c61-2f0e7d1a3b55">Download</a></div>
<p><a href="https://clustercollaboration.eu/content/eu-clusters-talks-cybersecurity-supply-chain">Register on the ECCP website</a></p>
<div class="post-views content-post post-4127 entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">Post Views:</span> <span class="post-views-count">245</span></div>
	</div>
	<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">Categories <a href="https://www.cyberclusterbasque.eu/category/events/" rel="category tag">Events</a>, <a href="https://www.cyberclusterbasque.eu/category/news/" rel="category tag">News</a></span><span class="tags-links">Tags <a href="https://www.cyberclusterbasque.eu/tag/eccp/" rel="tag">ECCP</a>, <a href="https://www.cyberclusterbasque.eu/tag/eu-clusters-talks/" rel="tag">EU Clusters Talks</a></span></span></footer>
	<div class="author-info">
		<div class="author-avatar"><img alt='' src='https://secure.gravatar.com/avatar/3b1f0c?s=60&#038;d=mm&#038;r=g' class='avatar avatar-60 photo' height='60' width='60' /></div>
		<div class="author-description"><h2 class="author-title">About Itziar Goikoetxea</h2>
		<p class="author-bio">Communication officer at the Basque Cybersecurity Cluster since 2019. Writes about EU programmes, events and our members' news. <a class="author-link" href="https://www.cyberclusterbasque.eu/author/igoikoetxea/" rel="author">View all posts by Itziar Goikoetxea</a></p></div>
	</div>
</article>
<div class="jp-relatedposts" id="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items">
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="https://www.cyberclusterbasque.eu/2022/11/25/cybersecurity-day-2022/">Cybersecurity Day 2022: 300 participants in Bilbao</a></h4><p class="jp-relatedposts-post-date">25 November 2022</p><p class="jp-relatedposts-post-context">In "Events"</p></div>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="https://www.cyberclusterbasque.eu/2022/10/03/nis2-what-changes/">NIS2: what changes for industrial SMEs</a></h4><p class="jp-relatedposts-post-date">3 October 2022</p><p class="jp-relatedposts-post-context">In "News"</p></div>
</div></div>
<div id="comments" class="comments-area">
	<h2 class="comments-title">2 Replies to &ldquo;EU Clusters Talk: Cybersecurity for SMEs &#8211; what clusters can do&rdquo;</h2>
	<ol class="comment-list">
		<li id="comment-311" class="comment even thread-even depth-1"><article id="div-comment-311" class="comment-body">
			<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Jon Aguirre</b> <span class="says">says:</span></div>
			<div class="comment-metadata"><a href="#comment-311"><time datetime="2023-01-17T10:14:22+01:00">17 January 2023 at 10:14</time></a></div></footer>
			<div class="comment-content"><p>Great initiative! Will Iñigo also talk about the CyberZaintza programme?</p></div>
		</article></li>
		<li id="comment-312" class="comment byuser comment-author-igoikoetxea bypostauthor odd alt thread-odd depth-1"><article id="div-comment-312" class="comment-body">
			<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Itziar Goikoetxea</b> <span class="says">says:</span></div>
			<div class="comment-metadata"><a href="#comment-312"><time datetime="2023-01-17T12:40:05+01:00">17 January 2023 at 12:40</time></a></div></footer>
			<div class="comment-content"><p>Yes, Jon &#8211; and Ane Zubizarreta from our board will be in the audience for questions.</p></div>
		</article></li>
	</ol>
</div>
		</main>
	</div>
	<aside id="secondary" class="widget-area" aria-label="Blog Sidebar">
		<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
			<li><a href="https://www.cyberclusterbasque.eu/2023/02/27/new-members-2023/">Five new members join the cluster</a> <span class="post-date">27 February 2023</span></li>
			<li><a href="https://www.cyberclusterbasque.eu/2023/02/08/ot-security-workshop-8-march/">OT security workshop on 8 March 2023</a> <span class="post-date">8 February 2023</span></li>
		</ul></section>
		<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>
			<li><a href='https://www.cyberclusterbasque.eu/2023/02/'>February 2023</a></li>
			<li><a href='https://www.cyberclusterbasque.eu/2023/01/'>January 2023</a></li>
		</ul></section>
	</aside>
</div>
		</div>
		<footer id="colophon" class="site-footer">
			<div class="wrap"><div class="site-info">&copy; 2023 Basque Cybersecurity Cluster &middot; <a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></div>
		</footer>
	</div>
</div>
<script src='https://www.cyberclusterbasque.eu/wp-content/themes/twentyseventeen/assets/js/global.js?ver=20211130' id='twentyseventeen-global-js'></script>
</body>
</html>
"""
    exp = record(
        "hq-019",
        url,
        "T3",
        "en",
        True,
        "Cybersecurity in the supply chain: how clusters support SMEs",
        "EU Clusters Talk: Cybersecurity for SMEs – what clusters can do",
        "EU Clusters Talks",
        bxl("2023-02-15 08:30"),
        bxl("2023-02-15 09:45"),
        "CET",
        [
            sp("Iñigo Arrieta", "Managing Director", "Basque Cybersecurity Cluster"),
            sp("Katrin Vogel", "Head of Cybersecurity Policy", "DG CNECT, European Commission"),
            sp("Mikko Laine", "Programme Director", "Finnish Information Security Cluster"),
            sp("Sophie Durand", "Cluster Manager", "Pôle Systematic Paris-Région"),
        ],
        ["DREAM"],
        [asset("EUCT_Cybersecurity_Agenda", up + "EUCT_Cybersecurity_Agenda.pdf")],
        "WordPress classic theme (twentyseventeen) republication: 'Posted on' entry-date 16 January 2023 (a month before), "
        "'updated' 20 February 2023, '245 Views' counter, author box, Jetpack related posts and comments with dates and names "
        "(not speakers); quoted title in &#8220;…&#8221; entities; '- ' speaker lines in one <br> paragraph; 'Objectives of the "
        "session' list is not speakers; WordPress file block: file link + 'Download' button to the SAME PDF = one asset; "
        "banner alt text '15.02.2023'.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-020 WordPress block theme


@page
def hq020():
    url = "https://www.semicluster-europe.eu/news/eu-clusters-talk-chips-for-europe/"
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large' />
<title>Join the EU Clusters Talk on the Chips Act | Semicluster Europe</title>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Join the EU Clusters Talk on the Chips Act | Semicluster Europe" />
<meta property="article:published_time" content="2023-04-12T08:03:21+00:00" />
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"{url}#article","isPartOf":{{"@id":"{url}"}},"author":{{"name":"Tom Verbeek","@id":"https://www.semicluster-europe.eu/#/schema/person/9c1d"}},"headline":"Join the EU Clusters Talk on the Chips Act","datePublished":"2023-04-12T08:03:21+00:00","dateModified":"2023-04-12T08:03:21+00:00","mainEntityOfPage":{{"@id":"{url}"}},"wordCount":212,"publisher":{{"@id":"https://www.semicluster-europe.eu/#organization"}},"articleSection":["Events"],"inLanguage":"en-US"}},{{"@type":"WebPage","@id":"{url}","url":"{url}","name":"Join the EU Clusters Talk on the Chips Act | Semicluster Europe","datePublished":"2023-04-12T08:03:21+00:00"}}]}}</script>
<style id='wp-block-library-inline-css'>
:root{{--wp-admin-theme-color:#007cba;--wp--preset--font-size--small:13px;--wp--preset--spacing--50:clamp(1.25rem,1rem + 0.8333vw,1.5rem)}}
.wp-block-columns{{display:flex;gap:2em}}.wp-block-post-date{{font-size:var(--wp--preset--font-size--small)}}
</style>
<meta name="generator" content="WordPress 6.2" />
</head>
<body class="post-template-default single single-post postid-318 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<p class="wp-block-site-title"><a href="https://www.semicluster-europe.eu" target="_self" rel="home">Semicluster Europe</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Header navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.semicluster-europe.eu/about/"><span class="wp-block-navigation-item__label">About</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.semicluster-europe.eu/news/"><span class="wp-block-navigation-item__label">News</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://www.semicluster-europe.eu/members/"><span class="wp-block-navigation-item__label">Members</span></a></li></ul></nav>
</div>
</header>

<main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="alignwide wp-block-post-title">Join the EU Clusters Talk on the Chips Act</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-layout-flex">
<div class="wp-block-post-date"><time datetime="2023-04-12T10:03:21+02:00">April 12, 2023</time></div>
<div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Tom Verbeek</p></div></div>
</div></div>
</div>

<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">
<p>Join us for the EU Clusters Talk &ldquo;Chips for Europe: how clusters connect the semiconductor value chain&rdquo; on May 3rd, 2023, 8:30 &ndash; 9:45 a.m. CET.</p>

<p>The European Chips Act, proposed on February 8, 2022, aims to double the EU&rsquo;s global market share in semiconductors to 20% by 2030. Clusters bring together the design houses, equipment suppliers and fabs that make this possible.</p>

<h2 class="wp-block-heading">Speakers</h2>

<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow"><figure class="wp-block-image size-thumbnail is-style-rounded"><img decoding="async" width="150" height="150" src="https://www.semicluster-europe.eu/wp-content/uploads/2023/04/fontaine-150x150.jpg" alt="Portrait of Marie-Claire Fontaine" class="wp-image-320"/></figure>
<h3 class="wp-block-heading has-text-align-center">Marie-Claire Fon\u00adtaine</h3>
<p class="has-text-align-center">Managing Director</p>
<p class="has-text-align-center">Minalogic</p></div>

<div class="wp-block-column is-layout-flow"><figure class="wp-block-image size-thumbnail is-style-rounded"><img decoding="async" width="150" height="150" src="https://www.semicluster-europe.eu/wp-content/uploads/2023/04/brueckner-150x150.jpg" alt="Stefan Brückner" class="wp-image-321"/></figure>
<h3 class="wp-block-heading has-text-align-center">Dr. Stefan Brückner</h3>
<p class="has-text-align-center">Head of Strategy</p>
<p class="has-text-align-center">Silicon Saxony, Silicon Europe Eurocluster</p></div>

<div class="wp-block-column is-layout-flow"><figure class="wp-block-image size-thumbnail is-style-rounded"><img decoding="async" width="150" height="150" src="https://www.semicluster-europe.eu/wp-content/uploads/2023/04/vandijk-150x150.jpg" alt="" class="wp-image-322"/></figure>
<h3 class="wp-block-heading has-text-align-center">Pieter van\u200b Dijk</h3>
<p class="has-text-align-center">Programme Manager</p>
<p class="has-text-align-center">Chips Joint Undertaking</p></div>

<div class="wp-block-column is-layout-flow"><figure class="wp-block-image size-thumbnail is-style-rounded"><img decoding="async" width="150" height="150" src="https://www.semicluster-europe.eu/wp-content/uploads/2023/04/carvalho-150x150.jpg" alt="Ana Sofia Carvalho" class="wp-image-323"/></figure>
<h3 class="wp-block-heading has-text-align-center">Ana Sofia Carvalho</h3>
<p class="has-text-align-center">Policy Officer</p>
<p class="has-text-align-center">DG CNECT, European Commission</p></div>
</div>

<h2 class="wp-block-heading">Partner organisations</h2>
<ul>
<li>Minalogic</li>
<li>Silicon Saxony</li>
<li>High Tech NL</li>
<li>Chips JU</li>
</ul>

<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://clustercollaboration.eu/content/eu-clusters-talks-chips-europe">Register</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="https://www.semicluster-europe.eu/wp-content/uploads/2023/04/euct-chips-act.ics">Add to calendar</a></div></div>

<p>Slides will be published on this page after the event.</p>
</div>

<div class="wp-block-group is-layout-constrained"><div class="wp-block-query">
<h2 class="wp-block-heading">More news</h2>
<ul class="wp-block-post-template is-layout-flow">
<li class="wp-block-post post-301 post type-post"><h3 class="wp-block-post-title"><a href="https://www.semicluster-europe.eu/news/semicon-europa-2022-recap/">SEMICON Europa 2022: our recap</a></h3><div class="wp-block-post-date"><time datetime="2022-11-22T09:00:00+01:00">November 22, 2022</time></div></li>
<li class="wp-block-post post-296 post type-post"><h3 class="wp-block-post-title"><a href="https://www.semicluster-europe.eu/news/chips-skills-academy/">Chips skills academy starts in September</a></h3><div class="wp-block-post-date"><time datetime="2022-10-05T09:00:00+02:00">October 5, 2022</time></div></li>
</ul>
</div></div>
</main>

<footer class="wp-block-template-part">
<div class="wp-block-group is-layout-flow" style="padding-top:var(--wp--preset--spacing--40)">
<p class="has-text-align-center">&copy; 2023 Semicluster Europe &middot; Designed with <a href="https://wordpress.org">WordPress</a></p>
</div>
</footer></div>
</body>
</html>
"""
    exp = record(
        "hq-020",
        url,
        "T3",
        "en",
        True,
        "Chips for Europe: how clusters connect the semiconductor value chain",
        "Join the EU Clusters Talk on the Chips Act",
        "EU Clusters Talks",
        bxl("2023-05-03 08:30"),
        bxl("2023-05-03 09:45"),
        "CET",
        [
            sp("Marie-Claire Fontaine", "Managing Director", "Minalogic"),
            sp("Stefan Brückner", "Head of Strategy", "Silicon Saxony", "Silicon Eurocluster"),
            sp("Pieter van Dijk", "Programme Manager", "Chips Joint Undertaking"),
            sp("Ana Sofia Carvalho", "Policy Officer", "DG CNECT, European Commission"),
        ],
        ["Silicon Eurocluster"],
        [],
        "WordPress block theme (wp-block-post-title h1, wp-block-post-date <time datetime> = publication date, Yoast JSON-LD "
        "Article with datePublished). Month-first ordinal 'May 3rd, 2023' with '8:30 – 9:45 a.m. CET' (12-hour, one a.m. for "
        "both; May = +02:00); US-form proposal date 'February 8, 2022' is not the event; speaker cards: <h3> name, <p> role, "
        "<p> organisation (soft hyphen in 'Fontaine', zero-width space in 'van Dijk', 'Dr.' to strip); Eurocluster by alias "
        "'Silicon Europe Eurocluster'; 'Partner organisations' list is not speakers; .ics 'Add to calendar' is not an asset; "
        "'More news' query loop with dates.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-021 The Events Calendar


@page
def hq021():
    url = "https://www.tourismcluster-tirol.at/event/eu-clusters-talk-tourism-transition-pathway/"
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EU Clusters Talk: Transition pathway for tourism &#8211; Tourismus Cluster Tirol</title>
<link rel='stylesheet' id='tribe-events-views-v2-full-css' href='https://www.tourismcluster-tirol.at/wp-content/plugins/the-events-calendar/src/resources/css/views-full.min.css?ver=5.16.2' media='all' />
<link rel='stylesheet' id='tribe-events-v2-single-skeleton-css' href='https://www.tourismcluster-tirol.at/wp-content/plugins/the-events-calendar/src/resources/css/tribe-events-single-skeleton.min.css?ver=5.16.2' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.tourismcluster-tirol.at/wp-content/themes/astra/assets/css/minified/main.min.css?ver=3.9.1' media='all' />
<link rel="canonical" href="{url}" />
<meta name="generator" content="WordPress 6.0" />
<meta name="tec-api-version" content="v1"><meta name="tec-api-origin" content="https://www.tourismcluster-tirol.at"><link rel="alternate" href="https://www.tourismcluster-tirol.at/wp-json/tribe/events/v1/events/2291" />
<script type="application/ld+json">
[{{"@context":"http://schema.org","@type":"Event","name":"EU Clusters Talk: Transition pathway for tourism","description":"&lt;p&gt;The European Cluster Collaboration Platform (ECCP) invites to the EU Clusters Talk \\u201cTransition pathway for tourism: what role for clusters?\\u201d&lt;\\/p&gt;\\n","url":"{url}","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","startDate":"2022-07-06T08:30:00+02:00","endDate":"2022-07-06T10:00:00+02:00","location":{{"@type":"VirtualLocation","url":"https://clustercollaboration.eu/content/eu-clusters-talks-transition-pathway-tourism-what-role-clusters"}},"organizer":{{"@type":"Person","name":"European Cluster Collaboration Platform","description":"","url":"https://clustercollaboration.eu","telephone":"","email":""}},"performer":"Organization"}}]
</script>
</head>
<body class="tribe_events-template-default single single-tribe_events postid-2291 ast-desktop ast-separate-container ast-right-sidebar tribe-events-page-template tribe-theme-astra events-single tribe-events-style-full">
<div id="page" class="hfeed site">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="https://www.tourismcluster-tirol.at/" class="custom-logo-link" rel="home"><img width="220" height="60" src="https://www.tourismcluster-tirol.at/wp-content/uploads/2021/05/logo-tct.png" class="custom-logo" alt="Tourismus Cluster Tirol" /></a></span></div></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation" aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border"><li class="menu-item"><a href="https://www.tourismcluster-tirol.at/" class="menu-link">Home</a></li><li class="menu-item"><a href="https://www.tourismcluster-tirol.at/projects/" class="menu-link">Projects</a></li><li class="menu-item current-menu-item"><a href="https://www.tourismcluster-tirol.at/events/" class="menu-link">Events</a></li><li class="menu-item"><a href="https://www.tourismcluster-tirol.at/contact/" class="menu-link">Contact</a></li></ul></div></nav></div></div>
</div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<section id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"><img class="tribe-events-spinner-medium" src="https://www.tourismcluster-tirol.at/wp-content/plugins/the-events-calendar/src/resources/images/tribe-loading.gif" alt="Loading Events" /></span>
<div id="tribe-events-content" class="tribe-events-single">
	<p class="tribe-events-back"><a href="https://www.tourismcluster-tirol.at/events/"> &laquo; All Events</a></p>
	<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
	<h1 class="tribe-events-single-event-title">EU Clusters Talk: Transition pathway for tourism</h1>
	<div class="tribe-events-schedule tribe-clearfix">
		<h2><span class="tribe-event-date-start">July 6 @ 8:30 am</span> - <span class="tribe-event-time">10:00 am</span> <span class='timezone'> CEST </span></h2>
	</div>
	<div id="tribe-events-header" data-title="EU Clusters Talk: Transition pathway for tourism &#8211; Tourismus Cluster Tirol" data-viewtitle="EU Clusters Talk: Transition pathway for tourism">
		<nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
			<li class="tribe-events-nav-previous"><a href="https://www.tourismcluster-tirol.at/event/alpine-hospitality-forum-2022/"><span>&laquo;</span> Alpine Hospitality Forum 2022</a></li>
			<li class="tribe-events-nav-next"><a href="https://www.tourismcluster-tirol.at/event/rural-tourism-open-call-info-day/">Rural Tourism open call: info day <span>&raquo;</span></a></li>
		</ul></nav>
	</div>
	<div id="post-2291" class="post-2291 tribe_events type-tribe_events status-publish hentry tribe_events_cat-webinars cat_webinars">
		<div class="tribe-events-single-event-description tribe-events-content">
			<p>The European Cluster Collaboration Platform (ECCP) invites to the EU Clusters Talk &#8220;Transition pathway for tourism: what role for clusters?&#8221;. Our innovation manager Lena Hofer will present the work of the Eurocluster Rural Tourism with rural accommodation providers in Tyrol.</p>
			<p>Speakers will include:</p>
			<ul>
				<li>Ana Ruiz Lozano, Policy Officer, DG GROW, European Commission;</li>
				<li>Mateja Kos, Project Manager at Slovenian Tourism Cluster;</li>
				<li>Chiara Bellini, Director of Distretto Turistico dei Laghi;</li>
				<li>Lena Hofer, Innovation Manager, Tourismus Cluster Tirol, Eurocluster Rural Tourism.</li>
			</ul>
			<p>The talk is in English and free of charge; register on the <a href="https://clustercollaboration.eu/content/eu-clusters-talks-transition-pathway-tourism-what-role-clusters">ECCP event page</a>.</p>
		</div>
		<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown">
			<div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text">Add to calendar</button></div>
			<div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list">
				<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.google.com/calendar/event?action=TEMPLATE&#038;dates=20220706T083000/20220706T100000&#038;text=EU%20Clusters%20Talk%3A%20Transition%20pathway%20for%20tourism&#038;trp=false&#038;ctz=Europe/Vienna" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Google Calendar</a></li>
				<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="webcal://www.tourismcluster-tirol.at/event/eu-clusters-talk-tourism-transition-pathway/?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">iCalendar</a></li>
				<li class="tribe-events-c-subscribe-dropdown__list-item"><a href="https://www.tourismcluster-tirol.at/event/eu-clusters-talk-tourism-transition-pathway/?ical=1" class="tribe-events-c-subscribe-dropdown__list-item-link" target="_blank" rel="noopener noreferrer nofollow noindex">Export .ics file</a></li>
			</ul></div>
		</div></div></div>
		<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
			<div class="tribe-events-meta-group tribe-events-meta-group-details">
				<h2 class="tribe-events-single-section-title"> Details </h2>
				<dl>
					<dt class="tribe-events-start-date-label"> Date: </dt>
					<dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2022-07-06"> July 6 </abbr></dd>
					<dt class="tribe-events-start-time-label"> Time: </dt>
					<dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2022-07-06"> 8:30 am - 10:00 am <span class="tribe-events-abbr tribe-events-time-zone published ">CEST</span></div></dd>
					<dt class="tribe-events-event-categories-label">Event Category:</dt>
					<dd class="tribe-events-event-categories"><a href="https://www.tourismcluster-tirol.at/events/category/webinars/" rel="tag">Webinars</a></dd>
				</dl>
			</div>
			<div class="tribe-events-meta-group tribe-events-meta-group-organizer">
				<h2 class="tribe-events-single-section-title">Organizer</h2>
				<dl><dt class="tribe-common-a11y-visual-hide">Organizer name:</dt><dd class="tribe-organizer">European Cluster Collaboration Platform</dd>
				<dt><span class="tribe-organizer-url-label">Website:</span></dt><dd class="tribe-organizer-url"><a href="https://clustercollaboration.eu" target="_self">View Organizer Website</a></dd></dl>
			</div>
		</div>
	</div>
	<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav">
		<li class="tribe-events-nav-previous"><a href="https://www.tourismcluster-tirol.at/event/alpine-hospitality-forum-2022/"><span>&laquo;</span> Alpine Hospitality Forum 2022</a></li>
		<li class="tribe-events-nav-next"><a href="https://www.tourismcluster-tirol.at/event/rural-tourism-open-call-info-day/">Rural Tourism open call: info day <span>&raquo;</span></a></li>
	</ul></nav></div>
</div>
<div class="tribe-events-after-html"></div>
</section>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="tribe-widget-events-list-2" class="widget tribe-widget-events-list"><h2 class="widget-title">Upcoming Events</h2>
<div class="tribe-common tribe-events tribe-events-widget tribe-events-widget-events-list"><div class="tribe-events-widget-events-list__events">
<div class="tribe-common-g-row tribe-events-widget-events-list__event-row"><div class="tribe-events-widget-events-list__event-date-tag tribe-common-g-col"><time class="tribe-events-widget-events-list__event-date-tag-datetime" datetime="2022-09-14"><span class="tribe-events-widget-events-list__event-date-tag-month">Sep</span><span class="tribe-events-widget-events-list__event-date-tag-daynum tribe-common-h2 tribe-common-h4--min-medium">14</span></time></div>
<div class="tribe-events-widget-events-list__event-wrapper tribe-common-g-col"><article class="tribe-events-widget-events-list__event"><div class="tribe-events-widget-events-list__event-details"><header class="tribe-events-widget-events-list__event-header"><div class="tribe-events-widget-events-list__event-datetime-wrapper tribe-common-b2 tribe-common-b3--min-medium"><time class="tribe-events-widget-events-list__event-datetime" datetime="2022-09-14"><span class="tribe-event-date-start">9:00 am</span> - <span class="tribe-event-time">5:00 pm</span></time></div><h3 class="tribe-events-widget-events-list__event-title tribe-common-h7"><a href="https://www.tourismcluster-tirol.at/event/rural-tourism-open-call-info-day/" class="tribe-events-widget-events-list__event-title-link tribe-common-anchor-thin">Rural Tourism open call: info day</a></h3></header></div></article></div></div>
</div></div></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-small-footer-section ast-small-footer-section-1">Copyright &copy; 2022 Tourismus Cluster Tirol | Impressum | Datenschutz</div></div></div></div></div></footer>
</div>
</body>
</html>
"""
    exp = record(
        "hq-021",
        url,
        "T4",
        "en",
        True,
        "Transition pathway for tourism: what role for clusters?",
        "EU Clusters Talk: Transition pathway for tourism",
        "EU Clusters Talks",
        bxl("2022-07-06 08:30"),
        bxl("2022-07-06 10:00"),
        "CEST",
        [
            sp("Ana Ruiz Lozano", "Policy Officer", "DG GROW, European Commission"),
            sp("Mateja Kos", "Project Manager", "Slovenian Tourism Cluster"),
            sp("Chiara Bellini", "Director", "Distretto Turistico dei Laghi"),
            sp("Lena Hofer", "Innovation Manager", "Tourismus Cluster Tirol", "EU Rural Tourism"),
        ],
        ["EU Rural Tourism"],
        [],
        "The Events Calendar single event (republication of hq-001's event): schedule header 'July 6 @ 8:30 am - 10:00 am "
        "CEST' has no year; the year comes from the TEC JSON-LD Event (startDate with +02:00, agreeing) and abbr title "
        "attributes; 'Details' <dl> (Date/Time/Category) and 'Organizer' <dl> are not speakers; Google Calendar / webcal / "
        "'?ical=1' export links are not assets; 'This event has passed' notice; prev/next event navigation and an "
        "'Upcoming Events' widget with other dates.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-022 Eventbrite-like


@page
def hq022():
    url = "https://www.eventbrite.be/e/digital-health-cluster-day-2023-tickets-712345678901"
    html = f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<title>Digital Health Cluster Day 2023: Interoperable solutions for European hospitals Tickets, Wed 15 Nov 2023 at 09:00 | Eventbrite</title>
<meta name="description" content="Eventbrite - DESIRE Eurocluster partners present Digital Health Cluster Day 2023 - Wednesday, 15 November 2023 at BluePoint Brussels, Brussels. Find event and ticket information.">
<meta property="og:title" content="Digital Health Cluster Day 2023: Interoperable solutions for European hospitals">
<meta property="event:start_time" content="2023-11-15T09:00:00+01:00">
<meta property="event:end_time" content="2023-11-15T16:30:00+01:00">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BusinessEvent","name":"Digital Health Cluster Day 2023: Interoperable solutions for European hospitals","description":"A day of talks and B2B meetings on interoperable digital health solutions.","url":"{url}","image":"https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F598877123%2F1%2Foriginal.jpg","startDate":"2023-11-15T08:00:00Z","endDate":"2023-11-15T15:30:00Z","eventStatus":"https://schema.org/EventScheduled","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","location":{{"@type":"Place","name":"BluePoint Brussels","address":{{"@type":"PostalAddress","streetAddress":"Boulevard A. Reyers 80","addressLocality":"Brussels","postalCode":"1030","addressCountry":"BE"}}}},"offers":[{{"@type":"AggregateOffer","lowPrice":"0.00","highPrice":"95.00","priceCurrency":"EUR","availability":"https://schema.org/SoldOut","availabilityStarts":"2023-09-20T07:00:00Z","availabilityEnds":"2023-11-14T23:00:00Z","url":"{url}"}}],"organizer":{{"@type":"Organization","name":"DESIRE Eurocluster partners","url":"https://www.eventbrite.be/o/desire-eurocluster-partners-58761234567"}}}}</script>
<link rel="stylesheet" href="https://cdn.evbstatic.com/s3-build/fe/build/listings.9f3c2a1d.css">
</head>
<body class="listings-page">
<div id="root"><div class="eds-structure eds-structure--min-height" data-spec="eds-structure">
<div class="eds-structure__header"><header class="global-header"><a class="global-header__logo" href="https://www.eventbrite.be/" aria-label="Eventbrite home"><svg viewBox="0 0 200 36"><path d="M0 0h200v36H0z" fill="none"/></svg></a>
<nav class="global-header__nav"><a href="https://www.eventbrite.be/d/belgium--brussels/events/">Find Events</a><a href="https://www.eventbrite.be/organizer/overview/">Create Events</a><a href="https://www.eventbrite.be/help/en-gb/">Help Centre</a><a href="https://www.eventbrite.be/signin/">Log In</a><a href="https://www.eventbrite.be/signup/">Sign Up</a></nav></header></div>
<div class="eds-structure__main-container"><main class="eds-structure__main" role="main">
<div class="event-listing">
  <div class="event-hero"><picture><img class="event-hero__image" src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F598877123%2F1%2Foriginal.jpg" alt="Digital Health Cluster Day 2023 banner"></picture></div>
  <div class="event-details">
    <div class="event-details__main">
      <time class="start-date" datetime="2023-11-15"><span class="start-date__month">Nov</span> <span class="start-date__day">15</span></time>
      <h1 class="event-title css-0">Digital Health Cluster Day 2023: Interoperable solutions for European hospitals</h1>
      <p class="summary">A day of talks and B2B meetings on interoperable digital health solutions.</p>
      <div class="organizer-listing-info"><p>By <a href="https://www.eventbrite.be/o/desire-eurocluster-partners-58761234567">DESIRE Eurocluster partners</a></p><p class="organizer-listing-info__followers">412 followers</p></div>
      <section class="date-info" aria-label="Date and time"><h2 class="date-info__title">Date and time</h2><p class="date-info__full-datetime">Wed, 15 Nov 2023 09:00 - 16:30 CET</p></section>
      <section class="location-info" aria-label="Location"><h2>Location</h2><p class="location-info__address-text">BluePoint Brussels</p><p>Boulevard A. Reyers 80 1030 Brussels Belgium</p></section>
      <section class="refund-policy"><h2>Refund Policy</h2><p>Contact the organiser to request a refund. Eventbrite's fee is nonrefundable.</p></section>
      <section class="event-description" aria-label="About this event"><h2 class="event-description__title">About this event</h2>
        <div class="eds-text--left"><p><strong>8 hours</strong> &middot; <strong>Mobile eTicket</strong></p>
        <p>Hospitals across Europe struggle to connect their systems. The partners of the DESIRE Eurocluster invite digital health SMEs, hospital IT managers and cluster organisations to a day of talks and B2B meetings on interoperable solutions.</p>
        <p><strong>Programme</strong></p>
        <p>Keynote: Dr. Helena Sørensen, Chief Medical Information Officer, Region Hovedstaden</p>
        <p>Panel &ndash; Interoperability in practice:</p>
        <p>&bull; Marco Bianchi, CEO at Lombardy Life Sciences Cluster<br>&bull; Agnieszka Kaczmarek, Project Manager, Interizon &ndash; Pomeranian ICT Cluster, DESIRE Eurocluster<br>&bull; Jan De Smet, Head of Digital Health, BioWin</p>
        <p>Moderated by Claire Dubois, Cluster Manager, MedTech Flanders</p>
        <p><strong>Who should attend?</strong></p>
        <ul><li>Hospital CIOs and IT managers</li><li>Digital health SMEs and start-ups</li><li>Cluster organisations and regional agencies</li></ul>
        <p>Lunch and coffee breaks are included. Early-bird tickets (EUR 45) are available until 15 October.</p></div>
      </section>
      <section class="tags"><h2>Tags</h2><ul><li><a href="https://www.eventbrite.be/d/belgium--brussels/health--events/">Brussels Events</a></li><li><a href="https://www.eventbrite.be/d/belgium--brussels/conference/">Brussels Conferences</a></li><li><a href="https://www.eventbrite.be/d/belgium--brussels/%23digitalhealth/">#digitalhealth</a></li></ul></section>
    </div>
    <aside class="event-details__aside"><div class="conversion-bar"><p class="conversion-bar__panel-info">Sales ended</p><p>Sales end on 14 Nov 2023</p><button class="eds-btn eds-btn--button eds-btn--fill" disabled>Sold Out</button></div></aside>
  </div>
  <section class="more-events"><h2>More events from this organiser</h2>
    <ul>
      <li><a href="https://www.eventbrite.be/e/desire-open-call-webinar-tickets-698761234567"><h3>DESIRE open call webinar</h3><p>Tue, 19 Sep 2023 10:00 CEST</p></a></li>
      <li><a href="https://www.eventbrite.be/e/ehealth-matchmaking-warsaw-tickets-734561234567"><h3>eHealth matchmaking Warsaw</h3><p>Thu, 7 Mar 2024 09:30 CET</p></a></li>
    </ul>
  </section>
</div>
</main></div>
<footer class="eds-global-footer"><p>&copy; 2023 Eventbrite</p><ul><li><a href="https://www.eventbrite.be/help/en-gb/articles/about-us/">About</a></li><li><a href="https://www.eventbrite.be/support/articles/en_US/Troubleshooting/eventbrite-terms-of-service">Terms</a></li><li><a href="https://www.eventbrite.be/support/articles/en_US/Troubleshooting/eventbrite-privacy-policy">Privacy</a></li><li>Cookie Settings</li></ul></footer>
</div></div>
<script>window.__SERVER_DATA__ = {{"event":{{"id":"712345678901","start":{{"timezone":"Europe/Brussels","local":"2023-11-15T09:00:00","utc":"2023-11-15T08:00:00Z"}},"end":{{"timezone":"Europe/Brussels","local":"2023-11-15T16:30:00","utc":"2023-11-15T15:30:00Z"}},"is_series":false}}}};</script>
</body>
</html>
"""
    exp = record(
        "hq-022",
        url,
        "T4",
        "en",
        True,
        "Digital Health Cluster Day 2023: Interoperable solutions for European hospitals",
        "Digital Health Cluster Day 2023: Interoperable solutions for European hospitals",
        None,
        bxl("2023-11-15 09:00"),
        bxl("2023-11-15 16:30"),
        "CET",
        [
            sp("Helena Sørensen", "Chief Medical Information Officer", "Region Hovedstaden"),
            sp("Marco Bianchi", "CEO", "Lombardy Life Sciences Cluster"),
            sp("Agnieszka Kaczmarek", "Project Manager", "Interizon – Pomeranian ICT Cluster", "DESIRE"),
            sp("Jan De Smet", "Head of Digital Health", "BioWin"),
            sp("Claire Dubois", "Cluster Manager", "MedTech Flanders"),
        ],
        ["DESIRE"],
        [],
        "Eventbrite-style ticket page for a community event (series null). 'Date and time: Wed, 15 Nov 2023 09:00 - 16:30 CET'; "
        "JSON-LD BusinessEvent with UTC 'Z' times (08:00Z/15:30Z) = the same instants; offer availability dates, 'Sales end "
        "on 14 Nov 2023', early-bird '15 October' and 'More events from this organiser' dates are not the event; 'Keynote:', "
        "'&bull;' panel lines in one <br> paragraph, 'Moderated by'; a Eurocluster in a speaker line after an organisation "
        "containing an en dash; 'Who should attend?' list is not speakers; prices are not dates.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-023 Wix div soup


@page
def hq023():
    url = "https://www.estonianclusters.ee/post/clusters-meet-regions-comes-to-tartu"

    def para(text, bold=False):
        inner = f'<span style="font-weight:bold;">{text}</span>' if bold else text
        return (
            f'<div class="_1MB8B"><p class="mm8Nw _1j-51 kIkOB _2Ij6h public-DraftStyleDefault-block-depth0 public-DraftStyleDefault-text-ltr" '
            f'dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">{inner}</span></p></div>'
        )

    spacer = (
        '<div class="_1MB8B"><p class="mm8Nw _1j-51 kIkOB _2Ij6h" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">'
        '<span class="wixGuard">\u200b</span></span></p></div>'
    )
    body = "\n".join(
        [
            para(
                "From May 9–10, 2023, Tartu will host Clusters meet Regions, the regional workshop series of the European Cluster "
                "Collaboration Platform. Estonian clusters will show European guests how the country's digital public services and "
                "start-up ecosystem work together with industry."
            ),
            spacer,
            para(
                "The first day takes place at the Delta Centre of the University of Tartu, the second day is reserved for company "
                "visits and a matchmaking session. Registration closes on April 30."
            ),
            spacer,
            para("Speakers at the opening session:", bold=True),
            '<div class="_1MB8B"><p class="mm8Nw _1j-51 kIkOB _2Ij6h" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">'
            '<span style="font-weight:bold;">Kadri Tamm</span> – Head of Cluster Programme, Enterprise Estonia</span></p></div>',
            '<div class="_1MB8B"><p class="mm8Nw _1j-51 kIkOB _2Ij6h" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">'
            '<span style="font-weight:bold;">Mart Kask</span> – Deputy Mayor, City of Tartu</span></p></div>',
            '<div class="_1MB8B"><p class="mm8Nw _1j-51 kIkOB _2Ij6h" dir="auto"><span class="_2PHJq public-DraftStyleDefault-ltr">'
            '<span style="font-weight:bold;">Liis Saar</span> – Cluster Manager, Estonian ICT Cluster</span></p></div>',
            spacer,
            para("Looking forward to seeing you in Tartu!"),
        ]
    )
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8d13be_a1b2c3~mv2.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/8d13be_a1b2c3~mv2.png" type="image/png"/>
  <title>Clusters meet Regions comes to Tartu on 9–10 May</title>
  <meta name="description" content="From May 9–10, 2023, Tartu will host Clusters meet Regions..."/>
  <link rel="canonical" href="{url}"/>
  <meta property="og:title" content="Clusters meet Regions comes to Tartu on 9–10 May"/>
  <meta property="og:type" content="article"/>
  <meta property="article:published_time" content="2023-04-18T07:12:33.000Z"/>
  <script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting","headline":"Clusters meet Regions comes to Tartu on 9–10 May","datePublished":"2023-04-18T07:12:33.000Z","dateModified":"2023-04-18T07:14:02.118Z","author":{{"@type":"Person","name":"Estonian Cluster Association"}},"mainEntityOfPage":{{"@type":"WebPage","@id":"{url}"}}}}</script>
  <script>window.viewerModel = {{"siteFeaturesConfigs":{{"platform":{{"bootstrapData":{{"location":{{"externalBaseUrl":"https://www.estonianclusters.ee"}}}}}}}},"requestUrl":"{url}","language":{{"userLanguage":"en"}}}};</script>
  <style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt[WRichText].css">.wixui-rich-text__text{{}}._1MB8B{{margin:0}}.mm8Nw{{font-size:18px;line-height:1.6}}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region" aria-label="top of page"><span class="mStoqt">&nbsp;</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_3Ps4R"><div data-mesh-id="SITE_HEADERinlineContent" class="SITE_HEADERinlineContent">
<div id="comp-kx1a2b3c" class="KcpHeO tz5f0K comp-kx1a2b3c wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text" style="font-size:26px;"><span class="wixui-rich-text__text">Estonian Cluster Association</span></p></div>
<nav id="comp-kx1a2b3d" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu"><li><a href="https://www.estonianclusters.ee" data-testid="linkElement"><span>Home</span></a></li><li><a href="https://www.estonianclusters.ee/members"><span>Members</span></a></li><li><a href="https://www.estonianclusters.ee/blog"><span>News</span></a></li><li><a href="https://www.estonianclusters.ee/contact"><span>Contact</span></a></li></ul></nav>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div class="TWFxr5"><div id="x2k9r" class="dBAkHi theme-bg-color"><div class="PFkO7r wixui-page"></div>
<div data-hook="post-page" class="blog-post-page-font"><article class="blog-post-page-font" data-hook="post">
<div data-hook="post-header" class="_2dEW4"><div class="post-metadata"><span data-hook="user-name" class="user-name">Estonian Cluster Association</span><ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Apr 18, 2023">Apr 18, 2023</span></li><li><span data-hook="time-to-read" class="time-to-read">2 min read</span></li></ul></div></div>
<div class="_3fTTh"><h1 class="blog-post-title-font blog-post-title-color _1j-51 post-title" data-hook="post-title"><span class="post-title__text blog-post-title-font">Clusters meet Regions comes to Tartu on 9–10 May</span></h1></div>
<div class="post-content__body" data-hook="post-description"><div class="_6SyeS"><div class="kMGzb" data-rce-version="9.6.3"><div class="_2TANA" dir="ltr" data-id="rich-content-viewer">
{body}
</div></div></div></div>
<div data-hook="post-footer" class="_1a9Up"><div class="post-stats"><span class="views-counter">83 views</span><span class="comments-counter">0 comments</span></div></div>
</article></div>
<section data-hook="recent-posts"><h2 class="recent-posts__title">Recent Posts</h2><div class="recent-posts__list">
<div class="recent-post"><a href="https://www.estonianclusters.ee/post/ict-cluster-annual-meeting"><p class="recent-post__title">ICT cluster annual meeting</p></a><span class="recent-post__date">Mar 2</span></div>
<div class="recent-post"><a href="https://www.estonianclusters.ee/post/clusterxchange-visit-to-finland"><p class="recent-post__title">ClusterXchange visit to Finland</p></a><span class="recent-post__date">Feb 14</span></div>
</div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div class="_C0cVf"><div id="comp-kx1a2b3f" class="wixui-rich-text"><p class="font_8"><span>© 2023 by Estonian Cluster Association. Proudly created with Wix.com</span></p></div></div></footer>
</div></div></div></div>
</body>
</html>
"""
    h1 = "Clusters meet Regions comes to Tartu on 9–10 May"
    exp = record(
        "hq-023",
        url,
        "T5",
        "en",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2023-05-09",
        "2023-05-10",
        None,
        [
            sp("Kadri Tamm", "Head of Cluster Programme", "Enterprise Estonia"),
            sp("Mart Kask", "Deputy Mayor", "City of Tartu"),
            sp("Liis Saar", "Cluster Manager", "Estonian ICT Cluster"),
        ],
        [],
        [],
        "Wix blog post: div soup with obfuscated classes, every paragraph in <div><p><span>, empty lines as "
        "<span class=\"wixGuard\">&#8203;</span>; month-first range 'From May 9–10, 2023' (dates only); heading gives "
        "'9–10 May' without year; registration 'April 30' without year; BlogPosting JSON-LD datePublished and 'Apr 18, "
        "2023' post date; speakers as '<bold name> – Role, Organisation' lines; 'Recent Posts' with short dates; '83 views'.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-024 static HTML


@page
def hq024():
    url = "https://www.socialeconomyclusters.eu/events/2022-03-30-euct-proximity-social-economy.html"
    base = "https://www.socialeconomyclusters.eu/events/"
    html = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>EU Clusters Talk - Proximity and Social Economy - Social Economy Clusters Network</title>
<link rel="stylesheet" type="text/css" href="../css/site.css">
</head>
<body bgcolor="#ffffff">
<table width="900" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="top"><a href="../index.html"><img src="../img/logo-secn.gif" width="300" height="70" alt="Social Economy Clusters Network" border="0"></a></td></tr>
<tr><td colspan="2" class="nav"><a href="../index.html">Home</a> | <a href="../network.html">The network</a> | <a href="index.html">Events</a> | <a href="../publications.html">Publications</a> | <a href="../contact.html">Contact</a></td></tr>
<tr>
<td width="680" valign="top" class="main">
<h1>EU Clusters Talk &ndash; Proximity and Social Economy</h1>
<p><b>Date:</b> 30/03/2022 &nbsp;&nbsp; <b>Time:</b> 8.30&ndash;9.45 CEST &nbsp;&nbsp; <b>Where:</b> online (Webex)</p>
<p>The European Cluster Collaboration Platform organised the EU Clusters Talk "Proximity and social economy: clusters as drivers of local resilience". The talk showed how social economy clusters, such as the Torino Social Impact ecosystem, create jobs and services close to people, and how they work together across borders in the SocialTech4EU Eurocluster.</p>
<h2>Speakers</h2>
<table border="1" cellpadding="4" cellspacing="0" class="speakers">
<tr><th>Speaker</th><th>Organisation</th></tr>
<tr><td>Dr. Giulia Conti</td><td>Torino Social Impact, SocialTech4EU Eurocluster</td></tr>
<tr><td>Pierre Lef&egrave;vre</td><td>Les Imaginations Fertiles</td></tr>
<tr><td>Ewa Kowalczyk</td><td>Pomeranian Social Economy Cluster</td></tr>
<tr><td>Lucas Meyer</td><td>DG GROW, European Commission</td></tr>
</table>
<h2>Materials</h2>
<ul>
<li><a href="docs/EUCT_30032022_agenda.pdf">Agenda</a> (PDF, 120 KB)</li>
<li><a href="docs/EUCT_30032022_presentations.pptx">Slides of all speakers</a></li>
<li><a href="docs/EUCT_30032022_minutes.docx">Minutes (Word)</a></li>
<li><a href="docs/EUCT_30032022_participants.xlsx">List of participating organisations</a></li>
<li><a href="docs/EUCT_30032022_all.zip">All documents (ZIP)</a></li>
<li><a href="docs/EUCT_30032022_summary.pdf" title="Event summary"><img src="../img/pdf-icon.png" width="16" height="16" alt="" border="0"></a></li>
</ul>
<h2>Links</h2>
<ul>
<li><a href="https://www.youtube.com/watch?v=s0c1alEc0n0">Recording on YouTube</a></li>
<li><a href="https://ec.europa.eu/eusurvey/runner/EUCT30March2022">Registration (closed)</a></li>
<li><a href="docs/EUCT_30032022.ics">Add to your calendar (.ics)</a></li>
<li><a href="../img/euct-30032022-banner.png">Banner (PNG)</a></li>
<li><a href="https://single-market-economy.ec.europa.eu/industry/strategy/industrial-ecosystems/proximity-and-social-economy_en">The proximity and social economy ecosystem</a></li>
</ul>
</td>
<td width="220" valign="top" class="side">
<h3>Next events</h3>
<p><b>27/04/2022</b><br><a href="2022-04-27-social-innovation-day.html">Social Innovation Day, Lyon</a></p>
<p><b>18/05/2022</b><br><a href="2022-05-18-network-meeting.html">Network meeting, Bilbao</a></p>
</td>
</tr>
<tr><td colspan="2" class="footer">Social Economy Clusters Network &middot; Last updated: 12/04/2022 &middot; <a href="../imprint.html">Imprint</a></td></tr>
</table>
</body>
</html>
"""
    exp = record(
        "hq-024",
        url,
        "T5",
        "en",
        True,
        "Proximity and social economy: clusters as drivers of local resilience",
        "EU Clusters Talk – Proximity and Social Economy",
        "EU Clusters Talks",
        bxl("2022-03-30 08:30"),
        bxl("2022-03-30 09:45"),
        "CEST",
        [
            sp("Giulia Conti", None, "Torino Social Impact", "SocialTech4EU"),
            sp("Pierre Lefèvre", None, "Les Imaginations Fertiles"),
            sp("Ewa Kowalczyk", None, "Pomeranian Social Economy Cluster"),
            sp("Lucas Meyer", None, "DG GROW, European Commission"),
        ],
        ["SocialTech4EU"],
        [
            asset("Agenda", base + "docs/EUCT_30032022_agenda.pdf"),
            asset("Slides of all speakers", base + "docs/EUCT_30032022_presentations.pptx"),
            asset("Minutes (Word)", base + "docs/EUCT_30032022_minutes.docx"),
            asset("List of participating organisations", base + "docs/EUCT_30032022_participants.xlsx"),
            asset("All documents (ZIP)", base + "docs/EUCT_30032022_all.zip"),
            asset("Event summary", base + "docs/EUCT_30032022_summary.pdf"),
        ],
        "Hand-written HTML 4 table layout. Numeric date '30/03/2022' (day first) with dotted times '8.30–9.45 CEST' (3 days "
        "after the switch: +02:00); speakers in a Speaker | Organisation table (no roles, 'Dr.' to strip, a Eurocluster in the "
        "organisation cell); six relative document links (PDF, PPTX, DOCX, XLSX, ZIP and an icon link with only a title "
        "attribute) to resolve against the page URL; YouTube, registration, .ics, PNG and a web page are not assets; "
        "'Next events' side column and 'Last updated: 12/04/2022' are other dates.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-025 AMP


@page
def hq025():
    url = "https://www.clusterplatform-news.eu/news/women-leading-clusters-eu-clusters-talk/amp/"
    canonical = "https://www.clusterplatform-news.eu/news/women-leading-clusters-eu-clusters-talk/"
    html = f"""<!doctype html>
<html amp lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-youtube" src="https://cdn.ampproject.org/v0/amp-youtube-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>Women leading clusters: EU Clusters Talk on 6 March – Cluster Platform News</title>
<link rel="canonical" href="{canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"{canonical}","headline":"Women leading clusters: EU Clusters Talk on 6 March","datePublished":"2024-02-26T09:30:00+01:00","dateModified":"2024-02-27T16:05:00+01:00","author":{{"@type":"Person","name":"Redaction"}},"publisher":{{"@type":"Organization","name":"Cluster Platform News","logo":{{"@type":"ImageObject","url":"https://www.clusterplatform-news.eu/logo-amp.png","width":600,"height":60}}}},"image":{{"@type":"ImageObject","url":"https://www.clusterplatform-news.eu/wp-content/uploads/2024/02/women-clusters.jpg","width":1200,"height":630}}}}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif;color:#222}}.amp-wp-header{{background:#0b3d91;padding:12px}}.amp-wp-header a{{color:#fff;text-decoration:none}}.amp-wp-article{{max-width:840px;margin:1.5em auto;padding:0 16px}}.amp-wp-meta{{color:#666;font-size:.85em}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="https://www.clusterplatform-news.eu/"><amp-img src="https://www.clusterplatform-news.eu/wp-content/uploads/2020/01/site-icon-32.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">Cluster Platform News</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">Women leading clusters: EU Clusters Talk on 6 March</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">Redaction</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="2024-02-26T08:30:00+00:00">1 week ago</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="630" src="https://www.clusterplatform-news.eu/wp-content/uploads/2024/02/women-clusters.jpg" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" alt="Women leading clusters – EU Clusters Talk 06.03.2024" layout="intrinsic"></amp-img></figure>
<div class="amp-wp-article-content">
<p>The next EU Clusters Talk, &#8220;Women leading clusters: breaking barriers in industrial ecosystems&#8221;, takes place on 6 March 2024 from 10:00 until noon (CET), two days before International Women&#8217;s Day on 8 March.</p>
<p>Only about one in four cluster managers in Europe is a woman. For many women in industry, leading a cluster is still a dream; the Talk presents programmes that change this and the experience of women who run clusters today.</p>
<p>Speakers include:</p>
<ul>
<li>Mag. Elisabeth Gruber, Managing Director, Business Upper Austria;</li>
<li>Sofia Andersson, Chair, Women in Clusters Network;</li>
<li>Prof. Maria Teresa Rinaldi, Vice-Rector for Innovation, Politecnico di Torino;</li>
<li>Katarzyna Wiśniewska, President of the Board, Mazovia Cluster ICT.</li>
</ul>
<p>Watch last year&#8217;s edition:</p>
<amp-youtube data-videoid="w0m3nCl2023" layout="responsive" width="480" height="270"></amp-youtube>
<p><a href="https://clustercollaboration.eu/content/eu-clusters-talks-women-leading-clusters">Register on the ECCP website</a></p>
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="https://www.clusterplatform-news.eu/category/events/" rel="category tag">Events</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{canonical}#respond">Leave a Comment</a></div>
<amp-social-share type="linkedin" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>Cluster Platform News</h2><a href="#top" class="back-to-top">Back to top</a></div></footer>
</body>
</html>
"""
    exp = record(
        "hq-025",
        url,
        "T5",
        "en",
        True,
        "Women leading clusters: breaking barriers in industrial ecosystems",
        "Women leading clusters: EU Clusters Talk on 6 March",
        "EU Clusters Talks",
        bxl("2024-03-06 10:00"),
        bxl("2024-03-06 12:00"),
        "CET",
        [
            sp("Elisabeth Gruber", "Managing Director", "Business Upper Austria"),
            sp("Sofia Andersson", "Chair", "Women in Clusters Network"),
            sp("Maria Teresa Rinaldi", "Vice-Rector for Innovation", "Politecnico di Torino"),
            sp("Katarzyna Wiśniewska", "President of the Board", "Mazovia Cluster ICT"),
        ],
        [],
        [],
        "AMP page (<html amp>, amp-img, amp-youtube, NewsArticle JSON-LD with datePublished 2024-02-26). 'from 10:00 until "
        "noon (CET)' -> end 12:00; International Women's Day '8 March' is not the event; heading '6 March' without year; "
        "relative '1 week ago' posted-on; 'Mag.' and 'Prof.' to strip; the word 'dream' is not the DREAM Eurocluster; "
        "amp-youtube is not an asset.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-026 TEC list view (not an event)


@page
def hq026():
    url = "https://www.tourismcluster-tirol.at/events/list/"
    rows = [
        (
            "2022-09-14",
            "Sep",
            "14",
            "September 14 @ 9:00 am - 5:00 pm",
            "Rural Tourism open call: info day",
            "/event/rural-tourism-open-call-info-day/",
            "Innsbruck",
        ),
        (
            "2022-09-28",
            "Sep",
            "28",
            "September 28 @ 8:30 am - 10:00 am CEST",
            "EU Clusters Talk: Blue economy and coastal tourism",
            "/event/eu-clusters-talk-blue-economy/",
            "Online",
        ),
        (
            "2022-10-12",
            "Oct",
            "12",
            "October 12 - October 13",
            "Alpine Destinations Summit",
            "/event/alpine-destinations-summit-2022/",
            "Kitzbühel",
        ),
        (
            "2022-11-09",
            "Nov",
            "9",
            "November 9 @ 2:00 pm - 4:00 pm",
            "Digital guest journey workshop",
            "/event/digital-guest-journey-workshop/",
            "Online",
        ),
    ]
    items = "\n".join(
        f"""<div class="tribe-common-g-row tribe-events-calendar-list__event-row">
	<div class="tribe-events-calendar-list__event-date-tag tribe-common-g-col"><time class="tribe-events-calendar-list__event-date-tag-datetime" datetime="{iso}" aria-hidden="true"><span class="tribe-events-calendar-list__event-date-tag-weekday">{mon}</span><span class="tribe-events-calendar-list__event-date-tag-daynum tribe-common-h5 tribe-common-h4--min-medium">{day}</span></time></div>
	<div class="tribe-events-calendar-list__event-wrapper tribe-common-g-col"><article class="tribe-events-calendar-list__event tribe-common-g-row tribe-common-g-row--gutters post type-tribe_events">
		<div class="tribe-events-calendar-list__event-details tribe-common-g-col"><header class="tribe-events-calendar-list__event-header">
			<div class="tribe-events-calendar-list__event-datetime-wrapper tribe-common-b2"><time class="tribe-events-calendar-list__event-datetime" datetime="{iso}"><span class="tribe-event-date-start">{sched}</span></time></div>
			<h3 class="tribe-events-calendar-list__event-title tribe-common-h6 tribe-common-h4--min-medium"><a href="https://www.tourismcluster-tirol.at{href}" title="{title}" rel="bookmark" class="tribe-events-calendar-list__event-title-link tribe-common-anchor-thin">{title}</a></h3>
			<address class="tribe-events-calendar-list__event-venue tribe-common-b2"><span class="tribe-events-calendar-list__event-venue-title tribe-common-b2--bold">{venue}</span></address>
		</header></div>
	</article></div>
</div>"""
        for iso, mon, day, sched, title, href, venue in rows
    )
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Events from September 8 &#8211; November 9 &#8211; Tourismus Cluster Tirol</title>
<link rel='stylesheet' id='tribe-events-views-v2-full-css' href='https://www.tourismcluster-tirol.at/wp-content/plugins/the-events-calendar/src/resources/css/views-full.min.css?ver=5.16.2' media='all' />
<meta name="generator" content="WordPress 6.0" />
<link rel="canonical" href="{url}" />
<script type="application/ld+json">[{{"@context":"http://schema.org","@type":"Event","name":"Rural Tourism open call: info day","startDate":"2022-09-14T09:00:00+02:00","endDate":"2022-09-14T17:00:00+02:00","url":"https://www.tourismcluster-tirol.at/event/rural-tourism-open-call-info-day/"}},{{"@context":"http://schema.org","@type":"Event","name":"EU Clusters Talk: Blue economy and coastal tourism","startDate":"2022-09-28T08:30:00+02:00","endDate":"2022-09-28T10:00:00+02:00","url":"https://www.tourismcluster-tirol.at/event/eu-clusters-talk-blue-economy/"}},{{"@context":"http://schema.org","@type":"Event","name":"Alpine Destinations Summit","startDate":"2022-10-12T00:00:00+02:00","endDate":"2022-10-13T23:59:59+02:00","url":"https://www.tourismcluster-tirol.at/event/alpine-destinations-summit-2022/"}},{{"@context":"http://schema.org","@type":"Event","name":"Digital guest journey workshop","startDate":"2022-11-09T14:00:00+01:00","endDate":"2022-11-09T16:00:00+01:00","url":"https://www.tourismcluster-tirol.at/event/digital-guest-journey-workshop/"}}]</script>
</head>
<body class="post-type-archive post-type-archive-tribe_events tribe-events-page-template">
<header class="site-header"><a href="https://www.tourismcluster-tirol.at/"><img src="https://www.tourismcluster-tirol.at/wp-content/uploads/2021/05/logo-tct.png" alt="Tourismus Cluster Tirol"></a>
<nav><ul><li><a href="https://www.tourismcluster-tirol.at/">Home</a></li><li><a href="https://www.tourismcluster-tirol.at/projects/">Projects</a></li><li><a href="https://www.tourismcluster-tirol.at/events/">Events</a></li></ul></nav></header>
<main id="tribe-events-pg-template" class="tribe-events-pg-template">
<div class="tribe-common tribe-events tribe-events-view tribe-events-view--list" data-js="tribe-events-view" data-view-rest-url="https://www.tourismcluster-tirol.at/wp-json/tribe/views/v2/html">
<div class="tribe-common-l-container tribe-events-l-container">
	<header class="tribe-events-header">
		<div class="tribe-events-header__events-bar tribe-events-c-events-bar"><h2 class="tribe-common-a11y-visual-hide">Events Search and Views Navigation</h2>
		<form class="tribe-events-c-search"><input class="tribe-common-form-control-text__input tribe-events-c-search__input" type="text" name="tribe-events-views[tribe-bar-search]" placeholder="Search for events"><button class="tribe-common-c-btn tribe-events-c-search__button" type="submit">Find Events</button></form>
		<ul class="tribe-events-c-view-selector__list"><li><a href="https://www.tourismcluster-tirol.at/events/list/">List</a></li><li><a href="https://www.tourismcluster-tirol.at/events/month/">Month</a></li><li><a href="https://www.tourismcluster-tirol.at/events/today/">Day</a></li></ul></div>
		<div class="tribe-events-c-top-bar tribe-events-header__top-bar"><nav class="tribe-events-c-top-bar__nav"><ul><li><a href="https://www.tourismcluster-tirol.at/events/list/?eventDisplay=past">Previous Events</a></li><li><a href="https://www.tourismcluster-tirol.at/events/list/page/2/">Next Events</a></li></ul></nav>
		<button class="tribe-common-c-btn__clear tribe-common-h3 tribe-common-h--alt tribe-events-c-top-bar__datepicker-button"><time datetime="2022-09-08" class="tribe-events-c-top-bar__datepicker-time"><span class="tribe-events-c-top-bar__datepicker-mobile">Upcoming</span><span class="tribe-events-c-top-bar__datepicker-desktop tribe-common-a11y-hidden">Upcoming</span></time></button></div>
	</header>
	<div class="tribe-events-calendar-list">
		<h2 class="tribe-events-calendar-list__month-separator tribe-common-h7"><time class="tribe-events-calendar-list__month-separator-text" datetime="2022-09">September 2022</time></h2>
{items}
	</div>
	<div class="tribe-events-c-ical tribe-common-b2 tribe-common-b3--min-medium"><a class="tribe-events-c-ical__link" title="Export Events" href="https://www.tourismcluster-tirol.at/events/list/?ical=1">Export Events</a></div>
</div></div>
</main>
<footer class="site-footer"><p>Copyright &copy; 2022 Tourismus Cluster Tirol | Impressum | Datenschutz</p></footer>
</body>
</html>
"""
    exp = record(
        "hq-026",
        url,
        "T4",
        "en",
        False,
        None,
        None,
        euroclusters=[],
        notes=(
            "NOT an event: The Events Calendar list view with four events (schedules, venues, one JSON-LD Event per row). "
            "The page has no heading of its own."
        ),
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-027 Cloudflare challenge (not an event)


@page
def hq027():
    url = "https://clustercollaboration.eu/content/eu-clusters-talks-digital-product-passport"
    html = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}@media (width <= 720px){.main-content{margin-top:4rem}}.h2{font-size:1.5rem;font-weight:500;line-height:2.25rem}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">clustercollaboration.eu</h1><h2 id="challenge-running" class="h2">Checking if the site connection is secure</h2><noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript><div id="challenge-body-text" class="core-msg spacer">clustercollaboration.eu needs to review the security of your connection before proceeding.</div></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "clustercollaboration.eu",cType: 'managed',cNounce: '41829',cRay: '8a1f2c3d4e5f6a7b',cHash: '0b1c2d3e4f5a6b7',cUPMDTk: "\\/content\\/eu-clusters-talks-digital-product-passport?__cf_chl_tk=Xy9.abcDEF-1718352000-0-gaNycGzNCjs",cFPWv: 'g',cTTimeMs: '1000',cMTimeMs: '390000',cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/content\\/eu-clusters-talks-digital-product-passport?__cf_chl_f_tk=Xy9.abcDEF-1718352000-0-gaNycGzNCjs",md: "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",cRq: {ru: 'aHR0cHM6Ly9jbHVzdGVyY29sbGFib3JhdGlvbi5ldS8=',ra: 'TW96aWxsYS81LjA=',rm: 'R0VU',d: 'xyz',t: 'MTcxODM1MjAwMC4wMDAwMDA=',cT: Math.floor(Date.now() / 1000),m: 'abc',i1: 'def',i2: 'ghi',zh: 'jkl',uh: 'mno',hh: 'pqr',}};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8a1f2c3d4e5f6a7b';window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length).indexOf('?') !== -1 ? '?' : location.search;if (window.history && window.history.replaceState) {var ogU = location.pathname + window._cf_chl_opt.cOgUQuery + window._cf_chl_opt.cOgUHash;history.replaceState(null, null, "\\/content\\/eu-clusters-talks-digital-product-passport?__cf_chl_rt_tk=Xy9.abcDEF-1718352000-0-gaNycGzNCjs" + window._cf_chl_opt.cOgUHash);cpo.onload = function() {history.replaceState(null, null, ogU);}}document.getElementsByTagName('head')[0].appendChild(cpo);}());</script><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8a1f2c3d4e5f6a7b</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source=challenge&amp;utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>"""
    exp = record(
        "hq-027",
        url,
        "T5",
        "en",
        False,
        "clustercollaboration.eu",
        "clustercollaboration.eu",
        notes=(
            "NOT an event: a Cloudflare managed challenge ('Just a moment...') served instead of an EU Clusters Talks page; the "
            "URL looks like an event."
        ),
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-028 empty page (not an event)


@page
def hq028():
    url = "https://clustercollaboration.eu/event-calendar/clusters-meet-regions-sofia-bulgaria"
    html = "<!DOCTYPE html>\n<html>\n<head>\n<title></title>\n</head>\n<body>\n</body>\n</html>\n"
    exp = record(
        "hq-028",
        url,
        "T5",
        "en",
        False,
        None,
        None,
        notes=("NOT an event: empty document (the site returned a blank page, 'white screen'), at an event URL."),
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-029 WordPress 404 (not an event)


@page
def hq029():
    url = "https://www.cyberclusterbasque.eu/2023/03/eu-clusters-talk-recording/"
    html = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found &#8211; Basque Cybersecurity Cluster</title>
<meta name='robots' content='noindex, follow' />
<link rel='stylesheet' id='twentyseventeen-style-css' href='https://www.cyberclusterbasque.eu/wp-content/themes/twentyseventeen/style.css?ver=20221101' media='all' />
<meta name="generator" content="WordPress 6.1.1" />
</head>
<body class="error404 wp-embed-responsive hfeed has-header-image has-sidebar colors-light">
<div id="page" class="site">
	<header id="masthead" class="site-header"><div class="site-branding"><div class="wrap"><div class="site-branding-text">
		<p class="site-title"><a href="https://www.cyberclusterbasque.eu/" rel="home">Basque Cybersecurity Cluster</a></p>
		<p class="site-description">Ciberseguridad industrial para Euskadi y Europa</p>
	</div></div></div></header>
	<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
	<div id="primary" class="content-area"><main id="main" class="site-main">
		<section class="error-404 not-found">
			<header class="page-header"><h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>
			<div class="page-content">
				<p>It looks like nothing was found at this location. Maybe try a search?</p>
				<form role="search" method="get" class="search-form" action="https://www.cyberclusterbasque.eu/"><label for="search-form-1"><span class="screen-reader-text">Search for:</span></label><input type="search" id="search-form-1" class="search-field" placeholder="Search &hellip;" value="" name="s" /><button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button></form>
			</div>
		</section>
	</main></div>
	<aside id="secondary" class="widget-area" aria-label="Blog Sidebar">
		<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
			<li><a href="https://www.cyberclusterbasque.eu/2023/02/27/new-members-2023/">Five new members join the cluster</a> <span class="post-date">27 February 2023</span></li>
			<li><a href="https://www.cyberclusterbasque.eu/2023/01/16/eu-clusters-talk-cybersecurity-smes/">EU Clusters Talk: Cybersecurity for SMEs &#8211; what clusters can do</a> <span class="post-date">16 January 2023</span></li>
		</ul></section>
		<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href='https://www.cyberclusterbasque.eu/2023/02/'>February 2023</a></li><li><a href='https://www.cyberclusterbasque.eu/2023/01/'>January 2023</a></li></ul></section>
	</aside>
	</div></div>
	<footer id="colophon" class="site-footer"><div class="wrap"><div class="site-info">&copy; 2023 Basque Cybersecurity Cluster</div></div></footer>
	</div>
</div>
</body>
</html>
"""
    t = "Oops! That page can’t be found."
    exp = record(
        "hq-029",
        url,
        "T3",
        "en",
        False,
        t,
        t,
        notes=(
            "NOT an event: WordPress 404 page at an event-like URL; the sidebar lists an EU Clusters Talk post with a date."
        ),
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-030 newsletter (not an event)


@page
def hq030():
    url = "https://us14.campaign-archive.com/?u=8a1b2c3d4e5f60718293a4b5c&id=7f6e5d4c3b"
    events = [
        (
            "EU Clusters Talk: Clusters for water resilience",
            "13 March 2024, 8:30 – 9:45 CET",
            "Online",
            "https://clustercollaboration.eu/content/eu-clusters-talks-clusters-water-resilience",
        ),
        (
            "Clusters meet Regions – Pécs, Hungary",
            "18 – 19 April 2024",
            "Pécs, Hungary",
            "https://clustercollaboration.eu/event-calendar/clusters-meet-regions-pecs-hungary",
        ),
        (
            "European Cluster Conference 2024",
            "7 – 8 May 2024",
            "Brussels, Belgium",
            "https://clustercollaboration.eu/event-calendar/european-cluster-conference-2024",
        ),
    ]
    rows = "\n".join(
        f"""<tr><td class="mcnTextContent" valign="top" style="padding:9px 18px;color:#202020;font-family:Helvetica;font-size:16px;line-height:150%;text-align:left;">
<h3 style="display:block;margin:0;padding:0;color:#0b3d91;font-size:18px;"><a href="{h}" target="_blank" style="color:#0b3d91;">{t}</a></h3>
<p style="margin:4px 0;"><strong>When:</strong> {w}<br><strong>Where:</strong> {p}</p>
</td></tr>"""
        for t, w, p, h in events
    )
    html = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ECCP Newsletter – March 2024</title>
<style type="text/css">p{{margin:10px 0;padding:0}}table{{border-collapse:collapse}}h1,h2,h3{{display:block;margin:0;padding:0}}img,a img{{border:0;height:auto;outline:none;text-decoration:none}}#bodyTable{{height:100%;margin:0;padding:0;width:100%}}.mcnPreviewText{{display:none !important}}</style>
<script type="text/javascript">var fnames = new Array();var ftypes = new Array();fnames[0]='EMAIL';ftypes[0]='email';</script>
</head>
<body>
<div id="awesomewrap"><div id="awesomebar"><p>View past newsletters in the <a href="https://us14.campaign-archive.com/home/?u=8a1b2c3d4e5f60718293a4b5c&amp;id=1a2b3c4d5e">archive</a>. <a href="http://eepurl.com/iJKLmn">Subscribe</a></p></div></div>
<span class="mcnPreviewText" style="display:none;">Upcoming EU Clusters Talks, Clusters meet Regions in Pécs and the European Cluster Conference 2024</span>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer">
<tr><td valign="top" id="templateHeader"><img align="center" alt="European Cluster Collaboration Platform" src="https://mcusercontent.com/8a1b2c3d4e5f60718293a4b5c/images/eccp-newsletter-header.png" width="600" style="max-width:1200px;padding-bottom:0;display:inline !important;vertical-align:bottom;" class="mcnImage"></td></tr>
<tr><td valign="top" id="templateBody">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td class="mcnTextContent" valign="top" style="padding:9px 18px;">
<h1 style="color:#202020;font-size:26px;">ECCP Newsletter – March 2024</h1>
<p>Dear cluster community,</p>
<p>spring is a busy season for the platform. Below you find the events of the coming weeks, the new European Cluster Panorama data and the latest open calls of the Euroclusters, including E-BOOST and EuroBoosTEX.</p>
</td></tr></tbody></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter">
<tr><td class="mcnTextContent" style="padding:9px 18px;"><h2 style="font-size:22px;color:#0b3d91;">Upcoming events</h2></td></tr>
{rows}
</tbody></table>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td class="mcnTextContent" valign="top" style="padding:9px 18px;">
<h2 style="font-size:22px;color:#0b3d91;">Open calls</h2>
<p>E-BOOST: fifth open call for mobility SMEs, deadline 28 March 2024, 17:00 CET.<br>EuroBoosTEX: last call for textile SMEs, deadline 15 April 2024.</p>
</td></tr></tbody></table>
</td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td class="mcnTextContent" valign="top" style="padding:9px 18px;color:#656565;font-size:12px;">
<em>Copyright &copy; 2024 European Cluster Collaboration Platform, All rights reserved.</em><br>You are receiving this e-mail because you subscribed on clustercollaboration.eu.<br><a href="*|UNSUB|*">unsubscribe from this list</a> &nbsp; <a href="*|UPDATE_PROFILE|*">update subscription preferences</a>
</td></tr></tbody></table></td></tr>
</table>
</td></tr></table>
</center>
</body>
</html>
"""
    t = "ECCP Newsletter – March 2024"
    exp = record(
        "hq-030",
        url,
        "T5",
        "en",
        False,
        t,
        t,
        euroclusters=["E-BOOST", "EuroBoosTEX"],
        notes=(
            "NOT an event: a Mailchimp campaign-archive newsletter listing three events with dates and times, plus open-call "
            "deadlines."
        ),
    )
    return exp, html
