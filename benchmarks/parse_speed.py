"""Pages per second of `parse_page`, against `lxml.html.fromstring` and `trafilatura.extract` on the same pages.

Pages: the sample site's (`harvest/data/sample_site/**/*.html`), else the shared DEV corpus. All three run in this
process on this machine, so only the ratios mean something. Goal: parse_page ≥ 0.30 of the lxml rate.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

from harvest.parse import parse_page

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SITE = ROOT / "harvest" / "data" / "sample_site"
CORPUS = ROOT.parent / "shared" / "corpus" / "pages"


def load_pages() -> tuple[str, list[bytes]]:
    pages = sorted(SAMPLE_SITE.rglob("*.html")) if SAMPLE_SITE.is_dir() else []
    source = "sample site"
    if not pages:
        pages, source = sorted(CORPUS.glob("*.html")), "DEV corpus"
    if not pages:
        sys.exit("no pages: neither harvest/data/sample_site nor ../shared/corpus/pages exist")
    return f"{source} ({len(pages)} pages)", [p.read_bytes() for p in pages]


def rates(contenders: dict[str, Callable[[bytes], object]], pages: list[bytes], rounds: int) -> dict[str, float]:
    """Median pages/s per contender; contenders alternate within each round so that load from other jobs on a
    shared machine hits them alike."""
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, work in contenders.items():
            started = time.perf_counter()
            for page in pages:
                work(page)
            samples[name].append(len(pages) / (time.perf_counter() - started))
    return {name: statistics.median(values) for name, values in samples.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    label, pages = load_pages()
    url = "https://clustercollaboration.eu/content/benchmark"
    for page in pages[:3]:  # warm-up: imports, regex compilation, reference table
        parse_page(page, url)
    contenders: dict[str, Callable[[bytes], object]] = {
        "lxml.html.fromstring": lxml.html.fromstring,
        "parse_page": lambda page: parse_page(page, url),
    }
    try:
        import trafilatura

        contenders["trafilatura.extract"] = trafilatura.extract
    except ImportError:
        print("trafilatura not installed (pip install -e '.[bench]'): skipped")
    measured = rates(contenders, pages, args.rounds)
    print(f"pages: {label}, {args.rounds} rounds")
    for name, value in measured.items():
        print(f"  {name:<22} {value:8.1f} pages/s")
    lxml_rate = measured["lxml.html.fromstring"]
    print(f"ratio parse_page / lxml.html.fromstring: {measured['parse_page'] / lxml_rate:.2f} (goal >= 0.30)")
    if "trafilatura.extract" in measured:
        ratio = measured["parse_page"] / measured["trafilatura.extract"]
        print(f"ratio parse_page / trafilatura.extract:  {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
