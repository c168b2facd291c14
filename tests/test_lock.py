"""The home lock: one harvest at a time, stale locks taken over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from harvest.errors import LockHeld
from harvest.lock import HarvestLock

HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from harvest.lock import HarvestLock
    lock = HarvestLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_second_holder_is_refused_with_the_holders_pid(tmp_path: Path) -> None:
    path = tmp_path / "harvest.lock"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockHeld, match=f"pid {holder.pid}"):
            HarvestLock(path).acquire()
    finally:
        holder.kill()
        holder.wait()


def test_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "harvest.lock"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    holder.kill()  # SIGKILL: no clean-up code runs, the file keeps the dead pid
    holder.wait()
    assert json.loads(path.read_text())["pid"] == holder.pid
    with HarvestLock(path):
        assert json.loads(path.read_text())["pid"] == os.getpid()
    assert path.read_text() == ""  # released: no pid left behind to look stale


def test_lock_is_reentrant_after_release(tmp_path: Path) -> None:
    path = tmp_path / "harvest.lock"
    with HarvestLock(path):
        pass
    with HarvestLock(path):
        pass
