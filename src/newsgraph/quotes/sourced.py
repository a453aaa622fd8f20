"""Shared pieces of indirect attribution: the `Indirect` record, token-range helpers, and
the sentences a source phrase attributes ("according to X, …", "…, per X, …").

Split out of `newsgraph.quotes.indirect` to keep that module readable; the rules are
described there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from spacy.tokens import Doc, Token

from newsgraph.quotes.lexicon import INDIRECT_VERBS, SOURCE_OPENERS

MIN_CLAUSE_TOKENS = 3
QUOTE_CHARS = "\"“”‘’'«»"


@dataclass
class Indirect:
    """Token ranges [start, end) of the cue and the content, the speaker's head token,
    whether the content is a clause (else a noun phrase), and whether it yields to a cue
    inside its content (a sentence opener: "In an interview, Trump said …" is Trump's saying),
    and whether the text names no one who asked ("Asked about the delay, X said …": not X)."""

    cue: tuple[int, int]
    content: tuple[int, int]
    speaker: Optional[Token]
    clause: bool = True
    yields: bool = False
    unnamed_asker: bool = False


def is_line_break(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def according_to(doc: Doc, according: Token) -> Optional[Indirect]:
    phrase = list(according.subtree)
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    source = document_author(objects[0]) if objects else None
    return sourced_sentence(doc, according, phrase[0].i, phrase[-1].i + 1, source, 2)


# Things issued by a source: "according to a statement / figures from X" names X.
DOCUMENT_WORDS = SOURCE_OPENERS["in"] | {"figure", "figures", "data", "datum", "statistics", "numbers", "release"}


def _document(token: Token) -> bool:
    return token.lemma_.lower() in DOCUMENT_WORDS or token.lower_ in DOCUMENT_WORDS


def document_author(source: Token) -> Token:
    """ "according to a statement from the stock exchange": who issued the document (after
    "from" or "by"), else the source itself."""
    if not _document(source):
        return source
    for prep in source.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            author = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if author is not None and not _document(author):
                return author
    return source


def per_source(doc: Doc, per: Token) -> Optional[Indirect]:
    """ "Yersinia pestis, per the WHO, is found in …": "per" a named source, like "according to"
    (not "per share", "per the agreement")."""
    obj = next((c for c in per.children if c.dep_ == "pobj"), None)
    if obj is None or not (obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON", "NORP")):
        return None
    aside = per.i > 0 and doc[per.i - 1].text in (",", "(", "—", "–")
    if not (aside or per.i == per.sent.start):
        return None  # a source set off from its sentence, not "cases per Census tract"
    return sourced_sentence(doc, per, per.i, per.right_edge.i + 1, obj, 1)


def sentence_start(doc: Doc, start: int) -> int:
    """Where the sentence really starts: before a false break after a short abbreviation
    ("a bar on Elm Ave. | late Friday, police said": the full stop ends "Ave", not the
    sentence, since the next word is in lower case)."""
    if start < 2 or not doc[start].is_lower or doc[start - 1].text != ".":
        return start
    word = doc[start - 2]
    if not (word.is_title and word.is_alpha and len(word) <= 4) or "\n" in doc[start - 1].whitespace_:
        return start
    return doc[start - 1].sent.start


def sourced_sentence(doc: Doc, cue: Token, p_start: int, p_end: int, speaker: Optional[Token], cue_len: int) -> Optional[Indirect]:
    """The sentence around a source phrase [p_start, p_end) ("according to X", "per X"): the
    longer side of it, in the main clause."""
    if after_saying(doc, p_start):
        return None  # "…, the commission said, according to Reuters": the commission is the source
    sent = cue.sent
    first = main_clause_start(sent, p_start)
    first = sentence_start(doc, first) if first == sent.start else first  # "on Elm Ave. | late Friday, according to …"
    left = trim(doc, after_line_break(doc, first, p_start), p_start)
    right = trim(doc, p_end, sent.end)
    start, end = max(left, right, key=lambda r: r[1] - r[0])
    if (start, end) == right and _participle_tail(doc, right) and left[1] - left[0] >= MIN_CLAUSE_TOKENS:
        start, end = left  # "X is under investigation, according to Y, adding to its woes": the writer goes on
    if end - start < MIN_CLAUSE_TOKENS:
        return None
    return Indirect((cue.i, cue.i + cue_len), (start, end), speaker)


def _participle_tail(doc: Doc, span: tuple[int, int]) -> bool:
    """The words after the source phrase are a participle phrase hung on the main clause
    (", adding to …", ", prompting …"), not a clause of their own."""
    first = doc[span[0]]
    return first.tag_ == "VBG" and first.dep_ in ("advcl", "xcomp", "acl", "conj")


def after_saying(doc: Doc, i: int) -> bool:
    """The words before token `i` end with a verb of saying set off by a comma ("X said,")."""
    if i < 2 or doc[i - 1].text != ",":
        return False
    verb = doc[i - 2]
    return verb.pos_ == "VERB" and verb.lemma_.lower() in INDIRECT_VERBS and any(c.dep_ == "nsubj" for c in verb.children)


def after_line_break(doc: Doc, start: int, end: int) -> int:
    """Start after the last line break before `end` (a sentence the parser ran over a headline)."""
    for i in range(end - 1, start - 1, -1):
        if is_line_break(doc[i]):
            return i + 1
    return start


def main_clause_start(sent, before: int) -> int:
    """Where the main clause begins, leaving out a lead-in before its subject ("Boasting
    108,000 residents, the GOP leaners seem …, according to X")."""
    subject = next((c for c in sent.root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.right_edge.i >= before:
        return sent.start
    lead = sent.doc[sent.start : subject.left_edge.i]
    if len(lead) and lead[-1].text == "," and not any(t.lower_ in ("that", "because", "if") for t in lead):
        return subject.left_edge.i
    return sent.start


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation and spaces at both ends (quote marks stay)."""
    while start < end and (doc[start].is_space or (doc[start].is_punct and doc[start].text not in QUOTE_CHARS)):
        start += 1
    while end > start and (
        doc[end - 1].is_space
        or (doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CHARS and doc[end - 1].text != "%")
        or doc[end - 1].lower_ in ("and", "but", "or")
    ):
        end -= 1
    return start, end


def quoted_after_lead(doc: Doc, quoted: Sequence[bool], start: int, end: int) -> bool:
    """ "says that the border with Mexico “remains the main entry point …”": the clause opens
    with its subject in the writer's own words (not just "that") before the quote marks, so
    it is a mixed attribution, not a direct quote with its "that"."""
    first = next((i for i in range(start, end) if quoted[i]), None)
    if first is None:
        return False
    if first > start and doc[first - 1].text in (",", ":", ";"):
        return False  # "That being said, “…”": an opener set off before a whole quote
    lead = [t for t in doc[start:first] if t.is_alpha]
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in lead)


def mostly_quoted(quoted: Sequence[bool], start: int, end: int) -> bool:
    inside = sum(1 for i in range(start, end) if quoted[i])
    return inside * 2 > end - start
