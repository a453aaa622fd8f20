"""Speaker mentions to the article's entities: names, pronouns and descriptions.

`EntityIndex` is built once per Doc from `doc._.ng_entities` (and the describing words
the entities component leaves in `doc._.ng_entity_descriptors`). It answers:
- which entity a name token belongs to;
- which entity a pronoun stands for: the nearest compatible entity before it, outside
  quotes, preferring one that was the subject of its clause (he/she -> a person;
  they/it -> an organisation, group or place; they may also be a person);
- which entity a description stands for ("the Ukrainian leader", "the company",
  "the missile manufacturer"): the head noun must fit the entity's type, and words
  of the description must match the words the article uses for the entity (its
  titles, modifiers, appositions: "Ukrainian President …", "…, the company behind
  the Flamingo missile"); the best-scoring entity wins, the nearest on ties.
Pronouns first try the earlier subjects the parse shows (`newsgraph.quotes.subjects`).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional, Sequence

from spacy.tokens import Doc, Token

from newsgraph.model import Entity, Speaker
from newsgraph.quotes.pronouns import sex_fits, sex_of, sex_words
from newsgraph.quotes.subjects import PRONOUN_NUMBER, SUBJECT_DEPS, agrees, earlier_subjects, released_message
from newsgraph.quotes.sources import AGENT_SUFFIXES, GENERIC_GROUPS, HUMAN_NOUNS
from newsgraph.quotes.lexicon import (
    COMMUNICATION_NOUNS,
    FIRST_PERSON,
    GROUP_SECTOR,
    GROUP_PRONOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    ROLE_GROUP_OF,
)

NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "case", "npadvmod"})
GROUP_TYPES = ("ORG", "NORP", "GPE")
# Titles written short before a name ("Gov. Eric Holcomb" is "the governor").
TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "sec": "secretary", "pres": "president", "supt": "superintendent", "atty": "attorney", "sgt": "sergeant",
    "capt": "captain", "col": "colonel", "cmdr": "commander", "prof": "professor", "dr": "doctor",
    "insp": "inspector", "det": "detective", "amb": "ambassador", "adm": "admiral", "maj": "major",
}
STRONG_MATCH = 2.0  # an indefinite description must share its role and a modifier with the entity
ANTECEDENT_REACH = 600  # tokens: a pronoun this far from any name stands for someone unnamed
DESCRIPTION_WINDOW = 4000  # characters: how far a description looks for its entity


@dataclass
class _Mention:
    token: int  # the mention's last token
    entity: Entity
    subject: bool
    quoted: bool


class EntityIndex:
    """Entities of one Doc, looked up by token (see the module docstring)."""

    def __init__(self, doc: Doc, quoted: Sequence[bool]) -> None:
        self.doc = doc
        self.by_token: dict[int, Entity] = {}
        has_words = Doc.has_extension("ng_entity_descriptors")
        self.descriptors: dict[str, set[str]] = (doc._.ng_entity_descriptors if has_words else None) or {}
        self.mentions: list[_Mention] = []
        self.sex_words: dict[str, set[str]] = {}  # titles and appositions: "she" is no stepfather
        self.by_text: dict[str, list[Entity]] = {}
        for entity in doc._.ng_entities or []:
            for m in entity.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                self.sex_words.setdefault(entity.id, set()).update(sex_words(span))
                named = self.by_text.setdefault(span.text, [])
                if entity not in named:
                    named.append(entity)
                for t in span:
                    self.by_token[t.i] = entity
                last = span[-1]
                subject = any(t.dep_ in SUBJECT_DEPS for t in span) or last.dep_ == "appos" and last.head.dep_ in SUBJECT_DEPS
                self.mentions.append(_Mention(last.i, entity, subject, quoted[last.i]))
        self.mentions.sort(key=lambda m: m.token)
        self.quoted = quoted
        self.people = [e for e in doc._.ng_entities or [] if e.type == "PERSON" and " " in e.name]
        self.positions = [m.token for m in self.mentions]

    def entity_of(self, token: Token) -> Optional[Entity]:
        """The entity a name token belongs to, or None."""
        return self.by_token.get(token.i)

    def is_quoted(self, i: int) -> bool:
        return self.quoted[i]

    def person_by_surname(self, token: Token, entity: Optional[Entity]) -> Optional[Entity]:
        """A bare surname ("Sondland", "Sabatier") the entity layer left unlinked or typed
        as a one-word place or organisation: the person of the article with that last name."""
        if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or (entity is not None and (entity.type == "PERSON" or " " in entity.name)):
            return entity
        people = [e for e in self.people if e.name.split()[-1] == token.text and e is not entity]
        if len(people) == 1:
            return people[0]
        return entity if entity is not None else self.same_name(token)

    def same_name(self, token: Token) -> Optional[Entity]:
        """The one entity the article links elsewhere under this very name ("Prakash" left
        unlinked here, linked to Aseem Prakash two paragraphs up), or None."""
        if token.pos_ != "PROPN" or not token.is_title:
            return None
        named = self.by_text.get(token.text, [])
        return named[0] if len(named) == 1 else None

    def antecedent(self, pronoun: Token, word: Optional[str] = None) -> Optional[Entity]:
        """The entity a third-person pronoun (or "the 56-year-old", read as `word`) most likely
        stands for, or None."""
        word = word or ("he" if _age_description(pronoun) else pronoun.lower_)
        if word in PERSON_PRONOUNS:
            types: tuple[str, ...] = ("PERSON",)
        elif word == "it":
            types = ("ORG", "GPE")  # "it" is no nationality ("the Argentine" is a person)
        elif word in GROUP_PRONOUNS:
            types = GROUP_TYPES + ("PERSON",)
        else:
            return None
        end = bisect_right(self.positions, pronoun.i - 1)
        candidates = [
            m for m in self.mentions[max(0, end - 40) : end]
            if not m.quoted and m.entity.type in types and pronoun.i - m.token < ANTECEDENT_REACH
        ]
        candidates = [m for m in candidates if sex_fits(word, self.sex_words.get(m.entity.id, ()))]
        if not candidates:
            return None
        if word in GROUP_PRONOUNS:
            groups = [m for m in candidates if m.entity.type in GROUP_TYPES]
            candidates = groups or candidates
        subjects = [m for m in candidates if m.subject and pronoun.i - m.token < 150]
        return (subjects or candidates)[-1].entity

    def described(self, head: Token, least: float = 0.0) -> Optional[Entity]:
        """The entity a description ("the Ukrainian leader") stands for, or None; `least`:
        the score it must pass."""
        lemma = head.lemma_.lower()
        if lemma in PERSON_NOUNS:
            types: tuple[str, ...] = ("PERSON",)
        elif lemma in ORG_NOUNS:
            types = ("ORG", "NORP")
        else:
            return None
        modifiers = {t.lemma_.lower() for t in head.lefts if t.dep_ in ("amod", "compound", "nmod")}
        modifiers |= {t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound", "nmod")}
        best: tuple[float, float] = (0.0, 0.0)
        chosen = None
        for entity in self._entities_near(head, types):
            score = self._score(entity, lemma, modifiers)
            if score <= least or least >= STRONG_MATCH and not self._shares_modifier(entity, modifiers):
                continue  # "an aide" is no secretary named above: role and sector alone are too weak
            if score <= 1 and self._score(entity, lemma, modifiers, sector=False) == 0:
                continue  # "the transport ministry" is no ports authority: a shared sector alone says nothing
            distance = self._distance(entity, head)
            key = (score, -distance)
            if key > best or chosen is None:
                best, chosen = key, entity
        return chosen

    def _entities_near(self, head: Token, types: tuple[str, ...]) -> list[Entity]:
        seen: dict[str, Entity] = {}
        sentence = head.sent
        for m in self.mentions:
            if m.token > head.i and m.token < sentence.end:
                continue  # "the group added that WeWork …": a name in what it said is not who said it
            if m.entity.type in types and abs(self.doc[m.token].idx - head.idx) < DESCRIPTION_WINDOW:
                seen.setdefault(m.entity.id, m.entity)
        return list(seen.values())

    def _score(self, entity: Entity, lemma: str, modifiers: set[str], sector: bool = True) -> float:
        words = {TITLE_ABBREVIATIONS.get(w.rstrip("."), w) for w in self.descriptors.get(entity.id, set())}
        score = 0.0
        if lemma in words:
            score += 3
        group = ROLE_GROUP_OF.get(lemma)
        if group and any(ROLE_GROUP_OF.get(w) == group for w in words):
            score += 2
        score += sum(1 for m in modifiers if m in words)
        if sector and entity.sector and group and GROUP_SECTOR.get(group) == entity.sector:
            score += 1
        return score

    def fits_role(self, entity: Entity, lemma: str) -> bool:
        """Whether nothing the article calls the entity is a role of another group than `lemma`'s."""
        words = {TITLE_ABBREVIATIONS.get(w.rstrip("."), w) for w in self.descriptors.get(entity.id, set())}
        groups = {ROLE_GROUP_OF[w] for w in words if w in ROLE_GROUP_OF}
        return lemma in words or not groups or ROLE_GROUP_OF.get(lemma) in groups

    def _shares_modifier(self, entity: Entity, modifiers: set[str]) -> bool:
        words = {TITLE_ABBREVIATIONS.get(w.rstrip("."), w) for w in self.descriptors.get(entity.id, set())}
        return bool(modifiers & words)

    def _distance(self, entity: Entity, head: Token) -> float:
        """Characters to the nearest mention; mentions after the description count double."""
        best = float("inf")
        for m in entity.mentions:
            d = head.idx - m.end if m.end <= head.idx else 2 * (m.start - head.idx)
            best = min(best, abs(d))
        return best


def noun_phrase(doc: Doc, head: Token, index: EntityIndex) -> tuple[int, int]:
    """Token range [start, end) of the speaker phrase headed by `head`, as written."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in NP_LEFT_DEPS and child.left_edge.i < start:
            start = child.left_edge.i
    breaks = [i for i in range(start, head.i) if doc[i].is_space and "\n" in doc[i].text]
    if breaks:
        start = breaks[-1] + 1  # a heading the parse ran into the phrase
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = head.i + 1
    entity = index.entity_of(head)
    while end < len(doc) and entity is not None and index.by_token.get(end) is entity:
        end += 1
    office = _office_of(head)
    return start, max(end, office.right_edge.i + 1) if office is not None else end


OFFICE_WORDS = frozenset("the and of for".split())
OFFICE_TITLES = frozenset(
    "commissioner secretary minister director chairman chairwoman chair president governor "
    "ambassador envoy rapporteur ombudsman general administrator commander chief head".split()
)


def _office_of(head: Token) -> Optional[Token]:
    """The "for Human Rights" of "High Commissioner for Human Rights", the "of State" of
    "Secretary of State": a prepositional phrase of capitalised words that completes a
    title written in capitals, or None."""
    if head.pos_ != "PROPN" or not head.is_title or head.lower_ not in OFFICE_TITLES | ORG_NOUNS:
        return None  # "Smith of Boston" is a person from a place, not an office
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("for", "of") and c.i == head.i + 1), None)
    if prep is None or not any(c.dep_ == "pobj" for c in prep.children):
        return None
    words = head.doc[prep.i + 1 : prep.right_edge.i + 1]
    return prep if all(t.is_title or t.lower_ in OFFICE_WORDS for t in words) else None


def make_speaker(doc: Doc, head: Token, index: EntityIndex) -> Speaker:
    """The Speaker for a subject token: its phrase as written, resolved to an entity if we
    can, else named by the unlinked phrase it refers to ("Big Machine", "the authors")."""
    title = head
    head = _name_after_abbreviation(head) or head
    start, end = noun_phrase(doc, head, index)
    start = min(start, title.i)
    whole = _partitive_whole(head)
    if whole is not None:  # "some of Trump's defenders", "all of them": the group named after "of"
        end = max(end, whole.right_edge.i + 1)
        head = whole
    span = doc[start:end]
    entity, name = referent(head, index)
    if whole is not None and entity is None and name is None and _source_phrase(whole, index) is not None:
        name = span.text  # "some of Trump's defenders" (not "one of my requests")
    if entity is not None and not _clean_name(entity.name):
        name, entity = None, None  # "Thunderbolt 3\n\nApple": a name garbled across lines
    if entity is None and name is None and _office_of(head) is not None:
        name = span.text  # "The UN High Commissioner for Human Rights": the office itself
    others = _coordinated(head)
    if others:  # "Volker and Morrison said": both speak, no one entity is the speaker
        span = doc[start : max(end, others[-1].right_edge.i + 1)]
        first = next(t.i for t in span if t.pos_ == "PROPN")
        name, entity = doc[first : span.end].text, None  # without "both", "the"
    return Speaker(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=entity.name if entity else name,
        entity=entity.id if entity else None,
    )


def _name_after_abbreviation(head: Token) -> Optional[Token]:
    """The name after a title the tokenizer cut off at its full stop ("said Insp. | Gareth
    Lloyd" parsed with "Insp" as the subject): the name's head word, or None."""
    doc = head.doc
    if head.lower_ not in TITLE_ABBREVIATIONS or head.i + 2 >= len(doc) or doc[head.i + 1].text != ".":
        return None
    name = doc[head.i + 2]
    if name.pos_ != "PROPN" or not name.is_title:
        return None
    while name.head.i > name.i and name.head.pos_ == "PROPN" and name.dep_ in ("compound", "flat"):
        name = name.head  # "Gareth" -> "Lloyd"
    return name


def _coordinated(head: Token) -> list[Token]:
    """The names joined to a speaker name by "and" ("Volker and Morrison"), or []."""
    if head.pos_ != "PROPN" or not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return []
    return [c for c in head.rights if c.dep_ == "conj" and c.pos_ == "PROPN"]


QUANTIFIERS = frozenset("some all many most several both each none few one two three half".split())


def _partitive_whole(head: Token) -> Optional[Token]:
    """The group of a quantifier speaker ("some of Trump's defenders" -> defenders), or None."""
    if head.lower_ not in QUANTIFIERS:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _clean_name(name: str) -> bool:
    return "\n" not in name


def _age_description(head: Token) -> bool:
    """"The 56-year-old said", "the 56-year-old screen star said": a person named by age stands
    for the person last named."""
    if head.pos_ == "NOUN" and head.lower_ != "old":
        return any(c.dep_ == "amod" and _age(c) for c in head.lefts)
    return _age(head)


def _age(word: Token) -> bool:
    """ "old" of "56-year-old"."""
    if word.lower_ != "old" or word.i < 3:
        return False
    doc = word.doc
    return doc[word.i - 2].lower_ in ("year", "years") and any(t.like_num for t in doc[max(0, word.i - 5):word.i - 2])


def _age_words(head: Token) -> tuple[str, ...]:
    """The pronouns an age description may stand for: by the sex its noun names ("the
    19-year-old actress": she), else either."""
    sex = sex_of([head.lemma_.lower(), head.lower_]) if head.pos_ == "NOUN" else None
    return ("she",) if sex == "female" else ("he",) if sex == "male" else ("he", "she")


def _age_antecedent(head: Token, index: EntityIndex) -> Optional[tuple[Optional[Entity], Optional[str]]]:
    """The referent of an age description: of the antecedents its possible pronouns find,
    the one last mentioned before it."""
    found = [f for f in (parse_antecedent(head, index, word=w) for w in _age_words(head)) if f is not None]
    return max(found, key=lambda f: _last_mention(f[0], head.idx), default=None)


def _last_mention(entity: Optional[Entity], before: int) -> int:
    if entity is None:
        return -1
    return max((m.start for m in entity.mentions if m.start < before), default=-1)


def resolve(head: Token, index: EntityIndex) -> Optional[Entity]:
    """The entity a speaker head token names, stands for, or describes; None if unknown."""
    return referent(head, index)[0]


def referent(head: Token, index: EntityIndex) -> tuple[Optional[Entity], Optional[str]]:
    """`described_referent`, except the place a description is based in ("the Columbia-based
    firm" is not Columbia)."""
    entity, name = described_referent(head, index)
    if entity is not None and head.pos_ == "NOUN" and any(_mentions(entity, t) for t in located_in(head)):
        return None, None
    return entity, name


LOCATION_PARTICIPLES = frozenset({"based", "headquartered", "born", "bred"})


def located_in(head: Token) -> list[Token]:
    """The names in the description's "X-based" modifiers ("the Columbia-based design firm")."""
    doc = head.doc
    found = []
    for t in doc[head.left_edge.i : head.i]:
        if t.pos_ == "PROPN" and t.i + 2 < head.i and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in LOCATION_PARTICIPLES:
            found.append(t)
    return found


def _mentions(entity: Entity, token: Token) -> bool:
    return any(m.start <= token.idx < m.end for m in entity.mentions)


def described_referent(head: Token, index: EntityIndex) -> tuple[Optional[Entity], Optional[str]]:
    """(entity, name) a speaker head token names, stands for, or describes: the entity when
    the article links one, else the unlinked phrase it stands for, else (None, None).

    A pronoun takes the nearest earlier subject of its own or the previous sentences that
    agrees with it, whatever its entity type (`parse_antecedent`); a description its
    apposition first ("The company that runs the show, Acme, said"), a name in it after a
    title ("CPUC President Jane Roe"), then the entity it describes (`EntityIndex.described`)."""
    entity = index.entity_of(head)
    if entity is not None and entity.type != "PERSON":
        person = _person_after_title(head, index) or _titled_person(head, index)  # "CPUC President Jane Roe said"
        if person is not None:
            return person, None
    if entity is not None:
        return index.person_by_surname(head, entity), None
    word = head.lower_
    if head.pos_ == "PRON" or word in PERSON_PRONOUNS or word in GROUP_PRONOUNS or _age_description(head):
        if word in FIRST_PERSON:
            return None, None
        found = _age_antecedent(head, index) if _age_description(head) else parse_antecedent(head, index)
        if found is not None:
            return found
        if _age_description(head):  # "the 46-year-old" may be a she: the person of either sex last named
            found_all = [index.antecedent(head, w) for w in _age_words(head)]
            return max(found_all, key=lambda e: _last_mention(e, head.idx)), None
        return index.antecedent(head), None
    if head.pos_ in ("NOUN", "PROPN"):
        issuer = _issuer(head, index)
        if issuer is not None:
            return issuer  # "a report from Acme said", "the statement continued": the one who issued it
        named = _named_in_description(head, index)
        if named is not None:
            return named
        owned = _owned(head, index)
        if owned is not None:
            return owned
        if head.tag_ in ("NNS", "NNPS"):
            return _group_of(head, index), None  # "PG&E officials": PG&E, never one person
        organisation = _organisation_word(head)
        if organisation is not None and (head.lemma_.lower() in ORG_NOUNS or not _indefinite(organisation)):
            found = _last_organisation(organisation, index)
            if found is None and index.described(organisation) is not None:
                found = index.described(organisation), None
            if found is not None:
                return found  # "the company says", "A company spokesperson said": the firm just named
        if _indefinite(head):  # "a Taliban representative", "one trade expert": someone new,
            return index.described(head, STRONG_MATCH), None  # unless the article's words fit well
        if _refers_to_unnamed(head, index):
            return None, None  # "An aide said … the aide added": still the unnamed aide
        in_role = _subject_in_role(head, index)
        if in_role is not None:
            return in_role, None
        return index.person_by_surname(head, None) or index.described(head), None
    return None, None


def _subject_in_role(head: Token, index: EntityIndex) -> Optional[Entity]:
    """"Cruz defends his record in an ad: “…,” the senator says": a definite role description
    ("the senator", "the Senate minority leader") takes up the person just named as subject,
    unless the article gave that person a role of another kind. Staff words ("the spokesman",
    "the aide") are left to `EntityIndex.described`: they usually bring in someone else."""
    lemma = head.lemma_.lower()
    group = ROLE_GROUP_OF.get(lemma)
    if group is None or group == "official" or lemma not in PERSON_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return None
    found = [f[0] for f in (parse_antecedent(head, index, word=w) for w in _age_words(head)) if f is not None]
    people = [e for e in found if e is not None and e.type == "PERSON" and index.fits_role(e, lemma)]
    return max(people, key=lambda e: _last_mention(e, head.idx), default=None)


def _refers_to_unnamed(head: Token, index: EntityIndex) -> bool:
    """Whether a definite description ("the aide") takes up the last description with the
    same noun, and that one brought in someone unnamed ("a Republican committee aide"; not an
    apposition or predicate, "Jane Roe, an aide to …", which names the person)."""
    doc, lemma = head.doc, head.lemma_.lower()
    for t in reversed(doc[max(0, head.i - 400) : head.i]):
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN":
            return _indefinite(t) and t.dep_ not in ("appos", "attr") and index.entity_of(t) is None
    return False


GENERIC_ORGANISATIONS = frozenset(
    "company firm group utility agency bank airline carrier retailer label studio club team startup "
    "brokerage insurer lender automaker carmaker chipmaker publisher broadcaster organization organisation "
    "charity nonprofit association".split()
)


def _organisation_word(head: Token) -> Optional[Token]:
    """ "the company" itself, or the "company" of "a company spokesperson": a generic word for
    the organisation the article is about, or None."""
    if head.tag_ == "NN" and head.lemma_.lower() in GENERIC_ORGANISATIONS:
        return head if any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children) else None
    if head.lemma_.lower() in PERSON_NOUNS:
        return next((c for c in head.lefts if c.dep_ == "compound" and c.lemma_.lower() in GENERIC_ORGANISATIONS), None)
    return None


def _last_organisation(word: Token, index: EntityIndex) -> Optional[tuple[Optional[Entity], Optional[str]]]:
    """The organisation that was the subject of this or the two sentences before ("WeWork is
    based in New York. A company spokesperson said …" -> WeWork), else their object."""
    for subject in earlier_subjects(word, index):
        entity = index.entity_of(subject)
        if entity is not None and entity.type == "ORG":
            return entity, None
        if subject.pos_ == "NOUN" and subject.tag_ == "NN" and subject.lemma_.lower() in ORG_NOUNS:
            named = _named_in_description(subject, index)
            if named is not None:
                return named
    for obj in earlier_subjects(word, index, OBJECT_DEPS):  # "X is investigating WeWork. The company …"
        entity = index.entity_of(obj)
        if entity is not None and entity.type == "ORG":
            return entity, None
    return None


OBJECT_DEPS = frozenset({"dobj"})
OWNER_PREPOSITIONS = frozenset({"for", "of", "at", "from"})


def _owner(head: Token) -> Optional[Token]:
    """The named owner of a description: "Russia's foreign ministry", "the French foreign
    ministry", "a spokesperson for the British Foreign Office", "Morrison's lawyer"."""
    for child in head.lefts:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE"):
            return child
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPOSITIONS:
            obj = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if obj is not None:
                return obj
    return None


def _owned(head: Token, index: EntityIndex) -> Optional[tuple[Optional[Entity], Optional[str]]]:
    """A description with a named owner is someone of that owner, not any entity the words
    fit: the owner itself when it is an organisation and the head a person ("a spokesperson
    for Acme" -> Acme); a country's body only when the described entity bears the country's
    word ("Russia's foreign ministry" is not the "Security Council" named before); a
    person's aide only when the described entity was called the owner's ("Roe's lawyer" is
    not "Doe's lawyer, Jim Poe"). Else the phrase as written. A country's official ("China's
    ambassador") stays with `EntityIndex.described`."""
    owner = _owner(head)
    if owner is None:
        return None
    entity = index.entity_of(owner)
    person_head = head.lemma_.lower() in PERSON_NOUNS
    if entity is not None and entity.type == "ORG" and person_head:
        return entity, None
    described = index.described(head)
    if owner.ent_type_ in ("NORP", "GPE") and (entity is None or entity.type != "PERSON"):
        if person_head:
            return None
        stem = owner.text[:4].lower()
        fits = described is not None and any(w.lower().startswith(stem) for w in described.name.split())
    elif entity is not None and entity.type == "PERSON":
        words = {w.lower().strip("’'s") for w in index.descriptors.get(described.id, set())} if described else set()
        fits = described is not None and owner.lower_ in words
    else:
        return None
    if fits:
        return described, None
    start, end = noun_phrase(head.doc, head, index)
    return None, head.doc[start:end].text


INDEFINITE_DETERMINERS = frozenset("a an one another some any".split())


def _indefinite(head: Token) -> bool:
    """ "a spokesperson", "one expert", "another official": a description that brings in
    someone the article has not named (a name in apposition is found before this)."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE_DETERMINERS for c in head.lefts)


def _named_in_description(head: Token, index: EntityIndex) -> Optional[tuple[Optional[Entity], Optional[str]]]:
    """ "The group that owns her music, Big Machine, says" -> Big Machine (its apposition);
    "CPUC President Jane Roe" -> Jane Roe (a person named in a compound)."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            entity = index.entity_of(child)
            return (entity, None) if entity is not None else (None, doc_phrase(child))
        if child.dep_ == "appos":  # "Another diplomat, former envoy to Ukraine Kurt Volker, said"
            last = index.entity_of(child.right_edge)
            if last is not None and last.type == "PERSON":
                return last, None
        if child.dep_ == "relcl":
            named = _name_after_clause(child)
            if named is not None:
                entity = index.entity_of(named[-1])
                return (entity, None) if entity is not None else (None, named.text)
    person = _person_after_place(head, index)
    return (person, None) if person is not None else None


def _person_after_place(head: Token, index: EntityIndex) -> Optional[Entity]:
    """ "the mayor of Springfield, Dana Cole": the parse hung the person's name on the place
    or the organisation of a role; the name set off after "role of X," is the role's holder."""
    if head.lemma_.lower() not in PERSON_NOUNS:
        return None
    for prep in head.rights:
        for place in prep.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "at") else ():
            name = next((c for c in place.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            entity = index.entity_of(name) if name is not None and place.pos_ == "PROPN" else None
            if entity is not None and entity.type == "PERSON":
                return entity
    return None


def _name_after_clause(clause: Token):
    """ "The company that runs the show, Acme Productions, said": the name set off by commas
    right after the relative clause (the parse often hangs it elsewhere)."""
    doc = clause.doc
    j = clause.right_edge.i + 1
    if j >= len(doc) or doc[j].text != ",":
        return None
    last = doc[j - 1]
    if last.dep_ == "appos" and last.pos_ == "PROPN":  # the parse hung the name inside the clause
        start = min([last.i] + [c.left_edge.i for c in last.lefts if c.dep_ in ("compound", "flat")])
        return doc[start:j] if start > clause.i and doc[start - 1].text == "," else None
    end = j + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and end - j <= 5:
        end += 1
    if end == j + 1 or end >= len(doc) or doc[end].text != ",":
        return None
    return doc[j + 1 : end]


def _person_after_title(head: Token, index: EntityIndex) -> Optional[Entity]:
    """ "CPUC President Jane Roe", "Acme CEO John Doe": an organisation or title word the parse
    took as the head, followed by a person's name in the same run of proper nouns."""
    doc = head.doc
    for j in range(head.i + 1, min(len(doc), head.i + 5)):
        if doc[j].pos_ != "PROPN":
            return None
        entity = index.entity_of(doc[j])
        if entity is not None and entity.type == "PERSON":
            return entity
    return None


def _titled_person(head: Token, index: EntityIndex) -> Optional[Entity]:
    """ "the Department of Civil Aviation director-general Jane Roe": a person the parse hung
    on the organisation as its apposition, with a title word in between and no comma."""
    for child in head.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        entity = index.entity_of(child)
        between = head.doc[head.i : child.left_edge.i]
        if entity is not None and entity.type == "PERSON" and not any(t.text == "," for t in between):
            return entity
    return None


def _group_of(head: Token, index: EntityIndex) -> Optional[Entity]:
    """The organisation a plural role noun belongs to ("PG&E officials", "the company's lawyers")."""
    if head.lemma_.lower() not in PERSON_NOUNS:
        return None
    for child in head.children:
        if child.dep_ in ("compound", "poss", "nmod"):
            entity = index.entity_of(child)
            if entity is not None and entity.type in ("ORG", "NORP"):
                return entity
    return None


def doc_phrase(token: Token) -> str:
    """The name phrase of a token: its compound and flat words ("Big Machine")."""
    start = min([token.i] + [c.left_edge.i for c in token.lefts if c.dep_ in ("compound", "flat", "amod")])
    return token.doc[start : token.i + 1].text


POSSESSIVE_PRONOUNS = {"his": "he", "its": "it", "their": "they"}  # "to support their claim that …"


def parse_antecedent(
    pronoun: Token, index: EntityIndex, depth: int = 0, word: Optional[str] = None
) -> Optional[tuple[Optional[Entity], Optional[str]]]:
    """The nearest earlier subject (outside quotes, in this or the two previous sentences,
    the main clause's first) that agrees with the pronoun; its entity, or its surface words
    when unlinked; a pronoun subject is resolved in turn ("he said … he added"). "It says"
    after "X put out a statement" is X's statement. None when nothing agrees (then the
    entity index decides)."""
    if word is None:
        word = "he" if _age_description(pronoun) else POSSESSIVE_PRONOUNS.get(pronoun.lower_, pronoun.lower_)
    if word not in PRONOUN_NUMBER or depth > 3:
        return None
    for subject in earlier_subjects(pronoun, index):
        if word == "it" and released_message(subject):
            return parse_or_index(subject, index, depth + 1)  # "They put out a statement. … it says"
        if not agrees(word, subject, index):
            continue
        if subject.lower_ in PRONOUN_NUMBER:
            return parse_or_index(subject, index, depth + 1)
        entity = index.entity_of(subject)
        if entity is not None:
            person = index.person_by_surname(subject, entity)
            if person is not None and not sex_fits(word, index.sex_words.get(person.id, ())):
                continue  # "she" is never the stepfather the article named
            return person, None
        named = _named_in_description(subject, index)
        if named is not None:
            return named
        described = index.described(subject) if subject.pos_ == "NOUN" and subject.tag_ == "NN" else None
        if described is not None:
            return described, None
        if subject.pos_ != "PROPN":
            return None, _source_phrase(subject, index)  # "the researchers … they found": the phrase itself
        person = index.person_by_surname(subject, None)
        return (person, None) if person is not None else (None, doc_phrase(subject))
    return None


def _source_phrase(subject: Token, index: EntityIndex) -> Optional[str]:
    """The words of an unlinked subject that can speak ("Both men", "the team"), or None
    for a thing ("the recycled gases"), a generic group ("people") or the writer's own
    ("my business")."""
    lemma = subject.lemma_.lower()
    if lemma in GENERIC_GROUPS or lemma not in HUMAN_NOUNS and not lemma.endswith(AGENT_SUFFIXES):
        return None
    if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON | {"my", "our"} for c in subject.children):
        return None
    start, end = noun_phrase(subject.doc, subject, index)
    return subject.doc[start:end].text


def parse_or_index(pronoun: Token, index: EntityIndex, depth: int) -> tuple[Optional[Entity], Optional[str]]:
    """A pronoun's referent from the parse, else from the entity index."""
    if pronoun.lower_ not in PRONOUN_NUMBER:
        return referent(pronoun, index)
    found = parse_antecedent(pronoun, index, depth)
    return found if found is not None else (index.antecedent(pronoun), None)


DOCUMENT_NOUNS = COMMUNICATION_NOUNS | frozenset({"report", "study", "survey", "note", "filing", "notice"})
ISSUER_PREPOSITIONS = frozenset({"from", "by", "of"})


def _issuer(head: Token, index: EntityIndex, depth: int = 0) -> Optional[tuple[Optional[Entity], Optional[str]]]:
    """Who issued a document that is the speaker: the name after "from", "by" or "of" ("a
    report from Acme Securities said"); for "the statement" with no such name, the subject
    that put a statement out in this or the two sentences before ("The firm denied it in a
    statement. … the statement read"), or the issuer of the statement mentioned there.
    None when the head is no document or nothing is found."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS or depth > 3:
        return None
    named = _named_issuer(head, index)
    if named is not None:
        return named
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return None
    earlier = _earlier_document(head, index)
    if earlier is not None:
        return earlier  # "According to a report in the Argus Leader, … The report says …"
    if head.lemma_.lower() not in COMMUNICATION_NOUNS:
        return None
    for subject in earlier_subjects(head, index):
        if released_message(subject):
            found = referent(subject, index)
            return found if found != (None, None) else None
        if subject.lemma_.lower() in COMMUNICATION_NOUNS:
            return _issuer(subject, index, depth + 1)
    return None


def _named_issuer(head: Token, index: EntityIndex) -> Optional[tuple[Optional[Entity], Optional[str]]]:
    """The linked name after "from", "by" or "of" ("a report from Acme"), or after "in" when
    it is an organisation ("a report in the Argus Leader"), as (entity, name); else None."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ISSUER_PREPOSITIONS | {"in"}:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        entity = index.entity_of(obj)
        if entity is not None and (prep.lower_ != "in" or entity.type == "ORG"):
            return referent(obj, index)
        if entity is None and obj.pos_ == "PROPN" and obj.ent_type_ in ("", "ORG"):
            return None, doc_phrase(obj)  # a publication the entity layer missed
    return None


def _earlier_document(head: Token, index: EntityIndex) -> Optional[tuple[Optional[Entity], Optional[str]]]:
    """The issuer of the same kind of document named shortly before ("a report in X" for
    "the report"), or None."""
    doc, lemma = head.doc, head.lemma_.lower()
    for i in range(head.i - 1, max(0, head.i - 200) - 1, -1):
        if doc[i].lemma_.lower() == lemma and doc[i].pos_ == "NOUN":
            return _named_issuer(doc[i], index)
    return None


