"""Where a harvest keeps its state, raw archive and datasets (`--home DIR`, `HARVEST_HOME`, default: the cwd)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from harvest.errors import UserError

DATASET_NAME = "eccp-events"


@dataclass(frozen=True)
class HarvestHome:
    root: Path

    @classmethod
    def resolve(cls, option: str | os.PathLike[str] | None = None) -> HarvestHome:
        """The home from `--home`, else `$HARVEST_HOME`, else the current directory; created if missing."""
        raw = option if option is not None else os.environ.get("HARVEST_HOME") or "."
        root = Path(raw).expanduser()
        if root.exists() and not root.is_dir():
            raise UserError(f"--home {raw}: not a directory")
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"--home {raw}: cannot create it ({exc.strerror})") from None
        if not os.access(root, os.W_OK | os.X_OK):
            raise UserError(f"--home {raw}: not writable")
        return cls(root.resolve())

    # Every path the tool writes is listed here, so that a reader finds the layout in one place.
    @property
    def state_dir(self) -> Path:
        return self.root / "state"

    @property
    def state_db(self) -> Path:
        return self.state_dir / "crawl.sqlite"

    @property
    def mode_file(self) -> Path:
        """`sample` or `live`: what this home harvests. One home never mixes the two."""
        return self.state_dir / "mode"

    @property
    def archive_dir(self) -> Path:
        return self.root / "archive"

    @property
    def build_dir(self) -> Path:
        """Tables of the last `harvest build`, waiting for `harvest publish`."""
        return self.state_dir / "build"

    @property
    def parse_cache_db(self) -> Path:
        return self.state_dir / "parsed.sqlite"

    @property
    def datasets_dir(self) -> Path:
        return self.root / "datasets"

    @property
    def releases_dir(self) -> Path:
        return self.datasets_dir / DATASET_NAME

    @property
    def lock_file(self) -> Path:
        return self.root / "harvest.lock"

    @property
    def runs_log(self) -> Path:
        """One JSON run report per line, newest last (read by `harvest status`)."""
        return self.state_dir / "runs.jsonl"

    @property
    def config_file(self) -> Path:
        """Optional operator config overriding the packaged defaults."""
        return self.root / "harvest.toml"

    @property
    def suppressions_file(self) -> Path:
        return self.root / "suppressions.csv"
