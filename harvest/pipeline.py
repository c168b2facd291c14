"""crawl → build → publish under the home's lock, and the run report that operators and cron read."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harvest.errors import UserError
from harvest.home import HarvestHome
from harvest.lock import HarvestLock
from harvest.log import logger

if TYPE_CHECKING:
    from harvest.config import Settings

# Exit codes (design: 0 success; 1 finished but some pages failed; 2 fatal).
EXIT_OK, EXIT_PARTIAL, EXIT_FATAL = 0, 1, 2
STATUS_BY_EXIT = {EXIT_OK: "ok", EXIT_PARTIAL: "partial", EXIT_FATAL: "failed"}


@dataclass
class RunReport:
    started_at: str
    finished_at: str | None = None
    status: str = "running"  # ok | partial | failed
    exit_code: int = EXIT_OK
    crawl: dict[str, Any] = field(default_factory=dict)
    build: dict[str, Any] = field(default_factory=dict)
    release: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The run report JSON: the design's top-level counts first, then each stage's own report."""
        failed = self.crawl.get("failed") or {}
        return {
            "status": self.status,
            "exit_code": self.exit_code,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "pages_seen": self.crawl.get("pages_seen", 0),
            "fetched": self.crawl.get("fetched", 0),
            "not_modified": self.crawl.get("not_modified", 0),
            "skipped_lastmod": self.crawl.get("skipped_lastmod", 0),
            "failed": sum(failed.values()) if isinstance(failed, dict) else failed,
            "failed_by_reason": failed if isinstance(failed, dict) else {},
            "blocked": self.crawl.get("blocked", 0),
            "gone": self.crawl.get("gone", 0),
            "events": self.build.get("events", 0),
            "speakers": self.build.get("speakers", 0),
            "release": {
                "version": self.release.get("version"),
                "path": self.release.get("path"),
                "published": bool(self.release.get("published")),
                "status": self.release.get("status"),
                "reason": self.release.get("reason"),
            },
            "error": self.error,
            "stages": {"crawl": self.crawl, "build": self.build, "publish": self.release},
        }


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@contextlib.contextmanager
def sample_settings(settings: Settings, sample: bool, sample_root: Path | None) -> Iterator[Settings]:
    """With `sample`, serve the bundled mirror (or a writable copy at `sample_root`) on 127.0.0.1 for the block."""
    if not sample:
        yield settings
        return
    from harvest.sample_site import SampleSite

    with SampleSite(root=sample_root) as site:
        logger.info("sample site serving on %s", site.url)
        yield settings.with_origin_map(site.origin_map)


def claim_mode(home: HarvestHome, sample: bool) -> None:
    """A home harvests either the sample site or the live sites, never both: a sample crawl into a live home would
    mark every live page missing from the mirror as gone and withdraw its event."""
    mode = "sample" if sample else "live"
    recorded = home.mode_file.read_text(encoding="utf-8").strip() if home.mode_file.exists() else None
    if recorded is None:
        home.state_dir.mkdir(parents=True, exist_ok=True)
        home.mode_file.write_text(mode + "\n", encoding="utf-8")
    elif recorded != mode:
        hint = "drop --sample" if recorded == "live" else "add --sample, or use another --home for live harvests"
        raise UserError(f"--home {home.root} holds a {recorded} harvest; {hint}")


def crawl_stage(home: HarvestHome, settings: Settings) -> dict[str, Any]:
    from harvest.fetch.crawler import crawl

    return crawl(home, settings).to_dict()


def build_stage(home: HarvestHome, settings: Settings, reparse: bool = False) -> dict[str, Any]:
    from harvest.tables.build import build

    return build(home, settings, reparse=reparse).to_dict()


def publish_stage(home: HarvestHome, settings: Settings) -> dict[str, Any]:
    from harvest.publish import publish

    return publish(home, settings).to_dict()


def run(
    home: HarvestHome,
    settings: Settings,
    *,
    sample: bool = False,
    sample_root: Path | None = None,
    reparse: bool = False,
) -> RunReport:
    """One whole harvest. A crawl that fetched nothing, or a refused release, publishes nothing (exit 2)."""
    report = RunReport(started_at=now_utc())
    with HarvestLock(home.lock_file):
        claim_mode(home, sample)
        try:
            with sample_settings(settings, sample, sample_root) as effective:
                report.crawl = crawl_stage(home, effective)
            crawl_exit = int(report.crawl.get("exit_code", EXIT_OK))
            if crawl_exit == EXIT_FATAL:
                report.error = "no page could be fetched; nothing built or published"
                report.exit_code = EXIT_FATAL
            else:
                report.build = build_stage(home, settings, reparse=reparse)
                report.release = publish_stage(home, settings)
                if report.release.get("status") == "refused":
                    report.error = f"release refused: {report.release.get('reason')}"
                    report.exit_code = EXIT_FATAL
                else:
                    report.exit_code = crawl_exit
        except BaseException as exc:
            report.exit_code = EXIT_FATAL
            report.error = report.error or f"{type(exc).__name__}: {exc}"
            raise
        finally:
            report.finished_at = now_utc()
            report.status = STATUS_BY_EXIT.get(report.exit_code, "failed")
            record_run(home, report)
    return report


def record_run(home: HarvestHome, report: RunReport) -> None:
    home.runs_log.parent.mkdir(parents=True, exist_ok=True)
    with home.runs_log.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")


def read_runs(home: HarvestHome, last: int = 5) -> list[dict[str, Any]]:
    if not home.runs_log.exists():
        return []
    lines = home.runs_log.read_text(encoding="utf-8").splitlines()
    runs = []
    for line in lines[-last:]:
        with contextlib.suppress(ValueError):
            runs.append(json.loads(line))
    return runs
