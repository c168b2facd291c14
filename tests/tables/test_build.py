"""`build()`: archive → parse cache → tables staged for publish; and the corpus read end to end."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import harvest.tables.build as build_module
from harvest.fetch.store import StoredPage
from harvest.home import HarvestHome
from harvest.parse import parse_page
from harvest.reference import EUROCLUSTERS_CSV, load_euroclusters
from harvest.schema import TABLES
from harvest.tables.build import build
from harvest.tables.checks import check_tables
from harvest.tables.staging import read_build

from .pages import corpus_archive, corpus_pages, rows, stored, tables_of


@pytest.fixture
def archive(monkeypatch: pytest.MonkeyPatch) -> list[tuple[StoredPage, bytes]]:
    """The corpus pages as the archive of a harvest (replaces the crawler's reader)."""
    pages = corpus_archive()

    def iter_stored_pages(home: HarvestHome) -> Iterator[tuple[StoredPage, bytes]]:
        yield from pages

    monkeypatch.setattr(build_module, "iter_stored_pages", iter_stored_pages)
    return pages


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def counting_parse(html: bytes | str, url: str, **options):  # type: ignore[no-untyped-def]
        calls.append(url)
        return parse_page(html, url, **options)

    monkeypatch.setattr(build_module, "parse_page", counting_parse)
    return calls


def test_build_stages_every_table_and_reports_counts(tmp_path, archive, parse_calls) -> None:
    home = HarvestHome(tmp_path)
    result = build(home)
    staged = read_build(home.build_dir)
    assert set(staged.tables) == set(TABLES)
    assert result.tables == {name: table.num_rows for name, table in staged.tables.items()}
    assert result.pages_parsed == result.pages_reparsed == len(archive) == staged.tables["event_pages"].num_rows
    assert result.events == staged.tables["events"].num_rows and result.speakers == staged.tables["people"].num_rows
    assert result.problems == [] and check_tables(staged.tables) == []
    assert staged.manifest["pages"] == len(archive)
    assert json.loads(json.dumps(result.to_dict()))["tables"] == result.tables


def test_parse_cache_parses_only_new_bodies_and_all_on_reparse_or_new_parser(
    tmp_path, archive, parse_calls, monkeypatch
) -> None:
    home = HarvestHome(tmp_path)
    first = build(home)
    assert len(parse_calls) == len(archive)
    again = build(home)
    assert again.pages_reparsed == 0 and len(parse_calls) == len(archive)
    assert again.tables == first.tables
    archive[0] = (stored(archive[0][0].url, sha="f" * 64), archive[0][1] + b"<!-- changed -->")
    assert build(home).pages_reparsed == 1
    assert build(home, reparse=True).pages_reparsed == len(archive)
    monkeypatch.setattr(build_module, "PARSER_VERSION", "999.0")
    assert build(home).pages_reparsed == len(archive)


def test_a_row_added_to_the_reference_table_is_read_by_the_next_build_without_reparse(
    tmp_path, archive, parse_calls, monkeypatch
) -> None:
    """Maintainers extend harvest/data/euroclusters.csv without code: the parse cache must not hide their edit."""
    home = HarvestHome(tmp_path / "home")
    build(home)
    assert "XPAT" not in read_build(home.build_dir).tables["event_euroclusters"].column("eurocluster_id").to_pylist()
    packaged = Path(build_module.__file__).parents[1] / "data" / EUROCLUSTERS_CSV
    edited = tmp_path / EUROCLUSTERS_CSV
    row = "XPAT,Unitary Patent Eurocluster,unitary patent|European patent system,Test,,,test,\n"
    edited.write_text(packaged.read_text(encoding="utf-8") + row, encoding="utf-8")
    monkeypatch.setattr(build_module, "load_euroclusters", lambda: load_euroclusters(edited))

    result = build(home)
    assert result.pages_reparsed == len(archive)  # every page read again with the new table
    tables = read_build(home.build_dir).tables
    patents = next(p for p in rows(tables, "event_pages") if "patents-europe-new-framework" in p["page_url"])
    assert {"event_id": patents["event_id"], "eurocluster_id": "XPAT", "how": "text"} in rows(
        tables, "event_euroclusters"
    )
    assert "XPAT" in tables["euroclusters"].column("eurocluster_id").to_pylist()
    assert build(home).pages_reparsed == 0  # and cached under the edited table


def test_a_parser_crash_is_a_warning_not_a_failed_build(tmp_path, archive, monkeypatch) -> None:
    def crashing_parse(html: bytes | str, url: str, **options):  # type: ignore[no-untyped-def]
        if url == archive[3][0].url:
            raise ValueError("unexpected markup")
        return parse_page(html, url, **options)

    monkeypatch.setattr(build_module, "parse_page", crashing_parse)
    result = build(HarvestHome(tmp_path))
    assert result.warnings.get("parser_error") == 1
    assert result.pages_parsed == len(archive)


def test_same_pages_stage_byte_identical_parquet(tmp_path, archive) -> None:
    one, two = HarvestHome(tmp_path / "one"), HarvestHome(tmp_path / "two")
    build(one)
    build(two)
    for name in TABLES:
        assert (one.build_dir / f"{name}.parquet").read_bytes() == (two.build_dir / f"{name}.parquet").read_bytes()


def test_suppression_list_is_honoured_by_build(tmp_path, archive) -> None:
    home = HarvestHome(tmp_path)
    home.suppressions_file.write_text("person,listed_on\nMarek Przeor,2026-11-26\n# comment\n", encoding="utf-8")
    build(home)
    tables = read_build(home.build_dir).tables
    assert "Marek Przeor" not in tables["people"].column("name").to_pylist()


def test_corpus_as_a_correct_parser_reads_it() -> None:
    """The expected records of the 28 corpus pages: the three events published twice merge, ids are stable."""
    tables = tables_of(corpus_pages())
    assert check_tables(tables) == []
    assert tables["events"].num_rows == 24  # 27 event pages, three events with two pages each
    merged = {e["event_id"]: e for e in rows(tables, "events") if e["pages"] == 2}
    urls = {p["page_url"].rstrip("/").rsplit("/", 1)[-1]: p["event_id"] for p in rows(tables, "event_pages")}
    assert urls["eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition"] in merged
    assert urls["clusters-meet-regions-east-and-north-finland"] == urls["clusters-meet-regions-Kittila-Finland"]
    assert urls["clusters-meet-regions-iasi-romania"] in merged
    assert urls["eurocluster-rural-tourism-09-2022-08-2024"] is None
    seed = next(e for e in merged.values() if e["title"].startswith("Meet the Euroclusters"))
    assert seed["primary_url"].startswith("https://clustercollaboration.eu/") and seed["speakers"] == 5
    assert tables_of(corpus_pages()) == tables  # same pages, same tables


def test_corpus_as_parsed_builds_valid_tables(tmp_path, archive) -> None:
    """Whatever the parser reads today, every page is listed and the tables pass the schema checks."""
    home = HarvestHome(tmp_path)
    result = build(home)
    tables = read_build(home.build_dir).tables
    assert check_tables(tables) == []
    assert tables["event_pages"].num_rows == 28
    assert sum(tables["events"].column("pages").to_pylist()) == sum(
        tables["event_pages"].column("is_event").to_pylist()
    )
    assert result.events <= 28
