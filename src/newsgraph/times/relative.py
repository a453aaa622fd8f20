"""Rules for expressions counted from the anchor or from an earlier date in the text.

"two days ago", "a year earlier", "earlier this week", "last month", "the next two years",
"this weekend". A vague count ("several years") gives a TimeML X ("PXY"); without an anchor,
relative dates keep an unanchored value and a low confidence. The helpers shared with `days`,
`periods` and `durations` (`strip_approx`, `unit_and_count`, `shifted`, `period`,
`from_reference`) live here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsgraph.times.absolute import (
    day_of_coarse,
    day_reading,
    direction,
    stretch_reading,
    unanchored,
    words,
)
from newsgraph.times.calendar import Point, floor, point, shift, weekday_near
from newsgraph.times.lexicon import WEEKDAYS
from newsgraph.times.context import FUTURE, PAST
from newsgraph.times.reading import (
    GRAIN_OF_UNIT,
    Reading,
    State,
    duration_value,
    parse_number,
    unit_of,
)


UNIT_WORD = re.compile(
    r"(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|"
    r"decades?|centur(?:y|ies)|millenni(?:um|a|ums))\b", re.IGNORECASE)
_APPROX = re.compile(
    r"^(?:about|approximately|around|roughly|nearly|almost|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|at\s+most|over|under|up\s+to|some|no\s+more\s+than|no\s+less\s+than|just|only|"
    r"barely|well\s+over|close\s+to|upwards\s+of|at)\s+", re.IGNORECASE)


def strip_approx(text: str) -> str:
    """The text without a leading "about", "nearly", "at least" …"""
    return _APPROX.sub("", text)


def unit_and_count(text: str) -> tuple[Optional[str], Optional[float], str]:
    """(unit, count, count phrase) of "two more weeks", "a year", "several days"."""
    m = UNIT_WORD.search(text)
    if m is None:
        return None, None, ""
    phrase = text[:m.start()]
    phrase = re.sub(r"\b(?:more|full|straight|consecutive|fiscal)\b", " ", phrase, flags=re.IGNORECASE)
    return unit_of(m.group(1)), parse_number(phrase), phrase.strip()


# --- counts of units before or after ----------------------------------------------------

def read_ago(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"two days ago", "a year earlier", "almost four years ago", "three weeks later"."""
    body = strip_approx(text)
    unit, count, phrase = unit_and_count(body)
    if unit is None:
        return None
    tail = words(body)[-1]
    sign = -1 if tail in ("ago", "earlier", "before", "previously", "back") else 1
    from_anchor = tail in ("ago", "back", "now", "hence")
    if unit in ("hour", "minute", "second") and count is not None and not from_anchor:
        return Reading(duration_value(count, unit), "DURATION", "duration", confidence=0.7)  # "two seconds later"
    base = _ago_base(state, from_anchor, unit)
    if count is None:
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Reading(value, "DATE", "range", confidence=0.6)
    if base is None:
        return unanchored("XXXX", GRAIN_OF_UNIT[unit])
    return shifted(base, unit, sign * count)


def read_weekdays_ago(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"two Sundays ago": the second Sunday before the anchor; "three Fridays from now" after it."""
    parts = words(text)
    count = parse_number(parts[0])
    weekday = WEEKDAYS.get(parts[1].lower().removesuffix("s"))
    if count is None or weekday is None or count != int(count) or count < 1:
        return None
    if state.anchor is None:
        return unanchored("XXXX-XX-XX")
    sign = -1 if parts[-1] == "ago" else 1
    first = weekday_near(state.anchor + timedelta(days=sign), weekday, sign)
    return day_reading(first + timedelta(days=sign * 7 * (int(count) - 1)), confidence=0.8)


def _ago_base(state: State, from_anchor: bool, unit: str) -> Optional[Point]:
    """What "a year earlier/ago" counts from: a quarter the text just named, else the anchor."""
    ref = state.ref
    if unit == "year" and ref is not None and ref.grain in ("quarter", "half"):
        return ref
    if from_anchor or ref is None:
        return Point(state.anchor, "day") if state.anchor else None
    return ref


def shifted(base: Point, unit: str, amount: float) -> Reading:
    grain = GRAIN_OF_UNIT[unit]
    if unit in ("hour", "minute", "second"):  # "in 48 hours": two days on; "in 3 hours": the same day
        return day_reading(base.start + timedelta(days=int(amount * SECONDS_OF[unit] // 86_400)), confidence=0.6)
    n = int(amount) if float(amount).is_integer() else None
    if n is None:
        months = {"year": 12, "month": 1, "decade": 120}.get(unit)
        if months is None:
            return day_reading(base.start + timedelta(days=round(amount * 7 if unit == "week" else amount)))
        n, grain = round(amount * months), "month"
    if base.grain in ("quarter", "half") and grain == "year":
        return stretch_reading(Point(shift(base.start, "year", n), base.grain), 0.8)
    if grain in ("decade", "century"):
        moved = shift(base.start, "year", n * (10 if grain == "decade" else 100))
        grain = "year"  # "a decade later" than 1998 is 2008, "a decade ago" a year, as TimeML writes them
    else:
        moved = shift(base.start, grain, n)
    if grain == "day":
        return day_reading(moved, confidence=0.85)
    return stretch_reading(point(moved, grain), 0.85)


# --- "last week", "the past two years", "earlier this month" -----------------------------

_EDGE = re.compile(
    r"^(early|earlier|late|later|mid|the\s+middle\s+of|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|"
    r"the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+rest\s+of|the\s+remainder\s+of|"
    r"the\s+close\s+of|the\s+turn\s+of)\s+", re.IGNORECASE)
_BACK = ("past", "last", "previous", "preceding", "prior", "recent")
_AHEAD = ("next", "coming", "following", "upcoming", "subsequent")


def read_relative(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """A determiner, an optional count and a unit: "last week", "the next two years"."""
    edge_match = _EDGE.match(text)
    edge = edge_match.group(1).lower() if edge_match else ""
    body = text[edge_match.end():] if edge_match else text
    body = re.sub(r"^(?:the\s+)?", "", body, flags=re.IGNORECASE)
    m = UNIT_WORD.search(body)
    if m is None:
        return None
    head = [w for w in body[:m.start()].split() if w.lower() != "fiscal"]
    det = head[0].lower() if head else ""
    rest = head[1:]
    if det == "this" and len(head) > 1 and head[1].lower() in ("past", "coming"):
        det, rest = head[1].lower(), head[2:]  # "this past week" is last week, not a count
    had_the = text.lower().startswith("the ") and not edge
    unit = unit_of(m.group(1))
    plural = m.group(1).lower().endswith("s") and unit not in ("weekend",) and m.group(1).lower() != unit
    count_phrase = " ".join(strip_approx(" ".join(rest)).split())
    count = parse_number(count_phrase) if count_phrase else None
    if unit is None:
        return None
    if unit == "weekend" and not (count_phrase or plural or edge):
        return read_weekend(text, state, start, end)
    if count_phrase or plural:
        return _relative_duration(state, det, unit, count, count_phrase, start)
    started = _STARTED_AFTER.match(state.text, end) if unit == "year" and det == "current" else None
    if started is not None and "fiscal" in text.lower():
        state.fiscal_year = int(started.group(1))  # "the current fiscal year (started March 20, 2017)": the year it began
    if state.fiscal_year is not None and unit == "year" and det == "current" and "fiscal" in text.lower():
        return stretch_reading(Point(date(state.fiscal_year, 1, 1), "year"), 0.8)
    reading = _relative_point(state, det, had_the, unit, start, end)
    if reading is not None and edge:
        reading = _with_edge(reading, edge, state, start)
    return reading


# The start of a fiscal year written right after it: " (started March 20, 2017)", ", which began in July 2008".
_STARTED_AFTER = re.compile(r"\s*[(,]\s*(?:which\s+|that\s+)?(?:started|starting|began|beginning)\s+(?:on\s+|in\s+)?"
                            r"[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s+(\d{4})\b")


def _relative_duration(state: State, det: str, unit: str, count: Optional[float],
                       phrase: str, start: int) -> Optional[Reading]:
    """"the past two years", "the next few weeks", "recent months", "these days"."""
    if det in ("these", "those") and unit == "day":
        return Reading("PRESENT_REF" if det == "these" else "PAST_REF", "DATE", "range", confidence=0.7)
    if det in ("these", "those", "that", "this") and not phrase:
        return None  # "in those years", "one of those nights": a reference, no duration
    if det in ("first", "final", "latest", "current", "same", "this", "that", "these", "those"):
        value = duration_value(count, unit) if phrase else duration_value(None, unit)
        return Reading(value, "DURATION", "duration", confidence=0.7)
    if not phrase:
        return _vague_reference(state, det)
    reading = Reading(duration_value(count, unit), "DURATION", "duration", confidence=0.85)
    if state.anchor is not None and count is not None and float(count).is_integer():
        grain = GRAIN_OF_UNIT[unit]
        n = int(count) * (10 if unit == "decade" else 1)
        grain = "year" if unit == "decade" else grain
        if unit in SECONDS_OF:  # "the past 24 hours": a day back, not 24 days
            n = max(1, -(-int(count) * SECONDS_OF[unit] // 86_400))
        if det in _AHEAD:
            reading.range_start, reading.range_end = state.anchor, shift(state.anchor, grain, n)
        else:
            reading.range_start, reading.range_end = shift(state.anchor, grain, -n), state.anchor
    return reading


# Units shorter than the day grain ranges are counted in.
SECONDS_OF = {"hour": 3_600, "minute": 60, "second": 1}


def _vague_reference(state: State, det: str) -> Reading:
    """"recent years", "the past months", "coming weeks": before or after the anchor, vaguely."""
    ahead = det in _AHEAD
    reading = Reading("FUTURE_REF" if ahead else "PAST_REF", "DATE", "range", confidence=0.6)
    if state.anchor is not None:
        if ahead:
            reading.range_start = state.anchor
        else:
            reading.range_end = state.anchor
    return reading


def _relative_point(state: State, det: str, had_the: bool, unit: str,
                    start: int, end: int) -> Optional[Reading]:
    """"last week", "this year", "the following day", "that month", "the past year"."""
    before = state.text[max(0, start - 16):start].lower()
    if unit in ("hour", "minute", "second"):
        if unit == "minute" and det == "last" and re.search(r"\b(?:to|at|until|till|from)\s+$", before):
            return None  # "hold this to the last minute": an idiom, no time
        if had_the and (det in _BACK or det in _AHEAD):
            return Reading(duration_value(1, unit), "DURATION", "duration", confidence=0.7)
        return None
    if had_the and det in ("next", "coming") and unit in ("decade", "century") and \
            re.search(r"\b(?:over|within|during|throughout)\s+$", before):
        return _future_duration(state, unit)  # "over the next decade": ten years from now, not the 2020s
    if had_the and det in ("past", "last", "first", "final", "recent"):
        if unit == "quarter" and det in ("last", "past"):
            return period(state, -1, unit)
        return _past_duration(state, unit)
    if had_the and det in ("next", "coming", "following", "subsequent", "previous", "preceding", "prior", "same"):
        if det in ("next", "coming") and unit not in ("day",) and state.ref is None:
            return period(state, 1, unit)
        step = {"following": 1, "subsequent": 1, "next": 1, "coming": 1, "same": 0}.get(det, -1)
        return from_reference(state, unit, step)
    if det == "that":
        if unit == "day" and state.other_day is not None and state.ref is not None and state.ref_reports \
                and state.ref.start == state.anchor and in_quotation(state.text, start):
            return day_reading(state.other_day, confidence=0.7)  # said Tuesday: "… that day" is an earlier day
        return from_reference(state, unit, 0)
    if det in ("latest",):
        return period(state, -1, unit)
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
            "upcoming": 1, "": 0}.get(det)
    if offset is None:
        return None
    return period(state, offset, unit)


def _future_duration(state: State, unit: str) -> Reading:
    reading = Reading(duration_value(1, unit), "DURATION", "duration", confidence=0.8)
    if state.anchor is not None:
        n = {"decade": 10, "century": 100}.get(unit, 1)
        grain = "year" if n > 1 else GRAIN_OF_UNIT[unit]
        reading.range_start, reading.range_end = state.anchor, shift(state.anchor, grain, n)
    return reading


def _past_duration(state: State, unit: str) -> Reading:
    reading = Reading(duration_value(1, unit), "DURATION", "duration", confidence=0.8)
    if state.anchor is not None:
        grain = "year" if unit == "decade" else GRAIN_OF_UNIT[unit]
        n = 10 if unit == "decade" else 1
        reading.range_start, reading.range_end = shift(state.anchor, grain, -n), state.anchor
    return reading


def period(state: State, step: int, unit: str) -> Reading:
    """The unit-long stretch holding the anchor, moved by `step` (last week, next month)."""
    grain = GRAIN_OF_UNIT[unit]
    if state.anchor is None:
        return unanchored({"week": "XXXX-WXX", "month": "XXXX-XX"}.get(grain, "XXXX"), grain)
    moved = point(shift(floor(state.anchor, grain), grain, step), grain)
    if unit == "weekend":
        saturday = moved.start + timedelta(days=5)
        return Reading(moved.value + "-WE", "DATE", "range", saturday, saturday + timedelta(days=1), 0.85)
    if unit == "day":
        return day_reading(moved.start, confidence=0.85)
    return stretch_reading(moved, 0.85, named=False)


def in_quotation(text: str, pos: int) -> bool:
    """Whether `pos` lies inside curly quotation marks opened in its paragraph."""
    para = text.rfind("\n", 0, pos) + 1
    return text.rfind("“", para, pos) > text.rfind("”", para, pos)


def from_reference(state: State, unit: str, step: int) -> Optional[Reading]:
    """"the following day", "that year", "the previous month": counted from the text's last date."""
    ref = state.reference()
    if ref is None:
        return unanchored("XXXX", GRAIN_OF_UNIT[unit])
    grain = GRAIN_OF_UNIT[unit]
    if grain == "day" and ref.grain != "day":
        return day_of_coarse(ref, step)
    moved = point(shift(floor(ref.start, grain), grain, step), grain)
    if grain == "day":
        return day_reading(moved.start, confidence=0.75)
    return stretch_reading(moved, 0.75, named=False)


def _with_edge(reading: Reading, edge: str, state: State, start: int) -> Reading:
    """"earlier this week" -> from the week's start to the anchor; "the end of the month" -> its end."""
    anchor = state.anchor
    if reading.range_start is None or reading.range_end is None:
        return reading
    reading.granularity = "range"
    before = state.text[max(0, start - 12):start].lower()
    if edge in ("earlier", "early") and anchor and reading.range_start <= anchor <= reading.range_end and edge == "earlier":
        reading.range_end = anchor
    elif edge in ("later", "the rest of", "the remainder of") and anchor and reading.range_start <= anchor <= reading.range_end:
        reading.range_start = anchor
    elif "end" in edge or edge == "the close of":
        if re.search(r"\b(?:before|by|until|till|through)\s+$", before) and anchor and anchor <= reading.range_end:
            reading.range_start = anchor
        else:
            reading.range_start = None
    elif edge in ("mid", "the middle of"):  # "the middle of next year": its middle third
        days = (reading.range_end - reading.range_start).days + 1
        reading.range_start = reading.range_start + timedelta(days=days // 3)
        reading.range_end = reading.range_start + timedelta(days=days // 3 - 1)
    return reading


def read_weekend(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"the weekend", "this weekend", "last weekend": Saturday and Sunday of a week."""
    lead = words(text)[0]
    anchor = state.anchor
    if anchor is None:
        return unanchored("XXXX-WXX-WE", "range")
    if lead == "this" and words(text)[1:2] == ["past"]:
        return period(state, -1, "weekend")  # "this past weekend"
    if lead == "this" and anchor.weekday() < 5 and direction(state, start, end) == PAST:
        return period(state, -1, "weekend")  # "told voters this weekend", said on a Monday
    if lead in ("last", "next", "this"):
        return period(state, {"last": -1, "next": 1, "this": 0}[lead], "weekend")
    if lead == "that" and state.ref is not None:
        anchor = state.ref.start
    saturday = anchor + timedelta(days=5 - anchor.weekday())
    if direction(state, start, end) != FUTURE and saturday > anchor:
        saturday -= timedelta(days=7)
    week = point(saturday, "week")
    return Reading(week.value + "-WE", "DATE", "range", saturday, saturday + timedelta(days=1), 0.75)
