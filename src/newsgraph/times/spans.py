"""Durations given as a range of counts ("24-48 hours", "the next 12 to 18 months") or as a
fraction of one unit ("half an hour", "a quarter of a century").

TimeML gives a duration whose length the text leaves open an X count (PXM, as TimeBank
annotates "the next 12 to 18 months"); the bounds stay with the quantities component.
"""

from __future__ import annotations

import re
from typing import Optional

from newsgraph.times.reading import Reading, State, duration_value, parse_number, unit_of

_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
_ENDS = re.compile(r"(?P<a>[\w.]+)\s*(?:-|–|\bto\b|\bor\b)\s*(?P<b>[\w.]+)[-\s]+(?P<unit>[a-z]+)$", re.IGNORECASE)


def read_span(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"about 5-8 minutes" -> PTXM: a DURATION of an open count when the range rises; "every 2-3 hours": a SET."""
    m = _ENDS.search(text)
    if m is None:
        return None
    unit = unit_of(m.group("unit"))
    low, high = parse_number(m.group("a")), parse_number(m.group("b"))
    if unit is None or low is None or high is None or not low < high:
        return None
    if _EVERY_BEFORE.search(state.text, max(0, start - 8), start):
        return Reading(duration_value(None, unit), "SET", "duration", confidence=0.7)  # "eat every 2-3 hours"
    return Reading(duration_value(None, unit), "DURATION", "duration", confidence=0.7)


_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def read_part(text: str, state: State, start: int, end: int) -> Optional[Reading]:
    """"half an hour" -> PT30M, "a quarter of a century" -> P25Y."""
    low = text.lower().split()
    unit = unit_of(low[-1])
    fraction = next((_FRACTIONS[w] for w in low if w in _FRACTIONS), None)
    if unit is None or fraction is None:
        return None
    return Reading(duration_value(fraction, unit), "DURATION", "duration", confidence=0.8)
