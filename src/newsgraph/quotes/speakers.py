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
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Optional, Sequence

from spacy.tokens import Doc, Token

from newsgraph.model import Entity, Speaker
from newsgraph.quotes.lexicon import (
    FIRST_PERSON,
    GROUP_SECTOR,
    GROUP_PRONOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    ROLE_GROUP_OF,
)

NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "case", "npadvmod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
GROUP_TYPES = ("ORG", "NORP", "GPE")
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
        for entity in doc._.ng_entities or []:
            for m in entity.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                for t in span:
                    self.by_token[t.i] = entity
                last = span[-1]
                subject = any(t.dep_ in SUBJECT_DEPS for t in span) or last.dep_ == "appos" and last.head.dep_ in SUBJECT_DEPS
                self.mentions.append(_Mention(last.i, entity, subject, quoted[last.i]))
        self.mentions.sort(key=lambda m: m.token)
        self.positions = [m.token for m in self.mentions]

    def entity_of(self, token: Token) -> Optional[Entity]:
        """The entity a name token belongs to, or None."""
        return self.by_token.get(token.i)

    def antecedent(self, pronoun: Token) -> Optional[Entity]:
        """The entity a third-person pronoun (or "the 56-year-old") most likely stands for, or None."""
        word = "he" if _age_description(pronoun) else pronoun.lower_
        if word in PERSON_PRONOUNS:
            types: tuple[str, ...] = ("PERSON",)
        elif word == "it":
            types = ("ORG", "GPE")  # "it" is no nationality ("the Argentine" is a person)
        elif word in GROUP_PRONOUNS:
            types = GROUP_TYPES + ("PERSON",)
        else:
            return None
        end = bisect_right(self.positions, pronoun.i - 1)
        candidates = [m for m in self.mentions[max(0, end - 40) : end] if not m.quoted and m.entity.type in types]
        if not candidates:
            return None
        if word in GROUP_PRONOUNS:
            groups = [m for m in candidates if m.entity.type in GROUP_TYPES]
            candidates = groups or candidates
        subjects = [m for m in candidates if m.subject and pronoun.i - m.token < 150]
        return (subjects or candidates)[-1].entity

    def described(self, head: Token) -> Optional[Entity]:
        """The entity a description ("the Ukrainian leader") stands for, or None."""
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
            if score <= 0:
                continue
            distance = self._distance(entity, head)
            key = (score, -distance)
            if key > best or chosen is None:
                best, chosen = key, entity
        return chosen

    def _entities_near(self, head: Token, types: tuple[str, ...]) -> list[Entity]:
        seen: dict[str, Entity] = {}
        for m in self.mentions:
            if m.entity.type in types and abs(self.doc[m.token].idx - head.idx) < DESCRIPTION_WINDOW:
                seen.setdefault(m.entity.id, m.entity)
        return list(seen.values())

    def _score(self, entity: Entity, lemma: str, modifiers: set[str]) -> float:
        words = self.descriptors.get(entity.id, set())
        score = 0.0
        if lemma in words:
            score += 3
        group = ROLE_GROUP_OF.get(lemma)
        if group and any(ROLE_GROUP_OF.get(w) == group for w in words):
            score += 2
        score += sum(1 for m in modifiers if m in words)
        if entity.sector and group and GROUP_SECTOR.get(group) == entity.sector:
            score += 1
        return score

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
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    end = head.i + 1
    entity = index.entity_of(head)
    while end < len(doc) and entity is not None and index.by_token.get(end) is entity:
        end += 1
    return start, end


def make_speaker(doc: Doc, head: Token, index: EntityIndex) -> Speaker:
    """The Speaker for a subject token: its phrase as written, resolved to an entity if we can."""
    start, end = noun_phrase(doc, head, index)
    span = doc[start:end]
    entity = resolve(head, index)
    return Speaker(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=entity.name if entity else None,
        entity=entity.id if entity else None,
    )


def _age_description(head: Token) -> bool:
    """"The 56-year-old said": a person named by age stands for the person last named."""
    if head.lower_ != "old" or head.i < 3:
        return False
    doc = head.doc
    return doc[head.i - 2].lower_ in ("year", "years") and any(t.like_num for t in doc[max(0, head.i - 5):head.i - 2])


def resolve(head: Token, index: EntityIndex) -> Optional[Entity]:
    """The entity a speaker head token names, stands for, or describes; None if unknown."""
    entity = index.entity_of(head)
    if entity is not None:
        return entity
    word = head.lower_
    if head.pos_ == "PRON" or word in PERSON_PRONOUNS or word in GROUP_PRONOUNS or _age_description(head):
        return None if word in FIRST_PERSON else index.antecedent(head)
    if head.pos_ in ("NOUN", "PROPN"):
        return index.described(head)
    return None
