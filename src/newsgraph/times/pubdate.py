"""The publication date of a plain-text page, when its first lines state one.

"Published 10:02 AM, Feb. 14, 2026", "Updated: 14 February 2026", "2026-02-14 09:30",
or a dateline "KYIV, Feb. 14 (Reuters) -". Used when a page has no HTML metadata.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from newsgraph.times.calendar import safe_date
from newsgraph.times.lexicon import MONTHS

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_DATE_FORMS = [
    re.compile(rf"(?P<m>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(r"\b(?P<mn>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<d>1[3-9]|2\d|3[01])/(?P<mn>[01]?\d)/(?P<y>(?:19|20)\d\d)\b"),
]
_CUE = re.compile(r"\b(?:published|posted|updated|date[d:])", re.IGNORECASE)
HEAD_LINES = 12
SHORT_LINE = 16  # words: a date line is short; the story's own sentences are not


def find_publication_date(text: str) -> Optional[str]:
    """The ISO date (YYYY-MM-DD) stated in the first lines of a page, or None.

    A line with a cue ("Published", "Updated", "Posted") wins over a bare date line;
    dates inside long sentences (the story itself) are not taken.
    """
    bare: Optional[str] = None
    for line in text.splitlines()[:HEAD_LINES]:
        found = _date_in(line)
        if found is None:
            continue
        if len(line.split()) > SHORT_LINE:
            continue
        if _CUE.search(line):
            return found
        if bare is None:
            bare = found
    return bare


def _date_in(line: str) -> Optional[str]:
    for form in _DATE_FORMS:
        m = form.search(line)
        if m is None:
            continue
        named = m.groupdict().get("m")
        month = MONTHS[named.lower().rstrip(".")] if named else int(m.group("mn"))
        day = int(re.sub(r"\D", "", m.group("d")))
        d = safe_date(int(m.group("y")), month, day)
        if d is not None:
            return d.isoformat()
    return None


def parse_anchor(value: object) -> Optional[date]:
    """An anchor date from an ISO string (date or datetime) or a date; None otherwise."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# An embedded tweet's signature: "— Jane Doe (@janedoe) November 1, 2019".
_TWEET_SIGNATURE = re.compile(
    rf"[—–-]\s*[^\n—]{{1,80}}\(@\w+\)\s+(?P<m>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>(?:19|20)\d\d)", re.IGNORECASE)
_OPEN_PARAGRAPH_END = re.compile(r"[^.!?\"”’)\]:]\s*$")  # a paragraph without a closing stop
TWEET_PARAGRAPHS = 3


def tweet_spans(text: str) -> list[tuple[int, int, date]]:
    """(start, end, tweet date) for each embedded tweet, whose own "today" or "Sunday" counts from its date.

    The tweet runs back from its signature over its own paragraph and up to two earlier
    ones that end without a stop (tweets split lines and drop the final full stop).
    """
    if "(@" not in text:
        return []
    spans = []
    for m in _TWEET_SIGNATURE.finditer(text):
        d = safe_date(int(m.group("y")), MONTHS[m.group("m").lower().rstrip(".")], int(re.sub(r"\D", "", m.group("d"))))
        if d is not None:
            spans.append((_tweet_start(text, m.start()), m.end(), d))
    return spans


def _tweet_start(text: str, signature: int) -> int:
    start = text.rfind("\n", 0, signature) + 1
    for _ in range(TWEET_PARAGRAPHS - 1):
        before = text[:start].rstrip("\n")
        if not before or not _OPEN_PARAGRAPH_END.search(before):
            break
        start = before.rfind("\n") + 1
    return start
