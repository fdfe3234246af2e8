"""app.geo: exact geodesy on WGS84 — distances, bearings, rings, countries, range questions. Imports nothing from app."""

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
