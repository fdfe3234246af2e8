"""app.extract.events.address: a place the sentence names only to say where another one is — a bigger place
right after a smaller one ("Bilohorivka in Luhansk", "a village in the Donetsk region", "the Okhmatdyt
children's hospital in Kyiv") or an apposition that places a town ("Goma, the largest city in eastern Congo")
— is the address, not a second place of the act."""

from __future__ import annotations

import re

from app.extract.resolve import Resolved

_QUALIFIER_GAP = re.compile(
    r"^\s*(?:,\s*)?(?:a\s+\w+\s+)?(?:(?:district|raion|area|port|city|town|village|settlement)\s+)?(?:in|of|near)\s+"
    r"(?:the\s+)?(?:[\w’'\-]+[’']s\s+)?(?:[a-z\-]+\s+|(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s+){0,3}$"
)
# "El Fasher, the army's last stronghold in Darfur": an apposition after a town that places it in a region
_APPOSITION_GAP = re.compile(
    r"^\s*,\s*(?:a|an|the|its|their)\s+(?:(?!(?:on|at|near|from|to|by|in)\b)[\w’'\-]+\s+){0,5}?(?:in|of)\s+"
    r"(?:the\s+)?(?:(?!of\b)[a-z\-]+\s+){0,2}(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s+)?$"
)
_FACILITY_ADDRESS_GAP = re.compile(
    r"(?:[’']s)?\s*(?:[\w’'\-]+\s+){0,4}?(?:,\s*)?(?:in|near|outside|at)\s+(?:the\s+)?(?:(?:city|town|village|port)\s+of\s+)?"
)
_ADDRESS_GAP = re.compile(r"\s*(?:,\s*)?(?:in|near|outside)\s+(?:the\s+)?(?:city\s+of\s+)?")


def is_address(text: str, items: list[Resolved], k: int) -> bool:
    """'Bilohorivka in Luhansk', 'a village in the Donetsk region': a bigger place after a smaller one."""
    s, c = items[k].spot, items[k].cand
    if (
        k > 0
        and (
            c.kind in ("region", "country")
            or c.population > items[k - 1].cand.population
            or c.country_code != items[k - 1].cand.country_code  # a namesake abroad is a misreading here
        )
        and _APPOSITION_GAP.match(text[items[k - 1].spot.end : s.start])
    ):
        return True  # "Goma, the largest city in eastern Congo": the apposition only places the town
    if c.kind == "settlement" and k > 0:
        p0 = items[k - 1]
        gap = text[p0.spot.end : s.start]
        if (
            p0.cand.kind in ("settlement", "facility", "other")
            and p0.cand.population < c.population
            and (
                _ADDRESS_GAP.fullmatch(gap)
                # "the Okhmatdyt children's hospital in Kyiv", "the Afipsky oil refinery near Krasnodar"
                or (p0.cand.kind == "facility" and _FACILITY_ADDRESS_GAP.fullmatch(gap))
            )
        ):
            return True
    if c.kind == "other" and getattr(s, "typed", None) == "district" and k > 0:
        # "Kivsharivka in the Kupiansk district": the raion only says where the village is
        p0 = items[k - 1]
        if (
            p0.cand.kind in ("settlement", "facility")
            and p0.cand.country_code == c.country_code
            and p0.cand.admin1_code == c.admin1_code
            and _QUALIFIER_GAP.match(text[p0.spot.end : s.start])
        ):
            return True
    if c.kind in ("region", "country"):
        prev = [p for p in items[:k] if p.cand.kind not in ("country",)]
        gap = text[prev[-1].spot.end : s.start] if prev else ""
        if prev and (
            _QUALIFIER_GAP.match(gap)
            or _APPOSITION_GAP.match(gap)
            # "Pokrovsk, Donetsk region" places the town; "the Belgorod, Kursk and Bryansk regions" is a list
            or (c.kind == "region" and prev[-1].cand.kind != "region" and re.fullmatch(r"\s*,\s*", gap))
        ):
            return True
        if prev and s.start - prev[-1].spot.end < 45 and c.kind == "country":
            return True
    return False
