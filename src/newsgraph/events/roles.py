"""Who did it and to whom: actor and target tokens from the dependency parse.

Actor: the clause subject (through xcomp/conj/advcl to the governing verb), the agent of
a passive, or for a noun trigger its possessor ("Russia's attack"), national modifier
("Israeli raids") or "by" phrase. Target: the object (or passive subject), then the
prepositions each event type takes ("attack on", "talks with", "aid to", "withdraw from").
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newsgraph.events.actors import is_pronoun, load_actor_words
from newsgraph.events.detect import Candidate

TARGET_PREPS: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("on", "against", "at", "into", "upon", "toward", "towards", "of", "in"),
    "CONSULT": ("with", "between", "to", "among", "in"),
    "AID": ("to", "for"),
    "SANCTION": ("on", "against", "with", "to", "from", "of", "in"),
    "COERCE": ("on", "against", "into", "to", "from", "of", "in"),
    "CONCEDE": ("in", "to", "on", "for", "from", "of"),
    "RETREAT": ("from", "to", "in", "on", "for"),
    "PROTEST": ("against", "over", "at", "outside", "to", "by"),
    "REQUEST": ("from", "of", "to", "on", "for"),
    "ACCUSE": ("against", "of", "over", "about", "for", "on", "to"),
    "REJECT": ("of", "by", "from", "to", "with"),
    "THREATEN": ("against", "to", "with", "on", "in", "for"),
    "AGREE": ("with", "to", "for", "in", "on"),
    "SUPPORT": ("to", "with", "for", "of"),
    "COOPERATE": ("with", "to"),
    "MOBILIZE": ("in", "against", "along", "to", "on", "near", "into"),
}
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
PARTY_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON", "FAC", "LOC"})
PREPS_FIRST = frozenset({"AID", "AGREE", "COOPERATE", "RETREAT", "SUPPORT", "SANCTION"})
OWNER_TYPES = frozenset({"REQUEST", "REJECT", "CONCEDE", "ACCUSE", "SUPPORT"})
OBJECT_PREPS = ("by", "of", "with", "from", "against", "on", "between", "among", "to", "for")
GROUP_NOUNS = frozenset({"organization", "organisation", "group", "movement", "faction", "network",
                         "coalition", "alliance", "side", "party", "delegation", "mission", "camp",
                         "population", "community", "people", "nation", "country", "regime"})
COMPLEMENT_SUBJECT_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "CONCEDE", "REJECT", "AGREE"})
INHERIT_SUBJECT = frozenset({"xcomp", "conj", "advcl", "pcomp"})
# "X is opposed to", "X is committed to": the passive subject is the one acting.
ADJECTIVAL_PASSIVES = frozenset({"oppose", "commit", "prepare", "determine", "dedicate", "resolve",
                                 "engage", "involve"})
ACTOR_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def subject_of(verb: Token, depth: int = 0) -> Optional[Token]:
    """The clause subject, or the agent of a passive; inherited from the governing verb."""
    passive = None
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            passive = child
    if passive is not None and verb.lemma_.lower() in ADJECTIVAL_PASSIVES:
        return passive
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.dep_ != "expl":
            return child
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and _is_active(verb):
        return verb.head
    if passive is not None:
        return None
    controller = _object_controller(verb)
    if controller is not None:
        return controller
    if verb.dep_ in INHERIT_SUBJECT and depth < 3 and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ == "ADP":
            head = head.head
        return subject_of(head, depth + 1)
    return None


# Verbs whose infinitive's doer is their subject even with an object ("promised him to …").
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "offer", "agree", "threaten", "swear"})


def _object_controller(verb: Token) -> Optional[Token]:
    """"urged Vietnam to push back", "called on Dean to apologize": the object does the infinitive."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() in SUBJECT_CONTROL:
        return None
    for child in head.children:
        if child.dep_ == "dobj" and child.i < verb.i:
            return child
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and child.i < verb.i:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _is_active(verb: Token) -> bool:
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and verb.tag_ != "VBN"


def passive_subject(verb: Token) -> Optional[Token]:
    """The passive subject (the one acted upon), or None."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def noun_actor(noun: Token) -> Optional[Token]:
    """"Russia's attack", "Israeli air raids", "attack by rebels": the noun's own actor."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    for child in noun.lefts:
        if child.dep_ in ACTOR_MODIFIER_DEPS and (child.ent_type_ in ("NORP", "GPE", "ORG") or
                                                   child.pos_ == "PROPN"):
            return child
    for child in noun.rights:
        if child.dep_ == "acl":  # "the demonstration staged by students"
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return pobj
    return None


def prep_target(tok: Token, type_: str, skip: set[int]) -> Optional[Token]:
    """The object of the first preposition this event type takes ("attack on X")."""
    preps = TARGET_PREPS.get(type_, ("on", "against", "with", "to"))
    found = {}
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps and child.lower_ not in found:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.i not in skip and pobj.ent_type_ not in ("DATE", "TIME"):
                found[child.lower_] = pobj
    return next((found[p] for p in preps if p in found), None)


def object_target(verb: Token, skip: set[int]) -> Optional[Token]:
    """The verb's object (or passive subject) unless it is part of the trigger."""
    cand = passive_subject(verb)
    if cand is not None and cand.i not in skip:
        return cand
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.i not in skip and child.ent_type_ not in ("DATE", "TIME"):
            return child
    return None


def owner_target(obj: Token) -> Optional[Token]:
    """"rejected a U.S. request": whose the rejected thing was (possessor or national modifier)."""
    found = noun_actor(obj)
    return found


def verb_roles(cand: Candidate) -> tuple[Optional[Token], Optional[Token]]:
    """Actor and target tokens for a verb trigger."""
    verb = cand.verb or cand.token
    skip = {t.i for t in cand.extra} | {cand.token.i}
    actor = subject_of(verb)
    if actor is not None:
        skip.add(actor.i)
    target = _first_party(_target_options(cand, verb, skip))
    if target is None and cand.content is not None:
        _, target = roles_of(cand.content)
    if target is None:
        target = _complement_target(verb, cand.type, skip)
    return actor, target


def _target_options(cand: Candidate, verb: Token, skip: set[int]) -> list[Optional[Token]]:
    """Where a verb's target may be, most likely first for this event type."""
    if passive_subject(verb) is not None and _passive_agent(verb) is not None:
        return [passive_subject(verb)]
    obj = object_target(verb, skip)
    by_prep = prep_target(verb, cand.type, skip)
    from_extra = [prep_target(t, cand.type, skip) or noun_owner(t, skip)
                  for t in cand.extra if t.pos_ in ("NOUN", "PROPN")]
    owner = noun_owner(obj, skip) if obj is not None and cand.type in OWNER_TYPES else None
    inner = _object_prep(obj, skip) if obj is not None else None
    if cand.type in PREPS_FIRST:
        return [by_prep, *from_extra, obj, owner, inner]
    return [obj, owner, *from_extra, by_prep, inner]


def _object_prep(obj: Token, skip: set[int]) -> Optional[Token]:
    """"demanded the withdrawal of Serbian forces", "autonomy from Serbian authorities"."""
    for prep in OBJECT_PREPS:
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.i not in skip and is_party(pobj):
                    return pobj
    return None


def _first_party(options: list[Optional[Token]]) -> Optional[Token]:
    """The first option that is a party, or whose owner is ("Serbia's suppression" -> Serbia)."""
    for tok in options:
        found = party_or_owner(tok) if tok is not None else None
        if found is not None:
            return found
    return None


def party_or_owner(tok: Token, depth: int = 0) -> Optional[Token]:
    """The token if it is a party, else the party behind it ("policies of X", "attack by X")."""
    if is_party(tok):
        return tok
    if depth >= 2:
        return None
    owner = noun_actor(tok)
    if owner is not None and is_party(owner):
        return owner
    for prep in OBJECT_PREPS:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                found = party_or_owner(pobj, depth + 1) if pobj is not None else None
                if found is not None:
                    return found
    return None


def is_party(tok: Token) -> bool:
    """Can this noun be an actor or target: a name, a nationality, a group, a person?"""
    if tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_ENTITIES:
        return True
    if is_pronoun(tok):
        return tok.lower_ not in ("it", "which", "that", "this")
    words = load_actor_words()
    if tok.lower_ in words.sectors or tok.lemma_.lower() in words.sectors or tok.lemma_.lower() in GROUP_NOUNS:
        return True
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and (
                child.pos_ == "PROPN" or child.ent_type_ in PARTY_ENTITIES):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in PARTY_ENTITIES
                                     or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in pobj.children)):
                return True
    return False


def roles_of(cand: Candidate) -> tuple[Optional[Token], Optional[Token]]:
    """Actor and target tokens of any candidate."""
    return noun_roles(cand) if cand.kind == "noun" else verb_roles(cand)


def noun_owner(noun: Token, skip: set[int]) -> Optional[Token]:
    owner = noun_actor(noun)
    return owner if owner is not None and owner.i not in skip else None


def _passive_agent(verb: Token) -> Optional[Token]:
    return next((c for c in verb.children if c.dep_ == "agent"), None)


def _complement_target(verb: Token, type_: str, skip: set[int]) -> Optional[Token]:
    """"demanded that the US cancel …" -> the US; "threatened to cut power to X" -> X."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and type_ in COMPLEMENT_SUBJECT_TYPES and not is_pronoun(subj):
                return subj
            found = _first_party([object_target(child, skip), prep_target(child, type_, skip)])
            if found is not None:
                return found
    return None


def noun_roles(cand: Candidate) -> tuple[Optional[Token], Optional[Token]]:
    """Actor and target tokens for a noun trigger (with or without a light verb)."""
    noun = cand.token
    skip = {noun.i} | {t.i for t in cand.extra}
    actor = noun_actor(noun)
    light = next((t for t in cand.extra if t.pos_ in ("VERB", "AUX")), None)
    if actor is None and light is not None:
        actor = subject_of(light)
    if actor is None and noun.dep_ in ("dobj", "pobj") and cand.verb is not None and noun.head.lower_ != "of":
        actor = _governing_subject(noun, cand.verb)
    if actor is not None:
        skip.add(actor.i)
    options = [prep_target(noun, cand.type, skip)]
    if light is not None:
        options += [prep_target(light, cand.type, skip), _dative(light, skip)]
    return actor, _first_party(options)


# Verbs that talk about an event rather than take part in it: "the ministry would not
# comment on the attack", "Kyiv condemned the strike" (the subject is not the attacker).
COMMENTING_VERBS = frozenset({
    "comment", "respond", "react", "condemn", "deny", "criticize", "criticise", "denounce", "decry",
    "investigate", "probe", "report", "describe", "discuss", "mourn", "blame", "praise", "welcome",
    "question", "answer", "dismiss", "survive", "witness", "recall", "remember", "ignore", "cover",
    "document", "film", "record", "watch", "hear", "see", "follow", "monitor", "analyse", "analyze",
    "highlight", "explore", "examine", "depict", "portray", "cite", "mention", "note", "commemorate",
    "recount", "detail", "chronicle", "study", "review", "dramatize", "dramatise", "remind",
})


def _governing_subject(noun: Token, verb: Token) -> Optional[Token]:
    """"held talks", "resorted to demonstrations": the subject of the verb holding the noun."""
    if verb.lemma_.lower() in COMMENTING_VERBS:
        return None
    if noun.head.i == verb.i or (noun.head.dep_ == "prep" and noun.head.head.i == verb.i):
        return subject_of(verb)
    return None


def _dative(verb: Token, skip: set[int]) -> Optional[Token]:
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.i not in skip:
            return child
    return None
