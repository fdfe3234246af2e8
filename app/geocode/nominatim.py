"""app.geocode.nominatim: the optional online fallback — geopy's Nominatim, rate-limited and cached on disk.

Off unless `CONFLICTMAP_ONLINE_GEOCODER=nominatim`. The offline gazetteer always answers first; this
backend is asked only when it finds nothing, at most once per second (OSM's usage policy), and every
answer (including "nothing") is kept in a SQLite file under the data dir, so a name is fetched once.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter

from app.errors import GeocoderError
from app.geocode.candidate import Candidate
from app.settings import Settings

log = logging.getLogger("conflictmap.geocode")

MIN_DELAY_SECONDS = 1.0  # https://operations.osmfoundation.org/policies/nominatim/
CACHE_FILE = "nominatim-cache.sqlite"

# OSM place types that are towns and villages; everything else named is a facility or an area.
_SETTLEMENT_TYPES = {
    "city",
    "town",
    "village",
    "hamlet",
    "suburb",
    "quarter",
    "neighbourhood",
    "isolated_dwelling",
}
_REGION_TYPES = {"state", "region", "province", "county", "district", "administrative"}
_WATER_CLASSES = {"water", "waterway", "natural"}


def _kind(raw: dict[str, Any]) -> str:
    cls, typ = raw.get("class", ""), raw.get("type", "")
    address_type = raw.get("addresstype", "")
    if address_type == "country" or typ == "country":
        return "country"
    if cls == "place" and typ in _SETTLEMENT_TYPES or address_type in _SETTLEMENT_TYPES:
        return "settlement"
    if cls == "boundary" or typ in _REGION_TYPES or address_type in _REGION_TYPES:
        return "region"
    if cls in _WATER_CLASSES and typ in {"water", "bay", "strait", "river", "sea", "lake"}:
        return "water"
    return "facility"


_PRECISION = {"settlement": 1, "facility": 1, "region": 3, "country": 3, "water": 2}


def candidate_from_raw(raw: dict[str, Any]) -> Candidate:
    """A Nominatim JSON result (with addressdetails) as our Candidate."""
    address = raw.get("address") or {}
    kind = _kind(raw)
    display = str(raw.get("display_name") or raw.get("name") or "")
    cc = str(address.get("country_code") or "").upper() or None
    pop = str((raw.get("extratags") or {}).get("population") or "0")
    return Candidate(
        name=str(raw.get("name") or display.split(",")[0]).strip(),
        lat=float(raw["lat"]),
        lon=float(raw["lon"]),
        kind=kind,
        country_code=cc,
        admin1=address.get("state") if kind != "country" else None,
        geonameid=None,
        population=int(pop) if pop.isdigit() else 0,
        score=round(min(1.0, float(raw.get("importance") or 0.5)), 4),
        geo_precision=_PRECISION.get(kind, 2),
        matched=display,
        why=(
            "online fallback: Nominatim (OpenStreetMap); nothing in the offline gazetteer",
            f"osm {raw.get('osm_type', '?')} {raw.get('osm_id', '?')}: {display}",
        ),
    )


class NominatimCache:
    """answers by (query, country, limit), as JSON rows in one SQLite file; thread-safe."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, raws TEXT NOT NULL)")
        self._db.commit()

    @staticmethod
    def key(query: str, country: str | None, limit: int) -> str:
        return json.dumps([query.strip().lower(), (country or "").upper(), limit])

    def get(self, key: str) -> list[dict[str, Any]] | None:
        with self._lock:
            row = self._db.execute("SELECT raws FROM answers WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def put(self, key: str, raws: list[dict[str, Any]]) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO answers (key, raws) VALUES (?, ?)", (key, json.dumps(raws))
            )
            self._db.commit()

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM answers").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


class NominatimGeocoder:
    """geopy's Nominatim behind a 1 request/s RateLimiter and an on-disk cache.

    `backend` is any geopy-compatible geocoder (tests pass a fake; by default geopy's Nominatim with
    the configured user agent). Construction never touches the network; only `search` on a cache miss does.

    >>> online = NominatimGeocoder(Settings(online_geocoder="nominatim"))   # doctest: +SKIP
    >>> online.search("Vilne, Donetsk Oblast, Ukraine")[0].kind              # doctest: +SKIP
    'settlement'
    """

    def __init__(
        self,
        settings: Settings,
        *,
        backend: Any = None,
        min_delay_seconds: float = MIN_DELAY_SECONDS,
        error_wait_seconds: float = 5.0,
        cache_path: Path | None = None,
    ) -> None:
        if backend is None:
            from geopy.geocoders import Nominatim

            backend = Nominatim(user_agent=settings.nominatim_user_agent, timeout=10)
        self.backend = backend
        # swallow_exceptions=False: a failure must not be cached as "no such place".
        self.geocode = RateLimiter(
            backend.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=1,
            error_wait_seconds=error_wait_seconds,
            swallow_exceptions=False,
        )
        self.cache = NominatimCache(cache_path or Path(settings.data_dir) / CACHE_FILE)

    def search(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Candidate]:
        key = NominatimCache.key(query, country, limit)
        raws = self.cache.get(key)
        if raws is None:
            try:
                found = self.geocode(
                    query,
                    exactly_one=False,
                    limit=limit,
                    addressdetails=True,
                    country_codes=country.lower() if country else None,
                )
            except GeopyError as exc:
                log.warning("nominatim failed for %r: %s", query, exc)
                return []
            raws = [loc.raw for loc in (found or [])]
            self.cache.put(key, raws)
        return [candidate_from_raw(r) for r in raws[:limit]]

    def close(self) -> None:
        self.cache.close()


def online_geocoder(settings: Settings, *, backend: Any = None) -> NominatimGeocoder | None:
    """The configured online fallback, or None (the default: fully offline)."""
    name = (settings.online_geocoder or "").strip().lower()
    if not name or name in {"none", "off", "false", "0"}:
        return None
    if name == "nominatim":
        return NominatimGeocoder(settings, backend=backend)
    raise GeocoderError(f"unknown online geocoder {settings.online_geocoder!r}; the only one is 'nominatim'")
