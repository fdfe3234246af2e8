"""app.extract.events.counter: one attack, two accounts. 'The military said it had intercepted the missile.
The Houthis said they had fired a missile at Ben Gurion Airport and that it had hit its target.': the attacker's
claim of a hit answers the defender's interception just told in the same paragraph, on the same day and near
the same place. It is no second event: the interception stands, disputed by the attacker."""

from __future__ import annotations

from app.extract.events.actors import side_label
from app.extract.events.draft import Draft
from app.extract.events.trigger import EXPLOSIONS, STRATEGIC
from app.geo.geodesic import measure

SAME_ATTACK_KM = 100.0  # a claimed hit this close to the interception told just before is the same attack


def counter_claims(made: list[Draft], block_drafts: list[Draft]) -> list[Draft]:
    """`made` without the attacker's claims that answer an interception of `block_drafts`; each such
    interception is marked disputed by the attacker's side."""
    downed = [
        b for b in block_drafts if b.event_type == STRATEGIC and b.sub_event_type == "Disrupted weapons use"
    ]
    if not downed:
        return made
    keep = []
    for d in made:
        answered = None
        if d.event_type == EXPLOSIONS and d.claim_status == "claimed" and d.source_side:
            near = [
                b
                for b in downed
                if b.date == d.date
                and b.source_side != d.source_side
                and measure(d.res.cand.lat, d.res.cand.lon, b.res.cand.lat, b.res.cand.lon).distance_km
                <= SAME_ATTACK_KM
            ]
            answered = near[-1] if near else None
        if answered is None:
            keep.append(d)
            continue
        answered.claim_status, answered.disputed_by = "disputed", side_label(d.source_side)
    return keep
