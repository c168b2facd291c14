#!/usr/bin/env python3
"""Writes tests/parse/heldout4/pages/hq-*.html and tests/parse/heldout4/expected.jsonl from the page modules, then checks the
expected records: every field present, page files decodable as declared, every expected speaker name, organisation
and asset URL actually on the page, dates consistent with the Brussels summer-time rule, and a self-score of 1.00
with the corpus scorer's own functions."""

from __future__ import annotations

import datetime as dt
import html as htmllib
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import pages_intl
import pages_other_en
import pages_t1
import pages_t2

ROOT = Path(__file__).resolve().parent.parent
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


def build() -> list[dict]:
    (ROOT / "pages").mkdir(exist_ok=True)
    records = []
    for fn in pages_t1.PAGES + pages_t2.PAGES + pages_other_en.PAGES + pages_intl.PAGES:
        out = fn()
        exp, html = out[0], out[1]
        opts = out[2] if len(out) > 2 else {}
        data = html.encode(opts.get("encoding", "utf-8"), errors="xmlcharrefreplace")
        if opts.get("bom"):
            data = b"\xef\xbb\xbf" + data
        (ROOT / "pages" / f"{exp['id']}.html").write_bytes(data)
        exp["_decoded"] = data.decode(opts.get("encoding", "utf-8").replace("utf-8", "utf-8-sig"))
        records.append(exp)
    with open(ROOT / "expected.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    return records


def visible_text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<!--.*?-->", " ", page)
    page = re.sub(r"<[^>]+>", " ", page)
    page = htmllib.unescape(page)
    page = page.replace("\u00ad", "").replace("\u200b", "")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", page))


def check(records: list[dict]) -> list[str]:
    problems = []
    ids = [r["id"] for r in records]
    if ids != [f"hq-{i:03d}" for i in range(1, len(ids) + 1)]:
        problems.append(f"ids not consecutive: {ids}")
    bxl = ZoneInfo("Europe/Brussels")
    for r in records:
        pid = r["id"]
        for k in FIELDS:
            if k not in r:
                problems.append(f"{pid}: missing {k}")
        if r["series"] not in SERIES:
            problems.append(f"{pid}: bad series {r['series']}")
        text = visible_text(r["_decoded"])
        raw = htmllib.unescape(r["_decoded"])
        if r["page_title"] and r["page_title"] not in text:
            problems.append(f"{pid}: page_title not on page: {r['page_title']!r}")
        if r["title"] and r["is_event"] and r["title"] not in text.replace("\u00a0", " ") and r["title"] not in text:
            problems.append(f"{pid}: title not on page: {r['title']!r}")
        for s in r["speakers"]:
            if s["name"] not in text:
                problems.append(f"{pid}: speaker name not on page: {s['name']!r}")
            for part in ("role", "organisation"):
                for piece in (s[part] or "").split("; "):
                    if piece and piece not in text:
                        problems.append(f"{pid}: speaker {part} not on page: {piece!r}")
            if s["name"] != s["name"].strip() or s["name"].endswith((".", ";")):
                problems.append(f"{pid}: untidy name {s['name']!r}")
            if re.match(r"(?i)(dr|prof|ing|mag)\b", s["name"]):
                problems.append(f"{pid}: honorific kept {s['name']!r}")
        for a in r["assets"]:
            found = False
            for href in re.findall(r'href="([^"]+)"', raw):
                base = re.search(r'<base href="([^"]+)"', raw)
                absu = urljoin(base.group(1) if base else r["url"], href)
                if absu == a["url"]:
                    found = True
            if not found:
                problems.append(f"{pid}: asset url not linked: {a['url']}")
            if a["created"]:
                stamp = dt.datetime.fromisoformat(a["created"]).strftime("%d/%m/%Y %H:%M:%S")
                if f"Created: {stamp}" not in text:
                    problems.append(f"{pid}: Created stamp not on page: {stamp}")
        for key in ("start", "end"):
            v = r[key]
            if v and "T" in v:
                d = dt.datetime.fromisoformat(v)
                if d.utcoffset() != d.replace(tzinfo=bxl).utcoffset():
                    problems.append(f"{pid}: {key} offset not Brussels: {v}")
                if r["timezone"] != "Europe/Brussels":
                    problems.append(f"{pid}: timezone missing")
        if r["start"] and r["end"] and r["end"] <= r["start"] and "T" in r["start"]:
            problems.append(f"{pid}: end before start")
        if r["start"] and "T" not in r["start"] and (r["timezone"] or r["tz_label"]):
            problems.append(f"{pid}: date-only start with a zone")
        if r["tz_label"] and r["tz_label"] not in text:
            problems.append(f"{pid}: tz_label not on page")
        if not r["is_event"] and (r["speakers"] or r["start"]):
            problems.append(f"{pid}: non-event with speakers or dates")
    return problems


def self_score(records: list[dict]) -> list[str]:
    spec = importlib.util.spec_from_file_location("score", "/work/shared/corpus/score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    ecs = score.Euroclusters(score.reference_table())
    recs = score.load_expected(str(ROOT))
    res = score.score(recs, {r["id"]: (r, None) for r in recs}, ecs)
    problems = []
    for grp in ("overall", "english", "non_english"):
        m = res.get(grp)
        for k in score.FIELD_ORDER:
            if m and m[k] is not None and abs(m[k] - 1.0) > 1e-9:
                problems.append(f"self-score {grp} {k} = {m[k]}")
    known = set(ecs.map.values())
    for r in recs:
        for ec in r["euroclusters"] + [s["eurocluster"] for s in r["speakers"] if s["eurocluster"]]:
            if ec not in known:
                problems.append(f"{r['id']}: unknown Eurocluster {ec}")
    print(score.summary_line("heldout4-self", res))
    return problems


if __name__ == "__main__":
    recs = build()
    probs = check(recs) + self_score(recs)
    ev = sum(r["is_event"] for r in recs)
    langs = {}
    for r in recs:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    print(f"{len(recs)} pages, {ev} events, {len(recs) - ev} non-events, languages {langs}")
    for p in probs:
        print("PROBLEM", p)
    import readme  # noqa: F401  (writes README.md from readme_head.md and the records' notes)

    sys.exit(1 if probs else 0)
