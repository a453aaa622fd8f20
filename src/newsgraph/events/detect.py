"""Find event triggers in a sentence and resolve light, reversal and frame verbs.

A `Candidate` is one trigger: its head token, the lexicon row it matched, and the
tokens that say it. Verbs are matched most specific first (verb + particle, verb +
object, plain verb); a light verb ("staged a protest") takes its object noun's type;
a reversal verb ("lifted the curfew") turns its object's type around; a frame verb
("vowed to retaliate") takes its type from its complement.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Span, Token

from newsgraph.events.codes import COOPERATIVE
from newsgraph.events.lexicon import Lexicon, Trigger

PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "dobj"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
# "a wave of attacks", "a round of talks", "a state of emergency": look through "of".
QUANTIFIER_NOUNS = frozenset({
    "series", "wave", "round", "state", "spate", "string", "act", "campaign", "number",
    "kind", "form", "day", "week", "month", "year", "hour", "barrage", "volley", "string",
    "flurry", "cycle", "resumption", "start", "end", "escalation", "threat", "plan", "effort",
    "part", "program", "programme", "operation", "mission", "process",
})
# Complement links along which a verbal event's content lies.
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "acl", "amod", "compound",
                          "attr", "pcomp", "advcl", "oprd"})
# Verbal events whose complement did not (yet) happen: "agreed to withdraw", "demanded talks".
ABSORBING_TYPES = frozenset({"AGREE", "CONSULT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                             "CONCEDE", "POLAR", "INTENT", "PREPARE"})
INTENT_ADJECTIVES = frozenset({"ready", "willing", "prepared", "determined", "eager", "keen",
                               "committed"})
# A reversed restriction becomes CONCEDE, a reversed military measure RETREAT, reversed
# cooperation SANCTION, a reversed protest or attack CONCEDE / RETREAT.
REVERSED = {
    "COERCE": "CONCEDE", "SANCTION": "CONCEDE", "PROTEST": "CONCEDE", "THREATEN": "CONCEDE",
    "ASSAULT": "RETREAT", "MOBILIZE": "RETREAT",
    "CONSULT": "SANCTION", "AID": "SANCTION", "COOPERATE": "SANCTION", "SUPPORT": "SANCTION",
    "AGREE": "SANCTION", "ACCUSE": "REJECT",  # "denied the allegations"
}
MILITARY_RESTRICTIONS = frozenset({"blockade", "siege"})
NAME_ENTITIES = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "DATE",
                           "TIME", "PRODUCT", "LANGUAGE"})
TERRITORY_VERBS = frozenset({"seize", "take", "capture", "occupy", "retake", "recapture", "overrun",
                             "liberate", "control", "annex"})
TERRITORY_NOUNS = frozenset({"territory", "town", "city", "village", "region", "area", "land",
                             "province", "district", "base", "airport", "port", "stronghold", "mile",
                             "kilometre", "kilometer", "hill", "border", "settlement"})
# Verbs that are events only when done to people: "released prisoners", not "released a video".
PARTY_OBJECT_VERBS = frozenset({"release", "free", "evacuate", "execute", "receive", "host", "target",
                                "drag", "evict", "sentence"})
# Reversing an accusation by denying it is a rejection; dropping or ending one is a concession.
DENIAL_VERBS = frozenset({"deny"})
# Verbs that are events only with a recipient: "provided arms to X", not "provided clarity".
DIRECTED_VERBS = {"provide": ("to", "for"), "share": ("with",), "supply": ("to", "for"),
                  "give": ("to",), "send": ("to",), "distribute": ("to", "among")}
ORDER_ADOPTS = frozenset({"COERCE", "SANCTION", "ASSAULT", "MOBILIZE"})


@dataclass
class Candidate:
    """One trigger in a sentence."""

    token: Token  # the head token of the trigger (verb, or noun for noun triggers)
    trigger: Trigger
    kind: str  # verb | noun | frame | adjective
    verb: Optional[Token] = None  # the clause verb whose arguments are the event's
    extra: list[Token] = field(default_factory=list)
    content: Optional["Candidate"] = None  # for frames: the complement's event
    absorbed: bool = False
    reversed: bool = False
    undone: str = ""  # for a reversal: the type of the measure undone ("lifted the curfew": COERCE)

    @property
    def type(self) -> str:
        return self.trigger.type


def find_candidates(sent: Span, lexicon: Lexicon) -> list[Candidate]:
    """Every trigger in the sentence, before frames and absorption are resolved."""
    found: list[Candidate] = []
    consumed: set[int] = set()
    tokens = list(sent)
    for tok in tokens:
        if tok.dep_ == "amod":
            continue
        if tok.pos_ in ("VERB", "AUX") and (verb_lemma(tok, lexicon.verb_lemmas) in lexicon.verb_lemmas
                                            or tok.lemma_.lower() in SPECIAL_VERBS):
            cand = _verb_candidate(tok, lexicon, consumed)
            if cand:
                found.append(cand)
        elif tok.pos_ == "ADJ" and tok.lower_ in INTENT_ADJECTIVES:
            found.append(Candidate(tok, Trigger("INTENT", None, None, tok.lower_), "adjective", tok.head))
    taken = {c.token.i for c in found} | {t.i for c in found for t in c.extra}
    for tok in tokens:
        if tok.i in consumed or tok.i in taken or not _noun_slot(tok):
            continue
        trig = _under_fire(tok) or noun_trigger(tok, lexicon)
        if trig and trig.type == "MOBILIZE" and not _forces_of(tok):
            continue  # "the deployment of renewable energy", "air quality alerts"
        if trig and not _source_topic(tok):
            found.append(Candidate(tok, trig, "noun", _noun_verb(tok)))
    found.extend(_obligations(tokens, {c.token.i for c in found} | taken))
    found.extend(_verdicts(tokens, {c.token.i for c in found} | taken))
    return found


# Saying that a party's act "was inappropriate", "is illegal": a condemnation (CAMEO 11).
CONDEMNING_ADJECTIVES = frozenset({
    "inappropriate", "improper", "illegal", "unlawful", "unacceptable", "wrong", "unconstitutional",
    "irresponsible", "reckless", "outrageous", "shameful", "disgraceful", "dangerous", "corrupt",
    "abusive", "criminal", "illegitimate", "deplorable", "unjustified", "unjustifiable", "immoral",
})
VERDICT_SPEECH = frozenset({"say", "tell", "testify", "argue", "insist", "state", "declare", "write",
                            "conclude", "contend", "maintain", "assert"})


def _polled(verb: Token) -> bool:
    """"51 percent say …", "most Americans say …": a poll's share, not a party taking a stand."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is None or subj.ent_type_ in ("PERCENT", "CARDINAL", "QUANTITY") or \
        subj.lemma_.lower() in ("percent", "%", "majority", "most", "many", "some", "few")


def _verdicts(tokens: list[Token], taken: set[int]) -> list[Candidate]:
    """"told lawmakers that Trump's request was inappropriate": the speaker condemns its doer."""
    out = []
    for tok in tokens:
        if tok.pos_ != "VERB" or tok.i in taken or tok.lemma_.lower() not in VERDICT_SPEECH or _polled(tok):
            continue
        for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            judged = any(c.dep_ == "acomp" and c.lower_ in CONDEMNING_ADJECTIVES for c in clause.children)
            if judged and subj is not None and subj.pos_ in ("NOUN", "PROPN") and \
                    not any(c.dep_ == "neg" for c in clause.children):
                hearers = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
                out.append(Candidate(tok, Trigger("ACCUSE", None, "11", "said X was wrong"), "verb", tok, hearers))
    return out


# "people familiar with the talks", "officials briefed on the negotiations": a source's
# description, not a report of the event.
SOURCE_WORDS = frozenset({"familiar", "brief", "briefed", "knowledgeable", "privy", "close"})


# Who fires real shots: "came under fire from insurgents" is an attack, "came under fire
# from critics" (or "for his remarks") a rebuke.
ARMED_NOUNS = frozenset({
    "insurgent", "militant", "rebel", "gunman", "gunmen", "sniper", "soldier", "troop", "army", "force",
    "militia", "fighter", "terrorist", "jihadist", "enemy", "artillery", "tank", "jet", "helicopter",
    "convoy", "patrol", "base", "position", "checkpoint", "vessel", "ship", "aircraft", "drone",
})


def _under_fire(noun: Token) -> Optional[Trigger]:
    """"X came under fire (for / over / from …)": a rebuke of X, or an attack on it by armed men."""
    if noun.lower_ != "fire" or noun.dep_ != "pobj" or noun.head.lower_ != "under" or \
            noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = noun.head.head
    near = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    near += [p for c in (*verb.children, *noun.children) if c.dep_ == "prep" and c.lower_ == "from"
             for p in c.children if p.dep_ == "pobj"]
    near += [c for c in noun.children if c.dep_ in ("compound", "amod")]  # "enemy fire", "sniper fire"
    if any(t.lemma_.lower() in ARMED_NOUNS or t.lower_ in ARMED_NOUNS for t in near):
        return Trigger("ASSAULT", "firearms", "19", "under fire")
    return Trigger("ACCUSE", None, "11", "under fire")


def _source_topic(noun: Token) -> bool:
    """The noun is what an anonymous source knows about ("familiar with the talks")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("with", "on", "to") or prep.head.i == prep.i:
        return False
    holder = prep.head
    return holder.lower_ in SOURCE_WORDS or holder.lemma_.lower() in SOURCE_WORDS


def _noun_slot(tok: Token) -> bool:
    """A noun that can name an event: not part of a name or date, not a modifier of another noun."""
    if tok.pos_ not in ("NOUN", "PROPN") and not (tok.pos_ == "VERB" and tok.tag_ in ("NN", "NNS")):
        return False
    if tok.ent_type_ in NAME_ENTITIES:
        return False
    if tok.dep_ == "compound" and tok.head.lemma_.lower() not in QUANTIFIER_NOUNS:
        return False
    return True


def _obligations(tokens: list[Token], taken: set[int]) -> list[Candidate]:
    """"X said Y must hand over the suspects": a demand, whatever the verb. A past duty ("said the
    problems should have been fixed long ago") can no longer be met: it is a reproach (ACCUSE)."""
    out = []
    for tok in tokens:
        if tok.pos_ == "VERB" and tok.i not in taken and any(
                c.dep_ == "aux" and c.lower_ in ("must", "should") for c in tok.children):
            perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children)
            trig = Trigger("ACCUSE", None, "11", "should have") if perfect else Trigger("REQUEST", None, "10", "must")
            out.append(Candidate(tok, trig, "obligation", tok))
    return out


def noun_trigger(tok: Token, lexicon: Lexicon) -> Optional[Trigger]:
    """The lexicon row for a noun (with a modifier, if one makes it more specific)."""
    lemma = tok.lemma_.lower()
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nmod"):
            trig = lexicon.noun_modifiers.get((child.lemma_.lower(), lemma)) or \
                lexicon.noun_modifiers.get((child.lower_, lemma))
            if trig:
                return trig
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        trig = lexicon.noun_modifiers.get((head.head.lemma_.lower(), lemma))
        if trig:
            return trig
    trig = lexicon.nouns.get(lemma) or lexicon.nouns.get(tok.lower_)
    if trig and lemma == "strike":
        return _strike_sense(tok, trig, lexicon)
    return trig


def _strike_sense(tok: Token, trig: Trigger, lexicon: Lexicon) -> Trigger:
    """A labour strike when the words around it say so ("went on strike"), else an attack."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ in ("go", "be", "remain"):
        return lexicon.noun_modifiers.get(("general", "strike"), trig)
    if verb_lemma(head, lexicon.verb_lemmas) in ("call", "organize", "organise", "stage", "hold", "end", "join") \
            and not any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children):
        return lexicon.noun_modifiers.get(("general", "strike"), trig)  # "staged" may be lemmatised "stag"
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in STRIKE_SPANS for c in tok.lefts):
        return lexicon.noun_modifiers.get(("general", "strike"), trig)  # "a 24-hour strike": a stoppage
    return trig


# A strike that lasts hours or days is a stoppage of work ("a 48-hour strike", "a one-day strike").
STRIKE_SPANS = frozenset({"hour", "day", "week", "month"})


def _noun_verb(tok: Token) -> Optional[Token]:
    """The verb a noun trigger hangs from (for its subject), or None."""
    head = tok.head
    steps = 0
    while head is not None and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 3:
        head = head.head
        steps += 1
    return head if head is not None and head.pos_ in ("VERB", "AUX") else None


def verb_lemma(tok: Token, known: frozenset[str]) -> str:
    """The token's lemma, or a regular base form of it the lexicon knows ("staged" -> "stage").

    The small English model sometimes lemmatises wrongly ("staged" -> "stag"); the
    regular inflections of the word itself are tried before giving up.
    """
    lemma = tok.lemma_.lower()
    if lemma in known:
        return lemma
    text = tok.lower_
    for suffix, cuts in (("ed", (1, 2, 3)), ("ing", (3, 4)), ("es", (1, 2)), ("s", (1,))):
        if text.endswith(suffix):
            stem = text[:-len(suffix)]
            for cut in cuts:
                if cut == len(suffix) + 1 and not (len(stem) > 2 and stem[-1] == stem[-2]):
                    continue  # "banned" -> "ban", but "banging" is not "ban"
                base = text[:-cut]
                for form in (base, base + "e"):
                    if form in known:
                        return form
    return lemma


def _verb_candidate(tok: Token, lexicon: Lexicon, consumed: set[int]) -> Optional[Candidate]:
    lemma = verb_lemma(tok, lexicon.verb_lemmas)
    if lemma in CUSTODY_VERBS and _in_custody(tok):
        return Candidate(tok, Trigger("COERCE", "detain", "17", f"{lemma} in custody"), "verb", tok)
    if lemma in NAMING_VERBS and _named_pejoratively(tok):  # "called the inquiry a witch hunt"
        consumed.update(c.i for c in tok.children if c.dep_ in ("dobj", "oprd"))
        return Candidate(tok, Trigger("ACCUSE", None, "11", f"{lemma} X a sham"), "verb", tok)
    if lemma == "work" and _works_with_authority(tok):  # "Interpol is working with Spanish police"
        return Candidate(tok, Trigger("COOPERATE", None, "06", "work with"), "verb", tok)
    if lemma in CONFINING_VERBS and _into_custody(tok):  # "took the suspect into custody"
        return Candidate(tok, Trigger("COERCE", CONFINING_VERBS[lemma], "17", f"{lemma} into custody"), "verb", tok)
    weapons = _given_arms(tok) if lemma in ARMS_GIVING_VERBS else None
    if weapons is not None:  # "handed over tanks to Kyiv": aid, not a hand-over
        consumed.add(weapons.i)
        return Candidate(tok, Trigger("AID", "military", "07", f"{lemma} arms"), "verb", tok, [weapons])
    for child in tok.children:
        if child.dep_ in PARTICLE_DEPS:
            key = (lemma, child.lower_)
            if any(p.ent_type_ in ("DATE", "TIME") for p in child.children):
                continue  # "remained in custody on Tuesday": a date, not a particle
            moved = object_of(tok) if lemma in PARTY_OBJECT_VERBS else None
            if key in lexicon.verb_particles and moved is not None and not _party_like(moved):
                return None  # "dragged out the talks": a person must be moved
            if key in lexicon.verb_particles:
                return _with_object(tok, lexicon.verb_particles[key], [child], lexicon, consumed)
            if key in lexicon.reversal_particles:
                return _reversal(tok, [child], lexicon, consumed)
    obj = object_of(tok)
    if obj is not None:
        trig = lexicon.verb_objects.get((lemma, obj.lemma_.lower()))
        if trig:
            consumed.add(obj.i)
            return Candidate(tok, trig, "verb", tok, [obj])
        if lemma in MONEY_GIVING_VERBS and obj.ent_type_ == "MONEY" and _has_recipient(tok, ("to",)):
            return Candidate(tok, Trigger("AID", "economic", "07", f"{lemma} money"), "verb", tok)  # "gave $5,000 to"
        if lemma in RELIEF_GIVING_VERBS and _relief(_goods(obj)) and _has_recipient(tok, ("to",)):
            return Candidate(tok, Trigger("AID", "humanitarian", "07", f"{lemma} relief"), "verb", tok)
        if lemma == "treat" and _the_wounded(counted(obj)):  # "doctors treated dozens of wounded fighters"
            return Candidate(tok, Trigger("AID", "humanitarian", "07", "treat wounded"), "verb", tok)
        if lemma in SENDING_VERBS and _armed_forces(obj):  # "sent two aircraft carriers to the region"
            return Candidate(tok, Trigger("MOBILIZE", "troops", "15", f"{lemma} forces"), "verb", tok)
        if lemma in TERRITORY_VERBS and (obj.ent_type_ in ("GPE", "LOC") or obj.lemma_.lower() in TERRITORY_NOUNS):
            return Candidate(tok, Trigger("ASSAULT", None, "19", f"{lemma} territory"), "verb", tok)
        if lemma in PARTY_OBJECT_VERBS and not _party_like(obj):
            return None
        if lemma in FORCE_VERBS and not _force_like(obj):
            return None  # "deploying cleaner technology": no force is moved
        if lemma in ACCEPTING_VERBS and obj.lemma_.lower() in BORNE_NOUNS:
            return None  # "accept the tradeoffs", "accepted the risk": no offer or demand agreed to
    if lemma in DIRECTED_VERBS and not _has_recipient(tok, DIRECTED_VERBS[lemma]):
        return None
    if lemma == "bar" and not _barred_from(tok):
        return None  # "barring a miracle": except for, no ban
    if lemma in lexicon.reversal:
        cand = _reversal(tok, [], lexicon, consumed)
        if cand:
            return cand
    if lemma in lexicon.light and obj is not None and _noun_slot(obj):  # not "announced … in March"
        trig = noun_trigger(obj, lexicon)
        if trig:
            consumed.add(obj.i)
            return Candidate(obj, trig, "noun", tok, [tok])
    if lemma in lexicon.frames:
        return Candidate(tok, lexicon.frames[lemma], "frame", tok)
    if lemma in WANT_VERBS and _wanted_of_other(tok):
        return Candidate(tok, Trigger("REQUEST", None, "10", f"{lemma} to"), "verb", tok)
    if lemma in lexicon.verbs:
        return Candidate(tok, lexicon.verbs[lemma], "verb", tok)
    return None


# Giving a sum of money to a party is economic aid ("has given $220,000 to local groups").
MONEY_GIVING_VERBS = frozenset({"give", "award", "grant", "donate", "contribute"})
# Handing weapons to a party is military aid ("will send tanks to Ukraine").
ARMS_GIVING_VERBS = frozenset({"send", "deliver", "supply", "ship", "transfer", "provide", "give", "sell", "hand"})
WEAPON_NOUNS = frozenset({"tank", "missile", "weapon", "arm", "ammunition", "munition", "rocket", "launcher",
                          "interceptor", "gun", "rifle", "artillery", "shell", "drone", "warhead", "howitzer"})


# Bodies one works with in a joint effort ("working with police", "with their Belgian counterparts").
AUTHORITY_NOUNS = frozenset({"police", "authority", "investigator", "prosecutor", "agency", "government",
                             "army", "military", "force", "counterpart", "official", "guard", "ministry",
                             "navy", "service", "intelligence", "troop", "detective", "interpol", "fbi"})


def _works_with_authority(verb: Token) -> bool:
    """"are working with Spanish police", "coast guards are working together": a joint effort of
    public bodies (not "works with children", "worked with the band")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in AUTHORITY_NOUNS and subj.ent_type_ not in ("ORG", "GPE", "NORP"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children):
        return any(c.dep_ == "conj" for c in subj.children) or \
            any(c.dep_ in ("amod", "compound") and c.conjuncts for c in subj.children)
    return any(p.lemma_.lower() in AUTHORITY_NOUNS or p.ent_type_ in ("ORG", "GPE")
               for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
               for p in c.children if p.dep_ == "pobj")


# Handing out relief goods to people is humanitarian aid ("delivered flour to 40,000 families").
RELIEF_GIVING_VERBS = frozenset({"deliver", "distribute", "hand", "send", "ship", "bring", "airlift", "airdrop",
                                 "truck", "fly", "give", "provide", "supply"})
RELIEF_NOUNS = frozenset({"food", "flour", "grain", "wheat", "rice", "blanket", "tent", "medicine", "vaccine",
                          "meal", "ration", "parcel", "aid", "relief", "clothing", "shelter", "tarpaulin", "biscuit"})
# Supplies are relief only when said to be: "medical supplies", not "supplies to retailers".
RELIEF_KINDS = frozenset({"medical", "humanitarian", "relief", "emergency", "food", "aid"})
CASUALTY_WORDS = frozenset({"wounded", "injured", "casualty", "casualties"})
MEASURE_NOUNS = frozenset({"tonne", "ton", "truckload", "load", "bag", "sack", "shipment", "consignment", "carton",
                           "box", "package", "kilogram", "litre", "liter", "gallon", "barrel", "dose", "pallet"})


def _relief(goods: Token) -> bool:
    """Food, tents, medicine or supplies called medical or humanitarian."""
    if goods.lemma_.lower() in ("supply", "supplies", "item", "good", "kit"):
        return any(c.dep_ in ("amod", "compound") and c.lower_ in RELIEF_KINDS for c in goods.children)
    return goods.lemma_.lower() in RELIEF_NOUNS


def _goods(obj: Token) -> Token:
    """"5,000 tonnes of flour", "thousands of blankets": the goods after a measure or count."""
    obj = counted(obj)
    if obj.lemma_.lower() in MEASURE_NOUNS:
        return next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), obj)
    return obj


def _the_wounded(obj: Token) -> bool:
    """"the wounded", "injured civilians", "casualties": people hurt in violence."""
    return obj.lemma_.lower() in CASUALTY_WORDS or obj.lower_ in CASUALTY_WORDS or \
        any(c.dep_ == "amod" and c.lower_ in CASUALTY_WORDS for c in obj.children)


# Sending troops or warships somewhere (not arms to a party, which is aid) is a show of force.
SENDING_VERBS = frozenset({"send", "dispatch", "move", "rush", "redeploy"})
ARMED_FORCES = frozenset({"troop", "soldier", "sailor", "airman", "trooper", "warship", "carrier", "destroyer", "frigate", "submarine",
                          "jet", "bomber", "reinforcement", "battalion", "brigade", "regiment", "squadron",
                          "fleet", "marine", "paratrooper", "commando", "gunboat", "peacekeeper"})


def _armed_forces(obj: Token) -> bool:
    """Troops or warships ("two aircraft carriers", "3,000 troops", "military forces")."""
    lemma = obj.lemma_.lower()
    if lemma == "force":
        return obj.tag_ == "NNS" and any(c.lemma_.lower() in FORCE_MODIFIERS
                                         for c in obj.children if c.dep_ in ("amod", "compound"))
    return lemma in ARMED_FORCES and obj.ent_type_ not in ("ORG", "PERSON")


# "should remain in jail", "kept in custody": being held.
CUSTODY_VERBS = frozenset({"remain", "stay", "keep"})
CUSTODY_NOUNS = frozenset({"jail", "custody", "prison", "detention", "gaol", "arrest"})


# A ruling's "should"/"must" is binding: "the judge ruled that X should remain in jail".
RULING_VERBS = frozenset({"rule", "order", "decide", "direct"})


# Calling something by a name of contempt is denouncing it: "called the process a sham".
NAMING_VERBS = frozenset({"call", "label", "brand", "dub", "term", "deem"})
PEJORATIVES = frozenset({
    "sham", "hoax", "farce", "travesty", "charade", "disgrace", "scam", "fraud", "lie", "witch hunt",
    "hunt", "joke", "circus", "smear", "coup", "fiasco", "outrage", "insult", "stunt", "propaganda",
    "fake", "illegitimate", "unconstitutional", "illegal", "racist", "disgraceful", "shameful", "absurd",
    "ridiculous", "baseless", "false", "corrupt", "unacceptable", "criminal", "treasonous", "dishonest",
})


def _named_pejoratively(verb: Token) -> bool:
    """The verb's second object ("a sham", "illegitimate") is a word of contempt."""
    return any(c.dep_ in ("oprd", "acomp", "xcomp") and c.lemma_.lower() in PEJORATIVES for c in verb.children) \
        and any(c.dep_ == "dobj" for c in verb.children)


# Verbs that put someone into custody: "took X into custody", "placed X in detention".
CONFINING_VERBS = {"take": "arrest", "place": "detain", "put": "detain", "throw": "detain"}


def _into_custody(verb: Token) -> bool:
    """A person is moved into custody, jail or detention by the verb ("placed under arrest")."""
    return any(c.dep_ == "prep" and c.lower_ in ("into", "in", "under") and any(
        p.dep_ == "pobj" and p.lemma_.lower() in CUSTODY_NOUNS for p in c.children) for c in verb.children) \
        and any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _in_custody(verb: Token) -> bool:
    """A ruling keeps someone in custody ("ruled that X should remain in jail"); a bare
    "remained in custody" is a state, not an event."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in RULING_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in CUSTODY_NOUNS for p in c.children) for c in verb.children)


QUOTE_MARKS = frozenset({"“", "”", '"', "‘", "’"})
# "X wants Y to do Z": wanting a deed of someone else is demanding it of them.
WANT_VERBS = frozenset({"want"})
# Verbs the lexicon does not list that are events in some constructions (checked per verb).
SPECIAL_VERBS = WANT_VERBS | CUSTODY_VERBS | NAMING_VERBS | SENDING_VERBS | CONFINING_VERBS.keys() | \
    RELIEF_GIVING_VERBS | {"treat", "work"}


def _wanted_of_other(verb: Token) -> bool:
    """The verb's infinitive complement has its own party subject or the verb a party object."""
    from newsgraph.events.roles import is_party

    wanter = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if wanter is None or wanter.lower_ in ("i", "you") or \
            (wanter.lower_ == "we" and not any(t.text in QUOTE_MARKS for t in verb.sent)):
        return False  # the writer's or the reader's wish is no demand
    for comp in verb.children:
        if comp.dep_ not in ("ccomp", "xcomp") or comp.tag_ != "VB" or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            continue
        doers = [c for c in comp.children if c.dep_ == "nsubj"] + \
            [c for c in verb.children if c.dep_ == "dobj"]
        if any(is_party(d) for d in doers):
            return True
    return False


def _with_object(tok: Token, trig: Trigger, extra: list[Token], lexicon: Lexicon,
                 consumed: set[int]) -> Candidate:
    """A verb + particle row, unless a verb + object row is more specific."""
    obj = object_of(tok)
    if obj is not None:
        specific = lexicon.verb_objects.get((tok.lemma_.lower(), obj.lemma_.lower()))
        if specific:
            consumed.add(obj.i)
            return Candidate(tok, specific, "verb", tok, [*extra, obj])
    return Candidate(tok, trig, "verb", tok, extra)


def _reversal(tok: Token, extra: list[Token], lexicon: Lexicon, consumed: set[int]) -> Optional[Candidate]:
    """"lift the curfew" -> CONCEDE; "suspend aid" -> SANCTION; None without an object trigger."""
    obj = object_of(tok)
    if tok.lemma_.lower() == "suspend" and obj is not None and obj.ent_type_ in ("GPE", "ORG"):
        return Candidate(tok, Trigger("SANCTION", None, "16", "suspend member"), "verb", tok)  # "suspended Niger"
    target: Optional[Token] = None
    trig: Optional[Trigger] = None
    if obj is not None:
        trig = noun_trigger(obj, lexicon)
        target = obj
        for child in obj.lefts:
            if trig is None and child.dep_ == "compound":
                trig, target = noun_trigger(child, lexicon), child
    if trig is None:
        for child in tok.children:
            if child.dep_ == "xcomp" and child.lemma_.lower() in lexicon.verbs:
                trig, target = lexicon.verbs[child.lemma_.lower()], child
                break
    if trig is None or target is None or trig.type not in REVERSED:
        return None
    if target.pos_ == "VERB" and tok.lemma_.lower() in DENIAL_VERBS:
        return None  # "denied attacking the journalist": a denial of a deed, no reversal of it
    consumed.add(target.i)
    new_type = REVERSED[trig.type]
    if trig.type == "ACCUSE" and tok.lemma_.lower() not in DENIAL_VERBS:
        new_type = "CONCEDE"  # "prosecutors dropped the investigation"
    if trig.type == "COERCE" and target.lemma_.lower() in MILITARY_RESTRICTIONS:
        new_type = "RETREAT"
    pattern = f"{tok.lemma_.lower()} {target.lemma_.lower()}"
    mode = trig.mode if new_type == "SANCTION" and trig.type != "CONSULT" else None
    cand = Candidate(tok, Trigger(new_type, mode, None, pattern), "verb", tok, [*extra, target])
    cand.reversed = True
    cand.undone = trig.type
    return cand


def _party_like(tok: Token) -> bool:
    from newsgraph.events.roles import is_party

    return is_party(tok) or tok.pos_ in ("NUM",) or tok.lemma_.lower() in PEOPLE_WORDS


# Verbs of a show of force: an event only when forces or arms are moved ("deployed troops",
# "stationed missiles"), not technology or money ("deploying cleaner technology").
FORCE_VERBS = frozenset({"deploy", "station", "mass", "mobilize", "mobilise"})
MATERIEL = frozenset({
    "tank", "missile", "warship", "ship", "jet", "aircraft", "plane", "helicopter", "drone", "artillery",
    "weapon", "arm", "battery", "carrier", "destroyer", "submarine", "frigate", "vessel", "boat",
    "bomber", "fighter", "armor", "armour", "vehicle", "rocket", "launcher", "interceptor", "gun",
    "cannon", "warhead", "unit", "battalion", "brigade", "division", "regiment", "squadron", "fleet",
    "force", "troop", "asset", "reinforcement", "personnel", "reserve", "reservist", "militia",
    "peacekeeper", "officer", "agent", "guard", "patrol", "team", "contingent", "detachment",
})
# "accept" agrees to nothing when its object is a state of affairs one puts up with:
# "willing to accept the tradeoffs", "accepted the risk" (but "accepted the ceasefire").
ACCEPTING_VERBS = frozenset({"accept"})
BORNE_NOUNS = frozenset({
    "tradeoff", "trade-off", "risk", "reality", "fact", "consequence", "cost", "loss", "blame", "fate",
    "truth", "possibility", "inevitability", "price", "pain", "sacrifice", "uncertainty", "limitation",
    "limit", "premise", "downside", "drawback", "hardship", "burden", "inconvenience",
})


# Nouns of a show of force that name a notice when something other than forces is on it:
# "air quality alerts", "a weather alert" (but "on high alert", "a military alert").
NOTICE_NOUNS = frozenset({"alert"})


def _force_like(tok: Token) -> bool:
    """Forces, people or arms, the things a show of force moves."""
    if _party_like(tok) or tok.lemma_.lower() in MATERIEL:
        return True
    for child in tok.children:  # "S-400 systems", "missile defence systems", "tanks and troops"
        if child.dep_ == "conj" and _force_like(child):
            return True
        named = child.pos_ == "PROPN" and child.dep_ != "amod"
        if child.dep_ in ("compound", "amod", "nmod") and (
                named or child.lemma_.lower() in MATERIEL | MILITARY_WORDS):
            return True
    return False


def _forces_of(noun: Token) -> bool:
    """A show-of-force noun whose "of" object, if any, is forces ("deployment of troops"), and
    a notice noun only in "on alert" or with a military word."""
    if noun.lemma_.lower() in NOTICE_NOUNS:
        return (noun.dep_ == "pobj" and noun.head.lower_ in ("on", "under")) or \
            any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in MILITARY_WORDS for c in noun.children)
    moved = _of_object(noun)
    return moved is None or _force_like(moved)


MILITARY_WORDS = frozenset({"military", "combat", "army", "nuclear", "missile", "troop", "navy", "naval",
                            "high", "full", "maximum", "heightened", "war", "security", "terror"})
# "armed forces", "ground forces", "military forces": forces that are troops.
FORCE_MODIFIERS = MILITARY_WORDS | {"armed", "ground", "special"}


PEOPLE_WORDS = frozenset({"hostage", "prisoner", "detainee", "wounded", "injured", "sick", "dead",
                          "captive", "resident", "family", "child", "woman", "national"})


def _given_arms(verb: Token) -> Optional[Token]:
    """The weapons given to a party ("will send tanks to Ukraine", "handed over howitzers to Estonia")."""
    obj = object_of(verb)
    if obj is None or obj.lemma_.lower() not in WEAPON_NOUNS or not _has_recipient(verb, ("to",)):
        return None
    if verb.lemma_.lower() == "hand" and any(c.dep_ == "poss" for c in obj.children):
        return None  # "handed over their weapons to peacekeepers": a surrender
    return obj


def _barred_from(verb: Token) -> bool:
    """"barred women from attending", "was barred from the race": a ban says from what."""
    heads = [verb, *[c for c in verb.children if c.dep_ == "dobj"]]
    return any(c.dep_ == "prep" and c.lower_ == "from" for head in heads for c in head.children)


def _has_recipient(tok: Token, preps: tuple[str, ...]) -> bool:
    """A "to/with X" after the verb or its object, X being someone."""
    from newsgraph.events.roles import is_party

    heads = [tok, *[c for c in tok.children if c.dep_ in ("dobj", "dative")]]
    for head in heads:
        for child in head.children:
            if child.dep_ == "dative" and is_party(child):
                return True
            if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                if any(c.dep_ == "pobj" and is_party(counted(c)) for c in child.children):
                    return True
    return False


COUNT_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "score", "ten", "tens"})
# An object looked through to the noun after its "of": "a wave of attacks", "dozens of rockets".
THROUGH_NOUNS = QUANTIFIER_NOUNS | COUNT_NOUNS


def counted(tok: Token) -> Token:
    """"thousands of families": the counted noun after a count noun."""
    if tok.lemma_.lower() in COUNT_NOUNS or tok.lower_ in COUNT_NOUNS:
        inner = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        return inner if inner is not None else tok
    return tok


def object_of(tok: Token) -> Optional[Token]:
    """The verb's object noun, looking through "a wave of" and through a passive subject."""
    obj = next((c for c in tok.children if c.dep_ in OBJECT_DEPS), None)
    if obj is not None and obj.lower_ in ("which", "that") and tok.dep_ == "relcl":
        obj = tok.head  # "the convention which most nations signed": the convention
    if obj is None:
        obj = _prep_object(tok)
    if obj is not None and (obj.lemma_.lower() in THROUGH_NOUNS or obj.lower_ in COUNT_NOUNS
                            or obj.pos_ in ("NUM", "DET", "PRON")
                            or obj.text == "%"):
        inner = _of_object(obj)
        if inner is not None:
            return inner
    return obj


def _prep_object(tok: Token) -> Optional[Token]:
    """"engaged in ethnic cleansing", "agreed on a truce": the object of the verb's first preposition."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "to", "upon", "under"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _of_object(tok: Token) -> Optional[Token]:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def resolve_frames(cands: list[Candidate]) -> list[Candidate]:
    """Attach complements to the verbal events that govern them and fix frame types.

    Returns the candidates that stand as events: absorbed complements are kept only as
    the `content` of their frame, and frames without an event complement are dropped.
    """
    by_token = {c.token.i: c for c in cands}
    for cand in cands:
        for tok in cand.extra:
            if tok.pos_ in ("VERB", "AUX"):
                by_token.setdefault(tok.i, cand)
    for cand in sorted(cands, key=lambda c: -_depth(c.token)):
        governor = _governor(cand, by_token)
        if governor is not None and governor.type in ABSORBING_TYPES and governor is not cand:
            cand.absorbed = True
            if governor.content is None:
                governor.content = cand
    return [_settle(c) for c in cands if not c.absorbed and _settle(c) is not None]  # type: ignore[misc]


def _governor(cand: Candidate, by_token: dict[int, Candidate]) -> Optional[Candidate]:
    """The nearest trigger above this one along complement links (at most 4 steps)."""
    tok = cand.token
    reason_of: Optional[Token] = None  # the word a "for …" phrase on the way hangs from
    for _ in range(4):
        if tok.dep_ not in CONTENT_DEPS or tok.head.i == tok.i:
            return None
        if tok.dep_ == "advcl" and not any(c.lower_ == "to" for c in tok.children):
            return None
        if tok.dep_ == "prep" and tok.lower_ in REASON_PREPS:
            reason_of = tok.head
        tok = tok.head
        other = by_token.get(tok.i)
        if other is not None and other is not cand and not _same_trigger(other, cand):
            if reason_of is not None and reason_of.i != other.token.i:
                return None  # "threatened to retaliate for the killing": the killing is the cause
            return other
    return None


# A phrase of cause under a word in between is no frame's content ("retaliate for the killing").
REASON_PREPS = frozenset({"for", "over", "after", "because"})


def _same_trigger(a: Candidate, b: Candidate) -> bool:
    return a.token.i == b.token.i or (a.verb is not None and a.verb.i == b.token.i and b.kind == "noun"
                                      and a.kind == "noun")


def _settle(cand: Candidate) -> Optional[Candidate]:
    """Give a frame (vow, plan, ready to …) its type from its content; None if it has none."""
    content = cand.content
    if cand.trigger.pattern == "order" and content is not None and content.type in ORDER_ADOPTS:
        cand.trigger = content.trigger
        return cand
    if cand.type == "THREATEN" and cand.trigger.mode is None and content is not None:
        t = cand.trigger
        cand.trigger = Trigger(t.type, threat_mode(content), t.cameo, t.pattern)
    if cand.type not in ("POLAR", "INTENT", "PREPARE"):
        return cand
    if _purpose_frame(cand.token):
        return None  # "the shield was intended to shoot down missiles": a thing's purpose, no one's vow
    if content is None or content.type in ("POLAR", "INTENT", "PREPARE", ""):
        return None
    if cand.type == "PREPARE" and content.type not in COOPERATIVE:
        cand.trigger = Trigger("MOBILIZE", "troops", None, cand.trigger.pattern)
        return cand
    negated = any(c.dep_ == "neg" for c in content.token.children)
    hostile = content.type not in COOPERATIVE
    new_type = "AGREE" if hostile == negated else ("THREATEN" if hostile else "REJECT")
    mode = threat_mode(content) if new_type == "THREATEN" else None
    cand.trigger = Trigger(new_type, mode, None, cand.trigger.pattern)
    return cand


PURPOSE_FRAMES = frozenset({"intend", "mean", "design", "plan"})


def _purpose_frame(verb: Token) -> bool:
    """"was intended to", "is meant to": a passive frame tells what a thing is for."""
    return verb.lemma_.lower() in PURPOSE_FRAMES and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def threat_mode(content: Candidate) -> Optional[str]:
    """PLOVER THREATEN mode from what is threatened."""
    kind = content.type
    if kind in ("ASSAULT", "MOBILIZE"):
        return "violence"
    if kind == "SANCTION":
        return "relations"
    if kind == "COERCE":
        mode = content.trigger.mode
        return mode if mode in ("curfew", "martial-law") else "restrict"
    if kind == "PROTEST":
        return "restrict"
    return None


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def depth(tok: Token) -> int:
    """Steps from a token to its sentence root."""
    return _depth(tok)
