"""The shadow held-out sets (tests/parse/heldout, heldout2 … heldout15): pages in markups the parser was not
written against, each written by an author who had read neither the parser nor the other sets.

`test_heldout_goals` parses every page of a set in-process and scores it the way `shared/corpus/score.py` does (same
normalisations, same per-field figures, summary over the English pages), then asserts the goals of the hidden set's
measurement; its failure message lists the figures and every mismatch. The other tests keep the sets honest:
complete records, pages on disk, expected records scoring 1.00 against themselves, and expected.jsonl in step with
its generator.
"""

from __future__ import annotations

import csv
import importlib.resources
import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from harvest.parse import parse_page

HELDOUT = Path(__file__).parent / "heldout"
SECOND_SET = Path(__file__).parent / "heldout2"
THIRD_SET = Path(__file__).parent / "heldout3"
FOURTH_SET = Path(__file__).parent / "heldout4"
FIFTH_SET = Path(__file__).parent / "heldout5"
SIXTH_SET = Path(__file__).parent / "heldout6"
SEVENTH_SET = Path(__file__).parent / "heldout7"
EIGHTH_SET = Path(__file__).parent / "heldout8"
NINTH_SET = Path(__file__).parent / "heldout9"
TENTH_SET = Path(__file__).parent / "heldout10"
ELEVENTH_SET = Path(__file__).parent / "heldout11"
TWELFTH_SET = Path(__file__).parent / "heldout12"
THIRTEENTH_SET = Path(__file__).parent / "heldout13"
FOURTEENTH_SET = Path(__file__).parent / "heldout14"
FIFTEENTH_SET = Path(__file__).parent / "heldout15"


def load_records(folder: Path) -> list[dict[str, Any]]:
    lines = (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


RECORDS: list[dict[str, Any]] = load_records(HELDOUT)
FIELDS = [
    "id",
    "url",
    "template",
    "lang",
    "is_event",
    "title",
    "page_title",
    "series",
    "start",
    "end",
    "timezone",
    "tz_label",
    "speakers",
    "euroclusters",
    "assets",
    "notes",
]
GOALS = {
    "date": 0.97,
    "title": 0.95,
    "speakers_f1": 0.95,
    "org": 0.90,
    "euroclusters_f1": 0.97,
    "assets": 1.00,
    "is_event": 1.00,
}
# Expected values of a set that the corpus contract (shared/corpus/README.md) contradicts: the goals are asserted
# against the contract's value, and `test_contract_corrections_still_apply` keeps each entry honest (the set still
# says what it says, and the correction differs from it). (set, page id) -> {field: the contract's value}.
CONTRACT_CORRECTIONS: dict[tuple[str, str], dict[str, Any]] = {
    # hz-003 is an ECCP page with an "Attachment | Size" table of one PDF; the contract makes every row of that table
    # an asset, and the set's own notes say "one PDF in the table", yet its record lists no asset.
    ("heldout8", "hz-003"): {
        "assets": [
            {
                "label": "EUCT_CMA_agenda.pdf",
                "url": "https://clustercollaboration.eu/sites/default/files/2024-01/EUCT_CMA_agenda.pdf",
                "created": None,
            }
        ]
    },
    # hr-002 (an ECCP page with an "Attachment | Size" table of two PDFs) and hr-013 (an nca.cz page with one attachment
    # and its "Created:" stamp): the contract makes both assets, the set's own notes name the PDFs and the stamp, yet
    # the generator's records leave out their `assets` (pages_t1.py / pages_t2.py pass none to `record`).
    ("heldout10", "hr-002"): {
        "assets": [
            {
                "label": "EU Clusters Talk 2 October 2024 - slides",
                "url": "https://clustercollaboration.eu/sites/default/files/2024-10/"
                "EU%20Clusters%20Talk%20competitiveness%20slides.pdf",
                "created": None,
            },
            {
                "label": "EU Clusters Talk 2 October 2024 - summary",
                "url": "https://clustercollaboration.eu/sites/default/files/2024-10/"
                "EU%20Clusters%20Talk%20competitiveness%20summary.pdf",
                "created": None,
            },
        ]
    },
    ("heldout10", "hr-013"): {
        "assets": [
            {
                "label": "EU Clusters Talk Health - summary",
                "url": "https://www.nca.cz/files/eu-clusters-talk-health-8-2-2023-summary.pdf",
                "created": "2023-02-15T13:47:02+01:00",
            }
        ]
    },
    # hs-003 is an ECCP page with an "Attachment | Size" table of one PDF; the set's own notes say "one PDF in the
    # attachment table", yet the generator's record passes no `assets` (pages_t1.py).
    ("heldout11", "hs-003"): {
        "assets": [
            {
                "label": "CmR_Graz_Agenda_final.pdf",
                "url": "https://clustercollaboration.eu/sites/default/files/2024-06/CmR_Graz_Agenda_final.pdf",
                "created": None,
            }
        ]
    },
}
# A judgement call of a set that the parser does not follow, left as the set has it (it is on a non-English page, so
# the English goals do not count it): heldout11's hs-022 takes the series name its German report quotes („Clusters
# meet Regions“) as the event's title. A quote that is only a series name names the series, not the event (title.py);
# the same set titles the same workshop "Clusters meet Regions - Graz, Austria" (hs-003) and by its heading (hs-013).
# heldout13's hv-006 gives the speaker of a programme row the Eurocluster its session title names without the word
# "Eurocluster" ("Welcome and introduction to GEMSTONE – Name (CIMES)"), while its hv-033 gives none to the speaker of
# "Results of the EU Rural Tourism open calls: Name, …"; the parser takes a title's Eurocluster only when the title says
# "Eurocluster" (speakers.py), so hv-006's speaker Eurocluster stays a mismatch (no goal counts it).
# heldout14's hu-003 and hu-013 split "Deputy Head of Unit, Industrial Forum, Alliances, Clusters, DG GROW, European
# Commission" into the role "Deputy Head of Unit" and the unit with the DG as the organisation; the DEV corpus (dev-027)
# keeps the unit in the role ("Team Leader D.2 – Industrial forum, Alliances, Clusters"), and DEV wins, so both pages'
# role and organisation stay mismatches (English pages: the organisation goal is met with them).


def corrected(folder: Path, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records of a set with the contract's values where CONTRACT_CORRECTIONS has them."""
    return [dict(record, **CONTRACT_CORRECTIONS.get((folder.name, record["id"]), {})) for record in records]


# ------------------------------------------------------------------------------------------------ normalisation
# The same rules as score.py, so that a figure here is the figure the held-out measurement would print.

QUOTES_DOUBLE = '“”„‟″«»"'
QUOTES_SINGLE = "‘’‚‛′`´'"
DASHES = "‐‑‒–—―−"


def unify(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(
        '"' if c in QUOTES_DOUBLE else "'" if c in QUOTES_SINGLE else "-" if c in DASHES else c for c in text
    )
    return re.sub(r"\s+", " ", text).strip()


def deaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def norm_text(value: object) -> str | None:
    """Titles: casefolded, unified quotes and dashes, no wrapping quotes or trailing .,;: punctuation."""
    if not isinstance(value, str):
        return None
    text, previous = unify(value).casefold(), None
    while previous != text:
        previous = text
        text = text.strip().strip("\"'").strip().rstrip(".,;:").strip()
    return text or None


def norm_name(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return re.sub(r"[\s.,;:]+$", "", deaccent(unify(value)).casefold()).strip() or None


def same_field(expected: object, got: object) -> bool:
    """Role / organisation: both empty, or token-set Jaccard overlap of at least 0.6."""
    exp = expected.strip() if isinstance(expected, str) else ""
    out = got.strip() if isinstance(got, str) else ""
    if not exp or not out:
        return not exp and not out
    a, b = (set(re.findall(r"\w+", deaccent(unify(s)).casefold())) for s in (exp, out))
    if not a or not b:
        return norm_name(exp) == norm_name(out)
    return len(a & b) / len(a | b) >= 0.6


def when(value: object) -> tuple[str, object] | None:
    """Dates compare as dates, datetimes as instants; a naive or malformed value never equals anything."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        return ("bad", repr(value))
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return ("date", date.fromisoformat(text))
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return ("bad", text)
    return ("naive", moment) if moment.tzinfo is None else ("dt", moment.astimezone(UTC))


def same_when(expected: object, got: object) -> bool:
    a, b = when(expected), when(got)
    if a is None or b is None:
        return a is None and b is None
    return a == b and a[0] not in ("bad", "naive")


def eurocluster_key(text: str) -> str:
    return re.sub(r"[\s\-_]+", "", deaccent(text).casefold())


def load_eurocluster_forms() -> dict[str, str]:
    """Acronym, name and aliases of the packaged reference table, each mapped to the acronym."""
    forms: dict[str, str] = {}
    table = importlib.resources.files("harvest") / "data" / "euroclusters.csv"
    if not table.is_file():
        return forms
    with table.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            acronym = (row.get("acronym") or "").strip()
            for form in [acronym, row.get("name") or "", *(row.get("aliases") or "").split("|")]:
                if acronym and form.strip():
                    forms.setdefault(eurocluster_key(form), acronym)
    return forms


EUROCLUSTER_FORMS = load_eurocluster_forms()


def canon_eurocluster(value: str) -> str:
    key = eurocluster_key(value)
    return EUROCLUSTER_FORMS.get(key) or EUROCLUSTER_FORMS.get(
        eurocluster_key(re.sub(r"\s*euroclusters?$", "", value, flags=re.I)), key
    )


# ------------------------------------------------------------------------------------------------ scoring


def get(obj: object, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


@dataclass
class Tally:
    """Counters of score.py for a group of pages; figures are computed from them at the end."""

    pages: int = 0
    events: int = 0
    is_event: int = 0
    title: int = 0
    date: int = 0
    speakers: list[int] = field(default_factory=lambda: [0, 0, 0])  # true positives, false positives, false negatives
    org: list[int] = field(default_factory=lambda: [0, 0])  # right, compared
    euroclusters: list[int] = field(default_factory=lambda: [0, 0, 0])
    assets: int = 0

    def figures(self) -> dict[str, float]:
        def f1(tp: int, fp: int, fn: int) -> float:
            precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
            recall = tp / (tp + fn) if tp + fn else 1.0
            return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

        events = self.events or 1
        return {
            "date": self.date / events,
            "title": self.title / events,
            "speakers_f1": f1(*self.speakers),
            "org": self.org[0] / self.org[1] if self.org[1] else 1.0,
            "euroclusters_f1": f1(*self.euroclusters),
            "assets": self.assets / events,
            "is_event": self.is_event / (self.pages or 1),
        }


def score_page(expected: dict[str, Any], record: object, tally: Tally) -> list[str]:
    """Adds one page to the tally and returns its mismatches as readable lines."""
    tally.pages += 1
    problems: list[str] = []
    is_event = get(record, "is_event")
    if is_event is expected["is_event"]:
        tally.is_event += 1
    else:
        problems.append(f"is_event: expected {expected['is_event']}, got {is_event!r}")
    if not expected["is_event"]:
        return problems
    tally.events += 1
    if norm_text(get(record, "title")) == norm_text(expected["title"]):
        tally.title += 1
    else:
        problems.append(f"title: expected {expected['title']!r}, got {get(record, 'title')!r}")
    start, end = get(record, "start"), get(record, "end")
    if same_when(expected["start"], start) and same_when(expected["end"], end):
        tally.date += 1
    else:
        problems.append(f"date: expected {expected['start']} – {expected['end']}, got {start} – {end}")

    got_speakers = list(get(record, "speakers") or [])
    unmatched = list(range(len(got_speakers)))
    matches = []
    for speaker in expected["speakers"]:
        hit = next(
            (j for j in unmatched if norm_name(get(got_speakers[j], "name")) == norm_name(speaker["name"])), None
        )
        if hit is not None:
            unmatched.remove(hit)
            matches.append((speaker, got_speakers[hit]))
    tp = len(matches)
    tally.speakers[0] += tp
    tally.speakers[1] += len(got_speakers) - tp
    tally.speakers[2] += len(expected["speakers"]) - tp
    if tp != len(expected["speakers"]) or tp != len(got_speakers):
        names = [get(s, "name") for s in got_speakers]
        problems.append(f"speakers: expected {[s['name'] for s in expected['speakers']]}, got {names}")
    if expected["speakers"] and not matches:
        tally.org[1] += len(expected["speakers"])
    for speaker, got in matches:
        tally.org[1] += 1
        if same_field(speaker["organisation"], get(got, "organisation")):
            tally.org[0] += 1
        else:
            problems.append(
                f"organisation of {speaker['name']}: expected {speaker['organisation']!r}, "
                f"got {get(got, 'organisation')!r}"
            )

    expected_ecs = {canon_eurocluster(e) for e in expected["euroclusters"]}
    got_ecs = {canon_eurocluster(e) for e in get(record, "euroclusters") or [] if isinstance(e, str) and e.strip()}
    tally.euroclusters[0] += len(expected_ecs & got_ecs)
    tally.euroclusters[1] += len(got_ecs - expected_ecs)
    tally.euroclusters[2] += len(expected_ecs - got_ecs)
    if expected_ecs != got_ecs:
        problems.append(f"euroclusters: expected {sorted(expected_ecs)}, got {sorted(got_ecs)}")

    got_assets = list(get(record, "assets") or [])
    if len(got_assets) == len(expected["assets"]) and all(
        same_when(a["created"], get(g, "created")) for a, g in zip(expected["assets"], got_assets, strict=True)
    ):
        tally.assets += 1
    else:
        problems.append(
            f"assets: expected {[(a['label'], a['created']) for a in expected['assets']]}, "
            f"got {[(get(g, 'label'), get(g, 'created')) for g in got_assets]}"
        )
    return problems


def score_records(
    outputs: dict[str, object], expected_records: list[dict[str, Any]] | None = None
) -> tuple[dict[str, Tally], list[str]]:
    """Scores the records the parser gave (page id -> record) against a set's expected.jsonl (default: heldout)."""
    tallies = {"english": Tally(), "non_english": Tally()}
    report: list[str] = []
    for expected in RECORDS if expected_records is None else expected_records:
        group = tallies["english" if expected["lang"] == "en" else "non_english"]
        problems = score_page(expected, outputs[expected["id"]], group)
        report += [f"{expected['id']} ({expected['template']}, {expected['lang']}): {p}" for p in problems]
    return tallies, report


def summary(label: str, tally: Tally) -> str:
    return f"{label}: " + " ".join(f"{k} {v:.2f}" for k, v in tally.figures().items()) + f" (n={tally.pages})"


# ------------------------------------------------------------------------------------------------ tests


def test_expected_records_are_complete() -> None:
    assert len(RECORDS) >= 40
    assert [r["id"] for r in RECORDS] == [f"ho-{i:03d}" for i in range(1, len(RECORDS) + 1)]
    for record in RECORDS:
        assert list(record) == FIELDS, record["id"]
        assert (HELDOUT / "pages" / f"{record['id']}.html").is_file(), record["id"]
        for speaker in record["speakers"]:
            assert set(speaker) == {"name", "role", "organisation", "eurocluster"}, record["id"]
        for item in record["assets"]:
            assert set(item) == {"label", "url", "created"} and item["url"].startswith("http"), record["id"]


def test_expected_records_score_one_against_themselves() -> None:
    tallies, report = score_records({r["id"]: r for r in RECORDS})
    assert report == []
    for tally in tallies.values():
        assert tally.figures() == dict.fromkeys(GOALS, 1.0)


def test_scorer_sees_differences() -> None:
    """The comparisons must reject what score.py rejects (wrong offset, honorific kept, missed Eurocluster)."""
    record = next(r for r in RECORDS if r["lang"] == "en" and r["speakers"] and r["euroclusters"] and "T" in r["start"])
    wrong_offset = record["start"][:19] + ("+01:00" if record["start"].endswith("+02:00") else "+02:00")
    probes = [
        dict(record, start=wrong_offset),
        dict(record, start=record["start"][:10]),
        dict(record, speakers=[dict(record["speakers"][0], name="Dr. " + record["speakers"][0]["name"])]),
        dict(record, euroclusters=[]),
        dict(record, is_event="true"),
    ]
    for probe in probes:
        _, report = score_records({r["id"]: probe if r is record else r for r in RECORDS})
        assert report, probe
    utc = datetime.fromisoformat(record["start"]).astimezone(UTC).isoformat()
    _, report = score_records(
        {r["id"]: dict(r, start=utc, title=f"“{r['title']} ”") if r is record else r for r in RECORDS}
    )
    assert report == []


def test_expected_records_match_their_generator() -> None:
    """expected.jsonl and pages/ are written by make_heldout.py; an edit by hand would drift from its checks."""
    spec = importlib.util.spec_from_file_location("make_heldout", HELDOUT / "make_heldout.py")
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    acronyms = {acronym for acronym in EUROCLUSTER_FORMS.values()}
    for record, markup, encoding in generator.PAGES:
        assert generator.check(record, markup, acronyms) == [], record["id"]
        assert record == RECORDS[int(record["id"][3:]) - 1]
        page_bytes = (HELDOUT / "pages" / f"{record['id']}.html").read_bytes()
        assert page_bytes == markup.encode(encoding, errors="xmlcharrefreplace"), record["id"]
    assert len(generator.PAGES) == len(RECORDS)


@pytest.mark.parametrize(
    "folder",
    [
        SECOND_SET,
        THIRD_SET,
        FOURTH_SET,
        FIFTH_SET,
        SIXTH_SET,
        SEVENTH_SET,
        EIGHTH_SET,
        NINTH_SET,
        TENTH_SET,
        ELEVENTH_SET,
        TWELFTH_SET,
        THIRTEENTH_SET,
        FOURTEENTH_SET,
        FIFTEENTH_SET,
    ],
    ids=[
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
    ],
)
def test_other_sets_records_are_complete(folder: Path) -> None:
    records = load_records(folder)
    assert len(records) >= 40
    for record in records:
        assert list(record) == FIELDS, record["id"]
        assert (folder / "pages" / f"{record['id']}.html").is_file(), record["id"]
    _, report = score_records({r["id"]: r for r in records}, records)
    assert report == []


@pytest.mark.parametrize(
    "folder",
    [
        HELDOUT,
        SECOND_SET,
        THIRD_SET,
        FOURTH_SET,
        FIFTH_SET,
        SIXTH_SET,
        SEVENTH_SET,
        EIGHTH_SET,
        NINTH_SET,
        TENTH_SET,
        ELEVENTH_SET,
        TWELFTH_SET,
        THIRTEENTH_SET,
        FOURTEENTH_SET,
        FIFTEENTH_SET,
    ],
    ids=[
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
    ],
)
def test_heldout_goals(folder: Path) -> None:
    records = corrected(folder, load_records(folder))
    outputs = {r["id"]: parse_page((folder / "pages" / f"{r['id']}.html").read_bytes(), r["url"]) for r in records}
    tallies, report = score_records(outputs, records)
    english = tallies["english"].figures()
    below = {k: round(english[k], 2) for k, goal in GOALS.items() if english[k] < goal}
    details = "\n".join(
        [
            summary(f"{folder.name} (English)", tallies["english"]),
            summary(f"{folder.name} (non-English)", tallies["non_english"]),
            *report,
        ]
    )
    assert not below, f"below the goals: {below}\n{details}"


def test_contract_corrections_still_apply() -> None:
    for (name, page_id), values in CONTRACT_CORRECTIONS.items():
        folder = Path(__file__).parent / name
        record = next(r for r in load_records(folder) if r["id"] == page_id)
        for key, value in values.items():
            assert key in FIELDS and record[key] != value, (name, page_id, key)
        fixed = corrected(folder, [record])[0]
        assert {key: fixed[key] for key in values} == values
