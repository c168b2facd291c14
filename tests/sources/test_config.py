"""Settings: packaged defaults, operator overrides key by key, clear errors, the sample-site origin map."""

from __future__ import annotations

from pathlib import Path

import pytest

from harvest.config import load_settings
from harvest.errors import UserError
from harvest.home import HarvestHome


@pytest.fixture
def home(tmp_path: Path) -> HarvestHome:
    return HarvestHome.resolve(tmp_path / "home")


def test_packaged_defaults(home: HarvestHome) -> None:
    settings = load_settings(home)
    assert [s.key for s in settings.enabled_sources] == ["eccp", "nca"]
    eccp = settings.sources[0]
    assert eccp.base_url == "https://clustercollaboration.eu" and eccp.module == "harvest.sources.eccp"
    assert not eccp.fetch_assets
    crawl = settings.crawl
    assert (crawl.connect_timeout, crawl.read_timeout, crawl.max_tries, crawl.delay) == (10.0, 30.0, 5, 1.0)
    assert crawl.max_body_bytes == 20_000_000 and crawl.max_redirects == 5


def test_home_config_overrides_key_by_key(home: HarvestHome) -> None:
    home.config_file.write_text('[crawl]\ncontact = "mailto:ops@example.org"\n[sources.nca]\nenabled = false\n')
    settings = load_settings(home)
    assert [s.key for s in settings.enabled_sources] == ["eccp"]
    assert settings.crawl.read_timeout == 30.0
    assert "mailto:ops@example.org" in settings.crawl.user_agent_header


def test_explicit_config_file(home: HarvestHome, tmp_path: Path) -> None:
    path = tmp_path / "other.toml"
    path.write_text("[sources.eccp]\ndelay = 3\n[publish]\ntitle = 'x'\n")
    settings = load_settings(home, path)
    assert settings.sources[0].delay == 3.0
    assert settings.extra["publish"] == {"title": "x"}
    with pytest.raises(UserError, match=r"missing\.toml"):
        load_settings(home, tmp_path / "missing.toml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[crawl]\nread_timeout = 'slow'\n", "read_timeout: expected a number"),
        ("[crawl]\nretries = 3\n", "unknown setting retries"),
        ("[sources.eccp]\nlistings = '/events'\n", "listings: expected a list of strings"),
        ("[sources.eccp]\nmax_listing_pages = 0\n", "max_listing_pages: expected a whole number"),
        ("[sources.eccp]\nbase_url = 'clustercollaboration.eu'\n", "base_url must be an origin"),
        ("[sources.toy]\nenabled = true\n", "base_url"),
        ("[crawl\n", "config"),
        ("[publsh]\ntitle = 'x'\n", r"unknown table \[publsh\] \(known: \[crawl\], \[sources\], \[publish\]\)"),
    ],
)
def test_bad_config_is_a_clear_error(home: HarvestHome, text: str, message: str) -> None:
    home.config_file.write_text(text)
    with pytest.raises(UserError, match=message):
        load_settings(home)


def test_origin_map_for_the_sample_site(home: HarvestHome) -> None:
    mapping = {
        "https://www.clustercollaboration.eu": "http://127.0.0.1:9/eccp",
        "https://clustercollaboration.eu": "http://127.0.0.1:9/eccp",
        "https://www.nca.cz": "http://127.0.0.1:9/nca/",
    }
    settings = load_settings(home).with_origin_map(mapping)
    assert dict(settings.origin_map) == {
        "https://clustercollaboration.eu": "http://127.0.0.1:9/eccp",
        "https://nca.cz": "http://127.0.0.1:9/nca",
    }
    assert all(s.delay == 0.0 for s in settings.sources)  # loopback: no delay (robots.txt still obeyed)
    remote = load_settings(home).with_origin_map({"https://nca.cz": "https://mirror.example.org/nca"})
    assert remote.sources[1].delay is None
