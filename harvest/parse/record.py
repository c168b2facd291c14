"""The PageRecord: what the parser knows about one page (the contract of `harvest parse`).

Field meanings are those of ../shared/corpus/README.md. Times are ISO 8601 strings so that the record is exactly
what `harvest parse` prints; the tables stage turns them into typed instants.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Speaker:
    name: str
    role: str | None = None
    organisation: str | None = None
    eurocluster: str | None = None


@dataclass(slots=True)
class Asset:
    label: str
    url: str
    created: str | None = None  # ISO 8601 with offset (nca.cz "Created:" stamps), else None
    size: str | None = None  # as printed ("1.2 MB"), ECCP attachment tables
    size_bytes: int | None = None


@dataclass(slots=True)
class ParseWarning:
    code: str
    message: str


@dataclass(slots=True)
class PageRecord:
    url: str
    is_event: bool = False
    title: str | None = None
    page_title: str | None = None
    series: str | None = None
    start: str | None = None  # "2023-03-08T08:30:00+01:00" or "2023-03-08"
    end: str | None = None
    timezone: str | None = None
    tz_label: str | None = None
    speakers: list[Speaker] = field(default_factory=list)
    euroclusters: list[str] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    published_at: str | None = None
    location: str | None = None
    format: str | None = None  # online / onsite / hybrid
    language: str | None = None
    parser_version: str = ""

    def warn(self, code: str, message: str) -> None:
        self.warnings.append(ParseWarning(code, message))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PageRecord:
        known = {f for f in cls.__dataclass_fields__}
        values = {k: v for k, v in data.items() if k in known}
        values["speakers"] = [Speaker(**s) for s in data.get("speakers") or []]
        values["assets"] = [Asset(**a) for a in data.get("assets") or []]
        values["warnings"] = [ParseWarning(**w) for w in data.get("warnings") or []]
        return cls(**values)
