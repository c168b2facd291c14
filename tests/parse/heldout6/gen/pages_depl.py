"""hw-030 … hw-038 (German and Polish pages) and hw-040 (bot challenge)."""

from __future__ import annotations

import json

from common import asset, bx, rec, sp, utc_z


def hw030():
    """German WordPress republication: 'am 11. Oktober 2023 von 10:00 bis 11:30 Uhr', 'Referent:innen:'."""
    base = "https://www.clusterverband.de"
    url = base + "/2023/09/eu-clusters-talk-clusters-for-the-digital-decade/"
    h1 = "EU Clusters Talk: Cluster für die Digitale Dekade"
    pdf = base + "/wp-content/uploads/2023/09/Agenda_EU_Clusters_Talk_Digitale_Dekade.pdf"
    html = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EU Clusters Talk: Cluster für die Digitale Dekade &#8211; Clusterverband Deutschland</title>
<link rel='stylesheet' id='generatepress-style-css' href='{base}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.3.0' media='all' />
<meta property="article:published_time" content="2023-09-12T08:04:19+00:00" />
</head>
<body class="post-template-default single single-post postid-8812 single-format-standard right-sidebar nav-float-right">
<a class="screen-reader-text skip-link" href="#content" title="Zum Inhalt springen">Zum Inhalt springen</a>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung auf unserer Website zu bieten.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Akzeptieren</a><a href="#" id="cn-refuse-cookie" class="cn-set-cookie cn-button">Ablehnen</a></span></div></div>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="{base}/" rel="home">Clusterverband Deutschland</a></p></div>
<nav class="main-navigation" id="site-navigation"><div class="inside-navigation grid-container"><ul id="menu-hauptmenue" class="menu sf-menu"><li class="menu-item"><a href="{base}/ueber-uns/">Über uns</a></li><li class="menu-item current-post-ancestor"><a href="{base}/category/veranstaltungen/">Veranstaltungen</a></li><li class="menu-item"><a href="{base}/mitglieder/">Mitglieder</a></li><li class="menu-item"><a href="{base}/kontakt/">Kontakt</a></li></ul></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-8812" class="post-8812 post type-post status-publish format-standard hentry category-veranstaltungen" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{h1}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2023-09-12T10:04:19+02:00" itemprop="datePublished">Veröffentlicht am 12. September 2023</time></span> <span class="byline">von <span class="author vcard" itemprop="author"><a class="url fn n" href="{base}/author/redaktion/">Redaktion</a></span></span> <span class="post-views">1.024 Aufrufe</span></div></header>
<div class="entry-content" itemprop="text">
<p>Die Europäische Cluster-Kollaborationsplattform (ECCP) lädt im Auftrag der Europäischen Kommission zum EU Clusters Talk „Clusters for the Digital Decade“ am 11. Oktober 2023 von 10:00 bis 11:30 Uhr ein.</p>
<p>Bis 2030 sollen drei Viertel der europäischen Unternehmen Cloud, Big Data oder künstliche Intelligenz nutzen. Wie können Cluster kleine und mittlere Unternehmen auf diesem Weg begleiten? Der Talk stellt Programme der EU, des Bundes und der Cluster selbst vor.</p>
<p><strong>Referent:innen:</strong></p>
<ul>
<li>Dr. Katrin Vogel, Referatsleiterin, Bundesministerium für Wirtschaft und Klimaschutz</li>
<li>Prof. Dr. Stefan Hartmann, Institutsleiter, Fraunhofer-Institut für Offene Kommunikationssysteme FOKUS</li>
<li>Lea Schmid, Projektmanagerin, Silicon Saxony, Silicon Europe Eurocluster</li>
<li>weitere Referent:innen folgen</li>
</ul>
<p>Die Veranstaltung findet auf Englisch statt. Die <a href="{pdf}">Agenda (PDF)</a> steht zum Download bereit; die Anmeldung läuft über <a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk_DigitalDecade">EUSurvey</a>.</p>
</div>
<footer class="entry-meta"><span class="cat-links"><a href="{base}/category/veranstaltungen/" rel="category tag">Veranstaltungen</a></span>
<nav id="nav-below" class="post-navigation"><div class="nav-previous"><a href="{base}/2023/08/clusters-meet-regions-lyon/" rel="prev">Clusters meet Regions in Lyon am 12. und 13. Oktober 2023</a></div><div class="nav-next"><a href="{base}/2023/10/rueckblick-digitale-dekade/" rel="next">Rückblick: Cluster und die Digitale Dekade</a></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">Ein Kommentar zu „EU Clusters Talk: Cluster für die Digitale Dekade“</h3>
<ol class="comment-list"><li id="comment-95" class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author-info"><cite itemprop="name" class="fn">Jens Müller</cite> <span class="says">sagt:</span><div class="entry-meta comment-metadata"><a href="{url}#comment-95"><time datetime="2023-09-14T09:15:33+02:00">14. September 2023 um 09:15 Uhr</time></a></div></div></footer>
<div class="comment-content"><p>Wird es eine Aufzeichnung geben?</p></div></article></li></ol></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="recent-posts-3" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="{base}/2023/10/rueckblick-digitale-dekade/">Rückblick: Cluster und die Digitale Dekade</a> <span class="post-date">16. Oktober 2023</span></li><li><a href="{base}/2023/09/clusterkonferenz-2023/">Clusterkonferenz 2023 am 23. November in Berlin</a> <span class="post-date">5. September 2023</span></li></ul></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2023 Clusterverband Deutschland · <a href="{base}/impressum/">Impressum</a> · <a href="{base}/datenschutz/">Datenschutz</a></div></div></footer></div>
</body>
</html>
"""
    r = rec(
        "hw-030",
        url,
        "T3",
        "de",
        True,
        "Clusters for the Digital Decade",
        h1,
        "EU Clusters Talks",
        bx("2023-10-11", "10:00"),
        bx("2023-10-11", "11:30"),
        None,
        [
            sp("Katrin Vogel", "Referatsleiterin", "Bundesministerium für Wirtschaft und Klimaschutz"),
            sp("Stefan Hartmann", "Institutsleiter", "Fraunhofer-Institut für Offene Kommunikationssysteme FOKUS"),
            sp("Lea Schmid", "Projektmanagerin", "Silicon Saxony", "Silicon Eurocluster"),
        ],
        ["Silicon Eurocluster"],
        [asset("Agenda (PDF)", pdf)],
        "German WordPress (GeneratePress): 'am 11. Oktober 2023 von 10:00 bis 11:30 Uhr' with no zone label (tz_label null, "
        "+02:00); title in „…“; 'Referent:innen:' list with 'Dr.' and 'Prof. Dr.'; 'weitere Referent:innen folgen' "
        "placeholder; 'Veröffentlicht am 12. September 2023', '1.024 Aufrufe', a comment with date and time, and previous/"
        "next post links with other event dates are not the event.",
    )
    return "hw-030", html, r


def hw031():
    """German TYPO3 news page about Clusters meet Regions in Graz: date-only JSON-LD, 'Begrüßung:', 'Mag.'."""
    base = "https://www.sfg.at"
    url = base + "/news/clusters-meet-regions-in-graz/"
    h1 = "Clusters meet Regions in Graz: Europas Clusterszene zu Gast in der Steiermark"
    pdf = base + "/fileadmin/user_upload/Veranstaltungen/2024/CmR_Graz_Programm.pdf"
    ld = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Clusters meet Regions – Graz, Austria",
        "startDate": "2024-06-18",
        "endDate": "2024-06-19",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": "Messe Congress Graz", "address": "Messeplatz 1, 8010 Graz"},
        "organizer": {"@type": "Organization", "name": "European Cluster Collaboration Platform"},
    }
    html = f"""<!DOCTYPE html>
<html lang="de-AT">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->
<title>Clusters meet Regions in Graz: Europas Clusterszene zu Gast in der Steiermark - SFG</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3b5a0d1c7e8f-min.css?1716800000" media="all">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body id="p412" class="page-412 pagelevel-3 language-0 backendlayout-subpage layout-default">
<div class="cc-window cc-banner" role="dialog" aria-label="cookieconsent"><span class="cc-message">Diese Website verwendet Cookies. <a class="cc-link" href="/datenschutz/">Mehr erfahren</a></span><a class="cc-btn cc-allow">Alle akzeptieren</a></div>
<header class="page-header"><div class="container"><a class="page-header__logo" href="/"><img src="/typo3conf/ext/sfg_sitepackage/Resources/Public/Images/logo-sfg.svg" alt="SFG – Steirische Wirtschaftsförderung" width="180" height="60"></a>
<nav class="page-header__nav"><ul class="nav-main"><li><a href="/foerderungen/">Förderungen</a></li><li><a href="/standort/">Standort</a></li><li class="active"><a href="/news/">News</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></div></header>
<main class="page-main" id="main">
<div class="container">
<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/news/">News</a></li><li class="active">Clusters meet Regions in Graz</li></ol>
<!--TYPO3SEARCH_begin-->
<div id="c1873" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{h1}</h1></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-05-28">28.05.2024</time></span> <span class="news-list-category">Kategorie: Internationalisierung</span></p></div>
<div class="teaser-text" itemprop="description"><p>Die Europäische Cluster-Kollaborationsplattform bringt Clustermanagerinnen und Clustermanager aus ganz Europa nach Graz.</p></div>
<div class="news-text-wrap" itemprop="articleBody">
<p>Am 18. und 19. Juni 2024 findet im Messe Congress Graz der Workshop „Clusters meet Regions“ statt. Die Europäische Cluster-Kollaborationsplattform (ECCP) organisiert ihn im Auftrag der Europäischen Kommission gemeinsam mit der SFG und dem Land Steiermark.</p>
<p>Im Mittelpunkt stehen die Stärkefelder der Steiermark: Mobilität, Green Tech und Mikroelektronik. Der steirische Autocluster ACstyria ist Partner im Eurocluster E-BOOST und stellt dessen Open Calls vor.</p>
<p><strong>Programm</strong></p>
<ul>
<li>Dienstag: Policy-Workshop, Präsentation der steirischen Cluster, Networking-Abend</li>
<li>Mittwoch: Betriebsbesuche und B2B-Matchmaking</li>
</ul>
<p><strong>Begrüßung:</strong> Mag. Barbara Eibinger-Miedl, Landesrätin für Wirtschaft, Land Steiermark</p>
<p><strong>Keynote:</strong> Dr. Christoph Ludwig, Geschäftsführer, Steirische Wirtschaftsförderung SFG</p>
<p><strong>Moderation:</strong> Julia Berger, ECCP</p>
<p>Anmeldung bis 7. Juni 2024. Das <a href="{pdf}" target="_blank" class="download">Programm (PDF, 420 KB)</a> steht zum Download bereit.</p>
</div>
<div class="news-related news-related-links"><h4>Links</h4><ul><li><a href="https://clustercollaboration.eu/content/clusters-meet-regions-graz-austria" target="_blank">Veranstaltung auf der ECCP-Website</a></li></ul></div>
<div class="news-backlink-wrap"><a href="/news/">Zurück</a></div>
</div></div></div>
<!--TYPO3SEARCH_end-->
</div>
<aside class="page-aside"><div class="container"><h3>Weitere News</h3><ul class="news-latest"><li><time datetime="2024-05-07">07.05.2024</time> <a href="/news/european-cluster-conference-2024/">European Cluster Conference 2024 in Brüssel</a></li><li><time datetime="2024-04-17">17.04.2024</time> <a href="/news/foerdercall-green-tech/">Fördercall Green Tech bis 30. Juni 2024</a></li></ul></div></aside>
</main>
<footer class="page-footer"><div class="container"><p>SFG – Steirische Wirtschaftsförderungsgesellschaft mbH · Nikolaiplatz 2 · 8020 Graz</p><p>&copy; 2024 SFG · <a href="/impressum/">Impressum</a></p></div></footer>
</body>
</html>
"""
    r = rec(
        "hw-031",
        url,
        "T4",
        "de",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2024-06-18",
        "2024-06-19",
        None,
        [
            sp("Barbara Eibinger-Miedl", "Landesrätin für Wirtschaft", "Land Steiermark"),
            sp("Christoph Ludwig", "Geschäftsführer", "Steirische Wirtschaftsförderung SFG"),
            sp("Julia Berger", None, "ECCP"),
        ],
        ["E-BOOST"],
        [asset("Programm (PDF, 420 KB)", pdf)],
        "German TYPO3 news detail: 'Am 18. und 19. Juni 2024' (dates only), date-only JSON-LD Event (agrees); the quoted series "
        "name „Clusters meet Regions“ is not a talk title, so title = heading; 'Begrüßung:', 'Keynote:' and 'Moderation:' "
        "lines (German labels; 'Mag.' and 'Dr.' to strip); the publication <time> 28.05.2024, registration deadline 7. Juni "
        "and sidebar dates are not the event.",
    )
    return "hw-031", html, r


def hw032():
    """German page with a UTF-8 BOM, JSON-LD with UTC 'Z' times, 'Keynote:' and '– ' panel lines, award suffix."""
    base = "https://www.clusterportal-bw.de"
    url = base + "/veranstaltungen/eu-clusters-talk-kreislaufwirtschaft/"
    h1 = "EU Clusters Talk: Kreislaufwirtschaft – Cluster als Wegbereiter"
    zipf = base + "/fileadmin/media/veranstaltungen/2023/EU-Clusters-Talk-Kreislaufwirtschaft-Praesentationen.zip"
    ld = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "EU Clusters Talk: Circular economy: Clusters paving the way",
        "startDate": utc_z("2023-12-06", "8:30"),
        "endDate": utc_z("2023-12-06", "9:45"),
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
        "location": {"@type": "VirtualLocation", "url": "https://clustercollaboration.eu/event-calendar"},
        "inLanguage": "en",
    }
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>EU Clusters Talk: Kreislaufwirtschaft – Cluster als Wegbereiter | Clusterportal Baden-Württemberg</title>
<base href="{base}/">
<link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,icons.min.css-7c1d2e3f.css">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head>
<body id="top" class="mac chrome blink ch119">
<div id="wrapper">
<header id="header"><div class="inside">
<div class="logo"><a href="./"><img src="files/layout/logo-clusterportal.svg" alt="Clusterportal Baden-Württemberg" width="220" height="64"></a></div>
<nav class="mod_navigation block" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="level_1"><li class="first"><a href="cluster/" title="Cluster">Cluster</a></li><li class="trail"><a href="veranstaltungen/" title="Veranstaltungen">Veranstaltungen</a></li><li><a href="foerderung/" title="Förderung">Förderung</a></li><li class="last"><a href="service/" title="Service">Service</a></li></ul></nav>
</div></header>
<div id="container"><main id="main"><div class="inside">
<div class="mod_article first last block" id="article-1204">
<div class="mod_eventreader block">
<div class="event layout_full block bygone">
<h1>{h1}</h1>
<p class="info"><time datetime="2023-12-06T08:30:00+01:00">Mittwoch, 06.12.2023, 08:30 - 09:45 Uhr</time></p>
<div class="ce_text block">
<p>Die Europäische Cluster-Kollaborationsplattform lädt zum EU Clusters Talk „Circular economy: Clusters paving the way“ ein: am Mittwoch, 6. Dezember 2023, 8:30 – 9:45 Uhr (CET).</p>
<p>Kreislaufwirtschaft beginnt beim Produktdesign und endet nicht beim Recycling. Im Talk zeigen Cluster aus Baden-Württemberg und Europa, wie sie Unternehmen beim Umstieg unterstützen. Das Eurocluster POLREC stellt zudem seine Förderangebote für das Kunststoffrecycling vor.</p>
<p><strong>Keynote:</strong> Prof. Dr. Ulrike Brandt, Universität Stuttgart</p>
<p><strong>Im Panel:</strong><br>
– Tobias Keller, Geschäftsführer, Umwelttechnik BW<br>
– Nadja Roth, Clustermanagerin, Kunststoff-Cluster Baden-Württemberg, Europäische Clustermanagerin des Jahres 2023<br>
– Jonas Weber, Policy Officer, GD ENV, Europäische Kommission</p>
<p>Anmeldeschluss: 4. Dezember 2023, 12:00 Uhr.</p>
<p>Nachtrag: Die <a href="{zipf}">Präsentationen (ZIP)</a> stehen jetzt zum Download bereit.</p>
</div>
<div class="ical"><a href="veranstaltungen/eu-clusters-talk-kreislaufwirtschaft.ics" title="Termin exportieren">Termin in Kalender exportieren</a></div>
</div></div>
<p class="back"><a href="javascript:history.go(-1)" title="Zurück">Zurück</a></p>
</div></div></main>
<aside id="right"><div class="inside"><div class="mod_eventlist block"><h2>Nächste Termine</h2>
<div class="event layout_teaser upcoming"><time datetime="2024-01-24">24.01.2024</time> <a href="veranstaltungen/eu-clusters-talk-digital-product-passport/">EU Clusters Talk: Digital Product Passport</a></div>
<div class="event layout_teaser upcoming"><time datetime="2024-02-06">06.02.2024, 14:00 Uhr</time> <a href="veranstaltungen/clustertreffen-bw/">Clustertreffen Baden-Württemberg</a></div>
</div></div></aside>
</div>
<footer id="footer"><div class="inside"><p>© 2023 Clusterportal Baden-Württemberg · <a href="impressum/">Impressum</a></p></div></footer>
</div>
</body>
</html>
"""
    r = rec(
        "hw-032",
        url,
        "T4",
        "de",
        True,
        "Circular economy: Clusters paving the way",
        h1,
        "EU Clusters Talks",
        bx("2023-12-06", "8:30"),
        bx("2023-12-06", "9:45"),
        "CET",
        [
            sp("Ulrike Brandt", None, "Universität Stuttgart"),
            sp("Tobias Keller", "Geschäftsführer", "Umwelttechnik BW"),
            sp("Nadja Roth", "Clustermanagerin", "Kunststoff-Cluster Baden-Württemberg"),
            sp("Jonas Weber", "Policy Officer", "GD ENV, Europäische Kommission"),
        ],
        ["POLREC"],
        [asset("Präsentationen (ZIP)", zipf)],
        "Contao-like event reader, file saved with a UTF-8 BOM; JSON-LD Event in UTC ('2023-12-06T07:30:00Z' = 8:30 Brussels, "
        "agrees); header '<time>' 'Mittwoch, 06.12.2023, 08:30 - 09:45 Uhr' and body '6. Dezember 2023, 8:30 – 9:45 Uhr (CET)'; "
        "'Keynote: Prof. Dr. Name, Org' (no role) and an 'Im Panel:' block of '– ' lines; German award suffix ('Europäische "
        "Clustermanagerin des Jahres 2023') is not part of the organisation; registration deadline with a time; <base href> "
        "makes the relative .ics link absolute (not an asset); sidebar dates.",
    )
    return "hw-032", html, r


def hw033():
    """German newsletter (mail archive, table layout) listing several events with dates and times."""
    url = "https://us21.campaign-archive.com/?u=6f2a8b1c3d4e5f60718293a4b&id=5d1e9f2a7c"
    html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cluster-Newsletter März 2024</title>
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3{display:block;margin:0;padding:0;}img,a img{border:0;height:auto;outline:none;text-decoration:none;}body,#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}.mcnPreviewText{display:none !important;}</style>
</head>
<body>
<span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">EU Clusters Talk am 20. März, European Cluster Conference im Mai und mehr</span>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px !important;">
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tr><td class="mcnImageContent" valign="top" style="padding:9px;"><img align="center" alt="Clusterverband Deutschland" src="https://mcusercontent.com/6f2a8b1c3d4e5f60718293a4b/images/header-newsletter.png" width="564" style="max-width:1200px;" class="mcnImage"></td></tr></table></td></tr>
<tr><td valign="top" id="templateBody">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;">
<h1>Cluster-Newsletter März 2024</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>der Frühling bringt viele Termine für die Clusterszene. Hier ist unsere Auswahl:</p>
<h3>EU Clusters Talk: Social economy clusters</h3>
<p>Am 20. März 2024 von 8:30 bis 9:45 Uhr (CET) diskutiert die ECCP online, wie Cluster der Sozialwirtschaft lokale Partnerschaften aufbauen. Mit dabei: das Eurocluster SocialTech4EU. <a href="https://clustercollaboration.eu/event-calendar">Zur Anmeldung</a></p>
<h3>European Cluster Conference 2024</h3>
<p>Am 7. und 8. Mai 2024 trifft sich die europäische Clusterszene in Brüssel. Die Anmeldung ist bis 19. April möglich.</p>
<h3>Clusters meet Regions in Graz</h3>
<p>Vom 18. bis 19. Juni 2024 ist die Steiermark Gastgeberin des nächsten Clusters meet Regions.</p>
<h3>Förderaufruf</h3>
<p>Der Förderaufruf „Innovationsgutscheine für Cluster“ endet am 15. April 2024 um 12:00 Uhr.</p>
<p>Herzliche Grüße<br>Ihr Team vom Clusterverband Deutschland</p>
</td></tr></table>
</td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;font-size:12px;">
<em>Copyright © 2024 Clusterverband Deutschland e.V., Alle Rechte vorbehalten.</em><br>Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben.<br><a href="https://clusterverband.us21.list-manage.com/profile?u=6f2a8b1c3d4e5f60718293a4b&amp;id=5d1e9f2a7c">Einstellungen ändern</a> oder <a href="https://clusterverband.us21.list-manage.com/unsubscribe?u=6f2a8b1c3d4e5f60718293a4b&amp;id=5d1e9f2a7c">vom Newsletter abmelden</a>.
</td></tr></table></td></tr>
</table>
</td></tr></table>
</center>
</body>
</html>
"""
    r = rec(
        "hw-033",
        url,
        "T4",
        "de",
        False,
        "Cluster-Newsletter März 2024",
        "Cluster-Newsletter März 2024",
        None,
        None,
        None,
        None,
        [],
        ["SocialTech4EU"],
        [],
        "NOT an event: an archived German e-mail newsletter (Mailchimp table layout) listing four items, an EU Clusters Talk "
        "with date, time and zone first; the European Cluster Conference, Clusters meet Regions Graz and a funding deadline "
        "with a time.",
    )
    return "hw-033", html, r


def hw034():
    """German TYPO3 tag/archive listing."""
    base = "https://www.sfg.at"
    url = base + "/news/tag/eccp/"
    h1 = "Beiträge mit dem Schlagwort „ECCP“"
    items = [
        (
            "2024-05-28",
            "28.05.2024",
            "/news/clusters-meet-regions-in-graz/",
            "Clusters meet Regions in Graz: Europas Clusterszene zu Gast in der Steiermark",
            "Am 18. und 19. Juni 2024 findet im Messe Congress Graz der Workshop „Clusters meet Regions“ statt.",
        ),
        (
            "2024-05-07",
            "07.05.2024",
            "/news/european-cluster-conference-2024/",
            "European Cluster Conference 2024 in Brüssel",
            "Am 7. und 8. Mai 2024 diskutierten 500 Teilnehmende die Zukunft der Clusterpolitik.",
        ),
        (
            "2023-03-14",
            "14.03.2023",
            "/news/eu-clusters-talk-grenzueberschreitend/",
            "EU Clusters Talk: Grenzüberschreitende Zusammenarbeit",
            "Am 22. März 2023 von 8:30 bis 9:45 Uhr stellt die ECCP Instrumente der interregionalen Zusammenarbeit vor.",
        ),
    ]
    lis = "\n".join(
        f'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3><a href="{h}" itemprop="url"><span itemprop="headline">{t}</span></a></h3></div>'
        f'<div class="teaser-text"><div itemprop="description"><p>{tx}</p></div><a class="more" href="{h}">Weiterlesen</a></div>'
        f'<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="{iso}">{d}</time></span></p></div></div>'
        for iso, d, h, t, tx in items
    )
    html = f"""<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
-->
<title>Schlagwort: ECCP - SFG</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="robots" content="noindex,follow" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3b5a0d1c7e8f-min.css?1716800000" media="all">
</head>
<body id="p98" class="page-98 pagelevel-2 language-0 backendlayout-subpage layout-default">
<header class="page-header"><div class="container"><a class="page-header__logo" href="/"><img src="/typo3conf/ext/sfg_sitepackage/Resources/Public/Images/logo-sfg.svg" alt="SFG – Steirische Wirtschaftsförderung" width="180" height="60"></a>
<nav class="page-header__nav"><ul class="nav-main"><li><a href="/foerderungen/">Förderungen</a></li><li><a href="/standort/">Standort</a></li><li class="active"><a href="/news/">News</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li></ul></nav></div></header>
<main class="page-main" id="main"><div class="container">
<div id="c1874" class="frame frame-default frame-type-news_newsliststicky frame-layout-0">
<header><h1>{h1}</h1></header>
<div class="news"><div class="news-list-view" id="news-container-1874">
{lis}
<div class="page-navigation"><p>Seite 1 von 2.</p><ul class="f3-widget-paginator"><li class="current">1</li><li><a href="/news/tag/eccp/page-2/">2</a></li><li class="next"><a href="/news/tag/eccp/page-2/">Nächste</a></li></ul></div>
</div></div></div>
</div></main>
<footer class="page-footer"><div class="container"><p>&copy; 2024 SFG · <a href="/impressum/">Impressum</a></p></div></footer>
</body>
</html>
"""
    r = rec(
        "hw-034",
        url,
        "T4",
        "de",
        False,
        h1,
        h1,
        None,
        None,
        None,
        None,
        [],
        [],
        [],
        "NOT an event: German TYPO3 tag listing with three news teasers, each with a publication <time> and event dates (one "
        "with a time range) in its teaser text.",
    )
    return "hw-034", html, r


def hw035():
    """Polish WordPress page saved as ISO-8859-2 (declared); characters outside the charset as numeric references."""
    base = "https://klasterict.pl"
    url = base + "/2023/12/eu-clusters-talks-cyfrowy-paszport-produktu/"
    h1 = "EU Clusters Talks: cyfrowy paszport produktu – co muszą wiedzieć klastry"
    pdf = base + "/wp-content/uploads/2023/12/Agenda-EU-Clusters-Talk-DPP.pdf"
    html = f"""<!DOCTYPE html>
<html lang="pl-PL">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>EU Clusters Talks: cyfrowy paszport produktu – co muszą wiedzieć klastry | Klaster ICT</title>
<link rel='stylesheet' id='oceanwp-style-css' href='{base}/wp-content/themes/oceanwp/assets/css/style.min.css?ver=3.5.0' media='all' />
</head>
<body class="post-template-default single single-post postid-3391 oceanwp-theme dropdown-mobile default-breakpoint has-sidebar content-right-sidebar">
<div id="outer-wrap" class="site clr"><div id="wrap" class="clr">
<header id="site-header" class="minimal-header clr" role="banner"><div id="site-header-inner" class="clr container"><div id="site-logo" class="clr"><div id="site-logo-inner" class="clr"><a href="{base}/" class="custom-logo-link" rel="home"><img width="200" height="60" src="{base}/wp-content/uploads/2021/02/logo-klaster-ict.png" class="custom-logo" alt="Klaster ICT" /></a></div></div>
<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr" role="navigation"><ul id="menu-menu-glowne" class="main-menu dropdown-menu sf-menu"><li class="menu-item"><a href="{base}/o-klastrze/" class="menu-link"><span class="text-wrap">O klastrze</span></a></li><li class="menu-item current-menu-parent"><a href="{base}/aktualnosci/" class="menu-link"><span class="text-wrap">Aktualności</span></a></li><li class="menu-item"><a href="{base}/wydarzenia/" class="menu-link"><span class="text-wrap">Wydarzenia</span></a></li><li class="menu-item"><a href="{base}/kontakt/" class="menu-link"><span class="text-wrap">Kontakt</span></a></li></ul></nav></div></div></header>
<main id="main" class="site-main clr" role="main"><div id="content-wrap" class="container clr"><div id="primary" class="content-area clr"><div id="content" class="site-content clr">
<article class="single-post-article clr">
<header class="entry-header clr"><h1 class="single-post-title entry-title">{h1}</h1></header>
<ul class="meta ospm-default clr"><li class="meta-author"><span class="screen-reader-text">Autor wpisu:</span><i class="icon-user"></i><a href="{base}/author/redakcja/" rel="author">Redakcja</a></li><li class="meta-date"><span class="screen-reader-text">Opublikowano:</span><i class="icon-clock"></i><time class="entry-date published" datetime="2023-12-22T11:40:05+01:00">22 grudnia 2023</time></li><li class="meta-views"><i class="icon-eye"></i>356 wyświetleń</li></ul>
<div class="entry-content clr">
<p>Europejska Platforma Współpracy Klastrów (ECCP) w imieniu Komisji Europejskiej zaprasza na spotkanie z cyklu EU Clusters Talks „Digital Product Passport: what clusters need to know”, które odbędzie się 24 stycznia 2024 r., godz. 8:30–9:45 CET.</p>
<p>Cyfrowy paszport produktu obejmie wkrótce baterie, tekstylia i elektronikę. Podczas spotkania eksperci wyjaśnią, jakie dane będą musiały udostępniać firmy i jak klastry mogą pomóc swoim członkom przygotować się do nowych obowiązków.</p>
<p><strong>Prelegenci:</strong></p>
<ul>
<li>dr Agnieszka Lis, ekspertka ds. gospodarki o obiegu zamkniętym, DG GROW, Komisja Europejska</li>
<li>Piotr Wiśniewski, prezes zarządu, Mazowiecki Klaster ICT, INGENIOUS Eurocluster</li>
<li>Katarzyna Zielińska, kierowniczka projektów, Klaster Obróbki Metali</li>
<li>Moderator: Tomasz Nowak, PARP</li>
</ul>
<p>Spotkanie odbędzie się w języku angielskim. <a href="{pdf}">Agenda spotkania (PDF)</a> · <a href="https://ec.europa.eu/eusurvey/runner/EUClustersTalk_DPP">Rejestracja</a></p>
</div>
</article>
<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">Podobne wpisy</span></h3><div class="oceanwp-row clr"><article class="related-post clr col span_1_of_3 col-1"><h3 class="related-post-title"><a href="{base}/2023/11/klastry-na-european-cluster-conference/">Klastry na European Cluster Conference 7–8 maja 2024 r.</a></h3><time class="published" datetime="2023-11-20T09:00:00+01:00"><i class="icon-clock"></i>20 listopada 2023</time></article></div></section>
</div></div>
<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" role="complementary"><div id="right-sidebar-inner" class="clr"><div class="sidebar-box widget_recent_entries clr"><h4 class="widget-title">Najnowsze wpisy</h4><ul><li><a href="{base}/2024/01/nabor-do-klastra-2024/">Nabór nowych członków do 31 stycznia 2024 r.</a></li></ul></div></div></aside>
</div></main>
<footer id="footer" class="site-footer"><div id="footer-bottom" class="clr"><div id="copyright" class="clr" role="contentinfo">Copyright 2023 – Klaster ICT. Wszelkie prawa zastrzeżone.</div></div></footer>
</div></div>
</body>
</html>
"""
    r = rec(
        "hw-035",
        url,
        "T3",
        "pl",
        True,
        "Digital Product Passport: what clusters need to know",
        h1,
        "EU Clusters Talks",
        bx("2024-01-24", "8:30"),
        bx("2024-01-24", "9:45"),
        "CET",
        [
            sp("Agnieszka Lis", "ekspertka ds. gospodarki o obiegu zamkniętym", "DG GROW, Komisja Europejska"),
            sp("Piotr Wiśniewski", "prezes zarządu", "Mazowiecki Klaster ICT", "INGENIOUS"),
            sp("Katarzyna Zielińska", "kierowniczka projektów", "Klaster Obróbki Metali"),
            sp("Tomasz Nowak", None, "PARP"),
        ],
        ["INGENIOUS"],
        [asset("Agenda spotkania (PDF)", pdf)],
        "Polish WordPress (OceanWP) saved as ISO-8859-2 (declared); „…” and en dashes, absent from ISO-8859-2, are numeric "
        "character references; '24 stycznia 2024 r., godz. 8:30–9:45 CET'; 'Prelegenci:' with a lower-case 'dr' honorific "
        "and 'Moderator: Name, Org'; 'Opublikowano' 22 grudnia 2023 (a month before), '356 wyświetleń' and related-post dates "
        "are not the event.",
    )
    return "hw-035", html, r


def hw036():
    """Polish regional portal: windows-1250 bytes under a wrong <meta> (utf-8); missing </body></html>."""
    base = "https://www.slaskie.pl"
    url = base + "/content/clusters-meet-regions-w-katowicach"
    h1 = "Clusters meet Regions – Katowice, 26–27 października 2022 r."
    html = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Clusters meet Regions w Katowicach - Województwo Śląskie</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/o/slaskie-theme/css/main.css?browserId=chrome&amp;themeId=slaskie_WAR_slaskietheme&amp;languageId=pl_PL&amp;b=7413&amp;t=1666000000000">
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<header id="banner" role="banner"><div class="container"><a class="logo custom-logo" href="/" title="Przejdź do Województwo Śląskie"><img alt="Województwo Śląskie" height="56" src="/image/layout_set_logo?img_id=39612" width="180" /></a>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Strony witryny" role="menubar"><li role="presentation"><a href="/urzad" role="menuitem"><span>Urząd</span></a></li><li class="selected" role="presentation"><a href="/gospodarka" role="menuitem"><span>Gospodarka</span></a></li><li role="presentation"><a href="/aktualnosci" role="menuitem"><span>Aktualności</span></a></li></ul></nav></div></header>
<section id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-journal-content" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_x7Kq_">
<div class="portlet-content"><div class="journal-content-article" data-analytics-asset-id="412558" data-analytics-asset-title="Clusters meet Regions">
<div class="news-detail"><span class="news-detail__date">Data publikacji: 05.10.2022</span>
<h1 class="news-detail__title">{h1}</h1>
<div class="news-detail__lead"><p>Województwo Śląskie wspólnie z Europejską Platformą Współpracy Klastrów organizuje warsztaty Clusters meet Regions.</p></div>
<div class="news-detail__body">
<p>W dniach 26–27 października 2022 r. w Międzynarodowym Centrum Kongresowym w Katowicach odbędą się warsztaty „Clusters meet Regions”, organizowane przez Europejską Platformę Współpracy Klastrów (ECCP) na zlecenie Komisji Europejskiej we współpracy z Urzędem Marszałkowskim Województwa Śląskiego.</p>
<p>Tematem spotkania będzie rola klastrów w transformacji regionów przemysłowych: od węgla do nowych technologii. Program obejmuje warsztaty, wizyty studyjne w przedsiębiorstwach oraz spotkania B2B.</p>
<p>Rejestracja trwa do 14 października 2022 r., godz. 23:59. Liczba miejsc jest ograniczona.</p>
<p><a href="https://clustercollaboration.eu/event-calendar/clusters-meet-regions-katowice-poland">Rejestracja na stronie ECCP</a></p>
</div></div>
</div></div></div>
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2"><div class="portlet-dropzone" id="layout-column_column-2"><div class="portlet-boundary"><div class="portlet-content"><h2 class="portlet-title-text">Zobacz także</h2>
<ul class="asset-list"><li><a href="/content/forum-gospodarcze-2022">Forum Gospodarcze, 8 listopada 2022 r.</a></li><li><a href="/content/nabor-wnioskow-fundusze-europejskie-dla-slaskiego">Nabór wniosków do 30 listopada 2022 r.</a></li></ul></div></div></div></div>
</div></div></section>
<footer id="footer" role="contentinfo"><div class="container"><p>Urząd Marszałkowski Województwa Śląskiego, ul. Ligonia 46, 40-037 Katowice</p><p>&copy; 2022 Województwo Śląskie</p></div></footer>
</div>
"""
    r = rec(
        "hw-036",
        url,
        "T4",
        "pl",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2022-10-26",
        "2022-10-27",
        None,
        [],
        [],
        [],
        "Polish regional portal (Liferay): bytes are windows-1250 but <meta> declares utf-8 (wrong); the file ends without "
        "</body></html>; 'W dniach 26–27 października 2022 r.'; the quoted „Clusters meet Regions” is the series name, not a "
        "talk title (title = heading); 'Data publikacji: 05.10.2022', registration deadline '14 października 2022 r., godz. "
        "23:59' and sidebar dates are not the event; no speakers.",
    )
    return "hw-036", html, r


def hw037():
    """Polish open call of the POLREC Eurocluster (not an event)."""
    base = "https://www.klasterpolimerowy.pl"
    url = base + "/aktualnosci/polrec-drugi-nabor-wnioskow-otwarty/"
    h1 = "POLREC: drugi nabór wniosków dla MŚP otwarty"
    html = f"""<!DOCTYPE html>
<html lang="pl-PL">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>POLREC: drugi nabór wniosków dla MŚP otwarty – Klaster Polimerowy</title>
<link rel='stylesheet' id='astra-theme-css-css' href='{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.0' media='all' />
</head>
<body class="post-template-default single single-post postid-1207 ast-single-post ast-right-sidebar">
<div class="hfeed site" id="page">
<header class="site-header" id="masthead"><div class="ast-site-identity"><span class="site-title"><a href="{base}/" rel="home">Klaster Polimerowy</a></span></div>
<nav class="main-header-bar-navigation"><ul class="main-header-menu"><li class="menu-item"><a href="{base}/o-nas/">O nas</a></li><li class="menu-item current-menu-parent"><a href="{base}/aktualnosci/">Aktualności</a></li><li class="menu-item"><a href="{base}/projekty/">Projekty</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1207 post type-post status-publish format-standard hentry category-aktualnosci ast-article-single" id="post-1207">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{h1}</h1>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">15 lutego 2024</span></span> / Autor: <span class="author-name">Biuro klastra</span></div></header>
<div class="entry-content clear" itemprop="text">
<p>Eurocluster POLREC ogłosił drugi nabór wniosków dla małych i średnich przedsiębiorstw z branży recyklingu tworzyw sztucznych. Firmy mogą otrzymać do 60 000 EUR na usługi doradcze, testy technologii i szkolenia.</p>
<p><strong>Termin składania wniosków:</strong> 15 marca 2024 r., godz. 17:00 CET.</p>
<p><strong>Webinar informacyjny:</strong> 5 marca 2024 r., godz. 10:00–11:00. Podczas webinaru przedstawimy zasady naboru i odpowiemy na pytania.</p>
<p>Wnioski składa się przez platformę projektu. <a href="{base}/wp-content/uploads/2024/02/POLREC-2nd-open-call-guidelines.pdf">Regulamin naboru (PDF)</a></p>
</div>
</article>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><section class="widget"><h2 class="widget-title">Wydarzenia</h2><ul><li><a href="{base}/wydarzenia/targi-plastpol-2024/">Targi Plastpol, 21–23 maja 2024 r.</a></li></ul></section></div></div>
</div></div>
<footer class="site-footer"><div class="ast-small-footer"><p>Copyright © 2024 Klaster Polimerowy</p></div></footer>
</div>
</body>
</html>
"""
    r = rec(
        "hw-037",
        url,
        "T3",
        "pl",
        False,
        h1,
        h1,
        None,
        None,
        None,
        None,
        [],
        ["POLREC"],
        [asset("Regulamin naboru (PDF)", base + "/wp-content/uploads/2024/02/POLREC-2nd-open-call-guidelines.pdf")],
        "NOT an event: Polish open call of a Eurocluster with a deadline with a time and zone and an info webinar with date "
        "and time range.",
    )
    return "hw-037", html, r


def hw038():
    """Polish page with every accented letter as an entity, soft hyphens and zero-width spaces inside names."""
    base = "https://www.pomorskie-klastry.pl"
    url = base + "/aktualnosci/eu-clusters-talk-net-zero-industry-academies"
    e = {
        "ą": "&#261;",
        "ę": "&#281;",
        "ł": "&#322;",
        "ó": "&oacute;",
        "ś": "&#347;",
        "ż": "&#380;",
        "ź": "&#378;",
        "ć": "&#263;",
        "ń": "&#324;",
        "Ł": "&#321;",
        "Ś": "&#346;",
        "Ż": "&#379;",
        "„": "&bdquo;",
        "”": "&rdquo;",
        "–": "&ndash;",
    }

    def ent(s: str) -> str:
        return "".join(e.get(c, c) for c in s)

    h1 = "EU Clusters Talk: Akademie przemysłu neutralnego emisyjnie – umiejętności dla czystych technologii"
    pptx = base + "/sites/default/files/2024-04/EU_Clusters_Talk_NZIA_prezentacje.pptx"
    xlsx = base + "/sites/default/files/2024-04/Lista_uczestnikow_NZIA_Talk.xlsx"
    body = (
        ent("""<p>Europejska Platforma Współpracy Klastrów zaprasza na spotkanie online z cyklu EU Clusters Talks „Net-Zero Industry Academies: skills for clean tech”, które odbędzie się 10 kwietnia 2024 r., godz. 10:00–11:30 CET.</p>
<p>Akademie przemysłu neutralnego emisyjnie mają w ciągu trzech lat przeszkolić 100 tysięcy osób. Jak klastry mogą współtworzyć programy szkoleń i docierać z nimi do małych firm?</p>
<p>Prelegenci:</p>
""")
        + """<p>&bull; Ma&#322;&shy;gorzata Kowal&shy;czyk, dyrektorka, Pomorski Klaster ICT</p>
<p>&bull; Bartosz Zieli&#8203;&#324;ski, kierownik projektu, Klaster Zielonej Energii, RECENTRE Eurocluster</p>
<p>&bull; prof. Ewa Doma&#324;&shy;ska, Politechnika Gda&#324;ska</p>
<p>&bull; Jakub Kaczmarek, Policy Officer, EISMEA</p>
<p>&bull; Moderacja: Anna Wr&oacute;bel, ECCP</p>
"""
        + ent(
            f"""<p>Materiały po spotkaniu: <a href="{pptx}">Prezentacje (PPTX)</a>, <a href="{xlsx}">Lista uczestników (XLSX)</a>.</p>"""
        )
    )
    html = f"""<!DOCTYPE html>
<html lang="pl" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{ent("EU Clusters Talk: Akademie przemysłu neutralnego emisyjnie")} | Pomorskie Klastry</title>
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link type="text/css" rel="stylesheet" href="{base}/sites/default/files/css/css_pbm0lsQQJ7A7WCCIMgxLho6mI_kBNgznNUWmTWcnfoE.css" media="all" />
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node-5521 node-type-article i18n-pl">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">{ent("Przejdź do treści")}</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="{ent("Strona główna")}" rel="home" id="logo"><img src="{base}/sites/all/themes/pk/logo.png" alt="{ent("Strona główna")}" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="{ent("Strona główna")}" rel="home"><span>Pomorskie Klastry</span></a></strong></div></div></div></div>
<div id="navigation"><div class="section"><ul class="links inline clearfix" id="main-menu"><li class="menu-218 first"><a href="/">{ent("Strona główna")}</a></li><li class="menu-412 active-trail"><a href="/aktualnosci">{ent("Aktualności")}</a></li><li class="menu-413 last"><a href="/kontakt">Kontakt</a></li></ul></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section"><a id="main-content"></a>
<h1 class="title" id="page-title">{ent(h1)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<div class="content"><div id="node-5521" class="node node-article node-promoted clearfix" about="/aktualnosci/eu-clusters-talk-net-zero-industry-academies" typeof="sioc:Item foaf:Document">
<div class="meta submitted"><span property="dc:date dc:created" content="2024-03-27T12:30:00+01:00" datatype="xsd:dateTime">{ent("Opublikowano: śr., 27/03/2024 - 12:30")}</span></div>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
</div></div></div></div>
</div></div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second"><div class="block block-views"><h2>{ent("Najbliższe wydarzenia")}</h2><div class="content"><div class="view-content"><div class="views-row"><span class="date-display-single">08.05.2024 - 09:00</span> <a href="/wydarzenia/pomorski-dzien-klastrow">{ent("Pomorski Dzień Klastrów")}</a></div></div></div></div></div></div></div>
</div></div>
<div id="footer"><div class="section"><p>&copy; 2024 Pomorskie Klastry</p></div></div>
</div></div>
</body>
</html>
"""
    assert all(ord(c) < 128 for c in html), "hw-038 must be pure ASCII (entities for every accented letter)"
    r = rec(
        "hw-038",
        url,
        "T4",
        "pl",
        True,
        "Net-Zero Industry Academies: skills for clean tech",
        h1,
        "EU Clusters Talks",
        bx("2024-04-10", "10:00"),
        bx("2024-04-10", "11:30"),
        "CET",
        [
            sp("Małgorzata Kowalczyk", "dyrektorka", "Pomorski Klaster ICT"),
            sp("Bartosz Zieliński", "kierownik projektu", "Klaster Zielonej Energii", "RE-CENTRE"),
            sp("Ewa Domańska", None, "Politechnika Gdańska"),
            sp("Jakub Kaczmarek", "Policy Officer", "EISMEA"),
            sp("Anna Wróbel", None, "ECCP"),
        ],
        ["RE-CENTRE"],
        [asset("Prezentacje (PPTX)", pptx), asset("Lista uczestników (XLSX)", xlsx)],
        "Drupal 7 page written in pure ASCII: every accented letter, quote and dash is an entity (&#322; &oacute; &bdquo; "
        "&ndash;); soft hyphens (&shy;) and a zero-width space (&#8203;) inside speaker names; '10 kwietnia 2024 r., godz. "
        "10:00–11:30 CET' (+02:00); '&bull;' lines with lower-case 'prof.' and 'Moderacja:'; 'RECENTRE' alias; PPTX and XLSX "
        "assets; 'Opublikowano: śr., 27/03/2024 - 12:30' and the sidebar '08.05.2024 - 09:00' are not the event.",
    )
    return "hw-038", html, r


def hw040():
    """Cloudflare-style bot challenge on an nca.cz URL that names an event."""
    url = "https://nca.cz/news/invitation-for-the-eu-clusters-talk-social-economy-clusters-20-march-2024"
    html = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}h1{font-size:2.5rem;font-weight:500;line-height:3.75rem}h2{font-size:1.5rem;font-weight:500;line-height:2.25rem}.footer{font-size:.75rem;line-height:1.125rem;margin:0 auto;max-width:60rem;padding-left:1.5rem;width:100%}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">nca.cz</h1><h2 id="challenge-running" class="h2">Checking if the site connection is secure</h2><noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript><div id="challenge-body-text" class="core-msg spacer">nca.cz needs to review the security of your connection before proceeding.</div><div id="challenge-stage"></div></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "nca.cz",cType: 'managed',cNounce: '41872',cRay: '8a1f3c2b9d7e4f60',cHash: 'b3f19e0c7a2d4e8',cUPMDTk: "\\/news\\/invitation-for-the-eu-clusters-talk-social-economy-clusters-20-march-2024?__cf_chl_tk=Xk2.9fQw-1711015200-0-gaNycGzNDRA",cFPWv: 'b',cTTimeMs: '1000',cMTimeMs: '390000',cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/news\\/invitation-for-the-eu-clusters-talk-social-economy-clusters-20-march-2024?__cf_chl_f_tk=Xk2.9fQw-1711015200-0-gaNycGzNDRA",md: "Qv4hN1o7xUqkF2x8l3ZpQm0R",mdrd: "c9Q7e1LxF0m2b",cRq: {ru: 'aHR0cHM6Ly9uY2EuY3ovbmV3cy9pbnZpdGF0aW9u',ra: 'TW96aWxsYS81LjA=',rm: 'R0VU',d: 'kF8s2Lq0m1X9',t: 'MTcxMTAxNTIwMC4wMDAwMDA=',cT: Math.floor(Date.now() / 1000),m: 'pQ3x7',i1: 'w4e2==',i2: 'a9Q==',zh: 'Tf0=',uh: 'X0g=',hh: 'Ym8='}};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8a1f3c2b9d7e4f60';window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length).indexOf('?') !== -1 ? '?' : location.search;document.getElementsByTagName('head')[0].appendChild(cpo);}());</script><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8a1f3c2b9d7e4f60</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source=challenge&amp;utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>"""
    r = rec(
        "hw-040",
        url,
        "T5",
        "en",
        False,
        "nca.cz",
        "nca.cz",
        None,
        None,
        None,
        None,
        [],
        [],
        [],
        "NOT an event: a Cloudflare 'Just a moment...' bot challenge served instead of an nca.cz event page whose URL names "
        "an EU Clusters Talk and a date.",
    )
    return "hw-040", html, r


PAGES = [hw030, hw031, hw032, hw033, hw034, hw035, hw036, hw037, hw038, hw040]
ENCODINGS = {"hw-035": "iso-8859-2", "hw-036": "cp1250"}
BOM = {"hw-032"}
