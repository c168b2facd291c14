"""Tables on disk: deterministic Parquet files, content hashes, and the staged build that `harvest publish` reads."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from harvest.errors import UserError
from harvest.schema import TABLES

MANIFEST = "manifest.json"
BUILD_FORMAT = 1
# Fixed writer options make the bytes depend on the rows only (same tables, same pyarrow → same file).
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 9,
    "row_group_size": 256 * 1024,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "store_schema": True,
}


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table.combine_chunks(), path, **PARQUET_OPTIONS)


def read_parquet(name: str, path: Path) -> pa.Table:
    """A table file, cast to the schema's Arrow types (so that a file from any writer compares equal)."""
    table = pq.read_table(path)
    schema = TABLES[name].arrow_schema()
    if table.schema.names != schema.names:
        raise UserError(f"{path}: columns {table.schema.names} differ from the schema of {name}")
    return table.cast(schema)


def conform(name: str, table: pa.Table) -> pa.Table:
    """A table written under an older schema, in today's schema: new columns empty, dropped columns gone."""
    schema = TABLES[name].arrow_schema()
    columns = [
        table.column(f.name).cast(f.type) if f.name in table.column_names else pa.nulls(table.num_rows, f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def row_hashes(name: str, table: pa.Table) -> pd.Series:
    """One 64-bit hash per row of the table's stable columns, indexed by the primary key ("a|b" when composite)."""
    table_def = TABLES[name]
    frame = table.select(table_def.stable_columns).to_pandas()
    hashes = pd.util.hash_pandas_object(frame, index=False)
    return pd.Series(hashes.to_numpy(), index=primary_keys(name, table), name=name)


def primary_keys(name: str, table: pa.Table) -> pd.Index:
    columns = [table.column(k).cast(pa.string()).to_pandas() for k in TABLES[name].primary_key]
    keys = columns[0] if len(columns) == 1 else columns[0].str.cat(columns[1:], sep="|")
    return pd.Index(keys.astype(object), name="id")


def content_hash(name: str, table: pa.Table) -> str:
    """SHA-256 of the ordered row hashes: equal tables (bookkeeping columns aside) have equal content hashes."""
    hashes = row_hashes(name, table)
    digest = hashlib.sha256(np.ascontiguousarray(hashes.to_numpy(dtype=np.uint64)).tobytes())
    digest.update(json.dumps(TABLES[name].stable_columns).encode())
    return digest.hexdigest()


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")


STAGING_PREFIX = ".tmp-"


@contextmanager
def staging_folder(final: Path, *, replace: bool = True) -> Iterator[Path]:
    """A temporary folder beside `final`; on success its files are fsynced and it is renamed to `final`.

    On any error the temporary folder is removed and `final` is untouched. With `replace=False` (releases, which are
    immutable) an existing `final` is an error instead of being replaced.
    """
    if not replace and final.exists():
        raise FileExistsError(f"{final} exists")
    final.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{final.name}-", dir=final.parent))
    temporary.chmod(0o755)  # mkdtemp makes it private; a release is for everyone to read
    try:
        yield temporary
        for child in temporary.iterdir():
            fsync_path(child)
        fsync_path(temporary)
        previous = None
        if replace and final.exists():
            previous = final.with_name(f".old-{final.name}-{os.getpid()}")
            final.rename(previous)
        temporary.rename(final)
        fsync_path(final.parent)
        if previous is not None:
            shutil.rmtree(previous, ignore_errors=True)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


@dataclass
class StagedBuild:
    tables: dict[str, pa.Table]
    manifest: dict[str, Any]


def stage_build(build_dir: Path, tables: dict[str, pa.Table], manifest: dict[str, Any]) -> None:
    """Write the tables and the manifest to `build_dir`, replacing the previous build in one rename."""
    manifest = {
        "format": BUILD_FORMAT,
        **manifest,
        "tables": {
            name: {"rows": tables[name].num_rows, "content_sha256": content_hash(name, tables[name])} for name in TABLES
        },
    }
    with staging_folder(build_dir) as folder:
        for name in TABLES:
            write_parquet(tables[name], folder / f"{name}.parquet")
        write_json(folder / MANIFEST, manifest)


def read_build(build_dir: Path) -> StagedBuild:
    manifest_path = build_dir / MANIFEST
    if not manifest_path.exists():
        raise UserError(f"no build to publish in {build_dir}: run `harvest build` first")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if manifest.get("format") != BUILD_FORMAT:
        raise UserError(f"{manifest_path}: build format {manifest.get('format')} is not {BUILD_FORMAT}; rebuild")
    tables = {name: read_parquet(name, build_dir / f"{name}.parquet") for name in TABLES}
    return StagedBuild(tables, manifest)
