"""Hand-made events the API tests seed a private store with (invented facts, our own wording)."""

from __future__ import annotations

from typing import Any

from app.extract.model import Event


def _event(
    i: int, date: str, etype: str, sub: str, lat: float, lon: float, place: str, cc: str, **kw: Any
) -> Event:
    return Event(
        id=f"cm-test-{i:02d}",
        event_date=date,
        time_precision=1,
        event_type=etype,
        sub_event_type=sub,
        lat=lat,
        lon=lon,
        location=place,
        country_code=cc,
        country={"UA": "Ukraine", "RU": "Russia", "FJ": "Fiji"}[cc],
        source={"title": f"Overnight report {i}", "outlet": "Test Wire", "url": None, "published": date},
        notes=f"Test note {i}: {sub.lower()} reported at {place}.",
        article=f"test-article-{i:02d}",
        confidence=0.8,
        **kw,
    )


EXPLOSIONS = "Explosions/Remote violence"
SEED_EVENTS: list[Event] = [
    _event(1, "2025-11-03", EXPLOSIONS, "Air/drone strike", 49.9935, 36.2304, "Kharkiv", "UA", fatalities=2, injured=11),
    _event(2, "2025-11-05", EXPLOSIONS, "Shelling/artillery/missile attack", 46.6354, 32.6169, "Kherson", "UA", fatalities=1),
    _event(3, "2025-11-07", "Battles", "Armed clash", 48.2820, 37.1758, "Pokrovsk", "UA", actor1="Military Forces of Russia", actor2="Military Forces of Ukraine"),
    _event(4, "2025-11-10", EXPLOSIONS, "Air/drone strike", 46.4825, 30.7233, "Odesa", "UA", injured=4),
    _event(5, "2025-11-12", "Protests", "Peaceful protest", 49.8397, 24.0297, "Lviv", "UA"),
    _event(6, "2025-11-03", EXPLOSIONS, "Shelling/artillery/missile attack", 49.8353, 36.6880, "Chuhuiv", "UA"),
    _event(7, "2025-10-30", "Protests", "Peaceful protest", -18.1416, 178.4419, "Suva", "FJ"),
    _event(8, "2025-10-31", "Protests", "Peaceful protest", -18.2100, -178.8000, "Lakeba", "FJ"),
    _event(9, "2025-11-15", EXPLOSIONS, "Air/drone strike", 47.8388, 35.1396, "Zaporizhzhia", "UA", claim_status="disputed", disputed_by="Russia"),
    _event(10, "2025-11-20", "Strategic developments", "Arrests", 50.4501, 30.5234, "Kyiv", "UA"),
    _event(11, "2025-09-20", EXPLOSIONS, "Shelling/artillery/missile attack", 48.0159, 37.8028, "Donetsk", "UA", fatalities=0),
    _event(12, "2025-11-18", EXPLOSIONS, "Air/drone strike", 50.5997, 36.5983, "Belgorod", "RU", claim_status="claimed", claimed_by="Ukraine"),
]  # fmt: skip

SEED_RECORDS: list[dict[str, Any]] = [e.to_record() for e in SEED_EVENTS]
SEED_IDS: set[str] = {e.id for e in SEED_EVENTS}


def seed(store: Any) -> None:
    store.add_events(SEED_RECORDS, origin="demo")


BACKENDS = ["sqlite", "postgis"]


def backend_settings(request: Any, settings: Any) -> Any:
    """`settings` pointed at the backend named by the fixture param (PostGIS: a private schema via pgtest)."""
    if request.param == "postgis":
        return settings.model_copy(update={"database_url": request.getfixturevalue("pg_schema_url")})
    return settings
