"""parse_page never raises: random bytes, random text and mutated real pages always give a PageRecord. The speed
helpers find what the plain regexes they stand for find."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harvest.parse import PageRecord, parse_page
from harvest.parse.dates import DATE_RE, MONTH_YEAR_RE, anchored_matches
from harvest.parse.text import WordPattern, word_tree

PAGES = sorted((Path(__file__).parent / "pages").glob("*.html"))
SEEDS = [p.read_bytes() for p in PAGES]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FRAGMENTS = st.sampled_from(
    [
        b"<",
        b">",
        b"</p>",
        b"<li>",
        b"<!--",
        b"-->",
        b"\x00",
        b"\xff\xfe",
        b"&#0;",
        b"&nbsp;",
        b"\xc3",
        b"\xe2\x80",
        b"<script>",
        b"]]>",
        b"<?xml version='1.0' encoding='utf-8'?>",
        b"on 8 March 2023, 8:30 - 9:45 CET",
        b"Speakers include:",
        b"\xe2\x80\x9c",
        b"Created: 31/02/2023 25:61:61",
        b"<meta charset=x-unknown>",
    ]
)


def check(record: PageRecord) -> None:
    assert isinstance(record, PageRecord)
    # an exception inside the parser is caught, but it loses the fields after it: none may happen
    assert "parser_error" not in {w.code for w in record.warnings}, record.warnings
    assert isinstance(record.to_dict(), dict)
    assert all(isinstance(s.name, str) and s.name for s in record.speakers)


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    check(parse_page(data, "https://example.org/x"))


@FUZZ
@given(st.text(max_size=2000))
def test_random_text(text: str) -> None:
    check(parse_page(text, "https://example.org/x"))


@FUZZ
@given(st.sampled_from(SEEDS), st.lists(st.tuples(st.integers(0, 50000), st.integers(0, 400), FRAGMENTS), max_size=8))
def test_mutated_pages(seed: bytes, edits: list[tuple[int, int, bytes]]) -> None:
    data = bytearray(seed)
    for position, cut, fragment in edits:
        position %= max(1, len(data))
        data[position : position + cut] = fragment
    check(parse_page(bytes(data), "https://example.org/x"))


def test_degenerate_inputs() -> None:
    for data in (b"", "", b"\x00" * 10, "<html>", "<<<>>>", b"\xff" * 100, "<p>" * 5000):
        record = parse_page(data, "")
        check(record)
        assert not record.is_event


# The speed helpers must find exactly what the plain regexes they replace find.
DATE_PIECES = st.sampled_from(
    [
        "on 13 December 2023, 8:30 – 9:45 CET",
        "May 3rd, 2023",
        "Sept. 5",
        "26-27 September 2022",
        "23 & 24 October",
        "12May 5",
        "2023May 5",
        "08.03.2023",
        "2023-05-06",
        "du 3 au 5 juin",
        "10th and 11th November",
        "8. März",
        "march 3",
        "Marzec",
        "x²May 5",
        "\u00a0",
        "3",
        "2020",
        " ",
        ", ",
        "-",
        ".",
        "of",
    ]
)


@FUZZ
@given(st.lists(DATE_PIECES, max_size=10).map("".join))
def test_anchored_date_search_finds_what_finditer_finds(text: str) -> None:
    for pattern, number_first in ((DATE_RE, True), (MONTH_YEAR_RE, False)):
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in anchored_matches(pattern, text, number_first)] == expected


WORDS = st.lists(st.text(alphabet="abcé ", min_size=1, max_size=5), min_size=1, max_size=8)


@FUZZ
@given(WORDS, st.text(alphabet="abcé .", max_size=30))
def test_word_tree_matches_the_words_longest_first(words: list[str], text: str) -> None:
    tree = re.compile(word_tree(words))
    plain = re.compile("|".join(sorted(map(re.escape, set(words)), key=len, reverse=True)))
    for position in range(len(text) + 1):
        found, expected = tree.match(text, position), plain.match(text, position)
        assert (found and found.group()) == (expected and expected.group())


@FUZZ
@given(st.text(alphabet="onlie webar_x1.-", max_size=40))
def test_word_pattern_is_a_leading_word_boundary(text: str) -> None:
    alternatives = r"online\b|webinar|on[ -]?line|web"
    expected = re.compile(rf"\b(?:{alternatives})").search(text)
    found = WordPattern(alternatives).search(text)
    assert (found and found.span()) == (expected and expected.span())
