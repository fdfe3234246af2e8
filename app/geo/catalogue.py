"""app.geo.catalogue: the curated facts in geodata/ that range questions need — weapons, capitals, NATO."""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "GEODATA",
    "Weapon",
    "Capital",
    "UnknownWeapon",
    "load_weapons",
    "find_weapon",
    "load_capitals",
    "load_nato",
]

GEODATA = Path(__file__).resolve().parent.parent.parent / "geodata"


class UnknownWeapon(LookupError):
    """No catalogue entry by that name or alias; `suggestions` holds the closest names."""

    def __init__(self, message: str, *, suggestions: list[str]) -> None:
        super().__init__(message)
        self.suggestions = suggestions


@dataclass(frozen=True, slots=True)
class Weapon:
    """One catalogue entry; `min_km`/`max_km` are the defaults a ring is drawn with."""

    name: str
    aliases: tuple[str, ...]
    weapon_class: str
    min_km: float
    max_km: float
    min_km_spread: tuple[float, float] | None = None
    max_km_spread: tuple[float, float] | None = None
    why: dict[str, str] = field(default_factory=dict)
    sources: tuple[dict[str, Any], ...] = ()
    operators: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "class": self.weapon_class,
            "operators": list(self.operators),
            "min_km": self.min_km,
            "max_km": self.max_km,
            "spread": {
                "min_km": list(self.min_km_spread) if self.min_km_spread else None,
                "max_km": list(self.max_km_spread) if self.max_km_spread else None,
            },
            "why": dict(self.why),
            "sources": [dict(s) for s in self.sources],
        }


@dataclass(frozen=True, slots=True)
class Capital:
    country_code: str
    country: str
    capital: str
    lat: float
    lon: float
    geonameid: int
    nato: bool
    nato_since: str | None


def _key(text: str) -> str:
    # "Shahed-136", "shahed 136" and "SHAHED136" are one weapon; Cyrillic letters are kept as they are.
    return re.sub(r"[\s\-_/().]+", "", text.casefold())


def _figure(
    entry: dict[str, Any], name: str
) -> tuple[float, tuple[float, float] | None, str | None, list[dict]]:
    fig = entry.get(name) or {}
    spread = fig.get("spread")
    sources = []
    for s in fig.get("sources") or []:
        # YAML reads 2024-12-19 as a date and 2016 as an int; the catalogue speaks strings.
        sources.append({"figure": name, **{k: (str(v) if k == "date" else v) for k, v in s.items()}})
    return (
        float(fig.get("default", 0)),
        (float(spread[0]), float(spread[1])) if spread else None,
        fig.get("why"),
        sources,
    )


@cache
def load_weapons(path: Path | None = None) -> tuple[Weapon, ...]:
    raw = yaml.safe_load((path or GEODATA / "weapons.yaml").read_text(encoding="utf-8"))
    weapons = []
    for e in raw:
        lo, lo_spread, lo_why, lo_src = _figure(e, "min_km")
        hi, hi_spread, hi_why, hi_src = _figure(e, "max_km")
        why = {k: v for k, v in (("min_km", lo_why), ("max_km", hi_why)) if v}
        weapons.append(
            Weapon(
                name=e["name"],
                aliases=tuple(str(a) for a in e.get("aliases") or ()),
                weapon_class=e.get("class", ""),
                min_km=lo,
                max_km=hi,
                min_km_spread=lo_spread,
                max_km_spread=hi_spread,
                why=why,
                sources=tuple(lo_src + hi_src),
                operators=tuple(e.get("operators") or ()),
            )
        )
    return tuple(weapons)


def find_weapon(name: str, weapons: tuple[Weapon, ...] | None = None) -> Weapon:
    """The entry whose name or alias matches (ignoring case, spaces and hyphens).

    >>> find_weapon("shahed 136").name
    'Shahed-136 / Geran-2'
    """
    weapons = weapons or load_weapons()
    key = _key(name)
    by_key: dict[str, Weapon] = {}
    for w in weapons:
        for label in (w.name, *w.aliases):
            by_key.setdefault(_key(label), w)
    if key in by_key:
        return by_key[key]
    close = difflib.get_close_matches(key, list(by_key), n=5, cutoff=0.6)
    suggestions = list(dict.fromkeys(by_key[k].name for k in close))
    if not suggestions:  # a prefix is a fair hint too ("iskand" -> Iskander-M)
        suggestions = list(dict.fromkeys(w.name for k, w in by_key.items() if key and k.startswith(key[:4])))
    raise UnknownWeapon(f"unknown weapon {name!r}", suggestions=suggestions[:5])


@cache
def load_nato(path: Path | None = None) -> dict[str, str]:
    """Member country code -> accession date (YYYY-MM-DD), from geodata/nato.csv."""
    with (path or GEODATA / "nato.csv").open(encoding="utf-8", newline="") as f:
        return {row["country_code"]: row["accession_date"] for row in csv.DictReader(f)}


@cache
def load_capitals(path: Path | None = None) -> tuple[Capital, ...]:
    nato = load_nato()
    out = []
    with (path or GEODATA / "capitals.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            cc = row["country_code"]
            out.append(
                Capital(
                    country_code=cc,
                    country=row["country"],
                    capital=row["capital"],
                    lat=float(row["lat"]),
                    lon=float(row["lon"]),
                    geonameid=int(row["geonameid"]),
                    nato=cc in nato,
                    nato_since=nato.get(cc),
                )
            )
    return tuple(out)
