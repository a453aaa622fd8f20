"""Word lists for time expressions: months, weekdays, number words, units, seasons.

Everything here is plain data, built once at import; `patterns.py` turns it into the
combined regular expression and `normalise.py` reads the lookups.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Month words that are also common English words: only read as months with support.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "dec", "sep"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}

# TimeML parts of the day.
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "overnight": "NI", "midday": "MI", "daytime": "DT",
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

SMALL_NUMBERS: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, float] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Vague amounts: TimeML writes an unknown count as X (P3Y -> PXY).
VAGUE_NUMBERS = frozenset({
    "a few", "few", "several", "many", "some", "a couple of", "a couple", "couple of",
    "a number of", "numerous", "a handful of",
})

# Unit word -> (TimeML duration letter, needs a T prefix, granularity name).
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "time"), "minute": ("M", True, "time"),
    "hour": ("H", True, "time"), "day": ("D", False, "day"),
    "night": ("D", False, "day"), "week": ("W", False, "week"),
    "weekend": ("WE", False, "week"), "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"), "decade": ("DE", False, "decade"),
    "century": ("CE", False, "century"), "millennium": ("ML", False, "millennium"),
}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
    "nights": "night", "weeks": "week", "weekends": "weekend", "fortnights": "fortnight",
    "months": "month", "quarters": "quarter", "years": "year", "decades": "decade",
    "centuries": "century", "millennia": "millennium", "millenniums": "millennium",
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4, "last": 4, "final": 4,
}

TIMEZONES = (
    "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST",
    "CET", "CEST", "EET", "EEST", "MSK", "IST", "JST", "AEST", "AEDT", "ET", "PT", "CT",
)

# Deictic words with a TimeML reference value.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
}

# Fixed-date holidays (month, day) and rule-based ones computed in normalise.py.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "halloween": (10, 31), "valentine's day": (2, 14), "independence day": (7, 4),
    "veterans day": (11, 11), "armistice day": (11, 11), "bastille day": (7, 14),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "st patricks day": (3, 17),
    "saint patricks day": (3, 17),
}
MOVABLE_HOLIDAYS = frozenset({
    "thanksgiving", "thanksgiving day", "easter", "easter sunday", "easter week",
    "good friday", "labor day", "memorial day", "election day", "super tuesday",
})

# Nouns after a bare four-digit number that show it is a count, not a year.
COUNT_NOUNS = frozenset("""
people persons men women children troops soldiers workers employees jobs students
dollars euros pounds yuan yen rubles shares barrels tons tonnes miles kilometers km
meters metres feet acres hectares units cars homes houses points votes seats deaths
cases patients members families residents refugees prisoners civilians rounds
missiles drones rockets vehicles tanks flights passengers calories pages words
""".split())

# Vehicle makes: "a 2006 Mercury", "the 2019 Ford F-150" name a model year, not a date in the story.
VEHICLE_MAKES = frozenset("""
acura audi bmw buick cadillac chevrolet chevy chrysler dodge ferrari fiat ford gmc harley honda hummer hyundai
infiniti isuzu jaguar jeep kawasaki kia lamborghini lexus lincoln mazda mercedes mercedes-benz mercury mini
mitsubishi nissan oldsmobile peugeot plymouth pontiac porsche ram renault saab saturn scion subaru suzuki tesla
toyota volkswagen vw volvo yamaha
""".split())
