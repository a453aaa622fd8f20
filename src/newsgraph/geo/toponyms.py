"""The shared vocabulary of toponym resolution: the Toponym and Group records, the ranking
weights, generic place words, lookup keys and distances (used by recognition and resolution)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Optional, Union

from newsgraph.geo.names import name_key

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
    famous: bool = False  # a team's city ("the Denver Broncos") or a bare dateline: tied only by a stated region
    people_only: bool = True  # every mention is a word for its people ("Texans"), no naming of the place


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def lookup_keys(name: str) -> list[str]:
    """Keys to try for a name, most literal first (possessive, 'the', generic suffix removed)."""
    key = name_key(POSSESSIVE.sub("", name.strip()))
    keys = [key]
    short = GENERIC_SUFFIX.sub("", key)
    if short != key and short:
        keys.append(short)
    return keys
