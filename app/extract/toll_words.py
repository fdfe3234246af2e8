"""app.extract.toll_words: the words a casualty figure is built from — numbers in digits and in words, victim
nouns (lexicons/victims.yaml), the verbs of killing and wounding, the qualifiers and asides that may stand
between them — and the patterns of ordinal victims ("a third worker was later found dead").
app.extract.toll_patterns assembles its patterns from these."""

from __future__ import annotations

import re

from app.extract.events.lexicons import alternation, load

_WORDS = {
    "a": 1, "an": 1, "one": 1, "another": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "dozen": 12, "both": 2,
}  # fmt: skip
# "dozens", "several", "a few" (lexicons/tolls.yaml): read as a figure of no number
VAGUE = re.compile(rf"(?:{alternation(load('tolls')['vague_quantities'])})", re.I)


def to_int(word: str) -> int | None:
    """A number in digits or words ("12", "1,200", "twelve", "twenty-one"); None for any other word."""
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in _WORDS and parts[1] in _WORDS:
        return _WORDS[parts[0]] + _WORDS[parts[1]]  # "twenty-one"
    return _WORDS.get(w)


_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUM = (
    r"(?:\d{1,3}(?:,\d{3})*|\d+|"
    + _TENS
    + r"[-\s]"
    + _UNITS
    + "|"
    + VAGUE.pattern  # before the words: "a few" is not "a"
    + "|"
    + "|".join(sorted(_WORDS, key=len, reverse=True))
    + r")"
)
# Victim nouns come from app/extract/events/lexicons/victims.yaml; capitalised nationalities are matched
# here (Palestinians, Ukrainians, Israelis, Sudanese; and one of them: "one Palestinian was killed").
_VICTIM = (
    "(?:" + alternation(load("victims")["victim_nouns"]) + r"|(?-i:[A-Z][a-z][a-z]+(?:ians?|ans?|is?|ese)))"
)
_ONE = "(?:" + alternation(load("victims")["one_victim_nouns"]) + ")"
# "Two passengers, one of them a 16-year-old, were also injured": an aside between the victims and the verb
_APPOS = r"(?:,\s+(?:one|two|three|some|most|all|both|many|several|among|including|mostly|many)\b[^,.;]{0,40},)?\s+"
_BARE = "|".join(
    w for w in sorted(_WORDS, key=len, reverse=True) if w not in ("a", "an", "another", "single")
)
_QUAL = r"(?:at\s+least\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+)?"
_ADJ = r"(?:[\w\-]+\s+){0,3}?"
# "four other members of the family", "two of his sons": whose victims they were, after the noun
_OF_WHOM = (
    r"(?:\s+of\s+(?:the|his|her|their|a|one)\s+(?:[\w\-]+\s+)?(?:family|families|household|crew|group))?"
)
# "a man aged 71", "a woman, 58,": the age after the noun (read as no count)
_AGED = r"(?:\s+aged\s+\d{1,3}|,\s+\d{1,3},)?(?:\s+there)?"  # and "three workers there were injured"
# "six others were in hospital", "were hospitalised", "taken to hospital": the wounded told by where they are
_IN_HOSPITAL = r"(?:(?:in|taken\s+to|admitted\s+to)\s+(?:(?:a|the)\s+)?hospital|hospitali[sz]ed)"
# One person as a sentence's subject: "Her husband", "The driver, a 42-year-old man,", "A woman living next door"
_ONE_SUBJECT = (
    # "The boy's father was also injured": whose kin may stand between
    rf"\b(?P<n>the|his|her|their|an?|one)\s+(?:[\w\-]+[’']s\s+)?(?:[\w\-]+\s+){{0,2}}?{_ONE}\b(?![’'\-])"
    r"(?:\s+(?:living|who\s+lives|who\s+lived|standing|walking|driving|sitting|working|passing)\b(?:\s+[\w\-]+){0,3}?"
    r"|,[^,.;]{0,40},)?\s+"
)
_KILL_V = r"(?:killed|killing|kills|kill|claimed\s+the\s+lives\s+of|left\s+dead|shot\s+dead|shooting\s+dead|gunned\s+down)"
# "lightly wounded", "seriously injuring two" (injury_degrees in lexicons/tolls.yaml)
_DEGREE = rf"(?:(?:{alternation(load('tolls')['injury_degrees'])})\s+)?"
_INJ_V = rf"(?:{_DEGREE}(?:wounded|wounding|injured|injuring|hurt|hurting|maimed))"
_INJ_PP = rf"(?:{_DEGREE}(?:injured|wounded|hurt))"  # the participle: "two were slightly hurt"


def _after_both_verbs(victims: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The same victims after a verb of killing, then after one of wounding."""
    return tuple(
        (what, re.compile(rf"\b{verb}\s+" + victims, re.I))
        for what, verb in (("killed", _KILL_V), ("injured", _INJ_V))
    )


# "A 34-year-old woman and her son were killed": one victim and one of kin, two in all
_KIN_PAIR = (
    rf"\b(?P<n>an?|one)\s+{_ADJ}{_ONE}{_AGED}\s+and\s+(?P<kin>his|her|their)\s+{_ONE}\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:also\s+|later\s+)?"
)

# "A third worker was later found dead": an ordinal victim counts the victims so far (read as that number,
# which a toll told before takes when larger)
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10,
}  # fmt: skip
_ORD = "(?:" + "|".join(ORDINALS) + ")"
_ORD_VICTIM = rf"\b(?:a|the)\s+(?P<n>{_ORD})\s+{_ADJ}{_VICTIM}{_AGED}\s+(?:[\w\-]+\s+){{0,4}}?"
_ORDINAL_PATTERNS = (
    (
        "killed",
        re.compile(
            _ORD_VICTIM + r"(?:(?:was|has\s+been|had\s+been)\s+(?:also\s+|later\s+|subsequently\s+|since\s+)?"
            r"(?:killed|found\s+dead|pronounced\s+dead|confirmed\s+dead)|(?:died|succumbed))\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"\bbody\s+of\s+(?:a|the)\s+(?P<n>{_ORD})\s+{_ADJ}{_VICTIM}\s+(?:was|has\s+been|had\s+been)\s+"
            r"(?:also\s+|later\s+)?(?:found|recovered|retrieved|pulled)\b",
            re.I,
        ),
    ),
    # "Rescuers recovered a fifth body from the rubble", "a sixth body was found"
    (
        "killed",
        re.compile(
            rf"\b(?:recovered|retrieved|pulled(?:\s+out)?|found)\s+(?:a|the)\s+(?P<n>{_ORD})\s+body\b", re.I
        ),
    ),
    (
        "killed",
        re.compile(
            rf"\b(?:a|the)\s+(?P<n>{_ORD})\s+body\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|later\s+)?"
            r"(?:found|recovered|retrieved|pulled)\b",
            re.I,
        ),
    ),
    (
        "injured",
        re.compile(
            _ORD_VICTIM
            + rf"(?:was|has\s+been|had\s+been)\s+(?:also\s+|later\s+)?(?:{_INJ_V}|{_IN_HOSPITAL})\b",
            re.I,
        ),
    ),
)
