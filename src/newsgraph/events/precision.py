"""Which coded events an article's record publishes: the precision gate.

`extract_drafts` keeps every event the coder finds (the evaluation on one-sentence event
reports picks its main event from them); `publishable` decides which of them an article's
record shows. About 500 judged records of real news pages (review rounds 5-10) were measured
by what a record looks like: confidence, trigger part of speech and depth, type, missing
actor or target, quotes, sentence length, events per page. On unseen pages none of these
separates right from wrong records by more than a tenth, except one kind, wrong about two
times in three in every set: a soft, cooperative act (AGREE, CONSULT, AID, CONCEDE) that
names fewer than two parties. These words are the everyday vocabulary of business, sport,
local government and opinion ("agreed to be acquired", "organised the meeting", "providing
assistance to the investigation", "the mediation has generated tensions"); as political
events they come with both parties ("the alliance agreed to resume contacts with Moscow",
"Israel and Lebanon renewed negotiations"). Hostile and demanding acts (attacks, arrests,
accusations, requests) are told with one side often enough ("was arrested") to keep.

The gate is not applied to the main event of a one-sentence wire report (`extract_drafts`):
such a sentence was chosen because it reports an event ("APEC has agreed to set up a
research centre"), a different prior from a sentence of an article.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.events.actors import Actor
from newsgraph.events.drafts import Draft

# Cooperative types measured mostly wrong when they name fewer than two sides.
# (MOBILIZE is one-sided by nature: "the navy deployed two frigates" names no target.)
SOFT_TYPES = frozenset({"AGREE", "CONSULT", "AID", "CONCEDE"})


def two_sided(draft: Draft) -> bool:
    """Two parties named: an actor and a target, two actors ("Israel and Lebanon renewed
    negotiations"), two targets ("a conversation between Sondland and an aide") or a party
    counted as several ("the two sides struck a deal", "both governments agreed")."""
    if len(draft.actors) + len(draft.targets) >= 2:
        return True
    return any(_counted_sides(a, draft.trigger.doc) for a in draft.actors)


def _counted_sides(actor: Actor, doc: Doc) -> bool:
    """A plural noun with a number or "both": "the two sides", "both countries"; or the envoys
    of a named bloc: "leaders of the G7", "EU foreign ministers"."""
    if actor.head < 0:
        return False
    head = doc[actor.head]
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    if head.lemma_.lower() in ENVOY_NOUNS and any(
            t.pos_ == "PROPN" for c in head.children if c.dep_ in ("compound", "prep") and c.i != head.i
            for t in (c, *c.children) if t.dep_ in ("compound", "pobj")):
        return True
    return any(c.like_num or c.lower_ == "both" for c in head.children if c.dep_ in ("nummod", "det", "predet"))


# Those who speak for member states: "leaders of the G7", "NATO defence ministers" are several sides.
ENVOY_NOUNS = frozenset({"leader", "minister", "head", "envoy", "delegate", "representative", "negotiator",
                         "diplomat"})


def publishable(draft: Draft) -> bool:
    """Keep an event in an article's record unless it is an asserted soft act with one side.

    Unasserted records keep their label (a planned meeting is shown as planned)."""
    event = draft.event
    if event.modality != "asserted" or event.type not in SOFT_TYPES:
        return True
    return two_sided(draft) or (draft.undone in UNDONE_RESTRICTIONS and bool(draft.actors))


# Undoing a restriction is a political act even when only its author is named: "the government
# lifted the curfew", "the junta eased the ban on rallies" (the restricted are the public).
UNDONE_RESTRICTIONS = frozenset({"COERCE", "SANCTION"})
