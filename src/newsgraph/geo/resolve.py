"""Toponym resolution: pick the gazetteer entry each place name in an article refers to.

Candidates and their priors come from candidates.py (name index, alternate names and spellings
such as Kiev/Kyiv, demonyms, places inside longer names, a cautious fuzzy match). They are
ranked by the prior plus the article's context: regions named right after the name
("Alexandria, La."), the countries and regions the other names resolve to, the dateline, and
spatial coherence with the other places. All occurrences of one name in an article share one
reading; the confidence is the winner's softmax share.
"""

from __future__ import annotations

import math
import re
from typing import Optional, Sequence

from newsgraph.geo.candidates import DOMINANT_SHARE, candidates, follower_hints, possessor_hints
from newsgraph.geo.gazetteer import Gazetteer, load_gazetteer
from newsgraph.geo.institutions import region_reading
from newsgraph.geo.names import name_key
from newsgraph.geo.namesakes import GREAT_RATIO, TIED_KM, beaten_great_city, county_readings, follows_place, great_city, team_name
from newsgraph.geo.toponyms import (
    BROAD,
    COUNTRY_LEVEL,
    LOCAL,
    WEIGHTS,
    Group,
    Span,
    Toponym,
    Weights,
    haversine_km,
    lookup_keys,
)
from newsgraph.model import PlaceMention

FOCUS_CONFIDENCE = 0.05
SAME_PLACE_KM = 50.0
NAMESAKE_CITY_SHARE = 0.1  # a region named after its city (Zurich): the bare name is not country-like
FOCUS_WEIGHT = {"PPL": 3.0, "PPLC": 3.0, "ADM2": 3.0, "BLDG": 3.0, "ST": 3.0, "ADM1": 2.0}
ROUNDS = 2
# A metropolis is named in news from anywhere: "New York" says little about which state's
# Augusta an article means. Its region and county count this share as context (tried on LGL
# and GeoWebNews: 0.0, 0.3 and 0.5 all help a little; 0.0 most on GeoWebNews).
METROPOLIS = 1000000
METROPOLIS_SHARE = 0.0
COUNTY_WEIGHT = 4.0  # a county named outright says more than its state does
MAIN_STATE_SHARE = 0.5
# Between two names of one list: "Colorado, Washington", "Orange and Riverside", ", or".
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s)\s*")
LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[A-Z]")
CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")
# Coarse kinds for list siblings: a town and a capital are one kind. Only lists of countries,
# states or counties pass their kind on: a list mixing towns with counties or states is common.
KIND = {"PPLC": "PPL", "PCLH": "PCLI"}
LIST_KINDS = frozenset({"PCLI", "ADM1", "ADM2"})
PAIR_KINDS = frozenset({"PCLI", "ADM1"})
COUNTIES_AFTER = re.compile(r"\s+(?:counties|parishes)\b", re.IGNORECASE)
# Things only a state (not its namesake city) has: "the New York primary", "the Washington
# delegation", "New York Gov. Andrew Cuomo", "Wisconsin's Democratic primary", "Georgia's
# secretary of state".
STATE_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:Democratic|Republican|GOP|presidential)\s+)?"
    r"(?:(?:primary|primaries|caucus|caucuses|delegation|delegates|legislature|statehouse|governor|governorship|"
    r"lieutenant governor|secretary of state)\b|Gov\.)"
)
# A region word after the name ("Washington state", "the Kherson region"): a first-level region
# when every mention of the name says so (a story may name "the Kherson region" once and mean the
# city elsewhere).
REGION_WORD_AFTER = re.compile(r"\s+(?:state|province|region|oblast)\b(?![-‐])")


def make_groups(gaz: Gazetteer, text: str, tops: list[Toponym], w: Weights) -> list[Group]:
    """Group toponyms by lookup key and gather their candidates and local hints."""
    groups: dict[str, Group] = {}
    marked: dict[str, list[bool]] = {}  # per name: whether a region word follows each mention
    readings = [region_reading(gaz, text, top.start, *candidates(gaz, top, w)) for top in tops]
    hints = [follower_hints(gaz, text, top.end) for top in tops]
    split = qualified_apart(gaz, readings, hints)
    for i, top in enumerate(tops):
        key, found = readings[i]
        own = f"{key}|{min(hints[i])}" if key in split and hints[i] else key
        group = groups.get(own)
        if group is None:
            group = groups[own] = Group(key=key, entries=[e for e, _ in found], prior=[p for _, p in found])
        group.members.append(i)
        group.appositive = group.appositive and follows_place(text, tops, top)
        group.famous = group.famous or team_name(text, top)
        group.people_only = group.people_only and top.kind == "demonym"
        if top.kind == "toponym" and (STATE_NOUN_AFTER.match(text, top.end) or qualifier(gaz, text, tops, top, group)):
            group.stated_kind = "ADM1"
        if top.kind == "toponym":
            marked.setdefault(key, []).append(REGION_WORD_AFTER.match(text, top.end) is not None)
        group.hints |= hints[i]
        group.owners |= possessor_hints(gaz, text, top.start)
    for key, marks in marked.items():
        if all(marks):
            groups[key].stated_kind = "ADM1"
    return list(groups.values())


def qualified_apart(gaz: Gazetteer, readings: list[tuple[str, list[tuple[int, float]]]], hints: list[set[int]]) -> set[str]:
    """Names whose mentions are qualified by different regions, each holding one of the name's
    readings ("Lancaster, Pennsylvania, and Lancaster, England"): each qualified mention is then
    resolved on its own, not as one place. The next item of a list ("Toronto, Denver") is none."""
    stated: dict[str, set[frozenset[int]]] = {}
    for (key, found), regions in zip(readings, hints):
        if any(contains(gaz, h, e) for h in regions for e, _ in found):
            stated.setdefault(key, set()).add(frozenset(regions))
    return {key for key, sets in stated.items() if len(sets) > 1 and not frozenset.intersection(*sets)}


def qualifier(gaz: Gazetteer, text: str, tops: list[Toponym], top: Toponym, group: Group) -> bool:
    """True for a name standing after a place and a comma as its region, not as the next item
    of a list ("Albany, New York, lined up": the state, not the city), when the name's readings
    are a first-level region and towns but no country ("Puebla, Mexico" keeps the country) and
    the place before it has a reading in that region ("Ramor Theatre, Virginia" is in Ireland)."""
    if LIST_NEXT.match(text, top.end):
        return False
    features = {gaz.feature[e] for e in group.entries}
    if "ADM1" not in features or features & COUNTRY_LEVEL:
        return False
    regions = {gaz.admin1[e] for e in group.entries if gaz.feature[e] == "ADM1"}
    before = [o for o in tops if 0 < top.start - o.end <= 3 and text[o.end : top.start].strip() == ","]
    return any(gaz.admin1[e] in regions for o in before for e, _ in gaz.lookup(lookup_keys(o.name or o.text)[0]))


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
        self.standalone = standalone_states(gaz, groups, self.named_states)
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
    is a town and its county); "counties" after the list states the kind outright. A pair with a
    country or state is a pair of countries or states ("Washington and Alaska", "Georgia and
    Armenia")."""
    if group.stated_kind:
        return group.stated_kind
    kinds = [coarse(gaz, groups[s].best) for s in group.siblings if groups[s].best >= 0]
    if not kinds:
        return None
    top = max(set(kinds), key=kinds.count)
    agree = kinds.count(top)
    if top not in LIST_KINDS:
        return None
    if len(kinds) == 1 and top in PAIR_KINDS:
        return top
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
    admin1 or admin2 code -> (group, confidence-weighted number of mentions, counties x COUNTY_WEIGHT).
    A word for a region's people ("Texans", maybe a team's name) does not name it outright."""
    named: dict[str, tuple[int, float]] = {}
    for g, group in enumerate(groups):
        best = group.best
        if group.people_only:
            continue
        if best >= 0 and gaz.feature[best] == "ADM1" and gaz.admin1[best]:
            named[gaz.admin1[best]] = (g, len(group.members) * group.confidence)
        elif best >= 0 and gaz.feature[best] == "ADM2" and gaz.admin2[best]:
            named[gaz.admin2[best]] = (g, len(group.members) * group.confidence * COUNTY_WEIGHT)
    return named


def standalone_states(gaz: Gazetteer, groups: list[Group], named: dict[str, tuple[int, float]]) -> set[str]:
    """The named regions (see `named_states`) that may tie a namesake town (see `tied`): named on
    their own, not only after another place ("Little Rock, Arkansas"); a first-level region
    also only when it is the article's main one (MAIN_STATE_SHARE of the namings of such
    regions): one state among many ("senators from Texas, Iowa and Ohio") is no locale."""
    states = {code: n for code, (g, n) in named.items() if gaz.feature[groups[g].best] == "ADM1"}
    total = sum(states.values())
    return {
        code
        for code, (g, n) in named.items()
        if not groups[g].appositive and (code not in states or n >= MAIN_STATE_SHARE * total)
    }


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
    its county or naming it, or another place within TIED_KM. A name opening a team's name, or
    a dateline without its region, is tied only by a stated region: teams are named after great
    cities, and wire services give bare datelines only for cities their readers know."""
    if gaz.feature[entry] not in LOCAL:
        return True
    if group.hints and any(contains(gaz, h, entry) for h in group.hints):
        return True
    if group.famous:
        return False
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
    if anchor is not None:
        anchor.famous = True
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
