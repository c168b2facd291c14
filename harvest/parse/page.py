"""The parse pipeline of one page: decode, find the content, then each field in turn."""

from __future__ import annotations

from harvest.parse.assets import find_assets
from harvest.parse.classify import (
    Body,
    Lead,
    OtherEvents,
    blocked_reason,
    describes_event,
    detect_format,
    detect_language,
    detect_location,
    detect_series,
    non_event_reason,
)
from harvest.parse.dates import DateMention
from harvest.parse.decode import decode_html
from harvest.parse.document import Document, build_document
from harvest.parse.event_date import choose_event_date, find_published, lists_structured_events
from harvest.parse.record import PageRecord
from harvest.parse.speakers import find_speakers
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
    not_event = non_event_reason(url, heading) or ("listing" if lists_structured_events(doc) else None)
    if not_event:
        record.warn(not_event, f"not an event page ({not_event.replace('_', ' ')})")
    if when.start and not not_event:
        sentence = date_sentence(doc, heading, mention)
        lead = lead_paragraph(doc, mention)
        record.is_event = describes_event(heading, when, sentence, body, record.published_at, others, url, lead)
        if not record.is_event:
            record.warn("no_event_described", "the page gives a date but names no event on it (news or article)")
    record.speakers = find_speakers(doc.lines, euroclusters, report_allowed=record.is_event)
    record.euroclusters = euroclusters.match_text(f"{heading or ''}\n" + "\n".join(body.lines))
    record.assets = find_assets(doc, url)


LEAD_WORDS = 8  # a line this long is a paragraph, not a label, a date field or a greeting


def lead_paragraph(doc: Document, mention: DateMention | None) -> Lead | None:
    """The first paragraph under the page heading, and whether the event date comes only after it."""
    start = next((line.index + 1 for line in doc.lines if line.heading == 1), 0)
    for line in doc.lines[start:]:
        if not line.heading and len(line.text.split()) >= LEAD_WORDS:
            rest = [later.text for later in doc.lines[line.index + 1 :]]
            return Lead(line.text, mention is not None and mention.line > line.index, rest)
    return None


def date_sentence(doc: Document, heading: str | None, mention: DateMention | None) -> str:
    """The sentence that gives the event date (the heading when the date comes from it)."""
    if mention is None:
        return ""
    if not 0 <= mention.line < len(doc.lines):
        return heading or ""
    text = doc.lines[mention.line].text
    begin = max(text.rfind(mark, 0, mention.start) for mark in _SENTENCE_ENDS) + 1
    ends = [at for at in (text.find(mark, mention.end) for mark in _SENTENCE_ENDS) if at >= 0]
    return text[begin : min(ends) + 1 if ends else len(text)].strip()


_SENTENCE_ENDS = (". ", "! ", "? ")
