"""T2 — nca.cz ('Modus' CMS) republications, and its 404 page (T5)."""

from common import add, asset, nca_page, sp

LATEST_2023 = [
    (
        "22.11.2023",
        "/news/sustainable-food-systems-cluster-approaches-in-the-bio-based-economy-eu-clusters-talk-15-november-2023",
        "Sustainable food systems: Cluster approaches in the bio-based economy - EU Clusters Talk, 15 November 2023",
    ),
    (
        "10.05.2023",
        "/news/transition-pathway-for-textiles-for-sustainable-and-circular-value-chains-invitation-for-the-eu-clusters-talk-17-may-2023",
        "Transition Pathway for Textiles - Invitation for the EU Clusters Talk, 17 May 2023",
    ),
    (
        "03.03.2023",
        "/news/meet-the-euroclusters-innitiatives-for-the-green-and-digital-transformation-eu-cluster-talk-8-march-2023",
        "Meet the Euroclusters - EU Cluster Talk, 8 March 2023",
    ),
]

# ---------------------------------------------------------------------------------------------------------- hx-005
url = "https://nca.cz/news/mobility-transport-automotive-clusters-on-the-transition-pathway-eu-clusters-talk-1-february-2023"
content = """<p>The European Cluster Collaboration Platform invited the cluster community to the EU Clusters Talk “Mobility-Transport-Automotive: clusters on the transition pathway” on 1 February 2023 from 8:30 to 9:45 CET.</p>
<p>The mobility ecosystem employs around 14 million people in Europe and is going through its deepest change in a century: electrification, connected and automated driving, and new business models. The co-creation of a transition pathway for the ecosystem started in 2022, and clusters are among the stakeholders asked to commit to concrete actions.</p>
<p>Speakers and their presentations:</p>
<p>Rafael Domínguez – Policy Officer – DG GROW, European Commission – <a href="/files/euct-mta-2023-dg-grow.pdf">Download presentation</a></p>
<p>Petra Horáková – Cluster Manager – Moravian Automotive Cluster – <a href="/files/euct-mta-2023-moravian-automotive-cluster.pptx">Download presentation</a></p>
<p>Jens Albrecht – Project Lead – e-mobil BW, E BOOST Eurocluster – <a href="/files/euct-mta-2023-e-boost.pdf">Download presentation</a></p>
<p>Ilaria Greco – Head of International Affairs – Torino Automotive Cluster – Download presentation</p>
<p>NCA members active in the automotive supply chain are welcome to contact us about the next steps of the transition pathway.</p>"""
add(
    "hx-005",
    url,
    "T2",
    "en",
    nca_page(
        heading="Mobility-Transport-Automotive: clusters on the transition pathway – EU Clusters Talk, 1 February 2023",
        content=content,
        files=[
            (
                "/files/euct-mta-2023-summary.pdf",
                "Summary - EU Clusters Talk Mobility-Transport-Automotive",
                "10/02/2023 14:12:09",
            )
        ],
        files_title="Summary",
        latest=LATEST_2023,
    ),
    is_event=True,
    title="Mobility-Transport-Automotive: clusters on the transition pathway",
    page_title="Mobility-Transport-Automotive: clusters on the transition pathway – EU Clusters Talk, 1 February 2023",
    series="EU Clusters Talks",
    start="2023-02-01T08:30:00+01:00",
    end="2023-02-01T09:45:00+01:00",
    tz_label="CET",
    speakers=[
        sp("Rafael Domínguez", "Policy Officer", "DG GROW, European Commission"),
        sp("Petra Horáková", "Cluster Manager", "Moravian Automotive Cluster"),
        sp("Jens Albrecht", "Project Lead", "e-mobil BW", "E-BOOST"),
        sp("Ilaria Greco", "Head of International Affairs", "Torino Automotive Cluster"),
    ],
    euroclusters=["E-BOOST"],
    assets=[
        asset("Download presentation", "https://nca.cz/files/euct-mta-2023-dg-grow.pdf"),
        asset("Download presentation", "https://nca.cz/files/euct-mta-2023-moravian-automotive-cluster.pptx"),
        asset("Download presentation", "https://nca.cz/files/euct-mta-2023-e-boost.pdf"),
        asset(
            "Summary - EU Clusters Talk Mobility-Transport-Automotive",
            "https://nca.cz/files/euct-mta-2023-summary.pdf",
            "2023-02-10T14:12:09+01:00",
        ),
    ],
    notes="Speaker lines 'Name – Role – Organisation – Download presentation' (en dashes), three with the trailing text "
    "linked to a .pdf/.pptx (body assets, created null) and one with the text left unlinked; 'e-mobil BW, E BOOST "
    "Eurocluster' → organisation e-mobil BW, Eurocluster E-BOOST (alias 'E BOOST'). One nca.cz attachment with a "
    "winter Created stamp (+01:00). 'from 8:30 to 9:45 CET'.",
    what="'Name – Role – Org – Download presentation' lines (linked .pdf/.pptx = assets); alias 'E BOOST'; Created stamp.",
)

# ---------------------------------------------------------------------------------------------------------- hx-006
url = "https://www.nca.cz/news/proximity-and-social-economy-clusters-for-inclusive-growth-eu-clusters-talk-20-september-2023"
content = """<p>The European Cluster Collaboration Platform, on behalf of the European Commission, DG GROW, organises the EU Clusters Talk “Proximity and social economy: clusters for inclusive growth” on 20 September 2023, 8:30 – 9:45CET.</p>
<p>Around 2.8 million social economy entities employ 13.6 million people in Europe. The transition pathway for the proximity and social economy ecosystem, published in November 2022, asks clusters to connect social enterprises with mainstream value chains and with public buyers.</p>
<p>Speakers:</p>
<p>Ing. Jiří Dvořák, Chairman, Czech Social Economy Cluster;</p>
<p>Chiara Ferretti, Project Manager, Fondazione Giacomo Brodolini, SocialTech4EU Eurocluster;</p>
<p>Mag. Thomas Gruber, Head of Social Innovation, Austrian Institute for SME Research;</p>
<p>Ing. Zdeňka Růžičková, Director, Regional Development Agency of the Ústí Region.</p>
<p>The Talk is open to everyone; the connection link is sent after registration on the ECCP website.</p>"""
add(
    "hx-006",
    url,
    "T2",
    "en",
    nca_page(
        heading="Proximity and social economy: clusters for inclusive growth – EU Clusters Talk, 20 September 2023",
        content=content,
        charset_meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">',
        files=[
            (
                "/files/euct-20-09-2023-presentations.pdf",
                "Presentations - EU Clusters Talk 20 September 2023",
                "28/10/2023 09:14:55",
            ),
            (
                "/files/euct-20-09-2023-summary.pdf",
                "Summary - EU Clusters Talk 20 September 2023",
                "30/10/2023 11:02:41",
            ),
        ],
        files_title="Presentations and summary",
        latest=LATEST_2023,
    ),
    is_event=True,
    title="Proximity and social economy: clusters for inclusive growth",
    page_title="Proximity and social economy: clusters for inclusive growth – EU Clusters Talk, 20 September 2023",
    series="EU Clusters Talks",
    start="2023-09-20T08:30:00+02:00",
    end="2023-09-20T09:45:00+02:00",
    tz_label="CET",
    speakers=[
        sp("Jiří Dvořák", "Chairman", "Czech Social Economy Cluster"),
        sp("Chiara Ferretti", "Project Manager", "Fondazione Giacomo Brodolini", "SocialTech4EU"),
        sp("Thomas Gruber", "Head of Social Innovation", "Austrian Institute for SME Research"),
        sp("Zdeňka Růžičková", "Director", "Regional Development Agency of the Ústí Region"),
    ],
    euroclusters=["SocialTech4EU"],
    assets=[
        asset(
            "Presentations - EU Clusters Talk 20 September 2023",
            "https://www.nca.cz/files/euct-20-09-2023-presentations.pdf",
            "2023-10-28T09:14:55+02:00",
        ),
        asset(
            "Summary - EU Clusters Talk 20 September 2023",
            "https://www.nca.cz/files/euct-20-09-2023-summary.pdf",
            "2023-10-30T11:02:41+01:00",
        ),
    ],
    encoding="windows-1250",
    notes="Saved as windows-1250 bytes, declared only by an old-style <meta http-equiv='Content-Type'> (Czech letters ř ů "
    "ě Ú, dashes and curly quotes are single cp1250 bytes). End time glued to the zone ('9:45CET'). 'Ing.' and 'Mag.' "
    "honorifics; one <p> per speaker with ';' endings. Created stamps straddle the end of summer time 2023 (28/10 → "
    "+02:00, 30/10 → +01:00, Europe/Prague).",
    what="windows-1250 via http-equiv; '9:45CET' glued; Ing./Mag.; Created stamps either side of the October DST switch.",
)

# ---------------------------------------------------------------------------------------------------------- hx-024
url = "https://nca.cz/news/invitation-for-the-clusters-meet-regions-in-milan-italy-19-20-march-2024"
content = """<p>The European Cluster Collaboration Platform (ECCP), on behalf of the European Commission, invites cluster organisations, regional authorities and businesses to the Clusters meet Regions event in Milan, Italy, which will take place on 26-27 March 2024 at Palazzo Lombardia.</p>
<p>Please note the new dates: the event was first announced for 19 - 20 March 2024.</p>
<p>The event, co-organised with Regione Lombardia, is about advanced manufacturing and the twin transition of regional value chains. Lombardy hosts 9 regional technology clusters, and the programme pairs policy discussions with visits to research infrastructures and factories in the metropolitan area.</p>
<p>Programme highlights:</p>
<ul>
<li>Day 1: policy dialogue on smart specialisation and the role of clusters in Lombardy's industrial strategy;</li>
<li>Day 2: site visits and a workshop on joint projects between clusters from different regions.</li>
</ul>
<p>Registration is open until 15 March. Czech clusters interested in joining the delegation can contact the NCA office.</p>"""
add(
    "hx-024",
    url,
    "T2",
    "en",
    nca_page(
        heading="Invitation for the Clusters meet Regions in Milan, Italy, 19 - 20 March 2024",
        content=content,
        files=None,
        latest=[
            (
                "05.03.2024",
                "/news/invitation-for-the-clusters-meet-regions-in-milan-italy-19-20-march-2024",
                "Invitation for the Clusters meet Regions in Milan, Italy, 19 - 20 March 2024",
            ),
            (
                "29.04.2024",
                "/news/european-cluster-conference-2024-takes-place-in-brussels/",
                "European Cluster Conference 2024 takes place in Brussels",
            ),
            (
                "22.11.2023",
                "/news/sustainable-food-systems-cluster-approaches-in-the-bio-based-economy-eu-clusters-talk-15-november-2023",
                "Sustainable food systems - EU Clusters Talk, 15 November 2023",
            ),
        ],
    ),
    is_event=True,
    title="Invitation for the Clusters meet Regions in Milan, Italy, 19 - 20 March 2024",
    page_title="Invitation for the Clusters meet Regions in Milan, Italy, 19 - 20 March 2024",
    series="Clusters meet Regions",
    start="2024-03-26",
    end="2024-03-27",
    notes="Heading and URL carry the first-announced dates (19 - 20 March 2024); the body's date sentence gives the real "
    "ones (26-27 March 2024) and explains the change. No quoted title: title = heading. Registration deadline '15 "
    "March' without year; two-item programme list with ';' endings is not speakers; 'Clock icon' stamps in the sidebar.",
    what="Heading/URL dates disagree with the body (rescheduled); dates only.",
)

# ---------------------------------------------------------------------------------------------------------- hx-025
url = "https://nca.cz/news/invitation-to-the-cluster-collaboration-lab-c2lab-in-tallinn-estonia"
content = """<p>The ECCP invites cluster managers to the next Cluster Collaboration Lab (C2Lab), to be held in Tallinn, Estonia, on Tuesday 17 and Wednesday 18 October 2023.</p>
<p>C2Labs are hands-on workshops in which cluster organisations from different countries design joint projects together, with the help of experienced facilitators. The previous C2Lab took place in Cluj-Napoca on 22-23 June 2022.</p>
<p>The Tallinn edition focuses on digital public services and cybersecurity. Over two days participants will work on:</p>
<ol>
<li>mapping shared challenges of their member companies;</li>
<li>forming international project teams;</li>
<li>pitching the projects to a jury on the second day.</li>
</ol>
<p>Applications close on 29 September 2023. Travel and accommodation costs of selected participants are covered.</p>"""
add(
    "hx-025",
    url,
    "T2",
    "en",
    nca_page(
        heading="Invitation to the Cluster Collaboration Lab (C2Lab) in Tallinn, Estonia",
        content=content,
        files=[("/files/c2lab-tallinn-concept-note.pdf", "C2Lab Tallinn – concept note", "14/09/2023 16:40:03")],
        files_title="Concept note",
        latest=LATEST_2023,
    ),
    is_event=True,
    title="Invitation to the Cluster Collaboration Lab (C2Lab) in Tallinn, Estonia",
    page_title="Invitation to the Cluster Collaboration Lab (C2Lab) in Tallinn, Estonia",
    series="C2Lab",
    start="2023-10-17",
    end="2023-10-18",
    assets=[
        asset(
            "C2Lab Tallinn – concept note",
            "https://nca.cz/files/c2lab-tallinn-concept-note.pdf",
            "2023-09-14T16:40:03+02:00",
        )
    ],
    notes="Day range with weekday names inside ('on Tuesday 17 and Wednesday 18 October 2023'); the previous C2Lab's "
    "dates (22-23 June 2022) and the application deadline are not the event; numbered work list is not speakers.",
    what="'Tuesday 17 and Wednesday 18 October 2023'; previous edition's dates; one Created attachment.",
)

# ================================================================================================ non-events
# ---------------------------------------------------------------------------------------------------------- hx-035
url = "https://nca.cz/news/sileo-eurocluster-opens-cascade-funding-for-lighting-and-furniture-smes"
content = """<p>The SILEO Eurocluster, coordinated by the European Lighting Cluster Alliance, has opened its second call for cascade funding. SMEs from the lighting and furniture ecosystems can receive up to EUR 30,000 for projects that make their products greener, more digital or more resilient.</p>
<p>Applications can be submitted until 31 January 2024, 17:00 CET. An online info day for applicants takes place on 12 December 2023, 10:00–11:00 CET.</p>
<p>Czech lighting and furniture companies can ask the NCA office for help with their applications.</p>"""
add(
    "hx-035",
    url,
    "T2",
    "en",
    nca_page(
        heading="SILEO Eurocluster opens cascade funding for lighting and furniture SMEs",
        content=content,
        files=[
            (
                "/files/sileo-open-call-2-guide-for-applicants.pdf",
                "SILEO open call – guide for applicants",
                "20/11/2023 08:55:10",
            )
        ],
        latest=LATEST_2023,
    ),
    is_event=False,
    title="SILEO Eurocluster opens cascade funding for lighting and furniture SMEs",
    page_title="SILEO Eurocluster opens cascade funding for lighting and furniture SMEs",
    euroclusters=["SILEO"],
    notes="NOT an event: an open call republished by nca.cz, with a timed deadline and a timed info day.",
    what="nca.cz open call with timed deadline and info day (not an event).",
)

# ---------------------------------------------------------------------------------------------------------- hx-040
url = "https://nca.cz/news/eu-clusters-talk-cluster-internationalisation-22-may-2024"
content = """<p>The page you are looking for does not exist or has been moved.</p>
<p>Try the <a href="/en/search/">search</a> or go back to the <a href="/en/news/">news overview</a>.</p>"""
add(
    "hx-040",
    url,
    "T5",
    "en",
    nca_page(heading="Page not found", content=content, files=None, latest=LATEST_2023, breadcrumb_tail="404"),
    is_event=False,
    title="Page not found",
    page_title="Page not found",
    notes="NOT an event: nca.cz 404 page served at an event URL whose slug carries a date; the 'Latest news' sidebar "
    "lists event titles with dates.",
    what="404 page at a dated event URL; sidebar with event titles and dates.",
)
