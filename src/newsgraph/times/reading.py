"""The shared pieces of interpretation: a `Reading`, the resolver state, number words.

A `Reading` is what one matched expression means (TimeML value and type, granularity,
range); the `State` carries the anchor, the text hints and the discourse reference (the
last date the text itself named) from one expression to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from newsgraph.times.calendar import Point
from newsgraph.times.context import Hints
from newsgraph.times.lexicon import SMALL_NUMBERS, TENS, UNIT_PLURALS, UNITS, VAGUE_NUMBERS


@dataclass
class Reading:
    """The meaning of one time expression, before it becomes a `TimeExpression`."""

    value: Optional[str]
    type: str = "DATE"
    granularity: str = "day"
    range_start: Optional[date] = None
    range_end: Optional[date] = None
    confidence: float = 0.9
    point: Optional[Point] = None  # set when the text named a date others may refer to
    start_shift: int = 0  # characters to drop from the front of the matched text


# A reporting verb right before a date: "said Tuesday", "told reporters on Monday".
_REPORTED_BEFORE = re.compile(r"(?i:\b(?:said|says|told\s+\w+|announced|added|wrote|explained)\s+(?:on\s+)?)$")


@dataclass
class State:
    """Everything a rule may read: the text, its anchor date, hints, the last named date."""

    text: str
    anchor: Optional[date]
    hints: Hints
    ref: Optional[Point] = None
    ref_at: int = -1  # where the text named `ref`
    explicit_years: list[int] = field(default_factory=list)
    other_day: Optional[date] = None  # the last named day that was not the anchor day ("that day")
    ref_reports: bool = False  # `ref` dates the reporting ("said Tuesday"), not the story
    weekdays: dict[int, date] = field(default_factory=dict)  # the day each weekday name was first read as
    dated_days: dict[tuple[int, int], date] = field(default_factory=dict)  # (month, day) written with a year
    fiscal_year: Optional[int] = None  # the year "the current fiscal year" was written to start in
    _sports: Optional[bool] = None

    def sports(self) -> bool:
        """Whether the text is a game report, where "the third quarter" is a period of play."""
        if self._sports is None:
            hits = _SPORTS.findall(self.text)
            self._sports = len(hits) >= SPORTS_HITS
        return self._sports

    def name(self, ref: Point, at: int) -> None:
        """Remember a date the text named, for later "that day", "the following week"."""
        self.ref, self.ref_at = ref, at
        self.ref_reports = bool(_REPORTED_BEFORE.search(self.text, max(0, at - 24), at))
        if ref.grain == "day" and ref.start != self.anchor:
            self.other_day = ref.start

    def reference(self) -> Optional[Point]:
        """The date the text last named, or the anchor day."""
        if self.ref is not None:
            return self.ref
        return Point(self.anchor, "day") if self.anchor else None


_SPORTS = re.compile(
    r"\b(?:goals?|assists?|rebounds?|touchdowns?|innings|overtime|playoffs?|goaltender|goalie|quarterback|"
    r"halftime|free throws?|field goals?|NBA|NFL|NHL|MLB)\b|\b\d{1,3}-\d{1,3}(?:-\d{1,2})?\b")
SPORTS_HITS = 4
_NUMBER_TOKEN = re.compile(r"\d/\d|[a-z]+|\d+(?:\.\d+)?")


def parse_number(phrase: str) -> Optional[float]:
    """The value of a count phrase ("two", "twenty-four", "5 1/2", "a"), None when vague."""
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", phrase.lower()).replace("-", " ").strip()  # "1,000"
    text = re.sub(r"\band\s+a\s+half\b", "half", text)  # "seven and a half" = 7.5, not 7 + 1 + 0.5
    if re.match(r"(?:a\s+)?couple\b", text):
        return 2.0
    if " ".join(text.split()) in VAGUE_NUMBERS or text.startswith(("a few", "several")):
        return None
    total, seen = 0.0, False
    for word in _NUMBER_TOKEN.findall(text):
        add = _word_value(word)
        if add is None:
            continue
        if word in ("hundred", "thousand", "dozen"):
            total = (total or 1.0) * add
        else:
            total += add
        seen = True
    return total if seen else None


def _word_value(word: str) -> Optional[float]:
    if word[0].isdigit():
        if "/" in word:
            num, den = word.split("/")
            return int(num) / int(den) if int(den) else None
        return float(word)
    if word in SMALL_NUMBERS:
        return SMALL_NUMBERS[word]
    if word in TENS:
        return TENS[word]
    return {"a": 1, "an": 1, "half": 0.5, "hundred": 100, "thousand": 1000, "dozen": 12}.get(word)


def unit_of(word: str) -> Optional[str]:
    """The singular unit name for a unit word ("years" -> "year"), or None."""
    w = word.lower()
    w = UNIT_PLURALS.get(w, w)
    return w if w in UNITS else None


# Units a duration is restated in: quarters as months, decades as years; and the
# smaller unit a fraction spills into (2.5 years -> P2Y6M).
_RESTATE = {"quarter": ("month", 3), "decade": ("year", 10), "century": ("year", 100),
            "millennium": ("year", 1000), "fortnight": ("week", 2)}
_SPILL = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24),
          "hour": ("minute", 60), "minute": ("second", 60)}


def duration_value(count: Optional[float], unit: str) -> str:
    """A TimeML duration: P4Y, PT5H, P2Y6M, PT1M30S, P9M (3 quarters); PXY when vague."""
    if count is None:
        letter, timed, _ = UNITS[unit]
        return f"P{'T' if timed else ''}X{letter}"
    if unit in _RESTATE:
        unit, factor = _RESTATE[unit]
        count *= factor
    whole = int(count)
    parts: list[tuple[float, str]] = [(whole, unit)] if whole else []
    rest = count - whole
    if rest and unit in _SPILL:
        small, factor = _SPILL[unit]
        parts.append((round(rest * factor), small))
    elif rest:
        parts = [(count, unit)]
    return _format_parts(parts)


def _format_parts(parts: list[tuple[float, str]]) -> str:
    date_part, time_part = "", ""
    for amount, unit in parts:
        letter, timed, _ = UNITS[unit]
        text = f"{amount:g}{letter}"
        if timed:
            time_part += text
        else:
            date_part += text
    return "P" + date_part + ("T" + time_part if time_part else "")


GRAIN_OF_UNIT = {
    "day": "day", "night": "day", "week": "week", "weekend": "week", "fortnight": "week",
    "month": "month", "quarter": "quarter", "year": "year", "decade": "decade",
    "century": "century", "millennium": "century", "hour": "day", "minute": "day",
    "second": "day",
}
