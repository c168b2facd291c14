"""For analysts: `harvest.load("events")` → the table of the latest release as a pandas DataFrame."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from harvest.errors import UserError
from harvest.home import HarvestHome
from harvest.publish.index import latest_entry, read_index, release_path
from harvest.schema import TABLES


def release_dir(version: str = "latest", home: str | os.PathLike[str] | None = None) -> Path:
    """The folder of a release of the home (`home`, else `$HARVEST_HOME`, else the current directory)."""
    root = Path(home if home is not None else os.environ.get("HARVEST_HOME") or ".").expanduser().resolve()
    releases = HarvestHome(root).releases_dir
    index = read_index(releases)
    if version == "latest":
        entry = latest_entry(index)
        if entry is None:
            raise UserError(f"no release in {releases}: run `harvest run` or `harvest publish` first")
        version = entry["version"]
    elif not any(v.get("version") == version and v.get("result") == "published" for v in index["versions"]):
        known = ", ".join(v["version"] for v in index["versions"] if v.get("result") == "published") or "none"
        raise UserError(f"no release {version} in {releases} (releases: {known})")
    return release_path(releases, version)


def load(table: str, version: str = "latest", home: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One table of a release, typed as in its Parquet file (times are tz-aware UTC)."""
    if table not in TABLES:
        raise UserError(f"no table {table!r}; tables: {', '.join(TABLES)}")
    return pd.read_parquet(release_dir(version, home) / f"{table}.parquet")
