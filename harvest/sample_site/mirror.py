"""Pieces shared by the site builders: the corpus, the mirror being written, attachments, dates."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit
from zoneinfo import ZoneInfo

from bs4 import BeautifulSoup

from harvest.sample_site.documents import docx_document, pdf_document, zip_archive
from harvest.sample_site.layout import MANIFEST_NAME, file_for_target, loopback_path, mirror_file, site_for_host

DOCUMENT_EXTENSIONS = (".pdf", ".docx", ".zip")
MIRROR_NOTE = "Sample copy for the eccp-harvest offline mirror; the real document is on the source site."


class BuildError(Exception):
    """The corpus or the output folder is not what the build needs."""


@dataclass(frozen=True)
class CorpusPage:
    """One page of the shared corpus with its expected record."""

    id: str
    url: str
    record: dict[str, object]
    html: str

    @property
    def site(self) -> str | None:
        return site_for_host(urlsplit(self.url).hostname or "")

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def start_day(self) -> date | None:
        start = self.record.get("start")
        return date.fromisoformat(str(start)[:10]) if start else None


def load_corpus(corpus: Path) -> list[CorpusPage]:
    """The pages listed in `expected.jsonl`, in its order."""
    expected = corpus / "expected.jsonl"
    if not expected.is_file():
        raise BuildError(f"{corpus}: no expected.jsonl (give --corpus the shared corpus folder)")
    pages = []
    for line in expected.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        html_path = corpus / "pages" / f"{record['id']}.html"
        try:
            html = html_path.read_text(encoding="utf-8")
        except OSError as exc:
            raise BuildError(f"{html_path}: {exc.strerror}") from None
        pages.append(CorpusPage(record["id"], record["url"], record, html))
    return pages


@dataclass
class MirrorFile:
    data: bytes
    last_modified: datetime
    content_type: str | None = None  # only where the extension does not say it (rss.xml)


@dataclass
class MirrorWriter:
    """The mirror being built: files by relative path, and the server-side redirects."""

    files: dict[PurePosixPath, MirrorFile] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)

    def add(self, url: str, data: bytes | str, last_modified: datetime, content_type: str | None = None) -> None:
        """Store the body of a production URL (`https://clustercollaboration.eu/events?page=1`)."""
        relative = mirror_file(url)
        if relative in self.files:
            raise BuildError(f"{url}: two bodies for {relative}")
        body = data.encode("utf-8") if isinstance(data, str) else data
        self.files[relative] = MirrorFile(body, last_modified.astimezone(UTC), content_type)

    def redirect(self, url: str, target_url: str) -> None:
        self.redirects[loopback_path(url)] = loopback_path(target_url)

    def has(self, url: str) -> bool:
        """Whether a request for this production URL gets a page (directly, by redirect or by a slash redirect)."""
        target = loopback_path(url)
        path, _, query = target.partition("?")
        slashed = file_for_target(f"{path}/", query) if not path.endswith("/") else None
        return path in self.redirects or mirror_file(url) in self.files or slashed in self.files

    def write(self, out: Path) -> None:
        """Replace the mirror at `out` (refusing to touch a folder that is not one) and write manifest.json."""
        if out.exists():
            if not out.is_dir() or (any(out.iterdir()) and not (out / MANIFEST_NAME).is_file()):
                raise BuildError(f"{out}: exists and is not a sample-site mirror; refusing to replace it")
            shutil.rmtree(out)
        manifest: dict[str, object] = {
            "about": "Built by `python -m harvest.sample_site.build`; see harvest/sample_site/README.md.",
            "files": {},
            "redirects": dict(sorted(self.redirects.items())),
        }
        for relative, item in sorted(self.files.items()):
            path = out / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(item.data)
            entry = {"sha256": hashlib.sha256(item.data).hexdigest(), "last_modified": item.last_modified.isoformat()}
            if item.content_type:
                entry["content_type"] = item.content_type
            manifest["files"][relative.as_posix()] = entry  # type: ignore[index]
        (out / MANIFEST_NAME).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


# --- attachments -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentLink:
    url: str  # absolute production URL
    label: str
    created: datetime | None  # nca.cz "Created:" stamp, when the page gives one


PRAGUE = ZoneInfo("Europe/Prague")


def document_links(html: str, page_url: str) -> list[DocumentLink]:
    """Links on a page to document files on a mirrored host, in page order (first occurrence of each URL)."""
    soup = BeautifulSoup(html, "lxml")
    found: dict[str, DocumentLink] = {}
    for anchor in soup.find_all("a", href=True):
        url = urljoin(page_url, anchor["href"])
        parts = urlsplit(url)
        if site_for_host(parts.hostname or "") is None or not parts.path.lower().endswith(DOCUMENT_EXTENSIONS):
            continue
        label = anchor.get_text(" ", strip=True) or anchor.get("title", "") or unquote(parts.path.rsplit("/", 1)[-1])
        meta = anchor.find_next_sibling(class_="files-list__meta")
        stamp = re.search(r"Created:\s*(\d\d/\d\d/\d{4} \d\d:\d\d:\d\d)", meta.get_text() if meta else "")
        created = datetime.strptime(stamp.group(1), "%d/%m/%Y %H:%M:%S").replace(tzinfo=PRAGUE) if stamp else None
        found.setdefault(url, DocumentLink(url, label, created))
    return list(found.values())


def document_bytes(link: DocumentLink, page_url: str, created: datetime) -> bytes:
    """A small valid file of the link's type whose text names the document and the page that links it."""
    lines = [MIRROR_NOTE, f"Linked from: {page_url}", f"Document: {unquote(link.url)}"]
    extension = PurePosixPath(urlsplit(link.url).path).suffix.lower()
    if extension == ".pdf":
        return pdf_document(link.label, lines, created)
    if extension == ".docx":
        return docx_document(link.label, lines, created)
    if extension == ".zip":
        members = [
            ("README.txt", ("\n".join([link.label, *lines]) + "\n").encode("utf-8")),
            (f"{PurePosixPath(link.label).stem}.pdf", pdf_document(link.label, lines, created)),
        ]
        return zip_archive(members, created)
    raise BuildError(f"{link.url}: no generator for {extension} files (add one to documents.py)")


def add_documents(writer: MirrorWriter, html: str, page_url: str, default_created: datetime) -> int:
    """Write every document the page links to (once per URL); returns how many the page links to."""
    links = document_links(html, page_url)
    for link in links:
        if not writer.has(link.url):
            created = link.created or default_created
            writer.add(link.url, document_bytes(link, page_url, created), created)
    return len(links)


# --- text and dates --------------------------------------------------------------------------------------------


def first_paragraph(html: str, container_class: str, limit: int = 220) -> str:
    """Plain text of the first non-empty paragraph inside the element with `container_class`, shortened."""
    soup = BeautifulSoup(html, "lxml")
    container = soup.find(class_=container_class) or soup
    for paragraph in container.find_all("p"):
        text = " ".join(paragraph.get_text(" ", strip=True).split())
        if text:
            return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
    return ""


def sidebar_dates(pages: list[CorpusPage], pattern: str, date_format: str) -> dict[str, date]:
    """Path → date of the teasers in the sidebars of all pages (`pattern` captures the date, then the path)."""
    return {
        path: datetime.strptime(day, date_format).date()
        for page in pages
        for day, path in re.findall(pattern, page.html)
    }


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    """A UTC instant on `day` (the corpus gives dates; the mirror needs instants)."""
    return datetime.combine(day, time(hour, minute), UTC)


def days(count: int) -> timedelta:
    return timedelta(days=count)
