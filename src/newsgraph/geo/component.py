"""The spaCy component `newsgraph_places`: recognise, resolve and give roles to place names.

    nlp.add_pipe("newsgraph_places")   # after "ner"
    doc._.ng_places  ->  list[newsgraph.model.PlaceMention], sorted by offset

Sure toponyms are resolved first; weak ones (see recognize.py) are then kept only when one
of their readings lies in a first-level region the sure places establish, and everything is
resolved again together. Names that match no gazetteer entry are left out; demonyms
("Ukrainian") are kept with kind "demonym" and linked to their country. The entities the
places show to be places (or demonyms) are then retyped (see entity_types.py).
"""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.geo.entity_types import retype_entities
from newsgraph.geo.gazetteer import Gazetteer, load_gazetteer
from newsgraph.geo.known import WEAK_POPULATION
from newsgraph.geo.readings import FOLLOWED_BY_REGION
from newsgraph.geo.recognize import recognize
from newsgraph.geo.spans import Found, drop_overlaps
from newsgraph.geo.candidates import fuzzy_index, shortened
from newsgraph.geo.resolve import resolve_toponyms
from newsgraph.geo.toponyms import LOCAL, Toponym, haversine_km, lookup_keys
from newsgraph.geo.namesakes import TIED_KM
from newsgraph.geo.roles import assign_roles
from newsgraph.model import Place, PlaceMention
from newsgraph.nlp import doc_text, register_extensions

REGION_CONFIDENCE = 0.5
# Below this confidence a name resolved to a town or city is more often wrong (or no place at
# all) than right: on LGL, small places 36 right against 88 wrong at 0.4. So is a city with a
# rival namesake of comparable size (Columbus, Arlington, Rochester: 38 right against 85 wrong
# on LGL, 3 against 14 on GeoWebNews). Kept: capitals, regions, countries, and a big city
# that dwarfs its namesakes (Geneva against the US towns called Geneva).
MIN_CONFIDENCE = 0.4
KEEP_FEATURES = frozenset({"PPLC", "PCLI", "PCLH", "CONT", "ADM1"})
KEEP_POPULATION = 100000
STRAY_POPULATION = 10000
DWARFS = 5  # "dwarfs its namesakes": this many times as populous as each alternative
FAMED = 2  # "far better known": this many times as many GeoNames alternate names as each namesake


class PlacesComponent:
    """Doc -> Doc: writes `doc._.ng_places`."""

    def __init__(self, gazetteer: Optional[Gazetteer] = None) -> None:
        register_extensions()
        self.gaz = gazetteer or load_gazetteer()
        fuzzy_index(self.gaz)

    def __call__(self, doc: Doc) -> Doc:
        others: set[tuple[int, int]] = set()
        doc._.ng_places = find_places(self.gaz, doc, others)
        retype_entities(doc, doc._.ng_places, others)
        return doc


def with_dateline(found: Found, tops: list[Toponym]) -> tuple[list[Toponym], Optional[int]]:
    """The toponyms with the dateline place in front of any overlapping one, and its index."""
    if found.dateline is None:
        return drop_overlaps(tops), None
    merged = drop_overlaps([found.dateline], tops)
    return merged, next(i for i, t in enumerate(merged) if t is found.dateline)


def resolve(gaz: Gazetteer, doc: Doc, tops: list[Toponym], found: Found) -> tuple[list[Toponym], list[Optional[PlaceMention]], Optional[int]]:
    """Resolve toponyms (plus the dateline) together."""
    merged, dateline = with_dateline(found, tops)
    return merged, resolve_toponyms(doc_text(doc), merged, dateline=dateline, gazetteer=gaz), dateline


def established_regions(gaz: Gazetteer, mentions: list[Optional[PlaceMention]]) -> set[str]:
    """First-level regions (GeoNames admin1 codes) that confidently resolved places lie in."""
    regions = set()
    for m in mentions:
        if m is not None and m.confidence >= REGION_CONFIDENCE and m.place.admin1:
            if m.place.feature in LOCAL or m.place.feature == "ADM1":
                regions.add(m.place.admin1)
    return regions


def supported(gaz: Gazetteer, top: Toponym, regions: set[str], tagged: frozenset[str] | set[str] = frozenset()) -> bool:
    """True when a weak toponym has a reading inside one of `regions`: by its own name, or by
    another spelling when spaCy tags the name as a place (`tagged` keys): "Beit Lahiya" for
    Bayt Lāhyā in an article about Gaza."""
    key = lookup_keys(top.name or top.text)[0]
    return any(
        (not alt or key in tagged)
        and not shortened(gaz, e, key)  # "Gang" is no name of Gang Mills
        and gaz.admin1[e] in regions
        and (gaz.population[e] >= WEAK_POPULATION or gaz.feature[e] == "ADM2")
        for e, alt in gaz.lookup(key)
    )


def trusted(mention: PlaceMention) -> bool:
    """True unless the mention is an uncertain reading of a town or city (see MIN_CONFIDENCE)."""
    place = mention.place
    if mention.confidence >= MIN_CONFIDENCE or place.feature in KEEP_FEATURES or place.geonameid is None:
        return True
    rivals = max((alt.population for alt in mention.alternatives), default=0)
    return place.population >= KEEP_POPULATION and place.population >= DWARFS * rivals


def unrivalled(gaz: Gazetteer, mention: PlaceMention, mentions: list[Optional[PlaceMention]]) -> bool:
    """True for an uncertain city (KEEP_POPULATION) bigger than every namesake and at least
    FAMED times as well known (GeoNames alternate names) while the article names nothing in or
    near any namesake's region: "Residents of Albany packed a council meeting" is Albany, New
    York, not Albany, Georgia."""
    place = mention.place
    rivals = mention.alternatives
    if place.feature != "PPL" or place.population < KEEP_POPULATION or not rivals:
        return False
    if any(r.population > place.population for r in rivals):
        return False
    fame = fame_of(gaz, mention.text)
    if any(fame.get(place.geonameid, 0) < FAMED * fame.get(r.geonameid, 0) for r in rivals):
        return False
    others = [m.place for m in mentions if m is not None and m is not mention]
    return not any(near_rival(p, r, place) for p in others for r in rivals)


def fame_of(gaz: Gazetteer, name: str) -> dict[Optional[int], int]:
    """GeoNames id -> alternate-name count of the entries a name looks up."""
    return {gaz.gid[e]: gaz.fame[e] for e, _ in gaz.lookup(lookup_keys(name)[0])}


def near_rival(other: Place, rival: Place, place: Place) -> bool:
    """True when another place of the article ties a namesake: in its region, within TIED_KM,
    or its country when that is not the winner's."""
    if other.country != rival.country:
        return False
    if rival.country != place.country or (rival.admin1 and other.admin1 == rival.admin1):
        return True
    return haversine_km(other.lat, other.lon, rival.lat, rival.lon) < TIED_KM


def country_counts(mentions: list[Optional[PlaceMention]]) -> dict[str, set[str]]:
    """Country code -> the distinct places (by name) the article's mentions resolve to there."""
    counts: dict[str, set[str]] = {}
    for m in mentions:
        if m is not None:
            counts.setdefault(m.place.country or "", set()).add(m.place.name)
    return counts


def stray(mention: PlaceMention, countries: dict[str, set[str]], person: bool = False) -> bool:
    """True for a village or small town alone in its country while the article's other places
    lie elsewhere: a person or firm named like a foreign village ("Titan", "Belk"). On LGL
    30 such readings are wrong and none right; on GeoWebNews 4 wrong, none right. A name the
    tagger typed PERSON is held so at any size ("an anonymous Bush holdover" is no Egyptian town)."""
    place = mention.place
    if place.feature != "PPL" or (place.population >= STRAY_POPULATION and not person):
        return False
    return countries.get(place.country or "", set()) == {place.name} and len(countries) > 1


def off_region(mention: PlaceMention, mentions: list[Optional[PlaceMention]], text: str) -> bool:
    """True for a village (under STRAY_POPULATION) outside every first-level region the article
    names in its country and far (TIED_KM) from its other towns: "West Hill" read as the Ohio
    village in a story about Albany, New York. Not when a region follows it ("Bristow, VA")."""
    place = mention.place
    if place.feature != "PPL" or place.population >= STRAY_POPULATION or FOLLOWED_BY_REGION.match(text, mention.end):
        return False
    others = [m.place for m in mentions if m is not None and m is not mention]
    named = {p.admin1 for p in others if p.feature == "ADM1" and p.country == place.country}
    if not named or place.admin1 in named:
        return False
    return not any(p.feature in LOCAL and haversine_km(p.lat, p.lon, place.lat, place.lon) < TIED_KM for p in others)


def kept(
    gaz: Gazetteer, mention: PlaceMention, mentions: list[Optional[PlaceMention]], countries: dict[str, set[str]], text: str, person: bool
) -> bool:
    """True for a reading worth reporting (see trusted, unrivalled, stray and off_region)."""
    sure = trusted(mention) or unrivalled(gaz, mention, mentions)
    return sure and not stray(mention, countries, person) and not off_region(mention, mentions, text)


def find_places(gaz: Gazetteer, doc: Doc, others: Optional[set[tuple[int, int]]] = None) -> list[PlaceMention]:
    """The resolved place mentions of a parsed Doc, with roles; `others`, when given, receives
    the spans of place names the page uses for a firm, shop, venue or team."""
    found = recognize(gaz, doc)
    if others is not None:
        others.update(found.other_names)
    tops, resolved, dateline = resolve(gaz, doc, drop_overlaps(found.sure), found)
    regions = established_regions(gaz, resolved)
    extra = [t for t in found.weak if supported(gaz, t, regions, found.tagged)]
    if extra:
        tops, resolved, dateline = resolve(gaz, doc, drop_overlaps(found.sure, extra), found)
    mentions: list[PlaceMention] = []
    source = None
    text, countries = doc_text(doc), country_counts(resolved)
    for i, mention in enumerate(resolved):
        person = mention is not None and mention.start in found.person_tagged
        if mention is not None and (i == dateline or kept(gaz, mention, resolved, countries, text, person)):
            if i == dateline:
                source = len(mentions)
            mentions.append(mention)
    assign_roles(doc, mentions, source, found.dateline_end)
    return mentions


@Language.factory("newsgraph_places", requires=["doc.ents", "token.dep"], assigns=["doc._.ng_places"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """spaCy factory for the places component (loads the gazetteer once per process)."""
    return PlacesComponent()


def predict_places(texts: Iterable[str], batch_size: int = 16) -> Iterable[list[PlaceMention]]:
    """Place mentions for each text, through the English model plus this component only."""
    from newsgraph.nlp import load_nlp

    nlp = load_nlp(components=("newsgraph_places",))
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield doc._.ng_places
