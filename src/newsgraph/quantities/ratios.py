"""Ratios told as "one in five" and shares told as "by a third": claims a fact-checker lists.

"One in five children lives in poverty" is the share 0.2, not the numbers one and five;
"prices fell by a third" is a change of a third (0.333…). Both are recorded like the
fractions the scanner already reads ("two-thirds of voters": 0.667, no unit). Hand-written:
quantulum3 reads "one in five" as two numbers and skips "by a third".
"""

from __future__ import annotations

import re

from newsgraph.quantities.found import Found
from newsgraph.quantities.numbers import FRACTIONS, SMALL, parse_digits, parse_words

_SMALL_WORDS = "|".join(sorted((w for w, v in SMALL.items() if 1 <= v <= 20), key=len, reverse=True))
_SCALE_WORDS = r"(?:a\s+|one\s+)?(?:hundred|thousand|million)"
# "one in five", "2 in 10", "one out of every three", "one in a million"; not "7 in 2016" (a year),
# "2 in 1" (a product), "two in ten minutes" (a count of goals in a time).
RATIO_RE = re.compile(
    rf"\b(?P<a>\d{{1,3}}|{_SMALL_WORDS})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<b>\d{{1,3}}(?:,\d{{3}})*|{_SMALL_WORDS}|{_SCALE_WORDS}|a\s+(?:hundred|thousand|million))\b"
    r"(?![-\s]*(?:%|percent|per\b|years?\b|days?\b|hours?\b|minutes?\b|seconds?\b|weeks?\b|months?\b"
    r"|games?\b|matches\b|innings\b|[:.,]\d))",
    re.IGNORECASE,
)
# "fell by a third", "cut by half", "rose by a quarter", "down nearly a fifth"; not "by a third party",
# "by half past".
_SHARE_ALT = "|".join(sorted((f for f in FRACTIONS if not f.endswith("s") and f != "fourth"), key=len, reverse=True))
SHARE_CHANGE_RE = re.compile(
    r"\b(?:by|up|down|off)\s+(?:(?P<bound>nearly|almost|about|roughly|around|more\s+than|less\s+than|over|"
    r"just\s+over|just\s+under)\s+)?"
    rf"(?P<share>(?:a|one)\s+(?:{_SHARE_ALT})|half)"
    r"(?=\s*(?:[.,;:)!?]|$|\s(?:in|to|from|on|over|since|last|this|compared|and|or|while|after|during|between|"
    r"year|percent)\b))",
    re.IGNORECASE,
)


def find_ratios(text: str) -> list[Found]:
    """Every "one in five" ratio and "by a third" change in `text`, in order."""
    found = [f for f in (_ratio(m) for m in RATIO_RE.finditer(text)) if f is not None]
    found += [_share(m) for m in SHARE_CHANGE_RE.finditer(text)]
    return sorted(found, key=lambda f: f.start)


def with_ratios(text: str, found: list[Found]) -> list[Found]:
    """`found` with ratios read in place of the plain numbers they are made of."""
    ratios = find_ratios(text)
    if not ratios:
        return found
    kept = []
    for f in found:
        ratio = next((r for r in ratios if r.start < f.end and f.start < r.end), None)
        if ratio is None:
            kept.append(f)
        elif f.start < ratio.start:  # "about 3 in 10": the bound word before the ratio is its own
            ratio.start, ratio.approximate = f.start, f.approximate
    return sorted(kept + ratios, key=lambda f: f.start)


def _ratio(m: re.Match) -> Found | None:
    part, whole = _number(m.group("a")), _number(m.group("b"))
    if part is None or whole is None or not 0 < part < whole or 1800 <= whole <= 2100:
        return None
    return Found(m.start(), m.end(), part / whole, kind="ratio", surface=m.group(0),
                 num_start=m.start(), num_end=m.end())


_CEILINGS = ("nearly", "almost", "less than", "just under")
_FLOORS = ("more than", "over", "just over")


def _share(m: re.Match) -> Found:
    word = m.group("share").lower().split()[-1]
    value = 1 / FRACTIONS[word]
    bound = " ".join((m.group("bound") or "").lower().split())
    start = m.start("bound") if bound else m.start("share")
    return Found(start, m.end(), value, kind="words", surface=m.group("share"), num_start=m.start("share"),
                 num_end=m.end(), approximate=bool(bound) and bound not in _CEILINGS + _FLOORS,
                 low=value if bound in _FLOORS else None, high=value if bound in _CEILINGS else None)


def _number(text: str) -> float | None:
    """The value of one side of a ratio ("five", "10", "a million"), or None."""
    text = " ".join(text.lower().split())
    if text[0].isdigit():
        return parse_digits(text)
    value, used = parse_words(text)
    return value if used == len(text) else None
