"""app.extract.events.place_cues: words before a name that make it a place of the act where the event-place
rules would drop it: a count's place in a shoot-down tally ("..., and five over the waters of the Black Sea"), a
sea drones were downed over, and ground consolidated ("consolidated their hold over most of Siversk"), which is
no tally of a war's gains."""

from __future__ import annotations

import re

_I = re.I

# "consolidated their hold over most of Siversk": ground taken and held, not a tally of the war's gains
CONSOLIDATED_MOST = re.compile(
    r"\bconsolidat(?:ed|es|ing)\s+(?:[\w’'\-]+\s+){0,3}?(?:over|on|of|in)\s+(?:most|much|all)\s+of\b", _I
)
# "repeated its claim to control all of X": the whole place claimed taken, a capture claim (not "most of X")
_CLAIMED_ALL = r"\bclaim(?:ed|s|ing)?\s+to\s+(?:be\s+in\s+)?(?:full\s+|complete\s+|total\s+)?control\s+(?:of\s+)?all\s+of"
CLAIMED_ALL = re.compile(_CLAIMED_ALL, _I)
CLAIMED_ALL_BEFORE = re.compile(_CLAIMED_ALL + r"\s+$", _I)
CONSOLIDATED_BEFORE = re.compile(CONSOLIDATED_MOST.pattern + r"\s+$", _I)
# "94 drones: 41 over the Bryansk region, ..., and five over ...": a count, then where they were downed
COUNT_OVER_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)\s+"
    r"(?:[a-z\-]+\s+)?over\s+(?:the\s+)?(?:(?:waters|water\s+area)\s+of\s+(?:the\s+)?)?$",
    _I,
)
# "five over the waters of the Black Sea": drones downed over a sea, a place of the shoot-down like a region
OVER_WATER_BEFORE = re.compile(r"\bover\s+(?:the\s+)?(?:(?:waters|water\s+area)\s+of\s+(?:the\s+)?)?$", _I)
