"""build → publish in a home: suppressions honoured at publish time (and never named in the delta), one changed page
named in CHANGES.md, a page whose HTML alone changed publishing nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

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

    def correct_parse(html: bytes | str, url: str, **options: object) -> PageRecord:
        record = PageRecord.from_dict(expected[url])
        if b"<!-- edited -->" in (html if isinstance(html, bytes) else html.encode()):
            record.title = f"{record.title} (rescheduled)"
        record.parser_version = "expected"
        return record

    monkeypatch.setattr(build_module, "iter_stored_pages", iter_stored_pages)
    monkeypatch.setattr(build_module, "parse_page", correct_parse)
    return pages


def published_once(root: Path) -> HarvestHome:
    """A home in `root` with one release of the corpus."""
    home = HarvestHome(root)
    build(home)
    assert publish(home, today=DAY).status == "published"
    return home


def person_id_of(home: HarvestHome, name: str) -> str:
    return load("people", home=home.root).set_index("name").loc[name, "person_id"]


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
    assert delta["tables"]["people"]["removed"] == [] and delta["tables"]["people"]["removed_on_request"] == 2
    assert delta["summary"]["people"]["removed"] == 2
    assert publish(home, today=DAY).status == "unchanged"


def test_rows_removed_on_request_are_counted_in_the_delta_never_listed_by_id(tmp_path, archive) -> None:
    home = published_once(tmp_path)
    person_id = person_id_of(home, "Ewa Rekosz")
    appearances = load("appearances", home=tmp_path)
    theirs = appearances[appearances["person_id"] == person_id]
    only_theirs = set(theirs["organisation_id"].dropna()) - set(
        appearances.loc[appearances["person_id"] != person_id, "organisation_id"].dropna()
    )
    assert only_theirs  # their organisation is named by no one else: it goes on request too
    withheld = {person_id, *only_theirs, *(f"{event_id}|{person_id}" for event_id in theirs["event_id"])}
    # Meanwhile another event's only page leaves the archive: those removals are no one's request, and stay listed.
    gone = next(i for i, (stored, _) in enumerate(archive) if "how-can-clusters-be-more-strategic" in stored.url)
    gone_event = load("event_pages", home=tmp_path).set_index("page_url").loc[archive[gone][0].url, "event_id"]
    gone_people = set(appearances.loc[appearances["event_id"] == gone_event, "person_id"])
    del archive[gone]
    home.suppressions_file.write_text(f"person\n{person_id}\n", encoding="utf-8")

    second = publish(home, today=DAY)
    folder = home.releases_dir / str(second.version)
    delta_json, changes = (folder / "delta.json").read_text(), (folder / "CHANGES.md").read_text()
    for row_id in withheld:
        assert row_id not in delta_json and row_id not in changes, row_id
    delta = json.loads(delta_json)["tables"]
    for table, count in (("people", 1), ("appearances", len(theirs)), ("organisations", len(only_theirs))):
        assert delta[table].get("removed_on_request", 0) == count, table
        section = changes.split(f"## {table}\n", 1)[-1].split("## ", 1)[0]
        assert not count or f"{count} row{'s' if count > 1 else ''} removed on request" in section, table
    assert gone_people and set(delta["people"]["removed"]) == gone_people - {person_id}
    assert delta["events"]["removed"] == [gone_event] and f"`{gone_event}`" in changes
    assert all(f"`{gone_person}`" in changes for gone_person in gone_people)


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
    assert changes.count("- `") == 1  # the event's title; its page's new body hash is bookkeeping, not a change
    pages = load("event_pages", home=tmp_path).set_index("page_url")
    assert pages.loc[stored.url, "sha256"] == "e" * 64  # published as of the harvest that made the release


def test_a_page_whose_html_alone_changed_makes_no_release(tmp_path, archive) -> None:
    """A CMS sidebar or form token changes the bytes of every page, not its facts: no release, no delta row."""
    home = published_once(tmp_path)
    stored, body = archive[6]
    later = stored.fetched_at + timedelta(days=1)
    sidebar = body.replace(b"</body>", b"<aside>Upcoming events: a new one</aside><!-- token 8f3a --></body>")
    archive[6] = (replace(stored, sha256="d" * 64, fetched_at=later, last_changed=later, last_checked=later), sidebar)
    assert build(home).pages_reparsed == 1
    assert publish(home, today=DAY).status == "unchanged"


def test_a_build_staged_before_builds_recorded_what_they_withheld_is_built_again(tmp_path, archive) -> None:
    home = published_once(tmp_path)
    person_id = person_id_of(home, "Ewa Rekosz")
    home.suppressions_file.write_text(f"person\n{person_id}\n", encoding="utf-8")
    build(home)
    manifest_path = home.build_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    del manifest["withheld"]  # as an older harvest staged it
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    second = publish(home, today=DAY)
    assert second.status == "published"
    assert person_id not in (home.releases_dir / str(second.version) / "delta.json").read_text()
