from __future__ import annotations

from pathlib import Path

import pytest

from harvest.parse import PageRecord, parse_page

PAGES = Path(__file__).parent / "pages"


@pytest.fixture
def parse_fixture():
    def parse(name: str, url: str | None = None) -> PageRecord:
        return parse_page((PAGES / name).read_bytes(), url or f"https://example.org/{name}")

    return parse
