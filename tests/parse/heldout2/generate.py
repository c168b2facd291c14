#!/usr/bin/env python3
"""Writes the hx held-out set: pages/<id>.html (in each page's own encoding) and expected.jsonl, then checks every
record against its page (offsets by the EU summer-time rule, names/titles/labels present in the page text, known
Euroclusters, absolute asset URLs) and scores the records against themselves with score.py.

    python3 generate.py            # write + check
    python3 generate.py --check    # check only (no writing)
"""

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "gen"))

import common

PAGE_MODULES = ("p_t1", "p_t2", "p_t3", "p_t4", "p_t5")  # importing a module registers its pages in common.PAGES
for module_name in PAGE_MODULES:
    importlib.import_module(module_name)


def load_score():
    spec = importlib.util.spec_from_file_location("score", "/work/shared/corpus/score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_readme_table(pages) -> None:
    """Fills the page table of README.md (between its markers) from each page's description."""
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split("<!-- pages:begin -->", 1)
    tail = rest.split("<!-- pages:end -->", 1)[1]
    rows = ["| id | template | lang | event | url | what it tests |", "|---|---|---|---|---|---|"]
    for p in pages:
        what = re.sub(r"(?<!`)(<[^<>]+>)(?!`)", r"`\1`", p.what).replace("|", "\\|")
        rows.append(
            f"| `{p.id}` | {p.template} | {p.lang} | {'yes' if p.record['is_event'] else 'no'} | {p.url} | {what} |"
        )
    readme.write_text(
        head + "<!-- pages:begin -->\n" + "\n".join(rows) + "\n<!-- pages:end -->" + tail, encoding="utf-8"
    )


def main() -> int:
    pages = sorted(common.PAGES, key=lambda p: p.id)
    ids = [p.id for p in pages]
    problems = []
    if len(set(ids)) != len(ids):
        problems.append(f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    for p in pages:
        for msg in common.check(p):
            problems.append(f"{p.id}: {msg}")
    if "--check" not in sys.argv:
        out = HERE / "pages"
        out.mkdir(exist_ok=True)
        for old in out.glob("*.html"):
            old.unlink()
        for p in pages:
            # characters outside the charset become numeric references, as real pages have them
            data = p.html.encode(p.encoding, errors="xmlcharrefreplace")
            if p.bom:
                data = b"\xef\xbb\xbf" + data
            (out / f"{p.id}.html").write_bytes(data)
        write_readme_table(pages)
        with (HERE / "expected.jsonl").open("w", encoding="utf-8") as fh:
            for p in pages:
                fh.write(json.dumps(p.record, ensure_ascii=False) + "\n")
    for p in pages:  # the bytes on disk must read back as the page we meant
        data = p.html.encode(p.encoding, errors="xmlcharrefreplace")
        if common.visible_text(data.decode(p.encoding)) != common.visible_text(p.html):
            problems.append(f"{p.id}: text changes when written as {p.encoding}")
    score = load_score()
    ecs = score.Euroclusters(str(common.REFERENCE))
    recs = [p.record for p in pages]
    res = score.score(recs, {r["id"]: (json.loads(json.dumps(r)), None) for r in recs}, ecs)
    for pg in res["pages"]:
        if pg["mismatches"]:
            problems.append(f"{pg['id']}: self-score mismatch {pg['mismatches']}")
    for grp in ("overall", "english", "non_english"):
        m = res.get(grp)
        for k in score.FIELD_ORDER:
            if m and m[k] is not None and abs(m[k] - 1.0) > 1e-9:
                problems.append(f"self-score {grp} {k} = {m[k]}")
    n_ev = sum(r["is_event"] for r in recs)
    print(
        f"{len(pages)} pages ({n_ev} events, {len(pages) - n_ev} non-events); "
        f"langs {sorted({r['lang'] for r in recs})}; templates {sorted({r['template'] for r in recs})}"
    )
    for msg in problems:
        print("PROBLEM", msg)
    print("self-score:", score.summary_line("hx", res))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
