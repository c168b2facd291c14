"""Is this page about one dated event? One place that weighs the evidence for and against, with explicit weights.

The model: a page is ABOUT one dated event when that event is its subject, and only MENTIONS an event when the event
is a side remark of a page about something else (news about results or a project, an open call with an information
session, a newsletter). The subject of a page is what its heading and first paragraph name; a page about an event
names it there, or opens with its date. So the verdict reads, in this order:
- what kind of page this is, by its URL and heading: a listing (-20, decisive), a project, publication or call
  section (-6), an events section (+1.5); a heading that announces an open call (-4), reports news about people (an
  award, members admitted, someone elected: -4) or names another kind of page and no event (results, a selection, a
  newsletter, funding: -3);
- whether the event is the subject: named in the heading (+2), in the first paragraph (+1), which may open with it
  ("This webinar shows …", "Join us for …": +2.5); a page whose heading and first paragraph name no event before the
  date and that lists no speakers (-2); the date's event introduced as the indefinite subject of a later clause
  ("… the results. A kick-off meeting is planned on …": -3); the event only the venue of the subject ("the report
  was launched during the Talk on …", "during the conference, X received the award": -5); a news item that opens
  with a date of its own (-5); a first paragraph about an open call under a heading that names no event (-5); an
  information session about the call a heading announces ("Info webinar: 5 March, 10:00": -4);
- how the date is given: structured Event data (+4), with its time (+1.5), on a line of its own (+1.5), in a
  sentence that names an event (+1.5) or says people took part (+1.5), in a body that names one (+1, not on a
  retrospective); a speaker list (+2);
- whether the page's date is one of several peers: an entry (a date line, a list item, a short timed line) among
  other days given alike (a digest, a series, a programme of Talks: -8; the days that follow on from the event one
  by one are its own programme), other events with days of their own in prose (-5; "the next workshop …" and "the
  previous edition …" are this event's series, not peers).
A page is an event page when it gives an event date and the weights found add up to more than 0. Names of events that
carry a date of their own ("the EU Clusters Talk of 8 March 2023") are not evidence: they are other events
(`classify.OtherEvents`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from harvest.parse.classify import SERIES_PATTERNS, Body, OtherEvents, iso_day, mentions_event, names_event
from harvest.parse.dates import MAX_EVENT_DAYS, DateMention, find_mentions, parse_iso
from harvest.parse.document import Document
from harvest.parse.event_date import EventDate, event_objects
from harvest.parse.text import Gated, sentence_bounds, sentence_of
from harvest.parse.vocabulary import (
    AWARD_VERBS,
    AWARD_WORDS,
    COUNT_WORDS,
    COUNTED_EVENT_NOUNS,
    EVENT_NOUNS,
    INDEFINITE_ARTICLES,
    INFO_SESSIONS,
    NON_EVENT_GENRES,
    OPEN_CALL_WORDS,
    PARTICIPATION_WORDS,
    PEOPLE_NEWS_NOUNS,
    PEOPLE_NEWS_VERBS,
    SECTION_NOUNS,
    SECTION_QUALIFIERS,
    SPEAKER_LIST_NOUNS,
    SUBJECT_OPENERS,
    VENUE_PREPOSITIONS,
    alternation,
    words_regex,
)

# What each piece of evidence weighs; the page is an event page when the weights found add up to more than 0.
EVENT_WEIGHTS: dict[str, float] = {
    "structured_event": 4.0,  # schema.org Event JSON-LD or microdata
    "timed_date": 1.5,  # the event date is given with its time
    "date_line": 1.5,  # the event date stands on a line or in a field of its own
    "event_in_heading": 2.0,  # the heading names an event or a series
    "event_in_date_sentence": 1.5,  # so does the sentence that gives the date
    "people_at_date": 1.5,  # the sentence that gives the date says people took part ("120 participants joined")
    "event_in_lead": 1.0,  # so does the first paragraph
    "event_is_subject": 2.5,  # the first paragraph opens with the event as its subject ("This webinar shows …")
    "event_in_body": 1.0,  # so does the body (not on a retrospective: published half a year after the date)
    "speaker_list": 2.0,  # the page lists speakers
    "event_url": 1.5,  # the URL puts the page in a site's events section (/events/<slug>, /event-calendar/<slug>)
    "listing": -20.0,  # a listing (URL, section heading, data of several events): outweighs all the rest
    "digest": -8.0,  # the event's date line is one of several, each with its date and time: a newsletter, a digest
    "section_page": -6.0,  # a project, publication, newsletter or open-call page, by its URL
    "open_call_in_heading": -4.0,  # the heading announces an open call
    "open_call_in_lead": -5.0,  # the first paragraph is about an open call and names no event
    "info_session_of_call": -4.0,  # under a heading that announces an open call, the dated event informs about it
    "event_is_venue": -5.0,  # "the report was launched during the Talk on …": the event is not the subject
    "story_of_its_own": -5.0,  # a news item opens with a date of its own and mentions the event further down
    "people_news_in_heading": -4.0,  # the heading reports an award, members admitted, someone elected: news
    "events_in_prose": -5.0,  # the text gives other events with days of their own: a newsletter, a digest
    "subject_elsewhere": -2.0,  # neither the heading nor the first paragraph names an event, the date comes after
    "side_event": -3.0,  # the dated event is the indefinite subject of its clause, after the first paragraph
    "genre_in_heading": -3.0,  # the heading names a kind of page that is no event (results, newsletter, funding)
    "events_counted_in_heading": -6.0,  # "What I learned from moderating 50 EU Clusters Talks": many events
}
# The warning a page that is not an event gets: the first of these kinds of page it shows, else "no_event_described".
NOT_EVENT_CODES = {
    "listing": "listing",
    "open_call_in_heading": "open_call",
    "open_call_in_lead": "open_call",
    "info_session_of_call": "open_call",
}

RETROSPECTIVE_DAYS = 183  # a report comes weeks after its event; a date half a year before publication is history
DIGEST_DAYS = 2  # other event days with a time or a date line of their own
LISTED_EVENTS = 3  # structured Event objects weeks apart

_LISTING_PATH = re.compile(
    r"/(?:tags?|taxonomy|term|category|categories|search|search-results|archive|archives|page)(?:/|$)"
    r"|/(?:events|event-calendar|news|community-news|community-event|aktualnosci|veranstaltungen)/?$",
    re.IGNORECASE,
)
_LISTING_QUERY = re.compile(r"(?:^|&)(?:page|tag|category|f%5B0%5D|f\[0\])=")
# Pages of a kind that is never one event, by the section of the site they sit in.
_SECTION_PATH = re.compile(
    r"/(?:projects?|publications?|newsletters?|library|careers|jobs|open-calls?|calls?|funding|projekte|publikationen|"
    r"ausschreibungen|projekty|publikacje|nabory|konkursy|projets|appels)/[^/]+",
    re.IGNORECASE,
)
# A heading that only names a section of a site ("News", "Event calendar", "Nadchodzące wydarzenia").
_SECTION_HEADING = re.compile(
    rf"^(?:{alternation(SECTION_QUALIFIERS)}\s+)?{alternation(SECTION_NOUNS)}$", re.IGNORECASE
)
# A page in the events section of a site: one event (the section's own page is a listing, see _LISTING_PATH).
_EVENT_PATH = re.compile(
    r"/(?:events?|event-calendar|community-events?|veranstaltungen|veranstaltung|termine|wydarzenia|wydarzenie|"
    r"akce|udalosti|evenements|événements|eventi|eventos|agenda)/[^/]+",
    re.IGNORECASE,
)
_OPEN_CALL = words_regex(OPEN_CALL_WORDS)  # for lower-cased text: without IGNORECASE the engine is twice as fast
_INFO_SESSION = words_regex(INFO_SESSIONS)  # for lower-cased text
# "The report was launched during the EU Clusters Talk on 6 March": the event is where the page's subject
# went, not the subject (for lower-cased text).
_VENUE = re.compile(
    r"\b(?:was|were|is|are|be|been)\s+(?:\w+\s+)?(?:presented|discussed|launched|showcased|unveiled|announced|"
    r"introduced|published|shared|debated|awarded|signed|celebrated|welcomed|honou?red|recogni[sz]ed|elected|"
    r"appointed|named)\s+(?:\w+\s+)?(?:at|during|in)\s+"
    r"(?:the|a|an|this|last|next|our)\b"
    # in the active voice: "Nordic Cluster received the Excellence Award at the European Cluster Conference"
    r"|\b(?:received|won|accepted|collected|picked up|signed)\s+[^.;]{0,80}?\b(?:at|during)\s+(?:the|a|an|this|last)\b"
)
# Fronted or not, for lower-cased text: "During the reception of the conference, Anna Berg received the award",
# "Am 7. Mai erhielt Anna Berg während der Konferenz den Preis": an award received there, a venue.
_AWARD_RECEIVED = re.compile(rf"\b{alternation(AWARD_VERBS)}\b[^.;]{{0,120}}?\b{alternation(AWARD_WORDS)}\b")
# The same in the passive, where the auxiliary and the participle frame the sentence (for lower-cased text): "Auf der
# Konferenz am 7. Mai wurde unser Cluster für sein Programm ausgezeichnet", "został nagrodzony", "a été récompensé".
_AWARD_PASSIVE = Gated(
    re.compile(
        r"\bwurden?\b[^.;]{0,160}?\b(?:ausgezeichnet|prämiert|geehrt)\b"
        r"|\b(?:został[aoy]?|zostali)\b[^.;]{0,120}?\b(?:nagrodzon|wyróżnion)"
        r"|\b(?:a|ont) été\b[^.;]{0,120}?\b(?:récompensé|primé|distingué)"
    ),
    ["wurde", "zosta", "été"],
)
_VENUE_PREPOSITION = words_regex(VENUE_PREPOSITIONS)
_PEOPLE_NEWS_HEADING = words_regex(PEOPLE_NEWS_VERBS, PEOPLE_NEWS_NOUNS)  # for lower-cased text
_GENRE_HEADING = words_regex(NON_EVENT_GENRES)  # for lower-cased text
# A number (not a year) and, within a few words, events in the plural (for lower-cased text).
_COUNTED_EVENTS = re.compile(
    rf"(?:(?<![\d.,])\d{{1,3}}(?![\d.,:])|\b{alternation(COUNT_WORDS)})\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"{alternation(COUNTED_EVENT_NOUNS)}\b"
)
_PARTICIPATION = words_regex(PARTICIPATION_WORDS)  # for lower-cased text
_SPEAKERS = words_regex(SPEAKER_LIST_NOUNS)  # for lower-cased text
# An event introduced as the indefinite subject of a clause (for lower-cased text): "an online information session
# will take place on", "; a kick-off meeting is planned on", "Ein Infotag findet am … statt".
_SIDE_EVENT = re.compile(
    rf"(?:^|[;:]\s*|,\s*(?:and|und|et)\s+|\b(?:and|also|und|auch|et)\s+)\(?"
    rf"{alternation(INDEFINITE_ARTICLES)}\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(EVENT_NOUNS)}|\w{{3,}}"
    rf"(?:workshop|konferenz|tagung|treffen|seminar|veranstaltung|session|day))\b"
)
# A first paragraph that opens with an event of this page as its subject (for lower-cased text): a determiner or an
# invitation, at most three words (the event's qualifiers, its series) and an event word.
_SUBJECT_EVENT = re.compile(
    rf"^{alternation(SUBJECT_OPENERS)}\s*(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(EVENT_NOUNS)}|\w{{3,}}"
    rf"(?:workshop|konferenz|tagung|treffen|seminar|veranstaltung))\b"
)
OTHER_EVENTS_IN_PROSE = 2  # other event days, each in a sentence that names an event


@dataclass(slots=True)
class Lead:
    """The page's first paragraph under its heading, and whether the event date comes only after it."""

    text: str
    date_after: bool


@dataclass(slots=True)
class PageFacts:
    """What the evidence is read from."""

    url: str
    heading: str | None
    when: EventDate
    date_sentence: str
    body: Body
    published: str | None
    others: OtherEvents
    lead: Lead | None
    has_speakers: bool
    line_texts: list[str]  # the text of every content line, by line number (`DateMention.line`)
    list_lines: frozenset[int] = frozenset()  # the line numbers of entries: list items and sub-headings


def _path_and_query(url: str) -> tuple[str, str]:
    try:
        parts = urlsplit(url)
    except ValueError:  # a URL that cannot be split says nothing about the page
        return "", ""
    return parts.path, parts.query


def lists_structured_events(doc: Document) -> bool:
    """Whether the page's data describes several events weeks apart: a calendar or listing, not one event (the
    sessions of one event fall within its days)."""
    days = {start[0] for node in event_objects(doc.json_ld) if (start := parse_iso(str(node.get("startDate"))))}
    return len(days) >= LISTED_EVENTS and (max(days) - min(days)).days > MAX_EVENT_DAYS


def is_listing(url: str, heading: str | None, doc: Document) -> bool:
    """A listing, tag or search page: by its URL, by a heading that names a site section, or by structured data
    of several events."""
    path, query = _path_and_query(url)
    if _LISTING_PATH.search(path) or _LISTING_QUERY.search(query):
        return True
    if heading and (_SECTION_HEADING.match(heading.strip()) or _series_only(heading)):
        return True
    return lists_structured_events(doc)


def _series_only(heading: str) -> bool:
    """A heading that is nothing but a series' name ("EU Clusters Talks"): the series' page, which lists its events
    (an edition adds its year, place or topic)."""
    bare = heading.strip(" .:!")
    return any(pattern.regex.fullmatch(bare.lower() if blind else bare) for _, pattern, blind in SERIES_PATTERNS)


def other_event_days(
    mentions: list[DateMention], others: OtherEvents, entries: frozenset[int] = frozenset()
) -> set[tuple[int, int]]:
    """The days of other events the page gives with a time, on a date line of their own or as an entry of a list
    (not deadlines, not days of this event, not the days that follow on from it one by one: its programme)."""
    days = {
        (mention.month, mention.day)
        for mention in mentions
        if (mention.clock is not None or mention.header or mention.line in entries)
        and not mention.negative
        and others.other_day(mention)
    }
    if others.first is None or others.last is None or not days:
        return days
    programme = {others.first, others.last}
    dated = {}
    for month, day in days:
        try:
            dated[(month, day)] = date(others.first.year, month, day)
        except ValueError:
            continue
    grown = True
    while grown:  # "Tuesday 3 June … Wednesday 4 June … Thursday 5 June": one event over consecutive days
        grown = False
        for key, when in list(dated.items()):
            near = any(abs((when - day).days) == 1 for day in programme)
            if near and abs((when - others.first).days) <= MAX_EVENT_DAYS:
                programme.add(when)
                days.discard(key)
                del dated[key]
                grown = True
    return days


BARE_DATE_EXTRA = 12  # a weekday and punctuation around a date: the line says nothing else
ENTRY_CHARS = 80  # a timed line this short is an entry of a programme or digest, not a sentence about the event


def _story_of_its_own(lead: Lead | None, others: OtherEvents) -> bool:
    """Whether the page opens with a paragraph that tells a story of its own date ("On 12 January 2024 the
    Commission published the mapping") and names no event, the event date coming only after it."""
    if lead is None or not lead.date_after or names_event(lead.text, others):
        return False
    return any(others.other_day(mention) for mention in find_mentions(lead.text, -1, context=False))


class _Checks:
    """Each piece of evidence as a test of the page: one method per key of EVENT_WEIGHTS, of the same name."""

    def __init__(self, facts: PageFacts, listing: bool) -> None:
        self.facts, self._listing = facts, listing
        self.mention = facts.when.mention
        self.heading = (facts.heading or "").lower()  # the heading's words are looked for in lower case
        self._lead_names_event: bool | None = None
        self._counted: bool | None = None

    def lead_names_event(self) -> bool:
        if self._lead_names_event is None:
            lead = self.facts.lead
            self._lead_names_event = lead is not None and names_event(lead.text, self.facts.others)
        return self._lead_names_event

    def listing(self) -> bool:
        return self._listing

    def structured_event(self) -> bool:
        return self.facts.when.structured_event or "microdata" in (self.facts.when.source or "")

    def timed_date(self) -> bool:
        return self.mention is not None and self.mention.clock is not None

    def date_line(self) -> bool:
        """Not a bare date right under the heading, without a time, on a page that speaks of no event and no
        speakers: that is how news items print their own date."""
        mention, facts = self.mention, self.facts
        if mention is None or not mention.header:
            return False
        if mention.clock is not None or not 0 < mention.line < len(facts.line_texts):
            return True
        line, above = facts.line_texts[mention.line], facts.line_texts[mention.line - 1]
        if len(line.strip()) > len(mention.text) + BARE_DATE_EXTRA or above.strip() != (facts.heading or "").strip():
            return True
        return _SPEAKERS.search(facts.body.lowered) is not None or mentions_event(facts.body.text)

    def speaker_list(self) -> bool:
        return self.facts.has_speakers

    def section_page(self) -> bool:
        return bool(_SECTION_PATH.search(_path_and_query(self.facts.url)[0]))

    def event_url(self) -> bool:
        return bool(_EVENT_PATH.search(_path_and_query(self.facts.url)[0]))

    def open_call_in_heading(self) -> bool:
        return _OPEN_CALL.search(self.heading) is not None

    def info_session_of_call(self) -> bool:
        """The dated event is an information session ("Info webinar: 5 March, 10:00") under a heading that
        announces an open call and names no event: the call's page ("Info day: the 2025 call" is the info day's)."""
        if _INFO_SESSION.search(self.facts.date_sentence.lower()) is None or not self.open_call_in_heading():
            return False
        return not self.event_in_heading() or self._call_for_event_in_heading()

    def _call_for_event_in_heading(self) -> bool:
        """The heading's event is what its call is for ("Call for expression of interest: host a Clusters meet
        Regions workshop"): the call comes first, and the heading names no information session (that would be the
        session's own page)."""
        call = _OPEN_CALL.search(self.heading)
        if call is None or _INFO_SESSION.search(self.heading) is not None:
            return False
        heading = self.facts.heading or ""
        heading = heading if len(heading) == len(self.heading) else self.heading  # indices of the lower-cased text
        others = self.facts.others
        return names_event(heading[call.end() :], others) and not names_event(heading[: call.start()], others)

    def event_is_venue(self) -> bool:
        sentence = self.facts.date_sentence.lower()
        if _VENUE.search(sentence):
            return True
        if _AWARD_RECEIVED.search(sentence) is None and _AWARD_PASSIVE.search(sentence) is None:
            return False
        return _VENUE_PREPOSITION.search(sentence) is not None

    def digest(self) -> bool:
        """The event's date is one entry among several: a date line, a list item or a short timed line, with other
        days given alike ("Session 1: 5 May, 10:00 · Session 2: 2 June, 10:00 …", a newsletter, a programme of
        Talks)."""
        facts, mention = self.facts, self.mention
        if mention is None:
            return False
        line = facts.line_texts[mention.line] if 0 <= mention.line < len(facts.line_texts) else ""
        short_timed = mention.clock is not None and len(line) <= ENTRY_CHARS
        if not (mention.header or mention.line in facts.list_lines or short_timed):
            return False
        # under a heading that names a kind of page that is no event (a newsletter), one other entry makes a digest
        needed = 1 if self.genre_in_heading() else DIGEST_DAYS
        return len(other_event_days(facts.when.mentions, facts.others, facts.list_lines)) >= needed

    def event_in_heading(self) -> bool:
        """Not events the heading counts ("… from moderating 50 EU Clusters Talks"): many, not this page's one."""
        if self.events_counted_in_heading():
            return False
        return bool(self.facts.heading and names_event(self.facts.heading, self.facts.others))

    def event_in_date_sentence(self) -> bool:
        return names_event(self.facts.date_sentence, self.facts.others)

    def people_at_date(self) -> bool:
        """Not where the event is only the venue of the subject: its participants are the venue's."""
        return _PARTICIPATION.search(self.facts.date_sentence.lower()) is not None and not self.event_is_venue()

    def event_in_lead(self) -> bool:
        return self.lead_names_event()

    def event_is_subject(self) -> bool:
        """The first paragraph opens with an event as its subject, or invites to one: the page is about it, whatever
        its heading announces ("How SMEs can apply for cascade funding" / "This webinar shows …")."""
        lead = self.facts.lead
        return lead is not None and _SUBJECT_EVENT.match(lead.text.lower()) is not None and self.lead_names_event()

    def open_call_in_lead(self) -> bool:
        """The first paragraph is about an open call and names no event, nor does the heading ("Info day: the
        2025 call" over "EISMEA explains the new call" is an event about the call)."""
        lead = self.facts.lead
        if lead is None or not _OPEN_CALL.search(lead.text.lower()) or self.lead_names_event():
            return False
        return not self.event_in_heading()

    def story_of_its_own(self) -> bool:
        return _story_of_its_own(self.facts.lead, self.facts.others)

    def people_news_in_heading(self) -> bool:
        return _PEOPLE_NEWS_HEADING.search(self.heading) is not None

    def events_in_prose(self) -> bool:
        """Other days in event context, each in a sentence that names an event: "On 20 March the workshop opens in
        Graz; the matchmaking in Lyon follows on 4 April"."""
        facts = self.facts
        days: set[tuple[int, int]] = set()
        # under a heading that names a kind of page that is no event (a newsletter), "the next Talk" is no edition of
        # the page's event, and an item names its event in a lead-in of its own ("<b>Clusters meet Regions.</b> Graz,
        # 18-19 June 2024: …")
        genre = self.genre_in_heading()
        for mention in facts.when.mentions:
            if mention is self.mention or mention.negative or mention.end_field:
                continue
            if not genre and (not mention.positive or mention.next_occasion or mention.other_occasion):
                continue  # "the next workshop takes place on …": the page's event has editions, a report says so
            if not 0 <= mention.line < len(facts.line_texts) or not facts.others.other_day(mention):
                continue
            line = facts.line_texts[mention.line]
            sentence = sentence_of(line, mention.start, mention.end)
            lead_in = genre and len(line) <= ENTRY_CHARS * 2 and mentions_event(line[: mention.start])
            if lead_in or ((mention.positive or not genre) and mentions_event(sentence)):
                days.add((mention.month, mention.day))
        return len(days) >= OTHER_EVENTS_IN_PROSE

    def side_event(self) -> bool:
        """The date's sentence introduces its event as something new, after a first paragraph about something
        else, under a heading that names no event: "… has published the results. A kick-off meeting is planned on 4
        February 2025." A page about an event names it first, in its heading or first paragraph."""
        facts, mention = self.facts, self.mention
        if mention is None or facts.lead is None or not facts.lead.date_after or self.lead_names_event():
            return False
        if self.event_in_heading():
            return False
        if not 0 <= mention.line < len(facts.line_texts):
            return False
        text = facts.line_texts[mention.line]
        start, _ = sentence_bounds(text, mention.start, mention.end)
        return bool(_SIDE_EVENT.search(text[start : mention.start].lstrip().lower()))

    def genre_in_heading(self) -> bool:
        """The heading names a kind of page that is no event and names no event: "New Euroclusters selected …",
        "Cluster survey results", "Apply now: vouchers for SMEs"."""
        heading = self.facts.heading
        if not heading or not _GENRE_HEADING.search(self.heading) or self.open_call_in_heading():
            return False  # an open call is a genre of its own, weighed once
        return not self.event_in_heading()

    def events_counted_in_heading(self) -> bool:
        if self._counted is None:
            self._counted = _COUNTED_EVENTS.search(self.heading) is not None
        return self._counted

    def subject_elsewhere(self) -> bool:
        """The first paragraph, before the event date, and the heading name no event: the page is about something
        else ("New mapping tool released … A demonstration is planned for 12 March at 10:00")."""
        lead = self.facts.lead
        if lead is None or not lead.date_after or self.facts.has_speakers or self.lead_names_event():
            return False  # a page that lists its speakers is about the event, whatever its first paragraph says
        return not self.event_in_heading()

    def event_in_body(self) -> bool:
        """Not on a retrospective: a page published half a year after the date."""
        facts = self.facts
        first, issued = iso_day(facts.when.start), iso_day(facts.published)
        if first is not None and issued is not None and (issued - first).days > RETROSPECTIVE_DAYS:
            return False
        return names_event(facts.body.text[:2000], facts.others, facts.body.lowered[:2000])


# The order the evidence is read in: from the cheapest test to the dearest, the evidence against before the names of
# events (which then often need not be read).
_ORDER = (
    "listing",
    "structured_event",
    "timed_date",
    "date_line",
    "speaker_list",
    "event_url",
    "section_page",
    "open_call_in_heading",
    "info_session_of_call",
    "event_is_venue",
    "digest",
    "open_call_in_lead",
    "story_of_its_own",
    "people_news_in_heading",
    "genre_in_heading",
    "events_counted_in_heading",
    "events_in_prose",
    "side_event",
    "subject_elsewhere",
    "event_in_heading",
    "event_in_date_sentence",
    "people_at_date",
    "event_in_lead",
    "event_is_subject",
    "event_in_body",
)

_KINDS = ("listing", "section_page", "open_call_in_heading")


def event_evidence(facts: PageFacts, listing: bool) -> list[str]:
    """The names of the evidence found (keys of EVENT_WEIGHTS), read from the cheapest test to the dearest and only
    as long as what is left to read could still change the verdict (the sum's sign)."""
    checks = _Checks(facts, listing)
    found: list[str] = []
    total = 0.0
    order = _ORDER if facts.when.start is not None else _KINDS  # without a date, only what kind of page it is
    left = sum(abs(EVENT_WEIGHTS[name]) for name in order)
    for name in order:
        if total > left or total + left <= 0:
            break  # the verdict cannot change any more
        left -= abs(EVENT_WEIGHTS[name])
        if getattr(checks, name)():
            found.append(name)
            total += EVENT_WEIGHTS[name]
    return found


def weigh(evidence: list[str]) -> float:
    return sum(EVENT_WEIGHTS[name] for name in evidence)


def not_event_code(evidence: list[str]) -> str:
    """The warning code of a page judged no event (see NOT_EVENT_CODES)."""
    return next((code for name, code in NOT_EVENT_CODES.items() if name in evidence), "no_event_described")
