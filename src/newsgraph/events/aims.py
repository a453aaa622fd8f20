"""Targets that are no plain object: a site struck, a party helped, met, warned or fought.

"shelled rebel positions", "razed dozens of houses" (a place or thing held by a party), "pledged loans
to help Sri Lanka", "arrived for talks with Biden", "threatened force if the protesters stay",
"recaptured the town from rebels", "claimed responsibility for the attack", "clashes between X and Y".
`roles` calls these; they read `roles.is_party` and `roles.subject_of` at call time (roles imports
this module).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newsgraph.events.actors import is_pronoun
from newsgraph.events.detect import TERRITORY_VERBS, counted

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Entity types that name no party: an owner so typed would be dropped as an actor later.
THING_ENTITIES = frozenset({"PRODUCT", "WORK_OF_ART", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY",
                            "CARDINAL", "ORDINAL", "LAW", "EVENT", "LANGUAGE"})


def _party(tok: Token) -> bool:
    from newsgraph.events.roles import is_party

    return is_party(tok)


# Cooperative acts whose purpose clause names who gains: "pledged loans to help Sri Lanka rebuild".
BENEFIT_TYPES = frozenset({"AGREE", "AID", "SUPPORT", "COOPERATE"})
HELP_VERBS = frozenset({"help", "assist", "support", "aid", "enable", "allow"})


def helped(verb: Token) -> Optional[Token]:
    """The party a "to help X (do …)" purpose clause on the verb or its object names, or None."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for clause in (c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp", "acl", "relcl")):
        if clause.lemma_.lower() not in HELP_VERBS or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in clause.children):
            continue
        gainers = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
        gainers += [s for c in clause.children if c.dep_ in ("ccomp", "xcomp")
                    for s in c.children if s.dep_ == "nsubj"]
        found = next((h for h in gainers if _party(h)), None)
        if found is not None:
            return found
    return None


def met_party(verb: Token) -> Optional[Token]:
    """The party a trip's purpose names: "arrived for talks with X"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            met = next((p for w in noun.children if w.dep_ == "prep" and w.lower_ == "with"
                        for p in w.children if p.dep_ == "pobj"), None)
            if met is not None and _party(met):
                return met
    return None


def conditioned(verb: Token) -> Optional[Token]:
    """"threatened to use force if the protesters did not leave": whom the condition is put to."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    for clause in (c for h in heads for c in h.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and _party(subj) and not is_pronoun(subj):
                return subj
    return None


def taken_from(verb: Token) -> Optional[Token]:
    """"recaptured the town from rebels": the party the place was taken from."""
    if verb.lemma_.lower() not in TERRITORY_VERBS:
        return None
    return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                 for p in c.children if p.dep_ == "pobj" and _party(p)), None)


def placed_at(tok: Token) -> bool:
    """A place name after a preposition of place ("in the Red Sea", "near Kandahar")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "inside", "outside", "across") \
        and tok.ent_type_ in PLACE_ENTITIES


# Attacks and coercion are done to things held by a party as much as to the party:
# "shelled rebel positions", "razed dozens of houses", "attacking ships", "seized the airport".
SITE_TYPES = frozenset({"ASSAULT", "COERCE", "AID"})
SITE_NOUNS = frozenset("""
house home village position base hideout hideaway camp compound building mosque church synagogue temple
shrine market checkpoint outpost post convoy ship vessel tanker boat ferry embassy consulate station plant
facility airport airfield port bridge headquarters residence stronghold depot warehouse refinery pipeline
shelter bus train truck vehicle property installation barracks prison jail palace bunker tunnel
settlement neighbourhood neighborhood office factory mine dam shop store car crossing apartment block
hotel restaurant cafe stadium tower school hospital clinic university kindergarten museum theatre theater
substation mall supermarket bakery tent fence gate barrier barricade town city district suburb
""".split())
# A place after one of these is aimed at ("fired on the convoy"); after "in", "at" it is where.
AIMED_PREPS = frozenset({"on", "against", "into", "upon", "toward", "towards", "to"})  # "set fire to"


def struck_site(tok: Token, type_: str) -> Optional[Token]:
    """The noun (or the counted noun after "dozens of") when it names a site or vehicle struck
    (an object, or the object of "on", "against", "into"), or for aid a settlement it goes to."""
    site = counted(tok)
    if site.lemma_.lower() in HOLD_NOUNS:  # "seized control of the airport"
        site = next((p for c in site.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), site)
    if site.pos_ != "NOUN" or site.ent_type_ in THING_ENTITIES:
        return None
    if type_ == "AID":  # "delivered food to the flooded villages": their people
        return site if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "into") and \
            site.lemma_.lower() in SETTLEMENT_NOUNS else None
    held = tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in HOLD_NOUNS
    if tok.dep_ == "pobj" and tok.head.lower_ not in AIMED_PREPS and not held:
        return None
    return site if site.lemma_.lower() in SITE_NOUNS else None


# Nouns of holding a place: "took control of the airport", "seized part of the base".
HOLD_NOUNS = frozenset({"control", "part", "most", "much", "rest", "half"})
# Places standing for the people living there when aid is brought to them.
SETTLEMENT_NOUNS = frozenset({"village", "town", "camp", "settlement", "neighbourhood", "neighborhood",
                              "shelter", "community", "island"})


# "claimed responsibility for the attack", "took credit for the bombing": the claimant did it.
CLAIM_NOUNS = frozenset({"responsibility", "credit"})


def claimed_by(noun: Token) -> Optional[Token]:
    """Who "claimed responsibility for" (or "took credit for") the deed the noun names."""
    from newsgraph.events.roles import subject_of

    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in CLAIM_NOUNS:
        return None
    verb = prep.head.head
    return subject_of(verb) if verb.pos_ == "VERB" and prep.head.dep_ in ("dobj", "nsubjpass") else None


def between(noun: Token) -> Optional[tuple[Optional[Token], Optional[Token]]]:
    """"clashes between X and Y": X fights Y; "between rival militias": the militias fight."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("between", "among"):
            first = next((c for c in child.children if c.dep_ == "pobj"), None)
            if first is not None and _party(first):
                second = next((c for c in first.children if c.dep_ == "conj" and _party(c)), None)
                return first, second
    return None
