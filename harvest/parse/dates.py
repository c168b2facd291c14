"""Event dates and times from text: explicit patterns over the content lines, standard library only.

Forms: "13 December 2023, 8:30 – 9:45 CET", "8 March" (year inferred), "from 8:30 to 9:45", "8:30CET", "8.30",
ordinals ("19th October 2022"), month-first ("May 3rd, 2023"), day ranges ("26-27 September 2022", "23 & 24 October",
"from 21 to 23 November", "11 and 12 of November", "Monday 4 and Tuesday 5 November"), cross-month ranges,
plugin headers ("06 Jul 2022 - 06 Jul 2022 8:30 am - 10:00 am"), two dates with their times ("Mon, 4 Nov 2024 10:00 -
Tue, 5 Nov 2024 16:00 CET", "Mon, 04/11/2024 - 10:00 - Mon, 04/11/2024 - 16:00"), German ("am 8. März 2023, 8:30 –
10 Uhr"), Polish ("8 marca 2023 r., godz. 8:30"), French, Czech, Italian, Spanish and Dutch month names, and numeric
dates when the text labels them as the event's. The context words (deadline, publication, previous edition…) are
the word tables of `vocabulary`. Times are Brussels wall-clock time whatever label the page prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from harvest.parse.text import Gated, stems, word_tree
from harvest.parse.vocabulary import (
    DATE_LABELS,
    DEADLINE_CUES,
    END_LABELS,
    EVENT_DATE_CUES,
    EVENT_NOUNS,
    HISTORY_CUES,
    MOVE_VERBS,
    NEW_DATE_LABELS,
    NEW_DATE_LINKERS,
    NEXT_OCCASION_CUES,
    OLD_DATE_CUES,
    OLD_DATE_LINKERS,
    OTHER_OCCASION_CUES,
    PUBLISHED_WORDS,
    STAMP_WORDS,
    START_LABELS,
    TIME_LABELS,
    alternation,
    table_words,
    words_regex,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
BRUSSELS_NAME = "Europe/Brussels"
MAX_EVENT_DAYS = 14  # a longer span is a project duration or a call period, not an event

_MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "januar",
        "jänner",
        "janvier",
        "janv",
        "stycznia",
        "styczeń",
        "styczen",
        "ledna",
        "leden",
        "gennaio",
        "enero",
        "januára",
        "januari",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "févr",
        "lutego",
        "luty",
        "února",
        "unora",
        "únor",
        "febbraio",
        "febrero",
        "februára",
        "februari",
    ),
    3: (
        "march",
        "mar",
        "märz",
        "maerz",
        "mrz",
        "mär",
        "mars",
        "marca",
        "marzec",
        "března",
        "brezna",
        "březen",
        "marzo",
        "maart",
    ),
    4: ("april", "apr", "avril", "kwietnia", "kwiecień", "kwiecien", "dubna", "duben", "aprile", "abril", "apríla"),
    5: ("may", "mai", "maja", "maj", "května", "kvetna", "květen", "maggio", "mayo", "mei", "mája"),
    6: ("june", "jun", "juni", "juin", "czerwca", "czerwiec", "června", "cervna", "červen", "giugno", "junio", "júna"),
    7: (
        "july",
        "jul",
        "juli",
        "juillet",
        "lipca",
        "lipiec",
        "července",
        "cervence",
        "červenec",
        "luglio",
        "julio",
        "júla",
    ),
    8: (
        "august",
        "aug",
        "août",
        "aout",
        "sierpnia",
        "sierpień",
        "sierpien",
        "srpna",
        "srpen",
        "agosto",
        "augustus",
        "augusta",
    ),
    9: (
        "september",
        "sep",
        "sept",
        "septembre",
        "września",
        "wrzesnia",
        "wrzesień",
        "wrzesien",
        "září",
        "zari",
        "settembre",
        "septiembre",
        "septembra",
    ),
    10: (
        "october",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "października",
        "pazdziernika",
        "październik",
        "října",
        "rijna",
        "říjen",
        "ottobre",
        "octubre",
        "októbra",
    ),
    11: ("november", "nov", "novembre", "listopada", "listopad", "listopadu", "noviembre", "novembra"),
    12: (
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "grudnia",
        "grudzień",
        "grudzien",
        "prosince",
        "prosinec",
        "dicembre",
        "diciembre",
        "decembra",
    ),
}
# Portuguese, and Slovene with its genitive after a day ("12. marca 2025"; "marca" and "maja" are Polish too).
_MORE_MONTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("janeiro", "januarja"),
    2: ("fevereiro", "februarja"),
    3: ("março", "marec"),
    4: ("aprila",),
    5: ("maio",),
    6: ("junho", "junij", "junija"),
    7: ("julho", "julij", "julija"),
    8: ("avgust", "avgusta"),
    9: ("setembro", "septembra"),
    10: ("outubro", "oktobra"),
    11: ("novembro", "novembra"),
    12: ("dezembro", "decembra"),
}
MONTHS: dict[str, int] = {
    word: number for table in (_MONTH_WORDS, _MORE_MONTH_WORDS) for number, words in table.items() for word in words
}
# English month names that are also ordinary words: only capitalised they are months.
_AMBIGUOUS_LOWER = frozenset(["may", "march", "mar", "august", "jan", "dec", "sept"])  # French "mai" is a month


_MON = "(?:" + word_tree(MONTHS) + r")\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:st|nd|rd|th|er|\.(?!\d))?"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_RSEP = r"\s*(?:-|–|—|‐|−|&|\+|and|und|bis|to|till|until|through|i|oraz|do|a|et|au|y|e|en|tot|/)\s*"
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|poniedziałek|wtorek|środa|środę|czwartek|piątek|sobota|niedziela"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|pondělí|úterý|středa|středu|čtvrtek|pátek|sobota|sobotu"
    r"|neděle|neděli|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lunes|martes|miércoles|jueves"
    r"|viernes|sábado|domingo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
)

DATE_RE = re.compile(
    rf"(?<![\w.,/:-])(?P<d1>{_DAY})(?:\s*(?P<m1>{_MON})(?:,?\s*(?P<y1>{_YEAR}))?)?"
    rf"(?:{_RSEP}(?:(?:the|v|ve|am|le)\s+)?(?:{_WEEKDAY}\.?,?\s+)?(?P<d2>{_DAY}))?(?:\s+(?:of|de|du|del))?\s*"
    rf"(?P<m2>{_MON})"
    rf"(?:,?\s*(?:de\s+)?(?P<y2>{_YEAR}))?(?![^\W\d_])"
    rf"|(?<![\w])(?P<bm>{_MON})\s+(?P<bd1>{_DAY})(?:{_RSEP}(?:{_WEEKDAY}\.?,?\s+)?(?:(?P<bm2>{_MON})\s+)?"
    rf"(?P<bd2>{_DAY}))?"
    rf"(?:,?\s+(?P<by>{_YEAR}))?(?![^\W\d_])"
    rf"|(?<![\w./-])(?P<nd1>[0-3]?\d)(?:\.(?P<nm1>[01]?\d))?\.?\s?(?:-|–)?\s?(?P<nd2>[0-3]?\d)?(?:\.|/)\s?"
    rf"(?P<nm2>[01]?\d)(?:\.|/)\s?(?P<ny>{_YEAR})"
    rf"|(?<![\w./-])(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d])",
    re.IGNORECASE,
)
MONTH_YEAR_RE = re.compile(rf"(?<![\w])(?P<m>{_MON})\s+(?P<y>{_YEAR})", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")


_YEAR_NUMBER = re.compile(r"(?<![\d])((?:19|20)\d\d)(?![\d])")
_ISO_DAY = re.compile(r"(\d{4}-\d\d-\d\d)")


def _word_before(text: str, number: int, floor: int) -> int | None:
    """Where a month word would start that is followed by this number: "May 3", "Sept. 5" (not before `floor`)."""
    at = number
    while at > floor and text[at - 1].isspace():
        at -= 1
    if at == number:
        return None
    if at > floor and text[at - 1] == ".":
        at -= 1
    word_end = at
    while at > floor and text[at - 1].isalpha():
        at -= 1
    return at if at < word_end else None


def anchored_matches(pattern: re.Pattern[str], text: str, number_first: bool = True) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` for a pattern whose every match starts at a number or at a month word
    followed by spaces and a number (DATE_RE, MONTH_YEAR_RE): only those places are tried.

    These patterns begin with a look-behind, which makes Python's regex engine attempt a match at every position
    of the text; numbers are rare in prose, so trying only beside them does the same work many times faster.
    """
    end = 0
    for number in _NUMBER.finditer(text):
        at = number.start()
        if at < end:
            continue
        word = _word_before(text, at, end)
        if word is not None and text[word:at].strip().rstrip(".").lower() not in MONTHS:
            word = None  # no month word before the number: no match can start there
        # every number-first form forbids a word character or one of "./-" right before the number, starts with at
        # most four digits (a day, two glued days, a year) and never with a time ("8:30")
        first = number_first and not (at and (text[at - 1].isalnum() or text[at - 1] in "_./-"))
        first = first and number.end() - at <= 4 and text[number.end() : number.end() + 1] != ":"
        first = first and _may_open_date(text, at, number.end())
        for start in (word, at if first else None):
            match = pattern.match(text, start) if start is not None else None
            if match:
                yield match
                end = match.end()
                break


_NEXT_CHARACTER = re.compile(r"\s*(\S)")
_AFTER_DATE_NUMBER = frozenset("-–—‐−&+/.")


def _may_open_date(text: str, at: int, end: int) -> bool:
    """Whether DATE_RE's number-first forms may start with the digits text[at:end], by what follows them (perhaps
    after spaces): a letter after a day (its month, an ordinal, a range word: "26th", "26 and 27 October"), else a
    digit, "." or "/" (numeric dates), a dash (ranges, ISO dates) or "&" and "+". Never a number before ",", ")" or
    the end, nor one above 31 before a word ("9:45 CET"): no match is tried there."""
    following = _NEXT_CHARACTER.match(text, end)
    if following is None:
        return False
    character = following.group(1)
    if character.isalpha():
        return end - at <= 2 and int(text[at:end]) <= 31
    return character.isdigit() or character in _AFTER_DATE_NUMBER


_TZ = (
    r"CEST|CET|MESZ|MEZ|SELČ|SEČ|UTC(?:\s?[+−-]\s?\d{1,2}(?::?\d\d)?)?|GMT(?:\s?[+−-]\s?\d{1,2})?|EEST|EET|WEST|WET|BST"
)
TZ_PATTERN = _TZ  # the zone labels a time may carry, for patterns of other modules
# A zone label printed on its own, apart from the time it qualifies: an events plugin's "<span>CEST</span>" under its
# schedule.
ZONE_ONLY = re.compile(rf"^\s*\(?\s*(?P<tz>{_TZ})\s*\)?\s*$")
_CLOCK = r"(?:2[0-3]|[01]?\d)(?:[:.h][0-5]\d|\sh\s[0-5]\d)?(?![\d])(?![./]\d)(?:\s?[ap]\.?\s?m\.?(?![a-z]))?"
_NOON = r"noon|midday|mittag|południe|midi"
_CLOCK_END = rf"(?:12\s?(?:{_NOON})|{_CLOCK}|{_NOON})"  # "from 9 a.m. to noon", "to 12 noon"
_TIME_PART = re.compile(
    rf"(?:12\s?)?(?P<noon>{_NOON})|(?P<h>2[0-3]|[01]?\d)(?:(?:[:.h]|\sh\s)(?P<m>[0-5]\d))?\s?(?P<ap>[ap])?",
    re.IGNORECASE,
)
TIME_RE = re.compile(
    rf"^(?:\s*(?:,|\||@|·|•|–|—|-|:|\(|\)|\bat\b|\bfrom\b|\bum\b|\bvon\b|\bab\b|\bo\b|\bgodz\.?|\bgodzina\b|\bw\b"
    rf"|\bà\b|\bde\b|\bdalle\b|\bstarting\b|\bbeginning\b|\bstarts\b|\bbetween\b|\br\.|\broku\b|\bkl\.|\bod\b"
    rf"|\bore\b|\balle\b|\ba las\b|\bom\b|\bv\b|\bdas\b|{_WEEKDAY}\b))*\s*"
    rf"(?P<t1>12\s?(?:{_NOON})|{_CLOCK})\s*(?:(?:h|hrs|Uhr|godz\.?|hod\.?)\s*)?"
    rf"(?:(?P<tz1>{_TZ})\s*(?=[-–—]|to\b|until\b|bis\b))?"  # "8:30 CET – 9:45 CET"
    rf"(?:(?:-|–|—|to|until|till|bis|do|às|à|a|and|e|alle)\s*(?P<t2>{_CLOCK_END})\s*(?:h|hrs|Uhr|godz\.?|hod\.?)?)?"
    rf"\s*\(?\s*(?P<tz>(?<![A-Za-z]){_TZ}|Brussels time|Central European (?:Summer )?Time)?(?![A-Za-z])",
    re.IGNORECASE,
)
_UHR_AFTER = re.compile(r"^\s*(?:h\b|hrs\b|uhr\b|godz)", re.IGNORECASE)

# The context patterns below read lower-cased windows: without IGNORECASE the engine is twice as fast.
_NEGATIVE_BEFORE = words_regex(DEADLINE_CUES, HISTORY_CUES, PUBLISHED_WORDS, STAMP_WORDS)
_NEGATIVE_JUST_BEFORE = re.compile(
    r"\b(?:by|before|bis|vor|do|przed|avant|after|ab|od|seit)\s*(?:the\s+|zum\s+|zur\s+|dem\s+)?$"
)
_NEGATIVE_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:(?:were|was|has been|have been|had been) (?:launched|founded|established|published|adopted|"
    r"signed|set up|announced|created)|launched|founded|established)\b"
)
_NEGATIVE_AFTER_WORDS = (
    "launched",
    "founded",
    "established",
    "published",
    "adopted",
    "signed",
    "set up",
    "announced",
    "created",
)
_POSITIVE_BEFORE = re.compile(rf"\b{alternation(EVENT_DATE_CUES, DATE_LABELS)}\b|^\s*$")
# The date said as the event's own right after its name, for lower-cased text: "registration for the Baltic
# Cluster Forum on 12 June is open" gives the forum's day, not a deadline (the deadline cue is further back).
_EVENT_ON = re.compile(rf"\b{alternation(EVENT_NOUNS)}(?P<between>(?:\s+[\w’'-]+){{0,3}}?)\s+(?:on|of|am|le)\s+$")
_OTHER_OCCASION = words_regex(OTHER_OCCASION_CUES)
_NEXT_OCCASION = words_regex(NEXT_OCCASION_CUES)
# A postponement, for lower-cased text (see vocabulary.MOVE_VERBS): the date after "moved … to", "postponed to", "New
# date:" is the event's new date; after "moved from", "originally planned for" its old one. German puts the verb
# after the date ("auf den 20. September verschoben"): then the word before the date and the verb after it tell.
_MOVE_VERB = words_regex(MOVE_VERBS)
_ARTICLE = r"(?:(?:the|den|dem|le|la|el)\s+)?"
_BEFORE_DAY = rf"\s+{_ARTICLE}(?:{_WEEKDAY}\.?,?\s+{_ARTICLE})?$"  # "to Wednesday, ", "auf Mittwoch, den "
_TO_NEW_DATE = re.compile(
    rf"(?:\b{alternation(MOVE_VERBS)}\b(?:\s+\S+){{0,6}}?\s+{alternation(NEW_DATE_LINKERS)}"
    rf"|\b{alternation(NEW_DATE_LABELS)}\s*[:–—-]?){_BEFORE_DAY}"
)
_FROM_OLD_DATE = re.compile(
    rf"(?:\b{alternation(MOVE_VERBS)}\b(?:\s+\S+){{0,3}}?\s+{alternation(OLD_DATE_LINKERS)}"
    rf"|\b{alternation(OLD_DATE_CUES)}\b(?:\s+\S+){{0,3}}?){_BEFORE_DAY}"
)
_POSTPONEMENT_WORD = words_regex(MOVE_VERBS, NEW_DATE_LABELS, OLD_DATE_CUES)
_NEW_LINKER_BEFORE = re.compile(rf"\s{alternation(NEW_DATE_LINKERS)}{_BEFORE_DAY}")
_OLD_LINKER_BEFORE = re.compile(rf"\s{alternation(OLD_DATE_LINKERS)}{_BEFORE_DAY}")
# English says the old date before a passive verb: "the Talk, first announced for 14 June, has been moved".
_ENGLISH_MOVES = "|".join(re.escape(verb) for verb in MOVE_VERBS["en"] if verb != "changed")
_PASSIVE_MOVE_AFTER = re.compile(
    rf"^[^.;:]{{0,20}}?\b(?:(?:has|have|had) been|(?:will|would) be|was|were|is|are)\s+(?:{_ENGLISH_MOVES})\b"
)
MOVE_VERB_AFTER = 50  # "… auf den 20. September 2023 verschoben": the verb within a few words after the date
_LABEL_LINE = re.compile(rf"^{alternation(DATE_LABELS, TIME_LABELS, START_LABELS)}\s*:?\s*$", re.IGNORECASE)
# The field that gives where the event ends: "… · End: 19 June 2024, 13:00", "Ende" over its own line.
_END_LABEL = rf"{alternation(END_LABELS)}\s*:\s*(?:{_WEEKDAY}\.?,?\s*)?"
_END_FIELD = re.compile(rf"(?:^|[·|;,–—-])\s*{_END_LABEL}$", re.IGNORECASE)
_END_LABEL_LINE = re.compile(rf"^{alternation(END_LABELS)}\s*:?\s*$", re.IGNORECASE)
# A date that heads an item of a programme ("Tuesday, 18 June: site visits") stands on no date line of its own.
_AGENDA_ITEM_AFTER = re.compile(r"\s*:\s*\w")
PUBLICATION_LINE = Gated(
    re.compile(rf"\b{alternation(PUBLISHED_WORDS, STAMP_WORDS)}\b|clock icon"),
    [*stems(table_words(PUBLISHED_WORDS, STAMP_WORDS)), "clock icon"],
)


@dataclass(slots=True)
class Clock:
    start: time
    end: time | None
    tz_label: str | None


@dataclass(slots=True)
class DateMention:
    first: date | None  # None when the year is missing (then `month`/`day` hold the date)
    last: date | None
    month: int
    day: int
    last_month: int | None
    last_day: int | None
    year: int | None
    clock: Clock | None
    line: int
    start: int
    end: int
    text: str
    numeric: bool
    negative: bool  # a deadline, a publication or upload stamp, a founding date: never the event's
    positive: bool  # in event context: "on", "takes place", a date label, a time beside it, a date line
    header: bool  # a date line or field of its own
    other_occasion: bool = False  # "the previous edition took place on …"
    next_occasion: bool = False  # "the next Talk takes place on …"
    end_field: bool = False  # the field that gives where the event ends ("End: 19 June 2024, 13:00")
    rescheduled: bool = False  # the new date of a postponed event ("postponed to 20 September")

    @property
    def span_days(self) -> int:
        if self.first and self.last:
            return (self.last - self.first).days
        if self.last_month is None and self.last_day is not None:
            return self.last_day - self.day
        return 0


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _month_word(word: str) -> int | None:
    """The month of a month word; lower-case "may", "march", "august" are ordinary words, not months."""
    if word.lower().rstrip(".") in _AMBIGUOUS_LOWER and word[0].islower():
        return None
    return month_number(word)


def _day(text: str | None) -> int | None:
    if not text:
        return None
    digits = _NUMBER.match(text)
    return int(digits.group(0)) if digits else None


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _make_date(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


_DIGIT_RE = re.compile(r"\d")
TIME_REACH = 60  # the prefix words TIME_RE allows before a time ("at", "from", a weekday…) are shorter than this


def _clock_at(text: str, after: int) -> tuple[Clock, int] | None:
    """The time written right after `after` ("8:30 – 9:45 CET", "from 8:30 to 9:45", "10 Uhr") and where it ends."""
    if _DIGIT_RE.search(text, after, after + TIME_REACH) is None:
        return None  # the cheap test first: most dates have no time after them
    window = text[after : after + 90]
    match = TIME_RE.match(window)
    if not match:
        return None
    t1, t2 = match.group("t1"), match.group("t2")
    tz = match.group("tz") or match.group("tz1")
    end_at = len(match.group(0).rstrip())
    if t2 and DATE_RE.match(window, match.start("t2")):  # "09:30 to 6 March 2024 at 13:00": a day, not a time
        t2, tz = None, match.group("tz1")
        end_at = match.end("tz1") if tz else match.end("t1")
    first, last = _TIME_PART.match(t1), _TIME_PART.match(t2) if t2 else None
    assert first is not None
    last_explicit = bool(last and (last.group("m") or last.group("ap") or last.group("noon")))
    explicit = bool(first.group("m") or first.group("ap") or tz or last_explicit)
    if not explicit and not _UHR_AFTER.match(window[match.end("t2") if t2 else match.end("t1") :]):
        return None
    end_ap = last.group("ap") if last else None
    start = _to_time(first, first.group("ap") or end_ap)
    end = _to_time(last, end_ap) if last else None
    if start is None:
        return None
    if end is not None and end <= start:
        end = None
    label = tz.strip() if tz and " " not in tz.strip() else None  # an abbreviation, not "Brussels time"
    if tz and label is None and (named := _LABEL_IN_PARENTHESES.match(window, match.end())):
        label, end_at = named.group(1), named.end()  # "Brussels time (CET)": the abbreviation is the label
    if end is None and (finish := _ENDS_AT.match(window, end_at)) is not None:
        last = _TIME_PART.match(finish.group("t"))
        later = _to_time(last, last.group("ap") or first.group("ap")) if last else None
        if later is not None and later > start:  # "It starts at 10:00 CET and ends at 11:30 CET"
            end, end_at = later, finish.end()
            label = label or (finish.group("tz") or None)
    return Clock(start, end, label), after + end_at


_LABEL_IN_PARENTHESES = re.compile(rf"\s*\(\s*({_TZ})\s*\)")
# The end of an event said apart from its start: "… and ends at 11:30", ", closing at 12:00", "until 16:00".
_ENDS_AT = re.compile(
    rf"\s*(?:,|and|und|–|-|;)?\s*(?:(?:it|er|sie|es|the\s+\w+)\s+)?(?:ends?|finish(?:es)?|closes?|concludes?|ending|closing|"
    rf"finishing|until|till|endet|kończy się|se termine)\s+(?:at\s+|around\s+|um\s+|o\s+|à\s+)?"
    rf"(?P<t>{_CLOCK_END})\s*(?:h|hrs|Uhr)?\s*\(?(?P<tz>{_TZ})?",
    re.IGNORECASE,
)


def _clock(text: str, after: int) -> Clock | None:
    found = _clock_at(text, after)
    return found[0] if found else None


_CLOCK_START = re.compile(r"(?<![\d:.,/])\d")


def clock_in(sentence: str) -> Clock | None:
    """A time anywhere in a sentence ("It lasted from 10:00 to 11:15 CEST."); none in a deadline's sentence."""
    if _NEGATIVE_BEFORE.search(sentence.lower()):
        return None
    for digit in _CLOCK_START.finditer(sentence):
        found = _clock_at(sentence, digit.start())
        if found is not None:
            return found[0]
    return None


_CLOCK_BEFORE = re.compile(
    rf"(?P<t1>{_CLOCK})\s*(?:(?:-|–|—|to|until|bis|do)\s*(?P<t2>{_CLOCK}))?\s*(?:h|Uhr)?\s*\(?(?P<tz>{_TZ})?\)?"
    rf"\s*(?:,|on|am|le|w dniu|dnia)?\s*(?:{_WEEKDAY}\.?,?\s*)?$",
    re.IGNORECASE,
)


def _clock_before(text: str, before: int) -> Clock | None:
    """ "08:30 - 09:30 CEST on 5 May": a time written before its date."""
    if _DIGIT_RE.search(text, max(0, before - 45), before) is None:
        return None
    match = _CLOCK_BEFORE.search(text[max(0, before - 45) : before])
    if not match or not (":" in match.group("t1") or match.group("tz") or "m" in match.group("t1").lower()):
        return None
    return _clock(match.group(0), 0)


def _to_time(part: re.Match[str], ap: str | None) -> time | None:
    if part.group("noon"):
        return time(12, 0)
    hour, minute = int(part.group("h")), int(part.group("m") or 0)
    if ap:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if ap.lower() == "p" else 0)
    return time(hour, minute)


def find_mentions(text: str, line_index: int, prev_line: str = "", context: bool = True) -> list[DateMention]:
    """Every date expression in one line, with its event-context verdict; without `context`, only the days and where
    each mention ends (the verdict's flags stay False: for callers that ask which days a text names)."""
    mentions: list[DateMention] = []
    for match in anchored_matches(DATE_RE, text):
        if mentions and match.start() < mentions[-1].end:
            continue  # the end of a range read with the date before it
        for part in _moved_parts(match, text):
            mention = _mention(part, text, line_index, prev_line, ranged=part is match, context=context)
            if mention is not None:
                mentions.append(mention)
    return mentions


def _moved_parts(match: re.Match[str], text: str) -> list[re.Match[str]]:
    """A range after "moved from" ("postponed from 13 September to 20 September 2023") is two dates, the old one and
    the new one; any other match is itself."""
    second = match.start("d2") if match.group("d2") else match.start("bm2") if match.group("bm2") else -1
    second = match.start("bd2") if second < 0 and match.group("bd2") else second
    if second < 0 or not _FROM_OLD_DATE.search(
        text[max(0, match.start() - POSTPONEMENT_REACH) : match.start()].lower()
    ):
        return [match]
    first_end = max(match.end(group) for group in ("d1", "m1", "y1", "bm", "bd1") if match.group(group))
    parts = [DATE_RE.match(text, match.start(), first_end), DATE_RE.match(text, second)]
    return [part for part in parts if part is not None]


# A quoted title is a name, not context: "the webinar “Deadline management” on 12 March" is no deadline.
_QUOTED_SPAN = re.compile(r"“[^”“]*”|„[^“”„]*[“”]|«[^»]*»|\"[^\"]*\"")
_QUOTE_MARKS = frozenset('“„«"')


def _unquoted(window: str) -> str:
    return _QUOTED_SPAN.sub(" ", window) if not _QUOTE_MARKS.isdisjoint(window) else window


@dataclass(slots=True)
class _Days:
    """The days a date expression names: its first day and, for a range, its last."""

    month: int
    day: int
    year: int | None
    last_month: int
    last_day: int | None
    last_year: int | None
    numeric: bool
    first: date | None = None
    last: date | None = None


def _days(groups: dict[str, str | None]) -> _Days | None:
    """The days of a DATE_RE match (None when they are no real date)."""
    numeric = False
    if groups["d1"] is not None:
        month2 = _month_word(groups["m2"] or "")
        if month2 is None:
            return None
        month1 = month_number(groups["m1"]) if groups["m1"] else month2
        day1, day2 = _day(groups["d1"]), _day(groups["d2"])
        year2 = _year(groups["y2"])
        year1 = _year(groups["y1"]) or year2
    elif groups["bm"] is not None:
        month1 = _month_word(groups["bm"])
        if month1 is None:
            return None
        month2 = month_number(groups["bm2"]) if groups["bm2"] else month1
        day1, day2 = _day(groups["bd1"]), _day(groups["bd2"])
        year1 = year2 = _year(groups["by"])
    elif groups["ny"] is not None:
        numeric = True
        year1 = year2 = _year(groups["ny"])
        month2 = int(groups["nm2"] or 0)
        if groups["nd2"] is not None:
            day1, day2 = int(groups["nd1"] or 0), int(groups["nd2"])
            month1 = int(groups["nm1"]) if groups["nm1"] else month2
        else:
            day1, day2, month1 = int(groups["nd1"] or 0), None, month2
            if groups["nm1"] is not None:  # "8.3.2023" read as d.m.yyyy: nm1 is the month, nm2 absent
                return None
    else:
        numeric = True
        year1 = year2 = _year(groups["iy"])
        month1 = month2 = int(groups["im"] or 0)
        day1, day2 = int(groups["id"] or 0), None
    if month1 is None or month2 is None or day1 is None or not 1 <= month1 <= 12 or not 1 <= month2 <= 12:
        return None
    if year1 and year2 and month1 > month2 and year1 == year2 and not groups.get("y1"):
        year1 -= 1  # "30 December - 2 January 2024"
    days = _Days(month1, day1, year1, month2, day2, year2, numeric)
    days.first = _make_date(year1, month1, day1)
    days.last = _make_date(year2, month2, day2) if day2 is not None else None
    if year1 is not None and days.first is None:
        return None
    if day2 is not None and days.last is not None and days.first is not None and days.last < days.first:
        return None
    if day2 is not None and days.last == days.first:
        days.last = None  # "23 June 2017 - 23 June 2017": one day
    return days


# "Mon, 4 Nov 2024 10:00 - Tue, 5 Nov 2024 16:00 CET", "Mon, 04/11/2024 - 10:00 - Mon, 04/11/2024 - 16:00": a date
# and time, then the date and time it ends.
_RANGE_TO = re.compile(
    rf"\s*(?:(?:-|–|—|to|until|till|bis|do|au|à)\s*(?:{_WEEKDAY}\.?,?\s*)?|[·|;,]?\s*{_END_LABEL})", re.IGNORECASE
)


def _range_end(text: str, at: int, days: _Days, clock: Clock | None) -> tuple[_Days, Clock | None, int] | None:
    """The end of a range written as two dates (with their times) after `at`: its days, clock and end offset."""
    joint = _RANGE_TO.match(text, at)
    if joint is None or joint.end() == at:
        return None
    match = DATE_RE.match(text, joint.end())
    end_days = _days(match.groupdict()) if match else None
    if match is None or end_days is None or end_days.last_day is not None:
        return None
    end_year = end_days.year or days.year
    last = _make_date(end_year, end_days.month, end_days.day) if end_year else None
    if (end_year or 0, end_days.month, end_days.day) < (days.year or 0, days.month, days.day):
        return None
    end_clock = _clock_at(text, match.end())
    end = end_clock[1] if end_clock else match.end()
    if end_clock is not None and clock is not None:
        same_day = (end_days.month, end_days.day) == (days.month, days.day)
        later = not same_day or end_clock[0].start > clock.start
        clock = Clock(clock.start, end_clock[0].start if later else clock.end, end_clock[0].tz_label or clock.tz_label)
    if (end_days.month, end_days.day) != (days.month, days.day):
        days.last_month, days.last_day, days.last_year, days.last = end_days.month, end_days.day, end_year, last
    return days, clock, end


LABEL_CHARS = 40  # a line this short before a date field is its label


_DEADLINE = words_regex(DEADLINE_CUES)


def is_deadline_label(text: str) -> bool:
    """Whether a field's label says its date is a deadline ("Deadline", "Anmeldeschluss", "Registration")."""
    return _DEADLINE.search(text.lower()) is not None


def _mention(
    match: re.Match[str], text: str, line_index: int, prev_line: str, ranged: bool = True, context: bool = True
) -> DateMention | None:
    """The mention of one DATE_RE match; `ranged`: a second date with its time after it may end it; `context`: read
    the words around it for the verdict (see `find_mentions`)."""
    days = _days(match.groupdict())
    if days is None:
        return None
    end = match.end()
    found = _clock_at(text, end)
    clock = found[0] if found else _clock_before(text, match.start())
    until = _range_end(text, found[1] if found else end, days, clock) if ranged else None
    if until is not None:
        days, clock, end = until
    sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("; ", 0, match.start()), -1) + 1
    before = text[sentence_start : match.start()]
    window = _unquoted(before[-120:].lower())  # all the context the patterns read: 120 characters before
    labelled = bool(prev_line) and len(prev_line) <= LABEL_CHARS and _LABEL_LINE.match(prev_line) is not None
    stamp = not before.strip() or not _POSITIVE_BEFORE.search(window[-25:])
    if days.numeric and clock is None and not labelled and stamp:
        return None  # a bare "10.05.2023" is a stamp, not the event date
    last_month = days.last_month if days.last_day is not None and days.last_month != days.month else None
    start, year, numeric = match.start(), days.year, days.numeric
    if not context:
        return DateMention(
            days.first,
            days.last,
            days.month,
            days.day,
            last_month,
            days.last_day,
            year,
            clock,
            line_index,
            start,
            end,
            text[start:end],
            numeric,
            negative=False,
            positive=False,
            header=False,
        )
    after = _unquoted(text[end : end + 128].lower())  # _NEGATIVE_AFTER reads at most 80 + 32 after
    negative = bool(_NEGATIVE_BEFORE.search(window) or _NEGATIVE_JUST_BEFORE.search(window[-12:]))
    history = any(word in after for word in _NEGATIVE_AFTER_WORDS)  # the literal test first: most dates have none
    negative = negative or bool(history and _NEGATIVE_AFTER.match(after))
    if negative and (named := _EVENT_ON.search(window[-60:])) and not _NEGATIVE_BEFORE.search(named.group(0)):
        negative = False  # "registration for the Forum on 12 June": the forum's day
    field = _HEADER_PREFIX.fullmatch(before) is not None  # only a weekday or a label before the date
    if not negative and len(prev_line) <= LABEL_CHARS and field and ":" not in before:
        # a field under its label, perhaps after a weekday: "Deadline / Wed, 31/01/2024 - 17:00" (not when the
        # field has a label of its own: "Date: 06/12/2023" under "Posted 29/11/2023")
        negative = bool(_NEGATIVE_BEFORE.search(prev_line.lower()))
    header = len(text) - end < 80 and (start <= 2 or field)
    header = header and not _AGENDA_ITEM_AFTER.match(text, end)
    end_field = bool(_END_FIELD.search(before[-40:])) or (
        bool(prev_line) and _END_LABEL_LINE.match(prev_line) is not None and field
    )
    moved = _postponed(window, after)
    negative = negative or moved == "old"
    rescheduled = moved == "new" and not negative
    positive = rescheduled or clock is not None or header or labelled or bool(_POSITIVE_BEFORE.search(window[-60:]))
    other = not negative and _OTHER_OCCASION.search(window) is not None
    following = not negative and not other and _NEXT_OCCASION.search(window) is not None
    return DateMention(
        days.first,
        days.last,
        days.month,
        days.day,
        last_month,
        days.last_day,
        year,
        clock,
        line_index,
        start,
        end,
        text[start:end],
        numeric,
        negative,
        positive,
        header,
        other_occasion=other,
        next_occasion=following,
        end_field=end_field,
        rescheduled=rescheduled,
    )


POSTPONEMENT_REACH = 90  # "moved from Wednesday, 13 September 2023 to ": the verb is this close before the new date


def _postponed(window: str, after: str) -> str | None:
    """ "new" for the new date of a postponed event, "old" for the date it had, else None (lower-cased context)."""
    near = window[-POSTPONEMENT_REACH:]
    if _POSTPONEMENT_WORD.search(f"{near} {after[:MOVE_VERB_AFTER]}") is None:
        return None  # one scan for the words every form needs: most dates are never moved
    if _TO_NEW_DATE.search(near):
        return "new"
    if _FROM_OLD_DATE.search(near):
        return "old"
    if _PASSIVE_MOVE_AFTER.search(after):  # "the Talk on 14 June has been postponed"
        return "old"
    if _MOVE_VERB.search(after[:MOVE_VERB_AFTER].split(";", 1)[0]):  # "… auf den 20. September 2023 verschoben"
        if _NEW_LINKER_BEFORE.search(near):
            return "new"
        if _OLD_LINKER_BEFORE.search(near):
            return "old"
    return None


# Weekdays shortened with a full stop or a comma ("Do., 17. Oktober", "Di, 4. März", "czw. 6 grudnia"): only before
# a header's date, where they cannot be read as words.
_SHORT_WEEKDAY = r"(?:mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|pon|wt|śr|czw|pt|sob|ndz|niedz)"
# What may come before the date of a header line: "Thursday, May 2, 2024", "Date: 8 March 2023", "Datum: Mi, 8. März".
_HEADER_PREFIX = re.compile(
    rf"\s*(?:{alternation(DATE_LABELS, START_LABELS)}\u2063?\s*[:–-][\s\u2063]*)?"  # "<b>When:</b>" too
    rf"(?:(?:{_WEEKDAY}|{_SHORT_WEEKDAY}(?=[.,]))\.?,?\s*)?",
    re.IGNORECASE,
)
_TIME_LABEL = re.compile(rf"^{alternation(TIME_LABELS)}\s*:?$", re.IGNORECASE)
_TIME_LABEL_PREFIX = re.compile(rf"^{alternation(TIME_LABELS)}\s*:\s*", re.IGNORECASE)


def clock_line(text: str) -> Clock | None:
    """The clock of a line that holds nothing but a time, perhaps labelled ("8:30 am - 10:00 am", "Time: 14:00 –
    15:30 CET")."""
    text = _TIME_LABEL_PREFIX.sub("", text)
    match = TIME_RE.match(text)
    if match is None or match.group("t1") is None or len(text) - match.end() > 2:
        return None
    return _clock(text, 0)


def is_time_label(text: str) -> bool:
    return bool(_TIME_LABEL.match(text))


def month_years(text: str) -> list[tuple[int, int]]:
    """(month, year) pairs of "September 2022"-style mentions, for inferring a missing year."""
    found = []
    for match in anchored_matches(MONTH_YEAR_RE, text, number_first=False):
        month = month_number(match.group("m"))
        if month:
            found.append((month, int(match.group("y"))))
    return found


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR_NUMBER.findall(text)]


def brussels_iso(day: date, clock_time: time) -> str:
    return datetime.combine(day, clock_time, BRUSSELS).isoformat()


def brussels_offset_label(day: date, clock_time: time) -> str:
    offset = datetime.combine(day, clock_time, BRUSSELS).utcoffset() or timedelta(0)
    return "CEST" if offset == timedelta(hours=2) else "CET"


DAY_END = time(23, 59)


def parse_iso(value: str) -> tuple[date, time | None] | None:
    """A structured date ("2023-03-08", "2023-03-08T08:30:00+01:00", "...Z") as Brussels date and wall time."""
    text = value.strip()
    if not text:
        return None
    try:
        if len(text) <= 10:
            return date.fromisoformat(text[:10]), None
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        match = _ISO_DAY.match(text)
        if not match:
            return None
        try:
            return date.fromisoformat(match.group(1)), None
        except ValueError:
            return None
    if moment.tzinfo is not None:
        if moment.utcoffset() == timedelta(0) and moment.time() == time(12, 0):
            return moment.date(), None  # Drupal stores all-day dates as noon UTC
        if moment.utcoffset() != timedelta(0) and (moment.time() == time(0, 0) or moment.time() >= DAY_END):
            # an all-day event in its own zone (plugins: local midnight to 23:59:59): the day, in that zone
            return moment.date(), None
        moment = moment.astimezone(BRUSSELS)
    if moment.time() == time(0, 0) and "T00:00" in text and moment.tzinfo is None:
        return moment.date(), None
    return moment.date(), moment.time().replace(tzinfo=None)


BYLINE_CHARS = 120
DATE_AT_MOST = 2  # "October 3, 2024 by Mads Holm", "3. Oktober 2024 von …": the date opens the line
AUTHOR_AFTER = re.compile(r"\s*[,·|–-]?\s*(?:by|von|par|door|por|przez|di|da)\s+\w", re.IGNORECASE)


def opens_with_date_then_author(text: str, mentions: list[DateMention]) -> bool:
    """Whether a line opens with a date and then its author ("October 3, 2024 by Mads Holm Blog, International"): the
    meta line a blog theme prints under the heading. `mentions`: the line's date mentions."""
    first = mentions[0] if mentions else None
    return (
        first is not None
        and len(text) <= BYLINE_CHARS
        and first.start <= DATE_AT_MOST
        and AUTHOR_AFTER.match(text, first.end) is not None
    )
