"""`Draft`: an event being built, with what merging and choosing the main event need; its
participant strings, ACLED type and confidence; and how two mentions of one event fold into one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Token

from newsgraph.events import codes
from newsgraph.events.actors import Actor
from newsgraph.events.agents import PHYSICAL_TARGETS, is_agent
from newsgraph.events.gates import distinct_measures
from newsgraph.events.verbsets import CAUSE_NOUNS
from newsgraph.model import Event


@dataclass
@dataclass
class Draft:
    """An event being built, with what merging and choosing the main event need."""

    event: Event
    sentence: int
    trigger: Token
    actors: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    anaphoric: bool = False
    pattern: str = ""
    depth: int = 0
    last_sentence: int = -1  # the latest sentence that tells this event
    undone: str = ""  # the type of a measure the event undoes ("lifted the curfew": COERCE)


def set_participants(draft: Draft) -> None:
    """Write actor/target strings and countries (several joined with "; " and ";")."""
    event = draft.event
    event.actor = "; ".join(a.text for a in draft.actors) or None
    event.target = "; ".join(a.text for a in draft.targets) or None
    event.actor_country = _join_codes(draft.actors)
    event.target_country = _join_codes(draft.targets)


def _join_codes(actors: list[Actor]) -> Optional[str]:
    codes_ = []
    for a in actors:
        if a.country and a.country not in codes_:
            codes_.append(a.country)
    return ";".join(codes_) or None


def set_acled(draft: Draft) -> None:
    """ACLED event type and sub-type from the PLOVER type, mode and participants."""
    event = draft.event
    actor_sector = draft.actors[0].sector if draft.actors else None
    target_sector = draft.targets[0].sector if draft.targets else None
    protest_target = any(w in (t.text.lower()) for t in draft.targets
                         for w in ("protester", "demonstrator", "protestor", "rally", "crowd"))
    event.acled_type, event.acled_subtype = codes.acled_type(
        event.type, event.mode, draft.pattern, actor_sector, target_sector, protest_target,
        event.type != "RETREAT" or _territorial(draft))


def _territorial(draft: Draft) -> bool:
    """A withdrawal of troops or from a place, not of a filing or a cable."""
    trigger = draft.trigger
    moved = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if moved is not None and not _territory_word(moved):
        return False  # "handed over the hostages to US forces": people, not ground, change hands
    for tok in trigger.subtree:
        if tok.i == trigger.i or tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
            continue
        if tok.lemma_.lower() in codes.TERRITORIAL_OBJECTS or tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
    return draft.event.place is not None and not any(
        c.dep_ == "dobj" for c in trigger.children)


def _territory_word(tok: Token) -> bool:
    return tok.lemma_.lower() in codes.TERRITORIAL_OBJECTS or tok.ent_type_ in ("GPE", "LOC", "FAC")


def confidence(draft: Draft) -> float:
    score = 0.45 if draft.trigger.pos_ in ("VERB", "AUX") else 0.35
    score += 0.25 if draft.actors else 0.0
    score += 0.15 if draft.targets else 0.0
    score += 0.05 if draft.event.place is not None else 0.0
    score -= 0.1 if draft.event.modality != "asserted" else 0.0
    return round(min(score, 0.95), 2)


def merge_in_sentence(drafts: list[Draft]) -> list[Draft]:
    """Two triggers of one type and modality in one sentence are one event ("attacked … killing")."""
    kept: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.depth, d.trigger.i)):
        same = None if in_cause_phrase(draft.trigger) else next(
            (k for k in kept if k.event.type == draft.event.type and k.event.modality == draft.event.modality
             and not distinct_measures(k.event, draft.event) and not in_cause_phrase(k.trigger)), None)
        if same is None:
            kept.append(draft)
            continue
        absorb(same, draft, same_sentence=True)
    return sorted(kept, key=lambda d: d.trigger.i)


def absorb(keep: Draft, other: Draft, same_sentence: bool = False) -> None:
    """Fold another mention of the same event into `keep`."""
    event, more = keep.event, other.event
    keep.anaphoric = keep.anaphoric or other.anaphoric
    keep.last_sentence = max(keep.last_sentence, other.last_sentence)
    if not keep.actors and other.actors:
        keep.actors = other.actors
    if other.targets and (not keep.targets or _more_specific(other.targets, keep.targets, keep.trigger)):
        keep.targets = _carry_country(other.targets, keep.targets)
    event.mode = event.mode or more.mode
    if not same_sentence:
        event.evidence.extend(e for e in more.evidence if e not in event.evidence)
    if event.place is None or (more.geo_precision or 9) < (event.geo_precision or 9):
        if more.place is not None:
            event.place, event.geo_precision = more.place, more.geo_precision
    if _time_rank(other) < _time_rank(keep):
        event.time, event.time_precision = more.time, more.time_precision
    set_participants(keep)
    set_acled(keep)
    event.confidence = max(event.confidence, more.confidence, confidence(keep))


def _carry_country(new: list[Actor], old: list[Actor]) -> list[Actor]:
    """A renamed target keeps the country its earlier description gave ("Russia's sites")."""
    country = next((a.country for a in old if a.country), None)
    if country is None or len(new) != 1 or new[0].country:
        return new
    a = new[0]
    return [Actor(a.text, a.start, a.end, a.head, country, a.sector, a.named)]


def _more_specific(new: list[Actor], old: list[Actor], trigger: Token) -> bool:
    """A named target ("the Votkinsk plant") beats a description ("one of Russia's sites"), but
    neither a named building nor the name of a town ("a raid in Jenin") beats the people struck
    ("three Palestinians")."""
    if not any(a.named for a in new) or any(a.named for a in old):
        return False
    doc = trigger.doc
    if any(a.head >= 0 and _struck_people(doc[a.head]) for a in old) and \
            not any(a.head >= 0 and _struck_people(doc[a.head]) for a in new):
        return False  # "shot dead a guard during a raid on a bank", "captured a leader in a raid in Sinaloa"
    return not (all(a.head >= 0 and doc[a.head].ent_type_ in TOWN_ENTITIES for a in new)
                and any(a.head >= 0 and doc[a.head].ent_type_ not in TOWN_ENTITIES for a in old))


TOWN_ENTITIES = frozenset({"GPE", "LOC"})


def _struck_people(head: Token) -> bool:
    """People or a body of people, not a place ("Sinaloa state", "the Torkham crossing")."""
    return is_agent(head) and head.ent_type_ not in ("GPE", "LOC", "FAC") and head.lemma_.lower() not in PLACE_HEADS


PLACE_HEADS = PHYSICAL_TARGETS | {"state"}  # "Sinaloa state": "state" is also a sector word


def _time_rank(draft: Draft) -> int:
    time = draft.event.time
    if time is None:
        return 9
    if time.anchor_source == "published":
        return 5
    return draft.event.time_precision or 4



def in_cause_phrase(trigger: Token) -> bool:
    """"fired rockets in response to the killing of a commander": the killing is an earlier deed,
    told as the cause, not another mention of the rocket fire."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "for"):
        return False
    return prep.head.lemma_.lower() in CAUSE_NOUNS
