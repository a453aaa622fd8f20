"""Where and when: the event's place (with ACLED geo precision) and date (time precision).

Places come from the places stage (`doc._.ng_places`), times from the time stage
(`doc._.ng_times`). When the time stage has not run, a small fallback reads the
sentence's DATE entities (absolute dates, weekdays, today/yesterday, this/last week)
against the published date; when a sentence names no time, the published (dateline)
date stands in, marked with `anchor_source="published"` and ACLED time precision 2.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional, Sequence

from spacy.tokens import Span, Token

from newsgraph.model import PlaceMention, TimeExpression
from newsgraph.times.calendar import parse_iso_date

NEAR_WORDS = frozenset({"near", "outside", "around", "outskirts", "north", "south", "east", "west",
                        "northern", "southern", "eastern", "western", "central", "close", "part"})
REGION_FEATURES = ("A", "L", "ADM1", "PCL", "RGN", "CONT", "AREA")
TOWN_FEATURES = ("P", "PPL", "S", "FAC", "facility")
SKIP_TIME_TYPES = frozenset({"DURATION", "SET"})
PRECISION_BY_GRANULARITY = {"time": 1, "day": 1, "week": 2, "month": 3, "year": 3, "range": 2}

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DAY_MONTH_YEAR = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?", re.I)
MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>\d{{4}})", re.I)
ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")


LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "into", "across", "within", "around",
                      "throughout", "beyond", "towards", "toward"})
PART_WORDS = frozenset({"south", "north", "east", "west", "outskirts", "part", "parts", "centre",
                        "center", "city", "town", "village", "province", "region", "suburbs"})
COUNTRY_FEATURES = ("PCL", "PCLI", "PCLD", "PCLS", "PCLF", "CONT", "RGN")


def pick_place(places: Optional[Sequence[PlaceMention]], sent: Span, anchors: list[Token],
               exclude: Sequence[tuple[int, int]] = (), within: Sequence[tuple[int, int]] = (),
               text: Optional[str] = None) -> tuple[Optional[PlaceMention], Optional[int]]:
    """The sentence's place for this event and its ACLED geo precision (1-3).

    Event places are the places stage's event locations, places introduced by a locative
    word ("in", "near", "south of") and places named inside the target ("the Votkinsk
    plant", spans in `within`); never demonyms or places inside an actor's name
    ("Vladimir Putin", spans in `exclude`).
    """
    if not places:
        return None, None
    text = text if text is not None else sent.doc.text
    inside = [p for p in places if sent.start_char <= p.start and p.end <= sent.end_char
              and _could_be_event_place(p, text, exclude, within)]
    if not inside:
        return None, None
    best = min(inside, key=lambda p: _place_rank(p, anchors, text))
    return best, geo_precision(best, sent, text)


def _could_be_event_place(place: PlaceMention, text: str, exclude: Sequence[tuple[int, int]],
                          within: Sequence[tuple[int, int]]) -> bool:
    """An event location, a place inside the target, or one introduced by a locative word."""
    if place.kind == "demonym" or any(s <= place.start and place.end <= e for s, e in exclude):
        return False
    if any(s <= place.start and place.end <= e for s, e in within):
        return True
    if text[place.end:place.end + 2] in ("'s", "’s") or text[place.end:place.end + 1] == "-":
        return False  # "Russia's sites", "Moscow-occupied": a possessor or modifier, not a place
    return place.role == "event_location" or _is_locative(text, place.start)


def _is_locative(text: str, start: int) -> bool:
    words = text[max(0, start - 30):start].lower().split()
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    if not words:
        return False
    if words[-1] == "of" and len(words) > 1:
        return words[-2] in PART_WORDS
    return words[-1] in LOCATIVE


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 20):start].lower().split()
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    return words[-1] if words else ""


def _place_rank(place: PlaceMention, anchors: list[Token], text: str) -> tuple[int, int, int]:
    """Event locations first, then places after a locative word, then places near the trigger."""
    role = 0 if place.role == "event_location" else 1
    locative = 0 if _is_locative(text, place.start) else 1
    distance = min((abs(t.idx - place.start) for t in anchors), default=0)
    return role, locative, distance


def geo_precision(place: PlaceMention, sent: Span, text: Optional[str] = None) -> int:
    """1 the town itself, 2 near a town or part of a region, 3 a region or country only."""
    feature = (place.place.feature or "").split(".")
    cls = feature[0] if feature else ""
    code = feature[-1] if feature else ""
    text = text if text is not None else sent.doc.text
    before = text[max(sent.start_char, place.start - 25):place.start].lower().split()
    near = bool(set(before[-3:]) & NEAR_WORDS)
    if cls in ("A", "L") or code.startswith(("ADM1", "PCL", "RGN", "CONT")):
        return 2 if code.startswith(("ADM2", "ADM3")) else 3
    return 2 if near else 1


def pick_time(times: Optional[Sequence[TimeExpression]], sent: Span, anchors: list[Token],
              published: Optional[str], date_ents: Sequence[Span] = ()) -> tuple[Optional[TimeExpression], Optional[int]]:
    """The event's time (a time in the sentence, else the published date) and its precision.

    `date_ents` are the document's DATE entities (for the fallback reading).
    """
    if times is None:
        found = fallback_times(sent, published, date_ents)
    else:
        found = [t for t in times if sent.start_char <= t.start and t.end <= sent.end_char
                 and t.value and t.type not in SKIP_TIME_TYPES]
    if found:
        best = min(found, key=lambda t: min((abs(a.idx - t.start) for a in anchors), default=0))
        return best, PRECISION_BY_GRANULARITY.get(best.granularity, 3)
    if published:
        stand_in = TimeExpression(start=0, end=0, text="", value=published[:10], granularity="day",
                                  anchor=published[:10], anchor_source="published", confidence=0.3)
        return stand_in, 2
    return None, None


def fallback_times(sent: Span, published: Optional[str], date_ents: Sequence[Span]) -> list[TimeExpression]:
    """Times read from the sentence's DATE entities when the time stage is not in the pipeline."""
    anchor = parse_iso_date(published)
    out = []
    for ent in date_ents:
        if not (sent.start <= ent.start and ent.end <= sent.end):
            continue
        value, granularity = resolve_date(ent.text, anchor)
        if value:
            out.append(TimeExpression(start=ent.start_char, end=ent.end_char, text=ent.text,
                                      value=value, granularity=granularity,
                                      anchor=published, anchor_source="caller" if anchor else "none",
                                      confidence=0.6))
    return out


def resolve_date(text: str, anchor: Optional[date]) -> tuple[Optional[str], str]:
    """A minimal reading of one date phrase: (ISO value, granularity) or (None, "")."""
    low = text.lower()
    absolute = _absolute(low, anchor)
    if absolute:
        return absolute
    if anchor is None:
        return None, ""
    return _relative(low, anchor)


def _absolute(low: str, anchor: Optional[date]) -> Optional[tuple[str, str]]:
    for pattern in (ISO_DATE, DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        m = pattern.search(low)
        if m:
            month = m.group("month")
            month_no = int(month) if month.isdigit() else MONTHS[month[:4] if month.startswith("sept") else month[:3]]
            year = m.group("year") or (str(anchor.year) if anchor else None)
            if year:
                return f"{int(year):04d}-{month_no:02d}-{int(m.group('day')):02d}", "day"
    m = MONTH_YEAR.search(low)
    if m:
        return f"{m.group('year')}-{MONTHS[m.group('month')[:3]]:02d}", "month"
    return None


def _relative(low: str, anchor: date) -> tuple[Optional[str], str]:
    for name, weekday in WEEKDAYS.items():
        if name in low:
            back = (anchor.weekday() - weekday) % 7
            if "last" in low and back == 0:
                back = 7
            return (anchor - timedelta(days=back)).isoformat(), "day"
    if "yesterday" in low:
        return (anchor - timedelta(days=1)).isoformat(), "day"
    if "today" in low or "tonight" in low:
        return anchor.isoformat(), "day"
    if "week" in low:
        day = anchor - timedelta(days=7) if "last" in low or "previous" in low else anchor
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", "week"
    if "month" in low:
        day = (anchor.replace(day=1) - timedelta(days=1)) if "last" in low else anchor
        return f"{day.year}-{day.month:02d}", "month"
    return None, ""

