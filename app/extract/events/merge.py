"""app.extract.events.merge: one event per place, day and type in an article; later sentences fill what
earlier ones left open. Drafts become Event records here, with their geo precision."""

from __future__ import annotations

from app.extract.events.city_facility import city_of_facility
from app.extract.events.draft import Draft
from app.extract.events.lead import lead_summary
from app.extract.events.restated_capture import first_telling
from app.extract.events.summary import country_summed_up, region_summed_up
from app.extract.events.trigger import STRATEGIC
from app.extract.model import Event, event_id
from app.extract.resolve import _km


def _fill(into: Draft, d: Draft) -> None:
    """What `d` knows and `into` leaves open: counts, a claim, a named weapon."""
    if into.fatalities is None:
        into.fatalities = d.fatalities
    if into.injured is None:
        into.injured = d.injured
    if (
        into.claim_status == "reported"
        and d.claim_status != "reported"
        and (into.claimed_by is None or d.claim_status == "disputed")
    ):
        # a report with a named source stays "reported" when the acting side confirms it too
        into.claim_status, into.claimed_by, into.disputed_by = d.claim_status, d.claimed_by, d.disputed_by
    elif (
        into.claim_status == "claimed"
        and d.claim_status == "reported"
        and d.source_side is not None
        and d.source_side != into.source_side
    ):
        # the acting side claims it and the side hit tells it too ("the ministry said it struck a drone
        # workshop in Zaporozhye" / "the governor said a Russian strike hit the city"): a report
        into.claim_status, into.claimed_by, into.source_side = "reported", d.claimed_by, d.source_side
    if into.trigger == "generic" and d.trigger != "generic":
        into.sub_event_type, into.trigger = d.sub_event_type, d.trigger


def _finer_inside(d: Draft, drafts: list[Draft], index: _FinerIndex | None = None) -> Draft | None:
    """A region-level draft duplicates a town, port or plant event of the same type inside that region told in
    the same sentence ('struck the Syzran refinery in Russia's Samara region'), or a facility's event that day
    told anywhere in the article ('the attack on Putin's residence in the Novgorod region'): the region only
    qualifies it."""
    c = d.res.cand
    if c.kind != "region" or not c.country_code or d.res.spot.unknown:
        return None
    if c.stands_in:
        return None  # "the villages of Dachne and Novoivanivka in the Donetsk region": a village the gazetteer lacks
    index = index or _FinerIndex(drafts)
    return index.first(d)


class _FinerIndex:
    """The drafts _finer_inside may pick, bucketed by what must match (region, type, and sentence or day), so a
    lookup reads one bucket instead of every draft of the article (which made merging quadratic)."""

    def __init__(self, drafts: list[Draft]) -> None:
        self.by_sentence: dict[tuple, list[tuple[int, Draft]]] = {}
        self.by_day: dict[tuple, list[tuple[int, Draft]]] = {}
        self.any_by_day: dict[tuple, list[tuple[int, Draft]]] = {}
        for n, f in enumerate(drafts):
            fc = f.res.cand
            if fc.kind in ("region", "country") or fc.admin1 is None:
                continue
            area = (fc.country_code, fc.admin1, f.event_type)
            self.by_sentence.setdefault((*area, f.sent_no), []).append((n, f))
            self.any_by_day.setdefault((*area, f.date), []).append((n, f))
            if fc.kind == "facility":
                self.by_day.setdefault((*area, f.date), []).append((n, f))

    def first(self, d: Draft) -> Draft | None:
        c = d.res.cand
        area = (c.country_code, c.admin1, d.event_type)
        buckets = [self.by_sentence.get((*area, d.sent_no), ()), self.by_day.get((*area, d.date), ())]
        if d.fatalities is None and d.injured is None:
            # "Drone hits car in Russia's Kursk region" over the entry that tells it near Rylsk; a summary's
            # "energy infrastructure in Dnipropetrovsk Oblast" before "injured two in Pavlohrad Raion": a
            # region told with no toll, that day, with that type, beside a place inside it is that place's event
            buckets.append(self.any_by_day.get((*area, d.date), ()))
        hits = [next(((n, f) for n, f in bucket if f is not d), None) for bucket in buckets]
        found = [h for h in hits if h is not None]
        return min(found, key=lambda h: h[0])[1] if found else None


def _undated_twin(d: Draft, drafts: list[Draft], index: _TwinIndex | None = None) -> Draft | None:
    """A draft dated only by default ('the day before publication') that the article tells again with a date,
    same place and type: one event, on the stated day."""
    if d.dated:
        return None
    return (index or _TwinIndex(drafts)).first(d)


class _TwinIndex:
    """Dated drafts by type and 0.01-degree band of latitude (1.1 km): a twin lies within 1 km, so it is in the
    draft's band or a neighbouring one; longitude is left to the distance test."""

    def __init__(self, drafts: list[Draft]) -> None:
        self.bands: dict[tuple, list[tuple[int, Draft]]] = {}
        for n, f in enumerate(drafts):
            if f.dated:
                self.bands.setdefault(self._band(f), []).append((n, f))

    @staticmethod
    def _band(f: Draft, dy: int = 0) -> tuple:
        return (f.event_type, f.sub_event_type, int(f.res.cand.lat // 0.01) + dy)

    def first(self, d: Draft) -> Draft | None:
        best: tuple[int, Draft] | None = None
        for dy in (-1, 0, 1):
            for n, f in self.bands.get(self._band(d, dy), ()):
                if best is not None and n >= best[0]:
                    break
                if (
                    f is not d
                    and abs((f.date - d.date).days) <= 1
                    and _km(f.res.cand.lat, f.res.cand.lon, d.res.cand.lat, d.res.cand.lon) < 1.0
                ):
                    best = (n, f)
                    break
        return best[1] if best else None


def _key(d: Draft) -> tuple:
    return (round(d.res.cand.lat, 3), round(d.res.cand.lon, 3), d.date, d.event_type)


def _city_key(d: Draft, drafts: list[Draft], at: int | None = None, index: dict | None = None) -> tuple:
    """A city district reported beside its city is the city's event: the city told before it, or in the same
    sentence ("Kyiv's Sviatoshynskyi district")."""
    key = _key(d)
    if d.res.spot.typed == "district" or d.res.cand.kind == "other":
        at = drafts.index(d) if at is None else at
        index = _big_cities(drafts) if index is None else index
        for n, m in index.get(key[2:], ()):  # big cities told that day with that type, in text order
            if (
                m is not d
                and (n < at or m.sent_no == d.sent_no)
                and _km(m.res.cand.lat, m.res.cand.lon, d.res.cand.lat, d.res.cand.lon) < 15
            ):
                return _key(m)
    return key


def _big_cities(drafts: list[Draft]) -> dict[tuple, list[tuple[int, Draft]]]:
    out: dict[tuple, list[tuple[int, Draft]]] = {}
    for n, m in enumerate(drafts):
        if m.res.cand.population >= 100_000:
            out.setdefault(_key(m)[2:], []).append((n, m))
    return out


def _fold(drafts: list[Draft], partner_of) -> list[Draft]:
    """Keep each draft with no partner; fill the others into the partner they belong to."""
    kept = []
    for d in drafts:
        partner = partner_of(d)
        if partner is None:
            kept.append(d)
        else:
            _fill(partner, d)
    return kept


def merge(drafts: list[Draft], article, geocoder) -> list[Event]:
    # a region's summary goes before places merge: the region's point may be its capital's, whose own event
    # it would otherwise swallow ('three killed in the Kherson region', then one of them in Kherson)
    drafts = [d for d in drafts if not region_summed_up(d, drafts)]
    finer_index = _FinerIndex(drafts)
    kept = _fold(drafts, lambda d: _finer_inside(d, drafts, finer_index))
    merged: dict[tuple, Draft] = {}
    order: list[tuple] = []
    cities = _big_cities(kept)
    for at, d in enumerate(kept):
        key = _city_key(d, kept, at, cities)
        cur = merged.get(key)
        if cur is None:
            merged[key] = d
            order.append(key)
            continue
        if _key(cur) != key and _key(d) == key:
            # the city itself stands for the event its district was first told under
            merged[key], cur, d = d, d, cur
        _fill(cur, d)
        cur.dated = cur.dated or d.dated
    groups = [merged[key] for key in order]
    twins = _TwinIndex(groups)
    out = _fold(groups, lambda g: _undated_twin(g, groups, twins))
    out = _fold(out, lambda g: first_telling(g, out))
    # "the Saratov refinery" after "a refinery in Saratov": the city's strike told again
    out = _fold(out, lambda g: city_of_facility(g, out))
    out = _fold(out, lambda g: _same_night_countrywide(g, out))
    out = [d for d in out if not country_summed_up(d, out) and not _downed_region_by_region(d, out)]
    out = [d for d in out if not lead_summary(d, out)]
    out = [d for d in out if not region_summed_up(d, out)]
    return [_event(d, article, geocoder.gaz) for d in out]


def _same_night_countrywide(d: Draft, drafts: list[Draft]) -> Draft | None:
    """'On the night of January 6 (from 18:00 on January 5), the enemy attacked ...', then 'Hits were recorded
    at 8 locations': a country-wide act told again a day apart is the one overnight act (a night spans two
    dates); the first telling takes it."""
    if d.res.cand.kind != "country":
        return None
    for f in drafts:
        if f is d:
            return None
        if (
            f.res.cand.kind == "country"
            and f.res.cand.country_code == d.res.cand.country_code
            and f.event_type == d.event_type
            and abs((f.date - d.date).days) <= 1
        ):
            return f
    return None


def _downed_region_by_region(d: Draft, drafts: list[Draft]) -> bool:
    """'Russia says it downed 89 drones overnight', then 'including 31 over the Bryansk region and 20 over the
    Moscow region': the shoot-downs are the regions', as the seed gold codes Moscow's 91 drones over Bryansk,
    Smolensk and Novgorod; the rest, over regions not named, is no place. So a country-level shoot-down goes
    when the same source tells one inside that country within a day of it."""
    c = d.res.cand
    if c.kind != "country" or d.event_type != STRATEGIC or d.sub_event_type != "Disrupted weapons use":
        return False
    return any(
        p is not d
        and p.event_type == STRATEGIC
        and p.sub_event_type == d.sub_event_type
        and p.res.cand.kind != "country"
        and p.res.cand.country_code == c.country_code
        and p.source_side == d.source_side
        and abs((p.date - d.date).days) <= 1
        for p in drafts
    )


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
