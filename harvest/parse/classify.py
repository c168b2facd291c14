"""What kind of page this is: series, format, language, location, blocked; names of other, dated events."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from harvest.parse.dates import DateMention, find_mentions
from harvest.parse.document import Document
from harvest.parse.text import Gated, WordPattern
from harvest.parse.vocabulary import EVENT_WORDS, SERIES_QUALIFIED_NOUNS, alternation

# (series, pattern, whether the pattern is matched on lower-cased text: case does not matter)
SERIES_PATTERNS: tuple[tuple[str, WordPattern, bool], ...] = (
    ("EU Clusters Talks", WordPattern(r"eu[\s-]+clusters?[\s-]+talks?\b"), True),
    ("Clusters meet Regions", WordPattern(r"clusters?\s+meets?\s+regions?\b"), True),
    ("European Cluster Conference", WordPattern(r"european\s+cluster\s+conference\b"), True),
    ("C2Lab", WordPattern(r"c2labs?\b|cluster\s+collaboration\s+labs?\b"), True),
    ("ECCP matchmaking", WordPattern(r"clusters?[\s-]+matchmaking\b|matchmaking[\s-]+events?\b"), True),
    ("European Alliance Against Coronavirus", WordPattern(r"european\s+alliance\s+against\s+corona\s?virus\b"), True),
)

_SERIES_CUES = ("talk", "region", "conference", "lab", "matchmaking", "coronavirus", "corona virus")

# Phrase patterns without IGNORECASE, for lower-cased text: Python's regex engine scans much faster that way.
_CHALLENGE = Gated(
    re.compile(
        r"just a moment|checking your browser|verify you are (?:a )?human|enable javascript and cookies|"
        r"attention required|ddos protection|cf-browser-verification|captcha|are you a robot|bot protection"
    ),
    [
        "moment",
        "browser",
        "verify",
        "javascript",
        "attention",
        "ddos",
        "cf-browser",
        "captcha",
        "robot",
        "bot protection",
    ],
)
_DENIED = re.compile(
    r"^(?:access denied|403 forbidden|forbidden|401 unauthori[sz]ed|log ?in|sign ?in|user account|zugriff verweigert|"
    r"anmelden|brak dostępu|zaloguj się|accès refusé|connexion|you are not authori[sz]ed[^.]*)\b",
    re.IGNORECASE,
)
# The letters _DENIED's words start with ("ſ" matches "s" when case is ignored): the pattern only where one starts.
_DENIED_FIRST = frozenset("a4flsuzbcyſ")
# An error page in any wording: "This page does not exist", "Seite nicht gefunden", "Nie znaleziono strony". In
# the heading or title any of these; in the body only a page said to be missing, or nothing found.
_NOT_FOUND = Gated(
    re.compile(
        r"\b(?:404|page not found|not found|can[’']?t be found|cannot be found|could not be found|does not exist|"
        r"doesn[’']t exist|nicht gefunden|existiert nicht|nie znaleziono|nie istnieje|introuvable|n'existe pas|"
        r"nenalezen[ao])\b"
    ),
    ["404", "found", "exist", "gefunden", "znaleziono", "istnieje", "introuvable", "nenalezen"],
)
_NOT_FOUND_BODY = Gated(
    re.compile(
        r"\b(?:page|seite|strona|stránka)\b[^.]{0,40}\b(?:not found|can[’']?t be found|cannot be found|"
        r"could not be found|does not exist|doesn[’']t exist|no longer exists|nicht gefunden|existiert nicht|"
        r"nie istnieje|introuvable)|\bnothing (?:was )?found\b|\bnie znaleziono stron"
    ),
    ["found", "exist", "gefunden", "istnieje", "introuvable", "znaleziono"],
)
_DENIED_BODY = Gated(
    re.compile(
        r"you are not authori[sz]ed to access this page|you don't have permission|access denied|"
        r"please log in to (?:view|see|access)|requested page could not be found"
    ),
    ["authori", "permission", "access denied", "log in to", "could not be found"],
)
_STOPWORDS = {
    "en": frozenset(
        ["the", "and", "of", "to", "in", "is", "for", "on", "with", "will", "are", "this", "that", "from", "by", "be"]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "mit",
            "für",
            "von",
            "den",
            "im",
            "zu",
            "auf",
            "wird",
            "eine",
            "ein",
            "nicht",
            "sich",
            "des",
            "dem",
        ]
    ),
    "pl": frozenset(
        ["i", "w", "na", "z", "się", "do", "jest", "dla", "oraz", "że", "o", "nie", "przez", "od", "jak", "to", "są"]
    ),
    "fr": frozenset(
        ["le", "la", "les", "et", "des", "du", "est", "pour", "une", "dans", "au", "aux", "sur", "par", "avec", "qui"]
    ),
    "cs": frozenset(
        ["a", "v", "se", "na", "je", "pro", "s", "z", "že", "jsou", "které", "by", "jako", "do", "při", "ve"]
    ),
    "it": frozenset(["il", "di", "che", "la", "per", "con", "del", "della", "sono", "gli", "le", "nel"]),
    "es": frozenset(["el", "de", "que", "la", "los", "las", "con", "para", "por", "del", "una", "en", "se"]),
    "nl": frozenset(["de", "het", "een", "van", "en", "voor", "met", "op", "zijn", "dat", "niet"]),
}
_LANGUAGES_OF: dict[str, list[str]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF.setdefault(_word, []).append(_lang)
_ALL_STOPWORDS = frozenset(_LANGUAGES_OF)
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class Body:
    """The text of the content lines below the heading, joined once, and lower-cased once for case-blind search."""

    lines: list[str]
    text: str
    lowered: str

    @classmethod
    def of(cls, lines: list[str]) -> Body:
        text = " ".join(lines)
        return cls(lines, text, text.lower())


# What may stand between an event's name and a date of its own: "the EU Clusters Talk of 8 March 2023",
# "the conference held on 5 May", "the 8 March 2023 EU Clusters Talk".
_LINK_AFTER = re.compile(
    # the event's proper name and year may come first: "konference (European Cluster Conference 2024, 7.–8. května"
    r"[\s,(]*(?:(?:(?-i:[A-ZÀ-Ž])[\w-]*\s+){0,4}(?:19|20)\d\d\b[\s,]*)?"
    r"(?:(?:of|on|from|held|organi[sz]ed|that|which|took|takes|take|place|was|is|the|dated|between)\s+"
    r"|in\s+[A-ZÀ-Ž][\w'’-]*,?\s+)*",  # "a kick-off meeting in Brussels on 12 October 2022"
    re.IGNORECASE,
)
_LINK_BEFORE = re.compile(r"\s*(?:['’]s\s*)?(?:[A-Z][\w-]*\s+){0,3}")


class OtherEvents:
    """Tells names of other events apart: a text that names an event with a date of its own, not this page's
    event date ("Four of them presented at the EU Clusters Talk of 8 March 2023" on a news article), says
    nothing about what this page is."""

    def __init__(self, start: str | None, end: str | None) -> None:
        self.first = iso_day(start)
        self.last = iso_day(end) or self.first

    def dated_elsewhere(self, text: str, start: int, end: int) -> bool:
        """Whether the event named at text[start:end] carries a date that is not this page's event date."""
        link = _LINK_AFTER.match(text, end)
        window = text[link.end() : link.end() + 60] if link else ""
        after = find_mentions(window, -1, context=False) if _DIGIT.search(window) else []
        if after and after[0].start == 0:
            return self._other(after[0])
        before = text[max(0, start - 60) : start]
        mentions = find_mentions(before, -1, context=False) if _DIGIT.search(before) else []
        if mentions and _LINK_BEFORE.fullmatch(before, mentions[-1].end):
            return self._other(mentions[-1])
        return False

    def other_day(self, mention: DateMention) -> bool:
        """Whether a date mention names a day outside this page's event."""
        return self._other(mention)

    def _other(self, mention: DateMention) -> bool:
        if self.first is None or self.last is None:
            return True
        if mention.first is not None:
            return not self.first <= mention.first <= self.last
        try:
            day = date(self.first.year, mention.month, mention.day)
        except ValueError:
            return True
        return not self.first <= day <= self.last


def iso_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _series_hits(text: str, lowered: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, series) of the series names in the text, in the order of the text, found as they are read."""
    if not any(cue in lowered for cue in _SERIES_CUES):
        return
    pending: list[tuple[int, int, str, WordPattern, str]] = []
    for name, pattern, blind in SERIES_PATTERNS:
        subject = lowered if blind else text
        match = pattern.search(subject)
        if match:
            pending.append((match.start(), match.end(), name, pattern, subject))
    while pending:
        pending.sort(key=lambda hit: hit[:3])
        start, end, name, pattern, subject = pending.pop(0)
        yield start, end, name
        match = pattern.search(subject, max(end, start + 1))
        if match:
            pending.append((match.start(), match.end(), name, pattern, subject))


def detect_series(heading: str | None, body: Body, others: OtherEvents) -> str | None:
    """The ECCP series named first in the heading, else first in the body; not a series named only as another,
    dated event, nor a name that only qualifies something else ("the EU-Japan cluster matchmaking mission")."""
    texts = ([(heading, heading.lower())] if heading else []) + [(body.text, body.lowered)]
    for text, lowered in texts:
        for start, end, name in _series_hits(text, lowered):
            if _QUALIFIED.match(lowered, end) is None and not others.dated_elsewhere(text, start, end):
                return name
    return None


# A noun after a series name that makes the name its qualifier: another kind of thing (for lower-cased text).
_QUALIFIED = re.compile(rf"\s+{alternation(SERIES_QUALIFIED_NOUNS)}\b")


def mentions_event(text: str) -> bool:
    """Whether the text names any event or series, dated or not."""
    lowered = text.lower()
    return EVENT_WORDS.search(lowered) is not None or next(_series_hits(text, lowered), None) is not None


def names_event(text: str, others: OtherEvents, lowered: str | None = None) -> bool:
    """Whether the text names an event (an event word or a series) that is not another, dated event."""
    lowered = text.lower() if lowered is None else lowered
    for match in EVENT_WORDS.finditer(lowered):
        if not others.dated_elsewhere(text, match.start(), match.end()):
            return True
    return any(not others.dated_elsewhere(text, start, end) for start, end, _ in _series_hits(text, lowered))


def _words(text: str) -> list[str]:
    """The runs of letters of a text (`_WORD`), read token by token: most tokens are all letters, and
    `str.isalpha` is many times faster than the regex (no run crosses whitespace, so the result is the same)."""
    words: list[str] = []
    for token in text.split():
        if token.isalpha():
            words.append(token)
        elif (bare := token.strip(_PUNCTUATION)).isalpha():
            words.append(bare)  # "word," "(word": the marks around it are no letters, so it is the one run
        else:
            words.extend(_WORD.findall(token))
    return words


_PUNCTUATION = ".,;:!?()[]\"'’‘“”„«»"


def detect_language(body: Body, html_lang: str | None) -> str | None:
    words = _words(body.lowered[:1500])
    if len(words) < 8:
        return (html_lang or "").split("-")[0].lower() or None
    hits = dict.fromkeys(_STOPWORDS, 0)
    counts = Counter(words)  # counted in C; then only the few stopwords among them are looked at
    for word in _ALL_STOPWORDS.intersection(counts):
        for lang in _LANGUAGES_OF[word]:
            hits[lang] += counts[word]
    best = max(hits, key=lambda lang: hits[lang])
    return best if hits[best] >= 3 else (html_lang or "").split("-")[0].lower() or None


# Each gated by the literals its matches hold: most pages name one format or none, and a search that finds nothing
# reads the whole text.
_HYBRID = Gated(
    WordPattern(
        r"hybrid\b|on[ -]?site (?:or|and) online|online (?:or|and) (?:on[ -]?site|in person)|"
        r"in person (?:or|and) online|hybryd\w*|hybride?\b"
    ),
    ["hybr", "online"],
)
_ONLINE = Gated(
    WordPattern(r"online\b|webinar|virtual\b|live ?stream|zoom\b|online-"),
    ["online", "webinar", "virtual", "live", "zoom"],
)
_ONSITE = Gated(
    WordPattern(r"physical event\b|in person\b|on[ -]?site\b|venue\b|vor ort\b|stacjonarn"),
    ["physical event", "in person", "site", "venue", "vor ort", "stacjonarn"],
)


def detect_format(body: Body) -> str | None:
    text = body.lowered[:5000]
    if _HYBRID.search(text):
        return "hybrid"
    online, onsite = _ONLINE.search(text), _ONSITE.search(text)
    if online and not onsite:
        return "online"
    if onsite and not online:
        return "onsite"
    return "hybrid" if online and onsite else None


EMPTY_BODY_CHARS = 80


def blocked_reason(doc: Document, heading: str | None, body: Body) -> str | None:
    """Why the page is not content at all: a bot challenge, a log-in or access error, a page that was not found, or
    an empty body."""
    title = doc.title_tag or ""
    short = len(body.text) < 1500
    if _CHALLENGE.search(title.lower()) or (len(body.text) < 600 and _CHALLENGE.search(body.lowered)):
        return "bot_challenge"
    for text in (heading or "", title):
        stripped = text.strip()
        if short and stripped[:1].lower() in _DENIED_FIRST and _DENIED.match(stripped):
            return "access_denied"
    if short and _DENIED_BODY.search(body.lowered):
        return "access_denied"
    if short and (
        any(_NOT_FOUND.search(text.lower()) for text in (heading or "", title)) or _NOT_FOUND_BODY.search(body.lowered)
    ):
        return "not_found"
    if len(body.text) < EMPTY_BODY_CHARS and not (
        _DIGIT.search(body.text) and find_mentions(body.text, -1, context=False)
    ):
        return "empty_body"  # a short body that gives a date is a short announcement, not an empty page
    return None


_LOCATION_LABEL = re.compile(
    r"^(?:location|venue|where|place|ort|veranstaltungsort|miejsce|lieu|adresse|address)\s*:\s*(.{2,120})$",
    re.IGNORECASE,
)
_LOCATION_LABEL_ALONE = re.compile(r"^(?:location|venue|where|ort|miejsce|lieu)\s*:?$", re.IGNORECASE)
_LOCATION_AFTER_DATE = re.compile(r"^\s*,\s*([^.;]{3,80})$")  # "25 - 27 April 2023, Kittilä, Finland"


def detect_location(doc: Document, date_line: int | None, date_end: int | None) -> str | None:
    for index, line in enumerate(doc.lines):
        match = _LOCATION_LABEL.match(line.text)
        if match:
            return match.group(1).strip()
        if _LOCATION_LABEL_ALONE.match(line.text):
            following = doc.lines[index + 1 : index + 2]
            if following and len(following[0].text) < 120:
                return following[0].text
    if date_line is not None and date_end is not None and 0 <= date_line < len(doc.lines):
        rest = doc.lines[date_line].text[date_end:]
        match = re.search(
            r"\bin\s+(?:the\s+)?([A-ZÀ-Ž][\w'’-]+(?:[ -][A-ZÀ-Ž][\w'’-]+)*"
            r"(?:,\s*[A-ZÀ-Ž][\w'’-]+(?:\s[A-ZÀ-Ž][\w'’-]+)*)?)",
            rest[:160],
        )
        if match:
            return match.group(1)
        header = _LOCATION_AFTER_DATE.match(rest)
        if header:
            return header.group(1).strip()
    return None
