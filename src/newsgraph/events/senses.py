"""Word senses that are not events, and participants that are not parties.

Rules read off the parse and the sentence, applied to each trigger after detection:

- competition: "Minnesota beat Buffalo", "fired a shot at the goaltender", "Clinton beats
  Trump by 4 points" are games and polls, not assaults;
- verbal attacks: "attacked each other's policies in the debate" -> ACCUSE;
- other senses: "declined by 4 points", "declined to comment", "pleaded guilty",
  "demonstrated that …", "agreed that …" (an opinion), "shot himself", "battle to win
  the election", "fighting climate change", "the video released by the family";
- agents: a cooperative or verbal event needs someone to do it ("the proposals offer an
  alternative", "tensions are threatening to …" are not events);
- datelines: "HANOI, Vietnam (AP) — Esper accused China" -> Esper, not Hanoi.

The sentence-level regular expressions run once per sentence that needs them, and the
document-level sports test once per document.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from newsgraph.events.actors import is_pronoun, load_actor_words
from newsgraph.events.detect import PEOPLE_WORDS, QUANTIFIER_NOUNS, Candidate, _of_object, object_of
from newsgraph.events.idioms import asks_for_comment, hosts_business, strikes_as
from newsgraph.events.kinds import every_such, person_under_attack
from newsgraph.events.legal import (appeals_to_body, asks_anonymity, asks_that, declines_to_speak, hyphen_measure,
                                  legal_other_sense, named_program)
from newsgraph.events.persons import PERSON_NOUNS
from newsgraph.events.roles import GROUP_NOUNS, PARTY_ENTITIES, is_party, municipal_body, party_noun, subject_of
from newsgraph.events.objects import (
    ANIMALS, CLAIMS, NATURAL_HARMS, PERSONAL_ACCEPTANCES, asks_for_more, indirect_question, sum_blow,
)

SPORTS_RE = re.compile(
    r"\b(?:points?|goals?|assists?|rebounds?|saves|innings?|touchdowns?|overtime|playoffs?|season|"
    r"games?|match(?:es)?|tournament|league|championship|coach|goaltender|goalie|quarterback|"
    r"scored|scoring|NBA|NFL|NHL|MLB|FIFA|UEFA|debate stage)\b|\b\d{1,3}-\d{1,3}\b", re.IGNORECASE)
# Words that make a whole document a sports report (several are needed).
SPORTS_DOC_RE = re.compile(
    r"\b(?:goals?|assists?|rebounds?|touchdowns?|innings|overtime|playoffs?|goaltender|goalie|"
    r"quarterback|NBA|NFL|NHL|MLB)\b|\b\d{1,3}-\d{1,3}(?:-\d{1,2})?\b")
SPORTS_DOC_HITS = 4
# Words that make a document a review of a video game or film, whose fights are fiction.
FICTION_DOC_RE = re.compile(
    r"\b(?:gameplay|playable|multiplayer|single-player|co-op|PS[345]|PlayStation|Xbox|Nintendo|consoles?|"
    r"DLC|NPCs?|boss(?:es)?|enem(?:y|ies)|difficulty|cutscenes?|open-world|shooter|skill tree|"
    r"protagonist|villain|the sequel|box office|screenplay|trailer|(?:Netflix|HBO|Disney\+) series)\b",
    re.IGNORECASE)
FICTION_MEDIUM_RE = re.compile(r"\b(?:(?:video )?games?|films?|movies?|episodes?|novels?)\b", re.IGNORECASE)
FICTION_DOC_HITS = 4
# A real attack reported in the same text keeps its events ("the gunman had played the game").
VIOLENCE_NEWS_RE = re.compile(r"\b(?:police said|were killed|was killed|died in|injured in|gunman|suspect)\b")
FICTION_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE", "MOBILIZE"})
CONTEST_RE = re.compile(r"\b(?:polls?|percent|votes?|primary|election|race|nomination|ballot|seats?|won|wins?|winning)\b",
                        re.IGNORECASE)
VIOLENCE_RE = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|shooting|wound\w*|injur\w*|police|troops?|soldiers?|guns?|gunman|gunmen|weapons?|"
    r"bomb\w*|stabb?\w*|arrest\w*|militants?|rebels?|army|explos\w*|shell\w*|missiles?|rifle|knife)\b",
    re.IGNORECASE)
SPEECH_CONTEXT_RE = re.compile(
    r"\b(?:debate|speech|tweet\w*|Twitter|remarks?|interview|campaign\w*|rhetoric|comments?|"
    r"statement|op-ed|column|personally|verbally|criticis\w*|criticiz\w*|insult\w*|ads?)\b",
    re.IGNORECASE)
# Triggers that, in a game, name a play: "hit some tough shots", "these teams meet again".
SPORT_SENSES = frozenset({"beat", "hit", "shoot", "fire", "strike", "attack", "clash", "battle",
                          "fight", "meet", "visit", "host", "return", "capture", "take", "storm",
                          "target", "demonstrate", "defend", "meeting", "suspension", "suspend",
                          "shot", "offensive", "invasion", "raid", "ambush", "fighting"})
VERBAL_ATTACK_LEMMAS = frozenset({"attack", "assail"})
VERBAL_MODIFIERS = frozenset({"verbal", "political", "personal", "legislative", "rhetorical",
                              "partisan", "legal", "public", "racist", "vicious", "republican",
                              "democratic", "democrat", "gop", "conservative", "liberal", "media"})
# Things one can physically attack that are not parties.
PHYSICAL_TARGETS = frozenset({
    "camp", "base", "convoy", "town", "village", "city", "building", "station", "checkpoint",
    "position", "post", "headquarters", "embassy", "school", "hospital", "church", "mosque",
    "temple", "synagogue", "market", "plant", "ship", "vessel", "tanker", "train", "bus", "car",
    "vehicle", "aircraft", "plane", "airport", "port", "bridge", "facility", "compound", "office",
    "home", "house", "patrol", "outpost", "barracks", "pipeline", "refinery", "field", "area",
    "region", "border", "territory", "stronghold", "village", "prison", "jail", "site", "target",
    "factory", "depot", "warehouse", "consulate", "mission", "hotel", "restaurant", "stadium",
})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves"})
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
PROTEST_CUE_RE = re.compile(
    r"\b(?:protest\w*|against|demand\w*|call(?:ed|ing)? for|oppos\w*|demonstrat\w*|march\w*|chant\w*|"
    r"strike\w*|grievance|outrage|anger|angry)\b", re.IGNORECASE)
CAMPAIGN_RE = re.compile(
    r"\b(?:campaign\w*|candidates?|nominees?|supporters|election|presidential|stocks?|shares|markets?|"
    r"index|prices|investors|traders)\b", re.IGNORECASE)
# Agents beyond the sector words: people and bodies that can act.
AGENT_WORDS = frozenset("""
expert analyst researcher scientist economist voter investor employee staff donor lawyer attorney
member family relative wife husband man woman men women child children boy girl mother father son
daughter supporter critic candidate nominee senator representative administration coalition
committee commission board bank business businesses corporation organization organisation
institute foundation charity club team side federation association department office bureau
service inspector delegate delegation adviser advisor aide executive ceo chairman chairwoman
director manager owner chief head host crowd audience youth individual person public population
everyone anyone someone somebody everybody all both many most some others other country nation city
town village province region west world community society industry sector network media press
outlet paper station website user customer consumer patient victim survivor suspect witness fan
player coach group leadership side camp faction camp neighbour neighbor partner ally allies
bloc movement party parties network newspaper broadcaster television tv channel network
spokesperson spokeswoman spokesman friend colleague worker guard guardsmen trooper officer
democrat democrats republican republicans liberal liberals conservative conservatives
declaration statement letter report resolution communique decree memo ruling verdict message
demonstration protest rally march petition campaign conference summit tweet post ad territory
""".split())
# Head nouns that name people by what they do ("teacher", "veteran", "Americans").
PERSON_SUFFIX_RE = re.compile(r"(?:er|or|ist|ian|an|ant|ent|eer|ee|man|men|person|ese|ite)s?$")
NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                            "PRODUCT", "WORK_OF_ART"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
DASHES = frozenset({"—", "–", "-", "--", "―"})


def sports_document(text: str) -> bool:
    """Whether the text reads as a sports report (scores, goals, assists …), counted once."""
    hits = 0
    for _ in SPORTS_DOC_RE.finditer(text):
        hits += 1
        if hits >= SPORTS_DOC_HITS:
            return True
    return False


def fiction_document(text: str) -> bool:
    """A game or film review ("boss fights", "the player's", "PS4"): its fights are fiction."""
    head = text[:20000]
    return len(FICTION_DOC_RE.findall(head)) >= FICTION_DOC_HITS and \
        len(FICTION_MEDIUM_RE.findall(head)) >= FICTION_DOC_HITS and not VIOLENCE_NEWS_RE.search(head)


def is_competition(cand: Candidate, sent_text: str, sports_doc: bool) -> bool:
    """A win, a shot or a meeting in a game or a poll, not a clash of parties."""
    lemma = trigger_lemma(cand)
    if lemma not in SPORT_SENSES or VIOLENCE_RE.search(sent_text):
        return False
    if sports_doc or SPORTS_RE.search(sent_text):
        return True
    if lemma != "beat" or cand.kind == "noun":
        return False
    obj = object_of(cand.token)
    return bool(CONTEST_RE.search(sent_text)) or (obj is not None and obj.ent_type_ in ("GPE", "ORG"))


def trigger_lemma(cand: Candidate) -> str:
    """The lexicon's word for the trigger (the model's own lemma can be off: "beats" stays "beats")."""
    if cand.kind in ("verb", "frame") and cand.trigger.pattern:
        return cand.trigger.pattern.split()[0]
    return cand.token.lemma_.lower()


def is_verbal_attack(cand: Candidate, sent_text: str) -> bool:
    """"attacked his policies", "attacked Latinos during the debate": criticism, not violence."""
    tok = cand.token
    if tok.lemma_.lower() not in VERBAL_ATTACK_LEMMAS:
        return False
    if cand.kind == "noun":
        if any(c.dep_ == "amod" and c.lemma_.lower() in VERBAL_MODIFIERS for c in tok.children):
            return True
        if person_under_attack(tok) and not VIOLENCE_RE.search(sent_text):
            return True  # "the senator came under attack from her rivals": criticism
        aimed = _raw_object(tok) or (_aimed_at(tok.head) if tok.dep_ == "dobj" else None)
        # "attacks on his loyalty", "deflected attacks on his record"
        return aimed is not None and not _physical_or_party(aimed) and not VIOLENCE_RE.search(sent_text)
    if VIOLENCE_RE.search(sent_text):
        return False
    obj = _raw_object(tok)
    if obj is not None and not _physical_or_party(obj):
        return True
    return bool(SPEECH_CONTEXT_RE.search(sent_text))


def _aimed_at(verb: Token) -> Optional[Token]:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _raw_object(tok: Token) -> Optional[Token]:
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _physical_or_party(tok: Token) -> bool:
    if tok.lemma_.lower() in PHYSICAL_TARGETS or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return tok.lower_ not in REFLEXIVES and is_party(tok)


def is_other_sense(cand: Candidate) -> bool:
    """The trigger word is used in a sense that names no event."""
    tok = cand.token
    if cand.kind == "noun":
        return _natural_blast(tok) or _weapon_only(cand) or _figurative_fight(tok) or sum_blow(tok) or \
            every_such(tok) or asks_for_comment(tok) or named_program(tok)
    if cand.kind not in ("verb", "frame"):
        return False
    if _inside_name(tok):
        return True  # "the Volatiles Investigating Polar Exploration Rover (VIPER) mission"
    lemma = trigger_lemma(cand)
    deps = {c.dep_ for c in tok.children}
    if lemma in ("decline", "refuse") and (_no_comment(tok) or declines_to_speak(tok)):
        return True
    if cand.trigger.pattern in PARTICLE_ONLY and not any(c.dep_ == "prt" for c in tok.children):
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
    return not any(t.lemma_.lower() in AID_THINGS or _people(t) for t in things)


def _object_is_no_place(tok: Token) -> bool:
    """One visits a place or a party; "visiting a nuisance" or "visit the page" is no visit."""
    obj = _object(tok)
    if obj is None or obj.dep_ != "dobj":
        return False
    return not (_physical_or_party(obj) or obj.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "PERSON")
                or obj.pos_ == "PROPN")


def _executed_thing(tok: Token) -> bool:
    """What is executed is a document or a plan, not a person (also across "signed but never executed")."""
    obj = _undergoer(tok)
    if obj is None and tok.dep_ == "conj":
        obj = _undergoer(tok.head)
    return obj is not None and not (_people(obj) or is_agent(obj) or obj.lower_ in ("them", "him", "her"))


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
    obj = object_of(tok) or _raw_object(tok)
    return obj is not None and obj.lemma_.lower() not in ("position", "role", "post", "seat", "office", "image",
                                                          "imagination", "attention", "moment", "mood", "spirit") \
        and (_physical_or_party(obj) or obj.pos_ in ("NUM", "PRON"))


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
    return False


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


def _object_is_no_party(tok: Token) -> bool:
    obj = _undergoer(tok)
    return obj is not None and not (_people(obj) or is_agent(obj))


def _charged_party(tok: Token) -> bool:
    """"charged him with murder", "prosecutors charged five men": someone is accused."""
    if _has_prep(tok, ("into", "toward", "towards", "through", "onto", "down", "up")):
        return False  # "charge into the room": a rush, not a charge
    if _has_prep(tok, ("with",)):
        return True
    obj = _object(tok)
    if obj is None or obj.ent_type_ in ("MONEY", "PRODUCT"):
        return False
    return obj.ent_type_ in ("PERSON", "NORP", "GPE") or (obj.pos_ != "PROPN" and _people(obj))


def _arrives_somewhere(tok: Token) -> bool:
    """A visit: a party arrives in or at a place ("Blinken arrived in Kyiv")."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(is_agent(t) for t in (subject, *_of_objects(subject))):
        return False
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.pos_ == "PROPN" or
                                     c.lemma_.lower() in PHYSICAL_TARGETS)
               for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "on") for c in p.children)


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
    """"offered talks", "offered to mediate", "offered Kyiv help": not "offers free repairs"."""
    deps = {c.dep_ for c in tok.children}
    if deps & {"xcomp", "dative"} or any(c.dep_ == "dobj" and _named_or_people(c) for c in tok.children):
        return True
    obj = _object(tok)
    return obj is not None and obj.lemma_.lower() in OFFERS


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


def is_campaign_rally(cand: Candidate, sent_text: str, protest_doc: bool) -> bool:
    """A "rally" that is a campaign event or a market rise: no grievance in the sentence, and
    campaign or market words there (or no protest anywhere in the document)."""
    if cand.token.lemma_.lower() != "rally" or PROTEST_CUE_RE.search(sent_text):
        return False
    if _speech_setting(cand.token):
        return True  # "Trump said at a rally in Louisiana": where a speech was given
    return not protest_doc or bool(CAMPAIGN_RE.search(sent_text))


SETTING_SPEECH = frozenset({"say", "tell", "speak", "declare", "announce", "boast", "joke", "claim", "vow",
                            "promise", "insist", "argue", "add", "warn", "predict"})


def _speech_setting(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in SETTING_SPEECH


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
    committed = any(c.dep_ == "aux" and c.lower_ in COMMITMENT_AUX for c in clause.children)
    return not (committed and subject is not None and is_agent(subject))


def _reflexive_only(tok: Token) -> bool:
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lower_ in REFLEXIVES for o in objs)


def _metaphoric_fight(tok: Token) -> bool:
    """"battle to win the election", "fighting climate change": no enemy, no fight."""
    if any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return True
    obj = _raw_object(tok)
    return obj is not None and not _physical_or_party(obj)


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
    """"released hacked emails", "a poll released last week": no one was freed."""
    obj = _object(tok)
    if obj is not None:
        return not _people(obj)
    if tok.dep_ == "acl":
        thing: Optional[Token] = tok.head
    elif tok.dep_ == "conj":
        thing = _object(tok.head)
    else:
        return False
    return thing is not None and not _people(thing)


def _people(tok: Token) -> bool:
    """Who can be released: people, not "a poll released last week" or "footage released"."""
    if tok.ent_type_ in ("PERSON", "NORP"):
        return True
    if tok.pos_ == "PROPN" and tok.ent_type_ == "":  # "released Navalny", not "a new MacBook Pro"
        return not any(c.like_num or c.lower_ == "new" for c in tok.subtree)
    if tok.lower_ in PERSON_PRONOUNS or tok.lower_ in ("they", "them", "us", "we", "me"):
        return True
    lemma = tok.lemma_.lower()
    words = load_actor_words()
    return lemma in PEOPLE_WORDS or lemma in PERSON_NOUNS or lemma in words.sectors or \
        bool(re.search(r"(?:er|or|ist|ian)s?$", lemma))


def is_agent(tok: Token) -> bool:
    """Can this subject do something: a name, a group, a person, a pronoun? ("the deal" cannot.)"""
    if tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_ENTITIES or is_pronoun(tok):
        return True
    lemma, low = tok.lemma_.lower(), tok.lower_
    words = load_actor_words()
    if (low in words.sectors or lemma in words.sectors or lemma in GROUP_NOUNS
            or lemma in AGENT_WORDS or low in AGENT_WORDS or municipal_body(tok)):
        return True
    return len(lemma) >= 5 and not lemma.endswith("ment") and bool(PERSON_SUFFIX_RE.search(lemma))


def is_group_of_agents(tok: Token) -> bool:
    """"thousands of Nigerians", "the APEC forum": part of agents, or a body with a name."""
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod") and (child.pos_ == "PROPN" or child.ent_type_ in PARTY_ENTITIES):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and is_agent(pobj):
                return True
    return False


def subject_noun(tok: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause modifies ("a plan that …")."""
    if tok.lower_ in ("which", "that", "who") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def dateline_end(sent: Span) -> int:
    """Token index of the dash closing a dateline opening the sentence ("HANOI (AP) —"), or of
    the colon after one written in capitals ("NEW DELHI:"); else -1."""
    seen_name = False
    for tok in sent[:10]:
        if tok.text in DASHES:
            return tok.i if seen_name else -1
        if tok.text == ":":
            capitals = all(t.text.isupper() or t.is_punct for t in sent[: tok.i - sent.start])
            return tok.i if seen_name and capitals else -1
        if tok.pos_ == "PROPN" or tok.text.isupper():
            seen_name = seen_name or tok.text[:1].isupper()
        elif not tok.is_punct:
            return -1
    return -1


def past_dateline(tok: Optional[Token], dash: int) -> Optional[Token]:
    """The participant the dateline stands in front of: its apposition, or the verb's other subject."""
    if tok is None or dash < 0 or tok.i > dash:
        return tok
    for child in tok.children:
        if child.dep_ == "appos" and child.i > dash:
            return child
    for child in tok.head.children:
        if child.dep_ == tok.dep_ and child.i > dash:
            return child
    return None
