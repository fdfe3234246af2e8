"""app.extract.events.merge: one event per place, day and type in an article; later sentences fill what
earlier ones left open. Drafts become Event records here, with their geo precision."""

from __future__ import annotations

from app.extract.events.draft import Draft
from app.extract.model import Event, event_id
from app.extract.resolve import _km


def merge(drafts: list[Draft], article, geocoder) -> list[Event]:
    merged: dict[tuple, Draft] = {}
    order: list[tuple] = []
    for d in drafts:
        key = (round(d.res.cand.lat, 3), round(d.res.cand.lon, 3), d.date, d.event_type)
        if d.res.spot.typed == "district" or d.res.cand.kind == "other":
            # a city district reported beside its city is the city's event
            for k2 in order:
                m = merged[k2]
                if (
                    k2[2:] == key[2:]
                    and m.res.cand.population >= 100_000
                    and _km(m.res.cand.lat, m.res.cand.lon, d.res.cand.lat, d.res.cand.lon) < 15
                ):
                    key = k2
                    break
        cur = merged.get(key)
        if cur is None:
            merged[key] = d
            order.append(key)
            continue
        if cur.fatalities is None:
            cur.fatalities = d.fatalities
        if cur.injured is None:
            cur.injured = d.injured
        if cur.claim_status == "reported" and d.claim_status != "reported":
            cur.claim_status, cur.claimed_by, cur.disputed_by = d.claim_status, d.claimed_by, d.disputed_by
        if cur.trigger == "generic" and d.trigger != "generic":
            cur.sub_event_type, cur.trigger = d.sub_event_type, d.trigger
    return [_event(merged[key], article, geocoder.gaz) for key in order]


def _geo_precision(d: Draft) -> int:
    c = d.res.cand
    if c.kind in ("region", "country"):
        return 3
    if d.res.spot.typed in ("district", "facility") and c.kind == "settlement":
        return 2
    return c.geo_precision


def _event(d: Draft, article, gaz) -> Event:
    c = d.res.cand
    ci = gaz.country_place(c.country_code) if c.country_code else None
    country = gaz.names[ci] if ci is not None else None
    return Event(
        id=event_id(article.id, c.name, round(c.lat, 3), round(c.lon, 3), d.date.isoformat(), d.event_type),
        event_date=d.date.isoformat(), time_precision=d.precision, event_type=d.event_type,
        sub_event_type=d.sub_event_type, lat=c.lat, lon=c.lon, location=c.name, actor1=d.actor1,
        actor2=d.actor2, admin1=c.admin1, country=country, country_code=c.country_code,
        geo_precision=_geo_precision(d), fatalities=d.fatalities, injured=d.injured,
        claim_status=d.claim_status, claimed_by=d.claimed_by, disputed_by=d.disputed_by,
        source=article.source(), notes=d.sentence, article=article.id, confidence=d.confidence,
        region=_region(d, country), notes_highlight=d.highlight,
    )  # fmt: skip


def _region(d: Draft, country: str | None) -> dict | None:
    """The area a region-level event (geo_precision 3) is known at: the region, or the whole country."""
    c = d.res.cand
    if c.kind == "region":
        return {"name": c.name, "country_code": c.country_code, "admin1": c.admin1, "geonameid": c.geonameid}
    if c.kind == "country":
        return {
            "name": country or c.name,
            "country_code": c.country_code,
            "admin1": None,
            "geonameid": c.geonameid,
        }
    return None
