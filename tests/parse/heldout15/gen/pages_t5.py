"""T5: other CMSs (ht-035 … ht-040). Page bodies written new for heldout15."""

from common import bx, page_adder, record, sp
from shells import generic_page

PAGES: list[dict] = []
add = page_adder(PAGES)

# ht-035 non-event: EISMEA news (ECL)
u = "https://eismea.ec.europa.eu/news/euroclusters-support-over-4000-smes-2024-06-20_en"
h = "Euroclusters support over 4,000 SMEs"
body = (
    f'<header class="ecl-site-header"><a href="https://eismea.ec.europa.eu/">European Innovation Council and SMEs Executive Agency</a></header>\n<main class="ecl-container"><div class="ecl-page-header"><p class="ecl-page-header__meta">News article | 20 June 2024</p><h1 class="ecl-page-header__title">{h}</h1></div>\n'
    '<div class="ecl"><p>By the end of May 2024, the Euroclusters had awarded financial support to over 4,000 SMEs. The projects, funded under the Single Market Programme, run until 2025.</p></div></main>\n'
)
add(
    "ht-035",
    u,
    generic_page(
        lang="en", doc_title=f"{h} - European Commission", body=body, seed=1535, blocks=("ecl", "ecl-page-header")
    ),
    record(
        id="ht-035",
        url=u,
        template="T5",
        lang="en",
        is_event=False,
        title=h,
        page_title=h,
        notes="NOT an event: EISMEA news (plausible reconstruction); a publication date and 'end of May 2024'.",
    ),
)

# ht-036 sk Talk B (hand-made CMS, windows-1250)
u = "https://www.klaster-letectva.sk/aktuality/eu-clusters-talk-vesmir-12-6-2024.html"
h = "EU Clusters Talk o vesmírnom ekosystéme – 12. júna 2024"
T_B = "Space for clusters: Connecting the space ecosystem with regional industries"
body = (
    f'<div id="hlavicka"><a href="/">Slovenský klaster letectva</a></div>\n<div id="obsah"><h2>{h}</h2>\n<p class="datum">Pridané: 4.6.2024</p>\n'
    f"<p>Európska platforma pre spoluprácu klastrov pozýva na online diskusiu „{T_B}“.</p>\n<p><b>Termín:</b> streda 12. júna 2024, 10:00 – 11:30 CET</p>\n"
    "<p>Rečníci:<br>Hélène Marchetti – Policy Officer, GR DEFIS, Európska komisia<br>Jaroslav Kubáň – CEO, Czech Space Industry Cluster<br>Andreas Pichler – Managing Director, Aerospace Cluster Styria (Eurocluster METASTARS)</p></div>\n"
)
add(
    "ht-036",
    u,
    generic_page(
        lang="sk",
        doc_title="Slovenský klaster letectva - aktuality",
        body=body,
        seed=1536,
        charset="windows-1250",
        blocks=("obsah", "menu"),
        meta_charset_style="http-equiv",
    ),
    record(
        id="ht-036",
        url=u,
        template="T5",
        lang="sk",
        is_event=True,
        title=T_B,
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2024-06-12", "10:00"),
        end=bx("2024-06-12", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Hélène Marchetti", "Policy Officer", "GR DEFIS, Európska komisia"),
            sp("Jaroslav Kubáň", "CEO", "Czech Space Industry Cluster"),
            sp("Andreas Pichler", "Managing Director", "Aerospace Cluster Styria", "METASTARS"),
        ],
        euroclusters=["METASTARS"],
        notes="Slovak hand-made CMS in windows-1250 (declared by http-equiv) for Talk B (reconstruction). <h2> heading, <title> differs; 'Termín: … 10:00 – 11:30 CET' in June (+02:00); <br> lines 'Name – Role, Org (Eurocluster X)'; 'Pridané: 4.6.2024' not the event; è in Hélène becomes a numeric reference.",
    ),
    encoding="windows-1250",
)

# ht-037 Webflow: ECC 2024 report (en)
u = "https://www.swedishclusters.se/news/three-lessons-from-the-european-cluster-conference-2024"
h = "Three lessons from the European Cluster Conference 2024"
body = (
    f'<div class="navbar w-nav"><a href="/" class="brand w-nav-brand">Swedish Clusters</a></div>\n<div class="section"><div class="container w-container"><h1 class="heading-xl">{h}</h1><div class="blog-date">May 15, 2024</div>\n'
    '<div class="rich-text w-richtext"><p>On May 7–8, 2024, the European Cluster Conference brought the cluster community to Brussels.</p>\n'
    "<p>Our chair, Johanna Lindberg, spoke in the opening panel together with Ulla Mäkinen, Chair of the European Cluster Alliance.</p>\n"
    "<p>Lesson one: Euroclusters work. Lesson two: regions matter. Lesson three: keep it simple.</p></div></div></div>\n"
)
add(
    "ht-037",
    u,
    generic_page(
        lang="en", doc_title=f"{h} | Swedish Clusters", body=body, seed=1537, blocks=("w-nav", "section", "rich-text")
    ),
    record(
        id="ht-037",
        url=u,
        template="T5",
        lang="en",
        is_event=True,
        title=h,
        page_title=h,
        series="European Cluster Conference",
        start="2024-05-07",
        end="2024-05-08",
        speakers=[sp("Johanna Lindberg", "chair", None), sp("Ulla Mäkinen", "Chair", "European Cluster Alliance")],
        notes="Webflow blog report on the real ECC 2024 (people invented, Ulla Mäkinen as in ht-007). US order 'May 7–8, 2024' (dates only); 'Our chair, Name' (org null); blog date not the event; generic 'Euroclusters' names none.",
    ),
)

# ht-038 pt Joomla: Talk C
u = "https://www.cluster-minerais.pt/index.php/noticias/125-eu-clusters-talk-materias-primas-criticas"
h = "EU Clusters Talk sobre matérias-primas críticas"
T_C = "Critical Raw Materials Act: How clusters can secure strategic supply chains"
body = (
    f'<div class="t3-wrapper"><div class="item-page"><div class="page-header"><h2 itemprop="headline">{h}</h2></div>\n<dl class="article-info"><dd class="published"><time datetime="2023-04-13T10:00:00+01:00">Publicado: 13 abril 2023</time></dd></dl>\n'
    f'<div itemprop="articleBody"><p>No dia 19 de abril de 2023, das 8h30 às 9h45 (hora de Bruxelas), realiza-se o EU Clusters Talk “{T_C}”.</p>\n'
    "<p>O nosso gestor de projeto, Rui Vasconcelos, apresentará o trabalho do Eurocluster GEMSTONE.</p></div></div></div>\n"
)
add(
    "ht-038",
    u,
    generic_page(
        lang="pt-pt",
        doc_title="EU Clusters Talk sobre matérias-primas críticas - Cluster Recursos Minerais",
        body=body,
        seed=1538,
        blocks=("t3", "item-page"),
    ),
    record(
        id="ht-038",
        url=u,
        template="T5",
        lang="pt",
        is_event=True,
        title=T_C,
        page_title=h,
        series="EU Clusters Talks",
        start=bx("2023-04-19", "08:30"),
        end=bx("2023-04-19", "09:45"),
        speakers=[sp("Rui Vasconcelos", "gestor de projeto", None)],
        euroclusters=["GEMSTONE"],
        notes="Portuguese Joomla copy of Talk C (reconstruction). 'das 8h30 às 9h45 (hora de Bruxelas)': 'h' times, zone named in words (tz_label null, +02:00); 'O nosso gestor de projeto, Name' (org null; GEMSTONE in the predicate, eurocluster null); publication date not the event.",
    ),
)

# ht-039 non-event HubSpot blog
u = "https://blog.fooddigital-cluster.eu/sileo-open-call-results"
h = "SILEO open call: results are out"
body = (
    f'<div class="blog-post"><h1 class="blog-post__title">{h}</h1><div class="blog-post__meta">Posted by Marta Nowak · Sep 4, 2023</div>\n'
    '<div class="blog-post__body"><p>Nineteen SMEs from eight countries were selected in the SILEO open call that closed on 30 June 2023. Next steps: contracts in October.</p></div></div>\n'
)
add(
    "ht-039",
    u,
    generic_page(lang="en", doc_title=h, body=body, seed=1539, blocks=("blog-post", "hs")),
    record(
        id="ht-039",
        url=u,
        template="T5",
        lang="en",
        is_event=False,
        title=h,
        page_title=h,
        euroclusters=["SILEO"],
        notes="NOT an event: HubSpot blog post on call results (plausible reconstruction).",
    ),
)

# ht-040 non-event Mailchimp (it)
u = "https://mailchi.mp/clusterchimicaverde/newsletter-marzo-2024"
h = "Newsletter Cluster Chimica Verde – marzo 2024"
body = (
    f'<table class="bodyTable"><tr><td><h1>{h}</h1>\n<p><b>Prossimi eventi</b></p>\n<p>12 giugno 2024, ore 10:00 – EU Clusters Talk sullo spazio<br>18-19 giugno 2024 – Clusters meet Regions, Graz</p>\n'
    "<p>Novità dai progetti: il nostro cluster partecipa al Eurocluster INGENIOUS.</p></td></tr></table>\n"
)
add(
    "ht-040",
    u,
    generic_page(lang="it", doc_title=h, body=body, seed=1540, blocks=("mc", "bodyTable")),
    record(
        id="ht-040",
        url=u,
        template="T5",
        lang="it",
        is_event=False,
        title=h,
        page_title=h,
        euroclusters=["INGENIOUS"],
        notes="NOT an event: Italian Mailchimp newsletter listing two events (dates, a time).",
    ),
)
