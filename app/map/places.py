"""app.map.places: place names the map draws itself, so it stays readable when tiles cannot load.

Offline (an air-gapped newsroom, a blocked tile server) the map has country borders and nothing
else; a reader who does not know the region cannot tell Kharkiv from Kherson. These labels come
from the gazetteer the geocoder already loads: capitals and the largest cities when zoomed out,
towns as the reader zooms in (static/conflictmap.js picks the population cut per zoom level).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from pyproj import Geod

# Above this many labels a view is a wall of text; the page asks for the largest first.
MAX_LABELS = 400
_GEOD = Geod(ellps="WGS84")


def place_labels(
    gazetteer: Any,
    *,
    bbox: tuple[float, float, float, float] | None = None,
    min_population: int = 0,
    limit: int = MAX_LABELS,
) -> dict[str, list[Any]]:
    """Settlements in bbox (west, south, east, north) with at least min_population, capitals always,
    largest first, as columns {"name", "lat", "lon", "pop", "cap"} (cap: 1 for a national capital)."""
    kind = gazetteer.kind
    keep = kind == "settlement"
    pop = gazetteer.population
    keep &= (pop >= min_population) | gazetteer.is_capital.astype(bool)
    lat, lon = gazetteer.lat, gazetteer.lon
    if bbox is not None:
        west, south, east, north = bbox
        inside_lon = (lon >= west) & (lon <= east) if west <= east else (lon >= west) | (lon <= east)
        keep &= (lat >= south) & (lat <= north) & inside_lon
    idx = np.flatnonzero(keep)
    # Capitals first, then by population, so a cut at `limit` drops the smallest towns.
    rank = np.lexsort((-pop[idx].astype(np.int64), -gazetteer.is_capital[idx].astype(np.int64)))
    idx = _drop_districts(idx[rank][: limit * 2], lat, lon, pop)[:limit]
    return {
        "name": [gazetteer.names[int(i)] for i in idx],
        "lat": [round(float(lat[i]), 4) for i in idx],
        "lon": [round(float(lon[i]), 4) for i in idx],
        "pop": [int(pop[i]) for i in idx],
        "cap": [int(bool(gazetteer.is_capital[i])) for i in idx],
    }


# A smaller place this close to a larger one is one of its districts (GeoNames lists Saltivka and
# Darnytsya beside Kharkiv and Kyiv): labelling it would put a second name on the same city. The
# reach grows with the city: 5 km for a town of 100,000, ~12 km for Kyiv.
def _district_km(population: float) -> float:
    return 5.0 + 5.0 * max(0.0, math.log10(max(population, 1.0) / 100_000))


def _drop_districts(idx: np.ndarray, lat: np.ndarray, lon: np.ndarray, pop: np.ndarray) -> np.ndarray:
    keep: list[int] = []
    klat = np.empty(len(idx))
    klon = np.empty(len(idx))
    reach = np.empty(len(idx))
    for i in idx:
        n = len(keep)
        if n:
            # Only places within ~20 km in latitude and longitude can be that close: measure those.
            wide = min(2.0, 0.2 / max(0.1, math.cos(math.radians(float(lat[i])))))
            near = np.flatnonzero((np.abs(klat[:n] - lat[i]) < 0.2) & (np.abs(klon[:n] - lon[i]) < wide))
            if len(near):
                m = len(near)
                _, _, metres = _GEOD.inv(klon[near], klat[near], np.full(m, lon[i]), np.full(m, lat[i]))
                if (metres / 1000.0 < reach[near]).any():
                    continue
        klat[n], klon[n], reach[n] = lat[i], lon[i], _district_km(float(pop[i]))
        keep.append(int(i))
    return np.asarray(keep, dtype=np.int64)


def labels_for_file(gazetteer: Any, records: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """What a self-contained map file embeds: the world's capitals and large cities, plus towns
    around its events (the page cannot ask a server for more)."""
    world = place_labels(gazetteer, min_population=250_000, limit=3_000)
    if not records:
        return world
    lats = [float(r["lat"]) for r in records]
    lons = [float(r["lon"]) for r in records]
    pad = 1.5  # degrees: the towns just outside the events' extent still frame them
    bbox = (max(-180.0, min(lons) - pad), max(-90.0, min(lats) - pad),
            min(180.0, max(lons) + pad), min(90.0, max(lats) + pad))  # fmt: skip
    near = place_labels(gazetteer, bbox=bbox, min_population=5_000, limit=4_000)
    seen = set(zip(world["lat"], world["lon"], strict=True))
    for k in range(len(near["name"])):
        if (near["lat"][k], near["lon"][k]) in seen:
            continue
        for col in world:
            world[col].append(near[col][k])
    return world
