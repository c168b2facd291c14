"""T4 — other CMSs and site builders: Joomla, TYPO3, an old custom PHP CMS, static HTML, Wix, Eventbrite, AMP,
Squarespace, Mailchimp."""

from common import add, asset, sp

# ---------------------------------------------------------------------------------------------------------- hx-011
url = "https://www.bau-cluster-bw.de/aktuelles/eu-clusters-talk-kreislaufwirtschaft-im-bausektor"
page = """<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="author" content="Redaktion">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>EU Clusters Talk: Kreislaufwirtschaft im Bausektor – Bau-Cluster Baden-Württemberg</title>
    <link href="/media/templates/site/cassiopeia/css/template.min.css?4b8c1a" rel="stylesheet" />
    <link href="/media/system/css/joomla-fontawesome.min.css?4b8c1a" rel="stylesheet" />
    <script type="application/json" class="joomla-script-options new">{"csrf.token":"3a5e0d1f9b2c","system.paths":{"root":"","rootFull":"https:\\/\\/www.bau-cluster-bw.de\\/","base":""}}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
    <header class="header container-header full-width">
        <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="https://www.bau-cluster-bw.de/images/logo-bcbw.svg" alt="Bau-Cluster Baden-Württemberg" width="240" height="60"></a><div class="site-description">Netzwerk für nachhaltiges Bauen</div></div></div>
        <div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101"><a href="/" >Startseite</a></li><li class="nav-item item-105"><a href="/cluster" >Der Cluster</a></li><li class="nav-item item-112 current active"><a href="/aktuelles" aria-current="location">Aktuelles</a></li><li class="nav-item item-118"><a href="/termine" >Termine</a></li><li class="nav-item item-120"><a href="/kontakt" >Kontakt</a></li></ul></div>
    </header>
    <div class="site-grid">
        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Aktuelle Seite: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Startseite</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/aktuelles" class="pathway"><span>Aktuelles</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>EU Clusters Talk: Kreislaufwirtschaft im Bausektor</span></li></ol></nav>
            <div id="system-message-container" aria-live="polite"></div>
            <main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="de-DE">
    <div class="page-header">
        <h2 itemprop="headline">EU Clusters Talk: Kreislaufwirtschaft im Bausektor</h2>
    </div>
    <dl class="article-info text-muted">
        <dt class="article-info-term">Details</dt>
        <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von: <span itemprop="name">Redaktion</span></dd>
        <dd class="category-name">Kategorie: <a href="/aktuelles" itemprop="genre">Aktuelles</a></dd>
        <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2023-10-02T09:15:00+02:00" itemprop="datePublished">Veröffentlicht: 02. Oktober 2023</time></dd>
        <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:412">Zugriffe: 412</dd>
    </dl>
    <div itemprop="articleBody" class="com-content-article__body">
<p>Die Europäische Cluster-Kollaborationsplattform (ECCP) lädt im Auftrag der Europäischen Kommission zum EU Clusters Talk „Circular construction: clusters as drivers of change“ ein – am 18. Oktober 2023 von 10:00 bis 11:30 Uhr, online.</p>
<p>Der Bausektor verursacht rund ein Drittel des Abfallaufkommens in der EU. Wie Cluster Planungsbüros, Baustoffhersteller und Handwerksbetriebe beim Umstieg auf kreislauffähiges Bauen unterstützen, zeigen Beispiele aus Deutschland und Spanien. Auch das Eurocluster SUSTAIN stellt seine Arbeit zu Smart-Readiness-Indikatoren für Gebäude vor.</p>
<p><strong>Zielgruppe:</strong></p>
<ul>
<li>Clustermanagerinnen und Clustermanager</li>
<li>Planungsbüros und Bauunternehmen</li>
<li>Kommunen und Wirtschaftsförderungen</li>
</ul>
<p><strong>Referent:innen:</strong></p>
<ul>
<li>Dr. Julia Hartmann, Clustermanagerin, Cluster Nachhaltiges Bauen BW</li>
<li>Prof. Dr. Stefan Brenner, Leiter des Instituts für Baustofftechnik, Hochschule Augsburg</li>
<li>Núria Puig, Projektleiterin, AEI Tèxtils, xBUILD-EU Eurocluster</li>
<li>Vertreter:in der Europäischen Kommission (GD GROW) – angefragt</li>
</ul>
<p>Die Teilnahme ist kostenfrei. <a href="https://clustercollaboration.eu/content/eu-clusters-talks-circular-construction">Zur Anmeldung</a> (Anmeldeschluss: 16. Oktober 2023). Das <a href="/images/downloads/EUCT_18-10-2023_Programm.pdf">Programm als PDF</a> steht zum Download bereit.</p>
<p>Weitere Termine: Am 8. November 2023 folgt der EU Clusters Talk zur Mobilitätswende.</p>
    </div>
    <nav class="pagenavigation" aria-label="Seitennavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/aktuelles/mitgliederversammlung-2023" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> Zurück</a></span></nav>
</div>
            </main>
        </div>
        <div class="grid-child container-sidebar-right">
            <div class="sidebar-right card "><h3 class="card-header ">Termine</h3><div class="card-body"><ul class="mod-articles-category"><li><a href="/termine/baukongress-2023">Baukongress 2023</a> <span class="mod-articles-category-date">23.11.2023</span></li><li><a href="/termine/holzbau-forum">Holzbau-Forum</a> <span class="mod-articles-category-date">07.12.2023</span></li></ul></div></div>
        </div>
    </div>
    <footer class="container-footer footer full-width"><div class="grid-child"><p>© 2023 Bau-Cluster Baden-Württemberg · Impressum · Datenschutz</p></div></footer>
    <a href="#top" id="back-top" class="back-to-top-link" aria-label="Zurück nach oben"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""
add(
    "hx-011",
    url,
    "T4",
    "de",
    page,
    is_event=True,
    title="Circular construction: clusters as drivers of change",
    page_title="EU Clusters Talk: Kreislaufwirtschaft im Bausektor",
    series="EU Clusters Talks",
    start="2023-10-18T10:00:00+02:00",
    end="2023-10-18T11:30:00+02:00",
    tz_label=None,
    speakers=[
        sp("Julia Hartmann", "Clustermanagerin", "Cluster Nachhaltiges Bauen BW"),
        sp("Stefan Brenner", "Leiter des Instituts für Baustofftechnik", "Hochschule Augsburg"),
        sp("Núria Puig", "Projektleiterin", "AEI Tèxtils", "xBUILD-EU"),
    ],
    euroclusters=["SUSTAIN", "xBUILD-EU"],
    assets=[asset("Programm als PDF", "https://www.bau-cluster-bw.de/images/downloads/EUCT_18-10-2023_Programm.pdf")],
    notes="Joomla 4 (Cassiopeia): the article heading is an <h2 itemprop='headline'> and there is no <h1>. German 'am 18. "
    "Oktober 2023 von 10:00 bis 11:30 Uhr' (no zone label → tz_label null; October before the last Sunday → "
    "+02:00). 'Veröffentlicht: 02. Oktober 2023', 'Zugriffe: 412', the registration deadline, the next Talk (8. "
    "November 2023) and sidebar dates are not the event. 'Zielgruppe:' list before 'Referent:innen:'; 'Prof. Dr.' "
    "to strip; the Commission representative 'angefragt' (requested) is a placeholder. Eurocluster SUSTAIN named in prose.",
    what="Joomla <h2> heading; German 'am … von … bis … Uhr'; Zielgruppe list; Referent:innen with Prof. Dr. and 'angefragt' placeholder.",
)

# ---------------------------------------------------------------------------------------------------------- hx-012
url = "https://www.cluster-nrw-europa.de/news/detail/clusters-meet-regions-in-charleroi-anmeldung-geoeffnet"
page = """<!DOCTYPE html>
<html lang="de-DE">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="https://www.cluster-nrw-europa.de/">
<title>Clusters meet Regions in Charleroi: Anmeldung ge&ouml;ffnet - Cluster NRW Europa</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="Clusters meet Regions in Charleroi: Anmeldung ge&ouml;ffnet" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-4a1f9c2e8b7d3a0f5e6c-min.css.gzip?1729500000" media="all">
</head>
<body id="p42" class="page-42 pagelevel-2 language-0 backendlayout-subnavigation_right layout-default">
<div class="body-bg">
<a class="sr-only sr-only-focusable page-skip-link" href="#page-content"><span>Zum Hauptinhalt springen</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
  <div class="container"><a class="navbar-brand navbar-brand-image" title="Cluster NRW Europa" href="/"><img class="navbar-brand-logo-normal" src="/typo3conf/ext/site/Resources/Public/Images/logo.svg" alt="Cluster NRW Europa logo" height="52" width="180"></a>
  <nav id="mainnavigation" class="navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a href="/ueber-uns/" class="nav-link">&Uuml;ber uns</a></li><li class="nav-item active"><a href="/news/" class="nav-link">Aktuelles</a></li><li class="nav-item"><a href="/veranstaltungen/" class="nav-link">Veranstaltungen</a></li><li class="nav-item"><a href="/foerderung/" class="nav-link">F&ouml;rderung</a></li></ul></nav></div>
</header>
<nav class="breadcrumb-section" aria-label="Brotkrumen"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Startseite">Startseite</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/news/" title="Aktuelles">Aktuelles</a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">Clusters meet Regions in Charleroi</span></li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default"><div class="container"><div class="section-row"><main class="section-column maincontent-wrap" role="main">
<div id="c812" class="frame frame-default frame-type-news_newsdetail frame-layout-0 frame-background-none frame-no-backgroundimage frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner">
<div class="news news-single">
	<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
		<div class="header"><h1 itemprop="headline">Clusters meet Regions in Charleroi: Anmeldung ge&ouml;ffnet</h1></div>
		<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-10-21">21.10.2024</time></span> <span class="news-list-category">Europa</span></p></div>
		<div class="teaser-text" itemprop="description"><p>Die Anmeldung f&uuml;r das n&auml;chste Clusters meet Regions in Belgien ist ge&ouml;ffnet.</p></div>
		<div class="news-text-wrap" itemprop="articleBody">
<p>Die Europ&auml;ische Cluster-Kollaborationsplattform (ECCP) l&auml;dt im Auftrag der Europ&auml;ischen Kommission vom 27. bis 28. November 2024 nach Charleroi (Belgien) ein. Das Clusters meet Regions steht unter dem Motto &bdquo;Clusters driving the industrial transition of Wallonia&ldquo;.</p>
<p>Die Region Wallonien hat ihre Cluster- und Wettbewerbspolitik in den vergangenen Jahren neu ausgerichtet. Zwei Tage lang diskutieren Clustermanagerinnen und -manager, Regionalpolitik und Unternehmen &uuml;ber Kreislaufwirtschaft, Fachkr&auml;fte und die Zusammenarbeit &uuml;ber Grenzen hinweg. Am zweiten Tag stehen Besuche bei Unternehmen im Biopark Charleroi auf dem Programm.</p>
<p><strong>Programm (Auszug):</strong></p>
<p>Begr&uuml;&szlig;ung: &Eacute;lodie Marchal, Direktorin, Wallonische Agentur f&uuml;r Unternehmen und Innovation<br>
Keynote: Dr. Fran&ccedil;ois Lef&egrave;vre, Direktor, GD GROW, Europ&auml;ische Kommission<br>
Moderation: J&ouml;rg Sch&auml;fer, NRW.Europa</p>
<p>Anmeldeschluss ist der 15. November 2024. Das vollst&auml;ndige <a href="/fileadmin/user_upload/news/CmR_Charleroi_Programm.pdf" target="_blank">Programm (PDF, 320 KB)</a> steht bereit.</p>
		</div>
		<div class="news-related-wrap">
			<div class="news-related news-related-files"><h4>Zugeh&ouml;rige Dateien</h4><ul>
				<li><span class="news-related-files-link"><a href="fileadmin/user_upload/news/CmR_Charleroi_Anmeldeformular.docx" target="_blank">Anmeldeformular</a></span> <span class="news-related-files-size">48 KB</span></li>
			</ul></div>
			<div class="news-related news-related-links"><h4>Zugeh&ouml;rige Links</h4><ul><li><a href="https://clustercollaboration.eu/event-calendar" target="_blank" title="ECCP">Veranstaltungskalender der ECCP</a></li></ul></div>
		</div>
		<div class="news-backlink-wrap"><a href="/news/">Zur&uuml;ck</a></div>
	</div>
</div>
</div></div></div>
</main>
<aside class="section-column subcontent-wrap" role="complementary"><div id="c815" class="frame frame-default frame-type-news_pi1"><header class="frame-header"><h2 class="element-header">Weitere Meldungen</h2></header><div class="news-list-view"><div class="article articletype-0"><span class="news-list-date"><time datetime="2024-10-02">02.10.2024</time></span><h3><a href="/news/detail/clusters-meet-regions-chisinau">Clusters meet Regions in Chi&#537;in&#259;u am 24. und 25. Oktober</a></h3></div><div class="article articletype-0"><span class="news-list-date"><time datetime="2024-09-12">12.09.2024</time></span><h3><a href="/news/detail/eu-clusters-talk-september">EU Clusters Talk am 25. September 2024</a></h3></div></div></div></aside>
</div></div></div>
<!--TYPO3SEARCH_end-->
</div>
<footer class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><p>&copy; 2024 Cluster NRW Europa &middot; Impressum &middot; Datenschutz &middot; Barrierefreiheit</p></div></section></footer>
</div>
<script src="/typo3temp/assets/compressed/merged-9c8a7d1e2f3b4c5d6e7f-min.js.gzip?1729500000"></script>
</body>
</html>
"""
add(
    "hx-012",
    url,
    "T4",
    "de",
    page,
    is_event=True,
    title="Clusters driving the industrial transition of Wallonia",
    page_title="Clusters meet Regions in Charleroi: Anmeldung geöffnet",
    series="Clusters meet Regions",
    start="2024-11-27",
    end="2024-11-28",
    speakers=[
        sp("Élodie Marchal", "Direktorin", "Wallonische Agentur für Unternehmen und Innovation"),
        sp("François Lefèvre", "Direktor", "GD GROW, Europäische Kommission"),
        sp("Jörg Schäfer", None, "NRW.Europa"),
    ],
    assets=[
        asset(
            "Programm (PDF, 320 KB)",
            "https://www.cluster-nrw-europa.de/fileadmin/user_upload/news/CmR_Charleroi_Programm.pdf",
        ),
        asset(
            "Anmeldeformular",
            "https://www.cluster-nrw-europa.de/fileadmin/user_upload/news/CmR_Charleroi_Anmeldeformular.docx",
        ),
    ],
    notes="TYPO3 news detail. Every accented letter and the „…“ quotes are HTML entities (&auml; &szlig; &Eacute; &bdquo; "
    "&ldquo; …). 'vom 27. bis 28. November 2024' (dates only). Agenda lines 'Begrüßung: / Keynote: / Moderation:' "
    "name the speakers. Publication date 21.10.2024, the deadline (15. November 2024) and sidebar items (another "
    "CmR '24. und 25. Oktober', a Talk 'am 25. September 2024') are not the event. Assets: a body PDF and a .docx in "
    "the news 'Zugehörige Dateien' block whose href is relative to <base href>.",
    what="TYPO3; entities for every accented letter; 'vom 27. bis 28. November 2024'; Begrüßung/Keynote/Moderation lines; <base href> relative asset.",
)

# ---------------------------------------------------------------------------------------------------------- hx-013
url = "https://www.pomorskie-klastry.pl/aktualnosci/eu-clusters-talk-zdrowie-24-maja-2023"
page = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">
<title>Pomorskie Klastry - Aktualności - EU Clusters Talk: klastry w ekosystemie zdrowia</title>
<meta name="keywords" content="klastry, Pomorze, EU Clusters Talks, zdrowie">
<link rel="stylesheet" type="text/css" href="/css/style.css">
<script type="text/javascript" src="/js/menu.js"></script>
</head>
<body>
<div id="kontener">
 <div id="naglowek"><a href="/"><img src="/img/logo.gif" alt="Pomorskie Klastry" border="0" width="300" height="80"></a>
  <div id="menu"><a href="/o-nas">O nas</a> | <a href="/klastry">Klastry</a> | <a href="/aktualnosci" class="aktywny">Aktualności</a> | <a href="/wydarzenia">Wydarzenia</a> | <a href="/kontakt">Kontakt</a></div>
 </div>
 <div id="lewa">
  <div class="ramka"><b>Najbliższe wydarzenia</b><br>
   <a href="/wydarzenia/forum-klastrow-2023">Forum Klastrów Pomorskich</a><br><span class="data">15.06.2023, godz. 10:00</span><br><br>
   <a href="/wydarzenia/dzien-otwarty">Dzień otwarty w Gdyni</a><br><span class="data">2.06.2023</span>
  </div>
 </div>
 <div id="tresc">
  <h1>EU Clusters Talk: klastry w ekosystemie zdrowia</h1>
  <p class="data">Dodano: 10.05.2023, autor: Biuro Klastra</p>
  <p>Europejska Platforma Współpracy Klastrów zaprasza na spotkanie online z cyklu EU Clusters Talks „Health ecosystem: clusters for a resilient supply of medicines”, które odbędzie się 24 maja 2023 r., godz. 8:30–9:45 CET.</p>
  <p>Pandemia pokazała, jak bardzo Europa zależy od dostaw substancji czynnych spoza Unii. Podczas spotkania eksperci omówią rolę klastrów w budowaniu odpornych łańcuchów dostaw leków i wyrobów medycznych.</p>
  <p><b>Prelegenci:</b></p>
  <p>- dr Anna Zielińska, Menedżerka Klastra, Klaster Life Science Kraków;<br>
  - prof. dr hab. Jerzy Wójcik, Kierownik Zakładu Farmacji Przemysłowej, Gdański Uniwersytet Medyczny;<br>
  - Paweł Śliwiński, Kierownik Projektu, Interizon – Pomorski Klaster ICT, Eurocluster DESIRE;<br>
  - Łucja Kręglewska, Policy Officer, DG GROW, Komisja Europejska.</p>
  <p>Spotkanie odbędzie się w języku angielskim. Rejestracja: <a href="https://clustercollaboration.eu/content/eu-clusters-talks-health-ecosystem" target="_blank">clustercollaboration.eu</a>.</p>
  <p><a href="/pliki/EUCT_24-05-2023_agenda.pdf"><img src="/img/ikona_pdf.gif" border="0" alt=""> Agenda spotkania</a></p>
  <p><a href="/aktualnosci">&laquo; powrót</a></p>
 </div>
 <div id="stopka">&copy; 2008-2023 Pomorskie Klastry. Wszelkie prawa zastrzeżone. | <a href="/polityka-prywatnosci">Polityka prywatności</a></div>
</div>
</body>
</html>
"""
add(
    "hx-013",
    url,
    "T4",
    "pl",
    page,
    is_event=True,
    title="Health ecosystem: clusters for a resilient supply of medicines",
    page_title="EU Clusters Talk: klastry w ekosystemie zdrowia",
    series="EU Clusters Talks",
    start="2023-05-24T08:30:00+02:00",
    end="2023-05-24T09:45:00+02:00",
    tz_label="CET",
    speakers=[
        sp("Anna Zielińska", "Menedżerka Klastra", "Klaster Life Science Kraków"),
        sp("Jerzy Wójcik", "Kierownik Zakładu Farmacji Przemysłowej", "Gdański Uniwersytet Medyczny"),
        sp("Paweł Śliwiński", "Kierownik Projektu", "Interizon – Pomorski Klaster ICT", "DESIRE"),
        sp("Łucja Kręglewska", "Policy Officer", "DG GROW, Komisja Europejska"),
    ],
    euroclusters=["DESIRE"],
    assets=[asset("Agenda spotkania", "https://www.pomorskie-klastry.pl/pliki/EUCT_24-05-2023_agenda.pdf")],
    encoding="iso-8859-2",
    notes="Old custom PHP CMS (HTML 4.01, div layout) saved as ISO-8859-2 bytes, declared by http-equiv; dashes and „…” "
    "quotes, which ISO-8859-2 lacks, are numeric character references. Polish '24 maja 2023 r., godz. 8:30–9:45 "
    "CET' (+02:00). Polish lower-case honorifics 'dr' and 'prof. dr hab.' to strip; '- ' lines in one <br> "
    "paragraph after 'Prelegenci:'; 'Eurocluster DESIRE' (word order reversed). 'Dodano: 10.05.2023' and the "
    "left-column events (with a time) are not the event. One PDF whose link also holds an icon image.",
    what="ISO-8859-2 + numeric refs; '24 maja 2023 r., godz. 8:30–9:45 CET'; Prelegenci with 'dr' / 'prof. dr hab.'; 'Eurocluster DESIRE'.",
)

# ---------------------------------------------------------------------------------------------------------- hx-015
url = "https://www.pole-industrie-durable.fr/evenements/eu-clusters-talk-industrie-5-0.html"
page = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>EU Clusters Talk – Industrie 5.0 | Pôle Industrie Durable</title>
<meta name="description" content="EU Clusters Talk sur l’industrie 5.0, le 12 octobre 2022.">
<link rel="stylesheet" href="../css/site.css">
</head>
<body>
<div id="bandeau"><a href="../index.html"><img src="../img/logo-pid.png" alt="Pôle Industrie Durable" width="220" height="70"></a>
<ul id="navigation"><li><a href="../pole.html">Le pôle</a></li><li><a href="../adherents.html">Adhérents</a></li><li><a href="../evenements/index.html" class="actif">Événements</a></li><li><a href="../contact.html">Contact</a></li></ul></div>
<div id="contenu">
<p class="fil"><a href="../index.html">Accueil</a> &gt; <a href="index.html">Événements</a> &gt; EU Clusters Talk</p>
<h1>EU Clusters Talk : l’industrie 5.0 et les clusters</h1>
<p class="date-publication">Publié le 26/09/2022</p>
<p>La Plateforme européenne de collaboration des clusters (ECCP) organise, pour le compte de la Commission européenne, l’EU Clusters Talk « Industrie 5.0 : l’humain au cœur de la transition », le mercredi 12 octobre 2022 de 8h30 à 10h00 (CEST).</p>
<p>L’industrie 5.0 complète l’industrie 4.0 en plaçant le bien-être des travailleurs, la durabilité et la résilience au centre de la production. Comment les clusters accompagnent-ils leurs PME dans cette évolution ?</p>
<p><b>Intervenants :</b></p>
<p>• Dr Hélène Giraud, Chargée de mission, DG GROW, Commission européenne<br>
• Antoine Mercier, Délégué général, Pôle Industrie Durable<br>
• Chiara Bassi, Responsabile Innovazione, Cluster Fabbrica Intelligente Lombardia<br>
• Intervenant à confirmer</p>
<p>Le webinaire se tient en anglais. Inscriptions jusqu’au 10 octobre sur le <a href="https://clustercollaboration.eu/content/eu-clusters-talks-industry-50">site de l’ECCP</a>.</p>
<p><a href="../documents/EUCT-industrie5-programme.pdf">Programme détaillé (PDF)</a> – <a href="../img/visuel-euct-industrie5.png">Visuel de l’événement</a></p>
</div>
<div id="colonne"><h3>Agenda du pôle</h3><p><b>Assemblée générale</b><br>17 novembre 2022 à 14h00, Lyon</p><p><b>Rencontres Industrie du Futur</b><br>1er et 2 décembre 2022</p></div>
<div id="pied">© Pôle Industrie Durable 2022 – <a href="../mentions-legales.html">Mentions légales</a></div>
</body>
</html>
"""
add(
    "hx-015",
    url,
    "T4",
    "fr",
    page,
    is_event=True,
    title="Industrie 5.0 : l’humain au cœur de la transition",
    page_title="EU Clusters Talk : l’industrie 5.0 et les clusters",
    series="EU Clusters Talks",
    start="2022-10-12T08:30:00+02:00",
    end="2022-10-12T10:00:00+02:00",
    tz_label="CEST",
    speakers=[
        sp("Hélène Giraud", "Chargée de mission", "DG GROW, Commission européenne"),
        sp("Antoine Mercier", "Délégué général", "Pôle Industrie Durable"),
        sp("Chiara Bassi", "Responsabile Innovazione", "Cluster Fabbrica Intelligente Lombardia"),
    ],
    assets=[
        asset(
            "Programme détaillé (PDF)", "https://www.pole-industrie-durable.fr/documents/EUCT-industrie5-programme.pdf"
        )
    ],
    bom=True,
    notes="Hand-written static HTML saved as UTF-8 with a byte-order mark. French 'le mercredi 12 octobre 2022 de 8h30 à "
    "10h00 (CEST)' ('h' times). Title in « … » guillemets with inner spaces. '• ' lines after 'Intervenants :' (one "
    "Italian role), placeholder 'Intervenant à confirmer'. Asset href is '../documents/…' (relative with '..'); a "
    ".png visual is not an asset. Publication date and the side column's dates and times are not the event.",
    what="French static page with BOM; '8h30 à 10h00'; « » title; '../' relative PDF link.",
)

# ---------------------------------------------------------------------------------------------------------- hx-016
url = "https://www.eurocluster-academy.com/events/euroclusters-open-calls-how-smes-can-apply"
page = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/3f2a1b_fav.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/3f2a1b_fav.png" type="image/png"/>
  <title>Euroclusters open calls: how SMEs can apply | Eurocluster Academy</title>
  <meta name="description" content="Free webinar on Euroclusters open calls for SMEs."/>
  <link rel="canonical" href="https://www.eurocluster-academy.com/events/euroclusters-open-calls-how-smes-can-apply"/>
  <script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","events","seo"],"site":{"metaSiteId":"9c1e0f2a-7b3d-4c5e-8f6a-1b2c3d4e5f60","isHttps":true,"externalBaseUrl":"https:\\/\\/www.eurocluster-academy.com","timezone":"Europe\\/Brussels"},"events":{"eventId":"e7a1c2d3","scheduling":{"startDate":"2024-01-17T09:30:00.000Z","endDate":"2024-01-17T11:00:00.000Z","timeZoneId":"Europe/Brussels"}},"language":{"userLanguage":"en"}}</script>
  <style data-url="https://static.parastorage.com/services/editor-elements-library/dist/thunderbolt/rb_wixui.thunderbolt.min.css">.font_0{font:normal normal bold 44px/1.3em 'poppins-semibold',sans-serif}.font_4{font:normal normal normal 22px/1.4em 'poppins-semibold',sans-serif}.font_8{font:normal normal normal 16px/1.6em helvetica-w01-light,sans-serif}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div class="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_k2x9q" class="pageBackground_k2x9q"></div></div></div>
<div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTf"><div id="comp-lb3k1hdr" class="comp-lb3k1hdr wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.eurocluster-academy.com" target="_self" class="wixui-rich-text__text">EUROCLUSTER ACADEMY</a></span></p></div>
<nav id="comp-lb3k2nav" aria-label="Site" class="comp-lb3k2nav wixui-horizontal-menu"><ul class="oM2xQj"><li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.eurocluster-academy.com" class="UiHgGh"><div class="itemDepth02233374943__itemWrapper"><p class="itemDepth02233374943__label">Home</p></div></a></li><li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.eurocluster-academy.com/events" class="UiHgGh"><div><p>Events</p></div></a></li><li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.eurocluster-academy.com/resources" class="UiHgGh"><div><p>Resources</p></div></a></li></ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="cdhx3" class="wixui-page"><div class="HT5ybB">
<section id="comp-lq1xa8f0" tabindex="-1" class="Oqnisf comp-lq1xa8f0 wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-lq1xa8f4" class="comp-lq1xa8f4 YzqVVZ wixui-column-strip__column"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq1xc3p2" class="comp-lq1xc3p2 wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">Euroclusters open calls: how SMEs can apply</span></h1></div>
<div id="comp-lq1xd8k1" class="comp-lq1xd8k1 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">Wednesday, 17 January 2024 · 10:30 am – noon CET · Online (Zoom)</span></span></p></div>
<div data-hook="event-details" class="J6u6V0"><div data-hook="event-short-date" class="tc3mpK">Jan 17, 2024, 10:30 AM – 12:00 PM</div><div data-hook="event-location" class="mWq2cr">Online</div><a data-hook="rsvp-button" href="https://www.eurocluster-academy.com/event-details/euroclusters-open-calls-how-smes-can-apply/form" class="A8cw4Z">Register</a></div>
<div id="comp-lq1xf0w9" class="comp-lq1xf0w9 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Euroclusters distribute cascade funding to SMEs through open calls: vouchers for green and digital projects, internationalisation support and training. This free webinar explains where to find the calls, how the evaluation works and which mistakes to avoid.</p>
<p class="font_8 wixui-rich-text__text">What you will learn:</p>
<ul class="font_8 wixui-rich-text__text"><li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">where Euroclusters publish their calls</p></li><li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">how proposals are evaluated</p></li><li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">how to combine calls with regional funding</p></li></ul></div>
<div id="comp-lq1xg5s2" class="comp-lq1xg5s2 wixui-rich-text" data-testid="richTextElement"><h2 class="font_4 wixui-rich-text__text">Speakers</h2></div>
<div id="comp-lq1xh1a0" class="comp-lq1xh1a0 wixui-repeater" role="list"><div class="wixui-repeater__item" role="listitem">
  <div id="comp-lq1xh1b3__item1" class="wixui-rich-text" data-testid="richTextElement"><h3 class="font_4 wixui-rich-text__text">Kata&shy;rzyna Lewandowska</h3></div>
  <div id="comp-lq1xh1c7__item1" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Open Call Manager</p><p class="font_8 wixui-rich-text__text">Mazovia Cluster ICT, EPICENTRE Eurocluster</p></div>
</div><div class="wixui-repeater__item" role="listitem">
  <div id="comp-lq1xh1b3__item2" class="wixui-rich-text" data-testid="richTextElement"><h3 class="font_4 wixui-rich-text__text">Jo\u200bhan de Vries</h3></div>
  <div id="comp-lq1xh1c7__item2" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Inter\u00adnational Projects Coordinator</p><p class="font_8 wixui-rich-text__text">Brainport Development, RE CENTRE Eurocluster</p></div>
</div><div class="wixui-repeater__item" role="listitem">
  <div id="comp-lq1xh1b3__item3" class="wixui-rich-text" data-testid="richTextElement"><h3 class="font_4 wixui-rich-text__text">Ana Paula Ferreira</h3></div>
  <div id="comp-lq1xh1c7__item3" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Senior Advisor</p><p class="font_8 wixui-rich-text__text">Enterprise Europe Network Portugal</p></div>
</div></div>
<div id="comp-lq1xj7d4" class="comp-lq1xj7d4 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Hosted by Eurocluster Academy. <a href="https://www.eurocluster-academy.com/_files/ugd/3f2a1b_9c0e4d7a8b.pdf" target="_blank" class="wixui-rich-text__text">Slides (PDF)</a> · <a href="https://static.wixstatic.com/media/3f2a1b_banner-open-calls.png" target="_blank">Banner</a></p></div>
</div></div></div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div id="comp-lb3k9ftr" class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">© 2024 by Eurocluster Academy. Proudly created with Wix.com</p></div></footer>
</div></div></div></div>
<div id="cookie-banner" data-hook="consent-banner-root"><p>We use cookies to improve your experience. By clicking Accept, you agree to our use of cookies.</p><button>Accept</button><button>Settings</button></div>
</body>
</html>
"""
add(
    "hx-016",
    url,
    "T4",
    "en",
    page,
    is_event=True,
    title="Euroclusters open calls: how SMEs can apply",
    page_title="Euroclusters open calls: how SMEs can apply",
    series=None,
    start="2024-01-17T10:30:00+01:00",
    end="2024-01-17T12:00:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Katarzyna Lewandowska", "Open Call Manager", "Mazovia Cluster ICT", "EPICENTRE"),
        sp("Johan de Vries", "International Projects Coordinator", "Brainport Development", "RE-CENTRE"),
        sp("Ana Paula Ferreira", "Senior Advisor", "Enterprise Europe Network Portugal"),
    ],
    euroclusters=["EPICENTRE", "RE-CENTRE"],
    assets=[asset("Slides (PDF)", "https://www.eurocluster-academy.com/_files/ugd/3f2a1b_9c0e4d7a8b.pdf")],
    notes="Wix div soup (data-testid='richTextElement', hashed classes). '10:30 am – noon CET' (noon = 12:00); the Wix "
    "Events widget repeats '10:30 AM – 12:00 PM' and the viewer model JSON has UTC instants (09:30Z–11:00Z). "
    "Community webinar: series null. Speaker cards: name <h3>, role <p>, organisation <p> — a soft hyphen "
    "(&shy;) and a zero-width space inside names, a raw soft hyphen inside a role; 'RE CENTRE' alias of RE-CENTRE. "
    "'What you will learn:' list is not speakers. A Wix-hosted PDF is an asset, a .png banner is not.",
    what="Wix; '10:30 am – noon CET'; speaker cards; soft hyphen / zero-width space in names; alias 'RE CENTRE'.",
)

# ---------------------------------------------------------------------------------------------------------- hx-017
url = "https://www.eventbrite.be/e/eu-clusters-matchmaking-textile-fashion-construction-tickets-781234567890"
page = """<!DOCTYPE html>
<html lang="en-gb" dir="ltr">
<head>
<meta charset="utf-8" />
<title>EU Clusters Matchmaking: Textile, Fashion &amp; Construction Tickets, Tue 5 Mar 2024 at 09:30 | Eventbrite</title>
<meta name="description" content="Eventbrite - European Cluster Collaboration Platform presents EU Clusters Matchmaking: Textile, Fashion &amp; Construction - Tuesday, 5 March 2024 at Tour &amp; Taxis, Brussels. Find event and ticket information." />
<meta property="og:type" content="events.event" />
<meta property="event:start_time" content="2024-03-05T09:30:00+01:00" />
<meta property="event:end_time" content="2024-03-06T13:00:00+01:00" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BusinessEvent","name":"EU Clusters Matchmaking: Textile, Fashion & Construction","url":"https://www.eventbrite.be/e/eu-clusters-matchmaking-textile-fashion-construction-tickets-781234567890","startDate":"2024-03-05T09:30:00+01:00","endDate":"2024-03-06T13:00:00+01:00","eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","location":{"@type":"Place","name":"Tour & Taxis","address":{"@type":"PostalAddress","streetAddress":"Avenue du Port 86C","addressLocality":"Brussels","postalCode":"1000","addressCountry":"BE"}},"offers":[{"@type":"AggregateOffer","lowPrice":"0.00","highPrice":"0.00","priceCurrency":"EUR","availabilityEnds":"2024-02-28T23:59:00+01:00"}],"organizer":{"@type":"Organization","name":"European Cluster Collaboration Platform","url":"https://www.eventbrite.be/o/european-cluster-collaboration-platform-30414299833"}}</script>
<link rel="stylesheet" href="https://cdn.evbstatic.com/s3-build/fe/build/event-listings-bundle.4f8a2c.css" />
</head>
<body class="eds-theme--enabled">
<div id="root"><div class="eds-structure">
<header class="consumer-header" data-testid="global-header"><a class="consumer-header__logo" href="https://www.eventbrite.be/" aria-label="Eventbrite home">Eventbrite</a><form class="search-bar" action="/d/belgium/events/"><input type="search" placeholder="Search events" /></form><nav><a href="https://www.eventbrite.be/organizer/overview/">Create Events</a> <a href="https://www.eventbrite.be/signin/">Log In</a> <a href="https://www.eventbrite.be/signin/signup/">Sign Up</a></nav></header>
<main class="event-listing" data-testid="event-listing">
  <div class="event-hero"><picture><img src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F66123456%2F1%2Foriginal.jpg?w=940&amp;auto=format" alt="EU Clusters Matchmaking banner" /></picture></div>
  <div class="event-details__main">
    <div class="event-details__main-inner">
      <time class="start-date" datetime="2024-03-05"><span class="start-date__month">Mar</span> <span class="start-date__day">5</span></time>
      <h1 class="event-title css-0">EU Clusters Matchmaking: Textile, Fashion &amp; Construction</h1>
      <p class="summary">Two days of B2B meetings between clusters and SMEs of the textile, fashion and construction ecosystems.</p>
      <section class="organizer-listing-info"><div class="organizer-listing-info__name">By <a href="https://www.eventbrite.be/o/european-cluster-collaboration-platform-30414299833"><strong>European Cluster Collaboration Platform</strong></a></div><div class="organizer-stats">2.3k followers</div><button class="follow-button">Follow</button></section>
      <section class="date-and-time" aria-labelledby="date-heading"><h2 id="date-heading">Date and time</h2><div class="date-info"><span class="date-info__full-datetime">Tue, 5 Mar 2024 09:30 - Wed, 6 Mar 2024 13:00 CET</span></div><a class="add-to-calendar" href="https://www.eventbrite.be/calendar.ics?eid=781234567890&amp;calendar=ical">Add to calendar</a></section>
      <section class="location-info" aria-labelledby="location-heading"><h2 id="location-heading">Location</h2><p><strong>Tour &amp; Taxis</strong><br/>Avenue du Port 86C 1000 Brussels</p><a href="https://maps.google.com/maps?q=Tour+%26+Taxis+Brussels">Show map</a></section>
      <section class="refund-policy"><h2>Refund Policy</h2><p>Refunds up to 7 days before event</p></section>
      <div class="event-description" data-testid="structured-content"><h2>About this event</h2>
        <div class="event-description__content">
<p>The European Cluster Collaboration Platform (ECCP) organises an EU Clusters Matchmaking Event for cluster organisations and SMEs of the textile, fashion and construction ecosystems, two sectors brought together by new bio-based and recycled materials.</p>
<p><strong>Agenda</strong></p>
<p><strong>Day 1 – Tuesday 5 March</strong><br/>09:30 Registration and coffee<br/>10:00 Welcome by Teresa Almeida, Head of Sector Textiles, DG GROW, European Commission<br/>10:30 Pitch session: cluster offers and requests<br/>14:00 – 17:30 B2B meetings</p>
<p><strong>Day 2 – Wednesday 6 March</strong><br/>09:00 B2B meetings (continued)<br/>12:30 Closing remarks by Marco Lenzi, ECCP<br/>13:00 End of the event</p>
<p><strong>Partner organisations</strong></p>
<ul><li>EURATEX – the European Apparel and Textile Confederation</li><li>xBUILD-EU Eurocluster</li><li>EuroBoosTEX Eurocluster</li><li>European Construction Technology Platform (ECTP)</li></ul>
<p>Participation is free, but places are limited to 150. Ticket sales end on 28 February 2024 at 23:59.</p>
        </div>
      </div>
      <section class="tags"><h2>Tags</h2><ul><li><a href="/d/belgium--brussels/networking/">Brussels Networking</a></li><li><a href="/d/belgium--brussels/business--events/">Brussels Business Events</a></li></ul></section>
    </div>
    <aside class="conversion-bar"><div class="ticket-card"><div class="ticket-card__title">General Admission</div><div class="ticket-card__price">Free</div><div class="ticket-card__sales-end">Sales end on 28 Feb 2024</div></div><button class="eds-btn eds-btn--fill">Reserve a spot</button></aside>
  </div>
  <section class="more-events"><h2>More events from this organizer</h2><ul>
    <li><a href="https://www.eventbrite.be/e/clusters-meet-regions-milan-tickets-790001112223">Clusters meet Regions – Milan</a> <span>Tue, 26 Mar 2024 09:00</span></li>
    <li><a href="https://www.eventbrite.be/e/european-cluster-conference-2024-tickets-790001112224">European Cluster Conference 2024</a> <span>Tue, 7 May 2024 09:00</span></li>
  </ul></section>
</main>
<footer class="global-footer"><p>© 2024 Eventbrite</p><ul><li><a href="https://www.eventbrite.be/help/">Help Center</a></li><li><a href="https://www.eventbrite.be/l/legalterms/">Terms</a></li><li><a href="https://www.eventbrite.be/support/articles/en_US/Troubleshooting/eventbrite-privacy-policy">Privacy</a></li></ul></footer>
</div></div>
</body>
</html>
"""
add(
    "hx-017",
    url,
    "T4",
    "en",
    page,
    is_event=True,
    title="EU Clusters Matchmaking: Textile, Fashion & Construction",
    page_title="EU Clusters Matchmaking: Textile, Fashion & Construction",
    series="ECCP matchmaking",
    start="2024-03-05T09:30:00+01:00",
    end="2024-03-06T13:00:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Teresa Almeida", "Head of Sector Textiles", "DG GROW, European Commission"),
        sp("Marco Lenzi", None, "ECCP"),
    ],
    euroclusters=["EuroBoosTEX", "xBUILD-EU"],
    notes="Eventbrite-like page: two-day event with times on both days ('Tue, 5 Mar 2024 09:30 - Wed, 6 Mar 2024 13:00 "
    "CET') → end on the second day; JSON-LD BusinessEvent and og event:start_time agree. 'Sales end on 28 Feb "
    "2024' / 'availabilityEnds' and 'More events from this organizer' are not the event. Speakers only inside "
    "agenda lines ('Welcome by …', 'Closing remarks by …'); other agenda lines and the 'Partner organisations' list "
    "are not speakers. Calendar .ics and map links are not assets.",
    what="Eventbrite-like; two-day range with times; JSON-LD; 'Welcome by' in agenda; partner list; sales-end date.",
)

# ---------------------------------------------------------------------------------------------------------- hx-018
url = "https://www.clusternews.eu/amp/european-cluster-conference-2018-sofia-report"
page = """<!doctype html>
<html \u26a1 lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>European Cluster Conference 2018: clusters for the industry of tomorrow – ClusterNews</title>
<link rel="canonical" href="https://www.clusternews.eu/european-cluster-conference-2018-sofia-report">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"European Cluster Conference 2018: clusters for the industry of tomorrow","datePublished":"2018-05-22T08:00:00+02:00","dateModified":"2018-05-23T11:30:00+02:00","author":{"@type":"Person","name":"Daniela Petkova"},"publisher":{"@type":"Organization","name":"ClusterNews","logo":{"@type":"ImageObject","url":"https://www.clusternews.eu/logo-amp.png"}},"image":["https://www.clusternews.eu/media/ecc2018-sofia.jpg"]}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>body{font-family:Georgia,serif;margin:0}.hdr{background:#0b2e59;color:#fff;padding:12px}.art{max-width:720px;margin:auto;padding:16px}.meta{color:#666;font-size:14px}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-CN2018AMP","config":{"G-CN2018AMP":{"groups":"default"}}}}</script></amp-analytics>
<amp-sidebar id="menu" layout="nodisplay" side="left"><ul><li><a href="https://www.clusternews.eu/amp/">Home</a></li><li><a href="https://www.clusternews.eu/amp/events">Events</a></li><li><a href="https://www.clusternews.eu/amp/policy">Policy</a></li></ul></amp-sidebar>
<header class="hdr"><button on="tap:menu.toggle">☰</button> <a href="https://www.clusternews.eu/amp/">ClusterNews</a></header>
<article class="art">
<h1>European Cluster Conference 2018: clusters for the industry of tomorrow</h1>
<p class="meta">By Daniela Petkova · <time datetime="2018-05-22">22 May 2018</time></p>
<amp-img src="https://www.clusternews.eu/media/ecc2018-sofia.jpg" width="1200" height="675" layout="responsive" alt="European Cluster Conference 2018 plenary in Sofia"></amp-img>
<p>More than 500 cluster managers, policy makers and business representatives met in Sofia on 14–16 May 2018 for the European Cluster Conference, organised by the European Commission in cooperation with the Bulgarian Presidency of the Council of the EU.</p>
<p>The conference was opened by Lilyana Petrova, Deputy Minister, Bulgarian Ministry of Economy, and Claudio Marini, Director, DG GROW, European Commission. Both stressed that clusters should become partners of regional smart specialisation strategies rather than their beneficiaries.</p>
<p>Workshops on the second day dealt with cluster internationalisation, the European Strategic Cluster Partnerships and the modernisation of industrial value chains. In the closing panel, Ilse Vermeulen (Flanders' FOOD) and Radu Ionescu (Romanian Cluster Association) discussed how clusters can help SMEs take part in interregional investment projects.</p>
<p>The next European Cluster Conference is planned for 2020.</p>
<p><a href="https://www.clusternews.eu/files/ecc2018-presentations.zip">Download all presentations (ZIP, 48 MB)</a> · <a href="https://www.flickr.com/photos/ecc2018/albums/72157694">Conference photos</a></p>
<amp-social-share type="linkedin" width="40" height="40" data-param-url="https://www.clusternews.eu/european-cluster-conference-2018-sofia-report"></amp-social-share>
<amp-social-share type="twitter" width="40" height="40"></amp-social-share>
</article>
<footer class="art meta"><p>Read next: <a href="https://www.clusternews.eu/amp/cluster-excellence-days-2018">Cluster Excellence Days, 4–5 October 2018</a></p><p>© ClusterNews 2018</p></footer>
</body>
</html>
"""
add(
    "hx-018",
    url,
    "T4",
    "en",
    page,
    is_event=True,
    title="European Cluster Conference 2018: clusters for the industry of tomorrow",
    page_title="European Cluster Conference 2018: clusters for the industry of tomorrow",
    series="European Cluster Conference",
    start="2018-05-14",
    end="2018-05-16",
    speakers=[
        sp("Lilyana Petrova", "Deputy Minister", "Bulgarian Ministry of Economy"),
        sp("Claudio Marini", "Director", "DG GROW, European Commission"),
        sp("Ilse Vermeulen", None, "Flanders' FOOD"),
        sp("Radu Ionescu", None, "Romanian Cluster Association"),
    ],
    assets=[
        asset("Download all presentations (ZIP, 48 MB)", "https://www.clusternews.eu/files/ecc2018-presentations.zip")
    ],
    notes="AMP page (<html ⚡>, amp-img, amp-sidebar, amp-analytics JSON) of a news report a week after the event. "
    "'14–16 May 2018' (dates only); 'planned for 2020', the publication date and the 'Read next' event dates are "
    "not the event. Speakers in prose: 'opened by A, Role, Org, and B, Role, Org, Parent' and 'A (Org) and B "
    "(Org) discussed'. One .zip asset; a Flickr album is not.",
    what="AMP news report; '14–16 May 2018'; prose speakers with '(Org)'; .zip asset.",
)

# ---------------------------------------------------------------------------------------------------------- hx-023
url = "https://www.baltic-ukraine-clusters.org/news/2022/10/24/eu-clusters-talk-ukraine-recap"
page = """<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- baltic-ukraine-clusters -->
<base href="">
<meta charset="utf-8" />
<title>Recap: how clusters support Ukrainian businesses &mdash; Baltic–Ukraine Cluster Bridge</title>
<meta property="og:site_name" content="Baltic–Ukraine Cluster Bridge"/>
<meta property="og:title" content="Recap: how clusters support Ukrainian businesses &mdash; Baltic–Ukraine Cluster Bridge"/>
<meta itemprop="datePublished" content="2022-10-24T11:05:13+0300">
<script type="text/javascript" crossorigin="anonymous" defer="defer" src="https://assets.squarespace.com/universal/scripts-compressed/extract-css-runtime-6a2f1e.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2b1c","identifier":"baltic-ukraine-clusters","timeZone":"Europe/Vilnius","timeZoneOffset":10800000},"collection":{"title":"News","typeName":"blog"},"item":{"title":"Recap: how clusters support Ukrainian businesses","publishOn":1666598713000}};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/sitecss/5f2b1c/14/site.css"/>
</head>
<body id="item-63565a39" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-alignment-center view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner container--fluid"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/5f2b1c/logo.png?format=1500w" alt="Baltic–Ukraine Cluster Bridge"></a></div>
<nav class="header-nav"><div class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/news" aria-current="page">News</a></div><div class="header-nav-item header-nav-item--collection"><a href="/members">Members</a></div></div></nav></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="63565a39">
<section class="page-section"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper">
<article class="entry h-entry hentry author-baltic-ukraine-clusters post-type-text article-index-1" data-item-id="63565a39">
<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Recap: how clusters support Ukrainian businesses</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2022-10-24">October 24, 2022</time></div><div class="blog-meta-item blog-meta-item--author">Baltic–Ukraine Cluster Bridge</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-63565a39"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-7c1d"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="">On 19th October 2022 the EU Clusters Talk “Ukraine: How can clusters support business integration and recovery?” brought together more than 200 participants from cluster organisations in the EU and Ukraine. The Talk ran from 8:30 to 9:30 CEST.</p>
<p class="">Welcome by Marek Nowak, Policy Officer, DG GROW, European Commission.</p>
<p class="">Speakers included:</p>
<p class="">Olena Kovalenko, Head, Ukrainian Cluster Alliance (Ukraine)</p>
<p class="">Tadas Jonaitis, Cluster Manager, Lithuanian Laser Cluster (Lithuania)</p>
<p class="">Dr. Iryna Shevchenko, Director, Kharkiv IT Cluster (Ukraine)</p>
<p class="">Maciej Dąbrowski, CEO, Eastern Poland Aviation Cluster (Poland)</p>
<p class="">The speakers agreed that matchmaking with EU clusters and access to the 30 Euroclusters launched in September could help Ukrainian SMEs keep their customers. Our network will follow up with a study visit in spring 2023.</p>
</div></div></div></div></div></div>
</div></div>
<div class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev" href="/news/2022/10/03/cluster-days-kyiv"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Cluster Days in Kyiv, 29 September 2022</h2></a><a class="item-pagination-link item-pagination-link--next" href="/news/2022/11/15/winter-support-programme"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Winter support programme for SMEs</h2></a></div>
</article>
</div>
</div></div></section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Stay informed</h2><form class="newsletter-form"><input name="email" type="email" placeholder="Email Address"><button type="submit">Sign Up</button></form></div></div><p>© 2022 Baltic–Ukraine Cluster Bridge · Vilnius · Kyiv</p></div></section></footer>
</div>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {if(window.ImageLoader) { window.ImageLoader.bootstrap({}, document); }})();</script>
</body>
</html>
"""
add(
    "hx-023",
    url,
    "T4",
    "en",
    page,
    is_event=True,
    title="Ukraine: How can clusters support business integration and recovery?",
    page_title="Recap: how clusters support Ukrainian businesses",
    series="EU Clusters Talks",
    start="2022-10-19T08:30:00+02:00",
    end="2022-10-19T09:30:00+02:00",
    tz_label="CEST",
    speakers=[
        sp("Marek Nowak", "Policy Officer", "DG GROW, European Commission"),
        sp("Olena Kovalenko", "Head", "Ukrainian Cluster Alliance"),
        sp("Tadas Jonaitis", "Cluster Manager", "Lithuanian Laser Cluster"),
        sp("Iryna Shevchenko", "Director", "Kharkiv IT Cluster"),
        sp("Maciej Dąbrowski", "CEO", "Eastern Poland Aviation Cluster"),
    ],
    notes="Squarespace blog recap five days later (site time zone Europe/Vilnius in its JSON). Ordinal date '19th October "
    "2022'; time range in a separate sentence ('ran from 8:30 to 9:30 CEST'). 'Welcome by X, Role, Org, Parent.' "
    "line; one <p> per speaker with a country suffix '(Ukraine)' that is not part of the organisation. '30 "
    "Euroclusters' names none; 'matchmaking' in prose does not make it a matchmaking event; pagination titles carry "
    "other dates.",
    what="Squarespace recap; '19th October 2022' + separate time sentence; 'Welcome by'; country suffixes.",
)

# ================================================================================================ non-events
# ---------------------------------------------------------------------------------------------------------- hx-033
url = "https://us21.campaign-archive.com/?u=4f2b1c9d8e7a6b5c4d3e2f1a0&id=9a7e3d1f0b"
page = """<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Newsletter Klastra – kwiecień 2024</title>
<meta property="og:title" content="Newsletter Klastra – kwiecień 2024">
<style type="text/css">p{margin:10px 0;padding:0}table{border-collapse:collapse}h1,h2,h3{display:block;margin:0;padding:0}#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%}.mcnTextContent{word-break:break-word}</style>
<script>var bodyHtml=null;</script>
</head>
<body>
<!--*|IF:MC_PREVIEW_TEXT|*--><span class="mcnPreviewText" style="display:none;">Wydarzenia kwietnia i maja: EU Clusters Talk, Clusters meet Regions, Dzień Klastra</span><!--*|END:IF|*-->
<div id="awesomewrap"><div id="awesomebar"><a href="https://us21.campaign-archive.com/home/?u=4f2b1c9d8e7a6b5c4d3e2f1a0&id=5e2c0b9a7f">Past Issues</a> <a href="https://us21.campaign-archive.com/feed?u=4f2b1c9d8e7a6b5c4d3e2f1a0&id=5e2c0b9a7f">RSS</a></div></div>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px !important;">
<tr><td valign="top" id="templateHeader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody class="mcnImageBlockOuter"><tr><td valign="top" style="padding:9px" class="mcnImageBlockInner"><img align="center" alt="Klaster Mazowsze" src="https://mcusercontent.com/4f2b1c/images/logo-newsletter.png" width="564" style="max-width:600px;" class="mcnImage"></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent" style="padding: 0px 18px 9px;">
<h1>Newsletter Klastra – kwiecień 2024</h1>
<p>Drodzy Członkowie, poniżej najważniejsze wydarzenia najbliższych tygodni.</p>
<h3>EU Clusters Talk: „Clusters and the Clean Industrial Deal”</h3>
<p>24 kwietnia 2024 r., godz. 8:30–9:45 CET, online. <a href="https://clustercollaboration.eu/event-calendar">Rejestracja</a></p>
<h3>Clusters meet Regions – Charleroi</h3>
<p>27–28 listopada 2024 r., Charleroi (Belgia). Zgłoszenia do delegacji przyjmujemy do 30 września.</p>
<h3>Dzień Klastra 2024</h3>
<p>15 czerwca 2024 r., godz. 10:00, Warszawa. Prelegenci: dr Tomasz Malinowski (Politechnika Warszawska), Agnieszka Wrona (PARP).</p>
<p>Pozdrawiamy,<br>Biuro Klastra Mazowsze</p>
</td></tr></tbody></table>
</td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateFooter"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody><tr><td class="mcnTextContent" style="padding:9px 18px;"><em>Copyright © 2024 Klaster Mazowsze, All rights reserved.</em><br>Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter.<br><a href="https://klaster-mazowsze.us21.list-manage.com/unsubscribe">wypisz się</a></td></tr></tbody></table></td></tr>
</table>
</td></tr></table>
</center>
</body>
</html>
"""
add(
    "hx-033",
    url,
    "T4",
    "pl",
    page,
    is_event=False,
    title="Newsletter Klastra – kwiecień 2024",
    page_title="Newsletter Klastra – kwiecień 2024",
    notes="NOT an event: a Polish Mailchimp newsletter (campaign archive) listing three events with dates, one with a "
    "quoted title and a time, one with speakers.",
    what="Polish Mailchimp newsletter listing several events (not an event).",
)

# ---------------------------------------------------------------------------------------------------------- hx-034
url = "https://www.cluster-nrw-europa.de/veranstaltungen/"
rows = [
    ("2024-09-25", "25.09.2024", "08:30 – 09:45 Uhr", "EU Clusters Talk: Kompetenzen für die Zwillingswende", "online"),
    ("2024-10-24", "24.10.2024 – 25.10.2024", "ganztägig", "Clusters meet Regions in Chișinău", "Chișinău"),
    ("2024-11-27", "27.11.2024 – 28.11.2024", "ganztägig", "Clusters meet Regions in Charleroi", "Charleroi"),
    ("2024-12-05", "05.12.2024", "14:00 – 16:00 Uhr", "Förderberatung: Euroclusters-Ausschreibungen", "Düsseldorf"),
]
items = "\n".join(
    f"""<div class="event-list-item"><div class="event-date"><time datetime="{iso}">{d}</time><br><span class="event-time">{t}</span></div><div class="event-body"><h3><a href="/veranstaltungen/detail/{i}">{title}</a></h3><p class="event-location">{loc}</p></div></div>"""
    for i, (iso, d, t, title, loc) in enumerate(rows)
)
page = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
-->
<base href="https://www.cluster-nrw-europa.de/">
<title>Veranstaltungen - Cluster NRW Europa</title>
<meta name="generator" content="TYPO3 CMS" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-4a1f9c2e8b7d3a0f5e6c-min.css.gzip?1729500000" media="all">
</head>
<body id="p18" class="page-18 pagelevel-1 language-0">
<header id="page-header" class="navbar"><div class="container"><a class="navbar-brand" href="/"><img src="/typo3conf/ext/site/Resources/Public/Images/logo.svg" alt="Cluster NRW Europa logo"></a><nav><ul class="navbar-nav"><li><a href="/ueber-uns/">Über uns</a></li><li><a href="/news/">Aktuelles</a></li><li class="active"><a href="/veranstaltungen/">Veranstaltungen</a></li></ul></nav></div></header>
<main id="page-content"><div class="container">
<div id="c90" class="frame frame-default frame-type-calendarize_listdetail"><header><h1>Veranstaltungen</h1></header>
<p>Termine rund um Cluster, europäische Förderprogramme und die Europäische Cluster-Kollaborationsplattform.</p>
<div class="event-list">
{items}
</div>
<nav class="pagination"><a href="/veranstaltungen/?tx_calendarize_calendar%5Bpage%5D=2">Weitere Termine »</a></nav>
</div></div></main>
<footer><p>© 2024 Cluster NRW Europa</p></footer>
</body>
</html>
"""
add(
    "hx-034",
    url,
    "T4",
    "de",
    page,
    is_event=False,
    title="Veranstaltungen",
    page_title="Veranstaltungen",
    notes="NOT an event: a German TYPO3 (calendarize) event listing with four dated events, two with times.",
    what="German TYPO3 event calendar listing (not an event).",
)
