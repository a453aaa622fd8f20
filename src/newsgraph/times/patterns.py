"""The one combined regular expression that finds candidate time expressions.

Each family is a named group (`md`, `wd`, `dur`, …); the alternation is ordered so
that at any position the longer, more specific reading is tried first. Extents follow
the TimeML guidelines: determiners and modifiers such as "the", "early", "nearly"
are inside the expression, prepositions ("on", "in", "before") are not.
"""

from __future__ import annotations

import re

from newsgraph.times.lexicon import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    SMALL_NUMBERS,
    TENS,
    TIMEZONES,
    UNIT_PLURALS,
    UNITS,
    WEEKDAYS,
)


def _alt(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A non-capturing alternation, longest words first so none is cut short."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]
MONTH = rf"(?:{_alt(_FULL_MONTHS)}|{_alt(_ABBR_MONTHS)}\.?)"
WEEKDAY = rf"{_alt(list(WEEKDAYS))}"
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d,.]\d|\s*%|-\d)"
SHORT_YEAR = r"'\d\d(?!\w)"
PART = _alt(list(PARTS_OF_DAY))
SEASON = _alt(list(SEASONS))
_WORD_NUM = rf"(?:{_alt(list(TENS))}(?:[-\s]+{_alt(list(SMALL_NUMBERS))})?|{_alt(list(SMALL_NUMBERS))})"
_VAGUE = r"(?:a\s+few|a\s+couple(?:\s+of)?|couple\s+of|several|a\s+number\s+of|numerous|many|few)"
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+\d/\d)?|\d+\s*1/2|{_WORD_NUM}(?:\s+and\s+a\s+half)?"
    rf"|a\s+(?:hundred|thousand|dozen)|hundreds\s+of|dozens\s+of|{_VAGUE}|an?|one)"
)
UNIT = _alt(list(UNIT_PLURALS) + list(UNITS))
RANGE_NUM = rf"(?:\d+(?:\.\d+)?|{_WORD_NUM})"
# Modifiers TimeML keeps inside the expression ("nearly five months"); "about", "over",
# "only", "just" and "at" stay outside, as in TimeBank/AQUAINT.
APPROX = (
    r"(?:approximately|around|roughly|nearly|almost|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|close\s+to|upwards\s+of)"
)
EDGE = (
    r"(?:early|earlier|late|later|mid|the\s+middle\s+of|the\s+end\s+of|the\s+start\s+of|"
    r"the\s+beginning\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+rest\s+of|"
    r"the\s+remainder\s+of|the\s+close\s+of|the\s+turn\s+of)"
)
REL = (
    r"(?:the\s+(?:past|last|next|previous|preceding|coming|following|first|latest|"
    r"current|same|prior|upcoming|final|recent|subsequent)|last|next|this|past|previous|"
    r"coming|following|current|recent|that|this\s+past|these|those)"
)
TZ = _alt(list(TIMEZONES))
CLOCK = (
    r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am(?!\w)|pm(?!\w)|o['’]clock)"
    rf"|\d{{1,2}}:\d\d(?!\d)|(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:{TZ}|hours|hrs)\b)|noon|midnight|midday)"
)
# "6:30-11:30 p.m.", "from 3 to 11 p.m.": the first clock of a range, its a.m./p.m. written after the second.
CLOCK_RANGE_START = r"\d{1,2}(?::\d\d)?(?=\s*(?:[-–]|to)\s*\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am(?!\w)|pm(?!\w)))"
DAYWORD = r"(?:today|yesterday|tomorrow|tonight)"
ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
CENTURY_ORDINAL = _alt([
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty first",
])

FAMILIES: list[tuple[str, str]] = [
    # "the first Sunday of May", "the last Friday in June 2023": a weekday counted within a month.
    ("nthwd", rf"(?:the\s+)?(?:first|second|third|fourth|last|final)\s+{WEEKDAY}\s+(?:of|in)\s+{MONTH}(?:,?\s+{YEAR})?"),
    ("iso", r"\d{4}(?:-[01]\d-[0-3]\d(?:T\d\d:\d\d(?::\d\d)?)?|\.[01]\d\.[0-3]\d(?![\d.]*\d))"),
    ("slash", r"[0-3]?\d/[0-3]?\d/(?:\d{4}|\d\d)(?![\d/])"),
    ("clock", rf"(?:(?:around|approximately|roughly)\s+)?(?:{CLOCK}|{CLOCK_RANGE_START})(?:\s+{TZ})?"
              rf"(?:\s+(?:on\s+)?(?:{WEEKDAY}(?!,?\s+{MONTH}\s+\d)|{DAYWORD}))?"
              rf"(?:\s+(?:{PART}))?"),
    # A range of days in one month ("November 18-24", "18–24 November") is read as its first day.
    ("md", rf"(?:(?:{EDGE})\s+)?(?:(?:{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?{MONTH}\s+{DAYNUM}"
           rf"(?:\s*[-–]\s*{DAYNUM})?(?:,?\s+(?:{YEAR}|{SHORT_YEAR}))?"),
    ("dm", rf"(?:(?:{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+)?(?:{DAYNUM}\s*[-–]\s*)?{DAYNUM}"
           rf"(?:\s+of)?\s+{MONTH}"
           rf"(?:,?\s+{YEAR})?"),
    ("my", rf"(?:(?:{EDGE})[-\s]+)?{MONTH},?\s+(?:of\s+)?(?:{YEAR}|{SHORT_YEAR})"),
    ("mrel", rf"(?:(?:{EDGE})[-\s]+)?{MONTH}\s+(?:of\s+)?(?:this|last|next)\s+year"),
    ("holiday", r"(?:(?:this|last|next)\s+)?(?:new\s+year's\s+(?:day|eve)|christmas(?:\s+(?:day|eve))?|"
                r"boxing\s+day|halloween|valentine's\s+day|independence\s+day|veterans\s+day|"
                r"armistice\s+day|bastille\s+day|(?:st\.?|saint)\s+patrick['’]?s\s+day|thanksgiving(?:\s+day)?|easter(?:\s+(?:sunday|week))?|"
                r"good\s+friday|labor\s+day|memorial\s+day|election\s+day|black\s+friday|cyber\s+monday|super\s+tuesday)"
                rf"(?:\s+(?:of\s+)?{YEAR})?"),
    ("daypart", rf"(?:(?:early|earlier|late|later)\s+)?(?:this|last|tomorrow|yesterday|that|the\s+next|"
                rf"the\s+following|the\s+previous)\s+{PART}"),
    ("dayword", rf"(?:(?:early|earlier|late|later)\s+)?(?:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|"
                rf"{DAYWORD})(?:\s+{PART})?|overnight"),
    ("wd", rf"(?:(?:last|next|this|this\s+past|this\s+coming|coming)\s+)?{WEEKDAY}(?:\s+{PART})?"
           r"(?:,?\s+(?:of\s+)?(?:last|next|this)\s+week(?![-'\w]))?"),
    # "24-48 hours", "the next 12 to 18 months", "two or three days": a duration given as a range.
    ("span", rf"(?:the\s+(?:next|past|last|coming|following|first)\s+)?(?:{APPROX}\s+)?"
             rf"(?:\d+(?:\.\d+)?\s*[-–]\s*\d+(?:\.\d+)?|{RANGE_NUM}\s+(?:to|or)\s+{RANGE_NUM})[-\s]+{UNIT}"
             r"(?![-\s]+(?:old|ago|earlier|later|from|century|centuries|decades?)\b|-)"),
    # "half an hour", "a quarter of a century": a fraction of one unit.
    ("part", rf"(?:half\s+an?|an?\s+(?:half|quarter|third)\s+of\s+an?)\s+{UNIT}(?![-\s]+(?:ago|earlier|later)\b)"),
    ("wdago", rf"{RANGE_NUM}\s+{WEEKDAY}s\s+(?:ago|from\s+now|hence)"),
    ("ago", rf"(?:{APPROX}\s+)?{NUM}(?:\s+more)?[-\s]+{UNIT}\s+(?:ago|earlier|later|from\s+now|hence)"),
    ("fnm", rf"(?:the\s+)?(?:first|last|final|past)\s+{NUM}\s+(?:months|weeks|days|years|quarters)"
            rf"(?:\s+of\s+(?:fiscal\s+)?{YEAR})?"),
    # "the 2009-10 fiscal year", "since 1992-93": a season or fiscal year over two calendar years.
    ("yspan", r"(?:1[89]\d\d|20\d\d)[-–/]\d\d(?![\d%]|[-/.]\d)"),
    # "Q3 2019", "2019 Q3", "H1 of 2020": a quarter or half-year code with its year.
    ("qcode", rf"(?:[QH][1-4](?:\s+of)?\s+{YEAR}|{YEAR}\s+[QH][1-4])(?!\w)"),
    # "recover in Q3": a quarter code without its year (not "Q1:" heading a question).
    ("qbare", r"Q[1-4](?![\w:-])"),
    ("qtr", rf"(?:(?:the|this|last|next|this\s+year's|last\s+year's|next\s+year's)\s+"
            rf"(?=(?:(?:current|latest|fiscal|calendar|same|previous|{YEAR})\s+)*{ORD}\s))?"
            rf"(?:(?:current|latest|fiscal|calendar|same|previous)\s+)?"
            rf"(?:(?:fiscal|calendar)\s+)?(?:{YEAR}\s+)?{ORD}[-\s]+(?:fiscal\s+)?(?:quarter|half|period)"
            rf"(?:\s+of\s+(?:fiscal\s+|calendar\s+)?(?:{YEAR}|this\s+year|last\s+year|next\s+year|"
            r"the\s+(?:current\s+)?year))?"),
    # "(?!an?\s)": in "told CNN that a year later", "that" opens a clause; "a year later" is read alone.
    ("rel", rf"(?:{EDGE}\s+(?:{REL}|the)|{REL})\s+(?!an?\s)(?:{APPROX}\s+)?(?:{NUM}\s+)?(?:fiscal\s+)?{UNIT}"),
    ("wkend", r"(?:the|this|last|next|that|this\s+past|this\s+coming)\s+weekend(?!s)"),
    ("qref", rf"(?:the|that|this)\s+(?:(?:latest|current|same|previous|comparable|year-earlier|"
             rf"year-ago|prior-year|{YEAR})\s+)?(?:fiscal\s+)?(?:quarter|period)"),
    ("yago", r"year-(?:earlier|ago)(?=[-\s]+\w)"),
    ("yend", r"(?:(?:the|this|last|next)\s+)?(?:year-end|year's\s+end|end-of-year)"),
    ("decade", r"(?:(?:early|mid|late)[-\s]+)?(?:1[0-9]\d0|20\d0|'\d0)'?s(?!\w)"),
    ("century", rf"(?:(?:{EDGE})\s+)?(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{CENTURY_ORDINAL})[-\s]+century"),
    ("season", rf"(?:(?:this|last|next|the|that|early|late|mid)[-\s]+(?:(?:early|late)[-\s]+)?)?{SEASON}"
               rf"(?:\s+(?:of\s+)?{YEAR})?"),
    ("spoken", r"(?:the\s+year\s+)?(?:nineteen(?:[-\s]+(?:hundred(?:\s+and)?[-\s]+)?(?:ten|eleven|twelve|"
               r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
               r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]+(?:one|two|three|four|"
               r"five|six|seven|eight|nine))?))|two\s+thousand(?:\s+and)?(?:[-\s]+(?:one|two|three|four|"
               r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
               r"seventeen|eighteen|nineteen|twenty(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine))?))?)"),
    ("year", rf"(?:(?:{EDGE}|fiscal|calendar|the\s+year|FY)[-\s]+)?(?:{YEAR}|FY\d\d)(?:'s)?"),
    ("mo", rf"(?:(?:{EDGE}|last|next|this|that|every|each)[-\s]+)?{MONTH}(?!\.?[-\s]+\d)"),
    ("set", rf"(?:every|each|per)\s+(?:other\s+)?(?:{NUM}\s+)?(?:{UNIT}|{WEEKDAY}|{MONTH}|{PART})"
            r"|(?:daily|weekly|monthly|annually|yearly|hourly|quarterly|nightly|biweekly|"
            r"twice\s+(?:a|per)\s+(?:day|week|month|year)|once\s+(?:a|per)\s+(?:day|week|month|year))"),
    ("inn", rf"(?:in|within)\s+(?:another\s+|the\s+next\s+)?(?:{APPROX}\s+)?{NUM}[-\s]+{UNIT}"
            r"(?!\s+(?:ago|earlier|later|of|before|after|old|century|centuries|decades?)\b|-)"),
    ("dur", rf"(?:{APPROX}\s+)?(?:the\s+)?{NUM}(?:\s+more|\s+full|\s+straight|\s+consecutive)?[-\s]+{UNIT}"
            r"(?:\s+and\s+a\s+half)?(?:-long)?(?![-\s]+(?:old|century|centuries|decades?)\b)"),
    ("plural", r"(?:(?:recent|coming|the\s+coming|the\s+past|the\s+last)\s+)?"
               r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"),
    ("bare", r"the\s+(?:(?:full|fiscal|whole|entire|calendar)\s+)?year(?![-'])|the\s+week(?![-'])"),
    ("ref", r"(?:now|currently|nowadays|these\s+days|at\s+present|the\s+present|recently|"
            r"lately|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|"
            r"the\s+past|(?:last|this|next|the\s+(?:last|previous|past|current|coming|next))\s+"
            r"(?:off-?|pre-?|regular\s+)?season)"),
]

# A start: not inside a word, number or path; or the second date of "March 20-Dec. 21" after the dash.
_START = rf"(?:(?<![\w.\-/])|(?<=\d[-–])(?={MONTH}\s+\d))"
PATTERN = re.compile(
    _START + r"(?:" + "|".join(f"(?P<{name}>{body})" for name, body in FAMILIES) + r")(?![\w])",
    re.IGNORECASE,
)

# Every word a time expression can start with (the families above, first words only):
# with a parsed Doc, `PATTERN` is only tried at tokens that start with one of these.
START_WORDS = frozenset(
    """the this last next that early earlier late later mid every each per a an in within around
    approximately roughly nearly almost more less fewer at up no close upwards fiscal calendar fy
    past previous preceding coming following current recent these those now currently nowadays lately
    recently today yesterday tomorrow tonight overnight noon midnight midday daily weekly monthly
    annually yearly hourly quarterly nightly biweekly twice once year nineteen hundreds dozens several
    many few couple numerous new christmas boxing halloween valentine independence veterans armistice
    bastille thanksgiving easter good labor memorial election black cyber super first second third fourth st nd rd th
    fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth
    seventeenth eighteenth nineteenth twentieth twenty mon tue tues wed thu thur thurs fri sat sun
    its last final latest same prior upcoming subsequent end half q h""".split()
) | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset(SMALL_NUMBERS) | \
    frozenset(TENS) | frozenset(UNIT_PLURALS) | frozenset(UNITS) | frozenset(PARTS_OF_DAY)
_LEAD = re.compile(r"[a-z]+")


def may_start(lower: str) -> bool:
    """Whether a lower-cased token can begin a time expression (a quick pre-check)."""
    if not lower:
        return False
    if lower[0].isdigit() or lower[0] in "'’":
        return True
    lead = _LEAD.match(lower)
    return lead is not None and lead.group(0) in START_WORDS
