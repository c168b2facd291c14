"""`harvest validate DIR`: is a release folder intact and consistent?

Checksums (SHA256SUMS and datapackage.json), Parquet schemas against harvest/schema.py, CSV rows equal to the
Parquet rows, and a full Frictionless validation of the package (types, required fields, primary and foreign keys).
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pyarrow as pa

from harvest.publish.files import sha256_file, write_csv_to
from harvest.schema import TABLES
from harvest.tables.checks import check_tables
from harvest.tables.staging import read_parquet

CHECKSUMS = "SHA256SUMS"
MAX_FRICTIONLESS_ERRORS = 20


def validate_release(path: Path | str) -> list[str]:
    """Problems found in the release folder `path` (empty list: valid)."""
    folder = Path(path)
    if not (folder / "datapackage.json").is_file():
        return [f"{folder}: no datapackage.json (not a release folder)"]
    problems = checksum_problems(folder)
    tables: dict[str, pa.Table] = {}
    for name in TABLES:
        try:
            tables[name] = read_parquet(name, folder / f"{name}.parquet")
        except Exception as exc:  # any unreadable file is a finding, not a crash
            problems.append(f"{name}.parquet: {exc}")
            continue
        if tables[name].schema.remove_metadata() != TABLES[name].arrow_schema().remove_metadata():
            problems.append(f"{name}.parquet: schema differs from harvest/schema.py")
        problems += csv_problems(folder, name, tables[name])
    if len(tables) == len(TABLES):
        problems += check_tables(tables)
    problems += frictionless_problems(folder)
    return problems


def checksum_problems(folder: Path) -> list[str]:
    sums_path = folder / CHECKSUMS
    if not sums_path.is_file():
        return [f"{CHECKSUMS} missing"]
    problems = []
    listed: set[str] = set()
    for line in sums_path.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed.add(name)
        target = folder / name
        if "/" in name or not target.is_file():
            problems.append(f"{CHECKSUMS}: {name} is missing")
        elif sha256_file(target) != digest:
            problems.append(f"{name}: SHA-256 differs from {CHECKSUMS}")
    unlisted = sorted(p.name for p in folder.iterdir() if p.name not in listed | {CHECKSUMS})
    if unlisted:
        problems.append(f"files not in {CHECKSUMS}: {', '.join(unlisted)}")
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package.get("resources", []):
        target = folder / resource["path"]
        if target.is_file() and (
            target.stat().st_size != resource.get("bytes") or f"sha256:{sha256_file(target)}" != resource.get("hash")
        ):
            problems.append(f"{resource['path']}: size or hash differs from datapackage.json")
    return problems


def csv_problems(folder: Path, name: str, table: pa.Table) -> list[str]:
    """The CSV file must be exactly the CSV form of the Parquet rows."""
    csv_path = folder / f"{name}.csv"
    if not csv_path.is_file():
        return [f"{name}.csv missing"]
    buffer = io.StringIO()
    write_csv_to(name, table, buffer)
    if hashlib.sha256(buffer.getvalue().encode("utf-8")).hexdigest() != sha256_file(csv_path):
        return [f"{name}.csv: rows differ from {name}.parquet"]
    return []


def frictionless_problems(folder: Path) -> list[str]:
    from frictionless import Package, system

    with system.use_context(trusted=False):
        package = Package(str(folder / "datapackage.json"))
        report = package.validate()
    if report.valid:
        return []
    problems = []
    for task in report.tasks:
        for error in task.errors:
            problems.append(f"frictionless: {task.name}: {error.message}")
    problems += [f"frictionless: {error.message}" for error in report.errors]
    if len(problems) > MAX_FRICTIONLESS_ERRORS:
        problems = [
            *problems[:MAX_FRICTIONLESS_ERRORS],
            f"frictionless: … {len(problems) - MAX_FRICTIONLESS_ERRORS} more",
        ]
    return problems
