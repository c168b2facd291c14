"""Crash safety: SIGKILL the crawl process at several points; the next run completes and nothing is corrupt or lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from harvest.fetch.archive import iter_members
from harvest.fetch.state import CrawlState
from harvest.fetch.store import iter_stored_pages
from harvest.home import HarvestHome
from harvest.sample_site import copy_site

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

MIRRORED_EVENT_PAGES = 31
# Kill after this many log lines of the crawl (one per page outcome at -vv): at start-up, during discovery, early
# and late among the event pages.
KILL_AFTER_LINES = (0, 4, 12, 25, 40)


def crawl_command(home: Path, mirror: Path) -> list[str]:
    return [sys.executable, "-m", "harvest.fetch.crawler", "--home", str(home), "--sample-root", str(mirror), "-vv"]


def run_and_kill(home: Path, mirror: Path, lines: int) -> bool:
    """Start a crawl, SIGKILL it after `lines` lines of log; True when it was killed before finishing."""
    process = subprocess.Popen(
        crawl_command(home, mirror),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=os.environ | {"PYTHONUNBUFFERED": "1"},
    )
    assert process.stderr is not None
    seen = 0
    while seen < lines and process.stderr.readline():
        seen += 1
    process.send_signal(signal.SIGKILL)
    process.stderr.close()
    return process.wait(timeout=60) == -signal.SIGKILL


def test_sigkill_at_several_points_then_a_clean_run(tmp_path: Path) -> None:
    mirror = copy_site(tmp_path / "site")
    home = tmp_path / "home"
    home.mkdir()
    # Commit after every page (not every second): the kills then land between commits as well as inside them.
    (home / "harvest.toml").write_text("[crawl]\ncommit_every = 0.0\n")
    killed = [run_and_kill(home, mirror, lines) for lines in KILL_AFTER_LINES]
    assert sum(killed) >= 3  # most kills land mid-run (a fast machine may finish a late one first)

    survived = list(iter_stored_pages(HarvestHome.resolve(home)))  # what the killed runs committed is readable
    assert 0 < len(survived) < MIRRORED_EVENT_PAGES

    final = subprocess.run(crawl_command(home, mirror), capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr[-2000:]

    harvest_home = HarvestHome.resolve(home)
    state = CrawlState(harvest_home.state_db)
    assert state.integrity_check() == "ok"
    assert state.unfinished_runs() == []
    state.close()

    archives = sorted(harvest_home.archive_dir.glob("*.warc.gz"))
    assert len(archives) >= 2
    for path in archives:  # every file reads back completely: whole gzip members to the last byte, valid records
        assert list(iter_members(path))[-1] == path.stat().st_size, path.name
        with open(path, "rb") as handle:
            records = [record.rec_type for record in ArchiveIterator(handle) if record.content_stream().read() or True]
        assert records[0] == "warcinfo"

    stored = list(iter_stored_pages(harvest_home))  # each body checked against its sha256 on the way
    assert len(stored) == MIRRORED_EVENT_PAGES
