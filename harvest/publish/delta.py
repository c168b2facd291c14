"""What changed since the previous release: rows added, removed and changed per table, by id (delta.json, CHANGES.md).

Bookkeeping columns (`volatile` in the schema, e.g. when a page was last checked) are not changes.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from harvest.schema import TABLES
from harvest.tables.staging import primary_keys, row_hashes

CHANGE_KINDS = ("added", "removed", "changed")
LISTED_PER_KIND = 100  # CHANGES.md lists this many ids per table and kind; delta.json lists them all


def table_delta(name: str, old: pa.Table | None, new: pa.Table) -> dict[str, Any]:
    new_hashes = row_hashes(name, new)
    if old is None:
        return {"added": list(new_hashes.index), "removed": [], "changed": {}}
    old_hashes = row_hashes(name, old)
    added = new_hashes.index.difference(old_hashes.index, sort=False)
    removed = old_hashes.index.difference(new_hashes.index, sort=False)
    common = new_hashes.index.intersection(old_hashes.index, sort=False)
    differing = common[new_hashes[common].to_numpy() != old_hashes[common].to_numpy()]
    return {
        "added": sorted(added),
        "removed": sorted(removed),
        "changed": changed_fields(name, old, new, set(differing)),
    }


def changed_fields(name: str, old: pa.Table, new: pa.Table, ids: set[str]) -> dict[str, list[str]]:
    """For each changed row id, the stable fields whose value differs."""
    if not ids:
        return {}
    columns = TABLES[name].stable_columns

    def rows_of(table: pa.Table) -> dict[str, dict[str, Any]]:
        keys = primary_keys(name, table)
        mask = keys.isin(ids)
        picked = table.filter(pa.array(mask)).select(columns).to_pylist()
        return dict(zip(keys[mask], picked, strict=True))

    before, after = rows_of(old), rows_of(new)
    return {i: [c for c in columns if before[i][c] != after[i][c]] for i in sorted(ids)}


def release_delta(
    previous_version: str | None, old_tables: dict[str, pa.Table] | None, new_tables: dict[str, pa.Table]
) -> dict[str, Any]:
    tables = {name: table_delta(name, old_tables[name] if old_tables else None, new_tables[name]) for name in TABLES}
    return {
        "previous": previous_version,
        "summary": {
            name: {
                "rows": new_tables[name].num_rows,
                **{kind: len(d[kind]) for kind in ("added", "removed", "changed")},
            }
            for name, d in tables.items()
        },
        "tables": tables,
    }


def changes_markdown(version: str, delta: dict[str, Any], events: pa.Table) -> str:
    """CHANGES.md: a readable account of the delta, naming each event by id and title."""
    titles = dict(zip(events.column("event_id").to_pylist(), events.column("title").to_pylist(), strict=True))
    previous = delta["previous"]
    lines = [f"# Changes in {version}", ""]
    lines.append(f"Compared with release {previous}." if previous else "First release: every row is new.")
    lines += ["", "| table | rows | added | removed | changed |", "|---|---:|---:|---:|---:|"]
    for name, counts in delta["summary"].items():
        lines.append(f"| {name} | {counts['rows']} | {counts['added']} | {counts['removed']} | {counts['changed']} |")
    if not previous:
        return "\n".join(lines) + "\n"
    for name, table_changes in delta["tables"].items():
        if not any(table_changes[kind] for kind in CHANGE_KINDS):
            continue
        lines += ["", f"## {name}"]
        for kind in CHANGE_KINDS:
            ids = list(table_changes[kind])
            if not ids:
                continue
            lines += ["", f"{kind.capitalize()} ({len(ids)}):"]
            for row_id in ids[:LISTED_PER_KIND]:
                label = f" — {titles[row_id]}" if name == "events" and titles.get(row_id) else ""
                fields = table_changes["changed"].get(row_id) if kind == "changed" else None
                lines.append(f"- `{row_id}`{label}" + (f" ({', '.join(fields)})" if fields else ""))
            if len(ids) > LISTED_PER_KIND:
                lines.append(f"- … and {len(ids) - LISTED_PER_KIND} more (delta.json lists them all)")
    return "\n".join(lines) + "\n"
