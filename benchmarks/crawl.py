"""Crawl benchmarks on the sample site (127.0.0.1, zero delay): incrementality and overhead, printed as figures.

1. Second run over an unchanged site: full-body downloads of event pages (goal: 0; all 304 or skipped by lastmod).
2. After touching 3 event pages: which pages were downloaded again (goal: exactly those 3).
3. Overhead: wall time of a first crawl (fresh home: robots, discovery, pages, WARC, SQLite) against a plain
   `requests.get` loop and a `requests.Session` loop over the very same request targets, measured in the same run
   against the mirror served by another process (goal: crawl ≤ 1.5 × the plain loop). Best of `--repeat` rounds,
   interleaved so that machine noise hits all three alike.

Usage: python benchmarks/crawl.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import requests

from harvest.config import Settings, load_settings
from harvest.fetch.crawler import CrawlReport, crawl
from harvest.fetch.state import CrawlState
from harvest.home import HarvestHome
from harvest.sample_site import SampleSite, copy_site, loopback_path, mirror_file, origin_map

TOUCHED = 3


def fresh_home(base: Path, name: str) -> HarvestHome:
    return HarvestHome.resolve(base / name)


def sample_settings(home: HarvestHome, mapping: Mapping[str, str]) -> Settings:
    return load_settings(home).with_origin_map(mapping)


def event_urls(home: HarvestHome) -> list[str]:
    state = CrawlState(home.state_db)
    try:
        return [page.url for page in state.pages(kind="event") if page.has_copy]
    finally:
        state.close()


def touch_pages(root: Path, urls: list[str]) -> None:
    """Edit each page's file the way a CMS edit would: new bytes, so a new ETag and Last-Modified."""
    for url in urls:
        path = root / mirror_file(url)
        path.write_bytes(path.read_bytes() + b"\n<!-- edited for the benchmark -->\n")


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def incrementality(base: Path) -> None:
    root = copy_site(base / "mirror-incremental")
    home = fresh_home(base, "home-incremental")
    with SampleSite(root) as site:
        settings = sample_settings(home, site.origin_map)
        first = crawl(home, settings)
        events = event_urls(home)
        second = crawl(home, settings)
        touched = sorted(events)[:: max(1, len(events) // TOUCHED)][:TOUCHED]
        touch_pages(root, touched)
        site.clear_requests()
        third = crawl(home, settings)
        downloaded = sorted(
            url for url in events if any(r.status == 200 and r.target == loopback_path(url) for r in site.requests)
        )
    print(
        f"first run: {first.events.pages_seen} event pages, {first.events.fetched} downloaded, exit {first.exit_code}"
    )
    show_failures(first)
    e = second.events
    print(
        f"second run (unchanged site): event pages full-body downloads {e.fetched} (goal 0); "
        f"304 not modified {e.not_modified}, skipped by lastmod {e.skipped_lastmod}, of {e.pages_seen}"
    )
    t = third.events
    print(
        f"after touching {len(touched)} pages: re-downloaded {t.fetched} (changed {t.changed}), "
        f"not modified {t.not_modified}; exactly the touched ones: {downloaded == sorted(touched)}"
    )
    for url in touched:
        print(f"  touched {url}")


def show_failures(report: CrawlReport) -> None:
    for failure in report.failures:
        print(f"  failure: {failure['url']}: {failure['reason']} ({failure['detail']})")


@contextmanager
def served_elsewhere(root: Path) -> Iterator[str]:
    """The mirror served by another process, as a real site would be: its work does not share our interpreter."""
    server = subprocess.Popen(
        [sys.executable, "-m", "harvest.sample_site", "--root", str(root)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        first_line = server.stdout.readline()  # "Sample site: http://127.0.0.1:PORT  (mirror: …)"
        yield first_line.split()[2]
    finally:
        server.terminate()
        server.wait(timeout=30)


def overhead(base: Path, repeat: int) -> None:
    root = copy_site(base / "mirror-overhead")
    with SampleSite(root) as site:
        probe = fresh_home(base, "home-probe")
        crawl(probe, sample_settings(probe, site.origin_map))
        targets = [r.target for r in site.requests]
    crawl_times, get_times, session_times = [], [], []
    with served_elsewhere(root) as url:
        urls = [url + target for target in targets]
        for round_number in range(repeat):
            home = fresh_home(base, f"home-overhead-{round_number}")
            settings = sample_settings(home, origin_map(url))
            get_times.append(timed(lambda: [requests.get(u, timeout=30).content for u in urls]))
            with requests.Session() as session:
                session_times.append(timed(lambda s=session: [s.get(u, timeout=30).content for u in urls]))
            crawl_times.append(timed(lambda h=home, s=settings: crawl(h, s)))
    best_crawl, best_get, best_session = min(crawl_times), min(get_times), min(session_times)
    print(f"overhead over the {len(targets)} requests of a first crawl (server in another process; best of {repeat},")
    print("medians in brackets):")
    print(f"  plain requests.get loop    {best_get:7.3f} s  [{statistics.median(get_times):.3f}]")
    print(f"  requests.Session loop      {best_session:7.3f} s  [{statistics.median(session_times):.3f}]")
    print(f"  harvest crawl (fresh home) {best_crawl:7.3f} s  [{statistics.median(crawl_times):.3f}]")
    print(f"  ratio crawl / requests.get loop     {best_crawl / best_get:.2f}x (goal <= 1.5x)")
    print(f"  ratio crawl / requests.Session loop {best_crawl / best_session:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    logging.getLogger("harvest").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        incrementality(Path(tmp))
        overhead(Path(tmp), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
