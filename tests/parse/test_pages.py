"""The issue's bullets, checked on pages in markups the corpus does not have (tests/parse/pages/)."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

import pytest

from harvest.parse import PARSER_VERSION, PageRecord, Speaker, parse_page
from harvest.sample_site.layout import SITES, mirror_file

SAMPLE_SITE = Path(__file__).resolve().parents[2] / "harvest" / "data" / "sample_site"
CORPUS_EXPECTED = Path(__file__).resolve().parents[1] / "corpus" / "expected.jsonl"


def codes(record: PageRecord) -> set[str]:
    return {w.code for w in record.warnings}


def test_wordpress_republication_ignores_publication_dates_views_and_sidebars(parse_fixture):
    record = parse_fixture("wordpress_republication.html", "https://hub.example/2023/09/energy-talk/")
    assert record.is_event
    assert record.page_title == "EU Clusters Talk on the energy transition: invitation"
    assert record.title == "Powering clusters: the energy transition in practice"  # „…“ quotes
    assert record.series == "EU Clusters Talks"
    # "4 October" without a year, CET on a summer-time date: +02:00, label kept, both warned
    assert record.start == "2023-10-04T08:30:00+02:00"
    assert record.end == "2023-10-04T09:45:00+02:00"
    assert (record.timezone, record.tz_label) == ("Europe/Brussels", "CET")
    assert {"year_inferred", "tz_label_mismatch"} <= codes(record)
    assert record.published_at.startswith("2023-09-20")
    assert record.format == "online"
    assert record.parser_version == PARSER_VERSION


def test_wordpress_speaker_formats(parse_fixture):
    speakers = parse_fixture("wordpress_republication.html").speakers
    assert speakers == [
        # name in <strong> glued to the role, honorific stripped
        Speaker("Anna Kowalska", "Policy Officer", "DG ENER, European Commission", None),
        # "Role at Organisation", Eurocluster moved out of the organisation, "Prof. Dr." stripped
        Speaker("Jens Müller", "Head of Innovation", "EnergieCluster Nord", "JEWEL"),
        # two affiliations in one line
        Speaker("Maria Rossi", "CEO; COB", "OpenTech; Clusters of Sweden", None),
        # a role with commas in it
        Speaker(
            "Pierre Dubois",
            "Team Leader D.2 – Industrial forum, Alliances, Clusters",
            "DG GROW, European Commission",
            None,
        ),
        # award suffix dropped; "More TBC" is no speaker
        Speaker("Eva Novak", "Managing Director", "Moravian Energy Cluster", None),
    ]


def test_wordpress_assets_skip_calendar_and_video_links(parse_fixture):
    record = parse_fixture("wordpress_republication.html", "https://hub.example/2023/09/energy-talk/")
    assert [(a.label, a.url, a.created) for a in record.assets] == [
        ("agenda", "https://hub.example/wp-content/uploads/2023/09/agenda.pdf", None)
    ]
    assert record.euroclusters == ["JEWEL"]  # the related-posts teaser and sidebar names leak nothing


def test_events_plugin_header_and_dash_speaker_lines(parse_fixture):
    record = parse_fixture("events_plugin.html")
    assert record.is_event
    # "06 Jul 2022 - 06 Jul 2022 8:30 am - 10:00 am": one day, 12-hour clock, no label
    assert record.start == "2022-07-06T08:30:00+02:00"
    assert record.end == "2022-07-06T10:00:00+02:00"
    assert record.tz_label is None
    assert [(s.name, s.role, s.organisation) for s in record.speakers] == [
        ("Jan Kowalski", "Director", "Smart Industry Cluster"),
        ("Lena Schmidt", "Engineer", "Fraunhofer Institute"),
    ]


def test_json_ld_event_and_time_element(parse_fixture):
    record = parse_fixture("jsonld_event.html")
    assert record.is_event
    assert record.page_title == "Cluster Excellence Day 2024"  # article <h2>, never the generic <title>
    assert record.start == "2024-06-12T09:00:00+02:00"
    assert record.end == "2024-06-12T17:00:00+02:00"
    assert record.euroclusters == ["SILEO"]
    assert record.published_at == "2024-01-10"


def test_german_page(parse_fixture):
    record = parse_fixture("german.html")
    assert record.is_event and record.language == "de"
    assert record.title == "Kreislaufwirtschaft in der Praxis"
    # "am 8. März 2023, 8:30 – 10 Uhr"; "Anmeldeschluss" and the sidebar date are not the event
    assert (record.start, record.end, record.tz_label) == (
        "2023-03-08T08:30:00+01:00",
        "2023-03-08T10:00:00+01:00",
        None,
    )
    assert [(s.name, s.role) for s in record.speakers] == [
        ("Julia Weber", "Geschäftsführerin"),
        ("Thomas Huber", "Leiter Innovation"),
    ]
    assert record.published_at == "2023-03-01"


def test_polish_page(parse_fixture):
    record = parse_fixture("polish.html")
    assert record.is_event and record.language == "pl"
    assert record.series == "Clusters meet Regions"
    assert (record.start, record.end, record.timezone) == ("2022-11-15", "2022-11-16", None)
    assert record.title == "Klastry w transformacji regionów"
    assert [s.organisation for s in record.speakers] == [
        "Śląski Klaster Energii",
        "Polska Agencja Rozwoju Przedsiębiorczości",
    ]


def test_windows_1250_bytes_with_a_wrong_meta_charset(parse_fixture):
    record = parse_fixture("windows1250_wrong_meta.html")
    assert "charset_mismatch" in codes(record)
    assert record.page_title.startswith("Setkání klastrů")
    assert (record.start, record.end) == ("2023-10-19", "2023-10-20")
    assert record.euroclusters == ["SUSTAIN"]


def test_access_denied_and_bot_challenge_are_not_events(parse_fixture):
    denied = parse_fixture("access_denied.html")
    assert not denied.is_event and "access_denied" in codes(denied)
    challenge = parse_fixture("cloudflare.html")
    assert not challenge.is_event and "bot_challenge" in codes(challenge)


def test_listing_and_open_call_are_not_events(parse_fixture):
    listing = parse_fixture("listing.html", "https://clustercollaboration.eu/event-calendar")
    assert not listing.is_event
    call = parse_fixture("open_call.html", "https://clustercollaboration.eu/open-calls/polrec-2nd-open-call")
    assert not call.is_event and "open_call" in codes(call)
    assert call.euroclusters == ["POLREC"]


def test_attachment_table_assets_with_sizes(parse_fixture):
    record = parse_fixture("attachment_table.html", "https://clustercollaboration.eu/content/health")
    assert [(a.label, a.url, a.created, a.size, a.size_bytes) for a in record.assets] == [
        (
            "Health slides.pdf",
            "https://clustercollaboration.eu/sites/default/files/2023-02/Health%20slides.pdf",
            None,
            "1.2 MB",
            1258291,
        ),
        ("Summary", "https://clustercollaboration.eu/sites/default/files/2023-02/summary.docx", None, "345 KB", 353280),
    ]
    assert record.title == "Health in Europe: Where does our ecosystem stand?"
    assert record.start == "2023-02-08T08:30:00+01:00"  # "from 8:30 to 9:45 CET"
    assert [s.name for s in record.speakers] == ["Ana Silva"]  # "Speaker TBC" is a placeholder


def test_truncated_page_keeps_what_is_there(parse_fixture):
    record = parse_fixture("truncated.html")
    assert "truncated_html" in codes(record)
    assert record.is_event and record.start == "2023-05-31T08:30:00+02:00"
    assert len(record.speakers) >= 6


NEWS_URL = "https://clustercollaboration.eu/content/euroclusters-first-year-work"


@pytest.mark.parametrize("url", [NEWS_URL, "https://example.org/item"])
def test_news_article_that_names_another_dated_event_is_not_an_event(parse_fixture, url):
    """ "On 1 September 2022, 30 Euroclusters started their work…" names no event; its only event is "the EU Clusters
    Talk of 8 March 2023", another event with its own date; and the article (a byline of 6 September 2023) looks
    back a year. Not an event, and not a series either — whatever the URL says."""
    record = parse_fixture("news_euroclusters_first_year.html", url)
    assert not record.is_event
    assert "no_event_described" in codes(record)
    assert record.series is None
    assert record.page_title == record.title == "Euroclusters: the first year of work"
    assert record.published_at == "2023-09-06"
    assert record.speakers == [] and record.euroclusters == []


def _production_url(relative: PurePosixPath) -> str:
    """The production URL of a sample-site file (the inverse of the mirror's file-name convention, for pages)."""
    site, *folders, name = relative.parts
    stem, _, query = name.removesuffix(".html").partition("@")
    path = "/".join([*folders, "" if stem == "index" else stem])
    return f"https://{SITES[site][0]}/{path}" + (f"?{query}" if query else "")


def _sample_site_pages() -> list[tuple[str, str, bool]]:
    """(file, URL, is_event) for every HTML page of the sample site: the mirrored corpus pages are what the corpus
    says; every other page (news, listings, tag pages, log-in and system pages, projects) is not an event."""
    corpus = [json.loads(line) for line in CORPUS_EXPECTED.read_text(encoding="utf-8").splitlines() if line]
    events = {mirror_file(record["url"]): record["is_event"] for record in corpus}
    pages = []
    for file in sorted(SAMPLE_SITE.rglob("*.html")):
        relative = PurePosixPath(file.relative_to(SAMPLE_SITE).as_posix())
        url = _production_url(relative)
        assert mirror_file(url) == relative, (url, relative)
        pages.append((relative.as_posix(), url, events.get(relative, False)))
    return pages


SAMPLE_PAGES = _sample_site_pages()


def test_sample_site_has_events_and_other_pages():
    assert sum(is_event for _, _, is_event in SAMPLE_PAGES) >= 20
    assert sum(not is_event for _, _, is_event in SAMPLE_PAGES) >= 15


@pytest.mark.parametrize(("file", "url", "is_event"), SAMPLE_PAGES, ids=[file for file, _, _ in SAMPLE_PAGES])
def test_every_sample_site_page_is_classified_right(file, url, is_event):
    record = parse_page((SAMPLE_SITE / file).read_bytes(), url)
    assert record.is_event is is_event, [w.code for w in record.warnings]


@pytest.mark.parametrize(
    "file",
    ["nca/en/news/index.html", "nca/en/news/index@page=2.html", "eccp/content/euroclusters-first-year-work.html"],
)
def test_listings_and_news_are_told_apart_by_their_content_too(file):
    """At a URL that says nothing (no /news/ listing path), the page itself shows it is no event."""
    record = parse_page((SAMPLE_SITE / file).read_bytes(), "https://example.org/item")
    assert not record.is_event


def test_events_plugin_page_in_german(parse_fixture):
    """A WordPress events-plugin page: date and time in separate fields under labels with a shortened weekday ("Do.,
    17. Oktober 2024" / "Uhrzeit" / "9:30 – 12:30"), speaker cards in <h4>s followed by a card that is no speaker,
    a moderator labelled on its own line, the event's documents in a sidebar box, and a sidebar of other events with
    dates, times and a name."""
    url = "https://www.holzcluster.example/veranstaltungen/holz-trifft-digitalisierung/"
    record = parse_fixture("plugin_event_de.html", url)
    assert record.is_event and record.language == "de"
    assert record.title == "Digitale Werkzeuge für den Holzbau"
    assert (record.start, record.end, record.tz_label) == (
        "2024-10-17T09:30:00+02:00",
        "2024-10-17T12:30:00+02:00",
        None,
    )
    assert record.published_at.startswith("2024-09-02")
    assert record.speakers == [
        Speaker("Verena Pichler", "Leiterin Digitalisierung", "Holzbau Pichler GmbH", None),  # "DI Dr." stripped
        Speaker("Stefan Gruber", "Geschäftsführer", "Holzcluster Steiermark GmbH", None),
        Speaker("Lisa Hofer", "Innovationsmanagerin", "Holzcluster Steiermark", None),
    ]
    assert [(a.label, a.url) for a in record.assets] == [
        ("Programm", "https://www.holzcluster.example/wp-content/uploads/2024/09/Programm-Cluster-Werkstatt.pdf"),
        ("Anfahrt", "https://www.holzcluster.example/wp-content/uploads/2024/09/Anfahrt.docx"),
    ]


def test_joomla_event_report(parse_fixture):
    """An event report under an <h2> heading that names no event: the speakers are named inside sentences ("…
    together with X of Org, who presented", "…, alongside X from Org, who described"), the next edition's dates,
    the 'Published' and 'Hits' lines and the 'Latest news' module are not the event's."""
    record = parse_fixture("joomla_report.html", "https://www.balticwood.example/news/looking-back-at-riga")
    assert record.is_event and record.series == "Clusters meet Regions"
    assert (record.start, record.end, record.timezone) == ("2024-10-15", "2024-10-16", None)
    assert [(s.name, s.role, s.organisation) for s in record.speakers] == [
        ("Ilze Kalniņa", "Deputy State Secretary", "Latvian Ministry of Economics"),
        ("Tomas Petrauskas", None, "DG REGIO, European Commission"),
        ("Mari Tamm", "Head of Innovation", "Estonian Wood Cluster"),
        ("Jonas Berg", None, "Business Sweden"),
    ]
    assert [a.url for a in record.assets] == ["https://www.balticwood.example/files/cmr-riga-2024-presentations.zip"]


def test_polish_talk_with_a_speaker_table_and_structured_times_in_utc(parse_fixture):
    """JSON-LD in UTC agreeing with the prose, whose "CET" is kept; the English title quoted in „…”; an objectives
    list that is no speaker list; a speaker table with a Polish header row; "Prowadzenie:" (the moderator)."""
    record = parse_fixture("talk_speaker_table_pl.html", "https://www.klaster-drzewny.example/aktualnosci/euct-drewno")
    assert record.is_event and record.language == "pl"
    assert record.title == "Wood in the circular economy: clusters as connectors"
    assert (record.start, record.end, record.tz_label) == (
        "2024-11-20T08:30:00+01:00",
        "2024-11-20T09:45:00+01:00",
        "CET",
    )
    assert [(s.name, s.role, s.organisation) for s in record.speakers] == [
        ("Katarzyna Wójcik", "Dyrektor ds. Rozwoju", "Klaster Drzewny Podlasie"),
        ("Piet Janssen", "Policy Officer", "DG ENV, Komisja Europejska"),
        ("Marta Zielińska", None, "Klaster Drzewny Podlasie"),
    ]
