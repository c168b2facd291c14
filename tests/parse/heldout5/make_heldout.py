#!/usr/bin/env python3
"""Writes the hv- shadow held-out set: pages/<id>.html and expected.jsonl (one record per page, in id order).

python3 make_heldout.py        # then: python3 check_heldout.py
"""

import json
import os

import pages_t1
import pages_t2
import pages_t3
import pages_t4
import pages_t5

HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> None:
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    records = []
    for module in (pages_t1, pages_t2, pages_t3, pages_t4, pages_t5):
        for make in module.PAGES:
            rec, html = make()
            data = html if isinstance(html, bytes) else html.encode("utf-8")
            with open(os.path.join(HERE, "pages", rec["id"] + ".html"), "wb") as fh:
                fh.write(data)
            records.append(rec)
    records.sort(key=lambda r: r["id"])
    with open(os.path.join(HERE, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} pages")


if __name__ == "__main__":
    main()
