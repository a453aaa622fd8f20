"""Trigger words in senses that name no event between parties, and talks within one party.

- "That struck me as odd": *strike* with an "as" complement means *seem*, no blow.
- "The region hosts several chip makers": *host* with firms or plants as object means
  *is home to*; a host receives visitors (a leader, a delegation, talks), not companies.
- "The coach gave his players a pep talk", "the minister briefed her staff": a talk with
  the actor's own people (possessed by a pronoun that stands for the actor) is business
  inside one party, not a consultation between two.
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Token

from newsgraph.events.actors import Actor, every_target
from newsgraph.events.detect import Candidate
from newsgraph.events.lexicon import Trigger
from newsgraph.events.persons import is_person

# Firms, plants and their kind: what a place is home to, not a guest it receives.
BUSINESS_NOUNS = frozenset({
    "manufacturer", "maker", "producer", "company", "firm", "business", "supplier", "vendor",
    "factory", "plant", "startup", "start-up", "brand", "retailer", "store", "shop", "headquarters",
    "office", "facility", "industry", "sector", "mine", "refinery", "casino", "hotel", "restaurant",
})
# The people a party leads or employs: talking to them is no event between two parties.
OWN_PEOPLE = frozenset({
    "player", "staff", "aide", "employee", "worker", "member", "team", "squad", "troop", "soldier",
    "supporter", "follower", "student", "pupil", "officer", "subordinate", "crew", "volunteer",
    "staffer", "lieutenant", "disciple", "congregation", "parishioner", "fan",
})
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})


def strikes_as(verb: Token) -> bool:
    """"struck me as different", "strikes many as odd": *strike* meaning *seem*.

    The one struck is a person or a pronoun and "as" heads a predicate, not a clause
    ("struck the village as people slept" is a strike)."""
    if verb.lemma_.lower() != "strike":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.pos_ == "PRON" or is_person(obj)):
        return False
    near = [*verb.children, *(g for c in verb.children if c.dep_ != "advcl" for g in c.children)]
    return any(t.lower_ == "as" and t.dep_ in ("advmod", "prep") and t.i > obj.i for t in near)


def hosts_business(verb: Token) -> bool:
    """"South Korea hosts several polysilicon manufacturers": a place home to firms."""
    if verb.lemma_.lower() != "host":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in BUSINESS_NOUNS and obj.ent_type_ not in ("PERSON", "NORP")


def talk_within(event_type: str, actors: Sequence[Actor], targets: Sequence[Actor], doc: Doc) -> bool:
    """A consultation whose every target is the actor's own people ("his players")."""
    return event_type == "CONSULT" and len(actors) == 1 and every_target(targets, doc, _own_people)


def _own_people(tok: Token) -> bool:
    """"his players", "its employees": a people noun owned by a pronoun, with no name in it."""
    if tok.lemma_.lower() not in OWN_PEOPLE and tok.lower_ not in OWN_PEOPLE:
        return False
    owned = any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in tok.children)
    return owned and not any(t.pos_ == "PROPN" or t.ent_type_ for t in tok.subtree)


# What one agrees *with* when agreeing is approving: a decision, a view, a verdict.
JUDGEMENTS = frozenset({
    "decision", "ruling", "verdict", "judgment", "judgement", "assessment", "view", "statement",
    "conclusion", "finding", "move", "choice", "sentence", "position", "analysis", "comment", "remark",
    "opinion", "approach", "stance", "call",
})


def approval_trigger(cand: Candidate) -> Optional[Trigger]:
    """"agree with the judge's decision": approval of a stand taken (SUPPORT), not a deal."""
    tok = cand.token
    if cand.kind == "noun" or tok.lemma_.lower() != "agree":
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"):
        thing = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if thing is not None and thing.lemma_.lower() in JUDGEMENTS:
            return Trigger("SUPPORT", None, "05", cand.trigger.pattern)
    return None


# What reporters ask a source for: asking for it is newsgathering, not a demand in the news.
PRESS_ASKS = frozenset({"comment", "comments", "interview", "reaction", "response", "statement", "clarification"})


# What a records request is made under or for: a law or the records themselves.
RECORDS_LAWS = frozenset({"act", "law", "statute", "record", "records", "foia", "foi", "information"})


def asks_for_comment(tok: Token) -> bool:
    """"did not respond to a request for comment", "Reuters asked the ministry for comment",
    "a public records request": newsgathering, not a demand in the news."""
    if tok.lemma_.lower() not in ("request", "ask", "seek", "query", "inquiry", "enquiry", "contact"):
        return False
    if tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "nmod") and c.lemma_.lower() in RECORDS_LAWS
                                  for c in tok.children):
        return True  # "records released under a Freedom of Information Act request"
    for child in tok.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in PRESS_ASKS:
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in PRESS_ASKS for p in child.children):
            return True
    return False
