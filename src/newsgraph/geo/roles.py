"""Roles of place mentions: the source location (dateline) and the event location.

The event location is a heuristic: among the places named in the first sentences of the
body as the object of a locative preposition ("in", "at", "near", …), the most specific one (facility > town > county > region > country), preferring earlier
sentences. A place that only modifies a noun ("US politicians", "their New York close",
"dealings with Ukraine") or a subject ("get Ukraine to investigate") says where nothing
happened: when no place of the lead is locative, no event location is given.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from newsgraph.model import PlaceMention
from newsgraph.nlp import doc_text

LEAD_SENTENCES = 3
# Nouns a place name may modify and still say where: "in the Kyiv region", "at a Texas plant".
PLACE_HEADS = frozenset(
    """area region city town village district province county state suburb suburbs outskirts
    neighborhood neighbourhood border capital coast port island plant factory facility airport
    station base prison jail hospital school campus office offices headquarters home house building
    court courthouse church mosque temple hotel stadium arena camp mine refinery store mall park
    street road highway bridge areas regions cities towns villages districts provinces counties
    states communities neighborhoods center centre heart streets""".split()
)
SUBJECT = frozenset({"nsubj", "nsubjpass"})
MODIFIER = frozenset({"compound", "amod", "nmod", "poss"})
LOCATIVE = frozenset("in at near outside inside on into across over from toward towards around off".split())
SPECIFICITY = {"PPL": 2.5, "PPLC": 2.5, "ADM2": 2.0, "BLDG": 3.0, "ST": 3.0, "ADM1": 1.5, "PCLI": 1.0}


def lead_end(doc: Doc) -> int:
    """Character offset where the lead (the first LEAD_SENTENCES sentences) ends."""
    for n, sent in enumerate(doc.sents, start=1):
        if n == LEAD_SENTENCES:
            return sent.end_char
    return len(doc_text(doc))


def sentence_rank(doc: Doc, start: int) -> int:
    """0 for the first sentence, 1 for the second, … (by character offset)."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None:
        return LEAD_SENTENCES
    first = token[0].sent.start
    return sum(1 for sent in doc.sents if sent.start < first)


def locative(doc: Doc, start: int) -> bool:
    """True when the mention starting at `start` is the object of a locative preposition."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    head = span[0]
    while head.dep_ in ("compound", "amod", "poss", "det") and head.head is not head:
        head = head.head
        if head.pos_ == "NOUN" and head.lower_ not in PLACE_HEADS:
            return False  # "at their Tokyo close": the place modifies a noun that is no place
    if head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN"):
        return False  # "the senator from Vermont", "a nurse from Ohio": where someone is from
    # "the city center of Amsterdam", "the outskirts of Kyiv": "of" after a noun for a place
    return prep.lower_ in LOCATIVE or (prep.lower_ == "of" and prep.head.lower_ in PLACE_HEADS)


def reading(doc: Doc, mention: PlaceMention) -> str:
    """How the mention stands in its sentence: "locative" (object of "in", "at", …, or a
    facility), "subject", "modifier" (of a noun, "US politicians") or "other"."""
    if mention.kind == "facility" or locative(doc, mention.start):
        return "locative"
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return "other"
    root = span.root
    if root.dep_ in SUBJECT:
        return "subject"
    if root.dep_ in MODIFIER and root.head.i >= span.end:
        return "modifier"
    return "other"


def event_score(doc: Doc, mention: PlaceMention) -> float:
    """How likely a mention names where the main event happened."""
    specificity = 3.0 if mention.kind == "facility" else SPECIFICITY.get(mention.place.feature, 0.5)
    score = specificity + mention.confidence
    if reading(doc, mention) == "locative":
        score += 1.0
    return score - 0.5 * sentence_rank(doc, mention.start)


def pick_event_location(doc: Doc, mentions: list[PlaceMention], dateline_end: int) -> Optional[int]:
    """Index of the event-location mention among the lead's places (after any dateline), or None."""
    end = lead_end(doc)
    lead = [
        i
        for i, m in enumerate(mentions)
        if dateline_end <= m.start < end and m.kind != "demonym" and m.confidence > 0.2
        and reading(doc, m) == "locative"
    ]
    if lead:
        return max(lead, key=lambda i: event_score(doc, mentions[i]))
    return None


def assign_roles(doc: Doc, mentions: list[PlaceMention], source: Optional[int], dateline_end: int = 0) -> None:
    """Set `role` on the dateline mention (index `source`) and on the event-location mention, in place."""
    if source is not None:
        mentions[source].role = "source_location"
    event = pick_event_location(doc, mentions, dateline_end)
    if event is not None:
        mentions[event].role = "event_location"
