"""T5: other CMSs and non-pages: Joomla, TYPO3, Wix, static HTML, AMP, a Polish public-sector CMS, bot challenge, empty
page, newsletter archive."""

from __future__ import annotations

import html as htmlmod
from html.entities import codepoint2name

from common import asset, bx, css_filler, page_adder, record, sp

PAGES: list[dict] = []
add = page_adder(PAGES)


# ------------------------------------------------------------------------------------------------ hy-029 (French, Joomla)
url = "https://www.franceclusters.fr/index.php/actualites/eu-clusters-talk-economie-sociale-et-de-proximite"
html = """<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
<head>
	<meta charset="utf-8">
	<meta name="author" content="Service communication">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>EU Clusters Talk : l’économie sociale et de proximité - France Clusters</title>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?4b6a5e" rel="stylesheet" />
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Erreur","MESSAGE":"Message","NOTICE":"Annonce","WARNING":"Avertissement"},"system.paths":{"root":"","rootFull":"https:\\/\\/www.franceclusters.fr\\/","base":"","baseFull":"https:\\/\\/www.franceclusters.fr\\/"}}</script>
	<script src="/media/system/js/core.min.js?17121a112ecec3d656efe5c5f493429c9acf2179"></script>
	<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"EU Clusters Talk : l’économie sociale et de proximité","datePublished":"2023-11-08T10:12:45+01:00","author":{"@type":"Person","name":"Service communication"}}</script>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-118 has-sidebar-right">
	<header class="header container-header full-width">
		<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="https://www.franceclusters.fr/images/logo-france-clusters.png" alt="France Clusters" width="220" height="64"></a></div></div>
		<div class="grid-child container-nav">
			<ul class="mod-menu mod-list nav ">
<li class="nav-item item-101 default"><a href="/index.php" >Accueil</a></li><li class="nav-item item-112"><a href="/index.php/le-reseau" >Le réseau</a></li><li class="nav-item item-118 current active"><a href="/index.php/actualites" aria-current="page">Actualités</a></li><li class="nav-item item-119"><a href="/index.php/agenda" >Agenda</a></li><li class="nav-item item-120"><a href="/index.php/europe" >Europe</a></li></ul>
		</div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Fil d'Ariane"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Vous êtes ici : &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php" class="pathway"><span>Accueil</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/actualites" class="pathway"><span>Actualités</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>EU Clusters Talk : l’économie sociale et de proximité</span></li></ol></nav>
			<div id="system-message-container" aria-live="polite"></div>
			<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="fr-FR">
	<div class="page-header">
		<h1 itemprop="headline">EU Clusters Talk : l’économie sociale et de proximité</h1>
	</div>
	<dl class="article-info text-muted">
		<dt class="article-info-term">Détails</dt>
		<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Écrit par : <span itemprop="name">Service communication</span></dd>
		<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Catégorie : <a href="/index.php/actualites" itemprop="genre">Actualités</a></dd>
		<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2023-11-08T10:12:45+01:00" itemprop="datePublished">Publication : 8 novembre 2023</time></dd>
		<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:312">Affichages : 312</dd>
	</dl>
	<div itemprop="articleBody" class="com-content-article__body">
<p>La plateforme européenne de collaboration des clusters (ECCP) organise, pour le compte de la Commission européenne, l’EU Clusters Talk « Proximity and social economy: Clusters as drivers of local impact » le mercredi 29 novembre 2023 de 8h30 à 9h45 (CET), en ligne.</p>
<p>L’économie sociale et de proximité représente plus de 10 % des entreprises européennes. Les clusters peuvent aider les entreprises sociales à innover, à coopérer avec les PME classiques et à accéder aux marchés publics. Le Talk présentera des exemples français, italiens et espagnols.</p>
<p><strong>Intervenants :</strong></p>
<ul>
<li>Claire Dubois, cheffe de projet, France Clusters ;</li>
<li>Antoine Girard, directeur, Pôle Vitagora ;</li>
<li>Chiara Esposito, Torino Social Impact, SocialTech4EU Eurocluster ;</li>
<li>d’autres intervenants à confirmer.</li>
</ul>
<p>Inscription gratuite sur le <a href="https://clustercollaboration.eu/content/eu-clusters-talks-proximity-and-social-economy">site de l’ECCP</a>. Le Talk se déroule en anglais.</p>
	</div>
	<nav class="pagenavigation" aria-label="Navigation de page"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/index.php/actualites/rencontres-france-clusters-2023" rel="prev"><span class="visually-hidden">Article précédent : Rencontres France Clusters 2023 : retour sur les 12 et 13 octobre</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Précédent</span></a></span></nav>
</div>
			</main>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card "><h3 class="card-header ">Agenda</h3><div class="card-body"><ul class="mod-articles-category-module"><li><a href="/index.php/agenda/webinaire-financements-europeens">Webinaire financements européens</a> <span class="mod-articles-category-date">5 décembre 2023, 14h00</span></li><li><a href="/index.php/agenda/club-des-managers">Club des managers de clusters</a> <span class="mod-articles-category-date">18 janvier 2024</span></li></ul></div></div>
		</div>
	</div>
	<footer class="container-footer footer full-width"><div class="grid-child"><p>© 2023 France Clusters – Tous droits réservés · <a href="/index.php/mentions-legales">Mentions légales</a></p></div></footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="Haut de page"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body>
</html>
"""
add(
    "hy-029",
    url,
    html,
    record(
        id="hy-029",
        url=url,
        template="T5",
        lang="fr",
        is_event=True,
        title="Proximity and social economy: Clusters as drivers of local impact",
        page_title="EU Clusters Talk : l’économie sociale et de proximité",
        series="EU Clusters Talks",
        start=bx("2023-11-29", "08:30"),
        end=bx("2023-11-29", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Claire Dubois", "cheffe de projet", "France Clusters"),
            sp("Antoine Girard", "directeur", "Pôle Vitagora"),
            sp("Chiara Esposito", None, "Torino Social Impact", "SocialTech4EU"),
        ],
        euroclusters=["SocialTech4EU"],
        notes="French Joomla 4 (Cassiopeia) article: title in guillemets « … »; 'le mercredi 29 novembre 2023 de 8h30 à 9h45 (CET)' with 'h' "
        "times; 'Intervenants :' list with French spacing before ';'; placeholder 'd’autres intervenants à confirmer'; 'Publication : 8 "
        "novembre 2023', 'Affichages : 312', the previous-article title with '12 et 13 octobre' and the Agenda sidebar '5 décembre 2023, "
        "14h00' are not the event; '10 %' is not a date.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-030 (German, TYPO3, stray closing tags, sidebar downloads)
url = "https://www.greentech-steiermark.at/veranstaltungen/clusters-meet-regions-graz-2024"
html = """<!DOCTYPE html>
<html dir="ltr" lang="de-AT">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="https://www.greentech-steiermark.at/">
<title>Green Tech Steiermark: Clusters meet Regions in Graz</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="Clusters meet Regions am 18. und 19. Juni 2024 in Graz" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-2f1e0a8c3c9c1fe0a7b5b3b1a3f0d7c2-min.css?1714032011" media="all">
</head>
<body id="p412" class="page-412 pagelevel-2 language-0 backendlayout-subnavigation_right layout-default">
<div class="body-bg">
<a class="sr-only sr-only-focusable" href="#page-content"><span>Zum Hauptinhalt springen</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
 <div class="container">
  <a class="navbar-brand navbar-brand-image" title="Green Tech Steiermark" href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/templates/img/logo-greentech.svg" alt="Green Tech Steiermark logo" height="52" width="200"></a>
  <nav id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">
   <li class="nav-item"><a href="/cluster" class="nav-link">Cluster</a></li>
   <li class="nav-item"><a href="/mitglieder" class="nav-link">Mitglieder</a></li>
   <li class="nav-item active"><a href="/veranstaltungen" class="nav-link">Veranstaltungen</a></li>
   <li class="nav-item"><a href="/presse" class="nav-link">Presse</a></li>
  </ul></nav>
 </div>
</header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Startseite">Startseite</a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="/veranstaltungen" title="Veranstaltungen">Veranstaltungen</a></li><li class="breadcrumb-item active" aria-current="page">Clusters meet Regions in Graz</li></ol></div></nav>
<div id="page-content" class="bp-page-content main-section">
<!--TYPO3SEARCH_begin-->
<div class="section section-default"><div class="container"><div class="section-row">
<main class="section-column maincontent-wrap" role="main">

<div id="c2871" class="frame frame-default frame-type-header frame-layout-0"><a id="c2872"></a><div class="frame-container"><div class="frame-inner">
<header class="frame-header"><h1 class="element-header">Clusters meet Regions in Graz</h1></header>
</div></div></div>

<div id="c2873" class="frame frame-default frame-type-text frame-layout-0"><div class="frame-container"><div class="frame-inner">
<p>Am 18. und 19. Juni 2024 ist Graz Gastgeber der Veranstaltungsreihe Clusters meet Regions der Europäischen Cluster-Kollaborationsplattform (ECCP). Unter dem Titel „Twin transition in regional ecosystems“ diskutieren Clustermanager:innen, Unternehmen und Regionalpolitik aus ganz Europa, wie die grüne und die digitale Transformation in den Regionen zusammenwirken.</p></span>
<p>Am ersten Tag stehen Podiumsdiskussionen und Workshops auf dem Programm, am zweiten Tag Besuche bei steirischen Unternehmen und Forschungseinrichtungen.</p></p>
</div></div></div></div>

<div id="c2874" class="frame frame-default frame-type-text frame-layout-0"><div class="frame-container"><div class="frame-inner">
<header class="frame-header"><h2 class="element-header">Programm (Auszug)</h2></header>
<p>Begrüßung: Mag. Johanna Pichler, Abteilungsleiterin Wirtschaft und Innovation, Land Steiermark</p>
<p>Keynote: Prof. Dr. Stefan Gruber, Technische Universität Graz</p>
</section>
<p>Die Teilnahme ist kostenlos. Anmeldung bis 7. Juni 2024 über die Website der ECCP.</p>
</div></div></div>

</main>
<aside class="section-column subcontent-wrap" role="complementary">
<div id="c2875" class="frame frame-default frame-type-uploads frame-layout-0"><div class="frame-container"><div class="frame-inner">
<header class="frame-header"><h3 class="element-header">Downloads zu dieser Veranstaltung</h3></header>
<ul class="media-list">
<li class="media"><div class="media-body"><a href="/fileadmin/user_upload/Veranstaltungen/2024/CmR_Graz_Programm.pdf" target="_blank"><span class="media-heading">Programm (PDF, 280 KB)</span></a></div></li>
<li class="media"><div class="media-body"><a href="/fileadmin/user_upload/Veranstaltungen/2024/CmR_Graz_Anreise.pdf" target="_blank"><span class="media-heading">Anreise und Veranstaltungsort (PDF)</span></a></div></li>
</ul>
</div></div></div>
<div id="c2876" class="frame frame-default frame-type-list frame-layout-0"><div class="frame-container"><div class="frame-inner">
<header class="frame-header"><h3 class="element-header">Weitere Veranstaltungen</h3></header>
<ul class="event-list"><li><span class="event-date">25.06.2024</span> <a href="/veranstaltungen/green-tech-jour-fixe-juni">Green Tech Jour Fixe</a></li><li><span class="event-date">10.09.2024, 17:00 Uhr</span> <a href="/veranstaltungen/sommerempfang-2024">Sommerempfang 2024</a></li></ul>
</div></div></div>
</aside>
</div></div></div></div>
<!--TYPO3SEARCH_end-->
</div>
<footer class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><div class="section-row">
<div class="section-column footer-section-content-column"><p>Green Tech Cluster Styria GmbH · Waagner-Biro-Straße 100 · 8020 Graz</p></div>
<div class="section-column footer-section-content-column"><ul class="list-inline"><li><a href="/impressum">Impressum</a></li><li><a href="/fileadmin/user_upload/Rechtliches/Datenschutzerklaerung.pdf">Datenschutzerklärung (PDF)</a></li></ul></div>
</div></div></section>
<section class="section footer-section footer-section-meta"><div class="container"><p>© 2024 Green Tech Cluster</p></div></section></footer>
</div></div>
<script src="/typo3temp/assets/compressed/merged-8b5d3a4c1f9e8c77e5e8b31b8d2f5e40-min.js?1714032011"></script>
</body>
</html>
"""
base = "https://www.greentech-steiermark.at"
add(
    "hy-030",
    url,
    html,
    record(
        id="hy-030",
        url=url,
        template="T5",
        lang="de",
        is_event=True,
        title="Twin transition in regional ecosystems",
        page_title="Clusters meet Regions in Graz",
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        speakers=[
            sp("Johanna Pichler", "Abteilungsleiterin Wirtschaft und Innovation", "Land Steiermark"),
            sp("Stefan Gruber", None, "Technische Universität Graz"),
        ],
        assets=[
            asset("Programm (PDF, 280 KB)", base + "/fileadmin/user_upload/Veranstaltungen/2024/CmR_Graz_Programm.pdf"),
            asset(
                "Anreise und Veranstaltungsort (PDF)",
                base + "/fileadmin/user_upload/Veranstaltungen/2024/CmR_Graz_Anreise.pdf",
            ),
        ],
        notes="TYPO3 page with stray closing tags inside the content (</span>, </p></p>, </section> without openers) and an extra </div>; "
        "German day range 'Am 18. und 19. Juni 2024'; 'Begrüßung:' and 'Keynote:' lines with 'Mag.' and 'Prof. Dr.'; the event's own "
        "'Downloads zu dieser Veranstaltung' box sits in the right-hand <aside> and holds its two attachments (assets; relative links, "
        "absolute via <base>), while the footer's privacy-policy PDF is not an asset; registration deadline 7. Juni 2024 and other events "
        "'25.06.2024', '10.09.2024, 17:00 Uhr' in the sidebar.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-031 (German, Wix div soup, zero-width space)
url = "https://www.cluster-smart-production.com/post/eu-japan-cluster-matchmaking-smart-manufacturing-2024"


def wp(text: str, cls: str = "font_8") -> str:
    return f'<p class="{cls} wixui-rich-text__text" style="line-height:1.6em;"><span class="wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">{text}</span></span></p>'


body_ps = "\n".join(
    [
        wp(
            "Die Europäische Cluster-Kollaborationsplattform (ECCP) veranstaltet am 5. und 6. März 2024 jeweils von 9:00 bis 12:00 Uhr (MEZ) ein "
            "Online-Matchmaking zwischen europäischen und japanischen Clustern im Bereich Smart Manufacturing."
        ),
        wp(
            "Ziel ist es, Kooperationen zwischen Clustern und ihren Mitgliedsunternehmen anzubahnen – etwa bei Robotik, Sensorik und der "
            "vernetzten Produktion. Neben den B2B-Gesprächen gibt es am ersten Tag ein kurzes Programm:"
        ),
        wp(
            '<span style="font-weight:bold;" class="wixui-rich-text__text">Begrüßung:</span> Akira Tanaka, Director, Japan Cluster Network'
        ),
        wp(
            '<span style="font-weight:bold;" class="wixui-rich-text__text">Keynote:</span> Dr. Hiroshi Sato, Senior Advisor, JETRO Brüssel'
        ),
        wp('<span style="font-weight:bold;" class="wixui-rich-text__text">Podiumsdiskussion mit:</span>'),
        wp("Yuki Nakamura, Program Manager bei Kansai Robotics Cluster"),
        wp("Lena Fi\u200bscher, Leiterin Internationales, Cluster Smart Production Bayern"),
        wp('<span style="font-weight:bold;" class="wixui-rich-text__text">Moderation:</span> Joanna Kowalczyk, ECCP'),
        wp("Anmeldeschluss ist der 23. Februar 2024. Die Teilnahme ist kostenlos."),
    ]
)
html = f"""<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <title>EU-Japan Cluster-Matchmaking: Smart Manufacturing</title>
  <meta property="og:title" content="EU-Japan Cluster-Matchmaking: Smart Manufacturing"/>
  <meta property="og:type" content="article"/>
  <meta property="article:published_time" content="2024-02-12T09:41:22.512Z"/>
  <style id="css_masterPage">
{css_filler(5031, 120, ("comp-lrx2", "wixui-rich-text", "StylableButton2545352419", "blog-post", "font"))}
  </style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="_C0cVf"><div class="_4XcTfy"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div id="comp-kq1m4b8a" class="BaOVQ8 tz5f0K comp-kq1m4b8a wixui-rich-text" data-testid="richTextElement"><p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="https://www.cluster-smart-production.com" target="_self" class="wixui-rich-text__text">Cluster Smart Production Bayern</a></span></p></div>
<nav id="comp-kq1m4b8c" aria-label="Website" class="StylableHorizontalMenu3372578893__root comp-kq1m4b8c wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu"><li class="wixui-horizontal-menu__item"><a href="https://www.cluster-smart-production.com" class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__label">Home</div></a></li><li class="wixui-horizontal-menu__item"><a href="https://www.cluster-smart-production.com/ueber-uns" class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__label">Über uns</div></a></li><li class="wixui-horizontal-menu__item"><a href="https://www.cluster-smart-production.com/blog" class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__label">Blog</div></a></li><li class="wixui-horizontal-menu__item"><a href="https://www.cluster-smart-production.com/kontakt" class="StylableHorizontalMenu3372578893__menuItem"><div class="itemDepth02233374943__label">Kontakt</div></a></li></ul></nav>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabIndex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="o2b7q" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containero2b7q" class="Containero2b7q SPY_vo"><div data-mesh-id="Containero2b7qinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containero2b7qinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lrx2a0kq" class="comp-lrx2a0kq wixui-section" tabindex="-1"><div id="bgLayers_comp-lrx2a0kq" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf"><div id="comp-lrx2a0kr" class="comp-lrx2a0kr YzqVVZ wixui-column-strip__column"><div data-testid="inline-content" class=""><div data-testid="mesh-container-content">
<div data-hook="post-page"><article data-hook="post" class="blog-post-page-font">
<div data-hook="post-header" class="post-header"><div class="post-metadata"><span data-hook="user-name" class="user-name">Cluster Smart Production</span><span data-hook="time-ago" class="post-metadata__date time-ago">12. Feb. 2024</span><span data-hook="time-to-read" class="time-to-read">2 Min. Lesezeit</span></div></div>
<h1 data-hook="post-title" class="blog-post-title-font post-title"><span class="post-title__text blog-post-title-font">EU-Japan Cluster-Matchmaking: Smart Manufacturing</span></h1>
<div data-hook="post-description" class="post-content__body"><div class="rich-content-viewer"><div data-id="rich-content-viewer" class="wix-rich-content">
<div id="comp-lrx2b9zm" class="BaOVQ8 tz5f0K comp-lrx2b9zm wixui-rich-text" data-testid="richTextElement">
{body_ps}
</div>
</div></div></div>
<div data-hook="post-footer" class="post-footer"><div class="post-stats"><span data-hook="views-count">37 Aufrufe</span><span data-hook="comments-count">0 Kommentare</span><button data-hook="like-button" aria-label="Gefällt mir">3</button></div></div>
</article></div>
<div data-hook="recent-posts" class="recent-posts"><h2 class="recent-posts__title">Neueste Beiträge</h2><div class="recent-posts__list">
<div class="recent-posts__item"><a href="https://www.cluster-smart-production.com/post/hannover-messe-2024-gemeinschaftsstand">Hannover Messe 2024: Gemeinschaftsstand</a><span class="recent-posts__date">30. Jan. 2024</span></div>
<div class="recent-posts__item"><a href="https://www.cluster-smart-production.com/post/jahresrueckblick-2023">Jahresrückblick 2023</a><span class="recent-posts__date">19. Dez. 2023</span></div>
</div></div>
</div></div></div></div></section>
</div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div class="_C0cVf"><div data-testid="inline-content" class=""><div id="comp-kq1m4b9u" class="BaOVQ8 comp-kq1m4b9u wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">© 2024 Cluster Smart Production Bayern · <a href="https://www.cluster-smart-production.com/impressum">Impressum</a></p></div></div></div></footer>
</div></div></div></div>
<script type="application/json" id="wix-viewer-model">{{"siteFeatures":["blog","dynamicPages"],"site":{{"metaSiteId":"4f2c8e1a-1b6d-4c1e-9f1e-5a2b7d3c9e10","siteId":"e2f8b7c1"}},"language":{{"userLanguage":"de"}}}}</script>
</body>
</html>
"""
add(
    "hy-031",
    url,
    html,
    record(
        id="hy-031",
        url=url,
        template="T5",
        lang="de",
        is_event=True,
        title="EU-Japan Cluster-Matchmaking: Smart Manufacturing",
        page_title="EU-Japan Cluster-Matchmaking: Smart Manufacturing",
        series="ECCP matchmaking",
        start=bx("2024-03-05", "09:00"),
        end=bx("2024-03-06", "12:00"),
        tz_label="MEZ",
        speakers=[
            sp("Akira Tanaka", "Director", "Japan Cluster Network"),
            sp("Hiroshi Sato", "Senior Advisor", "JETRO Brüssel"),
            sp("Yuki Nakamura", "Program Manager", "Kansai Robotics Cluster"),
            sp("Lena Fischer", "Leiterin Internationales", "Cluster Smart Production Bayern"),
            sp("Joanna Kowalczyk", None, "ECCP"),
        ],
        notes="Wix blog post (div soup, every paragraph wrapped in spans); German 'am 5. und 6. März 2024 jeweils von 9:00 bis 12:00 Uhr (MEZ)': "
        "two-day online matchmaking, end = last day 12:00; zone label 'MEZ' kept as written; speaker lines after bold labels 'Begrüßung:', "
        "'Keynote:', 'Podiumsdiskussion mit:' (one <p> per panellist), 'Moderation:'; a zero-width space inside 'Fischer'; 'Program Manager "
        "bei X'; registration deadline 23. Februar 2024; post date '12. Feb. 2024', '37 Aufrufe' and recent-post dates are not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-032 (static HTML with BOM, noon)
url = "https://www.cluster-excellence.dk/events/2023/clusters-and-the-eic-webinar.html"
html = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Cluster Excellence Denmark - Webinar: Clusters and the European Innovation Council</title>
<link rel="stylesheet" type="text/css" href="../../css/site.css">
</head>
<body bgcolor="#ffffff">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="top"><a href="../../index.html"><img src="../../img/logo.gif" width="240" height="60" border="0" alt="Cluster Excellence Denmark"></a></td></tr>
<tr><td class="menu"><a href="../../index.html">Home</a> | <a href="../../about.html">About</a> | <a href="../index.html">Events</a> | <a href="../../publications.html">Publications</a> | <a href="../../contact.html">Contact</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="10">
<tr>
<td width="200" valign="top" class="leftcol">
<p><b>Events 2023</b></p>
<p><a href="cluster-days-2023.html">Danish Cluster Days</a><br>5-6 September 2023</p>
<p><a href="clusters-and-the-eic-webinar.html">Clusters and the EIC</a><br>27 June 2023</p>
<p><a href="iso-56002-workshop.html">ISO 56002 workshop</a><br>16 May 2023, 13:00-16:00</p>
</td>
<td valign="top" class="content">
<h1>Webinar: Clusters and the European Innovation Council</h1>
<p><b>Date:</b> Tuesday, 27 June 2023<br>
<b>Time:</b> 11:00 a.m. to noon CEST<br>
<b>Place:</b> online (Microsoft Teams)</p>
<p>The European Innovation Council (EIC) supports deep-tech start-ups and scale-ups from early research to market. Clusters can help their members find the right EIC instrument, prepare convincing applications and connect to the EIC's business acceleration services. This one-hour webinar gives an overview and shares experience from two clusters.</p>
<p><b>Target audience:</b></p>
<ul>
<li>Cluster managers and innovation advisers</li>
<li>Deep-tech start-ups and scale-ups</li>
<li>Regional innovation agencies</li>
</ul>
<h2>Speakers</h2>
<p>María López, Managing Director, Andalucía Aerospace Cluster, European Cluster Manager of the Year 2021<br>
Kari Nieminen, Programme Manager, Business Tampere, Finland<br>
Dr. Ewa Malinowska, Programme Manager, European Innovation Council and SMEs Executive Agency (EISMEA)</p>
<h2>Documents</h2>
<p><a href="docs/EIC_webinar_agenda.pdf">Agenda (PDF)</a><br>
<a href="docs/EIC_funding_overview.pptx" title="EIC funding overview – slides"><img src="../../img/icon_ppt.gif" width="16" height="16" border="0" alt=""></a> &nbsp;Slides<br>
<a href="img/eic_webinar_poster.png">Poster (PNG)</a></p>
<p>Registration: please send an e-mail to events@cluster-excellence.dk by 23 June 2023.</p>
</td>
</tr>
</table>
<hr>
<p class="footer"><font size="1">Cluster Excellence Denmark &middot; Last updated: 14.06.2023 &middot; <a href="../../privacy.html">Privacy</a></font></p>
</body>
</html>
"""
base = "https://www.cluster-excellence.dk/events/2023/"
add(
    "hy-032",
    url,
    html,
    record(
        id="hy-032",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title="Webinar: Clusters and the European Innovation Council",
        page_title="Webinar: Clusters and the European Innovation Council",
        series=None,
        start=bx("2023-06-27", "11:00"),
        end=bx("2023-06-27", "12:00"),
        tz_label="CEST",
        speakers=[
            sp("María López", "Managing Director", "Andalucía Aerospace Cluster"),
            sp("Kari Nieminen", "Programme Manager", "Business Tampere"),
            sp("Ewa Malinowska", "Programme Manager", "European Innovation Council and SMEs Executive Agency (EISMEA)"),
        ],
        assets=[
            asset("Agenda (PDF)", base + "docs/EIC_webinar_agenda.pdf"),
            asset("EIC funding overview – slides", base + "docs/EIC_funding_overview.pptx"),
        ],
        notes="Static HTML 4.01 page with a UTF-8 byte-order mark and table layout; 'Time: 11:00 a.m. to noon CEST' (noon = 12:00); the left "
        "column lists other events with dates and a time range; 'Target audience:' list; speakers as <br> lines with an award suffix "
        "('European Cluster Manager of the Year 2021', not part of the organisation) and a country suffix; relative document links; the "
        "PPTX link has only an icon, so its label is the title attribute; the PNG poster is not an asset; registration deadline and "
        "'Last updated: 14.06.2023'.",
    ),
    bom=True,
)

# ------------------------------------------------------------------------------------------------ hy-033 (AMP)
url = "https://www.defence-industry-news.eu/amp/eu-clusters-talk-defence-edtib-clusters/"
html = """<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<title>Clusters and the European defence industrial base: EU Clusters Talk on 24 April</title>
<link rel="canonical" href="https://www.defence-industry-news.eu/eu-clusters-talk-defence-edtib-clusters/">
<meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-youtube" src="https://cdn.ampproject.org/v0/amp-youtube-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>
<style amp-custom>
__AMP_CSS__
</style>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.defence-industry-news.eu/eu-clusters-talk-defence-edtib-clusters/","headline":"Clusters and the European defence industrial base: EU Clusters Talk on 24 April","datePublished":"2024-04-10T07:45:00+02:00","dateModified":"2024-04-10T07:45:00+02:00","author":{"@type":"Person","name":"Tomas Lindgren"},"publisher":{"@type":"Organization","name":"Defence Industry News"}}</script>
</head>
<body>
<header class="amp-wp-header"><div><a href="https://www.defence-industry-news.eu/">Defence Industry News</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">Clusters and the European defence industrial base: EU Clusters Talk on 24 April</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">Tomas Lindgren</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="2024-04-10T05:45:00+00:00">2 weeks ago</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="630" src="https://www.defence-industry-news.eu/wp-content/uploads/2024/04/euct-defence.jpg" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" layout="intrinsic" alt="EU Clusters Talk defence 24.04.2024"></amp-img></figure>
<div class="amp-wp-article-content">
<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Clusters for a stronger European defence technological and industrial base” on 24 April 2024, 08:30–09:45 CET.</p>
<p>The first European Defence Industrial Strategy, presented in March 2024, calls for more investment in European production capacity and for a larger role of SMEs in defence supply chains. Clusters from the aerospace, maritime and electronics ecosystems will discuss how they can connect their members to defence primes and to EU funding.</p>
<p>Speakers include:</p>
<ul>
<li>Dr. Eva Horváthová, Policy Officer, DG DEFIS, European Commission;</li>
<li>Giorgio Bianchi, Project Manager, Distretto Ligure delle Tecnologie Marine (DLTM), LEVIATAD Eurocluster;</li>
<li>Jens Olsen, Cluster Manager, Danish Defence &amp; Security Industries Association;</li>
<li>Marie Lefort, Secretary General, European Network of Defence-related Regions (ENDR).</li>
</ul>
<p>The Talk is open to all; registration is required on the ECCP website.</p>
<amp-youtube data-videoid="def3ncE2404" layout="responsive" width="480" height="270"></amp-youtube>
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="https://www.defence-industry-news.eu/category/europe/" rel="category tag">Europe</a>, <a href="https://www.defence-industry-news.eu/category/events/" rel="category tag">Events</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="https://www.defence-industry-news.eu/eu-clusters-talk-defence-edtib-clusters/#respond">Leave a Comment</a></div></footer>
<amp-social-share type="linkedin" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share>
</article>
<footer class="amp-wp-footer"><div><h2>Defence Industry News</h2><p><a href="https://www.defence-industry-news.eu/eu-clusters-talk-defence-edtib-clusters/?amp_validate=1">View non-AMP version</a></p><a href="#top" class="back-to-top">Back to top</a></div></footer>
</body>
</html>
""".replace("__AMP_CSS__", css_filler(5033, 50, ("amp-wp", "amp-wp-article", "wp-caption", "amp-wp-meta")))
add(
    "hy-033",
    url,
    html,
    record(
        id="hy-033",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title="Clusters for a stronger European defence technological and industrial base",
        page_title="Clusters and the European defence industrial base: EU Clusters Talk on 24 April",
        series="EU Clusters Talks",
        start=bx("2024-04-24", "08:30"),
        end=bx("2024-04-24", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Eva Horváthová", "Policy Officer", "DG DEFIS, European Commission"),
            sp("Giorgio Bianchi", "Project Manager", "Distretto Ligure delle Tecnologie Marine (DLTM)", "LEVIATAD"),
            sp("Jens Olsen", "Cluster Manager", "Danish Defence & Security Industries Association"),
            sp("Marie Lefort", "Secretary General", "European Network of Defence-related Regions (ENDR)"),
        ],
        euroclusters=["LEVIATAD"],
        notes="AMP article (<html ⚡>, amp-img, amp-youtube, inline amp-custom CSS); zero-padded '08:30–09:45 CET' without spaces around the "
        "en dash (April: +02:00); heading with the date but no year; publication time only relative ('2 weeks ago') with a datetime "
        "attribute; 'March 2024' is not the event; organisation with '&amp;'.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-034 (Polish public-sector CMS, windows-1250)
url = "https://www.slaskie.pl/content/clusters-meet-regions-w-katowicach"
html = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clusters meet Regions w Katowicach - Województwo Śląskie</title>
<meta name="keywords" content="klastry, Clusters meet Regions, ECCP, Katowice">
<link rel="stylesheet" href="/themes/slaskie/css/main.css?v=20221014">
</head>
<body class="page-content page-id-58812">
<div id="skip"><a href="#tresc">Przejdź do treści</a> <a href="#menu">Przejdź do menu</a></div>
<div class="bip-bar"><a href="https://bip.slaskie.pl/"><img src="/themes/slaskie/img/bip.svg" alt="BIP" width="60" height="24"></a> <a href="/kontrast">Wersja kontrastowa</a> <a href="/mapa-strony">Mapa strony</a></div>
<header class="header"><div class="container">
<a class="logo" href="/"><img src="/themes/slaskie/img/herb-slaskie.svg" alt="Województwo Śląskie" width="64" height="74"><span>Województwo Śląskie</span></a>
<nav id="menu" class="main-menu"><ul><li><a href="/samorzad">Samorząd</a></li><li><a href="/gospodarka">Gospodarka</a></li><li class="active"><a href="/aktualnosci">Aktualności</a></li><li><a href="/wydarzenia">Wydarzenia</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>
</div></header>
<div class="container">
<ol class="breadcrumbs"><li><a href="/">Strona główna</a></li><li><a href="/aktualnosci">Aktualności</a></li><li>Clusters meet Regions w Katowicach</li></ol>
<div class="row">
<div class="col-main" id="tresc">
<div class="news-full">
<h1 class="news-full__title">Clusters meet Regions w Katowicach</h1>
<div class="news-full__meta"><span class="data">Data publikacji: 24.10.2022</span> <span class="kategoria">Gospodarka</span> <span class="odslony">Wyświetleń: 1204</span></div>
<div class="news-full__lead"><p>W dniach 8–9 listopada 2022 r. Katowice będą gospodarzem warsztatów Clusters meet Regions, organizowanych przez Europejską Platformę Współpracy Klastrów (ECCP) na zlecenie Komisji Europejskiej.</p></div>
<div class="news-full__text">
<p>Hasło tegorocznego spotkania to „Clusters for a just transition in coal regions”. Uczestnicy – przedstawiciele klastrów, samorządów, uczelni i przedsiębiorstw z całej Europy – będą rozmawiać o tym, jak klastry mogą wspierać transformację regionów górniczych i tworzenie nowych miejsc pracy.</p>
<p>Pierwszego dnia odbędą się panele dyskusyjne i warsztaty, drugiego dnia – wizyty studyjne w śląskich firmach i instytutach badawczych.</p>
<p>Prelegenci:</p>
<ul>
<li>dr Marek Wójcik, Dyrektor Departamentu Rozwoju Regionalnego, Urząd Marszałkowski Województwa Śląskiego</li>
<li>Agnieszka Zielińska, Polska Agencja Rozwoju Przedsiębiorczości (PARP)</li>
<li>prof. dr hab. Tomasz Gajewski, Uniwersytet Ekonomiczny w Katowicach</li>
</ul>
<p>Rejestracja trwa do 31 października 2022 r. Udział jest bezpłatny, liczba miejsc ograniczona.</p>
<p><a href="https://clustercollaboration.eu/content/clusters-meet-regions-katowice-poland">Program i rejestracja na stronie ECCP</a></p>
</div>
<div class="news-full__gallery"><a href="/files/galeria/cmr-katowice-plakat.jpg"><img src="/files/galeria/cmr-katowice-plakat-thumb.jpg" alt="Plakat Clusters meet Regions Katowice" width="300" height="424"></a></div>
</div>
</div>
<aside class="col-side"><div class="box"><h2>Kalendarium</h2><ul><li><span class="d">15.11.2022</span> Forum Gospodarcze Subregionu Zachodniego</li><li><span class="d">02.12.2022, godz. 10:00</span> Konferencja „Śląskie dla innowacji”</li></ul></div>
<div class="box"><h2>Zobacz także</h2><ul><li><a href="/content/regionalna-strategia-innowacji">Regionalna Strategia Innowacji Województwa Śląskiego 2030</a></li><li><a href="/content/fundusze-europejskie-dla-slaska">Fundusze Europejskie dla Śląska 2021-2027</a></li></ul></div></aside>
</div>
</div>
<footer class="footer"><div class="container"><p>Urząd Marszałkowski Województwa Śląskiego, ul. Ligonia 46, 40-037 Katowice</p><p>© 2022 Województwo Śląskie · <a href="/deklaracja-dostepnosci">Deklaracja dostępności</a></p></div></footer>
</body>
</html>
"""
add(
    "hy-034",
    url,
    html,
    record(
        id="hy-034",
        url=url,
        template="T5",
        lang="pl",
        is_event=True,
        title="Clusters for a just transition in coal regions",
        page_title="Clusters meet Regions w Katowicach",
        series="Clusters meet Regions",
        start="2022-11-08",
        end="2022-11-09",
        speakers=[
            sp(
                "Marek Wójcik",
                "Dyrektor Departamentu Rozwoju Regionalnego",
                "Urząd Marszałkowski Województwa Śląskiego",
            ),
            sp("Agnieszka Zielińska", None, "Polska Agencja Rozwoju Przedsiębiorczości (PARP)"),
            sp("Tomasz Gajewski", None, "Uniwersytet Ekonomiczny w Katowicach"),
        ],
        notes="Polish public-sector CMS page saved as windows-1250 bytes (declared in <meta http-equiv>); 'W dniach 8–9 listopada 2022 r.' in "
        "the lead paragraph; Polish honorifics 'dr' and 'prof. dr hab.' (lower case) to strip; 'Name, Organisation' lines; registration "
        "deadline '31 października 2022 r.'; 'Data publikacji: 24.10.2022', 'Wyświetleń: 1204' and the Kalendarium sidebar dates are not "
        "the event; a JPG poster link is not an asset.",
    ),
    encoding="windows-1250",
)

# ------------------------------------------------------------------------------------------------ hy-036 (Polish project page, every accented letter as an entity)
url = "https://www.klaster-mazowsze.pl/projekty/ingenious-eurocluster"
text = """<h1 class="project-title">Projekt INGENIOUS – Eurocluster dla przemysłów energochłonnych</h1>
<div class="project-meta"><span>Program: Jednolity Rynek (SMP COSME)</span> · <span>Nr umowy: 101074433</span></div>
<div class="project-body">
<p>INGENIOUS (Building resilience and accelerating transition to green and digital economy in Energy Intensive Industries) to jeden z 30 Euroclusters uruchomionych przez Komisję Europejską w 2022 roku. Nasz klaster jest partnerem projektu.</p>
<p>Czas realizacji: 1 września 2022 r. – 28 lutego 2025 r.</p>
<p>Spotkanie inaugurujące (kick-off meeting) odbyło się 20 września 2022 r. o godz. 10:00 w Brukseli. Kolejne spotkanie partnerów zaplanowano na marzec 2023 r. w Katowicach.</p>
<p>W ramach projektu MŚP z sektorów energochłonnych mogą otrzymać:</p>
<ul>
<li>bony na wdrożenie technologii cyfrowych i niskoemisyjnych,</li>
<li>szkolenia dla pracowników,</li>
<li>wsparcie w nawiązywaniu współpracy międzynarodowej.</li>
</ul>
<p>Partnerzy projektu: klastry i agencje rozwoju z Polski, Hiszpanii, Włoch, Słowenii, Grecji i Bułgarii.</p>
<p>Kontakt: Ewa Rekosz, koordynatorka projektu.</p>
</div>"""
text_entities = "".join(
    c if ord(c) < 128 else (codepoint2name.get(ord(c)) and f"&{codepoint2name[ord(c)]};") or f"&#{ord(c)};"
    for c in text
)
html = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Projekt INGENIOUS &ndash; Klaster Mazowsze</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css?v=3">
</head>
<body class="project">
<header class="top"><a href="/" class="logo">Klaster Mazowsze</a><nav><a href="/o-nas">O nas</a> <a href="/projekty" class="on">Projekty</a> <a href="/aktualnosci">Aktualno&#347;ci</a> <a href="/kontakt">Kontakt</a></nav></header>
<main class="wrap">
{text_entities}
</main>
<footer class="bottom"><p>&copy; 2023 Klaster Mazowsze &middot; Projekt wsp&oacute;&#322;finansowany ze &#347;rodk&oacute;w Unii Europejskiej</p></footer>
</body>
</html>
"""
assert all(ord(c) < 128 for c in html)
add(
    "hy-036",
    url,
    html,
    record(
        id="hy-036",
        url=url,
        template="T5",
        lang="pl",
        is_event=False,
        title="Projekt INGENIOUS – Eurocluster dla przemysłów energochłonnych",
        page_title="Projekt INGENIOUS – Eurocluster dla przemysłów energochłonnych",
        euroclusters=["INGENIOUS"],
        notes="NOT an event: Polish Eurocluster project page, pure ASCII with every accented letter written as an HTML entity (named where "
        "one exists, else numeric); project duration range and a past kick-off meeting with a date, time and place; a person named.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-038 (bot challenge)
url = "https://clustercollaboration.eu/content/eu-clusters-talks-skills-net-zero-industry"
html = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131}button,html{font-family:system-ui,-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Helvetica Neue,Arial,Noto Sans,sans-serif}@media (prefers-color-scheme:dark){body{background-color:#222;color:#d9d9d9}}body{display:flex;flex-direction:column;min-height:100vh}.main-wrapper{align-items:center;display:flex;flex:1;flex-direction:column}.main-content{margin:8rem auto;max-width:60rem;padding-left:1.5rem}.h2{font-size:1.5rem;font-weight:500;line-height:2.25rem}.footer{font-size:.75rem;line-height:1.125rem;margin:0 auto;max-width:60rem;padding-left:1.5rem;width:100%}</style><meta http-equiv="refresh" content="390"></head><body class="no-js"><div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">clustercollaboration.eu</h1><h2 id="challenge-running" class="h2">Checking if the site connection is secure</h2><noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper"><div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></noscript><div id="challenge-body-text" class="core-msg spacer">clustercollaboration.eu needs to review the security of your connection before proceeding.</div><form id="challenge-form" action="/content/eu-clusters-talks-skills-net-zero-industry?__cf_chl_f_tk=hF3qvJ0mDwCk1x8vKpSm7r.TpMq4oWnXbR0d6Yf3a2c-1712649611-0-gaNycGzNCiU" method="POST" enctype="application/x-www-form-urlencoded"><input type="hidden" name="md" value="Qm9vc3RlZC5ZZXMuSGVsbG8uV29ybGQuQ2x1c3Rlcg"></form></div></div><script>(function(){window._cf_chl_opt={cvId: '2',cZone: "clustercollaboration.eu",cType: 'managed',cNounce: '19288',cRay: '871a3f9e2c8d1b7a',cHash: 'a51b8f3e9d2c7b60',cUPMDTk: "\\/content\\/eu-clusters-talks-skills-net-zero-industry?__cf_chl_tk=hF3qvJ0mDwCk1x8vKpSm7r.TpMq4oWnXbR0d6Yf3a2c-1712649611-0-gaNycGzNCiU",cFPWv: 'b',cTTimeMs: '1000',cMTimeMs: '390000',cTplV: 5,cTplB: 'cf',cK: "",fa: "\\/content\\/eu-clusters-talks-skills-net-zero-industry?__cf_chl_f_tk=hF3qvJ0mDwCk1x8vKpSm7r.TpMq4oWnXbR0d6Yf3a2c-1712649611-0-gaNycGzNCiU",md: "Qm9vc3RlZC5ZZXMuSGVsbG8uV29ybGQuQ2x1c3Rlcg",cRq: {ru: 'aHR0cHM6Ly9jbHVzdGVyY29sbGFib3JhdGlvbi5ldS9jb250ZW50L2V1LWNsdXN0ZXJzLXRhbGtzLXNraWxscy1uZXQtemVyby1pbmR1c3RyeQ==',ra: 'TW96aWxsYS81LjA=',rm: 'R0VU',d: 'kY8mQ0sP1x',t: 'MTcxMjY0OTYxMS4wMDAwMDA=',cT: Math.floor(Date.now() / 1000),m: 'aGFyZXZlc3Q=',i1: 'Y2x1c3Rlcg==',i2: 'ZWNjcA==',zh: 'Y2x1c3RlcmNvbGxhYm9yYXRpb24uZXU=',uh: 'dXNlcmhhc2g=',hh: 'aGVhZGVyaGFzaA=='}};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=871a3f9e2c8d1b7a';window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;window._cf_chl_opt.cOgUQuery = location.search === '' && location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length).indexOf('?') !== -1 ? '?' : location.search;document.getElementsByTagName('head')[0].appendChild(cpo);}());</script><div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>871a3f9e2c8d1b7a</code></div></div><div class="text-center" id="footer-text">Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com?utm_source=challenge&amp;utm_campaign=m" target="_blank">Cloudflare</a></div></div></div></body></html>"""
add(
    "hy-038",
    url,
    html,
    record(
        id="hy-038",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title="Just a moment...",
        page_title="clustercollaboration.eu",
        notes="NOT an event: Cloudflare managed challenge served instead of an EU Clusters Talk page (the URL slug names the Talk).",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-039 (empty page)
url = "https://clustercollaboration.eu/content/clusters-meet-regions-2025-programme"
html = '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title></title>\n</head>\n<body>\n</body>\n</html>\n'
add(
    "hy-039",
    url,
    html,
    record(
        id="hy-039",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title="",
        page_title="",
        notes="NOT an event: an empty document (empty <title>, empty <body>) served with status 200 at an event-like URL.",
    ),
)

# ------------------------------------------------------------------------------------------------ hy-040 (newsletter archive)
url = "https://us21.campaign-archive.com/?u=8f3c2a1b9d0e7f6a5b4c3d2e1&id=4a7b9c2d1e"


def nl_block(title: str, when: str, text: str, href: str) -> str:
    return (
        f'<tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;color:#202020;font-family:Helvetica;font-size:16px;line-height:150%;">'
        f'<h3 style="display:block;margin:0;color:#0b4f8a;font-size:18px;font-weight:bold;">{title}</h3>'
        f'<p style="margin:6px 0;"><strong>{when}</strong></p><p style="margin:6px 0;">{text}</p>'
        f'<p style="margin:6px 0;"><a href="{href}" target="_blank" style="color:#0b4f8a;font-weight:bold;">Find out more</a></p></td></tr>'
    )


blocks = "\n".join(
    [
        nl_block(
            "EU Clusters Talks: Clusters and the Net-Zero Industry Academies",
            "13 March 2024, 8:30 – 9:45 CET",
            "How can clusters help set up the new net-zero industry academies? Speakers from the Commission and three clusters.",
            "https://clustercollaboration.eu/content/eu-clusters-talks-net-zero-industry-academies",
        ),
        nl_block(
            "Clusters meet Regions – Graz, Austria",
            "18–19 June 2024",
            "Twin transition in regional ecosystems: two days of workshops and company visits in Styria.",
            "https://clustercollaboration.eu/content/clusters-meet-regions-graz-austria",
        ),
        nl_block(
            "European Cluster Conference 2024",
            "7–8 May 2024, Brussels",
            "Registration for the European Cluster Conference opens on 20 March.",
            "https://clustercollaboration.eu/european-cluster-conference",
        ),
        nl_block(
            "Open call: ClusterXchange short-term visits",
            "Deadline: 30 April 2024, 17:00 CET",
            "Cluster managers can apply for funded visits to clusters in other countries.",
            "https://clustercollaboration.eu/clusterxchange/faqs",
        ),
    ]
)
html = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ECCP Newsletter – March 2024</title>
<meta property="og:title" content="ECCP Newsletter – March 2024">
<meta property="og:url" content="{htmlmod.escape(url)}">
<style type="text/css">
p{{margin:10px 0;padding:0;}}table{{border-collapse:collapse;}}h1,h2,h3,h4,h5,h6{{display:block;margin:0;padding:0;}}img,a img{{border:0;height:auto;outline:none;text-decoration:none;}}
body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}.mcnPreviewText{{display:none !important;}}#outlook a{{padding:0;}}
.ReadMsgBody{{width:100%;}}.ExternalClass{{width:100%;}}.mcnImage,.mcnRetinaImage{{vertical-align:bottom;}}.mcnTextContent img{{height:auto !important;}}
</style>
<script type="text/javascript">var $mcGoal = {{'settings':{{'uuid':'8f3c2a1b9d0e7f6a5b4c3d2e1','dc':'us21'}}}};</script>
</head>
<body>
<div id="awesomewrap"><div id="templateHeader" class="archive-header"><a href="https://us21.campaign-archive.com/home/?u=8f3c2a1b9d0e7f6a5b4c3d2e1&amp;id=c0ffee1234">Past Issues</a> <a href="https://clustercollaboration.us21.list-manage.com/subscribe?u=8f3c2a1b9d0e7f6a5b4c3d2e1&amp;id=c0ffee1234">Subscribe</a> <a href="https://us21.campaign-archive.com/feed?u=8f3c2a1b9d0e7f6a5b4c3d2e1&amp;id=c0ffee1234">RSS</a></div></div>
<span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">Talks, Clusters meet Regions, the European Cluster Conference and open calls</span>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px;">
<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock" style="min-width:100%;" width="100%" cellspacing="0" cellpadding="0" border="0"><tbody class="mcnTextBlockOuter"><tr><td class="mcnTextBlockInner" style="padding-top:9px;" valign="top"><p style="font-size:11px;text-align:right;"><a href="https://us21.campaign-archive.com/?u=8f3c2a1b9d0e7f6a5b4c3d2e1&amp;id=4a7b9c2d1e" target="_blank">View this email in your browser</a></p></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><img align="center" alt="European Cluster Collaboration Platform" src="https://mcusercontent.com/8f3c2a1b9d0e7f6a5b4c3d2e1/images/eccp-newsletter-header.png" width="564" style="max-width:1200px;padding-bottom:0;display:inline !important;vertical-align:bottom;" class="mcnImage"></td></tr>
<tr><td valign="top" id="templateBody"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter">
<tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;"><h1 style="color:#202020;font-size:26px;">ECCP Newsletter – March 2024</h1><p>Dear cluster community, spring is busy: here are the events and opportunities of the coming weeks.</p></td></tr>
{blocks}
</tbody></table></td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="padding:9px 18px;color:#656565;font-size:12px;"><em>Copyright © 2024 European Cluster Collaboration Platform, All rights reserved.</em><br>You are receiving this email because you subscribed on clustercollaboration.eu.<br><a href="https://clustercollaboration.us21.list-manage.com/profile?u=8f3c2a1b9d0e7f6a5b4c3d2e1">update your preferences</a> or <a href="https://clustercollaboration.us21.list-manage.com/unsubscribe?u=8f3c2a1b9d0e7f6a5b4c3d2e1">unsubscribe from this list</a>.</td></tr></table></td></tr>
</table></td></tr></table>
</center>
</body>
</html>
"""
add(
    "hy-040",
    url,
    html,
    record(
        id="hy-040",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title="ECCP Newsletter – March 2024",
        page_title="ECCP Newsletter – March 2024",
        notes="NOT an event: Mailchimp campaign archive of a newsletter listing four items (a Talk with date, time and CET; a Clusters meet "
        "Regions range; the European Cluster Conference; an open call deadline with a time).",
    ),
)
