"""Build the sample-site mirror from the shared corpus, deterministically.

    python -m harvest.sample_site.build --corpus ../shared/corpus --out harvest/data/sample_site

Corpus pages are copied byte for byte to the path of their URL; everything around them (listings, feeds,
sitemaps, robots.txt, news, log-in and error pages, attachments) is generated. `manifest.json` records each
file's sha256 and its Last-Modified date, and the /node/N redirects.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from harvest.sample_site import eccp, nca
from harvest.sample_site.layout import SITES, configured_start_points, site_for_host
from harvest.sample_site.mirror import BuildError, MirrorWriter, load_corpus

BUILDERS = {"eccp": eccp.build, "nca": nca.build}
assert set(BUILDERS) == set(SITES)


def build_mirror(corpus: Path) -> tuple[MirrorWriter, dict[str, dict[str, int]]]:
    """The mirror of every mirrored site in the corpus, and counts of what went into it."""
    pages = load_corpus(corpus)
    writer = MirrorWriter()
    counts = {
        site: builder(writer, [page for page in pages if page.site == site]) for site, builder in BUILDERS.items()
    }
    # `harvest run --sample` starts from the packaged config: a start point the mirror lacks would be a 404 failure.
    missing = [url for url in configured_start_points() if not writer.has(url)]
    if missing:
        raise BuildError(f"the mirror does not serve these start points of harvest/data/sources.toml: {missing}")
    skipped = [page.id for page in pages if page.site is None]
    if skipped:
        counts["skipped (host not mirrored)"] = {"pages": len(skipped)}
    return writer, counts


def dangling_links(writer: MirrorWriter) -> Counter[str]:
    """Links from mirror pages to pages of a mirrored host that the mirror does not have, by first path segment."""
    missing: set[str] = set()
    for relative, item in writer.files.items():
        if relative.suffix != ".html":
            continue
        site = relative.parts[0]
        page_url = f"https://{SITES[site][0]}/"  # only the host matters: the links are absolute or site-relative
        for anchor in BeautifulSoup(item.data, "lxml").find_all("a", href=True):
            url = urljoin(page_url, anchor["href"]).split("#")[0]
            relative_query = anchor["href"].startswith("?")  # pager links: the server tests check those
            if site_for_host(urlsplit(url).hostname or "") and not relative_query and not writer.has(url):
                missing.add(url)
    return Counter(f"{urlsplit(url).hostname}/{urlsplit(url).path.strip('/').split('/')[0]}" for url in missing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harvest.sample_site.build", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="the shared corpus folder (expected.jsonl, pages/)")
    parser.add_argument("--out", type=Path, required=True, help="the mirror folder to (re)write")
    parser.add_argument("--dangling", action="store_true", help="also list links to pages the mirror does not have")
    args = parser.parse_args(argv)
    try:
        writer, counts = build_mirror(args.corpus)
        writer.write(args.out)
    except BuildError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 2
    print(f"{args.out}: {len(writer.files)} files, {len(writer.redirects)} redirects")
    for site, site_counts in counts.items():
        print(f"  {site}: " + ", ".join(f"{count} {kind}" for kind, count in site_counts.items()))
    if args.dangling:
        dangling = dangling_links(writer)
        print(f"  {sum(dangling.values())} distinct links lead to pages outside the mirror:")
        for prefix, count in sorted(dangling.items()):
            print(f"    {prefix}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
