"""The `harvest` command."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from harvest.errors import HarvestError


def cmd_parse(args: argparse.Namespace) -> int:
    from harvest.parse import parse_page

    path = Path(args.file)
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise HarvestError(f"{args.file}: {exc.strerror}") from None
    record = parse_page(body, args.url or path.resolve().as_uri())
    json.dump(record.to_dict(), sys.stdout, ensure_ascii=False, indent=None if args.compact else 2)
    sys.stdout.write("\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="harvest", description=__doc__)
    parser.add_argument("--home", help="where state, archive and datasets live (default: $HARVEST_HOME or .)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="print the PageRecord JSON of one saved page")
    p.add_argument("file")
    p.add_argument("--url", help="the URL the page was fetched from")
    p.add_argument("--compact", action="store_true", help="one line of JSON")
    p.set_defaults(func=cmd_parse)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except HarvestError as exc:
        print(f"harvest: {exc}", file=sys.stderr)
        return exc.exit_code
