"""Hostile article texts for the bounded-cost checks: each generator repeats one pattern known to push
extraction towards quadratic time (our own sentences in wire style, never copied from any corpus)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import cycle, islice

UNITS: dict[str, str] = {
    "long_token": "a",
    "long_sentence": "a Russian drone struck Kharkiv and killed two people and ",
    "place_chain": "the village of Novoselivka in the Donetsk region and ",
    "capitalised_run": "Kharkiv Odesa Sumy Dnipro Kherson Mykolaiv Poltava Lviv Kyiv Izium ",
    "numbers": "12 34, 5,600 and 78.9 km, 2025-11-03 at 14:05; 1 200 000 ",
    "quotes": '"The strike on Sumy killed three," the governor said. "It will not stop us," ',
    "bullets": "\n- Russian drones hit Odesa, injuring four\n* Shelling killed one in Kherson\n• ",
    "apostrophes": "Ukraine's army's drone's target's Kharkiv's region's O'Brien's ",
    "km_north_of": "5 km north of Kupiansk, 10 km south of Izium, 20 km east of ",
    "commas": "Kharkiv, Sumy, Chernihiv, Poltava, Dnipro, Zaporizhzhia, Kherson, Mykolaiv, ",
    "missile_report": "Russian missiles struck Odesa on Monday, killing one man and injuring 12, officials said. ",
}


def make(name: str, size: int) -> str:
    """`size` characters of the pattern `name` (the last repetition cut to fit)."""
    unit = UNITS[name]
    reps = size // len(unit) + 1
    return "".join(islice(cycle([unit]), reps))[:size]


GENERATORS: dict[str, Callable[[int], str]] = {name: (lambda n, _k=name: make(_k, n)) for name in UNITS}
