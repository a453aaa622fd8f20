"""Small clause tests shared by the modality and role modules (no imports from either)."""

from __future__ import annotations

from spacy.tokens import Token


def own_clause(conj: Token) -> bool:
    """A conjoined verb that cannot share its first conjunct's governor or subject: a finite
    verb after an infinitive or subjunctive ("would like him to explain but supports him"), or
    an active verb with its own object after a passive ("suggested he be fired and defended Trump").
    The parser hangs such a verb on the embedded clause; it belongs to the main one."""
    if conj.dep_ != "conj" or conj.head.i == conj.i:
        return False
    first = conj.head
    if (conj.tag_ == "VBZ" and first.tag_ in ("VB", "VBN", "VBG")) or (conj.tag_ == "VBD" and first.tag_ == "VB"):
        return True  # not VBP, which the tagger gives to bare verbs in a row ("to inspect, repair and …")
    return any(c.dep_ == "dobj" for c in conj.children) and any(c.dep_ == "auxpass" for c in first.children) \
        and not any(c.dep_ in ("auxpass", "aux") for c in conj.children)


def main_clause_of(conj: Token) -> Token:
    """For a verb `own_clause` detaches, the clause it really joins: the governor of its first
    conjunct ("suggested" in "suggested he be fired and defended Trump")."""
    first = conj.head
    if first.dep_ in ("xcomp", "ccomp", "advcl") and first.head.i != first.i:
        return first.head
    return first
