"""Rules for clock times and days: "10:30 a.m.", "noon", "today", "tomorrow morning", "last night".

A clock time belongs to the date written next to it, a day word or weekday in it, the
day named just before, or else the anchor (the publication date).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsgraph.times.absolute import (
    closest_day,
    direction,
    month_in,
    year_in,
    read_month_day,
    day_reading,
    part_of_day,
    weekday_date,
    weekday_in,
    words,
)
from newsgraph.times.calendar import Point, nth_weekday
from newsgraph.times.lexicon import WEEKDAYS
from newsgraph.times.context import NAME_LABELS
from newsgraph.times.patterns import MONTH, WEEKDAY
from newsgraph.times.reading import (
    Reading,
    State,
)
from newsgraph.times.relative import in_quotation, strip_approx

_CLOCK = re.compile(r"(\d{1,2}?)(?::?(\d\d))?\s*(a\.?m\.?|p\.?m\.?|o['’]clock)?(?!\d)", re.IGNORECASE)
_DAYWORD_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

_GAME_CLOCK_AFTER = re.compile(
    r"\s+(?:left|remaining|to\s+play|to\s+go|into|in\s+the\s+(?:first|second|third|fourth|final|last)|"
    r"of\s+(?:regulation|overtime|the\s+(?:first|second|third|fourth|final))|before\s+halftime)\b", re.IGNORECASE)
# ... or an elapsed time: "pinned Clark in 1:42", "a time of 2:05", "clocked 1:59".
_GAME_CLOCK_BEFORE = re.compile(r"\b(?:final|first|last|opening|closing|with|within|in|time\s+of|clocked|timed)\s+$",
                                re.IGNORECASE)


# "12:45 weekdays", "at 9 and 11 p.m. daily": a clock time that recurs.
_RECURRING_AFTER = re.compile(
    r"(?:\s+(?:and|or|&)\s+[\d:.]{1,5}(?:\s?[ap]\.?m\.?)?)?,?\s+(?:on\s+)?(?:weekdays|weeknights|daily|nightly|"
    r"every\s+(?:day|night|morning|evening|weekday)|each\s+(?:day|night))\b", re.IGNORECASE)


# "Tue – Sat 4PM", "Mon-Fri, 9am": a clock time after a range of weekdays recurs on each of them.
_DAYS_BEFORE = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*[-–—~]\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
                          r"[a-z]*\.?,?\s+(?:at\s+|from\s+)?$")


def read_clock(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"10:30 a.m.", "9 p.m. EST Tuesday", "noon", "1830 GMT": a time on a resolved day."""
    if _game_clock(text, state, start, end):
        return None
    body = strip_approx(text)
    hhmm = _clock_value(body)
    if hhmm is None:
        return None
    if _RECURRING_AFTER.match(state.text, end) or _DAYS_BEFORE.search(state.text, max(0, start - 30), start):
        return Reading(f"XXXX-XX-XXT{hhmm}", "SET", "time", confidence=0.75)  # "at 12:45 weekdays"
    range_end = _RANGE_END.match(state.text, end) if not _MERIDIEM.search(body) else None
    if range_end is not None:
        hhmm = _range_meridiem(hhmm, range_end)
        end = range_end.end()  # the date of a range is written after its end: "6:30-11:30 p.m. April 24"
    day = _day_of(body, state, start, end)
    if day is None:
        return Reading(f"XXXX-XX-XXT{hhmm}", "TIME", "time", confidence=0.5)
    return Reading(f"{day.isoformat()}T{hhmm}", "TIME", "time", day, day, 0.85)


# The end of a clock range after a bare first clock: "-11:30 p.m.", " to 11 p.m.".
_RANGE_END = re.compile(r"\s*(?:[-–]|to)\s*(\d{1,2})(?::\d\d)?\s*(a\.?m\.?|p\.?m\.?)(?!\w)", re.IGNORECASE)
_MERIDIEM = re.compile(r"\d\s*(?:a\.?m|p\.?m)|noon|midnight|midday|o['’]clock", re.IGNORECASE)


def _range_meridiem(hhmm: str, range_end: re.Match) -> str:
    """"6:30-11:30 p.m." is 18:30, "11-2 p.m." 11:00: the first clock takes the end's half of the day
    unless its hour is later than the end's (the range then crosses noon)."""
    hour, minute = int(hhmm[:2]), hhmm[3:]
    end_hour = int(range_end.group(1)) % 12
    if range_end.group(2).lower().startswith("p") and hour < 12 and (hour <= end_hour or end_hour == 0):
        hour += 12
    return f"{hour:02d}:{minute}"


def _game_clock(text: str, state: State, start: int, end: int) -> bool:
    """"with 3:08 to play", "2:55 into overtime", "the final 4:29": time left on a game clock (or elapsed: "in 1:42")."""
    if not re.fullmatch(r"\d{1,2}:\d\d", text.strip()):
        return False
    return bool(_GAME_CLOCK_AFTER.match(state.text, end) or
                _GAME_CLOCK_BEFORE.search(state.text, max(0, start - 12), start))


def _clock_value(body: str) -> Optional[str]:
    low = body.lower()
    if low.startswith("noon") or low.startswith("midday"):
        return "12:00"
    if low.startswith("midnight"):
        return "24:00"
    m = _CLOCK.match(body)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    suffix = (m.group(3) or "").lower()
    if suffix.startswith("p") and hour < 12:
        hour += 12
    elif suffix.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


# "10 a.m. Friday, Dec. 6", "noon on Dec. 6": the date written right after a clock time.
# "(9pm, 2 April)": also after a comma, and day before month.
_DATE_AFTER = re.compile(rf",?\s+(?:on\s+)?(?P<md>(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}(?!\d)|"
                         rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?!\w)))", re.IGNORECASE)


_WEEKDAY_AFTER = re.compile(rf"(?:\s*\([^)\n]{{1,24}}\))?,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})\b", re.IGNORECASE)


def _day_of(body: str, state: State, start: int, end: int) -> Optional[date]:
    """The day a clock time belongs to: a date or weekday or day word in it, else the anchor."""
    if state.anchor is None:
        return None
    after = _DATE_AFTER.match(state.text, end)
    if after is not None:
        named = read_month_day(after.group("md"), state, after.start("md"), after.end("md"))
        if named is not None and named.range_start is not None:
            return named.range_start
    for word, offset in _DAYWORD_SHIFT.items():
        if word in body.lower():
            return state.anchor + timedelta(days=offset)
    later = _WEEKDAY_AFTER.match(state.text, end)  # "10:35 a.m. (0735 GMT) Friday"
    weekday = weekday_in(body if later is None else later.group("wd"))
    if weekday is not None:
        return weekday_date(state, weekday, "", start, end)
    ref = state.ref
    if ref is not None and ref.grain == "day" and not (
            state.ref_at < state.text.rfind("\n", 0, start) and in_quotation(state.text, state.ref_at)):
        return ref.start  # a day named earlier, unless in an earlier paragraph's quotation (a speaker's own story)
    return state.anchor


# A determiner, maybe with one adjective, before "tomorrow" makes it a noun: "a brighter tomorrow".
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|our|your|their|my|his|its)\s+(?:(?:better|brighter|greater|safer|"
                                r"cleaner|fairer|happier|healthier|stronger|kinder|new)\s+)?$", re.IGNORECASE)


# "<plural noun> of" before "tomorrow": "the leaders of tomorrow", "the cars of tomorrow".
_NOUN_OF_BEFORE = re.compile(r"\b[a-z]{3,}s\s+of\s+$")


def read_dayword(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"today", "late yesterday", "tomorrow morning", "tonight", "the day before yesterday"."""
    if in_a_name(text, state, start):
        return None  # "USA Today", "the Today show"
    low = text.lower()
    if low == "tomorrow" and _DETERMINER_BEFORE.search(state.text, max(0, start - 24), start):
        return None  # "a better tomorrow", "our tomorrow": the noun for the future, no date
    if low == "tomorrow" and _NOUN_OF_BEFORE.search(state.text, max(0, start - 24), start) \
            and state.text[end:end + 2] not in ("'s", "’s"):
        return None  # "the leaders of tomorrow", "the jobs of tomorrow": the future in general
    if low == "overnight":
        return _overnight(state, start, end)
    if "before yesterday" in low:
        offset = -2
    elif "after tomorrow" in low:
        offset = 2
    else:
        offset = next(v for k, v in _DAYWORD_SHIFT.items() if k in low)
    part = part_of_day(text) or ("NI" if "tonight" in low else None)
    if state.anchor is None:
        base = {0: "PRESENT_REF"}.get(offset, "XXXX-XX-XX")
        return Reading(base, "DATE", "day", confidence=0.4)
    return day_reading(state.anchor + timedelta(days=offset), part, 0.9)


def _overnight(state: State, start: int, end: int) -> Optional[Reading]:
    """"explosions overnight": the night before the anchor day (not "an overnight stay")."""
    if used_as_adjective(state, start, end):
        return None
    if state.anchor is None:
        return Reading("XXXX-XX-XXTNI", "TIME", "time", confidence=0.4)
    night = state.anchor - timedelta(days=1)
    return Reading(f"{night.isoformat()}TNI", "TIME", "time", night, state.anchor, 0.7)


def read_daypart(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"this morning", "last night", "tomorrow afternoon", "that evening", "the next morning"."""
    ws = words(text)
    part = part_of_day(text)
    if part is None:
        return None
    lead = [w for w in ws if w not in ("early", "earlier", "late", "later")][0]
    base = state.reference() if lead in ("that", "the") else (
        Point(state.anchor, "day") if state.anchor else None)
    if base is None:
        return Reading(f"XXXX-XX-XXT{part}", "TIME", "time", confidence=0.4)
    offset = {"last": -1 if part in ("NI", "EV") else 0, "yesterday": -1, "tomorrow": 1}.get(lead, 0)
    if "next" in ws or "following" in ws:
        offset = 1
    elif "previous" in ws:
        offset = -1
    if lead == "last" and part not in ("NI", "EV"):
        offset = -1
    return day_reading(base.start + timedelta(days=offset), part, 0.85)


def in_a_name(text: str, state: State, start: int) -> bool:
    """A capitalised day or rate word inside a name: after another capitalised word, or tagged a name."""
    if not text[:1].isupper() or state.hints.is_sentence_start(start):
        return False
    if state.hints.entity_label(start, start + len(text)) in NAME_LABELS:
        return True
    return bool(re.search(r"(?:[A-Z][\w.&]*|[A-Z]\w*'s)\s+$", state.text[max(0, start - 20):start]))


def used_as_adjective(state: State, start: int, end: int) -> bool:
    """"quarterly earnings", "a daily newspaper": a rate word before a noun is no time."""
    span = state.hints.span(start, end)
    if span is not None and len(span) == 1 and span[0].dep_:
        return span[0].dep_ in ("amod", "compound")
    nxt = re.match(r"\s+([a-z]+)", state.text[end:end + 20])
    return nxt is not None and nxt.group(1) not in ("and", "or", "in", "on", "at", "for", "to", "by", "since",
                                               "from", "with", "basis", "until", "through", "but")


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def read_nth_weekday(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"the first Sunday of May": that day in the year given, else the year the tense points to."""
    low = words(text)
    n = next((_NTH[w] for w in low if w in _NTH), None)
    weekday = next((WEEKDAYS[w] for w in low if w in WEEKDAYS), None)
    month = month_in(text)
    if n is None or weekday is None or month is None:
        return None
    year = year_in(text, state.anchor)
    if year is not None:
        return day_reading(nth_weekday(year, month, weekday, n), confidence=0.9)
    if state.anchor is None:
        return None
    options = [nth_weekday(y, month, weekday, n) for y in range(state.anchor.year - 1, state.anchor.year + 2)]
    chosen = closest_day(options, state.anchor, direction(state, start, end))
    return day_reading(chosen, confidence=0.8) if chosen else None
