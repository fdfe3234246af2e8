"""app.geocode.importance: how much a place matters before any query is read — by population for towns and
regions, by kind for the rest, capitals first — the prior the geocoder's ranking mixes with how well the
name matched."""

from __future__ import annotations

import math

import numpy as np

from app.gazetteer import Gazetteer
from app.gazetteer.columns import KINDS

KIND_IMPORTANCE = {"country": 1.0, "region": 0.85, "facility": 0.85, "water": 0.8, "other": 0.6}


def importance(population: int, kind: str, *, capital: bool = False) -> float:
    if capital:
        return 1.0
    if kind == "settlement":
        return min(1.0, math.log10(population + 1) / 6.5)
    if kind == "region":
        return float(region_importance(population))
    if kind == "other" and population:
        return max(KIND_IMPORTANCE["other"], min(0.9, math.log10(population + 1) / 7.3))
    return KIND_IMPORTANCE.get(kind, 0.6)


def region_importance(population):
    """0.85 to 0.9 by the people living in the region (300,000 to 20 million, log scale): above a town of 200,000,
    below a big city ("Istanbul" is the city before the province), and no tie between two sizeable regions of
    one name (Montana, USA before Montana, Bulgaria)."""
    people = np.log10(np.asarray(population, dtype=np.float64) + 1.0)
    return 0.85 + 0.05 * np.clip((people - 5.5) / 1.8, 0.0, 1.0)


def place_importance(gaz: Gazetteer) -> list[float]:
    """Prior importance of every place of the gazetteer, by index (what `importance` gives one place)."""
    pop = gaz.population.astype(np.float64)
    imp = np.minimum(1.0, np.log10(pop + 1.0) / 6.5)
    codes = np.asarray(gaz._kind_code)
    for kind, value in KIND_IMPORTANCE.items():
        imp[codes == KINDS.index(kind)] = value
    regions = codes == KINDS.index("region")
    # capped below a big city's: "Istanbul" is the city before it is the province
    imp[regions] = region_importance(pop[regions])
    # second-level divisions by the people living in them: "Orange County" is California's (3.3 million),
    # not Vermont's; curated districts and landmarks carry no population and keep the kind's weight
    counties = (codes == KINDS.index("other")) & (pop > 0)
    imp[counties] = np.clip(np.log10(pop[counties] + 1.0) / 7.3, KIND_IMPORTANCE["other"], 0.9)
    imp[gaz.is_capital.astype(bool)] = 1.0
    return imp.tolist()


class WaterFirst:
    """Importance with every water body at the top, for a name that says it is water."""

    __slots__ = ("_imp", "_gaz")

    def __init__(self, imp: list[float], gaz: Gazetteer) -> None:
        self._imp, self._gaz = imp, gaz

    def __getitem__(self, i: int) -> float:
        return 1.0 if self._gaz.kind_of(i) == "water" else self._imp[i]
