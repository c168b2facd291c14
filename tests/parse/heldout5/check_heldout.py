#!/usr/bin/env python3
"""Consistency checks for the hv- set: every record has every field, dates and offsets follow the Europe/Brussels
(events) and Europe/Prague (nca.cz 'Created:') summer-time rule, acronyms exist in the reference table, the names and
titles are really on the page, and score.py scores the expected records 1.00 against themselves."""

import csv
import datetime as dt
import html as htmllib
import importlib.util
import json
import os
import re
import sys
from collections import Counter
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/corpus/score.py"
REF = "/work/shared/reference/euroclusters.csv"
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
SERIES = {
    None,
    "EU Clusters Talks",
    "Clusters meet Regions",
    "European Cluster Conference",
    "C2Lab",
    "ECCP matchmaking",
    "European Alliance Against Coronavirus",
}
HONORIFICS = re.compile(r"^(dr|prof|ing|mag|mgr|mme|m|mr|mrs|ms)\b\.?\s", re.IGNORECASE)
ENCODINGS = {"hv-028": "cp1250", "hv-029": "iso-8859-2", "hv-037": "iso-8859-2", "hv-036": "utf-8-sig"}

problems = []


def bad(rid, msg):
    problems.append(f"{rid}: {msg}")


def check_when(rid, name, value, zone):
    if value is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value)
    t = dt.datetime.fromisoformat(value)
    if t.tzinfo is None:
        bad(rid, f"{name} {value} has no offset")
        return t
    local = t.replace(tzinfo=None).replace(tzinfo=ZoneInfo(zone))
    if local.utcoffset() != t.utcoffset():
        bad(rid, f"{name} {value}: {zone} offset on that day is {local.utcoffset()}")
    return t


def read_page(rid):
    with open(os.path.join(HERE, "pages", rid + ".html"), "rb") as fh:
        return fh.read().decode(ENCODINGS.get(rid, "utf-8"))


def page_text(rid):
    text = read_page(rid)
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.DOTALL | re.IGNORECASE)
    text = re.sub(r"<[^>]+>", " ", text)
    text = htmllib.unescape(text).replace("\u00ad", "").replace("\u200b", "")
    return re.sub(r"\s+", " ", text)


def main():
    spec = importlib.util.spec_from_file_location("score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    with open(REF, encoding="utf-8") as fh:
        acronyms = {row["acronym"] for row in csv.DictReader(fh)}
    with open(os.path.join(HERE, "expected.jsonl"), encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    ids = [r["id"] for r in recs]
    if ids != [f"hv-{i:03d}" for i in range(1, len(recs) + 1)]:
        bad("set", f"ids not consecutive: {ids}")
    for r in recs:
        rid = r["id"]
        if list(r) != FIELDS:
            bad(rid, f"fields {list(r)}")
        if not os.path.isfile(os.path.join(HERE, "pages", rid + ".html")):
            bad(rid, "page missing")
        text = page_text(rid)
        if r["series"] not in SERIES:
            bad(rid, f"series {r['series']}")
        for e in r["euroclusters"]:
            if e not in acronyms:
                bad(rid, f"unknown Eurocluster {e}")
        if r["euroclusters"] != sorted(r["euroclusters"]):
            bad(rid, "euroclusters not sorted")
        if not r["is_event"]:
            if r["start"] or r["end"] or r["speakers"] or r["series"]:
                bad(rid, "non-event with event fields")
            continue
        for k in ("title", "page_title"):
            if not r[k] or " ".join(r[k].split()) not in text:
                bad(rid, f"{k} not found verbatim on the page: {r[k]!r}")
        start = check_when(rid, "start", r["start"], "Europe/Brussels")
        end = check_when(rid, "end", r["end"], "Europe/Brussels")
        timed = isinstance(start, dt.datetime)
        if timed != (r["timezone"] == "Europe/Brussels") or (not timed and r["timezone"] is not None):
            bad(rid, "timezone inconsistent with start")
        if r["tz_label"] and not timed:
            bad(rid, "tz_label without a time")
        if r["tz_label"] and r["tz_label"] not in text:
            bad(rid, f"tz_label {r['tz_label']} not on page")
        if end is not None:
            if type(end) is not type(start):
                bad(rid, "start and end of different kinds")
            elif end <= start:
                bad(rid, "end not after start")
        names = set()
        for s in r["speakers"]:
            if set(s) != {"name", "role", "organisation", "eurocluster"}:
                bad(rid, f"speaker keys {set(s)}")
            if HONORIFICS.match(s["name"]) or s["name"] != s["name"].strip(" ;.") or s["name"] in names:
                bad(rid, f"speaker name {s['name']!r}")
            names.add(s["name"])
            if s["name"] not in text:
                bad(rid, f"speaker {s['name']!r} not on page")
            for k in ("role", "organisation"):
                if s[k] is not None:
                    for part in s[k].split("; "):
                        if part not in text:
                            bad(rid, f"{k} {part!r} of {s['name']} not on page")
            if s["eurocluster"] and s["eurocluster"] not in r["euroclusters"]:
                bad(rid, f"speaker Eurocluster {s['eurocluster']} missing from euroclusters")
        for a in r["assets"]:
            if not a["url"].startswith(("https://", "http://")):
                bad(rid, f"asset url not absolute {a['url']}")
            if not re.search(r"\.(pdf|zip|docx|pptx|xlsx)$", a["url"], re.IGNORECASE):
                bad(rid, f"asset url not a document {a['url']}")
            if a["created"]:
                check_when(rid, "created", a["created"], "Europe/Prague")
                if r["template"] != "T2":
                    bad(rid, "created outside nca.cz")
                stamp = dt.datetime.fromisoformat(a["created"]).strftime("Created: %d/%m/%Y %H:%M:%S")
                if stamp not in text:
                    bad(rid, f"'{stamp}' not on page")
            if a["label"] not in text and a["label"] not in read_page(rid):
                bad(rid, f"asset label {a['label']!r} not on page")
        if len({a["url"] for a in r["assets"]}) != len(r["assets"]):
            bad(rid, "duplicate asset url")
    # the scorer must agree with itself on these records
    ecs = score.Euroclusters(score.reference_table() or REF)
    res = score.score(recs, {r["id"]: (r, None) for r in recs}, ecs)
    for grp in ("overall", "english", "non_english"):
        for k in score.FIELD_ORDER:
            v = res[grp][k]
            if v is not None and abs(v - 1.0) > 1e-9:
                bad("self-score", f"{grp} {k} = {v}")
    for p in res["pages"]:
        if p["mismatches"]:
            bad("self-score", f"{p['id']} {p['mismatches']}")
    c = Counter((r["template"], r["is_event"]) for r in recs)
    langs = Counter(r["lang"] for r in recs)
    print(
        f"{len(recs)} pages: {sum(r['is_event'] for r in recs)} events, {sum(not r['is_event'] for r in recs)} non-events; "
        f"templates {dict(sorted(c.items()))}; languages {dict(langs)}"
    )
    print(
        f"speakers {sum(len(r['speakers']) for r in recs)}, assets {sum(len(r['assets']) for r in recs)}, "
        f"with created {sum(1 for r in recs for a in r['assets'] if a['created'])}"
    )
    print("\n".join(problems) if problems else "all checks passed; self-score 1.00 on every field")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
