"""The places component's word on the entities' types.

The entities component types names from the small model's labels and the name's own words;
it cannot tell a town typed PERSON ("the sky over Gainesville", "Only Cornwall and Kent")
from a person. The places component reads every mention against the gazetteer and the
article's other places, so an entity most of whose mentions it keeps as places is a place
(GPE, with the country of its reading), and a "person" every mention of which is a demonym
("Londoner") is a group of people (NORP). Entity ids follow the new type
("person:gainesville" -> "gpe:gainesville"), and so do the describing words kept for the
quotes component. A "place" every mention of which the places component reads as a firm's,
shop's or team's name ("the hotel, a Hilton, which opened") is an organisation.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

from newsgraph.model import Entity, PlaceMention

RETYPED = frozenset({"PERSON", "ORG", "NORP", "FAC"})


def new_type(
    entity: Entity, toponyms: dict[tuple[int, int], PlaceMention], demonyms: set[tuple[int, int]],
    others: frozenset[tuple[int, int]] = frozenset(),
) -> str:
    """The type the places say an entity has: GPE when more than half its mentions are kept
    toponyms (or, for a one-word "person", any), NORP when every mention of a "person" is a
    demonym, ORG when every mention of a "place" is a place name the page uses for a firm,
    shop or team ("a Hilton, which opened"), else its own."""
    spans = [(m.start, m.end) for m in entity.mentions]
    if entity.type in ("GPE", "LOC") and spans and all(s in others for s in spans):
        return "ORG"
    if entity.type not in RETYPED or not entity.mentions:
        return entity.type
    kept = sum(s in toponyms for s in spans)
    if 2 * kept > len(spans) or (kept and entity.type == "PERSON" and " " not in entity.name):
        return "GPE"  # a one-word "person" is no person once one mention is kept as a place
    if entity.type == "PERSON" and all(s in demonyms for s in spans):
        return "NORP"
    return entity.type


def retype_entities(doc: Doc, places: list[PlaceMention], others: Iterable[tuple[int, int]] = ()) -> None:
    """Correct `doc._.ng_entities` (and the keys of `doc._.ng_entity_descriptors`) by the
    places found; a no-op when the entities component did not run."""
    from newsgraph.entities import entity_id

    entities = doc._.ng_entities if Doc.has_extension("ng_entities") else None
    if not entities:
        return
    toponyms = {(p.start, p.end): p for p in places if p.kind == "toponym"}
    demonyms = {(p.start, p.end) for p in places if p.kind == "demonym"}
    descriptors = doc._.ng_entity_descriptors if Doc.has_extension("ng_entity_descriptors") else None
    by_id, other_spans = {e.id: e for e in entities}, frozenset(others)
    for entity in list(entities):
        kind = new_type(entity, toponyms, demonyms, other_spans)
        if kind == entity.type:
            continue
        twin = by_id.get(entity_id(kind, entity.name))
        if twin is not None:  # the same name typed so elsewhere: one entity
            twin.mentions = sorted(twin.mentions + entity.mentions, key=lambda m: m.start)
            entities.remove(entity)
            continue
        old = entity.id
        entity.type, entity.id, entity.sector = kind, entity_id(kind, entity.name), None
        if kind == "GPE":
            first = next(toponyms[(m.start, m.end)] for m in entity.mentions if (m.start, m.end) in toponyms)
            entity.country = first.place.country
        if descriptors is not None and old in descriptors:
            descriptors[entity.id] = descriptors.pop(old)
