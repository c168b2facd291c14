"""What changed since the previous release: rows added, removed and changed per table, by id (delta.json, CHANGES.md).

Bookkeeping columns (`volatile` in the schema: when a page was last checked, its body hash, …) are not changes.
Rows removed because their person asked to be left out (the suppression list) are never listed by id — the previous
release maps those ids to names — only counted, as `removed_on_request` (the key is present when the count is not 0).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import pyarrow as pa

from harvest.schema import TABLES
from harvest.tables.staging import primary_keys, row_hashes

CHANGE_KINDS = ("added", "removed", "changed")
ON_REQUEST = "removed_on_request"
LISTED_PER_KIND = 100  # CHANGES.md lists this many ids per table and kind; delta.json lists them all
# What names a row in CHANGES.md, first found among the table's non-key columns: an event by its title, a speaker line
# or a document by the page it is printed on.
LABEL_COLUMNS = ("title", "page_url")

# Key field → ids the build withheld on request (harvest/tables/suppress.py): `person_id`, `organisation_id`.
Withheld = Mapping[str, Collection[str]]


def table_delta(name: str, old: pa.Table | None, new: pa.Table, withheld: Withheld | None = None) -> dict[str, Any]:
    new_hashes = row_hashes(name, new)
    if old is None:
        return {"added": list(new_hashes.index), "removed": [], "changed": {}}
    old_hashes = row_hashes(name, old)
    added = new_hashes.index.difference(old_hashes.index, sort=False)
    removed = old_hashes.index.difference(new_hashes.index, sort=False)
    common = new_hashes.index.intersection(old_hashes.index, sort=False)
    differing = common[new_hashes[common].to_numpy() != old_hashes[common].to_numpy()]
    on_request = withheld_rows(name, old, set(removed), withheld or {})
    delta: dict[str, Any] = {
        "added": sorted(added),
        "removed": sorted(set(removed) - on_request),
        "changed": changed_fields(name, old, new, set(differing)),
    }
    if on_request:
        delta[ON_REQUEST] = len(on_request)
    return delta


def withheld_rows(name: str, old: pa.Table, removed: set[str], withheld: Withheld) -> set[str]:
    """The removed row ids whose key names a person (or organisation) withheld on request."""
    fields = [f for f in TABLES[name].primary_key if withheld.get(f)]
    if not fields or not removed:
        return set()
    keys = primary_keys(name, old)
    on_request = set()
    for field in fields:
        values = old.column(field).to_pandas()
        on_request |= set(keys[values.isin(set(withheld[field])).to_numpy()])
    return on_request & removed


def changed_fields(name: str, old: pa.Table, new: pa.Table, ids: set[str]) -> dict[str, list[str]]:
    """For each changed row id, the stable fields whose value differs."""
    if not ids:
        return {}
    columns = TABLES[name].stable_columns
    before, after = rows_by_id(name, old, ids, columns), rows_by_id(name, new, ids, columns)
    return {i: [c for c in columns if before[i][c] != after[i][c]] for i in sorted(ids)}


def rows_by_id(name: str, table: pa.Table, ids: Collection[str], columns: list[str]) -> dict[str, dict[str, Any]]:
    """The rows of `table` whose id is in `ids`, as id → {column: value}."""
    keys = primary_keys(name, table)
    mask = keys.isin(ids)
    picked = table.filter(pa.array(mask)).select(columns).to_pylist()
    return dict(zip(keys[mask], picked, strict=True))


def release_delta(
    previous_version: str | None,
    old_tables: dict[str, pa.Table] | None,
    new_tables: dict[str, pa.Table],
    withheld: Withheld | None = None,
) -> dict[str, Any]:
    tables = {
        name: table_delta(name, old_tables[name] if old_tables else None, new_tables[name], withheld) for name in TABLES
    }
    return {
        "previous": previous_version,
        "summary": {name: summary(new_tables[name].num_rows, d) for name, d in tables.items()},
        "tables": tables,
    }


def summary(rows: int, delta: dict[str, Any]) -> dict[str, int]:
    """Counts of one table's delta; `removed` counts the rows removed on request too."""
    counts = {"rows": rows, **{kind: len(delta[kind]) for kind in CHANGE_KINDS}}
    if delta.get(ON_REQUEST):
        counts["removed"] += delta[ON_REQUEST]
        counts[ON_REQUEST] = delta[ON_REQUEST]
    return counts


def row_labels(
    delta: dict[str, Any], new_tables: dict[str, pa.Table], old_tables: dict[str, pa.Table] | None
) -> dict[str, dict[str, str]]:
    """Table → row id → what names the row in CHANGES.md (see LABEL_COLUMNS), for the rows the delta lists."""
    labels: dict[str, dict[str, str]] = {}
    for name, table_changes in delta["tables"].items():
        table_def = TABLES[name]
        column = next((c for c in LABEL_COLUMNS if c in table_def.by_name and c not in table_def.primary_key), None)
        ids = {*table_changes["added"], *table_changes["removed"], *table_changes["changed"]}
        if column is None or not ids:
            continue
        labels[name] = {}
        for table in (old_tables or {}).get(name), new_tables[name]:  # the new label wins for a changed row
            if table is not None:
                rows = rows_by_id(name, table, ids, [column])
                labels[name].update({i: row[column] for i, row in rows.items() if row[column]})
    return labels


def changes_markdown(version: str, delta: dict[str, Any], labels: dict[str, dict[str, str]]) -> str:
    """CHANGES.md: a readable account of the delta, naming each row by id and label (see `row_labels`)."""
    previous = delta["previous"]
    lines = [f"# Changes in {version}", ""]
    lines.append(f"Compared with release {previous}." if previous else "First release: every row is new.")
    lines += ["", "| table | rows | added | removed | changed |", "|---|---:|---:|---:|---:|"]
    for name, counts in delta["summary"].items():
        lines.append(f"| {name} | {counts['rows']} | {counts['added']} | {counts['removed']} | {counts['changed']} |")
    if not previous:
        return "\n".join(lines) + "\n"
    for name, table_changes in delta["tables"].items():
        on_request = table_changes.get(ON_REQUEST, 0)
        if not (on_request or any(table_changes[kind] for kind in CHANGE_KINDS)):
            continue
        lines += ["", f"## {name}"]
        names = labels.get(name, {})
        for kind in CHANGE_KINDS:
            ids = list(table_changes[kind])
            if not ids:
                continue
            lines += ["", f"{kind.capitalize()} ({len(ids)}):"]
            for row_id in ids[:LISTED_PER_KIND]:
                label = f" — {names[row_id]}" if row_id in names else ""
                fields = table_changes["changed"].get(row_id) if kind == "changed" else None
                lines.append(f"- `{row_id}`{label}" + (f" ({', '.join(fields)})" if fields else ""))
            if len(ids) > LISTED_PER_KIND:
                lines.append(f"- … and {len(ids) - LISTED_PER_KIND} more (delta.json lists them all)")
        if on_request:
            rows = "row" if on_request == 1 else "rows"
            lines += ["", f"{on_request} {rows} removed on request (people on the suppression list; not listed by id)."]
    return "\n".join(lines) + "\n"
