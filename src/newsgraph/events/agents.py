"""Who can be a party to an event: agents, groups of them, people, places one attacks; and
the dateline that opens a sentence, which names no party ("HANOI, Vietnam (AP) — Esper
accused China" -> Esper, not Hanoi).

A cooperative or verbal event needs someone to do it ("the proposals offer an alternative",
"tensions are threatening to …" are not events).
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from newsgraph.events.actors import is_pronoun, load_actor_words
from newsgraph.events.detect import COUNT_NOUNS, PEOPLE_WORDS
from newsgraph.events.persons import PERSON_NOUNS
from newsgraph.events.roles import GROUP_NOUNS, PARTY_ENTITIES, is_party, municipal_body

# Things one can physically attack that are not parties.
PHYSICAL_TARGETS = frozenset({
    "camp", "base", "convoy", "town", "village", "city", "building", "station", "checkpoint",
    "position", "post", "headquarters", "embassy", "school", "hospital", "church", "mosque",
    "temple", "synagogue", "market", "plant", "ship", "vessel", "tanker", "train", "bus", "car",
    "vehicle", "aircraft", "plane", "airport", "port", "bridge", "facility", "compound", "office",
    "home", "house", "patrol", "outpost", "barracks", "pipeline", "refinery", "field", "area",
    "region", "border", "territory", "stronghold", "village", "prison", "jail", "site", "target",
    "factory", "depot", "warehouse", "consulate", "mission", "hotel", "restaurant", "stadium",
    "district", "province", "county", "suburb", "neighbourhood", "neighborhood", "hill", "ridge", "island",
})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves",
                        "yourselves", "oneself"})
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
spokesperson spokeswoman spokesman counterpart detective surgeon doctor nurse friend colleague
worker guard guardsmen trooper officer
democrat democrats republican republicans liberal liberals conservative conservatives
declaration statement letter report resolution communique decree memo ruling verdict message
demonstration protest rally march petition campaign conference summit tweet post ad territory
junta tribunal jury watchdog cartel clan tribe battalion regiment brigade platoon commando pirate
bandit mercenary paramilitary medic paramedic pope queen prince princess monarch sheikh sultan
ayatollah rabbi pastor bishop archbishop
""".split())
# Head nouns that name people by what they do ("teacher", "veteran", "Americans").
PERSON_SUFFIX_RE = re.compile(r"(?:er|or|ist|ian|an|ant|ent|eer|ee|man|men|person|ese|ite)s?$")
NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                            "PRODUCT", "WORK_OF_ART"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
DASHES = frozenset({"—", "–", "-", "--", "―"})


def raw_object(tok: Token) -> Optional[Token]:
    """The verb's object, passive subject, or what it is aimed "on" or "against"."""
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def physical_or_party(tok: Token) -> bool:
    """A place or a thing one can attack, or a party (not a reflexive "himself")."""
    if tok.lemma_.lower() in PHYSICAL_TARGETS or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    return tok.lower_ not in REFLEXIVES and is_party(tok)


def is_people(tok: Token) -> bool:
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


def crowd_count(tok: Token) -> bool:
    """A bare count of people as a subject: "thousands rallied", "hundreds marched"."""
    return tok.tag_ == "NNS" and tok.dep_ == "nsubj" and tok.lemma_.lower() in COUNT_NOUNS
