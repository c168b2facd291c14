"""The shared DEV corpus, parsed in-process: every field the scorer reads must equal the expected record."""

from __future__ import annotations

import json
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest

from harvest.parse import parse_page

CORPUS = Path(__file__).resolve().parents[1] / "corpus"  # vendored copy of ../shared/corpus
EXPECTED = CORPUS / "expected.jsonl"
RECORDS = [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines()]


def fold(text: str | None) -> str | None:
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text).casefold()
    for a, b in (("“", '"'), ("”", '"'), ("„", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-")):
        text = text.replace(a, b)
    return " ".join(text.split()).strip("\"' ").rstrip(".,;:")


def instant(value: str | None) -> date | datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


@pytest.mark.parametrize("expected", RECORDS, ids=[r["id"] for r in RECORDS])
def test_corpus_page(expected: dict) -> None:
    record = parse_page((CORPUS / "pages" / f"{expected['id']}.html").read_bytes(), expected["url"])
    assert record.is_event == expected["is_event"]
    if not expected["is_event"]:
        return
    for field in ("title", "page_title", "series"):
        assert fold(getattr(record, field)) == fold(expected[field]), field
    assert instant(record.start) == instant(expected["start"])
    assert instant(record.end) == instant(expected["end"])
    assert (record.timezone, record.tz_label) == (expected["timezone"], expected["tz_label"])
    assert [fold(s.name) for s in record.speakers] == [fold(s["name"]) for s in expected["speakers"]]
    assert [s.eurocluster for s in record.speakers] == [s["eurocluster"] for s in expected["speakers"]]
    assert record.euroclusters == expected["euroclusters"]
    assert [(a.url, a.created) for a in record.assets] == [(a["url"], a["created"]) for a in expected["assets"]]
