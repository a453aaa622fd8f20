"""The quantity scanner: one pass of `CANDIDATE_RE`, then ranges, bounds and filters.

`scan` reads each candidate number with its unit (`read_single`), joins ranges ("10 to 15 km")
and bound words ("more than", "nearly"), and asks `filters.keep` whether it is a quantity at
all (see `filters` for what is not). Bare "one" is kept only when the caller finds a count for
it (`Found.weak`). An amount alone in brackets where accounts are read ("revenue is ($99.99)")
is negative.
"""

from __future__ import annotations

import re
from typing import Optional

from newsgraph.quantities import patterns as P
from newsgraph.quantities.filters import keep, year_like
from newsgraph.quantities.found import Found
from newsgraph.quantities.numbers import parse_digits, parse_words
from newsgraph.quantities.ratios import with_ratios
from newsgraph.quantities.scores import names_attacks, read_score
from newsgraph.quantities.reading import (
    MACH,
    Adjective,
    Number,
    read_bound_after,
    read_bound_before,
    read_number,
    read_rates,
    read_unit,
)
from newsgraph.quantities.units import UNIT_WORDS, Unit

SKIP = "skip"
MULTIPLE = Unit("times", "multiple")  # a factor: "50 times the level"; no canonical conversion
_OF_MONEY_RE = re.compile(r"\s+of\s+(?=\S)")
# A unit spelt out as a word ("years", "light-years", "kilometres"), not a symbol or abbreviation.
_UNIT_WORD_RE = re.compile(r"[a-z]{3,}(?:-[a-z]{3,})?")


def scan(text: str, adjective: Optional[Adjective] = None) -> list[Found]:
    """All quantities in `text`, in order. `adjective(start, end)` may confirm gap words."""
    out: list[Found] = []
    pos = 0
    scores = len(P.SCORE_PAIR_RE.findall(text)) >= P.SCORE_PAIRS_FOR_SPORTS
    while pos < len(text):
        m = P.CANDIDATE_RE.search(text, pos)
        if m is None:
            break
        if m.lastgroup == "skip":
            pos = m.end()
            continue
        found, resume = read_quantity(text, m, adjective, scores)
        if found is not None and not (out and (_restated(text, out[-1], found) or merge_duration(text, out[-1], found))):
            accounting_negative(text, found, out[-1].end if out else None)
            if out:
                inherit_bound(text, out[-1], found)
                inherit_share(text, out, found)
                inherit_elided_unit(text, out[-1], found)
            out.append(found)
        pos = max(resume, m.start() + 1)
    return with_ratios(text, out)


def inherit_bound(text: str, previous: Found, found: Found) -> None:
    """"up to €12bn (£10bn)": a conversion in brackets carries the bound of the amount it converts."""
    if found.kind != "money" or previous.kind != "money" or text[previous.end:found.start] not in (" (", "("):
        return
    if found.low is not None or found.high is not None or found.approximate or text[found.end:found.end + 1] != ")":
        return
    found.approximate = previous.approximate
    if previous.low is not None and previous.high is None:
        found.low = found.value
    elif previous.high is not None and previous.low is None:
        found.high = found.value


# "61 percent of the vote to Turner's 39": the rival's share, its unit left out after a possessive name.
_RIVAL_SHARE_BEFORE_RE = re.compile(r"\bto\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+$")


def inherit_share(text: str, out: list[Found], found: Found) -> None:
    """A bare number after "to <Name>'s", closing its clause, takes the percent of a share just before it."""
    if found.kind != "num" or found.unit is not None or not re.match(r"\s*(?:[.,;)]|$)", text[found.end:found.end + 2]):
        return
    if not _RIVAL_SHARE_BEFORE_RE.search(text, max(0, found.start - 40), found.start):
        return
    last = out[-1]
    if last.unit is not None and last.unit.name == "percent" and not re.search(r"[.!?;]\s", text[last.end:found.start]) \
            and last.value + found.value <= 100:
        found.unit = last.unit


# "the next twenty years, not the last twenty": a bare number after a contrast word, its noun left out.
_ELLIPSIS_BEFORE_RE = re.compile(
    r"(?i:\b(?:not|but|and|or|versus|vs\.?|than)\s+(?:the\s+)?(?:(?:last|next|past|previous|first|other)\s+)?)$")


def inherit_elided_unit(text: str, previous: Found, found: Found) -> None:
    """A bare number closing its clause after a contrast word takes the unit of the amount just before it
    in the same sentence: "the next twenty years, not the last twenty" (20 years)."""
    if found.unit is not None or found.kind not in ("num", "words") or previous.unit is None or previous.kind == "money":
        return
    if not re.match(r"\s*(?:[.,;:)!?]|$)", text[found.end:found.end + 2]) or re.search(r"[.!?;]\s", text[previous.end:found.start]):
        return
    if found.start - previous.end <= 60 and _ELLIPSIS_BEFORE_RE.search(text, max(0, found.start - 30), found.start):
        found.unit, found.elided = previous.unit, True


def _restated(text: str, previous: Found, found: Found) -> bool:
    """"four (4) sizes": digits in brackets that restate the number word just before."""
    return previous.kind == "words" and found.kind == "num" and found.value == previous.value and \
        found.unit is None and previous.unit is None and \
        text[previous.end:found.start] in (" (", "(") and text[found.end:found.end + 1] == ")"


_DURATION_JOIN_RE = re.compile(r"\s+(?:and\s+)?")
_CLOCK_JOIN_RE = re.compile(r",\s+(?:and\s+)?")  # "2 hours, 3 minutes and 12 seconds"
_CLOCK_UNITS = frozenset({"hour", "minute", "second"})
# Units a larger one is written with, one exact ratio apart: clock units, feet and inches, pounds and ounces.
_COMPOUND_UNITS = frozenset({"hour", "minute", "second", "foot", "inch", "stone", "pound", "ounce"})


def merge_duration(text: str, previous: Found, found: Found) -> bool:
    """"4 minutes and 15 seconds", "5 feet 11 inches", "7 pounds 4 ounces": one amount, in the smaller unit.

    Only units of exact ratio: "3 years, 2 months" stays two quantities (months and years have no exact length).
    """
    a, b = previous.unit, found.unit
    if a is None or b is None or a.name not in _COMPOUND_UNITS or b.name not in _COMPOUND_UNITS \
            or a.dimension != b.dimension:
        return False
    if a.factor is None or b.factor is None or a.factor <= b.factor:
        return False
    if found.low is not None or found.high is not None or found.approximate or previous.low != previous.high:
        return False
    join = _DURATION_JOIN_RE.fullmatch(text, previous.end, found.start)
    if join is None and a.name in _CLOCK_UNITS and b.name in _CLOCK_UNITS:
        join = _CLOCK_JOIN_RE.fullmatch(text, previous.end, found.start)
    if join is None:
        return False
    previous.value = round(previous.value * a.factor / b.factor + found.value, 9)
    previous.unit, previous.end, previous.num_end = b, found.end, found.num_end
    if previous.low is not None:
        previous.low = previous.high = previous.value
    return True


def accounting_negative(text: str, found: Found, previous_end: Optional[int]) -> None:
    """"The annual revenue is ($99.99)": an amount alone in brackets in accounts is negative.

    Money needs a word of accounts earlier in its sentence and to stand as its value
    ("is", "of", ":" just before); a plain number needs a table line with such a word.
    Not a conversion of the amount just before ("€5m ($5.4m)"), not a range or bound.
    The span takes in the brackets.
    """
    open_at = found.start - 1
    if open_at < 0 or text[open_at] != "(" or text[found.end:found.end + 1] != ")":
        return
    if found.value <= 0 or found.low is not None or found.high is not None or found.approximate:
        return
    gap = text[previous_end:open_at] if previous_end is not None else "x"
    if gap in ("", " ", "\u00a0"):
        return  # "€5m ($5.4m)": a conversion
    if _in_accounts(text, found, open_at):
        found.value, found.start, found.end = -found.value, open_at, found.end + 1


def _in_accounts(text: str, found: Found, open_at: int) -> bool:
    """Whether a bracketed amount is read as an item of accounts (see `accounting_negative`)."""
    line_start = text.rfind("\n", 0, open_at) + 1
    if found.kind == "money":
        sentence = max(line_start, text.rfind(". ", max(0, open_at - 160), open_at) + 1, open_at - 160)
        return P.FINANCE_CUE_RE.search(text, sentence, open_at) is not None and \
            P.ACCOUNT_VALUE_BEFORE_RE.search(text, max(0, open_at - 24), open_at) is not None
    if found.kind != "num" or found.unit is not None:
        return False
    line_end = text.find("\n", found.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return P.TABLE_LINE_RE.search(line) is not None and P.FINANCE_CUE_RE.search(line) is not None


def read_quantity(text: str, m: re.Match, adjective: Optional[Adjective] = None,
                  scores: bool = False) -> tuple[Optional[Found], int]:
    """The quantity starting at a candidate hit, and where to resume scanning.

    `scores` says the text is a game report, where "4-7" is a record, not a range.
    """
    number = read_number(text, m)
    if number is None:
        return None, m.end()
    first = read_single(text, number, _half_of_scale(text, m, number), adjective)
    if first is None:
        return None, number.end
    unit_before(text, first)
    _minus_before(text, first)
    _quarters_counted(text, first)
    _dotted_thousands(text, first)
    if _glued_to_identifier(text, first.end):
        return None, first.end
    ranged = read_range(text, first, adjective, scores)
    if ranged == SKIP:
        return None, _range_end(text, first)
    if isinstance(ranged, Found):
        first = ranged
    else:
        distribute_unit(text, first, adjective)
    apply_bounds(text, first)
    if not keep(text, first):
        return None, first.end
    return first, first.end


_QUARTERS_RE = re.compile(r"(?i:([a-z]+)\s+quarters)")
_PERIOD_BEFORE_RE = re.compile(r"(?i:\b(?:last|past|next|previous|coming|first|final|latest)\s+)$")
_IN_A_ROW_RE = re.compile(r"(?i:\s+(?:in\s+a\s+row|running|straight)\b)")


def _quarters_counted(text: str, found: Found) -> None:
    """"the last three quarters", "two quarters in a row": quarters of a year counted, not 3/4 or 2/4."""
    m = _QUARTERS_RE.fullmatch(text, found.num_start, found.end)
    if m is None or found.kind != "words" or found.unit is not None:
        return
    if not (_PERIOD_BEFORE_RE.search(text, max(0, found.start - 10), found.start) or _IN_A_ROW_RE.match(text, found.end)):
        return
    count, used = parse_words(m.group(1))
    if count is not None and used == len(m.group(1)) and count >= 2:
        found.value, found.end, found.num_end = count, m.end(1), m.end(1)


_MINUS_BEFORE_RE = re.compile(r"(?i:\bminus\s+)$")


def _minus_before(text: str, found: Found) -> None:
    """"minus 12 degrees Celsius", "growth of minus 0.5 percent": a signed reading below zero."""
    if found.unit is None or found.unit.dimension not in ("temperature", "percent") or found.value <= 0:
        return
    minus = _MINUS_BEFORE_RE.search(text, max(0, found.start - 8), found.start)
    if minus is not None:
        found.value, found.start = -found.value, minus.start()


_ORDINAL_NAME_RE = re.compile(r"\s+Second")
_HALF_BEFORE_RE = re.compile(r"(?i:\b(half)\s+)$")


def _half_of_scale(text: str, m: re.Match, number: Number) -> int:
    """"half a million people": the scale word's half; where the quantity starts ("half", or the hit)."""
    if number.kind != "words" or not re.match(r"(?i:an?\s)", number.surface or ""):
        return m.start()
    half = _HALF_BEFORE_RE.search(text, max(0, m.start() - 6), m.start())
    if half is None:
        return m.start()
    number.value *= 0.5
    return half.start(1)


def read_single(text: str, number: Number, start: int, adjective: Optional[Adjective]) -> Optional[Found]:
    """One number with its uncertainty ("±0.01") and unit."""
    uncertainty = None
    unc = P.UNCERTAINTY_RE.match(text, number.end)
    if unc:
        uncertainty = parse_digits(unc.group(1))
        number.end = unc.end()
    half = P.AND_FRACTION_RE.match(text, number.end)
    if half is not None and number.kind == "num" and not number.scaled:
        number.value += P.AND_FRACTIONS[half.group(1).lower()]  # "59 and a half"
        number.end = half.end()
    unit, end = _unit_of(text, number, adjective)
    if unit is not None and unit.name == "second" and _ORDINAL_NAME_RE.fullmatch(text, number.end, end) and \
            P.TITLE_WORD_AFTER_RE.match(text, end):
        unit, end = None, number.end  # "914 Second Class degrees": the ordinal of a name, not seconds
    if unit is not None and number.kind in ("num", "words", "art") and not number.scaled:
        end = _fraction_after_unit(text, number, end)
        unit, end = _inches_after_feet(text, number, unit, end)
    found = Found(start, end, number.value, unit, kind=number.kind, surface=number.surface,
                  scaled=number.scaled, scale=number.scale, num_start=start, num_end=number.end)
    if uncertainty:
        found.low, found.high = number.value - uncertainty, number.value + uncertainty
    return found


def _fraction_after_unit(text: str, number: Number, end: int) -> int:
    """"a cup and a half", "two miles and a quarter": the fraction adds to the number; the span ends after it."""
    tail = P.AND_FRACTION_RE.match(text, end)
    if tail is None or number.value != int(number.value):
        return end
    number.value += P.AND_FRACTIONS[tail.group(1).lower()]
    return tail.end()


_INCHES_AFTER_FEET_RE = re.compile(r"-(\d{1,2})(?:-inch(?:es)?)?\b(?![-.,]?\d)")


def _inches_after_feet(text: str, number: Number, unit: Unit, end: int) -> tuple[Unit, int]:
    """"the 6-foot-2 guard": six feet two inches, in inches."""
    m = _INCHES_AFTER_FEET_RE.match(text, end) if unit.name == "foot" and text[end - 5:end] == "-foot" else None
    if m is None or int(m.group(1)) >= 12:
        return unit, end
    number.value = number.value * 12 + int(m.group(1))
    return UNIT_WORDS["inch"], m.end()


def _dotted_thousands(text: str, found: Found) -> None:
    """"1.000 LED lights", "2.500 people": a dot between thousands (European style) before a counted noun."""
    if found.kind == "num" and found.unit is None and P.DOTTED_THOUSANDS_RE.fullmatch(found.surface) and \
            P.PLURAL_NOUN_AFTER_RE.match(text, found.end):
        found.value = float(found.surface.replace(".", ""))


def unit_before(text: str, found: Found) -> None:
    """"Mach 5", "a magnitude 6.4 quake": a unit written before its number; the span starts at the unit."""
    if found.unit is None and found.kind == "num":
        m = P.MACH_BEFORE_RE.search(text, max(0, found.start - 6), found.start)
        if m is not None:
            found.unit, found.start = MACH, m.start()
            return
        m = P.MAGNITUDE_BEFORE_RE.search(text, max(0, found.start - 11), found.start)
        if m is not None and found.value is not None and 0 < abs(found.value) <= 10:
            found.unit, found.start = UNIT_WORDS["magnitude"], m.start()
        elif P.RICHTER_AFTER_RE.match(text, found.end) and found.value is not None and 0 < found.value <= 10:
            found.unit = UNIT_WORDS["magnitude"]  # "measured 6.1 on the Richter scale"


def _unit_of(text: str, number: Number, adjective: Optional[Adjective]) -> tuple[Optional[Unit], int]:
    if number.unit is not None:
        return read_rates(text, number.unit, number.end) if number.kind == "money" else (number.unit, number.end)
    read = read_unit(text, number, adjective)
    if read is not None:
        return read
    if number.kind == "vague":
        return _vague_money(text, number)
    multiple = P.MULTIPLE_AFTER_RE.match(text, number.end)
    if multiple is not None and number.kind in ("num", "words"):
        return MULTIPLE, multiple.end(1)  # "50 times the safe level", "ten times as many": a multiplier
    return None, number.end


def _vague_money(text: str, number: Number) -> tuple[Optional[Unit], int]:
    """"millions of dollars": the currency after a vague count."""
    of = _OF_MONEY_RE.match(text, number.end)
    if of:
        probe = Number(1.0, of.end() - 1, "num")
        read = read_unit(text, probe)
        if read and (read[0].dimension == "currency" or _UNIT_WORD_RE.fullmatch(text, of.end(), read[1])):
            return read  # "millions of dollars", "thousands of light-years", "dozens of kilometres"
    return None, number.end


def _glued_to_identifier(text: str, end: int) -> bool:
    """"06F6", "860BOX", "401(k)": letters or digits right after the quantity."""
    if end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return True
    return bool(re.match(r"\([a-z]\)", text[end:end + 3]))


def _range_end(text: str, first: Found) -> int:
    j = P.RANGE_JOIN_RE.match(text, first.end)
    m = P.CANDIDATE_RE.match(text, j.end()) if j else None
    return m.end() if m else first.end


def read_range(text: str, first: Found, adjective: Optional[Adjective], scores: bool = False) -> object:
    """A range "10 to 15", "10-15 km", "between 44 and 50 mg"; SKIP for scores and year spans."""
    join = P.RANGE_JOIN_RE.match(text, first.end)
    if join is None or first.kind not in ("num", "words", "money"):
        return None
    joiner = join.group().strip().lower().lstrip("-").strip() or "-"
    opener, opener_start = _opener(text, first.start)
    if (joiner == "and" and opener != "between") or (joiner == "or" and first.unit is not None):
        return None
    second = _second_number(text, join.end(), adjective)
    if second is None:
        return None
    score = read_score(text, first, second, joiner, nouns_only=scores)  # a box score's many lines stay out
    if score is not None:
        return score
    if names_attacks(text, first, second, joiner):
        return SKIP
    if opener == "from" and _change_before(text, opener_start):
        if first.unit is None and second.unit is not None and first.kind == second.kind:
            first.unit = second.unit  # "going from 220 to 226ppi": both in ppi
        return None
    if scores and joiner == "-" and first.unit is None and second.unit is None and second.value < 200:
        return SKIP  # "At 4-7, including 2-6 in the AFC": win-loss records
    if joiner == "to" and re.search(r"(?i:\bby\s+)$", text[max(0, first.start - 4):first.start]) and \
            P.CHANGE_VERB_RE.search(text, max(0, first.start - 60), first.start) and \
            not (first.kind == second.kind == "words" and first.value < second.value):
        return None  # "down by 30 to 126": a change and the new value ("fell by one to two per cent": a range)
    return _make_range(text, first, second, joiner)


def _change_before(text: str, opener_start: int) -> bool:
    """"rose from 10 to 15", "rose by 25%, compared with X, from 2.18% to 2.72%": a change, not a range."""
    if P.CHANGE_VERB_RE.search(text, max(0, opener_start - 60), opener_start):
        return True
    if text[max(0, opener_start - 2):opener_start] != ", ":
        return False
    window = max(0, opener_start - 200)
    sentence = max(text.rfind(". ", window, opener_start), text.rfind("\n", window, opener_start), window)
    return P.CHANGE_VERB_IN_SENTENCE_RE.search(text, sentence, opener_start) is not None


def _opener(text: str, start: int) -> tuple[Optional[str], int]:
    bound, bstart = read_bound_before(text, start)
    m = P.RANGE_OPEN_RE.search(text, max(0, bstart - 12), bstart)
    return (m.group("kw").lower(), m.start()) if m else (None, start)


def _second_number(text: str, pos: int, adjective: Optional[Adjective]) -> Optional[Found]:
    m = P.CANDIDATE_RE.match(text, pos)
    if m is None or m.lastgroup not in ("num", "words", "money"):
        return None
    number = read_number(text, m)
    if number is None:
        return None
    return read_single(text, number, m.start(), adjective)


def _make_range(text: str, first: Found, second: Found, joiner: str) -> object:
    if not _units_agree(first, second):
        return SKIP if joiner == "-" and first.unit is None else None
    if year_like(first) and (year_like(second) or joiner in ("-", "–")):
        return SKIP
    if joiner in ("-", "–") and not first.value < second.value:
        return SKIP
    if joiner in ("to", "through") and first.value > second.value and first.value >= 0:
        return None
    if second.scale > 1 and first.scale == 1 and first.kind != "words":
        first.value *= second.scale
    low, high = sorted((first.value, second.value))
    unit = second.unit or first.unit
    opener, opener_start = _opener(text, first.start)
    start = opener_start if opener == "between" else first.start
    return Found(start, second.end, _range_value(low, high, unit), unit, low, high, approximate=joiner == "or",
                 kind=first.kind, surface=text[first.start:second.end], scaled=second.scaled,
                 num_start=first.num_start, num_end=second.num_end)


def _range_value(low: float, high: float, unit: Optional[Unit]) -> float:
    """The midpoint; "0-62 mph" is an acceleration to 62 mph, not a speed of about 31."""
    if low == 0 and unit is not None and unit.dimension == "speed":
        return high
    return (low + high) / 2


def _units_agree(first: Found, second: Found) -> bool:
    if first.unit is None or second.unit is None:
        if first.unit is not None:
            return first.unit.dimension == "currency"
        return True
    return first.unit.name == second.unit.name


def distribute_unit(text: str, first: Found, adjective: Optional[Adjective]) -> None:
    """"45 and 50 mg": the first number takes the unit written after the second."""
    if first.unit is not None or first.kind not in ("num", "words"):
        return
    m = re.compile(r"\s+(?:and|or)\s+").match(text, first.end)
    if m is None:
        return
    second = _second_number(text, m.end(), adjective)
    if second is not None and second.unit is not None and second.kind == first.kind and second.scaled == first.scaled:
        first.unit = second.unit  # not "4k and 60fps": a scaled "4k" is no count of the other's unit


def apply_bounds(text: str, found: Found) -> None:
    """Bound words before and after: "nearly" → high, "more than" → low, "about" → approximate."""
    kind, bstart = read_bound_before(text, found.start)
    if kind == "low" and found.unit is not None and found.unit.time:
        if text[bstart:found.start].strip().lower() in ("over", "beyond", "above"):
            kind = None
    if kind is not None:
        found.start = bstart
    after, aend = read_bound_after(text, found.end)
    if after is not None:
        found.end = aend
        kind = kind or after
        if after == "low" and found.unit is None and text[aend:aend + 1] == "%":
            found.unit, found.end = UNIT_WORDS["percent"], aend + 1  # "growth of 4+%": four percent or more
    if kind is None:
        return
    found.approximate = True
    if found.low is not None and found.high is not None and found.low != found.high:
        return
    if kind == "low":
        found.low = found.value
    elif kind == "high":
        found.high = found.value
