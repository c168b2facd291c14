"""Choosing the event's date among every date on the page, and inferring a missing year.

Every date mention of the content is a candidate with its features (event context before it, a time or a date line of
its own, the day of the structured data, an event named in its paragraph, its place above the page heading, a bare date
line on the publication day, cues of a previous edition, or of a next one after a date in event context, the new date of
a postponement: "moved from 13 September to 20 September", "New date: …"); deadlines, bylines, upload stamps, the old
date of a postponement and spans longer than an event are none. The candidate with the most evidence by `DATE_WEIGHTS`
wins, the first on a tie. An end field ("Start: … · End: 19 June 2024, 13:00") is no candidate: it ends the mention
before it. Other mentions of the same day fill in what it leaves out (the year of a plugin header, the time of a date
field, the zone label printed in prose); structured data (schema.org Event JSON-LD, microdata, `<time datetime>`) beats
it when both agree and adds what prose leaves out (times, the end); a disagreement, of the day or of the time, is a
`date_conflict` warning. Structured data whose day and month the page's date line gives in another year was copied from
another edition: the visible date wins (and the text's own mention of that stale day is the other edition's). A timed
day followed by the next days given alike is one event that ends with the last of them. A time given apart from the date
comes from the rest of its sentence or the next sentence without a date of its own. The heading is the last resort.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from harvest.parse.dates import (
    AUTHOR_AFTER,
    BRUSSELS_NAME,
    MAX_EVENT_DAYS,
    PUBLICATION_LINE,
    TZ_PATTERN,
    ZONE_ONLY,
    Clock,
    DateMention,
    brussels_iso,
    brussels_offset_label,
    clock_in,
    clock_line,
    find_mentions,
    is_deadline_label,
    is_time_label,
    month_years,
    opens_with_date_then_author,
    parse_iso,
    years_in,
)
from harvest.parse.document import Document, Line, text_content
from harvest.parse.text import sentence_bounds, sentence_of, sentences, squash
from harvest.parse.vocabulary import DATE_LABELS, EVENT_WORDS, alternation

_CET_LABELS = {"CET": "CET", "MEZ": "CET", "CEST": "CEST", "MESZ": "CEST"}
_PUBLISHED = re.compile(  # for lower-cased text: without IGNORECASE the engine scans twice as fast
    r"\b(?:submitted by|posted|published|publication date|veröffentlicht|opublikowano|dodano|publié|publikováno)\b"
)
_DIGIT = re.compile(r"\d")
_URL_YEAR = re.compile(r"(?<![\d])(20\d\d|19\d\d)(?![\d])")


@dataclass(slots=True)
class Structured:
    start: tuple[date, time | None]
    end: tuple[date, time | None] | None
    source: str


@dataclass(slots=True)
class EventDate:
    start: str | None = None
    end: str | None = None
    timezone: str | None = None
    tz_label: str | None = None
    mention: DateMention | None = None
    source: str | None = None
    structured_event: bool = False  # the page declares a schema.org Event
    mentions: list[DateMention] = field(default_factory=list)  # every date mention of the content
    warnings: list[tuple[str, str]] = field(default_factory=list)


def event_objects(json_ld: list[dict[str, Any]]) -> list[dict[str, Any]]:
    events = []
    for node in json_ld:
        kind = node.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.endswith("Event") for k in kinds) and node.get("startDate"):
            events.append(node)
    return events


def structured_dates(doc: Document) -> list[Structured]:
    """Event dates stated as data: JSON-LD Event, microdata startDate/endDate, `<time datetime>` in the content."""
    found: list[Structured] = []
    for node in event_objects(doc.json_ld):
        start = parse_iso(str(node.get("startDate")))
        end = parse_iso(str(node["endDate"])) if node.get("endDate") else None
        if start:
            found.append(Structured(start, end, "json-ld"))
    if doc.microdata.get("startDate"):
        start = parse_iso(doc.microdata["startDate"])
        end = parse_iso(doc.microdata["endDate"]) if doc.microdata.get("endDate") else None
        if start:
            found.append(Structured(start, end, "microdata"))
    times: list[tuple[date, time | None]] = []
    for element in doc.content.iter("time"):
        value = element.get("datetime")
        parsed = parse_iso(value) if value else None
        hints = f"{element.get('class') or ''} {element.get('itemprop') or ''}".lower()
        if not parsed or PUBLICATION_LINE.search(hints) or _under_deadline_label(element):
            continue
        if element.tail and AUTHOR_AFTER.match(element.tail):
            continue  # "<time>October 3, 2024</time> by Mads Holm": the post's date
        if parsed[1] is None:  # a date-only datetime around a shown time: <time datetime="2024-05-02">1:00 PM</time>
            clock = clock_line(squash(text_content(element)))
            parsed = (parsed[0], clock.start) if clock else parsed
        if times and times[-1][1] is None and parsed[1] is not None and times[-1][0] == parsed[0]:
            times[-1] = parsed  # the day, then its time: one instant
        elif parsed not in times:
            times.append(parsed)
    if times:
        found.append(Structured(times[0], times[1] if len(times) > 1 else None, "time"))
    return found


LABEL_LEVELS = 3  # how far up a <time> element its field's label is looked for
TIME_LABEL_CHARS = 60


def _under_deadline_label(element: Any) -> bool:
    """Whether a <time> element is a deadline's by the label of its field: the text before it in its block, else the
    element before its block ("<div>Deadline</div><div><time …>"), a few levels up. (Publication stamps are told
    by their classes: a label "Posted on" is kept, as the first <time> of a page is often the stamp.)"""
    node = element
    for _ in range(LABEL_LEVELS):
        before = node.getprevious()
        while before is not None and before.tag == "time":  # "Posted on <time>…</time><time>…</time>": one label
            before = before.getprevious()
        parent = node.getparent()
        if before is not None:
            label = squash(text_content(before))[-TIME_LABEL_CHARS:]
        else:
            label = (parent.text or "").strip()[-TIME_LABEL_CHARS:] if parent is not None else ""
        if label:
            return is_deadline_label(label)
        if parent is None:
            return False
        node = parent
    return False


def find_published(doc: Document) -> str | None:
    """The publication date (byline, WordPress entry-date, meta): kept apart, never the event date."""
    for node in doc.json_ld:
        value = node.get("datePublished")
        if isinstance(value, str) and parse_iso(value):
            return value.strip()
    if doc.meta_published and parse_iso(doc.meta_published):
        return doc.meta_published.strip()
    for text in _publication_texts(doc):
        for mention in find_mentions(text, -1, "date:", context=False):
            if mention.first:
                return mention.first.isoformat()
    return None


def _publication_texts(doc: Document) -> Iterator[str]:
    """Bylines dropped as chrome, then content lines that say "published", then short lines under the heading."""
    yield from (text for text in doc.removed_text if _PUBLISHED.search(text.lower()))
    for text in doc.removed_text:  # a theme's meta line dropped as chrome: "12.4.2023 by admin"
        if (
            _AUTHOR_WORD.search(text)
            and _DIGIT.search(text)
            and opens_with_date_then_author(text, find_mentions(text, -1, "date:", context=False))
        ):
            yield text
    for line in doc.lines:
        if _DIGIT.search(line.text) and _PUBLISHED.search(line.text.lower()):
            yield line.text
    # a bare date right under the heading is the publication stamp (nca.cz "Clock icon" dates), also where menus
    # that were not recognised as such come first; or at the top of the page, above the heading
    under = next((line.index + 1 for line in doc.lines if line.heading == 1), 0)
    top = doc.lines[:STAMP_LINES] + (doc.lines[under : under + STAMP_LINES] if under >= STAMP_LINES else [])
    yield from (line.text for line in top if not line.heading and len(line.text) <= STAMP_CHARS)
    for line in top:  # "October 3, 2024 by Mads Holm": the post's meta line
        if not line.heading and _AUTHOR_WORD.search(line.text) and _DIGIT.search(line.text):
            mentions = find_mentions(line.text, -1, context=False)
            if opens_with_date_then_author(line.text, mentions):
                yield line.text


STAMP_LINES = 6
_AUTHOR_WORD = re.compile(r" (?:by|By|von|par|door|por|przez|di|da) ")  # the cheap test before a line's dates
STAMP_CHARS = 24


def _year_for(
    mention: DateMention, doc: Document, url: str, heading: str, published: str | None, structured: list[Structured]
) -> int | None:
    for item in structured:
        if (item.start[0].month, item.start[0].day) == (mention.month, mention.day):
            return item.start[0].year
    url_years = _URL_YEAR.findall(url.split("?")[0])
    if len(set(url_years)) == 1:
        return int(url_years[0])
    heading_years = years_in(heading)
    if len(set(heading_years)) == 1:
        return heading_years[0]
    for line in doc.lines[max(0, mention.line - 3) : mention.line + 3]:
        for month, year in month_years(line.text):
            if month == mention.month:
                return year
    if published:
        parsed = parse_iso(published)
        if parsed:
            when = parsed[0]
            year = when.year
            # an announcement comes before the event, a report shortly after it
            if (mention.month, mention.day) < (when.month, when.day) and when.month - mention.month > 6:
                year += 1
            return year
    return None


def _complete(mention: DateMention, year: int) -> DateMention | None:
    try:
        first = date(year, mention.month, mention.day)
        last = None
        if mention.last_day is not None:
            last_month = mention.last_month or mention.month
            last_year = year + 1 if last_month < mention.month else year
            last = date(last_year, last_month, mention.last_day)
    except ValueError:
        return None
    mention.first, mention.last, mention.year = first, last if last != first else None, year
    return mention


def _candidates(lines: list[Line]) -> Iterator[DateMention]:
    """The date mentions of the content lines, skipping the page heading and publication lines."""
    previous = ""
    for position, line in enumerate(lines):
        if not _DIGIT.search(line.text) or line.heading == 1 or PUBLICATION_LINE.search(line.text.lower()):
            previous = _label_text(line.text)
            continue
        if previous and position and lines[position - 1].heading and not _heads(lines[position - 1], line):
            previous = ""  # the heading of a section that ends above ("Comments (2)", its comments dropped)
        found = find_mentions(line.text, line.index, previous)
        if found and opens_with_date_then_author(line.text, found):
            previous = _label_text(line.text)
            continue  # "October 3, 2024 by Mads Holm": the post's meta line
        for mention in found:
            if mention.header and mention.clock is None:
                mention.clock = _clock_below(lines, position)
            yield mention
        previous = _label_text(line.text)


def _label_text(text: str) -> str:
    """A line as the label of the field under it: without the mark where its bold start ends ("<b>Date</b>")."""
    return text.replace("\u2063", "").rstrip() if "\u2063" in text else text


def _heads(heading: Line, line: Line) -> bool:
    """Whether a heading line labels the line after it: the line's block, or a block around it, follows the heading
    in its parent ("<h3>Date</h3><dl><dd>3 October 2023</dd></dl>"); not a section heading whose own content was
    dropped, followed by a block of another column."""
    if heading.block is None or line.block is None:
        return True
    parent = heading.block.getparent()
    return any(node.getparent() is parent for node in (line.block, *line.block.iterancestors()))


def _clock_below(lines: list[Line], position: int) -> Clock | None:
    """The time on the lines under a date header, as event plugins and date fields print it: "Date / 03 Oct 2023 /
    Time / 2:00 pm - 3:30 pm" (a time label may stand between them)."""
    for line in lines[position + 1 : position + 4]:
        if is_time_label(_label_text(line.text)):
            continue
        return clock_line(line.text) if _DIGIT.search(line.text) else None
    return None


def _same_day(mention: DateMention, other: DateMention) -> bool:
    """Whether two mentions name the same day (one without its year agrees with any year)."""
    if other is mention or other.negative:
        return False
    if mention.first is not None and other.first is not None:
        return other.first == mention.first
    return (other.month, other.day) == (mention.month, mention.day)


def _corroborate(mention: DateMention, mentions: Iterable[DateMention]) -> None:
    """Fill what the chosen mention leaves out from other mentions of the same day: the year ("3 October" and the
    plugin header "03 Oct 2023"), the time ("5 March 2024" field and "from 9 a.m. to midday CET" in prose), and
    the zone label or end printed beside the same start time ("05/11/2024 - 10:00 - 11:30" field and "at 10:00
    CET" in prose)."""
    for other in mentions:
        if not _same_day(mention, other):
            continue
        if mention.first is None and other.first is not None:
            _complete(mention, other.first.year)
        clock, found = mention.clock, other.clock
        if found is not None and found.end is None and mention.last is not None:
            continue  # the first item of a programme day ("18 June" over "09:00 Registration"): no hours of the days
        if found is not None and clock is None:
            mention.clock = found
            if mention.last_day is None and other.last is not None:
                mention.last, mention.last_month, mention.last_day = other.last, other.last_month, other.last_day
        elif found is not None and clock is not None and found.start == clock.start:
            mention.clock = Clock(clock.start, clock.end or found.end, clock.tz_label or found.tz_label)
        clock = mention.clock
        if mention.first is not None and clock is not None and clock.tz_label is not None and clock.end is not None:
            return


PROGRAMME_LINES = 12  # the days of a programme follow each other within this many lines


def _extend_over_programme(mention: DateMention, mentions: list[DateMention]) -> None:
    """A timed day followed by the next days given alike ("Day 1: 7 May 2024, 14:00 – 18:00 / Day 2: 8 May 2024,
    9:00 – 13:00"): one event over those days, ending when the last one ends."""
    if mention.first is None or mention.last is not None or mention.clock is None:
        return
    last, line = mention, mention.line
    for other in mentions:
        if other.line <= line or other.line > line + PROGRAMME_LINES or other.first is None or other.clock is None:
            continue
        if other.negative or other.other_occasion or other.next_occasion or other.header != mention.header:
            continue
        if (other.first - (last.last or last.first)).days != 1:
            break  # a gap or another day: no programme of consecutive days
        last, line = other, other.line
    if last is mention:
        return
    mention.last, mention.last_day = last.last or last.first, (last.last or last.first).day
    mention.last_month = mention.last.month if mention.last.month != mention.month else None
    mention.clock = Clock(mention.clock.start, last.clock.end or last.clock.start, mention.clock.tz_label)


def _programme_hours(mention: DateMention, lines: list[Line], mentions: list[DateMention]) -> Clock | None:
    """The hours of a range of days whose programme gives each day as a heading of its own with its timed items ("14 -
    15 November 2023", then "Tue, Nov 14 / 09:00 – 09:30 Opening … / Wed, Nov 15 / … 09:20 – 13:00 B2B meetings"): from
    the first item of the first day to the end of the last item of the last day. None unless the last day's items
    give an end (agenda items with start times alone say nothing of when the event ends)."""
    if mention.first is None or mention.last is None or mention.clock is not None:
        return None
    days = [
        other
        for other in mentions
        if other.line > mention.line and other.header and other.clock is None and not other.negative
    ]
    first = next((d for d in days if (d.month, d.day) == (mention.first.month, mention.first.day)), None)
    if first is None:
        return None
    last_day = mention.last
    last = next((d for d in days if d.line > first.line and (d.month, d.day) == (last_day.month, last_day.day)), None)
    if last is None:
        return None
    opening, closing = _day_items(lines, first.line), _day_items(lines, last.line)
    if not opening or not closing or closing[-1].end is None:
        return None
    end = max(clock.end or clock.start for clock in closing)
    label = next((clock.tz_label for clock in (*opening, *closing) if clock.tz_label), None) or _times_label(lines)
    return Clock(opening[0].start, end, label)


def _day_items(lines: list[Line], day_line: int) -> list[Clock]:
    """The times of the items under a day of a programme, up to the next heading."""
    clocks = []
    for line in lines[day_line + 1 : day_line + 1 + PROGRAMME_LINES]:
        if line.heading:
            break
        if line.text[:1].isdigit() and (clock := clock_in(line.text)) is not None:
            clocks.append(clock)
    return clocks


# "All times are in CET (UTC+1)", "Alle Zeitangaben in MEZ": the zone of every time of the page.
_TIMES_IN = re.compile(
    rf"\b(?:times|zeiten|zeitangaben|heures|godziny)\b[^.]{{0,25}}?(?<![A-Za-z])(?P<tz>{TZ_PATTERN})(?![A-Za-z])",
    re.IGNORECASE,
)


def _times_label(lines: list[Line]) -> str | None:
    for line in lines:
        if len(line.text) < 300 and (found := _TIMES_IN.search(line.text)) is not None:
            return found.group("tz")
    return None


# How much each piece of evidence says that a date mention is the event's date (see `date_score`).
DATE_WEIGHTS = {
    "context": 2.0,  # "on", "takes place", a date label, a time beside it, a date line of its own
    "structured": 1.0,  # the day the structured data (JSON-LD, microdata, <time datetime>) gives
    "event_named": 0.5,  # its paragraph names an event or a series
    "date_line": 0.5,  # it stands on a line or in a field of its own
    "labelled_line": 0.5,  # …under a date label of its own: the event's ("When: Wednesday 12 March 2025, 8:30")
    "above_heading": -3.0,  # above the page heading: chrome that was not recognised as such
    "publication_stamp": -3.0,  # a bare date line on the day the page was published: its stamp
    "other_occasion": -3.0,  # "the previous edition took place on …"
    "next_after_event": -1.0,  # "the next Talk takes place on …" after a date in event context: another event
    "rescheduled": 3.0,  # "postponed to …", "New date: …": the new date beats older text and structured data
}


def date_score(
    mention: DateMention,
    heading_line: int,
    structured_days: set[date],
    event_named: bool,
    published: date | None,
    after_event_date: bool = False,
) -> float:
    """The evidence that a mention is the event's date, weighed by DATE_WEIGHTS. Deadlines, stamps and spans longer
    than an event are no candidates at all (see `_usable`)."""
    score = DATE_WEIGHTS["context"] if mention.positive else 0.0
    if mention.header and not event_named and mention.clock is None and mention.first == published:
        score += DATE_WEIGHTS["publication_stamp"]
    if mention.first is not None and mention.first in structured_days:
        score += DATE_WEIGHTS["structured"]
    if event_named:
        score += DATE_WEIGHTS["event_named"]
    if mention.header:
        score += DATE_WEIGHTS["date_line"]
    if mention.rescheduled:
        score += DATE_WEIGHTS["rescheduled"]
    if 0 <= mention.line < heading_line:
        score += DATE_WEIGHTS["above_heading"]
    if mention.other_occasion:
        score += DATE_WEIGHTS["other_occasion"]
    elif mention.next_occasion and after_event_date:
        score += DATE_WEIGHTS["next_after_event"]
    return score


# A line that opens with a date label of its own ("When: …", "Datum: …"), perhaps bold ("<b>Date:</b> …").
_DATE_LABEL_START = re.compile(rf"^{alternation(DATE_LABELS)}\u2063?\s*:", re.IGNORECASE)


def _usable(mention: DateMention) -> bool:
    return not mention.negative and not mention.end_field and mention.span_days <= MAX_EVENT_DAYS


END_FIELD_LINES = 3  # an end field stands on the start's line or at most this many lines under it


def _join_end_fields(mentions: list[DateMention]) -> None:
    """An end field ("Start: 18 June 2024, 9:00 / End: 19 June 2024, 13:00") ends the mention before it."""
    for position in range(1, len(mentions)):
        end, start = mentions[position], mentions[position - 1]
        if not end.end_field or start.end_field or start.negative or start.line < end.line - END_FIELD_LINES:
            continue
        if (end.year or start.year or 0, end.month, end.day) < (start.year or 0, start.month, start.day):
            continue
        if (end.month, end.day) != (start.month, start.day):
            start.last, start.last_day = end.first, end.day
            start.last_month = end.month if end.month != start.month else None
        if start.clock is not None and end.clock is not None:
            same_day = (end.month, end.day) == (start.month, start.day)
            finish = end.clock.start if not same_day or end.clock.start > start.clock.start else start.clock.end
            start.clock = Clock(start.clock.start, finish, start.clock.tz_label or end.clock.tz_label)


def _pick(
    mentions: list[DateMention], doc: Document, structured: list[Structured], published: str | None
) -> DateMention | None:
    """The mention with the most evidence of being the event's date; the first of them on a tie."""
    return _pick_scored(mentions, doc, structured, published)[0]


def _pick_scored(
    mentions: list[DateMention], doc: Document, structured: list[Structured], published: str | None
) -> tuple[DateMention | None, float]:
    """`_pick`, with the chosen mention's score."""
    heading_line = next((line.index for line in doc.lines if line.heading == 1), -1)
    issued = parse_iso(published) if published else None
    stale = [item for item in structured if _stale(item, mentions)]
    days = {item.start[0] for item in structured if item not in stale}
    for mention in mentions:  # the text's own mention of a stale day is that other edition's ("the first edition, …")
        if mention.first is not None and any(mention.first == item.start[0] for item in stale):
            mention.other_occasion = True
    best, best_score = None, 0.0
    named: dict[int, bool] = {}  # line → whether it names an event
    seen_event_date = False  # a date in event context came before
    for mention in mentions:
        if not _usable(mention):
            continue
        if mention.line not in named:
            block = doc.lines[mention.line].text if 0 <= mention.line < len(doc.lines) else ""
            named[mention.line] = EVENT_WORDS.search(block.lower()) is not None
        published_day = issued[0] if issued else None
        score = date_score(mention, heading_line, days, named[mention.line], published_day, seen_event_date)
        if (
            mention.header
            and 0 <= mention.line < len(doc.lines)
            and _DATE_LABEL_START.match(doc.lines[mention.line].text)
        ):
            score += DATE_WEIGHTS["labelled_line"]
        seen_event_date = seen_event_date or mention.positive
        if best is None or score > best_score:
            best, best_score = mention, score
    return best, best_score


ZONE_LINES = 2  # how far under its schedule a plugin prints the zone label


def _zone_apart(lines: list[Line], mention: DateMention) -> str | None:
    """The zone label of a time printed without one: on a line of its own under the schedule ("May 14 @ 10:00 am -
    12:00 pm" / "CEST"), or in a sentence on every time of the page ("The Talk is online; all times are CET.")."""
    if not 0 <= mention.line < len(lines):
        return None
    for line in lines[mention.line + 1 : mention.line + 1 + ZONE_LINES]:
        alone = ZONE_ONLY.match(line.text) if len(line.text) < ZONE_ONLY_CHARS else None
        if alone:
            return alone.group("tz")
    return _times_label(lines)


ZONE_ONLY_CHARS = 12


def _clock_nearby(lines: list[Line], mention: DateMention) -> Clock | None:
    """A time given apart from the date: later in its sentence or in the next sentence that has no date of its own
    ("On 3 May the session gathered 150 people. It lasted from 10:00 to 11:15 CEST.")."""
    if not 0 <= mention.line < len(lines):
        return None
    text = lines[mention.line].text
    _, sentence_end = sentence_bounds(text, mention.start, mention.end)
    rest = [text[mention.end : sentence_end]]
    following = text[sentence_end:]
    if not following.strip() and mention.line + 1 < len(lines) and not lines[mention.line + 1].heading:
        following = lines[mention.line + 1].text
    if following.strip():
        rest.append(sentence_of(following, 0, 0))
    for sentence in rest:
        if not _DIGIT.search(sentence) or find_mentions(sentence, -1, context=False):
            continue
        clock = clock_in(sentence)
        if clock is not None:
            return clock
    return None


AGENDA_ITEMS = 3  # timed lines in a row that make an agenda
AGENDA_LINES = 30  # how far under the date its agenda may start
# The time an agenda item opens with ("10:00 Welcome …", "10:00 – 10:30 | Keynote …"), and an item that only marks
# the end ("11:30 End of webinar", "12:30 Ende der Veranstaltung", "16:00 Close").
_ITEM_TIME = re.compile(
    r"^\s*\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?)?\s*(?:h|uhr)?"
    r"\s*[|:–—-]?\s*",
    re.IGNORECASE,
)
_AGENDA_END = re.compile(
    r"^(?:end|close|ende|koniec|zakończenie|fin|konec)\b(?:\s+(?:of|der|des|du|de la|webinaru|spotkania)\b[^.]{0,40})?"
    r"\W*$",
    re.IGNORECASE,
)


def _agenda_hours(lines: list[Line], mention: DateMention) -> Clock | None:
    """The hours of a one-day event whose date gives no time, from its agenda: the first item's time to the time of
    the item that marks the end ("10:00 Welcome – … / … / 11:30 End of webinar"), or to the end of a last item given
    as a span. None otherwise: items with start times alone say nothing of when the event ends."""
    items: list[tuple[Clock, str]] = []
    for line in lines[mention.line + 1 : mention.line + 1 + AGENDA_LINES]:
        opening = _ITEM_TIME.match(line.text) if line.text[:1].isdigit() else None
        clock = clock_in(line.text[: opening.end()]) if opening else None
        if clock is None:
            if len(items) >= AGENDA_ITEMS:
                break
            items = []
            continue
        items.append((clock, line.text[opening.end() :] if opening else ""))
    if len(items) < AGENDA_ITEMS:
        return None
    last, text = items[-1]
    end = last.start if _AGENDA_END.match(text.strip()) else last.end
    if end is None:
        return None
    label = next((clock.tz_label for clock, _ in items if clock.tz_label), None) or _times_label(lines)
    return Clock(items[0][0].start, end, label)


def _lone_clock(lines: list[Line]) -> Clock | None:
    """The event's time where the page gives its day only in the heading or in data: a time field ("Time" over
    "10:00–11:30 UTC+1") or the first sentence that gives a time with its end or zone and no date ("Join us online
    from 8:30 to 9:45 CET"); not an agenda line that opens with its time, nor a deadline's."""
    previous = ""
    for line in lines:
        text = line.text
        if line.heading == 1 or not _DIGIT.search(text) or PUBLICATION_LINE.search(text.lower()):
            previous = text
            continue
        if is_time_label(_label_text(previous)) and (clock := clock_line(text)) is not None:
            return clock
        for sentence in sentences(text):
            if not _DIGIT.search(sentence) or sentence.lstrip()[:1].isdigit():
                continue
            if find_mentions(sentence, -1, context=False):
                continue
            clock = clock_in(sentence)
            if clock is not None and (clock.end is not None or clock.tz_label is not None):
                return clock
        previous = text
    return None


def _stale(item: Structured, mentions: list[DateMention]) -> bool:
    """Structured data copied from another edition: the page's date line gives its day and month in another year
    ("30 November – 1 December 2023" over a JSON-LD of 2022). The visible date wins; prose may well name the day of
    another year ("proposed on 3 May 2022" on the Talk of 3 May 2023)."""
    day = item.start[0]
    return any(
        mention.first is not None
        and mention.header
        and (mention.month, mention.day) == (day.month, day.day)
        and mention.first.year != day.year
        and _usable(mention)
        for mention in mentions
    )


def _structured_agrees(mention: DateMention, item: Structured) -> bool:
    return mention.first is not None and mention.first == item.start[0]


def choose_event_date(doc: Document, url: str, heading: str, published: str | None) -> EventDate:
    result = EventDate()
    structured = structured_dates(doc)
    result.structured_event = any(item.source == "json-ld" for item in structured)
    mentions = result.mentions = list(_candidates(doc.lines))
    _join_end_fields(mentions)
    mention, score = _pick_scored(mentions, doc, structured, published)
    if mention is not None and score < 0 and heading and not structured:
        # the text's only dates are another occasion's ("follows up on the Talk of 24 January 2024"): the heading's
        # date ("… – 7 February 2024") is the event's
        titled = _pick(find_mentions(heading, -1, "date:"), doc, structured, published)
        if titled is not None and titled.first is not None:
            mention = None
    if mention is not None:
        yearless = mention.first is None
        _corroborate(mention, mentions)
        _extend_over_programme(mention, mentions)
        if mention.clock is None and (hours := _programme_hours(mention, doc.lines, mentions)) is not None:
            mention.clock = hours
        if yearless and mention.first is not None:
            result.warnings.append(("year_inferred", f"year {mention.year} of {mention.text!r} from another mention"))
    source = "text"
    if mention is None and heading:
        mention = _pick(find_mentions(heading, -1, "date:"), doc, structured, published)
        source = "heading"
    if mention is not None and mention.first is None:
        year = _year_for(mention, doc, url, heading, published, structured)
        if year is None or _complete(mention, year) is None:
            result.warnings.append(("no_year", f"no year found for the event date {mention.text!r}"))
            mention = None
        else:
            result.warnings.append(("year_inferred", f"year {year} inferred for {mention.text!r}"))
    start_day: date | None = None
    end_day: date | None = None
    start_time = end_time = None
    tz_label = None
    if mention is not None and mention.first is not None:
        start_day, end_day = mention.first, mention.last
        if mention.clock:
            start_time, end_time, tz_label = mention.clock.start, mention.clock.end, mention.clock.tz_label
    chosen = structured[0] if structured else None
    if chosen is not None:
        if start_day is None:
            start_day, start_time = chosen.start
            end_day, end_time = chosen.end if chosen.end else (None, None)
            source = chosen.source
        elif mention is not None and _structured_agrees(mention, chosen):
            source = f"{source}+{chosen.source}"
            if start_time is not None and chosen.start[1] is not None and chosen.start[1] != start_time:
                result.warnings.append(  # the text's wall-clock time wins: the data's zone is often the server's
                    (
                        "date_conflict",
                        f"{chosen.source} says {chosen.start[1]:%H:%M} Brussels time, the text says {start_time:%H:%M}",
                    )
                )
            if start_time is None and chosen.start[1] is not None:
                start_time = chosen.start[1]
                if chosen.end and chosen.end[0] == start_day:
                    end_time = chosen.end[1]
            elif start_time == chosen.start[1] and end_time is None and chosen.end and chosen.end[0] == start_day:
                end_time = chosen.end[1]  # the data gives the end the text leaves out
            if end_day is None and chosen.end and chosen.end[0] != start_day and chosen.end[1] is None:
                end_day = chosen.end[0]
        else:
            result.warnings.append(
                ("date_conflict", f"{chosen.source} says {chosen.start[0].isoformat()}, the text says {start_day}")
            )
    if start_day is None:
        result.warnings.append(("no_event_date", "no event date found on the page"))
        return result
    if start_time is None and mention is not None and (nearby := _clock_nearby(doc.lines, mention)) is not None:
        start_time, end_time, tz_label = nearby.start, nearby.end, nearby.tz_label
        mention.clock = nearby
    elif start_time is None and (mention is None or source == "heading") and (lone := _lone_clock(doc.lines)):
        start_time, end_time, tz_label = lone.start, lone.end, lone.tz_label  # the day from the heading or data
    if start_time is None and mention is not None and mention.last is None and source != "heading":
        agenda = _agenda_hours(doc.lines, mention)
        if agenda is not None:
            start_time, end_time, tz_label = agenda.start, agenda.end, agenda.tz_label
    if start_time is not None and tz_label is None and mention is not None:
        tz_label = _zone_apart(doc.lines, mention)
    result.mention, result.source = mention, source
    if start_time is not None:
        result.start = brussels_iso(start_day, start_time)
        if end_time is not None:
            result.end = brussels_iso(end_day or start_day, end_time)
        elif end_day is not None and end_day != start_day:
            result.end = end_day.isoformat()
        result.timezone = BRUSSELS_NAME
        result.tz_label = tz_label
        expected = brussels_offset_label(start_day, start_time)
        if tz_label and _CET_LABELS.get(tz_label.upper()) not in (None, expected):
            result.warnings.append(
                ("tz_label_mismatch", f"page says {tz_label}; Brussels time on {start_day} is {expected}")
            )
    else:
        result.start = start_day.isoformat()
        result.end = end_day.isoformat() if end_day and end_day != start_day else None
    return result
