"""Releases made from the corpus tables, for the publish tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from tables.pages import corpus_pages, tables_of

from harvest.publish.release import PublishResult, publish_tables
from harvest.publish.settings import ReleaseSettings

DAY = date(2026, 11, 26)
MANIFEST = {"parser_version": "expected", "warnings": {"no_speakers": 3}, "notes": {}}


def corpus_tables() -> dict[str, pa.Table]:
    return tables_of(corpus_pages())


def release(
    releases: Path, tables: dict[str, pa.Table], today: date = DAY, settings: ReleaseSettings | None = None
) -> PublishResult:
    return publish_tables(releases, tables, MANIFEST, settings or ReleaseSettings(), today=today)


def with_column(tables: dict[str, pa.Table], name: str, column: str, values: list) -> dict[str, pa.Table]:
    """A copy of the tables where one column of one table holds new values."""
    table = tables[name]
    position = table.schema.get_field_index(column)
    changed = table.set_column(position, table.schema.field(column), pa.array(values, table.schema.field(column).type))
    return {**tables, name: changed}


def retitled(tables: dict[str, pa.Table], event_id: str, title: str) -> dict[str, pa.Table]:
    events = tables["events"]
    titles = pc.if_else(pc.equal(events.column("event_id"), event_id), title, events.column("title"))
    return with_column(tables, "events", "title", titles.to_pylist())
