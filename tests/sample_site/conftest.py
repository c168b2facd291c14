from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from harvest.sample_site import SampleSite, copy_site, loopback_path

# The corpus the mirror is built from (tests/corpus, a vendored copy of ../shared/corpus).
CORPUS = Path(__file__).resolve().parents[1] / "corpus"  # vendored copy of ../shared/corpus


@pytest.fixture(scope="module")
def site() -> Iterator[SampleSite]:
    """The packaged mirror, served once per test module."""
    with SampleSite() as running:
        yield running


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as client:
        yield client


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    return copy_site(tmp_path / "mirror")


def fetch(site: SampleSite, url: str, session: requests.Session | None = None, **options: object) -> requests.Response:
    """GET a production URL (or a loopback path) from the sample site."""
    target = url if url.startswith("/") else loopback_path(url)
    return (session or requests).get(site.url + target, timeout=10, **options)  # type: ignore[arg-type]
