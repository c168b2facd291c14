"""The parse cache: PageRecords of archived bodies, so that a build re-parses only what changed.

Keyed by the body's SHA-256, the page URL (the parser reads the year and the site from it) and PARSER_VERSION: a new
parser version misses every entry, so the whole archive is parsed again.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from types import TracebackType

from harvest.parse.record import PageRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS parsed (
    sha256 TEXT NOT NULL,
    url TEXT NOT NULL,
    parser_version TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (sha256, url, parser_version)
)
"""


class ParseCache:
    def __init__(self, path: Path, parser_version: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.parser_version = parser_version
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(SCHEMA)

    def get(self, sha256: str, url: str) -> PageRecord | None:
        row = self.db.execute(
            "SELECT record FROM parsed WHERE sha256 = ? AND url = ? AND parser_version = ?",
            (sha256, url, self.parser_version),
        ).fetchone()
        return PageRecord.from_dict(json.loads(row[0])) if row else None

    def put(self, sha256: str, url: str, record: PageRecord) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO parsed (sha256, url, parser_version, record) VALUES (?, ?, ?, ?)",
            (sha256, url, self.parser_version, json.dumps(record.to_dict(), ensure_ascii=False)),
        )

    def forget_other_versions(self) -> None:
        """Entries of older parsers can never be hit again."""
        self.db.execute("DELETE FROM parsed WHERE parser_version != ?", (self.parser_version,))

    def __enter__(self) -> ParseCache:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.db.commit()
        self.db.close()
