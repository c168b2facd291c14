"""The stages one by one from the command line: crawl → build → publish, then validate and status."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def harvest(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "harvest", "--home", str(home), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def staged_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    crawl = harvest(home, "crawl", "--sample", "--json")
    assert crawl.returncode == 0, crawl.stderr
    assert json.loads(crawl.stdout)["by_kind"]["event"]["fetched"] > 0
    build = harvest(home, "build", "--json")
    assert build.returncode == 0, build.stderr
    assert json.loads(build.stdout)["events"] > 0
    publish = harvest(home, "publish", "--json")
    assert publish.returncode == 0, publish.stderr
    assert json.loads(publish.stdout)["published"] is True
    return home


def latest_release(home: Path) -> Path:
    index = json.loads((home / "datasets" / "eccp-events" / "index.json").read_text())
    return home / "datasets" / "eccp-events" / index["latest"]


def test_build_reads_the_archive_without_network_and_reparse_gives_the_same_tables(staged_home: Path) -> None:
    # No sample site is running now: build only reads the archive.
    again = harvest(staged_home, "build", "--reparse", "--json")
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert report["pages_reparsed"] == report["pages_parsed"] > 0
    publish = harvest(staged_home, "publish", "--json")
    assert json.loads(publish.stdout)["status"] == "unchanged"


def test_validate_accepts_the_release_and_rejects_a_tampered_copy(staged_home: Path, tmp_path: Path) -> None:
    release = latest_release(staged_home)
    ok = harvest(staged_home, "validate", str(release))
    assert ok.returncode == 0, ok.stderr

    copy = tmp_path / release.name
    subprocess.run(["cp", "-r", str(release), str(copy)], check=True)
    events_csv = copy / "events.csv"
    os.chmod(events_csv, stat.S_IWUSR | stat.S_IRUSR)  # release files are read-only
    events_csv.write_text(events_csv.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    bad = harvest(staged_home, "validate", str(copy))
    assert bad.returncode == 2
    assert "events.csv" in bad.stderr


def test_validate_of_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = harvest(tmp_path, "validate", str(tmp_path / "nothing"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"harvest: {tmp_path / 'nothing'}: not a release folder"


def test_status_names_the_latest_release(staged_home: Path) -> None:
    result = harvest(staged_home, "status", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["latest_release"] == latest_release(staged_home).name


def test_sample_site_copy_to_makes_an_editable_mirror(tmp_path: Path) -> None:
    result = harvest(tmp_path, "sample-site", "--copy-to", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "eccp" / "robots.txt").is_file()
    assert (tmp_path / "site" / "nca" / "robots.txt").is_file()
