"""TIMEX3 values as a reader says them: '2026-03-13TNI' → '13 March 2026, night'.

The record keeps the normalised TIMEX3 value (sortable, what the formats expect); the
explorer shows this reading beside it, so nobody has to decode 'PT6H' or 'XXXX-WXX-1'.
A value this module does not know is shown as it is.
"""

from __future__ import annotations

import re

MONTHS = ("January February March April May June July August September October "
          "November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
PARTS = {"NI": "night", "MO": "morning", "AF": "afternoon", "EV": "evening", "DT": "daytime"}
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
REFS = {"PRESENT_REF": "now (at publication)", "PAST_REF": "in the past",
        "FUTURE_REF": "in the future"}
UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "TM": "minute",
         "S": "second", "DE": "decade", "CE": "century"}

DATE_RE = re.compile(r"^(\d{4}|XXXX)-(\d\d)(?:-(\d\d))?(?:T(?:(NI|MO|AF|EV|DT)|(\d\d:\d\d)))?$")
WEEK_RE = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
WEEKDAY_RE = re.compile(r"^XXXX-WXX-([1-7])(?:T(NI|MO|AF|EV|DT))?$")
PERIOD_RE = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
DECADE_RE = re.compile(r"^(\d{3})$")
DURATION_RE = re.compile(r"^P(T?)(\d+(?:\.\d+)?|X)(Y|M|W|D|H|S|DE|CE)$")


def readable(value: str | None) -> str:
    """A reader's words for a TIMEX3 value; the value itself when it has no reading."""
    if not value:
        return ""
    for reading in (_date, _week, _weekday, _period, _duration):
        text = reading(value)
        if text:
            return text
    if value in REFS:
        return REFS[value]
    if re.fullmatch(r"\d{4}", value):
        return value
    decade = DECADE_RE.match(value)
    return f"the {decade.group(1)}0s" if decade else value


def _date(value: str) -> str:
    match = DATE_RE.match(value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        return ""
    year, month, day, part, clock = match.groups()
    text = MONTHS[int(month) - 1]
    if day:
        text = f"{int(day)} {text}"
    text += " (year unknown)" if year == "XXXX" else f" {year}"
    if part:
        text += f", {PARTS[part]}"
    if clock:
        text += f", {clock}"
    return text


def _week(value: str) -> str:
    match = WEEK_RE.match(value)
    if not match:
        return ""
    year, week, weekend = match.groups()
    return f"{'the weekend of ' if weekend else ''}week {int(week)} of {year}"


def _weekday(value: str) -> str:
    match = WEEKDAY_RE.match(value)
    if not match:
        return ""
    text = f"a {WEEKDAYS[int(match.group(1)) - 1]}"
    if match.group(2):
        text += f" {PARTS[match.group(2)]}"
    return text + " (date unknown)"


def _period(value: str) -> str:
    match = PERIOD_RE.match(value)
    if not match:
        return ""
    year, part = match.groups()
    if part in SEASONS:
        return f"{SEASONS[part]} {year}"
    if part.startswith("Q"):
        return f"{part} {year}"
    return f"{'first' if part == 'H1' else 'second'} half of {year}"


def _duration(value: str) -> str:
    match = DURATION_RE.match(value)
    if not match:
        return ""
    clock, amount, unit = match.groups()
    name = UNITS["TM" if clock and unit == "M" else unit]
    if amount == "X":
        return f"some {name}s"
    number = float(amount)
    count = str(int(number)) if number.is_integer() else amount
    return f"{count} {name}{'' if number == 1 else 's'}"
