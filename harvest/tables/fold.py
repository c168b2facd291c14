"""Folding of names and titles into match keys: one person, organisation or title across spellings."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

# Letters that Unicode does not decompose into a base letter plus an accent.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "ı": "i"}
)
_NON_WORD = re.compile(r"[\W_]+")
# Honorifics that pages print before a name and that do not tell people apart (also inside "Prof. Dr.").
_HONORIFICS = frozenset({"dr", "prof", "ing", "mr", "mrs", "ms", "mgr", "phd", "dipl", "sir", "dame", "bc", "doc"})
_STOPWORDS = frozenset({"a", "an", "and", "the", "of", "for", "in", "on", "to", "at", "with", "by", "&"})


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Casefolded, accent-free words: punctuation, dashes and spacing do not count."""
    return [w for w in _NON_WORD.split(strip_accents(text).casefold()) if w]


def name_key(name: str) -> str:
    """Key of a person's name: folded words without honorifics ("Dr. Loïc Marin" → "loic marin")."""
    tokens = words(name)
    kept = [w for w in tokens if w not in _HONORIFICS]
    return " ".join(kept or tokens)


def organisation_key(name: str) -> str:
    return " ".join(words(name))


def title_words(title: str, ignore: Iterable[str] = ()) -> set[str]:
    """Content words of a title, without stop words and without the words in `ignore` (e.g. the series name)."""
    ignored = set(ignore)
    return {w for w in words(title) if w not in _STOPWORDS and w not in ignored}


def display_name(spellings: Counter[str]) -> str:
    """The most frequent spelling; ties go to the one with more diacritics, then to the first in code-point order."""
    return min(spellings, key=lambda s: (-spellings[s], -sum(ch != strip_accents(ch) for ch in s), s))
