"""Speakers: the list after a speaker intro, speakers labelled with their part, or the people an event report says
spoke.

A list is only read after an intro ("Speakers include:", "…was presented by:", "Es referierten:",
"<strong>Prelegenci</strong>", the header row of a "Speaker | Position | Organisation" table: the cue words per language
are in `vocabulary`), so other bullet lists (objectives, agendas, link lists) are never speakers. A list item is a line,
a table row (where the header names the columns, only the name, role and organisation cells count, and a name cell may
hold several people) or a card (a name alone in a heading, a <dt> or a bold line, with its role and organisation on the
lines under it, up to the next line marked up like the name; a role line whose part after a comma names no organisation,
over a line that does, is all role, and a Eurocluster alone under the organisation is the card's); prose between names
marked up alike is a biography, not the list's end. Outside lists, a line labelled with the part ("Keynote: …",
"Moderated by …", "Moderated by: …", "10:00 Welcome by …", "Begrüßung: …", "Moderacja: …") names one speaker, also as an
item of a list; a part labelled and titled ("Panel: Smart buildings in practice") heads the list of its people under it.
A name is told from an organisation or a heading by its words (no organisation, corporate or function word, no ending of
an abstract noun or adjective: "Development", "Förderung", "Zugehörige"). Every item, labelled line and sentence
enumeration is split into name, role, organisation and Eurocluster by one line grammar (`parse_speaker_line`,
`split_affiliation`), by the shape of its parts, not by the site it comes from; the descriptions of people in report
prose ("Name (Org) and Name, Role of Org, discussed…") go through the same `split_affiliation`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from harvest.parse.document import HtmlElement, Line, text_content
from harvest.parse.record import Speaker
from harvest.parse.text import Gated, sentence_end, sentences, strip_trailing, word_tree
from harvest.parse.vocabulary import (
    AGENT_WORDS,
    AWARD_WORDS,
    COMPOUND_ORG_ENDINGS,
    COMPOUND_ROLE_ENDINGS,
    CONTACT_WORDS,
    CORPORATE_NOUNS,
    COUNTRIES,
    FIELD_WORDS,
    INTRODUCING_DETERMINERS,
    INTRODUCING_NOUNS,
    MEMBERSHIP,
    MODERATED_BY,
    NAME_HEADERS,
    NOT_NAME_ENDING_LETTERS,
    NOT_NAME_ENDINGS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    ORGANISATION_HEADERS,
    PARTICLES,
    QUOTE_VERBS,
    REPORT_VERBS,
    ROLE_ACRONYMS,
    ROLE_HEADERS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SENTENCE_CONNECTORS,
    SPEAKER_CUES,
    SPEAKER_LIST_NOUNS,
    SPEAKER_PART_LINKERS,
    SPEAKER_PART_VERBS,
    SPEAKER_PARTS,
    SPOKEN_BY_PARTICIPLES,
    SPOKEN_BY_WORDS,
    TITLES_BEFORE_NAME,
    TO_BE_CONFIRMED,
    TOGETHER_WITH,
    UNIT_WORDS,
    UNNAMED_PEOPLE,
    VERBS_BEFORE_SUBJECT,
    WELCOME_FROM,
    alternation,
    table_words,
    words_regex,
)
from harvest.reference import EuroclusterIndex

_INTRO_CUE = words_regex(SPEAKER_CUES)  # for lower-cased text
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●○■□►▶➢✓✔–—\-*+]|\d{1,2}[.)](?!\d))\s*")
_PLACEHOLDER = re.compile(
    r"^(?:(?:and\s+)?(?:many\s+)?more(?:\s+speakers)?(?:\s+(?:tbc|tba|tbd|to be (?:confirmed|announced)|to come))?|"
    r"(?:speakers?\s+|others?\s+)?(?:tbc|tba|tbd|n\.?\s?n\.?)|to be (?:confirmed|announced|defined)|"
    r"and others|more to come|weitere folgen|wird noch bekannt gegeben|więcej wkrótce|…|\.\.\.)\W*$",
    re.IGNORECASE,
)
# An aside in brackets after a name that is no affiliation: "(tbc)", "(moderator)", "(keynote)".
_ASIDE = re.compile(rf"\s*[(\[]\s*{alternation(TO_BE_CONFIRMED, SPEAKER_PARTS)}\s*[)\]]\s*", re.IGNORECASE)
_UNNAMED = re.compile(
    rf"^(?:(?:a|an|one|the|ein|eine|un|une|una|jeden|jedna)\s+)?(?:(?:senior|high-level|hochrangige[rn]?|haut)\s+)?"
    rf"{alternation(UNNAMED_PEOPLE)}(?:\s|$|,)",
    re.IGNORECASE,
)
# The part a speaker has, written before the name: "Keynote: …", "Moderator – …", "Moderated by …", "Moderated by:
# …", "Welcome by …".
_LEAD_LABEL = re.compile(
    rf"^{alternation(SPEAKER_PARTS)}(?:\s*[:–—-]\s*|\s+{alternation(SPEAKER_PART_LINKERS)}(?:\s*[:–—-])?\s+)"
    rf"|^{alternation(SPEAKER_PART_VERBS)}\s+(?=(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž]))",
    re.IGNORECASE,
)
# The time an agenda line starts with: "10:00 Welcome by …", "09.30 – 10.00 | Keynote: …".
# Also "9:30 AM - 9:40 AM Welcome …" (12-hour clock) and "23. 10. 9:30 Zahájení – …" (the day first, no year).
_AGENDA_TIME = re.compile(
    r"^\s*(?:\d{1,2}\.\s?\d{1,2}\.\s+(?=\d{1,2}[:.h]\d\d))?\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*[-–—]\s*\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?)?\s*(?:h|uhr)?\s*[|:–—-]?\s*",
    re.IGNORECASE,
)
# The speaker after the topic of a labelled part: "Keynote: EU4Health and clusters, by Dr. Name, Role, Org".
_TOPIC_BY = re.compile(r",\s+(?:by|von|durch|par|przez)\s+(?=\S)")
_HONORIFIC = re.compile(
    r"^(?:(?:prof|dr|dra|drs|ing|ir|mag|mag\.a|mgr|mr|mrs|ms|mme|m|dott|dipl|hon|sir|dame|inż|hab|doc|rndr|phdr|judr|"
    r"mudr|dipl\.-ing|univ\.-prof|(?-i:DI|DDr|FH))\.?(?:-ing\.?)?\s+)+",
    re.IGNORECASE,
)
_NAME_SUFFIX = re.compile(r",?\s+(?:PhD|Ph\.D\.|MBA|MSc|MA|BSc|Jr\.?|Sr\.?)$")
_NAME_SUFFIX_ENDINGS = ("PhD", "Ph.D.", "MBA", "MSc", "MA", "BSc", "Jr", "Jr.", "Sr", "Sr.")
# A degree or title written after the name and a comma, before the affiliation: "Anna Berg, PhD, CEO, X", Polish
# "Jan Nowak, prof. PW" (professor of the university whose acronym follows).
_POST_NOMINAL = re.compile(
    r"(?<=[^\W\d_]),\s*(?:PhD|Ph\.D\.|MBA|MSc|prof\.\s*(?:[A-ZĆŁŚŹŻ]{2,6}|nadzw\.|uczelni))(?=\s*(?:$|[,;|–—(]))"
)
_POST_NOMINAL_WORDS = ("PhD", "Ph.D.", "MBA", "MSc", "prof.")  # one is in every match
# "Role of Organisation": where the organisation starts after " of ". A unit that belongs to what follows ("Head of
# Sector of DG RTD", "Chairman of the Board of the …") is still the role; a field of work ("Professor of Industrial
# Design", "Head of Cluster Policy") is no organisation.
_OF = re.compile(r"\s+(?:of|der|des|von|vom|van|del|de la|de l['’]|du|de|di)\s*(?<=\s|['’])(?:the\s+)?", re.IGNORECASE)
_PROJECT_SUFFIX = re.compile(r"\s+(?:project|consortium)$", re.IGNORECASE)
_DROP_PART = re.compile(
    rf"\b(?:{alternation(AWARD_WORDS)}|download|presentation|slides|video|recording|pdf|biography|linkedin|profile)\b",
    re.IGNORECASE,
)
_AT = re.compile(r"\s+(?:at|@|bei|beim|im|chez|presso|w)\s+(?:the\s+|der\s+|dem\s+)?", re.IGNORECASE)
_SPLIT_DASH = re.compile(r"\s+[–—-]\s+|\s*\|\s*")
_NAME_SEPARATOR = re.compile(r",\s*|\s+[–—-]\s+|\s*[–—]\s*|:\s+|\s*\|\s*|\s+\(|\u2063\s*[,:–—-]?\s*")
_REPORT_VERB = (  # Polish, Czech, Italian: any order
    word_tree(REPORT_VERBS) + "|" + alternation({lang: VERBS_BEFORE_SUBJECT[lang] for lang in ("pl", "cs", "it")})
)
_VERB = re.compile(rf"\b(?:{_REPORT_VERB})\b")
# What may stand between a subject's description and its verb: "…, who presented", "…, then guided".
_WHO_BEFORE = re.compile(r",?\s*(?:who\s*)?(?:(?:then|also|later|afterwards|subsequently|finally)\s*)?$")
# "…was moderated by", "after a welcome by": the person after "by" spoke.
_SPEAKING_BY = re.compile(rf"\b{alternation(SPOKEN_BY_WORDS)}\s+{alternation(AGENT_WORDS)}\s+", re.IGNORECASE)
_SPOKEN_BY = re.compile(rf"{_SPEAKING_BY.pattern}$", re.IGNORECASE)
_BY_INTRO = re.compile(rf"\b(?:{alternation(SPOKEN_BY_WORDS)}|led)\s+{alternation(AGENT_WORDS)}\s+", re.IGNORECASE)
# The agent words between spaces, as a line (whitespace squashed) must hold them for _BY_INTRO to match.
_AGENT_LITERALS = tuple(f" {word} " for word in table_words(AGENT_WORDS))


def _by_intro(text: str) -> re.Match[str] | None:
    """_BY_INTRO's match in a squashed text; the literal test first: most sentences have no speaking "by"."""
    lowered = text.lower()
    if not any(literal in lowered for literal in _AGENT_LITERALS):
        return None
    return _BY_INTRO.search(text)


_AGENT = re.compile(rf"\s{alternation(AGENT_WORDS)}\s")  # the cheap test before _SPEAKING_BY
_CONNECTOR = re.compile(
    rf"^(?:{alternation(SENTENCE_CONNECTORS)},?\s+)?"
    r"(?:(?:the|a)\s+(?:next|first|second|third|last|final|closing|opening|keynote)\s+(?:speaker|presenter|"
    r"presentation|panel+ist|keynote)\s*,?\s*(?:was\s+)?)?",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(
    r";\s+|,?\s+(?:and|und|et|oraz|i)\s+(?=(?:Dr\.?\s+|Prof\.?\s+)?[A-ZÀ-Ž][\w'’-]+\s+[A-ZÀ-Ž])"
    r"|,\s+(?:while|whereas|während)\s+"  # "…, while Name, Role at Org, welcomed participants"
)
_PRESENTED_ORG = re.compile(
    r"^\s*(?:the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,4}(?:association|cluster|organisation|organization|"
    r"company|agency|network|partnership|consortium|institute|foundation|initiative|project|platform|start-?up)\s+"
    r"(?P<org>[A-ZÀ-Ž][\w'’&-]*(?:\s+(?:(?:of|for|and|&|de|the)\s+)?[A-ZÀ-Ž][\w'’&-]*)*)"
)

# "explained how Digital Cluster Slovenia runs …": the organisation whose work the speaker explained.
_HOW_ORG = re.compile(
    r"^\s*how\s+(?:the\s+)?(?P<org>[A-ZÀ-Ž][\w'’&-]*(?:\s+(?:(?:of|for|and|&|de)\s+)?[A-ZÀ-Ž][\w'’&-]*)*)"
)


@dataclass(slots=True)
class _Placeholder:
    text: str


PLACEHOLDER = _Placeholder("placeholder")


_ROLE_TOKEN_SPLIT = re.compile(r"[\s/&]+")
_DG = re.compile(r"^(?:DG|D\.G\.)\b")
_ORG_TOKEN_SPLIT = re.compile(r"[\s/]+")
_INITIALS = re.compile(r"[A-ZÀ-ÞĀ-Ž]\.(?:-?[A-ZÀ-ÞĀ-Ž]\.)?")  # "J." or "J.-P."
_EUROCLUSTER_WORD = re.compile(r"\beuro-?clusters?\b", re.IGNORECASE)
_DASH_AFTER_NAME = re.compile(r"\s*[–—-]\s")
_SEPARATOR_AFTER_NAME = re.compile(r"^\s*[,:–—|-]?\s*")
_PARENTHESISED = re.compile(r"\(([^)]*)\)\s*[,;–—-]?\s*(.*)$")
_TOKEN = re.compile(r"\S+")
_FROM_ORGANISATION = re.compile(
    r"^,?\s*(?:from|of|with|representing|von der|vom|von|z|du|de la|de l['’])\s*(?<=\s|['’])(?:the\s+)?(.+)$",
    re.IGNORECASE,
)


def _word(token: str) -> str:
    return token.strip(".,;:()[]\"'“”‘’").lower()


def _is_role_word(word: str) -> bool:
    """A job-title word, also as a part of a hyphenated one ("vice-chair", "co-founder", "secretary-general")."""
    if word in ROLE_WORDS or ("-" in word and any(part in ROLE_WORDS for part in word.split("-"))):
        return True
    return len(word) > COMPOUND_ROLE_LETTERS and word.endswith(COMPOUND_ROLE_ENDINGS)


COMPOUND_ROLE_LETTERS = 8  # "Managerin", "Clustermanager", "Projektleiter": a role word with a prefix or an ending


def is_role_like(text: str) -> bool:
    return any(_is_role_word(_word(t)) for t in _ROLE_TOKEN_SPLIT.split(text))


def starts_with_role(text: str) -> bool:
    tokens = text.split()
    if not tokens:
        return False
    first = _word(tokens[0])
    if first in ROLE_MODIFIERS and len(tokens) > 1:
        return is_role_like(text) or not is_org_like(text)
    return _is_role_word(first)


def is_org_like(text: str) -> bool:
    stripped = text.strip()
    if _DG.match(stripped):
        return True
    for token in _ORG_TOKEN_SPLIT.split(stripped):
        core = token.strip(".,;:()[]\"'“”‘’")
        word = _word(token)
        if word in ORG_WORDS or (len(word) > 9 and word.rstrip("s").endswith(COMPOUND_ORG_ENDINGS)):
            return True
        if not core.isupper():
            continue  # a cased letter in lower case, or none: no acronym (the cheap test first)
        letters = [c for c in core if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and core not in ROLE_ACRONYMS:
            return True
    return False


def clean_name(text: str) -> str:
    name = _HONORIFIC.sub("", text.strip())
    if name.endswith(_NAME_SUFFIX_ENDINGS):  # the literal test first: few names carry a degree
        name = _NAME_SUFFIX.sub("", name)
    return strip_trailing(name.strip("*_ "))


# Role words that also are surnames (Dean, Mayor, Coach…) do not end a job title here.
_TITLE_ENDINGS = ROLE_WORDS - frozenset(
    ["dean", "mayor", "coach", "fellow", "partner", "chief", "head", "member", "owner", "chair", "mentor", "president"]
)


def looks_like_name(text: str) -> bool:
    name = clean_name(text)
    if not name or len(name) > 60 or any(map(str.isdigit, name)) or "@" in name:
        return False
    if _EUROCLUSTER_WORD.search(name):
        return False  # "X-BUILD-EU Euroclusters": a consortium
    tokens = name.split()
    if not 2 <= len(tokens) <= 6 or _word(tokens[-1]) in _TITLE_ENDINGS or _word(tokens[0]) in _TITLE_ENDINGS:
        return False  # "Managing Director", "Chief Consultant", "Leiterin Digitalisierung": a job title
    capitals = 0
    for index, token in enumerate(tokens):
        bare = token.strip("'’\"“”()")
        if not bare:
            return False
        lower = bare.lower()
        if lower in NOT_NAME_WORDS or lower in ORG_WORDS or lower in CORPORATE_NOUNS:
            return False
        if len(lower) >= NOT_NAME_ENDING_LETTERS and lower.endswith(NOT_NAME_ENDINGS):
            return False  # "Förderung", "Zugehörige", "Readiness": a noun or an adjective
        if index and lower in PARTICLES:
            continue
        if "." in bare and _INITIALS.fullmatch(bare):
            capitals += 1
            continue
        if not bare[0].isupper() or not (bare.isalpha() or all(ch.isalpha() or ch in "-'’." for ch in bare)):
            return False
        capitals += 1
    return capitals >= 2


def _split_parts(text: str, by_dash: bool) -> list[str]:
    """Split an affiliation on commas (or spaced dashes), never inside parentheses."""
    if "|" in text:  # table cells: the bars alone separate the parts ("Team Leader – X | EISMEA, European Commission")
        raw = text.split("|")
    elif by_dash:
        raw = _SPLIT_DASH.split(text)
    else:
        raw = _split_outside_brackets(text, ",")
    return [part for part in map(strip_trailing, raw) if part]


def _split_outside_brackets(text: str, mark: str) -> list[str]:
    """The text split at `mark`, never inside parentheses or brackets."""
    if "(" not in text and "[" not in text:
        return text.split(mark)
    parts, depth, start = [], 0, 0
    for position, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == mark and depth == 0:
            parts.append(text[start:position])
            start = position + 1
    parts.append(text[start:])
    return parts


# The end of an enumeration inside a name after a comma: "Ministry of Economy, Trade and Industry", "Ministry of
# Education, Youth and Sports" ("Trade and Industry (METI)" continues the part before it).
_ENUMERATION_END = re.compile(
    r"^[A-ZÀ-Ž][\w’'-]*(?:\s+[A-ZÀ-Ž][\w’'-]*)?\s+(?:and|&|und|et|i|y|e)\s+[A-ZÀ-Ž][\w’'-]*"
    r"(?:\s+[A-ZÀ-Ž][\w’'-]*)?(?:\s*\([^)]*\))?$"
)
_OF_WORD = re.compile(r"\s(?:of|for|für|de|di|pour)\s+(?:the\s+)?[A-ZÀ-Ž][\w’'-]*$")


def _join_enumerations(parts: list[str]) -> list[str]:
    """Parts that a comma split inside a name: "Ministry of Industry" + "Energy and Tourism", "Ministerstwo Rozwoju" +
    "Pracy i Technologii" → one part."""
    joined: list[str] = []
    for part in parts:
        if (
            joined
            and _ENUMERATION_END.match(part)
            and (_OF_WORD.search(joined[-1]) or is_org_like(joined[-1]))
            and not _is_role_word(_word(joined[-1].split()[-1]))  # "Cluster Policy Expert", then an organisation
        ):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


def _is_country(text: str) -> bool:
    return text.lower().strip() in COUNTRIES


def _peel_euroclusters(parts: list[str], index: EuroclusterIndex) -> list[str]:
    """A Eurocluster written after a comma inside one part (a table cell "Tartu Wood Cluster, INGENIOUS Eurocluster")
    becomes a part of its own."""
    peeled: list[str] = []
    for part in parts:
        head, comma, tail = part.rpartition(",")
        if comma and head.strip() and _EUROCLUSTER_WORD.search(tail) and index.canonical(tail.strip()):
            peeled.extend([strip_trailing(head), tail.strip()])
        else:
            peeled.append(part)
    return peeled


def split_affiliation(
    text: str, index: EuroclusterIndex, by_dash: bool = False
) -> tuple[str | None, str | None, str | None]:
    """ "Role, Organisation, Parent" (in the forms speaker lines use) → (role, organisation, eurocluster). Two
    affiliations joined by ";" ("CEO, Cluster A; Board Member, Cluster B") give their roles and organisations joined
    by "; "; a part after ";" that is a Eurocluster ("…, Cluster A; INGENIOUS Eurocluster") is the Eurocluster."""
    roles: list[str] = []
    organisations: list[str] = []
    eurocluster = None
    for affiliation in _semicolon_parts(text):
        role, organisation, named = _one_affiliation(affiliation, index, by_dash)
        roles += [role] if role else []
        organisations += [organisation] if organisation else []
        eurocluster = eurocluster or named
    return "; ".join(roles) or None, "; ".join(organisations) or None, eurocluster


def _semicolon_parts(text: str) -> list[str]:
    """The affiliations of a text: split at "; " outside parentheses, and at "and" between two "Role at Org" ("CEO at
    Cluster A and Board Member at Cluster B")."""
    parts = [part for part in _split_outside_brackets(text, ";") if part.strip()] if "; " in text else [text]
    joined: list[str] = []
    for part in parts:
        joined += _two_affiliations(part) if " and " in part or " und " in part else [part]
    return joined


_AND = re.compile(r",?\s+(?:and|und)\s+")
ROLE_WORDS_AT_MOST = 4


def _two_affiliations(part: str) -> list[str]:
    """ "CEO at Smith and Partners and Chair at Cluster Nord" → the two "Role at Org" it joins, where the second
    starts with a role of a few words ("Chair"; not "Partners and Chair")."""
    for joint in _AND.finditer(part):
        left, right = part[: joint.start()], part[joint.end() :]
        halves = _AT.split(right, maxsplit=1)
        if len(halves) != 2 or not _AT.search(left):
            continue
        role = halves[0].split()
        short_role = len(role) <= ROLE_WORDS_AT_MOST and _word(role[0]) not in CORPORATE_NOUNS
        if short_role and is_role_like(halves[0]) and not is_org_like(halves[0]):
            return [left, right]
    return [part]


def _without_dropped_parentheses(part: str) -> str:
    """ "Cluster X (Cluster Manager of the Year 2023)", "Cluster X (Poland)" → "Cluster X": an award or a country in
    parentheses goes, the organisation before it stays."""
    if "(" not in part:
        return part
    return strip_trailing(_PARENTHESES.sub(_kept_parenthesis, part))


def _kept_parenthesis(inner: re.Match[str]) -> str:
    return "" if _DROP_PART.search(inner.group(1)) or _is_country(inner.group(1)) else inner.group(0)


_PARENTHESES = re.compile(r"\s*\(([^()]*)\)")
_MEMBER_OF = re.compile(r"an?\s+(?:(?:founding|full|associated?|new)\s+)?(?:member|partner)\s+(?:of|in)\s")


def _one_affiliation(text: str, index: EuroclusterIndex, by_dash: bool) -> tuple[str | None, str | None, str | None]:
    parts = _join_enumerations(_split_parts(text, by_dash))
    eurocluster = None
    kept: list[str] = []
    for part in _peel_euroclusters(parts, index):
        part = _without_dropped_parentheses(part)
        trimmed = _PROJECT_SUFFIX.sub("", part)
        acronym = index.canonical(part) or (index.canonical(trimmed) if trimmed != part else None)
        if acronym is None and _EUROCLUSTER_WORD.search(part):
            part, acronym = _without_eurocluster(part, index)
            eurocluster = eurocluster or acronym
        elif acronym is not None:
            eurocluster = eurocluster or acronym
            continue
        if not part or _DROP_PART.search(part):
            continue  # award suffixes, "Download presentation", "(PDF)"
        kept.append(part)
    while len(kept) > 1 and _is_country(kept[-1]):
        kept.pop()
    if len(kept) > 1 and kept[-1].startswith(("a ", "an ")) and _MEMBER_OF.match(kept[-1]):
        kept.pop()  # "CEO of Cluster X, a member of NCA": what the organisation belongs to, not the speaker's own
    if len(kept) == 1 and not by_dash:
        kept = _role_dash_organisation(kept[0])
    role, organisation = _roles_and_organisations(kept)
    if eurocluster is None and role and " project " in role:  # the literal gate first
        eurocluster = _project_role_eurocluster(role, index)
    if eurocluster is None and role and role.split(" ", 1)[0].isupper():  # "JEWEL Project Coordinator": its job
        named = index.find(role)
        if named and named[0].start == 0 and is_role_like(role[named[0].end :]):
            eurocluster = named[0].acronym
    return role, organisation, eurocluster


def _project_role_eurocluster(role: str, index: EuroclusterIndex) -> str | None:
    """A role that names the speaker's Eurocluster as its project ("DREAM project coordinator", "IKAT project
    manager"): the role stays as written, the Eurocluster is the one it names."""
    for match in index.find(role):
        if role.startswith(" project ", match.end) and is_role_like(role[match.end + 9 :]):
            return match.acronym
    return None


# The words that attach a Eurocluster to the organisation written with it: "Org / X Eurocluster", "Org – Eurocluster
# X", "Org, member of the X Eurocluster".
_BEFORE_EUROCLUSTER = re.compile(
    r"(?:(?:,\s*|\s+and\s+)?(?:member|part|partner)\s+of\s+(?:the\s+)?)?(?:euro-?clusters?\s+)?$", re.IGNORECASE
)
_AFTER_EUROCLUSTER = re.compile(r"[\s-]*(?:euro-?clusters?\b)?", re.IGNORECASE)
_JOINING_MARKS = " ,;/|–—-"
_JOINING_WORDS = re.compile(r"\s+(?:of|at|in|for|from|des|der|du|de)(?:\s+(?:the|la|le))?\s*$", re.IGNORECASE)


def _without_eurocluster(part: str, index: EuroclusterIndex) -> tuple[str, str | None]:
    """A part that names a Eurocluster with the word ("E-BOOST Eurocluster / Brainport Development", "Venetian
    Cluster – Eurocluster Rural Tourism"): what is left of it without the Eurocluster, and the Eurocluster."""
    found = index.find(part)
    if not found:
        return part, None
    match = found[0]
    before = _BEFORE_EUROCLUSTER.search(part, 0, match.start)
    after = _AFTER_EUROCLUSTER.match(part, match.end)
    start = before.start() if before else match.start
    end = after.end() if after else match.end
    opening, closing = part[:start].rstrip(), part[end:].lstrip()
    if opening.endswith("(") and closing.startswith(")"):  # "Cluster X (INGENIOUS Eurocluster)"
        start, end = len(opening) - 1, len(part) - len(closing) + 1
    pieces = [_JOINING_WORDS.sub("", part[:start]).strip(_JOINING_MARKS), part[end:].strip(_JOINING_MARKS)]
    role_of_it = _AND_ROLE_AT_END.search(pieces[0]) if " and " in pieces[0] else None
    if role_of_it and is_role_like(role_of_it.group(1)):  # "Org and coordinator of the X Eurocluster": that role goes
        pieces[0] = pieces[0][: role_of_it.start()]
    return ", ".join(piece for piece in pieces if piece), match.acronym


_AND_ROLE_AT_END = re.compile(r"\s+and\s+((?:[\w-]+\s+){0,2}[\w-]+)$")


def _role_dash_organisation(part: str) -> list[str]:
    """ "CEO – Nordic Cluster" after a comma: a role, a dash, an organisation; not a role whose field follows a dash
    ("Team Leader – Cluster Policy")."""
    halves = _SPLIT_DASH.split(part, maxsplit=1)
    if len(halves) != 2 or not halves[1].split():
        return [part]
    role, organisation = halves
    if _OF.search(role) or _AT.search(role) or _AT.search(organisation) or not organisation[0].isupper():
        return [part]  # "President of X – the Y Association": the dash explains the organisation
    if not starts_with_role(role) or is_role_like(organisation) or not _names_organisation(organisation):
        return [part]
    return [part] if _word(organisation.split()[-1]) in FIELD_WORDS else [role, organisation]


# A role in lower case, then the organisation's proper name in the genitive (Polish, Czech: "prezes Pomorskiego
# Klastra Morskiego", "ředitel Moravskoslezského inovačního centra").
_LOWER_ROLE_THEN_NAME = re.compile(
    r"^([a-ząćęłńóśźżčďěňřšťůž][\w-]*(?:\s+[a-ząćęłńóśźżčďěňřšťůž][\w-]*){0,2})\s+([A-ZÀ-Ž]\S*\s+\S.*)$"
)


_LOWER_ROLE_THEN_CODE = re.compile(
    r"^([a-ząćęłńóśźżčďěňřšťůž][\w-]*(?:\s+[a-ząćęłńóśźżčďěňřšťůž][\w-]*){0,2})\s+([A-ZÀ-Ž][\w-]+)$"
)


def _job_then_code(coded: re.Match[str]) -> bool:
    """A lower-case job, then one word that is an organisation's code or brand ("NCA", "CzechInvest")."""
    code = coded.group(2)
    return is_role_like(coded.group(1)) and (is_org_like(code) or _CAMEL_CASE.search(code) is not None)


_OF_AT_END = re.compile(r"\s+(?:of|der|des|von|vom|van|de|du|di|del)$")


def _roles_and_organisations(parts: list[str]) -> tuple[str | None, str | None]:
    if not parts:
        return None, None
    with_at = [p for p in parts if _AT.search(p)]
    if len(with_at) >= 2 and all(_AT.search(p) for p in parts):
        pairs = [_AT.split(p, maxsplit=1) for p in parts]
        return "; ".join(strip_trailing(p[0]) for p in pairs), "; ".join(strip_trailing(p[1]) for p in pairs)
    first = parts[0]
    at_split = _AT.split(first, maxsplit=1)
    if (
        len(at_split) == 2
        and at_split[0].strip()
        and at_split[1].strip()
        and (
            starts_with_role(at_split[0])
            or is_role_like(at_split[0])
            or (len(parts) == 1 and not is_org_like(at_split[0]))  # "Uniwersytet Ekonomiczny w Katowicach": a place
        )
    ):
        organisation = ", ".join([strip_trailing(at_split[1]), *parts[1:]])
        return strip_trailing(at_split[0]), organisation
    role_of = split_role_of(first, parent_follows=len(parts) > 1)
    if role_of is not None:
        return role_of[0], ", ".join([role_of[1], *parts[1:]])
    if len(parts) == 1 and _word(first.split()[0]) in MEMBERSHIP and first[:1].islower():
        return first, None  # "członek Zarządu Województwa Śląskiego": one title, as "Member of the European Parliament"
    if len(parts) == 1 and (coded := _LOWER_ROLE_THEN_CODE.match(first)) and _job_then_code(coded):
        return coded.group(1), coded.group(2)  # "projektová manažerka NCA": the job, then the organisation's code
    if len(parts) == 1 and (genitive := _LOWER_ROLE_THEN_NAME.match(first)) and _is_role_word(_word(first.split()[0])):
        role = _OF_AT_END.sub("", genitive.group(1))  # "directrice de Techtera Innovation": "de" joins them
        return role, genitive.group(2)  # "prezes Pomorskiego Klastra Morskiego": the role in lower case
    if len(parts) == 1:
        ends_with_role = _is_role_word(_word(first.split()[-1]))  # "Cluster Manager", "Cluster Expert"
        if starts_with_role(first) or ends_with_role or (is_role_like(first) and not is_org_like(first)):
            return first, None
        return None, first
    if is_org_like(first) and not is_role_like(first):
        return None, ", ".join(parts)
    role_parts = [first]
    position = 1
    while position < len(parts) - 1 and not is_org_like(parts[position]) and not _unit_of_next(parts, position):
        role_parts.append(parts[position])
        position += 1
    return ", ".join(role_parts), ", ".join(parts[position:])


def _unit_of_next(parts: list[str], position: int) -> bool:
    """A part between the job and the organisation that is the proper name of a unit of it, not more of the job:
    "Policy Officer, Defence Industry and Space, European Commission" (not "Team Leader, Cluster Policy, EISMEA")."""
    part = parts[position]
    return (
        position == len(parts) - 2  # right before the parent: "…, Agri-food Ecosystem, DG GROW, …" is the job's
        and is_org_like(parts[-1])
        and not is_role_like(part)
        and _proper_name(part, part)
        and not any(_word(token) in FIELD_WORDS for token in part.split())
    )


def _is_strong_org(text: str) -> bool:
    """An organisation by its code: "DG AGRI", "EISMEA", "JRC"."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    letters = [c for c in first if c.isalpha()]
    return bool(_DG.match(text)) or (len(letters) >= 2 and first.isupper() and first not in ROLE_ACRONYMS)


def _names_organisation(text: str) -> bool:
    """Organisation words, also in the plural of a proper name ("Clusters of Sweden")."""
    return is_org_like(text) or any(
        token[:1].isupper() and _word(token).endswith("s") and _word(token)[:-1] in ORG_WORDS for token in text.split()
    )


# Roles whose "of" names a field of study, not an organisation ("Professor of Industrial Design").
_ACADEMIC_ROLES = frozenset(["professor", "lecturer", "researcher", "fellow", "student", "doctor", "chair"])
# Small words a proper name of an organisation may hold in any language ("Distretto Turistico dei Laghi").
_NAME_CONNECTORS = PARTICLES | frozenset(
    ["dei", "degli", "delle", "dello", "des", "and", "for", "of", "the", "und", "für", "et", "pour", "i", "e", "&"]
)
PROPER_NAME_WORDS = 2  # "Distretto Turistico", "Ruta Vino": a proper name of one word is too often a field


def _proper_name(text: str, role: str) -> bool:
    """Whether the text after "Role of" is the proper name of an organisation: every word capitalised but the small
    connecting ones, none of them a field of work or an abstract noun ("Director of Distretto Turistico dei Laghi";
    not "Director of Strategic Partnerships", not "Professor of Industrial Design")."""
    if _word(role.split()[-1]) in _ACADEMIC_ROLES:
        return False
    capitalised = 0
    for token in text.split():
        word = _word(token)
        if word in _NAME_CONNECTORS:
            continue
        if not token[:1].isupper() or word.rstrip("s") in FIELD_WORDS or word in FIELD_WORDS:
            return False
        if len(word) >= NOT_NAME_ENDING_LETTERS and word.rstrip("s").endswith(NOT_NAME_ENDINGS):
            return False
        capitalised += 1
    return capitalised >= PROPER_NAME_WORDS


# A brand written in camel case ("BioWin", "PowerUp"): one such word is a proper name, never a field of work.
_CAMEL_CASE = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_NAME_INNER_OF = frozenset(["del", "van"])  # "Ruta del Vino", "Bank van Nederland": inside a proper name too


def _of_matches(text: str) -> Iterator[re.Match[str]]:
    """The "of" words of a text; not "del" or "van" after a capitalised word that is no job title ("Ruta del Vino
    Rioja Alavesa"), where they are inside a proper name ("directora de proyectos del Cluster X" splits)."""
    for match in _OF.finditer(text):
        word = match.group(0).split()[0].lower()
        if word in _NAME_INNER_OF:
            before = text[: match.start()].split()
            if before and before[-1][:1].isupper() and not _is_role_word(_word(before[-1])):
                continue
        yield match


def split_role_of(text: str, parent_follows: bool) -> tuple[str, str] | None:
    """ "Deputy Mayor of the City of Tartu" → ("Deputy Mayor", "City of Tartu"); None when the
    text is all role. When a parent organisation follows in the line ("…, European Commission"), only an
    organisation code starts the organisation here ("Head of Sector of DG RTD")."""
    first_of = next(_of_matches(text), None)
    if first_of is None or not (starts_with_role(text) or is_role_like(text[: first_of.start()])):
        return None
    for match in _of_matches(text):
        role, rest = text[: match.start()].strip(), strip_trailing(text[match.end() :])
        words = rest.split()
        if not role or not words or (not is_role_like(role) and not starts_with_role(role)):
            continue
        further = next(_of_matches(rest), None)
        if _word(role.split()[-1]) in MEMBERSHIP:
            if further and _word(rest[: further.start()].split()[-1]) == "board":
                continue  # "Member of the (Management) Board of X": the board belongs to the role
            return None  # "Member of the European Parliament" is one title
        if further and (_word(words[0]) in UNIT_WORDS or not _names_organisation(rest[: further.start()])):
            continue  # "the Board of the National…", "Economy of the Region of Murcia": part of the role
        if parent_follows:
            organisation = _is_strong_org(rest)
        else:
            organisation = rest[0].isupper() and (
                (_names_organisation(rest) and _word(words[-1]) not in FIELD_WORDS)
                or _proper_name(rest, role)
                or (len(words) == 1 and _CAMEL_CASE.search(rest) is not None)  # "CEO of BioWin"
                or (len(words) == 1 and _one_word_organisation(rest, role))  # "Cluster Manager of Produtech"
            )
        if organisation:
            return strip_trailing(role), rest
        if _word(words[0]) not in UNIT_WORDS:
            return None  # "Professor of Industrial Design": a field, and whatever follows belongs to it
    return None


# Job titles that lead an organisation, never a field of work: after them "of" and one capitalised word name it.
_LEADING_ROLES = frozenset(
    ["manager", "director", "president", "chairman", "chairwoman", "chairperson", "ceo", "founder"]
)


def _one_word_organisation(word: str, role: str) -> bool:
    """ "Cluster Manager of Produtech", "President of Aerospace": one capitalised word after a job that leads an
    organisation names it, unless it is a field or an abstract noun ("Manager of Operations")."""
    lowered = _word(word)
    return (
        _word(role.split()[-1]) in _LEADING_ROLES
        and word[:1].isupper()
        and word.isalpha()
        and lowered not in FIELD_WORDS
        and lowered not in UNIT_WORDS
        and not (len(lowered) >= NOT_NAME_ENDING_LETTERS and lowered.endswith(NOT_NAME_ENDINGS))
    )


_MARK = "\u2063"  # document.py puts it where a bold name that starts a line ends


def parse_speaker_line(
    text: str, index: EuroclusterIndex, lead_bold: str | None = None
) -> Speaker | _Placeholder | None:
    """One speaker line in any of the usual formats, a placeholder ("More TBC"), or None when it is no speaker."""
    line = _BULLET.sub("", text, count=1).strip()
    line = strip_trailing(_ASIDE.sub(" ", line) if "(" in line or "[" in line else line)  # asides are in brackets
    if not line:
        return None
    if _PLACEHOLDER.match(line.replace(_MARK, "")) or _UNNAMED.match(line.lstrip(_MARK + " ")):
        return PLACEHOLDER  # "More TBC", "A representative of DG GROW (tbc)"
    line = _LEAD_LABEL.sub("", line).lstrip(_MARK + " ")
    if "," in line and any(degree in line for degree in _POST_NOMINAL_WORDS):  # the literal test first
        line = _POST_NOMINAL.sub("", line, count=1)
    plain = line.replace(_MARK, "")
    bold_text = _BULLET.sub("", lead_bold).replace(_MARK, "").strip() if lead_bold else ""
    bold = clean_name(bold_text) if bold_text else None
    if bold and plain.startswith(bold_text) and looks_like_name(bold):
        name = bold
        rest = plain[len(bold_text) :]
        by_dash = bool(_DASH_AFTER_NAME.match(rest))
        rest = _SEPARATOR_AFTER_NAME.sub("", rest)
        if rest.startswith("("):
            rest = _unparenthesised(rest)
    else:
        separator = _NAME_SEPARATOR.search(plain)
        head = plain[: separator.start()] if separator else plain
        rest = plain[separator.end() :] if separator else ""
        if separator and separator.group(0).strip().startswith("("):
            rest = _unparenthesised("(" + rest)
        by_dash = bool(separator and separator.group(0).strip() in ("–", "—", "-", "|"))
        if not looks_like_name(head):
            # "Name from Organisation", "Name of Organisation": the organisation joined by a word
            named = _name_at_start(head)
            joined = _FROM_ORGANISATION.match(named[1]) if named else None
            if named is None or joined is None:
                return _organisation_first(plain, index)
            head, rest = named[0], ", ".join(part for part in (joined.group(1), rest) if part)
        name = clean_name(head)
    # "Name – Role – Organisation": dashes all along; "Name – Role, Organisation": commas after the first dash
    by_dash = by_dash and ("|" in rest or bool(_SPLIT_DASH.search(rest)))
    if len(rest) > 300:
        return None
    if _PLACEHOLDER.match(name):
        return PLACEHOLDER
    role, organisation, eurocluster = split_affiliation(rest, index, by_dash) if rest.strip() else (None, None, None)
    return Speaker(name=name, role=role, organisation=organisation, eurocluster=eurocluster)


# Where the organisation a line puts first ends: "Cluster Sweden – Anna Berg", "EISMEA: Eva Lind", "X | Name".
_AFTER_ORGANISATION = re.compile(r"\s+[–—-]\s+|:\s+|\s*\|\s*")


def _organisation_first(line: str, index: EuroclusterIndex) -> Speaker | None:
    """A line that puts the organisation before the name ("Cluster Sweden – Anna Berg, CEO", "DG GROW, European
    Commission: Eva Lind"); None unless the first part names an organisation and a name follows it."""
    split = _AFTER_ORGANISATION.search(line)
    if split is not None:
        organisation, rest = line[: split.start()], line[split.end() :]
    else:
        organisation, _, rest = line.partition(",")
    organisation = strip_trailing(organisation)
    eurocluster = index.canonical(organisation)
    if not organisation or not (eurocluster or _names_organisation(organisation)):
        return None
    separator = _NAME_SEPARATOR.search(rest)
    name = strip_trailing(rest[: separator.start()] if separator else rest)
    if not looks_like_name(name):
        return None
    details = rest[separator.end() :] if separator else ""
    role, other, named = split_affiliation(details, index) if details.strip() else (None, None, None)
    organisations = [part for part in (None if eurocluster else organisation, other) if part]
    return Speaker(clean_name(name), role, ", ".join(organisations) or None, eurocluster or named)


def _unparenthesised(rest: str) -> str:
    """ "(Organisation), more" → "Organisation, more"."""
    inner = _PARENTHESISED.match(rest)
    return f"{inner.group(1)}, {inner.group(2)}" if inner else rest.strip("()")


def _bold_only(line: Line) -> bool:
    """A short line that is all bold: a heading in all but its tag ("<p><strong>Speakers</strong></p>")."""
    return bool(line.lead_bold) and len(line.text) < 100 and line.text.replace(_MARK, "").strip() == line.lead_bold


def _heading_level(line: Line) -> int:
    """h1..h6 → 1..6, a bold-only line → 7, anything else → 0."""
    return line.heading or (7 if _bold_only(line) else 0)


def _is_intro(line: Line) -> bool:
    text = line.text
    if len(text) > 262:
        return False
    if _MARK in text:
        text = text.replace(_MARK, "")
    text = text.rstrip()
    if not (text.endswith((":", "：")) or (len(text) < 60 and line.heading != 1 and _heading_level(line))):
        # a line of a few words may be a heading in all but its markup: "Speakers", "Our speakers", "Referenten"
        return len(text.split()) <= INTRO_WORDS and bool(_LIST_NOUN_ENDING.search(text.lower()))
    return bool(_INTRO_CUE.search(text.lower()))


INTRO_WORDS = 3
_LIST_NOUN_ENDING = re.compile(rf"(?:^|\s){alternation(SPEAKER_LIST_NOUNS)}$")


def _row_text(lines: list[Line], position: int) -> tuple[str, int, bool]:
    """The cells of the table row a line starts, joined by " | " ("Name | Position | Organisation"), the number of
    lines the row spans, and whether it is a header row."""
    first = lines[position]
    row = first.block.getparent() if first.block is not None else None
    end = position + 1
    while end < len(lines) and lines[end].tag in _CELL_TAGS and lines[end].block.getparent() is row:
        end += 1
    cells = lines[position:end]
    if end - position > 1 and all(cell.block is first.block for cell in cells):
        return first.text, 1, False  # the lines of one cell (a layout cell, "<br>" lines): each a line of its own
    return " | ".join(cell.text for cell in cells), end - position, _header_cells(cells)


def _header_cells(cells: list[Line]) -> bool:
    """Whether the cells of a row head their table: <th> cells, or a first row of cells that are all bold (Word and
    rich-text editors write the header as "<td><p><b>Speaker</b></p></td>")."""
    if all(cell.tag == "th" for cell in cells):
        return True
    if len(cells) < 2 or not all(cell.tag == "td" and _bold_only(cell) for cell in cells):
        return False
    if any(looks_like_name(cell.text.replace(_MARK, "")) for cell in cells):
        return False  # a first speaker in bold ("<td><b>Anna Berg</b></td><td><b>CEO</b></td>"), no labels
    row = cells[0].block.getparent() if cells[0].block is not None else None
    return row is not None and next(row.itersiblings("tr", preceding=True), None) is None


def _is_header_cell(lines: list[Line], position: int) -> bool:
    """Whether a line is a cell of a header row (see `_header_cells`)."""
    line = lines[position]
    if line.tag == "th":
        return True
    return line.tag == "td" and _bold_only(line) and _row_text(lines, position)[2]


_CELL_TAGS = frozenset(["td", "th"])
_ROLE_HEADER = words_regex(ROLE_HEADERS)  # for lower-cased text
_ORGANISATION_HEADER = words_regex(ORGANISATION_HEADERS)


def _cells(row: HtmlElement | None) -> list[HtmlElement]:
    return [cell for cell in row if cell.tag in _CELL_TAGS] if row is not None else []


def _column_kinds(header: Line) -> list[str] | None:
    """What each column of a table holds, by its header cell: "name", "role", "organisation" or "other" (a time, a
    session, a topic); None unless a column holds the names ("Time | Session | Speakers", "Prelegent | Instytucja |
    Temat")."""
    row = header.block.getparent() if header.block is not None else None
    kinds = []
    for cell in _cells(row):
        label = text_content(cell).strip().lower()
        if _INTRO_CUE.search(label) or _NAME_HEADER.match(label):
            kinds.append("name")
        elif _ORGANISATION_HEADER.search(label):
            kinds.append("organisation")
        elif _ROLE_HEADER.search(label):
            kinds.append("role")
        else:
            kinds.append("title" if label == "title" else "other")
    # "Speaker | Title | Organisation": a title between the name and the organisation is the job title (a bare
    # "Title" elsewhere is the talk's)
    for position, kind in enumerate(kinds):
        if kind == "title":
            between = 0 < position < len(kinds) - 1 and kinds[position - 1] == "name"
            kinds[position] = "role" if between and kinds[position + 1] == "organisation" else "other"
    return kinds if "name" in kinds else None


def _row_speakers(row_lines: list[Line], columns: list[str], index: EuroclusterIndex) -> list[Speaker]:
    """The speakers of one table row: each line of its name cell ("Anna Berg, CEO, X<br>Jan Novák, Y"), with the
    role and organisation of their columns; the other columns (time, session, topic) say nothing about them."""
    texts: dict[str, list[str]] = {"name": [], "role": [], "organisation": []}
    first = row_lines[0].block
    cells = _cells(first.getparent() if first is not None else None)
    for line in row_lines:
        column = cells.index(line.block) if line.block in cells else -1
        kind = columns[column] if 0 <= column < len(columns) else "other"
        if kind in texts:
            texts[kind].append(strip_trailing(line.text))
    found: list[Speaker] = []
    for text in (person for cell_line in texts["name"] for person in _split_people(cell_line)):
        parsed = parse_speaker_line(text, index)
        if not isinstance(parsed, Speaker):
            last = found[-1] if found else None
            if parsed is None and last and not (last.role or last.organisation) and _is_detail_text(text):
                # "Name<br>role, organisation" in the name cell: the line under the name describes it
                last.role, last.organisation, eurocluster = split_affiliation(text, index)
                last.eurocluster = last.eurocluster or eurocluster
            continue
        if texts["role"]:
            parsed.role = ", ".join(texts["role"])
        if texts["organisation"]:
            _, parsed.organisation, eurocluster = split_affiliation(", ".join(texts["organisation"]), index)
            parsed.eurocluster = parsed.eurocluster or eurocluster
        found.append(parsed)
    return found


def _split_people(text: str) -> list[str]:
    """The people of a line or cell that names them one after the other at ";" ("Name, Role, Org; Name, Role, Org;
    moderated by Name, Org"), one text each; what follows a ";" and names no person (a second affiliation: "CEO,
    Cluster A; Board Member, Cluster B"; a Eurocluster) stays with the person before it."""
    if "; " not in text:
        return [text]
    parts = _split_outside_brackets(text, ";")
    people = [parts[0]]
    for part in parts[1:]:
        stripped = part.strip()
        if _LEAD_LABEL.match(stripped) or _starts_with_person(stripped):
            people.append(stripped)
        else:
            people[-1] += ";" + part
    return people


def _starts_with_person(text: str) -> bool:
    separator = _NAME_SEPARATOR.search(text)
    head = text[: separator.start()] if separator else text
    return looks_like_name(head) and not starts_with_role(head) and not is_role_like(head)


def _is_affiliation(line: Line) -> bool:
    """A line that can only be the role or organisation of the name above it (speaker cards, <dl> lists)."""
    text = line.text
    if len(text) > 160 or (text.endswith(".") and len(text.split()) > AFFILIATION_WORDS):
        return False  # a sentence
    return starts_with_role(text) or is_role_like(text) or is_org_like(text)


AFFILIATION_WORDS = 10


def _is_detail(line: Line) -> bool:
    """A short line that is no sentence: under a name marked up as a card's, a role or an organisation."""
    return _is_detail_text(line.text)


def _is_detail_text(text: str) -> bool:
    words = text.split()
    return len(text) <= 160 and len(words) <= AFFILIATION_WORDS and not _ends_like_a_sentence(words)


ABBREVIATION_LETTERS = 3  # "Inc.", "Ltd.", "Co.": a full stop after this few letters ends no sentence


def _ends_like_a_sentence(words: list[str]) -> bool:
    """Whether the last word ends a sentence: a full stop after a word, not after an abbreviation ("e.V.", "S.A.",
    "Ltd."), or a colon, exclamation or question mark."""
    last = words[-1] if words else ""
    if last.endswith((":", "!", "?")):
        return True
    core = last[:-1]
    return last.endswith(".") and "." not in core and len(core) > ABBREVIATION_LETTERS


def _with_card_details(
    speaker: Speaker, name_line: Line, lines: list[Line], position: int, index: EuroclusterIndex
) -> int:
    """A name alone on its line (a card heading, a <dt>, a bold line) takes the role and organisation lines under it;
    returns how many lines it took. A line marked up like the name starts the next card; where names are marked up
    as headings, the lines between them are details whatever they look like ("Smart Industry Partners"). A role
    line whose part after a comma names no organisation ("Head of Sector, Social Economy"), over a line that does, is
    a role with a comma: the organisation is the line under it."""
    details: list[str] = []
    role_line: str | None = None  # a whole line taken as the role, the organisation on the lines under it
    marked = bool(_heading_level(name_line)) or name_line.tag == "dt"
    while position + len(details) < len(lines) and len(details) < 3:
        line = lines[position + len(details)]
        if _heading_level(line) or _is_intro(line) or (line.tag == name_line.tag and name_line.tag == "dt"):
            break  # the next card
        after_role = bool(details) and speaker.role is not None and _is_detail(line)
        if not (_is_affiliation(line) or (marked and _is_detail(line)) or after_role):
            break
        next_name = not marked and parse_speaker_line(line.text, index, line.lead_bold) is not None
        if next_name and not (after_role and _no_details_under(lines, position + len(details) + 1)):
            break  # the next speaker: a name with its details under it
        details.append(strip_trailing(line.text))
        if role_line is None:
            speaker.role, speaker.organisation, speaker.eurocluster = split_affiliation(", ".join(details), index)
        else:
            _, speaker.organisation, speaker.eurocluster = split_affiliation(", ".join(details[1:]), index)
        below = lines[position + len(details)] if position + len(details) < len(lines) else None
        if role_line is None and _role_over_organisation(speaker, details, below, index):
            role_line = speaker.role = details[0]
            speaker.organisation = speaker.eurocluster = None
            continue
        if speaker.organisation:
            if below is not None and speaker.eurocluster is None and not _heading_level(below):
                role, organisation, speaker.eurocluster = split_affiliation(below.text, index)
                if speaker.eurocluster and not role and not organisation:
                    details.append(below.text)  # "INGENIOUS Eurocluster" on a line of its own under the organisation
                else:
                    speaker.eurocluster = None
            break  # role and organisation, or the organisation alone: the card is complete
    return len(details)


def _role_over_organisation(speaker: Speaker, details: list[str], below: Line | None, index: EuroclusterIndex) -> bool:
    """Whether the one detail line read so far is all role ("Head of Sector, Social Economy": no organisation after
    its comma, no Eurocluster) and the line under it names the organisation, and is no role or name of its own."""
    if len(details) != 1 or speaker.eurocluster or not speaker.organisation or below is None:
        return False
    if not _is_detail(below):
        return False  # a sentence under the card ("The call closes … CET.") is no organisation
    one_part = "," not in details[0] and _SPLIT_DASH.search(details[0]) is None
    whole_role = (one_part and starts_with_role(details[0])) or _role_dash_unit(details[0])
    if _names_organisation(speaker.organisation) and not whole_role:
        return False  # "Head of AI Lab" over its institute: the lab is a unit of the organisation under it
    if not starts_with_role(details[0]) and speaker.role is not None:
        return False  # a line that is no role, and split: not all role (a lone line is, over an organisation)
    if _heading_level(below) or starts_with_role(below.text) or not _names_organisation(below.text):
        return False
    if split_affiliation(below.text, index)[2] is not None:
        return False  # a Eurocluster under the card's organisation
    return not isinstance(parse_speaker_line(below.text, index, below.lead_bold), Speaker)


def _role_dash_unit(text: str) -> bool:
    """A role, a dash and the unit it heads ("Director – Industrial Forum, Alliances, Clusters", "Head of Unit –
    Clusters, SMEs"): the unit's commas stay in the role."""
    head, dash, _ = text.partition(" – ") if " – " in text else text.partition(" - ")
    return bool(dash) and len(head.split()) <= ROLE_WORDS_AT_MOST and starts_with_role(head) and "," not in head


def _no_details_under(lines: list[Line], position: int) -> bool:
    """Whether the line at `position` is no role or organisation (a heading, a name, the end): the line above it, a
    name to look at ("Clust-ER Innovate" under a role), is then the last card's organisation, not the next card."""
    return position >= len(lines) or bool(_heading_level(lines[position])) or not _is_affiliation(lines[position])


def _card_name(parsed: Speaker | _Placeholder | None, deeper: bool, lines: list[Line], following: int) -> bool:
    """Whether a heading (or bold line) in a speaker list names a speaker: a name in a heading deeper than the
    intro's, or a name with its role or organisation on the line under it."""
    if not isinstance(parsed, Speaker):
        return False
    if deeper or parsed.role or parsed.organisation:
        return True
    return following < len(lines) and not _heading_level(lines[following]) and _is_affiliation(lines[following])


def _labelled_speakers(line: Line, index: EuroclusterIndex, lines: list[Line] | None = None) -> list[Speaker]:
    """Speakers outside any list: a line labelled with their part ("Keynote: Name, Role, Org", "Moderated by Name,
    Org", "Speakers: Name (Org); Name (Org)"), or a sentence that lists them ("Speakers include Name, Role of Org,
    and Name (Role, Org)."); a labelled part with a topic names the person after it ("Keynote – Topic: Name, Role,
    Org")."""
    if line.heading:
        return []
    timed = _AGENDA_TIME.match(line.text) if line.text[:1].isdigit() else None
    text = line.text[timed.end() :] if timed else line.text
    label = _LEAD_LABEL.match(text)
    if label:
        if line.lead_bold and not text[label.end() :].replace(_MARK, "").strip():
            return []  # "<strong>Panel:</strong>" alone: an intro
        stop = sentence_end(text, label.end())
        if stop < len(text) - 1:  # "Welcome by Name, Role, Org. Then Name … will present …": the label's sentence
            text = text[:stop]
        single = parse_speaker_line(text, index, line.lead_bold)
        topic_by = _TOPIC_BY.search(text, label.end()) if not isinstance(single, Speaker) else None
        if topic_by:  # "Keynote: EU4Health and clusters, by Dr. Name, Role, Org"
            single = parse_speaker_line(text[topic_by.end() :], index)
        elif not isinstance(single, Speaker):  # "Panel: <its title> – Moderation: Name, Role, Org"
            for dash in _SPLIT_DASH.finditer(text, label.end()):
                if _LEAD_LABEL.match(text[dash.end() :]):
                    single = parse_speaker_line(text[dash.end() :], index)
                    break
            else:  # "Keynote – Rural tourism after the pandemic: Name, Role, Org": the person after the topic
                if ": " in text[label.end() :] and (session := _session_speaker(text[label.end() :], index)):
                    single = session[0]
        listed = enumerated_speakers(text[label.end() :], index)
        return listed if len(listed) > 1 else [single] if isinstance(single, Speaker) else listed
    has_mark = ", " in text or "(" in text  # a person with a role or organisation
    if (
        has_mark
        and (": " in text or " – " in text or " - " in text or " — " in text)
        and (timed or line.list_item or (lines is not None and _in_programme_run(line, lines)))
    ):
        return _session_speaker(text, index)  # "10:00 Welcome – Name, Role, Org", "<li>Topic – Name, Role, Org"
    if timed and "," in text:
        return _session_speaker_unmarked(text, index)
    if len(line.text) > 600:
        return []
    text = line.text
    lowered = text.lower()
    if len(lowered) != len(text):
        return []  # the cue is found in the lower-cased line: its offsets must be the line's
    cue = None
    colon = text.find(": ")
    while cue is None and colon > 0:  # a cue word right before a colon: "Prelegenci: …", "Referent:innen: …"
        cue = _CUE_LABEL.search(lowered, max(0, colon - LABEL_CHARS), colon + 2)
        colon = text.find(": ", colon + 2)
    # the literal cue words first: much cheaper than the whole pattern on every line
    if cue is None:
        cue = _ENUMERATION_HINTS.search(lowered)
    found = enumerated_speakers(text[cue.end() : sentence_end(text, cue.end())], index) if cue else []
    if not found and cue is None and "ed by " in lowered:
        found = _moderated_by(text, lowered, index)
    return found or _moderator(text, lowered, index) or _after_part_verb(text, lowered, index)


def _after_part_verb(text: str, lowered: str, index: EuroclusterIndex) -> list[Speaker]:
    """The person a part verb puts after it, with the job before the name ("Modera la nostra presidente, Name.",
    "Diskusi doplní Name, projektová manažerka NCA.")."""
    verb = _PART_VERB_INSIDE.search(lowered)
    if verb is None:
        return []
    sentence = (
        text[: verb.start()]
        + lowered[verb.start() : verb.end()]
        + text[verb.end() : sentence_end(text, verb.end()) + 1]
    )
    return [speaker for _, speaker in _subjects_after_verb(sentence, index)]  # the verb as the verb list writes it


_MODERATED_IN_SENTENCE = Gated(
    re.compile(rf"\b{alternation(MODERATED_BY)}\s+(?:(?:by|von|par|da|por)\s+)?(?=\S)"),
    ["moder", "chaired", "facilitated", "anim", "poprowadzi"],
)
MODERATOR_WORDS = 8  # what follows the moderator's name is a short affiliation, not a clause


def _moderator(text: str, lowered: str, index: EuroclusterIndex) -> list[Speaker]:
    """The moderator a sentence names after the list ("The session will be moderated by Name, ECCP Team.", "Diskusi
    moderuje Name (ECCP)."): a name with at most a short affiliation up to the sentence's end, no clause."""
    moderated = _MODERATED_IN_SENTENCE.search(lowered)
    if moderated is None or sentence_end(text, 0) < moderated.start() or _VERB.search(text, 0, moderated.start()):
        return []  # a sentence of a report, or one that names speakers before: the report's prose reads it
    rest = text[moderated.end() : sentence_end(text, moderated.end())].replace(_MARK, "")
    if len(rest.split()) > MODERATOR_WORDS or _VERB.search(rest):
        return []
    parsed = parse_speaker_line(rest, index)
    return [parsed] if isinstance(parsed, Speaker) else []


# A verb that gives a person a part, before its subject, anywhere in a line: "Modera la nostra presidente, Name",
# "Diskusi doplní Name, projektová manažerka NCA" (the Czech "will join the discussion").
_PART_VERB_INSIDE = re.compile(rf"(?:^|\s){alternation(SPEAKER_PART_VERBS, {'cs': ('doplní',)})}\s+(?=\S)")


SESSION_TITLE_CHARS = 120
PROGRAMME_LINE_CHARS = 250


def _in_programme_run(line: Line, lines: list[Line]) -> bool:
    """Whether a line is one of a run of programme lines written as paragraphs: short, no heading, with a line next to
    it of the same tag that also has a spaced dash or a colon and a comma ("Topic – Name, Role, Org")."""
    if line.heading or len(line.text) > PROGRAMME_LINE_CHARS:
        return False
    for neighbour in (line.index - 1, line.index + 1):
        if not 0 <= neighbour < len(lines) or lines[neighbour].tag != line.tag:
            continue
        text = lines[neighbour].text
        if len(text) <= PROGRAMME_LINE_CHARS and ", " in text and _MARK_BEFORE_NAME.search(text):
            return True
    return False


_MARK_BEFORE_NAME = re.compile(r"(?: [–—-] |: )[A-ZÀ-Ž]")


def _session_speaker(text: str, index: EuroclusterIndex) -> list[Speaker]:
    """An agenda line's session title, a colon or a spaced dash, and its speaker ("11:30 – Lessons from Košice: Name,
    Role, Org", "10:00 Uhr – Die Calls von E-BOOST: Name, Rolle, Org", "Welcome and introduction – Name, Role, Org"):
    a name with its job title after the mark; after a dash, also a name with an organisation ("10:00 Welcome – Name,
    CIMES"). A Eurocluster the title names is the speaker's ("How the X Eurocluster supports SMEs: Name, …")."""
    plain = text.replace(_MARK, "")
    for mark in _SESSION_MARK.finditer(plain, 0, SESSION_TITLE_CHARS + 3):
        title, rest = plain[: mark.start()], plain[mark.end() :]
        if len(title) < CONTACT_LABEL_CHARS and _CONTACT_LABEL.search(title.lower()):
            return []  # "Kontakt: Name, Role": a contact, no speaker
        speaker = _session_person(rest, index, dashed=mark.group(0) != ": ")
        if speaker is not None:
            return [_with_title_eurocluster(speaker, title, index)]
    return []


_SESSION_MARK = re.compile(r": | [–—-] ")


def _session_person(rest: str, index: EuroclusterIndex, dashed: bool) -> Speaker | None:
    """The person after a session title's mark: a name with a job title, with an organisation in brackets, or (after
    a dash) with an organisation; None for a place ("Site visit: Trakia Economic Zone, Plovdiv")."""
    parsed = parse_speaker_line(rest, index)
    if not isinstance(parsed, Speaker):
        return None
    if parsed.role and (starts_with_role(parsed.role) or is_role_like(parsed.role)):
        return parsed  # a job title tells a person from a place
    bracketed = _NAME_IN_FRONT_OF_BRACKET.match(rest) is not None  # "Case study: Anna Berg (Nordic Wood Cluster)"
    if (bracketed or dashed) and parsed.organisation and _names_organisation(parsed.organisation):
        return parsed
    if parsed.role is None and parsed.organisation and _is_strong_org(parsed.organisation):
        return parsed  # "How to prepare a meeting request: Name, ECCP": an organisation by its code
    return None


def _with_title_eurocluster(speaker: Speaker, title: str, index: EuroclusterIndex) -> Speaker:
    if speaker.eurocluster is None and _EUROCLUSTER_WORD.search(title):  # the literal word first
        named = index.find(title)
        if len(named) == 1:
            speaker.eurocluster = named[0].acronym
    return speaker


def _session_speaker_unmarked(text: str, index: EuroclusterIndex) -> list[Speaker]:
    """An agenda row whose title and speaker fields run together ("Welcome Riikka Salonen, Policy Officer, DG AGRI"):
    the last words before the first comma that make a name, with a job title after them."""
    head, _, rest = text.replace(_MARK, "").partition(",")
    words = head.split()
    if len(words) < 3 or len(head) > SESSION_TITLE_CHARS:
        return []
    start = len(words) - 2
    while start > 1 and words[start - 1].lower() in PARTICLES:  # "Ruud van der Linden"
        start -= 1
    if words[start - 1].lower() in PARTICLES:
        return []
    parsed = parse_speaker_line(" ".join(words[start:]) + "," + rest, index)
    if not isinstance(parsed, Speaker) or not parsed.role or not starts_with_role(parsed.role):
        return []
    return [_with_title_eurocluster(parsed, " ".join(words[:start]), index)]


_NAME_IN_FRONT_OF_BRACKET = re.compile(r"^[^(,;:]{3,60}\(")


# The part a sentence gives a person after the list of speakers: "The session will be moderated by Name, Role, Org."
_MODERATED_BY = re.compile(r"\b(?:moderated|chaired|facilitated)\s+by\s+(?=\S)")  # for lower-cased text


def _moderated_by(text: str, lowered: str, index: EuroclusterIndex) -> list[Speaker]:
    """The people a sentence says moderate or chair the event ("The session will be moderated by Name, Role, Org."),
    read the way a report's "by" is read."""
    found: list[Speaker] = []
    for cue in _MODERATED_BY.finditer(lowered):
        if _VERB.search(text, 0, cue.start()):
            continue  # "X presented …, and the panel was moderated by Y": a report's sentence, read as prose
        sentence = text[cue.start() : sentence_end(text, cue.end()) + 1]
        for _, speaker in _joined_speakers(sentence, index):
            if speaker.organisation and _VERB.search(speaker.organisation):
                speaker.organisation = None  # "The panel, moderated by Name, presented …": a clause, no organisation
            if speaker.role and _VERB.search(speaker.role):
                speaker.role = None
            found.append(speaker)
    return found


# What introduces speakers inside a sentence: "Speakers include …", "The Talk will feature …".
_ENUMERATION_CUE = re.compile(  # for lower-cased text: without IGNORECASE the engine is twice as fast
    r"\b(?:speakers?|panel(?:l)?ists?|presenters|guests|experts)\s+(?:will\s+)?(?:include[sd]?|are|were|will be)\s+"
    r"|\bsprekers\s+(?:zijn|waren)\s+(?:onder\s+(?:andere|anderen)\s+|o\.a\.\s+)?"  # Dutch: "Sprekers zijn …"
    r"|\b(?:will feature|features|featured|featuring|will be joined by|brings? together|brought together|"
    r"bringing together)\s+"
    # "Panel discussion with …", "Podiumsdiskussion mit …", "dyskusja z udziałem …", "table ronde avec …"
    r"|\b(?:discussion|debate|conversation|chat|dialogue|interview|panel|round ?table|diskussion|podiumsdiskussion|"
    r"gespräch|dyskusja|debata|rozmowa|panel dyskusyjny|débat|table ronde)\s+(?:with|mit|z udziałem|avec)\s+"
)
LABEL_CHARS = 40  # how far before its colon a label's cue word may start
_CUE_LABEL = re.compile(rf"\b{alternation(SPEAKER_CUES)}\s*:\s+")  # for lower-cased text
# One of these is in every text _ENUMERATION_CUE matches: tested with `in`, many times faster than the pattern.
_ENUMERATION_HINTS = Gated(
    _ENUMERATION_CUE,
    [
        "speaker",
        "sprekers",
        "panel",
        "presenter",
        "guest",
        "expert",
        "featur",
        "joined by",
        "with",
        "mit",
        "udział",
        "avec",
        "together",
    ],
)
_ITEM_BREAK = re.compile(r"\s*;\s*|(?<=\))\s*,\s*|,?\s+(?:and|as well as|und|oraz|i|et)\s+|(?<=\))\s+en\s+")


def _inside_enumeration(item: str) -> bool:
    """Whether an item ends inside the enumeration of a name ("…, Ministry of Economy, Trade" before "and Industry"):
    single words after commas, back to a part that ends in "of/für <Word>"."""
    parts = [part.strip() for part in item.split(",")]
    if len(parts) < 3 or len(parts[-1].split()) != 1 or not parts[-1][:1].isupper():
        return False
    for part in reversed(parts[1:-1]):
        if _OF_WORD.search(part):
            return True
        if len(part.split()) != 1 or not part[:1].isupper():
            return False
    return False


def enumerated_speakers(text: str, index: EuroclusterIndex) -> list[Speaker]:
    """The speakers a run of text lists: items split at ";", after ")," and at "and" before a name
    ("Anna Berg, CEO of X, and Jan Novák (Director, Y)"; "Anna Berg, Jan Novák and Eva Lind")."""
    items: list[str] = []
    start = 0
    for brk in _ITEM_BREAK.finditer(text):
        joined_by_and = brk.group(0).strip(" ,") not in (";", "")
        if joined_by_and and _name_at_start(text[brk.end() :]) is None:
            continue  # "Head of Research and Innovation": the item goes on
        if joined_by_and and _inside_enumeration(text[start : brk.start()]):
            continue  # "Ministerium für Wirtschaft, Verkehr, Landwirtschaft und Weinbau Rheinland-Pfalz"
        items.append(text[start : brk.start()])
        start = brk.end()
    items.append(text[start:])
    speakers = []
    for item in items:
        parts = [part.strip() for part in item.split(",")]
        pieces = parts if len(parts) > 1 and all(looks_like_name(part) for part in parts) else [item]
        for piece in pieces:
            parsed = parse_speaker_line(piece, index)
            if isinstance(parsed, Speaker):
                speakers.append(parsed)
    return speakers


def _list_after(
    intro: Line,
    lines: list[Line],
    position: int,
    index: EuroclusterIndex,
    level: int | None = None,
    titled: bool = False,
) -> tuple[list[Speaker], int]:
    """The speakers listed after an intro line, and the position where the list ends. Names in headings deeper than
    `level` (by default the intro's) are cards; a heading as deep ends the list. `titled`: the intro gives the title
    of a part after its colon ("Panel: Data spaces in practice"), no names."""
    inline = intro.text.split(":", 1)[1] if ":" in intro.text[:-1] and not titled else ""
    speakers = enumerated_speakers(inline.replace(_MARK, ""), index) if len(inline) > 5 else []
    level = level if level is not None else _heading_level(intro) or 1
    misses = 0
    name_line: Line | None = None  # the line of the last speaker's name
    header = intro.tag in _CELL_TAGS and intro.index < len(lines) and lines[intro.index] is intro
    columns = _column_kinds(intro) if header and _is_header_cell(lines, intro.index) else None
    while position < len(lines) and position - intro.index < 60:
        candidate = lines[position]
        text, span, header_row = candidate.text, 1, False
        if candidate.tag in _CELL_TAGS:
            text, span, header_row = _row_text(lines, position)
        if header_row:
            columns = _column_kinds(candidate)
            position += span
            continue
        if columns and candidate.tag in _CELL_TAGS:  # a table whose columns say which cell holds what
            speakers.extend(_row_speakers(lines[position : position + span], columns, index))
            position += span
            continue
        candidate_level = _heading_level(candidate)
        if _is_intro(candidate):
            break
        if len(text) < PART_LABEL_CHARS and _PART_ONLY.match(text.replace(_MARK, "").strip()):
            position += span  # "<dt>Moderation</dt><dd>Name, Role, Org</dd>": the part of the person under it
            continue
        parsed = parse_speaker_line(text, index, candidate.lead_bold)
        if candidate_level and not _card_name(parsed, candidate_level > level, lines, position + 1):
            break  # a heading ends the list, unless it names the next speaker
        if parsed is None:
            if name_line is not None and _biography_before_next(lines, position, name_line, index):
                position += span
                continue
            misses += 1
            if misses > (1 if len(speakers) and text.startswith(("(", "[")) else 0):
                break
            position += span
            continue
        misses = 0
        position += span
        people = _split_people(text) if isinstance(parsed, Speaker) and "; " in text else []
        if len(people) > 1:  # "Name, Role, Org; Name, Role, Org; moderated by Name, Org": one line, several people
            found = [
                speaker for speaker in (parse_speaker_line(t, index) for t in people) if isinstance(speaker, Speaker)
            ]
            if len(found) == len(people):
                speakers.extend(found)
                continue
        if isinstance(parsed, Speaker):
            name_line = candidate
            if parsed.role is None and parsed.organisation is None and parsed.eurocluster is None:
                position += _with_card_details(parsed, candidate, lines, position, index)
            speakers.append(parsed)
    return speakers, position


PART_LABEL_CHARS = 40
_PART_ONLY = re.compile(rf"^{alternation(SPEAKER_PARTS)}\s*:?$", re.IGNORECASE)
BIOGRAPHY_WORDS = 8
BIOGRAPHY_LINES = 3  # a speaker's biography runs over at most this many paragraphs


def _biography_before_next(lines: list[Line], position: int, name_line: Line, index: EuroclusterIndex) -> bool:
    """Whether the prose at `position` is a speaker's biography: sentences up to the next line marked up like the
    last speaker's name (a heading of its rank, a bold line); after a name on a plain line, up to the next card of
    plain lines (a name alone, its role or organisation under it). A link label ("LinkedIn") goes too."""
    text = lines[position].text
    if len(text) <= LINK_LABEL_CHARS and _DROP_PART.search(text):
        return True
    marked = bool(name_line.heading or name_line.lead_bold)
    for offset, line in enumerate(lines[position : position + BIOGRAPHY_LINES + 1]):
        if marked and _marked_alike(line, name_line):
            return True
        if not marked and offset and _card_starts(lines, position + offset, index):
            return True
        if line.heading or len(line.text.split()) < BIOGRAPHY_WORDS or not line.text.rstrip().endswith((".", "!")):
            return False
    return False


LINK_LABEL_CHARS = 30


def _card_starts(lines: list[Line], position: int, index: EuroclusterIndex) -> bool:
    """A name alone on a plain line with its role or organisation on the line under it."""
    if position + 1 >= len(lines) or lines[position].heading:
        return False
    parsed = parse_speaker_line(lines[position].text, index, lines[position].lead_bold)
    bare_name = isinstance(parsed, Speaker) and not (parsed.role or parsed.organisation)
    return bare_name and _is_affiliation(lines[position + 1])


def _marked_alike(line: Line, name_line: Line) -> bool:
    return (
        line.tag == name_line.tag
        and _heading_level(line) == _heading_level(name_line)
        and bool(line.lead_bold) == bool(name_line.lead_bold)
    )


_NAME_HEADER = words_regex(NAME_HEADERS)
Listed = tuple[list[tuple[int, Speaker]], bool]  # speakers with their line numbers, whether an intro list was read


def _card_at(lines: list[Line], position: int, index: EuroclusterIndex) -> bool:
    """Whether a card starts at `position`: a name alone in a heading or bold line, then its role or organisation."""
    line = lines[position]
    if not _heading_level(line) or line.heading == 1 or position + 1 >= len(lines) or len(line.text) > CARD_NAME_CHARS:
        return False
    details = lines[position + 1]
    if _heading_level(details) or not looks_like_name(line.text.replace(_MARK, "")) or not _is_job(details.text):
        return False
    parsed = parse_speaker_line(line.text, index, line.lead_bold)
    return isinstance(parsed, Speaker) and not (parsed.role or parsed.organisation)


def _is_job(text: str) -> bool:
    """A role, or an organisation by its words (not by an acronym alone: "48 KB" is no organisation)."""
    if len(text) > 160 or text.endswith("."):
        return False
    return starts_with_role(text) or is_role_like(text) or any(_word(token) in ORG_WORDS for token in text.split())


CARD_GRID_GAP = 4  # lines from one card's name to the next one's, at most
CARD_NAME_CHARS = 60


def _is_card_grid(lines: list[Line], position: int, index: EuroclusterIndex) -> bool:
    """Two cards in a row, their names marked up alike: a grid of speaker cards, also without an intro."""
    if not _card_at(lines, position, index):
        return False
    tag = lines[position].tag
    for later in range(position + 2, min(position + CARD_GRID_GAP + 1, len(lines))):
        if lines[later].tag == tag:
            return _card_at(lines, later, index)
    return False


def _is_speaker_table_header(lines: list[Line], position: int) -> bool:
    """The header row of a speaker table: "Speaker | Position | Organisation", "Name | Funktion | Organisation"."""
    line = lines[position]
    if line.tag not in _CELL_TAGS or (
        position and lines[position - 1].tag in _CELL_TAGS and _same_row(lines[position - 1], line)
    ):
        return False
    if not _is_header_cell(lines, position):
        return False
    row, cells, _ = _row_text(lines, position)
    lowered = row.lower()
    return cells > 1 and (bool(_INTRO_CUE.search(lowered)) or bool(_NAME_HEADER.match(lowered)))


def _same_row(first: Line, second: Line) -> bool:
    return first.block is not None and second.block is not None and first.block.getparent() is second.block.getparent()


def _is_titled_part(line: Line, lines: list[Line], following: int, index: EuroclusterIndex) -> bool:
    """A part of the programme labelled and titled ("Panel: Data spaces in practice", "Round table – Skills"), its
    people listed under it: the next line is a list item or a speaker line with a role or an organisation."""
    if line.heading == 1 or following >= len(lines) or len(line.text) > CARD_NAME_CHARS * 2:
        return False
    label = _LEAD_LABEL.match(line.text)
    if label is None or not line.text[label.end() :].strip():
        return False
    parsed = parse_speaker_line(lines[following].text, index, lines[following].lead_bold)
    if not isinstance(parsed, Speaker):
        return False
    return lines[following].list_item or bool(parsed.role or parsed.organisation)


def listed_speakers(lines: list[Line], index: EuroclusterIndex) -> Listed:
    """Speakers listed after an intro line, and speakers labelled with their part anywhere, with their line numbers;
    and whether any intro list was found."""
    speakers: list[tuple[int, Speaker]] = []
    listed = False
    position = 0
    while position < len(lines):
        line = lines[position]
        position += 1
        labelled = _labelled_speakers(line, index, lines)
        if labelled:
            speakers.extend((line.index, speaker) for speaker in labelled)
        elif line.tag == "td" and line.text[:1].isdigit() and (row := _agenda_row(lines, position - 1, index)):
            speakers.extend((line.index, speaker) for speaker in row[0])
            position += row[1] - 1
        elif (
            _is_intro(line)
            or _is_speaker_table_header(lines, position - 1)
            or _colon_over_people(lines, position, index)
        ):
            found, position = _list_after(line, lines, position, index)
            speakers.extend((line.index, speaker) for speaker in found)
            listed = True
        elif _is_titled_part(line, lines, position, index):  # "Panel: <its title>", then its panellists
            found, position = _list_after(line, lines, position, index, titled=True)
            speakers.extend((line.index, speaker) for speaker in found)
        elif _is_card_grid(lines, position - 1, index):  # speaker cards with no intro above them
            found, position = _list_after(line, lines, position - 1, index, level=_heading_level(line) - 1)
            speakers.extend((line.index, speaker) for speaker in found)
            listed = True
        elif _is_people_list(lines, position - 1, index):  # a list of people with no intro (items or paragraphs)
            found, position = _list_after(line, lines, position - 1, index)
            speakers.extend((line.index, speaker) for speaker in found)
    return speakers, listed


_CONTACT = re.compile(r"\b(?:contact|kontakt|informac|information|organi[sz]|team|zespół|équipe|partner)")
PEOPLE_ITEMS = 2  # list items under a colon that must each give a person with a job and an organisation


def _colon_over_people(lines: list[Line], following: int, index: EuroclusterIndex) -> bool:
    """A sentence that ends in a colon over a list of people, each with a job and an organisation, is their intro
    whatever its words ("Wie Cluster Anbieter und Abnehmer zusammenbringen, zeigen:")."""
    line = lines[following - 1]
    if not line.text.rstrip().endswith(":") or line.heading or following + PEOPLE_ITEMS > len(lines):
        return False
    if _CONTACT.search(line.text.lower()):
        return False  # "For more information, contact:": the people to write to, not speakers
    for item in lines[following : following + PEOPLE_ITEMS]:
        if not item.list_item:
            return False
        parsed = parse_speaker_line(item.text, index, item.lead_bold)
        if not isinstance(parsed, Speaker) or not (parsed.role and parsed.organisation):
            return False
    return True


AGENDA_TIME_CHARS = 20


def _agenda_row(lines: list[Line], position: int, index: EuroclusterIndex) -> tuple[list[Speaker], int] | None:
    """A programme table row without a header: its first cell a time, a cell with the person who speaks ("10:00 |
    Welcome | Name, Role, Org"), a name with a job title or an organisation; the speakers and the row's span."""
    line = lines[position]
    if len(line.text) > AGENDA_TIME_CHARS or (position and _same_row(lines[position - 1], line)):
        return None
    timed = _AGENDA_TIME.match(line.text)
    if timed is None or timed.end() != len(line.text):
        return None
    _, span, header = _row_text(lines, position)
    if span < 2 or header:
        return None
    table = next(line.block.iterancestors("table"), None) if line.block is not None else None
    if table is None or next(table.iter("th"), None) is not None:
        return None  # a header says what the columns hold ("Time | Session"): read by it, if at all
    found = []
    for cell in lines[position + 1 : position + span]:
        parsed = parse_speaker_line(cell.text, index, cell.lead_bold)
        if not isinstance(parsed, Speaker):
            continue
        if (parsed.role and (starts_with_role(parsed.role) or is_role_like(parsed.role))) or (
            parsed.organisation and _names_organisation(parsed.organisation)
        ):
            found.append(parsed)
    return (found, span) if found else None


def _is_people_list(lines: list[Line], position: int, index: EuroclusterIndex) -> bool:
    """The first two items of a list that each give a person with a job title and an organisation ("Name – Role –
    Org", "Name, Role, Org"): a speaker list with no intro above it (not the objectives, not an agenda)."""
    if position + 1 >= len(lines) or lines[position].heading or lines[position + 1].tag != lines[position].tag:
        return False
    if (
        position
        and len(lines[position - 1].text) < CONTACT_LABEL_CHARS
        and _CONTACT_LABEL.search(lines[position - 1].text.lower())
    ):
        return False  # "Contact:", "Organising team": people, but no speakers
    for item in lines[position : position + 2]:
        text = item.text
        if len(text) > PEOPLE_ITEM_CHARS or not text[:1].isupper() or ("," not in text and " – " not in text):
            return False
        if text.endswith(".") and len(text.split()) > AFFILIATION_WORDS + 2:
            return False  # a sentence
        parsed = parse_speaker_line(item.text, index, item.lead_bold)
        if not isinstance(parsed, Speaker) or not parsed.organisation or not parsed.role:
            return False
        if not starts_with_role(parsed.role) or not _names_organisation(parsed.organisation):
            return False
    return True


PEOPLE_ITEM_CHARS = 200
CONTACT_LABEL_CHARS = 60
_CONTACT_LABEL = words_regex(CONTACT_WORDS)  # for lower-cased text


def _unique(speakers: list[Speaker]) -> list[Speaker]:
    seen: set[str] = set()
    result = []
    for speaker in speakers:
        key = speaker.name.casefold()
        if key not in seen:
            seen.add(key)
            result.append(speaker)
    return result


def _name_at_start(clause: str) -> tuple[str, str] | None:
    """A person's name at the start of a clause (after an honorific) and the text after it."""
    text = _HONORIFIC.sub("", clause.strip())
    tokens = _TOKEN.finditer(text)
    taken: list[re.Match[str]] = []
    for token in tokens:
        word = token.group(0)
        bare = word.rstrip(",;:")
        if taken and _word(bare) in ROLE_WORDS and bare[:1].isupper():
            break
        if bare.lower() in PARTICLES and taken:
            taken.append(token)
            continue
        if bare.endswith(("’s", "'s")):
            break  # "COTEC Portugal’s Director": an owner, not a name
        if bare[:1].isupper() and all(ch.isalpha() or ch in "-'’." for ch in bare):
            if taken and _word(taken[-1].group(0)) in PARTICLES and (bare.isupper() or _word(bare) in ORG_WORDS):
                break  # "Ivo Tsvetkov von der GD CNECT": the particles lead to an organisation
            taken.append(token)
            if word != bare or len(taken) == 4:
                break
            continue
        break
    while taken and taken[-1].group(0).rstrip(",;:").lower() in PARTICLES:
        taken.pop()
    if len(taken) < 2:
        return None
    name = text[: taken[-1].end()].rstrip(",;:")
    if not looks_like_name(name):
        return None
    return clean_name(name), text[taken[-1].end() - (len(taken[-1].group(0)) - len(taken[-1].group(0).rstrip(",;:"))) :]


def _prose_speaker(clause: str, index: EuroclusterIndex, verb_required: bool = True) -> Speaker | None:
    """The speaker a clause of a report names as the subject of a speaking verb ("Name, Role at Org, presented…",
    "At the final round table, Name (Org) discussed…"); without `verb_required`, a subject that shares the verb of the
    next clause ("Name (Org) and …"), which then must hold nothing but the name and its description."""
    by_intro = _by_intro(clause)
    candidates = [clause[by_intro.end() :]] if by_intro else []
    plain = _CONNECTOR.sub("", clause, count=1)
    if " that " in plain:  # "We are happy to announce that our Director, Name, will speak": the announcement goes
        plain = _ANNOUNCE_THAT.sub("", plain, count=1)
    leading = _LEADING_PHRASE.match(plain)
    unset = plain[leading.end() :] if leading else plain
    # the name after a noun in apposition first: German capitalises the noun ("Unsere Kollegin Maria Huber")
    candidates += [_INTRODUCING_NOUN.sub("", unset, count=1), plain, unset]
    # "Our own managing director, Helena Björk, pitched …": the job the apposition gives is her role
    apposed = _OUR_ROLE_APPOSITION.match(unset) if unset[:1] in "OoTtAa" else None
    apposed_role = apposed.group("role") if apposed and is_role_like(apposed.group("role")) else None
    apposed_org = None
    titled = _ROLE_OF_ORG_BEFORE.match(unset) if apposed is None else None
    if titled and is_role_like(titled.group("role")) and is_org_like(titled.group("org")):
        apposed, apposed_role, apposed_org = (
            titled,
            titled.group("role"),
            titled.group("org"),
        )  # "Il presidente del X, …"
    if apposed_role and apposed:
        candidates.insert(0, unset[apposed.end() :])
    owner = _possessive_role(unset) if "’s " in unset or "'s " in unset else None
    own = _own_role(unset) if owner is None and apposed_role is None else None
    if own is None and owner is None and ", " in unset:  # "Dopo i saluti di X, …, la nostra cluster manager Name"
        for comma in _COMMA_BEFORE_OWN.finditer(unset):
            own = _own_role(unset[comma.end() :])
            if own is not None:
                owner = (None, own[0], unset[comma.end() + own[1] :])
                break
    elif own is not None:  # "la nostra cluster manager Name è intervenuta": the role, no organisation ("our")
        owner = (None, own[0], unset[own[1] :])
    if owner is None and apposed_role is None and unset[:1].isupper():
        office, _, named = unset.partition(" ")
        if named and office.lower() in TITLES_BEFORE_NAME:  # "Landesrätin Name eröffnete …": her office, no org
            owner = (None, office, named)
    if owner is not None:  # "NCA’s project manager Name presented…", "Org’s Director General, Name, will join…"
        candidates.insert(0, owner[2])
    for text in dict.fromkeys(candidates):
        found = _name_at_start(text)
        if not found:
            continue
        name, rest = found
        if owner is not None and text is owner[2]:
            if verb_required and not _VERB.match(rest.lstrip(", ")) and not _joins_event(rest.lstrip(", ")):
                continue  # the speaking verb right after the name (and its comma)
            return Speaker(name=name, role=owner[1], organisation=owner[0], eurocluster=None)
        after_verb = ""
        if verb_required:
            verb = _VERB.search(rest)
            if not verb or verb.start() > 220 or (verb.start() and not rest[verb.start() - 1].isspace()):
                continue
            rest, after_verb = rest[: verb.start()], rest[verb.end() :]
            if " and by " in rest:
                continue  # "opened by A, Role of X, and by B, Role at Y, who presented": the verb is B's
            if not rest.strip() and verb.group(0) in _SUBJECT_AFTER and _subject_follows(after_verb):
                continue  # "Am Nachmittag sprach Anna Huber …": the words before the verb set the scene
        speaker = _described(name, _WHO_BEFORE.sub("", rest), after_verb, index)
        if speaker is not None:
            if leading and text is not plain and speaker.eurocluster is None and _FROM_PHRASE.match(leading.group(0)):
                # "From the POLREC Eurocluster, Name (Org) presented…": the Eurocluster the speaker comes from
                named = index.find(leading.group(0))
                speaker.eurocluster = named[0].acronym if named else None
            if apposed_role and apposed and text == unset[apposed.end() :] and speaker.role is None:
                speaker.role = apposed_role
                speaker.organisation = speaker.organisation if apposed_org is None else apposed_org
            return speaker
    return None


_SUBJECT_AFTER = frozenset(word for words in VERBS_BEFORE_SUBJECT.values() for word in words if "*" not in word)


def _subject_follows(after_verb: str) -> bool:
    """Whether a name (perhaps after a possessive and a job title) follows a verb that may come before its subject."""
    text = after_verb.lstrip()
    written = _ROLE_BEFORE_NAME.match(text)
    return _name_at_start(text[written.end() :] if written else text) is not None


_FROM_PHRASE = re.compile(r"(?:from|for|von|aus|z|ze|de|du)\b", re.IGNORECASE)
# A job and its organisation in apposition before the name: "The president of Cluster X, Name, opened …", "Il presidente
# del Cluster X, Name, ha chiuso …".
_ROLE_OF_ORG_BEFORE = re.compile(
    r"^(?:The|Il|La|Lo|El|Le|Der|Die)\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+"
    r"(?:of(?:\s+the)?|del|della|dello|dei|de\s+la|de|du|des|von|vom|der)\s+(?P<org>[A-ZÀ-Ž][^,;]{2,80}),\s+"
    r"(?=(?-i:[A-ZÀ-Ž]))"
)
_OUR_ROLE_APPOSITION = re.compile(  # also a job title in capitals: "Our Programme Lead Hydrogen, Name, will …"
    r"^(?:[Oo]ur|[Tt]heir|[Aa] nossa|[Oo] nosso)\s+(?:own\s+)?(?P<role>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}),\s+"
    r"(?=[A-ZÀ-Ž])"
)
# An organisation's possessive, then a job title and the name: "NCA’s project manager Name", "COTEC Portugal’s
# Director General, Name,".
_OWNER_POSSESSIVE = re.compile(
    r"^(?P<org>(?:[A-ZÀ-Ž][\w&.-]*\s+){0,3}[A-ZÀ-Ž][\w&.-]*)[’']s\s+(?P<role>(?:[\w-]+\s+){0,3}[\w-]+?),?\s+"
    r"(?=[A-ZÀ-Ž][\w'’-]+\s+[A-ZÀ-Ž])"
)


def _possessive_role(clause: str) -> tuple[str | None, str, str] | None:
    """(organisation, role, the text from the name on) of a clause that opens with an organisation's possessive and
    a job title; None when the words after the possessive are no job title ("Europe’s largest cluster Name")."""
    found = _OWNER_POSSESSIVE.match(clause)
    if found is None:
        return None
    role = found.group("role")
    words = role.split()
    comma = found.group(0).rstrip().endswith(",")  # "Org’s Director General, Name": the comma ends the job title
    while not comma and len(words) > 1 and words[-1][:1].isupper() and not _is_role_word(_word(words[-1])):
        words.pop()  # "project manager Tereza": the name starts at the capitalised word after the job title
    role = " ".join(words)
    if not (starts_with_role(role) or _is_role_word(_word(words[-1]))) or is_org_like(role):
        return None
    rest = clause[clause.index(role, found.start("role")) + len(role) :].lstrip(", ")
    return found.group("org"), role, rest


def _described(name: str, description: str, after_verb: str, index: EuroclusterIndex) -> Speaker | None:
    """A speaker from the words between a name and its verb: "from Org", ", Role, Org,", "(Role, Org)" or nothing
    (then "presented the cluster X" may name the organisation); None when they are something else."""
    role = organisation = eurocluster = None
    stripped = description.strip()
    from_match = _FROM_ORGANISATION.match(stripped)
    if from_match:
        organisation = strip_trailing(_APPOSITION.split(from_match.group(1), maxsplit=1)[0].strip(" ,"))
    elif stripped.startswith((",", "(")) or starts_with_role(stripped):
        inner = stripped.strip(", ")
        if inner.startswith("(") and inner.endswith(")"):
            inner = inner[1:-1]
        role, organisation, eurocluster = split_affiliation(inner, index)
    elif stripped:
        return None
    if not stripped:
        if _ITS.match(after_verb):
            return None  # "Silicon Saxony presented its strategy": a thing, not a person
        presented = _PRESENTED_ORG.match(after_verb) or _HOW_ORG.match(after_verb)
        if presented and (presented.re is _PRESENTED_ORG or is_org_like(presented.group("org"))):
            organisation = presented.group("org")
    return Speaker(name=name, role=role, organisation=organisation, eurocluster=eurocluster)


# An apposition after an organisation: "from PRODUTECH, the Portuguese production technologies cluster, explained".
_APPOSITION = re.compile(r",\s+(?:the|a|an|der|die|das|dem|den|le|la|les|l['’]|un|une)\s", re.IGNORECASE)
_ITS = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:its|sein|seine|seinen|seines)\b", re.IGNORECASE)


# A noun in apposition before the subject's name: "Our colleague Helena Novák, Director of X, presented…".
_INTRODUCING_NOUN = re.compile(
    rf"^(?:{alternation(INTRODUCING_DETERMINERS)})\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(INTRODUCING_NOUNS)}),?\s+"
    r"(?=(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž]))",
    re.IGNORECASE,
)
# A phrase that sets the scene before the subject: "At the final round table, …", "Während der Tagung …".
_ANNOUNCE_THAT = re.compile(
    r"^(?:we|i)\s+(?:are|am)\s+(?:very\s+)?(?:happy|pleased|proud|delighted|glad|excited)\s+to\s+"
    r"(?:announce|share|confirm|inform\s+you)\s+that\s+(?=\S)",
    re.IGNORECASE,
)
_LEADING_PHRASE = re.compile(
    r"^(?:in|at|on|from|for|during|after|before|later|then|im|am|bei|beim|während|nach|von|aus|w|podczas|po|lors|"
    r"pendant|après|dans)\b"
    r"[^,]{0,60},\s+",
    re.IGNORECASE,
)


# A name inside a sentence, after a word that joins it to the ones before: "…together with Jan Berg of DG REGIO,
# who presented…", "…next to Tom Becker, Head of Innovation at …".
_FROM_GREETING = "|".join(  # "(?<=welcome )from": the "from" of a greeting
    rf"(?<={re.escape(phrase.rsplit(' ', 1)[0])} ){re.escape(phrase.rsplit(' ', 1)[1])}"
    for phrase in table_words(WELCOME_FROM)
)
_TOGETHER = alternation(TOGETHER_WITH)
_JOINED_NAME = re.compile(
    rf"\b(?:with|and|alongside|to|including|by|durch|und|par|et|door|por|a cargo de|von|[ey] (?:a|con)|{_TOGETHER}|"
    rf"{_FROM_GREETING})\s+"
    r"(?=(?:\w{1,4}\.\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž])"
)
_TOGETHER_AT_END = re.compile(rf"\b{_TOGETHER}\s+$")
_GREETING_AT_END = re.compile(rf"(?:{_FROM_GREETING})\s+$")
# A German passive that names its speaker after "von", the participle first: "Eröffnet wurde der Workshop von …",
# "… moderiert wurde die Runde von …".
_PASSIVE = rf"\b{alternation(SPOKEN_BY_PARTICIPLES)}\s+(?:wurde|wurden|wird|werden)\s+(?:\S+\s+){{0,4}}?von\s+"
_PASSIVE_SPOKEN_BY = re.compile(rf"{_PASSIVE}$", re.IGNORECASE)  # right before a name
_PASSIVE_SPEAKING = re.compile(rf"{_PASSIVE}(?=\S)", re.IGNORECASE)  # anywhere in a sentence
_NOT_SPOKEN_BY = re.compile(r"\b(?:led|coordinated|managed|founded|funded|owned|written|published|run)\s+by\s+$")
# "The sessions will be led by …": a part of the programme led by a person is spoken by them (a project led by X is
# not).
_SESSION_LED = re.compile(
    r"\b(?:sessions?|workshops?|discussions?|panels?|debates?|talks?|webinars?|trainings?|masterclass(?:es)?|"
    r"breakouts?|groups?|round ?tables?|labs?|exercises?|challenges?)\s+(?:(?:will|would|shall|are|were|was|is|be|been|"
    r"being|to)\s+)*led\s+by\s+$",
    re.IGNORECASE,
)


def _not_spoken_by(sentence: str, start: int, end: int) -> bool:
    """Whether the "by" that ends at `end` names who led, coordinated or funded something, not who spoke."""
    found = _NOT_SPOKEN_BY.search(sentence, start, end)
    return found is not None and not (found.group(0).startswith("led") and _SESSION_LED.search(sentence, 0, end))


_WHO_SPOKE = re.compile(
    rf"^(?P<joint>,?\s*(?:of|from)\s+(?:the\s+)?|,\s*)(?P<description>[^;]{{3,160}}?),?\s+who\s+(?:{_REPORT_VERB})\b"
)
_BRACKETED_WHO_SPOKE = re.compile(rf"^\s*\((?P<description>[^;()]{{2,160}})\),?\s+who\s+(?:{_REPORT_VERB})\b")
_AND_BY = re.compile(r"\band\s+by\s+$")
# "… by Anna Berg from DG GROW." / "…, of Cluster Sweden, and": the organisation a speaking "by" names her with.
_FROM_AFTER_NAME = re.compile(
    r"^\s*(?:from|of|representing)\s+(?:the\s+)?(?P<organisation>[A-ZÀ-Ž][^;,.]{1,100}?)\s*"
    r"(?:$|[;.]|,|\s+and\s+(?=by\b|(?:Dr\.?\s+|Prof\.?\s+)?[A-ZÀ-Ž][\w'’-]+\s+[A-ZÀ-Ž]))"
)
# A description after a name, up to what follows it: another person ("and", "together with"), a relative clause, a
# speaking verb ("…, Geschäftsführer von X, erläuterte …"), a verb and its object ("…, opened the …") or the object
# ("…, die Arbeit …").
_APPOSITIVE = re.compile(
    r"^,\s*(?P<description>[^;]{3,160}?)\s*(?:$|[;.]|,\s+(?:and|und|et|oraz|while|where|before|after|who|which|"
    r"then|also|later|afterwards|subsequently|dann|anschließend|puis|ensuite|followed by|preceded by|"
    rf"together with|alongside|along with|as well as|joined by|accompanied by|{alternation(VERBS_BEFORE_SUBJECT)}|"
    r"the|die|der|das|den|dem|le|la|les|[a-zäöüß]+\s+(?:the|a|an|our|his|her|their|its|die|der|das|den|dem|le|la|les)|"
    r"[a-z]+ed\s+(?:at|on|into|how|what|why|whether|that))\b)"  # "…, looked at the …": a verb and its preposition
)


def _panel_with(sentence: str) -> int | None:
    """Where the people a panel is "with" start ("A panel on X followed, with Name, Role at Org, and Name from Org"),
    else None; the literal test first."""
    if ", with " not in sentence:
        return None
    found = _PANEL_WITH.search(sentence)
    return found.end() if found else None


# A panel, round table or debate, then ", with" its people: they sat on it, so they spoke ("Panel discussion with A
# (Org), B (Org) …" is an enumeration, read as one).
_PANEL_WITH = re.compile(
    r"\b(?:[Pp]anel|[Rr]ound ?table|[Dd]ebate|[Pp]anel discussion)\b[^.;:]{0,100}?,\s*with\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])"
)


def _joined_speakers(sentence: str, index: EuroclusterIndex) -> list[tuple[int, Speaker]]:
    """Speakers named inside a sentence: "X of Org, who presented" or "X, Role at Org" after a joining word."""
    found: list[tuple[int, Speaker]] = []
    panel = _panel_with(sentence)
    agent_end = -1  # where the brackets of the last agent of a speaking "by"/"von" end
    for joined in _JOINED_NAME.finditer(sentence):
        if _not_spoken_by(sentence, max(0, joined.start() - 20), joined.end()):
            continue
        named = _name_at_start(sentence[joined.end() :])
        if named is None:
            continue
        name, rest = named
        who = _WHO_SPOKE.match(rest)
        if who and " and by " in who.group("description"):  # "A, Role of X, and by B, Role at Y, who presented": B's
            who = None
        role = organisation = eurocluster = None
        bracketed = _BRACKETED_WHO_SPOKE.match(rest) if who is None and rest.lstrip().startswith("(") else None
        if bracketed:  # "… and by Dr. Name (Org), who presented …"
            role, organisation, eurocluster = split_affiliation(bracketed.group("description"), index)
        elif who:
            description = strip_trailing(who.group("description"))
            if who.group("joint").strip(", "):
                organisation = description
            else:
                role, organisation, eurocluster = split_affiliation(description, index)
        else:
            appositive = _APPOSITIVE.match(rest)
            # "a welcome from Anna Berg (Org)", "…spoke together with Anna Berg (Org)": she spoke too
            spoken_by = _GREETING_AT_END.search(sentence, max(0, joined.start() - 20), joined.end()) is not None
            spoken_by = spoken_by or _SPOKEN_BY.search(sentence, max(0, joined.start() - 30), joined.end()) is not None
            together = _TOGETHER_AT_END.search(sentence, max(0, joined.start() - 20), joined.end()) is not None
            if joined.group(0).startswith("von"):
                spoken_by = _PASSIVE_SPOKEN_BY.search(sentence, max(0, joined.start() - 80), joined.end()) is not None
                if not spoken_by:
                    continue  # "von" joins a name to what it speaks for only in a passive of speaking
            # "opened by A, Role of Org, and by B from Org": a second agent of the same speaking verb
            spoken_by = spoken_by or (
                _AND_BY.search(sentence, max(0, joined.start() - 8), joined.end()) is not None
                and _spoken_by_before(sentence, joined.start())
            )
            spoken_by = spoken_by or (panel is not None and joined.end() >= panel)  # the panel's people
            # "Eröffnet … von A (Role, Org) und B (Role, Org)": the next agent right after the last one's brackets
            spoken_by = spoken_by or (
                agent_end >= 0
                and joined.group(0).split()[0] in _AND_WORDS_CHAINED
                and not sentence[agent_end : joined.start()].strip(" ,")
            )
            parenthesis = _PARENTHESIS_AFTER.match(rest)
            source = _FROM_AFTER_NAME.match(rest)
            pair = _PAIR_FROM.match(rest) if spoken_by and appositive is None and parenthesis is None else None
            if pair and looks_like_name(pair.group("second")):  # "facilitated by A and B from the ECCP": both
                organisation = pair.group("org")
                found.append((joined.end(), Speaker(name, None, organisation)))
                found.append((joined.end() + 1, Speaker(clean_name(pair.group("second")), None, organisation)))
                continue
            if appositive and (spoken_by or _describes_job(appositive.group("description"))):
                role, organisation, eurocluster = split_affiliation(appositive.group("description"), index)
            elif (spoken_by or (together and _VERB.search(sentence, 0, joined.start()))) and parenthesis:
                # "moderated by Anna Berg (ECCP)", "X presented … together with Anna Berg (ECCP)"
                role, organisation, eurocluster = split_affiliation(parenthesis.group(1), index)
                agent_end = len(sentence) - len(rest) + parenthesis.end() if spoken_by or together else -1
            elif spoken_by and source:  # "opened by Anna Berg from DG GROW"
                role, organisation, eurocluster = split_affiliation(source.group("organisation"), index)
            elif not spoken_by or not _CLAUSE_END.match(rest):  # "opened by Anna Berg." names her alone
                continue
        found.append((joined.end(), Speaker(name, role, organisation, eurocluster)))
    return found


# Two people of a speaking "by" who share their organisation: "… by A and B from the ECCP", "… por A e B, da ECCP".
_PAIR_FROM = re.compile(
    r"^\s+(?:and|e|et|und|y|i)\s+(?P<second>[^,;()]{3,60}?),?\s+(?:from|of|da|do|de|du|von|della|del)\s+"
    r"(?:the\s+)?(?P<org>(?-i:[A-ZÀ-Ž])[^,;.()]{1,60}?)\s*(?:$|[,;.])"
)


def _spoken_by_before(sentence: str, end: int) -> bool:
    """Whether a speaking "by" comes before `end` ("opened by A … and by B"; not "led by A and by B")."""
    by = _BY_INTRO.search(sentence, 0, end)
    return by is not None and not _not_spoken_by(sentence, 0, by.end())


def _describes_job(description: str) -> bool:
    """A description after a name that gives a job: a role, or an organisation or "X at Y" written with a capital
    ("Projektleiterin bei Minalogic", "Business Developer at Brainport"; not "a colleague at Cluster Nord")."""
    if starts_with_role(description):
        return True
    if description[:1].islower():  # "projektová manažerka NCA": a job and the organisation's code
        coded = _LOWER_ROLE_THEN_CODE.match(description)
        return coded is not None and _job_then_code(coded)
    return description[:1].isupper() and (is_org_like(description) or _AT.search(description) is not None)


_PARENTHESIS_AFTER = re.compile(r"^\s*\(([^()]{2,160})\)")
_CLAUSE_END = re.compile(r"^\s*(?:[.;,]|and\b|$)")


def _clauses(sentence: str) -> list[tuple[int, str, str]]:
    """The clauses of a sentence with where each starts and the separator before it ("", ";" or "and")."""
    clauses, start, separator = [], 0, ""
    for brk in _CLAUSE_SPLIT.finditer(sentence):
        clauses.append((start, sentence[start : brk.start()], separator))
        start, separator = brk.end(), brk.group(0).strip(" ,")
    clauses.append((start, sentence[start:], separator))
    return clauses


def _subject_speakers(sentence: str, index: EuroclusterIndex) -> list[tuple[int, Speaker]]:
    """Speakers that are subjects of a speaking verb, also several joined by "and": "A (Org) and B (Org)
    discussed…"."""
    found: list[tuple[int, Speaker]] = []
    clauses = _clauses(sentence)
    for position, (start, clause, _) in enumerate(clauses):
        if not _VERB.search(clause) and not (("join" in clause or "represent" in clause) and _own_joins(clause)):
            continue
        speaker = _prose_speaker(clause, index)
        if speaker is None:
            continue
        found.append((start, speaker))
        joined = position
        while joined > 0 and clauses[joined][2] in _AND_WORDS and not _VERB.search(clauses[joined - 1][1]):
            start, clause, _ = clauses[joined - 1]
            # "A (Org), B (Org) and C (Org) shared…": the subjects before "and" are listed after ")"
            subjects = [_prose_speaker(part, index, verb_required=False) for part in _listed_subjects(clause)]
            if not subjects or None in subjects:
                break
            joined -= 1
            found.extend((start + number, subject) for number, subject in enumerate(subjects) if subject)
    return found


# One of our own staff joins an event, or represents us at it: "our Senior Advisor Name joins the EU Clusters Talk",
# "our manager Name will represent the X Eurocluster at the Talk" (not "attends": a visitor).
_JOINS_EVENT = re.compile(
    r"^(?:will\s+)?(?:joins?|joined|represents?|represented)\s+(?:[^.;:]{0,80}?\s)?(?:at\s+|in\s+)?"
    r"(?:the|this|our)\s+(?:[\w-]+\s+){0,4}?(?:talks?|webinar|panel|session|conference|workshop|event)\b",
    re.IGNORECASE,
)
_OWN_LEAD = re.compile(r"(?:^|,\s+)(?:our|my)\s", re.IGNORECASE)


def _joins_event(text: str) -> bool:
    return _JOINS_EVENT.match(text) is not None


def _own_joins(clause: str) -> bool:
    """Whether a clause has one of our own staff join an event (see _JOINS_EVENT): the verb and its event only after
    an "our" lead."""
    return (
        _OWN_LEAD.search(clause) is not None
        and re.search(r"\b(?:joins?|joined|represents?|represented)\b", clause) is not None
    )


_AND_WORDS = frozenset(["and", "und", "et", "oraz", "i"])  # what _CLAUSE_SPLIT joins subjects with
_AND_WORDS_CHAINED = _AND_WORDS | {"e", "y"}  # "insieme a A (Org) e a B (Org)": the next co-speaker


def _listed_subjects(clause: str) -> list[str]:
    """The subjects listed before "and": after a ")" ("A (Org), B (Org)") or at a comma before a name that its
    organisation follows ("A, Role of Org, B of Org"; the part that starts with the name then holds no verb)."""
    parts = _AFTER_PARENTHESIS.split(clause)
    if len(parts) > 1 or clause.count(", ") < 2:
        return parts
    listed = [clause]
    for comma in _COMMA_BEFORE_NAME.finditer(clause):
        named = _name_at_start(clause[comma.end() :])
        if named is None or not _SOURCE_AFTER_NAME.match(named[1]) or not looks_like_name(named[0]):
            continue
        head = listed[-1][: len(listed[-1]) - (len(clause) - comma.start())]
        if ", " not in head:
            continue  # "A, B of Org": A has no description of her own, and B may be her organisation's name
        listed[-1:] = [head, clause[comma.end() :]]
    return listed


_COMMA_BEFORE_NAME = re.compile(r",\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž])")
_AFTER_PARENTHESIS = re.compile(r"(?<=\))\s*,\s+")


def _listed_by(sentence: str, index: EuroclusterIndex) -> list[tuple[int, Speaker]]:
    """Several people after a speaking "by": "Presentations were given by A (Org), B (Org) and C (Org)."."""
    by = _by_intro(sentence)
    if by is None or _not_spoken_by(sentence, 0, by.end()):
        return []
    listed = enumerated_speakers(strip_trailing(sentence[by.end() :]), index)
    return [(by.end() + number, speaker) for number, speaker in enumerate(listed)] if len(listed) > 1 else []


# The organisation a subject comes from, as a run of capitalised words and the small words between them.
_SOURCE_AFTER_NAME = re.compile(
    r"^\s*(?:from|of|representing|von der|vom|von|aus der|aus)\s+(?:the\s+)?(?P<organisation>[A-ZÀ-Ž][\w&'’-]*"
    r"(?:\s+(?:(?:of|for|and|&|the|der|des|für|und|de|du|la|di)\s+)?[A-ZÀ-Ž][\w&'’-]*)*)"
)
_VERB_BEFORE_SUBJECT = re.compile(rf"\b{alternation(VERBS_BEFORE_SUBJECT)}\s+(?=\S)")
_QUOTE_MARKS = ("”", '"', "“", "»", "«", "’")
# A quotation, then its speaker: "“…,” said Ing. X, CEO of Y", "„…“, sagte X".
_QUOTE_VERB = re.compile(rf"[”\"“»«’]\s*,?\s*{alternation(QUOTE_VERBS)}\s+(?=\S)")


# A possessive and a job title before a name: "unsere Clustermanagerin Eva Huber", "our project lead Anna Berg".
_OWN_ROLE_NAME = (
    r"(?:(?:la|il|le|a|o)\s+)?(?:our|my|unsere|unser|unserer|notre|nos|nasza|nasz|onze|nuestra|nuestro|nostra|nostro|"
    r"nossa|nosso|naše|náš|naši|naša|naš)\s+"
    r"(?P<role>(?:[\w-]+\s+){0,2}?[\w-]+),?\s+(?=(?:\w{1,4}\.\s+)*(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž]))"
)
_ROLE_BEFORE_NAME = re.compile(rf"^{_OWN_ROLE_NAME}", re.IGNORECASE)  # "Modera la nostra presidente, Name"
# Further on: "Za NCA vystoupí v panelu o … náš předseda Name" (the verb, where and about what, then the subject).
_OWN_ROLE_NAME_LATER = re.compile(rf"\b{_OWN_ROLE_NAME}", re.IGNORECASE)
SUBJECT_CHARS = 120
# Adverbs between a verb and its subject: "Im Panel diskutierten danach Name (Org) und Name (Org)".
_ADVERB_AFTER_VERB = re.compile(
    r"^(?:danach|anschließend|dann|zudem|außerdem|ebenfalls|abschließend|auch|unter anderem|u\.\s?a\.)\s+"
)


def _subjects_after_verb(sentence: str, index: EuroclusterIndex) -> list[tuple[int, Speaker]]:
    """Speakers named right after their speaking verb, where the language puts the subject there: "Anschließend
    stellte Dr. Paul Weber (ECCP) die Methodik vor", "Darüber berichtete Ing. Eva Novak, Clustermanagerin bei X.",
    "Spotkanie otworzył dr Jan Kowalski, prezes Klastra Y"."""
    found: list[tuple[int, Speaker]] = []
    verbs = list(_VERB_BEFORE_SUBJECT.finditer(sentence))
    if any(mark in sentence for mark in _QUOTE_MARKS):
        verbs.extend(_QUOTE_VERB.finditer(sentence))
    for verb in verbs:
        subject = sentence[verb.end() :]
        if subject[:1] in "adAuDU" and (adverb := _ADVERB_AFTER_VERB.match(subject)):
            subject = subject[adverb.end() :]  # "Im Panel diskutierten danach A (Org) und B (Org)"
        written = _ROLE_BEFORE_NAME.match(subject)  # "sprach unsere Clustermanagerin Eva Huber über …"
        if written is not None and not is_role_like(written.group("role")):
            written = None
        # "spricht unser Geschäftsführer Name", "poprowadził prezes naszego klastra, Name"
        own_role = _own_role(subject) if written is None else None
        if own_role is not None:
            subject = subject[own_role[1] :]
        named = _name_at_start(subject[written.end() :] if written else subject)
        if named is None and written is None and own_role is None:
            written = _OWN_ROLE_NAME_LATER.search(subject, 0, SUBJECT_CHARS)  # "vystoupí v panelu … náš předseda Name"
            if written is not None and not is_role_like(written.group("role")):
                written = None
            named = _name_at_start(subject[written.end() :]) if written else None
        if named is None:
            continue
        name, rest = named
        role = organisation = eurocluster = None
        if written is not None:
            role = written.group("role")  # the job the noun before the name gives, unless the words after it do
        parenthesis = _PARENTHESIS_AFTER.match(rest)
        appositive = _APPOSITIVE.match(rest)
        source = _SOURCE_AFTER_NAME.match(rest)
        if parenthesis:
            role, organisation, eurocluster = split_affiliation(parenthesis.group(1), index)
        elif appositive and _describes_job(appositive.group("description")):
            role, organisation, eurocluster = split_affiliation(appositive.group("description"), index)
        elif source:  # "erläuterte Dr. X von der GD CNECT der Europäischen Kommission die Ziele …"
            organisation = source.group("organisation")
        if organisation is None and (own_role or written):  # "Für den Cluster X spricht unser Geschäftsführer Name"
            speaking_for = _SPEAKING_FOR.match(sentence, 0, verb.start())
            organisation = speaking_for.group("organisation") if speaking_for else None
        found.append(
            (verb.end(), Speaker(name, role or (own_role[0] if own_role else None), organisation, eurocluster))
        )
        joined = _AND_NEXT.match(rest, parenthesis.end()) if parenthesis else None
        if joined:  # "wystąpili A (Org) oraz B (Org, Country)": the subjects listed after the first
            tail = rest[joined.end() : sentence_end(rest, joined.end())]
            if ")" in tail and not tail.endswith(")"):  # "… und B (Org) über Lieferketten": the object follows
                tail = tail[: tail.rfind(")") + 1]
            more = [speaker for speaker in enumerated_speakers(tail, index) if speaker.role or speaker.organisation]
            found.extend((verb.end() + number, speaker) for number, speaker in enumerate(more, 1))
    return found


_COMMA_BEFORE_OWN = re.compile(
    r",\s+(?=(?:our|unser|unsere|unserer|notre|la nostra|il nostro|nuestra|nuestro|nasz|nasza)\s)", re.IGNORECASE
)
# The organisation a speaker speaks for, before the verb: "Für den Cluster X spricht …", "For Cluster X, … speaks".
_SPEAKING_FOR = re.compile(
    r"^(?:für|for|pour|per|dla)\s+(?:den|die|das|the|le|la|il)?\s*(?P<organisation>(?-i:[A-ZÀ-Ž])[\w&'’-]*"
    r"(?:\s+(?-i:[A-ZÀ-Ž])[\w&'’-]*){0,5}),?\s+$",
    re.IGNORECASE,
)
_AND_NEXT = re.compile(r"\s*(?:,\s*|,?\s+(?:and|und|et|oraz|i|e|y)\s+)(?=[A-ZÀ-Ž][\w'’-]+\s+[A-ZÀ-Ž])")
# The speaker's job title at the site's own organisation before the name: "our Head of Projects Name", "unser
# Geschäftsführer Name", "la nostra cluster manager Name", "prezes naszego klastra, Name" (no organisation: "our").
_OWN_ROLE = re.compile(
    r"^(?:(?:our|unser|unsere|unserer|notre|nos|la nostra|il nostro|nuestra|nuestro|nasz|nasza|náš|naše|naši)\s+"
    r"(?P<role>(?:[\w-]+\s+){0,2}?[\w-]+)|(?P<genitive>[\w-]+(?:\s+[\w-]+)?)\s+(?:naszego|naszej|našeho|naší)\s+"
    r"[\w-]+),?\s+(?=(?:(?-i:[A-Z])\w{0,3}\.\s+)*"  # "Dr." may come first, particles inside the name
    r"(?-i:[A-ZÀ-Ž][\w'’-]+\s+(?:(?:de|da|di|van|von|der|den|del|la|le|ter)\s+){0,2}[A-ZÀ-Ž]))",
    re.IGNORECASE,
)


def _own_role(text: str) -> tuple[str, int] | None:
    """The job title an "our …" lead gives (see _OWN_ROLE) and where the name after it starts."""
    if not text[:1].isalpha():
        return None
    found = _OWN_ROLE.match(text)
    if found is None:
        return None
    role = found.group("role") or found.group("genitive")
    end = found.end()
    while found.group("role"):  # "our Senior Advisor Name": a job title in capitals goes on up to the name
        word = text[end:].split(" ", 1)[0]
        if not (word[:1].isupper() and _is_role_word(_word(word))) or end + len(word) >= len(text):
            break
        end += len(word) + 1
        role = text[found.start("role") : end]
    if not (starts_with_role(role) or _is_role_word(_word(role.split()[-1]))):
        return None
    return role.strip(" ,"), end


def _may_name_speakers(text: str) -> bool:
    """Whether a sentence may say who spoke: a speaking verb (also one before its subject), or a speaking "by"."""
    if _VERB.search(text) is not None or (_AGENT.search(text) is not None and _SPEAKING_BY.search(text) is not None):
        return True
    if " von " in text and _PASSIVE_SPEAKING.search(text) is not None:
        return True
    if _panel_with(text) is not None:
        return True
    if ("join" in text or "represent" in text) and _own_joins(text):  # "our manager Name joins the Talk"
        return True
    return any(mark in text for mark in _QUOTE_MARKS) and _QUOTE_VERB.search(text) is not None


def prose_speakers(lines: list[Line], index: EuroclusterIndex) -> list[tuple[int, Speaker]]:
    """People an event report says spoke, with their line numbers: "Name, Role at Org, presented…", "Name from Org
    explained…", "…with Name of Org, who presented…", "Presentations were given by A (Org) and B (Org)"."""
    speakers: list[tuple[int, Speaker]] = []
    introduced: dict[str, tuple[str, str]] = {}  # first name → full name and job, from "our project lead Anna Berg"
    for line in lines:
        if not line.heading and any(word in line.text for word in _POSSESSIVES):  # the cheap test first
            _introduce(line.text, introduced)
        if line.heading or len(line.text) < 20 or not _may_name_speakers(line.text):
            continue
        parts = sentences(line.text)
        for sentence in parts:
            listed = _listed_by(sentence, index)
            if listed:
                speakers.extend((line.index, speaker) for _, speaker in listed)
                if ", while " in sentence or ", whereas " in sentence:  # "…by A and B, while C, Role, welcomed…"
                    named = {speaker.name for _, speaker in listed}
                    found = _subject_speakers(sentence, index)
                    speakers.extend((line.index, speaker) for _, speaker in found if speaker.name not in named)
                continue
            if len(parts) > 1 and not _may_name_speakers(sentence):
                continue  # a sentence that is the whole line was tested with it
            found = _subject_speakers(sentence, index)
            found.extend(_joined_speakers(sentence, index))
            named = {speaker.name for _, speaker in found}
            found.extend(item for item in _subjects_after_verb(sentence, index) if item[1].name not in named)
            if introduced:
                found.extend(item for item in _by_first_name(sentence, introduced) if item[1].name not in named)
            speakers.extend((line.index, speaker) for _, speaker in sorted(found, key=lambda item: item[0]))
    return speakers


# Literals, not a pattern: `in` finds them many times faster than a regex that cannot skip to its first letter.
_POSSESSIVES = ("our", "Our", "unser", "Unser", "onze", "Onze", "notre", "Notre", "nasz", "Nasz")
# A job title after a possessive, then a name: "our project lead Sanne Berg", "unsere Projektleiterin Eva Huber".
_INTRODUCED = re.compile(
    r"\b(?:our|unsere|unser|onze|notre|nasza|nasz)\s+(?P<role>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?=(?:\w{1,4}\.\s+)*(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž]))",
    re.IGNORECASE,
)


def _introduce(text: str, introduced: dict[str, tuple[str, str]]) -> None:
    """The people a text introduces with their job ("our project lead Sanne Berg and I spent two days …"), by first
    name: a report may go on to say what "Sanne" presented."""
    for found in _INTRODUCED.finditer(text):
        role = found.group("role")
        named = _name_at_start(text[found.end() :]) if is_role_like(role) else None
        if named is not None:
            introduced.setdefault(named[0].split()[0], (named[0], role))


# A first name alone as the subject of a speaking verb: "…, and Sanne presented our results".
_FIRST_NAME_SPEAKS = re.compile(
    rf"(?:^|\b(?:and|und|en|et|y|e|i)\s+|[;,]\s+)(?P<first>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)\s+(?:{_REPORT_VERB})\b"
)


def _by_first_name(sentence: str, introduced: dict[str, tuple[str, str]]) -> list[tuple[int, Speaker]]:
    """Speakers a report names by the first name of a person it introduced before with their job."""
    found = []
    for match in _FIRST_NAME_SPEAKS.finditer(sentence):
        person = introduced.get(match.group("first"))
        if person is not None:
            found.append((match.start("first"), Speaker(person[0], person[1], None, None)))
    return found


def find_speakers(
    lines: list[Line], index: EuroclusterIndex, report_allowed: bool, listed: Listed | None = None
) -> list[Speaker]:
    """The speaker list when the page has one; else the labelled speakers ("Moderated by …") and, on an event page,
    the people its report says spoke, in page order. `listed`: what `listed_speakers` found, when already read."""
    found, from_list = listed if listed is not None else listed_speakers(lines, index)
    found = list(found)
    if not from_list and report_allowed:
        prose = prose_speakers(lines, index)
        if prose and found:  # a person the prose names too ("…. The panel was moderated by Name, …"): in the
            said = {(number, speaker.name.casefold()) for number, speaker in prose}  # prose's order of the line
            found = [item for item in found if (item[0], item[1].name.casefold()) not in said]
        found.extend(prose)
        found.sort(key=lambda item: item[0])
    elif report_allowed and found:
        first = min(number for number, _ in found)
        if first < len(lines) and _OTHER_PEOPLE.search(lines[first].text.lower()):
            # "Other speakers are:": the ones named before the list, in the prose above it, are speakers too
            found.extend(prose_speakers(lines[: first + 1], index))
            found.sort(key=lambda item: item[0])
    if from_list and report_allowed and found:
        # "Za českou stranu se zapojí Name, Role Org" right after the list: one more speaker, with the job the list's
        # people have too (a name alone there is someone else: a contact, an author)
        after = _lines_after_list(lines, found)
        if after and not any(line.heading for line in after):
            found.extend(item for item in prose_speakers(after, index) if item[1].role and item[1].organisation)
    # "Representatives of SILEO, JEWEL and MED BAN described …": a Eurocluster's name is no person's
    return _unique([speaker for _, speaker in found if not (speaker.name.isupper() and index.canonical(speaker.name))])


LINES_AFTER_LIST = 1
LIST_REACH = 30  # how many lines from its first item the list's last item may be


def _lines_after_list(lines: list[Line], found: list[tuple[int, Speaker]]) -> list[Line]:
    """The line after the list's last item (the items may all carry the number of the list's first line)."""
    start, final = max(number for number, _ in found), found[-1][1].name
    for number in range(start, min(len(lines), start + LIST_REACH)):
        if final in lines[number].text:
            return lines[number + 1 : number + 1 + LINES_AFTER_LIST]
    return []


_OTHER_PEOPLE = re.compile(  # for lower-cased text
    r"\b(?:other|further|additional|weitere[nr]?|autres|altri|altre|otros|otras|další|pozostali|pozostałymi|inni)\s+"
    r"(?:\w+\s+){0,2}?(?:speakers?|panell?ists?|presenters?|referent|redner|sprecher|intervenants?|relatori|"
    r"ponentes|řečníci|prelegenci)"
)
