"""The sample site server: the bundled mirror of the sources over real HTTP on 127.0.0.1, offline.

One `ThreadingHTTPServer` serves every source under its path prefix (`/eccp/...` for clustercollaboration.eu,
`/nca/...` for nca.cz); the fetcher maps production origins to these prefixes with `SampleSite.origin_map`.
Files are read on every request, so a writable copy (`copy_site`) picks up added, changed and deleted files at once.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import shutil
import socket
import stat
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import formatdate, parsedate_to_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from harvest.errors import UserError
from harvest.sample_site.faults import FaultError, FaultPlan, Request
from harvest.sample_site.layout import (
    MANIFEST_NAME,
    SITES,
    configured_start_points,
    file_for_target,
    loopback_path,
    origin_map,
)
from harvest.sample_site.response import CONTENT_TYPES, HTML, SERVER_NAME, Response, redirect_response, text_response

# Request headers kept in `SampleSite.requests` (lower-case names).
RECORDED_HEADERS = ("user-agent", "accept", "accept-encoding", "if-none-match", "if-modified-since", "range")
_GZIP_CACHE_ENTRIES = 512
REQUESTS_WAIT = 2.0


def packaged_root() -> Path:
    """The mirror shipped with the package (`harvest/data/sample_site`), served read-only."""
    return Path(str(files("harvest") / "data" / "sample_site"))


def copy_site(dest: Path, source: Path | None = None) -> Path:
    """A writable copy of the mirror (the packaged one by default) at `dest`, which must be new or empty."""
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise UserError(f"{dest}: exists and is not an empty directory")
    shutil.copytree(source or packaged_root(), dest, dirs_exist_ok=True)
    for directory, _, names in os.walk(dest):  # installed package data may be read-only; the copy must not be
        for path in [Path(directory), *(Path(directory, name) for name in names)]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    return dest


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request the server answered (or gave up on)."""

    method: str
    path: str  # with the site prefix, without the query
    query: str
    headers: Mapping[str, str]  # the RECORDED_HEADERS that were sent
    status: int
    fault: str | None  # kind of the fault that answered, if any
    body_bytes: int  # body bytes written (after content coding)
    complete: bool  # False when the body was cut, stalled past shutdown or the client left

    @property
    def target(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path


@dataclass(frozen=True, slots=True)
class _Manifest:
    """`manifest.json` of a mirror: stable Last-Modified dates (valid while a file keeps its sha256) and redirects."""

    files: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    redirects: Mapping[str, str] = field(default_factory=dict)


class SampleSite:
    """The sample site on a free (or given) loopback port, served from a background thread until `stop()`."""

    def __init__(
        self,
        root: Path | None = None,
        port: int = 0,
        faults: FaultPlan | None = None,
        *,
        verbose: bool = False,
        gzip: bool = True,
    ) -> None:
        self.root = Path(root) if root is not None else packaged_root()
        if not self.root.is_dir():
            raise UserError(f"{self.root}: not a directory")
        if not any((self.root / site).is_dir() for site in SITES):
            raise UserError(f"{self.root}: not a sample site (no {' or '.join(f'{site}/' for site in SITES)} in it)")
        self.faults = faults
        self.verbose = verbose
        self.gzip = gzip
        self.started_at = datetime.now(UTC).replace(microsecond=0)
        self._requests: list[RequestRecord] = []
        self._lock = threading.Lock()
        self._answering = 0  # requests being answered now
        self._answered = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._manifest_cache: tuple[tuple[int, int], _Manifest] | None = None
        self._gzip_cache: dict[str, bytes] = {}
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.site = self
        self.port: int = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.origin_map: dict[str, str] = origin_map(self.url)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="sample-site", daemon=True
        )
        self._thread.start()

    def __enter__(self) -> SampleSite:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"SampleSite({self.url}, root={self.root})"

    def stop(self) -> None:
        """Stop serving, end open connections and slow responses; safe to call twice."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        self._thread.join()

    @property
    def requests(self) -> list[RequestRecord]:
        """Every request answered so far, in order of completion (a copy).

        A client can read a whole response a moment before the server thread records it, so this waits (up to
        REQUESTS_WAIT seconds) for requests still being answered.
        """
        with self._answered:
            self._answered.wait_for(lambda: self._answering == 0, timeout=REQUESTS_WAIT)
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def begin(self) -> None:
        with self._answered:
            self._answering += 1

    def record(self, entry: RequestRecord) -> None:
        with self._answered:
            self._requests.append(entry)
            self._answering -= 1
            self._answered.notify_all()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True when the site is stopping (slow faults end early then)."""
        return self._stopping.wait(seconds)

    # --- answering a request ------------------------------------------------------------------------------------

    def answer(self, request: Request) -> Response:
        fault = self.faults.choose(request.path, request.query) if self.faults else None
        return fault.respond(request, self) if fault else self.respond(request)

    def respond(self, request: Request) -> Response:
        """The mirror's answer: a file, a redirect, the front page or a 404."""
        if request.path == "/":
            return self.respond_with_body(request, self._front_page().encode("utf-8"), HTML)
        manifest = self._manifest()
        query = f"?{request.query}" if request.query else ""
        if request.path in manifest.redirects:
            return redirect_response(301, f"{self.url}{manifest.redirects[request.path]}{query}")
        if request.site not in SITES:
            return self._not_found(request)
        candidates = [file_for_target(request.path, request.query)]
        if request.query and "page" not in parse_qs(request.query):
            # Like the real CMSs, unknown query parameters are ignored; only pager pages are distinct resources.
            candidates.append(file_for_target(request.path))
        for relative in candidates:
            if relative is not None and (data := self.read_file(relative)) is not None:
                return self._file_response(request, relative, data, manifest)
        if not request.path.endswith("/"):
            directory = file_for_target(f"{request.path}/", request.query)
            if directory is not None and self.read_file(directory) is not None:
                return redirect_response(301, f"{self.url}{request.path}/{query}")
        return self._not_found(request)

    def respond_with_body(
        self, request: Request, body: bytes, content_type: str, last_modified: datetime | None = None
    ) -> Response:
        """200 with ETag and Last-Modified (304 when the client's copy is current), gzip when accepted."""
        digest = hashlib.sha256(body).hexdigest()
        modified = last_modified or self.started_at
        compressible = content_type.startswith("text/") or "xml" in content_type or "json" in content_type
        encode = self.gzip and compressible and _accepts_gzip(request.headers.get("accept-encoding", ""))
        etag = f'"{digest[:24]}{"-gzip" if encode else ""}"'
        headers = [("ETag", etag), ("Last-Modified", formatdate(modified.timestamp(), usegmt=True))]
        headers.append(("Cache-Control", "max-age=300, public"))
        if compressible:
            headers.append(("Vary", "Accept-Encoding"))
        if _not_modified(request.headers, digest[:24], modified):
            return Response(304, headers)
        headers.insert(0, ("Content-Type", content_type))
        if encode:
            headers.append(("Content-Encoding", "gzip"))
            body = self._gzipped(digest, body)
        return Response(200, headers, body)

    def read_file(self, relative: PurePosixPath) -> bytes | None:
        """The bytes of a mirror file, or None when it does not exist (or would lie outside the root)."""
        path = self.root / relative
        try:
            if not path.resolve().is_relative_to(self.root.resolve()):
                return None
            return path.read_bytes()
        except OSError:  # missing, a directory, a name too long: all "no such page"
            return None

    def _file_response(self, request: Request, relative: PurePosixPath, data: bytes, manifest: _Manifest) -> Response:
        entry = manifest.files.get(relative.as_posix(), {})
        content_type = entry.get("content_type") or CONTENT_TYPES.get(
            relative.suffix.lower(), "application/octet-stream"
        )
        if entry.get("sha256") == hashlib.sha256(data).hexdigest() and "last_modified" in entry:
            modified = datetime.fromisoformat(entry["last_modified"])
        else:  # added or edited since the mirror was built: the file's own time
            try:
                modified = datetime.fromtimestamp((self.root / relative).stat().st_mtime, UTC)
            except OSError:
                modified = datetime.now(UTC)
        return self.respond_with_body(request, data, content_type, modified.replace(microsecond=0))

    def _not_found(self, request: Request) -> Response:
        page = self.read_file(PurePosixPath(request.site, "system", "404.html")) if request.site in SITES else None
        if page is None:
            return text_response(404, "<!DOCTYPE html>\n<title>Page not found</title><h1>Page not found</h1>\n")
        return Response(404, [("Content-Type", HTML)], page)

    def _front_page(self) -> str:
        # robots.txt of each site, then the start points of the packaged config, as a crawl requests them.
        targets = [f"/{site}/robots.txt" for site in SITES]
        targets += [loopback_path(url) for url in configured_start_points()]
        items = "".join(
            f'<li><a href="{escape(target)}">{escape(target)}</a></li>'
            for target in targets
            if (self.root / target.split("/")[1]).is_dir()
        )
        origins = "".join(f"<li>{escape(origin)} → {escape(prefix)}</li>" for origin, prefix in self.origin_map.items())
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>eccp-harvest sample site</title></head>'
            f"<body><h1>eccp-harvest sample site</h1><p>Mirror: {escape(str(self.root))}</p>"
            f"<h2>Entry points</h2><ul>{items}</ul><h2>Origin map</h2><ul>{origins}</ul></body></html>\n"
        )

    def _manifest(self) -> _Manifest:
        path = self.root / MANIFEST_NAME
        try:
            info = path.stat()
        except OSError:
            return _Manifest()
        key = (info.st_mtime_ns, info.st_size)
        cached = self._manifest_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            manifest = _Manifest(dict(data.get("files", {})), dict(data.get("redirects", {})))
        except (OSError, ValueError, AttributeError):
            manifest = _Manifest()  # a broken manifest only costs the stable dates
        self._manifest_cache = (key, manifest)
        return manifest

    def _gzipped(self, digest: str, body: bytes) -> bytes:
        with self._lock:
            cached = self._gzip_cache.get(digest)
        if cached is None:
            cached = gzip.compress(body, compresslevel=6, mtime=0)
            with self._lock:
                if len(self._gzip_cache) >= _GZIP_CACHE_ENTRIES:
                    self._gzip_cache.pop(next(iter(self._gzip_cache)))
                self._gzip_cache[digest] = cached
        return cached


def _accepts_gzip(accept_encoding: str) -> bool:
    for item in accept_encoding.split(","):
        name, *params = (part.strip() for part in item.split(";"))
        quality = next((param[2:] for param in params if param.lower().startswith("q=")), "1")
        try:
            acceptable = float(quality) > 0
        except ValueError:
            acceptable = False
        if name.lower() in ("gzip", "x-gzip", "*") and acceptable:
            return True
    return False


def _not_modified(headers: Mapping[str, str], opaque_tag: str, modified: datetime) -> bool:
    """RFC 9110 §13.2.2: If-None-Match decides when present, else If-Modified-Since."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = [tag.strip().removeprefix("W/").strip('"').removesuffix("-gzip") for tag in if_none_match.split(",")]
        return "*" in tags or opaque_tag in tags
    if_modified_since = headers.get("if-modified-since")
    if not if_modified_since:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError, IndexError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return modified <= since


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stop() ends slow responses itself and must not wait for idle keep-alive connections
    request_queue_size = 128
    site: SampleSite

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            connections, self._open = list(self._open), set()
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):  # a client that left is no error
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a crawler's session expects
    timeout = 60  # an idle keep-alive connection is closed after this
    # TCP_NODELAY: headers and body go out in separate writes; with Nagle on, a keep-alive client's delayed ACK
    # stalls every response by ~40 ms.
    disable_nagle_algorithm = True
    server: _Server
    _server_name = SERVER_NAME

    def version_string(self) -> str:
        return self._server_name

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.site.verbose:
            sys.stderr.write(f"sample-site: {self.address_string()} {format % args}\n")

    def do_GET(self) -> None:
        self._handle(head=False)

    def do_HEAD(self) -> None:
        self._handle(head=True)

    def _handle(self, head: bool) -> None:
        site = self.server.site
        parts = urlsplit(self.path)
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = Request(self.command, parts.path or "/", parts.query, headers)
        status, fault, sent, complete = 0, None, 0, False
        site.begin()
        try:
            response = site.answer(request)
            status, fault = response.status, response.fault
            sent, complete = self._deliver(response, head)
        except (ConnectionError, TimeoutError):
            self.close_connection = True
        finally:
            recorded = {name: headers[name] for name in RECORDED_HEADERS if name in headers}
            site.record(
                RequestRecord(self.command, request.path, request.query, recorded, status, fault, sent, complete)
            )

    def _deliver(self, response: Response, head: bool) -> tuple[int, bool]:
        """Send `response`, misbehaving as it asks; returns (body bytes sent, whether all of it was sent)."""
        site = self.server.site
        if response.delay and site.wait(response.delay):
            self.close_connection = True
            return 0, False
        self._server_name = response.server
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        chunked = not isinstance(response.body, bytes) and response.length is None
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif response.status != 304:
            length = response.length if response.length is not None else len(response.body)  # type: ignore[arg-type]
            self.send_header("Content-Length", str(length))
        if response.cut_after is not None:
            self.send_header("Connection", "close")
        self.end_headers()
        if head or response.status == 304:
            return 0, True
        return self._write_body(response, chunked)

    def _write_body(self, response: Response, chunked: bool) -> tuple[int, bool]:
        sent, stall_at, cut_at = 0, response.stall_after, response.cut_after
        for piece in _pieces(response.body):
            while piece:
                if cut_at is not None and sent >= cut_at:
                    self.wfile.flush()
                    self.close_connection = True
                    return sent, False
                limit = len(piece)
                if stall_at is not None:
                    limit = min(limit, stall_at - sent)
                if cut_at is not None:
                    limit = min(limit, cut_at - sent)
                part, piece = piece[:limit], piece[limit:]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part) if chunked else part)
                sent += len(part)
                if stall_at is not None and sent >= stall_at:
                    stall_at = None
                    self.wfile.flush()
                    if self.server.site.wait(response.stall):
                        self.close_connection = True
                        return sent, False
        if chunked:
            self.wfile.write(b"0\r\n\r\n")
        return sent, True


def _pieces(body: bytes | Iterable[bytes]) -> Iterator[bytes]:
    if isinstance(body, bytes):
        yield body
    else:
        yield from body


def main_serve(port: int = 0, root: Path | None = None, faults: str | None = None, *, verbose: bool = False) -> int:
    """`harvest sample-site`: serve until Ctrl-C, after printing the base URL and the origin map."""
    try:
        plan = FaultPlan.load(faults) if faults else None
    except FaultError as exc:
        raise UserError(f"--faults: {exc}") from None
    try:
        site = SampleSite(root, port, plan, verbose=verbose)
    except OSError as exc:
        raise UserError(f"cannot listen on 127.0.0.1:{port} ({exc.strerror})") from None
    try:
        print(f"Sample site: {site.url}  (mirror: {site.root})")
        print("Origin map (production origin → sample site):")
        for origin, prefix in site.origin_map.items():
            print(f"  {origin} → {prefix}")
        if plan is not None:
            print(f"Faults: {plan.faults}")
        print("Ctrl-C to stop.", flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nStopped.")
    finally:
        site.stop()
    return 0
