"""The words the parse mechanisms look for, one table per idea, one row per language.

The mechanisms (content region, event date, speakers, classification) are general; what differs between sites and
languages is only the words. A new language or wording is a row here, not a new rule. Every table maps a language
to words in lower case; a word ending in "*" is a stem ("wydarzeni*" is "wydarzenie", "wydarzenia", …).
"""

from __future__ import annotations

import re

from harvest.parse.text import word_tree

WordTable = dict[str, tuple[str, ...]]


def table_words(*tables: WordTable) -> list[str]:
    """Every word of the tables, in all languages."""
    return [word for table in tables for words in table.values() for word in words]


def alternation(*tables: WordTable) -> str:
    """A regex group for the words of the tables: whole words as a prefix tree, stems followed by word characters."""
    words = table_words(*tables)
    whole = [w for w in words if not w.endswith("*")]
    stems = [w[:-1] for w in words if w.endswith("*")]
    branches = ([word_tree(whole)] if whole else []) + ([rf"{word_tree(stems)}\w*"] if stems else [])
    return "(?:" + "|".join(branches) + ")"


def words_regex(*tables: WordTable, flags: int = 0) -> re.Pattern[str]:
    r"""The words of the tables as whole words (\b on both sides), for lower-cased text unless `flags` say else."""
    return re.compile(rf"\b{alternation(*tables)}\b", flags)


# ------------------------------------------------------------------------------------------------ events

# Nouns that name an event.
EVENT_NOUNS: WordTable = {
    "en": (
        "event",
        "talk",
        "talks",
        "webinar",
        "webinars",
        "workshop",
        "workshops",
        "conference",
        "session",
        "seminar",
        "meeting",
        "lab",
        "matchmaking",
        "forum",
        "summit",
        "fair",
        "exhibition",
        "congress",
        "symposium",
        "hackathon",
        "clusterxchange",
        "info day",
        "infoday",
        "round table",
        "roundtable",
        "panel",
        "clusters meet regions",
        "c2lab",
        "c2labs",
    ),
    "de": (
        "veranstaltung",
        "konferenz",
        "tagung",
        "kongress",
        "messe",
        "werkstatt",
        "treffen",
        "netzwerktreffen",
        "fachtag",
        "infotag",
        "vortrag",
    ),
    "pl": ("wydarzeni*", "konferencj*", "spotkani*", "warsztat*", "seminari*", "webinari*", "szkoleni*"),
    "fr": ("événement", "rencontre", "atelier", "journée", "webinaire", "conférence", "séminaire"),
}

# Words that name an event, for lower-cased text. A leading \b here: they start with most letters, so the regex
# engine gains nothing from skipping to their first characters (see text.WordPattern).
EVENT_WORDS = words_regex(EVENT_NOUNS)

# Words that announce a title ("the webinar titled “…”", "pod hasłem „…”").
TITLE_CUES: WordTable = {
    "en": ("titled", "entitled", "title", "called", "named", "theme", "topic", "edition", "programme", "motto"),
    "de": ("titel", "thema", "motto"),
    "pl": ("pt.", "tytułem", "hasłem"),
    "fr": ("intitulé", "intitulée", "thème"),
}
# Words on an event's format that may stand between an event word and its title ("the online Talk “…”").
FORMAT_WORDS: WordTable = {"en": ("online", "virtual", "hybrid", "live", "annual", "interactive", "special")}
# What the event does, said right after its quoted title ("“…”, which takes place on …", "„…“ findet … statt").
TAKES_PLACE: WordTable = {
    "en": ("will take place", "takes place", "took place", "was held", "will be held", "is organised", "is organized"),
    "de": ("findet", "fand"),
    "pl": ("odbędzie", "odbyło", "odbyła"),
    "fr": ("aura lieu", "a eu lieu"),
}
RELATIVE_PRONOUNS: WordTable = {
    "en": ("which", "that"),
    "de": ("die", "der", "das"),
    "pl": ("który", "która", "które"),
    "fr": ("qui",),
}

# Words that open a box of this event's own documents ("Event materials", "Unterlagen zur Veranstaltung").
EVENT_NOUNS_IN_PHRASES: WordTable = {
    "en": ("event", "webinar", "workshop", "talk", "session", "conference", "meeting"),
    "de": ("veranstaltung", "veranstaltungs", "webinar", "webinars", "workshop", "workshops", "konferenz", "tagung"),
    "pl": ("spotkania", "wydarzenia", "webinarium", "warsztatów", "konferencji"),
    "fr": ("l'événement", "l’événement", "webinaire", "l'atelier", "l’atelier", "la session"),
}
DOCUMENT_NOUNS: WordTable = {
    "en": (
        "document",
        "documents",
        "download",
        "downloads",
        "files",
        "attachments",
        "material",
        "materials",
        "presentations",
        "slides",
        "resources",
    ),
    "de": ("dokumente", "unterlagen", "materialien", "präsentationen", "downloads", "dateien", "anhänge"),
    "pl": ("materiały", "dokumenty", "pliki", "prezentacje", "załączniki"),
    "fr": ("documents", "supports", "présentations", "fichiers", "pièces jointes"),
}
# "Related files", "Zugehörige Dateien": the documents that belong to the page they sit on.
ATTACHED_WORDS: WordTable = {
    "en": ("related", "attached", "associated"),
    "de": ("zugehörige", "dazugehörige", "angehängte", "verknüpfte"),
    "pl": ("załączone", "powiązane"),
    "fr": ("fichiers joints",),
}
DOCUMENT_LINKERS: WordTable = {
    "en": ("for this", "for the", "of this", "of the", "from this", "from the"),
    "de": ("zur", "zum", "der", "des"),
    "pl": ("ze", "z", "do"),
    "fr": ("de", "du", "de la"),
}

# An open call for applications or funding: a page about it is no event page, whatever info session it announces.
OPEN_CALL_WORDS: WordTable = {
    "en": (
        "open call",
        "open calls",
        "call for proposals",
        "call for applications",
        "call for expression of interest",
        "call for expressions of interest",
        "call for participants",
        "call for tender",
        "call for tenders",
        "call for papers",
        "cascade funding",
        "funding call",
        "first call",
        "second call",
        "third call",
        "new call",
    ),
    "de": ("ausschreibung", "förderaufruf", "projektaufruf", "kaskadenförderung"),
    "pl": ("nabór", "konkurs"),
    "fr": ("appel à projets", "appel à candidatures", "appel à manifestation d'intérêt"),
}

# ------------------------------------------------------------------------------------------------ other content

# Box headings that announce OTHER content: a qualifier, then within a few words a kind of content ("Upcoming
# events", "Weitere Meldungen", "Najbliższe wydarzenia"), or a phrase of its own ("You may also like").
OTHER_QUALIFIERS: WordTable = {
    "en": (
        "upcoming",
        "latest",
        "recent",
        "related",
        "other",
        "more",
        "popular",
        "similar",
        "further",
        "next",
        "previous",
        "past",
        "our",
        "featured",
    ),
    "de": ("weitere", "aktuelle", "neueste", "ähnliche", "kommende", "nächste", "andere", "verwandte", "vergangene"),
    "pl": (
        "najbliższe",
        "nadchodzące",
        "najnowsze",
        "inne",
        "podobne",
        "powiązane",
        "ostatnie",
        "kolejne",
        "pozostałe",
    ),
    "fr": ("autres", "prochains", "prochaines", "derniers", "dernières", "nos"),
    "cs": ("další", "nejnovější", "nadcházející", "připravované", "související"),
}
CONTENT_NOUNS: WordTable = {
    "en": (
        "event",
        "events",
        "news",
        "post",
        "posts",
        "article",
        "articles",
        "stories",
        "items",
        "content",
        "webinar",
        "webinars",
        "publications",
    ),
    "de": ("veranstaltungen", "termine", "beiträge", "meldungen", "nachrichten", "news", "artikel"),
    "pl": ("wydarzenia", "aktualności", "wpisy", "artykuły", "wiadomości"),
    "fr": ("événements", "actualités", "articles"),
    "cs": ("akce", "události", "aktuality", "novinky", "články"),
}
OTHER_CONTENT_PHRASES: WordTable = {
    "en": (
        "you may also like",
        "you might also like",
        "read also",
        "read more",
        "read next",
        "see also",
        "share this",
        "tags",
        "categories",
        "archives",
        "follow us",
        "newsletter",
        "more from",
        "more events from",
    ),
    "de": ("das könnte sie auch interessieren", "auch interessant", "lesen sie auch"),
    "pl": ("zobacz też", "zobacz także", "zobacz również", "czytaj także", "aktualności"),
    "fr": ("à lire aussi", "articles similaires", "voir aussi"),
}
# A heading that only names a section of a site ("News", "Event calendar", "Nadchodzące wydarzenia") heads a listing.
SECTION_QUALIFIERS: WordTable = {
    "en": ("all", "latest", "upcoming", "past", "our", "next", "future"),
    "de": ("kommende", "anstehende", "aktuelle", "vergangene", "unsere"),
    "pl": ("nadchodzące", "najbliższe", "planowane", "minione"),
    "fr": ("prochains", "nos"),
    "cs": ("nadcházející", "připravované"),
}
SECTION_NOUNS: WordTable = {
    "en": (
        "news",
        "events",
        "articles",
        "posts",
        "blog",
        "projects",
        "press releases",
        "event calendar",
        "calendar",
        "news and events",
        "events and news",
        "archive",
        "archives",
    ),
    "de": ("veranstaltungen", "termine", "aktuelles", "nachrichten", "neuigkeiten", "projekte"),
    "pl": ("wydarzenia", "aktualności", "kalendarz wydarzeń"),
    "fr": ("actualités", "événements", "agenda des événements", "projets"),
    "cs": ("aktuality", "novinky", "akce", "události", "projekty"),
}

# ------------------------------------------------------------------------------------------------ dates

# Labels of a date field ("Date:", "Wann", "Kiedy").
DATE_LABELS: WordTable = {
    "en": ("date", "dates", "date(s)", "when", "date and time", "location and date"),
    "de": ("datum", "termin", "wann"),
    "pl": ("data", "data i godzina", "kiedy"),
    "fr": ("quand", "date et heure"),
    "es": ("fecha",),
}
TIME_LABELS: WordTable = {
    "en": ("time", "hour", "hours"),
    "de": ("zeit", "uhrzeit"),
    "pl": ("godzina", "godz.", "godz"),
    "fr": ("heure", "horaire"),
    "es": ("hora",),
    "it": ("ora",),
    "cs": ("čas",),
}
# Words before a date that make it the event's: "on", "takes place", "am", "w dniu".
EVENT_DATE_CUES: WordTable = {
    "en": (
        "on",
        "from",
        "between",
        "takes place",
        "take place",
        "took place",
        "will take place",
        "held",
        "scheduled",
        "organis*",
        "organiz*",
    ),
    "de": ("am", "vom", "von"),
    "pl": ("w dniu", "dnia", "dn.", "od", "w dniach", "odbędzie się", "odbyło się", "odbyła się", "odbył się"),
    "fr": ("le", "du", "aura lieu", "se tiendra", "a eu lieu", "s'est tenu", "s’est tenu"),
}
# Words before a date that make it the date of something else than the event.
DEADLINE_CUES: WordTable = {
    "en": (
        "until",
        "till",
        "deadline",
        "no later than",
        "expire",
        "expires",
        "close",
        "closes",
        "closed",
        "closing",
        "valid",
        "registration",
        "register by",
        "apply by",
        "apply before",
        "application",
        "applications",
    ),
    "de": ("anmeldeschluss", "anmeldung", "frist", "einsendeschluss"),
    "pl": ("zgłosze*", "rejestracj*", "nabór"),
    "fr": ("date limite", "inscription", "inscriptions"),
}
HISTORY_CUES: WordTable = {"en": ("launched", "founded", "established", "duration", "since")}
# A publication stamp: the page's own date, never the event's.
PUBLISHED_WORDS: WordTable = {
    "en": ("submitted by", "posted", "published", "publication date"),
    "de": ("veröffentlicht",),
    "pl": ("opublikowano", "opublikowany", "opublikowana", "dodano"),
    "fr": ("publié",),
    "cs": ("publikováno",),
}
# Upload times, edits and counters: stamps of the page, never the event's date.
STAMP_WORDS: WordTable = {
    "en": ("updated", "last modified", "created", "views", "view", "comments", "comment"),
    "de": ("aktualisiert", "aufrufe"),
    "pl": ("wyświetle*",),
    "fr": ("mis à jour",),
}
# Words that make a dated sentence about another occasion than the page's event: "The previous C2Lab took place".
OTHER_OCCASION_CUES: WordTable = {
    "en": ("previous", "former", "past", "last year", "last edition", "earlier edition"),
    "de": ("vorherige*", "vorige*", "letzte*", "vergangene*", "vorjahr*"),
    "pl": ("poprzedni*", "ubiegł*", "zeszł*"),
    "fr": ("précédent*", "dernière édition", "l'an dernier"),
}
# "Next": on an invitation it is the event itself ("the next C2Lab takes place on …"), in a report another one.
NEXT_OCCASION_CUES: WordTable = {
    "en": ("next", "following"),
    "de": ("nächste*", "kommende*", "folgende*"),
    "pl": ("następn*", "kolejn*"),
    "fr": ("prochain*",),
}

# ------------------------------------------------------------------------------------------------ speakers

# Words of a line or heading that introduces speakers ("Speakers include:", "Es sprachen unter anderem:").
SPEAKER_CUES: WordTable = {
    "en": (
        "speaker*",
        "speaking",
        "will speak",
        "spoke",
        "panellist*",
        "panelist*",
        "panel",
        "presenter*",
        "moderat*",
        "keynote",
        "keynotes",
        "expert",
        "experts",
        "guest",
        "guests",
        "insights from",
        "contribution from",
        "contributions from",
        "presented by",
        "presentation by",
        "presentations by",
        "hear from",
        "featuring",
        "welcomed",
        "welcome",
        "line-up",
        "lineup",
        "with the participation of",
        "intervention by",
        "interventions by",
        "intervention from",
        "interventions from",
        "input from",
        "talk by",
        "talks by",
        "talk from",
        "talks from",
        "on the panel",
        "on stage",
    ),
    "de": (
        "referent*",
        "referent:innen",
        "referent*innen",
        "referent_innen",
        "sprecher:innen",
        "redner:innen",
        "referier*",
        "sprecher*",
        "redner*",
        "vortragende*",
        "es sprechen",
        "es sprachen",
        "es spricht",
        "es sprach",
        "mit dabei",
        "gäste",
        "auf dem podium",
        "podium",
        "impulse von",
        "impulsgeber*",
        "mit beiträgen von",
    ),
    "pl": ("prelegen*", "wystąpi*", "udział wezm*", "udział wzięli", "paneli*", "eksper*", "goście", "gości", "mówcy"),
    "fr": ("intervenant*", "orateur", "orateurs", "conférencier*", "avec la participation de"),
    "it": ("relatori", "relatore", "interverranno"),
    "es": ("ponentes", "intervienen"),
    "nl": ("sprekers",),
}
# What a speaker does in an event's programme, written before the name: "Keynote: …", "Welcome by …".
SPEAKER_PARTS: WordTable = {
    "en": (
        "moderat*",
        "keynote",
        "keynote speaker",
        "keynote speech",
        "keynote address",
        "keynote lecture",
        "opening",
        "opening remarks",
        "opening speech",
        "opening address",
        "welcome",
        "welcome address",
        "welcome speech",
        "welcome words",
        "welcome remarks",
        "closing",
        "closing remarks",
        "closing speech",
        "concluding remarks",
        "wrap-up",
        "chair",
        "chaired",
        "host",
        "hosted",
        "facilitat*",
        "panel",
        "panellist",
        "panellists",
        "panelist",
        "panelists",
        "introduc*",
        "speaker",
        "speakers",
        "presented",
        "presentation",
    ),
    "de": ("begrüßung", "grußwort", "moderation", "impuls", "impulsvortrag", "schlusswort", "eröffnung"),
    "pl": ("prowadzenie", "otwarcie", "powitanie", "podsumowanie"),
    "fr": ("modérat*", "modérée", "animé", "animée", "intervenant*", "ouverture", "clôture"),
}
SPEAKER_PART_LINKERS: WordTable = {"en": ("by",), "de": ("durch", "von"), "pl": ("przez",), "fr": ("par",)}
# The first column of a table of people: "Name | Position | Organisation".
NAME_HEADERS: WordTable = {
    "en": ("name", "full name"),
    "de": ("name", "vorname", "nachname"),
    "pl": ("imię i nazwisko", "nazwisko", "imię"),
    "fr": ("nom", "nom et prénom", "prénom"),
    "it": ("nome",),
    "es": ("nombre",),
    "nl": ("naam",),
}
