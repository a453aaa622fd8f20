"""Whether a finished event record is worth keeping: it must say who did what to whom.

Rules applied while an event's participants are found or once they are known:

- a record with neither an actor nor a target tells an analyst little but a word; kept
  only when its confidence is not low, i.e. a verb reporting a deed ("shots were fired in
  Kabul") or a noun with a named place; an asserted bare noun ("explosions rattled the
  city", "the suspension was revised", "after that visit") is dropped (unasserted records keep
  their label: "get out of Donbas" addresses its party). A protest names its doers by its
  kind ("the protests began in June") and is always kept;
- a warning addressed to the general public ("officials warned people to stay away from
  infected areas", "residents were warned to boil water") is an advisory, not a threat;
  one addressed to a named side ("warned Israeli residents to leave") stays a threat;
- an attack verb whose subject is a common noun that is neither a party, nor a weapon or
  vehicle, nor a violent act is a figure of speech ("reality hit the team hard", "the
  strategy attacks the problem", "the chorus hits");
- a noun naming doers that is the object of another event ("police beat the protesters")
  is that event's target, not a protest of its own; a bare event noun that is the object
  of a verb event of another type ("banned the march") is not done by the verb's subject;
  two coercive measures of different kinds in one sentence ("banned firecrackers,
  arresting 210 people") stay two events;
- an attack verb whose object is a thing that is neither a party, a place, a building, a
  vehicle nor a weapon is a figure of speech ("hits the chorus", "killed the bill");
- an offer with a price is a sale ("is offering the sensor for $30");
- a call or a meeting has two sides: one person and nobody met ("Harper, phoning in from
  London, recalled …") is no consultation;
- a subject that stands for a kind ("a region like Delhi demands deployment", "any country
  such as India") names no actor;
- a visit is a consultation only with a party: a trip to a border, a hospital or a
  building ("visited the border near McAllen", "a visit to the hospital") meets no one.
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.tokens import Doc, Token

from newsgraph.events.actors import Actor, every_target
from newsgraph.events.codes import ASSAULT_MODE_CUES
from newsgraph.events.detect import COUNT_NOUNS, TERRITORY_NOUNS, Candidate, object_of
from newsgraph.events.roles import is_party
from newsgraph.events.agents import crowd_count, is_agent, is_group_of_agents, subject_noun
from newsgraph.model import Event

# Types that tell an event without naming anyone: a protest is done by protesters.
SELF_TELLING_TYPES = frozenset({"PROTEST"})
# Below this confidence a record without participants is dropped (see `drafts.confidence`:
# a verb scores 0.45, a noun 0.35, a named place adds 0.05).
MIN_BARE_CONFIDENCE = 0.4
# Entities that are parties one can meet; a place one only goes to is FAC or LOC.
MEETING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Nouns of places and buildings one visits without meeting a party.
FACILITY_NOUNS = frozenset({
    "border", "hospital", "clinic", "school", "university", "campus", "site", "camp", "base", "plant",
    "factory", "museum", "memorial", "church", "mosque", "temple", "synagogue", "shrine", "prison",
    "jail", "farm", "mine", "port", "airport", "bloc", "settlement", "park", "monument", "cemetery",
    "exhibition", "fair", "area", "zone", "region", "facility", "building", "centre", "center",
    "station", "store", "shop", "restaurant", "zoo", "beach", "island", "mountain", "crossing",
    "wall", "frontier", "home", "house", "office", "headquarters", "ranch", "resort", "town",
    "village", "neighborhood", "neighbourhood", "district", "street", "market", "field",
})


def informative(event_type: str, actors: Sequence[Actor], targets: Sequence[Actor],
                confidence: float, modality: str = "asserted") -> bool:
    """Keep a record that names an actor or a target, a protest, a confident bare report, or
    an unasserted one (it is labelled so, and a command's addressee is its party)."""
    return bool(actors) or bool(targets) or event_type in SELF_TELLING_TYPES or \
        modality != "asserted" or confidence >= MIN_BARE_CONFIDENCE


# The general public as addressed by an advisory.
PUBLIC_NOUNS = frozenset({
    "people", "public", "resident", "citizen", "traveler", "traveller", "tourist", "motorist", "driver",
    "visitor", "consumer", "user", "parent", "patient", "shopper", "commuter", "passenger", "customer",
    "reader", "viewer", "homeowner", "swimmer", "hiker", "pedestrian", "investor", "everyone", "anyone",
})
NAMING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})


def public_advisory(event_type: str, targets: Sequence[Actor], doc: Doc) -> bool:
    """A warning whose every addressee is the unnamed public ("warned people to stay away")."""
    return event_type == "THREATEN" and every_target(targets, doc, _unnamed_public)


def _unnamed_public(tok: Token) -> bool:
    if tok.lemma_.lower() not in PUBLIC_NOUNS and tok.lower_ not in PUBLIC_NOUNS:
        return False
    return not any(t.ent_type_ in NAMING_ENTITIES or t.pos_ == "PROPN" for t in tok.subtree)


# What can do violence besides a party: weapons, vehicles, violent acts and their fire.
ATTACK_MEANS = frozenset().union(*(cues for _, cues in ASSAULT_MODE_CUES)) | frozenset({
    "attack", "strike", "raid", "bombing", "assault", "ambush", "clash", "violence", "fighting",
    "battle", "offensive", "operation", "shelling", "barrage", "firefight", "skirmish", "riot", "mob",
    "crossfire", "volley", "salvo", "fire", "shot", "round", "shrapnel", "projectile", "device",
    "car", "truck", "vehicle", "van", "bus", "lorry", "motorcycle", "boat", "ship", "vessel",
    "warship", "plane", "weapon", "arm", "munition", "ammunition", "gas", "chemical", "poison",
    "force", "unit", "troop", "patrol", "convoy", "squad", "dog", "animal",
    "attempt", "plot", "bid", "effort", "campaign", "wave", "series", "spate",  # frames of the act
})


def figurative_attacker(tok: Token, agent: bool) -> bool:
    """An attack's subject that is a common noun and no party (`agent` False), weapon or act."""
    return tok.pos_ == "NOUN" and not agent and tok.lemma_.lower() not in ATTACK_MEANS and \
        tok.lower_ not in ATTACK_MEANS


def place_visit(mode: str | None, targets: Sequence[Actor], doc: Doc) -> bool:
    """A visit whose every target is a place or a building, not a party one meets."""
    if mode != "visit" or not targets:
        return False
    heads = [doc[t.head] for t in targets if t.head >= 0]
    return len(heads) == len(targets) and all(_mere_place(h) for h in heads)


def _mere_place(tok: Token) -> bool:
    """A facility or landmark (FAC, LOC or a place noun), not a country, city or organisation."""
    if tok.ent_type_ in ("FAC", "LOC"):
        return True
    if tok.ent_type_ in MEETING_ENTITIES and tok.lemma_.lower() not in FACILITY_NOUNS:
        return False
    return tok.lemma_.lower() in FACILITY_NOUNS


def doers_as_objects(cands: list[Candidate]) -> list[Candidate]:
    """"police beat the protesters": a noun naming doers is the object of another event, no event."""
    verbs = {c.token.i for c in cands if c.kind != "noun"}
    verbs |= {c.content.token.i for c in cands if c.content is not None}  # "accused X of killing protesters"
    return [c for c in cands if not (c.kind == "noun" and _doers(c.token) and _object_of_any(c.token, verbs))]


def _doers(tok: Token) -> bool:
    """A plural noun naming people who act ("protesters", "demonstrators")."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and is_agent(tok) and is_party(tok)


def _object_of_any(noun: Token, verbs: set[int]) -> bool:
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "nsubjpass", "pobj") and head.i in verbs


def undergoes(cand: Candidate, verbs: dict[int, str]) -> bool:
    """A bare event noun that is the object of a verb event of another type ("dispersed the rally")."""
    noun = cand.token
    return cand.kind == "noun" and not cand.extra and noun.dep_ in ("dobj", "nsubjpass") and \
        verbs.get(noun.head.i, cand.type) != cand.type


def distinct_measures(one: Event, other: Event) -> bool:
    """"banned firecrackers, arresting 210 people": two coercive measures of different kinds."""
    return one.type == other.type == "COERCE" and one.mode is not None and other.mode is not None \
        and one.mode != other.mode


# Nouns that hold both sides of a talk themselves: "the delegation met", "the summit".
MANY_SIDED = frozenset({"delegation", "coalition", "alliance", "pair", "both", "all", "summit", "parties",
                        "sides", "council", "committee", "cabinet", "group", "team", "panel", "board"})


# What an attack may strike besides a party or a named place.
STRUCK_THINGS = FACILITY_NOUNS | TERRITORY_NOUNS | ATTACK_MEANS | frozenset({
    "target", "position", "post", "checkpoint", "compound", "residence", "embassy", "consulate",
    "pipeline", "bridge", "road", "railway", "rail", "line", "grid", "tower", "dam", "well", "refinery",
    "depot", "warehouse", "installation", "infrastructure", "tanker", "hideout", "stronghold",
    "barracks", "outpost", "trench", "bunker", "shelter", "tent", "mall", "hotel", "bank", "club",
    "bar", "cafe", "nightclub", "stadium", "crowd", "gathering", "procession", "rally", "protest",
    "march", "demonstration", "wedding", "funeral", "ceremony", "head", "body", "leg", "arm", "chest",
    "control", "ground", "hill", "valley", "coast", "front", "frontline", "flank", "perimeter",
    "capital", "parliament", "palace", "ministry", "capitol", "courthouse", "airfield", "airbase",
    "fence", "gate", "barrier", "barricade", "door", "cordon",
})


def figurative_object(verb: Token) -> bool:
    """An attack verb's direct object is a thing no attack strikes ("hits the chorus")."""
    obj = object_of(verb)  # looks through "part of", "a series of"
    if obj is None or obj.dep_ not in ("dobj", "pobj") or obj.pos_ != "NOUN":
        return False
    if obj.dep_ == "pobj" and obj.head.lower_ in ("in", "under", "to"):
        return False  # "shot into crowds and, in one case, …": a circumstance, not what was hit
    inner = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"), None)  # "dozens of girls"
    return not any(_strikable(t) for t in (obj, inner) if t is not None)


def _strikable(tok: Token) -> bool:
    """A party, a place, a building, a vehicle or a weapon: what an attack strikes."""
    if is_party(tok) or is_agent(tok) or tok.ent_type_ in MEETING_ENTITIES | {"FAC", "LOC"}:
        return True
    if tok.lemma_.lower() in COUNT_NOUNS:
        return True  # "killing hundreds", "wounding dozens": so many people
    return tok.lemma_.lower() in STRUCK_THINGS or tok.lower_ in STRUCK_THINGS


def priced_offer(verb: Token) -> bool:
    """"is offering the sensor for $30", "sells at $700": an offer with a price is a sale."""
    for tok in verb.subtree:
        if tok.ent_type_ == "MONEY" and tok.head.dep_ == "prep" and tok.head.lower_ in ("for", "at", "from"):
            return True
    return False


def one_sided_talk(event_type: str, mode: str | None, actors: Sequence[Actor], targets: Sequence[Actor],
                   doc: Doc, cand: Optional[Candidate] = None) -> bool:
    """A consultation with one singular actor and nobody on the other side; for a noun ("a PTO
    meeting", "the board held a meeting"), a body's own session."""
    if event_type != "CONSULT" or mode == "visit" or targets or len(actors) != 1 or actors[0].head < 0:
        return False
    head = doc[actors[0].head]
    if cand is not None and cand.kind == "noun":
        return own_session(cand.token, head)
    return head.tag_ not in ("NNS", "NNPS") and head.lemma_.lower() not in MANY_SIDED


SESSION_VERBS = frozenset({"hold", "convene", "call", "have", "schedule", "open", "adjourn", "attend"})


def own_session(noun: Token, body: Token) -> bool:
    """"during a Parent Teacher Organization meeting", "the county board held a meeting": one
    body (an organisation, not a person, not several parties) meeting on its own."""
    if body.tag_ in ("NNS", "NNPS") or body.ent_type_ in ("PERSON", "NORP", "GPE") or \
            body.lemma_.lower() in ("delegation", "coalition", "alliance", "summit", "parties", "sides", "both", "all"):
        return False
    if (body.head.i == noun.i and body.dep_ in ("compound", "poss", "nmod")) or \
            any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
        return True  # "a PTO meeting", "at its Monday meeting"
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in SESSION_VERBS and \
        any(c.i == body.i for c in verb.children if c.dep_ == "nsubj")


def generic_subject(tok: Token) -> bool:
    """"a region like Delhi", "any country such as India": a kind with examples, not a party."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in tok.children):
        return False
    return any(c.dep_ == "prep" and (c.lower_ == "like" or (c.lower_ == "as" and c.i > 0 and
                                                          tok.doc[c.i - 1].lower_ == "such"))
               for c in tok.children)


# Causes of death that are nobody's act: a disease, a natural hazard or an accident "killing"
# people is no attack ("the Black Death spread across Europe, killing up to 60 percent",
# "two crashes of the jet killed 346 people").
NO_AGENT_CAUSES = frozenset(
    """plague virus disease flu influenza cancer epidemic pandemic outbreak fever cholera ebola
    measles malaria covid coronavirus death storm hurricane typhoon cyclone tornado earthquake
    quake flood flooding tsunami heatwave drought avalanche landslide wildfire
    crash accident collision derailment stampede blaze
    report document record study letter statement footage video photo photograph article""".split())
# (The last row: documents describe deeds and cannot do them: "the reports describe cars hitting …".)


def agent_ok(event_type: str, actor_tok: Optional[Token]) -> bool:
    """Events other than attacks need an agent: "the proposals offer an alternative" is none.

    (An attack may be told by its weapon: "a car bomb killed five"; not by a disease.)
    """
    if actor_tok is None:
        return True
    noun = subject_noun(actor_tok)
    if generic_subject(noun):
        return False  # "a region like Delhi demands …": a kind, no one acts
    agent = is_agent(noun) or is_group_of_agents(noun) or (event_type == "PROTEST" and crowd_count(noun))
    if event_type == "ASSAULT":  # "reality hit the team hard": no attacker, a figure
        return actor_tok.lemma_.lower() not in NO_AGENT_CAUSES and not figurative_attacker(noun, agent)
    return agent
