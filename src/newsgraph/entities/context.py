"""Kinds and spans of names read from the words around them, for `newsgraph.entities`.

The small model types a name mostly from its own letters; the words next to it often say
better what it names:

- a ship's prefix makes a ship's name, a product (OntoNotes types vehicles PRODUCT): "INS
  Tabar", "MV Rubymar", "HMS Queen Elizabeth", whether the model tagged the prefix, the name or both;
- a name owned by something ("its", "their", a possessive "'s") before a product's common noun
  is a product ("its Edge browser", "Google's Pixel phones"), or an event before a mission's
  ("NASA's Artemis II mission"); a model number fused to a capitalised tail is one ("737 MAX jets"),
  and so is a counted name ("260,000 Tiguan SUVs") and a lone "person" after an article ("a Glock pistol");
- a name before a natural feature's common noun is a place ("the Amazon rainforest", "the Wagah
  border");
- a one-word name a journey ends at is a place ("heading to Maban", "from Dublin to Lanzarote");
- a score run onto a team's name is no part of it ("Real Madrid 4-0");
- two one-word places joined by "and", "or" or "to", or two plural team names joined by "and",
  are two names ("Kharkiv and Odesa", "Lisbon to Funchal", "Nationals and Orioles"), unless the
  whole is itself a place ("Trinidad and Tobago");
- a ship's name written without its prefix joins the ship ("MV Gibe" ... "The Gibe was");
- a one-word "person" written after "the" and not used as a modifier is a landmark or a
  heavenly body ("The Louvre reopened", "around the Moon"), no person;
- a capitalised plural common noun opening a sentence ("Shoppers lined up") is no organisation.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from spacy.tokens import Doc, Span

from newsgraph.entities.filters import opens_sentence
from newsgraph.entities.kinds import known_place
from newsgraph.entities.people import english_word

# Prefixes of ships' names (navies' and merchant ships'), written in capitals.
SHIP_PREFIXES = frozenset("INS HMS USS USNS MV RMS HMAS HMCS HMNZS RV PNS KRI FV".split())
PRODUCT_NOUNS = frozenset(
    """jet jets aircraft airliner airliners plane planes helicopter helicopters drone drones browser
    browsers app apps phone phones smartphone smartphones handset handsets laptop laptops tablet tablets
    console consoles chip chips processor processors software vaccine vaccines rifle rifles missile
    missiles tank tanks car cars sedan sedans suv suvs truck trucks pickup pickups satellite satellites
    rocket rockets van vans pistol pistols handgun handguns revolver shotgun weedkiller herbicide pesticide
    drug drugs pill pills probe probes spacecraft telescope""".split()
)
PORT_NOUNS = frozenset("port harbour harbor".split())
VERSION_NOUNS = frozenset("version versions edition editions update updates".split())
EVENT_NOUNS = frozenset("mission missions summit tournament festival".split())
# Owners of products (firms'; a person's "his Navy jet" is an organisation's jet).
OWNERS = frozenset("its their 's ’s".split())
FEATURE_NOUNS = frozenset(
    """rainforest river basin delta valley desert jungle coast coastline peninsula glacier plateau
    estuary border""".split()
)
# Verbs of a journey: the name after "to" is where it ends ("heading to Maban").
# Verbs of boats at sea: the name after "off" is a coast or an island ("sank off Lampedusa").
SEA_LEMMAS = frozenset("capsize sink founder drown rescue intercept anchor run wreck spot".split())
JOURNEY_LEMMAS = frozenset(
    "head travel fly flee sail march drive evacuate divert deport relocate trek airlift ferry".split()
)
# What may follow a landmark's name written alone after "the": a verb, a stop or comma, a preposition.
LANDMARK_NEXT = frozenset({"VERB", "AUX", "PUNCT", "ADP", "CCONJ"})
HEAVENLY = frozenset("moon sun earth mars venus jupiter saturn mercury".split())
SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
DASHES = frozenset("- – —".split())
# First words of squares' and streets' names in other languages ("Place Vendome", "Piazza Navona").
SQUARE_WORDS = frozenset("place rue piazza plaza avenida calle praça praca platz".split())


def ship_span(doc: Doc, start: int, end: int) -> Optional[tuple[int, int]]:
    """The token span of a ship's name holding tokens [start, end) or right after its prefix
    ("INS | Tabar", "MV Rubymar"): the prefix and the capitalised words after it; None if no ship."""
    if doc[start].text in SHIP_PREFIXES:
        first = start
    elif start > 0 and doc[start - 1].text in SHIP_PREFIXES:
        first = start - 1
    else:
        return None
    last = first + 1
    while last < len(doc) and doc[last].is_title and doc[last].is_alpha:
        last += 1
    return (first, last) if last > first + 1 else None


SHIP_START = re.compile(r"\b(?:" + "|".join(sorted(SHIP_PREFIXES)) + r") [A-Z][a-z]")


def ship_starts(doc: Doc, text: str) -> list[int]:
    """The token indices of ships' prefixes before a capitalised word in the text ("HMS Diamond")."""
    starts = []
    for match in SHIP_START.finditer(text):
        span = doc.char_span(match.start(), match.start() + match.group().index(" "))
        if span is not None and len(span) == 1:
            starts.append(span.start)
    return starts


def owned_kind(doc: Doc, start: int, end: int, label: str) -> tuple[str, int]:
    """(label, start) of a name before a product's or a mission's common noun: PRODUCT or EVENT
    when something owns it ("its Edge browser", "NASA's Artemis II mission"), a count leads it
    ("260,000 Tiguan SUVs") or a model number does ("737 MAX jets", the number then joins the
    name), and PRODUCT for a one-word "person" after an article or an adjective ("a loaded
    Glock pistol"), and PRODUCT for a name after its product's noun ("its vaccine Abrysvo") or
    after "versions of" ("older versions of Windows");
    else the label and start given."""
    if label in ("ORG", "PERSON", "NORP", "GPE") and start >= 2 and doc[start - 1].lower_ in PRODUCT_NOUNS:
        if doc[start - 2].lower_ in OWNERS or doc[start - 2].lower_ == "the":
            return "PRODUCT", start  # "its vaccine Abrysvo", "the drug Leqembi"
    if label in ("ORG", "GPE", "LOC") and start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in VERSION_NOUNS:
        return "PRODUCT", start  # "older versions of Windows"
    if label not in ("ORG", "PERSON", "NORP") or end >= len(doc) or start == 0:
        return label, start
    noun = doc[end].lower_
    kind = "PRODUCT" if noun in PRODUCT_NOUNS else "EVENT" if noun in EVENT_NOUNS else None
    before = doc[start - 1]
    if kind is None or (label == "NORP" and known_place(doc[start].text)):
        return label, start
    if before.lower_ in OWNERS:
        return kind, start
    if before.is_digit and len(before.text) >= 3 and doc[start:end].text.isupper():
        return kind, start - 1  # "737 MAX"
    if before.like_num or (label == "PERSON" and end - start == 1 and before.pos_ in ("DET", "ADJ")):
        return kind, start  # "1.2 million Prius cars", "a Glock pistol"
    return label, start


def feature_kind(doc: Doc, end: int, label: str) -> str:
    """LOC for a name the model typed a firm, a person or a people (or a place no gazetteer
    knows) before a natural feature's common noun ("the Amazon rainforest", "the Wagah border");
    the label given otherwise."""
    if end >= len(doc) or doc[end].lower_ not in FEATURE_NOUNS:
        return label
    if label in ("ORG", "PERSON") or (label in ("GPE", "NORP") and not known_place(doc[end - 1].text)):
        return "LOC"  # "the Mekong delta" typed GPE, no known place
    return label


def journey_end(doc: Doc, start: int, end: int, label: str) -> str:
    """GPE for a one-word "person" or "organisation" a journey ends at ("heading to Maban",
    "a flight from Dublin to Lanzarote") or a boat comes to grief off ("capsized off
    Lampedusa"); the label given otherwise."""
    if label not in ("PERSON", "ORG") or end - start != 1 or start < 2:
        return label
    if doc[start - 1].lower_ == "off" and doc[start - 1].head.lemma_ in SEA_LEMMAS:
        return "GPE"  # "capsized off Lampedusa"
    if doc[start - 1].lower_ != "to":
        return label
    if end < len(doc) and doc[end].text in ("'s", "’s"):
        return label  # "traveled to Google's offices"
    to = doc[start - 1]
    if to.head.lemma_ in JOURNEY_LEMMAS and to.head.i < to.i:
        return "GPE"
    window = doc[max(0, start - 5) : start - 1]
    after_from = any(t.lower_ == "from" and t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ == "GPE" for t in window)
    return "GPE" if after_from else label


def place_kind(doc: Doc, start: int, end: int, label: str) -> str:
    """GPE for a one-word known place the model calls a product after "in" or "at" ("a trade
    agreement in Montevideo") or a firm before "port" ("seized at Felixstowe port"); else the label."""
    if end - start != 1 or start == 0 or label not in ("PRODUCT", "ORG"):
        return label
    after = doc[end].lower_ if end < len(doc) else ""
    if label == "PRODUCT" and doc[start - 1].lower_ not in ("in", "at"):
        return label
    if label == "ORG" and after not in PORT_NOUNS:
        return label
    return "GPE" if known_place(doc[start].text) else label


def score_end(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when the model ran it on into a score ("Real Madrid 4-0")."""
    if end - start > 1 and SCORE.match(doc[end - 1].text):
        return end - 1
    if end - start > 3 and doc[end - 1].is_digit and doc[end - 2].text in DASHES and doc[end - 3].is_digit:
        return end - 3  # tokenised "4 - 0"
    return end


def square_kind(doc: Doc, start: int, end: int, label: str) -> str:
    """FAC for a name of two words or more opening with a square's or street's word in another
    language ("Place Vendome", "Piazza Navona") that the model typed a firm or a person."""
    if label in ("ORG", "PERSON") and end - start > 1 and doc[start].lower_ in SQUARE_WORDS and doc[start].is_title:
        return "FAC"
    return label


def person_not_place(doc: Doc, group: Any) -> bool:
    """True for a "facility" whose every mention is a full name of two or three name words, no
    common English word and no known place among them, given right after a country's possessive
    or opening with a given name ("Ethiopia's Tigst Assefa"): a person."""
    from newsgraph.entities.people import given_names

    for m in group.mentions:
        start, end = m.tokens
        words = doc[start:end]
        if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
            return False
        if any(english_word(t) or known_place(t.text) for t in words):
            return False
        owner = start >= 2 and doc[start - 1].text in ("'s", "’s") and doc[start - 2].ent_type_ == "GPE"
        if not owner and words[0].lower_ not in given_names():
            return False
    return bool(group.mentions)


def _plural_title(text: str) -> bool:
    return text.istitle() and text.isalpha() and text.endswith("s") and not text.endswith(("ss", "us", "is"))


def pair_label(doc: Doc, ent: Span) -> Optional[str]:
    """The label of each half of a three-token name "A and B" ("A or B", "A to B") that names two
    things: GPE when both halves are known places and the whole is none ("Kharkiv and Odesa",
    "Lisbon to Funchal"), the model's label for two plural names joined by "and" ("Nationals and
    Orioles"); None when the span is one name."""
    if len(ent) != 3 or doc[ent.start + 1].lower_ not in ("and", "or", "to"):
        return None
    a, b = doc[ent.start].text, doc[ent.end - 1].text
    if known_place(a) and known_place(b) and not known_place(ent.text):
        return "GPE"
    and_ = doc[ent.start + 1].lower_ == "and"
    return ent.label_ if and_ and _plural_title(a) and _plural_title(b) else None


def landmark_kind(doc: Doc, group: Any) -> Optional[str]:
    """FAC (or LOC for a heavenly body) for a "person" named once, by one singular word, after
    "the" and not as a modifier ("The Louvre reopened", "around the Moon"); None otherwise."""
    if len(group.mentions) != 1 or any(m.role for m in group.mentions):
        return None
    m = group.mentions[0]
    start, end = m.tokens
    if end - start != 1 or not m.after_the or _plural_title(doc[start].text):
        return None
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.pos_ not in LANDMARK_NEXT or after.text in DASHES):
        return None  # "the Trump campaign", "the Bush-era", "the Sikh religious minority", "the Grinch that"
    return "LOC" if doc[start].lower_ in HEAVENLY else "FAC"


def plural_opening(doc: Doc, group: Any) -> bool:
    """True for an "organisation" or "person" that is only a capitalised plural common noun
    opening a sentence ("Shoppers lined up", "Officials said"): no name."""
    for m in group.mentions:
        start, end = m.tokens
        token = doc[start]
        if end - start != 1 or not _plural_title(token.text) or not opens_sentence(doc, start) or m.label == "NORP":
            return False  # "Republicans on the committee" names a party's people
        if not english_word(token) or known_place(token.text):
            return False
    return bool(group.mentions)


def join_ships(groups: list[Any]) -> list[Any]:
    """Join a ship's name written without its prefix ("The Gibe was flying ...") to the ship
    ("MV Gibe"): its mentions move to the ship's group, typed PRODUCT."""
    ships = {}
    for g in groups:
        words = g.name.split()
        if len(words) > 1 and words[0] in SHIP_PREFIXES and g.label() == "PRODUCT":
            ships[" ".join(words[1:]).lower()] = g
    if not ships:
        return groups
    kept = []
    for g in groups:
        ship = ships.get(g.name.lower())
        if ship is None or ship is g:
            kept.append(g)
            continue
        for m in g.mentions:
            m.label, m.entity = "PRODUCT", ship
            ship.mentions.append(m)
        ship.mentions.sort(key=lambda m: m.start)
    return kept
