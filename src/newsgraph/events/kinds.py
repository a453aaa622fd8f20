"""Event nouns that name no single event: a kind of act, or criticism told as an attack.

- "an end to all deportations", "bans any strikes": the plural with "all"/"any" is a class
  of acts, none of which is reported as having happened;
- "Warren was under attack", "the minister came under fire": said of a person, with no
  violence in the sentence, the attack is criticism (the caller turns it into ACCUSE).
"""

from __future__ import annotations

from spacy.tokens import Token


def every_such(tok: Token) -> bool:
    """"an end to all deportations", "bans any strikes": a kind of act, not one that happened."""
    return tok.tag_ == "NNS" and any(c.dep_ in ("det", "predet") and c.lower_ in ("all", "any")
                                     for c in tok.children)


def person_under_attack(tok: Token) -> bool:
    """"Warren was under attack", "the minister came under fire": a person, not a place, is hit."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "under" or tok.head.head.i == tok.head.i:
        return False
    subj = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.ent_type_ == "PERSON"
