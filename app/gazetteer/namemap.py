"""app.gazetteer.namemap: the name -> places maps of the index, built from a stream of (name, value) pairs
with an external sort (a scratch SQLite file), so the build's memory does not grow with the number of names.

On disk a map is a marisa trie (name -> slot), `<map>_rank` (slot -> rank of the name in sorted order) and a
CSR pair `<map>_off` / `<map>_val` in that sorted order: a lookup is trie, rank, then a slice of values.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import marisa_trie
import numpy as np

from app.gazetteer.columns import raw_to_npy

_FETCH = 100_000


class PairSorter:
    """Collects (key, value) pairs of several maps in a scratch SQLite file and gives them back sorted."""

    def __init__(self, path: Path, maps: Iterable[str]) -> None:
        self.db = sqlite3.connect(path)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE", "cache_size=-65536"):
            self.db.execute(f"PRAGMA {pragma}")
        self.maps = tuple(maps)
        for m in self.maps:
            self.db.execute(f"CREATE TABLE {m} (k TEXT NOT NULL, v INTEGER NOT NULL)")

    def add(self, name: str, pairs: Iterable[tuple[str, int]]) -> None:
        self.db.executemany(f"INSERT INTO {name} VALUES (?, ?)", pairs)

    def sorted_groups(self, name: str, *, distinct: bool = False) -> Iterator[tuple[str, list[int]]]:
        """(key, values ascending) for every key, keys in code-point order; `distinct` drops repeated pairs."""
        sql = f"SELECT {'DISTINCT ' if distinct else ''}k, v FROM {name} ORDER BY k, v"
        cur = self.db.execute(sql)
        key: str | None = None
        vals: list[int] = []
        while rows := cur.fetchmany(_FETCH):
            for k, v in rows:
                if k != key:
                    if key is not None:
                        yield key, vals
                    key, vals = k, []
                vals.append(v)
        if key is not None:
            yield key, vals

    def close(self) -> None:
        self.db.close()


def write_map(
    groups: Iterator[tuple[str, list[int]]],
    out_dir: Path,
    arrays_dir: Path,
    name: str,
    on_key: Callable[[str, list[int]], None] | None = None,
) -> int:
    """Write map `name` from sorted (key, values) groups; returns the number of keys. `on_key` sees every
    group on the way (the fuzzy key list is collected there)."""
    keys_file = out_dir / f".{name}.keys"
    val_raw = out_dir / f".{name}.val"
    ends = array("q")  # 8 bytes a key, not a Python int each
    total = 0
    with keys_file.open("w", encoding="utf-8") as kf, val_raw.open("wb") as vf:
        for key, vals in groups:
            if "\n" in key:
                raise ValueError(f"a name key holds a line break: {key!r}")
            kf.write(key + "\n")
            np.asarray(vals, dtype=np.int64).tofile(vf)
            total += len(vals)
            ends.append(total)
            if on_key is not None:
                on_key(key, vals)
    trie = marisa_trie.Trie(_lines(keys_file))
    rank = np.zeros(len(ends), dtype=np.int32)
    for r, key in enumerate(_lines(keys_file)):
        rank[trie[key]] = r
    off = np.zeros(len(ends) + 1, dtype=np.int64)
    off[1:] = np.frombuffer(ends, dtype=np.int64)
    raw_to_npy(val_raw, arrays_dir / f"{name}_val.npy", np.int64, total)
    np.save(arrays_dir / f"{name}_off.npy", off)
    np.save(arrays_dir / f"{name}_rank.npy", rank)
    trie.save(str(out_dir / f"{name}.marisa"))
    keys_file.unlink()
    return len(ends)


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield line[:-1]
