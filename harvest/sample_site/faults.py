"""Fault injection for the sample site: what a crawler meets on the real web, on demand and reproducibly.

A `FaultPlan` is an ordered list of `Fault`s. Each fault names a path pattern (a glob over the request path with its
site prefix, e.g. `/eccp/content/*`; a pattern is also tried against `path?query`), a kind, the kind's parameters and
when it fires:
- `rate` (0..1, default 1): the chance that a matching request gets the fault. The draw is seeded by `seed`, the
  request target and how many times it was requested, so a run is reproducible whatever the thread order;
- `times` (default 0 = always): only the first N matching requests get it;
- `scope` (`path`, default, or `rule`): whether `times` and the draws count per request target or over the rule.
The first fault that matches and fires answers the request; otherwise the mirror does.

Compact form (CLI `--faults`), rules separated by `;`: `KIND[:key=value,...]@PATTERN`, list values joined by `|`:
    status:code=503,rate=0.3,seed=7@/eccp/content/*; throttle:times=2,retry_after=1@/nca/news/*
    robots:disallow=/content/|/events@/eccp/robots.txt
JSON form (a file or text): `[{"pattern": "/eccp/content/*", "kind": "status", "code": 503, "rate": 0.3}, ...]`.
"""

from __future__ import annotations

import fnmatch
import functools
import json
import random
import re
import struct
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path, PurePosixPath
from typing import Protocol
from urllib.parse import quote

from harvest.sample_site.layout import file_for_target
from harvest.sample_site.response import HTML, Response, redirect_response, simple_page, text_response


@dataclass(frozen=True, slots=True)
class Request:
    """What a fault sees of one request."""

    method: str
    path: str  # with the site prefix, without the query
    query: str
    headers: Mapping[str, str]

    @property
    def site(self) -> str:
        return self.path.split("/")[1] if self.path.count("/") >= 1 else ""

    @property
    def target(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path


class SiteView(Protocol):
    """The parts of the running sample site that faults use."""

    @property
    def url(self) -> str: ...

    def respond(self, request: Request) -> Response:
        """The normal answer of the mirror."""
        ...

    def respond_with_body(self, request: Request, body: bytes, content_type: str) -> Response:
        """A 200 (or 304) for a generated body, with validators and content coding like any file."""
        ...

    def read_file(self, relative: PurePosixPath) -> bytes | None: ...


# Kind → its parameters with their defaults (the default's type is the parameter's type).
KINDS: dict[str, dict[str, object]] = {
    "status": {"code": 503},  # an error status with a short HTML body
    "throttle": {"code": 429, "retry_after": 2, "http_date": False},  # Retry-After in seconds or as an HTTP date
    "slow": {"delay": 5.0, "where": "headers"},  # wait before the status line, or ("body") halfway through the body
    "truncate": {"fraction": 0.5},  # declare the full Content-Length, send this share of the body, close
    "redirect_loop": {"code": 302},  # path → path?loop=1 → path → …
    "redirect": {"code": 302, "location": "http://foreign.invalid/"},  # to another host (default: never resolves)
    "huge": {"size": 50 * 2**20, "chunked": False},  # a streamed HTML page of `size` bytes
    "gzip_bomb": {"size": 4 * 2**30},  # ~1/1000 of `size` on the wire, `size` bytes of zeros once decoded
    "xml_bomb": {"levels": 10},  # billion laughs: 10 entities per level, `levels` levels
    "robots": {"disallow": ("/",), "crawl_delay": 0.0},  # the site's robots.txt plus these rules for `*`
    "login": {},  # 302 to the site's /user/login?destination=…
    "denied": {},  # 403 with the site's "Access denied" page
    "challenge": {},  # Cloudflare "Just a moment…" 503
}
COMMON: dict[str, object] = {"rate": 1.0, "times": 0, "seed": 0, "scope": "path"}
CHOICES: dict[str, tuple[str, ...]] = {"scope": ("path", "rule"), "where": ("headers", "body")}


class FaultError(ValueError):
    """A fault plan that cannot be understood."""


def _coerce(kind: str, name: str, value: object, default: object) -> object:
    """`value` (from JSON or the compact form, where everything is a string) as the type of `default`."""
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                if value.lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                    raise ValueError(value)
                return value.lower() in ("1", "true", "yes", "on")
            return bool(value)
        if isinstance(default, int):
            return int(value)  # type: ignore[call-overload]
        if isinstance(default, float):
            return float(value)  # type: ignore[arg-type]
        if isinstance(default, tuple):
            items = value.split("|") if isinstance(value, str) else list(value)  # type: ignore[call-overload]
            return tuple(str(item) for item in items)
        return str(value)
    except (TypeError, ValueError):
        raise FaultError(f"fault {kind}: {name}={value!r} is not a {type(default).__name__}") from None


class Fault:
    """One rule of a fault plan: where, what, and when it fires."""

    __slots__ = ("kind", "params", "pattern", "rate", "scope", "seed", "times")

    def __init__(self, pattern: str, kind: str, **params: object) -> None:
        if kind not in KINDS:
            raise FaultError(f"unknown fault kind {kind!r} (known: {', '.join(KINDS)})")
        if not pattern.startswith("/"):
            raise FaultError(f"fault {kind}: pattern {pattern!r} must start with / (e.g. /eccp/content/*)")
        defaults = {**COMMON, **KINDS[kind]}
        unknown = sorted(set(params) - set(defaults))
        if unknown:
            raise FaultError(f"fault {kind}: unknown parameter(s) {', '.join(unknown)} (known: {', '.join(defaults)})")
        values = {name: _coerce(kind, name, params.get(name, default), default) for name, default in defaults.items()}
        for name, allowed in CHOICES.items():
            if name in values and values[name] not in allowed:
                raise FaultError(f"fault {kind}: {name} must be one of {', '.join(allowed)}")
        if not 0.0 <= values["rate"] <= 1.0:  # type: ignore[operator]
            raise FaultError(f"fault {kind}: rate must be between 0 and 1")
        if values["times"] < 0 or values.get("size", 1) <= 0 or values.get("levels", 1) <= 0:  # type: ignore[operator]
            raise FaultError(f"fault {kind}: times must be >= 0, size and levels > 0")
        if not 0.0 <= values.get("fraction", 0.0) < 1.0:  # type: ignore[operator]
            raise FaultError(f"fault {kind}: fraction must be >= 0 and < 1")
        if not 100 <= values.get("code", 200) <= 599:  # type: ignore[operator]
            raise FaultError(f"fault {kind}: code must be an HTTP status")
        self.pattern = pattern
        self.kind = kind
        self.rate: float = values.pop("rate")  # type: ignore[assignment]
        self.times: int = values.pop("times")  # type: ignore[assignment]
        self.seed: int = values.pop("seed")  # type: ignore[assignment]
        self.scope: str = values.pop("scope")  # type: ignore[assignment]
        self.params: dict[str, object] = values

    def __repr__(self) -> str:
        params = ", ".join(f"{key}={value!r}" for key, value in self.params.items())
        params = f", {params}" if params else ""
        return f"Fault({self.pattern!r}, {self.kind!r}{params}, rate={self.rate}, times={self.times})"

    def matches(self, path: str, query: str) -> bool:
        return fnmatch.fnmatchcase(path, self.pattern) or bool(
            query and fnmatch.fnmatchcase(f"{path}?{query}", self.pattern)
        )

    def respond(self, request: Request, site: SiteView) -> Response:
        response = _BEHAVIOURS[self.kind](self.params, request, site)
        response.fault = self.kind
        return response


class FaultPlan:
    """An ordered list of faults, with the per-target request counts that `times` and `rate` use (thread-safe)."""

    def __init__(self, faults: Iterable[Fault] = ()) -> None:
        self.faults: list[Fault] = list(faults)
        self._counts: dict[tuple[int, str], int] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"FaultPlan({self.faults!r})"

    def add(self, pattern: str, kind: str, **params: object) -> FaultPlan:
        """Append a fault; returns the plan so that calls chain."""
        self.faults.append(Fault(pattern, kind, **params))
        return self

    def reset(self) -> None:
        """Forget how often each target was requested (faults with `times` fire again)."""
        with self._lock:
            self._counts.clear()

    def choose(self, path: str, query: str) -> Fault | None:
        """The fault that answers this request, if any."""
        target = f"{path}?{query}" if query else path
        for index, fault in enumerate(self.faults):
            if not fault.matches(path, query):
                continue
            key = target if fault.scope == "path" else ""
            with self._lock:
                seen = self._counts.get((index, key), 0)
                self._counts[(index, key)] = seen + 1
            if fault.times and seen >= fault.times:
                continue
            if fault.rate < 1.0 and random.Random(f"{fault.seed}:{key}:{seen}").random() >= fault.rate:
                continue
            return fault
        return None

    @classmethod
    def parse(cls, spec: str) -> FaultPlan:
        """The compact form: `KIND[:key=value,...]@PATTERN; ...`."""
        plan = cls()
        for rule in filter(None, (part.strip() for part in spec.split(";"))):
            head, at, pattern = rule.rpartition("@")
            if not at:
                raise FaultError(f"fault {rule!r}: expected KIND[:key=value,...]@/path/pattern")
            kind, _, params_text = head.partition(":")
            params: dict[str, object] = {}
            for item in filter(None, (part.strip() for part in params_text.split(","))):
                name, equals, value = item.partition("=")
                if not equals:
                    raise FaultError(f"fault {rule!r}: parameter {item!r} is not key=value")
                params[name.strip()] = value.strip()
            plan.add(pattern.strip(), kind.strip(), **params)
        return plan

    @classmethod
    def from_json(cls, data: object) -> FaultPlan:
        """From decoded JSON: a list of `{"pattern", "kind", ...params}` objects, or `{"faults": [...]}`."""
        rules = data.get("faults") if isinstance(data, dict) else data
        if not isinstance(rules, list) or not all(isinstance(rule, dict) for rule in rules):
            raise FaultError('fault plan JSON must be a list of {"pattern": ..., "kind": ..., ...} objects')
        plan = cls()
        for rule in rules:
            params = dict(rule)
            try:
                pattern, kind = str(params.pop("pattern")), str(params.pop("kind"))
            except KeyError as missing:
                raise FaultError(f"fault {rule!r}: {missing} is missing") from None
            plan.add(pattern, kind, **params)
        return plan

    @classmethod
    def load(cls, spec: str) -> FaultPlan:
        """A plan from a JSON file, JSON text or the compact form (what `--faults` accepts)."""
        text = spec.strip()
        if text.startswith(("[", "{")):
            return cls.from_json(_json(text, "--faults"))
        path = Path(text)
        if path.suffix == ".json" or path.is_file():
            try:
                return cls.from_json(_json(path.read_text(encoding="utf-8"), str(path)))
            except OSError as exc:
                raise FaultError(f"{path}: {exc.strerror}") from None
        return cls.parse(text)


def _json(text: str, where: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FaultError(f"{where}: not valid JSON ({exc})") from None


# --- behaviours: params, request, site → response -----------------------------------------------------------------


def _status(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    code = int(params["code"])  # type: ignore[call-overload]
    return text_response(code, simple_page(f"Error {code}", "The server cannot answer this request now."))


def _throttle(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    seconds = int(params["retry_after"])  # type: ignore[call-overload]
    retry_after = formatdate(time.time() + seconds, usegmt=True) if params["http_date"] else str(seconds)
    code = int(params["code"])  # type: ignore[call-overload]
    response = text_response(code, simple_page("Too Many Requests", "Slow down."))
    response.headers.append(("Retry-After", retry_after))
    return response


def _slow(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    response = site.respond(request)
    delay = float(params["delay"])  # type: ignore[arg-type]
    if params["where"] == "body" and isinstance(response.body, bytes) and len(response.body) > 1:
        response.stall_after, response.stall = len(response.body) // 2, delay
    else:
        response.delay = delay
    return response


def _truncate(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    response = site.respond(request)
    if isinstance(response.body, bytes) and response.body:
        response.cut_after = int(len(response.body) * float(params["fraction"]))  # type: ignore[arg-type]
    return response


def _redirect_loop(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    looped = "loop=1" in request.query.split("&")
    return redirect_response(int(params["code"]), f"{site.url}{request.path}" + ("" if looped else "?loop=1"))  # type: ignore[call-overload]


def _foreign_redirect(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    return redirect_response(int(params["code"]), str(params["location"]))  # type: ignore[call-overload]


def _huge(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    size = int(params["size"])  # type: ignore[call-overload]
    head = b"<!DOCTYPE html>\n<html><head><title>A very large page</title></head><body>\n"
    tail = b"</body></html>\n"
    filler = b"<p>" + b"lorem ipsum dolor sit amet " * 36 + b"</p>\n"
    chunk = filler * (65536 // len(filler))

    def body() -> Iterator[bytes]:
        if size < len(head) + len(tail):
            yield (head + tail)[:size]
            return
        yield head
        remaining = size - len(head) - len(tail)
        while remaining:
            piece = chunk[:remaining]
            remaining -= len(piece)
            yield piece
        yield tail

    return Response(200, [("Content-Type", HTML)], body(), length=None if params["chunked"] else size)


def _gzip_bomb(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    length, chunks = gzip_of_zeros(int(params["size"]))  # type: ignore[call-overload]
    headers = [("Content-Type", HTML), ("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
    return Response(200, headers, chunks, length=length)


def _xml_bomb(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    levels = int(params["levels"])  # type: ignore[call-overload]
    entities = ['  <!ENTITY lol0 "lol">'] + [
        f'  <!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, levels + 1)
    ]
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE urlset [\n' + "\n".join(entities) + "\n]>\n"
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"  <url><loc>http://default/&lol{levels};</loc></url>\n</urlset>\n"
    )
    return text_response(200, text, "application/xml; charset=utf-8")


def _robots(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    relative = file_for_target(request.path, request.query)
    original = (site.read_file(relative) if relative else None) or b""
    extra = [f"Disallow: {path}" for path in params["disallow"]]  # type: ignore[attr-defined]
    if params["crawl_delay"]:
        extra.append(f"Crawl-delay: {params['crawl_delay']:g}")
    lines = original.decode("utf-8", "replace").splitlines()
    group = next((i for i, line in enumerate(lines) if re.fullmatch(r"(?i)user-agent:\s*\*\s*", line.strip())), None)
    if group is None:
        lines[:0] = ["User-agent: *", *extra, ""]
    else:
        lines[group + 1 : group + 1] = extra
    return site.respond_with_body(request, ("\n".join(lines) + "\n").encode("utf-8"), "text/plain; charset=utf-8")


def _login(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    login = f"/{request.site}/user/login"
    if request.path == login:  # the login page itself answers normally, or the redirect would never end
        return site.respond(request)
    destination = quote(request.target[len(request.site) + 1 :], safe="/")
    response = redirect_response(302, f"{site.url}{login}?destination={destination}")
    response.headers.append(("Cache-Control", "no-cache, private"))
    return response


def _denied(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    page = site.read_file(PurePosixPath(request.site, "system", "403.html"))
    if page is None:
        return text_response(403, simple_page("Access denied", "You are not authorized to access this page."))
    return Response(403, [("Content-Type", HTML), ("Cache-Control", "must-revalidate, no-cache, private")], page)


def _challenge(params: Mapping[str, object], request: Request, site: SiteView) -> Response:
    ray = f"{random.Random(request.target).getrandbits(64):016x}-FRA"
    body = CLOUDFLARE_CHALLENGE.replace("{ray}", ray).replace("{zone}", request.site)
    response = text_response(503, body, "text/html; charset=UTF-8", server="cloudflare")
    response.headers += [
        ("cf-mitigated", "challenge"),
        ("CF-RAY", ray),
        ("Cache-Control", "private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0"),
        ("Expires", "Thu, 01 Jan 1970 00:00:01 GMT"),
        ("Critical-CH", "Sec-CH-UA-Bitness, Sec-CH-UA-Arch, Sec-CH-UA-Full-Version"),
    ]
    return response


_BEHAVIOURS = {
    "status": _status,
    "throttle": _throttle,
    "slow": _slow,
    "truncate": _truncate,
    "redirect_loop": _redirect_loop,
    "redirect": _foreign_redirect,
    "huge": _huge,
    "gzip_bomb": _gzip_bomb,
    "xml_bomb": _xml_bomb,
    "robots": _robots,
    "login": _login,
    "denied": _denied,
    "challenge": _challenge,
}
assert set(_BEHAVIOURS) == set(KINDS)

CLOUDFLARE_CHALLENGE = (  # the page Cloudflare serves with "cf-mitigated: challenge"
    '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>'
    '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    '<meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow">'
    '<meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;'
    "margin:0;padding:0}html{line-height:1.15;-webkit-text-size-adjust:100%;color:#313131;"
    'font-family:system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial}body{display:flex;'
    "flex-direction:column;height:100vh;min-height:100vh}.main-content{margin:8rem auto;max-width:60rem;"
    "padding-left:1.5rem}.h2{font-size:1.5rem;font-weight:500;line-height:2.25rem}</style>"
    '<meta http-equiv="refresh" content="390"></head><body class="no-js">'
    '<div class="main-wrapper" role="main"><div class="main-content"><noscript><div class="h2">'
    '<span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>'
    "</div></div><script>"
    "(function(){window._cf_chl_opt={cvId: '3',cZone: \"{zone}\",cType: 'managed',"
    "cRay: '{ray}',cH: 'sample',"
    "cUPMDTk: \"\\/?__cf_chl_tk=sample\",cFPWv: 'b',"
    "cITimeS: '1700000000',cTplV: 5,cTplB: 'cf',cK: \"\","
    'fa: "\\/?__cf_chl_f_tk=sample",md: "sample",mdrd: "sample"};'
    "var cpo = document.createElement('script');"
    "cpo.src = '/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray={ray}';"
    "window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;"
    "window._cf_chl_opt.cOgUQuery = location.search === '' && "
    "location.href.slice(0, location.href.length - window._cf_chl_opt.cOgUHash.length)"
    ".indexOf('?') !== -1 ? '?' : location.search;"
    "if (window.history && window.history.replaceState) {"
    "var ogU = location.pathname + window._cf_chl_opt.cOgUQuery + window._cf_chl_opt.cOgUHash;"
    'history.replaceState(null, null, "\\/?__cf_chl_rt_tk=sample" + window._cf_chl_opt.cOgUHash);'
    "cpo.onload = function() {history.replaceState(null, null, ogU);"
    "}}document.getElementsByTagName('head')[0].appendChild(cpo);}());</script></body></html>"
)


# --- gzip of zeros, streamed: deflate blocks of 1 MiB of zeros are identical after a full flush ---------------------

_ZERO_BLOCK = 1 << 20
_BLOCKS_PER_WRITE = 64


@functools.cache
def _deflated_zeros(size: int, final: bool) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate: the gzip framing is written by hand
    data = compressor.compress(bytes(size))
    return data + (compressor.flush() if final else compressor.flush(zlib.Z_FULL_FLUSH))


def _gf2_times(matrix: list[int], vector: int) -> int:
    total, row = 0, 0
    while vector:
        if vector & 1:
            total ^= matrix[row]
        vector >>= 1
        row += 1
    return total


def _gf2_square(matrix: list[int]) -> list[int]:
    return [_gf2_times(matrix, matrix[row]) for row in range(32)]


def crc32_combine(crc1: int, crc2: int, length2: int) -> int:
    """CRC-32 of A+B from crc(A), crc(B) and len(B), as zlib's crc32_combine (which Python does not expose)."""
    if length2 <= 0:
        return crc1
    operator = [0xEDB88320] + [1 << row for row in range(31)]  # appends one zero bit to a CRC
    for _ in range(3):
        operator = _gf2_square(operator)  # now one zero byte
    while length2:
        if length2 & 1:
            crc1 = _gf2_times(operator, crc1)
        operator = _gf2_square(operator)  # twice as many zero bytes
        length2 >>= 1
    return crc1 ^ crc2


def crc32_of_zeros(size: int) -> int:
    """CRC-32 of `size` zero bytes without touching `size` bytes (binary doubling with crc32_combine)."""
    blocks, rest = divmod(size, _ZERO_BLOCK)
    total, piece, piece_length = 0, zlib.crc32(bytes(_ZERO_BLOCK)), _ZERO_BLOCK
    while blocks:
        if blocks & 1:
            total = crc32_combine(total, piece, piece_length)
        piece, piece_length = crc32_combine(piece, piece, piece_length), piece_length * 2
        blocks >>= 1
    return crc32_combine(total, zlib.crc32(bytes(rest)), rest)


def gzip_of_zeros(size: int) -> tuple[int, Iterator[bytes]]:
    """A valid gzip member that decodes to `size` zero bytes: (its length, its bytes in pieces)."""
    blocks, rest = divmod(size, _ZERO_BLOCK)
    block = _deflated_zeros(_ZERO_BLOCK, final=False)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # deflate, no name, mtime 0, max compression, OS unknown
    end = _deflated_zeros(rest, final=True) + struct.pack("<II", crc32_of_zeros(size), size & 0xFFFFFFFF)

    def pieces() -> Iterator[bytes]:
        yield header
        full, partial = divmod(blocks, _BLOCKS_PER_WRITE)
        for _ in range(full):
            yield block * _BLOCKS_PER_WRITE
        yield block * partial + end

    return len(header) + blocks * len(block) + len(end), pieces()
