"""The analysts' notebook runs top to bottom against a release and draws its charts."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from publish.helpers import corpus_tables, release

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore_eccp_events.ipynb"


def test_notebook_is_stored_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code)


def execute(home: Path, monkeypatch: pytest.MonkeyPatch, cwd: Path) -> nbformat.NotebookNode:
    monkeypatch.setenv("HARVEST_HOME", str(home))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=240, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    return notebook


def outputs(notebook: nbformat.NotebookNode, kind: str) -> list[str]:
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if kind in output.get("data", {}):
                found.append(output["data"][kind])
            elif kind == "text/plain" and output.get("output_type") == "stream":
                found.append(output["text"])
    return found


@pytest.mark.slow
def test_notebook_runs_against_the_latest_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    releases = tmp_path / "datasets" / "eccp-events"
    release(releases, corpus_tables())
    notebook = execute(tmp_path, monkeypatch, tmp_path)
    assert len(outputs(notebook, "image/png")) == 3  # events per month, speakers + organisations, Euroclusters
    text = "\n".join(outputs(notebook, "text/plain"))
    assert f"release 2026.11.26 in {releases / '2026.11.26'}" in text
    assert "Marek Przeor" in text and "xBUILD-EU" in text and "EU Clusters Talks" in text


@pytest.mark.slow
@pytest.mark.e2e
def test_notebook_runs_against_a_release_of_the_sample_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """crawl → build → publish of the bundled sample site on 127.0.0.1, then the notebook over its release."""
    from harvest.config import load_settings
    from harvest.home import HarvestHome
    from harvest.pipeline import run

    home = HarvestHome.resolve(tmp_path / "home")
    report = run(home, load_settings(home), sample=True).to_dict()
    assert report["release"]["published"], report
    notebook = execute(home.root, monkeypatch, tmp_path)
    assert len(outputs(notebook, "image/png")) == 3
    assert f"release {report['release']['version']} in" in "\n".join(outputs(notebook, "text/plain"))
