"""Word senses that are not events.

Rules read off the parse and the sentence, applied to each trigger after detection: "declined
by 4 points", "declined to comment", "pleaded guilty", "demonstrated that …", "agreed that …"
(an opinion), "shot himself", "battle to win the election", "fighting climate change", "the
video released by the family". Games, fiction and campaigns are in `competition.py`; who can
be a party in `agents.py`.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from newsgraph.events.actors import is_pronoun
from newsgraph.events.agents import (
    PHYSICAL_TARGETS, REFLEXIVES, is_agent, is_people, physical_or_party, raw_object, subject_noun,
)
from newsgraph.events.competition import trigger_lemma
from newsgraph.events.detect import QUANTIFIER_NOUNS, Candidate, _of_object, counted, object_of
from newsgraph.events.idioms import asks_for_comment, hosts_business, strikes_as
from newsgraph.events.kinds import every_such
from newsgraph.events.legal import (appeals_to_body, asks_anonymity, asks_that, declines_to_speak, hyphen_measure,
                                  legal_other_sense, named_program)
from newsgraph.events.roles import PARTY_ENTITIES, is_party, party_noun, subject_of
from newsgraph.events.objects import (
    ANIMALS, CLAIMS, NATURAL_HARMS, PERSONAL_ACCEPTANCES, asks_for_more, indirect_question, sum_blow,
)

SELF_HARM_LEMMAS = frozenset({"shoot", "kill", "hang", "stab", "hurt", "injure", "wound", "harm", "burn"})
# What one can "engage in" that is violence ("engaged in heavy fighting", not "in talks").
VIOLENT_ENGAGEMENTS = frozenset({"fighting", "fight", "combat", "battle", "clash", "hostility",
                                 "violence", "attack", "cleansing", "genocide", "war", "warfare",
                                 "terrorism", "shooting", "skirmish", "gunbattle", "firefight"})
METAPHOR_FIGHT_LEMMAS = frozenset({"fight", "battle", "combat", "struggle"})
NO_COMMENT = frozenset({"comment", "elaborate", "speculate", "confirm", "say", "specify", "identify",
                        "name", "address", "answer", "reveal", "disclose", "describe", "explain"})
# Verbs whose "that"-clause is an opinion, not a commitment ("agreed that it was a mistake").
OPINION_VERBS = frozenset({"agree", "accept", "recognize", "recognise", "acknowledge", "concede"})
ABSTRACT_ACCEPTED = frozenset({"reality", "fact", "idea", "notion", "premise", "argument", "view",
                               "science", "finding", "conclusion", "truth", "possibility"})
COMMITMENT_AUX = frozenset({"will", "would", "shall", "should", "'ll", "wo", "must"})
DEMAND_AUX = frozenset({"must", "should", "shall"})
WARNING_AUX = frozenset({"will", "would", "could", "may", "might", "can", "should", "'ll", "wo", "must"})
# Phrasal verbs that need their particle, not a preposition with an object ("given in 2012").
PARTICLE_ONLY = frozenset({"give in", "back down", "step down", "walk out", "pull back"})
# "hit by tariffs", "shares were hit": blows that are not violence.
BLOW_LEMMAS = frozenset({"hit", "strike", "batter", "pound", "rock", "hammer", "target"})
# "hit the campaign trail", "hit a record", "struck a chord": blows in idioms only.
BLOW_IDIOMS = frozenset({
    "trail", "road", "headline", "record", "high", "low", "milestone", "jackpot", "snag", "roadblock",
    "wall", "note", "chord", "nerve", "button", "mark", "shelf", "stride", "airwave", "bottom", "peak",
    "deal", "bargain", "compromise", "balance", "tone", "pose", "gold", "ground", "spot", "threshold",
    "level", "limit", "benchmark", "brake", "pause", "reset", "hay", "sack", "book", "gym", "stump",
    "single", "song", "album", "track", "chart", "play", "show", "film", "movie", "series",
})
TITLE_QUOTES = frozenset({"“", '"', "‘"})
NAME_ENTITIES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})


def _inside_name(tok: Token) -> bool:
    """A capitalised word inside a name (a mission, a law, a song) is no verb of the sentence."""
    return tok.ent_type_ in NAME_ENTITIES and tok.text[:1].isupper() and tok.i != tok.sent.start


# What a reading or a figure "hits": "hit a maximum of 89 degrees", "hit an average of 40".
MEASURES = frozenset({"maximum", "minimum", "average", "degree", "mark", "temperature", "speed",
                      "level", "score", "total", "figure", "number", "rate", "point"})
# What explodes without anyone attacking: "stellar explosions", "a gas blast".
NATURAL_BLASTS = frozenset({
    "stellar", "supernova", "star", "solar", "cosmic", "volcanic", "gas", "boiler", "population",
    "growth", "price", "data", "sonic", "methane", "dust", "cambrian", "cost",
})
# What a party offers another: "offered talks", "an offer of aid".
OFFERS = frozenset({
    "talk", "negotiation", "ceasefire", "cease-fire", "truce", "concession", "deal", "help", "aid",
    "support", "assistance", "resignation", "apology", "condolence", "cooperation", "peace", "asylum",
    "amnesty", "compensation", "reward", "protection", "guarantee", "proposal", "compromise", "mediation",
    "dialogue", "exchange", "settlement", "plan", "olive", "refuge", "shelter", "loan", "weapon", "arm",
    "troop", "security", "access", "meeting", "summit", "pardon", "immunity", "incentive", "terms",
})
ONLINE_PLACES = frozenset({"facebook", "twitter", "instagram", "youtube", "tiktok", "website", "site",
                           "web", "online", "page", "www", "app", "linkedin", "x.com", "blog", "profile",
                           "account", "feed", "homepage", "portal", "link"})
# Whom a product or a tool "allows" to do something: enabling, not a concession.
ENABLED_USERS = frozenset({"you", "user", "customer", "consumer", "reader", "researcher", "scientist",
                           "player", "driver", "buyer", "shopper", "viewer", "subscriber", "developer",
                           "owner", "fan"})
# Figures that "explode" when they grow fast.
GROWING_FIGURES = frozenset({"population", "number", "cost", "popularity", "use", "interest", "traffic",
                             "enrollment", "enrolment", "spending", "budget", "deficit", "membership"})
# What one beats or meets that is a figure, not a party: "beat forecasts", "met the deadline".
BENCHMARKS = frozenset({
    "forecast", "expectation", "estimate", "target", "deadline", "requirement", "standard",
    "goal", "criterion", "criteria", "threshold", "need", "projection", "consensus", "odds", "record",
    "clock", "traffic", "heat", "rush", "quota", "obligation", "condition",
})
NON_VIOLENT_CAUSES = frozenset({
    "crisis", "recession", "slowdown", "storm", "hurricane", "typhoon", "flood", "earthquake",
    "quake", "fire", "wildfire", "drought", "pandemic", "virus", "outbreak", "disease", "tariff",
    "sanction", "protest", "inflation", "downturn", "news", "scandal", "loss", "competition",
    "strike", "shortage", "demand", "weather", "rain", "snow", "wind", "heat", "cold", "uncertainty",
    "selloff", "sell-off", "decline", "drop", "fall", "tax", "price", "cost", "rate", "debt",
})
ECONOMY_TARGETS = frozenset({
    "stock", "share", "market", "economy", "sale", "earnings", "profit", "revenue", "price",
    "bourse", "exchange", "industry", "sector", "company", "business", "firm", "index", "currency",
    "investor", "consumer", "retailer", "exporter", "farmer", "growth", "output", "demand", "supply",
})
# What "explodes" when it only grows: "the prison population has since exploded".
EXPLODING_FIGURES = NATURAL_BLASTS | ECONOMY_TARGETS | GROWING_FIGURES


# "broaden his appeal", "her broad appeal": appeal as attraction, not a plea.
DRAW_VERBS = frozenset({"broaden", "widen", "expand", "extend", "limit", "narrow", "increase", "boost",
                        "lose", "lack", "enhance", "diminish"})
DRAW_MODIFIERS = frozenset({"broad", "wide", "popular", "mass", "electoral", "crossover", "sex", "voter",
                            "visual", "commercial", "universal", "general", "lasting", "limited", "enduring"})


def _appeal_as_draw(noun: Token) -> bool:
    """"broadening their appeal", "his broad appeal": how much people like someone, no appeal made."""
    if noun.lemma_.lower() != "appeal":
        return False
    if any(c.dep_ == "amod" and c.lower_ in DRAW_MODIFIERS for c in noun.children):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in DRAW_VERBS


def is_other_sense(cand: Candidate) -> bool:
    """The trigger word is used in a sense that names no event."""
    tok = cand.token
    if cand.kind == "noun":
        return _natural_blast(tok) or _weapon_only(cand) or _figurative_fight(tok) or sum_blow(tok) or \
            every_such(tok) or asks_for_comment(tok) or named_program(tok) or _appeal_as_draw(tok) or \
            (cand.trigger.mode == "release" and not _release_of_people(tok))
    if cand.kind not in ("verb", "frame"):
        return False
    if _inside_name(tok):
        return True  # "the Volatiles Investigating Polar Exploration Rover (VIPER) mission"
    lemma = trigger_lemma(cand)
    deps = {c.dep_ for c in tok.children}
    if lemma in ("decline", "refuse") and (_no_comment(tok) or declines_to_speak(tok)):
        return True
    if cand.trigger.pattern in PARTICLE_ONLY and not _particle(tok, cand.trigger.pattern.split()[-1]) \
            and not (cand.trigger.pattern == "walk out" and _out_of_work(tok)):
        return True
    checks = (
        lemma == "ask" and ((_question(tok) and not asks_that(tok)) or asks_anonymity(tok)),
        lemma == "insist" and _assertion(tok),
        lemma == "warn" and not _warning(tok),
        lemma == "appeal" and not deps & {"xcomp", "ccomp"} and not _has_prep(tok, ("for",)) and \
        not appeals_to_body(tok),
        legal_other_sense(cand),  # "cited a study", "$14 as opposed to $24", "helped reduce costs"
        lemma == "seize" and _has_prep(tok, ("on", "upon")),
        lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children),
        lemma == "demonstrate" and ("agent" in deps or tok.tag_ == "VBN" or bool(deps & {"dobj", "ccomp"})),
        cand.trigger.pattern == "engage in" and not _violent_engagement(tok),
        lemma in BLOW_LEMMAS and _economic_blow(tok),
        cand.trigger.type == "ASSAULT" and lemma in BLOW_LEMMAS and _idiomatic_blow(tok),
        cand.trigger.type == "ASSAULT" and _animal_victim(tok),  # "killed and ate a rabbit"
        lemma == "kill" and _killed_plan(tok),  # "the bill was killed in committee"
        lemma == "decline" and not deps & {"xcomp", "dobj"},
        lemma == "plead" and _plea(tok),
        lemma == "promise" and tok.tag_ == "VBG" and not deps & {"dobj", "xcomp", "ccomp", "dative"},
        lemma in ("occupy", "capture") and not _seized_thing(tok),
        lemma in OPINION_VERBS and _opinion(tok),
        lemma == "strike" and tok.tag_ == "VBG" and "ccomp" in deps,
        strikes_as(tok) or hosts_business(tok) or asks_for_comment(tok),  # "struck me as odd", "asked for comment"
        lemma in SELF_HARM_LEMMAS and _reflexive_only(tok),
        lemma in METAPHOR_FIGHT_LEMMAS and _metaphoric_fight(tok),
        cand.trigger.pattern == "get out" and not _leaves_a_place(tok),
        cand.trigger.pattern == "walk off" and not _off_the_job(tok),
        lemma == "search" and _rescue_search(tok),
        cand.trigger.pattern.endswith(" control") and _control_of_business(tok),
        cand.trigger.mode == "release" and _released_things(tok),
        lemma == "meet" and "auxpass" in deps,  # "was met with laughter"
        lemma in ("meet", "beat") and _object_among(tok, BENCHMARKS),  # "beat forecasts", "met expectations"
        lemma == "charge" and not _charged_party(tok),  # "charging an iPhone", "charged $5"
        lemma in ("receive", "host") and _object_is_no_party(tok),  # "gadgets I've received"
        lemma == "arrive" and not _arrives_somewhere(tok),
        lemma == "allow" and not _party_subject(tok),  # "…, allowing buyers to bid", "the data allowed"  # "before the holidays arrive"
        lemma == "yield" and _numeric_object(tok),
        lemma == "offer" and not _political_offer(tok),
        lemma == "accept" and _object_among(tok, PERSONAL_ACCEPTANCES),  # "had an article accepted"
        lemma == "prevent" and _object_among(tok, NATURAL_HARMS),  # "to prevent the disease from spreading"
        lemma == "support" and _object_among(tok, CLAIMS),  # "articles … to support their claim"
        cand.trigger.pattern in ("call for", "ask for") and asks_for_more(tok),  # an encore, no demand
        any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in tok.children),  # "knew what they would offer"
        cand.trigger.type == "ASSAULT" and sum_blow(tok),  # "a $75 billion dollar hit on growth"
        lemma == "execute" and _executed_thing(tok),  # "executed the will", "executed a trade"
        cand.trigger.pattern in GIVING_VERBS and _given_thing(tok),  # "provided text messages to"
        lemma == "explode" and _figure_explodes(tok),  # "the prison population has since exploded"  # "would offer 335 horsepower"
        lemma == "visit" and _online_visit(tok),
        lemma == "visit" and _object_is_no_place(tok),  # "visiting a common nuisance" (a charge)
        lemma == "request" and _thing_requested(tok),  # "a police dog was requested"  # "visit us on Facebook", "visit our website"  # "notes rose … to yield 1.786%"
        lemma == "allow" and _has_prep(tok, ("for",)),  # "allows for safer parking"
        lemma == "allow" and _allowed_among(tok, ENABLED_USERS),  # "Instagram allows you to choose"
    )
    return any(checks)


# Plain giving verbs are aid only when what is given is aid ("supplied arms", "donated $5m").
GIVING_VERBS = frozenset({"provide", "supply", "contribute", "donate"})
AID_THINGS = frozenset({
    "aid", "assistance", "help", "support", "fund", "funding", "money", "cash", "loan", "grant",
    "weapon", "arm", "ammunition", "equipment", "food", "medicine", "supply", "shelter", "troop",
    "relief", "vaccine", "fuel", "water", "tent", "blanket", "training", "intelligence", "million",
    "billion", "donation", "resource", "asylum", "protection", "service", "care", "treatment",
    "rifle", "gun", "missile", "rocket", "tank", "drone", "munition", "grain", "wheat", "rice", "flour",
})


def _given_thing(tok: Token) -> bool:
    """What is given is no aid: documents, answers, information, a sum of a pension plan."""
    obj = _undergoer(tok)
    if obj is None and tok.dep_ == "relcl":
        obj = tok.head  # "text messages Volker provided to lawmakers"
    if obj is None or any(t.ent_type_ in ("MONEY", "QUANTITY") or (t.like_num and not hyphen_measure(t))
                          for t in obj.subtree):
        return False  # "$50,000 worth of goods", "25,000 tons of food aid"
    things = (_inner(obj), *obj.conjuncts)
    return not any(t.lemma_.lower() in AID_THINGS or is_people(t) for t in things)


def _object_is_no_place(tok: Token) -> bool:
    """One visits a place or a party; "visiting a nuisance" or "visit the page" is no visit."""
    obj = _object(tok)
    if obj is None or obj.dep_ != "dobj":
        return False
    return not (physical_or_party(obj) or obj.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "PERSON")
                or obj.pos_ == "PROPN")


def _executed_thing(tok: Token) -> bool:
    """What is executed is a document or a plan, not a person (also across "signed but never executed")."""
    obj = _undergoer(tok)
    if obj is None and tok.dep_ == "conj":
        obj = _undergoer(tok.head)
    return obj is not None and not (is_people(obj) or is_agent(obj) or obj.lower_ in ("them", "him", "her"))


def _thing_requested(tok: Token) -> bool:
    """A passive "X was requested" with no one asking and nobody asked to act: a service called for."""
    deps = {c.dep_ for c in tok.children}
    return "nsubjpass" in deps and "agent" not in deps and not deps & {"xcomp", "ccomp"}


def _has_prep(tok: Token, preps: tuple[str, ...]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children)


def _plea(tok: Token) -> bool:
    """"pleaded guilty", "pleaded not guilty": a plea in court, not an appeal."""
    after = [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]]
    return any(c.lower_ in ("guilty", "innocent") for c in tok.children) or "guilty" in after or "innocent" in after


def _seized_thing(tok: Token) -> bool:
    """"occupied the town", "captured rebels": a place or a party, not "occupies a position of power"."""
    obj = object_of(tok) or raw_object(tok)
    return obj is not None and obj.lemma_.lower() not in ("position", "role", "post", "seat", "office", "image",
                                                          "imagination", "attention", "moment", "mood", "spirit") \
        and (physical_or_party(obj) or obj.pos_ in ("NUM", "PRON"))


def _question(tok: Token) -> bool:
    """"asked whether …", "asked about the deal", "asked a question": a question, not a request."""
    if _has_prep(tok, ("about",)) or any(c.dep_ == "ccomp" for c in tok.children):
        return True
    if indirect_question(tok):
        return True  # "asked her if she had been vaccinated": a question put, nothing demanded
    if any(t.text == "?" for t in tok.doc[tok.i + 1:tok.sent.end]):
        return True  # "I asked, well, on whose authority?"
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() == "question":
        return True
    if not any(c.dep_ in ASKED_FOR_DEPS for c in tok.children):
        return True  # "Schiff asked.": the tag of a quoted question, nobody asked for anything
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in tok.children)


# What "ask" needs to be a request: whom or what it asks for ("asked them to leave").
ASKED_FOR_DEPS = frozenset({"dobj", "dative", "iobj", "xcomp", "ccomp", "prep", "oprd", "nsubjpass", "advcl"})


def _assertion(tok: Token) -> bool:
    """"insisted his tactics will work": a claim; "insisted that he resign" is a demand."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    subjunctive = clause.tag_ == "VB" and not auxes  # "insisted that he resign"
    return not subjunctive and not any(a in DEMAND_AUX for a in auxes)


def _warning(tok: Token) -> bool:
    """A threat is a warning of what someone will do ("warned it would retaliate", "warned them to stop")."""
    for child in tok.children:
        if child.dep_ == "xcomp":
            return True
        if child.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in WARNING_AUX for c in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and \
                any(c.dep_ == "pobj" and c.lemma_.lower() in REPRISAL_NOUNS for c in child.children):
            return True  # "warned Tehran of serious consequences", "warned of a harsh response"
    return False


# What a warning "of" announces when it is a threat, not a forecast ("warned of floods").
REPRISAL_NOUNS = frozenset({"consequence", "response", "retaliation", "reprisal", "retribution", "punishment",
                            "repercussion", "countermeasure", "action", "war", "revenge"})


# Who searches a house for the missing, and whom: a rescue, not a police search.
RESCUERS = frozenset({"rescuer", "volunteer", "firefighter", "diver", "searcher", "neighbour", "neighbor",
                      "resident", "relative", "family", "crew"})
SOUGHT_PEOPLE = frozenset({"survivor", "victim", "body", "people", "child", "girl", "boy", "man", "woman",
                           "hiker", "missing"})


def _rescue_search(verb: Token) -> bool:
    """"Rescuers searched the house for survivors": no police search."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in RESCUERS:
        return True
    return any(p.lemma_.lower() in SOUGHT_PEOPLE for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
               for p in c.children if p.dep_ == "pobj")


# What one takes control of in business news: "regained control of the company", "of the board".
CONTROLLED_BUSINESS = frozenset({"company", "firm", "business", "board", "group", "bank", "club", "brand",
                                 "stake", "market", "conglomerate", "empire", "media", "newspaper", "team"})


def _control_of_business(verb: Token) -> bool:
    """"took control of the company": a takeover, not territory taken by force."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "control"), None)
    return obj is not None and any(p.lemma_.lower() in CONTROLLED_BUSINESS
                                   for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for p in c.children if p.dep_ == "pobj")


WORKPLACES = frozenset({"classroom", "class", "school", "factory", "plant", "office", "hospital", "mine",
                        "job", "work", "workplace", "shop", "store", "warehouse", "depot", "port", "station"})


def _out_of_work(verb: Token) -> bool:
    """"walked out of classrooms", "walked out of the factory": a strike, not "walked out of the room"."""
    return any(p.lemma_.lower() in WORKPLACES for c in verb.children if c.lower_ == "out"
               for o in c.children if o.lower_ == "of" for p in o.children if p.dep_ == "pobj")


def _off_the_job(verb: Token) -> bool:
    """"walked off the job": a strike, not "walked off the pitch"."""
    return any(p.lemma_.lower() in ("job", "work") for c in verb.children if c.lower_ == "off"
               for p in c.children if p.dep_ == "pobj")


def _economic_blow(tok: Token) -> bool:
    """"the bourse was hit by protests", "tariffs hit farmers": markets and causes, not attacks."""
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and \
                _inner(subject_noun(child)).lemma_.lower() in ECONOMY_TARGETS | NON_VIOLENT_CAUSES:
            return True
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and _inner(pobj).lemma_.lower() in NON_VIOLENT_CAUSES:
                return True
    return False


def _release_of_people(noun: Token) -> bool:
    """"the release of the hostages", not "the release of the report" or "a press release"."""
    return any(c.dep_ == "pobj" and is_people(c) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for c in p.children)


def _object(tok: Token) -> Optional[Token]:
    """The verb's direct object (or passive subject)."""
    return next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _undergoer(tok: Token) -> Optional[Token]:
    """The object, or the noun a participle modifies ("reports received by Amnesty")."""
    obj = _object(tok)
    if obj is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return tok.head
    return obj


def _allowed_among(tok: Token, words: frozenset[str]) -> bool:
    """Whom "allow" lets act is one of `words`: its object, or the subject of the clause it
    governs ("allows you to choose", "allowed researchers to see")."""
    one = _undergoer(tok)
    if one is None:
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
        one = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return one is not None and one.lemma_.lower() in words


def _object_among(tok: Token, words: frozenset[str]) -> bool:
    """The object is one of `words`, or any of its conjuncts is ("meet the polling and
    fundraising thresholds")."""
    obj = _undergoer(tok)
    return obj is not None and any(t.lemma_.lower() in words for t in (obj, *obj.conjuncts))


def _particle(verb: Token, word: str) -> bool:
    """The verb's particle, also when parsed as an adverb: "forces pulled back from positions"."""
    return any(c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == word and c.i == verb.i + 1)
               for c in verb.children)


def _object_is_no_party(tok: Token) -> bool:
    obj = _undergoer(tok)
    return obj is not None and not (is_people(obj) or is_agent(obj))


def _charged_party(tok: Token) -> bool:
    """"charged him with murder", "prosecutors charged five men": someone is accused."""
    if _has_prep(tok, ("into", "toward", "towards", "through", "onto", "down", "up")):
        return False  # "charge into the room": a rush, not a charge
    if _has_prep(tok, ("with",)):
        return True
    obj = _object(tok)
    if obj is None or obj.ent_type_ in ("MONEY", "PRODUCT"):
        return False
    return obj.ent_type_ in ("PERSON", "NORP", "GPE") or (obj.pos_ != "PROPN" and is_people(obj))


def _arrives_somewhere(tok: Token) -> bool:
    """A visit: a party arrives in or at a place ("Blinken arrived in Kyiv"); not a count of
    people coming to stay ("52,000 Venezuelans have arrived in Brazil"), a vessel, or a spot
    with no name ("arrived at the search area")."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(is_agent(t) for t in (subject, *_of_objects(subject))) or _counted(subject) \
            or any(t.lemma_.lower() in VEHICLES for t in (subject, *subject.children) if t.dep_ != "relcl"):
        return False
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.pos_ == "PROPN" or
                                     c.lemma_.lower() in PHYSICAL_TARGETS - UNNAMED_SPOTS)
               for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "on") for c in p.children)


# Where one arrives without meeting anyone: a spot, not a place of people.
UNNAMED_SPOTS = frozenset({"area", "field", "site", "region", "border", "position", "target", "post", "territory"})
VEHICLES = frozenset({"ship", "vessel", "boat", "plane", "aircraft", "jet", "train", "bus", "truck", "car",
                      "ferry", "tanker", "flight", "shipment", "cargo", "convoy"})


def _counted(subject: Token) -> bool:
    """"More than 52,000 Venezuelans", "thousands of migrants": people counted, not a party."""
    return any(c.tag_ == "CD" for c in subject.children) or subject.tag_ == "CD"


def _party_subject(tok: Token) -> bool:
    """"Iraq said it would allow …", "the court decided to allow …"; not "the data allowed …"."""
    subject = subject_of(tok)
    if subject is None:
        return tok.dep_ in ("xcomp", "advcl") and tok.tag_ == "VB"  # "opened the bridge to allow …"
    if subject.lower_ in ("it", "they"):
        return True
    if subject.ent_type_ in ("PRODUCT", "WORK_OF_ART") or (
            subject.pos_ != "PROPN" and any(c.dep_ == "poss" for c in subject.children)):
        return False  # "the MEB's flexibility allowed Volkswagen to …"
    return is_party(subject)


# Fights and attacks that are no violence: "a heart attack", "a legal battle", "a trade war".
FIGHT_NOUNS = frozenset({"attack", "battle", "fight", "fighting", "clash", "war", "struggle"})
FIGURATIVE_FIGHT_MODIFIERS = frozenset({
    "heart", "panic", "anxiety", "asthma", "migraine", "seizure", "cardiac", "allergy",
    "legal", "court", "courtroom", "custody", "political", "verbal", "legislative", "trade", "tariff",
    "price", "bidding", "ratings", "budget", "procedural", "regulatory", "bureaucratic", "tax",
    "election", "electoral", "campaign", "culture", "personal", "uphill", "internal", "boardroom",
    "takeover", "patent", "copyright", "libel", "media", "ideological",
})


def _figurative_fight(tok: Token) -> bool:
    if tok.lemma_.lower() not in FIGHT_NOUNS:
        return False
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in FIGURATIVE_FIGHT_MODIFIERS
               for c in tok.children)


# Weapons named as nouns are attacks only when the sentence tells of their use.
WEAPON_NOUNS = frozenset({"rocket", "missile", "bomb", "mortar", "artillery", "ied"})
WEAPON_USE_RE = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|explo\w*|detonat\w*|fir(?:ed|ing)|hit|struck|"
    r"strikes?|land(?:ed|ing)|attack\w*|shell\w*|target\w*|blasts?|casualt\w*|destroy\w*|damag\w*|"
    r"rain(?:ed)?|barrage|planted|defus\w*|threat\w*)\b", re.IGNORECASE)


def _weapon_only(cand: Candidate) -> bool:
    """"two rockets a year", "commercial rockets are not available": a weapon or a launcher, no attack."""
    tok = cand.token
    if cand.extra or tok.lemma_.lower() not in WEAPON_NOUNS:
        return False
    return not WEAPON_USE_RE.search(tok.sent.text)


def _natural_blast(tok: Token) -> bool:
    """"stellar explosions", "a gas explosion", "a population explosion": no attack."""
    if tok.lemma_.lower() not in ("explosion", "blast", "eruption"):
        return False
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in NATURAL_BLASTS for c in tok.children)


def _of_objects(tok: Token) -> list[Token]:
    """"a first patch of troops" -> [troops]."""
    return [c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]


def _figure_explodes(tok: Token) -> bool:
    subject = subject_of(tok)
    return subject is not None and subject.lemma_.lower() in EXPLODING_FIGURES


def _political_offer(tok: Token) -> bool:
    """"offered talks", "offered to mediate", "offered Kyiv help": not "offers free repairs",
    "offers residents free lessons" or "the opportunity is offered to all"."""
    if any(c.dep_ == "xcomp" for c in tok.children):
        return True
    obj = _object(tok)
    if obj is not None:
        return obj.lemma_.lower() in OFFERS or (obj.dep_ == "dobj" and _named_or_people(obj))
    return any(c.dep_ == "dative" for c in tok.children)


def _named_or_people(tok: Token) -> bool:
    """A party by its own word ("Kyiv", "the rebels"), not a thing with a name on it ("its Sony Now service")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_ENTITIES or party_noun(tok)


def _online_visit(tok: Token) -> bool:
    words = {c.lemma_.lower() for c in tok.subtree if c.i > tok.i}
    return bool(words & ONLINE_PLACES)


def _numeric_object(tok: Token) -> bool:
    return any(c.dep_ in ("dobj", "npadvmod", "attr") and (c.like_num or c.ent_type_ in ("PERCENT", "MONEY"))
               for c in tok.children)


def _idiomatic_blow(tok: Token) -> bool:
    """"hit the campaign trail", "hit a record high", "struck a deal": no one was hit."""
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in TITLE_QUOTES:
        return True  # "after hitting “Born to Run”": a song played
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.ent_type_ in ("QUANTITY", "CARDINAL", "PERCENT", "MONEY", "WORK_OF_ART", "PRODUCT") or obj.like_num:
        return True  # "hit 107 degrees", "hit $50": a reading reaches a value
    if obj.left_edge.i > 0 and obj.doc[obj.left_edge.i - 1].text in TITLE_QUOTES:
        return True  # "after hitting “Takin’ It to the Streets”": a song played
    return obj.lemma_.lower() in BLOW_IDIOMS or obj.lemma_.lower() in MEASURES


# Things "killed" when they are dropped: bills, deals, plans, stories.
KILLED_PLANS = frozenset({"bill", "measure", "proposal", "legislation", "deal", "plan", "idea", "project",
                          "amendment", "motion", "merger", "story", "rumor", "rumour", "engine", "program",
                          "programme", "initiative", "scheme", "provision", "ordinance", "resolution"})


def _killed_plan(tok: Token) -> bool:
    """What was "killed" is a bill, a deal or a plan: it was dropped, no one died."""
    obj = _undergoer(tok)
    return obj is not None and _inner(obj).lemma_.lower() in KILLED_PLANS


def _animal_victim(tok: Token) -> bool:
    """The one attacked is an animal ("shot a deer", "a hunter who killed a rabbit")."""
    obj = _undergoer(tok)
    if obj is None and tok.dep_ == "conj":
        obj = _undergoer(tok.head)
    if obj is None:
        for conj in tok.conjuncts:
            obj = _undergoer(conj) or obj
    return obj is not None and _inner(obj).lemma_.lower() in ANIMALS


def _inner(tok: Token) -> Token:
    """"months of protests" -> protests: look through a count or a stretch of time."""
    if tok.lemma_.lower() in QUANTIFIER_NOUNS or tok.pos_ == "NUM":
        return _of_object(tok) or tok
    return tok


def _violent_engagement(tok: Token) -> bool:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            return any(c.dep_ == "pobj" and c.lemma_.lower() in VIOLENT_ENGAGEMENTS for c in child.children)
    return False


def _no_comment(tok: Token) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in NO_COMMENT for c in tok.children)


def _opinion(tok: Token) -> bool:
    """"agreed that the plan was flawed", "accepted the reality that …": a view, no commitment."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ABSTRACT_ACCEPTED | REFLEXIVES for c in tok.children):
        return True
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None or any(c.dep_ in ("dobj", "xcomp") for c in tok.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if auxes & DEMAND_AUX and not _own_side(subject):
        return True  # "agree the boy should go back": a shared view of what others should do
    committed = bool(auxes & COMMITMENT_AUX)
    return not (committed and subject is not None and is_agent(subject))


def _own_side(subject: Optional[Token]) -> bool:
    """The clause's subject is the agreeing side itself: "they", "their countries"."""
    return subject is not None and (is_pronoun(subject) or any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children))


def _reflexive_only(tok: Token) -> bool:
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lower_ in REFLEXIVES for o in objs)


def _metaphoric_fight(tok: Token) -> bool:
    """"battle to win the election", "fighting climate change": no enemy, no fight."""
    if any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return True
    obj = raw_object(tok)
    return obj is not None and not physical_or_party(obj)


def _leaves_a_place(tok: Token) -> bool:
    """"get out of Donbas" is a withdrawal; "get out of a car" is not."""
    places = [c for p in (tok, *[c for c in tok.children if c.dep_ == "prt"]) for c in p.children
              if c.dep_ == "prep"]  # "get out of Donbas": the verb's own preposition, not a later clause's
    for child in (t for p in places for t in p.subtree):
        if child.dep_ == "pobj" and (child.ent_type_ in ("GPE", "LOC", "FAC") or
                                     child.lemma_.lower() in PHYSICAL_TARGETS - {"car", "vehicle", "bus"}):
            return True
    return False


def _released_things(tok: Token) -> bool:
    """"released hacked emails", "a poll released last week": no one was freed ("freed three of
    the hostages" counts people)."""
    obj = _object(tok)
    if obj is not None:
        return not is_people(counted(obj))
    if tok.dep_ == "acl":
        thing: Optional[Token] = tok.head
    elif tok.dep_ == "conj":
        thing = _object(tok.head)
    else:
        return False
    return thing is not None and not is_people(thing)


