"""app.extract.events.not_the_place: the places a sentence names for another reason than that the act happened
there: a government speaking, a dateline, an origin or launch site, a distance reference, an axis of the front,
a speaker's seat, where sirens sounded or the lights went out, a region that only qualifies a town. Stage 2
(place.py) asks this of every place before it weighs how near the words of the act it stands."""

from __future__ import annotations

import re

from app.extract.events.address import is_address
from app.extract.events.aftermath import outage_place
from app.extract.events.city_parts import part_of_another_city
from app.extract.events.lexicons import alternation, load
from app.extract.events.listed import list_indices, on_a_route
from app.extract.events.place_cues import CLAIMED_ALL_BEFORE, CONSOLIDATED_BEFORE, OVER_WATER_BEFORE
from app.extract.events.qualified import intro_region, names_a_division, only_qualifies, typed_region_misread
from app.extract.events.reference_place import COMPASS, DISTANCE, OF_THE
from app.extract.events.seats import SPEAKER_PLACE_BEFORE
from app.extract.events.toll import taken_there
from app.extract.incidental import incidental
from app.extract.resolve import Resolved
from app.extract.segment import _DATELINE as DATELINE

_I = re.I
PLACE_ROLE_KINDS = ("capture", "fighting")  # triggers whose object is the place itself

CUMULATIVE = re.compile(
    r"\b(percent|per\s+cent|%|most\s+of|all\s+of|much\s+of|small\s+parts?\s+of|swathes\s+of|since\s+20\d\d|in\s+20[01]\d)\b[^.]{0,30}$",
    _I,
)
_DATELINE_AFTER = re.compile(
    r"^\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})|\s*\((?:Reuters|AP|AFP)\)|\s*[-–—]\s)"
)
_DIRECTION_BEFORE = re.compile(
    rf"\b{COMPASS}\s+of\s+{OF_THE}$|"
    rf"\b{DISTANCE}\s*(?:-\s*)?(?:km|kms|kilomet(?:re|er)s?|miles?|mi)\s+(?:\([^)]*\)\s+)?(?:\w+\s+)?(?:of|from)\s+{OF_THE}$|"
    rf"\b(?:outskirts|edge|direction|approaches)\s+of\s+{OF_THE}$|"
    r"\b(?:border\s+with|bordering|borders|close\s+to\s+the\s+border\s+with|en\s+route\s+from)\s+(?:the\s+)?$|"
    # "Podoly, a village on the eastern bank of the Oskil opposite Kupiansk": the bank's other side
    rf"\b(?:opposite|across\s+(?:the\s+(?:\w+\s+)?(?:river|border|bay|strait)\s+)?from)\s+{OF_THE}$",
    _I,
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:on|in|at|near|against|into)\s+(?:the\s+(?:city|port|capital)\s+of\s+)?$", _I
)
_WHO_CLAUSE = re.compile(r",\s+who\s+[^,;]*$", _I)
METONYM_AFTER = re.compile(
    r"^(?:[’']s?\s+(?:[a-z\-]+\s+){0,2}?(?:forces|army|troops|military|war|invasion|defen[cs]es?|ministry|government|position|"
    # "Kyiv's General Staff denied": the capital names the staff that speaks
    r"staff|"
    r"claims?|allies|officials|leadership|side|drones|missiles|attacks?|strikes?|offensive|denial|representatives|"
    r"bombardment|shelling|ability|abilities|intentions?|aggression|revenues?|economy|budget|coffers|finances|earnings|"
    r"income|exports|war\s+(?:machine|effort|chest))|"
    # "the Kiev regime", "the Kyiv government": the state, in the words of its enemy or its own
    r"\s+(?:regime|government)\b|"
    # "a claim Kyiv swiftly rejected", "Moscow repeatedly denied": an adverb before the verb changes nothing
    r"\s+(?:[a-z]+ly\s+)?(?:said|says|claimed|claims|denied|denies|dismissed|dismisses|refuted|refutes|accused|reported|announced|alleged|insists|wants?|plans?|"
    r"intends?|refused|rejected|demanded|warned|threatened|responded|retaliated|launched|fired|continues|"
    r"(?:has|had|have|will|would)\s+(?!been\b|be\b)(?:\w+ly\s+)?[a-z]+)|"
    # "showed Kyiv was not interested in peace": a state of mind is a government's
    r"\s+(?:was|is|were|are)\s+(?:not\s+|no\s+longer\s+|still\s+)?(?:interested|ready|willing|unwilling|serious|open|"
    r"committed|determined|trying|seeking|responsible|to\s+blame))\b",
    _I,
)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|launched\s+from|via|through)\s+(?:the\s+)?(?:(?:territory|directions?|areas?)\s+of\s+)?"
    r"(?:[A-Z][\w\-]*[’']s\s+)?"
    r"(?:(?:occupied|russian-occupied|annexed|neighbouring|neighboring|southern|northern|western|eastern)\s+)?$"
    # "launched from a range near X", "took off from an airfield outside X": a launch site placed by X
    r"|\b(?:launched|fired|took\s+off|take\s+off|flew|fly|flying|flown|based)\s+(?:at\s+|from\s+)(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w\-]+\s+){0,3}(?:near|in|at|outside|close\s+to)\s+(?:the\s+)?(?:[A-Z][\w\-]*[’']s\s+)?$",
    _I,
)
# a list of origins after "launched ... from", each maybe with its region or country: all of it is where from
_ORIGIN_LIST = re.compile(
    r"\b(?:launched|fired|sent|took\s+off)\b[^.;:]{0,40}?\bfrom\s+(?:(?:[A-Z][\w’'\-]*|and|or|in|the|of|near|occupied|"
    r"russian-occupied|annexed|regions?|oblasts?|areas?|directions?|territory|,)\s*){1,14}$"
)
# "the Red Sea port of Hodeidah", "the Black Sea coast of": a sea or region naming where the next place lies
_QUALIFIES_NEXT = re.compile(r"^\s+(?:port|coast|coastal\s+(?:city|town)|port\s+city)\s+of\s+[A-Z]")
# "advanced in the Pokrovsk direction": a name used for an axis of the front, not a place where it happened
# "the Pokrovsk direction"; "the Yug group of forces", "the Vostok battlegroup": an axis or a formation's name
# "troops of the Dnepr group took control of ...", "Dnepr group units": a formation named after a river or a place
_AXIS_AFTER = re.compile(
    r"^\s+(?:direction|axis|sector|group(?:ing)?\s+of\s+(?:forces|troops)|grouping|battle\s?group|"
    r"group(?=\s+(?:units|troops|forces|took|has|had|said|liberated|captured|seized|repelled|struck|destroyed)\b))\b",
    _I,
)
_SUBURB_AFTER = re.compile(r"^\s+(?:suburbs?|outskirts|districts?|neighbou?rhoods?)\s+of\s+(?:the\s+)?")
_BASED_AFTER = re.compile(
    r"^(?:-(?:based|led|backed|born|registered|run|installed|appointed|imposed|aligned|sponsored|funded|affiliated)\b|\s+(?:civil\s+defen[cs]e|health\s+ministry|media\s+office|"
    r"government\s+media|interior\s+ministry|emergency\s+services?|senator|congress(?:man|woman)|lawmaker|"
    r"representative|prosecutors?|attorney|delegation|envoy|ambassador|Republicans?|Democrats?)\b)",
    _I,
)


def flag(r: Resolved, name: str) -> bool:
    """A boolean the recogniser may set on a mention (`metonymic`, `adjectival`); False when it does not."""
    return bool(getattr(r.spot, name, False) or getattr(r, name, False))


# "the Oryol and Kursk regions, Millerovo and ...": the generic plural of the names before may end an item
def not_a_place_of_the_act(text: str, sent, items: list[Resolved], k: int, kind: str) -> bool:
    """A place the sentence names for another reason: a government, a dateline, an address, an origin."""
    r = items[k]
    s, c = r.spot, r.cand
    after = text[s.end : s.end + 40]
    before = text[max(sent.start, s.start - 60) : s.start]
    if c.country_code is None and c.kind in ("region", "other"):
        return True  # "Europe", "Latin America", "the Soviet Union": no map point stands for an act there
    if flag(r, "metonymic"):
        return True  # the recogniser says the name stands for a government or its forces ("Moscow said")
    if flag(r, "river"):
        return True  # "across the Dnipro river from Enerhodar": the water, not the city of that name
    if _WHO_CLAUSE.search(text[sent.start : s.start]):
        return True  # "Zelenskyy, who was on his way to meet Trump in Florida, said ...": about the speaker
    if (
        METONYM_AFTER.match(after)
        and c.kind in ("settlement", "country")
        and (c.population > 500_000 or c.kind == "country")
        # "the toll from the attack on Odesa has risen": the object of a preposition is no speaker
        and not (c.kind == "settlement" and _OBJECT_BEFORE.search(before))
    ):
        return True  # "Moscow said", "Kyiv's forces": a government, not a place where something happened
    if s.start == sent.start and _DATELINE_AFTER.match(after):
        return True  # "MOSCOW, April 3 (Reuters) -": where the story was filed
    if s.start - sent.start < 60 and (dl := DATELINE.match(sent.text)) and s.end - sent.start <= dl.end():
        return True  # "KYIV, Ukraine (AP) —", "GOMA, Congo (AP) —": the dateline and its country
    if _AXIS_AFTER.match(after) or (c.kind in ("region", "water", "other") and _QUALIFIES_NEXT.match(after)):
        return True
    if part_of_another_city(before, after, items, r):
        return True  # "the city's Kyivskyi district", "Kharkiv's Shevchenkivskyi district" resolved to Kyiv's
    m_sub = _SUBURB_AFTER.match(after)
    if (
        m_sub
        and not names_a_division(r, m_sub.group())
        and any(
            o.spot.start == s.end + m_sub.end() and o.cand.kind not in ("region", "country") for o in items
        )
    ):
        return True  # "the Kherson suburb of Antonivka": Kherson only says where Antonivka is
    if kind not in PLACE_ROLE_KINDS and any(
        _ORIGIN_BEFORE.search(text[max(sent.start, items[j].spot.start - 60) : items[j].spot.start])
        for j in list_indices(items, r)
    ):
        return True  # "launched from Russia's Kursk and Bryansk regions": the whole list is an origin
    if taken_there(r):
        return True  # "wounded and taken to hospital in Kursk": where the victims went, not the scene
    if on_a_route(text, sent, items, k):
        return True  # "retook Kyaukme, a town on the highway between Mandalay and the border": where the road runs
    if incidental(text, sent.start, s.start, s.end):
        return True  # "a peace deal signed in Washington", "launch drones ... from around the town of X"
    if SPEAKER_PLACE_BEFORE.search(before) or _BASED_AFTER.match(after):
        return True  # "Speaking in Moscow, ...", "said in Kyiv that", "a Kyiv-based analyst"
    if (_ORIGIN_BEFORE.search(before) and kind not in PLACE_ROLE_KINDS) or _DIRECTION_BEFORE.search(before):
        return True  # launched from X; 300 km north of X; the border with X
    if kind not in PLACE_ROLE_KINDS and _ORIGIN_LIST.search(text, max(sent.start, s.start - 160), s.start):
        return True  # "launched overnight, mostly from Kursk and Bryansk in Russia and Cape Chauda in occupied Crimea"
    if kind not in PLACE_ROLE_KINDS and _FROM_POSITIONS.search(text, max(sent.start, s.start - 120), s.start):
        return True  # "pounded Nikopol from positions across the reservoir around the town of Enerhodar"
    if (
        k > 0
        and kind not in PLACE_ROLE_KINDS
        and c.kind == "region"
        and _qualifies_an_origin(text, sent, items, k)
    ):
        return (
            True  # "launched from the Kapustin Yar test range in the Astrakhan region": the origin's region
        )
    if (
        kind in ("capture", "fighting")
        and CUMULATIVE.search(before)
        and not CONSOLIDATED_BEFORE.search(before)
        # "repeated its claim to control all of X": a town claimed taken whole (a region so claimed is a tally)
        and not (c.kind not in ("region", "country") and CLAIMED_ALL_BEFORE.search(before))
    ):
        return (
            True  # "Russia controls most of Luhansk": a tally, not an event ("consolidated ... most of X" is)
        )
    if (
        c.kind == "water"
        and len(items) > 1
        and not (kind == "shootdown" and OVER_WATER_BEFORE.search(before))
    ):
        return True  # "the Black Sea port of X": the sea only places the port (not "five over the Black Sea")
    if _WHERE_BEFORE.search(before) and _LOCATED_VERB_AFTER.match(after):
        return True  # "Enerhodar, where the Zaporizhzhia nuclear power plant is located": it only locates
    if _ORG_AFTER.match(after):
        return True  # "the Darfur Victims Support group said": the place names an organisation
    if _SINCE_BEFORE.search(before):
        return True  # "has used long-range drones since losing Khartoum in March"
    if _WAR_IN_BEFORE.search(before):
        return True  # "since the start of the war in Gaza": the war's name, not where something happened
    if _warned(text, sent, items, k) and (
        kind == "shootdown"
        or any(
            j != k and o.cand.kind != "country" and not _warned(text, sent, items, j)
            for j, o in enumerate(items)
        )
    ):
        # "intercepted the missile, setting off sirens in Tel Aviv and Jerusalem", "struck Pryluky as sirens
        # blared in Chernihiv": where the warning sounded (a strike told only there, "Sirens sounded in Kyiv
        # before missiles struck the capital", is still placed there)
        return True
    if outage_place(text, sent, items, k) and any(
        j != k and o.cand.kind != "country" and not outage_place(text, sent, items, j)
        for j, o in enumerate(items)
    ):
        return True  # "struck energy sites in Odesa Oblast, causing outages in Izmail": where the lights went out
    if intro_region(text, sent, items, k) or typed_region_misread(text, items, k):
        return True
    if only_qualifies(text, items, k):
        return True  # "the Kacha airfield in Crimea", "the Kupiansk district of Kharkiv": where the one before is
    return is_address(text, items, k)


# where the guns fire from: every place after "from positions" up to the clause's end
_FROM_POSITIONS = re.compile(
    r"\bfrom\s+(?:(?:their|its|russian|ukrainian|firing|artillery)\s+)?positions\b[^.;:]{0,100}$", _I
)
# "X test range in the", "X air base in Russia's": the words between a place and the region that places it
_ORIGIN_QUALIFIER_GAP = re.compile(
    r"^(?:\s+[a-z][\w\-]*){0,3},?\s+(?:in|of)\s+(?:the\s+)?(?:[\w’'\-]+[’']s\s+)?(?:[a-z\-]+\s+){0,2}$"
)


def _qualifies_an_origin(text: str, sent, items: list[Resolved], k: int) -> bool:
    """The region names where a launch site or an air base told as the origin lies, right after it."""
    prev = items[k - 1]
    gap = text[prev.spot.end : items[k].spot.start]
    if not _ORIGIN_QUALIFIER_GAP.match(gap):
        return False
    return bool(_ORIGIN_BEFORE.search(text[max(sent.start, prev.spot.start - 60) : prev.spot.start]))


_WHERE_BEFORE = re.compile(r"\bwhere\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w’'\-]+\s+){0,3}$", _I)
_LOCATED_VERB_AFTER = re.compile(
    r"^(?:\s+[\w\-]+){0,3}?\s+(?:is|are|was|were)\s+(?:also\s+)?(?:located|based|situated|housed)\b", _I
)
_ORG_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w’'\-]*\s+){1,4}(?:[Gg]roup|[Nn]etwork|Committee|Council|Association|Observatory|Coalition|"
    r"Institute|Foundation|Organi[sz]ation|Society|Monitor)\b"
)
# "since losing Khartoum in March", "since the fall of Pokrovsk": a place that dates the story
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w’'\-]+\s+){0,3}$", _I)
_WAR_IN_BEFORE = re.compile(r"\b(?:war|conflict)\s+in\s+(?:the\s+)?$", _I)
# "setting off sirens in Tel Aviv": where a warning sounded (acts.yaml warning_places)
_WARNING_BEFORE = re.compile(
    rf"\b(?:{alternation(load('acts')['warning_places'])})\s+(?:in|across|over|throughout|around)\s+"
    r"(?:the\s+)?(?:(?:[a-z\-]+|[A-Z][\w\-]*[’']s)\s+){0,2}$",
    _I,
)


# "flights at Sheremetyevo and Vnukovo airports were suspended": where air traffic stopped (disruption_places)
_DISRUPTED_BEFORE = re.compile(
    rf"\b(?:{alternation(load('acts')['disruption_places'])})\s+(?:the\s+)?(?:[a-z\-]+\s+){{0,2}}$", _I
)


def _warned(text: str, sent, items: list[Resolved], k: int) -> bool:
    """The place (or the list it ends) follows 'sirens in', 'air raid alerts across', 'flights at'."""
    return any(
        _WARNING_BEFORE.search(before) or _DISRUPTED_BEFORE.search(before)
        for j in (k, *list_indices(items, items[k]))
        if (before := text[max(sent.start, items[j].spot.start - 60) : items[j].spot.start])
    )


def a_distance_reference(text: str, r: Resolved) -> bool:
    """'Dnipro, a city some 390 km southeast of Kyiv': Kyiv only measures where Dnipro is; it sets no scene, and
    'the city' of the next sentence is Dnipro."""
    return bool(_DIRECTION_BEFORE.search(text[max(r.spot.sentence.start, r.spot.start - 80) : r.spot.start]))
