"""build → publish in a home: suppressions honoured at publish time, and one changed page named in CHANGES.md."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from tables.pages import corpus_archive, expected_records

import harvest.tables.build as build_module
from harvest.fetch.store import StoredPage
from harvest.home import HarvestHome
from harvest.parse.record import PageRecord
from harvest.publish import publish
from harvest.publish.load import load
from harvest.tables.build import build

from .helpers import DAY


@pytest.fixture
def archive(monkeypatch: pytest.MonkeyPatch) -> list[tuple[StoredPage, bytes]]:
    """The corpus as the archive, read by a parser that gets every page right (expected.jsonl)."""
    pages = corpus_archive()
    expected = {e["url"]: e for e in expected_records()}

    def iter_stored_pages(home: HarvestHome) -> Iterator[tuple[StoredPage, bytes]]:
        yield from pages

    def correct_parse(html: bytes | str, url: str) -> PageRecord:
        record = PageRecord.from_dict(expected[url])
        if b"<!-- edited -->" in (html if isinstance(html, bytes) else html.encode()):
            record.title = f"{record.title} (rescheduled)"
        record.parser_version = "expected"
        return record

    monkeypatch.setattr(build_module, "iter_stored_pages", iter_stored_pages)
    monkeypatch.setattr(build_module, "parse_page", correct_parse)
    return pages


def test_people_added_to_the_suppression_list_vanish_from_the_next_release(tmp_path, archive) -> None:
    home = HarvestHome(tmp_path)
    build(home)
    first = publish(home, today=DAY)
    assert first.status == "published" and "Marek Przeor" in set(load("people", home=tmp_path)["name"])
    person_id = load("people", home=tmp_path).set_index("name").loc["Ewa Rekosz", "person_id"]
    # Listed after the build: publish notices and builds again before publishing.
    home.suppressions_file.write_text(f"person\nmarek PRZEOR\n{person_id}\n", encoding="utf-8")
    second = publish(home, today=DAY)
    assert second.status == "published"
    people, appearances = load("people", home=tmp_path), load("appearances", home=tmp_path)
    assert not {"Marek Przeor", "Ewa Rekosz"} & (set(people["name"]) | set(appearances["name"]))
    delta = json.loads((home.releases_dir / second.version / "delta.json").read_text())  # type: ignore[operator]
    assert person_id in delta["tables"]["people"]["removed"] and len(delta["tables"]["people"]["removed"]) == 2
    assert publish(home, today=DAY).status == "unchanged"


def test_one_edited_page_makes_one_release_naming_that_change(tmp_path, archive) -> None:
    home = HarvestHome(tmp_path)
    build(home)
    assert publish(home, today=DAY).status == "published"
    build(home)
    assert publish(home, today=DAY).status == "unchanged"  # a second run without changes: still one release
    stored, body = archive[6]
    archive[6] = (replace(stored, sha256="e" * 64), body + b"<!-- edited -->")
    build(home)
    second = publish(home, today=DAY)
    assert second.status == "published" and second.version == "2026.11.26.1"
    changes = (home.releases_dir / "2026.11.26.1" / "CHANGES.md").read_text()
    event_id = load("event_pages", home=tmp_path).set_index("page_url").loc[stored.url, "event_id"]
    title = expected_records()[6]["title"]
    assert f"`{event_id}` — {title} (rescheduled) (title)" in changes
    assert f"`{stored.url}` (sha256)" in changes
    assert changes.count("- `") == 2  # the event's title and its page's body, nothing else
