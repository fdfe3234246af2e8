"""The analyst notebooks run top to bottom, offline, in a fresh kernel; and they are kept in git without outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
ALL = sorted(NOTEBOOKS.glob("*.ipynb"))


def test_there_are_three_notebooks():
    names = [p.name for p in ALL]
    assert len(names) == 3, names
    assert [n[:3] for n in names] == ["01_", "02_", "03_"]


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_notebook_is_stored_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: outputs not stripped"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_notebook_uses_a_throwaway_data_dir(path):
    source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells)
    assert 'os.environ["CONFLICTMAP_DATA_DIR"] = tempfile.mkdtemp(' in source


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_notebook_executes_top_to_bottom(path, tmp_path, monkeypatch):
    from nbclient import NotebookClient

    # The kernel inherits the environment: keep the test runner's data dir and database out of it.
    monkeypatch.delenv("CONFLICTMAP_DATA_DIR", raising=False)
    monkeypatch.delenv("CONFLICTMAP_DATABASE_URL", raising=False)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the notebook's mkdtemp lands here and is cleaned up
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    client.execute()  # raises CellExecutionError naming the failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
