"""Who a head noun can be: a person ("the minister", "a gunman"), and of which sex, for "he" and "she"."""

from __future__ import annotations

import re

from spacy.tokens import Token

PERSON_NOUNS = frozenset("""
official minister president premier chancellor king queen emir prince princess spokesman spokeswoman
spokesperson leader chief secretary governor mayor senator congressman congresswoman judge
prosecutor lawyer attorney officer soldier man woman boy girl wife husband mother father son daughter
brother sister child doctor nurse teacher student worker analyst expert candidate nominee envoy
ambassador diplomat commander general negotiator adviser advisor aide director executive chairman
chairwoman ceo founder owner host reporter journalist activist victim suspect witness resident player
coach actor actress singer author writer professor scientist researcher economist historian pilot
gunman guard driver royal monarch heir emperor empress sultan sheikh duke duchess earl baron pope bishop
cardinal priest imam rabbi cleric
""".split())
FEMALE_WORDS = frozenset({"woman", "girl", "wife", "mother", "daughter", "sister", "queen", "princess",
                          "actress", "congresswoman", "spokeswoman", "chairwoman", "mrs.", "ms.", "miss",
                          "mrs", "ms", "grandmother", "aunt", "niece", "lady"})
MALE_WORDS = frozenset({"man", "boy", "husband", "father", "son", "brother", "king", "prince",
                        "congressman", "spokesman", "chairman", "mr.", "mr", "grandfather", "uncle",
                        "nephew", "gentleman"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})


def is_person(tok: Token) -> bool:
    """Could "he" or "she" refer to this head noun (a person, not a country or a body)?"""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.ent_type_ or tok.pos_ == "PROPN":
        return False
    lemma = tok.lemma_.lower()
    return tok.tag_ in ("NN", "NNP") and (lemma in PERSON_NOUNS or bool(re.search(r"(?:er|or|ist|ian)$", lemma)))


def gender_fits(pronoun: Token, head: Token) -> bool:
    """False when a title or noun says the person is of the other sex ("Mrs. Clinton" for "he")."""
    words = {t.lower_ for t in head.lefts} | {head.lower_, head.lemma_.lower()}
    if head.i > 0:
        words.add(head.doc[max(0, head.left_edge.i - 1)].lower_)
    female = bool(words & FEMALE_WORDS)
    male = bool(words & MALE_WORDS)
    if pronoun.lower_ in FEMALE_PRONOUNS:
        return not male or female
    return not female or male
