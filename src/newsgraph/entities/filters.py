"""Groups of mentions that name nothing, for `newsgraph.entities`: an ordinary word opening a
sentence or a heading ("Rice production ..."), a "person" named only by common English words
("Photo Credit"), a one-word "organisation" that is a common noun the article also writes in
lower case ("the Company"). A group is the entities module's `_Group` (`mentions`, `label()`).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsgraph.entities.people import english_word, phrase_of_words


def common_noun_org(doc: Doc, group: Any, lower: set[str]) -> bool:
    """True for a one-word "organisation" that is a common English noun the article also writes
    in lower case ("the Company", "the Magistrate" beside "the company", "the magistrate")."""
    if group.label() != "ORG":
        return False
    for m in group.mentions:
        start, end = m.tokens
        token = doc[start]
        if end - start != 1 or token.text.isupper() or token.lower_ not in lower or not english_word(token):
            return False
    return True


def word_phrase(doc: Doc, group: Any) -> bool:
    """True for a "person" named only by common English words, none a given name or a surname
    ("Photo Credit"), and never given with a title or role."""
    if group.label() != "PERSON" or any(m.role for m in group.mentions):
        return False
    return phrase_of_words(doc, (m.tokens for m in group.mentions))


def common_word(doc: Doc, group: Any, lower: set[str]) -> bool:
    """True for an ordinary word the model took for a name because it opens a sentence or a
    heading ("Rice production ...", "Border agents say", "Range and Charging"): every mention is
    one word at a sentence start, and the article also writes it in lower case."""
    for m in group.mentions:
        start, end = m.tokens
        token = doc[start]
        if end - start != 1 or token.lower_ not in lower or not opens_sentence(doc, start):
            return False
    return True


def opens_sentence(doc: Doc, i: int) -> bool:
    """True for a token opening a sentence or a line, after an opening quotation mark too."""
    if i > 0 and doc[i - 1].text in ("“", '"', "‘", "'", "("):
        i -= 1
    return doc[i].is_sent_start or line_start(doc, i) or (i > 0 and doc[i - 1].text == ":")


def line_start(doc: Doc, i: int) -> bool:
    """True for a token that opens a line."""
    return i == 0 or "\n" in doc[i - 1].text or doc[i - 1].whitespace_.count("\n") > 0
