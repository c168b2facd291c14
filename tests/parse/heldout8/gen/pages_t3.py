"""T3: WordPress (Elementor, OceanWP, Enfold, Kadence, Astra, Avada, a Polish classic theme, a category archive)."""

from __future__ import annotations

from common import asset, bx, page_adder, record, sp
from shells import wp_article, wp_page, wp_sidebar

PAGES: list[dict] = []
add = page_adder(PAGES)


# ------------------------------------------------------------------------------------------------ hz-016 (Elementor)
site = "https://www.blueclustermed.eu"
url = f"{site}/eu-clusters-talk-blue-economy-mediterranean/"
h1 = "EU Clusters Talk: Blue economy in the Mediterranean"
ZW = "\ufeff"


def team(name: str, pos: str) -> str:
    return (
        '<div class="elementor-column elementor-col-33 elementor-inner-column elementor-element"><div class="elementor-widget-wrap elementor-element-populated">'
        '<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><img decoding="async" width="300" height="300" src="'
        f'{site}/wp-content/uploads/2023/02/speaker-{len(name) * 37}.jpg" alt=""></div></div>'
        f'<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h4 class="elementor-heading-title elementor-size-default">{name}</h4></div></div>'
        f'<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>{pos}</p></div></div>'
        "</div></div>"
    )


main = (
    '<main id="content" class="site-main post-2211 page type-page status-publish"><div class="page-content"><div data-elementor-type="wp-page" data-elementor-id="2211" class="elementor elementor-2211">\n'
    '<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">'
    '<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">'
    f'<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-xl">{h1}</h1></div></div>\n'
    '<div class="elementor-element elementor-icon-list--layout-inline elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items elementor-inline-items">'
    '<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-calendar-alt"></i></span><span class="elementor-icon-list-text">February 15, 2023</span></li>'
    '<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span><span class="elementor-icon-list-text">10:00-11:30 (Brussels time)</span></li>'
    '<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-video"></i></span><span class="elementor-icon-list-text">Online</span></li>'
    "</ul></div></div>\n"
    '<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">'
    "<p>Our cluster is proud to co-host the EU Clusters Talk &#8220;Blue economy: How Mediterranean clusters turn the sea into a sustainable workplace&#8221;, "
    "organised by the European Cluster Collaboration Platform. The MED-BAN Eurocluster will present its accelerator for blue start-ups, and "
    "participants will hear how ports, fisheries and marine biotech firms work together across borders.</p>"
    "<p>The session is part of the ECCP series of online Talks; the next one, on 1 March 2023, deals with skills.</p></div></div>\n"
    '<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title">Speakers</h2></div></div>\n'
    "</div></div></div></section>\n"
    '<section class="elementor-section elementor-inner-section elementor-element"><div class="elementor-container elementor-column-gap-default">'
    + team(f"Giorgos Papa{ZW}dopoulos", "Director | Hellenic Marine Technology Cluster")
    + team("Nadia Benali", "Blue Economy Officer | Union for the Mediterranean")
    + team("Carla\u200c Mifsud", "Head of Innovation | Malta Marittima Agency")
    + "</div></section>\n"
    '<section class="elementor-section elementor-element"><div class="elementor-container"><div class="elementor-widget-container">'
    '<a class="elementor-button elementor-button-link elementor-size-md" href="https://ec.europa.eu/eusurvey/runner/EUCT_blue_2023"><span class="elementor-button-text">Register</span></a> '
    f'<a class="elementor-button elementor-button-link" href="{site}/wp-content/uploads/2023/02/EUCT-blue-economy-agenda.pdf"><span class="elementor-button-text">Download the agenda</span></a>'
    "</div></div></section>\n</div></div></main>"
)
footer = '<div class="footer-news"><h3>Latest news</h3><ul><li><a href="/news/annual-meeting-2023/">Annual meeting 2023</a> – 28 April 2023, 14:00</li></ul></div>\n'
add(
    "hz-016",
    url,
    wp_page(
        site=site,
        site_name="Blue Cluster Mediterranean",
        doc_title=f"{h1} &#8211; Blue Cluster Mediterranean",
        lang="en-GB",
        theme="hello-elementor",
        body_class="page-template-default page page-id-2211 elementor-default elementor-kit-7 elementor-page elementor-page-2211",
        menu=[
            ("Home", "/"),
            ("About", "/about/"),
            ("Projects", "/projects/"),
            ("Events", "/events/"),
            ("Contact", "/contact/"),
        ],
        main=main,
        footer_extra=footer,
        seed=8016,
        plugins=("elementor", "cookie-law-info"),
        cookie="We use cookies to give you the best experience. ",
    ),
    record(
        id="hz-016",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="Blue economy: How Mediterranean clusters turn the sea into a sustainable workplace",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-02-15", "10:00"),
        end=bx("2023-02-15", "11:30"),
        tz_label=None,
        speakers=[
            sp("Giorgos Papadopoulos", "Director", "Hellenic Marine Technology Cluster"),
            sp("Nadia Benali", "Blue Economy Officer", "Union for the Mediterranean"),
            sp("Carla Mifsud", "Head of Innovation", "Malta Marittima Agency"),
        ],
        euroclusters=["MED BAN"],
        assets=[asset("Download the agenda", f"{site}/wp-content/uploads/2023/02/EUCT-blue-economy-agenda.pdf")],
        notes="Elementor page (div soup, no entry-content): date and time only in an icon list, 'February 15, 2023' and '10:00-11:30 (Brussels time)' "
        "(tz_label null: 'Brussels time' is not a zone label); title in &#8220;…&#8221; entities; speakers as team widgets (<h4> name + <p> 'Role | Organisation'); "
        "a U+FEFF inside 'Papadopoulos' and a U+200C inside 'Carla Mifsud' (expected names without them); 'MED-BAN' alias; next Talk '1 March 2023' and the footer's "
        "'28 April 2023, 14:00' are not the event; the Register button is not an asset, the agenda button (PDF) is.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-017 (OceanWP report)
site = "https://www.plasticsclusterportugal.pt"
url = f"{site}/en/2023/12/05/circular-plastics-what-we-heard-at-the-eu-clusters-talk/"
h1 = "Circular plastics: what we heard at the EU Clusters Talk"
content = (
    "<p>The EU Clusters Talk &#8220;Circular plastics: the role of clusters in the new packaging rules&#8221; took place on Wednesday, 22 November 2023, "
    "from 8:30 to 9:45 CET, with more than 180 participants online.</p>\n"
    "<p>Markus Steiner, Policy Officer at DG ENV, European Commission, opened the Talk with an overview of the proposed Packaging and Packaging Waste "
    "Regulation. He was followed by Ana Ferreira, Director of Plastics Cluster Portugal, who explained how Portuguese converters are preparing for the recycled-content "
    "targets of 2030.</p>\n"
    "<p>From the POLREC Eurocluster, Kaisa Niemi (Business Finland) presented the vouchers that SMEs can use for testing recycled polymers. "
    "The discussion was moderated by Tomás Ó Briain, Senior Consultant at Technopolis Group.</p>\n"
    '<p>The slides are available below, and the recording is on <a href="https://www.youtube.com/watch?v=circplast2023">YouTube</a>.</p>\n'
    f'<ul><li><a href="{site}/wp-content/uploads/2023/12/PPWR-DG-ENV.pdf">Slides – DG ENV (PDF, 1.9 MB)</a></li>'
    f'<li><a href="{site}/wp-content/uploads/2023/12/POLREC-vouchers.pdf">Slides – POLREC (PDF, 740 KB)</a></li></ul>\n'
)
comments = (
    '<div id="comments" class="comments-area"><h3 class="comments-title">2 comments</h3><ol class="comment-list">'
    '<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">João Almeida</b> <time datetime="2023-12-06T09:14:00+00:00">December 6, 2023 at 9:14 am</time></footer>'
    '<div class="comment-content"><p>Great summary, thank you! Will there be a follow-up on 17 January?</p></div></article></li>'
    '<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Plastics Cluster Portugal</b> <time datetime="2023-12-06T11:02:00+00:00">December 6, 2023 at 11:02 am</time></footer>'
    '<div class="comment-content"><p>Yes – save the date: 17 January 2024, 10:00 CET.</p></div></article></li></ol></div>\n'
)
add(
    "hz-017",
    url,
    wp_page(
        site=site,
        site_name="Plastics Cluster Portugal",
        doc_title=f"{h1} &#8211; Plastics Cluster Portugal",
        lang="en-US",
        theme="oceanwp",
        body_class="post-template-default single single-post postid-4410 single-format-standard oceanwp-theme sidebar-mobile content-right-sidebar",
        menu=[("Home", "/en/"), ("The cluster", "/en/about/"), ("News", "/en/news/"), ("Members", "/en/members/")],
        main=wp_article(
            h1,
            "2023-12-05T10:30:00+00:00",
            "December 5, 2023",
            content,
            4410,
            "category-news",
            ' <span class="byline">by <a href="/en/author/comms/">comms</a></span> <span class="post-views">212 views</span>',
            comments,
        ),
        sidebar=wp_sidebar(
            "Recent posts", [("/en/2023/11/10/members-meeting/", "Members meeting", "November 10, 2023")]
        ),
        seed=8017,
    ),
    record(
        id="hz-017",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="Circular plastics: the role of clusters in the new packaging rules",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-11-22", "08:30"),
        end=bx("2023-11-22", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Markus Steiner", "Policy Officer", "DG ENV, European Commission"),
            sp("Ana Ferreira", "Director", "Plastics Cluster Portugal"),
            sp("Kaisa Niemi", None, "Business Finland", "POLREC"),
            sp("Tomás Ó Briain", "Senior Consultant", "Technopolis Group"),
        ],
        euroclusters=["POLREC"],
        assets=[
            asset("Slides – DG ENV (PDF, 1.9 MB)", f"{site}/wp-content/uploads/2023/12/PPWR-DG-ENV.pdf"),
            asset("Slides – POLREC (PDF, 740 KB)", f"{site}/wp-content/uploads/2023/12/POLREC-vouchers.pdf"),
        ],
        notes="Event report (is_event true): 'took place on Wednesday, 22 November 2023, from 8:30 to 9:45 CET'; post date December 5, 2023 and '212 views'; "
        "speakers in prose ('Name, Role at Org, opened', 'Name, Director of Org, who', 'From the X Eurocluster, Name (Org) presented', "
        "'moderated by Name, Role at Org'); Irish particle 'Ó'; 2030 target; comments with names and "
        "'17 January 2024, 10:00 CET' are not the event; two PDF links with sizes in the label; YouTube link not an asset.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-018 (German, Enfold)
site = "https://www.energiecluster-bb.de"
url = f"{site}/veranstaltungen/eu-clusters-talk-wasserstoff-taeler/"
h1 = "EU Clusters Talk: Wasserstoff-Täler in Europa"
content = (
    '<section class="av_textblock_section"><div class="avia_textblock">\n'
    "<p>Die Europäische Cluster-Kollaborationsplattform (ECCP) lädt im Auftrag der Europäischen Kommission zum EU Clusters Talk "
    "„Hydrogen valleys: How clusters can contribute“ ein. Der Talk findet am 24.04.2024 von 08:30 – 09:45 Uhr (MESZ) online statt.</p>\n"
    "<p>Wasserstoff-Täler verbinden Erzeugung, Transport und Nutzung von grünem Wasserstoff in einer Region. Cluster bringen dafür Unternehmen, "
    "Netzbetreiber und Forschung zusammen – auch im Rahmen des INGENIOUS-Euroclusters.</p>\n"
    '<h3>Referentinnen und Referenten</h3>\n<dl class="speakers">\n'
    "<dt>Dr. Katharina von Hohenberg</dt><dd>Referatsleiterin Wasserstoff, Bundesministerium für Wirtschaft und Klimaschutz</dd>\n"
    "<dt>Jan-Hendrik van den Bosch</dt><dd>Projektleiter, HyCC, INGENIOUS-Eurocluster</dd>\n"
    "<dt>Prof. Dr.-Ing. Matthias Krüger</dt><dd>Lehrstuhl Energiesysteme, BTU Cottbus-Senftenberg</dd>\n"
    "<dt>Moderation</dt><dd>Sabine Kühn-Albrecht, Clustermanagerin, Cluster Energietechnik Berlin-Brandenburg</dd>\n</dl>\n"
    "<p>Die Teilnahme ist kostenfrei. Anmeldeschluss ist der 22.04.2024.</p>\n</div></section>\n"
)
main = (
    '<main class="template-page content av-content-full alpha units" role="main" itemprop="mainContentOfPage">\n<div class="post-entry post-entry-type-page">\n'
    f'<div class="entry-content-wrapper clearfix"><h1 class="av-special-heading-tag" itemprop="headline">{h1}</h1>\n{content}</div></div></main>'
)
side = wp_sidebar(
    "Weitere Termine",
    [
        ("/veranstaltungen/netzwerktreffen-mai/", "Netzwerktreffen Energietechnik", "16.05.2024, 17:00 Uhr"),
        ("/veranstaltungen/h2-forum/", "H2-Forum Lausitz", "06.06.2024"),
    ],
)
add(
    "hz-018",
    url,
    wp_page(
        site=site,
        site_name="Cluster Energietechnik Berlin-Brandenburg",
        doc_title=f"{h1} – Cluster Energietechnik Berlin-Brandenburg",
        lang="de-DE",
        theme="enfold",
        body_class="page-template-default page page-id-8812 stretched rtl_columns av-curtain-numeric",
        menu=[
            ("Start", "/"),
            ("Über uns", "/ueber-uns/"),
            ("Veranstaltungen", "/veranstaltungen/"),
            ("Presse", "/presse/"),
            ("Kontakt", "/kontakt/"),
        ],
        main=main,
        sidebar=side,
        seed=8018,
    ),
    record(
        id="hz-018",
        url=url,
        template="T3",
        lang="de",
        is_event=True,
        title="Hydrogen valleys: How clusters can contribute",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-24", "08:30"),
        end=bx("2024-04-24", "09:45"),
        tz_label="MESZ",
        speakers=[
            sp(
                "Katharina von Hohenberg",
                "Referatsleiterin Wasserstoff",
                "Bundesministerium für Wirtschaft und Klimaschutz",
            ),
            sp("Jan-Hendrik van den Bosch", "Projektleiter", "HyCC", "INGENIOUS"),
            sp("Matthias Krüger", "Lehrstuhl Energiesysteme", "BTU Cottbus-Senftenberg"),
            sp("Sabine Kühn-Albrecht", "Clustermanagerin", "Cluster Energietechnik Berlin-Brandenburg"),
        ],
        euroclusters=["INGENIOUS"],
        notes="German Enfold page; numeric date '24.04.2024' and 'von 08:30 – 09:45 Uhr (MESZ)' (label MESZ kept); English title in „…“; speakers in a <dl> "
        "(dt name, dd 'Role, Organisation'); the last <dt> is the label 'Moderation' and the moderator is in the <dd>; 'Prof. Dr.-Ing.' stripped; particles 'von', "
        "'van den'; hyphenated 'INGENIOUS-Euroclusters'/'INGENIOUS-Eurocluster'; deadline 22.04.2024 and sidebar '16.05.2024, 17:00 Uhr' are not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-019 (job offer, non-event)
site = "https://www.greenmanufacturing-cluster.eu"
url = f"{site}/jobs/project-manager-euroclusters-m-f-d/"
h1 = "We’re hiring: Project Manager Euroclusters (m/f/d)"
content = (
    "<p>To strengthen our team in Lyon we are looking for a Project Manager for our work in the GEMSTONE Eurocluster and its successor projects.</p>\n"
    "<h2>Key facts</h2>\n<table><tr><th>Start date</th><td>1 June 2024</td></tr><tr><th>Contract</th><td>Full time, 24 months</td></tr>"
    "<tr><th>Application deadline</th><td>30 April 2024</td></tr><tr><th>Interviews</th><td>week of 13 May 2024</td></tr></table>\n"
    "<h2>Your tasks</h2>\n<ul><li>Coordinate the voucher scheme for SMEs;</li><li>organise matchmaking events and webinars;</li><li>report to the European Commission.</li></ul>\n"
    "<p>Questions? Join our Q&amp;A call on 18 April 2024 at 16:00 CET or write to Claire Dubois, HR Manager.</p>\n"
    f'<p><a href="{site}/wp-content/uploads/2024/04/job-description-PM-euroclusters.pdf">Full job description (PDF)</a></p>\n'
)
add(
    "hz-019",
    url,
    wp_page(
        site=site,
        site_name="Green Manufacturing Cluster",
        doc_title=f"{h1} - Green Manufacturing Cluster",
        lang="en-US",
        theme="kadence",
        body_class="job_listing-template-default single single-job_listing postid-991",
        menu=[("About", "/about/"), ("Projects", "/projects/"), ("Jobs", "/jobs/"), ("Contact", "/contact/")],
        main=wp_article(h1, "2024-04-03T08:00:00+00:00", "April 3, 2024", content, 991, "job_listing_type-full-time"),
        seed=8019,
    ),
    record(
        id="hz-019",
        url=url,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["GEMSTONE"],
        notes="NOT an event: job offer with a start date, a deadline, an interview week and a Q&A call with a date, time and CET; a person named; a PDF.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-020 (French, Astra)
site = "https://www.pole-numerique-occitanie.fr"
url = f"{site}/2024/05/21/eu-clusters-talk-ia-et-pme/"
h1 = "EU Clusters Talk\u202f: l’IA au service des PME"
N = "\u202f"
content = (
    "<p>La plateforme européenne de collaboration des clusters (ECCP) organise le 5 juin 2024, de 10h00 à 11h30 (heure de Bruxelles), un EU Clusters Talk "
    f"intitulé «{N}AI Act and SMEs: How clusters can help{N}». L’événement, en anglais, est gratuit.</p>\n"
    "<p>Le règlement européen sur l’intelligence artificielle a été adopté en mars 2024. Les clusters du numérique accompagnent leurs membres dans "
    "l’analyse des risques et la mise en conformité.</p>\n"
    f"<p><strong>Intervenant·e·s{N}:</strong></p>\n<ul>\n"
    "<li>Camille Lefort (DG CNECT, Commission européenne)</li>\n"
    "<li>Dr Yannick Le Goff (Pôle Images &amp; Réseaux)</li>\n"
    "<li>Sofia Andersson (Silicon Europe Eurocluster)</li>\n"
    "<li>Thibault de Saint-Exupéry (Digital 113)</li>\n</ul>\n"
    "<p>Inscriptions jusqu’au 4 juin. Prochain rendez-vous : notre afterwork le 13 juin à 18h30.</p>\n"
)
add(
    "hz-020",
    url,
    wp_page(
        site=site,
        site_name="Pôle Numérique Occitanie",
        doc_title=f"{h1} - Pôle Numérique Occitanie",
        lang="fr-FR",
        theme="astra",
        body_class="post-template-default single single-post postid-3302 ast-single-post ast-right-sidebar",
        menu=[("Accueil", "/"), ("Le pôle", "/le-pole/"), ("Actualités", "/actualites/"), ("Agenda", "/agenda/")],
        main=wp_article(h1, "2024-05-21T14:00:00+02:00", "21 mai 2024", content, 3302, "category-agenda"),
        sidebar=wp_sidebar("Articles récents", [("/2024/05/02/hackathon/", "Hackathon IA santé", "2 mai 2024")]),
        seed=8020,
    ),
    record(
        id="hz-020",
        url=url,
        template="T3",
        lang="fr",
        is_event=True,
        title="AI Act and SMEs: How clusters can help",
        page_title=h1.replace("\u202f", " "),
        series="EU Clusters Talks",
        start=bx("2024-06-05", "10:00"),
        end=bx("2024-06-05", "11:30"),
        tz_label=None,
        speakers=[
            sp("Camille Lefort", None, "DG CNECT, Commission européenne"),
            sp("Yannick Le Goff", None, "Pôle Images & Réseaux"),
            sp("Sofia Andersson", None, None, "Silicon Eurocluster"),
            sp("Thibault de Saint-Exupéry", None, "Digital 113"),
        ],
        euroclusters=["Silicon Eurocluster"],
        notes="French Astra post; 'le 5 juin 2024, de 10h00 à 11h30 (heure de Bruxelles)' (June: +02:00; tz_label null); title in guillemets with narrow no-break "
        "spaces (U+202F) inside, also in the heading before ':'; 'Intervenant·e·s :' list of 'Name (Organisation)' with no role; French honorific 'Dr' without dot; "
        "'Silicon Europe Eurocluster' alias as the only affiliation; '&amp;' in an organisation; 'mars 2024', '4 juin', '13 juin à 18h30' and the post date are "
        "not the event.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-021 (Avada, Spanish cluster in English)
site = "https://www.clusteragroalimentario.es"
url = f"{site}/en/eu-clusters-talk-precision-farming/"
h1 = "EU Clusters Talk – Precision farming and data"
content = (
    '<div class="fusion-text fusion-text-1"><p><strong>Date:</strong> 06/12/2023 | <strong>Time:</strong> 08:30h - 09:45h CET | <strong>Place:</strong> Online</p>\n'
    "<p>The Agri-food Cluster of Andalusia joins the European Cluster Collaboration Platform in presenting the EU Clusters Talk "
    "&quot;Precision farming: Data for a resilient agri-food ecosystem&quot;.</p>\n"
    "<p>Speakers:</p>\n"
    "<p>Luis Fernández-Ortega &#8211; Head of Sector, Agri-food Ecosystem, DG GROW, European Commission<br />\n"
    "Inés Ruiz de Azúa &#8211; Managing Director, Clúster Agroalimentario de Andalucía, B-Resilient Eurocluster<br />\n"
    "Mikkel Sørensen &#8211; Chief Data Officer, Danish Agro Tech<br />\n"
    "Beatriz O&#8217;Neill &#8211; Researcher, Universidad de Córdoba</p>\n"
    f'<p>Download: <a href="{site}/wp-content/uploads/2023/12/EUCT-precision-farming-slides.pptx">Presentation slides</a> · '
    f'<a href="{site}/wp-content/uploads/2023/12/EUCT-precision-farming-survey-results.xlsx">Survey results</a> · '
    f'<a href="{site}/wp-content/uploads/2023/12/EUCT-precision-farming-banner.png">Banner</a></p></div>\n'
)
main = (
    f'<main id="main" class="clearfix"><div class="fusion-row"><section id="content"><article id="post-7781" class="post post-7781 type-post">'
    f'<h1 class="entry-title fusion-post-title">{h1}</h1><div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">Posted <span class="updated rich-snippet-hidden">2023-11-29T09:12:51+01:00</span>'
    f'<span>29/11/2023</span><span class="fusion-inline-sep">|</span>Categories: <a href="/en/category/events/">Events</a></div></div>'
    f'<div class="post-content">{content}</div></article></section></div></main>'
)
add(
    "hz-021",
    url,
    wp_page(
        site=site,
        site_name="Clúster Agroalimentario de Andalucía",
        doc_title=f"{h1} | Clúster Agroalimentario de Andalucía",
        lang="en-GB",
        theme="avada",
        body_class="post-template-default single single-post postid-7781 fusion-image-hovers fusion-body ltr",
        menu=[
            ("Home", "/en/"),
            ("Cluster", "/en/cluster/"),
            ("Projects", "/en/projects/"),
            ("Events", "/en/category/events/"),
        ],
        main=main,
        sidebar=wp_sidebar("Upcoming", [("/en/agrotech-day-2024/", "AgroTech Day 2024", "14/03/2024 - 09:00")]),
        seed=8021,
    ),
    record(
        id="hz-021",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="Precision farming: Data for a resilient agri-food ecosystem",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-12-06", "08:30"),
        end=bx("2023-12-06", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Luis Fernández-Ortega", "Head of Sector, Agri-food Ecosystem", "DG GROW, European Commission"),
            sp("Inés Ruiz de Azúa", "Managing Director", "Clúster Agroalimentario de Andalucía", "B-Resilient"),
            sp("Mikkel Sørensen", "Chief Data Officer", "Danish Agro Tech"),
            sp("Beatriz O’Neill", "Researcher", "Universidad de Córdoba"),
        ],
        euroclusters=["B-Resilient"],
        assets=[
            asset("Presentation slides", f"{site}/wp-content/uploads/2023/12/EUCT-precision-farming-slides.pptx"),
            asset("Survey results", f"{site}/wp-content/uploads/2023/12/EUCT-precision-farming-survey-results.xlsx"),
        ],
        notes="Avada post; day-first slashes 'Date: 06/12/2023' (6 December) with 'Time: 08:30h - 09:45h CET' ('h' suffix); post date 29/11/2023; title in &quot; "
        "entities; speakers 'Name &#8211; Role, Org' in one <br> paragraph, role with a comma ('Head of Sector, Agri-food Ecosystem'); apostrophe entity in "
        "'O’Neill'; PPTX and XLSX assets, PNG not; sidebar '14/03/2024 - 09:00'.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-022 (Polish open call, non-event)
site = "https://www.klaster-produkcja.pl"
url = f"{site}/2024/02/05/otwarty-nabor-vouchery-gemstone/"
h1 = "Otwarty nabór: vouchery Euroclustera GEMSTONE dla MŚP"
content = (
    "<p>Eurocluster GEMSTONE ogłasza drugi nabór wniosków o vouchery na zielone technologie produkcyjne dla małych i średnich przedsiębiorstw. "
    "Wartość vouchera wynosi do 60 000 EUR.</p>\n"
    "<p><strong>Termin składania wniosków:</strong> do 15.03.2024 r., godz. 16:00 CET.</p>\n"
    "<p><strong>Webinar informacyjny:</strong> 22 lutego 2024 r., godz. 10:00–11:00. Poprowadzi go dr inż. Marek Zieliński, koordynator projektu.</p>\n"
    "<p>Wyniki naboru zostaną ogłoszone w maju 2024 r.</p>\n"
)
add(
    "hz-022",
    url,
    wp_page(
        site=site,
        site_name="Klaster Produkcja",
        doc_title=f"{h1} – Klaster Produkcja",
        lang="pl-PL",
        theme="twentytwentyone",
        body_class="post-template-default single single-post postid-1520 wp-embed-responsive",
        menu=[
            ("Strona główna", "/"),
            ("O klastrze", "/o-klastrze/"),
            ("Aktualności", "/aktualnosci/"),
            ("Kontakt", "/kontakt/"),
        ],
        main=wp_article(h1, "2024-02-05T09:00:00+01:00", "5 lutego 2024", content, 1520, "category-nabory"),
        seed=8022,
    ),
    record(
        id="hz-022",
        url=url,
        template="T3",
        lang="pl",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["GEMSTONE"],
        notes="NOT an event: Polish open call; deadline '15.03.2024 r., godz. 16:00 CET' and an information webinar '22 lutego 2024 r., godz. 10:00–11:00' "
        "with a named host; Polish case forms 'Euroclustera GEMSTONE'.",
    ),
)

# ------------------------------------------------------------------------------------------------ hz-023 (category archive, non-event)
site = "https://www.textile-cluster-nrw.de/en"
url = f"{site}/category/events/"
h1 = "Category: Events"
posts = [
    (
        "2024/02/20/eu-clusters-talk-textile-epr/",
        "EU Clusters Talk on textile EPR – 13 March 2024",
        "February 20, 2024",
        "Join the Talk on 13 March 2024, 8:30 – 9:45 CET, with speakers from the EuroBoosTEX Eurocluster…",
    ),
    (
        "2024/01/15/techtextil-2024/",
        "Meet us at Techtextil, 23–26 April 2024",
        "January 15, 2024",
        "Our stand will be in hall 12…",
    ),
    (
        "2023/11/28/clusters-meet-regions-iasi/",
        "Clusters meet Regions in Iași – our impressions",
        "November 28, 2023",
        "From 21 to 23 November 2023 we travelled to Romania…",
    ),
]
arts = "\n".join(
    f'<article class="post type-post status-publish"><header class="entry-header"><h2 class="entry-title"><a href="{site}/{h}">{t}</a></h2>'
    f'<div class="entry-meta"><time class="entry-date published">{d}</time></div></header><div class="entry-summary"><p>{e}</p></div></article>'
    for h, t, d, e in posts
)
main = f'<main id="primary" class="site-main"><header class="page-header"><h1 class="page-title">{h1}</h1></header>\n{arts}\n<nav class="navigation pagination"><a class="next page-numbers" href="{site}/category/events/page/2/">Older posts</a></nav></main>'
add(
    "hz-023",
    url,
    wp_page(
        site=site,
        site_name="Textile Cluster NRW",
        doc_title="Events Archives - Textile Cluster NRW",
        lang="en-US",
        theme="astra",
        body_class="archive category category-events category-12",
        menu=[("Home", "/en/"), ("News", "/en/category/news/"), ("Events", "/en/category/events/")],
        main=main,
        seed=8023,
    ),
    record(
        id="hz-023",
        url=url,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["EuroBoosTEX"],
        notes="NOT an event: WordPress category archive listing three event posts with dates, one excerpt with a full date, time and CET label.",
    ),
)
