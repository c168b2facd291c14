"""Crawl benchmarks on the sample site (127.0.0.1, zero delay): incrementality and overhead, printed as figures.

1. Second run over an unchanged site: full-body downloads of event pages (goal: 0; all 304 or skipped by lastmod).
2. After touching 3 event pages: which pages were downloaded again (goal: exactly those 3).
3. Overhead: wall time of a first crawl (fresh home: robots, discovery, pages, WARC, SQLite) against a plain
   `requests.get` loop and a `requests.Session` loop over the very same request targets, measured in the same run
   against the mirror served by another process (goal: crawl ≤ 1.5 × the plain loop). Twice: on the sample site
   (~50 requests: fixed per-run costs weigh) and on a synthetic site of `--extra` more event pages (copies of the
   mirror's pages under new slugs, linked from the /events listing and a third sitemap chunk; made in a temporary
   copy, never in the packaged mirror), where the per-request cost is what counts. The contenders take turns in
   rotating order round after round, so that machine noise and drift hit all three alike; the figures are the
   medians and the bests of the rounds, and the median of the per-round ratios.

Usage: python benchmarks/crawl.py [--repeat 15] [--repeat-large 7] [--extra 400]
"""

from __future__ import annotations

import argparse
import logging
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import requests

from harvest.config import Settings, load_settings
from harvest.fetch.crawler import CrawlReport, crawl
from harvest.fetch.state import CrawlState
from harvest.home import HarvestHome
from harvest.sample_site import SampleSite, copy_site, loopback_path, mirror_file, origin_map
from harvest.sample_site.eccp import ORIGIN, Chrome, Node, event_teaser, listing_pages, sitemap_index, sitemap_page

TOUCHED = 3
SYNTHETIC_LASTMOD = datetime(2024, 1, 15, 10, 0, tzinfo=UTC)
_ROW = re.compile(r'<div class="views-row"><article class="teaser teaser--event">.*?</article></div>\n', re.DOTALL)
_ASIDE = re.compile(r'  <aside class="layout-sidebar".*?</aside>\n', re.DOTALL)


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


# -- the synthetic site --------------------------------------------------------------------------------------------


def synthetic_site(dest: Path, extra: int) -> Path:
    """A copy of the sample site with `extra` more ECCP event pages, found through /events and the sitemap."""
    root = copy_site(dest)
    folders = [root / "eccp" / folder for folder in ("content", "event-calendar", "community-event")]
    originals = sorted(path for folder in folders for path in folder.glob("*.html"))
    first_listing = (root / mirror_file(f"{ORIGIN}/events")).read_text(encoding="utf-8")
    rows = _listing_rows(root)
    new_paths = []
    for number in range(extra):
        original = originals[number % len(originals)]
        path = f"/content/benchmark-{number:04d}-{original.stem}"
        # Distinct bytes per copy, as distinct pages have (and so distinct ETags and digests).
        body = original.read_bytes() + f"\n<!-- benchmark copy {number} of {original.name} -->\n".encode()
        (root / mirror_file(ORIGIN + path)).write_bytes(body)
        new_paths.append(path)
        node = Node(
            url=ORIGIN + path,
            node_id=100_000 + number,
            kind="event",
            title=f"Benchmark event {number}",
            summary="",
            published=SYNTHETIC_LASTMOD,
            changed=SYNTHETIC_LASTMOD,
            author="benchmark",
            start=f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}",
        )
        rows.append(event_teaser(node))
    # Two teasers per listing "row": 12 events a listing page, so that 400 extra pages stay under the page cap.
    paired = ["".join(rows[i : i + 2]) for i in range(0, len(rows), 2)]
    aside = _ASIDE.search(first_listing)
    assert aside is not None, "the /events page has no sidebar: the mirror's layout changed"
    for url, html in listing_pages(Chrome(first_listing), "/events", "Events", paired, aside.group(0), "path-events"):
        (root / mirror_file(url)).write_text(html, encoding="utf-8")
    chunks = 3  # the mirror's two chunks plus one for the new pages
    (root / mirror_file(f"{ORIGIN}/sitemap.xml")).write_text(sitemap_index(chunks, SYNTHETIC_LASTMOD), encoding="utf-8")
    entries = [(path, SYNTHETIC_LASTMOD, "weekly") for path in new_paths]
    (root / mirror_file(f"{ORIGIN}/sitemap.xml?page={chunks}")).write_text(sitemap_page(entries), encoding="utf-8")
    return root


def _listing_rows(root: Path) -> list[str]:
    """The event teasers of the mirror's /events listing, in order (the sidebar's teasers left out)."""
    rows: list[str] = []
    for page in range(100):
        path = root / mirror_file(f"{ORIGIN}/events?page={page}")
        if not path.exists():
            break
        html = path.read_text(encoding="utf-8")
        rows += _ROW.findall(html[: html.index("<aside")])
    assert rows, "no event teaser found in /events: the mirror's layout changed"
    return rows


# -- figures -------------------------------------------------------------------------------------------------------


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


def overhead(base: Path, label: str, root: Path, repeat: int) -> None:
    """Crawl vs plain loops over the same request targets, in rotating order round after round."""
    with SampleSite(root) as site:
        probe = fresh_home(base, f"home-probe-{label}")
        report = crawl(probe, sample_settings(probe, site.origin_map))
        targets = [r.target for r in site.requests]
    times: dict[str, list[float]] = {"get": [], "session": [], "crawl": []}
    with served_elsewhere(root) as url:
        urls = [url + target for target in targets]

        def get_loop() -> None:
            for u in urls:
                requests.get(u, timeout=30).content  # noqa: B018 - the body is read, as the crawl reads it

        def session_loop() -> None:
            with requests.Session() as session:
                for u in urls:
                    session.get(u, timeout=30).content  # noqa: B018

        for round_number in range(repeat):
            home = fresh_home(base, f"home-{label}-{round_number}")
            settings = sample_settings(home, origin_map(url))  # read before the clock starts, like the URL lists
            contenders: list[tuple[str, Callable[[], object]]] = [
                ("get", get_loop),
                ("session", session_loop),
                ("crawl", lambda h=home, s=settings: crawl(h, s)),
            ]
            shift = round_number % len(contenders)
            for name, action in contenders[shift:] + contenders[:shift]:
                times[name].append(timed(action))
    best = {name: min(values) for name, values in times.items()}
    median = {name: statistics.median(values) for name, values in times.items()}
    per_round = {
        name: statistics.median(c / b for c, b in zip(times["crawl"], times[name], strict=True))
        for name in ("get", "session")
    }
    print(
        f"overhead, {label}: {len(targets)} requests of a first crawl ({report.events.fetched} event pages; "
        f"server in another process; {repeat} rounds), best and [median]:"
    )
    print(f"  plain requests.get loop    {best['get']:7.3f} s  [{median['get']:.3f}]")
    print(f"  requests.Session loop      {best['session']:7.3f} s  [{median['session']:.3f}]")
    print(f"  harvest crawl (fresh home) {best['crawl']:7.3f} s  [{median['crawl']:.3f}]")
    for name, title in (("get", "requests.get loop    "), ("session", "requests.Session loop")):
        ratios = f"best {best['crawl'] / best[name]:.2f}x  median {median['crawl'] / median[name]:.2f}x"
        goal = "  (goal <= 1.5x)" if name == "get" else ""
        print(f"  ratio crawl / {title}  {ratios}  per-round median {per_round[name]:.2f}x{goal}")
    per_request = (median["crawl"] - median["session"]) / len(targets) * 1000
    print(f"  crawl cost over the Session loop: {per_request:.2f} ms a request (medians)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="rounds on the sample site")
    parser.add_argument("--repeat-large", type=int, default=7, help="rounds on the synthetic site")
    parser.add_argument("--extra", type=int, default=400, help="event pages added to the synthetic site")
    args = parser.parse_args(argv)
    logging.getLogger("harvest").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp:
        base = Path(tmp)
        incrementality(base)
        overhead(base, "sample site", copy_site(base / "mirror-overhead"), args.repeat)
        if args.extra:
            large = synthetic_site(base / "mirror-synthetic", args.extra)
            overhead(base, f"synthetic site (+{args.extra} event pages)", large, args.repeat_large)
    return 0


if __name__ == "__main__":
    sys.exit(main())
