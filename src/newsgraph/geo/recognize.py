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
"facility" mention linked to the place. No place: a ship's name ("the INS Mysore"), the short
name of a paper named after its town ("The Post"), a name listed with a firm ("Cisco and HP").
Word lists and span helpers live in spans.py, name tests in name_checks.py, pattern finders in
patterns.py.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from newsgraph.geo.gazetteer import Gazetteer
from newsgraph.geo.datelines import dateline_toponym
from newsgraph.geo.known import (
    FAMOUS_ALTERNATE,
    STRONG_POPULATION,
    is_place_name,
    known_name,
    region_name,
    some_entry,
    strong_entry,
    strong_readings,
)
from newsgraph.geo.names import name_key
from newsgraph.geo.name_checks import NameChecks
from newsgraph.geo.patterns import TextPatterns
from newsgraph.geo.people import (
    INSTITUTION_WORDS, PLACE_PREPOSITIONS, DocWords, lone_speakers, person_words,
)
from newsgraph.geo.readings import (
    BUSINESS_BEFORE,
    NAMED_AFTER,
    VENUE_AFTER,
    TeamReading,
    space_page,
    sports_page,
)
from newsgraph.geo.toponyms import GENERIC, PEOPLE_SUFFIXES, Toponym, lookup_keys
from newsgraph.nlp import doc_text
from newsgraph.geo.spans import (
    AMOUNT_BEFORE,
    AWARD_WORDS,
    CAPITAL_SPEAKER_POPULATION,
    COORDINATION_AFTER,
    COORDINATION_BEFORE,
    CURRENCY_AFTER,
    FEATURE_AFTER,
    LANDFORM_WORDS,
    METONYMS,
    NATURAL_FEATURES,
    NOT_A_PLACE_AFTER,
    OPENERS,
    OTHER_LABELS,
    PARTICLE_TAIL,
    PLACE_LABELS,
    QUALIFIERS,
    REPEATED_SPELLING,
    SITE_BEFORE,
    STADIUM_WORDS,
    STATE_WORD,
    THE_BEFORE,
    VENUE_WORDS,
    VESSEL,
    Found,
    capitalised,
    demonym,
    generic_words,
    org_short_names,
    strip_span,
    toponym,
)


class Recognizer(TeamReading, NameChecks, TextPatterns):
    """Finds the toponyms of one Doc (see the module docstring)."""

    def __init__(self, gaz: Gazetteer, doc: Doc) -> None:
        self.gaz = gaz
        self.doc = doc
        self.text = doc_text(doc)
        self.found = Found()
        words = DocWords(doc)
        self.persons, self.speakers = person_words(doc, words)
        self.tagged = {name_key(e.text) for e in doc.ents if e.label_ in PLACE_LABELS}
        self.found.tagged = self.tagged
        self.sporty = sports_page(self.text)
        self.spacey = space_page(self.text)
        self.teams: set[str] = set()  # full names read as teams: their other mentions are teams too
        self.team_spans: list[tuple[int, int]] = []  # where team names were found, for lists of teams
        self.lower_words = {w for w in words.texts if w.islower() and w.isalpha()}
        self.lone_speakers = lone_speakers(words)
        self.first_names = {
            e[0].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[1].tag_ != "POS"
        }  # "Mary Pitman" ... "Mary’s Turkeys": a person's firm, not the Turkmen province
        self.surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        self.vessels = {name_key(m.group(1)) for m in VESSEL.finditer(self.text)}
        self.org_tails = org_short_names(gaz, doc)
        firms = [e for e in doc.ents if e.label_ == "ORG" and not is_place_name(gaz, e.text)]  # not a mistyped "Jabaliya"
        self.org_edges = {e.start_char for e in firms} | {-e.end_char for e in firms}

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
        if top.kind != "demonym" and (name_key(top.text) in self.vessels or self.org_short_name(top) or self.listed_with_firm(top)):
            self.found.other_names.add((top.start, top.end))  # a ship's or an organisation's name
            return
        if self.firm_short_name(top) or self.shop_or_brand(top) or (top.kind != "demonym" and (self.not_the_town(top) or self.club(top) or self.team(top))):
            self.found.other_names.add((top.start, top.end))  # a firm's, shop's, venue's or team's name
            return
        if name_key(top.name or top.text) in METONYMS:
            if not SITE_BEFORE.search(self.text, max(0, top.start - 20), top.start):
                return  # "the White House said": the institution, not the building
            top = Toponym(top.start, top.end, top.text, kind="facility", name=top.name)
        (self.found.sure if sure else self.found.weak).append(top)

    def org_short_name(self, top: Toponym) -> bool:
        """True for one word after "the" that closes an organisation's name on the page ("The
        Washington Post" ... "The Post"), unless it is a well-known place."""
        if " " in top.text or top.text not in self.org_tails or not THE_BEFORE.search(self.text, max(0, top.start - 5), top.start):
            return False
        return not strong_entry(self.gaz, lookup_keys(top.text)[0])

    def listed_with_firm(self, top: Toponym) -> bool:
        """True for a name coordinated with an organisation ("Cisco and HP", "Oracle or Cisco"):
        the members of a list are things of one kind. A well-known place stays one, and so does a
        name listed with a place the tagger typed ORG ("Beit Lahiya and Jabaliya")."""
        after = COORDINATION_AFTER.match(self.text, top.end)
        before = COORDINATION_BEFORE.search(self.text, max(0, top.start - 6), top.start)
        if not ((after and after.end() in self.org_edges) or (before and -before.start() in self.org_edges)):
            return False
        key = lookup_keys(top.name or top.text)[0]
        return not (region_name(self.gaz, key) or strong_entry(self.gaz, key))

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

    def surname(self, inner: Span) -> bool:
        """True for one word that ends a person's full name on the page ("Marco Rubio"), unless
        it is a city of CAPITAL_SPEAKER_POPULATION, a country or a first-level region."""
        if len(inner) != 1 or inner[0].lower_ not in self.surnames:
            return False
        key = lookup_keys(inner.text)[0]
        return not (region_name(self.gaz, key) or strong_entry(self.gaz, key, min_population=CAPITAL_SPEAKER_POPULATION))

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
        if self.surname(inner):
            return False  # "Rubio 68 percent" on a page about Marco Rubio
        if label == "WORK_OF_ART" and not strong_entry(self.gaz, key):
            return False  # a title is no institution: "Rewriting the Rules of Success"
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
        if self.place_adjective(span):
            self.add(toponym(span), sure=True)
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


    def place_adjective(self, span: Span) -> bool:
        """True for a well-known place's name the tagger reads as an adjective before a
        lower-case noun: "the Kyiv government", "a Gaza ceasefire"."""
        token = span[0]
        if len(span) > 1 or token.pos_ != "ADJ" or token.is_sent_start or token.i + 1 >= len(self.doc):
            return False
        after = self.doc[token.i + 1]
        if after.pos_ != "NOUN" or not after.is_lower or self.common_word(span) or self.lower_case_word(span):
            return False
        return strong_entry(self.gaz, lookup_keys(span.text)[0])


def recognize(gaz: Gazetteer, doc: Doc) -> Found:
    """The sure and weak toponyms of a Doc, and its dateline toponym."""
    return Recognizer(gaz, doc).run()
