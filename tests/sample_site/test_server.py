from __future__ import annotations

import gzip
import hashlib
import json
import os
import socket
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
import requests

from harvest.errors import UserError
from harvest.sample_site import SampleSite, copy_site, main_serve, mirror_file, packaged_root

from .conftest import fetch

SEED_ECCP = "https://clustercollaboration.eu/content/eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition"
SEED_NCA = "https://www.nca.cz/news/meet-the-euroclusters-innitiatives-for-the-green-and-digital-transformation-eu-cluster-talk-8-march-2023"
IDENTITY = {"Accept-Encoding": "identity"}


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/eccp/events", "text/html; charset=utf-8"),
        ("/eccp/sitemap.xml?page=1", "application/xml; charset=utf-8"),
        ("/eccp/rss.xml", "application/rss+xml; charset=utf-8"),
        ("/eccp/robots.txt", "text/plain; charset=utf-8"),
        ("/nca/files/eu-clusters-talk-meet-the-euroclusters-summary.pdf", "application/pdf"),
        (
            "/eccp/sites/default/files/2023-11/Application%20form%20-%20experts.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("/eccp/sites/default/files/2023-11/call-documents-experts.zip", "application/zip"),
    ],
)
def test_files_have_their_content_type_length_and_validators(site: SampleSite, path: str, content_type: str) -> None:
    response = fetch(site, path, headers=IDENTITY)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == content_type
    assert int(response.headers["Content-Length"]) == len(response.content) > 0
    assert response.headers["ETag"].startswith('"')
    assert parsedate_to_datetime(response.headers["Last-Modified"]).year >= 2017
    assert "Content-Encoding" not in response.headers


def test_text_is_gzipped_when_accepted_and_decodes_to_the_file(site: SampleSite) -> None:
    raw = fetch(site, SEED_NCA, headers={"Accept-Encoding": "gzip"}, stream=True).raw.read(decode_content=False)
    plain = fetch(site, SEED_NCA, headers=IDENTITY)
    assert gzip.decompress(raw) == plain.content == (packaged_root() / mirror_file(SEED_NCA)).read_bytes()
    zipped = fetch(site, SEED_NCA, headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert zipped.headers["Vary"] == "Accept-Encoding"
    assert zipped.headers["ETag"] != plain.headers["ETag"]
    pdf = fetch(site, "/nca/files/eu-clusters-talk-15-11-2023-summary.pdf", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in pdf.headers  # binary files are sent as they are


def test_conditional_requests_get_304(site: SampleSite) -> None:
    first = fetch(site, SEED_ECCP)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert fetch(site, SEED_ECCP, headers={"If-None-Match": etag}).status_code == 304
    # The identity and gzip variants share one validator.
    assert fetch(site, SEED_ECCP, headers={"If-None-Match": etag, **IDENTITY}).status_code == 304
    assert fetch(site, SEED_ECCP, headers={"If-None-Match": f'"other", W/{etag}'}).status_code == 304
    not_modified = fetch(site, SEED_ECCP, headers={"If-Modified-Since": modified})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified.headers["ETag"] == etag
    assert fetch(site, SEED_ECCP, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}).status_code == 200
    # If-None-Match decides when both are sent (RFC 9110).
    assert (
        fetch(site, SEED_ECCP, headers={"If-None-Match": '"stale"', "If-Modified-Since": modified}).status_code == 200
    )


def test_last_modified_is_the_sitemap_lastmod(site: SampleSite) -> None:
    sitemap = fetch(site, "/eccp/sitemap.xml?page=1").text
    path = "/content/eu-clusters-talks-meet-euroclusters-initiatives-green-and-digital-transition"
    lastmod = sitemap.split(f"<loc>http://default{path}</loc><lastmod>")[1].split("<")[0]
    served = parsedate_to_datetime(fetch(site, f"/eccp{path}").headers["Last-Modified"])
    assert served == datetime.fromisoformat(lastmod)


def test_head_has_the_get_headers_and_no_body(site: SampleSite, session: requests.Session) -> None:
    get = session.get(f"{site.url}/eccp/events", headers=IDENTITY)
    head = session.head(f"{site.url}/eccp/events", headers=IDENTITY)
    assert head.status_code == 200
    assert head.content == b""
    for name in ("Content-Type", "Content-Length", "ETag", "Last-Modified"):
        assert head.headers[name] == get.headers[name]
    # The connection stays usable after a HEAD (no body bytes were left behind).
    assert session.get(f"{site.url}/eccp/robots.txt").status_code == 200


def test_missing_pages_are_404_with_the_sites_error_page(site: SampleSite) -> None:
    missing = fetch(site, "/eccp/content/no-such-page")
    assert missing.status_code == 404
    assert "Page not found | European Cluster Collaboration Platform" in missing.text
    assert fetch(site, "/nca/news/no-such-page").status_code == 404
    assert fetch(site, "/other/x").status_code == 404
    assert fetch(site, "/eccp/events?page=99").status_code == 404
    assert fetch(site, "/eccp/%2e%2e/manifest.json").status_code == 404


def test_redirects_of_the_real_sites(site: SampleSite) -> None:
    node = fetch(site, "/eccp/node/52119", allow_redirects=False)
    assert node.status_code == 301
    assert node.headers["Location"] == f"{site.url}/eccp{SEED_ECCP.removeprefix('https://clustercollaboration.eu')}"
    slash = fetch(site, "/nca/news/european-cluster-conference-2024-takes-place-in-brussels", allow_redirects=False)
    assert slash.status_code == 301
    assert slash.headers["Location"].endswith("/nca/news/european-cluster-conference-2024-takes-place-in-brussels/")
    assert fetch(site, "/nca/news/european-cluster-conference-2024-takes-place-in-brussels").status_code == 200


def test_unknown_query_parameters_are_ignored_but_pages_are_not(site: SampleSite) -> None:
    plain = fetch(site, SEED_ECCP)
    tracked = fetch(site, SEED_ECCP + "?utm_source=newsletter")
    assert tracked.status_code == 200
    assert tracked.content == plain.content
    assert fetch(site, "/eccp/events?page=1").content != fetch(site, "/eccp/events").content
    assert fetch(site, "/eccp/events?page=0").content == fetch(site, "/eccp/events").content


def test_front_page_names_the_entry_points(site: SampleSite) -> None:
    front = fetch(site, "/")
    assert front.status_code == 200
    for target in ("/eccp/robots.txt", "/eccp/sitemap.xml", "/eccp/event-calendar", "/eccp/community-news"):
        assert f'href="{target}"' in front.text
    assert 'href="/nca/en/news/"' in front.text


def test_every_request_is_recorded(session: requests.Session) -> None:
    with SampleSite() as site:
        session.get(f"{site.url}/eccp/events?page=1", headers={"User-Agent": "eccp-harvest/test"})
        session.head(f"{site.url}/eccp/robots.txt")
        session.get(f"{site.url}/eccp/missing")
        records = site.requests
        assert [(r.method, r.target, r.status) for r in records] == [
            ("GET", "/eccp/events?page=1", 200),
            ("HEAD", "/eccp/robots.txt", 200),
            ("GET", "/eccp/missing", 404),
        ]
        assert records[0].headers["user-agent"] == "eccp-harvest/test"
        assert records[0].body_bytes > 0
        assert records[0].complete
        assert records[1].body_bytes == 0
        assert all(r.fault is None for r in records)
        site.clear_requests()
        assert site.requests == []


def test_a_writable_copy_picks_up_edits_additions_and_deletions(copied: Path, session: requests.Session) -> None:
    with SampleSite(root=copied) as site:
        before = session.get(f"{site.url}/eccp/content/critical-raw-materials-act")
        page = copied / mirror_file("https://clustercollaboration.eu/content/critical-raw-materials-act")
        page.write_bytes(before.content.replace(b"Critical Raw Materials Act", b"Critical Raw Materials Act (updated)"))
        after = session.get(f"{site.url}/eccp/content/critical-raw-materials-act")
        assert b"(updated)" in after.content
        assert after.headers["ETag"] != before.headers["ETag"]
        assert parsedate_to_datetime(after.headers["Last-Modified"]) > parsedate_to_datetime(
            before.headers["Last-Modified"]
        )
        revalidated = session.get(
            f"{site.url}/eccp/content/critical-raw-materials-act", headers={"If-None-Match": before.headers["ETag"]}
        )
        assert revalidated.status_code == 200

        page.unlink()
        assert session.get(f"{site.url}/eccp/content/critical-raw-materials-act").status_code == 404

        added = copied / mirror_file("https://www.nca.cz/news/a-new-page")
        added.write_text("<!DOCTYPE html><title>Modus | Home page</title><h1>A new page</h1>", encoding="utf-8")
        fresh = session.get(f"{site.url}/nca/news/a-new-page")
        assert fresh.status_code == 200
        assert "A new page" in fresh.text
        stamp = os.stat(added).st_mtime
        assert parsedate_to_datetime(fresh.headers["Last-Modified"]) == datetime.fromtimestamp(int(stamp), UTC)


def test_copy_site_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(UserError, match="not an empty directory"):
        copy_site(tmp_path)


def test_a_root_that_is_not_a_mirror_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a directory"):
        SampleSite(root=tmp_path / "missing")
    with pytest.raises(UserError, match="not a sample site"):
        SampleSite(root=tmp_path)


def test_stop_ends_kept_alive_connections(session: requests.Session) -> None:
    site = SampleSite()
    assert session.get(f"{site.url}/eccp/robots.txt").status_code == 200
    site.stop()
    site.stop()  # twice is fine
    with pytest.raises(requests.ConnectionError):
        session.get(f"{site.url}/eccp/robots.txt", timeout=5)


def test_main_serve_reports_bad_options_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="--faults: unknown fault kind"):
        main_serve(0, None, "explode@/eccp/*")
    with pytest.raises(UserError, match="not a sample site"):
        main_serve(0, tmp_path, None)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(UserError, match="cannot listen"):
            main_serve(taken.getsockname()[1], None, None)


def test_the_manifest_lists_every_file_with_its_hash() -> None:
    root = packaged_root()
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.name != "manifest.json"}
    assert set(manifest["files"]) == on_disk
    for name, entry in manifest["files"].items():
        assert hashlib.sha256((root / name).read_bytes()).hexdigest() == entry["sha256"], name


def test_last_modified_comes_from_the_manifest_not_the_checkout(tmp_path: Path) -> None:
    manifest = json.loads((packaged_root() / "manifest.json").read_text(encoding="utf-8"))
    expected = datetime.fromisoformat(manifest["files"]["eccp/events.html"]["last_modified"])
    copy = copy_site(tmp_path / "copy")
    os.utime(copy / "eccp" / "events.html")  # a fresh checkout or copy has new mtimes; the content is unchanged
    with SampleSite() as packaged, SampleSite(root=copy) as copied:
        for site in (packaged, copied):
            served = requests.get(f"{site.url}/eccp/events", timeout=10).headers["Last-Modified"]
            assert parsedate_to_datetime(served) == expected
