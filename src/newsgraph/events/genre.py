"""Documents that report no political events: reviews, shopping, advice, releases, studies,
and clinical stories (a patient's symptoms, visits to a doctor, a diagnosis).

Product reviews, deal lists, personal-finance advice, company press releases and reports of
scientific studies use the event lexicon's words in other senses: a laptop "hits 107
degrees", a graphics chip "beats" another, "please visit our website", "deals promise to
be better", "you can contribute $19,000". Such a document is told by its vocabulary:
prices, specifications, the reader addressed ("you" every few sentences outside quotes),
study methods; and by few words of public life (government, police, troops, courts, protests).

In such a document an event is kept only when both its sides are named parties (a person,
an organisation, a country or a people): "Apple sued Qualcomm" survives, "the deals promise"
does not.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

COMMERCE_RE = re.compile(
    r"[$€£]\s?\d|\b(?:see it (?:now|at)|deals?|discount\w*|coupon|retail price|list price|on sale|"
    r"sale price|buy(?:ing)?|shop(?:ping|pers?)?|shipping|free delivery|in stock|pre-?order\w*|"
    r"reviews?|reviewed|benchmarks?|specs?|specifications?|battery life|processors?|GHz|GB|TB|"
    r"megapixels?|inch(?:es)?|-inch|display|keyboard|laptop|smartphones?|headphones?|earbuds?|"
    r"gadgets?|devices?|models?|features?|upgrade|warranty|401\(k\)|IRA|Roth|retire\w*|savings?|"
    r"pretax|tax deduction|portfolio|mortgage|credit score|budget(?:ing)?|"
    r"for more information|please visit|press release|media contact|about [A-Z]\w+:|"
    r"(?:the )?study|researchers?|participants|respondents|published in|journal|survey(?:ed)?)\b",
    re.IGNORECASE)
PUBLIC_LIFE_RE = re.compile(
    r"\b(?:government|minister\w*|president|prime minister|parliament|congress|senat\w+|lawmakers?|"
    r"police|officers?|troops?|soldiers?|military|army|rebels?|militants?|militia|war|attack\w*|"
    r"killed|protest\w*|demonstrat\w*|court|judge|lawsuit|sued|arrest\w*|charged|prosecut\w*|"
    r"sanctions?|treaty|talks|negotiat\w*|election|campaign|impeach\w*|investigat\w*|inquiry|"
    r"ambassador|diplomat\w*|embassy|regulators?|attorney general|tariffs?|embargo\w*|trade war|"
    r"administration|federal|officials?|governor|mayor|ministry|legislat\w*|policy|policies|"
    r"board|council\w*|committee|commission\w*|selectm[ae]n|superintendent|taxpayers?|voters?|"  # local government
    r"vot(?:e|ed|es|ing)|ordinance|public hearing)\b", re.IGNORECASE)
MIN_COMMERCE_HITS = 6
COMMERCE_RATIO = 2.0  # commerce words per word of public life needed
HEAD_CHARS = 20000
# Entity types that name a party that can act.
NAMED_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


# The reader addressed outside quotations: advice columns, self-help and how-to pages use
# "you" in every few sentences, news reports almost never do.
READER_RE = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
QUOTED_RE = re.compile(r"[“\"][^”\"]{0,600}[”\"]")
MIN_READER_HITS = 12
READER_PER_100_WORDS = 3.0


def commerce_document(text: str) -> bool:
    """Whether the text reads as a review, a shopping list, money advice, a press release, a
    study, or an advice or self-help piece that addresses the reader."""
    head = text[:HEAD_CHARS]
    return reader_document(head) or outweighs_public_life(head, COMMERCE_RE, MIN_COMMERCE_HITS, COMMERCE_RATIO)


# Clinical vocabulary: a case report or health feature tells of patients visiting doctors,
# doctors talking with patients and dismissing X-rays, a disease that "strikes" people.
MEDICAL_RE = re.compile(
    r"\b(?:patients?|symptoms?|diagnos\w*|doctors?|physicians?|GPs?|clinics?|clinical|"
    r"hospitali[sz]\w*|hospitals?|infections?|infected|diseases?|lungs?|allerg\w*|chronic|"
    r"treatments?|X-rays?|pneumon\w*|syndromes?|immune|respiratory|breathless\w*|fatigue|fever|"
    r"medical|medications?|virus\w*|bacteri\w*|plague|illness\w*|cancer|tumou?rs?|surgery|"
    r"surgeons?|nurses?|disorders?|prescri\w+|doses?)\b", re.IGNORECASE)
MIN_MEDICAL_HITS = 6
MEDICAL_RATIO = 2.0  # clinical words per word of public life needed


def clinical_document(text: str) -> bool:
    """Whether the text reads as a clinical story: many medical words, few of public life."""
    return outweighs_public_life(text[:HEAD_CHARS], MEDICAL_RE, MIN_MEDICAL_HITS, MEDICAL_RATIO)


def outweighs_public_life(head: str, vocabulary: re.Pattern[str], min_hits: int, ratio: float) -> bool:
    """Whether `vocabulary` matches at least `min_hits` times and `ratio` times as often as the
    words of public life do."""
    hits = len(vocabulary.findall(head))
    return hits >= min_hits and hits >= ratio * max(len(PUBLIC_LIFE_RE.findall(head)), 1)


def named_party(tok: Token) -> bool:
    """A token inside a person, organisation, country or people name (not a product)."""
    return tok.ent_type_ in NAMED_PARTY_ENTS


def aid_to_named(draft, doc) -> bool:
    """A grant or sum given by or to a named party ("the Players received a $2,340 grant"): public
    money, even in a text full of prices; one named side is enough."""
    if draft.event.type != "AID" or draft.event.mode != "economic":
        return False
    return any(a.head >= 0 and named_party(doc[a.head]) for a in draft.actors) or \
        any(t.head >= 0 and (named_party(doc[t.head]) or doc[t.head].pos_ == "PROPN") for t in draft.targets)


def reader_document(text: str) -> bool:
    """Whether the text, outside its quotations, keeps addressing the reader ("if you want …")."""
    narrative = QUOTED_RE.sub(" ", text)
    hits = len(READER_RE.findall(narrative))
    return hits >= MIN_READER_HITS and 100.0 * hits / max(len(narrative.split()), 1) >= READER_PER_100_WORDS
