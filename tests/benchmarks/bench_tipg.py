"""tipg (developmentseed's OGC API - Features server on asyncpg) on the PostGIS table conflictmap serves.

bench_ogc_wrk.py loads the synthetic events into a private PostGIS schema with conflictmap's own store, then
points tipg at that schema's `events` table (collection `<schema>.events`) and runs the same wrk command on
both. tipg lives in its own venv, never in the project's:

    .venv/bin/python tests/benchmarks/bench_tipg.py [--venv DIR]     # only make the venv and say its version

The venv is made from this interpreter's base Python with `pip install tipg==1.6.1 uvicorn` (PyPI, so the
first run needs the network). When it cannot be made, or PostGIS is not reachable, the comparison is skipped
with a message saying why; the conflictmap figures are still taken.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from urllib.parse import quote

TIPG_SPEC = "tipg==1.6.1"
DEFAULT_VENV = Path(tempfile.gettempdir()) / "conflictmap-tipg-venv"


class Skip(Exception):
    """The tipg (or PostGIS) side cannot run here; the message says why and what to do."""


def tipg_python(venv: Path, *, install: bool = True) -> Path:
    """The python of a venv holding tipg, made (and tipg installed) when missing."""
    py = venv / "bin" / "python"
    if py.exists() and _has_tipg(py):
        return py
    if not install:
        raise Skip(f"no tipg in {venv} (run tests/benchmarks/bench_tipg.py to make it)")
    print(f"installing {TIPG_SPEC} into its own venv {venv} ...", flush=True)
    steps = (
        [sys.executable, "-m", "venv", str(venv)],
        [str(py), "-m", "pip", "install", "-q", TIPG_SPEC, "uvicorn"],
    )
    for cmd in steps:
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            why = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
            raise Skip(f"cannot install tipg into {venv} ({' '.join(cmd[:4])}...: {why[0]})")
    if not _has_tipg(py):
        raise Skip(f"tipg did not import in {venv} after installing it")
    return py


def _has_tipg(py: Path) -> bool:
    return subprocess.run([str(py), "-c", "import tipg, uvicorn"], capture_output=True).returncode == 0


def tipg_version(py: Path) -> str:
    out = subprocess.run(
        [str(py), "-c", "import tipg; print(tipg.__version__)"], capture_output=True, text=True
    )
    return out.stdout.strip() or "?"


def private_schema(url: str) -> tuple[str, str]:
    """A fresh schema on the PostGIS server at `url`, and the URL whose search_path points into it
    (what conflictmap's store is given). Raises Skip when the server is not reachable."""
    try:
        import psycopg

        schema = f"bench_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
            conn.execute("SELECT postgis_version()")
            conn.execute(f"CREATE SCHEMA {schema}")
    except Exception as exc:  # psycopg missing, server down, no PostGIS: all mean "no PostGIS side"
        raise Skip(f"PostGIS at {url.split('@')[-1]} not usable: {exc}") from None
    sep = "&" if "?" in url else "?"
    return schema, f"{url}{sep}options={quote(f'-c search_path={schema},public')}"


def drop_schema(url: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def analyze(url: str, schema: str) -> None:
    """Fresh planner statistics, so neither server is measured on a table PostgreSQL has not looked at."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"ANALYZE {schema}.events")


def tipg_server(
    py: Path, *, url: str, schema: str, port: int, workers: int, cwd: Path
) -> tuple[list[str], dict[str, str], str, str]:
    """(command, environment, probe URL, items URL) for tipg serving `schema`.events with `workers` uvicorn
    workers. Its pool is asyncpg's default 1-10 connections per worker, as conflictmap's psycopg pool (max 10).
    `cwd` is a scratch folder: tipg reads a `.env` from where it starts and must not read the project's."""
    env = {
        **os.environ,
        # application_name lets the benchmark find tipg's PostgreSQL backends and count their CPU.
        "DATABASE_URL": url.split("?", 1)[0] + f"?application_name=tipg-{schema}",
        "TIPG_DB_SCHEMAS": json.dumps([schema]),
        "TIPG_DB_TABLES": json.dumps([f"{schema}.events"]),
        "TIPG_DB_FUNCTIONS": "[]",
        "TIPG_DB_SPATIAL_EXTENT": "false",  # metadata only; keeps the start-up catalog query cheap
        "TIPG_DB_DATETIME_EXTENT": "false",
        "TIPG_MAX_FEATURES_PER_QUERY": "10000",
    }
    cmd = [str(py), "-m", "uvicorn", "tipg.main:app", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(workers), "--no-access-log", "--log-level", "warning"]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    (cwd / ".env").write_text("")
    return (
        cmd,
        env,
        f"{base}/collections/{schema}.events",
        f"{base}/collections/{schema}.events/items?limit=100",
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--venv", type=Path, default=DEFAULT_VENV)
    args = ap.parse_args()
    try:
        py = tipg_python(args.venv)
    except Skip as why:
        print(f"SKIP: {why}")
        return
    print(f"tipg {tipg_version(py)} in {args.venv}")


if __name__ == "__main__":
    main()
