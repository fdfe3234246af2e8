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

from app.extract.dates import event_date, find_cues, parse_published
from app.extract.model import Event, event_id
from app.extract.numbers import find_counts
from app.extract.resolve import Resolved, _km
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
            r"(?<![\-\w])occupied(?!\s+(?:territor|areas?|regions?|parts|land|crimea|zones?))|liberat(?:ed|ing)|recaptur(?:ed|ing)|(?:had|has|have)\s+taken|troops\s+took|forces\s+took|"
            r"withdr(?:ew|awn)\s+from|retreat(?:ed)?\s+from|pulled\s+out\s+of|advanc(?:ed|ing)\s+(?:on|toward|towards|near|into|in)|"
            r"entered\s+the\s+(?:village|town|city)|(?<!currently\s)(?<!remains\s)(?<!still\s)(?:was|were)\s+under\s+(?:russian|ukrainian)\s+control)\b",
            _I,
        ),
    ),
    (
        "fighting",
        BATTLES,
        "Armed clash",
        re.compile(
            r"\b((?<!cessation\sof\s)(?<!end\sto\s)(?<!end\sof\s)(?<!halt\sto\s)(?<!stop\sthe\s)fighting|clashes|battles?\s+for|heavy\s+battles|assaults?|repelled|counter-?attacks?|counter-?offensive|"
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
    r"launched|fired|dropped|bombed|bombard(?:ed|ment)|blast|explosion|fire\s+broke\s+out|set\s+(?:on\s+)?fire|came\s+under)\b",
    _I,
)
_CASUALTY = re.compile(r"\b(killed|killing|dead|died|wounded|wounding|injured|injuring)\b", _I)
_NOT_NOW = re.compile(
    r"\b(would|could|might|may\s+(?:be|have)|if|threaten(?:ed|s)?\s+to|plans?\s+to|planning\s+to|capable\s+of|able\s+to|"
    r"range\s+of|designed\s+to|in\s+the\s+event\s+of|risk\s+of|fears?\s+of|ready\s+to|prepared\s+to|want(?:s|ed)?\s+to|"
    r"seek(?:s|ing)?\s+to|aim(?:s|ed)?\s+to|in\s+order\s+to|demands?|expect(?:s|ed)?)\b[^.]{0,40}$",
    _I,
)
_CUMULATIVE = re.compile(
    r"\b(percent|per\s+cent|%|most\s+of|all\s+of|much\s+of|small\s+parts?\s+of|swathes\s+of|since\s+20\d\d|in\s+20[01]\d)\b[^.]{0,30}$",
    _I,
)
_DATELINE_AFTER = re.compile(
    r"^\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})|\s*\((?:Reuters|AP|AFP)\)|\s*[-–—]\s)"
)
_SPEAKER_PLACE_BEFORE = re.compile(
    r"\b(?:speaking|spoke|briefing|reporters|said|says|told|conference|interview|visit|visiting|summit|meeting|talks)\s+"
    r"(?:\w+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$|"
    r"\b(?:claims?|statement|announcement|accusations?|allegations?)\s+by\s+$|"
    r"\b(?:head(?:ed|ing)?|travel(?:l)?(?:ed|ing)?|flew|flying|arrived|arriving|on\s+(?:his|her|their)\s+way)\s+(?:to|in|for)\s+(?:the\s+)?$",
    _I,
)
_TALLY = re.compile(r"\b(percent|per\s+cent|most\s+of|all\s+of|much\s+of|swathes\s+of)\b|%", _I)
_DIRECTION_BEFORE = re.compile(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?$|"
    r"\b\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi)\s+(?:\([^)]*\)\s+)?(?:\w+\s+)?(?:of|from)\s+(?:the\s+)?$|"
    r"\b(?:border\s+with|bordering|borders|close\s+to\s+the\s+border\s+with|en\s+route\s+from)\s+$",
    _I,
)
_ALLEGED = re.compile(
    r"\b(?:(?:alleged(?:ly)?|attempted|purported)\s+(?:\w+\s+){0,2}(?:drone\s+)?(?:attack|strike)|"
    r"alleged\s+that\b[^.]{0,60}\battack)",
    _I,
)
_CONTRA = re.compile(
    r"\b(beat(?:en)?\s+back|repelled|repulsed|held\s+off|attempts?\s+to\s+(?:advance|capture|storm|seize)|still\s+(?:holds?|in\s+control)|"
    r"however|denied|denies|rejected|dismissed|contradict\w*|still\s+under\s+way|only\s+part\s+of)\b",
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
    r"\b(?:from|launched\s+from|via|through)\s+(?:the\s+)?(?:territory\s+of\s+)?(?:[A-Z][\w\-]*[’']s\s+)?"
    r"(?:(?:occupied|russian-occupied|annexed|neighbouring|neighboring|southern|northern|western|eastern)\s+)?$",
    _I,
)
_QUALIFIER_GAP = re.compile(
    r"^\s*(?:,\s*)?(?:a\s+\w+\s+)?(?:(?:district|raion|area|port|city|town|village|settlement)\s+)?(?:in|of|near)\s+"
    r"(?:the\s+)?(?:[\w’'\-]+[’']s\s+)?(?:[a-z\-]+\s+|(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s+){0,3}$"
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


def _trigger(text: str) -> tuple[str, str, str, list[tuple[int, int]]] | None:
    """What happened, and where in the sentence the words that say so are."""
    hits = {
        name: (name, et, st, [m.span() for m in pat.finditer(text)])
        for name, et, st, pat in TRIGGERS
        if pat.search(text)
    }
    if not hits:
        return _generic_attack(text)
    if "shootdown" in hits:
        return hits["shootdown"]
    if "capture" in hits:
        return hits["capture"]
    acts = bool(_ACT.search(text) or _CASUALTY.search(text))
    for name in ("ied", "air", "shelling"):
        if name in hits and acts:
            if name == "air" and "shelling" in hits and re.search(r"\bshell(?:ed|ing)\b", text, _I):
                return hits["shelling"]
            return hits[name]
    if "fighting" in hits:
        return hits["fighting"]
    if "evacuation" in hits:
        return hits["evacuation"]
    return _generic_attack(text)


def _generic_attack(text: str) -> tuple[str, str, str, list[tuple[int, int]]] | None:
    """'An attack in X killed two people': violence with no weapon named -> shelling/missile by default."""
    verbs = re.compile(
        r"\b(attack(?:s|ed)?|struck|strikes?|hit|hitting|shelled|bombard(?:ed|ment)|damag(?:ed|ing))\b", _I
    )
    if verbs.search(text) and (
        _CASUALTY.search(text)
        or re.search(r"\b(damag(?:ed|ing)|destroy(?:ed|ing)|fire|hitting|hit)\b", text, _I)
        or re.search(r"\b(Russian|Ukrainian)\s+(?:forces|troops|army|military)\b", text)
        or re.search(
            r"\b(?:launched|carried\s+out|staged|mounted|attempted)\b[^.]{0,40}\battacks?\s+on\b", text, _I
        )
    ):
        return (
            "generic",
            EXPLOSIONS,
            "Shelling/artillery/missile attack",
            [m.span() for m in verbs.finditer(text)],
        )
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
    if not who or not (re.search(r"[A-Z]", who) or _OFFICIAL.search(who)):
        return None, None  # "but no injuries were reported" names no one
    return who[:80], _side(who)


def _side_word_pattern() -> re.Pattern[str]:
    from app.extract.resolve import DEMONYMS

    dems = "|".join(sorted((d.capitalize() for d in DEMONYMS), key=len, reverse=True))
    return re.compile(
        rf"\b(Russian|Russia[’']s|Moscow[’']s|Russia|Ukrainian|Ukraine[’']s|Kyiv[’']s|Ukraine|its|their|{dems})\s+"
        r"(?:[\w\-]+\s+){0,3}?"
        r"(forces|troops|army|military|drones?|missiles?|strikes?|air\s?strikes?|attacks?|shelling|units|air\s+defen[cs]es?|"
        r"navy|artillery|jets|aircraft|warplanes|pilots|soldiers|servicemen|fighters)\b"
    )


_SIDE_WORD = _side_word_pattern()
# Non-state armed groups often named as the actor in wire copy (ACLED codes them by name).
_GROUP = re.compile(
    r"\b(Hamas|Hezbollah|Houthis?|Rapid\s+Support\s+Forces|RSF|Wagner|Taliban|al-Shabaab|Islamic\s+State|ISIS|M23|HTS|"
    r"Hayat\s+Tahrir\s+al-Sham|Boko\s+Haram|PKK|SDF)\b"
)


def _perpetrator(sentence: str, cc: str | None, kind: str, spans, speaker_side: str | None) -> str | None:
    """Which side acted: the side named next to the act ('Russian forces had occupied', 'its drones had
    struck' = the speaker's side), else the side named anywhere, else by where it happened."""
    start = spans[0][0] if spans else len(sentence)

    def side_of(word: str) -> str | None:
        from app.extract.resolve import DEMONYMS

        w = word.lower()
        if w in ("its", "their"):
            return speaker_side
        if w in DEMONYMS and w not in ("russian", "ukrainian"):
            return DEMONYMS[w]
        return "RU" if w.startswith(("russia", "moscow")) else "UA"

    near = [m for m in _SIDE_WORD.finditer(sentence) if m.end() <= start + 30 and m.start() >= start - 70]
    actor = side_of(near[-1].group(1)) if near else None
    if actor is None:
        every = [m for m in _SIDE_WORD.finditer(sentence)]
        if every:
            actor = side_of(every[0].group(1))
    if kind == "capture" and _WITHDRAW.search(sentence) and actor in ("RU", "UA"):
        actor = "UA" if actor == "RU" else "RU"  # "its forces withdrew from X": the other side took it
    if actor:
        return actor
    if kind == "shootdown":
        return cc if cc in ("RU", "UA") else None
    if cc == "UA":
        return "RU"
    if cc in ("RU", "BY"):
        return "UA"
    return None


_COUNTRY_NAMES: dict[str, str] = {"RU": "Russia", "UA": "Ukraine"}


def _forces(cc: str | None) -> str | None:
    name = _COUNTRY_NAMES.get(cc or "")
    return f"Military Forces of {name}" if name else None


def _civilians(cc: str | None) -> str | None:
    name = _COUNTRY_NAMES.get(cc or "")
    return f"Civilians ({name})" if name else None


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?")


def _list_indices(items: list[Resolved], r: Resolved) -> list[int]:
    """Indices (in `items`) of the places listed just before r: 'Kursk and Bryansk regions'."""
    k = next(n for n, it in enumerate(items) if it is r)
    out = []
    while k > 0:
        prev, cur = items[k - 1], items[k]
        if prev.spot.sentence is not cur.spot.sentence:
            break
        if not _LIST_GAP.fullmatch(
            cur.spot.sentence.text[
                prev.spot.end - cur.spot.sentence.start : cur.spot.start - cur.spot.sentence.start
            ]
        ):
            break
        out.append(k - 1)
        k -= 1
    return out


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


_OFFICIAL = re.compile(
    r"\b(mayor|governor|authorities|officials?|administration|ministry|police|emergency\s+service|military|army|navy|air\s+force|head)\b",
    _I,
)
_WITHDRAW = re.compile(r"\b(withdr(?:ew|awn)|retreat(?:ed)?|pulled\s+out)\b", _I)
_COUNTRY_TARGET = re.compile(r"\b(?:on|across|against|throughout|over|in)\s+(?:\w+\s+)?$", _I)


def code_events(parsed, geocoder: Geocoder) -> list[Event]:
    article = parsed.article
    text = article.text
    published = parse_published(article.published) or dt.date.today()
    gaz = geocoder.gaz
    for r in parsed.resolved:
        cc = r.cand.country_code
        if cc and cc not in _COUNTRY_NAMES:
            ci = gaz.country_place(cc)
            if ci is not None:
                _COUNTRY_NAMES[cc] = gaz.names[ci]
    for dem_cc in set(_demonym_codes(article.text)):
        ci = gaz.country_place(dem_cc)
        if ci is not None and dem_cc not in _COUNTRY_NAMES:
            _COUNTRY_NAMES[dem_cc] = gaz.names[ci]
    by_sentence: dict[int, list[Resolved]] = {}
    for r in parsed.resolved:
        by_sentence.setdefault(r.spot.sentence.start, []).append(r)
    sentences = parsed.doc.sentences

    drafts: list[_Draft] = []
    story_date: tuple[dt.date, int] | None = None  # the day a running story is about, once it names one
    for block in parsed.doc.blocks:
        if block.kind not in ("paragraph", "bullet"):
            continue
        if block.kind == "bullet":
            story_date = None
        carried = None
        carried_speaker: tuple[str | None, str | None] = (None, None)
        block_drafts: list[_Draft] = []
        for sent in block.sentences:
            trig = _trigger(sent.text)
            speaker = _speaker(sent.text)
            if (
                trig is None
                and carried
                and re.match(r"^\s*(?:It|They)\s+(?:identified|named|listed)\s+them", sent.text)
            ):
                trig, speaker = carried, carried_speaker
            carried, carried_speaker = trig, speaker
            items = sorted(by_sentence.get(sent.start, []), key=lambda r: r.spot.start)
            cues = find_cues(sent.text, published)
            day_cues = [c for c in cues if c.precision == 1]
            if trig is None or not items:
                _carry_counts(sent.text, block_drafts, items, drafts)
                if day_cues:
                    story_date = (day_cues[0].date, 1)
                continue
            spans = _all_spans(sent.text) or trig[3]
            if _NOT_NOW.search(sent.text[: spans[0][0]]) and not _CASUALTY.search(sent.text):
                continue
            if trig[0] in ("capture", "fighting") and not day_cues and _TALLY.search(sent.text):
                continue  # "Russia has captured most of Luhansk": a tally over the war, not an event
            targets = _targets(text, sent, items, trig, spans)
            if not [t for t in targets if t.cand.kind != "country"]:
                cap = _capital_phrase(sent, trig, geocoder)
                if cap is not None:
                    targets = [cap]
            counts = _counts_for(sent.text, sent.start, targets)
            made = []
            for t in targets:
                d = _draft(t, trig, sent, published, counts.get(id(t), (None, None)), speaker, sentences)
                if not cues and story_date is not None:
                    d.date, d.precision = story_date
                made.append(d)
            made.extend(_earlier_at_same_place(sent, made, speaker, sentences, published))
            drafts.extend(made)
            block_drafts.extend(made)
            if day_cues:
                story_date = (day_cues[0].date, 1)
    return _merge(drafts, article, geocoder)


_EARLIER = re.compile(
    r"\b(?:just\s+|only\s+)?(?P<n>a|an|one|two|three|four|five|several|a\s+few|few)?\s*(?P<unit>days?|hours?|weeks?)\s+after\b",
    _I,
)
_SAME_PLACE = re.compile(
    r"\b(?:the\s+same\s+(?:area|place|city|district|street|neighbou?rhood)|there|the\s+capital)\b", _I
)


def _earlier_at_same_place(sent, made: list[_Draft], speaker, sentences, published) -> list[_Draft]:
    """'An explosion in Moscow killed three people, days after a car bomb killed a general in the same
    area of the capital': a second, earlier event at the same place, with its own type, date and toll."""
    m = _EARLIER.search(sent.text)
    if not m or not made:
        return []
    tail = sent.text[m.end() :]
    trig = _trigger(tail)
    counts = find_counts(tail)
    if trig is None or not counts or not _SAME_PLACE.search(tail):
        return []
    if any(d.res.spot.start - sent.start >= m.end() for d in made):
        return []  # the earlier event names its own place: the ordinary path handles it
    words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    n = words.get((m.group("n") or "").lower().replace("a few", "few"), 3)
    unit = m.group("unit").lower()
    days = 0 if unit.startswith("hour") else n * (7 if unit.startswith("week") else 1)
    base = made[0]
    killed = next((c.n for c in counts if c.what == "killed"), None)
    injured = next((c.n for c in counts if c.what == "injured"), None)
    d = _draft(base.res, trig, sent, published, (killed, injured), speaker, sentences)
    d.date = base.date - dt.timedelta(days=days)
    d.precision = 1 if days <= 1 else 2
    return [d]


def _all_spans(text: str) -> list[tuple[int, int]]:
    return sorted(m.span() for _n, _e, _s, pat in TRIGGERS for m in pat.finditer(text))


_CLAUSE_END = re.compile(
    r",\s+(?:the\s+|an?\s+)?(?:[\w’'\-]+\s+){0,6}?(?:said|says|told|reported|added|claimed)\b|;|\b(?:which|who|while|but|and\s+has|and\s+have|insist\w*)\b"
)


def _clause_end(sentence: str, pos: int) -> int:
    m = _CLAUSE_END.search(sentence, pos)
    return m.start() if m else len(sentence)


_CAPITAL = re.compile(r"\b(?:the\s+)?(?P<dem>[A-Z][a-z]+)(?:[’']s)?\s+capital\b(?!,\s+[A-Z])")


def _capital_phrase(sent, trig, geocoder: Geocoder) -> Resolved | None:
    """'a massive bombardment of the Ukrainian capital': the capital is the place, though it goes unnamed."""
    if trig[0] in ("capture", "fighting", "evacuation"):
        return None
    m = _CAPITAL.search(sent.text)
    if not m:
        return None
    from app.extract.resolve import DEMONYMS
    from app.extract.spot import Spot

    word = m.group("dem")
    cc = DEMONYMS.get(word.lower())
    if cc is None:
        h = geocoder.parse_hint(word)
        cc = h.country if h is not None and h.admin1 is None else None
    if cc is None:
        return None
    gaz = geocoder.gaz
    caps = [int(i) for i in gaz.capitals if str(gaz.country_code[i]) == cc]
    if not caps:
        return None
    found = geocoder.search(gaz.names[caps[0]], country=cc, limit=1)
    if not found:
        return None
    a, b = sent.start + m.start(), sent.start + m.end()
    spot = Spot(a, b, m.group(0), found[0].name.lower(), sent)
    return Resolved(spot, found[0], [], True)


def _group_before(sentence: str, spans) -> str | None:
    """'the Rapid Support Forces shelled El Fasher': a named armed group right before the act."""
    start = spans[0][0] if spans else len(sentence)
    hits = [m for m in _GROUP.finditer(sentence) if start - 70 <= m.start() <= start]
    return " ".join(hits[-1].group(1).split()) if hits else None


def _demonym_codes(text: str) -> list[str]:
    from app.extract.resolve import DEMONYMS

    return [
        DEMONYMS[m.group(0).lower()]
        for m in re.finditer(r"\b[A-Z][a-z]+\b", text)
        if m.group(0).lower() in DEMONYMS
    ]


def _carry_counts(
    sentence: str, block_drafts: list[_Draft], items: list[Resolved], drafts: list[_Draft]
) -> None:
    """Figures in a sentence that names no new attack: '... damaged the port. No injuries were reported.'
    or 'At least 32 others were wounded in Kyiv.' They belong to the event already told about that place."""
    same_place = [
        d for d in reversed(drafts)
        if any(_km(d.res.cand.lat, d.res.cand.lon, r.cand.lat, r.cand.lon) < 15 for r in items if r.cand.kind != "country")
    ]  # fmt: skip
    if same_place:
        last = same_place[0]
        for c in find_counts(sentence):
            if c.what == "killed" and (last.fatalities is None or c.n > last.fatalities):
                last.fatalities = c.n
            elif c.what == "injured" and (last.injured is None or c.n > last.injured):
                last.injured = c.n
        return
    if any(r.cand.kind != "country" for r in items):
        return
    anaphora = re.match(
        r"^\s*(?:(?:The|That|This)\s+(?:attacks?|strikes?|assault|bombardment|shelling)\b|"
        r"(?:He|She|It|They|The\s+(?:ministry|military|governor|mayor|official))\s+(?:also\s+)?(?:added|said))",
        sentence,
    )
    if not block_drafts:
        # "The attack also wounded at least 46 people": the attack told about just before
        if drafts and anaphora:
            block_drafts = drafts
        else:
            return
    counts = find_counts(sentence)
    if not counts:
        return
    # every place of the sentence told just before (one attack, several places named)
    for last in [d for d in block_drafts if d.sentence == block_drafts[-1].sentence]:
        for c in counts:
            if c.what == "killed" and last.fatalities is None:
                last.fatalities = c.n
            elif c.what == "injured" and last.injured is None:
                last.injured = c.n


def _targets(text: str, sent, items: list[Resolved], trig, spans) -> list[Resolved]:
    """The places where it happened, among those a sentence names."""
    kind = trig[0]
    keep: list[Resolved] = []
    for k, r in enumerate(items):
        s, c = r.spot, r.cand
        after = text[s.end : s.end + 40]
        before = text[max(sent.start, s.start - 60) : s.start]
        if (
            _METONYM_AFTER.match(after)
            and c.kind in ("settlement", "country")
            and (c.population > 500_000 or c.kind == "country")
        ):
            continue  # "Moscow said", "Kyiv's forces": a government, not a place where something happened
        if s.start == sent.start and _DATELINE_AFTER.match(after):
            continue  # "MOSCOW, April 3 (Reuters) -": where the story was filed
        m_sub = re.match(r"^\s+(?:suburbs?|outskirts|districts?|neighbou?rhoods?)\s+of\s+(?:the\s+)?", after)
        if m_sub and any(
            o.spot.start == s.end + m_sub.end() and o.cand.kind not in ("region", "country") for o in items
        ):
            continue  # "the Kherson suburb of Antonivka": Kherson only says where Antonivka is
        if kind not in ("capture", "fighting", "evacuation") and any(
            _ORIGIN_BEFORE.search(text[max(sent.start, items[j].spot.start - 60) : items[j].spot.start])
            for j in _list_indices(items, r)
        ):
            continue  # "launched from Russia's Kursk and Bryansk regions": the whole list is an origin
        if _SPEAKER_PLACE_BEFORE.search(before) or re.match(
            r"^-(?:based|led|backed|born|registered)\b", after
        ):
            continue  # "Speaking in Moscow, ...", "said in Kyiv that", "a Kyiv-based analyst": not where it happened
        if (
            _ORIGIN_BEFORE.search(before) and kind not in ("evacuation", "capture", "fighting")
        ) or _DIRECTION_BEFORE.search(before):
            continue  # launched from X; 300 km north of X; the border with X
        if kind in ("capture", "fighting") and _CUMULATIVE.search(before):
            continue  # "Russia controls most of Luhansk": a tally, not an event
        if c.kind == "water" and len(items) > 1:
            continue
        if c.kind == "settlement" and k > 0:
            # "Bilohorivka in Luhansk": a bigger place right after a smaller one is its address
            p0 = items[k - 1]
            if (
                p0.cand.kind in ("settlement", "facility", "other")
                and p0.cand.population < c.population
                and re.fullmatch(
                    r"\s*(?:,\s*)?(?:in|near|outside)\s+(?:the\s+)?(?:city\s+of\s+)?",
                    text[p0.spot.end : s.start],
                )
            ):
                continue
        if c.kind in ("region", "country"):
            # a region or country that only says where the town before it lies
            prev = [p for p in items[:k] if p.cand.kind not in ("country",)]
            gap = text[prev[-1].spot.end : s.start] if prev else ""
            if prev and (_QUALIFIER_GAP.match(gap) or (c.kind == "region" and re.fullmatch(r"\s*,\s*", gap))):
                continue
            if prev and s.start - prev[-1].spot.end < 45 and c.kind == "country":
                continue
        # the place must sit near the words that say what happened
        rel = s.start - sent.start
        if kind not in ("capture", "fighting"):
            spans = sorted([*spans, *(m.span() for m in _CASUALTY.finditer(sent.text))])
        if kind in ("capture", "fighting"):
            # the object of "captured ...": up to the end of that clause (lists run long), or just before it
            near = any(a - 70 <= rel <= min(b + 260, _clause_end(sent.text, b)) for a, b in spans)
        else:
            near = any(a - 90 <= rel <= b + 160 for a, b in spans)
        if re.search(r"\bbetween\s+(?:\w+\s+and\s+)?$", before, _I):
            continue  # "talks between Kyiv and Moscow"
        if not near and not (len(items) == 1 and kind not in ("capture", "fighting")):
            continue
        keep.append(r)
    specific = [r for r in keep if r.cand.kind != "country"]
    if specific:
        return specific
    countries = [
        r for r in keep
        if _COUNTRY_TARGET.search(text[max(sent.start, r.spot.start - 30) : r.spot.start])
        and kind not in ("capture", "fighting", "evacuation")
        and (_CASUALTY.search(sent.text) or re.search(r"\bmassive|\blarge-scale|\bcombined", sent.text, _I))
    ]  # fmt: skip
    return countries[:1]


def _draft(t: Resolved, trig, sent, published, counts, speaker, sentences) -> _Draft:
    kind, etype, stype, _spans = trig
    d, precision, _cue = event_date(sent.text, t.spot.start - sent.start, published)
    cc = t.cand.country_code
    who, side = speaker
    if who and side is None and _OFFICIAL.search(who) and cc in ("RU", "UA"):
        side = cc  # "the city's mayor", "regional authorities": officials of the place itself
    actor = _perpetrator(sent.text, cc, kind, _spans, side)
    if kind in ("air", "generic") and _ALLEGED.search(sent.text):
        etype, stype = STRATEGIC, "Disrupted weapons use"
    other = {"RU": "UA", "UA": "RU"}.get(actor or "")
    status = "claimed" if side and actor and side == actor else "reported"
    if kind == "shootdown" and side and cc and side == cc:
        status = "claimed"  # air defences of the place itself report what they downed
    deny_here = bool(_DENIAL.search(sent.text))
    deny_elsewhere = False
    if status == "claimed":
        for s2 in sentences:
            if s2.start == sent.start:
                continue
            if kind in ("capture", "fighting"):
                hit = t.spot.key in _norm(s2.text) and _CONTRA.search(s2.text)
            else:
                hit = _DENIAL.search(s2.text) and re.search(r"\b(drone|attack|strike)", s2.text, _I)
            if hit and _side(s2.text[:120]) in (other, None):
                deny_elsewhere = True
                break
            # "... said its forces recaptured X. Moscow dismissed the claim as fake."
            if (
                s2.start > sent.start
                and s2.start - sent.end < 3
                and _DENIAL.search(s2.text)
                and re.search(r"\b(claims?|reports?|statement|assertion)\b", s2.text, _I)
                and _side(s2.text[:60]) == other
            ):
                deny_elsewhere = True
                break
    disputed_by = None
    if deny_here or deny_elsewhere:
        status = "disputed"
        disputed_by = {"UA": "Ukraine", "RU": "Russia"}.get(other or "")
    victims_civil = bool(counts[0] or counts[1]) or re.search(
        r"\b(civilian|residential|homes?|houses?|apartment|hospital|school|energy|power|heating|port|vessels?|ships?|infrastructure)\b",
        sent.text,
        _I,
    )
    if etype == BATTLES:
        actor2 = _forces(other)
    elif etype == EXPLOSIONS and victims_civil:
        actor2 = _civilians(cc) or "Civilians"
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
        claimed_by=who, disputed_by=disputed_by, actor1=_group_before(sent.text, _spans) or _forces(actor),
        actor2=actor2,
        confidence=round(min(1.0, conf), 3),
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
