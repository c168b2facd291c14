"""Settings: the packaged `harvest/data/sources.toml`, overridden key by key by `<home>/harvest.toml` or `--config`."""

from __future__ import annotations

import dataclasses
import ipaddress
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar
from urllib.parse import urlsplit

from harvest import __version__
from harvest.errors import UserError
from harvest.home import HarvestHome

T = TypeVar("T")

# The top-level tables a config may have ([publish] is read by harvest/publish/settings.py): any other is a typo
# (`[publsh]`) that would otherwise be ignored without a word.
TOP_LEVEL_TABLES = ("crawl", "sources", "publish")


@dataclass(frozen=True)
class CrawlSettings:
    """How the fetcher behaves towards every site (politeness, timeouts, safety caps)."""

    user_agent: str = "eccp-harvest/{version} (+{contact})"
    contact: str = "https://github.com/eccp-harvest/eccp-harvest"
    robots_token: str = "eccp-harvest"
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_tries: int = 5
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    retry_after_max: float = 120.0
    max_body_bytes: int = 20_000_000
    max_redirects: int = 5
    delay: float = 1.0
    commit_every: float = 1.0

    @property
    def user_agent_header(self) -> str:
        return self.user_agent.format(version=__version__, contact=self.contact)


@dataclass(frozen=True)
class SourceConfig:
    """One site to harvest; `module` names the Python module that knows its URLs (default `harvest.sources.<key>`)."""

    key: str
    base_url: str
    module: str = ""
    enabled: bool = True
    aliases: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    max_listing_pages: int = 50
    fetch_assets: bool = False
    trust_sitemap_lastmod: bool = False
    delay: float | None = None  # None: the [crawl] delay
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))  # [sources.<key>.options]

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or ""


@dataclass(frozen=True)
class Settings:
    crawl: CrawlSettings
    sources: tuple[SourceConfig, ...]
    # Production origin → network prefix ("https://clustercollaboration.eu" → "http://127.0.0.1:8080/eccp").
    origin_map: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Top-level tables other stages read ([publish]); the crawl does not interpret them.
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def enabled_sources(self) -> tuple[SourceConfig, ...]:
        return tuple(s for s in self.sources if s.enabled)

    def with_origin_map(self, mapping: Mapping[str, str]) -> Settings:
        """Settings for a mirror: requests go to the mapped prefixes; loopback mirrors get no delay (robots still rule).

        Keys may name a source's base URL or one of its aliases (`https://www.nca.cz`); they are stored under the
        source's base URL so that the fetcher finds them from canonical URLs.
        """
        origins: dict[str, str] = {}
        for origin, target in mapping.items():
            source = self._source_for_origin(origin)
            origins[_origin(source.base_url) if source else _origin(origin)] = target.rstrip("/")
        sources = tuple(
            dataclasses.replace(s, delay=0.0) if is_loopback_url(origins.get(_origin(s.base_url), "")) else s
            for s in self.sources
        )
        return dataclasses.replace(self, sources=sources, origin_map=MappingProxyType(origins))

    def _source_for_origin(self, origin: str) -> SourceConfig | None:
        host = urlsplit(origin).hostname or ""
        return next((s for s in self.sources if host == s.host or host in s.aliases), None)


def load_settings(home: HarvestHome, path: Path | None = None) -> Settings:
    """Packaged defaults, then `path` (when given, it must exist) or else `<home>/harvest.toml` when present."""
    packaged = resources.files("harvest").joinpath("data/sources.toml").read_text(encoding="utf-8")
    data = _parse_toml(packaged, "harvest/data/sources.toml")
    override = path if path is not None else home.config_file
    if path is not None or override.exists():
        try:
            text = override.read_text(encoding="utf-8")
        except OSError as exc:
            raise UserError(f"config {override}: {exc.strerror}") from None
        data = _merge(data, _parse_toml(text, str(override)))
    return settings_from_dict(data, origin=str(override))


def settings_from_dict(data: Mapping[str, Any], origin: str = "config") -> Settings:
    """Validate a config mapping; every mistake is a UserError naming the key."""
    unknown = [key for key in data if key not in TOP_LEVEL_TABLES]
    if unknown:
        raise UserError(
            f"{origin}: unknown table {', '.join(f'[{key}]' for key in unknown)}"
            f" (known: {', '.join(f'[{key}]' for key in TOP_LEVEL_TABLES)})"
        )
    crawl_data = data.get("crawl", {})
    crawl = _build(CrawlSettings, crawl_data, f"{origin}: [crawl]")
    sources_data = data.get("sources", {})
    if not isinstance(sources_data, Mapping):
        raise UserError(f"{origin}: [sources] must be a table of sources")
    sources = []
    for key, values in sources_data.items():
        if not isinstance(values, Mapping):
            raise UserError(f"{origin}: [sources.{key}] must be a table")
        options = values.get("options", {})
        if not isinstance(options, Mapping):
            raise UserError(f"{origin}: [sources.{key}.options] must be a table")
        fields = {**values, "key": key, "options": MappingProxyType(dict(options))}
        source = _build(SourceConfig, fields, f"{origin}: [sources.{key}]")
        if not source.module:
            source = dataclasses.replace(source, module=f"harvest.sources.{key}")
        base = urlsplit(source.base_url)
        if base.scheme not in ("http", "https") or not base.hostname or base.path not in ("", "/"):
            raise UserError(f"{origin}: [sources.{key}] base_url must be an origin like https://example.org")
        sources.append(dataclasses.replace(source, base_url=f"{base.scheme}://{base.netloc.lower()}"))
    extra = {k: v for k, v in data.items() if k not in ("crawl", "sources")}  # only [publish], checked above
    return Settings(crawl=crawl, sources=tuple(sources), extra=MappingProxyType(extra))


def _parse_toml(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"config {name}: {exc}") from None


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _build(cls: type[T], values: Mapping[str, Any], where: str) -> T:
    """Instantiate a settings dataclass, checking names and types so that a typo is an error, not a silent default."""
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise UserError(f"{where}: unknown setting {', '.join(unknown)} (known: {', '.join(sorted(fields))})")
    converted: dict[str, Any] = {}
    for name, value in values.items():
        converted[name] = _convert(value, str(fields[name].type), f"{where} {name}")
    try:
        return cls(**converted)
    except TypeError as exc:
        raise UserError(f"{where}: {exc}") from None


def _convert(value: Any, expected: str, where: str) -> Any:
    if expected.startswith("tuple[str"):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise UserError(f"{where}: expected a list of strings, got {value!r}")
        return tuple(value)
    if expected.startswith("float"):
        if value is None and "None" in expected:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise UserError(f"{where}: expected a number ≥ 0, got {value!r}")
        return float(value)
    checks: dict[str, type] = {"int": int, "bool": bool, "str": str}
    if expected in checks and (not isinstance(value, checks[expected]) or (expected == "int" and value is True)):
        raise UserError(f"{where}: expected {expected}, got {value!r}")
    if expected == "int" and value < 1:
        raise UserError(f"{where}: expected a whole number ≥ 1, got {value!r}")
    return value


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def is_loopback_url(url: str) -> bool:
    """True for http://127.x, [::1] and localhost: our own test servers, never a site to be polite to."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
