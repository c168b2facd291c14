"""Speakers: the list after a speaker intro, or the people an event report says spoke.

A list is only read after an intro line ("Speakers include:", "…was presented by:", "with expert insights from:",
"Referenten:", "Prelegenci:"), so other bullet lists (objectives, agendas, link lists) are never speakers. Each line
is split into name, role, organisation and Eurocluster by the shape of its parts, not by the site it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harvest.parse.document import Line
from harvest.parse.record import Speaker
from harvest.parse.text import strip_trailing, word_tree
from harvest.reference import EuroclusterIndex

_INTRO_CUE = re.compile(
    r"\b(?:speakers?|speaking|panel(?:l)?ists?|panel|presenters?|moderat\w+|keynotes?|experts?|guests?|insights from|"
    r"contributions? from|presented by|presentations? by|hear from|featuring|welcomed|welcome|line-?up|"
    r"interventions? (?:by|from)|input from|talks? (?:by|from)|referent\w*|sprecher\w*|redner\w*|vortragende\w*|"
    r"es sprechen|mit dabei|gäste|prelegen\w*|wystąpi\w*|paneli\w*|eksper\w*|goście|gości|intervenant\w*|"
    r"orateurs?|relatori|ponentes|sprekers)\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●○■□►▶➢✓✔–—\-*+]|\d{1,2}[.)](?!\d))\s*")
_PLACEHOLDER = re.compile(
    r"^(?:(?:and\s+)?(?:many\s+)?more(?:\s+speakers)?(?:\s+(?:tbc|tba|tbd|to be (?:confirmed|announced)|to come))?|"
    r"(?:speakers?\s+|others?\s+)?(?:tbc|tba|tbd|n\.?\s?n\.?)|to be (?:confirmed|announced|defined)|"
    r"and others|more to come|weitere folgen|wird noch bekannt gegeben|więcej wkrótce|…|\.\.\.)\W*$",
    re.IGNORECASE,
)
_TBC_SUFFIX = re.compile(r"\s*[(\[]\s*(?:tbc|tba|to be confirmed)\s*[)\]]\s*", re.IGNORECASE)
_LEAD_LABEL = re.compile(
    r"^(?:moderat\w+|keynote(?:\s+(?:speaker|speech|address))?|opening(?:\s+(?:remarks|speech))?|welcome(?:\s+address)?|"
    r"closing(?:\s+remarks)?|chair(?:ed by)?|host(?:ed by)?|facilitat\w+|panel(?:l?ists?)?|introduction|speakers?|"
    r"begrüßung|moderation|prowadzenie|otwarcie)\s*[:–—-]\s*",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(
    r"^(?:(?:prof|dr|ing|mgr|mr|mrs|ms|mme|m|dott|dipl|hon|sir|dame|inż|hab|doc|rndr|phdr|judr|mudr|dipl\.-ing|"
    r"univ\.-prof)\.?(?:-ing\.?)?\s+)+",
    re.IGNORECASE,
)
_NAME_SUFFIX = re.compile(r",?\s+(?:PhD|Ph\.D\.|MBA|MSc|MA|BSc|Jr\.?|Sr\.?)$")
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "del",
        "della",
        "dos",
        "das",
        "do",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "le",
        "la",
        "y",
        "af",
        "zu",
        "bin",
        "al",
        "el",
        "st",
    ]
)
_NOT_NAME_WORDS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "by",
        "and",
        "or",
        "of",
        "to",
        "our",
        "your",
        "their",
        "its",
        "speakers",
        "speaker",
        "more",
        "european",
        "eu",
        "cluster",
        "clusters",
        "commission",
        "platform",
        "network",
        "innovate",
        "adopt",
        "train",
        "go",
        "outreach",
        "watch",
        "read",
        "download",
        "register",
        "learn",
        "join",
        "further",
        "agenda",
        "programme",
        "program",
        "session",
        "panel",
        "event",
        "events",
        "talk",
        "talks",
        "webinar",
        "workshop",
        "conference",
        "day",
        "opening",
        "closing",
        "welcome",
        "keynote",
        "introduction",
        "moderator",
        "moderation",
        "summary",
        "conclusions",
        "networking",
        "coffee",
        "lunch",
        "break",
        "registration",
        "q&a",
        "questions",
        "presentation",
        "presentations",
        "slides",
        "video",
        "recording",
        "participants",
        "ministry",
        "university",
        "institute",
        "agency",
        "association",
        "alliance",
        "centre",
        "center",
        "consortium",
        "foundation",
        "department",
        "unit",
        "group",
        "council",
        "board",
        "office",
        "regional",
        "region",
        "national",
        "international",
        "global",
        "digital",
        "green",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
# Job titles: a part holding one of these is a role.
ROLE_WORDS = frozenset(
    [
        "ceo",
        "cto",
        "cfo",
        "coo",
        "cob",
        "cso",
        "cmo",
        "cio",
        "founder",
        "co-founder",
        "cofounder",
        "president",
        "vice-president",
        "vp",
        "director",
        "head",
        "manager",
        "officer",
        "leader",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "coordinator",
        "consultant",
        "researcher",
        "professor",
        "lecturer",
        "advisor",
        "adviser",
        "expert",
        "specialist",
        "analyst",
        "secretary",
        "minister",
        "commissioner",
        "member",
        "partner",
        "owner",
        "engineer",
        "architect",
        "scientist",
        "representative",
        "ambassador",
        "deputy",
        "assistant",
        "chief",
        "mep",
        "mayor",
        "governor",
        "counsellor",
        "counselor",
        "attorney",
        "lawyer",
        "economist",
        "editor",
        "journalist",
        "moderator",
        "developer",
        "designer",
        "strategist",
        "facilitator",
        "trainer",
        "coach",
        "mentor",
        "fellow",
        "administrator",
        "treasurer",
        "rector",
        "dean",
        "entrepreneur",
        "investor",
        "geschäftsführer",
        "geschäftsführerin",
        "leiter",
        "leiterin",
        "referent",
        "referentin",
        "vorstand",
        "vorsitzender",
        "vorsitzende",
        "prezes",
        "wiceprezes",
        "dyrektor",
        "dyrektorka",
        "kierownik",
        "kierowniczka",
        "specjalista",
        "specjalistka",
        "koordynator",
        "koordynatorka",
        "ekspert",
        "ekspertka",
        "directeur",
        "directrice",
        "chargé",
        "chargée",
        "responsable",
        "présidente",
        "président",
    ]
)
# Words that open a job title without being one ("Senior …", "Policy …"): only at the start of a part.
_ROLE_MODIFIERS = frozenset(
    [
        "vice",
        "deputy",
        "acting",
        "senior",
        "junior",
        "chief",
        "executive",
        "managing",
        "general",
        "associate",
        "assistant",
        "lead",
        "principal",
        "policy",
        "project",
        "programme",
        "program",
        "team",
        "international",
        "technical",
        "scientific",
        "legal",
    ]
)
_ROLE_ACRONYMS = frozenset(
    [
        "CEO",
        "CTO",
        "CFO",
        "COO",
        "COB",
        "CSO",
        "CMO",
        "CIO",
        "MEP",
        "VP",
        "EU",
        "SME",
        "SMEs",
        "PhD",
        "MBA",
        "IT",
        "ICT",
        "R&D",
        "HR",
    ]
)
ORG_WORDS = frozenset(
    [
        "cluster",
        "commission",
        "agency",
        "association",
        "alliance",
        "university",
        "universität",
        "uniwersytet",
        "univerzita",
        "université",
        "universidad",
        "università",
        "institute",
        "institut",
        "instytut",
        "istituto",
        "instituto",
        "centre",
        "center",
        "centrum",
        "zentrum",
        "consortium",
        "foundation",
        "fundacja",
        "stiftung",
        "fondation",
        "fondazione",
        "ministry",
        "ministerium",
        "ministerstwo",
        "ministère",
        "council",
        "chamber",
        "kammer",
        "izba",
        "network",
        "netzwerk",
        "platform",
        "partnership",
        "gmbh",
        "ag",
        "ltd",
        "ltd.",
        "inc",
        "inc.",
        "sa",
        "s.a.",
        "srl",
        "s.r.l.",
        "sp.",
        "spa",
        "bv",
        "nv",
        "oy",
        "ab",
        "plc",
        "llc",
        "company",
        "corporation",
        "group",
        "gruppe",
        "grupa",
        "dg",
        "directorate",
        "directorate-general",
        "eismea",
        "jrc",
        "government",
        "regierung",
        "office",
        "bank",
        "school",
        "college",
        "hub",
        "park",
        "lab",
        "laboratory",
        "society",
        "federation",
        "union",
        "authority",
        "organisation",
        "organization",
        "parliament",
        "eurocluster",
        "klaster",
        "klastr",
        "pôle",
        "polo",
        "cooperative",
        "cooperation",
        "initiative",
        "secretariat",
        "department",
    ]
)
_ROLE_OF = re.compile(
    r"^(?P<role>(?:(?:vice|deputy|acting|managing|executive|general|founding)[- ])*(?:president|director|chair"
    r"(?:man|woman|person)?|ceo|head|founder|co-founder|manager|coordinator|secretary[- ]general|"
    r"board member|member of the board|chief \w+ officer))\s+of\s+(?:the\s+)?(?P<org>.+)$",
    re.IGNORECASE,
)
_PROJECT_SUFFIX = re.compile(r"\s+(?:project|consortium)$", re.IGNORECASE)
_DROP_PART = re.compile(
    r"\b(?:of the year|award|prize|winner|laureate|finalist|download|presentation|slides|video|recording|pdf|"
    r"biography|linkedin|profile)\b",
    re.IGNORECASE,
)
COUNTRIES = frozenset(
    [
        "austria",
        "belgium",
        "bulgaria",
        "croatia",
        "cyprus",
        "czechia",
        "czech republic",
        "denmark",
        "estonia",
        "finland",
        "france",
        "germany",
        "greece",
        "hungary",
        "ireland",
        "italy",
        "latvia",
        "lithuania",
        "luxembourg",
        "malta",
        "netherlands",
        "the netherlands",
        "poland",
        "portugal",
        "romania",
        "slovakia",
        "slovenia",
        "spain",
        "sweden",
        "norway",
        "iceland",
        "switzerland",
        "united kingdom",
        "uk",
        "ukraine",
        "moldova",
        "serbia",
        "albania",
        "montenegro",
        "north macedonia",
        "bosnia and herzegovina",
        "turkey",
        "türkiye",
        "israel",
        "georgia",
        "armenia",
        "tunisia",
        "morocco",
        "usa",
        "united states",
        "canada",
        "japan",
        "south korea",
        "korea",
        "india",
        "china",
        "brazil",
        "deutschland",
        "polska",
        "österreich",
        "frankreich",
        "italien",
        "spanien",
        "belgien",
        "niederlande",
        "schweden",
        "polen",
        "tschechien",
        "francja",
        "niemcy",
        "hiszpania",
        "włochy",
        "czechy",
    ]
)
_AT = re.compile(r"\s+(?:at|@|bei|chez|presso|w)\s+(?:the\s+)?", re.IGNORECASE)
_SPLIT_DASH = re.compile(r"\s+[–—-]\s+|\s*\|\s*")
_NAME_SEPARATOR = re.compile(r",\s*|\s+[–—-]\s+|\s*[–—]\s*|:\s+|\s*\|\s*|\s+\(|\u2063\s*[,:–—-]?\s*")
# Verbs that say someone spoke, in the words of event reports (literal: matched as one prefix tree).
_REPORT_VERBS = [
    "presented",
    "presents",
    "spoke",
    "speaks",
    "explained",
    "explains",
    "described",
    "describes",
    "opened",
    "opens",
    "highlighted",
    "highlights",
    "discussed",
    "discusses",
    "showed",
    "shows",
    "stressed",
    "stresses",
    "shared",
    "shares",
    "gave",
    "gives",
    "welcomed",
    "welcomes",
    "moderated",
    "introduced",
    "introduces",
    "outlined",
    "outlines",
    "emphasised",
    "emphasized",
    "talked",
    "underlined",
    "underlines",
    "pointed",
    "addressed",
    "delivered",
    "closed",
    "summarised",
    "summarized",
    "noted",
    "argued",
    "focused",
    "reflected",
    "announced",
    "illustrated",
    "demonstrated",
    "provided",
    "offered",
    "showcased",
    "elaborated",
    "concluded",
    "walked",
    "reminded",
    "präsentierte",
    "sprach",
    "erläuterte",
    "stellte",
    "berichtete",
    "eröffnete",
    "kicked off",
    "set out",
    "took the floor",
    "a présenté",
    "a expliqué",
    "a ouvert",
    "will present",
    "will speak",
    "will explain",
    "will discuss",
    "will share",
    "will talk",
    "will give",
    "will open",
    "will close",
    "will introduce",
    "will moderate",
    "will deliver",
]
_REPORT_VERB = word_tree(_REPORT_VERBS) + r"|(?:przedstawił|omówił|mówił|otworzył|zaprezentował)\w*"
_VERB = re.compile(rf"\b(?:{_REPORT_VERB})\b")
_WHO_BEFORE = re.compile(r",?\s*(?:who\s*)?$")
_BY_INTRO = re.compile(
    r"\b(?:chaired|moderated|opened|presented|introduced|welcomed|hosted|led|given|delivered|facilitated|"
    r"kicked off)\s+by\s+",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(
    r"^(?:(?:firstly|first|secondly|second|thirdly|third|finally|lastly|then|next|afterwards|moreover|furthermore|"
    r"also|in addition|subsequently|later|after that|meanwhile|following this|to conclude|in conclusion|"
    r"in the (?:first|second|next) (?:part|session)),?\s+)?"
    r"(?:(?:the|a)\s+(?:next|first|second|third|last|final|closing|opening|keynote)\s+(?:speaker|presenter|"
    r"presentation|panel+ist|keynote)\s*,?\s*(?:was\s+)?)?",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(r";\s+|,?\s+and\s+(?=(?:Dr\.?\s+|Prof\.?\s+)?[A-ZÀ-Ž][\w'’-]+\s+[A-ZÀ-Ž])")
_SENTENCE_SPLIT = re.compile(r"(?<=[a-zà-ž)\]”\"'’])[.!?]\s+(?=[A-ZÀ-Ž„“\"])")
_PRESENTED_ORG = re.compile(
    r"^\s*(?:the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,4}(?:association|cluster|organisation|organization|"
    r"company|agency|network|partnership|consortium|institute|foundation|initiative|project|platform|start-?up)\s+"
    r"(?P<org>[A-ZÀ-Ž][\w'’&-]*(?:\s+(?:(?:of|for|and|&|de|the)\s+)?[A-ZÀ-Ž][\w'’&-]*)*)"
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
_SEMICOLON = re.compile(r";\s*")
_TOKEN = re.compile(r"\S+")
_FROM_ORGANISATION = re.compile(r"^,?\s*(?:from|of|with|representing|von|z)\s+(?:the\s+)?(.+)$", re.IGNORECASE)


def _word(token: str) -> str:
    return token.strip(".,;:()[]\"'“”‘’").lower()


def is_role_like(text: str) -> bool:
    return any(_word(t) in ROLE_WORDS for t in _ROLE_TOKEN_SPLIT.split(text))


def starts_with_role(text: str) -> bool:
    tokens = text.split()
    if not tokens:
        return False
    first = _word(tokens[0])
    if first in _ROLE_MODIFIERS and len(tokens) > 1:
        return is_role_like(text) or not is_org_like(text)
    return first in ROLE_WORDS


def is_org_like(text: str) -> bool:
    stripped = text.strip()
    if _DG.match(stripped):
        return True
    for token in _ORG_TOKEN_SPLIT.split(stripped):
        core = token.strip(".,;:()[]\"'“”‘’")
        if _word(token) in ORG_WORDS:
            return True
        letters = [c for c in core if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and core not in _ROLE_ACRONYMS:
            return True
    return False


def clean_name(text: str) -> str:
    name = _HONORIFIC.sub("", text.strip())
    name = _NAME_SUFFIX.sub("", name)
    return strip_trailing(name.strip("*_ "))


def looks_like_name(text: str) -> bool:
    name = clean_name(text)
    if not name or len(name) > 60 or any(ch.isdigit() for ch in name) or "@" in name:
        return False
    tokens = name.split()
    if not 2 <= len(tokens) <= 6:
        return False
    capitals = 0
    for index, token in enumerate(tokens):
        bare = token.strip("'’\"“”()")
        if not bare:
            return False
        lower = bare.lower()
        if lower in _NOT_NAME_WORDS or lower in ORG_WORDS:
            return False
        if index and lower in _PARTICLES:
            continue
        if _INITIALS.fullmatch(bare):
            capitals += 1
            continue
        if not bare[0].isupper() or not all(ch.isalpha() or ch in "-'’." for ch in bare):
            return False
        capitals += 1
    return capitals >= 2


def _split_parts(text: str, by_dash: bool) -> list[str]:
    """Split an affiliation on commas (or spaced dashes), never inside parentheses."""
    if by_dash:
        raw = _SPLIT_DASH.split(text)
    elif "(" not in text and "[" not in text:
        raw = text.split(",")
    else:
        raw, depth, current = [], 0, []
        for ch in text:
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth = max(0, depth - 1)
            if ch == "," and depth == 0:
                raw.append("".join(current))
                current = []
            else:
                current.append(ch)
        raw.append("".join(current))
    return [part for part in map(strip_trailing, raw) if part]


def _is_country(text: str) -> bool:
    return text.lower().strip() in COUNTRIES


def split_affiliation(
    text: str, index: EuroclusterIndex, by_dash: bool = False
) -> tuple[str | None, str | None, str | None]:
    """ "Role, Organisation, Parent" (in the forms speaker lines use) → (role, organisation, eurocluster)."""
    parts = _split_parts(text, by_dash)
    eurocluster = None
    kept: list[str] = []
    for part in parts:
        trimmed = _PROJECT_SUFFIX.sub("", part)
        acronym = index.canonical(part) or (index.canonical(trimmed) if trimmed != part else None)
        if acronym is None and _EUROCLUSTER_WORD.search(part):
            found = index.find(part)
            acronym = found[0].acronym if found else None
        if acronym is not None:
            eurocluster = eurocluster or acronym
            continue
        if _DROP_PART.search(part):
            continue  # award suffixes, "Download presentation", "(PDF)"
        kept.append(part)
    while len(kept) > 1 and _is_country(kept[-1]):
        kept.pop()
    role, organisation = _roles_and_organisations(kept)
    return role, organisation, eurocluster


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
        and (starts_with_role(at_split[0]) or is_role_like(at_split[0]) or len(parts) == 1)
    ):
        organisation = ", ".join([strip_trailing(at_split[1]), *parts[1:]])
        return strip_trailing(at_split[0]), organisation
    if len(parts) == 1:
        role_of = _ROLE_OF.match(first)
        if role_of and is_org_like(role_of.group("org")):
            return strip_trailing(role_of.group("role")), strip_trailing(role_of.group("org"))
        if starts_with_role(first) or (is_role_like(first) and not is_org_like(first)):
            return first, None
        return None, first
    if is_org_like(first) and not is_role_like(first):
        return None, ", ".join(parts)
    role_parts = [first]
    position = 1
    while position < len(parts) - 1 and not is_org_like(parts[position]):
        role_parts.append(parts[position])
        position += 1
    return ", ".join(role_parts), ", ".join(parts[position:])


def parse_speaker_line(
    text: str, index: EuroclusterIndex, lead_bold: str | None = None
) -> Speaker | _Placeholder | None:
    """One speaker line in any of the usual formats, a placeholder ("More TBC"), or None when it is no speaker."""
    line = _BULLET.sub("", text.replace("\u2063", "\u2063"), count=1).strip()
    line = strip_trailing(_TBC_SUFFIX.sub(" ", line))
    if not line:
        return None
    if _PLACEHOLDER.match(line.replace("\u2063", "")):
        return PLACEHOLDER
    line = _LEAD_LABEL.sub("", line)
    bold = clean_name(_BULLET.sub("", lead_bold or "").replace("\u2063", "")) if lead_bold else None
    if (
        bold
        and line.replace("\u2063", "").startswith(_BULLET.sub("", lead_bold or "").strip())
        and looks_like_name(bold)
    ):
        name = bold
        rest = line.replace("\u2063", "")[len(_BULLET.sub("", lead_bold or "").strip()) :]
        by_dash = bool(_DASH_AFTER_NAME.match(rest))
        rest = _SEPARATOR_AFTER_NAME.sub("", rest)
    else:
        line = line.replace("\u2063", "")
        separator = _NAME_SEPARATOR.search(line)
        head = line[: separator.start()] if separator else line
        rest = line[separator.end() :] if separator else ""
        if separator and separator.group(0).strip().startswith("("):
            rest = "(" + rest
            inner = _PARENTHESISED.match(rest)
            rest = f"{inner.group(1)}, {inner.group(2)}" if inner else rest.strip("()")
        by_dash = bool(separator and separator.group(0).strip() in ("–", "—", "-", "|"))
        if not looks_like_name(head):
            return None
        name = clean_name(head)
    if len(rest) > 300:
        return None
    if _PLACEHOLDER.match(name):
        return PLACEHOLDER
    role, organisation, eurocluster = split_affiliation(rest, index, by_dash) if rest.strip() else (None, None, None)
    return Speaker(name=name, role=role, organisation=organisation, eurocluster=eurocluster)


def _is_intro(line: Line) -> bool:
    text = line.text.rstrip()
    if len(text) > 260 or not (text.endswith((":", "：")) or (line.heading > 1 and len(text) < 60)):
        return False
    return bool(_INTRO_CUE.search(text))


def listed_speakers(lines: list[Line], index: EuroclusterIndex) -> list[Speaker]:
    speakers: list[Speaker] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        position += 1
        if not _is_intro(line):
            continue
        inline = line.text.split(":", 1)[1] if ":" in line.text[:-1] else ""
        for piece in _SEMICOLON.split(inline):
            parsed = parse_speaker_line(piece, index) if len(piece) > 5 else None
            if isinstance(parsed, Speaker):
                speakers.append(parsed)
        misses = 0
        while position < len(lines) and position - line.index < 60:
            candidate = lines[position]
            if candidate.heading or _is_intro(candidate):
                break
            parsed = parse_speaker_line(candidate.text, index, candidate.lead_bold)
            if parsed is None:
                misses += 1
                if misses > (1 if len(speakers) and candidate.text.startswith(("(", "[")) else 0):
                    break
                position += 1
                continue
            misses = 0
            if isinstance(parsed, Speaker):
                speakers.append(parsed)
            position += 1
    return _unique(speakers)


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
        if bare.lower() in _PARTICLES and taken:
            taken.append(token)
            continue
        if bare[:1].isupper() and all(ch.isalpha() or ch in "-'’." for ch in bare):
            taken.append(token)
            if word != bare or len(taken) == 4:
                break
            continue
        break
    while taken and taken[-1].group(0).rstrip(",;:").lower() in _PARTICLES:
        taken.pop()
    if len(taken) < 2:
        return None
    name = text[: taken[-1].end()].rstrip(",;:")
    if not looks_like_name(name):
        return None
    return clean_name(name), text[taken[-1].end() - (len(taken[-1].group(0)) - len(taken[-1].group(0).rstrip(",;:"))) :]


def _prose_speaker(clause: str, index: EuroclusterIndex) -> Speaker | None:
    by_intro = _BY_INTRO.search(clause)
    candidates = [clause[by_intro.end() :]] if by_intro else []
    candidates.append(_CONNECTOR.sub("", clause, count=1))
    for text in candidates:
        found = _name_at_start(text)
        if not found:
            continue
        name, rest = found
        verb = _VERB.search(rest)
        if not verb or verb.start() > 220 or (verb.start() and not rest[verb.start() - 1].isspace()):
            continue
        description = _WHO_BEFORE.sub("", rest[: verb.start()])
        role = organisation = eurocluster = None
        stripped = description.strip()
        from_match = _FROM_ORGANISATION.match(stripped)
        if from_match:
            organisation = strip_trailing(from_match.group(1).strip(" ,"))
        elif stripped.startswith((",", "(")) or starts_with_role(stripped):
            inner = stripped.strip(", ")
            if inner.startswith("(") and inner.endswith(")"):
                inner = inner[1:-1]
            role, organisation, eurocluster = split_affiliation(inner, index)
        elif stripped:
            continue
        if not stripped:
            presented = _PRESENTED_ORG.match(rest[verb.end() :])
            if presented:
                organisation = presented.group("org")
        return Speaker(name=name, role=role, organisation=organisation, eurocluster=eurocluster)
    return None


def prose_speakers(lines: list[Line], index: EuroclusterIndex) -> list[Speaker]:
    """People an event report says spoke: "Name, Role at Org, presented…", "Name from Org explained…"."""
    speakers: list[Speaker] = []
    for line in lines:
        if line.heading or len(line.text) < 20 or not _VERB.search(line.text):
            continue
        for sentence in _SENTENCE_SPLIT.split(line.text):
            if not _VERB.search(sentence):
                continue
            for clause in _CLAUSE_SPLIT.split(sentence):
                if not _VERB.search(clause):
                    continue
                speaker = _prose_speaker(clause, index)
                if speaker is not None:
                    speakers.append(speaker)
    return _unique(speakers)


def find_speakers(lines: list[Line], index: EuroclusterIndex, report_allowed: bool) -> list[Speaker]:
    listed = listed_speakers(lines, index)
    if listed or not report_allowed:
        return listed
    return prose_speakers(lines, index)
