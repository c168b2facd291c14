"""T5: other CMSs, static sites and AMP: Sitecore (ISO-8859-1), SharePoint Online, Hugo, Ghost, a Medium-like post, a
LinkedIn-article export, Joomla 3 (Polish, UTF-8 BOM), an AMP article, SPIP (French)."""

from __future__ import annotations

from common import asset, bx, page_adder, record, sp
from shells import generic_page, nav_ul

PAGES: list[dict] = []
add = page_adder(PAGES)

# ------------------------------------------------------------------------------------------------ hz-032 (Sitecore SXA, ISO-8859-1)
site = "https://www.bau-cluster-rlp.de"
url = f"{site}/de/veranstaltungen/2024/digitale-zwillinge-in-der-bauwirtschaft"
h1 = "Digitale Zwillinge in der Bauwirtschaft"
body = (
    '<div id="wrapper"><header><div id="header" class="container"><div class="component logo"><a href="/de"><img src="/-/media/logo.svg" alt="Bau-Cluster Rheinland-Pfalz"></a></div>'
    '<nav class="component navigation">'
    + nav_ul(
        [
            ("Startseite", "/de"),
            ("Cluster", "/de/cluster"),
            ("Veranstaltungen", "/de/veranstaltungen"),
            ("Presse", "/de/presse"),
        ]
    )
    + "</nav></div></header>\n"
    '<main><div id="content" class="container"><div class="row component column-splitter"><div class="col-md-8">\n'
    f'<div class="component title"><div class="component-content"><h1 class="field-title">{h1}</h1></div></div>\n'
    '<div class="component event-facts"><div class="component-content"><dl><dt>Datum</dt><dd>19.09.2024</dd><dt>Uhrzeit</dt><dd>10:00 bis 11:30 Uhr</dd>'
    "<dt>Ort</dt><dd>Online (Webex)</dd><dt>Kosten</dt><dd>kostenfrei</dd></dl></div></div>\n"
    '<div class="component rich-text"><div class="component-content">'
    "<p>Digitale Zwillinge verändern Planung, Bau und Betrieb von Gebäuden. In unserer Online-Veranstaltung zeigen Praxisbeispiele, wie kleine und "
    "mittlere Bauunternehmen einsteigen können – unter anderem aus dem SUSTAIN-Eurocluster, an dem der Bau-Cluster seit 2022 beteiligt ist.</p>"
    "<p><strong>Keynote:</strong> Prof. Dr. Helga Baumann, Präsidentin, Hochschule Kaiserslautern</p>"
    "<p><strong>Praxisbeispiele:</strong><br>Thomas Groß, Geschäftsführer, Groß Bau GmbH &amp; Co. KG<br>Éva Szabó, BIM-Koordinatorin, Hungarian Construction Cluster</p>"
    "<p><strong>Moderation:</strong> Dr. Stefan Weiß, Referent Bauwirtschaft, Ministerium für Wirtschaft, Verkehr, Landwirtschaft und Weinbau Rheinland-Pfalz</p>"
    "<p>Anmeldung bis 17.09.2024. Die Veranstaltung wird aufgezeichnet.</p></div></div>\n"
    '</div><div class="col-md-4"><div class="component event-list"><h2>Weitere Termine</h2><ul><li>24.10.2024, 16:00 Uhr – Mitgliederversammlung</li>'
    "<li>14.11.2024 – Bautag Mainz</li></ul></div></div></div></div></main>\n"
    '<footer><div class="component rich-text">© Bau-Cluster Rheinland-Pfalz e.V. · <a href="/de/impressum">Impressum</a> · <a href="/de/datenschutz">Datenschutz</a></div></footer></div>\n'
)
head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n<meta name="generator" content="Sitecore SXA">\n'
add(
    "hz-032",
    url,
    generic_page(
        lang="de",
        doc_title=f"{h1} - Bau-Cluster Rheinland-Pfalz",
        head_extra=head,
        charset=None,
        body_open='<body class="default-device bodyclass">',
        body=body,
        seed=8032,
        blocks=("component", "field"),
    ),
    record(
        id="hz-032",
        url=url,
        template="T5",
        lang="de",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2024-09-19", "10:00"),
        end=bx("2024-09-19", "11:30"),
        speakers=[
            sp("Helga Baumann", "Präsidentin", "Hochschule Kaiserslautern"),
            sp("Thomas Groß", "Geschäftsführer", "Groß Bau GmbH & Co. KG"),
            sp("Éva Szabó", "BIM-Koordinatorin", "Hungarian Construction Cluster"),
            sp(
                "Stefan Weiß",
                "Referent Bauwirtschaft",
                "Ministerium für Wirtschaft, Verkehr, Landwirtschaft und Weinbau Rheinland-Pfalz",
            ),
        ],
        euroclusters=["SUSTAIN"],
        notes="Sitecore SXA page saved as ISO-8859-1 bytes (declared in <meta http-equiv>; the en dash arrives as a numeric reference); date and time in a "
        "<dl> 'Datum 19.09.2024' / 'Uhrzeit 10:00 bis 11:30 Uhr' (no zone label, September = +02:00); community event (series null); 'Keynote:', "
        "'Praxisbeispiele:' (<br> lines) and 'Moderation:' sections; organisation with commas ('Ministerium für Wirtschaft, Verkehr, …') and '&amp; Co. KG'; "
        "'SUSTAIN-Eurocluster'; 'seit 2022', deadline 17.09.2024 and the 'Weitere Termine' box are not the event.",
    ),
    encoding="iso-8859-1",
)

# ------------------------------------------------------------------------------------------------ hz-033 (SharePoint Online news page)
url = "https://irishclusters.sharepoint.com/sites/network/SitePages/Going-European-with-clusters-webinar.aspx"
h1 = "Going European with clusters: Irish Cluster Network webinar"
rows = [
    ("Siobhán Ní Bhriain", "Inter&shy;nationalisation Manager", "Enterprise Ireland"),
    ("Conor McCarthy", "Cluster Manager", "Irish Medtech Cluster"),
    ("Dr. Marta Gonçalves", "Policy Officer", "DG GROW, European Commission"),
    ("Aoife O'Sullivan", "Head of EU Projects", "MaREI Centre, University College Cork"),
]
trs = "".join(
    f'<tr><td><div class="cell">{a}</div></td><td><div class="cell">{b}</div></td><td><div class="cell">{c}</div></td></tr>'
    for a, b, c in rows
)
body = (
    '<div id="SuiteNavPlaceHolder"><div class="o365sx-navbar"><span>SharePoint</span></div></div>\n'
    '<div class="SPCanvas-canvas" data-automation-id="Canvas"><div class="CanvasZone" data-sp-canvascontrol><div class="CanvasSection">\n'
    f'<div data-sp-feature-tag="PageTitle"><div class="ms-TextField pageTitle_b1"><h1 role="heading" aria-level="1" data-automation-id="pageHeader">{h1}</h1></div>'
    '<div class="authorByline"><span>Irish Cluster Network</span> <span class="published">Published 8 January 2025</span></div></div>\n'
    '<div class="ControlZone" data-sp-feature-tag="Rich Text Editor"><div data-sp-rte>'
    "<p>Irish clusters are invited to a one-hour-and-a-half webinar on Wednesday 29 January 2025, 9:30–11:00 CET / 8:30–10:00 GMT, about European funding and "
    "partnerships for clusters.</p>"
    "<p>Speakers</p>"
    f'<table class="ms-rteTable-default" width="100%"><tbody><tr><td><div class="cell"><strong>Speaker</strong></div></td><td><div class="cell"><strong>Title</strong></div></td><td><div class="cell"><strong>Organisation</strong></div></td></tr>{trs}</tbody></table>'
    '<p>Teams link: <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA3">Join the webinar</a>. Slides from our last webinar (14 November 2024) are '
    '<a href="https://irishclusters.sharepoint.com/sites/network/Shared%20Documents/Webinar-Nov-2024-slides.pdf">here</a>.</p>'
    "</div></div>\n"
    '<div class="ControlZone" data-sp-feature-tag="News"><h2>More news</h2><div class="newsItem"><a>Cluster programme 2025 call results</a> <span>12 December 2024</span></div></div>\n'
    "</div></div></div>\n"
)
scripts = '<script>var _spPageContextInfo = {"webAbsoluteUrl":"https://irishclusters.sharepoint.com/sites/network","currentCultureName":"en-IE","webTimeZoneId":"2"};</script>\n'
add(
    "hz-033",
    url,
    generic_page(
        lang="en-IE",
        doc_title=h1,
        body_open='<body class="ms-backgroundImage" dir="ltr">',
        body=body,
        seed=8033,
        blocks=("ms", "Canvas", "ControlZone"),
        scripts=scripts,
    ),
    record(
        id="hz-033",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2025-01-29", "09:30"),
        end=bx("2025-01-29", "11:00"),
        tz_label="CET",
        speakers=[
            sp("Siobhán Ní Bhriain", "Internationalisation Manager", "Enterprise Ireland"),
            sp("Conor McCarthy", "Cluster Manager", "Irish Medtech Cluster"),
            sp("Marta Gonçalves", "Policy Officer", "DG GROW, European Commission"),
            sp("Aoife O'Sullivan", "Head of EU Projects", "MaREI Centre, University College Cork"),
        ],
        notes="SharePoint Online modern page (Canvas div soup); 'Wednesday 29 January 2025, 9:30–11:00 CET / 8:30–10:00 GMT': two zones, the Brussels (CET) one is "
        "the event time and the label; 'one-hour-and-a-half' is not a time; speakers in a ms-rteTable with a header row (Speaker | Title | Organisation); a soft "
        "hyphen entity (&amp;shy;) inside 'Internationalisation'; Irish names with 'Ní' and an apostrophe; the Teams link is not an asset but the slides PDF of the "
        "previous webinar is a document link in the body (an asset by the contract's rule); 'Published 8 January 2025' and '14 November 2024' are not the event.",
        assets=[
            asset(
                "here",
                "https://irishclusters.sharepoint.com/sites/network/Shared%20Documents/Webinar-Nov-2024-slides.pdf",
            )
        ],
    ),
)

# ------------------------------------------------------------------------------------------------ hz-034 (Hugo static site)
site = "https://cluster-observatory-nordics.github.io"
url = f"{site}/events/2024-01-17-eu-clusters-talk-arctic-value-chains/"
h1 = "EU Clusters Talk: Arctic value chains"
body = (
    '<header class="site-header"><a class="site-title" href="/">Nordic Cluster Observatory</a><nav>'
    + nav_ul([("Posts", "/posts/"), ("Events", "/events/"), ("About", "/about/")])
    + "</nav></header>\n"
    '<main class="main"><article class="post-single"><header class="post-header">'
    f'<h1 class="post-title">{h1}</h1><div class="post-meta"><span title="2024-01-10 08:00:00 +0000 UTC">January 10, 2024</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Nordic Cluster Observatory</div></header>\n'
    '<div class="post-content"><table><thead><tr><th></th><th></th></tr></thead><tbody>'
    '<tr><td><strong>Date</strong></td><td><time datetime="2024-01-17">2024-01-17</time></td></tr>'
    "<tr><td><strong>Time</strong></td><td>10:00–11:30 UTC+1</td></tr><tr><td><strong>Format</strong></td><td>Online</td></tr></tbody></table>\n"
    "<p>Mining, fisheries, tourism and renewable energy make up the economy of the European Arctic. This Talk, organised by the European Cluster "
    "Collaboration Platform, asks how clusters in northern Finland, Sweden and Norway can connect these value chains to the rest of Europe.</p>\n"
    '<h2 id="speakers">Speakers</h2>\n<ul>\n'
    "<li><strong>Sanna Kärkkäinen</strong> — Director, Lapland Mining Cluster</li>\n"
    "<li><strong>Olav Haugland</strong> — Senior Adviser, Innovation Norway, Eurocluster Rural Tourism</li>\n"
    "<li><strong>Elsa Lindström-Nilsson</strong> — Programme Manager, Region Norrbotten</li>\n</ul>\n"
    '<p><a href="/files/arctic-value-chains-background.pdf">Background note (PDF)</a> · <a href="/events/2024-01-17-eu-clusters-talk-arctic-value-chains/index.ics">Add to calendar</a></p>\n'
    "</div>\n"
    '<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/eu-clusters-talks/">EU Clusters Talks</a></li></ul>'
    '<nav class="paginav"><a class="prev" href="/events/2023-12-13-special-recap/"><span class="title">« Prev</span><br><span>Special recap – 13 December 2023</span></a></nav></footer></article></main>\n'
    '<footer class="footer"><span>© 2024 Nordic Cluster Observatory</span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; PaperMod</span></footer>\n'
)
head = '<meta name="generator" content="Hugo 0.121.1">\n<meta property="article:published_time" content="2024-01-10T08:00:00+00:00">\n'
add(
    "hz-034",
    url,
    generic_page(
        lang="en",
        doc_title=f"{h1} | Nordic Cluster Observatory",
        head_extra=head,
        body_open='<body class="list" id="top">',
        body=body,
        seed=8034,
        blocks=("post", "paginav"),
    ),
    record(
        id="hz-034",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-01-17", "10:00"),
        end=bx("2024-01-17", "11:30"),
        tz_label="UTC+1",
        speakers=[
            sp("Sanna Kärkkäinen", "Director", "Lapland Mining Cluster"),
            sp("Olav Haugland", "Senior Adviser", "Innovation Norway", "EU Rural Tourism"),
            sp("Elsa Lindström-Nilsson", "Programme Manager", "Region Norrbotten"),
        ],
        euroclusters=["EU Rural Tourism"],
        assets=[asset("Background note (PDF)", f"{site}/files/arctic-value-chains-background.pdf")],
        notes="Hugo (PaperMod) static page: Markdown table with an empty header row, ISO date '2024-01-17' and 'Time | 10:00–11:30 UTC+1' (label 'UTC+1' kept); "
        "post meta January 10, 2024; speakers '<strong>Name</strong> — Role, Org[, Eurocluster X]'; 'Eurocluster Rural Tourism' alias; root-relative PDF is an asset, "
        "the index.ics is not; previous-post link with '13 December 2023'.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-035 (Ghost newsletter, non-event)
url = "https://clusterdigest.ghost.io/cluster-digest-12/"
h1 = "Cluster Digest #12: three dates for your calendar"
body = (
    '<div class="site"><header class="gh-head"><a class="gh-head-logo" href="/">Cluster Digest</a><nav class="gh-head-menu">'
    + nav_ul([("Home", "/"), ("Archive", "/archive/"), ("About", "/about/")], "nav")
    + '</nav><a class="gh-head-button" href="#/portal/signup">Subscribe</a></header>\n'
    '<main class="site-main"><article class="article post"><header class="article-header gh-canvas">'
    f'<h1 class="article-title">{h1}</h1><div class="article-byline"><span class="byline-name">Maria Oliveira</span><time class="byline-meta-date" datetime="2024-10-01">Oct 1, 2024</time><span class="byline-reading-time"> — 4 min read</span></div></header>\n'
    '<section class="gh-content gh-canvas">'
    "<p>Welcome back! October is busy for the cluster community.</p>"
    "<h2>1. EU Clusters Talk on defence supply chains</h2><p>Wednesday, 9 October 2024, 8:30–9:45 CET. Speakers from the LEVIATAD Eurocluster will take part.</p>"
    "<h2>2. Clusters meet Regions in Charleroi</h2><p>27–28 November 2024, Charleroi, Belgium.</p>"
    "<h2>3. Open call: FRIEND CCI vouchers</h2><p>Deadline 31 October 2024 at 17:00 CET.</p>"
    "<p>That's it for this issue – see you in two weeks.</p></section></article></main>\n"
    '<footer class="gh-foot">Cluster Digest © 2024 · Published with <a href="https://ghost.org">Ghost</a></footer></div>\n'
)
add(
    "hz-035",
    url,
    generic_page(
        lang="en",
        doc_title=h1,
        head_extra='<meta name="generator" content="Ghost 5.82">\n',
        body_open='<body class="post-template">',
        body=body,
        seed=8035,
        blocks=("gh", "article"),
    ),
    record(
        id="hz-035",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["FRIEND CCI", "LEVIATAD"],
        notes="NOT an event: Ghost newsletter issue with three numbered items (a Talk with date, time and CET, a Clusters meet Regions range, an open-call deadline).",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-036 (Medium-like report)
url = "https://medium.com/@clusterlab-notes/what-happened-at-the-c2lab-in-bologna-4f2a9c1b7e3d"
h1 = "What happened at the C2Lab in Bologna"
body = (
    '<div id="root"><div class="a b c"><nav class="ab ac"><a href="https://medium.com/" aria-label="Homepage">Medium</a><a href="/m/signin">Sign in</a></nav>\n'
    '<article><div class="l"><section><div class="ch bg fw"><div class="pw-post-body-paragraph">'
    f'<h1 id="8b1e" class="pw-post-title gq gr gs bf gt">{h1}</h1>'
    '<div class="pw-author"><a href="/@clusterlab-notes">Giulia Romano</a> · <span data-testid="storyReadTime">5 min read</span> · <span data-testid="storyPublishDate">May 30, 2023</span></div>'
    '<p id="a1f0" class="pw-post-body-paragraph">The Cluster Collaboration Lab in Bologna took place on 16 and 17 May 2023 at the Opificio Golinelli. Thirty-five cluster '
    "managers from twelve countries spent two days on one question: how can clusters help SMEs use the new European supercomputers?</p>"
    '<p id="b2c1" class="pw-post-body-paragraph">Prof. Enrico Vitali, Director of Innovation at CINECA, opened the lab with a tour of the Leonardo '
    "supercomputer. Then Marie Dubois-Laurent, Head of Partnerships at Minalogic, showed how French clusters run HPC vouchers.</p>"
    '<p id="c3d2" class="pw-post-body-paragraph">On the second day, Jakub Novotný, CEO of the Czech Digital Innovation Hub Network, led a design sprint, '
    "and Francesca Greco of Clust-ER Innovate presented the results to regional policy makers.</p>"
    '<figure><img src="https://miro.medium.com/v2/resize:fit:1400/1*c2lab-bologna.jpeg" alt=""><figcaption>Participants in front of Leonardo (photo: C2Lab team)</figcaption></figure>'
    '<p id="d4e3" class="pw-post-body-paragraph">The next C2Lab is planned for autumn 2023.</p>'
    "</div></div></section></div></article>\n"
    '<div class="clap"><button aria-label="clap">👏 128</button> <span>3 responses</span></div>\n'
    "<aside><h2>More from Giulia Romano</h2><ul><li>Clusters meet Regions in Košice — Mar 31, 2023</li><li>Notes from the European Cluster Conference — Nov 2022</li></ul></aside></div></div>\n"
)
add(
    "hz-036",
    url,
    generic_page(
        lang="en",
        doc_title=f"{h1} | by Giulia Romano | May, 2023 | Medium",
        body_open="<body>",
        body=body,
        seed=8036,
        blocks=("pw", "gh", "ab"),
    ),
    record(
        id="hz-036",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2023-05-16",
        end="2023-05-17",
        speakers=[
            sp("Enrico Vitali", "Director of Innovation", "CINECA"),
            sp("Marie Dubois-Laurent", "Head of Partnerships", "Minalogic"),
            sp("Jakub Novotný", "CEO", "Czech Digital Innovation Hub Network"),
            sp("Francesca Greco", None, "Clust-ER Innovate"),
        ],
        notes="Medium-like post (obfuscated class names): event report 'took place on 16 and 17 May 2023' (dates only); 'Cluster Collaboration Lab' spelled out "
        "(series C2Lab); author Giulia Romano and 'May 30, 2023' are not speaker/date; speakers in prose ('Prof. Name, Role at Org, opened', 'Name, Role at Org, showed', "
        "'Name, CEO of the Org, led', 'Name of Org presented'); 'autumn 2023' and the 'More from' list are not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-037 (LinkedIn article export, non-event)
url = "https://www.linkedin.com/pulse/what-i-learned-from-moderating-50-eu-clusters-talks-karin-m%C3%BCller-ab12c/"
h1 = "What I learned from moderating 50 EU Clusters Talks"
body = (
    '<div class="article-main"><header class="article-header"><h1 class="pulse-title">' + h1 + "</h1>"
    '<div class="author-info"><span class="author-name">Karin Müller</span><span class="author-headline">Senior Consultant at Technopolis Group | Cluster policy</span>'
    '<time class="published-date">Published Jan 8, 2024</time></div></header>\n'
    '<div class="article-content" data-test-id="article-content"><p>The first EU Clusters Talk I moderated took place on 3 March 2021, in the middle of the pandemic. '
    "The last one of 2023 – the special recap – took place on 13 December 2023, from 10:00 to 11:30 CET.<p>In between there were 50 Talks, around 200 speakers and "
    "more than 9,000 participants. Three lessons:<ol><li>Keep the policy input short.</li><li>Let SMEs speak.</li><li>Always leave 20 minutes for questions.</li></ol>"
    "<p>Thanks to Marek, Ewa and the whole ECCP team. See you at the next Talk on 24 January 2024!</div>\n"
    '<div class="social-counts">312 reactions · 41 comments · 18 reposts</div>\n'
    '<aside class="more-articles"><h2>More articles by Karin Müller</h2><ul><li>Clusters meet Regions: a field guide (Oct 2023)</li></ul></aside></div>\n'
)
add(
    "hz-037",
    url,
    generic_page(
        lang="en",
        doc_title=f"{h1} | LinkedIn",
        body_open='<body class="pulse">',
        body=body,
        seed=8037,
        blocks=("article", "pulse"),
    ),
    record(
        id="hz-037",
        url=url,
        template="T5",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: personal LinkedIn article (saved export with unclosed <p>s) recapping a whole series; 'took place on 3 March 2021' and 'took place on "
        "13 December 2023, from 10:00 to 11:30 CET', the next Talk '24 January 2024', counts of Talks and speakers.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-038 (Polish Joomla 3, UTF-8 BOM)
site = "https://www.klaster-energetyczny.pl"
url = f"{site}/aktualnosci/147-eu-clusters-talk-przemysl-energochlonny"
h1 = "EU Clusters Talk: przemysł energochłonny w transformacji"
rows = [
    ("dr hab. inż. Andrzej Kowalski, prof. PŚ", "Kierownik Katedry Energetyki", "Politechnika Śląska"),
    ("Katarzyna Wiśniewska-Nowak", "Dyrektor ds. rozwoju", "Śląski Klaster Energetyczny, Eurocluster INGENIOUS"),
    ("Jean-Baptiste Rousseau", "Policy Officer", "DG GROW, Komisja Europejska"),
]
trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
body = (
    '<div class="container"><header class="header"><a class="brand" href="/"><img src="/images/logo.png" alt="Klaster Energetyczny"></a>'
    '<ul class="nav menu mod-list"><li class="item-101"><a href="/">Start</a></li><li class="item-102 current active"><a href="/aktualnosci">Aktualności</a></li><li class="item-103"><a href="/kontakt">Kontakt</a></li></ul></header>\n'
    '<main id="content" role="main"><div class="item-page" itemscope itemtype="https://schema.org/Article">'
    f'<div class="page-header"><h2 itemprop="headline">{h1}</h2></div>'
    '<dl class="article-info muted"><dd class="published"><span class="icon-calendar"></span><time datetime="2023-03-02T10:15:00+01:00" itemprop="datePublished">Opublikowano: 02.03.2023</time></dd>'
    '<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:455" />Odsłony: 455</dd></dl>'
    '<div itemprop="articleBody">'
    "<p>Europejska Platforma Współpracy Klastrów (ECCP) zaprasza na spotkanie online EU Clusters Talk „Energy-intensive industries: Clusters on the way to net zero”, "
    "które odbędzie się 14.03.2023 r., godz. 8:30–9:45 CET.</p>"
    "<p>Prelegenci:</p>"
    f'<table class="table table-bordered"><thead><tr><th>Prelegent</th><th>Funkcja</th><th>Organizacja</th></tr></thead><tbody>{trs}</tbody></table>'
    "<p>Rejestracja do 13.03.2023 r. Poprzednie spotkanie z cyklu odbyło się 22.02.2023 r.</p></div></div></main>\n"
    '<footer class="footer"><p>&copy; 2023 Klaster Energetyczny</p></footer></div>\n'
)
head = '<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
add(
    "hz-038",
    url,
    generic_page(
        lang="pl-pl",
        doc_title=h1,
        head_extra=head,
        body_open='<body class="site com_content view-article no-layout no-task itemid-102">',
        body=body,
        seed=8038,
        blocks=("item", "nav"),
    ),
    record(
        id="hz-038",
        url=url,
        template="T5",
        lang="pl",
        is_event=True,
        title="Energy-intensive industries: Clusters on the way to net zero",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-03-14", "08:30"),
        end=bx("2023-03-14", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Andrzej Kowalski", "Kierownik Katedry Energetyki", "Politechnika Śląska"),
            sp("Katarzyna Wiśniewska-Nowak", "Dyrektor ds. rozwoju", "Śląski Klaster Energetyczny", "INGENIOUS"),
            sp("Jean-Baptiste Rousseau", "Policy Officer", "DG GROW, Komisja Europejska"),
        ],
        euroclusters=["INGENIOUS"],
        notes="Polish Joomla 3 article with a UTF-8 byte-order mark; the heading is an <h2>; '14.03.2023 r., godz. 8:30–9:45 CET' (winter, +01:00); English "
        "title in „…”; speakers in a table (Prelegent | Funkcja | Organizacja); 'dr hab. inż.' before and ', prof. PŚ' after the name (both stripped); organisation "
        "cell with ', Eurocluster INGENIOUS'; 'Opublikowano: 02.03.2023', 'Odsłony: 455', deadline 13.03.2023 and the previous Talk 22.02.2023 are not the event.",
    ),
    bom=True,
)

# ------------------------------------------------------------------------------------------------ hz-039 (AMP)
url = "https://www.tourism-innovation-news.eu/amp/eu-clusters-talk-data-spaces-for-tourism/"
h1 = "EU Clusters Talk: Data spaces for tourism"
cards = "".join(
    f'<div class="slide"><amp-img src="https://www.tourism-innovation-news.eu/img/sp-{i}.jpg" width="160" height="160" layout="fixed" alt="{n}"></amp-img>'
    f'<h3 class="slide__name">{n}</h3><p class="slide__role">{r}</p></div>'
    for i, (n, r) in enumerate(
        [
            ("Ana Beatriz Costa", "Policy Officer, DG GROW – Tourism, European Commission"),
            ("Matteo Zanetti", "Data Manager, Venetian Cluster – Eurocluster Rural Tourism"),
            ("Dr Ioanna Pappa", "Coordinator, IKAT Eurocluster"),
        ]
    )
)
body = (
    '<header class="amp-header"><a href="https://www.tourism-innovation-news.eu/">Tourism Innovation News</a></header>\n'
    f'<article class="amp-article"><h1 class="amp-title">{h1}</h1><div class="amp-meta">By the editors · <time datetime="2024-06-17T07:00:00+02:00">9 days ago</time></div>\n'
    '<div class="amp-content"><p class="event-line"><strong>Wednesday 26 June 2024 | 08.30-09.45 CET | online</strong></p>'
    "<p>The European Cluster Collaboration Platform&#8217;s next Talk looks at the European data space for tourism: how hotels, destinations and "
    "tour operators can share data, and how clusters help SMEs join.</p>"
    '<h2>Speakers</h2><amp-carousel width="auto" height="320" layout="fixed-height" type="carousel">'
    + cards
    + "</amp-carousel>"
    '<amp-youtube data-videoid="tourismdata24" layout="responsive" width="480" height="270"></amp-youtube>'
    "<p>Registrations close on 25 June at noon.</p></div></article>\n"
    '<footer class="amp-footer">© 2024 Tourism Innovation News · <a href="https://www.tourism-innovation-news.eu/eu-clusters-talk-data-spaces-for-tourism/">Non-AMP version</a></footer>\n'
)
head = (
    '<link rel="canonical" href="https://www.tourism-innovation-news.eu/eu-clusters-talk-data-spaces-for-tourism/">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
    '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>\n'
    '<script async custom-element="amp-youtube" src="https://cdn.ampproject.org/v0/amp-youtube-0.1.js"></script>\n'
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>\n"
)
html39 = generic_page(
    lang="en",
    doc_title=f"{h1} - Tourism Innovation News",
    head_extra=head,
    body_open="<body>",
    body=body,
    seed=8039,
    blocks=("amp", "slide"),
    html_attrs=" ⚡",
)
html39 = html39.replace("<style>\n", "<style amp-custom>\n", 1)
add(
    "hz-039",
    url,
    html39,
    record(
        id="hz-039",
        url=url,
        template="T5",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-06-26", "08:30"),
        end=bx("2024-06-26", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Ana Beatriz Costa", "Policy Officer", "DG GROW – Tourism, European Commission"),
            sp("Matteo Zanetti", "Data Manager", "Venetian Cluster", "EU Rural Tourism"),
            sp("Ioanna Pappa", "Coordinator", None, "IKAT"),
        ],
        euroclusters=["EU Rural Tourism", "IKAT"],
        notes="AMP article: 'Wednesday 26 June 2024 | 08.30-09.45 CET | online' with dotted times (June: +02:00); relative publication time '9 days ago'; speakers in "
        "an amp-carousel (<h3> name + <p> 'Role, Organisation'); Eurocluster attached with ' – ' ('Venetian Cluster – Eurocluster Rural Tourism'); 'Dr' without dot; "
        "'Coordinator, IKAT Eurocluster' has no organisation; deadline '25 June at noon'; amp-youtube is not an asset.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-040 (SPIP project page, French, non-event)
url = "https://www.pole-scs-partenaires.fr/spip.php?article412"
h1 = "Projet DREAM : un Eurocluster pour la fabrication avancée"
body = (
    '<div class="page"><div class="header"><a href="spip.php?page=sommaire" class="logo">Réseau SCS</a></div>'
    '<div class="nav">'
    + nav_ul(
        [("Accueil", "spip.php?page=sommaire"), ("Projets", "spip.php?rubrique3"), ("Agenda", "spip.php?rubrique5")]
    )
    + "</div>\n"
    '<div class="main"><div class="wrapper"><div class="content hentry" id="content">'
    f'<h1 class="surligne crayon article-titre-412">{h1}</h1>'
    '<p class="info-publi"><abbr class="published" title="2022-11-04T10:00:00Z">Publié le 4 novembre 2022</abbr></p>'
    '<div class="texte surlignable clearfix crayon article-texte-412">'
    "<p>Le projet DREAM (Digital Resilient Europe for Advanced Manufacturing) est l’un des 30 Euroclusters financés par le programme pour le marché unique. "
    "Il se déroule du 1<sup>er</sup> septembre 2022 au 31 août 2024.</p>"
    "<p>La réunion de lancement a eu lieu le 20 octobre 2022 à Sophia Antipolis, de 9h30 à 17h00. Elle a réuni les neuf partenaires sous la présidence "
    "de Mme Claire Fontaine, cheffe de projet.</p>"
    "<p>Deux appels à projets pour les PME suivront en 2023.</p></div></div></div></div>\n"
    '<div class="footer">Site réalisé avec <a href="https://www.spip.net/">SPIP</a></div></div>\n'
)
add(
    "hz-040",
    url,
    generic_page(
        lang="fr",
        doc_title=f"{h1} - Réseau SCS",
        head_extra='<meta name="generator" content="SPIP 4.2.8">\n',
        body_open='<body class="page_article">',
        body=body,
        seed=8040,
        blocks=("spip", "texte"),
    ),
    record(
        id="hz-040",
        url=url,
        template="T5",
        lang="fr",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["DREAM"],
        notes="NOT an event: SPIP project page for a Eurocluster; project duration 'du 1er septembre 2022 au 31 août 2024' with <sup>er</sup>, a past kick-off "
        "meeting with a date, times in French 'h' form and a place, a named person.",
    ),
)
