"""app.gazetteer.columns: the index's per-place columns written to disk in chunks while places stream in,
and read back memory-mapped, so neither the build nor a loaded gazetteer holds every place in RAM
(GeoNames' allCountries is about 13 million rows).

Numeric and code columns are `.npy` files; display names are one UTF-8 blob with offsets (`StringColumn`);
sources, a few thousand distinct strings, are a code per place into a small table.
"""

from __future__ import annotations

import mmap
import pickle
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import numpy as np

KINDS = ("settlement", "facility", "region", "country", "water", "other", "capital")
# name -> dtype of the per-place numeric columns, in the order they are written
NUMERIC = {
    "lat": np.float64, "lon": np.float64, "population": np.int64, "geonameid": np.int64, "kind": np.uint8,
    "country_code": np.dtype("U2"), "admin1_code": np.dtype("U8"), "source_code": np.uint32,
}  # fmt: skip


class ColumnWriter:
    """Appends places chunk by chunk to raw files under `tmp`; `finish` turns them into .npy columns."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.n = 0
        self._raw: dict[str, BinaryIO] = {k: (tmp / f"{k}.raw").open("wb") for k in NUMERIC}
        self._names = (tmp / "names.bin").open("wb")
        self._name_ends: list[np.ndarray] = []
        self._name_bytes = 0
        self._sources: dict[str, int] = {}

    def append(self, places: Sequence) -> None:
        """`places`: RawPlace-like objects (name, lat, lon, population, geonameid, kind, country_code,
        admin1_code, source)."""
        if not places:
            return
        cols = {
            "lat": [p.lat for p in places], "lon": [p.lon for p in places],
            "population": [p.population for p in places], "geonameid": [p.geonameid for p in places],
            "kind": [KINDS.index(p.kind) if p.kind in KINDS else 5 for p in places],
            "country_code": [p.country_code for p in places], "admin1_code": [p.admin1_code for p in places],
            "source_code": [self._source_code(p.source) for p in places],
        }  # fmt: skip
        for name, values in cols.items():
            np.asarray(values, dtype=NUMERIC[name]).tofile(self._raw[name])
        encoded = [p.name.encode("utf-8") for p in places]
        self._names.write(b"".join(encoded))
        ends = np.cumsum([len(b) for b in encoded], dtype=np.int64) + self._name_bytes
        self._name_bytes = int(ends[-1])
        self._name_ends.append(ends)
        self.n += len(places)

    def _source_code(self, source: str) -> int:
        text = "" if source == "geonames" else source
        code = self._sources.get(text)
        if code is None:
            code = self._sources[text] = len(self._sources)
        return code

    def finish(self, arrays_dir: Path) -> None:
        """Write `arrays_dir/<column>.npy` for every column, `names_off.npy`, and the sources table."""
        arrays_dir.mkdir(parents=True, exist_ok=True)
        for name, fh in self._raw.items():
            fh.close()
            raw_to_npy(self.tmp / f"{name}.raw", arrays_dir / f"{name}.npy", NUMERIC[name], self.n)
        self._names.close()
        off = np.zeros(self.n + 1, dtype=np.int64)
        if self._name_ends:
            off[1:] = np.concatenate(self._name_ends)
        np.save(arrays_dir / "names_off.npy", off)
        (self.tmp / "names.bin").replace(arrays_dir / "names.bin")
        table = [""] * len(self._sources)
        for text, code in self._sources.items():
            table[code] = text
        with (arrays_dir / "sources.pkl").open("wb") as fh:
            pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)


def raw_to_npy(raw: Path, npy: Path, dtype, n: int) -> None:
    """A file of `n` raw values becomes a .npy file: a header, then the bytes copied (no array in memory)."""
    dtype = np.dtype(dtype)
    header = {"descr": np.lib.format.dtype_to_descr(dtype), "fortran_order": False, "shape": (n,)}
    with npy.open("wb") as out:
        np.lib.format.write_array_header_1_0(out, header)
        with raw.open("rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
    raw.unlink()


class StringColumn(Sequence):
    """Place i's display name read from a memory-mapped UTF-8 blob: `names[i]`, `len(names)`, iteration.
    Names once read are kept (a process reads the same few thousand places again and again)."""

    _KEEP = 200_000

    def __init__(self, blob: Path, offsets: np.ndarray) -> None:
        self._off = offsets
        self._blob: mmap.mmap | bytes = b""
        if len(offsets) and int(offsets[-1]):
            with blob.open("rb") as fh:
                self._blob = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        self._read: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._off) - 1

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        i = int(i)
        name = self._read.get(i)
        if name is not None:
            return name
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        a, b = self._off[i : i + 2].tolist()
        name = self._blob[a:b].decode("utf-8")
        if len(self._read) >= self._KEEP:
            self._read.clear()
        self._read[i] = name
        return name

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))


class CodedColumn(Sequence):
    """Place i's source: a code per place into a small table of distinct strings."""

    def __init__(self, codes: np.ndarray, table: list[str]) -> None:
        self._codes = codes
        self._table = table

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._table[c] for c in self._codes[i].tolist()]
        return self._table[int(self._codes[i])]

    def __iter__(self) -> Iterator[str]:
        return (self._table[c] for c in self._codes.tolist())
