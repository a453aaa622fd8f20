"""Indirect attributions: "X said (that) …", "X vowed to …", "X called for …", "according to X, …".

The scheme is PolNeAR's (attributions of speech, thought and stance), read from the
dependency parse. Candidate tokens are found on token arrays (lemma and lower-case ids
against the lexicon), so only a few tokens per article are looked at. For a cue outside
quotes with a speaker (its subject; "there", "this", "what" … are never speakers):
- a verb of saying, thinking or showing (`INDIRECT_VERBS`) with a clausal complement
  (`ccomp`): the clause, on either side of the verb ("X said the deal is dead" /
  "The deal is dead, X said"), or the sentence around a cue set off by commas
  ("Those voters, his aides say, will …");
- a verb with an infinitive or gerund complement (`xcomp`): "vowed to fight on",
  "urged Congress to act" (the object is part of the content);
- a verb naming its object (`NAMING_VERBS`): "calls Clinton unqualified", "sees X as Y";
- a verb of stance or speech with a direct object (`OBJECT_VERBS`): "criticized the deal";
- a verb or noun with its preposition (`PREPOSITION_CUES`, `NOUN_PREPOSITION_CUES`):
  "called for a ban", "her criticism of the plan"; a noun with a "that"-clause
  (`CONTENT_NOUNS`): "Trump's claim that …";
- "according to X" gives the rest of its sentence; a line "Name: words" (headline style)
  gives the words;
- with no speaker at all: "X appears to …", "X is expected to …" (evidence, reports).
Contents stop at a line break and before a trailing aside (", which …", ", and he …",
", even as …"); an attribution whose cue lies inside another's content is dropped (each
word belongs to one attribution). Contents mostly inside quote marks are left to the
direct quotes. Noun-phrase contents get a lower confidence than clauses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from newsgraph.quotes.attribution import speaker_of
from newsgraph.quotes.lexicon import (
    CONTENT_NOUNS,
    NAMING_VERBS,
    NOUN_PREPOSITION_CUES,
    SEEM_VERBS,
    STANCE_ADJECTIVES,
    INDIRECT_VERBS,
    INFINITIVE_VERBS,
    OBJECT_VERBS,
    PREPOSITION_CUES,
)

MIN_CLAUSE_TOKENS = 3
QUOTE_CHARS = "\"“”‘’'«»"
NOT_SPEAKERS = frozenset({"there", "this", "that", "what", "which"})
PASSIVE_REPORT_VERBS = frozenset({"expect", "say", "believe", "think", "report", "know", "rumor", "rumour", "see", "consider"})
TRAILING_SUBORDINATORS = frozenset({"even", "while", "although", "though", "as", "whereas"})
OBJECT_PREPOSITIONS = frozenset({"as", "of", "for", "on", "with", "over", "about", "to", "against", "into"})  # "blamed X on Y", "sees X as Y"




def _hashes(words: frozenset[str] | set[str]) -> np.ndarray:
    """spaCy's string ids for the words (as written and capitalised), to scan token arrays."""
    ids = StringStore()
    return np.array(sorted({ids[w] for w in words} | {ids[w.title()] for w in words}), dtype=np.uint64)


_VERB_LEMMAS = (
    INDIRECT_VERBS | OBJECT_VERBS | INFINITIVE_VERBS | NAMING_VERBS | SEEM_VERBS | PASSIVE_REPORT_VERBS
    | {verb for verb, _ in PREPOSITION_CUES}
)
_NOUN_LEMMAS = CONTENT_NOUNS | {noun for noun, _ in NOUN_PREPOSITION_CUES}
_LEMMA_HASHES = _hashes(_VERB_LEMMAS | _NOUN_LEMMAS | STANCE_ADJECTIVES)
_WORD_HASHES = _hashes({"according", ":"})


@dataclass
class Indirect:
    """Token ranges [start, end) of the cue and the content, the speaker's head token,
    and whether the content is a clause (else a noun phrase)."""

    cue: tuple[int, int]
    content: tuple[int, int]
    speaker: Optional[Token]
    clause: bool = True


def find_indirect(doc: Doc, quoted: Sequence[bool]) -> list[Indirect]:
    """Every indirect attribution of the doc, in text order, at most one per cue verb."""
    found = []
    for i in _candidates(doc):
        if quoted[i]:
            continue
        token = doc[i]
        if token.text == ":":
            item = _headline_colon(doc, i, quoted)
        elif token.lower_ == "according":
            item = _according_to(doc, token) if i + 1 < len(doc) and doc[i + 1].lower_ == "to" else None
        elif token.pos_ == "NOUN":
            item = _noun_attribution(doc, token, quoted)
        elif token.pos_ == "ADJ":
            item = _stance_attribution(doc, token, quoted)
        elif token.lemma_.lower() in SEEM_VERBS or _passive_report(token):
            item = _appearance(doc, token, quoted)
        elif token.dep_ != "amod":
            item = _verb_attribution(doc, token, quoted)
        else:
            item = None
        if item is not None:
            found.append(item)
    found.sort(key=lambda item: item.content)
    return _outermost(found)


def _candidates(doc: Doc) -> list[int]:
    """Indices of the tokens worth a look, found on arrays (no Python loop over all tokens):
    lexicon verbs and nouns, "according" and colons."""
    if len(doc) == 0:
        return []
    arr = doc.to_array(["LEMMA", "LOWER"])
    wanted = np.isin(arr[:, 0], _LEMMA_HASHES) | np.isin(arr[:, 1], _WORD_HASHES)
    return [i for i in np.flatnonzero(wanted).tolist() if _worth_a_look(doc[i])]


def _worth_a_look(token: Token) -> bool:
    if token.lower_ in ("according", ":"):
        return True
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        return lemma in _VERB_LEMMAS
    if token.pos_ == "ADJ":
        return lemma in STANCE_ADJECTIVES and token.dep_ == "acomp"
    return token.pos_ == "NOUN" and lemma in _NOUN_LEMMAS


def _stance_attribution(doc: Doc, adj: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    """ "X is critical of Y", "X is confident that …": the complement, X the speaker."""
    content = None
    for child in adj.rights:
        if child.dep_ in ("ccomp", "xcomp"):
            content = (child.left_edge.i, child.right_edge.i + 1, True)
        elif child.dep_ == "prep" and child.i == adj.i + 1:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                content = (obj.left_edge.i, obj.right_edge.i + 1, False)
        if content is not None:
            break
    if content is None:
        return None
    start, end = _trim(doc, content[0], _clip(doc, adj, content[0], content[1]))
    if end - start < (MIN_CLAUSE_TOKENS if content[2] else 1) or _mostly_quoted(quoted, start, end):
        return None
    speaker = speaker_of(adj.head, _window(doc, adj.head.i), quoted)
    if speaker is None or speaker.lower_ in NOT_SPEAKERS:
        return None
    cue_start = adj.head.i if adj.head.i < adj.i else adj.i
    return Indirect((cue_start, adj.i + 1), (start, end), speaker, content[2])


def _headline_colon(doc: Doc, i: int, quoted: Sequence[bool]) -> Optional[Indirect]:
    """Headline style "Issa: Clinton's honesty is in question": a line opening with a name
    and a colon attributes the rest of the line to that name."""
    start = i
    while start > 0 and i - start <= 5 and not _is_line_break(doc[start - 1]):
        start -= 1
    if start > 0 and not _is_line_break(doc[start - 1]):
        return None
    name = doc[start:i]
    if not 0 < len(name) <= 5 or not all(t.ent_type_ in ("PERSON", "ORG") or t.is_title for t in name):
        return None
    if not any(t.ent_type_ in ("PERSON", "ORG") for t in name):
        return None
    end = i + 1
    while end < len(doc) and not _is_line_break(doc[end]):
        end += 1
    c_start, c_end = _trim(doc, i + 1, end)
    if c_end - c_start < MIN_CLAUSE_TOKENS or _mostly_quoted(quoted, c_start, c_end):
        return None
    return Indirect((i, i + 1), (c_start, c_end), name.root)


def _is_line_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def _window(doc: Doc, i: int) -> list[Token]:
    """The tokens near a cue, within its line: where a speaker may be found without the parse."""
    lo, hi = i, i + 1
    while lo > 0 and i - lo < 6 and not _is_line_break(doc[lo - 1]):
        lo -= 1
    while hi < len(doc) and hi - i < 7 and not _is_line_break(doc[hi]):
        hi += 1
    return [doc[j] for j in range(lo, hi)]


def _outermost(items: list[Indirect]) -> list[Indirect]:
    """Drop attributions whose cue lies inside another one's content: "X insisted that he
    never said Y" is X's attribution (each word belongs to one attribution)."""
    return [
        item
        for item in items
        if not any(o is not item and o.content[0] <= item.cue[0] < o.content[1] for o in items)
    ]


def _verb_attribution(doc: Doc, verb: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    content = _content_of(verb)
    if content is None:
        return None
    start, end, clause = content
    start, end = _trim(doc, start, _clip(doc, verb, start, end))
    if end - start < (MIN_CLAUSE_TOKENS if clause else 1):
        return None
    if start <= verb.i < end and verb.dep_ not in ("parataxis", "advcl"):
        return None
    if _mostly_quoted(quoted, start, end):
        return None
    speaker = speaker_of(verb, _window(doc, verb.i), quoted)
    if speaker is None or speaker.lower_ in NOT_SPEAKERS:
        return None
    if start <= speaker.i < end and not start <= verb.i < end:
        return None
    return Indirect((verb.i, _cue_end(verb)), (start, end), speaker, clause)


def _noun_attribution(doc: Doc, noun: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    """ "Trump's claim that …", "X issued a warning that …": the clause, the possessor or the
    subject of the verb governing the noun as speaker (None when the text names nobody)."""
    content = _noun_content(noun)
    if content is None:
        return None
    start, end = _trim(doc, content[0], _clip(doc, noun, content[0], content[1]))
    if end - start < (MIN_CLAUSE_TOKENS if content[2] else 1) or _mostly_quoted(quoted, start, end):
        return None
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        speaker = speaker_of(noun.head, _window(doc, noun.head.i), quoted)
    elif speaker is None and noun.dep_ == "appos":
        speaker = noun.head  # "Mr. Ryan, a vocal advocate of trade deals"
    if speaker is not None and (speaker.lower_ in NOT_SPEAKERS or quoted[speaker.i]):
        speaker = None
    cue_end = noun.i + 2 if content[3] else noun.i + 1
    return Indirect((noun.i, cue_end), (start, end), speaker, clause=content[2])


def _noun_content(noun: Token) -> Optional[tuple[int, int, bool, bool]]:
    """(start, end, is_clause, has_preposition) of a noun's content: "claim that …",
    "attacks on the process"; None for other nouns."""
    lemma = noun.lemma_.lower()
    if lemma in CONTENT_NOUNS:
        clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp") and _is_that_or_to(c)), None)
        if clause is not None:
            return clause.left_edge.i, clause.right_edge.i + 1, True, False
    for prep in noun.rights:
        if prep.dep_ == "prep" and (lemma, prep.lower_) in NOUN_PREPOSITION_CUES and prep.i == noun.i + 1:
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj.left_edge.i, obj.right_edge.i + 1, False, True
    return None


def _is_that_or_to(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") and c.i < clause.i for c in clause.children)


def _parenthetical(doc: Doc, verb: Token) -> Optional[tuple[int, int, bool]]:
    """A cue set off by commas: "Those voters, his aides say, will …" (the whole sentence)
    or "…, said the company's chief." (the sentence before the comma)."""
    if verb.dep_ not in ("parataxis", "advcl", "ROOT"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    sent = verb.sent
    if subject.i < verb.i:
        start, end = subject.left_edge.i, verb.i + 1
        if start <= sent.start or doc[start - 1].text != "," or end >= sent.end or doc[end].text not in (",", ".", ";"):
            return None
        if doc[end].text == ",":
            return sent.start, sent.end, True
        return sent.start, start - 1, True
    if verb.i - 1 > sent.start and doc[verb.i - 1].text == "," and subject.right_edge.i + 1 >= sent.end - 1:
        return sent.start, verb.i - 1, True
    return None


def _names(child: Token) -> bool:
    """The complement that names the object: "calls Clinton unqualified", "sees Cruz as a uniter"."""
    return child.dep_ in ("oprd", "xcomp") or (child.dep_ == "prep" and child.lower_ == "as")


def _passive_report(verb: Token) -> bool:
    """ "X is expected to win", "Y is said to be …": reported without a named source."""
    return verb.lemma_.lower() in PASSIVE_REPORT_VERBS and any(c.dep_ == "auxpass" for c in verb.children)


def _appearance(doc: Doc, verb: Token, quoted: Sequence[bool]) -> Optional[Indirect]:
    """ "Kasich appears to have the state to himself", "X is expected to win": subject and
    infinitive, no speaker."""
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    inf = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
    if subject is None or inf is None or subject.pos_ == "PRON" or doc[verb.i + 1].lower_ != "to":
        return None
    start, end = _trim(doc, subject.left_edge.i, _clip(doc, verb, verb.i, inf.right_edge.i + 1))
    if end - start < MIN_CLAUSE_TOKENS or _mostly_quoted(quoted, start, end):
        return None
    return Indirect((verb.i, verb.i + 1), (start, end), None, clause=False)


def _content_of(verb: Token) -> Optional[tuple[int, int, bool]]:
    """(start, end, is_clause) of the verb's attributed content, or None."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma in INDIRECT_VERBS:
        clause = next((c for c in children if c.dep_ == "ccomp"), None)
        if clause is not None:
            return clause.left_edge.i, _clause_end(verb, clause), True
        around = _parenthetical(verb.doc, verb)
        if around is not None:
            return around
    if lemma in INFINITIVE_VERBS or lemma in OBJECT_VERBS or lemma in INDIRECT_VERBS:
        inf = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
        if inf is not None:
            obj = next((c for c in children if c.dep_ == "dobj" and c.i < inf.i), None)
            first = obj if obj is not None else inf
            return first.left_edge.i, inf.right_edge.i + 1, True
    if lemma in NAMING_VERBS:
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        named = next((c for c in children if obj is not None and _names(c) and c.i > obj.i), None)
        if obj is not None and named is not None:
            return obj.left_edge.i, named.right_edge.i + 1, False
    if lemma in OBJECT_VERBS:
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None and obj.pos_ not in ("PRON",):
            return obj.left_edge.i, _object_end(verb, obj), False
    for prep in children:
        if prep.dep_ == "prep" and (lemma, prep.lower_) in PREPOSITION_CUES:
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj.left_edge.i, obj.right_edge.i + 1, False
    return None


def _clause_end(verb: Token, clause: Token) -> int:
    """End of a reported clause, with a second one joined to the verb ("said A, but that B")."""
    end = clause.right_edge.i + 1
    for child in verb.rights:
        if child.i < end:
            continue
        if child.dep_ in ("conj", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            end = child.right_edge.i + 1
        elif child.dep_ == "advcl" and child.tag_ == "VBG" and _continues_clause(child, end):
            end = child.right_edge.i + 1
    return _second_that_clause(verb.doc, end)


def _second_that_clause(doc: Doc, end: int) -> int:
    """ "said A, and that B": carry on over a second "that"-clause the parse hung elsewhere."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ in ("and", "but") and doc[i + 1].lower_ == "that" and doc[i + 1].dep_ == "mark":
        return max(end, doc[i + 1].head.right_edge.i + 1)
    return end


def _continues_clause(participle: Token, end: int) -> bool:
    """ "…, choosing instead to …" right after the clause, and not a new cue ("…, adding …")."""
    doc = participle.doc
    gap = doc[end : participle.left_edge.i]
    return all(t.is_punct for t in gap) and participle.lemma_.lower() not in INDIRECT_VERBS


def _object_end(verb: Token, obj: Token) -> int:
    """End of an object content, with the phrase completing it ("X as Y", "X of Y", "X for Y")."""
    end = obj.right_edge.i + 1
    for child in verb.rights:
        if child.i < end:
            continue
        if child.left_edge.i != end:
            break
        if child.dep_ in ("oprd", "xcomp") or (child.dep_ == "prep" and child.lower_ in OBJECT_PREPOSITIONS):
            end = child.right_edge.i + 1
        else:
            break
    return end


def _clip(doc: Doc, verb: Token, start: int, end: int) -> int:
    """Cut a content at a line break, and before a trailing aside the writer adds: a
    non-restrictive relative clause (", which …") or ", and he …" going on about the speaker."""
    for i in range(start, end):
        token = doc[i]
        if token.is_space and "\n" in token.text:
            return i
        if i > start and token.text == "," and i + 1 < end:
            nxt = doc[i + 1]
            if nxt.lower_ in ("which", "who") and nxt.head.dep_ == "relcl":
                return i
            if nxt.dep_ == "cc" and i + 2 < end and doc[i + 2].lower_ in ("he", "she", "they"):
                return i
            if nxt.lower_ == "according":
                return i
            if nxt.lower_ in TRAILING_SUBORDINATORS and nxt.dep_ in ("mark", "advmod") and nxt.head.dep_ == "advcl":
                return i
    return end


def _cue_end(verb: Token) -> int:
    """The cue ends after a particle or preposition that belongs to it ("called for")."""
    end = verb.i + 1
    for child in verb.children:
        if child.i == end and child.dep_ in ("prt", "prep") and (verb.lemma_.lower(), child.lower_) in PREPOSITION_CUES:
            end += 1
    return end


def _according_to(doc: Doc, according: Token) -> Optional[Indirect]:
    phrase = list(according.subtree)
    p_start, p_end = phrase[0].i, phrase[-1].i + 1
    sent = according.sent
    left = _trim(doc, sent.start, p_start)
    right = _trim(doc, p_end, sent.end)
    start, end = max(left, right, key=lambda r: r[1] - r[0])
    if end - start < MIN_CLAUSE_TOKENS:
        return None
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    speaker = objects[0] if objects else None
    return Indirect((according.i, according.i + 2), (start, end), speaker)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation and spaces at both ends (quote marks stay)."""
    while start < end and (doc[start].is_space or (doc[start].is_punct and doc[start].text not in QUOTE_CHARS)):
        start += 1
    while end > start and (doc[end - 1].is_space or (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CHARS)):
        end -= 1
    return start, end


def _mostly_quoted(quoted: Sequence[bool], start: int, end: int) -> bool:
    inside = sum(1 for i in range(start, end) if quoted[i])
    return inside * 2 > end - start
