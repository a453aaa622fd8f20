"""Readers anchored at one position: the number itself, its unit, and its bounds.

Each reader takes the text and a position and returns what it read with the position
after it, or None; `scan.py` strings them together.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Optional

from newsgraph.quantities import patterns as P
from newsgraph.quantities.currency import (
    CURRENCY_WORDS,
    MONEY_SCALES,
    NATIONAL_POUNDS,
    PLAIN_SCALES,
    POUND_STERLING,
    PREFIX_SYMBOLS,
    SCALE_WORDS,
    SUFFIX_SYMBOLS,
    money_unit,
)
from newsgraph.quantities.numbers import FRACTIONS, parse_digits, parse_words
from newsgraph.quantities.units import UNIT_SYMBOLS, UNIT_WORDS, Unit, per_unit, power_unit

KELVIN = Unit("kelvin", "temperature", 1.0)
ARCMINUTE = UNIT_WORDS["arcminute"]
ARCSECOND = UNIT_WORDS["arcsecond"]
KIBIBYTE = UNIT_WORDS["kibibyte"]
KILOMETRE = UNIT_WORDS["kilometre"]
BARN = UNIT_WORDS["barn"]
VIDEO_LINE = Unit("video line", "video_resolution")
MACH = Unit("Mach", "speed", 1234.8)  # the speed of sound at sea level (343 m/s), in km/h
TNT_JOULES_PER_TON = 4.184e9
VAGUE_VALUES = {
    "several hundred": 200.0, "a few hundred": 200.0, "many hundred": 200.0,
    "several thousand": 2000.0, "a few thousand": 2000.0, "many thousand": 2000.0,
    "several million": 2e6, "a few million": 2e6, "many million": 2e6,
    "several billion": 2e9, "a few billion": 2e9, "many billion": 2e9,
    "dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2000.0, "millions": 2e6,
    "billions": 2e9, "tens of thousands": 2e4, "hundreds of thousands": 2e5,
    "tens of millions": 2e7, "hundreds of millions": 2e8,
}
_SCALE_SUFFIX_RE = re.compile(r"(bn|mn|mln|MM|trn|tn|tr|[kKmMbBtT])(?![A-Za-z])")
_SPACED_MONEY_SCALE_RE = re.compile(r"\s(bn|mn|mln|trn|tn|m|b)\b(?!\.\w)")

Adjective = Callable[[int, int], bool]


@dataclass
class Number:
    """A number as read: its value, where it ends, and how it was written."""

    value: float
    end: int
    kind: str  # num | words | money | vague | art | named
    unit: Optional[Unit] = None
    scaled: bool = False  # carried a scale ("1.2 million", "$3bn")
    surface: str = ""
    scale: float = 1.0


def read_number(text: str, m: re.Match) -> Optional[Number]:
    """The number a CANDIDATE_RE hit starts with (scale suffixes and words included)."""
    number = _read_number(text, m)
    return number if number is not None and math.isfinite(number.value) else None


def _read_number(text: str, m: re.Match) -> Optional[Number]:
    kind = m.lastgroup or ""
    if kind == "money":
        return _read_money(text, m)
    if kind == "num":
        value = parse_digits(m.group().lstrip("-−"))
        if value is None:
            return None
        value = -value if m.group()[0] in "-−" else value
        return _with_scale(text, Number(value, m.end(), "num", surface=m.group()), PLAIN_SCALES)
    if kind == "words":
        value, used = parse_words(m.group())
        if value is None:
            return None
        return _with_scale(text, Number(value, m.start() + used, "words", surface=m.group()[:used]), {})
    if kind == "vague":
        key = re.sub(r"\s+", " ", m.group().lower())
        return Number(VAGUE_VALUES[key], m.end(), "vague", surface=m.group())
    if kind == "art":
        return Number(1.0, m.end(), "art", surface=m.group())
    if kind == "frac":
        word = next(w for w in m.group().lower().split() if w in FRACTIONS)
        denominator = FRACTIONS[word]
        return Number(1 / denominator, m.end(), "words", surface=m.group())
    if kind == "named":
        return Number(0.0, m.end(), "named", unit=KELVIN, surface=m.group())
    return None


def _read_money(text: str, m: re.Match) -> Optional[Number]:
    prefix = P.MONEY_PREFIX_RE.match(m.group())
    assert prefix is not None
    symbol = prefix.group().strip()
    rest = m.group()[prefix.end():].strip()
    value = parse_digits(rest.lstrip("-−"))
    if value is None:
        return None
    value = -value if rest[:1] in "-−" else value
    code = "NGN" if symbol == "N" else PREFIX_SYMBOLS.get(symbol, symbol)
    number = Number(value, m.end(), "money", unit=money_unit(code), surface=m.group())
    return _with_scale(text, number, MONEY_SCALES)


def _with_scale(text: str, number: Number, suffixes: dict[str, float]) -> Number:
    """Apply a scale written after the number: "3.5bn", "10M", "1.2 million", "$2 m"."""
    m = _SCALE_SUFFIX_RE.match(text, number.end)
    if m and m.group(1) in "kK" and number.kind == "num":
        read = _k_suffix(text, number, m)
        if read is not None:
            return read
    if m and m.group(1) in suffixes and number.kind in ("num", "money"):
        return _scaled(number, suffixes[m.group(1)], m.end())
    if m and number.kind == "num" and m.group(1) in MONEY_SCALES and _currency_word_at(text, m.end()):
        return _scaled(number, MONEY_SCALES[m.group(1)], m.end())  # "2m euros": millions, not metres
    m = P.SCALE_WORD_RE.match(text, number.end)
    if m:
        return _scaled(number, SCALE_WORDS[re.sub(r"^[\s-]+", "", m.group()).lower()], m.end())
    m = _SPACED_MONEY_SCALE_RE.match(text, number.end)
    if m and number.kind == "money":
        return _scaled(number, MONEY_SCALES[m.group(1)], m.end())
    return number


_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)")


def _currency_word_at(text: str, pos: int) -> bool:
    """A currency named by a word right after `pos` ("… euros", "… dollars")."""
    m = _NEXT_WORD_RE.match(text, pos)
    return m is not None and m.group(1).lower() in CURRENCY_WORDS


def _k_suffix(text: str, number: Number, m: re.Match) -> Optional[Number]:
    """A "K" read from its context: kelvin, kibibytes ("64K of RAM"), a race in km, or thousands."""
    end = m.end()
    if m.group(1) == "K" and _temperature_context(text, number.end):
        return Number(number.value, end, number.kind, KELVIN, surface=number.surface)
    if number.value == int(number.value) and _cue_in_sentence(text, number.end, P.MEMORY_CUE_RE):
        return Number(number.value, end, number.kind, KIBIBYTE, surface=number.surface)
    if P.K_RACE_AFTER_RE.match(text, end):
        return Number(number.value, end, number.kind, KILOMETRE, surface=number.surface)
    if m.group(1) == "K" and P.K_COUNT_AFTER_RE.match(text, end):
        return _scaled(number, 1e3, end)
    return None


def _scaled(number: Number, factor: float, end: int) -> Number:
    value = round(number.value * factor, 6)
    return Number(value, end, number.kind, number.unit, True, number.surface, factor)


def _temperature_context(text: str, pos: int) -> bool:
    return _cue_near(text, pos, P.TEMPERATURE_CUE_RE)


def _cue_near(text: str, pos: int, cue: re.Pattern) -> bool:
    """Whether `cue` occurs in the sentence around pos (from its last full stop, up to 60 characters on)."""
    start = max(0, text.rfind(".", max(0, pos - 120), max(0, pos - 8)) + 1, pos - 120)
    return bool(cue.search(text, start, min(len(text), pos + 60)))


def read_unit(text: str, number: Number, adjective: Optional[Adjective] = None) -> Optional[tuple[Unit, int]]:
    """The unit written after a number, with powers and rates ("km/s2", "$ per kg"), or None."""
    pos = number.end
    if number.kind == "num" and number.surface in P.VIDEO_LINES and P.VIDEO_LINES_AFTER_RE.match(text, pos):
        return VIDEO_LINE, pos + 1  # "720p", "1080i": lines of a video format
    times = P.TIMES_PER_RE.match(text, pos)
    if times:
        found = _base_unit(text, times.end(), number)
        if found and found[0].time:
            return Unit(f"count per {found[0].name}", "rate"), found[1]
    if P.HYPHEN_UNIT_RE.match(text, pos):
        pos += 1
    found = _base_unit(text, pos, number, first=True) or _gap_unit(text, pos, number, adjective)
    if found is None:
        return None
    unit, end = _powered(text, *found)
    if unit.dimension == "mass" and unit.name.endswith(("ton", "tonne")):
        unit = explosive_yield(text, unit, number.end, end)
    return read_rates(text, unit, end)


def explosive_yield(text: str, unit: Unit, pos: int, end: int) -> Unit:
    """"a 15-kiloton bomb", "equivalent to 1,000 tons of TNT": a yield, an energy (4.184 GJ a ton).

    Kilotons and megatons near words of bombs and blasts are yields; plain tons only
    "equivalent to … of TNT" ("seized 3 tons of explosives" is a mass).
    """
    if unit.factor is None:
        return unit
    if unit.name.startswith(("kilo", "mega")):
        ok = _cue_in_sentence(text, pos, P.EXPLOSIVE_CUE_RE) or _cue_in_sentence(text, pos, P.YIELD_CUE_RE)
    else:
        ok = bool(P.TNT_AFTER_RE.match(text, end) and P.EQUIVALENT_BEFORE_RE.search(text, max(0, pos - 40), pos))
    return Unit(f"{unit.name} of TNT", "energy", unit.factor / 1000 * TNT_JOULES_PER_TON) if ok else unit


def _cue_in_sentence(text: str, pos: int, cue: re.Pattern) -> bool:
    """Whether `cue` occurs in the sentence of pos (up to 120 characters either side)."""
    start = text.rfind(". ", max(0, pos - 120), pos) + 1 or max(0, pos - 120)
    stop = text.find(". ", pos, pos + 120)
    return bool(cue.search(text, start, stop if stop >= 0 else min(len(text), pos + 120)))


def _base_unit(text: str, pos: int, number: Number, first: bool = False) -> Optional[tuple[Unit, int]]:
    """One unit (symbol or word, "square"/"cubic" allowed) starting at pos (one space allowed).

    `first` is true for the unit right after the number, where a glued "s" is a plural
    ("1990s"), not seconds.
    """
    spaced = pos + 1 if pos < len(text) and text[pos] in " \u00a0\u202f" else pos
    area = P.AREA_PREFIX_RE.match(text, spaced)
    if area:
        inner = _base_unit(text, area.end(), number)
        if inner and inner[0].dimension == "length":
            return power_unit(inner[0], 3 if area.group(1).lower().startswith("cu") else 2), inner[1]
        return None
    candidates = [c for c in (_symbol(text, pos, spaced, number, first), _word(text, spaced, number)) if c]
    if not candidates:
        return _inch(text, pos, number)
    return max(candidates, key=lambda c: c[1])


def _symbol(text: str, pos: int, spaced: int, number: Number, first: bool) -> Optional[tuple[Unit, int]]:
    m = P.UNIT_SYMBOL_RE.match(text, spaced)
    if m is None:
        return None
    symbol = m.group()
    if symbol in ("'", '"', "′", "″"):
        return _quote_unit(text, pos, spaced, number, UNIT_SYMBOLS[symbol])
    if number.kind not in ("num", "money", "named") and len(symbol) == 1:
        return None
    if symbol in ("°", "º"):
        return _degree(text, m.end(), number)
    if symbol in ("C", "F") and (number.kind != "num" or text[m.end():m.end() + 1] == "."):
        return None
    if symbol == "s" and spaced == pos and first:
        return None
    if symbol == "b" and _cue_in_sentence(text, pos, P.BARN_CUE_RE):
        return BARN, m.end()
    return UNIT_SYMBOLS[symbol], m.end()


def _quote_unit(text: str, pos: int, spaced: int, number: Number, unit: Unit) -> Optional[tuple[Unit, int]]:
    """' and " as feet and inches: only glued to digits and never closing a quotation."""
    if spaced != pos or number.kind != "num":
        return None
    window = max(0, pos - 300)
    before = text[max(text.rfind("\n", window, pos), window):pos]
    quote = text[pos]
    if quote in "'\"":
        count = len(re.findall(r'(?<!\d)"', before)) if quote == '"' else len(re.findall(r"(?<![A-Za-z])'|'(?![A-Za-z])", before))
        if count % 2:
            return None
    if _is_arc(text, pos, number, unit):
        return (ARCMINUTE if unit.name == "foot" else ARCSECOND), pos + 1
    if unit.name == "foot":
        return _feet_and_inches(text, pos + 1, number, unit)
    return unit, pos + 1


def _is_arc(text: str, pos: int, number: Number, unit: Unit) -> bool:
    """Primes as minutes and seconds of arc: after degrees ("23° 26′") or near sky words."""
    start = pos - len(number.surface)
    dms = P.DMS_MINUTES_BEFORE_RE if unit.name == "foot" else P.DMS_SECONDS_BEFORE_RE
    if dms.search(text, max(0, start - 12), start):
        return True
    return _cue_in_sentence(text, pos, P.ANGLE_CUE_RE) and not P.INSTRUMENT_AFTER_RE.match(text, pos + 1)


def _feet_and_inches(text: str, end: int, number: Number, foot: Unit) -> tuple[Unit, int]:
    """"6'2\"": feet and inches in one length, in feet (the number's value is updated)."""
    m = P.INCHES_AFTER_FOOT_RE.match(text, end)
    if m is None:
        return foot, end
    inches = parse_digits(m.group(1))
    if inches is None or inches >= 12:
        return foot, end
    number.value += inches / 12
    return foot, m.end()


def _degree(text: str, end: int, number: Number) -> tuple[Unit, int]:
    """A bare degree sign: a temperature when the scale is named just after, else an angle.

    An angle's minutes and seconds ("23° 26′ 21″") join it, in degrees (the number's
    value is updated).
    """
    m = P.DEGREE_SCALE_RE.match(text, end)
    if m:
        scale = m.group("scale").lower()
        return UNIT_WORDS["fahrenheit" if scale == "fahrenheit" else "celsius"], end
    dms = P.DMS_AFTER_DEGREE_RE.match(text, end)
    if dms and float(dms.group(1)) < 60 and float(dms.group(2) or 0) < 60:
        number.value += float(dms.group(1)) / 60 + float(dms.group(2) or 0) / 3600
        end = dms.end()
    return UNIT_SYMBOLS["°"], end


def _capital_abbreviation(word: str) -> bool:
    """"HR", "HRs": capitals that spell no unit symbol ("KM", "FT" do) are an abbreviation of something else."""
    bare = word[:-1] if word.endswith("s") and len(word) > 2 else word
    return bare.isupper() and len(bare) <= 3 and bare not in UNIT_SYMBOLS and bare.lower() not in UNIT_SYMBOLS


def _word(text: str, spaced: int, number: Number) -> Optional[tuple[Unit, int]]:
    word = P.UNIT_WORD_RE.match(text, spaced)
    if word is not None and _capital_abbreviation(word.group()):
        word = None  # "203 HR" (home runs), "40 MIN" in a table: a capitalised abbreviation, not "hr"
    money = P.CURRENCY_WORD_RE.match(text, spaced)
    if money and (word is None or money.end() >= word.end()):
        return CURRENCY_WORDS[re.sub(r"\s+", " ", money.group().lower())], money.end()
    if word is None:
        return _bare_national_money(text, spaced, number) or _money_suffix(text, spaced, number)
    unit = UNIT_WORDS[re.sub(r"\s+", " ", word.group().lower())]
    if unit.name == "pound" and _pound_is_money(text, number, word.end()):
        unit = _pound_currency(text, number.end)
    return unit, word.end()


_NATIONAL_POUND_RE = re.compile(rf"(?i:\b({'|'.join(NATIONAL_POUNDS)})\s+pounds?\b)")


def _pound_currency(text: str, pos: int) -> Unit:
    """Sterling, unless the text has named another pound before ("8,000 Egyptian pounds ... 22,000 pounds")."""
    named = None
    for named in _NATIONAL_POUND_RE.finditer(text, 0, pos):
        pass
    return POUND_STERLING if named is None else money_unit(NATIONAL_POUNDS[named.group(1).lower()])


# "2.5 trillion won", "150 billion shillings": a currency named without its country, which the
# text names elsewhere (or a scale word makes "won" money: "2.8 billion won had been embezzled").
_WON_RE = re.compile(r"won\b(?!\s+(?:the|a|an|by|over|their|his|her|its|our)\b)")
_SHILLINGS_RE = re.compile(r"shillings?\b")
_KOREA_RE = re.compile(r"\bKorea")
_SHILLING_COUNTRY_RE = re.compile(r"\b(Kenya|Ugand|Tanzani|Somali)")
_SHILLING_CODES = {"Kenya": "KES", "Ugand": "UGX", "Tanzani": "TZS", "Somali": "SOS"}


def _bare_national_money(text: str, spaced: int, number: Number) -> Optional[tuple[Unit, int]]:
    """"2.5 trillion won" (KRW), "150 billion shillings" in a Kenyan story (KES)."""
    if number.kind not in ("num", "words"):
        return None
    won = _WON_RE.match(text, spaced)
    if won is not None and (number.scaled or _KOREA_RE.search(text)):
        return money_unit("KRW"), won.end()
    shillings = _SHILLINGS_RE.match(text, spaced)
    country = _SHILLING_COUNTRY_RE.search(text) if shillings is not None else None
    if shillings is not None and country is not None:
        return money_unit(_SHILLING_CODES[country.group(1)]), shillings.end()
    return None


_RESOLUTIONS = frozenset((144, 240, 360, 480, 576, 720))  # "720p": video lines, not pence


def _money_suffix(text: str, spaced: int, number: Number) -> Optional[tuple[Unit, int]]:
    """"15€", "5 USD": a currency written after a plain number."""
    if number.kind not in ("num", "words"):
        return None
    m = P.SUFFIX_SYMBOL_RE.match(text, spaced)
    if m:
        return money_unit(SUFFIX_SYMBOLS[m.group()]), m.end()
    m = P.PENCE_RE.match(text, number.end)
    if m and number.kind == "num" and number.value < 1000 and number.value not in _RESOLUTIONS:
        return CURRENCY_WORDS["pence"], m.end()  # "95p", "12p a litre": pence
    m = P.ISO_AFTER_RE.match(text, spaced)
    if m:
        return money_unit(m.group().strip()), m.end()
    return None


def _pound_is_money(text: str, number: Number, end: int) -> bool:
    """"20 million pounds" is money, "a twenty-pound bag" and "a pound of coal" are mass."""
    if number.scaled:
        return True
    if text[number.end:number.end + 1] == "-" or re.match(r"\s+of\b", text[end:end + 4]):
        return False
    window = text[max(0, number.end - 80):end + 60]
    if P.MASS_CUE_RE.search(window):
        return False
    return bool(P.MONEY_CUE_RE.search(window))


def _inch(text: str, pos: int, number: Number) -> Optional[tuple[Unit, int]]:
    m = P.INCH_RE.match(text, pos)
    if m and number.kind in ("num", "words"):
        return UNIT_WORDS["inch"], m.end()
    return None


def _gap_unit(text: str, pos: int, number: Number, adjective: Optional[Adjective]) -> Optional[tuple[Unit, int]]:
    """"100 frontline miles", "three more years": one adjective between number and unit word."""
    gap = P.GAP_WORD_RE.match(text, pos)
    if gap is None or number.value == 1 or number.kind not in ("num", "words"):
        return None
    ok = adjective(gap.start(1), gap.end(1)) if adjective else gap.group(1) in P.GAP_WORDS
    word = P.UNIT_WORD_RE.match(text, gap.end() + 1)
    if not ok or word is None or not word.group().lower().endswith("s"):
        return None
    unit = UNIT_WORDS[word.group().lower()]
    if unit.dimension not in ("length", "area", "duration", "mass", "volume"):
        return None
    if unit.dimension == "volume" and gap.group(1).lower() in P.SIZE_WORDS:
        return None  # "four small cups", "two large barrels": vessels counted, not a volume
    return unit, word.end()


def _powered(text: str, unit: Unit, end: int) -> tuple[Unit, int]:
    m = P.POWER_RE.match(text, end)
    if m is None:
        return unit, end
    token = m.group(1) or m.group(2) or m.group(3) or "-1"
    power = {"2": 2, "3": 3, "²": 2, "³": 3, "squared": 2, "cubed": 3}.get(token, -1)
    return power_unit(unit, power), m.end()


_SLASH_MONTH_RE = re.compile(r"(?i:mos?|mth)\b")


def read_rates(text: str, unit: Unit, end: int) -> tuple[Unit, int]:
    """Denominators after a unit: "km/h", "$15.4/hour", "$80 a barrel", "J/m^2 per year"."""
    for _ in range(2):
        sep = P.DENOMINATOR_RE.match(text, end)
        den = _base_unit(text, sep.end(), Number(1.0, sep.end(), "num")) if sep else None
        if sep is not None and den is None and sep.group().strip() == "/":
            mo = _SLASH_MONTH_RE.match(text, sep.end())  # "$4.99/mo": the price-list abbreviation of month
            den = (UNIT_WORDS["month"], mo.end()) if mo else None
        if sep is None or den is None or not _denominator_ok(sep.group().strip(), den[0]):
            break
        den_unit, end = _powered(text, *den)
        unit = per_unit(unit, den_unit)
    return unit, end


def _denominator_ok(separator: str, unit: Unit) -> bool:
    """"per"/"/" take any unit but money and percent; "a"/"each" only time, volume, mass, size."""
    if unit.dimension in ("currency", "percent"):
        return False
    return separator in ("/", "per") or unit.time or unit.dimension in ("volume", "mass", "length", "area")


_SMALL_WORD_RE = re.compile(
    r"(?i:two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?i:hundred|thousand|million|billion|trillion|dozen))")


def read_bound_before(text: str, start: int) -> tuple[Optional[str], int]:
    """("low" | "high" | "approx", start of the bound words) for "more than", "nearly", …"""
    m = P.BOUND_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None:
        return None, start
    if m.group().strip().lower() == "over" and _SMALL_WORD_RE.match(text, start):
        return None, start  # "over two spells in charge": across them, not more than two
    return m.lastgroup, m.start()


def read_bound_after(text: str, end: int) -> tuple[Optional[str], int]:
    """Bounds written after the quantity: "100+", "or more", "or so", "-odd"."""
    m = P.BOUND_AFTER_RE.match(text, end)
    if m is None:
        return None, end
    return m.lastgroup, m.end()
