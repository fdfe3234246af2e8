"""geodata/natural_features.csv: every row well formed, indexed at its point under its name, with its source."""

from __future__ import annotations

import csv

from app.gazetteer import normalize
from app.gazetteer.sources import GEODATA


def _rows() -> list[dict[str, str]]:
    with (GEODATA / "natural_features.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_rows_are_well_formed():
    rows = _rows()
    assert len(rows) > 150
    assert list(rows[0]) == ["name", "aliases", "kind", "lat", "lon", "country_code", "source"]
    for r in rows:
        assert r["kind"] in ("water", "region", "other"), r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert r["source"] and ("approximate" in r["source"] or "GeoNames" in r["source"]), r
        assert len(r["country_code"]) in (0, 2), r


def test_every_feature_is_indexed_at_its_point(gazetteer):
    for r in _rows():
        hits = [i for i, tier in gazetteer.lookup(normalize(r["name"])) if tier == 0]
        here = [
            i
            for i in hits
            if abs(gazetteer.lat[i] - float(r["lat"])) < 1e-6
            and abs(gazetteer.lon[i] - float(r["lon"])) < 1e-6
        ]
        assert here, r["name"]
        assert gazetteer.kind_of(here[0]) == r["kind"] and gazetteer.sources[here[0]] == r["source"]
