"""eccp-harvest: ECCP event pages → versioned open data."""

from __future__ import annotations

__version__ = "0.1.0"


def __getattr__(name: str) -> object:  # lazy: `import harvest` must not import pandas
    if name == "load":
        from harvest.publish.load import load

        return load
    raise AttributeError(f"module 'harvest' has no attribute {name!r}")
