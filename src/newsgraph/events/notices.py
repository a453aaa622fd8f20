"""Trigger verbs in notices, descriptions and attributions of cause, which name no event.

- "fires mostly blamed on electrical faults": *blame* on a thing that is no party names a
  cause, not an accusation ("blamed the attack on rebels" accuses the rebels).
- "the panel did what it was asked to do": a request inside a free relative ("what … was
  asked to do") describes doing one's task; no request is reported.
- "Volunteers are asked to register at the desk", "Guests are requested to arrive early": a
  present-tense passive request with no asker, addressed to an unnamed kind of people, is a
  standing notice to the public ("Iran is asked to halt enrichment" names its addressee).
- "will host a dinner for members", "those hosting a party": hosting a social occasion is
  organising it; a host receives a guest (a leader, a delegation) or talks.
- "we had people volunteer": offering oneself for a task pledges nothing to a party.
- "she was in town visiting with her mother": *visit* with no one visited is a stay.
- "94 troops stationed in Iraq sought treatment": a participle of posting that modifies the
  troops says where they serve, not that anyone deployed them.
- "to reduce a deadly threat troops face": a threat no party makes is a hazard; lessening it
  yields nothing to anyone ("reduced the threat from Iran" names the threatening side).
- "was killed when the power washer he was using short-circuited": harm whose cause, told
  in a "when"-clause, is a machine or a mishap and no party or weapon, is an accident.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.codes import ASSAULT_MODE_CUES
from newsgraph.events.roles import is_party

ASK_VERBS = frozenset({"ask", "request", "tell", "urge", "encourage", "invite", "advise", "remind"})
# Occasions one organises: hosting them receives no party.
SOCIAL_OCCASIONS = frozenset({
    "party", "dinner", "lunch", "luncheon", "breakfast", "brunch", "banquet", "gala", "picnic", "barbecue",
    "walk", "run", "race", "fundraiser", "festival", "concert", "fair", "show", "sale", "auction",
    "tournament", "workshop", "class", "seminar", "open house", "celebration", "dance", "bazaar",
    "screening", "exhibit", "exhibition", "contest", "competition", "game", "match", "tour", "clinic",
})
NAMING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})


def notice_sense(verb: Token) -> bool:
    """A trigger verb in a notice, a description or a cause (see the module docstring)."""
    return blames_a_thing(verb) or did_as_asked(verb) or standing_notice(verb) or hosts_occasion(verb) or \
        volunteers_self(verb) or visits_no_one(verb) or harm_by_mishap(verb) or posted_there(verb) or \
        lessens_a_hazard(verb)


def blames_a_thing(verb: Token) -> bool:
    """"outages blamed on old cables": the cause named by *blame … on* is no party."""
    if verb.lemma_.lower() != "blame":
        return False
    if any(c.dep_ == "dobj" and is_party(c) for c in verb.children):
        return False  # "blamed the government for the floods"
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "on":
            cause = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return cause is not None and not is_party(cause) and cause.pos_ != "PRON"
    return False


def did_as_asked(verb: Token) -> bool:
    """"did what it was asked to do": the request is told only as the measure of a task done."""
    if verb.lemma_.lower() not in ASK_VERBS:
        return False
    return any(t.lower_ == "what" and t.tag_ in ("WP", "WDT") and t.i < verb.i for t in verb.subtree)


def standing_notice(verb: Token) -> bool:
    """"Volunteers are asked to register": a present passive request to an unnamed public."""
    if verb.lemma_.lower() not in ASK_VERBS or verb.tag_ != "VBN":
        return False
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    if not aux or aux[0].lower_ not in ("is", "are") or any(c.dep_ == "agent" for c in verb.children):
        return False
    addressee = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if addressee is None:
        return True
    if addressee.pos_ == "PRON" and addressee.lower_ not in ("those", "anyone", "everyone"):
        return False  # "they are asked to leave": a party told of before
    return not any(t.ent_type_ in NAMING_ENTITIES or t.pos_ == "PROPN" for t in addressee.subtree)


def hosts_occasion(verb: Token) -> bool:
    """"will host a dinner for members": hosting a social occasion, no guest received."""
    if verb.lemma_.lower() != "host":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in SOCIAL_OCCASIONS and obj.ent_type_ not in NAMING_ENTITIES


def volunteers_self(verb: Token) -> bool:
    """"people volunteered", "volunteered to get involved": offering oneself for a task is no
    pledge to a party unless the task names one ("volunteered to help the flood victims")."""
    if verb.lemma_.lower() != "volunteer":
        return False
    if any(c.dep_ in ("dobj", "dative") and is_party(c) for c in verb.children):
        return False
    tasks = [c for c in verb.children if c.dep_ in ("xcomp", "prep")]
    return not any(is_party(t) for task in tasks for t in task.subtree if t is not task)


def visits_no_one(verb: Token) -> bool:
    """"was in Oxford visiting along with her mother": a visit with nobody and nothing visited."""
    if verb.lemma_.lower() != "visit" or verb.tag_ == "VBN":
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "DET", "PRON", "NUM"):
        return False  # "visited residents in Sharon" parsed with the residents elsewhere
    return not any(c.dep_ in ("dobj", "nsubjpass", "dative") or (c.dep_ == "prep" and c.lower_ in ("with", "to"))
                   for c in verb.children)


HARM_VERBS = frozenset({"kill", "injure", "hurt", "wound", "electrocute", "burn"})
# What kills in an attack besides a party: weapons (the ASSAULT mode cues) and their fire.
ATTACK_CAUSES = frozenset().union(*(cues for _, cues in ASSAULT_MODE_CUES)) | frozenset({
    "attacker", "gunman", "gunmen", "militant", "soldier", "troop", "fire", "shot", "gunfire", "missile",
    "rocket", "shell", "bomb", "blast", "explosion", "device", "grenade", "car", "truck", "vehicle", "mob",
})


def harm_by_mishap(verb: Token) -> bool:
    """"was killed when the power washer short-circuited": no one did it, a thing failed."""
    if verb.lemma_.lower() not in HARM_VERBS or any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return False
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
            continue
        cause = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if cause is not None and cause.pos_ == "NOUN" and not is_party(cause) and \
                cause.lemma_.lower() not in ATTACK_CAUSES:
            return True
    return False


POSTING_VERBS = frozenset({"station", "base", "garrison", "post"})


def posted_there(verb: Token) -> bool:
    """"troops stationed in Iraq": a reduced relative of posting describes, it reports no move."""
    return verb.lemma_.lower() in POSTING_VERBS and verb.dep_ == "acl" and verb.tag_ == "VBN"


HAZARD_NOUNS = frozenset({"threat", "risk", "danger", "hazard"})
LESSENING_VERBS = frozenset({"reduce", "lower", "ease", "cut", "lessen", "minimize", "minimise", "mitigate"})


def lessens_a_hazard(verb: Token) -> bool:
    """"racing to reduce a deadly threat troops face": a danger nobody poses, made smaller."""
    if verb.lemma_.lower() not in LESSENING_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() not in HAZARD_NOUNS:  # "a threat troops face" misparsed
        obj = next((c for c in obj.lefts if c.dep_ == "compound" and c.lemma_.lower() in HAZARD_NOUNS), None)
    if obj is None:
        return False
    owners = [c for c in obj.children if c.dep_ in ("poss", "compound", "amod") and is_party(c)]
    posers = [p for c in obj.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
              for p in c.children if p.dep_ == "pobj" and is_party(p)]
    return not owners and not posers
