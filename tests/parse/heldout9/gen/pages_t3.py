"""T3 — WordPress republications and cluster-organisation sites (classic themes). Written new for heldout9."""

from __future__ import annotations

from common import asset, bx, page_adder, record, sp
from shells import wp_page, wp_widget

PAGES: list[dict] = []
add = page_adder(PAGES)


def post(
    pid: int,
    h1: str,
    iso: str,
    shown: str,
    author: str,
    content: str,
    cats: str = "events",
    extra_meta: str = "",
    after: str = "",
    posted: str = "Posted on",
) -> str:
    return (
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{cats}">\n'
        f'<header class="entry-header">\n<h1 class="entry-title" itemprop="headline">{h1}</h1>\n'
        f'<div class="entry-meta"><span class="posted-on">{posted} <a href="#" rel="bookmark"><time class="entry-date published" datetime="{iso}">{shown}</time></a></span>'
        f' <span class="byline"> by <span class="author vcard"><a class="url fn n" href="#">{author}</a></span></span>{extra_meta}</div>\n</header>\n'
        f'<div class="post-thumbnail"><img width="1024" height="576" src="/wp-content/uploads/{iso[:4]}/{iso[5:7]}/featured-{pid}-1024x576.jpg" class="attachment-large size-large wp-post-image" alt="" decoding="async" /></div>\n'
        f'<div class="entry-content" itemprop="text">\n{content}\n</div>\n'
        f'<footer class="entry-footer"><span class="cat-links">Categories: <a href="#" rel="category tag">{cats.title()}</a></span></footer>\n</article>\n{after}'
    )


def recent(items: list[tuple[str, str]]) -> str:
    return wp_widget(
        "Recent Posts",
        "<ul>"
        + "".join(f'<li><a href="#">{t}</a> <span class="post-date">{d}</span></li>' for t, d in items)
        + "</ul>",
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

# ---------------------------------------------------------------- hq-021: Astra, Chips Act Talk (11 September 2024)
host = "https://www.semicon-cluster-bavaria.de"
u = host + "/en/2024/09/02/eu-clusters-talk-chips-act-clusters/"
h1 = "EU Clusters Talk: The Chips Act and the role of clusters"
content = (
    "<p>We are happy to share the invitation of the European Cluster Collaboration Platform to the next EU Clusters Talk “The European Chips Act: What role for clusters?”, "
    "which will take place on Wednesday, 11 September 2024, 10:00 – 11:30 CET.</p>\n"
    "<p>The Chips Act mobilises more than EUR 43 billion to double the EU’s share of global semiconductor production by 2030. Competence centres, pilot lines and a "
    "Chips Fund are being set up across Member States. The Talk discusses how clusters can bring SMEs into these new structures.</p>\n"
    "<p>Speakers:</p>\n<ul>\n"
    "<li>Katrin Albers, Managing Director, Semiconductor Cluster Bavaria, Silicon Europe Eurocluster</li>\n"
    "<li>Giovanni Russo, Policy Officer, DG CNECT, European Commission</li>\n"
    "<li>Maaike van Rijn, Programme Director, Brainport Development</li>\n"
    "<li>Rémi Garnier, Head of Business Development, Minalogic</li>\n</ul>\n"
    '<p>Registration is handled by the ECCP: <a href="https://clustercollaboration.eu/eu-clusters-talks-registration">register here</a>.</p>'
)
side = recent(
    [
        ("Members’ meeting 2024: save the date", "August 20, 2024"),
        ("SEMICON Europa 2024: visit our joint booth", "July 30, 2024"),
    ]
)
html = wp_page(
    site="Semiconductor Cluster Bavaria",
    host=host,
    title_tag=f"{h1} - Semiconductor Cluster Bavaria",
    lang="en-US",
    theme="astra",
    body_class="post-template-default single single-post postid-4471 single-format-standard ast-single-post ast-right-sidebar",
    menu=MENU_EN,
    main=post(
        4471,
        h1,
        "2024-09-02T09:31:12+02:00",
        "September 2, 2024",
        "Julia Hartmann",
        content,
        extra_meta=' <span class="post-views">128 Views</span>',
    ),
    sidebar=side,
    footer_text="Copyright © 2024 Semiconductor Cluster Bavaria | Powered by Astra WordPress Theme",
    seed=9321,
)
add(
    "hq-021",
    u,
    html,
    record(
        id="hq-021",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title="The European Chips Act: What role for clusters?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-09-11", "10:00"),
        end=bx("2024-09-11", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Katrin Albers", "Managing Director", "Semiconductor Cluster Bavaria", "Silicon Eurocluster"),
            sp("Giovanni Russo", "Policy Officer", "DG CNECT, European Commission"),
            sp("Maaike van Rijn", "Programme Director", "Brainport Development"),
            sp("Rémi Garnier", "Head of Business Development", "Minalogic"),
        ],
        euroclusters=["Silicon Eurocluster"],
        notes="Plausible reconstruction. Astra post republishing an ECCP invitation; 'Wednesday, 11 September 2024, 10:00 – 11:30 CET' (+02:00); post date September 2, 2024 and '128 Views' are not the event; '2030' and 'EUR 43 billion' are not dates; 'Silicon Europe Eurocluster' alias in a speaker line; post author and sidebar names are not speakers.",
    ),
)

# ---------------------------------------------------------------- hq-022: GeneratePress, month-first without year (10 April 2024)
host = "https://www.automotive-skills-cluster.eu"
u = host + "/2024/03/27/eu-clusters-talks-pact-for-skills/"
h1 = "Join us at the EU Clusters Talks on the Pact for Skills"
content = (
    "<p>Our cluster manager will speak at the EU Clusters Talk “Pact for Skills: How clusters train the workforce of tomorrow”, organised by the European Cluster "
    "Collaboration Platform on April 10th from 8:30 to 9:45 CET.</p>\n"
    "<p>The Pact for Skills brings together companies, training providers and public authorities in large-scale skills partnerships for each industrial ecosystem. "
    "The Talk shows how clusters use these partnerships to reskill workers in the automotive, construction and tourism ecosystems.</p>\n"
    "<p>Speakers:</p>\n"
    "<p><strong>Cristina Popescu</strong> – Policy Officer – DG EMPL, European Commission</p>\n"
    "<p><strong>Matthias Köhler</strong> – Cluster Manager – Automotive Skills Cluster</p>\n"
    "<p><strong>Eleni Georgiou</strong> – Training Coordinator – Hellenic Tourism Cluster, IKAT Eurocluster</p>\n"
    "<p><strong>Tom O’Sullivan</strong> – Director – Construction Industry Federation</p>\n"
    '<p>The Talk is free and online. Link: <a href="https://clustercollaboration.eu/eu-clusters-talks-registration">clustercollaboration.eu</a></p>'
)
comments = (
    '<div id="comments" class="comments-area"><h2 class="comments-title">One thought on “Join us at the EU Clusters Talks on the Pact for Skills”</h2>\n'
    '<ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Peter Novak</b> '
    '<time datetime="2024-03-28T10:12:00+01:00">March 28, 2024 at 10:12 am</time></footer><div class="comment-content"><p>Will the slides be shared afterwards?</p></div></article></li></ol></div>'
)
html = wp_page(
    site="Automotive Skills Cluster",
    host=host,
    title_tag=f"{h1} – Automotive Skills Cluster",
    lang="en-GB",
    theme="generatepress",
    body_class="post-template-default single single-post postid-812 right-sidebar nav-float-right",
    menu=MENU_EN,
    main=post(812, h1, "2024-03-27T14:05:33+01:00", "March 27, 2024", "asc_admin", content, after=comments),
    sidebar=recent(
        [("Apprenticeship fair 2024", "March 12, 2024"), ("New members joined in February", "March 1, 2024")]
    ),
    footer_text="© 2024 Automotive Skills Cluster • Built with GeneratePress",
    seed=9322,
)
add(
    "hq-022",
    u,
    html,
    record(
        id="hq-022",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title="Pact for Skills: How clusters train the workforce of tomorrow",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-10", "08:30"),
        end=bx("2024-04-10", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Cristina Popescu", "Policy Officer", "DG EMPL, European Commission"),
            sp("Matthias Köhler", "Cluster Manager", "Automotive Skills Cluster"),
            sp("Eleni Georgiou", "Training Coordinator", "Hellenic Tourism Cluster", "IKAT"),
            sp("Tom O’Sullivan", "Director", "Construction Industry Federation"),
        ],
        euroclusters=["IKAT"],
        notes="Plausible reconstruction. GeneratePress post; month-first ordinal without year 'on April 10th from 8:30 to 9:45 CET' (2024 from the URL and the post date; April, +02:00); one <p> per speaker '<strong>Name</strong> – Role – Organisation'; apostrophe in O’Sullivan; commenter and comment time are not the event; title in curly quotes differs from the heading.",
    ),
)

# ---------------------------------------------------------------- hq-023: NOT an event — joining the JEWEL Eurocluster
host = "https://www.cleantech-cluster-nl.eu"
u = host + "/news/we-join-the-jewel-eurocluster/"
h1 = "We join the JEWEL Eurocluster"
content = (
    "<p>We are proud to announce that our cluster has become an associated partner of JEWEL, the Eurocluster for net-zero manufacturing. JEWEL supports SMEs that "
    "produce components for wind, solar, heat pumps and electrolysers.</p>\n"
    "<p>As associated partner, we will promote JEWEL’s open calls among our members and host one of its training weeks in Eindhoven in spring 2024. The partnership "
    "was signed at the JEWEL consortium meeting in Bilbao on 14 November 2023.</p>\n"
    "<p>Questions? Contact our project manager Sanne Bakker.</p>"
)
html = wp_page(
    site="Cleantech Cluster NL",
    host=host,
    title_tag=f"{h1} | Cleantech Cluster NL",
    lang="en-US",
    theme="twentytwentyone",
    body_class="post-template-default single single-post postid-2290 is-light-theme",
    menu=MENU_EN,
    main=post(
        2290,
        h1,
        "2023-11-21T11:00:00+01:00",
        "21 November 2023",
        "Sanne Bakker",
        content,
        cats="news",
        posted="Published",
    ),
    footer_text="Cleantech Cluster NL · Proudly powered by WordPress",
    seed=9323,
)
add(
    "hq-023",
    u,
    html,
    record(
        id="hq-023",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["JEWEL"],
        notes="NOT an event: a cluster's news post about joining a Eurocluster; a past consortium meeting with a date and 'spring 2024'; a named contact person.",
    ),
)

# ---------------------------------------------------------------- hq-024: German, European Cluster Conference 2024 (7-8 May 2024)
host = "https://www.cluster-nordbayern.de"
u = host + "/2024/03/15/save-the-date-european-cluster-conference-2024-in-bruessel/"
h1 = "Save the Date: European Cluster Conference 2024 in Brüssel"
content = (
    "<p>Die Europäische Kommission lädt am 7. und 8. Mai 2024 zur European Cluster Conference 2024 nach Brüssel ein. Die Konferenz ist das wichtigste Treffen der "
    "europäischen Clusterszene: Clustermanagerinnen und -manager, Politik und Unternehmen diskutieren über die Zukunft der EU-Clusterpolitik, den Binnenmarkt und "
    "die grüne und digitale Transformation.</p>\n"
    "<p>Am Vorabend, dem 6. Mai 2024, finden Besuche bei Brüsseler Innovationszentren statt. Außerdem wird der Preis „European Cluster Manager of the Year“ verliehen.</p>\n"
    "<p>Die Teilnahme ist kostenlos, die Plätze sind jedoch begrenzt. Anmeldeschluss ist der 19. April 2024.</p>\n"
    '<p><a href="/wp-content/uploads/2024/03/ECC2024_Programm.pdf">Programm (PDF)</a> · <a href="https://clustercollaboration.eu/european-cluster-conference-2024">Zur Anmeldung</a></p>'
)
menu_de = [
    ("Start", "/"),
    ("Über uns", "/ueber-uns/"),
    ("Mitglieder", "/mitglieder/"),
    ("Aktuelles", "/aktuelles/"),
    ("Veranstaltungen", "/veranstaltungen/"),
    ("Kontakt", "/kontakt/"),
]
html = wp_page(
    site="Cluster Nordbayern",
    host=host,
    title_tag=f"{h1} – Cluster Nordbayern",
    lang="de-DE",
    theme="oceanwp",
    body_class="post-template-default single single-post postid-3357 oceanwp-theme dropdown-mobile",
    menu=menu_de,
    main=post(
        3357,
        h1,
        "2024-03-15T08:45:00+01:00",
        "15. März 2024",
        "Redaktion",
        content,
        cats="veranstaltungen",
        posted="Veröffentlicht am",
    ),
    sidebar=wp_widget(
        "Neueste Beiträge",
        '<ul><li><a href="#">Mitgliederversammlung am 25. April 2024</a></li><li><a href="#">Neue Förderaufrufe der Euroclusters</a></li></ul>',
    ),
    footer_text="© 2024 Cluster Nordbayern e.V. – Impressum – Datenschutz",
    seed=9324,
)
add(
    "hq-024",
    u,
    html,
    record(
        id="hq-024",
        url=u,
        template="T3",
        lang="de",
        is_event=True,
        title=h1,
        page_title=h1,
        series="European Cluster Conference",
        start="2024-05-07",
        end="2024-05-08",
        assets=[asset("Programm (PDF)", host + "/wp-content/uploads/2024/03/ECC2024_Programm.pdf")],
        notes="Real conference (7-8 May 2024, Brussels); German republication reconstructed. 'am 7. und 8. Mai 2024' (dates only); the eve on 6. Mai 2024, the deadline 19. April 2024, the post date and the sidebar date are not the event; quoted award name „European Cluster Manager of the Year“ is not the title (title = heading); 'Euroclusters' in the sidebar names none; one PDF asset.",
    ),
)

# ---------------------------------------------------------------- hq-025: Polish, circular economy Talk (15 May 2024)
host = "https://www.klaster-recykling.pl"
u = host + "/2024/05/06/eu-clusters-talk-gospodarka-obiegu-zamknietego/"
h1 = "EU Clusters Talk: klastry w gospodarce o obiegu zamkniętym"
content = (
    "<p>Europejska Platforma Współpracy Klastrów (ECCP) zaprasza na spotkanie online z cyklu EU Clusters Talks pt. „Circular economy: Clusters closing the loop”, "
    "które odbędzie się 15 maja 2024 r., w godz. 8:30–9:45 CET.</p>\n"
    "<p>Podczas spotkania eksperci Komisji Europejskiej i przedstawiciele klastrów omówią nowe przepisy dotyczące ekoprojektu i opakowań oraz przykłady współpracy "
    "firm w zakresie recyklingu i ponownego użycia materiałów.</p>\n"
    "<p>Prelegenci:</p>\n<ul>\n"
    "<li>Joanna Kowalczyk – Policy Officer, DG ENV, Komisja Europejska</li>\n"
    "<li>dr Marek Lewandowski – prezes zarządu, Klaster Gospodarki Odpadowej i Recyklingu</li>\n"
    "<li>Sara Lindholm – Project Manager, Cleantech Östergötland, GEMSTONE Eurocluster</li>\n</ul>\n"
    "<p>Udział jest bezpłatny. Rejestracja do 14 maja na stronie ECCP.</p>"
)
menu_pl = [
    ("Start", "/"),
    ("O klastrze", "/o-klastrze/"),
    ("Członkowie", "/czlonkowie/"),
    ("Aktualności", "/aktualnosci/"),
    ("Wydarzenia", "/wydarzenia/"),
    ("Kontakt", "/kontakt/"),
]
html = wp_page(
    site="Klaster Gospodarki Odpadowej i Recyklingu",
    host=host,
    title_tag=f"{h1} - Klaster Gospodarki Odpadowej i Recyklingu",
    lang="pl-PL",
    theme="astra",
    body_class="post-template-default single single-post postid-1544 ast-single-post ast-no-sidebar",
    menu=menu_pl,
    main=post(
        1544,
        h1,
        "2024-05-06T12:00:00+02:00",
        "6 maja 2024",
        "Biuro Klastra",
        content,
        cats="wydarzenia",
        posted="Opublikowano",
    ),
    footer_text="Copyright © 2024 Klaster Gospodarki Odpadowej i Recyklingu",
    seed=9325,
)
add(
    "hq-025",
    u,
    html,
    record(
        id="hq-025",
        url=u,
        template="T3",
        lang="pl",
        is_event=True,
        title="Circular economy: Clusters closing the loop",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-05-15", "08:30"),
        end=bx("2024-05-15", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Joanna Kowalczyk", "Policy Officer", "DG ENV, Komisja Europejska"),
            sp("Marek Lewandowski", "prezes zarządu", "Klaster Gospodarki Odpadowej i Recyklingu"),
            sp("Sara Lindholm", "Project Manager", "Cleantech Östergötland", "GEMSTONE"),
        ],
        euroclusters=["GEMSTONE"],
        notes="Plausible reconstruction. Polish Astra post; '15 maja 2024 r., w godz. 8:30–9:45 CET' (May, +02:00); English title in „…”; speakers 'Name – Role, Organisation' in a <ul>; lower-case Polish honorific 'dr' stripped; 'Komisja Europejska'; deadline 'do 14 maja' and the post date are not the event.",
    ),
)

# ---------------------------------------------------------------- hq-026: French, social economy Talk (4 December 2024)
host = "https://www.pole-ess-sud.fr"
u = host + "/2024/11/20/eu-clusters-talk-economie-sociale/"
h1 = "EU Clusters Talk : les clusters au service de l’économie sociale"
content = (
    "<p>La plateforme européenne de collaboration entre clusters (ECCP) organise, au nom de la Commission européenne, un EU Clusters Talk intitulé « Social economy: Clusters for inclusive growth » "
    "le 4 décembre 2024 de 8h30 à 9h45 CET.</p>\n"
    "<p>Le plan d’action pour l’économie sociale invite les territoires à soutenir les entreprises sociales. Ce webinaire présente des clusters qui accompagnent "
    "des coopératives, des associations et des entreprises d’insertion dans leur croissance.</p>\n"
    "<p>Intervenants :</p>\n"
    "<p>Anne-Sophie Leroy, Policy Officer, DG GROW, Commission européenne</p>\n"
    "<p>Camille Moreau, chargée de mission Europe, Pôle ESS Sud</p>\n"
    "<p>Giorgio Bellini, coordinatore, Torino Social Impact, Eurocluster SocialTech4EU</p>\n"
    "<p>Le webinaire se déroule en anglais. Inscription gratuite jusqu’au 3 décembre.</p>"
)
menu_fr = [
    ("Accueil", "/"),
    ("Le pôle", "/le-pole/"),
    ("Adhérents", "/adherents/"),
    ("Actualités", "/actualites/"),
    ("Agenda", "/agenda/"),
    ("Contact", "/contact/"),
]
html = wp_page(
    site="Pôle ESS Sud",
    host=host,
    title_tag=f"{h1} – Pôle ESS Sud",
    lang="fr-FR",
    theme="kadence",
    body_class="wp-singular post-template-default single single-post postid-905 content-style-unboxed",
    menu=menu_fr,
    main=post(
        905,
        h1,
        "2024-11-20T10:20:00+01:00",
        "20 novembre 2024",
        "Communication",
        content,
        cats="agenda",
        posted="Publié le",
    ),
    sidebar=wp_widget(
        "Agenda", "<ul><li>12 décembre 2024 – Assemblée générale</li><li>16 janvier 2025 – Vœux du pôle</li></ul>"
    ),
    footer_text="© 2024 Pôle ESS Sud – Mentions légales",
    seed=9326,
)
add(
    "hq-026",
    u,
    html,
    record(
        id="hq-026",
        url=u,
        template="T3",
        lang="fr",
        is_event=True,
        title="Social economy: Clusters for inclusive growth",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-12-04", "08:30"),
        end=bx("2024-12-04", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Anne-Sophie Leroy", "Policy Officer", "DG GROW, Commission européenne"),
            sp("Camille Moreau", "chargée de mission Europe", "Pôle ESS Sud"),
            sp("Giorgio Bellini", "coordinatore", "Torino Social Impact", "SocialTech4EU"),
        ],
        euroclusters=["SocialTech4EU"],
        notes="Plausible reconstruction. French Kadence post; 'le 4 décembre 2024 de 8h30 à 9h45 CET' (French 'h' times, +01:00); English title in « … » with ordinary spaces; one <p> per speaker 'Name, rôle, organisation'; 'Eurocluster SocialTech4EU' after the organisation; French heading with ' : '; deadline 'jusqu’au 3 décembre' and sidebar agenda dates are not the event.",
    ),
)

# ---------------------------------------------------------------- hq-027: NOT an event — E-BOOST open call
host = "https://www.emobility-cluster.eu"
u = host + "/open-call-e-boost-vouchers-for-mobility-smes/"
h1 = "Open call: E-BOOST vouchers for mobility SMEs"
content = (
    "<p>The E-BOOST Eurocluster opens its second call for SMEs in the electromobility value chain. Companies can apply for vouchers of up to EUR 60,000 for "
    "prototyping, testing and internationalisation.</p>\n"
    "<p><strong>Deadline:</strong> 15 November 2023, 17:00 CET</p>\n"
    "<p>An information webinar will be held on 10 October 2023, 11:00 – 12:00 CET, with Daan Verbeek, E-BOOST call manager. "
    '<a href="/wp-content/uploads/2023/09/E-BOOST_call2_guidelines.pdf">Guidelines for applicants</a></p>'
)
html = wp_page(
    site="eMobility Cluster",
    host=host,
    title_tag=f"{h1} – eMobility Cluster",
    lang="en-US",
    theme="astra",
    body_class="page-template-default page page-id-618 ast-page-builder-template",
    menu=MENU_EN,
    main=f'<article id="post-618" class="post-618 page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">{h1}</h1></header>\n<div class="entry-content">\n{content}\n</div></article>',
    footer_text="© 2023 eMobility Cluster",
    seed=9327,
)
add(
    "hq-027",
    u,
    html,
    record(
        id="hq-027",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["E-BOOST"],
        notes="NOT an event: an open call page; a deadline with date, time and CET, an information webinar with date, time, CET and a named host, and a PDF.",
    ),
)

# ---------------------------------------------------------------- hq-028: report on an AI Talk (28 February 2024)
host = "https://www.digital-cluster-slovenia.si"
u = host + "/en/2024/03/05/takeaways-eu-clusters-talk-artificial-intelligence/"
h1 = "Takeaways from the EU Clusters Talk on artificial intelligence"
content = (
    "<p>The EU Clusters Talk “AI for SMEs: Clusters as enablers” took place on 28 February 2024 from 8:30 to 9:45 CET and gathered more than 200 participants online.</p>\n"
    "<p>Jakob Novak, Head of AI Policy at DG CNECT, European Commission, opened the Talk with an overview of the AI Act and of the AI Factories announced in January.</p>\n"
    "<p>Our own director, Maja Kovač, explained how Digital Cluster Slovenia runs AI test days for manufacturing SMEs. She was followed by Lars Eriksson, CEO of AI Sweden "
    "Cluster, who showed how Swedish companies share data for machine learning, and by Dr. Paula Fernández (Basque Digital Innovation Hub), who presented the DREAM Eurocluster’s "
    "support for advanced manufacturing.</p>\n"
    '<p>The recording is available on <a href="https://www.youtube.com/watch?v=aiTalk2024">YouTube</a>.</p>'
)
html = wp_page(
    site="Digital Cluster Slovenia",
    host=host,
    title_tag=f"{h1} | Digital Cluster Slovenia",
    lang="en-US",
    theme="hello-elementor",
    body_class="post-template-default single single-post postid-1207 elementor-default",
    menu=MENU_EN,
    main=post(1207, h1, "2024-03-05T09:00:00+01:00", "March 5, 2024", "Maja Kovač", content, cats="news"),
    sidebar=recent([("Next AI test day: 16 April 2024", "March 1, 2024")]),
    footer_text="© Digital Cluster Slovenia",
    seed=9328,
)
add(
    "hq-028",
    u,
    html,
    record(
        id="hq-028",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title="AI for SMEs: Clusters as enablers",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-02-28", "08:30"),
        end=bx("2024-02-28", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Jakob Novak", "Head of AI Policy", "DG CNECT, European Commission"),
            sp("Maja Kovač", "director", "Digital Cluster Slovenia"),
            sp("Lars Eriksson", "CEO", "AI Sweden Cluster"),
            sp("Paula Fernández", None, "Basque Digital Innovation Hub"),
        ],
        euroclusters=["DREAM"],
        notes="Plausible reconstruction. Event report: 'took place on 28 February 2024 from 8:30 to 9:45 CET' (+01:00); post date March 5, 2024; speakers in prose ('Name, Role at Org, opened', 'Our own director, Name, explained how Org', 'Name, CEO of Org', 'Dr. Name (Org)'); the post author is also a speaker; 'in January', '200 participants' and the sidebar date are not the event; YouTube link not an asset.",
    ),
)

# ---------------------------------------------------------------- hq-029: Eurocluster webinar (series null), Divi (23 May 2023)
host = "https://www.desire-eurocluster.eu"
u = host + "/webinar-e-health-solutions-resilient-care/"
h1 = "DESIRE webinar: e-health solutions for resilient care"
content = (
    '<div class="et_pb_section et_pb_section_0"><div class="et_pb_row"><div class="et_pb_column et_pb_column_4_4">\n'
    '<div class="et_pb_module et_pb_text et_pb_text_0"><div class="et_pb_text_inner">'
    "<p>Date: 23.05.2023 | Time: 14:00–15:30 CEST | Online</p>\n"
    "<p>The DESIRE Eurocluster invites SMEs and cluster organisations from the health ecosystem to a webinar on digital health solutions that make care systems more resilient.</p>\n"
    "<h3>Programme</h3>\n<p>14:00 Welcome – Ingrid Halvorsen, Project Coordinator, Oslo Medtech<br />\n"
    "14:10 Telemonitoring after COVID-19 – Dr. Fabio Conti, Chief Medical Officer, Lombardy Life Sciences Cluster<br />\n"
    "14:40 Funding for e-health SMEs – Noémie Laurent, Call Manager, DESIRE Eurocluster<br />\n15:10 Q&amp;A<br />\n15:30 End</p>\n"
    '<p><a class="et_pb_button" href="https://www.desire-eurocluster.eu/register-webinar-may/">Register</a></p>'
    "</div></div>\n</div></div></div>"
)
html = wp_page(
    site="DESIRE Eurocluster",
    host=host,
    title_tag=f"{h1} | DESIRE Eurocluster",
    lang="en-US",
    theme="Divi",
    body_class="page-template-default page page-id-311 et_pb_pagebuilder_layout et_divi_theme",
    menu=[("Home", "/"), ("About DESIRE", "/about/"), ("Open calls", "/open-calls/"), ("Events", "/events/")],
    main=f'<article id="post-311" class="post-311 page type-page status-publish hentry"><h1 class="entry-title main_title">{h1}</h1>\n<div class="entry-content">\n{content}\n</div></article>',
    footer_text="Funded by the European Union under the Single Market Programme. © DESIRE 2023",
    seed=9329,
)
add(
    "hq-029",
    u,
    html,
    record(
        id="hq-029",
        url=u,
        template="T3",
        lang="en",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2023-05-23", "14:00"),
        end=bx("2023-05-23", "15:30"),
        tz_label="CEST",
        speakers=[
            sp("Ingrid Halvorsen", "Project Coordinator", "Oslo Medtech"),
            sp("Fabio Conti", "Chief Medical Officer", "Lombardy Life Sciences Cluster"),
            sp("Noémie Laurent", "Call Manager", None, "DESIRE"),
        ],
        euroclusters=["DESIRE"],
        notes="Plausible reconstruction. Divi page of a Eurocluster (community webinar, series null); 'Date: 23.05.2023 | Time: 14:00–15:30 CEST' (numeric day-first date); programme lines 'HH:MM Title – Name, Role, Org' are speakers, 'Q&A' and 'End' are not; 'Dr.' stripped; 'Call Manager, DESIRE Eurocluster' has no organisation; 'COVID-19' is not a date.",
    ),
)

# ---------------------------------------------------------------- hq-030: NOT an event — tag archive
host = "https://www.semicon-cluster-bavaria.de"
u = host + "/en/tag/eu-clusters-talks/"
h1 = "Tag: EU Clusters Talks"
arts = "\n".join(
    f'<article class="post type-post status-publish hentry"><header class="entry-header"><h2 class="entry-title"><a href="{h}">{t}</a></h2>'
    f'<div class="entry-meta"><time class="entry-date published" datetime="{iso}">{d}</time></div></header><div class="entry-summary"><p>{x}</p></div></article>'
    for h, t, iso, d, x in [
        (
            "/en/2024/09/02/eu-clusters-talk-chips-act-clusters/",
            "EU Clusters Talk: The Chips Act and the role of clusters",
            "2024-09-02",
            "September 2, 2024",
            "Join the Talk on Wednesday, 11 September 2024, 10:00 – 11:30 CET.",
        ),
        (
            "/en/2023/06/01/eu-clusters-talk-semiconductor-skills/",
            "EU Clusters Talk on semiconductor skills",
            "2023-06-01",
            "June 1, 2023",
            "The Talk on 14 June 2023 looked at talent for the twin transition.",
        ),
    ]
)
html = wp_page(
    site="Semiconductor Cluster Bavaria",
    host=host,
    title_tag="EU Clusters Talks Archives - Semiconductor Cluster Bavaria",
    lang="en-US",
    theme="astra",
    body_class="archive tag tag-eu-clusters-talks tag-57 ast-right-sidebar",
    menu=MENU_EN,
    main=f'<header class="page-header ast-archive-description"><h1 class="page-title ast-archive-title">{h1}</h1></header>\n{arts}\n<nav class="navigation pagination"><span class="page-numbers current">1</span></nav>',
    footer_text="Copyright © 2024 Semiconductor Cluster Bavaria",
    seed=9330,
)
add(
    "hq-030",
    u,
    html,
    record(
        id="hq-030",
        url=u,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: WordPress tag archive listing two Talk posts, each with a post date and an event date in the excerpt.",
    ),
)
