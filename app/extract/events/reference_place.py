"""app.extract.events.reference_place: an event placed by a reference town. "hit a tent camp in Al Mawasi, west
of Khan Younis", "a village 8 km north of X", "on the outskirts of X": the place itself is unnamed or unknown to
the gazetteer, so the event is near the reference (geo_precision 2); and "the village of New York, south of
Toretsk": a place the text locates by a reference right after it, but resolved far from it, is a namesake read
wrongly, so the event is near the reference too."""

from __future__ import annotations

import re
from dataclasses import replace

from app.extract.resolve import Resolved, _km

# "the city of", "the regional centre of": words between a reference preposition and the place it names
OF_THE = (
    r"(?:the\s+)?(?:(?:[\w’'\-]+[’']s\s+)?(?:[\w\-]+\s+){0,2}?(?:city|town|village|settlement|port|capital|centre|center)\s+of\s+(?:the\s+)?"
    # "east of the regional capital Zaporizhzhia", "of Ukraine's capital Kyiv": the title without "of"
    # "north of the state capital, Kadugli": the title and the name in apposition, a comma between
    r"|(?:[\w’'\-]+[’']s\s+)?(?:regional\s+|provincial\s+|state\s+|district\s+|national\s+)?capital,?\s+)?"
)
COMPASS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
DISTANCE = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|some|dozens\s+of)"
# "X, south of Y" / "X near Y": a place located by another one right after it
_LOCATED_AFTER = re.compile(
    # "Rivne, a village just south-east of Pokrovsk": the apposition names what it is first
    rf"^\s*,?\s*(?:an?\s+(?:small\s+|frontline\s+|front-line\s+)?(?:village|town|settlement|hamlet)\s+)?"
    rf"(?:(?:some|about|around|roughly|just|less\s+than|more\s+than)\s+)?"
    rf"(?:(?P<dist>{DISTANCE})\s*(?P<unit>km|kilomet(?:re|er)s?|miles?)\s+)?"
    rf"(?:(?:to\s+the\s+)?{COMPASS}\s+of|near|outside|close\s+to)\s+{OF_THE}$"
)

# "hit a tent camp in Al Mawasi, west of Khan Younis", "a village 8 km north of X", "on the outskirts of X":
# the place itself is unnamed or unknown to the gazetteer, and the reference is close by
_UNPLACED_THEN_REFERENCE = re.compile(
    rf"(?:\b(?:in|at|on|near)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*|al|el|an|ad|as|ash)(?:[\s\-]+[A-Z][\w’'\-]*){{0,2}}|"
    rf"\b(?:a|the)\s+(?:\w+\s+)?(?:village|town|camp|encampment|area|neighbou?rhood|settlement|hamlet|base|outpost|"
    rf"position|checkpoint))"
    rf",?\s*(?:(?:just|about|some|around|roughly)\s+)?(?:(?P<km>\d{{1,2}}|a\s+few|several|five|ten|fifteen|twenty)\s*"
    rf"(?:km|kilomet(?:re|er)s)\s+)?(?:to\s+the\s+)?{COMPASS}\s+of\s+{OF_THE}$"
    # "on the outskirts of X", and the outskirts as the object of the act ("tanks shelled the eastern outskirts of X")
    rf"|\b(?:(?:on|at|to|into|near|from)\s+)?the\s+(?:(?:northern|southern|eastern|western|north-?eastern|"
    rf"north-?western|south-?eastern|south-?western)\s+)?(?:outskirts|edge|approaches)\s+of\s+{OF_THE}$"
    # "an explosive device against an Israeli bulldozer east of Rafah": a bare compass reference, no distance
    # (not "85 km (53 miles) east of X": the distance is in its conversion)
    rf"|(?<![\d,.])(?<!\))(?<!km)(?<!kms)(?<!miles)(?<!metres)(?<!meters)(?<!kilometres)(?<!kilometers)"
    rf"\s(?:just\s+)?{COMPASS}\s+of\s+{OF_THE}$"
)
NEAR_REFERENCE_KM = 25
# "explosions at an airfield near X", "a depot outside X": a site the text does not name, placed by the town
# it lies near; the event is near that town, not in it (geo_precision 2)
_UNNAMED_SITE_NEAR = re.compile(
    r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:airfield|air\s?base|airbase|base|depot|arsenal|airport|refinery|plant|"
    r"factory|facility|warehouse|substation|terminal|camp)\s+(?:near|outside|close\s+to)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|port)\s+of\s+)?$",
    re.I,
)


def near_reference(text: str, sent, items: list[Resolved], spans) -> Resolved | None:
    """The event 'near' a reference town, geo_precision 2, when the sentence places the act only by a short
    compass reference to it: never a reference at a stated distance beyond NEAR_REFERENCE_KM."""
    for r in items:
        rel = r.spot.start - sent.start
        if r.cand.kind not in ("settlement", "facility") or not any(
            a - 90 <= rel <= b + 160 for a, b in spans
        ):
            continue
        m = _UNPLACED_THEN_REFERENCE.search(text, max(sent.start, r.spot.start - 90), r.spot.start)
        if m is None:
            continue
        km = m.group("km")
        if km is not None and km.isdigit() and int(km) > NEAR_REFERENCE_KM:
            continue
        return Resolved(r.spot, replace(r.cand, geo_precision=2), [], False)
    return None


FAR_FROM_REFERENCE_KM = 150.0


def located(text: str, r: Resolved, items: list[Resolved]) -> Resolved:
    """'the village of New York, south of Toretsk': when a place is located by a reference place right after
    it but resolved far from it, that reading is wrong (a namesake abroad); the honest answer is 'near the
    reference', geo_precision 2, keeping the span of the name as written."""
    ref, gap = next(
        (
            (o, m)
            for o in items
            if o.spot.start >= r.spot.end and (m := _LOCATED_AFTER.match(text[r.spot.end : o.spot.start]))
        ),
        (None, None),
    )
    if ref is None or ref.cand.kind not in ("settlement", "facility"):
        if r.cand.kind == "settlement" and _UNNAMED_SITE_NEAR.search(
            text, max(0, r.spot.start - 80), r.spot.start
        ):
            return Resolved(r.spot, replace(r.cand, geo_precision=2), [], False)  # "an airfield near Yeysk"
        return r
    far = r.cand.country_code != ref.cand.country_code or (
        _km(r.cand.lat, r.cand.lon, ref.cand.lat, ref.cand.lon) > FAR_FROM_REFERENCE_KM
    )
    if not far or _as_far_as_stated(gap, r, ref):
        return r
    near = replace(ref.cand, geo_precision=2, kind="settlement")
    return Resolved(r.spot, near, [], False)


def _as_far_as_stated(gap: re.Match, r: Resolved, ref: Resolved) -> bool:
    """'In Voronezh, some 250 km east of Belgorod': the place lies about as far from the reference as the text
    says, so its reading is right, however far that is."""
    stated = gap.group("dist") if gap is not None else None
    if not stated or not stated.replace(",", "").replace(".", "", 1).isdigit():
        return False
    want = float(stated.replace(",", "")) * (1.609 if gap.group("unit").lower().startswith("mile") else 1.0)
    got = _km(r.cand.lat, r.cand.lon, ref.cand.lat, ref.cand.lon)
    return abs(got - want) <= max(30.0, 0.3 * want)
