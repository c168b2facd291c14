"""The ht-* pages use heldout7's helpers unchanged (time-zone arithmetic, expected records, the ECCP Drupal and nca.cz
Modus shells); this module loads that one file instead of keeping a copy. Shells for the other families are in
shells.py; page bodies are in pages_*.py."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SOURCE = Path(__file__).resolve().parents[2] / "heldout7" / "gen" / "common.py"
_spec = importlib.util.spec_from_file_location("heldout7_common", _SOURCE)
assert _spec is not None and _spec.loader is not None
_helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_helpers)
globals().update({name: value for name, value in vars(_helpers).items() if not name.startswith("__")})
