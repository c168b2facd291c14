"""`python -m harvest.sample_site [--port N] [--root DIR] [--faults SPEC] [--verbose]`: serve the sample site."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from harvest.errors import HarvestError
from harvest.sample_site.server import main_serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m harvest.sample_site", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--root", type=Path, help="serve this mirror (e.g. a copy) instead of the packaged one")
    parser.add_argument("--faults", help="fault plan: compact form, JSON text or a .json file")
    parser.add_argument("--verbose", action="store_true", help="one line per request on stderr")
    args = parser.parse_args(argv)
    try:
        return main_serve(args.port, args.root, args.faults, verbose=args.verbose)
    except HarvestError as exc:
        print(f"harvest: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
