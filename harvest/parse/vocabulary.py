"""The words the parse mechanisms look for, one table per idea, one row per language.

The mechanisms (content region, event date, speakers, classification) are general; what differs between sites and
languages is only the words. A new language or wording is a row here, not a new rule. Every table maps a language
to words in lower case; a word ending in "*" is a stem ("wydarzeni*" is "wydarzenie", "wydarzenia", …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
    # not "szkolenie" (training), as not "training": a service an open call funds as often as an event
    "pl": ("wydarzeni*", "konferencj*", "spotkani*", "warsztat*", "seminari*", "webinari*"),
    "fr": ("événement", "rencontre", "réunion", "atelier", "journée", "webinaire", "conférence", "séminaire"),
    "cs": ("seminář*", "konferenc*", "webinář*", "setkání", "workshop*"),
    "it": ("evento", "convegno", "conferenza", "seminario", "incontro"),
    "es": ("evento", "jornada", "conferencia", "seminario", "taller"),
    "nl": ("evenement", "bijeenkomst", "congres", "seminarie"),
}

# German compounds end in the word that makes them an event: "Regionalworkshop", "Fachkonferenz", "Netzwerktreffen".
COMPOUND_EVENT_ENDINGS: WordTable = {
    "de": ("workshop", "konferenz", "tagung", "treffen", "seminar", "veranstaltung", "messe", "kongress", "forum"),
}
COMPOUND_FIRST_LETTERS = 3  # "Regionalworkshop": a compound holds at least three letters before its ending


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what `\w` matches


class EventWords:
    """Words that name an event, for lower-cased text: the nouns, and compounds that end in one. A leading \b here:
    they start with most letters, so the regex engine gains nothing from skipping to their first characters (see
    text.WordPattern). The compounds' branch tries every word; it is left out of texts where no ending follows
    three word characters, where it cannot match (the matches are the same, found in half the time)."""

    def __init__(self) -> None:
        nouns = rf"\b{alternation(EVENT_NOUNS)}\b"
        self.nouns = re.compile(nouns)
        self.full = re.compile(rf"{nouns}|\b\w{{{COMPOUND_FIRST_LETTERS},}}{alternation(COMPOUND_EVENT_ENDINGS)}\b")
        self.endings = tuple(table_words(COMPOUND_EVENT_ENDINGS))

    def _compounds(self, text: str) -> bool:
        for ending in self.endings:
            at = text.find(ending, COMPOUND_FIRST_LETTERS)
            while at >= 0:
                if all(_word_character(character) for character in text[at - COMPOUND_FIRST_LETTERS : at]):
                    return True
                at = text.find(ending, at + 1)
        return False

    def pattern(self, text: str) -> re.Pattern[str]:
        return self.full if self._compounds(text) else self.nouns

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern(text).search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern(text).finditer(text)


EVENT_WORDS = EventWords()

# Words that announce a title ("the webinar titled “…”", "pod hasłem „…”").
TITLE_CUES: WordTable = {
    "en": ("titled", "entitled", "title", "called", "named", "theme", "topic", "edition", "programme", "motto"),
    "de": ("titel", "thema", "motto"),
    "pl": ("pt.", "tytułem", "hasłem", "hasło", "tytuł", "motto"),
    "fr": ("intitulé", "intitulée", "thème"),
}
# The verb that joins a title word to its quoted title a few words later ("The theme of this year's workshop is “…”",
# "Das Motto lautet „…“", "Hasło tegorocznego spotkania to „…”").
TITLE_COPULAS: WordTable = {
    "en": ("is", "was", "will be"),
    "de": ("ist", "lautet", "lautete", "war"),
    "pl": ("to", "brzmi", "jest"),
    "fr": ("est", "sera"),
}
# Words that join an event to the topic it is on, before a quoted title ("a Talk on “…”", "ein Webinar über „…“").
TOPIC_LINKERS: WordTable = {
    "en": ("on", "about", "on the topic", "on the theme", "dedicated to", "focusing on", "focused on"),
    "de": ("über", "zu", "zum", "zur", "zum thema"),
    "pl": ("o", "na temat", "poświęcon*"),
    "fr": ("sur", "consacré à", "consacrée à", "sur le thème"),
    "it": ("su", "sul", "sulla", "dedicato a"),
    "es": ("sobre",),
}
# Words on an event's format that may stand between an event word and its title ("the online Talk “…”").
FORMAT_WORDS: WordTable = {"en": ("online", "virtual", "hybrid", "live", "annual", "interactive", "special")}
# What the event does, said right after its quoted title ("“…”, which takes place on …", "„…“ findet … statt").
TAKES_PLACE: WordTable = {
    "en": (
        "will take place",
        "takes place",
        "take place",
        "took place",
        "was held",
        "were held",
        "will be held",
        "is organised",
        "is organized",
    ),
    "de": ("findet", "finden", "fand", "fanden"),
    "pl": ("odbędzie", "odbędą", "odbyło", "odbyła", "odbył", "odbyły", "odbywa", "odbywają"),
    "fr": ("aura lieu", "a eu lieu", "auront lieu", "ont eu lieu", "se tiendra", "se tiendront"),
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
    "fr": ("l'événement", "l’événement", "événement", "webinaire", "l'atelier", "l’atelier", "atelier", "la session"),
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
    "de": ("zur", "zum", "der", "des", "zu dieser", "zu diesem", "zu der", "zu dem", "für diese", "für dieses"),
    "pl": ("ze", "z", "do", "z tego", "z tej", "do tego", "do tej"),
    "fr": ("de", "du", "de la", "de cet", "de cette", "de ce"),
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

# A session that informs about something else (a call, a programme): under a heading that announces an open call, it
# is a side event of the call's page ("Info webinar: 5 March, 10:00", "Spotkanie informacyjne odbędzie się …").
INFO_SESSIONS: WordTable = {
    "en": (
        "info session",
        "information session",
        "info day",
        "infoday",
        "information day",
        "info webinar",
        "information webinar",
        "informative webinar",
        "q&a session",
        "question-and-answer session",
        "webinar for applicants",
        "applicants' webinar",
    ),
    "de": (
        "infoveranstaltung",
        "informationsveranstaltung",
        "infowebinar",
        "info-webinar",
        "infotag",
        "informationstag",
        "infosession",
    ),
    "pl": (
        "webinar informacyjny",
        "webinarium informacyjne",
        "spotkanie informacyjne",
        "spotkania informacyjnego",
        "sesja informacyjna",
        "dzień informacyjny",
    ),
    "fr": ("session d'information", "séance d'information", "webinaire d'information", "journée d'information"),
    "cs": ("informační seminář", "informační webinář", "informační den"),
    "it": ("sessione informativa", "webinar informativo", "giornata informativa"),
    "es": ("sesión informativa", "jornada informativa", "webinar informativo"),
}

# People taking part: a sentence that says so around a date tells of an event on that day ("On 6 June, 120
# participants joined the discussion", "rund 40 Teilnehmende kamen zusammen", "wzięło udział 50 osób").
PARTICIPATION_WORDS: WordTable = {
    "en": (
        "participants",
        "attendees",
        "took part",
        "take part",
        "gathered",
        "came together",
        "come together",
        "brought together",
        "will bring together",
        "joined the discussion",
        "joined us",
    ),
    "de": ("teilnehmende", "teilnehmenden", "teilnehmer", "teilnehmerinnen", "nahmen teil", "kamen zusammen"),
    "pl": ("uczestnicy", "uczestników", "uczestniczki", "wzięli udział", "wzięło udział", "wzięły udział"),
    "fr": ("participants", "participantes", "ont participé", "se sont réunis", "ont réuni"),
    "cs": ("účastníci", "účastníků", "se zúčastnilo", "se zúčastnili"),
    "it": ("partecipanti",),
    "es": ("participantes", "asistentes"),
}

# Articles that introduce a thing new to the reader: an event that is the indefinite subject of its clause ("an
# information session will take place on …", "a kick-off meeting is planned on …") is a side remark of a page
# about something else; the page's own event is named in its heading or first paragraph.
INDEFINITE_ARTICLES: WordTable = {
    "en": ("a", "an"),
    "de": ("ein", "eine"),
    "fr": ("un", "une"),
    "it": ("un", "una", "uno"),
    "es": ("un", "una"),
    "nl": ("een",),
}
# What opens a first paragraph whose subject is an event of this page: "This webinar shows …", "The workshop takes
# place …", "Join us for a Talk …", "Wir laden Sie herzlich zum Workshop …", "Zapraszamy na webinarium …".
SUBJECT_OPENERS: WordTable = {
    "en": (
        "this",
        "the",
        "our",
        "join us for",
        "join us at",
        "join us in",
        "join the",
        "join our",
        "we invite you to",
        "we are pleased to invite you to",
        "you are invited to",
        "register for",
        "welcome to",
    ),
    "de": ("diese*", "der", "die", "das", "unser*", "wir laden sie*", "herzlich willkommen zu*"),
    "pl": ("zapraszamy na", "zapraszamy do udziału w", "zapraszamy serdecznie na"),
    "fr": ("ce", "cet", "cette", "le", "la", "l'", "nous vous invitons à"),
    "cs": ("zveme vás na",),
}
# Kinds of page that are no event, as a heading names them: results and selections, newsletters, funding, jobs,
# surveys, publications now out ("New Euroclusters selected …", "Cluster survey results", "Apply now: …").
NON_EVENT_GENRES: WordTable = {
    "en": (
        "results",
        "selected",
        "winners",
        "shortlisted",
        "newsletter",
        "digest",
        "apply",
        "funding",
        "grant",
        "grants",
        "vouchers",
        "vacancy",
        "vacancies",
        "job",
        "survey",
        "consultation",
        "now available",
        "now open",
        "now online",
    ),
    "de": (
        "ergebnisse",
        "ausgewählt",
        "newsletter",
        "rundbrief",
        "förderung",
        "stellenangebot",
        "umfrage",
        "jetzt verfügbar",
    ),
    "pl": ("wyniki", "wybrane", "biuletyn", "newsletter", "dofinansowanie", "ankieta", "już dostępny", "już dostępna"),
    "fr": ("résultats", "sélectionnés", "sélectionnées", "lettre d'information", "financement", "enquête"),
    "cs": ("výsledky", "vybrané", "newsletter", "dotace", "průzkum"),
}

# A heading that reports news about people or members: an award won or received ("Nordic Cluster wins …", "… erhält
# den Clusterpreis"), members admitted, someone elected or appointed ("New members approved by the General Assembly").
# A news story, even when the award was handed over or the decision taken at an event.
PEOPLE_NEWS_VERBS: WordTable = {
    "en": (
        "wins",
        "won",
        "receives",
        "received",
        "awarded",
        "honoured",
        "honored",
        "scoops",
        "takes home",
        "approved",
        "admitted",
        "elected",
        "re-elected",
        "appointed",
    ),
    "de": ("gewinnt", "erhält", "ausgezeichnet", "prämiert", "gewählt", "ernannt", "aufgenommen"),
    "pl": (
        "zdobywa",
        "zdobył",
        "zdobyła",
        "otrzymuje",
        "otrzymał",
        "otrzymała",
        "nagrodzony",
        "nagrodzona",
        "wybrany",
        "wybrana",
        "powołany",
        "powołana",
    ),
    "fr": ("remporte", "reçoit", "récompensé", "récompensée", "primé", "primée", "élu", "élue", "nommé", "nommée"),
}

# The same news as a noun heading: "Award for our cluster at the conference", "Auszeichnung für unser Team".
PEOPLE_NEWS_NOUNS: WordTable = {
    "en": ("award for", "prize for", "distinction for", "recognition for", "honour for", "honor for"),
    "de": ("auszeichnung für", "preis für", "ehrung für", "anerkennung für"),
    "pl": ("nagroda dla", "wyróżnienie dla"),
    "fr": ("prix pour", "distinction pour", "récompense pour"),
}

# An award received or won, in the past: with a place or an occasion ("during the reception of the conference"), the
# sentence reports the award, and the event is only where it was handed over.
AWARD_VERBS: WordTable = {
    "en": (
        "received",
        "won",
        "collected",
        "accepted",
        "picked up",
        "was awarded",
        "were awarded",
        "was presented with",
    ),
    "de": ("erhielt", "erhielten", "gewann", "gewannen", "nahm", "nahmen", "wurde ausgezeichnet"),
    "pl": ("otrzymał*", "zdobył*", "odebrał*"),
    "fr": ("a reçu", "ont reçu", "a remporté", "ont remporté"),
}
VENUE_PREPOSITIONS: WordTable = {
    "en": ("during", "at the", "at this", "on the occasion of"),
    "de": ("während", "bei der", "beim", "im rahmen", "auf der", "auf dem"),
    "pl": ("podczas", "w trakcie"),
    "fr": ("lors", "pendant", "au cours"),
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
        "series",
        "editions",
    ),
    "de": ("veranstaltungen", "termine", "beiträge", "meldungen", "nachrichten", "news", "artikel", "ausgaben"),
    "pl": ("wydarzenia", "aktualności", "wpisy", "artykuły", "wiadomości"),
    "fr": ("événements", "actualités", "articles"),
    "cs": ("akce", "události", "aktuality", "novinky", "články"),
}
OTHER_CONTENT_PHRASES: WordTable = {
    "en": (
        "related",  # alone: "Related"; "Related files" are the page's documents, read first
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
# Labels of the fields that give where an event starts and where it ends ("Start: … · End: …", "Beginn: … Ende: …").
START_LABELS: WordTable = {
    "en": ("start", "starts", "start date", "begins", "beginning"),
    "de": ("beginn", "start", "anfang"),
    "pl": ("początek", "rozpoczęcie", "data rozpoczęcia"),
    "fr": ("début", "date de début"),
    "it": ("inizio",),
    "es": ("inicio",),
    "cs": ("začátek",),
}
END_LABELS: WordTable = {
    "en": ("end", "ends", "end date", "finish", "finishes"),
    "de": ("ende",),
    "pl": ("koniec", "zakończenie", "data zakończenia"),
    "fr": ("fin", "date de fin"),
    "it": ("fine",),
    "es": ("fin",),
    "cs": ("konec",),
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
# "Next": on an invitation it is the event itself ("the next C2Lab takes place on …"); after the event's date, in a
# report, another one.
NEXT_OCCASION_CUES: WordTable = {
    "en": ("next", "following", "upcoming", "followed by", "precedes"),
    "de": ("nächste*", "kommende*", "folgende*", "gefolgt von"),
    "pl": ("następn*", "kolejn*"),
    "fr": ("prochain*", "suivie de", "suivi de"),
}
# Upload times, edits and counters: stamps of the page, never the event's date.
STAMP_WORDS: WordTable = {
    "en": ("updated", "last modified", "created", "views", "view", "comments", "comment"),
    "de": ("aktualisiert", "aufrufe"),
    "pl": ("wyświetle*",),
    "fr": ("mis à jour",),
}
# Words that make a dated sentence about another occasion than the page's event ("the previous edition was held…",
# "it follows the edition held in Riga on …").
OTHER_OCCASION_CUES: WordTable = {
    "en": (
        "previous",
        "former",
        "past",
        "last year",
        "last edition",
        "earlier edition",
        "follows the",
        "follows on from",
        "preceded by",
    ),
    "de": ("vorherige*", "vorige*", "letzte*", "vergangene*", "vorjahr*", "folgt auf"),
    "pl": ("poprzedni*", "ubiegł*", "zeszł*"),
    "fr": ("précédent*", "dernière édition", "l'an dernier", "fait suite"),
}

# A postponement: the verb that moves an event, the word before its new date and before its old one, a label of the
# new date, and the words that say a date was the event's before ("originally planned for"). The new date is the
# event's, whatever older text or structured data still say: "moved from 13 September to 20 September 2023",
# "postponed to 20 September", "auf den 20. September verschoben", "przeniesione na 20 września", "New date: …".
MOVE_VERBS: WordTable = {
    "en": ("moved", "postponed", "rescheduled", "shifted", "changed", "pushed back", "brought forward", "delayed"),
    "de": ("verschoben", "verlegt", "geändert"),
    "pl": ("przeniesion*", "przełożon*", "zmienion*"),
    "fr": ("reporté", "reportée", "reportés", "déplacé", "déplacée", "décalé", "décalée"),
    "it": ("rinviat*", "spostat*", "posticipat*"),
    "es": ("aplazad*", "pospuest*", "trasladad*"),
    "cs": ("přesunut*", "odložen*"),
}
NEW_DATE_LINKERS: WordTable = {
    "en": ("to", "until", "for"),
    "de": ("auf", "auf den", "zum"),
    "pl": ("na",),
    "fr": ("au", "à", "le"),
    "it": ("al", "a"),
    "es": ("al", "para el"),
    "cs": ("na",),
}
OLD_DATE_LINKERS: WordTable = {
    "en": ("from",),
    "de": ("vom", "von"),
    "pl": ("z", "ze"),
    "fr": ("du",),
    "it": ("dal",),
    "es": ("del",),
    "cs": ("z", "ze"),
}
NEW_DATE_LABELS: WordTable = {
    "en": ("new date", "new date and time"),
    "de": ("neuer termin", "neues datum"),
    "pl": ("nowy termin", "nowa data"),
    "fr": ("nouvelle date",),
    "it": ("nuova data",),
    "es": ("nueva fecha",),
    "cs": ("nový termín",),
}
OLD_DATE_CUES: WordTable = {
    "en": (
        "originally",
        "initially",
        "instead of",
        "previously planned for",
        "previously scheduled for",
        "first announced for",
        "first planned for",
        "first scheduled for",
    ),
    "de": ("ursprünglich", "statt", "anstatt", "anstelle"),
    "pl": ("pierwotnie", "zamiast"),
    "fr": ("initialement", "au lieu du"),
    "it": ("inizialmente", "invece del"),
    "es": ("inicialmente", "en lugar del"),
    "cs": ("původně",),
}

# ------------------------------------------------------------------------------------------------ speakers

# A person not yet named, standing for an organisation: "A representative of DG GROW (tbc)", "Przedstawiciel DG
# DEFIS", "Vertreterin der Kommission", "Un représentant de la Commission (à confirmer)": a placeholder, no speaker.
UNNAMED_PEOPLE: WordTable = {
    "en": ("representative", "representatives", "delegate", "speaker from", "speakers from", "expert from"),
    "de": ("vertreter", "vertreterin", "vertreter:in", "vertreter*in", "vertreter/in", "referent:in von"),
    "pl": ("przedstawiciel", "przedstawicielka", "przedstawiciele", "przedstawiciel(ka)"),
    "fr": ("représentant", "représentante", "représentant·e", "représentant(e)"),
    "it": ("rappresentante", "rappresentanti"),
    "es": ("representante", "representantes"),
    "cs": ("zástupce", "zástupkyně"),
}
# Said after a speaker not yet confirmed: "(tbc)", "(do potwierdzenia)", "(angefragt)", "(à confirmer)".
TO_BE_CONFIRMED: WordTable = {
    "en": ("tbc", "tba", "tbd", "to be confirmed", "to be announced", "invited", "tbc."),
    "de": ("angefragt", "tbc", "noch offen", "wird bestätigt"),
    "pl": ("do potwierdzenia", "tbc", "w trakcie potwierdzania"),
    "fr": ("à confirmer", "a confirmer", "sous réserve"),
    "it": ("da confermare", "tbc"),
    "es": ("por confirmar", "pendiente de confirmación"),
    "cs": ("bude upřesněno", "v jednání"),
}

# An award after an organisation, no part of it: "…, European Cluster Manager of the Year 2022", "…, Europäische
# Clustermanagerin des Jahres 2023", "…, Menedżer Klastra Roku", "(lauréat du prix …)".
AWARD_WORDS: WordTable = {
    "en": ("of the year", "award", "awards", "prize", "winner", "laureate", "finalist"),
    "de": ("des jahres", "preis", "preisträger*", "gewinner*", "auszeichnung"),
    "pl": ("roku", "nagrod*", "laureat*", "zwycięzc*"),
    "fr": ("de l'année", "de l’année", "prix", "lauréat*", "finaliste"),
    "it": ("dell'anno", "dell’anno", "premio", "vincitor*"),
    "es": ("del año", "premio", "ganador*"),
    "cs": ("cena", "vítěz*"),
}

# Words of a line or heading that introduces speakers ("Speakers include:", "Zu Wort kamen:").
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
        "pitches",
        "pitches by",
        "pitch by",
        "discussion with",
        "debate with",
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
        "es referierten",
        "zu wort kamen",
        "zu wort kommen",
        "mit dabei",
        "gäste",
        "auf dem podium",
        "podium",
        "impulse von",
        "impulsgeber*",
        "mit beiträgen von",
        "diskussion mit",
        "podiumsdiskussion mit",
        "gespräch mit",
    ),
    "pl": (
        "prelegen*",
        "wystąpi*",
        "udział wezm*",
        "udział wzięli",
        "z udziałem",
        "paneli*",
        "eksper*",
        "goście",
        "gości",
        "mówcy",
    ),
    "fr": ("intervenant*", "orateur", "orateurs", "conférencier*", "avec la participation de", "débat avec"),
    "it": ("relatori", "relatore", "interverranno"),
    "es": ("ponentes", "intervienen"),
    "cs": ("řečník*", "řečníci", "řečnice", "přednášející", "vystoupí"),
    "nl": ("sprekers",),
}
# Plural nouns that head a list of people on a line of their own, without a colon or heading markup ("Speakers",
# "Our panellists", "Referent:innen").
SPEAKER_LIST_NOUNS: WordTable = {
    "en": ("speakers", "panellists", "panelists", "presenters", "moderators"),
    "de": ("referenten", "referentinnen", "referent:innen", "referent*innen", "sprecher", "sprecher:innen", "redner"),
    "pl": ("prelegenci", "mówcy", "paneliści"),
    "fr": ("intervenants", "intervenantes", "orateurs", "conférenciers"),
    "it": ("relatori",),
    "es": ("ponentes",),
    "nl": ("sprekers",),
    "cs": ("řečníci", "přednášející"),
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
        "panel discussion",
        "round table",
        "roundtable",
        "panellist",
        "panellists",
        "panelist",
        "panelists",
        "introduc*",
        "speaker",
        "speakers",
        "presented",
        "presentation",
        "with",
        "featuring",
    ),
    "de": (
        "begrüßung",
        "grußwort",
        "moderation",
        "impuls",
        "impulsvortrag",
        "schlusswort",
        "eröffnung",
        "podiumsdiskussion",
        "mit",
    ),
    "pl": ("moderacja", "prowadzenie", "otwarcie", "powitanie", "podsumowanie", "panel dyskusyjny", "z udziałem"),
    "fr": ("modérat*", "modérée", "animé", "animée", "intervenant*", "ouverture", "clôture", "table ronde", "avec"),
    "cs": ("moderace", "moderuje", "úvodní slovo"),
    "it": ("moderazione", "modera", "moderano"),
    "es": ("moderación", "modera", "moderan"),
}
SPEAKER_PART_LINKERS: WordTable = {"en": ("by",), "de": ("durch", "von"), "pl": ("przez",), "fr": ("par",)}
# A noun in apposition before a person's name ("Our colleague Helena Novák presented…", "Unsere Kollegin …"): the
# name follows it.
INTRODUCING_DETERMINERS: WordTable = {
    "en": ("our", "their", "his", "her", "its", "the"),
    "de": ("unsere", "unser", "der", "die"),
    "pl": ("nasza", "nasz", "nasi"),
    "fr": ("notre", "nos", "le", "la"),
}
INTRODUCING_NOUNS: WordTable = {
    "en": ("colleague*", "partner*", "member", "guest", "host", "expert", "representative", "moderator", "friend"),
    "de": ("kolleg*", "partner*", "gast", "moderator*", "expert*"),
    "pl": ("koleżank*", "koleg*", "ekspert*", "partner*"),
    "fr": ("collègue*", "partenaire*", "modérat*"),
}
# Words that join a sentence of a report to the one before it, before its subject ("Finally, Anna Berg presented …",
# "Anschließend präsentierte …", "Następnie dr Anna Nowak przedstawiła …", "Ensuite, Marie Dupont a présenté …").
SENTENCE_CONNECTORS: WordTable = {
    "en": (
        "firstly",
        "first",
        "secondly",
        "second",
        "thirdly",
        "third",
        "finally",
        "lastly",
        "then",
        "next",
        "afterwards",
        "moreover",
        "furthermore",
        "also",
        "in addition",
        "subsequently",
        "later",
        "after that",
        "meanwhile",
        "following this",
        "to conclude",
        "in conclusion",
        "in the first part",
        "in the second part",
        "in the next part",
        "in the first session",
        "in the second session",
        "in the next session",
    ),
    "de": (
        "anschließend",
        "danach",
        "im anschluss",
        "zum abschluss",
        "abschließend",
        "zunächst",
        "zuerst",
        "dann",
        "außerdem",
        "schließlich",
    ),
    "pl": ("następnie", "potem", "na zakończenie", "na koniec", "najpierw", "ponadto"),
    "fr": ("ensuite", "puis", "enfin", "pour conclure", "d'abord", "tout d'abord", "par ailleurs"),
}
# A part of the programme, then the word for "by" and its speaker: "…was moderated by", "after a welcome by",
# "nach der Begrüßung durch", "l'accueil par".
SPOKEN_BY_WORDS: WordTable = {
    "en": (
        "chaired",
        "moderated",
        "opened",
        "closed",
        "presented",
        "introduced",
        "welcomed",
        "hosted",
        "given",
        "delivered",
        "facilitated",
        "kicked off",
        "welcome",
        "introduction",
        "keynote",
        "presentation",
        "speech",
        "address",
        "remarks",
        "opening",
        "input",
        "word of welcome",
    ),
    "de": ("begrüßung", "einführung", "eröffnung", "grußwort", "vortrag", "impulsvortrag"),
    "fr": ("accueil", "ouverture", "allocution"),
}
AGENT_WORDS: WordTable = {"en": ("by",), "de": ("durch",), "fr": ("par",)}
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

# The other columns of a table of people that describe them; any further column (time, session, topic) does not.
ROLE_HEADERS: WordTable = {
    "en": ("position", "role", "function", "job title"),  # a bare "Title" is the talk's
    "de": ("funktion", "position", "rolle"),
    "pl": ("stanowisko", "funkcja"),
    "fr": ("fonction", "poste", "rôle"),
}
ORGANISATION_HEADERS: WordTable = {
    "en": ("organisation", "organization", "institution", "company", "affiliation", "employer"),
    "de": ("organisation", "institution", "unternehmen", "firma", "einrichtung"),
    "pl": ("instytucja", "organizacja", "firma"),
    "fr": ("organisme", "organisation", "entreprise", "structure"),
}

# ------------------------------------------------------------------------------------------------ speaker lines
# The words of the one grammar that splits a speaker line or description into name, role and organisation.

# Speaking verbs that come before their subject in languages that put the verb second or the subject last:
# "Anschließend stellte Dr. Paul Weber (ECCP) die Methodik vor", "Spotkanie otworzył dr Jan Kowalski".
# Verbs of saying that come before their subject right after a quotation: "“…,” said Dr. X, CEO of Y", "„…“, sagte
# X", "« … », a déclaré X".
QUOTE_VERBS: WordTable = {
    "en": (
        "said",
        "says",
        "added",
        "adds",
        "explained",
        "explains",
        "noted",
        "notes",
        "stressed",
        "stresses",
        "commented",
        "concluded",
        "emphasised",
        "emphasized",
        "underlined",
        "pointed out",
        "remarked",
    ),
    "de": ("sagte", "sagt", "betonte", "betont", "erklärte", "erklärt", "ergänzte", "so"),
    "fr": ("a déclaré", "déclare", "a souligné", "souligne", "a expliqué", "explique", "a ajouté", "ajoute"),
}
VERBS_BEFORE_SUBJECT: WordTable = {
    "de": (  # singular and plural ("stellte", "stellten")
        "präsentierte",
        "präsentierten",
        "erläuterte",
        "erläuterten",
        "stellte",
        "stellten",
        "berichtete",
        "berichteten",
        "eröffnete",
        "eröffneten",
        "moderierte",
        "moderierten",
        "begrüßte",
        "begrüßten",
        "referierte",
        "referierten",
        "schilderte",
        "schilderten",
        "diskutierte",
        "diskutierten",
        "zeigte",
        "zeigten",
        "sprach",
        "sprachen",
        "hielt",
        "hielten",
        "gab",
        "gaben",
        "schloss",
        "schlossen",
    ),
    "pl": (  # past tense stems: "przedstawił", "przedstawiła", and the plural "przedstawili"
        "przedstawił*",
        "przedstawil*",
        "otworzył*",
        "otworzyl*",
        "zaprezentował*",
        "zaprezentowal*",
        "omówił*",
        "omówil*",
        "mówił*",
        "mówil*",
        "wygłosił*",
        "wygłosil*",
        "moderował*",
        "moderowal*",
        "podsumował*",
        "podsumowal*",
        "powitał*",
        "powital*",
    ),
}

# Small words inside names: "Jan de Boer", "Ursula von der Leyen".
PARTICLES = frozenset(
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
# Words no person's name holds: a line or heading with one of them is something else ("European Commission").
NOT_NAME_WORDS = frozenset(
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
        "bureau",
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
# Nouns that end the names of companies and projects, never a person's ("Brainport Development", "Nordic Energy
# Partners"); surnames that are ordinary words ("Power", "Waters", "Wood") are left out.
CORPORATE_NOUNS = frozenset(
    [
        "development",
        "developments",
        "solutions",
        "technologies",
        "technology",
        "tech",
        "systems",
        "services",
        "industries",
        "industry",
        "consulting",
        "consultancy",
        "partners",
        "ventures",
        "holding",
        "holdings",
        "energy",
        "mobility",
        "logistics",
        "engineering",
        "innovation",
        "innovations",
        "labs",
        "capital",
        "invest",
        "investments",
        "robotics",
        "analytics",
        "software",
        "electronics",
        "materials",
        "manufacturing",
        "automotive",
        "aerospace",
        "textiles",
        "foods",
        "factory",
        "academy",
        "studio",
        "research",
        "management",
        "marketing",
        "communications",
        "tourism",
        "transport",
        "pharma",
        "biotech",
        "chemicals",
        "packaging",
        "construction",
    ]
)
# Endings of abstract nouns and adjectives that no name has, read on words of at least NOT_NAME_ENDING_LETTERS
# letters: "Förderung", "Zugehörige", "Informationen", "Readiness", "Partnerství" are headings, not people.
# Iberian "-ción"/"-ção" are not among them: "Concepción", "Conceição" are names.
NOT_NAME_ENDINGS = (
    "ung",
    "ungen",
    "heit",
    "heiten",
    "keit",
    "keiten",
    "schaft",
    "schaften",
    "tion",
    "tions",
    "tionen",
    "sion",
    "sions",
    "ment",
    "ments",
    "iness",
    "ship",
    "ität",
    "itäten",
    "ismus",
    "ology",
    "ologie",
    "ische",
    "ischen",
    "liche",
    "lichen",
    "ige",
    "igen",
    "zione",
    "ość",
    "ství",
)
NOT_NAME_ENDING_LETTERS = 8
# Job titles: a part holding one of these is a role.
ROLE_WORDS = frozenset(
    [
        "prof",
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
        "marshal",
        "voivode",
        "prefect",
        "senator",
        "councillor",
        "councilor",
        "burgomaster",
        "rapporteur",
        "envoy",
        "delegate",
        "ombudsman",
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
        "ředitel",
        "ředitelka",
        "předseda",
        "předsedkyně",
        "manažer",
        "manažerka",
        "direttore",
        "direttrice",
        "presidente",
        "responsabile",
        "coordinatore",
        "coordinatrice",
        "directora",
        "gerente",
        "coordinador",
        "coordinadora",
    ]
)
# Words that open a job title without being one ("Senior …", "Policy …"): only at the start of a part.
ROLE_MODIFIERS = frozenset(
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
ROLE_ACRONYMS = frozenset(
    [
        "PDF",
        "KB",
        "MB",
        "GB",
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
        "region",
        "province",
        "voivodeship",
        "municipality",
        "county",
        "city",
        "prefecture",
        "canton",
        "urząd",
        "agencja",
        "stowarzyszenie",
        "politechnika",
        "verband",
        "verein",
        "e.v.",
    ]
)
# "Head of Sector of DG RTD": a unit before " of " belongs to the role; members and fellows are one title; a field
# of work after " of " is no organisation ("Professor of Industrial Design").
UNIT_WORDS = frozenset(
    ["board", "unit", "sector", "department", "division", "section", "committee", "team", "office", "directorate"]
)
MEMBERSHIP = frozenset(["member", "members", "fellow"])
FIELD_WORDS = frozenset(
    [
        "policy",
        "policies",
        "affairs",
        "development",
        "finance",
        "strategy",
        "relations",
        "operations",
        "management",
        "governance",
        "innovation",
        "research",
        "programmes",
        "programs",
        "projects",
        "communication",
        "communications",
        "marketing",
        "sales",
        "staff",
        "studies",
        "engineering",
        "partnerships",  # "Director of Strategic Partnerships": plural organisation words that name a field
        "alliances",
    ]
)
# A country after the organisation is no part of it ("…, Latvian Wood Cluster (Latvia)").
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
# Verbs that say someone spoke, in the words of event reports (literal: matched as one prefix tree).
REPORT_VERBS = [
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
    "chaired",
    "hosted",
    "facilitated",
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
    *VERBS_BEFORE_SUBJECT["de"],  # German puts its speaking verbs after the subject too
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
# German job titles end in the word that makes them one, also in the feminine: "Clustermanagerin",
# "Referatsleiterin", "Projektkoordinator".
COMPOUND_ROLE_ENDINGS = (
    "manager",
    "managerin",
    "leiter",
    "leiterin",
    "direktor",
    "direktorin",
    "führer",
    "führerin",
    "koordinator",
    "koordinatorin",
    "referent",
    "referentin",
    "berater",
    "beraterin",
    "präsident",
    "präsidentin",
)
# German compounds end in the word that makes them an organisation: "Landesministerium", "Branchenverbands".
COMPOUND_ORG_ENDINGS = (
    "ministerium",
    "verband",
    "verein",
    "zentrum",
    "institut",
    "gesellschaft",
    "kammer",
    "netzwerk",
    "agentur",
    "stiftung",
    "universität",
    "hochschule",
    "cluster",
    "behörde",
)
