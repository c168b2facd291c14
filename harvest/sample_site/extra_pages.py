"""Pages of the mirror that are not in the corpus: ECCP news items that are not events.

Their prose is written for the mirror (the corpus README's rule: facts only where they are public and well known).
They exist so that a crawler meets non-event pages with the same chrome, bylines and dates in the text: a news
item, a service notice, an open call with a deadline time and attachments, and a news item that mentions a past
event without being about one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass(frozen=True)
class NewsPage:
    path: str
    node_id: int
    title: str
    published: datetime
    paragraphs: list[str]  # HTML of each <p>
    author: str = "ECCP Team"
    attachments: list[tuple[str, str]] = field(default_factory=list)  # (label, file path on the site)


ECCP_NEWS = [
    NewsPage(
        path="/content/critical-raw-materials-act",
        node_id=160311,
        title="Critical Raw Materials Act",
        published=datetime(2023, 3, 20, 9, 41, 12, tzinfo=UTC),
        paragraphs=[
            "On 16 March 2023 the European Commission proposed the Critical Raw Materials Act, a set of measures to "
            "secure a diversified, affordable and sustainable supply of critical raw materials for European industry.",
            "The proposal sets out how the EU intends to strengthen extraction, processing and recycling at home, to "
            "monitor supply chains and to prepare for disruptions, and it comes with a communication on partnerships "
            "with third countries.",
            "Clusters in the raw materials, energy-intensive industries and mobility ecosystems follow the file "
            "closely, as many of their members depend on a small number of suppliers. The platform will come back to "
            "the topic in its policy pages.",
            'Read more on the <a href="https://single-market-economy.ec.europa.eu/sectors/raw-materials/'
            "areas-specific-interest/critical-raw-materials/critical-raw-materials-act_en\">Commission's website</a>.",
        ],
    ),
    NewsPage(
        path="/content/keep-your-cluster-profile-up-to-date",
        node_id=171204,
        title="Keep your cluster profile up to date",
        published=datetime(2023, 6, 12, 8, 5, 40, tzinfo=UTC),
        paragraphs=[
            "Cluster profiles are how companies, regions and other clusters find you on the platform. A profile with "
            "a current description, contact person and list of sectors is far more likely to lead to a partnership.",
            "Log in with the account of your organisation, open your profile and check the fields of the "
            "&quot;About&quot; and &quot;Contact&quot; tabs. Changes are visible as soon as you save them.",
            'New organisations can <a href="/register-your-profile">register a profile</a> at any time.',
        ],
    ),
    NewsPage(
        path="/content/call-experts-support-clusters-their-internationalisation",
        node_id=226731,
        title="Call for experts: support clusters in their internationalisation",
        published=datetime(2023, 11, 27, 10, 12, 3, tzinfo=UTC),
        paragraphs=[
            "The European Cluster Collaboration Platform is looking for experts who can coach cluster organisations "
            "in preparing their internationalisation strategies.",
            "Experts should have at least five years of experience with cluster management or international business "
            "support. Coaching takes place online and on site, in sessions agreed with each cluster.",
            "The call is open until 15 January 2024, 17:00 CET. Send the application form with your CV to the "
            "address given in the call text.",
        ],
        attachments=[
            ("Call text.pdf", "/sites/default/files/2023-11/Call text - experts internationalisation.pdf"),
            ("Application form.docx", "/sites/default/files/2023-11/Application form - experts.docx"),
            ("All call documents.zip", "/sites/default/files/2023-11/call-documents-experts.zip"),
        ],
    ),
    NewsPage(
        path="/content/euroclusters-first-year-work",
        node_id=207418,
        title="Euroclusters: the first year of work",
        published=datetime(2023, 9, 6, 13, 20, 55, tzinfo=UTC),
        paragraphs=[
            "On 1 September 2022, 30 Euroclusters started their work across the industrial ecosystems of the EU. "
            "A year on, most of them have opened their first calls for small and medium-sized enterprises.",
            "The consortia support companies with training, internationalisation and the uptake of green and "
            "digital technologies, often through financial support to third parties.",
            'Four of them presented their plans at the EU Clusters Talk of 8 March 2023, <a href="/content/'
            'eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition">Meet the Euroclusters</a>.',
            'Find the open calls of the Euroclusters on the <a href="/open-calls">open calls page</a>.',
        ],
    ),
]
