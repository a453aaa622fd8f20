"""Subject continuity: whom a sentence-opening "He" or "She" stands for.

A sentence opened by "He denied …" goes on about the subject of the sentences before it
("Volker disputed the notion … “My role …,” he told lawmakers. He denied …": Volker), not
about the last name mentioned in passing ("allegations against Biden"). Quoted speech is
skipped: its subjects are the speaker's, not the narrative's.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from newsgraph.events.persons import gender_fits, is_person

QUOTE_MARKS = frozenset({'"', "“", "”"})
LOOK_BACK = 3  # sentences back to look for the subject carried on
NAME_ENTS = frozenset({"PERSON", "ORG", ""})  # the model often types a lone surname ORG or nothing


def continued_subject(tok: Token) -> Optional[list[Token]]:
    """The tokens of the name a sentence-opening subject pronoun carries on, or None."""
    sent = tok.sent
    if tok.i != sent.start or tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT":
        return None
    doc = tok.doc
    for _ in range(LOOK_BACK):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        subj = _narrative_subject(sent)
        if subj is None or subj.lower_ == tok.lower_:
            continue  # only quotation, or "he" again: look further back
        if subj.pos_ == "PROPN" and subj.text[:1].isupper() and subj.ent_type_ in NAME_ENTS \
                and gender_fits(tok, subj) and not _with_article(subj):
            return _compound_name(subj)
        return None
    return None


def _with_article(tok: Token) -> bool:
    """"the Moon", "the Gateway": a name with "the" is a thing or a body, never one person."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _compound_name(tok: Token) -> list[Token]:
    """"Prime Minister Jane Doe": the name with its compounds, without clauses hung on it."""
    name = [tok]
    for child in tok.lefts:
        if child.dep_ == "compound":
            name.extend(_compound_name(child))
    return sorted(name, key=lambda t: t.i)


def _narrative_subject(sent: Span) -> Optional[Token]:
    """The first subject of a verb outside the sentence's quotations."""
    marks = 0
    for t in sent:
        marks += t.text in QUOTE_MARKS
        if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") and marks % 2 == 0:
            return t
    return None


OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})


def local_subject(tok: Token) -> int:
    """The index of the subject of the clause whose object "him"/"her"/"them" is, or -1.

    That subject is never the pronoun's antecedent ("the gunman attacked her"); a verb
    conjoined to another shares its subject ("met the envoy and thanked him")."""
    if tok.lower_ not in OBJECT_PRONOUNS or tok.dep_ not in OBJECT_DEPS:
        return -1
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for _ in range(3):
        if verb is None:
            return -1
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.i
        verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else None
    return -1


def main_subject_below(tok: Token) -> Optional[Token]:
    """The main clause's subject, for an object "him"/"her" in a clause below the main verb.

    "The prince denied having sex with girls supplied to him": "him" cannot be the subject
    of its own clause but may be the main subject, which the sentence is about; a name
    mentioned in an earlier sentence is a worse guess. None when the pronoun is in the
    main clause itself, when the subject comes after it or is itself a pronoun.
    """
    if tok.lower_ == "them" or tok.lower_ not in OBJECT_PRONOUNS or tok.dep_ not in OBJECT_DEPS:
        return None
    own = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if own is None or own.i == tok.sent.root.i:
        return None
    local = local_subject(tok)
    subj = next((c for c in tok.sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i in (local, tok.i) or subj.i > tok.i or subj.pos_ == "PRON":
        return None
    return subj


def governing_object(tok: Token) -> Optional[list[Token]]:
    """"Police arrested the man after he fought officers": the subject "he" of an adverbial
    clause stands for the person the main clause acted on, when its subject is no person."""
    if tok.lower_ not in ("he", "she") or tok.dep_ != "nsubj" or tok.head.dep_ != "advcl":
        return None
    main = tok.head.head
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in main.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > tok.i or (subj is not None and is_person(subj)):
        return None
    if not is_person(obj) or not gender_fits(tok, obj):
        return None
    return _compound_name(obj) if obj.pos_ == "PROPN" else [obj]
