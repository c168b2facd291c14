#!/usr/bin/env python3
"""Writes tests/parse/heldout3/pages/*.html and expected.jsonl from the page modules, then checks every expected record.

    python3 gen/make.py            # write + check
    python3 gen/make.py --check    # check only (the files already written)

Checks: all fields present with the right types; ISO offsets equal the EU summer-time rule (Europe/Brussels for event
times, Europe/Prague for nca.cz Created stamps, which must also match the page's 'Created:' text); timezone set exactly
when start has a time; names, roles, organisations and page titles present in the page's decoded text; asset URLs
present in the page; Euroclusters are acronyms of the reference table; and score.py's own scorer gives 1.00 on every
field when the expected records are fed to it as the parser's output.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
import importlib.util
import json
import os
import re
import sys
import unicodedata
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import pages_eccp
import pages_misc
import pages_nca
import pages_wp

REFERENCE = "/work/shared/reference/euroclusters.csv"
SCORE_PY = "/work/shared/corpus/score.py"
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
HONORIFICS = re.compile(r"^(?:Prof\.?|Dr\.?|Ing\.?|Mag\.?|dr)\s", re.I)


def all_pages():
    pages = [f() for mod in (pages_eccp, pages_nca, pages_wp, pages_misc) for f in mod.PAGES]
    return sorted(pages, key=lambda p: p.id)


def text_of(raw: bytes, encoding: str) -> str:
    """The page's visible-ish text: decoded, tags removed, entities resolved, invisible characters dropped."""
    s = raw.decode(encoding)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    s = htmllib.unescape(s).replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    return re.sub(r"\s+", " ", s)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = "".join("'" if c in "‘’'" else '"' if c in '“”„«»"' else "-" if c in "‐‑‒–—―−" else c for c in s)
    return re.sub(r"\s+", " ", s).casefold()


def offset_ok(value: str, zone: str) -> bool:
    d = dt.datetime.fromisoformat(value)
    local = d.replace(tzinfo=None).replace(tzinfo=ZoneInfo(zone))
    return d.utcoffset() == local.utcoffset()


def check(pages, problems: list[str]) -> None:
    import csv

    with open(REFERENCE, encoding="utf-8") as fh:
        acronyms = {row["acronym"] for row in csv.DictReader(fh)}
    ids = [p.id for p in pages]
    if ids != [f"hz-{i:03d}" for i in range(1, len(pages) + 1)]:
        problems.append(f"ids not hz-001..: {ids}")
    for p in pages:
        r = p.record()
        pid = r["id"]

        def bad(msg: str, pid: str = pid) -> None:
            problems.append(f"{pid}: {msg}")

        if list(r) != FIELDS:
            bad(f"fields {list(r)}")
        if r["template"] not in {"T1", "T2", "T3", "T4", "T5"} or r["lang"] not in {"en", "de", "pl", "fr"}:
            bad("template/lang")
        if r["series"] not in SERIES:
            bad(f"series {r['series']}")
        raw = p.data()
        enc = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else p.encoding
        try:
            text = text_of(raw, enc)
        except UnicodeDecodeError as e:
            bad(f"bytes do not decode as {enc}: {e}")
            continue
        ftext = fold(text)
        for k in ("start", "end"):
            v = r[k]
            if v is None:
                continue
            if "T" in v:
                if not offset_ok(v, "Europe/Brussels"):
                    bad(f"{k} offset wrong for Brussels: {v}")
            else:
                dt.date.fromisoformat(v)
        if r["end"] and not r["start"]:
            bad("end without start")
        if r["start"] and r["end"] and ("T" in r["start"]) != ("T" in r["end"]):
            bad("start/end forms differ")
        if r["start"] and r["end"] and r["end"] <= r["start"] and "T" not in r["start"]:
            bad("end not after start (dates)")
        if (
            r["start"]
            and r["end"]
            and "T" in r["start"]
            and dt.datetime.fromisoformat(r["end"]) <= dt.datetime.fromisoformat(r["start"])
        ):
            bad("end not after start")
        if (r["timezone"] is not None) != bool(r["start"] and "T" in r["start"]):
            bad("timezone")
        if r["tz_label"] and not r["timezone"]:
            bad("tz_label without a time")
        if r["tz_label"] and r["tz_label"] not in text:
            bad(f"tz_label {r['tz_label']} not on the page")
        if not r["is_event"]:
            if r["start"] or r["speakers"] or r["assets"] or r["series"]:
                bad("non-event with event fields")
        else:
            for k in ("title", "page_title"):
                if not r[k] or fold(r[k]) not in ftext:
                    bad(f"{k} not in page text: {r[k]!r}")
        for s in r["speakers"]:
            if set(s) != {"name", "role", "organisation", "eurocluster"}:
                bad(f"speaker keys {s}")
            if (
                HONORIFICS.match(s["name"])
                or s["name"] != s["name"].strip().rstrip(";.")
                or "\u00ad" in s["name"]
                or "\u200b" in s["name"]
            ):
                bad(f"speaker name not clean: {s['name']!r}")
            if fold(s["name"]) not in ftext:
                bad(f"speaker not in text: {s['name']}")
            for part in ("role", "organisation"):
                for piece in (s[part] or "").split("; "):
                    if piece and fold(piece) not in ftext:
                        bad(f"{part} of {s['name']} not in text: {piece!r}")
            if s["eurocluster"] is not None and s["eurocluster"] not in acronyms:
                bad(f"speaker eurocluster {s['eurocluster']}")
        if len({s["name"] for s in r["speakers"]}) != len(r["speakers"]):
            bad("duplicate speaker")
        for e in r["euroclusters"]:
            if e not in acronyms:
                bad(f"eurocluster {e} not an acronym")
        if r["euroclusters"] != sorted(r["euroclusters"]):
            bad("euroclusters not sorted")
        spk_ecs = {s["eurocluster"] for s in r["speakers"] if s["eurocluster"]}
        if not spk_ecs <= set(r["euroclusters"]):
            bad("speaker Eurocluster missing from euroclusters")
        page_src = htmllib.unescape(raw.decode(enc))
        host = "/".join(r["url"].split("/")[:3])
        for a in r["assets"]:
            if set(a) != {"label", "url", "created"}:
                bad(f"asset keys {a}")
            if not a["url"].startswith("http"):
                bad(f"asset url not absolute {a['url']}")
            rel = a["url"][len(host) :] if a["url"].startswith(host) else None
            if (
                a["url"] not in page_src
                and not (rel and rel in page_src)
                and not a["url"].endswith(
                    tuple(x for x in re.findall(r'href="([^"]+)"', page_src) if not x.startswith("http") and len(x) > 8)
                )
            ):
                bad(f"asset url not in page: {a['url']}")
            if not re.search(r"\.(pdf|zip|docx|pptx|xlsx)$", a["url"], re.I):
                bad(f"asset not a document: {a['url']}")
            if fold(a["label"]) not in fold(page_src):
                bad(f"asset label not in page: {a['label']}")
            if a["created"]:
                if not offset_ok(a["created"], "Europe/Prague"):
                    bad(f"created offset wrong: {a['created']}")
                d = dt.datetime.fromisoformat(a["created"])
                stamp = d.strftime("Created: %d/%m/%Y %H:%M:%S")
                if stamp not in text:
                    bad(f"created stamp not on page: {stamp}")
        if r["template"] == "T2":
            n_created = len(re.findall(r"Created: \d\d/\d\d/\d{4}", text))
            if n_created != sum(1 for a in r["assets"] if a["created"]):
                bad("nca Created stamps and assets differ in number")
        if p.encoding != "utf-8":
            head = raw[:2000].decode("ascii", "replace").lower()
            if p.encoding.replace("cp", "windows-") not in head and p.encoding not in head:
                bad("non-UTF-8 page does not declare its charset")
    # the scorer must agree with itself on these records
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    recs = [p.record() for p in pages]
    recs = json.loads(json.dumps(recs))
    res = score.score(recs, {r["id"]: (r, None) for r in recs}, score.Euroclusters(REFERENCE))
    for grp in ("overall", "english", "non_english"):
        m = res.get(grp)
        for k in score.FIELD_ORDER:
            if m and m[k] is not None and abs(m[k] - 1.0) > 1e-9:
                problems.append(f"self-score {grp} {k} = {m[k]}")
    for pg in res["pages"]:
        if pg["mismatches"]:
            problems.append(f"self-score {pg['id']}: {pg['mismatches']}")
    print(score.summary_line("hz-selftest", res))


def main() -> int:
    pages = all_pages()
    if "--check" not in sys.argv:
        os.makedirs(os.path.join(ROOT, "pages"), exist_ok=True)
        for p in pages:
            with open(os.path.join(ROOT, "pages", p.id + ".html"), "wb") as fh:
                fh.write(p.data())
        with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
            for p in pages:
                fh.write(json.dumps(p.record(), ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, "README_head.md"), encoding="utf-8") as fh:
            readme = fh.read().replace(
                "| id | template | lang | url | what is hard |\n|---|---|---|---|---|\n",
                "| id | template | lang | event | formats | url | what is hard |\n|---|---|---|---|---|---|---|\n",
            )
        for p in pages:
            cell = lambda s: s.replace("|", "\\|")  # noqa: E731
            readme += (
                f"| `{p.id}` | {p.template} | {p.lang} | {'yes' if p.is_event else 'no'} | {cell(p.covers)} | "
                f"{p.url} | {cell(p.notes)} |\n"
            )
        with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
            fh.write(readme)
    # re-read what is on disk so that the check covers the written files
    with open(os.path.join(ROOT, "expected.jsonl"), encoding="utf-8") as fh:
        on_disk = [json.loads(line) for line in fh if line.strip()]
    if on_disk != [json.loads(json.dumps(p.record())) for p in pages]:
        print("expected.jsonl differs from the generator's records")
        return 1
    for p in pages:
        with open(os.path.join(ROOT, "pages", p.id + ".html"), "rb") as fh:
            if fh.read() != p.data():
                print(f"{p.id}: file on disk differs")
                return 1
    problems: list[str] = []
    check(pages, problems)
    for msg in problems:
        print("PROBLEM", msg)
    n_ev = sum(p.is_event for p in pages)
    print(
        f"{len(pages)} pages, {n_ev} events, {len(pages) - n_ev} non-events; "
        f"templates {sorted({p.template for p in pages})}; problems: {len(problems)}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
