"""Tests that a capitalised name is no place on this page: a person's name or surname, an English
word the page also writes in lower case, an unknown acronym, the head or tail of a hyphenated
compound ("Agence France-Presse", "T-Mobile"), an era ("500 BC").

`NameChecks` is a mixin of `recognize.Recognizer`: it reads `self.gaz`, `self.doc`, `self.text`,
`self.persons`, `self.speakers`, `self.lone_speakers`, `self.lower_words` and `self.tagged`.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Doc, Span

from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.known import STRONG_POPULATION, is_acronym, is_place_name, region_name, strong_entry
from newsgraph.geo.names import name_key
from newsgraph.geo.people import NOT_NAME_WORDS, TITLES, name_word
from newsgraph.geo.spans import (
    AFFILIATION_HEADS,
    CAPITAL_SPEAKER_POPULATION,
    COMMON_WORDS,
    HYPHEN_HEAD,
    NAME_AFTER_HYPHEN,
    YEAR_BEFORE,
)
from newsgraph.geo.toponyms import Toponym, lookup_keys

# A lower-case region noun after a name: "Unity state", "Maban county", "Helmand province".
REGION_NOUN_AFTER = re.compile(r"\s+(?:state|province|county|region|district|governorate|oblast)\b")
ADMIN_FEATURES = frozenset({"ADM1", "ADM2"})


class NameChecks:
    """Name tests of the Recognizer (see the module docstring)."""

    gaz: Gazetteer
    doc: Doc
    text: str
    persons: set[str]
    speakers: set[str]
    tagged: set[str]
    lower_words: set[str]
    lone_speakers: set[str]
    followed_by_region: Callable[[Span], bool]  # from TextPatterns (annotation only: MRO finds it)

    def compound_head(self, top: Toponym) -> bool:
        """True for a name glued by a hyphen to a following capitalised word that is no place
        ("France-Presse"); "Russia-Ukraine", "Delhi-NCR" and "Texas-based" stay places."""
        end = top.end if top.text[-1:] in "-‐" else top.end + 1
        if self.text[end - 1 : end] not in ("-", "‐"):
            return False
        match = NAME_AFTER_HYPHEN.match(self.text, end)
        if match is None or match.group(1).isupper() or is_place_name(self.gaz, self.text[top.start : match.end(1)]):
            return False  # "Gilgit-Baltistan" is one place; "Delhi-NCR" a place and its region
        words = match.group(0).split()
        phrases = [" ".join(words[:n]) for n in range(len(words), 0, -1)]
        return not any(is_place_name(self.gaz, p) or name_key(p) in self.gaz.demonyms for p in phrases)

    def compound_tail(self, top: Toponym) -> bool:
        """True for a name glued by a hyphen to a capitalised word that is no place ("T-Mobile")."""
        head = HYPHEN_HEAD.search(self.text, max(0, top.start - 30), top.start)
        if head is None or not head.group(1)[:1].isupper() or head.group(1) in AFFILIATION_HEADS:
            return False
        word = head.group(1)
        return not (len(word) >= 2 and is_place_name(self.gaz, word)) and name_key(word) not in self.gaz.demonyms

    def era(self, top: Toponym) -> bool:
        """True for "BC" in a year ("250 B.C.", "500 BC"), not British Columbia."""
        if top.text.replace(".", "") != "BC":
            return False
        return YEAR_BEFORE.search(self.text, max(0, top.start - 8), top.start) is not None

    def abbreviation(self, span: Span) -> bool:
        """True for a dotted abbreviation of a region ("Calif." even when the dot ends the sentence)."""
        text = span.text
        dotted = self.text[span.end_char : span.end_char + 1] == "."
        return text in self.gaz.surface or (dotted and text + "." in self.gaz.surface)

    def full_person_name(self, span: Span) -> bool:
        """True for a name whose last word the article uses alone for a person ("Paul Torrey"
        when "Torrey said" follows), unless it opens with a well-known place ("the Holy See
        Mikayel Minasyan"). Only lone speakers count: the small model tags many towns and
        hospitals as persons, so a PERSON entity's own words prove nothing."""
        if len(span) < 2 or not all(name_word(t) and t.lower_ not in NOT_NAME_WORDS for t in span):
            return False
        if span[-1].lower_ not in self.lone_speakers:
            return False
        return not any(strong_entry(self.gaz, name_key(span[:n].text)) for n in range(1, len(span) + 1))

    def named_speaker(self, span: Span, label: str) -> bool:
        """True for a single word tagged PERSON that the article also has standing alone before
        a speech verb ("York said"): a surname, unless a capital or region speaks for its
        government ("Beijing says", "Texas said")."""
        if label != "PERSON" or len(span) != 1 or span[0].lower_ not in self.lone_speakers:
            return False
        key = lookup_keys(span.text)[0]
        capital = any(self.gaz.feature[e] == "PPLC" and not alt for e, alt in self.gaz.lookup(key))
        return not (capital or region_name(self.gaz, key))

    def strong_despite_name(self, span: Span) -> bool:
        """True for a place big enough to stay one though its word is used for a person; a
        person's surname that also stands alone before a speech verb ("Kate York" ... "York
        said") needs a city of CAPITAL_SPEAKER_POPULATION."""
        word = span[0].lower_
        surname = len(span) == 1 and word in self.persons and word in self.lone_speakers
        least = CAPITAL_SPEAKER_POPULATION if surname else STRONG_POPULATION
        return strong_entry(self.gaz, name_key(span.text), min_population=least)

    def lower_case_word(self, span: Span) -> bool:
        """True for a single word the article also writes in lower case, so an English word
        ("Plague" opening a sentence, "Store", "Mobile"), not a place's name."""
        return len(span) == 1 and span[0].lower_ in self.lower_words and name_key(span.text) not in self.tagged

    def common_word(self, span: Span) -> bool:
        """True for a single capitalised English word that is also a place name ("Superior"),
        unless a region noun follows it and a region bears the name ("Unity state", "Delta state")."""
        if len(span) != 1 or span[0].lower_ not in COMMON_WORDS:
            return False
        if REGION_NOUN_AFTER.match(self.text, span.end_char) is None:
            return True
        return not any(self.gaz.feature[e] in ADMIN_FEATURES for e, _ in self.gaz.lookup(name_key(span.text)))

    def bad_acronym(self, span: Span) -> bool:
        """True for an acronym that is no country, region or big city ("BA", "OAS")."""
        return is_acronym(span.text) and not is_place_name(self.gaz, span.text)

    def after_title(self, span: Span) -> bool:
        """True for a name right after a title ("coach Ripley", "Gov. Perry")."""
        return span.start > 0 and self.doc[span.start - 1].lower_.rstrip(".") in TITLES

    def person_like(self, span: Span) -> bool:
        """True for a single word used elsewhere as part of a person's name, or after a title."""
        if self.after_title(span):
            return True
        if len(span) != 1:
            return False
        word = span[0].lower_
        if word in self.speakers:
            return not strong_entry(self.gaz, lookup_keys(span.text)[0], min_population=CAPITAL_SPEAKER_POPULATION)
        return word in self.persons

    def place_despite_person(self, span: Span) -> bool:
        """True when a name tagged PERSON is surely a place: tagged as one elsewhere, a country or
        first-level region, a big city, or followed by its region (else a town so read is kept
        only when it is not alone in its country, see component.stray)."""
        key = lookup_keys(span.text)[0]
        if key in self.tagged or region_name(self.gaz, key) or self.followed_by_region(span):
            return True
        return strong_entry(self.gaz, key, min_population=CAPITAL_SPEAKER_POPULATION)
