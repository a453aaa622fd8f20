"""What is not a quantity: `keep` says no to years, dates, ids, names, labels and scores.

Not quantities: years ("in 2013"), days of a date ("Feb. 24"), clock times, phone numbers,
ordinals, decades, list numbering, reference marks ("[1]", and "(10, 11)" in a text that cites
often), numeral compounds that name things ("a 3-pointer"), identifiers ("COVID-19", "F-16",
"No. 5") and numbers that are part of a name ("Voyager 2", "English 101", "iPhone 15",
"Thunderbolt 3 docks", and "Windows 11 was released" at a sentence start). Ages ("Smith, 45,",
"aged 7", "7-year-old") ARE quantities, in years (or months …), marked `age` so they measure
"age of <person>".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from newsgraph.quantities import patterns as P
from newsgraph.quantities.found import Found
from newsgraph.quantities.labels import label_list, numbered_item
from newsgraph.quantities.units import UNIT_WORDS

AGE_UNITS = {name: UNIT_WORDS[name] for name in ("year", "month", "week", "day")}
_YEAR_RE = re.compile(r"\d{4}")
_NEXT_WORD_RE = re.compile(r"\s*([A-Za-z][\w'-]*)")
_RELATIVE_TIME_RE = re.compile(r"\s+(ago|earlier|later|from\s+now|hence|prior)\b", re.I)
_CLOCK_UNITS = frozenset({"second", "minute", "hour"})
# Plural nouns a year dates rather than a number counts: "below 2005 levels", "raising 2016 elections",
# "2018 results", "2020 forecasts" (the events and figures of that year).
_DATED_PLURALS = frozenset("""levels elections midterms primaries caucuses olympics playoffs finals championships
    results figures forecasts projections estimates budgets guidelines standards""".split())
_NOT_COUNTED = _DATED_PLURALS | P.AUXILIARIES | P.FUNCTION_WORDS | frozenset("does goes seems looks".split())
_IDIOM_AMOUNT_RE = re.compile(
    r"(?i:a\s+(?:hundred|thousand|million|billion)\s+(?:(?:different|other|good|more)\s+)?"
    r"(?:reasons|things|ways|questions|times|words|thoughts|ideas)\b)")
_YEAR_DETERMINERS = frozenset("the in since by until from of during before after its 's this".split())


def keep(text: str, f: Found) -> bool:
    """False for what is not a quantity: years, dates, ids, ages, list numbers, names …"""
    if _is_identifier(text, f) or _is_relative_time(text, f) or _after_year_word(text, f):
        return False
    if f.unit is None and f.low is None and f.value in (2, 3) and P.VAGUE_OR_BEFORE_RE.search(text, max(0, f.start - 24), f.start):
        return False  # "a round or two", "a day or two": vague, no claim of two
    if f.unit is None and P.WEEKDAYS_AGO_AFTER_RE.match(text, f.end):
        return False  # "two Sundays ago": a date
    if f.unit is None and _IDIOM_AMOUNT_RE.match(text, f.start):
        return False  # "a thousand reasons to vote for it": a figure of speech, not a count
    if _enumerated_point(text, f):
        return False  # "One, the budget is too big, and two, nobody has read it"
    if f.kind == "num" and f.unit is None and P.PHONE_RE.match(text, f.num_start):
        return False  # "Inquiry: 02-751-1500": a telephone number
    if f.kind == "num" and f.unit is None and P.EXTENSION_BEFORE_RE.search(text, max(0, f.num_start - 12), f.num_start):
        return False  # "ext. 4410": a telephone extension
    if f.kind == "num" and f.unit is None and f.low is None and P.CLOCK_RANGE_AFTER_RE.match(text, f.num_end):
        return False  # "from 3 to 11 p.m.": a clock time
    if f.kind == "num" and f.unit is None and not f.scaled and _in_citation(text, f.num_start):
        return False  # "weight loss (10, 11).", "[12–14]": reference marks, not counts
    if f.kind == "num" and P.STREET_AFTER_RE.match(text, f.num_end):
        return False  # "3170 W. County Road": a house number, whatever unit its letters look like
    if f.scaled and f.unit is None and P.RESOLUTION_K_RE.match(text, f.num_start):
        return False  # "4k streaming": a video resolution
    if f.kind != "money" and P.FIGURE_AFTER_RE.match(text, f.num_end):
        return False  # "a six-figure salary": a count of digits, not the amount
    if f.unit is not None and f.unit.name == "point" and text[f.num_start:f.num_end].lower() == "one" \
            and P.AT_BEFORE_RE.search(text, max(0, f.start - 4), f.start):
        return False  # "asleep at one point during the night": "at one time", not a score
    if P.THING_COMPOUND_AFTER_RE.match(text, f.num_end) or P.POINT_KIND_AFTER_RE.match(text, f.num_end):
        return False  # "a 3-pointer", "a 10-point plan": part of a name or a kind of thing
    if _titled_unit(text, f):
        return False  # "the 80 Day Obsession plan": part of a name
    if f.unit is None and f.kind in ("num", "words") and (_in_name_or_term(text, f) or numbered_item(text, f.start, f.end, f.value)):
        return False  # "wins seven and eight": labels of a series
    if mark_age(text, f):
        return True
    if f.kind == "words":
        return _keep_words(text, f)
    if f.kind != "num" or f.unit is not None or f.scaled:
        return True
    checks = (_is_year, _is_date_part, _is_age, _is_list_number, _is_name_number, _is_bare_fraction, _is_address,
              _is_label, _is_score, _is_weight_class)
    return not any(check(text, f) for check in checks)


def _is_weight_class(text: str, f: Found) -> bool:
    """"at 165, Moore pinned Clark": a wrestling weight class in pounds, named by its number alone."""
    if f.low is not None or f.value != int(f.value) or not 95 <= f.value <= 300:
        return False
    if not P.AT_BEFORE_RE.search(text, max(0, f.start - 4), f.start):
        return False
    return P.WEIGHT_CLASS_AFTER_RE.match(text, f.end) is not None and P.WRESTLING_RE.search(text) is not None


def _enumerated_point(text: str, f: Found) -> bool:
    """"… and two, nobody has read it" after "One, …": the second point of a list told in words."""
    if f.kind != "words" or f.unit is not None or f.low is not None or not 2 <= f.value <= 5:
        return False
    if text[f.end:f.end + 1] != "," or not P.ENUMERATION_ITEM_RE.search(text, max(0, f.start - 6), f.start):
        return False
    return P.ENUMERATION_OPEN_RE.search(text, max(0, f.start - 300), f.start) is not None


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
    """One side of a score line: "Wild 4, Sabres 1" (not a count's shares: "the delegate count is Trump 384, Cruz 300")."""
    return not _in_tally(text, f.start) and bool(P.CAPITALISED_BEFORE_RE.search(text, max(0, f.start - 30), f.start)
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
    if re.fullmatch(r"[A-Za-z]{2,},", prefix):
        prefix = ""  # "Second Class,1,170 Second Class Lower": a missing space after a comma, no identifier
    if re.search(r"[A-Za-z0-9]", prefix) or P.ID_BEFORE_RE.search(text, max(0, f.num_start - 8), f.num_start):
        return True
    return f.num_start > 0 and text[f.num_start - 1] in "'’" and re.fullmatch(r"\d\d", f.surface or "") is not None


def _after_year_word(text: str, f: Found) -> bool:
    """"the year 2000", "fiscal year 1998": a year, whatever its form."""
    return f.unit is None and bool(re.search(r"\b[Yy]ear\s+$", text[max(0, f.start - 6):f.start]))


def _is_relative_time(text: str, f: Found) -> bool:
    """"three years ago", "two days later": a date told by its distance; "two seconds later", "an hour
    earlier" stay: a gap of seconds, minutes or hours between two events is a measured interval."""
    if f.unit is None or not f.unit.time:
        return False
    m = _RELATIVE_TIME_RE.match(text, f.end)
    if m is None:
        return False
    return not (f.unit.name in _CLOCK_UNITS and m.group(1).lower() in ("later", "earlier"))


def year_like(f: Found) -> bool:
    return (f.kind == "num" and f.unit is None and not f.scaled and bool(_YEAR_RE.fullmatch(f.surface))
            and 1000 <= f.value <= 2100)


def _is_year(text: str, f: Found) -> bool:
    if not year_like(f) or (f.low is not None and f.high is not None and f.high != f.low):
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
    if P.PRONOUN_BE_BEFORE_RE.search(text, max(0, f.start - 24), f.start) and P.AGE_END_AFTER_RE.match(text, f.end):
        return True  # "I'm 74 and …", "since she was 17 (…)": a person's age after a singular pronoun and "be"
    if P.AGE_GROUP_BEFORE_RE.search(text, max(0, f.num_start - 40), f.num_start) and P.AGE_LIMIT_END_RE.match(text, f.end):
        return True  # "anyone under 16", "children over 12": an age limit
    if f.value == int(f.value) and P.TURNS_BEFORE_RE.search(text, max(0, f.start - 20), f.start) \
            and P.TURNS_END_AFTER_RE.match(text, f.end):
        return True  # "will be 29 on April 11", "turns 40 next week"
    if P.AT_AGE_BEFORE_RE.search(text, max(0, f.start - 8), f.start) and P.AT_AGE_AFTER_RE.match(text, f.end):
        return True  # "At 55, he is the oldest"
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
    if _in_tally(text, f.start):
        return False  # "the delegate count is Trump 384, Cruz 300, Rubio 151": each name's share of a count
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


# "The delegate count is Donald Trump 384, Ted Cruz 300 and John Kasich 37", "Final tally: Ames 812, Bolt 640":
# a count's name after it, then two or more "<Name> <number>" items.
_TALLY_RE = re.compile(
    r"\b(?:count|tally|standings|totals?|results|vote|score)\s*(?:is|are|was|were|stands\s+at|stood\s+at|:)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}\d{1,3}(?:,\d{3})*(?:(?:,\s+|,?\s+and\s+)(?:[A-Z][\w.'’-]*\s+){1,4}\d{1,3}(?:,\d{3})*)+")


@lru_cache(maxsize=8)
def _tallies(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _TALLY_RE.finditer(text))


def _in_tally(text: str, pos: int) -> bool:
    return any(start <= pos < end for start, end in _tallies(text))


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
    if word[0].islower() and word.endswith("ed") and f.value == int(f.value) and f.value < 1000 \
            and word.lower() not in P.COUNTED_PARTICIPLES:
        return True  # "Apollo 11 landed", "Flight 370 vanished"; not "Kabul 30 killed in blast"
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
