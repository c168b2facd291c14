"""Fixtures for fetcher unit tests: packaged settings, a fake clock whose sleep only advances time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from harvest.config import Settings, load_settings
from harvest.fetch.http import Fetcher
from harvest.home import HarvestHome
from harvest.sources import load_source

ECCP = "https://clustercollaboration.eu"


class FakeClock:
    """`sleep` records each wait and advances `now`: retry timing is checked without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(HarvestHome.resolve(tmp_path / "home"))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_fetcher(settings: Settings, clock: FakeClock) -> Callable[..., Fetcher]:
    def make(custom: Settings | None = None) -> Fetcher:
        chosen = custom or settings
        sources = [load_source(config) for config in chosen.sources]

        def canonicalize(url: str) -> str | None:
            return next((c for s in sources if (c := s.page_url(url)) is not None), None)

        # rng 0.5 makes the jitter factor exactly 1: backoff waits are 1, 2, 4, 8 s.
        return Fetcher(chosen, canonicalize, sleep=clock.sleep, clock=clock, rng=lambda: 0.5)

    return make
