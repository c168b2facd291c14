"""The raw archive: one gzip'd WARC file per run (warcio), readable by standard web-archive tools.

Each exchange is a request record and a response record (or a revisit record when the body did not change: 304,
or a 200 with the same digest), written as gzip members. `RecordRef` (file + offset) points at a response record;
the crawl state stores it only after `sync()` has flushed and fsynced the file, so a referenced record is always
whole. A run killed mid-write leaves a torn last member; `repair()` cuts the file back to its last whole record.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import uuid
import zlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from isal import isal_zlib
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from harvest import __version__
from harvest.fetch.http import Exchange

# The body is stored decoded; these headers described the wire form, so they are kept under a prefixed name (the
# convention of pywb and Heritrix) and a Content-Length of the stored body takes their place.
_WIRE_HEADERS = ("content-encoding", "transfer-encoding", "content-length")
CANONICAL_URI_FIELD = "Harvest-Canonical-URI"  # the production URL a sample-site (loopback) record stands for
REVISIT_PROFILES = {
    "identical-payload-digest": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
    "server-not-modified": "http://netpreserve.org/warc/1.0/revisit/server-not-modified",
}


@dataclass(frozen=True, slots=True)
class RecordRef:
    file: str  # file name inside the archive folder
    offset: int | None  # byte offset of the record's gzip member (None until `WarcArchive.sync()` has placed it)
    record_id: str  # WARC-Record-ID
    date: str  # WARC-Date


@dataclass(frozen=True, slots=True)
class Revisit:
    """What a revisit record refers to: the earlier response record with the same payload."""

    profile: str  # a key of REVISIT_PROFILES
    original: RecordRef
    original_url: str
    sha256: str  # hex digest of the original payload


def payload_digest(sha256_hex: str) -> str:
    """A WARC payload digest label (`sha256:` + base32) from our hex sha256."""
    return "sha256:" + base64.b32encode(bytes.fromhex(sha256_hex)).decode()


class WarcArchive:
    """Appends records to one WARC file; `sync()` makes everything written so far durable.

    Records are built at once (their ids and dates are known) but compressed and appended by one background
    thread, in order: zlib runs while the crawl waits for the network. `sync()` waits for that thread, fsyncs,
    and only then are the offsets (`offset_of`) of the records written so far known.
    """

    def __init__(self, directory: Path, name: str, info: dict[str, str]) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / name
        self.name = name
        self._file = open(self.path, "ab")  # noqa: SIM115 - kept open for the whole run, closed by close()
        self._size = self._file.seek(0, io.SEEK_END)
        self._dirty = False
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="warc-writer")
        self._queued: list[Future[None]] = []
        self._offsets: dict[str, int] = {}  # record id → offset, filled by the writer thread
        if self._size == 0:
            writer = WARCWriter(io.BytesIO(), gzip=False)
            software = {"software": f"eccp-harvest/{__version__}", "format": "WARC File Format 1.0", **info}
            self._append(_gzip_member(writer, writer.create_warcinfo_record(name, software)))

    def write(self, exchange: Exchange, revisit: Revisit | None = None) -> RecordRef:
        """Queue the request and the response (or revisit) record of `exchange`; its offset is known after sync."""
        record_id, date = f"<urn:uuid:{uuid.uuid4()}>", _warc_date(exchange.started_at)
        self._queued.append(self._writer.submit(self._append_exchange, exchange, revisit, record_id, date))
        return RecordRef(self.name, None, record_id, date)

    def _append_exchange(self, exchange: Exchange, revisit: Revisit | None, record_id: str, date: str) -> None:
        """In the writer thread: build, compress and append both records, and note where the response starts."""
        writer = WARCWriter(io.BytesIO(), gzip=False)
        fields = {"WARC-Date": date, CANONICAL_URI_FIELD: exchange.canonical_url}
        http_headers = _response_headers(exchange)
        if revisit is None:
            own = {"WARC-Record-ID": record_id, "WARC-Payload-Digest": payload_digest(exchange.sha256)}
            response = writer.create_warc_record(
                exchange.url, "response", payload=io.BytesIO(exchange.body), length=len(exchange.body),
                http_headers=http_headers, warc_headers_dict={**fields, **own},
            )  # fmt: skip
        else:
            own = {"WARC-Record-ID": record_id, "WARC-Refers-To": revisit.original.record_id}
            response = writer.create_revisit_record(
                exchange.url, payload_digest(revisit.sha256), revisit.original_url, revisit.original.date,
                http_headers=http_headers, warc_headers_dict={**fields, **own},
            )  # fmt: skip
            response.rec_headers.replace_header("WARC-Profile", REVISIT_PROFILES[revisit.profile])
        request = writer.create_warc_record(
            exchange.url, "request", http_headers=_request_headers(exchange),
            warc_headers_dict={**fields, "WARC-Concurrent-To": record_id},
        )  # fmt: skip
        request_member = _gzip_member(writer, request)
        self._offsets[record_id] = self._size + len(request_member)
        self._append(request_member + _gzip_member(writer, response))

    def _append(self, data: bytes) -> None:
        self._file.write(data)
        self._size += len(data)
        self._dirty = True

    def sync(self) -> None:
        """Wait for every queued record (re-raising a failed write), then flush and fsync the file."""
        queued, self._queued = self._queued, []
        for future in queued:
            future.result()
        if self._dirty:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._dirty = False

    def offset_of(self, record_id: str) -> int:
        """Where a record written before the last `sync()` starts."""
        return self._offsets[record_id]

    def close(self) -> None:
        if not self._file.closed:
            try:
                self.sync()
            finally:
                self._writer.shutdown(wait=True)
                self._file.close()


def read_response(archive_dir: Path, ref_file: str, offset: int) -> tuple[StatusAndHeaders, bytes]:
    """The HTTP headers and body of the response record at `offset` (no network)."""
    with open(archive_dir / ref_file, "rb") as handle:
        handle.seek(offset)
        record = next(iter(ArchiveIterator(handle)))
        return record.http_headers, record.content_stream().read()


def iter_members(path: Path) -> Iterator[int]:
    """End offsets of the whole gzip members of a file, in order; stops at the first torn or corrupt one."""
    end = 0
    decompressor = zlib.decompressobj(wbits=31)
    with open(path, "rb") as handle:
        pending = b""
        while True:
            chunk = pending or handle.read(1 << 20)
            pending = b""
            if not chunk:
                return
            try:
                decompressor.decompress(chunk)
            except zlib.error:
                return
            if decompressor.eof:
                rest = decompressor.unused_data
                end += len(chunk) - len(rest)
                yield end
                decompressor = zlib.decompressobj(wbits=31)
                pending = rest
            else:
                end += len(chunk)


def repair(path: Path) -> int:
    """Cut a WARC file back to its last whole record; returns the number of bytes dropped."""
    size = path.stat().st_size
    whole = 0
    for whole in iter_members(path):  # noqa: B007 - the last value is the one wanted
        pass
    if whole < size:
        with open(path, "r+b") as handle:
            handle.truncate(whole)
            handle.flush()
            os.fsync(handle.fileno())
    return size - whole


def _gzip_member(writer: WARCWriter, record: ArcWarcRecord) -> bytes:
    """One record as its own gzip member (what WARC readers seek to), deflated by ISA-L at its level 2: on HTML a
    quarter of the CPU of zlib's level 3 for a file about 4 % larger (warcio's default, zlib's level 9, costs 2.5
    times zlib's level 3). The writer thread competes for the same two cores as the crawl and the sites' answers."""
    buffer = io.BytesIO()
    writer.out = buffer
    writer.write_record(record)
    return isal_zlib.compress(buffer.getvalue(), 2, wbits=zlib.MAX_WBITS + 16)


def _response_headers(exchange: Exchange) -> StatusAndHeaders:
    headers = [
        (f"X-Archive-Orig-{name}" if name.lower() in _WIRE_HEADERS else name, value)
        for name, value in exchange.response_headers
    ]
    headers.append(("Content-Length", str(len(exchange.body))))
    return StatusAndHeaders(f"{exchange.status} {exchange.reason}".strip(), headers, protocol=exchange.http_version)


def _request_headers(exchange: Exchange) -> StatusAndHeaders:
    parts = urlsplit(exchange.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = [("Host", parts.netloc), *exchange.request_headers.items()]
    return StatusAndHeaders(f"GET {target} HTTP/1.1", headers, protocol="", is_http_request=True)


def _warc_date(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def sha256_hex(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()
