"""hs-021 … hs-029: WordPress republications and cluster posts, written new for heldout11."""

from __future__ import annotations

import json
import zlib

from common import asset, bx, page_adder, record, sp
from shells import recent_posts, widget, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)


def post(h1, shown, iso, author, content, cats=("News",), upd=None):
    cat = ", ".join(f'<a href="#" rel="category tag">{c}</a>' for c in cats)
    return (
        f'<article id="post-{zlib.crc32(h1.encode()) % 9000 + 1000}" class="post type-post status-publish format-standard has-post-thumbnail hentry">\n'
        f'<header class="entry-header"><h1 class="entry-title" itemprop="headline">{h1}</h1>\n'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso}">{shown}</time></span> '
        f'<span class="byline">by <span class="author vcard"><a class="url fn n" href="#">{author}</a></span></span> <span class="cat-links">{cat}</span></div></header>\n'
        f'<div class="entry-content" itemprop="text">\n{content}\n</div>\n'
        '<footer class="entry-footer"><div class="share-buttons"><span>Share:</span> <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">X</a></div></footer>\n</article>\n'
        '<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">Previous post</a></div>'
        '<div class="nav-next"><a href="#" rel="next">Next post</a></div></div></nav>'
    )


def ld(headline, iso, url):
    return (
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "Article",
                        "headline": headline,
                        "datePublished": iso,
                        "dateModified": iso,
                        "mainEntityOfPage": {"@id": url},
                    },
                    {"@type": "WebPage", "@id": url, "url": url, "name": headline, "datePublished": iso},
                ],
            },
            ensure_ascii=False,
        )
        + "</script>\n"
    )


MENU_EN = [
    ("Home", "/"),
    ("About", "/about/"),
    ("Members", "/members/"),
    ("Projects", "/projects/"),
    ("News", "/news/"),
    ("Events", "/events/"),
    ("Contact", "/contact/"),
]

# ---------------------------------------------------------------------------------------------------------------- hs-021 (non-event)
S = "https://www.baltic-aerospace.eu"
u = S + "/2025/01/08/2024-in-review-our-year-in-european-cluster-cooperation/"
h1 = "2024 in review: our year in European cluster cooperation"
c = (
    "<p>2024 was our busiest year so far in European cooperation. Here is a short look back.</p>\n"
    "<h2>Spring</h2><p>In April our members joined the EU Clusters Talk on aerospace and defence (17 April 2024), where the METASTARS Eurocluster "
    "presented its support for SMEs. In May, three of us travelled to Brussels for the European Cluster Conference (7–8 May).</p>\n"
    "<h2>Autumn</h2><p>We hosted a delegation from Toulouse in September and took part in the Clusters meet Regions workshop in Charleroi on "
    "27–28 November 2024.</p>\n"
    "<h2>Numbers</h2><ul><li>14 new member companies</li><li>37 international B2B meetings</li><li>5 joint project proposals</li></ul>\n"
    "<p>Thank you to all members and partners. See you at our annual meeting on 20 March 2025!</p>"
)
add(
    "hs-021",
    u,
    wp_page(
        lang="en-GB",
        site="Baltic Aerospace Network",
        site_url=S,
        doc_title=h1 + " – Baltic Aerospace Network",
        body_class="post-template-default single single-post",
        theme="astra",
        menu=MENU_EN,
        main=post(h1, "8 January 2025", "2025-01-08T09:00:00+02:00", "Laura Kalniņa", c),
        sidebar=widget(
            "Recent posts", recent_posts([(S + "/2024/11/29/charleroi/", "Back from Charleroi", "29 November 2024")])
        ),
        seed=1321,
        head_extra=ld(h1, "2025-01-08T09:00:00+02:00", u),
    ),
    record(
        id="hs-021",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["METASTARS"],
        notes="NOT an event: a cluster's year-in-review post (Astra) naming four past events with dates and an annual meeting; names METASTARS.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-022 (de)
S = "https://www.holzcluster-steiermark.at"
u = S + "/2024/06/21/clusters-meet-regions-graz/"
h1 = "Clusters meet Regions in Graz: Europas Cluster zu Gast in der Steiermark"
c = (
    "<p>Am 18. und 19. Juni 2024 war Graz Gastgeber des Workshops „Clusters meet Regions“ der Europäischen Cluster-Kollaborationsplattform (ECCP). "
    "Rund 120 Teilnehmende aus 20 Ländern diskutierten, wie Cluster die regionale Innovationsstrategie umsetzen.</p>\n"
    "<p>Eröffnet wurde der Workshop von Katharina Pölzl-Reiter (Land Steiermark). Florian Hauer (Steirische Wirtschaftsförderung) stellte in seiner "
    "Keynote das steirische Innovationssystem vor. Im Panel sprach unsere Clustermanagerin Eva Trummer-Wolf über die Holzbau-Offensive; "
    "moderiert wurde die Runde von Elif Demirci (ECCP).</p>\n"
    "<p>Am zweiten Tag fanden über 200 B2B-Gespräche statt. Unser nächstes Mitgliedertreffen findet am 10. Oktober 2024 statt.</p>\n"
    '<figure class="wp-block-image"><img src="'
    + S
    + '/wp-content/uploads/2024/06/cmr-graz-panel.jpg" alt="Panel in Graz"><figcaption>Foto: Holzcluster Steiermark</figcaption></figure>'
)
add(
    "hs-022",
    u,
    wp_page(
        lang="de-AT",
        site="Holzcluster Steiermark",
        site_url=S,
        doc_title=h1 + " - Holzcluster Steiermark",
        body_class="post-template-default single single-post",
        theme="generatepress",
        menu=[
            ("Start", "/"),
            ("Über uns", "/ueber-uns/"),
            ("Mitglieder", "/mitglieder/"),
            ("Aktuelles", "/aktuelles/"),
            ("Kontakt", "/kontakt/"),
        ],
        main=post(h1, "21. Juni 2024", "2024-06-21T10:30:00+02:00", "Redaktion", c, ("Aktuelles", "International")),
        sidebar=widget("Termine", recent_posts([(S + "/termine/holzbautag/", "Holzbautag 2024", "12.09.2024")])),
        seed=1322,
        head_extra=ld(h1, "2024-06-21T10:30:00+02:00", u),
    ),
    record(
        id="hs-022",
        url=u,
        template="T3",
        lang="de",
        is_event=True,
        title="Clusters meet Regions",
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        speakers=[
            sp("Katharina Pölzl-Reiter", None, "Land Steiermark"),
            sp("Florian Hauer", None, "Steirische Wirtschaftsförderung"),
            sp("Eva Trummer-Wolf", "Clustermanagerin", None),
            sp("Elif Demirci", None, "ECCP"),
        ],
        notes="German report on the Graz workshop of hs-003 (GeneratePress) with a UTF-8 BOM. Quoted „Clusters meet Regions“ is the title; 'Am 18. und 19. Juni 2024' (dates only); speakers 'Name (Org)' in prose (role null), 'unsere Clustermanagerin Name' (role as written, organisation null), 'moderiert ... von Name (ECCP)'; post date, member meeting 10. Oktober 2024 and the 'Termine' widget not the event.",
    ),
    bom=True,
)

# ---------------------------------------------------------------------------------------------------------------- hs-023 (fr)
S = "https://www.cluster-mecanique-wallonie.be"
u = S + "/actualites/clusters-meet-regions-charleroi/"
h1 = "Clusters meet Regions : l’Europe des clusters à Charleroi les 27 et 28 novembre 2024"
c = (
    "<p>La plateforme européenne de collaboration entre clusters (ECCP) organise, pour le compte de la Commission européenne, un atelier Clusters meet "
    "Regions à Charleroi les mercredi 27 et jeudi 28 novembre 2024. Notre cluster fait partie des organisateurs locaux.</p>\n"
    "<p>Parmi les intervenants annoncés :</p>\n<ul>\n"
    "<li>Sophie Lambotte, directrice générale, Agence wallonne de l’innovation</li>\n"
    "<li>Olivier Dussart, chargé de mission international, Cluster Mécanique Wallonie</li>\n"
    "<li>Rui Tavares Moreira, DG GROW, Commission européenne</li>\n</ul>\n"
    "<p>Modération : Elif Demirci, ECCP</p>\n"
    "<p>Inscriptions jusqu’au 15 novembre. Les visites d’entreprises du jeudi après-midi sont limitées à 40 personnes.</p>"
)
add(
    "hs-023",
    u,
    wp_page(
        lang="fr-BE",
        site="Cluster Mécanique Wallonie",
        site_url=S,
        doc_title="Clusters meet Regions à Charleroi – Cluster Mécanique Wallonie",
        body_class="post-template-default single single-post",
        theme="kadence",
        menu=[
            ("Accueil", "/"),
            ("Le cluster", "/le-cluster/"),
            ("Membres", "/membres/"),
            ("Actualités", "/actualites/"),
            ("Agenda", "/agenda/"),
            ("Contact", "/contact/"),
        ],
        main=post(h1, "4 novembre 2024", "2024-11-04T08:45:00+01:00", "Cluster Mécanique Wallonie", c, ("Actualités",)),
        sidebar=widget(
            "Agenda", recent_posts([(S + "/agenda/assemblee-generale/", "Assemblée générale", "12 décembre 2024")])
        ),
        seed=1323,
        head_extra=ld(h1, "2024-11-04T08:45:00+01:00", u),
    ),
    record(
        id="hs-023",
        url=u,
        template="T3",
        lang="fr",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-11-27",
        end="2024-11-28",
        speakers=[
            sp("Sophie Lambotte", "directrice générale", "Agence wallonne de l’innovation"),
            sp("Olivier Dussart", "chargé de mission international", "Cluster Mécanique Wallonie"),
            sp("Rui Tavares Moreira", None, "DG GROW, Commission européenne"),
            sp("Elif Demirci", None, "ECCP"),
        ],
        notes="French Kadence post on the Charleroi workshop of hs-004 (plausible speakers). No quoted title: title = heading (with French ' : ' and the dates); 'les mercredi 27 et jeudi 28 novembre 2024' (dates only); <ul> 'Name, rôle, organisation' without ';'; 'Name, DG GROW, Commission européenne' (role null); 'Modération : Name, ECCP' (role null); 'jusqu’au 15 novembre', post date and agenda widget not the event.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-024 (non-event)
S = "https://www.jewel-eurocluster.eu"
u = S + "/news/jewel-launches-its-first-open-call-for-net-zero-manufacturing-smes/"
h1 = "JEWEL launches its first open call for net-zero manufacturing SMEs"
c = (
    "<p>The JEWEL Eurocluster opens its first call for SMEs that want to introduce net-zero manufacturing technologies. Up to 60 SMEs will receive "
    "vouchers of up to EUR 30 000 for technology adoption, testing and certification.</p>\n"
    "<p><strong>Deadline:</strong> 15 December 2025, 17:00 CET</p>\n"
    "<p>An information webinar will be held on Tuesday 21 October 2025, 11:00–12:00 CET. "
    '<a href="https://us06web.zoom.us/webinar/register/WN_jewel1">Register for the webinar</a>.</p>\n'
    '<p>Download the <a href="' + S + '/wp-content/uploads/2025/10/JEWEL-Open-Call-1-Guide.pdf">call guide</a>.</p>'
)
add(
    "hs-024",
    u,
    wp_page(
        lang="en-US",
        site="JEWEL Eurocluster",
        site_url=S,
        doc_title=h1 + " – JEWEL Eurocluster",
        body_class="post-template-default single single-post",
        theme="twentytwentyone",
        menu=[
            ("Home", "/"),
            ("About", "/about/"),
            ("Open calls", "/open-calls/"),
            ("News", "/news/"),
            ("Partners", "/partners/"),
        ],
        main=post(h1, "October 6, 2025", "2025-10-06T12:00:00+02:00", "JEWEL Communication", c, ("News", "Open calls")),
        seed=1324,
        footer_note="<p>Funded by the European Union under the Single Market Programme.</p>",
    ),
    record(
        id="hs-024",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["JEWEL"],
        notes="NOT an event: a Eurocluster's open call news (plausible reconstruction); deadline with time and CET, an information webinar with weekday, date, time and CET, a Zoom link and a PDF (not listed, non-event).",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-025
S = "https://www.lesarski-grozd.si"
u = S + "/en/2025/01/07/webinar-digital-product-passport-furniture-lighting/"
h1 = "Webinar: Digital Product Passport for furniture and lighting SMEs"
c = (
    '<div class="wp-block-group event-box"><p><strong>When:</strong> Thursday, 23 January 2025 | 11:00 – 12:00 CET<br><strong>Where:</strong> online (Zoom)</p></div>\n'
    "<p>From 2027 many furniture and lighting products sold in the EU will need a Digital Product Passport. In this one-hour webinar our experts "
    "explain what data you need to collect and how to start now. The webinar is part of our cooperation with the RE-CENTRE Eurocluster.</p>\n"
    '<h3>Speakers</h3>\n<ul class="wp-block-list">\n'
    "<li><strong>Nadja Kralj</strong> – Head of Digital Services, Wood Industry Cluster Slovenia</li>\n"
    "<li><strong>Roberto Ferri</strong> – Project Manager, European Lighting Cluster Alliance (SILEO Eurocluster)</li>\n"
    "<li><strong>Tine Potočnik</strong> – Data Standards Consultant, GS1 Slovenia</li>\n</ul>\n"
    '<p><a class="wp-block-button__link" href="'
    + S
    + '/wp-content/uploads/2025/01/DPP-webinar-agenda.pdf">Download the agenda (PDF)</a> '
    '<a class="wp-block-button__link" href="https://zoom.us/webinar/register/WN_dppfurniture">Register</a></p>'
)
side = widget(
    "Upcoming events",
    recent_posts(
        [
            (S + "/en/events/furniture-fair/", "Ljubljana Furniture Fair", "11 November 2025"),
            (S + "/en/events/members-day/", "Members' Day", "6 March 2025"),
        ]
    ),
)
add(
    "hs-025",
    u,
    wp_page(
        lang="en-GB",
        site="Wood Industry Cluster Slovenia",
        site_url=S,
        doc_title=h1 + " | Wood Industry Cluster Slovenia",
        body_class="post-template-default single single-post",
        theme="astra",
        menu=MENU_EN,
        main=post(h1, "7 January 2025", "2025-01-07T08:00:00+01:00", "Nadja Kralj", c, ("Events",)),
        sidebar=side,
        seed=1325,
        head_extra=ld(h1, "2025-01-07T08:00:00+01:00", u),
    ),
    record(
        id="hs-025",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2025-01-23", "11:00"),
        end=bx("2025-01-23", "12:00"),
        tz_label="CET",
        speakers=[
            sp("Nadja Kralj", "Head of Digital Services", "Wood Industry Cluster Slovenia"),
            sp("Roberto Ferri", "Project Manager", "European Lighting Cluster Alliance", "SILEO"),
            sp("Tine Potočnik", "Data Standards Consultant", "GS1 Slovenia"),
        ],
        euroclusters=["RE-CENTRE", "SILEO"],
        assets=[asset("Download the agenda (PDF)", S + "/wp-content/uploads/2025/01/DPP-webinar-agenda.pdf")],
        notes="Plausible reconstruction. A cluster's own webinar (series null) on Astra: 'Thursday, 23 January 2025 | 11:00 – 12:00 CET' in an event box (+01:00); '<strong>Name</strong> – Role, Org' list items; '(SILEO Eurocluster)' after the organisation; RE-CENTRE in prose; post author is also a speaker (counted once); '2027' and the upcoming-events widget are not the event; agenda PDF is an asset, the Zoom link is not.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-026 (nl)
S = "https://www.clusternetwerk-noord.nl"
u = S + "/2024/05/13/european-cluster-conference-2024-brussel/"
h1 = "Terugblik: European Cluster Conference 2024 in Brussel"
c = (
    "<p>Op 7 en 8 mei kwamen in Brussel ruim 500 clustermanagers, beleidsmakers en ondernemers samen voor de European Cluster Conference. "
    "Wij waren er met een delegatie van vijf personen.</p>\n"
    "<p>De conferentie werd geopend door Valérie Duchâteau-Simon (DG GROW, Europese Commissie). Joost van der Linden, directeur van Clusternetwerk Noord, "
    "gaf een pitch over onze samenwerking met Duitse en Deense clusters. In de sessie over Euroclusters sprak Małgorzata Lis (Interizon) over "
    "digitale zorg. Ook het DESIRE Eurocluster stelde zijn vouchers voor.</p>\n"
    "<p>Volgend jaar organiseren we zelf een Noord-Europese clusterdag; de datum volgt.</p>"
)
add(
    "hs-026",
    u,
    wp_page(
        lang="nl-NL",
        site="Clusternetwerk Noord",
        site_url=S,
        doc_title=h1 + " - Clusternetwerk Noord",
        body_class="post-template-default single single-post",
        theme="oceanwp",
        menu=[
            ("Home", "/"),
            ("Over ons", "/over-ons/"),
            ("Leden", "/leden/"),
            ("Nieuws", "/nieuws/"),
            ("Agenda", "/agenda/"),
            ("Contact", "/contact/"),
        ],
        main=post(h1, "13 mei 2024", "2024-05-13T14:20:00+02:00", "Anouk Smit", c, ("Nieuws",)),
        sidebar=widget("Agenda", recent_posts([(S + "/agenda/ledenvergadering/", "Ledenvergadering", "4 juni 2024")])),
        seed=1326,
        head_extra=ld(h1, "2024-05-13T14:20:00+02:00", u),
    ),
    record(
        id="hs-026",
        url=u,
        template="T3",
        lang="nl",
        is_event=True,
        title=h1,
        page_title=h1,
        series="European Cluster Conference",
        start="2024-05-07",
        end="2024-05-08",
        speakers=[
            sp("Valérie Duchâteau-Simon", None, "DG GROW, Europese Commissie"),
            sp("Joost van der Linden", "directeur", "Clusternetwerk Noord"),
            sp("Małgorzata Lis", None, "Interizon"),
        ],
        euroclusters=["DESIRE"],
        notes="Dutch report on the conference of hs-005 (OceanWP). No quoted title: title = heading with its 'Terugblik:' prefix; 'Op 7 en 8 mei' without a year: 2024 from the URL, post date '13 mei 2024' and JSON-LD (dates only); speakers 'Name (Org)' (role null) and 'Name, directeur van Org' (role as written); DESIRE named in a separate sentence, so Lis has eurocluster null here; agenda widget not the event.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-027 (non-event)
S = "https://www.foodcluster.lt"
u = S + "/en/careers/eurocluster-project-officer/"
h1 = "Job offer: Eurocluster Project Officer (full-time)"
c = (
    "<p>Lithuanian Food Cluster is looking for a Project Officer to coordinate our work in the B-Resilient Eurocluster and in new EU projects.</p>\n"
    "<ul><li>Start: 1 November 2024</li><li>Location: Kaunas, hybrid</li><li>Salary: EUR 2 100 – 2 600 gross per month</li></ul>\n"
    "<p>Send your CV by 30 September 2024 to jobs@foodcluster.lt. Shortlisted candidates will be invited to interviews on 7–8 October 2024.</p>"
)
add(
    "hs-027",
    u,
    wp_page(
        lang="en-GB",
        site="Lithuanian Food Cluster",
        site_url=S,
        doc_title=h1 + " – Lithuanian Food Cluster",
        body_class="page-template-default page",
        theme="hello-elementor",
        menu=MENU_EN,
        main=f'<div class="elementor elementor-4412"><h1 class="elementor-heading-title">{h1}</h1>\n<div class="elementor-widget-text-editor">{c}</div></div>',
        seed=1327,
    ),
    record(
        id="hs-027",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["B-Resilient"],
        notes="NOT an event: an Elementor job offer; start date, deadline and interview dates; names B-Resilient.",
    ),
)

# ---------------------------------------------------------------------------------------------------------------- hs-028 (it, ISO-8859-1)
S = "https://www.clusterenergia-piemonte.it"
u = S + "/2025/03/05/eu-clusters-talk-clean-industrial-deal/"
h1 = "EU Clusters Talk: il Clean Industrial Deal alla prova dei fatti"
c = (
    "<p>La European Cluster Collaboration Platform organizza per conto della Commissione europea l’EU Clusters Talk “From Policy to Practice: The Clean "
    "Industrial Deal in Action”, che si terrà online mercoledì 12 marzo dalle 8:30 alle 9:45 (CET).</p>\n"
    "<p>Interverranno:</p>\n<ul>\n"
    "<li>Sebastian Kowalczyk-Brandt, vice capo unità, DG GROW, Commissione europea</li>\n"
    "<li>Mireia Puigdomènech, innovation manager, Energy Storage Cluster Catalonia</li>\n"
    "<li>Timo Rautiainen, coordinatore del progetto, Eurocluster PowerUp NetZero</li>\n"
    "<li>Ana-Maria Dobre, Mecatronica Cluster Transilvania, Eurocluster JEWEL</li>\n</ul>\n"
    "<p>Modera Lucas Verhaegen (ECCP).</p>\n<p>Le iscrizioni chiudono l’11 marzo. Il nostro prossimo evento per i soci è il 3 aprile.</p>"
)
add(
    "hs-028",
    u,
    wp_page(
        lang="it-IT",
        site="Cluster Energia Piemonte",
        site_url=S,
        doc_title=h1 + " – Cluster Energia Piemonte",
        body_class="post-template-default single single-post",
        theme="astra",
        menu=[
            ("Home", "/"),
            ("Chi siamo", "/chi-siamo/"),
            ("Soci", "/soci/"),
            ("Notizie", "/notizie/"),
            ("Eventi", "/eventi/"),
            ("Contatti", "/contatti/"),
        ],
        main=post(h1, "5 Marzo 2025", "2025-03-05T11:00:00+01:00", "Redazione", c, ("Eventi",)),
        sidebar=widget(
            "Prossimi eventi", recent_posts([(S + "/eventi/assemblea-soci/", "Assemblea dei soci", "3 aprile 2025")])
        ),
        seed=1328,
        charset="ISO-8859-1",
        head_extra=ld(h1, "2025-03-05T11:00:00+01:00", u),
    ),
    record(
        id="hs-028",
        url=u,
        template="T3",
        lang="it",
        is_event=True,
        title="From Policy to Practice: The Clean Industrial Deal in Action",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2025-03-12", "08:30"),
        end=bx("2025-03-12", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Sebastian Kowalczyk-Brandt", "vice capo unità", "DG GROW, Commissione europea"),
            sp("Mireia Puigdomènech", "innovation manager", "Energy Storage Cluster Catalonia"),
            sp("Timo Rautiainen", "coordinatore del progetto", None, "PowerUp NetZero"),
            sp("Ana-Maria Dobre", None, "Mecatronica Cluster Transilvania", "JEWEL"),
            sp("Lucas Verhaegen", None, "ECCP"),
        ],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        notes="Italian Astra post on the Talk of hs-002, saved as ISO-8859-1 bytes with a matching <meta charset> (curly quotes and dashes as numeric references). 'mercoledì 12 marzo dalle 8:30 alle 9:45 (CET)' without a year: 2025 from the URL, post date '5 Marzo 2025' and JSON-LD (+01:00); English title in “…”; Italian roles lower case; 'Eurocluster X' after the organisation; 'Modera Name (ECCP).' (role null); 'l’11 marzo' and '3 aprile' not the event.",
    ),
    encoding="iso-8859-1",
)

# ---------------------------------------------------------------------------------------------------------------- hs-029
S = "https://www.nordic-foodtech-cluster.dk"
u = S + "/2024/10/03/what-we-learned-at-the-c2lab-in-strasbourg/"
h1 = "What we learned at the C2Lab in Strasbourg"
c = (
    "<p>On 25 and 26 September, our project lead Sanne Kjærgaard and I spent two intensive days at the Cluster Collaboration Lab (C2Lab) in Strasbourg, "
    "organised by the European Cluster Collaboration Platform.</p>\n"
    "<p>The lab opened with a welcome by Clara Weissmüller of the ECCP, who explained the method: mixed groups, one challenge, a concrete project idea "
    "by the end of day two. Matthieu Roussel, Innovation Manager at Alsace BioValley, guided our group through the bio-based packaging challenge, and "
    "Sanne presented our experience with food-waste valorisation.</p>\n"
    "<p>Three things we take home:</p>\n<ol><li>Start with the SMEs' problem, not the funding call.</li><li>Small consortia move faster.</li>"
    "<li>Follow up within two weeks.</li></ol>\n<p>We will report on the project idea at our members' meeting in November.</p>"
)
add(
    "hs-029",
    u,
    wp_page(
        lang="en-US",
        site="Nordic FoodTech Cluster",
        site_url=S,
        doc_title=h1 + " - Nordic FoodTech Cluster",
        body_class="post-template-default single single-post",
        theme="kadence",
        menu=MENU_EN,
        main=post(h1, "October 3, 2024", "2024-10-03T13:00:00+02:00", "Mads Holm", c, ("Blog", "International")),
        seed=1329,
        head_extra=ld(h1, "2024-10-03T13:00:00+02:00", u),
    ),
    record(
        id="hs-029",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2024-09-25",
        end="2024-09-26",
        speakers=[
            sp("Clara Weissmüller", None, "ECCP"),
            sp("Matthieu Roussel", "Innovation Manager", "Alsace BioValley"),
            sp("Sanne Kjærgaard", "project lead", None),
        ],
        notes="Report on the C2Lab of hs-006 (Kadence). 'On 25 and 26 September' without a year: 2024 from the URL, post date and JSON-LD (dates only); title = heading; speakers in prose ('a welcome by Name of the ECCP' role null, 'Name, Role at Org, guided', 'our project lead Name ... Sanne presented' role as written, organisation null); the post author is not a speaker; numbered takeaways are not speakers; 'members' meeting in November' not a date.",
    ),
)
