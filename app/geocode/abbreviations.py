"""app.geocode.abbreviations: the short forms US local news writes in place names, spelled out for a second
lookup when the name as written is not in the gazetteer: "Loudon Co." is Loudon County, "West Chester Twp." West
Chester Township, "Ft. Myers" Fort Myers, "Mt. Airy" Mount Airy, "W. Va." (initials with a space) the state
"W.Va." names. Only whole words of a normalised key are replaced, and only after the written form failed, so a
place whose own name has the short word ("Mt Pleasant", British Columbia) is still found as written."""

from __future__ import annotations

import re

_WORDS = {
    "co": "county",
    "cnty": "county",
    "twp": "township",
    "twsp": "township",
    "boro": "borough",
    "ft": "fort",
    "mt": "mount",
    "mtn": "mountain",
    "pt": "point",
    "hts": "heights",
    "spgs": "springs",
    "jct": "junction",
}
_INITIALS = re.compile(r"^(?:[a-z]{1,3} ){1,2}[a-z]{1,3}$")


def expansions(key: str) -> list[str]:
    """Other keys a normalised `key` may stand for, most likely first; [] when it has no short form."""
    words = key.split(" ")
    out: list[str] = []
    spelled = " ".join(_WORDS.get(w, w) for w in words)
    if spelled != key:
        out.append(spelled)
    if _INITIALS.fullmatch(key) and any(len(w) == 1 for w in words):
        out.append(key.replace(" ", ""))  # "w va" -> "wva", as "W.Va." is indexed
    return out
