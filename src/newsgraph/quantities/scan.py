"""The quantity scanner: one pass of `CANDIDATE_RE`, then ranges, bounds and filters.

What is NOT a quantity here: years ("in 2013"), days of a date ("Feb. 24"), clock
times, phone numbers, ordinals, decades, list numbering, reference marks ("[1]", and
"(10, 11)" in a text that cites often), numeral compounds that name things ("a 3-pointer"),
identifiers ("COVID-19", "F-16", "No. 5") and numbers that are part of a name
("Voyager 2", "English 101", "iPhone 15", "Thunderbolt 3 docks", and "Windows 11 was
released" at a sentence start). Ages ("Smith, 45,", "aged 7", "7-year-old") ARE
quantities, in years (or months …), marked `age` so they measure "age of <person>". Bare "one" is kept only when the caller finds a count for it
(`Found.weak`). An amount alone in brackets where accounts are read ("revenue is
($99.99)") is negative.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from newsgraph.quantities import patterns as P
from newsgraph.quantities.labels import label_list, numbered_item
from newsgraph.quantities.numbers import parse_digits
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
AGE_UNITS = {name: UNIT_WORDS[name] for name in ("year", "month", "week", "day")}
MULTIPLE = Unit("times", "multiple")  # a factor: "50 times the level"; no canonical conversion
_YEAR_RE = re.compile(r"\d{4}")
_NEXT_WORD_RE = re.compile(r"\s*([A-Za-z][\w'-]*)")
_RELATIVE_TIME_RE = re.compile(r"\s+(?:ago|earlier|later|from\s+now|hence|prior)\b", re.I)
_OF_MONEY_RE = re.compile(r"\s+of\s+(?=\S)")
# A unit spelt out as a word ("years", "light-years", "kilometres"), not a symbol or abbreviation.
_UNIT_WORD_RE = re.compile(r"[a-z]{3,}(?:-[a-z]{3,})?")
# Plural nouns a year dates rather than a number counts: "below 2005 levels", "raising 2016 elections",
# "2018 results", "2020 forecasts" (the events and figures of that year).
_DATED_PLURALS = frozenset("""levels elections midterms primaries caucuses olympics playoffs finals championships
    results figures forecasts projections estimates budgets guidelines standards""".split())
_NOT_COUNTED = _DATED_PLURALS | P.AUXILIARIES | P.FUNCTION_WORDS | frozenset("does goes seems looks".split())
_YEAR_DETERMINERS = frozenset("the in since by until from of during before after its 's this".split())


@dataclass
class Found:
    """One quantity found in the text, before it is turned into a `Quantity`."""

    start: int
    end: int
    value: float
    unit: Optional[Unit] = None
    low: Optional[float] = None
    high: Optional[float] = None
    approximate: bool = False
    kind: str = "num"
    surface: str = ""
    scaled: bool = False
    scale: float = 1.0
    weak: bool = False
    num_start: int = 0
    num_end: int = 0
    age: bool = False  # an age ("Smith, 45,", "a 7-year-old"): unit year, measures an age


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
            out.append(found)
        pos = max(resume, m.start() + 1)
    return out


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


def _restated(text: str, previous: Found, found: Found) -> bool:
    """"four (4) sizes": digits in brackets that restate the number word just before."""
    return previous.kind == "words" and found.kind == "num" and found.value == previous.value and \
        found.unit is None and previous.unit is None and \
        text[previous.end:found.start] in (" (", "(") and text[found.end:found.end + 1] == ")"


_DURATION_JOIN_RE = re.compile(r"\s+(?:and\s+)?")
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
    first = read_single(text, number, m.start(), adjective)
    if first is None:
        return None, number.end
    unit_before(text, first)
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
    """"Mach 5": a unit written before its number; the span starts at the unit."""
    if found.unit is None and found.kind == "num":
        m = P.MACH_BEFORE_RE.search(text, max(0, found.start - 6), found.start)
        if m is not None:
            found.unit, found.start = MACH, m.start()


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
    if opener == "from" and _change_before(text, opener_start):
        if first.unit is None and second.unit is not None and first.kind == second.kind:
            first.unit = second.unit  # "going from 220 to 226ppi": both in ppi
        return None
    if scores and joiner == "-" and first.unit is None and second.unit is None and second.value < 200:
        return SKIP  # "At 4-7, including 2-6 in the AFC": win-loss records
    if joiner == "to" and re.search(r"(?i:\bby\s+)$", text[max(0, first.start - 4):first.start]) and \
            P.CHANGE_VERB_RE.search(text, max(0, first.start - 60), first.start):
        return None  # "down by 30 to 126": a change and the new value
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
    if _year_like(first) and (_year_like(second) or joiner in ("-", "–")):
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
    if kind is None:
        return
    found.approximate = True
    if found.low is not None and found.high is not None and found.low != found.high:
        return
    if kind == "low":
        found.low = found.value
    elif kind == "high":
        found.high = found.value


def keep(text: str, f: Found) -> bool:
    """False for what is not a quantity: years, dates, ids, ages, list numbers, names …"""
    if _is_identifier(text, f) or _is_relative_time(text, f) or _after_year_word(text, f):
        return False
    if f.kind == "num" and f.unit is None and P.PHONE_RE.match(text, f.num_start):
        return False  # "Inquiry: 02-751-1500": a telephone number
    if f.kind == "num" and f.unit is None and not f.scaled and _in_citation(text, f.num_start):
        return False  # "weight loss (10, 11).", "[12–14]": reference marks, not counts
    if f.kind == "num" and P.STREET_AFTER_RE.match(text, f.num_end):
        return False  # "3170 W. County Road": a house number, whatever unit its letters look like
    if f.scaled and f.unit is None and P.RESOLUTION_K_RE.match(text, f.num_start):
        return False  # "4k streaming": a video resolution
    if f.kind != "money" and P.FIGURE_AFTER_RE.match(text, f.num_end):
        return False  # "a six-figure salary": a count of digits, not the amount
    if P.THING_COMPOUND_AFTER_RE.match(text, f.num_end) or _titled_unit(text, f):
        return False  # "a 3-pointer", "the 80 Day Obsession plan": part of a name
    if f.unit is None and f.kind in ("num", "words") and (_in_name_or_term(text, f) or numbered_item(text, f.start, f.end, f.value)):
        return False  # "wins seven and eight": labels of a series
    if mark_age(text, f):
        return True
    if f.kind == "words":
        return _keep_words(text, f)
    if f.kind != "num" or f.unit is not None or f.scaled:
        return True
    checks = (_is_year, _is_date_part, _is_age, _is_list_number, _is_name_number, _is_bare_fraction, _is_address,
              _is_label, _is_score)
    return not any(check(text, f) for check in checks)


def _in_name_or_term(text: str, f: Found) -> bool:
    """A bare number that is part of a name or a fixed term, not a count in the story.

    "a four-door coupe", "a two-state solution" (a classifying compound); "a two-goal lead" (a
    score margin); "a 40 Under 40 honoree" (title case inside a sentence); "the “Three Amigos”",
    "“one country, two systems”" (a short phrase in quotation marks: a nickname or slogan).
    """
    if P.CLASS_COMPOUND_AFTER_RE.match(text, f.num_end) or P.MARGIN_AFTER_RE.match(text, f.num_end):
        return True
    if P.TITLE_FUNCTION_AFTER_RE.match(text, f.end) and not _opens_clause(text, f.start):
        return True
    if f.start < f.num_start and text[f.start].isupper() and not _opens_clause(text, f.start):
        return True  # "40 Under 40": a capitalised bound word inside a sentence
    return _in_short_quote(text, f)


# The quoted phrase is used as a name: "the “Three Amigos”", "the term “…”", "dubbed “…”".
_NAMING_BEFORE_QUOTE_RE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|term|terms|phrase|slogan|called|dubbed|named|nicknamed|as)\s*$", re.I)
_OPEN_QUOTES = "“\""
_CLOSE_QUOTES = "”\""


def _in_short_quote(text: str, f: Found, most_words: int = 4) -> bool:
    """Whether the number sits in a quoted phrase of at most `most_words` words ("“Three Amigos”")."""
    left = text[max(0, f.start - 40):f.start]
    right = text[f.end:f.end + 40]
    opens = max(left.rfind(q) for q in _OPEN_QUOTES)
    closes = [i for i in (right.find(q) for q in _CLOSE_QUOTES) if i >= 0]
    if opens < 0 or not closes or "\n" in left[opens:] or "\n" in right[:min(closes)]:
        return False
    inner = (left[opens + 1:] + f.surface + right[:min(closes)]).rstrip(".,!?")
    if left[opens] == '"' and opens > 0 and not left[opens - 1].isspace():
        return False  # a straight quote glued to a word closes a quotation
    if not _NAMING_BEFORE_QUOTE_RE.search(left[:opens]):
        return False  # "“We lost two games,” he said": speech, not a name
    return len(inner.split()) <= most_words and not re.search(r"[.!?]", inner)


def _titled_unit(text: str, f: Found) -> bool:
    """"from 80 Day Obsession", "at 24 Hour Fitness": a unit word capitalised inside a sentence, before a
    capitalised word, after a lowercase one (not a title-cased headline): the title of a programme or firm."""
    word = text[f.num_end:f.end].strip(" -")
    if f.kind != "num" or f.unit is None or not re.fullmatch(r"[A-Z][a-z]+", word):
        return False
    before = re.search(r"(\S+)\s+$", text[max(0, f.num_start - 30):f.num_start])
    return bool(P.TITLE_WORD_AFTER_RE.match(text, f.end)) and (before is None or before.group(1)[0].islower())


def mark_age(text: str, f: Found) -> bool:
    """"Smith, 45,", "aged 26 or above", "a 57-year-old man": an age, kept in years (or months …).

    The span takes in a trailing "-old"/"years old"; `f.age` tells the attacher what it measures.
    """
    if f.kind not in ("num", "words") or f.scaled:
        return False
    old = P.OLD_AFTER_RE.match(text, f.end)
    if old is not None and f.unit is not None and f.unit.name in AGE_UNITS:
        f.end, f.age = old.end(), True
        return True
    if _is_age(text, f):
        f.unit, f.age = AGE_UNITS["year"], True
        return True
    return False


def _keep_words(text: str, f: Found) -> bool:
    surface = f.surface.lower()
    if f.surface[:1].isupper() and not _opens_clause(text, f.num_start):
        return False  # "Zero Gravity Seats", "Formula One": a number word inside a name
    if surface == "one" and f.unit is not None and f.unit.name == "day" and not _counted_day(text, f):
        return False  # "it can benefit the country one day": some day, no duration
    if surface == "zero":
        if _zero_in_verb(text, f):
            return False  # "trying to zero in (on) the causes": the verb
        before = text[max(0, f.num_start - 12):f.num_start].lower()
        return not (re.search(r"(ground|net|absolute)\s+$", before) or text[f.num_end:f.num_end + 1] == "-")
    if re.match(r"-?\s?(?:year|month|week|day)s?-old", text[f.num_end:f.num_end + 12], re.I):
        return False
    if f.value == 1 and surface == "one" and f.unit is not None and f.unit.time:
        if P.MODAL_BEFORE_RE.search(text, max(0, f.start - 24), f.start):
            return False
    if f.unit is None and f.value == 1 and surface in ("one", "a", "an"):
        f.weak = True
    if f.unit is None and f.low is None and _is_name_number(text, f):
        return False
    return not _is_age(text, f)


_ZERO_IN_SUBJECT_RE = re.compile(
    r"(?i:\b(?:(?:try|tries|tried|trying|wants?|wanted|able|hopes?|hoped|hoping|seeks?|seeking|sought|helped|"
    r"helps?|aims?|aimed|needs?|needed)\s+to|can|could|will|would|may|might|must|they|we|he|she|investigators)\s+)$")


def _zero_in_verb(text: str, f: Found) -> bool:
    """"zero in on the cause", "trying to zero in any leads": the phrasal verb, not the number."""
    after = text[f.num_end:f.num_end + 8]
    if not re.match(r"\s+in\b", after):
        return False
    return bool(re.match(r"\s+in\s+on\b", after)) or bool(
        _ZERO_IN_SUBJECT_RE.search(text, max(0, f.num_start - 24), f.num_start))


def _opens_clause(text: str, pos: int) -> bool:
    """Whether a capital at `pos` is owed to its place: text start, after a stop, quote or dash."""
    before = text[max(0, pos - 4):pos].rstrip()
    return not before or before[-1] in ".!?:;“\"'‘(—–-\n" or bool(
        P.SENTENCE_START_RE.search(text, max(0, pos - 4), pos))


def _counted_day(text: str, f: Found) -> bool:
    """"for one day", "in one day", "only one day": a day counted, not "one day" = some day."""
    return bool(re.search(r"(?i:\b(?:for|in|within|after|over|than|about|only|just|least|nearly|each|per|every|"
                          r"a|the|first|last|full|whole|of)\s+)$", text[max(0, f.start - 12):f.start]))


def _is_label(text: str, f: Found) -> bool:
    """"area 55", "Phase 1": a number that names one of something."""
    if f.low is not None or "," in f.surface:
        return False  # "game 10,000 times": labels are short numbers
    return bool(P.LABEL_NOUN_BEFORE_RE.search(text, max(0, f.num_start - 16), f.num_start)) or \
        label_list(text, f.num_start, f.end)


def _is_score(text: str, f: Found) -> bool:
    """One side of a score line: "Wild 4, Sabres 1"."""
    return bool(P.CAPITALISED_BEFORE_RE.search(text, max(0, f.start - 30), f.start)
                and P.SCORE_LINE_AFTER_RE.match(text, f.end))


def _is_identifier(text: str, f: Found) -> bool:
    if f.surface in ("911", "999", "112") and (P.EMERGENCY_BEFORE_RE.search(text, max(0, f.start - 10), f.start)
                                                or P.EMERGENCY_AFTER_RE.match(text, f.end)):
        return True  # "called 911", "dial 999", "make 911 calls"
    if f.unit is None and f.num_start > 0 and text[f.num_start - 1] == "[" and text[f.end:f.end + 1] == "]":
        return True  # "per shift[1]", "[2] Smith J.": a reference mark
    if f.unit is None and (re.match(r":\d", text[f.end:f.end + 2])
                           or (f.num_start > 1 and re.fullmatch(r"\d:", text[f.num_start - 2:f.num_start]))):
        return True  # "a 16:9 screen", "won 3:1", "John 3:16": a ratio, score or verse, not one quantity
    if f.unit is None and f.num_start > 1 and text[f.num_start - 1] == "(" and text[f.end:f.end + 1] == ")" \
            and (text[f.num_start - 2].isalnum() or text[f.num_start - 2] == ")"):
        return True  # "501(c)(3)", "Section 4(2)": a subsection mark glued to the code it divides
    window = max(0, f.num_start - 40)
    token_start = max(max(text.rfind(c, window, f.num_start) for c in " \n\t\u00a0(\"“'‘[/—") + 1, window)
    prefix = text[token_start:f.num_start]
    if re.search(r"[A-Za-z0-9]", prefix) or P.ID_BEFORE_RE.search(text, max(0, f.num_start - 8), f.num_start):
        return True
    return f.num_start > 0 and text[f.num_start - 1] in "'’" and re.fullmatch(r"\d\d", f.surface or "") is not None


def _after_year_word(text: str, f: Found) -> bool:
    """"the year 2000", "fiscal year 1998": a year, whatever its form."""
    return f.unit is None and bool(re.search(r"\b[Yy]ear\s+$", text[max(0, f.start - 6):f.start]))


def _is_relative_time(text: str, f: Found) -> bool:
    return f.unit is not None and f.unit.time and bool(_RELATIVE_TIME_RE.match(text, f.end))


def _year_like(f: Found) -> bool:
    return (f.kind == "num" and f.unit is None and not f.scaled and bool(_YEAR_RE.fullmatch(f.surface))
            and 1000 <= f.value <= 2100)


def _is_year(text: str, f: Found) -> bool:
    if not _year_like(f) or (f.low is not None and f.high is not None and f.high != f.low):
        return False
    if P.CAPITALISED_BEFORE_RE.search(text, max(0, f.start - 30), f.start) and f.value >= 1900 and \
            not P.SENTENCE_START_RE.search(text, max(0, f.start - 4), f.start):
        name = P.CAPITALISED_BEFORE_RE.search(text, max(0, f.start - 30), f.start)
        if name is not None and name.group(1).lower() not in P.FUNCTION_WORDS:
            return True  # "the Anniversary Tour 2020 dates", "Vision 2030 goals": a year in a name
    if not P.YEAR_PREP_BEFORE_RE.search(text, max(0, f.start - 8), f.start) and (
            f.value < 1500 or P.SCORE_NOUN_BEFORE_RE.search(text, max(0, f.start - 40), f.start)):
        return False  # "scores rose from 1061 to 1128", "a total score of 2072": benchmark numbers
    nxt = _NEXT_WORD_RE.match(text, f.end)
    before = re.findall(r"[\w']+", text[max(0, f.start - 20):f.start].lower())
    countable = nxt is not None and (nxt.group(1).endswith("s") or nxt.group(1) == "people") \
        and nxt.group(1).lower() not in _NOT_COUNTED  # "below 2005 levels", "2019 was" are years
    if f.low is not None or f.high is not None:  # "until at least 2021", "below 2005 levels"
        return not countable and bool(P.TEMPORAL_PREP_BEFORE_RE.search(text, max(0, f.start - 30), f.start)
                                      or re.match(r"\s+levels?\b", text[f.end:f.end + 8]))
    return not (countable and nxt is not None and nxt.group(1).islower() and (not before or before[-1] not in _YEAR_DETERMINERS))


def _is_date_part(text: str, f: Found) -> bool:
    ends = (f.low, f.high) if f.low is not None and f.high is not None else (f.value,)
    if not all(x == int(x) and 1 <= x <= 31 for x in ends):
        return False  # "September 16-19" is a span of days
    month = P.MONTH_BEFORE_RE.search(text, max(0, f.start - 24), f.start)
    if month is not None and re.search(r"\d", month.group()) and not P.DATE_LIST_END_AFTER_RE.match(text, f.end):
        return False  # "On March 1, 12 were arrested": a count after the date
    return month is not None or bool(P.MONTH_AFTER_RE.match(text[f.end:f.end + 16].lstrip()))


def _is_age(text: str, f: Found) -> bool:
    if f.unit is not None or not (f.value * 2 == int(f.value * 2) and 0 < f.value < 125):
        return False
    if P.AGE_BEFORE_RE.search(text, max(0, f.start - 11), f.start) or P.AGE_RANGE_AFTER_RE.match(text, f.end):
        return True
    if P.PRONOUN_BE_BEFORE_RE.search(text, max(0, f.start - 12), f.start) and P.AGE_END_AFTER_RE.match(text, f.end):
        return True  # "I'm 74 and …", "since she was 17 (…)": a person's age after a singular pronoun and "be"
    after = text[f.end:f.end + 2]
    if after[:1] in (",", ".", ";") and P.PERSON_BEFORE_RE.search(text, max(0, f.start - 40), f.start):
        return True
    return after[:1] == ")" and bool(re.search(r"\b[A-Z][a-z]+\s*\($", text[max(0, f.start - 30):f.start]))


def _is_address(text: str, f: Found) -> bool:
    """"469 Vermont St.": a house number."""
    return bool(P.STREET_AFTER_RE.match(text, f.end))


def _is_list_number(text: str, f: Found) -> bool:
    return bool(P.LIST_ITEM_RE.search(text, max(0, f.start - 4), f.start)) and bool(
        re.match(r"[.)]\s", text[f.end:f.end + 2]))


def _is_name_number(text: str, f: Found) -> bool:
    """"Voyager 2 in 1979", "English 101", "Core i7 860 Processor": a number inside a name."""
    cap = P.NAME_WORD_BEFORE_RE.search(text, max(0, f.start - 30), f.start)
    if cap is None:
        return False
    if P.BOUND_BEFORE_RE.search(text, cap.start(), f.start) or P.MONTH_BEFORE_RE.search(text, cap.start(), f.start):
        return False
    if P.SENTENCE_START_RE.search(text, max(0, cap.start() - 4), cap.start()):
        return _opens_with_name(text, f, cap.group(1))
    nxt = _NEXT_WORD_RE.match(text, f.end)
    if nxt is None or text[f.end:f.end + 1] in ",;:":
        return nxt is None
    word = nxt.group(1)
    if word[0].islower() and _stat_noun(word) in stat_nouns(text):
        return False  # "K. Hupfer 1 goal. Z. Nielsen 1 goal.": a stat line, the name is a player's
    if word[0].isupper() or word.lower() in P.FUNCTION_WORDS or word.lower() in P.AUXILIARIES:
        return True
    if _firm_name(text, f, cap.group(1)):
        return True  # "iPhone 7 refurbs", "USB 3.2 cables", "Thunderbolt 3 docks" (said again elsewhere)
    # "Phase 1 trade deal", "Redemption 2 port": a singular noun after a numbered name
    return f.value == int(f.value) and f.value < 1000 and not word.lower().endswith("s") \
        and text[f.num_start - 1:f.num_start] == " "


def _firm_name(text: str, f: Found, word: str) -> bool:
    """Whether "<word> <number>" is surely a name, even before a plural noun or as a decimal.

    Camel-cased words ("iPhone", "AirPods") and acronyms ("USB") name products and standards;
    a capitalised word is trusted when the text writes the same "<word> <number>" at least twice.
    """
    if P.CAMEL_OR_ACRONYM_RE.fullmatch(word):
        return True
    return text.count(f"{word} {f.surface}") >= 2


def _opens_with_name(text: str, f: Found, first_word: str) -> bool:
    """"Windows 11 was released", "Boeing 737 MAX jets": a sentence that opens with a numbered name.

    A capital is owed to the sentence start, so the word must be no opener ("Only",
    "Another", "Some") and the next word a capitalised one or an auxiliary.
    """
    if first_word.lower() in P.SENTENCE_OPENERS or first_word.lower() in P.FUNCTION_WORDS or f.end != f.num_end:
        return False  # "Children 12 and up can attend": a bound after the number
    if P.CAMEL_OR_ACRONYM_RE.fullmatch(first_word) and not first_word.isupper():
        return True  # "AirPods 2 dropped in price": a camel-cased name, whatever opens the sentence
    if text.count(f"{first_word} {f.surface}") >= 2:
        return True  # the text writes "Thunderbolt 3" again elsewhere: a name, not a sentence-start capital
    nxt = _NEXT_WORD_RE.match(text, f.end)
    if nxt is None or text[f.end:f.end + 1] in ",;:":
        return False
    word = nxt.group(1)
    return word[0].isupper() or word.lower() in P.AUXILIARIES


def _is_bare_fraction(text: str, f: Found) -> bool:
    """"1/4" alone is a fraction only before "of" or after "about"; "24/7", "9/11" are not."""
    m = re.search(r"(\d+)/(\d+)$", f.surface)
    if m is None:
        return "/" in f.surface
    if int(m.group(1)) >= int(m.group(2)):
        return True
    return not (re.match(r"\s+of\b", text[f.end:f.end + 4]) or f.approximate)


def _in_citation(text: str, pos: int) -> bool:
    """Whether `pos` falls in a bracketed group of reference numbers (see `citation_spans`)."""
    spans = citation_spans(text)
    i = bisect_right(spans, (pos, len(text))) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


@lru_cache(maxsize=8)
def citation_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Bracketed groups of bare numbers that are reference marks, as sorted (start, end) pairs.

    Square brackets ("[3]", "[12-14]") always cite. Round ones cite in a text that has at
    least `CITATIONS_FOR_REFERENCES` of them, when they list or span numbers ("(10, 11)")
    or close a sentence ("… binge eating (2)."); "Smith (45), a nurse" stays an age.
    """
    groups = list(P.CITATION_GROUP_RE.finditer(text))
    rounds = sum(1 for m in groups if m.group()[0] == "(")
    out = []
    for m in groups:
        listed = re.search(r"[,–-]", m.group()) is not None
        closes = re.match(r"\s*(?:[.;:]|\n|$)", text[m.end():m.end() + 2]) is not None
        if m.group()[0] == "[" or (rounds >= P.CITATIONS_FOR_REFERENCES and (listed or closes)):
            out.append((m.start(), m.end()))
    return tuple(out)


def _stat_noun(word: str) -> str:
    return word.lower().rstrip("s")


@lru_cache(maxsize=8)
def stat_nouns(text: str) -> frozenset[str]:
    """Nouns that follow "<Name> <number>" for at least `STAT_NAMES` different names.

    A box score lists "Hupfer 1 goal. Nielsen 1 goal. Anasa 1 assist.": there the number
    after a name counts the noun. A numbered name ("Phase 1 trial") keeps one name word.
    """
    names: dict[str, set[str]] = {}
    for m in P.STAT_LINE_RE.finditer(text):
        names.setdefault(_stat_noun(m.group(2)), set()).add(m.group(1))
    return frozenset(noun for noun, who in names.items() if len(who) >= P.STAT_NAMES)
