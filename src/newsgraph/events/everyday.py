"""Everyday and business senses of event words: a setting, a deal, a trip, a tool.

- a meeting named as the setting of something else ("At a tense meeting Thursday, the board
  approved the plan") is no consultation between parties;
- company business: "agreed to be acquired by", "promising a $1.5 million investment",
  "will resign from the board", "financed projects" are deals and careers, not agreements,
  concessions or aid;
- "cooking demonstrations", "a demonstration of the app": showing how, no protest;
- things done with objects: "pulled out a knife" is no withdrawal, drones launched for a
  search are no attack;
- defending one's own rights or record backs no other party;
- weighing choices: "will investigate incentives offered by other states" is no inquiry;
- a deed someone was kept from ("blocked lawyers from visiting him") did not happen;
- a result told by a participle ("…, allowing state resources to help") is no concession of
  its own; "power conferred on groups" is a grant, not talks; "protesting that he couldn't"
  is an objection in words, not a demonstration.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.events.agents import is_agent, is_people
from newsgraph.events.detect import Candidate
from newsgraph.events.roles import is_party

SETTING_PREPS = frozenset({"at", "during"})
# A body's sitting, named as a setting ("at a meeting", "during the session"); a visit stays a visit.
MEETING_NOUNS = frozenset({"meeting", "session", "gathering", "assembly", "forum", "conference"})
# What makes a demonstration a showing: "interactive", "cooking", "product" demonstrations.
SHOWING = frozenset({"interactive", "live", "timed", "cooking", "hands-on", "practical", "product", "technical",
                     "daily", "free", "gardening", "craft", "safety", "demonstration", "video", "hourly",
                     "step-by-step", "culinary", "science", "scientific", "equipment", "software"})
# Verbs of trade: agreeing to these is a business deal ("agreed to buy", "agreed to be acquired").
COMMERCE_VERBS = frozenset({"acquire", "buy", "purchase", "sell", "merge", "lease", "rent", "license",
                            "sponsor", "invest", "list", "stock", "distribute", "market", "franchise"})
# What a business promises: money laid out, jobs, returns, products.
BUSINESS_PROMISES = frozenset({"investment", "job", "return", "dividend", "discount", "price", "saving",
                               "profit", "growth", "feature", "performance", "upgrade", "product",
                               "payout", "yield", "rate", "salary", "wage", "bonus", "hiring"})
PROMISE_LEMMAS = frozenset({"promise", "pledge", "vow", "guarantee"})
# Seats one leaves in a company or a club: a career move, not a concession.
COMPANY_SEATS = frozenset({"board", "company", "firm", "bank", "club", "team", "directorship",
                           "chairmanship", "business", "group", "partnership"})
RESIGN_LEMMAS = frozenset({"resign", "quit", "step", "leave"})
# What is withdrawn in a withdrawal: forces, people, money, a country's presence.
WITHDRAWN = frozenset({"troop", "force", "soldier", "army", "unit", "personnel", "staff", "diplomat",
                       "ambassador", "envoy", "mission", "team", "contingent", "peacekeeper", "brigade",
                       "battalion", "division", "fleet", "ship", "warship", "investment", "fund",
                       "support", "candidate", "bid", "offer", "application", "delegation"})
CIVIL_DRONE_RE = re.compile(
    r"\b(?:search\w*|surveys?|surveying|mapp?\w*|film\w*|photograph\w*|deliver\w*|explor\w*|underwater|"
    r"research\w*|inspect\w*|scour\w*|seabed|sea floor|wreckage|hobby\w*|farm\w*|crops?)\b", re.IGNORECASE)
KEEPING_VERBS = frozenset({"block", "bar", "ban", "prevent", "stop", "keep", "prohibit", "forbid",
                           "restrict", "deter", "discourage", "exclude"})
FUNDING_VERBS = frozenset({"fund", "finance", "bankroll", "subsidize", "subsidise"})
# What money builds or runs: a project, not a party aided.
FUNDED_THINGS = frozenset({"project", "program", "programme", "study", "research", "plan", "scheme", "grant",
                           "loan", "construction", "facility", "overpass", "road", "bridge", "venture",
                           "startup", "expansion", "campaign", "film", "film", "production", "renovation"})
STOPPING_VERBS = frozenset({"stop", "cease", "halt", "end", "suspend", "discontinue", "freeze", "quit"})
BESTOW_PREPS = frozenset({"to", "on", "upon"})
# What one "investigates" when weighing choices, not looking into wrongdoing ("investigate incentives").
OPTIONS = frozenset({"option", "alternative", "opportunity", "incentive", "way", "idea",
                     "cost", "benefit", "market", "offer", "choice", "solution"})


def everyday_sense(cand: Candidate) -> bool:
    """The trigger names a setting, a business step, a handled object or a kept-from deed."""
    tok = cand.token
    if cand.kind == "noun":
        return (cand.type == "CONSULT" and _meeting_setting(tok)) or (cand.type == "PROTEST" and _show_and_tell(tok))
    if _stops_funding_a_thing(cand) or (cand.content is not None and _stops_funding_a_thing(cand.content)):
        return True  # "decided to stop funding the loan program": a budget step, no sanction
    if cand.kind not in ("verb", "frame"):
        return False
    lemma = tok.lemma_.lower()
    checks = (
        lemma == "agree" and _agrees_to_trade(tok),
        lemma in PROMISE_LEMMAS and _object_lemma_in(tok, BUSINESS_PROMISES),
        cand.type == "RETREAT" and lemma in RESIGN_LEMMAS and _leaves_company(tok),
        cand.trigger.pattern == "pull out" and _draws_a_thing(tok),
        cand.trigger.mode == "drone" and bool(CIVIL_DRONE_RE.search(tok.sent.text)),
        _kept_from(tok),
        lemma == "allow" and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj"),
        lemma == "confer" and _bestowed(tok),
        lemma == "protest" and any(c.dep_ == "ccomp" for c in tok.children),
        lemma in FUNDING_VERBS and cand.type == "AID" and (_funds_a_thing(tok) or _stopped(tok)),
        cand.trigger.mode == "investigate" and _object_lemma_in(tok, OPTIONS),
        lemma == "defend" and cand.type == "SUPPORT" and _own_thing(tok),
    )
    return any(checks)


def _meeting_setting(tok: Token) -> bool:
    """"At a tense meeting Thursday, the board approved …": the meeting is where, not what."""
    if tok.lemma_.lower() not in MEETING_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in SETTING_PREPS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in tok.children)


def _show_and_tell(tok: Token) -> bool:
    """"timed demonstrations", "cooking demonstrations", "a demonstration of the new app": showing
    how, not protesting (no "against", "over" or "for" a cause)."""
    if tok.lemma_.lower() not in ("demonstration", "demo"):
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if preps & {"against", "over", "for", "outside", "in"}:
        return False
    shows = any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in SHOWING or c.lower_ in SHOWING)
                for c in tok.children)
    return shows or bool(preps & {"of", "on"})


def _agrees_to_trade(tok: Token) -> bool:
    clause = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    return clause is not None and clause.lemma_.lower() in COMMERCE_VERBS


def _object_lemma_in(tok: Token, words: frozenset[str]) -> bool:
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return obj is not None and obj.lemma_.lower() in words


def _leaves_company(tok: Token) -> bool:
    """"will resign from the board", "quit the firm": a seat in a company or a club."""
    places = [c for p in tok.children if p.dep_ == "prep" and p.lower_ in ("from", "as")
              for c in p.children if c.dep_ == "pobj"]
    places += [c for c in tok.children if c.dep_ == "dobj"]
    return any(p.lemma_.lower() in COMPANY_SEATS for p in places)


def _draws_a_thing(tok: Token) -> bool:
    """"pulled out a knife": an object drawn, not forces withdrawn ("pulled out its troops")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    return obj.lemma_.lower() not in WITHDRAWN and not is_people(obj) and not is_party(obj) \
        and obj.ent_type_ not in ("GPE", "NORP", "ORG")


def _kept_from(tok: Token) -> bool:
    """"blocked lawyers from visiting him": the visit never took place."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "from":
        return False
    keeper = tok.head.head
    return keeper.pos_ in ("VERB", "AUX") and keeper.lemma_.lower() in KEEPING_VERBS


def _bestowed(tok: Token) -> bool:
    """"power is conferred on chiefs", "conferred an award to": granted, not talked over."""
    has_thing = any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    return has_thing and any(c.dep_ in ("prep", "dative") and c.lower_ in BESTOW_PREPS for c in tok.children)


def _funds_a_thing(tok: Token) -> bool:
    """"financed projects", "funding the grant program": money for a thing, no party aided."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    if any(t.lemma_.lower() in FUNDED_THINGS for t in (obj, *obj.conjuncts)):
        return True  # "financed several aircraft and automotive projects"
    return not (is_people(obj) or is_agent(obj) or is_party(obj) or obj.pos_ == "PROPN")


def _own_thing(tok: Token) -> bool:
    """"defended their rights", "defends his record": one's own claim, no party backed."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or is_people(obj) or is_party(obj):
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)


def _stops_funding_a_thing(cand: Candidate) -> bool:
    """A reversal of funding ("stop funding", "cut funding") whose money went to a thing."""
    if not cand.reversed:
        return False
    funded = next((t for t in cand.extra if t.lemma_.lower() in FUNDING_VERBS), None)
    return funded is not None and _funds_a_thing(funded)


def _stopped(tok: Token) -> bool:
    """"decided to stop funding …": funding that ends."""
    return tok.dep_ in ("xcomp", "dobj") and tok.head.lemma_.lower() in STOPPING_VERBS
