"""T5: pages with no article at all: a bot challenge, an empty body behind an event's <title>, a 404 page."""

from common import rec


def hv038():
    url = "https://clustercollaboration.eu/content/eu-clusters-talks-clusters-space-ecosystem"
    html = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}.h2{font-size:1.5rem;font-weight:500;line-height:2.25rem}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">clustercollaboration.eu</h1><h2 id="challenge-running" class="h2">Checking if the site connection is secure</h2><noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript><div id="challenge-body-text" class="core-msg spacer">clustercollaboration.eu needs to review the security of your connection before proceeding.</div><form id="challenge-form" action="/content/eu-clusters-talks-clusters-space-ecosystem?__cf_chl_f_tk=Yq0p3b2Vh8mN1cZx7Lk4sR6tW9uE5aD2fG0jH3" method="POST" enctype="application/x-www-form-urlencoded"><input type="hidden" name="md" value="Xo2f9Kp1Lm7Qa3Zs8Wd4Ce6Rv0Tb5Yn"></form></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "clustercollaboration.eu",cType: 'managed',cNounce: '48213',cRay: '8c9f1e2d3a4b5c6d',cHash: '7e1f0a9b2c3d4e5',cUPMDTk: "\\/content\\/eu-clusters-talks-clusters-space-ecosystem?__cf_chl_tk=Yq0p3b2Vh8mN1cZx7Lk4sR6tW9uE5aD2fG0jH3",cFPWv: 'b',cTTimeMs: '1000',cMTimeMs: '390000',cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/content\\/eu-clusters-talks-clusters-space-ecosystem?__cf_chl_f_tk=Yq0p3b2Vh8mN1cZx7Lk4sR6tW9uE5aD2fG0jH3",md: "Xo2f9Kp1Lm7Qa3Zs8Wd4Ce6Rv0Tb5Yn",cRq: {ru: 'aHR0cHM6Ly9jbHVzdGVyY29sbGFib3JhdGlvbi5ldS9jb250ZW50L2V1LWNsdXN0ZXJzLXRhbGtzLWNsdXN0ZXJzLXNwYWNlLWVjb3N5c3RlbQ==',ra: 'TW96aWxsYS81LjA=',rm: 'R0VU',d: 'bG9uZ2VuY29kZWRzdHJpbmc=',t: 'MTcxNzU3NjAwMC4wMDAwMDA=',cT: Math.floor(Date.now() / 1000),m: 'bm9uY2U='}};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8c9f1e2d3a4b5c6d';window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length).indexOf('?') !== -1 ? '?' : location.search;if (window.history && window.history.replaceState) {var ogU = location.pathname + window._cf_chl_opt.cOgUQuery + window._cf_chl_opt.cOgUHash;history.replaceState(null, null, "\\/content\\/eu-clusters-talks-clusters-space-ecosystem?__cf_chl_rt_tk=Yq0p3b2Vh8mN1cZx7Lk4sR6tW9uE5aD2fG0jH3" + window._cf_chl_opt.cOgUHash);cpo.onload = function() {history.replaceState(null, null, ogU);}}document.getElementsByTagName('head')[0].appendChild(cpo);}());</script><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8c9f1e2d3a4b5c6d</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source=challenge&amp;utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>"""
    r = rec(
        "hv-038",
        url,
        "T5",
        "en",
        False,
        None,
        None,
        notes="NOT an event: Cloudflare managed-challenge page ('Just a moment...') served for an event URL.",
    )
    return r, html


def hv039():
    url = "https://clustercollaboration.eu/content/eu-clusters-talks-ai-industrial-ecosystems"
    title = "EU Clusters Talks: AI in industrial ecosystems"
    html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="description" content="Join the EU Clusters Talk on 16 October 2024, 10:00-11:30 CEST, on artificial intelligence in industrial ecosystems." />
<link rel="canonical" href="{url}" />
<meta property="og:title" content="{title}" />
<meta property="og:type" content="article" />
<title>{title} | European Cluster Collaboration Platform</title>
</head>
<body class="path-node page-node-type-event">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-FO1DPLV" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
</body>
</html>
"""
    r = rec(
        "hv-039",
        url,
        "T5",
        "en",
        False,
        None,
        None,
        notes="NOT an event: empty <body> (only a GTM noscript iframe); the <title>, og:title and meta description "
        "name an EU Clusters Talk with its date and time, but the page shows nothing.",
    )
    return r, html


def hv040():
    url = "https://www.mobility-cluster.eu/event/ev-battery-forum-2023/"
    html = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='noindex, follow' />
<title>Page not found &#8211; Mobility Cluster Europe</title>
<link rel='stylesheet' id='tribe-events-widgets-v2-events-list-skeleton-css' href='https://www.mobility-cluster.eu/wp-content/plugins/the-events-calendar/src/resources/css/widget-events-list-skeleton.min.css?ver=6.2.1' media='all' />
</head>
<body class="error404 wp-embed-responsive hfeed">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://www.mobility-cluster.eu/" class="custom-logo-link" rel="home"><img width="220" height="60" src="https://www.mobility-cluster.eu/wp-content/uploads/2021/03/logo-mce.svg" class="custom-logo" alt="Mobility Cluster Europe" /></a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="https://www.mobility-cluster.eu/about/">About</a></li><li><a href="https://www.mobility-cluster.eu/events/">Events</a></li><li><a href="https://www.mobility-cluster.eu/open-calls/">Open calls</a></li></ul></nav></header>
<main id="primary" class="site-main">
<section class="error-404 not-found">
<header class="page-header"><h1 class="page-title">Oops! That page can&rsquo;t be found.</h1></header>
<div class="page-content">
<p>It looks like nothing was found at this location. Maybe try one of the links below or a search?</p>
<form role="search" method="get" class="search-form" action="https://www.mobility-cluster.eu/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form>
<div class="widget tribe-events-widget tribe-events-widget-events-list"><h2 class="widgettitle">Upcoming Events</h2>
<div class="tribe-events-widget-events-list__events">
<div class="tribe-common-g-row tribe-events-widget-events-list__event-row"><div class="tribe-events-widget-events-list__event-date-tag tribe-common-g-col"><time class="tribe-events-widget-events-list__event-date-tag-datetime" datetime="2023-11-23"><span class="tribe-events-widget-events-list__event-date-tag-month">Nov</span><span class="tribe-events-widget-events-list__event-date-tag-daynum tribe-common-h2 tribe-common-h4--min-medium">23</span></time></div>
<div class="tribe-events-widget-events-list__event-wrapper tribe-common-g-col"><article class="tribe-events-widget-events-list__event post-5188 tribe_events type-tribe_events"><div class="tribe-events-widget-events-list__event-details"><header class="tribe-events-widget-events-list__event-header"><div class="tribe-events-widget-events-list__event-datetime-wrapper tribe-common-b2 tribe-common-b3--min-medium"><time class="tribe-events-widget-events-list__event-datetime" datetime="2023-11-23"><span class="tribe-event-date-start">10:00 am</span> - <span class="tribe-event-time">11:30 am</span> <span class='timezone'> CET </span></time></div><h3 class="tribe-events-widget-events-list__event-title tribe-common-h7"><a href="https://www.mobility-cluster.eu/event/ingenious-open-call-info-day/" title="INGENIOUS Open Call Info Day" rel="bookmark" class="tribe-events-widget-events-list__event-title-link tribe-common-anchor-thin">INGENIOUS Open Call Info Day</a></h3></header></div></article></div></div>
<div class="tribe-common-g-row tribe-events-widget-events-list__event-row"><div class="tribe-events-widget-events-list__event-date-tag tribe-common-g-col"><time class="tribe-events-widget-events-list__event-date-tag-datetime" datetime="2023-12-06"><span class="tribe-events-widget-events-list__event-date-tag-month">Dec</span><span class="tribe-events-widget-events-list__event-date-tag-daynum tribe-common-h2 tribe-common-h4--min-medium">6</span></time></div>
<div class="tribe-events-widget-events-list__event-wrapper tribe-common-g-col"><article class="tribe-events-widget-events-list__event post-5190 tribe_events type-tribe_events"><div class="tribe-events-widget-events-list__event-details"><header class="tribe-events-widget-events-list__event-header"><div class="tribe-events-widget-events-list__event-datetime-wrapper tribe-common-b2 tribe-common-b3--min-medium"><time class="tribe-events-widget-events-list__event-datetime" datetime="2023-12-06"><span class="tribe-event-date-start">8:30 am</span> - <span class="tribe-event-time">9:45 am</span> <span class='timezone'> CET </span></time></div><h3 class="tribe-events-widget-events-list__event-title tribe-common-h7"><a href="https://www.mobility-cluster.eu/event/eu-clusters-talk-hydrogen-mobility/" title="EU Clusters Talk: Hydrogen mobility" rel="bookmark" class="tribe-events-widget-events-list__event-title-link tribe-common-anchor-thin">EU Clusters Talk: Hydrogen mobility</a></h3></header></div></article></div></div>
</div>
<div class="tribe-events-widget-events-list__view-more tribe-common-b1 tribe-common-b2--min-medium"><a href="https://www.mobility-cluster.eu/events/list/" title="View more events." class="tribe-events-widget-events-list__view-more-link tribe-common-anchor-thin">View Calendar</a></div>
</div>
</div>
</section>
</main>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2023 Mobility Cluster Europe &middot; <a href="https://www.mobility-cluster.eu/privacy/">Privacy</a> &middot; <a href="https://www.mobility-cluster.eu/imprint/">Imprint</a></div></footer>
</div>
</body>
</html>
"""
    r = rec(
        "hv-040",
        url,
        "T5",
        "en",
        False,
        "Oops! That page can’t be found.",
        "Oops! That page can’t be found.",
        notes="NOT an event: WordPress 404 page at an event URL; the body's only dated content is The Events "
        "Calendar 'Upcoming Events' widget (two events with times and 'CET').",
    )
    return r, html


PAGES = [hv038, hv039, hv040]
