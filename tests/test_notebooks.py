"""The notebooks run top to bottom against the shared corpus (they are committed without outputs)."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, corpus, monkeypatch):
    monkeypatch.setenv("OMBNLP_CORPUS", str(corpus.resolve()))
    notebook = nbformat.read(path, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), "commit without outputs"
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()


def test_there_are_two_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01_corpus.ipynb", "02_errors.ipynb"]
