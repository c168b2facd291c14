"""Release benchmark: synthetic 100,000 events / 500,000 appearances → a full release (Parquet + CSV + metadata).

Goals: ≤ 60 s and ≤ 2 GB peak memory on the project's 2-core machine. Printed against a baseline measured in the
same run on the same tables: a bare `pyarrow.parquet.write_table` + `pandas.DataFrame.to_csv` per table.

Each phase runs in its own process, so that its peak memory (ru_maxrss, which includes making the synthetic tables)
is its own. Figures:
1. baseline: bare Parquet + CSV writes;
2. first release: schema checks, content hashes, Parquet, CSV, delta (all rows new), quality, README, CITATION,
   DCAT, datapackage, SHA256SUMS, atomic rename, index;
3. second release after 1% of the events changed title: the same plus reading the previous release and a real delta;
4. the unchanged check (same tables again: publishes nothing).

Usage: python benchmarks/release.py [--events 100000] [--speakers-per-event 5]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from harvest.publish.release import publish_tables
from harvest.publish.settings import ReleaseSettings
from harvest.reference import load_euroclusters
from harvest.schema import SERIES, TABLES, stable_id

GOAL_SECONDS = 60.0
GOAL_PEAK_MB = 2048.0
DAY = date(2026, 11, 26)
SECOND = 1_000_000  # microseconds


def ids(prefix: str, count: int) -> list[str]:
    return [stable_id(prefix, str(n)) for n in range(count)]


def timestamps(values: np.ndarray) -> pa.Array:
    return pa.array(values.astype(np.int64) * SECOND, pa.int64()).cast(pa.timestamp("us", tz="UTC"))


def synthetic_tables(n_events: int, speakers_per_event: int, seed: int = 7) -> dict[str, pa.Table]:
    """Consistent tables (keys and foreign keys hold) of the sizes asked, with realistic text lengths."""
    rng = np.random.default_rng(seed)
    n_people, n_orgs = max(1, n_events * 3 // 5), max(1, n_events // 5)
    event_ids, person_ids, org_ids = ids("ev", n_events), ids("pe", n_people), ids("or", n_orgs)
    base = int(datetime(2015, 1, 1, tzinfo=UTC).timestamp())
    start = base + rng.integers(0, 10 * 365 * 86400, n_events) // 1800 * 1800
    timed = rng.random(n_events) < 0.6
    series = np.array([*SERIES, None], dtype=object)[rng.integers(0, len(SERIES) + 1, n_events)]
    urls = [f"https://clustercollaboration.eu/content/event-{n}-cluster-collaboration-talk" for n in range(n_events)]
    starts = pd.to_datetime(start, unit="s", utc=True).tz_convert("Europe/Brussels")
    local = [t.isoformat() if is_timed else t.date().isoformat() for t, is_timed in zip(starts, timed, strict=True)]
    seen = timestamps(np.full(n_events, base + 11 * 365 * 86400))
    events = {
        "event_id": event_ids,
        "title": [
            f"EU Clusters Talk {n}: clusters for the green and digital transition of ecosystems"
            for n in range(n_events)
        ],
        "series": series.tolist(),
        "start_date": pa.array(starts.date, pa.date32()),
        "end_date": pa.nulls(n_events, pa.date32()),
        "start_utc": pa.array(start * SECOND, pa.int64(), mask=~timed).cast(pa.timestamp("us", tz="UTC")),
        "end_utc": pa.nulls(n_events, pa.timestamp("us", tz="UTC")),
        "start_local": local,
        "end_local": pa.nulls(n_events, pa.string()),
        "timezone": ["Europe/Brussels" if t else None for t in timed],
        "tz_label": ["CET" if t else None for t in timed],
        "all_day": (~timed).tolist(),
        "location": pa.nulls(n_events, pa.string()),
        "format": pa.nulls(n_events, pa.string()),
        "language": ["en"] * n_events,
        "primary_url": urls,
        "pages": np.ones(n_events, np.int64),
        "speakers": np.full(n_events, speakers_per_event, np.int64),
        "first_seen": seen,
        "last_seen": seen,
        "withdrawn_at": pa.nulls(n_events, pa.timestamp("us", tz="UTC")),
    }
    pages = {
        "page_url": urls,
        "event_id": event_ids,
        "site": ["eccp"] * n_events,
        "is_event": [True] * n_events,
        "is_primary": [True] * n_events,
        "page_title": [f"EU Clusters Talks: event {n}" for n in range(n_events)],
        "http_status": np.full(n_events, 200, np.int64),
        "sha256": [f"{n:064x}" for n in range(n_events)],
        "fetched_at": seen,
        "first_seen": seen,
        "last_checked": seen,
        "last_changed": seen,
        "gone_at": pa.nulls(n_events, pa.timestamp("us", tz="UTC")),
        "published_at": pa.nulls(n_events, pa.string()),
        "parser_version": ["1.0.0"] * n_events,
        "warnings": pa.nulls(n_events, pa.string()),
    }
    names = [f"Person {n} Šermukšnytė-Example" for n in range(n_people)]
    people = {
        "person_id": person_ids,
        "name": names,
        "name_key": [f"person {n} sermuksnyte example" for n in range(n_people)],
        "spellings": names,
        "events": np.ones(n_people, np.int64),
    }
    org_names = [f"Cluster Organisation {n}, European Commission" for n in range(n_orgs)]
    organisations = {
        "organisation_id": org_ids,
        "name": org_names,
        "name_key": [f"cluster organisation {n} european commission" for n in range(n_orgs)],
        "spellings": org_names,
        "appearances": np.ones(n_orgs, np.int64),
    }
    n_app = n_events * speakers_per_event
    app_event = np.repeat(np.arange(n_events), speakers_per_event)
    # Distinct people within an event: consecutive ids from a random offset.
    app_person = (
        rng.integers(0, n_people, n_events).repeat(speakers_per_event)
        + np.tile(np.arange(speakers_per_event), n_events)
    ) % n_people
    app_org = rng.integers(0, n_orgs, n_app)
    event_ids_arr, person_ids_arr, org_ids_arr = (
        np.array(event_ids, object),
        np.array(person_ids, object),
        np.array(org_ids, object),
    )
    appearances = {
        "event_id": event_ids_arr[app_event].tolist(),
        "person_id": person_ids_arr[app_person].tolist(),
        "position": np.tile(np.arange(1, speakers_per_event + 1), n_events),
        "name": np.array(names, object)[app_person].tolist(),
        "role": ["Team Leader - Cluster Policy"] * n_app,
        "organisation": np.array(org_names, object)[app_org].tolist(),
        "organisation_id": org_ids_arr[app_org].tolist(),
        "eurocluster_id": pa.nulls(n_app, pa.string()),
        "page_url": np.array(urls, object)[app_event].tolist(),
    }
    reference = load_euroclusters().rows
    acronyms = np.array([r.acronym for r in reference], object)
    named = rng.random(n_events) < 0.5
    event_euroclusters = {
        "event_id": event_ids_arr[named].tolist(),
        "eurocluster_id": acronyms[rng.integers(0, len(acronyms), int(named.sum()))].tolist(),
        "how": ["text"] * int(named.sum()),
    }
    euroclusters = {
        "eurocluster_id": acronyms.tolist(),
        **{
            column: [getattr(r, column) or None for r in reference]
            for column in ("name", "ecosystem", "coordinator", "call", "status", "source_url")
        },
        "aliases": ["|".join(r.aliases) or None for r in reference],
    }
    assets = {
        "asset_id": [stable_id("as", e, u) for e, u in zip(event_ids, urls, strict=True)],
        "event_id": event_ids,
        "position": np.ones(n_events, np.int64),
        "page_url": urls,
        "label": ["Presentation - European Commission, DG GROW"] * n_events,
        "url": [u + "/slides.pdf" for u in urls],
        "created_utc": seen,
        "created_local": ["2023-04-19T09:26:05+02:00"] * n_events,
        "size_bytes": rng.integers(10_000, 5_000_000, n_events),
        "media_type": ["application/pdf"] * n_events,
    }
    columns = {
        "events": events,
        "event_pages": pages,
        "people": people,
        "organisations": organisations,
        "euroclusters": euroclusters,
        "appearances": appearances,
        "event_euroclusters": event_euroclusters,
        "assets": assets,
    }
    tables = {}
    for name, table_def in TABLES.items():
        table = pa.table({f.name: columns[name][f.name] for f in table_def.fields}, schema=table_def.arrow_schema())
        tables[name] = table.sort_by([(c, "ascending") for c in table_def.sort_by])
    return tables


def retitle_share(tables: dict[str, pa.Table], share: float) -> dict[str, pa.Table]:
    events = tables["events"]
    changed = pc.less(pa.array(np.arange(events.num_rows) % int(1 / share)), 1)
    titles = pc.if_else(
        changed, pc.binary_join_element_wise(events.column("title"), " (rescheduled)", ""), events.column("title")
    )
    position = events.schema.get_field_index("title")
    return {**tables, "events": events.set_column(position, events.schema.field("title"), titles)}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase(name: str, n_events: int, per_event: int, folder: str, queue: Any) -> None:
    tables = synthetic_tables(n_events, per_event)
    releases = Path(folder) / "datasets" / "eccp-events"
    manifest = {"parser_version": "synthetic", "warnings": {}, "notes": {}}
    settings = ReleaseSettings()
    if name == "baseline":
        started = time.perf_counter()
        for table_name, table in tables.items():
            pq.write_table(table, Path(folder) / f"{table_name}.parquet")
            table.to_pandas().to_csv(Path(folder) / f"{table_name}.csv", index=False)
        queue.put((name, time.perf_counter() - started, peak_mb()))
        return
    if name in ("second", "unchanged"):
        publish_tables(releases, tables, manifest, settings, today=DAY)
        if name == "second":
            tables = retitle_share(tables, 0.01)
    started = time.perf_counter()
    result = publish_tables(releases, tables, manifest, settings, today=DAY)
    elapsed = time.perf_counter() - started
    assert result.status == ("unchanged" if name == "unchanged" else "published"), result.reason
    queue.put((name, elapsed, peak_mb()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--speakers-per-event", type=int, default=5)
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    figures: dict[str, tuple[float, float]] = {}
    print(f"release benchmark: {args.events:,} events, {args.events * args.speakers_per_event:,} appearances")
    for name in ("baseline", "first", "second", "unchanged"):
        with tempfile.TemporaryDirectory(prefix=f"release-bench-{name}-") as folder:
            queue = context.Queue()
            process = context.Process(target=phase, args=(name, args.events, args.speakers_per_event, folder, queue))
            process.start()
            result = queue.get()
            process.join()
            figures[name] = result[1:]
    base = figures["baseline"][0]
    print(f"{'phase':<42} {'seconds':>8} {'× baseline':>11} {'peak MB':>8}")
    labels = {
        "baseline": "bare write_table + to_csv (baseline)",
        "first": "first release (all rows new)",
        "second": "second release (1% of events retitled)",
        "unchanged": "unchanged build (publishes nothing)",
    }
    for name, (seconds, peak) in figures.items():
        print(f"{labels[name]:<42} {seconds:8.2f} {seconds / base:11.2f} {peak:8.0f}")
    worst = max(figures[n][0] for n in ("first", "second"))
    worst_peak = max(peak for _, peak in figures.values())
    verdict = "meets" if worst <= GOAL_SECONDS and worst_peak <= GOAL_PEAK_MB else "MISSES"
    print(
        f"release: {verdict} the goal (≤ {GOAL_SECONDS:.0f} s, ≤ {GOAL_PEAK_MB:.0f} MB): slowest release {worst:.1f} s "
        f"= {worst / base:.2f} × baseline, peak {worst_peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
