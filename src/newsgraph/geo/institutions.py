"""Places read through the institution named after them.

A university "of" a name that is both a first-level region and a town or capital is the
region's when the region is a state-sized one that dwarfs the towns so named: "the
University of Washington" is the state's university (in Seattle), not one in
the capital; "the University of Georgia" the US state's. The state's reading is kept alone, and
the name is grouped apart from the article's other mentions of it ("Washington said").
"""

from __future__ import annotations

import re

from newsgraph.geo.gazetteer import Gazetteer

UNIVERSITY_OF = re.compile(r"\bUniversity\s+of\s+(?:the\s+)?$")
REACH = 24  # characters before the name searched for "University of"
# A region this populous is a state or province with its own university ("University of
# Washington"); a small parish named like a saint ("University of St. Thomas") is not meant.
STATE_POPULATION = 1000000
OUTWEIGHS = 3  # the region must be this many times as populous as any town or city so named
LOCAL_FEATURES = frozenset({"PPL", "PPLC", "PPLA", "ADM2"})


def region_reading(
    gaz: Gazetteer, text: str, start: int, key: str, found: list[tuple[int, float]]
) -> tuple[str, list[tuple[int, float]]]:
    """(group key, candidates) for the name at `start`: only its first-level region readings
    after "University of" when it has one, else unchanged."""
    if not found or UNIVERSITY_OF.search(text, max(0, start - REACH), start) is None:
        return key, found
    regions = [(e, p) for e, p in found if gaz.feature[e] == "ADM1" and gaz.population[e] >= STATE_POPULATION]
    if not regions or len(regions) == len(found):
        return key, found
    towns = [gaz.population[e] for e, _ in found if gaz.feature[e] in LOCAL_FEATURES]
    if max(gaz.population[e] for e, _ in regions) < OUTWEIGHS * max(towns, default=0):
        return key, found  # "American University of Kabul": the capital as much as its province
    return key + "@region", regions
