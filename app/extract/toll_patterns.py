"""app.extract.toll_patterns: the patterns that read one casualty figure each, with what it counts
("killed", "injured"; "and" shares the verb of the figure before it, "part" is one place's share of a total
told just before), in the order they are tried: where two overlap, the earlier one wins.
app.extract.numbers runs them over a sentence and settles the figures."""

from __future__ import annotations

import re

from app.extract.toll_words import (
    _ADJ,
    _AGED,
    _APPOS,
    _BARE,
    _IN_HOSPITAL,
    _INJ_PP,
    _INJ_V,
    _KILL_V,
    _KIN_PAIR,
    _NUM,
    _OF_WHOM,
    _ONE,
    _ONE_SUBJECT,
    _ORDINAL_PATTERNS,
    _QUAL,
    _VICTIM,
    _after_both_verbs,
)

# what "the number of ..." counts, by the word after it
_NUMBER_OF = (("injured", "injured|wounded|injuries"), ("killed", "dead|killed|deaths|fatalities"))

# "killing two soldiers and three civilians": more victims sharing the verb of the figure before them
_AND_VICTIMS = (
    "and",
    re.compile(rf"\band\s+(?:their\s+|his\s+|her\s+)?{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\b", re.I),
)

PATTERNS = (
    *_ORDINAL_PATTERNS,
    ("killed", re.compile(_KIN_PAIR + r"(?:killed|dead)\b", re.I)),
    ("injured", re.compile(_KIN_PAIR + rf"(?:{_INJ_V}|{_IN_HOSPITAL})\b", re.I)),
    ("killed", re.compile(rf"\b{_KILL_V}\s+{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\b", re.I)),
    (
        "killed",
        re.compile(
            rf"\b{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}{_AGED}{_OF_WHOM}{_APPOS}(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)?(?:also\s+|reportedly\s+|later\s+|all\s+)?(?:killed|dead|died)\b",
            re.I,
        ),
    ),
    # "... left one martyr and two wounded": the dead as the side hit names them
    ("killed", re.compile(rf"\b{_QUAL}(?P<n>{_NUM})\s+(?:people\s+)?(?:dead|killed|martyrs?)\b", re.I)),
    (
        "killed",
        re.compile(
            rf"\b(?:killed|dead)\b[^.]{{0,60}}?\binclud(?:ed|e)\s+(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\b", re.I
        ),
    ),
    # (also "opened fire on soldiers, who killed two of them": the attackers the troops killed)
    (
        "killed",
        re.compile(
            rf"\b{_KILL_V}\s+{_QUAL}(?P<n>\d+|{_BARE})\b(?=\s*(?:and|in|on|of\s+them\b|,|\.|$))", re.I
        ),
    ),
    (
        "killed",
        re.compile(rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}(?:to|of|at|reached)\s+{_QUAL}(?P<n>{_NUM})\b", re.I),
    ),
    # "the death toll from last week's air strike on a market in Mogok had risen to thirty-one"; the attack told
    # whole between them ("from a Russian missile and drone attack on the southeastern Ukrainian city of X")
    (
        "killed",
        re.compile(
            rf"\b(?:death\s+)?toll\b[^.;]{{0,150}}?\b(?:(?:rose|risen|climbed|increased|jumped|grew)\s+to|reached|"
            rf"(?:stood|stands)\s+at)\s+{_QUAL}(?P<n>{_NUM})\b",
            re.I,
        ),
    ),
    # "..., bringing the toll from Tuesday's strike to 33"
    (
        "killed",
        re.compile(
            rf"\bbringing\s+the\s+(?:death\s+)?toll\b[^.;]{{0,80}}?\bto\s+{_QUAL}(?P<n>{_NUM})\b(?!\s+{_INJ_V})",
            re.I,
        ),
    ),
    # "Four more bodies were recovered from the rubble"
    (
        "killed",
        re.compile(
            rf"\b{_QUAL}(?P<n>{_NUM})\s+(?:more\s+|other\s+|additional\s+|further\s+)?bodies\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
            rf"(?:also\s+|later\s+)?(?:recovered|retrieved|pulled|found|removed)\b",
            re.I,
        ),
    ),
    ("injured", re.compile(rf"\b{_INJ_V}\s+{_QUAL}(?P<n>{_NUM})(?:\s+{_ADJ}{_VICTIM})?\b", re.I)),
    (
        "injured",
        re.compile(
            rf"\b{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}{_AGED}{_OF_WHOM}{_APPOS}(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)?(?:also\s+|reportedly\s+|later\s+|all\s+)?(?:{_INJ_V}|{_IN_HOSPITAL})\b",
            re.I,
        ),
    ),
    (
        "injured",
        re.compile(rf"\bleft\s+{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\s+{_INJ_PP}\b", re.I),
    ),
    ("injured", re.compile(rf"\b{_QUAL}(?P<n>\d{{1,3}}(?:,\d{{3}})*)\s+(?:injured|wounded)\b", re.I)),
    ("injured", re.compile(rf"\b(?:and|,)\s+{_QUAL}(?P<n>{_NUM})\s+{_INJ_PP}\b", re.I)),
    (
        "injured",
        re.compile(
            rf"\b(?:and|,)\s+{_QUAL}(?P<n>{_NUM})\s+(?:others?\s+|more\s+)?(?:were|was|have\s+been|had\s+been)\s+"
            rf"(?:also\s+|reportedly\s+)?{_INJ_PP}\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"\b(?:and|,)\s+{_QUAL}(?P<n>{_NUM})\s+(?:others?\s+|more\s+)?(?:were|was|have\s+been|had\s+been)\s+"
            rf"(?:also\s+|reportedly\s+)?(?:killed|dead)\b",
            re.I,
        ),
    ),
    # "Three more were wounded in the clashes": more victims, the sentence's subject
    (
        "injured",
        re.compile(
            rf"^\s*{_QUAL}(?P<n>{_NUM})\s+(?:others?|more)\s+(?:people\s+)?(?:were|was|have\s+been|had\s+been)\s+"
            rf"(?:also\s+|reportedly\s+)?{_INJ_PP}\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"^\s*{_QUAL}(?P<n>{_NUM})\s+(?:others?|more)\s+(?:people\s+)?(?:were|was|have\s+been|had\s+been)\s+"
            rf"(?:also\s+|reportedly\s+)?(?:killed|dead)\b",
            re.I,
        ),
    ),
    # "He initially put the number of wounded at 17, then raised it to 24": the figure as revised; the first one
    # only when no revision follows it
    *(
        (
            what,
            re.compile(
                rf"\bnumber\s+of\s+(?:people\s+)?(?:{words})\b[^.;]{{0,100}}?\b(?:raised|revised|increased|updated|"
                rf"lowered|corrected|brought)\s+(?:it|that|this|the\s+(?:figure|number|count|toll))\s+(?:up\s+|down\s+)?"
                rf"to\s+{_QUAL}(?P<n>{_NUM})\b",
                re.I,
            ),
        )
        for what, words in _NUMBER_OF
    ),
    *(
        (
            what,
            re.compile(
                rf"\b(?:put|puts|putting|gave|set|estimated|placed)\s+the\s+(?:number|count)\s+of\s+(?:people\s+)?"
                rf"(?:{words})\s+at\s+{_QUAL}(?P<n>{_NUM})\b(?![^.;]{{0,80}}?\b(?:raised|revised|increased|updated|"
                rf"lowered|corrected|brought)\s+(?:it|that|this|the\s+(?:figure|number|count|toll))\b)",
                re.I,
            ),
        )
        for what, words in _NUMBER_OF
    ),
    # "the number of injured had risen to 35"
    (
        "injured",
        re.compile(
            rf"\bnumber\s+of\s+(?:people\s+)?(?:injured|wounded|injuries)\b[^.;]{{0,100}}?\b(?:(?:rose|risen|climbed|"
            rf"increased|jumped|grew)\s+to|reached|(?:stood|stands)\s+at)\s+{_QUAL}(?P<n>{_NUM})\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"\bnumber\s+of\s+(?:people\s+)?(?:dead|killed|deaths|fatalities)\b[^.;]{{0,100}}?\b(?:(?:rose|risen|"
            rf"climbed|increased|jumped|grew)\s+to|reached|(?:stood|stands)\s+at)\s+{_QUAL}(?P<n>{_NUM})\b",
            re.I,
        ),
    ),
    # "The 37-year-old driver was wounded": one person, told by age (the age is read as one below)
    (
        "killed",
        re.compile(
            rf"\bthe\s+(?P<n>\d{{1,3}})-year-old\s+(?:[\w\-]+\s+){{0,2}}?{_VICTIM}\s+(?:was|had\s+been|has\s+been)\s+"
            rf"(?:also\s+|later\s+)?(?:killed|dead|died)\b",
            re.I,
        ),
    ),
    (
        "injured",
        re.compile(
            rf"\bthe\s+(?P<n>\d{{1,3}})-year-old\s+(?:[\w\-]+\s+){{0,2}}?{_VICTIM}\s+(?:was|had\s+been|has\s+been)\s+"
            rf"(?:also\s+)?{_INJ_V}\b",
            re.I,
        ),
    ),
    # "A woman hit in the same attack died of her wounds that night": a victim told, then how she died
    (
        "killed",
        re.compile(
            rf"\b(?P<n>a|an|one|two|three|four|five|{_NUM})\s+{_ADJ}{_VICTIM}\s+(?:[\w\-]+\s+){{1,6}}?(?:later\s+)?"
            rf"(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries)\b",
            re.I,
        ),
    ),
    # "killed a couple and their three children"
    ("killed", re.compile(rf"\b{_KILL_V}\s+(?P<n>a)\s+(?:[\w\-]+\s+)?couple\b", re.I)),
    _AND_VICTIMS,
    # "killing a 15-year-old": a victim told by age alone
    ("killed", re.compile(rf"\b{_KILL_V}\s+(?P<n>an?)\s+(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)-year-old\b", re.I)),
    *_after_both_verbs(rf"{_QUAL}(?P<n>{_NUM})\s+(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)-year-olds\b"),
    # "killing the driver", "injuring his wife", "a man and his daughter": one person, no number written
    *_after_both_verbs(rf"(?P<n>the|his|her|their|its)\s+(?:[\w\-]+\s+){{0,2}}?{_ONE}\b(?![’'\-])"),
    ("and", re.compile(rf"\band\s+(?P<n>his|her|their)\s+(?:[\w\-]+\s+)?{_ONE}\b(?![’'\-])", re.I)),
    # "killing the driver and a female passenger": the victims after a one-person figure read just above share
    # its verb too (the "and" pattern above ran before that figure was read)
    _AND_VICTIMS,
    # "Her husband was wounded by shrapnel", "A woman living next door was also injured", "The driver, a
    # 42-year-old man, received shrapnel wounds": one person, the subject, told by who they are
    *(
        (
            what,
            re.compile(rf"{_ONE_SUBJECT}(?:was|had\s+been|has\s+been)\s+(?:also\s+|later\s+)?{verb}\b", re.I),
        )
        for what, verb in (("killed", r"(?:killed|shot\s+dead)"), ("injured", _INJ_V))
    ),
    (
        "injured",
        re.compile(
            rf"{_ONE_SUBJECT}(?:also\s+)?(?:received|suffered|sustained)\s+(?:[\w\-]+\s+){{0,3}}?"
            r"(?:injur(?:y|ies)|wounds?|burns|concussion)\b",
            re.I,
        ),
    ),
    # "Rescuers pulled the body of a man from the rubble", "the body of a woman was later found"
    (
        "killed",
        re.compile(
            rf"\b(?:recovered|retrieved|pulled|found|removed|pulled\s+out)\s+the\s+bod(?:y|ies)\s+of\s+{_QUAL}"
            rf"(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"\bbod(?:y|ies)\s+of\s+{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\s+(?:was|were|had\s+been|have\s+been)\s+"
            rf"(?:also\s+|later\s+)?(?:recovered|retrieved|pulled|found|removed)\b",
            re.I,
        ),
    ),
    # "killed three civilians, two in Kostiantynivka and one in Druzhkivka": the toll told place by place
    (
        "part",
        re.compile(
            rf"(?:[,;:]|\band)\s+(?P<subset>(?:including|among\s+them|of\s+whom)\s+)?{_QUAL}(?P<n>{_NUM})\s+"
            # "two in Sloviansk and one more in nearby Kramatorsk"
            # "among them a paramedic who came under attack in the suburb of X": who the victim was, then where
            rf"(?:more\s+)?(?:(?:(?P<of>of\s+them)|{_VICTIM}(?:\s+(?:who|that)\s+[^,.;]{{1,50}}?)?)\s+)?in\s+"
            rf"(?:nearby\s+|neighbou?ring\s+)?"
            rf"(?:the\s+(?:\w+\s+)?(?:town|city|village|region|district|settlement|suburb)\s+of\s+)?(?=(?-i:[A-Z]))",
            re.I,
        ),
    ),
)

# Every pattern of PATTERNS needs one of these words: a sentence without any has no figure (most sentences)
ANY_TOLL_WORD = re.compile(
    r"kill|dead|died|wound|injur|hurt|maim|toll|bod(?:y|ies)|casualt|lives|victim|fatalit|death|hospital",
    re.I,
)
