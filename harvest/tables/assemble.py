"""Parsed pages → the normalised tables of `harvest/schema.py`. Pure: no I/O, no clock.

Pages about the same event (same start date, similar official title) merge into one event; people and organisations
fold across spellings; ids are derived as each table's `id_rule` says.
"""

from __future__ import annotations

import posixpath
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pyarrow as pa

from harvest.fetch.store import StoredPage
from harvest.parse.record import PageRecord
from harvest.reference import EuroclusterIndex
from harvest.schema import SERIES, TABLES, stable_id
from harvest.tables.fold import display_name, name_key, organisation_key, title_words, words

ECCP_SITE = "eccp"
EVENT_TIMEZONE = "Europe/Brussels"  # ECCP event times are Brussels wall-clock time (design, "Conventions")
ASSET_TIMEZONE = "Europe/Prague"  # nca.cz "Created:" stamps
FORMATS = ("online", "onsite", "hybrid")
# Two titles name the same event when this share of the shorter one's content words is in the other one.
TITLE_OVERLAP = 0.8
MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".zip": "application/zip",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".csv": "text/csv",
    ".txt": "text/plain",
}


@dataclass(frozen=True, slots=True)
class Moment:
    """A start, end or upload time as the page gives it: a local date, maybe a UTC instant, and the printed form."""

    day: date
    utc: datetime | None  # None for a date without a time
    local: str


def read_moment(value: str | None, zone: str) -> Moment | None:
    """An ISO 8601 date or date-time (a naive one is wall-clock time in `zone`); None when absent or unreadable."""
    if not value:
        return None
    try:
        if len(value.strip()) == 10:
            day = date.fromisoformat(value.strip())
            return Moment(day, None, day.isoformat())
        local = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if local.tzinfo is None:
        try:
            local = local.replace(tzinfo=ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            return None
    local = local.replace(microsecond=0)
    return Moment(local.date(), local.astimezone(UTC), local.isoformat())


def whole_seconds(moment: datetime | None) -> datetime | None:
    return moment.astimezone(UTC).replace(microsecond=0) if moment is not None else None


@dataclass(slots=True)
class SourcePage:
    stored: StoredPage
    record: PageRecord
    start: Moment | None = None

    @property
    def url(self) -> str:
        return self.stored.url

    def seniority(self) -> tuple[Any, ...]:
        """Order in which pages were discovered: the first page of an event gives the event its id."""
        return (self.stored.first_seen.date(), self.stored.site != ECCP_SITE, self.stored.first_seen, self.url)

    def priority(self) -> tuple[Any, ...]:
        """Order in which pages give an event its facts: ECCP first, then the page seen first."""
        return (self.stored.site != ECCP_SITE, self.stored.first_seen, self.url)


@dataclass
class AssembledTables:
    tables: dict[str, pa.Table]
    notes: Counter[str] = field(default_factory=Counter)  # problems found while assembling (code → count)
    # Ids left out on request, by key field (`person_id`, `organisation_id`): publish counts their removal in the
    # delta instead of listing them (the previous release maps those ids to names).
    withheld: dict[str, list[str]] = field(default_factory=dict)


class TableAssembler:
    """Collects rows for every table from a set of parsed pages; `tables()` returns them typed and sorted."""

    def __init__(self, euroclusters: EuroclusterIndex, suppressed: Collection[str] = ()) -> None:
        self.euroclusters = euroclusters
        # Person ids and folded names (see harvest/tables/suppress.py) whose appearances are left out.
        self.suppressed = set(suppressed)
        self.suppressed_organisations: set[str] = set()  # folded organisations of the suppressed speaker lines
        self.notes: Counter[str] = Counter()
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self.person_spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self.person_events: dict[str, set[str]] = defaultdict(set)
        self.organisation_spellings: dict[str, Counter[str]] = defaultdict(Counter)
        self.organisation_appearances: Counter[str] = Counter()

    # --- grouping pages into events -------------------------------------------------------------------------------

    def group_events(self, pages: Iterable[SourcePage]) -> list[list[SourcePage]]:
        """Clusters of pages about the same event, each page joining the first earlier cluster it matches."""
        clusters: list[list[SourcePage]] = []
        by_day: dict[date | None, list[list[SourcePage]]] = defaultdict(list)
        for page in sorted(pages, key=SourcePage.seniority):
            day = page.start.day if page.start else None
            match = next((c for c in by_day[day] if any(self.same_event(page, other) for other in c)), None)
            if match is None:
                match = []
                clusters.append(match)
                by_day[day].append(match)
            match.append(page)
        return clusters

    @staticmethod
    def same_event(a: SourcePage, b: SourcePage) -> bool:
        """Same start day (checked by the caller) and a similar official title, series names aside."""
        series_words = set(words(a.record.series or "")) | set(words(b.record.series or ""))
        titles_a = {a.record.title or "", a.record.page_title or ""} - {""}
        titles_b = {b.record.title or "", b.record.page_title or ""} - {""}
        for title_a in titles_a:
            for title_b in titles_b:
                words_a, words_b = title_words(title_a, series_words), title_words(title_b, series_words)
                if not words_a or not words_b:
                    # The title is just the series name: the same series on the same day is the same event.
                    if a.record.series and a.record.series == b.record.series and not (words_a or words_b):
                        return True
                    continue
                shared = len(words_a & words_b)
                if words_a == words_b or (shared >= 2 and shared / min(len(words_a), len(words_b)) >= TITLE_OVERLAP):
                    return True
        return False

    # --- one event --------------------------------------------------------------------------------------------------

    def add_event(self, cluster: list[SourcePage]) -> str:
        event_id = stable_id("ev", min(cluster, key=SourcePage.seniority).url)
        pages = sorted(cluster, key=SourcePage.priority)
        records = [p.record for p in pages]
        timed = [p for p in pages if p.start is not None and p.start.utc is not None]
        dated = timed or [p for p in pages if p.start is not None]
        when = dated[0] if dated else None
        start = when.start if when else None
        end = read_moment(when.record.end, when.record.timezone or EVENT_TIMEZONE) if when else None
        if when and when.record.end and end is None:
            self.notes["unreadable_end"] += 1
        gone = [p.stored.gone_at for p in pages if p.stored.gone_at is not None]
        checked = [p.stored.last_checked for p in pages if p.stored.last_checked is not None]
        speakers = self.add_appearances(event_id, pages)
        self.add_assets(event_id, pages)
        self.add_event_euroclusters(event_id, records)
        self.rows["events"].append(
            {
                "event_id": event_id,
                "title": first(r.title or r.page_title for r in records),
                "series": self.known(first(r.series for r in records), SERIES, "unknown_series"),
                "start_date": start.day if start else None,
                "end_date": end.day if end else None,
                "start_utc": start.utc if start else None,
                "end_utc": end.utc if end else None,
                "start_local": start.local if start else None,
                "end_local": end.local if end else None,
                "timezone": (when.record.timezone or EVENT_TIMEZONE) if start and start.utc else None,
                "tz_label": when.record.tz_label if when else None,
                "all_day": start is None or start.utc is None,
                "location": first(r.location for r in records),
                "format": self.known(first((r.format or "").lower() for r in records), FORMATS, "unknown_format"),
                "language": first(r.language for r in records),
                "primary_url": pages[0].url,
                "pages": len(pages),
                "speakers": speakers,
                "first_seen": whole_seconds(min(p.stored.first_seen for p in pages)),
                "last_seen": whole_seconds(max(checked)) if checked else None,
                "withdrawn_at": whole_seconds(max(gone)) if len(gone) == len(pages) else None,  # every page gone
            }
        )
        for page in pages:
            self.add_page(page, event_id, is_primary=page is pages[0])
        return event_id

    def add_appearances(self, event_id: str, pages: list[SourcePage]) -> int:
        """One appearance per person: the primary page's speaker lines first, then people only other pages name."""
        seen: set[str] = set()
        for page in pages:
            for speaker in page.record.speakers:
                name = (speaker.name or "").strip()
                key = name_key(name)
                if not key:
                    self.notes["speaker_without_name"] += 1
                    continue
                person_id = stable_id("pe", key)
                organisations = [o.strip() for o in (speaker.organisation or "").split(";") if o.strip()]
                if self.is_suppressed(key):
                    self.notes["suppressed_appearance"] += 1
                    self.suppressed_organisations.update(organisation_key(o) for o in organisations[:1])
                    continue
                self.person_spellings[key][name] += 1
                for organisation in organisations:
                    self.organisation_spellings[organisation_key(organisation)][organisation] += 1
                if person_id in seen:
                    continue
                seen.add(person_id)
                self.person_events[key].add(event_id)
                organisation_id = None
                if organisations and organisation_key(organisations[0]):
                    organisation_id = stable_id("or", organisation_key(organisations[0]))
                    self.organisation_appearances[organisation_key(organisations[0])] += 1
                eurocluster_id = self.eurocluster_of(speaker.eurocluster)
                if speaker.eurocluster and eurocluster_id is None:
                    self.notes["unknown_eurocluster"] += 1
                self.rows["appearances"].append(
                    {
                        "event_id": event_id,
                        "person_id": person_id,
                        "position": len(seen),
                        "name": name,
                        "role": blank_to_none(speaker.role),
                        "organisation": blank_to_none(speaker.organisation),
                        "organisation_id": organisation_id,
                        "eurocluster_id": eurocluster_id,
                        "page_url": page.url,
                    }
                )
        return len(seen)

    def add_assets(self, event_id: str, pages: list[SourcePage]) -> None:
        seen: set[str] = set()
        for page in pages:
            for asset in page.record.assets:
                if not asset.url or asset.url in seen:
                    continue
                seen.add(asset.url)
                created = read_moment(asset.created, ASSET_TIMEZONE)
                if asset.created and created is None:
                    self.notes["unreadable_asset_created"] += 1
                extension = posixpath.splitext(urlsplit(asset.url).path)[1].lower()
                self.rows["assets"].append(
                    {
                        "asset_id": stable_id("as", event_id, asset.url),
                        "event_id": event_id,
                        "position": len(seen),
                        "page_url": page.url,
                        "label": blank_to_none(asset.label),
                        "url": asset.url,
                        "created_utc": created.utc if created else None,
                        "created_local": created.local if created else None,
                        "size_bytes": asset.size_bytes,
                        "media_type": MEDIA_TYPES.get(extension),
                    }
                )

    def add_event_euroclusters(self, event_id: str, records: list[PageRecord]) -> None:
        how: dict[str, str] = {}
        for record in records:
            for speaker in record.speakers:
                acronym = self.eurocluster_of(speaker.eurocluster)
                if acronym and not self.is_suppressed(name_key(speaker.name or "")):
                    how[acronym] = "speaker"
            for name in record.euroclusters:
                acronym = self.eurocluster_of(name)
                if acronym is None:
                    self.notes["unknown_eurocluster"] += 1
                else:
                    how.setdefault(acronym, "text")
        for acronym, kind in how.items():
            self.rows["event_euroclusters"].append({"event_id": event_id, "eurocluster_id": acronym, "how": kind})

    def add_page(self, page: SourcePage, event_id: str | None, *, is_primary: bool) -> None:
        stored, record = page.stored, page.record
        self.rows["event_pages"].append(
            {
                "page_url": stored.url,
                "event_id": event_id,
                "site": stored.site,
                "is_event": bool(record.is_event),
                "is_primary": is_primary,
                "page_title": blank_to_none(record.page_title),
                "http_status": stored.http_status,
                "sha256": stored.sha256,
                "fetched_at": whole_seconds(stored.fetched_at),
                "first_seen": whole_seconds(stored.first_seen),
                "last_checked": whole_seconds(stored.last_checked),
                "last_changed": whole_seconds(stored.last_changed),
                "gone_at": whole_seconds(stored.gone_at),
                "published_at": blank_to_none(record.published_at),
                "parser_version": record.parser_version or "unknown",
                "warnings": ";".join(dict.fromkeys(w.code for w in record.warnings)) or None,
            }
        )

    def is_suppressed(self, key: str) -> bool:
        return key in self.suppressed or stable_id("pe", key) in self.suppressed

    def eurocluster_of(self, name: str | None) -> str | None:
        return self.euroclusters.canonical(name) if name and name.strip() else None

    def known(self, value: str | None, allowed: Sequence[str], note: str) -> str | None:
        if value is None or value in allowed:
            return value
        self.notes[note] += 1
        return None

    # --- the tables ---------------------------------------------------------------------------------------------------

    def add_people_and_organisations(self) -> None:
        for key, spellings in self.person_spellings.items():
            if not self.person_events[key]:
                continue
            self.rows["people"].append(
                {
                    "person_id": stable_id("pe", key),
                    "name": display_name(spellings),
                    "name_key": key,
                    "spellings": " | ".join(sorted(spellings)),
                    "events": len(self.person_events[key]),
                }
            )
        for key, count in self.organisation_appearances.items():
            spellings = self.organisation_spellings[key]
            self.rows["organisations"].append(
                {
                    "organisation_id": stable_id("or", key),
                    "name": display_name(spellings),
                    "name_key": key,
                    "spellings": " | ".join(sorted(spellings)),
                    "appearances": count,
                }
            )
        for row in self.euroclusters.rows:
            self.rows["euroclusters"].append(
                {
                    "eurocluster_id": row.acronym,
                    "name": blank_to_none(row.name),
                    "aliases": "|".join(row.aliases) or None,
                    "ecosystem": blank_to_none(row.ecosystem),
                    "coordinator": blank_to_none(row.coordinator),
                    "call": blank_to_none(row.call),
                    "status": blank_to_none(row.status),
                    "source_url": blank_to_none(row.source_url),
                }
            )

    def tables(self) -> dict[str, pa.Table]:
        return {name: sorted_table(name, rows) for name, rows in self.rows.items()}

    def withheld(self) -> dict[str, list[str]]:
        """Every suppressed person's id, and the organisations only suppressed speaker lines name (after `tables`)."""
        people = {entry if entry.startswith("pe_") else stable_id("pe", entry) for entry in self.suppressed}
        organisations = {
            stable_id("or", key) for key in self.suppressed_organisations - set(self.organisation_appearances) if key
        }
        return {"person_id": sorted(people), "organisation_id": sorted(organisations)}


def assemble_tables(
    pages: Iterable[tuple[StoredPage, PageRecord]],
    euroclusters: EuroclusterIndex,
    suppressed: Collection[str] = (),
) -> AssembledTables:
    """Every table of the schema from the parsed pages (non-event pages are listed in event_pages only)."""
    assembler = TableAssembler(euroclusters, suppressed)
    event_pages: list[SourcePage] = []
    for stored, record in pages:
        page = SourcePage(stored, record)
        if record.is_event:
            page.start = read_moment(record.start, record.timezone or EVENT_TIMEZONE)
            if record.start and page.start is None:
                assembler.notes["unreadable_start"] += 1
            event_pages.append(page)
        else:
            assembler.add_page(page, None, is_primary=False)
    for cluster in assembler.group_events(event_pages):
        assembler.add_event(cluster)
    assembler.add_people_and_organisations()
    return AssembledTables(assembler.tables(), assembler.notes, assembler.withheld())


def sorted_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    """The rows as a typed Arrow table in the table's fixed row order."""
    table_def = TABLES[name]
    table = pa.Table.from_pylist(rows, schema=table_def.arrow_schema())
    if table.num_rows:
        table = table.sort_by([(column, "ascending") for column in table_def.sort_by])
    return table


def first(values: Iterable[str | None]) -> str | None:
    return next((v.strip() for v in values if v and v.strip()), None)


def blank_to_none(value: str | None) -> str | None:
    return value.strip() or None if value else None
