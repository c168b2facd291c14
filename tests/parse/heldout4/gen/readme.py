"""Writes README.md: the head plus one table row per expected record."""

import json
from pathlib import Path

SET = Path(__file__).resolve().parents[1]
head = (Path(__file__).parent / "readme_head.md").read_text(encoding="utf-8")
rows = []
for line in (SET / "expected.jsonl").read_text(encoding="utf-8").splitlines():
    r = json.loads(line)
    notes = r["notes"].replace("|", "\\|")
    rows.append(
        f"| `{r['id']}` | {r['template']} | {r['lang']} | {'yes' if r['is_event'] else 'no'} | {r['url']} | {notes} |"
    )
(SET / "README.md").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
