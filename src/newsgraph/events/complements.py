"""Parties named inside a complement clause: the one a letting verb lets act ("refused to let the
president leave") and the one a claim noun is about ("the accusation that Congo backs the militia")."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newsgraph.events.actors import is_pronoun


# Verbs of letting: "refused to let X leave", "agreed to allow X to return": X is the one concerned.
PERMITTING_VERBS = frozenset({"let", "allow", "permit"})


def permitted(verb: Token) -> Optional[Token]:
    """The party a letting verb lets do something, or None."""
    from newsgraph.events.roles import is_party
    if verb.lemma_.lower() not in PERMITTING_VERBS:
        return None
    for child in verb.children:  # "let X leave" (X the subject of the complement, however parsed)
        subj = next((g for g in child.children if g.dep_ == "nsubj"), None)
        if subj is not None and not is_pronoun(subj) and is_party(subj):
            return subj
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and not is_pronoun(obj) and is_party(obj) else None


def claimed_doer(noun: Token) -> Optional[Token]:
    """"Rwanda's accusation that Congo backs the militia": the party the claim is about."""
    from newsgraph.events.roles import is_party
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
            subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and not is_pronoun(subj) and is_party(subj):
                return subj
    return None


ENVOY_WORDS = frozenset({"ambassador", "envoy", "diplomat", "consul", "charge", "representative"})


def envoy_post(obj: Token, verb: Token) -> Optional[Token]:
    """"recalled its ambassador from Algiers", "withdrew its envoy to Madrid": the post the sender's own
    envoy leaves (the party the measure is aimed at); None when the object is no own envoy."""
    if obj.lemma_.lower() not in ENVOY_WORDS or \
            not any(c.dep_ == "poss" and is_pronoun(c) for c in obj.children):
        return None
    for holder in (obj, verb):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "to", "in"):
                post = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if post is not None and (post.pos_ == "PROPN" or post.ent_type_ in ("GPE", "ORG", "NORP")):
                    return post
    return None


def withdrawn_forces(verb: Token) -> Optional[Token]:
    """"Troops were withdrawn from the village": with no one named as withdrawing them, the forces
    themselves pull back (the passive subject acts)."""
    from newsgraph.events.detect import MATERIEL
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj if subj is not None and subj.lemma_.lower() in MATERIEL else None


# Verbs that tell what an attack noun struck: "an Israeli strike hit a school".
STRIKING_VERBS = frozenset({"hit", "strike", "destroy", "damage", "target", "slam", "pound", "flatten", "level"})


def struck_by(noun: Token) -> Optional[Token]:
    """The object of the verb an attack noun is the subject of ("the strike hit a school": the school)."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in STRIKING_VERBS:
        return None
    return next((c for c in noun.head.children if c.dep_ == "dobj"), None)
