"""A headline glued in front of the body ("Chiefland man, 19, stabbed in the back. A 19-year-old
who tried to …") tells again, in headlinese, what the body reports: its events are dropped.

A first sentence is taken for a headline when the text goes on after it, it is short, and it
is written the way headlines are: in Title Case ("Murmansk's Governor Resigns"), or with a
bare participle for its verb ("Reward raised in murder case", "Vandals striking local
businesses"), or with a bare present-tense verb and no time word ("Mugger pistol-whips teen",
"Snow, ice blanket Kansas"), where a lede would say "was raised", "struck", "have hit".

Lines pointing to another story ("More: Taylor Swift meets …") and sentences of a body printed
twice on the page (`told_before`) are not coded either.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.cues import READMORE
from newsgraph.nlp import doc_text

HEADLINE_WORDS = 14  # longest headline, in words
TITLE_CASE_SHARE = 0.7  # share of longer words capitalised in a Title Case line
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# A present tense with these is a lede, not headlinese ("Police say …", "Officials are …").
LEDE_VERBS = frozenset({"be", "have", "say", "tell", "report", "announce", "expect", "believe",
                        "think", "want", "need", "know", "hope", "appear", "seem", "continue"})
TIME_ENTS = frozenset({"DATE", "TIME"})


def headline_first(doc: Doc) -> bool:
    """Whether the Doc's first sentence is a headline glued in front of the body."""
    sents = doc.sents
    first = next(sents, None)
    if first is None or next(sents, None) is None:
        return False
    words = [t for t in first if t.is_alpha or t.like_num]
    if not 2 <= len(words) <= HEADLINE_WORDS or first.text.rstrip().endswith(("?", ":")):
        return False
    return _title_case(words, first.root) or _headline_verb(first.root, first) or _no_finite_verb(first)


def _title_case(words: list[Token], root: Token) -> bool:
    """Most longer words capitalised, the verb too ("Crew Blasts Off"); a lede keeps its verb
    in lower case however many names it holds."""
    longer = [t for t in words if t.is_alpha and len(t) > 3]
    capitalised = sum(t.text[0].isupper() for t in longer)
    return len(longer) >= 3 and capitalised >= TITLE_CASE_SHARE * len(longer) and \
        root.i > root.sent.start and root.text[:1].isupper()


def _no_finite_verb(sent: Span) -> bool:
    """A participle or a "to" infinitive and no finite verb at all: "Chiefland man, 19, stabbed
    in the back", "Counseling group to hold walk fundraiser"."""
    tags = {t.tag_ for t in sent}
    infinitive = any(t.tag_ == "VB" and any(c.lower_ == "to" for c in t.children) for t in sent)
    return not tags & FINITE_TAGS and (bool(tags & PARTICIPLE_TAGS) or infinitive)


def _headline_verb(root: Token, sent: Span) -> bool:
    """A verb with no auxiliary in participle form, or in a bare present with no time word."""
    if any(c.dep_ in ("aux", "auxpass") for c in root.children) or root.lemma_.lower() in LEDE_VERBS:
        return False
    if root.tag_ in PARTICIPLE_TAGS:
        return True
    return root.tag_ in PRESENT_TAGS and not any(t.ent_type_ in TIME_ENTS for t in sent)


REPEAT_WORDS = 8  # a sentence this long told twice word for word is the body printed twice


def told_before(sent: Span, seen: set[str]) -> bool:
    """A link line to another story (the label extraction's furniture cues know: "More:",
    "Read more:"), or a long sentence the page already printed (a body printed twice):
    nothing new to code. Adds the sentence to `seen`."""
    text = doc_text(sent.doc)[sent.start_char : sent.end_char].strip()
    if READMORE.match(text):
        return True
    if len(sent) < REPEAT_WORDS:
        return False
    if text in seen:
        return True
    seen.add(text)
    return False
