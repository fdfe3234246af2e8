"""app.gazetteer.gazetteer: the loaded index — places as arrays, names as hash maps, a grid for reverse."""

from __future__ import annotations

import math
import pickle
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path

import marisa_trie
import numpy as np

from app.gazetteer.columns import KINDS, CodedColumn, StringColumn
from app.gazetteer.index import _cell_ids

_R_KM = 6371.0088


class Gazetteer:
    """All known places (GeoNames cities500 + curated countries, regions, facilities) and their names.

    >>> gaz = load_gazetteer(Settings())             # doctest: +SKIP
    >>> [gaz.names[i] for i, tier in gaz.lookup("kyiv")]   # doctest: +SKIP
    ['Kyiv', ...]
    """

    def __init__(self, index_dir: Path) -> None:
        def column(name: str) -> np.ndarray:
            # Memory-mapped: pages are read when touched, so loading costs milliseconds, not a 40 MB read.
            # A plain ndarray view: np.memmap's Python-level __getitem__ would slow every scalar access.
            return np.load(index_dir / "arrays" / f"{name}.npy", mmap_mode="r").view(np.ndarray)

        self.lat: np.ndarray = column("lat")
        self.lon: np.ndarray = column("lon")
        self.population: np.ndarray = column("population")
        self.geonameid: np.ndarray = column("geonameid")
        self._kind_code: np.ndarray = column("kind")
        self.country_code: np.ndarray = column("country_code")
        self.admin1_code: np.ndarray = column("admin1_code")
        self.is_capital: np.ndarray = column("capital")
        self._grid_ids: np.ndarray = column("grid_ids")
        self._grid_cells: np.ndarray = column("grid_cells")
        self._exact_off: np.ndarray = column("exact_off")
        self._exact_val: np.ndarray = column("exact_val")
        self._exact_rank: np.ndarray = column("exact_rank")
        self._variant_off: np.ndarray = column("variant_off")
        self._variant_val: np.ndarray = column("variant_val")
        self._variant_rank: np.ndarray = column("variant_rank")
        self._exact = marisa_trie.Trie()
        self._exact.mmap(str(index_dir / "exact.marisa"))
        self._variant = marisa_trie.Trie()
        self._variant.mmap(str(index_dir / "variant.marisa"))
        self.index_dir = index_dir
        self._column = column

    # Names and sources are read from the memory-mapped index when asked for (a name decoded per lookup):
    # no process holds a Python string per place, whatever the size of the gazetteer, and a worker that only
    # serves stored events (OGC pages, tiles) never touches them.
    @cached_property
    def names(self) -> StringColumn:
        return StringColumn(self.index_dir / "arrays" / "names.bin", self._column("names_off"))

    @cached_property
    def sources(self) -> CodedColumn:
        with (self.index_dir / "arrays" / "sources.pkl").open("rb") as fh:
            return CodedColumn(self._column("source_code"), pickle.load(fh))

    @cached_property
    def _admin1_names(self) -> dict[tuple[str, str], str]:
        with (self.index_dir / "admin1.pkl").open("rb") as fh:
            return pickle.load(fh)

    def __len__(self) -> int:
        return len(self.lat)

    @cached_property
    def kind(self) -> np.ndarray:
        return np.asarray(KINDS, dtype="U10")[self._kind_code]

    def kind_of(self, i: int) -> str:
        return KINDS[int(self._kind_code[i])]

    @cached_property
    def capitals(self) -> np.ndarray:
        """Indices of national capitals."""
        return np.flatnonzero(self.is_capital)

    def admin1_name(self, i: int) -> str | None:
        return self._admin1_names.get((str(self.country_code[i]), str(self.admin1_code[i])))

    def admin1_names(self) -> dict[tuple[str, str], str]:
        return dict(self._admin1_names)

    @cached_property
    def _region_index(self) -> dict[tuple[str, str], int]:
        idx = np.flatnonzero(self._kind_code == KINDS.index("region"))
        return {(str(self.country_code[i]), str(self.admin1_code[i])): int(i) for i in idx}

    def region_place(self, country_code: str, admin1_code: str) -> int | None:
        """The region's own entry (its representative point), if the gazetteer has it."""
        return self._region_index.get((country_code, admin1_code))

    @cached_property
    def _country_index(self) -> dict[str, int]:
        idx = np.flatnonzero(self._kind_code == KINDS.index("country"))
        out: dict[str, int] = {}
        for i in idx:
            out.setdefault(str(self.country_code[i]), int(i))
        return out

    def country_place(self, country_code: str) -> int | None:
        return self._country_index.get(country_code)

    # --- name lookups -------------------------------------------------------------------------
    def lookup(self, key: str) -> list[tuple[int, int]]:
        """(place index, tier) for a normalized name; tier 0 primary name, 1 alias, 2 generated form."""
        slot = self._exact.get(key)
        if slot is None:
            return []
        r = self._exact_rank[slot]
        vals = self._exact_val[self._exact_off[r] : self._exact_off[r + 1]]
        if len(vals) < 32:  # the usual case: a few places; plain ints beat numpy's per-call overhead
            return [(v >> 2, v & 3) for v in vals.tolist()]
        return list(zip((vals >> 2).tolist(), (vals & 3).tolist(), strict=True))

    def lookup_variant(self, vkey: str) -> list[int]:
        slot = self._variant.get(vkey)
        if slot is None:
            return []
        r = self._variant_rank[slot]
        return self._variant_val[self._variant_off[r] : self._variant_off[r + 1]].tolist()

    def has_name(self, key: str) -> bool:
        return key in self._exact

    def name_keys(self) -> Iterator[str]:
        """Every normalized name the index knows."""
        return iter(self._exact)

    @cached_property
    def _fuzzy(self) -> tuple[list[str], list[int]]:
        with (self.index_dir / "fuzzy.pkl").open("rb") as fh:
            data = pickle.load(fh)
        return data["keys"], data["offsets"]

    @property
    def fuzzy_keys(self) -> list[str]:
        """Names eligible for fuzzy matching: those of places that matter (pop >= 1000 or curated)."""
        return self._fuzzy[0]

    def fuzzy_keys_between(self, shortest: int, longest: int) -> list[str]:
        """The fuzzy-eligible names whose length is in [shortest, longest]."""
        keys, off = self._fuzzy
        lo = off[min(max(shortest, 0), len(off) - 1)]
        hi = off[min(max(longest + 1, 0), len(off) - 1)]
        return keys[lo:hi]

    # --- reverse --------------------------------------------------------------------------------
    def nearest(self, lat: float, lon: float, *, k: int = 1) -> list[tuple[int, float]]:
        """Nearest settlements (index, km) using the 1-degree grid, widening until k are found."""
        ncols = 360
        row0 = int(math.floor(lat + 90.0))
        for radius in range(1, 12):
            cand = []
            rows = range(max(0, row0 - radius), min(179, row0 + radius) + 1)
            # near the poles a cell row wraps; widen the column span by latitude
            span = min(180, int(radius / max(0.05, math.cos(math.radians(min(89.0, abs(lat)))))) + 1)
            col0 = int(math.floor(lon + 180.0))
            cols = {(col0 + dc) % ncols for dc in range(-span, span + 1)}
            for r in rows:
                for c in cols:
                    cid = r * ncols + c
                    lo = np.searchsorted(self._grid_cells, cid, "left")
                    hi = np.searchsorted(self._grid_cells, cid, "right")
                    if hi > lo:
                        cand.append(self._grid_ids[lo:hi])
            if cand:
                ids = np.concatenate(cand)
                d = _haversine_km(lat, lon, self.lat[ids], self.lon[ids])
                if len(ids) >= k and np.sort(d)[k - 1] <= radius * 111.0 * 0.5 + 1e-9 or radius == 11:
                    order = np.argsort(d)[:k]
                    return [(int(ids[o]), float(d[o])) for o in order]
        return []


def _haversine_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    # Only ranks neighbours for reverse geocoding; reported distances use app.geo (ellipsoidal).
    p1 = math.radians(lat)
    p2 = np.radians(lats)
    dphi = p2 - p1
    dl = np.radians(lons - lon)
    h = np.sin(dphi / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * _R_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))


__all__ = ["Gazetteer", "_cell_ids"]
