"""Crawl state in SQLite (WAL): one row per URL, one per run.

A page row points at the latest *good* archived response of that URL (`warc_file`, `warc_offset`); blocked and
failed responses update the status columns but never that pointer. Rows are written in batches, each batch in one
transaction committed only after the archive records it refers to are fsynced (see `crawler.Journal`).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url             TEXT PRIMARY KEY,   -- canonical production URL
    site            TEXT NOT NULL,      -- source key
    kind            TEXT NOT NULL,      -- event, listing, sitemap, feed, asset
    status          TEXT NOT NULL,      -- outcome of the last attempt: changed, unchanged, not_modified, skipped,
                                        -- gone, blocked, failed, disallowed, moved
    http_status     INTEGER,            -- of the last response
    reason          TEXT,               -- failure / block reason, or where a moved page went
    etag            TEXT,               -- validators of the archived copy, sent back as If-None-Match ...
    last_modified   TEXT,               -- ... and If-Modified-Since
    sitemap_lastmod TEXT,               -- last <lastmod> seen for the URL
    sha256          TEXT,               -- of the archived body
    content_type    TEXT,
    warc_file       TEXT,               -- latest good response record: file in archive/ ...
    warc_offset     INTEGER,            -- ... and byte offset of its gzip member
    warc_record_id  TEXT,
    warc_date       TEXT,
    fetched_at      TEXT,               -- when the archived body was fetched (UTC ISO 8601)
    first_seen      TEXT NOT NULL,
    last_fetched    TEXT,               -- last attempt, whatever came of it
    last_checked    TEXT,               -- last 200 or 304
    last_changed    TEXT,               -- when the body last changed
    gone_at         TEXT                -- answers 404/410 since then
);
CREATE INDEX IF NOT EXISTS pages_site_kind ON pages (site, kind);
CREATE TABLE IF NOT EXISTS runs (
    run_id      TEXT PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,                   -- NULL: the run died; its WARC file may have a torn tail
    warc_file   TEXT NOT NULL,
    report      TEXT                    -- the crawl report, JSON
);
"""


@dataclass(slots=True)
class PageState:
    url: str
    site: str
    kind: str
    status: str
    first_seen: datetime
    http_status: int | None = None
    reason: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    sitemap_lastmod: datetime | None = None
    sha256: str | None = None
    content_type: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_record_id: str | None = None
    warc_date: str | None = None
    fetched_at: datetime | None = None
    last_fetched: datetime | None = None
    last_checked: datetime | None = None
    last_changed: datetime | None = None
    gone_at: datetime | None = None

    @property
    def has_copy(self) -> bool:
        """A good body is archived (its offset may still be pending in this run's journal)."""
        return self.warc_file is not None and self.warc_record_id is not None and self.sha256 is not None


_COLUMNS = tuple(f.name for f in dataclasses.fields(PageState))
_TIMES = frozenset(f.name for f in dataclasses.fields(PageState) if "datetime" in str(f.type))


class CrawlState:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: transactions are opened explicitly by `transaction()`.
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"{path}: state schema {version} is newer than this harvest ({SCHEMA_VERSION})")
        if version < SCHEMA_VERSION:  # one transaction: one fsync instead of one per statement
            self.db.executescript(f"BEGIN IMMEDIATE; {_SCHEMA} PRAGMA user_version={SCHEMA_VERSION}; COMMIT;")

    def close(self) -> None:
        self.db.close()

    def get(self, url: str) -> PageState | None:
        row = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM pages WHERE url = ?", (url,)).fetchone()
        return _page(row) if row else None

    def pages(self, *, site: str | None = None, kind: str | None = None) -> Iterator[PageState]:
        query = f"SELECT {', '.join(_COLUMNS)} FROM pages WHERE (?1 IS NULL OR site = ?1) AND (?2 IS NULL OR kind = ?2)"
        for row in self.db.execute(query + " ORDER BY url", (site, kind)).fetchall():
            yield _page(row)

    def save(self, pages: Iterable[PageState]) -> None:
        """Write rows in one transaction (call only once the archive records they point at are fsynced)."""
        placeholders = ", ".join("?" for _ in _COLUMNS)
        rows = [tuple(_store(getattr(page, c)) for c in _COLUMNS) for page in pages]
        with self.transaction():
            self.db.executemany(f"INSERT OR REPLACE INTO pages ({', '.join(_COLUMNS)}) VALUES ({placeholders})", rows)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def start_run(self, run_id: str, started_at: datetime, warc_file: str) -> None:
        with self.transaction():
            self.db.execute("INSERT INTO runs (run_id, started_at, warc_file) VALUES (?, ?, ?)",
                            (run_id, _store(started_at), warc_file))  # fmt: skip

    def finish_run(self, run_id: str, finished_at: datetime, report_json: str) -> None:
        with self.transaction():
            self.db.execute("UPDATE runs SET finished_at = ?, report = ? WHERE run_id = ?",
                            (_store(finished_at), report_json, run_id))  # fmt: skip

    def unfinished_runs(self) -> list[tuple[str, str]]:
        """(run_id, warc_file) of runs that died before finishing."""
        return self.db.execute("SELECT run_id, warc_file FROM runs WHERE finished_at IS NULL").fetchall()

    def close_dead_run(self, run_id: str, finished_at: datetime) -> None:
        self.finish_run(run_id, finished_at, '{"status": "died"}')

    def integrity_check(self) -> str:
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]


def _page(row: tuple[object, ...]) -> PageState:
    values = {c: (datetime.fromisoformat(v) if c in _TIMES and v else v) for c, v in zip(_COLUMNS, row, strict=True)}
    return PageState(**values)  # type: ignore[arg-type]


def _store(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else value
