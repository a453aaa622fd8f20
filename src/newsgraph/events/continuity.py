"""Subject continuity: whom a sentence-opening "He" or "She" stands for.

A sentence opened by "He denied …" goes on about the subject of the sentences before it
("Volker disputed the notion … “My role …,” he told lawmakers. He denied …": Volker), not
about the last name mentioned in passing ("allegations against Biden"). Quoted speech is
skipped: its subjects are the speaker's, not the narrative's.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from newsgraph.events.persons import gender_fits

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
                and gender_fits(tok, subj):
            return _compound_name(subj)
        return None
    return None


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
