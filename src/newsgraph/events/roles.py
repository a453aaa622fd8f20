"""Who did it and to whom: actor and target tokens from the dependency parse.

Actor: the clause subject (through xcomp/conj/advcl to the governing verb), the agent of
a passive, or for a noun trigger its possessor ("Russia's attack"), national modifier
("Israeli raids") or "by" phrase. Target: the object (or passive subject), then the
prepositions each event type takes ("attack on", "talks with", "aid to", "withdraw from").
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from newsgraph.events.actors import is_pronoun, load_actor_words
from newsgraph.events.clauses import main_clause_of, own_clause
from newsgraph.events.codes import CLASH_WORDS
from newsgraph.events.aims import (
    BENEFIT_TYPES, PLACE_ENTITIES, SITE_TYPES, THING_ENTITIES, between, claimed_by, conditioned, helped,
    met_party, placed_at, struck_site, taken_from,
)
from newsgraph.events.detect import ARMED_FORCES, MATERIEL, PEOPLE_WORDS, Candidate, counted
from newsgraph.events.complements import claimed_doer, envoy_post, permitted, struck_by, withdrawn_forces
from newsgraph.events.verbsets import (
    CAUSE_NOUNS, CIRCUMSTANCE_PREPS, NOT_TAKING_PART, OPENING_VERBS, PUNISHING_VERBS, SOURCE_PREPS, STOPPING_VERBS,
    TOPIC_MODES,
)

TARGET_PREPS: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("on", "against", "at", "into", "upon", "toward", "towards", "of", "in", "with"),
    "CONSULT": ("with", "between", "to", "among", "in"),
    "AID": ("to", "for", "into"),
    "SANCTION": ("on", "against", "with", "to", "from", "of", "in"),
    "COERCE": ("on", "against", "at", "into", "to", "from", "of", "in"),
    "CONCEDE": ("in", "to", "on", "for", "from", "of"),
    "RETREAT": ("from", "to", "in", "on", "for"),
    "PROTEST": ("against", "over", "at", "outside", "to", "by"),
    "REQUEST": ("from", "of", "to", "on", "for", "with"),
    "ACCUSE": ("against", "of", "over", "about", "for", "on", "to", "into", "with", "at"),
    "REJECT": ("of", "by", "from", "to", "with"),
    "THREATEN": ("against", "to", "with", "on", "in", "for"),
    "AGREE": ("with", "to", "for", "in", "on"),
    "SUPPORT": ("to", "with", "for", "of"),
    "COOPERATE": ("with", "to"),
    "MOBILIZE": ("in", "against", "along", "to", "on", "near", "into"),
}
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
PARTY_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON", "FAC", "LOC"})
PREPS_FIRST = frozenset({"AID", "AGREE", "COOPERATE", "RETREAT", "SUPPORT", "SANCTION"})
# Types whose party object is the target even before a preposition ("thanked X for …",
# "sanctioned X over …", "extradited X to …"); unlike AID/AGREE/RETREAT ("withdraw its troops from X").
OBJECT_IS_TARGET = frozenset({"SUPPORT", "COOPERATE", "SANCTION"})
OWNER_TYPES = frozenset({"REQUEST", "REJECT", "CONCEDE", "ACCUSE", "SUPPORT"})
OBJECT_PREPS = ("by", "of", "with", "from", "against", "on", "between", "among", "to", "for")
GROUP_NOUNS = frozenset({"organization", "organisation", "group", "movement", "faction", "network",
                         "coalition", "alliance", "side", "party", "delegation", "mission", "camp",
                         "population", "community", "people", "nation", "country", "regime",
                         # sides named by their role in a conflict ("talks with the aggressor")
                         "aggressor", "enemy", "invader", "occupier", "adversary", "foe", "ally",
                         "mob", "crowd"})
# People and organisations named by a common noun: an event's target as much as its actor
# ("accused the utility of overkill", "arrested a 57-year-old man", "answers from providers").
HUMAN_NOUNS = frozenset("""
man men woman women boy girl child children baby teenager teen youth adult person people family couple
husband wife mother father son daughter brother sister friend neighbour neighbor suspect victim
patient customer client consumer user subscriber passenger driver tenant landlord employer employee
staff worker member owner operator provider carrier supplier seller vendor retailer insurer lender
utility company corporation firm business bank agency authority regulator watchdog board commission
committee council ministry department office bureau court tribunal school college university hospital
church union charity foundation administration government cabinet parliament congress senate
advocate critic opponent rival ally partner player fan official officer spokesperson chief dissident defector
recipient beneficiary applicant grantee survivor evacuee schoolchild schoolchildren schoolgirl schoolboy pupil
pilgrim worshipper villager supporter follower loyalist pastor priest imam cleric bishop monk nun rabbi
farmer trader shopkeeper attacker assailant shooter perpetrator killer kidnapper hijacker raider
guard bodyguard doctor nurse teacher student journalist reporter tourist migrant refugee prisoner
elder chieftain director manager coach actor actress singer writer author editor lawmaker legislator
""".split())
# A municipality named with "the" stands for its government in local news.
MUNICIPAL_NOUNS = frozenset({"city", "town", "county", "village", "township", "borough", "municipality",
                             "capital"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "from", "to", "into",
                            "through", "throughout", "within", "toward", "towards", "outside", "beyond"})
CAPTIVE_NOUNS = frozenset({"inmate", "hostage", "captive", "detainee", "prisoner", "convict", "civilian"})
HUMAN_SUFFIX_RE = re.compile(r"(?:ist|ian|eer|ee|man|men|person|people|ese)s?$")
COMPLEMENT_SUBJECT_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "CONCEDE", "REJECT", "AGREE"})
INHERIT_SUBJECT = frozenset({"xcomp", "conj", "advcl", "pcomp"})
# "X is opposed to", "X is committed to": the passive subject is the one acting.
ADJECTIVAL_PASSIVES = frozenset({"oppose", "commit", "prepare", "determine", "dedicate", "resolve",
                                 "engage", "involve"})
ACTOR_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


# Nouns of deciding or trying whose infinitive is done by the noun's owner ("Iran's bid to …").
DECISION_NOUNS = frozenset({"move", "decision", "bid", "plan", "attempt", "effort", "order", "vote",
                            "refusal", "promise", "pledge", "offer", "threat", "call", "request"})


def subject_of(verb: Token, depth: int = 0) -> Optional[Token]:
    """The clause subject, or the agent of a passive; inherited from the governing verb."""
    passive = None
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            passive = child
    if passive is not None and verb.lemma_.lower() in ADJECTIVAL_PASSIVES:
        return passive
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.dep_ != "expl":
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                return verb.head  # "protesters who threw eggs": the protesters threw them
            return child
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in DECISION_NOUNS and noun_actor(verb.head) is not None:
        return noun_actor(verb.head)  # "the Swedish move to drop the case": Sweden drops it
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and _is_active(verb):
        clause = _clause_of_thing(verb)
        if clause is not None and depth < 3:
            return subject_of(clause, depth + 1)
        return verb.head
    if passive is not None or _bare_passive(verb) or _absolute_participle(verb):
        return None
    controller = _object_controller(verb)
    if controller is not None:
        return controller
    stray = _verb_on_object(verb)
    if stray is not None and depth < 3:
        return subject_of(stray, depth + 1)  # "using gas to disperse protests and beating demonstrators"
    if verb.dep_ in INHERIT_SUBJECT and depth < 3 and verb.head.i != verb.i:
        head = main_clause_of(verb) if own_clause(verb) else verb.head
        if head.pos_ == "ADP":
            head = head.head
        return subject_of(head, depth + 1)
    return None


def _absolute_participle(verb: Token) -> bool:
    """", killed in an air strike", "Wounded by shrapnel, …": a passive participle clause, whose doer
    is not the main clause's subject."""
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "mark", "cc") for c in verb.children):
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > verb.sent.start else None
    if verb.dep_ == "advcl" and verb.tag_ == "VBN":
        return before is None or before.text == ","  # not "— promised to protect Medicaid" (a misparse)
    # ", shot dead in an ambush" parsed as a verb joined to the main clause by a comma alone
    return verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and before is not None and before.text == "," \
        and any(c.dep_ == "oprd" for c in verb.children) and \
        not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)


def _verb_on_object(verb: Token) -> Optional[Token]:
    """A verb the parser joined to the object of an earlier verb ("… to disperse protests and
    beating demonstrators"): that earlier verb, whose doer it shares; None otherwise."""
    noun = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj":
        return None
    return noun.head if noun.head.pos_ == "VERB" and noun.head.i < verb.i else None


# Verbs whose infinitive's doer is their subject even with an object ("promised him to …").
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "offer", "agree", "threaten", "swear"})


def _object_controller(verb: Token) -> Optional[Token]:
    """"urged Vietnam to push back", "called on Dean to apologize": the object does the infinitive."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() in SUBJECT_CONTROL:
        return None
    for child in head.children:
        if child.dep_ == "dobj" and child.i < verb.i:
            return child if is_party(child) else None  # "used tear gas to disperse …": the user acts
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and child.i < verb.i:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


MEDIA_NAMES = frozenset({"twitter", "facebook", "instagram", "tumblr", "youtube", "tiktok", "reddit",
                         "linkedin", "snapchat", "weibo", "telegram", "whatsapp"})


def _clause_of_thing(verb: Token) -> Optional[Token]:
    """"posted on Twitter accusing X", "sent a letter demanding Y": a participle hung on a thing
    (a medium, a document) is done by the clause's subject; returns that clause's verb."""
    head = verb.head
    if _purpose_infinitive(verb) and head.dep_ == "dobj" and \
            (head.lemma_.lower() in UNDERTAKINGS or not is_party(head)):
        return head.head  # "launched a rescue mission to free the hostages": who launched it
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or is_party(head) and head.pos_ != "PROPN":
        return None
    if head.dep_ == "pobj" and head.head.lower_ in ("on", "via", "in", "through", "to"):
        clause = head.head.head
    elif head.dep_ == "dobj" and not is_party(head):
        clause = head.head
    else:
        return None
    named_party = head.ent_type_ in ("PERSON", "NORP", "GPE") and head.lower_ not in MEDIA_NAMES
    return clause if clause.pos_ in ("VERB", "AUX") and not named_party else None


# Nouns of saying whose noun modifier is the one who says it ("union demands", "rebel offer").
SPEECH_ACT_NOUNS = frozenset({"demand", "request", "call", "offer", "proposal", "threat", "accusation",
                              "claim", "appeal", "ultimatum", "plea", "warning", "condition"})


# Undertakings whose purpose infinitive is done by whoever undertakes them.
UNDERTAKINGS = frozenset({"mission", "operation", "effort", "campaign", "bid", "attempt", "plan",
                          "drive", "push", "raid", "initiative", "offensive", "programme", "program"})


def _purpose_infinitive(verb: Token) -> bool:
    """"a mission to free …": an infinitive (with "to") modifying a noun."""
    return verb.dep_ in ("acl", "relcl") and verb.tag_ == "VB" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_active(verb: Token) -> bool:
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and verb.tag_ != "VBN"


def _passive_participle(verb: Token) -> bool:
    """A participle, or a form tagged past tense after a passive ("was ripped … and kidnapped")."""
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and any(c.dep_ == "auxpass" for c in verb.head.children))


def passive_subject(verb: Token) -> Optional[Token]:
    """The passive subject (the one acted upon), or None; shared by a conjoined participle
    ("he was arrested and charged": he was charged) and taken from the governing clause by a
    passive without its own subject ("they returned home after being deported": they were)."""
    found = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if found is None and verb.dep_ == "conj" and verb.head.i != verb.i and _passive_participle(verb) and \
            not any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        found = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if found is None and _bare_passive(verb) and verb.dep_ in INHERIT_SUBJECT and verb.head.i != verb.i:
        head = verb.head.head if verb.head.pos_ == "ADP" else verb.head
        for _ in range(2):  # "returned home broke after being deported": up through "broke"
            found = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if found is not None or head.dep_ not in ("advcl", "xcomp", "conj") or head.head.i == head.i:
                break
            head = head.head
    return found


def _bare_passive(verb: Token) -> bool:
    """A passive verb with no subject of its own ("after being deported")."""
    return any(c.dep_ == "auxpass" for c in verb.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def noun_actor(noun: Token) -> Optional[Token]:
    """"Russia's attack", "Israeli air raids", "attack by rebels": the noun's own actor."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    for child in noun.lefts:
        if _bound_prefix(child):
            continue  # "intra-Afghan talks": the party is "Afghan", not "intra"
        if child.ent_type_ in PLACE_ENTITIES and _doers_noun(noun):
            return noun  # "Ohio protesters chanted": the protesters act; the place says where they are from
        if child.dep_ in ACTOR_MODIFIER_DEPS and (child.ent_type_ in ("NORP", "GPE", "ORG") or
                                                   child.pos_ == "PROPN"):
            return None if _crime_scene(child, noun) else child
        if child.dep_ == "compound" and noun.lemma_.lower() in SPEECH_ACT_NOUNS and is_party(child):
            return child  # "union demands", "hostage-takers demands": who voices them
        doer = _participle_doer(child)
        if doer is not None:
            return doer  # "Trump-imposed tariffs", "US-led strikes"
    for child in noun.rights:
        if child.dep_ == "acl":  # "the demonstration staged by students"
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return pobj
    return None


# Crimes named after where they happened ("the Santa Clara murder"): the place did not commit them.
CRIME_NOUNS = frozenset({"murder", "killing", "shooting", "stabbing", "rape", "robbery", "homicide",
                         "kidnapping", "abduction", "slaying", "carjacking", "burglary", "assault"})


def _crime_scene(mod: Token, noun: Token) -> bool:
    """A place name modifying a crime noun: where it happened, not who did it."""
    return noun.lemma_.lower() in CRIME_NOUNS and mod.ent_type_ in PLACE_ENTITIES


def headline_passive(verb: Token) -> Optional[Token]:
    """"Man arrested after shooting", "Juvenile arrested in bar": a participle with a subject and no
    auxiliary or object is a headline's passive; its subject is the one it was done to."""
    if verb.tag_ != "VBN" or verb.dep_ in ("acl", "amod", "relcl", "conj", "xcomp", "advcl"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "agent") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and is_party(subject) else None  # not "doors slammed"
# Event nouns that name the people doing the event: "protesters", "strikers", "rioters".
DOER_SUFFIX_RE = re.compile(r"(?:er|or|ist)s$")


def _doers_noun(noun: Token) -> bool:
    """A plural event noun naming its doers ("protesters", "demonstrators", "strikers")."""
    return noun.tag_ == "NNS" and DOER_SUFFIX_RE.search(noun.lower_) is not None


# "Iran-backed", "Saudi-funded": a sponsor, not the doer of the event the noun names.
SPONSOR_PARTICIPLES = frozenset({"back", "support", "fund", "sponsor", "ally", "align", "affiliate",
                                 "arm", "train", "finance", "inspire"})


def _participle_doer(mod: Token) -> Optional[Token]:
    """The name in a hyphenated participle modifier ("Trump-imposed", "NATO-led"), if any."""
    if mod.dep_ != "amod" or mod.tag_ != "VBN" or mod.lemma_.lower() in SPONSOR_PARTICIPLES:
        return None
    return next((c for c in mod.children if c.dep_ in ("npadvmod", "compound", "nsubj") and c.i < mod.i
                 and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))), None)


def _bound_prefix(tok: Token) -> bool:
    """A prefix written before a hyphen ("intra-", "inter-", "anti-", "pro-") or the hyphen itself."""
    if tok.text in ("-", "–"):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text == "-" and nxt.idx == tok.idx + len(tok.text) and \
        tok.lower_ in PREFIXES


PREFIXES = frozenset({"intra", "inter", "anti", "pro", "non", "post", "pre", "ex", "pan", "trans",
                      "cross", "multi", "sub", "neo", "pseudo"})


def prep_target(tok: Token, type_: str, skip: set[int]) -> Optional[Token]:
    """The object of the first preposition this event type takes ("attack on X")."""
    return next(iter(prep_targets(tok, type_, skip)), None)


def prep_targets(tok: Token, type_: str, skip: set[int]) -> list[Token]:
    """The objects of the prepositions this event type takes, likeliest first
    ("protested to Tokyo over the dispute": the dispute, then Tokyo)."""
    preps = TARGET_PREPS.get(type_, ("on", "against", "with", "to"))
    if tok.lemma_.lower() in MUTUAL_FIGHTS:
        preps = ("with", *preps)  # "clashed with border guards at the crossing": the guards
    found = {}
    for child in tok.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps and child.lower_ not in found:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.i not in skip and pobj.ent_type_ not in ("DATE", "TIME") \
                    and pobj.lemma_.lower() not in CAUSE_NOUNS \
                    and not (child.lower_ == "in" and type_ in VENUE_TYPES and pobj.ent_type_ in PLACE_ENTITIES
                             and tok.lemma_.lower() not in ARRIVAL_VERBS):
                found[child.lower_] = pobj
    return [found[p] for p in preps if p in found]


# Fights told from one side, the other side after "with": "clashed with police".
MUTUAL_FIGHTS = CLASH_WORDS | {"scuffle", "tussle", "brawl", "spar"}


# Events held somewhere: "talks in Tokyo" names where they met, not whom they met; but one
# arrives in, or visits, the country one is received by ("arrived in Amman").
VENUE_TYPES = frozenset({"CONSULT", "AGREE"})
ARRIVAL_VERBS = frozenset({"arrive", "land", "come", "visit", "travel", "fly", "go", "return", "tour"})


def object_target(verb: Token, skip: set[int]) -> Optional[Token]:
    """The verb's object (or passive subject) unless it is part of the trigger."""
    cand = passive_subject(verb)
    if cand is not None and cand.i not in skip:
        return cand
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.i not in skip and child.ent_type_ not in ("DATE", "TIME") \
                and not _frames_trigger(child, skip):
            return child
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.head.i == verb.i and after.dep_ in ("advmod", "npadvmod", "dep") \
            and after.ent_type_ == "PERSON" and after.i not in skip:
        return after  # "visited Epstein in New York" parsed with the name as an adverb
    return None


def _frames_trigger(obj: Token, skip: set[int]) -> bool:
    """"declared a state of emergency": the object only frames the trigger noun after "of"."""
    return any(c.dep_ == "pobj" and c.i in skip for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
               for c in p.children)


def owner_target(obj: Token) -> Optional[Token]:
    """"rejected a U.S. request": whose the rejected thing was (possessor or national modifier)."""
    found = noun_actor(obj)
    return found


def verb_roles(cand: Candidate) -> tuple[Optional[Token], Optional[Token]]:
    """Actor and target tokens for a verb trigger."""
    verb = cand.verb or cand.token
    skip = {t.i for t in cand.extra} | {cand.token.i}
    if cand.type in UNDERGOER_TYPES and headline_passive(verb) is not None:
        return None, headline_passive(verb)
    actor = subject_of(verb) or judged_doer(verb)
    if actor is None and cand.type == "RETREAT":
        actor = withdrawn_forces(verb)
    sides = between(verb) if actor is None and cand.type == "ASSAULT" and verb.tag_ == "VBG" else None
    if sides is not None:
        return sides  # "Fighting between the army and the RSF spread to …"
    if actor is not None:
        skip.add(actor.i)
    if cand.type in UNDERGOER_TYPES and reduced_passive(verb) and is_party(counted(verb.head)):
        return actor, counted(verb.head)  # "a man convicted of threats", "dozens of protesters arrested"
    target = taken_from(verb) if cand.type == "ASSAULT" else None
    struck = [t for t in cand.extra if t.dep_ in ("dobj", "nsubjpass")] if cand.type in SITE_TYPES else []
    target = target or _first_party([*_target_options(cand, verb, skip), *struck], cand.type)
    if target is None and cand.content is not None and \
            not (cand.type == "REQUEST" and cand.content.token.lemma_.lower() in TRAVEL_VERBS):
        doer, target = roles_of(cand.content)
        if cand.type == "ACCUSE":  # "alleged that police beat protesters": the police, not their victims
            target = doer if doer is not None and not is_pronoun(doer) else None
    if target is None:
        target = _complement_target(verb, cand.type, skip)
    if target is None and cand.type in BENEFIT_TYPES:
        target = helped(verb)
    if target is None and cand.type == "THREATEN":
        target = conditioned(verb)
    if cand.type == "CONSULT" and verb.lemma_.lower() in ARRIVAL_VERBS:
        target = met_party(verb) or target  # "arrived in Washington for talks with Biden": Biden
    if target is not None and cand.type == "SANCTION":
        target = envoy_post(target, verb) or target  # "recalled its ambassador from Algiers": Algiers
    if target is not None and cand.type in STANCE_TYPES:
        target = thing_owner(target) or target  # "agreed with the Judge's decision": the judge
    if "avenge" in (verb.lemma_.lower(), cand.content.token.lemma_.lower() if cand.content else ""):
        target = None  # "vowed to avenge the death of its commander": the dead are no target
    return actor, target


# Verbs of travel: their object or goal is where one goes ("to visit Nanjing", "to travel to Rome").
TRAVEL_VERBS = frozenset({"visit", "travel", "go", "fly", "attend", "tour", "return", "move"})
# Deeds whose target is the one they are done to: a participle modifying a noun names it.
UNDERGOER_TYPES = frozenset({"COERCE", "ASSAULT", "ACCUSE", "SANCTION"})


def reduced_passive(verb: Token) -> bool:
    """A past participle modifying a noun ("a man arrested in the raid"): a passive relative."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i and \
        not any(c.dep_ in ("dobj", "nsubj") for c in verb.children)


# Stances taken on what a party did or said: the party is the target, not its act.
STANCE_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


# Verbs of a verdict or punishment: the deed named after "of"/"for" is the convicted's own
# ("convicted Smith of kidnapping the girl", "was jailed for attacking a guard").
VERDICT_VERBS = frozenset({"convict", "sentence", "jail", "imprison", "punish", "fine", "execute", "find"})


def judged_doer(verb: Token) -> Optional[Token]:
    """Who did the deed a verdict names: the object or passive subject of the verdict verb."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ not in ("of", "for") or prep.head.i == prep.i:
        return None
    judged = prep.head if prep.head.dep_ in ("dobj", "nsubjpass") else None  # "convicting Webb, 51, of"
    judge = prep.head.head if prep.head.lower_ == "guilty" or judged is not None else prep.head
    if judge.pos_ != "VERB" or judge.lemma_.lower() not in VERDICT_VERBS:
        return None
    return judged or next((c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _target_options(cand: Candidate, verb: Token, skip: set[int]) -> list[Optional[Token]]:
    """Where a verb's target may be, most likely first for this event type."""
    if passive_subject(verb) is not None and _passive_agent(verb) is not None:
        return [passive_subject(verb)]
    obj = object_target(verb, skip)
    if obj is not None and _own_forces(cand, obj):
        obj = None
    by_preps = prep_targets(verb, cand.type, skip)
    by_prep = by_preps[0] if by_preps else None
    from_extra = [_undergoer(t, cand.type) or prep_target(t, cand.type, skip) or noun_owner(t, skip)
                  or _object_prep(t, skip)
                  for t in cand.extra if t.pos_ in ("NOUN", "PROPN") or t.dep_ in ("dobj", "nsubjpass")]
    owner = noun_owner(obj, skip) if obj is not None and cand.type in OWNER_TYPES else None
    inner = _object_prep(obj, skip) if obj is not None else None
    party_object = obj is not None and cand.type in OBJECT_IS_TARGET and is_party(obj)
    if cand.type == "REQUEST" and _asked_doer(verb) is not None:
        return [_asked_doer(verb), obj, owner, by_prep]  # "wants Trump to end the tariffs"
    if cand.type in PREPS_FIRST and cand.trigger.mode != "release" and not party_object:
        return [by_prep, *from_extra, obj, owner, inner, *by_preps[1:]]  # "sent aid to X"; not "thanked X for"
    return [obj, owner, *from_extra, *by_preps, inner]


# Deeds done to their object (a speech act's object is its hearer, not its target).
DEED_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION", "RETREAT"})


def _undergoer(obj: Token, type_: str) -> Optional[Token]:
    """A trigger's own object that is a body of people ("dissolved the opposition party",
    "swapped prisoners"): the one the deed is done to, not its owner."""
    if type_ in DEED_TYPES and obj.dep_ in ("dobj", "nsubjpass") and obj.pos_ == "NOUN" and party_noun(obj):
        return obj
    return None


# Moving one's own forces: "deployed warships", "withdrew its troops" (but "released soldiers").
OWN_FORCE_TYPES = frozenset({"MOBILIZE", "RETREAT"})
POLICE_FORCES = frozenset({"police", "officer", "policeman", "policemen", "gendarme", "guard", "agent", "ranger"})


def _own_forces(cand: Candidate, obj: Token) -> bool:
    """The object is the forces the actor moves, not a party the move is aimed at."""
    lemma = counted(obj).lemma_.lower()  # "deployed thousands of police officers"
    return cand.type in OWN_FORCE_TYPES and cand.trigger.mode != "release" and \
        (lemma in MATERIEL or lemma in ARMED_FORCES or lemma in POLICE_FORCES) and obj.ent_type_ not in PARTY_ENTITIES


def _asked_doer(verb: Token) -> Optional[Token]:
    """The subject of the verb's infinitive complement: who is asked to act."""
    for comp in verb.children:
        if comp.dep_ == "ccomp" and comp.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                               for c in comp.children):
            return next((c for c in comp.children if c.dep_ == "nsubj"), None)
    return None


def _object_prep(obj: Token, skip: set[int]) -> Optional[Token]:
    """"demanded the withdrawal of Serbian forces", "autonomy from Serbian authorities"."""
    for prep in OBJECT_PREPS:
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.i not in skip and is_party(pobj):
                    return pobj
    return None


def _first_party(options: list[Optional[Token]], type_: str = "") -> Optional[Token]:
    """The first option that is a party, or whose owner is ("Serbia's suppression" -> Serbia);
    for attacks, coercion and aid also a site struck or helped ("shelled rebel positions")."""
    present = [tok for tok in options if tok is not None]
    if type_ not in SITE_TYPES:
        return next((f for f in map(party_or_owner, present) if f is not None), None)
    for tok in present:  # a party first, unless it is only where it happened ("in the Red Sea")
        found = party_or_owner(tok) if not placed_at(tok) else None
        if found is not None:
            return found
    sites = (struck_site(tok, type_) for tok in present)
    return next((f for f in sites if f is not None), None) or \
        next((f for f in map(party_or_owner, present) if f is not None), None)


def party_or_owner(tok: Token, depth: int = 0) -> Optional[Token]:
    """The token if it is a party, else the party behind it ("policies of X", "attack by X")."""
    if is_party(tok):
        return tok
    if depth >= 2:
        return None
    owner = noun_actor(tok)
    if owner is not None and is_party(owner):
        return owner
    for prep in OBJECT_PREPS:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == prep:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                found = party_or_owner(pobj, depth + 1) if pobj is not None else None
                if found is not None:
                    return found
    return None


def thing_owner(tok: Token) -> Optional[Token]:
    """The named owner of a thing ("Trump's call" -> Trump), when the noun itself names no party."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or party_noun(tok):
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.ent_type_ not in THING_ENTITIES
                 and (c.pos_ == "PROPN" or c.ent_type_ in PARTY_ENTITIES)), None)


def party_noun(tok: Token) -> bool:
    """A noun that names people or a body by itself ("officials", "the ministry", "protesters")."""
    words = load_actor_words()
    lemma = tok.lemma_.lower()
    return tok.lower_ in words.sectors or lemma in words.sectors or lemma in GROUP_NOUNS or lemma in HUMAN_NOUNS \
        or lemma in PEOPLE_WORDS or lemma in CAPTIVE_NOUNS or (len(lemma) >= 5 and bool(HUMAN_SUFFIX_RE.search(lemma)))


def is_party(tok: Token) -> bool:
    """Can this noun be an actor or target: a name, a nationality, a group, a person?"""
    if any(_code_like(t) for t in (tok, *tok.children) if t.i == tok.i or t.dep_ in CODE_DEPS):
        return False  # a case number, a model number
    if tok.pos_ == "PROPN" or tok.ent_type_ in PARTY_ENTITIES or _camel_name(tok.text):
        return True
    if is_pronoun(tok):
        return tok.lower_ not in ("it", "which", "that", "this")
    if tok.lower_ == "force" and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in tok.children):
        return False  # "threatened to use force": violence, not a police force
    words = load_actor_words()
    lemma = tok.lemma_.lower()
    if tok.lower_ in words.sectors or lemma in words.sectors or lemma in GROUP_NOUNS or lemma in HUMAN_NOUNS \
            or lemma in PEOPLE_WORDS or lemma in CAPTIVE_NOUNS:
        return True
    if tok.pos_ == "NOUN" and len(lemma) >= 5 and HUMAN_SUFFIX_RE.search(lemma):
        return True
    if tok.pos_ == "NOUN" and lemma.endswith(("er", "or")) and _who_clause(tok):
        return True  # "boaters who do not pay": an agent noun a "who" clause marks as people
    if municipal_body(tok):
        return True  # "sued the city", "the county refused": the local government, not "in the town"
    if tok.pos_ == "NOUN" and lemma.endswith(("er", "or")) and tok.i > 0 and tok.doc[tok.i - 1].text == "-":
        return True  # an agent compound: "hostage-takers", "asylum-seekers", "peace-keepers"
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and (
                child.pos_ == "PROPN" or child.ent_type_ in PARTY_ENTITIES):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in PARTY_ENTITIES
                                     or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in pobj.children)):
                return True
    return False


CODE_DEPS = frozenset({"compound", "appos"})


def municipal_body(tok: Token) -> bool:
    """"the city", "the county" as a party (its government), not a place ("in the town")."""
    return tok.lemma_.lower() in MUNICIPAL_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not (tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS)


def _who_clause(tok: Token) -> bool:
    """The noun heads a relative clause introduced by "who" or "whom" (said only of people)."""
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in tok.children)


def _camel_name(text: str) -> bool:
    """"WeWork", "YouTube", "PayPal": a company name the tagger may take for a common noun."""
    return len(text) > 3 and text.isalpha() and text[0].isupper() and any(c.isupper() for c in text[1:]) \
        and not text.isupper()


def _code_like(tok: Token) -> bool:
    """"FHC/ABJ/03/095/2018", "XR-2000": letters and digits mixed, or slashes."""
    text = tok.text
    return "/" in text or (sum(ch.isdigit() for ch in text) >= 2 and any(ch.isalpha() for ch in text))


def roles_of(cand: Candidate) -> tuple[Optional[Token], Optional[Token]]:
    """Actor and target tokens of any candidate."""
    return noun_roles(cand) if cand.kind == "noun" else verb_roles(cand)


def noun_owner(noun: Token, skip: set[int]) -> Optional[Token]:
    owner = noun_actor(noun)
    return owner if owner is not None and owner.i not in skip else None


def _passive_agent(verb: Token) -> Optional[Token]:
    return next((c for c in verb.children if c.dep_ == "agent"), None)


def _complement_target(verb: Token, type_: str, skip: set[int]) -> Optional[Token]:
    """"demanded that the US cancel …" -> the US; "threatened to cut power to X" -> X."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and type_ in COMPLEMENT_SUBJECT_TYPES and not is_pronoun(subj):
                if type_ != "ACCUSE":
                    return subj
                # "alleged that Trump's call was improper": Trump is accused; "claims were …": no one
                return thing_owner(subj) or (subj if is_party(subj) else None)
            if subj is not None and type_ == "ACCUSE":
                return None  # "alleged he raped a girl": the accused is "he", never the victim
            if type_ == "REQUEST" and child.lemma_.lower() in TRAVEL_VERBS:
                continue  # "asked for $1,200 to visit Nanjing": a destination, not the one asked
            let = permitted(child)
            if let is not None:
                return let  # "refused to let the ousted president leave": the president
            found = _first_party([object_target(child, skip), prep_target(child, type_, skip)])
            if found is not None:
                return found
    return None


def noun_roles(cand: Candidate) -> tuple[Optional[Token], Optional[Token]]:
    """Actor and target tokens for a noun trigger (with or without a light verb)."""
    noun = cand.token
    skip = {noun.i} | {t.i for t in cand.extra}
    received = _received(noun)
    if received is not None:
        return received
    victim = _died_of(noun)
    if victim is not None:
        return noun_actor(noun), victim
    actor = noun_actor(noun)
    light = next((t for t in cand.extra if t.pos_ in ("VERB", "AUX")), None)
    if actor is None and light is not None:
        actor = subject_of(light)
    if actor is None and noun.dep_ in ("dobj", "pobj") and cand.verb is not None and noun.head.lower_ != "of" \
            and not (cand.trigger.mode in TOPIC_MODES and cand.verb.lemma_.lower() not in OPENING_VERBS) \
            and not (cand.verb.lemma_.lower() in STOPPING_VERBS and cand.verb not in cand.extra):
        actor = _governing_subject(noun, cand.verb)  # not "crushed the protests": the crushers did not protest
    if actor is None:
        actor = claimed_by(noun)  # "the Taliban claimed responsibility for the attack"
    if actor is None and cand.type == "ASSAULT":
        sides = between(noun) or (between(noun.head) if noun.dep_ == "nsubj" else None)
        if sides is not None:  # also "clashes broke out between X and Y"
            return sides  # "clashes between rival militias", "fighting between X and Y"
    if actor is not None:
        skip.add(actor.i)
    options = [prep_target(noun, cand.type, skip)]
    if cand.trigger.mode == "release":  # "the release of the journalists": those freed
        options.append(_object_prep(noun, skip))
    if light is not None:
        options += [prep_target(light, cand.type, skip), _dative(light, skip)]
    if cand.type == "ACCUSE":
        options.append(claimed_doer(noun))
    if cand.type == "ASSAULT":
        options.append(struck_by(noun))
    return actor, _first_party(options, cand.type)


# Verbs whose subject undergoes the event their object names: "received death threats",
# "faces an inquiry from the SEC", "came under attack", "drew criticism", "attracted protests".
RECEIVING_VERBS = frozenset({"receive", "face", "get", "suffer", "endure", "sustain", "undergo", "weather",
                             "draw", "attract", "incur", "earn"})


def _received(noun: Token) -> Optional[tuple[Optional[Token], Optional[Token]]]:
    """(actor, target) when the noun is what its verb's subject received; None otherwise."""
    if noun.dep_ == "conj" and noun.head.dep_ == "dobj":
        noun = noun.head  # "received a subpoena and an inquiry from …"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "received $2 billion in aid from …", "received tonnes of aid"
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX"):
        verb = noun.head.head  # "came under fire from X", "is under attack"
    elif _target_of(noun):
        verb = noun.head.head.head  # "KBR is the target of a lawsuit filed by X": KBR is sued
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    sender = None
    filed = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "a lawsuit filed by X"
    for holder in (noun, *noun.conjuncts, *filed, verb):
        for child in holder.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                sender = sender or next((c for c in child.children if c.dep_ == "pobj"), None)
    receiver = subject_of(verb)
    if receiver is not None and not is_pronoun(receiver):
        receiver = party_or_owner(receiver)
    if sender is None and verb.i != noun.head.i:
        sender = noun_actor(noun)  # "the subject of an SEC inquiry": the SEC inquires
    return (party_or_owner(sender) if sender is not None else None), receiver


def _target_of(noun: Token) -> bool:
    """"is the target of a lawsuit", "became the subject of an inquiry": the subject undergoes it."""
    head = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and head.dep_ == "attr" and \
        head.lemma_.lower() in ("target", "subject", "focus", "object") and head.head.pos_ in ("VERB", "AUX")


# Verbs of dying: "X died of torture", "succumbed to wounds from the beating": X is the victim.
DEATH_VERBS = frozenset({"die", "succumb", "perish"})


def _died_of(noun: Token) -> Optional[Token]:
    """The subject of "died of / from / as a result of <noun>", when it is a party."""
    node = noun
    if node.dep_ != "pobj":
        return None
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            subj = subject_of(head) if head.lemma_.lower() in DEATH_VERBS else None
            return subj if subj is not None and is_party(subj) else None
        node = head
    return None


def _governing_subject(noun: Token, verb: Token) -> Optional[Token]:
    """"held talks", "resorted to demonstrations": the subject of the verb holding the noun."""
    if verb.lemma_.lower() in NOT_TAKING_PART:
        return None  # "Kyiv condemned the strike"; "the killing sparked protests": no part in it
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.lemma_.lower() == "protest" \
            and not any(c.dep_ == "prep" for c in noun.children):
        return subject_of(verb)  # "climbed onto the platform in protest": the climbers protest
    if noun.dep_ == "pobj" and noun.head.lower_ in SOURCE_PREPS | CIRCUMSTANCE_PREPS:
        return None  # "bore the brunt from tariffs", "was hurt by sanctions": the subject undergoes it
    if noun.dep_ == "pobj" and noun.head.lower_ in ("over", "for") and verb.lemma_.lower() in PUNISHING_VERBS:
        return None  # "expelled diplomats over the killing": the killing is the grievance, not the deed
    if noun.head.i == verb.i or (noun.head.dep_ == "prep" and noun.head.head.i == verb.i):
        return subject_of(verb)
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.ent_type_ == "MONEY" and \
            noun.head.head.dep_ == "dobj" and noun.head.head.head.i == verb.i:
        return subject_of(verb)  # "announced $300 million in military aid for Kyiv"
    return None


def _dative(verb: Token, skip: set[int]) -> Optional[Token]:
    for child in verb.children:
        if child.dep_ in ("dative", "dobj") and child.i not in skip:
            return child
    return None
