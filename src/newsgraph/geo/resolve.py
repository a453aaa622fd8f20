"""Toponym resolution: pick the gazetteer entry each place name in an article refers to.

Candidates come from the name index (primary names, alternate names and spellings such as
Kiev/Kyiv), demonyms ("Ukrainian", "Ohioans"), place names inside longer names
("University of California"), and a cautious fuzzy match for misspellings. They are ranked
by a prior (population and feature class) plus the article's context: regions named right
after the name ("Alexandria, La."), the countries and regions the other names resolve to,
the dateline, and spatial coherence with the other places. All occurrences of one name in
an article share one reading; the confidence is the winner's softmax share.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Optional, Sequence, Union

from rapidfuzz import process
from rapidfuzz.distance import OSA

from newsgraph.geo.gazetteer import Gazetteer, load_gazetteer
from newsgraph.geo.institutions import region_reading
from newsgraph.geo.names import name_key
from newsgraph.geo.namesakes import GREAT_RATIO, TIED_KM, beaten_great_city, county_readings, follows_place, great_city
from newsgraph.model import PlaceMention

MAX_CANDIDATES = 40
FOCUS_CONFIDENCE = 0.05
SAME_PLACE_KM = 50.0
DOMINANT_SHARE = 0.25
NAMESAKE_CITY_SHARE = 0.1  # a region named after its city (Zurich): the bare name is not country-like
FOCUS_WEIGHT = {"PPL": 3.0, "PPLC": 3.0, "ADM2": 3.0, "BLDG": 3.0, "ST": 3.0, "ADM1": 2.0}
ROUNDS = 2
# A metropolis is named in news from anywhere: "New York" says little about which state's
# Augusta an article means. Its region and county count this share as context (tried on LGL
# and GeoWebNews: 0.0, 0.3 and 0.5 all help a little; 0.0 most on GeoWebNews).
METROPOLIS = 1000000
METROPOLIS_SHARE = 0.0
COUNTY_WEIGHT = 4.0  # a county named outright says more than its state does
SHORTENED_POPULATION = 100000  # a place this big keeps its short name (New York City)
FAMOUS_CITY = 1000000  # a great city's name: smaller towns known by it only as a variant are dropped
FAMOUS_RATIO = 100  # ... when the great city is this many times bigger
# Features whose point says little about where in them something is: no proximity reasoning.
BROAD = frozenset({"PCLI", "PCLH", "CONT", "OCN", "SEA", "RGN", "GULF", "MTS", "DSRT", "PEN", "LKS", "PLN", "ADM1"})
COUNTRY_LEVEL = frozenset({"PCLI", "PCLH", "CONT"})
LOCAL = frozenset({"PPL", "PPLC", "ADM2", "BLDG", "ST"})
GENERIC = frozenset(
    """west east north south western eastern northern southern central northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern state valley city county gulf ridge
    capitol congress downtown midtown uptown university college hospital center centre street avenue
    road park lake river island bay mount beach harbor harbour airport station square bridge church
    school hall region province district town village nation republic kingdom empire border coast
    world earth middle interior homeland capital metro mainland overseas abroad""".split()
) | {"city hall", "west coast", "east coast", "north side", "south side", "west side", "east side", "islamic republic"}
SITE_WORDS = frozenset(
    """street st avenue ave road rd drive dr lane ln boulevard blvd way place pl square plaza church
    chapel castle cathedral basilica hospital embassy ministry museum stadium arena hotel inn
    restaurant mall""".split()
)
PEOPLE_SUFFIXES = ("ans", "ns", "ers", "er", "ites", "is", "i")
GENERIC_SUFFIX = re.compile(
    r"\s+(county|co|parish|city|township|twp|town|village|borough|state|province|region|oblast|district|"
    r"river|mountains?|island|lake)$"
)
POSSESSIVE = re.compile(r"['’]s$")
FOLLOWER = re.compile(r"(?:,\s*|\s+in\s+)((?:[A-Z][\w.]*\.?\s?){1,3})")
# "the U.K.'s University of York": a country or region owning the name that holds the place.
POSSESSOR = re.compile(r"((?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*)['’]s\s+(?:[A-Z][\w.&-]*\s+){0,4}(?:(?:of|in|at)\s+)?(?:the\s+)?$")
WORD = re.compile(r"[\w'’.-]+")
# Between two names of one list: "Colorado, Washington", "Orange and Riverside", ", or".
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s)\s*")
CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")
# Coarse kinds for list siblings: a town and a capital are one kind. Only lists of countries,
# states or counties pass their kind on: a list mixing towns with counties or states is common.
KIND = {"PPLC": "PPL", "PCLH": "PCLI"}
LIST_KINDS = frozenset({"PCLI", "ADM1", "ADM2"})
COUNTIES_AFTER = re.compile(r"\s+(?:counties|parishes)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Weights:
    """The knobs of the ranking (tuned on the first halves of LGL and GeoWebNews)."""

    population: float = 1.0
    fame: float = 0.5  # per tenfold more alternate names in GeoNames
    pcli: float = 2.5
    adm1: float = -0.5
    adm2: float = -1.2
    pplc: float = 1.5
    cont: float = 2.0
    curated: float = 7.0
    alternate: float = 2.0
    fuzzy: float = 1.5
    derived: float = 1.5
    demonym: float = 1.0
    hint: float = 12.0  # "Mansfield, MA": a stated region outweighs nearby towns of another state (LGL, GWN gold: no change from 3 or 6)
    owner: float = 6.0  # a country owning the name the place stands in ("the U.K.'s University of York")
    country: float = 1.5
    admin1: float = 2.5
    admin2: float = 2.0
    proximity: float = 1.0
    cap: float = 2.0
    country_mention: float = 0.1  # how much naming a country pulls other names into it
    joint_admin1: float = 0.5  # another name *could* lie in the same first-level region
    joint_admin2: float = 2.0  # another name *could* lie in the same county
    joint_power: float = 0.0  # 1: a county shared with a name found in n counties counts 1/n; 0.5: 1/sqrt(n)
    context_cap: float = 5.0
    dominant_city: float = 1.5
    named_state: float = 0.3  # per naming of the state or county a town lies in, even for country namesakes
    named_state_cap: float = 3.0
    sibling: float = 6.0  # a name listed with others of one kind ("Colorado, Washington and Oregon")
    namesake: float = 0.3  # context weight for a place named like a country  # context can outweigh a prior by at most this much


WEIGHTS = Weights()
Span = Union["Toponym", tuple[int, int]]


@dataclass
class Toponym:
    """A place name to resolve: its span, its kind, and the part of it to look up."""

    start: int
    end: int
    text: str
    kind: str = "toponym"  # toponym | demonym | facility
    name: Optional[str] = None  # the name inside a facility ("Votkinsk" in "Votkinsk plant")


@dataclass
class Group:
    """All occurrences of one name in an article, resolved together."""

    key: str
    members: list[int] = field(default_factory=list)
    entries: list[int] = field(default_factory=list)
    prior: list[float] = field(default_factory=list)
    hints: set[int] = field(default_factory=set)
    owners: set[int] = field(default_factory=set)
    scores: list[float] = field(default_factory=list)
    best: int = -1
    confidence: float = 0.0
    siblings: set[int] = field(default_factory=set)  # groups listed next to this one
    stated_kind: Optional[str] = None  # "ADM2" for a name listed before "counties"
    appositive: bool = True  # every mention follows another place's name and a comma ("Little Rock, Arkansas")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


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


def lookup_keys(name: str) -> list[str]:
    """Keys to try for a name, most literal first (possessive, 'the', generic suffix removed)."""
    key = name_key(POSSESSIVE.sub("", name.strip()))
    keys = [key]
    short = GENERIC_SUFFIX.sub("", key)
    if short != key and short:
        keys.append(short)
    return keys


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
        """The one known key within one edit (a transposition counts once) of `key`, or None."""
        if len(key) < 6:
            return None
        close: list[str] = []
        for size in (len(key) - 1, len(key), len(key) + 1):
            choices = self.buckets.get((key[0], size), ())
            found = process.extract(key, choices, scorer=OSA.distance, score_cutoff=1, limit=3)
            close.extend(k for k, dist, _ in found if dist <= 1)
        return close[0] if len(close) == 1 else None


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
    return [(e, alt) for e, alt in matches if not (gaz.cc[e] in regions and shortened(gaz, e, key))]


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
    cities = [e for e, _ in found if gaz.feature[e] in ("PPL", "PPLC")]
    out = []
    for entry, prior in found:
        if gaz.feature[entry] in ("ADM1", "ADM2") and any(
            gaz.admin1[c] == gaz.admin1[entry] and gaz.population[c] >= DOMINANT_SHARE * gaz.population[entry]
            for c in cities
        ):
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


def make_groups(gaz: Gazetteer, text: str, tops: list[Toponym], w: Weights) -> list[Group]:
    """Group toponyms by lookup key and gather their candidates and local hints."""
    groups: dict[str, Group] = {}
    for i, top in enumerate(tops):
        key, found = region_reading(gaz, text, top.start, *candidates(gaz, top, w))
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key=key, entries=[e for e, _ in found], prior=[p for _, p in found])
        group.members.append(i)
        group.appositive = group.appositive and follows_place(text, tops, top)
        group.hints |= follower_hints(gaz, text, top.end)
        group.owners |= possessor_hints(gaz, text, top.start)
    return list(groups.values())


def link_lists(text: str, tops: list[Toponym], groups: list[Group]) -> None:
    """Mark groups whose names stand in one coordinated list ("Colorado, Washington, Alaska and
    Oregon", "Orange and Riverside"): a run of names separated only by commas and a conjunction.
    A run without a conjunction ("Dallas, Texas, USA") is a place and its regions, not a list."""
    group_of = {i: g for g, group in enumerate(groups) for i in group.members}
    order = sorted(range(len(tops)), key=lambda i: tops[i].start)
    runs: list[list[int]] = []
    conj: list[bool] = []
    for n, cur in enumerate(order):
        end = tops[order[n - 1]].end if n else -1
        gap = text[end : tops[cur].start] if 0 <= end <= tops[cur].start else None
        if gap is not None and LIST_GAP.fullmatch(gap):
            runs[-1].append(cur)
            conj[-1] = conj[-1] or bool(CONJUNCTION.search(gap))
        else:
            runs.append([cur])
            conj.append(False)
    for run, joined in zip(runs, conj):
        if joined and len(run) >= 2:
            members = {group_of[i] for i in run}
            counties = COUNTIES_AFTER.match(text, tops[run[-1]].end) is not None
            for g in members:
                groups[g].siblings |= members - {g}
                if counties:
                    groups[g].stated_kind = "ADM2"


class Context:
    """What the other names of the article resolve to: countries, regions, points."""

    def __init__(self, gaz: Gazetteer, groups: list[Group], anchor: Optional[Group], w: Weights) -> None:
        self.countries: dict[str, list[tuple[int, float]]] = {}
        self.admin1: dict[str, list[tuple[int, float]]] = {}
        self.admin2: dict[str, list[tuple[int, float]]] = {}
        self.points: list[tuple[int, float, float, float]] = []
        self.named_states = named_states(gaz, groups)
        self.standalone = {code for code, (g, _) in self.named_states.items() if not groups[g].appositive}
        self.counties = county_readings(gaz, groups)
        self.list_kind = [list_kind(gaz, groups, group) for group in groups]
        self.joint1 = joint_table(gaz, groups, gaz.admin1, power=0.5)
        self.joint2 = joint_table(gaz, groups, gaz.admin2, power=w.joint_power)
        for g, group in enumerate(groups):
            if group.best >= 0:
                weight = group.confidence * (2.0 if group is anchor else 1.0)
                if gaz.feature[group.best] in COUNTRY_LEVEL:
                    weight *= w.country_mention
                self.add(gaz, g, group.best, weight)

    def add(self, gaz: Gazetteer, g: int, entry: int, weight: float) -> None:
        """Record one group's current reading."""
        if gaz.cc[entry]:
            self.countries.setdefault(gaz.cc[entry], []).append((g, weight))
        local = weight * region_share(gaz, entry)
        if gaz.admin1[entry] and gaz.feature[entry] != "CONT":
            self.admin1.setdefault(gaz.admin1[entry], []).append((g, local))
        if gaz.admin2[entry]:
            self.admin2.setdefault(gaz.admin2[entry], []).append((g, local))
        if gaz.feature[entry] not in BROAD:
            self.points.append((g, gaz.lat[entry], gaz.lon[entry], weight))

    @staticmethod
    def joint(table: dict[str, list[tuple[int, float]]], code: str, g: int, cap: float) -> float:
        """How many other groups have a reading in region `code` (each weighted by 1/its regions)."""
        return min(cap, sum(w for other, w in table.get(code, ()) if other != g)) if code else 0.0

    @staticmethod
    def support(table: dict[str, list[tuple[int, float]]], code: str, g: int, cap: float) -> float:
        """The summed weight of the other groups agreeing on `code` (at most `cap`)."""
        return min(cap, sum(w for other, w in table.get(code, ()) if other != g))

    def proximity(self, lat: float, lon: float, g: int, cap: float) -> float:
        """Weighted closeness to the other groups' points (1 within 50 km, fading by 800 km)."""
        total = 0.0
        for other, plat, plon, weight in self.points:
            if other == g or abs(plat - lat) > 8:
                continue
            d = haversine_km(lat, lon, plat, plon)
            total += weight * (1.0 if d < 50 else 0.6 if d < 200 else 0.25 if d < 800 else 0.0)
        return min(total, cap)




def list_kind(gaz: Gazetteer, groups: list[Group], group: Group) -> Optional[str]:
    """The kind (see KIND) shared by the names listed with this one, when at least two of them
    agree on it: "Colorado, Washington, Alaska and Oregon" are states ("Paris and Henry County"
    is a town and its county); "counties" after the list states the kind outright."""
    if group.stated_kind:
        return group.stated_kind
    kinds = [coarse(gaz, groups[s].best) for s in group.siblings if groups[s].best >= 0]
    if not kinds:
        return None
    top = max(set(kinds), key=kinds.count)
    agree = kinds.count(top)
    if top not in LIST_KINDS:
        return None
    return top if agree >= 2 and agree * 3 >= len(kinds) * 2 else None


def coarse(gaz: Gazetteer, entry: int) -> str:
    feature = gaz.feature[entry]
    return KIND.get(feature, feature)


def region_share(gaz: Gazetteer, entry: int) -> float:
    """How much a reading counts as evidence for its first-level region and county (a
    metropolis: METROPOLIS_SHARE; anything else: fully)."""
    metropolis = gaz.population[entry] >= METROPOLIS and gaz.feature[entry] in ("PPL", "PPLC")
    return METROPOLIS_SHARE if metropolis else 1.0


def named_states(gaz: Gazetteer, groups: list[Group]) -> dict[str, tuple[int, float]]:
    """First-level regions and counties the article names outright ("Illinois", "Scott County"):
    admin1 or admin2 code -> (group, confidence-weighted number of mentions, counties x COUNTY_WEIGHT)."""
    named: dict[str, tuple[int, float]] = {}
    for g, group in enumerate(groups):
        best = group.best
        if best >= 0 and gaz.feature[best] == "ADM1" and gaz.admin1[best]:
            named[gaz.admin1[best]] = (g, len(group.members) * group.confidence)
        elif best >= 0 and gaz.feature[best] == "ADM2" and gaz.admin2[best]:
            named[gaz.admin2[best]] = (g, len(group.members) * group.confidence * COUNTY_WEIGHT)
    return named


def joint_table(gaz: Gazetteer, groups: list[Group], codes: list[str], power: float = 1.0) -> dict[str, list[tuple[int, float]]]:
    """Region code -> [(group, weight)] for every group having some candidate in that region;
    the weight is 1 / (number of regions the group's candidates span), so a name found in
    every state ("Franklin") says little."""
    table: dict[str, list[tuple[int, float]]] = {}
    for g, group in enumerate(groups):
        regions = {codes[e] for e in group.entries if codes[e] and gaz.feature[e] not in COUNTRY_LEVEL}
        for code in regions:
            table.setdefault(code, []).append((g, 1.0 / len(regions) ** power))
    return table


def contains(gaz: Gazetteer, region: int, entry: int) -> bool:
    """True when `entry` is, or lies inside, the country or region `region`."""
    feature = gaz.feature[region]
    if region == entry:
        return True
    if feature == "PCLI":
        return gaz.cc[entry] == gaz.cc[region]
    if feature == "ADM1":
        return gaz.admin1[entry] == gaz.admin1[region]
    if feature == "ADM2":
        return gaz.admin2[entry] == gaz.admin2[region]
    return False


def context_bonus(gaz: Gazetteer, entry: int, g: int, ctx: Context, w: Weights) -> float:
    """Agreement of one candidate with the rest of the article."""
    bonus = w.country * ctx.support(ctx.countries, gaz.cc[entry], g, w.cap)
    if gaz.admin1[entry]:
        bonus += w.admin1 * ctx.support(ctx.admin1, gaz.admin1[entry], g, w.cap)
    if gaz.admin2[entry]:
        bonus += w.admin2 * ctx.support(ctx.admin2, gaz.admin2[entry], g, w.cap)
    bonus += w.joint_admin1 * ctx.joint(ctx.joint1, gaz.admin1[entry], g, w.cap)
    bonus += w.joint_admin2 * ctx.joint(ctx.joint2, gaz.admin2[entry], g, w.cap)
    if gaz.feature[entry] not in BROAD:
        bonus += w.proximity * ctx.proximity(gaz.lat[entry], gaz.lon[entry], g, w.cap)
    return bonus


def state_bonus(gaz: Gazetteer, entry: int, g: int, ctx: Context, w: Weights) -> float:
    """A town, county or site in a first-level region the article names: a local namesake
    ("Paris" in an article about Illinois) is read as the local place."""
    if gaz.feature[entry] not in LOCAL:
        return 0.0
    total = 0.0
    for code in (gaz.admin1[entry], gaz.admin2[entry]):
        named = ctx.named_states.get(code) if code else None
        if named is not None and named[0] != g:
            total += min(w.named_state_cap, named[1])
    return w.named_state * total


def names_country(gaz: Gazetteer, group: Group) -> bool:
    """True when the group's name is a country's, continent's, curated region's or first-level
    region's own name ("China", "Georgia", "Middle East", "Kansas"), unless a city dominates
    that region (the Kyiv and Geneva regions are named after their cities) or a national
    capital bears the name (Washington)."""
    return any(own_region(gaz, group, e) for e in group.entries)


def own_region(gaz: Gazetteer, group: Group, entry: int) -> bool:
    """True when `entry` is a country or region named exactly `group.key` (see names_country)."""
    feature = gaz.feature[entry]
    if name_key(gaz.name[entry]) != group.key:
        return False
    if feature in COUNTRY_LEVEL or gaz.gid[entry] < 0:
        return True
    return feature == "ADM1" and not any(
        gaz.feature[c] == "PPLC" or (gaz.feature[c] == "PPL" and dominates(gaz, c, entry, namesake_share(gaz, c, group)))
        for c in group.entries
    )


def namesake_share(gaz: Gazetteer, city: int, group: Group) -> float:
    """The share of its region's people a city needs to make the bare name its own: less for a
    city named exactly like the region (Zurich) than for one merely found under it."""
    return NAMESAKE_CITY_SHARE if name_key(gaz.name[city]) == group.key else DOMINANT_SHARE


def dominates(gaz: Gazetteer, city: int, region: int, share: float = DOMINANT_SHARE) -> bool:
    """True when `city` lies in first-level region `region` and holds `share` of its people."""
    same = gaz.admin1[city] == gaz.admin1[region]
    return same and gaz.population[city] >= share * gaz.population[region]


def score_group(gaz: Gazetteer, group: Group, g: int, ctx: Optional[Context], w: Weights) -> None:
    """Score each candidate with its prior plus context; keep the best and its confidence.
    Context counts less for namesakes of a country (China, Texas), which need a stated hint."""
    scores: list[float] = []
    damp = w.namesake if names_country(gaz, group) else 1.0
    capitals = {gaz.cc[e] for e in group.entries if gaz.feature[e] == "PPLC"}
    great = great_city(gaz, group)
    untied: dict[int, float] = {}  # candidate index -> its score with context damped (see namesakes.py)
    for entry, prior in zip(group.entries, group.prior):
        score = prior
        if group.hints and any(contains(gaz, h, entry) for h in group.hints):
            score += w.hint
        if group.owners and any(contains(gaz, h, entry) for h in group.owners):
            score += w.owner
        if ctx is not None:
            bonus = context_bonus(gaz, entry, g, ctx, w)
            if gaz.feature[entry] not in COUNTRY_LEVEL and gaz.feature[entry] != "ADM1":
                # a town named like its own country's capital (Washington, N.C.) needs a stated hint
                bonus *= w.namesake if gaz.cc[entry] in capitals and gaz.feature[entry] != "PPLC" else damp
            score += state_bonus(gaz, entry, g, ctx, w)
            if ctx.list_kind[g] is not None and coarse(gaz, entry) == ctx.list_kind[g]:
                score += w.sibling
            if great and gaz.population[entry] * GREAT_RATIO < great and not tied(gaz, group, entry, g, ctx):
                untied[len(scores)] = score + bonus * w.namesake
            score += bonus
        scores.append(score)
    scores = beaten_great_city(gaz, group, scores, untied, great)
    group.scores = scores
    if not scores:
        return
    top = max(range(len(scores)), key=scores.__getitem__)
    group.best = group.entries[top]
    group.confidence = 1.0 / sum(math.exp(s - scores[top]) for s in scores)


def tied(gaz: Gazetteer, group: Group, entry: int, g: int, ctx: "Context") -> bool:
    """True when the text ties a small namesake town to the article: a region stated right
    after the name, its region or county named on its own (not only as the region of another
    place: "Little Rock, Arkansas" does not make "Nashville" the Arkansas town), another name in
    its county or naming it, or another place within TIED_KM."""
    if gaz.feature[entry] not in LOCAL:
        return True
    if group.hints and any(contains(gaz, h, entry) for h in group.hints):
        return True
    if any(code and code in ctx.standalone for code in (gaz.admin1[entry], gaz.admin2[entry])):
        return True
    code = gaz.admin2[entry]
    if code and (any(other != g for other, _ in ctx.admin2.get(code, ())) or ctx.counties.get(code, g) != g):
        return True
    lat, lon = gaz.lat[entry], gaz.lon[entry]
    return any(
        other != g and abs(plat - lat) < 2 and haversine_km(lat, lon, plat, plon) < TIED_KM
        for other, plat, plon, _ in ctx.points
    )


def agreement(gaz: Gazetteer, entries: list[int], scores: list[float], top: int) -> float:
    """Softmax share of the candidates that put the name within SAME_PLACE_KM of the winner
    (a city, its county and its region are one answer, not three rivals)."""
    best = entries[top]
    weights = [math.exp(s - scores[top]) for s in scores]
    same = sum(
        weight
        for entry, weight in zip(entries, weights)
        if entry == best or haversine_km(gaz.lat[best], gaz.lon[best], gaz.lat[entry], gaz.lon[entry]) < SAME_PLACE_KM
    )
    return same / sum(weights)


def resolve_groups(gaz: Gazetteer, groups: list[Group], anchor: Optional[Group], w: Weights) -> None:
    """Resolve every group: first by priors and local hints, then ROUNDS times with context."""
    for g, group in enumerate(groups):
        score_group(gaz, group, g, None, w)
    for _ in range(ROUNDS):
        ctx = Context(gaz, groups, anchor, w)
        for g, group in enumerate(groups):
            score_group(gaz, group, g, ctx, w)


def focus_entry(gaz: Gazetteer, groups: list[Group]) -> Optional[int]:
    """The article's main local place: in the country most of its places lie in, the most (and
    most confidently) named town, county or site; else its region or the country itself."""
    countries: dict[str, float] = {}
    for group in groups:
        if group.best >= 0 and gaz.cc[group.best]:
            countries[gaz.cc[group.best]] = countries.get(gaz.cc[group.best], 0.0) + len(group.members) * group.confidence
    home = max(countries, key=countries.__getitem__) if countries else None
    best, best_score = None, 0.0
    for group in groups:
        if group.best >= 0 and (home is None or gaz.cc[group.best] == home):
            score = len(group.members) * group.confidence * FOCUS_WEIGHT.get(gaz.feature[group.best], 1.0)
            if score > best_score:
                best, best_score = group.best, score
    return best


def as_toponyms(text: str, spans: Sequence[Span]) -> list[Toponym]:
    """Accept (start, end) pairs or Toponym objects."""
    tops = []
    for span in spans:
        if isinstance(span, Toponym):
            tops.append(span)
        else:
            start, end = span
            tops.append(Toponym(start, end, text[start:end]))
    return tops


def mention_for(gaz: Gazetteer, top: Toponym, group: Group) -> PlaceMention:
    """The PlaceMention of one toponym, with up to three alternatives."""
    order = sorted(range(len(group.entries)), key=lambda i: -group.scores[i])
    return PlaceMention(
        start=top.start,
        end=top.end,
        text=top.text,
        place=gaz.place(group.best),
        confidence=round(agreement(gaz, group.entries, group.scores, order[0]), 3),
        kind=top.kind,
        alternatives=[gaz.place(group.entries[i]) for i in order[1:4]],
    )


def resolve_toponyms(
    text: str,
    spans: Sequence[Span],
    *,
    dateline: Optional[int] = None,
    fallback_to_focus: bool = False,
    gazetteer: Optional[Gazetteer] = None,
    weights: Weights = WEIGHTS,
) -> list[Optional[PlaceMention]]:
    """Resolve the place names of one article together.

    `text` is the article body; `spans` are `(start, end)` pairs or `Toponym`s (offsets into
    `text`); `dateline` is the index in `spans` of the dateline place, which weighs double as
    context. Returns one `PlaceMention` per span (role "mentioned"), or None where no entry
    matches the name; with `fallback_to_focus`, such names get the article's main local place
    instead, with confidence 0.05 (a street or building named in a local story is most likely
    in that story's town).
    """
    gaz = gazetteer or load_gazetteer()
    tops = as_toponyms(text, spans)
    groups = make_groups(gaz, text, tops, weights)
    link_lists(text, tops, groups)
    anchor = next((g for g in groups if dateline is not None and dateline in g.members), None)
    resolve_groups(gaz, groups, anchor, weights)
    out: list[Optional[PlaceMention]] = [None] * len(tops)
    for group in groups:
        if group.best >= 0:
            for i in group.members:
                out[i] = mention_for(gaz, tops[i], group)
    if fallback_to_focus:
        fill_from_focus(gaz, tops, out, focus_entry(gaz, groups))
    return out


def fill_from_focus(gaz: Gazetteer, tops: list[Toponym], out: list[Optional[PlaceMention]], focus: Optional[int]) -> None:
    """Give each unresolved name the article's focus place, with confidence FOCUS_CONFIDENCE."""
    if focus is None:
        return
    for i, top in enumerate(tops):
        if out[i] is None:
            out[i] = PlaceMention(top.start, top.end, top.text, gaz.place(focus), confidence=FOCUS_CONFIDENCE, kind=top.kind)
