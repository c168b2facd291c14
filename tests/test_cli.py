"""The command line: one-line errors for user mistakes, exit codes, parse output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from harvest.cli import main
from harvest.lock import HarvestLock


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "harvest", *args], capture_output=True, text=True, env=env)


def test_bad_home_is_a_one_line_error(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    result = run_cli("--home", str(not_a_dir), "status")
    assert result.returncode == 2
    assert result.stderr.strip() == f"harvest: --home {not_a_dir}: not a directory"
    assert "Traceback" not in result.stderr


def test_parse_of_a_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = run_cli("parse", str(tmp_path / "missing.html"), "--url", "https://example.org/")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("harvest: ")
    assert "Traceback" not in result.stderr


def test_parse_prints_one_json_object_even_for_a_non_event(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Access denied</title></head><body><h1>Access denied</h1></body></html>")
    result = run_cli("parse", str(page), "--url", "https://clustercollaboration.eu/user/login")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["url"] == "https://clustercollaboration.eu/user/login"
    assert record["is_event"] is False


def test_a_reader_that_stops_early_truncates_the_output_without_an_error(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>EU Clusters Talk</h1>" + "<p>On 8 March 2023, 8:30 CET.</p>" * 2000 + "</body></html>"
    )
    # The pipe closes before the record is written, as `harvest parse … | head -c 1` does.
    harvest = subprocess.Popen(
        [sys.executable, "-m", "harvest", "parse", str(page), "--url", "https://example.org/talk"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert harvest.stdout is not None and harvest.stderr is not None
    harvest.stdout.close()
    stderr = harvest.stderr.read().decode()
    assert harvest.wait() == 0
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


def test_run_while_the_home_is_locked_exits_2_with_one_line(tmp_path: Path, capsys) -> None:
    with HarvestLock(tmp_path / "harvest.lock"):
        code = main(["--home", str(tmp_path), "run", "--sample"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.startswith("harvest: another harvest is running in this home")
    assert len(err.splitlines()) == 1


def test_root_without_sample_is_refused(tmp_path: Path, capsys) -> None:
    code = main(["--home", str(tmp_path), "run", "--root", str(tmp_path)])
    assert code == 2
    assert "--root needs --sample" in capsys.readouterr().err


def test_status_of_an_empty_home(tmp_path: Path, capsys) -> None:
    assert main(["--home", str(tmp_path), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["runs"] == [] and status["latest_release"] is None


def test_global_options_go_before_or_after_the_command() -> None:
    from harvest.cli import build_parser

    parse = build_parser().parse_args
    assert parse(["run", "--sample", "--json", "--home", "H"]).home == "H"  # issue 2's acceptance command
    assert parse(["--home", "A", "status"]).home == "A"
    assert parse(["--home", "A", "status", "--home", "B"]).home == "B"
    assert parse(["--config", "c.toml", "crawl"]).config == "c.toml"
    after = parse(["build", "-v", "--config", "c.toml"])
    assert (after.verbose, after.config, after.home, after.quiet) == (1, "c.toml", None, False)
    assert parse(["-q", "publish"]).quiet is True


def test_a_home_never_mixes_sample_and_live_harvests(tmp_path: Path, capsys) -> None:
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "mode").write_text("live\n")
    code = main(["run", "--sample", "--home", str(tmp_path)])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err == f"harvest: --home {tmp_path} holds a live harvest; drop --sample"
    assert not (tmp_path / "archive").exists()  # refused before anything was fetched
