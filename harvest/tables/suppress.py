"""The suppression list (`suppressions.csv` in the home): people who asked not to be published.

One person per row, by id (`pe_…`) or by name in any spelling (folded like every name); a header row `person` and
lines starting with `#` are ignored; other columns (date listed, reason) are for the operator. Every release built
after a person is listed leaves out that person and all their appearances.
"""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from harvest.errors import UserError
from harvest.tables.fold import name_key

HEADER_CELLS = {"person", "person_id", "name", "id"}


def read_suppressions(path: Path) -> set[str]:
    """Person ids and folded names to leave out (empty when the file does not exist)."""
    if not path.exists():
        return set()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read the suppression list ({exc})") from None
    suppressed: set[str] = set()
    for number, row in enumerate(csv.reader(io.StringIO(text))):
        cell = row[0].strip() if row else ""
        if not cell or cell.startswith("#") or (number == 0 and cell.casefold() in HEADER_CELLS):
            continue
        suppressed.add(cell if cell.startswith("pe_") else name_key(cell))
    return suppressed


def suppressions_digest(path: Path) -> str | None:
    """Fingerprint of the list a build honoured, so that publish sees when the list changed since."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
