"""Unit tests of the text-level rules: dates, speaker lines, decoding, Euroclusters, titles."""

from __future__ import annotations

from datetime import time

import pytest

from harvest.parse import parse_page
from harvest.parse.dates import find_mentions
from harvest.parse.decode import decode_html
from harvest.parse.speakers import PLACEHOLDER, parse_speaker_line
from harvest.reference import load_euroclusters

INDEX = load_euroclusters()


FILLER = "<p>The European Cluster Collaboration Platform brings cluster organisations together for this session.</p>"


def page(body: str, title: str = "Event", head: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><main><article><h1>{title}</h1>{body}{FILLER}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("text", "first", "last", "start", "end", "label"),
    [
        ("on 13 December 2023, 8:30 – 9:45 CET", "2023-12-13", None, time(8, 30), time(9, 45), "CET"),
        ("on 13 December 2023 from 8:30 to 9:45 CET", "2023-12-13", None, time(8, 30), time(9, 45), "CET"),
        ("on 8 March 2023, 8:30CET", "2023-03-08", None, time(8, 30), None, "CET"),
        ("on 5 May 2023, 08:30 - 09:30 CEST", "2023-05-05", None, time(8, 30), time(9, 30), "CEST"),
        ("on 8 March 2023, 8.30 – 9.45 CET", "2023-03-08", None, time(8, 30), time(9, 45), "CET"),
        ("on 19th October 2022", "2022-10-19", None, None, None, None),
        ("on May 3rd, 2023 at 10:00", "2023-05-03", None, time(10, 0), None, None),
        ("26-27 September 2022", "2022-09-26", "2022-09-27", None, None, None),
        ("on 23 & 24 October 2023", "2023-10-23", "2023-10-24", None, None, None),
        ("v pondělí 23. a v úterý 24. října 2023", "2023-10-23", "2023-10-24", None, None, None),
        ("am Montag, 23. und am Dienstag, 24. Oktober 2023", "2023-10-23", "2023-10-24", None, None, None),
        ("from 21 to 23 November 2023", "2023-11-21", "2023-11-23", None, None, None),
        ("on the 11 and 12 of November 2020", "2020-11-11", "2020-11-12", None, None, None),
        ("30 September - 2 October 2023", "2023-09-30", "2023-10-02", None, None, None),
        ("am 8. März 2023, 8:30 – 10 Uhr", "2023-03-08", None, time(8, 30), time(10, 0), None),
        ("dnia 8 marca 2023 r., godz. 10:00-12:00", "2023-03-08", None, time(10, 0), time(12, 0), None),
        ("le 12 juin 2024 de 9h30 à 12h00", "2024-06-12", None, time(9, 30), time(12, 0), None),
        ("06 Jul 2022 - 06 Jul 2022 8:30 am - 10:00 am", "2022-07-06", None, time(8, 30), time(10, 0), None),
        ("Termin: 08.03.2023, 10:00", "2023-03-08", None, time(10, 0), None, None),
    ],
)
def test_date_forms(text, first, last, start, end, label):
    mention = find_mentions(text, 0)[0]
    assert mention.first.isoformat() == first
    assert (mention.last.isoformat() if mention.last else None) == last
    clock = mention.clock
    assert (clock.start if clock else None, clock.end if clock else None) == (start, end)
    assert (clock.tz_label if clock else None) == label


@pytest.mark.parametrize(
    "text",
    [
        "Registration will close on 14 April.",
        "apply until 26 October (23.59 CEST)",
        "On 1 September 2022, 30 Euroclusters were launched",
        "Duration: 1 September 2022 – 31 August 2024",
        "Submitted by ECCP Team on 05 May 2023",
    ],
)
def test_dates_that_are_not_the_event(text):
    record = parse_page(page(f"<p>{text}</p><p>A talk about clusters.</p>"), "https://example.org/x")
    assert record.start is None
    assert "no_event_date" in {w.code for w in record.warnings}


def test_bare_numeric_stamp_is_not_a_date():
    assert find_mentions("10.05.2023", 0) == []


def test_missing_year_from_url_and_byline():
    html = page("<p>The webinar takes place on 17 April, 8:30 – 9:45 CET.</p>")
    record = parse_page(html, "https://example.org/news/webinar-2024")
    assert record.start == "2024-04-17T08:30:00+02:00"
    assert "year_inferred" in {w.code for w in record.warnings}
    byline = page('<div class="submitted">Submitted by ECCP on 18 August 2021</div><p>On 3 June the session met.</p>')
    assert parse_page(byline, "https://example.org/x").start == "2021-06-03"


def test_structured_date_disagreement_is_a_warning():
    head = '<script type="application/ld+json">{"@type":"Event","startDate":"2023-05-10T10:00:00+02:00"}</script>'
    html = page("<p>The workshop takes place on 17 May 2023, 8:30 – 9:45 CET.</p>", head=head)
    record = parse_page(html, "https://example.org/x")
    assert record.start == "2023-05-17T08:30:00+02:00"
    assert "date_conflict" in {w.code for w in record.warnings}


def test_structured_date_adds_the_time_when_it_agrees():
    head = '<script type="application/ld+json">{"@type":"Event","startDate":"2023-05-17T08:30:00+02:00"}</script>'
    record = parse_page(page("<p>The workshop takes place on 17 May 2023.</p>", head=head), "https://example.org/x")
    assert record.start == "2023-05-17T08:30:00+02:00"
    assert record.timezone == "Europe/Brussels"


@pytest.mark.parametrize(
    ("line", "name", "role", "organisation", "eurocluster"),
    [
        (
            "Marek Przeor, Team Leader - Cluster Policy, DG GROW, European Commission;",
            "Marek Przeor",
            "Team Leader - Cluster Policy",
            "DG GROW, European Commission",
            None,
        ),
        (
            "Ewa Rekosz, Mazovia Cluster ICT, INGENIOUS Eurocluster;",
            "Ewa Rekosz",
            None,
            "Mazovia Cluster ICT",
            "INGENIOUS",
        ),
        ("Josep Casamada, AEI TÈXTILS, X-BUILD EU Eurocluster;", "Josep Casamada", None, "AEI TÈXTILS", "xBUILD-EU"),
        (
            "• Carolina Garcés, Project Manager, Mobile Heights;",
            "Carolina Garcés",
            "Project Manager",
            "Mobile Heights",
            None,
        ),
        (
            "- Antonio de Sousa Maia, Legal Officer, European Commission.",
            "Antonio de Sousa Maia",
            "Legal Officer",
            "European Commission",
            None,
        ),
        ("Dr. Jan Novák, Director of Networks at DG GROW", "Jan Novák", "Director of Networks", "DG GROW", None),
        (
            "Daniel Cosnita, President of CLUSTERO – the Romanian Cluster Association",
            "Daniel Cosnita",
            "President",
            "CLUSTERO – the Romanian Cluster Association",
            None,
        ),
        ("Jane Roe – CEO – Acme Cluster – Download presentation", "Jane Roe", "CEO", "Acme Cluster", None),
        ("Valentino Izzo, EISMEA, European Commission", "Valentino Izzo", None, "EISMEA, European Commission", None),
        (
            "Anna Berg, Chair of the “Green Deal” working group, Cluster Sweden",
            "Anna Berg",
            "Chair of the “Green Deal” working group",
            "Cluster Sweden",
            None,
        ),
        (
            "Piet de Vries, Cluster Manager, Brainport Cluster, Netherlands",
            "Piet de Vries",
            "Cluster Manager",
            "Brainport Cluster",
            None,
        ),
        ("Prof. Dr. Maria Schulz (Fraunhofer Institute)", "Maria Schulz", None, "Fraunhofer Institute", None),
    ],
)
def test_speaker_line_formats(line, name, role, organisation, eurocluster):
    speaker = parse_speaker_line(line, INDEX)
    assert (speaker.name, speaker.role, speaker.organisation, speaker.eurocluster) == (
        name,
        role,
        organisation,
        eurocluster,
    )


@pytest.mark.parametrize("line", ["More TBC", "TBC", "to be confirmed", "Speakers TBC", "…"])
def test_placeholders_are_not_speakers(line):
    assert parse_speaker_line(line, INDEX) is PLACEHOLDER


@pytest.mark.parametrize(
    "line",
    [
        "Network to improve the resilience of the EU industrial ecosystems;",
        "Watch the full recording",
        "2.  Innovation partnerships between clusters and universities",
    ],
)
def test_other_lines_are_not_speakers(line):
    assert parse_speaker_line(line, INDEX) is None


def test_objectives_list_before_the_speaker_list_is_not_speakers():
    html = page(
        "<p>Their work plans share a common set of aims:</p><ul><li>Network, Innovate, Adopt;</li>"
        "<li>Train Workers, upskill and reskill;</li></ul><p>Speakers include:</p>"
        "<ul><li>Anna Berg, CEO, Cluster Sweden;</li><li>More TBC</li></ul>"
    )
    record = parse_page(html, "https://example.org/x")
    assert [s.name for s in record.speakers] == ["Anna Berg"]


def test_report_speakers_in_prose():
    html = page(
        "<p>On 25 April 2023 the workshop took place in Levi.</p>"
        "<p>Jakub Boratynski, Director of Networks and Governance at DG GROW (European Commission) opened the"
        " workshop.</p><p>Firstly, Christophe Guichard from the European Commission’s DG GROW highlighted the"
        " support.</p><p>Dr Jan-Philipp Kramer presented the report.</p>"
    )
    record = parse_page(html, "https://example.org/x")
    assert [(s.name, s.role, s.organisation) for s in record.speakers] == [
        ("Jakub Boratynski", "Director of Networks and Governance", "DG GROW (European Commission)"),
        ("Christophe Guichard", None, "European Commission’s DG GROW"),
        ("Jan-Philipp Kramer", None, None),
    ]


def test_decoding_entities_invisible_characters_and_encodings():
    html = page("<p>The Talk&nbsp;“Cir\u00adcular\u200b textiles” takes place on 8&#160;March 2023.</p>")
    record = parse_page(html.encode("utf-8"), "https://example.org/x")
    assert record.title == "Circular textiles" and record.start == "2023-03-08"
    latin2 = page('<p>Workshop "Łódź i Śląsk" odbędzie się 8 marca 2023.</p>').encode("iso-8859-2")
    assert parse_page(latin2, "https://example.org/x").title == "Łódź i Śląsk"
    text, encoding, _ = decode_html(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>")
    assert encoding == "utf-8" and "café" in text.decode("utf-8")


def test_euroclusters_matching_rules():
    assert INDEX.match_text("X-BUILD EU and xbuild-eu and EUROBOOSTEX") == ["EuroBoosTEX", "xBUILD-EU"]
    assert INDEX.match_text("30 Euroclusters were launched; how can Europe sustain food security?") == []
    assert INDEX.match_text("the Sileo Eurocluster") == ["SILEO"]
    assert INDEX.canonical("X-BUILD EU") == "xBUILD-EU"
    assert INDEX.canonical("unknown") is None


def test_nca_title_tag_is_never_the_title():
    html = "<html><head><title>Modus | Home page</title></head><body><p>Some text without a heading.</p></body></html>"
    record = parse_page(html, "https://www.nca.cz/news/x")
    assert record.title is None and record.page_title is None


def test_nca_created_stamps_are_prague_time():
    html = page(
        "<p>The Talk took place on 8 March 2023.</p><ul><li><a href='/files/a.pdf' title='Summary'></a>"
        "<span>Created: 07/08/2023 10:25:16</span></li><li><a href='/files/b.pdf' title='Slides'></a>"
        "<span>Created: 22/11/2023 14:03:51</span></li></ul>"
    )
    record = parse_page(html, "https://www.nca.cz/news/x")
    assert [(a.label, a.url, a.created) for a in record.assets] == [
        ("Summary", "https://www.nca.cz/files/a.pdf", "2023-08-07T10:25:16+02:00"),
        ("Slides", "https://www.nca.cz/files/b.pdf", "2023-11-22T14:03:51+01:00"),
    ]


ARTICLE_FILLER = "<p>Clusters from all over Europe share what they learnt with companies, universities and regions.</p>"


def _article(body: str, title: str, byline: str = "") -> str:
    """An article page with no event words anywhere but in `body` (the FILLER of `page` says "session")."""
    return f"<html><body><main><article><h1>{title}</h1>{byline}{body}{ARTICLE_FILLER}</article></main></body></html>"


BACKGROUND = "<p>On 1 September 2022, 30 cluster consortia started their work across the industrial ecosystems.</p>"


def test_another_dated_event_is_no_evidence_of_an_event():
    other = BACKGROUND + "<p>Four of them presented their plans at the EU Clusters Talk of 8 March 2023.</p>"
    record = parse_page(_article(other, "The first year of work"), "https://example.org/x")
    assert record.start == "2022-09-01"
    assert not record.is_event and record.series is None
    assert "no_event_described" in {w.code for w in record.warnings}
    # the same words about the page's own date do describe it
    same = "<p>On 8 March 2023 we took part in the EU Clusters Talk of 8 March 2023 on cluster policy.</p>"
    record = parse_page(_article(same, "Our morning with the Commission"), "https://example.org/x")
    assert record.is_event and record.series == "EU Clusters Talks"


def test_a_date_long_before_publication_is_history():
    body = BACKGROUND + "<p>Some of them met at a workshop on green skills.</p>"
    byline = '<div class="submitted">Submitted by ECCP Team on 06 September 2023</div>'
    record = parse_page(_article(body, "The first year of work", byline), "https://example.org/x")
    assert record.published_at == "2023-09-06" and not record.is_event
    # published days after the date: a report of that workshop
    byline = '<div class="submitted">Submitted by ECCP Team on 06 September 2022</div>'
    assert parse_page(_article(body, "The first year of work", byline), "https://example.org/x").is_event


@pytest.mark.parametrize(
    "body",
    [
        "<p>Cluster managers met online on 5 May 2023, 10:00 – 12:00 CEST.</p>",  # a time of day: scheduled
        "<p>The workshop on 5 May 2023 follows the EU Clusters Talk of 8 March 2023.</p>",  # the date's own sentence
    ],
)
def test_event_evidence_next_to_the_date(body):
    record = parse_page(_article(body, "Green skills for clusters"), "https://example.org/x")
    assert record.is_event and record.start.startswith("2023-05-05")
    assert record.series is None  # the EU Clusters Talk is another event, with its own date


def test_a_heading_that_names_a_site_section_is_a_listing():
    teasers = "".join(
        f"<li>0{day}.09.2024 <a href='/news/{day}'>EU Clusters Talk on {day} September 2024</a></li>"
        for day in (2, 3, 4)
    )
    record = parse_page(_article(f"<ul>{teasers}</ul>", "News"), "https://example.org/x")
    assert not record.is_event and "listing" in {w.code for w in record.warnings}


def test_a_link_no_browser_could_follow_loses_nothing():
    links = '<p>Slides: <a href="http://[broken/slides.pdf">slides</a> and <a href="/files/agenda.pdf">agenda</a>.</p>'
    html = page(f"<p>The webinar takes place on 17 April 2024, 8:30 CET.</p>{links}")
    record = parse_page(html, "https://example.org/x")
    assert [a.url for a in record.assets] == ["https://example.org/files/agenda.pdf"]
    record = parse_page(html, "http://[x")  # nor does a page URL that cannot be split
    assert record.is_event and "parser_error" not in {w.code for w in record.warnings}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "EU-India Cluster-Matchmaking: Batteries",
            "<p>Am 4. Juni 2024 von 9:00 bis 12:00 Uhr treffen sich Cluster.</p>",
        ),
        (
            "Clusters for Moldova: matchmaking event on 4 June 2024",
            "<p>The online matchmaking event takes place on 4 June 2024 from 9:00 to 12:00 CEST.</p>",
        ),
    ],
)
def test_a_matchmaking_in_any_case_and_hyphenation_is_the_eccp_series(title, body):
    record = parse_page(_article(body, title), "https://example.org/x")
    assert record.is_event and record.series == "ECCP matchmaking"


def test_a_heading_that_is_only_a_series_name_is_its_listing():
    body = (
        "<p>The workshops bring clusters and regional authorities together, twice a year.</p><h2>Next workshop</h2>"
        "<p>Wed, 12/03/2025 - 09:00 – 17:00 CET</p><p>Clusters meet Regions in Porto: the blue economy</p>"
        "<p>Speakers: Ana Costa, Director, Portuguese Sea Cluster</p>"
    )
    record = parse_page(_article(body, "Clusters meet Regions"), "https://example.org/series/workshops")
    assert not record.is_event and "listing" in {w.code for w in record.warnings}
    edition = parse_page(_article(body, "Clusters meet Regions 2025"), "https://example.org/series/workshops")
    assert edition.is_event and edition.start == "2025-03-12T09:00:00+01:00"


@pytest.mark.parametrize(
    ("line", "role", "organisation", "eurocluster"),
    [
        (
            "Anna Berg, Programme Manager, E-Boost Eurocluster / Brainport Development",
            "Programme Manager",
            "Brainport Development",
            "E-BOOST",
        ),
        (
            "Anna Berg, Data Manager, Venetian Cluster – Eurocluster Rural Tourism",
            "Data Manager",
            "Venetian Cluster",
            "EU Rural Tourism",
        ),
        (
            "Anna Berg, Cluster Manager, Tartu Wood Cluster, member of the INGENIOUS Eurocluster",
            "Cluster Manager",
            "Tartu Wood Cluster",
            "INGENIOUS",
        ),
        ("Anna Berg, CEO, Cluster Nord (X-BUILD-EU Eurocluster), Estonia", "CEO", "Cluster Nord", "xBUILD-EU"),
        ("Anna Berg, Coordinator of the SILEO Eurocluster", "Coordinator", None, "SILEO"),
    ],
)
def test_the_eurocluster_part_leaves_the_organisation_written_with_it(line, role, organisation, eurocluster):
    speaker = parse_speaker_line(line, INDEX)
    assert (speaker.name, speaker.role, speaker.organisation, speaker.eurocluster) == (
        "Anna Berg",
        role,
        organisation,
        eurocluster,
    )


def test_a_one_word_eurocluster_in_mixed_case_or_with_a_digit_is_named():
    assert INDEX.match_text("Kristian Berg | Moderator | Socialtech4EU") == ["SocialTech4EU"]
    assert INDEX.match_text("How can Europe sustain its food supply?") == []


@pytest.mark.parametrize(
    ("line", "role", "organisation"),
    [
        ("Vesna Horvat, Cluster Managerin, Slovenian Wood Cluster", "Cluster Managerin", "Slovenian Wood Cluster"),
        ("Vesna Horvat, Referatsleiterin, Digital Cluster Bayern", "Referatsleiterin", "Digital Cluster Bayern"),
    ],
)
def test_german_compound_and_feminine_job_titles(line, role, organisation):
    speaker = parse_speaker_line(line, INDEX)
    assert (speaker.name, speaker.role, speaker.organisation) == ("Vesna Horvat", role, organisation)


@pytest.mark.parametrize(
    ("line", "role", "organisation", "eurocluster"),
    [
        ("Eva Malá, koordinátorka projektu, Eurocluster GEMSTONE", "koordinátorka projektu", None, "GEMSTONE"),
        (
            "Eva Malá, koordinátor projektu, Moravian Aerospace Cluster",
            "koordinátor projektu",
            "Moravian Aerospace Cluster",
            None,
        ),
    ],
)
def test_czech_coordinator_is_a_role(line, role, organisation, eurocluster):
    speaker = parse_speaker_line(line, INDEX)
    assert (speaker.name, speaker.role, speaker.organisation, speaker.eurocluster) == (
        "Eva Malá",
        role,
        organisation,
        eurocluster,
    )


def test_a_download_link_whose_query_names_a_document_file_is_an_asset():
    links = (
        '<div class="file"><div>Slides of the session (1.2 MB - PDF)</div><a href="/document/download/ab12_en?'
        'filename=Voucher%20scheme%20slides.pdf">Download</a></div><p><a href="/document/download/cd34_en?'
        'filename=banner.png">Download</a> <a href="/node/12?filename=notes">Notes</a></p>'
    )
    html = page(f"<p>The info session takes place on 17 April 2024, 10:00 CET.</p>{links}")
    record = parse_page(html, "https://example.org/events/info-session_en")
    assert [(a.label, a.url) for a in record.assets] == [
        ("Download", "https://example.org/document/download/ab12_en?filename=Voucher%20scheme%20slides.pdf")
    ]
