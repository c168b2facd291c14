"""The ht-* pages use heldout10's shells unchanged (WordPress themes, event plugins on WordPress and a generic
document shell for other CMSs); this module loads that one file instead of keeping a copy."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SOURCE = Path(__file__).resolve().parents[2] / "heldout10" / "gen" / "shells.py"
_spec = importlib.util.spec_from_file_location("heldout10_shells", _SOURCE)
assert _spec is not None and _spec.loader is not None
_shells = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_shells)
globals().update({name: value for name, value in vars(_shells).items() if not name.startswith("__")})
