"""T5 pages (other CMSs: TYPO3, Drupal 7, Joomla, Wix-like, Squarespace-like) of the hr-* set. Written new for heldout10."""

from __future__ import annotations

from common import bx, page_adder, record, sp
from shells import generic_page

PAGES: list[dict] = []
add = page_adder(PAGES)

# ------------------------------------------------------------------------------------------------ hr-036 (TYPO3, German, MESZ, BOM)
site = "https://www.logistik-cluster-sachsen.de"
u = f"{site}/aktuelles/detail/eu-clusters-talk-ukraine"
h1 = "EU Clusters Talk: Wie Cluster ukrainische Unternehmen unterstützen können"
body = (
    "<!--TYPO3SEARCH_end-->\n"
    '<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">\n'
    f'<div class="container"><a class="navbar-brand navbar-brand-image" href="/"><img src="/fileadmin/templates/logo.svg" alt="Logistik-Cluster Sachsen" height="52"></a>\n'
    '<nav id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/cluster">Cluster</a></li><li class="nav-item active"><a class="nav-link" href="/aktuelles">Aktuelles</a></li>'
    '<li class="nav-item"><a class="nav-link" href="/veranstaltungen">Veranstaltungen</a></li><li class="nav-item"><a class="nav-link" href="/kontakt">Kontakt</a></li></ul></nav></div></header>\n'
    '<nav class="breadcrumb-section"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Startseite</a></li><li class="breadcrumb-item"><a href="/aktuelles">Aktuelles</a></li><li class="breadcrumb-item active">EU Clusters Talk Ukraine</li></ol></nav>\n'
    '<div id="page-content" class="bp-page-content main-section"><main class="section section-default"><!--TYPO3SEARCH_begin-->\n'
    '<div id="c1841" class="frame frame-default frame-type-news_newsdetail frame-layout-0"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">\n'
    f'<div class="header"><h1 itemprop="headline">{h1}</h1></div>\n'
    '<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2022-10-10">10.10.2022</time></span> <span class="news-list-category">Europa</span></p></div>\n'
    '<div class="teaser-text" itemprop="description"><p>Online-Veranstaltung der European Cluster Collaboration Platform</p></div>\n'
    '<div class="news-text-wrap" itemprop="articleBody">\n'
    "<p>Die European Cluster Collaboration Platform lädt im Auftrag der Europäischen Kommission zum EU Clusters Talk "
    "„Ukraine: How can clusters support business integration and recovery?“ ein. Der Talk findet am Mittwoch, 19. Oktober 2022, "
    "von 8:30 bis 9:45 Uhr MESZ online statt.</p>"
    "<p>Seit Kriegsbeginn im Februar 2022 unterstützen viele Cluster, auch unser Logistik-Cluster, ukrainische Partner bei der "
    "Sicherung ihrer Lieferketten. Im Talk berichten Cluster aus der Ukraine und aus Polen über ihre Erfahrungen.</p>"
    "<p><strong>Referentinnen und Referenten:</strong></p>"
    "<ul><li>Oksana Melnyk (Ukrainian Cluster Alliance)</li><li>Dmytro Kovalenko (Lviv Mechanical Engineering Cluster)</li>"
    "<li>Anneli Saar (GD GROW, Europäische Kommission)</li><li>Mikołaj Zieliński (Lublin Logistics Cluster)</li></ul>"
    "<p>Moderation: Daniel Ferrer, ECCP</p>"
    '<p>Die Teilnahme ist kostenfrei. <a href="https://eccp-events.eu/talks/registration?talk=ukraine" target="_blank">Anmeldung</a></p>'
    "</div>\n"
    '<div class="news-related-wrap"><h4>Verwandte Meldungen</h4><ul><li><a href="/aktuelles/detail/clustertreffen-leipzig-2022">Clustertreffen Leipzig am 24.11.2022</a></li></ul></div>\n'
    '<div class="news-backlink-wrap"><a href="/aktuelles">Zurück</a></div>\n'
    "</div></div></div>\n<!--TYPO3SEARCH_end--></main></div>\n"
    '<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><p>Logistik-Cluster Sachsen e. V. · Neumarkt 2 · 04109 Leipzig</p>'
    '<ul class="footer-links"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></div></section></footer>\n'
)
head = '<meta name="generator" content="TYPO3 CMS">\n<base href="https://www.logistik-cluster-sachsen.de/">\n<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-4a2c1c3e1b.css?1665392200" media="all">\n'
add(
    "hr-036",
    u,
    "<!DOCTYPE html>\n<!--\n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n-->\n"
    + generic_page(
        lang="de-DE",
        doc_title=f"{h1} - Logistik-Cluster Sachsen",
        head_extra=head,
        body=body,
        seed=5036,
        blocks=("bp-page-header", "navbar", "frame", "news", "footer-section", "breadcrumb"),
    ).replace("<!DOCTYPE html>\n", "", 1),
    record(
        id="hr-036",
        url=u,
        template="T5",
        lang="de",
        is_event=True,
        title="Ukraine: How can clusters support business integration and recovery?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2022-10-19", "08:30"),
        end=bx("2022-10-19", "09:45"),
        tz_label="MESZ",
        speakers=[
            sp("Oksana Melnyk", None, "Ukrainian Cluster Alliance"),
            sp("Dmytro Kovalenko", None, "Lviv Mechanical Engineering Cluster"),
            sp("Anneli Saar", None, "GD GROW, Europäische Kommission"),
            sp("Mikołaj Zieliński", None, "Lublin Logistics Cluster"),
            sp("Daniel Ferrer", None, "ECCP"),
        ],
        notes="Same Talk as hr-007 (real date, reconstructed speakers), German TYPO3 news detail with a UTF-8 BOM and the TYPO3 comment after the doctype. 'am Mittwoch, 19. Oktober 2022, von 8:30 bis 9:45 Uhr MESZ': the German summer label is kept as printed (tz_label 'MESZ', +02:00); English title in „…“; speakers 'Name (Org)' (role null); 'Moderation: Name, ECCP'; publication 10.10.2022, 'Februar 2022' and the related item '24.11.2022' are not the event.",
    ),
    bom=True,
)

# ------------------------------------------------------------------------------------------------ hr-037 (Drupal 7)
site = "https://www.healthtechcluster.dk"
u = f"{site}/events/eu-clusters-talk-health-europe"
h1 = "EU Clusters Talk – Health in Europe: Where does our ecosystem stand?"
body = (
    '<div id="page-wrapper"><div id="page">\n<div id="header"><div class="section clearfix"><a href="/" title="Home" rel="home" id="logo"><img src="https://www.healthtechcluster.dk/sites/all/themes/cht/logo.png" alt="Home" /></a>\n'
    '<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Copenhagen Health Tech Cluster</span></a></strong></div></div>\n'
    '<div class="region region-header"><div id="block-search-form" class="block block-search"><form action="/events/eu-clusters-talk-health-europe" method="post" id="search-block-form" accept-charset="UTF-8"><input type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></form></div></div></div></div>\n'
    '<div id="main-menu" class="navigation"><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first"><a href="/">Home</a></li><li class="menu-412"><a href="/about">About</a></li><li class="menu-511 active-trail"><a href="/events" class="active-trail">Events</a></li><li class="menu-610 last"><a href="/members">Members</a></li></ul></div>\n'
    '<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">\n<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> » <a href="/events">Events</a></div></div>\n'
    '<div id="content" class="column"><div class="section">\n<a id="main-content"></a>\n'
    f'<h1 class="title" id="page-title">{h1}</h1>\n'
    '<div class="region region-content"><div id="block-system-main" class="block block-system">\n<div class="content">\n'
    '<div id="node-1187" class="node node-event node-promoted clearfix" about="/events/eu-clusters-talk-health-europe" typeof="sioc:Item foaf:Document">\n'
    '<span property="dc:title" content="EU Clusters Talk – Health in Europe" class="rdf-meta element-hidden"></span>\n'
    '<div class="submitted"><span property="dc:date dc:created" content="2023-01-30T10:12:44+01:00" datatype="xsd:dateTime">Submitted by <span class="username">cht_admin</span> on Mon, 30/01/2023 - 10:12</span></div>\n'
    '<div class="content">\n'
    '<div class="field field-name-field-event-date field-type-datetime field-label-inline clearfix"><div class="field-label">Date:&nbsp;</div><div class="field-items"><div class="field-item even">'
    '<span class="date-display-single">Wednesday, 8 February, 2023 - <span class="date-display-start" property="dc:date" datatype="xsd:dateTime" content="2023-02-08T08:30:00+01:00">08:30</span> to <span class="date-display-end" property="dc:date" datatype="xsd:dateTime" content="2023-02-08T09:45:00+01:00">09:45</span></span></div></div></div>\n'
    '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">'
    "<p>Our CEO joins the European Cluster Collaboration Platform's EU Clusters Talk “Health in Europe: Where does our ecosystem "
    "stand?”. The Talk is online and free of charge; all times are CET.</p>"
    "<p>Speakers:</p><ul>"
    "<li><strong>Dorota Wiśniewska</strong> (Policy Officer, DG SANTE, European Commission)</li>"
    "<li><strong>Jesper Holm</strong> (CEO, Copenhagen Health Tech Cluster)</li>"
    "<li><strong>Agnieszka Lis</strong> (Project Manager, Pomeranian MedTech Cluster – DESIRE Eurocluster)</li>"
    "<li><strong>Fernando Alvarado</strong> (Director, Andalusian Health Innovation Cluster)</li></ul>"
    '<p><a href="https://eccp-events.eu/talks/registration?talk=health">Sign up on the ECCP website</a></p>'
    "</div></div></div>\n"
    '<div class="field field-name-field-event-files field-type-file field-label-above"><div class="field-label">Files:&nbsp;</div><div class="field-items"><div class="field-item even">'
    '<span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="https://www.healthtechcluster.dk/sites/default/files/events/eu-clusters-talk-health-programme.pdf" type="application/pdf; length=201344">eu-clusters-talk-health-programme.pdf</a></span></div></div></div>\n'
    "</div>\n"
    '<ul class="links inline"><li class="node-readmore first last"><a href="/events">Back to events</a></li></ul>\n'
    "</div>\n</div>\n</div></div>\n</div></div>\n"
    '<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second"><div id="block-views-upcoming-events-block" class="block block-views"><h2>Upcoming events</h2>'
    '<div class="content"><div class="view view-upcoming-events"><div class="view-content"><div class="views-row views-row-1"><span class="date-display-single">02/03/2023</span> <a href="/events/member-meeting-march-2023">Member meeting March</a></div>'
    '<div class="views-row views-row-2"><span class="date-display-single">20/04/2023</span> <a href="/events/hospital-innovation-day-2023">Hospital innovation day</a></div></div></div></div></div></div></div></div>\n'
    "</div></div>\n"
    '<div id="footer"><div class="section"><div class="region region-footer"><p>Copenhagen Health Tech Cluster · Ole Maaløes Vej 3 · 2200 Copenhagen N</p></div></div></div>\n</div></div>\n'
)
head = (
    '<meta name="Generator" content="Drupal 7 (http://drupal.org)" />\n<link rel="shortlink" href="/node/1187" />\n'
    '<style type="text/css" media="all">@import url("https://www.healthtechcluster.dk/modules/system/system.base.css?rp4k2s");</style>\n'
)
add(
    "hr-037",
    u,
    generic_page(
        lang="en",
        doc_title=f"{h1} | Copenhagen Health Tech Cluster",
        head_extra=head,
        body=body,
        seed=5037,
        blocks=("node", "field", "region", "block", "views-row", "date-display"),
        charset="utf-8",
        meta_charset_style="http-equiv",
    ),
    record(
        id="hr-037",
        url=u,
        template="T5",
        lang="en",
        is_event=True,
        title="Health in Europe: Where does our ecosystem stand?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-02-08", "08:30"),
        end=bx("2023-02-08", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Dorota Wiśniewska", "Policy Officer", "DG SANTE, European Commission"),
            sp("Jesper Holm", "CEO", "Copenhagen Health Tech Cluster"),
            sp("Agnieszka Lis", "Project Manager", "Pomeranian MedTech Cluster", "DESIRE"),
            sp("Fernando Alvarado", "Director", "Andalusian Health Innovation Cluster"),
        ],
        euroclusters=["DESIRE"],
        assets=[
            {
                "label": "eu-clusters-talk-health-programme.pdf",
                "url": "https://www.healthtechcluster.dk/sites/default/files/events/eu-clusters-talk-health-programme.pdf",
                "created": None,
            }
        ],
        notes="Same Talk as hr-013 (real date, reconstructed speakers), Drupal 7 event node: date field 'Wednesday, 8 February, 2023 - 08:30 to 09:45' and 'all times are CET' in the body (+01:00); quoted title in the body (the heading adds the series prefix with an en dash); speakers '<strong>Name</strong> (Role, Org – X Eurocluster)'; 'Our CEO' without a name; Drupal 7 file field with the file name as label; byline 'Mon, 30/01/2023 - 10:12' and sidebar dates not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-038 (Joomla, Polish, ISO-8859-2, non-event)
site = "https://www.klastry-mazowsze.pl"
u = f"{site}/index.php/aktualnosci/318-polskie-klastry-w-nowych-euroclusterach"
h1 = "Polskie klastry w nowych Euroclusterach JEWEL i PowerUp NetZero"
body = (
    '<div class="body"><div class="container"><header class="header"><a class="brand" href="/"><img class="logo" src="/images/logo-klastry.png" alt="Forum Klastrów Mazowsza"></a>\n'
    '<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/">Strona główna</a></li><li class="item-108 current active"><a href="/index.php/aktualnosci">Aktualności</a></li>'
    '<li class="item-109"><a href="/index.php/wydarzenia">Wydarzenia</a></li><li class="item-110"><a href="/index.php/kontakt">Kontakt</a></li></ul></nav></header>\n'
    '<div class="row-fluid"><main id="content" role="main" class="span9">\n<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="pl-PL" />\n'
    f'<div class="page-header"><h2 itemprop="headline">{h1}</h2></div>\n'
    '<dl class="article-info muted"><dt class="article-info-term">Szczegóły</dt><dd class="createdby">Napisane przez <span itemprop="name">Redakcja</span></dd>'
    '<dd class="published"><time datetime="2024-12-18T09:20:00+01:00" itemprop="datePublished">Opublikowano: 18 grudzień 2024</time></dd><dd class="hits">Odsłony: 412</dd></dl>\n'
    '<div itemprop="articleBody">'
    "<p>Komisja Europejska ogłosiła wyniki naboru SMP-COSME-2024-CLUSTER. Wśród wybranych konsorcjów są dwa z udziałem polskich "
    "klastrów: JEWEL, wspierający przemysł wytwórczy w przejściu do gospodarki zeroemisyjnej, oraz PowerUp NetZero, skupiony na "
    "technologiach neutralnych dla klimatu.</p>"
    "<p>Projekty rozpoczną się w grudniu 2024 r. i potrwają 36 miesięcy. Pierwsze otwarte nabory dla MŚP planowane są na wiosnę "
    "2025 r.</p>"
    "<p>Zapraszamy na spotkanie informacyjne dla członków Forum 15 stycznia 2025 r. o godz. 11:00 w siedzibie Forum przy ul. "
    "Nowogrodzkiej 31 w Warszawie.</p>"
    "</div>\n"
    '<ul class="pager pagenav"><li class="previous"><a href="/index.php/aktualnosci/317-walne-zgromadzenie-2024" rel="prev">&lt; Wstecz</a></li><li class="next"><a href="/index.php/aktualnosci/319-klastry-na-targach" rel="next">Dalej &gt;</a></li></ul>\n'
    "</div>\n</main>\n"
    '<div id="aside" class="span3"><div class="well"><h3 class="page-header">Najbliższe wydarzenia</h3><ul class="latestnews mod-list"><li><a href="/index.php/wydarzenia/55-noworoczne-spotkanie-klastrow">Noworoczne spotkanie klastrów – 9.01.2025</a></li></ul></div></div></div>\n'
    '<footer class="footer" role="contentinfo"><p class="pull-right"><a href="#top" id="back-top">Do góry</a></p><p>&copy; 2024 Forum Klastrów Mazowsza</p></footer>\n</div></div>\n'
)
head = '<meta name="generator" content="Joomla! - Open Source Content Management" />\n<link href="/templates/protostar/css/template.css?8f1a27b3" rel="stylesheet" />\n'
add(
    "hr-038",
    u,
    generic_page(
        lang="pl-pl",
        doc_title=h1,
        head_extra=head,
        body=body,
        seed=5038,
        blocks=("body", "header", "navigation", "item-page", "article-info", "well", "footer"),
        charset="iso-8859-2",
        meta_charset_style="http-equiv",
    ),
    record(
        id="hr-038",
        url=u,
        template="T5",
        lang="pl",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["JEWEL", "PowerUp NetZero"],
        notes="NOT an event: Polish Joomla 3 (Protostar) news saved as ISO-8859-2 bytes with a matching http-equiv charset; heading is an <h2>; project start, 'wiosnę 2025', a members' information meeting with date and time and a sidebar event date; 'Opublikowano' and 'Odsłony' lines; names two Euroclusters.",
    ),
    encoding="iso-8859-2",
)

# ------------------------------------------------------------------------------------------------ hr-039 (Wix-like)
site = "https://www.moldovaclusters.md"
u = f"{site}/clusters-meet-regions-chisinau"
h1 = "Clusters meet Regions comes to Chișinău"


def wix_text(inner: str, comp: str) -> str:
    return f'<div id="{comp}" class="wixui-rich-text" data-testid="richTextElement">{inner}</div>'


body = (
    '<div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER" class="wixui-header"><div data-mesh-id="SITE_HEADERinlineContent">'
    '<a href="https://www.moldovaclusters.md" class="wixui-image"><img src="https://static.wixstatic.com/media/mcn_logo.png/v1/fill/w_180,h_60/logo.png" alt="Moldova Cluster Network"></a>'
    '<nav id="comp-lnav" class="wixui-horizontal-menu"><ul><li><a href="https://www.moldovaclusters.md">Home</a></li><li><a href="https://www.moldovaclusters.md/about">About</a></li>'
    '<li><a href="https://www.moldovaclusters.md/members">Members</a></li><li><a href="https://www.moldovaclusters.md/news">News</a></li></ul></nav></div></header>\n'
    '<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section id="comp-sec1" class="wixui-section">\n'
    + wix_text(f'<h1 class="font_0 wixui-rich-text__text">{h1}</h1>', "comp-t1")
    + wix_text(
        '<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">October 24–25, 2024 | Chișinău, Republic of Moldova</span></p>',
        "comp-t2",
    )
    + wix_text(
        '<p class="font_8 wixui-rich-text__text">For the first time, the Clusters meet Regions workshop of the European Cluster Collaboration '
        "Platform takes place in Moldova. Moldovan clusters in agri-food, ICT, textiles and creative industries will present themselves "
        "to cluster organisations from across the European Union, visit companies and meet in a matchmaking session.</p>"
        '<p class="font_8 wixui-rich-text__text">The Moldova Cluster Network co-hosts the workshop together with the Ministry of Economic '
        "Development and Digitalisation.</p>",
        "comp-t3",
    )
    + "\n</section>\n"
    '<section id="comp-sec2" class="wixui-section">'
    + wix_text('<h2 class="font_2 wixui-rich-text__text">Speakers</h2>', "comp-t4")
    + '<div class="wixui-repeater" role="list">'
    + "".join(
        f'<div class="wixui-repeater__item" role="listitem"><img src="https://static.wixstatic.com/media/{img}.jpg" alt="">'
        + wix_text(
            f'<h3 class="font_4 wixui-rich-text__text">{n}</h3><p class="font_9 wixui-rich-text__text">{r}</p><p class="font_9 wixui-rich-text__text">{o}</p>',
            f"comp-sp{i}",
        )
        + "</div>"
        for i, (img, n, r, o) in enumerate(
            [
                ("sp_vl", "Victoria Lungu", "State Secretary", "Ministry of Economic Development and Digitalisation"),
                ("sp_pw", "Pieter de Waal", "Deputy Head of Unit", "DG GROW, European Commission"),
                ("sp_ic", "Ion Ciobanu", "President", "Moldovan ICT Cluster"),
            ]
        )
    )
    + "</div></section>\n"
    '<section id="comp-sec3" class="wixui-section">'
    + wix_text(
        '<p class="font_8 wixui-rich-text__text">Registration for EU participants closes on October 10. <a href="https://clustercollaboration.eu/event-calendar/clusters-meet-regions-chisinau-moldova" target="_blank">Register on the ECCP website</a></p>',
        "comp-t5",
    )
    + "</section>\n</div></main>\n"
    '<footer id="SITE_FOOTER" class="wixui-footer">'
    + wix_text(
        '<p class="font_9 wixui-rich-text__text">© 2024 Moldova Cluster Network. Proudly created with Wix.com</p>',
        "comp-ft",
    )
    + "</footer></div></div>\n"
    '<script type="application/json" id="wix-viewer-model">{"siteFeatures":["seo","tpaCommons"],"requestUrl":"https://www.moldovaclusters.md/clusters-meet-regions-chisinau","site":{"metaSiteId":"b7e1f2c3"},"publishedAt":"2024-09-19T07:44:10.512Z"}</script>\n'
)
head = '<meta name="generator" content="Wix.com Website Builder">\n<meta property="og:title" content="Clusters meet Regions | Moldova Cluster Network">\n'
add(
    "hr-039",
    u,
    generic_page(
        lang="en",
        doc_title="Clusters meet Regions | Moldova Cluster Network",
        head_extra=head,
        body=body,
        seed=5039,
        blocks=("wixui-header", "wixui-section", "wixui-rich-text", "wixui-repeater", "font"),
    ),
    record(
        id="hr-039",
        url=u,
        template="T5",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-10-24",
        end="2024-10-25",
        speakers=[
            sp("Victoria Lungu", "State Secretary", "Ministry of Economic Development and Digitalisation"),
            sp("Pieter de Waal", "Deputy Head of Unit", "DG GROW, European Commission"),
            sp("Ion Ciobanu", "President", "Moldovan ICT Cluster"),
        ],
        notes="Same workshop as hr-015 (real edition, reconstructed text and people), Wix-like page: month-first range 'October 24–25, 2024' with an en dash (dates only); speaker cards with name in <h3>, role and organisation in separate <p>; registration 'closes on October 10' and the viewer-model 'publishedAt' are not the event; <title> differs from the heading.",
    ),
)

# ------------------------------------------------------------------------------------------------ hr-040 (Squarespace-like newsletter, non-event)
site = "https://www.nordic-cleantech-clusters.org"
u = f"{site}/newsletter/cluster-insider-march-2024"
h1 = "Cluster Insider – March 2024"
items = [
    (
        "Clusters meet Regions in Milan",
        "On 26-27 March 2024, the ECCP workshop in Milan looks at the twin transition in Lombardy. Two of our members will pitch their projects.",
    ),
    (
        "EU Clusters Talk on meta-clusters",
        "Save the date: on 24 April 2024, 8:30 – 9:45 CET, the EU Clusters Talk discusses how to create and engage a meta-cluster.",
    ),
    (
        "Open call: SUSTAIN vouchers",
        "The SUSTAIN Eurocluster offers vouchers for building-sector SMEs until 30 April 2024.",
    ),
    (
        "Looking back: Nordic Cluster Summit",
        "Thanks to the 180 participants of our summit in Aarhus on 6-7 February 2024. Presentations are on our website.",
    ),
]
blocks = "".join(
    f'<div class="sqs-block html-block"><div class="sqs-block-content"><h3>{t}</h3><p>{d}</p></div></div>'
    for t, d in items
)
body = (
    '<header class="header" data-section-theme="white"><div class="header-inner"><div class="header-title"><a href="/" class="header-title-text">Nordic Cleantech Clusters</a></div>'
    '<nav class="header-nav"><div class="header-nav-item"><a href="/about">About</a></div><div class="header-nav-item"><a href="/newsletter">Newsletter</a></div><div class="header-nav-item"><a href="/contact">Contact</a></div></nav></div></header>\n'
    '<main id="page" class="container" role="main"><article class="BlogItem hentry">\n'
    f'<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{h1}</h1></div>'
    '<div class="blog-item-meta-wrapper"><time class="dt-published date-highlight" datetime="2024-03-05">March 5, 2024</time> <span class="blog-author">Written by Linnea Aaltonen</span></div></div>\n'
    '<div class="blog-item-content-wrapper"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">'
    '<div class="sqs-block html-block"><div class="sqs-block-content"><p>Dear members, here is what happens in the European cluster community this spring.</p></div></div>'
    + blocks
    + '<div class="sqs-block html-block"><div class="sqs-block-content"><p>Until next month,<br>Linnea</p></div></div>'
    "</div></div>\n"
    '<section class="item-pagination"><a href="/newsletter/cluster-insider-february-2024" class="item-pagination-link--prev">Cluster Insider – February 2024</a></section>\n'
    "</article></main>\n"
    '<footer class="sections" id="footer-sections"><section class="page-section"><p>Nordic Cleantech Clusters · Subscribe to the Cluster Insider</p></section></footer>\n'
)
head = '<!-- This is Squarespace. --><!-- nordic-cleantech-clusters -->\n<link rel="stylesheet" href="https://static1.squarespace.com/static/versioned-site-css/5f1a/site.css">\n'
add(
    "hr-040",
    u,
    generic_page(
        lang="en-GB",
        doc_title=f"{h1} — Nordic Cleantech Clusters",
        head_extra=head,
        body=body,
        seed=5040,
        blocks=("header", "header-nav", "BlogItem", "sqs-block", "blog-item", "item-pagination"),
    ),
    record(
        id="hr-040",
        url=u,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["SUSTAIN"],
        notes="NOT an event: Squarespace-like newsletter issue with four items: a workshop range, a Talk with date, time and CET, an open call deadline and a past summit range; publication date and author.",
    ),
)
