"""The compiled regular expressions of the quantity reader, built once at import.

`CANDIDATE_RE` is the one combined pass over the text: at each position it tries, in
order, things that look like numbers but are not quantities (`skip`: URLs, dates,
clock times, phone numbers, ordinals, decades, ages), money, digit numbers, number
words, vague counts ("thousands of"), "a"/"an" + unit ("a gallon") and named values
("absolute zero"). The other patterns are anchored readers used at one position.
"""

from __future__ import annotations

import re

from newsgraph.quantities.currency import (
    CURRENCY_WORDS,
    ISO_CODES,
    PREFIX_SYMBOLS,
    SCALE_WORDS,
    SUFFIX_SYMBOLS,
)
from newsgraph.quantities.numbers import DIGIT_NUMBER, SMALL, TENS, WORD_NUMBER
from newsgraph.quantities.units import UNIT_SYMBOLS, UNIT_WORDS, trie_pattern

_SPOKEN_YEAR = (
    r"year\s+two\s+thousand(?:\s+and\s+\w+)?|(?:eighteen|nineteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|oh[\s-]\w+|hundred|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen)\b"
)
_SKIP_PARTS = [
    r"https?://\S+|www\.\S+",
    r"(?<![\d.,])\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?)?",
    r"(?<![\d.,/])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d\d)(?![\d/.]\d)",
    r"(?<![\d.,])\d{1,2}:\d\d(?::\d\d)?(?:\s?(?:[ap]\.m\.|[ap]m)(?![A-Za-z]))?",
    r"(?<![\d.,])(?:1[0-2]|0?\d)(?:\.[0-5]\d)?\s?(?:[ap]\.m\.(?![a-z\d])|[ap]\.m(?![\w.])|(?:[ap]m|[AP]M)(?![A-Za-z\d]))",
    r"(?<![\d.,])(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?\s+(?:o['’]clock|(?:in\s+the|this|that|tomorrow)\s+(?:morning|afternoon|evening)|at\s+night|tonight)\b",
    r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?(?:[.-]\s?|\s)\d{3}[\s.-]\d{4}(?!\d)",  # "614- 889-7444" too
    r"(?<![\w.,-])\d{3}-\d{4}(?![\d-])",
    r"(?<![\w.])\d+(?:st|nd|rd|th)\b",
    r"(?<![\w.])\d+(?:\.\d+){2,}(?!\d)",
    r"(?<![\w.,])(?:19|20)\d\d;\s*\d{1,4}(?:\(\d{1,3}\))?:\s*\d{1,5}(?:[-–]\d{1,5})?(?![\d])",  # "2015; 28: 685-690": a citation
    r"(?<![\w.])'?\d{2,4}s\b",
    r"(?<![\w.])\d{1,4}['’]s\b",  # "the 1's team", "the 90's": a numeral made a noun, no count
    r"(?<![\w.,])\d{1,4}(?:\s*(?:and|to|-|–)\s*\d{1,4})?\s?(?:B\.C\.(?:E\.)?|A\.D\.|BCE|BC|CE|AD)(?![A-Za-z])",  # "250 B.C.", "476 AD": a year
    rf"(?i:\b(?:{_SPOKEN_YEAR}))",
    r"(?<![\w.,])(?:0\d{3}|[01]\d[0-5]\d(?=\s?(?:GMT|UTC|EDT|EST|CET|BST|PST|PDT|local\s+time|hours|hrs)\b))(?![\d,.])",
]
_SKIP = "|".join(_SKIP_PARTS)

_CURRENCY_PREFIX = trie_pattern(list(PREFIX_SYMBOLS))
_ISO = "|".join(ISO_CODES)
# Naira written with a plain "N" ("N500m", "N2.5 billion", "N10,000"): only with a scale or
# thousands separators, so "N95 masks" and "N2" stay names.
NAIRA = r"(?<![A-Za-z])N(?=\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:\.\d+)?\s?(?:bn|m|b|k|million|billion|trillion)\b)"
MONEY = rf"(?:(?<![A-Za-z]){_CURRENCY_PREFIX}|\b(?:{_ISO})\s?|{NAIRA})\s?[-−]?{DIGIT_NUMBER}"
# A comma glued to a word before a number is a missing space ("Second Class,1,170 Second Class Lower").
NUMBER = rf"(?:(?<![\w.,)\]])[-−](?=\.?\d))?(?:(?<=[A-Za-z]{{2}},)|(?<![\w.,/])){DIGIT_NUMBER}"
VAGUE = (
    r"\b(?:(?:several|a\s+few|many)\s+(?:hundred|thousand|million|billion)(?!\s+(?:and|thousand|million|billion)\b)|"
    r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|"
    r"hundreds\s+of\s+millions|dozens|hundreds|thousands|millions|billions|scores(?=\s+of\b))\b"
)
_ARTICLE_UNITS = trie_pattern(
    [w for w, u in UNIT_WORDS.items() if u.article] + [w for w, u in CURRENCY_WORDS.items() if u.article]
)
ARTICLE = (rf"\b[Aa]n?\s+(?=(?i:{_ARTICLE_UNITS})\b)"
           r"|\b[Aa]\s+(?=foot\s+(?:of|deep|long|high|tall|wide|thick|away)\b)")  # "a foot of snow", not "a foot injury"
NAMED = r"(?i:\babsolute\s+zero\b)"
_FRACTION_WORDS = r"(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)"
# Any spelt-out unit may follow "a quarter"/"half a": "a quarter cup", "half a teaspoon", "a half mile".
_FRACTION_UNITS = trie_pattern([w for w in UNIT_WORDS if len(w) >= 3 and w[0].isalpha()])
# "a third of", "a half century", "about a half an inch", "half a mile", "about half of", "just over half".
ARTICLE_FRACTION = (
    rf"\b[Aa]n?\s+{_FRACTION_WORDS}\s+of\s+an?(?=\s+(?i:{_FRACTION_UNITS})\b)"  # "a quarter of a mile"
    rf"|\b[Aa]n?\s+{_FRACTION_WORDS}(?=\s+of\b)|\b[Aa]\s+(?:half|quarter)(?:\s+an?)?(?=\s+(?i:{_FRACTION_UNITS})\b)"
    rf"|\b[Hh]alf\s+an?(?=\s+(?i:{_FRACTION_UNITS})\b)"
    r"|(?:(?<=[Aa]bout )|(?<=[Nn]early )|(?<=[Aa]lmost )|(?<=[Oo]ver )|(?<=than )|(?<=[Aa]round )|(?<=[Rr]oughly ))"
    r"half\b(?![-\s](?:time|way|hour|mile|court|century|decade|brother|sister|term|season|dozen))"
    # "Half of the voters", "receive half of their pay": a share; not "the second half of the season".
    r"|(?<![Tt]he )(?<![Ff]irst )(?<![Ss]econd )(?<![Ll]ast )(?<![Oo]ther )(?<![Bb]ack )(?<![Ff]ront )(?<![Aa] )"
    r"(?<!upper )(?<!lower )(?<!top )(?<!bottom )(?<!entire )(?<!whole )(?<!left )(?<!right )(?<!ern )"
    r"\b[Hh]alf(?=\s+of\s+(?:the|its|their|all|those|these|his|her|our|my|your)\s+"
    r"(?!(?:year|season|month|week|day|night|decade|century|game|match|quarter|period|term|session|race|show|"
    r"film|book|story|series|century|inning|round|half)s?\b))"
)
# "a cup and a half", "a day and a half": "a" counts any unit when a fraction is added to it.
ARTICLE_AND_FRACTION = rf"\b[Aa]n?\s+(?=(?i:{_FRACTION_UNITS})(?:\s+|-)and(?:\s+|-)an?(?:\s+|-)(?:half|quarter)\b)"

# Where a candidate may start: a digit or symbol, or a word that can open a quantity. This
# lookahead lets the engine skip most positions before trying the alternation.
_FIRST_WORDS = (
    list(SMALL) + list(TENS) + ["hundred", "thousand", "million", "billion", "trillion", "dozen", "a", "an",
                                "several", "many", "tens", "hundreds", "thousands", "millions", "billions",
                                "dozens", "scores", "absolute", "year", "http", "https", "www", "N", "half"]
    + ISO_CODES + [w for w in PREFIX_SYMBOLS if w[0].isalpha()] + [w.rstrip("$.") for w in PREFIX_SYMBOLS if w[0].isalpha()]
)
_GUARD = (
    rf"(?=[\d$€£¥₹₽₴₩₺₪₦₱₫฿½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞+\-−'.]|\b(?i:{trie_pattern(sorted(set(_FIRST_WORDS)))})(?![A-Za-z]))"
)
CANDIDATE_RE = re.compile(
    rf"{_GUARD}(?:(?P<skip>{_SKIP})|(?P<money>{MONEY})|(?P<num>{NUMBER})|(?P<words>(?i:{WORD_NUMBER}))"
    rf"|(?P<vague>(?i:{VAGUE}))|(?P<frac>{ARTICLE_FRACTION})|(?P<art>{ARTICLE}|{ARTICLE_AND_FRACTION})"
    rf"|(?P<named>{NAMED}))"
)
MONEY_PREFIX_RE = re.compile(rf"(?:{_CURRENCY_PREFIX}|(?:{_ISO})|N)\s?")

# Unit symbols: case kept; a power digit, "/", space or punctuation may follow, a letter not.
_SYMBOL_END = r"(?![A-Za-z]|\d(?<![123]))"
UNIT_SYMBOL_RE = re.compile(rf"(?:{trie_pattern(list(UNIT_SYMBOLS))}){_SYMBOL_END}")
UNIT_WORD_RE = re.compile(rf"(?i:{trie_pattern(list(UNIT_WORDS))})(?![A-Za-z])")
CURRENCY_WORD_RE = re.compile(rf"(?i:{trie_pattern(list(CURRENCY_WORDS))})(?![A-Za-z])")
ISO_AFTER_RE = re.compile(rf"\s?(?:{_ISO})\b")
SUFFIX_SYMBOL_RE = re.compile(trie_pattern(list(SUFFIX_SYMBOLS)))
SCALE_WORD_RE = re.compile(rf"[\s-]?(?i:{trie_pattern(list(SCALE_WORDS))})\b")
POWER_RE = re.compile(r"\^?([23])(?!\d)|([²³])|\^?[-−]1(?!\d)|⁻¹|\s+(squared|cubed)\b")
AREA_PREFIX_RE = re.compile(r"(?i:(square|sq\.?|cubic|cu\.?)\s+)")
DENOMINATOR_RE = re.compile(r"\s*/\s*|\s+per\s+|-(?:an?|per)-(?=[a-z])|\s+(?:an?|each)\s+(?!\w+\s+(?:earlier|later|ago|before|after|on)\b)")
TIMES_PER_RE = re.compile(r"\s+times?\s+(?:per|a|an|each)\s+(?=(?i:second|minute|hour|day|week|month|year))")
INCH_RE = re.compile(
    r"\s?in(?=\.?\s*$|[.,;:)]|\s+(?:thick|thin|long|wide|tall|high|deep|across|in\s+diameter|"
    r"diameter|of|gap|rain|snow)\b)"
)
UNCERTAINTY_RE = re.compile(rf"\s*(?:±|\+/-|\+/−|\+-)\s*({DIGIT_NUMBER})")
HYPHEN_UNIT_RE = re.compile(r"-(?=[A-Za-z])")
GAP_WORD_RE = re.compile(r"\s+([a-z][a-z-]{2,})(?=\s)")
# Size words before a vessel ("four small cups"): the vessels are counted, the word is no volume unit.
SIZE_WORDS = frozenset("small large big tiny huge little giant empty plastic paper silver golden".split())

# Words before a number that bound or soften it: kind "low", "high" or "approx".
BOUNDS = {
    "low": "more than|over|above|at least|no fewer than|no less than|not less than|upwards of|upward of|"
           "in excess of|exceeding|a minimum of|just over|well over|well above|just above|"
           "slightly more than|beyond|starts?\\s+at|starting\\s+at|(?:starts?|starting|priced|available|retails?|retailing|"
           "sells?|selling)\\s+from|as\\s+low\\s+as|from\\s+just|"
           "from\\s+as\\s+little\\s+as|from\\s+only",
    "high": "nearly|almost|just under|just shy of|close to|up to|as many as|as much as|at most|"
            "no more than|not more than|fewer than|less than|under|below|a maximum of|just below|"
            "well under|slightly less than|just short of|short of|shy of|within",
    "approx": "about|around|some|roughly|approximately|approx\\.|an estimated|estimated|circa|"
              "ca\\.|almost exactly|more or less|somewhere around|"
              "an approximate|approximate|on the order of|~",
}
_BOUND_ALT = "|".join(f"(?P<{k}>{v})" for k, v in BOUNDS.items())
# "up to an additional 15%", "less than a 40-degree angle": words allowed between bound and number.
BOUND_BEFORE_RE = re.compile(
    rf"(?i:\b(?:{_BOUND_ALT})\s*(?:(?:an?\s+)?(?:additional|extra|further)\s+|another\s+|an?\s+|just\s+|only\s+)?)$")
BOUND_AFTER_RE = re.compile(
    r"(?i:(?:(?P<low>\+|-plus|\s(?:or\s+more|and\s+more|plus(?!\s+(?:[\d$€£]|(?:sales\s+)?tax(?:es)?\b|shipping\b|VAT\b|fees?\b))|or\s+higher|and\s+up(?!\s+[\d$€£])|or\s+above|or\s+over|or\s+older))"
    r"|(?P<high>\sor\s+(?:fewer|less|under|below))|(?P<approx>\sor\s+so|-odd|\sodd|-ish))(?![\w+]|\s+than\b))"
)
RANGE_OPEN_RE = re.compile(r"(?i:\b(?P<kw>between|from)\s+)$")
RANGE_JOIN_RE = re.compile(r"(?i:-?\s*(?:to|through|and|or)\s+|–|-(?=[\d.−-]|[$€£]))")
CHANGE_VERB_RE = re.compile(
    r"(?i:\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|reduc\w*|cut|"
    r"grew|grow\w*|jump\w*|drop\w*|climb\w*|soar\w*|surg\w*|plung\w*|declin\w*|rais\w*|lower\w*|"
    r"slash\w*|went|go(?:es|ne|ing)?|chang\w*|mov\w*|up|down|shrank|shrunk|swell\w*|doubl\w*|tripl\w*)\b"
    r"[\w\s,']{0,40}$)"
)

# A verb of change anywhere earlier in a sentence ("rose by 25% compared with …, from 2.18% to 2.72%").
CHANGE_VERB_IN_SENTENCE_RE = re.compile(
    r"(?i:\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|grew|jump\w*|drop\w*|"
    r"climb\w*|soar\w*|surg\w*|plung\w*|declin\w*|shrank|doubl\w*|tripl\w*)\b)")

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
# "May 7,", "May 7, 8 and": a month, maybe with days of a list ("May 7, 8 and 9") before the number.
MONTH_BEFORE_RE = re.compile(rf"\b{_MONTHS}\.?,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,\s*and|,|and|or|to|-|–)\s*){{0,4}}$")
# "May 7, 8 and 9 at the hall": what follows a day of a date list (not "May 1, 12 were hurt": a count).
DATE_LIST_END_AFTER_RE = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:and|or|at|with|during|when|before|after|until)\b|\s+in\s+(?:the\s+)?[A-Z]|,?\s+(?:19|20)\d\d\b")
MONTH_AFTER_RE = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}\b")
STREET_AFTER_RE = re.compile(
    r"\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Pl|Place|"
    r"Ct|Court|Sq|Square|Hwy|Highway|Terrace|Parkway|Pkwy)\b"
    r"|(?:\s+|-)block\s+of\b"  # "the 800 block of Main Street", "the 400-block of N. Bedford Drive"
)
MODAL_BEFORE_RE = re.compile(r"(?i:\b(?:will|would|could|might|may|can|should|must)\s+(?:\w+\s+){0,3})$")
ID_BEFORE_RE = re.compile(r"(?:\b(?:No|no|Nos|nos|Nr|nr|Number|number|Vol|vol|pp?|Art|Sec|Ch|Chap|Fig)\.?|#|№)\s*$")
# "59 and a half", "3 and a quarter": a fraction added to a digit number.
AND_FRACTION_RE = re.compile(r"(?:\s+|-)and(?:\s+|-)an?(?:\s+|-)(half|quarter|third)\b", re.I)  # "a foot-and-a-half-long"
AND_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
FIGURE_AFTER_RE = re.compile(r"[-\s]figures?\b", re.I)
DOTTED_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
PLURAL_NOUN_AFTER_RE = re.compile(r"\s+(?:[a-zA-Z]+\s+)?[a-z]{2,}s\b")
# "-old", " years old" after an age in years, months, weeks or days.
OLD_AFTER_RE = re.compile(r"(?:-|\s)old\b", re.I)
# "I'm", "she was", "he is" right before a bare number, and the end of the clause or "and …" after it.
PRONOUN_BE_BEFORE_RE = re.compile(r"\b(?:I[’']m|I\s+am|I\s+was|(?:[Hh]e|[Ss]he)(?:[’']s|\s+is|\s+was))\s+"
                                  r"(?:(?:actually|only|just|barely|already|still|then|now)\s+)?$")  # "she was actually 16"
AGE_END_AFTER_RE = re.compile(r"(?:\s*[,.;!?)(—–]|\s+(?:and|but|when|now|then|at\s+the\s+time)\b|\s*$)")
AGE_BEFORE_RE = re.compile(r"(?i:\b(?:aged|age|ages|agé)(?:\s+of)?\s*|\b(?:dies|died)\s+at\s+)$")  # "aged 26", "at the age of 96"
# "18- to 24-year-old", "between 12 to 17-years-old": the first age of an age range.
AGE_RANGE_AFTER_RE = re.compile(r"-?\s*(?:to|and|-|–)\s*\d{1,3}[-\s](?:year|month|week|day)s?[-\s]old\b", re.I)
# "Wild 4, Sabres 1": one side of a score line.
SCORE_LINE_AFTER_RE = re.compile(r",\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+\d{1,3}\b(?![.,]\d)")
# Nouns whose number names one of them ("area 55", "Phase 1", "gate 5"), not a count.
LABEL_NOUN_BEFORE_RE = re.compile(
    r"(?i:\b(?:area|route|gate|room|zone|sector|block|phase|stage|level|grade|category|class|channel|"
    r"highway|interstate|flight|platform|terminal|track|exit|district|ward|precinct|floor|lot|apartment|"
    r"suite|unit|chapter|article|section|paragraph|clause|amendment|page|verse|episode|season|volume|"
    r"issue|round|heat|week|game|act|scene|part|tier|version|model|series|camp|junction)\s+)$")
# A score or benchmark noun with "of" just before: "a total score of 2072".
SCORE_NOUN_BEFORE_RE = re.compile(r"(?i:\b(?:score|total|rating|tally|result)\s+of\s+)$")
# A preposition of time right before a year: "in 1066", "since 1450".
YEAR_PREP_BEFORE_RE = re.compile(r"(?i:\b(?:in|since|until|till|by|before|after|during|circa|c\.|year)\s+)$")
TEMPORAL_PREP_BEFORE_RE = re.compile(r"(?i:\b(?:until|till|by|before|after|since|in|from|through)\s+(?:\S+\s+){0,2})$")
# Hyphenated pairs of small numbers; several of them make a text a game report ("won 5-4").
# A score or record "24-17", "4-7-1": not a range of measured things ("5-8 minutes", "24-48 hours", "10-12%").
SCORE_PAIR_RE = re.compile(r"\b\d{1,3}-\d{1,3}(?:-\d{1,2})?\b(?!\s*(?:%|(?:seconds?|minutes?|hours?|days?|weeks?|"
                           r"months?|years?|percent|per\s+cent|inch(?:es)?|feet|foot|miles?|pounds?|kg|km|cm|mm|"
                           r"degrees?)\b))")
SCORE_PAIRS_FOR_SPORTS = 3
# A bracketed group of bare reference numbers: "(2)", "(10, 11)", "(12-14)", "[3]", "[12–14]".
CITATION_GROUP_RE = re.compile(r"[(\[]\d{1,3}(?:(?:\s*[–-]\s*|,\s+)\d{1,3})*[)\]]")  # "(1,200)" is one number
# Round groups cite only in a text that cites often; one "(12)" alone may be anything.
CITATIONS_FOR_REFERENCES = 3
# "Hupfer 1 goal", "Viegas 2 assists": a capitalised word, a small number and a lowercase noun (a stat line).
STAT_LINE_RE = re.compile(r"\b([A-Z][\w'’-]*) \d{1,3} ([a-z]{3,})\b")
# Distinct names that put a number before the same noun for the text to be a stat list.
STAT_NAMES = 3
# "a 3-pointer", "a two-seater", "an 18-wheeler": a numeral compound that names a thing, not a count.
THING_COMPOUND_AFTER_RE = re.compile(
    r"-(?:pointer|seater|wheeler|footer|decker|hander|timer|liner|header|nighter|sider|hitter|banger|master)s?\b", re.I)
# A classifying compound: "a four-door coupe", "a two-state solution", "a 3-in-1 charger", "a two-pack",
# "a two-on-one": the number says what kind of thing it is, it counts nothing in the story.
CLASS_COMPOUND_AFTER_RE = re.compile(
    r"-(?:door|link|state|stroke|pack|party|star|way|speed|cylinder|piece|tier|lane|valve|ply|axle|class|prong(?:ed)?|dimensional"
    r"|in-(?:\d+|one)|on-(?:\d+|one|two|three|four|five))\b(?!-)", re.I)
# "a 10-point plan", "a three-point shot": points that name a kind of thing; a margin or a change
# ("a 20-point lead", "a 5-point drop") is a quantity in points.
AT_BEFORE_RE = re.compile(r"(?i:\bat\s+)$")
POINT_KIND_AFTER_RE = re.compile(
    r"-point(?!\s+(?:lead|margin|deficit|advantage|edge|gap|swing|cushion|spread|win|victory|loss|defeat|drop|"
    r"rise|jump|gain|increase|decrease|decline|fall|slide|surge|boost|bump|improvement)s?\b)\b(?!-)", re.I)
# A telephone number: "02-751-1500", "(555) 123-4567", "1-800-555-0199" (no range, no quantity).
# "555-2121, ext. 4410", "extension 22": a telephone extension.
EXTENSION_BEFORE_RE = re.compile(r"(?i:\b(?:ext|extn|extension)\.?\s*)$")
# "from 3 to 11 p.m.", "7-10 pm": the first clock time of a range, its a.m./p.m. written after the second.
CLOCK_RANGE_AFTER_RE = re.compile(r"\s*(?:-|–|to)\s*\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.?|[ap]m)(?!\w)", re.I)
PHONE_RE = re.compile(r"(?:\d{1,3}[-.])?\(?\d{2,4}\)?[-. ]\d{3,4}[-.]\d{4}(?!\d)")
# A telephone number in groups after a trunk "0" or a country code "+44": "020 8583 5555",
# "+44 20 7946 0958", "0800 123 4567" (nine or more digits in all; checked by `phone_spans`).
PHONE_GROUPS_RE = re.compile(
    r"(?<![\w.,+])(?:\+\d{1,3}[ .-]?\(?\d{1,5}\)?|\(?0\d{1,4}\)?)(?:[ .-]\d{2,4}){2,3}(?![\d.,]?\d)")
PHONE_MIN_DIGITS = 9
# A winning margin in a game: "a two-goal lead", "a three-run win" (the difference of a score line).
# Points are a unit ("a 20-point lead" in a poll, "a 12-point win"): those stay quantities.
MARGIN_AFTER_RE = re.compile(
    r"-(?:goal|run|shot|stroke|game|length)\s+(?:lead|margin|deficit|advantage|cushion|win|victory|loss|defeat)\b",
    re.I)
# A capitalised function word after a number inside a sentence: "a 40 Under 40 award" (title case, a name).
TITLE_FUNCTION_AFTER_RE = re.compile(r"\s+(?:Under|Over|Of|For|To|And|In|On|With|By|At|From)\s")
# A capitalised word right after a capitalised unit word: "80 Day Obsession", "24 Hour Fitness" (a title).
TITLE_WORD_AFTER_RE = re.compile(r"\s+[A-Z][a-z]")
# "times" as a factor: "50 times the level", "ten times as many", "three times higher" (not "four times a week").
MULTIPLE_AFTER_RE = re.compile(
    r"(\s+times)(?=\s+(?:the|as|more|higher|larger|bigger|greater|faster|lower|smaller|less|fewer|over|what)\b)")
LIST_ITEM_RE = re.compile(r"(?:^|\n)[ \t]*\(?$")
SENTENCE_START_RE = re.compile(r"(?:^|(?<![A-Z])[.!?:;]\s+|\n\s*|[.!?:;]\s*[\"“‘(]\s*)$")
CAPITALISED_BEFORE_RE = re.compile(r"\b([A-Z][A-Za-z]*|[A-Za-z]+\d[\w-]*)\s+$")
# The word before a number in a name: capitalised, camel-cased ("iPhone 15") or with digits ("i7 860").
# A camel-cased word ("iPhone", "AirPods", "eGPU") or an acronym ("USB", "LTE"): a product or standard name.
CAMEL_OR_ACRONYM_RE = re.compile(r"[a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,6}")
EMERGENCY_BEFORE_RE = re.compile(r"(?i:\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|ring|phone)\s+)$")
EMERGENCY_AFTER_RE = re.compile(r"(?i:\s+(?:calls?|callers?|operators?|dispatch\w*|centers?|centres?|emergency)\b)")
NAME_WORD_BEFORE_RE = re.compile(r"\b([A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*|[A-Za-z]+\d[\w-]*)\s+$")
# Words that open a sentence before a count ("Only 5 were found", "Another 20 Russians"), not names.
SENTENCE_OPENERS = frozenset(
    "only just another exactly precisely fully barely merely some all around roughly approximately nearly "
    "almost over under both each every no any other additional then now today yesterday tonight still also "
    "even perhaps maybe last next first total nearly some another those these".split()
)
PERSON_BEFORE_RE = re.compile(
    r"(?:\b[A-Z][A-Za-z'’-]*[a-z]|\b(?:son|daughter|boy|girl|man|woman|mother|father|mom|dad|wife|husband|"
    r"brother|sister|child|teen|teenager|student|grandmother|grandfather|friend|victim|suspect|"
    r"baby|toddler|infant|driver|officer|nephew|niece|uncle|aunt|cousin|resident|worker|soldier|"
    r"male|female|girlfriend|boyfriend|partner|neighbou?r|patient|pupil)),\s*(?:now\s+|then\s+|still\s+)?$"
)
# "anyone under 16", "children over 12", "players younger than 18": the age limit of a group of people.
AGE_GROUP_BEFORE_RE = re.compile(
    r"\b((?i:anyone|anybody|everyone|children|kids|those|people|youngsters|teens|teenagers|minors|users|players|"
    r"girls|boys|pupils|students|drivers|voters|customers|viewers|adults|men|women))\s+"
    r"(?:under|over|younger\s+than|older\s+than|below|above|aged\s+under|aged\s+over)\s+$")
# Participles that tell what befell so many people ("Kabul 30 killed in blast"), not a name's verb.
COUNTED_PARTICIPLES = frozenset("""killed wounded injured arrested detained displaced evacuated rescued hospitalized
    hospitalised affected infected trapped stranded jailed sentenced charged executed abducted kidnapped freed
    released hurt missing feared confirmed reported drowned deported expelled fined fired laid hired employed
    vaccinated tested""".split())
# "a round or two", "a day or three": a vague "or two" after one of something, no claim of two.
VAGUE_OR_BEFORE_RE = re.compile(r"(?i:\b(?:a|an|one|the\s+(?:next|past|last|coming|following))\s+[a-z]+\s+or\s+)$")
# "will be 29 on April 11", "turns 40 next week": an age reached, with a date or the clause end after it.
TURNS_BEFORE_RE = re.compile(r"(?:\b(?:turns|turned|turning|to\s+turn)|(?:\b(?:[Hh]e|[Ss]he|I)|\b[A-Z][a-z]+|[a-z](?:man|woman|er|or|ist))"
                             r"\s+(?:will\s+be|would\s+have\s+been))\s+$")
TURNS_END_AFTER_RE = re.compile(r"(?:\s*[,.;!?)]|\s+(?:on|in|next|this|last|when|and|years\s+old)\b|\s*$)")
# "One, the budget is too big, and two, nobody has read it": the points of a spoken enumeration.
ENUMERATION_OPEN_RE = re.compile(r"(?:^|[.:;!?]\s+|\n|[“\"]\s*)(?:One|First|Firstly),\s")
ENUMERATION_ITEM_RE = re.compile(r"(?:,|\band|\bthen|;)\s+$")
# "two Sundays ago": a date counted in weekdays, not a count of Sundays.
WEEKDAYS_AGO_AFTER_RE = re.compile(r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\s+(?:ago|from\s+now|hence)\b")
# "At 55, he is": an age opening a sentence, before a pronoun.
AT_AGE_BEFORE_RE = re.compile(r"(?:^|[.!?\n]\s*|\band\s+|\bbut\s+)[Aa]t\s+$")
AT_AGE_AFTER_RE = re.compile(r",\s+(?:he|she|I|they|we)\b")
# The end of an age limit: no noun after "under 16" ("under 16 miles" has its unit already).
AGE_LIMIT_END_RE = re.compile(r"(?:\s*[,.;:!?)]|\s+(?:and|or|who|are|were|is|was|in|from|at|to|will|can|must|"
                              r"should|may|could|would|have|had|years?\b)\b|\s*$)")
MONEY_CUE_RE = re.compile(
    r"(?i:\b(?:spen[dt]\w*|cost\w*|paid|pay\w*|worth|pric\w+|fund\w*|budget\w*|salar\w+|fine[ds]?|"
    r"earn\w*|rais\w+|invest\w*|profit\w*|revenue\w*|loss\w*|sterling|bill\w*|deal\w*|bonus\w*|"
    r"wage\w*|tax\w*|debt\w*|sold|sell\w*|bought|buy\w*|donat\w+|award\w*|compensat\w+|owe\w*)\b|£)"
)
MASS_CUE_RE = re.compile(r"(?i:\b(?:weigh\w*|heav\w+|bag\w*|sack\w*|lb|lbs|ounces?|tons?|kilos?)\b)")
TEMPERATURE_CUE_RE = re.compile(r"°|(?i:\b(?:kelvin|celsius|fahrenheit|temperatur\w+|degrees)\b)")
# "K" after a number: kibibytes near computer-memory words ("64K of RAM", "32K word core memory").
MEMORY_CUE_RE = re.compile(
    r"\b(?:RAM|ROM|EPROM|EEPROM|(?i:memory|memories|cache|storage|bytes?|kilobytes?|floppy|floppies|disk|disks|"
    r"cartridges?|buffers?))\b"
)
# "a 5K run", "the 10K race": kilometres of a race.
K_RACE_AFTER_RE = re.compile(r"\s+(?i:(?:fun\s+)?runs?|races?|walks?|road\s+races?|trail\s+runs?)\b")
# "50K people", "10K followers": thousands of something counted, not "4K video" or "8K screens".
K_COUNT_AFTER_RE = re.compile(
    r"\s+(?!(?:videos?|screens?|displays?|monitors?|televisions?|tvs?|cameras?|footage|content|resolution|"
    r"streaming|projectors?|panels?|gaming|versions?|remasters?|runs?|races?|walks?)\b)(?:[a-z][a-z-]*s|people)\b"
)
# "4k streaming", "8k TVs": a lower-case "k" after a display size names a resolution, not thousands.
RESOLUTION_K_RE = re.compile(
    r"[2-8]k(?:\s+|-)(?:videos?|screens?|displays?|monitors?|televisions?|tvs?|cameras?|footage|content|resolution|"
    r"streaming|streams?|projectors?|panels?|gaming|hdr|ultra|uhd)\b", re.IGNORECASE)
# A bare "b" is a bit, or a barn (a unit of area, 1e-28 m²) near these words.
BARN_CUE_RE = re.compile(
    r"(?i:\b(?:cross[-\s]sections?|area|nuclear|nucle(?:us|i)|scattering|physics|particles?|collisions?|"
    r"neutrons?|luminosity)\b)"
)
# Words of a statement of accounts, where "($99.99)" and "(1,200)" are negative amounts.
FINANCE_CUE_RE = re.compile(
    r"(?i:\b(?:revenues?|income|loss(?:es)?|profits?|earnings|ebitda|ebit|balance|net|cash\s+flows?|margins?|"
    r"deficits?|expenses?|operating|equity|liabilit(?:y|ies)|assets?|dividends?|impairments?|write-?downs?|"
    r"surplus|turnover|sales|costs?|EPS)\b)"
)
# What comes before the value of an item of accounts: "revenue is (", "net loss: (".
ACCOUNT_VALUE_BEFORE_RE = re.compile(
    r"(?:\b(?:is|was|were|are|of|at|to|totall?ed|reached|stood\s+at|came\s+in\s+at)|[:=])\s*$"
)
# A line laid out as a table: cells split by tabs, bars or runs of spaces.
TABLE_LINE_RE = re.compile(r"\t|\||\S {2,}\S")
# Words that make a ton, kiloton or megaton an explosive yield (of TNT), an energy.
EXPLOSIVE_CUE_RE = re.compile(
    r"(?i:\b(?:bombs?|warheads?|blasts?|explosions?|explosives?|detonat\w+|TNT|atomic|thermonuclear)\b)"
)
TNT_AFTER_RE = re.compile(r"\s+of\s+TNT\b")
EQUIVALENT_BEFORE_RE = re.compile(r"(?i:\bequivalent\b[^.]*)$")
YIELD_CUE_RE = re.compile(r"(?i:\byields?\b)")  # "a yield of 10 kilotons", not "yields of 5 tons a hectare"
# "720p", "1080i": the line count of a video format, glued to one of the standard counts.
VIDEO_LINES = frozenset("144 240 360 480 576 720 1080 1440 2160 4320".split())
VIDEO_LINES_AFTER_RE = re.compile(r"[pi](?![A-Za-z\d])")
# "Mach 5": a speed whose unit is written before the number.
MACH_BEFORE_RE = re.compile(r"\bMach\s?$")
# "a magnitude 6.4 earthquake", "magnitude-4.8": an earthquake's size, its scale named first.
MAGNITUDE_BEFORE_RE = re.compile(r"(?i:\bmagnitude[\s-]?)$")
RICHTER_AFTER_RE = re.compile(r"\s+on\s+the\s+(?:open-ended\s+)?(?:Richter|moment[\s-]magnitude)\s+scale\b", re.I)
# Words that make ' and " minutes and seconds of arc rather than feet and inches.
ANGLE_CUE_RE = re.compile(
    r"(?i:\b(?:telescopes?|hubble|webb|jwst|observator(?:y|ies)|astronom\w*|celestial|galax(?:y|ies)|nebulae?|"
    r"angular|arc|declination|right\s+ascension|field\s+of\s+view|sky|parallax|latitude|longitude|azimuth|"
    r"zenith)\b)"
)
# "an 8\" Dobsonian telescope": the size of an instrument, in inches, whatever the sky words.
INSTRUMENT_AFTER_RE = re.compile(
    r"\s*(?:[A-Z][\w-]*\s+)?(?i:telescopes?|scopes?|mirrors?|lens(?:es)?|apertures?|reflectors?|refractors?|"
    r"dish(?:es)?|dobsonians?|binoculars?|eyepieces?)\b"
)
# "23° 26′", "23°26′ 21″": the minutes and seconds of a degree-minute-second angle.
DMS_MINUTES_BEFORE_RE = re.compile(r"\d[°º]\s?$")
DMS_SECONDS_BEFORE_RE = re.compile(r"\d[°º]\s?\d{1,2}(?:\.\d+)?[′']\s?$")
DMS_AFTER_DEGREE_RE = re.compile(r"\s?(\d{1,2}(?:\.\d+)?)[′'](?:\s?(\d{1,2}(?:\.\d+)?)[″\"])?")
# The inches of a height or length written "6'2\"" or "6′ 2″".
INCHES_AFTER_FOOT_RE = re.compile(r"\s?(\d{1,2}(?:\.\d+)?|\d{0,2}[½¼¾])\s?(?:\"|″|''|’’)")
DEGREE_SCALE_RE = re.compile(r"[^.;]{0,30}?\b(?P<scale>Celsius|centigrade|Fahrenheit)\b")
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for by from with and or but as is was were be been are that which who "
    "he she they we i you him her them us me "
    "this these those it its their his her our your my into onto over under after before since until "
    "during about against between through per".split()
)
# Verbs right after a number that make it the end of a name ("NBC 5 has edited the video").
AUXILIARIES = frozenset("has have had is are was were will would said says can could".split())
GAP_WORDS = frozenset(
    "more extra additional further long full straight consecutive whole entire short".split()
)

# A wrestling weight class: "at 165, Moore pinned Clark", "won the title at 132." ("at" a number with
# no noun after it), in a text about wrestling.
WEIGHT_CLASS_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|$|\s+(?:and|with|by|in|after|for)\b)")
WRESTLING_RE = re.compile(r"(?i:\bwrestlers?\b|\bwrestling\s+(?:team|match|meet|title|championships?|tournament|"
                          r"coach|season|program)|\bmajor\s+decision\b|\btech(?:nical)?\s+fall\b|\btakedowns?\b|"
                          r"\bpinned\s+\w+(?:\s+\w+)?\s+in\s+\d:\d\d)")
# Pence glued to the amount: "95p", "12.5p a litre" (not "1080p", a video resolution: the amount is small).
PENCE_RE = re.compile(r"p(?![\w'’-]|\.\w)")
