"""Where each URL of the mirrored sites lives on disk: the sample site's file-name convention.

A URL `https://<host><path>?<query>` of a mirrored source lives at `<site>/<file>` under the mirror root, where
`<site>` is the source's path prefix (`eccp`, `nca`) and `<file>` is the percent-decoded path with these rules:
- a path ending in `/` names the file `index` in that directory;
- a last segment without a known file extension gets `.html` (`/content/x` → `content/x.html`);
- a query string goes between the name and the extension after an `@`, as written in the URL with any `/` as
  `%2F` (`/events?page=1` → `events@page=1.html`, `/sitemap.xml?page=2` → `sitemap@page=2.xml`).
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from harvest.config import settings_from_dict

# Source key (= path prefix on the loopback server) → the production hosts it mirrors; the first is the main one.
SITES: dict[str, tuple[str, ...]] = {
    "eccp": ("clustercollaboration.eu", "www.clustercollaboration.eu"),
    "nca": ("www.nca.cz", "nca.cz"),
}

# A last segment ending in one of these keeps its name; any other gets `.html` (pages have extensionless URLs).
FILE_EXTENSIONS = frozenset(
    {"html", "htm", "xml", "txt", "pdf", "docx", "xlsx", "pptx", "zip", "json", "csv", "ics", "jpg", "png", "svg"}
)

MANIFEST_NAME = "manifest.json"


def site_for_host(host: str) -> str | None:
    """The source key whose production hosts include `host` (case-insensitive), or None."""
    host = host.lower().rstrip(".")
    return next((site for site, hosts in SITES.items() if host in hosts), None)


def origin_map(base_url: str) -> dict[str, str]:
    """Production origin (both schemes, every host) → loopback prefix on the server at `base_url`."""
    base_url = base_url.rstrip("/")
    return {
        f"{scheme}://{host}": f"{base_url}/{site}"
        for site, hosts in SITES.items()
        for host in hosts
        for scheme in ("https", "http")
    }


def file_for_target(path: str, query: str = "") -> PurePosixPath | None:
    """The mirror file (relative to the root) for a request path with its site prefix, e.g. `/eccp/content/x`.

    None when the path cannot name a file safely (`..`, empty segments, NUL, backslash, bad percent-encoding).
    """
    try:
        decoded = unquote(path, errors="strict")
    except UnicodeDecodeError:
        return None
    if not decoded.startswith("/") or "\x00" in decoded or "\\" in decoded:
        return None
    *directories, name = decoded[1:].split("/")
    if any(part in ("", ".", "..") for part in directories) or name in (".", ".."):
        return None
    name = name or "index"
    stem, dot, extension = name.rpartition(".")
    if dot and stem and extension.lower() in FILE_EXTENSIONS:
        base, suffix = stem, f".{extension}"
    else:
        base, suffix = name, ".html"
    if query:
        base = f"{base}@{query.replace('/', '%2F')}"
    return PurePosixPath(*directories, base + suffix)


def mirror_file(url: str) -> PurePosixPath:
    """The mirror file of a production URL, e.g. `https://nca.cz/news/x` → `nca/news/x.html`.

    Raises ValueError for a host that is not mirrored or a path that cannot name a file.
    """
    parts = urlsplit(url)
    site = site_for_host(parts.hostname or "")
    if site is None:
        raise ValueError(f"{url}: host is not part of the sample site ({', '.join(sorted(SITES))})")
    relative = file_for_target(f"/{site}{parts.path or '/'}", parts.query)
    if relative is None:
        raise ValueError(f"{url}: path cannot be stored in the mirror")
    return relative


def loopback_path(url: str) -> str:
    """The request target on the sample server for a production URL (`https://nca.cz/news/x` → `/nca/news/x`)."""
    parts = urlsplit(url)
    site = site_for_host(parts.hostname or "")
    if site is None:
        raise ValueError(f"{url}: host is not part of the sample site ({', '.join(sorted(SITES))})")
    return f"/{site}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")


def configured_start_points() -> list[str]:
    """The production URLs of every start point (sitemap, feed, listing, tag) of the packaged sources config that
    belong to a mirrored site: what `harvest run --sample` requests first, so what the mirror must serve."""
    packaged = resources.files("harvest").joinpath("data/sources.toml").read_text(encoding="utf-8")
    settings = settings_from_dict(tomllib.loads(packaged), "harvest/data/sources.toml")
    return [
        f"https://{SITES[site][0]}{path}"
        for source in settings.sources
        if (site := site_for_host(source.host))
        for path in (*source.sitemaps, *source.feeds, *source.listings, *source.tags)
    ]
