"""Rules for durations, recurring times and reference words: "three months", "in two weeks",
"every day", "$5 a year", "for years", "now", "recently"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsgraph.times.absolute import (
    direction,
    month_in,
    part_of_day,
    weekday_in,
    words,
)
from newsgraph.times.calendar import Point, shift
from newsgraph.times.context import PAST
from newsgraph.times.lexicon import REFERENCE_WORDS
from newsgraph.times.reading import (
    GRAIN_OF_UNIT,
    Reading,
    State,
    duration_value,
    unit_of,
)
from newsgraph.times.days import in_a_name, used_as_adjective
from newsgraph.times.relative import SECONDS_OF, UNIT_WORD, from_reference, shifted, strip_approx, unit_and_count

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
    unit, count, phrase = unit_and_count(strip_approx(body))
    if unit is None or not phrase or (unit == "quarter" and _QUARTER_MEASURE_RE.match(state.text, end)):
        return None
    future = direction(state, start, end) != PAST and not _SINCE_LAST.search(state.text, max(0, start - 60), start)
    if phrase.lower() in ("a", "an") and _COUNT_IN_RE.search(state.text, max(0, start - 40), start + shift_chars):
        future = False  # "50 cigarettes in a day", "52 weeks in a year": a rate, not a date ahead
    if unit == "second" or (count is not None and count != int(count)):
        future = False  # "0-62 mph in 6.6 seconds", "ran it in 2.5 hours": how long, not a date ahead
    stretch = _NEXT_RE.match(text) is not None  # "in the next 48 hours": from now until then
    if stretch or not future or count is None or state.anchor is None or text.lower().startswith("within"):
        reading = read_duration(body, state, start + shift_chars, end)
        if reading is not None:
            reading.start_shift = shift_chars
            if stretch and future and count is not None and state.anchor is not None:
                reading.range_start, reading.range_end = state.anchor, _stretch_end(state.anchor, unit, count)
        return reading
    reading = shifted(Point(state.anchor, "day"), unit, count)
    reading.point = None
    if reading.granularity == "day":
        reading.range_start = state.anchor
    return reading


def _stretch_end(anchor: date, unit: str, count: float) -> Optional[date]:
    """The last day of "the next N units" from `anchor` ("the next 36 hours" reaches a second day)."""
    if unit in SECONDS_OF:
        return anchor + timedelta(days=-(-int(count * SECONDS_OF[unit]) // 86_400))
    if float(count).is_integer() and unit in GRAIN_OF_UNIT and unit != "decade":
        return shift(anchor, GRAIN_OF_UNIT[unit], int(count))  # "the next two weeks": fourteen days on
    return shifted(Point(anchor, "day"), unit, count).range_end


_NEXT_RE = re.compile(r"(?:in|within)\s+the\s+next\s", re.IGNORECASE)


def read_duration(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"four-year", "three months", "nearly an hour", "5 1/2 hours", "a minute and a half"."""
    body = strip_approx(text)
    unit, count, phrase = unit_and_count(body)
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
    if unit == "quarter" and _CHANGED_BY_RE.search(state.text, max(0, start - 24), start):
        return False  # "prices fell by about a quarter", "sales were up a quarter": a share of change
    if low in ("a", "an", "one") and unit in ("day", "night") and re.match(r"\s+(?:of|when|after|before)\b", after):
        return False
    if re.match(r"(?:-to-|\s+to\s+)(?:day|night|week|month|year)\b", state.text[end:end + 12]):
        return False  # "a day-to-day basis"
    if _titled(body, state, start, end):
        return False  # "done 80 Day Obsession", "a 24 Hour Fitness gym": the title of a programme or firm
    return bool(phrase)


_CHANGED_BY_RE = re.compile(r"(?i:\b(?:by|up|down|off)\s+(?:(?:nearly|almost|about|roughly|around|over|"
                            r"more\s+than|less\s+than)\s+)?)$")
# A measure after "quarter": a quarter cup, mile, pound, point, hour, turn, tank; "three quarters full".
_QUARTER_MEASURE_RE = re.compile(
    r"(?:-|\s+)(?:cups?|teaspoons?|tablespoons?|tsp|tbsp|miles?|pounds?|inch(?:es)?|points?|percentage|"
    r"hours?|turns?|tanks?|gallons?|ounces?|pints?|full|empty|finished|complete|done|built)\b", re.I)


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
    before = _BRACKETS_AT_END.sub(" ", state.text[max(0, start - 80):start])[-40:]  # "£8,000 (about $453) a year"
    return bool(re.search(r"(?:\d|%|percent|times|twice|once|cents?|dollars?|euros?|pounds?|miles?|hours|"
                          r"thousand|million|billion|trillion|bn)\s*$", before) or _COUNT_IN_RE.search(before)
                or _COUNTED_BEFORE.search(before))


# A number and its counted noun right before "a year": "900 Swiss francs a year", "40 cigarettes a day".
_COUNTED_BEFORE = re.compile(r"\d(?:[\d,.]*\d)?\s+(?:(?!(?:for|in|of|to|and|or|at|by|on|after|before|about|over|"
                             r"within|during|than|the|is|was|are|were|be|been|it|that)\b)[A-Za-z]+\s+){1,2}$")
_BRACKETS_AT_END = re.compile(r"\s*\([^()\n]{1,60}\)\s*$")


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
        if used_as_adjective(state, start, end) or in_a_name(text, state, start):
            return None  # "a daily newspaper", "the People's Daily"
        return Reading(_RATE_WORDS[low], "SET", "duration", confidence=0.8)
    weekday = weekday_in(text)
    if weekday is not None:
        return Reading(f"XXXX-WXX-{weekday + 1}", "SET", "day", confidence=0.8)
    part = part_of_day(text)
    if part and not UNIT_WORD.search(text):
        return Reading(f"XXXX-XX-XXT{part}", "SET", "time", confidence=0.75)
    month = month_in(text)
    if month is not None and not UNIT_WORD.search(text):
        return Reading(f"XXXX-{month:02d}", "SET", "month", confidence=0.75)
    body = re.sub(r"^(?:every|each|per|twice|once)\s+(?:a\s+|per\s+)?(?:other\s+)?", "", low)
    unit, count, phrase = unit_and_count(body)
    if unit is None:
        return None
    n = (count or 1) * (2 if "other" in low else 1)
    return Reading(duration_value(n, unit), "SET", "duration", confidence=0.8)


# A year named by its last day: "the fiscal year ended Jan. 31", "the year ending March 2017".
_ENDING_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:ended|ending|ends|end)\s+(?:on\s+)?[A-Z0-9]")


def read_bare_period(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"the year" (for the year: a duration; else the year under discussion), "the week"."""
    unit = "week" if text.lower().endswith("week") else "year"
    before = state.text[max(0, start - 12):start].lower()
    if unit == "year" and re.search(r"\b(?:for|over|throughout|during)\s+$", before):
        return Reading("P1Y", "DURATION", "duration", confidence=0.7)
    if unit == "year" and _ENDING_AFTER.match(state.text, end):
        return Reading("P1Y", "DURATION", "duration", confidence=0.7)  # "the fiscal year ended Jan. 31": a year's span
    if unit == "year" and re.search(r"\b(?:of|in)\s+$", before) is None:
        return None
    return from_reference(state, unit, 0)


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


_SEASON_REF = re.compile(r"(?:the\s+)?(last|previous|past|this|current|next|coming)\s+(?:off-?|pre-?|regular\s+)?season")
_SEASON_SIDE = {"last": "PAST_REF", "previous": "PAST_REF", "past": "PAST_REF", "this": "PRESENT_REF",
                "current": "PRESENT_REF", "next": "FUTURE_REF", "coming": "FUTURE_REF"}


def _season_reference(key: str) -> Optional[str]:
    """"last season", "this offseason": a sports season before, around or after the anchor (its years vary by sport)."""
    m = _SEASON_REF.fullmatch(key)
    return _SEASON_SIDE[m.group(1)] if m else None


def read_reference(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"now", "currently", "recently", "the past", "the future", "soon"."""
    key = " ".join(text.lower().split())
    value = REFERENCE_WORDS.get(key) or _season_reference(key)
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
