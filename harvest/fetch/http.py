"""The fetcher: the only door to the network.

One `requests.Session`; a User-Agent naming the project and a contact; connect/read timeouts; up to `max_tries` tries
with exponential backoff and jitter on connection errors and 408/429/5xx, honouring `Retry-After`; robots.txt;
a per-host delay; bodies streamed with a cap on their *decoded* size (gzip bombs stop at the cap); content types
checked; redirects followed by hand (at most `max_redirects`, never off the allowlist, never round in a loop).

In sample mode the settings carry an origin map (production origin → loopback prefix): URLs are rewritten here, on
the way out, and `Location` headers on the way back, so that everything above this module sees production URLs.
"""

from __future__ import annotations

import hashlib
import os
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cached_property
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from requests.utils import get_environ_proxies, get_netrc_auth
from urllib3.exceptions import ReadTimeoutError

from harvest.config import Settings, is_loopback_url
from harvest.fetch.blocked import blocked_reason, is_login_url
from harvest.fetch.robots import RobotsRules, RobotsVerdict

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "text/plain")
ROBOTS_MAX_BYTES = 512_000  # what Google reads of a robots.txt (RFC 9309 asks for at least 500 KiB)
_CHUNK = 65_536

Canonicalizer = Callable[[str], "str | None"]
ConditionalHeaders = Callable[[str], Mapping[str, str]]


@dataclass
class Exchange:
    """One request and its complete response, as it goes into the archive."""

    url: str  # the URL on the network (the loopback one in sample mode)
    canonical_url: str  # the production URL it stands for
    request_headers: dict[str, str]
    status: int
    reason: str
    http_version: str
    response_headers: list[tuple[str, str]]
    body: bytes  # decoded (Content-Encoding undone)
    started_at: datetime
    headers: dict[str, str] = field(init=False, repr=False)  # lower-cased name → its first value

    def __post_init__(self) -> None:
        # Looked up several times per response (status line to state row): one pass, not one scan per look-up.
        self.headers = {}
        for key, value in self.response_headers:
            self.headers.setdefault(key.lower(), value)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def content_type(self) -> str | None:
        return self.header("Content-Type")

    @cached_property
    def sha256(self) -> str:
        """Hex SHA-256 of the body: the crawl state's digest and the archive's payload digest (computed once)."""
        return hashlib.sha256(self.body).hexdigest()


@dataclass(slots=True)
class FetchResult:
    url: str  # the canonical URL asked for
    final_url: str  # the canonical URL of the final response (differs after a redirect)
    response: Exchange | None = None  # the final response, when one was read completely
    exchanges: list[Exchange] = field(default_factory=list)  # every complete response, robots.txt and retries too
    failure: str | None = None  # reason code: timeout, connection, truncated, too_large, content_type, redirect_…
    detail: str = ""
    blocked: str | None = None  # login_page, access_denied, bot_challenge
    disallowed: bool = False  # robots.txt says no

    @property
    def status(self) -> int | None:
        return self.response.status if self.response else None

    @property
    def ok(self) -> bool:
        """A complete 200 that is the page asked for (not refused, not blocked)."""
        return self.status == 200 and not (self.failure or self.blocked or self.disallowed)


class BodyTooLargeError(Exception):
    pass


class Fetcher:
    """GET with politeness and safety; see the module docstring. `sleep`, `clock` and `rng` are injectable for tests."""

    def __init__(
        self,
        settings: Settings,
        canonicalize: Canonicalizer,
        *,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.crawl = settings.crawl
        self.canonicalize = canonicalize
        self.origin_map = dict(settings.origin_map)
        self._delays = {s.host: self.crawl.delay if s.delay is None else s.delay for s in settings.sources}
        self.session = session or requests.Session()
        self.session.headers.update(
            {
                "User-Agent": self.crawl.user_agent_header,
                "Accept-Encoding": "gzip, deflate",
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            }
        )
        # requests reads the environment (proxy variables, ~/.netrc, the CA-bundle variables) again for every request,
        # about a sixth of its own cost per request; none of it changes during a run, so the fetcher reads it once
        # per origin (`_environment`) with requests' precedence, and the session stops looking.
        self._trust_env, self.session.trust_env = self.session.trust_env, False
        self._environment_by_origin: dict[str, dict[str, Any]] = {}
        self.sleep, self.clock, self.rng = sleep, clock, rng
        self._last_request: dict[str, float] = {}
        self._loopback_hosts: dict[str, bool] = {}
        self.robots = RobotsRules(self.crawl.robots_token)
        self._robots_problems: dict[str, str] = {}  # origin → why its robots.txt could not be read
        self._serving_origin: dict[str, str] = {}  # canonical origin → the www-/bare twin it redirects to

    def close(self) -> None:
        self.session.close()

    # -- the origin map --------------------------------------------------------------------------------------------

    def to_network(self, url: str) -> str:
        for origin, prefix in self.origin_map.items():
            if _in_origin(url, origin):
                return prefix + url[len(origin) :]
        if self.origin_map and (canonical := self.canonicalize(url)) and _origin(canonical) != _origin(url):
            # An alias host of a mapped site (a robots.txt redirect to www.): the mirror serves it, never the real host.
            aliased = _with_origin(url, canonical)
            return next(
                (prefix + aliased[len(o) :] for o, prefix in self.origin_map.items() if _in_origin(aliased, o)), url
            )
        return url

    def _served(self, url: str) -> str:
        """`url` on the host the site is known to serve it from (learnt from an earlier redirect in this run)."""
        origin = _origin(url)
        serving = self._serving_origin.get(origin)
        return serving + url[len(origin) :] if serving else url

    def from_network(self, url: str) -> str:
        for origin, prefix in self.origin_map.items():
            if _in_origin(url, prefix):
                return origin + url[len(prefix) :]
        return url

    # -- GET -------------------------------------------------------------------------------------------------------

    def get(
        self, url: str, *, accept: tuple[str, ...] | None = HTML_TYPES, conditional: ConditionalHeaders | None = None
    ) -> FetchResult:
        """Fetch a canonical URL, following redirects; never raises for anything the network or the site does."""
        result = FetchResult(url=url, final_url=url)
        visited: set[str] = set()
        current = self._served(url)
        for hop in range(self.crawl.max_redirects + 1):
            # A hop may ask for a variant of a canonical URL (the trailing slash a server insists on); validators and
            # the outcome belong to the canonical page.
            result.final_url = self.canonicalize(current) or current
            verdict = self._robots_verdict(current, result)
            if verdict is RobotsVerdict.DISALLOWED:
                result.disallowed, result.detail = True, f"robots.txt disallows {current}"
                return result
            if verdict is RobotsVerdict.UNAVAILABLE:
                why = self._robots_problems.get(_origin(current), "")
                return self._fail(
                    result, "robots_unavailable", f"robots.txt could not be read ({why}): site off limits"
                )
            visited.add(current)
            headers = dict(conditional(result.final_url)) if conditional else {}
            exchange = self._request(current, result.final_url, accept, headers, result, self.crawl.max_body_bytes)
            if exchange is None:
                return result
            result.response = exchange
            if exchange.status not in REDIRECT_STATUSES or not exchange.header("Location"):
                result.blocked = blocked_reason(current, exchange.status, exchange.headers, exchange.body)
                return result
            target = self.from_network(urljoin(exchange.url, exchange.header("Location") or ""))
            canonical = self.canonicalize(target)
            if is_login_url(target):
                result.blocked, result.detail = "login_page", f"redirected to a log-in page: {target}"
                return result
            if canonical is None:
                return self._fail(result, "redirect_foreign", f"redirect to a host outside the allowlist: {target}")
            if _host_twins(target, canonical):
                # The site serves from the www-/bare-host twin of its canonical host (nca.cz → www.nca.cz): follow
                # it as given, and go there directly from now on. Rewriting it back would loop.
                current = target
                self._serving_origin[_origin(canonical)] = _origin(target)
            else:
                # Other aliases (staging and preview hosts, the sitemap's broken "default" host) are never fetched as
                # such: the exact path asked for, on the production host.
                current = _with_origin(target, canonical)
            if current in visited:
                return self._fail(result, "redirect_loop", f"redirect loop back to {current}")
            if hop == self.crawl.max_redirects:
                break
        return self._fail(result, "too_many_redirects", f"more than {self.crawl.max_redirects} redirects")

    def _robots_verdict(self, url: str, result: FetchResult) -> RobotsVerdict:
        origin = _origin(url)
        if not self.robots.known(origin):
            robots = FetchResult(url=origin + "/robots.txt", final_url=origin + "/robots.txt")
            exchange = self._read_robots(origin, robots)
            result.exchanges.extend(robots.exchanges)
            if exchange is None:
                self._robots_problems[origin] = robots.failure or "no answer"
            else:
                self._robots_problems[origin] = f"HTTP {exchange.status} from {self.from_network(exchange.url)}"
            self.robots.learn(origin, exchange.status if exchange else None, exchange.body if exchange else b"")
        return self.robots.verdict(origin, url)

    def _read_robots(self, origin: str, robots: FetchResult) -> Exchange | None:
        """The last answer for `origin/robots.txt`, redirects followed as RFC 9309 §2.3.1.2 asks (at least five).

        Only redirects within the site's own hosts (its base host and aliases: nca.cz → www.nca.cz) are followed, each
        host fetched as such. The answer ends on a redirect when it points elsewhere, back round a loop or one hop too
        far: the robots learn that as "no robots.txt found" (RFC 9309 §2.3.1.3), not as an unreachable site.
        """
        current, visited = robots.url, {robots.url}
        for hop in range(self.crawl.max_redirects + 1):
            exchange = self._request(current, current, None, {}, robots, ROBOTS_MAX_BYTES)
            if exchange is None or exchange.status not in REDIRECT_STATUSES or hop == self.crawl.max_redirects:
                return exchange
            target = self.from_network(urljoin(exchange.url, exchange.header("Location") or ""))
            canonical = self.canonicalize(target)
            if canonical is None or _origin(canonical) != origin or target in visited:
                return exchange
            current = target.split("#", 1)[0]
            visited.add(current)
        raise AssertionError("unreachable: the last hop returns")

    def _request(
        self,
        url: str,
        canonical: str,
        accept: tuple[str, ...] | None,
        headers: dict[str, str],
        result: FetchResult,
        cap: int,
    ) -> Exchange | None:
        """One URL (standing for the page `canonical`), with retries; the final complete response, or None with
        `result.failure` set."""
        network_url = self.to_network(url)
        for attempt in range(1, self.crawl.max_tries + 1):
            self._wait_turn(url, network_url)
            started = datetime.now(UTC)
            try:
                exchange = self._send(canonical, network_url, accept, headers, cap, started)
            except BodyTooLargeError:
                self._fail(result, "too_large", f"body larger than {cap} bytes (decoded)")
                return None
            except _Refused as refused:
                self._fail(result, refused.reason, refused.detail)
                return None
            except requests.RequestException as exc:
                reason, retry = _classify_error(exc)
                if not retry or attempt == self.crawl.max_tries:
                    self._fail(result, reason, f"{type(exc).__name__}: {exc} (try {attempt})")
                    return None
                self.sleep(self._backoff(attempt))
                continue
            result.exchanges.append(exchange)
            if exchange.status not in RETRY_STATUSES or attempt == self.crawl.max_tries:
                return exchange
            wait = _retry_after(exchange.header("Retry-After"), self.crawl.retry_after_max)
            self.sleep(self._backoff(attempt) if wait is None else wait)
        raise AssertionError("unreachable: the last try returns")

    def _send(
        self,
        canonical: str,
        network_url: str,
        accept: tuple[str, ...] | None,
        headers: dict[str, str],
        cap: int,
        started: datetime,
    ) -> Exchange:
        timeout = (self.crawl.connect_timeout, self.crawl.read_timeout)
        environment = self._environment(network_url)
        with self.session.get(
            network_url, headers=headers or None, stream=True, allow_redirects=False, timeout=timeout, **environment
        ) as r:
            media_type = (r.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if r.status_code == 200 and accept is not None and media_type not in accept:
                raise _Refused("content_type", f"content type {media_type or 'missing'!r}, expected {accept[0]}")
            body = _read_capped(r, cap)
            return Exchange(
                url=network_url,
                canonical_url=canonical,
                request_headers=dict(r.request.headers),
                status=r.status_code,
                reason=r.reason or "",
                http_version="HTTP/1.0" if getattr(r.raw, "version", 11) == 10 else "HTTP/1.1",
                response_headers=list(r.raw.headers.items()),
                body=body,
                started_at=started,
            )

    def _environment(self, network_url: str) -> dict[str, Any]:
        """The request options requests itself would take from the environment for this URL (see `__init__`)."""
        origin = _origin(network_url)
        options = self._environment_by_origin.get(origin)
        if options is None:
            options = {}
            if self._trust_env:
                # As in Session.request: environment proxies (no_proxy honoured) over the session's, ~/.netrc unless
                # the session has its own auth, a CA bundle variable over the session's `verify`.
                options["proxies"] = get_environ_proxies(network_url)
                options["auth"] = None if self.session.auth else get_netrc_auth(network_url)
                bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
                if bundle:
                    options["verify"] = bundle
            self._environment_by_origin[origin] = options
        return options

    def _wait_turn(self, url: str, network_url: str) -> None:
        """The per-host delay: ours, or robots' Crawl-delay when larger (not for our own loopback servers)."""
        host = urlsplit(network_url).netloc
        delay = self._delays.get(urlsplit(url).hostname or "", self.crawl.delay)
        loopback = self._loopback_hosts.get(host)
        if loopback is None:
            loopback = self._loopback_hosts[host] = is_loopback_url(network_url)
        if not loopback:
            delay = max(delay, self.robots.crawl_delay(_origin(url)))
        last = self._last_request.get(host)
        if last is not None and delay > 0:
            remaining = delay - (self.clock() - last)
            if remaining > 0:
                self.sleep(remaining)
        self._last_request[host] = self.clock()

    def _backoff(self, attempt: int) -> float:
        """base·2^(attempt-1), capped, times a jitter in [0.5, 1.5) so that clients do not retry in step."""
        return min(self.crawl.backoff_max, self.crawl.backoff_base * 2 ** (attempt - 1)) * (0.5 + self.rng())

    @staticmethod
    def _fail(result: FetchResult, reason: str, detail: str) -> FetchResult:
        result.failure, result.detail = reason, detail
        return result


class _Refused(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def _read_capped(response: requests.Response, cap: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise BodyTooLargeError
    chunks, size = [], 0
    # iter_content decodes gzip/deflate a chunk at a time (urllib3 ≥ 2.6 bounds each step), so the cap holds on the
    # decoded size without ever inflating a bomb in memory.
    for chunk in response.iter_content(_CHUNK):
        size += len(chunk)
        if size > cap:
            raise BodyTooLargeError
        chunks.append(chunk)
    return b"".join(chunks)


def _classify_error(exc: requests.RequestException) -> tuple[str, bool]:
    """(reason, worth retrying) for a transport error."""
    if isinstance(exc, requests.exceptions.ContentDecodingError):
        return "bad_encoding", False
    if isinstance(exc, requests.exceptions.ChunkedEncodingError):
        return "truncated", True
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "connect_timeout", True
    if isinstance(exc, requests.exceptions.ReadTimeout) or (exc.args and isinstance(exc.args[0], ReadTimeoutError)):
        return "timeout", True
    if isinstance(exc, requests.exceptions.ConnectionError):
        return "connection", True
    return "request_error", False


def _retry_after(value: str | None, cap: float) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), capped; None when absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(0.0, (when - datetime.now(UTC)).total_seconds()), cap)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _in_origin(url: str, origin: str) -> bool:
    """Whether `url` is `origin` (or a URL prefix standing for one) or below it."""
    return url == origin or url.startswith(origin + "/")


def _host_twins(url: str, canonical: str) -> bool:
    """Whether `url` is on the www-/bare-host twin of `canonical`'s host (www.nca.cz and nca.cz), not on the host."""
    host, home = (urlsplit(u).hostname or "" for u in (url, canonical))
    return host != home and host.removeprefix("www.") == home.removeprefix("www.")


def _with_origin(url: str, canonical: str) -> str:
    parts, origin = urlsplit(url), urlsplit(canonical)
    return urlunsplit((origin.scheme, origin.netloc, parts.path or "/", parts.query, ""))
