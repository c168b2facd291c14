"""The parse pipeline of one page: decode, find the content, then each field in turn."""

from __future__ import annotations

import re

from harvest.parse.assets import find_assets
from harvest.parse.classify import (
    Body,
    OtherEvents,
    blocked_reason,
    detect_format,
    detect_language,
    detect_location,
    detect_series,
)
from harvest.parse.dates import PUBLICATION_LINE, DateMention, find_mentions, opens_with_date_then_author
from harvest.parse.decode import decode_html
from harvest.parse.document import Document, Line, build_document
from harvest.parse.event_date import choose_event_date, find_published
from harvest.parse.evidence import Lead, PageFacts, event_evidence, is_listing, not_event_code, weigh
from harvest.parse.record import PageRecord
from harvest.parse.speakers import find_speakers, listed_speakers
from harvest.parse.text import sentence_of
from harvest.parse.title import event_title, page_heading
from harvest.reference import EuroclusterIndex


def build_record(record: PageRecord, html: bytes | str, url: str, euroclusters: EuroclusterIndex) -> None:
    data, _encoding, notes = decode_html(html)
    for note in notes:
        record.warn("charset_mismatch", note)
    if b"</html>" not in data[-2000:].lower() and len(data) > 200:
        record.warn("truncated_html", "the page ends before </html>; parsed what is there")
    doc = build_document(data)
    heading = page_heading(doc)
    body = Body.of([line.text for line in doc.lines if line.heading != 1])
    record.page_title = heading
    record.title = event_title(doc, heading)
    record.language = detect_language(body, doc.html_lang)
    blocked = blocked_reason(doc, heading, body)
    if blocked:
        record.warn(blocked, f"not a content page ({blocked.replace('_', ' ')})")
        record.is_event = False
        return
    record.published_at = find_published(doc)
    when = choose_event_date(doc, url, heading or "", record.published_at)
    for code, message in when.warnings:
        record.warn(code, message)
    record.start, record.end, record.timezone, record.tz_label = when.start, when.end, when.timezone, when.tz_label
    others = OtherEvents(when.start, when.end)
    record.series = detect_series(heading, body, others)
    record.format = detect_format(body)
    mention = when.mention
    record.location = detect_location(doc, mention.line if mention else None, mention.end if mention else None)
    listed = listed_speakers(doc.lines, euroclusters)
    facts = PageFacts(
        url,
        heading,
        when,
        date_sentence(doc, heading, mention),
        body,
        record.published_at,
        others,
        lead_paragraph(doc, mention),
        bool(listed[0]),
        [line.text for line in doc.lines],
        # entries: list items, sub-headings, and short lines led by a bold name ("<b>Members’ breakfast</b> – 18 April")
        frozenset(line.index for line in doc.lines if line.list_item or line.heading > 1 or _bold_led_entry(line)),
    )
    evidence = event_evidence(facts, is_listing(url, heading, doc))
    record.is_event = when.start is not None and weigh(evidence) > 0
    if not record.is_event and (when.start is not None or weigh(evidence) < 0):
        code = not_event_code(evidence)
        record.warn(code, f"not an event page ({', '.join(evidence) or 'no evidence of an event'})")
    record.speakers = find_speakers(doc.lines, euroclusters, record.is_event, listed)
    record.euroclusters = euroclusters.match_text(f"{heading or ''}\n" + "\n".join(body.lines))
    record.assets = find_assets(doc, url)


ENTRY_LINE_CHARS = 100


def _bold_led_entry(line: Line) -> bool:
    """A short line led by a bold name with more after it: an entry of a digest written as paragraphs."""
    lead = line.lead_bold
    return (
        bool(lead)
        and len(line.text) <= ENTRY_LINE_CHARS
        and not lead.rstrip().endswith(":")
        and len(line.text) > len(lead) + 3
    )


LEAD_WORDS = 8  # a line this long is a paragraph, not a label, a date field or a greeting


def lead_paragraph(doc: Document, mention: DateMention | None) -> Lead | None:
    """The first paragraph under the page heading (not a byline), and whether the event date comes only after it."""
    start = next((line.index + 1 for line in doc.lines if line.heading == 1), 0)
    for line in doc.lines[start:]:
        if line.heading or len(line.text.split()) < LEAD_WORDS:
            continue
        if len(line.text) <= BYLINE_CHARS and (
            _is_byline(line.text.lower()) or _is_field_line(line.text) or _date_then_author(line.text)
        ):
            continue  # a byline opens with its word: "Submitted by Admin on 5 May 2024", "Posted on …"
        return Lead(line.text, mention is not None and mention.line > line.index)
    return None


BYLINE_CHARS = 120
BYLINE_WORD_AT = 20
_BYLINE_AFTER = re.compile(r"\d|\b(?:by|par|von|przez|od)\b")  # its date or author within a few words


# An author, then the fields of a byline: "By Clara Weiss · 9 January 2024 · 3 min read", "Von Eva Huber | 5. Mai".
_AUTHOR_FIELDS = re.compile(r"^(?:by|von|par|przez|autor|autorka|author)\s*:?\s+[^.·|•]{2,40}?\s*[·|•–—,]\s*.*\d")


_FIELD_SEPARATOR = re.compile(r"\s[·|•]\s")
FIELD_WORDS_AT_MOST = 5


def _is_field_line(text: str) -> bool:
    """A line of short fields between dots or bars, one of them a number ("Giulia Romano · 5 min read · May 30, 2023",
    "26 June 2024 | 08.30-09.45 CET | online"): a meta line, not a paragraph."""
    fields = _FIELD_SEPARATOR.split(text)
    return (
        len(fields) >= 2
        and all(len(field.split()) <= FIELD_WORDS_AT_MOST for field in fields)
        and any(ch.isdigit() for ch in text)
    )


def _is_byline(lowered: str) -> bool:
    """A line that opens with a publication word followed by a date or an author ("Posted on 5 May 2024", "Publié
    le …", "Submitted by …"), or with its author and then a date ("By Clara Weiss · 9 January 2024"); not a sentence
    that says something was published ("L'agence a publié la liste …")."""
    word = PUBLICATION_LINE.search(lowered[:BYLINE_WORD_AT])
    if word is not None and _BYLINE_AFTER.search(lowered, word.start(), word.end() + 30) is not None:
        return True
    return _AUTHOR_FIELDS.match(lowered) is not None


def _date_then_author(text: str) -> bool:
    """A line that opens with a date and then its author ("October 3, 2024 by Mads Holm Blog, International")."""
    if not text[:1].isalnum():
        return False
    return opens_with_date_then_author(text, find_mentions(text[: BYLINE_WORD_AT * 2], -1, context=False))


def date_sentence(doc: Document, heading: str | None, mention: DateMention | None) -> str:
    """The sentence that gives the event date (the heading when the date comes from it)."""
    if mention is None:
        return ""
    if not 0 <= mention.line < len(doc.lines):
        return heading or ""
    return sentence_of(doc.lines[mention.line].text, mention.start, mention.end)
