"""Helpers the map tests and the map benchmark share: hand-made events, a real uvicorn, a real Chromium."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from app.extract.model import EVENT_TYPES, Event
from app.settings import Settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
EXPLOSIONS = "Explosions/Remote violence"


def _event(i: int, date: str, etype: str, sub: str, lat: float, lon: float, place: str, **kw: Any) -> Event:
    return Event(
        id=f"map-test-{i:02d}",
        event_date=date,
        time_precision=1,
        event_type=etype,
        sub_event_type=sub,
        lat=lat,
        lon=lon,
        location=place,
        admin1=kw.pop("admin1", place),
        country=kw.pop("country", "Ukraine"),
        country_code=kw.pop("country_code", "UA"),
        source=kw.pop(
            "source",
            {
                "title": f"Night attack bulletin {i}",
                "outlet": "Map Test Wire",
                "url": f"https://wire.example.org/bulletins/{i}",
                "published": date,
            },
        ),
        notes=f"Bulletin {i}: {sub.lower()} near {place}, officials said.",
        article=f"map-article-{i:02d}",
        confidence=0.9,
        **kw,
    )


# Invented events in our own words. Lviv stands alone in the west so it is never clustered at the
# first view (the popup test clicks it); the rest crowd the east and south.
SEED_EVENTS: list[Event] = [
    _event(1, "2025-11-02", EXPLOSIONS, "Air/drone strike", 49.9935, 36.2304, "Kharkiv", fatalities=3, injured=14,
           claim_status="claimed", claimed_by="Military Forces of Russia"),
    _event(2, "2025-11-04", EXPLOSIONS, "Shelling/artillery/missile attack", 46.6354, 32.6169, "Kherson", fatalities=1),
    _event(3, "2025-11-06", "Battles", "Armed clash", 48.2820, 37.1758, "Pokrovsk", admin1="Donetsk",
           actor1="Military Forces of Russia", actor2="Military Forces of Ukraine"),
    _event(4, "2025-11-09", EXPLOSIONS, "Air/drone strike", 46.4825, 30.7233, "Odesa", injured=6),
    _event(5, "2025-11-12", "Protests", "Peaceful protest", 49.8397, 24.0297, "Lviv", geo_precision=1),
    _event(6, "2025-11-02", EXPLOSIONS, "Shelling/artillery/missile attack", 49.8353, 36.6880, "Chuhuiv",
           admin1="Kharkiv", geo_precision=2),
    _event(7, "2025-11-15", EXPLOSIONS, "Air/drone strike", 47.8388, 35.1396, "Zaporizhzhia",
           claim_status="disputed", disputed_by="Military Forces of Russia"),
    _event(8, "2025-11-20", "Strategic developments", "Arrests", 50.4501, 30.5234, "Kyiv"),
    _event(9, "2025-09-21", EXPLOSIONS, "Shelling/artillery/missile attack", 48.0159, 37.8028, "Donetsk", fatalities=0),
    _event(10, "2025-11-18", EXPLOSIONS, "Air/drone strike", 50.5997, 36.5983, "Belgorod", admin1="Belgorod",
           country="Russia", country_code="RU", claim_status="claimed", claimed_by="Military Forces of Ukraine"),
    _event(11, "2025-10-05", "Violence against civilians", "Attack", 47.0971, 37.5434, "Mariupol", admin1="Donetsk",
           geo_precision=3),
    _event(12, "2025-10-28", "Riots", "Mob violence", 46.9750, 31.9946, "Mykolaiv"),
]  # fmt: skip
SEED_RECORDS: list[dict[str, Any]] = [e.to_record() for e in SEED_EVENTS]


def synthetic_records(n: int, *, seed: int = 7) -> list[dict[str, Any]]:
    """n plausible events spread over Ukraine and its neighbours, for load tests."""
    rng = random.Random(seed)
    types = list(EVENT_TYPES)
    out = []
    for i in range(n):
        etype = rng.choice(types)
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        place = f"Place {i % 997}"
        status = rng.choice(("reported", "reported", "claimed", "disputed"))
        ev = Event(
            id=f"synthetic-{i:06d}",
            event_date=day,
            time_precision=1,
            event_type=etype,
            sub_event_type=EVENT_TYPES[etype][0],
            lat=rng.uniform(44.5, 52.3),
            lon=rng.uniform(22.5, 40.0),
            location=place,
            admin1=f"Region {i % 27}",
            country="Ukraine",
            country_code="UA",
            geo_precision=rng.choice((1, 2, 3)),
            fatalities=rng.choice((None, 0, 1, 2, 5)),
            claim_status=status,
            claimed_by="Side A" if status == "claimed" else None,
            disputed_by="Side B" if status == "disputed" else None,
            source={
                "title": f"Daily roundup {i // 5}",
                "outlet": f"Outlet {i % 13}",
                "url": f"https://wire.example.org/roundup/{i // 5}",
                "published": day,
            },
            notes=f"Roundup item {i}.",
            article=f"synthetic-article-{i // 5:06d}",
            confidence=0.7,
        )
        out.append(ev.to_record())
    return out


def map_settings(data_dir: Path) -> Settings:
    base = Settings()
    return base.model_copy(
        update={
            "data_dir": data_dir,
            "load_demo": False,
            "gazetteer_dir": base.index_dir,
            "database_url": None,
        }
    )


def seed_store(settings: Settings, records: list[dict[str, Any]]) -> None:
    from app.store import open_store

    store = open_store(settings)
    try:
        store.add_events(records, origin="demo")
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerURL(str):
    """The server's base URL, carrying its process id (benchmarks read its peak memory)."""

    pid: int

    def __new__(cls, url: str, pid: int) -> ServerURL:
        self = super().__new__(cls, url)
        self.pid = pid
        return self


@contextmanager
def live_server(settings: Settings, *, timeout: float = 180.0, env_extra: dict[str, str] | None = None):
    """A real uvicorn on a loopback port, serving the app over `settings`' data dir (plus `env_extra`)."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTMAP_")}
    env.update(
        CONFLICTMAP_DATA_DIR=str(settings.data_dir),
        CONFLICTMAP_GAZETTEER_DIR=str(settings.index_dir),
        CONFLICTMAP_LOAD_DEMO="false",
    )
    env.update(env_extra or {})
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "app.api:create_app", "--host", "127.0.0.1",
           "--port", str(port), "--log-level", "warning"]  # fmt: skip
    log = settings.data_dir / "uvicorn.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=Path(__file__).parents[2]
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield ServerURL(base, proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def has_chromium() -> bool:
    return Path(CHROMIUM).exists() or shutil.which("chromium") is not None


class PageWatch:
    """Page errors, console errors and every request a page makes; only loopback and data:/file: go out."""

    def __init__(self, page, *, allow=("http://127.0.0.1", "data:", "file:")):
        self.page = page
        self.page_errors: list[str] = []
        self.console_errors: list[tuple[str, str]] = []
        self.requests: list[tuple[str, str]] = []  # (resource type, url)
        self.blocked: list[str] = []
        self._allow = allow
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        page.on("console", self._console)
        page.route("**/*", self._route)

    def _console(self, msg) -> None:
        if msg.type == "error":
            self.console_errors.append((msg.text, msg.location.get("url", "")))

    def _route(self, route) -> None:
        req = route.request
        self.requests.append((req.resource_type, req.url))
        if req.url.startswith(self._allow):
            route.continue_()
        else:
            self.blocked.append(req.url)
            route.abort()

    def outside(self, *types: str) -> list[str]:
        return [u for t, u in self.requests if t in types and not u.startswith(self._allow)]

    def console_errors_except_tiles(self, tile_host: str) -> list[tuple[str, str]]:
        return [(t, u) for t, u in self.console_errors if tile_host not in u]
