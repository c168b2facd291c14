from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from harvest.sample_site.layout import file_for_target, loopback_path, mirror_file, origin_map


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("/eccp/content/x", "", "eccp/content/x.html"),
        (
            "/eccp/event-calendar/clusters-meet-regions-Kittila-Finland",
            "",
            "eccp/event-calendar/clusters-meet-regions-Kittila-Finland.html",
        ),
        ("/nca/news/x/", "", "nca/news/x/index.html"),
        ("/nca/en/news/", "page=2", "nca/en/news/index@page=2.html"),
        ("/eccp/events", "page=1", "eccp/events@page=1.html"),
        ("/eccp/sitemap.xml", "page=2", "eccp/sitemap@page=2.xml"),
        ("/eccp/robots.txt", "", "eccp/robots.txt"),
        (
            "/eccp/sites/default/files/2022-09/EU%20Talk%20-%20summary.pdf",
            "",
            "eccp/sites/default/files/2022-09/EU Talk - summary.pdf",
        ),
        ("/eccp/user/login", "destination=/content/x", "eccp/user/login@destination=%2Fcontent%2Fx.html"),
        ("/eccp/content/version-2.0", "", "eccp/content/version-2.0.html"),  # not a known extension
    ],
)
def test_file_names_follow_the_convention(path: str, query: str, expected: str) -> None:
    assert file_for_target(path, query) == PurePosixPath(expected)


@pytest.mark.parametrize(
    "path", ["/eccp/../manifest.json", "/eccp/%2e%2e/x", "/eccp//x", "/eccp/%ff", "/eccp/a\\b", "eccp/x"]
)
def test_unsafe_paths_name_no_file(path: str) -> None:
    assert file_for_target(path) is None


def test_production_urls_map_to_the_site_prefix_whatever_the_host_variant() -> None:
    assert mirror_file("https://www.clustercollaboration.eu/content/x") == PurePosixPath("eccp/content/x.html")
    assert mirror_file("http://clustercollaboration.eu/content/x") == PurePosixPath("eccp/content/x.html")
    assert mirror_file("https://nca.cz/news/x") == mirror_file("https://www.nca.cz/news/x")
    assert loopback_path("https://clustercollaboration.eu/events?page=1") == "/eccp/events?page=1"
    with pytest.raises(ValueError, match="not part of the sample site"):
        mirror_file("https://example.org/x")


def test_origin_map_covers_both_schemes_and_hosts() -> None:
    mapping = origin_map("http://127.0.0.1:8123")
    assert mapping["https://clustercollaboration.eu"] == "http://127.0.0.1:8123/eccp"
    assert mapping["http://www.clustercollaboration.eu"] == "http://127.0.0.1:8123/eccp"
    assert mapping["https://www.nca.cz"] == mapping["https://nca.cz"] == "http://127.0.0.1:8123/nca"
    assert len(mapping) == 8
