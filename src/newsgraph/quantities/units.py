"""Units of measurement: hand-written tables, SI prefixes, and conversion to one unit per kind.

The tables below are written by hand for the units news and general prose use (length,
area, volume, mass, speed, temperature, duration, data, energy, power, frequency,
radiation dose, pressure, angles in degrees, arcminutes and arcseconds, percentages),
rarer ones a careful reader knows (barn, light-year, parsec, furlong, fathom, troy
ounce, bushel, mmHg), plus the SI- and binary-prefixed families generated from their
base units ("kilometre", "km", "TeV", "mGy", "kWh", "KiB", …). No pint or quantulum3
at run time: the tables are small, load in a few milliseconds (pint's registry takes
about 0.75 s), and each row says exactly what a surface form means; the tests check
every factor pint also defines against pint's registry. Currencies live in
`currency.py`; counting nouns ("dozen", "gross") in `numbers.py`.

Each kind of quantity converts to one canonical unit (`CANONICAL`): lengths to km
(so "860 miles" → 1384.0 km), areas to km2, volumes to litres, masses to kg, speeds
to km/h, temperatures to °C, durations to seconds, data to bytes, percentages to "%".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

CANONICAL = {
    "length": "km",
    "area": "km2",
    "volume": "L",
    "mass": "kg",
    "speed": "km/h",
    "temperature": "°C",
    "duration": "s",
    "data": "B",
    "energy": "J",
    "power": "W",
    "frequency": "Hz",
    "dose": "Gy",
    "radioactivity": "Bq",
    "pressure": "Pa",
    "percent": "%",
    "percentage_point": "pp",
    "voltage": "V",
    "current": "A",
    "force": "N",
    "angle": "deg",
}


@dataclass(frozen=True)
class Unit:
    """One unit: its name, kind (`dimension`) and factor to the canonical unit of that kind.

    `factor` is None when the unit has no conversion (e.g. a compound like "watt per
    minute"); `offset` is used by temperature scales (°C = value * factor + offset).
    """

    name: str
    dimension: str
    factor: Optional[float] = None
    offset: float = 0.0
    article: bool = False  # may be counted by "a"/"an" ("a mile", "a gallon")
    time: bool = False  # a calendar/clock duration unit (day, week, year, …)
    code: Optional[str] = None  # ISO 4217 code of a currency (its canonical unit)


# name | dimension | factor to canonical | words (plurals listed, "_" joins multiword) | symbols
# A leading "+" on the name lets "a"/"an" count it ("a mile"); "~" marks time units.
_PLAIN_TABLE = """
+mile | length | 1.609344 | mile miles statute_mile statute_miles | mi
+nautical mile | length | 1.852 | nautical_mile nautical_miles | nmi
yard | length | 0.0009144 | yard yards | yd yds
furlong | length | 0.201168 | furlong furlongs |
fathom | length | 0.0018288 | fathom fathoms |
micron | length | 0.000000001 | micron microns |
+light-year | length | 9460730472580.8 | light-year light-years light_year light_years lightyear lightyears |
+astronomical unit | length | 149597870.7 | astronomical_unit astronomical_units |
parsec | length | 30856775814913.67 | parsec parsecs |
foot | length | 0.0003048 | foot feet | ft ′ '
+inch | length | 0.0000254 | inch inches | ″ "
+acre | area | 0.00404685642 | acre acres |
+hectare | area | 0.01 | hectare hectares | ha
+gallon | volume | 3.785411784 | gallon gallons | gal
+barrel | volume | 158.987294928 | barrel barrels | bbl
pint | volume | 0.473176473 | pint pints |
quart | volume | 0.946352946 | quart quarts | qt
cup | volume | 0.2365882365 | cup cups |
tablespoon | volume | 0.01478676478 | tablespoon tablespoons | tbsp Tbsp tbs
teaspoon | volume | 0.00492892159 | teaspoon teaspoons | tsp
fluid ounce | volume | 0.0295735296 | fluid_ounce fluid_ounces | fl_oz
+bushel | volume | 35.23907016688 | bushel bushels |
+pound | mass | 0.45359237 | pound pounds | lb lbs
+troy ounce | mass | 0.0311034768 | troy_ounce troy_ounces | ozt
+ounce | mass | 0.028349523125 | ounce ounces | oz
ton | mass | 1000 | ton tons metric_ton metric_tons | mt MT
stone | mass | 6.35029318 | stone stones |
carat | mass | 0.0002 | carat carats |
mile per hour | speed | 1.609344 | mile_per_hour miles_per_hour miles_an_hour mile_an_hour | mph MPH
kilometre per hour | speed | 1.0 | kilometre_per_hour kilometres_per_hour kilometer_per_hour kilometers_per_hour kilometres_an_hour kilometers_an_hour | km/h km/hr kph kmh kmph
+knot | speed | 1.852 | knot knots | kn kts
mile per gallon | fuel_economy | | mile_per_gallon miles_per_gallon | mpg
degree Celsius | temperature | 1.0 | degree_Celsius degrees_Celsius degree_centigrade degrees_centigrade degrees_C Celsius centigrade | °C ºC ˚C ℃ C
degree Fahrenheit | temperature | 0.5555555555555556 | degree_Fahrenheit degrees_Fahrenheit degrees_F Fahrenheit | °F ºF ˚F ℉ F
kelvin | temperature | 1.0 | kelvin kelvins |
degree | angle | 1.0 | degree degrees | ° º
arcminute | angle | 0.016666666666666666 | arcminute arcminutes arc-minute arc-minutes arc_minute arc_minutes minute_of_arc minutes_of_arc | arcmin amin
arcsecond | angle | 0.0002777777777777778 | arcsecond arcseconds arc-second arc-seconds arc_second arc_seconds second_of_arc seconds_of_arc | arcsec asec
milliarcsecond | angle | 2.777777777777778e-07 | milliarcsecond milliarcseconds | 
radian | angle | 57.29577951308232 | radian radians | 
percent | percent | 1.0 | percent per_cent pct per_centum | % pc
percentage point | percentage_point | 1.0 | percentage_point percentage_points | pp
basis point | percentage_point | 0.01 | basis_point basis_points | bp bps
point | score | | point points |
magnitude | seismic_magnitude | | magnitude |
~second | duration | 1.0 | second seconds sec secs |
~minute | duration | 60 | minute minutes min mins |
~hour | duration | 3600 | hour hours hr hrs | h
~day | duration | 86400 | day days |
~week | duration | 604800 | week weeks |
~month | duration | 2629800 | month months |
~year | duration | 31557600 | year years yr yrs |
~decade | duration | 315576000 | decade decades |
~century | duration | 3155760000 | century centuries |
horsepower | power | 745.69987 | horsepower | hp
British thermal unit | energy | 1055.05585 | British_thermal_unit British_thermal_units | BTU Btu BTUs
pound per square inch | pressure | 6894.757 | pound_per_square_inch pounds_per_square_inch | psi
millimetre of mercury | pressure | 133.322387415 | millimetre_of_mercury millimetres_of_mercury millimeter_of_mercury millimeters_of_mercury | mmHg
decibel | loudness | | decibel decibels | dB
A-weighted decibel | loudness | | A-weighted_decibel A-weighted_decibels | dBA dBa dB(A)
frame per second | frame_rate | | frame_per_second frames_per_second | fps FPS
pixel per inch | pixel_density | | pixel_per_inch pixels_per_inch | ppi PPI
pixel | image_size | | pixel pixels | px
megapixel | image_resolution | | megapixel megapixels | MP
revolution per minute | frequency | 0.0166666667 | revolution_per_minute revolutions_per_minute | rpm RPM
megabit per second | data_rate | | megabit_per_second megabits_per_second | Mbps Mbit/s
kilobit per second | data_rate | | kilobit_per_second kilobits_per_second | kbps kbit/s
gigabit per second | data_rate | | gigabit_per_second gigabits_per_second | Gbps Gbit/s
ton per day | mass_rate | | | tpd
barrel per day | volume_rate | | barrel_per_day barrels_per_day barrels_a_day | bpd b/d
joule second | action | | | Js
candela second | luminous_energy | | | cds
newton metre | torque | | newton_metre newton_metres | Nm
pound-foot | torque | | pound-foot pound-feet foot-pound foot-pounds pound_foot pound_feet | lb-ft lb.-ft. lb·ft lbs-ft ft-lb ft-lbs
cubic foot | volume | 28.316846592 | cubic_foot cubic_feet | cu.ft. cu.ft cu_ft cu._ft. cu_ft. ft³
"""

# SI prefixes: word → (symbol, factor). "u" and "µ" are accepted for micro.
PREFIXES = {
    "yotta": ("Y", 1e24), "zetta": ("Z", 1e21), "exa": ("E", 1e18), "peta": ("P", 1e15),
    "tera": ("T", 1e12), "giga": ("G", 1e9), "mega": ("M", 1e6), "kilo": ("k", 1e3),
    "hecto": ("h", 1e2), "deci": ("d", 1e-1), "centi": ("c", 1e-2), "milli": ("m", 1e-3),
    "micro": ("μ", 1e-6), "nano": ("n", 1e-9), "pico": ("p", 1e-12), "femto": ("f", 1e-15),
    "atto": ("a", 1e-18),
}
BINARY_PREFIXES = {"kibi": ("Ki", 1024.0), "mebi": ("Mi", 1024.0**2), "gibi": ("Gi", 1024.0**3),
                   "tebi": ("Ti", 1024.0**4), "pebi": ("Pi", 1024.0**5)}
_SYMBOL_ALIASES = {"μ": ("µ", "u"), "k": ("K",)}

# base | dimension | factor | words | symbols (bare symbol first; "-" = bare symbol not used alone)
# | symbol prefixes allowed (word prefixes: all decimal ones, binary too for data)
_PREFIXABLE_TABLE = """
+metre | length | 0.001 | metre meter | m | k c m μ n p f a d
+gram | mass | 0.001 | gram gramme | g | k m μ n
+litre | volume | 1.0 | litre liter | l L | m c d μ h
~second | duration | 1.0 | second | s | m μ n
watt | power | 1.0 | watt | W | k M G T m
watt hour | energy | 3600.0 | watt_hour watt-hour | Wh | k M G T
ampere hour | charge | | ampere_hour | Ah | m k
joule | energy | 1.0 | joule | J | k M G T m
electronvolt | energy | 1.602176634e-19 | electronvolt electron_volt electron-volt | eV | k M G T
hertz | frequency | 1.0 | hertz | Hz | k M G T
+byte | data | 1.0 | byte | B | k K M G T P E Ki Mi Gi Ti Pi
bit | data | 0.125 | bit | b bit | k K M G T P
gray | dose | 1.0 | gray | Gy | m μ
sievert | dose | 1.0 | sievert | Sv | m μ
becquerel | radioactivity | 1.0 | becquerel | Bq | k M G T
volt | voltage | 1.0 | volt | V | k m M
ampere | current | 1.0 | ampere amp | -A | m k
pascal | pressure | 1.0 | pascal | Pa | k M G h
newton | force | 1.0 | newton | -N | k M
+tonne | mass | 1000.0 | tonne | t | k M G
ton | mass | 1000.0 | ton | - | 
annum | duration | 31557600.0 | annum | -a | k M G
barn | area | 1e-34 | barn | -b | f p n a
calorie | energy | 4.184 | calorie | cal | k
flop | computing | | flop | -FLOPS -FLOP | G T P E
"""

# Generated symbols that are ordinary words after a number ("5 us", "2 um").
_DENIED_SYMBOLS = {"us", "um", "Ka", "KA", "KN", "KV", "uL", "ul"}
# Bare base words that are ordinary words after a number ("3 flops" at the box office); prefixed forms stay.
_DENIED_WORDS = {"flop", "flops"}
_IRREGULAR_PLURALS = {"foot": "feet", "century": "centuries", "hertz": "hertz", "inch": "inches"}


def _plural(word: str) -> str:
    """The plural of a unit word ("metre" → "metres", "hertz" → "hertz")."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    return word + ("es" if word.endswith(("s", "x", "ch")) else "s")


def _flags(name: str) -> tuple[str, bool, bool]:
    """Strip the "+" (article) and "~" (time) marks from a table name."""
    article = name.startswith("+")
    time = name.startswith("~")
    return name.lstrip("+~"), article, time


def _rows(table: str) -> list[list[str]]:
    return [[c.strip() for c in line.split("|")] for line in table.strip().splitlines()]


def _words(cell: str) -> list[str]:
    return [w.replace("_", " ") for w in cell.split()]


def _load_plain(words: dict[str, Unit], symbols: dict[str, Unit]) -> None:
    """Read the plain table into the word (lower-case) and symbol (case-kept) lookups."""
    for name, dim, factor, word_cell, symbol_cell in _rows(_PLAIN_TABLE):
        name, article, time = _flags(name)
        unit = Unit(name, dim, float(factor) if factor else None, article=article, time=time)
        if dim == "temperature" and name == "degree Fahrenheit":
            unit = Unit(name, dim, 5 / 9, offset=-32 * 5 / 9)
        for word in _words(word_cell):
            words[word.lower()] = unit
        for symbol in _words(symbol_cell):
            symbols[symbol] = unit


def _prefixed(base: Unit, prefix_word: str, factor: float) -> Unit:
    scaled = None if base.factor is None else base.factor * factor
    return Unit(prefix_word + base.name, base.dimension, scaled, article=base.article)


def _symbol_prefixes(cell: str) -> list[str]:
    out = []
    for p in cell.split():
        out.append(p)
        out.extend(_SYMBOL_ALIASES.get(p, ()))
    return out


def _load_prefixable(words: dict[str, Unit], symbols: dict[str, Unit]) -> None:
    """Generate the SI-prefixed families ("kilometre", "km", "TeV", "mGy", …)."""
    factors = {sym: f for sym, f in PREFIXES.values()} | {sym: f for sym, f in BINARY_PREFIXES.values()}
    names = {sym: w for w, (sym, _) in PREFIXES.items()} | {sym: w for w, (sym, _) in BINARY_PREFIXES.items()}
    for name, dim, factor, word_cell, symbol_cell, prefix_cell in _rows(_PREFIXABLE_TABLE):
        name, article, time = _flags(name)
        base = Unit(name, dim, float(factor) if factor else None, article=article, time=time)
        prefix_words = dict(PREFIXES) | (BINARY_PREFIXES if dim == "data" else {})
        for word in _words(word_cell):
            words.setdefault(word.lower(), base)
            for pword, (_, pf) in prefix_words.items():
                words[(pword + word).lower()] = _prefixed(base, pword, pf)
        for symbol in symbol_cell.split():
            if not symbol.startswith("-"):
                symbols.setdefault(symbol, base)
            symbol = symbol.lstrip("-")
            for p in _symbol_prefixes(prefix_cell):
                canonical_p = "μ" if p in ("µ", "u") else ("k" if p == "K" else p)
                symbols.setdefault(p + symbol, _prefixed(base, names[canonical_p], factors[canonical_p]))


def _plural_forms(words: dict[str, Unit]) -> None:
    """Add plurals of every word form ("kilometres", "watt hours", "electronvolts")."""
    for word, unit in list(words.items()):
        head, _, last = word.rpartition(" ")
        if last in ("celsius", "fahrenheit", "centigrade", "c", "f") or " per " in word or " an " in word \
                or " of " in word:
            continue
        plural = (head + " " if head else "") + _plural(last)
        words.setdefault(plural, unit)


def build_lookups() -> tuple[dict[str, Unit], dict[str, Unit]]:
    """The unit tables: (lower-case word → Unit, case-sensitive symbol → Unit)."""
    words: dict[str, Unit] = {}
    symbols: dict[str, Unit] = {}
    _load_plain(words, symbols)
    _load_prefixable(words, symbols)
    _plural_forms(words)
    for symbol in _DENIED_SYMBOLS:
        symbols.pop(symbol, None)
    for word in _DENIED_WORDS:
        words.pop(word, None)
    return words, symbols


UNIT_WORDS, UNIT_SYMBOLS = build_lookups()


def trie_pattern(strings: list[str]) -> str:
    """A regex alternation built as a trie, so matching a long word list stays fast."""
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = True
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        esc = r"\s+" if ch == " " else re.escape(ch)
        branches.append(esc + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    if ends:
        body = body + "?" if len(branches) == 1 and body.startswith("(?:") else f"(?:{body})?"
    return body


def to_canonical(value: float, unit: Optional[Unit]) -> tuple[Optional[float], Optional[str]]:
    """The value in the canonical unit of its kind, and that unit's symbol ((None, None) if none)."""
    if unit is None or unit.factor is None:
        return None, None
    if unit.dimension == "currency":
        return (round_significant(value * unit.factor, value), unit.code) if unit.code else (None, None)
    if unit.dimension not in CANONICAL:
        return None, None
    si = value * unit.factor + unit.offset
    if unit.name == "kelvin":
        si = value - 273.15
    return round_significant(si, value), CANONICAL[unit.dimension]


def round_significant(x: float, stated: float) -> float:
    """Round a converted value to the precision of the stated one (at least 4 figures)."""
    if x == 0:
        return 0.0
    digits = len(re.sub(r"[^0-9]", "", f"{abs(stated):.10g}").lstrip("0")) or 1
    figures = max(4, digits)
    return float(f"{x:.{figures}g}")


def power_unit(unit: Unit, power: int) -> Unit:
    """A unit raised to a power: "square kilometre", "cubic metre", "inverse second"."""
    if power == 1:
        return unit
    if power == 2:
        name, dim = "square " + unit.name, ("area" if unit.dimension == "length" else "other")
        factor = unit.factor**2 if unit.factor and dim == "area" else None
        return Unit(name, dim, factor)
    if power == 3:
        name, dim = "cubic " + unit.name, ("volume" if unit.dimension == "length" else "other")
        factor = unit.factor**3 * 1e12 if unit.factor and dim == "volume" else None
        return Unit(name, dim, factor)
    if power == -1:
        dim = "frequency" if unit.dimension == "duration" else "other"
        factor = 1 / unit.factor if unit.factor and dim == "frequency" else None
        return Unit("inverse " + unit.name, dim, factor)
    return Unit(f"{unit.name}^{power}", "other")


def per_unit(num: Unit, den: Unit) -> Unit:
    """A rate: "kilometre per hour" (a speed, converted), "dollar per kilogram" (kept as is)."""
    name = f"{num.name} per {den.name}"
    if num.dimension == "length" and den.dimension == "duration" and num.factor and den.factor:
        return Unit(name, "speed", num.factor / den.factor * 3600)
    return Unit(name, "rate")


def product_unit(a: Unit, b: Unit) -> Unit:
    return Unit(f"{a.name} {b.name}", "other")
