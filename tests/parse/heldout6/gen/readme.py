#!/usr/bin/env python3
"""Writes ../README.md: the set's description and one table row per page (from expected.jsonl's notes)."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
HEAD = (Path(__file__).resolve().parent / "readme_head.md").read_text(encoding="utf-8")


def main() -> None:
    recs = [json.loads(line) for line in (OUT / "expected.jsonl").open(encoding="utf-8")]
    rows = []
    for r in recs:
        notes = r["notes"].replace("|", "\\|")
        event = "yes" if r["is_event"] else "**no**"
        rows.append(f"| `{r['id']}` | {r['template']} | {r['lang']} | {event} | {r['url']} | {notes} |")
    table = (
        "| id | template | lang | event | url | what is hard |\n|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n"
    )
    (OUT / "README.md").write_text(HEAD + "\n## Pages\n\n" + table, encoding="utf-8")


if __name__ == "__main__":
    main()
