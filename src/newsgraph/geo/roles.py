"""Roles of place mentions: the source location (dateline) and the event location.

The event location is a heuristic: among the places named in the first sentences of the
body, the most specific one (facility > town > county > region > country), preferring
places governed by a locative preposition ("in", "at", "near", …) and earlier sentences.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from newsgraph.model import PlaceMention

LEAD_SENTENCES = 3
LOCATIVE = frozenset("in at near outside inside on into across over from toward towards around off".split())
SPECIFICITY = {"PPL": 2.5, "PPLC": 2.5, "ADM2": 2.0, "BLDG": 3.0, "ST": 3.0, "ADM1": 1.5, "PCLI": 1.0}


def lead_end(doc: Doc) -> int:
    """Character offset where the lead (the first LEAD_SENTENCES sentences) ends."""
    for n, sent in enumerate(doc.sents, start=1):
        if n == LEAD_SENTENCES:
            return sent.end_char
    return len(doc.text)


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
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE


def event_score(doc: Doc, mention: PlaceMention) -> float:
    """How likely a mention names where the main event happened."""
    specificity = 3.0 if mention.kind == "facility" else SPECIFICITY.get(mention.place.feature, 0.5)
    score = specificity + mention.confidence
    if locative(doc, mention.start):
        score += 1.0
    return score - 0.5 * sentence_rank(doc, mention.start)


def pick_event_location(doc: Doc, mentions: list[PlaceMention], dateline_end: int) -> Optional[int]:
    """Index of the event-location mention among the lead's places (after any dateline), or None."""
    end = lead_end(doc)
    lead = [
        i
        for i, m in enumerate(mentions)
        if dateline_end <= m.start < end and m.kind != "demonym" and m.confidence > 0.2
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
