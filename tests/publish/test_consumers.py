"""What users of a release get: every reader opens every table, CSV = Parquet, metadata, validation, load()."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest
import yaml

import harvest
from harvest.errors import UserError
from harvest.publish.files import FORMULA_STARTS
from harvest.publish.validate import validate_release
from harvest.schema import TABLES

from .helpers import corpus_tables, release, retitled

FORMULA_TITLE = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    """A home with one release of the corpus tables, one event titled like a spreadsheet formula."""
    root = tmp_path_factory.mktemp("home")
    tables = corpus_tables()
    tables = retitled(tables, tables["events"].column("event_id")[0].as_py(), FORMULA_TITLE)
    release(root / "datasets" / "eccp-events", tables)
    return root


@pytest.fixture(scope="module")
def folder(home: Path) -> Path:
    return home / "datasets" / "eccp-events" / "2026.11.26"


def frictionless_cli() -> str:
    return shutil.which("frictionless", path=str(Path(sys.executable).parent)) or "frictionless"


def test_frictionless_validate_passes(folder: Path) -> None:
    done = subprocess.run(
        [frictionless_cli(), "validate", "datapackage.json"], cwd=folder, capture_output=True, text=True, timeout=240
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert validate_release(folder) == []


@pytest.mark.parametrize("name", list(TABLES))
def test_every_reader_opens_every_table_with_the_same_rows(folder: Path, name: str) -> None:
    parquet, csv_path = folder / f"{name}.parquet", folder / f"{name}.csv"
    arrow = pq.read_table(parquet)
    assert arrow.schema.remove_metadata() == TABLES[name].arrow_schema().remove_metadata()
    frame = pd.read_parquet(parquet)
    assert len(frame) == arrow.num_rows == pl.read_parquet(parquet).height
    assert duckdb.sql(f"select count(*) from read_parquet('{parquet}')").fetchall()[0][0] == arrow.num_rows
    assert duckdb.sql(f"select count(*) from read_csv('{csv_path}', header=true)").fetchall()[0][0] == arrow.num_rows
    assert pl.read_csv(csv_path, infer_schema=False).height == arrow.num_rows
    # CSV and Parquet hold the same rows: compare as text, undoing the spreadsheet guard.
    from_csv = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    assert list(from_csv.columns) == TABLES[name].columns
    for f in TABLES[name].fields:
        expected = [text_of(v, f.type) for v in arrow.column(f.name).to_pylist()]
        got = [unguard(v) if f.type == "string" else v for v in from_csv[f.name]]
        assert got == expected, f"{name}.{f.name}"


POLARS_TYPES = {
    "string": pl.String(),
    "integer": pl.Int64(),
    "boolean": pl.Boolean(),
    "date": pl.Date(),
    "datetime": pl.Datetime("us", "UTC"),
}
DUCKDB_TYPES = {
    "string": "VARCHAR",
    "integer": "BIGINT",
    "boolean": "BOOLEAN",
    "date": "DATE",
    "datetime": "TIMESTAMP WITH TIME ZONE",
}


@pytest.mark.parametrize("name", list(TABLES))
def test_polars_and_duckdb_see_the_schema_types(folder: Path, name: str) -> None:
    """Typed columns for every reader: tz-aware UTC instants, 64-bit integers, booleans, dates."""
    parquet = folder / f"{name}.parquet"
    polars_schema = pl.read_parquet(parquet).schema
    duckdb_types = dict(
        (row[0], row[1]) for row in duckdb.sql(f"describe select * from read_parquet('{parquet}')").fetchall()
    )
    for f in TABLES[name].fields:
        assert polars_schema[f.name] == POLARS_TYPES[f.type], f"{name}.{f.name}"
        assert duckdb_types[f.name] == DUCKDB_TYPES[f.type], f"{name}.{f.name}"


def text_of(value, kind: str) -> str:  # type: ignore[no-untyped-def]
    if value is None:
        return ""
    if kind == "datetime":
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == "boolean":
        return "true" if value else "false"
    return str(value)


def unguard(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def test_formula_like_text_is_neutralised_in_csv_only(folder: Path) -> None:
    with (folder / "events.csv").open(encoding="utf-8", newline="") as handle:
        titles = [row["title"] for row in csv.DictReader(handle)]
    assert "'" + FORMULA_TITLE in titles and FORMULA_TITLE not in titles
    assert FORMULA_TITLE in pq.read_table(folder / "events.parquet").column("title").to_pylist()
    assert "leading `'`" in (folder / "README.md").read_text()


def test_csv_is_utf8_without_bom_with_crlf_and_iso_times(folder: Path) -> None:
    raw = (folder / "events.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") >= 25
    raw.decode("utf-8")
    assert b",2023-03-08T07:30:00Z," in raw


def test_datapackage_is_generated_from_the_schema(folder: Path) -> None:
    package = json.loads((folder / "datapackage.json").read_text())
    assert package["name"] == "eccp-events" and package["version"] == "2026.11.26"
    assert package["licenses"][0]["name"] == "CC-BY-4.0" and package["created"].endswith("Z")
    assert package["id"] and package["sources"] and package["contributors"]
    resources = {r["name"]: r for r in package["resources"]}
    assert len(resources) == 2 * len(TABLES)
    appearances = resources["appearances"]
    assert appearances["schema"]["primaryKey"] == ["event_id", "person_id"]
    assert {"fields": ["person_id"], "reference": {"resource": "people", "fields": ["person_id"]}} in appearances[
        "schema"
    ]["foreignKeys"]
    for resource in resources.values():
        assert resource["bytes"] == (folder / resource["path"]).stat().st_size
        assert resource["hash"].startswith("sha256:") and resource["schema"]["fields"]


def test_readme_citation_and_dcat(folder: Path) -> None:
    readme = (folder / "README.md").read_text()
    for text in (
        "© European Union",
        "CC BY 4.0",
        "## Personal data",
        "suppression list",
        "## How to cite",
        "`events.primary_url`",
        "### `appearances`",
        "| `person_id` | string |",
        # Bookkeeping is frozen at the release that carries it: the README must not claim every harvest refreshes it.
        "SHA-256 of the archived body (the exact copy the facts come from). (bookkeeping: as of the harvest that made "
        "this release; a change in it alone makes no new release) |",
    ):
        assert text in readme, text
    assert "refreshed by every harvest" not in readme
    citation = yaml.safe_load((folder / "CITATION.cff").read_text())
    assert citation["type"] == "dataset" and citation["version"] == "2026.11.26"
    assert citation["date-released"] and citation["license"] == "CC-BY-4.0"
    dcat = json.loads((folder / "dcat.jsonld").read_text())
    assert dcat["@type"] == "dcat:Dataset" and dcat["dct:publisher"]["foaf:name"]
    assert dcat["dct:temporal"]["dcat:startDate"]["@value"] == "2017-06-23"
    assert len(dcat["dcat:distribution"]) == 2 * len(TABLES)
    assert {d["dcat:mediaType"]["@id"].rsplit("/", 2)[-2] for d in dcat["dcat:distribution"]} == {"text", "application"}


def test_quality_report(folder: Path) -> None:
    quality = json.loads((folder / "quality.json").read_text())
    assert quality["rows"]["events"] == 24
    assert quality["fill_rate"]["events"]["event_id"] == 1.0 and 0 < quality["fill_rate"]["events"]["start_utc"] < 1
    assert quality["parser_warnings"] == {"no_speakers": 3}


def test_validate_finds_tampering(folder: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(folder, tmp_path / "copy")
    for path in copy.iterdir():
        path.chmod(0o644)  # releases are read-only; this copy is to be tampered with
    events = copy / "events.csv"
    events.write_bytes(events.read_bytes().replace(b"Bio-based", b"Bio-fased"))
    (copy / "CHANGES.md").unlink()
    problems = validate_release(copy)
    assert "events.csv: SHA-256 differs from SHA256SUMS" in problems
    assert "events.csv: rows differ from events.parquet" in problems
    assert "SHA256SUMS: CHANGES.md is missing" in problems
    assert any(p.startswith("frictionless: events") for p in problems)
    assert validate_release(tmp_path / "nothing") == [
        f"{tmp_path / 'nothing'}: no datapackage.json (not a release folder)"
    ]


def test_load_gives_the_latest_release(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events = harvest.load("events", home=home)
    assert len(events) == 24 and str(events["start_utc"].dtype) == "datetime64[us, UTC]"
    monkeypatch.setenv("HARVEST_HOME", str(home))
    assert len(harvest.load("people")) == len(harvest.load("people", version="2026.11.26"))
    with pytest.raises(UserError, match=r"no release 2020\.01\.01"):
        harvest.load("people", version="2020.01.01")
    with pytest.raises(UserError, match="no table 'speakers'"):
        harvest.load("speakers")
