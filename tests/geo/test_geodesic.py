"""Distances and bearings against published GeographicLib reference values, and the geodesic line's split."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString, MultiLineString

from app.geo import distances_km, geodesic_line, measure
from app.geo.geodesic import spherical_upper_bound_filter

# Reference geodesics on WGS84 from GeographicLib's test suite (the first 20 lines of GeodTest.dat as used in
# geographiclib's tests/geodtest.c, C. F. F. Karney): lat1, lon1, azi1, lat2, lon2, azi2, s12 [m].
# Hard-coded from the publication, not computed by the code under test.
GEODTEST = [
    (
        35.60777,
        -139.44815,
        111.098748429560326,
        -11.17491,
        -69.95921,
        129.289270889708762,
        8935244.5604818305,
    ),
    (55.52454, 106.05087, 22.020059880982801, 77.03196, 197.18234, 109.112041110671519, 4105086.1713924406),
    (-21.97856, 142.59065, -32.44456876433189, 41.84138, 98.56635, -41.84359951440466, 8394328.894657671),
    (-66.99028, 112.2363, 173.73491240878403, -12.70631, 285.90344, 2.512956620913668, 11150344.2312080241),
    (
        -17.42761,
        173.34268,
        -159.033557661192928,
        -15.84784,
        5.93557,
        -20.787484651536988,
        16076603.1631180673,
    ),
    (32.84994, 48.28919, 150.492927788121982, -56.28556, 202.29132, 48.113449399816759, 16727068.9438164461),
    (6.96833, 52.74123, 92.581585386317712, -7.39675, 206.17291, 90.721692165923907, 17102477.2496958388),
    (
        -50.56724,
        -16.30485,
        -105.439679907590164,
        -33.56571,
        -94.97412,
        -47.348547835650331,
        6455670.5118668696,
    ),
    (-58.93002, -8.90775, 140.965397902500679, -8.91104, 133.13503, 19.255429433416599, 11756066.0219864627),
    (-68.82867, -74.28391, 93.774347763114881, -50.63005, -8.36685, 34.65564085411343, 3956936.926063544),
    (-10.62672, -32.0898, -86.426713286747751, 5.883, -134.31681, -80.473780971034875, 11470869.3864563009),
    (-21.76221, 166.90563, 29.319421206936428, 48.72884, 213.97627, 43.508671946410168, 9098627.3986554915),
    (
        -19.79938,
        -174.47484,
        71.167275780171533,
        -11.99349,
        -154.35109,
        65.589099775199228,
        2319004.8601169389,
    ),
    (-11.95887, -116.94513, 92.712619830452549, 4.57352, 7.16501, 78.64960934409585, 13834722.5801401374),
    (-87.85331, 85.66836, -65.120313040242748, 66.48646, 16.09921, -4.888658719272296, 17286615.3147144645),
    (1.74708, 128.32011, -101.584843631173858, -11.16617, 11.87109, -86.325793296437476, 12942901.1241347408),
    (
        -25.72959,
        -144.90758,
        -153.647468693117198,
        -57.70581,
        -269.17879,
        -48.343983158876487,
        9413446.7452453107,
    ),
    (-41.22777, 122.32875, 14.285113402275739, -7.57291, 130.37946, 10.805303085187369, 3812686.035106021),
    (11.01307, 138.25278, 79.43682622782374, 6.62726, 247.05981, 103.708090215522657, 11911190.819018408),
    (
        -29.47124,
        95.14681,
        -163.779130441688382,
        -27.46601,
        -69.15955,
        -15.909335945554969,
        13487015.8381145492,
    ),
]


def _wrap180(x: float) -> float:
    return (x + 180.0) % 360.0 - 180.0


@pytest.mark.parametrize("case", GEODTEST, ids=[f"geodtest-{i}" for i in range(len(GEODTEST))])
def test_distance_matches_geographiclib_reference_to_1mm(case):
    lat1, lon1, azi1, lat2, lon2, azi2, s12 = case
    m = measure(lat1, _wrap180(lon1), lat2, _wrap180(lon2))
    assert m.distance_km * 1000.0 == pytest.approx(s12, abs=1e-3)
    assert m.initial_bearing_deg == pytest.approx(azi1 % 360.0, abs=1e-9)
    assert m.final_bearing_deg == pytest.approx(azi2 % 360.0, abs=1e-9)


def test_karney_2013_inverse_example_to_1mm():
    # C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87 (2013), the worked inverse example:
    # (-30, 0) -> (29.9, 179.8): s12 = 19 989 832.827610 m, alpha1 = 161.890524736 deg, alpha2 = 18.090737246 deg.
    m = measure(-30.0, 0.0, 29.9, 179.8)
    assert m.distance_km * 1000.0 == pytest.approx(19_989_832.827610, abs=1e-3)
    assert m.initial_bearing_deg == pytest.approx(161.890524736, abs=1e-8)
    assert m.final_bearing_deg == pytest.approx(18.090737246, abs=1e-8)


@pytest.mark.parametrize(
    ("lat1", "lat2", "lon2", "s12"),
    [
        # GeographicLib regression cases GeodSolve6/9/10 (nearly antipodal points), published to 0.5 mm.
        (88.202499451857, -88.202499451857, 179.981022032992859592, 20003898.214),
        (89.262080389218, -89.262080389218, 179.992207982775375662, 20003925.854),
        (56.320923501171, -56.320923501171, 179.664747671772880215, 19993558.287),
        (52.784459512564, -52.784459512563990912, 179.634407464943777557, 19991596.095),
    ],
)
def test_nearly_antipodal_distances_match_reference(lat1, lat2, lon2, s12):
    assert measure(lat1, 0.0, lat2, lon2).distance_km * 1000.0 == pytest.approx(s12, abs=1e-3)


def test_units_are_international_mile_and_nautical_mile():
    m = measure(0.0, 0.0, 0.0, 1.0)  # one degree of the equator: 111.319491 km (a = 6378137 m)
    assert m.distance_km == pytest.approx(111.319491, abs=1e-6)
    assert m.distance_mi == pytest.approx(m.distance_km / 1.609344)
    assert m.distance_nmi == pytest.approx(m.distance_km / 1.852)


def test_bearings_due_north_along_a_meridian():
    m = measure(10.0, 20.0, 40.0, 20.0)
    assert m.initial_bearing_deg == pytest.approx(0.0, abs=1e-9)
    assert m.final_bearing_deg == pytest.approx(0.0, abs=1e-9)


def test_out_of_range_coordinates_are_refused():
    with pytest.raises(ValueError):
        measure(91.0, 0.0, 0.0, 0.0)
    with pytest.raises(ValueError):
        measure(0.0, 181.0, 0.0, 0.0)


def test_vectorised_distances_equal_one_by_one():
    rng = np.random.default_rng(7)
    lats, lons = rng.uniform(-89, 89, 50), rng.uniform(-180, 180, 50)
    many = distances_km(53.7, 31.8, lats, lons)
    for la, lo, d in zip(lats, lons, many, strict=True):
        assert d == pytest.approx(measure(53.7, 31.8, la, lo).distance_km, abs=1e-9)


def test_spherical_prefilter_never_drops_a_point_in_range():
    rng = np.random.default_rng(11)
    lats, lons = np.degrees(np.arcsin(rng.uniform(-1, 1, 20000))), rng.uniform(-180, 180, 20000)
    for radius in (50.0, 800.0, 5500.0, 15000.0):
        exact = distances_km(53.7, 31.8, lats, lons) <= radius
        kept = spherical_upper_bound_filter(53.7, 31.8, lats, lons, max_km=radius)
        assert not np.any(exact & ~kept)


def test_line_across_the_pacific_is_split_at_the_antimeridian():
    line = geodesic_line(35.68, 139.69, 37.77, -122.42)  # Tokyo -> San Francisco
    assert isinstance(line, MultiLineString)
    first, second = line.geoms
    assert first.coords[0] == pytest.approx((139.69, 35.68))
    assert second.coords[-1] == pytest.approx((-122.42, 37.77))
    assert abs(first.coords[-1][0]) == 180.0 and first.coords[-1][0] == -second.coords[0][0]
    assert first.coords[-1][1] == pytest.approx(second.coords[0][1])
    for part in line.geoms:
        assert all(-180.0 <= x <= 180.0 for x, _ in part.coords)


def test_line_vertices_lie_on_the_geodesic():
    line = geodesic_line(50.45, 30.52, 38.72, -9.14)  # Kyiv -> Lisbon, no crossing
    assert isinstance(line, LineString)
    total = measure(50.45, 30.52, 38.72, -9.14).distance_km
    coords = np.asarray(line.coords)
    from_start = distances_km(50.45, 30.52, coords[:, 1], coords[:, 0])
    to_end = distances_km(38.72, -9.14, coords[:, 1], coords[:, 0])
    assert np.allclose(from_start + to_end, total, atol=1e-6)


@pytest.mark.parametrize(
    ("a", "b"), [((0.0, 180.0), (0.0, -170.0)), ((10.0, -180.0), (12.0, 170.0)), ((5.0, 20.0), (5.0, 20.0))]
)
def test_lines_touching_the_antimeridian_or_of_zero_length_stay_well_formed(a, b):
    line = geodesic_line(*a, *b)
    parts = list(line.geoms) if isinstance(line, MultiLineString) else [line]
    for part in parts:
        assert len(part.coords) >= 2
        assert all(-180.0 <= x <= 180.0 for x, _ in part.coords)
    if a != b:
        assert all(part.length > 0 for part in parts)
