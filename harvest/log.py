"""Logging and progress: bars on a terminal, plain log lines when not a TTY (cron stays quiet unless it matters)."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

logger = logging.getLogger("harvest")


def setup_logging(verbose: int = 0, quiet: bool = False) -> None:
    # Off a terminal (cron) the default is warnings only: quiet when all is well, loud when not.
    if verbose > 1:
        level = logging.DEBUG
    elif verbose == 1 or (sys.stderr.isatty() and not quiet):
        level = logging.INFO
    else:
        level = logging.WARNING
    handler: logging.Handler
    if sys.stderr.isatty():
        from rich.logging import RichHandler

        handler = RichHandler(show_path=False, rich_tracebacks=False, markup=False)
        handler.setFormatter(logging.Formatter("%(message)s"))
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("harvest")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    if verbose < 2:
        logging.getLogger("urllib3").setLevel(logging.WARNING)


def progress(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    """Yield `items`, showing a progress bar on a terminal; off a terminal, log one line per ~10 s and at the end."""
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    if sys.stderr.isatty() and logger.isEnabledFor(logging.INFO):
        from rich.progress import track

        yield from track(items, description=description, total=total, transient=True)
        return
    started = last = time.monotonic()
    count = 0
    for item in items:
        yield item
        count += 1
        now = time.monotonic()
        if now - last >= 10:
            logger.info("%s: %d%s", description, count, f"/{total}" if total else "")
            last = now
    logger.debug("%s: %d done in %.1fs", description, count, time.monotonic() - started)
