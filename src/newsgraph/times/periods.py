"""Rules for quarters, halves and reporting periods: "the third quarter", "the first half",
"the year-earlier period", "year-end", "the first nine months (of 1989)"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsgraph.times.absolute import (
    direction,
    stretch_reading,
    unanchored,
    words,
    year_in,
)
from newsgraph.times.calendar import Point, floor, pick_nearest, point, shift
from newsgraph.times.lexicon import ORDINALS
from newsgraph.times.reading import (
    GRAIN_OF_UNIT,
    Reading,
    State,
    duration_value,
)
from newsgraph.times.relative import unit_and_count

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


def read_bare_quarter_code(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"sales will recover in Q3": the quarter of the year the tense points to (nearest the anchor)."""
    ordinal = int(text[1])
    year = _quarter_year(text, state, "quarter", ordinal, start, end)
    if year is None:
        return unanchored(f"XXXX-Q{ordinal}", "range")
    return stretch_reading(Point(date(year, (ordinal - 1) * 3 + 1, 1), "quarter"), 0.8)


def _quarter_year(text: str, state: State, grain: str, ordinal: int, start: int, end: int) -> Optional[int]:
    year = year_in(text, state.anchor)
    if year is not None:
        return year
    anchor = state.anchor
    if anchor is None:
        return None
    low = text.lower()
    for phrase, offset in (("last year", -1), ("next year", 1), ("this year", 0), ("of the year", 0),
                           ("the current year", 0)):
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
    unit, count, _ = unit_and_count(re.sub(r"^(?:the\s+)?(?:first|last|final|past)\s+", "", text, flags=re.I))
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


def read_year_span(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"2009-10", "1992/93": a fiscal year or season from one year into the next, valued as its first year."""
    first, second = int(text[:4]), int(text[-2:])
    if (first + 1) % 100 != second:
        return None  # "1998-99" yes; "2004-08" (a span of years) or "2010-11" as a date no
    state.explicit_years.append(first)
    reading = stretch_reading(Point(date(first, 1, 1), "year"), 0.8)
    reading.range_end = date(first + 1, 12, 31)
    return reading
