"""The analyst notebooks run top to bottom, offline, in a fresh kernel; and they are kept in git with the
outputs of such a run (`make notebooks`), so a reader on GitHub sees the tables and figures."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
ALL = sorted(NOTEBOOKS.glob("*.ipynb"))
# notebooks/ is not a package of the app: load its runner from the file, as `python -m notebooks.run` does.
_spec = importlib.util.spec_from_file_location("notebooks_run", NOTEBOOKS / "run.py")
run = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run)


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def output_kinds(cell):
    """What a cell showed: ("stream", "stdout"), ("display_data", "image/png"), ... (values vary run to run)."""
    kinds = set()
    for o in cell.outputs:
        if o.output_type == "stream":
            kinds.add((o.output_type, o.name))
        else:
            kinds.update((o.output_type, mime) for mime in o.get("data", {"": None}))
    return kinds


def test_there_are_three_notebooks():
    names = [p.name for p in ALL]
    assert len(names) == 3, names
    assert [n[:3] for n in names] == ["01_", "02_", "03_"]


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_notebook_is_stored_with_the_outputs_of_one_clean_run(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    cells = code_cells(nb)
    # One kernel, top to bottom, every cell once: execution counts 1, 2, 3, ... in order.
    assert [c.execution_count for c in cells] == list(range(1, len(cells) + 1)), (
        f"{path.name}: run `make notebooks`"
    )
    assert sum(bool(c.outputs) for c in cells) >= len(cells) // 2, f"{path.name}: most cells show nothing"
    outputs = [o for c in cells for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = nbformat.writes(nb)
    # No paths of the machine that ran it. The checkout is matched with its trailing separator: a clone at
    # /tmp/c is a prefix of the notebooks' own /tmp/conflictmap-notebook-* scratch folders.
    assert "conflictmap-nb-" not in text and f"{NOTEBOOKS.parent}{os.sep}" not in text
    assert path.stat().st_size < 400_000, f"{path.name}: an output is too big to keep in git"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_notebook_uses_a_throwaway_data_dir(path):
    source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells)
    assert 'os.environ["CONFLICTMAP_DATA_DIR"] = tempfile.mkdtemp(' in source


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_notebook_executes_top_to_bottom(path, tmp_path):
    committed = nbformat.read(path, as_version=4)
    nb = run.execute(path, str(tmp_path))  # raises CellExecutionError naming the failing cell
    errors = [o for c in code_cells(nb) for o in c.outputs if o.output_type == "error"]
    assert errors == []
    # The committed outputs are those of the code as it is now: each cell shows the same kinds of output.
    fresh = [output_kinds(c) for c in code_cells(nb)]
    stored = [output_kinds(c) for c in code_cells(committed)]
    assert stored == fresh, f"{path.name}: committed outputs are stale, run `make notebooks`"
