"""Execute the analyst notebooks top to bottom, offline, and keep their outputs so GitHub shows them.

    python -m notebooks.run            # all of notebooks/*.ipynb, outputs written in place
    python -m notebooks.run 02         # only the notebooks whose name starts with 02

Each notebook writes to its own throw-away data directory (its first cell); the gazetteer index built by
`make index` is read, nothing is fetched. tests/test_notebooks.py executes them the same way.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import nbformat

NOTEBOOKS = Path(__file__).resolve().parent
# An HTML output this big is an embedded map or a huge table: it would bloat the file and GitHub does not
# render scripts anyway, so only its plain-text form is kept.
MAX_HTML_CHARS = 50_000
ROOT = NOTEBOOKS.parent
# The kernel inherits this process's environment. The caller's data dir and database stay out of it; figures
# are drawn by Jupyter's inline backend, as in Jupyter itself; `import app` finds this checkout, not whichever
# one the venv was installed from.
KERNEL_ENV = {
    "CONFLICTMAP_DATA_DIR": None,
    "CONFLICTMAP_DATABASE_URL": None,
    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
    "PYTHONPATH": str(ROOT),
    "TMPDIR": None,
}


def execute(path: Path, tmp_dir: str, timeout: int = 300) -> nbformat.NotebookNode:
    """Run one notebook in a fresh kernel; raises CellExecutionError naming the failing cell."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    )
    # The notebook's mkdtemp lands in tmp_dir (cleaned up by the caller).
    saved = {k: os.environ.get(k) for k in KERNEL_ENV}
    try:
        for k, v in KERNEL_ENV.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        os.environ["TMPDIR"] = tmp_dir
        client.execute()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return nb


def slim(nb: nbformat.NotebookNode, tmp_dir: str) -> nbformat.NotebookNode:
    """Drop oversized HTML outputs (keeping their text form), the run's timing metadata and this machine's paths."""
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type != "code":
            continue
        for out in cell.outputs:
            if out.output_type == "stream":
                out.text = out.text.replace(tmp_dir, "/tmp").replace(str(ROOT) + os.sep, "")
            data = out.get("data", {})
            if len(data.get("text/html", "")) > MAX_HTML_CHARS:
                del data["text/html"]
                data.setdefault("text/plain", "(large HTML output left out of the committed notebook)")
    return nb


def main(argv: list[str]) -> int:
    paths = sorted(NOTEBOOKS.glob("*.ipynb"))
    if argv:
        paths = [p for p in paths if any(p.name.startswith(a) for a in argv)]
        if not paths:
            print(f"no notebook in {NOTEBOOKS} starts with {' or '.join(argv)}", file=sys.stderr)
            return 2
    for path in paths:
        with tempfile.TemporaryDirectory(prefix="conflictmap-nb-") as tmp:
            nb = slim(execute(path, tmp), tmp)
        nbformat.validate(nb)
        nbformat.write(nb, path)
        print(f"{path.name}: executed, {path.stat().st_size / 1024:.0f} KiB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
