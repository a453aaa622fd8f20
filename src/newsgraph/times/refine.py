"""A second look at the expressions found, where one expression explains its neighbour.

Each rule reads two or more expressions together, as a reader does:
- a list of days after a month ("May 7, 8 and 9") names each day, not only the first;
- a weekday set beside an explicit date ("last Tuesday, March 10", "Thursday night (Feb. 28th)")
  is that date;
- the first clock of a range ("4 p.m. to 6 p.m. Monday", "3:15 to 5:15 p.m.") shares the day,
  and the meridiem, of the second;
- a clock range given as opening hours ("is open from 9 a.m. to 5 p.m.") recurs (a SET);
- a clock before a noun ("a 2 p.m. performance will take place May 3") is on the date of its clause;
- "a day" after a count ("five fires a day") is the rate of a SET, "10 o'clock at night" is 22:00,
  and "from 1986-93" names both years.

`refine(found, text, anchor)` returns the list with these corrections, in text order.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from newsgraph.model import TimeExpression
from newsgraph.times.absolute import month_in, weekday_in
from newsgraph.times.calendar import month_end, safe_date
from newsgraph.times.reading import duration_value

# A month and one day ending the expression: "May 7", "Sept. 15".
_MONTH_DAY_END = re.compile(r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?$")
# The next day of a list: ", 8", " and 9", ", and 9"; never a clock, a percent or a range.
_LIST_DAY = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(\d{1,2})(?:st|nd|rd|th)?\b"
                       r"(?![-–:.,/]\d|\s*(?:[ap]\.?m\b|o['’]clock|percent|%|[-–]))")
# What may follow a day of a list: punctuation or a function word, not the noun the number counts.
_LIST_DAY_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|or|at|with|during|when|before|after|until)\b|\s+in\s+(?:the\s+)?[A-Z]")
_APPOSED = re.compile(r"\s*(?:,|\()\s*")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru)\s*", re.IGNORECASE)
_BARE_CLOCK = re.compile(r"(?i:(?:about|around|approximately|roughly|at)\s+)?\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?")
_CLOCK_VALUE = re.compile(r"T\d\d:\d\d$")
_MERIDIEM = re.compile(r"\b([ap])\.?m\b", re.IGNORECASE)
_HOURS_CUE = re.compile(
    r"(?i:\b(?:hours\s+of\s+(?:operation|business)|(?:business|opening|office|visiting|open)\s+hours|hours\s+(?:are|will\s+be)|"
    r"(?:is|are|will\s+be|remains?|stays?|be)\s+open|opens?\s+(?:daily\s+)?(?:from|at))\b)")
# "a 2 p.m. performance", "the 7 p.m. show": a clock time modifying a noun; its day may come later in the clause.
_ATTRIBUTIVE_CLOCK = re.compile(r"\s+(?!(?:and|or|to|on|at|in|until|till|through|from|for|with|by|the|a|an|is|was|will|"
                                r"when|before|after|p|a)\b)[a-z]{3,}\b")
_SENTENCE_BREAK = re.compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.!?]\s+(?=[A-Z\"“])|\n")  # not after "p.m." or an initial
_DAY_RANGE_AFTER = re.compile(r"[A-Za-z]+day\s*(?:-|–|to|through|thru)\s*[A-Za-z]+day\b", re.IGNORECASE)


def refine(found: list[TimeExpression], text: str, anchor: Optional[date],
           anchor_source: Optional[str] = None) -> list[TimeExpression]:
    """The expressions with lists, appositions, clock ranges and opening hours read together."""
    found = [_or_two(_rate(_half_of_day(e, text), text), text) for e in _expand_day_lists(found, text)]
    found = _clock_zone_day(found, text)
    if anchor is not None:
        found = _year_ranges(found, text, anchor, anchor_source or "caller")
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        gap = text[first.end:second.start]
        if not _v(first) or not _v(second):
            continue
        if _APPOSED.fullmatch(gap):
            found[i], found[i + 1] = _apposed_weekday(first, second, anchor) or (first, second)
            _move_clock_after(found, i + 1, _v(second), text)
        elif _is_range(text, first, gap) and _CLOCK_VALUE.search(_v(first)) and _CLOCK_VALUE.search(_v(second)):
            if _opening_hours(text, first, second) and not _day_in_sentence(found, i, text):
                found[i], found[i + 1] = _recurring(first), _recurring(second)
            else:
                found[i] = _range_start(first, second)
        elif _ATTRIBUTIVE_CLOCK.match(text, first.end) and len(gap) <= 60 and not _SENTENCE_BREAK.search(gap):
            # "A 2 p.m. matinee will take place May 3"
            found[i] = _clock_on_date(first, second)
    return _recurring_sentences(found, text)


_LATER_HALF_AFTER = re.compile(r"\s+(?:(?P<night>at\s+night|tonight)|in\s+the\s+(?:afternoon|evening)|this\s+(?:afternoon|evening))\b",
                               re.IGNORECASE)


def _half_of_day(e: TimeExpression, text: str) -> TimeExpression:
    """"10 o'clock at night", "7 in the evening": a clock time without a.m./p.m. in the later half of the day."""
    m = _LATER_HALF_AFTER.match(text, e.end)
    if m is None or _MERIDIEM.search(e.text) or not _CLOCK_VALUE.search(_v(e)):
        return e
    hour = int(_v(e)[-5:-3])
    if not (1 <= hour <= 11) or (m.group("night") and hour < 6):
        return e
    return replace(e, value=f"{_v(e)[:-5]}{hour + 12:02d}{_v(e)[-3:]}")


# "five fires a day", "3 million rooms a day", "seven days a week", "150m a year": "a <unit>" after a count
# (a number and its plural noun, or an amount with a scale) is the denominator of a rate.
_ARTICLE_UNIT = re.compile(r"an?\s+(?:second|minute|hour|day|night|week|month|year)", re.IGNORECASE)
_COUNT_BEFORE = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion))"
    r"\s+(?:[a-z]+\s+){0,2}[a-z]+s\s+$|\d(?:bn|m|k)\s+$", re.IGNORECASE)
_NOT_RATE_AFTER = re.compile(r"\s+(?:later|earlier|ago|after|before|of|or\s+two|and\s+a\s+half)\b", re.IGNORECASE)


def _rate(e: TimeExpression, text: str) -> TimeExpression:
    """A one-unit DURATION that is the "per" of a count before it becomes a SET."""
    if e.type != "DURATION" or not _ARTICLE_UNIT.fullmatch(e.text) or _NOT_RATE_AFTER.match(text, e.end):
        return e
    if not _COUNT_BEFORE.search(text, max(0, e.start - 40), e.start):
        return e
    return replace(e, type="SET", range_start=None, range_end=None)


# "over the next day or two": a stretch of about a day from now, not the day after. TimeML (TimeBank) writes
# "a month or two" as the duration "a month" (P1M); "the next day or two" is read the same way.
_NEXT_UNIT = re.compile(r"(?i:the\s+(?:next|past|last|coming|following)\s+(second|minute|hour|day|week|month|year))")
_OR_TWO_AFTER = re.compile(r"\s+or\s+(?:two|three|so)\b", re.IGNORECASE)


def _or_two(e: TimeExpression, text: str) -> TimeExpression:
    """"the next day or two": the DURATION P1D, like "a day or two"."""
    m = _NEXT_UNIT.fullmatch(e.text)
    if m is None or _OR_TWO_AFTER.match(text, e.end) is None:
        return e
    return replace(e, value=duration_value(1, m.group(1).lower()), type="DURATION", granularity="duration",
                   range_start=None, range_end=None)


# "11:11 p.m. local time on Friday", "at 9 a.m. EST Monday": a time zone between a clock and its day.
_ZONE_GAP = re.compile(r"\s+(?:local\s+time|\(?(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)\)?)\s*,?\s+(?:on\s+)?")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _clock_zone_day(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """A clock, its time zone and the day after them read as one time on that day."""
    out: list[TimeExpression] = []
    for e in found:
        prev = out[-1] if out else None
        if prev is not None and _CLOCK_VALUE.search(_v(prev)) and _DAY_VALUE.fullmatch(_v(e)) \
                and _ZONE_GAP.fullmatch(text[prev.end:e.start]):
            out[-1] = replace(prev, end=e.end, text=text[prev.start:e.end], value=f"{_v(e)}{_v(prev)[-6:]}",
                              range_start=e.value, range_end=e.value)
            continue
        out.append(e)
    return out


def _v(e: TimeExpression) -> str:
    """The expression's value ("" when it has none)."""
    return e.value or ""


def _is_range(text: str, first: TimeExpression, gap: str) -> bool:
    """"4 p.m. to 6 p.m.", "between 6:50 a.m. and 7:30 a.m.": two clock times joined as the ends of one stretch."""
    if _RANGE_JOIN.fullmatch(gap):
        return True
    before = text[max(0, first.start - 9):first.start]
    return re.fullmatch(r"\s+and\s+", gap) is not None and re.search(r"\bbetween\s+$", before, re.IGNORECASE) is not None


def _expand_day_lists(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """"May 7, 8 and 9": one DATE for each further day, in the same month and year."""
    taken = [(e.start, e.end) for e in found]
    out: list[TimeExpression] = []
    for e in found:
        out.append(e)
        if e.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", _v(e)) or not _MONTH_DAY_END.search(e.text):
            continue
        out.extend(_list_days(e, text, taken))
    return out


def _list_days(first: TimeExpression, text: str, taken: list[tuple[int, int]]) -> list[TimeExpression]:
    year, month, day = (int(x) for x in _v(first).split("-"))
    pos, extra = first.end, []
    while (m := _LIST_DAY.match(text, pos)) is not None:
        n = int(m.group(1))
        if n <= day or n > month_end(year, month).day or not _LIST_DAY_END.match(text, m.end()):
            break
        if any(s < m.end() and m.start(1) < e for s, e in taken):
            break
        d = date(year, month, n)
        extra.append(replace(first, start=m.start(1), end=m.end(), text=text[m.start(1):m.end()], value=d.isoformat(),
                             range_start=d.isoformat(), range_end=d.isoformat()))
        pos, day = m.end(), n
    return extra


# "from 1986-93", "between 2001–2004": a span of years written with a dash (the dash keeps each from being read alone).
_YEAR_RANGE = re.compile(r"\b(?:from|between)\s+((?:1[89]|20)\d\d)\s*[-–]\s*(\d\d|(?:1[89]|20)\d\d)\b(?![-–]\d)", re.IGNORECASE)


def _year_ranges(found: list[TimeExpression], text: str, anchor: date, source: str) -> list[TimeExpression]:
    """Each end of a dashed span of years after "from"/"between" as a DATE of year grain."""
    extra = []
    for m in _YEAR_RANGE.finditer(text):
        first = int(m.group(1))
        last = int(m.group(2)) if len(m.group(2)) == 4 else first // 100 * 100 + int(m.group(2))
        if not first < last <= anchor.year + 10 or any(e.start < m.end() and m.start(1) < e.end for e in found):
            continue
        for year, group in ((first, 1), (last, 2)):
            extra.append(TimeExpression(start=m.start(group), end=m.end(group), text=m.group(group), value=str(year),
                                        granularity="year", anchor=anchor.isoformat(), anchor_source=source,
                                        range_start=f"{year}-01-01", range_end=f"{year}-12-31", type="DATE", confidence=0.8))
    return sorted(found + extra, key=lambda e: e.start) if extra else found


def _apposed_weekday(first: TimeExpression, second: TimeExpression,
                     anchor: Optional[date]) -> Optional[tuple[TimeExpression, TimeExpression]]:
    """"last Tuesday, March 10": the weekday takes the date beside it. A date without a year that
    does not fall on the weekday ("Thursday (Feb. 28th)") moves to the year next to the anchor where it does."""
    weekday = weekday_in(first.text)
    if weekday is None or month_in(first.text) is not None or not re.match(r"\d{4}-\d\d-\d\d", _v(first)):
        return None
    if month_in(second.text) is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", _v(second)):
        return None
    day: Optional[date] = date.fromisoformat(_v(second))
    if day is not None and day.weekday() != weekday:
        day = _year_on_weekday(day, weekday, anchor) if not re.search(r"\d{4}|'\d\d", second.text) else None
    if day is None:
        return None
    iso = day.isoformat()
    return (replace(first, value=iso + _v(first)[10:], range_start=iso, range_end=iso),
            replace(second, value=iso, range_start=iso, range_end=iso))


def _move_clock_after(found: list[TimeExpression], i: int, old: str, text: str) -> None:
    """"Thursday night (Feb. 28th) at 5:00 p.m.": a clock right after a date that moved goes with it."""
    new = _v(found[i])
    if new == old or i + 1 >= len(found) or not _v(found[i + 1]).startswith(old + "T"):
        return
    if re.fullmatch(r"\)?,?\s*(?:at\s+)?", text[found[i].end:found[i + 1].start]):
        found[i + 1] = replace(found[i + 1], value=new + _v(found[i + 1])[len(old):], range_start=new, range_end=new)


def _year_on_weekday(day: date, weekday: int, anchor: Optional[date]) -> Optional[date]:
    """The same month and day in the one year beside the anchor's where it falls on `weekday`."""
    if anchor is None:
        return None
    options = [d for y in (anchor.year - 1, anchor.year + 1)
               if (d := safe_date(y, day.month, day.day)) is not None and d.weekday() == weekday]
    return options[0] if len(options) == 1 else None


def _range_start(first: TimeExpression, second: TimeExpression) -> TimeExpression:
    """"4 p.m. to 6 p.m. Monday", "3:15 to 5:15 p.m.": the first clock on the second's day and half."""
    if not _BARE_CLOCK.fullmatch(first.text.strip()) or not re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", _v(second)):
        return first
    hour, minute = int(_v(first)[-5:-3]), _v(first)[-2:]
    later = _MERIDIEM.search(second.text)
    if _MERIDIEM.search(first.text) is None and later is not None and later.group(1).lower() == "p":
        end_hour = int(_v(second)[11:13]) - 12
        if hour < 12 and hour <= end_hour:
            hour += 12  # "3:15 to 5:15 p.m." is 15:15
    day = _v(second)[:10]
    if (hour, minute) > (int(_v(second)[11:13]), _v(second)[14:16]):
        day = (date.fromisoformat(day) - timedelta(days=1)).isoformat()  # "from 11 p.m. to 2 a.m. Saturday"
    return replace(first, value=f"{day}T{hour:02d}:{minute}", range_start=day, range_end=day)


def _clock_on_date(first: TimeExpression, second: TimeExpression) -> TimeExpression:
    """"A 2 p.m. performance will take place May 3": the clock on the date its clause names."""
    if not _BARE_CLOCK.fullmatch(first.text.strip()) or not _CLOCK_VALUE.search(_v(first)):
        return first
    if second.type != "DATE" or month_in(second.text) is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", _v(second)):
        return first
    return replace(first, value=f"{_v(second)}{_v(first)[-6:]}", range_start=second.value, range_end=second.value)


def _opening_hours(text: str, first: TimeExpression, second: TimeExpression) -> bool:
    """"The hours of operation will be from 9 a.m. until 11 p.m.", "is open from 4 to 10 p.m. Monday through Friday"."""
    if _DAY_RANGE_AFTER.search(text, second.start, min(len(text), second.end + 30)):
        return True
    if weekday_in(second.text) is not None or month_in(second.text) is not None:
        return False  # "from 7 a.m. to 8 p.m. Tuesday": one day's hours
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, first.start - 200), first.start)]
    sentence_start = breaks[-1] if breaks else max(0, first.start - 200)
    return _HOURS_CUE.search(text, sentence_start, first.start) is not None


def _day_in_sentence(found: list[TimeExpression], i: int, text: str) -> bool:
    """"On Tuesday, polls will be open from 7 a.m. to 8 p.m.": a day named in the sentence makes the hours that day's."""
    if i == 0 or _SENTENCE_BREAK.search(text, found[i - 1].end, found[i].start):
        return False
    return found[i - 1].type == "DATE" and re.match(r"\d{4}-\d\d-\d\d", _v(found[i - 1])) is not None


def _recurring_sentences(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """"open from 10 a.m. to 5 p.m. Monday through Friday and from 10 a.m. to 4 p.m. Saturday": once a sentence
    gives recurring hours, its other clock times and bare weekdays recur as well."""
    spans = [_sentence_of(text, e.start) for e in found if e.type == "SET" and _v(e).startswith("XXXX-XX-XXT")]
    if not spans:
        return found
    out = []
    for e in found:
        inside = any(a <= e.start < b for a, b in spans)
        if inside and e.type == "TIME" and _CLOCK_VALUE.search(_v(e)) and month_in(e.text) is None:
            e = _recurring(e)
        elif inside and e.type == "DATE" and (weekday := weekday_in(e.text)) is not None and month_in(e.text) is None \
                and re.fullmatch(r"\d{4}-\d\d-\d\d", _v(e)):
            e = replace(e, value=f"XXXX-WXX-{weekday + 1}", type="SET", range_start=None, range_end=None)
        out.append(e)
    return out


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, pos - 300), pos)]
    after = _SENTENCE_BREAK.search(text, pos)
    return (breaks[-1] if breaks else max(0, pos - 300), after.start() if after else len(text))


def _recurring(e: TimeExpression) -> TimeExpression:
    return replace(e, value=f"XXXX-XX-XXT{_v(e)[-5:]}", type="SET", range_start=None, range_end=None,
                   granularity="time")

