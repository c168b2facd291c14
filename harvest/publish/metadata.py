"""Release metadata generated from the schema module: datapackage.json, README.md, CITATION.cff, dcat.jsonld,
quality.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from harvest import __version__
from harvest.home import DATASET_NAME
from harvest.publish.files import CSV_LINE_END, FORMULA_STARTS
from harvest.publish.settings import ReleaseSettings
from harvest.schema import TABLES, data_dictionary_markdown

LICENSE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
RIGHTS_HOLDER = "European Cluster Collaboration Platform © European Union"
MEDIA_TYPES = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}
EU_FILE_TYPES = {"csv": "CSV", "parquet": "PARQUET"}  # EU Publications Office file-type authority codes


@dataclass(frozen=True)
class DataFile:
    table: str
    format: str  # csv | parquet
    bytes: int
    sha256: str

    @property
    def path(self) -> str:
        return f"{self.table}.{self.format}"

    @property
    def resource_name(self) -> str:
        return self.table if self.format == "csv" else f"{self.table}-{self.format}"


@dataclass(frozen=True)
class ReleaseInfo:
    version: str
    created: datetime
    settings: ReleaseSettings
    counts: dict[str, int]
    first_event: date | None
    last_event: date | None


def resource(data_file: DataFile) -> dict[str, Any]:
    """One Frictionless resource. CSV files are tables frictionless checks row by row; Parquet files are declared as
    files (bytes and hash checked) with the same schema, which `harvest validate` checks against the CSV."""
    table_def = TABLES[data_file.table]
    schema = table_def.frictionless_schema()
    suffix = "" if data_file.format == "csv" else f"-{data_file.format}"
    for foreign_key in schema.get("foreignKeys", []):
        foreign_key["reference"]["resource"] += suffix
    spec: dict[str, Any] = {
        "name": data_file.resource_name,
        "type": "table" if data_file.format == "csv" else "file",
        "path": data_file.path,
        "title": f"{table_def.title} ({data_file.format.upper()})",
        "description": table_def.description,
        "format": data_file.format,
        "mediatype": MEDIA_TYPES[data_file.format],
        "bytes": data_file.bytes,
        "hash": f"sha256:{data_file.sha256}",
    }
    if data_file.format == "csv":
        spec["encoding"] = "utf-8"
        spec["dialect"] = {"delimiter": ",", "lineTerminator": CSV_LINE_END, "quoteChar": '"', "header": True}
    spec["schema"] = schema
    return spec


def datapackage(info: ReleaseInfo, files: list[DataFile]) -> dict[str, Any]:
    s = info.settings
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": DATASET_NAME,
        "id": f"urn:eccp-harvest:{DATASET_NAME}:{info.version}",
        "version": info.version,
        "created": info.created.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "title": s.title,
        "description": s.description,
        "homepage": s.homepage,
        "keywords": list(s.keywords),
        "licenses": [LICENSE],
        "sources": [{"title": title, "path": url} for title, url in s.sources],
        "contributors": [
            {"title": s.publisher, "roles": ["creator", "publisher"], **({"email": s.contact} if s.contact else {})},
            {"title": RIGHTS_HOLDER, "roles": ["rightsHolder"], "path": "https://clustercollaboration.eu"},
        ],
        "resources": [resource(f) for f in files],
    }


def citation_cff(info: ReleaseInfo) -> str:
    s = info.settings
    lines = [
        "cff-version: 1.2.0",
        'message: "If you use this dataset, please cite it as below."',
        "type: dataset",
        f"title: {json.dumps(s.title, ensure_ascii=False)}",
        f'version: "{info.version}"',
        f'date-released: "{info.created.date().isoformat()}"',
        "license: CC-BY-4.0",
        "authors:",
        f"  - name: {json.dumps(s.publisher, ensure_ascii=False)}",
        f"abstract: {json.dumps(s.description, ensure_ascii=False)}",
        "keywords:",
        *(f"  - {json.dumps(k, ensure_ascii=False)}" for k in s.keywords),
    ]
    if s.homepage:
        lines.append(f"url: {json.dumps(s.homepage)}")
    lines += ["references:", "  - type: website", f"    title: {json.dumps(RIGHTS_HOLDER, ensure_ascii=False)}"]
    lines += ["    authors:", '      - name: "European Union"', '    url: "https://clustercollaboration.eu"']
    return "\n".join(lines) + "\n"


def dcat(info: ReleaseInfo, files: list[DataFile]) -> dict[str, Any]:
    """DCAT-AP description of the release: the dataset and one distribution per data file."""
    s = info.settings
    dataset_id = f"urn:eccp-harvest:{DATASET_NAME}:{info.version}"
    temporal: dict[str, Any] = {"@type": "dct:PeriodOfTime"}
    if info.first_event:
        temporal["dcat:startDate"] = {"@value": info.first_event.isoformat(), "@type": "xsd:date"}
    if info.last_event:
        temporal["dcat:endDate"] = {"@value": info.last_event.isoformat(), "@type": "xsd:date"}
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "adms": "http://www.w3.org/ns/adms#",
            "spdx": "http://spdx.org/rdf/terms#",
        },
        "@id": dataset_id,
        "@type": "dcat:Dataset",
        "dct:identifier": dataset_id,
        "dct:title": {"@value": s.title, "@language": "en"},
        "dct:description": {"@value": s.description, "@language": "en"},
        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": s.publisher},
        "dct:rightsHolder": {"@type": "foaf:Agent", "foaf:name": RIGHTS_HOLDER},
        "dct:source": [{"@id": url} for _, url in s.sources],
        "dcat:keyword": list(s.keywords),
        "dct:temporal": temporal,
        "dct:issued": {"@value": info.created.isoformat(timespec="seconds"), "@type": "xsd:dateTime"},
        "dcat:version": info.version,
        "dct:license": {"@id": LICENSE["path"]},
        "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/ENG"},
        "dcat:distribution": [
            {
                "@id": f"{dataset_id}:{f.path}",
                "@type": "dcat:Distribution",
                "dct:title": f"{TABLES[f.table].title} ({f.format.upper()})",
                "dcat:accessURL": {"@id": f.path},
                "dcat:downloadURL": {"@id": f.path},
                "dct:format": {
                    "@id": f"http://publications.europa.eu/resource/authority/file-type/{EU_FILE_TYPES[f.format]}"
                },
                "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{MEDIA_TYPES[f.format]}"},
                "dcat:byteSize": {"@value": str(f.bytes), "@type": "xsd:nonNegativeInteger"},
                "dct:license": {"@id": LICENSE["path"]},
                "spdx:checksum": {
                    "@type": "spdx:Checksum",
                    "spdx:algorithm": {"@id": "spdx:checksumAlgorithm_sha256"},
                    "spdx:checksumValue": f.sha256,
                },
            }
            for f in files
        ],
    }


def fill_rates(tables: dict[str, pa.Table]) -> dict[str, dict[str, float]]:
    """Share of rows with a value, per field."""
    rates: dict[str, dict[str, float]] = {}
    for name, table in tables.items():
        rows = table.num_rows
        rates[name] = {
            column: round(1 - table.column(column).null_count / rows, 4) if rows else 0.0
            for column in table.column_names
        }
    return rates


def quality(info: ReleaseInfo, tables: dict[str, pa.Table], build_manifest: dict[str, Any]) -> dict[str, Any]:
    pages = tables["event_pages"]
    return {
        "version": info.version,
        "rows": info.counts,
        "fill_rate": fill_rates(tables),
        "pages": {
            "harvested": pages.num_rows,
            "events": int(pc.sum(pages.column("is_event")).as_py() or 0),
            "gone": pages.num_rows - pages.column("gone_at").null_count,
            "with_warnings": pages.num_rows - pages.column("warnings").null_count,
        },
        "parser_version": build_manifest.get("parser_version"),
        "parser_warnings": build_manifest.get("warnings", {}),  # code → pages with it
        "build_notes": build_manifest.get("notes", {}),  # code → problems met while building the tables
    }


def readme(info: ReleaseInfo, files: list[DataFile]) -> str:
    s = info.settings
    period = (
        f"{info.first_event.isoformat()} to {info.last_event.isoformat()}"
        if info.first_event and info.last_event
        else ""
    )
    counts = "\n".join(f"| `{name}` | {TABLES[name].title} | {rows} |" for name, rows in info.counts.items())
    formula_chars = ", ".join(f"`{c}`" for c in FORMULA_STARTS if c.isprintable()) + ", tab or carriage return"
    files_list = "\n".join(f"- `{f.path}` ({f.bytes} bytes)" for f in files)
    sources = "\n".join(f"- {title}: <{url}>" for title, url in s.sources)
    return f"""# {s.title}

Release **{info.version}** ({info.created.date().isoformat()}){f", events from {period}" if period else ""}.

{s.description}

| table | content | rows |
|---|---|---:|
{counts}

## Files

Each table comes twice, with the same rows in the same order:

- **Parquet** (`<table>.parquet`): typed columns (times are UTC instants with time zone), zstd-compressed.
- **CSV** (`<table>.csv`): UTF-8 without byte-order mark, RFC 4180 (comma, `"` quoting when needed, CRLF line ends),
  a header row; dates `YYYY-MM-DD`, times ISO 8601 in UTC (`2023-03-08T07:30:00Z`), booleans `true`/`false`, an empty
  cell for a missing value. **Spreadsheet safety:** a text cell beginning with {formula_chars} gets a
  leading `'` so that spreadsheet programs do not run it as a formula; the Parquet value is left intact.

`datapackage.json` describes every file ([Frictionless Data Package v2](https://datapackage.org/): field types,
descriptions, primary and foreign keys, sizes and SHA-256 hashes); `SHA256SUMS` lists the checksums
(`sha256sum -c SHA256SUMS`); `dcat.jsonld` is a DCAT-AP description; `CITATION.cff` says how to cite;
`delta.json` and `CHANGES.md` list the rows added, removed and changed since the previous release; `quality.json`
gives rows per table, the share of filled values per field and the parser's warnings.

{files_list}

Load a table: `pandas.read_parquet("events.parquet")`, `polars.read_parquet(...)`,
`duckdb.sql("select * from 'events.parquet'")`, or with the harvest tool `harvest.load("events")`.

## Sources and attribution

The facts come from the event pages of the
[European Cluster Collaboration Platform](https://clustercollaboration.eu) (© European Union) and of sites that
republish them:

{sources}

Attribution: *Contains information from the European Cluster Collaboration Platform, © European Union, reused
under its reuse policy; source URL of each event in `events.primary_url` and `event_pages.page_url`.*

What was changed: only facts are kept (titles, dates and times, series, speakers' names with the role and
organisation printed next to them, Euroclusters named, links to attached documents) — no images, logos or
descriptions. Pages about the same event are merged into one event; times are converted to UTC and also kept as
printed; names are matched across spellings (the display name is the most frequent spelling); Euroclusters are
mapped to the acronyms of the reference table.

## Personal data

Speaker names, roles and organisations are personal data. This dataset publishes only what the source pages
themselves show, in a professional capacity, as speakers at public events. People listed in the harvest's
suppression list are removed, with all their appearances, from every release built after they were listed.
To be listed, write to the publisher ({s.contact or s.homepage}) naming the person; earlier releases are not rewritten,
but no later release carries the name.

## Licence

The data is published under the
[Creative Commons Attribution 4.0 International licence (CC BY 4.0)](https://creativecommons.org/licenses/by/4.0/).
Please attribute the European Cluster Collaboration Platform (© European Union) and this dataset.

## How to cite

> {s.publisher} ({info.created.year}). *{s.title}* (version {info.version}) [Data set]. {s.homepage}
> Contains information from the European Cluster Collaboration Platform, © European Union.

See `CITATION.cff` for a machine-readable citation.

## Data dictionary

Made by eccp-harvest {__version__} from its schema module (`harvest/schema.py`).

{data_dictionary_markdown()}"""
