"""T3 — WordPress posts of cluster organisations (hv-021 … hv-028). Page bodies written new for heldout13."""

from __future__ import annotations

import json
import zlib

from common import bx, page_adder, record, sp
from shells import recent_posts, widget, wp_page

PAGES: list[dict] = []
add = page_adder(PAGES)


def ld(headline: str, published: str, url: str, org: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": url,
                "url": url,
                "name": headline,
                "datePublished": published,
                "dateModified": published,
            },
            {
                "@type": "Article",
                "headline": headline,
                "datePublished": published,
                "author": {"@type": "Person", "name": "Communication team"},
                "publisher": {"@type": "Organization", "name": org},
                "mainEntityOfPage": {"@id": url},
            },
        ],
    }
    return f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(data, ensure_ascii=False)}</script>\n'


def post(h1: str, meta: str, content: str, cls: str = "post", footer: str = "") -> str:
    return (
        f'<article id="post-{zlib.crc32(h1.encode()) % 90000 + 1000}" class="{cls} type-post status-publish format-standard has-post-thumbnail hentry">\n'
        f'  <header class="entry-header"><h1 class="entry-title" itemprop="headline">{h1}</h1>\n  <div class="entry-meta">{meta}</div></header>\n'
        f'  <div class="entry-content clear" itemprop="text">\n{content}\n  </div>\n'
        f'  <footer class="entry-footer">{footer}</footer>\n</article>\n'
    )


# ---------------------------------------------------------------------------------------------------------- hv-021
url = "https://www.energyvalley.nl/en/news/energy-valley-speaks-at-eu-clusters-talk-on-the-clean-industrial-deal/"
h1 = "Energy Valley speaks at EU Clusters Talk on the Clean Industrial Deal"
content = (
    "<p>How do you turn a European industrial plan into projects on the ground? That is the question of the next EU Clusters Talk, "
    "“From Policy to Practice: The Clean Industrial Deal in Action”, organised by the European Cluster Collaboration Platform.</p>\n"
    "<p><strong>Wednesday 12 March 2025 (08:30-09:45 CET), online</strong></p>\n"
    "<p>Our Programme Lead Hydrogen, Anneke Visser, will share what the northern Netherlands has learned from ten years of building a hydrogen value chain, "
    "from electrolysers in Groningen to the first hydrogen-ready industrial sites.</p>\n"
    "<p>She will be joined by Karolina Dąbrowska (DG GROW, European Commission), Mathieu Lefèvre (Pôle MecaTech, JEWEL Eurocluster) and "
    "Stavros Kalogeropoulos (Corallia, PowerUp NetZero Eurocluster).</p>\n"
    '<p>The Talk is free and open to everyone. <a class="wp-block-button__link" href="https://clustercollaboration.eu/content/eu-clusters-talk-policy-practice-clean-industrial-deal-action">Register on the ECCP website</a></p>'
)
meta = '<span class="posted-on"><time class="entry-date published" datetime="2025-03-05T10:20:00+01:00">March 5, 2025</time></span> <span class="cat-links"><a href="/en/category/news/">News</a></span>'
side = widget(
    "Recent posts",
    recent_posts(
        [
            (
                "/en/news/hydrogen-valley-groningen-receives-eu-funding/",
                "Hydrogen valley Groningen receives EU funding",
                "February 18, 2025",
            ),
            (
                "/en/news/energy-valley-annual-event-2025/",
                "Save the date: Energy Valley annual event on 5 June 2025",
                "January 30, 2025",
            ),
        ]
    ),
)
html = wp_page(
    lang="en-GB",
    site="Energy Valley",
    site_url="https://www.energyvalley.nl",
    doc_title=f"{h1} - Energy Valley",
    body_class="post-template-default single single-post ast-single-post",
    theme="astra",
    menu=[
        ("About", "/en/about/"),
        ("Programmes", "/en/programmes/"),
        ("News", "/en/news/"),
        ("Contact", "/en/contact/"),
    ],
    main=post(h1, meta, content),
    sidebar=side,
    seed=1321,
    head_extra=ld(h1, "2025-03-05T10:20:00+01:00", url, "Energy Valley"),
)
add(
    "hv-021",
    url,
    html,
    record(
        id="hv-021",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="From Policy to Practice: The Clean Industrial Deal in Action",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2025-03-12", "08:30"),
        end=bx("2025-03-12", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Anneke Visser", "Programme Lead Hydrogen", None),
            sp("Karolina Dąbrowska", None, "DG GROW, European Commission"),
            sp("Mathieu Lefèvre", None, "Pôle MecaTech", "JEWEL"),
            sp("Stavros Kalogeropoulos", None, "Corallia", "PowerUp NetZero"),
        ],
        euroclusters=["JEWEL", "PowerUp NetZero"],
        notes="Astra post of a speaker's organisation on the real Talk of hv-002. Bold '(08:30-09:45 CET)' with zero padding and no spaces (+01:00); own speaker 'Our Role, Name' "
        "(role as written, organisation null); the others 'Name (Org, X Eurocluster)' in one sentence (role null); post date March 5, 2025, 'ten years' and the recent-posts "
        "'Save the date … 5 June 2025' not the event; registration button not an asset.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-022 (de)
url = "https://www.acstyria.com/2024/06/21/clusters-meet-regions-graz/"
h1 = "Clusters meet Regions: Europas Cluster zu Gast in Graz"
content = (
    "<p>Am 18. und 19. Juni 2024 war Graz Gastgeber des Workshops Clusters meet Regions der European Cluster Collaboration Platform. Rund 130 Teilnehmende aus 22 Ländern "
    "diskutierten, wie Cluster und Regionen die grüne Transformation der produzierenden KMU beschleunigen können.</p>\n"
    "<p>Eröffnet wurde der Workshop von Barbara Eibinger-Miedl (Wirtschaftslandesrätin, Land Steiermark) und Veronika Strasser (Policy Officer, GD GROW, Europäische Kommission).</p>\n"
    "<p>Unser Geschäftsführer Franz Leitgeb stellte anschließend die Mobilitätsregion Steiermark vor und zeigte, wie der ACstyria Mobilitätscluster Zulieferer beim Umstieg "
    "auf neue Antriebe begleitet. Im Panel diskutierten danach Sabine Wagner (Green Tech Cluster) und Tomaž Kranjc (Slovenian Automotive Cluster) über grenzüberschreitende Lieferketten.</p>\n"
    "<p>Am zweiten Tag besuchten die Gäste Mitgliedsbetriebe in Graz und Umgebung; beim Matchmaking wurden über 200 Gespräche geführt.</p>\n"
    "<p>Wir bedanken uns bei allen Partnern – und freuen uns auf das Wiedersehen beim nächsten Clusters meet Regions in Charleroi im November!</p>"
)
meta = '<span class="posted-on"><time class="entry-date published" datetime="2024-06-21T09:00:00+02:00">21. Juni 2024</time></span> <span class="byline">von <span class="author vcard">Redaktion</span></span>'
side = widget(
    "Termine",
    recent_posts(
        [
            ("/termine/mobility-day-2024/", "Mobility Day 2024", "10. Oktober 2024"),
            ("/termine/cluster-stammtisch-september/", "Cluster-Stammtisch", "12. September 2024"),
        ]
    ),
)
html = wp_page(
    lang="de-AT",
    site="ACstyria Mobilitätscluster",
    site_url="https://www.acstyria.com",
    doc_title=f"{h1} – ACstyria Mobilitätscluster",
    body_class="post-template-default single single-post right-sidebar nav-float-right generate-columns-activated",
    theme="generatepress",
    menu=[
        ("Cluster", "/cluster/"),
        ("Mitglieder", "/mitglieder/"),
        ("Projekte", "/projekte/"),
        ("News", "/news/"),
        ("Termine", "/termine/"),
        ("Kontakt", "/kontakt/"),
    ],
    main=post(h1, meta, content),
    sidebar=side,
    seed=1322,
    head_extra=ld(h1, "2024-06-21T09:00:00+02:00", url, "ACstyria Mobilitätscluster"),
)
add(
    "hv-022",
    url,
    html,
    record(
        id="hv-022",
        url=url,
        template="T3",
        lang="de",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-06-18",
        end="2024-06-19",
        speakers=[
            sp("Barbara Eibinger-Miedl", "Wirtschaftslandesrätin", "Land Steiermark"),
            sp("Veronika Strasser", "Policy Officer", "GD GROW, Europäische Kommission"),
            sp("Franz Leitgeb", "Geschäftsführer", None),
            sp("Sabine Wagner", None, "Green Tech Cluster"),
            sp("Tomaž Kranjc", None, "Slovenian Automotive Cluster"),
        ],
        notes="German GeneratePress report on the real Graz edition of hv-003 (people reconstructed, consistent with hv-003). 'Am 18. und 19. Juni 2024' (dates only); no quoted title: "
        "title = German heading; 'Name (Rolle, Org)' openers; 'Unser Geschäftsführer Name' (role, organisation null); panellists 'Name (Org)'; post date 21. Juni 2024, the "
        "'Termine' widget and 'Charleroi im November' not the event.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-023 (non-event)
url = "https://www.midlandsmanufacturing.ie/2024/12/18/2024-in-review-our-year-in-europe/"
h1 = "2024 in review: our year in Europe"
content = (
    "<p>As the year draws to a close, we look back at a busy twelve months of European cooperation for our members.</p>\n"
    "<h2>European Cluster Conference</h2>\n<p>In May, three of us travelled to Brussels for the European Cluster Conference 2024 (7–8 May). The session on skills for advanced manufacturing "
    "gave us several ideas for our own training programme.</p>\n"
    "<h2>GEMSTONE vouchers</h2>\n<p>Four member companies received support from the GEMSTONE Eurocluster for energy and material-efficiency projects. The last GEMSTONE call closed on "
    "30 September 2024 at 17:00 CET.</p>\n"
    "<h2>Clusters meet Regions</h2>\n<p>We joined the Clusters meet Regions workshop in Graz on 18–19 June and came back with two new partners for a Horizon Europe proposal.</p>\n"
    "<h2>Looking ahead</h2>\n<p>Our members’ Christmas meeting takes place on 19 December at 16:00 in Athlone. In 2025 we will focus on the new Euroclusters and on ClusterXchange visits.</p>"
)
meta = '<time datetime="2024-12-18T12:00:00+00:00">December 18, 2024</time> · <a href="/category/news/">News</a>'
html = wp_page(
    lang="en-IE",
    site="Midlands Manufacturing Cluster",
    site_url="https://www.midlandsmanufacturing.ie",
    doc_title=f"{h1} – Midlands Manufacturing Cluster",
    body_class="wp-singular post-template-default single single-post wp-theme-twentytwentyfour",
    theme="twentytwentyfour",
    menu=[
        ("About", "/about/"),
        ("Members", "/members/"),
        ("Projects", "/projects/"),
        ("News", "/news/"),
        ("Contact", "/contact/"),
    ],
    main=post(h1, meta, content, "wp-block-post"),
    seed=1323,
    head_extra=ld(h1, "2024-12-18T12:00:00+00:00", url, "Midlands Manufacturing Cluster"),
)
add(
    "hv-023",
    url,
    html,
    record(
        id="hv-023",
        url=url,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["GEMSTONE"],
        notes="NOT an event: a year-in-review post (plausible reconstruction) naming three dated events, a call deadline with time and CET and a members' meeting with a time; names GEMSTONE.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-024 (it)
url = "https://www.lightingclusterlombardia.it/2023/05/webinar-sileo-digitalizzazione-pmi-illuminazione-arredo/"
h1 = "Webinar SILEO: digitalizzazione per le PMI dell’illuminazione e dell’arredo"
content = (
    "<p>Il progetto SILEO, l’Eurocluster dedicato alle filiere dell’illuminazione e dell’arredo, organizza un webinar gratuito per le piccole e medie imprese che vogliono "
    "avviare un percorso di digitalizzazione e conoscere i voucher messi a disposizione dal progetto.</p>\n"
    "<p><strong>Quando:</strong> martedì 23 maggio 2023, ore 10:00 – 11:30<br>\n<strong>Dove:</strong> online, su Zoom</p>\n"
    "<p>Intervengono:</p>\n<ul>\n"
    "<li>Marta Krakowiak – project manager, European Lighting Cluster Alliance</li>\n"
    "<li>Luca Bertoni – responsabile innovazione, Cluster Legno Arredo Casa FVG</li>\n"
    "<li>Chiara Sartori – ricercatrice, Politecnico di Milano</li>\n</ul>\n"
    "<p>Modera la nostra presidente, Giovanna Rinaldi.</p>\n"
    '<p>Il webinar si terrà in italiano. Iscrizioni entro il 22 maggio tramite il <a href="https://forms.gle/sileo-webinar-23-05">modulo online</a>.</p>'
)
meta = '<span class="posted-on"><time class="entry-date published" datetime="2023-05-08T08:00:00+02:00">8 Maggio 2023</time></span> / <span class="cat-links"><a href="/categoria/eventi/">Eventi</a></span>'
html = wp_page(
    lang="it-IT",
    site="Lighting Cluster Lombardia",
    site_url="https://www.lightingclusterlombardia.it",
    doc_title=f"{h1} - Lighting Cluster Lombardia",
    body_class="post-template-default single single-post ast-single-post ast-right-sidebar",
    theme="astra",
    menu=[
        ("Chi siamo", "/chi-siamo/"),
        ("Soci", "/soci/"),
        ("Progetti europei", "/progetti/"),
        ("Eventi", "/eventi/"),
        ("Contatti", "/contatti/"),
    ],
    main=post(h1, meta, content),
    sidebar=widget(
        "Articoli recenti", recent_posts([("/2023/04/euroluce-2023/", "Il cluster a Euroluce 2023", "20 Aprile 2023")])
    ),
    seed=1324,
    head_extra=ld(h1, "2023-05-08T08:00:00+02:00", url, "Lighting Cluster Lombardia"),
)
add(
    "hv-024",
    url,
    html,
    record(
        id="hv-024",
        url=url,
        template="T3",
        lang="it",
        is_event=True,
        title=h1,
        page_title=h1,
        series=None,
        start=bx("2023-05-23", "10:00"),
        end=bx("2023-05-23", "11:30"),
        speakers=[
            sp("Marta Krakowiak", "project manager", "European Lighting Cluster Alliance"),
            sp("Luca Bertoni", "responsabile innovazione", "Cluster Legno Arredo Casa FVG"),
            sp("Chiara Sartori", "ricercatrice", "Politecnico di Milano"),
            sp("Giovanna Rinaldi", "presidente", None),
        ],
        euroclusters=["SILEO"],
        notes="Plausible reconstruction (webinar not verified; Marta Krakowiak of ELCA/SILEO is a name from the corpus). Italian Astra post on a Eurocluster webinar (series null): "
        "'Quando: martedì 23 maggio 2023, ore 10:00 – 11:30' with no zone label (+02:00, tz_label null); title = heading; list 'Name – ruolo, Org' (no Eurocluster on the lines, "
        "SILEO only in prose, so speaker eurocluster null); moderator 'la nostra presidente, Name' (role, organisation null); 'entro il 22 maggio' and post date not the event; "
        "Google Forms link not an asset.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-025 (es, non-event)
url = "https://www.aeitextils.com/es/2024/02/resueltas-las-ayudas-de-la-segunda-convocatoria-x-build-eu/"
h1 = "Resueltas las ayudas de la segunda convocatoria X-BUILD EU"
content = (
    "<p>El Eurocluster X-BUILD EU, coordinado por AEI Tèxtils, ha resuelto su segunda convocatoria de ayudas para pymes de los sectores textil y de la construcción. "
    "Un total de 38 empresas de nueve países recibirán hasta 60.000 euros cada una para proyectos de innovación, internacionalización y formación.</p>\n"
    "<p>La convocatoria estuvo abierta del 2 de octubre al 15 de diciembre de 2023 y recibió 146 solicitudes. Las empresas beneficiarias firmarán los acuerdos antes del 15 de marzo de 2024.</p>\n"
    "<p>«Es la mejor prueba de que la colaboración entre textil y construcción tiene futuro», ha señalado Josep Casamada, director técnico de AEI Tèxtils.</p>\n"
    '<p>Consulta la <a href="/wp-content/uploads/2024/02/xbuild-eu-resolucion-2a-convocatoria.pdf">resolución completa</a>.</p>'
)
meta = '<span class="posted-on"><time datetime="2024-02-12T09:30:00+01:00">12 febrero, 2024</time></span>'
html = wp_page(
    lang="es-ES",
    site="AEI Tèxtils",
    site_url="https://www.aeitextils.com",
    doc_title=f"{h1} – AEI Tèxtils",
    body_class="post-template-default single single-post kadence-theme",
    theme="kadence",
    menu=[
        ("Quiénes somos", "/es/quienes-somos/"),
        ("Proyectos", "/es/proyectos/"),
        ("Noticias", "/es/noticias/"),
        ("Contacto", "/es/contacto/"),
    ],
    main=post(h1, meta, content),
    seed=1325,
    head_extra=ld(h1, "2024-02-12T09:30:00+01:00", url, "AEI Tèxtils"),
)
add(
    "hv-025",
    url,
    html,
    record(
        id="hv-025",
        url=url,
        template="T3",
        lang="es",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["xBUILD-EU"],
        notes="NOT an event: Spanish Kadence post on call results (plausible reconstruction); call period, signature deadline, a quoted person and a PDF (not listed, non-event); "
        "'X-BUILD EU' maps to xBUILD-EU.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-026 (pt)
url = "https://healthportugal.com/2024/10/01/health-cluster-portugal-no-c2lab-em-estrasburgo/"
h1 = "Health Cluster Portugal no C2Lab em Estrasburgo"
content = (
    "<p>Nos dias 25 e 26 de setembro de 2024, o Health Cluster Portugal participou no Cluster Collaboration Lab (C2Lab) organizado pela European Cluster Collaboration Platform em Estrasburgo, França.</p>\n"
    "<p>Durante dois dias, cerca de 30 organizações de clusters de 15 países trabalharam em equipas para transformar desafios comuns em ideias de projetos europeus. "
    "O laboratório foi dinamizado por Ines Moreau e Dirk Vandenberghe, da ECCP, e acolhido pelo cluster BioValley France.</p>\n"
    "<p>A nossa gestora de projetos internacionais, Rita Carvalho, apresentou o desafio do cluster sobre a integração de dados de saúde na prevenção e formou equipa com parceiros "
    "de Espanha, da Bélgica e da Estónia. O grupo vai preparar uma candidatura conjunta até ao final do ano.</p>\n"
    '<p>Saiba mais sobre as atividades internacionais do cluster na nossa página de <a href="/projetos/">projetos</a>.</p>'
)
meta = '<ul class="meta ospm-default clr"><li class="meta-date"><i class="icon-clock"></i>1 Outubro, 2024</li><li class="meta-cat"><a href="/categoria/noticias/">Notícias</a></li></ul>'
html = wp_page(
    lang="pt-PT",
    site="Health Cluster Portugal",
    site_url="https://healthportugal.com",
    doc_title=f"{h1} – Health Cluster Portugal",
    body_class="post-template-default single single-post oceanwp-theme dropdown-mobile default-breakpoint",
    theme="oceanwp",
    menu=[
        ("Sobre", "/sobre/"),
        ("Associados", "/associados/"),
        ("Projetos", "/projetos/"),
        ("Notícias", "/noticias/"),
        ("Contactos", "/contactos/"),
    ],
    main=post(h1, meta, content),
    sidebar=widget(
        "Notícias recentes",
        recent_posts(
            [
                (
                    "/2024/09/12/health-cluster-portugal-summit-2024/",
                    "Health Cluster Portugal Summit 2024",
                    "12 Setembro, 2024",
                )
            ]
        ),
    ),
    seed=1326,
    head_extra=ld(h1, "2024-10-01T11:00:00+01:00", url, "Health Cluster Portugal"),
)
add(
    "hv-026",
    url,
    html,
    record(
        id="hv-026",
        url=url,
        template="T3",
        lang="pt",
        is_event=True,
        title=h1,
        page_title=h1,
        series="C2Lab",
        start="2024-09-25",
        end="2024-09-26",
        speakers=[
            sp("Ines Moreau", None, "ECCP"),
            sp("Dirk Vandenberghe", None, "ECCP"),
            sp("Rita Carvalho", "gestora de projetos internacionais", None),
        ],
        notes="Portuguese OceanWP report on the real C2Lab Strasbourg of hv-005 (people reconstructed, consistent with hv-005). 'Nos dias 25 e 26 de setembro de 2024' (dates only); "
        "title = heading; facilitators 'dinamizado por Name e Name, da ECCP' (role null); 'A nossa role, Name, apresentou' (role, organisation null); post date and recent post "
        "not the event.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-027 (non-event)
url = "https://www.flandersfoodcluster.be/en/jobs/eu-project-manager/"
h1 = "We are hiring: EU Project Manager (m/f/x)"
content = (
    "<p>Are you enthusiastic about European projects and the food industry? Our team is looking for an EU Project Manager to coordinate our participation in Euroclusters, "
    "Interreg and Horizon Europe projects.</p>\n"
    "<h3>What you will do</h3>\n<ul>\n<li>Manage work packages and budgets of three European projects;</li>\n<li>Represent the cluster at partner meetings, Clusters meet Regions workshops and other events;</li>\n"
    "<li>Support member companies in applying for open calls.</li>\n</ul>\n"
    "<h3>What we offer</h3>\n<p>A full-time contract, starting on 1 September 2024, in our office in Ghent with two days of home working per week.</p>\n"
    "<p>Send your CV and motivation letter to jobs@flandersfoodcluster.be by 30 June 2024, 23:59. Interviews will take place in the week of 8 July.</p>"
)
main = f'<div class="et_pb_section"><div class="et_pb_row"><div class="et_pb_column"><h1 class="et_pb_module_header">{h1}</h1>\n<div class="et_pb_text_inner">\n{content}\n</div></div></div></div>'
html = wp_page(
    lang="en-US",
    site="Flanders Food Cluster",
    site_url="https://www.flandersfoodcluster.be",
    doc_title=f"{h1} | Flanders Food Cluster",
    body_class="page-template-default page et_pb_pagebuilder_layout et_divi_theme",
    theme="Divi",
    menu=[("About", "/en/about/"), ("Members", "/en/members/"), ("Projects", "/en/projects/"), ("Jobs", "/en/jobs/")],
    main=main,
    seed=1327,
)
add(
    "hv-027",
    url,
    html,
    record(
        id="hv-027",
        url=url,
        template="T3",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: Divi job vacancy page (plausible reconstruction) with a start date, an application deadline with time, an interview week; 'Clusters meet Regions' named generically.",
    ),
)

# ---------------------------------------------------------------------------------------------------------- hv-028
url = "https://www.ictcluster.md/en/news/takeaways-from-clusters-meet-regions-in-chisinau/"
h1 = "Takeaways from Clusters meet Regions in Chișinău"
content = (
    "<p>On 24–25 October 2024, Chișinău hosted the first Clusters meet Regions workshop held in Moldova. Under the theme “Clusters for resilient value chains: connecting Moldova to "
    "the EU Single Market”, more than 110 participants from 19 countries met at the Technical University of Moldova.</p>\n"
    "<p>The workshop was opened by Ion Cebotari, Director General of the Organisation for the Development of Entrepreneurship (ODA), and by Ana Rodrigues, Policy Officer at DG GROW, "
    "European Commission. Both underlined how much Moldovan SMEs can gain from European partnerships.</p>\n"
    "<p>Our cluster manager, Elena Munteanu, presented the Moldovan ICT ecosystem and the results of our first joint projects with Romanian and Polish clusters. "
    "Pavel Kubíček from the Czech National Cluster Association spoke about how national cluster associations can support young clusters.</p>\n"
    "<p>On the second day, participants visited tech companies and the wine cluster, and held more than 150 B2B meetings.</p>\n"
    "<p>Thank you to the ECCP team and to all our guests – see you in Charleroi on 27–28 November!</p>"
)
meta = '<span class="posted-on"><time class="entry-date published" datetime="2024-10-29T14:00:00+02:00">October 29, 2024</time></span>'
html = wp_page(
    lang="en-US",
    site="Moldova ICT Cluster",
    site_url="https://www.ictcluster.md",
    doc_title=f"{h1} – Moldova ICT Cluster",
    body_class="post-template-default single single-post right-sidebar generate-columns-activated",
    theme="generatepress",
    menu=[("About", "/en/about/"), ("Members", "/en/members/"), ("News", "/en/news/"), ("Contact", "/en/contact/")],
    main=post(h1, meta, content),
    seed=1328,
    head_extra=ld(h1, "2024-10-29T14:00:00+02:00", url, "Moldova ICT Cluster"),
)
add(
    "hv-028",
    url,
    html,
    record(
        id="hv-028",
        url=url,
        template="T3",
        lang="en",
        is_event=True,
        title="Clusters for resilient value chains: connecting Moldova to the EU Single Market",
        page_title=h1,
        series="Clusters meet Regions",
        start="2024-10-24",
        end="2024-10-25",
        speakers=[
            sp("Ion Cebotari", "Director General", "Organisation for the Development of Entrepreneurship (ODA)"),
            sp("Ana Rodrigues", "Policy Officer", "DG GROW, European Commission"),
            sp("Elena Munteanu", "cluster manager", None),
            sp("Pavel Kubíček", None, "Czech National Cluster Association"),
        ],
        notes="GeneratePress report of a Moldovan cluster on the real Chișinău edition of hv-013 (title as there; people reconstructed). 'On 24–25 October 2024' (en dash, dates only); "
        "quoted workshop title is the title; openers 'Name, Role of Org' / 'Name, Role at DG GROW, European Commission'; 'Our cluster manager, Name' (role, organisation null); "
        "'Name from Org spoke' (role null); Charleroi '27–28 November' and the post date not the event.",
    ),
)
