"""app.extract.events: sentences that report hostile acts or territorial claims -> ACLED-coded events.

Per sentence: a trigger says what happened (drone strike, shelling, capture, drones shot down,
evacuation); the resolved places that are *where it happened* become one event each (not the
region that only qualifies a town, not the capital that speaks for a government, not the country
an attack came from); dates, casualty figures and who claims or denies it come from the same text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.extract.dates import event_date, parse_published
from app.extract.model import Event, event_id
from app.extract.numbers import find_counts
from app.extract.resolve import Resolved
from app.geocode import Geocoder

EXPLOSIONS = "Explosions/Remote violence"
BATTLES = "Battles"
STRATEGIC = "Strategic developments"

_I = re.I
# (name, event_type, sub_event_type, pattern) in priority order: the first that matches codes the sentence.
TRIGGERS: tuple[tuple[str, str, str, re.Pattern[str]], ...] = (
    (
        "shootdown",
        STRATEGIC,
        "Disrupted weapons use",
        re.compile(
            r"\b(shot\s+down|downed|intercept(?:ed|s|ing)|(?:destroyed|neutrali[sz]ed)\s+(?:more\s+than\s+|over\s+|some\s+|at\s+least\s+)?"
            r"[\w,]+\s+(?:\w+\s+){0,2}(?:drones|uavs|missiles|aerial\s+targets)|air\s+defen[cs]es?\s+(?:\w+\s+){0,2}(?:destroyed|repelled))\b",
            _I,
        ),
    ),
    (
        "capture",
        BATTLES,
        "Armed clash",
        re.compile(
            r"\b(captur(?:ed|es|ing)|seiz(?:ed|es|ing)|took\s+(?:full\s+)?control|taken\s+(?:full\s+)?control|tak(?:e|ing)\s+control|"
            r"occupied|liberat(?:ed|ing)|recaptur(?:ed|ing)|(?:had|has|have)\s+taken|troops\s+took|forces\s+took|"
            r"withdr(?:ew|awn|awal)\s+from|retreat(?:ed)?\s+from|pulled\s+out\s+of|advanc(?:ed|ing|es)\s+(?:on|toward|towards|near|into|in)|"
            r"entered\s+the\s+(?:village|town|city)|under\s+(?:russian|ukrainian)\s+control)\b",
            _I,
        ),
    ),
    (
        "fighting",
        BATTLES,
        "Armed clash",
        re.compile(
            r"\b(fighting|clashes|battles?\s+for|heavy\s+battles|assaults?|repelled|counter-?attacks?|counter-?offensive|"
            r"encircl(?:ed|ement)|street\s+fighting|infantry\s+attacks?)\b",
            _I,
        ),
    ),
    (
        "evacuation",
        STRATEGIC,
        "Other",
        re.compile(
            r"\b(evacuation\s+order|mandatory\s+evacuation|ordered\s+(?:the\s+)?evacuation|evacuation\s+of)\b",
            _I,
        ),
    ),
    (
        "ied",
        EXPLOSIONS,
        "Remote explosive/landmine/IED",
        re.compile(
            r"\b(car\s+bomb|explosive\s+device|bomb\s+(?:blast|exploded|went\s+off)|(?:an|the)\s+explosion|blast\s+(?:killed|in|at)|landmine|"
            r"improvised\s+explosive)\b",
            _I,
        ),
    ),
    (
        "air",
        EXPLOSIONS,
        "Air/drone strike",
        re.compile(
            r"\b(drones?|uavs?|shaheds?|gerans?|air\s?strikes?|glide\s+bombs?|guided\s+(?:aerial\s+)?bombs?|aerial\s+bombs?|"
            r"bombing\s+raid|air\s+raid|air\s+attack)\b",
            _I,
        ),
    ),
    (
        "shelling",
        EXPLOSIONS,
        "Shelling/artillery/missile attack",
        re.compile(
            r"\b(missiles?|ballistic|rockets?|shell(?:ed|ing|s)|artillery|mortars?|mlrs|multiple\s+rocket|bombardment|howitzers?|"
            r"cluster\s+munitions?)\b",
            _I,
        ),
    ),
)
# Verbs that make a weapon word an act rather than a topic ("missile programme", "drone deal").
_ACT = re.compile(
    r"\b(attack(?:s|ed|ing)?|struck|strikes?|striking|hit|hits|hitting|pounded|pounding|targeted|targeting|hammer(?:ed|s|ing)|"
    r"rocked|damag(?:ed|ing|es)|destroy(?:ed|ing)|killed|killing|kills|wounded|wounding|injur(?:ed|ing)|shelled|shelling|"
    r"launched|fired|bombed|bombard(?:ed|ment)|blast|explosion|fire\s+broke\s+out|set\s+(?:on\s+)?fire|came\s+under)\b",
    _I,
)
_CASUALTY = re.compile(r"\b(killed|killing|dead|died|wounded|wounding|injured|injuring)\b", _I)
_NOT_NOW = re.compile(
    r"\b(would|could|might|may\s+(?:be|have)|if\s+|threaten(?:ed|s)?\s+to|plans?\s+to|capable\s+of|able\s+to|range\s+of|"
    r"designed\s+to|in\s+the\s+event\s+of|risk\s+of|fears?\s+of|poll|survey|sanctions?|talks|negotiat)\b",
    _I,
)
_DENIAL = re.compile(
    r"\b(denied|denies|deny|dismissed|dismisses|rejected|rejects|refuted|contradict(?:ing|ed|s)?|alleged(?:ly)?|no\s+such\s+attack|"
    r"lies|fake|false(?:ly)?|fabricat(?:ed|ion)|not\s+true|still\s+under\s+way|still\s+ongoing|remains?\s+under\s+ukrainian\s+control|"
    r"only\s+part\s+of|did\s+not\s+(?:happen|fit)|didn[’']t\s+even\s+happen|cast\s+doubt|no\s+evidence|unverified)\b",
    _I,
)
_RU = re.compile(
    r"\b(Russia|Russian|Russians|Moscow|Kremlin|Peskov|Shoigu|Belousov|Gerasimov|TASS|RIA|Sobyanin|Zakharova)\b"
)
_UA = re.compile(
    r"\b(Ukraine|Ukrainian|Ukrainians|Kyiv|Zelensky|Zelenskyy|Sybiha|Syrskyi|Ukrinform|DeepState|General\s+Staff)\b"
)
_ATTRIB = re.compile(
    r"(?:according\s+to\s+(?P<acc>[^,.;]{3,80})|(?P<who>(?:[A-Z][\w’'\-]*\s+){0,6}(?:[A-Za-z’'\-]+\s+){0,4}?)"
    r"(?:said|says|claimed|claims|reported|announced|stated|wrote|told)\b|(?:said|says|claimed|reported)\s+(?P<post>[^,.;]{3,60}))"
)
_METONYM_AFTER = re.compile(
    r"^(?:[’']s?\s+(?:forces|army|troops|military|war|invasion|defen[cs]e|ministry|government|position|claims?|allies|"
    r"officials|leadership|side|troops|drones|missiles|attacks?|strikes?|offensive|denial|representatives)|"
    r"\s+(?:said|says|claimed|claims|denied|denies|accused|reported|announced|alleged|insists|has\s+said|has\s+claimed))\b",
    _I,
)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|launched\s+from|via|through)\s+(?:the\s+)?(?:territory\s+of\s+)?$", _I
)
_QUALIFIER_GAP = re.compile(
    r"^\s*(?:,\s*)?(?:a\s+\w+\s+)?(?:in|of|near)\s+(?:the\s+)?(?:[\w’'\-]+[’']s\s+)?(?:[a-z\-]+\s+){0,3}$"
)


@dataclass(slots=True)
class _Draft:
    res: Resolved
    event_type: str
    sub_event_type: str
    trigger: str
    date: dt.date
    precision: int
    sentence: str
    fatalities: int | None
    injured: int | None
    claim_status: str
    claimed_by: str | None
    disputed_by: str | None
    actor1: str | None
    actor2: str | None
    confidence: float


def _trigger(text: str) -> tuple[str, str, str] | None:
    hits = [(name, et, st) for name, et, st, pat in TRIGGERS if pat.search(text)]
    if not hits:
        return None
    names = [h[0] for h in hits]
    if "shootdown" in names:
        return hits[names.index("shootdown")]
    if "capture" in names:
        return hits[names.index("capture")]
    for name in ("ied", "air", "shelling"):
        if name in names and (_ACT.search(text) or _CASUALTY.search(text)):
            if name == "air" and "shelling" in names and re.search(r"\bshell(?:ed|ing)\b", text, _I):
                return hits[names.index("shelling")]
            return hits[names.index(name)]
    if "fighting" in names:
        return hits[names.index("fighting")]
    if "evacuation" in names:
        return hits[names.index("evacuation")]
    return None


def _generic_attack(text: str) -> tuple[str, str, str] | None:
    """'An attack in X killed two people': violence with no weapon named -> shelling/missile by default."""
    if re.search(r"\b(attack(?:s|ed)?|struck|strikes?|hit|shelled|bombard(?:ed|ment))\b", text, _I) and (
        _CASUALTY.search(text) or re.search(r"\b(damag(?:ed|ing)|destroy(?:ed|ing)|fire)\b", text, _I)
    ):
        return ("generic", EXPLOSIONS, "Shelling/artillery/missile attack")
    return None


def _side(text: str) -> str | None:
    ru, ua = len(_RU.findall(text)), len(_UA.findall(text))
    if ru and not ua:
        return "RU"
    if ua and not ru:
        return "UA"
    return None


def _speaker(sentence: str) -> tuple[str | None, str | None]:
    """Who the sentence attributes the report to, and which side that is (RU / UA / None)."""
    m = _ATTRIB.search(sentence)
    if not m:
        return None, None
    who = (m.group("acc") or m.group("who") or m.group("post") or "").strip(" ,")
    if not who:
        return None, None
    return who[:80], _side(who)


def _perpetrator(sentence: str, cc: str | None, kind: str) -> str | None:
    """Which side acted: stated ('Ukrainian drones', 'Russian forces', "Moscow's forces"), else by where it happened."""
    m = re.search(
        r"\b(Russian|Russia[’']s|Moscow[’']s|Ukrainian|Ukraine[’']s|Kyiv[’']s)\s+(?:[\w\-]+\s+){0,3}?"
        r"(forces|troops|army|military|drones?|missiles?|strikes?|attacks?|shelling|units|air\s+defen[cs]es?|navy|artillery|jets|aircraft|pilots)\b",
        sentence,
    )
    if m:
        return "RU" if m.group(1).lower().startswith(("russia", "moscow")) else "UA"
    if kind == "shootdown":
        return cc if cc in ("RU", "UA") else None
    if cc == "UA":
        return "RU"
    if cc in ("RU", "BY"):
        return "UA"
    return None


_FORCES = {"RU": "Military Forces of Russia", "UA": "Military Forces of Ukraine"}
_CIVILIANS = {"RU": "Civilians (Russia)", "UA": "Civilians (Ukraine)"}


def _targets(text: str, items: list[Resolved]) -> list[Resolved]:
    """The places where it happened, among those a sentence names."""
    keep: list[Resolved] = []
    for k, r in enumerate(items):
        s, c = r.spot, r.cand
        after = text[s.end : s.end + 40]
        before = text[max(s.sentence.start, s.start - 40) : s.start]
        if (
            _METONYM_AFTER.match(after)
            and c.kind in ("settlement", "country")
            and (c.population > 500_000 or c.kind == "country")
        ):
            continue  # "Moscow said", "Kyiv's forces": a government, not a place where something happened
        if _ORIGIN_BEFORE.search(before):
            continue
        if c.kind == "water" and len(items) > 1:
            continue
        if c.kind in ("region", "country"):
            # a region or country that only says where the town before it lies
            prev = [p for p in items[:k] if p.cand.kind not in ("country",)]
            if prev and _QUALIFIER_GAP.match(text[prev[-1].spot.end : s.start]):
                continue
            if prev and s.start - prev[-1].spot.end < 45 and c.kind == "country":
                continue
        keep.append(r)
    specific = [r for r in keep if r.cand.kind != "country"]
    return specific or keep[:1]


def _counts_for(text: str, offset: int, targets: list[Resolved]) -> dict[int, tuple[int | None, int | None]]:
    """Assign each casualty figure to the target it is about: the place right after it ('another person in the
    nearby town of X'), else the nearest place before it."""
    out: dict[int, list[int | None]] = {id(t): [None, None] for t in targets}
    if not targets:
        return {}
    for c in find_counts(text):
        a, b = offset + c.start, offset + c.end
        follow = [t for t in targets if 0 <= t.spot.start - b <= 45]
        if follow and len(targets) > 1:
            t = min(follow, key=lambda t: t.spot.start - b)
        else:
            before = [t for t in targets if t.spot.end <= a]
            t = (
                max(before, key=lambda t: t.spot.end)
                if before
                else min(targets, key=lambda t: abs(t.spot.start - a))
            )
        slot = 0 if c.what == "killed" else 1
        cur = out[id(t)][slot]
        out[id(t)][slot] = c.n if cur is None else max(cur, c.n)
    return {k: (v[0], v[1]) for k, v in out.items()}


def code_events(parsed, geocoder: Geocoder) -> list[Event]:
    article = parsed.article
    text = article.text
    published = parse_published(article.published) or dt.date.today()
    by_sentence: dict[int, list[Resolved]] = {}
    for r in parsed.resolved:
        by_sentence.setdefault(r.spot.sentence.start, []).append(r)
    denials = [s for s in parsed.doc.sentences if _DENIAL.search(s.text)]

    drafts: list[_Draft] = []
    for block in parsed.doc.blocks:
        if block.kind not in ("paragraph", "bullet"):
            continue
        carried: tuple[str, str, str] | None = None
        for sent in block.sentences:
            trig = _trigger(sent.text) or _generic_attack(sent.text)
            if (
                trig is None
                and carried
                and re.match(r"^\s*(?:It|They)\s+(?:identified|named|listed)\s+them", sent.text)
            ):
                trig = carried
            carried = trig
            if trig is None:
                continue
            items = sorted(by_sentence.get(sent.start, []), key=lambda r: r.spot.start)
            if not items:
                continue
            if (
                _NOT_NOW.search(sent.text)
                and not _CASUALTY.search(sent.text)
                and trig[0] not in ("capture", "shootdown")
            ):
                continue
            targets = _targets(text, items)
            counts = _counts_for(sent.text, sent.start, targets)
            for t in targets:
                drafts.append(
                    _draft(t, trig, sent, text, published, counts.get(id(t), (None, None)), denials)
                )
    return _merge(drafts, article, geocoder)


def _draft(t: Resolved, trig, sent, text, published, counts, denials) -> _Draft:
    kind, etype, stype = trig
    d, precision, _cue = event_date(sent.text, t.spot.start - sent.start, published)
    cc = t.cand.country_code
    actor = _perpetrator(sent.text, cc, kind)
    speaker, speaker_side = _speaker(sent.text)
    other = {"RU": "UA", "UA": "RU"}.get(actor or "")
    status, claimed_by, disputed_by = "reported", speaker, None
    if (
        speaker_side
        and actor
        and speaker_side == actor
        or kind in ("capture", "shootdown")
        and speaker_side
        and speaker_side == actor
    ):
        status = "claimed"
    deny_here = _DENIAL.search(sent.text)
    deny_elsewhere = any(
        s.start != sent.start and t.spot.key in _norm(s.text) and (_side(s.text) in (other, None))
        for s in denials
    )
    if deny_here or (status == "claimed" and deny_elsewhere):
        status = "disputed"
        disputed_by = _FORCES.get(other or "") and ("Ukraine" if other == "UA" else "Russia")
    victims_civil = bool(counts[0] or counts[1]) or re.search(
        r"\b(civilian|residential|homes?|houses?|apartment|hospital|school|energy|power|heating|port|vessels?|ships?|infrastructure)\b",
        sent.text,
        _I,
    )
    if etype == BATTLES:
        actor2 = _FORCES.get(other or "")
    elif etype == EXPLOSIONS and victims_civil:
        actor2 = _CIVILIANS.get(cc or "") or "Civilians"
    else:
        actor2 = None
    conf = (
        0.5
        + 0.3 * t.cand.score
        + (0.1 if kind != "generic" else 0.0)
        + (0.1 if any(v is not None for v in counts) else 0.0)
    )
    return _Draft(
        res=t, event_type=etype, sub_event_type=stype, trigger=kind, date=d, precision=precision,
        sentence=sent.text, fatalities=counts[0], injured=counts[1], claim_status=status,
        claimed_by=claimed_by if status != "reported" or speaker else None, disputed_by=disputed_by,
        actor1=_FORCES.get(actor or ""), actor2=actor2, confidence=round(min(1.0, conf), 3),
    )  # fmt: skip


def _norm(s: str) -> str:
    from app.gazetteer import normalize

    return normalize(s)


def _merge(drafts: list[_Draft], article, geocoder: Geocoder) -> list[Event]:
    """One event per place, day and type in an article; later sentences fill what earlier ones left open."""
    merged: dict[tuple, _Draft] = {}
    order: list[tuple] = []
    for d in drafts:
        key = (round(d.res.cand.lat, 3), round(d.res.cand.lon, 3), d.date, d.event_type)
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
    gaz = geocoder.gaz
    out: list[Event] = []
    for key in order:
        d = merged[key]
        c = d.res.cand
        ci = gaz.country_place(c.country_code) if c.country_code else None
        country = gaz.names[ci] if ci is not None else None
        precision = (
            3
            if c.kind in ("region", "country")
            else (
                2
                if d.res.spot.typed in ("district", "facility") and c.kind == "settlement"
                else c.geo_precision
            )
        )
        out.append(
            Event(
                id=event_id(
                    article.id, c.name, round(c.lat, 3), round(c.lon, 3), d.date.isoformat(), d.event_type
                ),
                event_date=d.date.isoformat(),
                time_precision=d.precision,
                event_type=d.event_type,
                sub_event_type=d.sub_event_type,
                lat=c.lat,
                lon=c.lon,
                location=c.name,
                actor1=d.actor1,
                actor2=d.actor2,
                admin1=c.admin1,
                country=country,
                country_code=c.country_code,
                geo_precision=precision,
                fatalities=d.fatalities,
                injured=d.injured,
                claim_status=d.claim_status,
                claimed_by=d.claimed_by,
                disputed_by=d.disputed_by,
                source=article.source(),
                notes=d.sentence,
                article=article.id,
                confidence=d.confidence,
            )  # fmt: skip
        )
    return out
