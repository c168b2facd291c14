"""The `harvest` command: ECCP event pages → versioned open data.

Exit codes: 0 success; 1 finished but some pages failed; 2 fatal (bad config, lock held, release refused).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from harvest import __version__
from harvest.errors import HarvestError, UserError
from harvest.home import HarvestHome
from harvest.log import logger, setup_logging


def _home(args: argparse.Namespace) -> HarvestHome:
    return HarvestHome.resolve(args.home)


def _settings(args: argparse.Namespace, home: HarvestHome) -> Any:
    from harvest.config import load_settings

    config = Path(args.config) if args.config else None
    if config is not None and not config.is_file():
        raise UserError(f"--config {args.config}: no such file")
    return load_settings(home, config)


def _sample_root(args: argparse.Namespace) -> Path | None:
    if args.root is None:
        return None
    if not args.sample:
        raise UserError("--root needs --sample (it is the writable copy of the sample site to serve)")
    root = Path(args.root)
    if not root.is_dir():
        raise UserError(f"--root {args.root}: not a directory (make one with `harvest sample-site --copy-to DIR`)")
    return root


def _write_json(value: Any, indent: int | None) -> None:
    """Print one JSON document; a reader that stops early (`| head`) truncates it without changing the exit code."""
    try:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=indent) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    # The interpreter flushes stdout again at exit; pointing it at /dev/null keeps that flush from failing too.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _emit(report: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _write_json(report, indent=2)


def cmd_parse(args: argparse.Namespace) -> int:
    from harvest.parse import parse_page

    path = Path(args.file)
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{args.file}: {exc.strerror}") from None
    record = parse_page(body, args.url or path.resolve().as_uri())
    _write_json(record.to_dict(), indent=None if args.compact else 2)
    return 0


def cmd_crawl(args: argparse.Namespace) -> int:
    from harvest.lock import HarvestLock
    from harvest.pipeline import claim_mode, crawl_stage, sample_settings

    home = _home(args)
    settings = _settings(args, home)
    with HarvestLock(home.lock_file):
        claim_mode(home, args.sample)
        with sample_settings(settings, args.sample, _sample_root(args)) as effective:
            report = crawl_stage(home, effective)
    _emit(report, args.json)
    _say(
        f"crawl: {report.get('pages_seen', 0)} pages seen, {report.get('fetched', 0)} fetched, "
        f"{report.get('not_modified', 0)} not modified, {sum((report.get('failed') or {}).values())} failed"
    )
    return int(report.get("exit_code", 0))


def cmd_build(args: argparse.Namespace) -> int:
    from harvest.lock import HarvestLock
    from harvest.pipeline import build_stage

    home = _home(args)
    settings = _settings(args, home)
    with HarvestLock(home.lock_file):
        report = build_stage(home, settings, reparse=args.reparse)
    _emit(report, args.json)
    _say(f"build: {report.get('pages_parsed', 0)} pages parsed, {report.get('events', 0)} events")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from harvest.lock import HarvestLock
    from harvest.pipeline import publish_stage

    home = _home(args)
    settings = _settings(args, home)
    with HarvestLock(home.lock_file):
        report = publish_stage(home, settings)
    _emit(report, args.json)
    if report.get("status") == "refused":
        print(f"harvest: release refused: {report.get('reason')}", file=sys.stderr)
        return 2
    _say(_release_line(report))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from harvest.pipeline import run

    home = _home(args)
    settings = _settings(args, home)
    report = run(home, settings, sample=args.sample, sample_root=_sample_root(args), reparse=args.reparse).to_dict()
    _emit(report, args.json)
    line = (
        f"run {report['status']}: {report['pages_seen']} pages seen, {report['fetched']} fetched, "
        f"{report['not_modified']} not modified, {report['failed']} failed, {report['blocked']} blocked; "
        f"{report['events']} events, {report['speakers']} speakers; {_release_line(report['release'])}"
    )
    if report["exit_code"] != 0:
        # Loud when not well, also under cron: one line on stderr, the reason first.
        print(f"harvest: {report.get('error') or 'some pages failed'} — {line}", file=sys.stderr)
    else:
        _say(line)
    return int(report["exit_code"])


def cmd_sample_site(args: argparse.Namespace) -> int:
    from harvest.sample_site import copy_site, main_serve

    if args.copy_to:
        dest = copy_site(Path(args.copy_to))
        print(f"sample site copied to {dest}; serve it with: harvest sample-site --root {dest}")
        return 0
    root = Path(args.root) if args.root else None
    if root is not None and not root.is_dir():
        raise UserError(f"--root {args.root}: not a directory")
    return main_serve(args.port, root, args.faults)


def cmd_status(args: argparse.Namespace) -> int:
    from harvest.pipeline import read_runs

    home = _home(args)
    runs = read_runs(home, last=args.last)
    index_file = home.releases_dir / "index.json"
    index = json.loads(index_file.read_text(encoding="utf-8")) if index_file.exists() else {}
    if args.json:
        _emit({"home": str(home.root), "runs": runs, "latest_release": index.get("latest")}, True)
        return 0
    print(f"home: {home.root}")
    if not runs:
        print("no runs yet")
    for r in runs:
        rel = r.get("release") or {}
        print(
            f"{r.get('started_at')}  {r.get('status'):8} seen {r.get('pages_seen')}, fetched {r.get('fetched')}, "
            f"304 {r.get('not_modified')}, failed {r.get('failed')}; events {r.get('events')}; "
            f"release {rel.get('version') or '-'} ({rel.get('status') or '-'})"
        )
    print(f"latest release: {index.get('latest') or 'none'}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from harvest.publish.validate import validate_release

    path = Path(args.release)
    if not path.is_dir():
        raise UserError(f"{args.release}: not a release folder")
    problems = validate_release(path)
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if not problems:
        _say(f"{path}: valid")
    return 2 if problems else 0


def _release_line(release: dict[str, Any]) -> str:
    if release.get("published"):
        return f"release {release.get('version')} published at {release.get('path')}"
    return f"nothing published ({release.get('reason') or release.get('status') or 'no release'})"


def _say(line: str) -> None:
    """A summary for people at a terminal; cron (no TTY) stays quiet when all is well."""
    if sys.stdout.isatty():
        print(line)
    else:
        logger.info(line)


def add_global_options(parser: argparse.ArgumentParser, defaults: bool = True) -> None:
    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    parser.add_argument(
        "--home", default=default(None), help="where state, archive and datasets live (default: $HARVEST_HOME or .)"
    )
    parser.add_argument(
        "--config",
        default=default(None),
        help="sources/settings TOML (default: HOME/harvest.toml, else packaged defaults)",
    )
    parser.add_argument("-v", "--verbose", action="count", default=default(0), help="more log lines (-vv: debug)")
    parser.add_argument("-q", "--quiet", action="store_true", default=default(False), help="warnings and errors only")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="harvest", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"eccp-harvest {__version__}")
    add_global_options(parser)
    # The same options are accepted after the command too (`harvest run --home DIR`); there they default to
    # "not given", so that they never undo what was given before the command.
    common = argparse.ArgumentParser(add_help=False)
    add_global_options(common, defaults=False)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_parser = functools.partial(sub.add_parser, parents=[common])

    p = add_parser("parse", help="print the PageRecord JSON of one saved page")
    p.add_argument("file")
    p.add_argument("--url", help="the URL the page was fetched from")
    p.add_argument("--compact", action="store_true", help="one line of JSON")
    p.set_defaults(func=cmd_parse)

    def sample_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--sample", action="store_true", help="harvest the bundled sample site on 127.0.0.1")
        p.add_argument("--root", help="with --sample: serve this writable copy of the sample site")

    p = add_parser("crawl", help="discover and fetch pages into the archive")
    sample_options(p)
    p.add_argument("--json", action="store_true", help="print the crawl report as JSON")
    p.set_defaults(func=cmd_crawl)

    p = add_parser("build", help="parse the archive (no network) and build the tables")
    p.add_argument("--reparse", action="store_true", help="re-parse every archived page, ignoring the parse cache")
    p.add_argument("--json", action="store_true", help="print the build report as JSON")
    p.set_defaults(func=cmd_build)

    p = add_parser("publish", help="publish the built tables as a new release (if they changed)")
    p.add_argument("--json", action="store_true", help="print the publish report as JSON")
    p.set_defaults(func=cmd_publish)

    p = add_parser("run", help="crawl → build → publish")
    sample_options(p)
    p.add_argument("--reparse", action="store_true", help="re-parse every archived page")
    p.add_argument("--json", action="store_true", help="print the run report as one JSON object on stdout")
    p.set_defaults(func=cmd_run)

    p = add_parser("sample-site", help="serve the bundled mirror on 127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    p.add_argument("--root", help="serve this writable copy instead of the bundled mirror")
    p.add_argument("--faults", help="fault plan (JSON file or compact spec) for crawler tests")
    p.add_argument("--copy-to", help="copy the bundled mirror to this folder (to edit it) and exit")
    p.set_defaults(func=cmd_sample_site)

    p = add_parser("status", help="last runs, counts, latest release")
    p.add_argument("--last", type=int, default=5, help="how many runs to show")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = add_parser("validate", help="check a release folder: checksums, schemas, keys, foreign keys")
    p.add_argument("release", help="release folder, e.g. datasets/eccp-events/2026.11.26")
    p.set_defaults(func=cmd_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose, args.quiet)
    try:
        return int(args.func(args))
    except HarvestError as exc:
        print(f"harvest: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("harvest: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of our output went away (`harvest status | head -1`): not an error
        _silence_stdout()
        return 0
    except Exception as exc:  # a bug, not a user mistake: keep the traceback for the report
        traceback.print_exc()
        print(f"harvest: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
