"""parse_page never raises: random bytes, random text and mutated real pages always give a PageRecord."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harvest.parse import PageRecord, parse_page

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
