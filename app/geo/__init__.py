"""app.geo: exact geodesy on WGS84 — distances, bearings, rings, countries, range questions. Imports nothing from app.

The names below are loaded on first use (PEP 562): event coding needs only the geodesic distances, and
importing the country borders and the range questions with them (shapely, their data) cost every extracting
run a few dozen milliseconds."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.geo.catalogue import (
        Capital,
        UnknownWeapon,
        Weapon,
        find_weapon,
        load_capitals,
        load_nato,
        load_weapons,
    )
    from app.geo.countries import BorderDistance, Countries, load_countries
    from app.geo.geodesic import WGS84, Measurement, distances_km, geodesic_line, measure
    from app.geo.ranges import (
        TARGET_SETS,
        Place,
        RingSpec,
        Targets,
        capital_targets,
        distance_answer,
        distance_feature,
        plan_rings,
        range_collection,
        record_targets,
        ring_feature,
        settlement_targets,
        within,
    )
    from app.geo.rings import MAX_RADIUS_KM, RadiusError, ring_polygon, validate_radii

# the module of app.geo that defines each public name
_MODULES = {
    "catalogue": (
        "Capital",
        "UnknownWeapon",
        "Weapon",
        "find_weapon",
        "load_capitals",
        "load_nato",
        "load_weapons",
    ),
    "countries": ("BorderDistance", "Countries", "load_countries"),
    "geodesic": ("WGS84", "Measurement", "distances_km", "geodesic_line", "measure"),
    "ranges": (
        "TARGET_SETS",
        "Place",
        "RingSpec",
        "Targets",
        "capital_targets",
        "distance_answer",
        "distance_feature",
        "plan_rings",
        "range_collection",
        "record_targets",
        "ring_feature",
        "settlement_targets",
        "within",
    ),
    "rings": ("MAX_RADIUS_KM", "RadiusError", "ring_polygon", "validate_radii"),
}
_HOME = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "MAX_RADIUS_KM",
    "TARGET_SETS",
    "WGS84",
    "BorderDistance",
    "Capital",
    "Countries",
    "Measurement",
    "Place",
    "RadiusError",
    "RingSpec",
    "Targets",
    "UnknownWeapon",
    "Weapon",
    "capital_targets",
    "distance_answer",
    "distance_feature",
    "distances_km",
    "find_weapon",
    "geodesic_line",
    "load_capitals",
    "load_countries",
    "load_nato",
    "load_weapons",
    "measure",
    "plan_rings",
    "range_collection",
    "record_targets",
    "ring_feature",
    "ring_polygon",
    "settlement_targets",
    "validate_radii",
    "within",
]


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
