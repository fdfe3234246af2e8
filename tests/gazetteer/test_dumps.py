"""GeoNames dumps added with `conflictmap index build --geonames FILE`: a tiny dump in GeoNames' 19-column
format, written by the test (two villages, a lake, a river, an airport, a row of a class the index does
not want, a row the index already has), read streaming from a zip and from a plain .txt."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.gazetteer.dumps import DumpError, read_dump

# geonameid name asciiname alternatenames lat lon class code cc cc2 admin1 admin2 admin3 admin4 population
# elevation dem timezone modified
ROWS = [
    ("9900001", "Zarichchia Mala", "Zarichchia Mala", "Mala Zarichchia,Зарічча Мале", "47.6101", "33.2102", "P",
     "PPL", "UA", "", "08", "", "", "", "212", "", "80", "Europe/Kyiv", "2024-01-01"),
    ("9900002", "Lake Verkhnie", "Lake Verkhnie", "Verkhnie Lake", "47.7000", "33.4000", "H", "LK", "UA", "",
     "08", "", "", "", "0", "", "60", "Europe/Kyiv", "2024-01-01"),
    ("9900003", "Sukha Balka", "Sukha Balka", "", "47.6500", "33.3000", "H", "STM", "UA", "", "08", "", "",
     "", "0", "", "55", "Europe/Kyiv", "2024-01-01"),
    ("9900004", "Pivnichnyi Airfield", "Pivnichnyi Airfield", "", "47.6300", "33.2500", "S", "AIRF", "UA", "",
     "08", "", "", "", "0", "", "70", "Europe/Kyiv", "2024-01-01"),
    ("9900005", "Undersea Ridge", "Undersea Ridge", "", "44.0", "31.0", "U", "RDGU", "", "", "", "", "", "",
     "0", "", "-1", "", "2024-01-01"),
    ("703448", "Kyiv", "Kyiv", "Kiev", "50.45466", "30.5238", "P", "PPLC", "UA", "", "12", "", "", "",
     "2797553", "", "187", "Europe/Kyiv", "2024-01-01"),
    ("9900006", "Hryhorivka Druha", "Hryhorivka Druha", "", "47.5900", "33.1500", "P", "PPL", "UA", "", "08",
     "", "", "", "95", "", "75", "Europe/Kyiv", "2024-01-01"),
]  # fmt: skip


def write_dump(path: Path, rows=ROWS) -> Path:
    text = "".join("\t".join(r) + "\n" for r in rows)
    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("XX.txt", text)
            zf.writestr("readme.txt", "not a dump\n")
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["XX.zip", "XX.txt"])
def test_a_dump_is_read_row_by_row_keeping_the_wanted_classes(tmp_path, name):
    places = list(read_dump(write_dump(tmp_path / name), known_ids={703448}))
    assert [p.name for p in places] == [
        "Zarichchia Mala", "Lake Verkhnie", "Sukha Balka", "Pivnichnyi Airfield", "Hryhorivka Druha",
    ]  # fmt: skip
    kinds = {p.name: p.kind for p in places}
    assert kinds["Zarichchia Mala"] == "settlement" and kinds["Lake Verkhnie"] == "water"
    assert kinds["Pivnichnyi Airfield"] == "facility"
    village = places[0]
    assert (village.country_code, village.admin1_code, village.population) == ("UA", "08", 212)
    assert ("Mala Zarichchia", 1) in village.names and village.geonameid == 9900001


def test_a_file_that_is_not_a_dump_is_refused_with_its_line(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("id\tname\n", encoding="utf-8")
    with pytest.raises(DumpError, match="line 1"):
        list(read_dump(bad))


@pytest.mark.slow
def test_the_index_built_with_a_dump_finds_its_villages_and_keeps_them_on_rebuild(tmp_path, monkeypatch):
    from app.gazetteer import Gazetteer, index
    from app.gazetteer.index import build_index, ensure_index, is_current
    from app.geocode import Geocoder

    # the build streams a dump in chunks (50,000 rows each for allCountries); chunks of two rows here, so the
    # rows of one dump cross several of them
    monkeypatch.setattr(index, "_CHUNK", 2)
    dump = write_dump(tmp_path / "XX.zip")
    index_dir = tmp_path / "index"
    build_index(index_dir, dump_files=[dump])
    assert is_current(index_dir)
    gaz = Gazetteer(index_dir)
    geo = Geocoder(gaz)
    village = geo.search("Zarichchia Mala", limit=1, fuzzy=False)[0]
    assert village.country_code == "UA" and abs(village.lat - 47.6101) < 1e-6
    assert geo.search("Mala Zarichchia", limit=1, fuzzy=False)[0].geonameid == 9900001  # its alternate name
    lake = geo.search("Lake Verkhnie", limit=1, fuzzy=False)[0]
    assert lake.kind == "water"
    added = list(range(len(gaz)))[-5:]  # a dump's rows come after the curated places, in file order
    assert [gaz.names[i] for i in added] == [
        "Zarichchia Mala", "Lake Verkhnie", "Sukha Balka", "Pivnichnyi Airfield", "Hryhorivka Druha",
    ]  # fmt: skip
    assert gaz.sources[added[-1]] == "GeoNames dump XX.zip (PPL)"
    # typos match towns of 1,000 people and curated places: a dump's streams and hamlets stay out of that list
    assert "sukha balka" not in gaz.fuzzy_keys and "hryhorivka druha" not in gaz.fuzzy_keys
    assert len(geo.search("Kyiv", limit=5, fuzzy=False)) >= 1
    # a later rebuild (geodata changed, or `index build --force`) keeps the dump it was built with
    ensure_index(index_dir)
    assert is_current(index_dir)
