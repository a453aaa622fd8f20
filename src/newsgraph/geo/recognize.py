"""Toponym recognition: which spans of a spaCy Doc name places.

Each candidate span is either *sure* or *weak*:
- sure: spaCy GPE/LOC entities found in the gazetteer (or a place inside them, "Northeast
  Georgia"); demonyms (NORP entities or capitalised words, "Ukrainian"); any entity or
  untagged proper noun that is a well-known place (the small model tags "Kyiv" as PERSON and
  "Votkinsk" as ORG; a misspelling one edit away counts); a place opening an institution's
  name ("Mansfield Police Department"); a place followed by ", <region>" ("Cottonport, La.");
  the dateline ("KYIV, Ukraine (AP) —");
- weak: other entity or proper-noun spans that match a gazetteer name. They are kept only
  when the article's sure places put them in the same first-level region (see component.py).
A place followed by a facility noun ("Votkinsk machine building plant") becomes one
"facility" mention linked to the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.datelines import dateline_toponym
from newsgraph.geo.known import (  # noqa: F401 - re-exported for callers of recognize
    FAMOUS_ALTERNATE,
    STRONG_POPULATION,
    is_acronym,
    is_place_name,
    known_name,
    region_name,
    some_entry,
    strong_entry,
    strong_readings,
)
from newsgraph.geo.names import name_key
from newsgraph.geo.people import (  # noqa: F401 - person_words re-exported for callers of recognize
    INSTITUTION_WORDS, NOT_NAME_WORDS, PLACE_PREPOSITIONS, REGION_WORDS, TITLES, DocWords, lone_speakers,
    name_word, person_words,
)
from newsgraph.geo.readings import (
    BUSINESS_BEFORE,
    FOLLOWED_BY_REGION,
    NAMED_AFTER,
    VENUE_AFTER,
    TeamReading,
    space_page,
    sports_page,
)
from newsgraph.geo.resolve import GENERIC, PEOPLE_SUFFIXES, Toponym, lookup_keys
from newsgraph.nlp import doc_text

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
    cadillac saturn jupiter orion mars venus neptune pluto roman duma broadway""".split()
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
# Also no place: a title named after one ("USA Today", "India Today") and a futures contract
# before its Reuters code ("Brent LCOc1").
NOT_A_PLACE_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:Day|Eve|[Aa]dministration)\b|\s+(?:{STREETS})(?![\w-])(?!\s+\d)|\s+(?:Today|TODAY)\b|\s+[A-Z]{{2,5}}c\d\b"
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


@dataclass
class Found:
    """The recognised toponyms of one Doc."""

    sure: list[Toponym] = field(default_factory=list)
    weak: list[Toponym] = field(default_factory=list)
    dateline: Optional[Toponym] = None
    dateline_end: int = 0  # where the whole dateline ("KYIV, Ukraine (AP) —") ends
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


class Recognizer(TeamReading):
    """Finds the toponyms of one Doc (see the module docstring)."""

    def __init__(self, gaz: Gazetteer, doc: Doc) -> None:
        self.gaz = gaz
        self.doc = doc
        self.text = doc_text(doc)
        self.found = Found()
        words = DocWords(doc)
        self.persons, self.speakers = person_words(doc, words)
        self.tagged = {name_key(e.text) for e in doc.ents if e.label_ in PLACE_LABELS}
        self.sporty = sports_page(self.text)
        self.spacey = space_page(self.text)
        self.teams: set[str] = set()  # full names read as teams: their other mentions are teams too
        self.team_spans: list[tuple[int, int]] = []  # where team names were found, for lists of teams
        self.lower_words = {w for w in words.texts if w.islower() and w.isalpha()}
        self.lone_speakers = lone_speakers(words)
        self.first_names = {
            e[0].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[1].tag_ != "POS"
        }  # "Mary Pitman" ... "Mary’s Turkeys": a person's firm, not the Turkmen province

    def run(self) -> Found:
        """Recognise the toponyms of the Doc."""
        taken = [False] * len(self.doc)
        for ent in self.doc.ents:
            self.entity(ent)
            for i in range(ent.start, ent.end):
                taken[i] = True
        self.untagged(taken)
        self.joined_places()
        self.affiliations()
        self.home_towns()
        self.abbreviations()
        self.county_lists()
        if self.teams:
            self.found.sure = [t for t in self.found.sure if not self.team_name(t)]
            self.found.weak = [t for t in self.found.weak if not self.team_name(t)]
        if self.sporty and self.team_spans:
            self.found.sure = self.drop_listed_teams(self.found.sure)
        self.found.dateline, self.found.dateline_end = dateline_toponym(self.gaz, self.text)
        return self.found

    def add(self, top: Optional[Toponym], sure: bool) -> None:
        if top is None or NOT_A_PLACE_AFTER.match(self.text, top.end) or self.era(top) or self.compound_tail(top):
            return
        if top.kind != "demonym" and (NAMED_AFTER.match(self.text, top.end) or self.weekday(top)):
            return
        if CURRENCY_AFTER.match(self.text, top.end) and AMOUNT_BEFORE.search(self.text, max(0, top.start - 20), top.start):
            return  # "176 Hong Kong dollars"
        if self.food(top) or self.colour(top) or self.sky_name(top) or self.title(top) or self.compass_part(top):
            return
        if self.firm_short_name(top) or self.shop_or_brand(top) or (top.kind != "demonym" and (self.not_the_town(top) or self.club(top) or self.team(top))):
            self.found.other_names.add((top.start, top.end))  # a firm's, shop's, venue's or team's name
            return
        if name_key(top.name or top.text) in METONYMS:
            if not SITE_BEFORE.search(self.text, max(0, top.start - 20), top.start):
                return  # "the White House said": the institution, not the building
            top = Toponym(top.start, top.end, top.text, kind="facility", name=top.name)
        (self.found.sure if sure else self.found.weak).append(top)

    def not_the_town(self, top: Toponym) -> bool:
        """True for a name that stands for something else: a venue or business it opens
        ("Hollywood Casino"), a firm after its trade ("the vehicle-maker Winnebago"), the head of
        a hyphenated name ("Agence France-Presse")."""
        text = self.text
        if VENUE_AFTER.match(text, top.end) or BUSINESS_BEFORE.search(text, max(0, top.start - 30), top.start):
            return True
        return self.compound_head(top)

    def region_key(self, key: str) -> bool:
        """True when `key` names a country or first-level region (for TeamReading)."""
        return region_name(self.gaz, key)

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

    def entity(self, ent: Span) -> None:
        """Candidates from one spaCy entity."""
        if ent.label_ == "NORP" and self.add_demonym(ent):
            return
        span = strip_span(ent)
        if span is None:
            return
        if ent.label_ == "PERSON" and (self.possessive_parts(span) or self.owned_by_region(span)):
            return
        if ent.label_ in PLACE_LABELS:
            self.place_entity(span)
        elif ent.label_ in OTHER_LABELS or ent.label_ == "NORP":
            self.other_entity(span, ent.label_)

    def possessive_parts(self, span: Span) -> bool:
        """A "person" with a possessive inside is two names when the owner is a country or
        first-level region ("Punjab’s Bhatinda"): both are added; True if the span was so read."""
        cut = next((t.i for t in span[1:-1] if t.tag_ == "POS" or t.lower_ in ("'s", "’s")), None)
        if cut is None:
            return False
        owner, owned = self.doc[span.start : cut], self.doc[cut + 1 : span.end]
        if not region_name(self.gaz, lookup_keys(owner.text)[0]) or owner.text in self.first_names:
            return False  # "Norman’s Welding", "Mary’s Turkeys": a firm, its owner a person
        self.add(toponym(owner), sure=True)
        if capitalised(owned[0]) and is_place_name(self.gaz, owned.text):
            self.add(toponym(owned), sure=True)  # "a region's X": X lies in it
        return True

    def owned_by_region(self, span: Span) -> bool:
        """Add a "person" right after a country's or region's possessive that is a place name
        ("Punjab’s | Bhatinda", split so by the entities component); True if added."""
        i = span.start
        if i < 2 or self.doc[i - 1].lower_ not in ("'s", "’s") or not is_place_name(self.gaz, span.text):
            return False
        if not capitalised(span[0]) or not region_name(self.gaz, lookup_keys(self.doc[i - 2].text)[0]):
            return False
        self.add(toponym(span), sure=True)
        return True

    def place_entity(self, span: Span) -> None:
        """A GPE/LOC entity: the whole span when the gazetteer knows it, else a place inside it;
        a list ("Abuja, Nigeria") is taken part by part."""
        if not span.text[:1].isupper():
            return
        commas = [t.i for t in span if t.text == ","]
        if commas:
            for start, end in zip([span.start] + [c + 1 for c in commas], commas + [span.end]):
                part = strip_span(self.doc[start:end]) if end > start else None
                if part is not None:
                    self.place_entity(part)
            return
        span = self.with_state_word(span)
        if self.after_title(span) or (self.person_like(span) and not self.strong_despite_name(span)):
            return
        if self.add_particle_name(span):
            return
        if is_place_name(self.gaz, span.text) or self.abbreviation(span):
            self.add(toponym(span), sure=not self.alternate_only(span))
            return
        if self.add_demonym(span) or self.feature_name(span):
            return
        inner = self.inner_place(span, anywhere=True)
        if inner is not None:
            self.add(toponym(inner), sure=True)
        else:
            self.embedded(span, "GPE")  # "Lamar County Commissioners", "Coles County Police"

    def add_particle_name(self, span: Span) -> bool:
        """Add a town named with a particle and its river or region that the tagger cut short
        ("Braunau" of "Braunau am Inn"); True if added."""
        match = PARTICLE_TAIL.match(self.text, span.end_char)
        if match is None:
            return False
        name = self.text[span.start_char : match.end()]
        if not is_place_name(self.gaz, name):
            return False
        self.add(Toponym(span.start_char, match.end(), name), sure=True)
        return True

    def feature_name(self, span: Span) -> bool:
        """True for a natural feature named with a demonym that the gazetteer lacks ("the
        Tibetan Plateau"): no place inside it is meant."""
        if len(span) < 2 or not FEATURE_AFTER.match(" " + span[-1].text):
            return False
        key = name_key(span[:-1].text)
        return key in self.gaz.demonyms or (key.endswith("s") and key[:-1] in self.gaz.demonyms)

    def with_state_word(self, span: Span) -> Span:
        """The span extended over a following "State" when "<name> State" is a first-level
        region ("New York State" is the state, not the city)."""
        end = span.end
        if end < len(self.doc) and STATE_WORD.match(self.text, span.end_char):
            key = name_key(self.doc[span.start : end + 1].text)
            if any(self.gaz.feature[e] == "ADM1" and not alt for e, alt in self.gaz.lookup(key)):
                return self.doc[span.start : end + 1]
        return span

    def alternate_only(self, span: Span) -> bool:
        """True when `span` names no well-known place and matches only other places' alternate
        names ("Siri" for Sīrē, "West Division" for West Hartford): kept only when the article's
        regions support it, as weak candidates are."""
        if span.text in self.gaz.surface:
            return False
        keys = [k for k in lookup_keys(span.text) if k not in GENERIC]
        if any(strong_entry(self.gaz, k) for k in keys):
            return False
        found = [(e, alt) for k in keys for e, alt in self.gaz.lookup(k)]
        return all(alt and self.gaz.population[e] < FAMOUS_ALTERNATE for e, alt in found)

    def other_entity(self, span: Span, label: str) -> None:
        """An ORG/PERSON/FAC/… entity: the whole span if it is a place, else a place opening it."""
        if not capitalised(span[0]) or self.person_like(span) or self.bad_acronym(span) or self.common_word(span):
            return
        if self.full_person_name(span) or self.lower_case_word(span) or self.named_speaker(span, label):
            return
        if label == "PERSON" and self.add_demonym(span):  # "Azerbaijani" tagged as a person
            return
        # a surname one letter off a city ("Mangini", "Monica") is no misspelling of it, nor is a
        # word the page spells so again and again ("the Lakers" is no "Lakes")
        fuzzy = label != "PERSON" and self.text.count(span.text) < REPEATED_SPELLING
        name = known_name(self.gaz, span.text, fuzzy=fuzzy)
        if name is not None or (label == "FAC" and is_place_name(self.gaz, span.text)):
            if label == "PERSON" and not self.place_despite_person(span):
                if span.text in self.first_names:
                    return  # "Tyler Kivel" ... "Tyler was close": a first name, no town
                self.found.person_tagged.add(span.start_char)
            self.add(toponym(span, name=None if name in (None, span.text) else name), sure=True)
            return
        key = lookup_keys(span.text)[0]
        if some_entry(self.gaz, key):
            self.add(toponym(span), sure=key in self.tagged or self.followed_by_region(span))
            return
        self.embedded(span, label)

    def place_despite_person(self, span: Span) -> bool:
        """True when a name tagged PERSON is surely a place: tagged as one elsewhere, a country or
        first-level region, a big city, or followed by its region (else a town so read is kept
        only when it is not alone in its country, see component.stray)."""
        key = lookup_keys(span.text)[0]
        if key in self.tagged or region_name(self.gaz, key) or self.followed_by_region(span):
            return True
        return strong_entry(self.gaz, key, min_population=CAPITAL_SPEAKER_POPULATION)

    def embedded(self, span: Span, label: str) -> None:
        """A place (or demonym) opening an organisation's or facility's name, or a country or
        region inside it ("Spina Bifida Association of Western Pennsylvania"); none inside an
        award's name ("Africa Movie Academy Award", "American Music Awards")."""
        if any(t.lower_ in AWARD_WORDS for t in span):
            return
        first = self.people_demonym(span[:1]) if label != "PERSON" else None
        if first is not None:
            self.add(first, sure=True)
            inner = self.inner_place(span, anywhere=False)  # "American University of Kabul"
            if inner is not None and inner.start > span.start and self.doc[inner.start - 1].lower_ in OPENERS:
                self.add(toponym(inner), sure=True)
            return
        for inner in (self.inner_place(span, anywhere=False), self.inner_region(span)):
            if inner is not None and label == "LAW" and inner.start == span.start:
                continue  # a law named after its sponsor or town ("the Logan Act"); "Plan for Europe" stays
            if inner is not None and self.embedded_ok(inner, span, label):
                self.add(toponym(inner), sure=True)
                return

    def people_demonym(self, word: Span) -> Optional[Toponym]:
        """A demonym of a country, continent or region opening a name ("Chinese Academy of
        Sciences", "European Commission"); not an ocean's adjective ("Pacific Gas & Electric")."""
        found = demonym(self.gaz, word, self.text) if capitalised(word[0]) else None
        if found is None:
            return None
        key = name_key(word.text)
        entry = self.gaz.demonyms.get(key, self.gaz.demonyms.get(key[:-1]))
        return found if entry is not None and self.gaz.feature[entry] not in NATURAL_FEATURES else None

    def embedded_ok(self, inner: Span, span: Span, label: str) -> bool:
        """Whether a place inside a name is trusted: it opens an institution's name or follows
        "of"/"in"/"at", or (outside person names) it is well known or tagged as a place elsewhere."""
        key = lookup_keys(inner.text)[0]
        venue = inner.end < span.end and self.doc[inner.end].lower_ in VENUE_WORDS
        venue = venue or self.doc[span.end - 1].lower_ in STADIUM_WORDS  # "Mile High Stadium"
        if venue and not strong_entry(self.gaz, key):
            return False
        if inner.end == span.end - 1 and self.doc[inner.end].text == "Hall":
            return False  # "Centennial Hall", "Carnegie Hall": a building named after something
        if self.opens_institution(inner, span):
            return True
        if label == "PERSON":
            return self.place_before_name(inner, span, key)
        if inner.start == span.start and self.natural_feature(key):
            return False  # a firm named after an ocean or a range ("Pacific Gas & Electric") is not in it
        return label != "PERSON" and (strong_entry(self.gaz, key) or name_key(inner.text) in self.tagged)

    def place_before_name(self, inner: Span, span: Span, key: str) -> bool:
        """True for a country or region glued by the tagger to the person named after it, after
        a preposition: "ambassador to Ukraine Marie Yovanovitch" ("Georgia May Jagger" stays a name)."""
        before = span.start - 1
        if before > 0 and self.doc[before].lower_ == "the":  # "ambassador to the Ukraine ..."
            before -= 1
        if inner.start != span.start or before < 0 or span.end - inner.end < 2:
            return False
        return self.doc[before].lower_ in PLACE_PREPOSITIONS | {"to"} and region_name(self.gaz, key)

    def natural_feature(self, key: str) -> bool:
        """True when every well-known reading of `key` is a sea, range, desert or other natural
        feature (the small towns named "Pacific" do not count)."""
        found = strong_readings(self.gaz, key)
        return bool(found) and all(self.gaz.feature[e] in NATURAL_FEATURES for e in found)

    def add_demonym(self, span: Span) -> bool:
        """Add `span` as a demonym ("Ukrainian", or "Ohioans" for a well-known place); True if added."""
        found = demonym(self.gaz, span, self.text)
        if found is None:
            key = name_key(span.text)
            places = [key[: -len(s)] for s in PEOPLE_SUFFIXES if key.endswith(s) and len(key) - len(s) >= 4]
            if any(strong_entry(self.gaz, place, min_population=STRONG_POPULATION * 2) for place in places):
                found = Toponym(span.start_char, span.end_char, span.text, kind="demonym")
        self.add(found, sure=True)
        return found is not None

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
        """True for a single capitalised English word that is also a place name ("Superior")."""
        return len(span) == 1 and span[0].lower_ in COMMON_WORDS

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

    def inner_place(self, span: Span, anywhere: bool) -> Optional[Span]:
        """The longest place name inside `span`: opening it or following "of"/"in"/"at" (or
        starting anywhere, for GPE/LOC entities such as "Northeast Georgia")."""
        if anywhere:
            starts = [span.start] + [t.i + 1 for t in span if t.i + 1 < span.end and self.qualifies(span, t.i + 1)]
        else:
            starts = [span.start] + [t.i + 1 for t in span if t.lower_ in OPENERS and t.i + 1 < span.end]
            if span[0].lower_ in GENERIC and span[0].lower_ not in LANDFORM_WORDS and len(span) > 1:
                starts.append(span.start + 1)
        best: Optional[Span] = None
        for start in starts:
            for end in range(min(span.end, start + 4), start, -1):
                sub = self.doc[start:end]
                if (end == span.end and start == span.start) or not capitalised(sub[0]) or sub[-1].is_punct:
                    continue  # the key ignores brackets: "France (" would pass for "France"
                if self.bad_acronym(sub) or self.common_word(sub):
                    continue
                key = lookup_keys(sub.text)[0]
                if len(key) < 3 and not region_name(self.gaz, key) and sub.text not in self.gaz.surface:
                    continue
                if strong_entry(self.gaz, key) or (not anywhere and some_entry(self.gaz, key)):
                    if best is None or len(sub) > len(best):
                        best = sub
                    break
        return best

    def qualifies(self, span: Span, i: int) -> bool:
        """True when every word of `span` before token `i` qualifies the place that follows
        ("Northeast", "southern", "Greater", "of") rather than naming something else
        ("Sierra Nevada", "Big Ten")."""
        words = self.doc[span.start : i]
        if words[0].lower_ in LANDFORM_WORDS:
            return False  # "Lake Vermont" is a lake, not the state
        if words[-1].lower_ in OPENERS:
            return True
        return all(t.lower_ in GENERIC or t.lower_ in QUALIFIERS or t.lower_ == "the" for t in words)

    def inner_region(self, span: Span) -> Optional[Span]:
        """A country or first-level region inside a name ("Western Pennsylvania Conservancy",
        "Bank of America", "Marine Energy Wales"), but not after a landform word: "Sierra
        Nevada" is a range, not the state."""
        for i in range(span.start + 1, span.end):
            if self.doc[i - 1].lower_ in LANDFORM_WORDS:
                continue
            for end in range(min(span.end, i + 3), i, -1):
                sub = self.doc[i:end]
                if self.common_word(sub) or self.bad_acronym(sub) or not capitalised(sub[0]) or generic_words(sub):
                    continue
                if region_name(self.gaz, lookup_keys(sub.text)[0]):
                    return sub
        return None

    def opens_institution(self, inner: Span, span: Span) -> bool:
        """True for "Mansfield Police Department", "Parkers Prairie High School", "University of X"."""
        if inner.end < span.end and self.doc[inner.end].lower_ in INSTITUTION_WORDS:
            return True
        return inner.start > span.start and self.doc[inner.start - 1].lower_ in OPENERS

    def followed_by_region(self, span: Span) -> bool:
        """True for "Cottonport, La." and "Paris, Texas"."""
        text = self.text
        match = FOLLOWED_BY_REGION.match(text, span.end_char)
        return bool(match) and is_region_after(self.gaz, text, span.end_char)

    def affiliations(self) -> None:
        """Home towns in party affiliations: "Rep. Wendell Gilliard, D-Charleston"."""
        for match in AFFILIATION.finditer(self.text):
            name = match.group(1)
            if some_entry(self.gaz, lookup_keys(name)[0]) or strong_entry(self.gaz, name_key(name)):
                start = match.start(1)
                self.add(Toponym(start, start + len(name), name), sure=True)

    def abbreviations(self) -> None:
        """Dotted region abbreviations anywhere ("S.C.", "D.C.", inside "the D.C. Charter School
        Board" too), and single ones after a comma ("Greer, Ga.")."""
        for match in abbreviation_pattern(self.gaz).finditer(self.text):
            name = match.group(1)
            if name.count(".") >= 2 or match.group(0).startswith(","):
                start = match.start(1)
                self.add(Toponym(start, start + len(name), name), sure=True)

    def county_lists(self) -> None:
        """Names before a plural "counties" or "parishes": "Navarro, Henderson and Ellis counties"."""
        for word in COUNTY_WORD.finditer(self.text):
            match = COUNTY_LIST.search(self.text, max(0, word.start() - COUNTY_LIST_REACH), word.start())
            if match is None:
                continue
            noun = "County" if word.group(0).lower() == "counties" else "Parish"
            offset = match.start(1)
            for part in COUNTY_LIST_SPLIT.split(match.group(1)):
                name = self.county_name(part, noun)
                if name:
                    start = self.text.index(name, offset)
                    self.add(Toponym(start, start + len(name), name, name=f"{name} {noun}"), sure=True)
                offset += len(part)

    def county_name(self, part: str, noun: str) -> Optional[str]:
        """The county in one item of a county list, dropping leading words that are not part of
        it ("In Jackson" -> "Jackson" when Jackson County exists), or None."""
        words = part.split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            if self.gaz.lookup(name_key(f"{name} {noun}")):
                return name
        return None

    def home_towns(self) -> None:
        """Home towns after a person's age: "Jeremy Watson, 30, of Ten Mile"."""
        for match in HOME_TOWN.finditer(self.text):
            words = match.group(1).rstrip(".").split()
            for size in range(len(words), 0, -1):
                name = " ".join(words[:size])
                if name_key(name) not in GENERIC and is_place_name(self.gaz, name):
                    start = match.start(1)
                    self.add(Toponym(start, start + len(name), name), sure=True)
                    break

    def joined_places(self) -> None:
        """Places joined by a hyphen into one token ("U.S.-Canada trade"): each part, when
        every part is a well-known place."""
        for token in self.doc:
            if "-" not in token.text[1:-1] or not token.text[:1].isupper():
                continue
            parts = token.text.split("-")
            if len(parts) > 3 or not all(p[:1].isupper() and self.well_known(p) for p in parts):
                continue
            start = token.idx
            for part in parts:
                self.add(Toponym(start, start + len(part), part), sure=True)
                start += len(part) + 1

    def well_known(self, name: str) -> bool:
        """True for a country, region or big city by name or dotted abbreviation ("U.S.")."""
        return name in self.gaz.surface or strong_entry(self.gaz, name_key(name))

    def untagged(self, taken: list[bool]) -> None:
        """Capitalised proper-noun runs outside every entity."""
        doc = self.doc
        i = 0
        while i < len(doc):
            token = doc[i]
            if taken[i] or not capitalised(token) or (token.is_sent_start and token.pos_ != "PROPN"):
                i += 1
                continue
            end = i + 1
            while end < len(doc) and not taken[end] and capitalised(doc[end]) and doc[end].pos_ == "PROPN" and end - i < 4:
                end += 1
            self.untagged_run(doc[i:end])
            i = end

    def saint_key(self, key: str) -> str:
        """The key with "St." written out ("st croix" -> "saint croix") when only that names a place."""
        if key.startswith("st ") and not some_entry(self.gaz, key) and some_entry(self.gaz, "saint " + key[3:]):
            return "saint " + key[3:]
        return key

    def untagged_run(self, span: Span) -> None:
        """A run of capitalised words: a demonym, a well-known place, or a weak candidate."""
        found = demonym(self.gaz, span, self.text)
        if found is not None:
            self.add(found, sure=True)
            return
        if any(t.pos_ != "PROPN" for t in span) or self.person_like(span) or self.bad_acronym(span) or self.common_word(span):
            return
        if self.lower_case_word(span):
            return
        key = self.saint_key(lookup_keys(span.text)[0])
        if self.abbreviation(span) or strong_entry(self.gaz, key) or (some_entry(self.gaz, key) and self.followed_by_region(span)):
            self.add(toponym(span), sure=True)
        elif some_entry(self.gaz, key):
            self.add(toponym(span), sure=False)
        elif len(span) > 1:
            self.embedded(span, "ORG")


_ABBREVIATIONS: dict[int, re.Pattern[str]] = {}


def abbreviation_pattern(gaz: Gazetteer) -> re.Pattern[str]:
    """A regex for the gazetteer's dotted abbreviations ("S.C.", "Calif."), built once."""
    if id(gaz) not in _ABBREVIATIONS:
        names = sorted((k for k in gaz.surface if k.endswith(".")), key=len, reverse=True)
        alternatives = "|".join(re.escape(n) for n in names)
        _ABBREVIATIONS[id(gaz)] = re.compile(rf"(?:,\s*|(?<![\w.]))({alternatives})(?![\w])")
    return _ABBREVIATIONS[id(gaz)]


def is_region_after(gaz: Gazetteer, text: str, end: int) -> bool:
    """True when ", <state or country>" follows offset `end`."""
    from newsgraph.geo.resolve import follower_hints

    return bool(follower_hints(gaz, text, end))


def drop_overlaps(preferred: list[Toponym], others: list[Toponym] = ()) -> list[Toponym]:  # type: ignore[assignment]
    """Toponyms sorted by offset with overlaps removed: `preferred` ones first, longer before shorter."""
    kept: list[Toponym] = []
    for group in (preferred, others):
        # equal spans: a toponym with a stated name (a county list's "Orange County") first
        for top in sorted(group, key=lambda t: (-(t.end - t.start), t.name is None)):
            if all(top.end <= k.start or top.start >= k.end for k in kept):
                kept.append(top)
    return sorted(kept, key=lambda t: t.start)


def recognize(gaz: Gazetteer, doc: Doc) -> Found:
    """The sure and weak toponyms of a Doc, and its dateline toponym."""
    return Recognizer(gaz, doc).run()


def generic_words(span: Span) -> bool:
    """True when every word of `span` is a generic place word ("Islands", "North Lake"): inside
    a longer name ("the Aleutian Islands") they are part of it, not a region of their own."""
    return all(t.lower_ in GENERIC or t.lower_.rstrip("s") in GENERIC for t in span)
