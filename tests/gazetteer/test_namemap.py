"""Name -> places maps built through an external sort: pairs arrive in any order, in several batches; a
lookup gives each name's values ascending, as the in-memory build did."""

from __future__ import annotations

import marisa_trie
import numpy as np

from app.gazetteer.namemap import PairSorter, write_map


def _load(tmp_path, name):
    trie = marisa_trie.Trie()
    trie.load(str(tmp_path / f"{name}.marisa"))
    arr = lambda part: np.load(tmp_path / "arrays" / f"{name}_{part}.npy")  # noqa: E731
    off, val, rank = arr("off"), arr("val"), arr("rank")

    def lookup(key):
        r = rank[trie[key]]
        return val[off[r] : off[r + 1]].tolist()

    return trie, lookup


def test_pairs_in_any_order_come_back_grouped_and_ascending(tmp_path):
    (tmp_path / "arrays").mkdir()
    sorter = PairSorter(tmp_path / "scratch.sqlite", ("exact", "variant"))
    sorter.add("exact", [("kyiv", 9), ("lyman", 4), ("kyiv", 1)])
    sorter.add("exact", [("mykolaiv", 7), ("kyiv", 5), ("zaporizhzhia", 2)])
    sorter.add("variant", [("kiv", 3), ("kiv", 3), ("kiv", 1)])
    seen = []
    n = write_map(
        sorter.sorted_groups("exact"), tmp_path, tmp_path / "arrays", "exact", lambda k, v: seen.append(k)
    )
    m = write_map(sorter.sorted_groups("variant", distinct=True), tmp_path, tmp_path / "arrays", "variant")
    sorter.close()
    assert (n, m) == (4, 1) and seen == sorted(seen)
    trie, lookup = _load(tmp_path, "exact")
    assert lookup("kyiv") == [1, 5, 9] and lookup("lyman") == [4] and lookup("zaporizhzhia") == [2]
    assert "kherson" not in trie
    _trie, lookup_variant = _load(tmp_path, "variant")
    assert lookup_variant("kiv") == [1, 3]  # repeated pairs counted once
    assert not list(tmp_path.glob(".*"))  # scratch files gone
