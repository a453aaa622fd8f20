"""The vocabulary of toponym recognition: word lists and patterns that make a capitalised name a
place or something else, the `Found` record, and the helpers that turn spaCy spans into
toponyms ("Votkinsk machine building plant" as one facility mention, "Ukrainian" as a demonym).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.known import is_place_name
from newsgraph.geo.names import name_key
from newsgraph.geo.people import REGION_WORDS
from newsgraph.geo.toponyms import GENERIC, Toponym

PLACE_LABELS = frozenset({"GPE", "LOC"})
OTHER_LABELS = frozenset({"ORG", "FAC", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"})
AWARD_WORDS = frozenset("award awards prize prizes medal trophy".split())
REPEATED_SPELLING = 3  # a spelling seen this often on a page is no slip of the pen
# An arena named after a sponsor is not in the town named like it ("Staples Center", "Rogers Centre"):
# a venue word after a place that is no well-known one.
VENUE_WORDS = frozenset("center centre arena stadium coliseum dome field fieldhouse garden gardens".split())
STADIUM_WORDS = frozenset("stadium arena coliseum dome fieldhouse ballpark speedway".split())  # end a venue's name
CAPITAL_SPEAKER_POPULATION = 500000  # "Tbilisi says": a city this big before a speech verb stays a place
MODIFIER_POS = frozenset({"NOUN", "ADJ", "PROPN", "NUM"})
FACILITY_HEADS = frozenset(
    """plant factory refinery airport airfield airbase base port harbor harbour station dam bridge mine
    depot complex facility reactor shipyard terminal prison camp stadium arsenal works""".split()
)
# Capitalised English words that are also place names: trusted only when spaCy tags them GPE/LOC
# ("Broadway" is mostly the theatre district or one of many streets, not a town of that name).
COMMON_WORDS = frozenset(
    """superior supreme justice story spring law union liberty independence commerce progress unity
    harmony enterprise freedom hope faith jesus officer ranger trail rivers red no man act lot grad delta
    commonwealth olympic titan shaping cascade beacon mercy victory paradise eden friendship energy
    president governor marshal sheriff mayor chief judge general admiral major captain bishop
    pleasant fairview midway fame early why how mission deal summit rescue chance security
    toyota honda nissan mazda subaru ford dodge chevrolet lincoln mercedes jaguar bentley audi pontiac buick
    cadillac saturn jupiter orion mars venus neptune pluto roman duma broadway most""".split()
)
# Seats of power named mostly for the institution ("the Kremlin said"): recognised only as the
# building, after a locative preposition ("a meeting at the White House").
METONYMS = frozenset({"white house", "kremlin", "pentagon", "capitol hill", "downing street", "wall street"})
SITE_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near)\s+(?:the\s+)?$", re.IGNORECASE)
# Words that open the name of a natural feature named after something else ("Sierra Nevada").
LANDFORM_WORDS = frozenset("sierra mount mt lake cape gulf bay sea river valley desert costa rio monte isla isle".split())
NATURAL_FEATURES = frozenset({"OCN", "SEA", "GULF", "MTS", "DSRT", "PEN", "LKS", "PLN", "STM", "BAY", "STRT"})
OPENERS = frozenset({"of", "in", "at", "for"})
# A home town after a person's age, as local news gives it: "Kandace Marriott, 52, of Gun Barrel City".
HOME_TOWN = re.compile(r"(?:,\s*|(?<=[a-z])\s+)\d{1,3},\s+of\s+([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})")
AFFILIATION = re.compile(r"\b(?:R|D|I|DFL)-([A-Z][a-zA-Z.]+(?: [A-Z][a-z]+)?)\b")
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)?"
COUNTY_WORD = re.compile(r"(?<= )(?:[Cc]ounties|[Pp]arishes)\b")
COUNTY_LIST = re.compile(rf"({_NAME}(?:(?:,|,? and|,? or) {_NAME})+) $")  # searched just before COUNTY_WORD
COUNTY_LIST_REACH = 200
COUNTY_LIST_SPLIT = re.compile(r",\s*(?:and |or )?|\s+(?:and|or)\s+")
YEAR_BEFORE = re.compile(r"\d\s*$")
# A name followed by these is a holiday, a person's term, a currency or a street, not the place
# itself: "St. Patrick's Day", "the Bush administration", "54 Hong Kong dollars", "Gladstone Avenue".
CURRENCIES = r"dollars?|cents?|yuan|rupees?|pounds?|francs?|pesos?|euros?|yen|won|rand|rubles?|roubles?|shekels?|riyals?|dirhams?|krona|kronor|kroner|lira|reais|real"
STREETS = r"Street|St\.?(?!\s+[A-Z])|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?(?!\s+[A-Z])|Boulevard|Blvd\.?|Lane|Ln\.?|Place|Pl\.|Way|Court|Ct\.|Terrace|Parkway|Pkwy\.?"
# Also no place: a title named after one ("USA Today", "India Today"), a futures contract
# before its Reuters code ("Brent LCOc1") and a ship class ("Delhi-class").
NOT_A_PLACE_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:Day|Eve|[Aa]dministration)\b|\s+(?:{STREETS})(?![\w-])(?!\s+\d)|\s+(?:Today|TODAY)\b|\s+[A-Z]{{2,5}}c\d\b"
    r"|-class\b"  # "a Delhi-class destroyer": a ship class named after the town
)
CURRENCY_AFTER = re.compile(rf"\s+(?:{CURRENCIES})\b")
# A particle joining a town's name to its river or region: "Braunau am Inn", "Newcastle upon Tyne".
PARTICLE_TAIL = re.compile(r"(?:\s+|[-‐])(?:am|an der|an|im|upon|on|sur|en)(?:\s+|[-‐])[A-Z][\w'’-]*")
AMOUNT_BEFORE = re.compile(r"\d(?:\s*(?:million|billion|trillion|bn|m))?\s+$")
# "X-Mobile", "Coca-Cola": a capitalised word joined by a hyphen to what precedes is the tail of
# a compound name, unless the head is a lower-case prefix ("pro-Russia") or a place itself
# ("Russia-Ukraine") or a party affiliation ("D-Charleston").
NAME_AFTER_HYPHEN = re.compile(r"([A-Z][\w.'’]*)(?:\s[A-Z][\w.'’]*){0,2}")
HYPHEN_HEAD = re.compile(r"([A-Za-z][\w.'’]*)[-‐]$")
AFFILIATION_HEADS = frozenset({"R", "D", "I", "DFL"})
# "New York State Attorney General": a state named with the word "State" is the state.
STATE_WORD = re.compile(r" State\b(?!['’]s? (?:game|team|coach))")
# Words that, leading a GPE/LOC entity, qualify the place rather than name another one
# ("Northeast Georgia", "southern Ukraine", "Greater Manchester", "metro Atlanta").
QUALIFIERS = frozenset("greater upper lower metro metropolitan rural coastal downtown suburban inner outer far".split())
# A demonym before one of these words is part of a natural feature's name ("Tibetan Plateau").
FEATURE_AFTER = re.compile(
    r"\s+(?:Plateau|Sea|Ocean|Gulf|Peninsula|Basin|Desert|Mountains|Highlands|Alps|Steppe|Riviera|Coast|Lowlands|Plain|Plains)\b"
)
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A conjunction joining two names of one list: "Cisco and HP", "Oracle or Cisco".
COORDINATION_AFTER = re.compile(r"\s+(?:and|or|&)\s+")
COORDINATION_BEFORE = re.compile(r"\s+(?:and|or|&)\s+$")
# A ship's name after its prefix ("the INS Mysore", "USS Cole", "M/S Columbus"): the page's other
# mentions of that name are the ship too.
VESSEL = re.compile(r"\b(?:USS|USNS|HMS|HMAS|HMCS|HMNZS|INS|MV|M/V|M/S|RV|RMS)\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


@dataclass
class Found:
    """The recognised toponyms of one Doc."""

    sure: list[Toponym] = field(default_factory=list)
    weak: list[Toponym] = field(default_factory=list)
    dateline: Optional[Toponym] = None
    dateline_end: int = 0  # where the whole dateline ("KYIV, Ukraine (AP) —") ends
    tagged: set[str] = field(default_factory=set)  # keys of names spaCy tags GPE/LOC somewhere
    person_tagged: set[int] = field(default_factory=set)  # starts of names the tagger typed PERSON
    other_names: set[tuple[int, int]] = field(default_factory=set)  # place names read as firms, shops, teams


def capitalised(token: Token) -> bool:
    """True for "Kyiv", "KYIV", "DeKalb", "McLean" (a capital first letter)."""
    return token.text[:1].isupper()


def strip_span(span: Span) -> Optional[Span]:
    """Drop a leading "the" and a trailing possessive or punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    return doc[start:end] if end > start else None


def facility_end(span: Span) -> Optional[int]:
    """The token index ending "Votkinsk machine building plant": a facility noun the place modifies,
    reached through lower-case modifier words only."""
    doc = span.doc
    for i in range(span.end, min(span.end + 4, len(doc))):
        token = doc[i]
        if token.lower_ in FACILITY_HEADS and token.pos_ == "NOUN":
            return i + 1 if token in span.root.ancestors else None
        if not token.is_lower or not (token.pos_ in MODIFIER_POS or token.dep_ in ("compound", "amod")):
            return None
    return None


def toponym(span: Span, name: Optional[str] = None, kind: str = "toponym") -> Toponym:
    """A toponym for `span`, extended to a following facility noun when there is one (not after
    a county, state or region word: "Napa County reporting station" is no named site)."""
    end = facility_end(span) if span[-1].lower_ not in REGION_WORDS else None
    if end is None:
        return Toponym(span.start_char, span.end_char, span.text, kind=kind, name=name)
    full = span.doc[span.start : end]
    return Toponym(full.start_char, full.end_char, full.text, kind="facility", name=name or span.text)


def demonym(gaz: Gazetteer, span: Span, text: str) -> Optional[Toponym]:
    """A demonym toponym for a capitalised NORP entity or word ("Ukrainian", "Americans"; not
    "polish"), unless it names a landform ("the Tibetan Plateau", "the Arabian Sea")."""
    if not span.text[:1].isupper() or FEATURE_AFTER.match(text, span.end_char):
        return None
    key = name_key(span.text)
    if key in gaz.demonyms or (key.endswith("s") and key[:-1] in gaz.demonyms):
        return Toponym(span.start_char, span.end_char, span.text, kind="demonym")
    return None


def drop_overlaps(preferred: list[Toponym], others: list[Toponym] = ()) -> list[Toponym]:  # type: ignore[assignment]
    """Toponyms sorted by offset with overlaps removed: `preferred` ones first, longer before shorter."""
    kept: list[Toponym] = []
    for group in (preferred, others):
        # equal spans: a toponym with a stated name (a county list's "Orange County") first
        for top in sorted(group, key=lambda t: (-(t.end - t.start), t.name is None)):
            if all(top.end <= k.start or top.start >= k.end for k in kept):
                kept.append(top)
    return sorted(kept, key=lambda t: t.start)


def generic_words(span: Span) -> bool:
    """True when every word of `span` is a generic place word ("Islands", "North Lake"): inside
    a longer name ("the Aleutian Islands") they are part of it, not a region of their own."""
    return all(t.lower_ in GENERIC or t.lower_.rstrip("s") in GENERIC for t in span)


def org_short_names(gaz: Gazetteer, doc: Doc) -> set[str]:
    """Last words of the page's organisation names made of a place and a noun ("Post" of "The
    Washington Post", "Globe" of "The Boston Globe"), by which the page may name them again;
    not the place closing a longer name ("Minnesota State University Moorhead")."""
    tails = set()
    for ent in doc.ents:
        span = strip_span(ent) if ent.label_ == "ORG" else None
        if span is None or len(span) < 2 or not span[-1].text[:1].isupper():
            continue
        if is_place_name(gaz, span[:-1].text):
            tails.add(span[-1].text)
    return tails
