"""`harvest publish`: the staged build → an immutable, versioned release folder, or nothing (unchanged / refused)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from harvest.home import HarvestHome
from harvest.log import logger
from harvest.publish.delta import CHANGE_KINDS, changes_markdown, release_delta, row_labels
from harvest.publish.files import sha256_file, write_csv
from harvest.publish.index import latest_entry, next_version, read_index, release_path, write_index
from harvest.publish.metadata import DataFile, ReleaseInfo, citation_cff, datapackage, dcat, quality, readme
from harvest.publish.settings import ReleaseSettings
from harvest.schema import TABLES, empty_table
from harvest.tables.checks import check_tables
from harvest.tables.staging import (
    STAGING_PREFIX,
    conform,
    content_hash,
    read_build,
    staging_folder,
    write_json,
    write_parquet,
)
from harvest.tables.suppress import suppressions_digest

if TYPE_CHECKING:
    from harvest.config import Settings

CHECKSUMS = "SHA256SUMS"


@dataclass
class PublishResult:
    status: str  # published | unchanged | refused
    reason: str
    version: str | None = None
    path: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    changes: dict[str, dict[str, int]] = field(default_factory=dict)  # table → rows, added, removed, changed

    @property
    def published(self) -> bool:
        return self.status == "published"

    @property
    def exit_code(self) -> int:
        return 2 if self.status == "refused" else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "published": self.published,
            "version": self.version,
            "path": self.path,
            "reason": self.reason,
            "counts": self.counts,
            "changes": self.changes,
        }


def publish(home: HarvestHome, settings: Settings | None = None, *, today: date | None = None) -> PublishResult:
    """Publish the staged build of `home` (rebuilt first if the suppression list changed since it was built)."""
    staged = read_build(home.build_dir)
    # A build staged before builds recorded what they withheld ("withheld") is rebuilt too: publish needs that record
    # to keep the ids of suppressed people out of the delta.
    if (
        staged.manifest.get("suppressions_sha256") != suppressions_digest(home.suppressions_file)
        or "withheld" not in staged.manifest
    ):
        from harvest.tables.build import build

        logger.info("publish: the build predates the suppression list; building again from the archive")
        build(home, settings)
        staged = read_build(home.build_dir)
    return publish_tables(
        home.releases_dir, staged.tables, staged.manifest, ReleaseSettings.from_settings(settings), today=today
    )


def refusals(counts: dict[str, int], latest: dict[str, Any] | None, settings: ReleaseSettings) -> list[str]:
    """The count assertions: a harvest that lost most events or every speaker is broken, not news."""
    reasons = []
    if counts["events"] < settings.min_events:
        reasons.append(f"only {counts['events']} events (at least {settings.min_events} required)")
    if counts["people"] < settings.min_people:
        reasons.append("the speakers table (people) is empty" if not counts["people"] else "too few speakers")
    previous = (latest or {}).get("counts", {}).get("events")
    if previous and counts["events"] < settings.min_events_ratio * previous:
        reasons.append(
            f"events fell from {previous} in release {latest['version']} to {counts['events']}"  # type: ignore[index]
            f" (below {settings.min_events_ratio:.0%})"
        )
    return reasons


def publish_tables(
    releases_dir: Path,
    tables: dict[str, pa.Table],
    build_manifest: dict[str, Any],
    settings: ReleaseSettings,
    *,
    today: date | None = None,
) -> PublishResult:
    for stale in releases_dir.glob(f"{STAGING_PREFIX}*"):  # left by a crash; never a release
        shutil.rmtree(stale, ignore_errors=True)
    index = read_index(releases_dir)
    latest = latest_entry(index)
    counts = {name: tables[name].num_rows for name in TABLES}
    created = datetime.now(UTC).replace(microsecond=0)
    problems = [*build_manifest.get("problems", []), *check_tables(tables), *refusals(counts, latest, settings)]
    if problems:
        reason = "; ".join(dict.fromkeys(problems))
        index["versions"].append(
            {"version": None, "result": "refused", "created": iso(created), "reason": reason, "counts": counts}
        )
        write_index(releases_dir, index)
        logger.error("publish refused: %s", reason)
        return PublishResult("refused", reason, counts=counts)
    hashes = {name: content_hash(name, tables[name]) for name in TABLES}
    previous_tables = None
    if latest is not None:
        previous_dir = release_path(releases_dir, latest["version"])
        if (latest.get("content_sha256") or release_hashes(previous_dir)) == hashes:
            reason = f"tables equal release {latest['version']}; nothing published"
            logger.info("publish: %s", reason)
            return PublishResult("unchanged", reason, latest["version"], str(previous_dir), counts)
        previous_tables = read_release_tables(previous_dir)
    # The ids the build withheld on request (suppression list): counted in the delta, never listed.
    withheld = build_manifest.get("withheld", {})
    delta = release_delta(latest["version"] if latest else None, previous_tables, tables, withheld)
    if latest is not None and not any(counts[kind] for counts in delta["summary"].values() for kind in CHANGE_KINDS):
        # Same rows, different hashes (e.g. hashed by another pandas version): still nothing to publish.
        reason = f"tables equal release {latest['version']}; nothing published"
        return PublishResult("unchanged", reason, latest["version"], str(previous_dir), counts)
    version = next_version(releases_dir, index, today or created.date())
    final = release_path(releases_dir, version)
    with staging_folder(final, replace=False) as folder:
        labels = row_labels(delta, tables, previous_tables)
        write_release(folder, version, created, tables, build_manifest, settings, delta, labels)
    index["versions"].append(
        {
            "version": version,
            "result": "published",
            "path": version,
            "created": iso(created),
            "previous": latest["version"] if latest else None,
            "counts": counts,
            "changes": delta["summary"],
            "content_sha256": hashes,
        }
    )
    index["latest"] = version
    write_index(releases_dir, index)
    logger.info("publish: release %s in %s", version, final)
    return PublishResult("published", f"release {version} published", version, str(final), counts, delta["summary"])


def write_release(
    folder: Path,
    version: str,
    created: datetime,
    tables: dict[str, pa.Table],
    build_manifest: dict[str, Any],
    settings: ReleaseSettings,
    delta: dict[str, Any],
    labels: dict[str, dict[str, str]],
) -> None:
    files: list[DataFile] = []
    for name in TABLES:
        for kind, writer in (("parquet", write_parquet), ("csv", lambda t, p, n=name: write_csv(n, t, p))):
            path = folder / f"{name}.{kind}"
            writer(tables[name], path)
            files.append(DataFile(name, kind, path.stat().st_size, sha256_file(path)))
    starts = tables["events"].column("start_date")
    info = ReleaseInfo(
        version=version,
        created=created,
        settings=settings,
        counts={name: tables[name].num_rows for name in TABLES},
        first_event=pc.min(starts).as_py(),
        last_event=pc.max(starts).as_py(),
    )
    write_json(folder / "delta.json", {"version": version, **delta})
    (folder / "CHANGES.md").write_text(changes_markdown(version, delta, labels), encoding="utf-8")
    write_json(folder / "quality.json", quality(info, tables, build_manifest))
    (folder / "README.md").write_text(readme(info, files), encoding="utf-8")
    (folder / "CITATION.cff").write_text(citation_cff(info), encoding="utf-8")
    write_json(folder / "dcat.jsonld", dcat(info, files))
    write_json(folder / "datapackage.json", datapackage(info, files))
    sums = "".join(f"{sha256_file(p)}  {p.name}\n" for p in sorted(folder.iterdir()) if p.name != CHECKSUMS)
    (folder / CHECKSUMS).write_text(sums, encoding="utf-8")
    for path in folder.iterdir():
        path.chmod(0o444)  # a release is immutable: its files are read-only


def read_release_tables(release_dir: Path) -> dict[str, pa.Table]:
    """The tables of a published release, in today's schema (a table added since is empty)."""
    tables = {}
    for name in TABLES:
        path = release_dir / f"{name}.parquet"
        tables[name] = conform(name, pq.read_table(path)) if path.exists() else empty_table(TABLES[name])
    return tables


def release_hashes(release_dir: Path) -> dict[str, str]:
    tables = read_release_tables(release_dir)
    return {name: content_hash(name, tables[name]) for name in TABLES}


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")
