"""T5: other CMSs and odd pages (Joomla, TYPO3, Wix-like, static HTML, AMP, newsletters, bot challenges, empty and
log-in pages). Each page is written out in full."""

from __future__ import annotations

import json

from records import Page, asset, sp

# ------------------------------------------------------------------------------------------------ hz-025 (Joomla, German)


def hz025() -> Page:
    base = "https://www.cluster-allianz-bw.de"
    url = base + "/aktuelles/termine/eu-clusters-talk-kreislaufwirtschaft"
    h1 = "EU Clusters Talk: Kreislaufwirtschaft in Clustern"
    page = f"""<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="author" content="Redaktion">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Einladung zum EU Clusters Talk der ECCP zur Kreislaufwirtschaft am 22. November 2023.">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>EU Clusters Talk: Kreislaufwirtschaft in Clustern – Cluster-Allianz Baden-Württemberg</title>
    <link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
    <link href="/media/templates/site/cassiopeia/css/template.min.css?4d1f0b" rel="stylesheet" />
    <script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Fehler","MESSAGE":"Nachricht","NOTICE":"Hinweis"}},"system.paths":{{"root":"","rootFull":"{base}/","base":"","baseFull":"{base}/"}},"csrf.token":"6f0c2b8e1a9d4c7f"}}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-142 has-sidebar-right">
    <header class="header container-header full-width">
        <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Cluster-Allianz Baden-Württemberg">Cluster-Allianz Baden-Württemberg</span></a></div></div>
        <div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">
            <li class="nav-item item-101 default"><a href="/">Startseite</a></li><li class="nav-item item-140"><a href="/cluster">Cluster im Land</a></li><li class="nav-item item-141 active deeper parent"><a href="/aktuelles">Aktuelles</a><ul class="mod-menu__sub list-unstyled small"><li class="nav-item item-142 current active"><a href="/aktuelles/termine" aria-current="location">Termine</a></li><li class="nav-item item-143"><a href="/aktuelles/nachrichten">Nachrichten</a></li></ul></li><li class="nav-item item-144"><a href="/kontakt">Kontakt</a></li></ul></div>
    </header>
    <div class="site-grid">
        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Sie sind hier: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Startseite</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/aktuelles/termine" class="pathway"><span>Termine</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{h1}</span></li></ol></nav>
            <main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="de-DE">
    <div class="page-header"><h1 itemprop="headline">{h1}</h1></div>
    <dl class="article-info text-muted">
        <dt class="article-info-term">Details</dt>
        <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von: <span itemprop="name">Redaktion</span></dd>
        <dd class="category-name">Kategorie: <a href="/aktuelles/termine" itemprop="genre">Termine</a></dd>
        <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2023-11-06T09:12:44+01:00" itemprop="datePublished">Veröffentlicht: 06. November 2023</time></dd>
        <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:412">Zugriffe: 412</dd>
    </dl>
    <div itemprop="articleBody" class="com-content-article__body">
        <p>Die European Cluster Collaboration Platform (ECCP) lädt im Auftrag der Europäischen Kommission (GD GROW) zum nächsten EU Clusters Talk „Circular economy: Clusters closing the loop“ ein – am 22. November 2023 von 8:30 bis 9:45 Uhr (MEZ).</p>
        <p>Ob Kunststoffe, Verpackungen oder Batterien: Kreislaufwirtschaft gelingt nur, wenn Unternehmen entlang der ganzen Wertschöpfungskette zusammenarbeiten. Der Talk zeigt, wie Cluster ihre Mitglieder dabei unterstützen, und stellt Förderangebote der EU vor.</p>
        <p><strong>Referent:innen:</strong></p>
        <ul>
            <li>Prof. Dr. Martina Schäfer, Leiterin der Forschungsgruppe Kreislaufwirtschaft, Fraunhofer IPA</li>
            <li>Mag. Andreas Pichler, Clustermanager, Kunststoff-Cluster Oberösterreich</li>
            <li>Dr. Lena Hoffmann, Policy Officer, GD GROW, Europäische Kommission</li>
            <li>Jordi Puig, Director, Catalan Packaging Cluster</li>
        </ul>
        <p><strong>Moderation:</strong> Sabine Keller, European Cluster Collaboration Platform</p>
        <p>Der Talk findet auf Englisch statt. Die Teilnahme ist kostenlos, eine Anmeldung ist bis zum 20. November 2023 über die <a href="https://clustercollaboration.eu/eu-clusters-talks-registration" target="_blank" rel="noopener">Website der ECCP</a> möglich.</p>
        <p>Vormerken: Am 13. Dezember 2023 folgt der Jahresrückblick der EU Clusters Talks.</p>
    </div>
    <nav class="pagenavigation" aria-label="Seitennavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/aktuelles/termine/cluster-forum-2023" rel="prev">Zurück: Cluster-Forum 2023</a> <a class="btn btn-sm btn-secondary next" href="/aktuelles/termine/innovationstag-2024" rel="next">Weiter: Innovationstag 2024</a></span></nav>
</div>
            </main>
        </div>
        <div class="grid-child container-sidebar-right">
            <div class="sidebar-right card "><h3 class="card-header ">Nächste Termine</h3><div class="card-body">
                <ul class="mod-articleslatest latestnews mod-list">
                    <li itemscope itemtype="https://schema.org/Article"><a href="/aktuelles/termine/cluster-forum-2023" itemprop="url"><span itemprop="name">Cluster-Forum Baden-Württemberg, 28. November 2023, Stuttgart</span></a></li>
                    <li itemscope itemtype="https://schema.org/Article"><a href="/aktuelles/termine/innovationstag-2024" itemprop="url"><span itemprop="name">Innovationstag Leichtbau, 14. März 2024</span></a></li>
                </ul></div></div>
        </div>
    </div>
    <footer class="container-footer footer full-width"><div class="grid-child"><p>© 2023 Cluster-Allianz Baden-Württemberg · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></div></footer>
    <a href="#top" id="back-top" class="back-to-top-link" aria-label="Nach oben"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""
    return Page(
        id="hz-025",
        url=url,
        template="T5",
        lang="de",
        is_event=True,
        title="Circular economy: Clusters closing the loop",
        page_title=h1,
        series="EU Clusters Talks",
        start="2023-11-22T08:30:00+01:00",
        end="2023-11-22T09:45:00+01:00",
        tz_label="MEZ",
        speakers=[
            sp("Martina Schäfer", "Leiterin der Forschungsgruppe Kreislaufwirtschaft", "Fraunhofer IPA"),
            sp("Andreas Pichler", "Clustermanager", "Kunststoff-Cluster Oberösterreich"),
            sp("Lena Hoffmann", "Policy Officer", "GD GROW, Europäische Kommission"),
            sp("Jordi Puig", "Director", "Catalan Packaging Cluster"),
            sp("Sabine Keller", None, "European Cluster Collaboration Platform"),
        ],
        euroclusters=[],
        assets=[],
        notes="Joomla 4 (Cassiopeia) article in German: 'am 22. November 2023 von 8:30 bis 9:45 Uhr (MEZ)' – the German "
        "label MEZ is kept as printed (winter, +01:00); German quotes „…“ around the English official title; "
        "'Referent:innen:' list with 'Prof. Dr.', 'Mag.', 'Dr.'; 'Moderation:' line (moderator is a speaker, no "
        "role); 'Veröffentlicht' date, 'Zugriffe: 412' counter, registration deadline 20 November and the 13 December "
        "recap are not the event; sidebar 'Nächste Termine' with dates.",
        html=page,
        covers="Joomla, German, 'von … bis … Uhr (MEZ)', Referent:innen, Mag./Prof. Dr.",
    )


# ------------------------------------------------------------------------------------------------ hz-026 (TYPO3, German)


def hz026() -> Page:
    base = "https://www.acstyria.com"
    url = base + "/de/news-events/veranstaltungen/clusters-meet-regions-graz"
    h1 = "Clusters meet Regions in Graz: Europas Cluster zu Gast in der Steiermark"
    pdf = base + "/fileadmin/user_upload/Veranstaltungen/2024/CmR_Graz_Programm.pdf"
    page = f"""<!DOCTYPE html>
<html lang="de-AT">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="{base}/">
<title>Clusters meet Regions in Graz | ACstyria Mobilitätscluster</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="Clusters meet Regions in Graz" />
<meta name="twitter:card" content="summary" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-5f2a9c1e0d7b4a3f-min.css?1716279011" media="all">
</head>
<body id="p57" class="page-57 pagelevel-3 language-0 backendlayout-subnavigation_right layout-default">
<div class="body-bg">
<header class="navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top navbar-fixed-top"><div class="container">
<a class="navbar-brand navbar-brand-image" title="ACstyria Mobilitätscluster" href="/de/"><img class="navbar-brand-logo-normal" src="/fileadmin/templates/img/acstyria-logo.svg" alt="ACstyria logo" height="52" width="180"></a>
<nav id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">
<li class="nav-item"><a href="/de/cluster/" class="nav-link">Cluster</a></li><li class="nav-item"><a href="/de/themen/" class="nav-link">Themen</a></li><li class="nav-item active"><a href="/de/news-events/" class="nav-link">News &amp; Events</a></li><li class="nav-item"><a href="/de/mitglieder/" class="nav-link">Mitglieder</a></li><li class="nav-item"><a href="/de/kontakt/" class="nav-link">Kontakt</a></li></ul></nav>
</div></header>
<div id="page-content" class="bp-page-content main-section"><div class="container"><div class="row">
<main class="col-md-8 maincontent-wrap" role="main">
<!--TYPO3SEARCH_begin-->
<div id="c2315" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
	<div class="header"><h1 itemprop="headline">{h1}</h1></div>
	<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-05-15">15.05.2024</time></span> <span class="news-list-category">Veranstaltungen</span></p></div>
	<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img itemprop="image" src="/fileadmin/_processed_/4/2/csm_Graz_Uhrturm_2f1b7c9a0e.jpg" width="800" height="450" alt="Grazer Uhrturm" /></div><p class="news-img-caption">Der Grazer Uhrturm. Foto: Graz Tourismus</p></div></div>
	<div class="teaser-text" itemprop="description"><p>Am 18. und 19. Juni 2024 ist Graz Gastgeber der Workshopreihe Clusters meet Regions der European Cluster Collaboration Platform (ECCP).</p></div>
	<div class="news-text-wrap" itemprop="articleBody">
		<p><strong>Beginn:</strong> Dienstag, 18. Juni 2024, 9:00 Uhr · <strong>Ende:</strong> Mittwoch, 19. Juni 2024, 13:00 Uhr<br>Ort: Messe Congress Graz, Messeplatz 1, 8010 Graz</p>
		<p>Rund 120 Clustermanager:innen, Vertreter:innen von Regionen und Unternehmen aus ganz Europa kommen nach Graz, um über die grüne und digitale Transformation von Mobilität und Produktion zu diskutieren. Gastgeber sind das Land Steiermark und die steirischen Cluster.</p>
		<h2>Programm</h2>
		<ul>
			<li>Dienstag, 18. Juni: Policy-Workshop und Matchmaking</li>
			<li>Mittwoch, 19. Juni: Besuche bei Unternehmen und Forschungseinrichtungen</li>
		</ul>
		<h2>Referent:innen</h2>
		<dl class="speakers">
			<dt>Mag. Elisabeth Brandner</dt><dd>Abteilungsleiterin Wirtschaft und Innovation, Land Steiermark</dd>
			<dt>Prof. Dr. Michael Haller</dt><dd>Rektor, FH JOANNEUM</dd>
			<dt>Ing. Werner Stangl</dt><dd>Geschäftsführer, ACstyria Mobilitätscluster GmbH</dd>
			<dt>Ana Domingues</dt><dd>Policy Officer, GD GROW, Europäische Kommission</dd>
		</dl>
		<p>Das detaillierte <a href="{pdf}" title="Programm als PDF">Programm (PDF)</a> steht zum Download bereit. Anmeldung bis 31. Mai 2024 unter <a href="https://clustercollaboration.eu/clusters-meet-regions-graz-registration" target="_blank">clustercollaboration.eu</a>.</p>
		<p><a href="/de/news-events/veranstaltungen/clusters-meet-regions-graz.ics">In Kalender eintragen</a> · <a href="https://www.google.com/maps/place/Messe+Congress+Graz">Anfahrt</a></p>
	</div>
	<div class="news-backlink-wrap"><a href="/de/news-events/veranstaltungen/">Zurück</a></div>
</div></div>
</div>
<!--TYPO3SEARCH_end-->
</main>
<aside class="col-md-4 subnav-wrap"><div id="c118" class="frame frame-default frame-type-list"><header><h3 class="element-header">Weitere Veranstaltungen</h3></header>
<div class="news"><div class="news-list-view"><div class="article articletype-0"><span class="news-list-date">04.07.2024</span> <a href="/de/news-events/veranstaltungen/mobility-day-2024">Mobility Day 2024</a></div>
<div class="article articletype-0"><span class="news-list-date">24.09.2024</span> <a href="/de/news-events/veranstaltungen/wasserstoff-forum">Wasserstoff-Forum Steiermark</a></div></div></div></div></aside>
</div></div></div>
<footer class="section footer-section"><div class="container"><p>ACstyria Mobilitätscluster GmbH · Parkring 18, 8074 Grambach · © 2024</p></div></footer>
</div>
</body>
</html>
"""
    return Page(
        id="hz-026",
        url=url,
        template="T5",
        lang="de",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-06-18T09:00:00+02:00",
        end="2024-06-19T13:00:00+02:00",
        tz_label=None,
        speakers=[
            sp("Elisabeth Brandner", "Abteilungsleiterin Wirtschaft und Innovation", "Land Steiermark"),
            sp("Michael Haller", "Rektor", "FH JOANNEUM"),
            sp("Werner Stangl", "Geschäftsführer", "ACstyria Mobilitätscluster GmbH"),
            sp("Ana Domingues", "Policy Officer", "GD GROW, Europäische Kommission"),
        ],
        euroclusters=[],
        assets=[asset("Programm (PDF)", pdf)],
        notes="TYPO3 news detail in German; two-day event with times on both days 'Beginn: Dienstag, 18. Juni 2024, 9:00 "
        "Uhr · Ende: Mittwoch, 19. Juni 2024, 13:00 Uhr' (no zone label; start and end datetimes); teaser 'Am 18. und "
        "19. Juni 2024'; programme <ul> is not speakers; speakers in a <dl> (<dt> name with 'Mag.', 'Prof. Dr.', "
        "'Ing.'; <dd> 'Role, Org'); PDF programme is an asset, the .ics and maps links are not; publication date "
        "15.05.2024 and sidebar dates are not the event; image caption.",
        html=page,
        covers="TYPO3, German, multi-day with times, speakers in <dl>",
    )


# ------------------------------------------------------------------------------------------------ hz-027 (TYPO3 project)


def hz027() -> Page:
    base = "https://www.silicon-saxony.de"
    url = base + "/projekte/silicon-eurocluster/"
    h1 = "Silicon Eurocluster"
    page = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
-->
<title>Silicon Eurocluster – Silicon Saxony</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/typo3conf/ext/sitepackage/Resources/Public/Css/main.min.css?1702381100" media="all">
</head>
<body>
<header class="page-header"><a class="logo" href="/"><img src="/typo3conf/ext/sitepackage/Resources/Public/Images/silicon-saxony-logo.svg" alt="Silicon Saxony"></a>
<nav class="main-nav"><ul><li><a href="/netzwerk/">Netzwerk</a></li><li class="active"><a href="/projekte/">Projekte</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li><li><a href="/presse/">Presse</a></li></ul></nav></header>
<main id="content">
<div id="c8801" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="ce-headline-center">{h1}</h1><h2 class="ce-headline-center">Zehn Mikroelektronik-Cluster stärken die europäische Halbleiter-Wertschöpfungskette</h2></header></div>
<div id="c8802" class="frame frame-default frame-type-text frame-layout-0">
<p>Im Silicon Eurocluster arbeiten zehn Cluster-Mitglieder der Silicon Europe Alliance zusammen, um kleine und mittlere Unternehmen der Elektronik- und Halbleiterbranche bei der grünen und digitalen Transformation zu unterstützen. Das Projekt wird aus dem Binnenmarktprogramm der EU (SMP-COSME-2021-CLUSTER) gefördert.</p>
</div>
<div id="c8803" class="frame frame-default frame-type-table frame-layout-0"><table class="ce-table"><tbody>
<tr><th>Projektlaufzeit</th><td>1. September 2022 bis 31. August 2025</td></tr>
<tr><th>Förderung</th><td>rund 5 Mio. Euro, davon bis zu 3 Mio. Euro als Finanzhilfen an KMU</td></tr>
<tr><th>Koordination</th><td>Silicon Saxony e. V., Dresden</td></tr>
</tbody></table></div>
<div id="c8804" class="frame frame-default frame-type-text frame-layout-0">
<h3>Aktivitäten</h3>
<ul><li>Offene Ausschreibungen für KMU (Innovation, Internationalisierung, Weiterbildung)</li><li>Matchmaking- und Delegationsreisen</li><li>Trainings zu Ökodesign und Cybersicherheit</li></ul>
<p>Die Auftaktveranstaltung fand am 29. September 2022 in Dresden statt. Die nächste offene Ausschreibung startet voraussichtlich im Frühjahr 2024; Termine veröffentlichen wir unter <a href="/veranstaltungen/">Veranstaltungen</a>.</p>
</div>
</main>
<footer class="page-footer"><p>Silicon Saxony e. V. · Manfred-von-Ardenne-Ring 20 · 01099 Dresden</p><p>© 2023 Silicon Saxony</p></footer>
</body>
</html>
"""
    return Page(
        id="hz-027",
        url=url,
        template="T5",
        lang="de",
        is_event=False,
        title=h1,
        page_title=h1,
        series=None,
        start=None,
        end=None,
        tz_label=None,
        euroclusters=["Silicon Eurocluster"],
        notes="NOT an event: TYPO3 project page in German; project duration 'Projektlaufzeit 1. September 2022 bis 31. "
        "August 2025' looks like an event range; a past kick-off date in prose.",
        html=page,
        covers="project page with duration (German)",
    )


# ------------------------------------------------------------------------------------------------ hz-029 (Polish static, cp1250)


def hz029() -> Page:
    base = "https://www.interizon.pl"
    url = base + "/aktualnosci/desire-otwarty-nabor-e-zdrowie.html"
    h1 = "DESIRE: otwarty nabór dla MŚP z sektora e-zdrowia"
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">
<title>Interizon – DESIRE: otwarty nabór dla MŚP</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
</head>
<body bgcolor="#ffffff">
<table width="960" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" class="top"><a href="/"><img src="/img/interizon_logo.gif" alt="Interizon – Pomorski Klaster ICT" border="0"></a></td></tr>
<tr><td class="menu" width="200" valign="top">
<ul class="menu"><li><a href="/o-nas.html">O nas</a></li><li><a href="/projekty.html">Projekty</a></li><li><a href="/aktualnosci.html">Aktualności</a></li><li><a href="/kontakt.html">Kontakt</a></li></ul>
<p class="small">Najbliższe wydarzenia:<br>15.02.2023 – Spotkanie członków klastra<br>09.03.2023 – Forum ICT Pomorze</p>
</td>
<td class="content" valign="top">
<h1>{h1}</h1>
<p class="data">Dodano: 25.01.2023</p>
<p>Projekt DESIRE (Development of E-Health Solutions Improving Resilience in Europe), jeden z Euroklastrów finansowanych z Programu Jednolitego Rynku, ogłosił otwarty nabór dla małych i średnich przedsiębiorstw z sektora e-zdrowia.</p>
<p>Firmy mogą otrzymać do 60 000 euro na wdrożenie rozwiązań cyfrowych i ekologicznych, szkolenia oraz ekspansję zagraniczną. Wnioski można składać do 31 marca 2023 r., godz. 17:00 CET.</p>
<p>Webinarium informacyjne dla wnioskodawców odbędzie się 8 lutego 2023 r. o godz. 10:00. Link do rejestracji prześlemy zainteresowanym firmom.</p>
<p>Szczegóły naboru: <a href="https://desire-project.eu/open-call">desire-project.eu</a></p>
</td></tr>
<tr><td colspan="2" class="stopka">© Interizon 2023 · ul. Trzy Lipy 3, 80-172 Gdańsk</td></tr>
</table>
</body>
</html>
"""
    return Page(
        id="hz-029",
        url=url,
        template="T5",
        lang="pl",
        is_event=False,
        title=h1,
        page_title=h1,
        series=None,
        start=None,
        end=None,
        tz_label=None,
        euroclusters=["DESIRE"],
        encoding="cp1250",
        notes="NOT an event: Polish open-call news on a static table-layout page saved as windows-1250 (declared via "
        "http-equiv); deadline '31 marca 2023 r., godz. 17:00 CET' and an info webinar '8 lutego 2023 r. o godz. "
        "10:00'; names the DESIRE Eurocluster by acronym and full name.",
        html=page,
        covers="Polish open call, windows-1250, static table layout",
    )


# ------------------------------------------------------------------------------------------------ hz-030 (Polish Joomla report)


def hz030() -> Page:
    base = "https://www.klastry.slaskie.pl"
    url = base + "/index.php/aktualnosci/123-clusters-meet-regions-w-katowicach-relacja"
    h1 = "Clusters meet Regions w Katowicach – relacja z warsztatów"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl-pl" lang="pl-pl" dir="ltr">
<head>
  <base href="{url}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="klastry, Śląsk, ECCP" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>Clusters meet Regions w Katowicach – relacja z warsztatów</title>
  <link href="/templates/protostar/css/template.css" rel="stylesheet" type="text/css" />
  <script src="/media/jui/js/jquery.min.js" type="text/javascript"></script>
</head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="Śląskie Klastry">Śląskie Klastry</span></a><div class="header-search pull-right"><form action="/index.php" method="post" class="form-inline"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Szukaj..." /></form></div></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills"><li class="item-101"><a href="/">Start</a></li><li class="item-112 current active"><a href="/index.php/aktualnosci">Aktualności</a></li><li class="item-113"><a href="/index.php/klastry">Klastry w regionie</a></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="pl-PL" />
	<div class="page-header"><h2 itemprop="headline">{h1}</h2></div>
	<dl class="article-info muted">
		<dt class="article-info-term">Szczegóły</dt>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2022-11-14T10:20:00+01:00" itemprop="datePublished">Opublikowano: 14 listopad 2022</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:537" />Odsłony: 537</dd>
	</dl>
	<div itemprop="articleBody">
		<p>W dniach 8–9 listopada 2022 r. w Katowicach odbyły się warsztaty Clusters meet Regions, organizowane przez Europejską Platformę Współpracy Klastrów (ECCP) we współpracy z Urzędem Marszałkowskim Województwa Śląskiego.</p>
		<p>W wydarzeniu wzięło udział około 130 osób z 18 krajów. Dyskutowano o roli klastrów w transformacji regionów przemysłowych oraz o współpracy między regionalnymi strategiami inteligentnych specjalizacji.</p>
		<p>Wśród prelegentów znaleźli się:</p>
		<ul>
			<li>Anna Wrona-Kęsik, wicemarszałek, Urząd Marszałkowski Województwa Śląskiego,</li>
			<li>Marek Przeor, Team Leader – Cluster Policy, DG GROW, Komisja Europejska,</li>
			<li>Helena Svobodová, dyrektor wykonawcza, Národní klastrová asociace.</li>
		</ul>
		<p>Drugiego dnia uczestnicy odwiedzili Śląskie Centrum Naukowo-Technologiczne i wzięli udział w ponad 90 spotkaniach B2B. Kolejna edycja Clusters meet Regions odbędzie się w marcu 2023 r. w Koszycach.</p>
		<p><a href="/images/2022/cmr-katowice/galeria.jpg"><img src="/images/2022/cmr-katowice/galeria-thumb.jpg" alt="Uczestnicy warsztatów w Katowicach" /></a></p>
	</div>
	<ul class="pager pagenav"><li class="previous"><a href="/index.php/aktualnosci/122-forum-klastrow-2022" rel="prev"><span class="icon-chevron-left"></span> Poprzedni artykuł</a></li></ul>
</div>
</main>
<div id="aside" class="span3"><div class="well "><h3 class="page-header">Najnowsze</h3><ul class="latestnews"><li><a href="/index.php/aktualnosci/122-forum-klastrow-2022">Forum Klastrów Śląskich – 20 października 2022</a></li><li><a href="/index.php/aktualnosci/121-nabor">Nabór do programu akceleracji – do 30 września 2022</a></li></ul></div></div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><p class="pull-right"><a href="#top" id="back-top">Do góry</a></p><p>&copy; 2022 Śląskie Klastry</p></div></footer>
</body>
</html>
"""
    return Page(
        id="hz-030",
        url=url,
        template="T5",
        lang="pl",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2022-11-08",
        end="2022-11-09",
        tz_label=None,
        speakers=[
            sp("Anna Wrona-Kęsik", "wicemarszałek", "Urząd Marszałkowski Województwa Śląskiego"),
            sp("Marek Przeor", "Team Leader – Cluster Policy", "DG GROW, Komisja Europejska"),
            sp("Helena Svobodová", "dyrektor wykonawcza", "Národní klastrová asociace"),
        ],
        euroclusters=[],
        assets=[],
        notes="Polish Joomla 3 report whose heading is an <h2> (no <h1>); 'W dniach 8–9 listopada 2022 r.' (dates only); "
        "'Wśród prelegentów znaleźli się:' list with ',' line endings and a final '.'; publication date and "
        "'Odsłony: 537' counter; next edition 'w marcu 2023 r.'; gallery image link is not an asset.",
        html=page,
        covers="Polish Joomla report, 'W dniach 8–9 listopada', h2 heading",
    )


# ------------------------------------------------------------------------------------------------ hz-031 (French, Wix-like, wrong charset)


def hz031() -> Page:
    base = "https://www.franceclusters.fr"
    url = base + "/evenements/eu-clusters-talk-transition-energetique"
    h1 = "EU Clusters Talks : les clusters face à la transition énergétique"

    def rt(cid: str, inner: str) -> str:
        return (
            f'<div id="comp-{cid}" class="KcpHeO tz5MDg wixui-rich-text" data-testid="richTextElement">{inner}</div>\n'
        )

    def para(text: str) -> str:
        return f'<p class="font_8 wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">{text}</span></p>'

    blocks = "".join(
        [
            rt(
                "lk3x9a1",
                f'<h1 class="font_0 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">{h1}</span></h1>',
            ),
            rt(
                "lk3x9b7",
                para(
                    "La Plateforme européenne de collaboration des clusters (ECCP) organise, pour le compte de la "
                    "Commission européenne (DG GROW), l’EU Clusters Talk « Energy transition: How clusters help industry "
                    "cut energy use » le mercredi 4 octobre 2023 de 8h30 à 9h45 (CET)."
                ),
            ),
            rt(
                "lk3x9c2",
                para(
                    "Face à la hausse des prix de l’énergie, les clusters accompagnent leurs adhérents dans la sobriété "
                    "et l’efficacité énergétique : audits mutualisés, achats groupés, projets de chaleur fatale. Le Talk "
                    "présente des exemples concrets et les outils européens disponibles."
                ),
            ),
            rt("lk3x9d5", para('<span style="font-weight:bold;">Intervenants :</span>')),
            rt("lk3x9e1", para("Clémence Rousseau, chargée de mission, DG ENER, Commission européenne")),
            rt("lk3x9e2", para("Jean-François Lévêque, directeur, Pôle Énergie Bourgogne-Franche-Comté")),
            rt("lk3x9e3", para("Anaïs Mercier, cheffe de projet, Tenerrdis")),
            rt("lk3x9e4", para("Modération : Hélène Garnier, European Cluster Collaboration Platform")),
            rt(
                "lk3x9f0",
                para(
                    "Inscription gratuite avant le 2 octobre 2023 sur le site de l’ECCP. Le Talk se déroule en anglais."
                ),
            ),
        ]
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="generator" content="Wix.com Website Builder"/>
  <title>EU Clusters Talk – transition énergétique | France Clusters</title>
  <meta name="description" content="EU Clusters Talk du 4 octobre 2023 sur la transition énergétique."/>
  <meta property="og:title" content="EU Clusters Talk – transition énergétique | France Clusters"/>
  <script type="application/json" id="wix-viewer-model">{{"siteFeatures":["bi","tpaWorkerFeature","ooi"],"site":{{"metaSiteId":"3c1d9a7e-5f2b-4e18-9b0a-6f4d2c8e1a07","isResponsive":true}}}}</script>
  <style>#comp-lk3x9a1{{--min-height:64px}} .font_0{{font:normal normal bold 44px/1.3em montserrat,sans-serif}} .font_8{{font:normal normal normal 16px/1.6em avenir-lt-w01_35-light1475496,sans-serif}}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="nTOEE9"><nav aria-label="Site"><ul id="comp-menu" class="wixui-dropdown-menu">
<li><a href="{base}/" class="wixui-dropdown-menu__item">Accueil</a></li><li><a href="{base}/le-reseau" class="wixui-dropdown-menu__item">Le réseau</a></li><li><a href="{base}/evenements" class="wixui-dropdown-menu__item">Événements</a></li><li><a href="{base}/contact" class="wixui-dropdown-menu__item">Contact</a></li></ul></nav></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi"><div class="Ry26q7"><section id="comp-lk3x8zz" class="comp-lk3x8zz wixui-section"><div data-testid="columns" class="comp-lk3x8zz-columns"><div id="comp-lk3x900" class="comp-lk3x900 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lk3x900inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lk3x900inlineContent-gridContainer" data-testid="mesh-container-content">
{blocks}<div id="comp-lk3xa10" class="comp-lk3xa10 wixui-button"><a data-testid="linkElement" href="https://clustercollaboration.eu/eu-clusters-talks-registration" target="_blank" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">S’inscrire</span></a></div>
</div></div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div class="footer-inner">{rt("lk3xz99", para("© 2023 France Clusters – Réseau national des clusters et pôles"))}</div></footer>
</div></div></div>
</body>
</html>
"""
    return Page(
        id="hz-031",
        url=url,
        template="T5",
        lang="fr",
        is_event=True,
        title="Energy transition: How clusters help industry cut energy use",
        page_title=h1,
        series="EU Clusters Talks",
        start="2023-10-04T08:30:00+02:00",
        end="2023-10-04T09:45:00+02:00",
        tz_label="CET",
        speakers=[
            sp("Clémence Rousseau", "chargée de mission", "DG ENER, Commission européenne"),
            sp("Jean-François Lévêque", "directeur", "Pôle Énergie Bourgogne-Franche-Comté"),
            sp("Anaïs Mercier", "cheffe de projet", "Tenerrdis"),
            sp("Hélène Garnier", None, "European Cluster Collaboration Platform"),
        ],
        euroclusters=[],
        assets=[],
        notes="French Wix-style div soup (every paragraph its own rich-text component); bytes are UTF-8 but the page "
        "declares ISO-8859-1 (wrong <meta>): decoding must not produce mojibake; 'le mercredi 4 octobre 2023 de 8h30 "
        "à 9h45 (CET)' – 'h' times, CET in October (+02:00); title in French guillemets « … »; one speaker per "
        "paragraph after 'Intervenants :'; 'Modération :' line; registration deadline 2 October 2023.",
        html=page,
        covers="French, Wix div soup, wrong meta charset, '8h30', « »",
    )


# ------------------------------------------------------------------------------------------------ hz-032 (static HTML)


def hz032() -> Page:
    base = "https://www.sustain-eurocluster.eu"
    url = base + "/final-conference.html"
    h1 = "SUSTAIN Eurocluster Final Conference"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>SUSTAIN Final Conference</title>
<link rel="stylesheet" href="css/site.css">
</head>
<body>
<div id="top"><a href="index.html"><img src="img/sustain-logo.png" alt="SUSTAIN – cluSter bUilding SmarT reAdiness INdicators"></a>
<ul id="nav"><li><a href="index.html">Home</a></li><li><a href="project.html">Project</a></li><li><a href="partners.html">Partners</a></li><li><a href="news.html">News</a></li></ul></div>
<div id="main">
<h1>{h1}</h1>
<p class="when"><time datetime="2023-05-03T10:00">Wednesday, May 3rd, 2023</time>, 10:00 a.m. – 12 noon (CET)<br>
Hybrid: Brussels (Covent Garden, Place Charles Rogier 16) and online</p>
<p>After eighteen months of work, the SUSTAIN Eurocluster presents the results of its smart readiness pilots in construction SMEs. Building owners share the desire to cut their energy bills, and the Smart Readiness Indicator helps them see what a smarter building can do. The conference shows how construction and energy clusters can bring the indicator to their members.</p>
<h2>Programme</h2>
<p>Welcome by Dr. Eleni Papadopoulou, Project Coordinator, CERTH</p>
<p>Keynote: Javier Ramírez, Head of Sector, DG ENER, European Commission</p>
<p>Panel: Smart readiness in practice</p>
<ul>
<li>Jordi Castells, Catalan Energy Cluster (CEEC)</li>
<li>Lena Björk, Sustainable Buildings Manager at Smart City Sweden</li>
<li>Marko Horvat, Director of Energy Institute Zagreb</li>
</ul>
<p>Moderated by Paolo Bruni, ECCP</p>
<p>Closing remarks and networking lunch</p>
<h2>Downloads</h2>
<ul class="downloads">
<li><a href="docs/SUSTAIN_Final_Conference_Programme.pdf">Programme (PDF, 180 KB)</a></li>
<li><a href="docs/SUSTAIN_pilot_results.zip">Pilot results (ZIP, 12 MB)</a></li>
<li><a href="img/poster.jpg">Event poster</a></li>
<li><a href="SUSTAIN_final_conference.ics">Add to calendar (.ics)</a></li>
</ul>
<p><a href="https://forms.gle/sUsTaInFinal2023">Register</a> by 26 April 2023.</p>
</div>
<div id="footer">&copy; 2023 SUSTAIN consortium. This project has received funding from the European Union's Single Market Programme under grant agreement No 101074503. Last updated: 12.04.2023</div>
</body>
</html>
"""
    return Page(
        id="hz-032",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start="2023-05-03T10:00:00+02:00",
        end="2023-05-03T12:00:00+02:00",
        tz_label="CET",
        speakers=[
            sp("Eleni Papadopoulou", "Project Coordinator", "CERTH"),
            sp("Javier Ramírez", "Head of Sector", "DG ENER, European Commission"),
            sp("Jordi Castells", None, "Catalan Energy Cluster (CEEC)"),
            sp("Lena Björk", "Sustainable Buildings Manager", "Smart City Sweden"),
            sp("Marko Horvat", "Director", "Energy Institute Zagreb"),
            sp("Paolo Bruni", None, "ECCP"),
        ],
        euroclusters=["SUSTAIN"],
        assets=[
            asset("Programme (PDF, 180 KB)", base + "/docs/SUSTAIN_Final_Conference_Programme.pdf"),
            asset("Pilot results (ZIP, 12 MB)", base + "/docs/SUSTAIN_pilot_results.zip"),
        ],
        notes="Plain static HTML; month-first ordinal 'Wednesday, May 3rd, 2023' in a <time datetime> without zone, "
        "'10:00 a.m. – 12 noon (CET)' (noon = 12:00; CET in May, +02:00); 'Welcome by', 'Keynote:', 'Panel: <title>' "
        "(a panel title, not a name), 'Name, Org' / 'Role at Org' / 'Director of Org' lines, 'Moderated by'; "
        "'desire' in prose is not the DESIRE Eurocluster; relative PDF and ZIP links are assets, the .jpg poster and "
        "the .ics are not; registration deadline and 'Last updated' date.",
        html=page,
        covers="static HTML, 'May 3rd, 2023', 'a.m. – 12 noon', Welcome by/Keynote/Panel, relative links",
    )


# ------------------------------------------------------------------------------------------------ hz-033 (AMP)


def hz033() -> Page:
    base = "https://www.clusterpost.eu"
    url = base + "/amp/news/eu-clusters-talk-single-market-programme-whats-next/"
    h1 = "EU Clusters Talk on 17 January: what's next for clusters in the Single Market Programme"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": h1,
        "datePublished": "2024-01-09T11:20:00+01:00",
        "dateModified": "2024-01-09T11:20:00+01:00",
        "author": {"@type": "Person", "name": "Clara Weiss"},
        "publisher": {
            "@type": "Organization",
            "name": "ClusterPost",
            "logo": {"@type": "ImageObject", "url": base + "/logo.png"},
        },
        "image": [base + "/media/2024/01/talk-smp.jpg"],
    }
    page = f"""<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{h1} – ClusterPost</title>
<link rel="canonical" href="{base}/news/eu-clusters-talk-single-market-programme-whats-next/">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">{json.dumps(ld)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:Georgia,serif;margin:0}}.amp-header{{background:#0b3d91;color:#fff;padding:12px 16px}}.amp-article{{padding:16px}}.amp-meta{{color:#666;font-size:14px}}.related li{{margin-bottom:8px}}</style>
</head>
<body>
<header class="amp-header"><a href="{base}/amp/" class="amp-brand">ClusterPost</a> <span class="amp-tagline">News for Europe's cluster community</span></header>
<article class="amp-article">
<h1 class="amp-title">{h1}</h1>
<div class="amp-meta">By Clara Weiss · <time datetime="2024-01-09T11:20:00+01:00">9 January 2024</time> · 3 min read</div>
<amp-img src="{base}/media/2024/01/talk-smp.jpg" width="1200" height="630" layout="responsive" alt="EU Clusters Talk 17.01.2024"></amp-img>
<div class="amp-body">
<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Clusters in the Single Market Programme: What's next?” on 17 January 2024, 8:30 – 9:45 CET.</p>
<p>The Single Market Programme has funded the ECCP, the Euroclusters and the cluster excellence calls since 2021. With the second Euroclusters call under evaluation, the Talk looks ahead at the programme's priorities for 2024 and 2025.</p>
<p>Speakers at this EU Clusters Talk will include:</p>
<ul>
<li>Sigrid Vandenberghe, Head of Sector - Clusters, EISMEA;</li>
<li>Florian Kessler, Cluster Manager, Automotive Cluster Ostdeutschland (ACOD), E-BOOST Eurocluster;</li>
<li>Maria Georgiou, Deputy Director, Corallia Clusters Initiative, European Cluster Manager of the Year 2023;</li>
<li>and representatives of the Euroclusters.</li>
</ul>
<p>The recording will be published on the ECCP's YouTube channel.</p>
</div>
<amp-social-share type="linkedin" width="40" height="40"></amp-social-share>
<amp-social-share type="twitter" width="40" height="40"></amp-social-share>
</article>
<section class="related"><h2>Related</h2><ul>
<li><a href="{base}/amp/news/clusters-meet-regions-milan-announced/">Clusters meet Regions goes to Milan in March</a> <time datetime="2023-12-19">19 December 2023</time></li>
<li><a href="{base}/amp/news/eu-clusters-talks-2023-recap/">EU Clusters Talks: the 2023 recap on 13 December</a> <time datetime="2023-12-05">5 December 2023</time></li>
</ul></section>
<footer class="amp-footer"><p>© 2024 ClusterPost</p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-CP2024AMP","config":{{"G-CP2024AMP":{{"groups":"default"}}}}}}}}</script></amp-analytics>
</body>
</html>
"""
    return Page(
        id="hz-033",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title="Clusters in the Single Market Programme: What's next?",
        page_title=h1,
        series="EU Clusters Talks",
        start="2024-01-17T08:30:00+01:00",
        end="2024-01-17T09:45:00+01:00",
        tz_label="CET",
        speakers=[
            sp("Sigrid Vandenberghe", "Head of Sector - Clusters", "EISMEA"),
            sp("Florian Kessler", "Cluster Manager", "Automotive Cluster Ostdeutschland (ACOD)", "E-BOOST"),
            sp("Maria Georgiou", "Deputy Director", "Corallia Clusters Initiative"),
        ],
        euroclusters=["E-BOOST"],
        assets=[],
        notes="AMP news page (<html ⚡>, amp-img, NewsArticle JSON-LD with datePublished, <time datetime> byline): the "
        "heading has the date without year; body '17 January 2024, 8:30 – 9:45 CET'; quoted title contains an "
        "apostrophe; '…, E-BOOST Eurocluster;' in a line; award suffix; 'and representatives of the Euroclusters.' "
        "is not a speaker; related-article dates.",
        html=page,
        covers="AMP, NewsArticle JSON-LD, heading date w/o year, non-speaker last bullet",
    )


# ------------------------------------------------------------------------------------------------ hz-034 (Cloudflare)


def hz034() -> Page:
    url = "https://www.clustercollaboration.eu/content/eu-clusters-talks-clusters-and-defence-readiness"
    page = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131;font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif,"Apple Color Emoji","Segoe UI Emoji","Segoe UI Symbol","Noto Color Emoji"}body{display:flex;flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}@media (width <= 720px){.main-content{margin-top:4rem}}.h2{font-size:1.5rem;font-weight:500;line-height:2.25rem}.footer{font-size:.75rem;line-height:1.125rem}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">www.clustercollaboration.eu</h1><h2 id="challenge-running" class="h2">Checking if the site connection is secure</h2><noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript><div id="challenge-body-text" class="core-msg spacer">www.clustercollaboration.eu needs to review the security of your connection before proceeding.</div></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "www.clustercollaboration.eu",cType: 'managed',cNounce: '41297',cRay: '8a1b2c3d4e5f6a7b',cHash: 'f1e2d3c4b5a69788',cUPMDTk: "\\/content\\/eu-clusters-talks-clusters-and-defence-readiness?__cf_chl_tk=Xq9.abcDEF-1731592800-0.0.1.1-4120",cFPWv: 'g',cTTimeMs: '1000',cMTimeMs: '390000',cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/content\\/eu-clusters-talks-clusters-and-defence-readiness?__cf_chl_f_tk=Xq9.abcDEF-1731592800-0.0.1.1-4120",md: "Qm9ndXNNZERhdGE=",cRq: {ru: 'aHR0cHM6Ly93d3cuY2x1c3RlcmNvbGxhYm9yYXRpb24uZXU=',ra: 'TW96aWxsYS81LjA=',rm: 'R0VU',d: 'Zm9v',t: 'MTczMTU5MjgwMC4wMDAwMDA=',cT: Math.floor(Date.now() / 1000),m: 'YmFy',i1: 'YmF6',i2: 'cXV4',zh: 'cXV1eA==',uh: 'Y29yZ2U=',hh: 'Z3JhdWx0',}};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8a1b2c3d4e5f6a7b';window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length).indexOf('?') !== -1 ? '?' : location.search;document.getElementsByTagName('head')[0].appendChild(cpo);}());</script><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8a1b2c3d4e5f6a7b</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source=challenge&amp;utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>"""
    return Page(
        id="hz-034",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title=None,
        page_title=None,
        series=None,
        start=None,
        end=None,
        tz_label=None,
        notes="NOT an event: Cloudflare managed-challenge page ('Just a moment...', 'Checking if the site connection is "
        "secure', Ray ID) served for an ECCP EU Clusters Talk URL; its heading is the host name.",
        html=page,
        covers="Cloudflare challenge",
    )


# ------------------------------------------------------------------------------------------------ hz-036 (empty SPA shell)


def hz036() -> Page:
    url = "https://events.clusterhub.eu/talks/clusters-and-artificial-intelligence"
    page = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>EU Clusters Talk: Clusters and Artificial Intelligence | ClusterHub Events</title>
    <script type="module" crossorigin src="/assets/index-4f8a1c2e.js"></script>
    <link rel="stylesheet" href="/assets/index-9b7d3e10.css">
  </head>
  <body>
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
  </body>
</html>
"""
    return Page(
        id="hz-036",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title=None,
        page_title=None,
        series=None,
        start=None,
        end=None,
        tz_label=None,
        notes="NOT an event: empty single-page-app shell; only <title> names an EU Clusters Talk, the body is empty "
        "(nothing to extract).",
        html=page,
        covers="empty body (JS app shell)",
    )


# ------------------------------------------------------------------------------------------------ hz-037 (Joomla login)


def hz037() -> Page:
    base = "https://www.cluster-network.eu"
    url = base + "/index.php/members-area/login?return=aW5kZXgucGhwP29wdGlvbj1jb21fY29udGVudCZ2aWV3PWFydGljbGUmaWQ9MjE0"
    page = """<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Login – Cluster Network Europe</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css" rel="stylesheet" />
</head>
<body class="site com_users wrapper-static view-login no-layout no-task itemid-155">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span>Cluster Network Europe</span></a></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav"><li class="nav-item item-101"><a href="/">Home</a></li><li class="nav-item item-150"><a href="/index.php/events">Events</a></li><li class="nav-item item-155 current active"><a href="/index.php/members-area" aria-current="page">Members area</a></li></ul></div></header>
<div class="site-grid"><div class="grid-child container-component"><main>
<div id="system-message-container" aria-live="polite"><joomla-alert type="warning" close-text="Close" dismiss="true" role="alert"><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">Warning</span></div><div class="alert-wrapper"><div class="alert-message">Please log in first.</div></div></joomla-alert></div>
<div class="com-users-login login">
<div class="page-header"><h1>Login</h1></div>
<div class="com-users-login__description login-description"><p>The presentations and photos of the Clusters meet Regions workshop in Lyon (12-13 October 2023) are available to members only. Please log in with your member account.</p></div>
<form action="/index.php/members-area/login?task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">
<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">Username<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" autocomplete="username" required></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">Password<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" autocomplete="current-password" class="form-control required" required></div></div>
<div class="com-users-login__remember"><div class="form-check"><input class="form-check-input" id="remember" type="checkbox" name="remember" value="yes"><label class="form-check-label" for="remember">Remember me</label></div></div>
<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">Log in</button></div></div>
<input type="hidden" name="return" value="aW5kZXgucGhwP29wdGlvbj1jb21fY29udGVudCZ2aWV3PWFydGljbGUmaWQ9MjE0"><input type="hidden" name="b4e8a27f1c5d3e9a0f6b2c7d8e1a4b5c" value="1"></fieldset>
</form></div>
<div class="com-users-login__options list-group"><a class="com-users-login__reset list-group-item" href="/index.php/members-area/login?view=reset">Forgot your password?</a><a class="com-users-login__remind list-group-item" href="/index.php/members-area/login?view=remind">Forgot your username?</a></div>
</main></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>© 2023 Cluster Network Europe</p></div></footer>
</body>
</html>
"""
    return Page(
        id="hz-037",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title="Login",
        page_title="Login",
        series=None,
        start=None,
        end=None,
        tz_label=None,
        notes="NOT an event: Joomla log-in page whose description names an event with its dates (Clusters meet Regions "
        "Lyon, 12-13 October 2023).",
        html=page,
        covers="log-in page",
    )


# ------------------------------------------------------------------------------------------------ hz-038 (newsletter)


def hz038() -> Page:
    url = "https://us14.campaign-archive.com/?u=6a1f0c3e9b2d47a5c8e01f234&id=9c2e7b41d0"
    items = [
        (
            "EU Clusters Talks: Support programmes and funding schemes: Cluster policies in the EU",
            "21 February 2024, 8:30 – 9:45 CET · online. Speakers include Marek Przeor (DG GROW) and Henrik Dahl Jensen (Technopolis Group).",
            "https://clustercollaboration.eu/content/eu-clusters-talks-support-programmes-and-funding-schemes-cluster-policies-eu",
        ),
        (
            "Clusters meet Regions – Milan, Italy",
            "26-27 March 2024 · Milan. Registration until 8 March.",
            "https://clustercollaboration.eu/event-calendar/clusters-meet-regions-milan-italy",
        ),
        (
            "European Cluster Conference 2024",
            "7-8 May 2024 · Brussels. Save the date!",
            "https://clustercollaboration.eu/event-calendar/european-cluster-conference-2024",
        ),
    ]
    rows = "".join(
        f"""<tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;font-family:Helvetica;font-size:15px;line-height:150%;">
<h3 style="margin:0;color:#0b3d91;">{t}</h3><p style="margin:4px 0 0 0;">{d}</p><p style="margin:4px 0 0 0;"><a href="{h}" target="_blank" style="color:#e4003a;">Read more</a></p></td></tr>
"""
        for t, d, h in items
    )
    page = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ECCP Newsletter – February 2024</title>
<meta property="og:title" content="ECCP Newsletter – February 2024">
<style type="text/css">p{{margin:10px 0;padding:0}}table{{border-collapse:collapse}}h1,h2,h3{{display:block;margin:0;padding:0}}img,a img{{border:0;height:auto;outline:none;text-decoration:none}}#bodyCell{{padding:10px}}.templateContainer{{max-width:600px !important}}</style>
<script>var $mcGeneratedAt = "2024-02-12T09:00:12Z";</script>
</head>
<body>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="font-size:11px;color:#656565;">Upcoming Talks, Clusters meet Regions in Milan and the European Cluster Conference · <a href="*|ARCHIVE|*" target="_blank">View this email in your browser</a></td></tr></table></td></tr>
<tr><td valign="top" id="templateHeader"><img align="center" alt="European Cluster Collaboration Platform" src="https://mcusercontent.com/6a1f0c3e9b2d47a5c8e01f234/images/eccp-newsletter-header.png" width="564" style="max-width:1200px;padding-bottom:0;display:inline !important;vertical-align:bottom;" class="mcnImage"></td></tr>
<tr><td valign="top" id="templateBody">
<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="padding:9px 18px;"><h1 style="font-size:26px;">ECCP Newsletter – February 2024</h1><p>Dear cluster community, here is what is coming up on the European Cluster Collaboration Platform in the next weeks.</p></td></tr></table>
<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="padding:9px 18px;"><h2>Upcoming events</h2></td></tr>
{rows}</table>
<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="padding:9px 18px;"><h2>Open calls by Euroclusters</h2><ul><li>E-BOOST: third open call for electromobility SMEs, deadline 15 March 2024, 17:00 CET</li><li>SILEO: training vouchers for lighting SMEs, deadline 29 February 2024</li></ul></td></tr></table>
</td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="font-size:12px;color:#656565;text-align:center;"><em>Copyright © 2024 European Cluster Collaboration Platform, All rights reserved.</em><br>You are receiving this email because you subscribed on clustercollaboration.eu.<br><a href="*|UNSUB|*">unsubscribe from this list</a> · <a href="*|UPDATE_PROFILE|*">update subscription preferences</a></td></tr></table></td></tr>
</table>
</td></tr></table>
</center>
</body>
</html>
"""
    return Page(
        id="hz-038",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title="ECCP Newsletter – February 2024",
        page_title="ECCP Newsletter – February 2024",
        series=None,
        start=None,
        end=None,
        tz_label=None,
        euroclusters=["E-BOOST", "SILEO"],
        notes="NOT an event: Mailchimp newsletter archive listing three events (one with time and zone and named speakers) "
        "and two open calls with deadlines.",
        html=page,
        covers="newsletter listing several events",
    )


PAGES = [hz025, hz026, hz027, hz029, hz030, hz031, hz032, hz033, hz034, hz036, hz037, hz038]
