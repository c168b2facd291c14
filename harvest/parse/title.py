"""Title and page heading: the quoted official title when the text gives one, else the heading.

A quote is a title beside an event or title word, a format word or the word that joins an event to its topic between
them ("the online Talk “…”", "a Talk on "…"", "Webinar über „…“"), or before what the event does ("„…“ findet …
statt"); a quote that is only a series name ("der Workshop „Clusters meet Regions“") names the series, not the event.
"""

from __future__ import annotations

import re

from harvest.parse.classify import SERIES_PATTERNS
from harvest.parse.document import Document
from harvest.parse.text import squash
from harvest.parse.vocabulary import (
    EVENT_NOUNS,
    FORMAT_WORDS,
    QUOTE_VERBS,
    RELATIVE_PRONOUNS,
    TAKES_PLACE,
    TITLE_COPULAS,
    TITLE_CUES,
    TOPIC_LINKERS,
    alternation,
)

_QUOTED = re.compile(
    r"“\s*([^”“\"]{3,220}?)\s*[”\"]|\"\s*([^\"“”]{3,220}?)\s*[\"”]|„\s*([^“”\"„]{3,220}?)\s*[“”\"]"
    r"|«\s*([^»]{3,220}?)\s*»"
)
_EVENT_OR_TITLE_WORD = alternation(EVENT_NOUNS, TITLE_CUES, {"en": ("events",)})
# Before the quote: an event or title word, a format word may stand between ("the online Talk “…”", "pt. „…”"), and
# the word that joins it to its topic ("a Talk on “…”", "Webinar über „…“").
# An organiser's name in the genitive may stand between them ("warsztaty Europejskiej Platformy Współpracy Klastrów
# „…”").
_CUE_BEFORE = re.compile(
    rf"\b{_EVENT_OR_TITLE_WORD}(?:\s+(?:{alternation(FORMAT_WORDS)}|(?:19|20)\d\d))?"
    rf"(?:\s+{alternation(TOPIC_LINKERS)}|(?:\s+(?-i:[A-ZÀ-Ž])[\w-]+){{2,5}})?(?:\s+(?:ein|an)(?=:))?\W{{0,3}}$",
    re.IGNORECASE,
)
# A title word, a few words on whose title it is, and a copula before the quote ("Hasło tegorocznego spotkania to „…”").
_TITLE_IS = re.compile(
    rf"\b{alternation(TITLE_CUES)}(?:\s+[\w’'-]+){{0,4}}?\s+{alternation(TITLE_COPULAS)}\W{{0,3}}$", re.IGNORECASE
)
# After the quote: the event word or what the event does ("“…” webinar", "„…“ findet am … statt").
_CUE_AFTER = re.compile(
    rf"^\W{{0,3}}(?:{alternation(RELATIVE_PRONOUNS)}\s+)?{alternation(TAKES_PLACE, EVENT_NOUNS)}\b", re.IGNORECASE
)
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:l['’]|le|la|the|der|die|das|il|el|lo)\s*$", re.IGNORECASE)
_CUE_ANYWHERE = re.compile(rf"\b{alternation(EVENT_NOUNS, {'en': ('events',)})}\b", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s+(?:\||·|::|—|–|-)\s+[^|·:—–-]{2,60}$")
_GENERIC_TITLE = re.compile(
    r"^(?:home ?page|home|startseite|strona główna|accueil|index|untitled|news|events?)$", re.IGNORECASE
)


_TITLE_PARTS = re.compile(r"\s[|·–—-]\s")


def page_heading(doc: Document) -> str | None:
    """The page's own heading as shown: the <h1>, else an article <h2> that comes before the body text."""
    for position, line in enumerate(doc.lines):
        if line.heading == 1:
            parts = [line.text]  # an <h1> split by <br> reads as one line
            for following in doc.lines[position + 1 :]:
                if following.heading != 1 or following.block is not line.block:
                    break
                parts.append(following.text)
            return squash(" ".join(parts))
    for line in doc.lines:
        if line.heading == 2:
            return line.text
        if line.heading == 0 and len(line.text) > 60:
            break
    for candidate in (doc.og_title, doc.title_tag):
        # "Modus | Home page" names the site, not the page: a generic part disqualifies the whole title
        if candidate and not any(_GENERIC_TITLE.match(part.strip()) for part in _TITLE_PARTS.split(candidate)):
            stripped = strip_site_suffix(candidate, doc.site_name)
            if stripped:
                return _without_dash_suffix(stripped, doc)
    return None


def _without_dash_suffix(title: str, doc: Document) -> str:
    """ "Event X – Site Name" → "Event X" when the page shows "Event X" but not the whole: the part after the dash is
    the site's name (an events plugin's page without a heading element)."""
    match = _SITE_SUFFIX.search(title, max(0, len(title) - 64))
    if match is None or "|" in match.group(0):
        return title
    head = title[: match.start()].strip()
    if len(head) < MIN_TITLE_CHARS:
        return title
    texts = [line.text for line in doc.lines]
    if any(head in text for text in texts) and not any(title in text for text in texts):
        return head
    return title


MIN_TITLE_CHARS = 12


def strip_site_suffix(title: str, site_name: str | None) -> str:
    """ "Event X | European Cluster Collaboration Platform" → "Event X"."""
    text = squash(title)
    if site_name and text.endswith(site_name) and len(text) > len(site_name) + 3:
        text = text[: -len(site_name)].rstrip(" |·:—–-")
    # the suffix ends the (squashed) text and is at most 64 characters long: searching only there avoids
    # the pattern's backtracking over long headings
    # only a suffix after a bar is cut: without one in that tail there is nothing to search for
    match = _SITE_SUFFIX.search(text, max(0, len(text) - 64)) if "|" in text[-64:] else None
    if match and "|" in match.group(0):
        text = text[: match.start()]
    return text.strip()


HEADING_SHARE = 0.4


def _quoted_in(text: str, heading: bool) -> str | None:
    """The first quoted title in a line: after an event word or before "takes place"; in the heading, a quote that
    is most of it where the rest names the event ("„Smart grids for clusters“ – EU Clusters Talk")."""
    for match in _QUOTED.finditer(text):
        inner = next(g for g in match.groups() if g is not None)
        inner = inner.strip().rstrip(",;:").strip()
        words = inner.split()
        if len(words) < 2 or not (inner[0].isupper() or inner[0].isdigit()) or _series_name(inner):
            continue
        if heading:  # the quote must be most of a heading that names the event, not a phrase in it
            if len(inner) >= HEADING_SHARE * len(text) and _CUE_ANYWHERE.search(text.replace(inner, " ")):
                return inner
            continue
        before, after = text[max(0, match.start() - 80) : match.start()], text[match.end() : match.end() + 40]
        if _CUE_BEFORE.search(before) or _CUE_AFTER.match(after) or _TITLE_IS.search(before):
            return inner
        if _ARTICLE_BEFORE.search(before) and _CUE_ANYWHERE.search(inner):
            return inner  # the quote names its event itself: "organise l’« EU Cluster Matchmaking Event: … »"
        if before.endswith((":", ": ")) and _introduced_after_colon(text, match, inner):
            return inner  # "… the next EU Clusters Talk of the ECCP: “…”." (its sentence names the event)
    if heading or ("'" not in text and "‘" not in text):
        return None
    for match in _SINGLE_QUOTED.finditer(text):  # apostrophes abound: only right after an event or title word
        inner = match.group(1).strip().rstrip(",;:").strip()
        if (
            len(inner.split()) >= 2
            and inner[0].isupper()
            and not _series_name(inner)
            and _CUE_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
        ):
            return inner
    return None


def _introduced_after_colon(text: str, match: re.Match[str], inner: str) -> bool:
    """A quote that ends its sentence after a colon, whose sentence names the event or its title and quotes no one
    ("Daarover gaat de volgende EU Clusters Talk van het ECCP: “…”.", "Tematem będzie …: „…”."); a title, not a
    statement: no sentence inside it."""
    if not _SENTENCE_ENDS.match(text, match.end()) or len(inner.split()) > TITLE_WORDS:
        return False
    if inner.endswith((".", "!", "?")) or _SENTENCE_INSIDE.search(inner):
        return False
    start = max(text.rfind(". ", 0, match.start()), text.rfind("! ", 0, match.start()), match.start() - 240)
    sentence = text[max(0, start) : match.start()]
    return _CUE_OR_TITLE_WORD.search(sentence) is not None and _QUOTE_VERB.search(sentence) is None


TITLE_WORDS = 14
_SENTENCE_ENDS = re.compile(r"[.!]?\s*(?:$|(?<=[.!])\s)")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
_CUE_OR_TITLE_WORD = re.compile(rf"\b{_EVENT_OR_TITLE_WORD}\b", re.IGNORECASE)
_QUOTE_VERB = re.compile(rf"\b{alternation(QUOTE_VERBS)}\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d$")


def _series_name(text: str) -> bool:
    """Whether a quoted text is only the name of a series ("the workshop „Clusters meet Regions“"), perhaps with its
    year: a series, not the title of this event."""
    bare = _YEAR_AFTER.sub("", text.strip(" .,;:!?"))
    return any(pattern.regex.fullmatch(bare.lower() if blind else bare) for _, pattern, blind in SERIES_PATTERNS)


_SINGLE_QUOTED = re.compile(r"(?<=\s)[‘']([^’'“”\"]{3,150}?)[’'](?=[\s.,;:!?)]|$)")


def quoted_title(doc: Document) -> str | None:
    """The official title as the text quotes it: “…”, "…", „…“ or «…» beside an event word; the body's first, then the
    heading's (`Webinar “Wood construction in practice”`)."""
    headings = []
    lines = doc.lines
    for position, line in enumerate(lines):
        if line.heading == 1:
            headings.append(line.text)
            continue
        found = _quoted_in(line.text, heading=False)
        if found:
            return found
        if line.text[:1] in _OPENING_QUOTES and (found := _standalone_quote(lines, position)):
            return found
    return next((found for text in headings if (found := _quoted_in(text, heading=True))), None)


_OPENING_QUOTES = frozenset('“"„«')
_NEXT_NAMES_EVENT = re.compile(
    rf"^\W{{0,3}}(?:[\w-]+\s+){{0,3}}?{alternation(EVENT_NOUNS)}\b(?!\s+(?:about|on|for|with)\b)", re.IGNORECASE
)


def _standalone_quote(lines: list, position: int) -> str | None:
    """A quote that is a whole line, with the event named beside it: the line before introduces it ("… at the next EU
    Clusters Talk of the Platform:" / “Title”) or the line after opens with the event ("“Title”" / "EU Clusters Talk,
    6 July 2022, …")."""
    text = lines[position].text
    match = _QUOTED.fullmatch(text.strip().strip("\u2063\u200b").strip())
    if match is None:
        return None
    inner = next(g for g in match.groups() if g is not None).strip().rstrip(",;:").strip()
    if len(inner.split()) < 2 or not (inner[0].isupper() or inner[0].isdigit()) or _series_name(inner):
        return None
    before = lines[position - 1].text if position else ""
    if before.endswith(":") and not lines[position - 1].heading and _CUE_ANYWHERE.search(before[-120:]):
        return inner
    if position + 1 < len(lines) and _NEXT_NAMES_EVENT.match(lines[position + 1].text[:60]):
        return inner
    return None


def event_title(doc: Document, heading: str | None) -> str | None:
    quoted = quoted_title(doc)
    if quoted:
        return quoted
    return strip_site_suffix(heading, doc.site_name) if heading else None
