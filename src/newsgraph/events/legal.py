"""Senses of legal, penalty and petition words in local news.

- Penalty verbs (cite, fine, ticket, convict) are a legal step only when a party undergoes
  them: "was cited for speeding", "fined the bank"; "cited a study", "cited the firm as an
  example" name no penalty.
- "asked that drivers slow down", "is asking for the money": *ask* with a "that"-clause (a
  mandative) or a "for"-object is a request, never a question (a question takes "whether",
  "if" or a wh-word).
- "appealed to the zoning board": *appeal to* an institution is a petition; "appeals to
  voters" (attracts) is no event.
- "as opposed to": a fixed preposition ("$14 as opposed to $24"), no rejection.
- "declined to mention it": declining to speak about something is no rejection.
- "killed in a helicopter crash", "injured in the collision": harm an accident did, no attack.
- "was beaten out by X for first place": *beat out* is outdoing a rival, no blow.
- "passed a law to allow X": what a law permits is its content, no concession.
- "ordered cuts to the staff": an order of things, not of a party, is a decision, no request.
- "defend itself" backs no other party; "contribute to the mission" gives nothing; "24-hour
  security" is no sum given; "a DAC Community Arts Grant" (capitalised) is a programme.
- "appealed the verdict": an appeal against a decision is a petition too.
- A reported "must" demands nothing when a rule says it ("the ordinance states that applicants
  must …") or the speaker takes it on ("we must forgive him").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.detect import Candidate
from newsgraph.events.notices import notice_sense
from newsgraph.events.roles import is_party

LAW_NOUNS = frozenset({"law", "bill", "bylaw", "by-law", "charter", "policy", "contract", "ordinance", "statute",
                       "act", "amendment", "rule", "regulation", "measure", "legislation", "resolution", "code",
                       "provision"})
HARM_VERBS = frozenset({"kill", "injure", "hurt", "wound", "die"})
ACCIDENTS = frozenset({"crash", "accident", "collision", "derailment", "wreck", "fire", "blaze", "shock",
                       "electrocution", "fall", "flood", "flooding", "storm", "earthquake", "avalanche",
                       "landslide", "mudslide", "tornado", "hurricane", "stampede", "pileup", "drowning"})
SELF_PRONOUNS = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself"})
PROGRAM_NOUNS = frozenset({"grant", "scholarship", "fellowship", "award", "prize", "fund"})
# Aims one contributes to, whoever's they are ("contribute to DAC's mission"): no gift to a party.
AIMS = frozenset({"mission", "goal", "effort", "cause", "success", "growth", "decline", "work", "development",
                  "vision", "purpose", "aim", "objective", "debate", "discussion", "problem"})
PENALTY_VERBS = frozenset({"cite", "fine", "ticket", "convict"})
# Verbs of speaking about something: declining them is silence, not a refusal of a demand.
SILENT_VERBS = frozenset({"mention", "discuss", "talk", "divulge", "publicize", "publicise", "reveal"})
# "asked not to be named / identified / quoted": the reporter's source conventions.
ANONYMITY_VERBS = frozenset({"name", "identify", "quote"})
# Decisions one appeals against ("appealed the verdict").
APPEALED_DECISIONS = frozenset({"ruling", "decision", "verdict", "sentence", "conviction", "judgment", "judgement",
                                "order", "denial", "rejection", "fine", "citation", "penalty", "suspension"})
# Institutions one petitions ("appealed to the board", "appealed to the Supreme Court").
PETITIONED_BODIES = frozenset({
    "court", "board", "tribunal", "commission", "council", "committee", "authority", "ombudsman",
    "judge", "panel", "agency", "ministry", "department", "government", "governor", "president",
    "legislature", "parliament", "congress", "senate", "un", "nations",
})


def legal_other_sense(cand: Candidate) -> bool:
    """A verb trigger used in a sense that names no event (see the module docstring)."""
    verb = cand.token
    return no_penalty(verb) or as_opposed_to(verb) or contributes_to_thing(verb) or defends_self(verb) or \
        law_allows(verb) or accidental_harm(cand) or beats_out(verb) or notice_sense(verb) or \
        (cand.trigger.pattern == "order" and orders_a_thing(verb))


def is_law(tok: Token) -> bool:
    """A law, bill or rule: what it says one must do is its content, no party's demand."""
    return tok.lemma_.lower() in LAW_NOUNS


def no_demand(speaker: Token, obliged: Token | None) -> bool:
    """A reported "must" that demands nothing of another party: a rule's content ("the ordinance
    states that applicants must …") or the speaker's own duty ("we must teach him love")."""
    return is_law(speaker) or (obliged is not None and obliged.lower_ in ("we", "i"))


# What a law is passed to do, told as its aim: "a bill to allow casinos", "the act was adopted to
# regulate pollution" (a ban is a coercive measure of its own and stays).
LAW_AIMS = frozenset({"allow", "regulate", "prevent", "limit", "restrict", "protect", "curb", "reduce", "control"})


def law_allows(verb: Token) -> bool:
    """"passed a law to allow greater enforcement", "the act was adopted to regulate pollution":
    what a law permits or aims at is its content, not a deed of one party upon another."""
    base = verb.head if verb.dep_ == "conj" else verb  # "to regulate and prevent pollution"
    if verb.lemma_.lower() not in LAW_AIMS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in base.children):
        return False
    head = base.head
    objects = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in LAW_NOUNS for o in objects)


def accidental_harm(cand: Candidate) -> bool:
    """"were killed in a helicopter crash", "injured in the collision", "died from electric shock":
    harm an accident or a disaster did, told with no one doing it, is no attack."""
    verb = cand.token
    if cand.trigger.type != "ASSAULT" or verb.lemma_.lower() not in HARM_VERBS:
        return False
    if any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return False  # "a gunman killed two in the crash": someone did it
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "by", "during", "after"):
            cause = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if cause is not None and cause.lemma_.lower() in ACCIDENTS:
                return True
    return False


def beats_out(verb: Token) -> bool:
    """"was beaten out by X for first place": *beat out* means to outdo a rival, never a blow."""
    return verb.lemma_.lower() == "beat" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def orders_a_thing(verb: Token) -> bool:
    """"ordered cuts to the unit's staff": a decision about things; an order is a request only
    when a party is told to act ("ordered the paper to close", "ordered troops out")."""
    if any(c.dep_ in ("xcomp", "ccomp", "oprd", "nsubjpass") for c in verb.children):
        return False
    done = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return done is not None and not is_party(done) and done.lower_ not in ("him", "her", "them", "us", "me")


def _undergoer(verb: Token) -> Token | None:
    """The verb's object or passive subject; for a conjunct, its head's ("sentenced, fined")."""
    for tok in (verb, verb.head if verb.dep_ == "conj" else None):
        if tok is None:
            continue
        found = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if found is not None:
            return found
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head  # "the 300 boaters cited in Hammond"
    return None


def _preps(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "prep"}


def _passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in verb.children)
                                   or verb.dep_ in ("acl", "conj"))


def no_penalty(verb: Token) -> bool:
    """A penalty verb that penalises no party ("cited a report", "cited X as an example")."""
    if verb.lemma_.lower() not in PENALTY_VERBS:
        return False
    if "as" in _preps(verb):
        return True  # "cited the firm as a model"
    one = _undergoer(verb)
    if one is None or not (is_party(one) or one.lower_ in ("him", "her", "them")):
        return True
    if verb.lemma_.lower() == "cite":  # "the report cited officials": a source, unless for an offence
        return not (_passive(verb) or (_preps(verb) | _preps(one)) & {"for", "with"})
    return False


def asks_anonymity(verb: Token) -> bool:
    """"officials who asked not to be named": a source's condition, no request between parties."""
    for comp in verb.children:
        if comp.dep_ == "xcomp" and comp.lemma_.lower() in ANONYMITY_VERBS and \
                any(c.dep_ == "neg" for c in comp.children) and any(c.dep_ == "auxpass" for c in comp.children):
            return True
    return False


def named_program(noun: Token) -> bool:
    """"apply for a DAC Community Arts Grant": a capitalised grant inside a name is a programme."""
    return noun.lemma_.lower() in PROGRAM_NOUNS and noun.text[:1].isupper() and \
        noun.i > noun.sent.start and (noun.pos_ == "PROPN" or noun.doc[noun.i - 1].text[:1].isupper())


def contributes_to_thing(verb: Token) -> bool:
    """"contribute to the mission", "contributed to the decline": no gift when nothing is given
    and what is contributed to is no party."""
    if verb.lemma_.lower() != "contribute" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            goal = next((c for c in prep.children if c.dep_ == "pobj"), None)
            return goal is not None and (not is_party(goal) or goal.lemma_.lower() in AIMS)
    return False


def hyphen_measure(num: Token) -> bool:
    """"24-hour security", "a two-year plan": a number inside a compound modifier measures the
    thing; it is no amount given."""
    doc = num.doc
    return num.i + 1 < len(doc) and doc[num.i + 1].text == "-"


def defends_self(verb: Token) -> bool:
    """"hire lawyers to defend itself", "defended himself in court": self-defence backs no other party."""
    return verb.lemma_.lower() in ("defend", "protect") and any(
        c.dep_ == "dobj" and c.lower_ in SELF_PRONOUNS for c in verb.children)


def asks_that(verb: Token) -> bool:
    """"asked that motorists use caution", "asking for the money": ask + a "that"-clause or a
    "for"-object is a request, never a question (whatever clause the parser hangs on it)."""
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" for g in c.children)
           for c in verb.children):
        return True
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return True
    return False


def appeals_to_body(verb: Token) -> bool:
    """"appealed to the Municipal Board", "will appeal the ruling": a petition to an institution
    or against its decision."""
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in APPEALED_DECISIONS for c in verb.children):
        return True
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is not None and (body.ent_type_ == "ORG" or body.lemma_.lower() in PETITIONED_BODIES):
            return True
    return False


def as_opposed_to(verb: Token) -> bool:
    """"as opposed to": a preposition made of a participle, no stance."""
    doc = verb.doc
    return verb.lower_ == "opposed" and verb.i > 0 and doc[verb.i - 1].lower_ == "as" and \
        verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to"


def declines_to_speak(verb: Token) -> bool:
    """"declined to mention it", "refused to discuss the case": silence, not refusal."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in SILENT_VERBS for c in verb.children)
