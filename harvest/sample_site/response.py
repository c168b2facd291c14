"""One HTTP response of the sample server, with the delivery quirks the fault plan can ask for."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

SERVER_NAME = "harvest-sample-site"

CONTENT_TYPES: dict[str, str] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
    ".csv": "text/csv; charset=utf-8",
    ".ics": "text/calendar; charset=utf-8",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".zip": "application/zip",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}
HTML = CONTENT_TYPES[".html"]


@dataclass
class Response:
    """What the handler sends: status, headers and body, plus optional misbehaviour while sending it."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes | Iterable[bytes] = b""
    # Content-Length to declare; None: len(body) for bytes, chunked transfer for an iterable body.
    length: int | None = None
    server: str = SERVER_NAME
    fault: str | None = None  # the fault kind that produced or changed this response
    delay: float = 0.0  # seconds to wait before the status line
    stall_after: int | None = None  # body bytes after which sending pauses for `stall` seconds
    stall: float = 0.0
    cut_after: int | None = None  # body bytes after which the connection is closed (declared length unchanged)

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)


def text_response(status: int, text: str, content_type: str = HTML, **extra: object) -> Response:
    """A small generated response (error pages, redirects, fault bodies)."""
    return Response(status, [("Content-Type", content_type)], text.encode("utf-8"), **extra)  # type: ignore[arg-type]


def simple_page(title: str, message: str) -> str:
    """A bare HTML page, as servers send with errors and redirects."""
    head = f"<!DOCTYPE html>\n<html><head><title>{title}</title></head>"
    return f"{head}<body><h1>{title}</h1><p>{message}</p></body></html>\n"


def redirect_response(code: int, location: str) -> Response:
    response = text_response(code, simple_page("Redirect", f'See <a href="{location}">{location}</a>.'))
    response.headers.append(("Location", location))
    return response
