"""The reader and the writer: "you" and "I" outside quotation are no news party."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

QUOTE_MARKS = ('"', "“", "”")


# The reader addressed ("you") and the writer telling of themselves ("I", "we"): outside a
# quotation neither is a party to a news event ("you can contribute", "I visited the park").
READER_WRITER = frozenset({"you", "your", "i", "we", "me", "us"})


def reader_party(actor_tok: Optional[Token], sent: Span) -> bool:
    """The subject is the reader or the writer, outside any quotation."""
    return actor_tok is not None and actor_tok.lower_ in READER_WRITER and \
        actor_tok.pos_ == "PRON" and not quoted(actor_tok, sent)


def quoted(tok: Token, sent: Span) -> bool:
    """Inside quotation marks in its sentence, or inside a quote the quotes stage found."""
    if any(t.text in QUOTE_MARKS for t in sent):
        return True
    quotes = getattr(tok.doc._, "ng_quotes", None) or []
    return any(getattr(q, "start", -1) <= tok.idx < getattr(q, "end", -1) for q in quotes)


def reader_imperative(verb: Token) -> bool:
    """A bare command outside any quotation: the text tells its reader what to do."""
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and \
        not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children) and \
        not any(t.text in QUOTE_MARKS for t in verb.sent)
