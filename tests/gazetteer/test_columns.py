"""The index's per-place columns, written chunk by chunk and read back memory-mapped."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from app.gazetteer.columns import CodedColumn, ColumnWriter, StringColumn


def _place(name, lat, kind="settlement", source="geonames", cc="UA", a1="08", pop=0, gid=0):
    return SimpleNamespace(
        name=name, lat=lat, lon=lat + 1, kind=kind, source=source, country_code=cc, admin1_code=a1,
        population=pop, geonameid=gid,
    )  # fmt: skip


def test_chunks_written_one_after_another_read_back_as_one_column(tmp_path):
    w = ColumnWriter(tmp_path)
    w.append([_place("Mala Tokmachka", 47.5, pop=2000, gid=11), _place("Київ", 50.4, kind="capital")])
    w.append([])
    w.append(
        [_place("Lake Verkhnie", 47.7, kind="water", source="GeoNames dump UA.zip (LK)", a1="toolongcode1")]
    )
    w.finish(tmp_path / "arrays")
    col = lambda name: np.load(tmp_path / "arrays" / f"{name}.npy", mmap_mode="r")  # noqa: E731
    assert col("lat").tolist() == [47.5, 50.4, 47.7] and col("lon").tolist() == [48.5, 51.4, 48.7]
    assert col("population").tolist() == [2000, 0, 0] and col("geonameid").tolist() == [11, 0, 0]
    assert col("kind").tolist() == [0, 6, 4]  # settlement, capital, water
    assert col("admin1_code").tolist() == ["08", "08", "toolongc"]  # U8, as the index always stored it
    names = StringColumn(tmp_path / "arrays" / "names.bin", col("names_off"))
    assert len(names) == 3 and names[1] == "Київ" and names[-1] == "Lake Verkhnie"
    assert list(names) == ["Mala Tokmachka", "Київ", "Lake Verkhnie"] and names[0:2] == [
        "Mala Tokmachka",
        "Київ",
    ]
    import pickle

    table = pickle.loads((tmp_path / "arrays" / "sources.pkl").read_bytes())
    sources = CodedColumn(col("source_code"), table)
    assert list(sources) == ["", "", "GeoNames dump UA.zip (LK)"]  # "geonames" is the default, stored empty


def test_an_empty_index_has_empty_columns(tmp_path):
    w = ColumnWriter(tmp_path)
    w.finish(tmp_path / "arrays")
    names = StringColumn(tmp_path / "arrays" / "names.bin", np.load(tmp_path / "arrays" / "names_off.npy"))
    assert len(names) == 0 and list(names) == []
    assert np.load(tmp_path / "arrays" / "lat.npy").shape == (0,)
