"""Extraction speed: geoparse + extract of the 20 seed articles (read at run time from ../shared/corpus/seed,
never copied into the project) in one process, held to 3 s wall, with the throughput in KB/s; and
`conflictmap extract` of them in a fresh process, with the NER model (2.5 s) and rules only (1.2 s).
`make bench` runs these with --benchmark-enable; the normal suite skips them."""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from app.extract import Article, Extractor

ROOT = Path(__file__).resolve().parents[2]
# ../shared from the main checkout; ../../shared from a worktree under wt/
SEED = next(
    (p / "shared" / "corpus" / "seed" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "corpus" / "seed",
)
WALL_LIMIT_S = 3.0
# issue 11 asks 1.5 s for imports, index load and all 20 articles in a new interpreter; held at 1.2 s (session 8:
# 1.04 s best of 9 on a quiet box) so that the stages still to come have room
FRESH_PROCESS_LIMIT_S = 1.2
FRESH_PROCESS_MODEL_LIMIT_S = (
    2.5  # issue 17: the same with the NER model loaded and run (CONFLICTMAP_NER_MODEL)
)


def seed_articles() -> list[Article]:
    manifest = SEED / "manifest.jsonl"
    if not manifest.is_file():
        pytest.skip(f"seed corpus not found at {SEED}")
    out = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        m = json.loads(line)
        text = (SEED / m["file"]).read_text(encoding="utf-8")
        out.append(
            Article(
                id=m["file"],
                text=text,
                title=m.get("title") or text.split("\n", 1)[0],
                published=m.get("published"),
                outlet=m.get("outlet"),
            )  # fmt: skip
        )
    return out


def _timed(benchmark) -> bool:
    """The normal suite runs these once for their answers; `make bench` (--benchmark-enable) also times them."""
    return not getattr(benchmark, "disabled", False)


def geoparse_and_extract(ex: Extractor, articles: list[Article]) -> tuple[int, int]:
    mentions = events = 0
    for a in articles:
        mentions += len(ex.geoparse(a))
        events += len(ex.events(a))
    return mentions, events


def test_bench_seed_geoparse_and_extract_warm(benchmark, geocoder):
    """The gazetteer is loaded; one Extractor geoparses and extracts all 20 articles."""
    articles = seed_articles()
    assert len(articles) == 20
    kb = sum(len(a.text.encode("utf-8")) for a in articles) / 1024
    ex = Extractor(geocoder)
    mentions, events = benchmark.pedantic(
        geoparse_and_extract, args=(ex, articles), rounds=5, iterations=1, warmup_rounds=1
    )
    assert mentions > 100 and events > 20
    if not _timed(benchmark):
        return
    best, mean = benchmark.stats.stats.min, benchmark.stats.stats.mean
    benchmark.extra_info.update(
        articles=len(articles), kb=round(kb, 1), mentions=mentions, events=events,
        kb_per_s_best=round(kb / best, 1), kb_per_s_mean=round(kb / mean, 1),
    )  # fmt: skip
    print(f"\nseed: {len(articles)} articles, {kb:.1f} KB, {mentions} mentions, {events} events; "
          f"best {best:.3f} s ({kb / best:.0f} KB/s), mean {mean:.3f} s ({kb / mean:.0f} KB/s)")  # fmt: skip
    assert best <= WALL_LIMIT_S, f"geoparse + extract of the seed took {best:.2f} s"


def _fresh_extract(jsonl: Path, setting: str | None) -> dict:
    """One `conflictmap extract` in a new interpreter, as a user runs it: wall and CPU seconds (the helper
    process that runs the NER model included), and the load average it ran at."""
    env = {k: v for k, v in os.environ.items() if k != "CONFLICTMAP_NER_MODEL"}
    if setting is not None:
        env["CONFLICTMAP_NER_MODEL"] = setting
    load = os.getloadavg()[0]
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "extract", "--input", str(jsonl)],
        capture_output=True, cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    wall = time.perf_counter() - t0
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = cpu1.ru_utime - cpu0.ru_utime + cpu1.ru_stime - cpu0.ru_stime
    return {"wall_s": wall, "cpu_s": cpu, "load": load, "events": len(out.stdout.splitlines())}


@pytest.mark.parametrize("mode", ["model", "none"])
def test_bench_seed_in_a_fresh_process(benchmark, tmp_path, mode):
    """`conflictmap extract` of all 20 seed articles in a new interpreter (imports, index load, the NER model
    when on, geoparse + extract), within 2.5 s with the model and 1.2 s rules only."""
    from app.extract.ner import model_name

    articles = seed_articles()
    if mode == "model" and importlib.util.find_spec(model_name(None)) is None:
        pytest.skip(f"the NER model {model_name(None)} is not installed")
    jsonl = tmp_path / "seed.jsonl"
    records = [{k: v for k, v in {"id": a.id, "text": a.text, **a.source()}.items() if v} for a in articles]
    jsonl.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    setting = None if mode == "model" else "none"
    runs: list[dict] = []

    def once() -> None:
        runs.append(_fresh_extract(jsonl, setting))

    # warms the OS file cache for the memory-mapped index and the model's files, and writes the regex cache
    # (app/regex_cache.py) when the patterns changed since the last run
    once()
    runs.clear()
    rounds = 5 if _timed(benchmark) else 1
    benchmark.pedantic(once, rounds=rounds, iterations=1)
    best = min(runs, key=lambda r: r["wall_s"])
    assert best["events"] > 20
    benchmark.extra_info.update({k: round(v, 3) for k, v in best.items()})
    walls = ", ".join(f"{r['wall_s']:.2f}" for r in runs)
    print(f"\nfresh `conflictmap extract` of the seed ({mode}): best wall {best['wall_s']:.2f} s, CPU "
          f"{best['cpu_s']:.2f} s, load average {best['load']:.1f} (walls: {walls})")  # fmt: skip
    if _timed(benchmark):
        limit = FRESH_PROCESS_MODEL_LIMIT_S if mode == "model" else FRESH_PROCESS_LIMIT_S
        assert best["wall_s"] <= limit, f"one process took {best['wall_s']:.2f} s"
