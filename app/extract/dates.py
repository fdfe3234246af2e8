"""app.extract.dates: when an event happened, from the words around it and the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}  # fmt: skip
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
_MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"

_MD = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_DM = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}\b(?:,?\s+(\d{{4}}))?")
# not "since November": when a state began ("a town under assault since November", "the first strike since
# July") is never the day of the act the sentence tells
_MONTH_ONLY = re.compile(
    rf"\b(?i:in|during|from|until|(?P<part>early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle)\s+of))(?:\s+|(?<=-))"
    rf"(?:(?i:the\s+)?month\s+of\s+)?{_MON}\b(?:\s+(\d{{4}}))?(?P<last>,?\s+(?i:of\s+)?(?i:last|the\s+previous)\s+year)?"
)
# "since March 2024, when a missile strike on Odesa killed 21": the when-clause tells an act of that month
_SINCE_WHEN = re.compile(rf"\b(?i:since)\s+{_MON}\b(?:\s+(\d{{4}}))?(?=,?\s+when\b)")
# the day a part of a month stands for (the middle of its ten days or so) and how far either side it reaches
_PART_DAY = {"early": 5, "beginning": 3, "start": 3, "mid": 15, "middle": 15, "late": 26, "end": 28}
# fixed-date holidays wire copy dates attacks by ("a strike on Christmas Day", "in the early hours of New Year's
# Day"), the last one on or before publication (a day ahead allowed, as for dates)
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
             "new year's eve": (12, 31), "new year's day": (1, 1), "orthodox christmas": (1, 7)}  # fmt: skip
_HOLIDAY = re.compile(
    r"\b(?:on|over|during|at|by|before|after|of)\s+(?:the\s+)?(?P<h>Orthodox\s+Christmas(?:\s+Day)?|"
    r"Christmas\s+(?:Eve|Day)|Christmas|Boxing\s+Day|New\s+Year[’']s\s+(?:Eve|Day))\b"
    # "over the Christmas holidays": the days around it, known to the week
    r"(?P<span>\s+(?:holidays?|holiday\s+period|period|break|weekend))?"
)
_WEEKDAY = re.compile(
    r"\b(last\s+|this\s+|on\s+|early\s+on\s+|late\s+on\s+|overnight\s+on\s+|)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_RELATIVE = (
    (re.compile(r"\b(yesterday|last\s+night|a day earlier|the previous day|the day before)\b", re.I), -1, 1),
    (re.compile(r"\b(today|this morning|tonight|earlier today|this afternoon|this evening)\b", re.I), 0, 1),
    (re.compile(r"\b(two days earlier)\b", re.I), -2, 1),
    (re.compile(r"\b(past\s+week)\b", re.I), -7, 2),
    (re.compile(r"\b(past month)\b", re.I), -15, 3),
    # "a plant damaged last year": a year back, known to the month at best
    (re.compile(r"\b(last year|a year ago)\b", re.I), -365, 3),
)
_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
      "nine": 9, "ten": 10, "a few": 3, "few": 3, "several": 4, "a couple of": 2}  # fmt: skip
# "three days ago", "two weeks earlier": counted back from the publication day
_AGO = re.compile(
    r"\b(?P<n>\d{1,2}|a\s+few|a\s+couple\s+of|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>day|week|month)s?\s+ago\b",
    re.I,
)
# spans of the calendar around the publication day, each resolved by _calendar_span
_CALENDAR = re.compile(
    r"\b(?P<what>(?:(?:early|late)\s+)?last\s+week|earlier\s+(?:this|in\s+the)\s+week|"
    r"(?:over|at|during|on)\s+the\s+weekend|(?:this|last)\s+weekend|"
    r"(?:(?:early|late|mid-?)\s*)?last\s+month|earlier\s+(?:this|in\s+the)\s+month|this\s+month)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DateCue:
    date: dt.date
    precision: int  # 1 day, 2 week, 3 month
    start: int  # offset within the searched text
    text: str
    spoken: bool = False  # counted from the day a source spoke in the same sentence, not from publication


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date) -> dt.date | None:
    for year in (published.year, published.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        if d <= published + dt.timedelta(days=1):
            return d
    return None


def find_cues(text: str, published: dt.date) -> list[DateCue]:
    """Every date expression in `text`, resolved against the publication date."""
    return list(_cues(text, published))


@lru_cache(maxsize=2048)
def _cues(text: str, published: dt.date) -> tuple[DateCue, ...]:
    # event coding asks for the same sentence's cues once per place it names: parse each sentence once
    return tuple(_find_cues(text, published))


def _find_cues(text: str, published: dt.date) -> list[DateCue]:
    cues: list[DateCue] = []
    for m in _MD.finditer(text):
        month, day = _MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2))
        d = _explicit(month, day, m.group(3), published)
        if d:
            cues.append(DateCue(d, 1, m.start(), m.group(0)))
    for m in _DM.finditer(text):
        month, day = _MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1))
        d = _explicit(month, day, m.group(3), published)
        if d:
            cues.append(DateCue(d, 1, m.start(), m.group(0)))
    for m in _HOLIDAY.finditer(text):
        name = re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'").removesuffix(" day")
        month, day = _HOLIDAYS.get(name) or _HOLIDAYS[name + " day"]
        d = _year_for(month, day, published)
        if d:
            cues.append(DateCue(d, 2 if m.group("span") else 1, m.start("h"), text[m.start("h") : m.end()]))
    taken = [(c.start, c.start + len(c.text)) for c in cues]
    for m in _MONTH_ONLY.finditer(text):
        if any(a <= m.start(2) < b for a, b in taken):
            continue
        cues.append(_month_cue(m, published))
    for m in _SINCE_WHEN.finditer(text):
        if not any(a <= m.start(1) < b for a, b in taken):
            cues.append(_month_cue(m, published, month_group=1))
    for m in _WEEKDAY.finditer(text):
        target = _WEEKDAYS[m.group(2).lower()]
        back = (published.weekday() - target) % 7
        if m.group(1).strip().lower() == "last" and back == 0:
            back = 7
        if back == 6 and m.group(1).strip().lower() != "last":
            back = -1  # a report dated a day "early" (time zones, updates): Saturday's story filed on Friday
        cues.append(DateCue(published - dt.timedelta(days=back), 1, m.start(), m.group(0)))
    for pattern, delta, precision in _RELATIVE:
        for m in pattern.finditer(text):
            cues.append(DateCue(published + dt.timedelta(days=delta), precision, m.start(), m.group(0)))
    for m in _AGO.finditer(text):
        n = _N.get(re.sub(r"\s+", " ", m.group("n").lower())) or int(m.group("n"))
        unit = m.group("unit").lower()
        fuzzy = re.search(r"few|several|couple", m.group("n"), re.I) is not None  # "a few days ago"
        days, precision = {"day": (n, 2 if fuzzy else 1), "week": (7 * n, 2), "month": (30 * n, 3)}[unit]
        cues.append(DateCue(published - dt.timedelta(days=days), precision, m.start(), m.group(0)))
    for m in _CALENDAR.finditer(text):
        cues.append(DateCue(*_calendar_span(m.group("what"), published), m.start(), m.group(0)))
    cues = [c for c in _outermost(cues) if not _TIMES_IN.search(text, 0, c.start)]
    spoken = [c for c in cues if _spoken_on(text, c)]
    cues = [c for c in cues if c not in spoken]
    if spoken:
        # "The military said on Wednesday it had killed a commander in a strike a day earlier": the day before
        # the day it spoke, not the day before the report
        cues = [_from_spoken(c, spoken[0]) for c in cues]
    return sorted(cues, key=lambda c: c.start)


_COUNTED_BACK = re.compile(
    r"^(?:a\s+day\s+earlier|the\s+previous\s+day|the\s+day\s+before|two\s+days\s+earlier)$", re.I
)


def _from_spoken(c: DateCue, spoken: DateCue) -> DateCue:
    if not _COUNTED_BACK.match(c.text):
        return c
    back = 2 if c.text.lower().startswith("two") else 1
    return DateCue(spoken.date - dt.timedelta(days=back), c.precision, c.start, c.text, spoken=True)


def _outermost(cues: list[DateCue]) -> list[DateCue]:
    """Cues not inside a longer one ('earlier this month' holds 'this month'; 'last weekend' is no weekday)."""

    def inside(c: DateCue, o: DateCue) -> bool:
        return (
            o is not c
            and o.start <= c.start
            and c.start + len(c.text) <= o.start + len(o.text)
            and (len(o.text) > len(c.text))
        )

    return [c for c in cues if not any(inside(c, o) for o in cues)]


def _month_cue(m: re.Match, published: dt.date, month_group: int = 2) -> DateCue:
    """'in September' (the 15th, month precision), 'in late October' (about the 26th, week precision)."""
    month = _MONTHS[m.group(month_group).lower().rstrip(".")]
    year_text = m.group(month_group + 1)
    year = (
        int(year_text) if year_text else (published.year if month <= published.month else published.year - 1)
    )
    if m.groupdict().get("last"):  # "in October last year"
        year = published.year - 1
    part = ((m.groupdict().get("part")) or "").lower().rstrip("-")
    part = part.replace("the", "").replace("of", "").strip()
    if part not in _PART_DAY:
        return DateCue(dt.date(year, month, 15), 3, m.start(), m.group(0))
    d = dt.date(year, month, min(_PART_DAY[part], calendar.monthrange(year, month)[1]))
    return DateCue(min(d, published), 2, m.start(), m.group(0))


def _calendar_span(what: str, published: dt.date) -> tuple[dt.date, int]:
    """The middle of the span of the calendar a relative phrase names, and its precision: 'last month' is the
    month before publication (not 15 days back), 'earlier this week' the days of this week before today, 'over
    the weekend' the last Saturday and Sunday."""
    w = re.sub(r"\s+", " ", what.lower())
    monday = published - dt.timedelta(days=published.weekday())
    if w.endswith("weekend"):
        saturday = monday + dt.timedelta(days=5)
        if saturday > published:
            saturday -= dt.timedelta(days=7)
        return saturday, 2
    if w == "last week":
        return published - dt.timedelta(days=7), 2  # a Saturday's "last week" often means the days just past
    if w.endswith("last week"):
        start = monday - dt.timedelta(days=7)
        offset = {"early": 1, "late": 5}.get(w.split()[0], 3)
        return start + dt.timedelta(days=offset), 2
    if w.endswith("week"):  # earlier this week
        end = published - dt.timedelta(days=1)
        return (monday + (end - monday) / 2 if end >= monday else end), 2
    if w.endswith("last month"):
        last = published.replace(day=1) - dt.timedelta(days=1)
        day = _PART_DAY.get(w.split()[0].rstrip("-"), 15)
        return last.replace(day=min(day, last.day)), (2 if w.split()[0].rstrip("-") in _PART_DAY else 3)
    # earlier this month, this month: the days of the month so far
    first = published.replace(day=1)
    return first + (published - first) / 2, 3


# "Governor X said on Friday morning", "told reporters on Monday": the day the source spoke, not the event's
_SPOKEN_ON = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|Reuters|AFP|AP|(?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)?)|announced|"
    r"added|wrote|stated)(?:\s+in\s+a\s+(?:statement|post|video|briefing))?(?:\s+on\s+(?:Telegram|X|Facebook))?\s+$"
)


def _spoken_on(text: str, c: DateCue) -> bool:
    """'Governor X said on Friday morning': the day the source spoke (not 'said last month that X had fallen',
    which bounds the event)."""
    return c.text[:3].lower() == "on " and _SPOKEN_ON.search(text, 0, c.start) is not None


# "struck the plant for the second time this month": the month counts the strikes, it does not date this one
_TIMES_IN = re.compile(r"\b(?:times?|twice|once)\s+$", re.I)


def _explicit(month: int, day: int, year: str | None, published: dt.date) -> dt.date | None:
    if year:
        try:
            return dt.date(int(year), month, day)
        except ValueError:
            return None
    return _year_for(month, day, published)


_NEXT_CLAUSE = re.compile(
    r";|,\s+(?:and|but|while|whereas)\b|\s(?:and|but)\s+(?:on|in|last|earlier|later)\b", re.I
)


# a break between clauses: the ones _NEXT_CLAUSE knows, or a coordinated verb ("in January and took Bukavu"),
# not a coordinated name ("Goma and Bukavu", "and the town of X")
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas)\b|\s(?:and|but|then)\s+(?:later\s+|then\s+)?(?!the\b|a\b|an\b|its\b|their\b)"
    r"(?-i:[a-z]+)\b"
)


def event_date(
    text: str, anchor: int, published: dt.date, *, default_days_back: int = 1
) -> tuple[dt.date, int, str]:
    """The date cue nearest to `anchor` (an offset in `text`), else the day before publication.

    Wire copy reports yesterday's events unless it says otherwise; a report about today names the day.
    """
    cues = find_cues(text, published)
    if cues:
        best = min(cues, key=lambda c: (abs(c.start - anchor), c.precision))
        before = [c for c in cues if c.start < anchor]
        after = [c for c in cues if c.start > anchor]
        if best.start > anchor and before and _NEXT_CLAUSE.search(text, anchor, best.start):
            # "In November, drones set fire to the terminal in X, and on January 4 ...": the date after the
            # clause break belongs to what that clause tells
            best = max(before, key=lambda c: c.start)
        elif best.start < anchor and after:
            # "seized Goma ... in January and took Bukavu, capital of South Kivu province, in February": the
            # date before a verb's clause break is the other clause's; the one after, in the place's own, is its
            first_after = min(after, key=lambda c: c.start)
            if _CLAUSE_BREAK.search(text, best.start, anchor) and not _CLAUSE_BREAK.search(
                text, anchor, first_after.start
            ):
                best = first_after
        return best.date, best.precision, best.text
    return published - dt.timedelta(days=default_days_back), 1, ""
