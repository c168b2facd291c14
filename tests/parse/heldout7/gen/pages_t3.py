"""T3: WordPress republications (classic and block themes), English, German and Polish."""

from __future__ import annotations

from common import asset, bx, css_filler, page_adder, record, sp

PAGES: list[dict] = []
add = page_adder(PAGES)


# ------------------------------------------------------------------------------------------------ hy-022
# Classic theme; navigation with unclosed <div>s; "Posted on" one month before; views counter; related posts; comments.
url = "https://www.nordictourismcluster.org/2022/02/01/join-the-eu-clusters-talk-on-the-tourism-transition-pathway/"
html = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Join the EU Clusters Talk on the tourism transition pathway &#8211; Nordic Tourism Cluster</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Nordic Tourism Cluster &raquo; Feed" href="https://www.nordictourismcluster.org/feed/" />
<link rel="alternate" type="application/rss+xml" title="Nordic Tourism Cluster &raquo; Join the EU Clusters Talk on the tourism transition pathway Comments Feed" href="https://www.nordictourismcluster.org/2022/02/01/join-the-eu-clusters-talk-on-the-tourism-transition-pathway/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.nordictourismcluster.org/wp-includes/css/dist/block-library/style.min.css?ver=5.9' media='all' />
<link rel='stylesheet' id='generatepress-style-css' href='https://www.nordictourismcluster.org/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.1.3' media='all' />
<style id='generate-style-inline-css'>
body{background-color:#f7f8f9;color:#222222;}a{color:#1e73be;}a:hover, a:focus, a:active{color:#000000;}.grid-container{max-width:1200px;}
.site-header .header-image{width:180px;}.main-navigation .main-nav ul li a{padding-left:20px;padding-right:20px;line-height:60px;}
.inside-article{padding:40px;background:#fff}.entry-meta{font-size:85%;margin-top:.5em;line-height:1.5}.post-views{float:right;color:#888}
</style>
<link rel="canonical" href="https://www.nordictourismcluster.org/2022/02/01/join-the-eu-clusters-talk-on-the-tourism-transition-pathway/" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Join the EU Clusters Talk on the tourism transition pathway" />
<meta property="article:published_time" content="2022-02-01T08:14:22+00:00" />
<meta property="article:modified_time" content="2022-02-03T10:02:51+00:00" />
</head>
<body class="post-template-default single single-post postid-2874 single-format-standard wp-embed-responsive right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" aria-label="Site">
 <div class="inside-header grid-container">
  <div class="site-logo"><a href="https://www.nordictourismcluster.org/" rel="home"><img class="header-image is-logo-image" alt="Nordic Tourism Cluster" src="https://www.nordictourismcluster.org/wp-content/uploads/2020/05/ntc-logo.png" width="360" height="90" /></a></div>
  <nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary">
   <div class="inside-navigation grid-container">
    <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
    <div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">
     <li id="menu-item-21" class="menu-item menu-item-home"><a href="https://www.nordictourismcluster.org/">Home</a></li>
     <li id="menu-item-22" class="menu-item menu-item-has-children"><a href="https://www.nordictourismcluster.org/about/">About us</a>
      <div class="sub-menu-wrap"><div class="sub-menu-inner">
      <ul class="sub-menu"><li><a href="https://www.nordictourismcluster.org/about/members/">Members</a></li><li><a href="https://www.nordictourismcluster.org/about/board/">Board</a></li></ul>
     </li>
     <li id="menu-item-23" class="menu-item menu-item-has-children"><a href="https://www.nordictourismcluster.org/projects/">Projects</a>
      <div class="sub-menu-wrap"><div class="sub-menu-inner">
      <ul class="sub-menu"><li><a href="https://www.nordictourismcluster.org/projects/ikat/">IKAT</a></li><li><a href="https://www.nordictourismcluster.org/projects/green-destinations/">Green destinations</a></li></ul>
     </li>
     <li id="menu-item-24" class="menu-item current-menu-parent"><a href="https://www.nordictourismcluster.org/news/">News</a></li>
     <li id="menu-item-25" class="menu-item"><a href="https://www.nordictourismcluster.org/contact/">Contact</a></li>
    </ul>
   </div>
  </nav>
 </div>
</header>
<div class="site grid-container container hfeed" id="page">
 <div class="site-content" id="content">
  <div class="content-area" id="primary">
   <main class="site-main" id="main">
<article id="post-2874" class="post-2874 post type-post status-publish format-standard has-post-thumbnail hentry category-news category-events tag-eccp tag-tourism" itemtype="https://schema.org/CreativeWork" itemscope>
 <div class="inside-article">
  <header class="entry-header">
   <h1 class="entry-title" itemprop="headline">Join the EU Clusters Talk on the tourism transition pathway</h1>
   <div class="entry-meta">
    <span class="posted-on">Posted on <time class="entry-date published" datetime="2022-02-01T09:14:22+01:00" itemprop="datePublished">February 1, 2022</time><time class="updated" datetime="2022-02-03T11:02:51+01:00" itemprop="dateModified">February 3, 2022</time></span>
    <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://www.nordictourismcluster.org/author/kirsten/" title="View all posts by Kirsten Holm" rel="author" itemprop="url"><span class="author-name" itemprop="name">Kirsten Holm</span></a></span></span>
    <span class="post-views"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-count">345</span> Views</span>
   </div>
  </header>
  <div class="featured-image page-header-image-single"><img width="1024" height="536" src="https://www.nordictourismcluster.org/wp-content/uploads/2022/02/EUCT_tourism-1024x536.png" class="attachment-large size-large wp-post-image" alt="EU Clusters Talks tourism banner" loading="lazy" itemprop="image" /></div>
  <div class="entry-content" itemprop="text">
<p>Our members are warmly invited to the next EU Clusters Talk, &#8220;Tourism Transition Pathway: What&#8217;s in it for clusters?&#8221;, organised by the European Cluster Collaboration Platform on Wednesday 2 March 2022, 10:00-11:30 CET.</p>
<p>The transition pathway for tourism was co-created with the tourism community and sets out 27 areas of measures for a greener, more digital and more resilient tourism ecosystem. The Talk will explain what the pathway means for small tourism businesses and how clusters can help them commit to it.</p>
<p>Speakers include:</p>
<ul>
<li>Isabelle Marchand, Policy Officer, DG GROW, European Commission</li>
<li>Andrea Kovács, Director of the Hungarian Tourism Cluster</li>
<li>Jonas Petersen, CEO at Nordic Tourism Cluster, Board Member at Danish Cluster Network</li>
<li>Francesca Romano, Distretto Turistico del Mare, IKAT Eurocluster</li>
<li>Giulia Bassi, Venetian Cluster, Eurocluster Rural Tourism</li>
</ul>
<p>Participation is free. Registration is on the <a href="https://clustercollaboration.eu/content/eu-clusters-talks-tourism-transition-pathway">ECCP event page</a>.</p>
<p>We hope to see many of you online!</p>
  </div>
  <footer class="entry-meta" aria-label="Entry meta">
   <span class="cat-links"><span class="screen-reader-text">Categories </span><a href="https://www.nordictourismcluster.org/category/news/" rel="category tag">News</a>, <a href="https://www.nordictourismcluster.org/category/events/" rel="category tag">Events</a></span>
   <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="https://www.nordictourismcluster.org/tag/eccp/" rel="tag">ECCP</a>, <a href="https://www.nordictourismcluster.org/tag/tourism/" rel="tag">tourism</a></span>
   <nav id="nav-below" class="post-navigation" aria-label="Single Post"><div class="nav-previous"><span class="prev"><a href="https://www.nordictourismcluster.org/2022/01/18/annual-meeting-2022/" rel="prev">Annual meeting 2022: save the date, 24 March</a></span></div><div class="nav-next"><span class="next"><a href="https://www.nordictourismcluster.org/2022/02/14/ikat-open-call/" rel="next">IKAT opens its first call for coastal SMEs</a></span></div></nav>
  </footer>
  <div class="author-box">
   <div class="avatar"><img alt="" src="https://secure.gravatar.com/avatar/5a1f?s=80&#038;d=mm&#038;r=g" class="avatar avatar-80 photo" height="80" width="80" loading="lazy"/></div>
   <div class="author-box-content"><h4 class="author-title">About Kirsten Holm</h4><p class="author-description">Kirsten is communication manager at Nordic Tourism Cluster and edits our newsletter. Before joining the cluster she worked for ten years at the Visit Aarhus tourist office.</p></div>
  </div>
 </div>
</article>
<div class="related-posts">
 <h3 class="related-posts-title">Related posts</h3>
 <ul>
  <li><a href="https://www.nordictourismcluster.org/2022/03/30/clusters-meet-regions-vilnius/">Clusters meet Regions in Vilnius: 26-27 April 2022</a> <span class="related-date">March 30, 2022</span></li>
  <li><a href="https://www.nordictourismcluster.org/2021/11/22/eu-tourism-dashboard/">The new EU tourism dashboard in 5 minutes</a> <span class="related-date">November 22, 2021</span></li>
  <li><a href="https://www.nordictourismcluster.org/2021/10/05/eu-clusters-talks-autumn-programme/">EU Clusters Talks: the autumn programme</a> <span class="related-date">October 5, 2021</span></li>
 </ul>
</div>
<div id="comments">
 <h3 class="comments-title">2 thoughts on &ldquo;Join the EU Clusters Talk on the tourism transition pathway&rdquo;</h3>
 <ol class="comment-list">
  <li id="comment-311" class="comment even thread-even depth-1">
   <article class="comment-body"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">Maria Jensen</cite> <span class="says">says:</span></div>
   <div class="entry-meta comment-metadata"><a href="#comment-311"><time datetime="2022-02-03T10:15:07+01:00" itemprop="datePublished">February 3, 2022 at 10:15 am</time></a></div></footer>
   <div class="comment-content"><p>Will there be a recording for those of us who cannot join at 10:00?</p></div></article>
   <ol class="children"><li id="comment-312" class="comment byuser comment-author-kirsten bypostauthor odd alt depth-2">
   <article class="comment-body"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">Kirsten Holm</cite> <span class="says">says:</span></div>
   <div class="entry-meta comment-metadata"><a href="#comment-312"><time datetime="2022-02-03T11:02:51+01:00" itemprop="datePublished">February 3, 2022 at 11:02 am</time></a></div></footer>
   <div class="comment-content"><p>Yes Maria, ECCP usually publishes the recording on its YouTube channel a few days later.</p></div></article></li></ol>
  </li>
 </ol>
 <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><p class="must-log-in">You must be <a href="https://www.nordictourismcluster.org/wp-login.php?redirect_to=%2F2022%2F02%2F01%2Fjoin-the-eu-clusters-talk-on-the-tourism-transition-pathway%2F">logged in</a> to post a comment.</p></div>
</div>
   </main>
  </div>
  <div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
   <div class="inside-right-sidebar">
    <aside id="recent-posts-3" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
     <ul>
      <li><a href="https://www.nordictourismcluster.org/2022/02/14/ikat-open-call/">IKAT opens its first call for coastal SMEs</a><span class="post-date">February 14, 2022</span></li>
      <li><a href="https://www.nordictourismcluster.org/2022/01/18/annual-meeting-2022/">Annual meeting 2022: save the date, 24 March</a><span class="post-date">January 18, 2022</span></li>
     </ul>
    </aside>
    <aside id="text-4" class="widget inner-padding widget_text"><h2 class="widget-title">Newsletter</h2><div class="textwidget"><p>Monthly news from Nordic tourism businesses. <a href="https://www.nordictourismcluster.org/newsletter/">Subscribe</a></p></div></aside>
   </div>
  </div>
 </div>
</div>
<div class="site-footer">
 <footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2022 Nordic Tourism Cluster &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to give you the best experience. <a role='button' data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button">Accept</a> <a href="https://www.nordictourismcluster.org/privacy/" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">Read More</a></span></div>
<script src='https://www.nordictourismcluster.org/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.1.3' id='generate-menu-js'></script>
</body>
</html>
"""
add(
    "hy-022",
    url,
    html,
    record(
        id="hy-022",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="Tourism Transition Pathway: What’s in it for clusters?",
        page_title="Join the EU Clusters Talk on the tourism transition pathway",
        series="EU Clusters Talks",
        start=bx("2022-03-02", "10:00"),
        end=bx("2022-03-02", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Isabelle Marchand", "Policy Officer", "DG GROW, European Commission"),
            sp("Andrea Kovács", "Director", "Hungarian Tourism Cluster"),
            sp("Jonas Petersen", "CEO; Board Member", "Nordic Tourism Cluster; Danish Cluster Network"),
            sp("Francesca Romano", None, "Distretto Turistico del Mare", "IKAT"),
            sp("Giulia Bassi", None, "Venetian Cluster", "EU Rural Tourism"),
        ],
        euroclusters=["EU Rural Tourism", "IKAT"],
        notes="WordPress classic theme with unclosed <div>s in the navigation (sub-menu wrappers never closed); URL and 'Posted on' date "
        "(1 February 2022, entry-date) one month before the event; '345 Views'; title in &#8220;…&#8221; entities with an apostrophe entity; "
        "'10:00-11:30 CET' unspaced; 'Role of the Organisation' (role 'Director', organisation without 'the'); two affiliations in one line; "
        "'Eurocluster Rural Tourism' is the alias of EU Rural Tourism; IKAT also appears in the menu; comments with names and times, author "
        "box, related posts with other dates.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-023
# Block theme; past-tense report weeks later; month-first date; speaker cards; file blocks with download buttons.
url = "https://automation-cluster.eu/news/what-we-learned-about-ai-in-manufacturing-at-the-latest-eu-clusters-talk/"
up = "https://automation-cluster.eu/wp-content/uploads/2023/06/"


def card(img: str, name: str, role: str, org: str) -> str:
    return (
        f'<div class="wp-block-column is-layout-flow">\n<figure class="wp-block-image size-thumbnail is-style-rounded"><img decoding="async" width="150" height="150" src="{up}{img}-150x150.jpg" alt="" class="wp-image-{sum(map(ord, img)) + 1000}"/></figure>\n'
        f'<h3 class="wp-block-heading has-text-align-center has-medium-font-size">{name}</h3>\n<p class="has-text-align-center has-small-font-size">{role}</p>\n'
        f'<p class="has-text-align-center has-small-font-size"><em>{org}</em></p>\n</div>'
    )


cards = "\n".join(
    [
        card(
            "elena-vasquez",
            "Dr. Elena Vásquez",
            "Head of Unit, Advanced Technologies for Industry",
            "DG GROW, European Commission",
        ),
        card("rainer-hoffmann", "Rainer Hoffmann", "Managing Director", "Cluster Mechatronik &amp; Automation"),
        card("sofia-andersson", "Sofia Andersson", "Innovation Lead", "Automation Region"),
        card("piotr-nowicki", "Piotr Nowicki", "Head of AI Lab", "Łukasiewicz – Poznań Institute of Technology"),
    ]
)
html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large' />
	<title>What we learned about AI in manufacturing at the latest EU Clusters Talk | Automation Cluster</title>
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="en_US" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="What we learned about AI in manufacturing at the latest EU Clusters Talk" />
	<meta property="article:published_time" content="2023-06-02T12:20:00+00:00" />
	<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"Article","@id":"{url}#article","headline":"What we learned about AI in manufacturing at the latest EU Clusters Talk","datePublished":"2023-06-02T12:20:00+00:00","dateModified":"2023-06-05T08:03:11+00:00","author":{{"name":"Julia Brandt"}},"wordCount":402,"inLanguage":"en-US"}},{{"@type":"WebSite","@id":"https://automation-cluster.eu/#website","url":"https://automation-cluster.eu/","name":"Automation Cluster"}}]}}</script>
<style id='wp-block-library-inline-css'>
{css_filler(3023, 60, ("wp-block-group", "wp-block-columns", "wp-block-file", "wp-block-post", "has-global"))}
</style>
<style id='global-styles-inline-css'>
body{{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;--wp--preset--font-size--small: 13px;--wp--preset--font-size--medium: 20px;--wp--preset--font-size--large: 36px;}}
</style>
</head>
<body class="post-template-default single single-post postid-1187 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignfull has-base-background-color is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">
<div class="wp-block-site-logo"><a href="https://automation-cluster.eu/" class="custom-logo-link" rel="home"><img width="160" height="48" src="https://automation-cluster.eu/wp-content/uploads/2022/01/logo.svg" class="custom-logo" alt="Automation Cluster" decoding="async" /></a></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Main"><button aria-haspopup="true" aria-label="Open menu" class="wp-block-navigation__responsive-container-open" data-micromodal-trigger="modal-1"></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close"><div class="wp-block-navigation__responsive-dialog"><div class="wp-block-navigation__responsive-container-content">
<ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://automation-cluster.eu/about/"><span class="wp-block-navigation-item__label">About</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://automation-cluster.eu/members/"><span class="wp-block-navigation-item__label">Members</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://automation-cluster.eu/news/"><span class="wp-block-navigation-item__label">News</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="https://automation-cluster.eu/events/"><span class="wp-block-navigation-item__label">Events</span></a></li></ul>
</div></div></div></div></nav></div></div>
</header>

<main class="wp-block-group is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">What we learned about AI in manufacturing at the latest EU Clusters Talk</h1>
<div class="wp-block-group is-nowrap is-layout-flex"><div class="wp-block-post-date"><time datetime="2023-06-02T14:20:00+02:00">June 2, 2023</time></div>
<div class="wp-block-post-author-name">Julia Brandt</div><div class="taxonomy-category wp-block-post-terms"><a href="https://automation-cluster.eu/category/news/" rel="tag">News</a></div></div>
</div>
<figure style="margin-top:0;margin-bottom:0;" class="wp-block-post-featured-image"><img width="1200" height="630" src="{up}euct-ai-banner.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="EU Clusters Talk AI in manufacturing 3 May" decoding="async" /></figure>

<div class="entry-content wp-block-post-content is-layout-constrained">
<p>On May 3rd, 2023, from 8:30 to 9:45 CET, more than 180 participants joined the EU Clusters Talk “AI in manufacturing: Clusters paving the way”, organised by the European Cluster Collaboration Platform. We followed the discussion for our members; here is what we took home.</p>

<p>Artificial intelligence is moving from pilot projects to the shop floor, but most small manufacturers still lack data, skills and a trusted partner to start. The speakers agreed that clusters can close this gap by bringing companies, test facilities and European support programmes together.</p>

<h2 class="wp-block-heading">Who spoke</h2>

<div class="wp-block-columns is-layout-flex">
{cards}
</div>

<h2 class="wp-block-heading">Key takeaways</h2>

<ul>
<li>Start small: one production line, one clear problem, measurable results.</li>
<li>Data sharing between suppliers and customers needs contracts that SMEs can understand.</li>
<li>Testing and experimentation facilities are open to SMEs and often free of charge.</li>
<li>Skills remain the bottleneck: train existing staff, not only new hires.</li>
</ul>

<blockquote class="wp-block-quote"><p>“Our SMEs do not need more AI hype, they need test beds and trusted partners.”</p><cite>Rainer Hoffmann</cite></blockquote>

<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe title="EU Clusters Talk: AI in manufacturing" width="640" height="360" src="https://www.youtube.com/embed/aiMfg0503x?feature=oembed" frameborder="0" allowfullscreen></iframe>
</div><figcaption class="wp-element-caption">The full recording</figcaption></figure>

<figure class="wp-block-image size-large"><a href="{up}euct-ai-poll-results.jpg"><img decoding="async" width="1024" height="576" src="{up}euct-ai-poll-results-1024x576.jpg" alt="Poll results" /></a><figcaption class="wp-element-caption">Live poll: where do you use AI today?</figcaption></figure>

<div class="wp-block-file"><a id="wp-block-file--media-4f1c2a" href="{up}EUCT_AI_manufacturing_summary.pdf">EUCT_AI_manufacturing_summary</a><a href="{up}EUCT_AI_manufacturing_summary.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-4f1c2a">Download</a></div>

<div class="wp-block-file"><a id="wp-block-file--media-77ab90" href="{up}EUCT_AI_manufacturing_presentations.zip">All presentations (ZIP)</a><a href="{up}EUCT_AI_manufacturing_presentations.zip" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-77ab90">Download</a></div>
</div>

<div class="wp-block-group is-layout-constrained"><h2 class="wp-block-heading">More news</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="https://automation-cluster.eu/news/hannover-messe-2023-joint-booth/">Hannover Messe 2023: our members at the joint booth</a><time datetime="2023-04-24T09:00:00+02:00" class="wp-block-latest-posts__post-date">April 24, 2023</time></li>
<li><a class="wp-block-latest-posts__post-title" href="https://automation-cluster.eu/news/robotics-training-autumn/">Robotics training for SMEs starts September 12</a><time datetime="2023-05-22T09:00:00+02:00" class="wp-block-latest-posts__post-date">May 22, 2023</time></li></ul></div>
</main>

<footer class="wp-block-template-part"><div class="wp-block-group has-contrast-background-color is-layout-constrained"><p class="has-small-font-size">© 2023 Automation Cluster e.V. · <a href="https://automation-cluster.eu/imprint/">Imprint</a> · <a href="https://automation-cluster.eu/privacy/">Privacy</a></p></div></footer>
</div>
<script id="wp-block-navigation-view-js" src="https://automation-cluster.eu/wp-includes/blocks/navigation/view.min.js?ver=6.2.2"></script>
</body>
</html>
"""
add(
    "hy-023",
    url,
    html,
    record(
        id="hy-023",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="AI in manufacturing: Clusters paving the way",
        page_title="What we learned about AI in manufacturing at the latest EU Clusters Talk",
        series="EU Clusters Talks",
        start=bx("2023-05-03", "08:30"),
        end=bx("2023-05-03", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Elena Vásquez", "Head of Unit, Advanced Technologies for Industry", "DG GROW, European Commission"),
            sp("Rainer Hoffmann", "Managing Director", "Cluster Mechatronik & Automation"),
            sp("Sofia Andersson", "Innovation Lead", "Automation Region"),
            sp("Piotr Nowicki", "Head of AI Lab", "Łukasiewicz – Poznań Institute of Technology"),
        ],
        assets=[
            asset("EUCT_AI_manufacturing_summary", up + "EUCT_AI_manufacturing_summary.pdf"),
            asset("All presentations (ZIP)", up + "EUCT_AI_manufacturing_presentations.zip"),
        ],
        notes="WordPress block theme; past-tense report published a month later (wp-block-post-date June 2, 2023); month-first ordinal 'May 3rd, "
        "2023, from 8:30 to 9:45 CET' (+02:00); speaker cards (name in <h3>, role and organisation in two <p>s, role with a comma); a "
        "'Key takeaways' list and a quoted sentence in a blockquote are not speakers/title; two wp-block-file blocks each link the same "
        "file twice (name + Download button): two assets, not four; YouTube embed and a JPG link are not assets.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-024 (German, wrong meta charset)
url = "https://www.cluster-kreislaufwirtschaft.de/2023/08/16/eu-clusters-talk-fachkraefte-fuer-die-kreislaufwirtschaft/"
html = """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EU Clusters Talk: Fachkräfte für die Kreislaufwirtschaft – Cluster Kreislaufwirtschaft</title>
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.cluster-kreislaufwirtschaft.de/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.1.5' media='all' />
<meta property="og:locale" content="de_DE" />
<meta property="og:title" content="EU Clusters Talk: Fachkräfte für die Kreislaufwirtschaft" />
<meta property="article:published_time" content="2023-08-16T07:30:00+00:00" />
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-913 ast-single-post ast-right-sidebar">
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead">
 <div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
  <div class="site-branding"><span class="site-logo-img"><a href="https://www.cluster-kreislaufwirtschaft.de/" class="custom-logo-link" rel="home"><img width="220" height="60" src="https://www.cluster-kreislaufwirtschaft.de/wp-content/uploads/2021/03/logo-ckw.png" class="custom-logo" alt="Cluster Kreislaufwirtschaft" /></a></span></div>
  <nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu"><li class="menu-item"><a href="https://www.cluster-kreislaufwirtschaft.de/" class="menu-link">Start</a></li><li class="menu-item"><a href="https://www.cluster-kreislaufwirtschaft.de/ueber-uns/" class="menu-link">Über uns</a></li><li class="menu-item"><a href="https://www.cluster-kreislaufwirtschaft.de/mitglieder/" class="menu-link">Mitglieder</a></li><li class="menu-item current-menu-ancestor"><a href="https://www.cluster-kreislaufwirtschaft.de/aktuelles/" class="menu-link">Aktuelles</a></li><li class="menu-item"><a href="https://www.cluster-kreislaufwirtschaft.de/termine/" class="menu-link">Termine</a></li><li class="menu-item"><a href="https://www.cluster-kreislaufwirtschaft.de/kontakt/" class="menu-link">Kontakt</a></li></ul></nav>
 </div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-913 post type-post status-publish format-standard hentry category-aktuelles category-europa ast-article-single" id="post-913" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">EU Clusters Talk: Fachkräfte für die Kreislaufwirtschaft</h1>
<div class="entry-meta"><span class="posted-on">Veröffentlicht am <span class="published" itemprop="datePublished">16. August 2023</span></span> / <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">von <a title="Beiträge anzeigen von Redaktion" href="https://www.cluster-kreislaufwirtschaft.de/author/redaktion/" rel="author" class="url fn n"><span class="author-name">Redaktion</span></a></span> / <span class="ast-views">1.204 Aufrufe</span></div>
</header>
<div class="entry-content clear" itemprop="text">
<p>Die Europäische Cluster-Kollaborationsplattform (ECCP) lädt im Auftrag der Europäischen Kommission zum EU Clusters Talk „Circular economy: Skills for the transition“ ein – am 13. September 2023 von 10:00 bis 11:30 Uhr, online.</p>
<p>Welche Kompetenzen brauchen Unternehmen, die Produkte reparieren, wiederaufbereiten und recyceln? Wie können Cluster ihre Mitglieder bei der Weiterbildung unterstützen? Der Talk stellt Beispiele aus Deutschland, Österreich und Tschechien vor.</p>
<p>Zielgruppe:</p>
<ul>
<li>Clustermanagerinnen und Clustermanager</li>
<li>KMU aus Recycling, Kunststoff und Textil</li>
<li>Berufsschulen und Weiterbildungseinrichtungen</li>
</ul>
<p>Referent:innen:</p>
<ul>
<li>Dr. Katharina Schäfer, Referatsleiterin, Bundesministerium für Wirtschaft und Klimaschutz (BMWK)</li>
<li>Prof. Dr. Jürgen Weiß, Hochschule Pforzheim</li>
<li>Mag. Birgit Huber, Geschäftsführerin, Kunststoff-Cluster Oberösterreich</li>
<li>Ing. Martin Novák, Projektleiter bei CzechInvest</li>
<li>Weitere Referent:innen folgen.</li>
</ul>
<p>Partner der Veranstaltung:</p>
<ul>
<li>European Cluster Collaboration Platform</li>
<li>Cluster Kreislaufwirtschaft e.V.</li>
</ul>
<p>Die Teilnahme ist kostenlos. <a href="https://clustercollaboration.eu/content/eu-clusters-talks-circular-economy-skills-transition">Zur Anmeldung</a></p>
</div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Beiträge"><div class="nav-links"><div class="nav-previous"><a href="https://www.cluster-kreislaufwirtschaft.de/2023/07/20/sommerfest-2023/" rel="prev"><span class="ast-left-arrow">←</span> Vorheriger Beitrag</a></div><div class="nav-next"><a href="https://www.cluster-kreislaufwirtschaft.de/2023/08/29/netzwerktreffen-september/" rel="next">Nächster Beitrag <span class="ast-right-arrow">→</span></a></div></div></nav>
</main>
</div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="block-7" class="widget widget_block"><h2 class="widget-title">Nächste Termine</h2><ul class="termine"><li><strong>28. September 2023, 14:00 Uhr</strong> – Netzwerktreffen „Rezyklate im Spritzguss“, Stuttgart</li><li><strong>12. Oktober 2023</strong> – Mitgliederversammlung</li></ul></aside>
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://www.cluster-kreislaufwirtschaft.de/"><label><span class="screen-reader-text">Suche nach:</span><input type="search" class="search-field" placeholder="Suchen …" value="" name="s" /></label></form></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-small-footer-section">Copyright © 2023 Cluster Kreislaufwirtschaft e.V. | <a href="https://www.cluster-kreislaufwirtschaft.de/impressum/">Impressum</a> | <a href="https://www.cluster-kreislaufwirtschaft.de/datenschutz/">Datenschutz</a></div></div></div></div></footer>
</div>
</body>
</html>
"""
add(
    "hy-024",
    url,
    html,
    record(
        id="hy-024",
        url=url,
        template="T3",
        lang="de",
        is_event=True,
        title="Circular economy: Skills for the transition",
        page_title="EU Clusters Talk: Fachkräfte für die Kreislaufwirtschaft",
        series="EU Clusters Talks",
        start=bx("2023-09-13", "10:00"),
        end=bx("2023-09-13", "11:30"),
        tz_label=None,
        speakers=[
            sp("Katharina Schäfer", "Referatsleiterin", "Bundesministerium für Wirtschaft und Klimaschutz (BMWK)"),
            sp("Jürgen Weiß", None, "Hochschule Pforzheim"),
            sp("Birgit Huber", "Geschäftsführerin", "Kunststoff-Cluster Oberösterreich"),
            sp("Martin Novák", "Projektleiter", "CzechInvest"),
        ],
        notes="German WordPress (Astra) page whose bytes are UTF-8 but whose <meta http-equiv> says iso-8859-1 (wrong declared charset); "
        "'am 13. September 2023 von 10:00 bis 11:30 Uhr' with no zone label; title in „…“; 'Zielgruppe:' and 'Partner der Veranstaltung:' "
        "lists are not speakers; 'Referent:innen:' list with Dr., Prof. Dr., Mag., Ing.; 'Projektleiter bei X' (role at organisation); "
        "placeholder 'Weitere Referent:innen folgen.'; 'Veröffentlicht am 16. August 2023', '1.204 Aufrufe' and the sidebar's "
        "'28. September 2023, 14:00 Uhr' are not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-035 (Polish, ISO-8859-2, soft hyphen)
url = "https://klaster-cyber.pl/2023/11/15/eu-clusters-talk-kompetencje-w-cyberbezpieczenstwie/"
html = """<!DOCTYPE html>
<html lang="pl-PL">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>EU Clusters Talk: kompetencje w cyberbezpieczeństwie | Śląski Klaster Cyberbezpieczeństwa</title>
<link rel="stylesheet" href="https://klaster-cyber.pl/wp-content/themes/twentyseventeen/style.css?ver=20230328" type="text/css" media="all" />
<meta property="og:locale" content="pl_PL" />
<meta property="og:title" content="EU Clusters Talk: kompetencje w cyberbezpieczeństwie" />
</head>
<body class="post-template-default single single-post postid-1502 has-sidebar colors-light">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Przejdź do treści</a>
<header id="masthead" class="site-header">
<div class="custom-header"><div class="site-branding"><div class="wrap"><div class="site-branding-text"><p class="site-title"><a href="https://klaster-cyber.pl/" rel="home">Śląski Klaster Cyberbezpieczeństwa</a></p><p class="site-description">Bezpieczna cyfrowa gospodarka Śląska</p></div></div></div></div>
<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" aria-label="Menu górne"><div class="menu-glowne-container"><ul id="top-menu" class="menu"><li class="menu-item"><a href="https://klaster-cyber.pl/">Strona główna</a></li><li class="menu-item"><a href="https://klaster-cyber.pl/o-klastrze/">O klastrze</a></li><li class="menu-item"><a href="https://klaster-cyber.pl/czlonkowie/">Członkowie</a></li><li class="menu-item current-menu-item"><a href="https://klaster-cyber.pl/aktualnosci/">Aktualności</a></li><li class="menu-item"><a href="https://klaster-cyber.pl/kontakt/">Kontakt</a></li></ul></div></nav></div></div>
</header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1502" class="post-1502 post type-post status-publish format-standard hentry category-wydarzenia">
<header class="entry-header">
<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Opublikowano </span><a href="https://klaster-cyber.pl/2023/11/15/eu-clusters-talk-kompetencje-w-cyberbezpieczenstwie/" rel="bookmark"><time class="entry-date published" datetime="2023-11-15T09:05:12+01:00">15 listopada 2023</time></a></span><span class="byline"> przez <span class="author vcard"><a class="url fn n" href="https://klaster-cyber.pl/author/redakcja/">Redakcja</a></span></span> <span class="post-views">Wyświetlenia: 87</span></div>
<h1 class="entry-title">EU Clusters Talk: kompetencje w cyberbezpieczeństwie</h1>
</header>
<div class="entry-content">
<p>Europejska Platforma Współpracy Klastrów (ECCP) zaprasza na EU Clusters Talk „Cybersecurity skills: Clusters closing the talent gap”, który odbędzie się 22 listopada 2023 r., godz. 8:30–9:45 CET, online.</p>
<p>Według szacunków w Unii Europejskiej brakuje kilkuset tysięcy specjalistów ds. cyberbezpieczeństwa. Podczas spotkania eksperci omówią Akademię Umiejętności w dziedzinie Cyberbezpieczeństwa oraz przykłady klastrów, które szkolą pracowników swoich członków.</p>
<p>Prelegenci:</p>
<p>Katarzyna Lewan\u00addowska – kierownik projektu – Śląski Klaster Cyberbezpieczeństwa<br />
Rafał Kamiński – ekspert ds. cyberbezpieczeństwa – NASK<br />
Dr. Jan Novotný – Team Leader – ECSO (European Cyber Security Organisation)<br />
Nikos Georgiou – Project Officer – DG CNECT, Komisja Europejska</p>
<p>Udział jest bezpłatny, wymagana jest <a href="https://clustercollaboration.eu/content/eu-clusters-talks-cybersecurity-skills">rejestracja na stronie ECCP</a>.</p>
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">Kategorie: <a href="https://klaster-cyber.pl/category/wydarzenia/" rel="category tag">Wydarzenia</a></span></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Wpisy"><div class="nav-links"><div class="nav-previous"><a href="https://klaster-cyber.pl/2023/10/30/forum-cyber-katowice/" rel="prev"><span class="nav-subtitle">Poprzedni wpis</span> <span class="nav-title">Forum Cyber w Katowicach – 7 grudnia 2023 r.</span></a></div></div></nav>
</main></div>
<aside id="secondary" class="widget-area" aria-label="Panel boczny"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Najnowsze wpisy</h2><ul><li><a href="https://klaster-cyber.pl/2023/10/30/forum-cyber-katowice/">Forum Cyber w Katowicach – 7 grudnia 2023 r.</a></li><li><a href="https://klaster-cyber.pl/2023/10/02/nowi-czlonkowie/">Witamy nowych członków klastra</a></li></ul></section></aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="wrap"><div class="site-info">© 2023 Śląski Klaster Cyberbezpieczeństwa · <a href="https://klaster-cyber.pl/polityka-prywatnosci/">Polityka prywatności</a></div></div></footer>
</div></div>
</body>
</html>
"""
add(
    "hy-035",
    url,
    html,
    record(
        id="hy-035",
        url=url,
        template="T3",
        lang="pl",
        is_event=True,
        title="Cybersecurity skills: Clusters closing the talent gap",
        page_title="EU Clusters Talk: kompetencje w cyberbezpieczeństwie",
        series="EU Clusters Talks",
        start=bx("2023-11-22", "08:30"),
        end=bx("2023-11-22", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Katarzyna Lewandowska", "kierownik projektu", "Śląski Klaster Cyberbezpieczeństwa"),
            sp("Rafał Kamiński", "ekspert ds. cyberbezpieczeństwa", "NASK"),
            sp("Jan Novotný", "Team Leader", "ECSO (European Cyber Security Organisation)"),
            sp("Nikos Georgiou", "Project Officer", "DG CNECT, Komisja Europejska"),
        ],
        notes="Polish WordPress page saved as ISO-8859-2 bytes (declared): „ ” and – are not in that charset and arrive as numeric character "
        "references; '22 listopada 2023 r., godz. 8:30–9:45 CET'; 'Prelegenci:' lines 'Name – Role – Organisation' in one <br> paragraph; a "
        "soft hyphen (byte 0xAD) inside 'Lewandowska'; entry-date 15 listopada 2023, 'Wyświetlenia: 87' and a previous-post title with "
        "'7 grudnia 2023 r.' are not the event.",
    ),
    encoding="iso-8859-2",
)

# ------------------------------------------------------------------------------------------------ hy-037 (German award news, not an event)
url = "https://www.cluster-mechatronik.de/aktuelles/auszeichnung-auf-der-european-cluster-conference-2024/"
html = """<!DOCTYPE html>
<html lang="de-DE" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Auszeichnung für unser Clustermanagement auf der European Cluster Conference 2024 | Cluster Mechatronik &amp; Automation</title>
<link rel='stylesheet' id='divi-style-css' href='https://www.cluster-mechatronik.de/wp-content/themes/Divi/style.min.css?ver=4.25.0' type='text/css' media='all' />
<meta property="article:published_time" content="2024-05-14T08:00:00+00:00" />
</head>
<body class="post-template-default single single-post postid-4410 et_pb_button_helper_class et_fullwidth_nav et_right_sidebar">
<div id="page-container">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container">
<div class="logo_container"><a href="https://www.cluster-mechatronik.de/"><img src="https://www.cluster-mechatronik.de/wp-content/uploads/2020/02/logo-cma.png" alt="Cluster Mechatronik &amp; Automation" id="logo" /></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="https://www.cluster-mechatronik.de/cluster/">Cluster</a></li><li class="menu-item"><a href="https://www.cluster-mechatronik.de/projekte/">Projekte</a></li><li class="menu-item current-menu-item"><a href="https://www.cluster-mechatronik.de/aktuelles/">Aktuelles</a></li><li class="menu-item"><a href="https://www.cluster-mechatronik.de/veranstaltungen/">Veranstaltungen</a></li></ul></nav></div>
</div></header>
<div id="et-main-area"><div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-4410" class="et_pb_post post-4410 post type-post status-publish format-standard has-post-thumbnail hentry category-aktuelles">
<div class="et_post_meta_wrapper"><h1 class="entry-title">Auszeichnung für unser Clustermanagement auf der European Cluster Conference 2024</h1>
<p class="post-meta"> von <span class="author vcard"><a href="https://www.cluster-mechatronik.de/author/presse/" title="Beiträge von Presse" rel="author">Presse</a></span> | <span class="published">14. Mai 2024</span> | <a href="https://www.cluster-mechatronik.de/category/aktuelles/" rel="category tag">Aktuelles</a></p>
<img src="https://www.cluster-mechatronik.de/wp-content/uploads/2024/05/ECC2024-Preisverleihung-1080x675.jpg" alt="Preisverleihung auf der European Cluster Conference 2024 in Brüssel" class="" width="1080" height="675" /></div>
<div class="entry-content">
<p>Große Freude in Augsburg: Auf der European Cluster Conference am 7. und 8. Mai 2024 in Brüssel wurde unser Cluster für sein Programm „Digitalisierung im Mittelstand“ mit einer Anerkennung für Cluster-Exzellenz ausgezeichnet.</p>
<p>Rainer Hoffmann, Geschäftsführer des Clusters, nahm die Urkunde am zweiten Konferenztag entgegen. „Die Auszeichnung gehört unseren Mitgliedern, die sich seit Jahren gemeinsam weiterbilden“, sagte Hoffmann.</p>
<p>Die Jury würdigte insbesondere die Zusammenarbeit mit Clustern aus Tschechien und Österreich im Rahmen des Projekts GEMSTONE sowie das Trainingsangebot für kleine Zulieferer.</p>
<p>Über 500 Teilnehmende aus ganz Europa diskutierten in Brüssel zwei Tage lang über die Zukunft der europäischen Clusterpolitik.</p>
<p>Wir bedanken uns bei allen Partnern – und freuen uns auf das nächste Mitgliedertreffen am 20. Juni 2024 um 16:00 Uhr in Augsburg.</p>
</div>
</article>
</div>
<div id="sidebar"><div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Neueste Beiträge</h4><ul><li><a href="https://www.cluster-mechatronik.de/aktuelles/mitgliedertreffen-juni-2024/">Mitgliedertreffen am 20. Juni 2024</a></li><li><a href="https://www.cluster-mechatronik.de/aktuelles/hannover-messe-2024-rueckblick/">Hannover Messe 2024: Rückblick</a></li></ul></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">© 2024 Cluster Mechatronik &amp; Automation e.V. · <a href="https://www.cluster-mechatronik.de/impressum/">Impressum</a> · <a href="https://www.cluster-mechatronik.de/datenschutz/">Datenschutz</a></div></div></div></footer>
</div></div>
</body>
</html>
"""
add(
    "hy-037",
    url,
    html,
    record(
        id="hy-037",
        url=url,
        template="T3",
        lang="de",
        is_event=False,
        title="Auszeichnung für unser Clustermanagement auf der European Cluster Conference 2024",
        page_title="Auszeichnung für unser Clustermanagement auf der European Cluster Conference 2024",
        euroclusters=["GEMSTONE"],
        notes="NOT an event: news about an award received at the European Cluster Conference ('am 7. und 8. Mai 2024 in Brüssel'); the "
        "heading names the conference; a quoted programme name and a member meeting '20. Juni 2024 um 16:00 Uhr' are also there.",
    ),
)
