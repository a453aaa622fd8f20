"""Candidate readings of one place name: entries from the name index (primary and alternate
names), demonyms ("Ukrainian", "Ohioans"), places inside longer names ("University of
California") and a cautious fuzzy match for misspellings, each with its prior (population and
feature class); and the local hints after or before a name ("Alexandria, La.", "the U.K.'s
University of York")."""

from __future__ import annotations

import math
import re
from typing import Optional

from rapidfuzz import process
from rapidfuzz.distance import OSA

from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.names import name_key
from newsgraph.geo.toponyms import COUNTRY_LEVEL, GENERIC, LOCAL, PEOPLE_SUFFIXES, SITE_WORDS, Toponym, Weights, lookup_keys

MAX_CANDIDATES = 40
DOMINANT_SHARE = 0.25
SHORTENED_POPULATION = 100000  # a place this big keeps its short name (New York City)
FAMOUS_CITY = 1000000  # a great city's name: smaller towns known by it only as a variant are dropped
FAMOUS_RATIO = 100  # ... when the great city is this many times bigger
FOLLOWER = re.compile(r"(?:,\s*|\s+in\s+)((?:[A-Z][\w.]*\.?\s?){1,3})")
# "the U.K.'s University of York": a country or region owning the name that holds the place.
POSSESSOR = re.compile(r"((?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*)['’]s\s+(?:[A-Z][\w.&-]*\s+){0,4}(?:(?:of|in|at)\s+)?(?:the\s+)?$")
WORD = re.compile(r"[\w'’.-]+")


def entry_prior(gaz: Gazetteer, entry: int, w: Weights) -> float:
    """How likely an entry is a priori: log population plus a feature-class bonus."""
    if gaz.gid[entry] < 0:
        return w.curated * w.population
    feature = gaz.feature[entry]
    base = w.population * math.log10(gaz.population[entry] + 10)
    if feature == "CONT":
        return 8.0 * w.population + w.cont
    bonus = {"PCLI": w.pcli, "ADM1": w.adm1, "ADM2": w.adm2, "PPLC": w.pplc}.get(feature, 0.0)
    return base + bonus + w.fame * math.log10(1 + gaz.fame[entry])


def known(gaz: Gazetteer, entry: int, min_population: int) -> bool:
    """A place well known enough to trust a loose match: populous, a country, region or curated."""
    feature = gaz.feature[entry]
    return gaz.population[entry] >= min_population or gaz.gid[entry] < 0 or feature in ("PCLI", "ADM1", "CONT")


class FuzzyIndex:
    """Keys of well-known places, for repairing misspellings ("Donestk" -> "Donetsk").

    Keys are bucketed by first letter and length, so a query compares against a few hundred."""

    def __init__(self, gaz: Gazetteer, min_population: int = 100000) -> None:
        self.buckets: dict[tuple[str, int], list[str]] = {}
        for key, value in gaz.index.items():
            codes = (value,) if isinstance(value, int) else value
            if len(key) >= 5 and any(known(gaz, c >> 1, min_population) for c in codes if not c & 1):
                self.buckets.setdefault((key[0], len(key)), []).append(key)

    def match(self, key: str) -> Optional[str]:
        """The one known key within one edit (a transposition counts once) of `key`, or None. A
        plural of a place's name ("the Buffalos", a team) is another word, not a misspelling."""
        if len(key) < 6:
            return None
        close: list[str] = []
        for size in (len(key) - 1, len(key), len(key) + 1):
            choices = self.buckets.get((key[0], size), ())
            found = process.extract(key, choices, scorer=OSA.distance, score_cutoff=1, limit=3)
            close.extend(k for k, dist, _ in found if dist <= 1)
        if len(close) != 1 or key == close[0] + "s":
            return None
        return close[0]


_FUZZY: dict[int, FuzzyIndex] = {}


def fuzzy_index(gaz: Gazetteer) -> FuzzyIndex:
    """The fuzzy index of a gazetteer, built once on first need."""
    if id(gaz) not in _FUZZY:
        _FUZZY[id(gaz)] = FuzzyIndex(gaz)
    return _FUZZY[id(gaz)]


def name_candidates(gaz: Gazetteer, key: str, w: Weights) -> list[tuple[int, float]]:
    """Entries named `key`, with their priors, best MAX_CANDIDATES first."""
    if key in GENERIC:
        return []
    matches = gaz.lookup(key)
    own = {gaz.feature[e] for e, alt in matches if not alt and not shortened(gaz, e, key)}  # not "Kosovo Polje"
    if own & {"PCLI", "ADM1"} and not own & LOCAL:
        # a country's or region's own name: towns known by it only as an alternate ("Minneota"
        # once spelt "Minnesota") would win on proximity to the very places inside the region
        matches = [(e, alt) for e, alt in matches if not alt or gaz.feature[e] != "PPL" or known(gaz, e, 100000)]
    matches = drop_shortened(gaz, drop_renamed(gaz, matches), key)
    found = [(e, entry_prior(gaz, e, w) - (w.alternate if alt else 0.0)) for e, alt in matches]
    found = prefer_dominant_city(gaz, found, w)
    found.sort(key=lambda pair: -pair[1])
    return found[:MAX_CANDIDATES]


def drop_renamed(gaz: Gazetteer, matches: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    """Without the small towns known by a great city's name only as a former or variant name
    ("Moscow" is not Dalton, Ohio, once called Moscow)."""
    own = [gaz.population[e] for e, alt in matches if not alt and gaz.feature[e] in ("PPL", "PPLC")]
    famous = max(own, default=0)
    if famous < FAMOUS_CITY:
        return matches
    return [(e, alt) for e, alt in matches if not (alt and gaz.population[e] * FAMOUS_RATIO < famous)]


def drop_shortened(gaz: Gazetteer, matches: list[tuple[int, bool]], key: str) -> list[tuple[int, bool]]:
    """Without the towns found under the first words of their name where a region or country of
    their own country bears that name itself (see `shortened`)."""
    regions = {gaz.cc[e] for e, alt in matches if gaz.feature[e] in ("PCLI", "ADM1") and not alt}
    if not regions:
        return matches
    return [(e, alt) for e, alt in matches
            if not (gaz.cc[e] in regions and (shortened(gaz, e, key) or region_city(gaz, e, key)))]


def region_city(gaz: Gazetteer, entry: int, key: str) -> bool:
    """True for a city named after its region or country plus "City" and short of a metropolis:
    "Oklahoma" alone names the state, not Oklahoma City ("Oklahoma lawmakers"); "Panama" the
    country. New York City and Mexico City keep the short name news gives them."""
    return name_key(gaz.name[entry]) == key + " city" and gaz.population[entry] < FAMOUS_CITY


def shortened(gaz: Gazetteer, entry: int, key: str) -> bool:
    """True for a town found under the first words of its name ("Montana" for Montana City,
    "Idaho" for Idaho Springs). Such a town is dropped when a region or country of its own
    country bears the name itself: "Montana" there means the state. A city keeps its short
    name (New York City), and so does a town abroad (Kingston upon Thames, not in Jamaica)."""
    small = gaz.population[entry] < SHORTENED_POPULATION  # not New York City for "New York"
    return small and gaz.feature[entry] == "PPL" and name_key(gaz.name[entry]).startswith(key + " ")


def prefer_dominant_city(gaz: Gazetteer, found: list[tuple[int, float]], w: Weights) -> list[tuple[int, float]]:
    """A region named after the city that dominates it (New York, Kyiv, Geneva) is, when named
    bare, usually the city: lower such regions below their city."""
    biggest: dict[str, int] = {}  # admin1 -> the largest population of a city candidate in it
    for e, _ in found:
        if gaz.feature[e] in ("PPL", "PPLC"):
            biggest[gaz.admin1[e]] = max(biggest.get(gaz.admin1[e], 0), gaz.population[e])
    out = []
    for entry, prior in found:
        if gaz.feature[entry] in ("ADM1", "ADM2"):
            city = biggest.get(gaz.admin1[entry])
            if city is not None and city >= DOMINANT_SHARE * gaz.population[entry]:
                prior -= w.dominant_city
        out.append((entry, prior))
    return out


def demonym_candidates(gaz: Gazetteer, key: str, w: Weights) -> list[tuple[int, float]]:
    """The place a demonym ("Ukrainian", "Americans") belongs to, as a strong candidate."""
    entry = gaz.demonyms.get(key)
    if entry is None and key.endswith("s"):
        entry = gaz.demonyms.get(key[:-1])
    if entry is None:
        return []
    return [(entry, entry_prior(gaz, entry, w) + w.demonym)]


def derived_candidates(gaz: Gazetteer, key: str, w: Weights) -> list[tuple[int, float]]:
    """Places behind a word for their people ("Ohioans" -> Ohio, "Londoner" -> London)."""
    for suffix in PEOPLE_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 4:
            found = [(e, p - w.derived) for e, p in name_candidates(gaz, key[: -len(suffix)], w) if known(gaz, e, 100000)]
            if found:
                return found
    return []


def inner_candidates(gaz: Gazetteer, name: str, w: Weights) -> list[tuple[int, float]]:
    """A well-known place named inside a longer name ("University of California" -> California,
    "European Central Bank" -> Europe); none for streets and buildings ("Atlantic Avenue"),
    which are better placed at the article's focus than at a namesake town."""
    words = WORD.findall(name)
    if not words or {name_key(words[0]), name_key(words[-1])} & SITE_WORDS:
        return []
    if name_key(words[0]) in gaz.demonyms:
        return demonym_candidates(gaz, name_key(words[0]), w)
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            key = name_key(" ".join(words[i : i + size]))
            if len(key) < 2 or key in GENERIC:
                continue
            found = [
                (e, entry_prior(gaz, e, w) - w.derived)
                for e, alt in gaz.lookup(key)
                if not alt and known(gaz, e, 100000) and (len(key) > 2 or gaz.feature[e] in COUNTRY_LEVEL)
            ]
            if found:
                return found
    return []


def candidates(gaz: Gazetteer, top: Toponym, w: Weights) -> tuple[str, list[tuple[int, float]]]:
    """(group key, [(entry, prior)]) for one toponym; an empty list when nothing matches."""
    name = (top.name or top.text).strip()
    entry = gaz.surface.get(name, gaz.surface.get(name + "."))
    if entry is not None:
        return name_key(name), [(entry, entry_prior(gaz, entry, w) + w.demonym)]
    keys = lookup_keys(name)
    if top.kind == "demonym" or keys[0] in gaz.demonyms or keys[0][:-1] in gaz.demonyms:
        found = demonym_candidates(gaz, keys[0], w)
        if found and top.kind == "demonym":
            return keys[0], found  # "the Canadian border": Canada, never Canadian, Texas
        if found:
            return keys[0], found + name_candidates(gaz, keys[0], w)
    for key in keys:
        found = name_candidates(gaz, key, w)
        if found:
            return key, found
    return keys[0], loose_candidates(gaz, name, keys[0], w)


def loose_candidates(gaz: Gazetteer, name: str, key: str, w: Weights) -> list[tuple[int, float]]:
    """Candidates for a name with no exact match: people-words, misspellings, inner names."""
    found = derived_candidates(gaz, key, w)
    if found:
        return found
    fixed = fuzzy_index(gaz).match(key)
    if fixed:
        return [(e, p - w.fuzzy) for e, p in name_candidates(gaz, fixed, w)]
    return inner_candidates(gaz, name, w)


def follower_hints(gaz: Gazetteer, text: str, end: int) -> set[int]:
    """Regions or countries named right after a place ("Alexandria, La.", "Paris, Texas")."""
    match = FOLLOWER.match(text, end, min(len(text), end + 40))
    if not match:
        return set()
    words = match.group(1).split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        if phrase in gaz.surface:
            return {gaz.surface[phrase]}
        if phrase in gaz.postal and text[end : end + 1] == ",":
            return {gaz.postal[phrase]}
        found = {e for e, _ in gaz.lookup(name_key(phrase)) if gaz.feature[e] in ("ADM1", "PCLI", "ADM2")}
        if found:
            return found
    return set()


def possessor_hints(gaz: Gazetteer, text: str, start: int) -> set[int]:
    """A country or first-level region owning the name a place stands in ("the U.K.'s
    University of York", "Nigeria's Federal Capital Territory")."""
    match = POSSESSOR.search(text, max(0, start - 80), start)
    if not match:
        return set()
    phrase = match.group(1)
    if phrase in gaz.surface:
        return {gaz.surface[phrase]}
    return {e for e, alt in gaz.lookup(name_key(phrase)) if not alt and gaz.feature[e] in ("ADM1", "PCLI")}
