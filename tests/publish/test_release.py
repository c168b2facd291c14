"""publish: release folder, versions, unchanged builds, delta, count assertions, atomicity, suppression."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from tables.pages import corpus_pages, tables_of

import harvest.publish.release as release_module
from harvest.publish.settings import ReleaseSettings
from harvest.schema import TABLES

from .helpers import DAY, corpus_tables, release, retitled, with_column

RELEASE_FILES = {
    "datapackage.json",
    "SHA256SUMS",
    "CHANGES.md",
    "delta.json",
    "quality.json",
    "README.md",
    "CITATION.cff",
    "dcat.jsonld",
    *(f"{name}.{kind}" for name in TABLES for kind in ("parquet", "csv")),
}


@pytest.fixture
def releases(tmp_path):
    return tmp_path / "datasets" / "eccp-events"


def index_of(releases) -> dict:
    return json.loads((releases / "index.json").read_text(encoding="utf-8"))


def test_first_release_has_every_file_and_an_index(releases) -> None:
    result = release(releases, corpus_tables())
    assert (result.status, result.published, result.version) == ("published", True, "2026.11.26")
    folder = releases / "2026.11.26"
    assert {p.name for p in folder.iterdir()} == RELEASE_FILES
    index = index_of(releases)
    assert index["latest"] == "2026.11.26"
    (entry,) = index["versions"]
    assert entry["result"] == "published" and entry["path"] == "2026.11.26" and entry["counts"]["events"] == 24
    delta = json.loads((folder / "delta.json").read_text())
    assert delta["previous"] is None and delta["summary"]["events"]["added"] == 24
    assert "First release" in (folder / "CHANGES.md").read_text()
    assert not [p for p in releases.iterdir() if p.name.startswith(".")]  # no temporary folder left
    assert result.to_dict()["path"] == str(folder)


def test_same_tables_publish_nothing_and_say_so(releases) -> None:
    tables = corpus_tables()
    release(releases, tables)
    before = (releases / "index.json").read_bytes()
    again = release(releases, tables, today=date(2026, 12, 1))
    assert (again.status, again.published, again.version) == ("unchanged", False, "2026.11.26")
    assert "equal release 2026.11.26" in again.reason
    assert (releases / "index.json").read_bytes() == before
    assert sorted(p.name for p in releases.iterdir()) == ["2026.11.26", "index.json"]


def test_bookkeeping_columns_alone_are_not_a_change(releases) -> None:
    tables = corpus_tables()
    release(releases, tables)
    later = [None] * tables["event_pages"].num_rows  # last_checked moved (here: lost) — bookkeeping only
    assert release(releases, with_column(tables, "event_pages", "last_checked", later)).status == "unchanged"
    # The HTML-level traces churn with every sidebar or token the CMS changes, and the parser version with every
    # parser release: none is a fact of the event.
    pages = tables["event_pages"].num_rows
    for column, values in (
        ("sha256", ["f" * 64] * pages),
        ("last_changed", [datetime(2026, 11, 27, tzinfo=UTC)] * pages),
        ("parser_version", ["9.9.9"] * pages),
    ):
        assert release(releases, with_column(tables, "event_pages", column, values)).status == "unchanged", column


def test_a_changed_title_makes_a_new_version_whose_delta_names_exactly_it(releases) -> None:
    tables = corpus_tables()
    release(releases, tables)
    event_id = tables["events"].column("event_id")[5].as_py()
    second = release(releases, retitled(tables, event_id, "A corrected title"))
    assert (second.status, second.version) == ("published", "2026.11.26.1")
    delta = json.loads((releases / "2026.11.26.1" / "delta.json").read_text())
    assert delta["previous"] == "2026.11.26"
    assert delta["tables"]["events"] == {"added": [], "removed": [], "changed": {event_id: ["title"]}}
    assert all(
        not any(d[k] for k in ("added", "removed", "changed")) for n, d in delta["tables"].items() if n != "events"
    )
    changes = (releases / "2026.11.26.1" / "CHANGES.md").read_text()
    assert f"- `{event_id}` — A corrected title (title)" in changes
    assert changes.count("- `") == 1
    index = index_of(releases)
    assert index["latest"] == "2026.11.26.1" and [v["version"] for v in index["versions"]] == [
        "2026.11.26",
        "2026.11.26.1",
    ]


def test_calver_versions_per_day_and_release_folders_are_never_reused(releases) -> None:
    tables = corpus_tables()
    ids = tables["events"].column("event_id").to_pylist()
    assert release(releases, tables, today=date(2026, 11, 26)).version == "2026.11.26"
    assert release(releases, retitled(tables, ids[0], "x"), today=date(2026, 11, 26)).version == "2026.11.26.1"
    assert release(releases, retitled(tables, ids[0], "y"), today=date(2026, 11, 26)).version == "2026.11.26.2"
    assert release(releases, retitled(tables, ids[0], "z"), today=date(2026, 11, 27)).version == "2026.11.27"
    (releases / "2026.11.28").mkdir()  # e.g. left by a crash after the rename, before the index was written
    assert release(releases, tables, today=date(2026, 11, 28)).version == "2026.11.28.1"


def test_losing_most_events_is_refused_and_recorded(releases) -> None:
    tables = corpus_tables()
    release(releases, tables)
    shrunk = tables_of(corpus_pages()[:20])  # a harvest that lost pages: 17 events of 24 is below 80%
    refused = release(releases, shrunk)
    assert (refused.status, refused.published, refused.version, refused.exit_code) == ("refused", False, None, 2)
    assert refused.reason == "events fell from 24 in release 2026.11.26 to 17 (below 80%)"
    index = index_of(releases)
    assert index["latest"] == "2026.11.26"
    assert index["versions"][-1]["result"] == "refused" and index["versions"][-1]["reason"] == refused.reason
    assert sorted(p.name for p in releases.iterdir()) == ["2026.11.26", "index.json"]
    # The threshold is configurable.
    assert release(releases, shrunk, settings=ReleaseSettings(min_events_ratio=0.5)).status != "refused"


def test_an_empty_speakers_table_is_refused(releases) -> None:
    tables = corpus_tables()
    empty = {name: table.slice(0, 0) if name in ("people", "appearances") else table for name, table in tables.items()}
    refused = release(releases, empty)
    assert refused.status == "refused" and "the speakers table (people) is empty" in refused.reason
    assert index_of(releases)["latest"] is None and index_of(releases)["versions"][0]["result"] == "refused"


def test_tables_failing_the_schema_checks_are_refused(releases) -> None:
    tables = corpus_tables()
    broken = with_column(tables, "appearances", "person_id", ["pe_missing"] * tables["appearances"].num_rows)
    refused = release(releases, broken)
    assert refused.status == "refused" and "appearances.person_id" in refused.reason


@pytest.mark.parametrize("crash_in", ["write_release", "write_index"])
def test_a_crash_leaves_the_previous_release_and_index_intact(releases, monkeypatch, crash_in) -> None:
    tables = corpus_tables()
    release(releases, tables)
    index_before = (releases / "index.json").read_bytes()
    files_before = {p.name: p.read_bytes() for p in (releases / "2026.11.26").iterdir()}
    real = getattr(release_module, crash_in)

    def crash(*args, **kwargs):  # type: ignore[no-untyped-def]
        if crash_in == "write_release":
            real(*args, **kwargs)  # every file written, then the machine dies before the rename
        raise OSError("disk on fire")

    monkeypatch.setattr(release_module, crash_in, crash)
    with pytest.raises(OSError):
        release(releases, retitled(tables, tables["events"].column("event_id")[0].as_py(), "new"))
    assert (releases / "index.json").read_bytes() == index_before
    assert {p.name: p.read_bytes() for p in (releases / "2026.11.26").iterdir()} == files_before
    monkeypatch.undo()
    after = release(releases, retitled(tables, tables["events"].column("event_id")[0].as_py(), "new"))
    assert after.status == "published" and index_of(releases)["latest"] == after.version
    assert not [p for p in releases.iterdir() if p.name.startswith(".tmp")]


def test_same_tables_give_byte_identical_data_files(tmp_path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    release(one, corpus_tables())
    release(two, corpus_tables(), today=date(2027, 1, 1))
    for name in TABLES:
        for kind in ("parquet", "csv"):
            file = f"{name}.{kind}"
            assert (one / "2026.11.26" / file).read_bytes() == (two / "2027.01.01" / file).read_bytes(), file


def test_settings_from_the_config(tmp_path) -> None:
    from harvest.config import load_settings
    from harvest.errors import UserError
    from harvest.home import HarvestHome

    home = HarvestHome(tmp_path)
    home.config_file.write_text('[publish]\nmin_events_ratio = 0.5\npublisher = "ACME Open Data"\n', encoding="utf-8")
    settings = ReleaseSettings.from_settings(load_settings(home))
    assert settings.min_events_ratio == 0.5 and settings.publisher == "ACME Open Data"
    assert settings.min_people == 1 and settings.sources  # defaults, and the sites from the sources config
    home.config_file.write_text("[publish]\nmin_event_ratio = 0.5\n", encoding="utf-8")
    with pytest.raises(UserError, match="unknown keys: min_event_ratio"):
        ReleaseSettings.from_settings(load_settings(home))
    home.config_file.write_text('[publish]\nmin_people = "one"\n', encoding="utf-8")
    with pytest.raises(UserError, match="min_people must be a int"):
        ReleaseSettings.from_settings(load_settings(home))


def test_index_records_what_the_run_report_needs(releases) -> None:
    result = release(releases, corpus_tables()).to_dict()
    assert {"version", "path", "published", "reason", "status"} <= set(result)
    assert result["changes"]["people"]["added"] == result["counts"]["people"]
    assert DAY.strftime("%Y.%m.%d") == result["version"]


def test_release_files_are_read_only(releases) -> None:
    release(releases, corpus_tables())
    assert all(not p.stat().st_mode & 0o222 for p in (releases / "2026.11.26").iterdir())


def test_a_release_of_an_older_schema_is_compared_column_by_column(releases) -> None:
    import pyarrow.parquet as pq

    tables = corpus_tables()
    release(releases, tables)
    old_events = releases / "2026.11.26" / "events.parquet"
    old_events.chmod(0o644)
    pq.write_table(tables["events"].drop_columns(["language"]), old_events)  # as if `language` were new today
    index = index_of(releases)
    del index["versions"][0]["content_sha256"]
    (releases / "index.json").write_text(json.dumps(index))
    assert release(releases, tables).status == "unchanged"  # the new column is empty in both
    with_language = with_column(tables, "events", "language", ["en"] * tables["events"].num_rows)
    second = release(releases, with_language)
    assert second.status == "published" and second.changes["events"]["changed"] == 24
