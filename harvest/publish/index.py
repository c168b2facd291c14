"""`datasets/eccp-events/index.json`: every release and refused attempt, and `latest` (the last successful release).

Always replaced whole (written beside, fsynced, renamed) and only after the release folder is in place, so that a
crash at any point leaves the previous index and releases intact.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path
from typing import Any

from harvest.errors import UserError
from harvest.home import DATASET_NAME
from harvest.tables.staging import fsync_path

INDEX = "index.json"
VERSION_PATTERN = re.compile(r"^\d{4}\.\d{2}\.\d{2}(\.\d+)?$")


def read_index(releases_dir: Path) -> dict[str, Any]:
    path = releases_dir / INDEX
    if not path.exists():
        return {"dataset": DATASET_NAME, "latest": None, "versions": []}
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: unreadable release index ({exc})") from None
    if not isinstance(index, dict) or not isinstance(index.get("versions"), list):
        raise UserError(f"{path}: not a release index (no `versions` list)")
    return index


def write_index(releases_dir: Path, index: dict[str, Any]) -> None:
    releases_dir.mkdir(parents=True, exist_ok=True)
    path = releases_dir / INDEX
    temporary = releases_dir / f".{INDEX}.{os.getpid()}.tmp"
    with temporary.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(index, ensure_ascii=False, indent=2) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    fsync_path(releases_dir)


def latest_entry(index: dict[str, Any]) -> dict[str, Any] | None:
    latest = index.get("latest")
    return next((v for v in index["versions"] if v.get("version") == latest and v.get("result") == "published"), None)


def next_version(releases_dir: Path, index: dict[str, Any], today: date) -> str:
    """CalVer `YYYY.MM.DD`, then `.1`, `.2` … for more releases the same day (never an existing folder)."""
    taken = {v.get("version") for v in index["versions"]}
    base = today.strftime("%Y.%m.%d")
    candidate, n = base, 0
    while candidate in taken or (releases_dir / candidate).exists():
        n += 1
        candidate = f"{base}.{n}"
    return candidate


def release_path(releases_dir: Path, version: str) -> Path:
    """The folder of a version; refuses names that are not versions (no path tricks through index.json)."""
    if not VERSION_PATTERN.match(version):
        raise UserError(f"{version!r} is not a release version (YYYY.MM.DD[.N])")
    return releases_dir / version
