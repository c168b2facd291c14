"""What publish takes from the config: the `[publish]` table of harvest.toml, every key optional."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from harvest.errors import UserError

if TYPE_CHECKING:
    from harvest.config import Settings

DEFAULT_SOURCES = (
    ("European Cluster Collaboration Platform", "https://clustercollaboration.eu"),
    ("National Cluster Association of the Czech Republic (nca.cz)", "https://www.nca.cz"),
)


@dataclass(frozen=True)
class ReleaseSettings:
    # Count assertions: a build failing them publishes nothing (exit 2).
    min_events_ratio: float = 0.8  # of the previous release's events
    min_events: int = 1
    min_people: int = 1
    # Dataset metadata (datapackage.json, README, CITATION.cff, dcat.jsonld).
    title: str = "ECCP events: events of the European Cluster Collaboration Platform"
    description: str = (
        "Events announced on the European Cluster Collaboration Platform (ECCP, clustercollaboration.eu) and on sites "
        "that republish them, as normalised tables: events, source pages, speakers and their organisations, the "
        "Euroclusters named, and attached documents. Facts only, with the source URL of every event."
    )
    publisher: str = "eccp-harvest contributors"
    contact: str = ""
    homepage: str = "https://github.com/eccp-harvest/eccp-harvest"
    keywords: tuple[str, ...] = ("clusters", "events", "European Union", "ECCP", "Euroclusters", "open data")
    sources: tuple[tuple[str, str], ...] = DEFAULT_SOURCES  # (title, URL) of the harvested sites

    @classmethod
    def from_settings(cls, settings: Settings | None) -> ReleaseSettings:
        """Defaults overridden by `[publish]`; the harvested sites come from the sources config."""
        if settings is None:
            return cls()
        values: Mapping[str, Any] = settings.extra.get("publish", {}) if settings.extra else {}
        if not isinstance(values, Mapping):
            raise UserError("config: [publish] must be a table")
        configurable = {f.name for f in dataclasses.fields(cls)} - {"sources"}
        unknown = sorted(set(values) - configurable)
        if unknown:
            raise UserError(f"config: [publish] unknown keys: {', '.join(unknown)}")
        changes: dict[str, Any] = {}
        for key, value in values.items():
            default = getattr(cls(), key)
            if isinstance(default, tuple):
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise UserError(f"config: [publish] {key} must be a list of strings")
                value = tuple(value)
            elif isinstance(default, float) and isinstance(value, int | float) and not isinstance(value, bool):
                value = float(value)
            elif type(value) is not type(default):
                raise UserError(f"config: [publish] {key} must be a {type(default).__name__}")
            changes[key] = value
        if not 0 <= changes.get("min_events_ratio", cls.min_events_ratio) <= 1:
            raise UserError("config: [publish] min_events_ratio must be between 0 and 1")
        sites = tuple((source.key, source.base_url) for source in settings.enabled_sources)
        if sites:
            titles = dict((url, title) for title, url in DEFAULT_SOURCES)
            changes["sources"] = tuple((titles.get(url, key), url) for key, url in sites)
        return dataclasses.replace(cls(), **changes)
