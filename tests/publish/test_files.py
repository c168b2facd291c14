"""CSV cells: any text survives the round trip, and formula-like text is guarded."""

from __future__ import annotations

import csv
import io

import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from harvest.publish.files import FORMULA_STARTS, write_csv_to
from harvest.schema import TABLES


def people_table(names: list[str]) -> pa.Table:
    n = len(names)
    return pa.table(
        {
            "person_id": [f"pe_{i:016x}" for i in range(n)],
            "name": names,
            "name_key": [f"key {i}" for i in range(n)],
            "spellings": names,
            "events": [1] * n,
        },
        schema=TABLES["people"].arrow_schema(),
    )


@given(st.lists(st.text(min_size=1), min_size=1, max_size=20))
def test_any_text_survives_the_csv_round_trip(names: list[str]) -> None:
    buffer = io.StringIO()
    write_csv_to("people", people_table(names), buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))
    for name, row in zip(names, rows, strict=True):
        expected = "'" + name if name.startswith(FORMULA_STARTS) else name
        assert row["name"] == row["spellings"] == expected


def test_numbers_and_ids_are_never_guarded() -> None:
    buffer = io.StringIO()
    write_csv_to("people", people_table(["-Minus", "@at", "=1+2", "+49", "\tTab", "plain"]), buffer)
    lines = buffer.getvalue().split("\r\n")
    assert lines[0] == "person_id,name,name_key,spellings,events"
    assert lines[1] == "pe_0000000000000000,'-Minus,key 0,'-Minus,1"
    assert [line.split(",")[1] for line in lines[2:6]] == ["'@at", "'=1+2", "'+49", "'\tTab"]
