"""The data files of a release: one Parquet and one CSV per table, byte-identical for identical tables."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import TextIO

import pyarrow as pa
import pyarrow.compute as pc

from harvest.schema import TABLES

# Spreadsheets run a cell starting with one of these as a formula (CSV injection); such text cells get a leading `'`.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_LINE_END = "\r\n"  # RFC 4180
DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # ISO 8601 UTC, whole seconds


def neutralise(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cells(column: pa.ChunkedArray, kind: str) -> list[str]:
    """A column as CSV text: ISO 8601 dates and times, true/false, empty cells for nulls."""
    if kind == "datetime":
        # Arrow's %S prints the fraction of finer units: go through whole seconds (all our times are whole seconds).
        column = pc.strftime(column.cast(pa.timestamp("s", tz="UTC")), format=DATETIME_FORMAT)
    elif kind == "date":
        column = pc.strftime(column, format="%Y-%m-%d")
    elif kind == "boolean":
        column = pc.if_else(column, "true", "false")
    elif kind == "integer":
        column = pc.cast(column, pa.string())
    values = column.to_pylist()
    if kind == "string":
        return ["" if v is None else neutralise(v) for v in values]
    return ["" if v is None else v for v in values]


def write_csv(name: str, table: pa.Table, path: Path) -> None:
    """UTF-8 without BOM, RFC 4180 (CRLF, minimal quoting), a header row, columns in schema order."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_csv_to(name, table, handle)


def write_csv_to(name: str, table: pa.Table, handle: TextIO) -> None:
    table_def = TABLES[name]
    columns = [csv_cells(table.column(f.name), f.type) for f in table_def.fields]
    writer = csv.writer(handle, lineterminator=CSV_LINE_END)
    writer.writerow(table_def.columns)
    writer.writerows(zip(*columns, strict=True))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
