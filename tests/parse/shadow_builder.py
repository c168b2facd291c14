"""The builder shared by the shadow held-out sets heldout7 and later.

Each set's gen/make_heldoutN.py names its id prefix and calls `build`, which writes pages/<id>.html (in each page's own
byte encoding), expected.jsonl and README.md from the set's page modules, then checks that the expectations are
consistent with the pages and score 1.00 against themselves with the corpus scorer. Standard library only (the scorer
is imported by path from /work/shared/corpus/score.py)."""

from __future__ import annotations

import html as htmlmod
import importlib
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

SCORER = Path("/work/shared/corpus/score.py")
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
HONORIFICS = re.compile(r"^(?:(?:Prof\.|Dr\.?(?:-Ing\.)?|Ing\.|Mag\.|Mgr\.|doc\.|dr|prof\.|hab\.|inż\.)\s+)+")


def all_pages(gen: Path) -> list[dict]:
    """The PAGES of the set's five page modules (gen/pages_t1.py … pages_t5.py, one per markup family), in id order."""
    sys.path.insert(0, str(gen))  # the page modules import their helpers (common.py, shells.py) by plain name
    for module in ("common", "shells", *(f"pages_t{family}" for family in range(1, 6))):
        sys.modules.pop(module, None)  # another set's modules of the same names
    try:
        pages = [p for family in range(1, 6) for p in importlib.import_module(f"pages_t{family}").PAGES]
    finally:
        sys.path.remove(str(gen))
    return sorted(pages, key=lambda p: p["id"])


def page_bytes(p: dict) -> bytes:
    data = p["html"].encode(p["encoding"], errors="xmlcharrefreplace" if p["encoding"] != "utf-8" else "strict")
    return (b"\xef\xbb\xbf" + data) if p.get("bom") else data


def visible_text(raw: bytes, encoding: str) -> str:
    """Rough text of the page for consistency checks (entities decoded, invisible characters removed)."""
    s = raw.decode(encoding, errors="strict")
    s = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    s = htmlmod.unescape(s)
    s = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", s)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))


def check(pages: list[dict], prefix: str) -> list[str]:
    problems = []
    ids = [p["id"] for p in pages]
    if ids != [f"{prefix}-{i:03d}" for i in range(1, len(ids) + 1)]:
        problems.append(f"ids not contiguous: {ids}")
    ec_acr = set()
    import csv

    with open("/work/shared/reference/euroclusters.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            ec_acr.add(row["acronym"])
    for p in pages:
        e = p["expected"]
        pid = p["id"]
        if list(e) != FIELDS:
            problems.append(f"{pid}: fields {list(e)}")
        if e["id"] != pid or e["url"] != p["url"]:
            problems.append(f"{pid}: id/url mismatch")
        raw = page_bytes(p)
        text = visible_text(raw, p["encoding"])
        if e["series"] not in SERIES:
            problems.append(f"{pid}: series {e['series']!r}")
        for a in e["euroclusters"]:
            if a not in ec_acr:
                problems.append(f"{pid}: unknown Eurocluster acronym {a!r}")
        if e["euroclusters"] != sorted(e["euroclusters"]):
            problems.append(f"{pid}: euroclusters not sorted")
        if not e["is_event"]:
            if e["start"] or e["speakers"] or e["assets"]:
                problems.append(f"{pid}: non-event with event fields")
            continue
        # titles must be on the page as written
        for key in ("title", "page_title"):
            if e[key] not in text:
                problems.append(f"{pid}: {key} {e[key]!r} not found in page text")
        # dates: timezone iff time; tz_label printed on the page
        has_time = bool(e["start"] and "T" in e["start"])
        if (e["timezone"] == "Europe/Brussels") != has_time:
            problems.append(f"{pid}: timezone/start inconsistent")
        if e["end"] and e["start"] and ("T" in e["end"]) != has_time:
            problems.append(f"{pid}: start/end forms differ")
        if e["end"] and e["start"] and e["end"] <= e["start"]:
            problems.append(f"{pid}: end not after start")
        if e["tz_label"] and not re.search(rf"(?<![A-Za-z]){re.escape(e['tz_label'])}\b", text):
            problems.append(f"{pid}: tz_label {e['tz_label']} not printed")
        if not has_time and e["tz_label"]:
            problems.append(f"{pid}: tz_label without a time")
        # speakers: name, role and organisation as written on the page
        for s in e["speakers"]:
            if s["name"] not in text:
                problems.append(f"{pid}: speaker {s['name']!r} not in text")
            if HONORIFICS.match(s["name"]) or s["name"] != s["name"].strip(" ;."):
                problems.append(f"{pid}: speaker name not clean {s['name']!r}")
            for part in (s["role"] or "").split("; ") + (s["organisation"] or "").split("; "):
                if part and part not in text:
                    problems.append(f"{pid}: {s['name']}: {part!r} not in text")
            if s["eurocluster"] and s["eurocluster"] not in e["euroclusters"]:
                problems.append(f"{pid}: speaker eurocluster {s['eurocluster']} missing from page list")
        # assets: link targets present in the markup
        src = raw.decode(p["encoding"])
        for a in e["assets"]:
            tail = a["url"].split("/", 3)[3]
            if tail.rsplit("/", 1)[-1] not in src:
                problems.append(f"{pid}: asset {a['url']} not linked")
            if not a["url"].startswith("http"):
                problems.append(f"{pid}: asset url not absolute")
            if htmlmod.escape(a["label"], quote=False) not in src and a["label"] not in src:
                problems.append(f"{pid}: asset label {a['label']!r} not on page")
    return problems


def eurocluster_check(pages: list[dict]) -> list[str]:
    """The expected Euroclusters of a page are exactly the acronyms/aliases of euroclusters.csv in its visible text
    (whole words, any case)."""
    import csv

    names = []
    with open("/work/shared/reference/euroclusters.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for n in [row["acronym"]] + [a for a in row["aliases"].split("|") if a]:
                names.append((row["acronym"], n))
    problems = []
    for p in pages:
        text = visible_text(page_bytes(p), p["encoding"])
        found = sorted({acr for acr, n in names if re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text, re.I)})
        if found != p["expected"]["euroclusters"]:
            problems.append(f"{p['id']}: euroclusters in text {found} != expected {p['expected']['euroclusters']}")
    return problems


def self_score(corpus: Path, name: str) -> int:
    spec = importlib.util.spec_from_file_location("eccp_score", SCORER)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    recs = sc.load_expected(str(corpus))
    ecs = sc.Euroclusters(str(Path("/work/shared/reference/euroclusters.csv")))
    res = sc.score(recs, {r["id"]: (r, None) for r in recs}, ecs)
    bad = 0
    for grp in ("overall", "english", "non_english"):
        m = res.get(grp)
        for k in sc.FIELD_ORDER:
            if m and m[k] is not None and abs(m[k] - 1.0) > 1e-9:
                print(f"self-score FAIL {grp} {k} = {m[k]}")
                bad += 1
    for p in res["pages"]:
        if p["mismatches"]:
            print(f"self-score FAIL {p['id']}: {p['mismatches']}")
            bad += 1
    print(sc.summary_line(f"{name} (self)", res))
    return bad


def write_readme(pages: list[dict], gen: Path, here: Path) -> None:
    """README = hand-written head (gen/readme_head.md) + one table row per page from the expected records."""
    rows = ["| id | template | lang | event | url | what is hard |", "|---|---|---|---|---|---|"]
    for p in pages:
        e = p["expected"]
        cell = e["notes"].replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
        event = "yes" if e["is_event"] else "no"
        rows.append(f"| `{e['id']}` | {e['template']} | {e['lang']} | {event} | {e['url']} | {cell} |")
    head = (gen / "readme_head.md").read_text(encoding="utf-8")
    (here / "README.md").write_text(head + "\n" + "\n".join(rows) + "\n", encoding="utf-8")


def build(gen: Path, prefix: str, name: str, *, check_euroclusters: bool = True) -> int:
    """Write pages/, expected.jsonl and README.md of the set whose generator folder is `gen`, then check them."""
    here = gen.parent
    pages = all_pages(gen)
    out = here / "pages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    for p in pages:
        (out / f"{p['id']}.html").write_bytes(page_bytes(p))
    with open(here / "expected.jsonl", "w", encoding="utf-8") as fh:
        for p in pages:
            fh.write(json.dumps(p["expected"], ensure_ascii=False) + "\n")
    write_readme(pages, gen, here)
    problems = check(pages, prefix) + (eurocluster_check(pages) if check_euroclusters else [])
    for pr in problems:
        print("CHECK:", pr)
    bad = self_score(here, name)
    n_ev = sum(p["expected"]["is_event"] for p in pages)
    langs = {}
    for p in pages:
        langs[p["expected"]["lang"]] = langs.get(p["expected"]["lang"], 0) + 1
    tpl = {}
    for p in pages:
        tpl[p["expected"]["template"]] = tpl.get(p["expected"]["template"], 0) + 1
    print(f"{len(pages)} pages, {n_ev} events, {len(pages) - n_ev} non-events; languages {langs}; templates {tpl}")
    print("OK" if not problems and not bad else f"{len(problems)} check problems, {bad} self-score failures")
    return 1 if problems or bad else 0
