"""The spaCy component `newsgraph_places`: recognise, resolve and give roles to place names.

    nlp.add_pipe("newsgraph_places")   # after "ner"
    doc._.ng_places  ->  list[newsgraph.model.PlaceMention], sorted by offset

Sure toponyms are resolved first; weak ones (see recognize.py) are then kept only when one
of their readings lies in a first-level region the sure places establish, and everything is
resolved again together. Names that match no gazetteer entry are left out; demonyms
("Ukrainian") are kept with kind "demonym" and linked to their country.
"""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.geo.gazetteer import Gazetteer, load_gazetteer
from newsgraph.geo.recognize import WEAK_POPULATION, Found, drop_overlaps, recognize
from newsgraph.geo.resolve import LOCAL, Toponym, fuzzy_index, lookup_keys, resolve_toponyms
from newsgraph.geo.roles import assign_roles
from newsgraph.model import PlaceMention
from newsgraph.nlp import register_extensions

REGION_CONFIDENCE = 0.5
# Below this confidence a name resolved to a small place is more often wrong (or no place at
# all) than right: on the even-numbered LGL articles, 36 right against 88 wrong at 0.4. Such
# names are left out; a big city ("Geneva", shared with many US towns) is kept.
MIN_CONFIDENCE = 0.4
KEEP_POPULATION = 100000


class PlacesComponent:
    """Doc -> Doc: writes `doc._.ng_places`."""

    def __init__(self, gazetteer: Optional[Gazetteer] = None) -> None:
        register_extensions()
        self.gaz = gazetteer or load_gazetteer()
        fuzzy_index(self.gaz)

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_places = find_places(self.gaz, doc)
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
    return merged, resolve_toponyms(doc.text, merged, dateline=dateline, gazetteer=gaz), dateline


def established_regions(gaz: Gazetteer, mentions: list[Optional[PlaceMention]]) -> set[str]:
    """First-level regions (GeoNames admin1 codes) that confidently resolved places lie in."""
    regions = set()
    for m in mentions:
        if m is not None and m.confidence >= REGION_CONFIDENCE and m.place.admin1:
            if m.place.feature in LOCAL or m.place.feature == "ADM1":
                regions.add(m.place.admin1)
    return regions


def supported(gaz: Gazetteer, top: Toponym, regions: set[str]) -> bool:
    """True when a weak toponym has a reading inside one of `regions`."""
    key = lookup_keys(top.name or top.text)[0]
    return any(
        not alt and gaz.admin1[e] in regions and (gaz.population[e] >= WEAK_POPULATION or gaz.feature[e] == "ADM2")
        for e, alt in gaz.lookup(key)
    )


def trusted(mention: PlaceMention) -> bool:
    """True unless the mention is an uncertain reading of a small place (see MIN_CONFIDENCE)."""
    return mention.confidence >= MIN_CONFIDENCE or mention.place.population >= KEEP_POPULATION


def find_places(gaz: Gazetteer, doc: Doc) -> list[PlaceMention]:
    """The resolved place mentions of a parsed Doc, with roles."""
    found = recognize(gaz, doc)
    tops, resolved, dateline = resolve(gaz, doc, drop_overlaps(found.sure), found)
    regions = established_regions(gaz, resolved)
    extra = [t for t in found.weak if supported(gaz, t, regions)]
    if extra:
        tops, resolved, dateline = resolve(gaz, doc, drop_overlaps(found.sure, extra), found)
    mentions: list[PlaceMention] = []
    source = None
    for i, mention in enumerate(resolved):
        if mention is not None and (i == dateline or trusted(mention)):
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
