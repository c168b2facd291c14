"""Reference data shipped with the package: the Euroclusters table.

This module does the file I/O so that `harvest.parse` stays pure: the parser receives a ready `EuroclusterIndex`.
Maintainers extend `harvest/data/euroclusters.csv` (one row per Eurocluster, aliases separated by `|`) without
touching code.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

EUROCLUSTERS_CSV = "euroclusters.csv"

# Separators that may differ between spellings of one name: "X-BUILD EU" = "xBUILD-EU" = "X BUILD EU".
_SEPARATORS = r"[\s\-‐‑–_/.]*"
_WORD_CHUNK = re.compile(r"[^\W_]+")
_EUROCLUSTER_WORD = re.compile(r"\s*[-–]?\s*(?:eurocluster|euro-cluster)s?\b", re.IGNORECASE)
_EUROCLUSTER_WORD_BEFORE = re.compile(r"\b(?:eurocluster|euro-cluster)s?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Eurocluster:
    acronym: str
    name: str
    aliases: tuple[str, ...]
    ecosystem: str
    coordinator: str
    call: str
    status: str
    source_url: str

    @property
    def spellings(self) -> tuple[str, ...]:
        return tuple(s for s in (self.acronym, self.name, *self.aliases) if s)


@dataclass(frozen=True, slots=True)
class EuroclusterMatch:
    acronym: str
    start: int
    end: int
    text: str


def name_key(text: str) -> str:
    """Fold case, accents, spaces and hyphens: the identity of a name for lookups."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(filter(str.isalnum, decomposed.casefold()))  # filter: the same, several times faster


def _is_case_sensitive(spelling: str) -> bool:
    """A one-word name ("SUSTAIN", "DREAM") can be an ordinary word; only its own casing or capitals count."""
    return len(_WORD_CHUNK.findall(spelling)) == 1


def _by_first_character(body: str) -> str:
    """A case-sensitive alternation of spellings (each starts with a literal letter or digit) regrouped by that
    first character, with the word boundary checked after it: "ab|x|ac" → "a(?<![^\\W_].)(?:b|c)|x(?<![^\\W_].)(?:)".

    It matches exactly what `(?<![^\\W_])(?:ab|x|ac)` matches (the spellings keep their order within a group, and
    only one group can match at a place), but the engine now skips through the text to the first characters and
    tries one group there, instead of trying every spelling at every position."""
    groups: dict[str, list[str]] = {}
    for spelling in body.split("|"):
        if not spelling[:1].isalnum():
            return rf"(?<![^\W_])(?:{body})"  # not a list of plain spellings: left as it is
        groups.setdefault(spelling[0], []).append(spelling[1:])
    return "|".join(rf"{first}(?<![^\W_].)(?:{'|'.join(rests)})" for first, rests in groups.items())


class EuroclusterIndex:
    """Finds Euroclusters in text: insensitive to case, hyphens and spaces, on word boundaries."""

    def __init__(self, rows: list[Eurocluster]) -> None:
        self.rows: tuple[Eurocluster, ...] = tuple(rows)
        self._by_key: dict[str, str] = {}
        self._exact_case: dict[str, str] = {}
        alternatives: list[tuple[int, str]] = []
        for row in self.rows:
            for spelling in row.spellings:
                key = name_key(spelling)
                if not key:
                    continue
                self._by_key.setdefault(key, row.acronym)
                chunks = _WORD_CHUNK.findall(spelling)
                if _is_case_sensitive(spelling):
                    self._exact_case[spelling] = row.acronym
                alternatives.append((len(key), _SEPARATORS.join(re.escape(c) for c in chunks)))
        alternatives.sort(key=lambda item: -item[0])  # longest first: "Silicon Europe Eurocluster" before "Silicon"
        body = "|".join(dict.fromkeys(pattern for _, pattern in alternatives)) or r"(?!x)x"
        self._pattern = re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.IGNORECASE)
        # the same pattern over lower-cased text: several times faster than IGNORECASE on long pages
        self._lower_pattern = re.compile(rf"(?:{_by_first_character(body.lower())})(?![^\W_])")

    def canonical(self, name: str) -> str | None:
        """The acronym of a Eurocluster name, acronym or alias, else None."""
        key = name_key(name)
        if key in self._by_key:
            return self._by_key[key]
        if "euro" not in name.lower():
            return None  # no "Eurocluster" word to strip (the literal test first: the pattern is tried everywhere)
        stripped = _EUROCLUSTER_WORD.sub("", name).strip()
        return self._by_key.get(name_key(stripped)) if stripped != name else None

    def find(self, text: str) -> list[EuroclusterMatch]:
        """Every mention of a Eurocluster in `text`, in order."""
        found: list[EuroclusterMatch] = []
        lowered = text.lower()
        same_length = len(lowered) == len(text)
        for match in (self._lower_pattern if same_length else self._pattern).finditer(lowered if same_length else text):
            if same_length:
                match = self._pattern.match(text, match.start(), match.end()) or match
            spelled = match.group(0)
            acronym = self._by_key.get(name_key(spelled))
            if acronym is None:
                continue
            if len(_WORD_CHUNK.findall(spelled)) == 1 and not self._accept_one_word(text, match, spelled):
                continue
            found.append(EuroclusterMatch(acronym, match.start(), match.end(), spelled))
        return found

    def match_text(self, text: str) -> list[str]:
        """Sorted acronyms of the Euroclusters named in `text`; generic "Euroclusters" names none."""
        return sorted({m.acronym for m in self.find(text)})

    def _accept_one_word(self, text: str, match: re.Match[str], spelled: str) -> bool:
        letters = [ch for ch in spelled if ch.isalpha()]
        if spelled in self._exact_case or (len(letters) >= 2 and all(ch.isupper() for ch in letters)):
            return True
        if any(ch.isdigit() for ch in spelled) or any(ch.isupper() for ch in spelled[1:]):
            return True  # "Socialtech4EU", "ReCentre": a digit or a capital inside the word, no ordinary word
        # "the Sileo Eurocluster": an ordinary-cased word counts only when the text says it is a Eurocluster.
        after, before = text[match.end() : match.end() + 16], text[max(0, match.start() - 16) : match.start()]
        return bool(_EUROCLUSTER_WORD.match(after) or _EUROCLUSTER_WORD_BEFORE.search(before))


def read_euroclusters(path: Path) -> list[Eurocluster]:
    """Rows of a Euroclusters CSV (columns acronym,name,aliases,ecosystem,coordinator,call,status,source_url)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [_row(record) for record in csv.DictReader(handle) if (record.get("acronym") or "").strip()]


def _row(record: dict[str, str]) -> Eurocluster:
    def get(column: str) -> str:
        return (record.get(column) or "").strip()

    aliases = tuple(a.strip() for a in get("aliases").split("|") if a.strip())
    return Eurocluster(
        acronym=get("acronym"),
        name=get("name"),
        aliases=aliases,
        ecosystem=get("ecosystem"),
        coordinator=get("coordinator"),
        call=get("call"),
        status=get("status"),
        source_url=get("source_url"),
    )


def load_euroclusters(path: Path | None = None) -> EuroclusterIndex:
    """The Euroclusters index from `path`, or from the table shipped in `harvest/data` (read once)."""
    if path is not None:
        return EuroclusterIndex(read_euroclusters(Path(path)))
    return _packaged_index()


def euroclusters_digest(index: EuroclusterIndex) -> str:
    """SHA-256 of the index's rows in order: the parser's output depends on them (it keys the parse cache)."""
    rows = [dataclasses.astuple(row) for row in index.rows]
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _packaged_index() -> EuroclusterIndex:
    with resources.as_file(resources.files("harvest") / "data" / EUROCLUSTERS_CSV) as csv_path:
        return EuroclusterIndex(read_euroclusters(csv_path))
