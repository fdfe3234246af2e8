"""The map's vendor assets: installed from npm (not in git), mapped from folium's CDN URLs, idempotent."""

from __future__ import annotations

import subprocess
import sys

import folium
import pytest
from folium.plugins import Fullscreen, MarkerCluster, MeasureControl, MiniMap
from map_fixtures import map_assets  # noqa: F401  (fixture)

from app.map import assets


def folium_urls() -> set[str]:
    out: set[str] = set()
    for cls in (folium.Map, MarkerCluster, Fullscreen, MeasureControl, MiniMap):
        out.update(url for _, url in (*cls.default_js, *cls.default_css))
    return out


def test_every_folium_asset_the_map_uses_has_a_local_copy(map_assets):  # noqa: F811
    for url in folium_urls():
        assert url in assets.CDN_TO_LOCAL, url
        rel = assets.CDN_TO_LOCAL[url]
        if rel is not None:
            assert (assets.VENDOR_DIR / rel).is_file(), rel


def test_stylesheet_images_and_fonts_are_installed_too(map_assets):  # noqa: F811
    assert (assets.VENDOR_DIR / "fontawesome-free@6.2.0/webfonts/fa-solid-900.woff2").is_file()
    assert (assets.VENDOR_DIR / "leaflet@1.9.3/dist/images/layers.png").is_file()
    assert (assets.VENDOR_DIR / "leaflet-measure@2.1.7/dist/images/rulers.png").is_file()


def test_vendor_dir_is_not_tracked_by_git():
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", str(assets.VENDOR_DIR / "leaflet@1.9.3/dist/leaflet.js")],
        cwd=assets.STATIC_DIR,
        check=False,
    )
    assert ignored.returncode == 0


def test_second_install_is_a_quick_no_op(map_assets):  # noqa: F811
    # "quick" = nothing is fetched or rewritten: the vendored files keep their modification times
    before = {p: p.stat().st_mtime_ns for p in assets.VENDOR_DIR.rglob("*") if p.is_file()}
    done = subprocess.run(
        [sys.executable, "-m", "app.map.assets", "--quiet"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    after = {p: p.stat().st_mtime_ns for p in assets.VENDOR_DIR.rglob("*") if p.is_file()}
    assert after == before


def test_localize_refuses_an_asset_it_has_no_copy_of():
    page = '<script src="https://cdn.example.net/lib.js"></script>'
    with pytest.raises(KeyError, match="no local copy"):
        assets.localize(page)


def test_localize_drops_sheets_no_package_ships():
    page = '<link rel="stylesheet" href="https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css"/>'
    assert assets.localize(page) == ""


def test_borders_are_natural_earth_countries(map_assets):  # noqa: F811
    import orjson

    fc = orjson.loads(assets.BORDERS_FILE.read_bytes())
    names = {f["properties"]["name"] for f in fc["features"]}
    assert {"Ukraine", "Poland", "Portugal"} <= names
    assert len(fc["features"]) > 200
    assert assets.BORDERS_FILE.stat().st_size < 2_000_000


def test_a_vendor_dir_from_before_the_docs_packages_still_serves_the_map(tmp_path, monkeypatch):
    # A checkout installed before swagger-ui/redoc were added: the map works, the docs ask for `make assets`.
    from app.map.borders import BORDERS_VERSION

    borders = tmp_path / "naturalearth" / "countries.geojson"
    borders.parent.mkdir()
    borders.write_text("{}")
    monkeypatch.setattr(assets, "VENDOR_DIR", tmp_path)
    monkeypatch.setattr(assets, "BORDERS_FILE", borders)
    (tmp_path / ".installed").write_text("\n".join([*sorted(assets.MAP_PACKAGES), BORDERS_VERSION]) + "\n")
    assert assets.is_installed(docs=False)
    assert not assets.is_installed()
    (tmp_path / ".installed").write_text("\n".join([*sorted(assets.PACKAGES), BORDERS_VERSION]) + "\n")
    assert assets.is_installed()
    # A different borders version means the borders must be rewritten: neither counts as installed.
    (tmp_path / ".installed").write_text("\n".join([*sorted(assets.PACKAGES), "borders-0"]) + "\n")
    assert not assets.is_installed(docs=False)
