"""eccp-harvest: ECCP event pages → versioned open data."""

from __future__ import annotations

__version__ = "0.1.0"
