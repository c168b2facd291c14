#!/usr/bin/env python3
"""Build the hw-* held-out set: writes ../pages/<id>.html (in each page's own byte encoding) and ../expected.jsonl,
then checks every expected record against its page and scores the records against themselves with score.py.

    python3 build.py
"""

from __future__ import annotations

import csv
import html as htmllib
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urljoin

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

import pages_depl
import pages_t1
import pages_t2
import pages_web

SCORE_PY = Path("/work/shared/corpus/score.py")
REFERENCE = Path("/work/shared/reference/euroclusters.csv")
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
DOC_EXT = (".pdf", ".zip", ".docx", ".pptx", ".xlsx")


def encode(pid: str, text: str) -> bytes:
    enc = {**pages_t2.ENCODINGS, **pages_depl.ENCODINGS}.get(pid, "utf-8")
    # ISO-8859-2 lacks „ ” –: a browser or editor saving such a page writes numeric references for them.
    data = text.encode(enc, errors="xmlcharrefreplace" if enc == "iso-8859-2" else "strict")
    if pid in pages_depl.BOM:
        data = b"\xef\xbb\xbf" + data
    return data


def visible_text(markup: str) -> str:
    """Rough text of a page for the sanity checks below (not a parser: only used to catch typos in expectations)."""
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    t = htmllib.unescape(t).replace("\u00ad", "").replace("\u200b", "")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", t))


def check(recs: list[dict], texts: dict[str, str], raw: dict[str, str]) -> list[str]:
    problems = []
    acronyms = {row["acronym"] for row in csv.DictReader(REFERENCE.open(encoding="utf-8"))}
    seen = set()
    for r in recs:
        pid = r["id"]
        if list(r) != FIELDS:
            problems.append(f"{pid}: fields {list(r)}")
        if pid in seen:
            problems.append(f"{pid}: duplicate id")
        seen.add(pid)
        text = texts[pid]
        if r["series"] not in SERIES:
            problems.append(f"{pid}: series {r['series']!r}")
        if r["page_title"] and r["page_title"] not in text:
            problems.append(f"{pid}: page_title not in page text")
        if r["is_event"] and r["title"] not in text:
            problems.append(f"{pid}: title not in page text")
        if (r["start"] is None) != (r["end"] is None) and r["end"] is not None:
            problems.append(f"{pid}: end without start")
        if r["start"] and ("T" in r["start"]) != (r["timezone"] == "Europe/Brussels"):
            problems.append(f"{pid}: timezone inconsistent")
        if r["end"] and r["start"] and ("T" in r["end"]) != ("T" in r["start"]):
            problems.append(f"{pid}: start/end granularity differs")
        if r["end"] and r["start"] and r["end"] <= r["start"] and "T" not in r["start"]:
            problems.append(f"{pid}: end not after start")
        if r["tz_label"] and r["tz_label"] not in text:
            problems.append(f"{pid}: tz_label not printed")
        if not r["is_event"] and (r["speakers"] or r["start"]):
            problems.append(f"{pid}: non-event with speakers/start")
        for ec in r["euroclusters"]:
            if ec not in acronyms:
                problems.append(f"{pid}: unknown Eurocluster {ec}")
        for s in r["speakers"]:
            if list(s) != ["name", "role", "organisation", "eurocluster"]:
                problems.append(f"{pid}: speaker fields {list(s)}")
            for k in ("name", "role", "organisation"):
                # two affiliations in one line are joined by "; " in the record
                for part in s[k].split("; ") if s[k] else []:
                    if part not in text:
                        problems.append(f"{pid}: speaker {k} {part!r} not in page text")
            if s["name"] and re.match(r"(?i)(dr|prof|ing|mag)\b\.?", s["name"]):
                problems.append(f"{pid}: honorific left in {s['name']!r}")
            if s["eurocluster"] and s["eurocluster"] not in r["euroclusters"]:
                problems.append(f"{pid}: speaker Eurocluster {s['eurocluster']} missing from page list")
        for a in r["assets"]:
            if not a["url"].startswith("http"):
                problems.append(f"{pid}: asset URL not absolute")
            hrefs = {urljoin(r["url"], h) for h in re.findall(r'href="([^"]+)"', raw[pid])}
            base = re.search(r'<base href="([^"]+)"', raw[pid])
            if base:
                hrefs |= {urljoin(base.group(1), h) for h in re.findall(r'href="([^"]+)"', raw[pid])}
            if a["url"] not in hrefs:
                problems.append(f"{pid}: asset URL {a['url']} not linked from the page")
            if a["label"] not in text and f'title="{htmllib.escape(a["label"])}"' not in raw[pid]:
                problems.append(f"{pid}: asset label {a['label']!r} not in page")
            if not a["url"].lower().endswith(DOC_EXT) and not a["label"].lower().endswith(DOC_EXT):
                problems.append(f"{pid}: asset is not a document: {a['url']}")
    return problems


def self_score(recs: list[dict]) -> list[str]:
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    ecs = score.Euroclusters(str(REFERENCE))
    res = score.score(recs, {r["id"]: (json.loads(json.dumps(r)), None) for r in recs}, ecs)
    bad = [f"{p['id']}: {p['mismatches']}" for p in res["pages"] if p["mismatches"]]
    for grp in ("overall", "english", "non_english"):
        for k, v in res.get(grp, {}).items():
            if isinstance(v, float) and abs(v - 1.0) > 1e-9:
                bad.append(f"self-score {grp} {k} = {v}")
    print(score.summary_line("heldout6 (self)", res))
    return bad


def main() -> int:
    funcs = pages_t1.PAGES + pages_t2.PAGES + pages_web.PAGES + pages_depl.PAGES
    built = sorted((f() for f in funcs), key=lambda t: t[0])
    (OUT / "pages").mkdir(exist_ok=True)
    recs, texts, raw = [], {}, {}
    for pid, markup, r in built:
        assert pid == r["id"]
        data = encode(pid, markup)
        (OUT / "pages" / f"{pid}.html").write_bytes(data)
        recs.append(r)
        texts[pid] = visible_text(markup)
        raw[pid] = markup
    with (OUT / "expected.jsonl").open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    problems = check(recs, texts, raw) + self_score(recs)
    n_ev = sum(r["is_event"] for r in recs)
    langs = {}
    for r in recs:
        langs[r["lang"]] = langs.get(r["lang"], 0) + 1
    tmpl = {}
    for r in recs:
        tmpl[r["template"]] = tmpl.get(r["template"], 0) + 1
    print(f"{len(recs)} pages, {n_ev} events, {len(recs) - n_ev} non-events; languages {langs}; templates {tmpl}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
