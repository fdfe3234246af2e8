"""app.extract.events.village_size: a name the text calls a village is not a city elsewhere. When 'the village of
Murom' resolves to Murom, a city of 127,000 in another region, because the gazetteer lacks the Belgorod
village, the event is known only at the level of the region the sentence names (the governor's, or the one
that qualifies the place): the region, at geo_precision 3, rather than a precise marker on the wrong city."""

from __future__ import annotations

import re

from app.extract.resolve import Resolved
from app.geo.geodesic import distances_km
from app.geocode import Hints

_I = re.I
VILLAGE_MAX_POPULATION = (
    50_000  # a place the text calls a village and the gazetteer puts above this is another
)
_VILLAGE_BEFORE = re.compile(
    r"\b(?:villages?|hamlets?|settlements?)\s+of\s+(?:[\w’'\-]+(?:\s+[\w’'\-]+)?\s*(?:,|and)\s+)?(?:the\s+)?$",
    _I,
)
_VILLAGE_AFTER = re.compile(r"^\s+village\b", _I)


def _called_a_village(text: str, sent, r: Resolved) -> bool:
    before = text[max(sent.start, r.spot.start - 60) : r.spot.start]
    return bool(_VILLAGE_BEFORE.search(before) or _VILLAGE_AFTER.match(text, r.spot.end))


# A town the gazetteer answers in another country this far from the region its sentence names ("In Mandalay
# Region, ... near Singu town" read as Shingu in Japan) is a namesake: the gazetteer lacks the real one.
FOREIGN_NAMESAKE_KM = 1000.0


def _foreign_namesake(items: list[Resolved], r: Resolved) -> bool:
    c = r.cand
    if c.population > VILLAGE_MAX_POPULATION:
        return False  # "the Ohio Republican asked about Aleppo": a city the world knows is that city
    regions = [o for o in items if o.cand.kind == "region" and o.cand.country_code]
    if not regions or any(o is not r and o.cand.country_code == c.country_code for o in items):
        return False
    # (no other place of the sentence, these regions included, is in c's country: the check above)
    far = distances_km(c.lat, c.lon, [o.cand.lat for o in regions], [o.cand.lon for o in regions])
    return bool((far > FOREIGN_NAMESAKE_KM).all())


# "Blida in south Lebanon": the country the text itself puts the town in, right after it
_IN_COUNTRY_AFTER = re.compile(
    r"\s*,?\s+in\s+(?:the\s+)?(?:(?:south|southern|north|northern|east|eastern|west|western|central)\s+)?", _I
)


def _country_it_is_put_in(text: str, items: list[Resolved], r: Resolved) -> Resolved | None:
    """The country named right after r as where r is ('X in south Lebanon'), when r was answered elsewhere."""
    m = _IN_COUNTRY_AFTER.match(text, r.spot.end)
    if m is None:
        return None
    return next(
        (
            o
            for o in items
            if o.spot.start == m.end()
            and o.cand.kind == "country"
            and o.cand.country_code != r.cand.country_code
        ),
        None,
    )


def region_for_misread_village(text: str, sent, items: list[Resolved], r: Resolved, geocoder) -> Resolved:
    """r itself, or the region its sentence names when r is a 'village' the gazetteer answered with a city
    outside that region, or a town it answered with a namesake in a far country; or the country the text puts
    r in ('Blida in south Lebanon', read as the Algerian city) when the gazetteer has no such town there."""
    c = r.cand
    if c.kind != "settlement":
        return r
    home = _country_it_is_put_in(text, items, r)
    if home is not None:
        return Resolved(r.spot, home.cand, [c, *r.alts[:2]], False)
    if not (
        (c.population > VILLAGE_MAX_POPULATION and _called_a_village(text, sent, r))
        or _foreign_namesake(items, r)
    ):
        return r
    others = [o for o in items if o is not r and o.cand.country_code and o.cand.admin1_code]
    regions = [o for o in others if o.cand.kind == "region"] + [o for o in others if o.cand.kind != "region"]
    for o in regions:
        if o.cand.kind == "country":
            continue
        if (o.cand.country_code, o.cand.admin1_code) == (c.country_code, c.admin1_code):
            return r  # the sentence's region holds the city: the text's word may just be loose
        hints = Hints(
            country=o.cand.country_code,
            admin1=(o.cand.country_code, o.cand.admin1_code),
            admin1_name=o.cand.admin1,
        )
        found = geocoder.region_fallback(r.spot.surface, hints)
        if found:
            return Resolved(r.spot, found[0], [], False)
    return r
