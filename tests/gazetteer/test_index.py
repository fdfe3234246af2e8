"""The built gazetteer index: its attributes, its regions, and the pieces that keep it fast and safe to rebuild."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from app.gazetteer import Gazetteer, load_gazetteer
from app.gazetteer.index import _fuzzy_eligible, _fuzzy_keys, _swap_in, is_current
from app.gazetteer.sources import GEODATA, country_aliases


def test_loaded_index_is_current(shared_settings, gazetteer):
    # loading (the gazetteer fixture) rebuilds a stale index, so afterwards it must be current
    assert is_current(shared_settings.index_dir)


def test_load_gazetteer_is_shared_per_index(shared_settings, gazetteer):
    assert load_gazetteer(shared_settings) is gazetteer


def test_arrays_cover_every_place(gazetteer):
    n = len(gazetteer)
    assert n > 200_000
    for arr, dtype in [
        (gazetteer.lat, np.float64),
        (gazetteer.lon, np.float64),
        (gazetteer.population, np.int64),
        (gazetteer.geonameid, np.int64),
    ]:
        assert arr.shape == (n,) and arr.dtype == dtype
    assert len(gazetteer.names) == n and len(gazetteer.kind) == n and len(gazetteer.country_code) == n
    assert set(np.unique(gazetteer.kind)) <= {"settlement", "facility", "region", "country", "water", "other"}
    assert np.all(np.abs(gazetteer.lat) <= 90) and np.all(np.abs(gazetteer.lon) <= 180)


def test_curated_entries_have_no_geonameid(gazetteer):
    facilities = np.flatnonzero(gazetteer.kind == "facility")
    assert len(facilities) > 50
    assert np.all(gazetteer.geonameid[facilities] == 0)


def test_admin1_name_of_a_town(gazetteer, geocoder):
    i = geocoder.best("Siversk").place_id
    assert gazetteer.admin1_name(i) == "Donetsk Oblast"


@pytest.mark.parametrize(("cc", "at_least"), [("UA", 27), ("RU", 83), ("BY", 7), ("PL", 16), ("US", 50)])
def test_regions_of_ukraine_russia_belarus_and_more(gazetteer, cc, at_least):
    regions = np.flatnonzero((gazetteer.kind == "region") & (gazetteer.country_code == cc))
    assert len(regions) >= at_least


def test_every_ukrainian_region_point_is_a_town_in_it(gazetteer, geocoder):
    regions = np.flatnonzero((gazetteer.kind == "region") & (gazetteer.country_code == "UA"))
    for i in regions.tolist():
        nearest = geocoder.reverse(float(gazetteer.lat[i]), float(gazetteer.lon[i]))[0]
        assert nearest.country_code == "UA", gazetteer.names[i]
        assert float(nearest.why[0].split(", ")[1].split()[0]) < 5, gazetteer.names[i]


def test_country_aliases_file_is_well_formed():
    with (GEODATA / "country_aliases.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and set(rows[0]) == {"country_code", "alias"}
    assert all(
        len(r["country_code"]) == 2 and r["country_code"].isupper() and r["alias"].strip() for r in rows
    )
    assert len({(r["country_code"], r["alias"]) for r in rows}) == len(rows)
    assert "England" not in {r["alias"] for r in rows}  # a constituent country, read as a GB region instead
    assert {"USA", "UK", "Holland", "DRC"} <= {a for names in country_aliases().values() for a in names}


def test_fuzzy_keys_grouped_by_length():
    exact = {"lyman": [0], "kyiv": [4], "bakhmut": [8], "tiny": [12], "abc": [16]}
    keep = np.array([True, True, True, False, True])
    keys, off = _fuzzy_keys([k for k, vals in exact.items() if _fuzzy_eligible(k, vals, keep)])
    assert keys == ["kyiv", "lyman", "bakhmut"]  # "tiny" is unimportant, "abc" too short
    assert keys[off[5] : off[6]] == ["lyman"]
    assert keys[off[4] : off[8]] == ["kyiv", "lyman", "bakhmut"]


def test_fuzzy_keys_between_slices_by_length(gazetteer):
    pool = gazetteer.fuzzy_keys_between(9, 11)
    assert pool and all(9 <= len(k) <= 11 for k in pool)
    assert "kramatorsk" in pool


def test_swap_in_replaces_an_existing_index(tmp_path):
    target = tmp_path / "index"
    target.mkdir()
    (target / "old").write_text("old")
    build = tmp_path / "build"
    build.mkdir()
    (build / "new").write_text("new")
    _swap_in(build, target)
    assert [p.name for p in target.iterdir()] == ["new"]
    assert not build.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]  # no leftovers


def test_swap_in_when_there_is_no_index_yet(tmp_path):
    build = tmp_path / "build"
    build.mkdir()
    (build / "new").write_text("new")
    _swap_in(build, tmp_path / "index")
    assert (tmp_path / "index" / "new").read_text() == "new"


def test_gazetteer_opens_a_built_index_directly(shared_settings):
    gaz = Gazetteer(shared_settings.index_dir)
    assert gaz.lookup("kyiv") and gaz.has_name("bakhmut")


def test_names_are_read_on_first_use_only(shared_settings, gazetteer):
    fresh = Gazetteer(shared_settings.index_dir)
    assert len(fresh) == len(gazetteer)
    assert fresh.lookup("kharkiv") == gazetteer.lookup("kharkiv")  # tries and arrays: no names needed
    assert "names" not in vars(fresh)
    i = fresh.lookup("kharkiv")[0][0]
    assert fresh.names[i] == gazetteer.names[i] and fresh.names[i].startswith("Kharkiv")
    assert fresh.admin1_name(i) == gazetteer.admin1_name(i)


def test_admin1_names_get_the_forms_news_writes():
    """GeoNames writes 'Southern Kordofan', 'Northern Darfur', 'West Kordofan State'; news writes 'South
    Kordofan', 'North Darfur', 'West Kordofan' (sources.admin1_news_forms)."""
    from app.gazetteer.sources import admin1_news_forms

    assert admin1_news_forms("Southern Kordofan") == ["South Kordofan"]
    assert admin1_news_forms("West Kordofan State") == ["West Kordofan"]
    assert admin1_news_forms("Northern Darfur") == ["North Darfur"]
    assert admin1_news_forms("Khartoum") == []
    assert admin1_news_forms("Southern") == []  # a compass word alone is no name


def test_a_region_written_as_news_writes_it_is_found(gazetteer):
    for written in ("South Kordofan", "North Darfur", "West Kordofan"):
        hits = gazetteer.lookup(written.lower())
        assert any(gazetteer.kind_of(i) == "region" and gazetteer.country_code[i] == "SD" for i, _ in hits), (
            written
        )


def test_a_region_geonames_writes_in_french_is_found_as_news_writes_it(gazetteer):
    """GeoNames writes Congo's provinces 'Nord Kivu' and 'Sud Kivu'; wire copy writes 'North Kivu'."""
    from app.gazetteer.sources import admin1_news_forms

    assert admin1_news_forms("Nord Kivu") == ["North Kivu"] and admin1_news_forms("Sud Kivu") == [
        "South Kivu"
    ]
    for written in ("North Kivu", "South Kivu"):
        hits = gazetteer.lookup(written.lower())
        assert any(gazetteer.kind_of(i) == "region" and gazetteer.country_code[i] == "CD" for i, _ in hits), (
            written
        )


def test_a_one_word_remainder_is_no_news_form():
    """'Free State' and 'Rivers State' are not 'Free' and 'Rivers' in news (GWN and LGL stories say so)."""
    from app.gazetteer.sources import admin1_news_forms

    assert admin1_news_forms("Free State") == [] and admin1_news_forms("Rivers State") == []
