"""Benchmark: a 5,500 km ring round Krichev-6 plus every city of >= 100k inside it, over the whole gazetteer.

Goal: <= 200 ms warm. Run with `make bench` (pytest-benchmark); the plain test run only checks the answer.
"""

from __future__ import annotations

import pytest

from app.geo import Place, RingSpec, range_collection, settlement_targets

KRICHEV_6 = Place("Krichev-6", 53.7, 31.8, "BY")


def _ring_and_cities(gaz, *, countries: bool) -> dict:
    targets = settlement_targets(
        lat=gaz.lat, lon=gaz.lon, kind=gaz.kind, population=gaz.population, names=gaz.names,
        country_code=gaz.country_code, geonameid=gaz.geonameid, min_population=100_000,
    )  # fmt: skip
    return range_collection(KRICHEV_6, [RingSpec(max_km=5500.0)], targets, countries=countries)


@pytest.fixture(scope="module")
def warm(gazetteer):
    _ring_and_cities(gazetteer, countries=True)  # loads Natural Earth and the gazetteer's lazy arrays once
    return gazetteer


def _check(fc: dict) -> None:
    ring, *cities = fc["features"]
    assert ring["properties"]["kind"] == "ring"
    assert len(cities) > 1000
    names = {c["properties"]["name"] for c in cities}
    assert {"London", "Lisbon", "Kabul", "Minsk"} <= names
    assert all(c["properties"]["population"] >= 100_000 for c in cities)


def test_bench_ring_and_cities_within_5500_km(benchmark, warm):
    fc = benchmark(_ring_and_cities, warm, countries=False)
    _check(fc)


def test_bench_full_range_answer_with_countries(benchmark, warm):
    fc = benchmark(_ring_and_cities, warm, countries=True)
    _check(fc)
    assert "GB" in fc["features"][0]["properties"]["countries_full"]
