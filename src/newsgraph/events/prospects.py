"""Acts that have not happened, standing texts, and places named where a doer should be.

Wire copy reports what may still come as often as what came: "a reward for information
leading to the bombers' arrest" (no arrest yet), "at least until sanctions force Saddam to
withdraw" (no withdrawal yet), "denied a report that more arrests had been made" (the
arrests are denied). It also quotes texts that say what should happen ("the 1978
resolution calls for Israel's withdrawal", "the statutes prohibit …"): the rule a text
states is no act of the text. And a place is where something happened, not who did it
("bombings at embassies in Kenya and Tanzania, which killed …"; "the Africa bombings").
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from newsgraph.events.roles import PLACE_ENTITIES

# Nouns for what leads to an arrest or a capture: the reward is for it, the act is to come.
LEADS = frozenset({"information", "tip", "evidence", "detail", "clue", "lead", "intelligence"})
# Nouns for a sum promised for an act to come: "a reward for his capture".
BOUNTIES = frozenset({"reward", "bounty", "prize"})
# Conjunctions whose clause in the present tense tells a time still to come.
UNTIL_WORDS = frozenset({"until", "till", "before"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Verbs that deny what a report, a claim or a rumour says.
DENYING_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "discount", "debunk", "disown"})
REPORT_NOUNS = frozenset({"report", "claim", "allegation", "rumor", "rumour", "suggestion",
                          "speculation", "story", "assertion", "charge", "accusation"})
# Texts that state rules: what they "call for", "ban" or "allow" in the present is their content.
TEXT_NOUNS = frozenset({
    "resolution", "law", "statute", "act", "bill", "treaty", "constitution", "rule", "regulation",
    "ordinance", "charter", "provision", "clause", "code", "amendment", "directive", "decree",
    "convention", "protocol", "legislation", "policy", "warrant", "injunction", "ruling", "verdict",
    "permit", "licence", "license", "mandate",
})
# Prepositions that place something: their object is where, not who.
PLACING_PREPS = frozenset({"in", "on", "at", "near", "inside", "outside", "across", "throughout", "around", "within"})
# Nouns whose place modifier is what was taken: "the Kuwait invasion" is the invasion of Kuwait.
TAKING_NOUNS = frozenset({"invasion", "occupation", "annexation", "seizure", "conquest", "capture", "siege"})


def prospective(tok: Token, verb: Optional[Token], modality: str) -> str:
    """The modality after the rules for acts still to come or denied by a report's denial."""
    if modality != "asserted":
        return modality
    if tok.pos_ == "NOUN" and (_rewarded(tok) or _hoped_for(tok)):
        return "hypothetical"  # "information leading to the bombers' arrest", "counting on compensation"
    clause = verb if verb is not None else tok
    if _until_present(clause):
        return "future"  # "until sanctions force Saddam to withdraw", "until Annan visits Baghdad"
    if _in_denied_report(clause):
        return "negated"  # "denied a newspaper report that more arrests had been made"
    if _noun_infinitive(tok, clause):
        return "hypothetical"  # "enough material to support an indictment": what it is for
    if _adjective_infinitive(clause):
        return "hypothetical"  # "we think it better to withdraw", "we will be happy to get out"
    return modality


def _rewarded(noun: Token) -> bool:
    """An act named as what a reward or a lead is for: it has not happened."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    if prep.lower_ == "to" and prep.head.lemma_.lower() == "lead" and prep.head.tag_ == "VBG":
        owner = prep.head.head
        return prep.head.dep_ == "acl" and owner.lemma_.lower() in LEADS
    return prep.lower_ == "for" and prep.head.lemma_.lower() in BOUNTIES


# Verb and preposition by which one hopes for a thing: "counting on compensation".
HOPING = frozenset({("count", "on"), ("bank", "on"), ("hope", "for"), ("wait", "for"), ("wish", "for"),
                    ("pray", "for"), ("long", "for"), ("yearn", "for")})


def _hoped_for(noun: Token) -> bool:
    """An act one counts on, hopes or waits for ("are counting on compensation"): not yet had."""
    prep = noun.head
    return noun.dep_ == "pobj" and (prep.head.lemma_.lower(), prep.lower_) in HOPING


def _until_present(clause: Token) -> bool:
    """The act sits in an "until/before" clause told in the present tense, or is the
    complement of its verb: the time it names has not come ("until X forces Y to leave")."""
    for _ in range(3):
        if clause.dep_ == "advcl" and clause.tag_ in PRESENT_TAGS and \
                any(c.dep_ == "mark" and c.lower_ in UNTIL_WORDS for c in clause.children):
            return True
        if clause.dep_ not in ("xcomp", "conj") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _in_denied_report(clause: Token) -> bool:
    """The act is what a denied report says: "denied a report that troops had fired"."""
    for _ in range(2):
        if clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN":
            report = clause.head
            return report.lemma_.lower() in REPORT_NOUNS and report.dep_ == "dobj" and \
                report.head.lemma_.lower() in DENYING_VERBS
        if clause.dep_ not in ("conj", "xcomp") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


RANKING_WORDS = frozenset({"first", "last", "only", "second", "third", "latest", "next"})
# Nouns of acts taken whose infinitive is what was done: "the move to drop the inquiry".
TAKEN_STEPS = frozenset({"decision", "move", "step", "order", "vote", "ruling", "choice", "use"})


def _noun_infinitive(tok: Token, clause: Token) -> bool:
    """A to-infinitive that tells what a thing is for ("material to support an indictment",
    "a plan to attack"); not a rank of a done act ("the first country to recognise it") nor
    the content of a step taken ("the move to drop the inquiry"). A noun inside it is still
    to come only when it is indefinite ("to support an indictment", not "to crush protests")."""
    if clause.dep_ != "acl" or clause.head.pos_ != "NOUN" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    if tok.i != clause.i and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    owner = clause.head
    return owner.lemma_.lower() not in TAKEN_STEPS and \
        not any(c.lower_ in RANKING_WORDS or c.dep_ == "nummod" for c in owner.children)


# Adjectives whose infinitive tells a done act ("was able to escape", "the first to arrive").
FACTIVE_ADJECTIVES = frozenset({"able", "first", "last", "only", "quick", "fast", "slow"})


def _adjective_infinitive(clause: Token) -> bool:
    """An act told as the infinitive of an adjective of wish, readiness or judgement
    ("happy to get out", "better to withdraw"): offered or weighed, not done."""
    head = clause.head
    return clause.dep_ == "xcomp" and head.tag_ in ("JJ", "JJR", "JJS") and \
        head.lemma_.lower() not in FACTIVE_ADJECTIVES and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def standing_text(actor_tok: Optional[Token], verb: Optional[Token]) -> bool:
    """A text's rule told in the present ("the resolution calls for a withdrawal", "statutes,
    which prohibit …"): what the text says, not something the text did."""
    if actor_tok is None or verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if actor_tok.lemma_.lower() not in TEXT_NOUNS or actor_tok.ent_type_ == "ORG":
        return False
    return verb.tag_ in PRESENT_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def placed_only(tok: Token) -> bool:
    """A place named as where something is ("embassies in Kenya and Tanzania", "on the West
    Coast") or a street address ("341 CR 2701"), never a doer."""
    if address_like(tok):
        return True
    if tok.ent_type_ not in PLACE_ENTITIES:
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in PLACING_PREPS


STREET_WORDS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln",
                          "boulevard", "blvd", "highway", "hwy", "cr", "route", "way", "court", "ct",
                          "place", "parkway", "pkwy", "crescent", "terrace"})


def address_like(tok: Token) -> bool:
    """A street address or a crossing: "341 CR 2701", "Eglinton Avenue West and Dubonet Drive"."""
    words = [t for t in _name_words(tok) if t.is_alpha or t.like_num]
    streets = sum(t.lower_.rstrip(".") in STREET_WORDS and t.text[:1].isupper() for t in words)
    return streets >= 2 or (streets == 1 and any(t.like_num for t in words))


NAME_DEPS = frozenset({"compound", "nummod", "conj", "npadvmod", "nmod", "amod"})


def _name_words(tok: Token) -> list[Token]:
    """The words of a name phrase: the head with its modifiers and conjuncts, no clauses."""
    words, todo = [], [tok]
    while todo:
        word = todo.pop()
        words.append(word)
        todo.extend(c for c in word.children if c.dep_ in NAME_DEPS)
    return words


def place_modifier(tok: Token, trigger: Token) -> bool:
    """A place written before an attack noun ("the Africa bombings", "the Kuwait invasion"):
    where it happened or what was taken, not who did it. Countries stay doers of other nouns
    ("U.S. air strikes") unless the noun is a taking ("invasion", "occupation")."""
    if tok.dep_ != "compound" or tok.head.i != trigger.i or tok.ent_type_ not in PLACE_ENTITIES:
        return False
    return tok.ent_type_ != "GPE" or trigger.lemma_.lower() in TAKING_NOUNS


def taken_place(trigger: Token) -> Optional[Token]:
    """The place a taking noun names before it: "the Kuwait invasion" -> Kuwait."""
    if trigger.lemma_.lower() not in TAKING_NOUNS:
        return None
    return next((c for c in trigger.children if c.dep_ == "compound" and c.ent_type_ == "GPE"), None)


THREAT_VERBS = frozenset({"threaten", "warn", "vow", "pledge", "swear"})


def made_threat(verb: Token) -> bool:
    """A threat told as made in the past ("INS had threatened to revoke his parole if the
    family refused"): the condition belongs to the threatened act, the threat was made."""
    if verb.lemma_.lower() not in THREAT_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return not auxes & {"will", "would", "could", "might", "may", "'ll", "shall", "can"} and \
        (verb.tag_ == "VBD" or bool(auxes & {"had", "has", "have", "'d"}))


URGING_VERBS = frozenset({"urge", "ask", "press", "encourage", "invite", "persuade", "request", "beg",
                          "implore", "instruct", "want", "expect"})


def urged_message(speech: Token) -> bool:
    """A telling that someone is urged or asked to do ("urged Albright to tell Americans that
    they should visit"): its "should" is not yet said by anyone."""
    return speech.dep_ == "xcomp" and speech.head.lemma_.lower() in URGING_VERBS
