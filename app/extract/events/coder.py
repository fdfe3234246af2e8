"""app.extract.events.coder: the event-coding pipeline over an article, sentence by sentence:

    trigger (what happened) -> place (where) -> when -> toll (killed/injured) -> actors -> status (claims)

then merge (one event per place, day and type). Each stage is its own module; the words they look for are
data in lexicons/*.yaml. Sentences that go on about the attack just told (its toll, its interception, its
confirmation by the side hit) are follow_up's.
"""

from __future__ import annotations

import datetime as dt
import re

from app.extract.dates import parse_published
from app.extract.events import actors, named_places, source, status
from app.extract.events.city_parts import without_city_parts
from app.extract.events.counter import counter_claims
from app.extract.events.country_wide import attacked_country, downed_over_defender, second_act
from app.extract.events.draft import Draft, make_draft
from app.extract.events.follow_up import (
    PART_OF_TOLD,
    answers_the_attack,
    attack_just_told,
    confirmed_by_the_side_hit,
    continue_with,
    damage_told,
    downed_beside_a_hit,
    intercepted_after,
    loss_confirmed,
    own_count_after_countrywide,
    victims_elsewhere,
)
from app.extract.events.merge import merge
from app.extract.events.not_the_place import a_distance_reference
from app.extract.events.place import event_places, named_as_place
from app.extract.events.place_cues import CLAIMED_ALL, CONSOLIDATED_MOST
from app.extract.events.recalled import (
    counts_by_part,
    date_back,
    earlier_at_same_place,
    is_recalled,
    not_recalled,
    recall_in,
)
from app.extract.events.refine import scene_of_told
from app.extract.events.seats import (
    THE_FACILITY,
    damage_at_the_facility,
    not_only_a_title,
    seat_only,
    where_the_speaker_was,
)
from app.extract.events.toll import PendingTolls, aggregate_sentence, carry_counts, counts_for, event_counts
from app.extract.events.toll_update import toll_of_the_act_told
from app.extract.events.trigger import (
    ARMED_CONTEXT,
    BACKGROUND,
    BATTLES,
    CASUALTY,
    NOT_NOW,
    all_spans,
    clause_of,
    downed_of_those_told,
    find_trigger,
    habitual,
    over_a_campaign,
    trigger_at,
)
from app.extract.events.unnamed import (
    capital_phrase,
    defended_country,
    defender_country,
    territory_of_part,
)
from app.extract.events.village_size import region_for_misread_village
from app.extract.events.voice import document_voice, in_voice
from app.extract.events.when import StoryDate, told_before
from app.extract.model import Event
from app.extract.numbers import find_counts
from app.extract.resolve import Resolved
from app.gazetteer import normalize

_TALLY = re.compile(r"\b(percent|per\s+cent|most\s+of|all\s+of|much\s+of|swathes\s+of)\b|%", re.I)
_IDENTIFIED = re.compile(r"^\s*(?:It|They)\s+(?:identified|named|listed)\s+them")


def code_events(parsed, geocoder) -> list[Event]:
    article = parsed.article
    text = article.text
    published = parse_published(article.published) or dt.date.today()
    if not (ARMED_CONTEXT.search(text) or actors.names_a_side(text)):
        return []  # no armed actor, weapon or war anywhere: sport, crime and business news carry no events
    actors.learn_country_names(parsed, geocoder.gaz)
    by_sentence: dict[int, list[Resolved]] = {}
    for r in parsed.resolved:
        by_sentence.setdefault(r.spot.sentence.start, []).append(r)
    sentences = parsed.doc.sentences
    named_places.note_places(
        {start: [r for r in rs if named_as_place(text, r)] for start, rs in by_sentence.items()},
        {s.start: s.text for s in sentences},
        normalize,
    )

    drafts: list[Draft] = []
    story = StoryDate(published)
    last_speaker: tuple[str | None, str | None] = (None, None)
    # a side's own bulletin speaks where no sentence names a source
    author = document_voice(text, article.title)
    pending = PendingTolls()
    sent_no = {s.start: n for n, s in enumerate(sentences)}
    bullets = frozenset(n for n, b in enumerate(parsed.doc.blocks) if b.kind == "bullet")
    for block_no, block in enumerate(parsed.doc.blocks):
        if block.kind not in ("paragraph", "bullet"):
            continue
        if block.kind == "bullet":
            story.reset()
        carried = None
        carried_speaker: tuple[str | None, str | None] = (None, None)
        block_drafts: list[Draft] = []
        prev_scene: list[Resolved] | None = None
        prev_text = ""
        for sent in block.sentences:
            scene, prev_scene = prev_scene, None
            trig = find_trigger(sent.text)
            of_those = None
            if trig is None and prev_text:
                trig = of_those = downed_of_those_told(sent.text, prev_text)  # "... shot down 61 of them"
            elif (
                trig is not None and trig.kind == "shootdown" and prev_text and PART_OF_TOLD.search(sent.text)
            ):
                # "Russia launched 97 drones ... Air defences shot down 74 of the drones, it said."
                of_those = trig
            prev_text = sent.text
            speaker = source.speaker(sent.text, last_speaker)
            speaker = in_voice(speaker, author)  # a bulletin's own sentences speak in its author's voice
            if speaker[0] and speaker[1] is None and (g := status.group_side(speaker[0], text[: sent.start])):
                # "The paramilitary group said", "the regular army said": the side of the war told before
                speaker = (speaker[0], g)
            if speaker[0]:
                last_speaker = speaker
            if trig is None and carried and _IDENTIFIED.match(sent.text):
                trig, speaker = carried, carried_speaker
            carried, carried_speaker = trig, speaker
            items = sorted(by_sentence.get(sent.start, []), key=lambda r: r.spot.start)
            cues, day_cues = story.cues(sent.text, published)
            defended: list[Resolved] = []
            if trig is None:
                # "Troops in the Beit Hanoun area identified several gunmen.": the scene of what follows
                prev_scene = (
                    # not where the speaker was ('..., said on national television from Kyiv')
                    [
                        r
                        for r in items
                        if r.cand.kind != "country"
                        and not where_the_speaker_was(text, r)
                        and not a_distance_reference(text, r)  # '... some 390 km southeast of Kyiv'
                    ]
                    if ARMED_CONTEXT.search(sent.text)
                    else None
                )
            elif not items and scene and not block_drafts and trig.kind != "shootdown":
                items = scene  # "... An aircraft struck and eliminated them": the act, in the scene just set
            elif not items and (
                # (after an attack told of the whole country, "downed 108 of them" is the defender's own count
                # over it, as the seed gold codes it)
                (
                    of_those is not None
                    and (
                        not attack_just_told(block_drafts)
                        or own_count_after_countrywide(sent.text, block_drafts)
                    )
                )
                # "The Ukrainian Air Force reported that Ukrainian forces downed 112 drones": over the speaker's
                # country, even after the attack it answers, unless all of that attack was downed
                or (
                    of_those is None
                    and trig.kind == "shootdown"
                    and speaker[1] is not None
                    and not (attack_just_told(block_drafts) and answers_the_attack(sent.text))
                )
            ):
                # "Russia launched 84 drones ... Air defence units shot down 61 of them": over the defender
                defended = defended_country(sent, trig, block.sentences, speaker[1], geocoder)
                if defended:
                    items = defended
                    speaker = (speaker[0] or last_speaker[0] or "air defence", defended[0].cand.country_code)
            elif not items and trig.kind != "shootdown":
                # "Hits by 19 drones were recorded at 8 locations": the country the statement speaks of
                items = attacked_country(sent, trig, speaker, block.sentences, geocoder)
            # "The ambulance was hit as it drove into X" (a bare attack word, no figures of its own) retells it too
            retold = trig is None or (trig.kind == "generic" and not event_counts(sent.text))
            if retold and scene_of_told(text, sent, items, drafts, block_no):
                story.note(day_cues, block_no)
                continue  # "The attack hit the town of X": the scene of the event just told at region level
            if (
                trig is not None
                and not items
                and block_drafts
                and (
                    told_before(cues, block_drafts[-1].date)
                    or BACKGROUND.search(sent.text[: (all_spans(sent.text) or trig.spans)[0][1]])
                )
            ):
                # "The city was also struck in a missile attack that killed 35 people in April", "In a previous
                # attack on the city, a drone hit a bus": an earlier act, whose figures are not the one's just told
                story.note(day_cues, block_no)
                continue
            if trig is None or not items:
                # "..., the Dnipropetrovsk regional administration said": who speaks, not where victims were
                if THE_FACILITY.search(sent.text) or damage_told(sent.text):
                    confirmed_by_the_side_hit(
                        text, sent.text, items, drafts, block_no, speaker[0], block_drafts
                    )
                items = [r for r in items if not seat_only(text, r)]
                if trig is not None and trig.kind == "shootdown":
                    own = downed_beside_a_hit(sent, block_drafts, speaker, trig, published, sentences)
                    if own is not None:  # "... destroying dozens of vehicles. The RSF shot down a drone"
                        own.sent_no, own.block_no = sent_no.get(sent.start, -1), block_no
                        drafts.append(own)
                        block_drafts.append(own)
                        continue
                    intercepted_after(sent.text, block_drafts, speaker)
                if trig is not None:
                    status.source_told_after(sent.text, trig, block_drafts, speaker)
                    loss_confirmed(sent.text, trig, block_drafts, speaker)
                took = carry_counts(
                    sent.text,
                    block_drafts,
                    without_city_parts(text, sent, items),
                    drafts,
                    block_no=block_no,
                    new_attack=trig is not None,
                )
                continue_with(took, block_drafts, speaker, sent.text)
                if trig is None and not took and block_drafts:
                    # "A woman was also injured in the village of X, the governor said": the same attack,
                    # at one more place
                    more = victims_elsewhere(
                        text, sent, items, block_drafts[-1], published, speaker, sentences
                    )
                    for d in more:
                        d.dated = bool(cues) or block_drafts[-1].dated
                        if not cues:
                            d.date, d.precision = block_drafts[-1].date, block_drafts[-1].precision
                        d.sent_no, d.block_no = sent_no.get(sent.start, -1), block_no
                    drafts.extend(more)
                    block_drafts.extend(more)
                if trig is not None and not block_drafts:
                    pending.note(sent.text)  # figures of an attack whose place comes later
                story.note(day_cues, block_no)
                continue
            spans = all_spans(sent.text) or trig.spans
            # "Putin warned Moscow would retaliate after drones struck X": only the act's own clause counts
            own_start = clause_of(sent.text, spans[0][0])[0]
            if NOT_NOW.search(sent.text[own_start : spans[0][0]]) and not CASUALTY.search(sent.text):
                continue
            if not day_cues and habitual(sent.text, spans):
                continue  # "Nikopol is shelled almost daily": a habit of the war, not one event
            if over_a_campaign(sent.text, spans):
                story.note(day_cues)
                continue  # "... because of damage from weeks of Russian attacks": a campaign, told as a cause
            # (up to the end of the first act word: a frame may look ahead at it, "since the RSF captured")
            if BACKGROUND.search(sent.text[: spans[0][1]]):
                continue  # "The visit came two weeks after a missile strike on X killed 34": told to date it
            if (
                trig.kind in ("capture", "fighting")
                and not day_cues
                and _TALLY.search(sent.text)
                and not CONSOLIDATED_MOST.search(sent.text)
                and not CLAIMED_ALL.search(sent.text)  # its places are weighed one by one (not_the_place)
            ):
                continue  # "Russia has captured most of Luhansk": a tally over the war, not an event
            if trig.kind == "generic" and _tally_only(sent.text):
                story.note(
                    day_cues, block_no
                )  # "... across the Gaza Strip since dawn on Saturday": still the day told
                continue  # "Since the ceasefire began, Israeli attacks have killed more than 390": a tally
            targets = [
                territory_of_part(text, region_for_misread_village(text, sent, items, t, geocoder), geocoder)
                for t in event_places(text, sent, items, trig, spans)
            ]
            targets = not_recalled(sent, targets, spans)
            if trig.kind != "shootdown":
                targets = not_only_a_title(text, targets, block_drafts)
            if not [t for t in targets if t.cand.kind != "country"]:
                cap = capital_phrase(sent, trig, geocoder)
                if cap is not None:
                    targets = [cap]
            if not targets and trig.kind == "shootdown" and not damage_at_the_facility(sent.text):
                if (
                    attack_just_told(block_drafts)
                    and answers_the_attack(sent.text)
                    and not own_count_after_countrywide(sent.text, block_drafts)
                ):
                    intercepted_after(sent.text, block_drafts, speaker)  # the attack just told, downed
                else:  # "Ukraine's air force said 98 were downed"
                    targets = defender_country(items, speaker[1]) or defended
                    # "Russia fired 240 drones at Ukraine ..., adding that 219 had been neutralised"
                    if not targets and (
                        found := downed_over_defender(sent, trig, speaker, block.sentences, geocoder)
                    ):
                        targets, speaker = found, (speaker[0] or "air defence", found[0].cand.country_code)
            elif not targets:  # "the enemy attacked with 118 drones": the country the statement speaks of
                targets = attacked_country(sent, trig, speaker, block.sentences, geocoder)
            if not targets:
                # "Israel's military said the rockets were intercepted and no injuries were reported": no
                # place of its own, so its figures belong to the event just told
                status.source_told_after(sent.text, trig, block_drafts, speaker)
                loss_confirmed(sent.text, trig, block_drafts, speaker)
                took = carry_counts(sent.text, block_drafts, [], drafts, block_no=block_no)
                continue_with(took, block_drafts, speaker, sent.text)
                confirmed_by_the_side_hit(text, sent.text, items, drafts, block_no, speaker[0], block_drafts)
                if not block_drafts:
                    pending.note(sent.text)
                story.note(day_cues, block_no)
                continue
            # "..., days after a strike on a ferry in Izmail killed eight": the recalled act is its own event
            recall = recall_in(sent.text, sent.start, targets, published)
            own = {
                id(t): trigger_at(
                    sent.text,
                    t.spot.start - sent.start,
                    trig
                    if recall is None
                    else recall.tail
                    if is_recalled(recall, t, sent.start)
                    else recall.head,
                )
                for t in targets
            }
            # an evacuation order is a consequence of the war, no ACLED event (the seed gold codes none)
            targets = [t for t in targets if own[id(t)].kind != "evacuation"]
            # tolls belong to strikes rather than to the advance told in the same sentence
            counts = counts_for(
                sent.text, sent.start, targets, lambda t, own=own: own[id(t)].event_type != BATTLES, drafts
            )
            if recall is not None:  # each part's figures are its own places'
                counts = counts_by_part(
                    recall,
                    sent.text,
                    sent.start,
                    targets,
                    lambda t, own=own: own[id(t)].event_type != BATTLES,
                )
            made = []
            for t in targets:
                d = make_draft(
                    t,
                    own[id(t)],
                    sent,
                    published,
                    counts.get(id(t), (None, None)),
                    speaker,
                    sentences,
                    bullets,
                )
                d.dated = bool(cues)
                if (day := story.carried(sent.text, cues, block_no)) is not None:
                    d.date, d.precision = day
                    d.dated = True
                made.append(d)
            if recall is not None:
                date_back(recall, made, sent.start)
            # "Russia launched 110 drones ...; 86 of the drones were shot down": two acts, country-wide
            made.extend(
                second_act(sent, made, speaker, block.sentences, geocoder, (published, sentences, bullets))
            )
            made.extend(earlier_at_same_place(sent, made, speaker, sentences, published))
            made = toll_of_the_act_told(sent.text, spans, made, drafts)
            # "... and that it had hit its target": the other account of an interception just told
            made = counter_claims(made, block_drafts)
            for d in made:
                pending.settle(d)
                d.sent_no, d.block_no = sent_no.get(sent.start, -1), block_no
                if d.actor1 is None:
                    actors.continue_story(d, drafts)
            drafts.extend(made)
            block_drafts.extend(made)
            story.note(day_cues, block_no)
    return merge(drafts, article, geocoder)


def _tally_only(sentence: str) -> bool:
    """Attacks with no weapon named whose every casualty figure counts a period ('Since the ceasefire began
    on October 10, Israeli attacks have killed more than 390 Palestinians'): a campaign's tally."""
    return aggregate_sentence(sentence) and bool(find_counts(sentence)) and not event_counts(sentence)
