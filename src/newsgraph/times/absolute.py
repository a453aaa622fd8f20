"""Rules for expressions that name a calendar date: "Feb. 24, 2022", "June", "1990s".

Each rule takes the regex match text and the `State` and returns a `Reading` or None
(None rejects the match: "May" as a modal verb, "1990 troops" as a count). Missing
years come from the anchor and the tense of the clause.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from newsgraph.quantities.patterns import SCORE_NOUN_BEFORE_RE  # "a total score of 2072"
from newsgraph.times.calendar import (
    Point,
    month_end,
    pick_nearest,
    movable_holiday,
    point,
    safe_date,
    season_point,
    weekday_near,
)
from newsgraph.times.context import FUTURE, NAME_LABELS, PAST
from newsgraph.times.lexicon import (
    AMBIGUOUS_MONTHS,
    COUNT_NOUNS,
    FIXED_HOLIDAYS,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    SMALL_NUMBERS,
    TENS,
    VEHICLE_MAKES,
    WEEKDAYS,
)
from newsgraph.times.reading import Reading, State

_MONTH_WORD = re.compile(r"[A-Za-z]+(?=\.?)")
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d\d)(?!\d)|'(\d\d)(?!\w)")
_DAY = re.compile(r"(?<![\d:])(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])")
_WORD = re.compile(r"[A-Za-z']+")
_STREET = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Drive|Way)\b")
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                 "sat": 5, "sun": 6}
_MONTH_SIGNAL = re.compile(
    r"(?:\b(?:in|on|of|since|until|till|by|from|through|to|during|early|mid|late|last|next|this|"
    r"before|after|between|and|or|each|every|end|beginning|start|middle|around|as|for)\s+$)",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    """The lower-cased words of a matched stretch."""
    return [w.lower() for w in _WORD.findall(text)]


def month_in(text: str) -> Optional[int]:
    """The month number named in a stretch."""
    for w in words(text):
        if w in MONTHS:
            return MONTHS[w]
    return None


def weekday_in(text: str) -> Optional[int]:
    """The weekday (0 = Monday) named in a stretch, full or abbreviated."""
    for w in words(text):
        w = _weekday_base(w)
        if w in WEEKDAYS:
            return WEEKDAYS[w]
        if w in _WEEKDAY_ABBR:
            return _WEEKDAY_ABBR[w]
    return None


def year_in(text: str, anchor: Optional[date]) -> Optional[int]:
    """A four-digit or apostrophe year named in a stretch ('98 -> 1998)."""
    m = _YEAR.search(text)
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    short = int(m.group(2))
    base = anchor.year if anchor else 2000
    year = base // 100 * 100 + short
    return year - 100 if year > base + 10 else year


def part_of_day(text: str) -> Optional[str]:
    """The TimeML part of day (MO, AF, EV, NI …) named in a stretch."""
    for w in words(text):
        if w in PARTS_OF_DAY:
            return PARTS_OF_DAY[w]
    return None


def direction(state: State, start: int, end: int) -> int:
    """The tense of the clause: where an unanchored month or weekday should fall."""
    return state.hints.tense(start, end)


def day_reading(d: date, part: Optional[str] = None, confidence: float = 0.9) -> Reading:
    """A reading for one calendar day, or a part of it (TIME type) when given."""
    if part:
        return Reading(f"{d.isoformat()}T{part}", "TIME", "time", d, d, confidence)
    return Reading(d.isoformat(), "DATE", "day", d, d, confidence, Point(d, "day"))


def stretch_reading(p: Point, confidence: float = 0.9, named: bool = True) -> Reading:
    """A reading for a week, month, quarter, season, year or longer stretch."""
    grain = p.grain if p.grain in ("day", "week", "month", "year") else "range"
    return Reading(p.value, "DATE", grain, p.start, p.end, confidence, p if named else None)


_EDGE_RE = re.compile(r"(?i:(?:the\s+)?(early|beginning|start|mid|middle|late|end)\b)")
_THIRDS = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}


def narrowed(reading: Reading, text: str) -> Reading:
    """"mid-2019", "early June", "the end of 1990": the value stays (TimeML keeps the year
    or month and marks a modifier), the range shrinks to the first, middle or last third."""
    m = _EDGE_RE.match(text)
    if m is None or reading.range_start is None or reading.range_end is None:
        return reading
    start, end, third = reading.range_start, reading.range_end, _THIRDS[m.group(1).lower()]
    if start.month == 1 and start.day == 1 and (end.month, end.day) == (12, 31):  # a year: four months each
        reading.range_start = date(start.year, 4 * third + 1, 1)
        reading.range_end = date(end.year, 4 * third + 5, 1) - timedelta(days=1) if third < 2 else end
        return reading
    days = (end - start).days + 1
    reading.range_start = start + timedelta(days=days * third // 3)
    reading.range_end = start + timedelta(days=days * (third + 1) // 3 - 1)
    return reading


_QUARTER_CODE = re.compile(r"([QH])([1-4])", re.IGNORECASE)


def read_quarter_code(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"Q3 2019" -> 2019-Q3, "H1 2020" -> 2020-H1 (a half has only H1 and H2)."""
    code, year = _QUARTER_CODE.search(text), _YEAR.search(text)
    if code is None or year is None:
        return None
    n, half = int(code.group(2)), code.group(1).upper() == "H"
    if half and n > 2:
        return None
    month = (n - 1) * (6 if half else 3) + 1
    return stretch_reading(Point(date(int(year.group()), month, 1), "half" if half else "quarter"), 0.9)


def day_of_coarse(ref: Point, step: int) -> Reading:
    """"In August … on the same day": a day inside a named month or year is not its first day;
    "that day" keeps the month or year, "the following day" is unknown."""
    if step == 0:
        return stretch_reading(ref, 0.6, named=False)
    return unanchored("XXXX-XX-XX", "day")


def unanchored(value: str, grain: str = "day") -> Reading:
    """A reading left unresolved for want of an anchor (low confidence)."""
    return Reading(value, "DATE", grain, confidence=0.4)


# --- calendar dates -----------------------------------------------------------------

def read_iso(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"2022-02-24", "2022-02-24T10:30" and the dotted "2018.04.05"."""
    d = safe_date(int(text[:4]), int(text[5:7]), int(text[8:10]))
    if d is None:
        return None
    if "T" in text:
        return Reading(text, "TIME", "time", d, d, 0.95)
    return day_reading(d, confidence=0.95)


def read_slash(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"2/24/2022" (US order), or "24/02/2022" when the first number cannot be a month."""
    month, day, year = (int(x) for x in text.split("/"))
    if month > 12:
        month, day = day, month
    if year < 100:
        year = year_in(f"'{year:02d}", state.anchor) or 1900 + year
    d = safe_date(year, month, day)
    return day_reading(d, confidence=0.8) if d else None


def read_month_day(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"Feb. 24, 2022", "Tuesday, Feb. 24", "24 February": the year from the text or the anchor."""
    month = month_in(text)
    rest = text[re.search(r"[A-Za-z]{3}", text).end():] if month else text  # type: ignore[union-attr]
    day_match = _DAY.search(_strip_year(text))
    if month is None or day_match is None:
        return None
    if not _month_word_ok(text, state, start, end, with_day=True):
        return None
    day = int(day_match.group(1))
    year = year_in(rest, state.anchor) if _YEAR.search(rest) else None
    if year is not None:
        d = safe_date(year, month, day)
        if d is not None:
            state.explicit_years.append(year)
            state.dated_days.setdefault((month, day), d)
        return _day_span(day_reading(d, confidence=0.95), text) if d else None
    if (month, day) in state.dated_days and weekday_in(text) is None:
        return _day_span(day_reading(state.dated_days[(month, day)], confidence=0.85), text)  # "March 20, 2017 ... March 20"
    return _day_span(_dayless_year(state, month, day, weekday_in(text), start, end), text)


_DAY_SPAN = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s*[-–]\s*(\d{1,2})\b")


def _day_span(reading: Optional[Reading], text: str) -> Optional[Reading]:
    """"November 18-24": the reading of the first day, its range running to the last."""
    m = _DAY_SPAN.search(text)
    if reading is None or m is None or reading.range_start is None or not int(m.group(1)) < int(m.group(2)):
        return reading
    last = safe_date(reading.range_start.year, reading.range_start.month, int(m.group(2)))
    if last is not None:
        reading.range_end = last
    return reading


def _strip_year(text: str) -> str:
    return _YEAR.sub(" ", text)


def _dayless_year(state: State, month: int, day: int, weekday: Optional[int],
                  start: int, end: int) -> Optional[Reading]:
    """Month and day with no year: the year from the anchor and the clause tense."""
    anchor = state.anchor
    if anchor is None:
        return unanchored(f"XXXX-{month:02d}-{day:02d}")
    candidates = [safe_date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    options = [d for d in candidates if d is not None]
    if weekday is not None:
        same = [d for d in options if d.weekday() == weekday]
        options = same or options
    near = _year_named_nearby(state, start, end) or _list_year(state, month, day, start)
    if near is not None and any(d.year == near for d in options):
        return day_reading(next(d for d in options if d.year == near), confidence=0.85)
    far = _year_in_sentence(state, month, day, start, end)
    if far is not None:
        return day_reading(far, confidence=0.8)  # "the 2016 campaign … faint at a September 11 event"
    tense = direction(state, start, end)
    reach = 366 if tense > 0 and state.hints.will_governs(start, end) else 180  # "will begin on November 4"
    chosen = closest_day(options, anchor, tense, reach)
    return day_reading(chosen, confidence=0.85) if chosen else None


def _year_named_nearby(state: State, start: int, end: int) -> Optional[int]:
    """"the jaunt starts June 9, 2020 … a show on Sept. 12", "Tour 2020 dates: June 9 -- … June 10 --":
    a day with no year takes the year of a date named in its sentence or just before it (a list)."""
    ref = state.ref
    if ref is None or ref.grain not in ("year", "month", "day") or state.ref_at < 0:
        return None
    if not state.explicit_years or state.explicit_years[-1] != ref.start.year:
        return None  # the year of the date before was itself guessed ("payable Jan. 2 to holders of record Dec. 15")
    if start - state.ref_at <= 120 or state.ref_at >= state.hints.sentence_bounds(start, end)[0]:
        return ref.start.year
    return None


def _year_in_sentence(state: State, month: int, day: int, start: int, end: int) -> Optional[date]:
    """The day in the narrative year named earlier in its sentence (see `_narrative_year`)."""
    if re.search(r"(?i:\b(?:through|thru|until|till|to|by|since)\s+)$", state.text[max(0, start - 10):start]):
        return None  # "shares bought under a 1987 plan through Sept. 29": a cut-off of the period reported on
    year = _narrative_year(state, start, end)
    return safe_date(year, month, day) if year is not None else None


def _list_year(state: State, month: int, day: int, start: int) -> Optional[int]:
    """"June 9 – Tampa, FL … June 10 – Atlanta, GA": a dated list item at the start of a line, just after
    an earlier day, keeps that day's year while the list runs forward in the calendar."""
    ref = state.ref
    if ref is None or ref.grain != "day" or state.ref_at < 0 or not 0 < start - state.ref_at <= 120:
        return None
    line_start = state.text.rfind("\n", 0, start) + 1
    if state.text[line_start:start].strip(" \t•*-–—"):
        return None
    later = safe_date(ref.start.year, month, day)
    return ref.start.year if later is not None and later >= ref.start else None


def closest_day(options: list[date], anchor: date, tense: int, reach: int = 180) -> Optional[date]:
    """The day the text most likely means among candidate years (see `pick_nearest`)."""
    index = pick_nearest([(d, d) for d in options], anchor, tense, reach)
    return options[index] if index is not None else None


def read_month_year(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"February 2022", "mid-June 2025", "March '24"."""
    month, year = month_in(text), year_in(text, state.anchor)
    if month is None or year is None:
        return None
    if not _month_word_ok(text, state, start, end, with_day=True):
        return None
    return narrowed(stretch_reading(Point(safe_date(year, month, 1) or date(year, 1, 1), "month"), 0.95), text)


def read_month_rel(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"June last year", "January this year"."""
    month = month_in(text)
    if month is None:
        return None
    if state.anchor is None:
        return unanchored(f"XXXX-{month:02d}", "month")
    shift_years = {"last": -1, "next": 1}.get(words(text)[-2], 0)
    return stretch_reading(Point(date(state.anchor.year + shift_years, month, 1), "month"))


def read_month(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """A month name alone, or with last/next/this/early/mid/every before it."""
    month = month_in(text)
    if month is None or not _month_word_ok(text, state, start, end, with_day=False):
        return None
    first = words(text)[0]
    if first in ("every", "each"):
        return Reading(f"XXXX-{month:02d}", "SET", "month", confidence=0.8)
    if state.anchor is None:
        return unanchored(f"XXXX-{month:02d}", "month")
    a = state.anchor
    if first == "last":
        year = a.year if month < a.month else a.year - 1
    elif first == "next":
        year = a.year if month > a.month else a.year + 1
    elif first == "this":
        year = a.year
    elif _SINCE_BEFORE.search(state.text, max(0, start - 12), start):
        year = a.year if month <= a.month else a.year - 1  # "fled since April": the last April begun
    else:
        year = (_narrative_year(state, start, end) or _story_month_year(state, month, start, end)
                or _month_year(a, month, direction(state, start, end)))
    return narrowed(stretch_reading(Point(date(year, month, 1), "month"), 0.85), text)


_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:early\s+|mid-?|late\s+)?$")


def _month_year(anchor: date, month: int, tense: int) -> int:
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    spans = [(date(y, month, 1), month_end(y, month)) for y in years]
    return years[pick_nearest(spans, anchor, tense) or 0]


def _narrative_year(state: State, start: int, end: int) -> Optional[int]:
    """The year of a date named earlier in the same sentence, when not the anchor's year."""
    ref = state.ref
    if ref is None or state.anchor is None or not state.explicit_years:
        return None
    if state.ref_at < state.hints.sentence_bounds(start, end)[0]:
        return None
    if ref.grain in ("year", "month", "day") and ref.start.year == state.explicit_years[-1]:
        if abs(ref.start.year - state.anchor.year) >= 2:
            return ref.start.year
    return None


def _story_month_year(state: State, month: int, start: int, end: int) -> Optional[int]:
    """"… his doctor in November 2016. … But by December, they worsened": a month alone, told in the
    past shortly after a dated month or day years from the anchor, continues that story (the next such month)."""
    ref = state.ref
    if ref is None or state.anchor is None or ref.grain not in ("month", "day"):
        return None
    written = _YEAR_WRITTEN.match(state.text, state.ref_at)
    if written is None or int(written.group(1)) != ref.start.year or abs(ref.start.year - state.anchor.year) < 2:
        return None  # the year of the date before must be written, not guessed
    if not 0 < start - state.ref_at <= 400 or direction(state, start, end) != PAST:
        return None
    if not _WHEN_BEFORE.search(state.text, max(0, state.ref_at - 4), state.ref_at) or month == ref.start.month:
        return None  # "charged in the Dec. 21, 1988, bombing … agreed in April": a date naming an event
    if _COMPARED_BEFORE.search(state.text, max(0, state.ref_at - 50), state.ref_at):
        return None  # "up from $34,410 in October 2015": a date compared with, not the story's time
    if _TIME_SHIFT.search(state.text, state.ref_at, start):
        return None  # "… and the following year he was … in December": the story moved on
    return ref.start.year if month >= ref.start.month else ref.start.year + 1


_YEAR_WRITTEN = re.compile(r"[^\n\d]{0,20}(?:\d{1,2}\w*,?\s+)?(\d{4})\b")
_COMPARED_BEFORE = re.compile(r"(?i:\b(?:from|than|compared|versus|vs\.?|against)\b[^.;\n]{0,40})$")
_WHEN_BEFORE = re.compile(r"(?i:\b(?:in|on|by)\s)$")
_TIME_SHIFT = re.compile(r"(?i:\b(?:years?|later|following|next|since|ago|now|today|currently)\b|\d{4}(?!\S))")


def _month_word_ok(text: str, state: State, start: int, end: int, with_day: bool) -> bool:
    """Reject month words used as other words: "may" (modal), "march" (verb), a name."""
    first = next((m for m in _MONTH_WORD.finditer(text, _skip_modifiers(text)) if m.group(0).lower() in MONTHS), None)
    if first is None:  # the month word itself, not "th" of "5th November"
        return False
    word = first.group(0)
    if not word[0].isupper():
        return False
    label = state.hints.entity_label(start, end)
    if label in NAME_LABELS and not with_day:
        return False
    if word.lower() not in AMBIGUOUS_MONTHS or with_day or word.lower() != text.lower().strip("."):
        return True
    return _ambiguous_month_ok(word, state, start, end)


def _skip_modifiers(text: str) -> int:
    m = re.match(r"(?:(?:early|mid|late|the\s+end\s+of|the\s+middle\s+of|the\s+beginning\s+of|the\s+start\s+of|"
                 r"last|next|this|that|every|each|the)[-\s]+)+", text, re.IGNORECASE)
    return m.end() if m else 0


def _ambiguous_month_ok(word: str, state: State, start: int, end: int) -> bool:
    """"May"/"March" alone: a month only after a date preposition, and not a verb."""
    if state.hints.entity_label(start, end) == "DATE":
        return True
    tag = state.hints.tag(start, end)
    if tag is not None and (tag == "MD" or tag.startswith("VB")):
        return False
    before = state.text[max(0, start - 16):start]
    if _MONTH_SIGNAL.search(before):
        return True
    after = state.text[end:end + 12]
    return bool(re.match(r"\s*(?:,\s*)?(?:1\d{3}|20\d\d)\b", after))


# --- weekdays, holidays, seasons, years ----------------------------------------------

def read_weekday(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"Friday", "last Monday", "next Tuesday", "Saturday night", "Fridays" (a set)."""
    word = weekday_word(text)
    if word is None or not word[0].isupper():
        return None
    if state.hints.entity_label(start, end) in NAME_LABELS:
        return None
    if _INDEFINITE_BEFORE.search(state.text, max(0, start - 8), start):
        return None  # "on a Saturday night": any Saturday, no date
    weekday = WEEKDAYS[_weekday_base(word)]
    part = part_of_day(text)
    if word.lower().endswith("days"):
        suffix = f"T{part}" if part else ""
        return Reading(f"XXXX-WXX-{weekday + 1}{suffix}", "SET", "day", confidence=0.7)
    if state.anchor is None:
        return unanchored(f"XXXX-WXX-{weekday + 1}")
    week = _NAMED_WEEK.search(text) or _PAIRED_WEEK.match(state.text, end)
    if week is not None:  # "Wednesday next week", "Tuesday and Wednesday next week": that weekday in the week named
        monday = state.anchor - timedelta(days=state.anchor.weekday())
        offset = {"last": -7, "this": 0, "next": 7}[week.group(1).lower()]
        return day_reading(monday + timedelta(days=offset + weekday), part, 0.8)
    d = weekday_date(state, weekday, words(text)[0], start, end)
    return day_reading(d, part, 0.8)


_NAMED_WEEK = re.compile(r"\b(last|next|this)\s+week$", re.IGNORECASE)
_PAIRED_WEEK = re.compile(r",?\s+(?:and|or|to|through)\s+[A-Z][a-z]+day,?\s+(?:of\s+)?(last|next|this)\s+week\b")


_INDEFINITE_BEFORE = re.compile(r"\b[Oo]n\s+an?\s+$")


def _weekday_base(word: str) -> str:
    base = word.lower().removesuffix("'s")
    return base[:-1] if base.endswith("days") else base


def weekday_word(text: str) -> Optional[str]:
    """The weekday word in a stretch, as written."""
    for w in _WORD.findall(text):
        if _weekday_base(w) in WEEKDAYS:
            return w
    return None


def weekday_date(state: State, weekday: int, lead: str, start: int, end: int) -> date:
    """The date of a weekday: after "last"/"next"/"this", else by the clause tense
    (past or unknown: on or before the anchor; future: on or after it)."""
    anchor = state.anchor
    assert anchor is not None
    if lead == "last":
        return weekday_near(anchor - timedelta(days=1), weekday, -1)
    if lead in ("next", "coming"):
        return weekday_near(anchor + timedelta(days=1), weekday, 1)
    if lead == "this":
        monday = anchor - timedelta(days=anchor.weekday())
        return monday + timedelta(days=weekday)
    tense = direction(state, start, end)
    if tense == FUTURE and weekday in state.weekdays:
        return state.weekdays[weekday]  # "a meeting Thursday night ... After Thursday's vote, ... can't": that day
    day = weekday_near(anchor, weekday, 1 if tense == FUTURE else -1)
    if timedelta(0) <= anchor - day <= timedelta(days=5):  # six days back is often a report dated a day early
        state.weekdays.setdefault(weekday, day)
    return day


def read_holiday(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"Christmas", "Thanksgiving 1998", "Easter": fixed and movable holidays."""
    if re.match(r"\s+Islands?\b", state.text[end:end + 10]):
        return None  # "Easter Island", "Christmas Island"
    name = " ".join(w for w in words(text.replace("’", "'")) if w not in ("this", "last", "next", "of"))
    name = re.sub(r"\s*\d+$", "", name).strip()
    year = year_in(text, state.anchor)
    lead = words(text)[0]
    if year is None:
        if state.anchor is None:
            return unanchored("XXXX-XX-XX")
        return _holiday_near(name, state, lead, start, end)
    d = _holiday_date(name, year)
    return day_reading(d, confidence=0.85) if d else None


def _holiday_date(name: str, year: int) -> Optional[date]:
    fixed = FIXED_HOLIDAYS.get(name)
    if fixed:
        return date(year, *fixed)
    return movable_holiday(name, year)


def _holiday_near(name: str, state: State, lead: str, start: int, end: int) -> Optional[Reading]:
    anchor = state.anchor
    assert anchor is not None
    story_year = _narrative_year(state, start, end)
    if story_year is not None and lead not in ("last", "next", "this"):
        d = _holiday_date(name, story_year)  # "before the 2012 election … the run-up to Election Day"
        return day_reading(d, confidence=0.75) if d else None
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
               if (d := _holiday_date(name, y)) is not None]
    tense = {"last": PAST, "next": FUTURE}.get(lead) or direction(state, start, end)
    ahead = [d for d in options if d >= anchor]
    if tense != PAST and ahead and _TOWARDS_BEFORE.search(state.text, max(0, start - 24), start):
        chosen: Optional[date] = ahead[0]  # "the closer he gets to Election Day": the next one, however far
    else:
        chosen = closest_day(options, anchor, tense)
    if chosen is None:
        return None
    if name == "easter week":
        return stretch_reading(point(chosen, "week"), 0.75)
    return day_reading(chosen, confidence=0.8)


_TOWARDS_BEFORE = re.compile(
    r"(?i:\b(?:closer|close|gets?|getting|run-up|lead-up|ahead\s+of|approach(?:es|ing)?|until|till|countdown|"
    r"before)\s+(?:to\s+)?)$")


def read_season(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"last summer", "the winter of 1994", "this fall" (not "a fall in prices")."""
    ws = words(text)
    season = next((SEASONS[w] for w in ws if w in SEASONS), None)
    year = year_in(text, state.anchor)
    if season is None or (len(ws) == 1 and year is None):
        return None
    if ws[0] not in ("last", "this", "next") and not _season_is_time(text, state, end):
        return None
    if year is not None:
        return stretch_reading(season_point(year, season), 0.9)
    if state.anchor is None:
        return unanchored(f"XXXX-{season}", "range")
    return stretch_reading(_season_near(state, season, ws[0], start, end), 0.8)


def _season_is_time(text: str, state: State, end: int) -> bool:
    """"the fall" of prices or of a city is not a season."""
    if "fall" not in text.lower() and "spring" not in text.lower():
        return True
    after = state.text[end:end + 24]
    if re.match(r"\s+(?:of|in|from|to)\s+(?!1\d{3}|20\d\d)", after):
        return False
    return not re.match(r"\s+(?:of|in)\b", after) or bool(re.match(r"\s+of\s+(?:1\d{3}|20\d\d)", after))


def _season_near(state: State, season: str, lead: str, start: int, end: int) -> Point:
    anchor = state.anchor
    assert anchor is not None
    here = season_point(anchor.year, season)
    if lead == "last":
        return here if here.end < anchor else season_point(anchor.year - 1, season)
    if lead == "next":
        return here if here.start > anchor else season_point(anchor.year + 1, season)
    if lead == "this":
        return here
    tense = direction(state, start, end)
    if tense == PAST and here.start > anchor:
        return season_point(anchor.year - 1, season)
    if tense == FUTURE and here.end < anchor:
        return season_point(anchor.year + 1, season)
    return here


def read_year(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"1990", "fiscal 1989", "mid-1996", "the end of 1990"; not "1990 troops"."""
    year = year_in(text, state.anchor)
    fy = re.search(r"FY(\d\d)\b", text)
    if fy:
        year = year_in(f"'{fy.group(1)}", state.anchor)
    if year is None or not _year_ok(text, state, start, end):
        return None
    state.explicit_years.append(year)
    return narrowed(stretch_reading(Point(date(year, 1, 1), "year"), 0.9), text)


# A preposition of time right before a year ("in 1066", "since 1450"), or an era after it.
_YEAR_PREP_BEFORE = re.compile(r"(?i:\b(?:in|since|until|till|by|before|after|during|circa|c\.|year|the\s+year)\s+)$")
# An all-capitals product-line acronym right before the number ("GTX 1660"), not an era or fiscal word.
_MODEL_LINE_BEFORE = re.compile(r"\b(?!(?:AD|BC|BCE|CE|FY|AH|OF|IN|ON|AT|BY|TO|THE|AND|FROM|SINCE|UNTIL)\b)[A-Z]{2,5}\s$")
_ERA_AFTER = re.compile(r"\s*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)\b")


def _plausible_year(text: str, state: State, start: int, end: int) -> bool:
    """A bare four-digit number as a year: before 1500 or over ten years after the anchor only after
    a preposition of time or with an era; never right after a score or benchmark noun."""
    if not re.fullmatch(r"\d{4}", text):
        return True
    prep = _YEAR_PREP_BEFORE.search(state.text, max(0, start - 12), start) is not None
    if prep or _ERA_AFTER.match(state.text, end):
        return True
    if SCORE_NOUN_BEFORE_RE.search(state.text, max(0, start - 40), start):
        return False
    year = int(text)
    if year < 1900 and _MODEL_LINE_BEFORE.search(state.text, max(0, start - 8), start):
        return False  # "a GTX 1660 card", "the RX 580": a model number after a product-line acronym
    return year >= 1500 and (state.anchor is None or year <= state.anchor.year + 10)


def _year_ok(text: str, state: State, start: int, end: int) -> bool:
    if not _plausible_year(text, state, start, end):
        return False
    before = state.text[max(0, start - 6):start]
    if re.search(r"(?:[$€£#]|No\.?\s*|\d[.,]?|[A-Z]-)\s*$", before):
        return False
    if re.fullmatch(r"\d{4}", text) and _model_year(state, start, end):
        return False
    after = state.text[end:end + 30]
    nxt = re.match(r"\s*([A-Za-z]+)", after)
    if nxt and nxt.group(1).lower() in COUNT_NOUNS and re.fullmatch(r"\d{4}", text):
        return False
    if _STREET.match(after) and re.fullmatch(r"\d{4}", text):
        return False
    if re.match(r"\s*(?:[-–/:]\s*\d|\.\d|\s*(?:percent|per\s+cent|%))", after):
        return re.match(r"\s*[-–/]\s*(?:\d\d|\d{4})\b", after) is not None and re.fullmatch(r"\d{4}", text) is not None
    if state.hints.entity_label(start, end) in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORG"):
        before = state.text[max(0, start - 16):start]
        if re.search(r"\b(?:in|since|of|until|by|from|to|during|before|after)\s+$", before, re.IGNORECASE):
            return True
        if re.search(r"\b(?:in|since|of|from|during|before|after)\s+(?:an?|the|its|their|his|her)\s+$", before, re.IGNORECASE):
            return not re.match(r"\s+(?:blocks?|units?|series|models?)\b", after, re.IGNORECASE)  # "in a 2015 sweep", not "in the 1600 block"
        return not re.fullmatch(r"\d{4}", text)
    return True


def _model_year(state: State, start: int, end: int) -> bool:
    """"a 2018 model TV", "the 2020 Audi e-tron": the model year of a product, not a date in the story."""
    if _YEAR_PREP_BEFORE.search(state.text, max(0, start - 12), start):
        return False  # "in 2020 Audi will …": a year, then the subject
    make = _MAKE_AFTER.match(state.text, end)
    if make is not None and make.group(1).lower() in VEHICLE_MAKES:
        return True  # "a 2006 Mercury crashed": the car's model year
    return bool(_MODEL_AFTER.match(state.text, end)) or state.hints.product_after(end)


_MODEL_AFTER = re.compile(r"\s+model\b(?!\s+(?:of|for)\b)", re.I)
_MAKE_AFTER = re.compile(r"\s+([A-Z][A-Za-z-]+)\b")


def read_decade(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"the 1990s", "mid-1980s", "the '90s" -> 199."""
    m = re.search(r"(\d{4}|'\d\d)", text)
    if m is None:
        return None
    token = m.group(1)
    year = int(token) if not token.startswith("'") else (year_in(token, state.anchor) or 1900)
    return stretch_reading(Point(date(max(year // 10 * 10, 1), 1, 1), "decade"), 0.9)


_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                  "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def read_century(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"the 20th century", "the nineteenth century" -> 19, 18."""
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)", text)
    if m:
        n = int(m.group(1))
    elif "twenty-first" in text.lower() or "twenty first" in text.lower():
        n = 21
    else:
        n = next((i + 1 for i, w in enumerate(_ORDINAL_WORDS) if w in words(text)), 0)
    if not 1 <= n <= 30:
        return None
    return stretch_reading(Point(date((n - 1) * 100 or 1, 1, 1), "century"), 0.9)


def read_spoken_year(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """Years in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand"."""
    ws = [w for w in re.split(r"[-\s]+", text.lower()) if w and w not in ("the", "year", "and")]
    if len(ws) < 2:
        return None
    if ws[0] == "two" and ws[1] == "thousand":
        year = 2000 + sum(SMALL_NUMBERS.get(w, TENS.get(w, 0)) for w in ws[2:])
    else:
        rest = [w for w in ws[1:] if w != "hundred"]
        year = 1900 + sum(SMALL_NUMBERS.get(w, TENS.get(w, 0)) for w in rest)
    if len(ws) == 2 and ws[1] in SMALL_NUMBERS and "year" not in text.lower():
        return None
    return stretch_reading(Point(date(int(year), 1, 1), "year"), 0.8)
