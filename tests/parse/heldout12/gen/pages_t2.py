"""T2 — nca.cz (Modus) news pages (hw-012 … hw-020): six English, three Czech with Czech chrome. Written new for heldout12."""

from __future__ import annotations

from common import asset, bx, page_adder, prague_created, record, sp, t2_files, t2_latest, t2_page

PAGES: list[dict] = []
add = page_adder(PAGES)
N = "https://www.nca.cz"

LATEST = [
    (
        "01.02.2023",
        "/news/health-in-europe-where-does-our-ecosystem-stand-invitation-for-eu-cluster-talks-08-february-2023",
        "Health in Europe: Where does our ecosystem stand? Invitation for EU Cluster Talks 08 February 2023",
    ),
    (
        "15.03.2023",
        "/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023",
        "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023",
    ),
    (
        "14.02.2024",
        "/news/support-programmes-and-funding-schemes-cluster-policies-in-the-eu-eu-clusters-talk-21-february-2024",
        "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024",
    ),
    (
        "17.04.2024",
        "/news/innovation-through-integration-how-to-create-and-engage-a-meta-cluster-eu-cluster-talk-24-april-2024",
        "Innovation through integration: How to create and engage a meta-cluster, EU Cluster Talk, 24 APRIL 2024",
    ),
    (
        "25.09.2024",
        "/news/the-future-of-european-competitiveness-role-of-clusters-eu-cluster-talks-2-october-2024",
        "The future of European competitiveness: Role of Clusters, EU Cluster Talks - 2. October 2024",
    ),
    (
        "20.03.2025",
        "/news/from-policy-to-practice-the-clean-industrial-deal-in-action",
        "From Policy to Practice: The Clean Industrial Deal in Action",
    ),
]


def latest(*skip_idx):
    return t2_latest([x for i, x in enumerate(LATEST) if i not in skip_idx][:4])


def article(h1, stamp, body, files_html="", img="/files/thumbs/abc.jpg"):
    return (
        '<article class="news-detail">\n'
        f'  <h1 class="news-detail__title">{h1}</h1>\n'
        f'  <div class="news-detail__date"><img src="/assets/img/icons/clock.svg" alt="Clock icon" width="14" height="14">{stamp}</div>\n'
        f'  <div class="news-detail__image"><img src="{img}" alt="" width="770" height="400" loading="lazy"></div>\n'
        f'  <div class="news-detail__content wysiwyg">\n{body}\n  </div>\n{files_html}</article>\n'
    )


def czech(html: str) -> str:
    """Czech front-end of the same Modus site."""
    rep = [
        ('<html lang="en"', '<html lang="cs"'),
        (">Latest news<", ">Nejnovější aktuality<"),
        ("Back to news", "Zpět na aktuality"),
        (">All news<", ">Všechny aktuality<"),
        ('href="/en">Home</a>', 'href="/">Úvod</a>'),
        (">About us<", ">O nás<"),
        (">Members<", ">Členové<"),
        (">Services<", ">Služby<"),
        (">News<", ">Aktuality<"),
        (">Events<", ">Akce<"),
        (">Contact<", ">Kontakt<"),
        (">Contact us<", ">Kontaktujte nás<"),
        ('placeholder="Search"', 'placeholder="Hledat"'),
        (">Newsletter<", ">Zpravodaj<"),
        (
            "News from Czech clusters and from European cluster policy, about once a month.",
            "Novinky z českých klastrů a evropské klastrové politiky zhruba jednou měsíčně.",
        ),
        ('placeholder="Your e-mail"', 'placeholder="Váš e-mail"'),
        (">Subscribe<", ">Odebírat<"),
        ('class="is-active">EN</a>', ">EN</a>"),
        ('hreflang="cs">CZ</a>', 'hreflang="cs" class="is-active">CZ</a>'),
        (
            "The National Cluster Association brings together cluster organisations from across the Czech Republic and represents them at home and in Europe.",
            "Národní klastrová asociace sdružuje klastrové organizace z celé České republiky a zastupuje je doma i v Evropě.",
        ),
        (">Quick links<", ">Rychlé odkazy<"),
        (">Follow us<", ">Sledujte nás<"),
        (">Privacy<", ">Ochrana osobních údajů<"),
        (
            "This website uses cookies for analytics. You can allow them or keep only the ones the site needs to work.",
            "Tento web používá soubory cookie pro analytiku. Můžete je povolit, nebo ponechat jen nezbytné.",
        ),
        (">Allow all<", ">Povolit vše<"),
        (">Necessary only<", ">Jen nezbytné<"),
        ('"lang":"en"', '"lang":"cs"'),
        ('href="/en/news/"', 'href="/aktuality/"'),
    ]
    for a, b in rep:
        html = html.replace(a, b)
    return html


def files(title, rows):
    return t2_files(title, [(h, t, c) for h, t, c in rows])


# ---------------------------------------------------------------- hw-012 Health in Europe, 8 February 2023
h1 = "Health in Europe: Where does our ecosystem stand? Invitation for EU Cluster Talks 08 February 2023"
u = f"{N}/news/health-in-europe-where-does-our-ecosystem-stand-invitation-for-eu-cluster-talks-08-february-2023"
body = (
    "<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, invites you to the EU Clusters Talk “Health in Europe: "
    "Where does our ecosystem stand?” on 8 February 2023, 8:30 – 9:45 CET.</p>\n"
    "<p>The health ecosystem was one of the most tested during the pandemic. The Talk will present the state of play of the transition pathway for the "
    "health ecosystem, the European Health Data Space proposal of May 2022 and how health clusters are preparing their members.</p>\n"
    "<p>Speakers:<br>\n- Bettina Rausch, Policy Officer, DG GROW, European Commission;<br>\n- Ioana Munteanu, Cluster Manager, Transylvania Lifesciences;<br>\n"
    "- Pekka Lehtonen, CEO, Health Capital Helsinki;<br>\n- Anna Zielińska, Medicalis Cluster, DESIRE Eurocluster.</p>\n"
    "<p>Registration: https://clustercollaboration.eu/content/eu-clusters-talks-health-europe</p>"
)
fh = files(
    "Presentations",
    [
        (
            "/files/eu-clusters-talk-health-8-2-2023-presentations.pdf",
            "Presentations - EU Clusters Talk Health, 8 February 2023",
            "22/02/2023 13:05:41",
        )
    ],
)
html = t2_page(article=article(h1, "01.02.2023", body, fh), latest=latest(0), breadcrumb_current=h1, seed=2212)
add(
    "hw-012",
    u,
    html,
    record(
        id="hw-012",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title="Health in Europe: Where does our ecosystem stand?",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-02-08", "08:30"),
        end=bx("2023-02-08", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Bettina Rausch", "Policy Officer", "DG GROW, European Commission"),
            sp("Ioana Munteanu", "Cluster Manager", "Transylvania Lifesciences"),
            sp("Pekka Lehtonen", "CEO", "Health Capital Helsinki"),
            sp("Anna Zielińska", None, "Medicalis Cluster", "DESIRE"),
        ],
        euroclusters=["DESIRE"],
        assets=[
            asset(
                "Presentations - EU Clusters Talk Health, 8 February 2023",
                "https://www.nca.cz/files/eu-clusters-talk-health-8-2-2023-presentations.pdf",
                prague_created("22/02/2023 13:05:41"),
            )
        ],
        notes="Real nca.cz heading and date (01.02.2023, from the nca.cz sidebar); speakers reconstructed. Heading with zero-padded '08 February 2023'; 'Speakers:' then '- ' lines in one <br> paragraph with ';' endings and a final '.'; 'Name, Org, X Eurocluster' without role; 'May 2022' not a date; registration URL as plain text; Clock icon 01.02.2023; Created 22/02/2023 (+01:00).",
    ),
)

# ---------------------------------------------------------------- hw-013 Crossing Borders, 22 March 2023 (typo heading)
h1 = "Crossing Borders: Instrumets of Interregional Collaboration, invitation for EU Cluster Talks, 22 March 2023"
u = f"{N}/news/crossing-borders-instrumets-of-interregional-collaboration-invitation-for-eu-cluster-talks-22-march-2023"
body = (
    "<p>The European Cluster Collaboration Platform organises the EU Clusters Talk “Crossing Borders: Instruments of Interregional Collaboration” on "
    "22 March 2023, 8:30 – 9:45 CET.</p>\n"
    "<p>Interregional cooperation is one of the oldest tasks of cluster organisations. Interreg, the Interregional Innovation Investments (I3) instrument and "
    "the Smart Specialisation Partnerships all support it – but how do clusters choose between them?</p>\n"
    "<p>Speakers will include:</p>\n"
    "<p>Fernando Álvarez Ruiz, Policy Analyst, DG REGIO, European Commission.</p>\n"
    "<p>Sophie Mertens, Programme Officer, Interreg North-West Europe.</p>\n"
    "<p>Petr Novotný, Executive Director, National Cluster Association of the Czech Republic.</p>\n"
    "<p>Małgorzata Sobczak, Head of International Projects, Silesian Aviation Cluster.</p>\n"
    "<p>More information and registration on the ECCP website.</p>"
)
fh = files(
    "Recording and slides",
    [
        ("/files/crossing-borders-slides-dg-regio.pdf", "Slides - DG REGIO", "29/03/2023 09:14:02"),
        ("/files/crossing-borders-slides-interreg-nwe.pdf", "Slides - Interreg NWE", "29/03/2023 09:14:40"),
    ],
)
html = t2_page(article=article(h1, "15.03.2023", body, fh), latest=latest(1), breadcrumb_current=h1, seed=2213)
add(
    "hw-013",
    u,
    html,
    record(
        id="hw-013",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title="Crossing Borders: Instruments of Interregional Collaboration",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2023-03-22", "08:30"),
        end=bx("2023-03-22", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Fernando Álvarez Ruiz", "Policy Analyst", "DG REGIO, European Commission"),
            sp("Sophie Mertens", "Programme Officer", "Interreg North-West Europe"),
            sp("Petr Novotný", "Executive Director", "National Cluster Association of the Czech Republic"),
            sp("Małgorzata Sobczak", "Head of International Projects", "Silesian Aviation Cluster"),
        ],
        assets=[
            asset(
                "Slides - DG REGIO",
                "https://www.nca.cz/files/crossing-borders-slides-dg-regio.pdf",
                prague_created("29/03/2023 09:14:02"),
            ),
            asset(
                "Slides - Interreg NWE",
                "https://www.nca.cz/files/crossing-borders-slides-interreg-nwe.pdf",
                prague_created("29/03/2023 09:14:40"),
            ),
        ],
        notes="Real nca.cz heading with its typo 'Instrumets' (15.03.2023, from the nca.cz sidebar); the quoted title is spelled correctly; speakers reconstructed. 22 March 2023 is before the 26 March switch (+01:00); one <p> per speaker ending '.'; two attachments Created 29/03/2023, after the switch (+02:00).",
    ),
)

# ---------------------------------------------------------------- hw-014 Support programmes, 21 February 2024 (recap with recording)
h1 = "Support programmes and funding schemes: Cluster policies in the EU - EU Clusters Talk, 21 February 2024"
u = f"{N}/news/support-programmes-and-funding-schemes-cluster-policies-in-the-eu-eu-clusters-talk-21-february-2024"
body = (
    "<p>What support do clusters get from their national and regional governments? Join the EU Clusters Talk “Support programmes and funding schemes: "
    "Cluster policies in the EU” on Wednesday 21 February 2024 from 10:00 to 11:30 CET.</p>\n"
    "<p>The ECCP will present its 2023 mapping of cluster policies in the EU Member States, followed by examples from Finland and Slovenia. Petr Novotný "
    "(NCA) will comment on the Czech situation in the discussion.</p>\n"
    "<ul>\n<li>Lotte Verhaegen – Policy Officer – DG GROW, European Commission</li>\n<li>Matthias Brenner – Senior Expert – ECCP</li>\n"
    "<li>Sanna Kettunen – Ministry of Economic Affairs and Employment of Finland</li>\n<li>Urška Pintar – Head of Division – Slovenian Ministry of the Economy, Tourism and Sport</li>\n</ul>\n"
    "<p>Registration is open until 20 February.</p>"
)
html = t2_page(article=article(h1, "14.02.2024", body), latest=latest(2), breadcrumb_current=h1, seed=2214)
add(
    "hw-014",
    u,
    html,
    record(
        id="hw-014",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title="Support programmes and funding schemes: Cluster policies in the EU",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-02-21", "10:00"),
        end=bx("2024-02-21", "11:30"),
        tz_label="CET",
        speakers=[
            sp("Lotte Verhaegen", "Policy Officer", "DG GROW, European Commission"),
            sp("Matthias Brenner", "Senior Expert", "ECCP"),
            sp("Sanna Kettunen", None, "Ministry of Economic Affairs and Employment of Finland"),
            sp("Urška Pintar", "Head of Division", "Slovenian Ministry of the Economy, Tourism and Sport"),
            sp("Petr Novotný", None, "NCA"),
        ],
        notes="Real nca.cz heading and date (14.02.2024) for the Talk of hw-003; speakers reconstructed. 'Wednesday 21 February 2024 from 10:00 to 11:30 CET' (+01:00); <ul> 'Name – Role – Org' (en dashes) with one line without role; a discussant 'Name (NCA)' named in prose before the list is a speaker (role null); 'until 20 February' not the event; no attachments.",
    ),
)

# ---------------------------------------------------------------- hw-015 The future of European competitiveness, 2 October 2024
h1 = "The future of European competitiveness: Role of Clusters, EU Cluster Talks - 2. October 2024"
u = f"{N}/news/the-future-of-european-competitiveness-role-of-clusters-eu-cluster-talks-2-october-2024"
body = (
    "<p>On 2 October 2024, 8:30 – 9:45 CET, the European Cluster Collaboration Platform organises the EU Clusters Talk “The future of European "
    "competitiveness: Role of Clusters”.</p>\n"
    "<p>The report on the future of European competitiveness, presented in September 2024, calls for a new industrial strategy focused on innovation, "
    "decarbonisation and security. What does it mean for clusters and their SMEs?</p>\n"
    "<p>Speakers:</p>\n<ul>\n<li>Dr. Lukas Wagner, Economist, Chief Economist Team, DG GROW, European Commission;</li>\n"
    "<li>Marta Oliveira, Director General, COTEC Portugal;</li>\n<li>Jakub Horák, Vice-President of the Board, National Cluster Association of the Czech Republic;</li>\n"
    "<li>Elena Rossi, Secretary General, European Cluster Alliance.</li>\n</ul>\n"
    "<p>The Talk is free of charge; registration is needed.</p>"
)
fh = files(
    "Documents",
    [
        ("/files/talk-2-10-2024-agenda.pdf", "Agenda EU Clusters Talk 2 October 2024", "25/09/2024 11:48:20"),
        ("/files/talk-2-10-2024-summary.pdf", "Summary EU Clusters Talk 2 October 2024", "04/11/2024 08:02:57"),
    ],
)
html = t2_page(article=article(h1, "25.09.2024", body, fh), latest=latest(4), breadcrumb_current=h1, seed=2215)
add(
    "hw-015",
    u,
    html,
    record(
        id="hw-015",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title="The future of European competitiveness: Role of Clusters",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-10-02", "08:30"),
        end=bx("2024-10-02", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Lukas Wagner", "Economist, Chief Economist Team", "DG GROW, European Commission"),
            sp("Marta Oliveira", "Director General", "COTEC Portugal"),
            sp("Jakub Horák", "Vice-President of the Board", "National Cluster Association of the Czech Republic"),
            sp("Elena Rossi", "Secretary General", "European Cluster Alliance"),
        ],
        assets=[
            asset(
                "Agenda EU Clusters Talk 2 October 2024",
                "https://www.nca.cz/files/talk-2-10-2024-agenda.pdf",
                prague_created("25/09/2024 11:48:20"),
            ),
            asset(
                "Summary EU Clusters Talk 2 October 2024",
                "https://www.nca.cz/files/talk-2-10-2024-summary.pdf",
                prague_created("04/11/2024 08:02:57"),
            ),
        ],
        notes="Real nca.cz heading (25.09.2024) with '2. October 2024'; speakers reconstructed. 'CET' on 2 October (+02:00); 'Dr.' stripped; role with a comma ('Economist, Chief Economist Team'); 'September 2024' not a date; Created 25/09/2024 (+02:00) and 04/11/2024 (after the 27 October switch, +01:00).",
    ),
)

# ---------------------------------------------------------------- hw-016 We went to Katowice (report, 15.11.2022)
h1 = "We went to Katowice to attend the Clusters Meet Regions"
u = f"{N}/news/we-went-to-katowice-to-attend-the-clusters-meet-regions"
body = (
    "<p>Our colleagues travelled to Katowice for the Clusters meet Regions workshop “Clusters for the energy transition of industrial regions”, held on 8 and 9 November\n"
    "2022 at the International Congress Centre.</p>\n"
    "<p>The Silesian Voivodeship presented its plans for coal-region transition and the role that clusters play in retraining workers. NCA’s project manager "
    "Tereza Marešová presented the Czech experience with the cluster excellence label during the session on cluster support programmes, and the panel on "
    "hydrogen valleys was moderated by Bartosz Nowicki, Director of the Silesian Cluster of Hydrogen Technologies.</p>\n"
    "<p>The visit to the Katowice Special Economic Zone and the networking dinner were a good opportunity to prepare joint projects with Polish partners.</p>\n"
    "<p>We thank the organisers and look forward to the next edition!</p>"
)
html = t2_page(article=article(h1, "15.11.2022", body), latest=latest(), breadcrumb_current=h1, seed=2216)
add(
    "hw-016",
    u,
    html,
    record(
        id="hw-016",
        url=u,
        template="T2",
        lang="en",
        is_event=True,
        title="Clusters for the energy transition of industrial regions",
        page_title=h1,
        series="Clusters meet Regions",
        start="2022-11-08",
        end="2022-11-09",
        speakers=[
            sp("Tereza Marešová", "project manager", "NCA"),
            sp("Bartosz Nowicki", "Director", "Silesian Cluster of Hydrogen Technologies"),
        ],
        notes="Real nca.cz heading and date (15.11.2022, from the nca.cz sidebar); the Katowice dates 8-9 November 2022, the workshop title and people are reconstructions. Report 'held on 8 and 9 November 2022' with a line break between month and year (dates only); quoted workshop title is the title; 'NCA’s project manager Name presented' (role as written, organisation NCA from the possessive); 'moderated by Name, Role of Org'; Clock icon stamp not the event.",
    ),
)

# ---------------------------------------------------------------- hw-017 NOT event: NCA open call with info webinar
h1 = "Cluster Excellence Label 2025: call for Czech cluster organisations"
u = f"{N}/news/cluster-excellence-label-2025-call-for-czech-cluster-organisations"
body = (
    "<p>The National Cluster Association opens the 2025 round of the national cluster excellence assessment. Cluster organisations that want to apply for the "
    "Bronze or Silver Label of the European Secretariat for Cluster Analysis can apply with NCA’s support.</p>\n"
    "<p>Applications are accepted until 30 April 2025. An information webinar for applicants will take place on 27 March 2025 at 10:00 CET.</p>\n"
    '<p>All conditions are described in the <a href="/files/cluster-excellence-2025-conditions.pdf">conditions of the call</a>. Contact: Tereza Marešová, NCA.</p>'
)
html = t2_page(article=article(h1, "10.03.2025", body), latest=latest(), breadcrumb_current=h1, seed=2217)
add(
    "hw-017",
    u,
    html,
    record(
        id="hw-017",
        url=u,
        template="T2",
        lang="en",
        is_event=False,
        title=h1,
        page_title=h1,
        notes="NOT an event: an nca.cz open call (plausible reconstruction) with an information webinar (date, time, CET), a deadline, a contact person and a PDF (not listed, non-event).",
    ),
)

# ---------------------------------------------------------------- hw-018 cs: Innovation through integration, 24. dubna 2024
h1 = "Pozvánka na EU Clusters Talk: Inovace skrze integraci – jak vytvořit metaklastr, 24. dubna 2024"
u = f"{N}/aktuality/pozvanka-na-eu-clusters-talk-inovace-skrze-integraci-24-dubna-2024"
body = (
    "<p>Evropská platforma pro klastrovou spolupráci (ECCP) vás jménem Evropské komise zve na online diskusi EU Clusters Talk „Innovation through integration: "
    "How to create and engage a meta-cluster“, která se uskuteční ve středu 24. dubna 2024 od 8:30 do 9:45 CET.</p>\n"
    "<p>Metaklastry propojují klastrové organizace z různých regionů a odvětví. Řečníci představí, jak metaklastr založit, řídit a financovat.</p>\n"
    "<p>Vystoupí:</p>\n<ul>\n<li>Katrin Lindqvist, zástupkyně vedoucí oddělení, EISMEA;</li>\n"
    "<li>Paolo Ferrante, koordinátor, Lombardy Intelligent Factory Association;</li>\n<li>Mirela Dobrescu, prezidentka, Romanian Cluster Association;</li>\n"
    "<li>Anders Holm, Cluster Excellence Denmark, Eurocluster METASTARS.</li>\n</ul>\n"
    "<p>Diskusi moderuje Jorge Saldaña (ECCP).</p>\n<p>Registrace je otevřena do 23. dubna.</p>"
)
fh = files(
    "Přílohy",
    [
        (
            "/files/pozvanka-eu-clusters-talk-24-4-2024.pdf",
            "Pozvánka EU Clusters Talk 24. 4. 2024",
            "17/04/2024 14:31:09",
        )
    ],
)
html = czech(
    t2_page(
        article=article(h1, "17.04.2024", body, fh),
        latest=t2_latest(
            [
                (
                    "14.02.2024",
                    "/aktuality/podpurne-programy-a-financovani-klastru-v-eu",
                    "Podpůrné programy a financování klastrů v EU",
                ),
                ("05.03.2024", "/aktuality/valna-hromada-nca-2024", "Valná hromada NCA 2024"),
            ]
        ),
        breadcrumb_current=h1,
        seed=2218,
        lang="cs",
        section=("Aktuality", "/aktuality/"),
    )
)
add(
    "hw-018",
    u,
    html,
    record(
        id="hw-018",
        url=u,
        template="T2",
        lang="cs",
        is_event=True,
        title="Innovation through integration: How to create and engage a meta-cluster",
        page_title=h1,
        series="EU Clusters Talks",
        start=bx("2024-04-24", "08:30"),
        end=bx("2024-04-24", "09:45"),
        tz_label="CET",
        speakers=[
            sp("Katrin Lindqvist", "zástupkyně vedoucí oddělení", "EISMEA"),
            sp("Paolo Ferrante", "koordinátor", "Lombardy Intelligent Factory Association"),
            sp("Mirela Dobrescu", "prezidentka", "Romanian Cluster Association"),
            sp("Anders Holm", None, "Cluster Excellence Denmark", "METASTARS"),
            sp("Jorge Saldaña", None, "ECCP"),
        ],
        euroclusters=["METASTARS"],
        assets=[
            asset(
                "Pozvánka EU Clusters Talk 24. 4. 2024",
                "https://www.nca.cz/files/pozvanka-eu-clusters-talk-24-4-2024.pdf",
                prague_created("17/04/2024 14:31:09"),
            )
        ],
        notes="Czech nca.cz copy of the real Talk of hw-002 (speakers reconstructed). Czech chrome; English title in „…“ differs from the Czech heading; 've středu 24. dubna 2024 od 8:30 do 9:45 CET' (+02:00); Czech roles lower case; 'Eurocluster X' after the organisation (role null); 'moderuje Name (ECCP)' (role null); 'do 23. dubna' not the event; Created 17/04/2024 (+02:00).",
    ),
)

# ---------------------------------------------------------------- hw-019 cs: CmR Praha 23.–24. října 2023
h1 = "Clusters meet Regions v Praze, 23.–24. října 2023"
u = f"{N}/aktuality/clusters-meet-regions-v-praze-23-24-rijna-2023"
body = (
    "<p>Národní klastrová asociace spolu s agenturou CzechInvest hostí workshop Evropské platformy pro klastrovou spolupráci Clusters meet Regions. "
    "Workshop se koná v pondělí a úterý 23. a 24. října 2023 v Praze.</p>\n"
    "<p>První den je věnován klastrové politice a českému klastrovému prostředí, druhý den návštěvám dvou klastrů v regionu a B2B jednáním.</p>\n"
    "<p>Program:<br>\n23. 10. 9:30 Zahájení – Jakub Horák, místopředseda představenstva, NCA<br>\n"
    "23. 10. 10:00 Klastrová politika EU – Martin Kraus, DG GROW, Evropská komise<br>\n23. 10. 11:00 Panelová diskuse o dovednostech<br>\n"
    "24. 10. 9:00 Návštěvy klastrů a B2B jednání</p>\n"
    "<p>Účast je zdarma, registrace do 13. října 2023.</p>"
)
html = czech(
    t2_page(
        article=article(h1, "02.10.2023", body),
        latest=t2_latest(
            [
                ("18.09.2023", "/aktuality/klastry-na-msv-brno-2023", "Klastry na MSV Brno 2023"),
                ("01.09.2023", "/aktuality/novy-clen-nca", "Nový člen NCA"),
            ]
        ),
        breadcrumb_current=h1,
        seed=2219,
        lang="cs",
        section=("Aktuality", "/aktuality/"),
    )
)
add(
    "hw-019",
    u,
    html,
    record(
        id="hw-019",
        url=u,
        template="T2",
        lang="cs",
        is_event=True,
        title=h1,
        page_title=h1,
        series="Clusters meet Regions",
        start="2023-10-23",
        end="2023-10-24",
        speakers=[
            sp("Jakub Horák", "místopředseda představenstva", "NCA"),
            sp("Martin Kraus", None, "DG GROW, Evropská komise"),
        ],
        notes="Czech nca.cz copy of the real Prague edition of hw-004 (text and programme reconstructed). No quoted title: title = heading; heading '23.–24. října 2023' and body 'v pondělí a úterý 23. a 24. října 2023' (dates only); programme lines 'DD. MM. HH:MM Label – Name, Role, Org' are speakers, the panel and B2B lines are not; 'Name, DG GROW, Evropská komise' role null; 'do 13. října 2023' and Clock icon not the event.",
    ),
)

# ---------------------------------------------------------------- hw-020 cs NOT event: annual report
h1 = "Výroční zpráva NCA za rok 2023 je k dispozici"
u = f"{N}/aktuality/vyrocni-zprava-nca-za-rok-2023"
body = (
    "<p>Zveřejnili jsme výroční zprávu Národní klastrové asociace za rok 2023. Najdete v ní přehled činnosti, hospodaření a projektů, do kterých se NCA zapojila.</p>\n"
    "<p>Rok 2023 byl pro nás výjimečný: 23. a 24. října jsme v Praze spolu s agenturou CzechInvest hostili workshop Clusters meet Regions, naši členové se zapojili "
    "do projektů Eurocluster GEMSTONE a EU Rural Tourism a uspořádali jsme 14 seminářů pro klastrové manažery.</p>\n"
    '<p><a href="/files/vyrocni-zprava-nca-2023.pdf">Výroční zpráva NCA 2023 (PDF)</a></p>\n<p>Valná hromada NCA se uskuteční 14. května 2024 v Brně.</p>'
)
html = czech(
    t2_page(
        article=article(h1, "30.04.2024", body),
        latest=t2_latest(
            [
                (
                    "17.04.2024",
                    "/aktuality/pozvanka-na-eu-clusters-talk-inovace-skrze-integraci-24-dubna-2024",
                    "Pozvánka na EU Clusters Talk: Inovace skrze integraci – jak vytvořit metaklastr, 24. dubna 2024",
                )
            ]
        ),
        breadcrumb_current=h1,
        seed=2220,
        lang="cs",
        section=("Aktuality", "/aktuality/"),
    )
)
add(
    "hw-020",
    u,
    html,
    record(
        id="hw-020",
        url=u,
        template="T2",
        lang="cs",
        is_event=False,
        title=h1,
        page_title=h1,
        euroclusters=["EU Rural Tourism", "GEMSTONE"],
        notes="NOT an event: Czech news about an annual report (plausible reconstruction); a past workshop date, a general assembly date and a PDF (not listed, non-event); names GEMSTONE and EU Rural Tourism.",
    ),
)
