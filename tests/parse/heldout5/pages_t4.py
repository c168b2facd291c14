"""T4: other CMSs and platforms: TYPO3, Joomla, a legacy Polish CMS, Wix, a static page, AMP, an Eventbrite-like
ticketing page, a French page written with entities, a German report with a BOM, and Polish news/project pages.
Several pages are returned as bytes in a legacy encoding."""

from common import asset, rec, sp


def hv027():
    url = "https://www.wirtschaft-steiermark.at/aktuelles/detail/clusters-meet-regions-graz-2024"
    heading = "Clusters meet Regions in Graz: Europas Cluster zu Gast in der Steiermark"
    base = "https://www.wirtschaft-steiermark.at/"
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

<base href="{base}">

<title>{heading} - Wirtschaft Steiermark</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="{heading}" />
<meta property="og:type" content="article" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-3f9c2a1d7be04a8e5c6d2f1e0b9a8c7d-min.css?1716972011" media="all">
<script src="/typo3temp/assets/compressed/merged-a81d2c6e4f0b3a9d7c5e1f2b8a6d4c3e-min.js?1716972011"></script>
</head>
<body id="p42" class="page-42 pagelevel-2 language-0 backendlayout-subpage layout-default">
<div class="body-bg">
<header class="site-header"><div class="container">
<a class="navbar-brand" href="/"><img src="fileadmin/templates/img/logo-wirtschaft-steiermark.svg" alt="Wirtschaft Steiermark" width="240" height="56"></a>
<nav class="navbar navbar-mainnavigation"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/standort">Standort</a></li>
<li class="nav-item active"><a class="nav-link" href="/aktuelles">Aktuelles</a></li>
<li class="nav-item"><a class="nav-link" href="/cluster">Cluster &amp; Netzwerke</a></li>
<li class="nav-item"><a class="nav-link" href="/foerderungen">Förderungen</a></li>
<li class="nav-item"><a class="nav-link" href="/kontakt">Kontakt</a></li>
</ul></nav>
</div></header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Startseite</a></li><li class="breadcrumb-item"><a href="/aktuelles">Aktuelles</a></li><li class="breadcrumb-item active" aria-current="page">Clusters meet Regions in Graz</li></ol></div></nav>
<div id="page-content"><div class="container"><div class="row">
<main class="col-md-8 maincontent-wrap" role="main">
<!--TYPO3SEARCH_begin-->
<div id="c318" class="frame frame-default frame-type-news_newsdetail frame-layout-0 frame-background-none frame-no-backgroundimage frame-space-before-none frame-space-after-none">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{heading}</h1></div>
<div class="footer"><p>
<span class="news-list-date"><time itemprop="datePublished" datetime="2024-05-29">29.05.2024</time></span>
<span class="news-list-category">Veranstaltungen</span>
<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">Von <span itemprop="name">Redaktion</span></span>
</p></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><img itemprop="image" src="fileadmin/_processed_/a/3/csm_CmR_Graz_Header_5c1e2f9a7b.jpg" width="750" height="375" alt="Grazer Uhrturm mit Banner Clusters meet Regions" /></div></div></div>
<div class="lead" itemprop="description"><p>Am 18. und 19. Juni 2024 ist Graz Gastgeber von Clusters meet Regions, einer Veranstaltungs&shy;reihe der Europäischen Cluster-Kollaborationsplattform (ECCP) im Auftrag der Europäischen Kommission. Unter dem Motto „Clusters driving the green and digital transformation of regions“ treffen sich Cluster&shy;manager:innen, Unternehmen und Regionen aus ganz Europa in der Steiermark.</p></div>
<div class="news-text-wrap" itemprop="articleBody">
<p>Die Steiermark zählt zu den forschungsstärksten Regionen Europas. Zwei Tage lang stehen grüne Technologien, Mobilität und die Kreislauf&shy;wirtschaft im Mittelpunkt. Die Teilnahme ist kostenlos; Anmeldung bis 7. Juni 2024.</p>
<h3>Programm</h3>
<ul>
<li>Dienstag: Politik-Workshop mit der Europäischen Kommission und den Regionen, Firmenbesuche</li>
<li>Mittwoch: thematische Sessions zu Green Tech und Mobilität, Matchmaking</li>
</ul>
<h3>Referent:innen (Auswahl)</h3>
<h4>Mag. Barbara Eibinger-Miedl</h4>
<p>Landesrätin für Wirtschaft, Tourismus, Regionen, Wissenschaft und Forschung, Land Steiermark</p>
<h4>Ulrike Engel&shy;brecht</h4>
<p>Referatsleiterin, GD GROW, Europäische Kommission</p>
<h4>Ing. Bernhard Puttinger</h4>
<p>Geschäftsführer, Green Tech Cluster Styria</p>
<h4>Anna&#8203;-Lena Hofer</h4>
<p>Clustermanagerin, Mobilitätscluster ACstyria</p>
<h4>Prof. Dr. Christian Ramsauer</h4>
<p>Institut für Innovation und Industrie Management, TU Graz</p>
<p><a href="fileadmin/user_upload/bilder/CmR_Graz_Pressefoto.jpg" target="_blank">Pressefoto (JPG, 2,4 MB)</a></p>
</div>
</div>
</div>
</div>
<!--TYPO3SEARCH_end-->
</main>
<aside class="col-md-4 subcontent-wrap" role="complementary">
<div class="news-related-wrap">
<div class="news-related news-related-files">
<h4>Zugehörige Dateien</h4>
<ul>
<li><span class="news-related-files-link"><a href="fileadmin/user_upload/veranstaltungen/Programm_CmR_Graz_2024.pdf" target="_blank">Programm Clusters meet Regions Graz (PDF)</a></span> <span class="news-related-files-size">412 KB</span></li>
<li><span class="news-related-files-link"><a href="fileadmin/user_upload/veranstaltungen/CmR_Graz_Teilnehmende.xlsx" target="_blank">Teilnehmendenliste</a></span> <span class="news-related-files-size">38 KB</span></li>
</ul>
</div>
<div class="news-related news-related-links"><h4>Links</h4><ul><li><a href="https://clustercollaboration.eu/content/clusters-meet-regions-graz-austria" target="_blank">Eventseite der ECCP</a></li></ul></div>
</div>
<div id="c77" class="frame frame-default frame-type-list"><h3>Termine</h3>
<ul class="termine">
<li><time datetime="2024-06-25T09:00">25.06.2024, 09:00 Uhr</time> – Green Tech Summit, Graz</li>
<li><time datetime="2024-07-03T14:00">03.07.2024, 14:00 – 17:00 Uhr</time> – Förder-Sprechtag Leoben</li>
</ul></div>
</aside>
</div></div></div>
<footer class="site-footer"><div class="container"><p>© 2024 Wirtschaft Steiermark · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/barrierefreiheit">Barrierefreiheit</a></p></div></footer>
</div>
<div id="cookieman-modal" class="modal fade" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog"><div class="modal-content"><div class="modal-body"><p>Wir verwenden Cookies, um unsere Website für Sie zu optimieren.</p><button class="btn btn-primary" data-cookieman-save>Alle akzeptieren</button></div></div></div></div>
</body>
</html>
"""
    r = rec(
        "hv-027",
        url,
        "T4",
        "de",
        True,
        "Clusters driving the green and digital transformation of regions",
        heading,
        "Clusters meet Regions",
        "2024-06-18",
        "2024-06-19",
        None,
        [
            sp(
                "Barbara Eibinger-Miedl",
                "Landesrätin für Wirtschaft, Tourismus, Regionen, Wissenschaft und Forschung",
                "Land Steiermark",
            ),
            sp("Ulrike Engelbrecht", "Referatsleiterin", "GD GROW, Europäische Kommission"),
            sp("Bernhard Puttinger", "Geschäftsführer", "Green Tech Cluster Styria"),
            sp("Anna-Lena Hofer", "Clustermanagerin", "Mobilitätscluster ACstyria"),
            sp("Christian Ramsauer", None, "Institut für Innovation und Industrie Management, TU Graz"),
        ],
        [],
        [
            asset(
                "Programm Clusters meet Regions Graz (PDF)",
                base + "fileadmin/user_upload/veranstaltungen/Programm_CmR_Graz_2024.pdf",
            ),
            asset("Teilnehmendenliste", base + "fileadmin/user_upload/veranstaltungen/CmR_Graz_Teilnehmende.xlsx"),
        ],
        "TYPO3 tx_news (German): 'Am 18. und 19. Juni 2024' (days joined by 'und'); English motto in German quotes "
        "is the title; <h4> name + <p> role/organisation blocks with 'Mag.', 'Ing.', 'Prof. Dr.'; a role with four "
        "commas; a soft hyphen (&shy;) inside one name and a zero-width space inside another; a unit without a role; "
        "the news item's related files are shown in the right column: they are its attachments (PDF + XLSX), with "
        "relative hrefs resolved against <base href>; a JPG press photo is not an asset; 'Termine' box with other "
        "dates and times; publication date 29.05.2024.",
    )
    return r, html


def hv028():
    url = "https://www.klaster-ict-pomorze.pl/aktualnosci/eu-clusters-talk-cyberbezpieczenstwo-w-lancuchach-dostaw"
    heading = "EU Clusters Talk: Cyberbezpieczeństwo w łańcuchach dostaw"
    html = f"""<!DOCTYPE html>
<html lang="pl-pl" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="windows-1250" />
	<base href="https://www.klaster-ict-pomorze.pl/aktualnosci/eu-clusters-talk-cyberbezpieczenstwo-w-lancuchach-dostaw" />
	<meta name="author" content="Redakcja" />
	<meta name="description" content="Zaproszenie na EU Clusters Talk o cyberbezpieczeństwie w łańcuchach dostaw." />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{heading} - Klaster ICT Pomorze</title>
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?3f1a5e0c9d2b7a64e8c1f05b3d9a2e71" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?3f1a5e0c9d2b7a64e8c1f05b3d9a2e71"></script>
</head>
<body class="site com_content view-article no-layout no-task itemid-118">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/">
						<h1 class="site-title" title="Klaster ICT Pomorze">Klaster ICT Pomorze</h1>
					</a>
					<div class="header-search pull-right"><div class="search"><form action="/aktualnosci" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Szukaj...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Szukaj..." /></form></div></div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<ul class="nav menu nav-pills mod-list">
<li class="item-101 default"><a href="/" >Start</a></li><li class="item-118 current active"><a href="/aktualnosci" >Aktualności</a></li><li class="item-119"><a href="/o-klastrze" >O klastrze</a></li><li class="item-120"><a href="/czlonkowie" >Członkowie</a></li><li class="item-121"><a href="/kontakt" >Kontakt</a></li></ul>
			</nav>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container"></div>
					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="pl-PL" />
	<div class="page-header">
		<h2 itemprop="headline">{heading}</h2>
	</div>
	<dl class="article-info muted">
		<dt class="article-info-term">Szczegóły</dt>
		<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Napisane przez <span itemprop="name">Redakcja</span></dd>
		<dd class="category-name">Kategoria: <a href="/aktualnosci" itemprop="genre">Aktualności</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2024-01-10T09:00:00+01:00" itemprop="datePublished">Opublikowano: 10 styczeń 2024</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:312" />Odsłony: 312</dd>
	</dl>
	<div itemprop="articleBody">
		<p>Europejska Platforma Współpracy Klastrów (ECCP) w imieniu Komisji Europejskiej zaprasza na EU Clusters Talk „Cyberbezpieczeństwo w łańcuchach dostaw” – 24 stycznia 2024 r., godz. 10:00–11:30 (CET).</p>
<p>Ataki na dostawców coraz częściej uderzają w całe łańcuchy dostaw. Podczas spotkania eksperci omówią nowe obowiązki wynikające z dyrektywy NIS2 i pokażą, jak klastry mogą wspierać małe firmy w ich wdrażaniu. Swoje doświadczenia przedstawi też Eurocluster DREAM.</p>
<p><strong>Prelegenci:</strong></p>
<ul>
<li>dr inż. Tomasz Wiśniewski – Dyrektor ds. Innowacji, Pomorski Park Naukowo-Technologiczny</li>
<li>Małgorzata Żak – Ekspertka ds. cyberbezpieczeństwa, NASK – Państwowy Instytut Badawczy</li>
<li>Pierre-Yves Lemaire – Project Manager, Pôle SCS, Eurocluster DREAM</li>
<li>Jarosław Łęcki – Prezes Zarządu, Klaster ICT Pomorze</li>
</ul>
<p>Spotkanie odbędzie się online w języku angielskim. Rejestracja do 23 stycznia 2024 r. do godz. 12:00: <a href="https://ec.europa.eu/eusurvey/runner/EUCT_cyber_2024">formularz rejestracyjny</a>.</p>
	</div>
	<ul class="pager pagenav">
	<li class="previous"><a class="hasTooltip" title="Walne Zgromadzenie Członków – 12 grudnia 2023" aria-label="Poprzedni artykuł: Walne Zgromadzenie Członków – 12 grudnia 2023" href="/aktualnosci/walne-zgromadzenie-czlonkow-2023" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Wstecz</span></a></li>
	<li class="next"><a class="hasTooltip" title="Hackathon Pomorze 2024: zapisy do 15 lutego" aria-label="Następny artykuł: Hackathon Pomorze 2024: zapisy do 15 lutego" href="/aktualnosci/hackathon-pomorze-2024" rel="next"><span aria-hidden="true">Dalej</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>
</ul>
</div>
				</main>
				<div id="aside" class="span3">
					<div class="well "><h3 class="page-header">Najbliższe wydarzenia</h3><ul class="latestnews mod-list">
	<li itemscope itemtype="https://schema.org/Article"><a href="/aktualnosci/hackathon-pomorze-2024" itemprop="url"><span itemprop="name">Hackathon Pomorze 2024 – 2–3 marca 2024 r.</span></a></li>
	<li itemscope itemtype="https://schema.org/Article"><a href="/aktualnosci/sniadanie-biznesowe-marzec" itemprop="url"><span itemprop="name">Śniadanie biznesowe, 14 marca 2024 r., godz. 8:30</span></a></li>
</ul></div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Do góry</a></p><p>&copy; 2024 Klaster ICT Pomorze</p></div></footer>
</body>
</html>
"""
    r = rec(
        "hv-028",
        url,
        "T4",
        "pl",
        True,
        "Cyberbezpieczeństwo w łańcuchach dostaw",
        heading,
        "EU Clusters Talks",
        "2024-01-24T10:00:00+01:00",
        "2024-01-24T11:30:00+01:00",
        "CET",
        [
            sp("Tomasz Wiśniewski", "Dyrektor ds. Innowacji", "Pomorski Park Naukowo-Technologiczny"),
            sp("Małgorzata Żak", "Ekspertka ds. cyberbezpieczeństwa", "NASK – Państwowy Instytut Badawczy"),
            sp("Pierre-Yves Lemaire", "Project Manager", "Pôle SCS", "DREAM"),
            sp("Jarosław Łęcki", "Prezes Zarządu", "Klaster ICT Pomorze"),
        ],
        ["DREAM"],
        [],
        "Joomla (Protostar) page saved as windows-1250 bytes (declared in <meta charset>); the site name is the "
        "<h1>, the article heading is an <h2 itemprop=headline>; Polish '24 stycznia 2024 r., godz. 10:00–11:30 "
        "(CET)'; Polish quotes „…” for the title; 'Prelegenci:' lines 'Name – Role, Org' with 'dr inż.' to strip, an "
        "organisation containing ' – ', 'Eurocluster DREAM' (name after the word); 'Opublikowano', 'Odsłony: "
        "312', registration deadline with a time, prev/next article titles and sidebar events with dates.",
    )
    return r, html.encode("cp1250")


def hv029():
    url = "https://www.klaster-tworzyw.pl/wydarzenia/webinarium-polrec-recykling-tworzyw-polimerowych-w-praktyce.html"
    heading = "Webinarium POLREC: recykling tworzyw polimerowych w praktyce"
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Klaster Tworzyw Sztucznych - Wydarzenia - {heading}</title>
<meta name="keywords" content="klaster, tworzywa sztuczne, recykling, POLREC, webinarium">
<link rel="stylesheet" type="text/css" href="/css/style.css">
<script type="text/javascript" src="/js/menu.js"></script>
</head>
<body>
<div id="kontener">
<div id="naglowek"><a href="/"><img src="/img/logo_klaster.gif" alt="Klaster Tworzyw Sztucznych" border="0"></a></div>
<div id="menu">
<ul>
<li><a href="/">Strona główna</a></li>
<li><a href="/o-klastrze.html">O klastrze</a></li>
<li><a href="/wydarzenia.html" class="aktywny">Wydarzenia</a></li>
<li><a href="/projekty.html">Projekty</a></li>
<li><a href="/kontakt.html">Kontakt</a></li>
</ul></li>
</div></div>
<div id="tresc">
<div id="lewa">
<h1>{heading}</h1>
<p class="data">Dodano: 20.11.2023</p>
<p>Zapraszamy na webinarium &bdquo;Recykling tworzyw polimerowych w praktyce&rdquo;, które odbędzie się <b>7 grudnia 2023 r. w godz. 10.00&ndash;12.00</b> online (MS Teams).</p></p>
<p>Webinarium organizowane jest w ramach Euroklastra POLREC, który wspiera małe i średnie przedsiębiorstwa w przejściu na gospodarkę o obiegu zamkniętym. Uczestnicy dowiedzą się, jak wprowadzić recyklat do produkcji i jak skorzystać z otwartych naborów projektu.</span></p>
<h2>Prelegenci</h2>
<table class="prelegenci" cellpadding="4" cellspacing="0" border="1">
<tr><th>Prelegent</th><th>Instytucja</th><th>Temat wystąpienia</th></tr>
<tr><td>dr hab. inż. Katarzyna Nowicka, prof. PW</td><td>Politechnika Warszawska</td><td>Recykling chemiczny &ndash; stan i perspektywy</td></tr>
<tr><td>Julien Moreau</td><td>Polymeris</td><td>Sieć POLREC i otwarte nabory</td></tr>
<tr><td>mgr inż. Paweł Krawczyk</td><td>Zakład Recyklingu Tworzyw EKO-PLAST Sp. z o.o.</td><td>Jak wdrożyliśmy recyklat w produkcji</td></tr></td>
</table></table>
<p>Udział jest bezpłatny. Zgłoszenia przyjmujemy do 5 grudnia 2023 r. pod adresem <a href="mailto:biuro@klaster-tworzyw.pl">biuro@klaster-tworzyw.pl</a>.</p></div>
<p><a href="/pliki/program_webinarium_POLREC_07-12-2023.pdf">Program webinarium (PDF)</a></p>
</li>
</div>
<div id="prawa">
<h3>Aktualności</h3>
<p><b>15.11.2023</b> &ndash; Walne zgromadzenie klastra, 29 listopada 2023 r., godz. 11:00</p>
<p><b>02.11.2023</b> &ndash; Targi PLASTPOL 2024: zapraszamy na stoisko klastra (21&ndash;24 maja 2024 r.)</p>
</div>
</div>
<div id="stopka">Copyright &copy; 2008-2023 Klaster Tworzyw Sztucznych. Wszelkie prawa zastrzeżone.</div>
</div>
</body>
</html>
"""
    r = rec(
        "hv-029",
        url,
        "T4",
        "pl",
        True,
        "Recykling tworzyw polimerowych w praktyce",
        heading,
        None,
        "2023-12-07T10:00:00+01:00",
        "2023-12-07T12:00:00+01:00",
        None,
        [
            sp("Katarzyna Nowicka", None, "Politechnika Warszawska"),
            sp("Julien Moreau", None, "Polymeris"),
            sp("Paweł Krawczyk", None, "Zakład Recyklingu Tworzyw EKO-PLAST Sp. z o.o."),
        ],
        ["POLREC"],
        [
            asset(
                "Program webinarium (PDF)",
                "https://www.klaster-tworzyw.pl/pliki/program_webinarium_POLREC_07-12-2023.pdf",
            )
        ],
        "Legacy HTML 4 page saved as ISO-8859-2 bytes while <meta> declares utf-8 (WRONG charset); quotes and "
        "dashes as entities (&bdquo; &rdquo; &ndash;); STRAY closing tags (</li>, </div>, </span>, </p>, </td>, "
        "</table>) that close the content column early; dotted times '7 grudnia 2023 r. w godz. 10.00–12.00' "
        "(+01:00, no label); speakers in a table (Prelegent | Instytucja | Temat): topics are not roles; Polish "
        "academic titles 'dr hab. inż.', ', prof. PW', 'mgr inż.' are not part of the names; Polish declension "
        "'Euroklastra POLREC'; the PDF link sits after the stray </div>; sidebar news with dates and times.",
    )
    return r, html.encode("iso-8859-2")


def hv030():
    url = "https://www.gemstone-eurocluster.eu/final-event"
    heading = "GEMSTONE Final Event: Green manufacturing for resilient SMEs"
    pdf = "https://www.gemstone-eurocluster.eu/_files/ugd/7a1c3e_4f9d2b8e1c0a4b6f9e2d7c5a3b1f8e06.pdf"

    def rt(cid, tag, cls, text, style="color:#1F3D2B;"):
        return (
            f'<div id="comp-{cid}" class="KcpHeO tz5MPS wixui-rich-text" data-testid="richTextElement">'
            f'<{tag} class="{cls} wixui-rich-text__text"><span style="{style}" class="wixui-rich-text__text">{text}</span></{tag}></div>'
        )

    def card(i, name, role, org):
        return (
            f'<div role="listitem" class="Ce1lh_ wixui-repeater__item" data-testid="repeater-item" id="comp-lnq8s2fo__item-{i}">'
            f'<div data-mesh-id="comp-lnq8s2fo__item-{i}inlineContent" data-testid="inline-content" class=""><div data-testid="mesh-container-content">'
            f'<div id="img_comp-lnq8s2g7__item-{i}" class="HlRz5e Kv1aVt dLPlxY mNGsUM bnwvfn"><img src="https://static.wixstatic.com/media/7a1c3e_speaker{i}~mv2.jpg/v1/fill/w_180,h_180,al_c,q_80,enc_auto/speaker{i}.jpg" alt="" style="width:180px;height:180px;object-fit:cover" /></div>'
            + rt(f"lnq8s2gd__item-{i}", "p", "font_7", name, "font-weight:bold;")
            + rt(f"lnq8s2gi__item-{i}", "p", "font_9", role)
            + rt(f"lnq8s2gm__item-{i}", "p", "font_9", org)
            + "</div></div></div>"
        )

    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7a1c3e_favicon~mv2.png/v1/fill/w_192,h_192,lg_1,usm_0.66_1.00_0.01/7a1c3e_favicon~mv2.png" type="image/png"/>
  <title>Final Event | GEMSTONE Eurocluster</title>
  <meta property="og:title" content="Final Event | GEMSTONE Eurocluster"/>
  <meta property="og:url" content="{url}"/>
  <meta property="og:site_name" content="GEMSTONE Eurocluster"/>
  <script type="application/ld+json">{{"@context":"https://schema.org/","@type":"WebSite","name":"GEMSTONE Eurocluster","url":"https://www.gemstone-eurocluster.eu"}}</script>
  <script>window.viewerModel = {{"siteFeatures":["assetsLoader","businessLogger","cookiesManager","seo","tpaCommons"],"site":{{"metaSiteId":"3c1f5a7e-2b9d-4e1f-9a6c-8d0b2e4f6a1c","isHttps":true}},"language":{{"userLanguage":"en"}}}};</script>
  <style id="css_masterPage">#SITE_HEADER{{z-index:50;--above-all-in-container:10000}}#comp-lnq8s2fo{{width:980px}}.font_0{{font:normal normal bold 44px/1.3em raleway,sans-serif;color:#1F3D2B}}.font_7{{font:normal normal normal 17px/1.6em helvetica-w01-roman,sans-serif}}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-testid="mesh-container-content">
<div id="comp-lnq7x0a1" class="Ww9Yky wixui-image"><a data-testid="linkElement" href="https://www.gemstone-eurocluster.eu" class="j7pOnl"><img src="https://static.wixstatic.com/media/7a1c3e_logo~mv2.png/v1/fill/w_160,h_60/logo.png" alt="GEMSTONE logo" /></a></div>
<nav aria-label="Site" id="comp-lnq7x0b3"><ul class="StylableHorizontalMenu3372578893__menu"><li><a data-testid="linkElement" href="https://www.gemstone-eurocluster.eu">Home</a></li><li><a data-testid="linkElement" href="https://www.gemstone-eurocluster.eu/about">About</a></li><li><a data-testid="linkElement" href="https://www.gemstone-eurocluster.eu/open-calls">Open Calls</a></li><li><a data-testid="linkElement" aria-current="page" href="https://www.gemstone-eurocluster.eu/final-event">Final Event</a></li><li><a data-testid="linkElement" href="https://www.gemstone-eurocluster.eu/news">News</a></li></ul></nav>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div class="JsJXaX"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerc1dmpinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lnq8r4k2" tabindex="-1" class="Oqnisf comp-lnq8r4k2 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lnq8r4k2" data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-mesh-id="comp-lnq8r4k2inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lnq8r4k2inlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lnq8r4l0" class="KcpHeO tz5MPS wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"><span style="color:#1F3D2B;" class="wixui-rich-text__text">GEMSTONE Final Event:</span><br class="wixui-rich-text__text"><span style="color:#3B7A57;" class="wixui-rich-text__text">Green manufacturing for resilient SMEs</span></h1></div>
{rt("lnq8r4l5", "p", "font_8", "Tuesday, November 14th, 2023", "font-weight:bold;")}
{rt("lnq8r4l9", "p", "font_8", "9:30 a.m. – noon CET")}
{rt("lnq8r4ld", "p", "font_8", "Hybrid: Lyon (Cité Internationale) &amp; online")}
<div id="comp-lnq8r4lh" class="R6ex7N" aria-disabled="false"><a data-testid="linkElement" href="https://www.gemstone-eurocluster.eu/event-details/gemstone-final-event-2023-11-14-09-30" target="_self" class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Register</span></a></div>
</div></div></section>
<section id="comp-lnq8s1a0" tabindex="-1" class="Oqnisf comp-lnq8s1a0 wixui-section" data-block-level-container="ClassicSection"><div data-mesh-id="comp-lnq8s1a0inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lnq8s1a0inlineContent-gridContainer" data-testid="mesh-container-content">
{rt("lnq8s1a4", "p", "font_8", "After two years and three open calls, GEMSTONE presents what 180 manufacturing SMEs achieved with its support: lower energy bills, first digital twins and new skills on the shop floor. The final event looks back at the results and forward to the next generation of Euroclusters.")}
{rt("lnq8s1a8", "p", "font_8", "The morning ends with a networking lunch for participants on site.")}
{rt("lnq8s1ac", "h2", "font_2", "Speakers")}
<div id="comp-lnq8s2fo" class="comp-lnq8s2fo wixui-repeater" role="list">
{card(1, "Claire Besson", "Project Coordinator", "CIMES")}
{card(2, "Dr. Henrik Andersen", "Senior Adviser", "Danish Manufacturing Cluster")}
{card(3, "Elif Yılmaz", "Head of Sustainability", "Mecatech Cluster")}
{card(4, "Marco Ferri (moderator)", "Communication Manager", "Clust-ER Innovate")}
</div>
{rt("lnq8s3b0", "h2", "font_2", "Programme")}
<div id="comp-lnq8s3b4" class="MazNVa comp-lnq8s3b4 wixui-image"><a data-testid="linkElement" href="{pdf}" target="_blank" title="GEMSTONE Final Event programme" class="j7pOnl"><img src="https://static.wixstatic.com/media/7a1c3e_pdficon~mv2.png/v1/fill/w_64,h_64/pdf.png" alt="" style="width:64px;height:64px" /></a></div>
<div id="comp-lnq8s3b8" class="MazNVa wixui-image"><a data-testid="linkElement" href="https://static.wixstatic.com/media/7a1c3e_venue~mv2.jpg" target="_blank" class="j7pOnl"><img src="https://static.wixstatic.com/media/7a1c3e_venue~mv2.jpg/v1/fill/w_300,h_200/venue.jpg" alt="Cité Internationale Lyon" /></a></div>
</div></div></section>
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-testid="mesh-container-content">
{rt("lnq7y2c1", "p", "font_9", "Funded by the European Union under the Single Market Programme, grant agreement 101074431.")}
{rt("lnq7y2c5", "p", "font_9", "© 2023 by GEMSTONE. Proudly created with Wix.com")}
</div></div></div></div></footer>
</div></div></div></div>
</body>
</html>
"""
    r = rec(
        "hv-030",
        url,
        "T4",
        "en",
        True,
        heading,
        heading,
        None,
        "2023-11-14T09:30:00+01:00",
        "2023-11-14T12:00:00+01:00",
        "CET",
        [
            sp("Claire Besson", "Project Coordinator", "CIMES"),
            sp("Henrik Andersen", "Senior Adviser", "Danish Manufacturing Cluster"),
            sp("Elif Yılmaz", "Head of Sustainability", "Mecatech Cluster"),
            sp("Marco Ferri", "Communication Manager", "Clust-ER Innovate"),
        ],
        ["GEMSTONE"],
        [asset("GEMSTONE Final Event programme", pdf)],
        "Wix div soup: the <h1> is two spans split by <br>; <title> is 'Final Event | GEMSTONE Eurocluster'; date "
        "and time in separate rich-text blocks, month first with an ordinal ('Tuesday, November 14th, 2023') and "
        "'9:30 a.m. – noon CET' (noon = 12:00, +01:00); speaker cards as repeater items with name, role and "
        "organisation in three separate rich-text <p>s, one name followed by '(moderator)'; the programme PDF is an "
        "icon link with only a title attribute; a JPG link and the 'Register' button (URL with date and time) "
        "are not assets.",
    )
    return r, html


def hv031():
    url = "https://www.clusters-portugal.pt/eventos/international-cluster-matchmaking-2023.html"
    heading = "International Cluster Matchmaking Event: Latin America and Europe"
    base = "https://www.clusters-portugal.pt/eventos/"
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{heading}</title>
<link rel="stylesheet" href="../css/estilo.css" type="text/css">
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "International Cluster Matchmaking Event",
  "startDate": "2022-11-30",
  "endDate": "2022-12-01",
  "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
  "location": {{"@type": "VirtualLocation", "url": "https://latam-eu-cluster-matchmaking.b2match.io/"}},
  "organizer": {{"@type": "Organization", "name": "European Cluster Collaboration Platform", "url": "https://clustercollaboration.eu"}}
}}
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="960" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><a href="../index.html"><img src="../img/topo_clusters_portugal.gif" width="960" height="110" border="0" alt="Cluster Portugal Association"></a></td></tr>
<tr>
<td width="200" valign="top" class="menu">
<a href="../index.html">Home</a><br>
<a href="../sobre.html">About us</a><br>
<a href="../membros.html">Members</a><br>
<a href="index.html"><b>Events</b></a><br>
<a href="../contactos.html">Contacts</a><br>
<br><font size="1" color="#666666">Last update: 24/11/2023</font>
</td>
<td width="760" valign="top" class="conteudo">
<h1>{heading}</h1>
<p><b>30 November &ndash; 1 December 2023 | Online</b></p>
<p><font face="Arial, Helvetica, sans-serif" size="2">The European Cluster Collaboration Platform (ECCP), in cooperation with the AL-INVEST Verde programme, invites cluster organisations and their member companies to two days of online business meetings between Latin America and Europe. The first edition, held online on 30 November and 1 December 2022, brought together more than 400 participants from 31 countries.</font></p>
<p><font face="Arial, Helvetica, sans-serif" size="2"><b>Opening session</b><br>
Keynote: María José Fernández, Head of Unit, DG INTPA, European Commission<br>
Panel: Carlos Ibarra (Cluster Textil de Nuevo León), Beatriz Souza (Porto Digital), Rui Fonseca (AICEP Portugal Global)</font></p>
<p><font face="Arial, Helvetica, sans-serif" size="2"><b>Partner organisations:</b></font></p>
<ul>
<li>AL-INVEST Verde</li>
<li>Enterprise Europe Network</li>
<li>Cluster Portugal Association</li>
</ul>
<p><font face="Arial, Helvetica, sans-serif" size="2"><b>Documents</b><br>
&raquo; <a href="docs/matchmaking_guide_2023.pdf">Matchmaking guide (PDF)</a><br>
&raquo; <a href="docs/company_profile_template.docx">Company profile template (DOCX)</a><br>
&raquo; <a href="docs/participants_2023-11-24.xlsx">List of registered participants (XLSX, updated 24/11/2023)</a></font></p>
<p><font face="Arial, Helvetica, sans-serif" size="2"><a href="https://latam-eu-cluster-matchmaking.b2match.io/signup" target="_blank">Register on b2match</a> | <a href="matchmaking-2023.ics">Add to calendar (.ics)</a> | <a href="../img/matchmaking_2022_foto.jpg">Photos of the 2022 edition</a></font></p>
<p><font face="Arial, Helvetica, sans-serif" size="1" color="#666666">Registration deadline: 27 November 2023.</font></p>
</td>
</tr>
<tr><td colspan="2" align="center" class="rodape"><font size="1">&copy; 2004-2023 Cluster Portugal Association &middot; Rua do Conhecimento 12, 4050-001 Porto</font></td></tr>
</table>
</body>
</html>
"""
    r = rec(
        "hv-031",
        url,
        "T4",
        "en",
        True,
        heading,
        heading,
        "ECCP matchmaking",
        "2023-11-30",
        "2023-12-01",
        None,
        [
            sp("María José Fernández", "Head of Unit", "DG INTPA, European Commission"),
            sp("Carlos Ibarra", None, "Cluster Textil de Nuevo León"),
            sp("Beatriz Souza", None, "Porto Digital"),
            sp("Rui Fonseca", None, "AICEP Portugal Global"),
        ],
        [],
        [
            asset("Matchmaking guide (PDF)", base + "docs/matchmaking_guide_2023.pdf"),
            asset("Company profile template (DOCX)", base + "docs/company_profile_template.docx"),
            asset(
                "List of registered participants (XLSX, updated 24/11/2023)", base + "docs/participants_2023-11-24.xlsx"
            ),
        ],
        "Static table-layout HTML with <font> tags; range across months '30 November – 1 December 2023' (&ndash;); "
        "the JSON-LD was copied from last year's page (2022-11-30/2022-12-01) and DISAGREES with the visible "
        "date: the page text wins; the 2022 edition's dates are also in the prose; 'Keynote: Name, Role, Org' and "
        "'Panel: A (Org), B (Org), C (Org)' in one line; 'Partner organisations:' list is not speakers; three "
        "relative document links (PDF, DOCX, XLSX); b2match registration, .ics and a JPG are not assets; 'Last "
        "update' and deadline dates.",
    )
    return r, html


def hv032():
    url = "https://www.autoclusters-news.eu/2022/10/31/eu-clusters-talk-mobility-ecosystem-9-november-2022/amp/"
    heading = "EU Clusters Talk on the mobility ecosystem"
    canon = url.rsplit("amp/", 1)[0]
    html = f"""<!doctype html>
<html ⚡ lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<link rel="canonical" href="{canon}">
<title>{heading} &#8211; AutoClusters News</title>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.amp-wp-header{{background:#0b3d91}}.amp-wp-header a{{color:#fff;font-size:1em;text-decoration:none}}.amp-wp-article{{color:#353535;font-weight:400;margin:1.5em auto;max-width:840px}}.amp-wp-meta{{color:#696969;display:inline-block;font-size:.875em}}</style>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"{canon}","publisher":{{"@type":"Organization","name":"AutoClusters News","logo":{{"@type":"ImageObject","url":"https://www.autoclusters-news.eu/wp-content/uploads/2021/01/logo-60.png","height":60,"width":240}}}},"headline":"{heading}","datePublished":"2022-10-31T14:05:00+01:00","dateModified":"2022-11-02T09:40:00+01:00","author":{{"@type":"Person","name":"Newsdesk"}},"image":{{"@type":"ImageObject","url":"https://www.autoclusters-news.eu/wp-content/uploads/2022/10/ev-charging.jpg","width":1200,"height":675}}}}</script>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="https://www.autoclusters-news.eu/"><amp-img src="https://www.autoclusters-news.eu/wp-content/uploads/2021/01/logo-32.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">AutoClusters News</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{heading}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.com/avatar/0d5e?s=72&amp;d=mm&amp;r=g" alt="Newsdesk" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">Newsdesk</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="2022-10-31T13:05:00+00:00">1 week ago</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="675" src="https://www.autoclusters-news.eu/wp-content/uploads/2022/10/ev-charging.jpg" class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" alt="Electric car at a charging station" layout="intrinsic"></amp-img></figure>
<div class="amp-wp-article-content">
<p>The next EU Clusters Talk, “Mobility ecosystem: Clusters driving the automotive transition”, takes place online on Wednesday 9 November at 8:30CET.</p>
<p>The car industry is changing faster than ever: combustion engines are being phased out, software is becoming the most valuable part of a vehicle, and battery supply chains are moving to Europe. The European Cluster Collaboration Platform brings together the Commission and automotive clusters to discuss what the transition pathway for the mobility ecosystem means for suppliers.</p>
<p>Speakers will include:</p>
<ul>
<li>Daniela Kiefer, Policy Officer, DG GROW, European Commission</li>
<li>Jean-Marc Lefèvre, Director, CARA – European Cluster for Mobility Solutions</li>
<li>Ana Costa, Project Manager, Mobinov, E-BOOST Eurocluster</li>
</ul>
<p>Registration is free on the <a href="https://clustercollaboration.eu/content/eu-clusters-talks-mobility-ecosystem">ECCP website</a>.</p>
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="https://www.autoclusters-news.eu/category/events/" rel="category tag">Events</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{canon}#respond">Leave a Comment</a></div>
</footer>
<section class="amp-related-posts"><h2>Related</h2><ul>
<li><a href="https://www.autoclusters-news.eu/2022/10/14/battery-day-2022-registration-open/amp/">Battery Day 2022: registration open until 18 November</a> <span class="amp-wp-meta">14 October 2022</span></li>
<li><a href="https://www.autoclusters-news.eu/2022/09/30/e-boost-launches-first-open-call/amp/">E-BOOST launches its first open call</a> <span class="amp-wp-meta">30 September 2022</span></li>
</ul></section>
</article>
<footer class="amp-wp-footer"><div><h2>AutoClusters News</h2><a href="#top" class="back-to-top">Back to top</a><p>&copy; 2022 AutoClusters News</p></div></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-7QK1ZP3M2N","config":{{"G-7QK1ZP3M2N":{{"groups":"default"}}}}}}}}</script></amp-analytics>
</body>
</html>
"""
    r = rec(
        "hv-032",
        url,
        "T4",
        "en",
        True,
        "Mobility ecosystem: Clusters driving the automotive transition",
        heading,
        "EU Clusters Talks",
        "2022-11-09T08:30:00+01:00",
        None,
        "CET",
        [
            sp("Daniela Kiefer", "Policy Officer", "DG GROW, European Commission"),
            sp("Jean-Marc Lefèvre", "Director", "CARA – European Cluster for Mobility Solutions"),
            sp("Ana Costa", "Project Manager", "Mobinov", "E-BOOST"),
        ],
        ["E-BOOST"],
        [],
        "AMP page (<html ⚡>, amp-img, amp-boilerplate); 'on Wednesday 9 November at 8:30CET' without a year "
        "(2022 from the URL slug '...-9-november-2022' and the NewsArticle JSON-LD datePublished) and without an "
        "end time (end null); '1 week ago' posted-on; title quoted inside a sentence between commas; an "
        "organisation containing ' – '; related posts with other dates.",
    )
    return r, html


def hv033():
    url = "https://www.eventbrite.com/e/ingenious-webinar-financing-energy-efficiency-in-energy-intensive-smes-tickets-712345678901"
    heading = "INGENIOUS Webinar: Financing energy efficiency in energy-intensive SMEs"
    html = f"""<!DOCTYPE html>
<html lang="en-us" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{heading} Tickets, Wed, Oct 18, 2023 at 8:30 AM | Eventbrite</title>
<meta property="og:title" content="{heading}">
<meta property="event:start_time" content="2023-10-18T08:30:00+02:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"EducationEvent","name":"{heading}","url":"{url}","startDate":"2023-10-18T06:30:00Z","endDate":"2023-10-18T07:45:00Z","eventAttendanceMode":"https://schema.org/OnlineEventAttendanceMode","eventStatus":"https://schema.org/EventScheduled","location":{{"@type":"VirtualLocation","url":"{url}"}},"organizer":{{"@type":"Organization","name":"INGENIOUS Eurocluster","url":"https://www.eventbrite.com/o/ingenious-eurocluster-65432109876"}},"offers":[{{"@type":"AggregateOffer","lowPrice":"0.00","highPrice":"0.00","priceCurrency":"EUR","availability":"InStock","validFrom":"2023-09-25T10:00:00Z"}}]}}</script>
</head>
<body class="eds-base">
<div id="root"><div class="eds-structure eds-structure--min-height" data-spec="eds-structure">
<header class="consumer-header" data-testid="global-header"><a class="consumer-header__logo" href="https://www.eventbrite.com/" aria-label="Eventbrite home">Eventbrite</a><form class="search-bar" role="search"><input type="search" placeholder="Search events" aria-label="Search events"></form><nav><a href="https://www.eventbrite.com/signin/">Log In</a> <a href="https://www.eventbrite.com/signin/signup/">Sign Up</a></nav></header>
<main class="event-details" data-testid="event-details">
<div class="event-hero"><picture><img class="event-hero__image" src="https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F598712345%2F1%2Foriginal.jpg?w=940&amp;auto=format" alt="INGENIOUS webinar banner"></picture></div>
<div class="event-details__main">
<div class="event-details__main-inner">
<span class="start-date" data-testid="start-date"><span class="start-date__month">Oct</span> <span class="start-date__day">18</span></span>
<h1 class="event-title css-0">{heading}</h1>
<p class="summary" data-testid="summary">How energy-intensive SMEs can finance efficiency upgrades: instruments, case studies and Q&amp;A.</p>
<div class="organizer-listing-info"><span>By <a href="https://www.eventbrite.com/o/ingenious-eurocluster-65432109876">INGENIOUS Eurocluster</a></span> <span class="organizer-stats">1.2k followers</span></div>
<section class="date-and-location"><h2>Date and time</h2><div class="date-info" data-testid="dateAndTime"><span class="date-info__full-datetime">Wednesday, October 18 · 8:30 - 9:45am CEST</span></div>
<h2>Location</h2><p>Online event</p></section>
<section class="refund-policy"><h2>Refund Policy</h2><p>No Refunds</p></section>
<section class="event-description" data-testid="about-this-event"><h2>About this event</h2>
<ul class="highlights"><li>1 hour 15 minutes</li><li>Mobile eTicket</li></ul>
<div class="structured-content-rich-text">
<p>Energy-intensive SMEs in glass, ceramics, paper and metals face the highest energy bills in the economy. The INGENIOUS Eurocluster invites them to a webinar on the financial instruments available for efficiency investments, from EIB intermediated loans to energy performance contracts.</p>
<p><strong>Speakers</strong></p>
<p>- Ing. Václav Novotný, Energy Manager, Czech Glass Cluster</p>
<p>- Laura Ricci, Senior Banker, European Investment Bank</p>
<p>- Dr. Heinz Gruber, Managing Director, Energy Cluster Upper Austria; INGENIOUS Eurocluster</p>
<p><strong>Agenda</strong></p>
<p>8:30 Welcome – 8:40 Financing instruments – 9:10 Case studies – 9:35 Q&amp;A</p>
</div>
<div class="tags"><h3>Tags</h3><ul><li><a href="https://www.eventbrite.com/d/online/events/">Online Events</a></li><li><a href="https://www.eventbrite.com/d/online/seminars/">Online Seminars</a></li><li><a href="https://www.eventbrite.com/d/online/%23energy/">#energy</a></li></ul></div>
</section>
<section class="organizer-profile"><h2>About the organizer</h2><p>INGENIOUS helps SMEs in energy-intensive industries become more resilient, greener and more digital.</p>
<h3>More events from this organizer</h3><ul><li><a href="https://www.eventbrite.com/e/ingenious-open-call-info-day-tickets-723456789012">INGENIOUS Open Call Info Day</a> <span>Thu, Nov 23, 10:00 AM CET</span></li></ul></section>
</div></div>
<aside class="conversion-bar" data-testid="conversion-bar"><div class="conversion-bar__panel-info">Free</div><button class="eds-btn eds-btn--button eds-btn--fill" type="button">Reserve a spot</button><p class="conversion-bar__urgency">Sales end soon</p></aside>
</main>
<footer class="eds-global-footer"><p>&copy; 2023 Eventbrite</p></footer>
</div></div>
</body>
</html>
"""
    r = rec(
        "hv-033",
        url,
        "T4",
        "en",
        True,
        heading,
        heading,
        None,
        "2023-10-18T08:30:00+02:00",
        "2023-10-18T09:45:00+02:00",
        "CEST",
        [
            sp("Václav Novotný", "Energy Manager", "Czech Glass Cluster"),
            sp("Laura Ricci", "Senior Banker", "European Investment Bank"),
            sp("Heinz Gruber", "Managing Director", "Energy Cluster Upper Austria", "INGENIOUS"),
        ],
        ["INGENIOUS"],
        [],
        "Eventbrite-like ticketing page: visible 'Wednesday, October 18 · 8:30 - 9:45am CEST' (no year, 'am' only "
        "after the end time); JSON-LD EducationEvent in UTC ('2023-10-18T06:30:00Z' = 08:30 CEST) gives the year "
        "and agrees; <title> carries the date; '- ' speaker paragraphs with 'Ing.' and 'Dr.'; Eurocluster after a "
        "';' in a speaker line; agenda line with times; 'More events from this organizer' with another date.",
    )
    return r, html


def hv034():
    url = "https://www.arp-klastry.pl/aktualnosci/polrec-otwarty-nabor-dla-msp-z-branzy-tworzyw-sztucznych"
    heading = "POLREC: otwarty nabór dla MŚP z branży tworzyw sztucznych"
    html = f"""<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{heading} | Portal Klastrów</title>
<link rel="stylesheet" href="/assets/css/portal.min.css?v=2.14">
</head>
<body class="page-news-detail">
<div class="cookies-bar" id="cookies"><p>Serwis korzysta z plików cookies. <a href="/polityka-prywatnosci">Dowiedz się więcej</a></p><button type="button">Akceptuję</button></div>
<header class="top"><div class="wrap"><a class="logo" href="/"><img src="/assets/img/logo-portal-klastrow.svg" alt="Portal Klastrów"></a>
<nav class="main-menu"><ul><li><a href="/o-portalu">O portalu</a></li><li class="active"><a href="/aktualnosci">Aktualności</a></li><li><a href="/wydarzenia">Wydarzenia</a></li><li><a href="/baza-klastrow">Baza klastrów</a></li></ul></nav></div></header>
<main class="wrap content">
<article class="news">
<p class="news__date"><span class="ico ico-calendar"></span> 28.02.2024</p>
<h1 class="news__title">{heading}</h1>
<div class="news__lead"><p>Eurocluster POLREC ogłosił trzeci nabór dla małych i średnich przedsiębiorstw z sektora tworzyw sztucznych i kompozytów. Do zdobycia jest do 30 000 euro na usługi doradcze i wdrożenie recyklingu.</p></div>
<div class="news__body">
<p>O wsparcie mogą ubiegać się MŚP z państw członkowskich UE oraz krajów stowarzyszonych z Programem na rzecz jednolitego rynku.</p>
<p><strong>Termin składania wniosków:</strong> do 15 kwietnia 2024 r. do godz. 17:00 CET.</p>
<p><strong>Spotkanie informacyjne online:</strong> 14 marca 2024 r., godz. 10:00–11:00. Prelegenci spotkania:</p>
<ul>
<li>Julien Moreau – koordynator projektu, Polymeris</li>
<li>Anna Kaczmarek – ekspertka ds. funduszy UE, Polska Izba Przemysłu Chemicznego</li>
</ul>
<p>Szczegóły naboru i formularz: <a href="https://polrec-project.eu/open-calls/">polrec-project.eu</a></p>
</div>
</article>
<aside class="sidebar"><h2>Wydarzenia</h2><ul><li><strong>19.03.2024</strong> Forum Klastrów Polskich, Warszawa</li><li><strong>11.04.2024, godz. 9:00</strong> Warsztaty: ślad węglowy w MŚP</li></ul></aside>
</main>
<footer class="bottom"><div class="wrap"><p>© 2024 Portal Klastrów</p></div></footer>
</body>
</html>
"""
    r = rec(
        "hv-034",
        url,
        "T4",
        "pl",
        False,
        heading,
        heading,
        euroclusters=["POLREC"],
        notes="NOT an event (Polish): an open-call news item; deadline 'do 15 kwietnia 2024 r. do godz. 17:00 CET' "
        "and an info meeting '14 marca 2024 r., godz. 10:00–11:00' with two presenters; sidebar events.",
    )
    return r, html


def hv035():
    url = "https://www.pole-scs.org/fr/evenements/webinaire-dream-cybersecurite-pme-industrielles/"
    heading = "Webinaire DREAM&nbsp;: la cybers&eacute;curit&eacute; des PME industrielles"
    html = f"""<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Webinaire DREAM : la cybers&eacute;curit&eacute; des PME industrielles - P&ocirc;le SCS</title>
<link rel="stylesheet" href="https://www.pole-scs.org/wp-content/themes/scs/style.css?ver=2.3">
</head>
<body class="event-template-default single single-event postid-9121">
<header class="site-header"><div class="container"><a class="logo" href="https://www.pole-scs.org/fr/"><img src="https://www.pole-scs.org/wp-content/themes/scs/img/logo-scs.svg" alt="P&ocirc;le SCS - Solutions Communicantes S&eacute;curis&eacute;es"></a>
<nav class="menu-principal"><ul><li><a href="https://www.pole-scs.org/fr/le-pole/">Le P&ocirc;le</a></li><li><a href="https://www.pole-scs.org/fr/projets/">Projets</a></li><li class="current"><a href="https://www.pole-scs.org/fr/evenements/">&Eacute;v&eacute;nements</a></li><li><a href="https://www.pole-scs.org/fr/actualites/">Actualit&eacute;s</a></li><li><a href="https://www.pole-scs.org/fr/adherer/">Adh&eacute;rer</a></li></ul></nav></div></header>
<main class="container contenu">
<article class="evenement">
<p class="fil-ariane"><a href="https://www.pole-scs.org/fr/">Accueil</a> &rsaquo; <a href="https://www.pole-scs.org/fr/evenements/">&Eacute;v&eacute;nements</a> &rsaquo; Webinaire DREAM</p>
<h1>{heading}</h1>
<p class="meta">Publi&eacute; le 21 septembre 2023 &middot; Cat&eacute;gorie&nbsp;: Webinaires</p>
<div class="chapo"><p>Le jeudi 12 octobre 2023 de 9h30 &agrave; 11h, l&rsquo;Eurocluster DREAM organise le webinaire &laquo;&nbsp;La cybers&eacute;curit&eacute;, levier de r&eacute;silience des PME industrielles&nbsp;&raquo;, en ligne et en anglais.</p></div>
<div class="texte">
<p>Les PME industrielles sont de plus en plus cibl&eacute;es par les cyberattaques, souvent par le biais de leurs fournisseurs. Le webinaire pr&eacute;sente les outils d&eacute;velopp&eacute;s par le projet DREAM (Digital Resilient Europe for Advanced Manufacturing) et les retours d&rsquo;exp&eacute;rience de trois r&eacute;gions.</p>
<h2>Intervenants</h2>
<ul>
<li>Mme Claire Dubois, Responsable cybers&eacute;curit&eacute;, P&ocirc;le SCS</li>
<li>Dr Matteo Galli, Chercheur, Fondazione Bruno Kessler</li>
<li>M. Laurent Petit, Directeur technique, Aerospace Valley</li>
</ul>
<h2>Public vis&eacute;</h2>
<ul>
<li>Dirigeants et responsables informatiques de PME industrielles&nbsp;;</li>
<li>Clusters et p&ocirc;les de comp&eacute;titivit&eacute;&nbsp;;</li>
<li>Acteurs r&eacute;gionaux de l&rsquo;innovation.</li>
</ul>
<p><a href="https://www.pole-scs.org/wp-content/uploads/2023/09/DREAM-webinaire-programme-12-10-2023.pdf" target="_blank">T&eacute;l&eacute;charger le programme (PDF)</a> &middot; <a href="https://dream-eurocluster.eu/webinar-registration/" target="_blank">Inscription gratuite</a> avant le 10 octobre 2023 &agrave; midi.</p>
</div>
</article>
<aside class="agenda"><h2>Prochains &eacute;v&eacute;nements</h2><ul><li><span class="date">17/10/2023</span> Rencontres SCS de la s&eacute;curit&eacute; num&eacute;rique, Sophia Antipolis</li><li><span class="date">07/11/2023 &ndash; 14h00</span> Atelier IA de confiance</li></ul></aside>
</main>
<footer class="site-footer"><p>&copy; 2023 P&ocirc;le SCS &middot; <a href="https://www.pole-scs.org/fr/mentions-legales/">Mentions l&eacute;gales</a></p></footer>
</body>
</html>
"""
    r = rec(
        "hv-035",
        url,
        "T4",
        "fr",
        True,
        "La cybersécurité, levier de résilience des PME industrielles",
        "Webinaire DREAM : la cybersécurité des PME industrielles",
        None,
        "2023-10-12T09:30:00+02:00",
        "2023-10-12T11:00:00+02:00",
        None,
        [
            sp("Claire Dubois", "Responsable cybersécurité", "Pôle SCS"),
            sp("Matteo Galli", "Chercheur", "Fondazione Bruno Kessler"),
            sp("Laurent Petit", "Directeur technique", "Aerospace Valley"),
        ],
        ["DREAM"],
        [
            asset(
                "Télécharger le programme (PDF)",
                "https://www.pole-scs.org/wp-content/uploads/2023/09/DREAM-webinaire-programme-12-10-2023.pdf",
            )
        ],
        "French page with an entity for every accented letter (&eacute; &agrave; &ocirc; &rsquo; &laquo; &nbsp;); "
        "'Le jeudi 12 octobre 2023 de 9h30 à 11h' ('h' times, end without minutes, no label, +02:00); title in "
        "guillemets « … »; 'Intervenants' with French honorifics 'Mme', 'M.' and 'Dr' (no dot) to strip; 'Public "
        "visé' list is not speakers; registration deadline 'avant le 10 octobre 2023 à midi' is not the event.",
    )
    return r, html


def hv036():
    url = "https://www.silicon-saxony.de/news/rueckblick-eu-clusters-talk-chips-act/"
    heading = "Rückblick: Europas Halbleiter-Cluster im Dialog zum Chips Act"
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{heading} | Silicon Saxony</title>
<meta name="description" content="Rückblick auf den EU Clusters Talk zum European Chips Act am 18. Januar 2023.">
<link rel="stylesheet" href="/static/css/main.9c1e2a.css">
</head>
<body class="news-detail">
<header class="header"><div class="header__inner"><a href="/" class="header__logo"><img src="/static/img/logo-silicon-saxony.svg" alt="Silicon Saxony"></a>
<nav class="header__nav"><ul><li><a href="/netzwerk/">Netzwerk</a></li><li><a href="/mitglieder/">Mitglieder</a></li><li class="is-active"><a href="/news/">News</a></li><li><a href="/events/">Events</a></li></ul></nav></div></header>
<main class="main">
<article class="news-article">
<div class="news-article__meta"><span class="news-article__date">14.02.2023</span> <span class="news-article__category">Europa</span></div>
<h1 class="news-article__title">{heading}</h1>
<div class="news-article__body">
<p>Am 18. Januar 2023 fand von 10:00 bis 11:30 Uhr (MEZ) der EU Clusters Talk „Chips Act: Was bedeutet er für Europas Cluster?“ statt. Rund 180 Teilnehmende aus 27 Ländern verfolgten die Diskussion online.</p>
<p>Nach der Begrüßung durch Dr. Frank Bösenberg, Geschäftsführer von Silicon Saxony, erläuterte Dr. Ivo Tsvetkov von der GD CNECT der Europäischen Kommission die Ziele des European Chips Act: Europas Anteil an der weltweiten Halbleiterproduktion soll bis 2030 auf 20 Prozent steigen.</p>
<p>Anschließend stellten Marie Lefebvre, Projektleiterin bei Minalogic, und Jaap de Vries, Business Developer bei Brainport Development, die Arbeit des Silicon Europe Eurocluster vor, der seit September 2022 KMU der Elektronikbranche bei Internationalisierung und Fachkräftegewinnung unterstützt.</p>
<p>In der Diskussion ging es vor allem um Fachkräfte: Ohne gut ausgebildete Technikerinnen und Techniker bleiben neue Fabriken leer.</p>
<p>Die Aufzeichnung ist auf dem YouTube-Kanal der ECCP verfügbar. Der nächste EU Clusters Talk findet am 1. Februar 2023 statt.</p>
</div>
</article>
<aside class="teaser-list"><h2>Weitere News</h2><ul><li><a href="/news/semicon-europa-2023/">SEMICON Europa 2023: Gemeinschaftsstand vom 14. bis 17. November</a></li><li><a href="/news/silicon-saxony-day-2023/">Silicon Saxony Day am 20. Juni 2023</a></li></ul></aside>
</main>
<footer class="footer"><p>© Silicon Saxony e.&nbsp;V. 2023 · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></footer>
</body>
</html>
"""
    r = rec(
        "hv-036",
        url,
        "T4",
        "de",
        True,
        "Chips Act: Was bedeutet er für Europas Cluster?",
        heading,
        "EU Clusters Talks",
        "2023-01-18T10:00:00+01:00",
        "2023-01-18T11:30:00+01:00",
        "MEZ",
        [
            sp("Frank Bösenberg", "Geschäftsführer", "Silicon Saxony"),
            sp("Ivo Tsvetkov", None, "GD CNECT der Europäischen Kommission"),
            sp("Marie Lefebvre", "Projektleiterin", "Minalogic"),
            sp("Jaap de Vries", "Business Developer", "Brainport Development"),
        ],
        ["Silicon Eurocluster"],
        [],
        "German report written four weeks later, saved as UTF-8 WITH A BOM and no <meta charset>; 'Am 18. Januar "
        "2023 fand von 10:00 bis 11:30 Uhr (MEZ) ... statt' (German label MEZ kept as tz_label, +01:00); German "
        "quotes; speakers in German prose ('Begrüßung durch Dr. X, Rolle von Org', 'Dr. X von der Org', 'X, Rolle "
        "bei Org, und Y, Rolle bei Org, stellten ... vor'); 'Silicon Europe Eurocluster' alias; next Talk '1. "
        "Februar 2023' and teaser dates are not the event.",
    )
    return r, ("\ufeff" + html).encode("utf-8")


def hv037():
    url = "https://interizon.pl/pl/projekty/desire"
    heading = "DESIRE – Development of E-Health Solutions Improving Resilience in Europe"
    html = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">
<title>Projekt DESIRE - Interizon - Pomorski Klaster ICT</title>
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div id="top"><a href="/pl/"><img src="/img/interizon-logo.png" alt="Interizon"></a>
<ul class="menu"><li><a href="/pl/o-nas">O nas</a></li><li class="sel"><a href="/pl/projekty">Projekty</a></li><li><a href="/pl/aktualnosci">Aktualności</a></li><li><a href="/pl/kontakt">Kontakt</a></li></ul></div>
<div id="content">
<h1>DESIRE &ndash; Development of E-Health Solutions Improving Resilience in Europe</h1>
<table class="projekt-info">
<tr><td>Program:</td><td>Single Market Programme (SMP COSME), nabór SMP-COSME-2021-CLUSTER</td></tr>
<tr><td>Czas trwania:</td><td>1 września 2022 r. &ndash; 31 sierpnia 2025 r.</td></tr>
<tr><td>Budżet:</td><td>ok. 4 mln euro</td></tr>
<tr><td>Rola Interizon:</td><td>partner</td></tr>
</table>
<p>Eurocluster DESIRE łączy klastry z sektora e-zdrowia z kilku krajów Unii Europejskiej. Celem projektu jest zwiększenie odporności europejskiego ekosystemu zdrowia poprzez wsparcie MŚP w cyfryzacji i internacjonalizacji.</p>
<p>Spotkanie inaugurujące (kick-off) projektu odbyło się 22&ndash;23 września 2022 r. w Gdańsku. Partnerzy uzgodnili wtedy harmonogram trzech naborów dla MŚP.</p>
<h2>Najbliższe działania</h2>
<ul>
<li>15 marca 2023 r., godz. 10:00 &ndash; webinarium o pierwszym naborze</li>
<li>maj 2023 r. &ndash; misja gospodarcza do Dubaju</li>
</ul>
</div>
<div id="stopka">&copy; Interizon &ndash; Pomorski Klaster ICT</div>
</body>
</html>
"""
    r = rec(
        "hv-037",
        url,
        "T4",
        "pl",
        False,
        heading,
        heading,
        euroclusters=["DESIRE"],
        notes="NOT an event (Polish, ISO-8859-2 bytes, declared): a Eurocluster project page; project duration "
        "'1 września 2022 r. – 31 sierpnia 2025 r.', a past kick-off meeting '22–23 września 2022 r.' and a "
        "webinar '15 marca 2023 r., godz. 10:00' in a list of activities.",
    )
    return r, html.encode("iso-8859-2")


PAGES = [hv027, hv028, hv029, hv030, hv031, hv032, hv033, hv034, hv035, hv036, hv037]
