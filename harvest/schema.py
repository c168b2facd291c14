"""THE definition of every published table and field.

Everything else is generated from this module: the Arrow schemas of the Parquet files, the Frictionless table schemas
in `datapackage.json`, the data dictionary in each release README, the CSV column order, the row order, and the checks
run before a release is published (`harvest/tables/checks.py`). Change a table here and nowhere else.

Ids are short and stable: a prefix and the first 16 hex digits of the SHA-256 of a normalised key (see `stable_id`).
Each table says in `id_rule` which source fields make its key and why those.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

import pyarrow as pa

FieldType = Literal["string", "integer", "boolean", "date", "datetime"]

# Timestamps are whole seconds in UTC; Parquet stores them as tz-aware microsecond instants (what pandas, polars and
# duckdb all read as "timestamp with time zone").
ARROW_TYPES: dict[FieldType, pa.DataType] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
    "datetime": pa.timestamp("us", tz="UTC"),
}


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    type: FieldType
    description: str
    nullable: bool = True
    # Bookkeeping that moves without the facts moving: when a page was last checked, and the HTML-level traces (body
    # hash, when the body last changed, parser version) that churn whenever a CMS sidebar or token changes. Published
    # as of the harvest that made the release, but ignored when deciding whether a build differs from the latest
    # release and in the delta, so that a harvest whose facts did not change publishes nothing.
    volatile: bool = False
    enum: tuple[str, ...] | None = None
    unique: bool = False

    def frictionless(self) -> dict[str, Any]:
        spec: dict[str, Any] = {"name": self.name, "type": self.type, "description": self.description}
        constraints: dict[str, Any] = {}
        if not self.nullable:
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if constraints:
            spec["constraints"] = constraints
        return spec


@dataclass(frozen=True, slots=True)
class ForeignKey:
    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    sort_by: tuple[str, ...]
    id_rule: str
    foreign_keys: tuple[ForeignKey, ...] = ()
    by_name: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})
        for name in (*self.primary_key, *self.sort_by, *(n for fk in self.foreign_keys for n in fk.fields)):
            if name not in self.by_name:
                raise ValueError(f"table {self.name}: unknown field {name!r}")

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def stable_columns(self) -> list[str]:
        """The columns whose change makes a new release (all but the volatile bookkeeping)."""
        return [f.name for f in self.fields if not f.volatile]

    def arrow_schema(self) -> pa.Schema:
        return pa.schema(
            [pa.field(f.name, ARROW_TYPES[f.type], nullable=f.nullable) for f in self.fields],
            metadata={"table": self.name, "description": self.description},
        )

    def frictionless_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "fields": [f.frictionless() for f in self.fields],
            "primaryKey": list(self.primary_key),
            "missingValues": [""],
        }
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": list(fk.fields), "reference": {"resource": fk.table, "fields": list(fk.reference)}}
                for fk in self.foreign_keys
            ]
        return schema


ID_HEX_DIGITS = 16  # 64 bits: a collision needs ~4 billion keys of one kind


def stable_id(prefix: str, *key_parts: str) -> str:
    """`<prefix>_` + the first 16 hex digits of SHA-256 of the key parts joined by a newline."""
    digest = hashlib.sha256("\n".join(key_parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:ID_HEX_DIGITS]}"


SERIES = (
    "EU Clusters Talks",
    "Clusters meet Regions",
    "European Cluster Conference",
    "C2Lab",
    "ECCP matchmaking",
    "European Alliance Against Coronavirus",
)

F = Field  # the table definitions below read as a list of fields
HOW = ("speaker", "text")
DISPLAY_NAME = "Display name: the most frequent spelling, ties to the one with diacritics."

EVENTS = Table(
    name="events",
    title="Events",
    description=(
        "One row per real event: its ECCP page and every republication (nca.cz and others) merged into one. Facts "
        "come from the primary page (the ECCP page when there is one), missing ones from the other pages."
    ),
    fields=(
        F("event_id", "string", "Stable id of the event (see id rule).", nullable=False, unique=True),
        F("title", "string", "Official event title (the quoted title when the page gives one, else the heading)."),
        F("series", "string", "ECCP event series, empty for other events.", enum=SERIES),
        F("start_date", "date", "Local (Brussels) date of the first day."),
        F("end_date", "date", "Local date of the last day; empty for a one-day event without an end time."),
        F("start_utc", "datetime", "Start instant in UTC; empty when the page gives a date without a time."),
        F("end_utc", "datetime", "End instant in UTC; empty when the page gives no end time."),
        F("start_local", "string", "Start as printed, ISO 8601 local time with offset, or the date alone."),
        F("end_local", "string", "End as printed, ISO 8601 local time with offset, or the date alone."),
        F("timezone", "string", "IANA zone of the local times (Europe/Brussels); empty for date-only events."),
        F("tz_label", "string", "Zone label printed next to the time (CET, CEST), as written, even when wrong."),
        F("all_day", "boolean", "True when the page gives dates without times.", nullable=False),
        F("location", "string", "Place of the event as printed, when the page gives one."),
        F("format", "string", "online, onsite or hybrid, when the page says.", enum=("online", "onsite", "hybrid")),
        F("language", "string", "Language of the primary page (ISO 639-1), when known."),
        F("primary_url", "string", "Source URL of the primary page (ECCP when it has one).", nullable=False),
        F("pages", "integer", "How many source pages (ECCP and republications) describe this event.", nullable=False),
        F("speakers", "integer", "How many people appear at this event (rows in appearances).", nullable=False),
        F("first_seen", "datetime", "When the harvest first saw any page of this event (UTC).", nullable=False),
        F("last_seen", "datetime", "When a harvest last found a page of this event online (UTC).", volatile=True),
        F("withdrawn_at", "datetime", "Set when every page of the event answers 404/410: since when (UTC)."),
    ),
    primary_key=("event_id",),
    sort_by=("start_date", "event_id"),
    id_rule=(
        "`ev_` + hash of the canonical URL of the event's earliest-seen page (ECCP first among pages first seen on "
        "the same day). A page URL and its first-seen day never change, so the id survives title typo fixes, date "
        "corrections, and republications appearing or disappearing (they are seen later, or vanish but stay "
        "archived). A hash of date + folded title would change with every title fix; a hash of the ECCP URL would "
        "change when a republication was harvested before the ECCP page. Trade-off: if the source re-publishes the "
        "same event under a new URL before any other page of it was seen, it gets a new id."
    ),
)

EVENT_PAGES = Table(
    name="event_pages",
    title="Source pages",
    description=(
        "Every harvested detail page: the ECCP page and republications of each event, and also the pages the parser "
        "read as not being an event (event_id empty, is_event false), so that users can audit what was left out."
    ),
    fields=(
        F("page_url", "string", "Canonical source URL of the page.", nullable=False, unique=True),
        F("event_id", "string", "Event this page describes; empty for pages that are not about an event."),
        F("site", "string", "Source site key (eccp, nca, …).", nullable=False),
        F("is_event", "boolean", "Whether the parser read the page as one dated event.", nullable=False),
        F("is_primary", "boolean", "Whether the event's facts come from this page.", nullable=False),
        F("page_title", "string", "The page's own heading."),
        F("http_status", "integer", "HTTP status of the archived response.", nullable=False),
        F(
            "sha256",
            "string",
            "SHA-256 of the archived body (the exact copy the facts come from).",
            nullable=False,
            volatile=True,
        ),
        F("fetched_at", "datetime", "When the archived body was fetched (UTC).", nullable=False, volatile=True),
        F("first_seen", "datetime", "When the harvest first saw the page (UTC).", nullable=False),
        F("last_checked", "datetime", "Last time the page answered 200 or 304 (UTC).", volatile=True),
        F("last_changed", "datetime", "When the page body last changed (UTC).", volatile=True),
        F("gone_at", "datetime", "Since when the page answers 404/410 (UTC); empty while it is online."),
        F("published_at", "string", "Publication date printed on the page, ISO 8601, when given."),
        F("parser_version", "string", "Version of the parser that read the page.", nullable=False, volatile=True),
        F("warnings", "string", "Parser warning codes for this page, separated by `;`."),
    ),
    primary_key=("page_url",),
    sort_by=("page_url",),
    foreign_keys=(ForeignKey(("event_id",), "events", ("event_id",)),),
    id_rule="The page's canonical URL is its id.",
)

PEOPLE = Table(
    name="people",
    title="People",
    description=(
        "One row per person named as a speaker, across spellings: case, accents, dashes and honorifics are folded "
        '("Kristina Sermuksnyte-Alesiuniene" is "Kristina Šermukšnytė-Alešiūnienė"). Names are published only as '
        "printed by the source in a professional capacity; suppressed people are removed."
    ),
    fields=(
        F("person_id", "string", "Stable id of the person (see id rule).", nullable=False, unique=True),
        F("name", "string", DISPLAY_NAME, nullable=False),
        F("name_key", "string", "Folded name used to match spellings.", nullable=False, unique=True),
        F("spellings", "string", "Every spelling seen, separated by ` | `.", nullable=False),
        F("events", "integer", "Number of events the person appears at.", nullable=False),
    ),
    primary_key=("person_id",),
    sort_by=("person_id",),
    id_rule=(
        "`pe_` + hash of the folded name (`name_key`). Spelling variants share an id; two different people with the "
        "same name share one too (the sources give nothing more stable to tell them apart)."
    ),
)

ORGANISATIONS = Table(
    name="organisations",
    title="Organisations",
    description="One row per organisation named in a speaker line, folded like people's names.",
    fields=(
        F("organisation_id", "string", "Stable id of the organisation (see id rule).", nullable=False, unique=True),
        F("name", "string", DISPLAY_NAME, nullable=False),
        F("name_key", "string", "Folded name used to match spellings.", nullable=False, unique=True),
        F("spellings", "string", "Every spelling seen, separated by ` | `.", nullable=False),
        F("appearances", "integer", "Number of appearances that name this organisation.", nullable=False),
    ),
    primary_key=("organisation_id",),
    sort_by=("organisation_id",),
    id_rule="`or_` + hash of the folded name (`name_key`), as for people.",
)

EUROCLUSTERS = Table(
    name="euroclusters",
    title="Euroclusters",
    description="Reference table of the Euroclusters (SMP-COSME-2021-CLUSTER-01 call), shipped with the tool.",
    fields=(
        F("eurocluster_id", "string", "The Eurocluster's acronym, its own stable name.", nullable=False, unique=True),
        F("name", "string", "Full name."),
        F("aliases", "string", "Other names pages use, separated by `|`."),
        F("ecosystem", "string", "Industrial ecosystem."),
        F("coordinator", "string", "Coordinating organisation."),
        F("call", "string", "Funding call."),
        F("status", "string", "How sure the reference entry is."),
        F("source_url", "string", "Where the reference entry comes from."),
    ),
    primary_key=("eurocluster_id",),
    sort_by=("eurocluster_id",),
    id_rule="The acronym from the reference table (harvest/data/euroclusters.csv).",
)

APPEARANCES = Table(
    name="appearances",
    title="Appearances",
    description=(
        "One row per person speaking at an event, with the role and organisation printed on the page it comes from "
        "(the primary page first, then people only named on other pages)."
    ),
    fields=(
        F("event_id", "string", "The event.", nullable=False),
        F("person_id", "string", "The person.", nullable=False),
        F("position", "integer", "Order of the speaker on the event (1 = first).", nullable=False),
        F("name", "string", "The name as printed on that page.", nullable=False),
        F("role", "string", "Job title as printed; `; ` joins two affiliations."),
        F("organisation", "string", "Organisation as printed; `; ` joins two affiliations."),
        F("organisation_id", "string", "The (first) organisation, folded."),
        F("eurocluster_id", "string", "Eurocluster the speaker line names."),
        F("page_url", "string", "Source page the line is printed on.", nullable=False),
    ),
    primary_key=("event_id", "person_id"),
    sort_by=("event_id", "position"),
    foreign_keys=(
        ForeignKey(("event_id",), "events", ("event_id",)),
        ForeignKey(("person_id",), "people", ("person_id",)),
        ForeignKey(("organisation_id",), "organisations", ("organisation_id",)),
        ForeignKey(("eurocluster_id",), "euroclusters", ("eurocluster_id",)),
        ForeignKey(("page_url",), "event_pages", ("page_url",)),
    ),
    id_rule=(
        "(event_id, person_id): a person appears once per event. Keyed by person rather than by position so that a "
        "speaker added at the top of a page changes one row, not every row after it."
    ),
)

EVENT_EUROCLUSTERS = Table(
    name="event_euroclusters",
    title="Euroclusters at events",
    description="Which Euroclusters each event names, and how.",
    fields=(
        F("event_id", "string", "The event.", nullable=False),
        F("eurocluster_id", "string", "The Eurocluster.", nullable=False),
        F("how", "string", "speaker: a speaker line names it; text: only the text.", nullable=False, enum=HOW),
    ),
    primary_key=("event_id", "eurocluster_id"),
    sort_by=("event_id", "eurocluster_id"),
    foreign_keys=(
        ForeignKey(("event_id",), "events", ("event_id",)),
        ForeignKey(("eurocluster_id",), "euroclusters", ("eurocluster_id",)),
    ),
    id_rule="(event_id, eurocluster_id).",
)

ASSETS = Table(
    name="assets",
    title="Assets",
    description="Documents attached to event pages (presentations, summaries): links only, the files are not copied.",
    fields=(
        F("asset_id", "string", "Stable id of the asset (see id rule).", nullable=False, unique=True),
        F("event_id", "string", "The event.", nullable=False),
        F("position", "integer", "Order among the event's assets.", nullable=False),
        F("page_url", "string", "Source page that links it.", nullable=False),
        F("label", "string", "Link text (or the link title when it has no text)."),
        F("url", "string", "Absolute URL of the document.", nullable=False),
        F("created_utc", "datetime", "Upload time printed by the source (nca.cz `Created:`), in UTC."),
        F("created_local", "string", "The same time as printed, ISO 8601 local time with offset (Europe/Prague)."),
        F("size_bytes", "integer", "Size printed by the source, in bytes."),
        F("media_type", "string", "Media type guessed from the file extension."),
    ),
    primary_key=("asset_id",),
    sort_by=("event_id", "position"),
    foreign_keys=(
        ForeignKey(("event_id",), "events", ("event_id",)),
        ForeignKey(("page_url",), "event_pages", ("page_url",)),
    ),
    id_rule="`as_` + hash of event_id and the document URL: the same file linked from two events is two assets.",
)

# Release order: referenced tables before the tables that point at them.
TABLES: dict[str, Table] = {
    t.name: t
    for t in (EVENTS, EVENT_PAGES, PEOPLE, ORGANISATIONS, EUROCLUSTERS, APPEARANCES, EVENT_EUROCLUSTERS, ASSETS)
}


def empty_table(table: Table) -> pa.Table:
    return table.arrow_schema().empty_table()


VOLATILE_NOTE = "bookkeeping: as of the harvest that made this release; a change in it alone makes no new release"


def data_dictionary_markdown() -> str:
    """The data dictionary of every table, as Markdown (release README)."""
    lines: list[str] = []
    for table in TABLES.values():
        lines += [f"### `{table.name}` — {table.title}", "", table.description, ""]
        lines.append(f"Primary key: `{', '.join(table.primary_key)}`. Id: {table.id_rule}")
        for fk in table.foreign_keys:
            lines.append(f"`{', '.join(fk.fields)}` → `{fk.table}.{', '.join(fk.reference)}`.")
        lines += ["", "| field | type | required | description |", "|---|---|---|---|"]
        for f in table.fields:
            note = f" ({VOLATILE_NOTE})" if f.volatile else ""
            enum = f" One of: {', '.join(f.enum)}." if f.enum else ""
            lines.append(f"| `{f.name}` | {f.type} | {'yes' if not f.nullable else ''} | {f.description}{enum}{note} |")
        lines.append("")
    return "\n".join(lines)
