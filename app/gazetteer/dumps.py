"""app.gazetteer.dumps: GeoNames dump files (a country file such as UA.zip, or allCountries.zip) the user
downloaded from download.geonames.org, read line by line into extra gazetteer places.

Only the feature classes a news report names are kept: A (administrative divisions), P (populated places),
H (water), T (mountains, hills), L (areas, parks, regions) and S (spots: airports, bridges, dams...). The
countries and first-level regions the index already has are skipped, as are places it already holds by
GeoNames id. The file is streamed from the zip archive, never read whole.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from app.gazetteer.sources import ALIAS, PRIMARY, RawPlace

CLASSES = frozenset("AHLPST")
# Feature codes the index already covers from its own sources, or that name no place a report means.
_SKIP_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "PCLH", "ADM1", "ADM1H", "PPLQ",
                         "PPLH", "PPLW", "PPLCH", "ADMD", "ADMDH", "ZN", "ZNB"})  # fmt: skip
_KIND = {"P": "settlement", "H": "water", "S": "facility"}  # A, T, L -> "other"
_MAX_ALIASES = 40  # allCountries lists hundreds of translations for big places; the first ones suffice


class DumpError(ValueError):
    """A file that is not a GeoNames dump (named in the message)."""


def _lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            if not members:
                raise DumpError(f"{path}: no GeoNames .txt file inside the zip")
            for member in members:
                with zf.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


def read_dump(path: Path, known_ids: set[int] | frozenset[int] = frozenset()) -> Iterator[RawPlace]:
    """The kept rows of one dump, in file order. Raises DumpError on a line with the wrong column count."""
    for n, line in enumerate(_lines(path), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.rstrip("\r\n").split("\t")
        if len(f) < 19:
            raise DumpError(f"{path} line {n}: {len(f)} columns, a GeoNames dump has 19")
        fclass, fcode = f[6], f[7]
        if fclass not in CLASSES or fcode in _SKIP_CODES:
            continue
        try:
            gid, lat, lon = int(f[0]), float(f[4]), float(f[5])
            pop = int(f[14] or 0)
        except ValueError as exc:
            raise DumpError(f"{path} line {n}: {exc}") from None
        if gid in known_ids:
            continue
        names = [(f[1], PRIMARY)]
        if f[2] and f[2] != f[1]:
            names.append((f[2], ALIAS))
        names.extend((a, ALIAS) for a in f[3].split(",")[:_MAX_ALIASES] if a and a != f[1])
        yield RawPlace(
            name=f[1], lat=lat, lon=lon, kind=_KIND.get(fclass, "other"), country_code=f[8],
            admin1_code=f[10], population=pop, geonameid=gid, source=f"GeoNames dump {path.name} ({fcode})",
            names=names,
        )  # fmt: skip


def read_dumps(paths: Iterable[Path], known_ids: set[int]) -> Iterator[RawPlace]:
    for p in paths:
        yield from read_dump(p, known_ids)


def signature(paths: Iterable[Path]) -> str:
    """What the index fingerprint records of the dumps: path, size and modification time of each."""
    out = []
    for p in paths:
        st = p.stat() if p.exists() else None
        out.append([str(p), st.st_size if st else None, int(st.st_mtime) if st else None])
    return json.dumps(out)


def saved(index_dir: Path) -> list[Path]:
    """The dumps the index at `index_dir` was built with (a rebuild keeps them)."""
    f = index_dir / "DUMPS.json"
    if not f.exists():
        return []
    # a dump deleted since is dropped (the next build goes on without it)
    return [Path(p) for p in json.loads(f.read_text()) if Path(p).is_file()]
