"""Builders for expected records (the corpus README's contract)."""

from __future__ import annotations

from dataclasses import dataclass, field


def sp(name: str, role: str | None, organisation: str | None, eurocluster: str | None = None) -> dict:
    return {"name": name, "role": role, "organisation": organisation, "eurocluster": eurocluster}


def asset(label: str, url: str, created: str | None = None) -> dict:
    return {"label": label, "url": url, "created": created}


@dataclass
class Page:
    id: str
    url: str
    template: str
    lang: str
    is_event: bool
    title: str | None
    page_title: str | None
    series: str | None
    start: str | None
    end: str | None
    tz_label: str | None
    speakers: list = field(default_factory=list)
    euroclusters: list = field(default_factory=list)
    assets: list = field(default_factory=list)
    notes: str = ""
    html: str = ""
    encoding: str = "utf-8"  # how the page's bytes are written
    bom: bool = False
    encode_errors: str = "strict"  # "xmlcharrefreplace" where the charset lacks a character (real CMSs write &#NNNN;)
    raw: bytes | None = None  # exact bytes when the page is not produced from `html`
    covers: str = ""  # short description of the markup / formats covered, for the README table

    def record(self) -> dict:
        return {
            "id": self.id,
            "url": self.url,
            "template": self.template,
            "lang": self.lang,
            "is_event": self.is_event,
            "title": self.title,
            "page_title": self.page_title,
            "series": self.series,
            "start": self.start,
            "end": self.end,
            "timezone": "Europe/Brussels" if self.start and "T" in self.start else None,
            "tz_label": self.tz_label,
            "speakers": self.speakers,
            "euroclusters": sorted(self.euroclusters, key=str),
            "assets": self.assets,
            "notes": self.notes,
        }

    def data(self) -> bytes:
        if self.raw is not None:
            return self.raw
        b = self.html.encode(self.encoding, errors=self.encode_errors)
        return (b"\xef\xbb\xbf" + b) if self.bom else b
