"""Geocoder speed: warm OfflineGeocoder.geocode on mixed queries (with and without the result cache),
from `import` to first answer in a fresh process, and the index build. `make bench` runs these with
--benchmark-enable; under the normal suite each body runs once, as a check that it works."""

from __future__ import annotations

import subprocess
import sys
import time

from app.geocode import Geocoder, OfflineGeocoder

# Everyday war-news lookups: national and Russian-derived spellings, renamed towns, facilities,
# qualifiers, regions, countries, namesakes, phrases and possessives. No typos: fuzzy matching is
# measured on its own below, since it is the slow path by design.
MIXED = [
    "Kostiantynivka", "Konstantinovka", "Huliaipole", "Gulyaipole", "Zaporizhzhia", "Zaporozhye", "Kharkov",
    "Nikolaev", "Odessa", "Chornomors\u2019k", "Artemovsk", "Dimitrov", "Krasnoarmiisk", "Dnepropetrovsk",
    "Krichev-6", "ZNPP", "the Pivdennyi port", "Engels airbase", "Kerch bridge", "Vnukovo airport",
    "Lyman, Donetsk region", "Lyman, Kharkiv region", "Palm Beach, Florida", "Halifax", "Halifax, UK",
    "Washington", "Odessa, Texas", "New York", "New York, Donetsk region", "Novoselivka", "Ivanivka",
    "Vilne, Donetsk region", "the Belgorod region", "Donetsk oblast", "Zaporozhye region", "Mogilev region",
    "Krasnodar Krai", "Ukraine", "Russia", "USA", "Kyiv", "Siversk", "Pokrovsk", "Bakhmut", "Avdiivka",
    "Kupiansk", "Toretsk", "Kramatorsk", "Sumy", "Belgorod", "the village of Ivanivka", "Kharkiv's",
]  # fmt: skip
TARGET_PER_S = 20_000


def _per_second(benchmark, n: int) -> float | None:
    stats = getattr(benchmark, "stats", None)
    if not stats:
        return None
    rate = n / stats.stats.mean
    benchmark.extra_info["lookups_per_s_mean"] = round(rate)
    benchmark.extra_info["lookups_per_s_best"] = round(n / stats.stats.min)
    return rate


def _geocode_all(geocode) -> int:
    found = 0
    for q in MIXED:
        found += geocode(q) is not None
    return found


def test_bench_offline_geocode_warm_cached(benchmark, gazetteer):
    offline = OfflineGeocoder(Geocoder(gazetteer))
    assert _geocode_all(offline.geocode) == len(MIXED)  # warm the result cache; every query answers
    benchmark.pedantic(_geocode_all, args=(offline.geocode,), rounds=50, iterations=5, warmup_rounds=2)
    rate = _per_second(benchmark, len(MIXED))
    if rate is not None:
        assert rate >= TARGET_PER_S, f"{rate:,.0f} lookups/s"


def test_bench_offline_geocode_warm_uncached(benchmark, gazetteer):
    # cache_size=0: every call matches and ranks from scratch (the gazetteer is loaded and warm).
    offline = OfflineGeocoder(Geocoder(gazetteer, cache_size=0))
    assert _geocode_all(offline.geocode) == len(MIXED)
    benchmark.pedantic(_geocode_all, args=(offline.geocode,), rounds=30, iterations=2, warmup_rounds=2)
    rate = _per_second(benchmark, len(MIXED))
    if rate is not None:
        # Reported, and held to the target on the best round: shared CI machines are noisy.
        best = benchmark.extra_info["lookups_per_s_best"]
        assert best >= TARGET_PER_S, f"uncached: best round {best:,.0f} lookups/s, mean {rate:,.0f}"


def test_bench_fuzzy_typo_lookup(benchmark, gazetteer):
    g = Geocoder(gazetteer, cache_size=0)
    c = benchmark.pedantic(g.best, args=("Kramatorks",), rounds=10, iterations=1, warmup_rounds=1)
    assert c.name == "Kramatorsk" and c.why[0].startswith("fuzzy")


_FIRST_ANSWER = """
import time
t0 = time.perf_counter()
from app.geocode import OfflineGeocoder
loc = OfflineGeocoder().geocode("Siversk")
print(time.perf_counter() - t0, loc.raw["admin1"])
"""


def test_bench_import_to_first_answer(benchmark):
    """A fresh interpreter: import app.geocode, load the built index, answer one query."""

    def first_answer() -> float:
        out = subprocess.run(
            [sys.executable, "-c", _FIRST_ANSWER], capture_output=True, text=True, check=True
        )
        seconds, admin1 = out.stdout.split(maxsplit=1)
        assert admin1.strip() == "Donetsk Oblast"
        return float(seconds)

    first_answer()  # the index is built (make bench depends on make index); this also warms the OS file cache
    inside = []
    t0 = time.perf_counter()
    benchmark.pedantic(lambda: inside.append(first_answer()), rounds=5, iterations=1)
    benchmark.extra_info["import_to_answer_s_in_process"] = [round(x, 3) for x in inside]
    if getattr(benchmark, "stats", None):
        benchmark.extra_info["process_wall_s_mean"] = round((time.perf_counter() - t0) / len(inside), 3)
        assert min(inside) <= 1.5, f"import to first answer took {min(inside):.2f} s"


def test_bench_index_build(benchmark, tmp_path):
    from app.gazetteer import Gazetteer
    from app.gazetteer.index import build_index

    target = tmp_path / "index"
    benchmark.pedantic(build_index, args=(target,), rounds=1, iterations=1)
    gaz = Gazetteer(target)
    assert len(gaz) > 200_000
    benchmark.extra_info["places"] = len(gaz)
    benchmark.extra_info["bytes_on_disk"] = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
