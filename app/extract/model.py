"""app.extract.model: the plain values extraction produces: Article, Mention, Event."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from app.errors import InvalidQuery

# ACLED's taxonomy, exactly as ACLED spells it.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
_TYPES_BY_LOWER = {name.lower(): name for name in EVENT_TYPES}


def canonical_event_types(values: Iterable[str], *, param: str = "event_type") -> tuple[str, ...]:
    """Event type names, each possibly a comma list, case-insensitive -> ACLED's spellings, in order, once.

    >>> canonical_event_types(["battles,Explosions/Remote violence", "Battles"])
    ('Battles', 'Explosions/Remote violence')
    """
    out: list[str] = []
    for value in values:
        for raw in value.split(","):
            name = raw.strip()
            if not name:
                continue
            canonical = _TYPES_BY_LOWER.get(name.lower())
            if canonical is None:
                raise InvalidQuery(
                    f"unknown event type {name!r}; expected one of: {', '.join(EVENT_TYPES)}", param=param
                )
            if canonical not in out:
                out.append(canonical)
    return tuple(out)


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
CLAIM_STATUSES = ("reported", "claimed", "disputed")

# The event record's property names, in the contract's order.
EVENT_FIELDS = (
    "id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "location", "admin1", "country", "country_code", "geo_precision", "fatalities", "injured",
    "claim_status", "claimed_by", "disputed_by", "source", "notes", "article", "confidence",
    "region", "notes_highlight",
)  # fmt: skip
# Properties whose values are JSON objects/arrays rather than scalars (stored as JSON).
JSON_FIELDS = ("region", "notes_highlight")


@dataclass(frozen=True, slots=True)
class Article:
    """One input article (the contract's article record)."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    outlet: str | None = None

    def source(self) -> dict[str, Any]:
        return {"title": self.title, "outlet": self.outlet, "url": self.url, "published": self.published}


@dataclass(frozen=True, slots=True)
class Mention:
    """A toponym found in an article and resolved to a place."""

    article: str
    text: str
    start: int
    end: int
    name: str
    lat: float
    lon: float
    kind: str
    country_code: str | None
    admin1: str | None
    geonameid: int | None
    geo_precision: int
    score: float
    alternatives: tuple[dict[str, Any], ...] = ()
    metonymic: bool = False  # "Moscow said": the government, not the place; never an event place
    adjectival: bool = False  # "Turkish": the country named by its adjective; never an event place

    def to_record(self) -> dict[str, Any]:
        d = asdict(self)
        d["alternatives"] = list(self.alternatives)
        return d


@dataclass(frozen=True, slots=True)
class Event:
    """One coded conflict event. `to_record` gives the JSON Lines form, `to_feature` the GeoJSON one."""

    id: str
    event_date: str
    time_precision: int
    event_type: str
    sub_event_type: str
    lat: float
    lon: float
    location: str
    actor1: str | None = None
    actor2: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    geo_precision: int = 1
    fatalities: int | None = None
    injured: int | None = None
    claim_status: str = "reported"
    claimed_by: str | None = None
    disputed_by: str | None = None
    source: dict[str, Any] = field(default_factory=dict)
    notes: str = ""
    article: str | None = None
    confidence: float = 0.5
    # When the event is known only at region level (geo_precision 3): which region, {"name", "country_code",
    # "admin1", "geonameid"}; the point is then the region's centre, not a place where it happened.
    region: dict[str, Any] | None = None
    # [start, end) code-point offsets of the matched place inside `notes`, for highlighting it.
    notes_highlight: list[int] | None = None

    def properties(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in EVENT_FIELDS}

    def to_record(self) -> dict[str, Any]:
        d = self.properties()
        d["lat"] = self.lat
        d["lon"] = self.lon
        return d

    def to_feature(self) -> dict[str, Any]:
        return {
            "type": "Feature",
            "id": self.id,
            "geometry": {"type": "Point", "coordinates": [self.lon, self.lat]},
            "properties": self.properties(),
        }

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Event:
        known = {k: rec[k] for k in (*EVENT_FIELDS, "lat", "lon") if k in rec}
        return cls(**known)


def event_id(article_id: str, *parts: object) -> str:
    """Stable id: the same article and the same event (place, date, type) give the same id."""
    key = "\x1f".join([article_id, *(str(p) for p in parts)])
    return "cm-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
