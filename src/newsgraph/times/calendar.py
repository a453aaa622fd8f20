"""Date arithmetic and TimeML value formatting for resolved time expressions.

A `Point` is a resolved calendar stretch: a start date plus a granularity (day, week,
month, quarter, half, season, year, decade, century). It prints as a TimeML value
(`2022-02-24`, `2026-W08`, `1989-Q3`, `199`) and knows its first and last day.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

GRAINS = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "century")
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Point:
    """A calendar stretch: `start` is its first day; `season` names a season (SP…)."""

    start: date
    grain: str
    season: Optional[str] = None

    @property
    def value(self) -> str:
        """The TimeML value of this stretch."""
        d, g = self.start, self.grain
        if g == "day":
            return d.isoformat()
        if g == "week":
            year, week, _ = d.isocalendar()
            return f"{year}-W{week:02d}"
        if g == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if g == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if g == "half":
            return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
        if g == "season":
            return f"{d.year:04d}-{self.season}"
        if g == "year":
            return f"{d.year:04d}"
        if g == "decade":
            return f"{d.year // 10:03d}"
        return f"{d.year // 100:02d}"

    @property
    def end(self) -> date:
        """The last day of this stretch."""
        return shift(self.start, self.grain, 1) - timedelta(days=1)


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, _cal.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    """`d` moved by whole months, the day clipped to the target month's length."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(d.day, _cal.monthrange(year, month + 1)[1]))


_MONTHS_PER = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120,
               "century": 1200}


def shift(d: date, grain: str, n: int) -> date:
    """`d` moved by `n` units of `grain` (days and weeks exactly, others by months)."""
    try:
        if grain == "day":
            return d + timedelta(days=n)
        if grain == "week":
            return d + timedelta(weeks=n)
        return add_months(d, n * _MONTHS_PER[grain])
    except OverflowError:
        return d


def floor(d: date, grain: str) -> date:
    """The first day of the `grain` stretch that holds `d`."""
    if grain == "day":
        return d
    if grain == "week":
        return d - timedelta(days=d.weekday())
    if grain == "month":
        return d.replace(day=1)
    if grain == "quarter":
        return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if grain == "half":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if grain == "year":
        return date(d.year, 1, 1)
    if grain == "decade":
        return date(max(d.year // 10 * 10, 1), 1, 1)
    return date(max(d.year // 100 * 100, 1), 1, 1)


def point(d: date, grain: str, season: Optional[str] = None) -> Point:
    """The `grain` stretch that holds `d`."""
    if grain == "season" and season:
        return season_point(d.year, season)
    return Point(floor(d, grain), grain)


def season_point(year: int, season: str) -> Point:
    """A season of `year` (winter starts in December of that year)."""
    return Point(date(year, SEASON_START[season], 1), "season", season)


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The `weekday` on or before (`direction` < 0) or on or after (> 0) `anchor`."""
    delta = (weekday - anchor.weekday()) % 7
    if direction > 0:
        return anchor + timedelta(days=delta)
    return anchor - timedelta(days=(7 - delta) % 7)


def month_near(anchor: date, month: int, direction: int) -> int:
    """The year of the `month` nearest `anchor` in the given tense direction (0: nearest)."""
    if direction < 0:
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction > 0:
        return anchor.year if month >= anchor.month else anchor.year + 1
    gap = month - anchor.month
    if gap > 6:
        return anchor.year - 1
    if gap < -6:
        return anchor.year + 1
    return anchor.year


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th `weekday` of a month (n = -1: the last one)."""
    if n < 0:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def pick_nearest(options: list[tuple[date, date]], anchor: date, tense: int, reach: int = 180) -> Optional[int]:
    """Index of the stretch (first day, last day) the text most likely means.

    The nearest one to the anchor, unless the tense points the other way and a stretch
    on that side is close enough: up to 270 days back for the past, 180 ahead for the
    future (`reach`). With no tense, a future stretch must be twice as close as a past one.
    """
    def gap(span: tuple[date, date]) -> int:
        first, last = span
        return 0 if first <= anchor <= last else min(abs((first - anchor).days), abs((last - anchor).days))

    if not options:
        return None
    order = sorted(range(len(options)), key=lambda i: gap(options[i]) * (2 if options[i][0] > anchor and tense == 0 else 1))
    if tense < 0:
        side = [i for i in order if options[i][0] <= anchor and gap(options[i]) <= 270]
    elif tense > 0:
        side = [i for i in order if options[i][1] >= anchor and gap(options[i]) <= reach]
    else:
        side = []
    return (side or order)[0]


_AFTER_THANKSGIVING = {"black friday": 1, "cyber monday": 4}


def movable_holiday(name: str, year: int) -> Optional[date]:
    """The date of a movable holiday in `year`, or None when unknown."""
    if name.startswith("thanksgiving"):
        return nth_weekday(year, 11, 3, 4)
    if name in _AFTER_THANKSGIVING:  # US shopping days counted from Thanksgiving
        return nth_weekday(year, 11, 3, 4) + timedelta(days=_AFTER_THANKSGIVING[name])
    if name.startswith("easter"):
        return easter(year)
    if name == "good friday":
        return easter(year) - timedelta(days=2)
    if name == "labor day":
        return nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return nth_weekday(year, 5, 0, -1)
    if name == "election day":
        return nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name == "super tuesday":  # the US primaries' big day: the first Tuesday of March (2012-2024)
        return nth_weekday(year, 3, 1, 1)
    return None


def safe_date(year: int, month: int, day: int) -> Optional[date]:
    """A date, or None when the day does not exist (Feb. 30)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_iso_date(value: Optional[str]) -> Optional[date]:
    """The date at the start of an ISO string ("2026-02-22", "2026-02-22T08:30"), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
