"""Time expressions normalised against the publication date (TimeML-style values).

`extract_times(text, anchor)` finds dates, times, durations and sets in a text and
resolves each against the anchor (the publication date): "Friday" in a past-tense report
is the most recent Friday on or before it, "earlier this week" the range from the
week's Monday to the anchor, "four-year" the duration P4Y. It works on plain text, and
reads tense and entity hints from a parsed spaCy Doc when given one.

The spaCy component `newsgraph_times` writes the same list to `doc._.ng_times`, anchored
on `doc._.ng_published` and recording `doc._.ng_anchor_source`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Callable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.model import TimeExpression
from newsgraph.nlp import doc_text, register_extensions
from newsgraph.times import absolute as A
from newsgraph.times import days as D
from newsgraph.times import durations as U
from newsgraph.times import periods as Q
from newsgraph.times import relative as R
from newsgraph.times.context import Hints, doc_matches
from newsgraph.times.discourse import not_a_time
from newsgraph.times.patterns import PATTERN, may_start
from newsgraph.times.pubdate import find_publication_date, parse_anchor, tweet_spans
from newsgraph.times.reading import Reading, State
from newsgraph.times.refine import refine
from newsgraph.times.spans import read_part, read_span

__all__ = ["extract_times", "find_publication_date", "parse_anchor", "TimesComponent", "make_times"]

Rule = Callable[[str, State, int, int], Optional[Reading]]

RULES: dict[str, Rule] = {
    "iso": A.read_iso, "slash": A.read_slash, "clock": D.read_clock, "md": A.read_month_day,
    "dm": A.read_month_day, "my": A.read_month_year, "mrel": A.read_month_rel,
    "holiday": A.read_holiday, "daypart": D.read_daypart, "dayword": D.read_dayword,
    "wd": A.read_weekday, "nthwd": D.read_nth_weekday, "span": read_span, "part": read_part, "ago": R.read_ago, "wdago": R.read_weekdays_ago, "fnm": Q.read_first_months,
    "rel": R.read_relative,
    "qcode": A.read_quarter_code, "qbare": Q.read_bare_quarter_code, "yspan": Q.read_year_span, "qtr": Q.read_quarter, "qref": Q.read_quarter_ref, "yago": Q.read_year_ago, "yend": Q.read_year_end,
    "decade": A.read_decade, "century": A.read_century, "season": A.read_season,
    "spoken": A.read_spoken_year, "year": A.read_year, "mo": A.read_month, "set": U.read_set,
    "wkend": R.read_weekend, "inn": U.read_within, "dur": U.read_duration, "plural": U.read_plural, "bare": U.read_bare_period, "ref": U.read_reference,
}
# Families whose reading may serve as the reference for later "that day", "the quarter".
NAMING = frozenset({"iso", "slash", "md", "dm", "my", "mrel", "holiday", "wd", "qtr", "year", "mo",
                    "season", "spoken", "dayword"})


def extract_times(text: str, anchor: Optional[date], doc: Optional[Doc] = None,
                  anchor_source: Optional[str] = None) -> list[TimeExpression]:
    """Time expressions in `text`, resolved against `anchor` (None: left unanchored).

    `doc`, a spaCy Doc over the same text, lends tense and entity hints. Offsets are
    character offsets into `text`; values are TimeML (2022-02-24, 2026-W08, P4Y, …).
    """
    state = State(text=text, anchor=anchor, hints=Hints(text, doc))
    found: list[TimeExpression] = []
    tweets = tweet_spans(text) if anchor is not None else []
    for match in _matches(text, doc):
        family = match.lastgroup or ""
        start, end = match.span()
        state.anchor = _tweet_date(tweets, start) or anchor  # "masks today" in a tweet: the tweet's day
        if not_a_time(family, match.group(), state, start, end):
            continue
        reading = RULES[family](match.group(), state, start, end)
        if reading is None:
            continue
        start += reading.start_shift
        if reading.point is not None and family in NAMING:
            state.name(reading.point, start)
        if state.hints.entity_label(start, end) in ("DATE", "TIME"):
            reading.confidence = min(1.0, reading.confidence + 0.05)
        found.append(_expression(text, start, end, reading, state.anchor, anchor_source))
    return refine(found, text, anchor, anchor_source)


def _tweet_date(tweets: list[tuple[int, int, date]], pos: int) -> Optional[date]:
    return next((d for start, end, d in tweets if start <= pos < end), None)


def _matches(text: str, doc: Optional[Doc]) -> Iterator[re.Match[str]]:
    """Candidate expressions, left to right; with a Doc, tried only at plausible tokens."""
    if doc is None or not doc_matches(doc, text):
        yield from PATTERN.finditer(text)
        return
    done = 0
    for token in doc:
        if token.idx < done or not may_start(token.lower_):
            continue
        match = PATTERN.match(text, token.idx)
        if match is not None and match.end() > match.start():
            done = match.end()
            yield match


def _expression(text: str, start: int, end: int, reading: Reading, anchor: Optional[date],
                anchor_source: Optional[str]) -> TimeExpression:
    confidence = reading.confidence if anchor is not None else min(reading.confidence, 0.5)
    return TimeExpression(
        start=start,
        end=end,
        text=text[start:end],
        value=reading.value,
        granularity=reading.granularity,
        anchor=anchor.isoformat() if anchor else None,
        anchor_source=anchor_source or ("caller" if anchor else "none"),
        range_start=reading.range_start.isoformat() if reading.range_start else None,
        range_end=reading.range_end.isoformat() if reading.range_end else None,
        type=reading.type,
        confidence=round(confidence, 2),
    )


class TimesComponent:
    """spaCy component: `doc._.ng_times` from the text, anchored on `doc._.ng_published`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        anchor = parse_anchor(doc._.ng_published)
        source = doc._.ng_anchor_source or ("none" if anchor is None else "caller")
        doc._.ng_times = extract_times(doc_text(doc), anchor, doc, source)
        return doc


@Language.factory(
    "newsgraph_times",
    assigns=["doc._.ng_times"],
    requires=["doc.sents"],
)
def make_times(nlp: Language, name: str) -> TimesComponent:
    """Build the `newsgraph_times` component."""
    register_extensions()
    return TimesComponent(nlp, name)
