"""Checks generated from the schema: columns and types, required fields, keys, foreign keys and enums."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from harvest.schema import TABLES


def check_tables(tables: dict[str, pa.Table]) -> list[str]:
    """Problems that make a set of tables unfit to publish (empty list: fit)."""
    problems: list[str] = []
    missing = [name for name in TABLES if name not in tables]
    if missing:
        return [f"missing tables: {', '.join(missing)}"]
    for name, table_def in TABLES.items():
        table = tables[name]
        expected = table_def.arrow_schema()
        if table.schema.remove_metadata() != expected.remove_metadata():
            problems.append(f"{name}: columns or types differ from harvest/schema.py ({table.schema.names})")
            continue
        for f in table_def.fields:
            column = table.column(f.name)
            if not f.nullable and column.null_count:
                problems.append(f"{name}.{f.name}: {column.null_count} empty values in a required field")
            if f.unique and pc.count_distinct(column, mode="only_valid").as_py() != len(column) - column.null_count:
                problems.append(f"{name}.{f.name}: values are not unique")
            if f.type == "string" and pc.any(pc.equal(column, "")).as_py():
                # CSV cannot tell "" from missing: text is either non-empty or null.
                problems.append(f"{name}.{f.name}: empty strings (use null)")
            if f.enum:
                outside = pc.sum(pc.invert(pc.is_in(column, value_set=pa.array(f.enum)))).as_py() or 0
                outside -= column.null_count
                if outside > 0:
                    problems.append(f"{name}.{f.name}: {outside} values outside {list(f.enum)}")
        keys = list(table_def.primary_key)
        if table.num_rows and table.group_by(keys).aggregate([]).num_rows != table.num_rows:
            problems.append(f"{name}: primary key ({', '.join(keys)}) has duplicates")
        for fk in table_def.foreign_keys:
            (column_name,) = fk.fields  # every foreign key of this schema is one column
            values = table.column(column_name)
            targets = tables[fk.table].column(fk.reference[0])
            dangling = pc.sum(pc.invert(pc.is_in(values, value_set=targets.combine_chunks()))).as_py() or 0
            dangling -= values.null_count
            if dangling > 0:
                problems.append(f"{name}.{column_name}: {dangling} values not in {fk.table}.{fk.reference[0]}")
    return problems
