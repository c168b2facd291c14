"""The Euroclusters reference table, and the lookup from any name a page uses to the acronym (the table's id)."""

from __future__ import annotations

import csv
import io
from importlib import resources
from pathlib import Path

REFERENCE_COLUMNS = ("acronym", "name", "aliases", "ecosystem", "coordinator", "call", "status", "source_url")


def read_euroclusters(path: Path | None = None) -> list[dict[str, str | None]]:
    """Rows of the reference CSV (package data `harvest/data/euroclusters.csv` unless `path` is given)."""
    if path is not None:
        text = path.read_text(encoding="utf-8")
    else:
        text = resources.files("harvest").joinpath("data/euroclusters.csv").read_text(encoding="utf-8")
    rows = []
    for raw in csv.DictReader(io.StringIO(text)):
        row = {column: (raw.get(column) or "").strip() or None for column in REFERENCE_COLUMNS}
        if row["acronym"]:
            rows.append(row)
    return rows


class EuroclusterLookup:
    """Maps an acronym, alias or full name (any case) to the reference acronym."""

    def __init__(self, rows: list[dict[str, str | None]]) -> None:
        self.acronyms: dict[str, str] = {}
        for row in rows:
            acronym = row["acronym"]
            assert acronym is not None
            names = [acronym, row["name"], *(row["aliases"] or "").split("|")]
            for name in names:
                if name and name.strip():
                    self.acronyms.setdefault(name.strip().casefold(), acronym)

    def __call__(self, name: str | None) -> str | None:
        if not name:
            return None
        return self.acronyms.get(name.strip().casefold())
