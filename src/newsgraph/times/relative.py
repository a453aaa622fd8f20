"""Rules for expressions read against the anchor or an earlier date in the text.

"yesterday", "two days ago", "earlier this week", "the third quarter", "a year
earlier", "four-year", "every day", "now". A vague count ("several years") gives a
TimeML X ("PXY"); without an anchor, relative dates keep an unanchored value and a
low confidence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsgraph.times.absolute import (
    read_month_day,
    day_of_coarse,
    day_reading,
    direction,
    month_in,
    part_of_day,
    stretch_reading,
    unanchored,
    weekday_date,
    weekday_in,
    words,
    year_in,
)
from newsgraph.times.calendar import Point, floor, pick_nearest, point, shift
from newsgraph.times.context import FUTURE, NAME_LABELS, PAST
from newsgraph.times.lexicon import ORDINALS, REFERENCE_WORDS
from newsgraph.times.patterns import MONTH, WEEKDAY
from newsgraph.times.reading import (
    GRAIN_OF_UNIT,
    Reading,
    State,
    duration_value,
    parse_number,
    unit_of,
)

_CLOCK = re.compile(r"(\d{1,2}?)(?::?(\d\d))?\s*(a\.?m\.?|p\.?m\.?|o['’]clock)?(?!\d)", re.IGNORECASE)
_UNIT_WORD = re.compile(
    r"(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|"
    r"decades?|centur(?:y|ies)|millenni(?:um|a|ums))\b", re.IGNORECASE)
_APPROX = re.compile(
    r"^(?:about|approximately|around|roughly|nearly|almost|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|at\s+most|over|under|up\s+to|some|no\s+more\s+than|no\s+less\s+than|just|only|"
    r"barely|well\s+over|close\s+to|upwards\s+of|at)\s+", re.IGNORECASE)
_DAYWORD_SHIFT = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def strip_approx(text: str) -> str:
    """The text without a leading "about", "nearly", "at least" …"""
    return _APPROX.sub("", text)


def _unit_and_count(text: str) -> tuple[Optional[str], Optional[float], str]:
    """(unit, count, count phrase) of "two more weeks", "a year", "several days"."""
    m = _UNIT_WORD.search(text)
    if m is None:
        return None, None, ""
    phrase = text[:m.start()]
    phrase = re.sub(r"\b(?:more|full|straight|consecutive|fiscal)\b", " ", phrase, flags=re.IGNORECASE)
    return unit_of(m.group(1)), parse_number(phrase), phrase.strip()


# --- clock times and days -------------------------------------------------------------

_GAME_CLOCK_AFTER = re.compile(
    r"\s+(?:left|remaining|to\s+play|to\s+go|into|in\s+the\s+(?:first|second|third|fourth|final|last)|"
    r"of\s+(?:regulation|overtime|the\s+(?:first|second|third|fourth|final))|before\s+halftime)\b", re.IGNORECASE)
_GAME_CLOCK_BEFORE = re.compile(r"\b(?:final|first|last|opening|closing|with|within)\s+$", re.IGNORECASE)


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
    day = _day_of(body, state, start, end)
    if day is None:
        return Reading(f"XXXX-XX-XXT{hhmm}", "TIME", "time", confidence=0.5)
    return Reading(f"{day.isoformat()}T{hhmm}", "TIME", "time", day, day, 0.85)


def _game_clock(text: str, state: State, start: int, end: int) -> bool:
    """"with 3:08 to play", "2:55 into overtime", "the final 4:29": time left on a game clock."""
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
_DATE_AFTER = re.compile(rf"\s+(?:on\s+)?(?P<md>(?:{WEEKDAY},?\s+)?{MONTH}\s+\d{{1,2}}(?!\d))", re.IGNORECASE)


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
            state.ref_at < state.text.rfind("\n", 0, start) and _in_quotation(state.text, state.ref_at)):
        return ref.start  # a day named earlier, unless in an earlier paragraph's quotation (a speaker's own story)
    return state.anchor


def read_dayword(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"today", "late yesterday", "tomorrow morning", "tonight", "the day before yesterday"."""
    if _in_a_name(text, state, start):
        return None  # "USA Today", "the Today show"
    low = text.lower()
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
    if _used_as_adjective(state, start, end):
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


# --- counts of units before or after ----------------------------------------------------

def read_ago(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"two days ago", "a year earlier", "almost four years ago", "three weeks later"."""
    body = strip_approx(text)
    unit, count, phrase = _unit_and_count(body)
    if unit is None:
        return None
    tail = words(body)[-1]
    sign = -1 if tail in ("ago", "earlier", "before", "previously", "back") else 1
    from_anchor = tail in ("ago", "back", "now", "hence")
    base = _ago_base(state, from_anchor, unit)
    if count is None:
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return Reading(value, "DATE", "range", confidence=0.6)
    if base is None:
        return unanchored("XXXX", GRAIN_OF_UNIT[unit])
    return _shifted(base, unit, sign * count)


def _ago_base(state: State, from_anchor: bool, unit: str) -> Optional[Point]:
    """What "a year earlier/ago" counts from: a quarter the text just named, else the anchor."""
    ref = state.ref
    if unit == "year" and ref is not None and ref.grain in ("quarter", "half"):
        return ref
    if from_anchor or ref is None:
        return Point(state.anchor, "day") if state.anchor else None
    return ref


def _shifted(base: Point, unit: str, amount: float) -> Reading:
    grain = GRAIN_OF_UNIT[unit]
    if unit in ("hour", "minute", "second"):
        return day_reading(base.start, confidence=0.6)
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
    m = _UNIT_WORD.search(body)
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
    reading = _relative_point(state, det, had_the, unit, start, end)
    if reading is not None and edge:
        reading = _with_edge(reading, edge, state, start)
    return reading


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
        if det in _AHEAD:
            reading.range_start, reading.range_end = state.anchor, shift(state.anchor, grain, n)
        else:
            reading.range_start, reading.range_end = shift(state.anchor, grain, -n), state.anchor
    return reading


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
            return _period(state, -1, unit)
        return _past_duration(state, unit)
    if had_the and det in ("next", "coming", "following", "subsequent", "previous", "preceding", "prior", "same"):
        if det in ("next", "coming") and unit not in ("day",) and state.ref is None:
            return _period(state, 1, unit)
        step = {"following": 1, "subsequent": 1, "next": 1, "coming": 1, "same": 0}.get(det, -1)
        return _from_reference(state, unit, step)
    if det == "that":
        if unit == "day" and state.other_day is not None and state.ref is not None and state.ref_reports \
                and state.ref.start == state.anchor and _in_quotation(state.text, start):
            return day_reading(state.other_day, confidence=0.7)  # said Tuesday: "… that day" is an earlier day
        return _from_reference(state, unit, 0)
    if det in ("latest",):
        return _period(state, -1, unit)
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
            "upcoming": 1, "": 0}.get(det)
    if offset is None:
        return None
    return _period(state, offset, unit)


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


def _period(state: State, step: int, unit: str) -> Reading:
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


def _in_quotation(text: str, pos: int) -> bool:
    """Whether `pos` lies inside curly quotation marks opened in its paragraph."""
    para = text.rfind("\n", 0, pos) + 1
    return text.rfind("“", para, pos) > text.rfind("”", para, pos)


def _from_reference(state: State, unit: str, step: int) -> Optional[Reading]:
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


# --- quarters and fiscal periods ---------------------------------------------------------

def read_quarter(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"the third quarter", "third-quarter", "the fourth quarter of 1989", "the first half"."""
    low = text.lower()
    ordinal = next((ORDINALS[w] for w in re.findall(r"\w+", low) if w in ORDINALS and w not in ("last", "final")), None)
    if ordinal is None:
        return None
    if "period" in low and not re.search(r"fiscal|\d{4}", low):
        return None
    grain = "half" if "half" in low else "quarter"
    if grain == "half" and ordinal > 2:
        return None
    if state.sports() and not re.search(r"fiscal|calendar|\d{4}|year", low):
        return None  # "scored in the third quarter", "a phenomenal first half": periods of a game
    year = _quarter_year(text, state, grain, ordinal, start, end)
    if year is None:
        return unanchored(f"XXXX-{'H' if grain == 'half' else 'Q'}{ordinal}", "range")
    month = (ordinal - 1) * (6 if grain == "half" else 3) + 1
    return stretch_reading(Point(date(year, month, 1), grain), 0.85)


def _quarter_year(text: str, state: State, grain: str, ordinal: int, start: int, end: int) -> Optional[int]:
    year = year_in(text, state.anchor)
    if year is not None:
        return year
    anchor = state.anchor
    if anchor is None:
        return None
    low = text.lower()
    for phrase, offset in (("last year", -1), ("next year", 1), ("this year", 0)):
        if phrase in low:
            return anchor.year + offset
    months = 6 if grain == "half" else 3
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    spans = []
    for y in years:
        first = date(y, (ordinal - 1) * months + 1, 1)
        spans.append((first, shift(first, "month", months) - timedelta(days=1)))
    return years[pick_nearest(spans, anchor, direction(state, start, end)) or 0]


def read_quarter_ref(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"the quarter", "the latest quarter", "the year-earlier period", "the 1988 period"."""
    ws = words(text)
    mods = set(ws[1:-1])
    unit = ws[-1]
    if unit == "period" and not mods - {"fiscal"}:
        return None
    base = _current_period(state)
    if base is None:
        return unanchored("XXXX-QX", "range")
    if mods & {"year-earlier", "year-ago", "prior-year", "comparable", "year", "earlier", "ago", "prior"}:
        base = Point(shift(base.start, "year", -1), base.grain)
    elif "previous" in mods:
        base = Point(shift(base.start, base.grain, -1), base.grain)
    elif "current" in mods and state.anchor is not None:
        base = point(state.anchor, "quarter")
    year = year_in(text, state.anchor)
    if year is not None:
        base = Point(base.start.replace(year=year), base.grain)
    return stretch_reading(base, 0.7, named=False)


def _current_period(state: State) -> Optional[Point]:
    """The quarter under discussion: the last one named, else the one before the anchor's."""
    ref = state.ref
    if ref is not None and ref.grain in ("quarter", "half"):
        return ref
    if state.anchor is None:
        return None
    return point(shift(floor(state.anchor, "quarter"), "quarter", -1), "quarter")


def read_year_ago(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"year-earlier", "year-ago" as adjectives: the period a year before the one discussed."""
    ref = state.ref
    if ref is not None and ref.grain in ("quarter", "half", "month"):
        return stretch_reading(Point(shift(ref.start, "year", -1), ref.grain), 0.7, named=False)
    if state.anchor is None:
        return unanchored("XXXX", "year")
    return stretch_reading(Point(date(state.anchor.year - 1, 1, 1), "year"), 0.6, named=False)


def read_year_end(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"year-end", "the year's end": the end of the year under discussion."""
    lead = words(text)[0]
    step = {"last": -1, "next": 1}.get(lead, 0)
    base = state.reference() if lead not in ("last", "next", "this") else (
        Point(state.anchor, "day") if state.anchor else None)
    if base is None:
        return unanchored("XXXX", "range")
    year = Point(date(base.start.year + step, 1, 1), "year")
    return Reading(year.value, "DATE", "range", None, year.end, 0.75)


def read_first_months(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"the first nine months (of 1989)", "the past six months": a duration."""
    unit, count, _ = _unit_and_count(re.sub(r"^(?:the\s+)?(?:first|last|final|past)\s+", "", text, flags=re.I))
    if unit is None:
        return None
    reading = Reading(duration_value(count, unit), "DURATION", "duration", confidence=0.85)
    low = text.lower()
    if state.anchor is not None and count is not None and float(count).is_integer():
        n, grain = int(count), GRAIN_OF_UNIT[unit]
        if "first" in low:
            year = year_in(text, state.anchor) or _reporting_year(state)
            reading.range_start = date(year, 1, 1)
            reading.range_end = shift(reading.range_start, grain, n) - timedelta(days=1)
        else:
            reading.range_start, reading.range_end = shift(state.anchor, grain, -n), state.anchor
    return reading


def _reporting_year(state: State) -> int:
    ref = state.ref
    if ref is not None and ref.grain in ("quarter", "half", "year"):
        return ref.start.year
    assert state.anchor is not None
    return state.anchor.year


# --- durations, sets, reference words --------------------------------------------------------

# "the first time in 25 years", "the lowest level in a decade": a span reaching back to now.
_SINCE_LAST = re.compile(
    r"(?:\b(?:first|only|second|third|last)\s+time|\b(?:high|low|bigg|larg|small|great|strong|weak|fast|"
    r"slow|cheap|long|short|steep|sharp|hott|cold|wett|dri)\w*est\b[^.;]{0,40}|\b(?:most|least|best|worst|"
    r"record)\b[^.;]{0,40})\s*$", re.IGNORECASE)


def read_within(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"in three weeks" said of the future: the date that far after the anchor.

    Said of the past ("rose 5% in three weeks") it is a duration, without the "in".
    """
    body = re.sub(r"^(?:in|within)\s+(?:another\s+|the\s+next\s+)?", "", text, flags=re.IGNORECASE)
    shift_chars = len(text) - len(body)
    unit, count, phrase = _unit_and_count(strip_approx(body))
    if unit is None or not phrase or (unit == "quarter" and _QUARTER_MEASURE_RE.match(state.text, end)):
        return None
    future = direction(state, start, end) != PAST and not _SINCE_LAST.search(state.text, max(0, start - 60), start)
    if phrase.lower() in ("a", "an") and _COUNT_IN_RE.search(state.text, max(0, start - 40), start + shift_chars):
        future = False  # "50 cigarettes in a day", "52 weeks in a year": a rate, not a date ahead
    if unit == "second" or (count is not None and count != int(count)):
        future = False  # "0-62 mph in 6.6 seconds", "ran it in 2.5 hours": how long, not a date ahead
    if not future or count is None or state.anchor is None or text.lower().startswith("within"):
        reading = read_duration(body, state, start + shift_chars, end)
        if reading is not None:
            reading.start_shift = shift_chars
        return reading
    reading = _shifted(Point(state.anchor, "day"), unit, count)
    reading.point = None
    if reading.granularity == "day":
        reading.range_start = state.anchor
    return reading


def read_duration(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"four-year", "three months", "nearly an hour", "5 1/2 hours", "a minute and a half"."""
    body = strip_approx(text)
    unit, count, phrase = _unit_and_count(body)
    if unit is None or not _duration_ok(body, phrase, unit, state, start, end):
        return None
    if "and a half" in body.lower() and "half" not in phrase.lower() and count is not None:
        count += 0.5  # "a year and a half"
    if _per_unit(state, start, phrase):
        return Reading(duration_value(1, unit), "SET", "duration", confidence=0.7)
    return Reading(duration_value(count, unit), "DURATION", "duration", confidence=0.85)


def _duration_ok(body: str, phrase: str, unit: str, state: State, start: int, end: int) -> bool:
    low = phrase.lower()
    if unit == "second" and low in ("a", "one", "the"):
        return False
    after = state.text[end:end + 6]
    if unit == "quarter" and (re.match(r"\s+of\b", after) or _QUARTER_MEASURE_RE.match(state.text, end)):
        return False  # "a quarter of", "a quarter cup", "a quarter-point cut": a fraction, not three months
    if low in ("a", "an", "one") and unit in ("day", "night") and re.match(r"\s+(?:of|when|after|before)\b", after):
        return False
    if re.match(r"(?:-to-|\s+to\s+)(?:day|night|week|month|year)\b", state.text[end:end + 12]):
        return False  # "a day-to-day basis"
    if _titled(body, state, start, end):
        return False  # "done 80 Day Obsession", "a 24 Hour Fitness gym": the title of a programme or firm
    return bool(phrase)


# A measure after "quarter": a quarter cup, mile, pound, point, hour, turn, tank.
_QUARTER_MEASURE_RE = re.compile(
    r"(?:-|\s+)(?:cups?|teaspoons?|tablespoons?|tsp|tbsp|miles?|pounds?|inch(?:es)?|points?|percentage|"
    r"hours?|turns?|tanks?|gallons?|ounces?|pints?)\b", re.I)


def _titled(body: str, state: State, start: int, end: int) -> bool:
    """A capitalised unit word inside a sentence, after a lowercase word or a number and before a
    capitalised one: "80 Day Obsession", "the 1967 Six-Day War"."""
    if not re.search(r"(?:\d\s*|[A-Z][a-z]+-)[A-Z][a-z]+$", body) \
            or not re.match(r"\s+[A-Z][a-z]", state.text[end:end + 3]):
        return False
    before = re.search(r"(\S+)\s+$", state.text[max(0, start - 30):start])
    return before is None or not before.group(1)[0].isupper()


def _per_unit(state: State, start: int, phrase: str) -> bool:
    """"$5 a year", "twice a day": a rate, TimeML SET."""
    if phrase.lower() not in ("a", "an", "per"):
        return False
    before = state.text[max(0, start - 40):start]
    return bool(re.search(r"(?:\d|%|percent|times|twice|once|cents?|dollars?|miles?|hours|"
                          r"thousand|million|billion|trillion|bn)\s*$", before) or _COUNT_IN_RE.search(before))


# A count and its noun before "in a day": "50 cigarettes in ", "52 weeks in ".
_COUNT_IN_RE = re.compile(r"\b\d[\d,.]*\s+(?:[a-z]+\s+)?[a-z]+s\s+in\s+$")


_RATE_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
               "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}


def read_set(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"every day", "each Thursday", "annually", "every other week", "twice a year"."""
    low = text.lower()
    if re.search(r"\b(?:Week|Day|Month|Year|Quarter|Hour|Minute)$", text) and re.match(r"\s+\d", state.text[end:end + 3]):
        return None  # "every Week 12 game", "each Round 3 match": a numbered label, not a unit of time
    if low.startswith("per") and _RATE_BEFORE_RE.search(state.text, max(0, start - 40), start):
        return None  # the denominator of a rate the quantities own, not a recurring time
    if low in _RATE_WORDS:
        if _used_as_adjective(state, start, end) or _in_a_name(text, state, start):
            return None  # "a daily newspaper", "the People's Daily"
        return Reading(_RATE_WORDS[low], "SET", "duration", confidence=0.8)
    weekday = weekday_in(text)
    if weekday is not None:
        return Reading(f"XXXX-WXX-{weekday + 1}", "SET", "day", confidence=0.8)
    part = part_of_day(text)
    if part and not _UNIT_WORD.search(text):
        return Reading(f"XXXX-XX-XXT{part}", "SET", "time", confidence=0.75)
    month = month_in(text)
    if month is not None and not _UNIT_WORD.search(text):
        return Reading(f"XXXX-{month:02d}", "SET", "month", confidence=0.75)
    body = re.sub(r"^(?:every|each|per|twice|once)\s+(?:a\s+|per\s+)?(?:other\s+)?", "", low)
    unit, count, phrase = _unit_and_count(body)
    if unit is None:
        return None
    n = (count or 1) * (2 if "other" in low else 1)
    return Reading(duration_value(n, unit), "SET", "duration", confidence=0.8)


def _in_a_name(text: str, state: State, start: int) -> bool:
    """A capitalised day or rate word inside a name: after another capitalised word, or tagged a name."""
    if not text[:1].isupper() or state.hints.is_sentence_start(start):
        return False
    if state.hints.entity_label(start, start + len(text)) in NAME_LABELS:
        return True
    return bool(re.search(r"(?:[A-Z][\w.&]*|[A-Z]\w*'s)\s+$", state.text[max(0, start - 20):start]))


def _used_as_adjective(state: State, start: int, end: int) -> bool:
    """"quarterly earnings", "a daily newspaper": a rate word before a noun is no time."""
    span = state.hints.span(start, end)
    if span is not None and len(span) == 1 and span[0].dep_:
        return span[0].dep_ in ("amod", "compound")
    nxt = re.match(r"\s+([a-z]+)", state.text[end:end + 20])
    return nxt is not None and nxt.group(1) not in ("and", "or", "in", "on", "at", "for", "to", "by", "since",
                                               "from", "with", "basis", "until", "through", "but")


def read_bare_period(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"the year" (for the year: a duration; else the year under discussion), "the week"."""
    unit = "week" if text.lower().endswith("week") else "year"
    before = state.text[max(0, start - 12):start].lower()
    if unit == "year" and re.search(r"\b(?:for|over|throughout|during)\s+$", before):
        return Reading("P1Y", "DURATION", "duration", confidence=0.7)
    if unit == "year" and re.search(r"\b(?:of|in)\s+$", before) is None:
        return None
    return _from_reference(state, unit, 0)


def read_plural(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """Bare plural units read as vague durations: "for years", "in recent months", "coming weeks"."""
    ws = words(text)
    unit = unit_of(ws[-1])
    if unit is None:
        return None
    if len(ws) == 1:
        before = state.text[max(0, start - 12):start].lower()
        if not re.search(r"\b(?:for|over|within|took|takes|take|lasted|lasting|spent)\s+$", before):
            return None
    return Reading(duration_value(None, unit), "DURATION", "duration", confidence=0.6)


# An imperative opening a line or sentence before "now": "See it now", "Shop them now", "Order now".
_CALL_TO_ACTION_RE = re.compile(
    r"(?:^|[\n.!?:|]\s*)(?:see|shop|buy|order|get|check\s+(?:it|them)\s+out|download|watch|read|try|book|"
    r"subscribe|sign\s+up|join|click|register|apply|call|donate|listen)(?:\s+(?:it|them|this|one|that|here))?\s+$",
    re.IGNORECASE)
# A number with its unit or counted noun just before "per": "86.6 frames per second", "4% per hour".
_RATE_BEFORE_RE = re.compile(r"\d(?:[\d.,]*\d)?(?:\s?(?:%|[A-Za-z]+)(?:\s+[A-Za-z]+)?)?\s+$")


def read_reference(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"now", "currently", "recently", "the past", "the future", "soon"."""
    key = " ".join(text.lower().split())
    value = REFERENCE_WORDS.get(key)
    if value is None:
        return None
    if key == "now" and _CALL_TO_ACTION_RE.search(state.text, max(0, start - 30), start):
        return None  # "See it now: <shop>", "Buy now": a call to action, not the present
    if key in ("the past", "the present") and not re.search(
            r"\b(?:in|of|from|than|into|for|at)\s+$", state.text[max(0, start - 8):start].lower()):
        return None
    anchor = state.anchor
    reading = Reading(value, "DATE", "range" if value != "PRESENT_REF" else "day", confidence=0.8)
    if anchor is not None:
        if value == "PRESENT_REF":
            reading.range_start = reading.range_end = anchor
        elif value == "PAST_REF":
            reading.range_end = anchor
        else:
            reading.range_start = anchor
    return reading




def read_weekend(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"the weekend", "this weekend", "last weekend": Saturday and Sunday of a week."""
    lead = words(text)[0]
    anchor = state.anchor
    if anchor is None:
        return unanchored("XXXX-WXX-WE", "range")
    if lead == "this" and words(text)[1:2] == ["past"]:
        return _period(state, -1, "weekend")  # "this past weekend"
    if lead == "this" and anchor.weekday() < 5 and direction(state, start, end) == PAST:
        return _period(state, -1, "weekend")  # "told voters this weekend", said on a Monday
    if lead in ("last", "next", "this"):
        return _period(state, {"last": -1, "next": 1, "this": 0}[lead], "weekend")
    if lead == "that" and state.ref is not None:
        anchor = state.ref.start
    saturday = anchor + timedelta(days=5 - anchor.weekday())
    if direction(state, start, end) != FUTURE and saturday > anchor:
        saturday -= timedelta(days=7)
    week = point(saturday, "week")
    return Reading(week.value + "-WE", "DATE", "range", saturday, saturday + timedelta(days=1), 0.75)
