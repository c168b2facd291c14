"""T5 — other CMSs: TYPO3, Webnode, a Polish public-sector CMS, Joomla, a Mailchimp campaign archive. Written new for heldout9."""

from __future__ import annotations

from common import bx, page_adder, record, sp
from shells import generic_page

PAGES: list[dict] = []
add = page_adder(PAGES)

# ---------------------------------------------------------------- hq-036: NOT an event — TYPO3 Eurocluster project page
u = "https://www.lighting-cluster.eu/en/projects/sileo-eurocluster/"
h1 = "SILEO Eurocluster"
body = (
    '<body id="p214" class="page-214 pagelevel-2 language-0 backendlayout-subpage layout-default">\n'
    '<header class="header"><a class="header__logo" href="/en/"><img src="/typo3conf/ext/lc_sitepackage/Resources/Public/Images/logo.svg" alt="European Lighting Cluster"></a>\n'
    '<nav class="nav-main"><ul><li><a href="/en/about/">About</a></li><li class="active"><a href="/en/projects/">Projects</a></li><li><a href="/en/news/">News</a></li><li><a href="/en/contact/">Contact</a></li></ul></nav></header>\n'
    '<!--TYPO3SEARCH_begin-->\n<main class="main"><div id="c1201" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="">'
    + h1
    + "</h1></header></div>\n"
    '<div id="c1202" class="frame frame-default frame-type-textmedia frame-layout-0"><div class="ce-textpic ce-right ce-intext"><div class="ce-bodytext">\n'
    "<p>SILEO brings together lighting and photonics clusters from eight countries to strengthen the resilience of the European lighting value chain. The project runs "
    "from 1 September 2022 to 28 February 2025 and is funded by the Single Market Programme.</p>\n"
    "<p>SMEs can apply for support for product redesign, circularity audits and participation in international trade fairs. The kick-off meeting took place in "
    "Kraków on 27 October 2022, 10:00–16:00.</p>\n"
    "<p>Contact: Marta Krakowiak, Project Manager</p>\n</div></div></div>\n"
    '<div id="c1203" class="frame frame-default frame-type-uploads frame-layout-0"><ul class="ce-uploads"><li><a href="/fileadmin/user_upload/SILEO_factsheet.pdf"><span class="ce-uploads-fileName">SILEO_factsheet.pdf</span></a><span class="ce-uploads-filesize">240 KB</span></li></ul></div>\n'
    "</main>\n<!--TYPO3SEARCH_end-->\n"
    '<footer class="footer"><p>© 2024 European Lighting Cluster Alliance · <a href="/en/imprint/">Imprint</a> · <a href="/en/privacy/">Privacy</a></p></footer>\n'
    '<script src="/typo3temp/assets/compressed/merged-5ac01e2f4b3f1c7d-min.js?1712831022"></script>\n</body>'
)
html = generic_page(
    lang="en",
    title_tag="SILEO Eurocluster: European Lighting Cluster Alliance",
    head='<meta name="generator" content="TYPO3 CMS">\n',
    body=body,
    seed=9536,
    blocks=("frame", "ce", "nav", "header", "footer"),
)
add(
    "hq-036",
    u,
    html,
    record(
        id="hq-036",
        url=u,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["SILEO"],
        notes="NOT an event: TYPO3 project page of a Eurocluster; project duration 1 September 2022 – 28 February 2025, a past kick-off meeting with date and times, a named contact, a PDF.",
    ),
)

# ---------------------------------------------------------------- hq-037: Czech, Webnode, AI Talk (28 February 2024), UTF-8 BOM
u = "https://www.klastr-digital-morava.cz/l/eu-clusters-talk-umela-inteligence-pro-msp/"
h1 = "EU Clusters Talk: umělá inteligence pro malé a střední podniky"
body = (
    '<body class="l-body l-d-none b-btn-sq b-btn-s-l">\n<div class="l-w t cf t-21"><div class="l-bg cf"><div class="s-bg-l">\n'
    '<header class="l-h cf"><div class="sw cf"><div class="sc"><div class="l-h-b cf"><a href="/" class="b-l"><span class="b-l-img"><img src="https://a8d4f1c2e3.clvaw-cdnwnd.com/logo.png" alt="Klastr Digital Morava"></span></a>\n'
    '<nav id="menu"><ul><li><a href="/">Úvod</a></li><li><a href="/o-klastru/">O klastru</a></li><li class="selected"><a href="/aktuality/">Aktuality</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></div></div></div></header>\n'
    '<main class="l-m cf"><div class="sw cf"><div class="sc"><section class="s s-hn s-hn-default"><div class="s-w"><div class="b b-text cf">\n'
    f'<h1 class="b b-text-h">{h1}</h1>\n<p class="b-d"><span>20. 2. 2024</span></p>\n'
    "<p>Zveme vás na online setkání z cyklu EU Clusters Talks s názvem „AI for SMEs: Clusters as enablers“, které se koná ve středu 28. února 2024 od 8:30 do 9:45 hod. (CET).</p>\n"
    "<p>Setkání představí akt o umělé inteligenci a příklady klastrů, které pomáhají firmám s prvními projekty AI. Vystoupí:</p>\n"
    "<ul>\n<li>Jakob Novak (DG CNECT, Evropská komise)</li>\n<li>Maja Kovač (Digital Cluster Slovenia)</li>\n<li>Lars Eriksson (AI Sweden Cluster)</li>\n"
    "<li>Paula Fernández (Basque Digital Innovation Hub, Eurocluster DREAM)</li>\n</ul>\n"
    '<p>Registrace na webu <a href="https://clustercollaboration.eu/eu-clusters-talks-registration" target="_blank">ECCP</a>. Další setkání proběhne 13. března.</p>\n'
    "</div></div></section></div></div></main>\n"
    '<footer class="l-f cf"><div class="sw cf"><p>© 2024 Klastr Digital Morava, z. s.</p><p class="wnd-footer"><a href="https://www.webnode.cz/?utm_source=text">Vytvořeno službou Webnode</a></p></div></footer>\n'
    "</div></div></div>\n"
    '<script src="https://d11bh4d8fhuq47.cloudfront.net/_system/skins/v23/50001487/js/main.js"></script>\n</body>'
)
html = generic_page(
    lang="cs",
    title_tag=f"{h1} :: Klastr Digital Morava",
    head='<meta name="generator" content="Webnode 2">\n',
    body=body,
    seed=9537,
    blocks=("l-h", "b-text", "s-hn", "l-f"),
)
add(
    "hq-037",
    u,
    html,
    record(
        id="hq-037",
        url=u,
        template="T5",
        lang="cs",
        is_event=True,
        title="AI for SMEs: Clusters as enablers",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-02-28", "08:30"),
        end=bx("2024-02-28", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Jakob Novak", None, "DG CNECT, Evropská komise"),
            sp("Maja Kovač", None, "Digital Cluster Slovenia"),
            sp("Lars Eriksson", None, "AI Sweden Cluster"),
            sp("Paula Fernández", None, "Basque Digital Innovation Hub", "DREAM"),
        ],
        euroclusters=["DREAM"],
        notes="Same Talk as hq-028 (reconstruction), Czech Webnode page with a UTF-8 BOM; 've středu 28. února 2024 od 8:30 do 9:45 hod. (CET)' (label in parentheses, +01:00); English title in „…“; speakers 'Name (Org)' with no role, one '(Org, Eurocluster DREAM)'; publication date '20. 2. 2024' (spaced numeric) and the next Talk '13. března' are not the event.",
    ),
    bom=True,
)

# ---------------------------------------------------------------- hq-038: NOT an event — Polish public-sector news
u = "https://www.parp.gov.pl/component/content/article/87412:wyniki-naboru-euroclusters-polskie-klastry-w-konsorcjach"
h1 = "Wyniki naboru Euroclusters: polskie klastry w dziewięciu konsorcjach"
body = (
    '<body class="site com_content view-article">\n<div class="gov-header"><a href="https://www.gov.pl/">gov.pl</a> <span>Serwis Rzeczypospolitej Polskiej</span></div>\n'
    '<header id="header"><a href="/" class="logo"><img src="/images/logo-parp.svg" alt="Polska Agencja Rozwoju Przedsiębiorczości"></a>\n'
    '<nav><ul class="nav menu"><li><a href="/component/grants/">Dotacje</a></li><li><a href="/component/content/?view=featured">Aktualności</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></header>\n'
    '<main id="content"><div class="item-page" itemscope itemtype="https://schema.org/Article">\n'
    f'<div class="page-header"><h1 itemprop="headline">{h1}</h1></div>\n'
    '<dl class="article-info muted"><dd class="published"><time datetime="2022-07-21T10:00:00+02:00" itemprop="datePublished">21 lipca 2022</time></dd></dl>\n'
    '<div itemprop="articleBody">\n'
    "<p>Komisja Europejska ogłosiła wyniki naboru wniosków w programie Jednolitego Rynku na projekty Euroclusters. Polskie klastry są partnerami w dziewięciu z "
    "trzydziestu wybranych konsorcjów, m.in. w projektach POLREC, INGENIOUS i METASTARS.</p>\n"
    "<p>Projekty rozpoczną się 1 września 2022 r. i potrwają do 30 miesięcy. Spotkanie informacyjne dla polskich partnerów odbędzie się 8 września 2022 r. o godz. 10:00 w siedzibie PARP.</p>\n"
    "</div></div></main>\n"
    '<footer id="footer"><p>© Polska Agencja Rozwoju Przedsiębiorczości</p><p><a href="/deklaracja-dostepnosci">Deklaracja dostępności</a></p></footer>\n</body>'
)
html = generic_page(
    lang="pl",
    title_tag=f"{h1} - Polska Agencja Rozwoju Przedsiębiorczości",
    head='<meta name="generator" content="Joomla! - Open Source Content Management">\n',
    body=body,
    seed=9538,
)
add(
    "hq-038",
    u,
    html,
    record(
        id="hq-038",
        url=u,
        template="T5",
        lang="pl",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["INGENIOUS", "METASTARS", "POLREC"],
        notes="NOT an event: Polish public-agency news about the Euroclusters call results (plausible reconstruction); project start date, an information meeting with date and time, three Euroclusters named.",
    ),
)

# ---------------------------------------------------------------- hq-039: German Joomla, hydrogen Talk (13 November 2024)
u = "https://www.energieagentur-nrw-cluster.de/index.php/aktuelles/421-eu-clusters-talk-wasserstoff"
h1 = "EU Clusters Talk zu Wasserstoff-Valleys"
body = (
    '<body class="site com_content view-article itemid-133 fluid">\n<div class="body"><div class="container">\n'
    '<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><img src="/images/logo-cluster-energie.png" alt="Cluster Energie"></a></div></header>\n'
    '<nav class="navigation" role="navigation"><ul class="nav menu nav-pills"><li class="item-101"><a href="/">Home</a></li><li class="item-133 current active"><a href="/index.php/aktuelles">Aktuelles</a></li><li class="item-134"><a href="/index.php/termine">Termine</a></li></ul></nav>\n'
    '<main id="content" role="main" class="span9"><div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="de-DE" />\n'
    f'<div class="page-header"><h2 itemprop="headline">{h1}</h2></div>\n'
    '<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
    '<time datetime="2024-10-30T09:12:44+01:00" itemprop="datePublished">Veröffentlicht: 30. Oktober 2024</time></dd><dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>Zugriffe: 311</dd></dl>\n'
    '<div itemprop="articleBody">\n'
    "<p>Die Europäische Cluster-Kooperationsplattform lädt zum nächsten EU Clusters Talk „Hydrogen valleys: Clusters connecting supply and demand“ ein. Der Talk findet "
    "am 13. November 2024 von 8:30 bis 9:45 Uhr CET online statt.</p>\n"
    "<p>Wasserstoff-Valleys bündeln Erzeugung, Transport und Nutzung von Wasserstoff in einer Region. Wie Cluster Anbieter und Abnehmer zusammenbringen, zeigen:</p>\n"
    "<ul>\n<li>Dr. Anna Schubert, Policy Officer, DG ENER, Europäische Kommission</li>\n<li>Florian Maier, Clustermanager, H2 Cluster NRW</li>\n"
    "<li>Lotte Jansen, Programme Manager, New Energy Coalition, JEWEL Eurocluster</li>\n</ul>\n"
    "<p>Moderation: Karin Müller, ECCP</p>\n"
    "<p>Die Teilnahme ist kostenlos. Bereits am 6. November 2024 findet unser Mitgliedertreffen zum Thema Wasserstoff statt.</p>\n</div>\n"
    '<ul class="pager pagenav"><li class="previous"><a href="/index.php/aktuelles/420-mitgliedertreffen-november" rel="prev">Zurück</a></li></ul></div></main>\n'
    '</div></div>\n<footer class="footer" role="contentinfo"><p>© 2024 Cluster Energie NRW</p></footer>\n</body>'
)
html = generic_page(
    lang="de-de",
    title_tag=h1,
    head='<meta name="generator" content="Joomla! - Open Source Content Management">\n',
    body=body,
    seed=9539,
)
add(
    "hq-039",
    u,
    html,
    record(
        id="hq-039",
        url=u,
        template="T5",
        lang="de",
        is_event=True,
        title="Hydrogen valleys: Clusters connecting supply and demand",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-11-13", "08:30"),
        end=bx("2024-11-13", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Anna Schubert", "Policy Officer", "DG ENER, Europäische Kommission"),
            sp("Florian Maier", "Clustermanager", "H2 Cluster NRW"),
            sp("Lotte Jansen", "Programme Manager", "New Energy Coalition", "JEWEL"),
            sp("Karin Müller", None, "ECCP"),
        ],
        euroclusters=["JEWEL"],
        notes="Plausible reconstruction. German Joomla 3 article; heading is an <h2>; 'am 13. November 2024 von 8:30 bis 9:45 Uhr CET' (+01:00); English title in „…“; 'Dr.' stripped; 'Moderation: Name, ECCP' (no role); 'Veröffentlicht: 30. Oktober 2024', 'Zugriffe: 311' and the members' meeting on 6. November 2024 are not the event.",
    ),
)

# ---------------------------------------------------------------- hq-040: NOT an event — Mailchimp newsletter archive
u = "https://us14.campaign-archive.com/?u=5e8f0c1a2b3d4e5f6a7b8c9d0&id=4f1e2d3c4b"
h1 = "ECCP Newsletter – May 2024"
body = (
    '<body style="margin:0;padding:0;background:#f2f4f7">\n<center><table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">\n'
    '<table border="0" cellpadding="0" cellspacing="0" width="600" class="templateContainer"><tr><td class="mcnTextContent" style="padding:18px">\n'
    f'<h1 style="font-size:26px">{h1}</h1>\n'
    "<p>Dear cluster community,</p>\n"
    "<p><strong>European Cluster Conference 2024.</strong> Thank you to the 500 participants who joined us in Brussels on 7-8 May! Recordings and presentations are online.</p>\n"
    "<p><strong>Next EU Clusters Talk.</strong> “Clusters in the space ecosystem” on 5 June 2024, 8:30 – 9:45 CET. Register on the platform.</p>\n"
    "<p><strong>Clusters meet Regions.</strong> Graz, Austria, 18-19 June 2024: a few places are still available.</p>\n"
    "<p><strong>Euroclusters.</strong> The SocialTech4EU and CREATHRIV-EU Euroclusters have opened new calls for SMEs.</p>\n"
    '<p style="font-size:12px;color:#777">You are receiving this email because you subscribed to the ECCP newsletter. <a href="*|UNSUB|*">Unsubscribe</a></p>\n'
    "</td></tr></table>\n</td></tr></table></center>\n</body>"
)
html = generic_page(
    lang="en",
    title_tag=h1,
    head='<meta property="og:title" content="ECCP Newsletter – May 2024">\n',
    body=body,
    seed=9540,
    blocks=("mcn", "template", "body"),
)
add(
    "hq-040",
    u,
    html,
    record(
        id="hq-040",
        url=u,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["CREATHRIV-EU", "SocialTech4EU"],
        notes="NOT an event: Mailchimp campaign-archive newsletter with four items (a past conference range, a Talk with date, time and CET, a workshop range, Euroclusters' calls).",
    ),
)
