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


class Gated:
    """A pattern searched only in texts that hold one of its literals, where every match holds one of them (they
    are the caller's promise): `in` scans text many times faster than the regex engine, and most texts hold none."""

    __slots__ = ("literals", "regex")

    def __init__(self, regex: re.Pattern[str] | WordPattern, literals: Iterable[str]) -> None:
        self.regex = regex
        self.literals = tuple(dict.fromkeys(literals))

    def search(self, text: str) -> re.Match[str] | None:
        for literal in self.literals:
            if literal in text:
                return self.regex.search(text)
        return None


def stems(words: Iterable[str]) -> list[str]:
    """Table words as the literals a match of them holds ("wyświetle*" → "wyświetle")."""
    return [word.rstrip("*") for word in words]


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


# A full stop after one of these ends no sentence: honorifics and academic titles ("Dr. Berg", "Ing. Novák"),
# abbreviations of words and months ("approx.", "Sept."), and the Polish, German, Czech, French and Italian ones
# of everyday text ("2024 r. w Gdańsku", "godz. 10:00", "z.B.", "m.in.", "Uniwersytet im. Adama Mickiewicza").
_ABBREVIATIONS = frozenset(
    [
        # honorifics and titles
        "dr",
        "dra",
        "drs",
        "prof",
        "mr",
        "mrs",
        "ms",
        "mme",
        "mlle",
        "messrs",
        "ing",
        "ir",
        "mag",
        "mgr",
        "hab",
        "inż",
        "doc",
        "dipl",
        "univ",
        "dott",
        "avv",
        "arch",
        "sig",
        "sr",
        "sra",
        "jr",
        "hon",
        "rev",
        "st",
        "bc",
        "rndr",
        "phdr",
        "judr",
        "mudr",
        "ph.d",
        "dipl.-ing",
        "univ.-prof",
        # everyday abbreviations
        "no",
        "nr",
        "vol",
        "fig",
        "cf",
        "ca",
        "approx",
        "incl",
        "excl",
        "dept",
        "etc",
        "vs",
        "e.g",
        "i.e",
        "resp",
        "esp",
        "feat",
        # months and weekdays before their day ("Sept. 12", "Mon. 4 March")
        "jan",
        "feb",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        # Polish, German, Czech
        "r",
        "godz",
        "ul",
        "al",
        "pl",
        "im",
        "ok",
        "tzw",
        "np",
        "wg",
        "m.in",
        "vgl",
        "bzw",
        "ggf",
        "inkl",
        "usw",
        "tel",
        "str",
        "z.b",
        "u.a",
        "d.h",
        "tzv",
        "např",
    ]
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+\S)")
_OPENING_MARKS = "([\"'“„«"


def is_abbreviation(word: str) -> bool:
    """Whether a full stop right after this word ends no sentence: an abbreviation, an initial ("J.", "J.-P."), or
    the number of an ordinal date ("18. Juni", "2. October")."""
    bare = word.lstrip(_OPENING_MARKS).lower()
    if bare in _ABBREVIATIONS:
        return True
    if len(bare) == 1 and bare.isalpha():
        return True
    if bare.isdigit():
        return len(bare) <= 2
    initials = word.lstrip(_OPENING_MARKS)  # "J.-P", "A.B": capitals ("a.m." ends sentences)
    return len(initials) <= 4 and initials[:1].isupper() and initials[-2:-1] in (".", "-") and initials[-1].isupper()


def _word_before(text: str, mark: int) -> str:
    head = text[:mark]
    return head.rsplit(None, 1)[-1] if head.strip() else ""


def _ends_sentence(text: str, mark: int) -> bool:
    """Whether the punctuation at `mark` ends a sentence: what follows starts with a capital (or a quote), and a
    full stop does not end an abbreviation."""
    following = text[mark + 1 :].lstrip()[:1]
    if not (following.isupper() or following in _OPENING_MARKS):
        return False
    return text[mark] != "." or not is_abbreviation(_word_before(text, mark))


def sentences(text: str) -> list[str]:
    """The sentences of a line."""
    found, begin = [], 0
    for mark in _SENTENCE_END.finditer(text):
        if _ends_sentence(text, mark.start()):
            found.append(text[begin : mark.end()].strip())
            begin = mark.end()
    found.append(text[begin:].strip())
    return [sentence for sentence in found if sentence]


_CLAUSE_STOP = re.compile(r"[.!?](?:\s|$)")


def sentence_end(text: str, start: int) -> int:
    """Where the sentence that runs at `start` ends, whatever follows: at a full stop that ends no abbreviation or
    initial, or at the end of the text."""
    for stop in _CLAUSE_STOP.finditer(text, start):
        if text[stop.start()] != "." or not is_abbreviation(_word_before(text, stop.start())):
            return stop.start()
    return len(text)


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
