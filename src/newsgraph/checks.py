"""Checks: claims in the article that the record itself can test.

Two kinds, each a `newsgraph.model.Check` (claim span, kind, computed value, stated
value, verdict); the tolerances behind the verdicts are the `CheckSettings` fields:

- **distance**: a stated distance between two places we resolved ("Lviv, 540 km from
  Kyiv", "about 30 miles north of Basra", "the 540-km drive from Kyiv to Lviv") against
  the geodesic distance between them (WGS84, geographiclib). The claim is consistent
  when the stated distance is within `distance_tolerance` of the straight line (plus a
  slack for the size of towns), inconsistent when it is shorter than the straight line
  allows or longer than `road_factor` times it, unknown in between (a road distance
  may explain it) and when either place is an area (a country, a region) rather than a
  point. "Deep inside Russia" names one place, not a pair, and gives no check.
- **date_arithmetic**: a duration tied to a dated event and to now ("nears the
  four-year anniversary since … Feb. 24, 2022", "five years since the 2019 vote")
  against the time elapsed between that date and the publication date. Consistent
  when the elapsed time lies in [stated − 0.5, stated + 1) units (people round down:
  "four years since" holds until the fifth anniversary); unknown without a
  publication date.

The spaCy component `newsgraph_checks` reads `doc._.ng_quantities`, `doc._.ng_places`,
`doc._.ng_times` and `doc._.ng_published` (any may be None: then no such checks) and
writes `doc._.ng_checks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional

from geographiclib.geodesic import Geodesic
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import Check, PlaceMention, Quantity, Span, TimeExpression
from newsgraph.nlp import doc_text, register_extensions
from newsgraph.times.calendar import parse_iso_date


@dataclass(frozen=True)
class CheckSettings:
    """Tolerances of the checks."""

    distance_tolerance: float = 0.10  # relative margin around the straight-line distance
    approximate_extra: float = 0.10  # added when the claim says "about", "nearly" …
    road_factor: float = 1.5  # a stated distance up to this times the straight line may be by road
    distance_slack_km: float = 10.0  # towns have extent: absolute margin in km
    elapsed_below: float = 0.5  # "nears the four-year anniversary": 3.5 years still holds
    elapsed_above: float = 1.0  # "four years since" holds until the fifth anniversary


POINT_FEATURE_PREFIXES = ("PPL", "AIRP", "PRT", "BDG", "MT", "PK", "FAC", "STM", "INSM", "MFG", "PS", "DAM")
_DIRECTION = r"(?:due\s+)?(?:north|south|east|west)(?:[-\s]?(?:north|south|east|west))?(?:east|west)?"
_FROM_RE = re.compile(
    rf"\s*(?:\([^)]{{0,40}}\)\s*)?(?:away\s+)?(?:(?:{_DIRECTION})\s+(?:of|from)|from|outside(?:\s+of)?)\s+"
    r"(?:the\s+(?:city|town|village|port|capital)\s+of\s+|the\s+)?",
    re.I,
)
_PAIR_RE = re.compile(r"[^.;]{0,40}?\b(from|between)\s+(?:the\s+)?", re.I)
_PAIR_JOIN_RE = re.compile(r"\s*(?:,\s*)?(?:to|and)\s+(?:the\s+)?", re.I)
_DURATION_RE = re.compile(r"^P(\d+(?:\.\d+)?)([YMWD])$")
_ABSOLUTE_DATE_RE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")
_ELAPSED_CUE_RE = re.compile(r"\b(?:anniversary|since|marks?|marking|into)\b", re.I)
_UNIT_DAYS = {"Y": 365.2425, "M": 30.436875, "W": 7.0, "D": 1.0}
_UNIT_NAMES = {"Y": "years", "M": "months", "W": "weeks", "D": "days"}
_QUANTITY_DURATIONS = {"year": "Y", "month": "M", "week": "W", "day": "D"}
_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def check_distances(
    text: str,
    quantities: list[Quantity],
    places: list[PlaceMention],
    sentences: Optional[list[tuple[int, int]]] = None,
    settings: CheckSettings = CheckSettings(),
) -> list[Check]:
    """Distance claims between two resolved places, each checked against the geodesic."""
    sentences = sentences or sentence_bounds(text)
    out: list[Check] = []
    used: set[int] = set()
    for q in quantities:
        if q.si_unit != "km" or q.si_value is None or q.start in used:
            continue
        pair = find_place_pair(text, q, places, _sentence_of(sentences, q.start))
        if pair is None:
            continue
        used.update(o.start for o in quantities if q.end < o.start < pair[1].start)
        out.append(distance_check(text, q, *pair, settings))
    return out


def find_place_pair(
    text: str, q: Quantity, places: list[PlaceMention], sentence: tuple[int, int]
) -> Optional[tuple[PlaceMention, PlaceMention]]:
    """(A, B) for "A, <q> from B", "<q> north of B" (A before q), "<q> from A to B", "between A and B"."""
    in_sentence = [p for p in places if sentence[0] <= p.start and p.end <= sentence[1]]
    by_start = {p.start: p for p in in_sentence}
    pair = _pair_after(text, q, by_start)
    if pair is not None:
        return pair
    m = _FROM_RE.match(text, q.end)
    b = by_start.get(m.end()) if m else None
    if b is None or _hyphenated(text, b):
        return None
    before = [p for p in in_sentence if p.end <= q.start and p.place is not b.place and p.place.name != b.place.name]
    return (before[-1], b) if before else None


def _pair_after(text: str, q: Quantity, by_start: dict[int, PlaceMention]) -> Optional[tuple[PlaceMention, PlaceMention]]:
    m = _PAIR_RE.match(text, q.end)
    a = by_start.get(m.end()) if m else None
    if a is None:
        return None
    join = _PAIR_JOIN_RE.match(text, a.end)
    b = by_start.get(join.end()) if join else None
    return (a, b) if b is not None and not _hyphenated(text, b) else None


def _hyphenated(text: str, place: PlaceMention) -> bool:
    """"Moscow-occupied": a place name inside a compound adjective is not a location."""
    return text[place.end:place.end + 1] == "-"


def is_point(place: PlaceMention) -> bool:
    """Whether a place is small enough for a distance to it to mean something (a town, a plant)."""
    return place.place.feature.startswith(POINT_FEATURE_PREFIXES)


def geodesic_km(a: PlaceMention, b: PlaceMention) -> float:
    """The WGS84 geodesic distance between two places, in km."""
    line = Geodesic.WGS84.Inverse(a.place.lat, a.place.lon, b.place.lat, b.place.lon)
    return float(line["s12"]) / 1000.0


def distance_check(
    text: str, q: Quantity, a: PlaceMention, b: PlaceMention, settings: CheckSettings = CheckSettings()
) -> Check:
    """The verdict on one distance claim between places a and b."""
    start, end = min(a.start, q.start), max(b.end, q.end)
    claim = Span(start, end, text[start:end])
    stated = _stated_km(q)
    if not (is_point(a) and is_point(b)):
        return Check(claim, "distance", None, "unknown", stated)
    km = geodesic_km(a, b)
    return Check(claim, "distance", f"{km:.0f} km", distance_verdict(q, km, settings), stated)


def _stated_km(q: Quantity) -> str:
    factor = (q.si_value or 0.0) / q.value if q.value else 1.0
    if q.low is not None and q.high is not None and q.low != q.high:
        return f"{q.low * factor:.0f}-{q.high * factor:.0f} km"
    prefix = ">" if q.low is not None else ("<" if q.high is not None else ("~" if q.approximate else ""))
    return f"{prefix}{q.si_value:.0f} km"


def distance_verdict(q: Quantity, km: float, settings: CheckSettings = CheckSettings()) -> str:
    """consistent | inconsistent | unknown for a stated distance against a geodesic of `km`."""
    factor = (q.si_value or 0.0) / q.value if q.value else 1.0
    low = (q.low if q.low is not None else q.value) * factor
    high = (q.high if q.high is not None else q.value) * factor
    if q.low is not None and q.high is None:
        high = float("inf")
    if q.high is not None and q.low is None:
        low = high * (1 - settings.distance_tolerance - settings.approximate_extra) if q.approximate else 0.0
    tol = settings.distance_tolerance + (settings.approximate_extra if q.approximate else 0.0)
    slack = settings.distance_slack_km
    if low <= km * (1 + tol) + slack and km * (1 - tol) - slack <= high:
        return "consistent"
    if high < km * (1 - tol) - slack or low > km * settings.road_factor + slack:
        return "inconsistent"
    return "unknown"


def check_date_arithmetic(
    text: str,
    times: list[TimeExpression],
    quantities: Optional[list[Quantity]],
    published: Optional[str],
    sentences: Optional[list[tuple[int, int]]] = None,
    settings: CheckSettings = CheckSettings(),
) -> list[Check]:
    """Durations tied to a dated event and to now, checked against the publication date."""
    sentences = sentences or sentence_bounds(text)
    today = parse_iso_date(published)
    out = []
    for start, end in sentences:
        if not _ELAPSED_CUE_RE.search(text, start, end):
            continue
        for duration, dated in _duration_date_pairs(text, times, quantities or [], start, end):
            out.append(elapsed_check(text, duration, dated, today, settings))
    return out


def _duration_date_pairs(
    text: str, times: list[TimeExpression], quantities: list[Quantity], start: int, end: int
) -> Iterable[tuple[tuple[int, int, float, str], TimeExpression]]:
    durations = _durations(times, quantities, start, end)
    dates = [t for t in times if start <= t.start < end and _absolute_date(t) is not None]
    for duration in durations:
        later = [d for d in dates if d.start >= duration[1]]
        if later and _ELAPSED_CUE_RE.search(text, duration[0], later[0].start):
            yield duration, later[0]


def _durations(times: list[TimeExpression], quantities: list[Quantity], start: int, end: int) -> list[tuple[int, int, float, str]]:
    """(start, end, amount, unit letter) of the durations in a sentence, from times, else quantities."""
    out = []
    for t in times:
        m = _DURATION_RE.match(t.value or "") if t.type == "DURATION" else None
        if m and start <= t.start < end:
            out.append((t.start, t.end, float(m.group(1)), m.group(2)))
    seen = {(s, e) for s, e, _, _ in out}
    for q in quantities:
        unit = _QUANTITY_DURATIONS.get(q.unit or "")
        if unit and start <= q.start < end and not any(s < q.end and q.start < e for s, e in seen):
            out.append((q.start, q.end, q.value, unit))
    return sorted(out)


def _absolute_date(t: TimeExpression) -> Optional[tuple[date, str]]:
    """The date of an expression written with its year ("Feb. 24, 2022", "2019"), and its granularity."""
    m = _ABSOLUTE_DATE_RE.match(t.value or "")
    if m is None or t.type != "DATE" or not re.search(r"\d{4}|'\d\d", t.text):
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    granularity = "day" if day else ("month" if month else "year")
    return date(year, int(month or 7), int(day or (15 if month else 2))), granularity


def elapsed_check(
    text: str,
    duration: tuple[int, int, float, str],
    dated: TimeExpression,
    today: Optional[date],
    settings: CheckSettings = CheckSettings(),
) -> Check:
    """The verdict on "<duration> … since <date>" given the publication date `today`."""
    start, end = duration[0], max(duration[1], dated.end)
    claim = Span(start, end, text[start:end])
    amount, unit = duration[2], duration[3]
    stated = f"{amount:g} {_UNIT_NAMES[unit]}"
    if today is None:
        return Check(claim, "date_arithmetic", None, "unknown", stated)
    elapsed = (today - when_of(dated)[0]).days / _UNIT_DAYS[unit]
    below, above = elapsed_margins(dated, unit, settings)
    verdict = "consistent" if amount - below <= elapsed < amount + above else "inconsistent"
    return Check(claim, "date_arithmetic", f"{elapsed:.2f} {_UNIT_NAMES[unit]}", verdict, stated)


def when_of(dated: TimeExpression) -> tuple[date, str]:
    """The date of an absolute time expression and its granularity (day, month or year)."""
    absolute = _absolute_date(dated)
    if absolute is None:
        raise ValueError(f"not an absolute date: {dated.value!r}; pass a DATE with a written year")
    return absolute


def elapsed_margins(dated: TimeExpression, unit: str, settings: CheckSettings = CheckSettings()) -> tuple[float, float]:
    """(below, above): how far the elapsed time may fall short of / exceed the stated one.

    A date known only to the year or month widens both margins by half that period.
    """
    granularity = when_of(dated)[1]
    widen = {"year": 0.5, "month": 1 / 24}.get(granularity, 0.0) * (365.2425 / _UNIT_DAYS[unit])
    return settings.elapsed_below + widen, settings.elapsed_above + widen



def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Rough sentence offsets for use without a parse."""
    return [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text)]


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for start, end in sentences:
        if start <= pos < end:
            return start, end
    return pos, pos


def doc_sentences(doc: Doc) -> Optional[list[tuple[int, int]]]:
    """Sentence offsets of a parsed Doc, or None when it has no sentence boundaries."""
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return None
    return [(s.start_char, s.end_char) for s in doc.sents]


def make_checks(doc: Doc, settings: CheckSettings = CheckSettings()) -> list[Check]:
    """All the checks a Doc's facts allow (none of a kind whose inputs are missing)."""
    sentences = doc_sentences(doc)
    checks: list[Check] = []
    quantities = doc._.ng_quantities
    text = doc_text(doc)
    if quantities is not None and doc._.ng_places is not None:
        checks += check_distances(text, quantities, doc._.ng_places, sentences, settings)
    if doc._.ng_times is not None:
        checks += check_date_arithmetic(text, doc._.ng_times, quantities, doc._.ng_published, sentences, settings)
    return sorted(checks, key=lambda c: c.claim.start)


class ChecksComponent:
    """Writes `doc._.ng_checks` from the quantities, places and times already on the Doc."""

    def __init__(self, settings: CheckSettings = CheckSettings()) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_checks = make_checks(doc, self.settings)
        return doc


@Language.factory(
    "newsgraph_checks",
    default_config={"distance_tolerance": 0.10, "road_factor": 1.5},
    assigns=["doc._.ng_checks"],
)
def make_checks_component(nlp: Language, name: str, distance_tolerance: float, road_factor: float) -> ChecksComponent:
    """spaCy factory: `nlp.add_pipe("newsgraph_checks")` after quantities, places and times."""
    register_extensions()
    return ChecksComponent(CheckSettings(distance_tolerance=distance_tolerance, road_factor=road_factor))
