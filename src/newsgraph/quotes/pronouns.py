"""The sex an article gives a person, so that "she" is never resolved to a man.

The evidence is a title or a noun in apposition to one of the person's mentions ("his
mother, Ellen Mauro", "Flores' stepfather, Mike Mauro", "His widow, Denise"): a kinship or
role word with a sex, after stripping "step-", "grand-", "god-" and "-in-law". A person with
no such word has no known sex and stays a candidate for either pronoun.
"""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Span

from newsgraph.events.persons import FEMALE_PRONOUNS, FEMALE_WORDS, MALE_WORDS

MORE_FEMALE = frozenset({"widow", "fiancee", "fiancée", "girlfriend", "bride", "stepmom", "mom", "grandma", "nun"})
MORE_MALE = frozenset({"widower", "fiance", "fiancé", "boyfriend", "groom", "dad", "grandpa", "monk"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
KIN_PREFIXES = ("great-grand", "grand", "step", "god")


def _base(word: str) -> str:
    word = word.lower().rstrip(".").removesuffix("-in-law")
    for prefix in KIN_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix):].lstrip("-")
    return word


def sex_of(words: Iterable[str]) -> Optional[str]:
    """ "female", "male", or None when the words say neither (or both)."""
    bases = {_base(w) for w in words}
    female = bool(bases & (FEMALE_WORDS | MORE_FEMALE))
    male = bool(bases & (MALE_WORDS | MORE_MALE))
    if female == male:
        return None
    return "female" if female else "male"


def pronoun_sex(word: str) -> Optional[str]:
    """The sex a third-person pronoun names ("she" → female), or None."""
    if word in FEMALE_PRONOUNS:
        return "female"
    return "male" if word in MALE_PRONOUNS else None


def sex_fits(word: str, words: Iterable[str]) -> bool:
    """Whether a pronoun may stand for a person described by `words` ("she" for a mother,
    not for a stepfather; either for a person of unknown sex)."""
    sex = pronoun_sex(word)
    return sex is None or sex_of(words) in (None, sex)


def sex_words(span: Span) -> set[str]:
    """Words that can give a named person's sex: a title in or right before the name ("Mrs.
    Clinton") and the nouns in apposition to it ("his mother, Ellen Mauro", "Mary Wheeler, a
    teacher"), never the words of a clause about someone else ("a teacher whose husband …")."""
    last = span[-1]
    found = {t.lower_ for t in span}
    if span.start > 0:
        found.add(span.doc[span.start - 1].lower_)
    found.update(c.lower_ for c in last.children if c.dep_ == "appos")
    if last.dep_ == "appos":
        found.add(last.head.lower_)
    return found
