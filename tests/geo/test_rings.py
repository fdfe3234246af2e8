"""Geodesic rings and donuts: accuracy, poles, antimeridian, winding, validity."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, mapping, shape

from app.geo import RadiusError, distances_km, ring_polygon
from app.geo.rings import circle_vertices

KRICHEV_6 = (53.7, 31.8)  # the air base near Krychaw, Mogilev Region, Belarus


def _polygons(geom) -> list[Polygon]:
    return list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]


def _circle_edges(geom, lat, lon, radius_km):
    """Edges of the exterior/interior rings whose two ends lie on the circle (not cut lines or pole lines)."""
    for poly in _polygons(geom):
        for ring in (poly.exterior, *poly.interiors):
            xy = np.asarray(ring.coords)
            d = distances_km(lat, lon, xy[:, 1], xy[:, 0])
            on = np.abs(d - radius_km) <= radius_km * 1e-6
            for i in np.flatnonzero(on[:-1] & on[1:]):
                yield xy[i], xy[i + 1]


@pytest.mark.parametrize(
    ("lat", "lon", "radius_km"),
    [(*KRICHEV_6, 5500.0), (*KRICHEV_6, 500.0), (0.0, 179.5, 2000.0), (-85.0, 40.0, 1500.0), (10.0, 10.0, 19000.0),
     (60.0, -150.0, 8000.0), (0.0, 0.0, 0.5)],
)  # fmt: skip
def test_vertices_and_edge_midpoints_are_within_0_1_percent_of_the_radius(lat, lon, radius_km):
    lons, lats = circle_vertices(lat, lon, radius_km)
    d = distances_km(lat, lon, lats, lons)
    assert np.all(np.abs(d - radius_km) <= radius_km * 1e-9 + 1e-6)  # vertices: exactly on the circle
    geom = ring_polygon(lat, lon, radius_km)
    edges = list(_circle_edges(geom, lat, lon, radius_km))
    assert len(edges) >= 100
    a = np.array([e[0] for e in edges])
    b = np.array([e[1] for e in edges])
    mid = (a + b) / 2.0  # as a GeoJSON renderer draws the edge: straight in lon/lat
    dm = distances_km(lat, lon, mid[:, 1], mid[:, 0])
    assert np.max(np.abs(dm - radius_km)) <= radius_km * 0.001


@pytest.fixture(scope="module")
def oreshnik_ring():
    return ring_polygon(*KRICHEV_6, 5500.0)


def test_oreshnik_ring_from_krichev_is_valid_geojson_polygon(oreshnik_ring):
    assert oreshnik_ring.is_valid
    again = shape(mapping(oreshnik_ring))
    assert again.equals(oreshnik_ring)
    minx, miny, maxx, maxy = oreshnik_ring.bounds
    assert minx >= -180.0 and maxx <= 180.0 and miny >= -90.0 and maxy <= 90.0


def test_oreshnik_ring_contains_the_north_pole(oreshnik_ring):
    # The pole is 4,040 km from Krichev-6: the whole pole line lat = 90 must lie in the polygon.
    assert oreshnik_ring.covers(LineString([(-180.0, 90.0), (180.0, 90.0)]))
    assert oreshnik_ring.contains(Point(100.0, 89.9))
    assert oreshnik_ring.contains(Point(-100.0, 89.9))


@pytest.mark.parametrize(
    "city", [("London", 51.5085, -0.1257), ("Lisbon", 38.7167, -9.1333), ("Kabul", 34.5281, 69.1723)]
)
def test_oreshnik_ring_contains(oreshnik_ring, city):
    _, lat, lon = city
    assert oreshnik_ring.contains(Point(lon, lat))


@pytest.mark.parametrize("city", [("New York", 40.7143, -74.006), ("Tokyo", 35.6895, 139.6917)])
def test_oreshnik_ring_excludes(oreshnik_ring, city):
    _, lat, lon = city
    assert not oreshnik_ring.intersects(Point(lon, lat))


def test_ring_crosses_the_antimeridian_in_the_far_north(oreshnik_ring):
    # At 5,500 km the ring spills over the pole down to ~70 N on the Pacific side, across 180 degrees.
    assert oreshnik_ring.contains(Point(179.9, 85.0))
    assert oreshnik_ring.contains(Point(-179.9, 85.0))


def test_donut_500_to_5500_km_excludes_minsk_and_keeps_warsaw():
    donut = ring_polygon(*KRICHEV_6, 5500.0, 500.0)
    assert donut.is_valid
    assert not donut.intersects(Point(27.5667, 53.9))  # Minsk, ~280 km away
    assert not donut.intersects(Point(KRICHEV_6[1], KRICHEV_6[0]))
    assert donut.contains(Point(21.0118, 52.2298))  # Warsaw, ~740 km
    assert donut.covers(LineString([(-180.0, 90.0), (180.0, 90.0)]))


def test_exterior_rings_are_counter_clockwise_and_holes_clockwise():
    for geom in (
        ring_polygon(*KRICHEV_6, 5500.0, 500.0),
        ring_polygon(0.0, 179.9, 1000.0),
        ring_polygon(-89.0, 0.0, 800.0),
    ):
        for poly in _polygons(geom):
            assert poly.exterior.is_ccw
            assert all(not hole.is_ccw for hole in poly.interiors)


@pytest.mark.parametrize(
    ("lat", "lon"), [(0.0, 179.9), (0.0, -179.9), (45.0, 180.0), (-30.0, -180.0), (65.0, 179.0)]
)
def test_rings_near_the_antimeridian_are_split_and_valid(lat, lon):
    geom = ring_polygon(lat, lon, 1000.0)
    assert geom.is_valid
    assert isinstance(geom, MultiPolygon)  # one piece each side of 180
    assert geom.bounds[0] == -180.0 and geom.bounds[2] == 180.0
    assert geom.covers(Point(lon, lat))


@pytest.mark.parametrize(
    ("lat", "lon", "radius_km"),
    [(-89.0, 10.0, 500.0), (-80.0, 170.0, 3000.0), (-90.0, 0.0, 5000.0), (-75.0, -179.0, 2500.0)],
)
def test_rings_near_the_south_pole_are_valid_and_hold_the_pole(lat, lon, radius_km):
    geom = ring_polygon(lat, lon, radius_km)
    assert geom.is_valid
    assert isinstance(geom, Polygon)
    assert geom.covers(LineString([(-180.0, -90.0), (180.0, -90.0)]))


def test_ring_of_19000_km_holds_both_poles_and_leaves_a_hole_round_the_antipode():
    geom = ring_polygon(*KRICHEV_6, 19000.0)
    assert geom.is_valid
    assert geom.covers(LineString([(-180.0, 90.0), (180.0, 90.0)]))
    assert geom.covers(LineString([(-180.0, -90.0), (180.0, -90.0)]))
    assert not geom.intersects(Point(KRICHEV_6[1] - 180.0, -KRICHEV_6[0]))  # the antipode is > 19,000 km away


def test_polygon_membership_agrees_with_geodesic_distance_away_from_the_edge():
    # Random points over the globe: inside the drawn polygon <=> geodesic distance < radius, except in a thin
    # band around the circle where the drawing's 0.1 % tolerance applies.
    rng = np.random.default_rng(3)
    lats = np.degrees(np.arcsin(rng.uniform(-1, 1, 4000)))
    lons = rng.uniform(-180, 180, 4000)
    for lat, lon, r, r_min in (
        (*KRICHEV_6, 5500.0, 500.0),
        (-70.0, 175.0, 4000.0, 0.0),
        (20.0, -60.0, 12000.0, 0.0),
    ):
        geom = ring_polygon(lat, lon, r, r_min)
        shapely.prepare(geom)
        d = distances_km(lat, lon, lats, lons)
        clear = (np.abs(d - r) > r * 0.002) & ((r_min == 0) | (np.abs(d - r_min) > r_min * 0.002))
        inside = shapely.contains_xy(geom, lons, lats)
        expected = (d <= r) & (d >= r_min)
        assert np.array_equal(inside[clear], expected[clear])


@pytest.mark.parametrize(
    ("max_km", "min_km", "param"),
    [(-5.0, 0.0, "max_km"), (20_001.0, 0.0, "max_km"), (100.0, 200.0, "min_km"), (100.0, -1.0, "min_km"),
     (float("nan"), 0.0, "max_km"), (0.0, 0.0, "max_km")],
)  # fmt: skip
def test_nonsense_radii_are_refused_naming_the_parameter(max_km, min_km, param):
    with pytest.raises(RadiusError) as err:
        ring_polygon(*KRICHEV_6, max_km, min_km)
    assert err.value.param == param


@pytest.mark.parametrize("radius_km", [1e-9, 0.001, 19_950.0, 19_999.99, 20_000.0])
def test_extreme_radii_stay_valid_and_quick(radius_km):
    # A runaway bisection (round-off, past the cut locus) would hang here; pytest-timeout ends it.
    geom = ring_polygon(10.0, 10.0, radius_km)
    assert geom.is_valid and not geom.is_empty
    assert geom.covers(Point(10.0, 10.0))


@pytest.mark.parametrize(("lat", "lon"), [(90.0, 0.0), (-90.0, 0.0), (89.99999, 123.0)])
def test_rings_centred_on_or_next_to_a_pole(lat, lon):
    geom = ring_polygon(lat, lon, 1000.0)
    assert geom.is_valid and isinstance(geom, Polygon)
    pole = 90.0 if lat > 0 else -90.0
    assert geom.covers(LineString([(-180.0, pole), (180.0, pole)]))
    assert abs(geom.bounds[1 if lat > 0 else 3]) == pytest.approx(
        81.05, abs=0.01
    )  # 1,000 km of meridian ~ 9 deg
