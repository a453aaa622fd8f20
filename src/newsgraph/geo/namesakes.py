"""Namesakes of great cities: when may the article's context make "London" a small town?

A town GREAT_RATIO times smaller than a great city of its name ("London", Calif. against London)
takes the article's context in full only when the text ties it there (see `resolve.tied`): a
stated region after it, its first-level region or county named outright (not only as the region
of another place: "Little Rock, Arkansas" does not make "Nashville" the Arkansas town), another
name in its county or naming it, or another place within TIED_KM. Context from a country or a
far part of one state does not make "London" and "Paris" its villages. Only a namesake that would
otherwise beat the great city is damped, so the confidence of other readings stays. A city opening
a team's name ("the Denver Broncos") and a dateline without its region are tied only by a stated
region: teams and bare datelines name the great city.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.names import name_key

if TYPE_CHECKING:  # pragma: no cover
    from newsgraph.geo.toponyms import Group, Toponym

GREAT_CITY = 250000
GREAT_RATIO = 50
TIED_KM = 200.0
# A team's nickname after its city: one or two capitalised words, the last a plural ("the Denver
# Broncos", "Portland Trail Blazers", "Philadelphia 76ers"); not the plural words that end place
# names ("Colorado Springs", "Shaker Heights") or newspapers ("Paris News", "Seattle Times").
TEAM_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?P<last>(?:[A-Z][a-z]+|\d+[a-z]*)(?<![su]s)(?<!is)s)\b(?!\s+[A-Z])")
NOT_NICKNAMES = frozenset(
    """news times heights hills springs falls rapids woods plains islands lakes keys mountains highlands flats
    shores pines oaks acres meadows fields estates commons narrows palisades gardens towers parks groves
    ridges beaches harbors forks crossings mills sands rocks bluffs glades cliffs dunes downs""".split()
)


def follows_place(text: str, tops: list[Toponym], top: Toponym) -> bool:
    """True for a name standing right after another place's name and a comma, as the region it
    lies in ("Little Rock, Arkansas")."""
    return any(0 < top.start - other.end <= 3 and text[other.end : top.start].strip() == "," for other in tops)


def beaten_great_city(gaz: Gazetteer, group: Group, scores: list[float], untied: dict[int, float], great: int) -> list[float]:
    """The scores, with the damped score for each untied small namesake that would otherwise
    beat the great city (the others keep theirs, so the confidence of other readings stays)."""
    if not untied:
        return scores
    best_great = max(s for e, s in zip(group.entries, scores) if gaz.population[e] == great)
    return [untied[i] if i in untied and s > best_great else s for i, s in enumerate(scores)]


def county_readings(gaz: Gazetteer, groups: list[Group]) -> dict[str, int]:
    """County (admin2) code -> a group that may name that county itself ("Douglas County"),
    whatever its current reading."""
    found: dict[str, int] = {}
    for g, group in enumerate(groups):
        for entry in group.entries:
            if gaz.feature[entry] == "ADM2" and gaz.admin2[entry]:
                found.setdefault(gaz.admin2[entry], g)
    return found


def great_city(gaz: Gazetteer, group: Group) -> int:
    """The population of the greatest city bearing the group's name (or the name inside it:
    "University of Miami") as its own, if it is at least GREAT_CITY (else 0)."""
    key = f" {group.key} "
    own = [
        gaz.population[e] for e in group.entries
        if gaz.feature[e] in ("PPL", "PPLC", "PPLA") and f" {name_key(gaz.name[e])} " in key
    ]
    best = max(own, default=0)
    return best if best >= GREAT_CITY else 0


def team_name(text: str, top: Toponym) -> bool:
    """True for a city's name opening a team's ("Denver" in "the Denver Broncos beat ...")."""
    if top.kind != "toponym":
        return False
    match = TEAM_AFTER.match(text, top.end)
    return match is not None and match.group("last").lower() not in NOT_NICKNAMES
