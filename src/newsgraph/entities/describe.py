"""The words describing each entity, for `newsgraph.entities`: titles, modifiers just before a
name in its noun phrase ("Ukrainian President" Volodymyr Zelensky) and appositions ("X,
co-owner of Firepoint"); and the sector and country those words point to. Mentions are the
entities module's cleaned mentions (`tokens`, `titles`, `entity`, `label`).
"""

from __future__ import annotations

from typing import Any, Iterable, Optional

from spacy.tokens import Doc, Token

from newsgraph.entities.words import LEFT_MODIFIER_DEPS, SECTOR_OF_WORD, STOP_DESCRIPTORS


def describe(doc: Doc, mentions: Iterable[Any]) -> dict[int, set[str]]:
    """Words describing each mention's entity (keyed by id of its group): titles, modifiers, appositions."""
    words: dict[int, set[str]] = {}
    for m in mentions:
        if m.entity is None:
            continue
        bag = words.setdefault(id(m.entity), set())
        bag.update(m.titles)
        bag.update(_left_modifiers(doc, m))
        for target, appos_words in _appositions(doc, m):
            key = id(target.entity) if target.entity is not None else id(m.entity)
            words.setdefault(key, set()).update(appos_words)
    return words


def _descriptor(token: Token) -> Optional[str]:
    """The word a token adds to an entity's description; hyphenated words stay whole
    ("Secretary-General", "co-owner"), their first part gives nothing."""
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
        return None
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or token.lower_ in STOP_DESCRIPTORS:
        return None
    return token.lemma_.lower() if token.pos_ == "NOUN" else token.lower_


def _left_modifiers(doc: Doc, m: Any) -> set[str]:
    """Modifiers just before a name in its noun phrase ("Ukrainian President" Volodymyr Zelensky)."""
    inside = set(range(m.tokens[0], m.tokens[1]))
    out: set[str] = set()
    i = m.tokens[0] - 1
    while i >= 0:
        token = doc[i]
        if token.dep_ in ("case", "punct") and token.head.i < i and token.head.head.i in inside:
            inside.add(token.head.i)  # "Ukraine 's" Foreign Minister: the possessor comes next
        elif not (token.head.i in inside and token.dep_ in LEFT_MODIFIER_DEPS):
            break
        inside.add(i)
        word = _descriptor(token)
        if word:
            out.add(word)
        i -= 1
    return out


def _appositions(doc: Doc, m: Any) -> list[tuple[Any, set[str]]]:
    """Appositions of a mention ("X, co-owner of Y, the company behind Z"), each given to the
    mention it really describes: an organisation word next to a person goes to the
    organisation named between them."""
    root = doc[m.tokens[1] - 1]
    out = []
    for child in root.children:
        if child.dep_ != "appos" or child.i < root.i:
            continue
        span = list(child.subtree)[:15]
        words = {w for t in span if (w := _descriptor(t))}
        target = m
        if m.label == "PERSON" and SECTOR_OF_WORD.get(child.lemma_.lower()) == "business":
            target = _org_between(doc, root.i, child.i) or m
        out.append((target, words))
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
        words = {w for t in root.head.subtree if t.i < root.head.i + 1 and (w := _descriptor(t))}
        out.append((m, words))
    return out


def _org_between(doc: Doc, start: int, end: int) -> Any:
    for ent in doc.ents:
        if start < ent.start and ent.end <= end and ent.label_ == "ORG":
            return _mention_at(doc, ent.start)
    return None


def _mention_at(doc: Doc, token_i: int) -> Any:
    index = doc.user_data.get("_ng_mention_index", {})
    return index.get(token_i)


def sector_of(words: Iterable[str]) -> Optional[str]:
    """The sector the describing words point to (government, military, business …), or None."""
    for w in sorted(words):
        sector = SECTOR_OF_WORD.get(w)
        if sector:
            return sector
    return None


def country_of(words: Iterable[str]) -> Optional[str]:
    """The ISO2 country a demonym or country name among the words points to, or None."""
    from newsgraph.entities import country_codes

    codes = country_codes()
    for w in sorted(words):
        code = codes.get(w)
        if code:
            return code
    return None
