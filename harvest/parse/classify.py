"""What kind of page this is: event or not, series, format, language, location."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from harvest.parse.document import Document

SERIES_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("EU Clusters Talks", re.compile(r"\bEU[\s-]+Clusters?[\s-]+Talks?\b", re.IGNORECASE)),
    ("Clusters meet Regions", re.compile(r"\bClusters?\s+meets?\s+Regions?\b", re.IGNORECASE)),
    ("European Cluster Conference", re.compile(r"\bEuropean\s+Cluster\s+Conference\b", re.IGNORECASE)),
    ("C2Lab", re.compile(r"\bC2Labs?\b|\bCluster\s+Collaboration\s+Labs?\b", re.IGNORECASE)),
    ("ECCP matchmaking", re.compile(r"\bClusters?\s+Matchmaking\b|\bMatchmaking\s+Event\b")),
    (
        "European Alliance Against Coronavirus",
        re.compile(r"\bEuropean\s+Alliance\s+Against\s+Corona\s?virus\b", re.IGNORECASE),
    ),
)

_SERIES_CUES = ("talk", "region", "conference", "lab", "matchmaking", "coronavirus", "corona virus")

_CHALLENGE = re.compile(
    r"just a moment|checking your browser|verify you are (?:a )?human|enable javascript and cookies|"
    r"attention required|ddos protection|cf-browser-verification|captcha|are you a robot|bot protection",
    re.IGNORECASE,
)
_DENIED = re.compile(
    r"^(?:access denied|403 forbidden|forbidden|401 unauthori[sz]ed|page not found|404 not found|not found|"
    r"log ?in|sign ?in|user account|zugriff verweigert|anmelden|seite nicht gefunden|brak dostępu|zaloguj się|"
    r"nie znaleziono strony|accès refusé|connexion|you are not authori[sz]ed[^.]*)\b",
    re.IGNORECASE,
)
_DENIED_BODY = re.compile(
    r"you are not authori[sz]ed to access this page|you don't have permission|access denied|"
    r"please log in to (?:view|see|access)|requested page could not be found",
    re.IGNORECASE,
)
_LISTING_PATH = re.compile(
    r"/(?:tags?|taxonomy|term|category|categories|search|search-results|archive|archives|page)(?:/|$)"
    r"|/(?:events|event-calendar|news|community-news|community-event|aktualnosci|veranstaltungen)/?$",
    re.IGNORECASE,
)
_OPEN_CALL = re.compile(
    r"\bopen calls?\b|\bcall for (?:proposals|applications|expressions? of interest|participants|tenders?|papers)\b|"
    r"\bausschreibung\b|\bförderaufruf\b|\bnabór\b|\bkonkurs\b|\bappel à (?:projets|candidatures)\b",
    re.IGNORECASE,
)
EVENT_WORDS = re.compile(
    r"\b(?:event|talks?|webinars?|workshops?|conference|session|seminar|meeting|lab|matchmaking|forum|summit|"
    r"fair|exhibition|congress|symposium|hackathon|clusterxchange|info ?day|round ?table|panel|"
    r"veranstaltung|konferenz|tagung|kongress|messe|wydarzeni\w*|konferencj\w*|spotkani\w*|warsztat\w*|"
    r"seminari\w*|webinari\w*|szkoleni\w*|événement|rencontre|atelier|journée)\b",
    re.IGNORECASE,
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
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _LANGUAGES_OF[_w] = (*_LANGUAGES_OF.get(_w, ()), _lang)
_WORD = re.compile(r"[^\W\d_]+")


def detect_series(heading: str | None, texts: list[str]) -> str | None:
    """The ECCP series named first in the heading, else first in the body."""
    for text in ([heading] if heading else []) + [" ".join(texts)]:
        lowered = text.lower()
        if not any(cue in lowered for cue in _SERIES_CUES):
            continue
        hits = [(m.start(), name) for name, pattern in SERIES_PATTERNS for m in [pattern.search(text)] if m]
        if hits:
            return min(hits)[1]
    return None


def detect_language(texts: list[str], html_lang: str | None) -> str | None:
    words = _WORD.findall(" ".join(texts)[:1500].lower())
    if len(words) < 8:
        return (html_lang or "").split("-")[0].lower() or None
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in words:
        for lang in _LANGUAGES_OF.get(word, ()):
            counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= 3 else (html_lang or "").split("-")[0].lower() or None


_HYBRID = re.compile(
    r"\bhybrid\b|on[ -]?site (?:or|and) online|online (?:or|and) (?:on[ -]?site|in person)|"
    r"in person (?:or|and) online|hybryd\w*|hybride?\b"
)
_ONLINE = re.compile(r"\bonline\b|\bwebinar|\bvirtual\b|\blive ?stream|\bzoom\b|\bonline-")
_ONSITE = re.compile(r"\bphysical event\b|\bin person\b|\bon[ -]?site\b|\bvenue\b|\bvor ort\b|\bstacjonarn")


def detect_format(texts: list[str]) -> str | None:
    text = " ".join(texts)[:5000].lower()
    if _HYBRID.search(text):
        return "hybrid"
    online, onsite = _ONLINE.search(text), _ONSITE.search(text)
    if online and not onsite:
        return "online"
    if onsite and not online:
        return "onsite"
    return "hybrid" if online and onsite else None


def blocked_reason(doc: Document, heading: str | None, body_text: str) -> str | None:
    """Why the page is not content at all: a bot challenge, a log-in or error page, or an empty body."""
    title = doc.title_tag or ""
    if _CHALLENGE.search(title) or (len(body_text) < 600 and _CHALLENGE.search(body_text)):
        return "bot_challenge"
    for text in (heading or "", title):
        if text and _DENIED.match(text.strip()) and len(body_text) < 1500:
            return "access_denied"
    if len(body_text) < 1500 and _DENIED_BODY.search(body_text):
        return "access_denied"
    if len(body_text) < 80:
        return "empty_body"
    return None


def non_event_reason(url: str, heading: str | None) -> str | None:
    """Listings, tag pages and open calls are never one event."""
    parts = urlsplit(url)
    if _LISTING_PATH.search(parts.path) or re.search(r"(?:^|&)(?:page|tag|category|f%5B0%5D|f\[0\])=", parts.query):
        return "listing"
    if heading and _OPEN_CALL.search(heading):
        return "open_call"
    return None


_LOCATION_LABEL = re.compile(
    r"^(?:location|venue|where|place|ort|veranstaltungsort|miejsce|lieu|adresse|address)\s*:\s*(.{2,120})$",
    re.IGNORECASE,
)


def detect_location(doc: Document, date_line: int | None, date_end: int | None) -> str | None:
    for index, line in enumerate(doc.lines):
        match = _LOCATION_LABEL.match(line.text)
        if match:
            return match.group(1).strip()
        if re.match(r"^(?:location|venue|where|ort|miejsce|lieu)\s*:?$", line.text, re.IGNORECASE):
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
        header = re.match(r"^\s*,\s*([^.;]{3,80})$", rest)
        if header:
            return header.group(1).strip()
    return None
