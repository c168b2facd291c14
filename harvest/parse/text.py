"""Text helpers shared by the parse modules: cleaning invisible characters and collapsing whitespace."""

from __future__ import annotations

import re

# Invisible or layout-only characters that split words or numbers on real pages.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000"), " ")
_CONTROL = {c: None for c in range(32) if c not in (9, 10, 13)} | {0x7F: None}
CLEAN_TABLE = _INVISIBLE | _SPACES | _CONTROL

_WHITESPACE = re.compile(r"\s+")
_DASHES = re.compile(r"[‐‑‒–—―−]")

TRAILING_PUNCT = " \t;,.:·|"


def clean(text: str) -> str:
    """Remove soft hyphens, zero-width and control characters; NBSP and thin spaces become spaces."""
    return text.translate(CLEAN_TABLE)


def squash(text: str) -> str:
    """Collapse whitespace runs to one space and trim."""
    return _WHITESPACE.sub(" ", text).strip()


def unify_dashes(text: str) -> str:
    return _DASHES.sub("-", text)


def strip_trailing(text: str) -> str:
    """Drop trailing ";", ".", ",", ":" and spaces (speaker lines end with them)."""
    return text.strip().rstrip(TRAILING_PUNCT).strip()
