"""One event, many mentions: fold later mentions of an event into its first telling.

A later mention joins an earlier event of the same type and modality when
- it points back ("the attack", "this strike") and nothing in it contradicts, or
- it names no participants at all ("explosions were heard") and comes soon after, or
- its actor and its target both match the earlier event's (by country or words)
  and its place and date do not differ.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from newsgraph.events.actors import Actor
from newsgraph.events.drafts import Draft, absorb

ANAPHOR_WINDOW = 8  # sentences back a "the attack" may point
BARE_WINDOW = 3  # sentences back a mention without participants may join


def merge_mentions(drafts: list[Draft]) -> list[Draft]:
    """The drafts with every later mention folded into the event it repeats."""
    kept: list[Draft] = []
    for draft in drafts:
        host = _find_host(draft, kept)
        if host is None:
            kept.append(draft)
        else:
            absorb(host, draft)
    return kept


# "a second lawsuit", "another attack", "a separate complaint": a mention that says it is a new one.
DISTINCT_MARKERS = frozenset({"another", "second", "third", "fourth", "separate", "new", "fresh", "further",
                              "additional"})


def _says_distinct(draft: Draft) -> bool:
    return any(c.dep_ in ("amod", "det") and c.lower_ in DISTINCT_MARKERS for c in draft.trigger.children)


def _find_host(draft: Draft, kept: list[Draft]) -> Optional[Draft]:
    if _says_distinct(draft):
        return None
    for earlier in reversed(kept):
        if earlier.event.type != draft.event.type or earlier.event.modality != draft.event.modality:
            continue
        if earlier.sentence == draft.sentence:
            continue
        gap = draft.sentence - earlier.last_sentence
        if draft.anaphoric and gap <= ANAPHOR_WINDOW and _parties_compatible(earlier, draft):
            return earlier
        if not _compatible(earlier, draft):
            continue
        if not draft.actors and not draft.targets and gap <= BARE_WINDOW:
            return earlier
        if _background(draft) and _background(earlier):
            return earlier  # "despite months of protests" again: the same background, not a new event
        if _same_parties(earlier, draft):
            return earlier
    return None


def _background(draft: Draft) -> bool:
    """A protest told with no one named on either side: background to the story."""
    return draft.event.type == "PROTEST" and not draft.actors and not draft.targets


def _compatible(a: Draft, b: Draft) -> bool:
    """Nothing known about the two contradicts: parties, place and date agree where given."""
    return _parties_compatible(a, b) and _same_place(a, b) and _same_time(a, b)


def _parties_compatible(a: Draft, b: Draft) -> bool:
    if a.actors and b.actors and not _overlap(a.actors, b.actors):
        return False
    return not (a.targets and b.targets and not _overlap(a.targets, b.targets)
                and a.targets[0].named and b.targets[0].named)


def _same_parties(a: Draft, b: Draft) -> bool:
    return bool(a.actors and b.actors and a.targets and b.targets
                and _overlap(a.actors, b.actors) and _same_people(a, b)
                and _words_overlap(a.targets, b.targets))


def _same_people(a: Draft, b: Draft) -> bool:
    """Two people named as targets are one only by surname ("Chris Tays" is not "Chris Battin")."""
    doc = a.trigger.doc
    names_a = {doc[t.head].lower_ for t in a.targets if t.head >= 0 and doc[t.head].ent_type_ == "PERSON"}
    names_b = {doc[t.head].lower_ for t in b.targets if t.head >= 0 and doc[t.head].ent_type_ == "PERSON"}
    return not (names_a and names_b) or bool(names_a & names_b)


def _overlap(xs: list[Actor], ys: list[Actor]) -> bool:
    """Some actor of one list is some actor of the other (same country, or shared words)."""
    countries = {x.country for x in xs if x.country}
    if countries & {y.country for y in ys if y.country}:
        return True
    return _words_overlap(xs, ys)


def _words_overlap(xs: list[Actor], ys: list[Actor]) -> bool:
    words_x = {w for x in xs for w in _content_words(x.text)}
    return any(words_x & _content_words(y.text) for y in ys)


STOP = frozenset({"the", "a", "an", "of", "and", "in", "on", "its", "their", "his", "her", "one",
                  "more", "than", "some", "all", "this", "that", "these", "those"})


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    return frozenset({w.strip(".,'’s").lower() for w in text.split()} - STOP - {""})


def _same_place(a: Draft, b: Draft) -> bool:
    pa, pb = a.event.place, b.event.place
    if pa is None or pb is None:
        return True
    if pa.place.geonameid and pb.place.geonameid:
        return pa.place.geonameid == pb.place.geonameid or pa.place.country == pb.place.country \
            and (a.event.geo_precision == 3 or b.event.geo_precision == 3)
    return pa.place.name == pb.place.name


def _same_time(a: Draft, b: Draft) -> bool:
    ta, tb = a.event.time, b.event.time
    if ta is None or tb is None or "published" in (ta.anchor_source, tb.anchor_source):
        return True
    if not ta.value or not tb.value:
        return True
    return ta.value.startswith(tb.value) or tb.value.startswith(ta.value) or \
        ta.granularity != tb.granularity
