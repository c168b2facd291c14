"""The parse cache: PageRecords of archived bodies, so that a build re-parses only what changed.

Keyed by the body's SHA-256, the page URL (the parser reads the year and the site from it), PARSER_VERSION and the
digest of the Euroclusters reference table the parser was given (`harvest.reference.euroclusters_digest`): a new
parser version, or a row added to harvest/data/euroclusters.csv, misses every entry, so the whole archive is parsed
again.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from types import TracebackType

from harvest.parse.record import PageRecord

TABLE = "parsed"
COLUMNS = ("sha256", "url", "parser_version", "reference_sha256", "record")
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    sha256 TEXT NOT NULL,
    url TEXT NOT NULL,
    parser_version TEXT NOT NULL,
    reference_sha256 TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (sha256, url, parser_version, reference_sha256)
)
"""


class ParseCache:
    def __init__(self, path: Path, parser_version: str, reference_sha256: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.key = (parser_version, reference_sha256)
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        existing = tuple(row[1] for row in self.db.execute(f"PRAGMA table_info({TABLE})"))
        if existing and existing != COLUMNS:  # a cache of an older layout: only a cache, so start afresh
            self.db.execute(f"DROP TABLE {TABLE}")
        self.db.execute(SCHEMA)

    def get(self, sha256: str, url: str) -> PageRecord | None:
        row = self.db.execute(
            f"SELECT record FROM {TABLE} WHERE sha256 = ? AND url = ? AND parser_version = ? AND reference_sha256 = ?",
            (sha256, url, *self.key),
        ).fetchone()
        return PageRecord.from_dict(json.loads(row[0])) if row else None

    def put(self, sha256: str, url: str, record: PageRecord) -> None:
        self.db.execute(
            f"INSERT OR REPLACE INTO {TABLE} ({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?)",
            (sha256, url, *self.key, json.dumps(record.to_dict(), ensure_ascii=False)),
        )

    def forget_other_versions(self) -> None:
        """Entries of older parsers or reference tables can never be hit again (short of an undone edit)."""
        self.db.execute(f"DELETE FROM {TABLE} WHERE parser_version != ? OR reference_sha256 != ?", self.key)

    def __enter__(self) -> ParseCache:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.db.commit()
        self.db.close()
