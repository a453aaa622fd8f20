"""Which words an article uses as people's names, read once per document for the place checks.

A capitalised word that names a person in the article ("Nelson said", "coach Ripley", the
surname of "Mary Nelson") is no town, whatever the gazetteer holds.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

INSTITUTION_WORDS = frozenset(
    """police sheriff sheriff's sheriff’s county city fire department dept schools school high middle
    elementary council hospital university college library park parks board commission office court
    jail airport chamber public regional area community memorial municipal transit district township
    parish town village post times herald tribune journal gazette news daily star observer record
    courier register library museum zoo mall church cathedral cemetery state clerk commissioner
    commissioners attorney prosecutor coroner assessor treasurer detention deputies officials government
    courthouse fair historical society utilities water army depot democratic republican committee senior
    center centre""".split()
)
REGION_WORDS = frozenset("county parish state province region district territory oblast borough township".split())
# A player's position or a board's chair is a role too: "Sabres center Casey Mittelstadt" is no
# town called Casey, "executive chair Marcelo Claure" no organisation.
POSITIONS = frozenset(
    """chair chairwoman chairman forward center centre defenseman defender goaltender goalie quarterback
    linebacker striker midfielder winger pitcher shortstop outfielder catcher receiver""".split()
)
TITLES = frozenset(
    "mr mrs ms miss dr president minister gen general sen senator rep gov governor judge king queen prince "
    "sgt officer detective chief coach mayor pastor rev lt capt col wife husband daughter son mother father "
    "brother sister".split()
) | POSITIONS
SPEECH_VERBS = frozenset("said says say told added explained wrote asked according".split())
PLACE_PREPOSITIONS = frozenset("in at from near of".split())


class DocWords:
    """The text, lower-case form and proper-noun flag of every token, read once: the name
    checks below run over the whole article, and spaCy builds a Token object per access."""

    def __init__(self, doc: Doc) -> None:
        self.texts: list[str] = []
        self.lowers: list[str] = []
        self.propn: list[bool] = []
        for token in doc:
            self.texts.append(token.text)
            self.lowers.append(token.lower_)
            self.propn.append(token.pos_ == "PROPN")


def person_words(doc: Doc, words: Optional[DocWords] = None) -> tuple[set[str], set[str]]:
    """Lower-cased words the article uses as people's names: parts of multi-word PERSON entities
    and words after a title ("coach Ripley"); and, apart, words seen only right before a speech
    verb ("Nelson said"), which may also be a capital speaking for its government ("Tbilisi says")."""
    found = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and name_word(e[-1])}
    speakers = set()
    words = words or DocWords(doc)
    texts, lowers = words.texts, words.lowers
    for i, text in enumerate(texts):
        if not name_text(text):
            continue
        if i > 0 and lowers[i - 1].rstrip(".") in TITLES:
            found.add(lowers[i])
        if i + 1 < len(texts) and lowers[i + 1] in SPEECH_VERBS and words.propn[i]:
            if i == 0 or lowers[i - 1] not in PLACE_PREPOSITIONS:  # "police in Sevierville say"
                speakers.add(lowers[i])
    return found, speakers - found


NOT_NAME_WORDS = INSTITUTION_WORDS | REGION_WORDS | TITLES


def lone_speakers(words: DocWords) -> set[str]:
    """Name words standing alone before a speech verb ("Torrey said"; not "Police Department
    says", "New York Times reports"): surnames the article uses for a person."""
    texts, lowers = words.texts, words.lowers
    found = {lowers[i] for i in range(1, len(texts) - 1)
             if name_text(texts[i]) and lowers[i + 1] in SPEECH_VERBS and not texts[i - 1][:1].isupper()}
    return found - INSTITUTION_WORDS


def name_word(token: Token) -> bool:
    """True for a word written as a name: "Smith", "McDonald", "O'Brien" (not "NASA", "iPhone")."""
    return name_text(token.text)


def name_text(text: str) -> bool:
    """`name_word` on a token's text."""
    return len(text) > 1 and text[0].isupper() and text[1] != "." and any(c.islower() for c in text)
