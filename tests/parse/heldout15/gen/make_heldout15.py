#!/usr/bin/env python3
"""Build the ht-* shadow held-out set (heldout15) and check it: `python3 gen/make_heldout15.py` writes pages/,
expected.jsonl and README.md into the folder above gen/ with the builder the sets share (tests/parse/shadow_builder.py)."""

from __future__ import annotations

import sys
from pathlib import Path

GEN = Path(__file__).resolve().parent
sys.path.insert(0, str(GEN.parents[1]))  # tests/parse, where the shared builder lives

from shadow_builder import build

if __name__ == "__main__":
    sys.exit(build(GEN, prefix="ht", name="heldout15"))
