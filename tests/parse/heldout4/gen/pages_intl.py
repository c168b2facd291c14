"""hq-031 … hq-040: German, Polish and French pages (WordPress + MEC, TYPO3, Joomla, Contao, static sites), with
legacy encodings, a BOM, a wrong <meta charset>, entity-encoded text and broken or truncated HTML."""

import html as htmllib

from common import PageList, asset, bxl, record, sp

PAGES = PageList()
page = PAGES.add


# ------------------------------------------------------------------------------------------------ hq-031 German WordPress + MEC


@page
def hq031():
    url = "https://www.mobilitaetscluster-steiermark.at/events/eu-clusters-talk-kreislaufwirtschaft/"
    h1 = "EU Clusters Talk: Kreislaufwirtschaft in der Automobilindustrie"
    html = f"""<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h1} &#8211; Mobilitätscluster Steiermark</title>
<link rel='stylesheet' id='mec-frontend-style-css' href='https://www.mobilitaetscluster-steiermark.at/wp-content/plugins/modern-events-calendar-lite/assets/css/frontend.min.css?ver=6.5.6' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.mobilitaetscluster-steiermark.at/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.1.5' media='all' />
<meta name="generator" content="WordPress 6.3.1" />
<link rel="canonical" href="{url}" />
</head>
<body class="mec-events-template-default single single-mec-events postid-5521 ast-separate-container ast-right-sidebar">
<div class="cmplz-cookiebanner cmplz-categories-type-view-preferences" role="dialog" aria-live="polite"><div class="cmplz-header"><div class="cmplz-title">Cookie-Zustimmung verwalten</div></div><div class="cmplz-message"><p>Wir verwenden Cookies, um unsere Website und unseren Service zu optimieren.</p></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Akzeptieren</button><button class="cmplz-btn cmplz-deny">Ablehnen</button></div></div>
<div id="page" class="hfeed site">
<header class="site-header" id="masthead"><div class="ast-container"><div class="site-branding"><a href="https://www.mobilitaetscluster-steiermark.at/" class="custom-logo-link" rel="home"><img src="https://www.mobilitaetscluster-steiermark.at/wp-content/uploads/2022/01/logo.svg" alt="Mobilitätscluster Steiermark" width="240" height="64"></a></div>
<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="https://www.mobilitaetscluster-steiermark.at/">Start</a></li><li class="menu-item"><a href="https://www.mobilitaetscluster-steiermark.at/netzwerk/">Netzwerk</a></li><li class="menu-item current-menu-ancestor"><a href="https://www.mobilitaetscluster-steiermark.at/events/">Veranstaltungen</a></li><li class="menu-item"><a href="https://www.mobilitaetscluster-steiermark.at/projekte/">Projekte</a></li><li class="menu-item"><a href="https://www.mobilitaetscluster-steiermark.at/kontakt/">Kontakt</a></li></ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<div class="entry-meta">Veröffentlicht am <span class="posted-on"><time class="entry-date published" datetime="2023-09-06T11:20:31+02:00">6. September 2023</time></span> von <span class="author vcard">Redaktion</span> &middot; <span class="post-views">123 Aufrufe</span></div>
<section id="main-content" class="mec-container">
<div class="mec-wrap colorskin-custom clearfix" id="mec_skin_5521">
<article class="row mec-single-event">
<div class="col-md-8">
<div class="mec-events-event-image"><img width="1200" height="628" src="https://www.mobilitaetscluster-steiermark.at/wp-content/uploads/2023/09/EUCT-Kreislauf-1200x628.jpg" class="attachment-full size-full wp-post-image" alt="EU Clusters Talk 20.9.2023" decoding="async"></div>
<h1 class="mec-single-title">{h1}</h1>
<div class="mec-single-event-description mec-events-content">
<p>Die Europäische Cluster-Kollaborationsplattform (ECCP) lädt im Auftrag der Europäischen Kommission am 20. September 2023 von 8:30 bis 9:45 Uhr zum EU Clusters Talk „Kreislaufwirtschaft in der Automobilindustrie: Wie Cluster die Transformation begleiten“ ein.</p>
<p>Die neue Altfahrzeug-Verordnung, der Batteriepass und steigende Rezyklatquoten stellen Zulieferer vor große Aufgaben. Im Talk zeigen Cluster aus Österreich, Deutschland und der Slowakei, wie sie ihre Mitglieder dabei unterstützen.</p>
<p><strong>Referent:innen:</strong></p>
<ul>
<li>Mag. Birgit Leitner, Geschäftsführerin, ACstyria Mobilitätscluster;</li>
<li>Dr. Thomas Brandl, Referent für Kreislaufwirtschaft, GD GROW, Europäische Kommission;</li>
<li>Ing. Marek Novák, Projektleiter bei Automotive Cluster Slovakia;</li>
<li>Sandra Wolf, Innovationsmanagerin, Cluster Mechatronik &amp; Automation, GEMSTONE Eurocluster.</li>
</ul>
<p><strong>Zielgruppe:</strong></p>
<ul>
<li>Clusterorganisationen;</li>
<li>KMU der Zulieferindustrie;</li>
<li>Forschungseinrichtungen.</li>
</ul>
<p>Die Teilnahme ist kostenlos, die Veranstaltung findet auf Englisch statt. <a href="https://clustercollaboration.eu/content/eu-clusters-talks-circular-economy-automotive">Zur Anmeldung</a></p>
</div>
</div>
<div class="col-md-4">
<div class="mec-event-info-desktop mec-event-meta mec-color-before mec-frontbox">
<div class="mec-single-event-date"><i class="mec-sl-calendar"></i><h3 class="mec-date">Datum</h3><dl><dd><abbr class="mec-events-abbr"><span class="mec-start-date-label" itemprop="startDate">20 Sep 2023</span><span class="mec-end-date-label" itemprop="endDate"> - 20 Sep 2023</span></abbr></dd></dl></div>
<div class="mec-single-event-time"><i class="mec-sl-clock"></i><h3 class="mec-time">Uhrzeit</h3><i class="mec-time-comment"></i><dl><dd><abbr class="mec-events-abbr">8:30 am - 9:45 am</abbr></dd></dl></div>
<div class="mec-single-event-category"><i class="mec-sl-folder"></i><dt>Kategorie</dt><dl><dd class="mec-events-event-categories"><a href="https://www.mobilitaetscluster-steiermark.at/mec-category/online/" class="mec-color-hover" rel="tag">Online</a></dd></dl></div>
<div class="mec-single-event-organizer"><i class="mec-sl-home"></i><h3 class="mec-events-single-section-title">Veranstalter</h3><dl><dd class="mec-organizer"><h6>European Cluster Collaboration Platform</h6></dd></dl></div>
</div>
<div class="mec-event-export-module mec-frontbox"><div class="mec-event-exporting"><div class="mec-export-details"><ul><li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://calendar.google.com/calendar/render?action=TEMPLATE&amp;text=EU+Clusters+Talk&amp;dates=20230920T063000Z/20230920T074500Z" target="_blank">+ Google Kalender</a></li><li><a class="mec-events-gcal mec-events-button mec-color mec-bg-color-hover mec-border-color" href="https://www.mobilitaetscluster-steiermark.at/?method=ical&amp;id=5521">+ iCal / Outlook export</a></li></ul></div></div></div>
</div>
</article>
</div>
</section>
<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Das könnte Sie auch interessieren</h2></div>
<div class="ast-related-posts-wrapper">
<article class="ast-related-post"><h3 class="ast-related-post-title"><a href="https://www.mobilitaetscluster-steiermark.at/2023/06/batterie-recycling-workshop/">Batterie-Recycling-Workshop in Graz</a></h3><div class="entry-meta"><span class="posted-on">14. Juni 2023</span></div></article>
<article class="ast-related-post"><h3 class="ast-related-post-title"><a href="https://www.mobilitaetscluster-steiermark.at/2023/05/zuliefertag-2023/">Zuliefertag 2023: Rückblick</a></h3><div class="entry-meta"><span class="posted-on">22. Mai 2023</span></div></article>
</div></div>
<div id="comments" class="comments-area"><h3 class="comments-title">Ein Kommentar zu &#8222;{h1}&#8220;</h3>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1"><article class="ast-comment"><div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Peter Huber</b> sagt:</cite></div><div class="ast-comment-time"><time datetime="2023-09-07T14:02:11+02:00">7. September 2023 um 14:02 Uhr</time></div></header></div>
<section class="ast-comment-content comment"><p>Wird die Aufzeichnung später verfügbar sein?</p></section></article></li></ol></div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside class="widget widget_text"><h2 class="widget-title">Publikationen</h2><div class="textwidget"><ul>
<li><a href="https://www.mobilitaetscluster-steiermark.at/wp-content/uploads/2023/03/Jahresbericht-2022.pdf">Jahresbericht 2022 (PDF)</a></li>
<li><a href="https://www.mobilitaetscluster-steiermark.at/wp-content/uploads/2021/11/Clusterstrategie-2030.pdf">Clusterstrategie Steiermark 2030 (PDF)</a></li>
</ul></div></aside>
<aside class="widget mec-widget"><h2 class="widget-title">Nächste Termine</h2><ul><li><a href="https://www.mobilitaetscluster-steiermark.at/events/zuliefertag-2023-herbst/">Zuliefertag Herbst</a> – 12. Oktober 2023, 9:00 Uhr</li><li><a href="https://www.mobilitaetscluster-steiermark.at/events/h2-mobility-forum/">H2 Mobility Forum</a> – 7. November 2023</li></ul></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container">© 2023 Mobilitätscluster Steiermark · <a href="https://www.mobilitaetscluster-steiermark.at/impressum/">Impressum</a> · <a href="https://www.mobilitaetscluster-steiermark.at/datenschutz/">Datenschutz</a></div></div></footer>
</div>
</body>
</html>
"""
    exp = record(
        "hq-031",
        url,
        "T3",
        "de",
        True,
        "Kreislaufwirtschaft in der Automobilindustrie: Wie Cluster die Transformation begleiten",
        h1,
        "EU Clusters Talks",
        bxl("2023-09-20 08:30"),
        bxl("2023-09-20 09:45"),
        None,
        [
            sp("Birgit Leitner", "Geschäftsführerin", "ACstyria Mobilitätscluster"),
            sp("Thomas Brandl", "Referent für Kreislaufwirtschaft", "GD GROW, Europäische Kommission"),
            sp("Marek Novák", "Projektleiter", "Automotive Cluster Slovakia"),
            sp("Sandra Wolf", "Innovationsmanagerin", "Cluster Mechatronik & Automation", "GEMSTONE"),
        ],
        ["GEMSTONE"],
        [],
        "German WordPress (Astra) with a Modern Events Calendar single event: MEC header '20 Sep 2023 - 20 Sep 2023' and "
        "'8:30 am - 9:45 am' (same day twice -> end is the time, no label), German prose 'am 20. September 2023 von 8:30 bis "
        "9:45 Uhr' (no zone label: tz_label null); quoted title in „…“; 'Referent:innen:' list with Mag./Dr./Ing. and "
        "'Projektleiter bei X' (German 'Role at Org'); 'Zielgruppe:' list is not speakers; 'Veröffentlicht am 6. September "
        "2023' and '123 Aufrufe'; comment with name and date; 'Publikationen' sidebar PDFs are site-wide, not the event's "
        "assets; Google/'?method=ical' exports; MEC <dl>s are metadata.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-032 German TYPO3


@page
def hq032():
    url = "https://www.cluster-bayern.de/veranstaltungen/clusters-meet-regions-regensburg"
    h1 = "Clusters meet Regions in Regensburg: Sensorik und Gesundheitswirtschaft"
    html = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="https://www.cluster-bayern.de/">
<title>Cluster Bayern: {h1}</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="twitter:card" content="summary" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3c5d1e0a9b7f2c6d4e8a1b2c3d4e5f60-min.css?1712045521" media="all">
<link rel="canonical" href="{url}"/>
</head>
<body id="p412" class="page-412 pagelevel-2 language-0 backendlayout-subpage_2_columns layout-default">
<div id="top"></div>
<div class="body-bg">
<header class="navbar navbar-default navbar-has-image navbar-top"><div class="container"><div class="navbar-header navbar-header-main"><a class="navbar-brand navbar-brand-image" title="Cluster Bayern" href="/"><img class="navbar-brand-logo-normal" src="/typo3conf/ext/site/Resources/Public/Images/logo.svg" alt="Cluster Bayern logo" height="52" width="200"></a></div>
<nav id="mainnavigation" class="navbar-collapse collapse"><ul class="nav navbar-nav navbar-main"><li class="nav-item"><a href="/ueber-uns" class="nav-link">Über uns</a></li><li class="nav-item"><a href="/cluster" class="nav-link">Cluster</a></li><li class="nav-item active"><a href="/veranstaltungen" class="nav-link">Veranstaltungen</a></li><li class="nav-item"><a href="/presse" class="nav-link">Presse</a></li></ul></nav></div></header>
<nav class="breadcrumb-section"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/" title="Startseite">Startseite</a></li><li class="breadcrumb-item"><a href="/veranstaltungen" title="Veranstaltungen">Veranstaltungen</a></li><li class="breadcrumb-item active" aria-current="page">Clusters meet Regions Regensburg</li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section"><!--TYPO3SEARCH_begin--><div class="container"><div class="row">
<main class="col-md-8 maincontent-wrap" role="main">
<div id="c2311" class="frame frame-default frame-type-header frame-layout-0"><header class="frame-header"><h1 class="element-header"><span>{h1}</span></h1><p class="element-subheader text-muted">Europäischer Workshop mit Matchmaking</p></header></div>
<div id="c2312" class="frame frame-default frame-type-text frame-layout-0"><p>Die Europäische Cluster-Kollaborationsplattform veranstaltet im Auftrag der Europäischen Kommission vom 4. bis 5. Juni 2024 in Regensburg einen Workshop der Reihe Clusters meet Regions. Gastgeber sind die Stadt Regensburg und das Bayerische Staatsministerium für Wirtschaft, Landesentwicklung und Energie.</p>
<p>Im Mittelpunkt stehen die Sensorik und die Gesundheitswirtschaft der Oberpfalz. Am ersten Tag diskutieren Cluster, Regionen und Unternehmen aus ganz Europa über grenzüberschreitende Wertschöpfungsketten, am zweiten Tag folgen Unternehmensbesuche und ein Matchmaking.</p>
<p><strong>Anmeldeschluss:</strong> 24. Mai 2024</p></div>
<div id="c2313" class="frame frame-default frame-type-text frame-layout-0"><header class="frame-header"><h2 class="element-header"><span>Referentinnen und Referenten</span></h2></header>
<dl class="speaker-list">
<dt>Prof. Dr. Klaus Meier</dt><dd>Präsident, Ostbayerische Technische Hochschule Regensburg</dd>
<dt>Dr. Anja Schröder</dt><dd>Clustermanagerin, Strategische Partnerschaft Sensorik e.V.</dd>
<dt>Roberto Díaz</dt><dd>Policy Officer, EISMEA</dd>
</dl></div>
<div id="c2314" class="frame frame-default frame-type-text frame-layout-0"><p>Die Veranstaltung findet auf Englisch statt. Die Teilnahme ist kostenfrei. <a href="https://cmr-regensburg-2024.b2match.io/" target="_blank" rel="noreferrer">Zur Anmeldung und zum Matchmaking</a></p></div>
</main>
<aside class="col-md-4 subcontent-wrap">
<div id="c2320" class="frame frame-default frame-type-uploads frame-layout-0"><header class="frame-header"><h3 class="element-header"><span>Downloads zur Veranstaltung</span></h3></header>
<ul class="ce-uploads">
<li><a href="/fileadmin/user_upload/Veranstaltungen/2024/CmR_Regensburg_Agenda.pdf" title="Agenda Clusters meet Regions Regensburg"><span class="ce-uploads-fileName">Agenda (PDF, 312 KB)</span></a></li>
<li><a href="/fileadmin/user_upload/Veranstaltungen/2024/CmR_Regensburg_Anfahrt.pdf" title="Anfahrt"><span class="ce-uploads-fileName">Anfahrtsbeschreibung</span></a></li>
</ul></div>
<div id="c2321" class="frame frame-default frame-type-list frame-layout-0"><header class="frame-header"><h3 class="element-header"><span>Weitere Termine</span></h3></header>
<div class="news-list-view"><div class="article articletype-0"><span class="news-list-date"><time datetime="2024-06-19">19.06.2024</time></span> <a title="Bayerischer Clustertag 2024" href="/veranstaltungen/bayerischer-clustertag-2024">Bayerischer Clustertag 2024</a></div>
<div class="article articletype-0"><span class="news-list-date"><time datetime="2024-07-10">10.07.2024</time></span> <a title="Sensorik-Stammtisch" href="/veranstaltungen/sensorik-stammtisch-juli">Sensorik-Stammtisch</a></div></div></div>
</aside>
</div></div><!--TYPO3SEARCH_end--></div>
<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><div class="row">
<div class="col-sm-6"><p>Cluster Bayern · Geschäftsstelle<br>Nürnberger Straße 12, 93047 Regensburg</p></div>
<div class="col-sm-6"><ul class="list-unstyled"><li><a href="/fileadmin/user_upload/Publikationen/Jahresbericht_2023.pdf">Jahresbericht 2023 (PDF)</a></li><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></div>
</div></div></section><section class="section footer-section footer-section-meta"><div class="container"><p>&copy; 2024 Cluster Bayern</p></div></section></footer>
</div>
<script src="/typo3temp/assets/compressed/merged-8f7e6d5c4b3a2910-min.js?1712045521"></script>
</body>
</html>
"""
    base = "https://www.cluster-bayern.de/fileadmin/user_upload/Veranstaltungen/2024/"
    exp = record(
        "hq-032",
        url,
        "T5",
        "de",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2024-06-04",
        "2024-06-05",
        None,
        [
            sp("Klaus Meier", "Präsident", "Ostbayerische Technische Hochschule Regensburg"),
            sp("Anja Schröder", "Clustermanagerin", "Strategische Partnerschaft Sensorik e.V."),
            sp("Roberto Díaz", "Policy Officer", "EISMEA"),
        ],
        [],
        [
            asset("Agenda (PDF, 312 KB)", base + "CmR_Regensburg_Agenda.pdf"),
            asset("Anfahrtsbeschreibung", base + "CmR_Regensburg_Anfahrt.pdf"),
        ],
        "TYPO3 (bootstrap_package) page with <base href>: German range 'vom 4. bis 5. Juni 2024' (dates only); "
        "'Anmeldeschluss: 24. Mai 2024' is not the event; speakers in a <dl> (<dt> name with 'Prof. Dr.'/'Dr.', <dd> 'Role, "
        "Organisation'); the right column's 'Downloads zur Veranstaltung' (ce-uploads) are this page's documents = 2 assets, "
        "while the footer's annual report PDF is not; 'Weitere Termine' list with other dates; sub-heading under the h1.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-033 German Joomla with BOM


@page
def hq033():
    url = "https://www.e-mobil-cluster.de/index.php/de/veranstaltungen/152-eu-clusters-talk-batterien"
    h2 = "EU Clusters Talk: Batterien made in Europe"
    html = f"""<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{url}" />
	<meta name="keywords" content="Cluster, Elektromobilität, Batterie, EU" />
	<meta name="author" content="Redaktion" />
	<meta name="description" content="EU Clusters Talk am 15. Mai 2024 zu Batterien" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{h2} - Elektromobilität Süd-West</title>
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?f1e2d3c4b5a6" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?f1e2d3c4b5a6"></script>
	<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Event","name":"EU Clusters Talk: Batterien made in Europe","startDate":"2024-05-15T10:00:00+00:00","endDate":"2024-05-15T11:30:00+00:00","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","location":{{"@type":"VirtualLocation","url":"https://clustercollaboration.eu"}},"organizer":{{"@type":"Organization","name":"European Cluster Collaboration Platform"}}}}</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-152">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/"><span class="site-title" title="Elektromobilität Süd-West">Elektromobilität Süd-West</span></a>
					<div class="header-search pull-right"><div class="search"><form action="/index.php/de/veranstaltungen" method="post" class="form-inline" role="search"><label for="mod-search-searchword87" class="element-invisible">Suchen ...</label> <input name="searchword" id="mod-search-searchword87" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Suchen ..." /><input type="hidden" name="task" value="search" /></form></div></div>
				</div>
			</header>
			<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Navigation umschalten</span></a></div>
				<div class="nav-collapse"><ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/index.php/de/" >Startseite</a></li><li class="item-150"><a href="/index.php/de/cluster" >Der Cluster</a></li><li class="item-152 current active"><a href="/index.php/de/veranstaltungen" >Veranstaltungen</a></li><li class="item-153"><a href="/index.php/de/projekte" >Projekte</a></li></ul></div>
			</nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container"></div>
					<div class="item-page" itemscope itemtype="https://schema.org/Article">
						<meta itemprop="inLanguage" content="de-DE" />
						<div class="page-header"><h2 itemprop="headline">{h2}</h2></div>
						<dl class="article-info muted">
							<dt class="article-info-term">Details</dt>
							<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von <span itemprop="name">Redaktion</span></dd>
							<dd class="category-name">Kategorie: <a href="/index.php/de/veranstaltungen" itemprop="genre">Veranstaltungen</a></dd>
							<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2024-04-22T09:30:00+00:00" itemprop="datePublished">Veröffentlicht: 22. April 2024</time></dd>
							<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:318" />Zugriffe: 318</dd>
						</dl>
						<div itemprop="articleBody">
<p>Am Mittwoch, 15. Mai 2024, 10:00 – 11:30 Uhr (MESZ) findet der EU Clusters Talk „Batterien made in Europe: Cluster als Motor der Wertschöpfungskette“ statt. Die Europäische Cluster-Kollaborationsplattform stellt dabei Initiativen vor, mit denen Cluster die europäische Batterie-Wertschöpfungskette stärken – von Rohstoffen über Zellfertigung bis zum Recycling.</p>
<p>Mit dabei ist auch der Eurocluster E-BOOST, der KMU der Elektromobilität mit offenen Ausschreibungen unterstützt.</p>
<h3>Referentinnen und Referenten</h3>
<table class="table table-striped">
<thead><tr><th>Name</th><th>Funktion</th><th>Organisation</th></tr></thead>
<tbody>
<tr><td>Dr. Felix Baumann</td><td>Geschäftsführer</td><td>Batterieforum Baden-Württemberg</td></tr>
<tr><td>Ana Popescu</td><td>Projektmanagerin</td><td>ACSO – Automotive Cluster South-West Oltenia, E-BOOST Eurocluster</td></tr>
<tr><td>Lukas Steiner</td><td>Referent Batteriepolitik</td><td>GD GROW, Europäische Kommission</td></tr>
</tbody>
</table>
<p>Moderation: Katharina Schulz, Clustermanagerin, Elektromobilität Süd-West</p>
<p>Die Teilnahme ist kostenlos. <a href="https://clustercollaboration.eu/content/eu-clusters-talks-batteries-made-europe" target="_blank" rel="noopener">Hier geht es zur Anmeldung.</a></p>
						</div>
						<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="Netzwerktreffen Frühjahr 2024" aria-label="Vorheriger Beitrag: Netzwerktreffen Frühjahr 2024" href="/index.php/de/veranstaltungen/149-netzwerktreffen-fruehjahr-2024" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Zurück</span></a></li><li class="next"><a class="hasTooltip" title="Sommerfest 2024" aria-label="Nächster Beitrag: Sommerfest 2024" href="/index.php/de/veranstaltungen/155-sommerfest-2024" rel="next"><span aria-hidden="true">Weiter</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li></ul>
					</div>
				</main>
				<div id="aside" class="span3">
					<div class="well "><h3 class="page-header">Termine</h3><ul class="latestnews mod-list"><li itemscope itemtype="https://schema.org/Article"><a href="/index.php/de/veranstaltungen/155-sommerfest-2024" itemprop="url"><span itemprop="name">Sommerfest 2024 – 4. Juli 2024</span></a></li><li itemscope itemtype="https://schema.org/Article"><a href="/index.php/de/veranstaltungen/149-netzwerktreffen-fruehjahr-2024" itemprop="url"><span itemprop="name">Netzwerktreffen Frühjahr 2024 – 18. April 2024</span></a></li></ul></div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Nach oben</a></p><p>&copy; 2024 Elektromobilität Süd-West</p></div></footer>
</body>
</html>
"""
    exp = record(
        "hq-033",
        url,
        "T5",
        "de",
        True,
        "Batterien made in Europe: Cluster als Motor der Wertschöpfungskette",
        h2,
        "EU Clusters Talks",
        bxl("2024-05-15 10:00"),
        bxl("2024-05-15 11:30"),
        "MESZ",
        [
            sp("Felix Baumann", "Geschäftsführer", "Batterieforum Baden-Württemberg"),
            sp("Ana Popescu", "Projektmanagerin", "ACSO – Automotive Cluster South-West Oltenia", "E-BOOST"),
            sp("Lukas Steiner", "Referent Batteriepolitik", "GD GROW, Europäische Kommission"),
            sp("Katharina Schulz", "Clustermanagerin", "Elektromobilität Süd-West"),
        ],
        ["E-BOOST"],
        [],
        "Joomla 3 (Protostar) saved WITH a UTF-8 byte-order mark; no <h1>: the article heading is <h2 itemprop=headline>. "
        "'Am Mittwoch, 15. Mai 2024, 10:00 – 11:30 Uhr (MESZ)' (German label kept in tz_label). A schema.org Event JSON-LD "
        "from an SEO plugin DISAGREES: it labels the wall-clock times as UTC (+00:00); the prose is right (10:00+02:00). "
        "Joomla 'article-info' <dl> (author, published 22. April 2024, 'Zugriffe: 318') is metadata; speakers in a "
        "Name | Funktion | Organisation table, the Eurocluster inside the organisation cell; 'Moderation:' line; "
        "'Termine' module with other dates.",
    )
    return exp, html, {"bom": True}


# ------------------------------------------------------------------------------------------------ hq-034 German WordPress report, broken HTML


@page
def hq034():
    url = "https://www.clusterplattform.at/2023/06/29/rueckblick-c2lab-wien/"
    h1 = "Rückblick: C2Lab in Wien – Zusammenarbeit über Grenzen"
    html = f"""<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="UTF-8">
<title>{h1} | Clusterplattform Österreich</title>
<meta name="generator" content="WordPress 6.2.2" />
<link rel='stylesheet' id='generatepress-css' href='https://www.clusterplattform.at/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.3.0' media='all' />
<link rel="canonical" href="{url}" />
</head>
<body class="post-template-default single single-post postid-2210 right-sidebar nav-below-header">
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="https://www.clusterplattform.at/" rel="home">Clusterplattform Österreich</a></p></div></div></header>
<nav id="site-navigation" class="main-navigation"><div class="inside-navigation grid-container"><ul id="menu-hauptmenue" class="menu sf-menu"><li><a href="https://www.clusterplattform.at/">Start</a></li><li><a href="https://www.clusterplattform.at/cluster/">Cluster in Österreich</a></li><li><a href="https://www.clusterplattform.at/category/news/">News</a></li></ul></div></nav>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-2210" class="post-2210 post type-post status-publish format-standard hentry category-news">
<div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{h1}</h1>
<div class="entry-meta"><span class="posted-on">Veröffentlicht am <time class="entry-date published" datetime="2023-06-29T15:44:02+02:00">29. Juni 2023</time></span> <span class="byline">von <span class="author vcard"><span class="author-name">Redaktion</span></span></span></div></header>
<div class="entry-content" itemprop="text">
<p>Am 24. und 25. Mai 2023 trafen sich rund 40 Clustermanagerinnen und -manager aus 15 Ländern in Wien zum Cluster Collaboration Lab (C2Lab) der Europäischen Cluster-Kollaborationsplattform.
<p>Mag. Verena Huber, Leiterin der Abteilung Innovation im Bundesministerium für Arbeit und Wirtschaft, eröffnete die Veranstaltung. <b>Anschließend stellte Dr. Paul Fischer (ECCP) die Methodik der C2Labs vor.
<div class="wp-block-image"><figure class="aligncenter size-large"><img decoding="async" src="https://www.clusterplattform.at/wp-content/uploads/2023/06/c2lab-wien-gruppe-1024x683.jpg" alt="Gruppenfoto C2Lab Wien, 24.05.2023" width="1024" height="683"><figcaption>Die Teilnehmenden am ersten Tag</figcaption></figure>
<p>Über Erfahrungen aus der Praxis berichtete Ing. Martina Kovačová, Clustermanagerin bei der Slovak Battery Alliance.</b> In vier Teams entwickelten die Teilnehmenden anschließend Projektideen, unter anderem zu Kreislaufwirtschaft und Fachkräften.</p></div>
<table class="wp-block-table"><tr><td>Teilnehmende<td>41</tr><tr><td>Länder<td>15</tr><tr><td>Projektideen<td>4</td></table>
<p>Das nächste C2Lab findet am 12. und 13. Oktober 2023 in Porto statt.</p></span>
</div>
<footer class="entry-meta"><span class="cat-links"><span class="screen-reader-text">Kategorien </span><a href="https://www.clusterplattform.at/category/news/" rel="category tag">News</a></span></footer>
</div>
</article>
<div class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="recent-posts-3" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="https://www.clusterplattform.at/2023/06/12/clusterland-award-2023/">Clusterland Award 2023 vergeben</a><span class="post-date">12. Juni 2023</span></li><li><a href="https://www.clusterplattform.at/2023/05/10/einladung-c2lab-wien/">Einladung: C2Lab in Wien</a><span class="post-date">10. Mai 2023</span></li></ul></aside></div>
</div></div>
<div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2023 Clusterplattform Österreich
"""
    exp = record(
        "hq-034",
        url,
        "T3",
        "de",
        True,
        h1,
        h1,
        "C2Lab",
        "2023-05-24",
        "2023-05-25",
        None,
        [
            sp("Verena Huber", "Leiterin der Abteilung Innovation", "Bundesministerium für Arbeit und Wirtschaft"),
            sp("Paul Fischer", None, "ECCP"),
            sp("Martina Kovačová", "Clustermanagerin", "Slovak Battery Alliance"),
        ],
        [],
        [],
        "BROKEN HTML (GeneratePress): unclosed <p>s, a <b> opened in one paragraph and closed in another across a <div>, "
        "a table without </td>s, a stray </span>, the comments block and the page end missing (no </body></html>). German "
        "report five weeks later ('Veröffentlicht am 29. Juni 2023'): 'Am 24. und 25. Mai 2023' (dates only); prose "
        "speakers: 'Mag. X, Leiterin der Abteilung Innovation im Bundesministerium …, eröffnete', 'Dr. Y (ECCP) stellte … "
        "vor' (organisation in parentheses, no role), 'Ing. Z, Clustermanagerin bei der …'; the next C2Lab date "
        "(12. und 13. Oktober 2023) is another event; photo alt text with a date.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-035 German project page (not an event)


@page
def hq035():
    url = "https://www.innovationscluster-nord.de/projekte/gemstone-eurocluster.html"
    h1 = "GEMSTONE – Eurocluster für grüne Fertigung"
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>{h1} - Innovationscluster Nord</title>
<base href="https://www.innovationscluster-nord.de/">
<meta name="robots" content="index,follow">
<meta name="generator" content="Contao Open Source CMS">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,icnord.scss-9a8b7c6d.css">
</head>
<body id="top" class="unknown-os unknown-browser">
<div id="wrapper">
<header id="header"><div class="inside"><a href="./" class="logo"><img src="files/layout/logo-icnord.svg" alt="Innovationscluster Nord"></a>
<!-- indexer::stop --><nav class="mod_navigation block" id="nav-main"><ul class="level_1"><li class="first"><a href="./" class="first">Start</a></li><li class="trail submenu"><a href="projekte.html" class="trail submenu">Projekte</a></li><li><a href="veranstaltungen.html">Veranstaltungen</a></li><li class="last"><a href="kontakt.html" class="last">Kontakt</a></li></ul></nav><!-- indexer::continue --></div></header>
<div id="container"><main id="main"><div class="inside">
<div class="mod_article first last block" id="article-88">
<div class="ce_text first block"><h1>{h1}</h1>
<p>GEMSTONE (GrEen Manufacturing SupporTing recOvery and resilieNcE of industrial SMEs) ist einer von 30 Euroclustern, die im Rahmen des Binnenmarktprogramms gefördert werden. Das Projekt unterstützt kleine und mittlere Fertigungsunternehmen beim Übergang zu einer grünen und digitalen Produktion.</p></div>
<div class="ce_table block"><table id="table_229"><tbody>
<tr class="row_0 row_first even"><th class="col_0 col_first">Förderprogramm</th><td class="col_1 col_last">Single Market Programme (SMP COSME), SMP-COSME-2021-CLUSTER</td></tr>
<tr class="row_1 odd"><th class="col_0 col_first">Projektlaufzeit</th><td class="col_1 col_last">01.06.2022 – 30.11.2024</td></tr>
<tr class="row_2 even"><th class="col_0 col_first">Rolle des Innovationsclusters Nord</th><td class="col_1 col_last">Projektpartner</td></tr>
<tr class="row_3 row_last odd"><th class="col_0 col_first">Fördervolumen für KMU</th><td class="col_1 col_last">bis zu 60.000 EUR je Unternehmen</td></tr>
</tbody></table></div>
<div class="ce_text last block"><h2>Offene Ausschreibungen</h2>
<p>Die zweite Ausschreibung für KMU läuft vom 15. März bis 15. Mai 2023. Am 4. April 2023 findet von 10:00 bis 11:00 Uhr eine Online-Infoveranstaltung statt.</p></div>
</div>
</div></main></div>
<footer id="footer"><div class="inside"><p>Innovationscluster Nord e.V. · Am Sandtorkai 5 · 20457 Hamburg</p><p><a href="impressum.html">Impressum</a> · <a href="datenschutz.html">Datenschutz</a></p></div></footer>
</div>
</body>
</html>
"""
    exp = record(
        "hq-035",
        url,
        "T5",
        "de",
        False,
        h1,
        h1,
        euroclusters=["GEMSTONE"],
        notes=(
            "NOT an event: a Contao project page for a Eurocluster, with a project duration '01.06.2022 – 30.11.2024', a call "
            "period and an info session with a time range."
        ),
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-036 Polish WordPress, windows-1250


@page
def hq036():
    url = "https://www.polskieklastry.pl/aktualnosci/eu-clusters-talk-zrownowazone-budownictwo/"
    h1 = "EU Clusters Talk: klastry dla zrównoważonego budownictwa – 22 listopada 2023"
    html = f"""<!DOCTYPE html>
<html lang="pl-PL">
<head>
<meta charset="windows-1250">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h1} &#8211; Polskie Klastry</title>
<link rel='stylesheet' id='hello-elementor-css' href='https://www.polskieklastry.pl/wp-content/themes/hello-elementor/style.min.css?ver=2.8.1' media='all' />
<meta name="generator" content="WordPress 6.3.2" />
<link rel="canonical" href="{url}" />
</head>
<body class="post-template-default single single-post postid-3377 single-format-standard">
<a class="skip-link screen-reader-text" href="#content">Przejdź do treści</a>
<header id="site-header" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="https://www.polskieklastry.pl/" rel="home">Polskie Klastry</a></p><p class="site-description">Portal polskich inicjatyw klastrowych</p></div>
<nav class="site-navigation"><ul id="menu-glowne" class="menu"><li><a href="https://www.polskieklastry.pl/">Strona główna</a></li><li><a href="https://www.polskieklastry.pl/aktualnosci/">Aktualności</a></li><li><a href="https://www.polskieklastry.pl/wydarzenia/">Wydarzenia</a></li><li><a href="https://www.polskieklastry.pl/kontakt/">Kontakt</a></li></ul></nav></header>
<main id="content" class="site-main post-3377 post type-post status-publish">
<div class="page-header"><h1 class="entry-title">{h1}</h1></div>
<div class="post-meta"><span class="posted-on">Opublikowano <time class="entry-date published" datetime="2023-10-25T10:05:00+02:00">25 października 2023</time></span> · <span class="post-views">Wyświetleń: 87</span></div>
<div class="page-content">
<p>Europejska Platforma Współpracy Klastrów (ECCP) zaprasza na kolejne spotkanie z cyklu EU Clusters Talks pt. „Sustainable construction: clusters for the renovation wave”, które odbędzie się 22 listopada 2023 r., godz. 8:30–9:45 CET.</p>
<p>Budynki odpowiadają za około 40% zużycia energii w Unii Europejskiej. Podczas spotkania klastry z Polski, Cypru i innych krajów pokażą, jak wspierają firmy budowlane w realizacji „fali renowacji”.</p>
<p><strong>Cele spotkania:</strong></p>
<ul>
<li>prezentacja unijnych instrumentów wsparcia renowacji budynków;</li>
<li>wymiana dobrych praktyk klastrów budowlanych;</li>
<li>nawiązanie kontaktów między klastrami.</li>
</ul>
<p><strong>Prelegenci:</strong></p>
<ul>
<li>dr Anna Nowak, Dyrektor, Dolnośląski Klaster Budowlany;</li>
<li>prof. Jan Wiśniewski, Politechnika Warszawska;</li>
<li>Elena Georgiou, Project Manager, Cyprus Construction Cluster, AEC Eurocluster;</li>
<li>Michał Zając, Menedżer klastra, Pomorski Klaster Budowlany, X-BUILD-EU Eurocluster;</li>
<li>Pozostali prelegenci zostaną ogłoszeni wkrótce.</li>
</ul>
<p>Spotkanie odbędzie się w języku angielskim. <a href="https://clustercollaboration.eu/content/eu-clusters-talks-sustainable-construction">Rejestracja na stronie ECCP</a>.</p>
<div class="post-tags"><span class="tag-links">Tagi: <a href="https://www.polskieklastry.pl/tag/eccp/" rel="tag">ECCP</a>, <a href="https://www.polskieklastry.pl/tag/budownictwo/" rel="tag">budownictwo</a></span></div>
</div>
<section class="related-posts"><h2>Podobne wpisy</h2><ul>
<li><a href="https://www.polskieklastry.pl/aktualnosci/forum-klastrow-2023/">Forum Klastrów 2023 w Katowicach</a> <span class="date">12 października 2023</span></li>
<li><a href="https://www.polskieklastry.pl/aktualnosci/nabor-clusterxchange/">Nabór ClusterXchange – termin 30 września</a> <span class="date">4 września 2023</span></li>
</ul></section>
</main>
<footer id="site-footer" class="site-footer" role="contentinfo"><p>&copy; 2023 Polskie Klastry. Wszelkie prawa zastrzeżone.</p></footer>
</body>
</html>
"""
    exp = record(
        "hq-036",
        url,
        "T3",
        "pl",
        True,
        "Sustainable construction: clusters for the renovation wave",
        h1,
        "EU Clusters Talks",
        bxl("2023-11-22 08:30"),
        bxl("2023-11-22 09:45"),
        "CET",
        [
            sp("Anna Nowak", "Dyrektor", "Dolnośląski Klaster Budowlany"),
            sp("Jan Wiśniewski", None, "Politechnika Warszawska"),
            sp("Elena Georgiou", "Project Manager", "Cyprus Construction Cluster", "AEC EUROCLUSTER"),
            sp("Michał Zając", "Menedżer klastra", "Pomorski Klaster Budowlany", "xBUILD-EU"),
        ],
        ["AEC EUROCLUSTER", "xBUILD-EU"],
        [],
        'Polish WordPress saved as windows-1250 bytes (declared <meta charset="windows-1250">). Polish date \'22 listopada '
        "2023 r., godz. 8:30–9:45 CET'; 'Opublikowano 25 października 2023' (a month before) and 'Wyświetleń: 87'; English "
        "title in Polish quotes „…”, a second „…” phrase ('fali renowacji') in prose is not the title; 'Cele spotkania:' "
        "list is not speakers; 'Prelegenci:' with lowercase Polish honorifics 'dr'/'prof.', a 'Name, Organisation' line, "
        "Euroclusters by alias ('AEC Eurocluster', 'X-BUILD-EU'); placeholder 'Pozostali prelegenci zostaną ogłoszeni "
        "wkrótce.'; related posts with dates.",
    )
    return exp, html, {"encoding": "cp1250"}


# ------------------------------------------------------------------------------------------------ hq-037 Polish static, ISO-8859-2


@page
def hq037():
    url = "https://www.klastry-lodzkie.pl/wydarzenia/clusters-meet-regions-lodz-2024.html"
    h1 = "Clusters meet Regions w Łodzi – przemysł mody i tekstyliów"
    html = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">
<title>{h1} | Łódzkie Klastry</title>
<link rel="stylesheet" href="../css/style.css">
</head>
<body>
<div id="naglowek"><a href="../index.html"><img src="../img/logo.gif" alt="Łódzkie Klastry"></a>
<ul id="menu"><li><a href="../index.html">Strona główna</a></li><li><a href="../o-nas.html">O nas</a></li><li><a href="index.html">Wydarzenia</a></li><li><a href="../kontakt.html">Kontakt</a></li></ul></div>
<div id="tresc">
<h1>{h1}</h1>
<p class="data-publikacji">Dodano: 02.04.2024</p>
<p>Europejska Platforma Współpracy Klastrów, we współpracy z Urzędem Marszałkowskim Województwa Łódzkiego, organizuje w dniach 14–15 maja 2024 r. warsztaty Clusters meet Regions w Łodzi. Tematem spotkania będzie transformacja przemysłu mody i tekstyliów w kierunku gospodarki o obiegu zamkniętym.</p>
<p>Zgłoszenia przyjmujemy do 30 kwietnia 2024 r.</p>
<h3>Program</h3>
<ul>
<li>Dzień 1 – warsztat dotyczący polityki regionalnej i prezentacje klastrów</li>
<li>Dzień 2 – wizyty studyjne w Łódzkiej Specjalnej Strefie Ekonomicznej i spotkania B2B</li>
</ul>
<h3>Prelegenci</h3>
<div class="prelegent"><h4>dr hab. Katarzyna Lewandowska</h4><p>Dyrektor Departamentu Polityki Regionalnej, Urząd Marszałkowski Województwa Łódzkiego</p></div>
<div class="prelegent"><h4>Paweł Kamiński</h4><p>Prezes Zarządu, Łódzki Klaster Mody i Tekstyliów</p></div>
<div class="prelegent"><h4>Isabel Ferreira</h4><p>Project Manager, ATP – Associação Têxtil e Vestuário de Portugal, EuroBoosTEX Eurocluster</p></div>
<div class="prelegent"><h4>Sophie Laurent</h4><p>Policy Officer, DG GROW, Komisja Europejska</p></div>
<p><a href="https://cmr-lodz-2024.b2match.io/">Rejestracja i matchmaking</a> | <a href="../pliki/CmR_Lodz_program.pdf">Program (PDF)</a></p>
</div>
<div id="stopka">Łódzkie Klastry &copy; 2024 | ul. Piotrkowska 104, 90-926 Łódź</div>
</body>
</html>
"""
    exp = record(
        "hq-037",
        url,
        "T5",
        "pl",
        True,
        h1,
        h1,
        "Clusters meet Regions",
        "2024-05-14",
        "2024-05-15",
        None,
        [
            sp(
                "Katarzyna Lewandowska",
                "Dyrektor Departamentu Polityki Regionalnej",
                "Urząd Marszałkowski Województwa Łódzkiego",
            ),
            sp("Paweł Kamiński", "Prezes Zarządu", "Łódzki Klaster Mody i Tekstyliów"),
            sp("Isabel Ferreira", "Project Manager", "ATP – Associação Têxtil e Vestuário de Portugal", "EuroBoosTEX"),
            sp("Sophie Laurent", "Policy Officer", "DG GROW, Komisja Europejska"),
        ],
        ["EuroBoosTEX"],
        [asset("Program (PDF)", "https://www.klastry-lodzkie.pl/pliki/CmR_Lodz_program.pdf")],
        "Static Polish page in ISO-8859-2 bytes declared by <meta http-equiv> (characters outside Latin-2 such as the en "
        "dash and 'ã' are numeric character references). 'w dniach 14–15 maja 2024 r.' (dates only); 'Zgłoszenia … do 30 "
        "kwietnia 2024 r.' and 'Dodano: 02.04.2024' are not the event; 'Dzień 1/Dzień 2' programme list is not speakers; "
        "speakers as <h4> name + <p> 'Role, Organisation' blocks with the Polish honorific 'dr hab.' to strip; a "
        "relative PDF link resolved against the page URL.",
    )
    return exp, html, {"encoding": "iso-8859-2"}


# ------------------------------------------------------------------------------------------------ hq-038 Polish, wrong meta charset


@page
def hq038():
    url = "https://www.podkarpacki-klaster-obronny.pl/aktualnosci/eu-clusters-talk-obronnosc"
    h1 = "EU Clusters Talk: klastry dla przemysłu obronnego"
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{h1} - Podkarpacki Klaster Obronny</title>
<meta name="keywords" content="klaster, obronność, przemysł obronny, EU Clusters Talk">
<link href="/szablon/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<table id="layout" width="980" cellspacing="0" cellpadding="0" align="center">
<tr><td id="top" colspan="2"><a href="/"><img src="/szablon/img/logo_pko.png" alt="Podkarpacki Klaster Obronny" border="0"></a></td></tr>
<tr><td id="menu" colspan="2"><a href="/">Start</a> &middot; <a href="/o-klastrze">O klastrze</a> &middot; <a href="/czlonkowie">Członkowie</a> &middot; <a href="/aktualnosci">Aktualności</a> &middot; <a href="/kontakt">Kontakt</a></td></tr>
<tr>
<td id="left" valign="top" width="220">
<div class="box"><div class="box_title">Aktualności</div>
<p><span class="data">2024-09-26</span><br><a href="/aktualnosci/walne-zgromadzenie-2024">Walne zgromadzenie członków</a></p>
<p><span class="data">2024-09-10</span><br><a href="/aktualnosci/targi-mspo-2024">Klaster na targach MSPO w Kielcach (3–6 września 2024)</a></p></div>
</td>
<td id="content" valign="top">
<div class="news_full">
<h1 class="tytul">{h1}</h1>
<div class="data_dodania">Data dodania: 2024-09-30 12:41</div>
<p>Zapraszamy na EU Clusters Talk „Clusters for a stronger European defence industry”, który odbędzie się w środę, 9 października 2024 r., w godz. 10:00–11:30. Spotkanie organizuje Europejska Platforma Współpracy Klastrów na zlecenie Komisji Europejskiej.</p>
<p>Prelegenci:</p>
<p>• Krzysztof Wójcik, Prezes, Podkarpacki Klaster Obronny;<br>
• Ing. Lucie Dvořáková, Cluster Manager, Czech Defence Industry Cluster;<br>
• Giorgio Romano, Head of EU Affairs at Distretto Ligure delle Tecnologie Marine, LEVIATAD Eurocluster;<br>
• Przedstawiciel DG DEFIS, Komisja Europejska (do potwierdzenia).</p>
<p>Udział jest bezpłatny, wymagana jest rejestracja na stronie ECCP.</p>
</div>
</td>
</tr>
<tr><td id="footer" colspan="2">&copy; 2012-2024 Podkarpacki Klaster Obronny. Wszelkie prawa zastrzeżone.</td></tr>
</table>
</body>
</html>
"""
    exp = record(
        "hq-038",
        url,
        "T5",
        "pl",
        True,
        "Clusters for a stronger European defence industry",
        h1,
        "EU Clusters Talks",
        bxl("2024-10-09 10:00"),
        bxl("2024-10-09 11:30"),
        None,
        [
            sp("Krzysztof Wójcik", "Prezes", "Podkarpacki Klaster Obronny"),
            sp("Lucie Dvořáková", "Cluster Manager", "Czech Defence Industry Cluster"),
            sp("Giorgio Romano", "Head of EU Affairs", "Distretto Ligure delle Tecnologie Marine", "LEVIATAD"),
        ],
        ["LEVIATAD"],
        [],
        "WRONG <meta charset>: declares utf-8 but the bytes are windows-1250 (old PHP CMS, table layout, no doctype). "
        "'w środę, 9 października 2024 r., w godz. 10:00–11:30' without a zone label (October 9 is summer time: +02:00); "
        "left column news with ISO dates and a fair '3–6 września 2024'; 'Data dodania' stamp; '• ' lines in one <br> "
        "paragraph; 'Role at Org, X Eurocluster'; 'Przedstawiciel DG DEFIS … (do potwierdzenia)' is a placeholder, not a "
        "speaker; Czech name with 'Ing.'.",
    )
    return exp, html, {"encoding": "cp1250"}


# ------------------------------------------------------------------------------------------------ hq-039 Polish, truncated


@page
def hq039():
    url = "https://www.klaster-chemiczny.pl/aktualnosci/eu-japan-cluster-matchmaking-2022"
    h1 = "Międzynarodowe spotkania B2B klastrów UE – Japonia"
    html = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{h1} – Wielkopolski Klaster Chemiczny</title>
<link rel="stylesheet" href="/static/css/main.3f2a1b.css">
<meta property="og:title" content="{h1}">
<meta property="og:type" content="article">
</head>
<body class="page-news">
<div class="cookie-consent" id="cookieConsent"><p>Strona korzysta z plików cookies zgodnie z Polityką prywatności.</p><button type="button">Akceptuję</button></div>
<header class="header"><div class="container"><a href="/" class="header__logo"><img src="/static/img/logo-wkch.svg" alt="Wielkopolski Klaster Chemiczny"></a>
<nav class="header__nav"><a href="/o-klastrze">O klastrze</a><a href="/aktualnosci" class="active">Aktualności</a><a href="/projekty">Projekty</a><a href="/kontakt">Kontakt</a></nav></div></header>
<main class="main"><div class="container"><article class="news">
<h1 class="news__title">{h1}</h1>
<div class="news__meta"><time datetime="2022-11-14">14.11.2022</time></div>
<div class="news__body">
<p>Europejska Platforma Współpracy Klastrów organizuje internetowe spotkania kooperacyjne „EU–Japan Cluster Matchmaking 2022”, które odbędą się 7 grudnia 2022 r., godz. 9:00–12:00 CET. Ze względu na różnicę czasu spotkania zaplanowano na godziny poranne.</p>
<p>W wydarzeniu wezmą udział klastry i firmy z Japonii zainteresowane współpracą z partnerami z Unii Europejskiej w dziedzinie chemii, nowych materiałów i zielonych technologii.</p>
<p>Prelegenci sesji otwierającej:</p>
<ul>
<li>Hiroshi Tanaka, Dyrektor, Kansai Bureau of Economy, Trade and Industry (METI);</li>
<li>Joanna Kamińska, Menedżerka ds. internacjonalizacji, Wielkopolski Klaster Chemiczny.</li>
</ul>
<p>Rejestracja jest otwarta do 30 listopada 2022 r. za pośrednictwem platfor"""
    exp = record(
        "hq-039",
        url,
        "T5",
        "pl",
        True,
        "EU–Japan Cluster Matchmaking 2022",
        h1,
        "ECCP matchmaking",
        bxl("2022-12-07 09:00"),
        bxl("2022-12-07 12:00"),
        "CET",
        [
            sp("Hiroshi Tanaka", "Dyrektor", "Kansai Bureau of Economy, Trade and Industry (METI)"),
            sp("Joanna Kamińska", "Menedżerka ds. internacjonalizacji", "Wielkopolski Klaster Chemiczny"),
        ],
        [],
        [],
        "TRUNCATED file: ends in the middle of a word in the registration sentence (no closing tags at all). ECCP "
        "online matchmaking (series 'ECCP matchmaking') with a Polish date '7 grudnia 2022 r., godz. 9:00–12:00 CET'; "
        "quoted title in „…”; publication stamp 14.11.2022 and registration deadline 30 November 2022 are not the event; "
        "an organisation with commas and a parenthesised acronym.",
    )
    return exp, html


# ------------------------------------------------------------------------------------------------ hq-040 French, entities everywhere


def entitize(text: str) -> str:
    """Every non-ASCII character as an HTML entity (named where HTML has a name), as some old editors save."""
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
        else:
            name = htmllib.entities.codepoint2name.get(ord(ch))
            out.append(f"&{name};" if name else f"&#{ord(ch)};")
    return "".join(out)


@page
def hq040():
    url = "https://www.pole-energies-avenir.fr/actualites/eu-clusters-talk-transition-energetique-18-octobre-2023"
    h1 = "EU Clusters Talk du 18 octobre 2023 : transition énergétique"
    nb = "\u00a0"
    body = f"""<p>La Plateforme européenne de collaboration des clusters (ECCP) organise, pour le compte de la Commission européenne, l’EU Clusters Talk « Clusters et transition énergétique{nb}: quelles coopérations européennes{nb}? » le 18 octobre 2023 de 8h30 à 9h45 (CET).</p>
<p>Efficacité énergétique, hydrogène, réseaux intelligents{nb}: les clusters accompagnent les PME dans la transition. La rencontre présentera des coopérations entre clusters français, bulgares et danois.</p>
<p><strong>Intervenants{nb}:</strong></p>
<ul>
<li>Claire Martin, Directrice générale, Pôle Énergies Avenir{nb};</li>
<li>Dr Hélène Rousseau, Chargée de mission Europe, Région Auvergne-Rhône-Alpes{nb};</li>
<li>Nikolay Petrov, Project Manager, Green Synergy Cluster, RE-CENTRE Eurocluster{nb};</li>
<li>François Lefèbvre, Chef d’unité adjoint, DG ENER, Commission européenne.</li>
</ul>
<p>Modération{nb}: Sophie Garnier, Responsable Europe, Pôle Énergies Avenir.</p>
<p>Inscription obligatoire avant le 16 octobre 2023 sur le <a href="https://clustercollaboration.eu/content/eu-clusters-talks-clusters-energy-transition">site de l’ECCP</a>.</p>"""
    html = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="iso-8859-1">
<title>{entitize(h1)} - P&ocirc;le &Eacute;nergies Avenir</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/site.css?v=12">
</head>
<body class="actualite">
<header class="entete"><a href="/" class="logo"><img src="/img/logo-pea.png" alt="P&ocirc;le &Eacute;nergies Avenir"></a>
<nav><ul><li><a href="/le-pole">Le p&ocirc;le</a></li><li><a href="/adherents">Adh&eacute;rents</a></li><li><a href="/actualites" class="actif">Actualit&eacute;s</a></li><li><a href="/agenda">Agenda</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div class="bandeau-cookies">Ce site utilise des cookies. <a href="/mentions-legales">En savoir plus</a> <button>J&apos;accepte</button></div>
<main class="contenu">
<article class="actualite-detail">
<h1>{entitize(h1)}</h1>
<p class="date-publication">Publi&eacute; le 2 octobre 2023</p>
{entitize(body)}
</article>
<aside class="agenda"><h2>Agenda</h2><ul><li><strong>9 novembre 2023</strong> &ndash; Journ&eacute;e hydrog&egrave;ne, Lyon</li><li><strong>5 d&eacute;cembre 2023</strong> &ndash; Assembl&eacute;e g&eacute;n&eacute;rale du p&ocirc;le</li></ul></aside>
</main>
<footer class="pied">&copy; 2023 P&ocirc;le &Eacute;nergies Avenir &ndash; <a href="/mentions-legales">Mentions l&eacute;gales</a></footer>
</body>
</html>
"""
    exp = record(
        "hq-040",
        url,
        "T5",
        "fr",
        True,
        "Clusters et transition énergétique : quelles coopérations européennes ?",
        h1,
        "EU Clusters Talks",
        bxl("2023-10-18 08:30"),
        bxl("2023-10-18 09:45"),
        "CET",
        [
            sp("Claire Martin", "Directrice générale", "Pôle Énergies Avenir"),
            sp("Hélène Rousseau", "Chargée de mission Europe", "Région Auvergne-Rhône-Alpes"),
            sp("Nikolay Petrov", "Project Manager", "Green Synergy Cluster", "RE-CENTRE"),
            sp("François Lefèbvre", "Chef d’unité adjoint", "DG ENER, Commission européenne"),
            sp("Sophie Garnier", "Responsable Europe", "Pôle Énergies Avenir"),
        ],
        ["RE-CENTRE"],
        [],
        "French page, pure ASCII: EVERY accented letter, quote and no-break space is an HTML entity (&eacute;, &rsquo;, "
        "&laquo;, &nbsp;…). Title in guillemets « … » with no-break spaces inside; 'le 18 octobre 2023 de 8h30 à 9h45 "
        "(CET)' ('h' times; October 18 is still summer time: +02:00); French spacing before ';' and ':' at the end of "
        "speaker lines; 'Dr' without a dot; 'Modération :' line is a speaker; registration deadline and agenda dates "
        "are other dates.",
    )
    return exp, html
