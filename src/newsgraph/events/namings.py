"""Trigger words that name a kind, a name, an accident or a cause rather than an act.

- A noun used as the modifier of another noun names a kind of thing: "bombing victims",
  "the investigation department", "a protest leader" (the act, if any, is told elsewhere).
  Kinds that are themselves legal acts keep the act: "an arrest warrant", "murder charges".
- A capitalised noun inside a multi-word name is part of the name: "the Minnesota State
  Patrol", "Volunteer Assistance Corps".
- Deaths in a crash are no attack: "73 soldiers were killed when two helicopters crashed".
- A fight for a person or a cause, or a battle "to secure" something, is a campaign:
  "the fight for Elian", "the government's battle to secure his return".
- What a thing "supports" is a claim it backs: "enough material to support an indictment".
- A protester named in apposition ("Kopp, an anti-abortion protester") is who someone is.
- A law "struck down" is voided, not hit.
- "From demonstration to demonstration", "rally after rally" tell a habit, no one event.
- A gerund with "victims" for object names the victims ("bombing victims"); leaving a position
  one argued is no retreat ("retreated from its position in the case"); breaking a house rule
  ("violated the site's policy") is no rejection of a pact.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.agents import is_agent
from newsgraph.events.detect import Candidate

# Head nouns whose modifier names a legal act that is itself done: "an arrest warrant".
LEGAL_HEADS = frozenset({"warrant", "charge", "order", "conviction", "sentence", "indictment", "count"})
NAME_ENTITIES = frozenset({"ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "NORP"})
ACCIDENT_VERBS = frozenset({"crash", "collide", "capsize", "sink", "derail", "overturn", "plunge",
                            "topple", "run aground", "flip"})
FIGHT_NOUNS = frozenset({"fight", "battle", "struggle", "war", "campaign", "crusade"})
COMPARING_VERBS = frozenset({"liken", "compare", "equate"})
ROLE_NOUNS = frozenset({"protester", "protestor", "demonstrator", "activist", "campaigner", "marcher",
                        "picketer", "striker", "rioter"})
VOIDABLE = frozenset({"law", "statute", "ordinance", "ban", "rule", "regulation", "measure", "provision",
                      "act", "bill", "requirement", "decision", "order", "ruling", "mandate", "policy"})
VICTIM_WORDS = frozenset({"victim", "survivor", "casualty"})
STANCES = frozenset({"stance", "view", "pledge", "promise", "commitment", "demand", "claim", "argument",
                     "policy", "plan", "proposal", "opinion", "insistence"})
ARMED_SIDES = frozenset({"troop", "force", "army", "soldier", "rebel", "fighter", "unit", "militia",
                         "battalion", "brigade", "division", "insurgent", "guerrilla", "militant", "tank"})
BREACH_VERBS = frozenset({"violate", "breach", "break", "flout", "contravene"})
HOUSE_RULES = frozenset({"policy", "term", "guideline", "standard", "code", "rule", "condition"})
# What one fights "for" when the fight is a campaign: a person or a cause, not ground.
CAUSES = frozenset({"freedom", "justice", "right", "equality", "survival", "custody", "return", "democracy",
                    "change", "reform", "recognition", "life", "future", "release", "respect", "dignity"})


def names_no_act(cand: Candidate) -> bool:
    """The trigger names a kind, a name, an accident, a campaign or a backing (see module doc)."""
    tok = cand.token
    if cand.kind == "noun" and not cand.extra:
        return _kind_modifier(tok) or _inside_name(tok) or _campaign_noun(tok) or _compared(tok) or \
            _one_after_another(tok) or _role_description(tok)
    if cand.kind not in ("verb", "frame"):
        return False
    lemma = tok.lemma_.lower()
    if cand.type == "ASSAULT" and (_accident_death(tok) or _victims_named(tok)):
        return True
    if cand.type == "RETREAT" and _stance_left(tok):
        return True
    if lemma in BREACH_VERBS and _house_rule(tok):
        return True
    if lemma == "strike" and _law_struck_down(tok):
        return True
    return lemma == "support" and _backing_thing(tok)


def _kind_modifier(tok: Token) -> bool:
    """"bombing victims", "investigation department": a noun modifying a noun that is no act."""
    if tok.dep_ != "compound" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return tok.head.lemma_.lower() not in LEGAL_HEADS


def _inside_name(tok: Token) -> bool:
    """A capitalised noun closing a multi-word name: "the Minnesota State Patrol", "the Volunteer
    Assistance programme" (a name inside the tagger's entity, or after proper-noun modifiers)."""
    if tok.tag_ not in ("NNP", "NNPS") or tok.i == tok.sent.start or not tok.text[:1].isupper():
        return False
    if tok.ent_iob_ == "I" and tok.ent_type_ in NAME_ENTITIES:
        return True
    return any(c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") for c in tok.children)


def _accident_death(verb: Token) -> bool:
    """"were killed when two helicopters crashed": a death in an accident."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in ACCIDENT_VERBS for c in verb.children)


def _victims_named(verb: Token) -> bool:
    """"paid tribute to bombing victims": a gerund naming the kind of victims, no attack told."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in VICTIM_WORDS for c in verb.children)


def _stance_left(verb: Token) -> bool:
    """"retreated from its position in the case", "backed away from his pledge": a view given
    up; troops retreating "from their positions" still withdraw."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is None:
            continue
        if place.lemma_.lower() in STANCES:
            return True
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if place.lemma_.lower() == "position" and place.tag_ == "NN" and \
                (subject is None or subject.lemma_.lower() not in ARMED_SIDES):
            return True
    return False


def _house_rule(verb: Token) -> bool:
    """"violated the site's policy", "breached the terms of use": a house rule, no pact broken."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in HOUSE_RULES for c in verb.children)


def _law_struck_down(verb: Token) -> bool:
    """"to strike it down", "struck down the ordinance": a law voided, no one hit."""
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj is not None and (obj.lower_ in ("it", "this", "that") or obj.lemma_.lower() in VOIDABLE)


def _campaign_noun(noun: Token) -> bool:
    """"the fight for Elian", "a battle to secure his return": no enemy, a cause."""
    if noun.lemma_.lower() not in FIGHT_NOUNS:
        return False
    if any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
           for c in noun.children):
        return True
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"):
        goal = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if goal is not None and (goal.ent_type_ == "PERSON" or goal.lemma_.lower() in CAUSES):
            return True
    return False


def _one_after_another(noun: Token) -> bool:
    """"from demonstration to demonstration", "rally after rally": a habit, no one event."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("to", "after") and head.head.dep_ == "pobj":
        return head.head.lemma_.lower() == noun.lemma_.lower()
    if noun.dep_ == "pobj" and head.lower_ == "from":
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lemma_.lower() == noun.lemma_.lower() for g in c.children)
            for c in noun.children)
    return any(c.dep_ == "prep" and c.lower_ == "after" and any(
        g.dep_ == "pobj" and g.lemma_.lower() == noun.lemma_.lower() for g in c.children)
        for c in noun.children)


def _role_description(noun: Token) -> bool:
    """"Kopp, an anti-abortion protester who …", "she is an activist": who someone is, no protest."""
    return noun.dep_ in ("appos", "attr") and noun.lemma_.lower() in ROLE_NOUNS and noun.tag_ == "NN"


def _compared(noun: Token) -> bool:
    """"likened the revolutionary battle to …": a comparison, no report of the act."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in COMPARING_VERBS


def _backing_thing(verb: Token) -> bool:
    """"enough material to support an indictment": a thing backs a claim, no one is supported."""
    return verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and not is_agent(verb.head) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
