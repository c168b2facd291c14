"""Text helpers shared by the parse modules: cleaning invisible characters, collapsing whitespace, word search."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Invisible or layout-only characters that split words or numbers on real pages.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000"), " ")
_CONTROL = {c: None for c in range(32) if c not in (9, 10, 13)} | {0x7F: None}
CLEAN_TABLE = _INVISIBLE | _SPACES | _CONTROL
# One character class finds them all; pages rarely hold any, so a search beats str.translate on every page.
_CLEANABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in CLEAN_TABLE if c != 0x0D) + "]")

_DASHES = re.compile(r"[‐‑‒–—―−]")

TRAILING_PUNCT = " \t;,.:·|"


def clean(text: str) -> str:
    """Remove soft hyphens, zero-width and control characters; NBSP and thin spaces become spaces."""
    return text.translate(CLEAN_TABLE) if _CLEANABLE.search(text) else text


_CONTROL_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROL) + "]")


def without_controls(text: str) -> str:
    """Only what breaks the HTML parser (NUL and other C0 controls); the rest is cleaned line by line."""
    return text.translate(_CONTROL) if _CONTROL_CHARS.search(text) else text


def squash(text: str) -> str:
    """Collapse whitespace runs to one space and trim (after removing invisible characters)."""
    if _CLEANABLE.search(text):
        text = text.translate(CLEAN_TABLE)
    return " ".join(text.split())  # str.split() splits on exactly what `\s` matches, and is several times faster


def unify_dashes(text: str) -> str:
    return _DASHES.sub("-", text)


def strip_trailing(text: str) -> str:
    """Drop trailing ";", ".", ",", ":" and spaces (speaker lines end with them)."""
    return text.strip().rstrip(TRAILING_PUNCT).strip()


def _in_word(text: str, index: int) -> bool:
    """Whether the character before `index` is a word character (what `\\b` looks at)."""
    if index == 0:
        return False
    previous = text[index - 1]
    return previous.isalnum() or previous == "_"


class WordPattern:
    """Words and phrases found only where a word starts, fast on long text.

    Python's regex engine skips quickly to the characters a pattern can start with, unless a leading `\\b` or
    IGNORECASE hides them; then it tries a match at every position. So write the pattern without its leading `\\b`
    (a hit that starts inside a word is skipped here) and, to ignore case, in lower case for lower-cased text.
    Worth it when the words start with a few distinct letters; when they start with most letters, a leading `\\b`
    rules out more positions.
    """

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        match = self.regex.search(text, pos)
        while match is not None and _in_word(text, match.start()):
            match = self.regex.search(text, match.start() + 1)
        return match


def word_tree(words: Iterable[str]) -> str:
    """A regex for a set of literal words, as a tree of shared prefixes ("ma(?:rch|y)").

    It matches what the words joined longest first match, but the engine compares each character once instead of
    once per word: many times faster for long lists (month names, verbs).
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


# A full stop after one of these ends no sentence: "12 kwietnia 2024 r. w Gdańsku", "godz. 10:00", "Dr. Berg".
_ABBREVIATIONS = frozenset(
    [
        "r",
        "godz",
        "ul",
        "al",
        "nr",
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "st",
        "ing",
        "mag",
        "hab",
        "ca",
        "approx",
        "vgl",
        "bzw",
        "ggf",
        "inkl",
        "tel",
        "str",
        "etc",
        "vs",
        "e.g",
        "i.e",
        "z.b",
        "u.a",
        "d.h",
    ]
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+\S)")


def _ends_sentence(text: str, mark: int) -> bool:
    """Whether the punctuation at `mark` ends a sentence: what follows starts with a capital (or a quote), and a
    full stop does not end a short abbreviation."""
    following = text[mark + 1 :].lstrip()[:1]
    if not (following.isupper() or following in '"“„«(['):
        return False
    if text[mark] != ".":
        return True
    word = text[:mark].rsplit(None, 1)[-1].lower() if text[:mark].strip() else ""
    return word not in _ABBREVIATIONS and not (len(word) == 1 and word.isalpha())


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence that holds text[start:end] begins and ends (its final punctuation included)."""
    begin = 0
    for mark in _SENTENCE_END.finditer(text, 0, start):
        if _ends_sentence(text, mark.start()):
            begin = mark.end()
    stop = len(text)
    for mark in _SENTENCE_END.finditer(text, end):
        if _ends_sentence(text, mark.start()):
            stop = mark.end()
            break
    return begin, stop


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of a line that holds text[start:end]."""
    begin, stop = sentence_bounds(text, start, end)
    return text[begin:stop].strip()
